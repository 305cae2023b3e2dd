"""Date lines in many formats and languages; dates in prose are not facts."""

from __future__ import annotations

import pytest

import newsclean
from newsclean.provenance import DatesStep

from .helpers import NORMALISER, pairs, run

STEP = DatesStep(normaliser=NORMALISER)
PROSE = "The committee met for a long time and agreed on a plan that nobody had expected before."


@pytest.mark.parametrize(
    ("line", "kind", "value"),
    [
        ("Published: March 3, 2024 at 4:15 p.m. EST", "published", "2024-03-03T16:15:00-05:00"),
        ("Posted on 2024-03-03T16:15:00Z", "published", "2024-03-03T16:15:00+00:00"),
        ("Last updated 03/03/2024 16:15 GMT", "updated", "2024-03-03T16:15:00+00:00"),
        ("Veröffentlicht am 3. März 2024", "published", "2024-03-03"),
        ("Aktualisiert: 18.06.2023, 07:28 MESZ", "updated", "2023-06-18T07:28:00+02:00"),
        ("Mis à jour le 3 mars 2024 à 16h15", "updated", "2024-03-03T16:15:00"),
        ("Publicado el 3 de marzo de 2024, 10:00 CET", "published", "2024-03-03T10:00:00+01:00"),
        ("Updated: Sunday, 18 June 2023 14:00 (UTC+8)", "updated", "2023-06-18T14:00:00+08:00"),
        ("Date: Jan 15, 2024 9:05 am PT", "published", "2024-01-15T09:05:00-08:00"),
        ("Date: Jul 15, 2024 9:05 am PT", "published", "2024-07-15T09:05:00-07:00"),
        ("UPDATED 4:15 PM ET, March 3, 2024", "updated", "2024-03-03T16:15:00-05:00"),
        ("Published 2023-11-02 08:00:00 +0530", "published", "2023-11-02T08:00:00+05:30"),
        ("First published on Tue 4 Jun 2024 10.30 BST", "published", "2024-06-04T10:30:00+01:00"),
        ("Dated: 25/12/2023", "published", "2023-12-25"),
        ("Date: 04/03/2023 17:02 CET", "published", "2023-03-04T17:02:00+01:00"),
        ("Date: 04/03/2023 17:02 ET", "published", "2023-04-03T17:02:00-04:00"),
        # a bare numeric offset right after a time (e-mail and feed dates)
        ("Posted: Sun, 03 Mar 2024 10:15:00 +0100", "published", "2024-03-03T10:15:00+01:00"),
        ("Updated March 3, 2024 10:15 -05:00", "updated", "2024-03-03T10:15:00-05:00"),
    ],
)
def test_labelled_date_lines(line: str, kind: str, value: str) -> None:
    facts = run(STEP, f"A headline\n\n{line}\n\n{PROSE}")
    assert pairs(facts) == [(kind, value)]


def test_published_and_updated_on_one_byline_line() -> None:
    text = "By Jane Doe | Published: June 18, 2023 9:05 am ET | Updated: June 19, 2023 8:00 am ET"
    assert pairs(run(STEP, text)) == [
        ("published", "2023-06-18T09:05:00-04:00"),
        ("updated", "2023-06-19T08:00:00-04:00"),
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Publish Date: Tuesday, March 5, 2024", [("published", "2024-03-05")]),
        (
            "Created: 5 March 2024 Last update: 6 March 2024",
            [("published", "2024-03-05"), ("updated", "2024-03-06")],
        ),
        (
            "March 5, 2024, updated March 6, 2024 9:00 am ET",
            [("published", "2024-03-05"), ("updated", "2024-03-06T09:00:00-05:00")],
        ),
        (
            "Le 5 mars 2024 à 18h30, mis à jour le 6 mars 2024 à 09h00",
            [("published", "2024-03-05T18:30:00"), ("updated", "2024-03-06T09:00:00")],
        ),
        (
            "Veröffentlicht: 03.03.2024, 10:15 Uhr | Aktualisiert: 04.03.2024, 08:00 Uhr",
            [("published", "2024-03-03T10:15:00"), ("updated", "2024-03-04T08:00:00")],
        ),
        (
            "Publicado el 3 de marzo de 2024, 10:15 | Actualizado el 4 de marzo de 2024, 08:00",
            [("published", "2024-03-03T10:15:00"), ("updated", "2024-03-04T08:00:00")],
        ),
    ],
)
def test_date_lines_cut_by_the_phrase_table(line: str, expected: list[tuple[str, str]]) -> None:
    """Lines the ``date_line`` rule removes record their dates too, whatever the label (or
    none before a published date that an update follows)."""
    article = newsclean.clean(f"A headline\n\n{line}\n\n{PROSE}\n\n{PROSE}")
    got = [(f.kind, f.value) for f in article.provenance if f.kind in ("published", "updated")]
    assert got == expected
    assert line not in article.body


def test_first_date_of_a_kind_wins() -> None:
    text = "Updated: 1 May 2024\n\nUpdated: 2 May 2024"
    assert pairs(run(STEP, text)) == [("updated", "2024-05-01")]


def test_bare_date_in_the_head_is_published() -> None:
    facts = run(STEP, f"A headline\nFebruary 29, 2024\n{PROSE}")
    assert pairs(facts) == [("published", "2024-02-29")]
    assert facts[0].confidence < 1


@pytest.mark.parametrize(
    "text",
    [
        f"A headline\n{PROSE}\nFebruary 29, 2024",  # a bare date after the prose
        "The photo was taken in Beijing on June 18, 2023, before the talks.",
        "Updated figures released June 18, 2023 show growth.",
        "Published: sometime next week",
        "Date: 31 February 2023",
        "The deal is dated from May 2023 and runs to June.",
        "Posted in World News",
    ],
)
def test_no_invented_dates(text: str) -> None:
    assert run(STEP, text) == []
