"""One function per boilerplate kind, each in several invented wordings (en, and de/fr/es for the
commoner kinds). Every function adds its line(s) to ``c.doc`` and records the facts the line states,
but only when the document may still carry that fact (``doc.can``)."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from kit import (
    AGENCIES,
    AUTHORS,
    PHOTOGRAPHERS,
    THEMES,
    Doc,
    Fact,
    agency_aliases,
    fmt_date,
    headlines,
)


@dataclass
class Ctx:
    doc: Doc
    rng: random.Random
    lang: str
    site: str  # name of the site serving the page
    host: str
    publisher: str  # an original publisher the page may name
    pub_host: str
    aggregator: str
    title: str | None = None
    dt: datetime = field(default_factory=lambda: datetime(2023, 5, 17, 9, 30))
    section: str = "News"
    site_recorded: bool = False
    author: str | None = None
    url: str | None = None  # original article URL (benchmark page) if known

    def pick(self, xs: list[str]) -> str:
        return self.rng.choice(xs)

    def tr(self, table: dict[str, list[str]]) -> str:
        return self.rng.choice(table.get(self.lang) or table["en"])

    def tr_list(self, table: dict[str, list[str]]) -> list[str]:
        return table.get(self.lang) or table["en"]

    def can_pub(self) -> bool:
        """May a line name the original publisher? (not when the original URL is a real page)"""
        return self.doc.can("publisher") and self.url is None

    @property
    def can_facts(self) -> bool:
        return not self.doc.nofacts


def pub_aliases(c: Ctx) -> list[str]:
    label = c.pub_host.split(".")[0]
    return [c.publisher, c.pub_host, "www." + c.pub_host, label]


def pub_fact(c: Ctx, evidence: str, after: str = "") -> Fact:
    return Fact("publisher", c.publisher, evidence, pub_aliases(c), after)


BULLETS = ["- ", "• ", "* ", "→ ", "» ", "▪ ", "› ", "– ", "", "", "#", "1. ", "1) ", "01 "]


def decorate(c: Ctx, items: list[str], style: str | None = None) -> list[str]:
    style = style if style is not None else c.pick(BULLETS)
    suff_mode = c.rng.random()
    out = []
    for i, h in enumerate(items, 1):
        if style in ("1. ", "1) "):
            pre = f"{i}{style[1:]}"
        elif style == "01 ":
            pre = f"{i:02d} "
        elif style == "#":
            pre = f"#{i} "
        else:
            pre = style
        s = pre + h
        if suff_mode < 0.15:
            s += c.pick([" (video)", " [VIDEO]", " 📹", " (Photos)", " | Watch"]) if c.rng.random() < 0.5 else ""
        elif suff_mode < 0.3:
            s += c.pick([f" {c.rng.randint(2, 11)} hours ago", f" · {c.rng.randint(5, 55)} min ago",
                         f" — {c.rng.randint(1, 6)}d", f" | {c.rng.randint(13, 28)} Mar",
                         f" {c.rng.randint(10, 23)}:{c.rng.randint(10, 59)}"])
        elif suff_mode < 0.36:
            # timestamp glued to the headline, as scrapers of card layouts produce
            s += c.pick([f"{c.rng.randint(2, 9)} hours ago", f"{c.rng.randint(2, 9)}h ago",
                         "Yesterday"])
        out.append(s)
    return out


# ------------------------------------------------------------------------------ head furniture


def skip_link(c: Ctx) -> None:
    c.doc.bp("skip_link", c.tr({
        "en": ["Skip to main content", "Jump to content", "Skip to content ↓", "SKIP NAVIGATION",
               "Skip to article", "Go to main content", "Skip to the story"],
        "de": ["Zum Hauptinhalt springen", "Direkt zum Inhalt", "Navigation überspringen"],
        "fr": ["Aller au contenu principal", "Passer au contenu", "Accéder au contenu"],
        "es": ["Saltar al contenido principal", "Ir al contenido", "Pasar al contenido"],
    }))


NAV = {
    "en": ["Home", "World", "Politics", "Business", "Tech", "Science", "Sport", "Culture",
           "Opinion", "Local", "Weather", "Podcasts", "Video", "Obituaries", "Lifestyle"],
    "de": ["Startseite", "Politik", "Wirtschaft", "Region", "Sport", "Kultur", "Panorama",
           "Meinung", "Wetter"],
    "fr": ["Accueil", "Actualités", "Politique", "Économie", "Sports", "Culture", "Société",
           "Faits divers", "Météo"],
    "es": ["Portada", "Nacional", "Internacional", "Economía", "Deportes", "Cultura", "Sucesos",
           "Opinión", "Tiempo"],
}


def nav_menu(c: Ctx) -> None:
    words = NAV.get(c.lang, NAV["en"])
    k = c.rng.randint(4, min(8, len(words)))
    sel = [words[0]] + c.rng.sample(words[1:], k - 1)
    mode = c.rng.random()
    if mode < 0.3:
        c.doc.bp("nav_menu", c.pick([" | ", " · ", "  ", " / ", " • "]).join(sel))
    elif mode < 0.5:
        c.doc.bp("nav_menu", "".join(sel))  # glued link words
    elif mode < 0.6:
        c.doc.bp("nav_menu", c.pick(["☰ Menu", "≡ Sections", "MENU", "☰"]))
        for w in sel[:4]:
            c.doc.bp("nav_menu", w)
    else:
        for w in sel:
            c.doc.bp("nav_menu", w.upper() if mode > 0.9 else w)


CRUMB_HOME = {"en": ["Home", "HOME", "News"], "de": ["Startseite", "Home"], "fr": ["Accueil"],
              "es": ["Inicio", "Portada"]}
SECTIONS = {
    "en": ["Politics", "Local News", "Business", "Courts & Crime", "Health", "Technology",
           "Environment", "Education", "Cricket", "Markets", "World", "Entertainment"],
    "de": ["Region", "Wirtschaft", "Politik", "Sport", "Panorama"],
    "fr": ["Faits divers", "Économie", "Société", "Région", "Sports"],
    "es": ["Sociedad", "Economía", "Sucesos", "Local", "Deportes"],
}


def section_name(c: Ctx) -> str:
    return c.tr(SECTIONS)


def breadcrumb(c: Ctx) -> None:
    if c.doc.nofacts:
        return  # the last element of a breadcrumb is a section fact
    sec = c.section
    home = c.tr(CRUMB_HOME)
    mid = c.tr(NAV)
    parts = [home] if c.rng.random() < 0.5 else [home, mid]
    parts.append(sec)
    sep = c.pick([" » ", " > ", " / ", " › ", " ⟩ ", "›", " → "])
    trail = sep.join(parts)
    pre = ""
    if c.rng.random() < 0.25:
        pre = c.tr({"en": ["You are here: ", "You are here:", "Location: "],
                    "de": ["Sie sind hier: "], "fr": ["Vous êtes ici : "], "es": ["Estás en: "]})
    text = pre + trail
    facts = []
    if c.doc.can("section"):
        facts.append(Fact("section", sec, sec, after=pre + sep.join(parts[:-1])))
    c.doc.bp("breadcrumb", text, facts)


TITLE_SEPS = [" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " -", " ~ ", " | "]


def breadcrumb_title(c: Ctx, title: str) -> None:
    """A breadcrumb running into the title (and a site suffix); the clean title line follows."""
    home = c.tr(CRUMB_HOME)
    sec = c.section
    sep = c.pick([" > ", " » ", "›", " / "])
    crumb = f"{home}{sep}{sec}"
    glue = c.pick(["", "", " ", sep])
    suffix_sep = c.pick([" -", " | ", " – ", "_"])
    facts = []
    if c.doc.can("section"):
        facts.append(Fact("section", sec, sec, after=home + sep))
    line = f"{crumb}{glue}{title}"
    extra: dict[str, object] = {"title_text": title, "breadcrumb": crumb + glue, "site_suffix": None}
    if c.rng.random() < 0.8:
        line += suffix_sep + c.site
        extra["site_suffix"] = c.site
        if c.doc.can("site_name"):
            facts.append(Fact("site_name", c.site, c.site, after=title))
            c.site_recorded = True
    c.doc.bp("breadcrumb_title", line, facts, **extra)


def title_line(c: Ctx, title: str, suffix: bool) -> None:
    facts = [Fact("title", title, title)]
    if suffix:
        sep = c.pick(TITLE_SEPS)
        line = title + sep + c.site
        facts.append(Fact("site_name", c.site, c.site, after=title))
        c.site_recorded = True
        c.doc.add(line, "title", None, facts, title_text=title, site_suffix=c.site)
    else:
        c.doc.add(title, "title", None, facts, title_text=title, site_suffix=None)


def title_repeat(c: Ctx, title: str) -> None:
    c.doc.bp("title_repeat", title.upper() if c.rng.random() < 0.2 else title)


def section_label(c: Ctx) -> None:
    sec = c.section
    mode = c.rng.random()
    if mode < 0.55:
        text = sec.upper() if c.rng.random() < 0.4 else sec
        ev = text
        val = sec
    else:
        lab = c.tr({"en": ["Category: ", "Section: ", "Filed in ", "📂 "],
                    "de": ["Ressort: ", "Kategorie: "], "fr": ["Rubrique : ", "Catégorie : "],
                    "es": ["Sección: ", "Categoría: "]})
        text = lab + sec
        ev, val = sec, sec
    facts = [Fact("section", val, ev)] if c.doc.can("section") else []
    if not facts and c.doc.nofacts:
        return  # a section label always states a fact
    c.doc.bp("section_label", text, facts)


def theme_license_banner(c: Ctx) -> None:
    t = c.pick(THEMES)
    c.doc.bp("theme_license_banner", c.pick([
        f"Warning: your {t} theme licence is inactive. Enter your purchase code under Settings › Activation to unlock demo imports and automatic updates.",
        f"{t} is not activated! Please register your copy of the theme to receive support and new features.",
        f"⚠ The license key for {t} has expired — renew it now to keep your site secure.",
        f"Please activate {t} Pro to remove this notice and unlock premium layouts.",
        f"THEME NOT REGISTERED: the {t} purchase code could not be verified. Visit the dashboard to fix this.",
        f"Unlicensed copy of {t} detected.Activate your license in Appearance → {t} Options.",
    ]))


def cookie_notice(c: Ctx, buttons: bool = True) -> None:
    c.doc.bp("cookie_notice", c.tr({
        "en": [
            "We and our partners use cookies to personalise content and ads and to analyse our traffic. By clicking “Accept”, you agree to this. You can change your choices at any time in Privacy Settings.",
            "This site uses cookies 🍪 Some are essential, others help us understand how you use the site and show you relevant adverts. Read our cookie policy to find out more.",
            "Your privacy matters. We store small files on your device to remember your preferences and measure audience numbers; continuing to browse means you consent.",
            "COOKIES ON THIS WEBSITE: we use them to give you the best experience. Click OK to continue, or manage your settings.",
            "By continuing to use this website you consent to the use of cookies in accordance with our Cookie Policy.",
        ],
        "de": [
            "Diese Website verwendet Cookies und ähnliche Technologien, um Inhalte zu personalisieren und Zugriffe zu analysieren. Mit „Zustimmen“ erklären Sie sich damit einverstanden.",
            "Wir nutzen Cookies. Einige sind notwendig, andere helfen uns, das Angebot zu verbessern. Ihre Auswahl können Sie jederzeit in den Datenschutzeinstellungen ändern.",
        ],
        "fr": [
            "Ce site utilise des cookies pour améliorer votre expérience et mesurer l'audience. En poursuivant votre navigation, vous acceptez leur utilisation.",
            "Nous et nos partenaires stockons des informations sur votre appareil. Vous pouvez accepter, refuser ou paramétrer vos choix à tout moment.",
        ],
        "es": [
            "Utilizamos cookies propias y de terceros para mejorar nuestros servicios y mostrarle publicidad relacionada con sus preferencias. Si continúa navegando, consideramos que acepta su uso.",
            "Este sitio web usa cookies. Puede aceptarlas todas, rechazarlas o configurarlas desde el panel de preferencias.",
        ],
    }))
    if not buttons:
        return
    btns = {
        "en": ["Accept all", "Reject all", "Manage settings", "OK, got it", "I agree",
               "ACCEPT", "Customise", "Decline", "Allow cookies"],
        "de": ["Alle akzeptieren", "Ablehnen", "Einstellungen", "Zustimmen"],
        "fr": ["Tout accepter", "Tout refuser", "Paramétrer", "J'accepte"],
        "es": ["Aceptar todas", "Rechazar", "Configurar", "Aceptar"],
    }.get(c.lang, [])
    k = c.rng.randint(1, 3)
    sel = c.rng.sample(btns, k)
    if c.rng.random() < 0.3 and k > 1:
        c.doc.bp("cookie_notice", c.pick(["", " ", "  |  "]).join(sel))
    else:
        for b in sel:
            c.doc.bp("cookie_notice", b)


# ------------------------------------------------------------------------------ bylines, dates


def _authors(c: Ctx, n: int) -> list[str]:
    pool = AUTHORS.get(c.lang, AUTHORS["en"])
    names = c.rng.sample(pool, n)
    c.author = names[0]
    return names


def byline(c: Ctx, allow_date: bool = True) -> None:
    if not c.doc.can("authors"):
        return
    d = c.doc
    names = _authors(c, 2 if c.rng.random() < 0.2 else 1)
    facts: list[Fact] = []
    lang = c.lang
    with_date = allow_date and d.can("published") and c.rng.random() < 0.45
    ds, dv, dal = fmt_date(c.rng, c.dt, lang)
    agency = None
    if lang == "en":
        joined = " and ".join(names) if len(names) == 2 else names[0]
        forms = [f"By {joined}", f"BY {joined.upper()}", f"By: {joined}", f"Written by {joined}",
                 f"Story by {joined}", f"{joined}, Staff Reporter", f"Reporter: {joined}",
                 f"by {joined}"]
        text = c.pick(forms)
        if len(names) == 1 and c.rng.random() < 0.2:
            agency = c.pick(["Reuters", "AFP", "Bloomberg", "AP"])
            shown = {"AP": "Associated Press"}.get(agency, agency)
            text = f"By {names[0]}, {shown}" if c.rng.random() < 0.6 else f"By {names[0]} ({shown})"
        if with_date:
            text += c.pick([f" | {ds}", f" • {ds}", f" - Published {ds}", f" on {ds}",
                            f"Published {ds}", f"\u00a0\u00a0{ds}", f" · {c.rng.randint(2, 9)} min read · {ds}"])
    elif lang == "de":
        joined = " und ".join(names)
        text = c.pick([f"Von {joined}", f"VON {joined.upper()}", f"Ein Beitrag von {joined}",
                       f"Autor: {joined}" if len(names) == 1 else f"Von {joined}"])
        if with_date:
            text += c.pick([f" | {ds}", f", {ds}", f" – {ds}"])
    elif lang == "fr":
        joined = " et ".join(names)
        text = c.pick([f"Par {joined}", f"PAR {joined.upper()}", f"Rédigé par {joined}",
                       f"Un article de {joined}"])
        if with_date:
            text += c.pick([f" | Publié le {ds}", f", le {ds}", f" - {ds}"])
    else:
        joined = " y ".join(names)
        text = c.pick([f"Por {joined}", f"POR {joined.upper()}", f"Escrito por {joined}",
                       f"{joined} | Redacción"])
        if with_date:
            text += c.pick([f" | {ds}", f" - {ds}", f", {ds}"])
    upper = text.isupper() or text.startswith(("BY ", "VON ", "PAR ", "POR "))
    for nm in names:
        ev = nm.upper() if upper and nm.upper() in text else nm
        facts.append(Fact("authors", nm, ev))
    if agency:
        shown = {"AP": "Associated Press"}.get(agency, agency)
        facts.append(Fact("credits", agency, shown, agency_aliases(agency), after=names[0]))
    if with_date:
        facts.append(Fact("published", dv, ds, dal))
    d.bp("byline", text, facts)


def date_line(c: Ctx, which: str = "published", relative: bool = False) -> None:
    d = c.doc
    if relative or not d.can(which):
        n = c.rng.randint(2, 11)
        c.doc.bp("date_line", c.tr({
            "en": [f"Updated {n} hours ago", f"Published {n} days ago", f"{n}h ago",
                   f"Last updated: {n} minutes ago", "Posted yesterday", f"🕒 {n} hrs ago"],
            "de": [f"vor {n} Stunden", f"Aktualisiert vor {n} Minuten", "Gestern"],
            "fr": [f"Il y a {n} heures", f"Mis à jour il y a {n} min", "Hier"],
            "es": [f"Hace {n} horas", f"Actualizado hace {n} minutos", "Ayer"],
        }))
        return
    dt = c.dt if which == "published" else c.dt + timedelta(hours=c.rng.randint(1, 40),
                                                              minutes=c.rng.randint(0, 59))
    ds, dv, dal = fmt_date(c.rng, dt, c.lang)
    labels = {
        ("en", "published"): ["Published: ", "Published ", "Posted on ", "Date: ", "Date:",
                              "PUBLISHED: ", "First published: ", "🕒 Published ", "Posted: "],
        ("en", "updated"): ["Updated: ", "Last updated ", "Last modified: ", "UPDATED ",
                            "Updated on ", "Last Updated:"],
        ("de", "published"): ["Veröffentlicht am ", "Veröffentlicht: ", "Erstellt: "],
        ("de", "updated"): ["Aktualisiert am ", "Aktualisiert: ", "Zuletzt aktualisiert: "],
        ("fr", "published"): ["Publié le ", "Publié : "],
        ("fr", "updated"): ["Mis à jour le ", "Mis à jour : ", "Actualisé le "],
        ("es", "published"): ["Publicado el ", "Publicado: "],
        ("es", "updated"): ["Actualizado el ", "Actualizado: ", "Última actualización: "],
    }
    lab = c.pick(labels[(c.lang, which)])
    text = lab + ds
    facts = [Fact(which, dv, ds, dal)]
    # both dates on one line sometimes
    if which == "published" and c.lang == "en" and d.can("updated") and c.rng.random() < 0.25:
        dt2 = dt + timedelta(hours=c.rng.randint(2, 30), minutes=c.rng.randint(0, 59))
        ds2, dv2, dal2 = fmt_date(c.rng, dt2, "en")
        joint = c.pick([" | Updated: ", " · Updated ", ", last updated "])
        text += joint + ds2
        facts.append(Fact("updated", dv2, ds2, dal2, after=joint))
    d.bp("date_line", text, facts)


def reading_time(c: Ctx) -> None:
    n = c.rng.randint(2, 12)
    c.doc.bp("reading_time", c.tr({
        "en": [f"⏱ {n} min read", f"Reading time: {n} minutes", f"{n}-minute read",
               f"Est. read time {n} mins", f"Listen to this story · {n}:{c.rng.randint(10, 59)}",
               "🎧 Listen to this article", f"{n} MIN READ", f"Time to read: ~{n} min"],
        "de": [f"Lesedauer: {n} Min.", f"Lesezeit ca. {n} Minuten", "Artikel anhören"],
        "fr": [f"Temps de lecture : {n} min", f"Lecture {n} min", "Écouter cet article"],
        "es": [f"Tiempo de lectura: {n} min", f"Lectura: {n} min.", "Escuchar noticia"],
    }))


def stray_id(c: Ctx) -> None:
    r = c.rng
    hexs = "0123456789abcdef"
    mode = r.random()
    if mode < 0.35:
        t = "".join(r.choice(hexs) for _ in range(14)) + "." + str(r.randint(10000000, 99999999))
    elif mode < 0.55:
        t = "".join(r.choice(hexs) for _ in range(32))
    elif mode < 0.7:
        parts = [8, 4, 4, 4, 12]
        t = "-".join("".join(r.choice(hexs) for _ in range(k)) for k in parts)
    elif mode < 0.85:
        t = f"post-{r.randint(10000, 999999)}"
    else:
        t = str(r.randint(10**9, 10**10))
    c.doc.bp("stray_id", t)


def ui_word(c: Ctx) -> None:
    c.doc.bp("ui_word", c.tr({
        "en": ["More", "Less", "Show more", "See all", "Load more", "Expand", "Close", "✕",
               "View", "SHOW LESS", "Search", "Print", "A A A"],
        "de": ["Mehr", "Weniger", "Mehr anzeigen", "Schließen", "Drucken"],
        "fr": ["Plus", "Voir plus", "Fermer", "Imprimer"],
        "es": ["Más", "Ver más", "Cerrar", "Imprimir"],
    }))


# ------------------------------------------------------------------------------ photos


CAPTIONS = {
    "en": [
        "Residents look on as crews clear debris from the main road on Tuesday morning.",
        "A view of the site where the new terminal is expected to be built.",
        "Supporters gather outside the courthouse ahead of the hearing.",
        "File photo of the company's headquarters.",
        "Commuters wait on a crowded platform during the evening rush hour.",
        "The players celebrate after the final whistle.",
        "Officials inspect the damage to the bridge, pictured last week.",
        "Smoke rises over the hills outside the town in this handout image.",
        "FILE - Shoppers walk past a store window in this picture taken in 2019.",
    ],
    "de": ["Blick auf die Baustelle am Dienstagmorgen.", "Einsatzkräfte vor Ort (Archivbild).",
           "Zahlreiche Besucher kamen zur Eröffnung."],
    "fr": ["Les secours sur place, lundi matin.", "Vue du chantier depuis la rive droite.",
           "Photo d'illustration."],
    "es": ["Vista de la zona afectada este martes.", "Imagen de archivo de la fachada del edificio.",
           "Varios vecinos observan las tareas de limpieza."],
}


def photo_caption(c: Ctx) -> None:
    c.doc.bp("photo_caption", c.tr(CAPTIONS))


def photo_credit(c: Ctx) -> None:
    d = c.doc
    if not d.can("photo_credit"):
        return
    p = c.pick(PHOTOGRAPHERS)
    lang = c.lang
    agency = c.pick(["Reuters", "AFP", "AP", "EPA", "Getty", "none", "dpa", "EFE"])
    if lang == "de":
        agency = c.pick(["dpa", "AFP", "none", "EPA"])
    elif lang == "fr":
        agency = c.pick(["AFP", "none", "Reuters"])
    elif lang == "es":
        agency = c.pick(["EFE", "none", "AFP"])
    if agency == "AP":
        credit = f"AP Photo/{p}"
        ag_ev = "AP"
    elif agency == "Getty":
        credit = c.pick([f"{p}/Getty Images", "Getty Images", "iStock/Getty Images Plus"])
        ag_ev = None
    elif agency == "none":
        credit = c.pick([p, f"{p} for {c.site}" if c.site_recorded else p, "Handout", "Shutterstock",
                         "Supplied"])
        ag_ev = None
    elif agency == "EPA":
        credit = c.pick([f"{p}/EPA", f"EPA/{p}", f"{p} / EPA"])
        ag_ev = None
    else:
        credit = c.pick([f"{p}/{agency}", f"{p} / {agency}", f"{agency}/{p}", f"{agency}"])
        ag_ev = agency
    label = c.tr({
        "en": ["Photo: ", "Image: ", "Credit: ", "PHOTO: ", "📷 ", "Photograph: ", "Picture: ",
               "Image credit: "],
        "de": ["Foto: ", "Bild: ", "Foto: © "],
        "fr": ["Photo : ", "Crédit photo : ", "© "],
        "es": ["Foto: ", "Imagen: ", "Fotografía: "],
    })
    text = label + credit
    if c.rng.random() < 0.2:
        text = f"({label.strip()} {credit})" if not label.startswith("📷") else f"({credit})"
    facts = [Fact("photo_credit", credit, credit)]
    if ag_ev:
        canon = "AP" if ag_ev == "AP" else ag_ev
        facts.append(Fact("credits", canon, ag_ev, agency_aliases(canon),
                          after=text[: text.index(credit)]))
    d.bp("photo_credit", text, facts)


# ------------------------------------------------------------------------------ attribution


def wire_credit_line(c: Ctx) -> None:
    d = c.doc
    lang = c.lang
    if not d.can("credits"):
        c.doc.bp("wire_credit_line", c.tr({
            "en": ["(With agency inputs)", "— with inputs from agencies", "(Agencies contributed to this report.)",
                   "WITH WIRE SERVICES"],
            "de": ["(mit Material von Agenturen)", "(Agenturen/Red.)"],
            "fr": ["(Avec agences)", "Avec agences"],
            "es": ["(Con información de agencias)", "Agencias"],
        }))
        return
    if lang == "de":
        ags = c.rng.sample(["dpa", "AFP", "Reuters"], c.rng.choice([1, 1, 2]))
        forms = [("(Mit Material von {})", " und "), ("Quelle: {}", "/"), ("({})", "/"),
                 ("Mit Informationen von {}", " und ")]
    elif lang == "fr":
        ags = c.rng.sample(["AFP", "Reuters"], 1)
        forms = [("(Avec {})", " et "), ("— Avec {}", " et "), ("D'après {}", " et ")]
    elif lang == "es":
        ags = c.rng.sample(["EFE", "AFP", "Reuters"], c.rng.choice([1, 1, 2]))
        forms = [("(Con información de {})", " y "), ("— Con datos de {}", " y "),
                 ("Fuente: {}", " / ")]
    else:
        ags = c.rng.sample(["AP", "AFP", "Reuters", "PTI", "IANS", "ANI", "Bloomberg", "Xinhua",
                            "UPI", "Kyodo", "Yonhap"], c.rng.choice([1, 1, 1, 2]))
        forms = [("(Additional reporting by {})", " and "), ("— Reporting contributed by {}", " and "),
                 ("Inputs: {}", ", "), ("With wire inputs from {}", " and "),
                 ("This report includes material from {}.", " and "),
                 ("— with {}", " and "), ("(Written with material from {})", " and "),
                 ("WITH INPUTS FROM {}", " & ")]
    tmpl, joiner = c.pick(forms)
    shown = []
    for a in ags:
        longs, shorts = AGENCIES[a]
        forms_a = [x for x in longs + shorts if x != "Thomson Reuters"]
        shown.append(c.pick(forms_a) if lang == "en" else a)
    inner = joiner.join(shown)
    if tmpl.isupper():
        inner = inner.upper()
    text = tmpl.format(inner)
    facts = []
    for a, s in zip(ags, shown, strict=True):
        ev = s.upper() if tmpl.isupper() else s
        facts.append(Fact("credits", a, ev, agency_aliases(a)))
    d.bp("wire_credit_line", text, facts)


def publisher_promo(c: Ctx) -> None:
    if not c.can_pub():
        return
    p = c.publisher
    form = c.tr({
        "en": ["Stay ahead of the news — bookmark {} for live coverage.",
               "Get the full picture on every story at {}.",
               "For breaking headlines, analysis and market data, keep it locked on {}.",
               "ALL THE LATEST SPORTS NEWS, ONLY ON {}",
               "Catch up on today's top business and political stories with {}.",
               "More regional news from {}: politics, schools, traffic and weather, updated daily."],
        "de": ["Mehr Nachrichten aus der Region lesen Sie bei {}.",
               "Alle aktuellen Meldungen finden Sie auf {}."],
        "fr": ["Retrouvez toute l'actualité de votre région sur {}.",
               "Toute l'info en continu, c'est sur {}."],
        "es": ["Sigue toda la actualidad en {}.", "Más noticias de tu provincia en {}."],
    })
    shown = p.upper() if form.isupper() else p
    text = form.format(shown)
    c.doc.bp("publisher_promo", text, [pub_fact(c, shown)])


def app_promo(c: Ctx) -> None:
    c.doc.bp("app_promo", c.tr({
        "en": ["📲 Our app is free: breaking alerts, e-paper and puzzles in one place. Download now for iOS & Android",
               "GET THE APP", "Read this story in our app for a faster, ad-light experience.",
               "Install our news app to get push notifications on stories that matter to you.",
               "Scan the QR code to download the app",
               "Available on the App Store and Google Play",
               "Prefer reading on your phone? Grab the free app ➜"],
        "de": ["Jetzt unsere News-App kostenlos herunterladen", "Die App für iOS und Android: immer top informiert."],
        "fr": ["Téléchargez notre application gratuite pour ne rien manquer", "L'info en direct sur votre mobile : installez l'appli"],
        "es": ["Descarga gratis nuestra app y recibe las últimas noticias", "Disponible en App Store y Google Play"],
    }))


def click_here_promo(c: Ctx) -> None:
    c.doc.bp("click_here_promo", c.tr({
        "en": ["To catch up on every cricket score, tap here", "Click here for live election results",
               "CLICK HERE for the full photo gallery", "Want more local news? Click here.",
               "For live traffic updates, click here ➜", "Tap here to watch the full interview",
               "Click here to get the day's top stories on WhatsApp",
               "For all the latest sports headlines click HERE"],
        "de": ["Hier klicken für den Liveticker", "Alle Bilder: Hier klicken"],
        "fr": ["Cliquez ici pour suivre le direct", "Pour voir la vidéo, cliquez ici"],
        "es": ["Haga clic aquí para ver el vídeo", "Pincha aquí para ver la galería completa"],
    }))


def source_link(c: Ctx, named: bool | None = None) -> None:
    d = c.doc
    if named is None:
        named = c.rng.random() < 0.4
    if named and c.can_pub():
        lab = c.tr({"en": ["Source: ", "SOURCE: ", "Source - ", "Courtesy: "],
                    "de": ["Quelle: "], "fr": ["Source : "], "es": ["Fuente: "]})
        d.bp("source_link", lab + c.publisher, [pub_fact(c, c.publisher)])
        return
    d.bp("source_link", c.tr({
        "en": ["Link to source", "Source", "↗ Source", "Source URL", "[Source]", "Original source",
               "SOURCE LINK", "Sourced from the web"],
        "de": ["Quelle", "Zur Quelle"], "fr": ["Source", "Lien vers la source"],
        "es": ["Fuente", "Enlace a la fuente"],
    }))


def read_original(c: Ctx, named: bool | None = None) -> None:
    d = c.doc
    if named is None:
        named = c.rng.random() < 0.35
    if named and c.can_pub():
        form = c.tr({"en": ["Read the full story on {}", "Continue reading on {} →",
                            "View the complete article at {}"],
                     "de": ["Den vollständigen Artikel lesen Sie bei {}"],
                     "fr": ["Lire l'article complet sur {}"],
                     "es": ["Lee la noticia completa en {}"]})
        d.bp("read_original", form.format(c.publisher), [pub_fact(c, c.publisher)])
        return
    d.bp("read_original", c.tr({
        "en": ["Continue reading at the original site", "View the original article",
               "Read the full article at the source →", "Read original post",
               "Click to read the original story", "Full story at original publisher"],
        "de": ["Artikel im Original lesen", "Zum Originalartikel"],
        "fr": ["Lire l'article original", "Voir l'article d'origine"],
        "es": ["Ver artículo original", "Leer la noticia original"],
    }))


def read_more(c: Ctx) -> None:
    c.doc.bp("read_more", c.tr({
        "en": ["Read more", "READ MORE ›", "Continue reading…", "Keep reading →", "Read the rest »",
               "[Read more...]", "Read more ▼"],
        "de": ["Weiterlesen", "Mehr lesen »"], "fr": ["Lire la suite", "Lire la suite…"],
        "es": ["Leer más", "Seguir leyendo"],
    }))


def original_url_line(c: Ctx, slug: str = "") -> None:
    d = c.doc
    if not d.can("original_url"):
        return
    url = c.url or f"https://www.{c.pub_host}/{c.pick(['news', 'story', 'local', '2023/05'])}/{slug or 'article'}-{c.rng.randint(1000, 99999)}"
    host = url.split("/")[2]
    mode = c.rng.random()
    if mode < 0.45:
        text = url
    elif mode < 0.65:
        text = c.pick(["Original: ", "Source URL: ", "via ", "Originally at: ", "🔗 "]) + url
    elif mode < 0.85 and c.title:
        text = url + c.pick([" ", "", " — "]) + c.title
    else:
        text = f"<{url}>" if c.rng.random() < 0.5 else url + " "
    facts = [Fact("original_url", url, url)]
    if d.can("publisher"):
        bare = host[4:] if host.startswith("www.") else host
        label = bare.split(".")[0]
        al = [host, "www." + bare, label]
        if not c.url:
            al.append(c.publisher)
        facts.append(Fact("publisher", bare, host, al))
    d.bp("original_url_line", text, facts)


def aggregator_disclaimer(c: Ctx, named: bool | None = None) -> None:
    d = c.doc
    if named is None:
        named = c.rng.random() < 0.75
    a = c.aggregator
    if named and d.can("aggregator"):
        form = c.tr({
            "en": [
                "{} does not produce the stories listed here: every post is fetched automatically from public RSS feeds and belongs to its original publisher. To request removal, email [email protected] and we will act within 48 hours.",
                "Disclaimer: This page was generated by {}, an automated news aggregation service. All trademarks, text and images remain the property of their respective owners.",
                "NOTICE — {} is a robot-run news index. We link to and excerpt third-party reporting and do not verify it. Copyright holders may ask us to take content down at any time.",
                "Heads up! Everything on {} is collected by software from around the web. Spot something that's yours? Contact us and it'll be gone within a day.",
                "DISCLAIMER: {} IS AN AUTOMATED AGGREGATOR. WE DO NOT OWN THIS CONTENT AND WILL REMOVE IT ON REQUEST.",
                "About this post: {} republishes headlines and excerpts picked up automatically from news websites worldwide; the rights stay with the authors. Complaints go to our editors and are handled within 24 hours.",
            ],
            "de": ["Haftungsausschluss: {} ist ein automatischer Nachrichtenaggregator. Alle Inhalte gehören ihren jeweiligen Eigentümern und werden auf Wunsch umgehend entfernt."],
            "fr": ["Avertissement : {} agrège automatiquement des articles publiés par d'autres médias. Les droits appartiennent à leurs auteurs ; tout contenu peut être retiré sur simple demande."],
            "es": ["Aviso legal: {} es un agregador automático de noticias. Los contenidos pertenecen a sus autores originales y se retirarán si así lo solicitan."],
        })
        shown = a.upper() if form.isupper() else a
        d.bp("aggregator_disclaimer", form.format(shown), [Fact("aggregator", a, shown)])
        return
    d.bp("aggregator_disclaimer", c.tr({
        "en": ["This article was auto-curated from an online source. We take no responsibility for its accuracy; content owners can request its removal via our contact page.",
               "Disclaimer: the story above was picked up automatically by our feed reader. We are not the author and do not endorse the views expressed. Write to [email protected] for takedowns.",
               "We are an automated news aggregation website. All news on this page belongs to its respective source and will be removed promptly upon a valid request."],
        "de": ["Hinweis: Dieser Beitrag wurde automatisch aus einer externen Quelle übernommen. Für die Richtigkeit übernehmen wir keine Gewähr; Rechteinhaber können die Löschung verlangen."],
        "fr": ["Ce contenu a été collecté automatiquement depuis une source externe. Nous déclinons toute responsabilité quant à son exactitude ; il sera supprimé sur demande de l'ayant droit."],
        "es": ["Este contenido se ha recopilado automáticamente de una fuente externa. No nos hacemos responsables de su exactitud y lo retiraremos a petición del titular de los derechos."],
    }))


def syndication_notice(c: Ctx, named: bool | None = None) -> None:
    d = c.doc
    if not d.can("syndication"):
        return
    if named is None:
        named = c.rng.random() < 0.6
    named = named and c.can_pub()
    p = c.publisher
    if named:
        inner = c.tr({
            "en": [f"This report was auto-published from a news-agency feed and has not been reviewed by {p} editors.",
                   f"Story distributed via wire partnership; only the headline was changed by {p}.",
                   f"This article is syndicated content. {p} did not write or edit it.",
                   f"Published under a content-sharing agreement with {p}.",
                   f"The text above comes unedited from {p}'s syndication service."],
            "de": [f"Dieser Artikel wurde automatisch aus einem Agentur-Feed von {p} übernommen und nicht redaktionell bearbeitet."],
            "fr": [f"Cet article a été publié automatiquement à partir d'une dépêche et n'a pas été relu par la rédaction de {p}."],
            "es": [f"Esta noticia se ha publicado de forma automática a partir de un teletipo y no ha sido editada por {p}."],
        })
    else:
        inner = c.tr({
            "en": ["This story is generated automatically from a syndicated news feed; our newsroom has not edited it.",
                   "Auto-generated from a partner feed. Text unchanged.",
                   "This content is provided by a syndication partner and appears exactly as received."],
            "de": ["Dieser Artikel wurde automatisch aus einem Agentur-Feed übernommen und von der Redaktion nicht bearbeitet."],
            "fr": ["Cet article est issu d'un flux d'agence et est publié sans modification."],
            "es": ["Esta información procede de un servicio de noticias sindicado y se publica sin editar."],
        })
    wrap = c.pick(["({})", "[{}]", "{}", "*{}*"])
    text = wrap.format(inner)
    facts = [Fact("syndication", inner, inner)]
    if named:
        facts.append(pub_fact(c, p))
    d.bp("syndication_notice", text, facts)


def originally_appeared(c: Ctx) -> None:
    d = c.doc
    if not c.can_pub():
        d.bp("originally_appeared", c.tr({
            "en": ["This article first appeared on our partner site.",
                   "Republished with permission from the original publisher.",
                   "A version of this story was originally published elsewhere."],
            "de": ["Dieser Beitrag erschien zuerst bei einem Partnermedium."],
            "fr": ["Cet article a d'abord été publié par un média partenaire."],
            "es": ["Este artículo se publicó originalmente en un medio asociado."],
        }))
        return
    p = c.publisher
    if c.lang == "en" and c.rng.random() < 0.25:
        host = c.pick([c.pub_host, "www." + c.pub_host])
        text = c.pick([f"Originally posted at {host}", f"This post first appeared on {host}."])
        d.bp("originally_appeared", text,
             [Fact("publisher", c.pub_host, host, pub_aliases(c))])
        return
    form = c.tr({
        "en": ["This story first ran in {}.",
               "A version of this piece was originally published by {} and is republished here with permission.",
               "This article appeared first on {}", "via {}", "Via: {}",
               "First published by {}. Reproduced under licence."],
        "de": ["Dieser Artikel erschien zuerst in {}.", "Zuerst veröffentlicht bei {}."],
        "fr": ["Cet article a d'abord paru dans {}.", "Article initialement publié par {}."],
        "es": ["Este artículo se publicó originalmente en {}.", "Publicado originalmente por {}."],
    })
    d.bp("originally_appeared", form.format(p), [pub_fact(c, p)])


def copyright_notice(c: Ctx) -> None:
    d = c.doc
    y = c.dt.year
    mode = c.rng.random()
    if mode < 0.2 and c.lang == "en" and d.can("credits"):
        ag = c.pick(["AP", "AFP", "Reuters"])
        shown = {"AP": "The Associated Press", "AFP": "Agence France-Presse", "Reuters": "Reuters"}[ag]
        text = c.pick([f"© {y} {shown}. All rights reserved.", f"Copyright {y} {shown}. All Rights Reserved.",
                       f"(c) {shown} {y}"])
        d.bp("copyright_notice", text, [Fact("credits", ag, shown, agency_aliases(ag))])
        return
    if c.site_recorded and mode < 0.7:
        s = c.site
        form = c.tr({
            "en": ["© {y} {s}. All rights reserved.", "Copyright © 2015–{y} {s} | All Rights Reserved",
                   "{s} © {y}", "COPYRIGHT © {y} {su}. ALL RIGHTS RESERVED."],
            "de": ["© {y} {s}. Alle Rechte vorbehalten.", "Alle Rechte vorbehalten. © {s} {y}"],
            "fr": ["© {y} {s} – Tous droits réservés", "Copyright {s} {y}. Tous droits réservés."],
            "es": ["© {y} {s}. Todos los derechos reservados.", "Copyright © {y} {s}"],
        })
        d.bp("copyright_notice", form.format(y=y, s=s, su=s.upper()))
        return
    d.bp("copyright_notice", c.tr({
        "en": [f"© {y} All rights reserved.", f"Copyright {y}. All rights reserved.",
               f"All content © {y} unless otherwise noted.", f"COPYRIGHT © {y}. ALL RIGHTS RESERVED.",
               f"(c) {y} — all rights reserved"],
        "de": [f"© {y} Alle Rechte vorbehalten.", "Alle Rechte vorbehalten."],
        "fr": [f"© {y} Tous droits réservés.", "Tous droits de reproduction réservés."],
        "es": [f"© {y} Todos los derechos reservados.", "Todos los derechos reservados."],
    }))


def republish_notice(c: Ctx) -> None:
    c.doc.bp("republish_notice", c.tr({
        "en": ["No part of this story may be reproduced, reposted or broadcast without prior written permission.",
               "This material is protected by copyright. It may not be republished, rewritten or redistributed in any form, in whole or in part.",
               "Redistribution, rewriting or rebroadcasting of this content is not permitted. Unauthorised copies will be pursued.",
               "Want to republish this story? You need our written consent first; contact the syndication desk.",
               "DO NOT COPY. Content on this page is licensed for personal use only."],
        "de": ["Vervielfältigung und Weiterverbreitung nur mit schriftlicher Genehmigung der Redaktion.",
               "Nachdruck, auch auszugsweise, nicht gestattet."],
        "fr": ["Toute reproduction, même partielle, est interdite sans autorisation écrite.",
               "Reproduction et diffusion interdites sans accord préalable de l'éditeur."],
        "es": ["Queda prohibida la reproducción total o parcial de este contenido sin autorización expresa.",
               "Prohibida su redistribución o reescritura sin permiso."],
    }))


# ------------------------------------------------------------------------------ promos, social


def newsletter_promo(c: Ctx, block: bool = False) -> None:
    c.doc.bp("newsletter_promo", c.tr({
        "en": ["✉️ Get the morning briefing in your inbox — it's free. Sign up",
               "Never miss a story: join 40,000 readers who get our daily digest.",
               "SUBSCRIBE TO OUR WEEKLY NEWSLETTER",
               "Like what you're reading? Our evening newsletter rounds up the day in five minutes.",
               "Sign up for Breaking News alerts by email"],
        "de": ["Newsletter abonnieren – jeden Morgen um 7 Uhr in Ihrem Postfach",
               "Jetzt kostenlos für unseren Newsletter anmelden"],
        "fr": ["Inscrivez-vous à notre lettre d'information quotidienne",
               "Recevez chaque matin l'essentiel de l'actualité : abonnez-vous à la newsletter"],
        "es": ["Suscríbete a nuestro boletín diario", "Recibe cada mañana las noticias más importantes en tu correo"],
    }))
    if block:
        for t in c.rng.sample(c.tr_list({"en": ["Enter your email address", "Email address",
                                                 "Subscribe", "SIGN UP", "No spam. Unsubscribe anytime."],
                                          "de": ["E-Mail-Adresse", "Anmelden"],
                                          "fr": ["Votre adresse e-mail", "Je m'inscris"],
                                          "es": ["Tu correo electrónico", "Suscribirme"]}), 2):
            c.doc.bp("newsletter_promo", t)


def social_promo(c: Ctx) -> None:
    c.doc.bp("social_promo", c.tr({
        "en": ["Follow us on Instagram, X and Threads for the latest updates",
               "Join our WhatsApp channel for breaking alerts ➡️", "Like us on Facebook",
               "📢 Stay connected — follow us on Google News", "Find us on Telegram and YouTube",
               "FOLLOW US:FacebookInstagramTikTok"],
        "de": ["Folgen Sie uns auf Instagram und Facebook", "Jetzt unserem WhatsApp-Kanal folgen"],
        "fr": ["Suivez-nous sur X et Instagram", "Rejoignez notre chaîne WhatsApp"],
        "es": ["Síguenos en WhatsApp y en Telegram", "Síguenos en Instagram"],
    }))


def share_row(c: Ctx) -> None:
    mode = c.rng.random()
    if mode < 0.25 and c.lang == "en":
        for w in c.rng.sample(["Facebook", "Twitter", "LinkedIn", "Email", "WhatsApp", "Reddit",
                               "Pinterest", "Print"], c.rng.randint(2, 4)):
            c.doc.bp("share_row", w)
        return
    c.doc.bp("share_row", c.tr({
        "en": ["Share", "Share this article:", "Facebook Twitter LinkedIn Email", "Share on WhatsApp",
               "FacebookXWhatsAppTelegramCopy link", "🔗 Copy link", "0 Shares", "Share0Tweet0Pin0",
               "SHARE ON:", "Share this story ↗", "f  𝕏  in  ✉"],
        "de": ["Teilen", "Artikel teilen:", "Auf Facebook teilen"],
        "fr": ["Partager", "Partager sur Facebook", "Partager cet article"],
        "es": ["Compartir", "Compartir en WhatsApp", "Comparte esta noticia"],
    }))


def advertisement_label(c: Ctx) -> None:
    c.doc.bp("advertisement_label", c.tr({
        "en": ["ADVERTISEMENT", "- Advertisement -", "Ad", "Sponsored content",
               "Article continues below this ad", "SCROLL TO CONTINUE WITH CONTENT",
               "▼ Advertisement ▼", "Story continues after advertisement", "AD"],
        "de": ["Anzeige", "ANZEIGE", "Werbung"],
        "fr": ["PUBLICITÉ", "Publicité", "La suite après la publicité"],
        "es": ["Publicidad", "PUBLICIDAD", "Sigue leyendo tras la publicidad"],
    }))


def shortcode(c: Ctx) -> None:
    r = c.rng
    c.doc.bp("shortcode", c.pick([
        "[ad_1]", "[ad_2]", f"[quads id={r.randint(1, 9)}]", "[adsense]", "[ads2]",
        f'[the_ad_group id="{r.randint(100, 999)}"]', "[/vc_column_text]", "[ad#content-mid]",
        f'[wpforms id="{r.randint(100, 999)}"]', "[embed]", "[inline_related_posts]",
        '[td_block_ad_box spot_id="custom_ad_2"]',
    ]))


def also_read(c: Ctx) -> None:
    h = headlines(c.rng, 1, c.lang)[0]
    form = c.tr({
        "en": ["Also Read: {}", "ALSO READ | {}", "READ ALSO – {}", "Also see ➤ {}", "ALSO READ:{}",
               "» Also read: {}", "RELATED: {}", "Read also: {}", "ALSO READ ▶ {}"],
        "de": ["Lesen Sie auch: {}", "Auch interessant: {}", "LESEN SIE AUCH: {}"],
        "fr": ["À lire aussi : {}", "LIRE AUSSI. {}", "À lire également : {}"],
        "es": ["Lee también: {}", "LEA TAMBIÉN: {}", "Te puede interesar: {}"],
    })
    c.doc.bp("also_read", form.format(h))


def email_placeholder(c: Ctx) -> None:
    c.doc.bp("email_placeholder", c.tr({
        "en": ["[email protected]", "Have a tip? Email [email protected]", "Contact: [email protected]",
               "Corrections: [email protected]", "✉ [email protected]"],
        "de": ["Kontakt: [email protected]", "[email protected]"],
        "fr": ["Contact : [email protected]", "[email protected]"],
        "es": ["Correo: [email protected]", "[email protected]"],
    }))


def author_bio(c: Ctx) -> None:
    if not c.author:
        return
    a = c.author
    c.doc.bp("author_bio", c.tr({"en": ["About the Author", "ABOUT THE AUTHOR", "About the writer"],
                                 "de": ["Über die Autorin", "Über den Autor"],
                                 "fr": ["À propos de l'auteur"], "es": ["Sobre el autor"]}))
    c.doc.bp("author_bio", c.tr({
        "en": [f"{a} is a senior reporter covering transport, housing and city hall. Before joining the newsroom, they spent six years at a regional daily.",
               f"{a} writes about science and the environment. Send story ideas via the contact page.",
               f"{a} has covered courts and crime since 2016 and is based in the capital."],
        "de": [f"{a} ist Redakteurin im Lokalressort und schreibt vor allem über Verkehr und Stadtentwicklung."],
        "fr": [f"{a} est journaliste au service régional depuis 2018."],
        "es": [f"{a} es redactor de la sección de local y cubre temas de vivienda y urbanismo."],
    }))


def comment_form(c: Ctx) -> None:
    lines = {
        "en": [["Leave a comment", "Post a Reply", "Join the discussion", "Leave a Reply Cancel reply",
                "Add your comment"],
               ["Your email won't be published. Fields marked * are mandatory.",
                "We will never share your email address. Required fields are flagged with an asterisk.",
                "Your e-mail stays private. Please fill in all fields marked *"],
               ["Comment *", "Name*", "Email*", "Website", "Remember me on this browser for future comments.",
                "Submit Comment", "POST COMMENT", "Δ", "0 Comments", "Be the first to comment"]],
        "de": [["Kommentar hinterlassen", "Schreibe einen Kommentar"],
               ["Deine E-Mail-Adresse wird nicht veröffentlicht. Pflichtfelder sind mit * markiert."],
               ["Kommentar absenden", "Name *", "E-Mail *"]],
        "fr": [["Laisser un commentaire", "Réagir à cet article"],
               ["Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *"],
               ["Envoyer", "Nom *", "Commentaire"]],
        "es": [["Deja un comentario", "Comentarios"],
               ["Tu correo no se publicará. Los campos obligatorios están marcados con *"],
               ["Publicar comentario", "Nombre *", "Correo electrónico *"]],
    }[c.lang]
    c.doc.bp("comment_form", c.pick(lines[0]))
    if c.rng.random() < 0.8:
        c.doc.bp("comment_form", c.pick(lines[1]))
    for t in c.rng.sample(lines[2], c.rng.randint(0, 3)):
        c.doc.bp("comment_form", t)


def back_to_top(c: Ctx) -> None:
    c.doc.bp("back_to_top", c.tr({
        "en": ["Back to top", "↑ Top", "Scroll to top", "TOP ▲", "Return to top of page", "^ Back up",
               "Back To Top ↑"],
        "de": ["Nach oben", "↑ Nach oben"], "fr": ["Retour en haut", "Haut de page"],
        "es": ["Volver arriba", "Subir"],
    }))


def footer_links(c: Ctx) -> None:
    words = {
        "en": ["About Us", "Contact", "Advertise", "Privacy Policy", "Terms of Use", "Careers",
               "Cookie Settings", "Corrections", "Accessibility", "Sitemap", "RSS"],
        "de": ["Impressum", "Datenschutz", "AGB", "Kontakt", "Mediadaten", "Barrierefreiheit"],
        "fr": ["Mentions légales", "Confidentialité", "CGU", "Contact", "Plan du site", "Publicité"],
        "es": ["Aviso legal", "Política de privacidad", "Política de cookies", "Contacto",
               "Quiénes somos"],
    }[c.lang]
    sel = c.rng.sample(words, c.rng.randint(3, min(6, len(words))))
    mode = c.rng.random()
    if mode < 0.35:
        c.doc.bp("footer_link", c.pick([" | ", " · ", " • ", "  "]).join(sel))
    elif mode < 0.5:
        c.doc.bp("footer_link", "".join(sel))
    else:
        for w in sel:
            c.doc.bp("footer_link", w)


def reaction_counter(c: Ctx) -> None:
    r = c.rng
    mode = r.random()
    if mode < 0.4:
        for lab in r.sample(["Like", "Love", "Haha", "Wow", "Sad", "Angry", "Great!", "Useful",
                             "Boring"], r.randint(2, 4)):
            c.doc.bp("reaction_counter", c.pick([f"{lab} ({r.randint(0, 900)})", f"{lab}({r.randint(0, 90)})",
                                                 f"{lab} {r.randint(0, 500)}"]))
    else:
        c.doc.bp("reaction_counter", c.pick([
            f"👍 {r.randint(1, 400)}   👎 {r.randint(0, 40)}", f"❤️ {r.randint(1, 9)}.{r.randint(0, 9)}K",
            f"😂 {r.randint(0, 30)} 😮 {r.randint(0, 30)} 😢 {r.randint(0, 30)}",
            f"Reactions: {r.randint(3, 300)}", f"Was this helpful? Yes ({r.randint(1, 80)}) No ({r.randint(0, 9)})",
            f"{r.randint(2, 99)} people found this useful", f"♥ {r.randint(10, 999)} likes",
        ]))


# ------------------------------------------------------------------------------ tags


TAGS = {
    "en": ["Climate change", "Elections", "Housing", "Public transport", "Courts", "Wildfires",
           "Inflation", "Education", "Health care", "Agriculture", "Tourism", "Energy", "Cricket",
           "Football", "Technology", "Europe", "Water", "City Council"],
    "de": ["Verkehr", "Landespolitik", "Wohnen", "Energie", "Umwelt", "Fußball"],
    "fr": ["Transports", "Agriculture", "Météo", "Municipales", "Industrie", "Culture"],
    "es": ["Sequía", "Turismo", "Vivienda", "Incendios", "Política municipal", "Economía"],
}


def tag_list(c: Ctx) -> None:
    """Header + one item per line."""
    if not c.doc.can("tags"):
        return
    tags = c.rng.sample(c.tr_list(TAGS), c.rng.randint(2, 5))
    c.doc.bp("tag_list_header", c.tr({
        "en": ["Topics", "TAGS", "Filed under:", "More on:", "🏷️ Tags", "- In:", "Tagged"],
        "de": ["Themen", "Schlagwörter:"], "fr": ["Mots-clés :", "Thèmes"],
        "es": ["Temas:", "Etiquetas"]}))
    style = c.pick(["- ", "• ", "#", "", "", "› "])
    for t in tags:
        c.doc.bp("tag_item", style + t, [Fact("tags", t, t)])


def tag_line(c: Ctx) -> None:
    if not c.doc.can("tags"):
        return
    tags = c.rng.sample(c.tr_list(TAGS), c.rng.randint(2, 5))
    mode = c.rng.random()
    if mode < 0.3:
        shown = [t.replace(" ", "") for t in tags]
        text = " ".join("#" + s for s in shown)
        facts = [Fact("tags", s, s, [t, "#" + s]) for t, s in zip(tags, shown, strict=True)]
    else:
        lab = c.tr({"en": ["Tags: ", "Topics: ", "TAGS: ", "Related topics: ", "Keywords: "],
                    "de": ["Schlagwörter: ", "Themen: "], "fr": ["Mots-clés : ", "Tags : "],
                    "es": ["Etiquetas: ", "Temas: "]})
        sep = c.pick([", ", " · ", " | ", ", "])
        text = lab + sep.join(tags)
        facts = [Fact("tags", t, t, after=lab) for t in tags]
    c.doc.bp("tag_line", text, facts)


# ------------------------------------------------------------------------------ headline lists

HEADERS = {
    "related": {"en": ["Related Stories", "RELATED:", "Read next", "See also", "More on this story",
                       "Related coverage ▼", "Related Articles", "READ NEXT"],
                "de": ["Zum Thema", "Mehr zum Thema"], "fr": ["Sur le même sujet", "À lire sur le même thème"],
                "es": ["Noticias relacionadas", "Relacionadas"]},
    "you_may_also_like": {"en": ["You might also like", "YOU MAY ALSO ENJOY", "More you might like",
                                 "You may be interested in"],
                          "de": ["Das könnte Sie auch interessieren"], "fr": ["Vous aimerez aussi"],
                          "es": ["También te puede interesar"]},
    "ranking": {"en": ["Most Read", "MOST POPULAR", "Top 5 this week", "Most shared today",
                       "Popular now", "Most viewed", "Top 10"],
                "de": ["Meistgelesen", "Meistgelesene Artikel"], "fr": ["Les plus lus", "Les plus partagés"],
                "es": ["Lo más leído", "Lo más visto"]},
    "recommendation": {"en": ["Editor's Picks", "Don't Miss", "Recommended for you", "Our top picks",
                              "Handpicked for you", "Staff picks"],
                       "de": ["Empfehlungen der Redaktion", "Nicht verpassen"],
                       "fr": ["La sélection de la rédaction", "À ne pas manquer"],
                       "es": ["Recomendado", "No te lo pierdas"]},
    "trending": {"en": ["Trending Now", "🔥 Trending", "What's hot", "Trending in Sports",
                        "TRENDING", "Hot right now"],
                 "de": ["Im Trend", "Gerade angesagt"], "fr": ["Tendances", "En ce moment"],
                 "es": ["Tendencias", "Lo último"]},
    "more_stories": {"en": ["More Stories", "Latest News", "Recent Posts", "More from Business",
                            "Latest headlines", "MORE NEWS", "Fresh from the newsroom"],
                     "de": ["Weitere Nachrichten", "Neueste Artikel"], "fr": ["Dernières actualités", "Plus d'infos"],
                     "es": ["Últimas noticias", "Más noticias"]},
}
ITEM_KIND = {"related": "related_item", "you_may_also_like": "related_item", "ranking": "ranking_item",
             "recommendation": "recommendation_item", "trending": "trending_item",
             "more_stories": "more_stories_item"}
HEADER_KIND = {"related": "related_header", "you_may_also_like": "you_may_also_like",
               "ranking": "ranking_header", "recommendation": "recommendation_header",
               "trending": "trending_header", "more_stories": "more_stories_header"}


def headline_list(c: Ctx, which: str, n: int | None = None) -> None:
    c.doc.bp(HEADER_KIND[which], c.tr(HEADERS[which]))
    if n is None:
        n = 0 if c.rng.random() < 0.08 else c.rng.randint(2, 7)
    style = None
    if which == "ranking" and c.rng.random() < 0.5:
        style = c.pick(["1. ", "1) ", "01 ", "#"])
    for it in decorate(c, headlines(c.rng, n, c.lang), style):
        c.doc.bp(ITEM_KIND[which], it)


def headline_run(c: Ctx, n: int | None = None) -> None:
    n = n or c.rng.randint(3, 6)
    for it in decorate(c, headlines(c.rng, n, c.lang)):
        c.doc.bp("headline_run_item", it)


def prev_next(c: Ctx) -> None:
    hs = headlines(c.rng, 2, c.lang)
    forms = {
        "en": [("← Previous: {}", "Next: {} →"), ("Previous article{}", "Next article{}"),
               ("PREVIOUS POST{}", "NEXT POST{}"), ("Older post: {}", "Newer post: {}"),
               ("« {}", "{} »"), ("Prev Story {}", "Next Story {}")],
        "de": [("Vorheriger Beitrag {}", "Nächster Beitrag {}"), ("« Vorheriger Artikel: {}", "Nächster Artikel: {} »")],
        "fr": [("Article précédent : {}", "Article suivant : {}"), ("‹ Précédent {}", "Suivant › {}")],
        "es": [("Artículo anterior {}", "Artículo siguiente {}"), ("« Anterior: {}", "Siguiente: {} »")],
    }[c.lang]
    p, nx = c.pick(forms)
    mode = c.rng.random()
    if mode < 0.25:
        c.doc.bp("prev_next_link", p.format(hs[0]))
    elif mode < 0.4:
        c.doc.bp("prev_next_link", nx.format(hs[1]))
    else:
        c.doc.bp("prev_next_link", p.format(hs[0]))
        c.doc.bp("prev_next_link", nx.format(hs[1]))


Component = Callable[[Ctx], None]
