"""More ways a disclaimer names the aggregator: the story's subject and a copying verb with a
feed cue ("This story was auto-published by X from an RSS feed", "Cet article a été collecté
automatiquement par X", "fue recopilado automáticamente por X"), German word order ("wurde
automatisch von X aus einem RSS-Feed übernommen"), "X pulls stories automatically", "X is an
automated platform that collects articles"; and the prose that names no aggregator."""

from __future__ import annotations

import pytest

from newsclean.provenance import AggregatorStep

from .helpers import NORMALISER, run, values

STEP = AggregatorStep(normaliser=NORMALISER)
PROSE = "The council met for a long time and agreed on a plan that nobody had expected before."


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("This item was automatically imported by Clipfold from the original site.", "Clipfold"),
        ("Note: this story was auto-published by Wirebasket from an RSS feed.", "Wirebasket"),
        ("Ce texte a été récupéré automatiquement par Revueflux depuis un flux RSS.",
         "Revueflux"),
        ("Esta noticia fue recopilada automáticamente por Portalia a partir de fuentes públicas.",
         "Portalia"),
        ("Dieser Artikel wurde automatisch von Meldungskorb aus einem Agenturfeed übernommen.",
         "Meldungskorb"),
        ("Snipstack pulls headlines automatically from public RSS feeds.", "Snipstack"),
        ("Newsgarden is an automated platform that collects articles from many publishers.",
         "Newsgarden"),
    ],
)  # fmt: skip
def test_aggregator_named(line: str, name: str) -> None:
    assert values(run(STEP, f"Headline\n\n{PROSE}\n\n{line}"), "aggregator") == [name]


@pytest.mark.parametrize(
    "line",
    [
        "This article was published by The Harbour Times on Monday.",
        "Goods were imported by Acme Trading from China last year.",
        "The report was published by the ministry, then automatically translated.",
        "Tenantly is a software platform that collects payments from landlords.",
        "Der Antrag wurde von Bürgermeister Hans Vogt aus dem Rathaus übernommen.",
    ],
)
def test_prose_names_no_aggregator(line: str) -> None:
    assert values(run(STEP, f"Headline\n\n{PROSE} {line}\n\n{PROSE}"), "aggregator") == []
