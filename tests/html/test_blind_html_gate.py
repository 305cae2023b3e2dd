"""Eval gate on the blind HTML sets (``benchmarks/blind_html``: 36 templates, and
``benchmarks/blind_html2``: 30 more, each written by an author who never read newsclean): pooled
keep recall and drop leakage of each set must stay within the floors pinned in
``benchmarks/baseline.json``."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

import newsclean

ROOT = Path(__file__).resolve().parents[2]
BASELINE = json.loads((ROOT / "benchmarks" / "baseline.json").read_text(encoding="utf-8"))
#: set directory under benchmarks/ -> its floors
FLOORS: dict[str, dict[str, float]] = {
    "blind_html": BASELINE["blind_html"]["floors"],
    "blind_html2": BASELINE["blind_html"]["floors_set2"],
}


def _score_module() -> ModuleType:
    path = ROOT / "benchmarks" / "blind_html" / "score.py"
    spec = importlib.util.spec_from_file_location("blind_html_score", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_blind_html_pages_within_floors(name: str) -> None:
    score = _score_module()
    where = ROOT / "benchmarks" / name
    expected = json.loads((where / "expected.json").read_text(encoding="utf-8"))
    kept = keep_total = leaked = drop_total = 0
    empty = []
    for page, want in sorted(expected.items()):
        article = newsclean.clean((where / "pages" / page).read_bytes())
        if not article.body.strip():
            empty.append(page)
        n_kept, leaks, _ = score.score_page(article.body, want["keep"], want["drop"])
        kept += n_kept
        keep_total += len(want["keep"])
        leaked += len(leaks)
        drop_total += len(want["drop"])
    recall, leakage = kept / keep_total, leaked / drop_total
    report = f"{name}: keep recall {recall:.4f}, drop leakage {leakage:.4f}, empty bodies {empty}"
    print(report)
    floors = FLOORS[name]
    assert not empty, report
    assert recall >= floors["keep_recall"], report
    assert leakage <= floors["drop_leakage"], report
