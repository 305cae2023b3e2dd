"""Labelled-line builder for blind_k: lines made of parts, facts at exact offsets, layouts, dates."""
from __future__ import annotations

from datetime import datetime, timedelta

LIST_FACTS = ("credits", "tags", "authors")


class F:
    """A fact inside a line: ``text`` is the evidence, ``value`` the gold value."""

    def __init__(self, kind, text, value=None, aliases=None, also=()):
        self.kind = kind
        self.text = text
        self.value = text if value is None else value
        self.aliases = [a for a in (aliases or []) if a != self.value]
        # further facts on a sub-span of this part: (kind, value, aliases, sub_start, sub_end)
        self.also = list(also)


class Line:
    def __init__(self, label, kind, parts, group=None, extra=None):
        self.label = label
        self.kind = kind
        self.parts = parts if isinstance(parts, list) else [parts]
        self.group = group
        self.extra = extra or {}

    @property
    def text(self):
        return "".join(p.text if isinstance(p, F) else p for p in self.parts)


def B(text, group=None):
    """A body line."""
    return Line("body", None, [text], group)


def X(kind, *parts, group=None):
    """A boilerplate line."""
    return Line("boilerplate", kind, list(parts), group)


def T(title_text, sep=None, suffix=None, aliases=None):
    """The title line (with an optional site suffix giving site_name)."""
    parts = [F("title", title_text)]
    if suffix:
        parts += [sep, F("site_name", suffix, aliases=aliases)]
    return Line("title", None, parts, extra={"title_text": title_text,
                                              "site_suffix": suffix or None})


def build(items, rng, layout="double", nl="\n", final_nl=True, ws_blanks=False):
    """Join lines. ``layout``: double (a blank between every line), single (no blanks),
    block (blanks only where the ``group`` changes; group None = its own block), mix."""
    chunks = []  # (text, Line|None)
    prev_group = object()
    for i, it in enumerate(items):
        if i:
            if layout == "double":
                nb = 1
            elif layout == "single":
                nb = 0
            elif layout == "block":
                nb = 0 if (it.group is not None and it.group == prev_group) else 1
            else:  # mix
                if it.group is not None and it.group == prev_group:
                    nb = rng.choice([0, 0, 0, 1])
                else:
                    nb = rng.choice([0, 1, 1, 1, 2])
            for _ in range(nb):
                w = ""
                if ws_blanks and rng.random() < 0.25:
                    w = rng.choice([" ", "\t", "\u00a0", "  "])
                chunks.append((w, None))
        chunks.append((it.text, it))
        prev_group = it.group
    text_parts = []
    lines = []
    facts = {}
    pos = 0
    for n, (t, it) in enumerate(chunks):
        start = pos
        rec = {"n": n, "start": start, "end": start + len(t), "text": t}
        if it is None:
            rec.update(label="blank", kind=None)
        else:
            rec.update(label=it.label, kind=it.kind)
            rec.update(it.extra)
            p = start
            for part in it.parts:
                if isinstance(part, F):
                    specs = [(part.kind, part.value, part.aliases, 0, len(part.text))] + part.also
                    for kind, value, aliases, a, b in specs:
                        f = {"value": value, "line": n, "evidence": part.text[a:b],
                             "start": p + a, "end": p + b}
                        al = [x for x in dict.fromkeys(aliases or []) if x != value]
                        if al:
                            f["aliases"] = al
                        if kind in LIST_FACTS:
                            lst = facts.setdefault(kind, [])
                            if all(x["value"].casefold() != value.casefold() for x in lst):
                                lst.append(f)
                        elif kind not in facts:
                            facts[kind] = f
                    p += len(part.text)
                else:
                    p += len(part)
        lines.append(rec)
        text_parts.append(t)
        pos = start + len(t) + len(nl)
    text = nl.join(text_parts) + (nl if final_nl else "")
    body = "\n\n".join(r["text"] for r in lines if r["label"] == "body")
    return {"text": text, "lines": lines, "facts": facts, "expected_body": body}


# ------------------------------------------------------------------ dates and zones

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MON = [m[:3] for m in MONTHS]
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DE_M = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
        "Oktober", "November", "Dezember"]
FR_M = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]
ES_M = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
        "octubre", "noviembre", "diciembre"]


def _last_sunday(y, m):
    d = datetime(y, m + 1, 1) - timedelta(days=1) if m < 12 else datetime(y, 12, 31)
    while d.weekday() != 6:
        d -= timedelta(days=1)
    return d


def _nth_sunday(y, m, n):
    d = datetime(y, m, 1)
    while d.weekday() != 6:
        d += timedelta(days=1)
    return d + timedelta(days=7 * (n - 1))


def us_dst(dt):
    return _nth_sunday(dt.year, 3, 2) + timedelta(hours=2) <= dt < _nth_sunday(dt.year, 11, 1) + timedelta(hours=2)


def eu_dst(dt):
    return _last_sunday(dt.year, 3) + timedelta(hours=2) <= dt < _last_sunday(dt.year, 10) + timedelta(hours=3)


def zone(name, dt):
    """(abbreviation shown, offset string) for a zone family at a local time."""
    if name == "ET":
        return ("EDT", "-04:00") if us_dst(dt) else ("EST", "-05:00")
    if name == "PT":
        return ("PDT", "-07:00") if us_dst(dt) else ("PST", "-08:00")
    if name == "UK":
        return ("BST", "+01:00") if eu_dst(dt) else ("GMT", "+00:00")
    if name == "CE":
        return ("CEST", "+02:00") if eu_dst(dt) else ("CET", "+01:00")
    if name == "MEZ":
        return ("MESZ", "+02:00") if eu_dst(dt) else ("MEZ", "+01:00")
    fixed = {"IST": "+05:30", "UTC": "+00:00", "JST": "+09:00", "SGT": "+08:00",
             "EAT": "+03:00", "HKT": "+08:00"}
    return name, fixed[name]


def rand_dt(rng):
    base = datetime(2023, 1, 3) + timedelta(days=rng.randrange(0, 560))
    return base.replace(hour=rng.randrange(6, 23), minute=rng.randrange(0, 60),
                        second=rng.randrange(0, 60))


def h12(dt):
    h = dt.hour % 12 or 12
    return h, ("AM" if dt.hour < 12 else "PM")
