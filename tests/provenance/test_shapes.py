"""More evidence shapes through the whole pipeline: dateline punctuation, agency attribution
sentences, byline dates after "on", day-first numeric dates on German/French/Spanish lines,
"3rd of June", dashed numeric dates and more update labels."""

from __future__ import annotations

import pytest

import newsclean

BODY = (
    "The harbour authority reopened the northern pier on Monday after repairs, officials said.\n\n"
    "Ferries will run a reduced timetable until the end of the month, the operator added."
)


def values(text: str, kind: str) -> list[str]:
    return sorted({f.value for f in newsclean.clean(text).provenance if f.kind == kind})


@pytest.mark.parametrize(
    ("dateline", "agency"),
    [
        ("Lima, 4 may (EFE).-", "EFE"),
        ("TUNIS, Tunisia (AP) _", "AP"),
        ("Quito, 12 oct (EFE). -", "EFE"),
    ],
)
def test_dateline_punctuation(dateline: str, agency: str) -> None:
    assert values(f"Pier reopens\n\n{dateline} {BODY}\n", "credits") == [agency]


@pytest.mark.parametrize(
    ("line", "agency"),
    [
        ("This report was supplied by Agence France-Presse.", "AFP"),
        ("This story has been provided by Kyodo News.", "Kyodo"),
        ("Published by arrangement with Reuters", "Reuters"),
        ("Distributed by the Associated Press.", "AP"),
    ],
)
def test_attribution_sentences(line: str, agency: str) -> None:
    text = f"Pier reopens\n\n{BODY}\n\n{line}\n"
    a = newsclean.clean(text)
    assert values(text, "credits") == [agency]
    assert line not in a.body


@pytest.mark.parametrize(
    ("byline", "date", "author"),
    [
        ("By Nora Lindgren on March 9, 2022", "2022-03-09", "Nora Lindgren"),
        ("Written by Idris Bello on 9 March 2022 at 4:30 pm", "2022-03-09T16:30:00", "Idris Bello"),
        ("Posted by Mei Tanaka on Wednesday, 9 March 2022", "2022-03-09", "Mei Tanaka"),
    ],
)
def test_byline_date_after_on(byline: str, date: str, author: str) -> None:
    text = f"Pier reopens\n\n{byline}\n\n{BODY}\n"
    assert values(text, "published") == [date]
    assert values(text, "authors") == [author]


@pytest.mark.parametrize(
    ("line", "kind", "value"),
    [
        ("Publicado: 05/03/2022 09:40", "published", "2022-03-05T09:40:00"),
        ("Última actualización: 05/03/2022 09:40", "updated", "2022-03-05T09:40:00"),
        ("Publié le 05/03/2022 à 09h40", "published", "2022-03-05T09:40:00"),
        ("Dernière mise à jour : 5 mars 2022", "updated", "2022-03-05"),
        ("Aktualisiert: 05/03/2022 um 09:40 Uhr", "updated", "2022-03-05T09:40:00"),
        ("Date: 05/03/2022", "published", "2022-05-03"),
        ("Published on 5th of March, 2022", "published", "2022-03-05"),
        ("Pub date: 05-03-2022", "published", "2022-03-05"),
        ("Update: 05/03/2022 09:40 CET", "updated", "2022-03-05T09:40:00+01:00"),
    ],
)
def test_date_shapes(line: str, kind: str, value: str) -> None:
    assert values(f"Pier reopens\n\n{line}\n\n{BODY}\n", kind) == [value]


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Updated: 9 May 2022 18:05 WITA", "2022-05-09T18:05:00+08:00"),
        ("Updated: 9 May 2022 18:05 WIT", "2022-05-09T18:05:00+09:00"),
        ("Updated: 9 May 2022 18:05 MYT", "2022-05-09T18:05:00+08:00"),
        ("Updated: 9 Jan 2022 18:05 ACDT", "2022-01-09T18:05:00+10:30"),
        ("Updated: 9 Jan 2022 18:05 AET", "2022-01-09T18:05:00+11:00"),
        ("Updated: 9 May 2022 18:05 AET", "2022-05-09T18:05:00+10:00"),
    ],
)
def test_more_zones(line: str, value: str) -> None:
    assert values(f"Pier reopens\n\n{line}\n\n{BODY}\n", "updated") == [value]


@pytest.mark.parametrize(
    ("line", "date", "authors"),
    [
        ("March 9, 2022 by Nora Lindgren", "2022-03-09", ["Nora Lindgren"]),
        ("Posted on 9 March 2022 by Idris Bello and Mei Tanaka", "2022-03-09",
         ["Idris Bello", "Mei Tanaka"]),
    ],
)  # fmt: skip
def test_date_then_byline(line: str, date: str, authors: list[str]) -> None:
    text = f"Pier reopens\n\n{line}\n\n{BODY}\n"
    assert values(text, "published") == [date]
    assert values(text, "authors") == sorted(authors)


@pytest.mark.parametrize(
    "line",
    [
        "Hafenblick ist ein automatisierter Nachrichtenaggregator.",
        "Hafenblick est un agrégateur de contenus automatisé.",
        "Hafenblick es un agregador de noticias automatizado.",
    ],
)
def test_aggregator_adjective_after_or_inflected(line: str) -> None:
    a = newsclean.clean(f"Pier reopens\n\n{BODY}\n\n{line}\n")
    assert a.provenance.values("aggregator") == ["Hafenblick"]
    assert line not in a.body
