"""Labelled-line builder for blind_r: lines made of parts, facts at exact offsets, layouts, dates.

A line is a list of parts; a part is a plain ``str`` or an ``F`` (a fact). An ``F`` may itself
hold parts (e.g. a syndication notice that contains the publisher's name), so a fact can span
nested facts. ``Doc.render`` lays the lines out, computes every offset and collects the facts.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

SCALAR = ("title", "site_name", "publisher", "original_url", "aggregator", "published", "updated",
          "photo_credit", "section", "syndication")
LISTS = ("credits", "tags", "authors")


class F:
    """A fact part. ``parts`` is a str or a list of parts; ``value`` defaults to the text."""

    def __init__(self, kind, parts, value=None, aliases=()):
        self.kind = kind
        self.parts = parts
        self.value = value
        self.aliases = list(aliases)


def flat(parts):
    if isinstance(parts, str):
        return parts
    if isinstance(parts, F):
        return flat(parts.parts)
    return "".join(flat(p) for p in parts)


class Doc:
    def __init__(self, rng: random.Random, split: str):
        self.rng = rng
        self.split = split
        self.lines: list[dict] = []

    # ----------------------------------------------------------------- adding lines
    def add(self, label, parts, kind=None, **extra):
        if isinstance(parts, (str, F)):
            parts = [parts]
        rec = {"label": label, "kind": kind, "parts": list(parts), "extra": extra}
        self.lines.append(rec)
        return rec

    def bp(self, kind, *parts):
        return self.add("boilerplate", list(parts), kind)

    def body(self, text):
        return self.add("body", [text])

    def brk(self):
        """A forced paragraph break marker (one blank line even in single layouts)."""
        self.lines.append({"label": "_brk"})

    # ----------------------------------------------------------------- rendering
    def render(self, layout: str, nl: str = "\n", final_nl: bool = True):
        rng = self.rng
        out: list[str] = []  # physical lines
        recs: list[dict] = []
        pending_brk = False
        real = [r for r in self.lines]
        first = True
        for r in real:
            if r["label"] == "_brk":
                pending_brk = True
                continue
            if not first:
                nb = 0
                if layout == "double":
                    nb = 1
                elif layout == "single":
                    nb = 1 if pending_brk else 0
                elif layout == "mixed":
                    nb = rng.choice([0, 1, 1, 1, 2, 3]) if not pending_brk else rng.choice([1, 2])
                elif layout == "triple":
                    nb = 2
                for _ in range(nb):
                    ws = ""
                    if layout == "mixed" and rng.random() < 0.3:
                        ws = rng.choice([" ", "\t", "\u00a0", "  "])
                    out.append(ws)
                    recs.append({"label": "blank", "kind": None, "parts": [ws], "extra": {}})
            first = False
            pending_brk = False
            out.append(flat(r["parts"]))
            recs.append(r)
        text = nl.join(out) + (nl if final_nl else "")
        # offsets
        lines = []
        facts: dict = {}
        pos = 0
        for n, (s, r) in enumerate(zip(out, recs)):
            start, end = pos, pos + len(s)
            ln = {"n": n, "start": start, "end": end, "text": s, "label": r["label"],
                  "kind": r["kind"] if r["label"] == "boilerplate" else None}
            ln.update(r.get("extra", {}))
            lines.append(ln)
            self._facts(r["parts"], start, n, text, facts)
            pos = end + len(nl)
        return text, lines, facts

    def _facts(self, parts, pos, n, text, facts):
        if isinstance(parts, str):
            return pos + len(parts)
        if isinstance(parts, F):
            parts = [parts]
        for p in parts:
            if isinstance(p, str):
                pos += len(p)
                continue
            ev = flat(p.parts)
            start = pos
            self._facts(p.parts if isinstance(p.parts, list) else [p.parts], pos, n, text, facts)
            end = start + len(ev)
            assert text[start:end] == ev, (ev, text[start:end])
            val = p.value if p.value is not None else ev
            fact = {"value": val, "line": n, "evidence": ev, "start": start, "end": end}
            al = [a for a in dict.fromkeys(p.aliases) if a != val]
            if p.kind in ("published", "updated") and len(val) == 10:
                al = [val + "T00:00:00"] + al
            if al:
                fact["aliases"] = al
            if p.kind in LISTS:
                lst = facts.setdefault(p.kind, [])
                if not any(f["value"].casefold() == val.casefold() for f in lst):
                    lst.append(fact)
            elif p.kind in facts:
                old = facts[p.kind]
                if p.kind == "publisher":
                    forms = [old["value"], *old.get("aliases", [])]
                    for a in [val, *al]:
                        if a not in forms:
                            forms.append(a)
                    old["aliases"] = forms[1:]
                elif p.kind in ("photo_credit", "section", "site_name"):
                    pass  # the first one is the fact
                else:
                    assert old["value"] == val, (p.kind, old["value"], val)
            else:
                facts[p.kind] = fact
            pos = end
        return pos


# ----------------------------------------------------------------------- dates and zones

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


def au_dst(d: date) -> bool:
    return not (_nth_sunday(d.year, 4, 1) <= d <= _nth_sunday(d.year, 10, 1))


def transition_day(d: date) -> bool:
    y = d.year
    return d in (_nth_sunday(y, 3, 2), _nth_sunday(y, 11, 1), _last_sunday(y, 3),
                 _last_sunday(y, 10), _nth_sunday(y, 4, 1), _nth_sunday(y, 10, 1))


def zone(name: str, d: date):
    """(label shown, offset string) for a zone family and a date."""
    fixed = {"IST": "+05:30", "UTC": "+00:00", "GMT": "+00:00", "JST": "+09:00", "KST": "+09:00",
             "SGT": "+08:00", "HKT": "+08:00", "EAT": "+03:00", "GMT+05:30": "+05:30",
             "WIB": None}
    if name in fixed:
        return name, fixed[name]
    if name == "ET":
        return ("ET", "-04:00" if us_dst(d) else "-05:00")
    if name == "ETx":
        return ("EDT", "-04:00") if us_dst(d) else ("EST", "-05:00")
    if name == "PT":
        return ("PT", "-07:00" if us_dst(d) else "-08:00")
    if name == "PTx":
        return ("PDT", "-07:00") if us_dst(d) else ("PST", "-08:00")
    if name == "UK":
        return ("BST", "+01:00") if eu_dst(d) else ("GMT", "+00:00")
    if name == "CET":
        return ("CEST", "+02:00") if eu_dst(d) else ("CET", "+01:00")
    if name == "MEZ":
        return ("MESZ", "+02:00") if eu_dst(d) else ("MEZ", "+01:00")
    if name == "AU":
        return ("AEDT", "+11:00") if au_dst(d) else ("AEST", "+10:00")
    raise KeyError(name)


def rand_dt(rng: random.Random, bigday=False) -> datetime:
    while True:
        d = date(2019, 1, 1) + timedelta(days=rng.randrange(0, 365 * 5))
        if transition_day(d):
            continue
        if bigday and d.day <= 12:
            continue
        return datetime(d.year, d.month, d.day, rng.randrange(0, 24), rng.randrange(0, 60),
                        rng.randrange(0, 60))


def iso(dt: datetime, off: str | None, seconds=True, date_only=False) -> str:
    if date_only:
        return dt.strftime("%Y-%m-%d")
    s = dt.strftime("%Y-%m-%dT%H:%M:%S" if seconds else "%Y-%m-%dT%H:%M:00")
    return s + (off or "")


MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MON_EN_AP = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
             "Nov.", "Dec."]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
             "Oktober", "November", "Dezember"]
DAYS_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre"]
MON_ES = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]
DAYS_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]


def h12(dt):
    h = dt.hour % 12 or 12
    return h, ("AM" if dt.hour < 12 else "PM")
