"""Invented boilerplate wordings for blind_j.

W[kind][(split, lang)] -> list of templates. Dev and test halves were written separately
and share no template. Placeholders: {AGG} aggregator name, {AGGD} aggregator domain,
{PUB} publisher name, {URL} original URL, {D} published date, {U} updated date, {AUTH}/{AUTH2}
authors, {WIRE} agency (short), {WIRELONG} agency (long form), {PHOTO} photo credit, {SITE}
site name, {SEC} section, {EMAIL} e-mail placeholder, {Y} year, {HL} headline, {N} number.
"""

W = {}


def put(kind, split, lang, *tpls):
    W.setdefault(kind, {})[(split, lang)] = list(tpls)


# ------------------------------------------------------------ aggregator disclaimers (named)
put("agg_named", "dev", "en",
    "{AGG} is a news aggregation service: headlines and excerpts on this page are gathered automatically from publicly available sources.",
    "This page was assembled automatically by {AGG} from publicly available RSS feeds; we do not edit the text.",
    "{AGG}'s software collects stories from third-party publishers and shows them with a link back to the source.",
    "This website ({AGG}) republishes news items from external feeds and claims no authorship over them.",
    "{AGGD} does not write or verify the stories it displays. Every article remains the property of its original publisher.",
    "ABOUT:{AGG}|We are an automated news reader that pulls articles from around the web every few minutes.",
    "Copyright holders who want an item removed from {AGG} can email {EMAIL}; we take pages down within 48 hours of a valid request.",
    "We at {AGG} do not own the rights to this story or its images; they belong to the outlet that first published them.",
    "All content on {AGGD} belongs to its respective owners and is shown here for informational purposes only.",
    "DMCA notice: {AGG} respects intellectual property. If material on this site infringes your copyright, contact {EMAIL}.",
)
put("agg_named", "test", "en",
    "{AGG} automatically curates articles from hundreds of news outlets and does not employ reporters of its own.",
    "Text on this page was fetched by {AGG} from the source's public feed and has not been checked by a human.",
    "Everything in {AGG}'s stream is pulled from other publications; ownership stays with them.",
    "Our service (operated as {AGG}) mirrors syndicated headlines and does not claim to have written them.",
    "Stories on {AGGD} are collected by a bot, and the operators accept no liability for their accuracy.",
    "ABOUT:About {AGG} — a robot-run reader that mirrors the day's news from open feeds.",
    "Want something taken down? Write to the {AGG} team at {EMAIL} and the page will be removed within one working day.",
    "Please note that {AGGD} does not own any of the news pieces shown here; credit goes to the publishers.",
    "All rights to the text and pictures belong to the respective authors, not to {AGG}.",
    "Infringement reports for {AGG}: {EMAIL} — include the link of the page in question.",
)
put("agg_named", "dev", "de",
    "{AGG} ist ein automatischer Nachrichtenaggregator; alle Texte stammen von den jeweiligen Verlagen.",
    "Haftungsausschluss: Die Inhalte auf {AGGD} werden automatisch aus öffentlichen Feeds übernommen.")
put("agg_named", "test", "de",
    "Sämtliche Artikel, die {AGG} anzeigt, gehören den ursprünglichen Herausgebern.",
    "Löschanfragen an {AGG} bitte an {EMAIL} richten.")
put("agg_named", "dev", "fr",
    "{AGG} est un agrégateur automatique d'actualités : les articles appartiennent à leurs éditeurs.",
    "Avertissement : {AGGD} ne rédige aucun des contenus affichés.")
put("agg_named", "test", "fr",
    "Les contenus repris par {AGG} restent la propriété de leurs auteurs.",
    "Pour demander le retrait d'un article de {AGG}, écrivez à {EMAIL}.")
put("agg_named", "dev", "es",
    "{AGG} es un agregador automático de noticias; los contenidos pertenecen a sus autores.",
    "Aviso legal: {AGGD} no produce los artículos que muestra.")
put("agg_named", "test", "es",
    "Todo el contenido mostrado por {AGG} pertenece a los medios que lo publicaron.",
    "Solicitudes de retirada para {AGG}: {EMAIL}.")

# ------------------------------------------------------------ aggregator disclaimers (anonymous)
put("agg_anon", "dev", "en",
    "This website is an automatic news aggregator. All articles are the property of their respective authors.",
    "We do not own any of the content published here. If you are the owner and want it removed, please contact us.",
    "All content belongs to its original publishers; this page only displays it with attribution.",
    "Disclaimer: this post was generated automatically from a public news feed.")
put("agg_anon", "test", "en",
    "Nothing on this page was written by us — items are pulled in by software from open news feeds.",
    "Content shown belongs to the rightful owners. Removal requests are honoured within a day.",
    "Notice: the site does not hold copyright over republished stories; trademarks belong to their owners.",
    "Automatically imported story. Errors in the original feed are reproduced unchanged.")
put("agg_anon", "dev", "de", "Diese Seite übernimmt Nachrichten automatisch aus öffentlichen Quellen. Alle Rechte liegen bei den Urhebern.")
put("agg_anon", "test", "de", "Wir besitzen keine Rechte an den hier gezeigten Meldungen.")
put("agg_anon", "dev", "fr", "Ce site agrège automatiquement des articles publiés ailleurs ; tous droits réservés à leurs auteurs.")
put("agg_anon", "test", "fr", "Nous ne possédons pas les droits des textes reproduits sur cette page.")
put("agg_anon", "dev", "es", "Este sitio recopila noticias de forma automática. Todos los derechos pertenecen a sus propietarios.")
put("agg_anon", "test", "es", "No somos propietarios de ninguno de los artículos publicados aquí.")

# ------------------------------------------------------------ publisher notices
put("originally_appeared", "dev", "en",
    "This article is republished from {PUB} under a Creative Commons licence. Read the original article.",
    "This story appears courtesy of {PUB}.",
    "Originally published by {PUB}.",
    "Via {PUB}",
    "The original version of this report ran in {PUB}.",
    "Source: {PUB}",
    "Republished with permission from {PUB}.")
put("originally_appeared", "test", "en",
    "Republished from {PUB} under the terms of a CC BY-ND 4.0 licence.",
    "Reproduced courtesy of our friends at {PUB}.",
    "This piece first appeared at {PUB}.",
    "(via {PUB})",
    "Story originally run by {PUB}; reprinted here with permission.",
    "Origin: {PUB}",
    "Article supplied by {PUB}, reused with consent.")
put("originally_appeared", "dev", "de", "Quelle: {PUB}", "Dieser Artikel erschien zuerst bei {PUB}.")
put("originally_appeared", "test", "de", "Zuerst erschienen in {PUB}", "Mit freundlicher Genehmigung von {PUB} übernommen.")
put("originally_appeared", "dev", "fr", "Source : {PUB}", "Cet article a été initialement publié par {PUB}.")
put("originally_appeared", "test", "fr", "Article paru d'abord dans {PUB}.", "Republié avec l'aimable autorisation de {PUB}.")
put("originally_appeared", "dev", "es", "Fuente: {PUB}", "Este artículo se publicó originalmente en {PUB}.")
put("originally_appeared", "test", "es", "Publicado primero por {PUB}", "Reproducido por cortesía de {PUB}.")

put("synd_named", "dev", "en",
    "Partner content from {PUB}.",
    "Distributed by {PUB}.",
    "Content provided by {PUB}. Views expressed are the author's own.",
    "This story was produced by {PUB} and is shared through a content partnership.")
put("synd_named", "test", "en",
    "Content from our partner {PUB}",
    "Syndicated content — supplied by {PUB}",
    "{PUB} is the source of this feed item; the text has not been altered.",
    "Provided to this site by {PUB} as part of a news-sharing agreement.")
put("synd_named", "dev", "de", "Inhalt bereitgestellt von {PUB}.")
put("synd_named", "test", "de", "Partnerinhalt: {PUB}")
put("synd_named", "dev", "fr", "Contenu fourni par {PUB}.")
put("synd_named", "test", "fr", "Contenu partenaire — {PUB}")
put("synd_named", "dev", "es", "Contenido proporcionado por {PUB}.")
put("synd_named", "test", "es", "Contenido de nuestro socio {PUB}")

put("synd_anon", "dev", "en",
    "(This story is auto-published from a syndicated wire feed and has not been edited by our staff.)",
    "[Syndicated from a partner feed; only the headline may have been changed.]")
put("synd_anon", "test", "en",
    "(Unedited copy from a syndication partner. The headline and text appear as supplied.)",
    "* Feed story: published automatically without editorial review.")
put("synd_anon", "dev", "de", "(Dieser Text wurde automatisch aus einem Agenturfeed übernommen und nicht redaktionell bearbeitet.)")
put("synd_anon", "test", "de", "[Automatisch eingespielter Partnertext, ohne redaktionelle Prüfung.]")
put("synd_anon", "dev", "fr", "(Cet article est publié automatiquement à partir d'un flux syndiqué et n'a pas été modifié par la rédaction.)")
put("synd_anon", "test", "fr", "[Texte d'un partenaire de syndication, diffusé tel quel.]")
put("synd_anon", "dev", "es", "(Esta noticia se publica automáticamente desde un servicio sindicado y no ha sido editada por nuestra redacción.)")
put("synd_anon", "test", "es", "[Texto de un socio de distribución, publicado sin cambios.]")

put("read_original_pub", "dev", "en", "Read the full story at {PUB}", "Continue reading at {PUB} →", "Read original article on {PUB}")
put("read_original_pub", "test", "en", "Finish reading on {PUB}'s website", "See the complete article from {PUB}", "The rest of this report is on {PUB}")
put("read_original_pub", "dev", "de", "Den vollständigen Artikel lesen Sie bei {PUB}")
put("read_original_pub", "test", "de", "Weiterlesen bei {PUB}")
put("read_original_pub", "dev", "fr", "Lire l'article complet sur le site de {PUB}")
put("read_original_pub", "test", "fr", "Suite de l'article chez {PUB}")
put("read_original_pub", "dev", "es", "Lea la nota completa en {PUB}")
put("read_original_pub", "test", "es", "Sigue leyendo en {PUB}")
put("read_original", "dev", "en", "Read original article", "View the original story")
put("read_original", "test", "en", "Open the source article", "Go to original post")

put("original_url_line", "dev", "en", "Original article: {URL}", "{URL}", "Originally posted at {URL}", "Source URL: {URL}")
put("original_url_line", "test", "en", "Original source → {URL}", "[Source] {URL}", "Link to original: {URL}", "{URL} (original)")
put("original_url_line", "dev", "de", "Originalartikel: {URL}")
put("original_url_line", "test", "de", "Zum Original: {URL}")
put("original_url_line", "dev", "fr", "Article original : {URL}")
put("original_url_line", "test", "fr", "Lien vers la source : {URL}")
put("original_url_line", "dev", "es", "Artículo original: {URL}")
put("original_url_line", "test", "es", "Enlace original: {URL}")

put("publisher_promo", "dev", "en", "Get all the latest local headlines on {PUB}.", "For more news like this, visit {PUB}.")
put("publisher_promo", "test", "en", "Don't miss more reporting from {PUB}.", "There is plenty more regional coverage over at {PUB}.")
put("source_link", "dev", "en", "Source link")
put("source_link", "test", "en", "Source ↗")

# ------------------------------------------------------------ wire credits
put("wire_named", "dev", "en", "(With inputs from {WIRELONG})", "— {WIRE}", "This report includes material from {WIRELONG}.")
put("wire_named", "test", "en", "(Additional reporting by {WIRE})", "{WIRE} contributed to this report.", "Wire copy: {WIRELONG}")
put("wire_named", "dev", "de", "Mit Material von {WIRE}")
put("wire_named", "test", "de", "Informationen von {WIRE} flossen in diesen Bericht ein.")
put("wire_named", "dev", "fr", "Avec {WIRE}")
put("wire_named", "test", "fr", "Source agence : {WIRE}")
put("wire_named", "dev", "es", "Con información de {WIRE}")
put("wire_named", "test", "es", "Redacción con {WIRE}")
put("wire_anon", "dev", "en", "(With inputs from agencies)", "— Wire services")
put("wire_anon", "test", "en", "(Compiled from agency reports)", "— Agencies")
put("wire_anon", "dev", "de", "(mit Agenturmaterial)")
put("wire_anon", "test", "de", "Quellen: Agenturen")
put("wire_anon", "dev", "fr", "(Avec agences)")
put("wire_anon", "test", "fr", "— Agences")
put("wire_anon", "dev", "es", "(Agencias)")
put("wire_anon", "test", "es", "— Agencias")
put("wire_copyright", "dev", "en", "Copyright {Y} {WIRELONG}. All rights reserved.")
put("wire_copyright", "test", "en", "© {Y} {WIRELONG}")

# ------------------------------------------------------------ bylines
put("byline", "dev", "en", "By {AUTH}", "By {AUTH}, {WIRELONG}", "By {AUTH} and {AUTH2}", "By {AUTH} | {D}", "Written by {AUTH}")
put("byline", "test", "en", "Story by {AUTH}", "Reporting: {AUTH}", "Words: {AUTH} · {D}", "By {AUTH}, {WIRE} correspondent", "Authors: {AUTH} & {AUTH2}")
put("byline", "dev", "de", "Von {AUTH}", "Von {AUTH}, {WIRE}")
put("byline", "test", "de", "Ein Bericht von {AUTH}", "Autorin/Autor: {AUTH}")
put("byline", "dev", "fr", "Par {AUTH}", "Par {AUTH} ({WIRE})")
put("byline", "test", "fr", "Texte : {AUTH}", "Un article de {AUTH}")
put("byline", "dev", "es", "Por {AUTH}", "Por {AUTH} ({WIRE})")
put("byline", "test", "es", "Autor: {AUTH}", "Escrito por {AUTH}")

# ------------------------------------------------------------ photos
put("photo_credit", "dev", "en", "Photo: {PHOTO}", "Image credit: {PHOTO}", "(Photo: {PHOTO})")
put("photo_credit", "test", "en", "Credit: {PHOTO}", "📷 {PHOTO}", "Photograph by {PHOTO}")
put("photo_credit", "dev", "de", "Foto: {PHOTO}")
put("photo_credit", "test", "de", "Bild: {PHOTO}")
put("photo_credit", "dev", "fr", "Photo : {PHOTO}")
put("photo_credit", "test", "fr", "Crédit photo : {PHOTO}")
put("photo_credit", "dev", "es", "Foto: {PHOTO}")
put("photo_credit", "test", "es", "Imagen: {PHOTO}")
put("photo_caption", "dev", "en", "A view of the area on Tuesday.", "Residents gather outside the town hall.", "File image used for representation.")
put("photo_caption", "test", "en", "Pictured: officials at the site earlier this week", "The scene on Wednesday afternoon (representational image)", "An undated handout picture")
put("photo_caption", "dev", "de", "Blick auf den Ort des Geschehens am Dienstag.")
put("photo_caption", "test", "de", "Symbolbild")
put("photo_caption", "dev", "fr", "Vue du site mardi matin.")
put("photo_caption", "test", "fr", "Image d'illustration")
put("photo_caption", "dev", "es", "Vista de la zona el martes.")
put("photo_caption", "test", "es", "Imagen de archivo")

# ------------------------------------------------------------ dates
put("date_pub", "dev", "en", "Published: {D}", "Posted on {D}", "First published {D}", "Date: {D}", "{D}")
put("date_pub", "test", "en", "Posted: {D}", "Publication date: {D}", "Released {D}", "Filed {D}", "Uploaded on {D}")
put("date_upd", "dev", "en", "Updated: {U}", "Last updated {U}", "Modified: {U}")
put("date_upd", "test", "en", "Last modified on {U}", "Revised: {U}", "Updated at {U}", "Page edited {U}")
put("date_both", "dev", "en", "Published {D} | Updated {U}", "Posted on {D}, last updated {U}")
put("date_both", "test", "en", "Posted {D} — revised {U}", "Released {D} · Modified {U}")
put("date_upd_tail", "dev", "en", "This article was last updated on {U}.")
put("date_upd_tail", "test", "en", "Story last modified {U}")
put("date_pub", "dev", "de", "Veröffentlicht: {D}")
put("date_pub", "test", "de", "Erstellt am {D}")
put("date_upd", "dev", "de", "Aktualisiert: {U}")
put("date_upd", "test", "de", "Zuletzt aktualisiert: {U}", "Stand: {U}")
put("date_both", "dev", "de", "Veröffentlicht am {D}, aktualisiert am {U}")
put("date_both", "test", "de", "Erstellt: {D} | Geändert: {U}")
put("date_pub", "dev", "fr", "Publié le {D}")
put("date_pub", "test", "fr", "Publication : {D}")
put("date_upd", "dev", "fr", "Mis à jour le {U}")
put("date_upd", "test", "fr", "Dernière mise à jour : {U}", "Modifié le {U}")
put("date_both", "dev", "fr", "Publié le {D}, mis à jour le {U}")
put("date_both", "test", "fr", "Publication : {D} – Modification : {U}")
put("date_pub", "dev", "es", "Publicado: {D}")
put("date_pub", "test", "es", "Fecha de publicación: {D}")
put("date_upd", "dev", "es", "Actualizado: {U}")
put("date_upd", "test", "es", "Última actualización: {U}", "Modificado el {U}")
put("date_both", "dev", "es", "Publicado el {D} | Actualizado el {U}")
put("date_both", "test", "es", "Fecha: {D} · Última modificación: {U}")
put("date_rel", "dev", "en", "Updated 3 hours ago", "5 min ago", "Published yesterday")
put("date_rel", "test", "en", "Posted 2 days ago", "Just now", "Revised 40 minutes ago")
put("date_rel", "dev", "de", "vor 3 Stunden")
put("date_rel", "test", "de", "Gestern aktualisiert")
put("date_rel", "dev", "fr", "Il y a 2 heures")
put("date_rel", "test", "fr", "Mis à jour hier")
put("date_rel", "dev", "es", "Hace 4 horas")
put("date_rel", "test", "es", "Actualizado ayer")

# ------------------------------------------------------------ section / tags / copyright / misc with facts
put("section_label", "dev", "en", "Category: {SEC}", "{SECUP}")
put("section_label", "test", "en", "Filed under: {SEC}", "Section › {SEC}")
put("breadcrumb", "dev", "en", "Home » News » {SEC}")
put("breadcrumb", "test", "en", "Front page / {SEC}")
put("section_label", "dev", "de", "Ressort: {SEC}")
put("section_label", "test", "de", "Rubrik {SEC}")
put("section_label", "dev", "fr", "Rubrique : {SEC}")
put("section_label", "test", "fr", "{SECUP}")
put("section_label", "dev", "es", "Sección: {SEC}")
put("section_label", "test", "es", "{SECUP}")
put("tag_line", "dev", "en", "Tags: {TAGS_COMMA}")
put("tag_line", "test", "en", "Topics: {TAGS_DOT}", "{TAGS_HASH}")
put("tag_line", "dev", "de", "Schlagworte: {TAGS_COMMA}")
put("tag_line", "test", "de", "Themen: {TAGS_DOT}")
put("tag_line", "dev", "fr", "Mots-clés : {TAGS_COMMA}")
put("tag_line", "test", "fr", "Sujets : {TAGS_DOT}")
put("tag_line", "dev", "es", "Etiquetas: {TAGS_COMMA}")
put("tag_line", "test", "es", "Temas: {TAGS_DOT}")
put("copyright_site", "dev", "en", "© {Y} {SITE}. All rights reserved.")
put("copyright_site", "test", "en", "Copyright © {Y} {SITE} — reproduction without permission is prohibited")
put("copyright_site", "dev", "de", "© {Y} {SITE}. Alle Rechte vorbehalten.")
put("copyright_site", "test", "de", "Copyright {Y} {SITE} – alle Rechte vorbehalten")
put("copyright_site", "dev", "fr", "© {Y} {SITE}. Tous droits réservés.")
put("copyright_site", "test", "fr", "Copyright {Y} {SITE} – reproduction interdite")
put("copyright_site", "dev", "es", "© {Y} {SITE}. Todos los derechos reservados.")
put("copyright_site", "test", "es", "Copyright {Y} {SITE} · Prohibida su reproducción")
put("copyright", "dev", "en", "© {Y} All rights reserved.")
put("copyright", "test", "en", "All material copyright {Y}.")
put("copyright", "dev", "de", "© {Y} Alle Rechte vorbehalten.")
put("copyright", "test", "de", "Alle Inhalte urheberrechtlich geschützt, {Y}.")
put("copyright", "dev", "fr", "© {Y} Tous droits réservés.")
put("copyright", "test", "fr", "Contenus protégés, {Y}.")
put("copyright", "dev", "es", "© {Y} Todos los derechos reservados.")
put("copyright", "test", "es", "Contenidos protegidos, {Y}.")
put("republish_notice", "dev", "en", "This material may not be published, broadcast, rewritten or redistributed.")
put("republish_notice", "test", "en", "No part of this story may be reproduced without written consent.")
put("republish_notice", "dev", "de", "Nachdruck nur mit Genehmigung.")
put("republish_notice", "test", "de", "Weiterverbreitung ohne Erlaubnis untersagt.")
put("republish_notice", "dev", "fr", "Reproduction interdite sans autorisation.")
put("republish_notice", "test", "fr", "Toute rediffusion est soumise à accord préalable.")
put("republish_notice", "dev", "es", "Prohibida su reproducción total o parcial.")
put("republish_notice", "test", "es", "No se permite la redistribución sin permiso.")

# ------------------------------------------------------------ fact-free boilerplate
put("skip_link", "dev", "en", "Skip to main content")
put("skip_link", "test", "en", "Jump to article")
put("skip_link", "dev", "de", "Direkt zum Inhalt")
put("skip_link", "test", "de", "Zum Artikel springen")
put("skip_link", "dev", "fr", "Aller au contenu principal")
put("skip_link", "test", "fr", "Passer au texte")
put("skip_link", "dev", "es", "Saltar al contenido")
put("skip_link", "test", "es", "Ir al artículo")
put("nav_menu", "dev", "en", "Home | News | Sport | Business | Opinion", "Top Stories", "World", "Money", "Weather")
put("nav_menu", "test", "en", "Front Page · Local · Nation · Markets · Lifestyle", "Latest", "Region", "Arts", "Traffic")
put("nav_menu", "dev", "de", "Startseite | Politik | Wirtschaft | Sport", "Lokales", "Kultur")
put("nav_menu", "test", "de", "Übersicht · Region · Panorama · Freizeit", "Meinung", "Service")
put("nav_menu", "dev", "fr", "Accueil | Actualité | Sports | Culture", "Régions", "Vidéos")
put("nav_menu", "test", "fr", "Une · Société · Planète · Loisirs", "Éditos", "Direct")
put("nav_menu", "dev", "es", "Portada | Nacional | Deportes | Cultura", "Opinión", "Vídeos")
put("nav_menu", "test", "es", "Inicio · Local · Mundo · Ocio", "Tribuna", "Directo")
put("ui_word", "dev", "en", "Menu", "Search", "Close")
put("ui_word", "test", "en", "Expand", "Toggle navigation", "Show more")
put("share_row", "dev", "en", "Share this:", "Facebook", "X", "WhatsApp", "Email")
put("share_row", "test", "en", "Send to a friend", "Share on LinkedIn", "Copy link", "Pin it")
put("share_row", "dev", "de", "Teilen", "Artikel teilen")
put("share_row", "test", "de", "Per Mail versenden", "Link kopieren")
put("share_row", "dev", "fr", "Partager", "Partager sur Facebook")
put("share_row", "test", "fr", "Envoyer par e-mail", "Copier le lien")
put("share_row", "dev", "es", "Compartir", "Compartir en WhatsApp")
put("share_row", "test", "es", "Enviar por correo", "Copiar enlace")
put("advertisement_label", "dev", "en", "Advertisement", "Story continues below advertisement")
put("advertisement_label", "test", "en", "Sponsored", "— Ad —")
put("advertisement_label", "dev", "de", "Anzeige")
put("advertisement_label", "test", "de", "Werbung")
put("advertisement_label", "dev", "fr", "Publicité")
put("advertisement_label", "test", "fr", "Annonce")
put("advertisement_label", "dev", "es", "Publicidad")
put("advertisement_label", "test", "es", "Anuncio")
put("also_read", "dev", "en", "Also Read: {HL}", "ALSO READ | {HL}")
put("also_read", "test", "en", "Don't miss → {HL}", "See also: {HL}")
put("also_read", "dev", "de", "Lesen Sie auch: {HL}")
put("also_read", "test", "de", "Mehr zum Thema: {HL}")
put("also_read", "dev", "fr", "À lire aussi : {HL}")
put("also_read", "test", "fr", "Voir aussi : {HL}")
put("also_read", "dev", "es", "Lee también: {HL}")
put("also_read", "test", "es", "Te puede interesar: {HL}")
put("newsletter_promo", "dev", "en", "Sign up for our morning briefing — it's free.", "Get the top stories in your inbox every day.")
put("newsletter_promo", "test", "en", "Join 40,000 readers who get our daily digest.", "Subscribe to the evening bulletin")
put("newsletter_promo", "dev", "de", "Jetzt den Newsletter abonnieren")
put("newsletter_promo", "test", "de", "Der Morgen-Newsletter: kostenlos anmelden")
put("newsletter_promo", "dev", "fr", "Inscrivez-vous à notre newsletter")
put("newsletter_promo", "test", "fr", "Recevez l'essentiel de l'info chaque matin")
put("newsletter_promo", "dev", "es", "Suscríbete a nuestro boletín")
put("newsletter_promo", "test", "es", "Recibe las noticias del día en tu correo")
put("social_promo", "dev", "en", "Follow us on Instagram and Threads for updates.", "Join our WhatsApp channel")
put("social_promo", "test", "en", "Like our page on Facebook to stay informed", "We're on Telegram — tap to join")
put("app_promo", "dev", "en", "Download the {SITEX} app for breaking news alerts", "Get our app: faster, lighter, free")
put("app_promo", "test", "en", "Open in the {SITEX} app", "Read this in the app for a better experience")
put("click_here_promo", "dev", "en", "For the latest regional news, click here")
put("click_here_promo", "test", "en", "Tap here for more top stories")
put("read_more", "dev", "en", "Read More")
put("read_more", "test", "en", "Continue reading")
put("back_to_top", "dev", "en", "Back to top")
put("back_to_top", "test", "en", "↑ Top")
put("reading_time", "dev", "en", "4 min read", "Listen to this article")
put("reading_time", "test", "en", "Reading time: 3 minutes", "Estimated read: 6 min")
put("reading_time", "dev", "de", "Lesezeit: 3 Minuten")
put("reading_time", "test", "de", "4 Min. Lesedauer")
put("reading_time", "dev", "fr", "Temps de lecture : 2 min")
put("reading_time", "test", "fr", "Lecture 4 min")
put("reading_time", "dev", "es", "Tiempo de lectura: 3 min")
put("reading_time", "test", "es", "Lectura: 5 minutos")
put("comment_form", "dev", "en", "Leave a Reply", "Your email address will not be published. Required fields are marked *", "Post Comment")
put("comment_form", "test", "en", "Join the discussion", "Comments are moderated and may take a while to appear.", "Submit")
put("footer_link", "dev", "en", "About Us", "Privacy Policy", "Terms of Use", "Contact")
put("footer_link", "test", "en", "Our team", "Cookie settings", "Accessibility", "Advertise with us")
put("footer_link", "dev", "de", "Impressum", "Datenschutz")
put("footer_link", "test", "de", "AGB", "Kontakt")
put("footer_link", "dev", "fr", "Mentions légales", "Confidentialité")
put("footer_link", "test", "fr", "Nous contacter", "CGU")
put("footer_link", "dev", "es", "Aviso legal", "Política de privacidad")
put("footer_link", "test", "es", "Contacto", "Términos de uso")
put("cookie_notice", "dev", "en", "We use cookies to improve your experience. By continuing, you agree to our use of cookies.", "Accept")
put("cookie_notice", "test", "en", "This site stores small files on your device to measure traffic.", "Got it")
put("cookie_notice", "dev", "de", "Wir verwenden Cookies, um unser Angebot zu verbessern.", "Akzeptieren")
put("cookie_notice", "test", "de", "Diese Website nutzt Cookies zur Reichweitenmessung.", "Einverstanden")
put("cookie_notice", "dev", "fr", "Ce site utilise des cookies pour améliorer votre expérience.", "J'accepte")
put("cookie_notice", "test", "fr", "Nous déposons des traceurs pour mesurer l'audience.", "OK")
put("cookie_notice", "dev", "es", "Utilizamos cookies para mejorar tu experiencia.", "Aceptar")
put("cookie_notice", "test", "es", "Este sitio usa cookies de medición.", "Entendido")
put("prev_next_link", "dev", "en", "Previous article: {HL}", "Next article: {HL}")
put("prev_next_link", "test", "en", "« Older post", "Newer post »")
put("email_placeholder", "dev", "en", "Contact: {EMAIL}")
put("email_placeholder", "test", "en", "Media enquiries — {EMAIL}")
put("author_bio", "dev", "en", "About the Author", "{NAME} covers local government and transport.")
put("author_bio", "test", "en", "Meet the writer", "{NAME} has reported on the region for a decade.")
put("stray_id", "dev", "en", "{UNIQ}")
put("stray_id", "test", "en", "{MD5}")
put("shortcode", "dev", "en", "[ad_1]", "[ad_2]")
put("shortcode", "test", "en", "[adsense_slot id=\"4\"]", "[/adsense_slot]")
put("reaction_counter", "dev", "en", "Like (12)", "Love (3)")
put("reaction_counter", "test", "en", "👍 48", "😮 5")
put("theme_license_banner", "dev", "en", "The Quillwright theme license is not validated. Go to the theme options page to validate the license.")
put("theme_license_banner", "test", "en", "Papyrine Pro: your licence key has expired — renew to keep receiving updates.")

# list headers (family -> header kind / item kind)
LIST_HEADERS = {
    ("dev", "en"): [("related_header", "related_item", "Related Stories"), ("trending_header", "trending_item", "Trending Now"),
                    ("more_stories_header", "more_stories_item", "More from this section"), ("ranking_header", "ranking_item", "Most Read"),
                    ("you_may_also_like", "related_item", "You May Also Like"), ("recommendation_header", "recommendation_item", "Editor's Picks")],
    ("test", "en"): [("related_header", "related_item", "On the same topic"), ("trending_header", "trending_item", "Hot right now"),
                     ("more_stories_header", "more_stories_item", "Latest headlines"), ("ranking_header", "ranking_item", "Top 5 this week"),
                     ("you_may_also_like", "related_item", "Readers also viewed"), ("recommendation_header", "recommendation_item", "Our selection")],
    ("dev", "de"): [("related_header", "related_item", "Das könnte Sie auch interessieren"), ("ranking_header", "ranking_item", "Meistgelesen")],
    ("test", "de"): [("related_header", "related_item", "Weitere Artikel zum Thema"), ("more_stories_header", "more_stories_item", "Neueste Meldungen")],
    ("dev", "fr"): [("related_header", "related_item", "Sur le même sujet"), ("ranking_header", "ranking_item", "Les plus lus")],
    ("test", "fr"): [("related_header", "related_item", "Dans la même rubrique"), ("more_stories_header", "more_stories_item", "Dernières infos")],
    ("dev", "es"): [("related_header", "related_item", "Noticias relacionadas"), ("ranking_header", "ranking_item", "Lo más leído")],
    ("test", "es"): [("related_header", "related_item", "Más sobre este tema"), ("more_stories_header", "more_stories_item", "Últimas noticias")],
}
BULLETS = {"dev": ["", "- ", "• ", "{i}. "], "test": ["", "* ", "→ ", "{i}) "]}

HL_PARTS = {
    ("dev", "en"): (["Council", "Regional bank", "Hospital trust", "Ferry operator", "County museum", "Water board"],
                    ["delays", "unveils", "rethinks", "expands", "cuts", "defends"],
                    ["winter timetable", "new wing plans", "parking charges", "grant scheme", "night services", "flood defences"]),
    ("test", "en"): (["Rail union", "Port authority", "Library service", "Energy co-op", "University board", "Bus company"],
                     ["scraps", "launches", "pauses", "revives", "doubles", "reviews"],
                     ["summer festival", "fare freeze", "pilot project", "recycling rules", "housing targets", "speed limits"]),
    ("dev", "de"): (["Stadtrat", "Landkreis", "Zoo"], ["beschließt", "verschiebt", "plant"], ["neue Radwege", "höhere Gebühren", "den Umbau"]),
    ("test", "de"): (["Gemeinde", "Klinikum", "Verein"], ["stoppt", "startet", "prüft"], ["das Bauprojekt", "einen Neubau", "die Fusion"]),
    ("dev", "fr"): (["La mairie", "Le département", "La région"], ["lance", "reporte", "annonce"], ["un nouveau plan", "des travaux", "une consultation"]),
    ("test", "fr"): (["L'hôpital", "La préfecture", "Le club"], ["suspend", "relance", "dévoile"], ["son projet", "un appel", "la rénovation"]),
    ("dev", "es"): (["El ayuntamiento", "La diputación", "El puerto"], ["aprueba", "aplaza", "presenta"], ["un nuevo plan", "las obras", "la reforma"]),
    ("test", "es"): (["La consejería", "El hospital", "La universidad"], ["suspende", "impulsa", "revisa"], ["el proyecto", "una ampliación", "el convenio"]),
}


def headline(rng, split, lang):
    a, b, c = HL_PARTS[(split, lang)]
    return f"{rng.choice(a)} {rng.choice(b)} {rng.choice(c)}"


def pick(rng, kind, split, lang):
    d = W[kind]
    key = (split, lang) if (split, lang) in d else (split, "en")
    return rng.choice(d[key])


def all_of(kind, split, lang):
    d = W[kind]
    key = (split, lang) if (split, lang) in d else (split, "en")
    return d[key]
