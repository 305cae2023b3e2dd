"""Context kinds first met in the blind_d development corpus: titles with a glued site suffix,
set in capitals or cut short by a feed; the story must survive each.

The wordings here are our own."""

from __future__ import annotations

import pytest

from .context_helpers import PROSE, category_of, clean, doc, kept_all, rule_of


def facts(a: object, kind: str) -> list[str]:
    prov = a.provenance  # type: ignore[attr-defined]
    return [f.value for f in prov.facts if f.kind == kind]


# -- a site suffix glued to its pipe: "Headline |Site" -------------------------------------------
@pytest.mark.parametrize(
    ("line", "title", "site"),
    [
        ("Ferry fares rise for the third time this year |Harbour Post",
         "Ferry fares rise for the third time this year", "Harbour Post"),
        ("Neue Brücke über den Fluss wird im Mai eröffnet |Tal-Kurier",
         "Neue Brücke über den Fluss wird im Mai eröffnet", "Tal-Kurier"),
        ("Council approves budget after long debate  |The Valley Times",
         "Council approves budget after long debate", "The Valley Times"),
    ],
)
def test_a_pipe_glued_to_the_site_name_splits_the_suffix(line: str, title: str, site: str) -> None:
    a = clean(doc(line, *PROSE))
    assert a.title == title
    assert facts(a, "site_name") == [site]
    kept_all(a, PROSE)


def test_a_pipe_glued_to_a_lower_case_word_is_no_suffix() -> None:
    line = "Ferry fares rise again |and again"
    a = clean(doc(line, *PROSE))
    assert a.title != "Ferry fares rise again"


# -- a headline set in capitals --------------------------------------------------------------------
@pytest.mark.parametrize(
    "head",
    [
        "COUNCIL VOTES TO CLOSE THE OLD HARBOUR BRIDGE FOR GOOD",
        "STRIKERS RETURN AS LEAGUE LEADERS WIN 3 1 AWAY",
        "REGIERUNG BESCHLIESST NEUES GESETZ ZUR ÖFFENTLICHEN MIETE",
    ],
)
def test_a_headline_in_capitals_is_the_title(head: str) -> None:
    a = clean(doc(head, *PROSE))
    assert a.title == head
    kept_all(a, PROSE)


@pytest.mark.parametrize("kicker", ["READ THE FULL STORY", "LIVE UPDATES FROM THE VOTE"])
def test_a_short_line_in_capitals_is_no_title(kicker: str) -> None:
    a = clean(doc(kicker, *PROSE))
    assert a.title is None


def test_a_headline_in_capitals_after_another_candidate_is_no_title() -> None:
    """A second line in capitals after a headline makes two candidates, not a new title."""
    a = clean(doc("Harbour bridge closes for good after vote",
                  "COUNCIL SAYS REPAIRS WOULD COST MORE THAN A NEW CROSSING", *PROSE))
    assert a.title != "COUNCIL SAYS REPAIRS WOULD COST MORE THAN A NEW CROSSING"


# -- a headline a feed cut short with an ellipsis ------------------------------------------------
@pytest.mark.parametrize(
    "head",
    [
        "Why the harbour bridge repairs took twice as long as the council...",
        "Ferry operator warns of more cancellations as crews…",
    ],
)
def test_a_headline_cut_with_an_ellipsis_is_the_title(head: str) -> None:
    a = clean(doc(head, *PROSE))
    assert a.title == head
    kept_all(a, PROSE)


@pytest.mark.parametrize(
    ("head", "lead"),
    [
        ("Port Talbot...", "PORT TALBOT, Wales — The steelworks will close its last blast furnace "
         "in the spring, the company said on Tuesday, ending a century of iron making."),
        ("Mayor…", "Mayor Jane Holt said on Monday that the city would not raise fares again "
         "this year, after a winter of protests by commuters and unions."),
    ],
)
def test_a_head_cut_to_a_word_or_two_that_the_lead_opens_with_is_the_title(
    head: str, lead: str
) -> None:
    a = clean(doc(head, lead, *PROSE))
    assert a.title == head
    kept_all(a, [lead, *PROSE])


def test_a_spaced_ellipsis_is_the_writers_not_a_cut_headline() -> None:
    """A short line with a spaced ellipsis among the first paragraphs stays story."""
    line = "But then the money ran out …"
    a = clean(doc("Harbour bridge closes for good after vote", line, *PROSE))
    assert a.title == "Harbour bridge closes for good after vote"
    assert rule_of(a, line) is None


def test_an_ellipsis_line_the_lead_does_not_open_with_and_too_short_is_no_title() -> None:
    a = clean(doc("Prices...", *PROSE))
    assert a.title is None


# -- stock subheads next to boilerplate stay story -----------------------------------------------
@pytest.mark.parametrize(
    ("lang", "subhead"),
    [
        ("en", "Why it matters"),
        ("en", "THE BIG PICTURE"),
        ("en", "What we know"),
        ("de", "Wie geht es weiter"),
        ("fr", "Ce qu'il faut savoir"),
        ("es", "Las claves"),
    ],
)
def test_a_stock_subhead_after_the_story_next_to_boilerplate_stays(lang: str, subhead: str) -> None:
    from newsclean import Config

    cfg = Config(languages=(lang,)) if lang != "en" else None
    a = clean(doc(*PROSE, subhead, "Share this article", "Follow us on Facebook"), cfg)
    assert rule_of(a, "Follow us on Facebook") is not None
    assert rule_of(a, subhead) is None
    kept_all(a, PROSE)


@pytest.mark.parametrize("remnant", ["Load more", "View all", "Just in"])
def test_a_ui_remnant_next_to_boilerplate_still_goes(remnant: str) -> None:
    a = clean(doc(*PROSE, remnant, "Share this article", "Follow us on Facebook"))
    assert rule_of(a, remnant) is not None
    kept_all(a, PROSE)


# -- the line right below a photo credit: a short caption, or the story's next paragraph ---------
TITLE = "Harbour bridge reopens after two years of repairs"
CREDIT = "Photo: Jane Roe/Reuters"


def test_a_long_paragraph_right_below_a_credit_is_the_story() -> None:
    para = ("Engineers who inspected the span last winter found that the steel cables had "
            "corroded far faster than expected, which forced the council to close it to lorries "
            "and later to all traffic")
    text = doc(TITLE, PROSE[0], CREDIT + "\n" + para, *PROSE[1:])
    a = clean(text)
    assert rule_of(a, CREDIT) is not None
    kept_all(a, [para, *PROSE])


def test_a_short_line_right_below_a_credit_is_its_caption() -> None:
    caption = "Cyclists cross the reopened bridge on Monday morning"
    text = doc(TITLE, PROSE[0], CREDIT + "\n" + caption, *PROSE[1:])
    a = clean(text)
    assert rule_of(a, caption) == "photo_caption"
    kept_all(a, PROSE)


# -- list headers of other kinds: "viral", "might interest you", "en ce moment"… ----------------
ITEMS = [
    "Ferry timetable changes for the winter season",
    "Lighthouse keeper retires after forty years",
    "New cycle lane opens along the river",
]


@pytest.mark.parametrize(
    ("lang", "header", "rule"),
    [
        ("en", "Going viral", "ranking_header"),
        ("en", "Popular right now", "ranking_header"),
        ("en", "These might interest you", "recommendation_header"),
        ("en", "Stories of interest", "recommendation_header"),
        ("fr", "En ce moment", "ranking_header"),
        ("de", "Das könnte dir auch gefallen", "recommendation_header"),
        ("es", "Lo más comentado", "ranking_header"),
    ],
)
def test_a_list_header_after_the_story_takes_its_items(lang: str, header: str, rule: str) -> None:
    from newsclean import Config

    cfg = Config(languages=(lang,)) if lang != "en" else None
    a = clean(doc(TITLE, *PROSE, header, *ITEMS), cfg)
    assert rule_of(a, header) == rule
    for item in ITEMS:
        assert rule_of(a, item) is not None, item
    kept_all(a, PROSE)


def test_a_sentence_about_going_viral_is_no_header() -> None:
    line = "The clip went viral within hours and has been shared thousands of times since."
    a = clean(doc(TITLE, PROSE[0], line, *PROSE[1:]))
    kept_all(a, [line, *PROSE])


# -- a byline without "By" next to the title -----------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "Maria Okafor, Senior Correspondent"),
        ("en", "Tom van der Berg | Staff Reporter"),
        ("en", "Aisha Rahman | 14 Feb 2025"),
        ("en", "Lee Min-jun · Tue, 04 Mar 2025 09:12 GMT"),
        ("de", "Jana Becker, Redakteurin"),
        ("fr", "Élodie Marchand, journaliste"),
        ("es", "Lucía Ferrer, corresponsal"),
    ],
)
def test_a_name_with_a_role_or_a_date_under_the_title_is_a_byline(lang: str, line: str) -> None:
    from newsclean import Config

    cfg = Config(languages=(lang,)) if lang != "en" else None
    a = clean(doc(TITLE, line, *PROSE), cfg)
    assert a.title == TITLE
    # the title step's rule, or the phrase rule for the commonest shapes (removed first)
    assert rule_of(a, line) in ("unlabelled_byline", "byline_line")
    assert category_of(a, line) == "byline"
    kept_all(a, PROSE)
    name = line.split(",")[0].split("|")[0].split("·")[0].strip()
    assert name in facts(a, "authors")


@pytest.mark.parametrize(
    "line",
    [
        "Harbour Board, Unions Reach Deal",  # a headline, no role after the names
        "Jane Roe, who chairs the board, said the deal was fair.",
    ],
)
def test_names_before_other_words_are_no_byline(line: str) -> None:
    a = clean(doc(TITLE, *PROSE[:2], line, *PROSE[2:]))
    assert rule_of(a, line) != "unlabelled_byline"


# -- the title's words as a sentence -------------------------------------------------------------
def test_the_title_as_a_sentence_right_under_it_repeats_it() -> None:
    a = clean(doc(TITLE, TITLE + ".", *PROSE))
    assert a.title == TITLE
    assert rule_of(a, TITLE + ".") == "title_repeat"


def test_the_title_as_a_sentence_after_the_byline_is_the_story() -> None:
    a = clean(doc(TITLE, "By Jane Roe", TITLE + ".", *PROSE))
    assert a.title == TITLE
    kept_all(a, [TITLE + ".", *PROSE])


# -- menus of items the vocabulary lacks ----------------------------------------------------------
REGIONS = ["Highlands", "Lowlands", "Coast", "Islands", "Borders", "Valleys"]


def test_a_run_of_bare_one_word_items_above_the_title_is_a_menu() -> None:
    a = clean(doc("Weather", *REGIONS, TITLE, *PROSE))
    for item in REGIONS:
        assert rule_of(a, item) == "menu_run", item
    assert a.title == TITLE
    kept_all(a, PROSE)


def test_a_short_run_of_bare_words_above_the_title_is_no_menu() -> None:
    a = clean(doc(*REGIONS[:3], TITLE, *PROSE))
    for item in REGIONS[:3]:
        assert rule_of(a, item) != "menu_run", item


def test_a_list_of_bare_words_inside_the_story_stays() -> None:
    intro = "The survey covered six regions, listed here from north to south:"
    a = clean(doc(TITLE, PROSE[0], intro, *REGIONS, *PROSE[1:]))
    kept_all(a, [intro, *REGIONS, *PROSE])


def test_a_line_of_many_bare_items_joined_by_pipes_is_a_menu() -> None:
    line = "AB | CD | EF | GH | IJ | KL | MN"
    a = clean(doc(line, TITLE, *PROSE))
    assert rule_of(a, line) == "menu_line"
    kept_all(a, PROSE)


def test_a_line_of_few_bare_items_joined_by_pipes_is_no_menu_line() -> None:
    line = "Highlands | Coast | Islands"
    a = clean(doc(TITLE, *PROSE, line))
    assert rule_of(a, line) != "menu_line"


# -- captions with no credit: file/representative labels, screengrabs, "the photo shows" --------
@pytest.mark.parametrize(
    ("lang", "caption"),
    [
        ("en", "(ARCHIVE) Delegates arrive at the summit venue in Geneva."),
        ("en", "(Symbolic image)"),
        ("en", "Illustrative picture"),
        ("en", "Screenshot taken from a police video"),
        ("en", "A drone view shows the damaged pier at low tide."),
        ("de", "Das Bild zeigt den Hafen am frühen Morgen."),
        ("de", "Symbolfoto der Feuerwehr im Einsatz"),
        ("fr", "Image d'illustration du port de Brest."),
        ("es", "Imagen ilustrativa del puerto."),
    ],
)
def test_a_caption_cue_without_a_credit_marks_a_caption(lang: str, caption: str) -> None:
    from newsclean import Config

    cfg = Config(languages=(lang,)) if lang != "en" else None
    a = clean(doc(TITLE, PROSE[0], caption, *PROSE[1:]), cfg)
    assert rule_of(a, caption) == "photo_caption"
    kept_all(a, PROSE)


@pytest.mark.parametrize(
    "line",
    [
        "An aerial view shows that the dam had been breached in two places, officials said, and "
        "engineers warned that the valley below could flood again. Residents were told to leave.",
        "The file photo was later withdrawn by the agency after questions about its date.",
        "A screenshot of the message was shared thousands of times before it was deleted.",
    ],
)
def test_a_story_sentence_about_a_picture_stays(line: str) -> None:
    a = clean(doc(TITLE, PROSE[0], line, *PROSE[1:]))
    kept_all(a, [line, *PROSE])


# -- a video player's running time on a line of its own ------------------------------------------
@pytest.mark.parametrize("line", ["▶ 3:47", "► 12:05", "1:02:33", "0:41", "🎥 4:10", "2:09 ▶"])
def test_a_running_time_on_its_own_line_is_player_chrome(line: str) -> None:
    a = clean(doc(TITLE, PROSE[0], line, *PROSE[1:]))
    assert rule_of(a, line) == "video_duration"
    kept_all(a, PROSE)


@pytest.mark.parametrize(
    "line",
    ["14:30", "09:15", "The vote is set for 14:30.", "Kick-off: 7:45",
     "It ended 3:2 after extra time."],
)
def test_a_clock_time_or_a_sentence_with_a_time_is_no_player_chrome(line: str) -> None:
    a = clean(doc(TITLE, PROSE[0], line, *PROSE[1:]))
    assert rule_of(a, line) != "video_duration"


# -- a one-line tag list with slashes --------------------------------------------------------------
def test_a_tag_line_split_by_spaced_slashes_goes_with_its_tags() -> None:
    line = "Tags: Harbour / Local council / Public transport / AC/DC"
    a = clean(doc(TITLE, *PROSE, line))
    assert rule_of(a, line) == "tag_line"
    assert facts(a, "tags") == ["Harbour", "Local council", "Public transport", "AC/DC"]
    kept_all(a, PROSE)


def test_a_sentence_with_slashes_after_a_tag_word_is_no_tag_line() -> None:
    line = "Topics ranged from fares / timetables to the new bridge, and most agreed on nothing."
    a = clean(doc(TITLE, *PROSE, line))
    assert rule_of(a, line) != "tag_line"


# -- market ticker strips --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        "Harbour Index 1,204.10 ▲ 0.35%",
        "Coast 40 9,120.5 -0.8%",
        "ETH $3,412 ▲2.4% | Gold $2,310.50 -0.2% | Brent $81.90 ▼",
        "FTSE 100 8,140.3 +0.1%  ·  EUR/USD 1.0842 -0.05%",
    ],
)
def test_a_ticker_strip_between_paragraphs_is_removed(line: str) -> None:
    a = clean(doc(TITLE, *PROSE[:2], line, *PROSE[2:]))
    assert rule_of(a, line) == "market_ticker"
    assert a.title == TITLE
    kept_all(a, PROSE)


@pytest.mark.parametrize(
    "line",
    [
        "The DAX rose 0.35% to 18,204.10 points on Tuesday.",
        "Shares of Harbour Ferries fell 4% after the results.",
        "Inflation 2024 3.1%",
        "Route 66 2,448 miles",
    ],
)
def test_a_sentence_or_a_figure_without_a_change_is_no_ticker(line: str) -> None:
    a = clean(doc(TITLE, PROSE[0], line, *PROSE[1:]))
    assert rule_of(a, line) != "market_ticker"


# -- the page header above the site's navigation ------------------------------------------------
MENU = "Home | Local | Sport | Business | Weather | Opinion"


@pytest.mark.parametrize(
    "header",
    [
        ["Serving the valley's readers since 1887"],
        ["The Harbour Chronicle", "Independent local journalism, every day"],
        ["Morning edition", "Rain, 12°C"],
    ],
)
def test_the_lines_above_the_navigation_are_the_page_header(header: list[str]) -> None:
    a = clean(doc(*header, MENU, TITLE, *PROSE))
    assert a.title == TITLE
    for line in header:
        assert rule_of(a, line) is not None, line
    kept_all(a, PROSE)
    assert clean(a.body).body == a.body


def test_a_paragraph_above_the_navigation_stays() -> None:
    a = clean(doc(PROSE[0], MENU, TITLE, *PROSE[1:]))
    kept_all(a, PROSE)


def test_a_finished_sentence_right_below_a_credit_is_the_story() -> None:
    """Right below a credit, a line that ends as a sentence is as often the story's next
    paragraph as a caption: only a fragment is taken there without a picture cue."""
    para = "There is more to see on the riverside this weekend. Here is where to start."
    text = doc(TITLE, PROSE[0], CREDIT + "\n" + para, *PROSE[1:])
    a = clean(text)
    assert rule_of(a, CREDIT) is not None
    kept_all(a, [para, *PROSE])
