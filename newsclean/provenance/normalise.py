"""Turn the evidence a rule matched into normalised facts.

``facts_from_evidence`` is the one entry point rules use when a match both removes a span and
records a fact (e.g. "(With inputs from Associated Press)" removes the line and gives credits=AP).
"""

from __future__ import annotations

from ..model import Fact


def facts_from_evidence(kind: str, text: str, start: int, end: int, rule: str) -> list[Fact]:
    """Facts of ``kind`` found in ``text[start:end]``, each with its exact sub-span."""
    raw = text[start:end]
    value = raw.strip()
    if not value:
        return []
    lead = len(raw) - len(raw.lstrip())
    s = start + lead
    return [Fact(kind, value, s, s + len(value), value, rule)]
