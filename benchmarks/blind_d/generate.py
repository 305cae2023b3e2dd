#!/usr/bin/env python3
"""Generate the blind_d development corpus (150 documents, all split "dev") → corpus.jsonl.

Deterministic: seeded random.Random, stdlib only.  Usage: python3 benchmarks/blind_d/generate.py [--seed N]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bodies as B  # noqa: E402
import kit  # noqa: E402
from kit import F, Fact, Line, P, Piece, body, bp  # noqa: E402
from wordings import EM, HEADERS, ITEM_DECOR, ITEM_OF, SYNDICATION, TAG_LINE, W  # noqa: E402

GT = Path("/work/shared/bench/article-extraction-benchmark/ground-truth.json")
DEFAULT_SEED = 73120

# --------------------------------------------------------------------------- identities


@dataclass
class Outlet:
    name: str
    host: str

    @property
    def label(self) -> str:
        return self.host.split(".")[0]


AGENCIES: dict[str, list[str]] = {  # canonical -> long forms (aliases)
    "AP": ["Associated Press", "The Associated Press"], "AFP": ["Agence France-Presse", "Agence France Presse"],
    "Reuters": ["Thomson Reuters"], "PTI": ["Press Trust of India"], "IANS": ["Indo-Asian News Service"],
    "ANI": ["Asian News International"], "dpa": ["Deutsche Presse-Agentur"], "EFE": ["Agencia EFE"],
    "Xinhua": ["Xinhua News Agency"], "Kyodo": ["Kyodo News"], "Yonhap": ["Yonhap News Agency"],
    "Bloomberg": ["Bloomberg News"], "UPI": ["United Press International"], "AAP": ["Australian Associated Press"],
    "Bernama": ["Malaysian National News Agency"], "WAM": ["Emirates News Agency"], "NAN": ["News Agency of Nigeria"],
    "ANSA": ["Agenzia Nazionale Stampa Associata"],
}
LONG_FORM = {"AP": "The Associated Press", "AFP": "Agence France-Presse", "Reuters": "Reuters",
             "PTI": "Press Trust of India", "IANS": "IANS", "ANI": "Asian News International", "dpa": "Deutsche Presse-Agentur",
             "EFE": "Agencia EFE", "Xinhua": "Xinhua News Agency", "Kyodo": "Kyodo News", "Yonhap": "Yonhap News Agency",
             "Bloomberg": "Bloomberg News", "UPI": "United Press International", "AAP": "Australian Associated Press",
             "Bernama": "Bernama", "WAM": "Emirates News Agency", "NAN": "News Agency of Nigeria", "ANSA": "ANSA"}


@dataclass
class Region:
    sites: list[Outlet]
    pubs: list[Outlet]
    zones: list[str]
    agencies: list[str]
    sections: list[str]
    date_keys: list[str]
    aggs: list[str] = field(default_factory=list)


def O(*pairs: str) -> list[Outlet]:
    return [Outlet(pairs[i], pairs[i + 1]) for i in range(0, len(pairs), 2)]


REGIONS: dict[str, Region] = {
    "india": Region(O("Indus Chronicle", "induschronicle.in", "Khabar Express", "khabarexpress.com", "Metro Samachar", "metrosamachar.co.in",
                      "Deccan Dispatch", "deccandispatch.com"),
                    O("The Ganga Times", "gangatimes.com", "Bharat Ledger", "bharatledger.in", "Sahyadri Post", "sahyadripost.com"),
                    ["IST", "IST", "GMT+05:30"], ["PTI", "IANS", "ANI"], ["India", "Cricket", "Business", "Bollywood", "Tech", "Politics"],
                    ["dmy_pipe_z", "mdy_t_z2", "dmy_t_z", "mdy_t_z"], ["Khabar Stream", "NewsNest24", "DesiFeed Live"]),
    "africa": Region(O("Lagos Ledger", "lagosledger.ng", "The Nairobi Observer", "nairobiobserver.co.ke", "Accra Pulse", "accrapulse.com.gh",
                       "Abuja Sentinel", "abujasentinel.com"),
                     O("Cape Morning Post", "capemorningpost.co.za", "The Kampala Mirror", "kampalamirror.ug", "Daily Harmattan", "dailyharmattan.ng"),
                     ["WAT", "EAT", "GMT", "UTC+1"], ["NAN", "AFP", "Reuters", "Xinhua"], ["News", "Nigeria", "Kenya", "Business", "Sports", "Politics"],
                     ["mdy", "dmy_t_z", "mdy_t_z", "ordinal"], ["AfroNewsPool", "NaijaFeeds Hub"]),
    "au": Region(O("The Coastal Ledger", "coastalledger.com.au", "Tasman Times", "tasmantimes.com.au", "The Outback Courier", "outbackcourier.com.au"),
                 O("Brisbane Bulletin", "brisbanebulletin.com.au", "Harbour City Herald", "harbourcityherald.com.au"),
                 ["AEDT/AEST"], ["AAP", "Reuters"], ["National", "NSW", "Queensland", "Sport", "Business"],
                 ["dmy_t_z", "mdy_t_z", "dmy"]),
    "gulf": Region(O("Gulf Daily Brief", "gulfdailybrief.ae", "The Emirates Observer", "emiratesobserver.com", "Doha Dispatch", "dohadispatch.qa"),
                   O("Muscat Chronicle", "muscatchronicle.om", "Arabian Business Tribune", "arabiantribune.com"),
                   ["GST", "GMT+4", "UTC+3"], ["WAM", "Reuters", "AFP"], ["UAE", "Gulf", "Business", "Aviation", "Real Estate"],
                   ["mdy_t_z", "dmy_t_z", "dmy"]),
    "sea": Region(O("Straits Bulletin", "straitsbulletin.sg", "Manila Morning Star", "manilamorningstar.ph", "KL Daily Post", "kldailypost.my",
                    "Jakarta Daily Signal", "jakartasignal.id"),
                  O("Mekong Herald", "mekongherald.com", "Borneo Tribune Online", "borneotribune.my"),
                  ["SGT", "MYT", "PHT", "WIB", "GMT+8"], ["Bernama", "Reuters", "AFP", "Kyodo"], ["Asia", "Singapore", "Malaysia", "Economy", "Tech"],
                  ["dmy_t_z", "mdy_t_z", "dmy"], ["AsiaFeed Now", "InfoFlux"]),
    "us": Region(O("The Valley Sentinel", "valleysentinel.com", "Lakeshore Tribune", "lakeshoretribune.com", "WKRD News 7", "wkrd7.com",
                   "Ridgefield Gazette", "ridgefieldgazette.com"),
                 O("Harborview Daily", "harborviewdaily.com", "The Prairie Courier", "prairiecourier.com"),
                 ["ET", "EDT/EST", "PT", "PDT/PST"], ["AP", "Reuters", "UPI"], ["Local News", "Crime", "Weather", "Politics", "Education"],
                 ["mdy_at_z", "dow_mdy_z", "mdy", "mdy_t_z", "num_us"], ["HeadlineHarbor", "TopFeed Live"]),
    "uk": Region(O("Midlands Courier", "midlandscourier.co.uk", "The Thames Gazette", "thamesgazette.co.uk"),
                 O("Northern Standard", "northernstandard.co.uk"), ["BST/GMT"], ["Reuters", "AFP", "AP"],
                 ["UK News", "Politics", "Money", "Football"], ["guardian", "dmy_t_z", "dmy"]),
    "tech": Region(O("GadgetPulse", "gadgetpulse.io", "ByteWire", "bytewire.net", "The Circuit Report", "circuitreport.com"),
                   O("Silicon Ledger", "siliconledger.com", "DevDigest", "devdigest.dev"), ["PT", "UTC", "ET"], ["Reuters", "Bloomberg", "AP"],
                   ["Tech", "Gadgets", "AI", "Apps", "Reviews"], ["mdy", "mdy_t_z", "iso_off", "rfc"], ["TechFeedr", "ByteAggregator"]),
    "finance": Region(O("MarketPulse Daily", "marketpulsedaily.com", "StreetLedger", "streetledger.com", "Equity Wire", "equitywire.in"),
                      O("Capital Morning", "capitalmorning.com", "The Bourse Review", "boursereview.com"), ["ET", "IST", "GMT", "HKT"],
                      ["Bloomberg", "Reuters", "PTI"], ["Markets", "Stocks", "Economy", "Crypto", "Personal Finance"],
                      ["mdy_t_z", "dmy_t_z", "rfc", "iso_off"], ["StockFeed Central"]),
    "celeb": Region(O("StarBuzz", "starbuzz.tv", "Glam Daily", "glamdaily.com", "PopCulture Feed", "popculturefeed.net"),
                    O("The Red Carpet Report", "redcarpetreport.com"), ["PT", "ET", "BST/GMT"], ["AP", "AFP", "IANS"],
                    ["Entertainment", "Celebrity", "TV", "Music", "Style"], ["mdy", "mdy_t_z", "dmy"], ["BuzzFeedr Hub"]),
    "sports": Region(O("GoalLine", "goalline.co.uk", "Cricket Corner", "cricketcorner.in", "The Touchline", "touchline.com.au"),
                     O("Pitchside Daily", "pitchside.com"), ["BST/GMT", "IST", "AEDT/AEST", "JST", "KST"], ["AFP", "Reuters", "PTI", "AAP", "Yonhap"],
                     ["Football", "Cricket", "Tennis", "Formula 1", "Rugby"], ["dmy_t_z", "mdy_t_z", "guardian"]),
    "de": Region(O("Elbe-Bote", "elbe-bote.de", "Spree-Express", "spree-express.de", "Bodensee Nachrichten", "bodensee-nachrichten.de"),
                 O("Rhein-Kurier", "rhein-kurier.de", "Alpenland Zeitung", "alpenland-zeitung.at"), ["MESZ/MEZ", "CEST/CET"], ["dpa", "AFP", "Reuters"],
                 ["Politik", "Wirtschaft", "Region", "Sport", "Panorama"], [], ["NachrichtenNetz24", "InfoFlux"]),
    "fr": Region(O("Le Réveil de Lyon", "reveil-lyon.fr", "L'Écho de la Loire", "echo-loire.fr", "Abidjan Matin", "abidjanmatin.ci",
                   "Dakar Actu Plus", "dakaractuplus.sn"),
                 O("Le Courrier du Rhône", "courrier-rhone.fr", "La Voix du Sahel", "voixdusahel.com"), ["CEST/CET"], ["AFP", "Reuters", "Xinhua"],
                 ["Société", "Monde", "Économie", "Afrique", "Sport"], [], ["InfoMonde Agrégateur", "ActuFlux"]),
    "es": Region(O("Crónica del Sur", "cronicadelsur.com.ar", "El Observador Andino", "observadorandino.pe", "Diario La Brújula", "labrujula.mx",
                   "El Faro de Monterrey", "farodemonterrey.mx"),
                 O("Noticias de Sevilla Hoy", "sevillahoy.es", "Prensa Austral", "prensaaustral.cl"), ["UTC-3", "GMT-5", "UTC-6", "CEST/CET"],
                 ["EFE", "AFP", "Reuters", "Xinhua"], ["Sociedad", "Economía", "Deportes", "Mundo", "Política"], [], ["NoticiasYa", "InfoFlux"]),
}

PHOTOGRAPHERS = ["Sanjay Kanojia", "Ludovic Marin", "Simon Maina", "Ahmed Jallanzo", "Dean Lewins", "Giuseppe Cacace",
                 "Mohd Rasfan", "Ezra Acayan", "Kay Nietfeld", "Juan Mabromata", "Pius Utomi Ekpei", "Jewel Samad"]
TAGS = {"en": ["Kenya", "Budget 2024", "Central Bank", "Elections", "Monsoon", "Cricket", "Inflation", "Climate change", "Lagos",
               "Transport", "Real estate", "Artificial intelligence", "Smartphones", "Premier League", "Dubai", "Singapore",
               "Public health", "Housing", "Oil prices", "Box office", "Streaming", "Education", "Floods", "Crime"],
        "de": ["Verkehr", "Wetter", "Wirtschaft", "Bundesliga", "Energie", "Gesundheit"],
        "fr": ["Transports", "Grève", "Afrique de l'Ouest", "Rugby", "Climat", "Santé"],
        "es": ["Vivienda", "Inflación", "Lluvias", "Fútbol", "Economía", "Clima"]}
HANDLES = ["newsdesk", "kwame_22", "lagoslive", "dailybrief", "sportsfan88", "techbyte", "priya_r", "desknews", "mumbai_wire"]
ORGS = ["Acme Robotics Inc.", "Sunfield Energy Ltd", "Kestrel Pharmaceuticals", "BlueRiver Capital", "Orion Logistics Group",
        "Helix Foods plc", "Nimbus Cloud Systems", "Tidewater Insurance"]

# --------------------------------------------------------------------------- context


@dataclass
class Ctx:
    rng: random.Random
    lang: str
    region: Region
    nofacts: bool = False
    site: Outlet | None = None
    pub: Outlet | None = None
    agg: str | None = None
    agency: str | None = None
    photo_agency: str | None = None
    authors: list[str] = field(default_factory=list)
    section: str = ""
    zone: str = "UTC"
    pub_dt: datetime | None = None
    upd_dt: datetime | None = None
    title: str = ""
    headlines: list[str] = field(default_factory=list)
    taken: set[str] = field(default_factory=set)
    url: str = ""
    syn_done: bool = False
    city: str = ""


FACT_TOKENS = {"PUB", "SITE", "AGG", "SEC", "AG", "AGL", "AU", "AU2", "PD", "UD", "URL", "PC", "SYN"}
TOK = re.compile(r"\{([A-Za-z0-9]+)(?::([a-z]+))?\}")


def tokens(t: str) -> set[str]:
    return {m.group(1) for m in TOK.finditer(t)}


def usable(ctx: Ctx, t: str) -> bool:
    tk = tokens(t)
    if ctx.nofacts and tk & FACT_TOKENS:
        return False
    if "PD" in tk and ("published" in ctx.taken or ctx.pub_dt is None):
        return False
    if "UD" in tk and ("updated" in ctx.taken or ctx.upd_dt is None):
        return False
    if tk & {"AG", "AGL"} and not ctx.agency:
        return False
    if "PUB" in tk and not ctx.pub:
        return False
    if "URL" in tk and not ctx.pub:
        return False
    if "AGG" in tk and not ctx.agg:
        return False
    if "SITE" in tk and not ctx.site:
        return False
    if "AU2" in tk and len(ctx.authors) < 2:
        return False
    if "AU" in tk and not ctx.authors:
        return False
    if "SYN" in tk and ctx.syn_done:
        return False
    if tk & {"SEC"} and "section" in ctx.taken:
        return True
    return True


def pool(ctx: Ctx, table: dict[str, list[str]]) -> list[str]:
    en = table.get("en", [])
    own = table.get(ctx.lang, []) if ctx.lang != "en" else []
    if own and (ctx.rng.random() < 0.85 or not en):
        return own
    return en or own


USES: dict[tuple[int, str], int] = {}  # wording -> times used so far (spreads the corpus over all wordings)


def choose(ctx: Ctx, table: dict[str, list[str]]) -> str | None:
    opts = [t for t in pool(ctx, table) if usable(ctx, t)]
    if not opts:
        opts = [t for t in table.get("en", []) if usable(ctx, t)]
    if not opts:
        return None
    low = min(USES.get((id(table), t), 0) for t in opts)
    pick = ctx.rng.choice([t for t in opts if USES.get((id(table), t), 0) <= low + (1 if ctx.rng.random() < 0.2 else 0)])
    USES[(id(table), pick)] = USES.get((id(table), pick), 0) + 1
    return pick


def rnd_hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def date_piece(ctx: Ctx, kind: str, dt: datetime) -> Piece:
    rng = ctx.rng
    if ctx.lang == "en":
        keys = ctx.region.date_keys or kit.DATE_FORMATS_EN
        key = rng.choice(keys + [rng.choice(kit.DATE_FORMATS_EN)])
    else:
        key = rng.choice(kit.DATE_FORMATS[ctx.lang])
    text, value, aliases = kit.fmt_date(dt, key, ctx.zone, rng)
    return F(kind, text, value, aliases)


def pub_piece(ctx: Ctx) -> Piece:
    p = ctx.pub
    assert p
    return F("publisher", p.name, p.name, [p.host, "www." + p.host, p.label])


def agency_piece(ctx: Ctx, long: bool = False, agency: str | None = None) -> Piece:
    a = agency or ctx.agency
    assert a
    text = LONG_FORM[a] if long else a
    return F("credits", text, a, AGENCIES[a] + ([a] if text != a else []))


def url_piece(ctx: Ctx) -> Piece:
    p = ctx.pub
    assert p
    url = ctx.url
    m = re.match(r"https?://", url)
    assert m
    host_text = url[m.end():].split("/", 1)[0]
    i = m.end()
    return Piece(url, [Fact("original_url", url, 0, len(url)),
                       Fact("publisher", p.host, i, i + len(host_text), ["www." + p.host, p.label, p.name])])


def photo_credit_piece(ctx: Ctx) -> Piece:
    rng = ctx.rng
    ph = rng.choice(PHOTOGRAPHERS)
    ag = ctx.photo_agency or ctx.agency
    forms: list[str] = ["Getty Images", f"{ph}/Getty Images", "Supplied", "File", "Shutterstock", "Handout",
                        f"{ph} for {ctx.site.name if ctx.site else 'the newspaper'}", "Social media"]
    if ag and not ctx.nofacts:
        forms += [f"{ph}/{ag}", f"{ag}/{ph}", ag, f"{ph}/{ag}/Pool", f"{ph}/{ag} via Getty Images", f"{ag} Photo/{ph}"]
        forms += [f"{ph}/{ag}"] * 3
    t = rng.choice(forms)
    facts = [Fact("photo_credit", t, 0, len(t))]
    if ag and re.search(r"(?<![A-Za-z])" + re.escape(ag) + r"(?![A-Za-z])", t):
        i = re.search(r"(?<![A-Za-z])" + re.escape(ag) + r"(?![A-Za-z])", t).start()  # type: ignore[union-attr]
        facts.append(Fact("credits", ag, i, i + len(ag), AGENCIES[ag]))
    return Piece(t, facts)


def render(ctx: Ctx, tmpl: str) -> list[Piece]:
    rng = ctx.rng
    out: list[Piece] = []
    pos = 0
    for m in TOK.finditer(tmpl):
        if m.start() > pos:
            out.append(P(tmpl[pos:m.start()]))
        name, arg = m.group(1), m.group(2)
        pc: Piece
        if name == "PUB":
            pc = pub_piece(ctx)
        elif name == "pub":
            pc = P(ctx.pub.name if ctx.pub else "our partners")
        elif name == "SITE":
            assert ctx.site
            pc = F("site_name", ctx.site.name)
        elif name == "site":
            pc = P(ctx.site.name if ctx.site else "our")
        elif name == "AGG":
            pc = F("aggregator", ctx.agg or "")
        elif name == "agg":
            pc = P(ctx.agg or "This site")
        elif name == "SEC":
            pc = F("section", ctx.section)
        elif name == "sec":
            pc = P(ctx.section)
        elif name in ("AG", "AGL"):
            pc = agency_piece(ctx, long=name == "AGL")
        elif name == "AU":
            pc = F("authors", ctx.authors[0])
        elif name == "AU2":
            pc = F("authors", ctx.authors[1])
        elif name == "au":
            pc = P(ctx.authors[0] if ctx.authors else rng.choice(B.NAMES[ctx.lang]))
        elif name == "PD":
            assert ctx.pub_dt
            pc = date_piece(ctx, "published", ctx.pub_dt)
        elif name == "UD":
            assert ctx.upd_dt
            pc = date_piece(ctx, "updated", ctx.upd_dt)
        elif name == "URL":
            pc = url_piece(ctx)
        elif name == "url":
            pc = P(ctx.url)
        elif name == "PC":
            pc = photo_credit_piece(ctx)
        elif name == "SYN":
            inner = render(ctx, choose(ctx, SYNDICATION) or SYNDICATION["en"][4])
            pc = merge(inner, "syndication")
            ctx.syn_done = True
        elif name == "hl":
            pc = P(rng.choice(ctx.headlines))
        elif name == "title":
            pc = P(ctx.title or rng.choice(ctx.headlines))
        elif name == "titleup":
            pc = P((ctx.title or rng.choice(ctx.headlines)).upper())
        elif name == "y":
            pc = P(str((ctx.pub_dt or datetime(2024, 1, 1)).year))
        elif name == "email":
            pc = P(EM)
        elif name == "handle":
            pc = P(rng.choice(HANDLES))
        elif name == "city":
            pc = P(rng.choice(B.CITIES[ctx.lang]).title())
        elif name in ("person", "person2", "person3"):
            pc = P(rng.choice(B.NAMES["en"]))
        elif name == "mdy":
            d = kit.rand_dt(rng)
            pc = P(f"{kit.MONTHS_EN[d.month - 1]} {d.day}, {d.year}")
        elif name == "org":
            pc = P(rng.choice(ORGS))
        elif name == "rnd":
            pc = P("".join(rng.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(10)))
        elif name == "uniqid":
            pc = P(rnd_hex(rng, 13) + "." + str(rng.randint(10_000_000, 99_999_999)))
        elif name == "md5":
            pc = P(rnd_hex(rng, 32))
        elif name == "sha1":
            pc = P(rnd_hex(rng, 40))
        elif name == "uuid":
            pc = P(str(uuid.UUID(int=rng.getrandbits(128), version=4)))
        elif name == "hex6":
            pc = P(rnd_hex(rng, 6))
        elif name == "b64":
            pc = P("".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(22)) + "==")
        elif re.fullmatch(r"n\d", name):
            k = int(name[1])
            pc = P(str(rng.randint(10 ** (k - 1), 10 ** k - 1)))
        else:
            raise KeyError(name)
        for f in pc.facts:
            ctx.taken.add(f.kind)
        out.append(pc)
        pos = m.end()
    if pos < len(tmpl):
        out.append(P(tmpl[pos:]))
    return out


def merge(pieces: list[Piece], kind: str) -> Piece:
    text = "".join(p.text for p in pieces)
    facts = [Fact(kind, text, 0, len(text))]
    off = 0
    for p in pieces:
        for f in p.facts:
            facts.append(Fact(f.kind, f.value, off + f.rel_start, off + f.rel_end, f.aliases))
        off += len(p.text)
    return Piece(text, facts)


def split_lines(pieces: list[Piece]) -> list[list[Piece]]:
    """Split rendered pieces at literal newlines (only plain pieces hold them)."""
    rows: list[list[Piece]] = [[]]
    for p in pieces:
        if "\n" in p.text and not p.facts:
            parts = p.text.split("\n")
            for i, part in enumerate(parts):
                if i:
                    rows.append([])
                if part:
                    rows[-1].append(P(part))
        else:
            rows[-1].append(p)
    return [r for r in rows if "".join(x.text for x in r).strip()]


def K(ctx: Ctx, kind: str) -> list[Line]:
    """Lines of one boilerplate kind, in a random wording."""
    t = choose(ctx, W[kind])
    if t is None:
        return []
    if kind == "syndication_notice":
        ctx.syn_done = False
    rows = split_lines(render(ctx, t))
    return [Line(r, "boilerplate", kind) for r in rows]


# --------------------------------------------------------------------------- lists


def decorate(ctx: Ctx, style: str, i: int, text: str) -> str:
    return style.replace("{n}", str(i + 1)).replace("{sec}", ctx.section or "News").replace("{}", text)


def LIST(ctx: Ctx, header: str, n: tuple[int, int] = (3, 7)) -> list[Line]:
    rng = ctx.rng
    h = choose(ctx, HEADERS[header])
    assert h is not None
    out = [Line(render(ctx, h), "boilerplate", header)]
    if rng.random() < 0.1:
        return out
    style = rng.choice(ITEM_DECOR)
    items = rng.sample(ctx.headlines, min(len(ctx.headlines), rng.randint(*n)))
    if rng.random() < 0.15:
        items.append(items[0])  # repeated item
    for i, it in enumerate(items):
        s = style if rng.random() < 0.9 else "{}"
        out.append(bp(ITEM_OF[header], decorate(ctx, s, i, it)))
    return out


def TAGLIST(ctx: Ctx) -> list[Line]:
    rng = ctx.rng
    h = choose(ctx, HEADERS["tag_list_header"])
    assert h is not None
    out = [Line(render(ctx, h), "boilerplate", "tag_list_header")]
    style = rng.choice(["- {}", "{}", "#{}", "• {}", "› {}"])
    for t in rng.sample(TAGS[ctx.lang], rng.randint(2, 5)):
        pre, post = style.split("{}")
        out.append(bp("tag_item", pre, F("tags", t), post))
    return out


def TAGLINE(ctx: Ctx) -> list[Line]:
    rng = ctx.rng
    tmpl = rng.choice(pool(ctx, TAG_LINE))
    m = re.search(r"\{T(.?)\}", tmpl)
    assert m
    sep = {"": ", ", "#": " #", "·": " · ", "/": " / ", "|": " | "}[m.group(1)]
    tags = rng.sample(TAGS[ctx.lang], rng.randint(2, 5))
    parts: list[str | Piece] = [tmpl[:m.start()]]
    for i, t in enumerate(tags):
        if i:
            parts.append(sep)
        parts.append(F("tags", t))
    parts.append(tmpl[m.end():])
    return [bp("tag_line", *parts)]


def HEADRUN(ctx: Ctx) -> list[Line]:
    hs = ctx.rng.sample(ctx.headlines, ctx.rng.randint(3, 6))
    return [bp("headline_run_item", h) for h in hs]


def PHOTO(ctx: Ctx) -> list[Line]:
    rng = ctx.rng
    out: list[Line] = []
    cap = rng.random() < 0.6
    credit_first = rng.random() < 0.25
    if cap:
        out += K(ctx, "photo_caption")
    if not ctx.nofacts and "photo_credit" not in ctx.taken:
        cl = K(ctx, "photo_credit")
        out = cl + out if credit_first else out + cl
    return out


# --------------------------------------------------------------------------- titles


SEPS = [" – ", " | ", " - ", " — ", " :: ", " · ", " » ", " -", " |", " – "]


def TITLE(ctx: Ctx, suffix_p: float = 0.4) -> list[Line]:
    rng = ctx.rng
    tt = ctx.title
    if ctx.site and rng.random() < suffix_p:
        sep = rng.choice(SEPS)
        ctx.taken |= {"title", "site_name"}
        return [Line([F("title", tt), P(sep), F("site_name", ctx.site.name)], "title", None,
                     {"title_text": tt, "site_suffix": ctx.site.name})]
    ctx.taken.add("title")
    return [Line([F("title", tt)], "title", None, {"title_text": tt, "site_suffix": None})]


def BCT(ctx: Ctx) -> list[Line]:
    """breadcrumb_title: crumb trail running into the title, optional site suffix."""
    rng = ctx.rng
    home = rng.choice(["Home", "Current:Home", "HOME", "Home Page", "Inicio" if ctx.lang == "es" else "Home"])
    sep = rng.choice([" > ", " » ", " / ", " › "])
    crumbs: list[str | Piece] = [home, sep]
    mid = rng.random() < 0.4
    if mid:
        crumbs += [rng.choice(["News", "Latest", "World"]), sep]
    crumbs.append(F("section", ctx.section))
    ctx.taken.add("section")
    crumb_text = "".join(c if isinstance(c, str) else c.text for c in crumbs)
    glue = rng.choice(["", sep, " "])
    parts = crumbs + [glue, ctx.title]
    extra: dict[str, Any] = {"title_text": ctx.title, "site_suffix": None, "breadcrumb": crumb_text}
    if ctx.site and rng.random() < 0.7:
        s = rng.choice([" -", " - ", " | ", "_"])
        parts += [s, F("site_name", ctx.site.name)]
        extra["site_suffix"] = ctx.site.name
        ctx.taken.add("site_name")
    return [Line(kit.pieces_of(*parts), "boilerplate", "breadcrumb_title", extra)]


# --------------------------------------------------------------------------- bodies

ENGLISH_HINTS = {"the", "and", "of", "to", "in", "is", "that", "for", "was", "with", "said", "on", "it", "as"}
JUNK = re.compile(r"https?://|www\.|^(read (more|also|next)|related|advert|sign up|subscri|follow us|share|click|image|photo|"
                  r"credit|getty|see (more|also|it)|watch|listen|copyright|©|\(reporting|editing by|contact|email|"
                  r"this (story|article) (was|has|originally)|also at|more:|story timeline|_{3,}|\[)", re.I)
TABLE_ROW = re.compile(r"-?\d+\.\d+%$|^Ticker Security|(?:\s-?\d[\d,.]*){3,}\s*$")
DATELINE_GT = re.compile(r"\((AP|AFP|Reuters|PTI|IANS|ANI|Bloomberg|UPI|dpa|EFE|Xinhua)\)")


@dataclass
class Page:
    pid: str
    url: str
    paras: list[str]


def load_pages() -> list[Page]:
    data = json.loads(GT.read_text(encoding="utf-8"))
    pages: list[Page] = []
    for pid in sorted(data):
        v = data[pid]
        raw = [" ".join(p.split()) for p in v["articleBody"].split("\n")]
        paras = [p for p in raw if p and len(p.split()) >= 3 and not JUNK.search(p) and not p.endswith("...")
                 and not TABLE_ROW.search(p)]
        words = " ".join(paras).lower().split()
        if len(words) < 60:
            continue
        ratio = sum(w in ENGLISH_HINTS for w in words) / len(words)
        if ratio < 0.12 or sum(ord(c) > 0x2FF and c.isalpha() for c in " ".join(paras)) > 5:
            continue
        # a GT dateline is only kept on the first paragraph
        paras = [p for i, p in enumerate(paras) if i == 0 or not DATELINE_GT.search(p[:80])]
        pages.append(Page(pid, v["url"], paras))
    return pages


def sentence_case(s: str) -> str:
    return s[:1].upper() + s[1:]


def make_title(rng: random.Random, page: Page) -> str:
    slug = kit.slug_title(page.url)
    words = slug.split()
    first = re.split(r"(?<=[.!?])\s", page.paras[0])[0]
    first = re.sub(r"^[A-Z][A-Za-z .,'-]{1,40}\((?:AP|AFP|Reuters|[A-Z]+)\)\s*[-—–]+\s*", "", first)
    if len(words) >= 4 and rng.random() < 0.9:
        t = " ".join(words[:14])
        style = rng.random()
        if style < 0.45:
            return sentence_case(t)
        if style < 0.9:
            return " ".join(w.capitalize() if len(w) > 3 or i == 0 else w for i, w in enumerate(t.split()))
        return t.upper()
    clause = re.split(r",\s|\s[—–-]\s|;\s", first.rstrip("."))[0]
    fw = clause.split()
    if 5 <= len(fw) <= 14:
        return " ".join(fw)
    return " ".join(fw[: rng.randint(8, 12)]).rstrip(",;:") + rng.choice(["", "…", "..."])


def least_used(ctx: Ctx, items: list[Any]) -> Any:
    key = lambda x: (id(items), repr(x))  # noqa: E731
    low = min(USES.get(key(x), 0) for x in items)
    pick = ctx.rng.choice([x for x in items if USES.get(key(x), 0) == low])
    USES[key(pick)] = USES.get(key(pick), 0) + 1
    return pick


def body_lines(ctx: Ctx, paras: list[str], dateline_p: float, mids: list[str], mid_n: tuple[int, int],
               pr: bool = False) -> list[Line]:
    rng = ctx.rng
    lang = ctx.lang
    lines: list[Line] = []
    first = paras[0]
    first_line: Line
    has_gt_dateline = bool(DATELINE_GT.search(first[:80]))
    if has_gt_dateline:
        m = DATELINE_GT.search(first[:80])
        assert m
        if ctx.nofacts:
            paras = paras[1:]
            first = paras[0]
            first_line = body(first)
        else:
            a = m.group(1)
            first_line = body(first[:m.start(1)], F("credits", a, a, AGENCIES[a]), first[m.end(1):])
    elif pr:
        city = rng.choice(B.CITIES["en"]).upper()
        d = ctx.pub_dt or kit.rand_dt(rng)
        wire = rng.choice(["/PRNewswire/", "/GLOBE NEWSWIRE/", "(BUSINESS WIRE)", "/EINPresswire.com/", "/PRNewswire-Asia/"])
        first_line = body(f"{city}, {kit.MONTHS_EN[d.month - 1]} {d.day} {wire} -- ", first)
    elif rng.random() < dateline_p:
        dls = B.DATELINES[lang]
        if ctx.nofacts or not ctx.agency:
            dls = [t for t in dls if "{AGD}" not in t]
        tmpl = rng.choice(dls)
        city = ctx.city.upper() if ctx.city and rng.random() < 0.5 else ctx.city or rng.choice(B.CITIES[lang])
        d = ctx.pub_dt or kit.rand_dt(rng)
        md = f"{kit.MONTHS_EN[d.month - 1][:3]} {d.day}" if rng.random() < 0.5 else f"{kit.MONTHS_EN[d.month - 1]} {d.day}"
        parts: list[str | Piece] = []
        pos = 0
        for m2 in re.finditer(r"\{(C|CU|MD|MDF|MDE|AGD)\}", tmpl):
            parts.append(tmpl[pos:m2.start()])
            tok = m2.group(1)
            if tok == "C":
                parts.append(city.title() if city.isupper() and rng.random() < 0.5 else city.upper() if rng.random() < 0.6 else city)
            elif tok == "CU":
                parts.append(city.upper())
            elif tok == "MD":
                parts.append(md)
            elif tok == "MDF":
                parts.append(f"{d.day} {kit.MONTHS_FR[d.month - 1]}")
            elif tok == "MDE":
                parts.append(f"{d.day} {kit.MONTHS_ES[d.month - 1][:3]}")
            elif tok == "AGD":
                parts.append(agency_piece(ctx))
            pos = m2.end()
        parts.append(tmpl[pos:])
        parts.append(first)
        first_line = body(*parts)
    else:
        first_line = body(first)
    lines.append(first_line)
    rest = [body(p) for p in paras[1:]]
    # traps
    extras: list[list[Line]] = []
    for _ in range(rng.choice([0, 1, 1, 2, 3])):
        extras.append([body(least_used(ctx, B.TRAPS[lang]))])
    if rng.random() < 0.35:
        extras.append([body(least_used(ctx, B.SUBHEADS[lang]))])
    if rng.random() < 0.35:
        extras.append([body(least_used(ctx, B.QUOTES[lang]))])
    if rng.random() < 0.3:
        extras.append([body(least_used(ctx, B.SHORTS[lang]))])
    if rng.random() < 0.2:
        intro, items = least_used(ctx, B.STORY_LISTS[lang])
        extras.append([body(intro)] + [body(i) for i in items])
    blocks: list[list[Line]] = [[ln] for ln in rest]
    for ex in extras:
        blocks.insert(rng.randint(0, len(blocks)), ex)
    # mid-body boilerplate (never before the first paragraph)
    if mids and blocks:
        for _ in range(rng.randint(*mid_n)):
            k = rng.choice(mids)
            ins = PHOTO(ctx) if k == "PHOTO" else K(ctx, k)
            if ins:
                blocks.insert(rng.randint(0, len(blocks)), ins)
    for b in blocks:
        lines += b
    if pr:
        org = rng.choice(ORGS)
        lines.append(body(rng.choice(["About ", "ABOUT ", "About "]) + org))
        lines.append(body(f"{org} is a {rng.choice(['global', 'regional', 'privately held', 'listed'])} company that serves customers "
                          f"in more than {rng.randint(12, 90)} countries. Its shares trade on the {rng.choice(['NYSE', 'LSE', 'NSE', 'SGX'])}. "
                          "Forward-looking statements in this release involve risks and uncertainties."))
    if rng.random() < 0.08:
        for ln in lines:
            if ln.label == "body" and rng.random() < 0.3:
                ln.trailing = rng.choice([" ", "\u00a0", "  "])
    return lines


# --------------------------------------------------------------------------- archetypes
# A recipe is a list of steps "name@p" (p = probability, default 1). Names: a kind of W, LIST:<header>,
# TITLE, BCT, BODY, PHOTO, TAGLIST, TAGLINE, HEADRUN, SYN (syndication notice).

RECIPES: dict[str, dict[str, Any]] = {
    "in_portal": dict(region="india", steps="skip_link@.3 masthead@.3 nav_menu@.5 breadcrumb@.4 TITLE byline@.6 date_line@.6 reading_time@.3 share_row@.4 PHOTO@.5 BODY wire_credit_line@.6 publisher_promo@.7 app_promo@.5 ui_word@.4 ui_word@.3 date_line@.5 click_here_promo@.6 read_original@.5 SYN@.35 TAGLINE@.3 social_promo@.4 aggregator_disclaimer@.6 email_placeholder@.3 LIST:trending_header@.3 footer_link@.3 copyright_notice@.4",
                      mids="also_read advertisement_label also_read ticker", mid_n=(1, 3), dateline=.6, suffix=.3, agg=.8, pub=.9),
    "africa_portal": dict(region="africa", steps="masthead@.3 nav_menu@.6 TITLE byline@.6 date_line@.6 share_row@.6 PHOTO@.6 BODY share_row@.5 read_more@.3 click_here_promo@.3 social_promo@.6 LIST:related_header@.6 TAGLINE@.2 TAGLIST@.2 comment_form@.5 copyright_notice@.5 footer_link@.4",
                          mids="also_read advertisement_label PHOTO", mid_n=(1, 3), dateline=.4, suffix=.5, pub=.3),
    "au_news": dict(region="au", steps="masthead@.4 nav_menu@.5 TITLE byline@.8 reading_time@.4 PHOTO@.6 BODY newsletter_promo@.6 republish_notice@.4 copyright_notice@.6 LIST:ranking_header@.4 footer_link@.4",
                    mids="advertisement_label video_label", mid_n=(1, 3), dateline=.5, suffix=.4),
    "gulf_portal": dict(region="gulf", steps="nav_menu@.6 breadcrumb@.5 TITLE date_line@.7 byline@.5 PHOTO@.6 BODY social_promo@.6 LIST:more_stories_header@.6 copyright_notice@.6 footer_link@.3",
                        mids="advertisement_label also_read", mid_n=(0, 2), dateline=.6, suffix=.4),
    "sea_portal": dict(region="sea", steps="skip_link@.3 nav_menu@.4 section_label@.4 TITLE byline@.6 date_line@.6 PHOTO@.5 BODY app_promo@.5 click_here_promo@.3 LIST:trending_header@.5 social_promo@.4 back_to_top@.4 copyright_notice@.4",
                       mids="advertisement_label also_read", mid_n=(0, 2), dateline=.6, suffix=.4, agg=.3, pub=.3),
    "sports": dict(region="sports", steps="nav_menu@.4 section_label@.6 TITLE byline@.6 date_line@.6 PHOTO@.7 BODY share_row@.4 LIST:ranking_header@.6 LIST:more_stories_header@.5 TAGLINE@.3",
                   mids="video_label advertisement_label also_read", mid_n=(1, 3), dateline=.5, suffix=.5),
    "finance": dict(region="finance", steps="ticker@.6 ticker@.4 section_label@.4 TITLE byline@.7 date_line@.6 BODY finance_disclaimer finance_disclaimer@.3 email_placeholder@.2 republish_notice@.4 copyright_notice@.5 LIST:recommendation_header@.4",
                    mids="advertisement_label also_read", mid_n=(0, 2), dateline=.6, suffix=.4),
    "celebrity": dict(region="celeb", steps="LIST:trending_header@.4 section_label@.3 TITLE byline@.6 date_line@.5 PHOTO BODY LIST:you_may_also_like@.6 reaction_counter@.5 comment_form@.5 share_row@.4",
                      mids="embed_chrome embed_chrome PHOTO advertisement_label", mid_n=(1, 4), dateline=.2, suffix=.5),
    "tech_blog": dict(region="tech", steps="skip_link@.5 nav_menu@.5 TITLE byline@.7 reading_time@.5 BODY originally_appeared@.7 TAGLINE@.4 TAGLIST@.3 author_bio@.5 LIST:related_header@.5 comment_form@.5 newsletter_promo@.5",
                      mids="shortcode advertisement_label embed_chrome", mid_n=(0, 2), dateline=.2, suffix=.6, pub=.5),
    "local_news": dict(region="us", steps="cookie_notice@.6 nav_menu@.5 TITLE byline@.7 date_line@.6 PHOTO@.5 BODY copyright_notice@.6 republish_notice@.6 LIST:more_stories_header@.5 footer_link@.5",
                       mids="advertisement_label video_label", mid_n=(1, 3), dateline=.6, suffix=.5),
    "uk_paper": dict(region="uk", steps="cookie_notice@.7 skip_link@.4 nav_menu@.4 section_label@.5 TITLE byline@.7 date_line@.7 PHOTO@.6 BODY LIST:ranking_header@.6 newsletter_promo@.4 copyright_notice@.5 footer_link@.5",
                     mids="advertisement_label also_read", mid_n=(0, 2), dateline=.3, suffix=.6),
    "amp_lite": dict(region="us", steps="ui_word@.8 TITLE date_line@.6 BODY share_row@.6 read_more@.5 back_to_top@.6 footer_link@.5 ui_word@.4",
                     mids="advertisement_label", mid_n=(0, 2), dateline=.5, suffix=.5),
    "wire_copy": dict(region="uk", steps="TITLE@.9 byline@.4 BODY wire_credit_line end_marker@.3 copyright_notice@.5 republish_notice@.4",
                      mids="", mid_n=(0, 0), dateline=.9, suffix=.3),
    "press_release": dict(region="us", steps="TITLE date_line@.5 BODY end_marker@.8 press_contact release_source@.85 original_url_line@.5 email_placeholder@.3",
                          mids="", mid_n=(0, 0), dateline=.0, suffix=.2, pub=1.0),
    "newsletter_repost": dict(region="tech", steps="email_chrome@.7 TITLE byline@.5 BODY newsletter_promo share_row@.5 email_chrome@.7 originally_appeared@.5",
                              mids="", mid_n=(0, 0), dateline=.1, suffix=.3, pub=.6),
    "forum_repost": dict(region="uk", steps="nav_menu@.4 TITLE forum_chrome forum_chrome@.5 BODY source_link@.5 original_url_line@.5 forum_chrome forum_chrome@.6 reaction_counter@.3",
                         mids="", mid_n=(0, 0), dateline=.4, suffix=.5, pub=.7),
    "social_repost": dict(region="africa", steps="TITLE@.7 embed_chrome@.5 BODY TAGLINE@.7 reaction_counter share_row@.7 comment_form@.6 source_link@.4",
                          mids="embed_chrome", mid_n=(0, 1), dateline=.2, suffix=.2, pub=.5),
    "autoblog": dict(region="us", steps="shortcode@.6 stray_id@.7 BCT@.2 TITLE BODY shortcode@.6 TAGLIST@.3 source_link@.7 originally_appeared@.2 read_original@.3 LIST:you_may_also_like@.6 comment_form@.7 prev_next_link@.5 prev_next_link@.5",
                     mids="shortcode", mid_n=(0, 1), dateline=.5, suffix=.6, pub=.6),
    "seo_spam": dict(region="finance", steps="BCT TITLE ui_word@.5 date_line@.8 BODY TAGLIST@.95 reaction_counter@.6 LIST:related_header@.7 LIST:ranking_header@.6 LIST:recommendation_header@.5 HEADRUN@.3",
                     mids="", mid_n=(0, 0), dateline=.4, suffix=.0, layout="none"),
    "syndicated_feed": dict(region="india", steps="TITLE date_line@.5 PHOTO@.3 BODY SYN read_more@.6 publisher_promo@.3 originally_appeared@.3 also_read@.3 prev_next_link@.5 prev_next_link@.5",
                            mids="", mid_n=(0, 0), dateline=.7, suffix=.3, pub=1.0),
    "theme_blog": dict(region="africa", steps="theme_license_banner section_label@.7 TITLE PHOTO@.7 BODY original_url_line@.7 back_to_top@.7",
                       mids="", mid_n=(0, 0), dateline=.5, suffix=.3, pub=1.0),
    "feed_aggregator": dict(region="", steps="BCT@.3 section_label@.4 TITLE date_line@.6 PHOTO@.4 BODY wire_credit_line@.5 publisher_promo@.6 read_original@.7 originally_appeared@.4 source_link@.4 SYN@.3 aggregator_disclaimer@.9 email_placeholder@.3 LIST:more_stories_header@.4 HEADRUN@.3",
                            mids="also_read advertisement_label", mid_n=(0, 2), dateline=.6, suffix=.3, agg=.9, pub=.9),
    "minimal": dict(region="us", steps="TITLE BODY", mids="", mid_n=(0, 0), dateline=.3, suffix=.3),
    "clean": dict(region="us", steps="TITLE BODY", mids="", mid_n=(0, 0), dateline=.3, suffix=.0),
    "nofacts": dict(region="us", steps="", mids="advertisement_label also_read shortcode", mid_n=(0, 2), dateline=.0, suffix=.0),
    "portal": dict(region="", steps="skip_link@.4 cookie_notice@.4 nav_menu@.5 breadcrumb@.5 section_label@.3 TITLE byline@.7 date_line@.7 reading_time@.3 share_row@.4 PHOTO@.6 BODY wire_credit_line@.5 SYN@.2 TAGLINE@.3 LIST:related_header@.5 newsletter_promo@.3 social_promo@.4 comment_form@.3 copyright_notice@.5 footer_link@.4",
                   mids="advertisement_label also_read video_label", mid_n=(1, 3), dateline=.6, suffix=.5),
}

MINIMAL_KINDS = ["source_link", "read_more", "stray_id", "shortcode", "back_to_top", "share_row", "ui_word", "read_original",
                 "advertisement_label", "comment_form", "social_promo", "paywall_prompt", "skip_link"]
NOFACT_HEAD = ["skip_link", "cookie_notice", "nav_menu", "masthead", "ui_word", "theme_license_banner", "shortcode", "stray_id",
               "reading_time", "share_row", "paywall_prompt"]
NOFACT_TAIL = ["source_link", "read_more", "read_original", "comment_form", "share_row", "social_promo", "newsletter_promo",
               "app_promo", "click_here_promo", "back_to_top", "footer_link", "republish_notice", "LIST:related_header",
               "LIST:you_may_also_like", "LIST:trending_header", "LIST:more_stories_header", "LIST:ranking_header",
               "LIST:recommendation_header", "HEADRUN", "reaction_counter", "aggregator_disclaimer", "email_placeholder",
               "prev_next_link", "end_marker", "email_chrome", "forum_chrome", "finance_disclaimer", "paywall_prompt",
               "author_bio", "wire_credit_line", "shortcode"]


def run_step(ctx: Ctx, name: str, body_fn: Callable[[], list[Line]], suffix: float) -> list[Line]:
    if name == "TITLE":
        return TITLE(ctx, suffix) if ctx.title else []
    if name == "BCT":
        return BCT(ctx)
    if name == "BODY":
        return body_fn()
    if name == "PHOTO":
        return PHOTO(ctx)
    if name == "TAGLIST":
        return TAGLIST(ctx) if not ctx.nofacts else []
    if name == "TAGLINE":
        return TAGLINE(ctx) if not ctx.nofacts else []
    if name == "HEADRUN":
        return HEADRUN(ctx)
    if name == "SYN":
        return K(ctx, "syndication_notice")
    if name.startswith("LIST:"):
        return LIST(ctx, name[5:])
    return K(ctx, name)


def build_doc(idx: int, arch: str, lang: str, rng: random.Random, pages: list[Page], used: set[str],
              untitled: bool) -> dict[str, Any]:
    rec = RECIPES[arch]
    region = REGIONS[lang if lang != "en" else (rec["region"] or "us")]
    if arch in ("nofacts", "clean", "minimal") and lang == "en":
        region = REGIONS[rng.choice(["india", "africa", "au", "gulf", "sea", "us", "uk", "tech", "celeb", "sports"])]
    if arch == "feed_aggregator" and lang == "en":
        region = REGIONS[rng.choice(["india", "africa", "sea", "us", "tech", "finance", "celeb"])]
    nofacts = arch == "nofacts" or (arch == "clean" and untitled)
    ctx = Ctx(rng=rng, lang=lang, region=region, nofacts=nofacts)
    ctx.site = rng.choice(region.sites)
    ctx.pub = rng.choice(region.pubs) if rng.random() < rec.get("pub", 0.35) else None
    ctx.agg = rng.choice(region.aggs) if region.aggs and rng.random() < rec.get("agg", 0.3) else None
    ctx.agency = rng.choice(region.agencies) if rng.random() < 0.8 or arch == "wire_copy" else None
    ctx.photo_agency = rng.choice(region.agencies) if rng.random() < 0.3 else None
    ctx.authors = rng.sample(B.NAMES[lang], 2)
    ctx.section = rng.choice(region.sections)
    ctx.zone = rng.choice(region.zones)
    ctx.pub_dt = kit.rand_dt(rng)
    ctx.upd_dt = ctx.pub_dt + timedelta(hours=rng.randint(1, 40), minutes=rng.randint(0, 59))
    ctx.headlines = list(B.HEADLINES[lang])
    # body source
    if lang == "en":
        cands = [p for p in pages if p.pid not in used]
        if nofacts:
            cands = [p for p in cands if not DATELINE_GT.search(p.paras[0][:80])] or cands
        page = rng.choice(cands)
        used.add(page.pid)
        source = page.pid
        start = 0 if rng.random() < 0.85 else rng.randint(1, max(1, len(page.paras) // 3))
        start = min(start, len(page.paras) - 3)
        n = rng.randint(3, 18)
        paras: list[str] = []
        total = 0
        for p in page.paras[start:]:
            if len(paras) >= n or total + len(p) > 5500:
                break
            paras.append(p)
            total += len(p)
        if not paras:
            paras = page.paras[:2]
        ctx.title = make_title(rng, page)
        others = [make_title(random.Random(hash_int(p.pid)), p) for p in rng.sample(pages, 12)]
        ctx.headlines += [o for o in others if o != ctx.title]
    else:
        bodies = B.INTL[lang]
        k = rng.randrange(len(bodies))
        bd = bodies[k]
        source = f"{lang}-{k}"
        all_p = list(bd["paras"])  # type: ignore[arg-type]
        n = rng.randint(3, len(all_p))
        paras = all_p[:n] if rng.random() < 0.6 else sorted(rng.sample(all_p[1:], n - 1), key=all_p.index)
        paras = [all_p[0]] + [p for p in paras if p != all_p[0]]
        ctx.title = str(bd["title"])
        ctx.city = str(bd["city"])
        ctx.section = str(bd["section"]) if rng.random() < 0.5 else ctx.section
    if untitled or nofacts:
        ctx.title = ""
    ctx.url = make_url(ctx) if ctx.pub else ""
    ctx.headlines = [h for h in ctx.headlines if h and h != ctx.title]

    mids = rec["mids"].split()
    body_fn = lambda: body_lines(ctx, paras, rec["dateline"], mids, rec["mid_n"], arch == "press_release")  # noqa: E731
    lines: list[Line] = []
    if arch == "nofacts":
        head = rng.sample(NOFACT_HEAD, rng.randint(1, 3))
        tail = rng.sample(NOFACT_TAIL, rng.randint(2, 6))
        steps = head + ["BODY"] + tail
        for s in steps:
            lines += run_step(ctx, s, body_fn, 0)
    elif arch == "minimal":
        steps = ["TITLE", "BODY"]
        extra = rng.sample(MINIMAL_KINDS, rng.randint(1, 3))
        for e in extra:
            steps.insert(rng.choice([0, len(steps)]), e)
        for s in steps:
            lines += run_step(ctx, s, body_fn, rec["suffix"])
    else:
        steps = rec["steps"].split()
        tail_start = next(i for i, s in enumerate(steps) if s.startswith("BODY")) + 1
        tail = steps[tail_start:]
        if rng.random() < 0.3 and len(tail) > 2:  # vary the order of the tail a little
            i = rng.randrange(len(tail) - 1)
            tail[i], tail[i + 1] = tail[i + 1], tail[i]
        steps = steps[:tail_start] + tail
        for s in steps:
            name, _, p = s.partition("@")
            if p and rng.random() >= float(p):
                continue
            lines += run_step(ctx, name, body_fn, rec["suffix"])
        # some foreign-language and portal pages repeat the headline once more (title_repeat)
        if ctx.title and arch in ("portal", "in_portal", "africa_portal", "theme_blog", "forum_repost", "autoblog", "feed_aggregator", "seo_spam") and rng.random() < 0.3:
            ti = next(i for i, ln in enumerate(lines) if ln.label == "title")
            lines[ti + 1:ti + 1] = K(ctx, "title_repeat")
    layout = rec.get("layout") or rng.choices(["double", "none", "mixed", "paras"], [45, 20, 20, 15])[0]
    if arch == "seo_spam" and rng.random() < 0.2:
        layout = "mixed"
    eol = "\r\n" if rng.random() < 0.03 else "\n"
    text, recs, facts, expected = kit.assemble(lines, rng, layout, eol, final_newline=rng.random() < 0.5)
    return {"id": f"dd{idx:03d}", "split": "dev", "archetype": arch, "lang": lang, "source": source, "text": text,
            "lines": recs, "expected_body": expected, "facts": facts}


def hash_int(s: str) -> int:
    return int(hashlib.sha256(s.encode()).hexdigest()[:12], 16)


def make_url(ctx: Ctx) -> str:
    assert ctx.pub
    rng = ctx.rng
    base = ctx.title or rng.choice(ctx.headlines)
    slug = re.sub(r"[^a-z0-9]+", "-", base.lower().replace("’", "").replace("'", "")).strip("-")[:80].rstrip("-")
    d = ctx.pub_dt or datetime(2024, 1, 1)
    host = ("www." if rng.random() < 0.7 else "") + ctx.pub.host
    sec = re.sub(r"[^a-z0-9]+", "-", ctx.section.lower()).strip("-") or "news"
    form = rng.choice([f"/{sec}/{d.year}/{d.month:02d}/{d.day:02d}/{slug}/", f"/news/{slug}-{rng.randint(100000, 999999)}",
                       f"/{sec}/{slug}.html", f"/article/{rng.randint(1000000, 9999999)}/{slug}", f"/{slug}/"])
    return rng.choice(["https://", "https://", "http://"]) + host + form


# --------------------------------------------------------------------------- plan

PLAN_EN: dict[str, int] = {"in_portal": 7, "africa_portal": 6, "au_news": 4, "gulf_portal": 4, "sea_portal": 4, "sports": 4,
                           "finance": 4, "celebrity": 4, "tech_blog": 4, "local_news": 4, "uk_paper": 2, "amp_lite": 3,
                           "wire_copy": 4, "press_release": 4, "newsletter_repost": 2, "forum_repost": 3, "social_repost": 2,
                           "autoblog": 4, "seo_spam": 5, "syndicated_feed": 4, "theme_blog": 3, "feed_aggregator": 6,
                           "minimal": 4, "clean": 6, "nofacts": 14}
PLAN_INTL: dict[str, int] = {"portal": 4, "autoblog": 1, "syndicated_feed": 1, "wire_copy": 2, "theme_blog": 1, "clean": 1,
                             "nofacts": 3}


def plan(rng: random.Random) -> list[tuple[str, str, bool]]:
    out: list[tuple[str, str, bool]] = []
    for a, n in PLAN_EN.items():
        for i in range(n):
            out.append((a, "en", a == "clean" and i % 2 == 0))
    for lang in ("de", "fr", "es"):
        for a, n in PLAN_INTL.items():
            for i in range(n):
                out.append((a, lang, a == "clean" and lang != "fr"))
    rng.shuffle(out)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", default=str(HERE / "corpus.jsonl"))
    a = ap.parse_args()
    rng = random.Random(a.seed)
    pages = load_pages()
    used: set[str] = set()
    docs = []
    for i, (arch, lang, untitled) in enumerate(plan(rng)):
        docs.append(build_doc(i, arch, lang, rng, pages, used, untitled))
    with open(a.out, "w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"wrote {len(docs)} documents to {a.out} ({len(pages)} usable benchmark pages)")


if __name__ == "__main__":
    main()
