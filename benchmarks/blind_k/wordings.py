"""Boilerplate wordings for blind_k.  Every kind has a DEV and a TEST list, written separately;
no wording is shared across the split.  Placeholders: {site} {agg} {pub} {host} {author}
{photog} {n} {m} {year} {city}."""

W = {
    "skip_link": {
        "dev": ["Skip to content", "Skip to main content"],
        "test": ["Jump to article", "Skip navigation"],
    },
    "nav_menu_words": {
        "dev": ["Home", "News", "Local", "Sport", "Business", "Opinion", "Lifestyle", "Weather",
                "Video", "Podcasts", "Events", "Contact"],
        "test": ["Front Page", "Latest", "Region", "Scores", "Markets", "Columns", "Living",
                 "Forecast", "Watch", "Listen", "What's On", "Shop"],
    },
    "cookie_notice": {
        "dev": ["We use cookies to give you the best experience on our website. By continuing you agree to our use of cookies.",
                "This website stores cookies on your device to personalise content and analyse traffic.",
                "Accept all", "Manage preferences"],
        "test": ["Our partners and we store and access information on your device for measurement and ads.",
                 "Cookies help us run this site. Click OK to consent or change your settings at any time.",
                 "OK, got it", "Reject non-essential"],
    },
    "share_row": {
        "dev": ["Share this article", "Share on Facebook", "Share on X", "Email this story",
                "Facebook Twitter WhatsApp Email", "0 Shares"],
        "test": ["Spread the word:", "Post to Threads", "Send via WhatsApp", "Copy link",
                 "LinkedIn | Reddit | Telegram | Print", "{n} people shared this"],
    },
    "reading_time": {
        "dev": ["{n} min read", "Estimated reading time: {n} minutes"],
        "test": ["Reading time {n} mins", "⏱ {n}-minute read"],
    },
    "advertisement_label": {
        "dev": ["Advertisement", "Story continues below advertisement", "- Advertisement -"],
        "test": ["SPONSORED", "Article continues after this ad", "— ad —"],
    },
    "also_read": {
        "dev": ["Also Read: {hl}", "READ ALSO | {hl}", "RELATED: {hl}"],
        "test": ["Don't miss: {hl}", "SEE ALSO — {hl}", "More on this: {hl}"],
    },
    "newsletter_promo": {
        "dev": ["Sign up for our free morning newsletter and never miss a story.",
                "Get our daily briefing in your inbox. Subscribe now."],
        "test": ["Want stories like this every Friday? Join our weekend email list.",
                 "Enter your email to receive breaking alerts."],
    },
    "social_promo": {
        "dev": ["Follow us on Facebook and Instagram for more updates.",
                "Join our WhatsApp channel for the latest headlines."],
        "test": ["Find us on Threads, Bluesky and TikTok.",
                 "Like our page to get stories like this in your feed."],
    },
    "app_promo": {
        "dev": ["Download our app for iOS and Android.",
                "Get breaking news on the go with our free app."],
        "test": ["Read this and more in our mobile app — free on Google Play and the App Store.",
                 "Install our app to save articles for offline reading."],
    },
    "comment_form": {
        "dev": ["Leave a Reply", "Your email address will not be published. Required fields are marked *",
                "Comment *", "Name *", "Email *", "Post Comment",
                "Save my name, email, and website in this browser for the next time I comment."],
        "test": ["Join the discussion", "Log in to comment", "Be the first to comment",
                 "Your name", "Your email (never shown)", "Submit",
                 "Comments are moderated and may take a while to appear."],
    },
    "copyright_notice": {
        "dev": ["© {year} {site}. All rights reserved.", "Copyright © {year} {site}"],
        "test": ["All content © {site} {year}", "{site} © {year} — reproduction prohibited without permission"],
    },
    # used when the page has no title suffix (so no site_name fact is implied)
    "copyright_anon": {
        "dev": ["© {year}. All rights reserved.", "Copyright {year} – all rights reserved"],
        "test": ["All content copyright {year}", "© {year} — reproduction prohibited without permission"],
    },
    "footer_words": {
        "dev": ["About Us", "Privacy Policy", "Terms of Use", "Advertise With Us", "Contact Us", "Careers"],
        "test": ["Who We Are", "Cookie Settings", "Terms & Conditions", "Work for us", "Accessibility", "Sitemap"],
    },
    "tag_line_label": {"dev": ["Tags: ", "Filed under: "], "test": ["Topics: ", "Keywords: "]},
    "tag_list_header": {"dev": ["Tags", "Related topics"], "test": ["Explore more topics", "Tagged with"]},
    "related_header": {"dev": ["Related Stories", "Read Next"], "test": ["See also", "More on this subject"]},
    "trending_header": {"dev": ["Trending Now", "What's Hot"], "test": ["Buzzing", "Trending this week"]},
    "more_stories_header": {"dev": ["More Stories", "Latest News"], "test": ["Just In", "Recent posts"]},
    "ranking_header": {"dev": ["Most Read", "Top 5"], "test": ["Popular right now", "Most viewed today"]},
    "recommendation_header": {"dev": ["Editor's Picks", "Don't Miss"], "test": ["Our picks for you", "Recommended reading"]},
    "you_may_also_like": {"dev": ["You May Also Like"], "test": ["You might be interested in"]},
    "source_link": {"dev": ["Source link"], "test": ["Source"]},
    "read_more": {"dev": ["Read More", "Continue reading"], "test": ["Read full story", "Keep reading →"]},
    "read_original": {"dev": ["Read original article here"], "test": ["View the original post"]},
    "original_url_line": {"dev": ["https://{host}/{slug}", "Original: https://{host}/{slug}"],
                          "test": ["Source URL: https://{host}/{slug}", "https://{host}/news/{slug}"]},
    "source_pub": {"dev": ["Source: {pub}"], "test": ["Originally from {pub}"]},
    "originally_appeared": {"dev": ["This article originally appeared on {pub}."],
                            "test": ["First published by {pub}. Republished with permission."]},
    "aggregator_disclaimer": {
        "dev": ["Disclaimer: {agg} is an automated news aggregator. All content belongs to its original owners and will be removed on request.",
                "{agg} collects headlines from across the web. We do not own this content; write to us for takedown."],
        "test": ["Notice: this page was compiled automatically by {agg}. Rights remain with the respective publishers.",
                 "About {agg}: we index public news feeds. If you are the author and want this removed, contact our team."],
    },
    "aggregator_disclaimer_anon": {
        "dev": ["This story was automatically fetched from a public feed. We are not responsible for its accuracy."],
        "test": ["Content auto-imported via RSS. Trademarks and text belong to their owners."],
    },
    "prev_next_link": {"dev": ["Previous article", "Next article"], "test": ["« Older post", "Newer post »"]},
    "back_to_top": {"dev": ["Back to top"], "test": ["↑ Top"]},
    "shortcode": {"dev": ["[ad_1]", "[ad_2]"], "test": ["[adsense_block]", "[inline_ad slot=\"{n}\"]"]},
    "ui_word": {"dev": ["More", "Less", "Print"], "test": ["Expand", "Close", "Save"]},
    "reaction_counter": {"dev": ["Like ({n})", "Love ({m})"], "test": ["👍 {n}", "Wow · {m}"]},
    "author_bio_head": {"dev": ["About the author"], "test": ["Meet the writer"]},
    "author_bio": {"dev": ["{author} covers community news and has written for us since {year2}."],
                   "test": ["{author} is a staff reporter who joined the newsroom after a decade in regional radio."]},
    "photo_caption": {
        "dev": ["The scene on Saturday afternoon, as seen from the main road.",
                "File image: volunteers at an earlier edition of the event."],
        "test": ["Pictured: the venue ahead of the opening weekend.",
                 "Image used for representational purposes only."],
    },
    "photo_credit_label": {"dev": ["Photo: ", "Image credit: "], "test": ["Picture: ", "(Photo by "]},
    "wire_credit_line": {"dev": ["(With inputs from Reuters)"], "test": ["— With reporting by AFP"]},
    "republish_notice": {"dev": ["This material may not be published, broadcast, rewritten or redistributed."],
                         "test": ["No part of this story may be copied or reused without written consent."]},
    "email_placeholder": {"dev": ["Contact: [email protected]"], "test": ["Tips? Write to [email protected]"]},
    "syndication_notice": {"dev": ["(This story has not been edited by {pub} staff and is published from a syndicated feed.)"],
                           "test": ["[Auto-published from the {pub} partner feed; headline and text unchanged.]"]},
    "publisher_promo": {"dev": ["Catch every local update on {pub}."], "test": ["Read more stories like this at {pub}."]},
    "click_here_promo": {"dev": ["For the latest community news Click Here"], "test": ["Tap here for all weekend stories"]},
    "theme_license_banner": {"dev": ["Please activate your Gridwell Pro license to unlock all features."],
                             "test": ["Lumenpress theme: license key missing — some modules are disabled."]},
    "byline": {"dev": ["By {author}", "Written by {author}"], "test": ["Words: {author}", "BY {AUTHOR}"]},
    "published_label": {"dev": ["Published: ", "Posted on "], "test": ["First posted ", "Date: "]},
    "updated_label": {"dev": ["Updated: "], "test": ["Last modified "]},
    "relative_date": {"dev": ["Updated 3 hours ago"], "test": ["posted 2 days ago"]},
}

# foreign boilerplate (commonest kinds), dev / test halves
WX = {
    "de": {
        "share_row": {"dev": ["Artikel teilen"], "test": ["Auf Facebook teilen | Per E-Mail senden"]},
        "advertisement_label": {"dev": ["Anzeige"], "test": ["- Werbung -"]},
        "also_read": {"dev": ["Lesen Sie auch: {hl}"], "test": ["Auch interessant: {hl}"]},
        "related_header": {"dev": ["Weitere Artikel"], "test": ["Das könnte Sie auch interessieren"]},
        "comment_form": {"dev": ["Kommentar schreiben", "Bitte melden Sie sich an, um zu kommentieren."],
                         "test": ["Diskutieren Sie mit", "Ihr Kommentar wird nach Prüfung freigeschaltet."]},
        "copyright_notice": {"dev": ["© {year} {site} – Alle Rechte vorbehalten"], "test": ["Copyright {year} {site}. Nachdruck nur mit Genehmigung."]},
        "footer_words": {"dev": ["Impressum", "Datenschutz", "Kontakt"], "test": ["AGB", "Datenschutzerklärung", "Mediadaten"]},
        "nav_menu_words": {"dev": ["Startseite", "Lokales", "Sport", "Kultur"], "test": ["Aktuell", "Region", "Wirtschaft", "Freizeit"]},
        "cookie_notice": {"dev": ["Wir verwenden Cookies, um unsere Website für Sie zu verbessern.", "Alle akzeptieren"],
                          "test": ["Diese Seite nutzt Cookies und ähnliche Technologien.", "Einstellungen"]},
        "byline": {"dev": ["Von {author}"], "test": ["Autorin/Autor: {author}"]},
        "tag_line_label": {"dev": ["Schlagworte: "], "test": ["Themen: "]},
        "more_stories_header": {"dev": ["Neueste Meldungen"], "test": ["Mehr aus der Region"]},
        "newsletter_promo": {"dev": ["Jetzt den kostenlosen Newsletter abonnieren!"], "test": ["Melden Sie sich für unseren Wochenrückblick an."]},
        "skip_link": {"dev": ["Zum Inhalt springen"], "test": ["Direkt zum Artikel"]},
    },
    "fr": {
        "share_row": {"dev": ["Partager cet article"], "test": ["Partager sur Facebook · Envoyer par e-mail"]},
        "advertisement_label": {"dev": ["Publicité"], "test": ["- Contenu sponsorisé -"]},
        "also_read": {"dev": ["À lire aussi : {hl}"], "test": ["Lire également – {hl}"]},
        "related_header": {"dev": ["Sur le même sujet"], "test": ["Ces articles peuvent vous intéresser"]},
        "comment_form": {"dev": ["Laisser un commentaire", "Votre adresse e-mail ne sera pas publiée."],
                         "test": ["Réagir à cet article", "Connectez-vous pour réagir."]},
        "copyright_notice": {"dev": ["© {year} {site} – Tous droits réservés"], "test": ["Reproduction interdite – {site} {year}"]},
        "footer_words": {"dev": ["Mentions légales", "Contact", "Qui sommes-nous ?"], "test": ["CGU", "Politique de confidentialité", "Plan du site"]},
        "nav_menu_words": {"dev": ["Accueil", "Actualités", "Sports", "Loisirs"], "test": ["À la une", "Région", "Économie", "Sorties"]},
        "cookie_notice": {"dev": ["Ce site utilise des cookies pour améliorer votre expérience.", "Tout accepter"],
                          "test": ["Nous et nos partenaires utilisons des traceurs.", "Continuer sans accepter"]},
        "byline": {"dev": ["Par {author}"], "test": ["Rédaction : {author}"]},
        "tag_line_label": {"dev": ["Mots-clés : "], "test": ["Thèmes : "]},
        "more_stories_header": {"dev": ["Dernières actualités"], "test": ["Les plus lus"]},
        "newsletter_promo": {"dev": ["Inscrivez-vous à notre newsletter quotidienne."], "test": ["Recevez nos alertes gratuitement par e-mail."]},
        "skip_link": {"dev": ["Aller au contenu"], "test": ["Passer au contenu principal"]},
    },
    "es": {
        "share_row": {"dev": ["Compartir esta noticia"], "test": ["Compartir en Facebook | Enviar por WhatsApp"]},
        "advertisement_label": {"dev": ["Publicidad"], "test": ["- Contenido patrocinado -"]},
        "also_read": {"dev": ["Lee también: {hl}"], "test": ["Te puede interesar – {hl}"]},
        "related_header": {"dev": ["Noticias relacionadas"], "test": ["Más sobre este tema"]},
        "comment_form": {"dev": ["Deja un comentario", "Tu dirección de correo electrónico no será publicada."],
                         "test": ["Comentarios", "Inicia sesión para comentar."]},
        "copyright_notice": {"dev": ["© {year} {site}. Todos los derechos reservados."], "test": ["Prohibida su reproducción total o parcial – {site} {year}"]},
        "footer_words": {"dev": ["Aviso legal", "Contacto", "Quiénes somos"], "test": ["Política de privacidad", "Publicidad", "Mapa web"]},
        "nav_menu_words": {"dev": ["Portada", "Local", "Deportes", "Cultura"], "test": ["Inicio", "Provincia", "Economía", "Ocio"]},
        "cookie_notice": {"dev": ["Utilizamos cookies propias y de terceros para mejorar nuestros servicios.", "Aceptar"],
                          "test": ["Este sitio web usa cookies analíticas.", "Configurar"]},
        "byline": {"dev": ["Por {author}"], "test": ["Redacción: {author}"]},
        "tag_line_label": {"dev": ["Etiquetas: "], "test": ["Temas: "]},
        "more_stories_header": {"dev": ["Últimas noticias"], "test": ["Lo más leído"]},
        "newsletter_promo": {"dev": ["Suscríbete a nuestro boletín diario."], "test": ["Recibe las noticias en tu correo cada mañana."]},
        "skip_link": {"dev": ["Saltar al contenido"], "test": ["Ir al contenido principal"]},
    },
}

# kinds where the foreign "more_stories_header" is really a ranking ("Les plus lus", "Lo más leído")
WX_KIND_OVERRIDE = {("fr", "test", "more_stories_header"): "ranking_header",
                    ("es", "test", "more_stories_header"): "ranking_header"}

# ---------------------------------------------------------------- other-story headlines
HL = {
    "dev": {
        "t": ["{Place} council approves {thing} plan", "Police appeal after {thing} stolen in {Place}",
              "{Place} school wins regional {thing} award", "Why {thing} prices are rising again",
              "New {thing} opens on {Place} high street", "{Place} residents split over {thing} proposal",
              "Watch: {thing} spotted near {Place}", "{Place} faces week of {thing} closures",
              "Five things we learned from the {thing} debate", "{thing} festival returns to {Place}"],
        "Place": ["Ashvale", "Kingsmoor", "Drayford", "Lowen Bridge", "Cresthill", "Emberton"],
        "thing": ["bus lane", "library", "bike", "parking", "bakery", "water main", "solar farm", "skate park"],
    },
    "test": {
        "t": ["{thing} row deepens as {Place} vote nears", "{Place} man, 64, honoured for {thing} work",
              "Delays expected on {Place} road after {thing} fault", "Is {thing} worth the money? Readers respond",
              "{Place} charity launches {thing} drive", "Late {thing} goal sinks {Place}",
              "Inside the plan to rebuild {Place}'s {thing}", "{thing} scheme scrapped in {Place}",
              "Photos: {Place} {thing} fair draws crowds", "{Place} {thing} to close after 40 years"],
        "Place": ["Wrenfield", "Otterbury", "Galloway Cross", "Hensmouth", "Pellham", "Stourcombe"],
        "thing": ["ferry", "allotment", "pool", "tram", "market hall", "cinema", "orchard", "footbridge"],
    },
}
HL_X = {
    "de": {"dev": ["Neue Radwege für die Innenstadt geplant", "Bäckerei am Markt schließt nach 60 Jahren",
                   "Stadtrat vertagt Entscheidung über Freibad", "Polizei sucht Zeugen nach Einbruch"],
           "test": ["Bürgerbus fährt ab Mai auch sonntags", "Grundschule erhält neuen Pausenhof",
                    "Hochwasserschutz kostet mehr als erwartet", "Kirmes lockt tausende Besucher an"]},
    "fr": {"dev": ["Le marché de nuit revient cet été", "Travaux : la rue principale fermée trois semaines",
                   "Le club de rugby recrute ses futurs talents", "Une nouvelle crèche ouvre en septembre"],
           "test": ["La médiathèque prolonge ses horaires", "Feu de forêt maîtrisé près du lac",
                    "Le festival de jazz dévoile sa programmation", "Un boulanger primé au concours régional"]},
    "es": {"dev": ["El ayuntamiento aprueba el nuevo carril bici", "Cortes de agua en el centro este jueves",
                   "El mercado municipal amplía su horario", "Vecinos piden más sombra en la plaza"],
           "test": ["La biblioteca estrena sala infantil", "Suspendida la feria por la lluvia",
                    "El equipo local asciende de categoría", "Nuevo aparcamiento junto al hospital"]},
}


def headline(rng, split, lang="en"):
    if lang != "en":
        return rng.choice(HL_X[lang][split])
    p = HL[split]
    t = rng.choice(p["t"])
    s = t.format(Place=rng.choice(p["Place"]), thing=rng.choice(p["thing"]))
    return s[0].upper() + s[1:]


def pick(rng, kind, split, lang="en"):
    if lang != "en" and kind in WX[lang]:
        return rng.choice(WX[lang][kind][split])
    return rng.choice(W[kind][split])
