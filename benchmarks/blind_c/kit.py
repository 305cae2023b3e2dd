"""Labelled-line document builder, dates with zones, and name pools for the blind_c corpus."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

LIST_FACTS = ("credits", "tags", "authors")

# ------------------------------------------------------------------------------ builder


@dataclass
class Fact:
    key: str
    value: str
    evidence: str
    aliases: list[str] | None = None
    after: str = ""  # look for the evidence after this substring of the line


@dataclass
class Line:
    text: str
    label: str  # title / body / boilerplate / blank
    kind: str | None = None
    facts: list[Fact] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


class Doc:
    """Collects lines; ``render`` lays them out and computes offsets and facts."""

    def __init__(self, rng: random.Random, lang: str, nofacts: bool = False) -> None:
        self.rng = rng
        self.lang = lang
        self.nofacts = nofacts
        self.lines: list[Line] = []
        self.used: set[str] = set()
        self.list_values: dict[str, set[str]] = {k: set() for k in LIST_FACTS}

    # -- fact bookkeeping: components ask before they emit a fact-bearing variant
    def can(self, key: str) -> bool:
        if self.nofacts:
            return False
        if key in LIST_FACTS:
            return True
        return key not in self.used

    def claim(self, facts: list[Fact]) -> None:
        for f in facts:
            if f.key in LIST_FACTS:
                self.list_values[f.key].add(f.value)
                self.used.add(f.key)
                continue
            if f.key in self.used:
                raise ValueError(f"fact {f.key} given twice")
            self.used.add(f.key)

    def add(
        self,
        text: str,
        label: str = "boilerplate",
        kind: str | None = None,
        facts: list[Fact] | None = None,
        **extra: Any,
    ) -> Line:
        facts = facts or []
        if self.nofacts and facts:
            raise ValueError(f"fact in a fact-free document: {text!r}")
        self.claim(facts)
        if label != "boilerplate":
            kind = None
        elif kind is None:
            raise ValueError(f"boilerplate without kind: {text!r}")
        assert "\n" not in text and "\r" not in text, text
        ln = Line(text, label, kind, facts, dict(extra))
        self.lines.append(ln)
        return ln

    def bp(self, kind: str, text: str, facts: list[Fact] | None = None, **extra: Any) -> Line:
        return self.add(text, "boilerplate", kind, facts, **extra)

    def body(self, text: str, facts: list[Fact] | None = None) -> Line:
        return self.add(text, "body", None, facts)

    # -- layout
    def render(self, layout: str, eol: str = "\n", final_eol: bool = False) -> dict[str, Any]:
        rng = self.rng
        out: list[tuple[str, Line | None]] = []  # (text, line) ; blank lines have line None
        for i, ln in enumerate(self.lines):
            if i > 0:
                if layout == "double":
                    out.append(("", None))
                elif layout == "mixed":
                    r = rng.random()
                    if r < 0.45:
                        out.append((rng.choice(["", "", "", " ", "\t", "\u00a0"]), None))
                    elif r < 0.55:
                        out.append(("", None))
                        out.append((rng.choice(["", " "]), None))
                elif layout == "blank_blocks":
                    # blank lines only between blocks of different labels
                    prev = self.lines[i - 1]
                    if prev.label != ln.label or prev.kind != ln.kind:
                        out.append(("", None))
            out.append((ln.text, ln))
        text_parts: list[str] = []
        recs: list[dict[str, Any]] = []
        facts: dict[str, Any] = {}
        pos = 0
        for n, (t, ln) in enumerate(out):
            start = pos
            end = start + len(t)
            text_parts.append(t)
            pos = end
            if n < len(out) - 1 or final_eol:
                text_parts.append(eol)
                pos += len(eol)
            rec: dict[str, Any] = {"n": n, "start": start, "end": end, "text": t}
            if ln is None:
                rec["label"] = "blank"
                rec["kind"] = None
            else:
                rec["label"] = ln.label
                rec["kind"] = ln.kind
                rec.update(ln.extra)
                for f in ln.facts:
                    base = 0
                    if f.after:
                        base = t.index(f.after) + len(f.after)
                    i = t.index(f.evidence, base)
                    fd: dict[str, Any] = {
                        "value": f.value,
                        "line": n,
                        "evidence": f.evidence,
                        "start": start + i,
                        "end": start + i + len(f.evidence),
                    }
                    if f.aliases:
                        fd["aliases"] = list(dict.fromkeys(a for a in f.aliases if a != f.value))
                        if not fd["aliases"]:
                            del fd["aliases"]
                    if f.key in LIST_FACTS:
                        lst = facts.setdefault(f.key, [])
                        if all(x["value"] != f.value for x in lst):
                            lst.append(fd)
                    else:
                        facts[f.key] = fd
            recs.append(rec)
        text = "".join(text_parts)
        body = "\n\n".join(r["text"] for r in recs if r["label"] == "body")
        return {"text": text, "lines": recs, "expected_body": body, "facts": facts}


# ------------------------------------------------------------------------------ dates and zones

FIXED = {
    "IST": "+05:30",
    "GMT": "+00:00",
    "UTC": "+00:00",
    "BST": "+01:00",
    "CET": "+01:00",
    "CEST": "+02:00",
    "MEZ": "+01:00",
    "MESZ": "+02:00",
    "JST": "+09:00",
    "KST": "+09:00",
    "HKT": "+08:00",
    "SGT": "+08:00",
    "EAT": "+03:00",
    "AEST": "+10:00",
    "AEDT": "+11:00",
    "EDT": "-04:00",
    "EST": "-05:00",
    "PDT": "-07:00",
    "PST": "-08:00",
    "WAT": "+01:00",
    "PKT": "+05:00",
}


def _nth_sunday(y: int, m: int, n: int) -> date:
    d = date(y, m, 1)
    d += timedelta(days=(6 - d.weekday()) % 7)
    return d + timedelta(weeks=n - 1)


def _last_sunday(y: int, m: int) -> date:
    d = date(y, m + 1, 1) - timedelta(days=1) if m < 12 else date(y, 12, 31)
    return d - timedelta(days=(d.weekday() - 6) % 7)


def us_dst(d: datetime) -> bool:
    return _nth_sunday(d.year, 3, 2) < d.date() < _nth_sunday(d.year, 11, 1)


def eu_dst(d: datetime) -> bool:
    return _last_sunday(d.year, 3) < d.date() < _last_sunday(d.year, 10)


def au_dst(d: datetime) -> bool:  # southern summer
    return not (_nth_sunday(d.year, 4, 1) < d.date() < _nth_sunday(d.year, 10, 1))


def zone_for(rng: random.Random, d: datetime, family: str) -> str:
    """A zone abbreviation that is right for the date (EDT in summer, EST in winter...)."""
    if family == "us_e":
        return rng.choice(["ET", "EDT" if us_dst(d) else "EST"])
    if family == "us_p":
        return rng.choice(["PT", "PDT" if us_dst(d) else "PST"])
    if family == "uk":
        return "BST" if eu_dst(d) else "GMT"
    if family == "eu":
        return "CEST" if eu_dst(d) else "CET"
    if family == "de":
        return "MESZ" if eu_dst(d) else "MEZ"
    if family == "au":
        return "AEDT" if au_dst(d) else "AEST"
    return family


def offset_of(zone: str, d: datetime) -> str:
    if zone == "ET":
        return "-04:00" if us_dst(d) else "-05:00"
    if zone == "PT":
        return "-07:00" if us_dst(d) else "-08:00"
    if zone.startswith("GMT+") or zone.startswith("UTC+"):
        return "+" + zone[4:]
    return FIXED[zone]


def iso(d: datetime, zone: str | None, with_time: bool = True) -> tuple[str, list[str]]:
    """Gold value and aliases."""
    if not with_time:
        v = d.strftime("%Y-%m-%d")
        return v, [v + "T00:00:00"]
    v = d.strftime("%Y-%m-%dT%H:%M:%S")
    if zone:
        v += offset_of(zone, d)
    return v, []


def rand_dt(rng: random.Random, lo: int = 2019, hi: int = 2024) -> datetime:
    start = datetime(lo, 1, 1)
    span = (datetime(hi, 12, 31) - start).days
    d = start + timedelta(days=rng.randrange(span))
    while d.weekday() == 6 and d.month in (3, 4, 10, 11):  # keep clear of DST switch days
        d += timedelta(days=1)
    return d.replace(hour=rng.randrange(0, 24), minute=rng.randrange(0, 60))


MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
             "September", "Oktober", "November", "Dezember"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DAYS_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]


def _h12(d: datetime) -> tuple[int, str]:
    h = d.hour % 12 or 12
    return h, ("AM" if d.hour < 12 else "PM")


def _ord(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return str(n) + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def fmt_date(rng: random.Random, d: datetime, lang: str) -> tuple[str, str, list[str]]:
    """(display text, ISO value, aliases) for a random format of ``d`` in ``lang``."""
    m = d.month - 1
    if lang == "de":
        fam = rng.choice(["de", "de", None, None])
        z = zone_for(rng, d, fam) if fam else None
        opts = [
            (f"{d:%d.%m.%Y}, {d:%H:%M} Uhr", None, True),
            (f"{d.day}. {MONTHS_DE[m]} {d.year}, {d:%H:%M} Uhr", z, True),
            (f"{DAYS_DE[d.weekday()]}, {d:%d.%m.%Y} um {d:%H:%M}", None, True),
            (f"{d.day}. {MONTHS_DE[m]} {d.year}", None, False),
            (f"{d:%d.%m.%Y} | {d:%H:%M}", None, True),
        ]
    elif lang == "fr":
        z = rng.choice([zone_for(rng, d, "eu"), None, None])
        opts = [
            (f"{d.day} {MONTHS_FR[m]} {d.year} à {d.hour}h{d:%M}", None, True),
            (f"{d:%d/%m/%Y} à {d:%H:%M}", z, True),
            (f"{DAYS_FR[d.weekday()]} {d.day} {MONTHS_FR[m]} {d.year}", None, False),
            (f"{d.day} {MONTHS_FR[m]} {d.year}, {d:%H:%M}", z, True),
        ]
    elif lang == "es":
        z = rng.choice([zone_for(rng, d, "eu"), None, None])
        opts = [
            (f"{d.day} de {MONTHS_ES[m]} de {d.year}, {d:%H:%M} h", None, True),
            (f"{d:%d/%m/%Y} {d:%H:%M}", z, True),
            (f"{DAYS_ES[d.weekday()]}, {d.day} de {MONTHS_ES[m]} de {d.year} - {d:%H:%M}", z, True),
            (f"{d.day} {MONTHS_ES[m][:3]}. {d.year}", None, False),
        ]
    else:
        fam = rng.choice(["us_e", "us_p", "uk", "IST", "IST", "eu", "au", "SGT", "HKT", "JST",
                          "KST", "EAT", "UTC", "GMT", "GMT+05:30", "PKT", "WAT", None, None, None])
        z = zone_for(rng, d, fam) if fam else None
        h, ap = _h12(d)
        mon = MONTHS_EN[m]
        opts = [
            (f"{mon} {d.day}, {d.year} {h}:{d:%M} {ap}", z, True),
            (f"{d.day} {mon[:3]} {d.year}, {d:%H:%M}", z, True),
            (f"{DAYS_EN[d.weekday()][:3]} {d.day} {mon[:3]} {d.year} {d:%H.%M}", z, True),
            (f"{mon[:3]}. {d.day}, {d.year} at {h}:{d:%M} {ap.lower()[0]}.m.", z, True),
            (f"{DAYS_EN[d.weekday()]}, {d.day} {mon} {d.year}, {h}:{d:%M}{ap.lower()}", z, True),
            (f"{d:%Y/%m/%d} {d:%H:%M}", z, True),
            (f"{mon} {_ord(d.day)}, {d.year} at {d:%H:%M}", z, True),
            (f"{mon} {d.day}, {d.year}", None, False),
            (f"{d.day} {mon} {d.year}", None, False),
            (f"{d:%Y-%m-%d}", None, False),
        ]
        if d.day > 12:
            opts.append((f"{d:%d/%m/%Y} {d:%H:%M}", z, True))
            opts.append((f"{d.month}/{d.day}/{d.year} {h}:{d:%M} {ap}", z, True))
    txt, zone, with_time = rng.choice(opts)
    if zone and with_time:
        if zone.startswith("GMT+"):
            txt += f" ({zone})"
        else:
            txt += rng.choice([" ", " "]) + zone
    if not with_time:
        zone = None
    v, al = iso(d, zone, with_time)
    return txt, v, al


def iso_literal(d: datetime, zone: str | None) -> tuple[str, str, list[str]]:
    """A date shown in ISO form, with the offset written out."""
    v, al = iso(d, zone)
    return v, v, al


# ------------------------------------------------------------------------------ pools

SITES_EN = [
    "The Lakeshore Ledger", "Cascade Daily Wire", "NorthPeak Times", "Harbourline News",
    "Prairie Dispatch", "Metro Pulse 24", "Riverbend Gazette", "Sunbelt Chronicle",
    "Kanawha Valley Now", "Deccan Morning Star", "Lagos Evening Mirror", "Bayside Report PH",
    "Tasman Coast Times", "Ozark Morning Call", "WKTR Channel 6", "Pinewood Herald",
    "Granite State Wire", "Cape Fear Journal", "Midlands Echo Online", "Nairobi Civic Post",
    "Great Lakes Brief", "Karachi Evening Ledger", "Copperline Review", "Saltmarsh Sentinel",
]
AGGREGATORS = [
    "NewsDrip", "FeedFountain", "Headline Harvest", "DailyDigestr", "WorldWireHub",
    "Trendnews24x7", "InfoStream Central", "BuzzRoundup", "NewsNest Live", "QuickPaper.io",
    "Global Feed Desk", "ZapHeadlines",
]
PUBLISHERS_EN = [
    "The Glenmore Observer", "Capital Region Courier", "Bayview Tribune", "Pacific Rim Post",
    "Eastern Star Herald", "The Hollis County Examiner", "Westbrook Daily", "The Coastal Mercury",
    "Red Valley Record", "Summit Business Journal",
]
SITES = {
    "de": ["Elbtal Anzeiger", "Havelland Rundschau", "Mainufer Nachrichten", "Rheinblick Online",
           "Allgäuer Tagespost Digital"],
    "fr": ["Le Courrier du Rhône", "Actu Garonne", "Le Phare Breton", "Midi Infos 24",
           "L'Écho des Combes"],
    "es": ["Diario del Ebro", "El Faro de Levante", "Noticias Cantábrico", "La Voz de Tormes",
           "Crónica Mesetaria"],
}
PUBLISHERS = {
    "de": ["Weser Morgenblatt", "Thüringer Landbote", "Fränkische Abendzeitung"],
    "fr": ["La Gazette du Léman", "Ouest Matin", "Le Journal des Causses"],
    "es": ["El Heraldo del Sur", "Diario Atlántico", "La Gaceta Manchega"],
}
THEMES = ["Brisa", "Colmena", "Inkwell Pro", "Zeitgeist Magazine", "Newsroomly", "Pressmark",
          "Tabloidia", "Folio X"]

AUTHORS = {
    "en": ["Maya Chen", "Daniel Okafor", "Priya Raghunathan", "Tom Whitfield", "Sofia Marquez",
           "Kwame Mensah", "Hannah Lindqvist", "Rahul Deshpande", "Eleanor Pike",
           "Jorge Villanueva", "Aisha Bello", "Liam O'Connell", "Mei-Ling Tan", "Grace Achieng",
           "Marcus Delaney", "Nadia Haddad", "Oliver Brandt", "Chloe Fairbanks"],
    "de": ["Katrin Möller", "Jan-Philipp Rau", "Dilara Yıldız", "Matthias Oberländer",
           "Franziska Ehlers"],
    "fr": ["Camille Lefèvre", "Yanis Benali", "Pauline Marchetti", "Jean-Baptiste Roux",
           "Inès Garnier"],
    "es": ["Lucía Navarro", "Álvaro Ibarra", "Marta Quintero", "Diego Salcedo", "Nerea Goikoetxea"],
}
PHOTOGRAPHERS = ["Sam Ortega", "Lena Hoff", "Ravi Kumar", "Julie Tran", "Peter Mwangi",
                 "Ana Ferreira", "Chris Noble", "Yuki Sato", "Mohammed Aziz"]

# canonical agency -> (long forms usable in text, short forms usable in text)
AGENCIES: dict[str, tuple[list[str], list[str]]] = {
    "AP": (["Associated Press", "The Associated Press"], ["AP"]),
    "AFP": (["Agence France-Presse", "Agence France Presse"], ["AFP"]),
    "Reuters": (["Thomson Reuters"], ["Reuters"]),
    "PTI": (["Press Trust of India"], ["PTI"]),
    "ANI": (["Asian News International"], ["ANI"]),
    "IANS": (["Indo-Asian News Service"], ["IANS"]),
    "dpa": (["Deutsche Presse-Agentur"], ["dpa"]),
    "EFE": (["Agencia EFE"], ["EFE"]),
    "Xinhua": (["Xinhua News Agency"], ["Xinhua"]),
    "Kyodo": (["Kyodo News"], ["Kyodo"]),
    "Yonhap": (["Yonhap News Agency"], ["Yonhap"]),
    "Bloomberg": (["Bloomberg News"], ["Bloomberg"]),
    "UPI": (["United Press International"], ["UPI"]),
}


def agency_aliases(canon: str) -> list[str]:
    longs, shorts = AGENCIES[canon]
    return [x for x in longs + shorts if x != canon]


def host_of(name: str, tld: str) -> str:
    base = re.sub(r"^(the|le|la|el|l')\s*", "", name.lower())
    base = re.sub(r"[^a-z0-9]", "", base.replace("é", "e").replace("ü", "ue").replace("ä", "ae")
                  .replace("ö", "oe").replace("ó", "o").replace("í", "i").replace("á", "a"))
    return base + tld


# ------------------------------------------------------------------------------ headlines

_SUBJ = ["City council", "Regional transit agency", "Family-run bakery", "Teachers' union",
         "State regulators", "Wildfire crews", "Coastal town", "Fintech start-up", "Hospital board",
         "Dairy farmers", "Ferry operator", "University researchers", "County sheriff",
         "Water utility", "Youth football club", "Central bank", "Budget airline", "Port workers",
         "Tenants' group", "Museum curators", "Chip maker", "Vaccine panel", "Rail union",
         "Rookie quarterback", "Pop star", "Streaming giant", "Climate activists", "Mayor"]
_VERB = ["approves", "delays", "rejects", "unveils", "warns over", "braces for", "pushes back on",
         "wins fight over", "loses bid for", "demands answers on", "slashes", "doubles down on",
         "quietly shelves", "celebrates", "sues over", "votes to scrap", "eyes"]
_PLURAL = {"Wildfire crews", "Dairy farmers", "University researchers", "Port workers",
           "Museum curators", "Climate activists", "State regulators"}


def _plural_verb(v: str) -> str:
    head, _, rest = v.partition(" ")
    if head.endswith("ly") and rest:
        return head + " " + _plural_verb(rest)
    if head.endswith(("shes", "ches", "xes", "sses")):
        head = head[:-2]
    elif head.endswith("ies"):
        head = head[:-3] + "y"
    elif head.endswith("s"):
        head = head[:-1]
    return head + (" " + rest if rest else "")
_OBJ = ["new bus lanes", "budget shortfall", "rent freeze", "flood barrier plan", "record harvest",
        "night-time flights", "school meal prices", "data breach", "stadium deal", "heatwave",
        "four-day week", "toll increase", "merger talks", "drought rules", "pension shake-up",
        "festival permit", "bridge closure", "power outages", "tariff hike", "AI hiring tool"]
_CODA = ["", "", "", " after heated vote", ": what we know", " amid protests", " as costs soar",
         " for 2025", " — and why it matters", "?", " despite backlash", ", officials say"]
_FIXED_EN = [
    "10 things to know before you book a summer flight",
    "Watch: Bear wanders into supermarket, leaves with doughnuts",
    "Why mortgage rates could fall faster than expected",
    "Opinion: Our cities need fewer cars, not wider roads",
    "Stocks close mixed as investors await jobs data",
    "Five takeaways from last night's debate",
    "Lottery winner claims $4.2m prize two days before deadline",
    "How a tiny island became a surfing superpower",
    "Police name man killed in motorway crash",
    "Review: the new electric hatchback is almost perfect",
    "Recipe: a one-pan chicken dinner for busy weeknights",
    "Transfer rumours: striker edges closer to move",
    "Horoscope for the week ahead",
    "In pictures: lantern festival lights up the old town",
    "What the new visa rules mean for students",
    "Snow forecast: which roads could close tonight",
    "'I'm not done yet': veteran sprinter eyes one more Olympics",
    "Explained: the fight over the river's water rights",
    "Gold hits record high as dollar weakens",
    "Teen builds app to help grandparents find buses",
]


def headline(rng: random.Random, lang: str = "en") -> str:
    from foreign import HEADLINES  # local import keeps kit importable on its own

    if lang != "en":
        return rng.choice(HEADLINES[lang])
    if rng.random() < 0.4:
        return rng.choice(_FIXED_EN)
    subj, verb = rng.choice(_SUBJ), rng.choice(_VERB)
    if subj in _PLURAL:
        verb = _plural_verb(verb)
    h = f"{subj} {verb} {rng.choice(_OBJ)}{rng.choice(_CODA)}"
    if rng.random() < 0.25:
        h = " ".join(w if w.isupper() else w[:1].upper() + w[1:] for w in h.split(" "))
    return h


def headlines(rng: random.Random, n: int, lang: str = "en") -> list[str]:
    seen: list[str] = []
    tries = 0
    while len(seen) < n and tries < n * 20:
        tries += 1
        h = headline(rng, lang)
        if h not in seen:
            seen.append(h)
    return seen
