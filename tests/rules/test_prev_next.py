"""The title under a bare previous/next label goes with the label; prose and longer labels
keep what follows them."""

from __future__ import annotations

import pytest

from .context_helpers import PROSE, clean, doc, kept_all, rule_of

TITLE = "Harbour bridge reopens after repairs"


@pytest.mark.parametrize(
    "label", ["PREVIOUS ARTICLE", "Next story:", "« Previous:", "Prev", "Article suivant"]
)
def test_title_under_a_bare_label(label: str) -> None:
    linked = "Council approves new budget for the coming year"
    a = clean(doc(TITLE, *PROSE, label, linked, "Leave a Reply"))
    assert rule_of(a, label) == "prev_next_link"
    assert rule_of(a, linked) == "prev_next_title"


def test_prose_under_a_label_is_kept() -> None:
    sentence = (
        "The next phase of the work will start in the spring, when the river is low enough "
        "for the crews to reach the piers."
    )
    a = clean(doc(TITLE, *PROSE[:2], "Next", sentence, *PROSE[2:]))
    kept_all(a, [sentence])


def test_a_label_with_its_title_takes_nothing_more() -> None:
    label = "Previous post: Fire crews contain blaze near the harbour"
    after = "Ferry timetable changes from Monday"
    a = clean(doc(TITLE, *PROSE, label, after))
    assert rule_of(a, label) == "prev_next_link"
    assert rule_of(a, after) != "prev_next_title"
