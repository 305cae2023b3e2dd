"""Publisher and aggregator notices in further shapes (own wordings): a story "produced by" or
"reported by" an outlet with an apposition or a partner clause, "first carried by", "story
continues on", an aggregator named in apposition to "this site", "the team behind X", a name
with a small joining word ("Noticias al Día") and a "Powered by X — stories collected
automatically ..." tagline. Prose that uses the same verbs stays, with no fact."""

from __future__ import annotations

import pytest

import newsclean
from newsclean.model import Article

from .helpers import article_values, line_removed

HEAD = "Ferry timetable extended into the winter months"
LEAD = (
    "The harbour board voted on Monday to extend the ferry timetable into the winter months, "
    "after a long debate that ran late into the evening."
)
LEAD2 = (
    "Officials said the change would cost little and would help the island's small businesses "
    "through the quiet season."
)


def _tail(line: str) -> tuple[str, Article]:
    text = "\n\n".join((HEAD, LEAD, LEAD2, line)) + "\n"
    return text, newsclean.clean(text)




@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("This investigation was produced by Shoreline Watch, an independent newsroom.",
         "Shoreline Watch"),
        ("The report is published in collaboration with Quayside Ledger.", "Quayside Ledger"),
        ("This story was reported by The Estuary Courier and shared with partner newsrooms.",
         "The Estuary Courier"),
        ("The article was first carried by Saltmarsh Daily.", "Saltmarsh Daily"),
        ("Story continues on Headland News.", "Headland News"),
        ("The Brackwater Herald first published this story.", "The Brackwater Herald"),
    ],
)
def test_publisher_notices_are_removed_and_name_the_outlet(line: str, name: str) -> None:
    text, art = _tail(line)
    assert line_removed(text, art, line)
    assert article_values(art, "publisher") == [name]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Ce site, FluxMarin, est un agrégateur automatique d'actualités.", "FluxMarin"),
        ("The people behind Tidewire News do not write the stories listed here; they are "
         "fetched from public feeds.", "Tidewire News"),
        ("Noticias al Puerto es un agregador automático de noticias.", "Noticias al Puerto"),
        ("Powered by Quaywire — stories collected automatically from around the web.",
         "Quaywire"),
        ("This page was assembled by Quaywire, an automated news aggregator, from public "
         "feeds.", "Quaywire"),
    ],
)
def test_aggregator_notices_are_removed_and_name_the_site(line: str, name: str) -> None:
    text, art = _tail(line)
    assert line_removed(text, art, line)
    assert article_values(art, "aggregator") == [name]


@pytest.mark.parametrize(
    "line",
    [
        "The documentary was produced by a small team in Bristol over three winters, the "
        "director said in an interview.",
        "The team behind the rescue does not expect the harbour to reopen before spring, "
        "officials said.",
        "Fishermen say the story continues on the quayside every morning, long after the "
        "cameras have gone.",
    ],
)
def test_prose_with_the_same_verbs_stays_without_a_fact(line: str) -> None:
    text, art = _tail(line)
    assert not line_removed(text, art, line)
    assert article_values(art, "publisher") == [] and article_values(art, "aggregator") == []

