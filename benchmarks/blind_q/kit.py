"""Labelled-line builder and date formatting for blind_q (stdlib only)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from names import AGENCIES

# ------------------------------------------------------------------ parts


class F:
    """A fact placed at exact offsets: ``text`` is the evidence."""

    def __init__(self, kind, text, value=None, aliases=()):
        self.kind, self.text = kind, text
        self.value = text if value is None else value
        self.aliases = [a for a in aliases if a != self.value]


class G:
    """A fact whose evidence spans nested parts (e.g. a syndication notice naming a publisher)."""

    def __init__(self, kind, parts, value=None, aliases=()):
        self.kind, self.parts = kind, list(parts)
        self.value = value
        self.aliases = list(aliases)


def flat(parts):
    out = []
    for p in parts:
        if isinstance(p, str):
            out.append(p)
        elif isinstance(p, F):
            out.append(p.text)
        elif isinstance(p, G):
            out.append(flat(p.parts))
        elif isinstance(p, (list, tuple)):
            out.append(flat(p))
        else:
            raise TypeError(p)
    return "".join(out)


class Line:
    def __init__(self, label, kind, parts, **extra):
        self.label, self.kind, self.parts, self.extra = label, kind, parts, extra

    @property
    def text(self):
        return flat(self.parts)


def BP(kind, *parts):
    """A boilerplate line."""
    return Line("boilerplate", kind, list(parts))


def BODY(text):
    return Line("body", None, [text])


def BODYP(*parts):
    return Line("body", None, list(parts))


def TITLE(title, suffix=None, sep=" – ", site_fact=True):
    parts = [F("title", title)]
    if suffix:
        parts += [sep, F("site_name", suffix) if site_fact else suffix]
    return Line("title", None, parts, title_text=title, site_suffix=suffix)


def agency(name, shown=None):
    """A credit fact for an agency, shown as ``shown`` (long form) or the canonical name."""
    shown = shown or name
    return F("credits", shown, name, [a for a in [name, *AGENCIES.get(name, [])] if a != name])


# ------------------------------------------------------------------ assembly

LISTS = ("credits", "tags", "authors")


def _walk(parts, pos, line_no, found):
    """Return end position; record facts as (kind, value, aliases, start, end, line)."""
    for p in parts:
        if isinstance(p, str):
            pos += len(p)
        elif isinstance(p, F):
            found.append((p.kind, p.value, p.aliases, pos, pos + len(p.text), line_no))
            pos += len(p.text)
        elif isinstance(p, G):
            s = pos
            pos = _walk(p.parts, pos, line_no, found)
            val = flat(p.parts) if p.value is None else p.value
            found.append((p.kind, val, p.aliases, s, pos, line_no))
        elif isinstance(p, (list, tuple)):
            pos = _walk(p, pos, line_no, found)
    return pos


BLANKS = ["", "", "", "", " ", "\t", "\u00a0", "  "]


def assemble(items, rng, layout="double", eol="\n", final_nl=True):
    """items: list of Line. Returns (text, lines, facts, expected_body)."""
    texts, labels = [], []
    for i, it in enumerate(items):
        if i > 0:
            if layout == "double":
                nb = 1
            elif layout == "single":
                nb = 0
            else:  # mixed
                nb = rng.choice([0, 1, 1, 1, 2, 2, 3])
            for _ in range(nb):
                b = rng.choice(BLANKS) if layout == "mixed" else ""
                texts.append(b)
                labels.append(None)
        texts.append(it.text)
        labels.append(it)
    text = eol.join(texts) + (eol if final_nl else "")
    lines, found = [], []
    pos = 0
    for n, (t, it) in enumerate(zip(texts, labels)):
        rec = {"n": n, "start": pos, "end": pos + len(t), "text": t}
        if it is None:
            rec.update(label="blank", kind=None)
        else:
            rec.update(label=it.label, kind=it.kind)
            for k, v in it.extra.items():
                rec[k] = v
            end = _walk(it.parts, pos, n, found)
            assert end == pos + len(t)
        lines.append(rec)
        pos += len(t) + len(eol)
    facts = {}
    for kind, value, aliases, s, e, ln in found:
        ev = text[s:e]
        fact = {"value": value, "line": ln, "evidence": ev, "start": s, "end": e}
        if aliases:
            fact["aliases"] = list(dict.fromkeys(aliases))
        if kind in LISTS:
            lst = facts.setdefault(kind, [])
            key = value.casefold()
            for old in lst:
                if old["value"].casefold() == key:
                    break
            else:
                lst.append(fact)
        elif kind not in facts:
            facts[kind] = fact
        elif kind == "publisher" or facts[kind]["value"].casefold() == value.casefold():
            # merge aliases of other forms of the same outlet / a repeated mention
            old = facts[kind]
            al = [a for a in [*old.get("aliases", []), value, *aliases] if a != old["value"]]
            if al:
                old["aliases"] = list(dict.fromkeys(al))
        else:
            raise ValueError(f"two facts of kind {kind}: {facts[kind]['evidence']!r} / {ev!r}")
    body = "\n\n".join(r["text"] for r in lines if r["label"] == "body")
    return text, lines, facts, body


# ------------------------------------------------------------------ dates and zones


def _nth_sunday(y, m, n):
    d = date(y, m, 1)
    d += timedelta(days=(6 - d.weekday()) % 7)
    return d + timedelta(weeks=n - 1)


def _last_sunday(y, m):
    d = date(y, m + 1, 1) - timedelta(days=1) if m < 12 else date(y, 12, 31)
    return d - timedelta(days=(d.weekday() - 6) % 7)


def us_dst(d):
    return _nth_sunday(d.year, 3, 2) <= d < _nth_sunday(d.year, 11, 1)


def eu_dst(d):
    return _last_sunday(d.year, 3) <= d < _last_sunday(d.year, 10)


def au_dst(d):  # AEDT from first Sunday in October to first Sunday in April
    return not (_nth_sunday(d.year, 4, 1) <= d < _nth_sunday(d.year, 10, 1))


def is_switch_day(d):
    y = d.year
    return d in (_nth_sunday(y, 3, 2), _nth_sunday(y, 11, 1), _last_sunday(y, 3),
                 _last_sunday(y, 10), _nth_sunday(y, 4, 1), _nth_sunday(y, 10, 1))


def zone(rng, lang, d):
    """(label shown, offset string) or (None, None) for a naive date."""
    if lang == "en":
        z = rng.choice(["ET", "ETx", "PT", "PTx", "UK", "UTC", "IST", "JST", "SGT", "AU", "EAT",
                        "GMT+05:30", None, None, None])
    elif lang == "de":
        z = rng.choice(["MEZ", "CET", "UTC", None, None, None])
    elif lang == "fr":
        z = rng.choice(["CET", "UTC", "GMT", None, None, None])
    else:
        z = rng.choice(["CET", "UTC", None, None, None])
    if z is None:
        return None, None
    if z == "ET":
        return "ET", "-04:00" if us_dst(d) else "-05:00"
    if z == "ETx":
        return ("EDT", "-04:00") if us_dst(d) else ("EST", "-05:00")
    if z == "PT":
        return "PT", "-07:00" if us_dst(d) else "-08:00"
    if z == "PTx":
        return ("PDT", "-07:00") if us_dst(d) else ("PST", "-08:00")
    if z == "UK":
        return ("BST", "+01:00") if eu_dst(d) else ("GMT", "+00:00")
    if z == "AU":
        return ("AEDT", "+11:00") if au_dst(d) else ("AEST", "+10:00")
    if z == "MEZ":
        return ("MESZ", "+02:00") if eu_dst(d) else ("MEZ", "+01:00")
    if z == "CET":
        return ("CEST", "+02:00") if eu_dst(d) else ("CET", "+01:00")
    fixed = {"UTC": "+00:00", "GMT": "+00:00", "IST": "+05:30", "JST": "+09:00",
             "SGT": "+08:00", "EAT": "+03:00", "GMT+05:30": "+05:30"}
    return z, fixed[z]


def rand_dt(rng):
    while True:
        d = date(2022, 1, 1) + timedelta(days=rng.randrange(0, 1300))
        if not is_switch_day(d):
            break
    return datetime(d.year, d.month, d.day, rng.randrange(0, 24), rng.randrange(0, 60),
                    rng.randrange(0, 60))


MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
}
WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}
SHORT_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _h12(h):
    return (h % 12) or 12, "AM" if h < 12 else "PM"


def fmt_date(rng, lang, dt=None, with_time=None):
    """Return (shown text, iso value, aliases) for a random format of ``dt``."""
    dt = dt or rand_dt(rng)
    if with_time is None:
        with_time = rng.random() < 0.6
    d, m, y, H, M, S = dt.day, dt.month, dt.year, dt.hour, dt.minute, dt.second
    mon = MONTHS[lang][m - 1]
    wd = WEEKDAYS[lang][dt.weekday()]
    if not with_time:
        iso = dt.strftime("%Y-%m-%d")
        if lang == "en":
            opts = [f"{mon} {d}, {y}", f"{d} {mon} {y}", f"{SHORT_EN[m-1]}. {d}, {y}",
                    f"{wd}, {mon} {d}, {y}", f"{y}-{m:02d}-{d:02d}", f"{SHORT_EN[m-1]} {d} {y}"]
            if d > 12:
                opts += [f"{m:02d}/{d:02d}/{y}", f"{d}/{m}/{y}"]
        elif lang == "de":
            opts = [f"{d}. {mon} {y}", f"{d:02d}.{m:02d}.{y}", f"{wd}, {d}. {mon} {y}", f"{d}.{m}.{y}"]
        elif lang == "fr":
            dd = "1er" if d == 1 else str(d)
            opts = [f"{dd} {mon} {y}", f"{d:02d}/{m:02d}/{y}", f"{wd} {dd} {mon} {y}", f"{d:02d}.{m:02d}.{y}"]
        else:
            opts = [f"{d} de {mon} de {y}", f"{d:02d}/{m:02d}/{y}", f"{wd}, {d} de {mon} de {y}",
                    f"{d:02d}-{m:02d}-{y}", f"{d} {mon} {y}"]
        return rng.choice(opts), iso, [iso + "T00:00:00"]
    zl, off = zone(rng, lang, dt.date())
    secs = rng.random() < 0.15 and zl is None
    base = dt.replace(second=S if secs else 0)
    iso = base.strftime("%Y-%m-%dT%H:%M:%S") + (off or "")
    z = f" {zl}" if zl else ""
    h12, ap = _h12(H)
    if secs:
        t24 = f"{H:02d}:{M:02d}:{S:02d}"
        opts = {"en": [f"{y}-{m:02d}-{d:02d} {t24}", f"{mon} {d}, {y} {t24}"],
                "de": [f"{d:02d}.{m:02d}.{y} {t24}"],
                "fr": [f"{d:02d}/{m:02d}/{y} {t24}"],
                "es": [f"{d:02d}/{m:02d}/{y} {t24}"]}[lang]
        return rng.choice(opts), iso, []
    if lang == "en":
        opts = [f"{mon} {d}, {y} {h12}:{M:02d} {ap}{z}", f"{mon} {d}, {y} at {h12}:{M:02d} {ap.lower()[0]}.m.{z}",
                f"{d} {mon} {y}, {H:02d}:{M:02d}{z}", f"{SHORT_EN[m-1]} {d}, {y}, {h12}:{M:02d}{ap.lower()}{z}",
                f"{y}-{m:02d}-{d:02d} {H:02d}:{M:02d}{z}", f"{wd[:3]} {d} {SHORT_EN[m-1]} {y} {H:02d}.{M:02d}{z}",
                f"{h12}:{M:02d} {ap}{z}, {SHORT_EN[m-1]} {d}, {y}"]
        if d > 12:
            opts.append(f"{m}/{d}/{y} {h12}:{M:02d} {ap}{z}")
        if zl in ("UTC", "GMT") and rng.random() < 0.5:
            return f"{y}-{m:02d}-{d:02d}T{H:02d}:{M:02d}:00Z", iso, []
    elif lang == "de":
        opts = [f"{d}. {mon} {y}, {H:02d}:{M:02d} Uhr{z}", f"{d:02d}.{m:02d}.{y}, {H:02d}:{M:02d} Uhr{z}",
                f"{d}. {mon} {y} um {H:02d}:{M:02d}{z}", f"{wd}, {d:02d}.{m:02d}.{y} - {H:02d}:{M:02d}{z}"]
    elif lang == "fr":
        dd = "1er" if d == 1 else str(d)
        opts = [f"{dd} {mon} {y} à {H}h{M:02d}{z}", f"{d:02d}/{m:02d}/{y} à {H:02d}:{M:02d}{z}",
                f"{wd} {dd} {mon} {y}, {H:02d}h{M:02d}{z}", f"{d:02d}.{m:02d}.{y} {H:02d}:{M:02d}{z}"]
    else:
        opts = [f"{d} de {mon} de {y}, {H:02d}:{M:02d}{z}", f"{d:02d}/{m:02d}/{y} {H:02d}:{M:02d} h{z}",
                f"{wd}, {d} de {mon} de {y} - {H:02d}:{M:02d}{z}", f"{d}/{m}/{y} a las {H:02d}:{M:02d}{z}"]
    return rng.choice(opts), iso, []


def date_fact(rng, lang, kind, dt=None, with_time=None):
    shown, iso, al = fmt_date(rng, lang, dt, with_time)
    return F(kind, shown, iso, al)


def short_date_text(rng, lang):
    """A date shown in a list item (no fact)."""
    return fmt_date(rng, lang, with_time=False)[0]
