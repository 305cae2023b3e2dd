"""Labelled-line builder, layouts, dates and fact resolution for blind_j (stdlib only)."""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

from names import AGENCIES

KINDS = set(["theme_license_banner", "section_label", "breadcrumb_title", "title_repeat", "ui_word", "date_line", "stray_id", "photo_caption", "photo_credit", "wire_credit_line", "publisher_promo", "app_promo", "click_here_promo", "source_link", "read_original", "read_more", "original_url_line", "back_to_top", "aggregator_disclaimer", "you_may_also_like", "comment_form", "tag_list_header", "tag_item", "reaction_counter", "related_header", "related_item", "ranking_header", "ranking_item", "recommendation_header", "recommendation_item", "syndication_notice", "prev_next_link", "skip_link", "nav_menu", "footer_link", "breadcrumb", "byline", "reading_time", "shortcode", "advertisement_label", "also_read", "copyright_notice", "republish_notice", "originally_appeared", "newsletter_promo", "social_promo", "share_row", "cookie_notice", "email_placeholder", "author_bio", "tag_line", "trending_header", "trending_item", "more_stories_header", "more_stories_item", "headline_run_item"])

SCALARS = ("title", "site_name", "publisher", "original_url", "aggregator", "published", "updated",
           "photo_credit", "section", "syndication")
LISTS = ("credits", "tags", "authors")


class F:
    """A fact-carrying value placed into a template: shown text + fact kind/value (+ sub-facts)."""

    def __init__(self, kind, value, shown=None, aliases=(), subs=(), role=None):
        self.kind, self.value = kind, value
        self.shown = value if shown is None else shown
        self.aliases = list(aliases)
        self.subs = list(subs)  # (kind, value, rel_start, rel_end, aliases, role)
        self.role = role


class L:
    def __init__(self, text, label, kind=None, marks=None, **extra):
        assert label in ("title", "body", "boilerplate"), label
        if label == "boilerplate":
            assert kind in KINDS, kind
        else:
            assert kind is None
        assert "\n" not in text and "\r" not in text and text.strip(), repr(text)
        self.text, self.label, self.kind = text, label, kind
        self.marks = marks or []  # (kind, value, start, end, aliases, role)
        self.extra = extra


_PH = re.compile(r"\{([A-Za-z0-9_]+)\}")


def render(tpl, vals):
    """Fill {X} placeholders; F values become fact marks. Returns (text, marks)."""
    out, marks, pos = [], [], 0
    cur = 0
    for m in _PH.finditer(tpl):
        out.append(tpl[pos:m.start()])
        cur += m.start() - pos
        v = vals[m.group(1)]
        if isinstance(v, F):
            s = v.shown
            if v.kind is not None:
                marks.append((v.kind, v.value, cur, cur + len(s), v.aliases, v.role))
            for (k, val, a, b, al, role) in v.subs:
                marks.append((k, val, cur + a, cur + b, al, role))
        else:
            s = str(v)
        out.append(s)
        cur += len(s)
        pos = m.end()
    out.append(tpl[pos:])
    return "".join(out), marks


def line(tpl, label, kind=None, **vals):
    t, marks = render(tpl, vals)
    return L(t, label, kind, marks)


def bp(tpl, kind, **vals):
    return line(tpl, "boilerplate", kind, **vals)


# ------------------------------------------------------------------ facts helpers

def credit(agency, shown=None):
    assert agency in AGENCIES, agency
    return F("credits", agency, shown or agency, AGENCIES[agency])


def bare_host(host):
    return host[4:] if host.startswith("www.") else host


def host_label(host):
    h = bare_host(host)
    for suf in (".co.uk", ".com", ".net", ".org", ".eu", ".de", ".fr", ".es"):
        if h.endswith(suf):
            return h[: -len(suf)]
    return h.rsplit(".", 1)[0]


def pub_name(pub):
    return F("publisher", pub[0], pub[0], role="name")


def url_fact(url, pub):
    """An original URL; its host gives the publisher (resolved per document)."""
    host = pub[1]
    i = url.index(host)
    al = []
    if "#" in url:
        al.append(url.split("#", 1)[0])
    subs = [("publisher", bare_host(host), i, i + len(host), [], "host")]
    return F("original_url", url, url, al, subs=subs)


# ------------------------------------------------------------------ dates

FIXED = {"IST": 330, "UTC": 0, "JST": 540, "KST": 540, "SGT": 480, "HKT": 480, "EAT": 180, "GMT+05:30": 330,
         "GMT_FIXED": 0}


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


def au_dst(d):
    return not (_nth_sunday(d.year, 4, 1) <= d < _nth_sunday(d.year, 10, 1))


def near_transition(d):
    ts = [_nth_sunday(d.year, 3, 2), _nth_sunday(d.year, 11, 1), _last_sunday(d.year, 3),
          _last_sunday(d.year, 10), _nth_sunday(d.year, 4, 1), _nth_sunday(d.year, 10, 1)]
    return any(abs((d - t).days) <= 1 for t in ts)


def zone_abbr(zone, d):
    """zone family -> (shown abbreviation, offset minutes)."""
    if zone in ("ET", "EST/EDT"):
        dst = us_dst(d)
        return ("ET" if zone == "ET" else ("EDT" if dst else "EST")), (-240 if dst else -300)
    if zone in ("PT", "PST/PDT"):
        dst = us_dst(d)
        return ("PT" if zone == "PT" else ("PDT" if dst else "PST")), (-420 if dst else -480)
    if zone == "UK":
        return ("BST", 60) if eu_dst(d) else ("GMT", 0)
    if zone == "CET":
        return ("CEST", 120) if eu_dst(d) else ("CET", 60)
    if zone == "MEZ":
        return ("MESZ", 120) if eu_dst(d) else ("MEZ", 60)
    if zone == "AU":
        return ("AEDT", 660) if au_dst(d) else ("AEST", 600)
    if zone == "GMT_FIXED":
        return "GMT", 0
    return zone, FIXED[zone]


def iso(dt, offset_min=None, date_only=False):
    if date_only:
        return dt.strftime("%Y-%m-%d")
    if offset_min is None:
        return dt.strftime("%Y-%m-%dT%H:%M:%S")
    return dt.replace(tzinfo=timezone(timedelta(minutes=offset_min))).isoformat()


def date_fact(kind, dt, shown, offset_min=None, date_only=False):
    v = iso(dt, offset_min, date_only)
    al = [v + "T00:00:00"] if date_only else []
    return F(kind, v, shown, al)


MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember"]
DAYS_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]
DAYS_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]


def h12(dt, dots=False):
    h = dt.hour % 12 or 12
    ap = ("a.m." if dt.hour < 12 else "p.m.") if dots else ("AM" if dt.hour < 12 else "PM")
    return f"{h}:{dt.minute:02d} {ap}"


# date styles: (name, split, lang) -> function(dt, rng) -> (shown, offset|None, date_only)
def _z(rng, choices, d):
    z = rng.choice(choices)
    return zone_abbr(z, d)


def style_fn(name):
    return STYLES[name]


def _s(fn):
    return fn


STYLES = {
    # ---------------- dev, English
    "en_long_zone": lambda dt, r: (lambda z: (f"{MONTHS_EN[dt.month-1]} {dt.day}, {dt.year} {h12(dt)} {z[0]}", z[1], False))(_z(r, ["EST/EDT", "PST/PDT", "ET"], dt.date())),
    "en_dmy_gmt": lambda dt, r: (lambda z: (f"{dt.day} {MONTHS_EN[dt.month-1][:3]} {dt.year}, {dt:%H:%M} {z[0]}", z[1], False))(_z(r, ["UK", "IST", "SGT"], dt.date())),
    "en_iso_offset": lambda dt, r: (lambda o: (iso(dt, o), o, False))(r.choice([330, 0, -300, 60, 540])),
    "en_wkday_short": lambda dt, r: (f"{DAYS_EN[dt.weekday()][:3]}, {MONTHS_EN[dt.month-1][:3]} {dt.day}, {dt.year}", None, True),
    "en_us_numeric": lambda dt, r: (f"{dt.month:02d}/{dt.day:02d}/{dt.year} {h12(dt).lower()}", None, False),
    "en_long_date": lambda dt, r: (f"{MONTHS_EN[dt.month-1]} {dt.day}, {dt.year}", None, True),
    # ---------------- test, English
    "en_dmy_at_zone": lambda dt, r: (lambda z: (f"{dt.day} {MONTHS_EN[dt.month-1]} {dt.year} at {dt:%H:%M} {z[0]}", z[1], False))(_z(r, ["UK", "AU", "CET"], dt.date())),
    "en_dots_et": lambda dt, r: (lambda z: (f"{MONTHS_EN[dt.month-1][:3]}. {dt.day}, {dt.year} | {h12(dt, True)} {z[0]}", z[1], False))(_z(r, ["ET", "PT"], dt.date())),
    "en_iso_space_utc": lambda dt, r: (lambda z: (f"{dt:%Y-%m-%d %H:%M} {z[0]}", z[1], False))(_z(r, ["UTC", "JST", "EAT"], dt.date())),
    "en_full_wkday": lambda dt, r: (f"{DAYS_EN[dt.weekday()]} {dt.day} {MONTHS_EN[dt.month-1]} {dt.year}", None, True),
    "en_dmy_numeric": lambda dt, r: (f"{dt.day:02d}/{dt.month:02d}/{dt.year} {dt:%H:%M}", None, False),
    "en_secs_naive": lambda dt, r: (f"{MONTHS_EN[dt.month-1][:3]} {dt.day} {dt.year} {dt:%H:%M:%S}", None, False),
    "en_time_first": lambda dt, r: (lambda z: (f"{h12(dt)} {z[0]}, {dt.day} {MONTHS_EN[dt.month-1][:3]} {dt.year}", z[1], False))(_z(r, ["IST", "HKT", "KST"], dt.date())),
    # ---------------- German
    "de_dotted": lambda dt, r: (f"{dt:%d.%m.%Y}, {dt:%H:%M} Uhr", None, False),
    "de_long_date": lambda dt, r: (f"{dt.day}. {MONTHS_DE[dt.month-1]} {dt.year}", None, True),
    "de_wkday_zone": lambda dt, r: (lambda z: (f"{DAYS_DE[dt.weekday()]}, {dt.day}. {MONTHS_DE[dt.month-1]} {dt.year}, {dt:%H:%M} {z[0]}", z[1], False))(zone_abbr("MEZ", dt.date())),
    "de_iso_zone": lambda dt, r: (lambda z: (f"{dt:%Y-%m-%d}, {dt:%H:%M} {z[0]}", z[1], False))(zone_abbr("CET", dt.date())),
    # ---------------- French
    "fr_a_h": lambda dt, r: (f"{dt.day} {MONTHS_FR[dt.month-1]} {dt.year} à {dt.hour}h{dt.minute:02d}", None, False),
    "fr_numeric_date": lambda dt, r: (f"{dt:%d/%m/%Y}", None, True),
    "fr_wkday_zone": lambda dt, r: (lambda z: (f"{DAYS_FR[dt.weekday()]} {dt.day} {MONTHS_FR[dt.month-1]} {dt.year}, {dt:%H:%M} {z[0]}", z[1], False))(zone_abbr("CET", dt.date())),
    "fr_dotted_h": lambda dt, r: (f"{dt:%d.%m.%Y} – {dt.hour}h{dt.minute:02d}", None, False),
    # ---------------- Spanish
    "es_de_de": lambda dt, r: (f"{dt.day} de {MONTHS_ES[dt.month-1]} de {dt.year}, {dt:%H:%M}", None, False),
    "es_numeric_zone": lambda dt, r: (lambda z: (f"{dt:%d/%m/%Y} {dt:%H:%M} {z[0]}", z[1], False))(zone_abbr("CET", dt.date())),
    "es_wkday_h": lambda dt, r: (f"{DAYS_ES[dt.weekday()]} {dt.day} de {MONTHS_ES[dt.month-1]} de {dt.year} - {dt:%H:%M} h", None, False),
    "es_dashed_date": lambda dt, r: (f"{dt:%d-%m-%Y}", None, True),
}

DATE_STYLES = {
    ("dev", "en"): ["en_long_zone", "en_dmy_gmt", "en_iso_offset", "en_wkday_short", "en_us_numeric", "en_long_date"],
    ("test", "en"): ["en_dmy_at_zone", "en_dots_et", "en_iso_space_utc", "en_full_wkday", "en_dmy_numeric",
                     "en_secs_naive", "en_time_first"],
    ("dev", "de"): ["de_dotted", "de_long_date"], ("test", "de"): ["de_wkday_zone", "de_iso_zone"],
    ("dev", "fr"): ["fr_a_h", "fr_numeric_date"], ("test", "fr"): ["fr_wkday_zone", "fr_dotted_h"],
    ("dev", "es"): ["es_de_de", "es_numeric_zone"], ("test", "es"): ["es_wkday_h", "es_dashed_date"],
}


def rand_dt(rng):
    while True:
        d = date(rng.choice([2022, 2023, 2024, 2025]), rng.randint(1, 12), rng.randint(13, 28))
        if not near_transition(d):
            break
    return datetime(d.year, d.month, d.day, rng.randint(6, 22), rng.choice([0, 5, 12, 18, 24, 30, 41, 47, 55]),
                    rng.randint(0, 59))


def make_date(rng, kind, dt, split, lang, style=None):
    style = style or rng.choice(DATE_STYLES[(split, lang)])
    shown, off, donly = STYLES[style](dt, rng)
    if not _SEC_RE.search(shown):
        dt = dt  # seconds not shown: scorer compares to the minute
    return date_fact(kind, dt, shown, off, donly)


_SEC_RE = re.compile(r"\d:\d\d:\d\d")


# ------------------------------------------------------------------ layout + assembly

BLANKS = ["", "", "", " ", "\t", "\u00a0"]


def assemble(blocks, rng, mode, nl="\n", final_nl=True):
    """blocks: list of lists of L. Returns (text, line records, objs by line index)."""
    seq = []  # list of L or str (blank text)
    flat = [(bi, x) for bi, b in enumerate(blocks) for x in b]
    prev_b = None
    for i, (bi, x) in enumerate(flat):
        if i:
            if mode == "double":
                seq.append(rng.choice(BLANKS) if rng.random() < 0.15 else "")
            elif mode == "blocks" and bi != prev_b:
                for _ in range(rng.choice([1, 1, 2])):
                    seq.append(rng.choice(BLANKS))
            elif mode == "mixed":
                for _ in range(rng.choice([0, 1, 1, 1, 2, 3])):
                    seq.append(rng.choice(BLANKS))
        seq.append(x)
        prev_b = bi
    parts, recs, objs, pos = [], [], [], 0
    for n, x in enumerate(seq):
        t = x if isinstance(x, str) else x.text
        recs.append({"n": n, "start": pos, "end": pos + len(t), "text": t})
        objs.append(None if isinstance(x, str) else x)
        parts.append(t)
        pos += len(t) + len(nl)
    text = nl.join(parts) + (nl if final_nl else "")
    return text, recs, objs


def finalize(doc_meta, blocks, rng, mode, nl, final_nl, pub=None, agg=None):
    text, recs, objs = assemble(blocks, rng, mode, nl, final_nl)
    lines, marks = [], []
    for rec, o in zip(recs, objs):
        if o is None:
            rec.update(label="blank", kind=None)
        else:
            rec.update(label=o.label, kind=o.kind)
            rec.update(o.extra)
            for (k, v, a, b, al, role) in o.marks:
                marks.append((k, v, rec["start"] + a, rec["start"] + b, al, role, rec["n"]))
        lines.append(rec)
    marks.sort(key=lambda m: m[2])
    facts = {}

    def fact(v, m, aliases):
        d = {"value": v, "line": m[6], "evidence": text[m[2]:m[3]], "start": m[2], "end": m[3]}
        al = [a for a in dict.fromkeys(aliases) if a != v]
        if al:
            d["aliases"] = al
        return d

    by_kind = {}
    for m in marks:
        by_kind.setdefault(m[0], []).append(m)
    for k, ms in by_kind.items():
        if k in LISTS:
            seen, out = set(), []
            for m in ms:
                if m[1] not in seen:
                    seen.add(m[1])
                    out.append(fact(m[1], m, m[4]))
            facts[k] = out
        elif k == "publisher":
            name, host = pub
            named = [m for m in ms if m[5] == "name"]
            forms = [bare_host(host), "www." + bare_host(host), host_label(host), name]
            if named:
                facts[k] = fact(name, named[0], forms)
            else:
                facts[k] = fact(bare_host(host), ms[0], forms)
        elif k == "aggregator":
            name, dom = agg
            forms = [name, dom, "www." + dom, host_label(dom)]
            facts[k] = fact(ms[0][1], ms[0], forms)
        else:
            vals = {m[1] for m in ms}
            assert len(vals) == 1, (doc_meta.get("id"), k, vals)
            facts[k] = fact(ms[0][1], ms[0], ms[0][4])
    body = "\n\n".join(r["text"] for r in lines if r["label"] == "body")
    rec = dict(doc_meta)
    rec.update(text=text, lines=lines, expected_body=body, facts={k: facts[k] for k in sorted(facts)})
    return rec
