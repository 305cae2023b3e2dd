"""The five real seed samples: every line's decision, the title and the body, as labelled in
``fixtures/seeds/labels.json`` (title and boilerplate lines are "not body")."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

import newsclean
from newsclean import Article

SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"
LABELS: dict[str, Any] = json.loads((SEEDS / "labels.json").read_text(encoding="utf-8"))
NAMES = sorted(LABELS)


@cache
def _clean(name: str) -> Article:
    text = (SEEDS / name).read_bytes().decode("utf-8")
    return newsclean.clean(text)


def _norm(s: str) -> str:
    return " ".join(s.split())


def _line_kept(article: Article, start: int, end: int) -> bool:
    """A line is kept when any of its non-blank characters lies in a kept span."""
    for s in article.spans:
        if s.end <= start or s.start >= end:
            continue
        lo, hi = max(s.start, start), min(s.end, end)
        if s.kept and article.text[lo:hi].strip():
            return True
    return False


def test_every_seed_is_labelled() -> None:
    assert sorted(p.name for p in SEEDS.glob("*.txt")) == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_line_decisions(name: str) -> None:
    article = _clean(name)
    wrong = []
    for line in LABELS[name]["lines"]:
        if line["label"] == "blank":
            continue
        kept = _line_kept(article, line["start"], line["end"])
        if kept != (line["label"] == "body"):
            wrong.append((line["n"], line["label"], line["kind"], line["text"][:60]))
    assert not wrong, f"{name}: lines decided against the labels: {wrong}"


@pytest.mark.parametrize("name", NAMES)
def test_title(name: str) -> None:
    titles = [ln for ln in LABELS[name]["lines"] if ln["label"] == "title"]
    assert len(titles) == 1
    assert _clean(name).title == titles[0]["title_text"]


@pytest.mark.parametrize("name", NAMES)
def test_body(name: str) -> None:
    want = [_norm(p) for p in LABELS[name]["expected_body"].split("\n\n")]
    got = [_norm(p) for p in _clean(name).body.split("\n\n")]
    assert got == want


@pytest.mark.parametrize("name", NAMES)
def test_removed_lines_carry_a_reason(name: str) -> None:
    for span in _clean(name).spans:
        if not span.kept:
            assert span.rule and span.category and span.reason


@pytest.mark.parametrize("name", NAMES)
def test_idempotent(name: str) -> None:
    body = _clean(name).body
    again = newsclean.clean(body)
    assert again.body == body
    assert again.title is None


def test_context_facts() -> None:
    """The facts the context steps record on the seeds: site names, sections and tags."""

    def values(name: str, kind: str) -> list[str]:
        return [f.value for f in _clean(name).provenance if f.kind == kind]

    assert values("001_7d22d603e3cea7fc.txt", "site_name") == [
        LABELS["001_7d22d603e3cea7fc.txt"]["facts"]["site_name"]["value"]
    ]
    f003 = LABELS["003_a2600e6869feb62b.txt"]["facts"]
    assert values("003_a2600e6869feb62b.txt", "site_name") == [f003["site_name"]["value"]]
    assert values("003_a2600e6869feb62b.txt", "section") == [f003["section"]["value"]]
    assert sorted(values("003_a2600e6869feb62b.txt", "tags")) == sorted(
        t["value"] for t in f003["tags"]
    )
    f002 = LABELS["002_18940ac4ae744549.txt"]["facts"]
    assert values("002_18940ac4ae744549.txt", "section") == [f002["section"]["value"]]
    for name in NAMES:
        title = LABELS[name]["facts"]["title"]
        facts = [f for f in _clean(name).provenance if f.kind == "title"]
        assert [f.value for f in facts] == [title["value"]]
        assert facts[0].start < title["end"] and title["start"] < facts[0].end
