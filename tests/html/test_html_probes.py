"""Probe pages of typical CMS templates with boilerplate *inside* the article container.

Each page in ``probes/`` is an article page as a common CMS renders it (WordPress magazine
and news themes, Gutenberg blocks, an autoblog, Blogger, Drupal, Ghost, AMP, German, French
and Spanish news CMSs), with related-posts widgets, share rows, author boxes, tag lists,
newsletter callouts, ad slots, "read also" boxes, tables of contents, comments and post
navigation inside ``<article>`` / ``.entry-content``. ``probes/expected.json`` lists, per page,
the story blocks that must be kept (paragraphs, lists, tables, quotes) and the boilerplate
texts that must not be in the body.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from html_helpers import assert_partition

import newsclean
from newsclean import Pipeline

PROBES = Path(__file__).resolve().parent / "probes"
EXPECTED: dict[str, dict[str, list[str]]] = json.loads(
    (PROBES / "expected.json").read_text(encoding="utf-8")
)
#: boilerplate texts the default pipeline still keeps, with why (known misses, not failures)
KNOWN_MISSES: dict[str, set[str]] = {}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_probe_page(name: str) -> None:
    art = newsclean.clean((PROBES / name).read_bytes())
    assert art.source.kind == "html"
    assert_partition(art)
    body = art.body + "\n"
    want = EXPECTED[name]
    lost = [k for k in want["keep"] if k not in body]
    assert not lost, f"story blocks lost: {lost}"
    known = KNOWN_MISSES.get(name, set())
    kept = [s for s in want["drop"] if s in body and s not in known]
    assert not kept, f"boilerplate kept: {kept}"
    # every removed block is accounted for with a rule id and a reason
    for span in art.spans:
        if not span.kept:
            assert span.rule and span.reason


def test_known_misses_are_still_misses() -> None:
    """A known miss that starts passing should leave the list (keeps the list honest)."""
    for name, texts in KNOWN_MISSES.items():
        body = newsclean.clean((PROBES / name).read_bytes()).body + "\n"
        assert all(t in body for t in texts), name


def test_figure_neighbour_is_kept_by_its_step() -> None:
    """The paragraph above a ``<figure>`` whose credit the markup marked is story: without
    ``html.figure_neighbours`` the photo caption step takes it as the picture's description."""
    data = (PROBES / "de_news.html").read_bytes()
    para = "Die Verwaltung rechnet mit Kosten von knapp 18 Millionen Euro"
    assert para in newsclean.clean(data).body
    art = Pipeline.default().without("html.figure_neighbours").run(data)
    assert para not in art.body
    rules = {" ".join(s.text.split())[:30]: s.rule for s in art.spans}
    assert rules[para[:30]] == "photo_caption"


def test_box_label_goes_with_its_list_and_subheads_stay() -> None:
    """"Also Read" over a link list in a class-less box goes with the list (``html.box_label``);
    the story's subheads, which share their parent with prose, stay."""
    art = newsclean.clean((PROBES / "wp_news_theme.html").read_bytes())
    rules = {" ".join(s.text.split()): s.rule for s in art.spans}
    assert rules["Also Read"] == "html.box_label"
    # a heading over a removed headline list, in the story's own container
    art = newsclean.clean((PROBES / "plain_theme.html").read_bytes())
    assert {" ".join(s.text.split()): s.rule for s in art.spans}["Related"] == "html.box_label"
    art = newsclean.clean((PROBES / "autoblog.html").read_bytes())
    assert "The decision\n\n" in art.body and "Next steps\n\n" in art.body
