"""Build the blind HTML pages and their expectations from annotated sources.

Each file in ``src/`` is the page as published, with two kinds of annotation that this script
removes before writing ``pages/``:

* ``[[K]]…[[/K]]`` wraps a piece of story text (paragraph, subhead, quote, list item) that a
  clean body must contain; its visible text (tags removed, entities decoded, whitespace
  normalised) becomes a ``keep`` string;
* ``[[D]]…[[/D]]`` wraps a distinctive snippet of a boilerplate block; its visible text becomes
  a ``drop`` string.

The annotations only save typing the same text twice; the published page is the source with the
markers deleted, byte for byte otherwise.

    python benchmarks/blind_html/build.py [SET]            # write pages/ and expected.json
    python benchmarks/blind_html/build.py --unmarked # also list visible text blocks with no mark
"""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def set_dir() -> Path:
    """The set named on the command line (``benchmarks/blind_html2``), else this one."""
    named = [a for a in sys.argv[1:] if not a.startswith("--")]
    return Path(named[0]) if named else HERE
MARK = re.compile(r"\[\[([KD])\]\](.*?)\[\[/\1\]\]", re.S)
TAG = re.compile(r"<[^>]*>")
BLOCK = re.compile(
    r"</?(?:p|div|li|ul|ol|h[1-6]|td|tr|table|section|article|aside|header|footer|nav|"
    r"blockquote|figure|figcaption|form|br|hr|dl|dt|dd|main|pre)\b",
    re.I,
)


def norm(text: str) -> str:
    return " ".join(text.split())


def visible(fragment: str) -> str:
    return norm(html.unescape(TAG.sub("", fragment)))


def build_one(src: str) -> tuple[str, dict[str, list[str]]]:
    keep: list[str] = []
    drop: list[str] = []
    for m in MARK.finditer(src):
        if BLOCK.search(m.group(2)):
            raise ValueError(f"marker spans a block element: {m.group(0)[:80]}")
        (keep if m.group(1) == "K" else drop).append(visible(m.group(2)))
    page = MARK.sub(lambda m: m.group(2), src)
    if "[[" in page and ("[[K]]" in page or "[[D]]" in page or "[[/" in page):
        raise ValueError("unbalanced marker")
    return page, {"keep": keep, "drop": drop}


def unmarked(src: str) -> list[str]:
    """Visible text blocks of the body with no marker in them (for review)."""
    body = src.split("<body", 1)[-1]
    body = re.sub(r"<(script|style|noscript|template)\b.*?</\1>", " ", body, flags=re.S | re.I)
    body = MARK.sub(" @@MARKED@@ ", body)
    blocks = re.split(
        r"</?(?:p|div|li|h[1-6]|td|tr|section|article|aside|footer|header|nav|ul|ol|blockquote|"
        r"figure|figcaption|form|span|a|button|label|time|small|dt|dd|table|main)\b[^>]*>",
        body,
    )
    out = []
    for b in blocks:
        t = visible(b)
        if t and "@@MARKED@@" not in t:
            out.append(t)
    return out


def main() -> None:
    where = set_dir()
    expected: dict[str, dict[str, list[str]]] = {}
    (where / "pages").mkdir(exist_ok=True)
    for path in sorted((where / "src").glob("*.html")):
        src = path.read_text(encoding="utf-8")
        page, exp = build_one(src)
        (where / "pages" / path.name).write_text(page, encoding="utf-8")
        expected[path.name] = exp
        if "--unmarked" in sys.argv:
            left = unmarked(src)
            if left:
                print(f"== {path.name}")
                for t in left:
                    print("   ", t[:110])
    (where / "expected.json").write_text(
        json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    print(f"{len(expected)} pages", file=sys.stderr)


if __name__ == "__main__":
    main()
