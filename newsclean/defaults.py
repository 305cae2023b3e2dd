"""The default step list, in order. ``Pipeline.default(config)`` builds it.

Order matters: context-free phrase rules first, then the title, then protections of content
that looks like boilerplate, then the context-sensitive passes, then provenance extractors.
"""

from __future__ import annotations

from .config import Config
from .provenance import provenance_steps
from .rules.phrases import PhraseRules
from .step import Step


def default_steps(config: Config) -> list[Step]:
    """Fresh step objects for ``config`` (each builds its own compiled rules)."""
    steps: list[Step] = [
        PhraseRules(config.languages),
    ]
    # provenance extractors last: they read every earlier decision (title, categories)
    steps.extend(provenance_steps(config.languages))
    return steps
