"""``Document.removed_as``: the blocks removed under given categories, in order; kept,
protected and title blocks are never among them."""

from __future__ import annotations

from newsclean import Pipeline
from newsclean.document import Document
from newsclean.segment import segment_text
from newsclean.step import Protect, Remove, SetTitle


def _doc(text: str) -> Document:
    return Document(text, segment_text(text), Pipeline.default().config, kind="text", url=None)


def test_removed_as_lists_the_blocks_of_those_categories_in_order() -> None:
    doc = _doc("Headline\nFirst line.\nSecond line.\nThird line.\nFourth line.")
    doc.apply(SetTitle(0, "title", 0, len("Headline")))
    doc.apply(Remove(4, "share_row", "share_row", "a share row"))
    doc.apply(Remove(1, "site_talk", "site_talk", "the site's talk"))
    doc.apply(Protect(2, "story", "a story line"))
    doc.apply(Remove(3, "read_more", "read_more", "a read-more link"))
    assert list(doc.removed_as(frozenset({"site_talk", "share_row"}))) == [1, 4]
    assert list(doc.removed_as(frozenset({"title", "story"}))) == []
    assert list(doc.removed_as(frozenset())) == []
