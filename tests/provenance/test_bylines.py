"""Authors from bylines, in several languages; sentences that start with "By" are not bylines."""

from __future__ import annotations

import pytest

from newsclean.provenance import BylinesStep

from .helpers import NORMALISER, pairs, run

STEP = BylinesStep(normaliser=NORMALISER)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By Jane Doe and John Roe", [("authors", "Jane Doe"), ("authors", "John Roe")]),
        ("By Maria Garcia, Associated Press", [("authors", "Maria Garcia"), ("credits", "AP")]),
        ("By AFP", [("credits", "AFP")]),
        ("By Reuters Staff", [("credits", "Reuters")]),
        ("BY Ahmed Al-Masri | Updated: 2 May 2024", [("authors", "Ahmed Al-Masri")]),
        ("Written by Priya Raghavan", [("authors", "Priya Raghavan")]),
        ("Author: Kwame Mensah", [("authors", "Kwame Mensah")]),
        ("Von Hans-Peter Müller und Anna Schmidt",
         [("authors", "Hans-Peter Müller"), ("authors", "Anna Schmidt")]),
        ("Par Jean de La Fontaine", [("authors", "Jean de La Fontaine")]),
        ("Por Carlos Ruiz y Lucía Fernández",
         [("authors", "Carlos Ruiz"), ("authors", "Lucía Fernández")]),
        ("• By Mary O'Brien for The Daily Example", [("authors", "Mary O'Brien")]),
        ("Reporting by Jane Doe in Berlin; Editing by John Roe", [("authors", "Jane Doe")]),
        ("Rédigé par Élise Martin", [("authors", "Élise Martin")]),
        ("Un article de Paul Girard", [("authors", "Paul Girard")]),
        ("Escrito por Marta Vidal", [("authors", "Marta Vidal")]),
        ("Geschrieben von Jonas Keller", [("authors", "Jonas Keller")]),
        ("By: Arjun Nair (PTI)", [("authors", "Arjun Nair"), ("credits", "PTI")]),
    ],
)  # fmt: skip
def test_bylines(line: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(run(STEP, f"Headline\n\n{line}\n\nThe story starts here.")) == expected


@pytest.mark.parametrize(
    "line",
    [
        "By the end of the day, the markets had recovered.",
        "By Sunday Night",
        "By 2030 the city plans to be carbon neutral.",
        "By contrast, exports fell.",
        "By Monday Morning the water had receded from the town.",
        "Stand By Me is a film.",
    ],
)
def test_not_bylines(line: str) -> None:
    assert run(STEP, line) == []


def test_one_fact_per_author() -> None:
    text = "By Jane Doe\n\nStory.\n\nBy Jane Doe and Li Wei"
    assert pairs(run(STEP, text)) == [("authors", "Jane Doe"), ("authors", "Li Wei")]
