"""Extractors are pipeline steps: listed, removable, disableable; users add their own."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from newsclean import Config, Fact, Pipeline, RuleInfo
from newsclean.document import Document
from newsclean.provenance import provenance_steps

from .helpers import NORMALISER, doc

TEXT = "WASHINGTON (AP) — The story goes on.\n\nStory: Jane Doe // Desk\n\nTags: Trade, EU"


def _pipeline(config: Config | None = None) -> Pipeline:
    return Pipeline(provenance_steps(tables=NORMALISER.tables), config)


class SiteBylines:
    """Authors from "Story: <name> // Desk" lines (the docs' example)."""

    id = "example.bylines"
    rules: tuple[RuleInfo, ...] = (
        RuleInfo("example.bylines", "authors", "Story: lines", "Story: Jane Doe // Desk"),
    )
    _rx = regex.compile(r"^Story:\s*(?P<name>[^/\n]+?)\s*//", regex.MULTILINE)

    def apply(self, doc: Document) -> Iterator[Fact]:
        for m in self._rx.finditer(doc.text):
            s, e = m.span("name")
            yield Fact("authors", doc.text[s:e], s, e, doc.text[s:e], "example.bylines", 0.9)


def test_steps_are_listed_in_order() -> None:
    ids = _pipeline().ids
    assert ids[0] == "provenance.credits" and "provenance.meta" in ids
    assert all(i.startswith("provenance.") for i in ids)


def test_step_can_be_dropped_and_rule_disabled() -> None:
    a = _pipeline().without("provenance.tags").run(TEXT)
    assert a.provenance.values("tags") == []
    b = _pipeline(Config(disabled_rules=frozenset({"provenance.credits.dateline"}))).run(TEXT)
    assert b.provenance.values("credits") == []


def test_user_step() -> None:
    p = _pipeline().insert(SiteBylines(), before="provenance.bylines")
    a = p.run(TEXT)
    assert a.provenance.values("authors") == ["Jane Doe"]
    assert a.provenance.first("authors").rule == "example.bylines"  # type: ignore[union-attr]


def test_document_drops_duplicate_facts() -> None:
    d = doc("AP and AP")
    assert d.apply(Fact("credits", "AP", 0, 2, "AP", "r"))
    assert not d.apply(Fact("credits", "ap", 7, 9, "AP", "r"))
    assert d.apply(Fact("published", "2024-01-01", 0, 0, "", "r"))
    assert not d.apply(Fact("published", "2024-01-02", 0, 0, "", "r"))
    assert len(d.facts) == 2
