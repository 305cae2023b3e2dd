"""Date lines in more forms: a print-edition folio line in the head ("PAPER ▪ date ▪ PAGE 8"),
a "Published:" field inside a one-line run of "Field: value" pairs, a clock or calendar symbol
as the label anywhere, a bracketed labelled line that was removed, and a labelled date line a
list step took for one of the list's items."""

from __future__ import annotations

import pytest

import newsclean
from newsclean.provenance import DatesStep

from .helpers import NORMALISER, pairs, run

STEP = DatesStep(normaliser=NORMALISER)
PROSE = "The council met for a long time and agreed on a plan that nobody had expected before."
TITLE = "Council agrees a plan"


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("THE DAILY EXAMPLE ▪ THURSDAY, MARCH 14, 2024 ▪ PAGE 7", "2024-03-14"),
        ("12  Wednesday, 6 September 2023  NORTHERN ECHO", "2023-09-06"),
        ("Page 3 | Friday, June 2, 2023 | Lakeside Times", "2023-06-02"),
        ("LA VOZ DEL SUR · martes, 4 de abril de 2023 · Página 12", "2023-04-04"),
        ("Seite 5  Donnerstag, 9. März 2023  Kreisbote", "2023-03-09"),
    ],
)
def test_folio_line_in_the_head(line: str, value: str) -> None:
    assert pairs(run(STEP, f"{line}\n\n{TITLE}\n\n{PROSE}")) == [("published", value)]


@pytest.mark.parametrize(
    "line",
    [
        "THE DAILY EXAMPLE ▪ THURSDAY, MARCH 14, 2024 ▪ SPORTS",  # no page number cell
        "Tickets for the show on Friday, June 2, 2023 cost 12 dollars each",  # prose
    ],
)
def test_no_folio_without_a_page_cell(line: str) -> None:
    assert pairs(run(STEP, f"{line}\n\n{TITLE}\n\n{PROSE}")) == []


def test_folio_line_after_the_story_is_not_read() -> None:
    text = f"{TITLE}\n\n{PROSE}\n\nTHE DAILY EXAMPLE ▪ THURSDAY, MARCH 14, 2024 ▪ PAGE 7"
    assert pairs(run(STEP, text)) == []


@pytest.mark.parametrize(
    ("line", "kind", "value"),
    [
        ("Written by Ana Ruiz Category: Local Published: 27/07/2024 Hits: 311", "published",
         "2024-07-27"),
        ("Details Written by Tom Lee Category: Sport Last Updated: 14 March 2024 Hits: 9",
         "updated", "2024-03-14"),
        ("Geschrieben von Eva Roth Kategorie: Lokales Veröffentlicht: 03.05.2023 Zugriffe: 88",
         "published", "2023-05-03"),
    ],
)  # fmt: skip
def test_field_run_label(line: str, kind: str, value: str) -> None:
    assert pairs(run(STEP, f"{TITLE}\n\n{line}\n\n{PROSE}")) == [(kind, value)]


def test_lower_case_label_in_prose_is_not_a_field() -> None:
    line = "The figures we published: March 3, 2024 was the wettest day on record here."
    assert pairs(run(STEP, f"{TITLE}\n\n{PROSE}\n\n{line}")) == []


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("🕒 December 13, 2023 3:25 AM IST", "2023-12-13T03:25:00+05:30"),
        ("📅 4 March 2024", "2024-03-04"),
        ("⏰ Jan 9, 2025, 10:40 GMT", "2025-01-09T10:40:00+00:00"),
    ],
)
def test_clock_symbol_date_after_the_story(line: str, value: str) -> None:
    text = f"{TITLE}\n\n{PROSE}\n\nShare this story\n\n{line}\n\nBack to top"
    assert pairs(run(STEP, text)) == [("published", value)]


def test_other_symbol_date_after_the_story_is_not_read() -> None:
    text = f"{TITLE}\n\n{PROSE}\n\n★ December 13, 2023\n\nBack to top"
    assert pairs(run(STEP, text)) == []


def _dates(text: str) -> list[tuple[str, str]]:
    a = newsclean.clean(text)
    return [(f.kind, f.value) for f in a.provenance if f.kind in ("published", "updated")]


def test_bracketed_note_kept_in_the_story_gives_no_date() -> None:
    text = (
        f"{TITLE}\n\n{PROSE}\n\n(Published Monday, Nov. 18, 2019)\n\n"
        "Nobody was hurt in the fire, the brigade said on Tuesday evening."
    )
    a = newsclean.clean(text)
    assert "(Published Monday, Nov. 18, 2019)" in a.body
    assert _dates(text) == []


def test_labelled_date_line_after_a_headline_list() -> None:
    text = (
        f"{TITLE}\n\n{PROSE}\n\nMost read\n\n→ Storm warning for twelve counties\n\n"
        "→ Student housing shortage grows\n\nLast updated Saturday 20 August 2022\n\n"
        "cb36968fcbb068.86739907"
    )
    assert _dates(text) == [("updated", "2022-08-20")]
