"""The run's settings: one frozen, picklable object passed explicitly, never global.

``favor`` is the single precision/recall knob (as trafilatura's favor_precision /
favor_recall): it picks a preset of :class:`Tuning` thresholds. Set ``tuning`` to override
the preset entirely, or use ``Config.tuned(name=value)`` to change a few thresholds.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Literal

Favor = Literal["precision", "balanced", "recall"]


@dataclass(frozen=True, slots=True)
class Tuning:
    """Thresholds of the context-sensitive steps.

    ``favor="recall"`` keeps more (fewer removals on weak evidence); ``favor="precision"``
    removes more boilerplate on weaker evidence.
    """

    #: lines from the start that count as the head zone (titles, breadcrumbs, labels live there)
    head_zone: int = 6
    #: lines from the end that count as the tail zone (promos, disclaimers, lists live there)
    tail_zone: int = 12
    #: a line with at most this many words is "short" (a label, a UI word, a menu item)
    short_words: int = 4
    #: a headline-shaped line has at most this many words
    headline_max_words: int = 25
    #: a title has at least this many words (shorter head lines are section labels)
    title_min_words: int = 4
    #: fewest headline-shaped lines that make a header-less headline run at the end
    min_headline_run: int = 3
    #: fewest short link-like lines that make a navigation/footer menu run
    min_menu_run: int = 3
    #: short lines next to removed blocks are removed too (context pass)
    absorb_neighbours: bool = True
    #: the site-talk score (data/sitetalk.tsv) at which a line next to removed boilerplate is
    #: removed as the site's talk ...
    site_talk_min_score: float = 3.5
    #: ... the score at which a line is removed wherever it stands ...
    site_talk_alone_score: float = 7.5
    #: ... and the (lower) one at which a line before the story's first prose paragraph or
    #: after its last (the page's head and tail, where the site's own lines gather) is removed
    #: with no removed neighbour
    site_talk_edge_score: float = 7.0


PRESETS: dict[str, Tuning] = {
    "precision": Tuning(short_words=5, min_headline_run=2, min_menu_run=2, site_talk_min_score=3.0,
                        site_talk_alone_score=6.5, site_talk_edge_score=6.0),
    "balanced": Tuning(),
    "recall": Tuning(
        short_words=3, min_headline_run=4, min_menu_run=4, absorb_neighbours=False,
        site_talk_min_score=4.5, site_talk_alone_score=9.5, site_talk_edge_score=9.0,
    ),
}


@dataclass(frozen=True, slots=True)
class Config:
    """Settings of one pipeline. Immutable and picklable; build variants with ``replace``."""

    #: the precision/recall knob: "precision" removes more, "recall" keeps more
    favor: Favor = "balanced"
    #: phrase tables to load (data/<lang>/); English is always the fallback
    languages: tuple[str, ...] = ("en", "de", "fr", "es")
    #: rule ids whose decisions are ignored (see docs/rules.md for the ids)
    disabled_rules: frozenset[str] = field(default_factory=frozenset)
    #: inputs longer than this raise InputTooLarge
    max_input_chars: int = 20_000_000
    #: byte inputs longer than this raise InputTooLarge before decoding
    max_input_bytes: int = 80_000_000
    #: explicit thresholds; ``None`` takes the preset of ``favor``
    tuning: Tuning | None = None

    def __post_init__(self) -> None:
        if self.favor not in PRESETS:
            raise ValueError(f"favor must be one of {sorted(PRESETS)}, not {self.favor!r}")
        if self.max_input_chars <= 0 or self.max_input_bytes <= 0:
            raise ValueError("max_input_chars and max_input_bytes must be positive")
        if not isinstance(self.disabled_rules, frozenset):
            object.__setattr__(self, "disabled_rules", frozenset(self.disabled_rules))
        if isinstance(self.languages, str):
            object.__setattr__(self, "languages", (self.languages,))

    @property
    def thresholds(self) -> Tuning:
        """The thresholds in force: ``tuning`` if set, else the preset of ``favor``."""
        return self.tuning if self.tuning is not None else PRESETS[self.favor]

    def tuned(self, **changes: float | bool) -> Config:
        """A copy with some thresholds changed, e.g. ``config.tuned(min_headline_run=4)``."""
        return replace(self, tuning=replace(self.thresholds, **changes))  # type: ignore[arg-type]

    def without_rules(self, *rule_ids: str) -> Config:
        """A copy that ignores the decisions of the given rule ids."""
        return replace(self, disabled_rules=self.disabled_rules | frozenset(rule_ids))
