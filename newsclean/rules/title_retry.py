"""A second look for the title once every context step has decided: a line a later step
removed (the site's talk above the headline, a short remnant under it) can have hidden the
headline from the title step, which a second cleaning of the body then finds."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..document import Document
from ..step import Decision, RuleInfo, SetTitle
from .title import TitleRules


class TitleRetry:
    """Runs the title step's rules again, after the context passes, on a text where the title
    step found none: the lines removed since are no candidates and no longer end the head,
    so the title is the one a second pass over the cleaned body would take (a clean is then
    idempotent). Emits the title step's own rules (``title``, ``title_repeat``...): disable
    those to drop titles; remove this step to keep the single look."""

    id = "title_retry"
    rules: tuple[RuleInfo, ...] = ()

    def __init__(self, languages: Sequence[str] = ("en",)) -> None:
        self._title = TitleRules(languages)

    def apply(self, doc: Document) -> Iterator[Decision]:
        if doc.title is not None:
            return
        found = list(self._title.apply(doc))
        title = next((d for d in found if isinstance(d, SetTitle)), None)
        if title is None or doc.decisions[title.block] is not None:
            return  # no title, or a line protected as the story's own: no second guess
        yield from found
