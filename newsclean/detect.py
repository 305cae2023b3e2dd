"""Is this input HTML or plain text? And which charset does a byte page declare?

The rule (documented in docs/guide.md): an input is HTML when, after leading whitespace and an
optional BOM, it starts with ``<!doctype html``, ``<html``, ``<head``, ``<body`` or an XML
declaration followed by ``<html``, or when the first 4 KB hold at least 3 block-level tags
(``<p>``, ``<div>``, ``<article>``...) and tags make up a visible share of it.
``kind="text"`` or ``kind="html"`` overrides this.
"""

from __future__ import annotations

import regex

_HTML_START = regex.compile(
    r"^\ufeff?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])",
    regex.IGNORECASE | regex.DOTALL,
)
_BLOCK_TAG = regex.compile(
    r"</?(?:p|div|article|section|main|br|li|ul|ol|h[1-6]|table|span|a|meta|script|body|header|footer|nav)\b[^>]*>",
    regex.IGNORECASE,
)
_META_CHARSET = regex.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]{1,40})""", regex.IGNORECASE
)
_XML_ENCODING = regex.compile(rb"""^<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_\-.]{1,40})""")


def looks_like_html(text: str) -> bool:
    """True when ``text`` should be read as HTML (see the module docstring for the rule)."""
    head = text[:4096]
    if "<" not in head:
        return False
    if _HTML_START.match(head):
        return True
    tags = _BLOCK_TAG.findall(head)
    if len(tags) < 3:
        return False
    return sum(len(t) for t in tags) >= 0.02 * len(head.strip())


def declared_charset(data: bytes) -> str | None:
    """The charset a byte page declares in an XML declaration or a ``<meta>`` tag, if any."""
    head = data[:4096]
    m = _XML_ENCODING.match(head.lstrip()) or _META_CHARSET.search(head)
    return m.group(1).decode("ascii") if m else None
