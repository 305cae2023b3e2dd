"""The five seeds wrapped as HTML (one ``<p>`` a line inside ``<article>``, with a typical
site's header, nav, sidebar and footer around it) get the same line decisions as the text path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from html_helpers import assert_partition, wrap_article

import newsclean
from newsclean import Article

SEEDS = Path(__file__).resolve().parents[2] / "fixtures" / "seeds"
NAMES = sorted(json.loads((SEEDS / "labels.json").read_text(encoding="utf-8")))


def _norm(s: str) -> str:
    return " ".join(s.split())


def _kept_lines(article: Article, lines: list[str]) -> list[bool]:
    """For each line (in order), whether the block holding it is kept; blocks are matched to
    lines in order by their whitespace-folded text."""
    blocks: list[tuple[str, bool]] = []
    for s in article.spans:
        t = _norm(s.text)
        if t:
            blocks.append((t, s.kept))
    out: list[bool] = []
    j = 0
    for line in lines:
        while j < len(blocks) and blocks[j][0] != line:
            j += 1
        assert j < len(blocks), f"line not found in the text view: {line!r}"
        out.append(blocks[j][1])
        j += 1
    return out


@pytest.mark.parametrize("name", NAMES)
def test_seed_as_html_same_decisions_as_text(name: str) -> None:
    text = (SEEDS / name).read_bytes().decode("utf-8")
    lines = [_norm(line) for line in text.splitlines() if line.strip()]
    as_text = newsclean.clean(text)
    as_html = newsclean.clean(wrap_article(lines))
    assert as_html.source.kind == "html"
    assert_partition(as_html)
    text_kept = _kept_lines(as_text, lines)
    html_kept = _kept_lines(as_html, lines)
    diff = [(line, t, h) for line, t, h in zip(lines, text_kept, html_kept, strict=True) if t != h]
    assert not diff, "\n".join(f"text kept={t} html kept={h}: {line[:80]}" for line, t, h in diff)
    # the site around the article is gone
    for chrome in ("Privacy Policy", "Most read", "Sign up for our daily briefing."):
        assert chrome not in as_html.body
