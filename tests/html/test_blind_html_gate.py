"""Eval gate on the blind HTML pages (``benchmarks/blind_html``: 36 templates written by an
author who never read newsclean): pooled keep recall and drop leakage must stay within the
floors pinned in ``benchmarks/baseline.json``."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import newsclean

ROOT = Path(__file__).resolve().parents[2]
BLIND = ROOT / "benchmarks" / "blind_html"
FLOORS: dict[str, float] = json.loads(
    (ROOT / "benchmarks" / "baseline.json").read_text(encoding="utf-8")
)["blind_html"]["floors"]


def _score_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("blind_html_score", BLIND / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_blind_html_pages_within_floors() -> None:
    score = _score_module()
    expected = json.loads((BLIND / "expected.json").read_text(encoding="utf-8"))
    kept = keep_total = leaked = drop_total = 0
    empty = []
    for name, want in sorted(expected.items()):
        article = newsclean.clean((BLIND / "pages" / name).read_bytes())
        if not article.body.strip():
            empty.append(name)
        n_kept, leaks, _ = score.score_page(article.body, want["keep"], want["drop"])
        kept += n_kept
        keep_total += len(want["keep"])
        leaked += len(leaks)
        drop_total += len(want["drop"])
    recall, leakage = kept / keep_total, leaked / drop_total
    report = f"keep recall {recall:.4f}, drop leakage {leakage:.4f}, empty bodies {empty}"
    assert not empty, report
    assert recall >= FLOORS["keep_recall"], report
    assert leakage <= FLOORS["drop_leakage"], report
