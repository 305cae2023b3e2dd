"""Every ``python`` block of README.md runs, in order, in one namespace, from the repo root.

Blocks marked ```py (pandas/Dask snippets that need a DataFrame or a cluster) are shown, not run;
docs/batch.md's tested examples cover them.
"""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)


def test_readme_examples_run(monkeypatch: pytest.MonkeyPatch) -> None:
    blocks = _BLOCK.findall((ROOT / "README.md").read_text(encoding="utf-8"))
    assert len(blocks) >= 4
    monkeypatch.chdir(ROOT)
    namespace: dict[str, object] = {"__name__": "readme"}
    out = io.StringIO()
    for n, code in enumerate(blocks, 1):
        try:
            with contextlib.redirect_stdout(out):
                exec(compile(code, f"README.md block {n}", "exec"), namespace)
        except Exception as e:  # pragma: no cover - the failure message is the point
            pytest.fail(f"README.md python block {n} fails: {e!r}\n{code}")
    shown = out.getvalue()
    assert "KXAN Austin ['AP']" in shown
    body = "The new dam opened on Monday after six years of work, officials said."
    assert f"html cp1252\n{body}\n" in shown
    assert "b newsclean cleans str or bytes, not int" in shown
    assert "The council approved the budget on Tuesday night." in shown
