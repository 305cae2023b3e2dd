"""Shared helpers of the HTML tests."""

from __future__ import annotations

import html as _html
from pathlib import Path

import newsclean
from newsclean import Article, Config, Pipeline
from newsclean.html.steps import html_steps

ROOT = Path(__file__).resolve().parents[2]
SHARED_BENCH = ROOT.parent / "shared" / "bench" / "article-extraction-benchmark"


def html_only(config: Config | None = None) -> Pipeline:
    """The reader and the markup-aware steps, without the text rules."""
    cfg = config or Config()
    return Pipeline(html_steps(cfg), cfg)


def assert_partition(article: Article) -> None:
    """The spans partition the text view, in order, and every block's text is where it says."""
    assert "".join(s.text for s in article.spans) == article.text
    pos = 0
    for s in article.spans:
        assert s.start == pos and s.end >= s.start
        assert article.text[s.start : s.end] == s.text
        pos = s.end
    assert pos == len(article.text)


def page(body: str, *, head: str = "", lang: str = "en") -> str:
    return (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">{head}</head>'
        f"<body>{body}</body></html>"
    )


def wrap_article(lines: list[str], title: str = "") -> str:
    """A typical site around an article: header with a menu, a sidebar, a footer; the article
    is one ``<p>`` a line inside ``<article>``."""
    paras = "\n".join(f"<p>{_html.escape(line)}</p>" for line in lines)
    menu = "".join(
        f'<li><a href="/{w.lower()}">{w}</a></li>'
        for w in ("Home", "World", "Politics", "Business", "Sport", "Contact us")
    )
    related = "".join(
        f'<li><a href="/story/{i}">Another story headline number {i} for readers</a></li>'
        for i in range(1, 6)
    )
    return page(
        f'<header class="site-header"><a class="logo" href="/">The Daily Site</a>'
        f'<nav class="main-nav"><ul>{menu}</ul></nav></header>'
        f'<div class="layout"><main id="main"><article class="post">'
        f"{paras}</article></main>"
        f'<aside class="sidebar"><h3>Most read</h3><ul>{related}</ul>'
        f'<div class="newsletter"><p>Sign up for our daily briefing.</p></div></aside></div>'
        f'<footer class="site-footer"><ul><li><a href="/privacy">Privacy Policy</a></li>'
        f'<li><a href="/terms">Terms of Use</a></li></ul><p>© 2024 The Daily Site</p></footer>',
        head=f"<title>{_html.escape(title)}</title>" if title else "",
    )


def clean_html(data: str | bytes, **kw: object) -> Article:
    return newsclean.clean(data, kind="html", **kw)  # type: ignore[arg-type]
