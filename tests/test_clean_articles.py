"""Content survives: real article bodies with no boilerplate come back (nearly) unchanged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsclean

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GROUND_TRUTH = SHARED / "bench" / "article-extraction-benchmark" / "ground-truth.json"

#: share of the non-blank lines of clean article bodies that must be kept
MIN_KEPT = 0.995


def _norm(line: str) -> str:
    return " ".join(line.split())


def _lines(text: str) -> list[str]:
    return [_norm(ln) for ln in text.splitlines() if ln.strip()]


def test_benchmark_bodies_keep_their_lines() -> None:
    if not GROUND_TRUTH.is_file():
        pytest.skip(f"{GROUND_TRUTH} is absent (the ../shared folder ships beside the repo only)")
    truth = json.loads(GROUND_TRUTH.read_text(encoding="utf-8"))
    total = kept = 0
    lost: list[tuple[str, str, str | None]] = []
    for page_id, rec in sorted(truth.items()):
        text = rec["articleBody"]
        article = newsclean.clean(text, kind="text")
        body_lines = set(article.body.split("\n\n"))
        # a body that opens with its headline gives that line to ``article.title``: it is in
        # the result (as the title, which the body leaves out by design), not lost
        if article.title:
            body_lines.add(_norm(article.title))
        for line in _lines(text):
            total += 1
            if line in body_lines:
                kept += 1
            else:
                rule = next(
                    (s.rule for s in article.removed if _norm(s.text) and line in _norm(s.text)),
                    None,
                )
                lost.append((page_id, line[:80], rule))
    share = kept / total
    detail = "\n".join(f"  {p}: [{r}] {t!r}" for p, t, r in lost[:40])
    assert share >= MIN_KEPT, (
        f"kept {kept}/{total} lines ({share:.4f} < {MIN_KEPT}); lost lines:\n{detail}"
    )


UNTOUCHED = [
    # wire story with a dateline, a one-line quote and a subhead
    [
        "WASHINGTON (AP) — The Senate passed a bill on Tuesday that would fund the government "
        "through the end of the year, averting a shutdown days before the deadline.",
        "“This is a good day for the country,” the majority leader said.",
        "– A narrow margin –",
        "The vote was 52 to 47, with two members of the minority joining the majority. The "
        "measure now goes to the House, where its fate is less certain.",
        "Lawmakers from both parties said they expected a final vote before the weekend.",
    ],
    # a story that mentions the words rules look for, in sentences
    [
        "The city council approved a new license for the riverside market on Monday, ending a "
        "dispute that had lasted more than two years.",
        "Officials said the related permits would be issued within weeks, and that the source "
        "of the delay had been a disagreement over parking.",
        "A spokeswoman for the mayor said residents could follow the process through the "
        "city's app, which publishes every decision of the council.",
        "The disclaimer attached to the original plan, which warned of possible closures, has "
        "been withdrawn.",
    ],
    # a story with a bulleted list that belongs to it
    [
        "Researchers at the university have published guidance for households trying to cut "
        "their energy bills this winter.",
        "Their main recommendations are:",
        "- Lower the thermostat by one degree, which saves about a tenth of heating costs.\n"
        "- Seal gaps around windows and doors before the first frost.\n"
        "- Run washing machines at 30 degrees whenever possible.",
        "The team said the measures together could save a typical family several hundred euros "
        "a year.",
    ],
    # short paragraphs, numbers and a closing quote
    [
        "Heavy rain flooded parts of the coastal town overnight.",
        "Emergency crews rescued 14 people from their homes.",
        "No deaths were reported.",
        "“We have not seen water like this in thirty years,” said a fisherman who has lived in "
        "the town all his life.",
    ],
]


@pytest.mark.parametrize("paragraphs", UNTOUCHED)
def test_article_without_boilerplate_comes_back_unchanged(paragraphs: list[str]) -> None:
    text = "\n\n".join(paragraphs)
    article = newsclean.clean(text)
    expected = "\n\n".join(_lines(text))
    assert article.removed == (), article.explain()
    assert article.body == expected
