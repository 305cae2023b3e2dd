"""Boilerplate templates for the blind_b corpus, one function per kind, in varied wordings
(German, French, Spanish and English). Every function appends labelled lines to ``ctx.doc`` and
attaches the facts the line states, with the exact evidence."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from kit import (
    DE_DAYS,
    DE_MONTHS,
    EN_DAYS,
    EN_MON3,
    EN_MONTHS,
    ES_DAYS,
    ES_MON3,
    ES_MONTHS,
    FR_DAYS,
    FR_MONTHS,
    Doc,
    F,
    h12,
    iso,
    zone_for,
)
from pools import AGENCIES


@dataclass
class Ctx:
    rng: random.Random
    doc: Doc
    lang: str
    site: str
    host: str
    section: str
    dt: datetime
    title: str
    tags: list[str]
    headlines: list[str]
    authors: list[str] = field(default_factory=list)
    agency: str | None = None
    facts_ok: bool = True  # False: only fact-free wordings

    def pick(self, xs: list[str]) -> str:
        return self.rng.choice(xs)

    def heads(self, n: int) -> list[str]:
        return self.rng.sample(self.headlines, min(n, len(self.headlines)))


def agency_fact(canon: str, evidence: str) -> F:
    return F("credits", canon, evidence, aliases=list(AGENCIES.get(canon, [])))


# =========================================================================== dates


def fmt_date(ctx: Ctx, dt: datetime, allow_zone: bool = True) -> tuple[str, str, list[str]]:
    """(date string = evidence, ISO value, aliases)."""
    r = ctx.rng
    lang = ctx.lang
    d = dt.date()
    style = r.randrange(6)
    zone: tuple[str, str] | None = None
    with_time = True
    if lang == "de":
        if style == 0:
            s = f"{dt:%d.%m.%Y}, {dt:%H:%M} Uhr"
        elif style == 1:
            s, with_time = f"{dt.day}. {DE_MONTHS[dt.month - 1]} {dt.year}", False
        elif style == 2 and allow_zone:
            zone = zone_for("MEZ/MESZ", d)
            s = f"{DE_DAYS[dt.weekday()]}, {dt.day}. {DE_MONTHS[dt.month - 1]} {dt.year}, {dt:%H:%M} Uhr {zone[0]}"
        elif style == 3:
            s = f"{dt:%d.%m.%Y} | {dt:%H:%M}"
        elif style == 4 and allow_zone:
            zone = zone_for("CET/CEST", d)
            s = f"{dt:%d.%m.%Y %H:%M} {zone[0]}"
        else:
            s = f"{dt.day:02d}.{dt.month:02d}.{dt.year} - {dt:%H.%M} Uhr"
    elif lang == "fr":
        if style == 0:
            s = f"{dt:%d/%m/%Y} à {dt.hour:02d}h{dt.minute:02d}"
        elif style == 1:
            s, with_time = f"{FR_DAYS[dt.weekday()]} {dt.day} {FR_MONTHS[dt.month - 1]} {dt.year}", False
        elif style == 2:
            s = f"{dt.day} {FR_MONTHS[dt.month - 1]} {dt.year} à {dt:%H:%M}"
        elif style == 3 and allow_zone:
            zone = zone_for("CET/CEST", d)
            s = f"{dt:%d/%m/%Y %H:%M} {zone[0]}"
        elif style == 4:
            s, with_time = f"{dt:%d/%m/%Y}", False
        else:
            ab = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
            s = f"{dt.day} {ab[dt.month - 1]} {dt.year} à {dt.hour}h{dt.minute:02d}"
    elif lang == "es":
        if style == 0:
            s = f"{dt:%d/%m/%Y} {dt:%H:%M}"
        elif style == 1:
            s, with_time = f"{dt.day} de {ES_MONTHS[dt.month - 1]} de {dt.year}", False
        elif style == 2 and allow_zone:
            zone = zone_for("CET/CEST", d)
            s = f"{dt.day:02d} {ES_MON3[dt.month - 1]} {dt.year} - {dt:%H:%M} {zone[0]}"
        elif style == 3:
            s = f"{dt:%d.%m.%Y} - {dt:%H:%M} h"
        elif style == 4:
            s = f"{ES_DAYS[dt.weekday()]}, {dt.day} de {ES_MONTHS[dt.month - 1]} de {dt.year}, {dt:%H:%M}"
        else:
            s = f"{dt:%d/%m/%Y} a las {dt:%H:%M}"
    else:
        fam = ctx.rng.choice(["IST", "ET", "EDT/EST", "GMT", "UTC", "JST", "KST", "HKT", "SGT",
                              "EAT", "WAT", "PHT", "AEST/AEDT", "BST/GMT", "PT", "GMT+05:30"])
        hh, ap = h12(dt)
        if style == 0:
            s, with_time = f"{EN_MONTHS[dt.month - 1]} {dt.day}, {dt.year}", False
        elif style == 1 and allow_zone:
            zone = zone_for(fam, d)
            s = f"{EN_MONTHS[dt.month - 1]} {dt.day}, {dt.year} {hh}:{dt.minute:02d} {ap} {zone[0]}"
        elif style == 2 and allow_zone:
            zone = zone_for(fam, d)
            s = f"{dt.day:02d} {EN_MON3[dt.month - 1]} {dt.year}, {hh:02d}:{dt.minute:02d} {ap} {zone[0]}"
        elif style == 3:
            s = f"{dt:%Y-%m-%d %H:%M}"
        elif style == 4 and allow_zone:
            zone = zone_for(fam, d)
            s = (f"{EN_DAYS[dt.weekday()]}, {EN_MON3[dt.month - 1]} {dt.day} {dt.year} "
                 f"{dt:%H:%M} {zone[0]}")
        elif dt.day > 12:
            s = f"{dt:%d/%m/%Y} {dt:%H:%M}"
        else:
            s, with_time = f"{dt.day} {EN_MONTHS[dt.month - 1]} {dt.year}", False
    value = iso(dt, zone[1] if zone else None, with_time)
    aliases = [value + "T00:00:00"] if not with_time else []
    return s, value, aliases


def date_line(ctx: Ctx, kind_of: str = "published", dt: datetime | None = None) -> None:
    """A labelled date line ("Veröffentlicht am …", "Mis à jour le …", "Posted on …")."""
    if ctx.doc.has_kind(kind_of):
        return
    dt = dt or (ctx.dt if kind_of == "published" else ctx.dt + timedelta(hours=ctx.rng.randrange(1, 30)))
    s, val, al = fmt_date(ctx, dt)
    labels = {
        ("de", "published"): ["Veröffentlicht am {d}", "Veröffentlicht: {d}", "Erstellt am {d}",
                              "veröffentlicht {d}", "Erschienen am {d}"],
        ("de", "updated"): ["Aktualisiert am {d}", "Aktualisiert: {d}", "Zuletzt aktualisiert: {d}",
                            "aktualisiert am {d}"],
        ("fr", "published"): ["Publié le {d}", "Publié le {d}", "PUBLIÉ LE {d}", "Publié : {d}"],
        ("fr", "updated"): ["Mis à jour le {d}", "Mis à jour : {d}", "Dernière mise à jour : {d}",
                            "MIS À JOUR LE {d}"],
        ("es", "published"): ["Publicado el {d}", "Publicado: {d}", "Fecha de publicación: {d}",
                              "PUBLICADO {d}"],
        ("es", "updated"): ["Actualizado el {d}", "Actualizado: {d}", "Última actualización: {d}",
                            "Actualizado {d}"],
        ("en", "published"): ["Published: {d}", "Posted on {d}", "Date: {d}", "First published {d}",
                              "PUBLISHED {d}", "Published on {d}", "Posted: {d}"],
        ("en", "updated"): ["Updated: {d}", "Last updated {d}", "Last modified: {d}",
                            "UPDATED — {d}", "Updated on {d}", "Last Updated: {d}"],
    }
    tmpl = ctx.pick(labels[(ctx.lang, kind_of)])
    ctx.doc.bp(tmpl.format(d=s), "date_line", [F(kind_of, val, s, aliases=al)] if ctx.facts_ok else [])


def byline(ctx: Ctx, with_date: bool = False, with_agency: bool = False) -> None:
    r = ctx.rng
    names = ctx.authors
    if ctx.lang == "de":
        joiner, pre = " und ", r.choice(["Von ", "Von ", "VON ", "Ein Beitrag von ", "Autor: ", "Text: "])
    elif ctx.lang == "fr":
        joiner, pre = " et ", r.choice(["Par ", "Par ", "PAR ", "Un article de ", "Rédigé par "])
    elif ctx.lang == "es":
        joiner, pre = " y ", r.choice(["Por ", "Por ", "POR ", "Escrito por ", "Texto: "])
    else:
        joiner, pre = " and ", r.choice(["By ", "By ", "BY ", "Written by ", "Story by ", "By: "])
    shown = [n.upper() if pre.isupper() else n for n in names]
    text = pre + joiner.join(shown)
    facts = [F("authors", n, s) for n, s in zip(names, shown)]
    if with_agency and ctx.agency:
        ag = ctx.agency
        text += r.choice([f", {ag}", f" ({ag})", f" | {ag}", f" / {ag}"])
        facts.append(agency_fact(ag, ag))
    if with_date:
        s, val, al = fmt_date(ctx, ctx.dt)
        text += r.choice([" | ", " · ", " — ", ", ", "  |  "]) + s
        facts.append(F("published", val, s, aliases=al))
    ctx.doc.bp(text, "byline", facts if ctx.facts_ok else [])


# =========================================================================== navigation


SKIP = {
    "de": ["Zum Inhalt springen", "Direkt zum Inhalt", "Zum Hauptinhalt springen", "Springe zum Inhalt",
           "zum Inhalt"],
    "fr": ["Aller au contenu", "Passer au contenu principal", "Aller au contenu principal",
           "Accéder au contenu"],
    "es": ["Saltar al contenido", "Ir al contenido principal", "Saltar al contenido principal",
           "Ir al contenido"],
    "en": ["Skip to content", "Skip to main content", "Jump to content", "SKIP TO CONTENT",
           "Skip to navigation"],
}

NAV = {
    "de": ["Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Region", "Panorama", "Wissen",
           "Lokales", "Meinung", "Service", "Video", "Podcast", "Mediathek"],
    "fr": ["Accueil", "Actualité", "Politique", "Économie", "Sport", "Culture", "Régions", "Faits divers",
           "Société", "Vidéos", "Podcasts", "Opinions"],
    "es": ["Portada", "Nacional", "Internacional", "Economía", "Deportes", "Cultura", "Sucesos", "Opinión",
           "Local", "Vídeos", "Tecnología", "Gente"],
    "en": ["Home", "World", "India", "Business", "Markets", "Sports", "Entertainment", "Tech", "Opinion",
           "Lifestyle", "Videos", "Photos", "E-Paper", "Cricket", "Local", "Weather"],
}


def skip_link(ctx: Ctx) -> None:
    ctx.doc.bp(ctx.pick(SKIP[ctx.lang]), "skip_link")


def nav_menu(ctx: Ctx) -> None:
    items = ctx.rng.sample(NAV[ctx.lang], ctx.rng.randrange(4, 8))
    if ctx.rng.random() < 0.65:
        sep = ctx.pick([" | ", "  ", " · ", " / ", " • "])
        ctx.doc.bp(sep.join(items), "nav_menu")
    else:
        for it in items:
            ctx.doc.bp(ctx.pick([it, it, it.upper()]) if ctx.rng.random() < 0.2 else it, "nav_menu")


def breadcrumb(ctx: Ctx) -> None:
    home = {"de": ["Startseite", "Home", "Start"], "fr": ["Accueil", "Accueil"],
            "es": ["Inicio", "Portada"], "en": ["Home", "HOME", "News"]}[ctx.lang]
    mid = {"de": ["Nachrichten", "Region", "Deutschland"], "fr": ["Actualités", "Régions", "France"],
           "es": ["Noticias", "España", "Comunidad"], "en": ["News", "World", "Nation"]}[ctx.lang]
    sep = ctx.pick([" > ", " » ", " / ", " › ", " >> ", " | "])
    parts = [ctx.pick(home)]
    if ctx.rng.random() < 0.6:
        m = ctx.pick(mid)
        if m != ctx.section and m != parts[0]:
            parts.append(m)
    parts.append(ctx.section)
    pre = ""
    if ctx.rng.random() < 0.25:
        pre = {"de": "Sie sind hier: ", "fr": "Vous êtes ici : ", "es": "Estás en: ",
               "en": "You are here: "}[ctx.lang]
    text = pre + sep.join(parts)
    facts = [F("section", ctx.section, ctx.section, nth=-1)] if ctx.facts_ok else []
    ctx.doc.bp(text, "breadcrumb", facts)


def section_label(ctx: Ctx) -> None:
    s = ctx.section
    text = ctx.pick([s, s.upper(), s, f"{s}"])
    ctx.doc.bp(text, "section_label", [F("section", s, text)] if ctx.facts_ok else [])


def category_line(ctx: Ctx) -> None:
    pre = {"de": ["Rubrik: ", "Ressort: ", "Kategorie: "], "fr": ["Rubrique : ", "Catégorie : "],
           "es": ["Sección: ", "Categoría: "], "en": ["Category: ", "Filed under: ", "Section: ",
                                                      "Posted in "]}[ctx.lang]
    ctx.doc.bp(ctx.pick(pre) + ctx.section, "section_label",
               [F("section", ctx.section, ctx.section)] if ctx.facts_ok else [])


# =========================================================================== cookies / consent


COOKIE = {
    "de": [
        "Wir verwenden Cookies, um Ihnen ein optimales Nutzungserlebnis zu bieten. Wenn Sie weitersurfen, stimmen Sie der Cookie-Nutzung zu.",
        "Diese Website nutzt Cookies und vergleichbare Technologien für Statistik und personalisierte Werbung. Details finden Sie in unserer Datenschutzerklärung.",
        "Wir und unsere Partner speichern Informationen auf Ihrem Gerät und greifen darauf zu. Sie können Ihre Einwilligung jederzeit widerrufen.",
        "🍪 Cookies helfen uns, dieses Angebot zu verbessern. Mit „Alle akzeptieren“ willigen Sie ein.",
        "Um unsere Seite für Sie optimal zu gestalten, verwenden wir Cookies. Durch die weitere Nutzung der Seite stimmen Sie der Verwendung von Cookies zu.",
    ],
    "fr": [
        "Nous utilisons des cookies pour améliorer votre expérience de navigation et mesurer l'audience du site.",
        "En poursuivant votre navigation sur ce site, vous acceptez l'utilisation de cookies à des fins statistiques et publicitaires.",
        "Ce site utilise des traceurs. Vous pouvez modifier vos préférences à tout moment via le lien « Gérer mes cookies ».",
        "Avec votre accord, nos partenaires et nous utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles.",
        "🍪 Nous respectons votre vie privée : choisissez les cookies que vous acceptez.",
    ],
    "es": [
        "Utilizamos cookies propias y de terceros para mejorar nuestros servicios y mostrarle publicidad relacionada con sus preferencias.",
        "Este sitio web utiliza cookies para que usted tenga la mejor experiencia de usuario. Si continúa navegando está dando su consentimiento.",
        "Usamos cookies para analizar el tráfico y personalizar los anuncios. Puede cambiar la configuración u obtener más información en nuestra política de cookies.",
        "🍪 ¿Aceptas las cookies? Nos ayudan a ofrecerte un servicio mejor.",
        "Nosotros y nuestros socios almacenamos o accedemos a información en un dispositivo, como cookies, y tratamos datos personales.",
    ],
    "en": [
        "We use cookies to give you the best possible experience on our website. By continuing to browse, you agree to our use of cookies.",
        "This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out if you wish.",
        "Our site uses cookies and similar technologies for analytics and personalised ads. See our Cookie Policy for details.",
        "🍪 We value your privacy. Choose which cookies you allow.",
        "By clicking “Accept All”, you agree to the storing of cookies on your device to enhance site navigation and analyse site usage.",
    ],
}
COOKIE_BTN = {
    "de": ["Alle akzeptieren", "Akzeptieren", "Einstellungen", "Nur notwendige Cookies", "Zustimmen und weiter",
           "OK", "Ablehnen"],
    "fr": ["Tout accepter", "Continuer sans accepter", "Paramétrer les cookies", "J'accepte", "OK",
           "Tout refuser"],
    "es": ["Aceptar", "Aceptar todas", "Configurar", "Rechazar todas", "Más información", "ACEPTO"],
    "en": ["Accept", "Accept All", "Reject All", "Cookie Settings", "OK", "Got it!", "Manage preferences"],
}


def cookie_notice(ctx: Ctx) -> None:
    ctx.doc.bp(ctx.pick(COOKIE[ctx.lang]), "cookie_notice")
    for b in ctx.rng.sample(COOKIE_BTN[ctx.lang], ctx.rng.randrange(0, 3)):
        ctx.doc.bp(b, "cookie_notice")


# =========================================================================== article chrome


READING = {
    "de": ["Lesezeit: {n} Minuten", "{n} Min. Lesezeit", "Lesedauer: ca. {n} Min.", "⏱ {n} min",
           "Artikel anhören", "Vorlesen"],
    "fr": ["Temps de lecture : {n} min", "Lecture {n} min.", "{n} minutes de lecture", "Écouter cet article",
           "⏱ {n} min"],
    "es": ["Tiempo de lectura: {n} min", "{n} minutos de lectura", "Lectura: {n} min", "Escuchar la noticia",
           "⏱️ {n} min"],
    "en": ["{n} min read", "Reading time: {n} minutes", "⏱️ {n} minutes", "Listen to this article",
           "Est. read time: {n} mins", "{n}-minute read"],
}


def reading_time(ctx: Ctx) -> None:
    ctx.doc.bp(ctx.pick(READING[ctx.lang]).format(n=ctx.rng.randrange(2, 9)), "reading_time")


SHARE = {
    "de": ["Teilen", "Artikel teilen", "Teilen auf: Facebook | X | WhatsApp", "Facebook Twitter WhatsApp E-Mail",
           "Link kopieren", "Drucken", "Teilen 📤"],
    "fr": ["Partager", "Partager cet article", "Partager sur Facebook", "Facebook Twitter E-mail Copier le lien",
           "Partager : Facebook · X · LinkedIn", "Imprimer"],
    "es": ["Compartir", "Compartir en Facebook", "Compartir en WhatsApp", "Facebook Twitter WhatsApp Email",
           "Compartir esta noticia", "Copiar enlace"],
    "en": ["Share this:", "Share", "Facebook Twitter WhatsApp Email", "Tweet", "0 Shares", "Share on X",
           "SHARE:", "Copy link", "Pin it", "Share 👍 LinkedIn Telegram"],
}


def share_row(ctx: Ctx) -> None:
    for t in ctx.rng.sample(SHARE[ctx.lang], ctx.rng.randrange(1, 4)):
        ctx.doc.bp(t, "share_row")


ADV = {
    "de": ["Anzeige", "ANZEIGE", "Werbung", "- Anzeige -", "Anzeige ▼"],
    "fr": ["Publicité", "PUBLICITÉ", "Annonce", "- Publicité -", "Contenu sponsorisé"],
    "es": ["Publicidad", "PUBLICIDAD", "Anuncio", "- Publicidad -"],
    "en": ["Advertisement", "ADVERTISEMENT", "Story continues below advertisement", "- Advertisement -",
           "Sponsored", "AD", "Scroll to continue with content"],
}


def advertisement(ctx: Ctx) -> None:
    ctx.doc.bp(ctx.pick(ADV[ctx.lang]), "advertisement_label")


SHORTCODES = ["[adsense_top]", '[wpna_ad slot="2"]', "{{ad_block_1}}", "[inline_ad]", "[/inline_ad]",
              '[ads id="4471"]', "%%AD_SLOT_MID%%", "[sc name=\"in-article\"]", "[ad-slot-3]",
              "[quads id=2]"]


def shortcode(ctx: Ctx) -> None:
    ctx.doc.bp(ctx.pick(SHORTCODES), "shortcode")


def photo(ctx: Ctx, agency: str | None = None) -> None:
    """Optional caption + credit line."""
    r = ctx.rng
    caps = {
        "de": ["Blick auf den Ort des Geschehens am Vormittag.", "Einsatzkräfte vor Ort (Archivbild).",
               "Symbolbild", "Das Archivfoto zeigt die Situation im vergangenen Jahr.",
               "Die Stadträte bei der Abstimmung am Dienstag."],
        "fr": ["Photo d'illustration.", "Les secours sur place mardi matin.",
               "Image d'archive prise l'an dernier.", "Vue générale du site, lundi."],
        "es": ["Imagen de archivo.", "Vista general de la zona afectada este martes.",
               "Foto de archivo de la ciudad.", "Los servicios de emergencia, en el lugar."],
        "en": ["File photo.", "Representational image.", "(Representative image)",
               "A general view of the site on Tuesday.", "Pictured: officials at the venue earlier this week."],
    }[ctx.lang]
    if r.random() < 0.5:
        ctx.doc.bp(r.choice(caps), "photo_caption")
    name = r.choice(["Jan Müller", "Lukas Weber", "Claire Morin", "Hugo Sánchez", "Rafiq Maqbool",
                     "Li Wei", "Maya Chen", "Tobias Frank", "Emilio Naranjo"])
    if agency:
        credit = r.choice([f"{name}/{agency}", f"{agency}/{name}", f"{agency}", f"{name} / {agency}"])
    else:
        credit = r.choice([f"{name}", "Stadtarchiv" if ctx.lang == "de" else f"{name}",
                           "Getty Images" if ctx.lang == "en" else name, f"{ctx.site}"])
    pre = {"de": ["Foto: ", "Bild: ", "© Foto: ", "Foto: "], "fr": ["Photo : ", "Crédit photo : ", "© Photo : "],
           "es": ["Foto: ", "Imagen: ", "Fotografía: "],
           "en": ["Photo: ", "Credit: ", "Photo credit: ", "Image: ", "PHOTO: "]}[ctx.lang]
    p = r.choice(pre)
    wrap = r.random() < 0.2
    text = f"({p}{credit})" if wrap else p + credit
    facts = [F("photo_credit", credit, credit)]
    if agency:
        facts.append(agency_fact(agency, agency, ))
        facts[-1].nth = -1
    ctx.doc.bp(text, "photo_credit", facts if ctx.facts_ok else [])


# =========================================================================== lists


RELATED_H = {
    "de": ["Mehr zum Thema", "Das könnte Sie auch interessieren", "Weitere Artikel", "Passend zum Thema",
           "MEHR ZUM THEMA:", "Auch interessant"],
    "fr": ["Sur le même sujet", "Ces articles peuvent vous intéresser", "À lire également", "SUR LE MÊME SUJET",
           "Nos articles sur le même thème"],
    "es": ["Noticias relacionadas", "Te puede interesar", "Más noticias", "NOTICIAS RELACIONADAS",
           "También te puede interesar"],
    "en": ["Related", "Related Stories", "RELATED NEWS", "Read Next", "See also:", "Related Articles",
           "More on this topic"],
}
RANK_H = {
    "de": ["Meistgelesen", "Die meistgelesenen Artikel", "Top-Artikel", "MEISTGELESEN"],
    "fr": ["Les plus lus", "Les articles les plus lus", "LES PLUS LUS", "Top articles"],
    "es": ["Lo más leído", "Lo más visto", "LO MÁS LEÍDO", "Más leídas"],
    "en": ["Most Read", "Most Popular", "MOST READ", "Top 10", "Popular Posts", "Most Viewed This Week"],
}
RECO_H = {
    "de": ["Empfehlungen der Redaktion", "Unsere Empfehlung", "Nicht verpassen"],
    "fr": ["Notre sélection", "Recommandé pour vous", "À ne pas manquer"],
    "es": ["Recomendado", "Selección del editor", "No te lo pierdas"],
    "en": ["Recommended for you", "Editor's Picks", "Don't Miss", "RECOMMENDED", "Our picks"],
}
TREND_H = {
    "de": ["Gerade beliebt", "Im Trend"], "fr": ["Tendances", "En ce moment"],
    "es": ["Tendencias", "Lo último"],
    "en": ["Trending", "Trending Now", "What's Hot 🔥", "TRENDING", "Trending Topics"],
}
MORE_H = {
    "de": ["Neueste Artikel", "Weitere Nachrichten", "Letzte Meldungen"],
    "fr": ["Dernières actualités", "Plus d'actualités", "Le fil info"],
    "es": ["Últimas noticias", "Más noticias de la sección", "Lo último"],
    "en": ["More Stories", "Latest News", "Recent Posts", "MORE FROM THIS SECTION", "Latest"],
}
YMAL = {"de": ["Das könnte Ihnen auch gefallen"], "fr": ["Vous aimerez aussi"],
        "es": ["También te puede gustar"],
        "en": ["You May Also Like", "You might also like", "YOU MAY ALSO LIKE", "You may like"]}


def _item(ctx: Ctx, h: str, style: str, i: int) -> str:
    r = ctx.rng
    if style == "bare":
        t = h
    elif style == "num":
        t = f"{i + 1}. {h}" if r.random() < 0.7 else f"{i + 1}) {h}"
    else:
        t = f"{style} {h}"
    if r.random() < 0.12:
        t += r.choice([" (Video)", " 2 hours ago", " | 14 min ago", " (+)", " 📷", " vor 3 Stunden"
                       if ctx.lang == "de" else " (3)"])
    return t


def headline_list(ctx: Ctx, which: str, n: int | None = None) -> None:
    r = ctx.rng
    table = {"related": (RELATED_H, "related_header", "related_item"),
             "ranking": (RANK_H, "ranking_header", "ranking_item"),
             "recommendation": (RECO_H, "recommendation_header", "recommendation_item"),
             "trending": (TREND_H, "trending_header", "trending_item"),
             "more": (MORE_H, "more_stories_header", "more_stories_item"),
             "ymal": (YMAL, "you_may_also_like", "related_item")}
    heads, hk, ik = table[which]
    ctx.doc.bp(r.choice(heads[ctx.lang]), hk)
    n = r.randrange(2, 7) if n is None else n
    style = r.choice(["bare", "-", "•", "*", "→", "»", "▪", "num"])
    for i, h in enumerate(ctx.heads(n)):
        ctx.doc.bp(_item(ctx, h, style, i), ik)


def headline_run(ctx: Ctx) -> None:
    for h in ctx.heads(ctx.rng.randrange(3, 7)):
        ctx.doc.bp(h, "headline_run_item")


def also_read(ctx: Ctx) -> None:
    pre = {"de": ["Lesen Sie auch: ", "LESEN SIE AUCH: ", "Auch interessant: ", "Mehr dazu: ", "Lesen Sie auch | "],
           "fr": ["À lire aussi : ", "LIRE AUSSI. ", "Lire aussi >> ", "À voir aussi : ", "À LIRE AUSSI - "],
           "es": ["Lee también: ", "LEER MÁS: ", "Te puede interesar: ", "Lea también | ", "Relacionado: "],
           "en": ["Also Read: ", "ALSO READ | ", "Also read - ", "READ ALSO: ", "Also Read → ", "Read: "]}
    ctx.doc.bp(ctx.pick(pre[ctx.lang]) + ctx.heads(1)[0], "also_read")


def tags(ctx: Ctx, as_list: bool | None = None) -> None:
    r = ctx.rng
    tg = ctx.tags
    head = {"de": ["Schlagwörter", "Themen", "Schlagworte", "Tags"], "fr": ["Mots-clés", "Sujets", "Tags", "Thèmes"],
            "es": ["Etiquetas", "Temas", "Tags"], "en": ["Tags", "Topics", "TAGS", "Tagged", "Keywords"]}[ctx.lang]
    h = r.choice(head)
    as_list = r.random() < 0.35 if as_list is None else as_list
    if as_list:
        ctx.doc.bp(h + r.choice(["", ":", " :"]) if ctx.lang == "fr" else h + r.choice(["", ":"]),
                   "tag_list_header")
        b = r.choice(["", "- ", "# ", "• "])
        for t in tg:
            ctx.doc.bp(b + t, "tag_item", [F("tags", t, t)] if ctx.facts_ok else [])
    else:
        facts = []
        if r.random() < 0.2:
            text = ""
            for t in tg:
                if text:
                    text += " "
                hv = t.replace(" ", "")
                facts.append(F("tags", hv, hv, aliases=[t, "#" + hv], at=len(text) + 1))
                text += "#" + hv
        else:
            sep = r.choice([", ", " | ", " · ", " / ", ", "])
            text = h + r.choice([": ", " : " if ctx.lang == "fr" else ": ", " — "])
            for i, t in enumerate(tg):
                if i:
                    text += sep
                facts.append(F("tags", t, t, at=len(text)))
                text += t
        ctx.doc.bp(text, "tag_line", facts if ctx.facts_ok else [])


# =========================================================================== promos


def newsletter_promo(ctx: Ctx) -> None:
    s = ctx.site
    w = {"de": ["Newsletter abonnieren: Die wichtigsten Nachrichten aus der Region jeden Morgen in Ihrem Postfach.",
                "Jetzt zum Newsletter anmelden und nichts mehr verpassen!", "📩 Hier kostenlos für den Newsletter anmelden",
                "Unser Morgen-Briefing: Melden Sie sich jetzt an."],
         "fr": ["Recevez chaque matin l'essentiel de l'actualité : inscrivez-vous à notre newsletter.",
                "Inscrivez-vous gratuitement à la newsletter", "📩 Je m'abonne à la lettre d'information",
                "Newsletter : l'info locale dans votre boîte mail, chaque jour à 7 heures."],
         "es": ["Suscríbete a nuestro boletín y recibe las noticias más importantes cada mañana.",
                "Recibe las noticias en tu correo: apúntate a la newsletter", "📩 Suscríbete gratis",
                "Boletín diario: lo más importante del día, en tu bandeja de entrada."],
         "en": ["Sign up for our daily newsletter to get the top stories delivered to your inbox.",
                "Get the latest news straight to your inbox — subscribe now!", "📬 Subscribe to our newsletter",
                "Want more? Sign up for our free morning briefing.", "SUBSCRIBE TO OUR NEWSLETTER"]}
    ctx.doc.bp(ctx.pick(w[ctx.lang]), "newsletter_promo")


def app_promo(ctx: Ctx, name_fact: bool = False) -> None:
    s = ctx.site
    w = {"de": ["Jetzt unsere kostenlose Nachrichten-App herunterladen!", "Alle Nachrichten in unserer App – jetzt im App Store und bei Google Play.",
                "📱 Laden Sie sich unsere News-App herunter"],
         "fr": ["Téléchargez notre application pour suivre l'actualité en temps réel.", "📱 Notre appli est disponible sur iOS et Android",
                "Retrouvez toute l'info dans notre application mobile gratuite."],
         "es": ["Descarga nuestra app y recibe las últimas noticias.", "📱 Disponible en App Store y Google Play",
                "Toda la actualidad en nuestra aplicación gratuita."],
         "en": ["Download our app for breaking news alerts.", "Get the app: available on iOS and Android",
                "📲 Stay updated on the go — install our app today!", "Download our App to read the e-paper"]}
    ctx.doc.bp(ctx.pick(w[ctx.lang]), "app_promo")


def social_promo(ctx: Ctx) -> None:
    s = ctx.site
    w = {"de": ["Folgen Sie uns auf Facebook und Instagram", "Unser WhatsApp-Kanal: Jetzt folgen und informiert bleiben",
                "Sie finden uns auch auf Threads und Bluesky."],
         "fr": ["Suivez-nous sur Facebook, Instagram et X", "Rejoignez notre chaîne WhatsApp",
                "Abonnez-vous à notre compte Instagram"],
         "es": ["Síguenos en Facebook, X e Instagram", "Únete a nuestro canal de WhatsApp",
                "Síguenos en Google Noticias"],
         "en": ["Follow us on Facebook, X and Instagram", "Join our WhatsApp channel for quick updates",
                "Follow us on Google News ⭐", "Like our page on Facebook", "Join us on Telegram 👉"]}
    ctx.doc.bp(ctx.pick(w[ctx.lang]), "social_promo")


def comment_form(ctx: Ctx) -> None:
    w = {"de": [["Kommentar schreiben"], ["Kommentare (7)", "Schreiben Sie einen Kommentar"],
                ["Schreibe einen Kommentar", "Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.",
                 "Kommentar absenden"], ["Die Kommentarfunktion ist für diesen Artikel geschlossen."]],
         "fr": [["Laisser un commentaire"], ["Réagir", "Commentaires (3)"],
                ["Laisser un commentaire", "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *",
                 "Publier le commentaire"], ["Les commentaires sont fermés."]],
         "es": [["Deja tu comentario"], ["Comentarios", "Deja una respuesta"],
                ["Deja una respuesta", "Tu dirección de correo electrónico no será publicada. Los campos obligatorios están marcados con *",
                 "Publicar el comentario"], ["Los comentarios están cerrados."]],
         "en": [["Leave a Comment"], ["Comments", "Add a comment"],
                ["Leave a Reply", "Your email address will not be published. Required fields are marked *",
                 "Comment *", "Name *", "Email *", "Post Comment"],
                ["Comments are closed."], ["Join the conversation", "Be the first to comment"],
                ["LEAVE A REPLY", "Cancel reply", "Please enter your comment!"]]}
    for t in ctx.rng.choice(w[ctx.lang]):
        ctx.doc.bp(t, "comment_form")


FOOTER = {
    "de": ["Impressum", "Datenschutz", "Datenschutzerklärung", "AGB", "Kontakt", "Mediadaten", "Barrierefreiheit",
           "Cookie-Einstellungen", "Über uns", "Abo-Service"],
    "fr": ["Mentions légales", "Politique de confidentialité", "CGU", "Contact", "Gestion des cookies", "Qui sommes-nous ?",
           "Plan du site", "Publicité"],
    "es": ["Aviso legal", "Política de privacidad", "Política de cookies", "Contacto", "Quiénes somos", "Mapa web",
           "Publicidad", "Condiciones de uso"],
    "en": ["About Us", "Privacy Policy", "Terms of Use", "Contact Us", "Advertise", "Careers", "Sitemap", "DMCA",
           "Disclaimer", "Cookie Policy", "Terms & Conditions"],
}


def footer(ctx: Ctx) -> None:
    items = ctx.rng.sample(FOOTER[ctx.lang], ctx.rng.randrange(2, 6))
    if ctx.rng.random() < 0.5:
        ctx.doc.bp(ctx.pick([" | ", " · ", " – ", "  "]).join(items), "footer_link")
    else:
        for it in items:
            ctx.doc.bp(it, "footer_link")


def copyright_notice(ctx: Ctx, site_fact: bool = False) -> None:
    y = ctx.dt.year
    s = ctx.site
    w = {"de": [f"© {y} {s}. Alle Rechte vorbehalten.", f"Copyright © {s} {y}", f"© {s} {y} – Alle Rechte vorbehalten",
                "Alle Rechte vorbehalten. Vervielfältigung nur mit Genehmigung."],
         "fr": [f"© {s} {y} - Tous droits réservés", f"Copyright {y} {s}. Tous droits réservés.", f"© {y} {s}",
                "Tous droits réservés – reproduction interdite"],
         "es": [f"© {y} {s}. Todos los derechos reservados.", f"Copyright © {s} {y}", f"© {s}, S.L. {y}",
                "Todos los derechos reservados."],
         "en": [f"© {y} {s}. All rights reserved.", f"Copyright © {y} {s}", f"© Copyright {s} {y} | All Rights Reserved",
                "All rights reserved.", f"{s} © {y}. Powered by WordPress."]}
    t = ctx.pick(w[ctx.lang])
    facts = [F("site_name", s, s)] if s in t and ctx.facts_ok else []
    ctx.doc.bp(t, "copyright_notice", facts)


def republish_notice(ctx: Ctx) -> None:
    w = {"de": ["Die Weiterverbreitung dieses Artikels ist nur mit schriftlicher Genehmigung der Redaktion gestattet.",
                "Nachdruck und Weiterverbreitung, auch auszugsweise, nur mit Zustimmung des Verlags."],
         "fr": ["Toute reproduction, même partielle, est interdite sans autorisation préalable.",
                "Reproduction et diffusion interdites sans l'accord de l'éditeur."],
         "es": ["Prohibida su reproducción total o parcial sin autorización expresa.",
                "Queda prohibida la distribución y la comunicación pública de este contenido sin permiso."],
         "en": ["This material may not be republished, rebroadcast or redistributed in any form without prior written permission.",
                "No part of this story may be reproduced, rewritten or redistributed without permission.",
                "Reproduction in whole or in part without permission is prohibited."]}
    ctx.doc.bp(ctx.pick(w[ctx.lang]), "republish_notice")


def back_to_top(ctx: Ctx) -> None:
    w = {"de": ["Nach oben", "Zurück nach oben", "↑ nach oben", "Seitenanfang"],
         "fr": ["Haut de page", "Retour en haut", "↑ Haut de page", "Remonter"],
         "es": ["Volver arriba", "Ir arriba", "↑ Subir"],
         "en": ["Back to top", "↑ Top", "Scroll to top", "BACK TO TOP ▲", "Back to top button", "Go to Top"]}
    ctx.doc.bp(ctx.pick(w[ctx.lang]), "back_to_top")


def ui_word(ctx: Ctx) -> None:
    w = {"de": ["Mehr", "Weniger", "Schließen", "Menü", "Suche", "Anmelden", "Merken"],
         "fr": ["Plus", "Moins", "Fermer", "Menu", "Rechercher", "Se connecter"],
         "es": ["Más", "Menos", "Cerrar", "Menú", "Buscar", "Iniciar sesión"],
         "en": ["More", "Less", "Menu", "Search", "Close", "Load more", "Sign in", "Print", "View", "Listen"]}
    ctx.doc.bp(ctx.pick(w[ctx.lang]), "ui_word")


def read_more(ctx: Ctx) -> None:
    w = {"de": ["Weiterlesen", "Mehr lesen", "Artikel weiterlesen ›", "Zum Artikel"],
         "fr": ["Lire la suite", "Lire plus", "Lire la suite de l'article »"],
         "es": ["Leer más", "Seguir leyendo", "Sigue leyendo »"],
         "en": ["Read More", "Continue reading", "Read more »", "Continue reading →", "READ FULL STORY",
                "[Read more...]", "Keep reading"]}
    ctx.doc.bp(ctx.pick(w[ctx.lang]), "read_more")


def prev_next(ctx: Ctx) -> None:
    r = ctx.rng
    h1, h2 = ctx.heads(2)
    w = {"de": [(f"← Vorheriger Artikel: {h1}", f"Nächster Artikel: {h2} →"), ("« Zurück", "Weiter »")],
         "fr": [(f"Article précédent : {h1}", f"Article suivant : {h2}"), ("← Précédent", "Suivant →")],
         "es": [(f"Noticia anterior: {h1}", f"Siguiente noticia: {h2}"), ("« Anterior", "Siguiente »")],
         "en": [(f"Previous post {h1}", f"Next post {h2}"), (f"← Previous: {h1}", f"Next: {h2} →"),
                ("« Older post", "Newer post »"), (f"PREVIOUS ARTICLE {h1}", f"NEXT ARTICLE {h2}"),
                (f"Prev {h1}", f"Next {h2}")]}
    a, b = r.choice(w[ctx.lang])
    if r.random() < 0.8:
        ctx.doc.bp(a, "prev_next_link")
    ctx.doc.bp(b, "prev_next_link")


def author_bio(ctx: Ctx) -> None:
    if not ctx.authors:
        return
    n = ctx.authors[0]
    w = {"de": [f"Über die Autorin/den Autor: {n} ist Redakteur(in) im Ressort {ctx.section} und schreibt über Verkehr, Umwelt und Kommunalpolitik.",
                f"{n} arbeitet seit 2015 in der Redaktion. Schwerpunkte: Landespolitik und Bildung."],
         "fr": [f"À propos de l'auteur : {n} est journaliste au service {ctx.section} depuis 2018.",
                f"{n} couvre l'actualité régionale pour la rédaction depuis dix ans."],
         "es": [f"Sobre la firma: {n} forma parte de la sección de {ctx.section}.",
                f"{n} es periodista especializado en información local y medio ambiente."],
         "en": [f"About the Author: {n} is a staff reporter covering politics and civic affairs.",
                f"{n} is a senior correspondent based in the city. She has reported on courts, climate and elections for over a decade.",
                f"ABOUT THE AUTHOR {n} writes about markets, energy and trade. Reach out on X."]}
    ctx.doc.bp(ctx.pick(w[ctx.lang]), "author_bio")


def stray_id(ctx: Ctx) -> None:
    r = ctx.rng
    hexs = "0123456789abcdef"
    opts = ["".join(r.choice(hexs) for _ in range(14)) + "." + str(r.randrange(10**7, 10**8)),
            "".join(r.choice(hexs) for _ in range(32)),
            f"post-{r.randrange(10000, 99999)}",
            f"ID: {r.randrange(10**6, 10**7)}",
            "-".join("".join(r.choice(hexs) for _ in range(k)) for k in (8, 4, 4, 4, 12)),
            f"#{r.randrange(100000, 999999)}"]
    ctx.doc.bp(r.choice(opts), "stray_id")


def email_placeholder(ctx: Ctx) -> None:
    w = ["[email protected]", "Contact: [email protected]", "Email: [email protected]",
         "For corrections write to [email protected]", "E-Mail: [email protected]", "📧 [email protected]"]
    ctx.doc.bp(ctx.pick(w), "email_placeholder")


def reaction_counter(ctx: Ctx) -> None:
    r = ctx.rng
    w = [f"👍 Like ({r.randrange(1, 300)})", f"Love {r.randrange(0, 50)} · Wow {r.randrange(0, 9)} · Sad {r.randrange(0, 5)}",
         f"{r.randrange(0, 40)} Comments", f"❤️ {r.randrange(2, 900)}", f"Helpful? Yes ({r.randrange(1, 20)}) No ({r.randrange(0, 5)})",
         f"Reactions: 😂 {r.randrange(0, 9)} 😮 {r.randrange(0, 9)} 😢 {r.randrange(0, 9)}",
         f"excellent! ({r.randrange(10, 999)})", f"{r.randrange(100, 9999)} views"]
    ctx.doc.bp(r.choice(w), "reaction_counter")


def theme_license(ctx: Ctx) -> None:
    th = ctx.pick(["NewsPress Pro", "Zentrix", "MagPlus", "Chronicle WP", "Headliner", "PaperMag X"])
    w = [f"Your license of {th} theme has expired. Renew now to keep receiving updates and support.",
         f"Please activate your copy of the {th} theme to unlock all premium features.",
         f"Theme license not activated — go to Appearance > {th} Options and enter your purchase code.",
         f"This site is using an unregistered copy of {th}. Register here.",
         f"⚠ {th}: purchase code is invalid. Features are limited until the license is verified.",
         f"Warning! The {th} plugin licence key is missing, validate it on the settings page."]
    ctx.doc.bp(ctx.pick(w), "theme_license_banner")


def title_repeat(ctx: Ctx) -> None:
    ctx.doc.bp(ctx.title, "title_repeat")
