"""Labelled-line builder for the blind_a corpus: lines, facts at exact offsets, dates, layout.

Written blind (without reading newsclean or the held-out templates).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass
class F:
    """A fact carried by one line: ``evidence`` is found inside the line's text."""

    kind: str
    value: str
    evidence: str
    aliases: list[str] | None = None
    nth: int = 0  # which occurrence of evidence in the line


@dataclass
class L:
    text: str
    label: str = "boilerplate"
    kind: str | None = None
    facts: list[F] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


def B(text: str) -> L:
    return L(text, "body", None)


def BP(kind: str, text: str, *facts: F) -> L:
    return L(text, "boilerplate", kind, list(facts))


LIST_KINDS = ("credits", "tags", "authors")

AGENCY_ALIASES: dict[str, list[str]] = {
    "AP": ["Associated Press", "The Associated Press"],
    "Reuters": ["Thomson Reuters"],
    "AFP": ["Agence France-Presse", "Agence France Presse"],
    "UPI": ["United Press International"],
    "Bloomberg": ["Bloomberg News"],
}


def credit(evidence: str, value: str) -> F:
    return F("credits", value, evidence, AGENCY_ALIASES.get(value))


# ------------------------------------------------------------------------------ dates

MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# zone label -> (allowed months, offset)
ZONES: dict[str, tuple[tuple[int, ...], str]] = {
    "EDT": ((4, 5, 6, 7, 8, 9, 10), "-04:00"),
    "EST": ((12, 1, 2), "-05:00"),
    "ET": ((4, 5, 6, 7, 8, 9, 10), "-04:00"),
    "PDT": ((4, 5, 6, 7, 8, 9, 10), "-07:00"),
    "PT": ((12, 1, 2), "-08:00"),
    "PST": ((12, 1, 2), "-08:00"),
    "GMT": (tuple(range(1, 13)), "+00:00"),
    "UTC": (tuple(range(1, 13)), "+00:00"),
    "BST": ((5, 6, 7, 8, 9), "+01:00"),
    "CEST": ((5, 6, 7, 8, 9), "+02:00"),
    "CET": ((12, 1, 2), "+01:00"),
    "IST": (tuple(range(1, 13)), "+05:30"),
    "JST": (tuple(range(1, 13)), "+09:00"),
    "SGT": (tuple(range(1, 13)), "+08:00"),
    "AEST": ((5, 6, 7, 8), "+10:00"),
}


@dataclass
class D:
    """A formatted date: the text, the fact value and aliases."""

    text: str
    value: str
    aliases: list[str] | None = None


def rand_dt(rng: random.Random, months: tuple[int, ...] | None = None) -> datetime:
    while True:
        y = rng.choice([2023, 2024, 2024, 2025])
        m = rng.choice(months) if months else rng.randint(1, 12)
        d = rng.randint(1, 28)
        dt = datetime(y, m, d, rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))
        return dt


def _h12(dt: datetime, dots: bool = False, upper: bool = True) -> str:
    h = dt.hour % 12 or 12
    ap = "AM" if dt.hour < 12 else "PM"
    if dots:
        ap = "a.m." if dt.hour < 12 else "p.m."
    elif not upper:
        ap = ap.lower()
    return f"{h}:{dt.minute:02d} {ap}"


def fmt_date(rng: random.Random, style: str | None = None) -> D:
    """A date string in one of many English styles, with its ISO value."""
    styles = [
        "date_long", "date_abbr", "long_time_zone", "day_month_zone", "iso_space",
        "rss", "at_time_zone", "us_numeric", "abbr_slash_zone", "weekday_zone",
        "iso_t", "date_dmy",
    ]
    style = style or rng.choice(styles)
    zone = rng.choice(list(ZONES))
    months, off = ZONES[zone]
    if style in ("us_numeric",):
        dt = rand_dt(rng)
        dt = dt.replace(day=rng.randint(13, 28))
    elif style in ("long_time_zone", "day_month_zone", "at_time_zone", "abbr_slash_zone",
                   "weekday_zone"):
        dt = rand_dt(rng, months)
    else:
        dt = rand_dt(rng)
    mon = MONTHS[dt.month - 1]
    ab = mon[:3]
    naive = dt.strftime("%Y-%m-%dT%H:%M:00")
    date_only = dt.strftime("%Y-%m-%d")
    donly = D("", date_only, [date_only + "T00:00:00"])
    if style == "date_long":
        donly.text = f"{mon} {dt.day}, {dt.year}"
        return donly
    if style == "date_abbr":
        sep = rng.choice([". ", " "]) if mon != "May" else " "
        donly.text = f"{ab}{sep}{dt.day}, {dt.year}"
        return donly
    if style == "date_dmy":
        donly.text = f"{dt.day} {rng.choice([mon, ab])} {dt.year}"
        return donly
    if style == "long_time_zone":
        return D(f"{ab} {dt.day}, {dt.year} {_h12(dt)} {zone}", naive + off)
    if style == "day_month_zone":
        return D(f"{dt.day} {mon} {dt.year}, {dt.hour:02d}:{dt.minute:02d} {zone}", naive + off)
    if style == "iso_space":
        return _iso_space(dt, rng)
    if style == "rss":
        wd = DAYS[dt.weekday()][:3]
        return D(f"{wd}, {dt.day:02d} {ab} {dt.year} {dt:%H:%M:%S} +0000",
                 dt.strftime("%Y-%m-%dT%H:%M:%S") + "+00:00")
    if style == "at_time_zone":
        return D(f"{mon} {dt.day}, {dt.year} at {_h12(dt, dots=rng.random() < 0.5)} {zone}",
                 naive + off)
    if style == "us_numeric":
        return D(f"{dt.month}/{dt.day}/{dt.year} {_h12(dt)}", naive)
    if style == "abbr_slash_zone":
        return D(f"{ab}. {dt.day}, {dt.year} / {_h12(dt, upper=rng.random() < 0.5)} {zone}"
                 if mon != "May" else f"{ab} {dt.day}, {dt.year} / {_h12(dt)} {zone}",
                 naive + off)
    if style == "weekday_zone":
        wd = DAYS[dt.weekday()]
        return D(f"{wd} {dt.day} {mon} {dt.year} {dt.hour:02d}:{dt.minute:02d} {zone}",
                 naive + off)
    if style == "iso_t":
        return D(dt.strftime("%Y-%m-%dT%H:%M:%SZ"), dt.strftime("%Y-%m-%dT%H:%M:%S") + "+00:00")
    raise ValueError(style)


def _iso_space(dt: datetime, rng: random.Random) -> D:
    if rng.random() < 0.5:
        return D(dt.strftime("%Y-%m-%d %H:%M:%S"), dt.strftime("%Y-%m-%dT%H:%M:%S"))
    return D(dt.strftime("%Y-%m-%d %H:%M"), dt.strftime("%Y-%m-%dT%H:%M:00"))


# ------------------------------------------------------------------------------ assembling


def assemble(lines: list[L], rng: random.Random, layout: str, final_nl: bool
             ) -> tuple[str, list[dict[str, Any]], dict[str, Any]]:
    """Join lines with the chosen layout; return text, line records and facts."""
    parts: list[tuple[str, L | None]] = []
    for i, ln in enumerate(lines):
        if i:
            if layout == "blank":
                parts.append(("", None))
            elif layout == "mixed":
                r = rng.random()
                if r < 0.35:
                    pass
                elif r < 0.8:
                    parts.append(("", None))
                elif r < 0.9:
                    parts.append(("", None))
                    parts.append(("", None))
                else:
                    parts.append((rng.choice([" ", "\t", "\u00a0", "  "]), None))
        parts.append((ln.text, ln))
    text_lines = [p[0] for p in parts]
    text = "\n".join(text_lines) + ("\n" if final_nl else "")
    recs: list[dict[str, Any]] = []
    facts: dict[str, Any] = {}
    pos = 0
    for n, (t, ln) in enumerate(parts):
        start, end = pos, pos + len(t)
        pos = end + 1
        if ln is None:
            recs.append({"n": n, "start": start, "end": end, "text": t, "label": "blank",
                         "kind": None})
            continue
        rec: dict[str, Any] = {"n": n, "start": start, "end": end, "text": t,
                               "label": ln.label, "kind": ln.kind}
        rec.update(ln.extra)
        recs.append(rec)
        for f in ln.facts:
            idx = -1
            for _k in range(f.nth + 1):
                idx = t.find(f.evidence, idx + 1)
            if idx < 0:
                raise ValueError(f"evidence {f.evidence!r} not in line {t!r}")
            fd: dict[str, Any] = {"value": f.value, "line": n, "evidence": f.evidence,
                                  "start": start + idx, "end": start + idx + len(f.evidence)}
            if f.aliases:
                fd["aliases"] = list(f.aliases)
            if f.kind in LIST_KINDS:
                lst = facts.setdefault(f.kind, [])
                if all(x["value"].casefold() != f.value.casefold() for x in lst):
                    lst.append(fd)
            elif f.kind not in facts:
                facts[f.kind] = fd
    return text, recs, facts
