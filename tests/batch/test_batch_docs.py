"""Every ``python`` block of docs/batch.md runs, in order, in one namespace (``py`` blocks show
cluster set-ups and are not run)."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pytest

DOC = Path(__file__).resolve().parents[2] / "docs" / "batch.md"
_BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)


def test_batch_doc_examples_run() -> None:
    pytest.importorskip("pandas")
    pytest.importorskip("dask.dataframe")
    blocks = _BLOCK.findall(DOC.read_text(encoding="utf-8"))
    assert len(blocks) >= 5
    namespace: dict[str, object] = {"__name__": "__main__"}
    out = io.StringIO()
    for n, code in enumerate(blocks, 1):
        try:
            with contextlib.redirect_stdout(out):
                exec(compile(code, f"docs/batch.md block {n}", "exec"), namespace)
        except Exception as e:  # pragma: no cover - the failure message is the point
            pytest.fail(f"docs/batch.md python block {n} fails: {e!r}\n{code}")
