"""Labelled-line builder and date formats for blind_h (stdlib only).

A line is made of *parts*: plain strings and :class:`F` fact parts. An ``F`` may nest further
parts (a syndication notice holding a publisher name, a photo credit holding an agency, a URL
holding its host), so every fact gets exact offsets. ``Doc.assemble`` lays the lines out and
returns the record (text, lines, expected_body, facts).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

from names import AGENCY_ALIASES

LIST_KINDS = ("credits", "tags", "authors")
SCALAR_KINDS = ("title", "site_name", "publisher", "original_url", "aggregator", "published",
                "updated", "photo_credit", "section", "syndication")


class F:
    """A fact part. ``value`` None means: the rendered text of the part."""

    __slots__ = ("aliases", "kind", "parts", "value")

    def __init__(self, kind: str, parts, value=None, aliases=()):
        self.kind = kind
        self.parts = parts if isinstance(parts, list) else [parts]
        self.value = value
        self.aliases = list(aliases)


def render(parts, base: int, out: list) -> str:
    buf = []
    pos = base
    for p in parts:
        if isinstance(p, str):
            buf.append(p)
            pos += len(p)
        elif p is None:
            continue
        else:
            inner = render(p.parts, pos, out)
            out.append((p, pos, pos + len(inner), inner))
            buf.append(inner)
            pos += len(inner)
    return "".join(buf)


def plain(parts) -> str:
    return render(parts, 0, [])


_TPL = re.compile(r"\{(\w+)\}")


def tpl(template: str, slots: dict) -> list:
    """Split a template into parts; ``{NAME}`` takes ``slots[NAME]`` (a str, an F or a list)."""
    out: list = []
    pos = 0
    for m in _TPL.finditer(template):
        if m.start() > pos:
            out.append(template[pos:m.start()])
        v = slots[m.group(1)]
        if isinstance(v, list):
            out.extend(v)
        else:
            out.append(v)
        pos = m.end()
    if pos < len(template):
        out.append(template[pos:])
    return out


def credit(agency: str, form: str) -> F:
    aliases = [a for a in AGENCY_ALIASES.get(agency, []) if a != agency]
    if form not in (agency, *aliases) and form.casefold() != agency.casefold():
        aliases.append(form)
    return F("credits", form, value=agency, aliases=aliases)


class Line:
    __slots__ = ("extra", "kind", "label", "parts")

    def __init__(self, label, kind, parts, extra=None):
        self.label = label
        self.kind = kind
        self.parts = parts if isinstance(parts, list) else [parts]
        self.extra = extra or {}


def body(parts) -> Line:
    return Line("body", None, parts)


def bp(kind: str, parts) -> Line:
    return Line("boilerplate", kind, parts)


BLANK_FILL = ["", "", "", " ", "\t", "\u00a0", "  "]


def layout(rng, lines: list[Line], style: str) -> list[Line]:
    """Insert blank lines between content lines according to ``style``."""
    out: list[Line] = []
    for i, ln in enumerate(lines):
        if i:
            if style == "double":
                n = 1
            elif style == "single":
                n = 0
            elif style == "mixed":
                n = rng.choice([0, 1, 1, 1, 2, 3])
            else:  # blocks: blank lines only around body paragraphs
                prev = lines[i - 1]
                n = 1 if (prev.label == "body" or ln.label == "body") else 0
            for _ in range(n):
                fill = rng.choice(BLANK_FILL) if style == "mixed" else ""
                out.append(Line("blank", None, [fill]))
        out.append(ln)
    return out


class FactConflict(Exception):
    pass


def assemble(rng, lines: list[Line], style: str, nl: str, final_nl: bool, trailing_ws: float = 0.0):
    lines = layout(rng, lines, style)
    text_parts = []
    pos = 0
    recs = []
    facts_raw = []
    for n, ln in enumerate(lines):
        if n:
            text_parts.append(nl)
            pos += len(nl)
        found: list = []
        s = render(ln.parts, pos, found)
        if ln.label == "body" and trailing_ws and rng.random() < trailing_ws:
            s += rng.choice([" ", "  ", "\u00a0"])
        rec = {"n": n, "start": pos, "end": pos + len(s), "text": s, "label": ln.label,
               "kind": ln.kind}
        rec.update(ln.extra)
        recs.append(rec)
        for f, a, b, ev in found:
            facts_raw.append((n, f, a, b, ev))
        text_parts.append(s)
        pos += len(s)
    if final_nl:
        text_parts.append(nl)
    text = "".join(text_parts)
    facts: dict = {}
    for n, f, a, b, ev in facts_raw:
        value = f.value if f.value is not None else ev
        entry = {"value": value, "line": n, "evidence": ev, "start": a, "end": b}
        al = [x for x in dict.fromkeys(f.aliases) if x != value]
        if f.kind in LIST_KINDS:
            lst = facts.setdefault(f.kind, [])
            same = [e for e in lst if e["value"].casefold() == value.casefold()]
            if same:
                e = same[0]
                merged = [x for x in dict.fromkeys([*e.get("aliases", []), *al]) if x != e["value"]]
                if merged:
                    e["aliases"] = merged
                continue
            if al:
                entry["aliases"] = al
            lst.append(entry)
        else:
            if f.kind in facts:
                e = facts[f.kind]
                if e["value"] != value:
                    raise FactConflict(f"{f.kind}: {e['value']!r} vs {value!r}")
                merged = [x for x in dict.fromkeys([*e.get("aliases", []), *al]) if x != e["value"]]
                if merged:
                    e["aliases"] = merged
                continue
            if al:
                entry["aliases"] = al
            facts[f.kind] = entry
    expected = "\n\n".join(r["text"] for r in recs if r["label"] == "body")
    order = ["title", "site_name", "section", "authors", "published", "updated", "credits",
             "photo_credit", "publisher", "syndication", "original_url", "aggregator", "tags"]
    facts = {k: facts[k] for k in order if k in facts}
    return text, recs, expected, facts


# =========================================================================== dates

EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
             "Oktober", "November", "Dezember"]
DE_DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_ABBR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre"]
ES_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]


def _nth_sunday(y, m, n):
    d = date(y, m, 1)
    d += timedelta(days=(6 - d.weekday()) % 7)
    return d + timedelta(days=7 * (n - 1))


def _last_sunday(y, m):
    d = date(y, m + 1, 1) - timedelta(days=1) if m < 12 else date(y, 12, 31)
    return d - timedelta(days=(d.weekday() - 6) % 7)


def us_dst(d: date) -> bool:
    return _nth_sunday(d.year, 3, 2) <= d < _nth_sunday(d.year, 11, 1)


def eu_dst(d: date) -> bool:
    return _last_sunday(d.year, 3) <= d < _last_sunday(d.year, 10)


def au_dst(d: date) -> bool:
    return not (_nth_sunday(d.year, 4, 1) <= d < _nth_sunday(d.year, 10, 1))


def is_transition(d: date) -> bool:
    y = d.year
    return d in (_nth_sunday(y, 3, 2), _nth_sunday(y, 11, 1), _last_sunday(y, 3),
                 _last_sunday(y, 10), _nth_sunday(y, 4, 1), _nth_sunday(y, 10, 1))


#: zone families: name -> function(date) -> (display name, offset hours)
def zone_for(family: str, d: date) -> tuple[str, float]:
    if family == "ET":
        return ("ET", -4 if us_dst(d) else -5)
    if family == "EDT/EST":
        return ("EDT", -4) if us_dst(d) else ("EST", -5)
    if family == "PT":
        return ("PT", -7 if us_dst(d) else -8)
    if family == "PDT/PST":
        return ("PDT", -7) if us_dst(d) else ("PST", -8)
    if family == "BST/GMT":
        return ("BST", 1) if eu_dst(d) else ("GMT", 0)
    if family == "CEST/CET":
        return ("CEST", 2) if eu_dst(d) else ("CET", 1)
    if family == "MESZ/MEZ":
        return ("MESZ", 2) if eu_dst(d) else ("MEZ", 1)
    if family == "AEDT/AEST":
        return ("AEDT", 11) if au_dst(d) else ("AEST", 10)
    fixed = {"IST": 5.5, "UTC": 0, "GMT": 0, "JST": 9, "KST": 9, "SGT": 8, "HKT": 8, "EAT": 3,
             "GMT+05:30": 5.5, "GMT+8": 8}
    return (family, fixed[family])


EN_ZONES = ["ET", "EDT/EST", "PT", "PDT/PST", "BST/GMT", "CEST/CET", "AEDT/AEST", "IST", "UTC",
            "GMT", "JST", "KST", "SGT", "HKT", "EAT", "GMT+05:30"]


def rand_dt(rng, y0=2019, y1=2025) -> datetime:
    while True:
        d = date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))
        if not is_transition(d):
            break
    return datetime(d.year, d.month, d.day, rng.randint(0, 23), rng.randint(0, 59),
                    rng.randint(0, 59))


def later(rng, dt: datetime) -> datetime:
    while True:
        nd = dt + timedelta(minutes=rng.randint(20, 60 * 50))
        if not is_transition(nd.date()):
            return nd


def _iso(dt: datetime, off_h, has_time: bool, has_sec: bool):
    """Gold value (+ aliases) for a shown date."""
    if not has_time:
        v = dt.date().isoformat()
        return v, [v + "T00:00:00"]
    if not has_sec:
        dt = dt.replace(second=0)
    if off_h is None:
        return dt.replace(microsecond=0).isoformat(), []
    tz = timezone(timedelta(minutes=round(off_h * 60)))
    return dt.replace(tzinfo=tz, microsecond=0).isoformat(), []


def _h12(dt, dots=False, lower=False):
    h = dt.hour % 12 or 12
    ap = "AM" if dt.hour < 12 else "PM"
    if dots:
        ap = "a.m." if dt.hour < 12 else "p.m."
    elif lower:
        ap = ap.lower()
    return f"{h}:{dt.minute:02d} {ap}"


def _numoff(off):
    sign = "+" if off >= 0 else "-"
    m = round(abs(off) * 60)
    return f"{sign}{m // 60:02d}{m % 60:02d}"


def _isooff(off):
    sign = "+" if off >= 0 else "-"
    m = round(abs(off) * 60)
    return f"{sign}{m // 60:02d}:{m % 60:02d}"


# Each format: fn(dt, zone_family_or_None) -> (text, has_time, has_sec, offset_or_None).
# ``needs`` = "zone" (always shows a zone), "none" (never), "day13" (numeric, day > 12 only).
def _en_formats():
    M, D = EN_MONTHS, EN_DAYS

    def z(dt, fam):
        return zone_for(fam, dt.date())

    return [
        # 0
        ("none", lambda dt, f: (f"{M[dt.month-1]} {dt.day}, {dt.year}", False, False, None)),
        ("none", lambda dt, f: (f"{M[dt.month-1][:3]} {dt.day}, {dt.year}", False, False, None)),
        ("zone", lambda dt, f: (f"{M[dt.month-1]} {dt.day}, {dt.year} {_h12(dt)} {z(dt,f)[0]}", True, False, z(dt, f)[1])),
        ("zone", lambda dt, f: (f"{M[dt.month-1][:3]}. {dt.day}, {dt.year}, {_h12(dt, dots=True)} {z(dt,f)[0]}", True, False, z(dt, f)[1])),
        ("zone", lambda dt, f: (f"{dt.day} {M[dt.month-1]} {dt.year} {dt:%H:%M} {z(dt,f)[0]}", True, False, z(dt, f)[1])),
        # 5
        ("zone", lambda dt, f: (f"{dt.day:02d} {M[dt.month-1][:3]} {dt.year}, {dt.hour % 12 or 12:02d}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'} {z(dt,f)[0]}", True, False, z(dt, f)[1])),
        ("none", lambda dt, f: (f"{dt:%Y-%m-%d %H:%M:%S}", True, True, None)),
        ("iso", lambda dt, f: (f"{dt:%Y-%m-%dT%H:%M:%S}{_isooff(z(dt,f)[1])}", True, True, z(dt, f)[1])),
        ("rfc", lambda dt, f: (f"{D[dt.weekday()][:3]}, {dt.day:02d} {M[dt.month-1][:3]} {dt.year} {dt:%H:%M:%S} {_numoff(z(dt,f)[1])}", True, True, z(dt, f)[1])),
        ("none", lambda dt, f: (f"{D[dt.weekday()]}, {M[dt.month-1]} {dt.day}, {dt.year} at {_h12(dt)}", True, False, None)),
        # 10
        ("day13z", lambda dt, f: (f"{dt.day:02d}/{dt.month:02d}/{dt.year} {dt:%H:%M} {z(dt,f)[0]}", True, False, z(dt, f)[1])),
        ("day13z", lambda dt, f: (f"{dt.month}/{dt.day}/{dt.year} {_h12(dt)} {z(dt,f)[0]}", True, False, z(dt, f)[1])),
        ("none", lambda dt, f: (f"{D[dt.weekday()]} {dt.day} {M[dt.month-1]} {dt.year} {dt:%H.%M}", True, False, None)),
        ("none", lambda dt, f: (f"{M[dt.month-1]} {dt.day}{_suffix(dt.day)}, {dt.year}", False, False, None)),
        ("zone", lambda dt, f: (f"{dt:%Y.%m.%d} {dt:%H:%M} {z(dt,f)[0]}", True, False, z(dt, f)[1])),
        # 15
        ("zone", lambda dt, f: (f"{M[dt.month-1][:3]} {dt.day} {dt.year} {dt:%H:%M:%S} {z(dt,f)[0]}", True, True, z(dt, f)[1])),
        ("zone", lambda dt, f: (f"{dt.day}-{M[dt.month-1][:3]}-{dt.year} {_h12(dt, lower=True)} {z(dt,f)[0]}", True, False, z(dt, f)[1])),
        ("day13", lambda dt, f: (f"{dt.month:02d}/{dt.day:02d}/{dt.year}", False, False, None)),
    ]


def _suffix(d):
    if 10 <= d % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _de_formats():
    M, D = DE_MONTHS, DE_DAYS

    def z(dt):
        return zone_for("MESZ/MEZ", dt.date())

    def c(dt):
        return zone_for("CEST/CET", dt.date())

    return [
        ("none", lambda dt, f: (f"{dt:%d.%m.%Y}, {dt:%H:%M} Uhr", True, False, None)),
        ("zone", lambda dt, f: (f"{dt.day}. {M[dt.month-1]} {dt.year} um {dt:%H:%M} Uhr {z(dt)[0]}", True, False, z(dt)[1])),
        ("none", lambda dt, f: (f"{D[dt.weekday()]}, {dt.day}. {M[dt.month-1]} {dt.year}", False, False, None)),
        ("zone", lambda dt, f: (f"{dt:%d.%m.%Y} {dt:%H:%M} {c(dt)[0]}", True, False, c(dt)[1])),
        ("none", lambda dt, f: (f"{dt:%d.%m.%Y}", False, False, None)),
        ("none", lambda dt, f: (f"{dt.day}. {M[dt.month-1][:3]}. {dt.year}, {dt:%H.%M} Uhr", True, False, None)),
    ]


def _fr_formats():
    M, D = FR_MONTHS, FR_DAYS

    def c(dt):
        return zone_for("CEST/CET", dt.date())

    return [
        ("none", lambda dt, f: (f"{dt.day} {M[dt.month-1]} {dt.year} à {dt.hour}h{dt.minute:02d}", True, False, None)),
        ("zone", lambda dt, f: (f"{dt:%d/%m/%Y} à {dt:%H:%M} {c(dt)[0]}", True, False, c(dt)[1])),
        ("none", lambda dt, f: (f"{D[dt.weekday()]} {dt.day} {M[dt.month-1]} {dt.year}", False, False, None)),
        ("none", lambda dt, f: (f"{dt:%d/%m/%Y} {dt:%H:%M}", True, False, None)),
        ("zone", lambda dt, f: (f"{dt.day} {M[dt.month-1]} {dt.year}, {dt:%H:%M} UTC", True, False, 0)),
        ("none", lambda dt, f: (f"{dt.day} {FR_ABBR[dt.month-1]} {dt.year}", False, False, None)),
    ]


def _es_formats():
    M, D = ES_MONTHS, ES_DAYS

    def c(dt):
        return zone_for("CEST/CET", dt.date())

    return [
        ("none", lambda dt, f: (f"{dt.day} de {M[dt.month-1]} de {dt.year} - {dt:%H:%M}", True, False, None)),
        ("zone", lambda dt, f: (f"{dt:%d/%m/%Y} {dt:%H:%M} {c(dt)[0]}", True, False, c(dt)[1])),
        ("none", lambda dt, f: (f"{D[dt.weekday()]}, {dt.day} de {M[dt.month-1]} de {dt.year}", False, False, None)),
        ("none", lambda dt, f: (f"{dt.day} {M[dt.month-1][:3]}. {dt.year} {dt:%H:%M} h", True, False, None)),
        ("none", lambda dt, f: (f"{dt:%d-%m-%Y}", False, False, None)),
        ("zone", lambda dt, f: (f"{dt.day} de {M[dt.month-1]} de {dt.year}, {dt:%H:%M} (GMT+1)" if not eu_dst(dt.date()) else f"{dt.day} de {M[dt.month-1]} de {dt.year}, {dt:%H:%M} (GMT+2)", True, False, 2 if eu_dst(dt.date()) else 1)),
    ]


DATE_FORMATS = {"en": _en_formats(), "de": _de_formats(), "fr": _fr_formats(), "es": _es_formats()}


def date_fact(rng, kind: str, dt: datetime, lang: str, split: str, fmt_index=None) -> F:
    """A date fact in one of the split's formats (even indices dev, odd test)."""
    fmts = DATE_FORMATS[lang]
    idxs = [i for i in range(len(fmts)) if (i % 2 == 0) == (split == "dev")]
    while True:
        i = rng.choice(idxs) if fmt_index is None else fmt_index
        need, fn = fmts[i]
        if need in ("day13", "day13z") and dt.day <= 12:
            if fmt_index is not None:
                dt = dt.replace(day=dt.day + 13)
            else:
                continue
        break
    fam = rng.choice(EN_ZONES)
    if need == "rfc" or need == "iso":
        fam = rng.choice(["UTC", "IST", "ET", "CEST/CET", "JST", "SGT", "EDT/EST"])
    shown, has_time, has_sec, off = fn(dt, fam)
    value, aliases = _iso(dt, off if need != "none" else None, has_time, has_sec)
    return F(kind, shown, value=value, aliases=aliases)


def _self_test():
    import random
    rng = random.Random(1)
    for lang in DATE_FORMATS:
        for i in range(len(DATE_FORMATS[lang])):
            f = date_fact(rng, "published", datetime(2023, 7, 19, 21, 5, 33), lang,
                          "dev" if i % 2 == 0 else "test", fmt_index=i)
            print(lang, i, repr(plain(f.parts)), f.value, f.aliases)


if __name__ == "__main__":
    _self_test()
