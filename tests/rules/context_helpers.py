"""Helpers for the tests of the context-sensitive steps: run the default pipeline and read
back what happened to each line."""

from __future__ import annotations

from pathlib import Path

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


SEEDS = Path(__file__).resolve().parents[2] / "fixtures" / "seeds"

#: lines that exercise the cheap gates in front of the context steps' regexes
TRICKY_LINES = [
    "",
    "x",
    "(Photo: Jane Roe/Reuters)",
    "Firefighters battle the blaze on Sunday. (Photo: Jane Roe/Reuters)",
    "FILE PHOTO: A man walks past a bank in London",
    "File photo of the harbour bridge",
    "In this undated photo, workers repair the bridge.",
    "Pictured: the harbour bridge at dawn",
    "Above: The harbour bridge",
    "Officials meet the press (L-R) in Paris",
    "Crowds gather (left) outside the stadium",
    "The bridge at dawn. Photo by Jane Roe",
    "The bridge at dawn | Image: City Hall",
    "The bridge at dawn — picture credit: J. Roe",
    "İn this photo the bridge reopens",
    "In thiſ photo the bridge reopens",
    "The bridge at dawn. İmage: City Hall",
    "WASHINGTON (AP) — The bridge reopened on Monday.",
    "BEIJING, June 18 (Reuters) - Shares fell.",
    "NEW DELHI: The bridge reopened.",
    "Paris (AFP) - The bridge reopened.",
    "O'NEILL - a name",
    "Tags: Elections, Congress, Budget",
    "Themen: Wahl, Haushalt",
    "#Korean #Trade #Energy",
    "Also read: Storm knocks out power across the coast",
    "- Read more: Storm knocks out power",
    "About the author",
    "Posted in Climate",
    "“We are not done yet.”",
    "– A long road ahead –",
    # datelines and quotes: the fast paths in front of their backtracking patterns
    "NASA said on Monday, ahead of the vote (which was close), that the plan was good.",
    "Smith (the mayor) - said so",
    "X(AP) - The bridge reopened.",
    "LONDON- Shares fell.",
    "O’NEILL: a name",
    "Paris (Agence France-Presse and many other wires too) - x",
    "“It is a good day for the city,” the mayor said on Tuesday after the long vote ended.",
    "“We’re not done,” she said, “and we won’t stop until every family in this city has "
    "a home it can afford, whatever the council decides next week.”",
    "“Short,”     \t   said the mayor, who had waited a long time for a chance to speak up.",
    '"Quote" and then a much longer tail that runs on well past sixty characters of text',
]


def sample_lines() -> list[str]:
    """Every non-blank line of the seed fixtures, and the tricky lines above."""
    lines = list(TRICKY_LINES)
    for path in sorted(SEEDS.glob("*.txt")):
        lines += [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()]
    return [ln for ln in dict.fromkeys(lines)]
