"""A blog's masthead: its name and its tagline as the first lines, above the title."""

from __future__ import annotations

from collections.abc import Iterator

from ..document import Document
from ..step import Decision, Remove, RuleInfo
from .cues import is_byline, is_dateline, last_char
from .title import NAVIGATION_CATEGORIES, site_name_shaped

#: a tagline has at most this many words and characters
_TAGLINE_MAX_WORDS = 12
_TAGLINE_MAX_CHARS = 90
#: the page header above the site's navigation: at most this many lines, each of at most
#: ``_TAGLINE_MAX_WORDS`` words
_ABOVE_NAV_MAX_LINES = 3


class SiteHeader:
    """A blog's masthead above the title: the text's first line a short name (fewer words than
    a title has, capitalised, no digits or punctuation at its end), perhaps followed by a
    one-line tagline (a few words, no digits, not a question or an exclamation), with nothing
    else kept between them and the title. Runs after the title step and only when it found
    a title: a name or a tagline shaped like a headline would have made it a second
    candidate, so what this step sees above the title is no headline. Also the page header
    above the site's navigation: up to three short lines (a name, a tagline, an edition or
    weather strip, no prose) at the top of the text, above a removed menu or breadcrumb that
    itself sits above the title."""

    id = "masthead"
    rules: tuple[RuleInfo, ...] = (
        RuleInfo("site_header", "site_header",
                 "a blog's name and tagline as the first lines, above the title",
                 "Harbour Notes\nThoughts on ferries, mostly.\nBridge reopens after repairs"),
        RuleInfo("header_above_nav", "site_header",
                 "the page header (name, tagline, edition or weather strip) above the site's "
                 "navigation, above the title",
                 "News for the valley since 1903\nHome | Local | Sport\nBridge reopens"),
    )

    def apply(self, doc: Document) -> Iterator[Decision]:
        title = doc.title
        if title is None:
            return
        above_nav = list(self._above_navigation(doc, title.block))
        if above_nav:
            yield from above_nav
            return
        above: list[int] = []
        for j in range(title.block):
            d = doc.decisions[j]
            if d is None:
                above.append(j)
            elif not doc.removed(j):
                return  # a protected line above the title: the story's own
        names = doc.config.thresholds.title_min_words - 1  # a name has fewer words than a title
        if not 1 <= len(above) <= 2 or not site_name_shaped(doc, above[0], names):
            return
        if len(above) == 2 and not self._tagline(doc, above[1]):
            return
        for j in above:
            yield Remove(j, "site_header", "site_header",
                         "the site's name or tagline, above the title")

    @staticmethod
    def _above_navigation(doc: Document, title: int) -> Iterator[Decision]:
        """The open lines above the first navigation line above the title, when they are few,
        short and no prose."""
        nav = next(
            (k for k in range(title) if doc.category(k) in NAVIGATION_CATEGORIES), None
        )
        if nav is None or nav == 0:
            return
        above = [j for j in range(nav) if doc.decisions[j] is None]
        if not above or len(above) > _ABOVE_NAV_MAX_LINES:
            return
        if any(doc.protected(j) for j in range(nav)):
            return
        for j in above:
            sh = doc.shape(j)
            if sh.words > _TAGLINE_MAX_WORDS or doc.prose(j) or sh.url:
                return
        for j in above:
            yield Remove(j, "header_above_nav", "site_header",
                         "the page header above the site's navigation")

    @staticmethod
    def _tagline(doc: Document, i: int) -> bool:
        sh = doc.shape(i)
        text = doc.blocks[i].text.strip()
        if not 2 <= sh.words <= _TAGLINE_MAX_WORDS or len(text) > _TAGLINE_MAX_CHARS:
            return False
        if sh.url or sh.bullet or sh.letters < 0.75 or any(c.isdigit() for c in text):
            return False
        if last_char(text) in "!?:;," or ": " in text:
            return False
        return not (is_byline(text) or is_dateline(text) or doc.prose(i))
