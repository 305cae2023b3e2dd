"""Markup-aware steps: they read ``Block.markup`` and do nothing on text input.

* :class:`HtmlTitle` (``html.title``): the headline element, matched against the page metadata;
* :class:`MainContent` (``html.main``): main-content region scoring, as readability and jusText
  do (text and link density, paragraph structure), and removal of what lies outside it;
* :class:`MarkupSignals` (``html.signals``): class/id words and landmark elements (related,
  share, comments, newsletter, nav, footer, aside, ads…), vocabularies in
  ``data/html_tokens.ini``;
* :class:`LinkDense` (``html.link_dense``): blocks made mostly of link text.

(:class:`~newsclean.html.figures.FigureNeighbours`, which protects story paragraphs next to a
figure, is in :mod:`newsclean.html.figures`.)

They all work from the blocks' element paths (see :mod:`newsclean.html.dom`), never from the
DOM, so they run on any Document whose blocks carry markup, and they never import a parser.
"""

from __future__ import annotations

from typing import Any

from ..config import Config
from .headline import HtmlTitle
from .link_dense import LinkDense
from .main_content import MainContent
from .markup_signals import MarkupSignals
from .regions import block_weight
from .signal_vocab import load_signals

__all__ = [
    "HtmlTitle",
    "LinkDense",
    "MainContent",
    "MarkupSignals",
    "block_weight",
    "html_steps",
    "load_signals",
]


def html_steps(config: Config) -> list[Any]:
    """The markup-aware steps of the default pipeline, in order."""
    return [HtmlTitle(config), MainContent(config), MarkupSignals(config), LinkDense(config)]
