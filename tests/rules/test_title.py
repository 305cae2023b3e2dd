"""The title step: the headline, its site suffix, repeats and breadcrumbs."""

from __future__ import annotations

import pytest

from newsclean.rules.title import breadcrumb_parts, split_suffix

from .context_helpers import PROSE, clean, doc, kept_all, rule_of, sample_lines


def facts(article, kind):  # type: ignore[no-untyped-def]
    return [f.value for f in article.provenance if f.kind == kind]


@pytest.mark.parametrize(
    ("line", "title", "site"),
    [
        (
            "Council approves bigger school budget – Harbour Gazette",
            "Council approves bigger school budget",
            "Harbour Gazette",
        ),
        (
            "Council approves bigger school budget | The Daily Ledger",
            "Council approves bigger school budget",
            "The Daily Ledger",
        ),
        (
            "Council approves bigger school budget - WXYZ News",
            "Council approves bigger school budget",
            "WXYZ News",
        ),
        (
            "Council approves bigger school budget -Newsfront",
            "Council approves bigger school budget",
            "Newsfront",
        ),
        (
            "Council approves bigger school budget :: Metro Wire",
            "Council approves bigger school budget",
            "Metro Wire",
        ),
        (
            "Council approves bigger school budget – harbourgazette.com",
            "Council approves bigger school budget",
            "harbourgazette.com",
        ),
    ],
)
def test_title_with_site_suffix(line: str, title: str, site: str) -> None:
    a = clean(doc(line, *PROSE))
    assert a.title == title
    assert facts(a, "site_name") == [site]
    assert facts(a, "title") == [title]
    assert a.body.split("\n\n")[0] == PROSE[0]


def test_title_without_suffix_keeps_its_dashes() -> None:
    line = "Storm batters coast as thousands lose power – and more rain is coming"
    a = clean(doc(line, *PROSE))
    assert a.title == line
    assert facts(a, "site_name") == []


def test_split_suffix_refuses_lowercase_tails() -> None:
    assert split_suffix("Ukraine talks resume in Geneva – live updates")[1] is None
    assert split_suffix("Prices - and wages - keep rising")[1] is None


def test_title_after_a_section_label() -> None:
    a = clean(
        doc(
            "Politics",
            "Senate passes farm bill after months of delay",
            *PROSE,
        )
    )
    assert a.title == "Senate passes farm bill after months of delay"
    assert rule_of(a, "Politics") == "section_label"
    assert facts(a, "section") == ["Politics"]


def test_title_repeat_is_removed() -> None:
    title = "Senate passes farm bill after months of delay"
    a = clean(doc(f"{title} | Capitol Report", title, *PROSE, title))
    assert a.title == title
    assert [s.rule for s in a.spans if s.text.strip() == title] == ["title_repeat"] * 2


def test_breadcrumb_glued_to_title() -> None:
    title = "Senate passes farm bill after months of delay"
    a = clean(doc(f"You are here: Home > Politics{title} – Capitol Report", title, *PROSE))
    assert a.title == title
    assert rule_of(a, f"You are here: Home > Politics{title} – Capitol Report") == (
        "breadcrumb_title"
    )
    assert facts(a, "section") == ["Politics"]
    assert facts(a, "site_name") == ["Capitol Report"]


def test_breadcrumb_glued_to_a_title_whose_casefold_is_longer() -> None:
    """ "ß" casefolds to "ss": the glued title is still found in the breadcrumb line."""
    title = "Hafenfähre schließt Lücke im Nachtverkehr der Großstadt"
    line = f"Startseite › Verkehr›{title} – Hafenblatt"
    a = clean(doc(line, title, *PROSE))
    assert a.title == title
    assert rule_of(a, line) == "breadcrumb_title"
    assert facts(a, "section") == ["Verkehr"]


@pytest.mark.parametrize(
    "crumb",
    [
        "Home > World > Asia",
        "Home » News",
        "Startseite › Politik › Ausland",
        "News > Politics > Congress",
    ],
)
def test_plain_breadcrumbs(crumb: str) -> None:
    a = clean(doc(crumb, "Senate passes farm bill after months of delay", *PROSE))
    assert rule_of(a, crumb) == "breadcrumb"
    assert a.title == "Senate passes farm bill after months of delay"


def test_breadcrumb_parts_rejects_prose_with_arrows() -> None:
    assert breadcrumb_parts("Stocks > bonds this year, analysts say") is None
    assert breadcrumb_parts("Home / World / Europe") is not None
    assert breadcrumb_parts("Home / World / Europe / Sport / Travel") is None
    assert breadcrumb_parts("Home > World > Europe > Sport > Travel") is not None


# -- conservative: what is not a title ---------------------------------------------------------
def test_first_paragraph_is_never_a_title() -> None:
    a = clean(doc(*PROSE))
    assert a.title is None
    assert a.body == "\n\n".join(PROSE)


def test_headline_quoting_a_game_clock_is_a_title() -> None:
    head = "Late equaliser from the harbour side keeps the cup dream alive 88:40"
    a = clean(doc(head, *PROSE))
    assert a.title == head


@pytest.mark.parametrize(
    "line",
    [
        "Last changed Tuesday 10:45",
        "Ferry timetable changes from 07:15 CET today",
        "Kick-off tonight at 7:30 pm in the harbour stadium",
    ],
)
def test_clock_time_metadata_line_is_no_title(line: str) -> None:
    a = clean(doc(line, *PROSE))
    assert a.title is None


def test_no_title_after_a_paragraph_that_lost_its_period() -> None:
    """A head line too long for a headline (yet shaped like one) is story text: the short
    line after it is part of the story, not its title."""
    long_line = (
        "Harbour officials said on Monday that the ferry timetable for the summer "
        "would add two late crossings on weekends and a new stop at the northern pier"
    )
    a = clean(
        doc("Share this:", long_line, "The first boats leave the harbour in early June", *PROSE)
    )
    assert a.title is None
    kept_all(a, [long_line, "The first boats leave the harbour in early June"])


def test_two_headline_lines_give_no_title() -> None:
    """Taking one would leave the other to become the title of the cleaned body."""
    a = clean(
        doc(
            "Senate passes farm bill after months of delay",
            "Farmers welcome the long awaited subsidies",
            *PROSE,
        )
    )
    assert a.title is None


# -- evidence that outweighs the headline shape -------------------------------------------------
@pytest.mark.parametrize(
    ("head", "lead"),
    [
        (
            "Ferry fares will rise in May.",
            "Ferry fares will rise in May. The operator blamed fuel costs and said season tickets "
            "would cost about a tenth more than last year.",
        ),
        (
            "HARBOUR TUNNEL CLOSES FOR REPAIRS",
            # the lead a sentence: an unfinished line of seven words in capitals opening the
            # cleaned body would be its headline (see test_title_in_capitals)
            "HARBOUR TUNNEL CLOSES FOR REPAIRS UNTIL THE END OF JUNE, THE PORT SAID.",
        ),
        (
            "Update: 3 ferries cancelled after the storm",
            "OSLO, May 4 (Reuters) Update: 3 ferries cancelled after the storm hit the western "
            "coast on Sunday, the operator said.",
        ),
    ],
)
def test_headline_cut_from_the_lead_is_the_title(head: str, lead: str) -> None:
    """A head line whose words open the next line (the lead, or a longer headline) is the
    title even when it ends with a period, shouts or reads like a labelled line."""
    a = clean(doc(head, lead, *PROSE))
    assert a.title == head
    kept_all(a, [lead])
    body = a.body
    assert clean(body).body == body


def test_a_line_the_next_does_not_continue_keeps_its_shape_rules() -> None:
    a = clean(doc("Ferry fares will rise in May.", *PROSE))
    assert a.title is None


SUBHEADS = ["What the new fares mean for commuters", "Season tickets cost more from June"]


def test_site_suffixed_first_line_wins_over_disagreeing_subheads() -> None:
    head = "Ferry operator raises fares for the summer - harbourpost.net"
    a = clean(doc(head, *SUBHEADS, *PROSE))
    assert a.title == "Ferry operator raises fares for the summer"
    assert facts(a, "site_name") == ["harbourpost.net"]
    kept_all(a, SUBHEADS[1:])
    body = a.body
    assert clean(body).body == body


@pytest.mark.parametrize("others", [SUBHEADS[:1], ["What changes for commuters", SUBHEADS[1]]])
def test_site_suffix_against_one_lasting_headline_gives_no_title(others: list[str]) -> None:
    """Taking the suffixed line would leave the other (a short one next to it goes with the
    title) to become the cleaned body's title."""
    head = "Ferry operator raises fares for the summer - harbourpost.net"
    a = clean(doc(head, *others, *PROSE))
    assert a.title is None
    body = a.body
    assert clean(body).body == body


@pytest.mark.parametrize(
    "line",
    [
        "By Maria Lopez and Ahmed Karimi",
        "WASHINGTON (AP) — Lawmakers returned",
        "LOOK AT THESE AMAZING RESULTS TODAY",
        "You will not believe what happened next!",
        "Read time: 4 minutes",
    ],
)
def test_not_title_shaped(line: str) -> None:
    a = clean(doc(line, *PROSE))
    assert a.title is None


def test_no_title_without_a_story() -> None:
    assert clean("Senate passes farm bill after months of delay").title is None


def test_idempotent_after_title() -> None:
    text = doc("Storm knocks out power across the coast – Bay Times", "Home > Weather", *PROSE)
    body = clean(text).body
    assert clean(body).body == body
    kept_all(clean(body), PROSE)


def test_a_character_upper_casing_changes_is_cased_and_not_upper() -> None:
    """What ``_title_like`` relies on to skip its per-character loop."""
    for o in range(0x110000):
        if 0xD800 <= o < 0xE000:
            continue
        c = chr(o)
        if c.upper() != c:
            assert c.lower() != c.upper() and not c.isupper(), hex(o)


def test_repeat_of_the_title_with_other_case_is_removed() -> None:
    title = "Harbour bridge reopens after two years of repairs"
    text = doc(title, PROSE[0], title.upper(), PROSE[1])
    assert rule_of(clean(text), title.upper()) == "title_repeat"


def test_gated_title_checks_agree_with_the_patterns() -> None:
    from newsclean.rules import title as t

    lines = [
        *sample_lines(),
        "Storm knocks out power across the coast – Daily Planet",
        "Storm knocks out power -DailyPlanet",
        "Read time: 4 min",
        "Filed under: Health",
        "Photo credit: Jane Roe",
        "Harbour bridge (photo) reopens",
        "Harbour bridge reopens 2023-05-12",
        "Updated 10:45",
        "Share on Facebook and Twitter",
        "Share on Facebooĸ or X",
        "A | B | C",
    ]
    for line in lines:
        assert t._not_title(line) == (t._NOT_TITLE.search(line) is not None), line
        if len(t._SOCIAL.findall(line)) >= 1:
            assert t._may_be_social(line), line
        if t._SUFFIX.match(line) is not None:
            assert t._SUFFIX_SEP.search(line) is not None, line


def test_regex_whitespace_is_re_whitespace() -> None:
    """``_SUFFIX_SEP`` (``re``) gates ``_SUFFIX`` (``regex``): every ``regex`` space is one for
    ``re`` too."""
    import re

    import regex

    chars = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    assert set(regex.findall(r"\s", chars)) <= set(re.findall(r"\s", chars))
