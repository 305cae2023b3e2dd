"""Building blocks of the held-out generator: labelled lines with fact evidence, name pools, dates.

Written independently of newsclean's rule tables: nothing here is read from ``newsclean/``.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo


@dataclass
class Fx:
    """A fact carried by a piece of text: ``evidence`` is a substring of the piece."""

    key: str
    value: str
    evidence: str
    aliases: list[str] = field(default_factory=list)


@dataclass
class Piece:
    """A run of text that carries facts (the evidence is found inside ``text``)."""

    text: str
    facts: list[Fx] = field(default_factory=list)


@dataclass
class PlacedFact:
    key: str
    value: str
    start: int  # offset inside the line
    end: int
    aliases: list[str] = field(default_factory=list)


@dataclass
class Ln:
    """One physical line of a generated document, with its gold label."""

    text: str
    label: str  # title | body | boilerplate
    kind: str | None = None
    facts: list[PlacedFact] = field(default_factory=list)
    extra: dict[str, str | None] = field(default_factory=dict)


def render(
    template: str, label: str = "boilerplate", kind: str | None = None, **pieces: str | Piece
) -> Ln:
    """Fill ``{name}`` fields of ``template``; facts of Piece fields are placed at their offsets."""
    out: list[str] = []
    facts: list[PlacedFact] = []
    pos = 0
    for literal, name, _spec, _conv in string.Formatter().parse(template):
        out.append(literal)
        pos += len(literal)
        if name is None:
            continue
        p = pieces[name]
        if isinstance(p, str):
            p = Piece(p)
        for fx in p.facts:
            i = p.text.find(fx.evidence)
            if i < 0:
                raise ValueError(f"evidence {fx.evidence!r} not in {p.text!r}")
            facts.append(
                PlacedFact(fx.key, fx.value, pos + i, pos + i + len(fx.evidence), list(fx.aliases))
            )
        out.append(p.text)
        pos += len(p.text)
    return Ln("".join(out), label, kind, facts)


def bp(kind: str, template: str, **pieces: str | Piece) -> Ln:
    return render(template, "boilerplate", kind, **pieces)


# --------------------------------------------------------------------------------------- names

FIRST = [
    "Aarav",
    "Priya",
    "Daniel",
    "Maria",
    "Kenji",
    "Amara",
    "Lucas",
    "Sofia",
    "Omar",
    "Hannah",
    "Mateo",
    "Leila",
    "Jonas",
    "Chloe",
    "Ravi",
    "Elena",
    "Tomasz",
    "Nadia",
    "Samuel",
    "Grace",
    "Arjun",
    "Ingrid",
    "Diego",
    "Fatima",
    "Oliver",
    "Mei",
    "Kwame",
    "Zoe",
    "Pedro",
    "Ananya",
    "Felix",
    "Yara",
    "Marcus",
    "Anika",
    "Hugo",
    "Camille",
    "Rahul",
    "Bianca",
    "Tariq",
    "Lena",
    "Victor",
    "Ayesha",
    "Noah",
    "Clara",
    "Ibrahim",
    "Julia",
]
LAST = [
    "Sharma",
    "Okafor",
    "Lindqvist",
    "Moreau",
    "Tanaka",
    "Brennan",
    "Castillo",
    "Novak",
    "Haddad",
    "Fischer",
    "Kowalski",
    "Mensah",
    "Ruiz",
    "Iyer",
    "Bergström",
    "Dubois",
    "Nakamura",
    "O'Connell",
    "Petrov",
    "Alvarez",
    "Chen",
    "Gallagher",
    "Rossi",
    "Abebe",
    "Weber",
    "Fernandes",
    "Kapoor",
    "Larsen",
    "Mendez",
    "Osei",
    "Varga",
    "Whitaker",
    "Yilmaz",
    "Zhou",
    "Banerjee",
    "Schmidt",
    "Laurent",
    "Ortega",
]


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


_A = [
    "Daily",
    "Global",
    "Metro",
    "Prime",
    "Urban",
    "Swift",
    "Blue",
    "North",
    "Pulse",
    "Echo",
    "Nova",
    "Apex",
    "Fresh",
    "Bright",
    "Silver",
    "Crimson",
    "Harbor",
    "Summit",
    "Pacific",
    "Atlas",
    "Orbit",
    "Vivid",
    "Clear",
    "Rapid",
    "Civic",
    "Open",
    "True",
    "Next",
    "Frontier",
    "Lakeside",
    "Granite",
    "Maple",
    "Coastal",
    "Midland",
    "Beacon",
    "Copper",
    "Quartz",
    "Horizon",
]
_B = [
    "Newswire",
    "Herald",
    "Digest",
    "Times",
    "Post",
    "Insider",
    "Buzz",
    "Hub",
    "Feed",
    "Ledger",
    "Chronicle",
    "Gazette",
    "Report",
    "Today",
    "Journal",
    "Dispatch",
    "Bulletin",
    "Wire",
    "Beat",
    "Express",
    "Observer",
    "Tribune",
    "Monitor",
    "Review",
    "Sentinel",
    "Courier",
    "Telegraph",
    "Record",
]


def site_name(rng: random.Random) -> str:
    a, b = rng.choice(_A), rng.choice(_B)
    style = rng.randrange(9)
    if style == 0:
        return f"{a}{b}"
    if style == 1:
        return f"The {a} {b}"
    if style == 2:
        return f"{a} {b} News"
    if style == 3:
        return f"{a}{b}.com"
    if style == 4:
        return f"{a.lower()}{b.lower()}.net"
    if style == 5:
        return f"{a} {b} 24"
    return f"{a} {b}"


_AG1 = [
    "News",
    "Feed",
    "Head",
    "Info",
    "Story",
    "Wire",
    "Media",
    "Press",
    "Buzz",
    "Trend",
    "Scoop",
    "Brief",
    "Word",
    "Daily",
]
_AG2 = [
    "ora",
    "ly",
    "Hub",
    "Pulse",
    "Stack",
    "Grid",
    "Flow",
    "Nest",
    "Bay",
    "Verse",
    "Zilla",
    "Sphere",
    "Spot",
    "Link",
    "Mix",
    "Point",
]


def aggregator_name(rng: random.Random) -> str:
    n = rng.choice(_AG1) + rng.choice(_AG2)
    r = rng.random()
    if r < 0.15:
        return n + rng.choice([".com", ".net", ".info", ".co"])
    if r < 0.25:
        return n + " " + rng.choice(["Media", "News", "Network"])
    return n


# real outlets not used by the seeds, with the host of their article URLs
PUBLISHERS_EN = {
    "The Hindu": "www.thehindu.com",
    "Hindustan Times": "www.hindustantimes.com",
    "Business Standard": "www.business-standard.com",
    "The Economic Times": "economictimes.indiatimes.com",
    "Deccan Herald": "www.deccanherald.com",
    "The Straits Times": "www.straitstimes.com",
    "South China Morning Post": "www.scmp.com",
    "The Guardian": "www.theguardian.com",
    "The Independent": "www.independent.co.uk",
    "Sky News": "news.sky.com",
    "CBS News": "www.cbsnews.com",
    "ABC News": "abcnews.go.com",
    "NBC News": "www.nbcnews.com",
    "USA Today": "www.usatoday.com",
    "Al Jazeera": "www.aljazeera.com",
    "France 24": "www.france24.com",
    "The Conversation": "theconversation.com",
    "Euronews": "www.euronews.com",
    "CTV News": "www.ctvnews.ca",
    "Global News": "globalnews.ca",
    "The Japan Times": "www.japantimes.co.jp",
    "The Korea Herald": "www.koreaherald.com",
    "Gulf News": "gulfnews.com",
    "Khaleej Times": "www.khaleejtimes.com",
    "Arab News": "www.arabnews.com",
    "The Irish Times": "www.irishtimes.com",
    "Firstpost": "www.firstpost.com",
    "Moneycontrol": "www.moneycontrol.com",
    "News18": "www.news18.com",
    "India Today": "www.indiatoday.in",
    "The Sydney Morning Herald": "www.smh.com.au",
    "Toronto Star": "www.thestar.com",
    "The Denver Post": "www.denverpost.com",
    "Chicago Tribune": "www.chicagotribune.com",
    "WION": "www.wionews.com",
    "Dawn": "www.dawn.com",
    "The Star": "www.thestar.com.my",
}
PUBLISHERS_INTL = {
    "de": {
        "Der Tagesspiegel": "www.tagesspiegel.de",
        "Frankfurter Rundschau": "www.fr.de",
        "Stuttgarter Zeitung": "www.stuttgarter-zeitung.de",
        "Kölner Stadt-Anzeiger": "www.ksta.de",
    },
    "fr": {
        "Le Figaro": "www.lefigaro.fr",
        "Ouest-France": "www.ouest-france.fr",
        "Libération": "www.liberation.fr",
        "La Dépêche": "www.ladepeche.fr",
    },
    "es": {
        "El Mundo": "www.elmundo.es",
        "La Vanguardia": "www.lavanguardia.com",
        "Clarín": "www.clarin.com",
        "El Universal": "www.eluniversal.com.mx",
    },
}


def invented_publisher(rng: random.Random) -> tuple[str, str]:
    a, b = rng.choice(_A), rng.choice(_B)
    name = f"The {a} {b}" if rng.random() < 0.5 else f"{a} {b}"
    return name, f"www.{a.lower()}{b.lower()}.com"


def host_aliases(name: str, host: str) -> list[str]:
    bare = host[4:] if host.startswith("www.") else host
    label = bare.split(".")[0]
    out = [bare, host, label, name]
    return list(dict.fromkeys(out))


# canonical credit -> forms a text may use
AGENCIES: dict[str, list[str]] = {
    "AP": ["AP", "Associated Press", "The Associated Press"],
    "AFP": ["AFP", "Agence France-Presse", "Agence France Presse"],
    "Reuters": ["Reuters", "Thomson Reuters"],
    "PTI": ["PTI", "Press Trust of India"],
    "ANI": ["ANI", "Asian News International"],
    "IANS": ["IANS", "Indo-Asian News Service"],
    "dpa": ["dpa", "Deutsche Presse-Agentur"],
    "EFE": ["EFE", "Agencia EFE"],
    "ANSA": ["ANSA"],
    "Xinhua": ["Xinhua", "Xinhua News Agency"],
    "Kyodo": ["Kyodo", "Kyodo News"],
    "Yonhap": ["Yonhap", "Yonhap News Agency"],
    "Bloomberg": ["Bloomberg"],
    "UPI": ["UPI", "United Press International"],
}
CREDIT_ALIASES = {
    "AP": ["Associated Press", "The Associated Press"],
    "AFP": ["Agence France-Presse", "Agence France Presse"],
    "Reuters": ["Thomson Reuters"],
    "PTI": ["Press Trust of India"],
    "ANI": ["Asian News International"],
    "IANS": ["Indo-Asian News Service"],
    "dpa": ["Deutsche Presse-Agentur"],
    "EFE": ["Agencia EFE"],
    "Xinhua": ["Xinhua News Agency"],
    "Kyodo": ["Kyodo News"],
    "Yonhap": ["Yonhap News Agency"],
    "UPI": ["United Press International"],
}


def credit_fx(canon: str, form: str) -> Fx:
    return Fx("credits", canon, form, list(CREDIT_ALIASES.get(canon, [])))


CITIES = """WASHINGTON|NEW YORK|LONDON|PARIS|BERLIN|TOKYO|SEOUL|NEW DELHI|MUMBAI|BEIJING|NAIROBI|
SYDNEY|BRUSSELS|GENEVA|MEXICO CITY|CAIRO|JOHANNESBURG|MADRID|ROME|OTTAWA|LOS ANGELES|CHICAGO|
SINGAPORE|JAKARTA|MANILA|KYIV|WARSAW|ISTANBUL|DUBAI|LAGOS""".replace("\n", "").split("|")


# --------------------------------------------------------------------------------------- dates

MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
MONTHS_DE = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]
MONTHS_FR = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
MONTHS_ES = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# (zone key, how the zone is written) ; "abbr" = the zone's own abbreviation for that date
ZONES_EN: list[tuple[str, str]] = [
    ("Asia/Kolkata", "IST"),
    ("America/New_York", "abbr"),
    ("America/New_York", "ET"),
    ("America/Los_Angeles", "abbr"),
    ("America/Los_Angeles", "PT"),
    ("Europe/London", "abbr"),
    ("UTC", "GMT"),
    ("UTC", "UTC"),
    ("Europe/Paris", "abbr"),
    ("Asia/Tokyo", "JST"),
    ("Asia/Seoul", "KST"),
    ("Asia/Hong_Kong", "HKT"),
    ("Australia/Sydney", "abbr"),
    ("Asia/Kolkata", "+05:30"),
    ("Asia/Singapore", "SGT"),
    ("Africa/Nairobi", "EAT"),
]


def random_datetime(rng: random.Random) -> datetime:
    base = datetime(2019, 1, 1)
    return (
        base + timedelta(days=rng.randrange(0, 6 * 365), minutes=rng.randrange(0, 1440))
    ).replace(second=rng.choice([0, 0, 0, rng.randrange(60)]))


def zone_text(dt: datetime, key: str, how: str) -> tuple[str, str]:
    """(text for the zone, ISO offset) for naive local ``dt`` in zone ``key``."""
    aware = dt.replace(tzinfo=ZoneInfo(key))
    off = aware.utcoffset()
    assert off is not None
    secs = int(off.total_seconds())
    sign = "+" if secs >= 0 else "-"
    iso = f"{sign}{abs(secs) // 3600:02d}:{abs(secs) % 3600 // 60:02d}"
    if how == "abbr":
        name = aware.tzname() or "UTC"
        return name, iso
    if how == "+05:30":
        return f"GMT{iso}", iso
    return how, iso


def h12(dt: datetime) -> tuple[int, str]:
    h = dt.hour % 12 or 12
    return h, "AM" if dt.hour < 12 else "PM"


def iso_value(dt: datetime, off: str | None, date_only: bool = False) -> tuple[str, list[str]]:
    if date_only:
        d = dt.strftime("%Y-%m-%d")
        return d, [d + "T00:00:00"]
    v = dt.strftime("%Y-%m-%dT%H:%M:%S") + (off or "")
    return v, []


def date_en(
    rng: random.Random, dt: datetime, zoned: bool | None = None
) -> tuple[str, str, list[str]]:
    """A date string in one of many English formats: (text, ISO value, aliases)."""
    if zoned is None:
        zoned = rng.random() < 0.6
    ztxt, off = "", None
    if zoned:
        key, how = rng.choice(ZONES_EN)
        ztxt, off = zone_text(dt, key, how)
    h, ap = h12(dt)
    mon, mname, day = dt.month, MONTHS_EN[dt.month - 1], dt.day
    y = dt.year
    mm = f"{dt.minute:02d}"
    ampm = rng.choice([ap, ap.lower(), ap.lower()[0] + "." + ap.lower()[1] + "."])
    z = f" {ztxt}" if ztxt else ""
    ss = f"{dt.second:02d}"
    H = f"{dt.hour:02d}"
    wd = DAYS_EN[dt.weekday()]
    fmts_time: list[tuple[str, bool]] = [
        (f"{day:02d} {mname[:3]} {y}, {h:02d}:{mm} {ap}{z}", False),
        (f"{mname} {day}, {y} {h}:{mm} {ampm}{z}", False),
        (f"{mname} {day}, {y}, {h}:{mm} {ampm}{z}", False),
        (f"{mname[:3]} {day}, {y} | {h}:{mm} {ap}{z}", False),
        (f"{day} {mname} {y} {H}:{mm}{z}", False),
        (f"{day} {mname} {y} {H}.{mm}{z}", False),
        (f"{h}:{mm} {ap}{z}, {mname[:3]} {day}, {y}", False),
        (f"{wd[:3]}, {day:02d} {mname[:3]} {y} {H}:{mm}:{ss}{z}", True),
        (f"{y}-{mon:02d}-{day:02d} {H}:{mm}{z}", False),
        (f"{y}/{mon:02d}/{day:02d} {H}:{mm}{z}", False),
        (f"{mname[:3]}. {day}, {y} / {h:02d}:{mm} {ap}{z}", False),
        (f"{wd}, {mname} {day}, {y} • {h}:{mm} {ap}{z}", False),
    ]
    if not zoned:
        fmts_time += [
            (f"{y}-{mon:02d}-{day:02d} {H}:{mm}:{ss}", True),
            (f"{mname} {day}, {y} at {h}:{mm} {ampm}", False),
        ]
        if day > 12:
            fmts_time.append((f"{day:02d}/{mon:02d}/{y} {H}:{mm}", False))
    if zoned and rng.random() < 0.12:
        text = dt.strftime("%Y-%m-%dT%H:%M:%S") + (off or "")
        return text, text, []
    if not zoned and rng.random() < 0.35:
        dfmts = [
            f"{mname} {day}, {y}",
            f"{mname[:3]} {day}, {y}",
            f"{day} {mname} {y}",
            f"{wd}, {mname} {day}, {y}",
            f"{y}-{mon:02d}-{day:02d}",
            f"{day}{_ord(day)} {mname} {y}",
            f"{mname.upper()} {day}, {y}",
        ]
        v, al = iso_value(dt, None, True)
        return rng.choice(dfmts), v, al
    text, with_secs = rng.choice(fmts_time)
    v, al = iso_value(dt if with_secs else dt.replace(second=0), off)
    return text, v, al


def _ord(d: int) -> str:
    if 10 <= d % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def date_intl(rng: random.Random, dt: datetime, lang: str) -> tuple[str, str, list[str]]:
    zoned = rng.random() < 0.35
    off: str | None = None
    z = ""
    if zoned:
        key = (
            "Europe/Berlin" if lang == "de" else "Europe/Paris" if lang == "fr" else "Europe/Madrid"
        )
        abbr, off = zone_text(dt, key, "abbr")
        if lang == "de":
            abbr = {"CET": "MEZ", "CEST": "MESZ"}.get(abbr, abbr)
        z = " " + abbr
    d, y, mi = dt.day, dt.year, dt.month
    t = f"{dt.hour:02d}:{dt.minute:02d}"
    if lang == "de":
        opts = [
            f"{d:02d}.{mi:02d}.{y}, {t} Uhr{z}",
            f"{d}. {MONTHS_DE[mi - 1]} {y} um {t} Uhr{z}",
            f"{d:02d}.{mi:02d}.{y} {t}{z}",
            f"{d}. {MONTHS_DE[mi - 1]} {y}, {t} Uhr{z}",
        ]
    elif lang == "fr":
        hm = f"{dt.hour:02d}h{dt.minute:02d}"
        opts = [
            f"{d} {MONTHS_FR[mi - 1]} {y} à {hm}{z}",
            f"{d:02d}/{mi:02d}/{y} à {t}{z}",
            f"{d} {MONTHS_FR[mi - 1]} {y} {t}{z}",
        ]
    else:
        opts = [
            f"{d} de {MONTHS_ES[mi - 1]} de {y}, {t}{z}",
            f"{d:02d}/{mi:02d}/{y} {t}{z}",
            f"{d} de {MONTHS_ES[mi - 1]} de {y} - {t} h{z}",
        ]
    if not zoned and rng.random() < 0.3:
        if lang == "de":
            opts = [f"{d:02d}.{mi:02d}.{y}", f"{d}. {MONTHS_DE[mi - 1]} {y}"]
        elif lang == "fr":
            opts = [f"{d} {MONTHS_FR[mi - 1]} {y}", f"{d:02d}/{mi:02d}/{y}"]
        else:
            opts = [f"{d} de {MONTHS_ES[mi - 1]} de {y}", f"{d:02d}/{mi:02d}/{y}"]
        v, al = iso_value(dt, None, True)
        return rng.choice(opts), v, al
    v, al = iso_value(dt.replace(second=0), off)
    return rng.choice(opts), v, al


def case_variant(rng: random.Random, s: str, p_upper: float = 0.1, p_lower: float = 0.1) -> str:
    r = rng.random()
    if r < p_upper:
        return s.upper()
    if r < p_upper + p_lower:
        return s.lower()
    return s
