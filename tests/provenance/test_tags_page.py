"""Tag lists, and title / site_name / section read off earlier decisions."""

from __future__ import annotations

from newsclean.provenance import PageStep, TagsStep
from newsclean.step import Remove, SetTitle

from .helpers import NORMALISER, doc, pairs, run, values

TAGS = TagsStep(normaliser=NORMALISER)
PAGE = PageStep(normaliser=NORMALISER)


def test_inline_tags() -> None:
    text = "Story text.\n\nTags: Elections, Germany, European Union"
    assert values(run(TAGS, text), "tags") == ["Elections", "Germany", "European Union"]


def test_tag_header_then_bulleted_items_stop_at_a_counter() -> None:
    text = "Story text.\nFiled under:\n• Climate\n• Energy Policy\nawesome! (12)\nRelated"
    assert values(run(TAGS, text), "tags") == ["Climate", "Energy Policy"]


def test_unbulleted_items_stop_at_a_sentence() -> None:
    text = "Story.\nThemen:\nKlima\nEnergie\nDie Regierung hat am Montag beschlossen, mehr zu tun."
    assert values(run(TAGS, text), "tags") == ["Klima", "Energie"]


def test_items_stop_at_a_block_another_step_removed() -> None:
    text = "Story.\nTopics:\n- Trade\n- Related stories\n- Other headline"
    d = doc(text)
    d.apply(Remove(3, "lists.related_header", "related_header", "a list header"))
    assert values(list(TAGS.apply(d)), "tags") == ["Trade"]


def test_prose_is_not_a_tag_list() -> None:
    text = "In: a statement, the ministry said the talks would resume in two weeks time."
    assert run(TAGS, text) == []


def _titled(text: str, line: int, title: str) -> list[tuple[str, str]]:
    d = doc(text)
    b = d.blocks[line]
    start = b.start + b.text.index(title)
    d.apply(SetTitle(line, "title.test", start, start + len(title)))
    facts = list(PAGE.apply(d))
    for f in facts:
        assert d.text[f.start : f.end] == f.evidence
    return pairs(facts)


def test_title_and_site_suffix() -> None:
    title = "Parliament passes the budget after a long night"
    got = _titled(f"{title} | The Example Times\n\nStory.", 0, title)
    assert got == [("title", title), ("site_name", "The Example Times")]


def test_breadcrumb_running_into_the_title() -> None:
    title = "Floods hit the northern provinces"
    text = f"You are here: Home » World » Asia{title} - SampleNews\n{title}\nStory text here."
    got = _titled(text, 1, title)
    assert ("site_name", "SampleNews") in got and ("section", "Asia") in got


def test_section_label_from_another_steps_category() -> None:
    d = doc("Licence nag\nBusiness\nHeadline here\nStory.")
    d.apply(Remove(1, "labels.section", "section_label", "a bare section name"))
    assert pairs(list(PAGE.apply(d))) == [("section", "Business")]


def test_no_title_no_facts() -> None:
    assert run(PAGE, "Just a line\nAnother line") == []
