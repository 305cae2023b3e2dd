"""Notes on the story's own edit stamped with the site's clock time are removed and give the
update date; a newsroom's correction dated without a clock time stays with the story."""

from __future__ import annotations

import pytest

from .phrase_helpers import rule_of, run


@pytest.mark.parametrize(
    ("line", "updated"),
    [
        ("Corrected 4 July 2023, 16:45 BST: the vote took place on Monday, not Tuesday.",
         "2023-07-04T16:45:00+01:00"),
        ("Update (Sunday, 9 June 2024): adds figures from the health ministry.", "2024-06-09"),
        ("The story was revised on Jan 3, 2025 at 9:20 a.m. to fix the name of the school.",
         "2025-01-03T09:20:00"),
        ("Correction: an earlier version gave the wrong figure. Updated May 2, 2024 7:00 PM.",
         "2024-05-02T19:00:00"),
        ("Richtigstellung vom 2. Februar 2024, 10:30 Uhr: Die Sitzung findet erst im März "
         "statt.", "2024-02-02T10:30:00"),
        ("Rectifié le 11 avril 2023 à 17h05 : la commune avait été mal nommée.",
         "2023-04-11T17:05:00"),
        ("Corrección del 8 de julio de 2022, 13:40: la cifra correcta es de 40 millones.",
         "2022-07-08T13:40:00"),
    ],
)
def test_a_stamped_correction_note_is_a_date_line_with_its_date(line: str, updated: str) -> None:
    assert rule_of(line) == "dated_correction"
    doc = run(line)
    found = [f.value for f in doc.facts if f.kind == "updated"]
    assert found and found[0].startswith(updated)


@pytest.mark.parametrize(
    "line",
    [
        # the newsroom's own correction, dated without a clock time: the story's
        "Correction, March 4, 2024: An earlier version of this article misstated the "
        "mayor's title.",
        # an update label before a story paragraph with no word of an edit in it
        "Updated March 4, 2024 10:15 AM ET: Police say two people were hurt in the crash "
        "and the road remains closed.",
        # prose that mentions an amendment with a time
        "The council amended the bylaw on March 4, 2024 at 7 p.m. after a long debate "
        "among members.",
    ],
)
def test_undated_corrections_and_prose_stay(line: str) -> None:
    assert rule_of(line) != "dated_correction"
