"""The title of the linked post under a bare "Previous" / "Next" label."""

from __future__ import annotations

from collections.abc import Iterator

from ..document import Document
from ..step import Decision, Remove, RuleInfo

#: the phrase rule whose whole-line removals are the labels
LABEL_RULE = "prev_next_link"
#: a label holds no more words than this ("PREVIOUS ARTICLE", "Next story:", "« Previous")
LABEL_MAX_WORDS = 3
#: the arrows a theme puts before the previous post's title and after the next one's
_BACK_ARROWS = ("←", "«", "‹", "⟵", "◀", "<<", "⇐")
_ON_ARROWS = ("→", "»", "›", "⟶", "▶", ">>", "⇒")


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
        RuleInfo(
            "prev_next_arrows",
            "prev_next_link",
            "the previous and next posts as a pair of arrowed titles, one a line: "
            "\"← <title>\" then \"<title> →\"",
            "← Mayor unveils plan for riverside park\nCouncil approves new budget →",
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
        yield from self._arrow_pairs(doc, max_words)

    @staticmethod
    def _arrow_pairs(doc: Document, max_words: int) -> Iterator[Decision]:
        """Two lines one under the other, the first opening with a back arrow ("← <title>",
        "« <title>") and the second closing with a forward one ("<title> →", "<title> »"),
        both short titles no rule has decided on: the previous/next links of a post."""
        blocks = doc.blocks
        decisions = doc.decisions
        for i in range(len(blocks) - 1):
            a = blocks[i].text.strip()
            if not a.startswith(_BACK_ARROWS):
                continue
            b = blocks[i + 1].text.strip()
            if not b.endswith(_ON_ARROWS) or b.startswith(_BACK_ARROWS + _ON_ARROWS):
                continue
            if decisions[i] is not None or decisions[i + 1] is not None:
                continue
            if not all(2 <= doc.shape(k).words <= max_words for k in (i, i + 1)):
                continue
            for k in (i, i + 1):
                yield Remove(k, "prev_next_arrows", "prev_next_link",
                             "the previous or next post's title with its arrow")
