"""The result records: round trips through dicts and JSON, pickling, the derived views."""

from __future__ import annotations

import dataclasses
import json
import pickle

import pytest

from newsclean import Article, Fact, Pipeline, Provenance, Source, Span
from newsclean.model import SCHEMA_VERSION, MarkupRemoval

from .steps import CutWord, FactOfWord, RemoveWhere, TitleFirst


def _article() -> Article:
    p = Pipeline(
        [
            TitleFirst(),
            RemoveWhere("promo", lambda t: t.startswith("Download")),
            CutWord("ads", "[ad]"),
            FactOfWord("pub", "Mint"),
        ]
    )
    return p.run(
        "Big news | Mint\n\nThe story [ad] goes on. Café “quotes” – ok\u00a0\n\nDownload the app\n",
        url="https://example.com/x",
    )


def test_to_dict_from_dict_round_trip() -> None:
    a = _article()
    d = a.to_dict()
    assert d["schema_version"] == SCHEMA_VERSION
    assert Article.from_dict(d) == a
    assert Article.from_dict(json.loads(json.dumps(d))) == a


def test_to_json_round_trip_keeps_unicode() -> None:
    a = _article()
    s = a.to_json()
    assert "Café" in s and "“" in s
    assert Article.from_json(s) == a
    assert json.loads(a.to_json(ensure_ascii=True)) == a.to_dict()


def test_to_dict_is_plain_json() -> None:
    d = _article().to_dict()
    assert json.loads(json.dumps(d)) == d
    assert set(d) == {"schema_version", "title", "body", "text", "source", "spans", "provenance"}
    assert set(d["spans"][0]) == {
        "start", "end", "text", "kept", "rule", "category", "reason", "block"
    }  # fmt: skip


def test_from_dict_rejects_other_major_version() -> None:
    d = _article().to_dict()
    d["schema_version"] = "2.0"
    with pytest.raises(ValueError, match="schema_version"):
        Article.from_dict(d)
    d["schema_version"] = SCHEMA_VERSION.split(".")[0] + ".99"
    assert Article.from_dict(d).body == _article().body


def test_source_round_trip_and_bad_kind() -> None:
    src = Source(
        kind="html",
        encoding="utf-8",
        replaced=True,
        url="u",
        markup_removals=(MarkupRemoval("/html/body/nav", "nav", "nav", "navigation", 42),),
    )
    assert Source.from_dict(src.to_dict()) == src
    with pytest.raises(ValueError):
        Source.from_dict({"kind": "pdf"})
    assert Source.from_dict({}) == Source()


def test_span_and_fact_round_trip() -> None:
    s = Span(3, 7, "abcd", False, "r", "c", "why", 2)
    assert Span.from_dict(s.to_dict()) == s
    f = Fact("credits", "AP", 1, 3, "AP", "rule", 0.5)
    assert Fact.from_dict(f.to_dict()) == f
    no_confidence = {k: v for k, v in f.to_dict().items() if k != "confidence"}
    assert Fact.from_dict(no_confidence).confidence == 1


def test_records_are_frozen_and_pickle() -> None:
    a = _article()
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.body = "x"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.spans[0].kept = True  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(a)) == a


def test_derived_views() -> None:
    a = _article()
    assert a.title == "Big news"
    assert a.body == "The story goes on. Café “quotes” – ok"
    assert a.kept == tuple(s for s in a.spans if s.kept)
    assert a.removed == tuple(s for s in a.spans if not s.kept)
    assert [s.rule for s in a.removed] == ["title_first", "ads", "promo"]
    assert 0 < a.removed_share < 1
    assert a.source.url == "https://example.com/x" and a.source.kind == "text"
    assert a.provenance.value("publisher") == "Mint"


def test_explain_has_one_line_per_removed_span() -> None:
    a = _article()
    lines = a.explain().splitlines()
    assert len(lines) == len(a.removed)
    for line, s in zip(lines, a.removed, strict=True):
        start_end, rule, reason, _shown = line.split("\t")
        assert start_end == f"{s.start}-{s.end}" and rule == s.rule and reason == s.reason
    long = Pipeline([RemoveWhere("all", lambda t: True)]).run("word " * 40)
    (line,) = long.explain().splitlines()
    assert line.endswith("...'") and len(line.split("\t")[3]) <= 72


def test_removed_share_of_empty_input_is_zero() -> None:
    assert Pipeline([]).run("").removed_share == 0.0
    assert Pipeline([]).run("  \n").removed_share == 0.0


def test_provenance_accessors() -> None:
    facts = (
        Fact("credits", "AP", 0, 2, "AP", "r"),
        Fact("publisher", "Mint", 5, 9, "Mint", "r"),
        Fact("credits", "AFP", 12, 15, "AFP", "r"),
    )
    p = Provenance(facts)
    assert len(p) == 3 and list(p) == list(facts)
    assert p.first("credits") is facts[0]
    assert p.all("credits") == (facts[0], facts[2])
    assert p.values("credits") == ["AP", "AFP"]
    assert p.value("publisher") == "Mint"
    assert p.value("updated") is None and p.first("updated") is None and p.all("x") == ()
