"""Run the ``python`` code blocks of a Markdown document, so docs cannot drift from the code.

Blocks fenced as ```python run in order, in one namespace; blocks fenced as ```py are shown to
readers but not run (cluster set-ups, snippets that need the reader's own data).
"""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)


def python_blocks(doc: Path) -> list[str]:
    return _BLOCK.findall(doc.read_text(encoding="utf-8"))


def run_python_blocks(doc: Path, *, min_blocks: int = 1, name: str = "__main__") -> str:
    """Run every python block of ``doc``; fail the test naming the block that raised. Returns
    what the blocks printed."""
    blocks = python_blocks(doc)
    assert len(blocks) >= min_blocks, f"{doc.name} has {len(blocks)} python blocks"
    namespace: dict[str, object] = {"__name__": name}
    out = io.StringIO()
    where = doc.relative_to(ROOT) if doc.is_relative_to(ROOT) else doc
    for n, code in enumerate(blocks, 1):
        try:
            with contextlib.redirect_stdout(out):
                exec(compile(code, f"{where} block {n}", "exec"), namespace)
        except Exception as e:  # pragma: no cover - the failure message is the point
            pytest.fail(f"{where} python block {n} fails: {e!r}\n{code}")
    return out.getvalue()
