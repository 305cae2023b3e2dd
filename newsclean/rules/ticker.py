"""Market ticker strips: an index, a coin or a commodity with its price and its change."""

from __future__ import annotations

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
_MARK = regex.compile(rf"[%{_ARROWS}]", regex.VERSION0)
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
        for i, b in enumerate(doc.blocks):
            text = b.text
            if decisions[i] is not None or len(text) > _MAX_CHARS or _MARK.search(text) is None:
                continue
            if _DIGIT.search(text, 0, 40) is None or _TICKER.match(text) is None:
                continue
            yield Remove(i, "market_ticker", "ticker",
                         "a market ticker strip: names with a price and a change")
