"""Syndication notices worded as an agreement or as copy carried as received ("published under a
content-sharing agreement with X", "reproduced as received from X", "from a syndicated partner
feed"), and aggregator disclaimers that are not syndication notices (takedowns, "we take no
responsibility", "nous déclinons toute responsabilité")."""

from __future__ import annotations

import pytest

import newsclean

PROSE = (
    "The council approved the plan after a long debate on Tuesday evening, officials said in "
    "a statement to reporters."
)


def _facts(line: str) -> dict[str, str]:
    a = newsclean.clean(f"A headline for the story\n\n{PROSE}\n\n{line}\n\n{PROSE}")
    return {f.kind: f.value for f in a.provenance if f.kind in ("syndication", "publisher")}


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("Published under a content-sharing agreement with Northfield Echo; only the headline "
         "may have been changed.", "Northfield Echo"),
        ("Apart from the headline, this report is reproduced as received from Lowland Gazette.",
         "Lowland Gazette"),
        ("This story is published through a content partnership with Cedar Point Monitor.",
         "Cedar Point Monitor"),
        ("Note: this copy comes from a syndicated partner feed; Eastvale Post editors have not "
         "reviewed it.", "Eastvale Post"),
    ],
)  # fmt: skip
def test_agreement_notices(line: str, publisher: str) -> None:
    facts = _facts(line)
    assert facts.get("syndication") == line.strip()
    assert facts.get("publisher") == publisher


@pytest.mark.parametrize(
    "line",
    [
        "Article repris automatiquement depuis un flux public. Nous déclinons toute "
        "responsabilité quant aux contenus de tiers.",
        "Dieser Artikel wurde automatisch aus einem Nachrichtenfeed übernommen. Löschanfragen "
        "werden binnen 48 Stunden bearbeitet.",
        "Este texto se publica automáticamente desde un feed sindicado. No nos hacemos "
        "responsables de su contenido.",
        "This story is auto-generated from a syndicated feed. We take no responsibility for "
        "its accuracy.",
    ],
)
def test_aggregator_disclaimers_are_no_syndication(line: str) -> None:
    assert "syndication" not in _facts(line)
