"""Byline labels before a colon ("Reporter:", "Words:", "Redacción:"), the writing-hand icon,
"Submitted by", "Ein Artikel von", and a date label that follows the names."""

from __future__ import annotations

import pytest

from newsclean.provenance import BylinesStep

from .helpers import NORMALISER, pairs, run

STEP = BylinesStep(normaliser=NORMALISER)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Reporter: Farhana Kabir", [("authors", "Farhana Kabir")]),
        ("Words: Tomasz Wrona", [("authors", "Tomasz Wrona")]),
        ("Redacción: Lucía Paredes y Andrés Mora",
         [("authors", "Lucía Paredes"), ("authors", "Andrés Mora")]),
        ("✍️ Kieran Walsh", [("authors", "Kieran Walsh")]),
        ("Submitted by Olga Petrenko on 2023-10-10 14:19:00 GMT",
         [("authors", "Olga Petrenko"), ("published", "2023-10-10T14:19:00+00:00")]),
        ("Ein Artikel von Sabine Roth · 16.04.2021 | 20:05 MESZ",
         [("authors", "Sabine Roth"), ("published", "2021-04-16T20:05:00+02:00")]),
        ("By Imran Qureshi  Published Nov 8, 2021 | 12:41 AM PKT",
         [("authors", "Imran Qureshi"), ("published", "2021-11-08T00:41:00+05:00")]),
        ("By Helen Brady on Sunday, June 25, 2023",
         [("authors", "Helen Brady"), ("published", "2023-06-25")]),
        ("Story by Ciara Nolan  Updated: Jan 20, 2025 | 4:41 AM GMT", [("authors", "Ciara Nolan")]),
        ("Reporter: Farhana Kabir · Sports Desk", [("authors", "Farhana Kabir")]),
    ],
)  # fmt: skip
def test_labelled_bylines(line: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(run(STEP, f"Headline\n\n{line}\n\nThe story starts here.")) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Words matter more than ever, the minister said on Monday.",
        "Reporters were kept outside the building for an hour.",
        "Redacción y edición: equipo de la casa",
        "Submitted by readers, the photos show the flooded streets.",
    ],
)
def test_not_bylines(line: str) -> None:
    assert pairs(run(STEP, f"Headline\n\n{line}\n\nThe story starts here."), "authors") == []
