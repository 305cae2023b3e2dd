"""Every wording probe (``probes_wording.py``) as a test case: boilerplate removed, body kept."""

from __future__ import annotations

import pytest

from .probes_wording import Probe, decision, probes

#: beginnings of the probes the rules still get wrong (strict: a fixed probe fails here until
#: its line is taken off this list)
KNOWN_WRONG: frozenset[str] = frozenset(
    {
        # "About <Name>" as an author-box header: left alone, a capitalised "About X Y" line
        # can be a subhead or a title ("About Schmidt") and nothing else marks the box
        "About Jane Doe",
        # round 7 (new author), not yet fixed
        "Your support period for this theme has expired. Renew your l",
        "Activate your plugin licence to remove this notice.",
        "Unregistered version of Feedpress Importer — upgrade to Pro to hide this message.",
        "Aviso: esta noticia fue importada automáticamente de una fuente externa.",
        "Trending Now on Our Network",
        "More stories from Business",
        "Top Headlines Today",
        "Story continues on the publisher's website",
        "Note: Only a member of this blog may post a comment.",
        "Be the first to comment on this story",
        "Réagir à cet article",
        "Remember my details for the next time I comment on this site.",
        "‹ Artículo anterior",
        "Listen to this story (4 min)",
        "Font size: A- A A+",
        "Get the latest news on the go — download the NewsNow app for Android and iOS.",
        "Recevez chaque matin l'essentiel de l'actualité dans votre boîte mail",
        "~ Sponsored ~",
        "Espacio publicitario",
        "No part of this story may be copied or redistributed without",
        "About the Author: Priya Nair is a senior correspondent covering health and education.",
        "See more from this writer",
        "👍 Like 45 ❤️ Love 12",
        "ID: 4f8a2c91e7",
        "Story ID: 20251104-0057",
    }
)


def known_wrong(probe: Probe) -> bool:
    return any(probe.line == k or (len(k) == 60 and probe.line.startswith(k)) for k in KNOWN_WRONG)


CASES = list(enumerate(probes()))


@pytest.mark.parametrize(
    ("k", "probe"),
    [
        pytest.param(
            k,
            p,
            id=f"{p.kind}-{k}",
            marks=[pytest.mark.xfail(strict=True)] if known_wrong(p) else [],
        )
        for k, p in CASES
    ],
)
def test_probe(k: int, probe: Probe) -> None:
    rule = decision(probe, k)
    if probe.remove:
        assert rule is not None, f"kept boilerplate ({probe.kind}, {probe.zone}): {probe.line!r}"
    else:
        assert rule is None, f"removed body line by {rule} ({probe.zone}): {probe.line!r}"
