"""Labelled-line builder for blind_m: lines made of parts (plain strings and facts ``F`` placed at
exact offsets, nestable), wording picks split by parity, layouts and date formats."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

import wordings

LIST_KINDS = ("authors", "credits", "tags")
USAGE: list[tuple[str, str, int, str]] = []  # (pool, lang, index, split) for check.py


class F:
    """A fact part: ``children`` rendered in place; value defaults to the rendered text."""

    def __init__(self, kind, children, value=None, aliases=()):
        self.kind = kind
        self.children = children if isinstance(children, list) else [children]
        self.value = value
        self.aliases = list(aliases)


def half(seq, split):
    return list(seq[0::2]) if split == "dev" else list(seq[1::2])


def pick(rng, name, lang, split, filt=None):
    """Pick a wording of pool ``name``: dev sees even indices, test odd ones."""
    items = wordings.POOLS[name][lang]
    idx = [i for i in range(len(items)) if (i % 2 == 0) == (split == "dev")]
    if filt is not None:
        idx = [i for i in idx if filt(items[i])]
    i = rng.choice(idx)
    USAGE.append((name, lang, i, split))
    return items[i]


def expand(tpl, slots):
    """Split a template on {name} and replace each slot (str, part, list of parts or callable)."""
    out = []
    for j, piece in enumerate(re.split(r"\{(\w+)\}", tpl)):
        if j % 2 == 0:
            if piece:
                out.append(piece)
        else:
            v = slots[piece]
            if callable(v):
                v = v()
            out.extend(v if isinstance(v, list) else [v])
    return out


def render(parts, pos, facts):
    buf = []
    for p in parts:
        if isinstance(p, str):
            buf.append(p)
            pos += len(p)
        else:
            start = pos
            inner = render(p.children, pos, facts)
            buf.append(inner)
            pos += len(inner)
            facts.append((p, start, pos, inner))
    return "".join(buf)


class Doc:
    def __init__(self, lang):
        self.lang = lang
        self.items = []  # (label, kind, parts, extra, grp)
        self.grp = 0

    def add(self, label, kind, parts, **extra):
        if isinstance(parts, str):
            parts = [parts]
        self.items.append((label, kind, parts, extra, self.grp))

    def block(self):
        self.grp += 1

    def assemble(self, rng, layout, nl="\n", final_nl=True):
        pieces = []  # (text or None for blank-with-text, rec)
        text_parts = []
        lines = []
        facts_raw = []
        pos = 0
        n = 0

        def emit(txt, label, kind, extra, fparts):
            nonlocal pos, n
            rec = {"n": n, "start": pos, "end": pos + len(txt), "text": txt, "label": label, "kind": kind}
            rec.update(extra)
            lines.append(rec)
            text_parts.append(txt)
            pos += len(txt)
            n += 1

        prev_grp = None
        for k, (label, kind, parts, extra, grp) in enumerate(self.items):
            if k > 0:
                if layout == "double":
                    gaps = [""]
                elif layout == "single":
                    gaps = []
                elif layout == "blocks":
                    gaps = [""] if grp != prev_grp else []
                else:  # mixed
                    g = rng.choice([0, 1, 1, 1, 2, 1, 3])
                    gaps = [rng.choice(["", "", "", " ", "\t", "\u00a0"]) for _ in range(g)]
                for gtxt in gaps:
                    text_parts.append(nl)
                    pos += len(nl)
                    emit(gtxt, "blank", None, {}, None)
                text_parts.append(nl)
                pos += len(nl)
            prev_grp = grp
            local = []
            txt = render(parts, pos, local)
            facts_raw.extend((p, s, e, ev, n) for p, s, e, ev in local)
            emit(txt, label, kind, extra, parts)
        if final_nl:
            text_parts.append(nl)
        text = "".join(text_parts)
        facts = {}
        for p, s, e, ev, ln in facts_raw:
            val = p.value if p.value is not None else ev
            rec = {"value": val, "line": ln, "evidence": ev, "start": s, "end": e}
            als = [a for a in dict.fromkeys(p.aliases) if a != val]
            if als:
                rec["aliases"] = als
            if p.kind in LIST_KINDS:
                lst = facts.setdefault(p.kind, [])
                if all(x["value"].casefold() != val.casefold() for x in lst):
                    lst.append(rec)
            elif p.kind not in facts:
                facts[p.kind] = rec
        body = [ln["text"] for ln in lines if ln["label"] == "body"]
        return text, lines, facts, "\n\n".join(body)


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


def _nth_sunday(y, m, k):
    d = date(y, m, 1)
    d += timedelta(days=(6 - d.weekday()) % 7)
    return d + timedelta(days=7 * (k - 1))


def _last_sunday(y, m):
    d = date(y, m + 1, 1) - timedelta(days=1)
    return d - timedelta(days=(d.weekday() - 6) % 7)


def us_dst(d):
    return _nth_sunday(d.year, 3, 2) < d < _nth_sunday(d.year, 11, 1)


def eu_dst(d):
    return _last_sunday(d.year, 3) < d < _last_sunday(d.year, 10)


def rand_dt(rng):
    while True:
        d = date(2022, 1, 1) + timedelta(days=rng.randrange(365 * 3))
        tr = {_nth_sunday(d.year, 3, 2), _nth_sunday(d.year, 11, 1), _last_sunday(d.year, 3), _last_sunday(d.year, 10)}
        if d not in tr:
            return datetime(d.year, d.month, d.day, rng.randint(6, 22), rng.choice([0, 5, 12, 20, 30, 41, 45, 58]))


def _h12(dt):
    h = dt.hour % 12 or 12
    return h, ("AM" if dt.hour < 12 else "PM")


def fmt_date(rng, lang, split, dt):
    """Return (text, iso value, aliases). Formats are split by parity like every pool."""
    M, W = MONTHS[lang], WEEKDAYS[lang]
    d, mo, y, H, Mi = dt.day, dt.month, dt.year, dt.hour, dt.minute
    iso_naive = dt.strftime("%Y-%m-%dT%H:%M:00")
    iso_day = dt.strftime("%Y-%m-%d")
    day_only = (iso_day, [iso_day + "T00:00:00"])
    h12, ap = _h12(dt)
    if lang == "en":
        et = ("EDT", "-04:00") if us_dst(dt.date()) else ("EST", "-05:00")
        forms = [
            (f"{M[mo-1]} {d}, {y}", *day_only),
            (f"{d} {M[mo-1]} {y}", *day_only),
            (f"{M[mo-1]} {d}, {y} {h12}:{Mi:02d} {ap} {et[0]}", iso_naive + et[1], []),
            (f"{y}-{mo:02d}-{d:02d} {H:02d}:{Mi:02d} UTC", iso_naive + "+00:00", []),
            (f"{M[mo-1][:3]} {d}, {y}, {H:02d}:{Mi:02d} IST", iso_naive + "+05:30", []),
            (f"{W[dt.weekday()]} {d} {M[mo-1]} {y} {H:02d}:{Mi:02d} GMT", iso_naive + "+00:00", []),
            (f"{y}-{mo:02d}-{d:02d}T{H:02d}:{Mi:02d}:00", iso_naive, []),
            (f"{d} {M[mo-1][:3]} {y} | {h12}:{Mi:02d} {ap.lower()}", iso_naive, []),
        ]
    elif lang == "de":
        z = ("MESZ", "+02:00") if eu_dst(dt.date()) else ("MEZ", "+01:00")
        forms = [
            (f"{d:02d}.{mo:02d}.{y}, {H:02d}:{Mi:02d} Uhr", iso_naive, []),
            (f"{d}. {M[mo-1]} {y}", *day_only),
            (f"{d:02d}.{mo:02d}.{y} um {H:02d}:{Mi:02d} {z[0]}", iso_naive + z[1], []),
            (f"{W[dt.weekday()]}, {d}. {M[mo-1]} {y}", *day_only),
        ]
    elif lang == "fr":
        z = ("CEST", "+02:00") if eu_dst(dt.date()) else ("CET", "+01:00")
        forms = [
            (f"{d} {M[mo-1]} {y} à {H}h{Mi:02d}", iso_naive, []),
            (f"{d:02d}/{mo:02d}/{y}", *day_only),
            (f"{W[dt.weekday()]} {d} {M[mo-1]} {y}, {H:02d}:{Mi:02d} {z[0]}", iso_naive + z[1], []),
            (f"{d:02d}/{mo:02d}/{y} à {H:02d}:{Mi:02d}", iso_naive, []),
        ]
    else:
        z = ("CEST", "+02:00") if eu_dst(dt.date()) else ("CET", "+01:00")
        forms = [
            (f"{d} de {M[mo-1]} de {y}", *day_only),
            (f"{d:02d}/{mo:02d}/{y} {H:02d}:{Mi:02d}", iso_naive, []),
            (f"{W[dt.weekday()]}, {d} de {M[mo-1]} de {y} - {H:02d}:{Mi:02d} {z[0]}", iso_naive + z[1], []),
            (f"{d:02d}-{mo:02d}-{y}", *day_only),
        ]
    i = rng.choice([k for k in range(len(forms)) if (k % 2 == 0) == (split == "dev")])
    USAGE.append(("datefmt", lang, i, split))
    return forms[i]
