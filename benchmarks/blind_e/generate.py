#!/usr/bin/env python3
"""Generate blind corpus E (150 documents, all split "dev") -> corpus.jsonl.

Deterministic: seeded ``random.Random`` (default seed 20250214); the same seed gives a
byte-identical file. Standard library only.

    python3 benchmarks/blind_e/generate.py [--seed N] [--out PATH]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bodies as B  # noqa: E402
import wordings as W  # noqa: E402
from headlines import POOLS  # noqa: E402
from kit import Doc, agency_fact, rand_datetime  # noqa: E402
from own_bodies import STORIES  # noqa: E402

# ------------------------------------------------------------------ pools (all invented)

SITES: dict[str, list[tuple[str, str]]] = {
    "PK": [("Indus Chronicle", "induschronicle.pk"), ("Margalla Times Online", "margallatimes.com.pk"),
           ("Sindh Today 24", "sindhtoday24.com"), ("Zarb News", "zarbnews.tv")],
    "BD": [("Padma Post", "padmapost.com.bd"), ("Dhaka Dispatch", "dhakadispatch.net"), ("Jamuna Live", "jamunalive.tv")],
    "LK": [("Lanka Ledger", "lankaledger.lk"), ("Serendib Mirror", "serendibmirror.com")],
    "NP": [("Himal Dispatch", "himaldispatch.com.np"), ("Sagarmatha Post", "sagarmathapost.com")],
    "KE": [("Rift Valley Times", "riftvalleytimes.co.ke"), ("Nairobi Wire", "nairobiwire.co.ke"), ("Lake Basin Star", "lakebasinstar.com")],
    "CARIB": [("Island Beacon", "islandbeacon.tt"), ("Carib Pulse", "caribpulse.com")],
    "JM": [("Blue Mountain Gazette", "bluemountaingazette.com.jm"), ("Yard Vibes TV", "yardvibes.tv")],
    "CA_ATL": [("Harbour City News 9", "harbourcity9.ca"), ("Bay of Fundy Now", "fundynow.ca")],
    "CA_E": [("Rideau Local", "rideaulocal.ca")],
    "CA_W": [("Prairie Wire", "prairiewire.ca")],
    "CA_NL": [("Rock Radio News", "rockradionews.ca")],
    "IE": [("Liffey Courier", "liffeycourier.ie"), ("Shannonside Herald", "shannonsideherald.ie")],
    "NZ": [("Kōwhai Herald", "kowhaiherald.co.nz"), ("Southern Cross Bulletin", "scbulletin.co.nz")],
    "PH": [("Visayas Daily", "visayasdaily.ph"), ("Luzon Ledger", "luzonledger.com.ph")],
    "crypto": [("CoinTide", "cointide.io"), ("Block Ledger Daily", "blockledgerdaily.com"), ("SatoshiWire", "satoshiwire.news")],
    "DE": [("Oberland Bote", "oberland-bote.de"), ("Elbtal Anzeiger", "elbtal-anzeiger.de"),
           ("Neckar Nachrichten Online", "neckar-nachrichten.de"), ("Alpenblick", "alpenblick.at"), ("Aare-Zeitung", "aare-zeitung.ch")],
    "FR": [("Le Courrier d'Armor", "courrier-armor.fr"), ("L'Écho d'Alsace", "echo-alsace.fr"), ("La Meuse Info", "lameuse-info.be"),
           ("Le Léman Express", "lemanexpress.ch"), ("Provence Matin", "provencematin.fr")],
    "CA_QC": [("Le Soleil de Charlevoix", "soleilcharlevoix.ca")],
    "ES_LA": [("El Heraldo del Valle", "heraldodelvalle.mx"), ("Diario Andino", "diarioandino.com.pe"), ("La Voz del Cauca", "vozdelcauca.co"),
              ("El Litoral Hoy", "litoralhoy.com.ar"), ("Crónica Austral", "cronicaaustral.cl"), ("Caribe Hoy", "caribehoy.do"),
              ("Atlántico Sur Noticias", "atlanticosur.es")],
}
AUTOBLOGS = [("Celeb Buzz Daily", "celebbuzzdaily.xyz"), ("Showbiz Tadka", "showbiztadka.online"), ("GupShup Times", "gupshuptimes.net"),
             ("Star Gossip PK", "stargossip.pk"), ("Chismes al Día", "chismesaldia.net"), ("Kiwi Buzz", "kiwibuzz.co"),
             ("Island Gist", "islandgist.com"), ("Trend Wave News", "trendwavenews.com")]
AGGREGATORS = ["Khabar Stream", "Headline Bazaar", "FeedCurry", "Taza Updates", "WireWatch PH", "NachrichtenKiosk",
               "InfoFlux", "Noticias Al Paso", "ActuFil", "NewsPulse Hub", "Savannah Feeds", "Kiwi Newsroll"]
JOB_SITES = [("Result Point PK", "resultpoint.pk"), ("ExamGuru BD", "examguru.com.bd"), ("NaukriNama", "naukrinama.pk"),
             ("Sarkari Update LK", "sarkariupdate.lk"), ("KCSE Hub", "kcsehub.co.ke")]
FAITH_SITES = [("Ummah Community News", "ummahcommunity.org"), ("Parish Voice", "parishvoice.ph"), ("Mandir Samachar", "mandirsamachar.np"),
               ("The Gurdwara Gazette", "gurdwaragazette.ca"), ("Faith & Community Kenya", "faithcommunity.co.ke")]
NGO_SITES = [("ReliefWeb Mirror BD", "reliefmirror.org"), ("Public Information Office", "pio.gov.example"),
             ("Civil Society Wire", "civilsocietywire.org"), ("Development Digest", "devdigest.net")]

AUTHORS: dict[str, list[str]] = {
    "PK": ["Ayesha Siddiqui", "Faraz Ahmed Khan", "Saima Baloch", "Imran Gul", "Hina Rafique", "Zeeshan Abbasi"],
    "BD": ["Tanjim Rahman", "Nusrat Jahan", "Mahbubul Alam", "Farhana Akter"],
    "LK": ["Dinuka Perera", "Tharushi Fernando", "Kavindya Jayasuriya"],
    "NP": ["Bishnu Adhikari", "Sunita Tamang", "Roshan Shrestha"],
    "KE": ["Wanjiku Mwangi", "Otieno Ouma", "Amina Hassan", "Kiprono Cheruiyot"],
    "CARIB": ["Shernelle Joseph", "Kareem Phillips"], "JM": ["Tameka Brown", "Odane Campbell"],
    "CA": ["Marie-Claude Leblanc", "Liam MacDonald", "Priya Dhaliwal", "Jordan Whitecloud"],
    "IE": ["Aoife Ní Bhriain", "Ciarán Doyle", "Sinéad Keane"], "NZ": ["Mere Tawhiri", "Hamish Ruawai", "Olivia Tse"],
    "PH": ["Ma. Cristina Dizon", "Jose Mari Reyes", "Liza Bautista-Cruz"],
    "crypto": ["Alex Novak", "Priya Raman", "Tomás Ilić", "Dana O'Rourke"],
    "de": ["Katrin Huber", "Jonas Brändle", "Lea Schöttle", "Matthias Grabner"],
    "fr": ["Maëlle Le Gall", "Julien Meyer", "Élodie Rousseau", "Benoît Lavoie"],
    "es": ["Mariana Ortiz", "Julián Cárdenas", "Valentina Ríos", "Sebastián Quispe"],
}
AGENCY_BY_REGION = {
    "PK": ["AFP", "Reuters", "APP", "AP"], "BD": ["Reuters", "BSS", "AFP"], "LK": ["AFP", "Reuters", "Xinhua"],
    "NP": ["Xinhua", "AFP", "Reuters"], "KE": ["AP", "Reuters", "AFP", "Xinhua"], "CARIB": ["AP", "AFP"], "JM": ["AP"],
    "CA_ATL": ["CP"], "CA_E": ["CP"], "CA_W": ["CP"], "CA_NL": ["CP"], "CA_QC": ["AFP"], "IE": ["PA", "Reuters"],
    "NZ": ["AAP", "AFP", "Reuters"], "PH": ["PNA", "AFP", "Reuters"], "DE": ["dpa", "AFP", "Reuters"], "FR": ["AFP"],
    "MX": ["EFE", "AFP"], "CO": ["EFE", "AFP"], "AR": ["EFE", "AFP"], "PE": ["EFE", "AFP"], "CL": ["EFE", "AFP"], "ES": ["EFE"],
    None: ["Reuters", "Bloomberg", "AFP"],
}


def site_for(rng: random.Random, region: str | None, lang: str) -> tuple[str, str]:
    if lang == "es":
        return rng.choice(SITES["ES_LA"])
    if lang == "de":
        return rng.choice(SITES["DE"])
    if lang == "fr":
        return rng.choice(SITES["CA_QC"] if region == "CA_QC" else SITES["FR"])
    return rng.choice(SITES.get(region or "crypto", SITES["crypto"]))


def author_key(region: str | None, lang: str) -> str:
    if lang != "en":
        return lang
    if region and region.startswith("CA"):
        return "CA"
    return region if region in AUTHORS else "crypto"


def gt_title(rng: random.Random, url: str, paras: list[str]) -> str:
    parts = [p for p in url.split("?")[0].split("/") if p]
    best = max(parts[2:] or [""], key=lambda p: p.count("-"))
    best = re.sub(r"\.(html?|php)$", "", best)
    words = [w for w in best.split("-") if w and not re.fullmatch(r"[0-9a-f]{6,}|\d+|id\w+", w.lower())]
    if len(words) >= 4:
        ws = words[:14]
        t = " ".join(ws)
        return t[0].upper() + t[1:] if rng.random() < 0.5 else " ".join(w[:1].upper() + w[1:] for w in ws)
    first = re.split(r"(?<=[.!?])\s", paras[0])[0].rstrip(".")
    if len(first) > 90:
        first = first[:90].rsplit(" ", 1)[0]
        while first.rsplit(" ", 1)[-1].lower() in {"for", "of", "the", "a", "an", "to", "and", "in", "on", "at", "with", "by"}:
            first = first.rsplit(" ", 1)[0]
    return first.rstrip(",;:")


# ------------------------------------------------------------------ source material


AGENCY_RE = re.compile(r"^(?:[A-Z][A-Za-z .,'-]{1,40})?\((AP|Reuters|AFP|Bloomberg)\)")


class Source:
    def __init__(self, rng: random.Random, kind: str, story: dict[str, Any] | None = None, lang: str = "en",
                 region: str | None = None, no_agency: bool = False, url_has: tuple[str, ...] = ()) -> None:
        self.rng = rng
        if kind == "story":
            assert story
            self.id = str(story["id"])
            self.lang = str(story["lang"])
            self.region = story["region"]
            self.title = str(story["headline"])
            self.section = str(story["section"])
            self.city = story["city"]
            self.paras = [str(p) for p in story["paras"]]  # type: ignore[attr-defined]
            # keep a contiguous run, at least 4 (stories are short)
            if len(self.paras) > 5 and rng.random() < 0.4:
                cut = rng.randint(4, len(self.paras))
                self.paras = self.paras[:cut]
            self.gt_agency = None
        else:
            pool = [g for g in B.GT if not url_has or any(k in g[1] for k in url_has)]
            if no_agency:
                pool = [g for g in pool if not AGENCY_RE.match(g[2][0])]
            pid, url, paras = rng.choice(pool)
            self.id = pid[:16]
            self.lang = "en"
            self.region = region
            n = rng.randint(4, min(16, len(paras)))
            start = rng.randint(0, max(0, min(2, len(paras) - n)))
            self.paras = paras[start:start + n]
            self.title = gt_title(rng, url, paras)
            self.section = rng.choice(["World", "News", "Business", "Tech", "Sport", "Science", "Entertainment", "Trending"])
            self.city = None
            m = AGENCY_RE.match(self.paras[0])
            self.gt_agency = m.group(1) if m else None
        if self.region is None and region is not None:
            self.region = region


def ctx_for(rng: random.Random, src: Source, site: tuple[str, str], outlet: tuple[str, str] | None = None,
            nofacts: bool = False, flavour: str | None = None) -> W.Ctx:
    lang = src.lang
    pool = list(POOLS[lang])
    t = rand_datetime(rng)
    agency = rng.choice(AGENCY_BY_REGION.get(src.region, AGENCY_BY_REGION[None]))
    ak = author_key(src.region, lang) if flavour != "crypto" else "crypto"
    names = rng.sample(AUTHORS[ak], 2 if rng.random() < 0.15 else 1)
    tags = derive_tags(rng, src)
    o = outlet or site
    return W.Ctx(rng=rng, lang=lang, region=src.region, site=site[0], site_host=site[1], outlet=o[0], outlet_host=o[1],
                 section=src.section, title=src.title, t=t, agency=agency, headlines=pool, authors=names, tags=tags,
                 aggregator=rng.choice(AGGREGATORS), theme=rng.choice(W.THEMES), nofacts=nofacts)


# ------------------------------------------------------------------ building blocks


def emit(doc: Doc, out: W.Out) -> None:
    for text, kind, facts in out:
        doc.add(text, kind, facts)


def add_title(doc: Doc, c: W.Ctx, rng: random.Random, suffix_p: float = 0.6, suffix: str | None = None) -> None:
    assert c.title
    title = c.title
    r = rng.random()
    if r < 0.12:
        title = title.upper() if len(title) < 70 else title
    if suffix is None and rng.random() < suffix_p:
        suffix = c.site
    if suffix:
        sep = rng.choice([" – ", " | ", " - ", " -", " — ", " :: ", " · ", " || "])
        doc.title(title, sep, suffix)
        c.site_fact = True
    else:
        doc.title(title)
    c.title = title


def body_block(doc: Doc, c: W.Ctx, src: Source, rng: random.Random, *, dateline_p: float = 0.5,
               agency: str | None = None, traps: int = 1, mids: list[W.Out] | None = None,
               subhead_p: float = 0.25) -> None:
    paras = list(src.paras)

    def ok_slot(ls: list[tuple[str, str]], i: int) -> bool:
        """Nothing may be inserted inside a story bullet list or right after its lead-in."""
        if i <= 0:
            return False
        nxt = ls[i][0] if i < len(ls) else ""
        return not (nxt.startswith(BULLETS) or ls[i - 1][0].rstrip().endswith(":"))

    # subheads (## marker in own stories)
    lines: list[tuple[str, str]] = []  # (text, tag) tag: body / subhead / bullet
    for p in paras:
        if p.startswith("##"):
            lines.append((p[2:], "subhead"))
        else:
            lines.append((p, "body"))
    if src.lang in B.SUBHEADS and rng.random() < subhead_p and len(lines) > 4:
        ok = [i for i in range(2, len(lines)) if ok_slot(lines, i)]
        if ok:
            lines.insert(rng.choice(ok), (rng.choice(B.SUBHEADS[src.lang]), "subhead"))
    trap_pool = [t for t in B.TRAPS[src.lang] if all(t != x for x, _ in lines)]
    for _ in range(traps):
        ok = [i for i in range(1, len(lines) + 1) if ok_slot(lines, i)]
        trap = rng.choice(trap_pool)
        trap_pool.remove(trap)
        lines.insert(rng.choice(ok), (trap, "trap"))
    first_facts: list[tuple[Any, ...]] = []
    if src.gt_agency and not c.nofacts:
        ev = f"({src.gt_agency})"
        first_facts.append(agency_fact(src.gt_agency, ev))
    elif rng.random() < dateline_p and not lines[0][0].startswith(BULLETS):
        ag = agency if agency is not None else (c.agency if rng.random() < 0.75 else None)
        if c.nofacts:
            ag = None
        pre, fx = B.dateline(rng, src.lang, src.region, src.city, ag, c.t)
        lines[0] = (pre + lines[0][0], lines[0][1])
        first_facts = fx
    mids = list(mids or [])
    ok = [i for i in range(1, len(lines)) if ok_slot(lines, i)]
    slots = sorted(rng.sample(ok, min(len(mids), len(ok))))
    mid_at = dict(zip(slots, mids))
    for i, (txt, _tag) in enumerate(lines):
        if i in mid_at:
            emit(doc, mid_at[i])
        doc.body(txt, first_facts if i == 0 else None)


BULLETS = ("- ", "• ", "1. ", "2. ", "3. ")

_STOP = {"The", "A", "An", "In", "On", "At", "For", "And", "But", "As", "It", "He", "She", "They", "We", "This", "That",
         "After", "Some", "More", "Der", "Die", "Das", "Ein", "Eine", "Le", "La", "Les", "Un", "Une", "El", "Los", "Las",
         "Mr", "Ms", "Dr", "If", "When", "While", "Nach", "Vor", "Des", "Del", "Y", "Et", "Und", "Of", "To", "By", "With",
         "Tell", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Montagmorgen",
         "Dienstag", "Sonntag", "Montag", "January", "February", "March", "April", "June", "July", "August",
         "September", "October", "November", "December", "Instead", "However", "Here", "There", "What", "How"}


_NAME = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’-]+(?:(?: (?:de|del|la|of|von|da))? [A-ZÀ-ÖØ-Þ][\w'’-]+){0,2}")


def derive_tags(rng: random.Random, src: Source) -> list[str]:
    """Tags as a site's editor would pick them: names from the lead (and an own story's headline), plus the section."""
    segs = list(src.paras[:2]) + ([src.title] if src.gt_agency is None and not src.id[:1].isdigit() and len(src.id) < 16 else [])
    cands: list[str] = []
    for seg in segs:
        for m in _NAME.finditer(seg):
            before = seg[: m.start()].rstrip()
            if not before or before[-1] in ".!?:«“\"(—–-":
                continue  # sentence start: not necessarily a name
            w = m.group(0)
            if w.split()[0] in _STOP or len(w) < 4 or w.isupper() or w in cands:
                continue
            cands.append(w)
    k = min(len(cands), rng.randint(2, 4))
    tags = cands[:k] if rng.random() < 0.5 else rng.sample(cands, k)
    if rng.random() < 0.5 and src.section not in tags:
        tags.append(src.section)
    return tags or [src.section]


_LIST_DECKS: dict[tuple[str, ...], list[str]] = {}


def deck_pick(rng: random.Random, options: list[str]) -> str:
    """Rotate over the list kinds so every header kind appears in every archetype that offers it."""
    deck = _LIST_DECKS.setdefault(tuple(options), [])
    if not deck:
        deck.extend(rng.sample(options, len(options)))
    return deck.pop()


def maybe(rng: random.Random, p: float) -> bool:
    return rng.random() < p


def dated(doc: Doc, c: W.Ctx, rng: random.Random, byline_p: float = 0.6) -> None:
    """Byline and/or date lines."""
    if c.nofacts:
        return
    r = rng.random()
    if r < byline_p * 0.5:
        out, pub = W.byline(c, with_date=True)
        emit(doc, out)
        if maybe(rng, 0.3) and pub and pub[0] == "published":
            import datetime as _dt
            emit(doc, W.date_line(c, "updated", t=c.t + _dt.timedelta(hours=rng.randint(2, 20))))
    elif r < byline_p:
        out, _ = W.byline(c, with_date=False, agency_in=maybe(rng, 0.2))
        emit(doc, out)
        emit(doc, W.date_line(c, "published", both=maybe(rng, 0.4)))
    elif r < byline_p + 0.15:
        emit(doc, W.desk_byline(c))
        emit(doc, W.date_line(c, "published", both=maybe(rng, 0.3)))
    else:
        emit(doc, W.date_line(c, rng.choice(["published", "published", "updated"])))


# ------------------------------------------------------------------ archetypes


def arch_south_asia(rng: random.Random, i: int) -> tuple[Doc, Source, W.Ctx]:
    regions = ["PK", "BD", "LK", "NP"]
    own = [s for s in STORIES if s["lang"] == "en" and s["region"] in regions and s["topic"] not in ("education", "religion", "entertainment")]
    src = Source(rng, "story", rng.choice(own)) if maybe(rng, 0.6) else Source(rng, "gt", region=rng.choice(regions))
    site = site_for(rng, src.region, "en")
    partner = site_for(rng, src.region, "en")
    c = ctx_for(rng, src, site, outlet=partner if partner != site and maybe(rng, 0.6) else None)
    doc = Doc("en")
    if maybe(rng, 0.4):
        emit(doc, W.skip_link(c))
    emit(doc, W.nav_menu(c))
    if maybe(rng, 0.3):
        emit(doc, W.ui_word(c))
    if maybe(rng, 0.35):
        line, kind, facts, extra = W.breadcrumb_title(c, c.site if maybe(rng, 0.6) else None)
        doc.add(line, kind, facts, **extra)
        if extra["site_suffix"]:
            c.site_fact = True
        add_title(doc, c, rng, suffix_p=0.0)
    else:
        if maybe(rng, 0.5):
            emit(doc, W.breadcrumb(c))
        add_title(doc, c, rng)
    if maybe(rng, 0.15):
        doc.add(c.title, "title_repeat")
    dated(doc, c, rng)
    if maybe(rng, 0.3):
        emit(doc, W.reading_time(c))
    if maybe(rng, 0.5):
        emit(doc, W.photo_caption(c))
        emit(doc, W.photo_credit(c, c.agency if maybe(rng, 0.5) else None))
    mids = []
    for _ in range(rng.randint(1, 3)):
        mids.append(rng.choice([W.advertisement_label(c), W.also_read(c), W.also_read(c), W.shortcode(c), W.shortcode(c), W.social_promo(c)]))
    body_block(doc, c, src, rng, mids=mids, traps=rng.randint(0, 2))
    if maybe(rng, 0.4):
        emit(doc, W.wire_credit_line(c, None if maybe(rng, 0.3) else c.agency))
    if maybe(rng, 0.2):
        emit(doc, W.read_more(c))
    if maybe(rng, 0.45):
        emit(doc, W.publisher_promo(c))
    elif maybe(rng, 0.3) and c.outlet != c.site:
        emit(doc, W.syndication_notice(c))
    elif maybe(rng, 0.2):
        emit(doc, W.source_link(c))
    if maybe(rng, 0.15):
        emit(doc, W.legal_disclaimer(c))
    emit(doc, W.share_row(c))
    emit(doc, W.tag_line(c) if maybe(rng, 0.5) else W.tag_list(c))
    for f in rng.sample([W.social_promo, W.app_promo, W.newsletter_promo, W.click_here_promo, W.email_placeholder], rng.randint(1, 3)):
        emit(doc, f(c))
    if maybe(rng, 0.35):
        emit(doc, W.comment_form(c))
    emit(doc, W.headline_list(c, deck_pick(rng, ["more_stories", "trending", "ranking", "related", "recommendation"])))
    if maybe(rng, 0.45):
        emit(doc, W.headline_list(c, deck_pick(rng, ["recommendation", "trending", "ranking"])))
    emit(doc, W.footer_link(c))
    emit(doc, W.copyright_notice(c))
    if maybe(rng, 0.3):
        emit(doc, W.back_to_top(c))
    return doc, src, c


def arch_local_tv(rng: random.Random, i: int) -> tuple[Doc, Source, W.Ctx]:
    regions = ["CA_ATL", "JM", "CARIB", "IE", "NZ", "KE", "PH"]
    own = [s for s in STORIES if s["lang"] == "en" and s["region"] in regions and s["topic"] not in ("press_release", "religion")]
    if maybe(rng, 0.65):
        src = Source(rng, "story", rng.choice(own))
    else:
        src = Source(rng, "gt", region=rng.choice(["CA_E", "CA_W", "CA_NL", "IE", "NZ", "JM"]))
    site = site_for(rng, src.region, "en")
    c = ctx_for(rng, src, site)
    doc = Doc("en")
    emit(doc, W.skip_link(c))
    if maybe(rng, 0.5):
        emit(doc, W.cookie_notice(c))
    emit(doc, W.nav_menu(c))
    emit(doc, W.section_label(c))
    add_title(doc, c, rng, suffix_p=0.5)
    dated(doc, c, rng, byline_p=0.7)
    emit(doc, W.photo_credit(c, c.agency if maybe(rng, 0.4) else None))
    if maybe(rng, 0.5):
        emit(doc, W.reading_time(c))
    mids = [W.advertisement_label(c)]
    if maybe(rng, 0.5):
        mids.append(W.advertisement_label(c))
    body_block(doc, c, src, rng, mids=mids, traps=rng.randint(1, 2), dateline_p=0.6)
    if maybe(rng, 0.5):
        emit(doc, W.wire_credit_line(c))
    if maybe(rng, 0.35):
        emit(doc, W.republish_notice(c))
    emit(doc, W.share_row(c))
    if maybe(rng, 0.5):
        emit(doc, W.author_bio(c, c.authors[0]))
    if maybe(rng, 0.3):
        emit(doc, W.publisher_promo(c))
    elif maybe(rng, 0.3):
        emit(doc, W.originally_appeared(c))
    if maybe(rng, 0.3):
        emit(doc, W.click_here_promo(c))
    emit(doc, W.headline_list(c, deck_pick(rng, ["related", "more_stories", "recommendation"])))
    emit(doc, W.newsletter_promo(c) if maybe(rng, 0.5) else W.app_promo(c))
    if maybe(rng, 0.4):
        emit(doc, W.headline_run(c))
    emit(doc, W.footer_link(c))
    emit(doc, W.copyright_notice(c, named=maybe(rng, 0.7)))
    emit(doc, W.back_to_top(c))
    return doc, src, c


def arch_gnews(rng: random.Random, i: int) -> tuple[Doc, Source, W.Ctx]:
    lang = rng.choice(["en", "en", "en", "es", "de", "fr"]) if i % 4 == 0 else "en"
    cands = [s for s in STORIES if s["lang"] == lang]
    src = Source(rng, "story", rng.choice(cands)) if lang != "en" or maybe(rng, 0.5) else Source(rng, "gt", region=rng.choice(["PK", "KE", "PH", "NZ", "IE", "BD"]))
    outlet = site_for(rng, src.region, src.lang)
    agg = rng.choice(AGGREGATORS)
    c = ctx_for(rng, src, (agg, agg.lower().replace(" ", "") + ".com"), outlet=outlet)
    c.aggregator = agg
    doc = Doc(src.lang)
    if maybe(rng, 0.5):
        emit(doc, W.nav_menu(c))
    add_title(doc, c, rng, suffix_p=0.0)
    r = rng.random()
    if r < 0.3:
        emit(doc, W.source_named(c))
    elif r < 0.65:
        emit(doc, W.originally_appeared(c))
    elif r < 0.8:
        emit(doc, W.syndication_notice(c))
    if maybe(rng, 0.2):
        emit(doc, W.stray_id(c))
    if maybe(rng, 0.2):
        emit(doc, W.shortcode(c))
    rel = {"en": [f"{rng.randint(2, 23)} hours ago", f"{rng.randint(5, 59)} minutes ago", "Yesterday", "1 day ago"],
           "de": [f"vor {rng.randint(2, 23)} Stunden", "Gestern"], "fr": [f"il y a {rng.randint(2, 23)} heures", "Hier"],
           "es": [f"hace {rng.randint(2, 23)} horas", "Ayer"]}
    if maybe(rng, 0.6):
        doc.add(rng.choice(rel[src.lang]), "date_line", note="relative time: no date fact")
    else:
        emit(doc, W.date_line(c, "published"))
    if maybe(rng, 0.4):
        doc.add(c.title, "title_repeat")
    if maybe(rng, 0.3):
        doc.add(rng.choice({"en": ["View Full Coverage", "Full coverage", "More headlines"], "de": ["Vollständige Berichterstattung"],
                            "fr": ["Couverture complète"], "es": ["Cobertura completa"]}[src.lang]), "ui_word")
    n_keep = rng.randint(3, max(3, min(7, len(src.paras))))
    src.paras = src.paras[:n_keep]
    body_block(doc, c, src, rng, traps=rng.randint(0, 1), dateline_p=0.6, mids=[W.advertisement_label(c)] if maybe(rng, 0.4) else [])
    emit(doc, W.read_original(c) if maybe(rng, 0.7) else W.read_more(c) if maybe(rng, 0.6) else W.source_link(c))
    if maybe(rng, 0.7):
        emit(doc, W.original_url_line(c))
    emit(doc, W.aggregator_disclaimer(c, named=maybe(rng, 0.75)))
    if maybe(rng, 0.5):
        emit(doc, W.headline_run(c))
    else:
        emit(doc, W.headline_list(c, deck_pick(rng, ["more_stories", "trending"])))
    if maybe(rng, 0.3):
        emit(doc, W.back_to_top(c))
    return doc, src, c


def arch_celeb(rng: random.Random, i: int) -> tuple[Doc, Source, W.Ctx]:
    lang = "es" if i % 5 == 0 else "en"
    if lang == "en":
        own = [s for s in STORIES if s["lang"] == "en" and s["topic"] in ("entertainment", "culture")]
        if maybe(rng, 0.5):
            src = Source(rng, "story", rng.choice(own))
        else:
            src = Source(rng, "gt", region=rng.choice(["PK", "PH", "JM", "NZ"]),
                         url_has=("entertainment", "indiewire", "disney", "nypost", "express.co.uk", "albawaba", "gizmodo"))
            src.section = rng.choice(["Showbiz", "Entertainment", "Celebrity", "Viral"])
    else:
        src = Source(rng, "story", rng.choice([s for s in STORIES if s["lang"] == "es"]))
    site = rng.choice(AUTOBLOGS)
    outlet = site_for(rng, src.region, src.lang)
    c = ctx_for(rng, src, site, outlet=outlet)
    c.topic = "showbiz"
    doc = Doc(src.lang)
    emit(doc, W.theme_license_banner(c))
    if maybe(rng, 0.5):
        emit(doc, W.section_label(c))
    add_title(doc, c, rng, suffix_p=0.5)
    if maybe(rng, 0.8):
        emit(doc, W.stray_id(c))
    if maybe(rng, 0.3):
        doc.add(c.title, "title_repeat")
    if maybe(rng, 0.5):
        dated(doc, c, rng, byline_p=0.3)
    emit(doc, [("[ad_1]", "shortcode", [])])
    mids = [W.photo_caption(c)]
    if maybe(rng, 0.5):
        mids.append(W.shortcode(c))
    body_block(doc, c, src, rng, mids=mids, traps=rng.randint(0, 2), dateline_p=0.2)
    emit(doc, [("[ad_2]", "shortcode", [])])
    r = rng.random()
    if r < 0.35:
        emit(doc, W.source_link(c))
    elif r < 0.65:
        emit(doc, W.original_url_line(c))
    elif r < 0.85:
        emit(doc, W.syndication_notice(c))
    else:
        emit(doc, W.originally_appeared(c))
    if maybe(rng, 0.6):
        emit(doc, W.reaction_counter(c))
    if maybe(rng, 0.5):
        emit(doc, W.tag_list(c))
    k = rng.choice([0, 3, 4, 5])
    emit(doc, W.headline_list(c, "you_may_also_like", n=k))
    emit(doc, W.comment_form(c))
    emit(doc, W.prev_next(c))
    if maybe(rng, 0.6):
        emit(doc, W.aggregator_disclaimer(c, named=maybe(rng, 0.5)))
    emit(doc, W.copyright_notice(c, named=maybe(rng, 0.5)))
    return doc, src, c


def arch_crypto(rng: random.Random, i: int) -> tuple[Doc, Source, W.Ctx]:
    own = [s for s in STORIES if s["topic"] == "crypto"]
    if maybe(rng, 0.6):
        src = Source(rng, "story", rng.choice(own))
    else:
        src = Source(rng, "gt", region=None, url_has=("market", "cnbc", "cityam", "wework", "bank", "/business"))
    src.region = rng.choice([None, "PK", "PH", "KE"]) if src.region is None else src.region
    site = rng.choice(SITES["crypto"])
    c = ctx_for(rng, src, site, flavour="crypto")
    c.topic = "crypto"
    if src.id.startswith("crypto"):
        c.tags = rng.sample(["Bitcoin", "Ethereum", "ETF", "Altcoins", "Solana", "Regulation", "Market Update", "BTC", "Stablecoins"], rng.randint(2, 5))
    doc = Doc("en")
    if maybe(rng, 0.5):
        emit(doc, W.cookie_notice(c))
    emit(doc, W.nav_menu(c, "crypto"))
    if maybe(rng, 0.6):
        emit(doc, W.breadcrumb(c))
    add_title(doc, c, rng, suffix_p=0.6)
    out, _ = W.byline(c, with_date=maybe(rng, 0.6))
    emit(doc, out)
    if not any(k in ("published", "updated") for ln in doc.lines for k in [f[0] for f in ln.facts]):
        emit(doc, W.date_line(c, "updated"))
    emit(doc, W.reading_time(c))
    if maybe(rng, 0.5):
        emit(doc, W.legal_disclaimer(c))
    mids = [W.advertisement_label(c)]
    if maybe(rng, 0.5):
        mids.append(W.newsletter_promo(c))
    body_block(doc, c, src, rng, mids=mids, traps=rng.randint(1, 2), dateline_p=0.2, agency=rng.choice(["Reuters", "Bloomberg"]))
    emit(doc, W.legal_disclaimer(c))
    emit(doc, W.tag_line(c))
    emit(doc, W.share_row(c))
    emit(doc, W.author_bio(c, c.authors[0]))
    emit(doc, W.headline_list(c, "related"))
    emit(doc, W.headline_list(c, "ranking"))
    emit(doc, W.footer_link(c))
    emit(doc, W.copyright_notice(c))
    return doc, src, c


def arch_liveblog(rng: random.Random, i: int) -> tuple[Doc, Source, W.Ctx]:
    if i % 3 == 1:
        src = Source(rng, "story", next(s for s in STORIES if s["id"] == "de-fussball"))
    elif i % 3 == 2:
        src = Source(rng, "story", next(s for s in STORIES if s["id"] == "mx-futbol"))
    else:
        src = Source(rng, "story", next(s for s in STORIES if s["id"] == "pk-cricket-live"))
        src.paras = list(next(s for s in STORIES if s["id"] == "pk-cricket-live")["paras"])  # type: ignore[call-overload]
    site = site_for(rng, src.region, src.lang) if src.lang == "en" else (rng.choice(AUTOBLOGS) if maybe(rng, 0.5) else site_for(rng, src.region, src.lang))
    c = ctx_for(rng, src, site)
    c.topic = "sports"
    doc = Doc(src.lang)
    emit(doc, W.nav_menu(c))
    live = {"en": ["LIVE", "🔴 LIVE", "Live Updates", "LIVE BLOG"], "de": ["LIVE", "Liveticker", "+++ LIVE +++"],
            "es": ["EN VIVO", "🔴 En directo", "Minuto a minuto"], "fr": ["EN DIRECT"]}
    doc.add(rng.choice(live[src.lang]), "ui_word", note="live badge: no section fact")
    add_title(doc, c, rng, suffix_p=0.4)
    emit(doc, W.date_line(c, "updated"))
    doc.add(rng.choice({"en": ["Refresh", "Auto-refresh ON", "↻ Refresh"], "de": ["Aktualisieren", "Auto-Refresh an"],
                        "es": ["Actualizar", "Recargar"], "fr": ["Actualiser"]}[src.lang]), "ui_word")
    emit(doc, W.share_row(c))
    mids = [W.also_read(c), W.advertisement_label(c)]
    body_block(doc, c, src, rng, mids=mids, traps=rng.randint(0, 1), dateline_p=0.3)
    emit(doc, W.social_promo(c))
    emit(doc, W.headline_list(c, "trending"))
    if maybe(rng, 0.6):
        emit(doc, W.headline_run(c))
    emit(doc, W.copyright_notice(c, named=maybe(rng, 0.6)))
    return doc, src, c


def arch_press(rng: random.Random, i: int) -> tuple[Doc, Source, W.Ctx]:
    own = [s for s in STORIES if s["topic"] == "press_release"]
    src = Source(rng, "story", rng.choice(own))
    site = rng.choice(NGO_SITES)
    c = ctx_for(rng, src, site)
    doc = Doc("en")
    emit(doc, W.nav_menu(c))
    emit(doc, W.breadcrumb(c, tail=rng.choice([["Media Centre"], ["Newsroom"], []])))
    if maybe(rng, 0.5):
        emit(doc, W.section_label(c))
    add_title(doc, c, rng, suffix_p=0.3)
    emit(doc, W.date_line(c, "published", want_time=maybe(rng, 0.3)))
    if maybe(rng, 0.4):
        emit(doc, W.photo_caption(c))
        emit(doc, W.photo_credit(c))
    body_block(doc, c, src, rng, traps=rng.randint(0, 1), dateline_p=0.7, agency=rng.choice(["BSS", "Xinhua"]) if src.region == "BD" and maybe(rng, 0.3) else None)
    contact = rng.choice(["Media contact: [email protected]", "For media enquiries: [email protected]", "Press office — [email protected]",
                          "[email protected]", "Contact: Communications Unit, [email protected]", "Issued by the Public Relations Wing. E-mail: [email protected]"])
    doc.add(contact, "email_placeholder")
    if maybe(rng, 0.5):
        emit(doc, W.republish_notice(c))
    if maybe(rng, 0.5):
        emit(doc, W.headline_list(c, "more_stories"))
    emit(doc, W.footer_link(c))
    emit(doc, W.copyright_notice(c, named=maybe(rng, 0.5)))
    return doc, src, c


def arch_faith(rng: random.Random, i: int) -> tuple[Doc, Source, W.Ctx]:
    own = [s for s in STORIES if s["topic"] == "religion"]
    src = Source(rng, "story", rng.choice(own))
    site = rng.choice(FAITH_SITES)
    c = ctx_for(rng, src, site)
    doc = Doc("en")
    emit(doc, W.nav_menu(c))
    emit(doc, W.section_label(c))
    add_title(doc, c, rng, suffix_p=0.5)
    dated(doc, c, rng, byline_p=0.5)
    emit(doc, W.photo_caption(c))
    emit(doc, W.photo_credit(c))
    body_block(doc, c, src, rng, traps=rng.randint(1, 2), dateline_p=0.5, mids=[W.advertisement_label(c)] if maybe(rng, 0.3) else [])
    doc.add(rng.choice(["Share your community news with us: [email protected]", "Send event notices to [email protected]",
                        "Have news from your congregation? Email [email protected]"]), "email_placeholder")
    emit(doc, W.social_promo(c))
    emit(doc, W.reaction_counter(c))
    emit(doc, W.comment_form(c))
    emit(doc, W.headline_list(c, deck_pick(rng, ["more_stories", "recommendation"])))
    emit(doc, W.footer_link(c))
    emit(doc, W.copyright_notice(c))
    return doc, src, c


def arch_jobs(rng: random.Random, i: int) -> tuple[Doc, Source, W.Ctx]:
    src = Source(rng, "story", next(s for s in STORIES if s["id"] == "exam-results"))
    site = rng.choice(JOB_SITES)
    c = ctx_for(rng, src, site)
    c.topic = "exam"
    c.section = rng.choice(["Results", "Exams", "Education", "Admissions"])
    doc = Doc("en")
    emit(doc, W.nav_menu(c, "jobs"))
    line, kind, facts, extra = W.breadcrumb_title(c, c.site if maybe(rng, 0.5) else None)
    doc.add(line, kind, facts, **extra)
    if extra["site_suffix"]:
        c.site_fact = True
    add_title(doc, c, rng, suffix_p=0.0)
    if maybe(rng, 0.3):
        emit(doc, W.stray_id(c))
    emit(doc, W.date_line(c, "updated" if maybe(rng, 0.4) else "published"))
    if maybe(rng, 0.35):
        doc.add(c.title, "title_repeat")
    emit(doc, W.social_promo(c))
    emit(doc, W.click_here_promo(c))
    mids = [W.also_read(c), W.also_read(c), W.click_here_promo(c)]
    body_block(doc, c, src, rng, mids=mids, traps=rng.randint(0, 1), dateline_p=0.4)
    emit(doc, W.legal_disclaimer(c))
    if maybe(rng, 0.5):
        emit(doc, W.headline_run(c, n=rng.randint(4, 8)))
    else:
        emit(doc, W.headline_list(c, "more_stories", n=rng.randint(4, 6)))
    emit(doc, W.comment_form(c))
    if maybe(rng, 0.5):
        emit(doc, W.email_placeholder(c))
    emit(doc, W.footer_link(c))
    emit(doc, W.copyright_notice(c))
    return doc, src, c


def arch_syndication(rng: random.Random, i: int) -> tuple[Doc, Source, W.Ctx]:
    own = [s for s in STORIES if s["lang"] == "en" and s["region"] in ("PH", "KE", "CARIB", "JM", "NZ", "IE", "BD")]
    src = Source(rng, "story", rng.choice(own)) if maybe(rng, 0.6) else Source(rng, "gt", region=rng.choice(["PH", "KE", "NZ"]))
    site = rng.choice(AUTOBLOGS + SITES["PH"] + SITES["KE"])
    outlet = site_for(rng, src.region, "en")
    if outlet == site:
        outlet = ("Metro Ledger", "metroledger.net")
    c = ctx_for(rng, src, site, outlet=outlet)
    doc = Doc("en")
    add_title(doc, c, rng, suffix_p=0.5)
    if maybe(rng, 0.6):
        out, _ = W.byline(c, with_date=True, agency_in=False)
        emit(doc, out)
    body_block(doc, c, src, rng, traps=rng.randint(0, 2), dateline_p=0.5)
    emit(doc, W.syndication_notice(c))
    if maybe(rng, 0.35):
        emit(doc, W.originally_appeared(c))
    if maybe(rng, 0.3):
        emit(doc, W.original_url_line(c))
    elif maybe(rng, 0.4):
        emit(doc, W.read_original(c))
    if maybe(rng, 0.3):
        emit(doc, W.publisher_promo(c))
    if maybe(rng, 0.5):
        emit(doc, W.republish_notice(c))
    emit(doc, W.read_more(c))
    emit(doc, W.prev_next(c))
    if maybe(rng, 0.4):
        emit(doc, W.headline_list(c, "recommendation"))
    return doc, src, c


def arch_regional(rng: random.Random, i: int, lang: str) -> tuple[Doc, Source, W.Ctx]:
    cands = [s for s in STORIES if s["lang"] == lang]
    src = Source(rng, "story", cands[i % len(cands)])
    site = site_for(rng, src.region, lang)
    partner = site_for(rng, src.region, lang)
    c = ctx_for(rng, src, site, outlet=partner if partner != site and maybe(rng, 0.6) else None)
    doc = Doc(lang)
    if maybe(rng, 0.6):
        emit(doc, W.skip_link(c))
    if maybe(rng, 0.6):
        emit(doc, W.cookie_notice(c))
    emit(doc, W.nav_menu(c))
    if maybe(rng, 0.3):
        line, kind, facts, extra = W.breadcrumb_title(c, c.site if maybe(rng, 0.5) else None)
        doc.add(line, kind, facts, **extra)
        if extra["site_suffix"]:
            c.site_fact = True
        add_title(doc, c, rng, suffix_p=0.0)
    else:
        emit(doc, W.breadcrumb(c) if maybe(rng, 0.6) else W.section_label(c))
        add_title(doc, c, rng, suffix_p=0.6)
    dated(doc, c, rng, byline_p=0.65)
    if maybe(rng, 0.5):
        emit(doc, W.reading_time(c))
    if maybe(rng, 0.6):
        if maybe(rng, 0.7):
            emit(doc, W.photo_caption(c))
        emit(doc, W.photo_credit(c, c.agency if maybe(rng, 0.5) else None))
    mids = [W.advertisement_label(c)]
    if maybe(rng, 0.7):
        mids.append(W.also_read(c))
    if maybe(rng, 0.3):
        mids.append(W.newsletter_promo(c))
    if maybe(rng, 0.2):
        mids.append(W.shortcode(c))
    body_block(doc, c, src, rng, mids=mids, traps=rng.randint(0, 2), dateline_p=0.65)
    if maybe(rng, 0.5):
        emit(doc, W.wire_credit_line(c))
    if maybe(rng, 0.2):
        emit(doc, W.read_more(c))
    if maybe(rng, 0.25):
        emit(doc, W.publisher_promo(c))
    elif maybe(rng, 0.15) and c.outlet != c.site:
        emit(doc, W.syndication_notice(c))
    if maybe(rng, 0.3):
        emit(doc, W.republish_notice(c))
    if maybe(rng, 0.15):
        emit(doc, W.legal_disclaimer(c))
    emit(doc, W.tag_line(c) if maybe(rng, 0.6) else W.tag_list(c))
    emit(doc, W.share_row(c))
    for f in rng.sample([W.social_promo, W.app_promo, W.newsletter_promo, W.email_placeholder, W.reaction_counter], rng.randint(1, 2)):
        emit(doc, f(c))
    if maybe(rng, 0.3):
        emit(doc, W.comment_form(c))
    emit(doc, W.headline_list(c, deck_pick(rng, ["ranking", "related", "more_stories", "you_may_also_like", "recommendation", "trending"])))
    if maybe(rng, 0.3):
        emit(doc, W.prev_next(c))
    emit(doc, W.footer_link(c))
    emit(doc, W.copyright_notice(c))
    if maybe(rng, 0.3):
        emit(doc, W.back_to_top(c))
    return doc, src, c


def arch_clean(rng: random.Random, i: int) -> tuple[Doc, Source, W.Ctx]:
    lang = ["en", "en", "es", "en", "fr", "en", "en", "de", "en"][i % 9]
    if lang == "en" and maybe(rng, 0.5):
        src = Source(rng, "gt", region=None, no_agency=(i % 2 == 1))
    else:
        src = Source(rng, "story", rng.choice([s for s in STORIES if s["lang"] == lang]))
    c = ctx_for(rng, src, ("", "example.org"), nofacts=(i % 2 == 1))
    doc = Doc(lang)
    if i % 2 == 0:
        add_title(doc, c, rng, suffix_p=0.0)
    body_block(doc, c, src, rng, traps=rng.randint(0, 2), dateline_p=0.5 if i % 2 == 0 else 0.0)
    return doc, src, c


def arch_nofacts(rng: random.Random, i: int) -> tuple[Doc, Source, W.Ctx]:
    lang = ["en", "en", "de", "en", "es", "en", "en", "en", "en"][i % 9]
    if lang == "en" and maybe(rng, 0.5):
        src = Source(rng, "gt", region=rng.choice(["PK", "KE", "PH", None]), no_agency=True)
    else:
        src = Source(rng, "story", rng.choice([s for s in STORIES if s["lang"] == lang]))
    c = ctx_for(rng, src, ("", "example.org"), nofacts=True)
    doc = Doc(lang)
    pre = [W.skip_link, W.nav_menu, W.cookie_notice, W.ui_word, W.theme_license_banner, W.reading_time, W.share_row]
    post = [W.share_row, W.comment_form, W.reaction_counter, W.newsletter_promo, W.social_promo, W.app_promo, W.click_here_promo,
            W.footer_link, W.back_to_top, W.email_placeholder, W.source_link, W.read_more, W.read_original, W.republish_notice,
            W.legal_disclaimer, W.prev_next, W.stray_id]
    for f in rng.sample(pre, rng.randint(1, 3)):
        emit(doc, f(c))
    mids = [rng.choice([W.advertisement_label(c), W.shortcode(c), W.also_read(c), W.photo_caption(c)]) for _ in range(rng.randint(1, 2))]
    src.gt_agency = None
    body_block(doc, c, src, rng, traps=rng.randint(0, 2), dateline_p=0.0, mids=mids)
    for f in rng.sample(post, rng.randint(2, 5)):
        emit(doc, f(c))
    emit(doc, W.headline_list(c, deck_pick(rng, ["related", "ranking", "trending", "more_stories", "recommendation", "you_may_also_like"])))
    if maybe(rng, 0.5):
        emit(doc, W.aggregator_disclaimer(c, named=False))
    emit(doc, W.copyright_notice(c, named=False))
    return doc, src, c


def arch_minimal(rng: random.Random, i: int) -> tuple[Doc, Source, W.Ctx]:
    lang = "fr" if i == 3 else "en"
    if lang == "en" and maybe(rng, 0.5):
        src = Source(rng, "gt", region=rng.choice(["NZ", "IE", "LK", "NP"]))
    else:
        src = Source(rng, "story", rng.choice([s for s in STORIES if s["lang"] == lang]))
    site = site_for(rng, src.region, lang)
    c = ctx_for(rng, src, site)
    doc = Doc(lang)
    add_title(doc, c, rng, suffix_p=0.5)
    body_block(doc, c, src, rng, traps=rng.randint(0, 1), dateline_p=0.4)
    opts = [W.source_link, W.read_more, W.share_row, W.back_to_top, W.stray_id, W.ui_word, W.advertisement_label, W.tag_line,
            lambda c: [(c.title, "title_repeat", [])]]
    for f in rng.sample(opts, rng.randint(1, 3)):
        emit(doc, f(c))
    return doc, src, c


PLAN: list[tuple[str, int, Any]] = [
    ("south_asia_portal", 16, arch_south_asia),
    ("local_tv", 11, arch_local_tv),
    ("gnews_copy", 11, arch_gnews),
    ("celeb_autoblog", 10, arch_celeb),
    ("crypto_blog", 8, arch_crypto),
    ("sports_liveblog", 7, arch_liveblog),
    ("press_release", 7, arch_press),
    ("community_faith", 6, arch_faith),
    ("jobs_exam", 7, arch_jobs),
    ("syndication", 7, arch_syndication),
    ("regional_de", 10, lambda r, i: arch_regional(r, i, "de")),
    ("regional_fr", 10, lambda r, i: arch_regional(r, i, "fr")),
    ("regional_es", 14, lambda r, i: arch_regional(r, i, "es")),
    ("clean", 10, arch_clean),
    ("nofacts", 9, arch_nofacts),
    ("minimal", 7, arch_minimal),
]


def build(seed: int) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    W.reset_decks()
    _LIST_DECKS.clear()
    jobs: list[tuple[str, int, Any]] = []
    for name, n, fn in PLAN:
        for i in range(n):
            jobs.append((name, i, fn))
    assert len(jobs) == 150, len(jobs)
    rng.shuffle(jobs)
    crlf_ids = set(rng.sample(range(150), 8))
    recs = []
    for k, (name, i, fn) in enumerate(jobs):
        doc, src, c = fn(rng, i)
        layout = rng.choice(["blank", "blank", "blank", "none", "none", "mixed", "mixed"])
        if name == "nofacts" and rng.random() < 0.5:
            layout = "none"
        rec = doc.render(rng, layout, crlf=k in crlf_ids, final_newline=rng.random() < 0.6,
                         trailing_ws=rng.choice([0.0, 0.0, 0.1, 0.3]), nbsp_blank=rng.choice([0.0, 0.0, 0.15]))
        if name == "nofacts" or (name == "clean" and i % 2 == 1):
            assert not rec["facts"], (name, rec["facts"])
        out = {"id": f"e{k:03d}", "split": "dev", "archetype": name, "lang": doc.lang, "source": src.id,
               "layout": layout + ("+crlf" if k in crlf_ids else ""), **rec}
        recs.append(out)
    return recs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, default=20250214)
    ap.add_argument("--out", type=Path, default=HERE / "corpus.jsonl")
    args = ap.parse_args(argv)
    recs = build(args.seed)
    with args.out.open("w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} documents to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
