"""The notebook view: an Article as HTML, the input with its removed spans marked.

Jupyter calls ``Article._repr_html_``, which calls :func:`render_html`. Each removed span is
highlighted in a colour of its category, with its rule id and reason on hover (the ``title``
attribute); a table sums up the spans and characters each rule removed.

The input is untrusted (a scraped page may hold ``<script>`` in its text): every piece of text
and every attribute value goes through :func:`html.escape`, and the view itself uses no script
and no external resource.
"""

from __future__ import annotations

import html
import zlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .model import Article

__all__ = ["render_html"]

#: light background colours, picked per category by a stable hash of its name
_PALETTE = (
    "#fde2e2",
    "#fff1c1",
    "#dff5e1",
    "#dcecfb",
    "#efe1fa",
    "#ffe3cc",
    "#d9f2f2",
    "#f6dcec",
    "#e8ead0",
    "#e2e2e2",
)


def category_colour(category: str | None) -> str:
    """The background colour used for ``category`` (stable across runs and machines)."""
    if category is None:
        return _PALETTE[-1]
    return _PALETTE[zlib.crc32(category.encode("utf-8")) % (len(_PALETTE) - 1)]


def _e(text: str | None) -> str:
    return html.escape(text or "", quote=True)


def render_html(article: Article, *, max_chars: int | None = 200_000, summary: bool = True) -> str:
    """HTML for ``article``: a header (title, kind, removed share), the input with removed spans
    marked, and a per-rule summary table. Past ``max_chars`` of input the text is cut short
    (with a note); ``None`` shows everything."""
    parts: list[str] = ['<div class="newsclean-article" style="font-family:sans-serif">']
    title = article.title if article.title is not None else "(no title found)"
    removed = article.removed
    parts.append(
        f'<div style="margin-bottom:4px"><b>{_e(title)}</b> '
        f'<span style="color:#666">· {_e(article.source.kind)} · '
        f"{len(removed)} removed span{'s' if len(removed) != 1 else ''} · "
        f"{article.removed_share:.0%} of the text removed</span></div>"
    )
    parts.append(
        '<div style="white-space:pre-wrap;font-family:monospace;font-size:12px;'
        'line-height:1.45;border:1px solid #ddd;padding:6px;max-height:40em;overflow:auto">'
    )
    shown = 0
    cut = False
    for s in article.spans:
        text = s.text
        if max_chars is not None and shown + len(text) > max_chars:
            text = text[: max(0, max_chars - shown)]
            cut = True
        shown += len(text)
        if s.kept:
            parts.append(_e(text))
        else:
            tip = f"{s.rule} ({s.category}): {s.reason}"
            parts.append(
                f'<span class="newsclean-removed" data-rule="{_e(s.rule)}" '
                f'style="background:{category_colour(s.category)};color:#555;'
                f'text-decoration:line-through;text-decoration-color:#bbb" '
                f'title="{_e(tip)}">{_e(text)}</span>'
            )
        if cut:
            break
    if cut:
        parts.append(
            f'<span style="color:#999">\n… {len(article.text) - shown:,} more characters '
            "not shown</span>"
        )
    parts.append("</div>")
    if summary and removed:
        parts.append(_summary_table(article))
    parts.append("</div>")
    return "".join(parts)


def _summary_table(article: Article) -> str:
    rows: dict[tuple[str, str], list[int]] = {}
    for s in article.removed:
        key = (s.rule or "", s.category or "")
        counts = rows.setdefault(key, [0, 0])
        counts[0] += 1
        counts[1] += len(s.text.strip())
    out = [
        '<table style="border-collapse:collapse;font-size:12px;margin-top:6px">'
        "<thead><tr>"
        '<th style="text-align:left;padding:1px 8px">rule</th>'
        '<th style="text-align:left;padding:1px 8px">category</th>'
        '<th style="text-align:right;padding:1px 8px">spans</th>'
        '<th style="text-align:right;padding:1px 8px">chars</th>'
        "</tr></thead><tbody>"
    ]
    for (rule, category), (n, chars) in sorted(rows.items(), key=lambda kv: -kv[1][1]):
        out.append(
            f'<tr><td style="padding:1px 8px;background:{category_colour(category)}">'
            f"<code>{_e(rule)}</code></td>"
            f'<td style="padding:1px 8px">{_e(category)}</td>'
            f'<td style="text-align:right;padding:1px 8px">{n}</td>'
            f'<td style="text-align:right;padding:1px 8px">{chars:,}</td></tr>'
        )
    out.append("</tbody></table>")
    return "".join(out)
