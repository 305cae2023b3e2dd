"""Short non-sentence lines next to removed blocks, before or after the story (jusText's
context pass)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import regex

from ..document import Document
from ..step import Decision, Protect, Remove, RuleInfo
from ..vocab import data_lines
from .cues import (
    is_dateline,
    is_quote,
    is_stamp,
    is_subhead,
    last_char,
    loose,
    nonprose,
    story_bounds,
    story_end,
    story_start,
    strip_decor,
)

#: a numbered subhead of the story ("4. Questioning the judge", "2) Take stock"): a number,
#: then at least two words, the first capitalised
_NUMBERED_SUBHEAD = regex.compile(r"^\d{1,2}[.)]\s+(?-i:\p{Lu})\S*(?:\s+\S+)+$", regex.VERSION0)
#: a dateline's place alone on its line, the city in capitals ("HALIFAX, Nova Scotia",
#: "SAN JOSE, Calif.")
_PLACE_DATELINE = regex.compile(
    r"^\p{Lu}{2,}(?:[\s\-]\p{Lu}{2,})*,\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}$",
    regex.VERSION0,
)
#: a postscript ("PS Any tips welcome", "P.S. See you there")
_POSTSCRIPT = regex.compile(r"^P\.?\s?S\.?[\s:]", regex.VERSION0)
#: the fewest clock-time lines that make a text a live blog
_LIVE_STAMPS = 2
#: a review's score given in the story ("Rating: 4/5", "Verdict: 8.5/10"), not a gallery's or a
#: pager's counter ("Photo: 3/12", "Page: 1/5")
_SCORE = regex.compile(
    r"^(?!(?:photos?|images?|pictures?|pages?|slides?)\s*:)\p{L}{3,12}(?:\s\p{L}{2,12})?\s*:\s*"
    r"\d{1,3}(?:[.,]\d)?\s*/\s*(?:5|10|20|100)\W*$",
    regex.IGNORECASE | regex.VERSION0,
)


#: a text is a Q&A when at least this many of its kept lines are questions
_QA_QUESTIONS = 2


def _answers(doc: Document) -> set[int]:
    """The blocks right below a kept question in a Q&A (two questions or more: "Last book you
    read?" / "The Lighthouse Keeper's Almanac"): short replies, not UI remnants. A single
    question ("Who we are?") is as often a footer's link."""
    decisions = doc.decisions
    below = [
        i + 1
        for i in range(len(doc.blocks) - 1)
        if (decisions[i] is None or type(decisions[i]) is Protect)
        and last_char(doc.blocks[i].text) == "?"
    ]
    return set(below) if len(below) >= _QA_QUESTIONS else set()


class ShortNeighbours:
    """Absorbs UI remnants: a short line (at most ``short_words`` words) that does not end
    like a sentence and sits next to a removed line, before the first prose paragraph or after
    the last one ("View", "More", "Less", "Share", a lone section word). Repeats until nothing
    changes, so a cluster of such lines goes with the boilerplate it hangs on. Never takes
    prose, datelines, quotes, subheads (set off by dashes or stars, or a stock editor's subhead
    such as "Why it matters", ``data/<lang>/subheads.txt``; or numbered: "4. Taking stock"), a
    dateline's place on its own line ("HALIFAX, Nova Scotia"), a postscript ("PS ..."), a
    Q&A's short answer below its kept question or protected lines. The story reaches back
    from its first prose line to an opening sentence above it (``story_start``) and on from
    its last to a closing one (``story_end``). Off when
    ``absorb_neighbours`` is false (``favor="recall"``)."""

    id = "neighbours"
    rules: tuple[RuleInfo, ...] = (
        RuleInfo(
            "short_neighbour",
            "ui_word",
            "a short non-sentence line next to removed boilerplate, outside the story",
            "Share\n(next to a removed 'Follow us' promo)",
        ),
    )

    def __init__(self, languages: Sequence[str] = ("en",)) -> None:
        subheads: set[str] = set()
        openers: set[str] = set()
        for lang in dict.fromkeys(("en", *languages)):
            subheads.update(loose(w) for w in data_lines(f"{lang}/subheads.txt"))
            openers.update(w.casefold() for w in data_lines(f"{lang}/subhead_openers.txt"))
        subheads.discard("")
        self.subheads = frozenset(subheads)
        self.openers = frozenset(openers)

    def apply(self, doc: Document) -> Iterator[Decision]:
        t = doc.config.thresholds
        if not t.absorb_neighbours:
            return
        n = len(doc.blocks)
        # in a text without prose (a recipe, an interview of short answers), its first and last
        # kept sentences of six words or more stand in for the story's bounds
        first, last = story_bounds(doc)
        decisions = doc.decisions
        ok = [False] * n
        # only the lines outside the story: before the first prose line, after the last one
        head = n if first is None else story_start(doc, first)
        tail = n if last is None else story_end(doc, last) + 1
        everywhere = head >= tail
        found = False
        stamps: list[int] = []
        answers: set[int] | None = None  # read once a candidate turns up
        # a candidate is never prose: the non-prose blocks only
        for i in nonprose(doc):
            if (
                (everywhere or i < head or i >= tail)
                and decisions[i] is None
                and self._candidate(doc, i, t.short_words)
            ):
                if answers is None:
                    answers = _answers(doc)
                if i in answers:
                    continue
                ok[i] = found = True
                if is_stamp(doc.blocks[i].text):
                    stamps.append(i)
        if stamps and (
            len(stamps) >= _LIVE_STAMPS
            or sum(1 for i in nonprose(doc) if is_stamp(doc.blocks[i].text)) >= _LIVE_STAMPS
        ):
            # a live blog's entry times are the story's, and so is the entry they open
            for i in stamps:
                ok[i] = False
            found = any(ok)
        if not found:
            return
        gone = [d is not None and type(d) is not Protect for d in decisions]
        taken: list[int] = []
        # a forward then a backward sweep reach the fixpoint: each sweep carries removals along
        # a chain of candidates in its own direction
        for order in (range(n), range(n - 1, -1, -1)):
            for i in order:
                if ok[i] and not gone[i] and (
                    (i > 0 and gone[i - 1]) or (i + 1 < n and gone[i + 1])
                ):
                    gone[i] = True
                    taken.append(i)
        for i in sorted(taken):
            yield Remove(i, "short_neighbour", "ui_word",
                         "a short non-sentence line next to removed boilerplate")

    def _candidate(self, doc: Document, i: int, short_words: int) -> bool:
        # the cheap tests first (length, prose, ending), the word count last
        text = doc.blocks[i].text
        if len(text) > 60 or doc.prose(i):
            return False
        end = last_char(text)
        if end == ":" or (end in ".!?" and not text.endswith(("...", "…"))):
            return False
        if doc.shape(i).words > short_words:
            return False
        if is_dateline(text) or is_quote(text) or is_subhead(text) or self._phrase_subhead(text):
            return False
        if loose(strip_decor(text)[0]) in self.subheads:
            return False
        # the story's own short lines: a numbered subhead, a dateline's place, a postscript,
        # a review's score
        c = text[:1]
        return not (
            (c.isdigit() and _NUMBERED_SUBHEAD.match(text) is not None)
            or ("/" in text and _SCORE.match(text) is not None)
            or (c.isupper() and _PLACE_DATELINE.match(text) is not None)
            or (c == "P" and _POSTSCRIPT.match(text) is not None)
        )

    def _phrase_subhead(self, text: str) -> bool:
        """A subhead written as a phrase: an article, a word in lower case and at least one more
        ("The bigger picture", "Der lange Weg", "Une longue nuit"); UI remnants are verbs and
        labels ("Show more", "The Latest News"). A line in quote marks ('Not enough') is a
        quoted subhead."""
        if len(text) > 2 and text[0] in "'‘’" and text[-1] in "'’":
            return True
        words = text.split()
        return (
            len(words) >= 3
            and words[0].casefold() in self.openers
            and words[1][:1].islower()
        )
