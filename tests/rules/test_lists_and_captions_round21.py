"""Kinds first met on a blind corpus's dev split, in the project's own wordings: a colon's list
ends where another list's header was removed; "›" bullets; captions that say what a file
picture shows, end with a bracketed copyright credit, or are German and French scene lines;
"Explore more on:" tag headers and "You may have missed" lists."""

from __future__ import annotations

import pytest

import newsclean

STORY = (
    "Harbour ferry timetable changes from Monday\n\n"
    "The harbour authority said on Friday that the ferry will run every twenty minutes from "
    "Monday, after months of complaints from commuters about crowded boats.\n\n"
    "Officials said the new timetable would be reviewed in the spring, once passenger numbers "
    "for the winter season are known and the new boats are in service.\n\n"
)


def _removed(art: newsclean.Article, needle: str) -> str | None:
    for s in art.spans:
        if not s.kept and needle in s.text:
            return s.category
    return None


def test_colon_list_ends_at_another_lists_header() -> None:
    text = STORY + (
        "Browse by topic:\n\nferries\n\ncommuting\n\n"
        "More on this topic\n\n"
        "1 | Bridge repairs delayed again — 4 minute read\n\n"
        "2 | Council debates bus lanes — 4 minute read\n\n"
        "Latest headlines\n\n"
        "#1 Airport Rail Link Opens To Passengers 3h\n\n"
        "#2 Coastal Path Reopens After Storm Damage\n\n"
        "#3 Lifeboat Crew Rescues Two Kayakers 3h\n"
    )
    art = newsclean.clean(text)
    for line in ("#1 Airport", "#2 Coastal", "#3 Lifeboat"):
        assert _removed(art, line) is not None, line


def test_arrow_bullets_under_a_header_are_items() -> None:
    text = STORY + (
        "You may have missed\n\n"
        "› Bridge repairs delayed again · Yesterday\n\n"
        "› Council debates bus lanes · Yesterday\n\n"
        "› Airport rail link opens to passengers · Yesterday\n"
    )
    art = newsclean.clean(text)
    assert _removed(art, "You may have missed") is not None
    for line in ("› Bridge", "› Council", "› Airport"):
        assert _removed(art, line) is not None, line


@pytest.mark.parametrize(
    "caption",
    [
        "A file photo shows commuters boarding the morning ferry.",
        "This undated handout image shows the new boats in the shipyard.",
        "The ferry terminal at dawn. (© Lena Markwart/AFP via Getty Images)",
        "Commuters queue at the terminal, seen from the air.",
        "Das Archivbild zeigt die Fähre im Hafen.",
        "Blick auf den Fähranleger am Morgen.",
        "Sur cette photo d'archives, le terminal des ferries.",
    ],
)
def test_caption_kinds(caption: str) -> None:
    art = newsclean.clean(STORY.replace("\n\nOfficials", f"\n\n{caption}\n\nOfficials"))
    assert _removed(art, caption[:20]) == "photo_caption"


@pytest.mark.parametrize(
    "line",
    [
        "Blick auf die Zahlen zeigt, dass die Fähre öfter fährt als früher.",
        "A photo shows nothing, the spokesman said, because the cameras were off.",
        "The terminal opened in 1998 (© figures from the port authority).",
    ],
)
def test_story_lines_are_no_captions(line: str) -> None:
    art = newsclean.clean(STORY.replace("\n\nOfficials", f"\n\n{line}\n\nOfficials"))
    assert line in art.body


def test_explore_more_on_heads_a_tag_list() -> None:
    text = STORY + "Explore more on:\n\nferries\n\ncommuting\n\nharbour\n"
    art = newsclean.clean(text)
    assert _removed(art, "Explore more on") == "tag_list_header"
    assert _removed(art, "commuting") == "tag_item"


def test_headline_run_under_a_short_unknown_header_before_the_footer() -> None:
    text = STORY + (
        "Comments are closed.\n\n"
        "Readers' picks\n\n"
        "Airport rail link opens to passengers 3h\n\n"
        "Coastal path reopens after storm damage 3h\n\n"
        "Lifeboat crew rescues two kayakers 3h\n\n"
        "Cookie Policy\n"
    )
    art = newsclean.clean(text)
    for line in ("Airport rail", "Coastal path", "Lifeboat crew"):
        assert _removed(art, line) is not None, line


def test_story_list_under_a_short_line_inside_the_story_stays() -> None:
    text = STORY + (
        "What changes\n\n"
        "Boats leave every twenty minutes at peak times\n\n"
        "Night services run until midnight on Fridays\n\n"
        "Season tickets cost the same as before\n\n"
        "Advertisement\n\n"
        "The authority said it would publish passenger figures for the new timetable at the "
        "end of the year, and that fares would not rise before then.\n"
    )
    art = newsclean.clean(text)
    assert "Night services run until midnight on Fridays" in art.body


def test_feature_list_after_a_short_last_sentence_stays() -> None:
    text = STORY + (
        "The new boats also come with a few extras, the operator said.\n\n"
        "Free wireless internet on every crossing\n\n"
        "A file photo shows the new boats in the shipyard.\n\n"
        "Charging points at every seat on the upper deck\n\n"
        "Bicycle racks for up to twenty bikes\n"
    )
    art = newsclean.clean(text)
    assert "Free wireless internet on every crossing" in art.body
    assert "Bicycle racks for up to twenty bikes" in art.body
    assert _removed(art, "A file photo shows") == "photo_caption"
