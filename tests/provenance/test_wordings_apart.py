"""Provenance in wordings written apart from the tables (bylines, date lines, credits,
publisher and syndication notices, original URLs, aggregator disclaimers, photo credits), each
in a small article: the fact of each kind named is found (its value contains the expected text,
case aside); and prose that merely mentions an agency, a date or "originally" gives no fact."""

from __future__ import annotations

import pytest

import newsclean

TITLE = "Council approves new housing rules"
P1 = (
    "Officials said on Tuesday that the new rules would take effect next month, after a long "
    "consultation with residents and businesses across the region."
)
P2 = (
    "Critics argued the plan did not go far enough, while supporters said it was a sensible "
    "first step that could be expanded later in the year."
)


def _article(head: str, tail: str) -> newsclean.Article:
    return newsclean.clean(f"{TITLE}\n{head}\n\n{P1}\n\n{P2}\n\n{tail}\n")


@pytest.mark.parametrize(
    ("head", "tail", "want"),
    [
        ("Written by Sarah Connor", "", {"authors": "Sarah Connor"}),
        ("Story by Ahmed Khan | Staff Reporter", "", {"authors": "Ahmed Khan"}),
        ("Author: Lucy Grant", "", {"authors": "Lucy Grant"}),
        ("By JAMES WRIGHT, Reuters", "", {"authors": "James Wright", "credits": "Reuters"}),
        ("", "Reporting by Anna Berg; Editing by Mark Cole", {"authors": "Anna Berg"}),
        (
            "Posted on 2024-03-03 by Daniel Park",
            "",
            {"published": "2024-03-03", "authors": "Daniel Park"},
        ),
        ("Last Modified: Mar 3, 2024 14:02 IST", "", {"updated": "2024-03-03T14:02:00+05:30"}),
        ("3 March 2024 | 10:15 GMT", "", {"published": "2024-03-03T10:15:00+00:00"}),
        ("Updated 10:15 AM ET, Sun March 3, 2024", "", {"updated": "2024-03-03T10:15"}),
        ("Publié le 3 mars 2024 à 10h15", "", {"published": "2024-03-03T10:15"}),
        ("Veröffentlicht am 03.03.2024, 10:15 Uhr", "", {"published": "2024-03-03T10:15"}),
        ("Publicado el 3 de marzo de 2024", "", {"published": "2024-03-03"}),
        (
            "First published on Sunday 3 March 2024 08.00 GMT",
            "",
            {"published": "2024-03-03T08:00:00+00:00"},
        ),
        ("March 3, 2024", "", {"published": "2024-03-03"}),
        ("Sun, 03 Mar 2024 10:15:00 +0100", "", {"published": "2024-03-03T10:15:00+01:00"}),
        ("", "— Agence France-Presse", {"credits": "AFP"}),
        ("NEW DELHI (PTI):", "", {"credits": "PTI"}),
        ("Seoul, March 3 (Yonhap) -- ", "", {"credits": "Yonhap"}),
        ("", "Copyright 2024 The Associated Press. All rights reserved.", {"credits": "AP"}),
        ("", "Additional reporting by Reuters.", {"credits": "Reuters"}),
        (
            "",
            "This article was first published in The Conversation.",
            {"publisher": "The Conversation"},
        ),
        (
            "",
            "The post Council approves new housing rules appeared first on City Courier.",
            {"publisher": "City Courier"},
        ),
        ("", "Republished with permission from Coastal Times.", {"publisher": "Coastal Times"}),
        ("", "Courtesy: Metro Daily", {"publisher": "Metro Daily"}),
        (
            "",
            "Originally published at https://www.metrodaily.com/news/housing-rules-123",
            {"original_url": "metrodaily.com/news/housing-rules-123", "publisher": ""},
        ),
        (
            "",
            "Read the full story at https://example-news.org/story/42",
            {"original_url": "example-news.org/story/42"},
        ),
        (
            "",
            "Source: https://www.cityledger.net/politics/housing",
            {"original_url": "cityledger.net/politics/housing"},
        ),
        (
            "",
            (
                "NewsHub24 is an automatic aggregator of news from around the world. All content "
                "belongs to its respective owners."
            ),
            {"aggregator": "NewsHub24"},
        ),
        (
            "",
            (
                "This article was generated from an automated news agency feed without "
                "modifications to text."
            ),
            {"syndication": ""},
        ),
        ("", "Photo: Jane Smith/Getty Images", {"photo_credit": "Jane Smith/Getty Images"}),
        ("", "(Photo by Lee Min/AFP via Getty Images)", {"photo_credit": "Lee Min/AFP"}),
        (
            "By Carla Mendes | Updated: 12 Feb 2025, 09:40 PM IST",
            "",
            {"authors": "Carla Mendes", "updated": "2025-02-12T21:40:00+05:30"},
        ),
        ("Report by Kevin O'Neill", "", {"authors": "Kevin O'Neill"}),
        ("Reported by Priya Nair, Edited by Rahul Dev", "", {"authors": "Priya Nair"}),
        (
            "By Elena Rossi\nMarch 5, 2024",
            "",
            {"authors": "Elena Rossi", "published": "2024-03-05"},
        ),
        ("Elena Rossi\nSenior Correspondent\nMarch 5, 2024", "", {"published": "2024-03-05"}),
        ("Words by Tom Hale", "", {"authors": "Tom Hale"}),
        ("By Nina Patel, CNN", "", {"authors": "Nina Patel"}),
        ("By Nina Patel and Omar Aziz", "", {"authors": "Omar Aziz"}),
        ("By The Associated Press", "", {"credits": "AP"}),
        ("By AFP", "", {"credits": "AFP"}),
        ("", "— With reporting by Bloomberg", {"credits": "Bloomberg"}),
        ("LONDON, March 3 (Reuters) - ", "", {"credits": "Reuters"}),
        ("TOKYO (Kyodo) --", "", {"credits": "Kyodo"}),
        (
            "",
            "(Reporting by Anna Berg in Berlin; Writing by Mark Cole; Editing by Sue Lin)",
            {"authors": "Anna Berg"},
        ),
        ("", "© Agence France-Presse", {"credits": "AFP"}),
        ("", "Source: IANS", {"credits": "IANS"}),
        (
            "",
            (
                "(This story has not been edited by Metro Now staff and is auto-generated from a "
                "syndicated feed.)"
            ),
            {"publisher": "Metro Now", "syndication": ""},
        ),
        (
            "",
            (
                "This article originally appeared on Valley Post and is republished here with "
                "permission."
            ),
            {"publisher": "Valley Post"},
        ),
        ("", "Originally posted on The Riverside Gazette", {"publisher": "The Riverside Gazette"}),
        ("", "Continue reading on Northern Star", {"publisher": "Northern Star"}),
        (
            "",
            "View original article at https://northernstar.example.com/a/1",
            {"original_url": "northernstar.example.com/a/1"},
        ),
        (
            "",
            "Original article: https://gazette.example.org/2024/03/housing",
            {"original_url": "gazette.example.org/2024/03/housing"},
        ),
        (
            "",
            (
                "Feedzone is a news aggregator. It collects stories automatically from sources "
                "across the web; all rights belong to the original publishers."
            ),
            {"aggregator": "Feedzone"},
        ),
        (
            "",
            (
                "Disclaimer: QuickNews is an automated aggregator. Content is removed within 24 "
                "hours upon request by the rightful owner."
            ),
            {"aggregator": "QuickNews"},
        ),
        ("", "This post was automatically imported from an RSS feed.", {"syndication": ""}),
        ("", "Image credit: Unsplash", {"photo_credit": "Unsplash"}),
        ("", "Featured image: Reuters/John Doe", {"photo_credit": "Reuters"}),
        ("Updated on: 05 Mar 2024, 6:30 pm", "", {"updated": "2024-03-05T18:30"}),
        ("Mar 5 2024, 18:30 IST", "", {"published": "2024-03-05T18:30:00+05:30"}),
        ("05.03.2024 | 18:30", "", {"published": "2024-03-05T18:30"}),
        ("2024/03/05 18:30", "", {"published": "2024-03-05T18:30"}),
        ("Publish Date: Tuesday, March 5, 2024", "", {"published": "2024-03-05"}),
        (
            "Created: 5 March 2024 Last update: 6 March 2024",
            "",
            {"published": "2024-03-05", "updated": "2024-03-06"},
        ),
        (
            "Le 5 mars 2024 à 18h30, mis à jour le 6 mars 2024 à 09h00",
            "",
            {"published": "2024-03-05T18:30", "updated": "2024-03-06T09:00"},
        ),
        ("Stand: 05.03.2024 18:30 Uhr", "", {"updated": "2024-03-05T18:30"}),
        ("Actualizado: 05/03/2024 18:30 CET", "", {"updated": "2024-03-05T18:30:00+01:00"}),
        ("By Maya Cohen | Jerusalem Bureau", "", {"authors": "Maya Cohen"}),
        ("By Maya Cohen, Staff Writer", "", {"authors": "Maya Cohen"}),
        ("By Maya Cohen, Luis Ortega and Wei Zhang", "", {"authors": "Wei Zhang"}),
        ("Aug. 5, 2024", "", {"published": "2024-08-05"}),
        ("5th March, 2024", "", {"published": "2024-03-05"}),
        ("Tue 05 Mar 2024 18.30 GMT", "", {"published": "2024-03-05T18:30:00+00:00"}),
        ("05 March 2024, 18:30 +0000", "", {"published": "2024-03-05T18:30:00+00:00"}),
        ("Mar 05 2024 6:30PM", "", {"published": "2024-03-05T18:30"}),
        ("PARIS (AFP) - ", "", {"credits": "AFP"}),
        ("WASHINGTON — (AP)", "", {"credits": "AP"}),
        ("", "— dpa/Reuters", {"credits": "dpa"}),
        ("", "Syndicated from Lakeside Observer.", {"publisher": "Lakeside Observer"}),
        (
            "",
            "Published in partnership with Hill Country News.",
            {"publisher": "Hill Country News"},
        ),
        ("", "This article first appeared on Bay Area Wire.", {"publisher": "Bay Area Wire"}),
        (
            "",
            (
                "Newsly is a news aggregator website. All credit goes to the original source. "
                "We do not own any of the content."
            ),
            {"aggregator": "Newsly"},
        ),
        (
            "",
            (
                "(Except for the headline, this story has not been edited by Desk24 staff and is "
                "published from a syndicated feed.)"
            ),
            {"publisher": "Desk24"},
        ),
    ],
)
def test_wording(head: str, tail: str, want: dict[str, str]) -> None:
    article = _article(head, tail)
    got: dict[str, list[str]] = {}
    for f in article.provenance:
        got.setdefault(f.kind, []).append(f.value.lower())
    for kind, value in want.items():
        assert any(value.lower() in v for v in got.get(kind, [])), (kind, value, got)


@pytest.mark.parametrize(
    ("head", "tail"),
    [
        (
            "",
            (
                "The Associated Press reported last week that the talks had stalled, according to "
                "people familiar with the matter."
            ),
        ),
        (
            (
                "He said he would read more on the subject before deciding whether to support the "
                "measure in the next session."
            ),
            "",
        ),
        (
            (
                "The report originally appeared to show a drop in crime, but analysts later found "
                "errors in the data."
            ),
            "",
        ),
        (
            (
                "Reuters Hall was packed on Saturday night as the band played its first concert in "
                "a decade."
            ),
            "",
        ),
        (
            "",
            (
                "She was born on March 5, 1984 in a small town near the coast and moved to the "
                "city as a teenager."
            ),
        ),
    ],
)
def test_prose_mentions_give_no_fact(head: str, tail: str) -> None:
    facts = [f for f in _article(head, tail).provenance if f.kind not in ("language", "title")]
    assert facts == []


def test_collected_automatically_by() -> None:
    tail = "All the news on this site is collected automatically by Headline Hub."
    assert _article("", tail).provenance.value("aggregator") == "Headline Hub"


DE = (
    "Die Stadt hat am Dienstag angekündigt, dass die neuen Regeln im kommenden Monat in Kraft "
    "treten, nach einer langen Beratung mit den Anwohnern."
)
FR = (
    "La ville a annoncé mardi que les nouvelles règles entreront en vigueur le mois prochain, "
    "après une longue consultation avec les habitants."
)
ES = (
    "La ciudad anunció el martes que las nuevas normas entrarán en vigor el próximo mes, tras "
    "una larga consulta con los vecinos de la zona."
)


@pytest.mark.parametrize(
    ("prose", "head", "tail", "want"),
    [
        (DE, "Von Anna Schmidt und Peter Wolf", "", {"authors": "Peter Wolf"}),
        (DE, "BERLIN (dpa) -", "", {"credits": "dpa"}),
        (DE, "", "Mit Material von AFP und Reuters", {"credits": "AFP"}),
        (
            DE,
            "",
            "Dieser Artikel erschien zuerst bei der Rheinischen Rundschau.",
            {"publisher": "Rheinischen Rundschau"},
        ),
        (DE, "", "Foto: Max Muster/dpa", {"photo_credit": "Max Muster/dpa"}),
        (FR, "Par Marie Dubois et Jean Martin", "", {"authors": "Jean Martin"}),
        (
            FR,
            "Publié le 3 mars 2024 à 10h15, mis à jour le 4 mars 2024 à 08h00",
            "",
            {"published": "2024-03-03T10:15", "updated": "2024-03-04T08:00"},
        ),
        (FR, "", "Avec AFP", {"credits": "AFP"}),
        (
            FR,
            "",
            "Cet article a été publié initialement dans Le Courrier du Sud.",
            {"publisher": "Le Courrier du Sud"},
        ),
        (
            FR,
            "",
            "Source : https://www.exemple.fr/societe/article-42",
            {"original_url": "exemple.fr"},
        ),
        (ES, "Por María López y Juan Pérez", "", {"authors": "Juan Pérez"}),
        (ES, "MADRID (EFE) -", "", {"credits": "EFE"}),
        (ES, "", "Con información de Europa Press", {"credits": "Europa Press"}),
        (
            ES,
            "",
            "Este artículo fue publicado originalmente en El Diario del Sur.",
            {"publisher": "El Diario del Sur"},
        ),
        (ES, "", "Foto: Ana García / EFE", {"photo_credit": "Ana García"}),
        (
            DE,
            "",
            "Quelle: https://www.beispiel-zeitung.de/politik/artikel-123.html",
            {"original_url": "beispiel-zeitung.de/politik/artikel-123"},
        ),
        (
            ES,
            "",
            "Fuente: https://www.ejemplo.es/sociedad/noticia-7",
            {"original_url": "ejemplo.es/sociedad/noticia-7"},
        ),
    ],
)
def test_wording_in_other_languages(prose: str, head: str, tail: str, want: dict[str, str]) -> None:
    article = newsclean.clean(f"{TITLE}\n{head}\n\n{prose}\n\n{prose}\n\n{tail}\n")
    got: dict[str, list[str]] = {}
    for f in article.provenance:
        got.setdefault(f.kind, []).append(f.value.lower())
    for kind, value in want.items():
        assert any(value.lower() in v for v in got.get(kind, [])), (kind, value, got)


def test_aggregator_that_does_not_create_content() -> None:
    tail = "NOTICE — Feedhaus does not produce this content; it is aggregated from RSS feeds."
    assert _article("", tail).provenance.value("aggregator") == "Feedhaus"


def test_lower_case_swiss_agency_in_a_dateline() -> None:
    head = "ZÜRICH (sda) – Der Stadtrat hat am Dienstag ein neues Verkehrskonzept beschlossen."
    assert _article(head, "").provenance.value("credits") == "Keystone-SDA"
