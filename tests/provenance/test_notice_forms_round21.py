"""Provenance forms first met on a blind corpus's dev split, in the project's own wordings: a
photo credit labelled with a dash gives its agency; "copy supplied by <agency>" credits the
wire; a removed syndication notice in German, French or Spanish names its publisher after
"von", "de", "chez"..."""

from __future__ import annotations

import pytest

import newsclean

STORY = (
    "Harbour ferry timetable changes from Monday\n\n"
    "The harbour authority said on Friday that the ferry will run every twenty minutes from "
    "Monday, after months of complaints from commuters about crowded boats.\n\n"
    "{line}\n\n"
    "Officials said the new timetable would be reviewed in the spring, once passenger numbers "
    "for the winter season are known and the new boats are in service.\n"
)


def _clean(line: str) -> newsclean.Article:
    return newsclean.clean(STORY.format(line=line))


@pytest.mark.parametrize(
    ("line", "agency"),
    [
        ("Commuters at the terminal. (Photo credit — Ines Vardy/AFP via Getty Images)", "AFP"),
        ("Commuters at the terminal. (Image – Tom Berrow/Reuters)", "Reuters"),
    ],
)
def test_photo_credit_after_a_dash(line: str, agency: str) -> None:
    art = _clean(line)
    assert agency in [f.value for f in art.provenance.all("credits")]
    assert art.provenance.first("photo_credit") is not None


def test_copy_supplied_by_a_wire() -> None:
    art = _clean("Copy supplied by Reuters")
    assert "Copy supplied by Reuters" not in art.body
    assert [f.value for f in art.provenance.all("credits")] == ["Reuters"]


def test_copy_supplied_by_a_person_is_no_credit() -> None:
    art = _clean("Copy supplied by the harbour master, who asked not to be named.")
    assert art.provenance.all("credits") == ()


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("Dieser Beitrag wurde von Weserblick Kurier übernommen und erscheint im Rahmen einer "
         "Content-Partnerschaft.", "Weserblick Kurier"),
        ("Article repris de La Gazette du Lac en vertu d'un accord de syndication.",
         "La Gazette du Lac"),
        ("Contenido reproducido con autorización de El Faro Comarcal.", "El Faro Comarcal"),
    ],
)  # fmt: skip
def test_publisher_named_in_a_foreign_syndication_notice(line: str, publisher: str) -> None:
    art = newsclean.clean(STORY.format(line="Advertisement\n\n" + line))
    assert line not in art.body
    fact = art.provenance.first("publisher")
    assert fact is not None and fact.value == publisher
