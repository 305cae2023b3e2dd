"""The shared word scan: per pipeline (steps declare their words), exact and overlapping."""

from __future__ import annotations

from newsclean.provenance import Normaliser, ProvenanceStep, provenance_steps
from newsclean.provenance.wordscan import WordScan

from .helpers import NORMALISER


def test_hits_are_every_occurrence() -> None:
    scan = WordScan(["photo", "photograph", "graph", ""])
    hits = scan.hits("a photograph, photo photo")
    assert hits == {"photo": [2, 14, 20], "photograph": [2], "graph": [7]}
    assert WordScan([]).hits("photo") == {}


def test_steps_declare_their_words_per_pipeline() -> None:
    steps = provenance_steps(tables=NORMALISER.tables)
    prov = [s for s in steps if isinstance(s, ProvenanceStep)]
    scan = prov[0].normaliser.agencies.word_scan()
    for step in prov:
        assert scan.words.issuperset(step.words)
    # a normaliser no step was built on scans for nothing: no word is registered at import
    fresh = Normaliser(NORMALISER.tables)
    assert fresh.agencies.word_scan().words == frozenset()
