"""The notebook view escapes the untrusted input and marks every removed span."""

from __future__ import annotations

import html
import re

import newsclean
from newsclean import Pipeline
from newsclean.view import render_html

from .helpers import MarkRemover, seeds

HOSTILE = (
    "A headline <script>alert('title')</script>\n\n"
    "The story begins here, with a paragraph of prose.\n\n"
    "<script>alert(document.cookie)</script> REMOVE this line\n\n"
    '<img src=x onerror="alert(1)"> and more prose & text.'
)


def test_script_in_the_text_is_escaped() -> None:
    pipe = Pipeline([MarkRemover(reason='"><script>alert("reason")</script>')])
    article = pipe.run(HOSTILE, kind="text")
    out = render_html(article)
    assert "<script" not in out.lower()
    assert "<img" not in out.lower()
    assert "onerror=" not in out.replace("onerror=&quot;", "")
    assert "&lt;script&gt;alert(document.cookie)&lt;/script&gt;" in out
    # the reason is on hover, escaped inside the attribute
    assert 'title="test_mark (test&lt;cat&gt;): &quot;&gt;&lt;script&gt;' in out


def test_repr_html_is_the_view() -> None:
    article = newsclean.clean(HOSTILE, kind="text")
    out = article._repr_html_()
    assert out == render_html(article)
    assert "<script" not in out.lower()


def test_every_removed_span_is_marked_and_the_text_is_all_there() -> None:
    for text in seeds():
        article = newsclean.clean(text)
        out = render_html(article, max_chars=None)
        marked = re.findall(r'<span class="newsclean-removed" data-rule="([^"]*)"', out)
        assert len(marked) == len(article.removed)
        visible = html.unescape(re.sub(r"<[^>]+>", "", out))
        assert text in visible
        if article.removed:
            assert "<table" in out


def test_long_inputs_are_cut_short() -> None:
    article = newsclean.clean("A line of words.\n\n" * 5000)
    out = render_html(article, max_chars=1000)
    assert "more characters not shown" in out
    assert len(out) < 5000
