"""The aggregator named through its tool or a question: "gathered by X's software", "X's
crawlers collect articles", "Why am I seeing this on X? Our robots gather news" (en, fr, es,
de); and the prose that must give no aggregator."""

from __future__ import annotations

import pytest

from newsclean.provenance import AggregatorStep

from .helpers import NORMALISER, run, values

STEP = AggregatorStep(normaliser=NORMALISER)
PROSE = "The council met for a long time and agreed on a plan that nobody had expected before."


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("This item was fetched by Pullstack's software from a partner feed.", "Pullstack"),
        ("Note: the story below was collected by Linkmill's robots, unedited.", "Linkmill"),
        ("Briefcaster's crawlers automatically collect articles from public RSS feeds.",
         "Briefcaster"),
        ("Why is this story on Tidepool News? Our bots gather headlines from many outlets.",
         "Tidepool News"),
        ("Wondering why you see this at Clipwise? We automatically collect the latest stories "
         "from public feeds.", "Clipwise"),
        ("Pourquoi ce texte sur Revuemix ? Nos robots collectent les articles des flux publics.",
         "Revuemix"),
        ("¿Por qué aparece esto en Titulera? Nuestros algoritmos recopilan noticias de la red.",
         "Titulera"),
        ("Warum steht das auf Kurzfeed? Unsere Crawler sammeln Nachrichten aus vielen Quellen.",
         "Kurzfeed"),
    ],
)  # fmt: skip
def test_aggregator_named_by_its_tool(line: str, name: str) -> None:
    assert values(run(STEP, f"Headline\n\n{PROSE}\n\n{line}"), "aggregator") == [name]


@pytest.mark.parametrize(
    "line",
    [
        # a question about a network, then "we" doing something else
        "Did you read it on Facebook? We collect stories from readers every week.",
        "Did you hear it on Radio Four? We gather that the vote was close.",
        "Was the match on Sunday? We collect stamps and coins at the club.",
        # a company's tools in a story: no verb of collecting news right after
        "Harbourview's software collects payments from tenants each month.",
        "The robots were built by Kestrel's engineers from spare parts.",
    ],
)
def test_prose_names_no_aggregator(line: str) -> None:
    assert values(run(STEP, f"Headline\n\n{PROSE} {line}\n\n{PROSE}"), "aggregator") == []
