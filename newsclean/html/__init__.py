"""HTML pages to the same blocks the text path uses (selectolax/Lexbor), with element paths.

Imported only when an input is HTML, so ``import newsclean`` never loads a parser.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..config import Config
from ..model import Block, MarkupRemoval


@dataclass(frozen=True, slots=True)
class Page:
    """A page read for the pipeline: its text view (one block a line), the blocks (with
    ``Block.markup`` set), what was dropped at the markup level, and page metadata."""

    text: str
    blocks: list[Block]
    markup_removals: tuple[MarkupRemoval, ...] = ()
    meta: Mapping[str, Any] = field(default_factory=dict)


def read_html(html: str, config: Config) -> Page:
    """Parse ``html`` into a Page."""
    from .reader import read_page

    return read_page(html, config)
