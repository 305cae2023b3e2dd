"""Tags and topics: "Tags: a, b, c" on one line, or a header ("Tags:", "Topics:", "Filed
under:", "- In:") followed by one short item a line."""

from __future__ import annotations

import re

import regex

from ..document import Document
from ..model import Fact
from ..shape import shape_of
from ..step import RuleInfo
from .base import FactSink, ProvenanceStep
from .data import Tables
from .names import S
from .normalise import Normaliser

_P = "provenance.tags"
_BULLET = regex.compile(r"^(?:[-–—•*·▪►»‣◦●○■□]|#)\s*")
_SPLIT = regex.compile(r"[,;|•·]")
_NOT_ITEM = regex.compile(r"[!?:]$|\(\d+\)|^\d+$")
#: a tag header starts its line (lower case; the full pattern checks the rest)
_TRIGGER = re.compile(
    r"\n(?:[-–—•*][^\S\n]*)?(?:tag|topic|related topics|filed|in[^\S\n]*:|schlagw|themen"
    r"|stichw|mots|th[èe]mes|sujets|etiquetas|temas)"
)


class TagsStep(ProvenanceStep):
    """Records ``tags``, one fact per item of a tag or topic list.

    The list has a header ("Tags:", "Tagged:", "Topics:", "Filed under:", "In:", "Schlagwörter:",
    "Themen:", "Mots-clés:", "Thèmes:", "Etiquetas:", "Temas:"), alone on its line or with the
    items after it (split on commas, semicolons, pipes and bullets). Items on the following lines
    are taken while they are short (at most 5 words), not sentences, keep the bullet style of the
    first item and are not judged by another step to be something else (a "Related" header...).
    """

    id = "provenance.tags"
    rules: tuple[RuleInfo, ...] = (
        RuleInfo(f"{_P}.list", "tags", "a tag or topic list", "Tags: Elections, Germany, EU"),
    )

    def __init__(
        self,
        tables: Tables | None = None,
        normaliser: Normaliser | None = None,
        *,
        max_items: int = 30,
    ) -> None:
        super().__init__(tables, normaliser)
        self.max_items = max_items
        header = (
            r"tags?|tagged(?:_(?:with|as|in|under))?|topics?|related_topics|filed_under|in"
            r"|schlagw[öo]rter|themen|stichw[öo]rter|mots[-_]cl[ée]s|th[èe]mes|sujets|etiquetas|temas"
        ).replace("_", f"{S}+")
        self._rx = regex.compile(
            rf"^{S}*(?:[-–—•*]{S}*)?(?i:{header}){S}*:{S}*(?P<inline>[^\n]*?){S}*$",
            regex.MULTILINE | regex.VERSION0,
        )

    def apply(self, doc: Document) -> list[Fact]:
        sink = FactSink(doc)
        text = doc.text
        blocks = self.view(doc)
        rule = f"{_P}.list"
        for m in blocks.scan(self._rx, blocks.matching(_TRIGGER, 300)):
            i = blocks.at(m.start("inline") if m.group("inline") else m.start())
            if i is None or blocks.foreign(m.start()) or doc.category(i) == "section_label":
                continue  # "Filed under: Health" alone names the section (a phrase rule said so)
            if m.group("inline"):
                s, e = m.span("inline")
                items = self.normaliser.facts("tags", text, s, e, rule, 0.9)
                pieces = [p for p in _SPLIT.split(text[s:e]) if p.strip(" .")]
                if (
                    0 < len(items) == len(pieces) <= self.max_items
                    and all(len(f.value.split()) <= 4 for f in items)
                    and not shape_of(text[s:e]).sentence
                ):
                    sink.extend(items)
                continue
            sink.extend(self._items(doc, i + 1, rule))
        return sink.facts

    def _items(self, doc: Document, j: int, rule: str) -> list[Fact]:
        out: list[Fact] = []
        bulleted: bool | None = None
        while j < len(doc.blocks) and len(out) < self.max_items:
            b = doc.blocks[j]
            cat = doc.category(j)
            if (cat is not None and "tag" not in cat) or doc.protected(j):
                break
            bullet = _BULLET.match(b.text)
            if bulleted is None:
                bulleted = bullet is not None
            elif bulleted != (bullet is not None):
                break
            item = b.text[bullet.end() :] if bullet else b.text
            sh = shape_of(item)
            if not item or sh.words > 5 or sh.sentence or _NOT_ITEM.search(item):
                break
            s = b.start + (bullet.end() if bullet else 0)
            found = self.normaliser.facts("tags", doc.text, s, b.end, rule, 0.9)
            if len(found) != 1:
                break
            out.extend(found)
            j += 1
        return out
