"""The held-out corpus is well-formed: offsets, labels, kinds, titles and fact evidence agree with
the texts. (Scores are measured by ``benchmarks/heldout/score.py``, not asserted here.)"""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "benchmarks" / "heldout" / "corpus.jsonl"

LABELS = {"title", "body", "boilerplate", "blank"}
SEED_KINDS = set(
    [
        "theme_license_banner",
        "section_label",
        "breadcrumb_title",
        "title_repeat",
        "ui_word",
        "date_line",
        "stray_id",
        "photo_caption",
        "photo_credit",
        "wire_credit_line",
        "publisher_promo",
        "app_promo",
        "click_here_promo",
        "source_link",
        "read_original",
        "read_more",
        "original_url_line",
        "back_to_top",
        "aggregator_disclaimer",
        "you_may_also_like",
        "comment_form",
        "tag_list_header",
        "tag_item",
        "reaction_counter",
        "related_header",
        "related_item",
        "ranking_header",
        "ranking_item",
        "recommendation_header",
        "recommendation_item",
        "syndication_notice",
        "prev_next_link",
    ]
)
# kinds this set adds to the seeds' vocabulary (documented in benchmarks/heldout/README.md)
EXTRA_KINDS = set(
    [
        "skip_link",
        "nav_menu",
        "footer_link",
        "breadcrumb",
        "byline",
        "reading_time",
        "shortcode",
        "advertisement_label",
        "also_read",
        "copyright_notice",
        "republish_notice",
        "originally_appeared",
        "newsletter_promo",
        "social_promo",
        "share_row",
        "cookie_notice",
        "email_placeholder",
        "author_bio",
        "tag_line",
        "trending_header",
        "trending_item",
        "more_stories_header",
        "more_stories_item",
        "headline_run_item",
    ]
)
KINDS = SEED_KINDS | EXTRA_KINDS
SCALAR = {
    "title",
    "site_name",
    "publisher",
    "original_url",
    "aggregator",
    "published",
    "updated",
    "photo_credit",
    "section",
    "syndication",
}
LISTS = {"credits", "tags", "authors"}
SEPARATOR = re.compile(r"\s*[^\w\s]+\s*|\s+")


def _load() -> list[dict[str, Any]]:
    return [json.loads(x) for x in CORPUS.read_text(encoding="utf-8").splitlines() if x.strip()]


DOCS = _load() if CORPUS.exists() else []


def test_corpus_shape() -> None:
    assert CORPUS.exists(), "run benchmarks/heldout/generate.py"
    assert 250 <= len(DOCS) <= 400
    assert CORPUS.stat().st_size < 5_000_000
    ids = [d["id"] for d in DOCS]
    assert len(ids) == len(set(ids))
    splits = [d["split"] for d in DOCS]
    assert set(splits) == {"dev", "test"}
    assert 0.28 < splits.count("dev") / len(DOCS) < 0.38
    no_facts = sum(1 for d in DOCS if not d["facts"])
    assert no_facts / len(DOCS) >= 0.08
    intl = sum(1 for d in DOCS if d["lang"] != "en")
    assert 0.08 < intl / len(DOCS) < 0.25
    kinds = {ln["kind"] for d in DOCS for ln in d["lines"] if ln["label"] == "boilerplate"}
    assert len(kinds) >= 45


@pytest.mark.parametrize("doc", DOCS, ids=[d["id"] for d in DOCS])
def test_doc_well_formed(doc: dict[str, Any]) -> None:
    text = doc["text"]
    chunks = text.splitlines(keepends=True)
    lines = doc["lines"]
    assert len(lines) == len(chunks)
    pos = 0
    for i, (chunk, ln) in enumerate(zip(chunks, lines, strict=False)):
        content = chunk.splitlines()[0] if chunk.splitlines() else ""
        assert (ln["n"], ln["start"], ln["end"], ln["text"]) == (
            i,
            pos,
            pos + len(content),
            content,
        )
        assert text[ln["start"] : ln["end"]] == ln["text"]
        pos += len(chunk)
        assert ln["label"] in LABELS
        assert (ln["label"] == "blank") == (ln["text"].strip() == "")
        if ln["label"] == "boilerplate":
            assert ln["kind"] in KINDS, ln["kind"]
        else:
            assert ln["kind"] is None
        if "title_text" in ln:
            _check_title_parts(ln)
    assert pos == len(text)
    titles = [ln for ln in lines if ln["label"] == "title"]
    assert len(titles) <= 1
    facts = doc["facts"]
    assert bool(titles) == ("title" in facts)
    if titles:
        assert facts["title"]["value"] == titles[0]["title_text"]
        assert facts["title"]["line"] == titles[0]["n"]
    body = "\n\n".join(ln["text"] for ln in lines if ln["label"] == "body")
    assert doc["expected_body"] == body
    assert any(ln["label"] == "body" for ln in lines)
    for key, val in facts.items():
        assert key in SCALAR | LISTS, key
        items = val if key in LISTS else [val]
        if key in LISTS:
            assert isinstance(val, list) and val
            values = [f["value"].casefold() for f in val]
            assert len(values) == len(set(values))
        for f in items:
            _check_fact(key, f, text, lines)


def _check_title_parts(ln: dict[str, Any]) -> None:
    rest = ln["text"]
    crumb = ln.get("breadcrumb")
    if crumb is not None:
        assert rest.startswith(crumb)
        rest = rest[len(crumb) :]
    rest = rest.lstrip()
    title = ln["title_text"]
    assert title == title.strip() and title
    assert rest.startswith(title)
    rest = rest[len(title) :]
    suffix = ln.get("site_suffix")
    if suffix is None:
        assert not rest.strip()
    else:
        assert rest.rstrip().endswith(suffix)
        assert SEPARATOR.fullmatch(rest.rstrip()[: -len(suffix)])


def _check_fact(key: str, f: dict[str, Any], text: str, lines: list[dict[str, Any]]) -> None:
    assert set(f) <= {"value", "line", "evidence", "start", "end", "aliases", "note"}
    assert isinstance(f["value"], str) and f["value"].strip()
    ln = lines[f["line"]]
    assert ln["start"] <= f["start"] < f["end"] <= ln["end"]
    assert text[f["start"] : f["end"]] == f["evidence"]
    assert ln["label"] != "blank"
    if key in ("published", "updated"):
        datetime.fromisoformat(f["value"])
        for a in f.get("aliases", []):
            datetime.fromisoformat(a)
    if key == "original_url":
        assert re.match(r"https?://\S+$", f["value"])
        assert f["evidence"] == f["value"]
    if key in (
        "title",
        "site_name",
        "aggregator",
        "syndication",
        "photo_credit",
        "tags",
        "authors",
    ):
        assert f["evidence"].casefold() == f["value"].casefold()


BENCH = Path("/work/shared/bench/article-extraction-benchmark/ground-truth.json")


@pytest.mark.skipif(not BENCH.exists(), reason="public benchmark not available")
def test_generator_is_deterministic(tmp_path: Path) -> None:
    import subprocess
    import sys

    out = tmp_path / "corpus.jsonl"
    gen = ROOT / "benchmarks" / "heldout" / "generate.py"
    subprocess.run(
        [sys.executable, str(gen), "--out", str(out), "--bench", str(BENCH)],
        check=True,
        capture_output=True,
    )
    assert out.read_bytes() == CORPUS.read_bytes(), "corpus.jsonl is stale: re-run generate.py"
