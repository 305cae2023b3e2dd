"""Labelled-line builder for blind_l: lines made of parts, facts placed at exact offsets."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

LIST_KINDS = ("credits", "tags", "authors")


@dataclass
class F:
    """A fact part: ``text`` appears verbatim in the line; ``parts`` (if given) nest other parts."""

    kind: str
    value: str | None
    text: str = ""
    aliases: tuple[str, ...] = ()
    parts: list[Any] | None = None  # a group fact: evidence = concatenated parts


@dataclass
class Line:
    label: str
    kind: str | None
    parts: list[Any]
    extra: dict[str, Any] = field(default_factory=dict)


def flat(parts: list[Any]) -> str:
    out = []
    for p in parts:
        if isinstance(p, str):
            out.append(p)
        elif p.parts is not None:
            out.append(flat(p.parts))
        else:
            out.append(p.text)
    return "".join(out)


class Doc:
    def __init__(self) -> None:
        self.lines: list[Line] = []
        self.blocks: list[int] = []  # block id per line (for block layouts)
        self._block = 0

    def block(self) -> None:
        self._block += 1

    def add(self, label: str, kind: str | None, *parts: Any, **extra: Any) -> None:
        if label != "boilerplate":
            kind = None
        self.lines.append(Line(label, kind, list(parts), dict(extra)))
        self.blocks.append(self._block)

    def bp(self, kind: str, *parts: Any) -> None:
        self.add("boilerplate", kind, *parts)

    def body(self, *parts: Any) -> None:
        self.add("body", None, *parts)


BLANKS = ["", "", "", " ", "\t", "\u00a0"]


def render(doc: Doc, rng: Any, layout: str, nl: str = "\n", final_nl: bool = True) -> dict[str, Any]:
    """Join the lines with blank lines per ``layout``; return text, lines and facts."""
    rows: list[tuple[str, Line | None]] = []  # (text, line) ; blank rows have line None
    prev_block = None
    for i, ln in enumerate(doc.lines):
        if i > 0:
            if layout == "double":
                nb = 1
            elif layout == "single":
                nb = 0
            elif layout == "mixed":
                nb = rng.choice([0, 1, 1, 1, 2, 3])
            else:  # blocks
                nb = 1 if doc.blocks[i] != prev_block else 0
            for _ in range(nb):
                rows.append((rng.choice(BLANKS) if layout == "mixed" else "", None))
        prev_block = doc.blocks[i]
        rows.append((flat(ln.parts), ln))
    text_parts: list[str] = []
    pos = 0
    lines_out: list[dict[str, Any]] = []
    facts: dict[str, Any] = {}
    for n, (t, ln) in enumerate(rows):
        start = pos
        rec: dict[str, Any] = {"n": n, "start": start, "end": start + len(t), "text": t}
        if ln is None:
            rec.update(label="blank", kind=None)
        else:
            rec.update(label=ln.label, kind=ln.kind)
            rec.update(ln.extra)
            _place(ln.parts, start, n, facts)
        lines_out.append(rec)
        text_parts.append(t)
        pos += len(t)
        if n < len(rows) - 1 or final_nl:
            text_parts.append(nl)
            pos += len(nl)
    text = "".join(text_parts)
    body = [r["text"] for r in lines_out if r["label"] == "body"]
    return {"text": text, "lines": lines_out, "expected_body": "\n\n".join(body), "facts": facts}


def _place(parts: list[Any], pos: int, n: int, facts: dict[str, Any]) -> int:
    for p in parts:
        if isinstance(p, str):
            pos += len(p)
            continue
        ev = flat(p.parts) if p.parts is not None else p.text
        if p.parts is not None:
            _place(p.parts, pos, n, facts)
        if p.kind:
            value = ev if p.value is None else p.value
            rec: dict[str, Any] = {"value": value, "line": n, "evidence": ev, "start": pos,
                                   "end": pos + len(ev)}
            al = [a for a in dict.fromkeys(p.aliases) if a and a != value]
            if al:
                rec["aliases"] = al
            if p.kind in LIST_KINDS:
                lst = facts.setdefault(p.kind, [])
                if not any(x["value"].casefold() == value.casefold() for x in lst):
                    lst.append(rec)
            elif p.kind in facts:
                old = facts[p.kind]
                if old["value"] != value:  # same entity, another form: merge as alias
                    merged = list(dict.fromkeys([*old.get("aliases", []), value, *al]))
                    old["aliases"] = [a for a in merged if a != old["value"]]
            else:
                facts[p.kind] = rec
        pos += len(ev)
    return pos


# ------------------------------------------------------------------ dates and zones

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONATE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
         "octubre", "noviembre", "diciembre"]
DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]


def _nth_sunday(y: int, m: int, nth: int) -> dt.date:
    d = dt.date(y, m, 1)
    d += dt.timedelta(days=(6 - d.weekday()) % 7)
    return d + dt.timedelta(weeks=nth - 1)


def _last_sunday(y: int, m: int) -> dt.date:
    d = dt.date(y, m + 1, 1) - dt.timedelta(days=1)
    return d - dt.timedelta(days=(d.weekday() + 1) % 7)


def us_dst(d: dt.date) -> bool:
    return _nth_sunday(d.year, 3, 2) < d < _nth_sunday(d.year, 11, 1)


def eu_dst(d: dt.date) -> bool:
    return _last_sunday(d.year, 3) < d < _last_sunday(d.year, 10)


def zone(name: str, d: dt.date) -> tuple[str, str]:
    """(shown abbreviation, ISO offset) for a zone family on date d."""
    if name == "ET":
        return ("EDT", "-04:00") if us_dst(d) else ("EST", "-05:00")
    if name == "ETs":
        return ("ET", "-04:00") if us_dst(d) else ("ET", "-05:00")
    if name == "PT":
        return ("PDT", "-07:00") if us_dst(d) else ("PST", "-08:00")
    if name == "PTs":
        return ("PT", "-07:00") if us_dst(d) else ("PT", "-08:00")
    if name == "UK":
        return ("BST", "+01:00") if eu_dst(d) else ("GMT", "+00:00")
    if name == "CE":
        return ("CEST", "+02:00") if eu_dst(d) else ("CET", "+01:00")
    if name == "MEZ":
        return ("MESZ", "+02:00") if eu_dst(d) else ("MEZ", "+01:00")
    fixed = {"IST": "+05:30", "UTC": "+00:00", "JST": "+09:00", "SGT": "+08:00",
             "KST": "+09:00", "GMT": "+00:00", "EAT": "+03:00"}
    return name, fixed[name]


def h12(t: dt.datetime, dots: bool = False) -> str:
    h = t.hour % 12 or 12
    ap = ("a.m." if t.hour < 12 else "p.m.") if dots else ("AM" if t.hour < 12 else "PM")
    return f"{h}:{t.minute:02d} {ap}"


def fmt_date(fmt: str, t: dt.datetime) -> tuple[str, str, list[str]]:
    """Return (shown text, ISO value, aliases) for one date format id."""
    d = t.date()
    naive = t.replace(second=0).isoformat()
    date_only = d.isoformat()
    if fmt == "us_long_zone":
        z, off = zone("ET", d)
        return f"{MONTHS[t.month-1]} {t.day}, {t.year} {h12(t)} {z}", naive + off, []
    if fmt == "uk_short_zone":
        z, off = zone("UK", d)
        return f"{t.day} {MON3[t.month-1]} {t.year} {t.hour:02d}:{t.minute:02d} {z}", naive + off, []
    if fmt == "iso_seconds":
        return t.strftime("%Y-%m-%d %H:%M:%S"), t.isoformat(), []
    if fmt == "us_dots_et":
        z, off = zone("ETs", d)
        return f"{MON3[t.month-1]}. {t.day}, {t.year} at {h12(t, True)} {z}", naive + off, []
    if fmt == "weekday_date":
        return (f"{DAYS[d.weekday()]}, {MONTHS[t.month-1]} {t.day}, {t.year}", date_only,
                [date_only + "T00:00:00"])
    if fmt == "dmy_ist":
        return f"{t.day:02d}/{t.month:02d}/{t.year} {t.hour:02d}:{t.minute:02d} IST", naive + "+05:30", []
    if fmt == "mdy_pt":
        z, off = zone("PTs", d)
        return f"{t.month}/{t.day}/{t.year} {h12(t)} {z}", naive + off, []
    if fmt == "dmy_long_utc":
        return f"{t.day} {MONTHS[t.month-1]} {t.year}, {t.hour:02d}:{t.minute:02d} UTC", naive + "+00:00", []
    if fmt == "mon_date":
        return f"{MON3[t.month-1]} {t.day}, {t.year}", date_only, [date_only + "T00:00:00"]
    if fmt == "iso_jst":
        return f"{t.strftime('%Y-%m-%d %H:%M')} JST", naive + "+09:00", []
    if fmt == "us_pt_long":
        z, off = zone("PT", d)
        return f"{MON3[t.month-1]} {t.day}, {t.year}, {h12(t)} {z}", naive + off, []
    if fmt == "dmy_sgt":
        return f"{t.day} {MONTHS[t.month-1]} {t.year} {h12(t)} SGT", naive + "+08:00", []
    # German / French / Spanish
    if fmt == "de_num":
        return f"{t.day:02d}.{t.month:02d}.{t.year}, {t.hour:02d}:{t.minute:02d} Uhr", naive, []
    if fmt == "de_long_zone":
        z, off = zone("MEZ", d)
        return f"{t.day}. {MONATE[t.month-1]} {t.year} um {t.hour:02d}:{t.minute:02d} {z}", naive + off, []
    if fmt == "fr_long":
        return f"{t.day} {MOIS[t.month-1]} {t.year} à {t.hour:02d}h{t.minute:02d}", naive, []
    if fmt == "fr_num_zone":
        z, off = zone("CE", d)
        return f"{t.day:02d}/{t.month:02d}/{t.year} à {t.hour:02d}:{t.minute:02d} {z}", naive + off, []
    if fmt == "es_long":
        return f"{t.day} de {MESES[t.month-1]} de {t.year}, {t.hour:02d}:{t.minute:02d}", naive, []
    if fmt == "es_weekday":
        return (f"{DIAS[d.weekday()]}, {t.day} de {MESES[t.month-1]} de {t.year}", date_only,
                [date_only + "T00:00:00"])
    raise ValueError(fmt)


EN_DATE_FORMATS = ["us_long_zone", "uk_short_zone", "iso_seconds", "us_dots_et", "weekday_date",
                   "dmy_ist", "mdy_pt", "dmy_long_utc", "mon_date", "iso_jst", "us_pt_long",
                   "dmy_sgt"]
FOREIGN_DATE_FORMATS = {"de": ["de_num", "de_long_zone"], "fr": ["fr_long", "fr_num_zone"],
                        "es": ["es_long", "es_weekday"]}


def rand_time(rng: Any, day_gt_12: bool = True) -> dt.datetime:
    d = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(700))
    while day_gt_12 and d.day <= 12:
        d += dt.timedelta(days=1)
    return dt.datetime(d.year, d.month, d.day, rng.randrange(24), rng.randrange(60),
                       rng.randrange(60))


def date_fact(kind: str, fmt: str, t: dt.datetime) -> F:
    shown, val, al = fmt_date(fmt, t)
    return F(kind, val, shown, tuple(al))
