"""The detection rule: what is read as HTML and what as text (kind= overrides it)."""

from __future__ import annotations

import pytest

import newsclean
from newsclean.detect import looks_like_html


@pytest.mark.parametrize(
    "text",
    [
        "<!DOCTYPE html><html><body><p>x</p></body></html>",
        "  \n<html lang='en'><p>x</p></html>",
        "\ufeff<!doctype html>\n<title>t</title>",
        "<?xml version='1.0'?>\n<html xmlns='http://www.w3.org/1999/xhtml'><body/></html>",
        "<!-- saved page --><html><body>x</body></html>",
        "<body><p>x</p></body>",
        "<div><p>One paragraph.</p><p>Another paragraph.</p></div>",
    ],
)
def test_html_is_detected(text: str) -> None:
    assert looks_like_html(text)
    assert newsclean.clean(text).source.kind == "html"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Plain text news story.\n\nSecond paragraph.",
        "Prices rose 3% <and> fell again; a < b > c is maths, not markup.",
        "Use the <p> tag for paragraphs, the tutorial said.",
    ],
)
def test_text_is_not_html(text: str) -> None:
    assert not looks_like_html(text)
    assert newsclean.clean(text).source.kind == "text"


def test_kind_overrides_detection() -> None:
    text = "<p>Short fragment.</p>"
    assert newsclean.clean(text, kind="html").source.kind == "html"
    assert newsclean.clean("<html><body>x</body></html>", kind="text").source.kind == "text"
    with pytest.raises(ValueError):
        newsclean.clean(text, kind="xml")
