"""Aggregator disclaimers as kinds (rounds 12 and 13): a collecting verb with where the stories
come from ("shares stories from other websites", "indexes stories published elsewhere", "from
publishers across the web"), "Content aggregated by X", "X: we automatically collect", "About
X: we aggregate", a disclaimer saying the story was copied ("taken from the internet", "does
not own this story"). Each is removed from the body and names the aggregator; stories about
aggregators, and passives such as "compiled by Statistics Canada from", keep their lines and
name no aggregator."""

from __future__ import annotations

import pytest

from .helpers import clean_with_line as _clean


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Wirebloom aggregates news from various sources across the web and links to the "
         "originals.", "Wirebloom"),
        ("Storyquay gathers articles from across the web and links to the original source.",
         "Storyquay"),
        ("About Feedhollow: we aggregate the best stories from around the internet.",
         "Feedhollow"),
        ("Pressgrove: we automatically collect and display news stories from other sites.",
         "Pressgrove"),
        ("Content aggregated by Newsbarrow from third-party publishers.", "Newsbarrow"),
        ("Aggregated by Linkmeadow.", "Linkmeadow"),
        ("This post was syndicated automatically by Clipharbor from its original source.",
         "Clipharbor"),
        ("Welcome to The Story Loft, an automated news aggregator with headlines from the web.",
         "The Story Loft"),
        ("Quillmarket shares stories from other websites so you can read them in one place.",
         "Quillmarket"),
        ("Briefmoor reposts stories from other outlets. Full credit to the original writers.",
         "Briefmoor"),
        ("Headstream doesn't write news. We point you to stories published by others.",
         "Headstream"),
        ("Loopwire is not the owner of this article. We only share it so more people see it.",
         "Loopwire"),
        ("This page is part of Newsfold, a service that brings together news from other websites.",
         "Newsfold"),
        ("Note: Dailyquill takes no responsibility for this content, which comes from the source "
         "linked below.", "Dailyquill"),
        ("Disclaimer: Paperkite does not own this story. It first ran on another website.",
         "Paperkite"),
        ("Disclaimer: This story is taken from the internet. Snipwell claims no credit for it.",
         "Snipwell"),
        ("Disclaimer: All the content on Newsorchard is copied from other websites.",
         "Newsorchard"),
        ("Disclaimer: Wirethrush has not written this article; it has been republished from a "
         "partner website.", "Wirethrush"),
        # round 13: "indexes", publishers across the web, elsewhere, hundreds of sources
        ("Rillpost collects stories from publishers across the web. All content belongs to its "
         "original authors.", "Rillpost"),
        ("Tidescan gathers news from elsewhere on the internet; we do not produce original "
         "reporting.", "Tidescan"),
        ("Brookdex indexes stories published elsewhere and links back to the source.",
         "Brookdex"),
        ("Feedmoss curates headlines from dozens of news sites. Rights stay with their owners.",
         "Feedmoss"),
        ("Larkreel aggregates news from outlets around the world and links to the originals.",
         "Larkreel"),
    ],
)  # fmt: skip
def test_disclaimer_goes_and_names_the_aggregator(line: str, name: str) -> None:
    article, removed = _clean(line)
    assert removed, line
    assert [f.value for f in article.provenance.all("aggregator")] == [name]


@pytest.mark.parametrize(
    "line",
    [
        "Google News aggregates stories from thousands of publishers, the company said.",
        "The platform aggregates news from hundreds of local outlets, according to its founder.",
        "Flipboard curates articles from thousands of publishers into personalised magazines.",
        "The museum takes no responsibility for the content of the letters, which comes from "
        "private donors.",
        "He runs a platform that collects news from other websites and sells advertising.",
        "Google News is an online aggregator of news published elsewhere, and regulators want "
        "it to pay.",
        "We share stories from other families who have been through the same ordeal.",
        "Reporters at the paper share stories from other outlets on their social media accounts.",
        "The agency gathers news from around the world and sells it to newspapers.",
        "Google indexes news published elsewhere, the lawsuit said.",
        "The museum collects stories from hundreds of sources, curators said.",
        "Readers from around the world sent letters to the paper after the story ran.",
    ],
)
def test_stories_about_aggregators_stay(line: str) -> None:
    article, removed = _clean(line)
    assert not removed, line
    assert not article.provenance.all("aggregator")


@pytest.mark.parametrize(
    "line",
    [
        "The figures were compiled by Statistics Canada from tax records filed last year.",
        "The samples were collected by NASA from the lunar surface in 1972.",
        "The list was curated by The Guardian from readers' nominations.",
        "Stories compiled automatically by Reuters, AP and AFP were checked by editors.",
        "Jones: we collect news from the villages and read it out on the radio each night.",
        "Content aggregated by Google was shown to users in Europe, the court heard.",
    ],
)
def test_collecting_in_a_story_names_no_aggregator(line: str) -> None:
    article, _ = _clean(line)
    assert not article.provenance.all("aggregator")
