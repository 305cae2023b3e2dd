"""Labelled-line builder for blind_i: lines made of parts, facts at exact offsets, layouts, dates.

A line is ``Line(label, kind, parts, extra)``; a part is a ``str`` or an ``F`` (a fact whose text
is placed verbatim; its offsets are computed at assembly). ``assemble`` joins the lines with a
layout and returns the record fields (text, lines, expected_body, facts).
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Any

LIST_FACTS = ("credits", "tags", "authors")


@dataclass
class F:
    kind: str
    text: str
    value: str | None = None
    aliases: list[str] | None = None
    nested: list | None = None  # [(offset inside text, F)] facts inside this fact's text

    def __post_init__(self) -> None:
        if self.value is None:
            self.value = self.text


@dataclass
class Line:
    label: str
    kind: str | None
    parts: list[Any]
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return "".join(p.text if isinstance(p, F) else p for p in self.parts)


def B(*parts: Any, note: str | None = None) -> Line:
    """A body line."""
    ln = Line("body", None, list(parts))
    if note:
        ln.extra["note"] = note
    return ln


def X(kind: str, *parts: Any, note: str | None = None) -> Line:
    """A boilerplate line of ``kind``."""
    ln = Line("boilerplate", kind, list(parts))
    if note:
        ln.extra["note"] = note
    return ln


def T(title: str, sep: str | None = None, suffix: str | None = None, fact_site: bool = True) -> Line:
    parts: list[Any] = [F("title", title)]
    if suffix:
        parts.append(sep)
        parts.append(F("site_name", suffix) if fact_site else suffix)
    return Line("title", None, parts, {"title_text": title, "site_suffix": suffix})


# ------------------------------------------------------------------------------ layout

WS_BLANKS = ["", "", "", " ", "\t", "\u00a0", "  "]


def assemble(lines: list[Line], rng, layout: str, crlf: bool = False, final_nl: bool = True,
             trailing_ws: float = 0.0) -> dict[str, Any]:
    nl = "\r\n" if crlf else "\n"
    # physical sequence: ('L', Line) or ('B', blank text)
    seq: list[tuple[str, Any]] = []
    for i, ln in enumerate(lines):
        if i:
            if layout == "double":
                seq.append(("B", ""))
            elif layout == "single":
                pass
            elif layout == "mixed":
                k = rng.choice([0, 1, 1, 1, 2])
                for _ in range(k):
                    seq.append(("B", rng.choice(WS_BLANKS)))
            elif layout == "blocks":
                # blank lines only around body runs / label changes
                if ln.label != lines[i - 1].label:
                    seq.append(("B", ""))
            else:
                raise ValueError(layout)
        if ln.label == "body" and trailing_ws and rng.random() < trailing_ws:
            ln.parts.append(rng.choice([" ", "  ", "\u00a0"]))
        seq.append(("L", ln))
    text_parts: list[str] = []
    out_lines: list[dict[str, Any]] = []
    facts: dict[str, Any] = {}
    pos = 0
    for j, (typ, obj) in enumerate(seq):
        n = len(out_lines)
        start = pos
        if typ == "B":
            s = obj
            rec = {"n": n, "start": start, "end": start + len(s), "text": s, "label": "blank",
                   "kind": None}
        else:
            s = ""
            for p in obj.parts:
                if isinstance(p, F):
                    fs = start + len(s)
                    _add_fact(facts, p, n, fs)
                    for off, sub in p.nested or ():
                        assert p.text[off:off + len(sub.text)] == sub.text
                        _add_fact(facts, sub, n, fs + off)
                    s += p.text
                else:
                    s += p
            if not s.strip():
                raise ValueError(f"empty non-blank line {obj}")
            rec = {"n": n, "start": start, "end": start + len(s), "text": s, "label": obj.label,
                   "kind": obj.kind}
            for k in ("title_text", "site_suffix", "breadcrumb"):
                if k in obj.extra:
                    rec[k] = obj.extra[k]
            if obj.extra.get("note"):
                rec["note"] = obj.extra["note"]
        out_lines.append(rec)
        text_parts.append(s)
        pos += len(s)
        if j < len(seq) - 1 or final_nl:
            text_parts.append(nl)
            pos += len(nl)
    text = "".join(text_parts)
    body = "\n\n".join(r["text"] for r in out_lines if r["label"] == "body")
    return {"text": text, "lines": out_lines, "expected_body": body, "facts": facts}


def _add_fact(facts: dict[str, Any], f: F, n: int, start: int) -> None:
    rec: dict[str, Any] = {"value": f.value, "line": n, "evidence": f.text, "start": start,
                           "end": start + len(f.text)}
    if f.aliases:
        rec["aliases"] = list(dict.fromkeys(a for a in f.aliases if a != f.value))
        if not rec["aliases"]:
            del rec["aliases"]
    if f.kind in LIST_FACTS:
        lst = facts.setdefault(f.kind, [])
        for old in lst:
            if old["value"].casefold() == f.value.casefold():
                extra = [a for a in rec.get("aliases", []) if a not in old.get("aliases", [])]
                if extra:
                    old.setdefault("aliases", []).extend(extra)
                return
        lst.append(rec)
    elif f.kind == "publisher" and "publisher" in facts:
        old = facts["publisher"]
        al = old.setdefault("aliases", [])
        for a in [f.value, *(f.aliases or [])]:
            if a != old["value"] and a not in al:
                al.append(a)
    else:
        if f.kind in facts:
            raise ValueError(f"duplicate scalar fact {f.kind}: {f.text!r}")
        facts[f.kind] = rec


# ------------------------------------------------------------------------------ dates

def _last_sunday(y: int, m: int) -> _dt.date:
    d = _dt.date(y, m + 1, 1) - _dt.timedelta(days=1) if m < 12 else _dt.date(y, 12, 31)
    while d.weekday() != 6:
        d -= _dt.timedelta(days=1)
    return d


def _nth_sunday(y: int, m: int, n: int) -> _dt.date:
    d = _dt.date(y, m, 1)
    while d.weekday() != 6:
        d += _dt.timedelta(days=1)
    return d + _dt.timedelta(days=7 * (n - 1))


def us_dst(d: _dt.datetime) -> bool:
    return _nth_sunday(d.year, 3, 2) < d.date() < _nth_sunday(d.year, 11, 1)


def eu_dst(d: _dt.datetime) -> bool:
    return _last_sunday(d.year, 3) < d.date() < _last_sunday(d.year, 10)


def zone_offset(zone: str, d: _dt.datetime) -> tuple[str, str]:
    """Return (label as written, ISO offset) for a zone family."""
    if zone == "ET":
        return ("ET", "-04:00" if us_dst(d) else "-05:00")
    if zone == "ETx":
        return ("EDT", "-04:00") if us_dst(d) else ("EST", "-05:00")
    if zone == "PT":
        return ("PT", "-07:00" if us_dst(d) else "-08:00")
    if zone == "PTx":
        return ("PDT", "-07:00") if us_dst(d) else ("PST", "-08:00")
    if zone == "UK":
        return ("BST", "+01:00") if eu_dst(d) else ("GMT", "+00:00")
    if zone == "CE":
        return ("CEST", "+02:00") if eu_dst(d) else ("CET", "+01:00")
    if zone == "MEZ":
        return ("MESZ", "+02:00") if eu_dst(d) else ("MEZ", "+01:00")
    if zone == "UTC":
        return ("UTC", "+00:00")
    if zone == "IST":
        return ("IST", "+05:30")
    raise ValueError(zone)


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
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def rand_dt(rng, year_lo: int = 2019, year_hi: int = 2024) -> _dt.datetime:
    while True:
        d = _dt.datetime(rng.randint(year_lo, year_hi), rng.randint(1, 12), rng.randint(13, 28),
                         rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))
        # stay away from DST switch days
        if abs((d.date() - _last_sunday(d.year, 3)).days) > 1 and \
           abs((d.date() - _last_sunday(d.year, 10)).days) > 1 and \
           abs((d.date() - _nth_sunday(d.year, 3, 2)).days) > 1 and \
           abs((d.date() - _nth_sunday(d.year, 11, 1)).days) > 1:
            return d


def _h12(d: _dt.datetime) -> tuple[int, str]:
    h = d.hour % 12 or 12
    return h, "AM" if d.hour < 12 else "PM"


def fmt_date(rng, lang: str, fmt: int, d: _dt.datetime) -> tuple[str, str, list[str]]:
    """(text, iso value, aliases) for date format ``fmt`` of ``lang``."""
    M = MONTHS[lang]
    naive = d.replace(second=0).isoformat()
    if lang == "en":
        h, ap = _h12(d)
        if fmt == 0:
            z, off = zone_offset("ET", d)
            return f"{M[d.month-1]} {d.day}, {d.year} {h}:{d.minute:02d} {ap} {z}", naive + off, []
        if fmt == 1:
            z, off = zone_offset("ETx", d)
            return (f"{M[d.month-1][:3]} {d.day}, {d.year}, {h}:{d.minute:02d} {ap.lower()[0]}.m. {z}",
                    naive + off, [])
        if fmt == 2:
            z, off = zone_offset("UK", d)
            return f"{d.day} {M[d.month-1]} {d.year} {d.hour:02d}:{d.minute:02d} {z}", naive + off, []
        if fmt == 3:
            z, off = zone_offset("UK", d)
            return (f"{DAYS_EN[d.weekday()][:3]} {d.day} {M[d.month-1][:3]} {d.year} "
                    f"{d.hour:02d}.{d.minute:02d} {z}", naive + off, [])
        if fmt == 4:
            return f"{d.year}-{d.month:02d}-{d.day:02d} {d.hour:02d}:{d.minute:02d}:{d.second:02d}", \
                d.isoformat(), []
        if fmt == 5:
            v = d.date().isoformat()
            return f"{M[d.month-1]} {d.day}, {d.year}", v, [v + "T00:00:00"]
        if fmt == 6:
            z, off = zone_offset("PT", d)
            return f"{d.month}/{d.day}/{d.year} {h}:{d.minute:02d} {ap} {z}", naive + off, []
        if fmt == 7:
            return f"{M[d.month-1][:3]} {d.day}, {d.year} {h:02d}:{d.minute:02d} {ap} IST", \
                naive + "+05:30", []
        if fmt == 8:
            v = d.date().isoformat()
            return f"{DAYS_EN[d.weekday()]}, {d.day} {M[d.month-1]} {d.year}", v, [v + "T00:00:00"]
        if fmt == 9:
            return f"{d.day} {M[d.month-1][:3]} {d.year}, {d.hour:02d}:{d.minute:02d} UTC", \
                naive + "+00:00", []
        if fmt == 10:
            z, off = zone_offset("CE", d)
            return f"{d.day} {M[d.month-1]} {d.year}, {d.hour:02d}:{d.minute:02d} {z}", naive + off, []
        if fmt == 11:
            z, off = zone_offset("PTx", d)
            return f"{M[d.month-1]} {d.day}, {d.year} at {h}:{d.minute:02d} {ap.lower()} {z}", \
                naive + off, []
    if lang == "de":
        if fmt in (0, 2):
            return f"{d.day:02d}.{d.month:02d}.{d.year}, {d.hour:02d}:{d.minute:02d} Uhr", naive, []
        if fmt in (1, 3):
            z, off = zone_offset("MEZ", d)
            return f"{d.day}. {M[d.month-1]} {d.year}, {d.hour:02d}:{d.minute:02d} Uhr {z}", \
                naive + off, []
        v = d.date().isoformat()
        return f"{d.day}. {M[d.month-1]} {d.year}", v, [v + "T00:00:00"]
    if lang == "fr":
        if fmt in (0, 2):
            return f"{d.day} {M[d.month-1]} {d.year} à {d.hour:02d}h{d.minute:02d}", naive, []
        if fmt in (1, 3):
            return f"{d.day:02d}/{d.month:02d}/{d.year} à {d.hour:02d}:{d.minute:02d}", naive, []
        v = d.date().isoformat()
        return f"{d.day} {M[d.month-1]} {d.year}", v, [v + "T00:00:00"]
    if lang == "es":
        if fmt in (0, 2):
            return f"{d.day} de {M[d.month-1]} de {d.year} - {d.hour:02d}:{d.minute:02d}", naive, []
        if fmt in (1, 3):
            z, off = zone_offset("CE", d)
            return f"{d.day:02d}/{d.month:02d}/{d.year} {d.hour:02d}:{d.minute:02d} {z}", \
                naive + off, []
        v = d.date().isoformat()
        return f"{d.day} de {M[d.month-1]} de {d.year}", v, [v + "T00:00:00"]
    raise ValueError((lang, fmt))


EN_FORMATS = (list(range(0, 12, 2)), list(range(1, 12, 2)))  # dev even, test odd
FOREIGN_FORMATS = ([0, 1, 4], [2, 3, 5])


def date_fact(rng, lang: str, split: int, kind: str, d: _dt.datetime | None = None) -> F:
    d = d or rand_dt(rng)
    fmts = EN_FORMATS[split] if lang == "en" else FOREIGN_FORMATS[split]
    txt, val, al = fmt_date(rng, lang, rng.choice(fmts), d)
    return F(kind, txt, val, al or None)
