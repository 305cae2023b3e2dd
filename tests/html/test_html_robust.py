"""Malformed, empty, huge and deeply nested pages: a result or a documented error, fast."""

from __future__ import annotations

import time

import pytest
from html_helpers import assert_partition, clean_html, html_only

from newsclean import Config, InputTooLarge, Pipeline
from newsclean.html import read_html


@pytest.mark.parametrize(
    "html",
    [
        "",
        "   \n ",
        "<html>",
        "<html><body></body></html>",
        "<div><p>Hello <b>world</div></p></b><table><td>cell",
        "<p>unclosed <a href='x'>link <i>italic",
        "</p></div></body></html>",
        "<<<>>>&&&;;<p>text</p><!--",
        "<html><head><title>t</title></head><frameset><frame src='a'></frameset></html>",
        "<table><tr><td>a<td>b<tr><td>c</table>",
        "\x00\x01<p>\x00nul</p>",
    ],
)
def test_malformed_and_empty(html: str) -> None:
    art = clean_html(html)
    assert_partition(art)
    art2 = html_only().run(html, kind="html")
    assert_partition(art2)


def test_deep_nesting_is_flattened_not_recursed() -> None:
    n = 100_000
    html = "<div>" * n + "<p>Deep paragraph text, long enough to be prose.</p>" + "</div>" * n
    t0 = time.perf_counter()
    page = read_html(html, Config())
    assert time.perf_counter() - t0 < 30
    assert page.text == "Deep paragraph text, long enough to be prose."
    assert any(r.rule == "html.too_deep" for r in page.markup_removals)
    art = html_only().run(html, kind="html")
    assert "Deep paragraph" in art.body


@pytest.mark.parametrize("tag", ["span", "b", "li", "table", "section"])
def test_deep_nesting_of_other_tags(tag: str) -> None:
    n = 30_000
    html = f"<{tag}>" * n + "x" * 10 + f"</{tag}>" * n
    t0 = time.perf_counter()
    page = read_html(html, Config())
    assert time.perf_counter() - t0 < 30
    assert "xxxxxxxxxx" in page.text


def test_unclosed_deep_nesting() -> None:
    html = "<html><body>" + "<div>" * 50_000 + "end of page"
    page = read_html(html, Config())
    assert page.text == "end of page"


def test_huge_page_over_the_limit_is_a_documented_error() -> None:
    html = "<html><body>" + "<p>" + "word " * 10_000_000 + "</p></body></html>"  # 50 MB
    t0 = time.perf_counter()
    with pytest.raises(InputTooLarge):
        clean_html(html)
    with pytest.raises(InputTooLarge):
        clean_html(html.encode("utf-8"), config=Config(max_input_bytes=10_000_000))
    assert time.perf_counter() - t0 < 10


def test_huge_page_within_a_raised_limit() -> None:
    # 50 MB, most of it scripts and styles as on real heavy pages, some article text
    script = "<script>var x = '" + "a" * 1_000_000 + "';</script>"
    body = "".join(
        f"<p>Paragraph {i} of the article, with a full sentence.</p>" for i in range(2000)
    )
    html = "<html><head><style>" + "b{}" * 100_000 + "</style></head><body>"
    html += script * 50 + body + "</body></html>"
    assert len(html) > 50_000_000
    cfg = Config(max_input_chars=60_000_000)
    t0 = time.perf_counter()
    art = Pipeline([], cfg).run(html, kind="html")
    assert time.perf_counter() - t0 < 60
    assert art.text.count("\n") == 1999
    assert sum(r.chars for r in art.source.markup_removals) > 50_000_000
