#!/usr/bin/env python3
"""Generate the blind_b held-out corpus (150 documents) -> corpus.jsonl.

Deterministic: seeded ``random.Random`` (default seed 20261123), stdlib only, no network.
Usage: python3 benchmarks/blind_b/generate.py [--seed N] [--out PATH]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import templates as T  # noqa: E402
from bodies_de import STORIES_DE  # noqa: E402
from bodies_es import STORIES_ES  # noqa: E402
from bodies_fr import STORIES_FR  # noqa: E402
from kit import EN_MON3, EN_MONTHS, ES_MON3, ES_MONTHS, Doc, F, rand_dt  # noqa: E402
from pools import (  # noqa: E402
    AGENCIES,
    HEADLINES_DE,
    HEADLINES_EN,
    HEADLINES_ES,
    HEADLINES_FR,
    PEOPLE,
    SITES,
    host_for,
)

GT = Path("/work/shared/bench/article-extraction-benchmark/ground-truth.json")
STORIES = {"de": STORIES_DE, "fr": STORIES_FR, "es": STORIES_ES}
HEADLINES = {"de": HEADLINES_DE, "fr": HEADLINES_FR, "es": HEADLINES_ES, "en": HEADLINES_EN}
SECTIONS = {"de": ["Lokales", "Politik", "Wirtschaft", "Region", "Panorama", "Sport"],
            "fr": ["Actualité", "Société", "Régions", "Politique", "Faits divers", "Sport"],
            "es": ["Local", "Sociedad", "Economía", "Sucesos", "Deportes", "Comunidad"],
            "en": ["World", "India", "Business", "Nation", "Asia", "Africa", "Markets", "Politics",
                   "Technology", "Local News", "Sports", "Health"]}
TLD = {"de": "de", "fr": "fr", "es": "es", "en": "com"}

# ----------------------------------------------------------------------------- trap sentences

TRAPS = {
    "de": [
        "Als Quelle nennt das Ministerium eine interne Auswertung der Landesbehörden.",
        "Die App soll nach Angaben der Entwickler ab Herbst auch ohne Internetverbindung funktionieren.",
        "Wer sich beteiligen will, kann bis Ende des Monats einen Kommentar auf der Internetseite der Gemeinde hinterlassen.",
        "Die Datenschutzbeauftragte des Landes prüft derzeit, ob die Cookies auf der Website der Stadt rechtmäßig gesetzt wurden.",
        "Der Verein will seine Mitglieder künftig über einen monatlichen Newsletter informieren.",
        "Das Urheberrecht an den historischen Fotos liegt nach Angaben des Gerichts beim Stadtmuseum.",
        "Diese Einschätzung teilen nicht alle Fachleute, wie eine Umfrage unter Ökonomen zeigt.",
        "Mehr zum Thema Wohnungsbau will die Verwaltung im Herbst in einem eigenen Bericht vorlegen.",
    ],
    "fr": [
        "Selon une source proche du dossier, la licence de l'exploitant pourrait être suspendue dès le mois prochain.",
        "L'application, lancée en 2021, compte déjà plus de 300 000 utilisateurs dans la région.",
        "Les habitants peuvent laisser un commentaire sur le registre ouvert en mairie jusqu'au 15 du mois.",
        "La Cnil a déjà sanctionné plusieurs sites pour avoir déposé des cookies sans le consentement des internautes.",
        "Les élus disent partager les inquiétudes des riverains, sans pour autant remettre le projet en cause.",
        "Une newsletter hebdomadaire doit permettre aux parents de suivre l'avancement des travaux.",
        "Tous les droits de diffusion ont été cédés à une plateforme de streaming, précise l'organisateur.",
        "À lire le rapport, les auteurs restent prudents sur les chiffres avancés.",
    ],
    "es": [
        "Según fuentes del ministerio, la licencia de la empresa podría ser revocada en las próximas semanas.",
        "La aplicación permite consultar en tiempo real el estado del tráfico en los accesos a la ciudad.",
        "Los vecinos pueden dejar sus comentarios en la web municipal hasta el día 30.",
        "La fuente de los datos es un informe elaborado por el Instituto Nacional de Estadística.",
        "El club prefirió no compartir más detalles sobre la lesión del jugador.",
        "La Agencia Española de Protección de Datos ya ha multado a varias webs por instalar cookies sin consentimiento.",
        "Todos los derechos de emisión del torneo pertenecen a una cadena privada, recordó la federación.",
        "Te puede interesar saber, bromeó el alcalde, que el proyecto se aprobó por unanimidad.",
    ],
    "en": [
        "A source familiar with the matter said the company's operating license had been suspended pending an appeal.",
        "The app, which was downloaded more than two million times last year, lets farmers check crop prices in real time.",
        "In a disclaimer attached to the filing, the firm said its projections were not guarantees of future performance.",
        "Regulators have fined several websites for setting advertising cookies without first asking users for consent.",
        "Subscribers to the council's weekly newsletter were the first to learn about the closure.",
        "Residents have until Friday to submit comments on the proposal, officials said.",
        "The photographer, who holds the copyright to the images, said she never agreed to their use in the campaign.",
        "Related charges against two other executives are expected to be heard next month.",
        "Shares of the company fell 4% in early trading before recovering some of their losses.",
        "The source of the leak has not been identified, according to the ministry's statement.",
    ],
}

# ----------------------------------------------------------------------------- English bodies

# benchmark-own junk: dropped when the paragraph is short (< 15 words)
JUNK = re.compile(r"(\bphoto\b|\bimage\b|getty|\bcredit|advertis|sign up|subscribe|newsletter|"
                  r"read more|click here|\bshare\b|follow us|\bemail\b|related|\bsource\b|"
                  r"cookie|comment|disclaimer|\bclick\b|homepage|more stories|\bvisit\b|^by\b|^see\b|^watch\b|"
                  r"^video\b|^listen\b)", re.I)
# dropped whatever the length: links, copyright lines and agency datelines the gold facts would miss
HARD = re.compile(r"(https?://|www\.|@|©|copyright|all rights reserved|\((AP|Reuters|AFP|PTI|ANI|IANS|UPI|"
                  r"Xinhua|Bloomberg|Kyodo|Yonhap|AAP|EFE|dpa)\)|associated press|agence france|"
                  r"press trust of india|contributed to this report|compensated|affiliate|#\w|\(more\)|"
                  r"^(cover )?(image|photo|picture|caption)s?:)", re.I)
# a leading dateline of the benchmark text ("NEW DELHI: ", "DUBAI, United Arab Emirates — ") is dropped
LEAD_DATELINE = re.compile(r"^([A-Z][A-Z .'-]{2,30}(, [A-Z][A-Za-z .]+){0,2}\s*(—|–|-|:)|"
                           r"[A-Z][A-Za-z .'-]{2,30}, [A-Z][a-z]{1,5}\. (—|–))\s+")
DATELINE_AT_START = re.compile(r"^[A-Z][A-Za-z .,'-]{1,40}(\(|—|–| - )")


def english_bodies() -> list[dict[str, Any]]:
    data = json.loads(GT.read_text(encoding="utf-8"))
    out = []
    for key in sorted(data):
        body = data[key]["articleBody"]
        words = re.findall(r"[a-z]+", body.lower())
        if not words or sum(w in ("the", "and", "of", "to", "is") for w in words) / len(words) < 0.04:
            continue
        paras = []
        for p in body.split("\n"):
            p = " ".join(p.split())
            if len(p.split()) < 3 or HARD.search(p) or (len(p.split()) < 15 and JUNK.search(p)) or len(p) > 1400:
                continue
            if p.endswith(":") and len(p) < 25:
                continue
            if len(p.split()) < 15 and not re.search(r"[.!?:\"”’)]$", p):
                continue  # headline-shaped line inside the benchmark text (embedded link, subhead)
            paras.append(p)
        if len(paras) < 5:
            continue
        paras[0] = LEAD_DATELINE.sub("", paras[0])
        if paras[0].isupper() or len(paras[0].split()) < 6:
            continue
        out.append({"key": key, "paras": paras})
    return out


# ----------------------------------------------------------------------------- helpers


STOP_END = {"a", "an", "the", "of", "in", "on", "to", "and", "for", "at", "by", "with", "or", "my", "his",
            "her", "their", "its", "our", "that", "which", "who", "as", "from", "over", "despite", "but",
            "is", "are", "was", "were", "has", "have", "had", "be", "this", "these", "than", "into", "after",
            "where", "when", "while", "need", "you", "i", "we"}


def make_headline(rng: random.Random, para: str) -> str:
    """A headline from the lead sentence: cut at a clause boundary or at 8-13 words, never ending on a
    function word; sometimes in title case."""
    first = para
    for m in re.finditer(r"[.!?](?=\s+[A-Z“\"])", para):
        before = para[:m.start()].split()[-1] if para[:m.start()].split() else ""
        if re.search(r"(^|\W)([A-Z]|U\.S|Mr|Mrs|Ms|Dr|Gov|Rep|Sen|Ill|Nov|Oct|Jan|Feb|Aug|Sept|Dec|St|Inc|Co|"
                     r"Corp|No|Jr|vs|Calif|Wash|Fla|Mass|Gen|Lt|Col)$", before):
            continue
        first = para[:m.start()]
        break
    m = re.match(r"^([^:]{3,45}): (?=[A-Z])", first)
    if m and "," in m.group(1):
        first = first[m.end():]
    first = re.sub(r"^[“\"']+|[“”\"']+$", "", first).rstrip(".!?;:,")
    words = first.split()
    if len(words) > 13:
        cut = 0
        for i in range(6, min(14, len(words))):
            if words[i - 1].endswith((",", ";", "—")) or words[i] in ("—", "–"):
                cut = i
        words = words[:cut] if cut else words[:rng.randrange(9, 14)]
    if len(words) < 4:
        words = para.split()[:10]
    while len(words) > 4 and (words[-1].lower().strip(",;:—–!") in STOP_END or words[-1] in ("—", "–")):
        words = words[:-1]
    h = " ".join(words).rstrip(",;:—–- ")
    h = h[0].upper() + h[1:]
    if rng.random() < 0.35:
        small = {"a", "an", "the", "of", "in", "on", "to", "and", "for", "at", "by", "with", "or"}
        h = " ".join(w if (i and w.lower() in small) else w[:1].upper() + w[1:]
                     for i, w in enumerate(h.split()))
    return h


def bullet(p: str, mark: str) -> str:
    """Story bullets ("* ") get the document's bullet mark; one-line quote markers ("> ") are dropped."""
    if p.startswith("* "):
        return mark + p[2:]
    if p.startswith("> "):
        return p[2:]
    return p


def dateline(rng: random.Random, lang: str, city: str, agency: str, dt: Any) -> tuple[str, str]:
    """(prefix text, evidence for the credit)."""
    c = city
    if lang == "de":
        ag = {"dpa": rng.choice(["dpa", "dpa", "dpa/lsw", "dpa/lnw"]), "epd": "epd", "KNA": "KNA",
              "AFP": "AFP", "APA": "APA", "Keystone-SDA": "sda"}[agency]
        pre = rng.choice([f"{c} ({ag}) - ", f"{c.upper()} ({ag}) – ", f"{c} ({ag}). ", f"{c}/Berlin ({ag}) - "])
        return pre, f"({ag})" if "/" not in ag else ag.split("/")[0]
    if lang == "fr":
        pre = rng.choice([f"{c} ({agency}) - ", f"{c.upper()} ({agency}) – ", f"{c} ({agency}) – "])
        return pre, f"({agency})"
    if lang == "es":
        if agency == "Europa Press":
            pre = f"{c.upper()}, {dt.day} {ES_MON3[dt.month - 1].capitalize()}. (EUROPA PRESS) - "
            return pre, "EUROPA PRESS"
        if agency == "Notimex":
            pre = f"Ciudad de México, {dt.day} de {ES_MONTHS[dt.month - 1]} (Notimex).- "
            return pre, "(Notimex)"
        pre = rng.choice([f"{c}, {dt.day} {ES_MON3[dt.month - 1]} (EFE).- ", f"{c.upper()} (EFE).- ",
                          f"{c}, {dt.day} de {ES_MONTHS[dt.month - 1]} (EFE) - "])
        return pre, "(EFE)"
    mon = rng.choice([EN_MONTHS[dt.month - 1], EN_MON3[dt.month - 1]])
    forms = {
        "AP": [f"{c.upper()} (AP) — ", f"{c.upper()}, {AP_REGION.get(c, 'D.C.')} (AP) — "],
        "Reuters": [f"{c.upper()}, {mon} {dt.day} (Reuters) - "],
        "AFP": [f"{c.upper()} (AFP) - ", f"{c}, {mon} {dt.day} (AFP) - "],
        "PTI": [f"{c.upper()}, {mon} {dt.day} (PTI) ", f"{c}, {mon} {dt.day} (PTI): "],
        "ANI": [f"{c} [India], {mon} {dt.day} (ANI): ", f"{c}, {mon} {dt.day} (ANI): "],
        "IANS": [f"{c}, {mon} {dt.day} (IANS) ", f"{c.upper()}, {mon} {dt.day} (IANS) - "],
        "Xinhua": [f"{c.upper()}, {mon} {dt.day} (Xinhua) -- "],
        "Yonhap": [f"{c.upper()}, {mon} {dt.day} (Yonhap) -- "],
        "Kyodo": [f"{c.upper()} (Kyodo) -- ", f"{c}, {mon} {dt.day} (Kyodo) - "],
        "UPI": [f"{c.upper()} (UPI) -- ", f"{mon} {dt.day} (UPI) -- "],
        "Bloomberg": ["(Bloomberg) -- "],
        "AAP": [f"{c.upper()} (AAP) - ", f"{c}, {mon} {dt.day} (AAP) - "],
    }
    pre = rng.choice(forms[agency])
    return pre, f"({agency})"


AP_REGION = {"Lagos": "Nigeria", "Manila": "Philippines", "Chicago": "Illinois", "Nairobi": "Kenya",
             "Houston": "Texas", "Washington": "D.C."}
EN_CITIES = {"AP": ["Washington", "Lagos", "Manila", "Chicago", "Nairobi", "Houston"],
             "Reuters": ["London", "Singapore", "Mumbai", "Johannesburg", "Tokyo"],
             "AFP": ["Paris", "Sydney", "Jakarta", "Dakar"],
             "PTI": ["New Delhi", "Mumbai", "Kolkata", "Chennai"],
             "ANI": ["Srinagar", "New Delhi", "Guwahati"],
             "IANS": ["Mumbai", "Bengaluru", "Hyderabad"],
             "Xinhua": ["Beijing", "Nairobi", "Islamabad"],
             "Yonhap": ["Seoul", "Busan"], "Kyodo": ["Tokyo", "Osaka"],
             "UPI": ["Washington", "Houston"], "Bloomberg": ["Hong Kong"],
             "AAP": ["Sydney", "Melbourne", "Brisbane"]}


class Gen:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.en = english_bodies()
        self.rng.shuffle(self.en)
        self.en_i = 0
        self.intl_i = {"de": 0, "fr": 0, "es": 0}

    # ------------------------------------------------------------------ content

    def story(self, lang: str) -> dict[str, Any]:
        r = self.rng
        if lang == "en":
            b = self.en[self.en_i % len(self.en)]
            self.en_i += 1
            k = r.randrange(4, 13)
            paras = b["paras"][:k]
            while sum(len(p) for p in paras) > 6500 and len(paras) > 4:
                paras = paras[:-1]
            return {"title": make_headline(r, paras[0]), "paras": list(paras), "source": b["key"],
                    "city": None, "tags": [], "slug": None}
        st = STORIES[lang]
        i = self.intl_i[lang] % len(st)
        self.intl_i[lang] += 1
        s = st[i]
        paras = list(s["paras"])  # type: ignore[arg-type]
        k = r.randrange(max(4, len(paras) - 4), len(paras) + 1)
        # keep a contiguous run that starts at the lead and does not end on a dangling intro line
        paras = paras[:k]
        while paras[-1].endswith(":"):
            paras = paras[:-1]
        mark = r.choice(["– ", "- ", "• ", "* ", "· "])
        return {"title": s["title"], "paras": [bullet(p, mark) for p in paras], "source": f"{lang}-{i}",
                "city": s["city"], "tags": list(s["tags"]), "slug": s["slug"]}  # type: ignore[arg-type]

    def ctx(self, lang: str, site_group: str, story: dict[str, Any], facts_ok: bool = True) -> T.Ctx:
        r = self.rng
        site = r.choice(SITES[site_group])
        tld = {"de_at": "at", "de_ch": "ch", "fr_be": "be", "es_mx": "mx", "en_asia": "in",
               "en_africa": "co.ke", "en_aus": "com.au"}.get(site_group, TLD[lang])
        if site_group == "en_africa":
            tld = r.choice(["ng", "co.ke", "com.gh"])
        heads = [h for h in HEADLINES[lang] if h != story["title"]]
        if lang != "en":
            heads += [str(s["title"]) for s in STORIES[lang] if s["title"] != story["title"]]
        tags = story["tags"] or r.sample(["Politics", "Economy", "Health", "Climate", "Elections",
                                          "Education", "Crime", "Technology", "Sports", "Asia"], 3)
        return T.Ctx(rng=r, doc=Doc(), lang=lang, site=site, host=host_for(site, tld),
                     section=r.choice(SECTIONS[lang]), dt=rand_dt(r), title=story["title"], tags=tags,
                     headlines=heads, authors=r.sample(PEOPLE[lang], r.choice([1, 1, 1, 2])),
                     facts_ok=facts_ok)

    def add_title(self, c: T.Ctx, suffix_p: float = 0.5) -> None:
        r = self.rng
        if r.random() < suffix_p:
            sep = r.choice([" – ", " | ", " - ", " — ", " :: ", " · ", " -"])
            c.doc.title(c.title, sep, c.site)
        else:
            c.doc.title(c.title)

    def add_body(self, c: T.Ctx, story: dict[str, Any], agency: str | None,
                 mid: list[Callable[[], None]] | None = None, traps: bool = True) -> None:
        """Body paragraphs, a dateline on the first one when ``agency`` is set, trap sentences,
        and boilerplate callbacks inserted between paragraphs."""
        r = self.rng
        paras = list(story["paras"])
        if traps and r.random() < 0.45:
            for t in r.sample(TRAPS[c.lang], r.choice([1, 1, 2])):
                paras.insert(r.randrange(1, len(paras) + 1), t)
        if c.lang == "en" and r.random() < 0.2:
            paras.insert(r.randrange(1, len(paras)), r.choice([
                "WHAT HAPPENS NEXT", "Key takeaways:", "— Rising costs —", "The background",
                "“We are not going anywhere,” she said.", "Why it matters"]))
        slots: dict[int, list[Callable[[], None]]] = {}
        for cb in mid or []:
            slots.setdefault(r.randrange(1, max(2, len(paras))), []).append(cb)
        for i, p in enumerate(paras):
            for cb in slots.get(i, []):
                cb()
            facts: list[F] = []
            if i == 0 and agency:
                city = story["city"] or r.choice(EN_CITIES.get(agency, ["London"]))
                pre, ev = dateline(r, c.lang, city, agency, c.dt)
                p = pre + p
                facts.append(T.agency_fact(agency, ev))
            if r.random() < 0.06:
                p += r.choice([" ", "  ", "\u00a0"])
            c.doc.body(p, facts if c.facts_ok else [])

    # ------------------------------------------------------------------ archetypes

    def a_regional(self, lang: str) -> tuple[T.Ctx, dict[str, Any]]:
        r = self.rng
        st = self.story(lang)
        group = {"de": ["de", "de", "de_at", "de_ch"], "fr": ["fr", "fr", "fr_be"], "es": ["es", "es", "es_mx"]}[lang]
        g = r.choice(group)
        c = self.ctx(lang, g, st)
        agency = {"de": "dpa", "de_at": "APA", "de_ch": "Keystone-SDA", "fr": "AFP", "fr_be": "Belga",
                  "es": r.choice(["EFE", "Europa Press"]), "es_mx": "Notimex"}[g]
        use_ag = r.random() < 0.5
        if r.random() < 0.5:
            T.skip_link(c)
        if r.random() < 0.4:
            T.cookie_notice(c)
        T.nav_menu(c)
        if r.random() < 0.6:
            T.breadcrumb(c)
        elif r.random() < 0.5:
            T.section_label(c)
        self.add_title(c, 0.5)
        if r.random() < 0.7:
            c.agency = agency if (use_ag and r.random() < 0.4) else None
            T.byline(c, with_date=r.random() < 0.4, with_agency=c.agency is not None)
        if not c.doc.has_kind("published") and r.random() < 0.7:
            T.date_line(c, "published")
        if r.random() < 0.4:
            T.date_line(c, "updated")
        if r.random() < 0.5:
            T.reading_time(c)
        if r.random() < 0.5:
            T.photo(c, agency if r.random() < 0.4 else None)
        mid = [lambda: T.advertisement(c)] if r.random() < 0.6 else []
        if r.random() < 0.5:
            mid.append(lambda: T.also_read(c))
        if r.random() < 0.2:
            mid.append(lambda: T.newsletter_promo(c))
        self.add_body(c, st, agency if use_ag else None, mid)
        if r.random() < 0.3:
            self.wire_line(c, agency)
        if r.random() < 0.6:
            T.share_row(c)
        if r.random() < 0.6:
            T.tags(c)
        if r.random() < 0.4 and c.doc.has_kind("authors"):
            T.author_bio(c)
        for which in r.sample(["related", "ranking", "recommendation", "more"], r.randrange(0, 3)):
            T.headline_list(c, which)
        for fn in r.sample([T.newsletter_promo, T.app_promo, T.social_promo, T.comment_form], r.randrange(0, 3)):
            fn(c)
        if r.random() < 0.7:
            T.footer(c)
        if r.random() < 0.7:
            T.copyright_notice(c, site_fact=True)
        if r.random() < 0.2:
            T.republish_notice(c)
        if r.random() < 0.3:
            T.back_to_top(c)
        return c, st

    def wire_line(self, c: T.Ctx, agency: str) -> None:
        r = self.rng
        lang = c.lang
        if lang == "de":
            opts = [f"({agency})", f"Quelle: {agency}", f"Mit Material von {agency}", f"{agency}/red",
                    f"Mit Material der Nachrichtenagentur {agency}."]
            if agency == "dpa":
                opts.append("dpa/lby")
        elif lang == "fr":
            opts = [f"Avec {agency}", f"(avec {agency})", f"Source : {agency}", f"— {agency}", f"avec {agency}."]
        elif lang == "es":
            ag = "EUROPA PRESS" if agency == "Europa Press" else agency
            opts = [f"({ag})", f"Fuente: {ag}", f"Con información de {ag}", f"— {ag}", f"Agencia {ag}"
                    if agency == "EFE" else f"Fuente: {agency}"]
        else:
            long = AGENCIES[agency][0] if AGENCIES[agency] else agency
            opts = [f"(With {agency} inputs)", f"— {agency}", f"(Reporting by {agency} staff)",
                    f"With inputs from {long}", f"The {long} contributed to this report." if agency == "AP"
                    else f"{agency} contributed to this report.", f"[{agency}]"]
        t = r.choice(opts)
        ev = next(x for x in [agency, "EUROPA PRESS", AGENCIES[agency][0] if AGENCIES[agency] else agency]
                  if x in t)
        facts = [T.agency_fact(agency, ev)] if ev not in ("red",) else []
        if "Reporting by" in t and r.random() < 0.5:
            t = f"Reporting by {r.choice(PEOPLE['en'])}; Editing by {r.choice(PEOPLE['en'])}"
            facts = []
        c.doc.bp(t, "wire_credit_line", facts)

    def a_broadcaster(self, lang: str) -> tuple[T.Ctx, dict[str, Any]]:
        r = self.rng
        st = self.story(lang)
        c = self.ctx(lang, f"{lang}_bc", st)
        agency = {"de": r.choice(["dpa", "epd", "KNA"]), "fr": "AFP", "es": r.choice(["EFE", "Europa Press"])}[lang]
        T.skip_link(c)
        T.nav_menu(c)
        if r.random() < 0.5:
            T.section_label(c)
        self.add_title(c, 0.6)
        media = {"de": ["Audio abspielen", "Video: 2:14 Min.", "Hören", "Beitrag anhören (3:05)", "▶ Video ansehen"],
                 "fr": ["Écouter (3 min)", "Vidéo : 2 min 30", "▶ Lire la vidéo", "Réécouter l'émission"],
                 "es": ["Escuchar audio", "Vídeo: 2:14", "▶ Reproducir", "Escuchar (3 min)"]}[lang]
        if r.random() < 0.8:
            c.doc.bp(r.choice(media), "media_label")
        if r.random() < 0.6:
            T.date_line(c, r.choice(["published", "updated"]))
        if r.random() < 0.4:
            T.photo(c, agency if r.random() < 0.5 else None)
        use_ag = r.random() < 0.6
        self.add_body(c, st, agency if use_ag else None, [])
        if r.random() < 0.6:
            self.wire_line(c, agency)
        show = {"de": ["Sendung: Abendschau, 19.30 Uhr", "Dieses Thema im Programm: Regionalmagazin am Abend",
                       "Mehr dazu in der Mediathek", "Sendung: Aktuell um zwölf"],
                "fr": ["Ce sujet a été diffusé dans le journal de 12h30.", "Retrouvez l'émission en replay.",
                       "Émission : Le 19-20 régional"],
                "es": ["Escucha el programa completo en nuestra web.", "Esta información se emitió en el informativo del mediodía.",
                       "Programa: Hoy por la mañana"]}[lang]
        if r.random() < 0.6:
            c.doc.bp(r.choice(show).format(s=c.site), "broadcast_info")
        if r.random() < 0.6:
            T.share_row(c)
        if r.random() < 0.5:
            T.headline_list(c, r.choice(["related", "more"]))
        if r.random() < 0.4:
            T.app_promo(c)
        T.footer(c)
        if r.random() < 0.5:
            T.copyright_notice(c, site_fact=True)
        return c, st

    def a_portal(self, lang: str) -> tuple[T.Ctx, dict[str, Any]]:
        r = self.rng
        st = self.story(lang)
        c = self.ctx(lang, f"{lang}_portal", st)
        agency = {"de": r.choice(["dpa", "AFP", "epd"]), "fr": r.choice(["AFP", "Belga"]),
                  "es": r.choice(["EFE", "Europa Press"])}[lang]
        if r.random() < 0.5:
            T.cookie_notice(c)
        T.nav_menu(c)
        if r.random() < 0.4:
            T.ui_word(c)
        self.add_title(c, 0.4)
        if r.random() < 0.5:
            T.date_line(c, "published")
        T.advertisement(c)
        mid = [lambda: T.advertisement(c), lambda: T.also_read(c)]
        if r.random() < 0.4:
            mid.append(lambda: T.shortcode(c))
        use_ag = r.random() < 0.5
        self.add_body(c, st, agency if use_ag else None, mid)
        if not use_ag or r.random() < 0.4:
            self.wire_line(c, agency)
        elif r.random() < 0.5:
            paper = r.choice(SITES[lang])
            pre = {"de": ["Quelle: ", "Quelle: ", "Zuerst erschienen bei "],
                   "fr": ["Source : ", "Article publié initialement par "],
                   "es": ["Fuente: ", "Publicado originalmente en "]}[lang]
            c.doc.bp(r.choice(pre) + paper, "source_link", [F("publisher", paper, paper)])
        if r.random() < 0.6:
            T.tags(c)
        T.headline_list(c, r.choice(["related", "trending", "ranking"]))
        if r.random() < 0.5:
            T.headline_list(c, r.choice(["more", "recommendation"]))
        if r.random() < 0.5:
            T.newsletter_promo(c)
        if r.random() < 0.4:
            T.comment_form(c)
        T.footer(c)
        if r.random() < 0.5:
            T.copyright_notice(c)
        return c, st

    def agg_disclaimer(self, c: T.Ctx, name: str | None) -> None:
        r = self.rng
        h = r.choice([24, 48, 72])
        if c.lang == "de":
            w = [f"Hinweis: {name} ist ein automatischer Nachrichtenaggregator. Alle Inhalte werden automatisch aus öffentlich zugänglichen Quellen übernommen; Rechte an Texten und Bildern liegen bei den jeweiligen Eigentümern. Bei Beanstandungen entfernen wir Inhalte innerhalb von {h} Stunden.",
                 f"Haftungsausschluss: Dieser Beitrag wurde von {name} automatisch aus einem RSS-Feed erstellt. Marken und Inhalte gehören ihren Eigentümern.",
                 f"Dieser Artikel wurde automatisch aus einem Nachrichtenfeed übernommen und nicht redaktionell bearbeitet. Löschanfragen werden binnen {h} Stunden bearbeitet."]
        elif c.lang == "fr":
            w = [f"Avertissement : {name} est un agrégateur automatique d'actualités. Les contenus appartiennent à leurs auteurs et sont supprimés sous {h} heures sur simple demande.",
                 f"{name} agrège automatiquement des articles publiés sur Internet. Toutes les marques citées appartiennent à leurs propriétaires respectifs.",
                 f"Cet article a été repris automatiquement d'un flux RSS. Pour toute demande de retrait, contactez-nous : nous agirons dans les {h} heures."]
        elif c.lang == "es":
            w = [f"Aviso: {name} es un agregador automático de noticias. Los contenidos pertenecen a sus respectivos autores y se retirarán en un plazo de {h} horas si así se solicita.",
                 f"Descargo de responsabilidad: {name} recopila automáticamente noticias de medios públicos. Las marcas registradas pertenecen a sus propietarios.",
                 f"Esta noticia se ha publicado automáticamente a partir de un feed RSS. Si eres el autor y deseas que la retiremos, escríbenos y lo haremos en menos de {h} horas."]
        else:
            w = [f"Disclaimer: {name} is an automated news aggregator. Every story is pulled automatically from public RSS feeds; all trademarks and copyrights belong to their respective owners. Content will be removed within {h} hours of a valid takedown request.",
                 f"{name} does not own any of the content on this page. It was collected automatically from the web. If you are the rightful owner and want it taken down, email [email protected] and we will act within {h} hours.",
                 f"NOTICE: This article was aggregated automatically by {name} from a third-party source. Logos, trademarks and text remain the property of their owners.",
                 f"Denial of liability: {name} republishes news gathered by bots from freely available sources. Nothing here is written by our team. Complaints? We remove content within {h} hours.",
                 f"This post was automatically imported from an external feed. We do not claim ownership of it; all rights belong to the original publisher. Removal requests are handled within {h} hours.",
                 f"Content on this site is curated automatically from public sources. Trademarks belong to their owners. For takedowns write to [email protected] (response within {h} hrs)."]
        if name is None:
            t = r.choice([x for x in w if "{name}" not in x and "None" not in x])
            c.doc.bp(t, "aggregator_disclaimer")
        else:
            t = r.choice([x for x in w if name in x])
            c.doc.bp(t, "aggregator_disclaimer", [F("aggregator", name, name)])

    def a_aggregator_intl(self, lang: str) -> tuple[T.Ctx, dict[str, Any]]:
        r = self.rng
        st = self.story(lang)
        c = self.ctx(lang, f"{lang}_portal", st)
        T.nav_menu(c)
        self.add_title(c, 0.6)
        if r.random() < 0.5:
            T.date_line(c, "published")
        if r.random() < 0.4:
            T.shortcode(c)
        self.add_body(c, st, None, [lambda: T.advertisement(c)] if r.random() < 0.5 else [])
        paper = r.choice(SITES[lang])
        phost = host_for(paper, TLD[lang])
        mode = r.randrange(3)
        if mode == 0:
            pre = {"de": "Quelle: ", "fr": "Source : ", "es": "Fuente: "}[lang]
            c.doc.bp(pre + paper, "source_link", [F("publisher", paper, paper)])
            ro = {"de": ["Zum Originalartikel", "Den vollständigen Artikel finden Sie hier"],
                  "fr": ["Lire l'article original", "Voir l'article d'origine"],
                  "es": ["Leer la noticia original", "Ver artículo original"]}[lang]
            c.doc.bp(r.choice(ro), "read_original")
        elif mode == 1:
            url = f"https://www.{phost}/{st['slug']}-{r.randrange(100000, 999999)}.html"
            pre = r.choice(["", "", {"de": "Originalartikel: ", "fr": "Article original : ", "es": "Noticia original: "}[lang]])
            c.doc.bp(pre + url, "original_url_line",
                     [F("original_url", url, url),
                      F("publisher", phost, f"www.{phost}", aliases=[f"www.{phost}", phost.split(".")[0], paper])])
        else:
            ro = {"de": "Dieser Artikel erschien zuerst bei {p}.", "fr": "Cet article a été publié initialement sur {p}.",
                  "es": "Este artículo se publicó originalmente en {p}."}[lang]
            c.doc.bp(ro.format(p=paper), "originally_appeared", [F("publisher", paper, paper)])
        if r.random() < 0.5:
            T.headline_list(c, r.choice(["related", "ymal", "more"]))
        name = c.site if r.random() < 0.6 else None
        self.agg_disclaimer(c, name)
        if r.random() < 0.5:
            T.comment_form(c)
        if r.random() < 0.4:
            T.back_to_top(c)
        return c, st

    # ---- English

    def a_wire_reprint(self) -> tuple[T.Ctx, dict[str, Any]]:
        r = self.rng
        st = self.story("en")
        g = r.choice(["en", "en", "en_aus", "en_africa"])
        c = self.ctx("en", g, st)
        agency = r.choice(["AP", "Reuters", "AFP", "UPI", "Bloomberg"]) if g != "en_aus" else r.choice(["AAP", "AFP", "Reuters"])
        if g == "en_africa":
            agency = r.choice(["AP", "Reuters", "AFP", "Xinhua"])
        if r.random() < 0.4:
            T.skip_link(c)
        if r.random() < 0.3:
            T.cookie_notice(c)
        T.nav_menu(c)
        if r.random() < 0.5:
            T.breadcrumb(c)
        self.add_title(c, 0.6)
        c.agency = agency
        if r.random() < 0.6:
            T.byline(c, with_date=r.random() < 0.5, with_agency=True)
        if not c.doc.has_kind("published") and r.random() < 0.6:
            T.date_line(c, "published")
        if r.random() < 0.4:
            T.date_line(c, "updated")
        if r.random() < 0.4:
            T.reading_time(c)
        if r.random() < 0.5:
            T.photo(c, r.choice([agency, None]) if agency in ("AP", "AFP", "Reuters", "Xinhua", "AAP") else None)
        mid = [lambda: T.advertisement(c)] if r.random() < 0.7 else []
        if r.random() < 0.3:
            mid.append(lambda: T.headline_list(c, "related", r.randrange(1, 4)))
        self.add_body(c, st, agency, mid)
        long = AGENCIES[agency][0] if AGENCIES[agency] else agency
        ends = [f"Copyright {c.dt.year} {long}. All rights reserved. No part of this story may be republished, broadcast or rewritten without permission.",
                f"© {c.dt.year} {long}",
                f"(c) {c.dt.year} {long}. All Rights Reserved.",
                f"Content © {c.dt.year} {long}; distributed by the wire service. Redistribution prohibited."]
        if agency == "Reuters":
            ends += [f"Reporting by {r.choice(PEOPLE['en'])}; Editing by {r.choice(PEOPLE['en'])}"]
        t = r.choice(ends)
        if long in t:
            c.doc.bp(t, "copyright_notice", [T.agency_fact(agency, long)])
        else:
            c.doc.bp(t, "wire_credit_line")
        if r.random() < 0.5:
            T.share_row(c)
        if r.random() < 0.4:
            T.tags(c)
        for which in r.sample(["related", "ranking", "trending", "more"], r.randrange(0, 3)):
            T.headline_list(c, which)
        if r.random() < 0.4:
            T.newsletter_promo(c)
        if r.random() < 0.3:
            T.comment_form(c)
        T.footer(c)
        if r.random() < 0.6:
            T.copyright_notice(c, site_fact=True)
        return c, st

    def a_asia(self) -> tuple[T.Ctx, dict[str, Any]]:
        r = self.rng
        st = self.story("en")
        g = r.choice(["en_asia", "en_asia", "en_africa"])
        c = self.ctx("en", g, st)
        agency = r.choice(["PTI", "ANI", "IANS", "Xinhua", "Kyodo", "Yonhap", "PTI"])
        T.nav_menu(c)
        if r.random() < 0.4:
            T.section_label(c)
        self.add_title(c, 0.5)
        if r.random() < 0.5:
            T.date_line(c, r.choice(["published", "updated"]))
        if r.random() < 0.3:
            T.photo(c, agency if agency in ("PTI", "ANI", "IANS", "Xinhua") and r.random() < 0.6 else None)
        mid = [lambda: T.also_read(c)]
        if r.random() < 0.5:
            mid.append(lambda: T.advertisement(c))
        use_dl = r.random() < 0.7
        self.add_body(c, st, agency if use_dl else None, mid)
        if not use_dl or r.random() < 0.3:
            self.wire_line(c, agency)
        syn = [("This story has been published from a wire agency feed without modifications to the text; only the headline has been changed.", None),
               (f"(Except for the headline, this story has not been edited by {c.site} staff and is published from a syndicated feed.)", c.site),
               (f"Disclaimer: This is an auto-published story from a news agency feed. {c.site} takes no responsibility for its content.", c.site),
               ("[This article is an unedited copy of a wire report.]", None),
               (f"— Published by the {c.site} desk from an agency feed, unedited except for the headline.", c.site)]
        if r.random() < 0.6:
            t, pub = r.choice(syn)
            val = t.strip("()[]")
            facts = [F("syndication", val, val)]
            if pub:
                facts.append(F("publisher", pub, pub))
            c.doc.bp(t, "syndication_notice", facts)
        if r.random() < 0.5:
            promos = [f"Catch all the latest India news, world updates and live cricket scores on {c.site}.",
                      f"Stay ahead with breaking stories from across Asia only on {c.site}.",
                      f"For more business and market news, keep reading {c.site}."]
            if not c.doc.has_kind("publisher"):
                c.doc.bp(r.choice(promos), "publisher_promo", [F("publisher", c.site, c.site)])
            else:
                c.doc.bp(r.choice(["Catch all the breaking news and live updates here.",
                                   "Stay tuned for more updates."]), "publisher_promo")
        if r.random() < 0.5:
            T.app_promo(c)
        if r.random() < 0.5:
            T.date_line(c, "updated")
        if r.random() < 0.5:
            c.doc.bp(r.choice(["For all the latest Nation news, tap here", "Click here for more world news",
                               "To read more such stories, CLICK HERE", "Tap here 👉 for the latest stories"]),
                     "click_here_promo")
        if r.random() < 0.4:
            T.ui_word(c)
        if r.random() < 0.4:
            T.headline_list(c, r.choice(["related", "trending", "ranking"]))
        if r.random() < 0.4:
            T.social_promo(c)
        if r.random() < 0.3:
            self.agg_disclaimer(c, r.choice(SITES["en_agg"]) if r.random() < 0.5 else None)
        return c, st

    def a_syndication(self) -> tuple[T.Ctx, dict[str, Any]]:
        r = self.rng
        st = self.story("en")
        c = self.ctx("en", "en_agg", st)
        paper = r.choice(SITES["en"] + SITES["en_aus"])
        if r.random() < 0.5:
            T.nav_menu(c)
        self.add_title(c, 0.3)
        if r.random() < 0.5:
            c.doc.bp(r.choice([f"{paper}", f"Story by {paper}", f"From {paper}"]), "source_label",
                     [F("publisher", paper, paper)])
        if r.random() < 0.5:
            T.byline(c, with_date=r.random() < 0.5)
        if r.random() < 0.3:
            T.reading_time(c)
        self.add_body(c, st, r.choice([None, None, "AP", "Reuters"]),
                      [lambda: T.advertisement(c)] if r.random() < 0.6 else [])
        notes = [f"This story originally appeared on {paper}.", f"This article was originally published by {paper}.",
                 f"Originally published on {paper}. Republished with permission.",
                 f"This piece first ran in {paper} and is shared here as part of a content partnership.",
                 f"(Article first published on {paper}; syndicated by arrangement.)"]
        t = r.choice(notes)
        c.doc.bp(t, "originally_appeared", [F("publisher", paper, paper)])
        if r.random() < 0.5:
            c.doc.bp(r.choice(["Continue reading", "Continue Reading on the original site",
                               "View comments", "Read full article"]), "read_more")
        if r.random() < 0.6:
            T.headline_list(c, r.choice(["more", "ymal", "recommendation"]))
        if r.random() < 0.5:
            c.doc.bp(r.choice(["Sponsored Content", "Sponsored links", "Promoted stories", "Paid content"]),
                     "advertisement_label")
        if r.random() < 0.4:
            T.reaction_counter(c)
        if r.random() < 0.5:
            T.footer(c)
        return c, st

    def a_press_release(self) -> tuple[T.Ctx, dict[str, Any]]:
        r = self.rng
        pr = r.choice(PRESS)
        st = {"title": pr["title"], "paras": list(pr["paras"]), "source": "pr-" + pr["slug"], "city": None,
              "tags": [], "slug": pr["slug"]}
        c = self.ctx("en", "en", st)
        if r.random() < 0.5:
            T.nav_menu(c)
        self.add_title(c, 0.4)
        if r.random() < 0.5:
            T.date_line(c, "published")
        wire = r.choice(["/GlobeNewsline/", "/PR Wirecast/", "/BusinessNewsFeed/", "-- (NEWSWIRE-X) --"])
        d = c.dt
        first = f"{pr['city'].upper()}, {EN_MONTHS[d.month - 1]} {d.day}, {d.year} {wire} -- "
        st["paras"][0] = first + st["paras"][0]
        self.add_body(c, st, None, [], traps=False)
        if r.random() < 0.5:
            c.doc.bp(r.choice(["###", "# # #", "-30-"]), "press_end_marker")
        c.doc.bp(r.choice(["For more information contact:", "Media Contact:", "MEDIA CONTACT", "Press inquiries:"]),
                 "press_contact")
        c.doc.bp(r.choice(PEOPLE["en"]) + r.choice([", Communications Manager", "", " | Head of PR"]), "press_contact")
        if r.random() < 0.6:
            T.email_placeholder(c)
        if r.random() < 0.5:
            c.doc.bp(r.choice(["+1 (555) 013-4421", "Tel: +44 20 7946 0958", "Phone: +61 2 5550 1234"]), "press_contact")
        host = pr["host"]
        url = f"https://www.{host}/news-releases/{pr['slug']}-{r.randrange(300000000, 399999999)}.html"
        src = f"SOURCE {pr['company']}"
        aliases = [host, f"www.{host}", host.split(".")[0]]
        mode = r.randrange(3)
        if mode != 1:
            c.doc.bp(src, "press_release_source", [F("publisher", pr["company"], pr["company"], aliases=aliases)])
        if mode != 2:
            pre = r.choice(["View original content: ", "View original content to download multimedia: ",
                            "Original release: ", "See the full release at "])
            facts = [F("original_url", url, url)]
            if mode == 1:
                facts.append(F("publisher", host, f"www.{host}", aliases=[f"www.{host}", host.split(".")[0], pr["company"]]))
            c.doc.bp(pre + url, "view_original_content", facts)
        if r.random() < 0.4:
            T.headline_list(c, r.choice(["more", "related"]))
        if r.random() < 0.5:
            T.footer(c)
        return c, st

    def a_digest(self) -> tuple[T.Ctx, dict[str, Any]]:
        r = self.rng
        st = self.story("en")
        c = self.ctx("en", "en", st)
        nl = r.choice(["The Morning Rundown", "Daily Briefing", "The 5 O'Clock Digest", "Week in Review"])
        c.doc.bp(r.choice(["View in browser", "View this email in your browser", "Having trouble viewing? Open it online"]),
                 "newsletter_chrome")
        c.doc.bp(r.choice([f"{nl}", f"{nl.upper()}", f"📰 {nl}"]), "newsletter_chrome")
        if r.random() < 0.5:
            c.doc.bp(r.choice(["Forwarded this email? Sign up here.", "Did someone forward this to you? Subscribe for free."]),
                     "newsletter_promo")
        self.add_title(c, 0.0)
        self.add_body(c, st, r.choice([None, "AP", "Reuters"]), [])
        c.doc.bp(r.choice([f"You're receiving this because you signed up for {nl}.",
                           "You are receiving this email because you subscribed on our website.",
                           "This email was sent to [email protected]"]), "newsletter_chrome")
        c.doc.bp(r.choice(["Unsubscribe | Manage preferences", "Update your preferences or unsubscribe",
                           "Unsubscribe", "Manage subscription · Unsubscribe · Privacy"]), "newsletter_chrome")
        if r.random() < 0.5:
            c.doc.bp(r.choice(["1200 Harbor Blvd, Suite 400, Bay City", "Our mailing address is: PO Box 4417, Riverside"]),
                     "newsletter_chrome")
        return c, st

    def a_autoblog(self) -> tuple[T.Ctx, dict[str, Any]]:
        r = self.rng
        st = self.story("en")
        c = self.ctx("en", "en_agg", st)
        if r.random() < 0.3:
            T.theme_license(c)
        if r.random() < 0.5:
            T.nav_menu(c)
        paper = r.choice(SITES["en"] + SITES["en_asia"])
        src_suffix = r.random() < 0.4
        if src_suffix:
            c.doc.title(c.title, r.choice([" – ", " - ", " | "]), paper)
        else:
            self.add_title(c, 0.3)
        if r.random() < 0.5:
            T.stray_id(c)
        if r.random() < 0.5:
            T.date_line(c, "published")
        if r.random() < 0.3:
            T.category_line(c)
        if r.random() < 0.6:
            T.shortcode(c)
        agency = r.choice([None, None, "AP", "Reuters", "AFP", "PTI"])
        self.add_body(c, st, agency, [lambda: T.shortcode(c)] if r.random() < 0.5 else [])
        if r.random() < 0.5:
            T.shortcode(c)
        pub_done = src_suffix  # the title suffix is recorded as site_name, not publisher
        mode = r.randrange(5)
        if mode == 0:
            c.doc.bp(r.choice(["Source link", "source link", "Source", "Original Source"]), "source_link")
        elif mode == 1 and not pub_done:
            c.doc.bp(f"The post {c.title} appeared first on {paper}.", "originally_appeared",
                     [F("publisher", paper, paper, nth=-1)])
        elif mode == 2 and not pub_done:
            c.doc.bp(r.choice([f"Source: {paper}", f"Source : {paper}", f"SOURCE: {paper}", f"Source - {paper}"]),
                     "source_link", [F("publisher", paper, paper)])
        elif mode == 3:
            host = host_for(paper, "com")
            url = f"https://{r.choice(['www.', ''])}{host}/{r.choice(['news', 'story', '2025'])}/{r.randrange(10000, 99999)}"
            bare = url.split("//")[1].split("/")[0]
            c.doc.bp(url, "original_url_line",
                     [F("original_url", url, url),
                      F("publisher", host, bare, aliases=[f"www.{host}", host.split(".")[0], paper])])
        else:
            t = r.choice([f"Via: {paper}", f"via {paper}", "Read original article here", "Read the original story",
                          "➡️ Read the full story at the source"])
            c.doc.bp(t, "originally_appeared" if t.lower().startswith("via") else "read_original")
        if r.random() < 0.4:
            T.headline_list(c, "ymal", r.choice([0, 2, 3, 4]))
        if r.random() < 0.4:
            self.agg_disclaimer(c, c.site if r.random() < 0.6 else None)
        if r.random() < 0.6:
            T.comment_form(c)
        if r.random() < 0.5:
            T.prev_next(c)
        if r.random() < 0.4:
            T.headline_run(c)
        if r.random() < 0.2:
            T.email_placeholder(c)
        return c, st

    def a_spam_theme(self) -> tuple[T.Ctx, dict[str, Any]]:
        r = self.rng
        st = self.story("en")
        c = self.ctx("en", "en_agg", st)
        if r.random() < 0.5:
            T.theme_license(c)
        if r.random() < 0.5:
            T.section_label(c)
        elif r.random() < 0.5:
            T.breadcrumb(c)
        self.add_title(c, 0.3)
        if r.random() < 0.4:
            T.ui_word(c)
        if r.random() < 0.6:
            T.date_line(c, "published")
        if r.random() < 0.3:
            T.title_repeat(c)
        if r.random() < 0.4:
            T.photo(c, r.choice([None, "AFP", "Reuters", "Xinhua"]))
        self.add_body(c, st, r.choice([None, "Xinhua", "AFP", "Yonhap", "Kyodo"]), [])
        if r.random() < 0.5:
            T.tags(c, as_list=True)
        for _ in range(r.randrange(1, 3)):
            T.reaction_counter(c)
        for which in r.sample(["related", "ranking", "recommendation", "trending"], r.randrange(1, 4)):
            T.headline_list(c, which)
        if r.random() < 0.4:
            T.back_to_top(c)
        if r.random() < 0.3:
            T.copyright_notice(c, site_fact=True)
        return c, st

    def a_clean(self, lang: str, titled: bool) -> tuple[T.Ctx, dict[str, Any]]:
        st = self.story(lang)
        c = self.ctx(lang, lang if lang != "en" else "en", st, facts_ok=titled)
        if titled:
            c.doc.title(c.title)
        self.add_body(c, st, None, [], traps=self.rng.random() < 0.5)
        return c, st

    def a_nofacts(self, lang: str) -> tuple[T.Ctx, dict[str, Any]]:
        r = self.rng
        st = self.story(lang)
        c = self.ctx(lang, lang, st, facts_ok=False)
        head = [T.skip_link, T.cookie_notice, T.nav_menu, T.ui_word, T.reading_time, T.shortcode]
        tail = [T.share_row, T.newsletter_promo, T.app_promo, T.social_promo, T.comment_form, T.footer,
                T.back_to_top, T.read_more, T.republish_notice, T.reaction_counter, T.also_read]
        if lang == "en":
            head += [T.theme_license, T.stray_id]
            tail += [T.email_placeholder, T.headline_run]
        for fn in r.sample(head, r.randrange(1, 4)):
            fn(c)
        self.add_body(c, st, None, [lambda: T.advertisement(c)] if r.random() < 0.5 else [])
        for fn in r.sample(tail, r.randrange(2, 6)):
            fn(c)
        if r.random() < 0.5:
            T.headline_list(c, r.choice(["related", "ranking", "more", "ymal", "trending"]))
        return c, st

    def a_minimal(self, lang: str) -> tuple[T.Ctx, dict[str, Any]]:
        r = self.rng
        st = self.story(lang)
        c = self.ctx(lang, lang, st)
        self.add_title(c, 0.3)
        self.add_body(c, st, None, [])
        for fn in r.sample([T.share_row, T.read_more, T.back_to_top, T.comment_form, T.ui_word], r.randrange(1, 3)):
            fn(c)
        return c, st


# ----------------------------------------------------------------------------- press releases

PRESS: list[dict[str, Any]] = [
    {"title": "Northwind Solar Opens 120-Megawatt Plant in Rajasthan", "slug": "northwind-solar-opens-plant",
     "company": "Northwind Solar Ltd.", "host": "globenewsline.com", "city": "Jaipur",
     "paras": ["Northwind Solar Ltd., a developer of utility-scale renewable energy projects, today announced the commissioning of its 120-megawatt solar plant near Jodhpur, its largest installation to date.",
               "The plant is expected to generate about 260 gigawatt-hours of electricity a year, enough to power roughly 180,000 homes, under a 25-year purchase agreement with the state distribution company.",
               "\"This milestone shows that clean power can be built quickly and at scale,\" said Meera Kulkarni, chief executive of Northwind Solar. \"We are grateful to our partners and to the communities around the site.\"",
               "Construction began fourteen months ago and employed more than 900 local workers at its peak. The company said it would continue to fund a vocational training centre in the nearby village.",
               "Northwind Solar plans to add a further 400 megawatts of capacity across three states by the end of next year."]},
    {"title": "Harbor Health Launches Free Telehealth Service for Rural Patients", "slug": "harbor-health-telehealth-rural",
     "company": "Harbor Health Systems", "host": "prwirecast.com", "city": "Portland",
     "paras": ["Harbor Health Systems today launched a free telehealth service for patients living more than 30 miles from one of its hospitals.",
               "Patients can book video appointments with primary care doctors, nurses and mental health counsellors seven days a week. Prescriptions can be sent directly to local pharmacies.",
               "\"Distance should never decide whether someone sees a doctor,\" said Dr. Alan Brooks, the system's chief medical officer.",
               "The program is funded in part by a two-year state grant and will be evaluated by researchers at a regional university.",
               "Key features of the service include:",
               "- same-day appointments for urgent but non-emergency problems;",
               "- interpreters for 14 languages;",
               "- a phone-only option for patients without broadband."]},
    {"title": "Kestrel Robotics Raises $40 Million to Scale Warehouse Automation", "slug": "kestrel-robotics-series-b",
     "company": "Kestrel Robotics Inc.", "host": "businessnewsfeed.com", "city": "Austin",
     "paras": ["Kestrel Robotics Inc., which makes autonomous picking robots for e-commerce warehouses, said today it has closed a $40 million Series B funding round.",
               "The round was led by two venture firms, with participation from existing investors. The company will use the money to expand manufacturing and open offices in Europe.",
               "Kestrel's robots are currently deployed at 35 sites in North America and handle more than two million items a week.",
               "\"Our customers want flexible automation that works alongside their teams,\" said co-founder Lina Ortiz.",
               "The company expects to double its headcount to about 300 employees over the next 18 months."]},
]


# ----------------------------------------------------------------------------- main


def plan() -> list[tuple[str, str, Any]]:
    p: list[tuple[str, str, Any]] = []
    for lang, counts in (("de", dict(regional=7, broadcaster=4, portal=3, aggregator=2, clean=3, nofacts=4)),
                         ("fr", dict(regional=7, broadcaster=3, portal=4, aggregator=2, clean=3, nofacts=4)),
                         ("es", dict(regional=7, broadcaster=3, portal=4, aggregator=3, clean=2, nofacts=3))):
        for arch, n in counts.items():
            for i in range(n):
                p.append((lang, arch, i))
    for arch, n in dict(wire_reprint=13, asia_aggregator=13, syndication=9, press_release=5, newsletter_digest=4,
                        autoblog=12, spam_theme=9, clean=7, nofacts=10).items():
        for i in range(n):
            p.append(("en", arch, i))
    return p


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, default=20261123)
    ap.add_argument("--out", type=Path, default=HERE / "corpus.jsonl")
    args = ap.parse_args(argv)
    g = Gen(args.seed)
    items = plan()
    g.rng.shuffle(items)
    recs = []
    for idx, (lang, arch, i) in enumerate(items):
        r = g.rng
        if arch == "regional":
            c, st = g.a_regional(lang)
        elif arch == "broadcaster":
            c, st = g.a_broadcaster(lang)
        elif arch == "portal":
            c, st = g.a_portal(lang)
        elif arch == "aggregator":
            c, st = g.a_aggregator_intl(lang)
        elif arch == "clean":
            c, st = g.a_clean(lang, titled=(i % 2 == 1) if lang == "en" else (i % 2 == 0))
        elif arch == "nofacts":
            c, st = g.a_nofacts(lang)
        elif arch == "wire_reprint":
            c, st = g.a_wire_reprint()
        elif arch == "asia_aggregator":
            c, st = g.a_asia()
        elif arch == "syndication":
            c, st = g.a_syndication()
        elif arch == "press_release":
            c, st = g.a_press_release()
        elif arch == "newsletter_digest":
            c, st = g.a_digest()
        elif arch == "autoblog":
            c, st = g.a_autoblog()
        elif arch == "spam_theme":
            c, st = g.a_spam_theme()
        else:
            raise ValueError(arch)
        if arch in ("spam_theme",):
            layout = r.choice(["single", "single", "mixed"])
        elif arch == "clean":
            layout = r.choice(["double", "single", "double"])
        else:
            layout = r.choices(["double", "single", "mixed"], [50, 20, 30])[0]
        rendered = c.doc.render(r, layout, final_newline=r.random() < 0.5)
        rec = {"id": f"b{idx:03d}", "split": "dev" if idx % 3 == 0 else "test", "archetype": arch,
               "lang": lang, "source": st["source"], **rendered}
        recs.append(rec)
    args.out.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in recs), encoding="utf-8")
    print(f"wrote {len(recs)} documents to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
