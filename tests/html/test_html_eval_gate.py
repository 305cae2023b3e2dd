"""Eval gate (as trafilatura's ``tests/eval_gate.py``): newsclean on the 181 pages of the
article-extraction benchmark must stay at or above the floors pinned in
``benchmarks/baseline.json``. Skipped when ``../shared`` is absent (e.g. from an sdist)."""

from __future__ import annotations

import gzip
import json
import sys

import pytest
from html_helpers import ROOT, SHARED_BENCH, html_only

import newsclean

sys.path.insert(0, str(ROOT / "benchmarks"))
from scoring import score

BASELINE = json.loads((ROOT / "benchmarks" / "baseline.json").read_text(encoding="utf-8"))

pytestmark = pytest.mark.skipif(
    not (SHARED_BENCH / "ground-truth.json").is_file(),
    reason=f"benchmark data not found at {SHARED_BENCH} (../shared is absent)",
)


def _pages() -> tuple[dict[str, str], dict[str, str]]:
    truth = json.loads((SHARED_BENCH / "ground-truth.json").read_text(encoding="utf-8"))
    pages = {
        k: gzip.decompress((SHARED_BENCH / "html" / f"{k}.html.gz").read_bytes()).decode("utf-8")
        for k in truth
    }
    return pages, {k: v["articleBody"] for k, v in truth.items()}


@pytest.mark.parametrize("name", sorted(BASELINE["floors"]))
def test_f1_above_floor(name: str) -> None:
    pages, truths = _pages()
    assert len(pages) == BASELINE["pages"]
    pipeline = newsclean.Pipeline.default() if name == "newsclean" else html_only()
    predictions = {k: pipeline.run(h, kind="html").body for k, h in pages.items()}
    s = score(predictions, truths)
    floors = BASELINE["floors"][name]
    report = f"{name}: P {s.precision:.4f} R {s.recall:.4f} F1 {s.f1:.4f} (floors {floors})"
    print(report)
    assert s.f1 >= floors["f1"], report
    assert s.precision >= floors["precision"], report
    assert s.recall >= floors["recall"], report
