"""The title of the linked post under a bare "Previous" / "Next" label."""

from __future__ import annotations

from collections.abc import Iterator

from ..document import Document
from ..step import Decision, Remove, RuleInfo

#: the phrase rule whose whole-line removals are the labels
LABEL_RULE = "prev_next_link"
#: a label holds no more words than this ("PREVIOUS ARTICLE", "Next story:", "« Previous")
LABEL_MAX_WORDS = 3


class PrevNextTitles:
    """Themes print the previous and next posts as a label line ("PREVIOUS ARTICLE", "Next
    story:", "« Previous") with the linked post's title on the line below. The phrase table
    removes the label (rule ``prev_next_link``); this step removes the line right under a
    label of at most three words when it reads as a headline: not prose, at most
    ``headline_max_words`` words, neither removed nor protected (a title that shares the
    label's line goes with the label already)."""

    id = "prev_next"
    rules: tuple[RuleInfo, ...] = (
        RuleInfo(
            "prev_next_title",
            "prev_next_link",
            "the title of the previous or next post, on the line under its label",
            "PREVIOUS ARTICLE\nMayor unveils plan for riverside park",
        ),
    )

    def apply(self, doc: Document) -> Iterator[Decision]:
        blocks = doc.blocks
        decisions = doc.decisions
        max_words = doc.config.thresholds.headline_max_words
        for i in range(len(blocks) - 1):
            d = decisions[i]
            if not isinstance(d, Remove) or d.rule != LABEL_RULE or d.start is not None:
                continue
            if len(blocks[i].text.split()) > LABEL_MAX_WORDS:
                continue
            j = i + 1
            if decisions[j] is not None or doc.prose(j):
                continue
            if 2 <= doc.shape(j).words <= max_words:
                yield Remove(
                    j,
                    "prev_next_title",
                    "prev_next_link",
                    "the title of the previous or next post, under its label",
                )
