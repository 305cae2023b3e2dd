"""Invented boilerplate wordings for blind_m.

Every pool is a list per language. ``pick`` gives dev the even-indexed entries and test the
odd-indexed ones, so dev and test never share a wording of any kind.
Placeholders: {agg} aggregator name (fact), {pub} publisher name (fact), {host} publisher host
(fact), {url} original URL (fact, host inside is the publisher), {site} the site's own name
(plain text, only used when the document has a title suffix), {email} the e-mail placeholder,
{title} the headline.
"""

POOLS = {}


def pool(name, **langs):
    POOLS[name] = langs


# ---------------------------------------------------------------- aggregator disclaimers
pool("disc_named",
     en=[
         "Disclaimer: {agg} is an automated news aggregator. This article was collected from {pub} and all rights belong to the original author.",
         "{agg} does not own the content published on this page. All trademarks and copyrights belong to their respective owners.",
         "If you are the owner of this content and want it removed, please contact {agg} and we will take it down within 48 hours.",
         "Content on {agg} is collected automatically from public RSS feeds. We do not edit or verify the stories.",
         "{agg} is not responsible for the accuracy of third-party articles. The views expressed here belong to {pub}.",
         "Note from {agg}: this post was picked up automatically by our feed reader from {pub}.",
         "About {agg}: we bring together headlines from hundreds of outlets so you don't have to visit them one by one.",
         "Copyright concerns? {agg} respects the rights of publishers. Send us a takedown request and the item will be removed promptly.",
         "This page is part of the automated news stream of {agg} and was not written by our staff.",
         "We at {agg} only index and summarise stories; the full text remains the property of {pub}.",
         "Takedown requests: email the {agg} team at {email} with a link to the story in question.",
         "{agg} is a free news digest. Stories appear here exactly as their sources published them, without human review.",
         "Legal notice: {agg} reproduces publicly available news for informational purposes only and makes no claim of ownership.",
         "The {agg} crawler fetched this item automatically from {pub}. Report a problem with this story.",
         "{agg} gathers articles from across the web and hosts none of them as its own work.",
         "Powered by {agg}, automatic news curation. Credit for the original reporting goes to {pub}.",
         "Important: {agg} is an unofficial reader site. The article above was taken from {pub}; we hold no rights to it.",
         "All stories on {agg} are republished by software. If something here belongs to you, write to {email} and it will disappear within a day.",
         "{agg} acts purely as a link and text aggregator and accepts no liability for the content of the sources it lists.",
         "Why am I seeing this on {agg}? Our system mirrors news items from {pub} and other outlets as soon as they go live.",
     ],
     de=[
         "Haftungsausschluss: {agg} ist ein automatischer Nachrichtenaggregator. Dieser Beitrag stammt von {pub}.",
         "{agg} übernimmt keine Verantwortung für die Inhalte externer Quellen.",
         "Sie sind Rechteinhaber und möchten diesen Beitrag entfernen lassen? Schreiben Sie an {agg}, wir löschen ihn umgehend.",
         "Die Artikel auf {agg} werden automatisch aus öffentlichen Feeds gesammelt und nicht redaktionell geprüft.",
         "Hinweis von {agg}: Alle Rechte an diesem Text liegen bei {pub}.",
         "{agg} bündelt Meldungen aus zahlreichen Medien und erhebt keinen Anspruch auf die Urheberschaft.",
     ],
     fr=[
         "Avertissement : {agg} est un agrégateur automatique d'actualités. Cet article provient de {pub}.",
         "{agg} n'est pas propriétaire de ce contenu ; tous les droits appartiennent à leurs auteurs respectifs.",
         "Pour toute demande de retrait, contactez {agg} : l'article sera supprimé sous 24 heures.",
         "Les contenus de {agg} sont collectés automatiquement et publiés sans relecture.",
         "Note de {agg} : ce texte a été récupéré automatiquement sur le site de {pub}.",
         "{agg} décline toute responsabilité quant aux informations publiées par des sources tierces.",
     ],
     es=[
         "Aviso legal: {agg} es un agregador automático de noticias. Este contenido procede de {pub}.",
         "{agg} no es propietario de este contenido; los derechos pertenecen a sus autores.",
         "Si es titular de los derechos y desea retirar este artículo, escriba a {agg} y lo eliminaremos en 24 horas.",
         "Las noticias de {agg} se recopilan de forma automática y no son revisadas por nuestro equipo.",
         "Nota de {agg}: este texto fue tomado automáticamente de {pub}.",
         "{agg} no se hace responsable de las opiniones ni de los datos publicados por terceros.",
     ])

# a header line that can precede a disclaimer sentence (same kind, no fact)
pool("disc_head",
     en=["DISCLAIMER", "Disclaimer", "Legal notice", "Important notice:", "A note about this page",
         "Content notice", "Removal requests", "Please note"],
     de=["Haftungsausschluss", "Rechtlicher Hinweis", "Hinweis zur Quelle", "Wichtiger Hinweis:"],
     fr=["Avertissement", "Mentions importantes", "Note sur ce contenu", "Avis juridique :"],
     es=["Aviso legal", "Descargo de responsabilidad", "Nota sobre este contenido", "Aviso importante:"])

pool("disc_anon",
     en=[
         "We are not the owners of this content. For removal requests, please reach out through our contact page.",
         "All content on this site is collected automatically from public sources; the rights remain with the original publishers.",
         "This website assumes no responsibility for third-party material displayed on this page.",
         "Articles here are gathered by an automatic program and are not checked by a human editor.",
         "Any trademark or image shown belongs to its owner. Contact us if you want a story deleted.",
         "This post was imported automatically. We make no claim to the copyright of the text.",
         "Story taken from {pub}; every right remains with its owner.",
         "This article was picked up automatically from {pub}. We do not own it.",
     ],
     de=["Alle Inhalte werden automatisch aus öffentlichen Quellen übernommen; die Rechte liegen bei den Urhebern.",
         "Wir sind nicht Eigentümer dieser Inhalte. Löschanfragen bitte über das Kontaktformular.",
         "Dieser Text wurde automatisch von {pub} übernommen.",
         "Für Inhalte Dritter übernehmen wir keine Haftung."],
     fr=["Tous les contenus sont récupérés automatiquement ; les droits restent à leurs éditeurs d'origine.",
         "Nous ne sommes pas propriétaires de ce contenu. Pour un retrait, utilisez le formulaire de contact.",
         "Texte repris automatiquement depuis {pub}.",
         "Ce site décline toute responsabilité pour les contenus de tiers."],
     es=["Todo el contenido se recopila automáticamente de fuentes públicas; los derechos son de sus editores.",
         "No somos propietarios de este contenido. Para retirarlo, use el formulario de contacto.",
         "Texto tomado automáticamente de {pub}.",
         "Este sitio no se responsabiliza del contenido de terceros."])

# ---------------------------------------------------------------- read original / originally appeared / source
pool("read_original",
     en=["Read the original article on {pub}", "Continue reading on {pub}", "Read the full story at {pub}",
         "Read the rest of this article at {pub} →", "Full story: {pub}", "Click here to read the original at {pub}",
         "Keep reading at {pub}", "View the full article on the website of {pub}", "Finish reading this story on {pub}",
         "Read it in full on {pub} »", "Open the original report from {pub}", "The complete article is available at {pub}"],
     de=["Den Originalartikel lesen Sie bei {pub}", "Weiterlesen bei {pub}", "Den vollständigen Artikel gibt es bei {pub}",
         "Hier geht es zum Original bei {pub} »"],
     fr=["Lire l'article original sur {pub}", "Lire la suite sur {pub}", "Retrouvez l'article complet sur {pub}",
         "Continuer la lecture sur le site de {pub}"],
     es=["Lee el artículo original en {pub}", "Sigue leyendo en {pub}", "Consulta la noticia completa en {pub}",
         "Continúa la lectura en {pub} »"])

pool("read_original_anon",
     en=["Read original story here", "Click to read the original", "Go to the original article",
         "Read the source article", "Original story ›", "See the full original post"],
     de=["Zum Originalartikel", "Original lesen"],
     fr=["Voir l'article d'origine", "Lire l'original"],
     es=["Ver la noticia original", "Leer el original"])

pool("originally",
     en=["This article originally appeared in {pub}.", "Originally published by {pub}.",
         "This story was first published by {pub}.", "A version of this article first appeared on {pub}.",
         "Via {pub}", "This post first ran on {pub} and is republished here with permission.",
         "Reprinted from {pub}.", "Story courtesy of {pub}.", "Republished from {pub}",
         "First appeared on {pub}", "via: {pub}", "This report was originally produced by {pub}."],
     de=["Dieser Artikel erschien zuerst bei {pub}.", "Zuerst veröffentlicht von {pub}.", "Via {pub}",
         "Der Beitrag wurde ursprünglich bei {pub} veröffentlicht."],
     fr=["Cet article a d'abord été publié par {pub}.", "Article initialement paru dans {pub}.", "Via {pub}",
         "Ce texte a été publié à l'origine sur {pub}."],
     es=["Este artículo se publicó originalmente en {pub}.", "Publicado primero por {pub}.", "Vía {pub}",
         "La nota apareció originalmente en {pub}."])

pool("source_named",
     en=["Source: {pub}", "SOURCE: {pub}", "Source — {pub}", "Sources: {pub}", "Story source: {pub}",
         "News source: {pub}", "Original source: {pub}", "Source / {pub}"],
     de=["Quelle: {pub}", "QUELLE: {pub}", "Quelle – {pub}", "Originalquelle: {pub}"],
     fr=["Source : {pub}", "SOURCE : {pub}", "Source – {pub}", "Source originale : {pub}"],
     es=["Fuente: {pub}", "FUENTE: {pub}", "Fuente – {pub}", "Fuente original: {pub}"])

pool("source_anon",
     en=["Source link", "Source", "Link to source", "Source Link ↗"],
     de=["Quelllink", "Zur Quelle"],
     fr=["Lien source", "Voir la source"],
     es=["Enlace a la fuente", "Ver fuente"])

pool("url_line",
     en=["{url}", "Original article: {url}", "Source URL: {url}", "Link: {url}", "Original: {url}",
         "Read at: {url}", "{url} {title}", "Source: {url}", "Canonical: {url}", "Permalink to original: {url}",
         "🔗 {url}", "Originally posted at {url}"],
     de=["{url}", "Originalartikel: {url}", "Quelle: {url}", "Link zum Original: {url}"],
     fr=["{url}", "Article original : {url}", "Source : {url}", "Lien d'origine : {url}"],
     es=["{url}", "Artículo original: {url}", "Fuente: {url}", "Enlace original: {url}"])

# ---------------------------------------------------------------- syndication notices
# (text inside the wrapper; the wrapper is chosen separately)
pool("syndication",
     en=["This story has been published from a partner feed without changes to the text; only the headline was written by us.",
         "This article is syndicated from {pub} and has not been edited by our staff.",
         "Syndicated content: this article was distributed by {pub} and appears here unedited.",
         "This story was provided by {pub} through a content-sharing partnership.",
         "Auto-published from a syndicated feed. Our newsroom did not edit this article.",
         "Syndicated from {pub} under a content licence agreement.",
         "Apart from the headline, nothing in this report was changed by our desk; it comes to us through a syndication partner.",
         "This content is shared with us by {pub} as part of a syndication arrangement.",
         "Syndication note: this report reached us via the partner feed of {pub} and is reproduced in full.",
         "Content provided by {pub}. Distributed through a syndication service; the text has not been altered.",
         "Feed story: carried automatically from a syndicated source and not reviewed by an editor.",
         "This piece is part of a news-sharing programme with {pub} and runs here in its original form."],
     de=["Dieser Artikel wurde automatisch aus einem Partner-Feed übernommen und nicht von der Redaktion bearbeitet.",
         "Inhalt bereitgestellt von {pub} im Rahmen einer Syndizierungspartnerschaft.",
         "Übernommen von {pub}; der Text wurde nicht redaktionell verändert.",
         "Dieser Beitrag erscheint im Rahmen einer Content-Kooperation unverändert."],
     fr=["Cet article est publié automatiquement à partir d'un flux syndiqué et n'a pas été modifié par notre rédaction.",
         "Contenu fourni par {pub} dans le cadre d'un accord de syndication.",
         "Repris de {pub} sans modification du texte.",
         "Article diffusé via un partenaire de syndication, publié tel quel."],
     es=["Esta noticia se publica automáticamente desde un servicio sindicado y no ha sido editada por nuestra redacción.",
         "Contenido proporcionado por {pub} mediante un acuerdo de sindicación.",
         "Reproducido de {pub} sin cambios en el texto.",
         "Artículo distribuido por un socio de sindicación y publicado sin modificaciones."])

# ---------------------------------------------------------------- list headers per family
pool("hdr_related",
     en=["Related", "Related Stories", "RELATED ARTICLES", "Related coverage", "Read next", "See also",
         "More on this story", "Further reading", "In related news", "Related posts:", "Keep reading",
         "More on this topic", "Stories like this", "Related reads", "Also on this subject", "Connected stories"],
     de=["Mehr zum Thema", "Verwandte Artikel", "Weitere Artikel zum Thema", "Passend dazu", "Siehe auch", "Ähnliche Beiträge"],
     fr=["Sur le même sujet", "Articles liés", "Dans la même rubrique", "À lire également", "Voir aussi", "Articles connexes"],
     es=["Noticias relacionadas", "Relacionado", "Más sobre este tema", "Artículos relacionados", "Ver también", "Sobre el mismo asunto"])
pool("hdr_ymal",
     en=["You may also like", "You might also like", "You may also be interested in", "We think you'll like these",
         "You might be interested in", "Might interest you", "If you liked this, try", "More you might like",
         "YOU MAY ALSO LIKE", "Other stories you may enjoy"],
     de=["Das könnte Sie auch interessieren", "Auch interessant", "Das könnte Ihnen gefallen", "Ebenfalls lesenswert"],
     fr=["Vous aimerez aussi", "Ça pourrait vous intéresser", "Vous aimerez peut-être", "Ces articles pourraient vous plaire"],
     es=["También te puede interesar", "Te puede gustar", "Quizá te interese", "Otras noticias que te pueden gustar"])
pool("hdr_recommendation",
     en=["Recommended", "Recommended for you", "Editor's picks", "Don't miss", "DON'T MISS", "Our picks",
         "Staff picks", "Must read", "Handpicked for you", "Top picks for you", "Editors' choice", "Worth your time",
         "Don't miss these", "Picked by our editors"],
     de=["Nicht verpassen", "Empfehlungen der Redaktion", "Unsere Empfehlungen", "Lesetipps", "Empfohlen", "Redaktionstipps"],
     fr=["À ne pas manquer", "Notre sélection", "Le choix de la rédaction", "Recommandé pour vous", "Nos coups de cœur", "À découvrir"],
     es=["No te lo pierdas", "Recomendados", "Selección del editor", "Nuestras recomendaciones", "Imprescindibles", "Recomendado para ti"])
pool("hdr_ranking",
     en=["Most read", "Popular now", "Most popular", "Most viewed", "Top 5 this week", "MOST SHARED",
         "Popular posts", "What everyone's reading", "Top stories today", "Most clicked", "Popular right now",
         "Readers' favourites"],
     de=["Meistgelesen", "Beliebt", "Top-Artikel", "Meistgeklickt", "Gerade beliebt", "Die meistgelesenen Artikel"],
     fr=["Les plus lus", "Populaires", "Les articles les plus consultés", "Top lecture", "Populaire en ce moment", "Les plus partagés"],
     es=["Lo más leído", "Más populares", "Lo más visto", "Lo más compartido", "Popular ahora", "Top de la semana"])
pool("hdr_trending",
     en=["Trending", "Trending now", "What's hot", "Hot right now", "Buzzing", "On the radar",
         "Trending on {site}", "Now trending", "TRENDING STORIES", "Hot topics"],
     de=["Im Trend", "Gerade angesagt", "Trends", "Heiß diskutiert"],
     fr=["Tendances", "En ce moment", "Tendance", "Ça buzze"],
     es=["Tendencias", "Lo que es tendencia", "En tendencia", "De actualidad"])
pool("hdr_more",
     en=["More from {site}", "More stories", "Latest news", "Recent posts", "Latest headlines", "More headlines",
         "Fresh from the newsroom", "More news", "Just in", "The latest", "LATEST STORIES", "Elsewhere on {site}"],
     de=["Weitere Nachrichten", "Mehr von {site}", "Neueste Artikel", "Aktuelle Meldungen", "Neu auf {site}", "Letzte Beiträge"],
     fr=["Plus d'actualités", "Dernières infos", "Plus de {site}", "Derniers articles", "Encore plus d'actu", "Fil d'actu"],
     es=["Más noticias", "Últimas noticias", "Más de {site}", "Lo último", "Otras noticias", "Últimas entradas"])

pool("also_read",
     en=["Also read: {h}", "ALSO READ | {h}", "RELATED: {h}", "Don't miss: {h}", "See also: {h}", "Read more: {h}",
         "Must read — {h}", "Also on our site: {h}", "READ NEXT: {h}", "Recommended: {h}"],
     de=["Lesen Sie auch: {h}", "Auch interessant: {h}", "Mehr dazu: {h}", "Siehe auch: {h}"],
     fr=["À lire aussi : {h}", "Lire aussi : {h}", "À voir aussi : {h}", "Sur le même sujet : {h}"],
     es=["Lee también: {h}", "Te puede interesar: {h}", "Relacionado: {h}", "Leer más: {h}"])

# ---------------------------------------------------------------- light "other" boilerplate
pool("byline",
     en=["By {person}", "BY {PERSON}", "Written by {person}", "Posted by {person}", "Story by {person}", "Author: {person}"],
     de=["Von {person}", "Autor: {person}", "Ein Beitrag von {person}", "VON {PERSON}"],
     fr=["Par {person}", "Auteur : {person}", "PAR {PERSON}", "Rédigé par {person}"],
     es=["Por {person}", "Autor: {person}", "POR {PERSON}", "Escrito por {person}"])
pool("share",
     en=["Share this:", "Share on Facebook  Share on X  Email", "SHARE", "Facebook Twitter WhatsApp Email",
         "Share this article", "Tweet  Share  Pin", "Share via: Email | X | LinkedIn", "0 Shares"],
     de=["Teilen", "Artikel teilen", "Facebook X WhatsApp E-Mail", "Jetzt teilen:"],
     fr=["Partager", "Partager cet article", "Facebook X WhatsApp E-mail", "Partagez :"],
     es=["Compartir", "Comparte esta noticia", "Facebook X WhatsApp Correo", "Compartir en:"])
pool("nav",
     en=["Home | World | Business | Tech | Sports", "Home  News  Politics  Entertainment  Lifestyle", "Menu",
         "HOME / NEWS / LATEST", "Top Stories · Local · National · Opinion", "☰ Sections"],
     de=["Startseite | Politik | Wirtschaft | Sport", "Menü", "Home / Nachrichten / Regional", "Rubriken"],
     fr=["Accueil | Monde | Économie | Sport", "Menu", "Accueil / Actualités / Région", "Rubriques"],
     es=["Inicio | Mundo | Economía | Deportes", "Menú", "Portada / Noticias / Región", "Secciones"])
pool("ad",
     en=["Advertisement", "ADVERTISEMENT", "Story continues below", "Sponsored", "- Advertisement -", "Ad"],
     de=["Anzeige", "Werbung", "ANZEIGE", "- Anzeige -"],
     fr=["Publicité", "PUBLICITÉ", "Annonce", "- Publicité -"],
     es=["Publicidad", "PUBLICIDAD", "Anuncio", "- Publicidad -"])
pool("comment",
     en=["Leave a Reply", "Leave a comment", "Your email address will not be published.", "Comments are closed.",
         "Post a Comment", "Join the discussion", "0 Comments", "Be the first to comment"],
     de=["Kommentar schreiben", "Kommentare", "Ihre E-Mail-Adresse wird nicht veröffentlicht.", "Diskutieren Sie mit"],
     fr=["Laisser un commentaire", "Commentaires", "Votre adresse e-mail ne sera pas publiée.", "Réagir"],
     es=["Deja un comentario", "Comentarios", "Tu correo no será publicado.", "Participa en la conversación"])
pool("copyright",
     en=["© {year} {site}. All rights reserved.", "Copyright © {year} {site}", "© {site} {year}", "All content © {year} {site}"],
     de=["© {year} {site}. Alle Rechte vorbehalten.", "Copyright © {year} {site}"],
     fr=["© {year} {site}. Tous droits réservés.", "Copyright © {year} {site}"],
     es=["© {year} {site}. Todos los derechos reservados.", "Copyright © {year} {site}"])
pool("copyright_anon",
     en=["All rights reserved.", "© {year} All rights reserved", "Copyright {year}. All rights reserved.", "© {year}"],
     de=["Alle Rechte vorbehalten.", "© {year} Alle Rechte vorbehalten"],
     fr=["Tous droits réservés.", "© {year} Tous droits réservés"],
     es=["Todos los derechos reservados.", "© {year} Todos los derechos reservados"])
pool("prevnext",
     en=["Previous post {h}", "Next post {h}", "« Previous: {h}", "Next article » {h}", "PREVIOUS ARTICLE {h}", "Up next: {h}"],
     de=["Vorheriger Beitrag {h}", "Nächster Beitrag {h}", "« Zurück: {h}", "Weiter » {h}"],
     fr=["Article précédent {h}", "Article suivant {h}", "« Précédent : {h}", "Suivant » {h}"],
     es=["Entrada anterior {h}", "Entrada siguiente {h}", "« Anterior: {h}", "Siguiente » {h}"])
pool("reltime",
     en=["{n} hours ago", "Updated {n} hours ago", "Posted {n} hours ago", "{n} min ago"],
     de=["vor {n} Stunden", "Aktualisiert vor {n} Stunden"],
     fr=["il y a {n} heures", "Mis à jour il y a {n} heures"],
     es=["hace {n} horas", "Actualizado hace {n} horas"])
pool("reading_time",
     en=["{n} min read", "Reading time: {n} minutes", "⏱ {n} min", "Estimated read: {n} min"],
     de=["Lesezeit: {n} Minuten", "{n} Min. Lesezeit"],
     fr=["Lecture : {n} min", "Temps de lecture : {n} minutes"],
     es=["Lectura: {n} min", "Tiempo de lectura: {n} minutos"])
pool("back_top",
     en=["Back to top", "Back to top ↑", "↑ Top", "Scroll to top", "BACK TO TOP", "Return to top"],
     de=["Nach oben", "↑ Zum Seitenanfang"],
     fr=["Retour en haut", "↑ Haut de page"],
     es=["Volver arriba", "↑ Ir arriba"])
# date-line labels: (label template, fact kind)   {d} = formatted date
pool("date_pub",
     en=["Published: {d}", "Posted on {d}", "{d}", "Date: {d}", "Published {d}", "First posted {d}"],
     de=["Veröffentlicht am {d}", "{d}", "Erschienen: {d}", "Datum: {d}"],
     fr=["Publié le {d}", "{d}", "Mis en ligne le {d}", "Date : {d}"],
     es=["Publicado el {d}", "{d}", "Fecha: {d}", "Publicado: {d}"])
pool("date_upd",
     en=["Updated: {d}", "Last updated {d}", "Updated {d}", "Last modified: {d}"],
     de=["Aktualisiert am {d}", "Zuletzt aktualisiert: {d}"],
     fr=["Mis à jour le {d}", "Dernière mise à jour : {d}"],
     es=["Actualizado el {d}", "Última actualización: {d}"])

# syndication wrappers (open, close)
WRAPPERS = [("(", ")"), ("[", "]"), ("", ""), ("*", ""), ("{", "}"), ("(", ")")]

BULLETS = ["- ", "• ", "* ", "→ ", "» ", "▪ ", "› ", "– ", "", "", "", "#"]
ITEM_TAILS = {
    "en": ["", "", "", " (Video)", " — {n} hours ago", " | {n} comments", " ({mon} {day}, {year})", " [PHOTOS]",
           " · {n} min read", " {n}.{m}K views", "{n} hours ago", " ({day} {mon})"],
    "de": ["", "", " (Video)", " – vor {n} Stunden", " | {n} Kommentare", " ({day}.{mo}.{year})"],
    "fr": ["", "", " (Vidéo)", " – il y a {n} heures", " | {n} commentaires", " ({day}/{mo}/{year})"],
    "es": ["", "", " (Video)", " – hace {n} horas", " | {n} comentarios", " ({day}/{mo}/{year})"],
}
