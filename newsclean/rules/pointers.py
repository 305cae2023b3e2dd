"""A short line pointing the reader to the outlet where the story comes from or goes on."""

from __future__ import annotations

from collections.abc import Iterator

from ..document import Document
from ..provenance.pointers import PointerLine
from ..step import Decision, Remove, RuleInfo


class PointerLines:
    """Aggregators end (or open) a copied story with a line that points to its source in few
    words: "Full coverage at The Example Herald →", "More from Example Courier • 2h", "Mehr
    dazu beim Beispiel Kurier", "Sigue leyendo en El Eco de la Sierra", "Quelle: Weserbote",
    "Lire l'original : https://..."). The phrase tables know the common wordings; this step
    takes the rest by their shape (see :class:`~newsclean.provenance.pointers.PointerLine`):
    only words of pointing (``data/provenance/pointer_words.txt``) before a preposition, a
    verb of pointing or a label's colon, then an outlet's name or a URL. A line no rule has
    decided on is taken when it is no prose, or sits in the head or the tail of the story;
    the publisher step then reads the outlet from it."""

    id = "pointer_lines"
    rules: tuple[RuleInfo, ...] = (
        RuleInfo(
            "pointer_line",
            "read_original",
            "a short line pointing to the outlet the story comes from or continues at",
            "Full coverage at The Example Herald →",
        ),
    )

    def __init__(self) -> None:
        self._pointer = PointerLine()

    def apply(self, doc: Document) -> Iterator[Decision]:
        decisions = doc.decisions
        for i, b in enumerate(doc.blocks):
            if decisions[i] is not None or self._pointer.read(b.text) is None:
                continue
            if doc.prose(i) and not (doc.in_head(i) or doc.in_tail(i)):
                continue
            yield Remove(
                i,
                "pointer_line",
                "read_original",
                "a short line pointing to the outlet the story comes from or continues at",
            )
