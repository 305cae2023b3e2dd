"""Protections: content that looks like boilerplate to a context rule but belongs to the story."""

from __future__ import annotations

from collections.abc import Iterator

from ..document import Document
from ..step import Decision, Protect, RuleInfo
from .cues import (
    QUOTE_FIRST,
    SUBHEAD_FIRST,
    foreign_headline_runs,
    in_mid_headline_run,
    is_dateline,
    is_quote,
    is_subhead,
    kept_index,
    last_char,
    mid_headline,
    story_bounds,
)


class ProtectContent:
    """Marks story content so that the later context passes (headline runs, menus, short
    neighbours) leave it alone: datelines ("WASHINGTON (AP) – …", "BEIJING, June 18 (Reuters)
    -"), subheads set off by dashes ("– Keeping allies close –"), one-line quotes, lists the
    story introduces with a colon ("Key points:" and the lines after it, but bare headlines
    after bulleted items), and every short line or list that sits between two prose
    paragraphs, except headlines in a row that speak of other things than the story
    (``cues.foreign_headline_runs``, left to ``headline_runs``). It removes nothing; drop it
    from the pipeline to let the context passes decide alone."""

    id = "protect"
    rules: tuple[RuleInfo, ...] = (
        RuleInfo("dateline", "protect", "a dateline paragraph opens the story",
                 "LONDON (Reuters) - Shares fell on Monday."),
        RuleInfo("subhead", "protect", "a subhead set off by dashes inside the story",
                 "– A long road ahead –"),
        RuleInfo("quote_line", "protect", "a one-line quote is part of the story",
                 "“We are not done yet.”"),
        RuleInfo("story_list", "protect", "a list the story introduces with a colon",
                 "The plan has three parts:\n- lower fares\n- more buses\n- new stations"),
        RuleInfo("inner_paragraph", "protect",
                 "a short line or list between two prose paragraphs is part of the story",
                 "Prose paragraph.\nA short line.\nAnother prose paragraph."),
    )

    def apply(self, doc: Document) -> Iterator[Decision]:
        kept = kept_index(doc)
        blocks = doc.blocks
        decisions = doc.decisions
        prose = doc.prose_flags()
        done: set[int] = set()
        for i in kept:
            if decisions[i] is not None:
                continue
            text = blocks[i].text
            # the three patterns start with disjoint characters: a subhead with a dash or a
            # star, a quote with a quote mark, a dateline with a capital (\p{Lu})
            c = text[:1]
            if c in SUBHEAD_FIRST:
                if is_subhead(text):
                    done.add(i)
                    yield Protect(i, "subhead", "a subhead set off by dashes: part of the story")
            elif c in QUOTE_FIRST:
                if doc.shape(i).words <= 80 and is_quote(text):
                    done.add(i)
                    yield Protect(i, "quote_line", "a one-line quote: part of the story")
            elif is_dateline(text):
                done.add(i)
                yield Protect(i, "dateline", "a dateline paragraph: the story's opening")
        # headlines in a row that speak of other things than the story: left to the
        # headline_runs step
        first, last = story_bounds(doc)
        max_words = doc.config.thresholds.headline_max_words
        foreign = (
            {j for run in foreign_headline_runs(doc, first, last, max_words) for j in run}
            if first is not None and last is not None
            else set()
        )
        # runs of non-prose blocks (in the kept sequence) and what bounds them
        n = len(kept)
        p = 0
        while p < n:
            i = kept[p]
            if prose[i]:
                p += 1
                continue
            q = p
            while q < n and not prose[kept[q]]:
                q += 1
            run = kept[p:q]
            before = kept[p - 1] if p > 0 else None
            after = kept[q] if q < n else None
            # the lines a colon introduces (the colon line may be prose before the run or a
            # short line inside it), up to the first line that is not list-like
            intro = before is not None and last_char(blocks[before].text) == ":"
            listed = False
            prev = before
            # whether the introduced list's items are bulleted (its first item tells)
            bulleted: bool | None = None
            for j in run:
                if intro and (
                    doc.shape(j).words > 40 or (prev is not None and _new_list(doc, prev, j))
                ):
                    # a long line, or another list's header removed since (the list ended)
                    intro = False
                elif intro and bulleted is None:
                    bulleted = doc.shape(j).bullet
                prev = j
                # a bare headline among bulleted items is not one of them (another story's)
                stray = bool(bulleted) and not doc.shape(j).bullet and mid_headline(
                    doc, j, max_words
                )
                if intro and not stray and j not in done and decisions[j] is None:
                    done.add(j)
                    listed = True
                    yield Protect(j, "story_list", "a list the story introduces with a colon")
                if last_char(blocks[j].text) == ":" and doc.shape(j).words <= 40:
                    intro = True
                    bulleted = None
            if listed:
                pass
            elif before is not None and after is not None and prose[before]:
                for j in run:
                    # headlines in a row (or under an "Also read" line) are a list of other
                    # stories: left to the headline_runs step
                    if (
                        j not in done
                        and j not in foreign
                        and decisions[j] is None
                        and not in_mid_headline_run(doc, j, max_words)
                    ):
                        done.add(j)
                        yield Protect(j, "inner_paragraph",
                                      "a short line between two prose paragraphs")
            p = q


def _new_list(doc: Document, prev: int, j: int) -> bool:
    """A removed list header ("More on this topic", "Trending") lies between blocks ``prev``
    and ``j``: another list began, so the one a colon introduced has ended."""
    for k in range(prev + 1, j):
        cat = doc.category(k)
        if cat is not None and cat.endswith("_header"):
            return True
    return False
