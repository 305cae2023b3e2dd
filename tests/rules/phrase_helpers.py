"""Helpers for the phrase-rule tests: run the phrases step alone on a text."""

from __future__ import annotations

from functools import cache

from newsclean.config import Config
from newsclean.document import Document
from newsclean.model import Fact
from newsclean.pipeline import Pipeline
from newsclean.rules.phrases import PhraseRules
from newsclean.segment import segment_text

PROSE = (
    "The council met on Tuesday evening and voted to extend the library's opening hours "
    "through the winter, after months of debate among residents."
)
LANGUAGES = ("en", "de", "fr", "es")


@cache
def step(languages: tuple[str, ...] = LANGUAGES) -> PhraseRules:
    return PhraseRules(languages)


def run(text: str, languages: tuple[str, ...] = LANGUAGES) -> Document:
    """The document after the phrases step alone."""
    doc = Document(text, segment_text(text), Config())
    Pipeline([step(languages)], Config()).decide(doc)
    return doc


def rule_of(line: str, *, zone: str = "any", languages: tuple[str, ...] = LANGUAGES) -> str | None:
    """The rule id that removes ``line`` (or cuts part of it) placed between prose paragraphs
    (before them for head-zone rules, after them for tail-zone rules), or ``None``."""
    if zone == "head":
        text, k = f"{line}\n\n{PROSE}\n\n{PROSE}", 0
    elif zone == "tail":
        text, k = f"{PROSE}\n\n{PROSE}\n\n{line}", 2
    else:
        text, k = f"{PROSE}\n\n{line}\n\n{PROSE}", 1
    doc = run(text, languages)
    d = doc.decisions[k]
    if d is not None:
        return getattr(d, "rule", None)
    cuts = [c.rule for c in doc.cuts if c.block == k]
    return cuts[0] if cuts else None


def facts_of(line: str) -> list[Fact]:
    return run(f"{PROSE}\n\n{PROSE}\n\n{line}").facts
