"""``import newsclean`` loads no HTML parser; text users never pay for them."""

from __future__ import annotations

import subprocess
import sys


def test_import_loads_no_parser() -> None:
    code = (
        "import sys, newsclean\n"
        "newsclean.clean('Some text.\\n\\nMore text.')\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in "
        "('selectolax', 'lxml', 'trafilatura', 'justext', 'readability', 'resiliparse')]\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == ""
