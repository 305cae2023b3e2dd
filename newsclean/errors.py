"""The exceptions newsclean raises on bad input, all below ``NewscleanError``."""

from __future__ import annotations


class NewscleanError(Exception):
    """Base class of every error newsclean raises on purpose."""


class InputTooLarge(NewscleanError, ValueError):
    """The input is over ``Config.max_input_chars`` (or its bytes over ``max_input_bytes``)."""

    def __init__(self, size: int, limit: int, unit: str = "characters") -> None:
        super().__init__(
            f"input has {size:,} {unit}, over the limit of {limit:,}; "
            "raise Config.max_input_chars / max_input_bytes to accept it"
        )
        self.size = size
        self.limit = limit


class PipelineError(NewscleanError, ValueError):
    """A pipeline was built wrongly: unknown or duplicate step id, bad step object."""
