"""Regional zone names (South Asia, Atlantic Canada, Caribbean, Québec, Latin America), French
"1 h 41" clock times, "hrs." and date labels drawn as icons or in more wordings."""

from __future__ import annotations

import pytest

from newsclean.provenance import DatesStep

from .helpers import NORMALISER, pairs, run

STEP = DatesStep(normaliser=NORMALISER)
PROSE = "The council met for a long time and agreed on a plan that nobody had expected before."


@pytest.mark.parametrize(
    ("line", "kind", "value"),
    [
        ("Published: 3 March 2022, 9:10 PM BdST", "published", "2022-03-03T21:10:00+06:00"),
        ("Posted: 14 May 2023 08:00 SLST", "published", "2023-05-14T08:00:00+05:30"),
        ("Updated: Feb 2, 2024 7:45 AM PhST", "updated", "2024-02-02T07:45:00+08:00"),
        ("Published: Jan 5, 2023, 4:00 PM AST", "published", "2023-01-05T16:00:00-04:00"),
        ("Updated: July 9, 2023 2:30 PM ADT", "updated", "2023-07-09T14:30:00-03:00"),
        ("Published: July 9, 2023 2:30 PM NDT", "published", "2023-07-09T14:30:00-02:30"),
        ("Updated on Dec 1, 2023 | 6:05 PM AT", "updated", "2023-12-01T18:05:00-04:00"),
        ("Updated on Jun 1, 2023 | 6:05 PM AT", "updated", "2023-06-01T18:05:00-03:00"),
        ("Publié le 3 juin 2023 à 7 h 05 HAE", "published", "2023-06-03T07:05:00-04:00"),
        ("Mis à jour le 3 février 2023 à 17 h 40 HNE", "updated", "2023-02-03T17:40:00-05:00"),
        ("Publicado: 8 de mayo de 2023 - 20:52 hrs. GMT-5", "published",
         "2023-05-08T20:52:00-05:00"),
        ("Publicado el 2 de abril de 2024, 11:00 COT", "published", "2024-04-02T11:00:00-05:00"),
    ],
)  # fmt: skip
def test_regional_zones_and_clock_formats(line: str, kind: str, value: str) -> None:
    assert pairs(run(STEP, f"A headline\n\n{line}\n\n{PROSE}")) == [(kind, value)]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("⟳ Updated 4 Jul 2024, 11:20 PKT", [("updated", "2024-07-04T11:20:00+05:00")]),
        ("🗓 Published March 2, 2023", [("published", "2023-03-02")]),
        ("Uploaded on 2021-04-28 16:00 NZST", [("published", "2021-04-28T16:00:00+12:00")]),
        ("Date Posted: 1st Sep 2022", [("published", "2022-09-01")]),
        ("Mis en ligne le 02/11/2022 à 08:15", [("published", "2022-11-02T08:15:00")]),
        ("Modifié le 5 avril 2022, 10:08 CEST", [("updated", "2022-04-05T10:08:00+02:00")]),
        ("Modificado el 9 de junio de 2023", [("updated", "2023-06-09")]),
        ("Last edited May 7, 2021 1:40 AM GMT+6", [("updated", "2021-05-07T01:40:00+06:00")]),
        ("Fecha de publicación: 19 de mayo de 2025", [("published", "2025-05-19")]),
        (
            "Posted On: 2 August 2023 - 1:20 PM EST  ⟳ Updated 13/08/2023 02:00 EST",
            [("published", "2023-08-02T13:20:00-05:00"), ("updated", "2023-08-13T02:00:00-05:00")],
        ),
        (
            "Publicado: 16/07/2025 / Última actualización: 17/07/2025 16:15 GMT-4",
            [("published", "2025-07-16"), ("updated", "2025-07-17T16:15:00-04:00")],
        ),
        ("Sep 6, 2022 — 8 min read", [("published", "2022-09-06")]),
        ("6 min read · Dienstag, 28. Juni 2022", [("published", "2022-06-28")]),
    ],
)
def test_more_label_wordings(line: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(run(STEP, f"A headline\n\n{line}\n\n{PROSE}")) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a label in prose, or a date inside a URL path: not a date line
        f"A headline\n\n{PROSE} It was uploaded on March 2, 2023 by the clerk.",
        "A headline\n\nhttps://example.org/news/posted-2023-05-12-market\n\n" + PROSE,
        # a date in brackets in the story is the story's
        f"A headline\n\n{PROSE}\n\n(Published Monday, Nov. 18, 2019)\n\n{PROSE}",
        # an all-capitals word after a time is no zone unless the table lists it
        f"A headline\n\n{PROSE} The vote was at 9:30 PM MON in the hall.",
    ],
)
def test_not_date_lines(text: str) -> None:
    assert pairs(run(STEP, text)) == []
