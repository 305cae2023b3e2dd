"""Labelled-line builder for corpus E: lines, facts at exact offsets, dates and zones.

Written for the blind corpus E without reading newsclean's code, data or tests.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

LIST_FACTS = ("credits", "tags", "authors")
SCALAR_FACTS = (
    "title",
    "site_name",
    "publisher",
    "original_url",
    "aggregator",
    "published",
    "updated",
    "photo_credit",
    "section",
    "syndication",
)

# canonical wire agencies (value -> aliases); the regional ones are wire agencies too
AGENCIES: dict[str, list[str]] = {
    "AP": ["Associated Press", "The Associated Press"],
    "AFP": ["Agence France-Presse", "Agence France Presse"],
    "Reuters": ["Thomson Reuters"],
    "PTI": ["Press Trust of India"],
    "ANI": ["Asian News International"],
    "IANS": ["Indo-Asian News Service"],
    "dpa": ["Deutsche Presse-Agentur"],
    "EFE": ["Agencia EFE"],
    "Xinhua": ["Xinhua News Agency"],
    "Bloomberg": ["Bloomberg News"],
    "UPI": ["United Press International"],
    "APP": ["Associated Press of Pakistan"],
    "BSS": ["Bangladesh Sangbad Sangstha"],
    "PNA": ["Philippine News Agency"],
    "CP": ["The Canadian Press", "Canadian Press"],
    "PA": ["PA Media", "Press Association"],
    "AAP": ["Australian Associated Press"],
}


def agency_fact(value: str, evidence: str) -> tuple[str, str, str, list[str]]:
    return ("credits", value, evidence, list(AGENCIES.get(value, [])))


@dataclass
class Line:
    text: str
    label: str  # title / body / boilerplate / blank
    kind: str | None = None
    facts: list[tuple[Any, ...]] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)
    note: str | None = None


class Doc:
    """Collects lines; ``render`` lays them out and places the facts at exact offsets."""

    def __init__(self, lang: str = "en") -> None:
        self.lines: list[Line] = []
        self.lang = lang

    # ---- adding lines
    def add(self, text: str, kind: str, facts: list[tuple[Any, ...]] | None = None, note: str | None = None, **extra: Any) -> Line:
        assert text.strip(), f"empty boilerplate line for {kind}"
        ln = Line(text, "boilerplate", kind, list(facts or []), dict(extra), note)
        self.lines.append(ln)
        return ln

    def body(self, text: str, facts: list[tuple[Any, ...]] | None = None, note: str | None = None) -> Line:
        assert text.strip()
        ln = Line(text, "body", None, list(facts or []), {}, note)
        self.lines.append(ln)
        return ln

    def title(self, title_text: str, sep: str | None = None, suffix: str | None = None, site_fact: bool = True) -> Line:
        text = f"{title_text}{sep}{suffix}" if suffix else title_text
        facts: list[tuple[Any, ...]] = [("title", title_text, title_text)]
        if suffix and site_fact:
            facts.append(("site_name", suffix, suffix, [], len(text) - len(suffix)))
        ln = Line(text, "title", None, facts, {"title_text": title_text, "site_suffix": suffix or None})
        self.lines.append(ln)
        return ln

    def has_title(self) -> bool:
        return any(x.label == "title" for x in self.lines)

    # ---- rendering
    def render(self, rng: Any, layout: str, crlf: bool = False, final_newline: bool = True,
               trailing_ws: float = 0.0, nbsp_blank: float = 0.0) -> dict[str, Any]:
        """layout: 'blank' (one blank line between lines), 'none', 'mixed'."""
        nl = "\r\n" if crlf else "\n"
        seq: list[Line] = []
        for i, ln in enumerate(self.lines):
            if i and layout != "none":
                nblank = 1
                if layout == "mixed":
                    nblank = rng.choice([0, 0, 1, 1, 1, 2, 3])
                for _ in range(nblank):
                    blank_txt = ""
                    if nbsp_blank and rng.random() < nbsp_blank:
                        blank_txt = rng.choice([" ", "\t", "\u00a0", "  "])
                    seq.append(Line(blank_txt, "blank"))
            if ln.label == "body" and trailing_ws and rng.random() < trailing_ws:
                ln = Line(ln.text + rng.choice([" ", "  ", "\u00a0", "\t"]), ln.label, ln.kind, ln.facts, ln.extra, ln.note)
            seq.append(ln)
        parts: list[str] = []
        recs: list[dict[str, Any]] = []
        facts: dict[str, Any] = {}
        pos = 0
        for n, ln in enumerate(seq):
            start = pos
            end = start + len(ln.text)
            rec: dict[str, Any] = {"n": n, "start": start, "end": end, "text": ln.text,
                                   "label": ln.label, "kind": ln.kind}
            if ln.label == "title" or ln.kind == "breadcrumb_title":
                rec["title_text"] = ln.extra.get("title_text")
                rec["site_suffix"] = ln.extra.get("site_suffix")
                if ln.kind == "breadcrumb_title":
                    rec["breadcrumb"] = ln.extra.get("breadcrumb")
            if ln.note:
                rec["note"] = ln.note
            recs.append(rec)
            for f in ln.facts:
                self._place(facts, f, ln.text, start, n)
            parts.append(ln.text)
            pos = end
            if n < len(seq) - 1 or final_newline:
                parts.append(nl)
                pos += len(nl)
        text = "".join(parts)
        body = "\n\n".join(r["text"] for r in recs if r["label"] == "body")
        return {"text": text, "lines": recs, "expected_body": body, "facts": facts}

    @staticmethod
    def _place(facts: dict[str, Any], f: tuple[Any, ...], line_text: str, line_start: int, n: int) -> None:
        key, value, evidence = f[0], f[1], f[2]
        aliases = list(f[3]) if len(f) > 3 and f[3] else []
        hint = f[4] if len(f) > 4 else None
        idx = line_text.find(evidence, hint) if hint is not None else line_text.find(evidence)
        if idx < 0:
            raise ValueError(f"evidence {evidence!r} not in line {line_text!r}")
        rec: dict[str, Any] = {"value": value, "line": n, "evidence": evidence,
                               "start": line_start + idx, "end": line_start + idx + len(evidence)}
        aliases = [a for a in dict.fromkeys(aliases) if a != value]
        if aliases:
            rec["aliases"] = aliases
        if key in LIST_FACTS:
            lst = facts.setdefault(key, [])
            if all(x["value"].casefold() != value.casefold() for x in lst):
                lst.append(rec)
            return
        assert key in SCALAR_FACTS, key
        if key not in facts:
            facts[key] = rec
            return
        old = facts[key]
        if old["value"] == value:
            return
        if key in ("publisher", "site_name", "section"):
            # the same outlet named twice in different forms: keep the first, accept the other
            al = old.setdefault("aliases", [])
            for a in [value, *aliases]:
                if a not in al and a != old["value"]:
                    al.append(a)
            return
        raise ValueError(f"conflicting {key}: {old['value']!r} vs {value!r}")


# ------------------------------------------------------------------------------ dates and zones


def _nth_sunday(year: int, month: int, n: int) -> dt.date:
    d = dt.date(year, month, 1)
    d += dt.timedelta(days=(6 - d.weekday()) % 7)
    return d + dt.timedelta(weeks=n - 1)


def _last_sunday(year: int, month: int) -> dt.date:
    d = dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
    return d - dt.timedelta(days=(d.weekday() + 1) % 7)


def na_dst(d: dt.date) -> bool:
    """US/Canada daylight time (second Sunday of March .. first Sunday of November)."""
    return _nth_sunday(d.year, 3, 2) <= d < _nth_sunday(d.year, 11, 1)


def eu_dst(d: dt.date) -> bool:
    return _last_sunday(d.year, 3) <= d < _last_sunday(d.year, 10)


def nz_dst(d: dt.date) -> bool:
    return not (_nth_sunday(d.year, 4, 1) <= d < _last_sunday(d.year, 9))


def fmt_off(minutes: int) -> str:
    sign = "+" if minutes >= 0 else "-"
    m = abs(minutes)
    return f"{sign}{m // 60:02d}:{m % 60:02d}"


# region -> function(date) -> list of (zone token as printed, offset minutes)
def zone_tokens(region: str, d: dt.date) -> list[tuple[str, int]]:
    if region == "PK":
        return [("PKT", 300), ("(PKT)", 300), ("GMT+5", 300)]
    if region == "BD":
        return [("BdST", 360), ("GMT+6", 360)]
    if region == "LK":
        return [("SLST", 330), ("GMT+5:30", 330)]
    if region == "NP":
        return [("NPT", 345), ("GMT+5:45", 345)]
    if region == "KE":
        return [("EAT", 180), ("GMT+3", 180)]
    if region == "CARIB":  # Trinidad, Barbados, Guyana-ish: Atlantic Standard Time all year
        return [("AST", -240), ("GMT-4", -240)]
    if region == "JM":
        return [("EST", -300)]
    if region == "CA_E":
        return [("EDT", -240), ("ET", -240)] if na_dst(d) else [("EST", -300), ("ET", -300)]
    if region == "CA_ATL":
        return [("ADT", -180), ("AT", -180)] if na_dst(d) else [("AST", -240), ("AT", -240)]
    if region == "CA_NL":
        return [("NDT", -150)] if na_dst(d) else [("NST", -210)]
    if region == "CA_W":
        return [("PDT", -420), ("PT", -420)] if na_dst(d) else [("PST", -480), ("PT", -480)]
    if region == "CA_QC":
        return [("HAE", -240)] if na_dst(d) else [("HNE", -300)]
    if region == "IE":
        return [("BST", 60)] if eu_dst(d) else [("GMT", 0)]
    if region == "UK":
        return [("BST", 60)] if eu_dst(d) else [("GMT", 0)]
    if region == "NZ":
        return [("NZDT", 780)] if nz_dst(d) else [("NZST", 720)]
    if region == "PH":
        return [("PHT", 480), ("PhST", 480), ("GMT+8", 480)]
    if region == "DE":
        return [("MESZ", 120), ("CEST", 120)] if eu_dst(d) else [("MEZ", 60), ("CET", 60)]
    if region == "FR":
        return [("CEST", 120), ("UTC+2", 120)] if eu_dst(d) else [("CET", 60), ("UTC+1", 60)]
    if region == "MX":
        return [("GMT-6", -360), ("(GMT-6)", -360)]
    if region == "AR":
        return [("GMT-3", -180), ("UTC-3", -180)]
    if region in ("CO", "PE"):
        return [("GMT-5", -300), ("UTC-5", -300)]
    if region == "CL":
        return [("GMT-4", -240)]
    if region == "ES":
        return [("CEST", 120)] if eu_dst(d) else [("CET", 60)]
    return []


EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
             "Oktober", "November", "Dezember"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def h12(t: dt.datetime, upper: bool = True, dots: bool = False) -> str:
    h = t.hour % 12 or 12
    ap = "AM" if t.hour < 12 else "PM"
    if dots:
        ap = "a.m." if t.hour < 12 else "p.m."
    elif not upper:
        ap = ap.lower()
    return f"{h}:{t.minute:02d} {ap}"


@dataclass
class DateStr:
    text: str
    value: str
    aliases: list[str]


def rand_datetime(rng: Any) -> dt.datetime:
    """A date away from every daylight-saving switch used here (so the zone is never arguable)."""
    bad = {3: range(1, 32), 4: range(1, 8), 9: range(22, 32), 10: range(22, 32), 11: range(1, 8)}
    while True:
        d = dt.date(rng.choice([2021, 2022, 2023, 2024, 2025]), rng.randint(1, 12), rng.randint(1, 28))
        if d.day in bad.get(d.month, ()):
            continue
        break
    return dt.datetime(d.year, d.month, d.day, rng.randint(0, 23),
                       rng.choice([0, 5, 12, 15, 20, 28, 30, 41, 45, 52, 58]))


def fmt_date(rng: Any, t: dt.datetime, lang: str, region: str | None, want_time: bool = True,
             want_zone: bool = True) -> DateStr:
    """A date string in a random style for ``lang`` with the ISO value it stands for."""
    zone: tuple[str, int] | None = None
    toks = zone_tokens(region, t.date()) if region else []
    if want_time and want_zone and toks:
        zone = rng.choice(toks)
    d = t
    iso_naive = d.strftime("%Y-%m-%dT%H:%M:00")
    date_only = d.strftime("%Y-%m-%d")
    if lang == "en":
        styles_t = [
            lambda: f"{d.day} {EN_MONTHS[d.month - 1][:3]} {d.year}, {d:%H:%M}",
            lambda: f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year} {h12(d, upper=False)}",
            lambda: f"{EN_MONTHS[d.month - 1][:3]} {d.day}, {d.year} | {h12(d)}",
            lambda: f"{EN_DAYS[d.weekday()]}, {d.day} {EN_MONTHS[d.month - 1]} {d.year} - {h12(d)}",
            lambda: f"{d:%Y-%m-%d %H:%M}",
            lambda: f"{ordinal(d.day)} {EN_MONTHS[d.month - 1]}, {d.year} at {h12(d, dots=True)}",
            lambda: f"{d.day:02d}-{EN_MONTHS[d.month - 1][:3]}-{d.year} {d:%H:%M}",
            lambda: f"{EN_MONTHS[d.month - 1].upper()} {d.day}, {d.year} {h12(d)}",
        ]
        if d.day > 12:
            styles_t.append(lambda: f"{d.day}/{d.month:02d}/{d.year} {d:%H:%M}")
        styles_d = [
            lambda: f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}",
            lambda: f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}",
            lambda: f"{ordinal(d.day)} {EN_MONTHS[d.month - 1][:3]} {d.year}",
            lambda: f"{d:%Y-%m-%d}",
            lambda: f"{EN_DAYS[d.weekday()][:3]}, {EN_MONTHS[d.month - 1][:3]} {d.day}, {d.year}",
        ]
    elif lang == "de":
        styles_t = [
            lambda: f"{d:%d.%m.%Y}, {d:%H:%M} Uhr",
            lambda: f"{d.day}. {DE_MONTHS[d.month - 1]} {d.year} um {d.hour}:{d.minute:02d} Uhr",
            lambda: f"{d:%d.%m.%Y} | {d:%H:%M}",
            lambda: f"{d.day}.{d.month}.{d.year}, {d:%H.%M} Uhr",
        ]
        styles_d = [lambda: f"{d:%d.%m.%Y}", lambda: f"{d.day}. {DE_MONTHS[d.month - 1]} {d.year}"]
    elif lang == "fr":
        styles_t = [
            lambda: f"{d:%d/%m/%Y} à {d:%H}h{d:%M}",
            lambda: f"{d.day} {FR_MONTHS[d.month - 1]} {d.year} à {d.hour} h {d.minute:02d}",
            lambda: f"{d:%d.%m.%Y}, {d:%H:%M}",
            lambda: f"{'1er' if d.day == 1 else d.day} {FR_MONTHS[d.month - 1]} {d.year}, {d:%H:%M}",
        ]
        styles_d = [lambda: f"{d:%d/%m/%Y}", lambda: f"{d.day} {FR_MONTHS[d.month - 1]} {d.year}"]
    else:  # es
        styles_t = [
            lambda: f"{d.day} de {ES_MONTHS[d.month - 1]} de {d.year} - {d:%H:%M} hrs.",
            lambda: f"{d:%d/%m/%Y} {d:%H:%M}",
            lambda: f"{d.day} {ES_MONTHS[d.month - 1][:3]} {d.year}, {d:%H:%M}",
            lambda: f"{d.day} de {ES_MONTHS[d.month - 1]} de {d.year}, {d.hour % 12 or 12}:{d.minute:02d} {'a. m.' if d.hour < 12 else 'p. m.'}",
        ]
        styles_d = [lambda: f"{d.day} de {ES_MONTHS[d.month - 1]} de {d.year}", lambda: f"{d:%d/%m/%Y}"]
    if not want_time:
        txt = rng.choice(styles_d)()
        return DateStr(txt, date_only, [date_only + "T00:00:00"])
    txt = rng.choice(styles_t)()
    if zone:
        z, off = zone
        txt = f"{txt} {z}"
        return DateStr(txt, iso_naive + fmt_off(off), [])
    return DateStr(txt, iso_naive, [])
