"""Helpers for the tests of the context-sensitive steps: run the default pipeline and read
back what happened to each line."""

from __future__ import annotations

import newsclean
from newsclean import Article, Config

PROSE = [
    "The city council voted on Tuesday to approve a new budget that raises spending on "
    "schools, roads and public transport by nearly ten percent over the next two years.",
    "Officials said the plan would be paid for by a mix of higher property taxes and savings "
    "found in other departments, though several members warned that the numbers were optimistic.",
    "Residents who spoke at the meeting were divided, with some praising the investment in "
    "buses while others complained that their bills had already gone up twice this year.",
    "The mayor is expected to sign the measure later this week, and the first projects could "
    "begin as early as the spring, according to a statement released after the vote.",
]


def clean(text: str, config: Config | None = None) -> Article:
    return newsclean.clean(text, kind="text", config=config)


def rules_by_line(article: Article) -> list[tuple[str, str | None]]:
    """(stripped span text, rule id that removed it or None when kept), in order."""
    return [(s.text.strip(), None if s.kept else s.rule) for s in article.spans if s.text.strip()]


def rule_of(article: Article, line: str) -> str | None:
    """The rule that removed the first line equal to ``line`` (None when it was kept)."""
    for t, rule in rules_by_line(article):
        if t == line:
            return rule
    raise AssertionError(f"no line {line!r} in {rules_by_line(article)}")


def category_of(article: Article, line: str) -> str | None:
    for s in article.spans:
        if s.text.strip() == line:
            return s.category
    raise AssertionError(f"no line {line!r}")


def doc(*lines: str, sep: str = "\n\n") -> str:
    return sep.join(lines)


def kept_all(article: Article, lines: list[str]) -> None:
    for line in lines:
        assert rule_of(article, line) is None, (line, rules_by_line(article))
