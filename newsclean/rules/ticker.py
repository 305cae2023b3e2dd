"""Market ticker strips: an index, a coin or a commodity with its price and its change."""

from __future__ import annotations

import bisect
from collections.abc import Iterator

import regex

from ..document import Document
from ..step import Decision, Remove, RuleInfo

_ARROWS = "▲▼△▽↑↓⬆⬇🔺🔻"
#: one quote: a short name ("ASX 200", "S&P 500", "BTC", "EUR/USD"), a price, then a change in
#: per cent, signed or after an arrow ("Inflation 2024 3.1%" is a figure, no quote), or an
#: arrow alone
_QUOTE = (
    r"[\p{Lu}\d][\p{L}\d&.\-/]*(?:\s[\p{Lu}\d][\p{L}\d&.\-/]*){0,2}"
    r"\s+[$€£¥₹]?\s?\d{1,3}(?:[,\u202f\u00a0]?\d{3})*(?:[.,]\d+)?"
    rf"\s*(?:(?:[{_ARROWS}]\ufe0f?\s*[+\-−–]?|[+\-−–])\s?\d+(?:[.,]\d+)?\s?%(?:\s*[{_ARROWS}]\ufe0f?)?"
    rf"|[{_ARROWS}]\ufe0f?)"
)
_TICKER = regex.compile(
    rf"^\s*{_QUOTE}(?:\s*(?:\||·|•|\s\s|\s[-–—]\s)\s*{_QUOTE})*\s*$", regex.VERSION0
)
#: a change needs a sign, a per cent or an arrow somewhere in the line
_MARK_CHARS = "%" + _ARROWS
_MAX_CHARS = 300
#: a quote starts with a price within its first 40 characters
_DIGIT = regex.compile(r"\d", regex.VERSION0)


class MarketTicker:
    """A market ticker strip left as a line of its own: one or more quotes, each a short name
    (an index, a coin, a commodity, a currency pair), a price and a change in per cent or an
    arrow ("Index 200 7,812.4 +0.6%", "Coin $67,120 ▼1.2% | Oil $82.41 ▲"). Shape only: a
    sentence about the markets ("The index rose 0.6% to 7,812.4") is no such line."""

    id = "ticker"
    rules: tuple[RuleInfo, ...] = (
        RuleInfo(
            "market_ticker",
            "ticker",
            "a market ticker strip: names with a price and a change, no sentence",
            "DAX 18,204.10 ▲ 0.35% | Gold $2,310 -0.2%",
        ),
    )

    def apply(self, doc: Document) -> Iterator[Decision]:
        decisions = doc.decisions
        blocks = doc.blocks
        for i in _marked_blocks(doc):
            b = blocks[i]
            text = b.text
            if decisions[i] is not None or len(text) > _MAX_CHARS:
                continue
            if _DIGIT.search(text, 0, 40) is None or _TICKER.match(text) is None:
                continue
            yield Remove(i, "market_ticker", "ticker",
                         "a market ticker strip: names with a price and a change")


def _marked_blocks(doc: Document) -> list[int]:
    """The blocks holding one of ``_MARK_CHARS`` (a per cent sign or an arrow), in
    order: each character is looked for in the whole text with ``str.find`` (most texts hold
    none, and the step is done), instead of a pattern search on every line."""
    text = doc.text
    blocks = doc.blocks
    found: set[int] = set()
    starts: list[int] | None = None
    for mark in _MARK_CHARS:
        at = text.find(mark)
        if at < 0:
            continue
        if starts is None:
            starts = [b.start for b in blocks]
        while at >= 0:
            i = bisect.bisect_right(starts, at) - 1
            if i >= 0 and at < blocks[i].end:
                found.add(i)
            at = text.find(mark, at + 1)
    return sorted(found)
