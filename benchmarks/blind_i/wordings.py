"""Boilerplate wordings for blind_i, one function per kind (returns a list of ``Line``).

Every pool is indexed so that dev documents use even-indexed wordings and test documents
odd-indexed ones (``ctx.pick``): the two halves never share a template. All wordings are invented
for this corpus; generic field phrases ("Advertisement", "Source link", "Leave a Reply") occur
because real sites use them.
"""

from __future__ import annotations

import names as N
from headlines import HEADLINES
from kit import F, X

AG = N.AGENCY


def _L(ctx, pools):
    """pools: {lang: [wordings]} -> the wording list for ctx.lang (en fallback)."""
    return pools.get(ctx.lang) or pools["en"]


# ------------------------------------------------------------------------------ head

SKIP = {"en": ["Skip to content", "Skip to main content", "Jump to navigation", "Skip to the article",
               "Skip to main navigation", "Go to content"],
        "de": ["Zum Inhalt springen", "Direkt zum Inhalt", "Zur Navigation springen", "Zum Hauptinhalt"],
        "fr": ["Aller au contenu", "Passer au contenu principal", "Aller à la navigation", "Accéder au contenu"],
        "es": ["Saltar al contenido", "Ir al contenido principal", "Saltar a la navegación", "Ir al contenido"]}


def skip_link(ctx):
    return [X("skip_link", ctx.pick(_L(ctx, SKIP)))]


NAV = {"en": [["Home", "News", "Sport", "Business", "Opinion", "Culture"],
              ["Home", "Local", "Politics", "Courts", "Weather", "Obituaries"],
              ["News", "Scores", "Fixtures", "Tables", "Transfers"],
              ["Front Page", "Region", "Money", "Lifestyle", "Video", "Podcasts"],
              ["Latest", "World", "Tech", "Science", "Food", "Travel"],
              ["Home", "Live", "Results", "Standings", "Teams"]],
       "de": [["Startseite", "Lokales", "Politik", "Sport", "Kultur"],
              ["Home", "Region", "Wirtschaft", "Panorama", "Service"],
              ["Nachrichten", "Fußball", "Tabelle", "Spielplan"],
              ["Startseite", "Meinung", "Wissen", "Reise", "Video"]],
       "fr": [["Accueil", "Actualités", "Sports", "Économie", "Culture"],
              ["Une", "Région", "Politique", "Société", "Loisirs"],
              ["Accueil", "Direct", "Résultats", "Classement"],
              ["Infos", "Faits divers", "Santé", "Vidéos", "Podcasts"]],
       "es": [["Portada", "Local", "Deportes", "Economía", "Cultura"],
              ["Inicio", "Comarca", "Política", "Sucesos", "Opinión"],
              ["Portada", "Directo", "Resultados", "Clasificación"],
              ["Noticias", "Sociedad", "Ocio", "Vídeos", "Podcasts"]]}
NAV_JOIN = [" | ", None, " · ", None, " / ", None]


def nav_menu(ctx):
    items = ctx.pick(_L(ctx, NAV))
    j = ctx.pick(NAV_JOIN)
    if j is None:
        return [X("nav_menu", it) for it in items]
    return [X("nav_menu", j.join(items))]


BREAD_SEP = [" > ", " » ", " / ", " › ", " >> ", " | "]
BREAD_HOME = {"en": ["Home", "Home", "News", "Start"], "de": ["Startseite", "Home"],
              "fr": ["Accueil", "Accueil"], "es": ["Inicio", "Portada"]}


def breadcrumb(ctx, section):
    sep = ctx.pick(BREAD_SEP)
    home = ctx.pick(_L(ctx, BREAD_HOME))
    mid = ctx.choice(["", "News" + sep]) if ctx.lang == "en" else ""
    return [X("breadcrumb", home + sep + mid, ctx.fact("section", section))]


SECTION_LABEL = ["{s}", "{S}", "Category: {s}", "Filed under: {s}", "{s}", "Section: {s}"]


def section_label(ctx, section):
    w = ctx.pick(SECTION_LABEL)
    if "{S}" in w:
        return [X("section_label", ctx.fact("section", section.upper(), section, [section.upper()]))]
    pre, post = w.split("{s}")
    return [X("section_label", pre, ctx.fact("section", section), post)]


BANNER = ["This site is powered by the free version of {t}. Upgrade to Pro to remove this notice.",
          "Your {p} licence has expired. Please renew it to keep importing articles.",
          "Unlicensed copy of {t} theme detected — activate your purchase code in Appearance > Theme License.",
          "Notice: {p} is running in trial mode (3 days left). Buy a licence to continue.",
          "Please activate your {t} license to unlock all demos and receive updates.",
          "{p}: feed quota reached. Upgrade your plan to import more posts today."]


def theme_license_banner(ctx):
    w = ctx.pick(BANNER)
    return [X("theme_license_banner", w.format(t=ctx.name(N.THEMES), p=ctx.name(N.PLUGINS)))]


COOKIE = {"en": [["We use cookies to personalise content and ads and to analyse our traffic. By continuing to browse you agree to this.", "Accept all", "Manage preferences"],
                 ["This website stores cookies on your device to give you a better experience.", "OK, got it"],
                 ["Cookies help us deliver our services. By using this site, you consent to our use of cookies.", "Accept", "Reject", "Learn more"],
                 ["We and our partners use cookies and similar technologies on this site.", "I agree", "Customise settings"]],
          "de": [["Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.", "Alle akzeptieren", "Einstellungen"],
                 ["Diese Website nutzt Cookies. Mit der weiteren Nutzung stimmen Sie dem zu.", "Verstanden"]],
          "fr": [["Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience.", "Tout accepter", "Paramétrer"],
                 ["Ce site utilise des cookies. En poursuivant la navigation, vous acceptez leur utilisation.", "J'ai compris"]],
          "es": [["Utilizamos cookies propias y de terceros para mejorar nuestros servicios.", "Aceptar todas", "Configurar"],
                 ["Este sitio web usa cookies. Si continúa navegando, acepta su uso.", "Entendido"]]}


def cookie_notice(ctx):
    return [X("cookie_notice", s) for s in ctx.pick(_L(ctx, COOKIE))]


# ------------------------------------------------------------------------------ around the title

def breadcrumb_title(ctx, section, title, site):
    """A breadcrumb trail running into the title and a site suffix (the title line follows)."""
    sep = ctx.pick(BREAD_SEP)
    home = ctx.pick(_L(ctx, BREAD_HOME))
    tsep = ctx.choice([" - ", " | ", " –", " -"])
    ctx.used.update({"section", "site_name"})
    ln = X("breadcrumb_title", home + sep, F("section", section), sep, title, tsep, F("site_name", site))
    ln.extra.update({"title_text": title, "site_suffix": site, "breadcrumb": home + sep + section + sep})
    return [ln]


def title_repeat(ctx):
    return [X("title_repeat", ctx.title)]


UI = {"en": ["Listen", "Print", "Share", "Comments", "Save", "Gift this article", "Live", "Font size",
             "Refresh", "Load more", "Jump to recipe", "Print recipe", "Match centre", "Box score",
             "View comments", "Text size", "Expand", "Collapse", "Auto-update: on", "Watch"],
      "de": ["Teilen", "Drucken", "Merken", "Kommentare", "Vorlesen", "Liveticker aktualisieren"],
      "fr": ["Partager", "Imprimer", "Sauvegarder", "Commentaires", "Écouter", "Actualiser le direct"],
      "es": ["Compartir", "Imprimir", "Guardar", "Comentarios", "Escuchar", "Actualizar directo"]}


def ui_word(ctx, k=1):
    pool = ctx.half(_L(ctx, UI))
    return [X("ui_word", w) for w in ctx.rng.sample(pool, min(k, len(pool)))]


STRAY = ["{h}.{d}", "post-{n}", "{h}", "id={n}", "{H}", "#{n}"]


def stray_id(ctx):
    r = ctx.rng
    h = "".join(r.choice("0123456789abcdef") for _ in range(13))
    w = ctx.pick(STRAY).format(h=h, d=r.randint(10000000, 99999999), n=r.randint(10000, 999999),
                                H="".join(r.choice("0123456789abcdef") for _ in range(32)))
    return [X("stray_id", w)]


BYLINE = {"en": ["By {a}", "BY {A}", "Written by {a}", "{a} | Staff writer", "Story by {a}", "Words: {a}",
                 "By {a} and {b}", "Reporting by {a}"],
          "de": ["Von {a}", "Autor: {a}", "Von {a} und {b}", "Text: {a}"],
          "fr": ["Par {a}", "Par {a} et {b}", "Rédaction : {a}", "Un article de {a}"],
          "es": ["Por {a}", "Redacción: {a}", "Por {a} y {b}", "Texto: {a}"]}
BY_AGENCY = {"en": [", Reuters", " (AFP)", ", Associated Press", " | Bloomberg"],
             "de": [" (dpa)", ", dpa"], "fr": [" (AFP)", " avec AFP"], "es": [" (EFE)", ", EFE"]}


def byline(ctx, agency=False, with_date=False):
    w = ctx.pick(_L(ctx, BYLINE))
    a, b = ctx.sample(N.PEOPLE, 2)
    parts = []
    for seg in _split_fmt(w):
        if seg == "{a}":
            parts.append(F("authors", a))
        elif seg == "{A}":
            parts.append(F("authors", a.upper(), a, [a.upper()]))
        elif seg == "{b}":
            parts.append(F("authors", b))
        else:
            parts.append(seg)
    if agency:
        suf = ctx.pick(_L(ctx, BY_AGENCY))
        canon = {"Reuters": "Reuters", "AFP": "AFP", "Associated Press": "AP", "Bloomberg": "Bloomberg",
                 "dpa": "dpa", "EFE": "EFE"}
        for k, v in canon.items():
            if k in suf:
                i = suf.index(k)
                parts += [suf[:i], F("credits", k, v, AG.get(v, []) + [k]), suf[i + len(k):]]
                break
    if with_date:
        parts += [ctx.pick(_L(ctx, {"en": [" | ", " — ", ", ", " · "], "de": [" | ", ", "],
                                       "fr": [" | ", " — "], "es": [" | ", " - "]})),
                  ctx.date("published")]
    return [X("byline", *parts)]


def _split_fmt(w):
    out, i = [], 0
    while i < len(w):
        j = w.find("{", i)
        if j < 0:
            out.append(w[i:])
            break
        if j > i:
            out.append(w[i:j])
        k = w.index("}", j)
        out.append(w[j:k + 1])
        i = k + 1
    return out


DATE_PUB = {"en": ["Published: {d}", "Posted on {d}", "Published {d}", "First published {d}",
                   "Posted: {d}", "Date: {d}"],
            "de": ["Veröffentlicht am {d}", "Erstellt: {d}", "Veröffentlicht: {d}", "Datum: {d}"],
            "fr": ["Publié le {d}", "Publié : {d}", "Publié le {d}", "Date : {d}"],
            "es": ["Publicado el {d}", "Publicado: {d}", "Fecha: {d}", "Publicado {d}"]}
DATE_UPD = {"en": ["Updated: {d}", "Last updated {d}", "Updated {d}", "Last modified: {d}",
                   "UPDATED: {d}", "Updated on {d}"],
            "de": ["Aktualisiert am {d}", "Aktualisiert: {d}", "Zuletzt aktualisiert: {d}", "Aktualisiert {d}"],
            "fr": ["Mis à jour le {d}", "Mis à jour : {d}", "Dernière mise à jour : {d}", "Mis à jour le {d}"],
            "es": ["Actualizado el {d}", "Actualizado: {d}", "Última actualización: {d}", "Actualizado {d}"]}
REL_DATE = {"en": ["Updated 3 hours ago", "Published 2 days ago", "Posted 45 minutes ago", "Updated yesterday",
                   "1 hour ago", "Published just now"],
            "de": ["vor 3 Stunden", "Aktualisiert vor 20 Minuten"],
            "fr": ["Il y a 2 heures", "Mis à jour il y a 15 minutes"],
            "es": ["Hace 4 horas", "Actualizado hace 30 minutos"]}


def date_line(ctx, kind="published"):
    if kind == "relative":
        return [X("date_line", ctx.pick(_L(ctx, REL_DATE)))]
    pool = DATE_PUB if kind == "published" else DATE_UPD
    w = ctx.pick(_L(ctx, pool))
    pre, post = w.split("{d}")
    return [X("date_line", pre, ctx.date(kind), post)]


def date_both(ctx):
    p = ctx.pick(_L(ctx, DATE_PUB)).split("{d}")
    u = ctx.pick(_L(ctx, DATE_UPD)).split("{d}")
    sep = ctx.choice([" | ", " · ", " — "])
    import datetime as _dt

    from kit import eu_dst, rand_dt, us_dst
    d1 = rand_dt(ctx.rng)
    d2 = d1 + _dt.timedelta(hours=ctx.rng.randint(2, 40), minutes=ctx.rng.randint(0, 59))
    # keep both on the same side of the DST switches (the offset label is computed per date)
    if eu_dst(d1) != eu_dst(d2) or us_dst(d1) != us_dst(d2):
        d2 = d1 + _dt.timedelta(minutes=ctx.rng.randint(20, 90))
    return [X("date_line", p[0], ctx.date("published", d1), p[1], sep, u[0], ctx.date("updated", d2), u[1])]


READTIME = {"en": ["4 min read", "Reading time: 6 minutes", "⏱ 3 min", "Listen to this article", "7 minute read",
                   "Estimated reading time: 5 min"],
            "de": ["Lesezeit: 4 Minuten", "3 Min. Lesezeit"],
            "fr": ["Temps de lecture : 4 min", "Lecture 3 min."],
            "es": ["Tiempo de lectura: 4 min", "Lectura: 3 minutos"]}


def reading_time(ctx):
    return [X("reading_time", ctx.pick(_L(ctx, READTIME)))]


SHARE = {"en": [["Share this:", "Facebook", "X", "WhatsApp", "Email"], ["Share on Facebook Share on X Share via Email"],
                ["Share", "Tweet", "Pin", "Email"], ["SHARE THIS ARTICLE"], ["0 Shares"], ["FacebookXLinkedInWhatsAppCopy link"],
                ["Share this story", "Copy link"], ["Share 12", "Post", "Send"]],
         "de": [["Teilen:", "Facebook", "X", "WhatsApp", "E-Mail"], ["Artikel teilen"], ["Auf Facebook teilen Auf X teilen"],
                ["Teilen", "Twittern", "Mailen"]],
         "fr": [["Partager :", "Facebook", "X", "WhatsApp"], ["Partager cet article"], ["Partager sur Facebook Partager sur X"],
                ["Partager", "Tweeter", "E-mail"]],
         "es": [["Compartir:", "Facebook", "X", "WhatsApp"], ["Compartir esta noticia"], ["Compartir en Facebook Compartir en X"],
                ["Compartir", "Tuitear", "Enviar"]]}


def share_row(ctx):
    return [X("share_row", s) for s in ctx.pick(_L(ctx, SHARE))]


# ------------------------------------------------------------------------------ photos

CAPTION = {"en": ["Firefighters work at the scene on {day} morning.",
                  "Residents gather outside the town hall before the vote.",
                  "Pictured: the site of the proposed development.",
                  "A general view of the harbour at dusk.",
                  "File photo: the plant's main gate in a 2021 image.",
                  "Supporters cheer during the second half.",
                  "Above: the new ward opened last spring.",
                  "An artist's impression of the finished station.",
                  "The defendant arrives at court on {day}.",
                  "Volunteers sort donations at the community centre.",
                  "IMAGE: The river after the overnight rain.",
                  "Caption: Crews inspect the damaged roof."],
           "de": ["Einsatzkräfte am Unglücksort am {day}vormittag.", "Blick auf das geplante Baugebiet.",
                  "Archivbild: Das Rathaus im Sommer 2021.", "Fans jubeln in der zweiten Halbzeit."],
           "fr": ["Les pompiers sur les lieux {day} matin.", "Vue générale du port au crépuscule.",
                  "Photo d'archives : la mairie en 2021.", "Les supporters pendant la seconde période."],
           "es": ["Los bomberos, en el lugar del incendio el {day} por la mañana.", "Vista general del puerto al atardecer.",
                  "Imagen de archivo del ayuntamiento en 2021.", "Aficionados celebran durante la segunda parte."]}
DAYS = {"en": ["Monday", "Tuesday", "Saturday", "Sunday"], "de": ["Montag", "Dienstag", "Samstag", "Sonntag"],
        "fr": ["lundi", "mardi", "samedi", "dimanche"], "es": ["lunes", "martes", "sábado", "domingo"]}
CREDIT_LABEL = {"en": ["Photo: ", "Image: ", "Credit: ", "Photograph: ", "(Photo: {c})", "Picture: ",
                       "📷 ", "Image credit: "],
                "de": ["Foto: ", "Bild: ", "(Foto: {c})", "Foto: "],
                "fr": ["Photo : ", "Crédit photo : ", "(Photo {c})", "© "],
                "es": ["Foto: ", "Imagen: ", "(Foto: {c})", "Fotografía: "]}
# credit forms: (dev), (test) ; {n} = photographer, agency credit gives a credit fact
CREDIT_FORMS = [("{n}/AFP", "AFP"), ("AP Photo/{n}", "AP"), ("{n}/{site}", None), ("Reuters/{n}", "Reuters"),
                ("{n} for {site}", None), ("{n}/Getty Images", None), ("{n} / dpa", "dpa"),
                ("Handout", None), ("{n}/EFE", "EFE"), ("Supplied", None), ("{n}/Shutterstock", None),
                ("{site} / {n}", None)]


def _credit_parts(ctx, credit_text, agency):
    """The credit text as a photo_credit fact (if free) containing a credits fact (if agency)."""
    if agency and ctx.free("photo_credit"):
        # nested: we cannot nest F parts, so the agency credit is recorded from the same text
        ctx.used.add("photo_credit")
        i = credit_text.index(agency)
        pc = F("photo_credit", credit_text,
               nested=[(i, F("credits", agency, agency, AG.get(agency, [])))])
        return [pc], None
    if agency:
        i = credit_text.index(agency)
        return [credit_text[:i], F("credits", agency, agency, AG.get(agency, [])), credit_text[i + len(agency):]], None
    return [ctx.fact("photo_credit", credit_text)], None


def photo_credit_parts(ctx):
    form, agency = ctx.pick(CREDIT_FORMS)
    site = ctx.site or ctx.name(N.SITES)
    txt = form.format(n=ctx.name(N.PEOPLE), site=site)
    return txt, agency


def photo_block(ctx, inline=None, caption=True, credit=True):
    """caption line (+ credit line), or a caption with the credit inline."""
    cap = ctx.pick(_L(ctx, CAPTION)).format(day=ctx.choice(DAYS.get(ctx.lang, DAYS["en"])))
    out = []
    if inline is None:
        inline = ctx.r() < 0.35
    if not credit:
        return [X("photo_caption", cap)]
    txt, agency = photo_credit_parts(ctx)
    label = ctx.pick(_L(ctx, CREDIT_LABEL))
    parts, nested = _credit_parts(ctx, txt, agency)
    if "{c}" in label:
        pre, post = label.split("{c}")
        cparts = [pre, *parts, post]
    else:
        cparts = [label, *parts]
    if inline and caption:
        ln = X("photo_caption", cap, " ", *cparts)
        out.append(ln)
    else:
        if caption:
            out.append(X("photo_caption", cap))
        out.append(X("photo_credit", *cparts))
    return out


# ------------------------------------------------------------------------------ inside the body

ADV = {"en": ["Advertisement", "ADVERTISEMENT", "Story continues below advertisement", "Sponsored",
              "Advertisement - Scroll to continue", "- Advertisement -", "Ad", "Continue reading below"],
       "de": ["Anzeige", "ANZEIGE", "Werbung", "Anzeige – Weiterlesen unten"],
       "fr": ["Publicité", "PUBLICITÉ", "Contenu sponsorisé", "Publicité - La suite ci-dessous"],
       "es": ["Publicidad", "PUBLICIDAD", "Contenido patrocinado", "Publicidad - Sigue leyendo"]}


def advertisement_label(ctx):
    return [X("advertisement_label", ctx.pick(_L(ctx, ADV)))]


ALSO = {"en": ["Also Read: {h}", "ALSO READ | {h}", "RELATED: {h}", "Read more: {h}", "Don't miss: {h}",
               "More: {h}", "Related: {h}", "READ MORE → {h}", "See also: {h}", "MORE FROM {SITE}: {h}"],
        "de": ["Lesen Sie auch: {h}", "Auch interessant: {h}", "Mehr zum Thema: {h}", "Lesen Sie auch | {h}"],
        "fr": ["À lire aussi : {h}", "Lire aussi : {h}", "À voir aussi : {h}", "LIRE AUSSI | {h}"],
        "es": ["Lee también: {h}", "Te puede interesar: {h}", "Lea también: {h}", "LEE TAMBIÉN | {h}"]}


def headline(ctx, k=1):
    pool = HEADLINES.get(ctx.lang, HEADLINES["en"])[ctx.h]
    return ctx.rng.sample(pool, k)


def also_read(ctx):
    w = ctx.pick(_L(ctx, ALSO))
    return [X("also_read", w.format(h=headline(ctx)[0], SITE=(ctx.site or "US").upper()))]


NEWSLETTER = {"en": ["Sign up for our free morning newsletter and get the day's top stories in your inbox.",
                     "Get the Daily Briefing: subscribe to our newsletter",
                     "Want more stories like this? Subscribe to The Weekender, free every Saturday.",
                     "SUBSCRIBE: Get breaking news alerts by email",
                     "Never miss a story — sign up for our newsletters here.",
                     "Subscribe now for unlimited access. Cancel anytime."],
              "de": ["Jetzt den kostenlosen Newsletter abonnieren!", "Newsletter: Die wichtigsten Nachrichten jeden Morgen per E-Mail"],
              "fr": ["Inscrivez-vous à notre newsletter pour recevoir l'essentiel de l'actualité.", "Newsletter : recevez chaque matin nos infos locales"],
              "es": ["Suscríbete a nuestro boletín y recibe las noticias cada mañana.", "Boletín: las claves del día en tu correo"]}
SOCIAL = {"en": ["Follow us on Facebook, X and Instagram for the latest updates.", "Join our WhatsApp channel for breaking news",
                 "Follow {site} on Google News", "FOLLOW US: Facebook | Instagram | TikTok",
                 "Like our page on Facebook to get more stories like this", "Get alerts on Telegram: join our channel"],
          "de": ["Folgen Sie uns auf Facebook und Instagram!", "Jetzt unserem WhatsApp-Kanal folgen"],
          "fr": ["Suivez-nous sur Facebook et Instagram", "Rejoignez notre chaîne WhatsApp"],
          "es": ["Síguenos en Facebook e Instagram", "Únete a nuestro canal de WhatsApp"]}


def newsletter_promo(ctx):
    return [X("newsletter_promo", ctx.pick(_L(ctx, NEWSLETTER)))]


def social_promo(ctx):
    return [X("social_promo", ctx.pick(_L(ctx, SOCIAL)).format(site=ctx.site or "us"))]


APP = ["Download the {p} app for the latest news on the go.", "Get the {p} App: available on iOS and Android",
       "Read this story and more in the {p} app", "📲 Download our app for breaking news alerts",
       "Stay updated with the {p} News App — download now", "Install the app for a faster experience"]


def app_promo(ctx, pub=None):
    w = ctx.pick(APP)
    if "{p}" in w and pub:
        pre, post = w.split("{p}")
        return [X("app_promo", pre, _pub_fact(ctx, pub), post)]
    return [X("app_promo", w.replace("{p} ", "").replace("{p}", ""))]


def _pub_fact(ctx, pub, as_host=False):
    name, host = pub
    if as_host:
        return ctx.fact("publisher", host, host, [name, "www." + host, host.split(".")[0]])
    return ctx.fact("publisher", name, name, [host, "www." + host])


PUBPROMO = ["Catch the latest local stories on {p}.", "For more news like this, visit {p}.",
            "Read more local coverage at {p}", "This and more stories are available on {p}.",
            "Find all the latest updates on {p}", "Stay with {p} for continuing coverage."]


def publisher_promo(ctx, pub):
    pre, post = ctx.pick(PUBPROMO).split("{p}")
    return [X("publisher_promo", pre, _pub_fact(ctx, pub), post)]


CLICK = ["For all the latest local news, click here", "Click here to read more stories from the region",
         "Click here for more sports news", "For breaking updates CLICK HERE", "Tap here for the full coverage",
         "Click here to get the latest headlines"]


def click_here_promo(ctx):
    return [X("click_here_promo", ctx.pick(CLICK))]


WIRE = {"en": ["(With inputs from {A})", "— {A}", "Additional reporting by {A}", "(Source: {A})",
               "With agency inputs from {A}", "Contains reporting from {A}."],
        "de": ["(Mit Material von {A})", "Mit Material der {A}"],
        "fr": ["(Avec {A})", "Avec l'{A}"],
        "es": ["(Con información de {A})", "Con información de {A}"]}
WIRE_ANON = {"en": ["(With inputs from agencies)", "— Agencies", "(With agency inputs)", "Wire services contributed to this report."],
             "de": ["(Mit Material von Agenturen)", "(dpa/AFP/red)"],
             "fr": ["(Avec agences)", "(Avec agences et rédaction)"],
             "es": ["(Con información de agencias)", "Agencias"]}
LONG = {"AP": ["Associated Press", "The Associated Press", "AP"], "AFP": ["AFP", "Agence France-Presse"],
        "Reuters": ["Reuters"], "dpa": ["dpa", "Deutsche Presse-Agentur"], "EFE": ["EFE", "Agencia EFE"],
        "PTI": ["PTI", "Press Trust of India"], "Bloomberg": ["Bloomberg"]}
LANG_AG = {"en": ["AP", "AFP", "Reuters", "PTI", "Bloomberg"], "de": ["dpa", "AFP"], "fr": ["AFP"], "es": ["EFE", "AFP"]}


def wire_credit_line(ctx, agency=None):
    if agency is None:
        w = ctx.pick(_L(ctx, WIRE_ANON))
        return [X("wire_credit_line", w)]
    w = ctx.pick(_L(ctx, WIRE))
    long = ctx.choice(LONG[agency])
    if ctx.lang == "de" and "der {A}" in w and agency == "AFP":
        w = "(Mit Material von {A})"
    pre, post = w.split("{A}")
    return [X("wire_credit_line", pre, F("credits", long, agency, AG.get(agency, []) + [agency]), post)]


SRC = ["Source link", "Source", "Source: {p}", "SOURCE: {p}", "Original source", "via {p}"]


def source_link(ctx, pub=None):
    w = ctx.pick(SRC)
    if "{p}" in w:
        if not pub:
            return [X("source_link", w.split(":")[0].replace("via {p}", "Source link"))]
        pre, post = w.split("{p}")
        return [X("source_link", pre, _pub_fact(ctx, pub), post)]
    return [X("source_link", w)]


READ_ORIG = {"en": ["Read original article here", "Read the full story on {p}", "Continue reading at {p}",
                    "Read the original article", "Full story: {p}", "Read the complete article on the publisher's site"],
             "de": ["Hier den Originalartikel lesen", "Weiterlesen bei {p}"],
             "fr": ["Lire l'article original", "Lire la suite sur {p}"],
             "es": ["Leer el artículo original", "Sigue leyendo en {p}"]}


def read_original(ctx, pub=None):
    pool = _L(ctx, READ_ORIG)
    w = ctx.pick(pool)
    if "{p}" in w and not pub:
        w = [x for x in ctx.half(pool) if "{p}" not in x][0]
    if "{p}" in w:
        pre, post = w.split("{p}")
        return [X("read_original", pre, _pub_fact(ctx, pub), post)]
    return [X("read_original", w)]


READMORE = {"en": ["Read More", "Read more »", "Continue Reading", "READ MORE", "Read the rest", "Keep reading"],
            "de": ["Weiterlesen", "Mehr lesen"], "fr": ["Lire la suite", "En savoir plus"],
            "es": ["Leer más", "Seguir leyendo"]}


def read_more(ctx):
    return [X("read_more", ctx.pick(_L(ctx, READMORE)))]


def slug(s):
    out = "".join(c.lower() if c.isalnum() else "-" for c in s)
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")[:70]


URLFORM = ["{u}", "Original URL: {u}", "Source: {u}", "{u} {t}", "Link: {u}", "🔗 {u}"]


def original_url_line(ctx, pub):
    name, host = pub
    r = ctx.rng
    www = r.random() < 0.6
    h = ("www." if www else "") + host
    path = "/" + r.choice(["news", "local", "sport", "2023/05", "article", "world"]) + "/" + \
        slug(ctx.title or "story") + r.choice(["", "/", f"-{r.randint(100000, 999999)}", ".html"])
    url = "https://" + h + path
    w = ctx.pick(URLFORM)
    pre, rest = w.split("{u}")
    parts = [pre]
    if ctx.free("original_url"):
        ctx.used.add("original_url")
        nested = []
        if ctx.free("publisher"):
            ctx.used.add("publisher")
            nested = [(len("https://"), F("publisher", h, host, ["www." + host, host, host.split(".")[0], name]))]
        ln = X("original_url_line", *parts, F("original_url", url, nested=nested), rest.replace("{t}", ctx.title or ""))
        return [ln]
    return [X("original_url_line", pre + url + rest.replace("{t}", ctx.title or ""))]


ORIG_APP = {"en": ["This article originally appeared on {p}.", "Originally published on {p}",
                   "This story was first published by {p}.", "Republished with permission from {p}.",
                   "A version of this story first appeared in {p}.", "This post was originally published on {p} and is republished here under licence."],
            "de": ["Dieser Artikel erschien zuerst bei {p}.", "Zuerst erschienen in: {p}"],
            "fr": ["Cet article a d'abord été publié par {p}.", "Article initialement paru dans {p}"],
            "es": ["Este artículo se publicó originalmente en {p}.", "Publicado originalmente por {p}"]}


def originally_appeared(ctx, pub):
    pre, post = ctx.pick(_L(ctx, ORIG_APP)).split("{p}")
    return [X("originally_appeared", pre, _pub_fact(ctx, pub), post)]


SYND = ["(This story has been published from a wire agency feed without modifications by {s} staff.)",
        "[This article was auto-imported from a syndicated feed; {s} has not edited the text.]",
        "(Only the headline of this report may have been reworked by {s} staff; the rest is from a syndicated feed.)",
        "*Content syndicated from a partner feed and not edited by the {s} newsroom.",
        "(This is an unedited, auto-generated story from a syndicated news feed.)",
        "(The story has not been edited and is published from a syndicated feed.)"]


def syndication_notice(ctx):
    w = ctx.pick(SYND)
    named = "{s}" in w
    txt = w.format(s=ctx.site or "our")
    inner = txt.strip("()[]*")
    lead = txt[: txt.index(inner)]
    trail = txt[txt.index(inner) + len(inner):]
    return [X("syndication_notice", lead, ctx.fact("syndication", inner), trail)]


DISC = {"en": ["Disclaimer: {a} is an automated news aggregator. All content belongs to its respective owners; to request removal write to [email protected] and we will act within 48 hours.",
               "{a} collects stories from trusted sources around the web automatically. We do not claim ownership of this content.",
               "We are a news aggregation service. This content is reproduced from its original publisher; we accept no responsibility for its accuracy.",
               "This page is auto-generated from public RSS feeds. If you own this content and want it removed, contact us.",
               "Note: This post was gathered by {a}'s automatic feed reader. Rights holders may contact us for takedown at any time.",
               "{a} does not create or edit the news shown here. All trademarks and copyrights belong to their owners.",
               "The stories on this site are collected automatically and have not been checked by an editor.",
               "Content on this page comes from third-party feeds; the original authors keep all rights."],
        "de": ["Hinweis: {a} ist ein automatischer Nachrichtenaggregator. Alle Inhalte gehören ihren jeweiligen Eigentümern.",
               "{a} erstellt keine eigenen Inhalte; alle Texte stammen aus öffentlichen Quellen.",
               "Diese Seite wird automatisch aus öffentlichen Feeds erstellt. Rechteinhaber können die Löschung verlangen.",
               "Alle Artikel werden automatisch übernommen und nicht redaktionell geprüft."],
        "fr": ["Avertissement : {a} est un agrégateur automatique d'actualités. Les contenus appartiennent à leurs auteurs.",
               "{a} ne rédige aucun article ; les contenus proviennent de flux publics.",
               "Cette page est générée automatiquement à partir de flux publics. Contactez-nous pour tout retrait.",
               "Les articles sont repris automatiquement et n'ont pas été vérifiés par la rédaction."],
        "es": ["Aviso: {a} es un agregador automático de noticias. Todo el contenido pertenece a sus respectivos dueños.",
               "{a} no redacta noticias propias; el contenido procede de fuentes públicas.",
               "Esta página se genera automáticamente a partir de fuentes públicas. Solicite la retirada si es titular.",
               "Las noticias se recogen de forma automática y no han sido revisadas por un editor."]}
# halves: dev = even index, test = odd index; each half holds named ({a}) and anonymous wordings


def aggregator_disclaimer(ctx, anon=False):
    pool = _L(ctx, DISC)
    half = ctx.half(pool)
    cands = [w for w in half if ("{a}" in w) != anon] or half
    w = ctx.choice(cands)
    if "{a}" in w:
        a = ctx.name(N.AGGREGATORS)
        pre, post = w.split("{a}", 1)
        return [X("aggregator_disclaimer", pre, ctx.fact("aggregator", a), post.replace("{a}", a))]
    return [X("aggregator_disclaimer", w)]


# ------------------------------------------------------------------------------ tail lists

TAGLINE = {"en": ["Tags: {t}", "TOPICS: {t}", "Filed under {t}", "Topics — {t}", "In this article: {t}", "#{h}"],
           "de": ["Schlagwörter: {t}", "Themen: {t}"], "fr": ["Mots-clés : {t}", "Sujets : {t}"],
           "es": ["Etiquetas: {t}", "Temas: {t}"]}
TAGHEAD = {"en": ["Tags", "TOPICS", "Related topics", "More on these topics", "Tagged:", "Explore more"],
           "de": ["Schlagwörter", "Themen"], "fr": ["Mots-clés", "Sujets"], "es": ["Etiquetas", "Temas"]}


def tags(ctx, k=None):
    k = k or ctx.rng.randint(2, 4)
    tg = ctx.sample(N.TAGS, k)
    if ctx.r() < 0.6:
        w = ctx.pick(_L(ctx, TAGLINE))
        if "{h}" in w:
            parts = []
            for i, t in enumerate(tg):
                if i:
                    parts.append(" ")
                ht = "".join(x[:1].upper() + x[1:] for x in t.split())
                parts += ["#", F("tags", ht, ht, [t, "#" + ht])]
            return [X("tag_line", *parts)]
        pre, post = w.split("{t}")
        sep = ctx.choice([", ", " | ", " · ", ", "])
        parts = [pre]
        for i, t in enumerate(tg):
            if i:
                parts.append(sep)
            parts.append(F("tags", t))
        parts.append(post)
        return [X("tag_line", *parts)]
    out = [X("tag_list_header", ctx.pick(_L(ctx, TAGHEAD)))]
    b = ctx.choice(["", "", "# ", "• "])
    for t in tg:
        out.append(X("tag_item", b, F("tags", t)))
    return out


REACT = [["Like (12)", "Love (4)", "Wow (1)", "Sad (0)", "Angry (2)"], ["👍 34  👎 3"], ["Happy 0 Sad 0 Excited 0 Sleepy 0"],
         ["What's your reaction?", "Love 7", "Funny 2", "Angry 1"], ["Was this article helpful?", "Yes", "No"],
         ["0 Likes · 12 Comments"], ["Rate this recipe: ★★★★☆ (38 votes)"], ["Helpful (23)  Not helpful (2)"]]


def reaction_counter(ctx):
    return [X("reaction_counter", s) for s in ctx.pick(REACT)]


LIST_HEADERS = {
    "related": {"en": ["Related", "Related Stories", "RELATED ARTICLES", "Read Next", "See also", "More on this topic",
                       "Related coverage", "Read next"],
                "de": ["Das könnte Sie auch interessieren", "Mehr zum Thema", "Weitere Artikel", "Verwandte Artikel"],
                "fr": ["Sur le même sujet", "À lire aussi", "Articles liés", "Dans la même rubrique"],
                "es": ["Noticias relacionadas", "Más sobre este tema", "Te puede interesar", "Relacionadas"]},
    "ranking": {"en": ["Most Read", "Most Popular", "Top 5 this week", "MOST VIEWED", "Popular now", "Most shared"],
                "de": ["Meistgelesen", "Top-Artikel"], "fr": ["Les plus lus", "Les plus partagés"],
                "es": ["Lo más leído", "Lo más visto"]},
    "recommendation": {"en": ["Recommended", "Editor's Picks", "Don't Miss", "Our picks for you", "Recommended for you",
                              "Staff picks"],
                       "de": ["Empfehlungen der Redaktion", "Unsere Empfehlung"], "fr": ["Notre sélection", "Recommandé pour vous"],
                       "es": ["Recomendado", "Selección del editor"]},
    "trending": {"en": ["Trending Now", "What's hot", "Trending", "TRENDING STORIES", "Buzzing", "Trending in Sport"],
                 "de": ["Gerade beliebt", "Im Trend"], "fr": ["Tendances", "En ce moment"], "es": ["Tendencias", "Ahora en portada"]},
    "more_stories": {"en": ["More Stories", "Latest News", "Recent Posts", "More from {site}", "Just in", "LATEST"],
                     "de": ["Weitere Nachrichten", "Neueste Artikel"], "fr": ["Dernières actualités", "À la une"],
                     "es": ["Últimas noticias", "Más noticias"]},
    "you_may_also_like": {"en": ["You May Also Like", "You might also like", "YOU MAY HAVE MISSED", "You may be interested in",
                                 "Also on {site}", "Suggested for you"],
                          "de": ["Das könnte Sie auch interessieren", "Auch interessant"],
                          "fr": ["Vous aimerez aussi", "Vous pourriez aimer"],
                          "es": ["También te puede gustar", "Quizás te interese"]},
}
BULLETS = ["", "- ", "• ", "* ", "→ ", "» ", "▪ ", "› ", "{i}. ", "{i}) ", "#{i} ", "0{i} "]
SUFFIXES = ["", "", "", " (Video)", " 2 hours ago", "5 hours ago", " | 14 Mar", " [PHOTOS]", " 1 day ago", " - 3 min read"]


def headline_list(ctx, family, k=None, header=True):
    k = k if k is not None else ctx.rng.randint(3, 6)
    out = []
    hk = "you_may_also_like" if family == "you_may_also_like" else family + "_header"
    ik = "related_item" if family == "you_may_also_like" else family + "_item"
    if header:
        hw = ctx.pick(_L(ctx, LIST_HEADERS[family])).format(site=ctx.site or "us")
        out.append(X(hk, hw))
    b = ctx.pick(BULLETS)
    sfx = ctx.pick(SUFFIXES) if ctx.r() < 0.5 else ""
    for i, h in enumerate(headline(ctx, k), 1):
        out.append(X(ik, b.format(i=i) + h + sfx))
    return out


def headline_run(ctx, k=None):
    k = k or ctx.rng.randint(3, 5)
    return [X("headline_run_item", h) for h in headline(ctx, k)]


PREVNEXT = {"en": [("Previous post", "Next post"), ("« Previous Article", "Next Article »"), ("PREVIOUS", "NEXT"),
                   ("Prev: {h}", "Next: {h}"), ("← Older story", "Newer story →"), ("Previous Post{h}", "Next Post{h}")],
            "de": [("Vorheriger Artikel", "Nächster Artikel"), ("« Zurück", "Weiter »")],
            "fr": [("Article précédent", "Article suivant"), ("« Précédent", "Suivant »")],
            "es": [("Artículo anterior", "Artículo siguiente"), ("« Anterior", "Siguiente »")]}


def prev_next(ctx):
    p, n = ctx.pick(_L(ctx, PREVNEXT))
    h1, h2 = headline(ctx, 2)
    out = [X("prev_next_link", p.format(h=h1))]
    if "{h}" not in p and ctx.r() < 0.5:
        out.append(X("prev_next_link", h1))
    out.append(X("prev_next_link", n.format(h=h2)))
    if "{h}" not in n and ctx.r() < 0.5:
        out.append(X("prev_next_link", h2))
    return out


COMMENT = {"en": [["Leave a Reply", "Your email address will not be published. Required fields are marked *", "Comment *", "Name *", "Email *", "Post Comment"],
                  ["Comments", "Be the first to comment", "Log in to comment"],
                  ["Leave a comment", "Cancel reply", "Save my name, email, and website in this browser for the next time I comment.", "Submit"],
                  ["0 Comments", "Join the conversation", "Sign in to post a comment"],
                  ["Post a comment", "You must be logged in to post a comment."],
                  ["Comments are closed."],
                  ["Add a comment", "Comment guidelines", "Publish"],
                  ["Show comments (14)"]],
           "de": [["Kommentar schreiben", "Ihre E-Mail-Adresse wird nicht veröffentlicht.", "Kommentar absenden"],
                  ["0 Kommentare", "Jetzt kommentieren"]],
           "fr": [["Laisser un commentaire", "Votre adresse e-mail ne sera pas publiée.", "Publier le commentaire"],
                  ["0 commentaire", "Réagir à cet article"]],
           "es": [["Deja un comentario", "Tu dirección de correo no será publicada.", "Publicar comentario"],
                  ["0 comentarios", "Comenta esta noticia"]]}


def comment_form(ctx):
    return [X("comment_form", s) for s in ctx.pick(_L(ctx, COMMENT))]


BIO = {"en": [("About the Author", "{a} covers local government and courts. She joined the paper in 2016."),
              ("ABOUT THE WRITER", "{a} is a sports reporter based on the coast."),
              ("{a}", "{a} writes about food, travel and the people behind small businesses."),
              ("Author", "{a} is our senior political correspondent. Reach her on X @{h}."),
              ("About {a}", "Reporter covering transport, housing and the environment."),
              ("More by this author", "{a} has covered the region for a decade.")],
       "de": [("Über die Autorin", "{a} berichtet seit 2015 aus dem Landkreis."), ("Zur Person", "{a} ist Redakteur im Lokalressort.")],
       "fr": [("L'auteur", "{a} couvre l'actualité judiciaire depuis 2014."), ("À propos de l'auteur", "{a} est journaliste au service sports.")],
       "es": [("Sobre el autor", "{a} es redactor de la sección local."), ("La autora", "{a} cubre tribunales desde 2015.")]}


def author_bio(ctx):
    h, s = ctx.pick(_L(ctx, BIO))
    a = ctx.name(N.PEOPLE)
    return [X("author_bio", h.format(a=a)), X("author_bio", s.format(a=a, h=a.split()[0].lower()))]


FOOT = {"en": [["About Us", "Contact", "Privacy Policy", "Terms of Use"], ["Advertise with us | Careers | Cookie settings"],
               ["Privacy", "Terms", "Accessibility", "Sitemap"], ["Contact us · Corrections · Newsletters · RSS"],
               ["About", "Ethics policy", "Masthead", "Subscriber help"], ["Terms of Service | Privacy Notice | Do Not Sell My Info"]],
        "de": [["Impressum", "Datenschutz", "Kontakt", "AGB"], ["Impressum | Datenschutzerklärung | Mediadaten"]],
        "fr": [["Mentions légales", "Confidentialité", "Contact", "CGU"], ["Mentions légales | Gestion des cookies | Nous contacter"]],
        "es": [["Aviso legal", "Política de privacidad", "Contacto", "Cookies"], ["Aviso legal | Privacidad | Publicidad"]]}


def footer(ctx):
    return [X("footer_link", s) for s in ctx.pick(_L(ctx, FOOT))]


COPY = {"en": ["© {y} {s}. All rights reserved.", "Copyright © {y} {s}", "© {s} {y}", "Copyright {y} {s}. All Rights Reserved.",
               "© {y} {s} Ltd. Registered in England.", "All content © {y} {s}"],
        "de": ["© {y} {s}. Alle Rechte vorbehalten.", "Copyright © {y} {s}"],
        "fr": ["© {y} {s}. Tous droits réservés.", "Copyright © {y} {s}"],
        "es": ["© {y} {s}. Todos los derechos reservados.", "Copyright © {y} {s}"]}
COPY_AG = {"AP": "Copyright {y} The Associated Press. All rights reserved.", "AFP": "© {y} AFP",
           "Reuters": "© {y} Reuters. All rights reserved.", "dpa": "© dpa-infocom, dpa:{y}",
           "EFE": "© EFE {y}. Está expresamente prohibida la redistribución."}


def copyright_notice(ctx, agency=None, name_site=False):
    y = ctx.rng.randint(2019, 2025)
    if agency:
        w = COPY_AG[agency]
        pre, post = w.split("{y}", 1)
        full = pre + str(y) + post
        key = "Associated Press" if agency == "AP" else agency
        i = full.index(key)
        return [X("copyright_notice", full[:i], F("credits", key, agency, AG.get(agency, []) + [agency]), full[i + len(key):])]
    w = ctx.pick(_L(ctx, COPY))
    if name_site and ctx.site:
        s = ctx.site  # the site already named by the title suffix (no second site_name fact)
    else:
        s = ctx.choice({"en": ["Newsroom Media Ltd", "the publishers", "Regional Press Group"],
                        "de": ["Verlagsgruppe Nord", "Medienhaus GmbH"], "fr": ["Groupe Presse Ouest", "Éditions du Centre"],
                        "es": ["Grupo Editorial Sur", "Ediciones del Norte"]}[ctx.lang])
    return [X("copyright_notice", w.format(y=y, s=s))]


REPUB = ["This material may not be published, broadcast, rewritten or redistributed without permission.",
         "No part of this article may be reproduced without written consent.",
         "Republishing of this content is prohibited without a licence.",
         "Reproduction in whole or in part is forbidden."]


def republish_notice(ctx):
    return [X("republish_notice", ctx.pick(REPUB))]


EMAIL = ["[email protected]", "Contact: [email protected]", "Tips? Email [email protected]", "Write to us at [email protected]"]


def email_placeholder(ctx):
    return [X("email_placeholder", ctx.pick(EMAIL))]


BACKTOP = {"en": ["Back to top", "Back to top button", "↑ Top", "Scroll to top"], "de": ["Nach oben", "Zurück nach oben"],
           "fr": ["Haut de page", "Retour en haut"], "es": ["Volver arriba", "Subir"]}


def back_to_top(ctx):
    return [X("back_to_top", ctx.pick(_L(ctx, BACKTOP)))]


SHORT = [("[ad_1]", "[ad_2]"), ("[the_ad id=\"{n}\"]", "[the_ad id=\"{m}\"]"), ("[adsense]", "[/adsense]"),
         ("[ads_top]", "[ads_bottom]"), ("[td_block_ad]", "[td_block_ad_end]"), ("[advanced_ads id={n}]", "[advanced_ads id={m}]")]


def shortcodes(ctx):
    a, b = ctx.pick(SHORT)
    n, m = ctx.rng.randint(100, 999), ctx.rng.randint(100, 999)
    return X("shortcode", a.format(n=n, m=m)), X("shortcode", b.format(n=n, m=m))
