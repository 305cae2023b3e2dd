"""Validate expected.json against the pages in pages/.

For every page: each keep and drop string must occur in the page's visible text (lxml parse,
script/style/noscript/template and <head> removed, a space at every block boundary, whitespace
normalised); no drop string may occur inside the page's story text (the keep strings joined) or its <h1>
headline, since it could then never be dropped or would punish a body that includes the title; drop strings shorter than 5 characters are reported.

    python benchmarks/blind_html/check.py [SET]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import lxml.html

HERE = Path(__file__).resolve().parent


def set_dir() -> Path:
    """The set named on the command line (``benchmarks/blind_html2``), else this one."""
    named = [a for a in sys.argv[1:] if not a.startswith("--")]
    return Path(named[0]) if named else HERE
INVISIBLE = {"script", "style", "noscript", "template", "head"}
INLINE = {
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd",
    "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var",
}  # fmt: skip


def norm(text: str) -> str:
    return " ".join(text.split())


def visible_text(html: bytes) -> str:
    root = lxml.html.document_fromstring(html)
    parts: list[str] = []

    def walk(el: lxml.html.HtmlElement) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag.lower() in INVISIBLE:
            if el.tail:
                parts.append(el.tail)
            return
        block = bool(tag) and tag.lower() not in INLINE
        if block:
            parts.append(" ")
        if tag and el.text:
            parts.append(el.text)
        for child in el:
            walk(child)
        if block:
            parts.append(" ")
        if el.tail:
            parts.append(el.tail)

    walk(root)
    return norm("".join(parts))


def main() -> int:
    where = set_dir()
    expected: dict[str, dict[str, list[str]]] = json.loads(
        (where / "expected.json").read_text(encoding="utf-8")
    )
    pages = sorted(p.name for p in (where / "pages").glob("*.html"))
    problems = 0
    if sorted(expected) != pages:
        print("pages and expected.json differ:", set(pages) ^ set(expected))
        problems += 1
    n_keep = n_drop = 0
    for name in pages:
        exp = expected.get(name, {"keep": [], "drop": []})
        text = visible_text((where / "pages" / name).read_bytes())
        story = " ".join(norm(k) for k in exp["keep"])
        root = lxml.html.document_fromstring((where / "pages" / name).read_bytes())
        heads = [norm(h.text_content()) for h in root.iter("h1")]
        n_keep += len(exp["keep"])
        n_drop += len(exp["drop"])
        if len(exp["keep"]) < 5:
            print(f"{name}: only {len(exp['keep'])} keep strings")
        for kind in ("keep", "drop"):
            seen: set[str] = set()
            for s in exp[kind]:
                s = norm(s)
                if s not in text:
                    print(f"{name}: {kind} string not in visible text: {s!r}")
                    problems += 1
                if kind == "keep" and s in seen:
                    print(f"{name}: duplicate keep string: {s!r}")
                    problems += 1
                seen.add(s)
        for s in exp["drop"]:
            s = norm(s)
            if s in story:
                print(f"{name}: drop string occurs in the story text: {s!r}")
                problems += 1
            if any(s in h for h in heads):
                print(f"{name}: drop string occurs in the headline: {s!r}")
                problems += 1
            if len(s) < 5:
                print(f"{name}: short drop string (note): {s!r}")
    print(f"{len(pages)} pages, {n_keep} keep strings, {n_drop} drop strings, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
