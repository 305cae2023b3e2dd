"""Round 10, second part: bylines with other verbs before "by" ("Submitted by", "Interview
by", "Story and photos by"), fr "Un reportage de X", date lines in brackets, a print page's
running head (paper, date, page number; en/de/fr/es) and platform footers ("Published with
Ghost"). Prose that opens with the same words stays."""

from __future__ import annotations

import pytest

from .phrase_helpers import facts_of, rule_of


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Submitted by Priya Nair on 2023-05-02 18:40:00 UTC", "byline_line"),
        ("Compiled by Tom Reyes and Ana Lopez", "wire_credit_line"),
        ("Photos and text by Ana Lopez", "byline_line"),
        ("Interviewed by Tom Reyes", "byline_line"),
        ("Une enquête de Jeanne Roux et Marc Blanc", "byline_line"),
        ("(Updated Jun 2, 2023 / 18:40 BST)", "date_line"),
        ("[Last modified on 2 June 2023]", "date_line"),
        ("THE HARBOUR GAZETTE • FRIDAY, JUNE 2, 2023 • PAGE 11", "page_header"),
        ("Page 3 | Friday, 2 June 2023 | Harbour Gazette", "page_header"),
        ("11  Friday, June 2, 2023  HARBOUR GAZETTE", "page_header"),
        ("11  Freitag, 2. Juni 2023  HAFEN KURIER", "page_header"),
        ("LE COURRIER DU PORT ▪ vendredi 2 juin 2023 ▪ page 11", "page_header"),
        ("11  viernes, 2 de junio de 2023  EL DIARIO DEL PUERTO", "page_header"),
        ("Proudly published with WordPress", "powered_by"),
        ("Made with Substack & lots of coffee", "powered_by"),
    ],
)
def test_widened_forms_are_removed(line: str, rule: str) -> None:
    assert rule_of(line) == rule


def test_a_submitted_by_line_records_its_author() -> None:
    facts = facts_of("Submitted by Priya Nair on 2023-05-02 18:40:00 UTC")
    assert "Priya Nair" in {f.value for f in facts if f.kind == "authors"}


@pytest.mark.parametrize(
    "line",
    [
        "Submitted by residents in March, the petition has 4,000 names.",
        "Interview by interview, the detective rebuilt the timeline of that night.",
        "Page 4 of the report, dated March 12, 2024, lists the costs.",
        "Published with the help of a grant, the report runs to 300 pages.",
        "Un reportage de la télévision locale a relancé l'affaire en mars.",
        "(Updated figures are expected on Friday.)",
        # a bracketed "published" date may close a story that was printed before
        "(Published Tuesday, March 5, 2024)",
    ],
)
def test_prose_with_the_same_words_stays(line: str) -> None:
    assert rule_of(line) is None
    assert rule_of(line, zone="tail") is None
