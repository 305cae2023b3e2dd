"""Boilerplate wordings for corpus E, one function per kind.

Every function takes the context ``c`` and returns a list of ``(text, kind, facts)`` lines.
All wordings were invented for this corpus (South Asian, East African, Caribbean, Canadian,
Irish, New Zealand, Philippine and Latin American sites; German, French and Spanish regional
portals). Facts are ``(key, value, evidence[, aliases[, search_from]])``.
"""

from __future__ import annotations

import hashlib
import sys
from dataclasses import dataclass, field
from typing import Any

from kit import AGENCIES, agency_fact, fmt_date

Out = list[tuple[str, str, list[tuple[Any, ...]]]]
_DECKS: dict[tuple[str, str, int], list[int]] = {}


def reset_decks() -> None:
    _DECKS.clear()


@dataclass
class Ctx:
    rng: Any
    lang: str
    region: str | None
    site: str
    site_host: str
    outlet: str
    outlet_host: str
    section: str
    title: str | None
    t: Any
    agency: str | None
    headlines: list[str]
    authors: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    aggregator: str = "NewsPulse Hub"
    theme: str = "Kestrel Mag"
    nofacts: bool = False
    topic: str = "general"  # general / crypto / exam / sports / showbiz
    site_fact: bool = False  # the page names its site in a title/breadcrumb suffix

    def pick(self, xs: list[Any]) -> Any:
        return self.rng.choice(xs)

    def by_lang(self, d: dict[str, list[Any]]) -> Any:
        """A wording for the page's language. Wordings rotate (a shuffled deck per calling function and
        language), so that every wording of a kind is used before any repeats."""
        opts = d.get(self.lang) or d["en"]
        key = (sys._getframe(1).f_code.co_name, self.lang, len(opts))
        deck = _DECKS.setdefault(key, [])
        if not deck:
            deck.extend(self.rng.sample(range(len(opts)), len(opts)))
        return opts[deck.pop()]


EMOJI = ["📌 ", "👉 ", "🔔 ", "⚡ ", "▶ ", "» ", "★ ", ""]


def vary(c: Ctx, s: str, p_case: float = 0.25) -> str:
    """Random casing / decoration for fact-free lines."""
    r = c.rng.random()
    if r < p_case / 2:
        return s.upper()
    if r < p_case * 0.8:
        return s.lower() if c.rng.random() < 0.4 else s.title()
    return s


# ------------------------------------------------------------------ navigation and chrome


def skip_link(c: Ctx) -> Out:
    w = {
        "en": ["Skip to content", "Skip to main content", "Jump to navigation", "Skip to the article",
               "Skip navigation", "Go to content ↓", "skip to main story", "Skip to footer", "[Skip to content]"],
        "de": ["Zum Inhalt springen", "Direkt zum Inhalt", "Zur Navigation springen", "Inhalt überspringen"],
        "fr": ["Aller au contenu", "Aller au contenu principal", "Passer au contenu", "Accéder à la navigation"],
        "es": ["Saltar al contenido", "Ir al contenido principal", "Saltar a la navegación", "Omitir e ir al contenido"],
    }
    return [(c.by_lang(w), "skip_link", [])]


NAV = {
    "PK": ["Home", "Pakistan", "World", "Business", "Sports", "Showbiz", "Opinion", "E-Paper", "Live TV"],
    "BD": ["Home", "Bangladesh", "Dhaka", "Economy", "Sports", "Entertainment", "Bangla", "Videos"],
    "LK": ["Home", "Local", "Business", "Sports", "Features", "Sinhala", "Tamil", "Breaking News"],
    "NP": ["Home", "National", "Province", "Politics", "Money", "Sports", "Life & Style", "नेपाली"],
    "KE": ["Home", "News", "Counties", "Politics", "Business", "Sports", "Lifestyle", "Podcasts"],
    "CARIB": ["Home", "Local", "Regional", "Business", "Sport", "Carnival", "Obituaries", "Classifieds"],
    "JM": ["Home", "News", "Lead Stories", "Entertainment", "Sports", "Letters", "Weather", "Classifieds"],
    "CA": ["Home", "Local", "Canada", "World", "Weather", "Traffic", "Watch Live", "Contests"],
    "IE": ["Home", "News", "Sport", "GAA", "Business", "Property", "Lifestyle", "Death Notices"],
    "NZ": ["Home", "New Zealand", "World", "Business", "Sport", "Te Ao Māori", "Weather", "Video"],
    "PH": ["Home", "Nation", "Metro", "Regions", "Business", "Sports", "Showbiz", "Lifestyle"],
    "crypto": ["Home", "Markets", "Bitcoin", "Ethereum", "DeFi", "NFTs", "Price Index", "Learn"],
    "jobs": ["Home", "Jobs", "Results", "Date Sheets", "Admissions", "Scholarships", "Past Papers"],
    "de": ["Startseite", "Region", "Politik", "Wirtschaft", "Sport", "Kultur", "Service", "Anzeigen"],
    "fr": ["Accueil", "Actualité", "Région", "Sports", "Culture", "Économie", "Faits divers", "Vidéos"],
    "es": ["Inicio", "Nacional", "Ciudad", "Economía", "Deportes", "Espectáculos", "Opinión", "Videos"],
}


def nav_key(c: Ctx, flavour: str | None = None) -> str:
    if flavour in NAV:
        return flavour
    if c.lang != "en":
        return c.lang
    reg = c.region or "crypto"
    if reg.startswith("CA"):
        return "CA"
    return reg if reg in NAV else "CA"


def nav_menu(c: Ctx, flavour: str | None = None) -> Out:
    items = NAV[nav_key(c, flavour)]
    k = c.rng.randint(4, len(items))
    sel = items[:k]
    form = c.rng.random()
    if form < 0.25:  # one item a line
        return [(vary(c, x, 0.2), "nav_menu", []) for x in sel]
    sep = c.pick([" | ", " · ", " / ", "  ", " • ", " – ", "\u00a0|\u00a0"])
    line = sep.join(sel)
    if c.rng.random() < 0.3:
        line = c.pick(["☰ ", "MENU ", "≡ "]) + line
    return [(vary(c, line, 0.25), "nav_menu", [])]


def footer_link(c: Ctx) -> Out:
    w = {
        "en": ["About Us", "Contact Us", "Privacy Policy", "Terms & Conditions", "Advertise With Us", "Careers",
               "Editorial Policy", "Corrections & Clarifications", "Sitemap", "DMCA", "Code of Ethics",
               "Complaints", "Work with us", "Terms of Service", "RSS Feeds"],
        "de": ["Impressum", "Datenschutz", "Kontakt", "AGB", "Mediadaten", "Datenschutzeinstellungen", "Barrierefreiheit"],
        "fr": ["Mentions légales", "Politique de confidentialité", "Nous contacter", "CGU", "Gestion des cookies", "Plan du site"],
        "es": ["Aviso legal", "Política de privacidad", "Contacto", "Términos y condiciones", "Quiénes somos", "Mapa del sitio"],
    }
    items = list(w.get(c.lang) or w["en"])
    c.rng.shuffle(items)
    sel = items[: c.rng.randint(2, 6)]
    if c.rng.random() < 0.5:
        return [(x, "footer_link", []) for x in sel]
    return [(c.pick([" | ", " · ", " — ", "  |  ", " / "]).join(sel), "footer_link", [])]


def ui_word(c: Ctx) -> Out:
    w = {
        "en": ["More", "Less", "Show more", "Load more", "Expand", "Close", "✕", "Menu", "Search", "Print",
               "Refresh", "View", "Zoom", "Play", "LOAD MORE STORIES", "Show comments", "See all", "Enlarge image",
               "Listen", "Open in app"],
        "de": ["Mehr", "Weniger", "Mehr anzeigen", "Schließen", "Suche", "Drucken", "Alle anzeigen"],
        "fr": ["Plus", "Moins", "Voir plus", "Fermer", "Rechercher", "Imprimer", "Tout afficher"],
        "es": ["Más", "Menos", "Ver más", "Cerrar", "Buscar", "Imprimir", "Cargar más"],
    }
    return [(c.by_lang(w), "ui_word", [])]


def back_to_top(c: Ctx) -> Out:
    w = {
        "en": ["Back to top", "↑ Top", "Scroll to top", "⬆", "TOP ▲", "Go to top", "Back To Top ↑", "^ back to top", "Return to top of page"],
        "de": ["Nach oben", "↑ Nach oben scrollen", "Zurück nach oben"],
        "fr": ["Haut de page", "Retour en haut", "↑ Remonter"],
        "es": ["Volver arriba", "Ir arriba ↑", "Subir"],
    }
    return [(c.by_lang(w), "back_to_top", [])]


def cookie_notice(c: Ctx) -> Out:
    w = {
        "en": [
            "We use cookies to give you a better experience. By using this site you accept our cookie policy.",
            "This website uses cookies to personalise content and ads and to analyse our traffic.",
            "🍪 Cookies help us deliver our services. By continuing you agree to our use of cookies.",
            "Our site stores small files on your device (cookies). Find out more in our privacy notice.",
            "By clicking “Accept all”, you agree to the storing of cookies on your device to enhance site navigation.",
            "We value your privacy. We and our partners use cookies to measure audiences and show relevant ads.",
            "COOKIE CONSENT: we use essential and analytics cookies. Manage your choices at any time.",
            "This site uses cookies. Continue browsing if you're happy with this, or find out how to manage cookies.",
        ],
        "de": [
            "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten. Mit der Nutzung der Seite stimmen Sie zu.",
            "Diese Website nutzt Cookies und ähnliche Technologien. Details finden Sie in unserer Datenschutzerklärung.",
            "Wir und unsere Partner speichern und/oder greifen auf Informationen auf Ihrem Gerät zu.",
        ],
        "fr": [
            "Ce site utilise des cookies pour améliorer votre expérience de navigation.",
            "En poursuivant votre navigation, vous acceptez l'utilisation de traceurs (cookies) à des fins statistiques.",
            "Nous et nos partenaires utilisons des cookies pour mesurer l'audience et personnaliser les publicités.",
        ],
        "es": [
            "Este sitio utiliza cookies para mejorar su experiencia. Al continuar navegando acepta su uso.",
            "Usamos cookies propias y de terceros con fines analíticos y publicitarios.",
            "Utilizamos cookies. Puede cambiar la configuración u obtener más información en nuestra política de cookies.",
        ],
    }
    buttons = {
        "en": ["Accept", "OK", "Got it!", "Accept All", "I agree", "Accept all | Reject all | Manage preferences", "ACCEPT & CLOSE", "Allow cookies", "Decline"],
        "de": ["Akzeptieren", "Alle akzeptieren", "Einstellungen", "Zustimmen und weiter"],
        "fr": ["Accepter", "Tout accepter", "Continuer sans accepter", "Paramétrer"],
        "es": ["Aceptar", "Aceptar todas", "Rechazar", "Configurar"],
    }
    out: Out = [(c.by_lang(w), "cookie_notice", [])]
    for _ in range(c.rng.choice([0, 1, 1, 2])):
        out.append((c.by_lang(buttons), "cookie_notice", []))
    return out


def breadcrumb(c: Ctx, tail: list[str] | None = None) -> Out:
    home = {"en": ["Home", "HOME", "🏠", "News", "You are here: Home"], "de": ["Startseite", "Home"],
            "fr": ["Accueil"], "es": ["Inicio", "Portada"]}
    sep = c.pick([" » ", " > ", " / ", " › ", " ⟩ ", " · ", " >> ", " → "])
    mid = tail if tail is not None else c.pick([[], [], ["News"], ["Local"], ["Region"]])
    if c.lang != "en" and mid in (["News"], ["Local"]):
        mid = []
    parts = [c.by_lang(home), *mid, c.section]
    line = sep.join(parts)
    facts: list[tuple[Any, ...]] = [] if c.nofacts else [("section", c.section, c.section, [], len(line) - len(c.section))]
    return [(line, "breadcrumb", facts)]


def section_label(c: Ctx) -> Out:
    s = c.section
    form = c.rng.randrange(8)
    if form == 0:
        line = s.upper()
    elif form == 1:
        line = f"Category: {s}"
    elif form == 2:
        line = f"📂 {s}"
    elif form == 3:
        line = f"— {s} —"
    elif form == 4:
        line = {"de": f"Rubrik: {s}", "fr": f"Rubrique : {s}", "es": f"Sección: {s}"}.get(c.lang, f"Filed under {s}")
    elif form == 5:
        line = f"{s} News" if c.lang == "en" else s
    else:
        line = s
    ev = s.upper() if form == 0 else s
    if form == 5 and c.lang == "en":
        ev = s
    al = [f"{s} News"] if form == 5 and c.lang == "en" else []
    return [(line, "section_label", [] if c.nofacts else [("section", s, ev, al)])]


def breadcrumb_title(c: Ctx, suffix: str | None) -> tuple[str, str, list[tuple[Any, ...]], dict[str, Any]]:
    home = {"en": ["Home", "Location: Home", "HOME", "You are here: Home"], "de": ["Startseite"], "fr": ["Accueil"], "es": ["Inicio"]}
    sep = c.pick([" » ", " > ", " / ", " › ", ">"])
    crumb = f"{c.by_lang(home)}{sep}{c.section}"
    glue = c.pick([sep, sep, " "]) if sep != ">" else ">"
    assert c.title
    tsep = c.pick([" - ", " | ", " – ", " -", " :: "])
    line = f"{crumb}{glue}{c.title}" + (f"{tsep}{suffix}" if suffix else "")
    facts: list[tuple[Any, ...]] = [("section", c.section, c.section)]
    if suffix:
        facts.append(("site_name", suffix, suffix, [], len(line) - len(suffix)))
    extra = {"title_text": c.title, "site_suffix": suffix, "breadcrumb": crumb}
    return line, "breadcrumb_title", facts, extra


def stray_id(c: Ctx) -> Out:
    h = hashlib.sha1(f"{c.rng.random()}".encode()).hexdigest()
    form = c.rng.randrange(9)
    if form == 0:  # PHP uniqid with more_entropy
        line = f"{h[:14]}.{c.rng.randint(10000000, 99999999)}"
    elif form == 1:
        line = h[:32]
    elif form == 2:
        line = f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"
    elif form == 3:
        line = f"post-{c.rng.randint(10000, 999999)}"
    elif form == 4:
        line = h[:10]
    elif form == 5:
        line = f"#{h[:6]}"
    elif form == 6:
        line = f"ID: {c.rng.randint(1000000, 9999999)}"
    elif form == 7:
        line = h[:40].upper()
    else:
        line = f"{h[:13]}"
    return [(line, "stray_id", [])]


def shortcode(c: Ctx) -> Out:
    w = ["[ad_1]", "[ad_2]", f'[the_ad id="{c.rng.randint(100, 9999)}"]', "[adsense]",
         '[td_block_ad_box spot_id="custom_ad_2"]', '[sc name="in-article-ad"]', f'[wpforms id="{c.rng.randint(10, 999)}"]',
         "[mc4wp_form]", "[/ad]", '[ads id="middle"]', "[ad_3]", '[quads id=4]']
    return [(c.pick(w), "shortcode", [])]


def advertisement_label(c: Ctx) -> Out:
    w = {
        "en": ["Advertisement", "ADVERTISEMENT", "- Advertisement -", "Sponsored", "Story continues below",
               "Ad", "Scroll to continue with content", "Continue reading below ↓", "ADVERTISING",
               "— Story continues below advertisement —", "Ads by Google", "Sponsored content", "PAID PROMOTION", "AD"],
        "de": ["Anzeige", "ANZEIGE", "Werbung", "- Anzeige -", "Weiter nach der Anzeige"],
        "fr": ["Publicité", "PUBLICITÉ", "- Publicité -", "La suite après cette publicité"],
        "es": ["Publicidad", "PUBLICIDAD", "- Publicidad -", "Contenido patrocinado", "Continúa leyendo abajo"],
    }
    return [(c.by_lang(w), "advertisement_label", [])]


def reading_time(c: Ctx) -> Out:
    n = c.rng.randint(2, 12)
    w = {
        "en": [f"{n} min read", f"Reading time: {n} minutes", f"⏱ {n} mins", f"Estimated reading time: {n} minutes",
               "Listen to this article", f"🎧 Listen ({n}:{c.rng.randint(10, 59)})", f"{n} MIN READ", f"Read in {n} min",
               f"Time to read: ~{n} min", "Listen to this story"],
        "de": [f"Lesezeit: {n} Min.", f"{n} Minuten Lesezeit", "Artikel anhören", f"⏱ {n} Min"],
        "fr": [f"Temps de lecture : {n} min", f"Lecture {n} min.", "Écouter cet article", f"{n} min de lecture"],
        "es": [f"Lectura: {n} min", f"Tiempo de lectura: {n} minutos", "Escuchar nota", f"{n} min de lectura"],
    }
    return [(c.by_lang(w), "reading_time", [])]


def share_row(c: Ctx) -> Out:
    w = {
        "en": ["Share this:", "Share", "Facebook Twitter WhatsApp Telegram", "Share on Facebook | Share on X",
               "Tweet", f"{c.rng.randint(0, 900)} Shares", "Share via Email", "f  𝕏  in  ✉", "SHARE THIS ARTICLE",
               "Share: Facebook · X · LinkedIn · Viber", "Copy link", "WhatsApp", "Pin it", "Share 0", "Email  Print  Share"],
        "de": ["Teilen", "Artikel teilen", "Teilen: Facebook | X | WhatsApp | E-Mail", "Link kopieren"],
        "fr": ["Partager", "Partager cet article", "Partager sur Facebook", "Copier le lien"],
        "es": ["Compartir", "Compartir en WhatsApp", "Compartir: Facebook · X · Telegram", "Copiar enlace"],
    }
    k = c.rng.choice([1, 1, 2, 3])
    return [(c.by_lang(w), "share_row", []) for _ in range(k)]


def reaction_counter(c: Ctx) -> Out:
    r = c.rng.randint
    w = {
        "en": [f"👍 Like ({r(0, 99)})  😂 Haha ({r(0, 9)})  😢 Sad ({r(0, 40)})", f"Love {r(0, 50)} | Wow {r(0, 9)} | Angry {r(0, 9)}",
               f"Was this helpful? Yes ({r(0, 40)}) No ({r(0, 9)})", f"❤️ {r(1, 500)}",
               "What's your reaction? Happy 0 Sad 0 Excited 0 Angry 0", f"Likes: {r(0, 300)}",
               f"🔥 {r(0, 99)}  😮 {r(0, 20)}  👏 {r(0, 60)}", f"Upvotes: {r(0, 80)} · Downvotes: {r(0, 9)}",
               f"Happy{r(0, 9)} Sad{r(0, 9)} Shocked{r(0, 9)}"],
        "de": [f"Gefällt mir ({r(0, 80)})", f"👍 {r(0, 80)}  👎 {r(0, 20)}"],
        "fr": [f"J'aime {r(0, 80)}", f"Réactions : 👍 {r(0, 50)} 😡 {r(0, 9)}"],
        "es": [f"Me gusta ({r(0, 80)})", f"Me encanta {r(0, 30)} · Me enoja {r(0, 9)}"],
    }
    return [(c.by_lang(w), "reaction_counter", [])]


def comment_form(c: Ctx) -> Out:
    w = {
        "en": [
            ["Leave your thoughts", "Your email will stay private. Fields marked * are mandatory", "Comment *", "Name *", "Email *", "Website", "Publish comment"],
            ["Drop a comment below", "Cancel reply", "Remember my details on this device for my next comment.", "Submit"],
            ["0 Comments", "Be the first to comment on this story"],
            ["Comments are moderated and may take up to 24 hours to appear.", "Add a comment..."],
            ["Join the conversation", "You must be logged in to post a comment."],
            ["Have your say", "Your name", "Your comment", "SEND"],
            ["Add Comment", "Please keep comments respectful. Abusive comments will be removed."],
            ["Comments (3)", "Sort by: Newest"],
            ["Write a comment", "Notify me of follow-up comments by email.", "Notify me of new posts by email."],
        ],
        "de": [["Kommentar schreiben", "Ihre E-Mail-Adresse wird nicht veröffentlicht.", "Kommentar abschicken"],
               ["Kommentare", "Die Kommentarfunktion ist für diesen Artikel deaktiviert."]],
        "fr": [["Laisser un commentaire", "Votre adresse e-mail ne sera pas publiée.", "Envoyer"],
               ["Commentaires", "Les commentaires sont fermés."]],
        "es": [["Deja un comentario", "Tu dirección de correo electrónico no será publicada.", "Publicar comentario"],
               ["Comentarios", "Los comentarios están sujetos a moderación."]],
    }
    block = c.by_lang(w)
    k = c.rng.randint(1, len(block))
    return [(x, "comment_form", []) for x in block[:k]]


def email_placeholder(c: Ctx) -> Out:
    e = "[email protected]"
    w = {
        "en": [e, f"Contact: {e}", f"News tips: {e}", f"📧 {e}", f"Email: {e}", f"For corrections write to {e}",
               f"Send your press releases to {e}", f"Got a story? {e}", f"Advertising enquiries: {e}", f"E-mail us at {e}"],
        "de": [f"Kontakt: {e}", f"Hinweise an die Redaktion: {e}", e],
        "fr": [f"Contact : {e}", f"Écrivez-nous : {e}", e],
        "es": [f"Correo: {e}", f"Escríbenos a {e}", e],
    }
    return [(c.by_lang(w), "email_placeholder", [])]


# ------------------------------------------------------------------ promos


def app_promo(c: Ctx) -> Out:
    w = {
        "en": ["Download our app for Android and iOS", "📱 Get our app: faster alerts, less data",
               "Get the app on Google Play and the App Store", "Install our free mobile app to get result alerts",
               "Never miss a wicket — get the app", "Read this story in our app", "OPEN IN APP",
               "Our new app is here! Download now and get breaking news first.", "Available on the App Store | Get it on Google Play",
               "Tap to download the news app — it's free"],
        "de": ["Jetzt unsere App herunterladen", "Die News-App für Ihre Region: jetzt kostenlos laden", "In der App lesen"],
        "fr": ["Téléchargez notre application", "Lisez cet article dans l'appli", "Notre appli est disponible sur iOS et Android"],
        "es": ["Descarga nuestra app", "Lee esta nota en la aplicación", "Baja la app y recibe alertas al instante"],
    }
    return [(c.by_lang(w), "app_promo", [])]


def newsletter_promo(c: Ctx) -> Out:
    w = {
        "en": ["Sign up for our morning briefing", "📩 Get the top stories in your inbox every day. Subscribe now!",
               "Enter your email to receive exam alerts", "Subscribe", "Join 40,000 readers who get our weekly crypto digest.",
               "NEWSLETTER: The day's headlines at 7am. It's free.", "Like this story? Sign up for our weekend newsletter.",
               "Stay informed — subscribe to our daily bulletin", "Subscribe to alerts", "Get the Evening Brief →"],
        "de": ["Newsletter abonnieren", "Jetzt für den Morgen-Newsletter anmelden", "Kostenlos abonnieren"],
        "fr": ["Inscrivez-vous à notre newsletter", "Recevez l'essentiel de l'actualité chaque matin", "S'abonner"],
        "es": ["Suscríbete a nuestro boletín", "Recibe las noticias del día en tu correo", "Suscribirme"],
    }
    return [(c.by_lang(w), "newsletter_promo", [])]


def social_promo(c: Ctx) -> Out:
    w = {
        "en": ["Follow us on Facebook, X and Instagram", "Join our WhatsApp channel for breaking news",
               "Join our Telegram channel for instant result updates", "Like our page on Facebook",
               "Subscribe to our YouTube channel 🔔", "📲 Get breaking alerts on our Viber community",
               "FOLLOW US ON GOOGLE NEWS", "Follow us on Threads and TikTok for more", "Stay connected: Facebook | Instagram | YouTube",
               "Add us as a preferred source on Google"],
        "de": ["Folgen Sie uns auf Instagram und Facebook", "Folge uns auf WhatsApp", "Jetzt unserem Kanal folgen"],
        "fr": ["Suivez-nous sur Facebook et Instagram", "Rejoignez notre chaîne WhatsApp", "Suivez-nous sur Google Actualités"],
        "es": ["Síguenos en Facebook, X e Instagram", "Únete a nuestro canal de WhatsApp", "Síguenos en Google Noticias"],
    }
    return [(c.by_lang(w), "social_promo", [])]


def click_here_promo(c: Ctx) -> Out:
    if c.lang == "en":
        by_topic = {
            "exam": ["For more exam updates, click here", "To read the full merit list CLICK HERE", "Click here to join our Telegram group",
                     "CLICK HERE TO DOWNLOAD THE DATE SHEET", "Check your result here 👈", "Click here for the official notification (PDF)"],
            "sports": ["👉 Click Here for the latest cricket scores", "Tap here for live scores", "Click here for the full scorecard"],
            "crypto": ["For the latest crypto prices click here", "Click here to track BTC live"],
            "showbiz": ["Click here for more showbiz news", "Tap here for the full photo gallery"],
        }
        if c.topic in by_topic:
            return [(c.pick(by_topic[c.topic]), "click_here_promo", [])]
    w = {
        "en": ["For more exam updates, click here", "To read the full merit list CLICK HERE",
               "Click here to join our Telegram group", "👉 Click Here for the latest cricket scores",
               "Tap here for live scores", "For the latest crypto prices click here", "CLICK HERE TO DOWNLOAD THE DATE SHEET",
               "Click here for more showbiz news", "For weather updates in your area, click here", "Check your result here 👈"],
        "de": ["Hier klicken für alle Ergebnisse", "Klicken Sie hier für mehr Nachrichten"],
        "fr": ["Cliquez ici pour plus d'infos", "Cliquez ici pour voir les résultats"],
        "es": ["Haz clic aquí para más noticias", "Da clic aquí para ver los resultados"],
    }
    return [(c.by_lang(w), "click_here_promo", [])]


def publisher_promo(c: Ctx) -> Out:
    o = c.outlet
    w = {
        "en": [f"Read more stories like this on {o}.", f"For more news from across the region, keep following {o}.",
               f"Stay tuned to {o} for live updates.", f"Get all the breaking news and match updates only on {o}",
               f"More Kenya news at {o}" if c.region == "KE" else f"More local news at {o}",
               f"Catch every update from the islands on {o}", f"Keep reading {o} for the full picture",
               f"Find all the latest headlines at {o}."],
        "de": [f"Mehr Nachrichten aus der Region lesen Sie bei {o}.", f"Alle News aus Ihrer Stadt gibt es bei {o}."],
        "fr": [f"Retrouvez toute l'actualité régionale sur {o}.", f"Plus d'informations sur {o}."],
        "es": [f"Sigue toda la información en {o}.", f"Más noticias de tu ciudad en {o}."],
    }
    line = c.by_lang(w)
    return [(line, "publisher_promo", [("publisher", o, o, [c.outlet_host])])]


# ------------------------------------------------------------------ attribution


def _host_facts(c: Ctx, line: str, url: str) -> list[tuple[Any, ...]]:
    host = url.split("/")[2]
    bare = host[4:] if host.startswith("www.") else host
    label = bare.split(".")[0]
    return [("original_url", url, url), ("publisher", bare, host, [f"www.{bare}", label, c.outlet])]


def make_url(c: Ctx) -> str:
    slug = "-".join(w.strip(",.:;!?'\"«»“”‘’") for w in (c.title or "story update").lower().split()[:9])
    slug = "".join(ch for ch in slug if ch.isalnum() or ch == "-").strip("-")
    sec = "".join(ch for ch in c.section.lower().replace(" ", "-") if ch.isalnum() or ch == "-") or "news"
    y, m, d = c.t.year, c.t.month, c.t.day
    forms = [
        f"https://{c.outlet_host}/{sec}/{y}/{m:02d}/{d:02d}/{slug}/",
        f"https://{c.outlet_host}/news/{c.rng.randint(100000, 999999)}/{slug}",
        f"https://{c.outlet_host}/{slug}-{c.rng.randint(1000000, 9999999)}.html",
        f"http://{c.outlet_host}/story/{sec}/{slug}",
        f"https://{c.outlet_host}/{y}/{m}/{slug}?utm_source=rss&utm_medium=feed",
    ]
    return c.pick(forms)


def original_url_line(c: Ctx) -> Out:
    url = make_url(c)
    form = c.rng.randrange(4)
    if form == 0:
        line = url
    elif form == 1 and c.title:
        line = f"{url} {c.title}"
    elif form == 2:
        line = f"{url}\u00a0"
    else:
        line = f"<{url}>"
    return [(line, "original_url_line", _host_facts(c, line, url))]


def source_link(c: Ctx) -> Out:
    w = {
        "en": ["Source", "SOURCE LINK", "Source Link ↗", "Link to source", "Original source", "source", "[Source]"],
        "de": ["Quelle", "Quellenlink", "Zur Quelle"],
        "fr": ["Source", "Lien source", "Lien vers la source"],
        "es": ["Fuente", "Enlace de la fuente", "Ver fuente"],
    }
    return [(c.by_lang(w), "source_link", [])]


def source_named(c: Ctx) -> Out:
    """A "Source: <Paper>" line: publisher fact (kind source_link)."""
    o = c.outlet
    w = {"en": [f"Source: {o}", f"SOURCE: {o}", f"Source — {o}", f"Source : {o}"], "de": [f"Quelle: {o}"],
         "fr": [f"Source : {o}"], "es": [f"Fuente: {o}"]}
    line = c.by_lang(w)
    ev = o
    return [(line, "source_link", [("publisher", o, ev, [c.outlet_host])])]


def read_original(c: Ctx) -> Out:
    w = {
        "en": ["Read the original article", "Read original story here", "View original post", "Continue reading at source",
               "Read the full story at the original site", "Go to original →", "Open the original report", "View Full Coverage at the source",
               "Open original ↗"],
        "de": ["Originalartikel lesen", "Zum Originalartikel", "Den vollständigen Artikel beim Original lesen"],
        "fr": ["Lire l'article original", "Voir l'article d'origine", "Lire la suite sur le site source"],
        "es": ["Ver nota original", "Leer la noticia original", "Ir a la fuente original"],
    }
    return [(c.by_lang(w), "read_original", [])]


def read_more(c: Ctx) -> Out:
    w = {
        "en": ["Continue Reading", "Read more »", "Read on", "READ FULL STORY", "Keep reading…", "Read more…", "[Read more]", "Full story →", "Read the rest"],
        "de": ["Weiterlesen", "Mehr lesen »", "Zum ganzen Artikel"],
        "fr": ["Lire la suite", "Lire plus", "Suite »"],
        "es": ["Leer más", "Seguir leyendo", "Ver nota completa"],
    }
    return [(c.by_lang(w), "read_more", [])]


def wire_credit_line(c: Ctx, agency: str | None = None) -> Out:
    a = agency or c.agency
    if a is None:
        w = {"en": ["(With inputs from agencies)", "— Agencies", "(Agencies)", "With agency inputs", "-Agencies"],
             "de": ["(mit Material von Agenturen)", "(Agenturen)"], "fr": ["(Avec agences)"], "es": ["(Con información de agencias)"]}
        return [(c.by_lang(w), "wire_credit_line", [])]
    long = AGENCIES.get(a, [a])[0]
    cands = {
        "en": [(f"(With inputs from {a})", a), (f"— {a}", a), (f"With additional reporting by {long}", long),
               (f"-With input from {a}", a), (f"({a})", a), (f"Additional reporting: {long}", long),
               (f"--{a}", a), (f"Written with {a} wire copy", a), (f"Copyright {c.t.year} {long}. All rights reserved.", long)],
        "de": [(f"({a}/lno)" if a == "dpa" else f"({a})", a), (f"mit Material von {a}", a), (f"(mit {a})", a)],
        "fr": [(f"Avec {a}", a), (f"(avec {a})", a), (f"— {a}", a)],
        "es": [(f"Con información de {a}", a), (f"({a})", a), (f"Con datos de {long}", long)],
    }
    line, ev = c.by_lang(cands)
    kind = "copyright_notice" if line.startswith("Copyright") else "wire_credit_line"
    return [(line, kind, [agency_fact(a, ev)])]


def syndication_notice(c: Ctx) -> Out:
    o = c.outlet
    w = {
        "en": [f"(This report was carried unedited from a syndicated {o} feed.)",
               f"[Published via a content-sharing agreement with {o}; only the headline may have been changed.]",
               f"(Story distributed by {o}. The copy below has not been altered by our editors.)",
               f"(Except for the headline, this article is reproduced as received from {o}.)",
               f"(This content is provided by {o} under a syndication arrangement.)",
               f"[Syndicated from {o}. Views are the writer's own.]",
               f"(Auto-posted from the {o} newswire. Minor formatting changes only.)",
               f"[This news item is sourced from {o} and appears here via an automated feed]"],
        "de": [f"(Dieser Text wurde unverändert aus dem Angebot von {o} übernommen.)"],
        "fr": [f"(Cet article est repris tel quel du fil de {o}.)"],
        "es": [f"(Esta nota fue reproducida sin cambios del servicio de {o}.)"],
    }
    line = c.by_lang(w)
    inner = line[1:-1]
    return [(line, "syndication_notice", [("syndication", inner, inner), ("publisher", o, o, [c.outlet_host])])]


def originally_appeared(c: Ctx) -> Out:
    o = c.outlet
    w = {
        "en": [f"This article originally appeared on {o}.", f"This story was first published by {o} and is republished here with permission.",
               f"Originally posted at {o}", f"First published on {o}", f"Via {o}", f"This piece first ran in {o}.",
               f"A version of this story appeared in {o}", f"Originally published by {o} — reproduced with permission"],
        "de": [f"Dieser Artikel erschien zuerst bei {o}.", f"Zuerst veröffentlicht bei {o}"],
        "fr": [f"Cet article a été publié initialement sur {o}.", f"Article paru d'abord dans {o}"],
        "es": [f"Este artículo fue publicado originalmente en {o}.", f"Publicado originalmente por {o}"],
    }
    return [(c.by_lang(w), "originally_appeared", [("publisher", o, o, [c.outlet_host])])]


def aggregator_disclaimer(c: Ctx, named: bool = True) -> Out:
    a = c.aggregator
    e = "[email protected]"
    named_w = {
        "en": [f"{a} is a news aggregator. All content belongs to its respective owners; write to {e} for removal.",
               f"Disclaimer: This post was automatically fetched from an RSS feed. {a} does not claim ownership of it and will take it down on request.",
               f"Note from {a}: we collect stories from across the web automatically. If you own this content and want it removed, contact us and we will act within 48 hours.",
               f"{a} only curates headlines from public feeds; rights remain with the original publisher.",
               f"DISCLAIMER: {a} is an automated news-indexing service. Copyrighted material is shown for information only and is removed on complaint.",
               f"All articles on {a} are gathered by software from third-party sources; we are not responsible for their accuracy."],
        "de": [f"Hinweis: {a} ist ein automatischer Nachrichtensammler. Alle Inhalte gehören den jeweiligen Rechteinhabern."],
        "fr": [f"Avertissement : {a} est un agrégateur automatique d'actualités. Les contenus appartiennent à leurs auteurs."],
        "es": [f"Aviso: {a} es un agregador automático de noticias. Los contenidos pertenecen a sus respectivos dueños."],
    }
    anon_w = {
        "en": ["This website is an automated aggregator of the world's media; all materials belong to their authors.",
               f"Disclaimer: this page was generated automatically from a public feed. Rights holders may request removal at {e}.",
               "We do not own this content. It was pulled automatically from its source and will be removed on request within 24 hours.",
               "Content on this page is auto-imported; the site owner is not responsible for third-party articles."],
        "de": ["Dieser Beitrag wurde automatisch aus einem öffentlichen Feed übernommen. Alle Rechte liegen bei den Urhebern."],
        "fr": ["Ce contenu a été importé automatiquement depuis un flux public ; tous droits réservés à leurs auteurs."],
        "es": ["Este contenido fue importado automáticamente de un canal público; los derechos pertenecen a sus autores."],
    }
    if named and not c.nofacts:
        line = c.by_lang(named_w)
        return [(line, "aggregator_disclaimer", [("aggregator", a, a)])]
    return [(c.by_lang(anon_w), "aggregator_disclaimer", [])]


def legal_disclaimer(c: Ctx) -> Out:
    if c.lang == "en":
        by_topic = {
            "crypto": ["Not financial advice. Crypto assets are volatile; always do your own research before investing.",
                       "DISCLAIMER: Trading digital assets involves risk. Past performance is no guarantee of future results.",
                       "The information on this page is for general purposes only and should not be taken as investment advice.",
                       "Disclosure: the author holds no positions in the tokens mentioned.",
                       "This article contains affiliate links; we may earn a commission at no extra cost to you."],
            "exam": ["Exam dates are subject to change; candidates should confirm them with the official board notification.",
                     "Disclaimer: We are not affiliated with any board or commission. Always verify results on the official website.",
                     "Note: this is an unofficial portal; the information is shared for the convenience of students."],
        }
        if c.topic in by_topic:
            return [(c.pick(by_topic[c.topic]), "legal_disclaimer", [])]
    w = {
        "en": ["Disclaimer: The views expressed in this article are the author's own and do not necessarily reflect those of the publication.",
               "The content of this page is provided for general information and does not constitute professional advice.",
               "Not financial advice. Crypto assets are volatile; always do your own research before investing.",
               "The information on this page is for general purposes only and should not be taken as investment advice.",
               "DISCLAIMER: Trading digital assets involves risk. Past performance is no guarantee of future results.",
               "This article contains affiliate links; we may earn a commission at no extra cost to you.",
               "Exam dates are subject to change; candidates should confirm them with the official board notification.",
               "Opinions expressed by contributors are their own.",
               "Disclosure: the author holds no positions in the tokens mentioned."],
        "de": ["Haftungsausschluss: Dieser Artikel stellt keine Anlageberatung dar.", "Die Meinung des Autors muss nicht der Meinung der Redaktion entsprechen."],
        "fr": ["Avertissement : cet article ne constitue pas un conseil en investissement.", "Les propos tenus n'engagent que leur auteur."],
        "es": ["Aviso legal: este contenido no constituye asesoría financiera.", "Las opiniones expresadas son responsabilidad exclusiva de su autor."],
    }
    return [(c.by_lang(w), "legal_disclaimer", [])]


def copyright_notice(c: Ctx, named: bool = True) -> Out:
    y = c.t.year
    s = c.site
    if named and not c.nofacts:
        w = {
            "en": [f"© {y} {s}. All rights reserved.", f"Copyright © {y - 3}–{y} {s} | Powered by WordPress",
                   f"(c) {s} {y}", f"All Rights Reserved {y} © {s}", f"© Copyright {y}, {s}", f"COPYRIGHT {y} {s.upper()}. ALL RIGHTS RESERVED.",
                   f"{s} © {y} — Designed by the in-house web team", f"© {s}, {y}. Reproduction without permission prohibited."],
            "de": [f"© {s} {y} – Alle Rechte vorbehalten", f"Copyright © {y} {s}"],
            "fr": [f"Tous droits réservés © {s} {y}", f"© {y} {s} – tous droits réservés"],
            "es": [f"© {y} {s}. Todos los derechos reservados.", f"Copyright © {y} {s}"],
        }
        line = c.by_lang(w)
        facts: list[tuple[Any, ...]] = []
        if c.site_fact:
            ev = s.upper() if s.upper() in line and s not in line else s
            facts.append(("site_name", s, ev))
        return [(line, "copyright_notice", facts)]
    w2 = {"en": ["© All rights reserved.", "Copyright ©. All Rights Reserved.", f"© {y}", "All content copyright of the respective owners."],
          "de": ["© Alle Rechte vorbehalten."], "fr": ["© Tous droits réservés."], "es": ["© Todos los derechos reservados."]}
    return [(c.by_lang(w2), "copyright_notice", [])]


def republish_notice(c: Ctx) -> Out:
    w = {
        "en": ["No part of this story may be reproduced without written permission.",
               "Republishing this article in whole or in part is prohibited without prior consent of the editor.",
               "You can republish this article for free under a Creative Commons licence; see our republishing guidelines.",
               "Content on this page is for personal use only; commercial redistribution requires a licence.",
               "This material is protected and may not be copied, rebroadcast or posted elsewhere.",
               "Unauthorised reproduction of this content will attract legal action.",
               "Reuse of this article requires attribution and a link back to this page.",
               "Not for redistribution."],
        "de": ["Nachdruck nur mit Genehmigung der Redaktion.", "Vervielfältigung nur mit schriftlicher Zustimmung."],
        "fr": ["Reproduction interdite sans autorisation.", "Toute reproduction, même partielle, est interdite."],
        "es": ["Prohibida la reproducción total o parcial sin autorización.", "Queda prohibida su redistribución."],
    }
    return [(c.by_lang(w), "republish_notice", [])]


# ------------------------------------------------------------------ people, dates, tags


def byline(c: Ctx, with_date: bool = False, agency_in: bool = False) -> tuple[Out, Any]:
    names = c.authors
    if len(names) == 2:
        joiner = {"en": " and ", "de": " und ", "fr": " et ", "es": " y "}[c.lang]
        who = names[0] + joiner + names[1]
    else:
        who = names[0]
    pre = {
        "en": ["By ", "BY ", "Written by ", "Reporter: ", "Story by ", "✍️ ", "by ", "Words: ", "Report by "],
        "de": ["Von ", "VON ", "Ein Artikel von ", "Autor: "],
        "fr": ["Par ", "PAR ", "Auteur : "],
        "es": ["Por ", "POR ", "Redacción: ", "Escrito por "],
    }
    p = c.by_lang(pre)
    upper = p.isupper() and c.rng.random() < 0.5
    who_txt = who.upper() if upper else who
    line = p + who_txt
    facts: list[tuple[Any, ...]] = []
    pos = 0
    for nm in names:
        ev = nm.upper() if upper else nm
        i = line.find(ev, pos)
        facts.append(("authors", nm, ev, [], i))
        pos = i + len(ev)
    if agency_in and c.agency:
        a = c.agency
        line += c.pick([f", {a}", f" | {a}", f" ({a})", f" — {a}"])
        facts.append(agency_fact(a, a))
    if c.rng.random() < 0.25 and c.lang == "en" and not agency_in:
        role = c.pick([", Staff Reporter", " | Senior Correspondent", ", Our Correspondent", " · Sports Desk", ", Special Correspondent"])
        line += role
    pub = None
    if with_date:
        ds = fmt_date(c.rng, c.t, c.lang, c.region, want_time=c.rng.random() < 0.8)
        sep = c.pick([" | ", " · ", " — ", ", ", "  ", " • "])
        lab = c.by_lang({"en": ["", "", "Published ", "Updated: "], "de": ["", "Veröffentlicht am "], "fr": ["", "Publié le "], "es": ["", "Publicado el "]})
        key = "updated" if lab.startswith("Updated") else "published"
        line = line + sep + lab + ds.text
        facts.append((key, ds.value, ds.text, ds.aliases, len(line) - len(ds.text)))
        pub = (key, ds)
    return [(line, "byline", facts)], pub


def desk_byline(c: Ctx) -> Out:
    w = {"en": ["By Web Desk", "News Desk", "By Our Staff Reporter", "Web Desk", "By Sports Desk", "Staff Report",
                "By Online Desk", "By Entertainment Desk", "By News Team"],
         "de": ["Von unserer Redaktion", "Redaktion"], "fr": ["Par la rédaction", "La rédaction"], "es": ["Por Redacción", "Redacción"]}
    return [(c.by_lang(w), "byline", [])]


DATE_LABELS = {
    "en": {"published": ["Published: ", "Posted On: ", "Date: ", "PUBLISHED ON ", "First published: ", "Uploaded on ",
                         "Published on ", "Posted: ", "🗓 Published ", "Date Posted: "],
           "updated": ["Last Updated: ", "Updated ", "Updated on ", "Last modified: ", "UPDATED: ", "Modified on ",
                       "Last edited ", "⟳ Updated "]},
    "de": {"published": ["Veröffentlicht am ", "Erstellt: ", "Veröffentlicht: "],
           "updated": ["Aktualisiert: ", "Zuletzt aktualisiert am ", "Aktualisiert am "]},
    "fr": {"published": ["Publié le ", "Publié : "], "updated": ["Mis à jour le ", "Modifié le ", "Mis à jour : "]},
    "es": {"published": ["Publicado: ", "Fecha de publicación: ", "Publicado el "],
           "updated": ["Actualizado: ", "Última actualización: ", "Modificado el "]},
}


def date_line(c: Ctx, key: str = "published", t: Any = None, both: bool = False, want_time: bool | None = None) -> Out:
    t = t or c.t
    wt = c.rng.random() < 0.8 if want_time is None else want_time
    ds = fmt_date(c.rng, t, c.lang, c.region, want_time=wt)
    lab = c.pick(DATE_LABELS[c.lang][key])
    line = lab + ds.text
    facts: list[tuple[Any, ...]] = [(key, ds.value, ds.text, ds.aliases, len(lab))]
    if both:
        import datetime as _dt
        t2 = t + _dt.timedelta(hours=c.rng.randint(1, 30), minutes=c.rng.choice([3, 17, 40]))
        ds2 = fmt_date(c.rng, t2, c.lang, c.region, want_time=True)
        lab2 = c.pick(DATE_LABELS[c.lang]["updated"])
        line = line + c.pick([" | ", " · ", "  ", " / "]) + lab2 + ds2.text
        facts.append(("updated", ds2.value, ds2.text, ds2.aliases, len(line) - len(ds2.text)))
    return [(line, "date_line", facts)]


def photo_caption(c: Ctx) -> Out:
    w = {
        "en": ["Students check their results outside the board office on Thursday.",
               "FILE PHOTO: Commuters wait at a bus stop during the morning rush hour.",
               "Representational image", "A view of the flooded road after overnight rain.",
               "▲ Supporters gather outside the venue ahead of the announcement.",
               "Officials address a news conference. (File)",
               "The image has been used for illustrative purposes only.",
               "Fans cheer from the stands during the match.",
               "In this photo taken last year, volunteers distribute relief packs in the district.",
               "Image for representation (Pixabay)"],
        "de": ["Symbolbild", "Einsatzkräfte am Ufer des Flusses am Dienstagmorgen.", "Archivbild: Der Bahnhof im Berufsverkehr."],
        "fr": ["Illustration", "Des habitants devant la mairie, mardi matin.", "Photo d'archive : le port au petit matin."],
        "es": ["Imagen ilustrativa", "Vecinos observan los daños este martes.", "Foto de archivo: la terminal en hora pico."],
    }
    return [(c.by_lang(w), "photo_caption", [])]


PHOTOGRAPHERS = ["Rizwan Tabassum", "Munir uz Zaman", "Ishara S. Kodikara", "Prakash Mathema", "Tony Karumba",
                 "Ricardo Makyn", "Andrew Vaughan", "Niall Carson", "Marty Melville", "Ted Aljibe", "Yuri Cortez",
                 "Sven Hoppe", "Damien Meyer", "Juan Mabromata", "Sajjad Hussain", "Kemal Sinha"]


def photo_credit(c: Ctx, agency: str | None = None) -> Out:
    name = c.pick(PHOTOGRAPHERS)
    a = agency
    if a:
        val_forms = [f"{name}/{a}", f"{name} / {a}", f"{a}/{name}", f"{a}"]
        val = c.pick(val_forms)
    else:
        val = c.pick([name, "Supplied", "File", f"{c.site} / {name}" if c.site else name, "Social media", "Handout", "Ministry of Information", f"{name}/EPA"])
    lab = c.by_lang({"en": ["Photo: ", "PHOTO: ", "Credit: ", "Image: ", "Photograph: ", "Picture: ", "Pic: ", "📷: ", "Image credit: ", "Photo courtesy: "],
                     "de": ["Foto: ", "Bild: ", "© Foto: "], "fr": ["Photo : ", "Crédit photo : ", "© Photo "],
                     "es": ["Foto: ", "FOTO: ", "Crédito: ", "Imagen: "]})
    line = lab + val
    if c.rng.random() < 0.25:
        line = f"({line})"
    facts: list[tuple[Any, ...]] = [("photo_credit", val, val)]
    if a:
        facts.append(agency_fact(a, a))
    return [(line, "photo_credit", facts)]


def tag_list(c: Ctx) -> Out:
    hdr = c.by_lang({"en": ["Tags", "TAGS:", "Topics", "Tagged in", "Related topics", "Tags:", "🏷 Tags", "KEYWORDS"],
                     "de": ["Schlagwörter", "Themen:", "Schlagworte"], "fr": ["Mots-clés", "Thèmes :", "Tags"],
                     "es": ["Etiquetas", "Temas:", "Tags"]})
    out: Out = [(hdr, "tag_list_header", [])]
    bullet = c.pick(["", "", "#", "• ", "- ", "› "])
    for tg in c.tags:
        out.append((f"{bullet}{tg}", "tag_item", [("tags", tg, tg)]))
    return out


def tag_line(c: Ctx) -> Out:
    form = c.rng.randrange(7)
    tags = c.tags
    if form == 0:
        lab, sep = c.by_lang({"en": ["Tags: ", "Topics: ", "Tagged: ", "Keywords: "], "de": ["Schlagworte: ", "Themen: "],
                              "fr": ["Mots-clés : ", "Sujets : "], "es": ["Etiquetas: ", "Temas: "]}), ", "
    elif form == 1:
        lab, sep = "", " "
        tags_txt = ["#" + t.replace(" ", "") for t in tags]
        line = " ".join(tags_txt)
        facts = []
        pos = 0
        for t, tt in zip(tags, tags_txt):
            ev = tt[1:]
            i = line.find(ev, pos)
            facts.append(("tags", ev, ev, [tt, t], i))
            pos = i + len(ev)
        return [(line, "tag_line", facts)]
    elif form == 2:
        lab, sep = "🏷 ", " · "
    elif form == 3:
        lab, sep = "Tags ", " | "
    elif form == 4:
        lab, sep = c.by_lang({"en": ["Filed in: "], "de": ["Schlagwörter: "], "fr": ["Tags : "], "es": ["Etiquetas: "]}), " / "
    elif form == 5:
        lab, sep = "TAGS » ", ", "
    else:
        lab, sep = c.by_lang({"en": ["More on: "], "de": ["Mehr zu: "], "fr": ["Plus sur : "], "es": ["Más sobre: "]}), ", "
    line = lab + sep.join(tags)
    facts = []
    pos = len(lab)
    for t in tags:
        i = line.find(t, pos)
        facts.append(("tags", t, t, [], i))
        pos = i + len(t)
    return [(line, "tag_line", facts)]


def author_bio(c: Ctx, name: str) -> Out:
    hdr = c.by_lang({"en": ["About the Author", "ABOUT THE WRITER", "About the author", "Author", "Meet the author"],
                     "de": ["Über den Autor", "Zur Autorin"], "fr": ["À propos de l'auteur", "L'auteur"], "es": ["Sobre el autor", "Acerca del autor"]})
    en_bios = {
        "crypto": [f"{name} has written about crypto markets since 2017 and previously worked at a fintech start-up.",
                   f"{name} is a markets analyst covering Bitcoin, DeFi and digital-asset regulation."],
        "exam": [f"{name} covers education and exam news. Send tips via the contact page."],
        "showbiz": [f"{name} is our entertainment correspondent and a big fan of 90s dramas."],
        "general": [f"{name} is a senior reporter covering courts, crime and city politics.",
                    f"{name} reports on weather, climate and disasters for the digital desk.",
                    f"{name} has covered local government and transport for more than a decade.",
                    f"{name} joined the newsroom in 2019 and writes about business and the economy."],
    }
    bios = {
        "en": en_bios.get(c.topic, en_bios["general"]),
        "de": [f"{name} ist Redakteur im Ressort Lokales und schreibt über Verkehr und Stadtentwicklung."],
        "fr": [f"{name} est journaliste au service Région depuis 2015."],
        "es": [f"{name} es periodista de la sección Ciudad y cubre temas de movilidad."],
    }
    return [(hdr, "author_bio", []), (c.by_lang(bios), "author_bio", [])]


# ------------------------------------------------------------------ headline lists


LIST_HEADERS = {
    "related": {"en": ["Related", "RELATED STORIES", "Related Articles", "Read Next", "See Also", "Related Posts:", "More on this story",
                       "Related News", "READ NEXT ➜"],
                "de": ["Verwandte Artikel", "Mehr zum Thema", "Das könnte Sie auch interessieren"], "fr": ["Articles liés", "Sur le même sujet", "À lire également"],
                "es": ["Noticias relacionadas", "Relacionadas", "Te puede interesar"]},
    "ranking": {"en": ["Most Read", "Most Popular", "Popular Posts", "Top 10", "Most Viewed This Week", "MOST READ TODAY", "Popular Now", "Top Stories 🔝"],
                "de": ["Meistgelesen", "Die meistgelesenen Artikel"], "fr": ["Les plus lus", "Les plus populaires"], "es": ["Lo más leído", "Lo más visto"]},
    "recommendation": {"en": ["Recommended", "Editor's Picks", "Don't Miss", "Recommended for you", "Must Read", "Our picks", "EDITOR'S CHOICE", "Don’t miss these"],
                       "de": ["Empfehlungen der Redaktion", "Nicht verpassen"], "fr": ["À ne pas manquer", "Notre sélection"], "es": ["Recomendados", "No te lo pierdas"]},
    "trending": {"en": ["Trending Now", "What's Hot", "🔥 Trending", "Trending in the region", "Viral", "Hot Topics", "TRENDING", "Buzzing"],
                 "de": ["Im Trend", "Gerade beliebt"], "fr": ["Tendances", "En ce moment"], "es": ["Tendencias", "Lo último en redes"]},
    "more_stories": {"en": ["More Stories", "Latest News", "Recent Posts", "More from this section", "Latest Updates", "In Other News", "MORE HEADLINES", "Also on the site"],
                     "de": ["Neueste Artikel", "Weitere Nachrichten", "Aktuelle Meldungen"], "fr": ["Dernières actualités", "Autres articles", "Fil info"],
                     "es": ["Últimas noticias", "Más noticias", "Lo último"]},
    "you_may_also_like": {"en": ["YOU MIGHT ALSO LIKE", "Readers also liked", "You May Like", "Also worth reading", "Might interest you", "You'll also like"],
                          "de": ["Das könnte Sie auch interessieren", "Auch interessant"], "fr": ["Vous aimerez aussi", "Vous pourriez aimer"],
                          "es": ["También te puede gustar", "Quizás te interese"]},
}


def headline_list(c: Ctx, which: str, n: int | None = None, bullets: str | None = None) -> Out:
    hdr = c.by_lang(LIST_HEADERS[which])
    if which == "you_may_also_like":
        hkind, ikind = "you_may_also_like", "related_item"
    else:
        hkind, ikind = f"{which}_header", f"{which}_item"
    out: Out = [(hdr, hkind, [])]
    k = c.rng.randint(2, 6) if n is None else n
    pool = [h for h in c.headlines if h != c.title]
    items = c.rng.sample(pool, min(k, len(pool)))
    b = bullets if bullets is not None else c.pick(["", "", "- ", "• ", "* ", "→ ", "» ", "▪ ", "1.", "1)"])
    for i, h in enumerate(items, 1):
        pre = f"{i}. " if b == "1." else f"{i}) " if b == "1)" else b
        suf = c.pick(["", "", "", f" {c.rng.randint(1, 11)} hours ago", " (Video)", f" — {c.rng.randint(2, 59)} mins ago", " 📸"]) if c.lang == "en" else ""
        out.append((f"{pre}{h}{suf}", ikind, []))
    return out


def headline_run(c: Ctx, n: int | None = None) -> Out:
    pool = [h for h in c.headlines if h != c.title]
    k = c.rng.randint(3, 7) if n is None else n
    return [(h, "headline_run_item", []) for h in c.rng.sample(pool, min(k, len(pool)))]


def also_read(c: Ctx) -> Out:
    h = c.pick([x for x in c.headlines if x != c.title])
    w = {"en": [f"Also Read: {h}", f"ALSO READ | {h}", f"Read also: {h}", f"SEE ALSO: {h}", f"Also read → {h}",
                f"ALSO CHECK: {h}", f"Check also: {h}", f"READ: {h}", f"Also Read - {h}", f"📖 Also read: {h}"],
         "de": [f"Lesen Sie auch: {h}", f"Auch interessant: {h}", f"LESEN SIE AUCH ▶ {h}"],
         "fr": [f"À lire aussi : {h}", f"LIRE AUSSI. {h}", f"À voir aussi : {h}"],
         "es": [f"Lee también: {h}", f"LEA TAMBIÉN: {h}", f"También lee | {h}"]}
    return [(c.by_lang(w), "also_read", [])]


def prev_next(c: Ctx) -> Out:
    hs = c.rng.sample([x for x in c.headlines if x != c.title], 2)
    w = {"en": [["« Previous Post", "Next Post »"], [f"Previous article: {hs[0]}", f"Next article: {hs[1]}"],
                [f"← {hs[0]}", f"{hs[1]} →"], ["← Older", "Newer →"], ["PREV", "NEXT"],
                [f"Previous: {hs[0]}", f"Next: {hs[1]}"], [f"NEXT STORY: {hs[1]}"], [f"Prev Post {hs[0]}", f"Next Post {hs[1]}"]],
         "de": [["Vorheriger Artikel", "Nächster Artikel"], [f"« {hs[0]}", f"{hs[1]} »"]],
         "fr": [["Article précédent", "Article suivant"], [f"Précédent : {hs[0]}", f"Suivant : {hs[1]}"]],
         "es": [["Artículo anterior", "Artículo siguiente"], [f"Anterior: {hs[0]}", f"Siguiente: {hs[1]}"]]}
    return [(x, "prev_next_link", []) for x in c.by_lang(w)]


THEMES = ["Kestrel Mag", "PaperLark", "Newsify Pro", "Zinnia Magazine", "Headliner WP", "Morning Daily",
          "TribuneX", "Banyan News", "Monsoon Press", "Kiwi Journal"]
PLUGINS = ["AutoFeed Importer", "WP Syndicator Pro", "RSS Pilot", "Feed Weaver", "Content Harvest", "NewsGrab Premium"]


def theme_license_banner(c: Ctx) -> Out:
    th = c.theme
    pl = c.pick(PLUGINS)
    w = {
        "en": [f"⚠ This copy of {th} is not activated. Enter your purchase code under Appearance → Theme Options.",
               f"Theme license is not valid — please register your copy of {th} to unlock demos and support.",
               f"{th}: your license key has expired. Renew now to keep receiving updates.",
               f"Warning: You are using an unlicensed version of the {th} theme.",
               f"Please activate your {pl} licence to remove this notice.",
               f"Notice: {pl} Premium licence inactive. Automatic updates are disabled.",
               f"UNREGISTERED VERSION OF {th.upper()} — PLEASE ACTIVATE YOUR LICENSE",
               f"The {th} theme requires a valid license key. Go to Dashboard > {th} > Registration.",
               f"Your {pl} trial has ended. Upgrade to a paid licence to keep importing posts.",
               f"{th} licence verification failed for this domain."],
        "de": [f"Lizenz für das Theme {th} nicht aktiviert – bitte Lizenzschlüssel eingeben.", f"{pl}: Ihre Lizenz ist abgelaufen."],
        "fr": [f"Licence du thème {th} non valide. Veuillez activer votre copie.", f"{pl} : votre licence a expiré."],
        "es": [f"Licencia del tema {th} no activada. Ingrese su código de compra.", f"{pl}: su licencia ha caducado."],
    }
    return [(c.by_lang(w), "theme_license_banner", [])]
