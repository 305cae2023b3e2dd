"""The ``html.comment_thread`` step: the readers' comments listed under a comment-count heading."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..document import Document
from ..step import Decision, Remove, RuleInfo
from .regions import _SUBHEADS, _inside, _parent, _path

#: the tag of a path segment ("ol[11].resp-list" -> "ol")
_TAG = re.compile(r"[a-z0-9]+")
#: elements that list comments: one comment an item
_LISTS = frozenset(("ol", "ul", "dl"))
_ITEMS = frozenset(("li", "article", "dd", "dt"))


class CommentThread:
    """Readers' comments under a heading that the phrase rules removed as a comment count or
    comment header ("2 Responses", "14 Comments", "Kommentare"). Comments are prose, so no
    text rule can tell them from the story; the markup can: the element right after such a
    heading is a list (``ol``/``ul``) or a run of items (``li``/``article``) whose blocks all
    lie inside it. Every open block of that element goes (``html.comment_thread``). The
    heading must come after kept prose (the story), and a protected block or a block outside
    such items stops the step. Runs after the phrase rules. Does nothing on text input."""

    id = "html.comment_thread"
    rules: tuple[RuleInfo, ...] = (
        RuleInfo(
            "html.comment_thread",
            "comments",
            "readers' comments: the list right after a removed comment-count heading",
            "<h3>2 Responses</h3><ol><li><p>Great news, thanks!</p></li></ol>",
        ),
    )

    def apply(self, doc: Document) -> Iterator[Decision]:
        if doc.kind != "html":
            return
        blocks = doc.blocks
        decisions = doc.decisions
        story_seen = False
        for i, b in enumerate(blocks):
            d = decisions[i]
            if not isinstance(d, Remove):
                story_seen = story_seen or doc.prose(i)
                continue
            m = b.markup
            if (
                not story_seen
                or d.category != "comment_form"
                or m is None
                or m.tag not in _SUBHEADS
                or i + 1 >= len(blocks)
            ):
                continue
            thread = self._thread(doc, i)
            for j in thread:
                yield Remove(
                    j,
                    "html.comment_thread",
                    "comments",
                    f"one of {len(thread)} blocks of readers' comments under {b.text.strip()!r}",
                )

    @staticmethod
    def _thread(doc: Document, i: int) -> list[int]:
        """The open blocks of the list that follows heading ``i`` (its next sibling element),
        when that element lists items; else none."""
        blocks = doc.blocks
        parent = _parent(_path(blocks[i]))
        nxt = _path(blocks[i + 1])
        if not nxt.startswith(parent + "/"):
            return []
        cut = nxt.find("/", len(parent) + 1)
        sibling = nxt if cut < 0 else nxt[:cut]
        tag_match = _TAG.match(sibling[len(parent) + 1 :])
        listed = tag_match is not None and tag_match.group() in _LISTS
        out: list[int] = []
        j = i + 1
        while j < len(blocks) and _inside(_path(blocks[j]), sibling):
            rest = _path(blocks[j])[len(sibling) :].split("/")
            if not listed and not any(
                (t := _TAG.match(seg)) is not None and t.group() in _ITEMS for seg in rest
            ):
                return []
            d = doc.decisions[j]
            if d is None:
                out.append(j)
            elif not isinstance(d, Remove):
                return []  # a protected block: the story's own
            j += 1
        return out
