"""The trafilatura step: its choice mapped back onto blocks, accounting kept."""

from __future__ import annotations

import pytest
from html_helpers import assert_partition, wrap_article

from newsclean import Config, Pipeline
from newsclean.html.trafilatura_step import Trafilatura, _heaviest_chain

STORY = [
    "The city council approved the new bridge on Tuesday after a long debate about its cost.",
    "Construction is expected to begin in the spring and to last about two years, officials said.",
    "Residents on both banks of the river have campaigned for a crossing for more than a decade.",
    "“This is a good day for the whole region,” the mayor told reporters outside the town hall.",
]


def test_heaviest_chain() -> None:
    # (block, position, length): block 1 matches far ahead (a teaser of a later paragraph)
    found = [(0, 0, 10), (1, 500, 50), (2, 10, 40), (3, 50, 40), (4, 90, 40)]
    assert _heaviest_chain(found) == [0, 2, 3, 4]
    assert _heaviest_chain([]) == []


def test_trafilatura_step_maps_back() -> None:
    pytest.importorskip("trafilatura")
    cfg = Config()
    pipeline = Pipeline.default(cfg).replace("html.main", Trafilatura(cfg))
    # site chrome in landmarks is dropped by the reader: give the step a list to drop itself
    more = "".join(
        f'<li><a href="/story/{i}">Another story headline number {i} for readers</a></li>'
        for i in range(1, 6)
    )
    html = wrap_article(STORY).replace(
        "</main>", f'</main><div class="more-stories"><h3>Most read</h3><ul>{more}</ul></div>'
    )
    art = pipeline.run(html, kind="html")
    assert_partition(art)
    for line in STORY:
        assert line in art.body
    assert "Privacy Policy" not in art.body and "Another story" not in art.body
    assert any(s.rule == "html.trafilatura" for s in art.removed)


def test_trafilatura_step_ignores_text_input() -> None:
    cfg = Config()
    assert list(Trafilatura(cfg).apply(Pipeline([], cfg).read("plain text\n\nmore")[0])) == []
