"""Shared helpers of the provenance tests: small documents, one shared set of tables."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import newsclean
from newsclean.config import Config
from newsclean.document import Document
from newsclean.model import Fact
from newsclean.provenance import Normaliser, load_tables
from newsclean.segment import segment_text
from newsclean.step import Step

REPO = Path(__file__).resolve().parents[2]
FIXTURE_SEEDS = REPO / "fixtures" / "seeds"
SHARED_SEEDS = REPO / ".." / "shared" / "seeds"

#: loaded once for the test session (the library itself never caches tables)
NORMALISER = Normaliser(load_tables())


def doc(text: str, *, url: str | None = None, meta: Mapping[str, Any] | None = None) -> Document:
    return Document(text, segment_text(text), Config(), url=url, meta=meta)


def run(step: Step, text: str, **kw: Any) -> list[Fact]:
    """The facts ``step`` returns for ``text``, each checked against its evidence."""
    d = doc(text, **kw)
    facts: list[Fact] = []
    for f in step.apply(d):
        assert isinstance(f, Fact)
        assert d.text[f.start : f.end] == f.evidence, f
        facts.append(f)
    return facts


def pairs(facts: list[Fact], kind: str | None = None) -> list[tuple[str, str]]:
    return [(f.kind, f.value) for f in facts if kind is None or f.kind == kind]


def values(facts: list[Fact], kind: str) -> list[str]:
    return [f.value for f in facts if f.kind == kind]


def values_by_kind(facts: Iterable[Fact]) -> dict[str, list[str]]:
    """The facts' values grouped by kind, in order (``article.provenance`` or a step's facts)."""
    out: dict[str, list[str]] = {}
    for f in facts:
        out.setdefault(f.kind, []).append(f.value)
    return out


#: two story paragraphs a notice line is appended to (see :func:`clean_with_line`)
STORY = (
    "The harbour board voted on Monday to extend the ferry timetable into the winter months, "
    "after a long debate.\n\n"
    "Officials said the change would cost little and help the island's small businesses.\n\n"
)


def clean_with_line(line: str) -> tuple[newsclean.Article, bool]:
    """The article cleaned from a headline, the story twice and ``line`` at its end, and
    whether ``line`` was removed."""
    text = "Ferry timetable extended\n\n" + STORY + STORY + line + "\n"
    article = newsclean.clean(text)
    start = text.index(line)
    removed = any(not s.kept and s.start <= start < s.end for s in article.spans)
    return article, removed


def line_removed(text: str, article: newsclean.Article, line: str) -> bool:
    """The whole of ``line`` (its first occurrence in ``text``) lies in one removed span."""
    start = text.index(line)
    return any(
        not s.kept and s.start <= start and s.end >= start + len(line) for s in article.spans
    )


def article_values(article: newsclean.Article, kind: str) -> list[str]:
    """The values of ``article``'s facts of ``kind``, in order."""
    return [f.value for f in article.provenance.all(kind)]
