"""Extractors are pipeline steps: listed, removable, disableable; users add their own."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from newsclean import Config, Fact, Pipeline, RuleInfo
from newsclean.document import Document
from newsclean.provenance import FactSink, provenance_steps

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


def _fact(kind: str, value: str, start: int, end: int) -> Fact:
    return Fact(kind, value, start, end, "x" * (end - start), "r")


def test_fact_sink_lets_an_earlier_fact_through() -> None:
    # a later step's fact that starts earlier in the text reaches Document.apply, which keeps
    # the earliest one; a later or span-less one is dropped as before
    d = doc("x" * 100)
    d.apply(_fact("published", "2024-01-02", 50, 60))
    d.apply(_fact("credits", "AP", 40, 42))
    sink = FactSink(d)
    assert sink.wants("published") and not sink.fills("published")
    assert not sink.add(_fact("published", "2024-01-03", 70, 80))
    assert not sink.add(Fact("published", "2024-01-04", 0, 0, "", "meta", 0.8))
    assert sink.add(_fact("published", "2024-01-01", 10, 20))
    assert not sink.add(_fact("published", "2024-01-05", 15, 25))  # not before the new one
    assert not sink.add(_fact("credits", "ap", 60, 62))
    assert sink.add(_fact("credits", "AP", 5, 7))
    assert sink.add(_fact("credits", "AFP", 90, 93))
    for f in sink.facts:
        d.apply(f)
    assert [(f.kind, f.value, f.start) for f in d.facts] == [
        ("published", "2024-01-01", 10),
        ("credits", "AP", 5),
        ("credits", "AFP", 90),
    ]


def test_fact_sink_span_less_facts_only_fill() -> None:
    d = doc("x" * 10)
    d.apply(Fact("language", "en", 0, 0, "", "provenance.language.stopwords", 0.9))
    sink = FactSink(d)
    assert not sink.wants("language") and not sink.fills("language")
    assert not sink.add(Fact("language", "de", 0, 0, "", "meta", 0.9))
    assert sink.fills("tags") and sink.add(Fact("tags", "EU", 0, 0, "", "meta", 0.8))


def test_earlier_credit_from_a_later_step_wins() -> None:
    # the byline (provenance.bylines) precedes the dateline (provenance.credits, which runs
    # first): the pipeline keeps the byline's evidence, the earliest in the text
    text = "By Jane Doe, Associated Press\n\nWASHINGTON (AP) — The story goes on."
    facts = _pipeline().run(text).provenance.facts
    credit = [f for f in facts if f.kind == "credits"]
    assert [(f.value, f.rule) for f in credit] == [("AP", "provenance.bylines.by")]
    assert credit[0].start < text.index("(AP)")
