"""Invented boilerplate wordings for blind_n, each pool written as two disjoint halves.

Placeholders: {A} aggregator name (fact `aggregator`), {P} publisher name (fact `publisher`),
{U} original URL (fact `original_url`, host -> `publisher`), {T} relative time (no fact),
{H} the headline (no fact). Pools are dicts lang -> {"dev": [...], "test": [...]}; nothing in a
dev list occurs in the matching test list (check.py verifies it).
"""

# ---------------------------------------------------------------- aggregator self-descriptions
AGG_NAMED = {
    "en": {
        "dev": [
            "{A} is an automated news aggregator. Every story on this page was collected from publicly available feeds.",
            "Disclaimer: {A} does not own the content shown here and cannot vouch for its accuracy.",
            "About {A}: we pull headlines from hundreds of outlets around the clock so you don't have to.",
            "{A} reposts news automatically. If you hold the rights to this article and want it taken down, contact [email protected].",
            "Legal notice — {A} acts solely as an index of third-party reporting and hosts no original journalism.",
            "Content on {A} is gathered by software, not by editors, and is shown as received.",
            "Want something removed from {A}? Send the page address to [email protected] and we will act within two business days.",
            "{A} makes no claim of ownership over the articles it lists. All trademarks and copyrights belong to their respective holders.",
            "You are reading a copy stored by {A}, a free headline-collection service.",
            "Takedown requests for {A} can be filed through our contact page; please include the original link.",
            "{A} automatically mirrors stories from partner and public sources and does not verify them.",
            "Notice: the text on this page was compiled by the {A} bot from an RSS feed.",
            "{A} — your one-stop feed of the day's news from across the web.",
            "This page is part of {A}, which copies and indexes news for easier reading. We are not the author.",
            "Important: {A} is not responsible for the views expressed in aggregated articles.",
            "Copyright complaints regarding material on {A} should be sent to [email protected].",
        ],
        "test": [
            "{A} collects news from around the internet and republishes it automatically; we do not write any of it.",
            "Denial of liability: {A} neither owns nor edits the stories displayed on this site.",
            "Who we are: {A} is a machine-run digest of headlines from independent publishers.",
            "If this post infringes your rights, write to the {A} team at [email protected] and it will be deleted within 48 hours.",
            "Legal information: {A} operates as a neutral link and excerpt service under applicable safe-harbour rules.",
            "All items on {A} are fetched by crawlers and appear exactly as the source published them.",
            "To request removal of an article from {A}, please use the takedown form and cite the page URL.",
            "{A} claims no rights to third-party material reproduced here. Rights remain with the original owners.",
            "This copy is hosted by {A}, an independent news-scraping project.",
            "{A} does not check facts in scraped items. Readers should consult the original source.",
            "Powered by {A}: the stories on this page are aggregated without human review.",
            "Editor's note from {A}: we are an aggregation service and hold no editorial responsibility for this report.",
            "{A} brings you trending news gathered automatically from the open web.",
            "The article above was archived by {A} for reference purposes only. We are not affiliated with the publisher.",
            "Opinions in articles shown on {A} belong to their authors, not to us.",
            "Rights holders may contact {A} via [email protected] to have content removed.",
        ],
    },
    "de": {
        "dev": [
            "{A} ist ein automatischer Nachrichtenaggregator. Alle Inhalte stammen aus öffentlich zugänglichen Quellen.",
            "Haftungsausschluss: {A} ist nicht Eigentümer der hier angezeigten Inhalte.",
            "Über {A}: Wir sammeln rund um die Uhr Schlagzeilen aus dem Netz.",
            "Löschanfragen an {A} bitte per E-Mail an [email protected] richten.",
            "Rechtlicher Hinweis: {A} veröffentlicht ausschließlich Inhalte Dritter und prüft diese nicht.",
            "Dieser Beitrag wurde von {A} automatisch übernommen.",
            "{A} übernimmt keine Gewähr für die Richtigkeit der verlinkten Meldungen.",
        ],
        "test": [
            "{A} sammelt Nachrichten automatisch und veröffentlicht sie ohne redaktionelle Bearbeitung.",
            "Hinweis: {A} erhebt keinen Anspruch auf die Rechte an diesem Artikel. Die Rechte liegen beim jeweiligen Verlag.",
            "Wer wir sind: {A} ist ein Dienst, der Meldungen aus vielen Quellen bündelt.",
            "Sie sind Rechteinhaber? Schreiben Sie an {A} unter [email protected], wir entfernen den Inhalt umgehend.",
            "Impressum-Hinweis: {A} ist ein reines Verzeichnisangebot und erstellt keine eigenen Texte.",
            "Dieser Text wurde vom Crawler des Dienstes {A} erfasst und unverändert gespeichert.",
            "{A} haftet nicht für Inhalte externer Quellen.",
        ],
    },
    "fr": {
        "dev": [
            "{A} est un agrégateur automatique d'actualités. Tous les contenus proviennent de sources publiques.",
            "Avertissement : {A} n'est pas propriétaire des contenus affichés sur cette page.",
            "À propos de {A} : nous rassemblons les titres de la presse en continu.",
            "Pour demander le retrait d'un article du site {A}, écrivez à [email protected].",
            "Mentions légales : {A} se limite à référencer des contenus de tiers et ne les vérifie pas.",
            "Cet article a été repris automatiquement par le site {A}.",
            "{A} décline toute responsabilité quant à l'exactitude des informations relayées.",
        ],
        "test": [
            "{A} collecte l'actualité de façon automatisée et la republie sans intervention humaine.",
            "Clause de non-responsabilité : {A} ne détient aucun droit sur cet article. Les droits appartiennent à leurs auteurs.",
            "Qui sommes-nous ? {A} est un service de veille qui regroupe des dépêches de multiples sources.",
            "Ayants droit : contactez {A} à [email protected], le contenu sera supprimé sous 48 heures.",
            "Information légale : {A} agit comme simple hébergeur de liens et d'extraits.",
            "Ce texte a été capté par le robot du service {A} et archivé tel quel.",
            "{A} n'est pas responsable des contenus issus de sites externes.",
        ],
    },
    "es": {
        "dev": [
            "{A} es un agregador automático de noticias. Todo el contenido procede de fuentes públicas.",
            "Aviso: {A} no es propietario de los contenidos mostrados en esta página.",
            "Sobre {A}: reunimos titulares de cientos de medios las 24 horas.",
            "Para solicitar la retirada de un artículo del sitio {A}, escriba a [email protected].",
            "Aviso legal: {A} se limita a indexar contenidos de terceros y no los verifica.",
            "Este artículo fue recogido automáticamente por el portal {A}.",
            "{A} no se hace responsable de la exactitud de las informaciones enlazadas.",
        ],
        "test": [
            "{A} recopila noticias de forma automática y las republica sin intervención editorial.",
            "Descargo de responsabilidad: {A} no posee ningún derecho sobre este artículo. Los derechos pertenecen a sus autores.",
            "Quiénes somos: {A} es un servicio que agrupa noticias de múltiples fuentes.",
            "¿Es usted titular de los derechos? Contacte con {A} en [email protected] y retiraremos el contenido en 48 horas.",
            "Información legal: {A} actúa como mero intermediario de enlaces y extractos.",
            "Este texto fue capturado por el robot del servicio {A} y archivado sin cambios.",
            "{A} no se responsabiliza de los contenidos de sitios externos.",
        ],
    },
}

# disclaimers that name both the aggregator and the original publisher
AGG_PUB = {
    "en": {
        "dev": [
            "{A} did not produce this report. It was copied from {P}, which retains all rights.",
            "Disclaimer: this story belongs to {P}; {A} only displays it for informational purposes.",
            "{A} automatically pulled this article from {P}. Contact us to have it removed.",
            "Content credit: {P}. Aggregated by {A}.",
            "This item was indexed by {A} from {P} and has not been checked by us.",
            "The rights to this article remain with {P}. {A} is an aggregator and is not the publisher.",
        ],
        "test": [
            "{A} is not the author of this piece; it was fetched from {P} by our crawler.",
            "Disclaimer: the original content is owned by {P}. {A} merely links to and excerpts it.",
            "Scraped by {A} from {P}. All copyrights belong to the original publisher.",
            "{P} holds the copyright to this report, which {A} republishes automatically.",
            "Auto-collected by {A}. Original reporting: {P}.",
            "We at {A} did not write this. Full credit goes to {P}.",
        ],
    },
    "de": {
        "dev": [
            "{A} hat diesen Artikel nicht verfasst; er wurde von {P} übernommen.",
            "Die Rechte an diesem Text liegen bei {P}. {A} zeigt ihn nur zu Informationszwecken.",
            "Automatisch von {A} aus {P} übernommen.",
        ],
        "test": [
            "Originalinhalt von {P}, gesammelt durch {A}.",
            "{A} ist nicht der Urheber; Quelle des Textes ist {P}.",
            "{P} besitzt alle Rechte an dieser Meldung, {A} verlinkt sie lediglich.",
        ],
    },
    "fr": {
        "dev": [
            "{A} n'est pas l'auteur de cet article, repris du média {P}.",
            "Les droits de ce texte appartiennent à {P}. {A} le diffuse à titre informatif.",
            "Collecté automatiquement par {A} depuis {P}.",
        ],
        "test": [
            "Contenu original : {P}. Agrégé par {A}.",
            "{A} n'a pas rédigé cet article ; la source est {P}.",
            "{P} conserve tous les droits sur ce texte, que {A} se contente de relayer.",
        ],
    },
    "es": {
        "dev": [
            "{A} no es el autor de este artículo, tomado del medio {P}.",
            "Los derechos de este texto pertenecen a {P}. {A} lo muestra con fines informativos.",
            "Recogido automáticamente por {A} desde {P}.",
        ],
        "test": [
            "Contenido original: {P}. Agregado por {A}.",
            "{A} no redactó este artículo; la fuente es {P}.",
            "{P} conserva todos los derechos de esta noticia, que {A} solo enlaza.",
        ],
    },
}

# anonymous aggregator disclaimers: boilerplate, but no fact
AGG_ANON = {
    "en": {
        "dev": [
            "This website is an automatic aggregator of news from around the world. All content belongs to its respective owners.",
            "Disclaimer: we do not own any of the articles listed here and take no responsibility for their accuracy.",
            "Our site collects publicly available news automatically. To request removal, contact [email protected].",
            "The content above was gathered automatically and has not been reviewed by a human editor.",
            "We are a news aggregation service and do not produce original reporting.",
            "All articles are the property of their original publishers and are shown here for informational purposes.",
            "If you believe this page infringes your copyright, email [email protected] and it will be removed promptly.",
            "This page is generated automatically from public feeds.",
        ],
        "test": [
            "Everything on this site is compiled by an automated script from public sources.",
            "Notice of non-liability: the site operator does not verify aggregated content.",
            "We do not claim ownership of any news item reproduced here; copyright remains with the authors.",
            "Takedown requests are processed within 24 hours. Write to [email protected].",
            "This is an aggregator. We link to and excerpt third-party news stories.",
            "The views and facts in this article are those of the original outlet and not of this website.",
            "Material on this page was fetched automatically and may contain errors introduced by the source.",
            "Our software picks up stories from open feeds around the clock.",
        ],
    },
    "de": {
        "dev": [
            "Diese Website ist ein automatischer Nachrichtenaggregator. Alle Rechte liegen bei den jeweiligen Eigentümern.",
            "Wir sind nicht Eigentümer der hier gezeigten Artikel und übernehmen keine Haftung.",
            "Inhalte werden automatisch aus öffentlichen Feeds erstellt.",
        ],
        "test": [
            "Alle Meldungen auf dieser Seite werden von einem Skript zusammengetragen.",
            "Für die Richtigkeit der übernommenen Inhalte übernimmt der Betreiber keine Gewähr.",
            "Löschanfragen bearbeiten wir innerhalb von 24 Stunden: [email protected]",
        ],
    },
    "fr": {
        "dev": [
            "Ce site est un agrégateur automatique d'informations. Tous les droits reviennent à leurs propriétaires.",
            "Nous ne sommes pas propriétaires des articles affichés et déclinons toute responsabilité.",
            "Les contenus de cette page sont générés automatiquement à partir de flux publics.",
        ],
        "test": [
            "Tous les articles de ce site sont rassemblés par un programme informatique.",
            "L'éditeur du site ne garantit pas l'exactitude des contenus repris.",
            "Demandes de retrait traitées sous 24 heures : [email protected]",
        ],
    },
    "es": {
        "dev": [
            "Este sitio es un agregador automático de noticias. Todos los derechos pertenecen a sus propietarios.",
            "No somos propietarios de los artículos publicados y no asumimos responsabilidad alguna.",
            "El contenido de esta página se genera automáticamente a partir de fuentes públicas.",
        ],
        "test": [
            "Todas las noticias de este sitio son recopiladas por un programa automático.",
            "El responsable del sitio no garantiza la exactitud de los contenidos reproducidos.",
            "Las solicitudes de retirada se atienden en 24 horas: [email protected]",
        ],
    },
}

# ---------------------------------------------------------------- lines naming the original publisher
# (kind, template)
PUB_LINES = {
    "en": {
        "dev": [
            ("read_original", "Read the original article at {P}"),
            ("read_original", "Continue reading on {P} »"),
            ("read_original", "Read the full story on {P}."),
            ("source_link", "Source: {P}"),
            ("source_link", "{P} · {T}"),
            ("source_link", "From {P} — {T}"),
            ("originally_appeared", "This article first appeared in {P}."),
            ("originally_appeared", "Copied from {P}."),
            ("originally_appeared", "Via {P}"),
            ("originally_appeared", "Courtesy of {P}"),
            ("originally_appeared", "Reprinted with permission from {P}."),
            ("originally_appeared", "[This story was originally published by {P}.]"),
            ("originally_appeared", "— Reporting courtesy of {P}"),
            ("originally_appeared", "Originally posted on: {P}"),
            ("source_link", "Article source – {P}"),
            ("read_original", "Click here to read this story on {P}"),
            ("originally_appeared", "(Republished from {P})"),
            ("source_link", "SOURCE | {P}"),
        ],
        "test": [
            ("read_original", "Read the rest of this story at {P}"),
            ("read_original", "Open the original on {P} ›"),
            ("read_original", "See the complete article on {P}."),
            ("source_link", "Source link: {P}"),
            ("source_link", "{P} | {T}"),
            ("source_link", "Published by {P} {T}"),
            ("originally_appeared", "This post originally ran in {P}."),
            ("originally_appeared", "Lifted from {P}."),
            ("originally_appeared", "H/T {P}"),
            ("originally_appeared", "Story courtesy: {P}"),
            ("originally_appeared", "Republished under licence from {P}."),
            ("originally_appeared", "[Originally appeared on {P}]"),
            ("originally_appeared", "Content credit – {P}"),
            ("originally_appeared", "First published at {P}"),
            ("source_link", "Story source: {P}"),
            ("read_original", "Tap to read at {P}"),
            ("originally_appeared", "(Reproduced from {P})"),
            ("source_link", "ORIGIN: {P}"),
        ],
    },
    "de": {
        "dev": [
            ("read_original", "Den Originalartikel lesen Sie bei {P}"),
            ("source_link", "Quelle: {P}"),
            ("source_link", "{P} · {T}"),
            ("originally_appeared", "Dieser Artikel erschien zuerst bei {P}."),
            ("originally_appeared", "Übernommen von {P}"),
            ("originally_appeared", "Mit freundlicher Genehmigung von {P}"),
            ("originally_appeared", "[Zuerst veröffentlicht in {P}]"),
        ],
        "test": [
            ("read_original", "Weiterlesen bei {P} »"),
            ("source_link", "Quelle des Artikels: {P}"),
            ("source_link", "{P} | {T}"),
            ("originally_appeared", "Der Beitrag wurde ursprünglich von {P} veröffentlicht."),
            ("originally_appeared", "Nachdruck aus {P}"),
            ("originally_appeared", "via {P}"),
            ("originally_appeared", "(Erstmals erschienen bei {P})"),
        ],
    },
    "fr": {
        "dev": [
            ("read_original", "Lire l'article original sur {P}"),
            ("source_link", "Source : {P}"),
            ("source_link", "{P} · {T}"),
            ("originally_appeared", "Cet article a d'abord été publié par {P}."),
            ("originally_appeared", "Repris du journal {P}"),
            ("originally_appeared", "Avec l'aimable autorisation de {P}"),
            ("originally_appeared", "[Paru initialement dans {P}]"),
        ],
        "test": [
            ("read_original", "Lire la suite sur {P} »"),
            ("source_link", "Source de l'article : {P}"),
            ("source_link", "{P} | {T}"),
            ("originally_appeared", "Ce texte a été publié à l'origine par {P}."),
            ("originally_appeared", "Reproduit d'après {P}"),
            ("originally_appeared", "via {P}"),
            ("originally_appeared", "(Article paru dans {P})"),
        ],
    },
    "es": {
        "dev": [
            ("read_original", "Lea el artículo original en {P}"),
            ("source_link", "Fuente: {P}"),
            ("source_link", "{P} · {T}"),
            ("originally_appeared", "Este artículo se publicó primero en {P}."),
            ("originally_appeared", "Tomado de {P}"),
            ("originally_appeared", "Por cortesía de {P}"),
            ("originally_appeared", "[Publicado originalmente en {P}]"),
        ],
        "test": [
            ("read_original", "Siga leyendo en {P} »"),
            ("source_link", "Fuente de la noticia: {P}"),
            ("source_link", "{P} | {T}"),
            ("originally_appeared", "Esta nota fue publicada originalmente por {P}."),
            ("originally_appeared", "Reproducido de {P}"),
            ("originally_appeared", "vía {P}"),
            ("originally_appeared", "(Artículo aparecido en {P})"),
        ],
    },
}

REL_TIME = {
    "en": {"dev": ["3 hours ago", "45 minutes ago", "yesterday"], "test": ["2h ago", "1 day ago", "8 mins ago"]},
    "de": {"dev": ["vor 3 Stunden", "vor 20 Minuten", "gestern"], "test": ["vor 1 Std.", "vor 2 Tagen", "vor 5 Min."]},
    "fr": {"dev": ["il y a 3 heures", "il y a 25 min", "hier"], "test": ["il y a 1 h", "il y a 2 jours", "il y a 6 minutes"]},
    "es": {"dev": ["hace 3 horas", "hace 40 minutos", "ayer"], "test": ["hace 1 h", "hace 2 días", "hace 7 min"]},
}

# ---------------------------------------------------------------- syndication notices
SYND_NAMED = {
    "en": {
        "dev": [
            "This story is published as part of a content-sharing agreement with {P}.",
            "This article was provided by {P} through a syndication partnership.",
            "Syndicated content from {P}; it has not been edited by our newsroom.",
            "Distributed by {P} via its partner feed.",
            "This report comes to us from {P} under a news-sharing arrangement.",
            "Published through the {P} partner network.",
            "Content supplied by {P} as part of our syndication programme.",
            "This story appears here by arrangement with {P}.",
        ],
        "test": [
            "This article is republished from {P} under a syndication licence.",
            "Shared with us by {P} as part of a regional news partnership.",
            "Syndicated by {P}. Our editors have not altered the text.",
            "Provided through a feed agreement with {P}.",
            "This piece is distributed by the syndication desk of {P}.",
            "Part of a content exchange between this site and {P}.",
            "Licensed content from {P}, published automatically.",
            "Supplied to partner sites by {P}.",
        ],
    },
    "de": {
        "dev": [
            "Dieser Artikel wird im Rahmen einer Inhaltspartnerschaft mit {P} veröffentlicht.",
            "Der Text wurde von {P} über einen Syndication-Feed bereitgestellt.",
            "Bereitgestellt von {P} im Rahmen einer Kooperation.",
            "Dieser Beitrag stammt aus dem Partnerfeed von {P}.",
        ],
        "test": [
            "Dieser Text erscheint mit Genehmigung von {P} im Rahmen eines Content-Austauschs.",
            "Syndiziert von {P}; unsere Redaktion hat den Text nicht verändert.",
            "Geliefert über eine Feed-Vereinbarung mit {P}.",
            "Lizenzierter Inhalt von {P}, automatisch veröffentlicht.",
        ],
    },
    "fr": {
        "dev": [
            "Cet article est publié dans le cadre d'un partenariat de contenus avec {P}.",
            "Texte fourni par {P} via un flux de syndication.",
            "Contenu proposé par {P} dans le cadre d'un accord de partage.",
            "Cet article provient du flux partenaire du titre {P}.",
        ],
        "test": [
            "Cet article est republié avec l'accord de {P} dans le cadre d'un échange de contenus.",
            "Syndiqué par {P} ; notre rédaction n'a pas modifié le texte.",
            "Fourni dans le cadre d'un accord de flux avec {P}.",
            "Contenu sous licence de {P}, publié automatiquement.",
        ],
    },
    "es": {
        "dev": [
            "Este artículo se publica en el marco de un acuerdo de contenidos con {P}.",
            "Texto proporcionado por {P} a través de un canal de sindicación.",
            "Contenido cedido por {P} dentro de un acuerdo de colaboración.",
            "Este artículo procede del feed asociado del medio {P}.",
        ],
        "test": [
            "Este artículo se reproduce con autorización de {P} dentro de un intercambio de contenidos.",
            "Sindicado por {P}; nuestra redacción no ha modificado el texto.",
            "Suministrado mediante un acuerdo de feed con {P}.",
            "Contenido bajo licencia de {P}, publicado automáticamente.",
        ],
    },
}

SYND_ANON = {
    "en": {
        "dev": [
            "This story has not been edited by our staff and is published from a syndicated feed.",
            "Auto-published from a syndication feed. Headline and text are unedited.",
            "This content was delivered by a third-party syndication service and appears unaltered.",
            "Only the headline of this report may have been changed by our team; the rest is from a syndicated feed.",
            "This is a syndicated story and has not been reviewed by our editors.",
            "Feed-generated article: no changes were made by site staff.",
            "Received via newswire syndication and posted automatically.",
            "This article is part of a syndicated package and is reproduced without edits.",
        ],
        "test": [
            "This story was auto-generated from a syndicated feed and has not been edited by site staff.",
            "Unedited syndicated copy. Only formatting changes have been made.",
            "This article comes from a partner feed and was posted without editorial review.",
            "Syndication notice: this item is republished automatically from a licensed feed.",
            "The text of this story is provided by a syndication partner and appears as received.",
            "Published via content syndication; the newsroom made no changes.",
            "This report was ingested from a news feed and may differ from later versions.",
            "Automatically imported from a syndicated source; not edited here.",
        ],
    },
    "de": {
        "dev": [
            "Dieser Artikel wurde nicht von unserer Redaktion bearbeitet und automatisch aus einem Nachrichtenfeed erstellt.",
            "Automatisch aus einem syndizierten Feed übernommen; der Text ist unverändert.",
            "Inhalt eines Syndication-Partners, ohne redaktionelle Prüfung veröffentlicht.",
        ],
        "test": [
            "Diese Meldung stammt aus einem Partnerfeed und wurde ohne Prüfung übernommen.",
            "Syndizierter Inhalt: Nur die Überschrift wurde gegebenenfalls angepasst.",
            "Automatisch importiert aus einer lizenzierten Nachrichtenquelle; hier nicht bearbeitet.",
        ],
    },
    "fr": {
        "dev": [
            "Cet article n'a pas été modifié par notre rédaction et provient d'un flux syndiqué.",
            "Publié automatiquement à partir d'un flux de syndication, sans modification.",
            "Contenu d'un partenaire de syndication, publié sans relecture éditoriale.",
        ],
        "test": [
            "Cette dépêche provient d'un flux partenaire et a été reprise sans vérification.",
            "Contenu syndiqué : seul le titre a pu être adapté par nos soins.",
            "Importé automatiquement d'une source d'information sous licence ; non modifié ici.",
        ],
    },
    "es": {
        "dev": [
            "Este artículo no ha sido editado por nuestra redacción y se genera a partir de un feed sindicado.",
            "Publicado automáticamente desde un canal de sindicación, sin cambios.",
            "Contenido de un socio de sindicación, publicado sin revisión editorial.",
        ],
        "test": [
            "Esta noticia procede de un feed asociado y se publicó sin verificación.",
            "Contenido sindicado: solo el titular pudo ser adaptado por nuestro equipo.",
            "Importado automáticamente de una fuente informativa con licencia; no editado aquí.",
        ],
    },
}

# ---------------------------------------------------------------- original URL lines
URL_LINES = {
    "en": {
        "dev": ["{U}", "Original article: {U}", "Source URL: {U}", "Link: {U}", "Read it here: {U}",
                "Original link → {U}", "Permalink to source: {U}", "{U} (original)", "Full story: {U}",
                "Source » {U}", "Found at {U}", "URL: {U}", "Original: <{U}>", "View source: {U}",
                "{U} {H}", "Canonical: {U}"],
        "test": ["{U}", "Original story: {U}", "Source link: {U}", "Article URL: {U}", "Originally at {U}",
                 "Origin URL – {U}", "Web: {U}", "{U} – read original", "Continue at {U}",
                 "Source page: {U}", "Taken from: {U}", "From: {U}", "Original post ⇒ {U}", "Ref: {U}",
                 "Story link: {U}", "[{U}]"],
    },
    "de": {
        "dev": ["{U}", "Originalartikel: {U}", "Quelle: {U}", "Link zum Original: {U}", "Zum Artikel: {U}",
                "{U} (Original)"],
        "test": ["{U}", "Originalbeitrag: {U}", "Quell-URL: {U}", "Ursprünglich unter {U}",
                 "Hier geht's zum Original → {U}", "Fundstelle: {U}"],
    },
    "fr": {
        "dev": ["{U}", "Article original : {U}", "Source : {U}", "Lien vers l'original : {U}", "À lire ici : {U}",
                "{U} (original)"],
        "test": ["{U}", "Article d'origine : {U}", "URL source : {U}", "Initialement publié sur {U}",
                 "Voir l'original → {U}", "Référence : {U}"],
    },
    "es": {
        "dev": ["{U}", "Artículo original: {U}", "Fuente: {U}", "Enlace al original: {U}", "Léalo aquí: {U}",
                "{U} (original)"],
        "test": ["{U}", "Nota original: {U}", "URL de origen: {U}", "Publicado inicialmente en {U}",
                 "Ver el original → {U}", "Referencia: {U}"],
    },
}

# URL path shapes; {S} section slug, {Y} year, {M} month, {D} day, {N} number, {G} slug
URL_SHAPES = {
    "dev": ["https://www.{h}/{S}/{Y}/{M}/{D}/{G}/", "https://{h}/news/{G}-{N}", "https://www.{h}/{S}/{G}.html",
            "https://www.{h}/story/{N}/{G}?utm_source=feed"],
    "test": ["https://{h}/{Y}/{M}/{G}/", "https://www.{h}/articles/{G}-{N}.html", "http://www.{h}/{S}/{N}",
             "https://www.{h}/{S}/{Y}{M}{D}/{G}?ref=rss"],
}

# ---------------------------------------------------------------- fact-free provenance-looking lines
FACTFREE = {
    "en": {"dev": [("source_link", "Source link"), ("read_original", "Read original article here"),
                   ("read_more", "Read More"), ("source_link", "Original source")],
           "test": [("source_link", "Source ↗"), ("read_original", "View original post"),
                    ("read_more", "Continue reading"), ("read_original", "Read the original article")]},
    "de": {"dev": [("source_link", "Quelle"), ("read_original", "Originalartikel lesen"), ("read_more", "Weiterlesen")],
           "test": [("source_link", "Quelllink"), ("read_original", "Zum Originalbeitrag"), ("read_more", "Mehr lesen »")]},
    "fr": {"dev": [("source_link", "Source"), ("read_original", "Lire l'article original"), ("read_more", "Lire la suite")],
           "test": [("source_link", "Lien source"), ("read_original", "Voir la publication d'origine"), ("read_more", "En savoir plus »")]},
    "es": {"dev": [("source_link", "Fuente"), ("read_original", "Leer el artículo original"), ("read_more", "Leer más")],
           "test": [("source_link", "Enlace de origen"), ("read_original", "Ver publicación original"), ("read_more", "Seguir leyendo »")]},
}

# ---------------------------------------------------------------- body traps (label body, no fact)
TRAPS = {
    "en": {
        "dev": [
            "The findings were first reported by a local newspaper last spring, and officials confirmed them only weeks later.",
            "A spokesperson told the Carver Valley Gazette on Tuesday that the review was still under way.",
            "Several news aggregators picked up the claim within hours, though none had verified it.",
            "Readers who saw the item in their news feed shared it thousands of times before it was corrected.",
            "The company said it had asked the website to take the post down, citing copyright.",
            "According to the original filing, which was copied to regulators, the figures had been revised twice.",
            "The letter was reprinted in full by a regional weekly, prompting calls for an inquiry.",
            "Via a statement posted online, the group said it would not comment further.",
        ],
        "test": [
            "The mayor later told a reporter from the Brookline Ledger-Star that the vote had been a mess.",
            "Syndication deals with smaller papers have kept the station afloat, its manager said.",
            "Much of the early coverage came courtesy of a student newspaper that obtained the minutes.",
            "An aggregator app briefly listed the story under the wrong city, adding to the confusion.",
            "The source of the leak has not been identified, and officials declined to say whether they were investigating.",
            "The paper's publisher said the decision to stop printing on Mondays was purely financial.",
            "Her column first appeared in a community newsletter before it was picked up more widely.",
            "The feed from the weather station was offline for most of the storm, officials said.",
        ],
    },
    "de": {
        "dev": [
            "Die Zahlen hatte zuerst eine Lokalzeitung veröffentlicht, das Ministerium bestätigte sie erst Wochen später.",
            "Ein Sprecher sagte dem Wendlinger Boten, die Prüfung sei noch nicht abgeschlossen.",
            "Mehrere Nachrichtenportale übernahmen die Behauptung binnen Stunden, ohne sie zu prüfen.",
        ],
        "test": [
            "Der Bürgermeister räumte später gegenüber der Kreiszeitung Sülzetal ein, die Abstimmung sei chaotisch verlaufen.",
            "Die Quelle der Unterlagen ist bislang unbekannt, die Behörde äußerte sich nicht.",
            "Zuerst berichtete eine Schülerzeitung über das Protokoll, danach griffen größere Medien das Thema auf.",
        ],
    },
    "fr": {
        "dev": [
            "Les chiffres avaient d'abord été publiés par un quotidien régional, avant d'être confirmés par la préfecture.",
            "Un porte-parole a déclaré au Petit Vernonnais que l'enquête se poursuivait.",
            "Plusieurs agrégateurs ont relayé l'information en quelques heures, sans la vérifier.",
        ],
        "test": [
            "Le maire a reconnu plus tard auprès de L'Hebdo de Vaucluse que le vote avait été confus.",
            "La source de la fuite n'a pas été identifiée, et la mairie n'a pas souhaité commenter.",
            "C'est un journal lycéen qui a révélé le procès-verbal, repris ensuite par la presse nationale.",
        ],
    },
    "es": {
        "dev": [
            "Las cifras las publicó primero un diario local, y el ayuntamiento las confirmó semanas después.",
            "Un portavoz dijo a La Voz de Almenar que la revisión seguía en marcha.",
            "Varios agregadores de noticias difundieron la afirmación en pocas horas, sin verificarla.",
        ],
        "test": [
            "El alcalde admitió después ante El Heraldo de Tiermes que la votación había sido confusa.",
            "La fuente de la filtración no ha sido identificada y la consejería declinó hacer comentarios.",
            "Fue un periódico escolar el que reveló el acta, que después recogieron los medios nacionales.",
        ],
    },
}

# ---------------------------------------------------------------- ordinary boilerplate
# each list is split by index parity: even -> dev, odd -> test
ORD = {
    "en": {
        "share_row": ["Share this:", "Share on Facebook", "Tweet", "Share", "Facebook Twitter WhatsApp Email",
                      "Share via: Email | X | LinkedIn", "0 Shares", "Copy link", "Share this article", "Pin it"],
        "newsletter_promo": ["Sign up for our morning newsletter and never miss a headline.",
                             "Get the day's top stories in your inbox — subscribe free.",
                             "Subscribe to our daily briefing",
                             "Join 40,000 readers who get our newsletter every weekday.",
                             "Want more like this? Sign up for the weekly digest.",
                             "Enter your email to get breaking news alerts."],
        "social_promo": ["Follow us on X and Facebook for the latest updates.", "Join our Telegram channel for breaking news.",
                         "Like our page on Facebook", "Follow us on Google News"],
        "read_more": ["Read more", "Read More »", "More…", "Keep reading"],
        "date_line": ["Updated 2 hours ago", "Posted 5 hours ago", "Last updated: 40 minutes ago", "Published yesterday"],
        "footer_link": ["About Us", "Privacy Policy", "Terms of Use", "Contact", "DMCA", "Advertise", "Sitemap", "Careers"],
        "ui_word": ["More", "Less", "View", "Show more", "Load more", "Expand"],
        "prev_next_link": ["Previous article", "Next article", "« Previous Post", "Next Post »", "Older post", "Newer post"],
        "copyright_notice": ["All rights reserved.", "© 2024 All rights reserved.", "Copyright © 2023. All Rights Reserved.", "© 2025 — all rights reserved"],
        "advertisement_label": ["Advertisement", "ADVERTISEMENT", "Sponsored", "Story continues below advertisement"],
        "back_to_top": ["Back to top", "Back to top button", "↑ Top", "Scroll to top"],
        "skip_link": ["Skip to content", "Skip to main content"],
        "nav_root": ["Home", "News", "Front page", "Start"],
        "nav_items": ["World", "Politics", "Business", "Tech", "Sports", "Opinion", "Culture", "Science", "Lifestyle", "Video"],
        "tag_label": ["Tags:", "Topics:", "Keywords:", "Tagged:"],
        "comment_blocks": [
            ["Leave a Reply", "Your email address will not be published. Required fields are marked *", "Comment *", "Name *", "Email *", "Post Comment"],
            ["Leave a comment", "Cancel reply", "You must be logged in to post a comment.", "Comments (0)", "Submit"],
            ["Join the conversation", "Comment", "Save my name, email, and website in this browser for the next time I comment.", "Post"],
            ["Discussion", "Be the first to comment", "Add your comment", "Log in to reply"],
        ],
        "related_header": ["Related Stories", "Read Next", "See also", "Related", "More on this topic", "Related coverage"],
        "trending_header": ["Trending Now", "What's Hot", "Buzzing today", "Trending"],
        "more_stories_header": ["More Stories", "Latest News", "Recent Posts", "Just In", "Latest headlines", "More from this section"],
        "ranking_header": ["Most Read", "Most Popular", "Popular Posts", "Top 5 this week"],
        "recommendation_header": ["Editor's Picks", "Don't Miss", "Recommended", "Our picks"],
        "you_may_also_like": ["You May Also Like", "You might also like"],
    },
    "de": {
        "share_row": ["Teilen:", "Auf Facebook teilen", "Artikel teilen", "Teilen per E-Mail | WhatsApp | X", "Link kopieren", "0 Mal geteilt"],
        "newsletter_promo": ["Melden Sie sich für unseren Newsletter an.", "Die wichtigsten Nachrichten täglich per E-Mail – jetzt abonnieren!",
                             "Newsletter abonnieren", "Keine Meldung mehr verpassen: Hier zum Newsletter anmelden."],
        "social_promo": ["Folgen Sie uns auf Facebook und X.", "Jetzt unserem WhatsApp-Kanal folgen"],
        "read_more": ["Mehr dazu", "Ganzen Artikel lesen"],
        "date_line": ["Aktualisiert vor 2 Stunden", "Veröffentlicht vor 5 Stunden", "Zuletzt aktualisiert: vor 30 Minuten", "Gestern veröffentlicht"],
        "footer_link": ["Impressum", "Datenschutz", "Kontakt", "AGB", "Über uns", "Werbung"],
        "ui_word": ["Mehr", "Weniger", "Mehr anzeigen", "Alle anzeigen"],
        "prev_next_link": ["« Vorheriger Artikel", "Nächster Artikel »", "Vorheriger Beitrag", "Nächster Beitrag"],
        "copyright_notice": ["Alle Rechte vorbehalten.", "© 2024 Alle Rechte vorbehalten."],
        "advertisement_label": ["Anzeige", "Werbung", "ANZEIGE", "Artikel wird unter der Anzeige fortgesetzt"],
        "back_to_top": ["Nach oben", "Zurück nach oben"],
        "skip_link": ["Zum Inhalt springen", "Direkt zum Inhalt"],
        "nav_root": ["Startseite", "Übersicht"],
        "nav_items": ["Politik", "Wirtschaft", "Sport", "Kultur", "Panorama", "Region", "Meinung", "Wissen"],
        "tag_label": ["Schlagwörter:", "Themen:"],
        "comment_blocks": [
            ["Schreibe einen Kommentar", "Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert", "Kommentar *", "Name *", "Kommentar abschicken"],
            ["Kommentar verfassen", "Antworten abbrechen", "Sie müssen angemeldet sein, um einen Kommentar abzugeben.", "Kommentare (0)", "Absenden"],
        ],
        "related_header": ["Das könnte Sie auch interessieren", "Mehr zum Thema", "Weitere Artikel", "Verwandte Artikel"],
        "trending_header": ["Gerade beliebt", "Im Trend"],
        "more_stories_header": ["Neueste Meldungen", "Aktuelle Nachrichten", "Weitere Nachrichten", "Zuletzt veröffentlicht"],
        "ranking_header": ["Meistgelesen", "Am häufigsten gelesen"],
        "recommendation_header": ["Empfehlungen der Redaktion", "Nicht verpassen"],
        "you_may_also_like": ["Auch interessant", "Das gefällt Ihnen vielleicht auch"],
    },
    "fr": {
        "share_row": ["Partager :", "Partager sur Facebook", "Partager cet article", "Partager par e-mail | WhatsApp | X", "Copier le lien", "0 partage"],
        "newsletter_promo": ["Inscrivez-vous à notre newsletter quotidienne.", "Recevez l'essentiel de l'actualité chaque matin — c'est gratuit.",
                             "S'abonner à la newsletter", "Ne manquez plus rien : abonnez-vous à nos alertes."],
        "social_promo": ["Suivez-nous sur Facebook et X.", "Rejoignez notre chaîne WhatsApp"],
        "read_more": ["Voir plus d'articles", "Lire tout l'article"],
        "date_line": ["Mis à jour il y a 2 heures", "Publié il y a 5 heures", "Dernière mise à jour : il y a 30 minutes", "Publié hier"],
        "footer_link": ["Mentions légales", "Confidentialité", "Nous contacter", "CGU", "Qui sommes-nous", "Publicité"],
        "ui_word": ["Plus", "Moins", "Voir plus", "Afficher tout"],
        "prev_next_link": ["« Article précédent", "Article suivant »", "Publication précédente", "Publication suivante"],
        "copyright_notice": ["Tous droits réservés.", "© 2024 Tous droits réservés."],
        "advertisement_label": ["Publicité", "PUBLICITÉ", "Contenu sponsorisé", "La suite après cette publicité"],
        "back_to_top": ["Haut de page", "Retour en haut"],
        "skip_link": ["Aller au contenu", "Passer au contenu principal"],
        "nav_root": ["Accueil", "Actu"],
        "nav_items": ["Politique", "Économie", "Sport", "Loisirs", "Société", "Régions", "Monde", "Opinions"],
        "tag_label": ["Mots-clés :", "Thèmes :"],
        "comment_blocks": [
            ["Laisser un commentaire", "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *", "Commentaire *", "Nom *", "Publier le commentaire"],
            ["Réagir", "Annuler la réponse", "Vous devez être connecté pour publier un commentaire.", "Commentaires (0)", "Envoyer"],
        ],
        "related_header": ["Sur le même sujet", "Articles similaires", "Voir aussi", "À lire également"],
        "trending_header": ["Tendances", "En ce moment"],
        "more_stories_header": ["Dernières actualités", "Les dernières infos", "Fil info", "À la une"],
        "ranking_header": ["Les plus lus", "Les plus populaires"],
        "recommendation_header": ["La sélection de la rédaction", "À ne pas manquer"],
        "you_may_also_like": ["Vous aimerez aussi", "Ces articles pourraient vous plaire"],
    },
    "es": {
        "share_row": ["Compartir:", "Compartir en Facebook", "Compartir este artículo", "Compartir por correo | WhatsApp | X", "Copiar enlace", "0 compartidos"],
        "newsletter_promo": ["Suscríbase a nuestro boletín diario.", "Reciba las noticias más importantes cada mañana, gratis.",
                             "Suscribirse al boletín", "No se pierda nada: apúntese a nuestras alertas."],
        "social_promo": ["Síguenos en Facebook y X.", "Únete a nuestro canal de WhatsApp"],
        "read_more": ["Ver más noticias", "Leer la nota completa"],
        "date_line": ["Actualizado hace 2 horas", "Publicado hace 5 horas", "Última actualización: hace 30 minutos", "Publicado ayer"],
        "footer_link": ["Aviso legal", "Privacidad", "Contacto", "Cookies", "Quiénes somos", "Publicidad"],
        "ui_word": ["Más", "Menos", "Ver más", "Mostrar todo"],
        "prev_next_link": ["« Artículo anterior", "Artículo siguiente »", "Entrada anterior", "Entrada siguiente"],
        "copyright_notice": ["Todos los derechos reservados.", "© 2024 Todos los derechos reservados."],
        "advertisement_label": ["Publicidad", "PUBLICIDAD", "Contenido patrocinado", "Continúa después de la publicidad"],
        "back_to_top": ["Volver arriba", "Ir arriba"],
        "skip_link": ["Saltar al contenido", "Ir al contenido principal"],
        "nav_root": ["Inicio", "Portada"],
        "nav_items": ["Política", "Economía", "Deportes", "Cultura", "Sociedad", "Internacional", "Opinión", "Ciencia"],
        "tag_label": ["Etiquetas:", "Temas:"],
        "comment_blocks": [
            ["Deja una respuesta", "Tu dirección de correo electrónico no será publicada. Los campos obligatorios están marcados con *", "Comentario *", "Nombre *", "Publicar el comentario"],
            ["Deja un comentario", "Cancelar respuesta", "Debes iniciar sesión para comentar.", "Comentarios (0)", "Enviar"],
        ],
        "related_header": ["Noticias relacionadas", "Te puede interesar", "Más sobre este tema", "Relacionado"],
        "trending_header": ["Tendencias", "Lo más comentado"],
        "more_stories_header": ["Últimas noticias", "Lo último", "Más noticias", "Publicaciones recientes"],
        "ranking_header": ["Lo más leído", "Más populares"],
        "recommendation_header": ["Recomendados", "No te lo pierdas"],
        "you_may_also_like": ["También te puede gustar", "Quizás te interese"],
    },
}

# headline pools: subject x predicate, split by parity of the subject index
HEADLINES = {
    "en": {
        "subj": ["City council", "Regional airport", "State lawmaker", "Local bakery", "School board", "Water utility",
                 "Hospital chief", "Transit agency", "University panel", "County sheriff", "Harbour authority", "Farm cooperative"],
        "pred": ["approves new budget for parks", "faces questions over delayed audit", "unveils plan to cut waiting times",
                 "delays vote on housing project", "warns of rising costs this winter", "opens inquiry into contract",
                 "reaches deal after months of talks", "scraps controversial fee"],
    },
    "de": {
        "subj": ["Stadtrat", "Landkreis", "Kita-Träger", "Stadtwerke", "Bürgerverein", "Klinikum", "Verkehrsverbund", "Sportbund"],
        "pred": ["beschließt neuen Haushalt", "verschiebt Abstimmung über Neubau", "warnt vor steigenden Kosten",
                 "legt Plan für schnellere Termine vor", "einigt sich nach langen Verhandlungen", "streicht umstrittene Gebühr"],
    },
    "fr": {
        "subj": ["Le conseil municipal", "La préfecture", "Le département", "La communauté de communes", "L'hôpital", "Le syndicat des eaux",
                 "La région", "Le collège"],
        "pred": ["adopte un nouveau budget", "reporte le vote sur le projet immobilier", "alerte sur la hausse des coûts",
                 "présente un plan contre les retards", "trouve un accord après des mois de discussions", "supprime une taxe contestée"],
    },
    "es": {
        "subj": ["El ayuntamiento", "La diputación", "El hospital comarcal", "La junta vecinal", "La consejería", "El consorcio de aguas",
                 "La universidad", "El cabildo"],
        "pred": ["aprueba un nuevo presupuesto", "aplaza la votación sobre las viviendas", "advierte del aumento de los costes",
                 "presenta un plan contra las listas de espera", "alcanza un acuerdo tras meses de negociación", "elimina una tasa polémica"],
    },
}


def split_half(items, split):
    """Even-indexed items for dev, odd-indexed for test."""
    return items[0::2] if split == "dev" else items[1::2]
