"""Boilerplate templates, one function per kind, in varied wordings (English, and German, French
and Spanish for the commonest kinds).

These were written from general knowledge of WordPress themes, autoblog plugins, aggregator and
syndication sites, independently of newsclean's rule tables (never read while writing them).
Every function takes the document context and returns one or more labelled lines.
"""

# Prose, headlines and template sentences are kept on one line each:
# ruff: noqa: E501

from __future__ import annotations

import hashlib
import random
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TypeVar

from kit import (
    AGENCIES,
    Fx,
    Ln,
    Piece,
    bp,
    case_variant,
    credit_fx,
    date_en,
    date_intl,
    host_aliases,
    person,
)

_T = TypeVar("_T")


@dataclass
class Ctx:
    rng: random.Random
    lang: str
    title: str | None
    site: str | None  # serving site's name (used in suffixes, breadcrumbs, promos)
    publisher: tuple[str, str] | None  # (name, host) of the original publisher
    aggregator: str | None
    wire: str | None  # canonical agency
    section: str | None
    tags: list[str]
    authors: list[str]
    headlines: list[str]
    dt: datetime
    url_slug: str
    facts_ok: bool = True
    theme: str = "Newspaper"
    used: set[str] = field(default_factory=set)  # scalar fact keys already placed

    def ok(self, key: str) -> bool:
        """May a line carry fact ``key``? (scalar facts appear once per document)."""
        if not self.facts_ok:
            return False
        if key in ("credits", "tags", "authors"):
            return True
        return key not in self.used

    def pick(self, xs: Sequence[_T]) -> _T:
        return self.rng.choice(xs)


def R(c: Ctx, p: float) -> bool:
    return c.rng.random() < p


def agency_form(c: Ctx, canon: str, short: bool = False) -> str:
    forms = AGENCIES[canon]
    return forms[0] if short else c.rng.choice(forms)


# ------------------------------------------------------------------------------ head zone kinds

THEMES = ["Newspaper", "Soledad", "JNews", "Newsmatic", "Zox News", "Sahifa", "Bimber", "Foxiz",
          "Publisher", "Smart Mag", "MH Magazine", "ColorMag", "Newsup", "Morenews", "Herald Pro",
          "Inkwell", "Pressroom X", "Briefly", "Vlog Hub", "Magplus"]


def theme_license_banner(c: Ctx) -> list[Ln]:
    t = c.theme
    en = [
        "Your {t} license is not active. Please activate it in Appearance → Theme Options to receive updates and support.",
        "Please activate your copy of {t} to unlock all features. One license is valid for one site only.",
        "{t} theme: license key missing or invalid. Enter a valid purchase code under Settings > {t} License.",
        "Warning: this site uses an unregistered copy of the {t} plugin. Register your license to remove this notice.",
        "The {t} license for this domain has expired – renew it to keep receiving updates.",
        "License not activated! Activate {t} with your purchase code to import demos and get premium support.",
        "This is an unlicensed version of {t}. Purchase a license to remove this message.",
        "You are using {t} without a valid licence. Visit the dashboard to register your purchase code.",
        "{t} Pro is not activated. Please enter your license key to enable automatic updates.",
        "ERROR: {t} license verification failed for this domain. Contact the theme author.",
        "Theme license inactive: {t} requires a valid license for each domain it is installed on.",
        "Important: Register {t} to validate your license. Each domain needs its own license key.",
        "{t} is not registered yet – go to Theme Panel › License and paste your purchase code.",
        "Activate your {t} License Key to get access to all premium features and demo content.",
    ]
    intl = {
        "de": ["Die {t}-Lizenz ist nicht aktiviert. Bitte geben Sie Ihren Lizenzschlüssel in den Theme-Optionen ein.",
               "Ihre Lizenz für {t} ist ungültig. Für jede Domain wird eine eigene Lizenz benötigt."],
        "fr": ["La licence du thème {t} n'est pas validée. Rendez-vous dans les options du thème pour l'activer.",
               "Votre licence {t} n'est pas active : une licence est nécessaire pour chaque nom de domaine."],
        "es": ["La licencia del tema {t} no está validada. Ve a las opciones del tema para activarla.",
               "Tu licencia de {t} no está activa. Necesitas una licencia por cada dominio."],
    }
    pool = intl[c.lang] if c.lang in intl and R(c, 0.7) else en
    s = c.pick(pool).replace("{t}", t)
    return [bp("theme_license_banner", "{s}", s=case_variant(c.rng, s, 0.05, 0.0))]


def skip_link(c: Ctx) -> list[Ln]:
    words = {"en": ["Skip to content", "Skip to main content", "Skip to the content", "Jump to content",
                    "Skip to navigation", "Skip to footer", "skip to content"],
             "de": ["Zum Inhalt springen", "Direkt zum Inhalt"],
             "fr": ["Aller au contenu", "Passer au contenu principal"],
             "es": ["Saltar al contenido", "Ir al contenido principal"]}
    return [bp("skip_link", "{s}", s=c.pick(words.get(c.lang, words["en"])))]


NAV = {
    "en": ["Home", "World", "India", "US", "Business", "Markets", "Tech", "Technology", "Sports",
           "Entertainment", "Lifestyle", "Health", "Science", "Opinion", "Politics", "Videos",
           "Photos", "Latest", "Local", "Weather", "Travel", "Education", "Auto", "Crypto"],
    "de": ["Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Panorama", "Wissen", "Reisen"],
    "fr": ["Accueil", "Monde", "Politique", "Économie", "Sport", "Culture", "Société", "Sciences"],
    "es": ["Inicio", "Internacional", "Política", "Economía", "Deportes", "Cultura", "Sociedad"],
}


def nav_menu(c: Ctx) -> list[Ln]:
    items = c.rng.sample(NAV.get(c.lang, NAV["en"]), k=c.rng.randint(3, 6))
    if R(c, 0.4):
        sep = c.pick([" | ", " · ", "  ", " / ", " • "])
        return [bp("nav_menu", "{s}", s=sep.join(items))]
    out = [bp("nav_menu", "{s}", s=case_variant(c.rng, it, 0.2, 0.05)) for it in items]
    if R(c, 0.3):
        out.insert(0, bp("nav_menu", "{s}", s=c.pick(["Menu", "MENU", "☰ Menu", "Navigation"])))
    return out


SECTIONS = {
    "en": ["World", "Politics", "Business", "Tech", "Sports", "Entertainment", "Health", "Science",
           "Markets", "Lifestyle", "India News", "US News", "Asia", "Europe", "Economy", "Auto",
           "Education", "Travel", "Climate", "Crime", "Opinion", "Local News", "Technology"],
    "de": ["Politik", "Wirtschaft", "Ausland", "Panorama", "Sport", "Wissen", "Kultur"],
    "fr": ["Monde", "Politique", "Économie", "Société", "Sport", "Culture", "International"],
    "es": ["Internacional", "Política", "Economía", "Sociedad", "Deportes", "Cultura"],
}


def section_label(c: Ctx) -> list[Ln]:
    sec = c.section or c.pick(SECTIONS.get(c.lang, SECTIONS["en"]))
    shown = case_variant(c.rng, sec, 0.25, 0.1)
    facts = [Fx("section", sec, shown)] if c.ok("section") else []
    piece = Piece(shown, facts)
    news_alias = [Fx("section", sec, shown, [sec + " News"])] if facts else []
    if c.lang == "en":
        tpl = c.pick(["{s}", "{s}", "{s}", "Category: {s}", "Filed under: {s}", "Posted in {s}",
                      "Section: {s}", "{s} News" if not sec.endswith("News") else "{s}"])
        if tpl == "{s} News":
            piece = Piece(shown, news_alias)
    else:
        tpl = c.pick(["{s}", "{s}", {"de": "Rubrik: {s}", "fr": "Rubrique : {s}",
                                     "es": "Sección: {s}"}[c.lang]])
    if facts:
        c.used.add("section")
    return [bp("section_label", tpl, s=piece)]


def breadcrumb(c: Ctx, glue_title: bool = False) -> list[Ln]:
    home = {"en": ["Home", "HOME", "News", "Home Page"], "de": ["Startseite", "Home"],
            "fr": ["Accueil"], "es": ["Inicio", "Portada"]}[c.lang]
    sep = c.pick([" > ", " » ", " / ", " › ", "»", " >> ", " → "])
    sec = c.section or c.pick(SECTIONS.get(c.lang, SECTIONS["en"]))
    mid = []
    if R(c, 0.4):
        mid = [c.pick(["News", "Latest", "Stories"] if c.lang == "en" else [
            {"de": "Nachrichten", "fr": "Actualités", "es": "Noticias"}[c.lang]])]
    prefix = c.pick(["", "", "", "You are here: ", "Current:", "Current: "] if c.lang == "en" else [""])
    shown_sec = case_variant(c.rng, sec, 0.05, 0.25)
    crumbs = sep.join([c.pick(home), *mid])
    sec_facts = [Fx("section", sec, shown_sec)] if c.ok("section") else []
    if sec_facts:
        c.used.add("section")
    if not glue_title or c.title is None:
        ln = bp("breadcrumb", "{p}{c}{sep}{s}", p=prefix, c=crumbs, sep=sep,
                s=Piece(shown_sec, sec_facts))
        return [ln]
    glue = c.pick(["", "", sep, " "])
    site = c.site
    suffix = ""
    site_facts: list[Fx] = []
    if site and R(c, 0.7):
        sfx_sep = c.pick([" -", " - ", " | ", " – "])
        suffix = sfx_sep + site
        if c.ok("site_name"):
            site_facts = [Fx("site_name", site, site)]
            c.used.add("site_name")
    ln = bp("breadcrumb_title", "{p}{c}{sep}{s}{g}{t}{sfx}", p=prefix, c=crumbs, sep=sep,
            s=Piece(shown_sec, sec_facts), g=glue, t=c.title,
            sfx=Piece(suffix, site_facts))
    crumb_text = f"{prefix}{crumbs}{sep}{shown_sec}{glue}"
    # title_text must follow the breadcrumb after optional whitespace
    ln.extra = {"breadcrumb": crumb_text.rstrip() if glue == " " else crumb_text,
                "title_text": c.title, "site_suffix": site if suffix else None}
    return [ln]


def title_repeat(c: Ctx) -> list[Ln]:
    assert c.title
    return [bp("title_repeat", "{t}", t=c.title)]


def ui_word(c: Ctx) -> list[Ln]:
    words = {"en": ["More", "Less", "View", "Show more", "Show less", "Loading...", "Loading…", "Print",
                    "Email", "Close", "Search", "Listen", "Expand", "Collapse", "View all", "See more",
                    "Zoom", "Font size", "A+ A-", "Open in app", "Menu", "Toggle navigation", "×"],
             "de": ["Mehr", "Weniger", "Drucken", "Teilen", "Schließen", "Mehr anzeigen"],
             "fr": ["Plus", "Moins", "Imprimer", "Fermer", "Voir plus"],
             "es": ["Más", "Menos", "Imprimir", "Cerrar", "Ver más"]}
    pool = words.get(c.lang, words["en"]) if R(c, 0.8) else words["en"]
    n = 2 if R(c, 0.3) else 1
    return [bp("ui_word", "{w}", w=w) for w in c.rng.sample(pool, n)]


def reading_time(c: Ctx) -> list[Ln]:
    n = c.rng.randint(2, 12)
    en = [f"{n} min read", f"Reading time: {n} minutes", "Listen to this article",
          f"Estimated read time: {n} min", f"{n} minute read", f"⏱ {n} min", "Listen to this story",
          f"Read Time:{n} Minute, {c.rng.randint(1, 59)} Second", "Audio available", "Text size"]
    intl = {"de": [f"Lesezeit: {n} Minuten", f"{n} Min. Lesezeit", "Artikel anhören"],
            "fr": [f"Temps de lecture : {n} min", f"Lecture {n} min", "Écouter cet article"],
            "es": [f"Tiempo de lectura: {n} min", f"{n} minutos de lectura", "Escuchar artículo"]}
    pool = intl[c.lang] if c.lang in intl and R(c, 0.8) else en
    return [bp("reading_time", "{s}", s=c.pick(pool))]


def stray_id(c: Ctx) -> list[Ln]:
    r = c.rng
    h = hashlib.md5(str(r.random()).encode()).hexdigest()
    opts = [
        f"{r.getrandbits(40):x}{r.randrange(16**4):04x}.{r.randrange(10**8):08d}",
        h, hashlib.sha1(h.encode()).hexdigest(), str(uuid.UUID(int=r.getrandbits(128))),
        f"post-{r.randrange(10**4, 10**6)}", f"#{r.randrange(10**5, 10**7)}",
        f"ID: {r.randrange(10**6, 10**9)}", h[:12], f"{r.randrange(10**12, 10**13)}",
        f"a{h[:7]}-{h[7:11]}", f"[{h[:16]}]", f"article_{r.randrange(10**5, 10**7)}",
    ]
    return [bp("stray_id", "{s}", s=r.choice(opts))]


def shortcode(c: Ctx, which: int | None = None) -> list[Ln]:
    r = c.rng
    opts = ["[ad_1]", "[ad_2]", "[adinserter block=\"1\"]", "[td_block_ad_box spot_id=\"custom_ad_1\"]",
            "[sc name=\"ad\"]", "[the_ad id=\"812\"]", "[ads]", "[ad_3]", "[/ad]"]
    s = opts[which] if which is not None else r.choice(opts)
    return [bp("shortcode", "{s}", s=s)]


# ------------------------------------------------------------------------ bylines and dates

def _date(c: Ctx) -> tuple[str, str, list[str]]:
    return date_en(c.rng, c.dt) if c.lang == "en" else date_intl(c.rng, c.dt, c.lang)


PUB_LABELS = {"en": ["Published: ", "Published on ", "Posted on ", "Posted: ", "Date: ", "Date:",
                     "First published: ", "Published ", "PUBLISHED: ", "Publication date: ",
                     "Posted ", "Created: "],
              "de": ["Veröffentlicht am ", "Veröffentlicht: ", "Erstellt: "],
              "fr": ["Publié le ", "Publié : "],
              "es": ["Publicado el ", "Publicado: ", "Fecha: "]}
UPD_LABELS = {"en": ["Updated: ", "Last updated: ", "Updated on ", "UPDATED: ", "Modified: ",
                     "Last modified: ", "Updated ", "Last Updated: ", "Updated - "],
              "de": ["Aktualisiert am ", "Zuletzt aktualisiert: ", "Aktualisiert: "],
              "fr": ["Mis à jour le ", "Mis à jour : ", "Actualisé le "],
              "es": ["Actualizado el ", "Actualizado: ", "Última actualización: "]}


def date_line(c: Ctx, which: str = "published", both: bool = False) -> list[Ln]:
    """A labelled date line ('Updated: ...'); ``both`` gives 'Published ... | Updated ...'."""
    text, val, al = _date(c)
    key = which
    facts = [Fx(key, val, text, al)] if c.ok(key) else []
    lab = c.pick((PUB_LABELS if key == "published" else UPD_LABELS)[c.lang])
    lab = case_variant(c.rng, lab, 0.1, 0.05)
    if facts:
        c.used.add(key)
    if both and key == "published":
        later = c.dt.replace(hour=(c.dt.hour + c.rng.randint(1, 5)) % 24)
        save = c.dt
        c.dt = later
        t2, v2, a2 = _date(c)
        c.dt = save
        f2 = [Fx("updated", v2, t2, a2)] if c.ok("updated") else []
        if f2:
            c.used.add("updated")
        sep = c.pick([" | ", " / ", "  ", ", ", " · "])
        ul = c.pick(UPD_LABELS[c.lang])
        return [bp("date_line", "{l}{d}{sep}{u}{d2}", l=lab, d=Piece(text, facts), sep=sep,
                   u=ul, d2=Piece(t2, f2))]
    return [bp("date_line", "{l}{d}", l=lab, d=Piece(text, facts))]


def byline(c: Ctx, with_date: bool = False) -> list[Ln]:
    names = c.authors or [person(c.rng)]
    by = {"en": ["By ", "BY ", "By: ", "Written by ", "Author: ", "Story by ", "Reported by "],
          "de": ["Von ", "Autor: "], "fr": ["Par ", "Auteur : "], "es": ["Por ", "Autor: "]}[c.lang]
    lab = c.pick(by)
    pieces: list[Piece] = []
    for n in names:
        shown = n.upper() if lab.isupper() else n
        pieces.append(Piece(shown, [Fx("authors", n, shown)] if c.ok("authors") else []))
    joiner = {"en": " and ", "de": " und ", "fr": " et ", "es": " y "}[c.lang]
    tpl = "{l}" + joiner.join(f"{{a{i}}}" for i in range(len(pieces)))
    kw: dict[str, str | Piece] = {"l": lab}
    kw.update({f"a{i}": p for i, p in enumerate(pieces)})
    if c.wire and c.lang == "en" and R(c, 0.25):
        form = agency_form(c, c.wire)
        tpl += ", {w}"
        kw["w"] = Piece(form, [credit_fx(c.wire, form)] if c.ok("credits") else [])
    elif c.site and R(c, 0.15) and c.lang == "en":
        tpl += c.pick([" | {s}", ", {s}"])
        kw["s"] = c.site
    if with_date:
        text, val, al = _date(c)
        facts = [Fx("published", val, text, al)] if c.ok("published") else []
        if facts:
            c.used.add("published")
        tpl += c.pick([" | {d}", " - {d}", " • {d}", "  {d}", " | Published: {d}", ", {d}"])
        kw["d"] = Piece(text, facts)
    return [bp("byline", tpl, **kw)]


# ------------------------------------------------------------------------ mid-body kinds

def advertisement_label(c: Ctx) -> list[Ln]:
    en = ["Advertisement", "ADVERTISEMENT", "- Advertisement -", "Advertisement · Scroll to continue",
          "Story continues below advertisement", "Sponsored", "AD", "— ADVERTISEMENT —",
          "Article continues below this ad", "Ad", "Advertisement - Continue Reading Below",
          "SPONSORED CONTENT", "Continue reading the main story", "Paid content"]
    intl = {"de": ["Anzeige", "ANZEIGE", "Werbung"], "fr": ["Publicité", "PUBLICITÉ"],
            "es": ["Publicidad", "PUBLICIDAD", "Anuncio"]}
    pool = intl[c.lang] if c.lang in intl and R(c, 0.85) else en
    return [bp("advertisement_label", "{s}", s=c.pick(pool))]


def also_read(c: Ctx) -> list[Ln]:
    h = c.pick(c.headlines)
    lab = {"en": ["Also Read: ", "ALSO READ | ", "Also read: ", "Read also: ", "READ: ", "READ MORE: ",
                  "Also Read | ", "ALSO READ: ", "RELATED: ", "See also: ", "Must read: ", "Don't miss: "],
           "de": ["Lesen Sie auch: ", "Auch interessant: ", "Mehr zum Thema: "],
           "fr": ["À lire aussi : ", "Lire aussi : ", "À voir aussi : "],
           "es": ["Lee también: ", "Te puede interesar: ", "Leer más: "]}[c.lang]
    return [bp("also_read", "{l}{h}", l=c.pick(lab), h=h)]


CAPTION_ACTS = [
    "speaks during a news conference in {city} on {date}",
    "arrives for a meeting at the headquarters in {city}",
    "waves to supporters after a rally in {city}",
    "looks on during a ceremony in {city} on {date}",
    "is seen at an event in {city} earlier this month",
    "addresses delegates at a summit in {city}",
    "walks past a closed shop in {city}",
    "gestures as she speaks to reporters outside parliament in {city}",
]
CAPTION_SCENES = [
    "Firefighters work to contain a blaze near {city} on {date}.",
    "People queue outside a bank branch in {city}.",
    "A general view of the port of {city}, {date}.",
    "Demonstrators hold placards during a protest in {city} on {date}.",
    "Traders work on the floor of the stock exchange in {city}.",
    "Rescue workers search through rubble in {city}.",
    "Commuters wait at a station in {city} during the strike.",
    "Visitors walk through the exhibition hall in {city} on {date}.",
    "Police officers stand guard outside the court in {city}.",
    "Farmers harvest wheat in a field outside {city}.",
]


def _caption_text(c: Ctx) -> str:
    from kit import CITIES, MONTHS_EN
    city = c.pick(CITIES).title()
    date = f"{MONTHS_EN[c.dt.month - 1]} {c.dt.day}, {c.dt.year}"
    s = f"{person(c.rng)} " + c.pick(CAPTION_ACTS) + "." if R(c, 0.45) else c.pick(CAPTION_SCENES)
    s = s.replace("{city}", city).replace("{date}", date)
    if R(c, 0.15):
        s = c.pick(["FILE PHOTO: ", "File photo: ", "Representative image: ", "Image: "]) + s
    return s


def photo_credit_piece(c: Ctx) -> tuple[Piece, str]:
    """A photo credit value with its facts; also returns the credit text."""
    r = c.rng
    ag = c.wire if c.wire and R(c, 0.5) else r.choice(["AFP", "Reuters", "AP", "EPA", "dpa", "Xinhua",
                                                          "ANI", None, None, None])
    name = person(r)
    if ag is None:
        credit = r.choice([name, f"{name}/Staff", f"Courtesy of {name}", f"{name} for {c.site or 'the site'}",
                           "Handout", "Supplied", "Wikimedia Commons", "File", "Unsplash"])
    elif ag == "EPA":
        credit = f"{name}/EPA"
        ag = None
    else:
        form = agency_form(c, ag, short=True)
        credit = r.choice([f"{name}/{form}", f"{form}", f"{name}/{form}/Pool", f"{form}/{name}",
                           f"{form} Photo/{name}", f"{form} file photo"])
    facts: list[Fx] = []
    if c.ok("photo_credit"):
        facts.append(Fx("photo_credit", credit, credit))
        c.used.add("photo_credit")
    if ag and c.ok("credits"):
        facts.append(credit_fx(ag, AGENCIES[ag][0]))
    return Piece(credit, facts), credit


def photo(c: Ctx) -> list[Ln]:
    """A caption and/or a credit line (pair, or credit folded into the caption)."""
    piece, _ = photo_credit_piece(c)
    lab = {"en": ["Photo: ", "Image: ", "Credit: ", "Photograph: ", "photograph: ", "Photo credit: ",
                  "Image credit: ", "PHOTO: ", "Photo by ", "Picture: ", "Image Source: "],
           "de": ["Foto: ", "Bild: ", "© Foto: "], "fr": ["Photo : ", "Crédit photo : ", "© "],
           "es": ["Foto: ", "Imagen: ", "Fotografía: "]}[c.lang]
    r = c.rng.random()
    cap = _caption_text(c) if c.lang == "en" else {
        "de": "Blick auf das Rathaus am Abend der Entscheidung.",
        "fr": "Vue de la place centrale le jour du rassemblement.",
        "es": "Vista de la plaza central durante la concentración."}[c.lang]
    if r < 0.45:
        return [bp("photo_caption", "{c}", c=cap), bp("photo_credit", "{l}{p}", l=c.pick(lab), p=piece)]
    if r < 0.6:
        return [bp("photo_credit", "{l}{p}", l=c.pick(lab), p=piece), bp("photo_caption", "{c}", c=cap)]
    if r < 0.8:
        tpl = c.pick(["{c} ({l}{p})", "{c} | {l}{p}", "{c} {l}{p}", "{c} (Image: {p})"])
        return [bp("photo_caption", tpl, c=cap, l=c.pick(lab).strip() + " ", p=piece)]
    return [bp("photo_credit", c.pick(["{l}{p}", "({l}{p})", "[{l}{p}]", "Photo by {p}"]),
               l=c.pick(lab), p=piece)]


# ------------------------------------------------------------------------ tail zone kinds

def wire_credit_line(c: Ctx) -> list[Ln]:
    ag = c.wire
    if ag is None or not c.ok("credits"):
        s = c.pick(["(With inputs from agencies)", "With agency inputs", "(With agency inputs)",
                    "— Agencies", "Source: Agencies", "(Inputs from agencies)", "— Wire services",
                    "(Agencies)", "With inputs from wire services"])
        return [bp("wire_credit_line", "{s}", s=s)]
    form = agency_form(c, ag)
    p = Piece(form, [credit_fx(ag, form)])
    tpl = c.pick(["(With inputs from {a})", "With inputs from {a}", "(With inputs from {a} and agencies)",
                  "— {a}", "-- {a}", "({a})", "Source: {a}", "(This story was provided by {a})",
                  "Additional reporting by {a}", "(Reporting by {a})", "- {a}", "Inputs from {a}",
                  "(With {a} inputs)", "Courtesy: {a}"])
    if c.lang == "de":
        tpl = c.pick(["(Mit Material von {a})", "Quelle: {a}", "({a})", "- {a}"])
    elif c.lang == "fr":
        tpl = c.pick(["(Avec {a})", "Source : {a}", "({a})", "Avec agences et {a}"])
    elif c.lang == "es":
        tpl = c.pick(["(Con información de {a})", "Fuente: {a}", "({a})"])
    return [bp("wire_credit_line", tpl, a=p)]


def copyright_notice(c: Ctx) -> list[Ln]:
    y = c.dt.year
    r = c.rng.random()
    if c.wire and c.ok("credits") and r < 0.4:
        form = agency_form(c, c.wire)
        p = Piece(form, [credit_fx(c.wire, form)])
        tpl = c.pick(["© {y} {a}. All rights reserved.", "Copyright {y} {a}", "© Copyright {a} {y}",
                      "(c) {y} {a}", "Copyright © {y} {a}. All Rights Reserved.", "© {a}"])
        return [bp("copyright_notice", tpl, y=str(y), a=p)]
    if c.site and "site_name" in c.used and r < 0.75:
        p = Piece(c.site, [Fx("site_name", c.site, c.site)] if c.facts_ok else [])
        tpl = c.pick(["© {y} {s}. All rights reserved.", "Copyright © {y} {s}", "© {s} {y}",
                      "Copyright {y} {s} | All Rights Reserved", "All content © {s}"])
        return [bp("copyright_notice", tpl, y=str(y), s=p)]
    intl = {"de": ["Alle Rechte vorbehalten.", f"© {y} Alle Rechte vorbehalten"],
            "fr": ["Tous droits réservés.", f"© {y} - Tous droits de reproduction réservés"],
            "es": ["Todos los derechos reservados.", f"© {y} Todos los derechos reservados"]}
    if c.lang in intl:
        return [bp("copyright_notice", "{s}", s=c.pick(intl[c.lang]))]
    return [bp("copyright_notice", "{s}", s=c.pick([
        f"© {y} All rights reserved.", "All rights reserved.", f"Copyright {y}. All rights reserved.",
        f"©{y} — All Rights Reserved", "© Copyright. All rights reserved"]))]


def republish_notice(c: Ctx) -> list[Ln]:
    en = ["This material may not be published, broadcast, rewritten or redistributed.",
          "This material may not be published, broadcast, rewritten, or redistributed without permission.",
          "Republication or redistribution of this content is expressly prohibited without prior written consent.",
          "No part of this article may be reproduced without written permission.",
          "Reproduction in whole or in part is prohibited.",
          "This content may not be copied, distributed or republished in any form.",
          "Unauthorized reproduction of this article is strictly prohibited.",
          "Do not republish without permission."]
    intl = {"de": ["Vervielfältigung nur mit Genehmigung.", "Weiterverbreitung ist ohne Genehmigung untersagt."],
            "fr": ["Toute reproduction est interdite sans autorisation.", "Reproduction interdite."],
            "es": ["Prohibida su reproducción total o parcial.", "Queda prohibida la reproducción sin autorización."]}
    pool = intl.get(c.lang, en)
    return [bp("republish_notice", "{s}", s=c.pick(pool))]


def syndication_notice(c: Ctx) -> list[Ln]:
    pub = c.publisher[0] if c.publisher and c.ok("publisher") else None
    if c.lang != "en":
        inner = {"de": ["Dieser Artikel wurde automatisch aus einem Agenturfeed übernommen und nicht von der Redaktion bearbeitet.",
                        "Diese Meldung wurde automatisch aus einem Nachrichtenfeed generiert."],
                 "fr": ["Cet article a été publié automatiquement à partir d'un flux d'agence, sans modification par la rédaction.",
                        "Cette dépêche est générée automatiquement à partir d'un fil d'agence."],
                 "es": ["Esta noticia se ha publicado automáticamente a partir de un servicio de agencia, sin edición por parte de la redacción.",
                        "Este contenido se genera automáticamente desde un feed sindicado."]}[c.lang]
        s = c.pick(inner)
        facts = [Fx("syndication", s, s)] if c.ok("syndication") else []
        if facts:
            c.used.add("syndication")
        tpl = c.pick(["({s})", "{s}"])
        return [bp("syndication_notice", tpl, s=Piece(s, facts))]
    with_pub = [
        "This story has not been edited by {p} staff and is auto-generated from a syndicated feed.",
        "Except for the headline, this story has not been edited by {p} staff and is published from a syndicated feed.",
        "Only the headline and picture of this report may have been reworked by the {p} staff; the rest of the content is auto-generated from a syndicated feed.",
        "This article has not been edited by {p} editorial team and is auto-generated from an agency feed.",
        "Disclaimer: This story is from a syndicated feed. {p} has not edited the content.",
        "This report is auto-generated from a syndicated news feed and has not been edited by {p}.",
        "Headline and content of this report have not been edited by {p} staff; it is published from a wire feed.",
    ]
    without = [
        "This story is published from a wire agency feed without modifications to the text.",
        "This article was generated from an automated news agency feed without modifications to text.",
        "Disclaimer: This article is auto-published from an agency feed without any modifications to the text and has not been reviewed by an editor.",
        "This is an auto-generated story from a syndicated feed; only the headline has been changed.",
        "This content is syndicated from a third-party feed and has not been edited by our staff.",
    ]
    if pub and R(c, 0.7):
        s_tpl = c.pick(with_pub)
        pre, post = s_tpl.split("{p}")
        full = pre + pub + post
        facts = [Fx("publisher", pub, pub, host_aliases(pub, c.publisher[1]) if c.publisher else [])]
        c.used.add("publisher")
    else:
        full = c.pick(without)
        facts = []
    if c.ok("syndication"):
        facts.append(Fx("syndication", full, full))
        c.used.add("syndication")
    tpl = c.pick(["({s})", "({s})", "{s}", "[{s}]"])
    return [bp("syndication_notice", tpl, s=Piece(full, facts))]


def publisher_promo(c: Ctx) -> list[Ln]:
    if not (c.publisher and c.ok("publisher")):
        return newsletter_promo(c)
    name, host = c.publisher
    p = Piece(name, [Fx("publisher", name, name, host_aliases(name, host))])
    c.used.add("publisher")
    tpl = c.pick([
        "Catch the latest headlines, market updates and breaking stories on {p}.",
        "Get all the latest news and live updates on {p}.",
        "Stay updated with the top business and world stories on {p}.",
        "Read more stories like this on {p}.",
        "For more news and analysis, visit {p}.",
        "Catch all the breaking news, latest updates and top stories only on {p}.",
        "Follow all the latest political news and analysis on {p}.",
        "Get the latest world news and current affairs on {p}.",
        "Keep up with the day's top stories on {p}.",
    ])
    return [bp("publisher_promo", tpl, p=p)]


def originally_appeared(c: Ctx) -> list[Ln]:
    if not (c.publisher and c.ok("publisher")):
        return read_original(c)
    name, host = c.publisher
    p = Piece(name, [Fx("publisher", name, name, host_aliases(name, host))])
    c.used.add("publisher")
    tpl = c.pick(["This article originally appeared on {p}.", "Originally published on {p}.",
                  "This story was originally published by {p}.", "Originally appeared on {p}",
                  "This article was first published in {p}.", "The post first appeared on {p}.",
                  "This article is republished from {p} under a Creative Commons license.",
                  "This article originally appeared in {p}. Read the original here.",
                  "Source: {p}", "Via {p}", "Read the original article on {p}.",
                  "(Courtesy: {p})"])
    if c.lang == "de":
        tpl = c.pick(["Dieser Artikel erschien zuerst bei {p}.", "Quelle: {p}"])
    elif c.lang == "fr":
        tpl = c.pick(["Cet article a été initialement publié par {p}.", "Source : {p}"])
    elif c.lang == "es":
        tpl = c.pick(["Este artículo se publicó originalmente en {p}.", "Fuente: {p}"])
    return [bp("originally_appeared", tpl, p=p)]


def original_url(c: Ctx) -> list[Ln]:
    if not c.publisher or not c.ok("original_url"):
        return source_link(c, allow_url=False)
    name, host = c.publisher
    slug = c.url_slug
    y, m = c.dt.year, c.dt.month
    path = c.pick([f"/news/{slug}", f"/{y}/{m:02d}/{c.dt.day:02d}/{slug}/", f"/world/{slug}-{c.rng.randrange(10**6, 10**8)}",
                   f"/article/{slug}.html", f"/{slug}-{c.rng.randrange(10**5, 10**7)}.html", f"/story/{slug}"])
    url = f"https://{host}{path}"
    aliases = [url.rstrip("/")] if url.endswith("/") else []
    facts = [Fx("original_url", url, url, aliases)]
    c.used.add("original_url")
    if c.ok("publisher"):
        facts.append(Fx("publisher", host[4:] if host.startswith("www.") else host,
                        host, host_aliases(name, host)))
        c.used.add("publisher")
    u = Piece(url, facts)
    r = c.rng.random()
    if r < 0.35:
        return [bp("original_url_line", "{u}", u=u)]
    if r < 0.5 and c.title:
        return [bp("original_url_line", "{u} {t}", u=u, t=c.title)]
    tpl = c.pick(["Source: {u}", "Source link: {u}", "Original article: {u}", "Read the full story at {u}",
                  "Via: {u}", "Originally published at {u}", "Source URL: {u}", "Read more at: {u}",
                  "Link: {u}", "Quelle: {u}" if c.lang == "de" else "Source: {u}"])
    return [bp("original_url_line", tpl, u=u)]


def source_link(c: Ctx, allow_url: bool = True) -> list[Ln]:
    if allow_url and c.publisher and c.ok("original_url") and R(c, 0.45):
        return original_url(c)
    pool = {"en": ["Source link", "Source Link", "source link", "Source", "SOURCE LINK", "Source:",
                   "Source link »", "Sources", "View Source", "Link to source"],
            "de": ["Quelle", "Quellenlink", "Link zur Quelle"], "fr": ["Lien source", "Source"],
            "es": ["Enlace de origen", "Fuente", "Enlace a la fuente"]}
    return [bp("source_link", "{s}", s=c.pick(pool.get(c.lang, pool["en"])))]


def read_original(c: Ctx) -> list[Ln]:
    pool = {"en": ["Read original article here", "Read the original article", "View original post",
                   "Click here to read the original article", "Read the full article here",
                   "Read original story", "Continue reading at the original source",
                   "View the original article", "Read the full story on the original site",
                   "Original article here", "See the original post"],
            "de": ["Originalartikel lesen", "Zum Originalartikel"],
            "fr": ["Lire l'article original", "Voir l'article d'origine"],
            "es": ["Leer el artículo original", "Ver artículo original"]}
    return [bp("read_original", "{s}", s=c.pick(pool.get(c.lang, pool["en"])))]


def read_more(c: Ctx) -> list[Ln]:
    pool = {"en": ["Read More", "Read more", "READ MORE", "Read more »", "Continue reading…",
                   "Continue Reading", "Read the full story", "Read full article", "Read more...",
                   "Read More →", "[Read More]", "Keep reading", "Full story"],
            "de": ["Weiterlesen", "Mehr lesen", "Weiterlesen »"], "fr": ["Lire la suite", "Lire plus"],
            "es": ["Leer más", "Seguir leyendo", "Leer más »"]}
    return [bp("read_more", "{s}", s=c.pick(pool.get(c.lang, pool["en"])))]


def click_here_promo(c: Ctx) -> list[Ln]:
    sec = c.pick(["world", "India", "business", "sports", "tech", "entertainment", "politics", "US"])
    nb = "\u00a0" if R(c, 0.3) else " "
    tpl = c.pick([f"For all the latest{nb}{sec} news, click here", f"For more {sec} news, click here.",
                  "Click here for the latest updates", f"Click here for more {sec} stories",
                  f"To read more {sec} news, CLICK HERE", f"For the latest {sec} updates Click Here{nb}",
                  "Click here to get the latest news on your phone",
                  f"For breaking {sec} news and live updates, click here."])
    return [bp("click_here_promo", "{s}", s=tpl)]


def app_promo(c: Ctx) -> list[Ln]:
    s = c.site or "our"
    s_app = f"the {s} app" if c.site else "our app"
    en = [f"Download {s_app} to get daily market updates.", f"Get {s_app} for iOS and Android.",
          f"Download {s_app} for the latest news on the go", "Read this story in our app",
          "Get the app", "Open in app for a better experience",
          f"Download {s_app} now – available on Google Play and the App Store.",
          "Stay informed: install our free news app.", "Get breaking news alerts on your phone. Download the app."]
    intl = {"de": ["Laden Sie jetzt unsere App herunter.", "Jetzt die App holen – kostenlos für iOS und Android."],
            "fr": ["Téléchargez notre application gratuite.", "Retrouvez toute l'actualité sur notre appli."],
            "es": ["Descarga nuestra app gratuita.", "Recibe las noticias en nuestra aplicación."]}
    pool = intl.get(c.lang, en)
    return [bp("app_promo", "{s}", s=c.pick(pool))]


def newsletter_promo(c: Ctx) -> list[Ln]:
    en = ["Sign up for our daily newsletter", "Subscribe to our newsletter to get the latest news in your inbox.",
          "Get the morning briefing delivered to your inbox.", "Enter your email address",
          "Subscribe", "SIGN UP", "Never miss a story: sign up for our free newsletter.",
          "Join 50,000+ readers who get our weekly digest.", "Subscribe to our newsletter",
          "Want more stories like this? Sign up for the weekly roundup.",
          "By signing up you agree to our Terms of Use and Privacy Policy.",
          "Thank you for subscribing!", "Sign up to receive our top stories every morning."]
    intl = {"de": ["Newsletter abonnieren", "Melden Sie sich für unseren Newsletter an."],
            "fr": ["Inscrivez-vous à notre newsletter", "Abonnez-vous à la newsletter quotidienne."],
            "es": ["Suscríbete a nuestro boletín", "Recibe nuestra newsletter en tu correo."]}
    pool = intl[c.lang] if c.lang in intl and R(c, 0.8) else en
    n = 2 if R(c, 0.3) else 1
    return [bp("newsletter_promo", "{s}", s=s) for s in c.rng.sample(pool, n)]


def social_promo(c: Ctx) -> list[Ln]:
    s = c.site or "us"
    en = [f"Follow {s} on Twitter, Facebook and Instagram", "Join our WhatsApp channel for the latest updates",
          "Like us on Facebook", f"Follow {s} on Google News", "Join our Telegram channel",
          "Follow us on X @newsdesk", "Click here to join our WhatsApp channel",
          "Stay connected with us on social media platforms for instant updates.",
          "Follow us on Instagram | Twitter | YouTube", "Subscribe to our YouTube channel"]
    intl = {"de": ["Folgen Sie uns auf Facebook und Instagram", "Jetzt unserem WhatsApp-Kanal folgen"],
            "fr": ["Suivez-nous sur Facebook et Instagram", "Rejoignez notre chaîne WhatsApp"],
            "es": ["Síguenos en Facebook y Twitter", "Únete a nuestro canal de WhatsApp"]}
    pool = intl[c.lang] if c.lang in intl and R(c, 0.8) else en
    return [bp("social_promo", "{s}", s=c.pick(pool))]


def share_row(c: Ctx) -> list[Ln]:
    nets = ["Facebook", "Twitter", "WhatsApp", "LinkedIn", "Email", "Telegram", "Reddit", "Pinterest",
            "Copy link", "X", "Print", "Tumblr"]
    lead = {"en": ["Share this:", "Share", "SHARE", "Share this article", "Share on:", "Share:"],
            "de": ["Teilen:", "Artikel teilen"], "fr": ["Partager :", "Partager cet article"],
            "es": ["Compartir:", "Comparte esta noticia"]}[c.lang]
    k = c.rng.randint(2, 5)
    chosen = c.rng.sample(nets, k)
    r = c.rng.random()
    if r < 0.35:
        return [bp("share_row", "{s}", s=c.pick(lead))] + [bp("share_row", "{s}", s=n) for n in chosen]
    if r < 0.7:
        fmt = c.pick(["Share on {n}", "{n}", "Share via {n}"])
        sep = c.pick([" ", " | ", "  ", " · "])
        return [bp("share_row", "{s}", s=sep.join(fmt.replace("{n}", n) for n in chosen))]
    if r < 0.85:
        return [bp("share_row", "{s}", s=c.pick(["Tweet", "Share", "Pin it", "Share 0", "0 Shares",
                                                 "Facebook Twitter WhatsApp Email"]))]
    return [bp("share_row", "{l} {s}", l=c.pick(lead), s=" ".join(chosen))]


def cookie_notice(c: Ctx) -> list[Ln]:
    en = ["We use cookies to ensure that we give you the best experience on our website. If you continue we will assume you are happy with it.",
          "This website uses cookies to improve your experience. You can opt out if you wish.",
          "By continuing to browse this site you agree to our use of cookies.",
          "We and our partners use cookies to personalise content and ads. See our Cookie Policy.",
          "Our site uses cookies. By using it you consent to the use of cookies in accordance with our privacy policy.",
          "This site uses cookies to deliver its services and analyse traffic.",
          "We value your privacy. We use cookies to enhance your browsing experience and analyse our traffic.",
          "Cookies help us deliver our services. Learn more"]
    intl = {"de": ["Wir verwenden Cookies, um Ihnen die bestmögliche Nutzung unserer Webseite zu ermöglichen.",
                   "Diese Website nutzt Cookies. Mit der Nutzung stimmen Sie der Verwendung zu."],
            "fr": ["Ce site utilise des cookies pour améliorer votre expérience de navigation.",
                   "En poursuivant votre navigation, vous acceptez l'utilisation de cookies."],
            "es": ["Utilizamos cookies para mejorar su experiencia en nuestro sitio web.",
                   "Este sitio web utiliza cookies. Al continuar navegando, acepta su uso."]}
    pool = intl[c.lang] if c.lang in intl and R(c, 0.85) else en
    out = [bp("cookie_notice", "{s}", s=c.pick(pool))]
    if R(c, 0.5):
        btn = {"en": ["Accept", "OK", "Got it!", "Accept All", "I agree", "Ok", "Reject", "Cookie settings",
                      "Accept Cookies"],
               "de": ["Akzeptieren", "Alle akzeptieren", "OK"], "fr": ["Accepter", "Tout accepter", "OK"],
               "es": ["Aceptar", "Aceptar todo", "Rechazar"]}[c.lang]
        out.append(bp("cookie_notice", "{s}", s=c.pick(btn)))
    return out


def email_placeholder(c: Ctx) -> list[Ln]:
    return [bp("email_placeholder", "{s}", s=c.pick([
        "[email protected]", "Email: [email protected]", "Contact: [email protected]",
        "Send news tips to [email protected]", "Write to us at [email protected]",
        "For feedback: [email protected]", "Mail: [email protected]", "E-Mail: [email protected]"]))]


def comment_form(c: Ctx) -> list[Ln]:
    if c.lang == "de" and R(c, 0.6):
        pool = [["Schreibe einen Kommentar", "Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.",
                 "Kommentar", "Name *", "E-Mail *", "Kommentar abschicken"],
                ["Kommentar verfassen", "Sie müssen angemeldet sein, um einen Kommentar abzugeben."]]
    elif c.lang == "fr" and R(c, 0.6):
        pool = [["Laisser un commentaire", "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *",
                 "Commentaire *", "Nom *", "E-mail *", "Laisser un commentaire"],
                ["Ajouter un commentaire", "Vous devez être connecté pour publier un commentaire."]]
    elif c.lang == "es" and R(c, 0.6):
        pool = [["Deja una respuesta", "Tu dirección de correo electrónico no será publicada. Los campos obligatorios están marcados con *",
                 "Comentario *", "Nombre *", "Correo electrónico *", "Publicar comentario"],
                ["Deja tu comentario", "Debes iniciar sesión para publicar un comentario."]]
    else:
        pool = [
            ["Leave a Reply Cancel reply", "Your email address will not be published. Required fields are marked *",
             "Comment *", "Name *", "Email *", "Website", "Save my name, email, and website in this browser for the next time I comment.",
             "Post Comment", "Δ"],
            ["Leave a Comment", "Cancel reply", "You must be logged in to post a comment."],
            ["Add a comment", "Your email will not be shared. Fields marked with an asterisk are mandatory.",
             "Submit"],
            ["0 Comments", "Be the first to comment"],
            [f"{c.rng.randint(1, 99)} Comments", "Join the conversation", "Log in to comment"],
            ["Comments are closed."],
            ["Post a Comment", "Name", "Email", "Message", "Send"],
            ["Leave a comment", "Comment", "Notify me of follow-up comments by email.",
             "Notify me of new posts by email."],
            ["Write a comment", "Comments", "Please read our comment policy before posting."],
            ["Leave a Reply", "Your email address will not be published."],
        ]
    block = c.pick(pool)
    k = c.rng.randint(1, len(block)) if R(c, 0.4) else len(block)
    return [bp("comment_form", "{s}", s=s) for s in block[:k]]


def reaction_counter(c: Ctx) -> list[Ln]:
    r = c.rng

    def n() -> int:
        return r.randint(0, 2500)

    opts = [f"Like ({n()})", f"Love {n()}", f"👍 {n()} 👎 {n()}", f"Wow! ({n()})", "Angry (0)",
            f"{n()} Likes", f"Was this article helpful? Yes ({n()}) No ({n()})",
            f"Rate this post: ★★★★☆ ({r.randint(1, 5)}.{r.randint(0, 9)}/5, {n()} votes)",
            f"Happy ({n()}) Sad ({n()}) Excited ({n()})", f"{n()} reactions", f"Funny! ({n()})",
            f"Upvote {n()}", f"❤️ {n()}", f"Sad 😢 {n()}", f"Interesting ({n()})", f"Clap {n()}"]
    k = 1 if r.random() < 0.6 else r.randint(2, 4)
    return [bp("reaction_counter", "{s}", s=s) for s in r.sample(opts, k)]


def author_bio(c: Ctx) -> list[Ln]:
    name = c.authors[0] if c.authors else person(c.rng)
    site = c.site or "the site"
    out: list[Ln] = []
    if R(c, 0.6):
        out.append(bp("author_bio", "{s}", s=c.pick(["About the Author", "ABOUT THE AUTHOR", "About the author",
                                                     "Author", "Author Profile", "The author"])))
    bio = c.pick([
        f"{name} is a senior correspondent at {site} covering politics and the economy.",
        f"{name} writes about technology, startups and the internet for {site}.",
        f"{name} has been a reporter since 2011 and joined {site} in 2019. Follow on X for updates.",
        f"{name} is a freelance journalist based in London.",
        f"{name} covers breaking news. Reach out via email with tips.",
        f"{name} is an editor at {site}. View all posts by {name}",
    ])
    out.append(bp("author_bio", "{s}", s=bio))
    if R(c, 0.3):
        out.append(bp("author_bio", "{s}", s=c.pick(["View all posts", "More by this author", "See author's posts"])))
    return out


def tag_list(c: Ctx) -> list[Ln]:
    tags = c.tags[:] or ["News"]

    def mk(t: str) -> Piece:
        return Piece(t, [Fx("tags", t, t)] if c.ok("tags") else [])

    hdr = {"en": ["Tags:", "TAGS", "Tags", "Topics:", "Tagged:", "Tagged with:", "Related Topics", "Keywords:",
                  "In this article:", "Related Tags"],
           "de": ["Schlagwörter:", "Themen:"], "fr": ["Étiquettes :", "Mots-clés :", "Sujets :"],
           "es": ["Etiquetas:", "Temas:"]}[c.lang]
    r = c.rng.random()
    if r < 0.45:
        sep = c.pick([", ", " , ", " | ", " · ", " #", "; "])
        if sep == " #":
            tpl = "#" + " #".join(f"{{t{i}}}" for i in range(len(tags)))
        else:
            tpl = c.pick(hdr) + " " + sep.join(f"{{t{i}}}" for i in range(len(tags)))
        return [bp("tag_line", tpl, **{f"t{i}": mk(t) for i, t in enumerate(tags)})]
    bullet = c.pick(["- ", "• ", "", "#", "* "])
    out = [bp("tag_list_header", "{h}", h=c.pick(hdr))]
    out += [bp("tag_item", "{b}{t}", b=bullet, t=mk(t)) for t in tags]
    return out


def back_to_top(c: Ctx) -> list[Ln]:
    pool = {"en": ["Back to top", "Back to top button", "↑ Back to Top", "Scroll to top", "Top", "BACK TO TOP",
                   "Go to top", "Back to Top ↑", "^ Top"],
            "de": ["Nach oben", "Zurück nach oben"], "fr": ["Retour en haut", "Haut de page"],
            "es": ["Volver arriba", "Ir arriba"]}
    return [bp("back_to_top", "{s}", s=c.pick(pool.get(c.lang, pool["en"])))]


def prev_next(c: Ctx) -> list[Ln]:
    h1, h2 = c.rng.sample(c.headlines, 2)
    labs = {"en": [("Previous post ", "Next post "), ("« Previous: ", "Next: "), ("PREVIOUS ARTICLE", "NEXT ARTICLE"),
                   ("← Older post ", "Newer post → "), ("Previous Article ", "Next Article "),
                   ("Prev ", "Next "), ("Previous story: ", "Next story: ")],
            "de": [("Vorheriger Artikel ", "Nächster Artikel ")], "fr": [("Article précédent ", "Article suivant ")],
            "es": [("Artículo anterior ", "Artículo siguiente ")]}[c.lang]
    a, b = c.pick(labs)
    r = c.rng.random()
    if r < 0.5:
        return [bp("prev_next_link", "{a}{h}", a=a, h=h1), bp("prev_next_link", "{b}{h}", b=b, h=h2)]
    if r < 0.7:
        return [bp("prev_next_link", "{a}", a=a.strip()), bp("prev_next_link", "{h}", h=h1),
                bp("prev_next_link", "{b}", b=b.strip()), bp("prev_next_link", "{h}", h=h2)]
    if r < 0.85:
        return [bp("prev_next_link", "{s}", s=c.pick(["« Previous Article", "Next Article »", "‹ Previous", "Next ›",
                                                      "Post navigation"]))]
    return [bp("prev_next_link", "{a}{h}", a=a, h=h1)]


FOOTER = {"en": ["About Us", "Contact Us", "Contact us", "Privacy Policy", "Terms of Use", "Terms and Conditions",
                 "Disclaimer", "DMCA", "Sitemap", "Advertise with us", "Careers", "Cookie Policy",
                 "Editorial Policy", "Corrections", "RSS", "Subscribe", "Accessibility"],
          "de": ["Impressum", "Datenschutz", "Kontakt", "AGB", "Über uns"],
          "fr": ["Mentions légales", "Contact", "Politique de confidentialité", "Qui sommes-nous"],
          "es": ["Aviso legal", "Contacto", "Política de privacidad", "Quiénes somos"]}


def footer(c: Ctx) -> list[Ln]:
    items = c.rng.sample(FOOTER.get(c.lang, FOOTER["en"]), k=min(len(FOOTER.get(c.lang, FOOTER["en"])),
                                                                  c.rng.randint(3, 6)))
    if R(c, 0.35):
        return [bp("footer_link", "{s}", s=c.pick([" | ", " · ", " - ", "  "]).join(items))]
    return [bp("footer_link", "{s}", s=it) for it in items]


def aggregator_disclaimer(c: Ctx) -> list[Ln]:
    agg = c.aggregator if c.aggregator and c.ok("aggregator") else None
    opener = c.pick(["Denial of responsibility! ", "Disclaimer: ", "DISCLAIMER: ", "Note: ", "Legal notice: ",
                     "", "", "Disclaimer - ", "Copyright notice: "])
    hours = c.pick(["24", "48", "72", "24-48", "12"])
    who = c.pick([
        "{a} is an automatic aggregator of news from media outlets around the world.",
        "{a} is an automated news aggregator.",
        "{a} collects articles automatically from publicly available RSS feeds.",
        "This article was automatically collected by {a} from a publicly available source.",
        "{a} is a news aggregation service; the content above was fetched automatically.",
        "{a} automatically aggregates news from around the web.",
        "{a} is a free news aggregator and does not create the articles it displays.",
    ])
    anon = c.pick([
        "This website is an automatic news aggregator.",
        "This site automatically aggregates content from the internet.",
        "This post was automatically published from an RSS feed.",
        "We are an automated aggregator and do not produce any of the content shown.",
    ])
    rights = c.pick([
        "All trademarks belong to their rightful owners and all materials to their authors.",
        "The content belongs to its respective owners.", "We do not claim ownership of any of the content.",
        "All rights remain with the original publisher.",
        "Copyrights and trademarks belong to their respective holders.",
        "The article is published for informational purposes only.",
    ])
    take = c.pick([
        f"If you are the owner of the content and want it removed, email us and it will be deleted within {hours} hours.",
        f"If you own the rights to this material and do not want it here, contact us at [email protected]; it will be removed within {hours} hours.",
        f"Copyright holders may request removal by writing to [email protected]. Removal takes place within {hours} hours.",
        f"For takedown requests please contact our team – content is taken down within {hours} hours.",
        f"Any complaint will be handled within {hours} hours of notice.",
    ])
    if c.lang == "de":
        who = "{a} ist ein automatischer Nachrichtenaggregator."
        anon = "Diese Website ist ein automatischer Nachrichtenaggregator."
        rights = "Alle Rechte liegen bei den jeweiligen Urhebern."
        take = f"Inhalte werden auf Anfrage innerhalb von {hours} Stunden entfernt."
        opener = c.pick(["Haftungsausschluss: ", "Hinweis: ", ""])
    elif c.lang == "fr":
        who = "{a} est un agrégateur automatique d'actualités."
        anon = "Ce site est un agrégateur automatique d'actualités."
        rights = "Tous les droits appartiennent à leurs propriétaires respectifs."
        take = f"Sur simple demande, le contenu sera supprimé sous {hours} heures."
        opener = c.pick(["Avertissement : ", "Clause de non-responsabilité : ", ""])
    elif c.lang == "es":
        who = "{a} es un agregador automático de noticias."
        anon = "Este sitio es un agregador automático de noticias."
        rights = "Todos los derechos pertenecen a sus respectivos propietarios."
        take = f"Si desea que se retire el contenido, será eliminado en un plazo de {hours} horas."
        opener = c.pick(["Aviso legal: ", "Descargo de responsabilidad: ", ""])
    if agg:
        pre, post = who.split("{a}")
        p = Piece(agg, [Fx("aggregator", agg, agg)])
        c.used.add("aggregator")
        parts_tpl = "{o}" + pre + "{a}" + post + " " + rights + " " + take
        lines = [bp("aggregator_disclaimer", parts_tpl, o=opener, a=p)]
    else:
        lines = [bp("aggregator_disclaimer", "{o}{s}", o=opener, s=f"{anon} {rights} {take}")]
    if R(c, 0.2) and c.lang == "en":  # split over two lines
        t = lines[0]
        cut = t.text.find(". ", t.text.find(". ") + 2) if agg else -1
        if cut > 0 and all(f.end <= cut + 1 for f in t.facts):
            a = Ln(t.text[:cut + 1], t.label, t.kind, t.facts)
            b = Ln(t.text[cut + 2:], t.label, t.kind, [])
            return [a, b]
    return lines


# ------------------------------------------------------------------------ headline lists

LIST_HEADERS: dict[str, dict[str, list[str]]] = {
    "related": {"en": ["Related", "RELATED", "Related:", "Related Posts", "Related Articles", "Related News",
                       "Related Stories", "More on this story", "Read Next", "Related Coverage", "— Related —",
                       "Related Articles ›", "See Also"],
                "de": ["Verwandte Artikel", "Mehr zum Thema"], "fr": ["Articles liés", "Sur le même sujet"],
                "es": ["Noticias relacionadas", "Artículos relacionados"]},
    "ranking": {"en": ["Ranking", "Most Read", "Most Popular", "Most Viewed", "Popular Posts", "Top 10",
                       "MOST READ", "Most read", "Popular Now", "Most Shared"],
                "de": ["Meistgelesen", "Am meisten gelesen"], "fr": ["Les plus lus", "Les plus populaires"],
                "es": ["Lo más leído", "Lo más visto"]},
    "recommendation": {"en": ["Recommendation", "Recommended", "Recommended for you", "Editor's Picks",
                              "Don't Miss", "Editors' Choice", "Picks for you", "RECOMMENDED"],
                       "de": ["Empfehlungen", "Unsere Empfehlungen"], "fr": ["Nos recommandations", "À ne pas manquer"],
                       "es": ["Recomendado", "Te recomendamos"]},
    "you_may_also_like": {"en": ["You May Also Like", "You might also like", "You may be interested in",
                                 "YOU MAY ALSO LIKE", "You Might Like", "Also on our site"],
                          "de": ["Das könnte Sie auch interessieren"], "fr": ["Vous aimerez aussi"],
                          "es": ["También te puede interesar"]},
    "trending": {"en": ["Trending", "Trending Now", "TRENDING NEWS", "Hot Topics", "What's Hot", "Trending Stories",
                        "Trending on the site"],
                 "de": ["Im Trend", "Gerade gefragt"], "fr": ["Tendances", "En ce moment"],
                 "es": ["Tendencias", "Lo último"]},
    "more_stories": {"en": ["More Stories", "More News", "Latest News", "Latest Posts", "Recent Posts", "Top Stories",
                            "More from this section", "LATEST", "Also in the news", "More Headlines"],
                     "de": ["Weitere Nachrichten", "Neueste Artikel"], "fr": ["Plus d'actualités", "Derniers articles"],
                     "es": ["Más noticias", "Últimas noticias"]},
}
ITEM_KIND = {"related": "related_item", "ranking": "ranking_item", "recommendation": "recommendation_item",
             "you_may_also_like": "related_item", "trending": "trending_item", "more_stories": "more_stories_item"}
HEADER_KIND = {"related": "related_header", "ranking": "ranking_header",
               "recommendation": "recommendation_header", "you_may_also_like": "you_may_also_like",
               "trending": "trending_header", "more_stories": "more_stories_header"}


def _item_text(c: Ctx, h: str, bullet: str, i: int) -> str:
    b = bullet.replace("N", str(i + 1))
    s = h
    r = c.rng.random()
    if r < 0.08:
        s = f"{h} {c.pick(['2 hours ago', '1 day ago', '3 days ago', 'Jun 3, 2024', 'March 12, 2023', '5 mins ago'])}"
    elif r < 0.12:
        s = f"{h} {c.pick(['(Video)', '(Photos)', '| Watch', '- Opinion'])}"
    return b + s


def headline_list(c: Ctx, which: str | None = None, n_items: int | None = None,
                  header: bool = True) -> list[Ln]:
    which = which or c.pick(list(LIST_HEADERS))
    hdrs = LIST_HEADERS[which]
    hpool = hdrs[c.lang] if c.lang in hdrs and R(c, 0.75) else hdrs["en"]
    bullet = c.pick(["- ", "• ", "", "", "* ", "→ ", "» ", "N. ", "N) ", "▪ "])
    if n_items is None:
        n_items = 0 if (which == "you_may_also_like" and R(c, 0.4)) or R(c, 0.08) else c.rng.randint(2, 10)
    pool = c.headlines
    items = [c.pick(pool) if R(c, 0.1) else pool[c.rng.randrange(len(pool))] for _ in range(n_items)]
    out: list[Ln] = []
    if header:
        out.append(bp(HEADER_KIND[which], "{h}", h=c.pick(hpool)))
    kind = ITEM_KIND[which] if header else "headline_run_item"
    out += [bp(kind, "{s}", s=_item_text(c, h, bullet, i)) for i, h in enumerate(items)]
    return out


def headline_run(c: Ctx) -> list[Ln]:
    return headline_list(c, "related", c.rng.randint(3, 8), header=False)
