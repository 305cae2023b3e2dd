"""Labelled-document builder, date formatting with zones, agencies and name pools for corpus F."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

# ------------------------------------------------------------------ agencies

AGENCIES = {
    "AP": ["Associated Press", "The Associated Press"],
    "AFP": ["Agence France-Presse", "Agence France Presse"],
    "Reuters": ["Thomson Reuters"],
    "PTI": ["Press Trust of India"],
    "ANI": ["Asian News International"],
    "IANS": ["Indo-Asian News Service"],
    "dpa": ["Deutsche Presse-Agentur"],
    "EFE": ["Agencia EFE"],
    "ANSA": ["Agenzia Nazionale Stampa Associata"],
    "Xinhua": ["Xinhua News Agency"],
    "Kyodo": ["Kyodo News"],
    "Yonhap": ["Yonhap News Agency"],
    "Bloomberg": ["Bloomberg News"],
    "UPI": ["United Press International"],
}


def agency_aliases(canon: str) -> list[str]:
    return list(AGENCIES[canon])


# ------------------------------------------------------------------ template filling


_PH = re.compile(r"\{(\w+)\}")


def fill(template: str, **vals: str) -> tuple[str, dict[str, tuple[int, int]]]:
    """Format ``{name}`` placeholders; return the text and the span of each placeholder."""
    out: list[str] = []
    spans: dict[str, tuple[int, int]] = {}
    pos = 0
    length = 0
    for m in _PH.finditer(template):
        lit = template[pos:m.start()]
        out.append(lit)
        length += len(lit)
        v = vals[m.group(1)]
        spans.setdefault(m.group(1), (length, length + len(v)))
        out.append(v)
        length += len(v)
        pos = m.end()
    out.append(template[pos:])
    return "".join(out), spans


# ------------------------------------------------------------------ the document builder

SCALAR_FACTS = {"title", "site_name", "publisher", "original_url", "aggregator", "published",
                "updated", "photo_credit", "section", "syndication"}
LIST_FACTS = {"credits", "tags", "authors"}


class Fact:
    __slots__ = ("aliases", "key", "rel", "value")

    def __init__(self, key: str, value: str, rel: tuple[int, int], aliases: list[str] | None = None):
        self.key, self.value, self.rel, self.aliases = key, value, rel, aliases or []


class Line:
    __slots__ = ("extra", "facts", "kind", "label", "text")

    def __init__(self, text: str, label: str, kind: str | None, facts: list[Fact], extra: dict):
        self.text, self.label, self.kind, self.facts, self.extra = text, label, kind, facts, extra


def span_of(text: str, sub: str, after: int = 0) -> tuple[int, int]:
    i = text.find(sub, after)
    if i < 0:
        raise ValueError(f"{sub!r} not in {text!r}")
    return i, i + len(sub)


class Doc:
    """Collects labelled lines; ``render`` lays them out and places facts at exact offsets."""

    def __init__(self) -> None:
        self.lines: list[Line] = []
        self.held: list[Line] = []  # lines set aside while chrome is inserted before them

    # -- adding lines
    def add(self, text: str, kind: str | None, facts: list[Fact] | None = None,
            label: str = "boilerplate", **extra: object) -> Line:
        if "\n" in text or "\r" in text:
            raise ValueError(text)
        ln = Line(text, label, kind, list(facts or []), dict(extra))
        self.lines.append(ln)
        return ln

    def body(self, text: str, facts: list[Fact] | None = None) -> Line:
        return self.add(text, None, facts, label="body")

    def title(self, title_text: str, sep: str | None = None, suffix: str | None = None,
              site_fact: bool = True) -> Line:
        text = title_text if suffix is None else f"{title_text}{sep}{suffix}"
        facts = [Fact("title", title_text, (0, len(title_text)))]
        if suffix is not None and site_fact:
            facts.append(Fact("site_name", suffix, (len(text) - len(suffix), len(text))))
        return self.add(text, None, facts, label="title", title_text=title_text,
                        site_suffix=suffix)

    def has_fact(self, key: str) -> bool:
        return any(f.key == key for ln in [*self.lines, *self.held] for f in ln.facts)

    # -- rendering
    def render(self, rng, layout: str, newline: str = "\n", final_newline: bool = True,
               trailing_ws: float = 0.0) -> dict:
        """layout: 'blank' (one blank line between lines), 'none', 'mixed'."""
        parts: list[str] = []
        recs: list[dict] = []
        pos = 0
        nlines = len(self.lines)

        def emit(text: str, label: str, kind, ln: Line | None, last: bool) -> None:
            nonlocal pos
            recs.append({"n": len(recs), "start": pos, "end": pos + len(text), "text": text,
                         "label": label, "kind": kind, "_line": ln})
            parts.append(text)
            pos += len(text)
            if not last:
                parts.append(newline)
                pos += len(newline)

        for i, ln in enumerate(self.lines):
            text = ln.text
            if ln.label == "body" and trailing_ws and rng.random() < trailing_ws:
                text = text + rng.choice([" ", "  ", "\u00a0", "\t", " \u00a0"])
                ln.text = text
            last = i == nlines - 1
            emit(text, ln.label, ln.kind, ln, last and not final_newline)
            if last:
                break
            if layout == "blank":
                nb = 1
            elif layout == "none":
                nb = 0
            else:
                nb = rng.choice([0, 0, 1, 1, 1, 2, 3])
            for _ in range(nb):
                blank = rng.choice(["", "", "", "", " ", "\t", "\u00a0", "  "]) if layout == "mixed" else ""
                emit(blank, "blank", None, None, False)
        text = "".join(parts)
        # line records + facts
        facts: dict = {}
        lines_out = []
        for r in recs:
            ln = r.pop("_line")
            rec = dict(r)
            if ln is not None:
                for k, v in ln.extra.items():
                    rec[k] = v
                for f in ln.facts:
                    s, e = r["start"] + f.rel[0], r["start"] + f.rel[1]
                    fo = {"value": f.value, "line": r["n"], "evidence": text[s:e], "start": s,
                          "end": e}
                    if f.aliases:
                        fo["aliases"] = [a for a in dict.fromkeys(f.aliases) if a != f.value]
                        if not fo["aliases"]:
                            del fo["aliases"]
                    if f.key in LIST_FACTS:
                        lst = facts.setdefault(f.key, [])
                        if any(x["value"].casefold() == f.value.casefold() for x in lst):
                            continue
                        lst.append(fo)
                    else:
                        if f.key in facts:
                            old = facts[f.key]
                            same = {old["value"].casefold(), *(a.casefold() for a in old.get("aliases", []))}
                            if f.value.casefold() not in same and not any(a.casefold() == old["value"].casefold() for a in f.aliases):
                                raise ValueError(f"conflicting {f.key}: {facts[f.key]['value']!r} / {f.value!r}")
                            continue
                        facts[f.key] = fo
            lines_out.append(rec)
        body = "\n\n".join(r["text"] for r in lines_out if r["label"] == "body")
        return {"text": text, "lines": lines_out, "expected_body": body, "facts": facts}


# ------------------------------------------------------------------ dates and zones


def _nth_sunday(y: int, m: int, n: int) -> date:
    d = date(y, m, 1)
    d += timedelta(days=(6 - d.weekday()) % 7)
    return d + timedelta(weeks=n - 1)


def _last_sunday(y: int, m: int) -> date:
    d = date(y, m + 1, 1) - timedelta(days=1) if m < 12 else date(y, 12, 31)
    return d - timedelta(days=(d.weekday() - 6) % 7)


def us_dst(d: date) -> bool:
    return _nth_sunday(d.year, 3, 2) < d < _nth_sunday(d.year, 11, 1)


def eu_dst(d: date) -> bool:
    return _last_sunday(d.year, 3) < d < _last_sunday(d.year, 10)


def au_dst(d: date) -> bool:  # south-east Australia: first Sunday Oct .. first Sunday Apr
    return d < _nth_sunday(d.year, 4, 1) or d > _nth_sunday(d.year, 10, 1)


def zone_for(rng, dt: datetime, lang: str = "en") -> tuple[str, int]:
    """A zone label consistent with the date, and its offset in minutes."""
    d = dt.date()
    us, eu, au = us_dst(d), eu_dst(d), au_dst(d)
    if lang == "de":
        return rng.choice([("MESZ", 120) if eu else ("MEZ", 60), ("CEST", 120) if eu else ("CET", 60)])
    if lang in ("fr", "es"):
        return rng.choice([("CEST", 120) if eu else ("CET", 60), ("GMT", 0), ("UTC", 0)])
    opts = [
        ("ET", -240 if us else -300),
        ("EDT", -240) if us else ("EST", -300),
        ("PT", -420 if us else -480),
        ("PDT", -420) if us else ("PST", -480),
        ("IST", 330), ("GMT", 0), ("UTC", 0),
        ("BST", 60) if eu else ("GMT", 0),
        ("JST", 540), ("KST", 540), ("HKT", 480), ("SGT", 480), ("EAT", 180),
        ("AEDT", 660) if au else ("AEST", 600),
        ("GMT+05:30", 330), ("CEST", 120) if eu else ("CET", 60),
    ]
    return rng.choice(opts)


def iso(dt: datetime, offset_min: int | None, with_time: bool = True) -> tuple[str, list[str]]:
    if not with_time:
        v = dt.strftime("%Y-%m-%d")
        return v, [v + "T00:00:00"]
    if offset_min is None:
        return dt.strftime("%Y-%m-%dT%H:%M:%S"), []
    tz = timezone(timedelta(minutes=offset_min))
    return dt.replace(tzinfo=tz).isoformat(), []


MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
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


def _h12(dt: datetime, upper: bool = True, dots: bool = False) -> str:
    h = dt.hour % 12 or 12
    ap = "AM" if dt.hour < 12 else "PM"
    if not upper:
        ap = ap.lower()
    if dots:
        ap = "a.m." if dt.hour < 12 else "p.m."
    return f"{h}:{dt.minute:02d} {ap}"


def fmt_date(rng, dt: datetime, lang: str = "en", zone: bool | None = None,
             time: bool | None = None) -> tuple[str, str, list[str]]:
    """A date string as a site would print it, with its ISO value and aliases.

    zone/time: None = random. Numeric English dates only when the day is > 12."""
    if time is None:
        time = rng.random() < 0.7
    if zone is None:
        zone = time and rng.random() < 0.55
    if not time:
        zone = False
    zl, off = zone_for(rng, dt, lang) if zone else ("", None)
    d, m, y = dt.day, dt.month, dt.year
    if lang == "en":
        if not time:
            forms = [f"{MONTHS_EN[m-1]} {d}, {y}", f"{d} {MONTHS_EN[m-1]} {y}", f"{MON_EN[m-1]} {d}, {y}",
                     f"{DAYS_EN[dt.weekday()]}, {MONTHS_EN[m-1]} {d}, {y}", f"{y}-{m:02d}-{d:02d}",
                     f"{MON_EN[m-1]}. {d}, {y}" if m != 5 else f"May {d}, {y}",
                     f"{d} {MON_EN[m-1]} {y}"]
            if d > 12:
                forms += [f"{d:02d}/{m:02d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}"]
            s = rng.choice(forms)
        else:
            z = f" {zl}" if zone else ""
            forms = [
                f"{MONTHS_EN[m-1]} {d}, {y} {_h12(dt)}{z}",
                f"{MON_EN[m-1]} {d}, {y} at {_h12(dt, upper=False)}{z}",
                f"{d} {MONTHS_EN[m-1]} {y}, {dt:%H:%M}{z}",
                f"{y}-{m:02d}-{d:02d} {dt:%H:%M:%S}{z}",
                f"{DAYS_EN[dt.weekday()]}, {MONTHS_EN[m-1]} {d}, {y}, {_h12(dt, dots=True)}{z}",
                f"{d} {MON_EN[m-1]} {y} | {_h12(dt)}{z}",
                f"{MON_EN[m-1]} {d}, {y} / {dt:%H:%M}{z}",
            ]
            if zone:
                forms += [f"{dt:%H:%M} {zl}, {d} {MON_EN[m-1]} {y}", f"{_h12(dt)} {zl} {MONTHS_EN[m-1]} {d}, {y}"]
            if d > 12:
                forms += [f"{d:02d}/{m:02d}/{y} {dt:%H:%M}{z}", f"{m:02d}/{d:02d}/{y} - {dt:%H:%M}{z}"]
            s = rng.choice(forms)
    elif lang == "de":
        z = f" {zl}" if zone else ""
        if not time:
            s = rng.choice([f"{d:02d}.{m:02d}.{y}", f"{d}. {MONTHS_DE[m-1]} {y}",
                            f"{DAYS_DE[dt.weekday()]}, {d}. {MONTHS_DE[m-1]} {y}", f"{d}.{m}.{y}"])
        else:
            s = rng.choice([f"{d:02d}.{m:02d}.{y}, {dt:%H:%M} Uhr{z}", f"{d}. {MONTHS_DE[m-1]} {y}, {dt:%H:%M} Uhr{z}",
                            f"{d:02d}.{m:02d}.{y} um {dt:%H:%M} Uhr{z}", f"{d:02d}.{m:02d}.{y} {dt:%H:%M}{z}"])
    elif lang == "fr":
        z = f" {zl}" if zone else ""
        if not time:
            s = rng.choice([f"{d} {MONTHS_FR[m-1]} {y}", f"{d:02d}/{m:02d}/{y}",
                            f"{DAYS_FR[dt.weekday()]} {d} {MONTHS_FR[m-1]} {y}"])
        else:
            s = rng.choice([f"{d} {MONTHS_FR[m-1]} {y} à {dt.hour}h{dt.minute:02d}{z}",
                            f"{d:02d}/{m:02d}/{y} à {dt:%H:%M}{z}",
                            f"{d:02d}/{m:02d}/{y} {dt:%Hh%M}{z}"])
    else:
        z = f" {zl}" if zone else ""
        if not time:
            s = rng.choice([f"{d} de {MONTHS_ES[m-1]} de {y}", f"{d:02d}/{m:02d}/{y}",
                            f"{d} {MON_ES[m-1]} {y}", f"{DAYS_ES[dt.weekday()]}, {d} de {MONTHS_ES[m-1]} de {y}"])
        else:
            s = rng.choice([f"{d} de {MONTHS_ES[m-1]} de {y}, {dt:%H:%M}{z}",
                            f"{d:02d}/{m:02d}/{y} - {dt:%H:%M} h{z}" if not zone else f"{d:02d}/{m:02d}/{y} - {dt:%H:%M}{z}",
                            f"{d} {MON_ES[m-1]} {y} {dt:%H:%M}{z}"])
    if f"{dt:%H:%M:%S}" not in s:  # the printed time has no seconds
        dt = dt.replace(second=0)
    v, al = iso(dt, off, with_time=time)
    return s, v, al


def rand_dt(rng) -> datetime:
    base = datetime(2022, 1, 3)
    dt = base + timedelta(days=rng.randrange(0, 3 * 365), minutes=rng.randrange(6 * 60, 23 * 60))
    # keep away from DST switch days (ambiguous local times)
    d = dt.date()
    for sw in (_nth_sunday(d.year, 3, 2), _nth_sunday(d.year, 11, 1), _last_sunday(d.year, 3),
               _last_sunday(d.year, 10), _nth_sunday(d.year, 4, 1), _nth_sunday(d.year, 10, 1)):
        if d == sw:
            dt += timedelta(days=2)
    return dt.replace(second=rng.choice([0, 0, 0, rng.randrange(60)]))


# ------------------------------------------------------------------ pools (all invented)

AUTHORS = [
    "Marisol Quintero", "Devin Achterberg", "Priya Ramanathan", "Tobias Wennerström",
    "Olu Adebayo-Grant", "Hannah Kowalczyk", "Ravi Sethuraman", "Claire Duhamel",
    "Benedikt Aurich", "Yuki Tanabe", "Sofía Barrientos", "Liam O'Halloran", "Nadia Belkacem",
    "Grant Whitfield", "Ines Carvalho", "Mateo Szabo", "Amara Okafor", "Jonas Brecht",
    "Elena Marchetti", "Callum Reid", "Ayesha Siddiqui", "Frederik Lund", "Rosa Villanueva",
    "Dmitri Vakulenko", "Talia Greenbaum", "Kwame Boateng",
]
AUTHORS_INTL = {
    "de": ["Anneliese Strobel", "Jörg Hamann", "Katrin Westphal", "Malte Sörensen", "Ülkü Demir"],
    "fr": ["Hélène Marchand", "Thibault Lecoq", "Aurélie Ferrand", "Yacine Belaïd", "Margaux Pélissier"],
    "es": ["Lucía Ortega", "Andrés Villalba", "Nuria Castells", "Joaquín Ibáñez", "Begoña Arrieta"],
}

# sites serving the page (title suffix / copyright)
SITES = [
    "The Larkspur Ledger", "Quillfeed", "Northgate Wire", "Saltmarsh Post", "Copperline News",
    "Blue Heron Daily", "Metrobeat", "The Inkwell Review", "Pinecrest Observer", "Civic Lantern",
    "Harbor & Main", "Tidewater Times Online", "NewsOrbit24", "The Weekly Compass", "Glasshouse",
    "Redfern Report", "DailyCanopy", "Lodestar Media", "Ember City Journal", "Fieldnotes Weekly",
]
SITES_INTL = {
    "de": ["Rheinblick Online", "Nordkurier24", "Stadtspiegel", "Alpenecho", "Kiezbote"],
    "fr": ["Le Veilleur", "Actu Rivages", "La Boussole Info", "Gazette du Lac", "Lumière Hebdo"],
    "es": ["El Faro Digital", "Crónica Sur", "La Veleta", "Diario Alborada", "Noticias Meridiano"],
}

# original publishers (name, host)
OUTLETS = [
    ("Coastal Sentinel", "coastalsentinel.com"), ("Midland Courier", "midlandcourier.net"),
    ("The Granite Standard", "granitestandard.com"), ("Bayside Herald", "baysideherald.org"),
    ("Prairie Dispatch", "prairiedispatch.com"), ("The Eastbrook Times", "eastbrooktimes.com"),
    ("Valley Chronicle", "valleychronicle.news"), ("Summit Gazette", "summitgazette.co.uk"),
    ("The Ironbridge Tribune", "ironbridgetribune.com"), ("Lakeshore Star", "lakeshorestar.ca"),
    ("Harbourfront Mail", "harbourfrontmail.com.au"), ("The Capital Ledger", "capitalledger.com"),
]
OUTLETS_INTL = {
    "de": [("Westfälische Rundschau Digital", "wr-digital.de"), ("Allgäuer Morgenpost", "allgaeuer-morgenpost.de")],
    "fr": [("Le Courrier du Rhône", "courrierdurhone.fr"), ("L’Écho des Landes", "echodeslandes.fr")],
    "es": [("Heraldo del Norte", "heraldodelnorte.es"), ("La Voz de la Bahía", "lavozdelabahia.com")],
}

AGGREGATORS = ["NewsLoom", "HeadlineHive", "Feedmosaic", "Briefstack", "PulseDigest",
               "WireHarvest", "Newsbrella", "TopicTrail"]

SECTIONS = ["World", "Politics", "Business", "Tech", "Science", "Health", "Local News",
            "Environment", "Sport", "Culture", "Economy", "Opinion", "US News", "Markets"]
SECTIONS_INTL = {
    "de": ["Politik", "Wirtschaft", "Lokales", "Panorama", "Wissen", "Kultur"],
    "fr": ["Politique", "Économie", "Société", "Culture", "Région", "Sciences"],
    "es": ["Política", "Economía", "Sociedad", "Cultura", "Local", "Ciencia"],
}

TAGS = ["climate", "elections", "housing", "energy prices", "public health", "transport",
        "courts", "technology", "education", "trade", "wildlife", "space", "labour", "budget",
        "artificial intelligence", "water", "city council", "immigration"]
TAGS_INTL = {
    "de": ["Energie", "Verkehr", "Wohnen", "Klima", "Landtag", "Gesundheit"],
    "fr": ["Mobilité", "Agriculture", "Santé", "Logement", "Patrimoine", "Climat"],
    "es": ["Vivienda", "Sequía", "Empleo", "Transporte", "Patrimonio", "Salud"],
}

HEADLINES_EN = [
    "Council delays vote on riverside housing plan",
    "Why freight rates are falling again",
    "Heatwave pushes power demand to record",
    "Five takeaways from the budget hearing",
    "Star striker signs three-year extension",
    "Court blocks new rules on short-term lets",
    "Inside the race to build cheaper batteries",
    "Tenants' union wins rent freeze in two districts",
    "Museum returns looted bronzes after decades",
    "School meal prices set to rise this autumn",
    "Airline cancels 300 flights amid staff shortage",
    "The town that banned lawn sprinklers",
    "Regulators open probe into ticket pricing",
    "New bridge opens six months behind schedule",
    "How a small library became a refugee hub",
    "Drought forces ranchers to sell herds early",
    "Police arrest suspect in warehouse fire",
    "Startup raises $40 million for grid storage",
    "Teachers vote to accept revised pay offer",
    "Rare bird spotted for first time in 70 years",
    "What the rate decision means for mortgages",
    "Hospital waiting lists hit new high",
    "Rail strike called off after late-night talks",
    "Festival organisers cut ticket prices",
    "Mayor unveils plan for car-free weekends",
    "Chipmaker warns of slower sales next quarter",
    "Flood defences tested as river peaks",
    "Archaeologists uncover medieval market hall",
    "Lawmakers clash over data privacy bill",
    "Wildfire smoke prompts health warnings",
    "Pension fund drops coal investments",
    "The quiet comeback of the night train",
    "Watchdog fines bank over mis-sold loans",
    "Opposition leader calls for snap election",
    "Electric bus fleet doubles in two years",
    "Coach sacked after seven straight defeats",
    "Ferry services suspended as storm nears",
    "Scientists map coral recovery after bleaching",
    "Supermarket chain to close 40 stores",
    "Landmark theatre saved by community buyout",
]
