"""Labelled-line builder for blind_o: lines made of parts (str, or F = a fact at exact offsets,
possibly nesting other parts), layouts, and date formats with zones and DST rules."""

from __future__ import annotations

import datetime as _dt
import re

from names import AGENCY_CANON


class F:
    """A fact part. ``parts`` is a str or a list of parts; value defaults to the text."""

    __slots__ = ("kind", "parts", "value", "aliases")

    def __init__(self, kind, parts, value=None, aliases=None):
        self.kind, self.parts, self.value, self.aliases = kind, parts, value, list(aliases or [])

    def text(self):
        return flat(self.parts)


def flat(parts) -> str:
    if isinstance(parts, str):
        return parts
    if isinstance(parts, F):
        return parts.text()
    return "".join(flat(p) for p in parts)


def agency(short, shown=None):
    """Credit fact for an agency; ``shown`` is the form written in the text."""
    shown = shown or short
    al = [a for a in [short, *AGENCY_CANON[short]] if a != short]
    return F("credits", shown, value=short, aliases=al)


_SLOT = re.compile(r"\{(\w+)\}")


def render(tpl: str, slots: dict) -> list:
    out, pos = [], 0
    for m in _SLOT.finditer(tpl):
        if m.start() > pos:
            out.append(tpl[pos:m.start()])
        v = slots[m.group(1)]
        out.append(v)
        pos = m.end()
    if pos < len(tpl):
        out.append(tpl[pos:])
    return out


class Line:
    __slots__ = ("parts", "label", "kind", "extra")

    def __init__(self, parts, label, kind=None, extra=None):
        self.parts = parts if isinstance(parts, list) else [parts]
        self.label, self.kind, self.extra = label, kind, dict(extra or {})


SINGLE = ("title", "site_name", "publisher", "original_url", "aggregator", "published", "updated",
          "photo_credit", "section", "syndication")
LISTS = ("credits", "tags", "authors")


class Facts:
    def __init__(self):
        self.d = {}

    def add(self, f: F, line: int, start: int, end: int, evidence: str):
        val = f.value if f.value is not None else evidence
        rec = {"value": val, "line": line, "evidence": evidence, "start": start, "end": end}
        al = [a for a in dict.fromkeys(f.aliases) if a != val]
        if al:
            rec["aliases"] = al
        k = f.kind
        if k in LISTS:
            lst = self.d.setdefault(k, [])
            for old in lst:
                if old["value"].casefold() == val.casefold():
                    return
            lst.append(rec)
            return
        if k not in SINGLE:
            raise ValueError(k)
        old = self.d.get(k)
        if old is None:
            self.d[k] = rec
            return
        if k == "publisher":
            forms = [val, *rec.get("aliases", []), *old.get("aliases", [])]
            merged = [a for a in dict.fromkeys(forms) if a.casefold() != old["value"].casefold()]
            if merged:
                old["aliases"] = merged
            return
        if k in ("photo_credit",):
            return
        if old["value"].casefold() == val.casefold() and k in ("section", "site_name", "aggregator", "syndication"):
            return
        raise ValueError(f"second {k}: {old['value']!r} vs {val!r}")


def assemble(lines: list[Line], rng, layout: str, newline: str, final_nl: bool):
    """Build the text and the line and fact records."""
    text_parts: list[str] = []
    pos = 0
    recs = []
    facts = Facts()
    n = 0

    def emit_blank(s):
        nonlocal pos, n
        recs.append({"n": n, "start": pos, "end": pos + len(s), "text": s, "label": "blank", "kind": None})
        text_parts.append(s + newline)
        pos += len(s) + len(newline)
        n += 1

    for i, ln in enumerate(lines):
        start = pos
        # walk parts for facts
        def walk(parts, off):
            if isinstance(parts, str):
                return off + len(parts)
            if isinstance(parts, F):
                s = off
                e = walk(parts.parts, off)
                facts.add(parts, n, s, e, flat(parts.parts))
                return e
            for p in parts:
                off = walk(p, off)
            return off
        end = walk(ln.parts, start)
        t = flat(ln.parts)
        assert len(t) == end - start
        if ln.label == "body" and rng.random() < 0.04:
            t += rng.choice([" ", "  ", "\u00a0"])
        rec = {"n": n, "start": start, "end": start + len(t), "text": t, "label": ln.label, "kind": ln.kind}
        rec.update(ln.extra)
        recs.append(rec)
        last = i == len(lines) - 1
        text_parts.append(t)
        pos += len(t)
        n += 1
        if last:
            if final_nl:
                text_parts.append(newline)
                pos += len(newline)
            break
        text_parts.append(newline)
        pos += len(newline)
        if layout == "double":
            nb = 1
        elif layout == "single":
            nb = 0
        elif layout == "mixed":
            nb = rng.choice([0, 0, 1, 1, 1, 2, 3])
        else:  # blocks: blank after body lines and at label changes
            nxt = lines[i + 1]
            nb = 1 if (ln.label == "body" or nxt.label != ln.label or nxt.kind != ln.kind) else 0
        for _ in range(nb):
            s = "" if layout != "mixed" else rng.choice(["", "", "", " ", "\t", "\u00a0"])
            emit_blank(s)
    text = "".join(text_parts)
    for r in recs:
        for key in ("title_text", "site_suffix", "breadcrumb"):
            pass
    return text, recs, facts.d


# ------------------------------------------------------------------ dates

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
}
ABBR_ES = ["ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.", "sept.", "oct.", "nov.", "dic."]
DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}


def _nth_sunday(y, m, k):
    d = _dt.date(y, m, 1)
    d += _dt.timedelta(days=(6 - d.weekday()) % 7)
    return d + _dt.timedelta(days=7 * (k - 1))


def _last_sunday(y, m):
    d = _dt.date(y, m + 1, 1) - _dt.timedelta(days=1)
    return d - _dt.timedelta(days=(d.weekday() - 6) % 7)


def us_dst(d):
    return _nth_sunday(d.year, 3, 2) < d < _nth_sunday(d.year, 11, 1)


def eu_dst(d):
    return _last_sunday(d.year, 3) < d < _last_sunday(d.year, 10)


def near_switch(d):
    sw = [_nth_sunday(d.year, 3, 2), _nth_sunday(d.year, 11, 1), _last_sunday(d.year, 3), _last_sunday(d.year, 10)]
    return any(abs((d - s).days) <= 1 for s in sw)


FIXED = {"IST": 330, "UTC": 0, "GMT": 0, "JST": 540, "KST": 540, "SGT": 480, "HKT": 480, "EAT": 180,
         "AEST": 600, "GMT+05:30": 330}


def zone(key, d, rng):
    """(label, offset minutes) for a zone key on date d."""
    if key == "ET":
        dst = us_dst(d)
        return rng.choice(["ET", "EDT" if dst else "EST"]), (-240 if dst else -300)
    if key == "PT":
        dst = us_dst(d)
        return rng.choice(["PT", "PDT" if dst else "PST"]), (-420 if dst else -480)
    if key == "UK":
        return ("BST", 60) if eu_dst(d) else ("GMT", 0)
    if key == "CET":
        return ("CEST", 120) if eu_dst(d) else ("CET", 60)
    if key == "MEZ":
        return ("MESZ", 120) if eu_dst(d) else ("MEZ", 60)
    if key == "AEST":  # southern winter only (no AEDT)
        return "AEST", 600
    return key, FIXED[key]


def iso(dt, off):
    s = dt.strftime("%Y-%m-%dT%H:%M:%S")
    if off is None:
        return s
    sign = "+" if off >= 0 else "-"
    off = abs(off)
    return f"{s}{sign}{off // 60:02d}:{off % 60:02d}"


def h12(dt, style):
    h = dt.hour % 12 or 12
    ap = "AM" if dt.hour < 12 else "PM"
    if style == "dots":
        ap = "a.m." if dt.hour < 12 else "p.m."
    return f"{h}:{dt.minute:02d} {ap}" if style != "glued" else f"{h}:{dt.minute:02d}{ap}"


# format tables: (lang, split) -> list of (name, zones or None, has_time, has_seconds)
FORMATS = {
    ("en", "dev"): [("mdy_long", None, False), ("mdy_long_12", ["ET", "PT", "IST", "UTC"], True),
                    ("dmy_abbr_24", ["UK", "IST", "SGT"], True), ("iso_space_sec", None, True),
                    ("mdy_abbr_at", None, True), ("us_numeric", None, False)],
    ("en", "test"): [("wd_dmy_long", None, False), ("dmy_long_24", ["UK", "JST", "KST", "CET"], True),
                     ("mdy_dot_12", ["PT", "ET", "HKT"], True), ("ymd_slash_24", None, True),
                     ("dmy_numeric_24", ["IST", "EAT", "GMT+05:30", "AEST"], True), ("wd_abbr_glued", None, True)],
    ("de", "dev"): [("de_num_uhr", None, True), ("de_long", None, False), ("de_num_zone", ["MEZ"], True)],
    ("de", "test"): [("de_wd_long_uhr", None, True), ("de_long_um_zone", ["MEZ", "CET"], True), ("iso_date", None, False)],
    ("fr", "dev"): [("fr_long_h", None, True), ("fr_wd_long", None, False), ("fr_num_zone", ["CET"], True)],
    ("fr", "test"): [("fr_num_a", None, True), ("fr_long", None, False), ("fr_long_zone", ["UTC", "CET"], True)],
    ("es", "dev"): [("es_long", None, False), ("es_num_zone", ["CET"], True), ("es_num_h", None, True)],
    ("es", "test"): [("es_wd_long_time", None, True), ("es_dots", None, False), ("es_abbr_zone", ["UTC", "CET"], True)],
}


def fmt_date(rng, lang, split, dt, fmt=None):
    """Return (text, iso value, aliases). dt is a naive wall-clock datetime."""
    fmts = FORMATS[(lang, split)]
    name, zones, has_time = fmt or rng.choice(fmts)
    d = dt.date()
    if name in ("us_numeric", "dmy_numeric_24") and d.day <= 12:
        dt = dt.replace(day=rng.randint(13, 28))
        d = dt.date()
    dt = dt.replace(second=dt.second if name == "iso_space_sec" else 0)
    zl, off = (None, None)
    if zones:
        zl, off = zone(rng.choice(zones), d, rng)
    M = MONTHS["en"]
    mo = M[d.month - 1]
    wd = DAYS["en"][d.weekday()]
    t24 = f"{dt.hour:02d}:{dt.minute:02d}"
    if name == "mdy_long":
        s = f"{mo} {d.day}, {d.year}"
    elif name == "mdy_long_12":
        s = f"{mo} {d.day}, {d.year} {h12(dt, 'plain')} {zl}"
    elif name == "dmy_abbr_24":
        s = f"{d.day} {mo[:3]} {d.year}, {t24} {zl}"
    elif name == "iso_space_sec":
        s = dt.strftime("%Y-%m-%d %H:%M:%S")
    elif name == "mdy_abbr_at":
        s = f"{mo[:3]} {d.day}, {d.year} at {h12(dt, 'dots')}"
    elif name == "us_numeric":
        s = f"{d.month}/{d.day}/{d.year}"
    elif name == "wd_dmy_long":
        s = f"{wd}, {d.day} {mo} {d.year}"
    elif name == "dmy_long_24":
        s = f"{d.day} {mo} {d.year} {t24} {zl}"
    elif name == "mdy_dot_12":
        ab = mo if len(mo) <= 4 else mo[:3] + "."
        s = f"{ab} {d.day}, {d.year}, {h12(dt, 'dots')} {zl}"
    elif name == "ymd_slash_24":
        s = f"{d.year}/{d.month:02d}/{d.day:02d} {t24}"
    elif name == "dmy_numeric_24":
        s = f"{d.day:02d}/{d.month:02d}/{d.year} {t24} {zl}"
    elif name == "wd_abbr_glued":
        s = f"{wd[:3]}, {mo[:3]} {d.day} {d.year} {h12(dt, 'glued')}"
    elif name == "de_num_uhr":
        s = f"{d.day:02d}.{d.month:02d}.{d.year}, {t24} Uhr"
    elif name == "de_long":
        s = f"{d.day}. {MONTHS['de'][d.month - 1]} {d.year}"
    elif name == "de_num_zone":
        s = f"{d.day:02d}.{d.month:02d}.{d.year} {t24} {zl}"
    elif name == "de_wd_long_uhr":
        s = f"{DAYS['de'][d.weekday()]}, {d.day}. {MONTHS['de'][d.month - 1]} {d.year}, {t24} Uhr"
    elif name == "de_long_um_zone":
        s = f"{d.day}. {MONTHS['de'][d.month - 1]} {d.year} um {t24} Uhr {zl}"
    elif name == "iso_date":
        s = d.isoformat()
    elif name == "fr_long_h":
        s = f"{d.day} {MONTHS['fr'][d.month - 1]} {d.year} à {dt.hour}h{dt.minute:02d}"
    elif name == "fr_wd_long":
        s = f"{DAYS['fr'][d.weekday()]} {d.day} {MONTHS['fr'][d.month - 1]} {d.year}"
    elif name == "fr_num_zone":
        s = f"{d.day:02d}/{d.month:02d}/{d.year} {t24} {zl}"
    elif name == "fr_num_a":
        s = f"{d.day:02d}/{d.month:02d}/{d.year} à {t24}"
    elif name == "fr_long":
        s = f"{d.day} {MONTHS['fr'][d.month - 1]} {d.year}"
    elif name == "fr_long_zone":
        s = f"{d.day} {MONTHS['fr'][d.month - 1]} {d.year}, {t24} {zl}"
    elif name == "es_long":
        s = f"{d.day} de {MONTHS['es'][d.month - 1]} de {d.year}"
    elif name == "es_num_zone":
        s = f"{d.day:02d}/{d.month:02d}/{d.year} {t24} {zl}"
    elif name == "es_num_h":
        s = f"{d.day:02d}/{d.month:02d}/{d.year} - {t24} h"
    elif name == "es_wd_long_time":
        s = f"{DAYS['es'][d.weekday()]}, {d.day} de {MONTHS['es'][d.month - 1]} de {d.year}, {t24}"
    elif name == "es_dots":
        s = f"{d.day:02d}.{d.month:02d}.{d.year}"
    elif name == "es_abbr_zone":
        s = f"{d.day} {ABBR_ES[d.month - 1]} {d.year} {t24} {zl}"
    else:
        raise ValueError(name)
    if not has_time:
        v = d.isoformat()
        return s, v, [v + "T00:00:00"]
    return s, iso(dt, off), []


def rand_dt(rng, year_lo=2021, year_hi=2025):
    while True:
        d = _dt.date(rng.randint(year_lo, year_hi), rng.randint(1, 12), rng.randint(1, 28))
        if not near_switch(d):
            break
    return _dt.datetime(d.year, d.month, d.day, rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))
