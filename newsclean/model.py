"""The result types: frozen, slotted, picklable records that every view is built from.

A run labels the input; it never rewrites it. ``Article.spans`` partitions the input (or, for
HTML, its text view) into kept and removed spans, so ``"".join(s.text for s in spans)`` gives the
input back character for character. The body, the explain output and the notebook view are all
derived from those spans.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from .records import fast_init, record_reduce

SCHEMA_VERSION = "1.0"

InputKind = Literal["text", "html"]


@fast_init
@dataclass(frozen=True, slots=True)
class Block:
    """A non-blank line of the input, by the offsets of its stripped content.

    ``markup`` is filled by the HTML path only (element path, tag, class/id tokens...).
    """

    __reduce__ = record_reduce

    index: int
    start: int
    end: int
    text: str
    markup: Markup | None = None


@fast_init
@dataclass(frozen=True, slots=True)
class Markup:
    """What the HTML path knows about the element a block came from."""

    __reduce__ = record_reduce

    path: str
    tag: str
    tokens: tuple[str, ...] = ()
    link_density: float = 0.0
    depth: int = 0


@fast_init
@dataclass(frozen=True, slots=True)
class Span:
    """One piece of the partition: kept (part of the body) or removed, with rule and reason.

    ``rule`` is a stable id (see the rule catalogue), ``category`` the kind of boilerplate
    (``aggregator_disclaimer``, ``related_item``...), ``reason`` a sentence for a person.
    Kept spans have ``rule`` ``None``.
    """

    __reduce__ = record_reduce

    start: int
    end: int
    text: str
    kept: bool
    rule: str | None = None
    category: str | None = None
    reason: str | None = None
    block: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kept": self.kept,
            "rule": self.rule,
            "category": self.category,
            "reason": self.reason,
            "block": self.block,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Span:
        return cls(
            start=int(d["start"]),
            end=int(d["end"]),
            text=str(d["text"]),
            kept=bool(d["kept"]),
            rule=d.get("rule"),
            category=d.get("category"),
            reason=d.get("reason"),
            block=d.get("block"),
        )


#: fact kinds that hold one fact per distinct value; every other kind holds a single fact
LIST_KINDS = frozenset({"credits", "tags", "authors"})


@fast_init
@dataclass(frozen=True, slots=True)
class Fact:
    """A fact about the source, with its evidence: ``text[start:end] == evidence``."""

    __reduce__ = record_reduce

    kind: str
    value: str
    start: int
    end: int
    evidence: str
    rule: str
    confidence: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "value": self.value,
            "start": self.start,
            "end": self.end,
            "evidence": self.evidence,
            "rule": self.rule,
            "confidence": self.confidence,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Fact:
        return cls(
            kind=str(d["kind"]),
            value=str(d["value"]),
            start=int(d["start"]),
            end=int(d["end"]),
            evidence=str(d["evidence"]),
            rule=str(d["rule"]),
            confidence=float(d.get("confidence", 1.0)),
        )


@fast_init
@dataclass(frozen=True, slots=True)
class Provenance:
    """The facts found in one input, in input order, with typed accessors."""

    __reduce__ = record_reduce

    facts: tuple[Fact, ...] = ()

    def first(self, kind: str) -> Fact | None:
        """The first fact of ``kind`` (in input order), or ``None``."""
        for f in self.facts:
            if f.kind == kind:
                return f
        return None

    def all(self, kind: str) -> tuple[Fact, ...]:
        """Every fact of ``kind``, one per distinct value, in input order."""
        return tuple(f for f in self.facts if f.kind == kind)

    def value(self, kind: str) -> str | None:
        """The value of the first fact of ``kind``, or ``None``."""
        f = self.first(kind)
        return None if f is None else f.value

    def values(self, kind: str) -> list[str]:
        return [f.value for f in self.all(kind)]

    def __iter__(self) -> Iterator[Fact]:
        return iter(self.facts)

    def __len__(self) -> int:
        return len(self.facts)


@fast_init
@dataclass(frozen=True, slots=True)
class MarkupRemoval:
    """A part of an HTML page dropped before the text view (script, nav, hidden...)."""

    __reduce__ = record_reduce

    path: str
    tag: str
    rule: str
    reason: str
    chars: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "tag": self.tag,
            "rule": self.rule,
            "reason": self.reason,
            "chars": self.chars,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> MarkupRemoval:
        return cls(
            path=str(d["path"]),
            tag=str(d["tag"]),
            rule=str(d["rule"]),
            reason=str(d["reason"]),
            chars=int(d["chars"]),
        )


@fast_init
@dataclass(frozen=True, slots=True)
class Source:
    """How the input was read: its kind, encoding, and whether any bytes were replaced."""

    __reduce__ = record_reduce

    kind: InputKind = "text"
    encoding: str | None = None
    replaced: bool = False
    url: str | None = None
    markup_removals: tuple[MarkupRemoval, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "encoding": self.encoding,
            "replaced": self.replaced,
            "url": self.url,
            "markup_removals": [m.to_dict() for m in self.markup_removals],
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Source:
        kind = d.get("kind", "text")
        if kind not in ("text", "html"):
            raise ValueError(f"unknown source kind {kind!r}")
        return cls(
            kind=kind,
            encoding=d.get("encoding"),
            replaced=bool(d.get("replaced", False)),
            url=d.get("url"),
            markup_removals=tuple(
                MarkupRemoval.from_dict(m) for m in d.get("markup_removals", ())
            ),
        )


@fast_init
@dataclass(frozen=True, slots=True)
class Article:
    """The result of cleaning one input.

    ``text`` is the text the spans partition: the decoded input for text, the page's text view
    for HTML. ``body`` is made of the kept spans only, in order: each block's kept text with its
    whitespace runs folded to one space, blocks separated by a blank line.
    """

    __reduce__ = record_reduce

    text: str
    body: str
    title: str | None
    spans: tuple[Span, ...]
    provenance: Provenance = field(default_factory=Provenance)
    source: Source = field(default_factory=Source)

    @property
    def removed(self) -> tuple[Span, ...]:
        """The removed spans, in input order."""
        return tuple(s for s in self.spans if not s.kept)

    @property
    def kept(self) -> tuple[Span, ...]:
        return tuple(s for s in self.spans if s.kept)

    @property
    def removed_share(self) -> float:
        """The share of non-blank input characters that were removed (0 for empty input)."""
        total = sum(len(s.text.strip()) for s in self.spans)
        gone = sum(len(s.text.strip()) for s in self.spans if not s.kept)
        return gone / total if total else 0.0

    def _repr_html_(self) -> str:
        """The notebook view (see :mod:`newsclean.view`): removed spans marked, all escaped."""
        from .view import render_html

        return render_html(self)

    def explain(self) -> str:
        """One line per removed span: offsets, rule, reason and the text (shortened)."""
        lines = []
        for s in self.removed:
            shown = " ".join(s.text.split())
            if len(shown) > 70:
                shown = shown[:67] + "..."
            lines.append(f"{s.start}-{s.end}\t{s.rule}\t{s.reason}\t{shown!r}")
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        """A plain, JSON-able dict following ``newsclean/schema/article.schema.json``."""
        return {
            "schema_version": SCHEMA_VERSION,
            "title": self.title,
            "body": self.body,
            "text": self.text,
            "source": self.source.to_dict(),
            "spans": [s.to_dict() for s in self.spans],
            "provenance": {"facts": [f.to_dict() for f in self.provenance.facts]},
        }

    def to_json(self, **kwargs: Any) -> str:
        kwargs.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Article:
        """Rebuild an Article from ``to_dict()`` output (raises ``ValueError`` on a bad version)."""
        version = str(d.get("schema_version", ""))
        if version.split(".")[0] != SCHEMA_VERSION.split(".")[0]:
            raise ValueError(f"unsupported schema_version {version!r} (want {SCHEMA_VERSION})")
        return cls(
            text=str(d["text"]),
            body=str(d["body"]),
            title=d.get("title"),
            spans=tuple(Span.from_dict(s) for s in d["spans"]),
            provenance=Provenance(
                tuple(Fact.from_dict(f) for f in d.get("provenance", {}).get("facts", ()))
            ),
            source=Source.from_dict(d.get("source", {})),
        )

    @classmethod
    def from_json(cls, s: str) -> Article:
        return cls.from_dict(json.loads(s))
