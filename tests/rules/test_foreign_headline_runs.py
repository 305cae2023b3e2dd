"""A run of headline-shaped lines right after the story's last paragraph, with the page's
furniture after it, is the story's own list when its lines speak of the story, and a list of
other stories when they share (almost) no word with it."""

from __future__ import annotations

from .context_helpers import PROSE, clean, rule_of

FOOTER = ["Share this article", "Privacy Policy", "© 2024 Example Media. All rights reserved."]


def _page(run: list[str]) -> str:
    return "\n\n".join([*PROSE, *run, *FOOTER])


def test_headlines_of_other_stories_after_the_last_paragraph_go() -> None:
    run = [
        "Harbour ferry operator unveils winter timetable",
        "Animal shelter appeals for foster families",
        "Chess club celebrates fortieth anniversary",
        "Hospital car park closes for resurfacing",
    ]
    article = clean(_page(run))
    for line in run:
        assert rule_of(article, line) == "tail_headline_run"


def test_the_storys_own_list_after_the_last_paragraph_stays() -> None:
    # the lines name what the story is about: the budget, the buses, the property taxes
    run = [
        "Bigger budget for schools and public transport",
        "Property taxes raised to pay for the plan",
        "Residents divided over buses and bills",
        "Mayor expected to sign the measure this week",
    ]
    article = clean(_page(run))
    for line in run:
        assert rule_of(article, line) is None


def test_a_run_under_a_sentence_announcing_it_stays() -> None:
    # the closing paragraph announces the list: the lines are the story's, whatever their words
    lead = ("Volunteers who turned up on Saturday were thanked by name, and the organisers' "
            "favourite moments of the day are listed below.")
    run = [
        "Harbour ferry operator unveils winter timetable",
        "Animal shelter appeals for foster families",
        "Chess club celebrates fortieth anniversary",
    ]
    article = clean("\n\n".join([*PROSE, lead, *run, *FOOTER]))
    for line in run:
        assert rule_of(article, line) is None
