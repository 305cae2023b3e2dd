"""A headline-shaped line above the headline (a newsletter's or a site's name, a kicker) made
two title candidates, so no title was taken; the headline was taken when the body was cleaned
again. When the story's lead opens with the last candidate's words, that one is the headline
and the lines above it go as the page's header (rule ``above_headline``)."""

from __future__ import annotations

import pytest

import newsclean

HEAD = "Ferry operator cancels winter timetable after engine failures"
LEAD = (
    "Ferry operator cancels winter timetable after engine failures, leaving island residents "
    "with one crossing a day until the spring."
)
MORE = "The company said two of its three vessels needed new engines, which take months to fit.\n"


@pytest.mark.parametrize(
    "above",
    ["The Morning Tide Briefing", "Island Weekly Roundup Edition", "Notes From The Harbour Office"],
)
def test_lines_above_a_headline_the_lead_repeats_are_the_header(above: str) -> None:
    text = f"{above}\n\n{HEAD}\n\n{LEAD}\n\n{MORE}"
    article = newsclean.clean(text)
    assert article.title == HEAD
    rules = {text[s.start : s.end].strip(): s.rule for s in article.spans if not s.kept}
    assert rules[above] == "above_headline"
    assert article.body.startswith(LEAD)
    assert newsclean.clean(article.body).body == article.body


def test_without_the_lead_repeating_it_two_candidates_still_give_no_title() -> None:
    above = "The Morning Tide Briefing"
    lead = "Island residents will have one crossing a day until the spring, the company said."
    text = f"{above}\n\n{HEAD}\n\n{lead}\n\n{MORE}"
    article = newsclean.clean(text)
    assert article.title is None
    assert above in article.body and HEAD in article.body


def test_a_headline_shown_twice_keeps_its_first_line_as_the_title() -> None:
    above = "The Morning Tide Briefing"
    text = f"{above}\n\n{HEAD}\n\n{HEAD}\n\n{LEAD}\n\n{MORE}"
    article = newsclean.clean(text)
    assert article.title == HEAD
    title = next(s for s in article.spans if s.rule == "title")
    assert title.start == text.index(HEAD)
    rules = [s.rule for s in article.spans if not s.kept]
    assert rules.count("title_repeat") == 1
    assert newsclean.clean(article.body).body == article.body
