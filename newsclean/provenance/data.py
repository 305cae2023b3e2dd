"""The data tables provenance extractors read, loaded once per pipeline (never cached globally).

Every table is a plain file under ``newsclean/data/`` (see docs/provenance.md):

* ``agencies.tsv``: news and photo agencies, canonical name and aliases;
* ``timezones.tsv``: zone abbreviations and their UTC offset or IANA zone;
* ``provenance/months.tsv``, ``provenance/weekdays.txt``: month and weekday names (en, de, fr, es);
* ``provenance/photo_agencies.txt``: agencies that supply pictures only (never ``credits``);
* ``provenance/not_names.txt``: words that are never a name on their own;
* ``provenance/platforms.txt``: social networks and app stores (never a publisher);
* ``provenance/hosts.txt``: URL hosts that never name a publisher (shorteners, feed proxies);
* ``provenance/tracking_params.txt``: query parameters dropped from URLs;
* ``provenance/dayfirst.txt``: words that make a numeric date on their line read day first;
* ``<lang>/stopwords.txt``: function words for language detection.

:func:`load_tables` reads them all; :class:`Tables` is immutable and shared by the steps of one
pipeline (pass it to each step's constructor).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..vocab import data_lines


def _bar_items(lines: Sequence[str]) -> list[str]:
    return [w.strip() for line in lines for w in line.split("|") if w.strip()]


def _tsv(relpath: str) -> list[tuple[str, str]]:
    rows = []
    for line in data_lines(relpath):
        key, _, value = line.partition("\t")
        if not value:
            raise ValueError(f"data/{relpath}: expected KEY<TAB>VALUE, got {line!r}")
        rows.append((key.strip(), value.strip()))
    return rows


@dataclass(frozen=True, slots=True)
class Tables:
    """Everything the provenance extractors read from data files."""

    #: canonical agency name -> its aliases (the canonical name first if it is an alias)
    agencies: Mapping[str, tuple[str, ...]]
    #: zone abbreviation -> "+HH:MM" or an IANA zone name
    timezones: Mapping[str, str]
    #: month name or abbreviation (lower case) -> month number
    months: Mapping[str, int]
    weekdays: tuple[str, ...]
    #: canonical names of photo-only agencies: kept in ``photo_credit``, never ``credits``
    photo_agencies: frozenset[str]
    not_names: frozenset[str]
    platforms: frozenset[str]
    hosts: frozenset[str]
    tracking_params: tuple[str, ...]
    #: language code -> its stopwords
    stopwords: Mapping[str, frozenset[str]]
    #: words (de, fr, es labels) that make a numeric date on their line read day first
    dayfirst_words: tuple[str, ...] = ()


def load_tables(languages: Sequence[str] = ("en", "de", "fr", "es")) -> Tables:
    """Read every provenance table from the package data."""
    agencies: dict[str, tuple[str, ...]] = {}
    for name, aliases in _tsv("agencies.tsv"):
        merged = dict.fromkeys((*agencies.get(name, ()), *_bar_items([aliases])))
        agencies[name] = tuple(merged)
    months: dict[str, int] = {}
    for num, names in _tsv("provenance/months.tsv"):
        for n in _bar_items([names]):
            months[n.lower()] = int(num)
    stopwords: dict[str, frozenset[str]] = {}
    for lang in dict.fromkeys(("en", *languages)):
        lines = data_lines(f"{lang}/stopwords.txt")
        words = frozenset(w.lower() for line in lines for w in line.split())
        if words:
            stopwords[lang] = words
    return Tables(
        agencies=agencies,
        timezones=dict(_tsv("timezones.tsv")),
        months=months,
        weekdays=tuple(_bar_items(data_lines("provenance/weekdays.txt"))),
        photo_agencies=frozenset(data_lines("provenance/photo_agencies.txt")),
        not_names=frozenset(_bar_items(data_lines("provenance/not_names.txt"))),
        platforms=frozenset(p.lower() for p in _bar_items(data_lines("provenance/platforms.txt"))),
        hosts=frozenset(h.lower() for h in data_lines("provenance/hosts.txt")),
        tracking_params=tuple(data_lines("provenance/tracking_params.txt")),
        stopwords=stopwords,
        dayfirst_words=tuple(w.lower() for w in data_lines("provenance/dayfirst.txt")),
    )
