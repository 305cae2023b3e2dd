"""Provenance wordings, round 2: the many ways a syndicated or aggregated copy names its original
publisher, its original URL, its agency credits and its dates, each written apart from the
tables and placed in a small article (a headline, two paragraphs of prose, the line at the head
or the tail). The fact is found with the exact value a reader would give (publisher names
compared without case, credits as a set), and the line itself is not kept as body. Traps: prose
that mentions a newspaper, an agency, "originally" or a date gives no fact of that kind."""

from __future__ import annotations

import pytest

import newsclean

TITLE = "Harbour authority approves new ferry timetable"
P1 = (
    "The harbour authority said on Wednesday that the new timetable would add four crossings a "
    "day from next month, after a long consultation with commuters and local businesses."
)
P2 = (
    "Operators warned that staffing remained tight, while passenger groups said the change was "
    "welcome but overdue and asked for more late-evening services in the summer."
)


def _text(head: str, tail: str) -> str:
    parts = [TITLE, head, P1, P2, tail]
    return "\n\n".join(p for p in parts if p) + "\n"


def _facts(article: newsclean.Article) -> dict[str, list[str]]:
    got: dict[str, list[str]] = {}
    for f in article.provenance:
        got.setdefault(f.kind, []).append(f.value)
    return got


def _kept(article: newsclean.Article, line: str) -> bool:
    """Most of ``line`` is kept as body."""
    start = article.text.index(line, len(TITLE))
    end = start + len(line)
    cut = sum(
        min(end, s.end) - max(start, s.start)
        for s in article.spans
        if not s.kept and s.start < end and s.end > start
    )
    return cut * 2 < len(line)


def _bare(name: str) -> str:
    return " ".join(name.casefold().split()).strip(" .")


# (line, zone, publisher)
PUBLISHER = [
    ("This article was originally published on The Harbour Light.", "tail", "The Harbour Light"),
    ("This article was originally published by Grainfield Review.", "tail", "Grainfield Review"),
    ("First published in The Prairie Ledger.", "tail", "The Prairie Ledger"),
    ("Originally posted at Cedar Falls Courier", "tail", "Cedar Falls Courier"),
    ("Republished with permission of The Lakeside Echo.", "tail", "The Lakeside Echo"),
    ("Reprinted from Northern Ridge Times.", "tail", "Northern Ridge Times"),
    ("Reprinted by permission of Northern Ridge Times.", "tail", "Northern Ridge Times"),
    ("© 2024 Ashford Gazette. Used under licence.", "tail", "Ashford Gazette"),
    ("Copyright 2024 The Ashford Gazette. Used with permission.", "tail", "The Ashford Gazette"),
    ("This story is from The Kestrel Valley News.", "tail", "The Kestrel Valley News"),
    ("This story comes from Kestrel Valley News.", "tail", "Kestrel Valley News"),
    ("Courtesy of Bramble Bay Chronicle", "tail", "Bramble Bay Chronicle"),
    ("Source: Bramble Bay Chronicle", "tail", "Bramble Bay Chronicle"),
    ("Read the full story at Bramble Bay Chronicle.", "tail", "Bramble Bay Chronicle"),
    ("Read the original article on The Dunmore Herald.", "tail", "The Dunmore Herald"),
    ("Content courtesy of Silverton Daily.", "tail", "Silverton Daily"),
    ("This story was first reported by The Silverton Daily.", "tail", "The Silverton Daily"),
    (
        "This content was produced by Orchard Coast Times and syndicated by Newsroll.",
        "tail",
        "Orchard Coast Times",
    ),
    ("Cross-posted from Fenwick Tribune.", "tail", "Fenwick Tribune"),
    ("First seen on Fenwick Tribune", "tail", "Fenwick Tribune"),
    ("Story source: Fenwick Tribune", "tail", "Fenwick Tribune"),
    ("This piece first ran in The Quarry Post.", "tail", "The Quarry Post"),
    ("The article above originally ran in Quarry Post.", "tail", "Quarry Post"),
    (
        "This article is republished from Tidewater Journal under a Creative Commons license.",
        "tail",
        "Tidewater Journal",
    ),
    ("Originally published in Tidewater Journal.", "tail", "Tidewater Journal"),
    ("Cet article est paru dans Le Courrier du Plateau.", "tail", "Le Courrier du Plateau"),
    (
        "Cet article a été initialement publié sur Le Courrier du Plateau.",
        "tail",
        "Le Courrier du Plateau",
    ),
    ("Article publié à l'origine dans La Gazette des Monts.", "tail", "La Gazette des Monts"),
    ("Dieser Artikel erschien zuerst bei Nordufer Kurier.", "tail", "Nordufer Kurier"),
    ("Dieser Beitrag ist zuerst bei Nordufer Kurier erschienen.", "tail", "Nordufer Kurier"),
    ("Der Artikel erschien ursprünglich im Nordufer Kurier.", "tail", "Nordufer Kurier"),
    (
        "Este artículo fue publicado originalmente en El Diario del Valle.",
        "tail",
        "El Diario del Valle",
    ),
    ("Este artículo apareció originalmente en El Diario del Valle.", "tail", "El Diario del Valle"),
    ("Publicado originalmente en El Diario del Valle", "tail", "El Diario del Valle"),
    (
        "Esta nota fue publicada originalmente en El Diario del Valle.",
        "tail",
        "El Diario del Valle",
    ),
    (
        "Este artículo se publicó originalmente en El Diario del Valle.",
        "tail",
        "El Diario del Valle",
    ),
    ("Reproducido con permiso de El Diario del Valle.", "tail", "El Diario del Valle"),
    (
        "Reproduit avec l'aimable autorisation de La Gazette des Monts.",
        "tail",
        "La Gazette des Monts",
    ),
    ("Dieser Text wurde zuerst bei Nordufer Kurier veröffentlicht.", "tail", "Nordufer Kurier"),
    ("Erstveröffentlichung: Nordufer Kurier", "tail", "Nordufer Kurier"),
    ("Zuerst veröffentlicht im Nordufer Kurier.", "tail", "Nordufer Kurier"),
    (
        "This article was written by The Prairie Ledger and distributed through Example Feeds.",
        "tail",
        "The Prairie Ledger",
    ),
    (
        "Copyright © 2023 The Harbour Light, all rights reserved. Reprinted with permission.",
        "tail",
        "The Harbour Light",
    ),
    ("For more local news, visit The Dunmore Herald.", "tail", "The Dunmore Herald"),
    ("Explore all the latest from The Dunmore Herald.", "tail", "The Dunmore Herald"),
    # an aggregator's source card: the outlet and how long ago it published
    ("Fenwick Tribune · 2 hours ago", "head", "Fenwick Tribune"),
    ("The Fenwick Tribune | 45 minutes ago", "head", "The Fenwick Tribune"),
    ("Lakeshore Star • 3h ago", "head", "Lakeshore Star"),
    ("Coastline Herald — Yesterday", "head", "Coastline Herald"),
    ("La Voix des Alpes · il y a 2 heures", "head", "La Voix des Alpes"),
    ("Westfälische Abendpost · vor 3 Stunden", "head", "Westfälische Abendpost"),
    ("El Correo Meseta · hace 5 horas", "head", "El Correo Meseta"),
    ("Full story at Fenwick Tribune.", "tail", "Fenwick Tribune"),
    ("See the full article on The Fenwick Tribune", "tail", "The Fenwick Tribune"),
    ("Source — Fenwick Tribune", "tail", "Fenwick Tribune"),
    ("Source » The Fenwick Tribune", "tail", "The Fenwick Tribune"),
    ("Original publisher: Fenwick Tribune", "tail", "Fenwick Tribune"),
    ("Story via Fenwick Tribune", "tail", "Fenwick Tribune"),
    ("This story appeared in The Fenwick Tribune.", "tail", "The Fenwick Tribune"),
    ("Shared with permission from Fenwick Tribune.", "tail", "Fenwick Tribune"),
    ("Posted with permission from The Fenwick Tribune", "tail", "The Fenwick Tribune"),
    ("Reposted from Fenwick Tribune", "tail", "Fenwick Tribune"),
    # promos and pointers in other wordings
    ("Follow every development of this story on Fenwick Tribune.", "tail", "Fenwick Tribune"),
    ("Keep up with local news at The Fenwick Tribune.", "tail", "The Fenwick Tribune"),
    ("Get more stories like this from Fenwick Tribune.", "tail", "Fenwick Tribune"),
    ("For the full story, visit Fenwick Tribune.", "tail", "Fenwick Tribune"),
    ("Visit Fenwick Tribune for more local news.", "tail", "Fenwick Tribune"),
    ("Head over to Fenwick Tribune for the full report.", "tail", "Fenwick Tribune"),
    ("Continue to the full story at Fenwick Tribune", "tail", "Fenwick Tribune"),
    ("Den vollständigen Artikel lesen Sie bei Nordufer Kurier.", "tail", "Nordufer Kurier"),
    ("Weitere Meldungen aus der Region gibt es beim Nordufer Kurier.", "tail", "Nordufer Kurier"),
    ("Plus d'actualités sur La Gazette des Monts.", "tail", "La Gazette des Monts"),
    ("Lire la suite sur La Gazette des Monts", "tail", "La Gazette des Monts"),
    ("Lea la nota completa en El Diario del Valle.", "tail", "El Diario del Valle"),
    ("Más noticias de su región en El Diario del Valle.", "tail", "El Diario del Valle"),
    ("Encuentre más noticias locales en El Diario del Valle.", "tail", "El Diario del Valle"),
    # notices of a partnership or a syndicated copy naming the outlet
    (
        "This article is part of a content partnership with Fenwick Tribune.",
        "tail",
        "Fenwick Tribune",
    ),
    ("Syndicated content from Fenwick Tribune.", "tail", "Fenwick Tribune"),
    ("Content from Fenwick Tribune, republished under licence.", "tail", "Fenwick Tribune"),
    (
        "(Esta noticia fue publicada a partir de un servicio sindicado; El Diario del Valle no la "
        "ha editado.)",
        "tail",
        "El Diario del Valle",
    ),
]


@pytest.mark.parametrize(("line", "zone", "want"), PUBLISHER)
def test_publisher(line: str, zone: str, want: str) -> None:
    text = _text(line if zone == "head" else "", line if zone == "tail" else "")
    article = newsclean.clean(text)
    got = _facts(article).get("publisher", [])
    assert got and _bare(got[0]) == _bare(want), (line, got)
    assert not _kept(article, line), line


#: prose, quotes and labels that name a paper, a company or a network but no original publisher
NO_PUBLISHER = [
    "The Ashford Gazette reported last month that the council had delayed the vote twice.",
    "According to The Times, the minister resigned on Friday evening after a heated meeting.",
    '"We were first published in the local paper back in 1998," she said.',
    "Originally published in 1962, the novel was reprinted many times over the decades.",
    "The report, first published by the Institute for Fiscal Studies in 2019, was updated.",
    "Shares of Ashford Holdings rose 5 percent in early trading on the news.",
    "Courtesy of the family",
    "Photo courtesy of the harbour authority",
    "Follow us on Facebook and Instagram for more updates.",
    "Subscribe to our newsletter for the latest local news.",
    "Source: company filings",
    "The story first appeared on social media, where it was shared thousands of times.",
    "The ferry company said the source of the delay was a software fault.",
    # a site's promos for its own app or subscription name the site, not an original publisher
    "Subscribe to The Ashford Gazette for more local news.",
    "Download the Ashford Gazette app for breaking news alerts.",
    "This story is from 2019 and has been updated.",
    "© 2024 Ashford Gazette. All rights reserved.",
    "Jane Doe · 2 hours ago",
    "This story appeared in print on Sunday.",
    "Story from Kyiv",
    "Die Meldung finden Sie im Internet.",
    "Visit Scotland for more information about the islands.",
]


@pytest.mark.parametrize("line", NO_PUBLISHER)
def test_no_publisher(line: str) -> None:
    article = newsclean.clean(_text("", line))
    assert "publisher" not in _facts(article), (line, _facts(article))


# (line, zone, credits)
CREDITS = [
    ("— Reuters", "tail", {"Reuters"}),
    ("With inputs from PTI", "tail", {"PTI"}),
    ("AFP contributed to this report.", "tail", {"AFP"}),
    ("Agence France-Presse contributed to this report.", "tail", {"AFP"}),
    ("The Associated Press contributed to this report.", "tail", {"AP"}),
    ("Associated Press writer Maria Lopez contributed to this report.", "tail", {"AP"}),
    ("Reuters contributed reporting.", "tail", {"Reuters"}),
    ("Material from Reuters was used in this report.", "tail", {"Reuters"}),
    ("dpa/lno", "tail", {"dpa"}),
    ("(dpa/lno)", "tail", {"dpa"}),
    ("via AP", "tail", {"AP"}),
    ("Mit Material von dpa und AFP", "tail", {"dpa", "AFP"}),
    ("(Avec AFP)", "tail", {"AFP"}),
    ("Con información de EFE", "tail", {"EFE"}),
    ("Madrid, 3 mar (EFE).- ", "head", {"EFE"}),
    ("-- Xinhua", "tail", {"Xinhua"}),
    ("Copyright © 2024 Agence France-Presse. All rights reserved.", "tail", {"AFP"}),
    ("© Reuters 2024", "tail", {"Reuters"}),
    ("Text: dpa", "tail", {"dpa"}),
    ("Quelle: dpa", "tail", {"dpa"}),
    ("EFE", "tail", {"EFE"}),
    ("Via Reuters", "tail", {"Reuters"}),
    ("Associated Press writers Maria Lopez and John Kim contributed.", "tail", {"AP"}),
    ("AP reporters contributed.", "tail", {"AP"}),
    ("Reporting by Reuters", "tail", {"Reuters"}),
    ("(With inputs from agencies and PTI)", "tail", {"PTI"}),
    ("Information from Reuters was used in this report.", "tail", {"Reuters"}),
    ("Con información de EFE y Reuters", "tail", {"EFE", "Reuters"}),
    ("Texte : AFP", "tail", {"AFP"}),
    ("Material from Reuters and AFP was used in this report.", "tail", {"Reuters", "AFP"}),
]


@pytest.mark.parametrize(("line", "zone", "want"), CREDITS)
def test_credits(line: str, zone: str, want: set[str]) -> None:
    text = _text(line if zone == "head" else "", line if zone == "tail" else "")
    article = newsclean.clean(text)
    got = set(_facts(article).get("credits", []))
    assert got == want, (line, got)
    if zone == "tail":
        assert not _kept(article, line), line


NO_CREDITS = [
    "(Reporting by Anna Berg; Editing by Mark Cole)",
    "He told Reuters on Monday that the talks would resume next week.",
    "According to an AFP tally, more than 300 people were evacuated from the islands.",
    "PTI leaders protested in Lahore on Sunday against the arrest of their chairman.",
    "With agency inputs",
    "The AP Stylebook changed its guidance on the word last year.",
    "— With wire services",
]


@pytest.mark.parametrize("line", NO_CREDITS)
def test_no_credits(line: str) -> None:
    article = newsclean.clean(_text("", line))
    assert "credits" not in _facts(article), (line, _facts(article))


# (line, original_url)
URLS = [
    (
        "https://www.ashfordgazette.com/news/2024/03/council-vote-123",
        "https://www.ashfordgazette.com/news/2024/03/council-vote-123",
    ),
    (
        "Source: https://www.ashfordgazette.com/news/council-vote?utm_source=feed&utm_medium=rss",
        "https://www.ashfordgazette.com/news/council-vote?utm_source=feed&utm_medium=rss",
    ),
    (
        "Original: https://news.dunmoreherald.co.uk/local/ferry-timetable-4471",
        "https://news.dunmoreherald.co.uk/local/ferry-timetable-4471",
    ),
    (
        "Link: https://www.quarrypost.net/2024/03/03/ferries/?fbclid=AbC123",
        "https://www.quarrypost.net/2024/03/03/ferries/?fbclid=AbC123",
    ),
    (
        "Originally published at: https://tidewaterjournal.org/harbour/ferry-plan",
        "https://tidewaterjournal.org/harbour/ferry-plan",
    ),
    (
        "(Source: https://www.fenwicktribune.com/story/ferry-timetable-approved)",
        "https://www.fenwicktribune.com/story/ferry-timetable-approved",
    ),
    (
        "Source URL - https://www.fenwicktribune.com/story/ferry-timetable-approved#comments",
        "https://www.fenwicktribune.com/story/ferry-timetable-approved#comments",
    ),
    (
        "<https://www.silvertondaily.com/article/ferry-timetable-982>",
        "https://www.silvertondaily.com/article/ferry-timetable-982",
    ),
    (
        "Read the original at https://www.silvertondaily.com/article/ferry-timetable-982",
        "https://www.silvertondaily.com/article/ferry-timetable-982",
    ),
    (
        "Full article: https://www.silvertondaily.com/article/ferry-timetable-982?ref=rss",
        "https://www.silvertondaily.com/article/ferry-timetable-982?ref=rss",
    ),
    (
        "Voir l'article original : https://www.courrierduplateau.fr/actu/ferry-12",
        "https://www.courrierduplateau.fr/actu/ferry-12",
    ),
    (
        "Zum Originalartikel: https://www.nordufer-kurier.de/lokales/faehre-neu-123",
        "https://www.nordufer-kurier.de/lokales/faehre-neu-123",
    ),
    (
        "Ver nota original: https://www.diariodelvalle.es/local/ferry-nuevo-horario",
        "https://www.diariodelvalle.es/local/ferry-nuevo-horario",
    ),
    (
        "HTTPS://WWW.ASHFORDGAZETTE.COM/news/ferry-vote-77?utm_campaign=x&id=77",
        "https://www.ashfordgazette.com/news/ferry-vote-77?utm_campaign=x&id=77",
    ),
]


@pytest.mark.parametrize(("line", "want"), URLS)
def test_original_url(line: str, want: str) -> None:
    article = newsclean.clean(_text("", line))
    got = _facts(article).get("original_url", [])
    assert got and got[0].rstrip("/") == want.rstrip("/"), (line, got)
    assert not _kept(article, line), line


NO_URL = [
    "https://twitter.com/ashfordgazette/status/1234567890",
    "Follow us at https://www.facebook.com/ashfordgazette",
    "https://www.ashfordgazette.com/",
    "Timetables are posted at the harbour office and on the operator's website.",
]


@pytest.mark.parametrize("line", NO_URL)
def test_no_original_url(line: str) -> None:
    article = newsclean.clean(_text("", line))
    assert "original_url" not in _facts(article), (line, _facts(article))


# (head line, kind, ISO value)
DATES = [
    ("First published: March 3, 2024", "published", "2024-03-03"),
    ("Originally published March 3, 2024", "published", "2024-03-03"),
    ("Posted: 03/03/2024 10:15 AM EST", "published", "2024-03-03T10:15:00-05:00"),
    ("Date published: 2024-03-03", "published", "2024-03-03"),
    ("Published 3 Mar 2024, 10:15 am", "published", "2024-03-03T10:15"),
    ("Erschienen am 3. März 2024", "published", "2024-03-03"),
    ("Mis à jour le 4 mars 2024 à 09h30", "updated", "2024-03-04T09:30"),
    ("Fecha de publicación: 3 de marzo de 2024", "published", "2024-03-03"),
    ("Last updated on March 4, 2024 at 9:30 a.m.", "updated", "2024-03-04T09:30"),
]


@pytest.mark.parametrize(("head", "kind", "want"), DATES)
def test_dates(head: str, kind: str, want: str) -> None:
    article = newsclean.clean(_text(head, ""))
    got = _facts(article).get(kind, [])
    assert got and got[0].startswith(want), (head, got)


NO_DATES = [
    "The law, passed on March 3, 2024, takes effect in the summer after a long delay.",
    "Applications close on March 3, 2024, the harbour authority said in a statement.",
]


@pytest.mark.parametrize("line", NO_DATES)
def test_no_dates(line: str) -> None:
    article = newsclean.clean(_text("", line))
    got = _facts(article)
    assert "published" not in got and "updated" not in got, (line, got)


#: story prose among the traps above: kept as body as well
PROSE = [
    *NO_PUBLISHER[:6],
    NO_PUBLISHER[11],
    NO_PUBLISHER[12],
    *NO_CREDITS[1:4],
    NO_CREDITS[5],
    NO_URL[3],
    *NO_DATES,
    "The story is from a small fishing village where the ferry is the only link to the mainland.",
    "The material from the inquiry was used in court last year, the harbour master said.",
    "Reprinted from memory, the old timetable still hangs in the waiting room.",
    "Visit Scotland for more information about the islands.",
    "Visit Paris for the latest fashion news, the mayor urged tourists.",
    "Más noticias en breve.",
    "La Fiscalía no lo ha revisado todavía, según fuentes del caso.",
    "Die Meldung finden Sie im Internet.",
]


@pytest.mark.parametrize("line", PROSE)
def test_prose_kept(line: str) -> None:
    assert _kept(newsclean.clean(_text("", line)), line)
