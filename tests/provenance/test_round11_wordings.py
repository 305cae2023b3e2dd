"""Round 11 wordings, run through the whole pipeline: aggregator disclaimers that name the site
in quotes, before its host in brackets, in a copyright footer or a tagline, as "At X we
curate", "Brought to you by X, an automated aggregator", "Aggregator: X", "our aggregator, X"
(en, de, fr, es); publisher lines "appeared originally in", "appears courtesy of", "Shared
from", "Source: X (date)", fr "republié à partir de"; date labels "Article published on",
"Originally published", "Erstveröffentlichung", a date after "N hours ago", a label after a
date's full stop, an ISO date and its time written apart, a time in brackets, "name | date"
in the head, a slashed date on a German, French or Spanish page read day first; "By AFP |
Published: ..."; lower-case initials before agencies ("jm/dpa/afp"), "La rédaction avec AFP";
a URL after its label in brackets or after a preposition. Each fact is checked with its
evidence; traps give no fact."""

from __future__ import annotations

import pytest

import newsclean

PROSE = {
    "en": "The city council approved a new budget on Tuesday after a long debate about school "
    "funding and roads.",
    "de": "Der Stadtrat hat am Dienstag nach langer Debatte einen neuen Haushalt für Schulen und "
    "Straßen beschlossen.",
    "fr": "Le conseil municipal a adopté mardi un nouveau budget après un long débat sur le "
    "financement des écoles.",
    "es": "El ayuntamiento aprobó el martes un nuevo presupuesto tras un largo debate sobre la "
    "financiación de las escuelas.",
}


def _clean(lang: str, line: str, *, head: bool = False) -> newsclean.Article:
    parts = ["Council approves new budget", PROSE[lang], PROSE[lang].replace("Tuesday", "Monday")]
    parts.insert(1 if head else len(parts), line)
    return newsclean.clean("\n\n".join(parts))


def _fact(a: newsclean.Article, kind: str) -> tuple[str, str] | None:
    f = a.provenance.first(kind)
    if f is None:
        return None
    assert a.text[f.start : f.end] == f.evidence
    return f.value, f.evidence


@pytest.mark.parametrize(
    ("lang", "line", "name", "evidence"),
    [
        ("en", '"Newsgrove" is an automatic aggregator and does not hold the rights to this '
               "story.", "Newsgrove", "Newsgrove"),
        ("en", "Newsbeacon (newsbeacon.net) is an automatic news aggregator.", "Newsbeacon",
         "Newsbeacon"),
        ("en", "© 2025 Newsmosaic — news aggregated from around the web", "Newsmosaic",
         "Newsmosaic"),
        ("en", "Copyright © 2024 Newswell. All articles are aggregated automatically and belong "
               "to their respective owners.", "Newswell", "Newswell"),
        ("en", "Headlinefarm © 2025 | Automated news aggregation", "Headlinefarm",
         "Headlinefarm"),
        ("en", "Wirecrate.net - automatic news aggregator", "Wirecrate.net", "Wirecrate.net"),
        ("en", "Storymill: all the news, automatically aggregated from the web.", "Storymill",
         "Storymill"),
        ("en", "At Wirebloom we curate the best stories from trusted outlets.", "Wirebloom",
         "Wirebloom"),
        ("en", "We at Headline Central automatically aggregate news from trusted sources.",
         "Headline Central", "Headline Central"),
        ("en", "Brought to you by Feedly News, an automated aggregator.", "Feedly News",
         "Feedly News"),
        ("en", "Welcome to Newsquarry, an automatic news aggregator. We do not own any of the "
               "content.", "Newsquarry", "Newsquarry"),
        ("en", "This page is part of Briefnet, an automated news aggregator.", "Briefnet",
         "Briefnet"),
        ("en", "Newsrill (an automated news aggregator) does not own this content.", "Newsrill",
         "Newsrill"),
        ("en", "Sourced and aggregated automatically by Newsloom. Visit the original publisher for "
               "the full article.", "Newsloom", "Newsloom"),
        ("en", "Republished automatically by Feedmarket from the original source.", "Feedmarket",
         "Feedmarket"),
        ("en", "Newsquarry operates as an automatic news aggregator.", "Newsquarry",
         "Newsquarry"),
        ("en", "Feedtrail is an AI news aggregator. Every article belongs to the outlet that "
               "published it.", "Feedtrail", "Feedtrail"),
        ("en", "This article was collected by our aggregator, Feedpilot, from a publicly "
               "available RSS feed.", "Feedpilot", "Feedpilot"),
        ("en", "Aggregated by: Newsmarket", "Newsmarket", "Newsmarket"),
        ("en", "Aggregator: Storyspring", "Storyspring", "Storyspring"),
        ("de", "Dieser Artikel wurde von Meldungsnetz automatisch zusammengestellt.",
         "Meldungsnetz", "Meldungsnetz"),
        ("fr", "Revuemix ne fait qu'agréger des informations publiées par d'autres médias.",
         "Revuemix", "Revuemix"),
        ("es", "Todo el contenido de Resumenes.net se agrega automáticamente desde fuentes "
               "externas.", "Resumenes.net", "Resumenes.net"),
        ("es", "Portalnews no es autor de esta noticia; fue recopilada automáticamente.",
         "Portalnews", "Portalnews"),
        ("en", "This post was automatically generated by Feedlark's AI from the original "
               "article.", "Feedlark", "Feedlark"),
        ("en", "Auto-generated summary by Feedlark. Read the full story at the source.",
         "Feedlark", "Feedlark"),
        ("en", "This is an automated post by Feedlark from the publisher's RSS feed.",
         "Feedlark", "Feedlark"),
        ("en", "News aggregated by Feedlark.com", "Feedlark.com", "Feedlark.com"),
        ("en", "Posted automatically by the Feedlark news bot from an RSS feed.", "Feedlark",
         "Feedlark"),
        ("en", "Found on Feedlark — the automated news aggregator", "Feedlark", "Feedlark"),
        ("en", "Feedlark — aggregated news, updated every 15 minutes", "Feedlark", "Feedlark"),
        ("en", "Feedlark: automated aggregation of public news feeds", "Feedlark", "Feedlark"),
        ("en", "You are reading Feedlark, an automated news aggregator.", "Feedlark", "Feedlark"),
        ("en", "Thanks for reading Feedlark. Our stories are collected automatically from around "
               "the web.", "Feedlark", "Feedlark"),
        ("en", "Feedlark doesn't own the rights to this article.", "Feedlark", "Feedlark"),
        ("en", "Feedlark respects copyright. If you are the owner of this content, contact us to "
               "have it removed.", "Feedlark", "Feedlark"),
        ("en", "Feedlark summarises the news with AI; the original article is linked below.",
         "Feedlark", "Feedlark"),
        ("en", "Feedlark links to the original publisher; we do not host full articles.",
         "Feedlark", "Feedlark"),
        ("en", "Feedlark shows you headlines from hundreds of publishers, collected "
               "automatically.", "Feedlark", "Feedlark"),
        ("en", "Feedlark is powered by algorithms that collect news from publishers around the "
               "world.", "Feedlark", "Feedlark"),
        ("en", "Feedlark is a robot-run news site; stories come from public RSS feeds.",
         "Feedlark", "Feedlark"),
        ("de", "Feedlark ist ein automatisierter Nachrichtendienst und erstellt keine eigenen "
               "Artikel.", "Feedlark", "Feedlark"),
        ("de", "Bei Feedlark werden Nachrichten automatisch aus RSS-Feeds gesammelt.", "Feedlark",
         "Feedlark"),
        ("de", "Feedlark übernimmt Inhalte automatisch aus RSS-Feeds anderer Medien.", "Feedlark",
         "Feedlark"),
        ("fr", "Sur Feedlark, les articles sont collectés automatiquement.", "Feedlark",
         "Feedlark"),
        ("fr", "Feedlark ne détient aucun droit sur ces contenus, collectés automatiquement.",
         "Feedlark", "Feedlark"),
        ("es", "En Feedlark recopilamos noticias de forma automática.", "Feedlark", "Feedlark"),
        ("es", "Feedlark no se hace responsable del contenido de las noticias recopiladas "
               "automáticamente.", "Feedlark", "Feedlark"),
    ],
)  # fmt: skip
def test_aggregator_named(lang: str, line: str, name: str, evidence: str) -> None:
    a = _clean(lang, line)
    assert line not in a.body
    assert _fact(a, "aggregator") == (name, evidence)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "At Google we curate the best stories from trusted outlets, a spokesperson said "
               "in a statement."),
        ("en", "The Newsroom: all the news, automatically aggregated, is a new show on cable "
               "television that critics liked."),
        ("en", "Our aggregator, which we launched in 2020, now has 2 million monthly readers "
               "across Europe and Asia."),
        ("de", "Der Bericht wurde von Experten automatisch erstellt und am Montag veröffentlicht, "
               "sagte ein Sprecher."),
        ("es", "El alcalde no es autor de esta ley, afirmó la oposición en el pleno del martes."),
        ("fr", "Le gouvernement ne fait qu'agréger des chiffres anciens, a dénoncé l'opposition "
               "mardi."),
        ("en", "The app shows you headlines from hundreds of publishers, collected automatically, "
               "and was launched in 2019 by two students."),
        ("en", "The company is powered by algorithms that collect data from millions of phones, "
               "regulators found."),
        ("en", "An automated post by the city's emergency account warned residents about the "
               "flooding on Monday."),
        ("en", "Posted automatically by Example Times"),
        ("en", "AI-generated summary by Example Times"),
        ("en", "News curated by Jane Doe"),
        ("en", "Example Times summarises the news with AI every morning."),
        ("de", "Bei Siemens werden Nachrichten automatisch an alle Mitarbeiter verschickt, sagte "
               "ein Sprecher."),
        ("es", "En Madrid recopilamos datos de forma automática desde 2019, explicó el concejal."),
        ("es", "El club no se hace responsable del contenido de las declaraciones del jugador, "
               "afirmó el presidente."),
    ],
)  # fmt: skip
def test_story_lines_stay_and_name_no_aggregator(lang: str, line: str) -> None:
    a = _clean(lang, line)
    assert line in a.body
    assert a.provenance.value("aggregator") is None


@pytest.mark.parametrize(
    "line",
    [
        "© 2024 Example Times. All rights reserved.",
        "Copyright © 2024 The Lakeside Ledger. Distributed via RSS feed.",
        "Thanks for reading The Valley Times. Subscribe today for full access.",
        "You are reading The Valley Times, an independent newspaper serving the valley since 1891.",
    ],
)
def test_plain_copyright_names_no_aggregator(line: str) -> None:
    assert _clean("en", line).provenance.value("aggregator") is None


@pytest.mark.parametrize(
    ("lang", "line", "publisher"),
    [
        ("en", "This article appeared originally in The Prairie Post.", "The Prairie Post"),
        ("en", "This story appears courtesy of the Rockport Herald.", "Rockport Herald"),
        ("en", "Shared from The Brookside Daily.", "The Brookside Daily"),
        ("en", "Source: Kingsbridge Tribune (March 4, 2024)", "Kingsbridge Tribune"),
        ("fr", "Cet article est republié à partir de The Conversation sous licence Creative "
               "Commons.", "The Conversation"),
        ("en", "This story was produced by The Harbor Times and is republished under a Creative "
               "Commons license.", "The Harbor Times"),
        ("en", "Partner content from The Harbor Times", "The Harbor Times"),
        ("en", "In partnership with The Harbor Times", "The Harbor Times"),
        ("en", "This article is brought to you by our partners at The Harbor Times.",
         "The Harbor Times"),
        ("en", "Original story: The Harbor Times", "The Harbor Times"),
        ("en", "©2024 The Harbor Times. Distributed by Tribune Content Agency, LLC.",
         "The Harbor Times"),
        ("en", "Source: The Harbor Times, March 3, 2024", "The Harbor Times"),
        ("de", "Quelle: Harburger Zeitung, 03.03.2024", "Harburger Zeitung"),
        ("es", "Vía: El Correo del Lago", "El Correo del Lago"),
    ],
)  # fmt: skip
def test_publisher_wordings(lang: str, line: str, publisher: str) -> None:
    a = _clean(lang, line)
    assert line not in a.body
    assert _fact(a, "publisher") == (publisher, publisher)


@pytest.mark.parametrize(
    "line",
    [
        "The photo appears courtesy of the Smith family, who kept it for decades.",
        "The footage, shared from a phone in the crowd, shows police arriving minutes later.",
        "The song appeared originally in a 1972 film, and has since been covered many times.",
        "Image used courtesy of NASA",
        "Source: Kingsbridge police (March 4, 2024)",
        "In partnership with Acme Bank",
    ],
)
def test_no_invented_publisher(line: str) -> None:
    assert _clean("en", line).provenance.value("publisher") is None


@pytest.mark.parametrize(
    ("lang", "line", "kind", "value", "evidence"),
    [
        ("en", "Article published on 12th February 2024", "published", "2024-02-12",
         "12th February 2024"),
        ("en", "Updated: July 5, 2023 | Originally published: July 4, 2023", "published",
         "2023-07-04", "July 4, 2023"),
        ("en", "Last updated on July 5, 2023. Published on July 4, 2023.", "published",
         "2023-07-04", "July 4, 2023"),
        ("en", "Last updated on July 5, 2023. Published on July 4, 2023.", "updated",
         "2023-07-05", "July 5, 2023"),
        ("en", "Posted 4 days ago · July 4, 2023", "published", "2023-07-04", "July 4, 2023"),
        ("en", "Published 2 hours ago (July 4, 2023 10:00 ET)", "published",
         "2023-07-04T10:00:00-04:00", "July 4, 2023 10:00 ET)"),
        ("en", "By Tom Reyes on 2023-03-03 at 21:15", "published", "2023-03-03T21:15:00",
         "2023-03-03 at 21:15"),
        ("en", "Published: March 3, 2023 (9:15 PM ET)", "published", "2023-03-03T21:15:00-05:00",
         "March 3, 2023 (9:15 PM ET)"),
        ("en", "Tom Reyes, Staff Writer | March 3, 2023 12:05 p.m.", "published",
         "2023-03-03T12:05:00", "March 3, 2023 12:05 p.m."),
        ("de", "Erstveröffentlichung: 4. Juli 2023", "published", "2023-07-04", "4. Juli 2023"),
        ("fr", "le 12 février 2024 à 14h32", "published", "2024-02-12T14:32:00",
         "12 février 2024 à 14h32"),
        ("es", "04/07/2023 - 10:00", "published", "2023-07-04T10:00:00", "04/07/2023 - 10:00"),
        ("es", "Ana Ruiz | 03/04/2023 - 21:15", "published", "2023-04-03T21:15:00",
         "03/04/2023 - 21:15"),
        ("es", "Redacción | 03/04/2023 - 21:15", "published", "2023-04-03T21:15:00",
         "03/04/2023 - 21:15"),
        # an English page keeps reading slashed dates month first
        ("en", "Jane Roe | 03/04/2023 - 21:15", "published", "2023-03-04T21:15:00",
         "03/04/2023 - 21:15"),
    ],
)  # fmt: skip
def test_date_forms(lang: str, line: str, kind: str, value: str, evidence: str) -> None:
    assert _fact(_clean(lang, line, head=True), kind) == (value, evidence)


@pytest.mark.parametrize(
    "line",
    [
        "Updated 3 hours ago",
        "Last updated | 3 hours ago",
        "Sports | Weather | Traffic",
        "The report was published on 12 February 2024 by the ministry, officials said.",
    ],
)
def test_no_invented_date(line: str) -> None:
    p = _clean("en", line, head=True).provenance
    assert p.value("published") is None and p.value("updated") is None


def test_update_cell_before_a_bare_date_is_no_published_date() -> None:
    p = _clean("en", "Last updated | March 5, 2024", head=True).provenance
    assert p.value("published") is None


@pytest.mark.parametrize(
    ("lang", "line", "credits"),
    [
        ("en", "By AFP | Published: March 3, 2024", ["AFP"]),
        ("de", "jm/dpa/afp", ["dpa", "AFP"]),
        ("fr", "La rédaction avec AFP", ["AFP"]),
    ],
)
def test_credit_lines(lang: str, line: str, credits: list[str]) -> None:
    a = _clean(lang, line, head=lang == "en")
    assert line not in a.body
    assert a.provenance.values("credits") == credits
    assert a.provenance.values("authors") == []


def test_agency_byline_gives_its_date() -> None:
    a = _clean("en", "By AFP | Published: March 3, 2024", head=True)
    assert _fact(a, "published") == ("2024-03-03", "March 3, 2024")


@pytest.mark.parametrize(
    ("lang", "line", "url"),
    [
        ("en", "Original source: (https://www.lakesideledger.com/news/budget-approved)",
         "https://www.lakesideledger.com/news/budget-approved"),
        ("en", "[Source](https://www.lakesideledger.com/news/budget-approved)",
         "https://www.lakesideledger.com/news/budget-approved"),
        ("es", "Ver noticia original en https://www.diariovalle.es/local/presupuesto",
         "https://www.diariovalle.es/local/presupuesto"),
    ],
)  # fmt: skip
def test_url_after_label(lang: str, line: str, url: str) -> None:
    a = _clean(lang, line)
    f = a.provenance.first("original_url")
    assert f is not None and f.value == url
    assert a.text[f.start : f.end] == f.evidence == url


def test_url_in_prose_is_no_original() -> None:
    line = "For more information visit https://www.cityhall.gov/budget-2024 or call the office."
    assert _clean("en", line).provenance.value("original_url") is None


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        # a site's tagline after its name is not the name's
        ("The post Council approves budget appeared first on The Harbor Times | Local News.",
         "The Harbor Times"),
        # a date before the name names no outlet
        ("This article was first published on 3 March 2024 in The Harbor Times.",
         "The Harbor Times"),
        ("This story was originally featured on The Harbor Times.", "The Harbor Times"),
    ],
)
def test_publisher_value_is_the_name(line: str, publisher: str) -> None:
    assert _clean("en", line).provenance.value("publisher") == publisher


@pytest.mark.parametrize(
    ("line", "url"),
    [
        ("Source: The Harbor Times – https://www.harbortimes.com/news/budget-2024",
         "https://www.harbortimes.com/news/budget-2024"),
        ("SOURCE: The Harbor Times | https://www.harbortimes.com/news/budget-2024",
         "https://www.harbortimes.com/news/budget-2024"),
    ],
)
def test_source_line_with_name_and_url(line: str, url: str) -> None:
    p = _clean("en", line).provenance
    assert p.value("publisher") == "The Harbor Times"
    assert p.value("original_url") == url


@pytest.mark.parametrize(
    ("lang", "line", "credits"),
    [
        ("en", "/ANI/", ["ANI"]),
        ("en", "Reuters reporting by Jane Doe; writing by John Roe; editing by Mark Lee",
         ["Reuters"]),
        ("fr", "Le Courrier du Lac avec AFP", ["AFP"]),
        ("de", "(dpa-AFX)", ["dpa"]),
        ("fr", "(Keystone-ATS)", ["Keystone-SDA"]),
    ],
)  # fmt: skip
def test_more_credit_lines(lang: str, line: str, credits: list[str]) -> None:
    a = _clean(lang, line)
    assert line not in a.body
    assert a.provenance.values("credits") == credits


def test_canadian_press_trailer_gives_credit_and_date() -> None:
    a = _clean("en", "This report by The Canadian Press was first published March 3, 2024.")
    assert a.provenance.values("credits") == ["CP"]
    assert _fact(a, "published") == ("2024-03-03", "March 3, 2024")


def test_agency_byline_with_a_comma_in_the_head() -> None:
    a = _clean("en", "Jane Doe, Bloomberg News", head=True)
    assert a.provenance.values("credits") == ["Bloomberg"]
    assert a.provenance.values("authors") == ["Jane Doe"]


@pytest.mark.parametrize(
    "line",
    [
        "The Canadian Press reported last year that the bridge needed repairs, officials said.",
        "ATS systems at the airport failed on Monday, delaying flights for hours.",
    ],
)
def test_agency_in_prose_is_no_credit(line: str) -> None:
    a = _clean("en", line)
    assert line in a.body
    assert a.provenance.values("credits") == []


def test_labelled_published_date_beats_a_bare_header_date() -> None:
    text = (
        "Tuesday, March 5, 2024\nHome | News | Sport\nCouncil approves new budget\n"
        "By Jane Smith\nPublished: March 3, 2024\n" + PROSE["en"] + "\n" + PROSE["en"]
    )
    assert _fact(newsclean.clean(text), "published") == ("2024-03-03", "March 3, 2024")


def test_bare_head_date_still_counts_alone() -> None:
    text = "Council approves new budget\nMarch 5, 2024\n" + PROSE["en"] + "\n" + PROSE["en"]
    assert _fact(newsclean.clean(text), "published") == ("2024-03-05", "March 5, 2024")


_URL = "https://www.harbortimes.com/news/2024/03/council-budget"


@pytest.mark.parametrize(
    ("line", "url"),
    [
        (f"Source: «{_URL}»", _URL),
        (f'Source: "{_URL}"', _URL),
        (f"Source: {_URL}…", _URL),
    ],
)
def test_original_url_normalised(line: str, url: str) -> None:
    a = _clean("en", line)
    f = a.provenance.first("original_url")
    assert f is not None and f.value == url
    assert f.evidence.startswith("https://") and f.evidence[-1] not in "»\"…"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("DISCLAIMER Newsquarry is an automatic aggregator of the world's media.", "Newsquarry"),
        ("About Us Newsquarry is an automatic aggregator of the world's media.", "Newsquarry"),
        ("NOTE Newsquarry automatically aggregates news from third-party sources.", "Newsquarry"),
        ("Newsquarry Editorial Team is not responsible for the content of external sources; all "
         "stories are aggregated automatically.", "Newsquarry"),
        ("Newsquarry | Disclaimer: This site is an automatic aggregator of the world's media.",
         "Newsquarry"),
        ("The Newsquarry team does not write the articles; they are collected automatically from "
         "RSS feeds.", "Newsquarry"),
        # a capitalised word alone may open a name
        ("Update News is an automatic aggregator of the world's media.", "Update News"),
    ],
)  # fmt: skip
def test_label_and_staff_words_are_not_the_name(line: str, name: str) -> None:
    assert _clean("en", line).provenance.value("aggregator") == name


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("This article has been auto-published from a news agency feed without changes by the "
         "Harbor Times newsroom.", "Harbor Times"),
        ("(Published unedited from a syndicated feed by Harbor Times.)", "Harbor Times"),
        ("This copy was received from a wire service and carried unedited by Harbor Times.",
         "Harbor Times"),
        ("(Harbor Times editorial staff did not edit this syndicated content.)", "Harbor Times"),
        ("*This story was auto-generated from an agency feed; Harbor Times has not verified its "
         "content.", "Harbor Times"),
        ("Disclaimer: This is an agency copy. Harbor Times is not responsible for its content.",
         "Harbor Times"),
        ("Don't miss the latest updates — bookmark Harbor Times.", "Harbor Times"),
        ("More stories like this at Harbor Times", "Harbor Times"),
        ("Want more local news? Visit Harbor Times daily.", "Harbor Times"),
    ],
)  # fmt: skip
def test_syndication_notices_and_promos_name_the_publisher(line: str, publisher: str) -> None:
    a = _clean("en", line)
    assert line not in a.body
    assert a.provenance.value("publisher") == publisher


@pytest.mark.parametrize(
    "line",
    [
        "More news at 11.",
        "More stories like this at the end of the month.",
        "Want more news? Visit Facebook daily.",
        "Want more news from the team at Example Park?",
        "The agency has not verified the claims made in the wire copy, the minister said.",
    ],
)
def test_promo_and_notice_traps_name_no_publisher(line: str) -> None:
    assert _clean("en", line).provenance.value("publisher") is None


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("The post Council approves budget appeared first on the Harbor Times.", "Harbor Times"),
        ("The post Council approves budget appeared first on harbortimes.com.",
         "harbortimes.com"),
    ],
)
def test_post_appeared_first_on(line: str, publisher: str) -> None:
    a = _clean("en", line)
    assert line not in a.body
    assert a.provenance.value("publisher") == publisher


def test_post_office_appeared_first_on_a_list_is_story() -> None:
    line = "The post office appeared first on the list of closures announced by the council."
    a = _clean("en", line)
    assert line in a.body
    assert a.provenance.value("publisher") is None


@pytest.mark.parametrize(
    ("lang", "line", "name"),
    [
        ("de", "Nachrichtenfluss sammelt und verlinkt Meldungen aus über 500 Quellen.",
         "Nachrichtenfluss"),
        ("de", "Die hier gezeigten Artikel wurden automatisch von Nachrichtenfluss erfasst.",
         "Nachrichtenfluss"),
        ("de", "Alle Artikel auf Nachrichtenfluss stammen aus externen RSS-Feeds.",
         "Nachrichtenfluss"),
        ("de", "Nachrichtenfluss ist nicht für die Inhalte der verlinkten Seiten verantwortlich.",
         "Nachrichtenfluss"),
        ("fr", "Infoflash est un site d'actualités automatisé : les articles proviennent de flux "
               "RSS.", "Infoflash"),
        ("fr", "Les articles présentés sur Infoflash proviennent de sources externes.",
         "Infoflash"),
        ("fr", "Infoflash n'est pas l'auteur de cet article et n'en détient pas les droits.",
         "Infoflash"),
        ("fr", "Cet article a été agrégé par Infoflash à partir de son site d'origine.",
         "Infoflash"),
        ("fr", "Infoflash décline toute responsabilité quant au contenu des articles agrégés.",
         "Infoflash"),
        ("es", "Los artículos mostrados en Noticiero24 provienen de fuentes externas vía RSS.",
         "Noticiero24"),
        ("es", "Noticiero24 no es responsable del contenido de los artículos agregados.",
         "Noticiero24"),
        ("es", "Este contenido fue agregado por Noticiero24 desde su fuente original.",
         "Noticiero24"),
        ("es", "Noticiero24 es un servicio automatizado de noticias.", "Noticiero24"),
    ],
)  # fmt: skip
def test_aggregator_named_de_fr_es(lang: str, line: str, name: str) -> None:
    a = _clean(lang, line)
    assert line not in a.body
    assert a.provenance.value("aggregator") == name


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("de", "Die Polizei sammelt und verlinkt Hinweise aus der Bevölkerung, sagte ein "
               "Sprecher."),
        ("de", "Alle Daten auf dem Server stammen aus externen Quellen, erklärte die Firma."),
        ("fr", "Les chiffres présentés sur le site du ministère proviennent de sources externes, "
               "selon le rapport."),
        ("fr", "Les résultats, agrégés par Eurostat, montrent une hausse du chômage."),
        ("es", "Los datos agregados por el INE muestran un aumento del paro en marzo."),
        ("es", "Los artículos publicados en la revista provienen de fuentes académicas "
               "revisadas."),
    ],
)  # fmt: skip
def test_de_fr_es_story_lines_stay(lang: str, line: str) -> None:
    a = _clean(lang, line)
    assert line in a.body
    assert a.provenance.value("aggregator") is None


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", f"Full story → {_URL}"),
        ("en", f"Original article → {_URL}"),
        ("en", f"Read more » {_URL}"),
        ("en", f"Source: The Harbor Times ({_URL})"),
        ("de", f"Den vollständigen Artikel finden Sie hier: {_URL}"),
    ],
)
def test_url_after_arrow_or_name(lang: str, line: str) -> None:
    a = _clean(lang, line)
    f = a.provenance.first("original_url")
    assert f is not None and f.value == _URL and f.evidence == _URL


def test_read_more_about_in_prose_is_no_original() -> None:
    line = "Read more about the plan at https://www.cityhall.gov/budget-2024 before the vote."
    assert _clean("en", line).provenance.value("original_url") is None
