"""Protections: story content that looks like boilerplate survives the context passes."""

from __future__ import annotations

import pytest

from newsclean import Pipeline
from newsclean.rules.protect import ProtectContent

from .context_helpers import PROSE, clean, doc, kept_all, sample_lines

TITLE = "Harbour bridge reopens after two years of repairs"


@pytest.mark.parametrize(
    "line",
    [
        "WASHINGTON (AP) — Lawmakers reached a deal late Thursday on the spending bill.",
        "BEIJING, June 18 (Reuters) - China's exports fell for a second month.",
        "NEW DELHI: The monsoon arrived early this year, forecasters said.",
        "Paris (AFP) - French unions called a new strike for Tuesday.",
    ],
)
def test_datelines_are_protected(line: str) -> None:
    a = Pipeline([ProtectContent()])(doc(TITLE, line, *PROSE))
    assert any(s.text.strip() == line for s in a.spans)
    d = Pipeline([ProtectContent()]).decide(Pipeline([ProtectContent()]).read(line)[0])
    assert d.protected(0)


@pytest.mark.parametrize("sub", ["– A long road ahead –", "— What comes next —", "*** Markets ***"])
def test_subheads_survive_even_after_the_story(sub: str) -> None:
    a = clean(doc(TITLE, *PROSE[:2], sub, *PROSE[2:], sub, "Source link"))
    kept_all(a, [sub])


def test_one_line_quote_and_short_paragraphs_survive() -> None:
    lines = ["“We are not done yet.”", "It worked.", "Not everyone agreed", "More to come"]
    a = clean(
        doc(TITLE, PROSE[0], lines[0], PROSE[1], lines[1], lines[2], PROSE[2], lines[3], PROSE[3])
    )
    kept_all(a, [*lines, *PROSE])


def test_story_bullets_between_paragraphs_survive() -> None:
    items = ["- lower fares for students", "- more night buses", "- two new tram stops"]
    a = clean(doc(TITLE, PROSE[0], *items, *PROSE[1:]))
    kept_all(a, items)


def test_colon_list_at_the_end_survives() -> None:
    items = ["More trains on weekends", "Cheaper monthly passes", "New stations in the east"]
    a = clean(doc(TITLE, *PROSE, "What riders get:", *items, "Source link"))
    kept_all(a, ["What riders get:", *items])


def test_article_without_boilerplate_is_unchanged() -> None:
    text = doc(
        *PROSE[:2], "“It is a good day for the city,” the mayor said.", "Short line", *PROSE[2:]
    )
    a = clean(text)
    assert a.title is None
    assert all(s.kept for s in a.spans)


def test_dateline_gate_agrees_with_the_pattern() -> None:
    from newsclean.rules.cues import DATELINE, is_dateline

    for line in sample_lines():
        assert is_dateline(line) == (DATELINE.match(line) is not None), line


def test_quote_fast_path_agrees_with_the_pattern() -> None:
    from newsclean.rules.cues import QUOTE, QUOTE_FIRST, is_quote

    lines = [
        *sample_lines(),
        "“ab”",
        "“a”",
        "“ab”\n",
        "“a\nb” said",
        "“ab” ,  \t said x.",
        "“ab”," + " " * 80 + "said x.",
        "“ab”" + " " * 80 + "said x.",
    ]
    for line in lines:
        want = line[:1] in QUOTE_FIRST and QUOTE.match(line) is not None
        assert is_quote(line) == want, line


def test_regex_whitespace_is_python_whitespace() -> None:
    """``is_quote`` walks back over ``str.isspace`` characters where ``QUOTE`` has ``\\s``:
    that needs every character ``\\s`` matches to be ``isspace``."""
    import regex

    every = "".join(map(chr, range(0x110000)))
    assert all(c.isspace() for c in regex.findall(r"\s", every, flags=regex.VERSION0))
