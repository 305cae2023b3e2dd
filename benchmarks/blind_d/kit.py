"""Labelled-line builder for the blind_d corpus: pieces with facts at exact offsets, dates, zones."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Any

# ------------------------------------------------------------------------------ pieces and lines


@dataclass
class Fact:
    kind: str
    value: str
    rel_start: int
    rel_end: int
    aliases: list[str] | None = None


@dataclass
class Piece:
    text: str
    facts: list[Fact] = field(default_factory=list)


def P(text: str) -> Piece:
    return Piece(text)


def F(kind: str, text: str, value: str | None = None, aliases: list[str] | None = None) -> Piece:
    """A piece whose whole text is the evidence of one fact."""
    return Piece(text, [Fact(kind, text if value is None else value, 0, len(text), aliases)])


@dataclass
class Line:
    pieces: list[Piece]
    label: str  # title / body / boilerplate / blank
    kind: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    trailing: str = ""  # whitespace appended (kept in the line text)

    @property
    def text(self) -> str:
        return "".join(p.text for p in self.pieces) + self.trailing


def pieces_of(*parts: str | Piece) -> list[Piece]:
    return [p if isinstance(p, Piece) else Piece(p) for p in parts if not (isinstance(p, str) and p == "")]


def bp(kind: str, *parts: str | Piece) -> Line:
    return Line(pieces_of(*parts), "boilerplate", kind)


def body(*parts: str | Piece) -> Line:
    return Line(pieces_of(*parts), "body", None)


SCALAR = {"title", "site_name", "publisher", "original_url", "aggregator", "published", "updated",
          "photo_credit", "section", "syndication"}
LISTS = {"credits", "tags", "authors"}


# ------------------------------------------------------------------------------ assembling


def assemble(lines: list[Line], rng: random.Random, layout: str, eol: str = "\n",
             final_newline: bool = False) -> tuple[str, list[dict[str, Any]], dict[str, Any], str]:
    """Interleave blank lines per layout, return text, line records, facts, expected body."""
    seq: list[Line] = []
    for i, ln in enumerate(lines):
        if i > 0:
            if layout == "double":
                seq.append(Line([], "blank"))
            elif layout == "mixed":
                k = rng.choices([0, 1, 2, 3], [3, 6, 2, 1])[0]
                for _ in range(k):
                    seq.append(Line([Piece(rng.choice(["", "", "", " ", "\t", "\u00a0", "  "]))], "blank"))
            elif layout == "paras":
                # blanks only around body lines
                if ln.label == "body" or lines[i - 1].label == "body":
                    seq.append(Line([], "blank"))
            elif layout == "none":
                pass
            else:
                raise ValueError(layout)
        seq.append(ln)
    out: list[str] = []
    recs: list[dict[str, Any]] = []
    facts: dict[str, Any] = {}
    pos = 0
    for n, ln in enumerate(seq):
        t = ln.text
        rec: dict[str, Any] = {"n": n, "start": pos, "end": pos + len(t), "text": t,
                               "label": ln.label, "kind": ln.kind}
        rec.update(ln.extra)
        recs.append(rec)
        off = pos
        for pc in ln.pieces:
            for f in pc.facts:
                a, b = off + f.rel_start, off + f.rel_end
                fr: dict[str, Any] = {"value": f.value, "line": n, "evidence": pc.text[f.rel_start:f.rel_end],
                                      "start": a, "end": b}
                if f.aliases:
                    al = [x for x in dict.fromkeys(f.aliases) if x != f.value]
                    if al:
                        fr["aliases"] = al
                if f.kind in LISTS:
                    lst = facts.setdefault(f.kind, [])
                    if all(x["value"].casefold() != f.value.casefold() for x in lst):
                        lst.append(fr)
                elif f.kind not in facts:
                    facts[f.kind] = fr
            off += len(pc.text)
        out.append(t)
        pos += len(t)
        if n < len(seq) - 1 or final_newline:
            out.append(eol)
            pos += len(eol)
    text = "".join(out)
    expected = "\n\n".join(r["text"] for r in recs if r["label"] == "body")
    return text, recs, facts, expected


# ------------------------------------------------------------------------------ dates and zones

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
             "Oktober", "November", "Dezember"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
             "octubre", "noviembre", "diciembre"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _nth_sunday(y: int, m: int, n: int) -> date:
    d = date(y, m, 1)
    d += timedelta(days=(6 - d.weekday()) % 7)
    return d + timedelta(weeks=n - 1)


def _last_sunday(y: int, m: int) -> date:
    d = date(y, m + 1, 1) - timedelta(days=1) if m < 12 else date(y, 12, 31)
    return d - timedelta(days=(d.weekday() + 1) % 7)


def us_dst(d: date) -> bool:
    return _nth_sunday(d.year, 3, 2) <= d < _nth_sunday(d.year, 11, 1)


def eu_dst(d: date) -> bool:
    return _last_sunday(d.year, 3) <= d < _last_sunday(d.year, 10)


def au_dst(d: date) -> bool:  # NSW/VIC: first Sunday of October to first Sunday of April
    return d >= _nth_sunday(d.year, 10, 1) or d < _nth_sunday(d.year, 4, 1)


def zone_for(name: str, d: date) -> tuple[str, str]:
    """(abbreviation as written, ISO offset) for a zone family on a date."""
    if name == "ET":
        return ("ET", "-04:00" if us_dst(d) else "-05:00")
    if name == "EDT/EST":
        return ("EDT", "-04:00") if us_dst(d) else ("EST", "-05:00")
    if name == "PT":
        return ("PT", "-07:00" if us_dst(d) else "-08:00")
    if name == "PDT/PST":
        return ("PDT", "-07:00") if us_dst(d) else ("PST", "-08:00")
    if name == "BST/GMT":
        return ("BST", "+01:00") if eu_dst(d) else ("GMT", "+00:00")
    if name == "CEST/CET":
        return ("CEST", "+02:00") if eu_dst(d) else ("CET", "+01:00")
    if name == "MESZ/MEZ":
        return ("MESZ", "+02:00") if eu_dst(d) else ("MEZ", "+01:00")
    if name == "AEDT/AEST":
        return ("AEDT", "+11:00") if au_dst(d) else ("AEST", "+10:00")
    fixed = {"IST": "+05:30", "GMT": "+00:00", "UTC": "+00:00", "JST": "+09:00", "KST": "+09:00",
             "HKT": "+08:00", "SGT": "+08:00", "EAT": "+03:00", "WAT": "+01:00", "GST": "+04:00",
             "PHT": "+08:00", "WIB": "+07:00", "MYT": "+08:00", "GMT+05:30": "+05:30", "GMT+4": "+04:00",
             "UTC-3": "-03:00", "GMT-5": "-05:00", "UTC+3": "+03:00", "GMT+8": "+08:00", "UTC+1": "+01:00",
             "GMT+2": "+02:00", "UTC-6": "-06:00"}
    return (name, fixed[name])


def rand_dt(rng: random.Random) -> datetime:
    y = rng.choice([2023, 2024, 2024, 2025])
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return datetime(y, m, d, rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))


def _h12(h: int) -> tuple[int, str]:
    return (h % 12 or 12, "AM" if h < 12 else "PM")


DATE_FORMATS_EN = ["mdy", "mdy_t_z", "mdy_t_z2", "dmy", "dmy_t_z", "guardian", "iso_t", "iso_off",
                   "num_us", "num_us_t", "rfc", "ordinal", "dow_mdy_z", "dmy_pipe_z", "mdy_at_z"]
DATE_FORMATS = {"en": DATE_FORMATS_EN,
                "de": ["de_num", "de_num_t", "de_num_tz", "de_long", "de_long_tz", "iso_t"],
                "fr": ["fr_long", "fr_long_t", "fr_num_tz", "fr_long_tz", "iso_t"],
                "es": ["es_long", "es_long_t", "es_num", "es_tz", "es_num_t", "iso_t"]}


def fmt_date(dt: datetime, key: str, zone: str, rng: random.Random) -> tuple[str, str, list[str] | None]:
    """Return (text, iso value, aliases)."""
    d = dt.date()
    ab, off = zone_for(zone, d)
    M = MONTHS_EN[dt.month - 1]
    Mo = M[:3]
    h12, ap = _h12(dt.hour)
    naive = dt.replace(second=0).isoformat()
    aware = dt.replace(second=0).isoformat() + off
    donly = d.isoformat()
    dal = [donly + "T00:00:00"]
    if key == "num_us" and dt.day <= 12:
        key = "mdy"
    if key == "num_us_t" and dt.day <= 12:
        key = "iso_t"
    if key == "mdy":
        return (f"{rng.choice([M, Mo])} {dt.day}, {dt.year}", donly, dal)
    if key == "mdy_t_z":
        return (f"{M} {dt.day}, {dt.year} {h12}:{dt.minute:02d} {ap} {ab}", aware, None)
    if key == "mdy_t_z2":
        return (f"{Mo} {dt.day}, {dt.year}, {h12:02d}:{dt.minute:02d} {ap.lower()} {ab}", aware, None)
    if key == "mdy_at_z":
        return (f"{M} {dt.day}, {dt.year} at {h12}:{dt.minute:02d} {ap[0].lower()}.m. {ab}", aware, None)
    if key == "dmy":
        return (f"{dt.day} {rng.choice([M, Mo])} {dt.year}", donly, dal)
    if key == "dmy_t_z":
        return (f"{dt.day:02d} {Mo} {dt.year}, {dt.hour:02d}:{dt.minute:02d} {ab}", aware, None)
    if key == "dmy_pipe_z":
        return (f"{dt.day:02d} {Mo} {dt.year} | {h12:02d}:{dt.minute:02d} {ap} {ab}", aware, None)
    if key == "guardian":
        return (f"{DAYS_EN[d.weekday()][:3]} {dt.day} {Mo} {dt.year} {dt.hour:02d}.{dt.minute:02d} {ab}", aware, None)
    if key == "dow_mdy_z":
        return (f"{DAYS_EN[d.weekday()]}, {M} {dt.day}, {dt.year} - {h12}:{dt.minute:02d} {ap.lower()} ({ab})", aware, None)
    if key == "iso_t":
        return (f"{d.isoformat()} {dt.hour:02d}:{dt.minute:02d}:{dt.second:02d}", dt.isoformat(), None)
    if key == "iso_off":
        return (dt.isoformat() + off, dt.isoformat() + off, None)
    if key == "num_us":
        return (f"{dt.month:02d}/{dt.day:02d}/{dt.year}", donly, dal)
    if key == "num_us_t":
        return (f"{dt.month:02d}/{dt.day:02d}/{dt.year} {dt.hour:02d}:{dt.minute:02d}", naive, None)
    if key == "rfc":
        u = dt.replace(tzinfo=timezone.utc)
        return (f"{DAYS_EN[d.weekday()][:3]}, {dt.day:02d} {Mo} {dt.year} {dt.hour:02d}:{dt.minute:02d}:{dt.second:02d} GMT",
                u.isoformat(), None)
    if key == "ordinal":
        suf = "th" if 11 <= dt.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(dt.day % 10, "th")
        return (f"{dt.day}{suf} {M} {dt.year}", donly, dal)
    if key == "de_num":
        return (f"{dt.day:02d}.{dt.month:02d}.{dt.year}", donly, dal)
    if key == "de_num_t":
        return (f"{dt.day:02d}.{dt.month:02d}.{dt.year}, {dt.hour:02d}:{dt.minute:02d} Uhr", naive, None)
    if key == "de_num_tz":
        ab2, off2 = zone_for("MESZ/MEZ", d)
        return (f"{dt.day:02d}.{dt.month:02d}.{dt.year} | {dt.hour:02d}:{dt.minute:02d} {ab2}", dt.replace(second=0).isoformat() + off2, None)
    if key == "de_long":
        return (f"{dt.day}. {MONTHS_DE[dt.month - 1]} {dt.year}", donly, dal)
    if key == "de_long_tz":
        ab2, off2 = zone_for("CEST/CET", d)
        return (f"{dt.day}. {MONTHS_DE[dt.month - 1]} {dt.year}, {dt.hour:02d}.{dt.minute:02d} Uhr {ab2}", dt.replace(second=0).isoformat() + off2, None)
    if key == "fr_long":
        return (f"{dt.day} {MONTHS_FR[dt.month - 1]} {dt.year}", donly, dal)
    if key == "fr_long_t":
        return (f"{dt.day} {MONTHS_FR[dt.month - 1]} {dt.year} à {dt.hour:02d}h{dt.minute:02d}", naive, None)
    if key == "fr_num_tz":
        ab2, off2 = zone_for("CEST/CET", d)
        return (f"{dt.day:02d}/{dt.month:02d}/{dt.year} {dt.hour:02d}:{dt.minute:02d} {ab2}", dt.replace(second=0).isoformat() + off2, None)
    if key == "fr_long_tz":
        return (f"{dt.day} {MONTHS_FR[dt.month - 1][:4].rstrip('.')}. {dt.year} {dt.hour:02d}:{dt.minute:02d} (UTC+1)",
                dt.replace(second=0).isoformat() + "+01:00", None)
    if key == "es_long":
        return (f"{dt.day} de {MONTHS_ES[dt.month - 1]} de {dt.year}", donly, dal)
    if key == "es_long_t":
        return (f"{dt.day} de {MONTHS_ES[dt.month - 1]} de {dt.year}, {dt.hour:02d}:{dt.minute:02d}", naive, None)
    if key == "es_num":
        return (f"{dt.day:02d}/{dt.month:02d}/{dt.year}", donly, dal)
    if key == "es_num_t":
        return (f"{dt.day:02d}-{dt.month:02d}-{dt.year} {dt.hour:02d}:{dt.minute:02d} hs.", naive, None)
    if key == "es_tz":
        z = rng.choice([("GMT-3", "-03:00"), ("UTC-6", "-06:00"), ("GMT-5", "-05:00")])
        return (f"{dt.day:02d}/{dt.month:02d}/{dt.year} {dt.hour:02d}:{dt.minute:02d} ({z[0]})", dt.replace(second=0).isoformat() + z[1], None)
    raise ValueError(key)


def slug_title(url: str) -> str:
    slug = url.rstrip("/").rsplit("/", 1)[-1]
    slug = re.sub(r"\.(html?|php|aspx?)$", "", slug)
    slug = re.sub(r"[-_]?\d{5,}[a-z0-9]*$", "", slug)
    words = [w for w in re.split(r"[-_]+", slug) if w and not re.fullmatch(r"[0-9a-f]{8,}", w)]
    return " ".join(words)
