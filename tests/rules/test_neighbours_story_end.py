"""Short lines inside the story stay, though a removed line sits next to them: the story ends
at its last kept sentence of six words or more (not only at its last prose paragraph of
twelve), and a live blog's entry times (two or more clock-time lines) are the story's."""

from __future__ import annotations

import newsclean

PROSE = (
    "I rode the bike for a month on the school run, on the motorway verge and on a very wet "
    "weekend in the hills.\n\n"
    "The battery held up better than the maker claims, and the brakes never faded on the long "
    "descents.\n\n"
)


def _kept(article: newsclean.Article, text: str, line: str) -> bool:
    at = text.index(line)
    return any(s.kept and s.start <= at < s.end for s in article.spans)


def test_a_review_spec_list_after_an_ad_stays_when_a_short_sentence_ends_the_story() -> None:
    specs = ["Price: £1,899", "Specifications", "Motor: 250W rear hub", "Weight: 22kg"]
    text = (
        "Review: the Tern 5 cargo bike\n\n" + PROSE + "Advertisement\n\n"
        + "\n\n".join(specs)
        + "\n\nA few flaws, but easy to recommend.\n\nShare\n"
    )
    article = newsclean.clean(text)
    for line in specs:
        assert _kept(article, text, line), line
    assert not _kept(article, text, "Advertisement")
    assert newsclean.clean(article.body).body == article.body


def test_without_a_closing_sentence_the_tail_remnants_still_go() -> None:
    text = "Review: the Tern 5 cargo bike\n\n" + PROSE + "Follow us on Facebook\n\nShare\n\nMore\n"
    article = newsclean.clean(text)
    assert not _kept(article, text, "Share")
    assert not _kept(article, text, "More")


def test_live_blog_entry_times_and_entry_heads_stay() -> None:
    entries = (
        "10.26am\n\nCoast line trains cancelled\n\n"
        "All services between the harbour and the airport have been cancelled until at least "
        "midday, the operator said.\n\n"
        "8.27am\n\n"
        "About 14,000 homes are without power, according to the network's outage map on "
        "Thursday morning.\n"
    )
    head = "Storm live: power cuts and rail closures\n\nShow key events only\n\n0 Shares\n\n"
    text = head + entries
    article = newsclean.clean(text)
    for line in ("10.26am", "Coast line trains cancelled", "8.27am"):
        assert _kept(article, text, line), line
    assert newsclean.clean(article.body).body == article.body


def test_a_review_score_stays_beside_a_removed_rating_widget() -> None:
    text = (
        "Review: the Tern 5 cargo bike\n\n" + PROSE + "Rating: 4/5\n\n"
        "Rate this review: ★★★★☆ (38 votes)\n\nPhoto: 3/12\n"
    )
    article = newsclean.clean(text)
    assert _kept(article, text, "Rating: 4/5")
    assert not _kept(article, text, "Rate this review")


def test_a_live_blog_headline_is_the_title_not_its_first_entry_head() -> None:
    head = "Storm live: power cuts, flooding and rail closures across the coast"
    entries = (
        "22:10 ET\n\nCoast line trains cancelled\n\n"
        "All services between the harbour and the airport have been cancelled until at least "
        "midday, the operator said.\n\n"
        "21:40 ET\n\nBridge reopens\n\n"
        "The estuary bridge has reopened to cars but remains closed to high-sided vehicles "
        "after the wind dropped overnight.\n"
    )
    text = f"{head}\n\nLive\n\nUpdated: 21 May 2021 20:18 BST\n\n{entries}"
    article = newsclean.clean(text)
    assert article.title == head
    assert _kept(article, text, "Coast line trains cancelled")
    assert newsclean.clean(article.body).body == article.body
