"""Title detection beside metadata lines that are no headline: date-label lines, reprint
credits, stock-picture captions, reading times with "~", colon-labelled bylines; and the
" || " site suffix."""

from __future__ import annotations

import pytest

from newsclean.rules import title as t
from newsclean.rules.title import split_suffix

from .context_helpers import PROSE, clean, doc

TITLE = "Ferry services resume after week-long strike at the port"


@pytest.mark.parametrize(
    "meta",
    [
        "Uploaded on Tue, Feb 11, 2025",
        "Publié le 3 juin 2023 à 7 h 05 HAE",
        "Modificado el 12 de julio de 2025, 10:12 a. m. GMT-6",
        "Veröffentlicht am Montag, 3. Juli 2023",
        "Originally published by a partner outlet and reproduced with permission",
        "Image for representation (file)",
        "Representational image",
        "Time to read: ~9 min",
        "Redacción: Lucía Paredes — 15 de abril de 2024, 8:28 p. m. GMT-6",
        "Reporter: Farhana Kabir",
    ],
)
def test_title_beside_a_metadata_line(meta: str) -> None:
    a = clean(doc(TITLE, meta, *PROSE))
    assert a.title == TITLE


@pytest.mark.parametrize(
    "line",
    [
        "Uploaded on Tue, Feb 11, 2025",
        "Modifié le 5 avril 2022",
        "Originally appeared on a partner site",
        "Photo used for representational purposes only",
        "Reporters: Jane Doe and John Roe",
    ],
)
def test_metadata_lines_are_not_titles(line: str) -> None:
    assert t._not_title(line) or t.is_byline(line)
    assert t._not_title(line) == (t._NOT_TITLE.search(line) is not None)


@pytest.mark.parametrize(
    "line",
    [
        "Published authors gather for the city's first book fair",
        "Updated guidance on school closures expected this week",
        "Representation of women on boards rises to a record",
        "Words fail them: fans react to late equaliser",
    ],
)
def test_headlines_that_open_with_label_words_stay_titles(line: str) -> None:
    a = clean(doc(line, *PROSE))
    assert a.title == line


def test_double_pipe_site_suffix() -> None:
    line = f"{TITLE} || Harbour Gazette"
    assert split_suffix(line)[1] == "Harbour Gazette"
    a = clean(doc(line, *PROSE))
    assert a.title == TITLE
    assert [f.value for f in a.provenance if f.kind == "site_name"] == ["Harbour Gazette"]


@pytest.mark.parametrize(
    "meta",
    [
        "4 hours ago",
        "Il y a 3 heures",
        "vor 2 Tagen",
        "hace 5 horas",
        "12  Thursday, 9 March 2023  THE COUNTY HERALD",
        "HARBOUR GAZETTE ▪ MONDAY, APRIL 3, 2023 ▪ PAGE 4",
    ],
)
def test_title_beside_relative_times_and_folios(meta: str) -> None:
    a = clean(doc(meta, TITLE, *PROSE))
    assert a.title == TITLE


@pytest.mark.parametrize(
    "line",
    [
        "Sunday trading rules change in 2024",
        "Friday talks end without a deal on the 2023 budget",
        "Vor 3 Tagen kam die Wende im Stadtrat",
    ],
)
def test_headlines_with_weekdays_and_numbers_stay_titles(line: str) -> None:
    a = clean(doc(line, *PROSE))
    assert a.title == line


def test_a_hard_wrapped_first_line_is_no_title() -> None:
    text = (
        "Slice the onions thinly and fry them slowly in a\n"
        "heavy pan until golden, stirring every few minutes so they do not burn.\n"
        "Add the stock and simmer for twenty minutes before you season the soup."
    )
    a = clean(text)
    assert a.title is None
    assert a.body.startswith("Slice the onions")


def test_a_cleaned_hard_wrapped_body_gets_no_title_on_a_second_pass() -> None:
    # clean() puts a blank line between the kept lines of a wrapped paragraph; the second
    # pass must still see that the first line runs on into the next
    text = (
        "Whisk the eggs with the sugar and fold them into the\n"
        "flour. Leave the dough to rest for an hour in a cool place before\n"
        "you roll it out on a floured board and cut the biscuits.\n"
    )
    first = clean(text)
    assert first.title is None
    second = clean(first.body)
    assert second.title is None
    assert second.body == first.body


def test_a_headline_over_a_lower_case_paragraph_stays_the_title() -> None:
    # a story may open in lower case under its headline ("eBay", a house style): without a
    # sentence turn inside the next line, the blank line keeps the headline a headline
    text = "\n\n".join(
        [TITLE, "ebay sellers in the region report a quiet week as the strike goes on", *PROSE]
    )
    assert clean(text).title == TITLE


def test_title_over_a_lower_case_byline_without_blank_lines() -> None:
    text = "\n".join([TITLE, "by jane doe, published on the website this week", *PROSE])
    assert clean(text).title == TITLE


def test_the_headline_stands_when_a_dateline_lead_repeats_it_and_a_line_follows() -> None:
    # the dateline opens the story: an unpunctuated line below it is the story's, not a
    # second headline that would make the choice ambiguous
    text = "\n\n".join(
        [
            TITLE,
            "BERGEN, Norway (AP) — Ferry services resume after week-long strike at the port",
            "Passengers who waited for days can now book again from Monday morning",
            *PROSE,
        ]
    )
    assert clean(text).title == TITLE


def test_a_body_opening_with_a_dateline_gets_no_title_when_cleaned_again() -> None:
    text = "\n\n".join(
        [
            TITLE,
            "OSLO — Ferry passengers face another week of delays",
            "Harbour officials expect the backlog to clear by Friday",
            *PROSE,
        ]
    )
    first = clean(text)
    assert first.title == TITLE
    second = clean(first.body)
    assert second.title is None
    assert second.body == first.body


def test_a_shouted_title_with_a_site_suffix_is_no_dateline() -> None:
    # "WORDS IN CAPITALS – " reads like a dateline; with a site suffix it is the page title
    head = "Home»Stories»economy\n\nWATCH WHAT HAPPENS NEXT – ExampleDaily.com\n\xa0\n"
    text = head + "WATCH WHAT HAPPENS NEXT AT THE PORT\n\n" + "\n\n".join(PROSE)
    assert clean(text).title == "WATCH WHAT HAPPENS NEXT"
