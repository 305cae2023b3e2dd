"""Labelled-line builder for blind_p: lines made of parts, facts at exact offsets, dates, layout."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

LIST_KEYS = ("credits", "tags", "authors")


@dataclass
class F:
    """A fact whose evidence is ``text`` (a leaf part)."""
    key: str
    text: str
    value: str | None = None
    aliases: list[str] | None = None


@dataclass
class G:
    """A fact whose evidence spans nested parts (e.g. a syndication notice naming a publisher)."""
    key: str
    parts: list
    value: str | None = None
    aliases: list[str] | None = None


@dataclass
class Line:
    parts: list
    label: str = "boilerplate"
    kind: str | None = None
    title_text: str | None = None
    site_suffix: str | None = None
    breadcrumb: str | None = None
    extra: dict = field(default_factory=dict)


def flatten(parts, base=0):
    """-> (text, facts) with facts as (key, value, start, end, aliases, evidence) relative to base."""
    out = []
    facts = []
    pos = base
    for p in parts:
        if isinstance(p, str):
            out.append(p)
            pos += len(p)
        elif isinstance(p, F):
            out.append(p.text)
            facts.append((p.key, p.value if p.value is not None else p.text, pos, pos + len(p.text),
                          p.aliases, p.text))
            pos += len(p.text)
        elif isinstance(p, G):
            t, sub = flatten(p.parts, pos)
            out.append(t)
            facts.append((p.key, p.value if p.value is not None else t, pos, pos + len(t), p.aliases, t))
            facts.extend(sub)
            pos += len(t)
        else:
            raise TypeError(p)
    return "".join(out), facts


def line_text(line: Line) -> str:
    return flatten(line.parts)[0]


# ------------------------------------------------------------------ layout / assembly

def assemble(lines: list[Line], rng, layout: str, trailing_nl: bool):
    """Join lines with a layout; returns text, line records, raw facts (absolute)."""
    seq = []  # (text, Line|None)
    for i, ln in enumerate(lines):
        if i > 0:
            if layout == "double":
                seq.append(("", None))
            elif layout == "mixed":
                k = rng.choice([0, 1, 1, 1, 2])
                for _ in range(k):
                    seq.append((rng.choice(["", "", "", " ", "\t", "\u00a0"]), None))
        seq.append((None, ln))
    text_parts = []
    records = []
    facts = []
    pos = 0
    for j, (blank, ln) in enumerate(seq):
        if ln is None:
            t = blank
            rec = {"n": len(records), "start": pos, "end": pos + len(t), "text": t, "label": "blank", "kind": None}
        else:
            t, fs = flatten(ln.parts, pos)
            rec = {"n": len(records), "start": pos, "end": pos + len(t), "text": t, "label": ln.label,
                   "kind": ln.kind if ln.label == "boilerplate" else None}
            if ln.label == "title" or ln.kind == "breadcrumb_title":
                rec["title_text"] = ln.title_text
                rec["site_suffix"] = ln.site_suffix
                if ln.kind == "breadcrumb_title":
                    rec["breadcrumb"] = ln.breadcrumb
            for f in fs:
                facts.append((len(records),) + f)
        records.append(rec)
        text_parts.append(t)
        pos += len(t)
        if j < len(seq) - 1 or trailing_nl:
            text_parts.append("\n")
            pos += 1
    return "".join(text_parts), records, facts


def collect_facts(raw):
    """raw: (line, key, value, start, end, aliases, evidence) in text order -> facts dict."""
    facts: dict = {}
    for ln, key, value, s, e, aliases, ev in sorted(raw, key=lambda r: r[3]):
        rec = {"value": value, "line": ln, "evidence": ev, "start": s, "end": e}
        if aliases:
            al = [a for a in dict.fromkeys(aliases) if a != value]
            if al:
                rec["aliases"] = al
        if key in LIST_KEYS:
            lst = facts.setdefault(key, [])
            if all(x["value"].casefold() != value.casefold() for x in lst):
                lst.append(rec)
        elif key not in facts:
            facts[key] = rec
    return facts


# ------------------------------------------------------------------ dates

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
           "octubre", "noviembre", "diciembre"],
}
WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}


def _nth_sunday(y, m, n):
    d = date(y, m, 1)
    d += timedelta(days=(6 - d.weekday()) % 7)
    return d + timedelta(weeks=n - 1)


def _last_sunday(y, m):
    d = date(y, m + 1, 1) - timedelta(days=1) if m < 12 else date(y, 12, 31)
    return d - timedelta(days=(d.weekday() - 6) % 7)


def us_dst(d: date) -> bool:
    return _nth_sunday(d.year, 3, 2) < d < _nth_sunday(d.year, 11, 1)


def eu_dst(d: date) -> bool:
    return _last_sunday(d.year, 3) < d < _last_sunday(d.year, 10)


def safe_day(d: date) -> bool:
    """Not a DST transition day (keeps zone resolution unambiguous)."""
    return d not in (_nth_sunday(d.year, 3, 2), _nth_sunday(d.year, 11, 1),
                     _last_sunday(d.year, 3), _last_sunday(d.year, 10))


def zone_info(zone: str, d: date):
    """zone family -> (label shown, offset string)."""
    if zone == "ET":
        return ("EDT", "-04:00") if us_dst(d) else ("EST", "-05:00")
    if zone == "ETs":
        return ("ET", "-04:00") if us_dst(d) else ("ET", "-05:00")
    if zone == "PT":
        return ("PDT", "-07:00") if us_dst(d) else ("PST", "-08:00")
    if zone == "UK":
        return ("BST", "+01:00") if eu_dst(d) else ("GMT", "+00:00")
    if zone == "CET":
        return ("CEST", "+02:00") if eu_dst(d) else ("CET", "+01:00")
    if zone == "MEZ":
        return ("MESZ", "+02:00") if eu_dst(d) else ("MEZ", "+01:00")
    if zone == "UTC":
        return ("UTC", "+00:00")
    if zone == "GMT":
        return ("GMT", "+00:00")
    if zone == "IST":
        return ("IST", "+05:30")
    raise ValueError(zone)


def _h12(h):
    return (h % 12) or 12, ("AM" if h < 12 else "PM")


def fmt_date(dt: datetime, lang: str, style: int, zone: str | None):
    """-> (text, value, aliases). style picks a format; zone None = naive."""
    d = dt.date()
    y, m, dd, H, M = dt.year, dt.month, dt.day, dt.hour, dt.minute
    mon = MONTHS[lang][m - 1]
    wd = WEEKDAYS[lang][d.weekday()]
    zl, off = zone_info(zone, d) if zone else ("", "")
    iso = dt.strftime("%Y-%m-%dT%H:%M:00") + off
    date_only = False
    if lang == "en":
        h12, ap = _h12(H)
        forms = [
            f"{mon} {dd}, {y} {h12}:{M:02d} {ap}" + (f" {zl}" if zl else ""),
            f"{dd} {mon[:3]} {y}, {H:02d}:{M:02d}" + (f" {zl}" if zl else ""),
            f"{y}-{m:02d}-{dd:02d} {H:02d}:{M:02d}" + (f" {zl}" if zl else ""),
            f"{mon[:3]}. {dd}, {y}" if len(mon) > 4 else f"{mon} {dd}, {y}",
            f"{wd}, {mon} {dd}, {y} at {h12}:{M:02d} {ap.lower()[0]}.m." + (f" {zl}" if zl else ""),
            f"{dd} {mon} {y}",
        ]
        date_only = style in (3, 5)
    elif lang == "de":
        forms = [
            f"{dd:02d}.{m:02d}.{y}, {H:02d}:{M:02d} Uhr" + (f" {zl}" if zl else ""),
            f"{dd}. {mon} {y} um {H:02d}:{M:02d}" + (f" {zl}" if zl else " Uhr"),
            f"{dd:02d}.{m:02d}.{y}",
            f"{wd}, {dd}. {mon} {y}, {H:02d}.{M:02d} Uhr" + (f" {zl}" if zl else ""),
            f"{dd}. {mon} {y}",
            f"{dd:02d}.{m:02d}.{y} – {H:02d}:{M:02d}" + (f" {zl}" if zl else ""),
        ]
        date_only = style in (2, 4)
    elif lang == "fr":
        forms = [
            f"{dd} {mon} {y} à {H}h{M:02d}" + (f" {zl}" if zl else ""),
            f"{dd:02d}/{m:02d}/{y} à {H:02d}:{M:02d}" + (f" {zl}" if zl else ""),
            f"{wd} {dd} {mon} {y}",
            f"{dd} {mon} {y} à {H:02d}:{M:02d}" + (f" ({zl})" if zl else ""),
            f"{dd:02d}/{m:02d}/{y}",
            f"{wd} {dd} {mon} {y} à {H}h{M:02d}" + (f" {zl}" if zl else ""),
        ]
        date_only = style in (2, 4)
    else:
        forms = [
            f"{dd} de {mon} de {y}, {H:02d}:{M:02d}" + (f" {zl}" if zl else ""),
            f"{dd:02d}/{m:02d}/{y} {H:02d}:{M:02d}" + (f" {zl}" if zl else ""),
            f"{wd}, {dd} de {mon} de {y}",
            f"{dd} de {mon} de {y} - {H:02d}:{M:02d} h" + (f" {zl}" if zl else ""),
            f"{dd:02d}/{m:02d}/{y}",
            f"{dd} {mon[:3]}. {y} {H:02d}:{M:02d}" + (f" {zl}" if zl else ""),
        ]
        date_only = style in (2, 4)
    text = forms[style % len(forms)]
    if date_only:
        v = f"{y}-{m:02d}-{dd:02d}"
        return text, v, [v + "T00:00:00"]
    return text, iso, None


ZONES = {
    "en": ["ET", "ETs", "PT", "UK", "UTC", "IST", None, None],
    "de": ["MEZ", "CET", None, None],
    "fr": [None, None, "UTC", "CET"],
    "es": ["CET", None, None, "GMT"],
}


def rand_dt(rng, lo_year=2022, hi_year=2024):
    while True:
        d = date(rng.randint(lo_year, hi_year), rng.randint(1, 12), rng.randint(1, 28))
        if safe_day(d):
            return datetime(d.year, d.month, d.day, rng.randint(6, 22), rng.choice(range(0, 60, 1)))


def date_parts(rng, dt, lang, key, style=None, zone="pick"):
    if style is None:
        style = rng.randrange(6)
    if zone == "pick":
        zone = rng.choice(ZONES[lang])
    text, value, aliases = fmt_date(dt, lang, style, zone)
    return F(key, text, value, aliases)


# ------------------------------------------------------------------ templates

PH = re.compile(r"\{(A|P|H|U|UPD|AG|E|T)\}")


def placeholders(tpl: str) -> set[str]:
    return set(PH.findall(tpl))


def render(tpl: str, ctx: dict) -> list:
    """Template -> parts. ctx values are parts (str, F or G) per placeholder."""
    parts = []
    pos = 0
    for m in PH.finditer(tpl):
        if m.start() > pos:
            parts.append(tpl[pos:m.start()])
        parts.append(ctx[m.group(1)])
        pos = m.end()
    if pos < len(tpl):
        parts.append(tpl[pos:])
    return parts
