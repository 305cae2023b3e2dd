"""newsclean: clean article bodies from scraped news text and HTML, with provenance and a full
account of every removed span.

>>> import newsclean
>>> article = newsclean.clean("Some headline\\n\\nA paragraph of the story.\\n\\nSource link")
"""

from __future__ import annotations

from functools import lru_cache

from .batch import BatchResult, Item, clean_many
from .config import Config, Tuning
from .document import Document
from .errors import InputTooLarge, NewscleanError, PipelineError
from .model import SCHEMA_VERSION, Article, Block, Fact, Markup, Provenance, Source, Span
from .pipeline import InputData, Pipeline
from .step import Decision, Protect, Remove, RuleInfo, SetTitle, Step

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "BatchResult",
    "Block",
    "Config",
    "Decision",
    "Document",
    "Fact",
    "InputTooLarge",
    "Item",
    "Markup",
    "NewscleanError",
    "Pipeline",
    "PipelineError",
    "Protect",
    "Provenance",
    "Remove",
    "RuleInfo",
    "SetTitle",
    "Source",
    "Span",
    "Step",
    "Tuning",
    "clean",
    "clean_many",
    "default_pipeline",
]


@lru_cache(maxsize=8)
def default_pipeline(config: Config | None = None) -> Pipeline:
    """The default pipeline for ``config``.

    Pipelines are immutable and hold no per-run state, so this memo only saves recompiling the
    rules on every ``clean()`` call; it cannot change any result.
    """
    return Pipeline.default(config)


def clean(
    data: InputData,
    *,
    url: str | None = None,
    kind: str | None = None,
    config: Config | None = None,
) -> Article:
    """Clean one text or HTML input (``str`` or bytes) with the default pipeline.

    Raises ``TypeError`` for anything but text or bytes and :class:`InputTooLarge` past
    ``Config.max_input_chars``.
    """
    return default_pipeline(config).run(data, url=url, kind=kind)
