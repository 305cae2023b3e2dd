"""Invented boilerplate wordings for blind_r, one pool per kind and language.

Templates use slots ``{NAME}`` that the document context resolves (``Ctx.slot``), and ``<<…>>``
to mark the span of a wrapping fact (the syndication notice without its brackets, the photo
credit after its label). Every pool is split by index parity: dev documents draw the even
entries, test documents the odd ones, so dev and test never share a wording.
"""

from __future__ import annotations

W: dict[str, dict[str, list]] = {}


def pool(kind, **langs):
    W[kind] = langs


# ------------------------------------------------------------------ head of the page
pool("skip_link",
     en=["Skip to content", "Skip to main content", "Jump to navigation", "Skip to article",
         "[Skip to content]", "Go to main content", "Skip navigation", "Skip to the story"],
     de=["Zum Inhalt springen", "Direkt zum Inhalt", "Zur Navigation springen", "Zum Hauptinhalt"],
     fr=["Aller au contenu", "Passer au contenu principal", "Aller au contenu principal",
         "Accéder au contenu"],
     es=["Saltar al contenido", "Ir al contenido principal", "Saltar a la navegación",
         "Pasar al contenido"])

pool("theme_license_banner",
     en=["{THEME} theme is not activated. Please enter your license key in the theme options panel.",
         "This site runs an unregistered copy of {THEME}. Activate your licence to remove this message.",
         "Warning: the {PLUGIN} trial has expired – upgrade to Pro to hide this notice.",
         "Thank you for installing {THEME}! Please activate the theme to unlock all demos and updates.",
         "{PLUGIN}: no valid purchase code found. Some features are disabled until you register.",
         "Theme license missing — {THEME} will stop receiving updates. Register now",
         "Your {THEME} subscription has lapsed. Renew to keep premium blocks working.",
         "Notice from {PLUGIN}: feed import limit reached on the free plan."],
     de=["Bitte aktivieren Sie Ihre Lizenz für {THEME}, um diese Meldung auszublenden.",
         "{PLUGIN}: Kein gültiger Lizenzschlüssel hinterlegt."],
     fr=["Veuillez activer votre licence {THEME} pour supprimer ce message.",
         "{PLUGIN} : la clé de licence est invalide ou expirée."],
     es=["Activa tu licencia de {THEME} para quitar este aviso.",
         "{PLUGIN}: la licencia no está registrada."])

COOKIE_TEXT = {
    "en": ["This website stores small data files on your device to remember your settings and measure traffic. You can change your choice at any time under Privacy Settings.",
           "We and our {N} partners store and access information on your device, such as cookies, to personalise content and analyse how our pages are used.",
           "By continuing to browse {SITE} you agree to our use of cookies and similar technologies.",
           "Cookies help us deliver this service. Some are essential; others let us understand readership. None are used to sell your data.",
           "Your privacy matters to us. We use tracking pixels and cookies for analytics and advertising. Read our Cookie Statement to learn more.",
           "This site uses cookies. Continued use means you accept them. Find out more",
           "Notice: we place cookies to keep you signed in and to count visits.",
           "🍪 Yes, we use cookies too — to make the site work and to see which stories you read."],
    "de": ["Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren und Zugriffe zu analysieren.",
           "Diese Website nutzt Cookies. Mit der weiteren Nutzung stimmen Sie dem zu.",
           "Um unser Angebot zu verbessern, speichern wir Informationen auf Ihrem Gerät. Details finden Sie in unserer Datenschutzerklärung.",
           "Cookies erleichtern die Bereitstellung unserer Dienste. Ihre Auswahl können Sie jederzeit widerrufen."],
    "fr": ["Nous utilisons des cookies pour mesurer l'audience et vous proposer des contenus adaptés.",
           "En poursuivant votre navigation, vous acceptez le dépôt de traceurs sur votre terminal.",
           "Ce site utilise des cookies pour fonctionner correctement. Vous pouvez modifier vos choix à tout moment.",
           "Vos données, vos choix : nous et nos partenaires stockons des informations sur votre appareil."],
    "es": ["Utilizamos cookies propias y de terceros para analizar el tráfico y mostrarle publicidad.",
           "Si continúa navegando, consideramos que acepta el uso de cookies.",
           "Este sitio web usa cookies para mejorar su experiencia. Puede configurarlas o rechazarlas.",
           "Nosotros y nuestros socios almacenamos información en su dispositivo."],
}
COOKIE_BUTTONS = {
    "en": ["Accept all", "Reject non-essential", "Manage preferences", "Got it!", "I agree",
           "Cookie settings", "Allow selection", "Decline", "OK, understood", "Customise",
           "Accept & close", "Necessary only"],
    "de": ["Alle akzeptieren", "Einstellungen", "Nur notwendige", "Zustimmen", "Ablehnen",
           "Auswahl speichern"],
    "fr": ["Tout accepter", "Continuer sans accepter", "Paramétrer", "J'accepte", "Refuser",
           "Personnaliser"],
    "es": ["Aceptar todas", "Rechazar", "Configurar", "Aceptar", "Más información",
           "Guardar preferencias"],
}
COOKIE_HEAD = {"en": ["Cookie consent", "We value your privacy", "Privacy notice", "Cookies on this site"],
               "de": ["Datenschutzeinstellungen", "Cookie-Hinweis"],
               "fr": ["Gestion des cookies", "Respect de votre vie privée"],
               "es": ["Aviso de cookies", "Configuración de privacidad"]}

NAV = {
    "en": [["Home", "World", "Business", "Tech", "Sport", "Opinion"],
           ["News", "Local", "Politics", "Money", "Weather", "Video"],
           ["Latest", "UK", "Europe", "Science", "Culture", "Travel"],
           ["Main", "National", "Markets", "Health", "Lifestyle", "Podcasts"],
           ["Top Stories", "Crime", "Education", "Environment", "Obituaries"],
           ["Front Page", "Region", "Economy", "Arts", "Motoring", "Jobs"]],
    "de": [["Startseite", "Politik", "Wirtschaft", "Sport", "Kultur"],
           ["Start", "Region", "Panorama", "Wissen", "Reise"]],
    "fr": [["Accueil", "Politique", "Économie", "Sport", "Culture"],
           ["Actu", "Régions", "Monde", "Sciences", "Vidéos"]],
    "es": [["Portada", "España", "Internacional", "Economía", "Deportes"],
           ["Inicio", "Local", "Opinión", "Cultura", "Vídeos"]],
}
NAV_SEP = [" | ", " · ", "  ", "", " / ", " • "]  # "" = glued

pool("section_label",
     en=["{SEC}", "Category: {SEC}", "{SECU}", "Filed under: {SEC}", "» {SEC}", "Posted in {SEC}",
         "SECTION — {SEC}", "Topic: {SEC}"],
     de=["{SEC}", "Rubrik: {SEC}", "{SECU}", "Ressort: {SEC}"],
     fr=["{SEC}", "Rubrique : {SEC}", "{SECU}", "Catégorie : {SEC}"],
     es=["{SEC}", "Sección: {SEC}", "{SECU}", "Categoría: {SEC}"])

BREAD = {"en": [("Home", " » "), ("Home", " / "), ("Home", " > "), ("You are here: Home", " › "),
                ("Start", " → "), ("Main", " :: ")],
         "de": [("Startseite", " > "), ("Home", " » "), ("Sie sind hier: Startseite", " › "), ("Start", " / ")],
         "fr": [("Accueil", " > "), ("Accueil", " » "), ("Vous êtes ici : Accueil", " / "), ("Une", " › ")],
         "es": [("Inicio", " / "), ("Portada", " > "), ("Está en: Inicio", " » "), ("Home", " › ")]}
BREAD_MID = {"en": ["News", "Latest", "Stories", "Articles"], "de": ["Nachrichten", "Aktuelles"],
             "fr": ["Actualités", "Infos"], "es": ["Noticias", "Actualidad"]}

TITLE_SEP = [" – ", " | ", " - ", " — ", " :: ", " · ", " -", " » ", " ‹ ", " // "]

pool("byline",
     en=["By {AUTH}", "BY {AUTHU}", "Written by {AUTH}", "By {AUTH}, {AG}", "Story by {AUTH}",
         "Author: {AUTH}", "By {AUTH} and {AUTH2}", "{AUTH} | {AG}", "Words by {AUTH}",
         "By {AUTH} · Staff writer", "Reported by {AUTH}", "Posted by {AUTH}"],
     de=["Von {AUTH}", "Autor: {AUTH}", "Von {AUTH}, {AG}", "Ein Beitrag von {AUTH}"],
     fr=["Par {AUTH}", "Par {AUTH} avec {AG}", "Auteur : {AUTH}", "{AUTH} (avec {AG})"],
     es=["Por {AUTH}", "Autor: {AUTH} ({AG})", "Escrito por {AUTH}", "{AUTH} | {AG}"])

# date lines: labels for published / updated and whole-line shapes
pool("date_pub",
     en=["Published: {D}", "Posted on {D}", "Date: {D}", "First published {D}", "Published on {D}",
         "Pub. date: {D}", "Posted {D}", "Released: {D}", "Published {REL} · {D}", "Filed {D}",
         "{D}", "Originally posted: {D}", "Published {REL} ({D})", "Story date — {D}"],
     de=["Veröffentlicht am {D}", "Erstellt: {D}", "Datum: {D}", "Erschienen am {D}",
         "{D}", "Veröffentlicht: {D}"],
     fr=["Publié le {D}", "Paru le {D}", "Date de publication : {D}", "Mis en ligne le {D}",
         "{D}", "Publié {REL} - le {D}"],
     es=["Publicado el {D}", "Fecha: {D}", "Publicado: {D}", "Creado: {D}", "{D}",
         "Publicado {REL}, el {D}"])
pool("date_upd",
     en=["Updated: {D}", "Last modified: {D}", "Last updated {D}", "Updated on {D}", "Modified {D}",
         "Revised: {D}", "Page updated {D}", "UPDATED {D}", "Updated {REL} — {D}", "Last edit: {D}",
         "Updated {D} ({REL})", "Changed: {D}"],
     de=["Aktualisiert am {D}", "Stand: {D}", "Zuletzt aktualisiert: {D}", "Geändert am {D}"],
     fr=["Mis à jour le {D}", "Dernière mise à jour : {D}", "Modifié le {D}", "Actualisé le {D}"],
     es=["Actualizado: {D}", "Última actualización: {D}", "Modificado el {D}", "Actualizado el {D}"])
pool("date_both",
     en=["Published {DP} | Updated {DU}", "Posted: {DP} · Last modified: {DU}",
         "{DP} (updated {DU})", "First published on {DP}; last updated {DU}",
         "Published: {DP} Updated: {DU}", "Created {DP} — Revised {DU}"],
     de=["Veröffentlicht am {DP}, aktualisiert am {DU}", "Erstellt: {DP} | Stand: {DU}"],
     fr=["Publié le {DP}, mis à jour le {DU}", "Publié le {DP} · Modifié le {DU}"],
     es=["Publicado el {DP} | Actualizado el {DU}", "Creado: {DP} · Actualizado: {DU}"])
REL = {"en": ["3 hours ago", "yesterday", "2 days ago", "45 minutes ago", "last week", "an hour ago",
              "5 hrs ago", "this morning"],
       "de": ["vor 3 Stunden", "gestern", "vor 2 Tagen", "vor einer Stunde"],
       "fr": ["il y a 3 heures", "hier", "il y a 2 jours", "il y a une heure"],
       "es": ["hace 3 horas", "ayer", "hace 2 días", "hace una hora"]}
pool("date_rel",  # relative-only lines: date_line boilerplate without a fact
     en=["Updated {REL}", "Posted {REL}", "Published {REL}", "Last updated: {REL}", "{REL}",
         "Edited {REL}"],
     de=["Aktualisiert {REL}", "Veröffentlicht {REL}", "{REL}", "Geändert {REL}"],
     fr=["Mis à jour {REL}", "Publié {REL}", "{REL}", "Modifié {REL}"],
     es=["Actualizado {REL}", "Publicado {REL}", "{REL}", "Modificado {REL}"])

pool("reading_time",
     en=["4 min read", "Reading time: 3 minutes", "⏱ 5 min", "Listen to this article",
         "Estimated read: 2 min", "6-minute read", "Listen · 4:12", "Read in 3 min",
         "7 MIN READ", "Time to read: about 4 minutes"],
     de=["Lesezeit: 3 Minuten", "3 Min. Lesezeit", "Artikel anhören", "Lesedauer: ca. 4 Min."],
     fr=["Lecture : 4 min", "Temps de lecture : 3 minutes", "Écouter cet article", "3 min de lecture"],
     es=["Lectura: 3 min", "Tiempo de lectura: 4 minutos", "Escuchar noticia", "4 min de lectura"])

pool("ui_word",
     en=["More", "Less", "View", "Show more", "Expand", "Close", "Menu", "Search", "Print",
         "Listen", "Save", "A+ A-", "Load more", "×", "Toggle navigation", "Font size"],
     de=["Mehr", "Suche", "Drucken", "Schließen", "Merken", "Menü"],
     fr=["Plus", "Rechercher", "Fermer", "Imprimer", "Menu", "Sauvegarder"],
     es=["Más", "Buscar", "Cerrar", "Imprimir", "Menú", "Guardar"])

SHARE_LINE = {
    "en": ["Share this:", "Share on Facebook", "Facebook Twitter WhatsApp Email", "Share Tweet Pin",
           "FacebookXLinkedInCopy link", "0 Shares", "Share this article", "Share:", "Tweet",
           "Share via Email", "Share0", "🔗 Copy link", "SHARE", "Share on X (Twitter)",
           "Pinterest", "Email this story"],
    "de": ["Teilen", "Artikel teilen", "Auf Facebook teilen", "Link kopieren"],
    "fr": ["Partager", "Partager cet article", "Partager sur Facebook", "Copier le lien"],
    "es": ["Compartir", "Compartir en WhatsApp", "Compartir en Facebook", "Copiar enlace"],
}
SHARE_RUN = {"en": [["Facebook", "Twitter", "LinkedIn", "Email"], ["Share", "WhatsApp", "Telegram", "Copy link"],
                    ["X", "Reddit", "Pinterest", "Print"], ["Share on Facebook", "Share on X", "Share by email"]],
             "de": [["Teilen", "WhatsApp", "E-Mail"], ["Facebook", "X", "Link kopieren"]],
             "fr": [["Partager", "Facebook", "X", "E-mail"], ["WhatsApp", "LinkedIn", "Copier le lien"]],
             "es": [["Compartir", "Facebook", "X", "Email"], ["WhatsApp", "Telegram", "Copiar enlace"]]}

pool("stray_id", en=["UNIQID", "MD5", "POSTID", "HEXSHORT", "UUID", "NUMID"])

# ------------------------------------------------------------------ inside the article
pool("advertisement_label",
     en=["Advertisement", "ADVERTISEMENT", "Story continues below advertisement", "Sponsored",
         "- Advertisement -", "Ad", "Article continues after this ad", "AD",
         "Scroll to continue with content", "Continue reading below", "— ADVERTISEMENT —",
         "Advertisement · Scroll to continue"],
     de=["Anzeige", "ANZEIGE", "Werbung", "Artikel wird nach der Anzeige fortgesetzt"],
     fr=["Publicité", "PUBLICITÉ", "Pub", "La suite après cette publicité"],
     es=["Publicidad", "PUBLICIDAD", "Anuncio", "Sigue leyendo tras el anuncio"])

pool("also_read",
     en=["Also Read: {H}", "ALSO READ | {H}", "Read also: {H}", "RELATED: {H}", "Don't miss: {H}",
         "READ: {H}", "See also: {H}", "MORE: {H}", "Also read — {H}", "Recommended: {H}",
         "You might like: {H}", "READ MORE: {H}"],
     de=["Lesen Sie auch: {H}", "Auch interessant: {H}", "Mehr zum Thema: {H}", "LESEN SIE AUCH | {H}"],
     fr=["À lire aussi : {H}", "LIRE AUSSI - {H}", "Voir aussi : {H}", "À lire également : {H}"],
     es=["Lee también: {H}", "Te puede interesar: {H}", "LEA TAMBIÉN | {H}", "Relacionado: {H}"])

CAPTION = {
    "en": ["A file image shows {THING}.", "FILE PHOTO: {THING} in {CITYT}, {MONTHY}.",
           "Pictured: {THING}.", "{THINGC} on {WEEKDAY}.", "This undated handout picture shows {THING}.",
           "Caption: {THING}.", "In this photo taken last month, {THING}.", "IMAGE: {THING}",
           "A general view shows {THING}.", "Above: {THING}.", "{THINGC}, seen from the air.",
           "An archive photo of {THING}."],
    "de": ["Das Archivbild zeigt {THING}.", "Symbolbild: {THING}.", "Blick auf {THING}.",
           "{THINGC} am {WEEKDAY}."],
    "fr": ["Sur cette image d'archive, {THING}.", "Photo d'illustration : {THING}.",
           "Vue sur {THING}.", "{THINGC}, {WEEKDAY}."],
    "es": ["Imagen de archivo: {THING}.", "Vista de {THING}.", "Foto de archivo: {THING}.",
           "{THINGC}, este {WEEKDAY}."],
}
THINGS = {
    "en": ["a crowd gathering outside the council offices", "the harbour at dusk",
           "officials arriving for the meeting", "traffic backed up on the ring road",
           "volunteers sorting donations", "the new terminal building", "protesters holding placards",
           "a worker inspecting solar panels", "the flooded main street", "students leaving an exam hall",
           "a police cordon near the station", "the factory floor", "shoppers in the old market",
           "a rescue boat on the river", "the stadium before kick-off", "a farmer checking his crop"],
    "de": ["das Rathaus am Abend", "Pendler am Hauptbahnhof", "eine Baustelle an der Autobahn",
           "Demonstranten vor dem Landtag", "die überflutete Uferstraße", "Besucher auf dem Wochenmarkt"],
    "fr": ["la mairie au crépuscule", "des manifestants devant la préfecture", "le port de pêche",
           "un chantier sur la rocade", "des bénévoles au marché", "la gare sous la neige"],
    "es": ["el ayuntamiento al anochecer", "manifestantes frente a la delegación", "el puerto pesquero",
           "una obra en la autovía", "voluntarios en el mercado", "la estación bajo la lluvia"],
}
# labels before a photo credit; the credit itself is built by Ctx.credit()
PHOTO_LABEL = {
    "en": [("Photo: ", ""), ("Image: ", ""), ("Credit: ", ""), ("Photograph: ", ""),
           ("(Photo by ", ")"), ("Picture: ", ""), ("📷 ", ""), ("Image credit: ", ""),
           ("PHOTO: ", ""), ("Pic: ", ""), ("Photo credit — ", ""), ("(Image: ", ")")],
    "de": [("Foto: ", ""), ("Bild: ", ""), ("© ", ""), ("Quelle: ", "")],
    "fr": [("Photo : ", ""), ("Crédit photo : ", ""), ("© ", ""), ("(Photo ", ")")],
    "es": [("Foto: ", ""), ("Fotografía: ", ""), ("© ", ""), ("(Imagen: ", ")")],
}
# credit shapes: AG = agency shown, P = photographer; None-agency shapes use NONAG
CREDIT_AG = ["{P}/{AG}", "{AG} Photo/{P}", "{P} / {AG}", "{AG}/{P}", "{P}/{AG} via Getty Images",
             "{P} ({AG})", "{AG}", "{P}/{AG}/Pool"]
CREDIT_NONAG = ["{P}/Getty Images", "Shutterstock", "{P}/EPA", "Courtesy of {P}", "{P} for {SITE}",
                "Handout", "{P}/Alamy", "Unsplash/{P}", "iStock", "{P}/Pexels"]

pool("newsletter_promo",
     en=["Sign up for our morning briefing — the day's top stories in your inbox.",
         "Get the Evening Digest newsletter free every weekday.", "✉️ Subscribe to our newsletter",
         "Enter your email to get our weekly roundup.", "Like this story? Our free newsletter brings you more.",
         "Join 40,000 readers who get our daily email.", "NEWSLETTER: The 5 things to know, every morning. Sign up now",
         "Want these stories in your inbox? Subscribe here."],
     de=["Newsletter abonnieren", "Melden Sie sich für unseren kostenlosen Newsletter an.",
         "Jeden Morgen die wichtigsten Nachrichten per E-Mail – jetzt anmelden",
         "Unser Newsletter: kostenlos und jederzeit kündbar"],
     fr=["Inscrivez-vous à notre newsletter", "Recevez nos infos chaque matin dans votre boîte mail.",
         "Newsletter : l'essentiel de l'actu, gratuitement", "Abonnez-vous à la lettre du soir"],
     es=["Suscríbete a nuestro boletín", "Recibe las noticias más importantes en tu correo.",
         "Newsletter: lo esencial del día, gratis", "Apúntate a nuestro boletín diario"])
pool("app_promo",
     en=["Download the {SITEN} app for breaking news alerts.", "Get our app: available on iOS and Android",
         "📱 Stay informed on the go — install the {SITEN} app today.", "Read this and more in the {PUBN} app",
         "Never miss a story: download our free news app.", "Get the app",
         "Open in app", "Listen to our stories in the {SITEN} app — free on the App Store and Google Play."],
     de=["Jetzt die App herunterladen", "Laden Sie unsere kostenlose Nachrichten-App herunter.",
         "In der App öffnen", "Alle Nachrichten aus {PUB} in der App"],
     fr=["Téléchargez l'application {SITE}", "Retrouvez-nous sur l'appli", "Ouvrir dans l'application",
         "Toute l'actualité de {PUB} sur votre mobile"],
     es=["Descarga nuestra app", "Descárgate la aplicación de {SITE}", "Abrir en la app",
         "Toda la actualidad de {PUB} en tu móvil"])
pool("social_promo",
     en=["Follow us on Instagram and X for live updates", "Join our WhatsApp channel",
         "Like us on Facebook", "Find us on Telegram: @localwire", "Follow {SITE} on Google News",
         "📣 Get updates on our Threads page", "Stay connected — follow us on LinkedIn",
         "FOLLOW US:FacebookInstagramTikTok"],
     de=["Folgen Sie uns auf Instagram", "Abonnieren Sie unseren WhatsApp-Kanal",
         "Folge uns auf Facebook", "Jetzt unserem Telegram-Kanal folgen"],
     fr=["Suivez-nous sur X et Instagram", "Rejoignez notre chaîne WhatsApp",
         "Abonnez-vous à notre page Facebook", "Suivez-nous sur Google Actualités"],
     es=["Síguenos en redes sociales", "Únete a nuestro canal de WhatsApp",
         "Síguenos en Instagram", "Sigue a {SITE} en Google Noticias"])
pool("click_here_promo",
     en=["For more business news, click here", "Click here to get breaking alerts on your phone",
         "To read more stories from our health desk, CLICK HERE", "Tap here for all the latest sports updates",
         "For the latest local updates Click Here", "Click here for more videos",
         "For all the latest {SECL} news, click here.", "Tap here to see more stories like this"],
     de=["Hier klicken für mehr Nachrichten", "Klicken Sie hier für weitere Meldungen"],
     fr=["Cliquez ici pour plus d'actualités", "Pour toute l'actu, cliquez ici"],
     es=["Haga clic aquí para más noticias", "Pincha aquí para ver más vídeos"])

pool("shortcode", en=['[ad_1]', '[the_ad id="{N}"]', '[ad_2]', '[adsforwp id="{N}"]', '[ads-mid]',
                      '[td_block_ad_box spot_id="custom_ad_1"]', '[ezoic-ad {N}]', '[adinserter block="{NS}"]'])

# ------------------------------------------------------------------ provenance at the tail
pool("wire_credit_line",
     en=["(With inputs from {AGL})", "— {AG}", "Additional reporting by {AG}; editing by {P}",
         "With inputs from {AG} and staff reporters", "Written with material from {AGL}.",
         "Source: {AG}", "This report contains material from {AGL}.", "{AGL} contributed to this report.",
         "Copy supplied by {AG}", "Story filed via the {AG} wire", "Inputs: {AG}",
         "Wire copy: {AG}, edited for length.", "(Reporting by {P}; additional reporting by {AG}; editing by {P2})",
         "-{AG}"],
     de=["Mit Material von {AG}", "Quelle: {AG}", "{AG}/red", "(mit {AG})"],
     fr=["Avec {AG}", "(Avec {AG})", "Source : {AG}", "La rédaction avec {AG}"],
     es=["Con información de {AG}", "Fuente: {AG}", "Redacción / {AG}", "(Con información de {AGL})"])
pool("wire_anon",
     en=["(With inputs from agencies)", "Agency inputs", "With wire service reports",
         "(Edited from wire reports)", "(Reporting by {P}; Editing by {P2})",
         "Additional reporting by {P} in {CITYT}; Editing by {P2}", "Compiled from agency reports",
         "(Writing by {P}; editing by {P2})"],
     de=["(mit Material von Agenturen)", "Quelle: Agenturen", "Mitarbeit: {P}; Redaktion: {P2}",
         "Mit Agenturmaterial"],
     fr=["Avec agences", "(Avec agences)", "Rédaction : {P} ; édition : {P2}", "D'après agences"],
     es=["(Agencias)", "Con información de agencias", "Redacción: {P}; edición: {P2}", "Agencias"])

pool("copyright_agency",
     en=["© {YEAR} {AGL}. All rights reserved.", "Copyright {YEAR} {AG} | All Rights Reserved",
         "© {AG} {YEAR}", "Copyright © {YEAR} {AGL}", "(c) {YEAR} {AG}. Republished under license."],
     de=["© {AG}, {YEAR}", "Copyright {YEAR} {AG}", "© {AG} {YEAR}", "(c) {AG}"],
     fr=["© {YEAR} {AG}", "Copyright {AG} {YEAR}", "Tous droits réservés © {AG}", "(c) {AG} {YEAR}"],
     es=["© {AG} {YEAR}", "Copyright {YEAR} {AG}", "© {YEAR} {AG}. Todos los derechos reservados.",
         "(c) {AG}"])
pool("copyright_site",
     en=["© {YEAR} {SITEC}. All rights reserved.", "Copyright © {YEAR} {SITEC} | Powered by {THEME}",
         "(c) {YEAR} {SITEC} — some rights reserved", "All content © {SITEC} {YEAR0}-{YEAR}",
         "©{YEAR} {SITEC}", "Copyright {YEAR}, {SITEC}. Built with {THEME}.",
         "© Copyright {YEAR} · {SITEC}", "{SITEC} © {YEAR}"],
     de=["© {YEAR} {SITEC}. Alle Rechte vorbehalten.", "Copyright {YEAR} {SITEC}"],
     fr=["© {YEAR} {SITEC}. Tous droits réservés.", "Copyright {SITEC} {YEAR}"],
     es=["© {YEAR} {SITEC}. Todos los derechos reservados.", "Copyright {YEAR} {SITEC}"])
pool("republish_notice",
     en=["This material may not be published, broadcast, rewritten or redistributed without permission.",
         "No part of this story may be reproduced without written consent from the publisher.",
         "Reprinting or redistributing this article in any form is prohibited.",
         "Do not copy: this report is protected by copyright and may not be republished in whole or in part.",
         "Unauthorised reproduction of this article is strictly forbidden.",
         "You may share a link to this story, but copying the full text elsewhere is not permitted.",
         "Redistribution, rebroadcast or commercial reuse of this content requires a licence.",
         "Reuse of this article without prior written approval is not allowed."],
     de=["Alle Rechte vorbehalten. Vervielfältigung nur mit Genehmigung.",
         "Weiterverbreitung und Nachdruck sind nicht gestattet.",
         "Nachdruck, auch auszugsweise, nur mit schriftlicher Erlaubnis.",
         "Die Weiterverwendung dieses Textes ist ohne Lizenz untersagt."],
     fr=["Toute reproduction, même partielle, est interdite sans autorisation.",
         "Reproduction et diffusion interdites sauf accord écrit.",
         "Ce contenu ne peut être republié sans l'accord de l'éditeur.",
         "Droits de reproduction réservés."],
     es=["Prohibida la reproducción total o parcial sin autorización.",
         "Queda prohibida su redistribución sin permiso expreso.",
         "Todos los derechos reservados. No se permite su reproducción.",
         "Este contenido no puede ser republicado sin licencia."])

pool("publisher_promo",
     en=["Catch the latest from {PUB} — visit them for more local coverage.",
         "For more stories like this, head over to {PUB}.", "Get the full picture on {PUB}'s website.",
         "More news from {PUB}", "Want more? Follow {PUB} for daily updates.",
         "This and other reports are available on {PUB}.", "Discover more reporting at {PUB}",
         "Find all the latest headlines on {PUB}."],
     de=["Mehr Nachrichten aus der Region lesen Sie bei {PUB}.", "Weitere Berichte finden Sie auf {HOST}.",
         "Alle aktuellen Meldungen bei {PUB}", "Mehr von {PUB} gibt es online."],
     fr=["Retrouvez toute l'actualité sur {PUB}.", "Plus d'informations sur {HOST}.",
         "Toute l'info locale chez {PUB}", "Davantage d'articles sur le site de {PUB}."],
     es=["Más noticias en {PUB}.", "Lea todas las noticias de la región en {HOST}.",
         "Toda la actualidad en {PUB}", "Más información en la web de {PUB}."])
pool("read_original",
     en=["Read the full story at {HOST}", "Continue reading on {PUB}", "Read original article here",
         "Read the complete article at the source", "Full story: {PUB}", "Keep reading at {PUB} →",
         "View the original report", "Read more at {HOST}", "Read the original on {PUB}",
         "Open the full article ↗"],
     de=["Den vollständigen Artikel lesen Sie bei {PUB}", "Zum Originalartikel",
         "Weiterlesen auf {HOST}", "Originalbeitrag ansehen"],
     fr=["Lire l'article complet sur {HOST}", "Lire l'article original",
         "La suite sur {PUB}", "Voir l'article d'origine"],
     es=["Lea la noticia completa en {PUB}", "Ver noticia original", "Sigue leyendo en {HOST}",
         "Leer el artículo original"])
pool("source_link",
     en=["Source link", "Source", "Source Link", "— Source", "Link to source", "Original Source",
         "[Source]", "SOURCE"],
     de=["Quelle", "Quelllink", "Zur Quelle", "Quelle: Link"],
     fr=["Lien source", "Source", "Lien vers la source", "[Source]"],
     es=["Enlace a la fuente", "Fuente", "Enlace original", "[Fuente]"])
pool("read_more",
     en=["Read More", "Read more »", "Continue reading", "READ MORE", "More…", "Read the rest",
         "Keep reading", "Full article →"],
     de=["Weiterlesen", "Mehr lesen", "Weiterlesen »", "Mehr…"],
     fr=["Lire la suite", "En savoir plus", "Lire la suite »", "Suite…"],
     es=["Leer más", "Seguir leyendo", "Leer más »", "Más…"])
pool("original_url_line",
     en=["{URL}", "Source: {URL}", "Original article: {URL}", "Link: {URL}", "URL: {URL}",
         "🔗 {URL}", "Source URL -> {URL}", "{URL} {TITLE}", "Original: {URL}", "[{URL}]"],
     de=["{URL}", "Quelle: {URL}", "Originalartikel: {URL}", "Link: {URL}"],
     fr=["{URL}", "Source : {URL}", "Article original : {URL}", "Lien : {URL}"],
     es=["{URL}", "Fuente: {URL}", "Noticia original: {URL}", "Enlace: {URL}"])
pool("originally_appeared",
     en=["This story first ran in {PUB}.", "This article originally appeared on {PUB}.",
         "Originally published at {URL}", "Via {PUB}", "This post was first published on {HOST}.",
         "The original version of this story appeared in {PUB}.", "Story originally published by {PUB}",
         "Originally posted on {HOST} — reproduced here in full.", "Via: {PUB}",
         "This piece was first published in {PUB} and is reproduced here.",
         "An earlier version of this article was published by {PUB}.", "First seen on {HOST}"],
     de=["Dieser Artikel erschien zuerst bei {PUB}.", "Zuerst veröffentlicht auf {HOST}",
         "Via {PUB}", "Der Beitrag ist ursprünglich in {PUB} erschienen.",
         "Ursprünglich veröffentlicht unter {URL}", "Erstveröffentlichung: {PUB}"],
     fr=["Cet article a d'abord été publié par {PUB}.", "Article initialement paru sur {HOST}",
         "Via {PUB}", "Publié à l'origine dans {PUB}.", "Initialement publié sur {URL}",
         "Première parution : {PUB}"],
     es=["Este artículo se publicó originalmente en {PUB}.", "Publicado originalmente en {HOST}",
         "Vía {PUB}", "Artículo aparecido primero en {PUB}.", "Publicado originalmente en {URL}",
         "Primera publicación: {PUB}"])
pool("syndication_named",
     en=["<<This content was produced by {PUB} and is republished under licence.>>",
         "<<Published with permission of {PUB}.>>",
         "(<<This story was auto-published from a syndicated feed supplied by {PUB}; the headline and text are unchanged.>>)",
         "[<<This article is distributed through the {PUBN} content-sharing network. No edits were made by our desk.>>]",
         "<<Syndicated from {PUB} under a content partnership.>>",
         "<<This story is part of a content exchange with {PUB} and appears here unedited.>>",
         "(<<Content provided by {PUB}. Our editors did not review or alter it.>>)",
         "<<Republished under a Creative Commons licence from {PUB}.>>",
         "*<<This report comes to you through a syndication agreement with {PUB}.>>",
         "(<<Reproduced with the permission of {PUB}. All rights remain with the original publisher.>>)"],
     de=["<<Dieser Text wurde von {PUB} übernommen und erscheint im Rahmen einer Content-Partnerschaft.>>",
         "(<<Veröffentlicht mit freundlicher Genehmigung von {PUB}.>>)",
         "<<Dieser Beitrag stammt von unserem Kooperationspartner {PUB}.>>",
         "[<<Übernommen von {PUB} im Rahmen eines Inhaltsaustauschs.>>]"],
     fr=["<<Cet article est republié avec l'autorisation de {PUB}.>>",
         "(<<Contenu proposé par {PUB} dans le cadre d'un partenariat éditorial.>>)",
         "<<Article repris de {PUB} en vertu d'un accord de syndication.>>",
         "[<<Ce contenu est fourni par {PUB} et publié sans modification.>>]"],
     es=["<<Contenido publicado con autorización de {PUB}.>>",
         "(<<Este artículo se reproduce gracias a un acuerdo de sindicación con {PUB}.>>)",
         "<<Noticia cedida por {PUB} dentro de un acuerdo de colaboración.>>",
         "[<<Texto distribuido por {PUB} y publicado sin cambios.>>]"])
pool("syndication_anon",
     en=["(<<This story has been published from an automated wire feed without modifications to the text.>>)",
         "[<<Auto-generated from a syndicated feed; only the headline may have been edited.>>]",
         "<<This article is published via a third-party syndication service.>>",
         "(<<Unedited syndicated copy.>>)",
         "<<This is a syndicated story. Our newsroom has not altered the text or the headline.>>",
         "*<<Distributed by a content syndication partner.>>"],
     de=["(<<Dieser Artikel wurde automatisch aus einem Agentur-Feed übernommen und nicht redaktionell bearbeitet.>>)",
         "<<Automatisch übernommener Inhalt ohne redaktionelle Prüfung.>>"],
     fr=["(<<Cet article a été publié automatiquement à partir d'un flux syndiqué et n'a pas été modifié par la rédaction.>>)",
         "<<Contenu syndiqué, non relu par notre équipe.>>"],
     es=["(<<Esta noticia se ha publicado automáticamente desde un servicio de sindicación, sin edición.>>)",
         "<<Texto sindicado sin revisión editorial.>>"])

pool("disclaimer_named",
     en=["Disclaimer: {AGG} is a news aggregation service. Every article on this page is collected automatically from publicly available RSS feeds, and all rights remain with the original authors. If you own this content and want it taken down, write to [email protected] and we will remove it within two working days.",
         "About this page — {AGG} does not produce original journalism. Our software picks up headlines from across the web and shows them here unchanged; credit belongs to the source named above. Trademarks and logos are the property of their respective owners.",
         "{AGG} collects stories from free online sources and presents them in one place for easier reading. We claim no ownership of the text or pictures. Content owners may request removal through our contact page.",
         "Notice of non-liability: the text above was picked up by {AGGP}'s crawler from a third-party site. We cannot vouch for its accuracy and accept no responsibility for it. Complaints: [email protected]",
         "{AGG} is a robot-driven headline index. Nothing here is written by our staff. Copyright © {YEAR} {AGG0}. All content belongs to its original publishers.",
         "Important: this page was generated by {AGG}, an automated content curator. Articles are reproduced from their original sources, which we link wherever possible. We respect intellectual property — to report an infringement, contact us and the item will be taken offline promptly.",
         "DISCLAIMER — {AGG} reposts news automatically from trusted feeds. Views expressed belong to the original authors. If any content violates your rights, email [email protected]; removal happens within 48 hours. Terms | Privacy",
         "{AGG} aggregates publicly accessible reporting for informational purposes only. We are not affiliated with the publishers listed, and all names, logos and brands are property of their owners. Original source: {PUB}.",
         "Legal note: Content on {AGG} is gathered by automated tools and may contain errors introduced during import. The copyright of each story lies with the outlet that first published it.",
         "We at {AGG} curate the day's news from hundreds of outlets so you don't have to. This post was imported automatically; we hold no rights to it and will take it down on request.",
         "Denial of liability: {AGG} indexes content published elsewhere and is not its author. Each article is the work of the publication credited. To have an item withdrawn, use the report button or mail [email protected].",
         "Powered by {AGG}. This is an automated summary page; the wording comes from the original publisher and is reproduced for news reporting. Rights holders can reach us at any time."],
     de=["Hinweis: {AGG} ist ein automatischer Nachrichtensammler. Alle Inhalte stammen aus öffentlich zugänglichen Quellen; die Rechte liegen bei den jeweiligen Verlagen. Wünschen Sie die Entfernung eines Beitrags, schreiben Sie an [email protected].",
         "{AGG} erstellt keine eigenen Artikel. Texte und Bilder werden automatisch von Partnerseiten übernommen. Für deren Inhalt übernimmt {AGG0} keine Haftung.",
         "Haftungsausschluss: Dieser Beitrag wurde von {AGG} automatisch aus einem RSS-Feed übernommen. Urheber ist der genannte Verlag. © {YEAR} {AGG0}",
         "Über {AGG}: Wir bündeln Meldungen aus dem Netz an einem Ort. Wir beanspruchen keine Rechte an den Texten und löschen sie auf Anfrage umgehend."],
     fr=["Avertissement : {AGG} est un agrégateur automatique d'actualités. Les articles sont repris de sources publiques et restent la propriété de leurs auteurs. Pour demander un retrait, écrivez à [email protected].",
         "{AGG} ne rédige aucun contenu. Les textes sont collectés automatiquement et {AGG0} décline toute responsabilité quant à leur exactitude.",
         "Clause de non-responsabilité : cet article a été importé par {AGG} depuis un flux public. Les droits appartiennent à l'éditeur d'origine. © {YEAR} {AGG0}",
         "À propos de {AGG} : nous rassemblons l'actualité du web en un seul endroit. Aucun droit n'est revendiqué sur les textes, qui seront retirés sur simple demande."],
     es=["Aviso: {AGG} es un agregador automático de noticias. Los contenidos proceden de fuentes públicas y sus derechos pertenecen a los medios originales. Para solicitar la retirada de un artículo, escriba a [email protected].",
         "{AGG} no elabora contenidos propios; recopila titulares de otros medios de forma automática y no se hace responsable de su exactitud.",
         "Descargo de responsabilidad: esta noticia fue importada por {AGG} desde un canal RSS público. Los derechos corresponden al medio original. © {YEAR} {AGG0}",
         "Sobre {AGG}: reunimos la actualidad de la red en un solo lugar. No reclamamos derechos sobre los textos y los retiraremos a petición del titular."])
pool("disclaimer_anon",
     en=["This article was collected automatically from a public source. We do not own the content and will remove it upon request of the copyright holder.",
         "The above story is presented as received from an automated news feed. The site accepts no liability for its content.",
         "All texts on this website are gathered from open sources across the internet. Rights belong to their respective owners; contact the site administrator to request removal.",
         "Content compiled by an automatic news collector. Accuracy has not been verified by any editor.",
         "Disclaimer: this post was imported by software and is shown for information only. All trademarks belong to their owners.",
         "We aggregate headlines from around the web. Nothing on this page is our own reporting, and we take down any item on request."],
     de=["Dieser Beitrag wurde automatisch aus frei zugänglichen Quellen zusammengetragen. Die Urheberrechte liegen bei den ursprünglichen Autoren.",
         "Haftungsausschluss: Für Inhalte externer Quellen übernehmen wir keine Verantwortung."],
     fr=["Cet article a été collecté automatiquement depuis une source publique. Tous les droits appartiennent à leurs propriétaires respectifs.",
         "Clause de non-responsabilité : le contenu ci-dessus provient d'un flux externe."],
     es=["Esta noticia ha sido recopilada automáticamente de una fuente pública. Los derechos corresponden a sus autores.",
         "Descargo de responsabilidad: el contenido anterior procede de un servicio externo."])

pool("email_placeholder",
     en=["[email protected]", "Contact: [email protected]", "Email the newsroom: [email protected]",
         "Tips? [email protected]", "✉ [email protected]", "Send corrections to [email protected]"],
     de=["[email protected]", "Kontakt: [email protected]", "Hinweise an: [email protected]", "E-Mail: [email protected]"],
     fr=["[email protected]", "Contact : [email protected]", "Écrivez-nous : [email protected]", "Courriel : [email protected]"],
     es=["[email protected]", "Contacto: [email protected]", "Escríbenos: [email protected]", "Correo: [email protected]"])

AUTHOR_BIO_HEAD = {"en": ["About the Author", "About the author", "The author", "Author profile"],
                   "de": ["Über den Autor", "Zur Autorin"], "fr": ["À propos de l'auteur", "L'auteur"],
                   "es": ["Sobre el autor", "Acerca de la autora"]}
AUTHOR_BIO = {
    "en": ["{P} covers transport and infrastructure. Before joining the desk, the reporter spent six years covering regional courts.",
           "{P} is a senior reporter who writes about money, housing and the people caught between them.",
           "{P} has written about science and the environment since 2011 and lives on the coast.",
           "{P} edits the weekend pages. Readers can send tips through the contact form.",
           "{P} joined in 2019 and reports on local government, schools and public spending.",
           "{P} is a freelance journalist whose work focuses on energy and climate policy."],
    "de": ["{P} schreibt seit 2015 über Landespolitik und Verkehr.", "{P} ist Redakteurin im Ressort Wirtschaft."],
    "fr": ["{P} est journaliste au service société depuis 2016.", "{P} couvre l'actualité économique régionale."],
    "es": ["{P} es periodista especializado en economía local.", "{P} cubre la información municipal desde 2017."],
}

pool("tag_line",
     en=["Tags: {TAGS, }", "Topics: {TAGS · }", "{TAGS# }", "Keywords: {TAGS; }", "TAGGED: {TAGS / }",
         "Tagged {TAGS, }", "Topics — {TAGS | }", "More about: {TAGS, }"],
     de=["Schlagworte: {TAGS, }", "Themen: {TAGS · }", "{TAGS# }", "Stichworte: {TAGS, }"],
     fr=["Mots-clés : {TAGS, }", "Sujets : {TAGS · }", "{TAGS# }", "Thèmes : {TAGS, }"],
     es=["Etiquetas: {TAGS, }", "Temas: {TAGS · }", "{TAGS# }", "Palabras clave: {TAGS, }"])
pool("tag_list_header",
     en=["Tags", "Topics", "- In:", "Related topics", "Tagged with", "TAGS", "Explore more on:", "Keywords"],
     de=["Schlagworte", "Themen", "Mehr zu", "Stichwörter"],
     fr=["Mots-clés", "Sujets", "Thématiques", "Mots clés associés"],
     es=["Etiquetas", "Temas", "Más sobre", "Temas relacionados"])

pool("reaction_counter",
     en=["👍 {N}  ❤️ {N2}  😮 {N3}", "Like ({N})", "Helpful? Yes {N} · No {N3}", "{N} reactions",
         "Love 0 | Wow {N3} | Sad 1", "Liked by {N} readers", "{N2} Comments", "💬 {N3}",
         "Votes: {N}", "Rate this: ★★★★☆ ({N2})", "veryGood! ({N})", "🔥 {N} people found this interesting"],
     de=["Gefällt mir ({N})", "{N2} Kommentare", "👍 {N}", "Hilfreich? Ja {N} · Nein {N3}"],
     fr=["J'aime {N}", "{N2} commentaires", "👍 {N}", "Réactions : {N}"],
     es=["Me gusta {N}", "{N2} comentarios", "👍 {N}", "Reacciones: {N}"])
COMMENT_FORM = {
    "en": ["Leave a Reply", "Cancel reply", "Your email address will not be published. Required fields are marked *",
           "Comment *", "Name *", "Email *", "Website", "Save my name, email, and website in this browser for the next time I comment.",
           "Post Comment", "Join the conversation", "Comments are closed.", "Add a comment",
           "You must be logged in to post a comment.", "Be the first to comment", "Submit",
           "Notify me of follow-up comments by email.", "Leave a comment", "Your comment"],
    "de": ["Schreibe einen Kommentar", "Kommentar abschicken", "Deine E-Mail-Adresse wird nicht veröffentlicht.",
           "Antworten abbrechen", "Name *", "Kommentar *"],
    "fr": ["Laisser un commentaire", "Publier le commentaire", "Votre adresse e-mail ne sera pas publiée.",
           "Annuler la réponse", "Nom *", "Commentaire *"],
    "es": ["Deja una respuesta", "Publicar comentario", "Tu dirección de correo electrónico no será publicada.",
           "Cancelar respuesta", "Nombre *", "Comentario *"],
}
pool("prev_next_link",  # ordered so that each half holds (previous, next) pairs
     en=["Previous post: {H}", "« Previous Article", "Next post: {H}", "Next Article »",
         "PREVIOUS{H}", "← Older", "NEXT{H}", "Newer →", "Prev: {H}", "Previous story",
         "Up next: {H}", "Next story"],
     de=["Vorheriger Artikel", "« Zurück: {H}", "Nächster Artikel", "Weiter: {H} »"],
     fr=["Article précédent", "« Précédent : {H}", "Article suivant", "Suivant : {H} »"],
     es=["Entrada anterior", "« Anterior: {H}", "Siguiente entrada", "Siguiente: {H} »"])
pool("back_to_top",
     en=["Back to top", "Back to top button", "↑ Top", "Scroll to top", "Return to top ▲", "TOP",
         "Go to top", "▲ Back up"],
     de=["Nach oben", "Zurück nach oben", "↑ Nach oben", "Seitenanfang"],
     fr=["Haut de page", "Retour en haut", "↑ Haut", "Remonter"],
     es=["Volver arriba", "Ir arriba", "↑ Arriba", "Subir"])
FOOTER = {
    "en": ["About Us", "Contact", "Privacy Policy", "Terms of Use", "Advertise", "Careers",
           "Cookie Policy", "Editorial Standards", "Corrections", "Sitemap", "Accessibility", "DMCA",
           "Contact Us", "Terms & Conditions", "Do Not Sell My Info", "Work with us"],
    "de": ["Impressum", "Datenschutz", "AGB", "Kontakt", "Mediadaten", "Barrierefreiheit"],
    "fr": ["Mentions légales", "Politique de confidentialité", "Contact", "Gérer les cookies", "CGU", "Plan du site"],
    "es": ["Aviso legal", "Política de privacidad", "Contacto", "Quiénes somos", "Política de cookies", "Mapa web"],
}

# ------------------------------------------------------------------ list headers (kind -> wordings)
LIST_HEAD = {
    "related_header": {"en": ["Related", "Read Next", "See Also", "Related Stories", "More on this topic",
                              "RELATED ARTICLES", "Related coverage", "Read next:"],
                       "de": ["Mehr zum Thema", "Das könnte Sie interessieren", "Verwandte Artikel", "Weiterlesen"],
                       "fr": ["Sur le même sujet", "À lire également", "Articles liés", "Dans la même rubrique"],
                       "es": ["Noticias relacionadas", "Relacionados", "Más sobre este tema", "También te puede interesar"]},
    "ranking_header": {"en": ["Most Read", "Most Popular", "Popular Posts", "Top 10", "Most viewed today",
                              "MOST SHARED", "Readers' favourites", "Top stories this week"],
                       "de": ["Meistgelesen", "Am häufigsten gelesen", "Top 5", "Beliebt"],
                       "fr": ["Les plus lus", "Les plus partagés", "Top 5", "Populaires"],
                       "es": ["Lo más leído", "Lo más visto", "Top 5", "Más populares"]},
    "recommendation_header": {"en": ["Recommended", "Editor's Picks", "Don't Miss", "Our picks",
                                     "Recommended for you", "EDITORS' CHOICE", "Picked for you", "Must reads"],
                              "de": ["Empfehlungen der Redaktion", "Nicht verpassen", "Unsere Empfehlungen", "Tipps"],
                              "fr": ["Nos recommandations", "À ne pas manquer", "Le choix de la rédaction", "Sélection"],
                              "es": ["Recomendados", "No te pierdas", "Selección del editor", "Para ti"]},
    "trending_header": {"en": ["Trending Now", "What's Hot", "Trending", "Buzzing", "Hot right now",
                               "TRENDING", "Everyone's reading", "On the radar"],
                        "de": ["Gerade angesagt", "Im Trend", "Trends", "Heiß diskutiert"],
                        "fr": ["Tendances", "En ce moment", "Ça buzze", "Le fil tendance"],
                        "es": ["Tendencias", "Lo último", "En tendencia", "Ahora mismo"]},
    "more_stories_header": {"en": ["More Stories", "Latest News", "Recent Posts", "Just In", "More from this section",
                                   "LATEST", "Fresh headlines", "Other news"],
                            "de": ["Weitere Nachrichten", "Neueste Artikel", "Aktuelle Meldungen", "Mehr aus dem Ressort"],
                            "fr": ["Plus d'actualités", "Dernières infos", "Derniers articles", "En continu"],
                            "es": ["Más noticias", "Últimas noticias", "Entradas recientes", "Al minuto"]},
    "you_may_also_like": {"en": ["You May Also Like", "You might also like", "YOU MAY HAVE MISSED",
                                 "You may be interested in", "Also on the site", "Stories you may like"],
                          "de": ["Das könnte Ihnen auch gefallen", "Auch interessant"],
                          "fr": ["Vous aimerez aussi", "Vous pourriez aimer"],
                          "es": ["También te puede gustar", "Quizás te interese"]},
}
ITEM_KIND = {"related_header": "related_item", "ranking_header": "ranking_item",
             "recommendation_header": "recommendation_item", "trending_header": "trending_item",
             "more_stories_header": "more_stories_item", "you_may_also_like": "related_item"}

# headline item decorations, split by parity like everything else
BULLETS = ["- ", "• ", "* ", "→ ", "» ", "▪ ", "› ", "– ", "◦ ", "▸ "]
NUMBERING = ["{i}. ", "{i}) ", "#{i} ", "{i:02d} ", "{i} | ", "[{i}] "]
MARKERS_PRE = ["[VIDEO] ", "[PHOTOS] ", "WATCH: ", "▶ ", "📷 ", "LISTEN: ", "(VIDEO) ", "GALLERY: "]
MARKERS_POST = [" [VIDEO]", " [PHOTOS]", " (Video)", " (Photos)", " 🎥", " — gallery", " [Watch]", " (Audio)"]
DATE_POST = {"en": [" 2 hours ago", " | 14 Mar", " — Mar 3, 2024", " 3 days ago", " · Yesterday",
                    " (Jan 22)", " 5h", " - 11/27/2023"],
             "de": [" vor 2 Stunden", " | 14.03.", " · gestern", " (3. März)"],
             "fr": [" il y a 2 heures", " | 14/03", " · hier", " (3 mars)"],
             "es": [" hace 2 horas", " | 14/03", " · ayer", " (3 mar)"]}
READTIME_POST = {"en": [" · 4 min read", " (3 min)", " — 5 minute read", " | 2 min", " ⏱ 6 min", " [4 min]"],
                 "de": [" · 3 Min.", " (4 Min. Lesezeit)"], "fr": [" · 3 min", " (4 min de lecture)"],
                 "es": [" · 3 min", " (4 min de lectura)"]}
CAT_PRE = {"en": ["Politics | ", "SPORT: ", "Business — ", "[Tech] ", "Health · ", "LOCAL / ", "World: ", "CRIME | "],
           "de": ["Politik | ", "SPORT: ", "Wirtschaft — ", "[Region] "],
           "fr": ["Politique | ", "SPORT : ", "Économie — ", "[Région] "],
           "es": ["Política | ", "DEPORTES: ", "Economía — ", "[Local] "]}

HEAD_SUBJ = {
    "en": ["City council", "Regional hospital", "Local brewery", "Transit agency", "Harbour authority",
           "Teachers' union", "Farmers' co-op", "Startup founder", "County museum", "Airport operator",
           "Police chief", "Wildlife agency", "School board", "Chip maker", "Central bank", "Fire service",
           "Rail operator", "Water utility", "Football club", "State senator"],
    "de": ["Stadtrat", "Kreisklinik", "Verkehrsverbund", "Bauernverband", "Stadtwerke", "Feuerwehr", "Bürgermeisterin", "Zoo"],
    "fr": ["Le conseil municipal", "L'hôpital régional", "La SNCF locale", "La chambre d'agriculture", "Le maire",
           "Le SDIS", "Le musée", "La préfecture"],
    "es": ["El ayuntamiento", "El hospital comarcal", "La cooperativa agrícola", "La alcaldesa", "El cuerpo de bomberos",
           "El puerto", "La universidad", "La diputación"],
}
HEAD_PRED = {
    "en": ["approves budget for bridge repairs", "warns of delays after storm", "unveils plan to cut waiting lists",
           "faces questions over contract", "reopens after two-year renovation", "reports record quarter",
           "delays vote on housing plan", "opens inquiry into outage", "sets out five-year strategy",
           "wins award for river clean-up", "cuts jobs as costs rise", "backs new cycle lanes",
           "sued over data breach", "plans night service from May", "scraps parking fees downtown",
           "hires first climate officer", "defends spending after audit", "signs deal with neighbouring town",
           "bans barbecues in parks", "expands free school meals"],
    "de": ["beschließt neuen Haushalt", "warnt vor Engpässen im Winter", "plant neue Buslinie",
           "verschiebt Entscheidung über Neubau", "meldet Rekordjahr", "startet Sanierung der Brücke",
           "kritisiert Pläne des Landes", "sucht dringend Personal"],
    "fr": ["vote un budget en hausse", "alerte sur la sécheresse", "lance un nouveau service de bus",
           "reporte la décision sur le projet", "annonce des recrutements", "rouvre après travaux",
           "conteste la réforme", "inaugure une piste cyclable"],
    "es": ["aprueba el presupuesto", "alerta por la ola de calor", "estrena nueva línea de autobús",
           "aplaza la decisión sobre el proyecto", "anuncia nuevas contrataciones", "reabre tras las obras",
           "critica el recorte", "inaugura un carril bici"],
}
