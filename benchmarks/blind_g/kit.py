"""Labelled-line builder for the blind_g corpus (stdlib only).

A document is a list of lines; each line is built from *parts*: plain strings, ``F`` (a fact
whose evidence is the part's text) or ``G`` (a fact whose evidence is the concatenation of nested
parts, e.g. a syndication notice that contains a publisher). Offsets are computed when the text is
assembled, so every fact sits at exact ``str`` offsets and ``text[start:end] == evidence``.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

SCALAR = ("title", "site_name", "publisher", "original_url", "aggregator", "published",
          "updated", "photo_credit", "section", "syndication")
LISTS = ("credits", "tags", "authors")


class F:
    """A fact part: ``text`` appears verbatim in the line; ``value`` defaults to it."""

    def __init__(self, key, text, value=None, aliases=()):
        assert key in SCALAR or key in LISTS, key
        self.key, self.text = key, text
        self.value = text if value is None else value
        self.aliases = [a for a in aliases if a != self.value]


class G:
    """A fact whose evidence is the text of nested parts."""

    def __init__(self, key, parts, value=None, aliases=()):
        assert key in SCALAR or key in LISTS, key
        self.key, self.parts, self.value, self.aliases = key, list(parts), value, list(aliases)


def flatten(parts, base=0, out=None):
    """-> (text, [(key, value, aliases, start, end, evidence)]) with offsets relative to the line."""
    out = [] if out is None else out
    buf = []
    pos = base
    for p in parts:
        if isinstance(p, str):
            buf.append(p)
            pos += len(p)
        elif isinstance(p, F):
            out.append((p.key, p.value, p.aliases, pos, pos + len(p.text), p.text))
            buf.append(p.text)
            pos += len(p.text)
        elif isinstance(p, G):
            inner, _ = flatten(p.parts, pos, out)
            val = inner if p.value is None else p.value
            out.append((p.key, val, p.aliases, pos, pos + len(inner), inner))
            buf.append(inner)
            pos += len(inner)
        elif p is None:
            continue
        else:
            raise TypeError(p)
    return "".join(buf), out


def plain(parts):
    return flatten(parts)[0]


class Line:
    def __init__(self, label, kind, parts, **extra):
        self.label, self.kind, self.parts, self.extra = label, kind, list(parts), extra
        self.block = extra.pop("block", None)


def bp(kind, *parts):
    return Line("boilerplate", kind, parts)


def body(*parts):
    return Line("body", None, parts)


# splitlines() breaks on these too; they must never reach a line
_BREAKERS = re.compile("[\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029\r]")


def clean_chars(s):
    return _BREAKERS.sub(" ", s)


class Doc:
    def __init__(self):
        self.lines: list[Line] = []

    def add(self, line):
        if isinstance(line, Line):
            self.lines.append(line)
        else:
            for ln in line:
                self.add(ln)
        return self

    def build(self, rng, layout="double", crlf=False, final_nl=True, trailing_space=0.0):
        nl = "\r\n" if crlf else "\n"
        rows = []  # (text, label, kind, extra, facts)
        content = [ln for ln in self.lines]
        for i, ln in enumerate(content):
            txt, facts = flatten(ln.parts)
            assert txt.strip(), (ln.kind, txt)
            assert not _BREAKERS.search(txt) and "\n" not in txt, repr(txt)
            if ln.label == "body" and trailing_space and rng.random() < trailing_space:
                txt += rng.choice([" ", "  ", "\u00a0", "\t"])
            rows.append((txt, ln.label, ln.kind, ln.extra, facts))
            if i == len(content) - 1:
                break
            if layout == "double":
                nblank = 1
            elif layout == "single":
                nblank = 0
            elif layout == "blocks":
                nxt = content[i + 1]
                nblank = 1 if (nxt.label != ln.label or nxt.block != ln.block) else 0
            else:  # mixed
                nblank = rng.choice([0, 1, 1, 1, 2, 2, 3])
            for _ in range(nblank):
                b = "" if layout != "mixed" else rng.choice(["", "", "", " ", "\t", "\u00a0", "  "])
                rows.append((b, "blank", None, {}, []))
        text_parts, lines, facts = [], [], {}
        pos = 0
        for n, (txt, label, kind, extra, lfacts) in enumerate(rows):
            rec = {"n": n, "start": pos, "end": pos + len(txt), "text": txt, "label": label,
                   "kind": kind}
            rec.update(extra)
            lines.append(rec)
            for key, value, aliases, s, e, ev in lfacts:
                _add_fact(facts, key, {"value": value, "line": n, "evidence": ev,
                                       "start": pos + s, "end": pos + e, "aliases": aliases})
            text_parts.append(txt)
            pos += len(txt)
            if n < len(rows) - 1 or final_nl:
                text_parts.append(nl)
                pos += len(nl)
        text = "".join(text_parts)
        for f in _iter_facts(facts):
            if not f["aliases"]:
                del f["aliases"]
            else:
                f["aliases"] = list(dict.fromkeys(f["aliases"]))
        expected = "\n\n".join(r["text"] for r in lines if r["label"] == "body")
        return text, lines, expected, facts


def _iter_facts(facts):
    for v in facts.values():
        yield from (v if isinstance(v, list) else [v])


def _norm(s):
    return " ".join(s.split()).casefold().strip(" .,;:()[]\"'")


def _add_fact(facts, key, f):
    if key in LISTS:
        lst = facts.setdefault(key, [])
        for g in lst:
            if _norm(g["value"]) == _norm(f["value"]):
                g["aliases"] = g["aliases"] + [a for a in f["aliases"] if a not in g["aliases"]]
                return
        lst.append(f)
        return
    if key not in facts:
        facts[key] = f
        return
    g = facts[key]
    if key in ("published", "updated"):
        assert g["value"] == f["value"] or g["value"][:10] == f["value"][:10], (key, g, f)
        return
    if key in ("title", "syndication", "original_url", "photo_credit"):
        return  # first one is the fact
    for a in [f["value"], *f["aliases"]]:
        if _norm(a) != _norm(g["value"]) and a not in g["aliases"]:
            g["aliases"].append(a)


# ------------------------------------------------------------------ dates and zones


def _nth_sunday(y, m, n):
    d = date(y, m, 1)
    d += timedelta(days=(6 - d.weekday()) % 7)
    return d + timedelta(days=7 * (n - 1))


def _last_sunday(y, m):
    d = date(y, m + 1, 1) - timedelta(days=1) if m < 12 else date(y, 12, 31)
    return d - timedelta(days=(d.weekday() - 6) % 7)


def us_dst(dt):
    return _nth_sunday(dt.year, 3, 2) <= dt.date() < _nth_sunday(dt.year, 11, 1)


def eu_dst(dt):
    return _last_sunday(dt.year, 3) <= dt.date() < _last_sunday(dt.year, 10)


def au_dst(dt):
    return not (_nth_sunday(dt.year, 4, 1) <= dt.date() < _nth_sunday(dt.year, 10, 1))


def zone_for(name, dt):
    """(label shown, offset '+HH:MM') for a zone family and a date; DST resolved."""
    if name == "ET":
        return ("EDT", "-04:00") if us_dst(dt) else ("EST", "-05:00")
    if name == "ET_short":
        return ("ET", "-04:00" if us_dst(dt) else "-05:00")
    if name == "PT":
        return ("PDT", "-07:00") if us_dst(dt) else ("PST", "-08:00")
    if name == "PT_short":
        return ("PT", "-07:00" if us_dst(dt) else "-08:00")
    if name == "UK":
        return ("BST", "+01:00") if eu_dst(dt) else ("GMT", "+00:00")
    if name == "CET":
        return ("CEST", "+02:00") if eu_dst(dt) else ("CET", "+01:00")
    if name == "MEZ":
        return ("MESZ", "+02:00") if eu_dst(dt) else ("MEZ", "+01:00")
    if name == "AU":
        return ("AEDT", "+11:00") if au_dst(dt) else ("AEST", "+10:00")
    fixed = {"IST": "+05:30", "UTC": "+00:00", "GMT": "+00:00", "JST": "+09:00", "KST": "+09:00",
             "SGT": "+08:00", "HKT": "+08:00", "EAT": "+03:00", "GMT+05:30": "+05:30"}
    return name, fixed[name]


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


def rand_dt(rng):
    d = datetime(2019, 1, 1) + timedelta(days=rng.randrange(0, 6 * 365),
                                         minutes=rng.randrange(0, 24 * 60))
    return d.replace(second=rng.choice([0, 0, 0, rng.randrange(60)]))


def _h12(dt, dots=False):
    h = dt.hour % 12 or 12
    ap = ("a.m." if dt.hour < 12 else "p.m.") if dots else ("AM" if dt.hour < 12 else "PM")
    return f"{h}:{dt.minute:02d} {ap}"


def fmt_date(rng, dt, lang="en", allow_zone=True, date_only=None):
    """-> (shown text, ISO value, aliases). Zones give an offset, no zone gives naive values."""
    if date_only is None:
        date_only = rng.random() < 0.25
    mon = MONTHS[lang][dt.month - 1]
    iso_d = dt.strftime("%Y-%m-%d")
    if date_only:
        if lang == "en":
            opts = [f"{mon} {dt.day}, {dt.year}", f"{dt.day} {mon} {dt.year}",
                    f"{mon[:3]} {dt.day}, {dt.year}", f"{WEEKDAYS['en'][dt.weekday()]}, {mon} {dt.day}, {dt.year}",
                    iso_d, f"{mon[:3]}. {dt.day}, {dt.year}" if len(mon) > 4 else f"{mon} {dt.day}, {dt.year}"]
            if dt.day > 12:
                opts.append(f"{dt.month}/{dt.day}/{dt.year}")
        elif lang == "de":
            opts = [f"{dt.day}. {mon} {dt.year}", f"{dt.day:02d}.{dt.month:02d}.{dt.year}",
                    f"{WEEKDAYS['de'][dt.weekday()]}, {dt.day}. {mon} {dt.year}"]
        elif lang == "fr":
            opts = [f"{dt.day} {mon} {dt.year}", f"{dt.day:02d}/{dt.month:02d}/{dt.year}",
                    f"{WEEKDAYS['fr'][dt.weekday()]} {dt.day} {mon} {dt.year}"]
        else:
            opts = [f"{dt.day} de {mon} de {dt.year}", f"{dt.day:02d}/{dt.month:02d}/{dt.year}",
                    f"{WEEKDAYS['es'][dt.weekday()]}, {dt.day} de {mon} de {dt.year}"]
        return rng.choice(opts), iso_d, [iso_d + "T00:00:00"]
    dt = dt.replace(second=0) if rng.random() < 0.85 else dt
    zone = None
    if allow_zone and rng.random() < 0.6:
        fam = {"en": ["ET", "ET_short", "PT", "PT_short", "UK", "IST", "UTC", "GMT", "JST", "KST",
                      "SGT", "HKT", "EAT", "AU", "GMT+05:30", "CET"],
               "de": ["MEZ", "CET", "UTC"], "fr": ["CET", "UTC", "GMT"],
               "es": ["CET", "UTC", "GMT"]}[lang]
        zone = zone_for(rng.choice(fam), dt)
    hm = f"{dt.hour:02d}:{dt.minute:02d}"
    sec = f":{dt.second:02d}" if dt.second else ""
    if lang == "en":
        opts = [f"{mon} {dt.day}, {dt.year} {_h12(dt)}", f"{mon[:3]} {dt.day}, {dt.year}, {hm}",
                f"{dt.day} {mon} {dt.year} {hm}", f"{mon[:3]}. {dt.day}, {dt.year} at {_h12(dt, True)}",
                f"{dt.strftime('%Y-%m-%d')} {hm}{sec}", f"{dt.day} {mon[:3]} {dt.year}, {_h12(dt)}",
                f"{WEEKDAYS['en'][dt.weekday()][:3]} {dt.day} {mon[:3]} {dt.year} {dt.hour:02d}.{dt.minute:02d}"]
        if dt.day > 12:
            opts.append(f"{dt.month}/{dt.day}/{dt.year} {_h12(dt)}")
    elif lang == "de":
        opts = [f"{dt.day:02d}.{dt.month:02d}.{dt.year}, {hm} Uhr", f"{dt.day}. {mon} {dt.year}, {hm} Uhr",
                f"{dt.day}. {mon} {dt.year} um {hm}"]
    elif lang == "fr":
        opts = [f"{dt.day} {mon} {dt.year} à {dt.hour}h{dt.minute:02d}", f"{dt.day:02d}/{dt.month:02d}/{dt.year} à {hm}",
                f"{dt.day} {mon} {dt.year}, {hm}"]
    else:
        opts = [f"{dt.day} de {mon} de {dt.year}, {hm}", f"{dt.day:02d}/{dt.month:02d}/{dt.year} - {hm}",
                f"{dt.day} {mon[:3]} {dt.year} {hm}"]
    shown = rng.choice(opts)
    iso = dt.strftime("%Y-%m-%dT%H:%M:%S")
    if zone:
        lab, off = zone
        shown = f"{shown} {lab}"
        iso += off
    return shown, iso, []


def date_fact(rng, key, dt, lang="en", allow_zone=True, date_only=None):
    shown, iso, al = fmt_date(rng, dt, lang, allow_zone, date_only)
    return F(key, shown, iso, al)
