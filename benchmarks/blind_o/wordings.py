"""Boilerplate wordings for blind_o, invented for this corpus.

W[kind][lang] = (dev_wordings, test_wordings): two separately written halves; dev documents draw
only from the first list, test documents only from the second. Placeholders in braces are filled
by generate.py ({site} {agg} {pub} {theme} {plugin} {year} {n} {m} {email} {author} {head}
{topic} {credit} {agency} {tags} {date} {section} {city} {phone} {ago}).
"""

E = "[email protected]"

W = {}

W["theme_license_banner"] = {
    "en": ([
        "The {theme} theme license has not been activated. Please enter your purchase code to unlock all features.",
        "Warning: {plugin} is running in trial mode — register your copy to remove this notice.",
        "{theme} — Unlicensed copy. Activate your licence in Appearance > Theme Options.",
        "This site uses an unregistered version of {theme}. Get a valid key to receive updates and support.",
        "Notice: Your {plugin} subscription expired. Renew now to keep importing posts.",
        "Please activate {theme} to use premium demo content and remove this message.",
        "{plugin} (free edition) — upgrade to PRO to hide this line.",
        "Theme license invalid or missing. {theme} will continue to work with limited functionality.",
        "Powered by {plugin} — unregistered",
    ], [
        "Activate {theme}: your purchase code is required to enable automatic updates.",
        "{plugin} license key not found. Enter it under Settings to stop seeing this banner.",
        "You are using a demo build of {theme}. Buy a license to remove this banner.",
        "ERROR: {theme} theme is not registered on this domain.",
        "This copy of {plugin} is not licensed for commercial use. Please purchase a license.",
        "{theme} needs activation. Go to Dashboard → License to finish setup.",
        "Unlicensed {plugin} install detected — features disabled until activation.",
        "Registration required: {theme} premium modules are locked on this website.",
        "Content imported with {plugin} trial. Remove this text by upgrading.",
    ]),
    "de": ([
        "Die Lizenz für das Theme {theme} wurde nicht aktiviert. Bitte Kaufcode eingeben.",
        "{plugin}: Testversion abgelaufen – jetzt Lizenz erwerben, um diesen Hinweis zu entfernen.",
        "Unregistrierte Kopie von {theme}. Aktivieren Sie Ihre Lizenz unter Design > Theme-Optionen.",
    ], [
        "Hinweis: {theme} ist auf dieser Domain nicht lizenziert.",
        "Lizenzschlüssel für {plugin} fehlt. Bitte in den Einstellungen hinterlegen.",
        "Bitte aktivieren Sie {theme}, um alle Premium-Funktionen freizuschalten.",
    ]),
    "fr": ([
        "La licence du thème {theme} n'est pas activée. Veuillez saisir votre code d'achat.",
        "{plugin} : version d'essai expirée. Achetez une licence pour masquer ce message.",
        "Copie non enregistrée de {theme} – activez votre licence dans Apparence > Options.",
    ], [
        "Avertissement : le thème {theme} n'est pas enregistré pour ce domaine.",
        "Clé de licence {plugin} introuvable. Renseignez-la dans les réglages.",
        "Activez {theme} pour débloquer les fonctions premium et supprimer ce bandeau.",
    ]),
    "es": ([
        "La licencia del tema {theme} no está activada. Introduce tu código de compra.",
        "{plugin}: periodo de prueba finalizado. Compra una licencia para quitar este aviso.",
        "Copia no registrada de {theme}. Activa la licencia en Apariencia > Opciones del tema.",
    ], [
        "Aviso: el tema {theme} no está registrado en este dominio.",
        "Falta la clave de licencia de {plugin}. Añádela en Ajustes.",
        "Activa {theme} para desbloquear las funciones premium y ocultar este mensaje.",
    ]),
}

W["aggregator_disclaimer"] = {  # named: {agg} gives the aggregator fact
    "en": ([
        "Disclaimer: {agg} is an automated news aggregator. All articles belong to their respective owners; if you are the author and want this removed, email " + E + ".",
        "{agg} collects stories from public RSS feeds. We do not own this content and will take it down within 48 hours on request.",
        "Notice from {agg}: this page was assembled automatically from third-party sources. Trademarks and copyrights belong to their holders.",
        "{agg} is not responsible for the content of external sites. Contact us to report a copyright issue.",
        "About this post: {agg} republishes headlines and excerpts from across the web using software. No human edits them.",
        "Content disclaimer — {agg} does not create news. Everything here is pulled from publicly available feeds.",
        "{agg} aggregates news for informational purposes only. Claims? Write to " + E + " and we will respond within one business day.",
        "All material on {agg} is gathered by an automated crawler; rights remain with the original publishers.",
        "{agg} disclaims any liability for errors in syndicated articles. Please verify with the original source.",
    ], [
        "Heads up: {agg} is a robot-run aggregation site. Rights holders may request removal at " + E + ".",
        "{agg} automatically indexes articles published elsewhere and makes no claim to them. Removal requests honoured within 24 hours.",
        "{agg} — a headline aggregator. The views expressed belong to the original authors, not to us.",
        "This content was fetched by {agg} from an open news feed. Copyright remains with its creator.",
        "{agg} does not verify the accuracy of aggregated reports and accepts no responsibility for them.",
        "Legal note: {agg} displays third-party news under fair use. To have a story removed, contact our team.",
        "Everything you read on {agg} is compiled by algorithms from external publishers. We claim no ownership.",
        "{agg} is an independent news aggregator and is not affiliated with any of the outlets it links to.",
        "Copyright complaints for {agg} can be sent to " + E + "; we will delete the item promptly.",
    ]),
    "de": ([
        "Haftungsausschluss: {agg} ist ein automatischer Nachrichtenaggregator. Alle Rechte liegen bei den jeweiligen Eigentümern.",
        "{agg} übernimmt keine Verantwortung für Inhalte externer Quellen. Löschanfragen bitte an " + E + ".",
        "Dieser Beitrag wurde von {agg} automatisch aus einem RSS-Feed übernommen.",
    ], [
        "{agg} sammelt Meldungen aus öffentlichen Quellen und beansprucht keine Urheberrechte daran.",
        "Hinweis: {agg} ist ein Aggregator. Rechteinhaber können die Entfernung innerhalb von 24 Stunden verlangen.",
        "Die Inhalte auf {agg} werden maschinell zusammengestellt; für Fehler wird keine Haftung übernommen.",
    ]),
    "fr": ([
        "Avertissement : {agg} est un agrégateur automatique d'actualités. Les contenus appartiennent à leurs auteurs.",
        "{agg} décline toute responsabilité quant aux contenus de sites tiers. Demande de retrait : " + E + ".",
        "Cet article a été repris automatiquement par {agg} depuis un flux public.",
    ], [
        "{agg} rassemble des informations publiées ailleurs et n'en revendique pas la propriété.",
        "Mentions : {agg} est un agrégateur ; tout contenu sera retiré sous 24 heures sur demande de l'ayant droit.",
        "Les textes affichés par {agg} sont compilés par un logiciel, sans intervention de la rédaction.",
    ]),
    "es": ([
        "Aviso legal: {agg} es un agregador automático de noticias. Los contenidos pertenecen a sus autores.",
        "{agg} no se responsabiliza del contenido de fuentes externas. Solicitudes de retirada: " + E + ".",
        "Esta noticia fue importada automáticamente por {agg} desde un canal RSS público.",
    ], [
        "{agg} recopila noticias de terceros y no reclama ningún derecho sobre ellas.",
        "Descargo: {agg} es un agregador; retiraremos cualquier contenido en 24 horas a petición del titular.",
        "Los artículos de {agg} se reúnen mediante software, sin revisión editorial.",
    ]),
}

W["aggregator_disclaimer_anon"] = {
    "en": ([
        "Disclaimer: This story is auto-aggregated by a computer program and has not been created or edited by our staff.",
        "We are an automatic news aggregator. If any content infringes your rights, please contact us for removal.",
        "This post was generated from an RSS feed. The site owner is not responsible for its accuracy.",
        "Note: the text above was collected automatically. Copyright belongs to the original publisher.",
        "All news on this website is aggregated from public sources. Contact " + E + " with any takedown request.",
        "We do not claim ownership of this article. It is shared for informational purposes only.",
        "Denial of liability: content reproduced here comes from third parties and may contain errors.",
        "This website aggregates articles using bots; no editor reviewed this page.",
    ], [
        "Auto-published from a news feed. We hold no rights to this text and will remove it on request.",
        "The above article was scraped from a public source by software. Report problems to " + E + ".",
        "Disclaimer — this is an automated repost. Views and facts belong to the original outlet.",
        "This site is a feed reader and does not produce original journalism.",
        "Content compiled automatically. If you own this material and object to its use, let us know within 24 hours.",
        "Nothing on this page was written by us: it was imported automatically and may be outdated.",
        "All trademarks and articles remain the property of their owners. This is an unofficial aggregation.",
        "Legal: posts on this portal come from syndicated feeds and are removed on valid complaint.",
    ]),
    "de": (["Dieser Artikel wurde automatisch aus einem Nachrichtenfeed übernommen. Wir übernehmen keine Haftung.",
            "Alle Inhalte stammen aus öffentlichen Quellen; Urheberrechte liegen bei den Originalverlagen.",
            "Automatisch erstellter Beitrag ohne redaktionelle Prüfung."],
           ["Wir sind ein automatischer Aggregator. Bei Rechtsverletzungen kontaktieren Sie uns bitte.",
            "Hinweis: Der obige Text wurde maschinell importiert und nicht von uns verfasst.",
            "Keine Gewähr für die Richtigkeit automatisch übernommener Meldungen."]),
    "fr": (["Cet article a été importé automatiquement depuis un flux d'actualités. Nous déclinons toute responsabilité.",
            "Tous les contenus proviennent de sources publiques ; les droits restent à leurs éditeurs.",
            "Publication automatique, non relue par la rédaction."],
           ["Nous sommes un agrégateur automatique. En cas d'atteinte à vos droits, contactez-nous.",
            "Le texte ci-dessus a été collecté par un robot et n'a pas été rédigé par nos soins.",
            "Aucune garantie quant à l'exactitude des informations reprises automatiquement."]),
    "es": (["Este artículo se importó automáticamente de un canal de noticias. No asumimos responsabilidad.",
            "Todos los contenidos proceden de fuentes públicas; los derechos pertenecen a sus editores.",
            "Publicación automática sin revisión editorial."],
           ["Somos un agregador automático. Si algún contenido vulnera sus derechos, contáctenos.",
            "El texto anterior fue recopilado por un programa y no ha sido escrito por nosotros.",
            "No garantizamos la exactitud de las noticias reproducidas automáticamente."]),
}

# ------------------------------------------------------------------ list headers
W["related_header"] = {
    "en": (["Related Posts", "Related Articles", "RELATED STORIES", "See also", "Read next", "More on this story",
            "Related coverage", "You might be interested in", "Further reading"],
           ["Related", "Related News", "Similar stories", "Read this next", "Also on this topic", "Continue reading",
            "More like this", "Related Reading", "Keep reading"]),
    "de": (["Verwandte Artikel", "Mehr zum Thema", "Das könnte Sie interessieren"],
           ["Ähnliche Beiträge", "Weitere Artikel zum Thema", "Passend dazu"]),
    "fr": (["Articles liés", "Sur le même sujet", "À lire également"],
           ["Articles similaires", "Dans la même rubrique", "Voir aussi"]),
    "es": (["Noticias relacionadas", "Artículos relacionados", "Te puede interesar"],
           ["Contenido relacionado", "Más sobre este tema", "Lee también estas noticias"]),
}
W["you_may_also_like"] = {
    "en": (["You May Also Like", "YOU MIGHT ALSO LIKE", "You may like", "Recommended for you", "You might also enjoy",
            "Readers also liked", "If you liked this", "Others are reading"],
           ["You may also be interested in", "You Might Like", "Suggested for you", "We think you'll like",
            "Also worth a look", "More you might like", "Picked for you", "Readers also viewed"]),
    "de": (["Das könnte Ihnen auch gefallen", "Auch interessant", "Empfohlen für Sie"],
           ["Vielleicht gefällt Ihnen auch", "Leser lasen auch", "Ebenfalls lesenswert"]),
    "fr": (["Vous aimerez aussi", "Ça pourrait vous plaire", "Recommandé pour vous"],
           ["Vous pourriez aussi aimer", "Les lecteurs ont aussi lu", "À découvrir aussi"]),
    "es": (["También te puede gustar", "Quizás te interese", "Recomendado para ti"],
           ["Te podría gustar", "Los lectores también leyeron", "Otras historias para ti"]),
}
W["trending_header"] = {
    "en": (["Trending Now", "TRENDING", "What's hot", "Trending stories", "Hot right now", "Trending this week",
            "Buzzing", "On the radar"],
           ["Trending Today", "What's trending", "Now trending", "TRENDING NEWS", "Hot topics", "Viral now",
            "Trending in News", "Everyone's talking about"]),
    "de": (["Im Trend", "Gerade angesagt", "Trends heute"], ["Jetzt im Trend", "Top-Themen", "Heiß diskutiert"]),
    "fr": (["Tendances", "En ce moment", "Ça buzze"], ["Les tendances du jour", "Sujets chauds", "En vogue"]),
    "es": (["Tendencias", "Lo más comentado", "En tendencia"], ["Tendencias de hoy", "Temas calientes", "Ahora mismo"]),
}
W["ranking_header"] = {
    "en": (["Most Read", "MOST POPULAR", "Popular Posts", "Top 5 stories", "Most viewed", "Top stories this week",
            "Most shared", "Readers' favourites"],
           ["Most read today", "Popular now", "Top 10", "MOST CLICKED", "Most Popular This Week", "Top reads",
            "Most emailed", "Our most-read stories"]),
    "de": (["Meistgelesen", "Beliebteste Artikel", "Top 5"], ["Am meisten gelesen", "Populär", "Die Top 10 des Tages"]),
    "fr": (["Les plus lus", "Populaires", "Top 5"], ["Les plus consultés", "Articles populaires", "Le top de la semaine"]),
    "es": (["Lo más leído", "Más populares", "Top 5"], ["Lo más visto", "Noticias más leídas", "Lo más compartido"]),
}
W["recommendation_header"] = {
    "en": (["Editor's Picks", "DON'T MISS", "Recommended", "Our picks", "Must read", "Staff picks",
            "Don't miss these", "Worth your time"],
           ["Editors' Choice", "Recommended Stories", "Unmissable", "Top picks", "MUST READS", "Handpicked for you",
            "Essential reading", "Our editors recommend"]),
    "de": (["Empfehlungen der Redaktion", "Nicht verpassen", "Lesetipps"], ["Unsere Empfehlung", "Verpassen Sie nicht", "Redaktionstipps"]),
    "fr": (["Le choix de la rédaction", "À ne pas manquer", "Nos recommandations"], ["Incontournables", "Sélection de la rédaction", "À ne pas rater"]),
    "es": (["Recomendados", "No te lo pierdas", "Selección del editor"], ["Imprescindibles", "Nuestra selección", "No te pierdas"]),
}
W["more_stories_header"] = {
    "en": (["More Stories", "Latest News", "Recent Posts", "More from {site}", "Latest", "More headlines", "Just in",
            "More in {section}"],
           ["More News", "Latest Articles", "Recent Stories", "Elsewhere on {site}", "Fresh stories", "The latest",
            "More top stories", "More from this section"]),
    "de": (["Weitere Nachrichten", "Neueste Beiträge", "Mehr aus {section}"], ["Aktuelle Meldungen", "Weitere Artikel", "Mehr Nachrichten"]),
    "fr": (["Plus d'actualités", "Derniers articles", "Plus de {section}"], ["Les dernières infos", "Autres articles", "Encore plus d'actu"]),
    "es": (["Más noticias", "Últimas noticias", "Más de {section}"], ["Lo último", "Otras noticias", "Más artículos"]),
}
W["tag_list_header"] = {
    "en": (["Tags", "Tagged in", "Topics", "Tagged with:", "Filed under tags", "Keywords", "Post tags:", "Related topics"],
           ["Tag cloud", "Browse topics", "Tagged", "Subjects", "Article tags", "Explore more topics", "Keywords:", "In this article:"]),
    "de": (["Schlagwörter", "Themen:", "Stichworte"], ["Schlagworte:", "Mehr zu den Themen", "Stichwörter zum Artikel"]),
    "fr": (["Mots-clés", "Thèmes :", "Étiquettes"], ["Mots clés :", "Sujets", "Thématiques"]),
    "es": (["Etiquetas", "Temas:", "Palabras clave"], ["Etiquetas:", "Temas", "Etiquetado en"]),
}
W["tag_line"] = {  # {tags} is the list
    "en": (["Tags: {tags}", "Tagged: {tags}", "Topics: {tags}", "Filed under: {tags}", "Keywords: {tags}",
            "TAGS {tags}", "Post tags: {tags}", "Tags — {tags}"],
           ["Tag list: {tags}", "Topics — {tags}", "Tagged with {tags}", "Keywords — {tags}", "More on: {tags}",
            "Labels: {tags}", "SUBJECTS: {tags}", "Article tags: {tags}"]),
    "de": (["Schlagwörter: {tags}", "Themen: {tags}", "Stichworte: {tags}"], ["Schlagworte: {tags}", "Mehr zu: {tags}", "Stichwörter: {tags}"]),
    "fr": (["Mots-clés : {tags}", "Thèmes : {tags}", "Étiquettes : {tags}"], ["Mots clés : {tags}", "Sujets : {tags}", "Thématiques : {tags}"]),
    "es": (["Etiquetas: {tags}", "Temas: {tags}", "Palabras clave: {tags}"], ["Temas — {tags}", "Etiquetas — {tags}", "Etiquetado en: {tags}"]),
}

# ------------------------------------------------------------------ source / read lines
W["read_original"] = {  # no publisher named
    "en": (["Read original article here", "Read the original article", "Click here to read the full article",
            "Continue reading the original story", "View original post", "Read full story at source",
            "Go to the original article →", "Read the complete story"],
           ["Read the full article here", "Original article", "Continue at the source", "View the full story",
            "Read at the original site", "Full article available here", "Open original story »", "Read the whole piece"]),
    "de": (["Originalartikel lesen", "Hier geht es zum Originalbeitrag", "Vollständigen Artikel lesen"],
           ["Zum Originalartikel", "Den ganzen Artikel lesen", "Weiterlesen beim Original"]),
    "fr": (["Lire l'article original", "Voir l'article d'origine", "Lire l'article complet"],
           ["Article original", "Lire la suite sur le site source", "Accéder à l'article complet"]),
    "es": (["Leer artículo original", "Ver la noticia original", "Leer la noticia completa"],
           ["Artículo original", "Sigue leyendo en la fuente", "Accede al artículo completo"]),
}
W["read_original_pub"] = {  # names {pub}
    "en": (["Read the full story at {pub}", "This article first appeared at {pub}. Read it there.",
            "Read more at {pub}", "Continue reading on {pub}", "Full story: {pub}", "Read the original on {pub}",
            "See the full report on {pub}", "Read the rest of this story at {pub}"],
           ["Read the complete article on {pub}", "Keep reading at {pub}", "View this story on {pub}",
            "Full coverage at {pub}", "Read it on {pub}", "Finish reading on {pub}", "Read more from {pub}",
            "Original story at {pub}"]),
    "de": (["Den vollständigen Artikel lesen Sie bei {pub}", "Weiterlesen bei {pub}", "Mehr dazu bei {pub}"],
           ["Den ganzen Bericht gibt es bei {pub}", "Vollständig bei {pub}", "Original bei {pub}"]),
    "fr": (["Lire la suite sur {pub}", "Article complet à lire sur {pub}", "Retrouvez l'article sur {pub}"],
           ["Lire l'intégralité sur {pub}", "La suite sur {pub}", "À lire en entier sur {pub}"]),
    "es": (["Lee la noticia completa en {pub}", "Sigue leyendo en {pub}", "Más información en {pub}"],
           ["Leer completo en {pub}", "Noticia completa en {pub}", "Continúa en {pub}"]),
}
W["source_link"] = {  # no fact
    "en": (["Source link", "Source", "SOURCE LINK", "Link to source", "Source URL", "Sources", "[Source]", "Via source"],
           ["Source ↗", "Source →", "Link Source", "Original source", "(Source)", "Source >>", "Source: link", "Go to source"]),
    "de": (["Quelle", "Quellenlink", "Zur Quelle"], ["Quelle: Link", "Quellen", "Link zur Quelle"]),
    "fr": (["Source de l'article", "Lien source", "Voir la source"], ["Lien vers la source", "Lien d'origine", "Source : lien"]),
    "es": (["Fuente", "Enlace a la fuente", "Ver fuente"], ["Enlace fuente", "Fuentes", "Fuente: enlace"]),
}
W["source_pub"] = {  # kind source_link with publisher fact
    "en": (["Source: {pub}", "Source — {pub}", "SOURCE: {pub}", "Sourced from {pub}", "Source | {pub}",
            "Story source: {pub}", "Content source: {pub}", "News source: {pub}"],
           ["Source - {pub}", "Originally from {pub}", "(Source: {pub})", "Source: {pub} (link)", "Credit: {pub}",
            "Via: {pub}", "From: {pub}", "Original source: {pub}"]),
    "de": (["Quelle: {pub}", "Quelle – {pub}", "Mit Material von {pub}"], ["(Quelle: {pub})", "Quelle | {pub}", "Originalquelle: {pub}"]),
    "fr": (["Source : {pub}", "Source – {pub}", "D'après {pub}"], ["(Source : {pub})", "Source · {pub}", "Source originale : {pub}"]),
    "es": (["Fuente: {pub}", "Fuente – {pub}", "Con información de {pub}"], ["(Fuente: {pub})", "Fuente | {pub}", "Fuente original: {pub}"]),
}
W["originally_appeared"] = {
    "en": (["This article originally appeared on {pub}.", "Originally published on {pub}.",
            "This story was first published by {pub}.", "A version of this article appeared in {pub}.",
            "Republished with permission from {pub}.", "This piece originally ran on {pub}.",
            "First published at {pub}", "This post appeared first on {pub}."],
           ["This article was originally published by {pub}.", "The post appeared first on {pub}.",
            "Originally posted at {pub}.", "This report first appeared in {pub}.", "Reprinted courtesy of {pub}.",
            "This content was first published on {pub}.", "Via {pub}", "This story originally ran in {pub}."]),
    "de": (["Dieser Artikel erschien zuerst bei {pub}.", "Zuerst veröffentlicht bei {pub}.", "Erstveröffentlichung: {pub}"],
           ["Der Beitrag erschien ursprünglich in {pub}.", "Mit freundlicher Genehmigung von {pub}.", "Zuerst erschienen bei {pub}"]),
    "fr": (["Cet article a d'abord été publié sur {pub}.", "Publié initialement par {pub}.", "Article paru dans {pub}."],
           ["Cet article est paru à l'origine dans {pub}.", "Reproduit avec l'autorisation de {pub}.", "Première publication : {pub}"]),
    "es": (["Este artículo se publicó originalmente en {pub}.", "Publicado originalmente por {pub}.", "Apareció primero en {pub}."],
           ["Esta noticia fue publicada primero en {pub}.", "Reproducido con permiso de {pub}.", "Publicación original: {pub}"]),
}
W["syndication_notice"] = {
    "en": (["(This story has not been edited by {pub} and is published from a syndicated feed.)",
            "[This article was automatically imported from {pub}'s syndication service.]",
            "(Except for the headline, this story has not been changed by {pub} editors.)",
            "*Syndicated content from {pub}; our staff did not edit this text.",
            "(Distributed by {pub} through its content partnership program.)",
            "[Published via {pub}'s newswire. No edits were made by this site.]",
            "(Only the headline and picture of this report may have been reworked by {pub} staff; the rest is auto-generated from a syndicated feed.)",
            "(Content provided by {pub} syndication; unedited.)"],
           ["(This content is syndicated from {pub} and has not been edited by our newsroom.)",
            "[Auto-published from the {pub} partner feed.]",
            "(This article was provided by {pub}. It has not been reviewed by our editorial team.)",
            "*Provided through {pub}'s syndication desk; text unchanged.",
            "(Headline edited; the rest of this {pub} report comes straight from a syndicated feed.)",
            "[Syndicated from {pub}. Editorial responsibility lies with the originating outlet.]",
            "(Story distributed by the {pub} content network.)",
            "(Taken unedited from the {pub} wire.)"]),
    "de": (["(Dieser Text wurde nicht von der {pub}-Redaktion bearbeitet und stammt aus einem Syndication-Feed.)",
            "[Automatisch übernommen aus dem Partnerdienst von {pub}.]", "(Inhalt bereitgestellt von {pub}, unbearbeitet.)"],
           ["(Dieser Beitrag wird von {pub} syndiziert und wurde nicht redigiert.)", "[Verbreitet über den Newsdienst von {pub}.]",
            "(Mit Ausnahme der Überschrift unverändert von {pub} übernommen.)"]),
    "fr": (["(Cet article n'a pas été modifié par la rédaction de {pub} et provient d'un flux syndiqué.)",
            "[Contenu importé automatiquement du service de syndication de {pub}.]", "(Texte fourni par {pub}, non retouché.)"],
           ["(Article diffusé par {pub} dans le cadre d'un partenariat de contenus.)", "[Repris sans modification du fil de {pub}.]",
            "(Hormis le titre, ce texte n'a pas été édité par {pub}.)"]),
    "es": (["(Esta noticia no ha sido editada por {pub} y se publica desde un canal sindicado.)",
            "[Contenido importado automáticamente del servicio de sindicación de {pub}.]", "(Texto proporcionado por {pub}, sin editar.)"],
           ["(Artículo distribuido por {pub} mediante su red de contenidos.)", "[Tomado sin cambios del servicio de {pub}.]",
            "(Salvo el titular, este texto no ha sido editado por {pub}.)"]),
}
W["syndication_notice_anon"] = {
    "en": (["(This story has not been edited by our staff and is auto-generated from a syndicated feed.)",
            "[Syndicated content. Not edited by this publication.]",
            "(Published unedited from a partner feed.)", "*This article is syndicated and appears as received.",
            "(Auto-generated from a wire feed; headline may have been changed.)",
            "[Content from a syndication partner.]", "(Unedited syndicated copy.)", "(Feed copy — not reviewed by editors.)"],
           ["(This report is carried from a syndicated service without changes.)", "[Partner content, published as supplied.]",
            "(Syndicated article; our editors did not alter the text.)", "*Distributed via a content-sharing agreement.",
            "(Imported automatically from a news syndicate.)", "[Wire copy, unedited.]",
            "(Except for the headline, this text comes from a syndicated feed.)", "(Syndication feed item.)"]),
    "de": (["(Dieser Artikel stammt aus einem Syndication-Feed und wurde nicht redigiert.)", "[Partnerinhalt, unverändert übernommen.]",
            "(Automatisch aus einem Agenturfeed erzeugt.)"],
           ["(Syndizierter Beitrag ohne redaktionelle Bearbeitung.)", "[Übernommen aus einem Partnerdienst.]", "(Feedmeldung, unbearbeitet.)"]),
    "fr": (["(Cet article provient d'un flux syndiqué et n'a pas été relu.)", "[Contenu partenaire, publié tel quel.]",
            "(Généré automatiquement à partir d'un fil d'agence.)"],
           ["(Article syndiqué, non modifié par la rédaction.)", "[Repris d'un service partenaire.]", "(Dépêche de flux, non éditée.)"]),
    "es": (["(Esta noticia procede de un canal sindicado y no ha sido editada.)", "[Contenido de un socio, publicado tal cual.]",
            "(Generado automáticamente desde un servicio de agencia.)"],
           ["(Artículo sindicado sin edición de la redacción.)", "[Tomado de un servicio asociado.]", "(Noticia de canal, sin editar.)"]),
}
W["wire_credit_line"] = {  # {agency}: long or short form of a real agency
    "en": (["(With inputs from {agency})", "— With reporting from {agency}", "(Additional reporting by {agency})",
            "Material from {agency} was used in this report.", "({agency} contributed to this report.)",
            "— {agency}", "Wire services: {agency}", "(With agency inputs: {agency})"],
           ["({agency} contributed reporting)", "Includes reporting by {agency}.", "(Inputs from {agency})",
            "— Story by {agency}", "(Written with {agency} material)", "Agency: {agency}",
            "This report includes material from {agency}.", "({agency})"]),
    "de": (["(Mit Material von {agency})", "— {agency}", "Mitarbeit: {agency}"], ["(Quelle: {agency})", "Mit Agenturmaterial von {agency}", "({agency}/red)"]),
    "fr": (["(Avec {agency})", "— {agency}", "(Source : {agency})"], ["Avec les informations de {agency}", "(D'après {agency})", "({agency}/rédaction)"]),
    "es": (["(Con información de {agency})", "— {agency}", "(Fuente: {agency})"], ["Con datos de {agency}", "(Según {agency})", "({agency}/redacción)"]),
}
W["wire_credit_anon"] = {
    "en": (["(With inputs from agencies)", "— Agencies", "(With wire services)", "Agency inputs"],
           ["(Agencies)", "With inputs from wire services", "— with agency reports", "(Wires)"]),
    "de": (["(mit Agenturen)", "— Agenturen"], ["(Agenturen/red)", "Mit Material von Agenturen"]),
    "fr": (["(Avec agences)", "— Agences"], ["(Agences)", "D'après les agences"]),
    "es": (["(Agencias)", "— Con información de agencias"], ["(Con agencias)", "Agencias"]),
}
W["republish_notice"] = {
    "en": (["This material may not be published, broadcast, rewritten or redistributed.",
            "No part of this article may be reproduced without written permission.",
            "Reproduction in whole or in part is prohibited.", "Do not copy or republish without permission.",
            "Redistribution of this content is strictly forbidden.", "Not for republication.",
            "This article may not be reprinted or reposted without consent.",
            "Unauthorised reproduction of this content is an infringement of copyright."],
           ["This content may not be copied, republished or redistributed in any form.",
            "Republishing this story without a licence is not allowed.", "Reproduction forbidden without prior authorisation.",
            "Any copying or redistribution is prohibited.", "This story cannot be reproduced without express permission.",
            "Not to be reproduced or distributed.", "Must not be reposted, reprinted or rebroadcast.",
            "Copying this article in full is not permitted."]),
    "de": (["Vervielfältigung nur mit Genehmigung.", "Nachdruck und Weiterverbreitung untersagt.", "Alle Rechte vorbehalten. Weiterverwendung nur mit Zustimmung."],
           ["Eine Weiterveröffentlichung ist nicht gestattet.", "Kopieren und Verbreiten verboten.", "Nachdruck nur mit schriftlicher Erlaubnis."]),
    "fr": (["Toute reproduction interdite sans autorisation.", "Reproduction et diffusion interdites.", "Ce contenu ne peut être republié sans accord préalable."],
           ["Reproduction totale ou partielle interdite.", "Toute rediffusion est strictement interdite.", "Interdit à la reproduction."]),
    "es": (["Prohibida su reproducción total o parcial.", "Queda prohibida la redistribución de este contenido.", "No se permite la reproducción sin autorización."],
           ["Prohibida la reproducción sin permiso expreso.", "Contenido no apto para su republicación.", "Prohibido copiar o redistribuir."]),
}
W["copyright_notice"] = {  # {site} optional via copyright_named
    "en": (["© {year} All rights reserved.", "Copyright © {year}. All Rights Reserved.", "All content © {year}",
            "(c) {year} — all rights reserved", "Copyright {year}", "© {year} | All rights reserved | Powered by WordPress",
            "All rights reserved {year}", "©{year}"],
           ["Copyright © {year} — All rights reserved.", "© Copyright {year}", "{year} © All rights reserved",
            "Copyright (c) {year}. All rights reserved.", "© {year}. Some rights reserved.",
            "All rights reserved. © {year}", "Copyright {year} · All Rights Reserved", "© {year} – Proudly powered by WordPress"]),
    "de": (["© {year} Alle Rechte vorbehalten.", "Copyright © {year}", "Alle Rechte vorbehalten {year}"],
           ["© {year} – Alle Rechte vorbehalten", "{year} © Alle Rechte vorbehalten", "Copyright {year}. Alle Rechte vorbehalten."]),
    "fr": (["© {year} Tous droits réservés.", "Copyright © {year}", "Tous droits réservés {year}"],
           ["© {year} – Tous droits réservés", "{year} © Tous droits de reproduction réservés", "Copyright {year}. Tous droits réservés."]),
    "es": (["© {year} Todos los derechos reservados.", "Copyright © {year}", "Todos los derechos reservados {year}"],
           ["© {year} – Todos los derechos reservados", "{year} © Derechos reservados", "Copyright {year}. Reservados todos los derechos."]),
}
W["copyright_named"] = {
    "en": (["© {year} {site}. All rights reserved.", "Copyright © {year} {site}", "{site} © {year}",
            "All content copyright {site}, {year}."],
           ["© {site} {year}", "Copyright {year} {site}. All Rights Reserved.", "{site} — © {year}",
            "© {year} {site} · All rights reserved"]),
    "de": (["© {year} {site}. Alle Rechte vorbehalten."], ["Copyright {site} {year}"]),
    "fr": (["© {year} {site}. Tous droits réservés."], ["Copyright {site} {year}"]),
    "es": (["© {year} {site}. Todos los derechos reservados."], ["Copyright {site} {year}"]),
}
W["copyright_agency"] = {  # {agency} long form -> credits
    "en": (["© {year} {agency}. All rights reserved.", "Copyright {year} {agency}."],
           ["Copyright © {year} {agency}. All Rights Reserved.", "© {agency} {year}"]),
    "de": (["© {agency}, {year}"], ["Copyright {year} {agency}"]),
    "fr": (["© {year} {agency}, tous droits réservés"], ["Copyright {year} {agency}"]),
    "es": (["© {year} {agency}"], ["Copyright {agency} {year}"]),
}

W["read_more"] = {
    "en": (["Read More", "Read more", "READ MORE", "Read more »", "Continue reading →", "Read the rest", "More...", "[Read more]"],
           ["More »", "Read the full post", "Continue Reading", "Keep reading →", "Read full article", "Read More ...", "(more…)", "Read on"]),
    "de": (["Weiterlesen", "Mehr lesen", "Weiterlesen »"], ["Mehr erfahren", "weiterlesen ...", "Zum Weiterlesen"]),
    "fr": (["Lire la suite", "Lire plus", "Lire la suite »"], ["En savoir plus", "lire la suite...", "Continuer la lecture"]),
    "es": (["Leer más", "Seguir leyendo", "Leer más »"], ["Ver más", "leer más...", "Continuar leyendo"]),
}
W["ui_word"] = {
    "en": (["More", "Less", "View", "Expand", "Show more", "Close", "Menu", "Print"],
           ["Collapse", "See more", "Open", "Hide", "Load more", "Zoom", "Toggle", "Search"]),
    "de": (["Mehr", "Weniger", "Drucken"], ["Schließen", "Suche", "Mehr anzeigen"]),
    "fr": (["Plus", "Moins", "Imprimer"], ["Fermer", "Rechercher", "Voir plus"]),
    "es": (["Más", "Menos", "Imprimir"], ["Cerrar", "Buscar", "Ver más"]),
}
W["comment_form"] = {  # one line each
    "en": (["Leave a Reply", "Your email address will not be published. Required fields are marked *", "Comment *",
            "Name *", "Email *", "Website", "Post Comment", "Save my name, email, and website in this browser for the next time I comment.",
            "Cancel reply", "You must be logged in to post a comment."],
           ["Leave a Comment", "Add a comment", "Your email will not be shown publicly.", "Submit Comment",
            "Notify me of follow-up comments by email.", "Notify me of new posts by email.", "Join the discussion",
            "Log in to comment", "Type your comment here…", "Comments are closed."]),
    "de": (["Schreibe einen Kommentar", "Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert", "Kommentar abschicken"],
           ["Kommentar verfassen", "Melden Sie sich an, um zu kommentieren.", "Antwort abbrechen"]),
    "fr": (["Laisser un commentaire", "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *", "Publier le commentaire"],
           ["Ajouter un commentaire", "Connectez-vous pour commenter.", "Annuler la réponse"]),
    "es": (["Deja una respuesta", "Tu dirección de correo electrónico no será publicada. Los campos obligatorios están marcados con *", "Publicar el comentario"],
           ["Añadir un comentario", "Inicia sesión para comentar.", "Cancelar respuesta"]),
}
W["comment_count"] = {
    "en": (["{n} Comments", "{n} comments", "Comments ({n})", "{n} Responses", "View {n} comments", "💬 {n}",
            "No Comments", "{n} thoughts on this story"],
           ["{n} Replies", "Comments: {n}", "{n} reader comments", "Show comments ({n})", "{n} Responses so far",
            "Be the first to comment", "💬 {n} comments", "Discussion ({n})"]),
    "de": (["{n} Kommentare", "Kommentare ({n})", "Keine Kommentare"], ["{n} Antworten", "Kommentare: {n}", "Noch keine Kommentare"]),
    "fr": (["{n} commentaires", "Commentaires ({n})", "Aucun commentaire"], ["{n} réponses", "Réactions : {n}", "Soyez le premier à commenter"]),
    "es": (["{n} comentarios", "Comentarios ({n})", "Sin comentarios"], ["{n} respuestas", "Comentarios: {n}", "Sé el primero en comentar"]),
}
W["prev_next_link"] = {  # {head} = a headline
    "en": (["Previous post", "Next post", "« Previous article", "Next article »", "Previous: {head}", "Next: {head}",
            "PREVIOUS STORY", "NEXT STORY", "← Older post", "Newer post →"],
           ["Prev", "Next", "‹ Previous Story", "Next Story ›", "Previous Article {head}", "Next Article {head}",
            "Older", "Newer", "Back: {head}", "Up next: {head}"]),
    "de": (["Vorheriger Beitrag", "Nächster Beitrag", "« Vorheriger Artikel: {head}"], ["Zurück", "Weiter", "Nächster Artikel » {head}"]),
    "fr": (["Article précédent", "Article suivant", "« Précédent : {head}"], ["Précédent", "Suivant", "Suivant » {head}"]),
    "es": (["Entrada anterior", "Entrada siguiente", "« Anterior: {head}"], ["Anterior", "Siguiente", "Siguiente » {head}"]),
}
W["back_to_top"] = {
    "en": (["Back to top button", "Back to top", "↑ Top", "Scroll to top", "BACK TO TOP", "Return to top", "^ Top of page", "Top ↑"],
           ["Back up top", "Go to top", "Scroll up", "TOP", "Jump to top", "▲ Back to top", "To the top", "Return to top of page"]),
    "de": (["Nach oben", "Zurück nach oben", "↑ Nach oben"], ["Zum Seitenanfang", "nach oben scrollen", "Seitenanfang"]),
    "fr": (["Haut de page", "Retour en haut", "↑ Haut"], ["Remonter", "Retour en haut de page", "Haut"]),
    "es": (["Volver arriba", "Ir arriba", "↑ Arriba"], ["Subir", "Volver al inicio de la página", "Arriba"]),
}
W["skip_link"] = {
    "en": (["Skip to content", "Skip to main content", "Jump to navigation", "Skip navigation", "Skip to article",
            "Skip to the content", "Skip links", "Jump to main content"],
           ["Skip to story", "Skip to primary navigation", "Skip to main", "Jump to content", "Skip to footer",
            "Go to content", "Skip to search", "Skip to main navigation"]),
    "de": (["Zum Inhalt springen", "Direkt zum Inhalt", "Zur Navigation springen"], ["Zum Hauptinhalt", "Navigation überspringen", "Springe zum Inhalt"]),
    "fr": (["Aller au contenu", "Aller au contenu principal", "Passer la navigation"], ["Aller au menu", "Accéder au contenu", "Sauter au contenu"]),
    "es": (["Saltar al contenido", "Ir al contenido principal", "Saltar navegación"], ["Ir al contenido", "Saltar al menú", "Pasar al contenido"]),
}
W["advertisement_label"] = {
    "en": (["Advertisement", "ADVERTISEMENT", "Story continues below advertisement", "Sponsored", "Ad",
            "- Advertisement -", "Advertisement - scroll to continue", "Paid content"],
           ["Advertisement:", "ADVERTISING", "Article continues after this ad", "Promoted", "Promo",
            "— Advertisement —", "Sponsored content", "Continue reading below the ad"]),
    "de": (["Anzeige", "ANZEIGE", "Werbung"], ["- Anzeige -", "Gesponsert", "Artikel wird nach der Anzeige fortgesetzt"]),
    "fr": (["Publicité", "PUBLICITÉ", "Sponsorisé"], ["- Publicité -", "Contenu sponsorisé", "La suite après cette publicité"]),
    "es": (["Publicidad", "PUBLICIDAD", "Patrocinado"], ["- Publicidad -", "Contenido patrocinado", "Sigue leyendo después del anuncio"]),
}
W["shortcode"] = {
    "any": (["[ad_1]", "[ad_2]", "[adsense]", "[the_ad id=\"{n}\"]", "[ads-top]", "[ad_slot_{n}]"],
            ["[ad_3]", "[ad_4]", "[advert]", "[ad id=\"{n}\"]", "[ad-inline]", "[banner_ad {n}]"]),
}
W["app_promo"] = {
    "en": (["Download the {site} app for the latest news on the go.", "Get our app: available on iOS and Android.",
            "Stay informed — install the {site} app today.", "Read this story in our free app.",
            "Never miss a story: download our news app.", "Get breaking alerts on your phone with the {site} app.",
            "Our app is free. Download it now.", "Open in app"],
           ["Download our mobile app for push alerts.", "Available on the App Store and Google Play.",
            "Try the {site} app — it's free.", "Better in the app. Tap to open.", "Install our app to save articles for later.",
            "Get the {site} News App", "Read faster in our app", "Scan the QR code to get our app."]),
    "de": (["Laden Sie die {site}-App herunter.", "Jetzt die App installieren – kostenlos.", "In der App öffnen"],
           ["Unsere App: für iOS und Android.", "Eilmeldungen aufs Handy mit unserer App", "Lesen Sie diesen Artikel in der App"]),
    "fr": (["Téléchargez l'application {site}.", "Installez notre appli gratuite.", "Ouvrir dans l'application"],
           ["Notre appli est disponible sur iOS et Android.", "Recevez les alertes avec notre application", "Lire cet article dans l'appli"]),
    "es": (["Descarga la app de {site}.", "Instala nuestra aplicación gratuita.", "Abrir en la app"],
           ["Nuestra app está disponible en iOS y Android.", "Recibe alertas con nuestra aplicación", "Lee esta noticia en la app"]),
}
W["newsletter_promo"] = {
    "en": (["Sign up for our daily newsletter.", "Get the best of {site} in your inbox every morning.",
            "Subscribe to our free newsletter", "Want more stories like this? Join our mailing list.",
            "Newsletter: sign up here", "Enter your email to get the morning briefing.",
            "Sign up for breaking news alerts by email.", "Join 50,000 readers who get our weekly digest."],
           ["Get our newsletter delivered to your inbox.", "Sign up now for the evening roundup.",
            "Subscribe to {site} Daily — it's free.", "Don't miss out: subscribe to our email updates.",
            "Like this? Get it by email every Friday.", "Enter email address — Sign up",
            "Newsletters: choose the ones you want", "Be the first to know. Sign up for alerts."]),
    "de": (["Melden Sie sich für unseren Newsletter an.", "Jetzt Newsletter abonnieren", "Die wichtigsten Nachrichten jeden Morgen per E-Mail"],
           ["Newsletter bestellen", "Verpassen Sie nichts: Jetzt anmelden", "Unser Newsletter – kostenlos"]),
    "fr": (["Inscrivez-vous à notre newsletter.", "Abonnez-vous à la lettre d'information", "Recevez l'essentiel de l'actu chaque matin"],
           ["Recevez notre newsletter", "Ne manquez rien : inscrivez-vous", "Notre newsletter gratuite"]),
    "es": (["Suscríbete a nuestro boletín.", "Recibe el newsletter diario", "Las noticias más importantes cada mañana en tu correo"],
           ["Apúntate a nuestra newsletter", "No te pierdas nada: suscríbete", "Nuestro boletín gratuito"]),
}
W["social_promo"] = {
    "en": (["Follow us on Facebook and X for more updates.", "Join our WhatsApp channel", "Follow {site} on Instagram",
            "Like us on Facebook", "Follow us on Google News", "Join us on Telegram for breaking news",
            "Find us on social media", "Follow @{handle}"],
           ["Follow us on X (formerly Twitter)", "Connect with us on LinkedIn", "Subscribe to our YouTube channel",
            "Follow {site} on Threads", "Get updates on our Telegram channel", "Follow us on Google News for the latest",
            "We're on WhatsApp — join now", "Follow us: Facebook | X | Instagram"]),
    "de": (["Folgen Sie uns auf Facebook und Instagram.", "Unser WhatsApp-Kanal", "Folgen Sie {site} bei Google News"],
           ["Folge uns auf X", "Jetzt unserem Telegram-Kanal beitreten", "Besuchen Sie uns auf Facebook"]),
    "fr": (["Suivez-nous sur Facebook et X.", "Rejoignez notre chaîne WhatsApp", "Suivez {site} sur Google Actualités"],
           ["Suivez-nous sur Instagram", "Abonnez-vous à notre chaîne Telegram", "Retrouvez-nous sur les réseaux sociaux"]),
    "es": (["Síguenos en Facebook y X.", "Únete a nuestro canal de WhatsApp", "Sigue a {site} en Google Noticias"],
           ["Síguenos en Instagram", "Únete a nuestro canal de Telegram", "Encuéntranos en redes sociales"]),
}
W["publisher_promo"] = {  # names {pub}
    "en": (["Catch all the latest updates on {pub}.", "Get all the top headlines from {pub}.",
            "For more news like this, visit {pub}.", "Stay ahead with {pub} — news that matters.",
            "Follow {pub} for the day's biggest stories.", "More world news on {pub}",
            "Discover more stories from {pub}.", "{pub}: your source for regional news."],
           ["Keep up with the latest from {pub}.", "Find more coverage at {pub}.", "Catch every update on {pub}",
            "Visit {pub} for breaking news and analysis.", "Read all the latest headlines at {pub}.",
            "Get more from {pub} every day.", "For in-depth reporting, go to {pub}.", "Explore {pub} for more stories."]),
    "de": (["Alle aktuellen Nachrichten bei {pub}.", "Mehr Nachrichten finden Sie bei {pub}.", "Bleiben Sie informiert mit {pub}."],
           ["Aktuelle Meldungen immer bei {pub}.", "Mehr aus der Region bei {pub}", "Weitere Berichte auf {pub}"]),
    "fr": (["Toute l'actualité sur {pub}.", "Retrouvez plus d'infos sur {pub}.", "Restez informé avec {pub}."],
           ["Suivez toute l'info sur {pub}.", "Plus d'actualités régionales sur {pub}", "D'autres reportages sur {pub}"]),
    "es": (["Toda la actualidad en {pub}.", "Más noticias en {pub}.", "Mantente informado con {pub}."],
           ["Sigue toda la información en {pub}.", "Más noticias locales en {pub}", "Otros reportajes en {pub}"]),
}
W["click_here_promo"] = {
    "en": (["For all the latest {topic} News Click Here", "Click here for more {topic} stories",
            "For more {topic} news, click here.", "Click Here to get the latest {topic} updates",
            "Tap here for live {topic} coverage", "Want more {topic}? Click here", "To read more {topic} headlines click here",
            "Click here for the full {topic} coverage"],
           ["Click here for all {topic} news", "For the latest {topic} headlines, tap here.",
            "Get more {topic} updates — click here", "Click to see all {topic} stories", "Press here for {topic} news",
            "More {topic} news? Click here now", "Follow {topic} updates — click here", "Click here: the latest in {topic}"]),
    "de": (["Alle {topic}-Nachrichten: hier klicken", "Hier klicken für mehr {topic}", "Mehr zu {topic} – hier klicken"],
           ["Klicken Sie hier für {topic}-News", "Alles zu {topic}: hier", "Jetzt klicken: {topic}"]),
    "fr": (["Toute l'actualité {topic} : cliquez ici", "Cliquez ici pour plus d'infos {topic}", "Plus de {topic} : cliquez ici"],
           ["Cliquez ici pour l'actu {topic}", "Tout sur {topic} : ici", "Cliquez ici : {topic}"]),
    "es": (["Todas las noticias de {topic}: haz clic aquí", "Haz clic aquí para más {topic}", "Más {topic}: pulsa aquí"],
           ["Pulsa aquí para noticias de {topic}", "Todo sobre {topic}: aquí", "Haz clic: {topic}"]),
}
W["share_row"] = {
    "en": (["Share this:", "Share on Facebook", "Share on X", "Share via Email", "SHARE", "Share this article",
            "Facebook Twitter WhatsApp Email", "Click to share on LinkedIn (Opens in new window)", "{n} Shares", "Copy link"],
           ["Share:", "Share it", "Tweet", "Pin it", "Share this story", "Facebook | X | LinkedIn | Email",
            "Share on WhatsApp", "Click to print (Opens in new window)", "Shared {n} times", "Copy URL"]),
    "de": (["Teilen:", "Auf Facebook teilen", "Artikel teilen"], ["Teilen", "Per E-Mail teilen", "Link kopieren"]),
    "fr": (["Partager :", "Partager sur Facebook", "Partager cet article"], ["Partager", "Envoyer par e-mail", "Copier le lien"]),
    "es": (["Compartir:", "Compartir en Facebook", "Compartir esta noticia"], ["Compartir", "Enviar por correo", "Copiar enlace"]),
}
W["cookie_notice"] = {
    "en": (["We use cookies to improve your experience on our site. By continuing to browse you agree to our use of cookies.",
            "This website uses cookies. Learn more in our Cookie Policy.", "Accept all cookies", "Manage preferences",
            "We and our partners store and access information on your device to personalise ads and content.",
            "Cookie settings", "I agree", "Reject non-essential"],
           ["Our site uses cookies and similar technologies. Click Accept to consent.",
            "We value your privacy. Cookies help us deliver our services.", "Accept", "Customize cookies",
            "By using this site you agree to the storage of cookies on your device.", "Got it!", "Decline", "Privacy choices"]),
    "de": (["Wir verwenden Cookies, um Ihnen ein optimales Erlebnis zu bieten.", "Alle akzeptieren", "Einstellungen"],
           ["Diese Website nutzt Cookies. Mit der Nutzung stimmen Sie zu.", "Zustimmen", "Nur notwendige Cookies"]),
    "fr": (["Nous utilisons des cookies pour améliorer votre expérience.", "Tout accepter", "Paramétrer les cookies"],
           ["Ce site utilise des cookies. En poursuivant, vous acceptez leur utilisation.", "J'accepte", "Continuer sans accepter"]),
    "es": (["Utilizamos cookies para mejorar tu experiencia.", "Aceptar todas", "Configurar cookies"],
           ["Este sitio usa cookies. Al continuar navegando aceptas su uso.", "Aceptar", "Rechazar"]),
}
W["author_bio"] = {  # first: header; second: sentence (list of pairs joined by generator)
    "en": (["About the Author", "{author} is a staff writer covering local government and transport.",
            "{author} has reported on business and markets for more than a decade.", "About {author}",
            "{author} writes about science and the environment. Reach her at " + E + ".",
            "{author} is a freelance journalist based in the Midlands.", "Author profile",
            "{author} joined the newsroom in 2019 and covers courts and crime."],
           ["Meet the author", "{author} is a senior correspondent focused on health policy.",
            "{author} covers technology and start-ups from the west coast.", "More from {author}",
            "{author} is an editor at large. Email: " + E, "Written by a contributor to our opinion pages.",
            "Author bio", "{author} reports on energy, climate and the economy."]),
    "de": (["Über den Autor", "{author} ist Redakteurin im Ressort Politik.", "{author} schreibt über Wirtschaft und Verkehr."],
           ["Zur Person", "{author} berichtet seit 2015 aus der Region.", "{author} ist Korrespondent in Berlin."]),
    "fr": (["À propos de l'auteur", "{author} est journaliste au service politique.", "{author} couvre l'économie régionale."],
           ["L'auteur", "{author} est correspondant à Bruxelles.", "{author} écrit sur l'environnement et la santé."]),
    "es": (["Sobre el autor", "{author} es redactora de la sección de política.", "{author} escribe sobre economía y transporte."],
           ["Acerca del autor", "{author} es corresponsal en Bruselas.", "{author} cubre temas de salud y educación."]),
}
W["reaction_counter"] = {
    "en": (["Like ({n})", "👍 {n}", "Love {n}", "Wow! ({n})", "Sad ({n})", "Angry {n}", "Helpful? Yes ({n})", "❤️ {n} likes"],
           ["Upvote {n}", "👏 {n} claps", "Funny ({n})", "Haha {n}", "Insightful ({n})", "😮 {n}", "Thumbs up: {n}", "Agree ({n})"]),
    "de": (["Gefällt mir ({n})", "👍 {n}", "Traurig ({n})"], ["Daumen hoch: {n}", "Hilfreich ({n})", "Wütend {n}"]),
    "fr": (["J'aime ({n})", "👍 {n}", "Triste ({n})"], ["Bravo : {n}", "Utile ({n})", "Étonné {n}"]),
    "es": (["Me gusta ({n})", "👍 {n}", "Triste ({n})"], ["Me encanta: {n}", "Útil ({n})", "Sorpresa {n}"]),
}
W["photo_caption"] = {
    "en": (["Pictured: Officials at the scene on Tuesday.", "File image of the building used for illustrative purposes.",
            "The site as it appeared earlier this month.", "Residents gather outside the town hall.",
            "Caption: A view of the harbour at dusk.", "IMAGE: Crowds queue at the entrance.",
            "A general view shows the area after the announcement.", "Representational image."],
           ["Photo caption: Volunteers sort donations in a warehouse.", "Illustration: an artist's rendering of the project.",
            "Above: The committee during a hearing.", "Commuters wait on a platform during the morning rush.",
            "A handout picture released by the organisers.", "Stock photo used for representation.",
            "In this photo taken last year, workers inspect the line.", "The scene on Monday afternoon."]),
    "de": (["Symbolbild", "Archivbild: Das Rathaus am Marktplatz.", "Blick auf die Baustelle am Montag."],
           ["Das Foto zeigt die Einsatzkräfte vor Ort.", "Illustration: So soll das Gebäude aussehen.", "Archivfoto"]),
    "fr": (["Image d'illustration", "Photo d'archives : la mairie.", "Vue du chantier lundi matin."],
           ["Sur cette photo, les secours sur place.", "Illustration : le futur bâtiment.", "Photo d'illustration"]),
    "es": (["Imagen de archivo", "Foto de recurso del ayuntamiento.", "Vista de las obras el lunes."],
           ["En la imagen, los equipos de emergencia.", "Recreación del futuro edificio.", "Imagen ilustrativa"]),
}
W["photo_credit"] = {  # {credit} is the photo_credit fact
    "en": (["Photo: {credit}", "(Photo by {credit})", "Credit: {credit}", "Image: {credit}", "Photograph: {credit}",
            "📷 {credit}", "Picture: {credit}", "Image credit: {credit}"],
           ["Photo credit: {credit}", "(Image: {credit})", "PHOTO — {credit}", "Photo by {credit}", "Credit — {credit}",
            "Photography: {credit}", "Pic: {credit}", "Image source: {credit}"]),
    "de": (["Foto: {credit}", "Bild: {credit}", "(Foto: {credit})"], ["Bildquelle: {credit}", "Fotos: {credit}", "Foto © {credit}"]),
    "fr": (["Photo : {credit}", "Crédit photo : {credit}", "(Photo {credit})"], ["Crédits : {credit}", "Image : {credit}", "© Photo : {credit}"]),
    "es": (["Foto: {credit}", "Imagen: {credit}", "(Foto: {credit})"], ["Fotografía: {credit}", "Crédito: {credit}", "Foto © {credit}"]),
}
W["email_placeholder"] = {
    "en": ([E, "Contact: " + E, "Email us at " + E, "Tips? " + E, "Send corrections to " + E],
           ["Reach the desk: " + E, "E-mail: " + E, "Write to us: " + E, "Press enquiries: " + E, "Got a story? " + E]),
    "de": (["Kontakt: " + E, E], ["E-Mail: " + E, "Hinweise an " + E]),
    "fr": (["Contact : " + E, E], ["Courriel : " + E, "Écrivez-nous : " + E]),
    "es": (["Contacto: " + E, E], ["Correo: " + E, "Escríbenos: " + E]),
}
W["section_label"] = {  # {section}
    "en": (["{section}", "Category: {section}", "Filed under {section}", "Section: {section}", "Posted in {section}",
            "Topic: {section}", "In: {section}", "{section} News"],
           ["{SECTION}", "Categories: {section}", "Filed in: {section}", "Desk: {section}", "Published in {section}",
            "Section — {section}", "Channel: {section}", "Under {section}"]),
    "de": (["{section}", "Ressort: {section}", "Rubrik: {section}"], ["{SECTION}", "Kategorie: {section}", "In {section}"]),
    "fr": (["{section}", "Rubrique : {section}", "Catégorie : {section}"], ["{SECTION}", "Publié dans {section}", "Dans {section}"]),
    "es": (["{section}", "Sección: {section}", "Categoría: {section}"], ["{SECTION}", "Publicado en {section}", "En {section}"]),
}
W["nav_menu"] = {  # item pools; generator builds menus
    "en": (["Home", "News", "Politics", "Business", "Sport", "Entertainment", "Lifestyle", "Opinion", "Weather", "Video", "Local", "Contact"],
           ["Front page", "World", "Economy", "Tech", "Culture", "Travel", "Food", "Podcasts", "Obituaries", "Jobs", "Events", "About"]),
    "de": (["Startseite", "Nachrichten", "Politik", "Sport", "Kultur"], ["Übersicht", "Region", "Wirtschaft", "Wetter", "Service"]),
    "fr": (["Accueil", "Actualités", "Politique", "Sports", "Loisirs"], ["À la une", "Région", "Économie", "Météo", "Services"]),
    "es": (["Inicio", "Noticias", "Política", "Deportes", "Cultura"], ["Portada", "Mi ciudad", "Economía", "El tiempo", "Servicios"]),
}
W["footer_link"] = {
    "en": (["About Us", "Privacy Policy", "Terms of Use", "Contact Us", "Advertise with us", "Careers", "Sitemap", "Accessibility"],
           ["About", "Privacy", "Terms & Conditions", "Contact", "Advertising", "Work for us", "Site map", "Do Not Sell My Personal Information"]),
    "de": (["Impressum", "Datenschutz", "Kontakt"], ["AGB", "Datenschutzerklärung", "Mediadaten"]),
    "fr": (["Mentions légales", "Politique de confidentialité", "Nous écrire"], ["CGU", "Nous contacter", "Plan du site"]),
    "es": (["Aviso legal", "Política de privacidad", "Contacto"], ["Condiciones de uso", "Quiénes somos", "Mapa del sitio"]),
}
W["breadcrumb_home"] = {
    "en": (["Home", "Home", "Start"], ["Front Page", "Homepage", "Main"]),
    "de": (["Startseite"], ["Übersicht"]), "fr": (["Accueil"], ["À la une"]), "es": (["Inicio"], ["Portada"]),
}
W["breadcrumb_sep"] = {"any": ([" » ", " > ", " / "], [" › ", " | ", " → "])}
W["byline"] = {  # {author}
    "en": (["By {author}", "BY {AUTHOR}", "Written by {author}", "Story by {author}", "Words by {author}",
            "By {author}, Staff Writer", "Author: {author}", "{author} | Reporter"],
           ["By: {author}", "Reported by {author}", "Posted by {author}", "Article by {author}", "BY: {AUTHOR}",
            "By {author} — Correspondent", "Byline: {author}", "Writer: {author}"]),
    "de": (["Von {author}", "Autorin: {author}", "VON {AUTHOR}"], ["Ein Beitrag von {author}", "Autor: {author}", "Text: {author}"]),
    "fr": (["Par {author}", "PAR {AUTHOR}", "Rédigé par {author}"], ["Par : {author}", "Auteur : {author}", "Un article de {author}"]),
    "es": (["Por {author}", "POR {AUTHOR}", "Escrito por {author}"], ["Por: {author}", "Autor: {author}", "Redacción: {author}"]),
}
W["byline_agency"] = {  # {author} + {agency} (short form, gives credit)
    "en": (["By {author}, {agency}", "{author} ({agency})"], ["By {author} | {agency}", "{author}, {agency} correspondent"]),
    "de": (["Von {author}, {agency}"], ["{author} – {agency}"]),
    "fr": (["Par {author} ({agency})"], ["{author}, {agency}"]),
    "es": (["Por {author} ({agency})"], ["{author} / {agency}"]),
}
W["published_label"] = {  # {date}
    "en": (["Published: {date}", "Posted on {date}", "Date: {date}", "Published {date}", "First published {date}",
            "Posted: {date}", "{date}", "Publication date: {date}"],
           ["Published on {date}", "Posted {date}", "Date — {date}", "Created: {date}", "Released: {date}",
            "Posted at {date}", "Published at {date}", "Dated {date}"]),
    "de": (["Veröffentlicht: {date}", "Veröffentlicht am {date}", "{date}"], ["Erstellt: {date}", "Datum: {date}", "Erschienen am {date}"]),
    "fr": (["Publié le {date}", "Publié : {date}", "{date}"], ["Mis en ligne le {date}", "Date : {date}", "Paru le {date}"]),
    "es": (["Publicado el {date}", "Publicado: {date}", "{date}"], ["Fecha: {date}", "Creado: {date}", "Fecha de publicación: {date}"]),
}
W["updated_label"] = {
    "en": (["Updated: {date}", "Last updated {date}", "Last modified: {date}", "Updated {date}", "UPDATED {date}",
            "Updated on {date}", "Modified: {date}", "Last Updated: {date}"],
           ["Updated at {date}", "Last update: {date}", "Updated — {date}", "Revised: {date}", "Last modified on {date}",
            "Page updated {date}", "Updated at: {date}", "UPDATED — {date}"]),
    "de": (["Aktualisiert: {date}", "Aktualisiert am {date}", "Zuletzt aktualisiert: {date}"], ["Stand: {date}", "Aktualisiert {date}", "Geändert am {date}"]),
    "fr": (["Mis à jour le {date}", "Mis à jour : {date}", "Dernière mise à jour : {date}"], ["Modifié le {date}", "Actualisé le {date}", "Mise à jour {date}"]),
    "es": (["Actualizado: {date}", "Actualizado el {date}", "Última actualización: {date}"], ["Modificado: {date}", "Actualizado a las {date}", "Act. {date}"]),
}
W["relative_date"] = {
    "en": (["{n} hours ago", "Published {n} hours ago", "Updated {n} minutes ago", "Posted yesterday", "{n} days ago",
            "Just now", "Updated an hour ago", "Posted {n}h ago"],
           ["{n} hrs ago", "Updated {n} hours ago", "Published yesterday", "{n} mins ago", "Posted {n} days ago",
            "A few seconds ago", "Last updated {n} min ago", "{n}d ago"]),
    "de": (["vor {n} Stunden", "Aktualisiert vor {n} Minuten", "gestern"], ["vor {n} Tagen", "Veröffentlicht vor {n} Std.", "soeben"]),
    "fr": (["Il y a {n} heures", "Mis à jour il y a {n} minutes", "Hier"], ["Il y a {n} jours", "Publié il y a {n} h", "À l'instant"]),
    "es": (["Hace {n} horas", "Actualizado hace {n} minutos", "Ayer"], ["Hace {n} días", "Publicado hace {n} h", "Ahora mismo"]),
}
W["reading_time"] = {
    "en": (["{n} min read", "Reading time: {n} minutes", "Listen to this article", "⏱ {n} minutes", "Estimated read time {n} min",
            "{n} minute read", "Listen (4 min)", "Time to read: {n} min"],
           ["{n} mins read", "Read time: {n} min", "Audio: listen to this story", "{n}-minute read", "🕒 {n} min",
            "Approx. {n} min reading", "Play article audio", "This article takes {n} minutes to read"]),
    "de": (["Lesezeit: {n} Minuten", "{n} Min. Lesezeit", "Artikel anhören"], ["Lesedauer: {n} Min.", "ca. {n} Minuten", "Vorlesen lassen"]),
    "fr": (["Temps de lecture : {n} min", "{n} min de lecture", "Écouter cet article"], ["Lecture : {n} minutes", "Durée de lecture {n} min", "Écouter"]),
    "es": (["Tiempo de lectura: {n} min", "{n} min de lectura", "Escuchar esta noticia"], ["Lectura: {n} minutos", "Te lleva {n} min leerlo", "Escuchar"]),
}
W["also_read"] = {  # {head}
    "en": (["Also Read: {head}", "ALSO READ | {head}", "RELATED: {head}", "Read also: {head}", "See also: {head}",
            "Don't miss: {head}", "READ MORE: {head}", "Also read — {head}"],
           ["MUST READ: {head}", "Also see: {head}", "Related — {head}", "READ: {head}", "Also on {site}: {head}",
            "You may also like: {head}", "ALSO SEE | {head}", "More: {head}"]),
    "de": (["Lesen Sie auch: {head}", "Auch interessant: {head}", "Mehr dazu: {head}"], ["LESEN SIE AUCH | {head}", "Ebenfalls lesenswert: {head}", "Passend dazu: {head}"]),
    "fr": (["À lire aussi : {head}", "LIRE AUSSI | {head}", "Voir aussi : {head}"], ["À lire également : {head}", "Lire aussi – {head}", "Sur le même sujet : {head}"]),
    "es": (["Lee también: {head}", "LEER MÁS | {head}", "Te puede interesar: {head}"], ["Lea también: {head}", "Relacionado: {head}", "Ver también – {head}"]),
}
W["paywall_nag"] = {
    "en": (["You have reached your limit of free articles this month.", "Subscribe to continue reading.",
            "This article is for subscribers only.", "Already a subscriber? Log in",
            "Unlock unlimited access for just $1 a week.", "You have {n} free articles remaining.",
            "Get full access — cancel anytime.", "Create a free account to keep reading."],
           ["Continue reading with a subscription.", "Subscriber exclusive", "You've read {n} of 5 free stories this month.",
            "Sign in or subscribe to read the rest.", "Start your free trial today.", "Premium content — upgrade now",
            "Support quality journalism: become a member.", "Register to read more"]),
    "de": (["Sie haben Ihr Kontingent an kostenlosen Artikeln erreicht.", "Jetzt abonnieren und weiterlesen", "Bereits Abonnent? Hier anmelden"],
           ["Dieser Artikel ist nur für Abonnenten.", "Weiterlesen mit Plus", "Jetzt 4 Wochen gratis testen"]),
    "fr": (["Cet article est réservé aux abonnés.", "Abonnez-vous pour lire la suite", "Déjà abonné ? Se connecter"],
           ["Vous avez atteint la limite d'articles gratuits.", "Lire la suite avec l'offre numérique", "Essai gratuit d'un mois"]),
    "es": (["Este contenido es exclusivo para suscriptores.", "Suscríbete para seguir leyendo", "¿Ya eres suscriptor? Inicia sesión"],
           ["Has alcanzado el límite de noticias gratuitas.", "Sigue leyendo con tu suscripción", "Prueba gratis un mes"]),
}
W["donation_appeal"] = {
    "en": (["Support independent journalism. Donate today.", "If you value our reporting, please consider a contribution.",
            "Our journalism is free to read because readers like you chip in.", "Donate now",
            "Every dollar helps keep our newsroom running.", "Become a supporter from $5 a month.",
            "Help us keep this story free: give what you can.", "Make a one-time gift"],
           ["Can you help us with a small donation?", "Reader-funded news. Support us today.",
            "We rely on donations, not paywalls.", "Give now", "Chip in to fund local reporting.",
            "Become a member — from $3/month", "Your gift is tax-deductible. Donate.", "Support us"]),
    "de": (["Unterstützen Sie unabhängigen Journalismus.", "Jetzt spenden", "Jeder Beitrag hilft unserer Redaktion."],
           ["Helfen Sie uns mit einer kleinen Spende.", "Werden Sie Unterstützer", "Unabhängig dank Ihrer Hilfe – jetzt unterstützen"]),
    "fr": (["Soutenez le journalisme indépendant.", "Faire un don", "Chaque contribution compte."],
           ["Aidez-nous par un petit don.", "Devenez soutien", "Notre info est gratuite grâce à vous – soutenez-nous"]),
    "es": (["Apoya el periodismo independiente.", "Haz una donación", "Cada aportación cuenta."],
           ["Ayúdanos con una pequeña donación.", "Hazte socio", "Nuestro periodismo es gratuito gracias a ti: colabora"]),
}
W["poll_widget"] = {
    "en": (["POLL: What do you think?", "Vote now", "View results", "Yes", "No", "Not sure", "Quick quiz: test your knowledge",
            "{n} votes"],
           ["Take our poll", "Submit vote", "See results", "Agree", "Disagree", "Undecided", "Quiz: how well do you know the news?",
            "Total votes: {n}"]),
    "de": (["Umfrage: Was meinen Sie?", "Abstimmen", "Ergebnis ansehen"], ["Machen Sie mit bei unserer Umfrage", "Stimme abgeben", "{n} Stimmen"]),
    "fr": (["Sondage : qu'en pensez-vous ?", "Voter", "Voir les résultats"], ["Participez à notre sondage", "Valider mon vote", "{n} participants"]),
    "es": (["Encuesta: ¿Qué opinas?", "Votar", "Ver resultados"], ["Participa en nuestra encuesta", "Enviar voto", "{n} votos"]),
}
W["liveblog_chrome"] = {
    "en": (["LIVE", "Live updates", "Key events", "Show key events only", "Refresh", "Pinned post", "{n} new updates",
            "Show more updates", "Live coverage has ended.", "Autoupdate: ON"],
           ["Live now", "LIVE BLOG", "Latest updates", "Key moments", "Load new posts", "Highlights", "{n} new posts — click to view",
            "Older posts", "This live blog is now closed.", "Auto refresh on/off"]),
    "de": (["LIVE", "Liveticker", "Neue Einträge laden"], ["Live-Blog", "Die wichtigsten Ereignisse", "Ticker beendet"]),
    "fr": (["EN DIRECT", "Direct", "Afficher les nouveaux messages"], ["En live", "Les temps forts", "Ce direct est terminé"]),
    "es": (["EN DIRECTO", "Directo", "Cargar nuevas entradas"], ["En vivo", "Momentos clave", "Este directo ha finalizado"]),
}
W["video_chrome"] = {
    "en": (["Watch: {head}", "Now Playing", "Play Video", "Duration: {mm}", "Video player is loading.", "Unmute",
            "Up Next", "Replay"],
           ["WATCH NOW", "Video: {head}", "Click to play", "{mm}", "This video is unavailable in your region.",
            "Closed captions", "Autoplay next video", "Pause"]),
    "de": (["Video – {head}", "Video abspielen", "Jetzt ansehen"], ["Im Video: {head}", "Wiedergabe", "Ton an"]),
    "fr": (["Vidéo : {head}", "Lire la vidéo", "À suivre"], ["En vidéo : {head}", "Regarder", "Activer le son"]),
    "es": (["Vídeo: {head}", "Reproducir vídeo", "A continuación"], ["En vídeo: {head}", "Ver ahora", "Activar sonido"]),
}
W["event_listing"] = {
    "en": (["Add to calendar", "Get tickets", "Event details", "When: {evdate}", "Where: {venue}", "Tickets from $15",
            "Free entry, registration required", "More events near you"],
           ["Save the date", "Buy tickets", "Event info", "Date & time: {evdate}", "Location: {venue}", "Admission: $10",
            "RSVP required", "See all upcoming events"]),
    "de": (["Termin: {evdate}", "Ort: {venue}", "Tickets kaufen"], ["Wann: {evdate}", "Wo: {venue}", "Zum Kalender hinzufügen"]),
    "fr": (["Quand : {evdate}", "Où : {venue}", "Réserver"], ["Date : {evdate}", "Lieu : {venue}", "Ajouter à l'agenda"]),
    "es": (["Cuándo: {evdate}", "Dónde: {venue}", "Comprar entradas"], ["Fecha: {evdate}", "Lugar: {venue}", "Añadir al calendario"]),
}
VENUES = {"dev": ["Civic Hall", "Riverside Arena", "Old Granary", "Kulturhaus Nord", "Salle des Tanneurs", "Teatro del Puerto"],
          "test": ["Market Square Pavilion", "Lakeside Centre", "The Foundry Rooms", "Stadthalle Süd", "Espace Cordier", "Auditorio Levante"]}
