"""The title's second look (step ``title_retry``): a line a later step removes (a short
remnant under the headline, the site's talk above it) hid the headline from the title step,
and a second cleaning of the body took it. Now the first cleaning takes it too, and the clean
is idempotent; a line protected as the story's own is never taken on the second look."""

from __future__ import annotations

import newsclean
from newsclean import Pipeline

HEAD = "Harbour board approves new ferry terminal after two-year review — Bayside Courier"
STORY = (
    "The harbour board voted on Tuesday to approve a new ferry terminal on the east quay, "
    "ending a review that began two years ago.\n\n"
    "Construction is expected to start next spring and to take about eighteen months, the "
    "board's chair said.\n"
)


def test_a_headline_hidden_by_a_remnant_removed_later_is_the_title() -> None:
    # "Announcement from ..." is a second candidate when the title step runs; the short
    # neighbours step removes it (next to the removed date line), and the second look finds
    # one candidate left
    text = (
        f"Filed under: Business\n\n{HEAD}\n\nAnnouncement from Quayside Holdings\n\n"
        f"Published on January 1, 2022 2:08 AM SGT\n\n{STORY}"
    )
    article = newsclean.clean(text)
    assert article.title == HEAD.split(" — ")[0]
    assert newsclean.clean(article.body).body == article.body
    assert newsclean.clean(article.body).title is None


def test_without_the_step_the_first_clean_has_no_title() -> None:
    text = (
        f"Filed under: Business\n\n{HEAD}\n\nAnnouncement from Quayside Holdings\n\n"
        f"Published on January 1, 2022 2:08 AM SGT\n\n{STORY}"
    )
    single = Pipeline.default().without("title_retry")
    assert single.run(text).title is None
    assert single.run(single.run(text).body).title is not None


def test_a_text_without_a_headline_gets_none_on_the_second_look() -> None:
    article = newsclean.clean(STORY)
    assert article.title is None
    assert article.body.strip() == STORY.strip()
