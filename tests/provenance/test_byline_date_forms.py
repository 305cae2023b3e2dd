"""Publication dates on byline lines: after an agency in brackets ("By X (PTI), 30 Jul 2019"),
after a wire sign-off ("Reporting by X | Reuters, 14 Mar 2022"), numeric dates read day first
after a German, French or Spanish byline label ("Autor: X | 11/01/2019"); and byline lines whose
date is not the story's (an editor's, an update) or is missing."""

from __future__ import annotations

import pytest

import newsclean
from newsclean.provenance import BylinesStep

from .helpers import NORMALISER, pairs, run

STEP = BylinesStep(normaliser=NORMALISER)
PROSE = "The council met for a long time and agreed on a plan that nobody had expected before."


def _published(line: str) -> list[tuple[str, str]]:
    return pairs(run(STEP, f"Headline\n\n{line}\n\n{PROSE}"), "published")


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("By Tomas Ekberg (IANS), 2 Feb 2021, 9:15 PM", "2021-02-02T21:15:00"),
        ("By Lena Park [AFP] | 12 October 2023", "2023-10-12"),
        ("Reporting by Omar Haddad | AFP, 5 Jun 2020, 11:40 AM", "2020-06-05T11:40:00"),
        ("Reporting by Kate Olsen and Ravi Menon, 18 Aug 2022", "2022-08-18"),
        ("Autora: Marta Gil | 03/02/2020 - 09:10", "2020-02-03T09:10:00"),
        ("Auteur : Paul Lenoir — 07/11/2018", "2018-11-07"),
        ("Par Claire Dubois, 09/04/2021", "2021-04-09"),
        ("Redacción: Sofía Paredes | 12/05/2022", "2022-05-12"),
        # an English byline keeps month first
        ("By Dana Whitfield | 04/06/2023", "2023-04-06"),
    ],
)  # fmt: skip
def test_byline_dates(line: str, value: str) -> None:
    assert _published(line) == [("published", value)]


@pytest.mark.parametrize(
    "line",
    [
        "Reporting by Jane Doe; Editing by John Roe on March 3, 2024",
        "Reporting by Jane Doe in Berlin; Editing by John Roe",
        "By Amy Chen (Reuters) | Updated 4 May 2021",
        # prose that starts like a sign-off
        "Reporting by local radio on 3 May 2021 prompted the council to act, the mayor said.",
    ],
)
def test_byline_lines_without_the_story_date(line: str) -> None:
    assert _published(line) == []


@pytest.mark.parametrize(
    ("line", "value", "evidence"),
    [
        ("Submitted by Grace Tan on 2023-10-10 14:19:00 GMT", "2023-10-10T14:19:00+00:00",
         "2023-10-10 14:19:00 GMT"),
        ("By Jane Roe | 2024-03-03 09:00 (EST)", "2024-03-03T09:00:00-05:00",
         "2024-03-03 09:00 (EST)"),
        ("By Jane Roe | 2024-03-03 09:00 and more", "2024-03-03T09:00:00", "2024-03-03 09:00"),
    ],
)  # fmt: skip
def test_an_iso_date_time_on_a_byline_keeps_its_zone(line: str, value: str, evidence: str) -> None:
    art = newsclean.clean(f"Harbour bridge reopens after repairs\n\n{line}\n\n{PROSE}")
    got = art.provenance.first("published")
    assert got is not None and (got.value, got.evidence) == (value, evidence)
