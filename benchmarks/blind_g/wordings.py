"""Boilerplate wordings for blind_g: one function per kind, invented wordings.

Every function takes a ``Ctx`` and returns a list of ``kit.Line``. Facts are placed with
``kit.F`` / ``kit.G`` parts, so the generator never has to search for offsets.
"""

from __future__ import annotations

from kit import F, G, Line, bp, date_fact, rand_dt
from names import AGENCIES, PHOTO_SOURCES_NONCREDIT, PHOTOGRAPHERS

# ------------------------------------------------------------------ headlines (invented)

_SUBJ = ["City council", "Regional hospital", "Transit authority", "Local brewery", "State regulators",
         "Farmers' union", "Tech startup", "School board", "Coastal town", "Museum curators",
         "Central bank", "Airport operator", "Wildlife rangers", "Water utility", "Teachers",
         "Mayor", "Retail chain", "Police chief", "Energy minister", "University researchers"]
_VERB = ["approves", "delays", "rejects", "unveils", "scraps", "defends", "expands", "pauses",
         "quietly revises", "votes on", "warns over", "launches probe into", "doubles funding for",
         "settles dispute over", "rethinks"]
_OBJ = ["new bus routes", "bridge repair plan", "four-day week trial", "river clean-up",
        "rent cap proposal", "solar farm", "library hours", "stadium deal", "heat-wave response",
        "drone delivery pilot", "school lunch prices", "flood barriers", "parking fees",
        "night train service", "data centre bid", "housing tower", "vaccine clinic", "fishing quotas"]
_TAIL = ["", "", "", " after months of debate", " amid protests", " as costs climb",
         ": what it means for you", " despite objections", " in surprise move", " for 2025",
         " — again", " after public outcry"]
_LISTICLE = ["{n} things to know about the {o}", "Why the {o} matters more than you think",
             "Opinion: The {o} is a mistake", "Watch: Inside the {o}", "Explained: the {o} row",
             "Horoscope for {d}", "Weekend weather: sunshine, then storms", "Live updates: {s} {v} {o}",
             "Quiz: How well do you know the {o}?", "Photos: The week in pictures",
             "Lottery results for {d}", "Recipe: a five-minute summer salad"]
_INTL_HEADS = {
    "de": ["Stadtrat stimmt über neue Buslinien ab", "Hitzewelle: Was Pendler jetzt wissen müssen",
           "Bahn kündigt Bauarbeiten im Sommer an", "Neues Hallenbad öffnet im Herbst",
           "Landkreis streicht Zuschüsse für Vereine", "Polizei sucht Zeugen nach Einbruchserie",
           "Mietpreise steigen weiter", "Schulen erhalten mehr Tablets", "Wetter: Gewitter am Wochenende",
           "Bürgermeisterin verteidigt Haushaltsplan", "Kommentar: Die Brücke kann warten",
           "Museum zeigt Fotos aus den 70er Jahren"],
    "fr": ["La mairie vote un nouveau plan vélo", "Canicule : les conseils pour tenir le coup",
           "Grève des transports jeudi : les lignes touchées", "Un nouveau collège ouvrira en 2026",
           "Le marché de Noël revient place centrale", "Incendie dans un entrepôt : pas de blessé",
           "Immobilier : les prix reculent légèrement", "Météo : orages attendus ce week-end",
           "Le maire défend son budget", "Tribune : sauvons nos petites lignes",
           "Festival : la programmation dévoilée", "Santé : une maison médicale inaugurée"],
    "es": ["El ayuntamiento aprueba nuevas líneas de autobús", "Ola de calor: consejos para el fin de semana",
           "Huelga de transporte el jueves: horarios afectados", "Abre un nuevo centro de salud en el barrio",
           "Los precios del alquiler siguen subiendo", "Tormentas previstas para el sábado",
           "La alcaldesa defiende los presupuestos", "Opinión: el tranvía puede esperar",
           "El festival de verano presenta su cartel", "Detenido un hombre por una serie de robos",
           "La universidad estrena residencia", "Cortes de agua programados esta semana"],
}


def headline(rng, lang="en"):
    if lang != "en":
        return rng.choice(_INTL_HEADS[lang])
    if rng.random() < 0.18:
        t = rng.choice(_LISTICLE)
        d = f"{rng.choice(['May', 'June', 'October', 'March', 'August'])} {rng.randrange(1, 29)}, {rng.choice([2022, 2023, 2024])}"
        return t.format(n=rng.choice([3, 5, 7, 10]), o=rng.choice(_OBJ), d=d, s=rng.choice(_SUBJ),
                        v=rng.choice(_VERB))
    h = f"{rng.choice(_SUBJ)} {rng.choice(_VERB)} {rng.choice(_OBJ)}{rng.choice(_TAIL)}"
    if rng.random() < 0.3:
        h = " ".join(w[:1].upper() + w[1:] for w in h.split(" "))
    return h


def headlines(rng, lang, n):
    out = []
    while len(out) < n:
        h = headline(rng, lang)
        if h not in out or rng.random() < 0.1:
            out.append(h)
    return out


class Ctx:
    """Per-document names and choices."""

    def __init__(self, rng, lang, **kw):
        self.rng, self.lang = rng, lang
        self.site = kw.get("site")
        self.site_host = kw.get("site_host")
        self.publisher = kw.get("publisher")  # (name, host) or None
        self.aggregator = kw.get("aggregator")
        self.agency = kw.get("agency")
        self.author = kw.get("author")
        self.title = kw.get("title")
        self.url = kw.get("url")
        self.theme = kw.get("theme")
        self.section = kw.get("section")
        self.tags = kw.get("tags", [])
        self.dt = kw.get("dt") or rand_dt(rng)
        self.email_host = kw.get("email_host", "example.org")
        self.dt2 = kw.get("dt2") or self.dt
        self.used = set()

    def ch(self, seq):
        return self.rng.choice(seq)

    # fact parts ---------------------------------------------------------------
    def P(self, short=False):
        name, host = self.publisher
        al = [host, "www." + host, host.split(".")[0]]
        if name.startswith("The "):
            al.append(name[4:])
        shown = name[4:] if short and name.startswith("The ") else name
        return F("publisher", shown, name, al)

    def A(self, form=None):
        forms = AGENCIES[self.agency]
        shown = forms[0] if form == "short" else (forms[-1] if form == "long" else self.ch(forms))
        return F("credits", shown, self.agency, forms)

    def AGG(self):
        return F("aggregator", self.aggregator)


BULLETS = ["- ", "• ", "* ", "→ ", "» ", "▪ ", "› ", "– ", ""]


def _i18n(ctx, en, de=None, fr=None, es=None):
    pool = {"en": en, "de": de or en, "fr": fr or en, "es": es or en}[ctx.lang]
    return ctx.ch(pool)


# ================================================================== aggregator disclaimers

def aggregator_disclaimer(ctx, named=True):
    r = ctx.rng
    e = "[email protected]"
    if named and ctx.aggregator:
        n = ctx.AGG()
        en = [
            ["Disclaimer: ", n, " is an automated news aggregator. All articles are collected from public RSS feeds and belong to their original publishers. To request removal, write to ", e, "."],
            [n, " does not create news. Stories are pulled automatically from third-party sources; copyrights and trademarks remain with their respective owners."],
            ["Notice: This post was gathered by ", n, "'s software from an external feed. We take no responsibility for its accuracy. Owners who object may contact us and the item will be taken down within 48 hours."],
            ["About ", n, ": we index headlines from around the web automatically. Every trademark, logo and article text belongs to its owner. Takedown requests: ", e],
            ["Heads up! ", n, " is a machine-run aggregation service and is not the author of this content. If you hold the rights and want it removed, tell us and we will delete it promptly."],
            [n, " automatically curates stories from across the internet. Images and text are the property of their rightful owners; we claim no ownership."],
            ["Responsibility waiver: ", n, " merely links and republishes feeds in an automated way. Complaints about copyright go to ", e, " and are handled within one business day."],
            ["Content on ", n, " is sourced automatically from publicly available feeds. ", n.text, " is not liable for any errors, omissions or opinions expressed in the original reporting."],
            ["DISCLAIMER: ", n, " IS AN AUTOMATIC AGGREGATOR OF NEWS FROM AROUND THE WORLD. ALL CONTENT IS FREELY AVAILABLE ON THE INTERNET AND BELONGS TO ITS AUTHORS."],
            ["Why am I seeing this on ", n, "? Our robots gather news from hundreds of outlets. The original source keeps every right to this article; contact us for removal."],
            ["Legal note: ", n, " acts only as a news feed aggregator. All trademarks are the property of their respective owners and are used for identification only."],
        ]
        de = [["Haftungsausschluss: ", n, " ist ein automatischer Nachrichtenaggregator. Alle Inhalte stammen aus öffentlichen Quellen und gehören ihren Urhebern. Löschanfragen an ", e, "."],
              [n, " sammelt Meldungen automatisiert aus dem Netz. Für die Richtigkeit der Inhalte übernehmen wir keine Haftung; Rechteinhaber können die Entfernung verlangen."],
              ["Hinweis: Dieser Beitrag wurde von ", n, " automatisch aus einem fremden Feed übernommen. Marken und Texte gehören den jeweiligen Eigentümern."]]
        fr = [["Avertissement : ", n, " est un agrégateur automatique d'actualités. Tous les contenus appartiennent à leurs auteurs. Pour un retrait, écrivez à ", e, "."],
              [n, " collecte automatiquement des articles publiés ailleurs et décline toute responsabilité quant à leur contenu. Les marques citées appartiennent à leurs propriétaires."],
              ["Clause de non-responsabilité : ", n, " ne produit aucun article. Les ayants droit peuvent demander la suppression d'un contenu, traitée sous 24 heures."]]
        es = [["Aviso legal: ", n, " es un agregador automático de noticias. Todo el contenido pertenece a sus autores originales. Para solicitar la retirada escriba a ", e, "."],
              [n, " recopila noticias de forma automática desde fuentes públicas y no se hace responsable de su contenido. Las marcas pertenecen a sus respectivos dueños."],
              ["Descargo de responsabilidad: ", n, " solo agrega titulares de otros medios; si usted es titular de los derechos y desea que se elimine, contáctenos."]]
        return [bp("aggregator_disclaimer", *_i18n(ctx, en, de, fr, es))]
    en = [
        "This website is an automatic aggregator of news published elsewhere. All rights belong to the original authors; contact us and we will remove any item within 24 hours.",
        "We do not own this content. It was collected automatically from a public feed, and all trademarks and copyrights belong to their respective owners.",
        "Denial of liability: the text above was gathered by an automated system and has not been checked by our team. We are not responsible for third-party content.",
        "This page is part of an automated news digest. If you are the copyright holder and want this removed, send a takedown request via our contact page.",
        "All news on this site is curated by bots from open sources. The site makes no claim to the material and is not responsible for its accuracy.",
        "Disclaimer - this is an auto-generated aggregation. Names, logos and articles are the property of their owners. Removal requests are honoured promptly: " + e,
        "Our platform republishes publicly available stories automatically; no editor reviews them. Rights holders may ask for deletion at any time.",
        "Note: We are a news aggregation site. The article was fetched automatically and remains the intellectual property of its source.",
        "This site collects headlines with automated tools and is not the author of the linked articles. Copyright infringement? Report it and the post goes down within a day.",
        "IMPORTANT: Content is automatically aggregated from external websites. We take no responsibility for opinions, errors or omissions in it.",
    ]
    de = ["Diese Seite fasst automatisch Nachrichten aus anderen Quellen zusammen. Alle Rechte liegen bei den ursprünglichen Autoren; auf Wunsch entfernen wir Inhalte umgehend.",
          "Automatisch erstellter Beitrag aus einem öffentlichen Feed. Wir übernehmen keine Verantwortung für Inhalte Dritter."]
    fr = ["Ce site agrège automatiquement des articles publiés ailleurs. Les droits appartiennent aux auteurs d'origine ; tout contenu sera retiré sur simple demande.",
          "Article récupéré automatiquement depuis un flux public. Nous déclinons toute responsabilité quant aux contenus de tiers."]
    es = ["Este sitio reúne automáticamente noticias publicadas en otros medios. Los derechos pertenecen a sus autores; retiraremos cualquier contenido a petición.",
          "Contenido agregado de forma automática desde una fuente pública. No nos hacemos responsables de contenidos de terceros."]
    return [bp("aggregator_disclaimer", _i18n(ctx, en, de, fr, es))]


# ================================================================== photos

def photo_caption(ctx, subject=None):
    subject = subject or ctx.ch(["Residents", "Workers", "Officials", "Visitors", "Protesters",
                                 "Volunteers", "Commuters", "Firefighters", "Students"])
    en = [f"{subject} gather outside the town hall on Tuesday morning.",
          f"Pictured: {subject.lower()} wait in line at a temporary centre.",
          f"{subject} walk past the damaged building in the old town, in a file image.",
          f"IMAGE: {subject} inspect the site shortly after the announcement",
          f"A view of the harbour at dusk. {subject} had gathered earlier in the day.",
          f"{subject} look on as the ceremony begins (left to right, front row).",
          f"In this photo taken last week, {subject.lower()} clear debris from a road.",
          f"Caption: {subject} during a briefing at the regional headquarters.",
          "The new facility, shown here in an artist's rendering, is due to open next year.",
          f"{subject} are seen at the scene on Sunday."]
    de = ["Bild: Anwohner versammeln sich vor dem Rathaus.", "Blick auf die Baustelle am Montagmorgen.",
          "Die Einsatzkräfte waren stundenlang vor Ort (Archivbild)."]
    fr = ["Des habitants rassemblés devant la mairie, mardi matin.", "Vue du chantier lundi. (Illustration)",
          "Les secours sont restés plusieurs heures sur place."]
    es = ["Vecinos concentrados frente al ayuntamiento el martes.", "Vista de las obras el lunes por la mañana.",
          "Los servicios de emergencia en el lugar, en una imagen de archivo."]
    return [bp("photo_caption", _i18n(ctx, en, de, fr, es))]


def photo_credit(ctx, agency_ok=True):
    r = ctx.rng
    who = ctx.ch(PHOTOGRAPHERS)
    if agency_ok and ctx.agency and r.random() < 0.55:
        a = ctx.agency
        short = AGENCIES[a][0]
        variants = [(f"{who}/{short}", True), (f"{short} Photo/{who}", True), (f"{who} / {short}", True),
                    (f"{short}/{who}", True)]
        if a == "AP":
            variants.append((f"AP Photo/{who}", True))
        if a == "AFP":
            variants.append((f"{who}/AFP via Getty Images", True))
        cred, has = ctx.ch(variants)
        i = cred.index(short)
        inner = [cred[:i], F("credits", short, a, AGENCIES[a]), cred[i + len(short):]]
    else:
        src = ctx.ch(PHOTO_SOURCES_NONCREDIT)
        cred = ctx.ch([f"{who}/{src}", f"{who} for {ctx.site or 'the newsroom'}", f"{src}", f"{who} | {src}",
                       f"Courtesy of {who}"])
        inner = [cred]
    g = G("photo_credit", inner)
    forms = {
        "en": [["Photo: ", g], ["Image: ", g], ["(Photo: ", g, ")"], ["Credit: ", g], ["Photo credit: ", g],
               ["Image credit: ", g], ["(Photo by ", g, ")"], ["Photograph: ", g], ["PHOTO: ", g],
               ["📷 ", g], ["Picture: ", g], ["Image source: ", g]],
        "de": [["Foto: ", g], ["Bild: ", g], ["(Foto: ", g, ")"], ["Bildquelle: ", g]],
        "fr": [["Photo : ", g], ["Crédit photo : ", g], ["(Photo ", g, ")"], ["© Photo : ", g]],
        "es": [["Foto: ", g], ["Imagen: ", g], ["(Foto: ", g, ")"], ["Crédito: ", g]],
    }[ctx.lang]
    return [bp("photo_credit", *ctx.ch(forms))]


def caption_with_credit_inline(ctx):
    """A caption sentence followed by a credit on the same line: one photo_caption line."""
    who = ctx.ch(PHOTOGRAPHERS)
    src = ctx.ch(PHOTO_SOURCES_NONCREDIT[:4])
    cap = ctx.ch(["Shoppers browse a market stall on Saturday.", "The bridge was closed to traffic for three days.",
                  "Crews work through the night to restore power.", "A protester holds a sign near parliament."])
    g = G("photo_credit", [f"{who}/{src}"])
    return [bp("photo_caption", cap, " (", g, ")")]


# ================================================================== originally appeared / source

def originally_appeared(ctx):
    p = ctx.P()
    en = [["This article originally appeared on ", p, "."], ["This story was first published on ", p, "."],
          ["Originally published on ", p], ["This post first appeared on ", p, " and is republished here with permission."],
          ["A version of this story ran in ", p, "."], ["The article above was originally published by ", p, "."],
          ["First seen on ", p], ["This content originally ran on ", p, " — reprinted under licence."],
          ["Via ", p], ["Republished from ", p, "."], ["(This article first appeared in ", p, ".)"],
          ["This report was originally published by ", p, " and has been lightly edited."]]
    de = [["Dieser Artikel erschien zuerst bei ", p, "."], ["Zuerst veröffentlicht in: ", p], ["Der Beitrag erschien ursprünglich in der ", p, "."]]
    fr = [["Cet article a été publié initialement sur ", p, "."], ["Article paru d'abord dans ", p, "."], ["Publié à l'origine par ", p]]
    es = [["Este artículo se publicó originalmente en ", p, "."], ["Publicado originalmente por ", p, "."], ["Vía ", p]]
    return [bp("originally_appeared", *_i18n(ctx, en, de, fr, es))]


def publisher_promo(ctx):
    p = ctx.P()
    en = [["Read more stories like this on ", p, "."], ["Catch the latest local headlines and analysis on ", p],
          ["For more news from your region, visit ", p, " every morning."], ["Subscribe to ", p, " for unlimited access to award-winning journalism."],
          ["Get all the breaking updates first on ", p, "."], ["Stay informed: more business coverage is waiting on ", p],
          ["Follow every twist of this story on ", p, "."], ["Love local news? Support ", p, " with a digital subscription today."],
          ["Discover more in-depth reporting at ", p, "."], ["More coverage of this and other stories is available from ", p, "."]]
    de = [["Mehr Nachrichten aus der Region lesen Sie auf ", p, "."], ["Jetzt ", p, " digital abonnieren und alle Artikel lesen."]]
    fr = [["Retrouvez toute l'actualité de votre région sur ", p, "."], ["Abonnez-vous à ", p, " pour lire la suite de nos articles."]]
    es = [["Lea más noticias de su región en ", p, "."], ["Suscríbase a ", p, " y acceda a todos los contenidos."]]
    return [bp("publisher_promo", *_i18n(ctx, en, de, fr, es))]


def app_promo(ctx):
    nm = ctx.site or "our"
    if ctx.publisher and ctx.rng.random() < 0.4:
        p = ctx.P(short=True)
        en = [["Download the ", p, " app for breaking news alerts."], ["Get the ", p, " News app on iOS and Android."]]
        return [bp("app_promo", *ctx.ch(en))]
    en = [f"Download the {nm} app for instant news alerts.", "📲 Get our free app: news on the go, wherever you are.",
          f"Get the {nm} News app — available on Google Play and the App Store.", "Never miss a story. Install our app today!",
          "Read this and more in our app. Download now", "Stay updated on the go — download our mobile app",
          f"Install the {nm} app and get notified when news breaks.", "For the best experience, open this story in the app.",
          "Scan the QR code to download our app."]
    de = ["Laden Sie unsere App herunter und verpassen Sie keine Nachricht mehr.", "Jetzt die News-App kostenlos installieren!"]
    fr = ["Téléchargez notre application pour recevoir les alertes info.", "📲 L'appli est disponible sur iOS et Android."]
    es = ["Descarga nuestra aplicación y recibe las últimas noticias.", "Disponible en App Store y Google Play: descarga la app."]
    return [bp("app_promo", _i18n(ctx, en, de, fr, es))]


def click_here_promo(ctx):
    sec = ctx.ch(["world", "business", "sports", "tech", "entertainment", "India", "politics"])
    en = [f"For all the latest {sec} news, click here", f"Click here for more {sec} updates",
          f"CLICK HERE to read more {sec} stories", f"Want more {sec} coverage? Tap here.",
          f"For breaking {sec} headlines Click Here\u00a0"]
    de = ["Hier klicken für weitere Nachrichten"]
    fr = ["Cliquez ici pour plus d'actualités"]
    es = ["Haga clic aquí para más noticias"]
    return [bp("click_here_promo", _i18n(ctx, en, de, fr, es))]


def wire_credit_line(ctx, anon=False):
    if anon:
        en = ["(With inputs from agencies)", "— with agency inputs", "(Agencies)", "With wire services"]
        de = ["(mit Material von Agenturen)", "Mit Material der Nachrichtenagenturen"]
        fr = ["(Avec agences)", "Avec AFP et agences"]  # second one is a credit: avoided below
        es = ["(Con información de agencias)", "Agencias"]
        txt = _i18n(ctx, en, de, [fr[0]], es)
        return [bp("wire_credit_line", txt)]
    a = ctx.A()
    en = [["(With inputs from ", a, ")"], ["— ", ctx.A("short")], ["With inputs from ", a], ["(", ctx.A("short"), ")"],
          ["Reporting by ", ctx.ch(["staff", "wire"]) , " — ", a], ["This story was filed by ", a, "."],
          ["Source: ", a], ["© ", a, " wire"], ["(", a, " contributed to this report)"], ["-- ", a]]
    de = [["(", ctx.A("short"), ")"], ["Mit Material von ", a], ["Quelle: ", a]]
    fr = [["(Avec ", ctx.A("short"), ")"], ["Source : ", a], ["— ", ctx.A("short")]]
    es = [["(", ctx.A("short"), ")"], ["Con información de ", a], ["Fuente: ", a]]
    return [bp("wire_credit_line", *_i18n(ctx, en, de, fr, es))]


def original_url_line(ctx):
    name, host = ctx.publisher
    url = ctx.url
    www = url.split("/")[2]
    i = url.index(www)
    hostpart = F("publisher", www, host, ["www." + host, host.split(".")[0], name] + ([name[4:]] if name.startswith("The ") else []))
    u = G("original_url", [url[:i], hostpart, url[i + len(www):]])
    en = [[u], ["Source: ", u], ["Original article: ", u], ["Via ", u], ["Read the original: ", u],
          [u, " ", ctx.title or ""], ["Link: ", u], ["Source URL: ", u], ["🔗 ", u]]
    de = [["Quelle: ", u], [u]]
    fr = [["Source : ", u], [u]]
    es = [["Fuente: ", u], [u]]
    parts = _i18n(ctx, en, de, fr, es)
    parts = [p for p in parts if p != ""]
    return [bp("original_url_line", *parts)]


def source_link(ctx, named=False):
    if named and ctx.publisher:
        return [bp("source_link", *ctx.ch([["Source: ", ctx.P()], ["Source - ", ctx.P()], ["Story source: ", ctx.P()]]))]
    en = ["Source link", "Source", "Link to source", "Source Link", "View source", "source"]
    de = ["Quelle", "Quelllink"]
    fr = ["Lien source", "Source"]
    es = ["Enlace a la fuente", "Fuente"]
    return [bp("source_link", _i18n(ctx, en, de, fr, es))]


def read_original(ctx, named=False):
    if named and ctx.publisher:
        return [bp("read_original", *ctx.ch([["Read the full story on ", ctx.P()], ["Continue reading at ", ctx.P()],
                                             ["Read the complete article at ", ctx.P(), " »"]]))]
    en = ["Read original article here", "Read the original story", "View original post", "Continue reading the original",
          "Read full article at source", "Open original article ↗"]
    de = ["Zum Originalartikel", "Originalbeitrag lesen"]
    fr = ["Lire l'article original", "Voir l'article d'origine"]
    es = ["Leer el artículo original", "Ver noticia original"]
    return [bp("read_original", _i18n(ctx, en, de, fr, es))]


def read_more(ctx):
    en = ["Read More", "Read more", "READ MORE", "Continue reading", "Read more »", "Keep reading", "More…"]
    de = ["Weiterlesen", "Mehr lesen"]
    fr = ["Lire la suite", "En savoir plus"]
    es = ["Leer más", "Seguir leyendo"]
    return [bp("read_more", _i18n(ctx, en, de, fr, es))]


# ================================================================== syndication

def syndication_notice(ctx, named=True):
    r = ctx.rng
    if named and ctx.publisher:
        p = ctx.P(short=r.random() < 0.3)
        en = [["This story has not been edited by ", p, " staff and is published from a syndicated feed."],
              ["Only the headline of this report may have been reworked by ", p, " staff; the rest of the content is auto-generated from a syndicated feed."],
              ["This article is auto-published from a wire feed and was not edited by the ", p, " newsroom."],
              ["Except for the headline, this story has not been modified by ", p, " and appears as received from the agency feed."],
              [p, " staff did not edit this copy. It was published automatically from a syndicated news feed."],
              ["Disclosure: this content comes from a syndicated partner feed; ", p, " editors have not reviewed it."],
              ["Published via a syndication agreement. ", p, " has not altered the text beyond the headline."]]
        de = [["Dieser Text wurde nicht von der Redaktion der ", p, " bearbeitet und automatisch aus einem Agenturfeed übernommen."]]
        fr = [["Cet article n'a pas été modifié par la rédaction de ", p, " et est publié à partir d'un flux syndiqué."]]
        es = [["Esta noticia no ha sido editada por la redacción de ", p, " y se publica a partir de un servicio sindicado."]]
        inner = _i18n(ctx, en, de, fr, es)
    else:
        en = [["This story is from a syndicated feed; only the headline has been changed."],
              ["This content was auto-generated from a syndicated news feed and has not been edited by our staff."],
              ["Unedited copy from a partner feed. Headline and image may have been changed."],
              ["Syndicated content — published without editorial review."],
              ["Except for the headline, this story has not been edited by our team."]]
        de = [["Dieser Beitrag stammt aus einem Agenturfeed und wurde redaktionell nicht bearbeitet."]]
        fr = [["Cet article provient d'un flux syndiqué et n'a pas été relu par notre rédaction."]]
        es = [["Este contenido procede de un servicio sindicado y no ha sido editado por nuestra redacción."]]
        inner = _i18n(ctx, en, de, fr, es)
    g = G("syndication", inner)
    wrap = ctx.ch([("(", ")"), ("", ""), ("[", "]"), ("", ""), ("*", "")])
    return [bp("syndication_notice", wrap[0], g, wrap[1])]


def republish_notice(ctx):
    en = ["This material may not be published, broadcast, rewritten or redistributed without permission.",
          "Reproduction of this article in whole or in part is prohibited.",
          "No part of this story may be copied or reused without written consent.",
          "Republishing? Please contact our licensing desk first.",
          "All content is protected; unauthorised redistribution will be pursued."]
    de = ["Vervielfältigung nur mit Genehmigung.", "Alle Rechte vorbehalten. Weiterverbreitung untersagt."]
    fr = ["Toute reproduction interdite sans autorisation.", "Reproduction et diffusion interdites."]
    es = ["Prohibida su reproducción total o parcial.", "Queda prohibida la redistribución sin permiso."]
    return [bp("republish_notice", _i18n(ctx, en, de, fr, es))]


def copyright_notice(ctx, site_fact=False, agency=False):
    y = ctx.dt.year + ctx.rng.choice([0, 0, 1])
    if agency and ctx.agency:
        a = ctx.A("long")
        return [bp("copyright_notice", *ctx.ch([["© ", str(y), " ", a], ["Copyright ", str(y), " ", a, ". All rights reserved."],
                                                 ["(c) ", a, " ", str(y)]]))]
    s = F("site_name", ctx.site) if site_fact else (ctx.site or "Media Group Ltd")
    en = [["© ", str(y), " ", s, ". All rights reserved."], ["Copyright © ", str(y), " ", s], ["© ", s, " ", str(y - 3), "–", str(y)],
          ["Copyright ", str(y), " ", s, " | All Rights Reserved"], ["All content © ", s, ", unless otherwise stated."],
          ["©", str(y), " ", s, " - Powered by WordPress"]]
    de = [["© ", str(y), " ", s, ". Alle Rechte vorbehalten."]]
    fr = [["© ", str(y), " ", s, ". Tous droits réservés."]]
    es = [["© ", str(y), " ", s, ". Todos los derechos reservados."]]
    return [bp("copyright_notice", *_i18n(ctx, en, de, fr, es))]


# ================================================================== theme / plugin licence

def theme_license_banner(ctx):
    r = ctx.rng
    th = ctx.theme or "Newsmatic Pro"
    from names import PLUGINS
    pl = ctx.ch(PLUGINS)
    en = [f"{th} Theme License is not validated. Go to the theme options page to validate the license. You need a single license for each domain name.",
          f"Your {th} license has expired! Renew now to keep receiving updates and support.",
          f"⚠ The {pl} plugin is not activated. Please enter your purchase code to unlock all features.",
          f"{th}: Please activate your license key to enable automatic updates.",
          f"License key for {pl} is invalid or missing. Some features are disabled.",
          f"Warning! The {th} theme is not registered. Register it in Appearance → Theme Options.",
          f"Unlicensed copy of {th} detected — purchase a valid licence to remove this notice.",
          f"{pl}: your licence could not be verified. Visit the plugin settings to re-check.",
          f"You are using an unregistered version of {th}. Activate the product to hide this message.",
          f"The {th} licence for this domain has not been activated yet, click here to activate it.",
          f"{pl} PRO trial has ended. Upgrade to continue importing posts."]
    return [bp("theme_license_banner", r.choice(en))]


# ================================================================== navigation, headers

def skip_link(ctx):
    return [bp("skip_link", _i18n(ctx, ["Skip to content", "Skip to main content", "Jump to content", "Skip navigation"],
                                  ["Zum Inhalt springen", "Direkt zum Inhalt"], ["Aller au contenu", "Passer au contenu principal"],
                                  ["Saltar al contenido", "Ir al contenido principal"]))]


NAV = {"en": ["Home", "World", "Business", "Politics", "Tech", "Sports", "Entertainment", "Health", "Opinion", "Local",
              "Lifestyle", "Video", "Markets", "Science", "Weather", "Contact"],
       "de": ["Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Region", "Panorama", "Kontakt"],
       "fr": ["Accueil", "Monde", "Politique", "Économie", "Sport", "Culture", "Régions", "Contact"],
       "es": ["Inicio", "Mundo", "Política", "Economía", "Deportes", "Cultura", "Local", "Contacto"]}


def nav_menu(ctx):
    r = ctx.rng
    items = NAV[ctx.lang][:1] + r.sample(NAV[ctx.lang][1:], r.randrange(3, 7))
    mode = r.random()
    if mode < 0.4:
        return [bp("nav_menu", it) for it in items]
    sep = ctx.ch([" | ", " · ", "  ", " / ", " • ", ""])
    if ctx.rng.random() < 0.2:
        return [bp("nav_menu", "☰ Menu")] + [bp("nav_menu", sep.join(items) if sep else "".join(items))]
    return [bp("nav_menu", sep.join(items) if sep else "".join(items))]


def footer_links(ctx):
    en = ["About Us", "Contact Us", "Privacy Policy", "Terms of Use", "Cookie Policy", "Advertise With Us", "Careers",
          "Sitemap", "Disclaimer", "DMCA", "Editorial Policy", "Corrections"]
    de = ["Impressum", "Datenschutz", "Kontakt", "AGB", "Über uns", "Mediadaten"]
    fr = ["Mentions légales", "Politique de confidentialité", "Contact", "Qui sommes-nous", "Publicité", "CGU"]
    es = ["Aviso legal", "Política de privacidad", "Contacto", "Quiénes somos", "Publicidad", "Cookies"]
    pool = {"en": en, "de": de, "fr": fr, "es": es}[ctx.lang]
    items = ctx.rng.sample(pool, ctx.rng.randrange(3, 6))
    if ctx.rng.random() < 0.5:
        return [bp("footer_link", it) for it in items]
    return [bp("footer_link", ctx.ch([" | ", " · ", " - ", "   "]).join(items))]


def breadcrumb(ctx, with_fact=True):
    sec = F("section", ctx.section) if with_fact else ctx.section
    home = NAV[ctx.lang][0]
    sep = ctx.ch([" » ", " > ", " / ", " › ", " → ", ">"])
    mid = ctx.ch(["", "", "News" + sep, {"en": "News", "de": "Nachrichten", "fr": "Actualités", "es": "Noticias"}[ctx.lang] + sep])
    pre = ctx.ch(["", "", "You are here: ", "Current: "]) if ctx.lang == "en" else ""
    return [bp("breadcrumb", pre, home, sep, mid, sec)]


def breadcrumb_title(ctx, suffix_sep=None, site_fact=True):
    """Breadcrumb trail running into the title (and maybe a site suffix); gives section (+site)."""
    home = NAV[ctx.lang][0]
    sep = ctx.ch([" > ", " » ", " / "])
    lead = ctx.ch(["Current:", "You are here: ", "", "Location: "]) if ctx.lang == "en" else ""
    bc = f"{lead}{home}{sep}{ctx.section}"
    join = ctx.ch(["", " ", sep])
    parts = [lead, home, sep, F("section", ctx.section), join, ctx.title]
    suffix = None
    if suffix_sep is not None:
        suffix = ctx.site
        parts += [suffix_sep, F("site_name", ctx.site) if site_fact else ctx.site]
    ln = Line("boilerplate", "breadcrumb_title", parts, title_text=ctx.title, site_suffix=suffix,
              breadcrumb=bc + join.rstrip() if join.strip() else bc + join)
    # breadcrumb field = the text before the title
    ln.extra["breadcrumb"] = bc + join
    return [ln]


def section_label(ctx, with_fact=True):
    s = ctx.section
    form = ctx.ch(["{}", "{}", "{}", "UPPER", "Category: {}", "Section: {}", "Filed under {}"]) if ctx.lang == "en" else ctx.ch(["{}", "UPPER", "Rubrik: {}" if ctx.lang == "de" else "{}"])
    if form == "UPPER":
        return [bp("section_label", F("section", s.upper(), s) if with_fact else s.upper())]
    pre, post = form.split("{}")
    return [bp("section_label", pre, F("section", s) if with_fact else s, post)]


def title_repeat(ctx):
    return [bp("title_repeat", ctx.title)]


def ui_word(ctx):
    en = ["More", "Less", "View", "Print", "Share", "Close", "Menu", "Search", "Listen", "Expand", "Font size", "A+ A-", "Save", "x"]
    de = ["Mehr", "Drucken", "Teilen", "Schließen", "Suche"]
    fr = ["Plus", "Imprimer", "Partager", "Fermer", "Rechercher"]
    es = ["Más", "Imprimir", "Compartir", "Cerrar", "Buscar"]
    return [bp("ui_word", _i18n(ctx, en, de, fr, es))]


def back_to_top(ctx):
    return [bp("back_to_top", _i18n(ctx, ["Back to top button", "Back to top", "↑ Top", "Scroll to top", "BACK TO TOP ▲", "Return to top of page"],
                                    ["Nach oben", "Zurück nach oben"], ["Haut de page", "Retour en haut"], ["Volver arriba", "Subir"]))]


# ================================================================== dates, bylines

DATE_LABELS = {
    "published": {"en": ["Published: ", "Published ", "Posted on ", "Date: ", "Date:", "First published: ", "Posted: ", "Published on "],
                  "de": ["Veröffentlicht am ", "Veröffentlicht: ", "Datum: "],
                  "fr": ["Publié le ", "Publié : ", "Date : "],
                  "es": ["Publicado el ", "Publicado: ", "Fecha: "]},
    "updated": {"en": ["Updated: ", "Updated ", "Last updated: ", "Last modified: ", "Updated on "],
                "de": ["Aktualisiert: ", "Aktualisiert am "],
                "fr": ["Mis à jour le ", "Mis à jour : "],
                "es": ["Actualizado: ", "Actualizado el "]},
}


def date_line(ctx, key="published", dt=None, both=False):
    if key in ctx.used:
        return []
    ctx.used.add(key)
    dt = dt or (ctx.dt2 if key == "updated" else ctx.dt)
    if both and "updated" in ctx.used:
        both = False
    lab = ctx.ch(DATE_LABELS[key][ctx.lang])
    parts = [lab, date_fact(ctx.rng, key, dt, ctx.lang)]
    if both:
        ctx.used.add("updated")
        dt2 = ctx.dt2
        parts += [ctx.ch([" | ", " · ", ", "]), ctx.ch(DATE_LABELS["updated"][ctx.lang]), date_fact(ctx.rng, "updated", dt2, ctx.lang, date_only=False)]
    return [bp("date_line", *parts)]


def relative_date_line(ctx):
    n = ctx.rng.randrange(2, 23)
    return [bp("date_line", _i18n(ctx, [f"Updated {n} hours ago", f"{n} mins ago", f"Posted {n} hours ago", "Published yesterday"],
                                  [f"vor {n} Stunden", f"Aktualisiert vor {n} Minuten"], [f"Il y a {n} heures", f"Mis à jour il y a {n} min"],
                                  [f"Hace {n} horas", f"Actualizado hace {n} minutos"]))]


def byline(ctx, with_date=False, with_agency=False):
    name = ctx.author
    r = ctx.rng
    caps = ctx.lang == "en" and r.random() < 0.15
    au = F("authors", name.upper() if caps else name, name, [name.upper()] if caps else [])
    pre = {"en": ["By ", "By ", "Written by ", "Story by ", "Author: ", "BY " if caps else "By ", "Reporting by "],
           "de": ["Von ", "Autor: "], "fr": ["Par ", "Auteur : "], "es": ["Por ", "Autor: "]}[ctx.lang]
    parts = [ctx.ch(pre), au]
    if with_agency and ctx.agency:
        parts += [ctx.ch([", ", " | ", " (", " - "]), ctx.A("short")]
        if parts[-2] == " (":
            parts.append(")")
    if r.random() < 0.2 and ctx.lang == "en":
        parts += [", ", ctx.ch(["Staff Writer", "Correspondent", "Senior Reporter", "Contributor"])]
    if with_date and "published" not in ctx.used:
        ctx.used.add("published")
        parts += [ctx.ch([" | ", " · ", " — ", ", ", " on "]), date_fact(r, "published", ctx.dt, ctx.lang)]
    return [bp("byline", *parts)]


def reading_time(ctx):
    n = ctx.rng.randrange(2, 12)
    return [bp("reading_time", _i18n(ctx, [f"{n} min read", f"Reading time: {n} minutes", "Listen to this article", f"⏱ {n} minute read",
                                           f"Estimated read: {n} min", f"{n}-minute read", "Listen · 5:12"],
                                     [f"Lesezeit: {n} Minuten", f"{n} Min. Lesezeit"], [f"Temps de lecture : {n} min", f"Lecture {n} min"],
                                     [f"Tiempo de lectura: {n} min", f"{n} minutos de lectura"]))]


def stray_id(ctx):
    r = ctx.rng
    h = "0123456789abcdef"
    opts = ["".join(r.choice(h) for _ in range(13)) + "." + str(r.randrange(10**7, 10**8)),
            "".join(r.choice(h) for _ in range(32)), "".join(r.choice(h) for _ in range(40)),
            f"post-{r.randrange(10000, 999999)}", f"ID: {r.randrange(10**6, 10**8)}",
            "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(12)),
            f"{''.join(r.choice(h) for _ in range(8))}-{''.join(r.choice(h) for _ in range(4))}-4{''.join(r.choice(h) for _ in range(3))}-a{''.join(r.choice(h) for _ in range(3))}-{''.join(r.choice(h) for _ in range(12))}",
            f"#{r.randrange(100000, 999999)}"]
    return [bp("stray_id", r.choice(opts))]


def shortcode(ctx):
    r = ctx.rng
    return [bp("shortcode", r.choice(["[ad_1]", "[ad_2]", f'[the_ad id="{r.randrange(100, 9999)}"]', "[adsense]",
                                      f'[wpipa id="{r.randrange(10, 999)}"]', "[/ad]", "[ads-middle]", "[related_posts_by_tax]",
                                      '[embed]', "[td_block_ad_box spot_id=\"custom_ad_1\"]"]))]


def advertisement_label(ctx):
    return [bp("advertisement_label", _i18n(ctx, ["Advertisement", "ADVERTISEMENT", "Story continues below advertisement", "Sponsored",
                                                  "- Advertisement -", "Ad", "Continue reading below", "SCROLL TO CONTINUE WITH CONTENT",
                                                  "Article continues below this ad", "Advertisement · Scroll to continue"],
                                            ["Anzeige", "ANZEIGE", "Werbung"], ["Publicité", "PUBLICITÉ"], ["Publicidad", "PUBLICIDAD", "Anuncio"]))]


def also_read(ctx):
    h = headline(ctx.rng, ctx.lang)
    pre = _i18n(ctx, ["Also Read: ", "ALSO READ | ", "Also read - ", "READ ALSO: ", "Related: ", "RELATED: ", "See also: ", "Don't miss: ",
                      "MUST READ: ", "Read: "],
                ["Lesen Sie auch: ", "Auch interessant: ", "Mehr zum Thema: "], ["À lire aussi : ", "LIRE AUSSI : ", "À voir aussi : "],
                ["Lee también: ", "LEA TAMBIÉN: ", "Te puede interesar: "])
    return [bp("also_read", pre + h)]


def newsletter_promo(ctx):
    en = ["Sign up for our daily newsletter and get the top stories in your inbox.", "Subscribe to our free morning briefing.",
          "✉️ Get the best of our journalism delivered weekly. Subscribe now", "Enter your email address", "Subscribe",
          "Want more stories like this? Join 80,000 readers on our mailing list.", "Thanks for signing up!",
          "NEWSLETTER: Sign up to receive breaking news alerts by email", "By subscribing you agree to our Terms and Privacy Policy.",
          "Get our weekend read — no spam, unsubscribe anytime."]
    de = ["Jetzt Newsletter abonnieren und nichts mehr verpassen.", "Ihre E-Mail-Adresse"]
    fr = ["Inscrivez-vous à notre newsletter quotidienne.", "Recevez l'essentiel de l'actu chaque matin."]
    es = ["Suscríbete a nuestro boletín diario.", "Recibe las noticias más importantes en tu correo."]
    return [bp("newsletter_promo", _i18n(ctx, en, de, fr, es))]


def social_promo(ctx):
    n = ctx.site or "us"
    en = [f"Follow {n} on Facebook, X and Instagram for the latest updates.", "Join our WhatsApp channel for breaking news",
          "Follow us on Google News", "Like us on Facebook ❤", "FOLLOW US:FacebookInstagramTikTok", "Join us on Telegram 👉",
          "Follow us on Twitter and Instagram", "Get updates on our Telegram channel — tap to join"]
    de = ["Folgen Sie uns auf Facebook und Instagram!", "Unser WhatsApp-Kanal: jetzt folgen"]
    fr = ["Suivez-nous sur Facebook et Instagram", "Rejoignez notre chaîne WhatsApp"]
    es = ["Síguenos en Facebook, X e Instagram", "Únete a nuestro canal de WhatsApp"]
    return [bp("social_promo", _i18n(ctx, en, de, fr, es))]


def share_row(ctx):
    r = ctx.rng
    if r.random() < 0.3:
        items = r.sample(["Facebook", "X", "Twitter", "WhatsApp", "LinkedIn", "Telegram", "Email", "Pinterest", "Reddit"], r.randrange(3, 6))
        lead = _i18n(ctx, ["Share this:", "Share", "SHARE"], ["Teilen:"], ["Partager :"], ["Compartir:"])
        return [bp("share_row", lead)] + [bp("share_row", it) for it in items]
    en = ["Share this article", "Share0Tweet0Pin0", "FacebookXWhatsAppTelegramCopy link", "Share on Facebook Share on X",
          "0 Shares", "Share: Facebook | Twitter | Email", "Tweet", "Copy link", "Share via WhatsApp", f"{r.randrange(2, 900)} shares",
          "f  𝕏  in  ✉"]
    de = ["Artikel teilen", "Teilen auf Facebook | X | WhatsApp"]
    fr = ["Partager cet article", "Partager sur Facebook | X"]
    es = ["Compartir en Facebook | X | WhatsApp", "Compartir esta noticia"]
    return [bp("share_row", _i18n(ctx, en, de, fr, es))]


def cookie_notice(ctx):
    r = ctx.rng
    en = ["We use cookies to improve your experience on our site. By continuing to browse, you agree to our use of cookies.",
          "This website uses cookies to personalise content and ads and to analyse traffic.",
          "We and our partners store and/or access information on a device, such as cookies, to process personal data.",
          "Cookies help us deliver our services. Learn more in our Cookie Policy."]
    btn = ["Accept", "Accept all", "OK", "Got it", "Reject all", "Manage preferences", "I agree"]
    de = ["Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.", "Diese Website nutzt Cookies."]
    fr = ["Nous utilisons des cookies pour améliorer votre expérience.", "Ce site utilise des cookies."]
    es = ["Utilizamos cookies para mejorar su experiencia.", "Este sitio web utiliza cookies."]
    btns = {"en": btn, "de": ["Akzeptieren", "Alle akzeptieren", "Ablehnen"], "fr": ["Accepter", "Tout refuser", "Paramétrer"],
            "es": ["Aceptar", "Rechazar", "Configurar"]}[ctx.lang]
    out = [bp("cookie_notice", _i18n(ctx, en, de, fr, es))]
    for b in r.sample(btns, r.randrange(0, 3)):
        out.append(bp("cookie_notice", b))
    return out


def email_placeholder(ctx):
    return [bp("email_placeholder", ctx.ch(["[email protected]", "Contact: [email protected]", "Email: [email protected]",
                                            "Tips? Write to [email protected]", "E-Mail: [email protected]"]))]


def author_bio(ctx, name=None):
    name = name or ctx.author
    head = _i18n(ctx, ["About the Author", "About the author", "ABOUT THE AUTHOR", f"More from {name}"], ["Über den Autor"],
                 ["À propos de l'auteur"], ["Sobre el autor"])
    bio = _i18n(ctx, [f"{name} covers local government and transport. She has been with the paper since 2015.",
                      f"{name} is a freelance journalist writing about science and the environment.",
                      f"{name} is a senior reporter. Follow them on X for updates.",
                      f"{name} has reported from three continents and previously worked as a teacher."],
                [f"{name} ist Redakteurin im Ressort Regionales."], [f"{name} est journaliste à la rédaction locale."],
                [f"{name} es periodista especializado en información local."])
    return [bp("author_bio", head), bp("author_bio", bio)]


def comment_form(ctx):
    r = ctx.rng
    en = ["Leave a Reply", "Leave a Comment", "Your email address will not be published. Required fields are marked *", "Comment *",
          "Name *", "Email *", "Website", "Save my name, email, and website in this browser for the next time I comment.",
          "Post Comment", "Cancel reply", "Comments are closed.", "Be the first to comment", "0 Comments", "Join the conversation",
          "You must be logged in to post a comment."]
    de = ["Schreibe einen Kommentar", "Deine E-Mail-Adresse wird nicht veröffentlicht.", "Kommentar abschicken"]
    fr = ["Laisser un commentaire", "Votre adresse e-mail ne sera pas publiée.", "Publier le commentaire"]
    es = ["Deja una respuesta", "Tu dirección de correo electrónico no será publicada.", "Publicar el comentario"]
    pool = {"en": en, "de": de, "fr": fr, "es": es}[ctx.lang]
    k = r.randrange(1, min(5, len(pool)) + 1)
    start = r.randrange(0, 3) if ctx.lang == "en" else 0
    seq = pool[start:start + k] if r.random() < 0.6 else r.sample(pool, k)
    return [bp("comment_form", s) for s in seq]


def reaction_counter(ctx):
    r = ctx.rng
    opts = [f"veryGood! ({r.randrange(10, 999)})", f"Like ({r.randrange(1, 300)})", f"👍 {r.randrange(1, 999)}  👎 {r.randrange(0, 99)}",
            f"Happy {r.randrange(0, 90)}% Sad {r.randrange(0, 40)}% Angry {r.randrange(0, 30)}%", f"❤️ {r.randrange(2, 800)}",
            f"Love{r.randrange(0, 50)}", f"Wow ({r.randrange(0, 60)})", f"{r.randrange(1, 500)} reactions", f"Funny! ({r.randrange(1, 99)})"]
    n = r.randrange(1, 4)
    return [bp("reaction_counter", r.choice(opts)) for _ in range(n)]


def tag_list(ctx, form=None):
    tags = ctx.tags
    r = ctx.rng
    form = form or r.choice(["header", "line", "line", "hash"])
    if form == "header":
        head = _i18n(ctx, ["Tags", "Tags:", "- In:", "TOPICS", "Filed under:", "Related topics", "Keywords"], ["Schlagwörter", "Themen:"],
                     ["Mots-clés", "Tags :"], ["Etiquetas", "Temas:"])
        bul = r.choice(["- ", "", "#", "• "])
        out = [bp("tag_list_header", head)]
        for t in tags:
            out.append(bp("tag_item", bul, F("tags", t, t, ["#" + t.replace(" ", "")] if bul == "#" else [])))
        return out
    if form == "hash":
        parts = []
        for i, t in enumerate(tags):
            if i:
                parts.append(" ")
            ht = "#" + t.replace(" ", "")
            parts.append(F("tags", ht[1:], ht[1:], [t, ht]))
            parts[-1] = F("tags", ht[1:], ht[1:], [t, ht])
        # put the '#' outside the evidence
        out = []
        for i, t in enumerate(tags):
            if i:
                out.append(" ")
            out.append("#")
            ht = t.replace(" ", "")
            out.append(F("tags", ht, ht, [t, "#" + ht]))
        return [bp("tag_line", *out)]
    lead = _i18n(ctx, ["Tags: ", "TAGS: ", "Topics: ", "Tagged: ", "Tagged with: ", "Keywords: "], ["Schlagwörter: ", "Themen: "],
                 ["Mots-clés : ", "Sujets : "], ["Etiquetas: ", "Temas: "])
    sep = r.choice([", ", " | ", " · ", ", "])
    parts = [lead]
    for i, t in enumerate(tags):
        if i:
            parts.append(sep)
        parts.append(F("tags", t))
    return [bp("tag_line", *parts)]


# ================================================================== headline lists

LIST_HEADERS = {
    "related": {"en": ["Related", "Related Articles", "RELATED STORIES", "Read Next", "See Also", "Related posts:", "More on this topic", "Related News"],
                "de": ["Das könnte Sie auch interessieren", "Mehr zum Thema", "Verwandte Artikel"],
                "fr": ["Sur le même sujet", "Articles liés", "À lire également"],
                "es": ["Noticias relacionadas", "Más sobre este tema", "Relacionado"]},
    "ranking": {"en": ["Most Read", "Most Popular", "Popular Posts", "Top 10", "MOST VIEWED", "Ranking", "Top Stories This Week"],
                "de": ["Meistgelesen", "Beliebt"], "fr": ["Les plus lus", "Populaires"], "es": ["Lo más leído", "Lo más visto"]},
    "recommendation": {"en": ["Recommended", "Editor's Picks", "Don't Miss", "Recommended for you", "Our Picks", "Recommendation", "Handpicked for You"],
                       "de": ["Empfehlungen der Redaktion"], "fr": ["Nos recommandations", "Notre sélection"], "es": ["Recomendados", "Te recomendamos"]},
    "trending": {"en": ["Trending Now", "What's Hot", "TRENDING", "Trending", "🔥 Hot right now", "Trending this hour", "Buzzing"],
                 "de": ["Im Trend", "Gerade angesagt"], "fr": ["Tendances", "En ce moment"], "es": ["Tendencias", "Lo último"]},
    "more_stories": {"en": ["More Stories", "Latest News", "Recent Posts", "More from this section", "LATEST", "Just In", "More Headlines"],
                     "de": ["Weitere Nachrichten", "Neueste Beiträge"], "fr": ["Plus d'actualités", "Dernières infos"],
                     "es": ["Más noticias", "Últimas noticias"]},
    "you_may_also_like": {"en": ["You May Also Like", "You might also like", "YOU MAY ALSO LIKE", "You may like", "Readers also liked"],
                          "de": ["Das könnte Ihnen auch gefallen"], "fr": ["Vous aimerez aussi"], "es": ["También te puede gustar"]},
}
ITEM_KIND = {"related": "related_item", "ranking": "ranking_item", "recommendation": "recommendation_item",
             "trending": "trending_item", "more_stories": "more_stories_item", "you_may_also_like": "related_item"}
HEADER_KIND = {"related": "related_header", "ranking": "ranking_header", "recommendation": "recommendation_header",
               "trending": "trending_header", "more_stories": "more_stories_header", "you_may_also_like": "you_may_also_like"}


def headline_list(ctx, family, n=None, no_items=None):
    r = ctx.rng
    head = r.choice(LIST_HEADERS[family][ctx.lang])
    out = [bp(HEADER_KIND[family], head)]
    if no_items is None:
        no_items = r.random() < 0.08
    if no_items:
        return out
    n = n or r.randrange(3, 9)
    bstyle = r.choice(BULLETS + ["num.", "num)", "#num", "0num"])
    suffix_style = r.choice(["", "", "", "ago", "video", "date"])
    for i, h in enumerate(headlines(r, ctx.lang, n), 1):
        if bstyle == "num.":
            b = f"{i}. "
        elif bstyle == "num)":
            b = f"{i}) "
        elif bstyle == "#num":
            b = f"#{i} "
        elif bstyle == "0num":
            b = f"{i:02d} "
        else:
            b = bstyle
        s = ""
        if suffix_style == "ago":
            s = r.choice([f" {r.randrange(1, 12)} hours ago", f"{r.randrange(2, 9)} days ago", f" · {r.randrange(5, 59)} min ago"])
        elif suffix_style == "video":
            s = r.choice([" (Video)", " [VIDEO]", " 📹"])
        elif suffix_style == "date":
            s = f" | {r.randrange(1, 28)} {r.choice(['Jan', 'Mar', 'Jun', 'Sep', 'Nov'])}"
        out.append(bp(ITEM_KIND[family], b + h + s))
    return out


def headline_run(ctx, n=None):
    r = ctx.rng
    n = n or r.randrange(3, 7)
    return [bp("headline_run_item", h) for h in headlines(r, ctx.lang, n)]


def prev_next(ctx):
    r = ctx.rng
    h1, h2 = headlines(r, ctx.lang, 2)
    pv, nx = _i18n(ctx, [("Previous post ", "Next post "), ("« Previous: ", "Next: "), ("PREVIOUS POST", "NEXT POST"),
                         ("← ", "→ "), ("Previous article", "Next article"), ("Prev ", "Next ")],
                   [("Vorheriger Artikel: ", "Nächster Artikel: ")], [("Article précédent : ", "Article suivant : ")],
                   [("Artículo anterior: ", "Artículo siguiente: ")])
    out = []
    if r.random() < 0.85:
        out.append(bp("prev_next_link", pv + h1))
    out.append(bp("prev_next_link", nx + h2))
    return out
