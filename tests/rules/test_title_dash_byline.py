"""A byline without "By" may open with a dash ("— Jane Roe, Staff Reporter"): it is a byline,
and an exclamation headline above it (shown twice, as pages repeat the headline above the
byline) is the title, its repeat goes, and cleaning the body again changes nothing."""

from __future__ import annotations

import pytest

import newsclean

STORY = (
    "Readers who subscribe to the council's alert service will receive flood warnings by text "
    "message from next month.\n\n"
    "The service was tested in two districts last winter and will now cover the whole county.\n"
)


@pytest.mark.parametrize(
    "byline",
    ["— Mara Quint, Staff Reporter", "– Mara Quint, Staff Writer", "- Mara Quint | Correspondent"],
)
def test_exclamation_headline_over_a_dash_byline_is_the_title(byline: str) -> None:
    head = "What a season for the rowing club!"
    text = f"Sport ›\n\n{head}\n\n{head}\n{byline}\n\n{STORY}"
    article = newsclean.clean(text)
    assert article.title == head
    rules = {text[s.start : s.end].strip(): s.rule for s in article.spans if not s.kept}
    assert rules[head] == "title_repeat"
    assert rules[byline] == "unlabelled_byline"
    assert head not in article.body and byline not in article.body
    assert newsclean.clean(article.body).body == article.body


def test_a_dash_led_line_without_a_role_is_no_byline() -> None:
    head = "What a season for the rowing club!"
    text = f"{head}\n— Mara Quint\n\n{STORY}"
    article = newsclean.clean(text)
    assert article.title is None
    assert head in article.body
