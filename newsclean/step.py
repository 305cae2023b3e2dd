"""The step protocol: what a pipeline step is, and the decisions it may return.

A step reads a :class:`~newsclean.document.Document` and *returns* decisions; the pipeline
applies them in order, so later steps see earlier decisions. No step edits text.

Decisions:

* :class:`Remove` a block (or a sub-range of it) with a stable rule id, a category and a reason;
* :class:`Protect` a block from later removal (content that looks like boilerplate but is not);
* :class:`SetTitle` marks the headline block (removed from the body, returned as the title);
* :class:`~newsclean.model.Fact` records a provenance fact with its evidence.

The first decision on a block wins: a removed or protected block ignores later Remove/Protect
of the whole block. A sub-block Remove (with ``start``/``end``) still cuts inside a protected
block, so an inline placeholder inside a protected dateline paragraph still goes; a removed
block takes no cuts.
Decisions and facts whose rule id is in ``Config.disabled_rules`` are ignored.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, Union, runtime_checkable

from .model import Fact
from .records import fast_init

if TYPE_CHECKING:
    from .document import Document


@fast_init
@dataclass(frozen=True, slots=True)
class Remove:
    """Remove block ``block`` (or only ``[start, end)`` of it, in input offsets)."""

    block: int
    rule: str
    category: str
    reason: str
    start: int | None = None
    end: int | None = None


@fast_init
@dataclass(frozen=True, slots=True)
class Protect:
    """Keep block ``block`` whatever later steps say."""

    block: int
    rule: str
    reason: str


@fast_init
@dataclass(frozen=True, slots=True)
class SetTitle:
    """Block ``block`` is the title line; the title is ``text[start:end]`` (a suffix split off)."""

    block: int
    rule: str
    start: int
    end: int
    reason: str = "the headline line; returned as Article.title, not as body"


Decision = Union[Remove, Protect, SetTitle, Fact]  # noqa: UP007 (a runtime alias on 3.10)


@fast_init
@dataclass(frozen=True, slots=True)
class RuleInfo:
    """Catalogue entry of one rule id a step can emit (docs/rules.md is generated from these)."""

    id: str
    category: str
    description: str
    example: str = ""


@runtime_checkable
class Step(Protocol):
    """A named pipeline step. ``id`` is stable; ``rules`` lists the rule ids it emits.

    The class docstring is the step's documentation in the rule catalogue. A step may also
    have a ``prepare()`` method of no arguments doing its one-time work (compiling patterns)
    up front; :meth:`~newsclean.pipeline.Pipeline.prepare` calls it. It is optional, so it is
    not part of the protocol.
    """

    id: str
    rules: tuple[RuleInfo, ...]

    def apply(self, doc: Document) -> Iterable[Decision]:
        """Return the decisions for ``doc``; never mutate it."""
        ...
