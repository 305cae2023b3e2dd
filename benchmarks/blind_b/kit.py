"""Labelled-document builder for the blind_b corpus: lines with labels/kinds, facts at exact offsets,
layouts (blank lines or not), date helpers with time-zone offsets."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

LIST_FACTS = ("credits", "tags", "authors")

# --------------------------------------------------------------------------- facts


@dataclass
class F:
    """A fact carried by a line: the evidence must be a substring of the line text."""

    kind: str
    value: str
    evidence: str
    aliases: list[str] = field(default_factory=list)
    nth: int = 0  # which occurrence of the evidence inside the line
    at: int | None = None  # or its exact offset inside the line


@dataclass
class Line:
    text: str
    label: str  # title / body / boilerplate
    kind: str | None = None
    facts: list[F] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


class Doc:
    def __init__(self) -> None:
        self.lines: list[Line] = []

    def body(self, text: str, facts: list[F] | None = None) -> None:
        self.lines.append(Line(text, "body", None, facts or []))

    def bp(self, text: str, kind: str, facts: list[F] | None = None, **extra: Any) -> None:
        self.lines.append(Line(text, "boilerplate", kind, facts or [], dict(extra)))

    def title(self, title_text: str, sep: str | None = None, suffix: str | None = None,
              site_fact: bool = True) -> None:
        text = title_text if not suffix else f"{title_text}{sep}{suffix}"
        facts = [F("title", title_text, title_text)]
        if suffix and site_fact:
            facts.append(F("site_name", suffix, suffix, nth=-1))
        self.lines.append(Line(text, "title", None, facts,
                               {"title_text": title_text, "site_suffix": suffix}))

    def has_kind(self, kind: str) -> bool:
        return any(f.kind == kind for ln in self.lines for f in ln.facts)

    # ----------------------------------------------------------------------- render

    def render(self, rng: random.Random, layout: str, final_newline: bool) -> dict[str, Any]:
        """layout: 'double' (blank line between lines), 'single' (none), 'mixed'."""
        parts: list[tuple[str, Line | None]] = []
        for i, ln in enumerate(self.lines):
            if i > 0:
                if layout == "double":
                    nb = 1
                elif layout == "single":
                    nb = 0
                else:
                    nb = rng.choices([0, 1, 2, 3], [45, 40, 10, 5])[0]
                for _ in range(nb):
                    ws = rng.choices(["", " ", "\t", "\u00a0", "  "], [85, 5, 3, 4, 3])[0]
                    parts.append((ws, None))
            parts.append((ln.text, ln))
        text = ""
        out_lines: list[dict[str, Any]] = []
        facts: dict[str, Any] = {}
        for n, (t, ln) in enumerate(parts):
            start = len(text)
            text += t
            end = len(text)
            if n < len(parts) - 1 or final_newline:
                text += "\n"
            if ln is None:
                out_lines.append({"n": n, "start": start, "end": end, "text": t,
                                  "label": "blank", "kind": None})
                continue
            rec: dict[str, Any] = {"n": n, "start": start, "end": end, "text": t,
                                   "label": ln.label, "kind": ln.kind}
            rec.update(ln.extra)
            out_lines.append(rec)
            for f in ln.facts:
                off = _find(t, f.evidence, f.nth) if f.at is None else f.at
                if t[off:off + len(f.evidence)] != f.evidence:
                    raise ValueError(f"bad offset for {f.evidence!r} in {t!r}")
                fr: dict[str, Any] = {"value": f.value, "line": n, "evidence": f.evidence,
                                      "start": start + off, "end": start + off + len(f.evidence)}
                if f.aliases:
                    fr["aliases"] = list(dict.fromkeys(a for a in f.aliases if a != f.value))
                    if not fr["aliases"]:
                        del fr["aliases"]
                if f.kind in LIST_FACTS:
                    lst = facts.setdefault(f.kind, [])
                    if not any(x["value"].casefold() == f.value.casefold() for x in lst):
                        lst.append(fr)
                else:
                    if f.kind in facts:
                        if facts[f.kind]["value"] != f.value:
                            raise ValueError(f"conflicting {f.kind}: {facts[f.kind]['value']!r}"
                                             f" vs {f.value!r}")
                        continue
                    facts[f.kind] = fr
        body = "\n\n".join(r["text"] for r in out_lines if r["label"] == "body")
        return {"text": text, "lines": out_lines, "expected_body": body, "facts": facts}


def _find(text: str, ev: str, nth: int) -> int:
    if nth == -1:
        i = text.rfind(ev)
    else:
        i = -1
        for _ in range(nth + 1):
            i = text.find(ev, i + 1)
    if i < 0:
        raise ValueError(f"evidence {ev!r} not in line {text!r}")
    return i


# --------------------------------------------------------------------------- dates


def _nth_weekday(y: int, m: int, wd: int, n: int) -> date:
    d = date(y, m, 1)
    while d.weekday() != wd:
        d += timedelta(days=1)
    return d + timedelta(days=7 * (n - 1))


def _last_weekday(y: int, m: int, wd: int) -> date:
    d = date(y, m + 1, 1) - timedelta(days=1) if m < 12 else date(y, 12, 31)
    while d.weekday() != wd:
        d -= timedelta(days=1)
    return d


def us_dst(d: date) -> bool:
    return _nth_weekday(d.year, 3, 6, 2) < d < _nth_weekday(d.year, 11, 6, 1)


def eu_dst(d: date) -> bool:
    return _last_weekday(d.year, 3, 6) < d < _last_weekday(d.year, 10, 6)


def au_dst(d: date) -> bool:  # Sydney: first Sunday of October to first Sunday of April
    return d > _nth_weekday(d.year, 10, 6, 1) or d < _nth_weekday(d.year, 4, 6, 1)


def is_transition(d: date) -> bool:
    y = d.year
    days = {_nth_weekday(y, 3, 6, 2), _nth_weekday(y, 11, 6, 1), _last_weekday(y, 3, 6),
            _last_weekday(y, 10, 6), _nth_weekday(y, 10, 6, 1), _nth_weekday(y, 4, 6, 1)}
    return d in days


def zone_for(name: str, d: date) -> tuple[str, str]:
    """(label as written, ISO offset) for a zone family and a date."""
    if name == "ET":
        return "ET", "-04:00" if us_dst(d) else "-05:00"
    if name == "EDT/EST":
        return ("EDT", "-04:00") if us_dst(d) else ("EST", "-05:00")
    if name == "PT":
        return "PT", "-07:00" if us_dst(d) else "-08:00"
    if name == "PDT/PST":
        return ("PDT", "-07:00") if us_dst(d) else ("PST", "-08:00")
    if name == "CET/CEST":
        return ("CEST", "+02:00") if eu_dst(d) else ("CET", "+01:00")
    if name == "MEZ/MESZ":
        return ("MESZ", "+02:00") if eu_dst(d) else ("MEZ", "+01:00")
    if name == "AEST/AEDT":
        return ("AEDT", "+11:00") if au_dst(d) else ("AEST", "+10:00")
    if name == "BST/GMT":
        return ("BST", "+01:00") if eu_dst(d) else ("GMT", "+00:00")
    fixed = {"IST": "+05:30", "GMT": "+00:00", "UTC": "+00:00", "JST": "+09:00",
             "KST": "+09:00", "HKT": "+08:00", "SGT": "+08:00", "EAT": "+03:00",
             "WAT": "+01:00", "PHT": "+08:00", "GMT+05:30": "+05:30", "GMT+8": "+08:00",
             "UTC+1": "+01:00"}
    return name, fixed[name]


def rand_dt(rng: random.Random) -> datetime:
    while True:
        d = date(2024, 1, 1) + timedelta(days=rng.randrange(0, 700))
        if not is_transition(d):
            break
    return datetime(d.year, d.month, d.day, rng.randrange(5, 23), rng.randrange(0, 60))


def iso(dt: datetime, offset: str | None, with_time: bool = True) -> str:
    if not with_time:
        return dt.strftime("%Y-%m-%d")
    s = dt.strftime("%Y-%m-%dT%H:%M:00")
    return s + offset if offset else s


EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
EN_MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
             "September", "Oktober", "November", "Dezember"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre"]
ES_MON3 = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]
DE_DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
ES_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def h12(dt: datetime) -> tuple[int, str]:
    h = dt.hour % 12 or 12
    return h, "AM" if dt.hour < 12 else "PM"
