"""Context kinds first met in a blind corpus: press-release contact blocks, forum chrome, a
blog's masthead, numbered headline runs, captions without a credit, titles behind metadata.

The wordings here are our own; each kind has a case where the story must survive."""

from __future__ import annotations

import pytest

from newsclean import Config

from .context_helpers import PROSE, category_of, clean, doc, kept_all, rule_of

TITLE = "Harbour bridge reopens after two years of repairs"


# -- press-release contact blocks ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "block"),
    [
        ("en", ["Media Contact:", "Dana Whitfield", "Director of Communications",
                "Northwind Ferries Ltd.", "+1 (503) 555-0142", "dana.whitfield@example.com"]),
        ("en", ["PRESS CONTACTS", "Ravi Okonjo", "ravi@example.org"]),
        ("en", ["Investor Relations", "Mila Sorensen", "Vice President, Finance"]),
        ("en", ["Media inquiries:", "Tom Berger, Head of Communications"]),
        ("en", ["For further information, please contact:", "The Harbour Trust",
                "Tel: 020 7946 0321"]),
        ("en", ["Contact:", "Office of the Harbour Master", "info@harbour.example"]),
        ("de", ["Pressekontakt:", "Jana Becker", "Unternehmenskommunikation",
                "Telefon: +49 30 901820", "E-Mail: presse@example.de"]),
        ("fr", ["Contact presse", "Élodie Marchand", "Responsable communication",
                "01 44 55 66 77"]),
        ("es", ["Contacto de prensa:", "Lucía Ferrer", "Directora de Comunicación",
                "prensa@example.es"]),
    ],
)
def test_a_contact_block_after_the_story_goes_whole(lang: str, block: list[str]) -> None:
    a = clean(doc(TITLE, *PROSE, "###", *block, sep="\n"),
              Config(languages=(lang,)) if lang != "en" else None)
    assert rule_of(a, block[0]) == "contact_header"
    for line in block[1:]:
        assert rule_of(a, line) is not None, line
    kept_all(a, PROSE)


def test_a_contact_on_one_line_goes() -> None:
    line = "Press inquiries: Owen Pryce, owen.pryce@example.net"
    a = clean(doc(TITLE, *PROSE, line, sep="\n"))
    assert rule_of(a, line) == "contact_header"


def test_the_placeholder_of_an_obfuscated_address_counts_as_an_address() -> None:
    block = ["Media enquiries", "Priya Natarajan", "Write to us: [email protected]"]
    a = clean(doc(TITLE, *PROSE, *block, sep="\n\n"))
    for line in block:
        assert rule_of(a, line) is not None, line


def test_a_contact_header_followed_by_prose_takes_nothing() -> None:
    story = [
        "Media contact",
        "Reporters who tried to reach the ferry operator on Monday were told that nobody was "
        "available to answer questions about the delays until the end of the week.",
    ]
    a = clean(doc(TITLE, PROSE[0], *story, *PROSE[1:], sep="\n\n"))
    kept_all(a, [*story, *PROSE])


def test_a_story_that_mentions_a_contact_is_kept() -> None:
    story = [
        "For more information, residents were told to contact the harbour office, which "
        "will stay open late on Thursday to answer questions about the new timetable.",
        "The office can be reached at 555-0188 during business hours, a spokesperson said "
        "after the meeting on Tuesday night.",
    ]
    a = clean(doc(TITLE, *PROSE[:2], *story, *PROSE[2:], sep="\n\n"))
    kept_all(a, [*story, *PROSE])


def test_a_weak_header_needs_a_way_to_reach_someone() -> None:
    """ "For more information" over a short line and no address or number is no contact block:
    the lines after it may be a list of the story's own."""
    story = ["For more information:", "Harbour Trust annual report", "City transport plan"]
    a = clean(doc(TITLE, *PROSE[:2], *story, *PROSE[2:], sep="\n\n"))
    kept_all(a, [*story[1:], *PROSE])


def test_an_investor_relations_subhead_over_prose_is_kept() -> None:
    story = [
        "Investor relations",
        "Shareholders were told at the annual meeting that the dividend would be held at last "
        "year's level while the company pays down the debt it took on for the new ships.",
    ]
    a = clean(doc(TITLE, *PROSE[:2], *story, *PROSE[2:], sep="\n\n"))
    kept_all(a, [*story, *PROSE])


# -- forum chrome ----------------------------------------------------------------------------------
POST = [
    "The ferry operator said on Monday that the bridge closure had doubled its passenger "
    "numbers, and that two extra boats would run at peak hours until the end of the month.",
    "Commuters on the northern route said the boats were still packed by eight in the "
    "morning, and several asked why the timetable had not changed sooner than it did.",
]


@pytest.mark.parametrize("attribution", [
    "harbour_watcher said:", "tidelog2019 wrote:", "@quayside_kim said:",
    "On 4 March 2024, dockhand77 said:", "Quote from salty_pete:", "ferryfan schrieb:",
])
def test_an_attribution_line_of_a_forum_post_goes(attribution: str) -> None:
    a = clean(doc(TITLE, attribution, *POST, sep="\n\n"), Config(languages=("de",)))
    assert rule_of(a, attribution) == "forum_attribution"
    kept_all(a, POST)


def test_widgets_and_counters_go_in_a_thread_even_between_paragraphs() -> None:
    chrome = ["Quote", "Spoiler", "Joined: Mar 2019", "Posts: 1,204", "Multi-Quote"]
    text = doc(TITLE, "Thread starter", "pier_sixteen said:", POST[0], "Quote", "Spoiler",
               POST[1], "Joined: Mar 2019", "Posts: 1,204", PROSE[0], "Multi-Quote", PROSE[1])
    a = clean(text)
    for line in chrome:
        assert rule_of(a, line) == "forum_widget", line
    kept_all(a, [*POST, *PROSE[:2]])


def test_a_lone_handle_in_a_thread_goes() -> None:
    a = clean(doc(TITLE, "gull_spotter_9", "gull_spotter_9 wrote:", *POST, "Like", "Reply"))
    assert rule_of(a, "gull_spotter_9") == "forum_widget"


def test_without_a_thread_a_widget_word_in_the_story_is_kept() -> None:
    """ "Spoiler" as a subhead of a review, with no attribution line and no other widget."""
    story = [PROSE[0], "Spoiler", PROSE[1], PROSE[2]]
    a = clean(doc(TITLE, *story))
    kept_all(a, story)


@pytest.mark.parametrize("line", ["The mayor said:", "Critics wrote:", "he said:", "Smith says:"])
def test_a_quote_introduced_by_a_name_is_no_attribution_line(line: str) -> None:
    quote = ("“We will not let the harbour close again without a plan for the people who "
             "depend on it every single day,” the statement read.")
    story = [PROSE[0], line, quote, PROSE[1]]
    a = clean(doc(TITLE, *story))
    kept_all(a, story)


# -- numbered headline runs ------------------------------------------------------------------------
RUN = [
    "Fire crews contain wildfire near the northern hills",
    "Local bakery wins national award for sourdough",
    "School district names new superintendent after long search",
    "Why commuters are switching to electric bikes this year",
]


@pytest.mark.parametrize("fmt", ["{n}) {h}", "{n}. {h}", "{n} - {h}"])
def test_a_numbered_run_right_after_the_last_paragraph_goes(fmt: str) -> None:
    items = [fmt.format(n=n, h=h) for n, h in enumerate(RUN, 1)]
    a = clean(doc(TITLE, *PROSE, *items, "© 2024 Harbour Gazette. All rights reserved."))
    for line in items:
        assert rule_of(a, line) == "tail_headline_run", line
    kept_all(a, PROSE)


def test_a_numbered_run_hanging_on_the_boilerplate_after_it_goes() -> None:
    items = [f"{n}. {h}" for n, h in enumerate(RUN, 1)]
    after = ["Share this article", "Harbour Gazette weekly print edition out Sunday"]
    a = clean(doc(TITLE, *PROSE, *items, *after))
    assert rule_of(a, after[0]) is not None
    assert rule_of(a, after[1]) is None  # a line the run does not reach the end over
    for line in items:
        assert rule_of(a, line) == "tail_headline_run", line


def test_an_unnumbered_run_right_after_the_last_paragraph_is_kept() -> None:
    a = clean(doc(TITLE, *PROSE, *RUN))
    kept_all(a, [*PROSE, *RUN])


def test_the_storys_numbered_list_introduced_by_a_sentence_is_kept() -> None:
    items = ["1. Extend the night ferry to the island", "2. Add a second stop at the north pier",
             "3. Cut the fare for students and pensioners"]
    story = [*PROSE, "The council's plan sets out three steps for the coming year:", *items]
    a = clean(doc(TITLE, *story, "© 2024 Harbour Gazette. All rights reserved."))
    kept_all(a, story)


#: a run that speaks of the story (its budget, schools, buses): the story's own list, unless
#: some other sign makes it a list of other stories
OWN_RUN = [
    "Council budget raises spending on schools",
    "Property taxes pay for the public transport plan",
    "Residents divided over buses and bills",
]


def test_numbers_out_of_order_are_no_numbered_run() -> None:
    items = [f"{n}. {h}" for n, h in zip((3, 1, 2), OWN_RUN, strict=True)]
    a = clean(doc(TITLE, *PROSE, *items, "© 2024 Harbour Gazette. All rights reserved."))
    kept_all(a, items)


# -- photo captions --------------------------------------------------------------------------------
@pytest.mark.parametrize("caption", [
    "FILE - Ferries wait at the north pier in Portsmouth, England, on May 2, 2021.",
    "FILE -- A crane lifts a bridge section into place in this 2019 photo.",
    "The old swing bridge is shown in this handout photo released by the city.",
    "Commuters were pictured in this undated image queueing for the first boat.",
])
def test_a_caption_with_a_wire_cue_goes(caption: str) -> None:
    a = clean(doc(TITLE, PROSE[0], caption, *PROSE[1:]))
    assert rule_of(a, caption) == "photo_caption"
    kept_all(a, PROSE)


def test_a_story_sentence_about_a_file_is_kept() -> None:
    line = "File sharing between the two agencies stopped after the audit, officials said."
    a = clean(doc(TITLE, PROSE[0], line, *PROSE[1:]))
    kept_all(a, [line, *PROSE])


def test_a_picture_label_naming_nobody_takes_no_paragraph_next_to_it() -> None:
    """ "Representational image." is a caption itself: the paragraphs around it stay."""
    para = ("Engineers found that two of the bridge's supports had cracked. The repairs took "
            "longer than planned. The budget was raised twice to pay for them.")
    for label in ("Representational image.", "(Picture for illustration only)"):
        a = clean(doc(TITLE, PROSE[0], para, label, *PROSE[1:], sep="\n"))
        kept_all(a, [para, *PROSE])


def test_a_three_sentence_paragraph_attached_below_a_credit_is_kept() -> None:
    para = ("Engineers found that two of the bridge's supports had cracked. The repairs took "
            "longer than planned. The budget was raised twice to pay for them.")
    text = doc(TITLE, PROSE[0], "Photo: Jane Roe/Harbour Gazette\n" + para, *PROSE[1:])
    a = clean(text)
    assert rule_of(a, "Photo: Jane Roe/Harbour Gazette") is not None
    kept_all(a, [para, *PROSE])


# -- titles behind metadata ------------------------------------------------------------------------
@pytest.mark.parametrize("field", ["Issued by: Northwind Ferries", "Distributed by: Wire Desk",
                                   "Photos by: Jane Roe"])
def test_a_by_field_under_the_title_is_no_second_candidate(field: str) -> None:
    a = clean(doc(TITLE, field, *PROSE))
    assert a.title == TITLE


def test_a_pipe_trail_after_you_are_here_is_a_breadcrumb() -> None:
    trail = "You are here: Home | Transport"
    a = clean(doc(trail, TITLE, *PROSE))
    assert rule_of(a, trail) == "breadcrumb"
    assert a.title == TITLE


def test_a_pipe_line_without_the_prefix_is_no_breadcrumb() -> None:
    from newsclean.rules.title import breadcrumb_parts

    assert breadcrumb_parts("Home | Transport | Weather") is None
    assert breadcrumb_parts("You are here: Home | Transport") is not None


def test_a_list_header_over_one_headline_and_the_byline_is_over_the_title() -> None:
    a = clean(doc("Top stories", TITLE, "By Jane Roe", *PROSE))
    assert a.title == TITLE
    assert rule_of(a, "Top stories") is not None


def test_a_list_header_over_several_headlines_keeps_them_items() -> None:
    items = ["Fire crews contain wildfire near the northern hills",
             "Local bakery wins national award for sourdough"]
    a = clean(doc(TITLE + " | Harbour Gazette", "Top stories", *items, "By Jane Roe", *PROSE))
    assert a.title == TITLE
    for line in items:
        assert rule_of(a, line) is not None


# -- a blog's masthead -----------------------------------------------------------------------------
@pytest.mark.parametrize(("name", "tagline"), [
    ("Harbour Notes", "Ferries, bridges and the people who use them."),
    ("The Tideline", "A weekly letter from the coast."),
    ("Quayside Journal", None),
])
def test_a_name_and_tagline_above_the_title_go(name: str, tagline: str | None) -> None:
    head = [name] if tagline is None else [name, tagline]
    a = clean(doc(*head, "Monday, 3 March 2025", TITLE, *PROSE))
    assert a.title == TITLE
    for line in head:
        assert rule_of(a, line) == "site_header", line
    kept_all(a, PROSE)


def test_a_lead_that_reads_like_a_tagline_is_kept() -> None:
    """Below the title nothing is a masthead: a short first paragraph stays."""
    lead = "Ferries, bridges and the people who use them."
    a = clean(doc("Harbour Notes", TITLE, lead, *PROSE))
    kept_all(a, [lead, *PROSE])


def test_no_masthead_without_a_title() -> None:
    head = ["Harbour Notes", "Ferries, bridges and the people who use them."]
    a = clean(doc(*head, *PROSE))
    assert a.title is None
    kept_all(a, [*head[1:], *PROSE])


def test_a_question_above_the_title_is_no_tagline() -> None:
    head = ["Harbour Notes", "Will the bridge ever close again?"]
    a = clean(doc(*head, TITLE, *PROSE))
    kept_all(a, head)


# -- menus -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("line", ["NEWS SPORTS WEATHER OPINION", "HOME LOCAL NEWS TRAFFIC VIDEO",
                                  "POLITICS BUSINESS FERRIES SCIENCE HEALTH"])
def test_a_line_of_capitalised_menu_items_without_separators_goes(line: str) -> None:
    a = clean(doc(line, TITLE, *PROSE))
    assert rule_of(a, line) == "menu_line"
    assert a.title == TITLE


@pytest.mark.parametrize("line", ["NEW FERRY ROUTE OPENS TODAY", "NEWS FROM THE HARBOUR TOWN",
                                  "SPORTS NEWS"])
def test_a_headline_in_capitals_is_no_menu_line(line: str) -> None:
    a = clean(doc(TITLE, *PROSE[:2], line, *PROSE[2:]))
    kept_all(a, [line, *PROSE])


def test_a_long_footer_item_does_not_break_the_footer_run() -> None:
    footer = ["Careers", "Do Not Sell My Personal Information", "Accessibility"]
    a = clean(doc(TITLE, *PROSE, *footer))
    for line in footer:
        assert category_of(a, line) == "site_footer", line
    # the long item is a footer link by its own phrase rule; it still counts in the run
    assert rule_of(a, "Careers") == rule_of(a, "Accessibility") == "footer_run"
