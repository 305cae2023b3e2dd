"""Provenance: facts about the source (publisher, credits, authors, dates, URLs...).

Every extractor is a pipeline step (ids ``provenance.*``); :func:`provenance_steps` builds them
in their default order, sharing one set of loaded tables. Each fact carries its evidence:
``text[fact.start:fact.end] == fact.evidence``. See docs/provenance.md.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..step import Step
from .aggregator import AggregatorStep
from .base import FactSink, ProvenanceStep
from .bylines import BylinesStep
from .credits import CreditsStep
from .data import Tables, load_tables
from .dates import DatesStep
from .language import LanguageStep
from .meta import MetaStep
from .normalise import LIST_KINDS, Normaliser, facts_from_evidence
from .page import PageStep
from .publisher import PublisherStep
from .tags import TagsStep
from .urls import UrlsStep

__all__ = [
    "LIST_KINDS",
    "AggregatorStep",
    "BylinesStep",
    "CreditsStep",
    "DatesStep",
    "FactSink",
    "LanguageStep",
    "MetaStep",
    "Normaliser",
    "PageStep",
    "ProvenanceStep",
    "PublisherStep",
    "Tables",
    "TagsStep",
    "UrlsStep",
    "facts_from_evidence",
    "load_tables",
    "provenance_steps",
]


def provenance_steps(
    languages: Sequence[str] = ("en", "de", "fr", "es"), tables: Tables | None = None
) -> list[Step]:
    """The provenance extractors in their default order, sharing one set of tables.

    Order matters only for single-valued kinds (the first fact of a kind wins): text evidence
    comes before metadata, a named publisher before a URL host.
    """
    norm = Normaliser(tables if tables is not None else load_tables(languages))
    return [
        CreditsStep(normaliser=norm),
        BylinesStep(normaliser=norm),
        DatesStep(normaliser=norm),
        PublisherStep(normaliser=norm),
        AggregatorStep(normaliser=norm),
        UrlsStep(normaliser=norm),
        TagsStep(normaliser=norm),
        PageStep(normaliser=norm),
        MetaStep(normaliser=norm),
        LanguageStep(normaliser=norm),
    ]
