"""Round 10 wordings, run through the whole pipeline: aggregator disclaimers that claim no
ownership, are "auto-curated by X" or leave all rights with the original publisher (en, de,
fr, es) are removed and name the aggregator; lower-case agency credits ("afp/dpa", "(afp)");
a scheme-less URL after a source label; dates with a bare hour ("à 8h", "10 Uhr"), a
two-digit year, "del 2024", a 12-hour clock with a slashed date. Traps give no fact."""

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


@pytest.mark.parametrize(
    ("lang", "line", "name"),
    [
        ("en", "The content is auto-curated by Zapquill and may contain errors.", "Zapquill"),
        ("en", "Content on Headlinr is auto-curated from third-party sources.", "Headlinr"),
        ("en", "Clipfeed claims no ownership of the articles it displays.", "Clipfeed"),
        ("en", "Auto-curated by Flashdesk. All trademarks belong to their respective owners.",
         "Flashdesk"),
        ("de", "Dieser Artikel wurde automatisch aus einer externen Quelle importiert. "
               "Nachrichtenkorb erhebt keinen Anspruch auf die Inhalte.", "Nachrichtenkorb"),
        ("de", "Alle Rechte liegen beim ursprünglichen Herausgeber; Newsbündel verlinkt lediglich "
               "auf die Quelle.", "Newsbündel"),
        ("de", "Newsprisma beansprucht kein Eigentum an diesem Inhalt.", "Newsprisma"),
        ("de", "Hinweis: Schlagzeilenwerk ist nicht der Urheber dieses Artikels. Alle Rechte "
               "liegen beim ursprünglichen Verlag.", "Schlagzeilenwerk"),
        ("fr", "Cet article a été importé automatiquement depuis sa source d'origine. Actuhub "
               "n'en revendique pas la propriété.", "Actuhub"),
        ("fr", "Le contenu est sélectionné automatiquement par Actumix.", "Actumix"),
        ("fr", "Tous les droits appartiennent à l'éditeur d'origine ; Newsline se contente de "
               "fournir un lien.", "Newsline"),
        ("es", "Este artículo fue importado automáticamente desde su fuente original. Feedhoy no "
               "reclama la propiedad del contenido.", "Feedhoy"),
        ("es", "El contenido es seleccionado automáticamente por Infored.", "Infored"),
        ("es", "Todos los derechos pertenecen al editor original; Enlazado solo enlaza a la "
               "fuente.", "Enlazado"),
    ],
)  # fmt: skip
def test_aggregator_disclaimer_removed_and_named(lang: str, line: str, name: str) -> None:
    a = _clean(lang, line)
    assert line not in a.body
    assert a.provenance.value("aggregator") == name


@pytest.mark.parametrize(
    "line",
    [
        "The museum claims no ownership of the painting, its director said on Monday.",
        "Critics said the data was automatically collected by the company without consent.",
        "All rights go to the families, the mayor insisted, as the crowd applauded.",
        "Die Stadt erhebt keinen Anspruch auf das Grundstück, sagte der Bürgermeister.",
        "Le maire ne revendique aucune victoire, a-t-il déclaré devant la presse.",
    ],
)
def test_prose_about_rights_stays_and_names_no_aggregator(line: str) -> None:
    lang = "de" if line.startswith("Die ") else "fr" if line.startswith("Le ") else "en"
    a = _clean(lang, line)
    assert line in a.body
    assert a.provenance.value("aggregator") is None


@pytest.mark.parametrize(
    ("lang", "line", "credits"),
    [
        ("de", "(afp/dpa)", ["AFP", "dpa"]),
        ("de", "afp/dpa", ["AFP", "dpa"]),
        ("de", "Quelle: dpa, afp", ["dpa", "AFP"]),
        ("de", "(dpa/AFP/jm)", ["dpa", "AFP"]),
        ("de", "Text: dpa/afp", ["dpa", "AFP"]),
    ],
)
def test_lower_case_agency_credit_lines(lang: str, line: str, credits: list[str]) -> None:
    a = _clean(lang, line)
    assert line not in a.body
    assert a.provenance.values("credits") == credits


def test_lower_case_dateline_credit() -> None:
    text = f"Budget adopté\n\nParis (afp) - {PROSE['fr']}\n\n{PROSE['fr']}"
    assert newsclean.clean(text).provenance.values("credits") == ["AFP"]


@pytest.mark.parametrize(
    "line",
    [
        "Die Afp-Analyse zeigte, dass der Haushalt ausgeglichen ist, sagte die Kämmerin.",
        "Photo: Maria Lopez/EPA",
    ],
)
def test_no_invented_credit(line: str) -> None:
    assert _clean("de", line).provenance.values("credits") == []


@pytest.mark.parametrize(
    ("lang", "line", "url"),
    [
        ("de", "Quelle: www.rheinpost-beispiel.de/politik/haushalt-beschlossen-123",
         "https://www.rheinpost-beispiel.de/politik/haushalt-beschlossen-123"),
        ("en", "Source: example-herald.com/news/budget-approved",
         "https://example-herald.com/news/budget-approved"),
        ("fr", "Source : lecourrier-exemple.fr/actu/budget-2024",
         "https://lecourrier-exemple.fr/actu/budget-2024"),
        ("es", "Fuente: www.diariosur-ejemplo.es/local/presupuesto-aprobado",
         "https://www.diariosur-ejemplo.es/local/presupuesto-aprobado"),
    ],
)  # fmt: skip
def test_scheme_less_url_after_source_label(lang: str, line: str, url: str) -> None:
    a = _clean(lang, line)
    assert line not in a.body
    assert a.provenance.value("original_url") == url


@pytest.mark.parametrize(
    "line",
    [
        "Visit example.com/events for more information about the festival, organisers said.",
        "Source: example.com",
    ],
)
def test_no_original_url_without_label_or_path(line: str) -> None:
    assert _clean("en", line).provenance.value("original_url") is None


@pytest.mark.parametrize(
    ("lang", "line", "kind", "value"),
    [
        ("fr", "Publié le 1er mars 2024 à 8h", "published", "2024-03-01T08:00:00"),
        ("de", "Stand: 5. März 2024, 10 Uhr", "updated", "2024-03-05T10:00:00"),
        ("es", "Publicado el 4 de marzo del 2024", "published", "2024-03-04"),
        ("de", "Posted: 03.04.24", "published", "2024-04-03"),
        ("en", "Posted on 3/4/24", "published", "2024-03-04"),
        ("en", "Posted Mon 04 Mar '24", "published", "2024-03-04"),
        ("de", "Erstellt: 03.03.24, 18:00 Uhr | Aktualisiert: 04.03.24, 08:00 Uhr", "updated",
         "2024-03-04T08:00:00"),
        # a 12-hour clock writes the American month-first date, also with GMT
        ("en", "Posted: 04/06/2021 09:58 AM GMT", "published", "2021-04-06T09:58:00+00:00"),
        # a 24-hour clock with a zone outside the Americas reads day first
        ("en", "Posted: 04/06/2021 09:58 CET", "published", "2021-06-04T09:58:00+01:00"),
    ],
)  # fmt: skip
def test_date_forms(lang: str, line: str, kind: str, value: str) -> None:
    assert _clean(lang, line, head=True).provenance.value(kind) == value


@pytest.mark.parametrize(
    "line",
    [
        "Updated 3 hours ago",
        "Aktualisiert vor 3 Stunden",
        "Mis à jour il y a 2 heures",
        "Actualizado hace 3 horas",
        "Version 1.2.24 of the app was released, the company said.",
        "Fans still love the '90s hits, organisers said.",
    ],
)
def test_no_invented_date(line: str) -> None:
    p = _clean("en", line, head=True).provenance
    assert p.value("published") is None and p.value("updated") is None


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("From the Summit Sentinel", "Summit Sentinel"),
        ("FROM the Harbor Daily News", "Harbor Daily News"),
        ("From the archives", None),
        ("From the Ashes Rises A City", None),
    ],
)
def test_head_source_card_with_lower_case_the(line: str, publisher: str | None) -> None:
    assert _clean("en", line, head=True).provenance.value("publisher") == publisher


@pytest.mark.parametrize(
    ("lang", "line", "name"),
    [
        ("en", "The article above was automatically aggregated by Headline Hub and belongs to its "
               "original publisher.", "Headline Hub"),
        ("en", "Aggregated by WireNest — all credit to the original source.", "WireNest"),
        ("en", "Powered by NewsLoop, an automatic news aggregator.", "NewsLoop"),
        ("en", "All articles are property of their respective owners. Feedster merely indexes "
               "and links to them.", "Feedster"),
        ("de", "Presseschau24 ist ein automatischer Nachrichtensammler und erstellt keine eigenen "
               "Inhalte.", "Presseschau24"),
        ("de", "Wir bei Newsrad sammeln Nachrichten automatisch aus dem Netz.", "Newsrad"),
    ],
)  # fmt: skip
def test_more_aggregator_wordings(lang: str, line: str, name: str) -> None:
    a = _clean(lang, line)
    assert line not in a.body
    assert a.provenance.value("aggregator") == name


@pytest.mark.parametrize(
    ("lang", "line", "publisher"),
    [
        ("en", "Originally appeared in The Glenwood Observer on Monday.", "The Glenwood Observer"),
        ("en", "This article was first published in the Ridgeway Chronicle last week.",
         "Ridgeway Chronicle"),
        ("en", "This story originally appeared on The Mail on Sunday.", "The Mail on Sunday"),
        ("en", "Originally published by Example Today.", "Example Today"),
        ("en", "Content originally published on Ashford Record.", "Ashford Record"),
        ("en", "The original version of this story appeared on Millbrook Times.",
         "Millbrook Times"),
        ("en", "This story was provided by Oakdale Gazette.", "Oakdale Gazette"),
        ("de", "Dieser Artikel erschien zuerst in der Rheinischen Post.", "Rheinischen Post"),
        ("de", "Der Beitrag wurde ursprünglich vom Nordkurier veröffentlicht.", "Nordkurier"),
        ("fr", "Article initialement publié sur La Dépêche du Sud.", "La Dépêche du Sud"),
        ("fr", "Avec l'aimable autorisation de La Gazette du Centre.", "La Gazette du Centre"),
        ("es", "Artículo cedido por La Voz del Sur.", "La Voz del Sur"),
        ("es", "Con autorización de El Correo Andino.", "El Correo Andino"),
    ],
)  # fmt: skip
def test_publisher_wordings(lang: str, line: str, publisher: str) -> None:
    a = _clean(lang, line)
    assert line not in a.body
    assert a.provenance.value("publisher") == publisher


@pytest.mark.parametrize(
    "line",
    [
        "The study was first published in the journal Nature last year, researchers said.",
        "Originally from Ohio, she moved to Texas in 2010 to start a bakery with her brother.",
        "This story was provided by Reuters.",
        "Avec l'aimable autorisation de Jean Dupont.",
        "Content provided by Example Labs",
    ],
)
def test_no_invented_publisher(line: str) -> None:
    assert _clean("en", line).provenance.value("publisher") is None


@pytest.mark.parametrize(
    ("lang", "line", "kind", "value"),
    [
        ("en", "Date modified: 2024-03-05", "updated", "2024-03-05"),
        ("en", "Page updated: 5 March 2024", "updated", "2024-03-05"),
        ("en", "Story updated March 5, 2024 at 10:00 a.m.", "updated", "2024-03-05T10:00:00"),
        ("en", "Date published: 4 March 2024 | Date updated: 5 March 2024", "updated",
         "2024-03-05"),
        ("en", "Published: 4 March 2024 (updated 5 March 2024)", "updated", "2024-03-05"),
        ("en", "Published: 4 March 2024 (updated 5 March 2024)", "published", "2024-03-04"),
        ("en", "PUBLISHED ON 4TH MARCH 2024", "published", "2024-03-04"),
        ("de", "Letzte Aktualisierung: 05.03.2024", "updated", "2024-03-05"),
        ("fr", "Dernière modification : 5 mars 2024", "updated", "2024-03-05"),
        ("es", "Última modificación: 5 de marzo de 2024", "updated", "2024-03-05"),
        ("es", "Fecha de actualización: 05/03/2024", "updated", "2024-03-05"),
        ("es", "Publicación: 4 de marzo de 2024", "published", "2024-03-04"),
    ],
)  # fmt: skip
def test_date_labels(lang: str, line: str, kind: str, value: str) -> None:
    assert _clean(lang, line, head=True).provenance.value(kind) == value


def test_bracketed_update_in_prose_is_no_date() -> None:
    line = "The guidance (updated March 5, 2024) tells schools to reopen their libraries."
    p = _clean("en", line).provenance
    assert p.value("updated") is None


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Publicado: 4/3/2024 10:00 h", "2024-03-04T10:00:00"),
        ("Posted: 4/3/2024 10:00 hrs", "2024-03-04T10:00:00"),
        ("Veröffentlicht: 4. März 2024 10:00 Uhr WEZ", "2024-03-04T10:00:00+00:00"),
        ("Posted: 4/3/2024 10:00", "2024-04-03T10:00:00"),
    ],
)
def test_hour_word_reads_slashed_date_day_first(line: str, value: str) -> None:
    assert _clean("en", line, head=True).provenance.value("published") == value


@pytest.mark.parametrize(
    ("lang", "line", "name"),
    [
        ("en", "Note: This article has been automatically generated from public sources by "
               "NewsBot AI.", "NewsBot AI"),
        ("en", "This is an automated feed. Vantage Newsdesk is not responsible for the content.",
         "Vantage Newsdesk"),
        ("en", "Stories on Newsprism are selected by algorithms from public feeds.", "Newsprism"),
        ("en", "Snapfeed is not affiliated with the original publisher of this article.",
         "Snapfeed"),
        ("en", "Headlinez displays headlines and excerpts only; the full story is at the source.",
         "Headlinez"),
        ("en", "Brieflow does not produce any original content. All stories link to their "
               "sources.", "Brieflow"),
        ("en", "Newstack automatically summarises articles from other outlets; rights stay with "
               "them.", "Newstack"),
        ("de", "Nachrichtenmix übernimmt keine Haftung für die Inhalte externer Quellen.",
         "Nachrichtenmix"),
        ("de", "Newsgarten ist ein Nachrichtenportal, das automatisch Inhalte aus dem Netz "
               "sammelt.", "Newsgarten"),
        ("de", "Newsfabrik erstellt keine eigenen Inhalte; alle Artikel stammen von externen "
               "Quellen.", "Newsfabrik"),
        ("fr", "Veillenet est un service de veille automatique ; les articles restent la "
               "propriété de leurs éditeurs.", "Veillenet"),
        ("fr", "Les contenus de Flashnet sont générés automatiquement à partir de sources "
               "externes.", "Flashnet"),
        ("fr", "Infomix ne produit aucun contenu original ; tous les articles renvoient à leur "
               "source.", "Infomix"),
        ("es", "Notired no produce contenido propio; enlaza a las fuentes originales.", "Notired"),
        ("es", "Las noticias de Titularia se publican automáticamente a partir de fuentes "
               "externas.", "Titularia"),
        ("es", "Portalia es un portal que recopila noticias de forma automática.", "Portalia"),
    ],
)  # fmt: skip
def test_aggregator_self_descriptions(lang: str, line: str, name: str) -> None:
    a = _clean(lang, line)
    assert line not in a.body
    assert a.provenance.value("aggregator") == name


@pytest.mark.parametrize(
    "line",
    [
        "The factory does not produce any original content for television and focuses on films.",
        "Stories on the app are selected by algorithms, which critics say promotes outrage.",
        "The museum displays headlines and excerpts from the original newspapers of 1914.",
        "This page was created by John Smith from original documents held in the archive.",
        "Netflix does not produce any original content in India yet, but plans to start soon.",
        "The agency is not responsible for the content of the leaflets distributed by volunteers.",
        "Die KI erstellt keine eigenen Inhalte, erklärte der Entwickler.",
    ],
)
def test_story_lines_about_content_stay(line: str) -> None:
    a = _clean("de" if line.startswith("Die ") else "en", line)
    assert line in a.body
    assert a.provenance.value("aggregator") is None
