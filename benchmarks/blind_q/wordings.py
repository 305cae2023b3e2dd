"""Boilerplate wording pools for blind_q.

Every pool is ``{lang: (dev_list, test_list)}``: two separately written halves, so the dev and the
test split never share a wording of a kind. Placeholders in braces are filled by generate.py;
``{agg}``, ``{pub}``, ``{url}``, ``{ag}``, ``{a}``, ``{a2}``, ``{d}``, ``{u}``, ``{sec}`` become facts.
"""

# ============================================================== aggregator disclaimers (components)
# SELF_N: names the aggregator; SELF_A: anonymous (we / this site / the portal)
AGG = {
    "en": {
        "dev": {
            "SELF_N": [
                "{agg} is an automated news aggregator: every story on this page was collected from a third-party source.",
                "{agg} curates headlines from publishers across the web and does not produce original reporting.",
                "Articles on {agg} are gathered automatically from public RSS feeds.",
                "This page was auto-posted by {agg}, which republishes articles from other news outlets.",
            ],
            "SELF_A": [
                "This website collects news from around the internet and republishes it for information purposes only.",
                "We aggregate stories from trusted publishers; none of the articles here are written by our team.",
                "The content above was picked up automatically by our news robot.",
                "This site is a news aggregator and the text above belongs to its original publisher.",
            ],
            "RIGHTS": [
                "All rights belong to their respective owners.",
                "Copyright of the article and any images remains with the original author.",
                "Trademarks, logos and text are the property of their respective publishers.",
            ],
            "REMOVAL": [
                "If you own this content and want it taken down, write to {mail} and it will be removed within {hours} hours.",
                "Content will be deleted on request.",
                "Rights holders can ask for removal by e-mail at {mail}.",
                "Send a takedown notice to {mail}; we act on every request within {days} working days.",
            ],
            "NOTRESP": [
                "We are not responsible for the accuracy of third-party content.",
                "The aggregator accepts no liability for what the original sources publish.",
                "Opinions expressed belong to the source, not to this site.",
            ],
            "AUTO": [
                "This feed is generated automatically and is not checked by an editor.",
                "Posts are published by a script without human review.",
            ],
            "LABEL": ["Disclaimer:", "Note:", "DISCLAIMER —", "Legal notice:"],
        },
        "test": {
            "SELF_N": [
                "{agg} automatically indexes and reposts news articles published by other media.",
                "Stories on {agg} are pulled from partner feeds and shown here unedited.",
                "{agg} is a headline-collecting service; we link to and reproduce the work of independent newsrooms.",
                "You are reading a copy fetched by {agg}'s crawler from the original news site.",
            ],
            "SELF_A": [
                "This portal gathers publicly available news and displays it in one place.",
                "Our platform reposts articles from external news websites without changing them.",
                "Everything on this page was copied from a syndicated source by an automated system.",
                "This is an aggregation site: we do not write the news we show.",
            ],
            "RIGHTS": [
                "The original publisher retains full copyright over this article.",
                "Credit for this report goes to its author and the outlet that first ran it.",
                "We claim no ownership of the text, photos or videos shown here.",
            ],
            "REMOVAL": [
                "Copyright owners may contact {mail} and the post will come down within {hours} hours.",
                "Any article can be removed upon a valid request sent to {mail}.",
                "Tell us if this infringes your rights and we will take it offline straight away.",
                "Removal requests are handled by e-mail ({mail}) within {days} days.",
            ],
            "NOTRESP": [
                "The site owner cannot be held liable for errors in aggregated material.",
                "No responsibility is taken for the content of external sources.",
                "Views in this story are those of the source publication.",
            ],
            "AUTO": [
                "This post was published by an automatic feed.",
                "Auto-generated page; nothing here has been reviewed by a human editor.",
            ],
            "LABEL": ["Important:", "Notice:", "Content notice –", "Liability notice:"],
        },
    },
    "de": {
        "dev": {
            "SELF_N": [
                "{agg} ist ein automatischer Nachrichtenaggregator und übernimmt Artikel aus öffentlichen Quellen.",
                "Die Beiträge auf {agg} werden aus RSS-Feeds anderer Medien zusammengestellt.",
            ],
            "SELF_A": [
                "Diese Website sammelt Nachrichten aus dem Netz und veröffentlicht sie automatisch.",
                "Wir verfassen keine eigenen Artikel, sondern bündeln Meldungen anderer Anbieter.",
                "Dieser Text wurde maschinell von einer fremden Nachrichtenseite übernommen.",
            ],
            "RIGHTS": [
                "Alle Rechte liegen bei den jeweiligen Urhebern.",
                "Das Urheberrecht an Text und Bildern verbleibt beim ursprünglichen Verlag.",
            ],
            "REMOVAL": [
                "Auf Wunsch des Rechteinhabers wird der Beitrag innerhalb von {hours} Stunden entfernt.",
                "Löschanfragen bitte per E-Mail an {mail}.",
                "Rechteinhaber können die Entfernung jederzeit formlos verlangen.",
            ],
            "NOTRESP": [
                "Für die Inhalte externer Quellen übernehmen wir keine Haftung.",
                "Der Betreiber ist für die Richtigkeit der übernommenen Meldungen nicht verantwortlich.",
            ],
            "AUTO": ["Der Feed wird automatisch erzeugt und nicht redaktionell geprüft."],
            "LABEL": ["Hinweis:", "Haftungsausschluss:"],
        },
        "test": {
            "SELF_N": [
                "{agg} durchsucht Nachrichtenportale und stellt deren Artikel hier automatisch bereit.",
                "Bei {agg} erscheinen ausschließlich Meldungen fremder Medienhäuser.",
            ],
            "SELF_A": [
                "Dieses Portal ist ein Nachrichtensammler; die Artikel stammen von Drittanbietern.",
                "Unsere Seite spiegelt Beiträge anderer Nachrichtenseiten ohne Änderungen.",
                "Der obige Artikel wurde von einem Bot aus einer Partnerquelle importiert.",
            ],
            "RIGHTS": [
                "Sämtliche Rechte verbleiben bei den Eigentümern der Inhalte.",
                "Marken, Logos und Texte gehören ihren jeweiligen Inhabern.",
            ],
            "REMOVAL": [
                "Beanstandete Inhalte löschen wir binnen {hours} Stunden nach Eingang einer Nachricht an {mail}.",
                "Schreiben Sie uns an {mail}, wenn dieser Beitrag Ihre Rechte verletzt.",
                "Auf Anfrage wird der Artikel umgehend gelöscht.",
            ],
            "NOTRESP": [
                "Eine Gewähr für die Richtigkeit der Inhalte wird nicht übernommen.",
                "Für Fehler in der Originalquelle haften wir nicht.",
            ],
            "AUTO": ["Dieser Beitrag wurde ohne menschliche Prüfung automatisch veröffentlicht."],
            "LABEL": ["Rechtlicher Hinweis:", "Wichtig:"],
        },
    },
    "fr": {
        "dev": {
            "SELF_N": [
                "{agg} est un agrégateur automatique d'actualités : les articles proviennent de sources tierces.",
                "Les contenus publiés sur {agg} sont collectés à partir de flux RSS publics.",
            ],
            "SELF_A": [
                "Ce site rassemble des articles de presse publiés ailleurs sur le web.",
                "Nous ne rédigeons pas les articles affichés ; ils sont repris automatiquement de leurs éditeurs.",
                "Cet article a été récupéré automatiquement depuis le site de l'éditeur d'origine.",
            ],
            "RIGHTS": [
                "Tous les droits appartiennent à leurs propriétaires respectifs.",
                "Les droits d'auteur du texte et des photos restent la propriété de l'éditeur.",
            ],
            "REMOVAL": [
                "Sur simple demande à {mail}, le contenu sera retiré sous {hours} heures.",
                "Tout ayant droit peut demander la suppression de cet article.",
                "Pour tout retrait, écrivez-nous à {mail}.",
            ],
            "NOTRESP": [
                "Nous déclinons toute responsabilité quant au contenu des sources externes.",
                "L'exactitude des informations relève de la seule responsabilité de la source.",
            ],
            "AUTO": ["Ce flux est généré automatiquement, sans vérification éditoriale."],
            "LABEL": ["Avertissement :", "Mention légale :"],
        },
        "test": {
            "SELF_N": [
                "{agg} indexe et republie automatiquement des dépêches issues d'autres médias.",
                "Sur {agg}, chaque article est importé depuis le site qui l'a publié en premier.",
            ],
            "SELF_A": [
                "Ce portail est un agrégateur : il affiche des informations produites par d'autres rédactions.",
                "Notre plateforme reprend sans modification des articles de sites d'information externes.",
                "Ce texte a été copié par un robot depuis un flux partenaire.",
            ],
            "RIGHTS": [
                "L'éditeur d'origine conserve l'intégralité de ses droits sur ce contenu.",
                "Marques, logos et textes appartiennent à leurs détenteurs.",
            ],
            "REMOVAL": [
                "Les demandes de retrait adressées à {mail} sont traitées sous {days} jours.",
                "Si vous êtes titulaire des droits, contactez {mail} et l'article sera supprimé.",
                "Le contenu peut être retiré à tout moment sur demande.",
            ],
            "NOTRESP": [
                "Le site ne saurait être tenu responsable des erreurs des sources.",
                "Aucune garantie n'est donnée quant à l'exactitude de ce contenu.",
            ],
            "AUTO": ["Publication automatique : aucun journaliste n'a relu ce texte."],
            "LABEL": ["Avis :", "Clause de non-responsabilité :"],
        },
    },
    "es": {
        "dev": {
            "SELF_N": [
                "{agg} es un agregador automático de noticias y no elabora contenidos propios.",
                "Los artículos de {agg} se recopilan de fuentes RSS públicas.",
            ],
            "SELF_A": [
                "Este sitio recopila noticias de otros medios y las publica de forma automática.",
                "No redactamos estas noticias: las tomamos de sus medios originales.",
                "El texto anterior fue importado automáticamente desde la web del editor.",
            ],
            "RIGHTS": [
                "Todos los derechos pertenecen a sus respectivos propietarios.",
                "Los derechos de autor del texto y las imágenes corresponden al medio original.",
            ],
            "REMOVAL": [
                "Si usted es titular de los derechos, escriba a {mail} y retiraremos el contenido en {hours} horas.",
                "El contenido se eliminará a petición del autor.",
                "Las solicitudes de retirada pueden enviarse a {mail}.",
            ],
            "NOTRESP": [
                "No nos hacemos responsables de la veracidad de las fuentes externas.",
                "Las opiniones expresadas pertenecen al medio de origen.",
            ],
            "AUTO": ["Este contenido se genera automáticamente y no pasa por revisión editorial."],
            "LABEL": ["Aviso legal:", "Nota:"],
        },
        "test": {
            "SELF_N": [
                "{agg} rastrea portales informativos y reproduce aquí sus artículos.",
                "En {agg} solo se publican noticias procedentes de otros medios de comunicación.",
            ],
            "SELF_A": [
                "Este portal es un agregador: las noticias pertenecen a terceros.",
                "Nuestra plataforma replica artículos de webs externas sin modificarlos.",
                "Este artículo fue copiado por un sistema automático desde un canal asociado.",
            ],
            "RIGHTS": [
                "El medio original conserva todos los derechos sobre este artículo.",
                "Marcas, logotipos y textos son propiedad de sus dueños.",
            ],
            "REMOVAL": [
                "Las peticiones de retirada enviadas a {mail} se atienden en un plazo de {days} días.",
                "Si este contenido vulnera sus derechos, contacte con {mail} y lo borraremos.",
                "Cualquier artículo puede retirarse previa solicitud.",
            ],
            "NOTRESP": [
                "El sitio no se responsabiliza de los errores de las fuentes originales.",
                "No garantizamos la exactitud de la información reproducida.",
            ],
            "AUTO": ["Publicación automática: ningún editor ha revisado este texto."],
            "LABEL": ["Descargo de responsabilidad:", "Aviso:"],
        },
    },
}

# ============================================================== syndication notices
SYND = {
    "en": ([
        "This article was generated automatically from a syndicated news feed; {pub} staff have not edited it.",
        "Published via a news agency feed. The headline and text have not been modified by our editors.",
        "Republished under a content-sharing agreement with {pub}.",
        "This report comes from {pub} and is distributed through a syndication partnership.",
        "Only the headline of this story may have been changed by our staff; the rest is published from a syndicated feed.",
        "Content provided by {pub} under licence. Not edited by this site's newsroom.",
        "This is an unedited, auto-published copy from the wire feed.",
        "Story syndicated from {pub}; reproduced with permission.",
        "This piece was automatically imported from a partner feed and has not been reviewed by an editor.",
    ], [
        "This content was machine-posted from a syndicated source and was not edited by {pub} journalists.",
        "Distributed through a news agency feed and published without changes.",
        "Republished under licence from {pub}. All rights reserved by the original publisher.",
        "The following article is syndicated content supplied by {pub}.",
        "No editing was carried out on this item: it appears exactly as received from the syndication service.",
        "Reprinted by arrangement with {pub}.",
        "This story is auto-generated from a syndicated feed; only the picture may have been reworked by our staff.",
        "Article shared through the {pub} syndication network and posted automatically.",
        "Feed item: published as received, without review by our editorial desk.",
    ]),
    "de": ([
        "Dieser Artikel wurde automatisch aus einem Agenturfeed übernommen und nicht von der Redaktion bearbeitet.",
        "Der Beitrag erscheint im Rahmen einer Kooperation mit {pub}.",
        "Mit freundlicher Genehmigung von {pub} veröffentlicht.",
        "Übernommen aus dem Nachrichtendienst einer Agentur, unverändert veröffentlicht.",
        "Dieser Inhalt wird von {pub} lizenziert und unverändert wiedergegeben.",
        "Meldung aus dem Partnernetzwerk, ohne redaktionelle Bearbeitung.",
        "Die Redaktion von {pub} hat diesen automatisch erzeugten Beitrag nicht bearbeitet.",
        "Nur die Überschrift wurde angepasst; der Text stammt aus einem syndizierten Angebot.",
    ], [
        "Dieser Text stammt aus einem syndizierten Feed und wurde ohne Änderungen übernommen.",
        "Veröffentlicht in Lizenz von {pub}.",
        "Zweitverwertung mit Zustimmung von {pub}.",
        "Automatisch übernommene Agenturmeldung – nicht redaktionell bearbeitet.",
        "Dieser Beitrag wurde von {pub} bereitgestellt und erscheint hier im Rahmen einer Content-Partnerschaft.",
        "Inhalt aus dem Syndikationsdienst; Überschrift und Text sind unverändert.",
        "Von den Mitarbeitern von {pub} nicht überarbeitet; automatisch aus dem Feed erstellt.",
        "Diese Meldung wurde maschinell aus einem Partnerfeed eingespielt.",
    ]),
    "fr": ([
        "Cet article a été généré automatiquement à partir d'un flux syndiqué et n'a pas été modifié par la rédaction de {pub}.",
        "Publié via le fil d'une agence de presse, sans modification.",
        "Article republié dans le cadre d'un accord avec {pub}.",
        "Contenu fourni par {pub} sous licence.",
        "Ce texte provient d'un flux partenaire et n'a fait l'objet d'aucune relecture.",
        "Reproduit avec l'autorisation de {pub}.",
        "Dépêche publiée automatiquement, telle que reçue.",
        "Seul le titre de cet article a pu être modifié par notre équipe ; le reste provient d'un flux syndiqué.",
    ], [
        "Ce contenu a été mis en ligne automatiquement depuis un flux de syndication, sans intervention des journalistes de {pub}.",
        "Diffusé par un fil d'agence et publié sans retouche.",
        "Republié sous licence de {pub}.",
        "L'article ci-dessus est un contenu syndiqué fourni par {pub}.",
        "Aucune modification n'a été apportée à ce texte reçu du service de syndication.",
        "Repris avec l'accord de {pub}.",
        "Article importé automatiquement d'un flux partenaire.",
        "Publication issue du réseau de syndication de {pub}.",
    ]),
    "es": ([
        "Esta noticia se generó automáticamente a partir de un canal sindicado y no ha sido editada por el equipo de {pub}.",
        "Publicado a través del servicio de una agencia de noticias, sin cambios.",
        "Artículo reproducido en virtud de un acuerdo con {pub}.",
        "Contenido proporcionado por {pub} bajo licencia.",
        "Este texto procede de un canal asociado y no ha sido revisado por la redacción.",
        "Reproducido con autorización de {pub}.",
        "Noticia publicada automáticamente tal como se recibió.",
        "Solo el titular pudo ser modificado por nuestro equipo; el resto procede de un canal sindicado.",
    ], [
        "Este contenido se publicó de forma automática desde un canal de sindicación, sin intervención de los periodistas de {pub}.",
        "Difundido por el servicio de una agencia y publicado sin retoques.",
        "Republicado bajo licencia de {pub}.",
        "El artículo anterior es contenido sindicado suministrado por {pub}.",
        "No se ha realizado ninguna modificación a este texto recibido del servicio de sindicación.",
        "Reproducido por acuerdo con {pub}.",
        "Artículo importado automáticamente de un canal asociado.",
        "Publicación distribuida a través de la red de sindicación de {pub}.",
    ]),
}
SYND_WRAP = ([("(", ")"), ("", ""), ("*", ""), ("", "")], [("[", "]"), ("", ""), ("_", "_"), ("", "")])

# ============================================================== list headers
HEADERS = {
    "related": {
        "en": (["Related", "Related Articles", "Read next", "See also"],
               ["Related stories", "More on this topic", "Read Next:", "Also on this subject"]),
        "de": (["Das könnte Sie auch interessieren", "Mehr zum Thema"], ["Ähnliche Artikel", "Weitere Artikel zum Thema"]),
        "fr": (["Articles liés", "Sur le même sujet"], ["Dans la même rubrique", "Autour du sujet"]),
        "es": (["Noticias relacionadas", "Relacionado"], ["Más sobre este tema", "Contenido relacionado"]),
    },
    "ranking": {
        "en": (["Most Read", "Top 5 today", "Popular this week"], ["Most viewed", "Top stories right now", "Readers' favourites"]),
        "de": (["Meistgelesen", "Top 5 heute"], ["Am häufigsten gelesen", "Beliebteste Artikel"]),
        "fr": (["Les plus lus", "Top 5 du jour"], ["Les plus partagés", "Les plus consultés"]),
        "es": (["Lo más leído", "Top 5 de hoy"], ["Lo más visto", "Ranking semanal"]),
    },
    "more_stories": {
        "en": (["More Stories", "Latest News"], ["Recent Posts", "More from this section", "Just in"]),
        "de": (["Weitere Nachrichten", "Aktuelle Meldungen"], ["Neueste Beiträge", "Mehr aus dem Ressort"]),
        "fr": (["Dernières actualités", "Autres articles"], ["Plus d'actualités", "Derniers articles publiés"]),
        "es": (["Últimas noticias", "Más noticias"], ["Otras noticias", "Lo último"]),
    },
    "you_may_also_like": {
        "en": (["You May Also Like", "You might also like"], ["You may also be interested in", "You'll also like"]),
        "de": (["Auch interessant"], ["Das gefällt Ihnen vielleicht auch"]),
        "fr": (["Vous aimerez aussi"], ["Ces articles peuvent vous intéresser"]),
        "es": (["También te puede interesar"], ["Quizá te guste"]),
    },
    "trending": {
        "en": (["Trending", "Trending Now 🔥"], ["What's hot", "Trending today"]),
        "de": (["Im Trend"], ["Gerade gefragt"]),
        "fr": (["Tendances"], ["En ce moment"]),
        "es": (["Tendencias"], ["En tendencia"]),
    },
    "recommendation": {
        "en": (["Editor's Picks", "Don't Miss"], ["Recommended", "Our picks"]),
        "de": (["Empfehlungen der Redaktion"], ["Unsere Empfehlung"]),
        "fr": (["Nos coups de cœur"], ["La sélection de la rédaction"]),
        "es": (["Recomendados"], ["Selección del editor"]),
    },
}
# list family -> (header kind, item kind)
LIST_KINDS = {
    "related": ("related_header", "related_item"),
    "ranking": ("ranking_header", "ranking_item"),
    "more_stories": ("more_stories_header", "more_stories_item"),
    "you_may_also_like": ("you_may_also_like", "related_item"),
    "trending": ("trending_header", "trending_item"),
    "recommendation": ("recommendation_header", "recommendation_item"),
}

# item decorations: prefixes and suffixes ({date} = a short date, {n} = a number, {sec} = a section word)
ITEM_PREFIX = (["- ", "• ", "→ ", "", "", "{i}. "], ["* ", "» ", "▪ ", "", "", "{i}) ", "#{i} "])
ITEM_SUFFIX = {
    "en": (["", "", " — {date}", " ({n} views)", " [VIDEO]", " {h} hours ago"],
           ["", "", " | {date}", " · {n} comments", " (Video)", " {h} days ago"]),
    "de": (["", "", " – {date}", " ({n} Aufrufe)", " vor {h} Stunden"], ["", "", " | {date}", " · {n} Kommentare", " (Video)"]),
    "fr": (["", "", " – {date}", " ({n} vues)", " il y a {h} heures"], ["", "", " | {date}", " · {n} commentaires", " [VIDÉO]"]),
    "es": (["", "", " – {date}", " ({n} visitas)", " hace {h} horas"], ["", "", " | {date}", " · {n} comentarios", " (Vídeo)"]),
}
ITEM_SECTION = (["{sec}: "], ["[{sec}] "])

# ============================================================== headline generator vocab
HEADLINE = {
    "en": ({"S": ["City council", "Regional airline", "Water board", "Local brewery", "School district",
                  "Harbour authority", "Tech startup", "Hospital trust"],
            "V": ["unveils plan for", "delays vote on", "faces questions over", "cuts budget for",
                  "wins award for", "reopens"],
            "O": ["new cycle lanes", "the old mill site", "night trains", "rural clinics", "summer festival",
                  "flood defences", "its downtown office"]},
           {"S": ["Transit agency", "State university", "Mountain resort", "Farmers' union", "Stadium owners",
                  "Ferry operator", "Energy regulator", "Museum board"],
            "V": ["scraps proposal for", "approves funding for", "is sued over", "expands", "pauses work on",
                  "reports record demand for"],
            "O": ["electric buses", "the riverside park", "student housing", "winter tourism", "the east terminal",
                  "grain storage", "rooftop solar"]}),
    "de": ({"S": ["Stadtrat", "Landesregierung", "Verkehrsverbund", "Klinikum"],
            "V": ["plant", "verschiebt", "streicht", "prüft"],
            "O": ["neue Radwege", "den Umbau des Bahnhofs", "Nachtbusse", "die Sanierung der Brücke"]},
           {"S": ["Kreistag", "Stadtwerke", "Hochschule", "Tourismusverband"],
            "V": ["beschließt", "stoppt", "erweitert", "fordert"],
            "O": ["mehr Ladesäulen", "das Hallenbad", "die Wohnheimplätze", "einen Wintermarkt"]}),
    "fr": ({"S": ["La mairie", "La région", "Le département", "L'hôpital"],
            "V": ["lance", "reporte", "annule", "finance"],
            "O": ["un nouveau marché couvert", "la rénovation du pont", "des navettes gratuites", "un plan canicule"]},
           {"S": ["La métropole", "Le conseil municipal", "L'université", "Le port"],
            "V": ["adopte", "suspend", "agrandit", "soutient"],
            "O": ["la piste cyclable du quai", "le chantier de la gare", "un festival d'été", "la cantine bio"]}),
    "es": ({"S": ["El ayuntamiento", "La Junta", "El puerto", "El hospital comarcal"],
            "V": ["aprueba", "aplaza", "amplía", "licita"],
            "O": ["un nuevo carril bici", "la reforma del mercado", "el servicio de autobuses nocturnos", "un plan contra la sequía"]},
           {"S": ["La diputación", "El consistorio", "La universidad", "La cofradía de pescadores"],
            "V": ["paraliza", "recupera", "reclama", "estrena"],
            "O": ["la piscina municipal", "el paseo marítimo", "más plazas de residencia", "una feria de otoño"]}),
}

# ============================================================== dates and bylines
DATE_PUB = {
    "en": (["Published: {d}", "Posted on {d}", "Date: {d}", "First published {d}", "🕒 {d}"],
           ["Published on {d}", "Posted: {d}", "Released {d}", "Date published: {d}", "{d}"]),
    "de": (["Veröffentlicht am {d}", "Erstellt: {d}"], ["Veröffentlicht: {d}", "Datum: {d}"]),
    "fr": (["Publié le {d}", "Mis en ligne le {d}"], ["Publié : {d}", "Date de publication : {d}"]),
    "es": (["Publicado el {d}", "Fecha: {d}"], ["Publicado: {d}", "Fecha de publicación: {d}"]),
}
DATE_UPD = {
    "en": (["Updated: {u}", "Last updated {u}"], ["Updated on {u}", "Last modified: {u}", "Modified {u}"]),
    "de": (["Aktualisiert am {u}"], ["Zuletzt aktualisiert: {u}"]),
    "fr": (["Mis à jour le {u}"], ["Dernière mise à jour : {u}", "Modifié le {u}"]),
    "es": (["Actualizado: {u}"], ["Última actualización: {u}", "Actualizado el {u}"]),
}
DATE_BOTH = {
    "en": (["Published {d} | Updated {u}"], ["Posted {d} · Last updated {u}"]),
    "de": (["Veröffentlicht am {d} | Aktualisiert am {u}"], ["Erstellt: {d} – Zuletzt aktualisiert: {u}"]),
    "fr": (["Publié le {d}, mis à jour le {u}"], ["Publié : {d} · Modifié le {u}"]),
    "es": (["Publicado el {d} | Actualizado: {u}"], ["Publicado: {d} - Última actualización: {u}"]),
}
DATE_REL = {
    "en": (["{h} hours ago", "Updated {m} minutes ago", "Published yesterday"],
           ["{h} days ago", "Updated an hour ago", "Posted {m} mins ago", "Just now"]),
    "de": (["vor {h} Stunden", "Aktualisiert vor {m} Minuten"], ["Vor {h} Tagen", "gestern"]),
    "fr": (["il y a {h} heures", "Mis à jour il y a {m} min"], ["Il y a {h} jours", "hier"]),
    "es": (["hace {h} horas", "Actualizado hace {m} minutos"], ["Hace {h} días", "ayer"]),
}
BYLINE = {  # {a} / {a2} authors, {A} upper-case author, {d} published date
    "en": (["By {a}", "By {a} and {a2}", "Written by {a}", "BY {A}", "Story by {a} | {d}", "By {a} — {d}"],
           ["{a} | Staff reporter", "Author: {a}", "Reporting by {a}", "by {a} · {d}", "Words by {a}", "{a}, {d}"]),
    "de": (["Von {a}", "Autor: {a}", "Von {a} und {a2}", "VON {A} | {d}"], ["Ein Beitrag von {a}", "Text: {a}", "{a} · {d}"]),
    "fr": (["Par {a}", "Auteur : {a}", "Par {a} et {a2}", "PAR {A} – {d}"], ["Écrit par {a}", "Texte : {a}", "{a} | {d}"]),
    "es": (["Por {a}", "Autor: {a}", "Por {a} y {a2}", "POR {A} | {d}"], ["Escrito por {a}", "Texto: {a}", "{a} · {d}"]),
}

# ============================================================== source / original / via
ORIG_URL = {
    "en": (["{url}", "Source: {url}", "Original article: {url}"], ["Link: {url}", "Source URL → {url}", "From: {url}", "{url}"]),
    "de": (["Quelle: {url}", "{url}"], ["Originalartikel: {url}", "Zum Original: {url}"]),
    "fr": (["Source : {url}", "{url}"], ["Lien vers l'article original : {url}", "Article d'origine : {url}"]),
    "es": (["Fuente: {url}", "{url}"], ["Enlace original: {url}", "Noticia original: {url}"]),
}
ORIG_APPEARED = {  # {url} or {pub}
    "en": (["Originally published at {url}", "This article originally appeared on {pub}.", "Via {pub}"],
           ["First published on {pub}.", "This story first ran at {url}", "(via {pub})"]),
    "de": (["Zuerst erschienen bei {pub}.", "Erstmals veröffentlicht unter {url}"], ["Dieser Text erschien zuerst in {pub}.", "Ursprünglich erschienen auf {url}"]),
    "fr": (["Cet article a d'abord été publié sur {pub}.", "Publié initialement sur {url}"], ["Initialement paru dans {pub}.", "Cet article est paru à l'origine sur {url}"]),
    "es": (["Publicado originalmente en {pub}.", "Publicado primero en {url}"], ["Este artículo apareció primero en {pub}.", "Artículo publicado originalmente en {url}"]),
}
SOURCE_LINK = {
    "en": (["Source link", "Source: {pub}"], ["Source", "Sourced from {pub}"]),
    "de": (["Quelle: {pub}", "Quelllink"], ["Zur Quelle", "Quelle – {pub}"]),
    "fr": (["Source : {pub}", "Lien source"], ["Voir la source", "Source – {pub}"]),
    "es": (["Fuente: {pub}", "Enlace a la fuente"], ["Ver fuente", "Fuente – {pub}"]),
}
READ_ORIGINAL = {
    "en": (["Read original article here", "Continue reading on the original site"], ["Read the full story at the source", "View original post"]),
    "de": (["Zum Originalartikel"], ["Den vollständigen Artikel lesen Sie hier"]),
    "fr": (["Lire l'article original"], ["Voir l'article complet sur le site d'origine"]),
    "es": (["Leer el artículo original"], ["Ver noticia completa en la fuente"]),
}
READ_MORE = {
    "en": (["Read More", "Read more »"], ["Continue reading", "Keep reading →"]),
    "de": (["Weiterlesen"], ["Mehr lesen ›"]),
    "fr": (["Lire la suite"], ["En savoir plus"]),
    "es": (["Leer más"], ["Seguir leyendo"]),
}
PUBLISHER_PROMO = {
    "en": (["Read more local news on {pub}.", "For more coverage, visit {pub}."], ["Find more reports from {pub} on its website.", "More from {pub} →"]),
    "de": (["Mehr Nachrichten aus der Region bei {pub}."], ["Weitere Artikel finden Sie auf {pub}."]),
    "fr": (["Retrouvez plus d'articles sur {pub}."], ["Toute l'actualité régionale sur {pub}."]),
    "es": (["Más noticias en {pub}."], ["Lee más artículos de {pub} en su web."]),
}
WIRE_NAMED = {
    "en": (["(With inputs from {ag})", "— {ag}"], ["(Additional inputs: {ag})", "Input from {ag} was used in this report."]),
    "de": (["Mit Material von {ag}"], ["Mit Informationen von {ag}"]),
    "fr": (["(Avec {ag})"], ["Source : {ag}"]),
    "es": (["(Con información de {ag})"], ["Información de {ag}"]),
}
WIRE_ANON = {
    "en": (["(With inputs from agencies)"], ["(Agency inputs)"]),
    "de": (["(mit Material von Agenturen)"], ["(Agenturen)"]),
    "fr": (["(Avec agences)"], ["(avec les agences)"]),
    "es": (["(Con información de agencias)"], ["(Agencias)"]),
}
AGENCY_BY_LANG = {"en": ["AP", "Reuters", "AFP", "PTI", "Kyodo", "Yonhap"], "de": ["dpa", "AFP", "Reuters"],
                  "fr": ["AFP", "Reuters"], "es": ["EFE", "AFP", "Reuters"]}
AGENCY_LONG = {"AP": "Associated Press", "AFP": "Agence France-Presse", "PTI": "Press Trust of India",
               "dpa": "Deutsche Presse-Agentur", "EFE": "Agencia EFE", "Kyodo": "Kyodo News"}

# ============================================================== the common page furniture
COMMENT = {
    "en": (["Leave a Reply", "Your email address will not be published. Required fields are marked *", "Comment *",
            "Name *", "Email *", "Post Comment", "Save my name, email, and website in this browser for the next time I comment."],
           ["Leave a Comment", "Cancel reply", "You must be logged in to post a comment.", "Your name", "Your comment",
            "Notify me of follow-up comments by email.", "Join the discussion", "Submit"]),
    "de": (["Schreibe einen Kommentar", "Deine E-Mail-Adresse wird nicht veröffentlicht.", "Kommentar abschicken"],
           ["Kommentar verfassen", "Antworten abbrechen", "Erforderliche Felder sind mit * markiert", "Name (Pflichtfeld)"]),
    "fr": (["Laisser un commentaire", "Votre adresse e-mail ne sera pas publiée.", "Publier le commentaire"],
           ["Annuler la réponse", "Vous devez être connecté pour publier un commentaire.", "Envoyer", "Votre commentaire"]),
    "es": (["Deja un comentario", "Tu dirección de correo electrónico no será publicada.", "Publicar comentario"],
           ["Dejar una respuesta", "Cancelar respuesta", "Los campos obligatorios están marcados con *", "Enviar comentario"]),
}
SHARE = {
    "en": ([["Share this:", "Facebook", "X", "Print"], ["Share on Facebook | Tweet | Pin"], ["SHARE", "0 shares"]],
           [["Share this article", "LinkedIn", "Reddit", "Email"], ["Facebook · X · WhatsApp · Copy link"], ["Spread the word:", "Telegram"], ["12 Shares"]]),
    "de": ([["Teilen:", "Facebook", "WhatsApp"], ["Auf Facebook teilen | Per Mail"]], [["Artikel teilen", "E-Mail", "Drucken"], ["Teilen · Link kopieren"]]),
    "fr": ([["Partager :", "Facebook", "X"], ["Partager sur Facebook | Envoyer"]], [["Partager cet article", "Copier le lien"], ["Imprimer · Envoyer par e-mail"]]),
    "es": ([["Compartir:", "Facebook", "WhatsApp"], ["Compartir en X | Enviar"]], [["Comparte esta noticia", "Telegram", "Correo"], ["Copiar enlace · Imprimir"]]),
}
NEWSLETTER = {
    "en": (["Sign up for our free morning newsletter.", "Get the day's top headlines in your inbox — subscribe now."],
           ["Subscribe to the Evening Briefing and never miss a story.", "Want more? Join 40,000 readers of our weekly digest."]),
    "de": (["Jetzt den Newsletter abonnieren!"], ["Melden Sie sich für unseren täglichen Newsletter an."]),
    "fr": (["Abonnez-vous à notre newsletter quotidienne."], ["Recevez l'essentiel de l'actualité chaque matin par e-mail."]),
    "es": (["Suscríbete a nuestro boletín diario."], ["Recibe las noticias más importantes en tu correo."]),
}
APP = {
    "en": (["Download our app for breaking news alerts.", "Get our app on iOS and Android."], ["Read this story faster in our free app.", "Install the app — it's free."]),
    "de": (["Laden Sie jetzt unsere App herunter."], ["Alle Nachrichten in der App – kostenlos für iOS und Android."]),
    "fr": (["Téléchargez l'application gratuite."], ["Retrouvez toute l'actualité sur notre appli."]),
    "es": (["Descarga nuestra app gratuita."], ["Lee todas las noticias en nuestra aplicación."]),
}
SOCIAL = {
    "en": (["Follow us on Facebook and X for the latest updates.", "Join our WhatsApp channel"], ["Like our page on Facebook", "Follow us on Instagram for more"]),
    "de": (["Folgen Sie uns auf Instagram!"], ["Jetzt unserem WhatsApp-Kanal beitreten"]),
    "fr": (["Suivez-nous sur Facebook et X"], ["Rejoignez notre chaîne Telegram"]),
    "es": (["Síguenos en redes sociales"], ["Únete a nuestro canal de WhatsApp"]),
}
CLICK = {
    "en": (["To get the latest updates, click here", "Click here to read the full coverage"], ["Tap here for more headlines", "Click here for live updates"]),
    "de": (["Hier klicken für mehr Nachrichten"], ["Klicken Sie hier für alle Updates"]),
    "fr": (["Cliquez ici pour plus d'informations"], ["Pour suivre le direct, cliquez ici"]),
    "es": (["Haz clic aquí para más noticias"], ["Pulsa aquí para seguir la última hora"]),
}
COPYRIGHT = {
    "en": (["© {y} {site}. All rights reserved.", "Copyright © {y} {site}"], ["All content © {site} {y}", "(c) {y} {site}. Reproduction without permission prohibited."]),
    "de": (["© {y} {site}. Alle Rechte vorbehalten."], ["Copyright {y} {site} – Alle Rechte vorbehalten"]),
    "fr": (["© {y} {site}. Tous droits réservés."], ["Copyright © {site} {y} – Reproduction interdite"]),
    "es": (["© {y} {site}. Todos los derechos reservados."], ["Copyright {y} {site} | Prohibida su reproducción total o parcial"]),
}
REPUBLISH = {
    "en": (["This material may not be published, broadcast, rewritten or redistributed."], ["No part of this article may be reproduced without written permission."]),
    "de": (["Nachdruck nur mit Genehmigung."], ["Weiterverbreitung ohne Zustimmung untersagt."]),
    "fr": (["Reproduction interdite sans autorisation."], ["Toute reproduction, même partielle, est interdite."]),
    "es": (["Queda prohibida la reproducción sin permiso."], ["Prohibida la redistribución de este contenido."]),
}
BREAD_HOME = {"en": (["Home"], ["Homepage", "Front page"]), "de": (["Startseite"], ["Übersicht"]),
              "fr": (["Accueil"], ["À la une"]), "es": (["Inicio"], ["Portada"])}
BREAD_SEP = ([" » ", " > "], [" / ", " › "])
NEWS_WORD = {"en": "News", "de": "Nachrichten", "fr": "Actualités", "es": "Noticias"}
TAG_LINE = {
    "en": (["Tags: {t}", "Tagged: {t}"], ["Topics: {t}", "#{t}"]),
    "de": (["Schlagwörter: {t}"], ["Themen: {t}"]),
    "fr": (["Mots-clés : {t}"], ["Tags : {t}"]),
    "es": (["Etiquetas: {t}"], ["Temas: {t}"]),
}
TAG_SEP = ([", ", ", "], [" · ", " | "])
TAG_HEADER = {"en": (["Tags", "TAGS:"], ["Topics", "Related topics"]), "de": (["Schlagworte"], ["Themen"]),
              "fr": (["Mots-clés"], ["Thèmes"]), "es": (["Etiquetas"], ["Temas"])}
PREV_NEXT = {  # pairs
    "en": ([("← Previous Post", "Next Post →"), ("Previous: {h}", "Next: {h}")], [("« Older article", "Newer article »"), ("Prev article {h}", "Next article {h}")]),
    "de": ([("« Vorheriger Artikel", "Nächster Artikel »")], [("Zurück: {h}", "Weiter: {h}")]),
    "fr": ([("Article précédent", "Article suivant")], [("← Précédent : {h}", "Suivant : {h} →")]),
    "es": ([("Entrada anterior", "Entrada siguiente")], [("« Noticia anterior", "Siguiente noticia »")]),
}
AD = {"en": (["Advertisement", "ADVERTISEMENT"], ["Sponsored content", "Article continues after this ad"]),
      "de": (["Anzeige"], ["Werbung"]), "fr": (["Publicité"], ["PUB"]), "es": (["Publicidad"], ["Anuncio"])}
ALSO_READ = {"en": (["Also Read: {h}", "READ ALSO | {h}"], ["Don't miss: {h}", "SEE ALSO → {h}"]),
             "de": (["Lesen Sie auch: {h}"], ["Auch interessant: {h}"]),
             "fr": (["À lire aussi : {h}"], ["LIRE AUSSI – {h}"]),
             "es": (["Lee también: {h}"], ["Te puede interesar: {h}"])}
CAPTION = {
    "en": (["Residents gather outside the town hall in {city}.", "A file image shows the harbour at dusk."],
           ["Pictured: commuters wait on a platform in {city}.", "The site as seen from above earlier this year."]),
    "de": (["Blick auf die Innenstadt von {city}."], ["Archivbild: Passanten in {city}."]),
    "fr": (["Vue du centre-ville de {city}."], ["Image d'illustration prise à {city}."]),
    "es": (["Vista del centro de {city}."], ["Imagen de archivo de una calle de {city}."]),
}
PHOTO_LABEL = {"en": (["Photo: ", "Image credit: "], ["(Photo by ", "Credit: ", "📷 "]), "de": (["Foto: "], ["Bild: "]),
               "fr": (["Photo : "], ["Crédit photo : "]), "es": (["Foto: "], ["Imagen: "])}
READING = {"en": (["{n} min read", "Reading time: {n} minutes"], ["Estimated read: {n} min", "⏱ {n} minutes"]),
           "de": (["Lesezeit: {n} Minuten"], ["{n} Min. Lesedauer"]), "fr": (["Temps de lecture : {n} min"], ["Lecture {n} min"]),
           "es": (["Lectura: {n} min"], ["{n} minutos de lectura"])}
SKIP = {"en": (["Skip to content"], ["Jump to main content"]), "de": (["Zum Inhalt springen"], ["Direkt zum Inhalt"]),
        "fr": (["Aller au contenu"], ["Passer au contenu principal"]), "es": (["Saltar al contenido"], ["Ir al contenido principal"])}
NAV = {"en": (["Home", "World", "Business", "Tech", "Sport", "Opinion"], ["Front Page", "Local", "Markets", "Science", "Culture", "Weather"]),
       "de": (["Startseite", "Politik", "Sport", "Kultur", "Wetter"], ["Nachrichten", "Region", "Wissen", "Reise", "Auto"]),
       "fr": (["Accueil", "Politique", "Sport", "Spectacles", "Météo"], ["Actualités", "Région", "Loisirs", "Éco", "Faits divers"]),
       "es": (["Inicio", "España", "Mundo", "Deportes", "Opinión"], ["Portada", "Local", "Cultura", "Motor", "Gente"])}
NAV_JOIN = (["piped", "lines"], ["dotted", "lines"])
FOOTER = {"en": (["About Us", "Privacy Policy", "Contact"], ["Terms of Service", "Advertise with us", "Cookie settings"]),
          "de": (["Impressum", "Datenschutz"], ["Kontakt", "AGB", "Mediadaten"]),
          "fr": (["Mentions légales", "Contact"], ["Politique de confidentialité", "CGU", "Qui sommes-nous"]),
          "es": (["Aviso legal", "Política de privacidad"], ["Contacto", "Quiénes somos", "Política de cookies"])}
COOKIE = {"en": (["We use cookies to improve your experience on our site.", "Accept"], ["This website stores cookies on your device. By continuing you agree.", "Got it"]),
          "de": (["Wir verwenden Cookies, um unsere Website zu verbessern.", "Akzeptieren"], ["Diese Seite nutzt Cookies. Mit der Nutzung stimmen Sie zu.", "Alle zulassen"]),
          "fr": (["Ce site utilise des cookies pour améliorer votre expérience.", "J'accepte"], ["En poursuivant votre navigation, vous acceptez l'utilisation de cookies.", "Tout refuser"]),
          "es": (["Usamos cookies para mejorar tu experiencia.", "Aceptar"], ["Este sitio web utiliza cookies propias y de terceros.", "Configurar"])}
BACK_TOP = {"en": (["Back to top"], ["↑ Top", "Scroll to top"]), "de": (["Nach oben"], ["Zurück nach oben"]),
            "fr": (["Haut de page"], ["Retour en haut"]), "es": (["Volver arriba"], ["Ir arriba"])}
LICENSE = (["The {theme} theme is not activated. Please enter your license key.", "Unregistered copy of {plugin} – upgrade to remove this notice."],
           ["Your {theme} license has expired. Renew now to keep receiving updates.", "Powered by {plugin} (free version)"])
UI = {"en": (["More", "Less", "Menu"], ["Close", "Search", "Load more"]), "de": (["Mehr", "Suche"], ["Schließen", "Menü"]),
      "fr": (["Plus", "Menu"], ["Fermer", "Rechercher"]), "es": (["Más", "Buscar"], ["Cerrar", "Menú"])}
REACTION = {"en": (["👍 Like ({n})", "Love ({n})", "Wow! ({n})"], ["Upvotes: {n}", "😮 {n}", "Angry {n}"]),
            "de": (["Gefällt mir ({n})"], ["Daumen hoch {n}"]), "fr": (["J'aime ({n})"], ["Bravo {n}"]),
            "es": (["Me gusta ({n})"], ["Me encanta {n}"])}
SHORTCODE = (["[ad_1]", "[ad_2]", '[adsense id="3"]'], ['[the_ad id="4471"]', "[banner-top]", '[sc name="inline-ad"]'])
EMAIL = (["[email protected]", "Contact: [email protected]"], ["E-mail: [email protected]", "Write to us: [email protected]"])
AUTHOR_BIO = {
    "en": ([("About the Author", "{a} covers {beat} for the paper and has been a reporter since 2011.")],
           [("Meet the writer", "{a} is a freelance journalist writing about {beat}.")]),
    "de": ([("Über den Autor", "{a} schreibt seit 2015 über {beat}.")], [("Zur Person", "{a} arbeitet im Ressort {beat}.")]),
    "fr": ([("À propos de l'auteur", "{a} couvre {beat} depuis 2012.")], [("L'auteur", "{a} est journaliste indépendant, spécialiste de {beat}.")]),
    "es": ([("Sobre el autor", "{a} escribe sobre {beat} desde 2014.")], [("Acerca del autor", "{a} es periodista especializado en {beat}.")]),
}
SECTION_LABEL = {"en": (["{sec}", "Category: {sec}"], ["{SEC}", "Filed under {sec}"]),
                 "de": (["Rubrik: {sec}", "{sec}"], ["Ressort: {sec}", "{SEC}"]),
                 "fr": (["Rubrique : {sec}", "{sec}"], ["Catégorie : {sec}", "{SEC}"]),
                 "es": (["Sección: {sec}", "{sec}"], ["Categoría: {sec}", "{SEC}"])}
TITLE_SEP = ([" – ", " | ", " :: "], [" - ", " — ", " · "])

# ============================================================== body traps (prose that must survive)
TRAPS = {
    "en": (["The service, which aggregates listings from dozens of local agencies, said the disputed entries would be removed within 24 hours.",
            "All rights to the recordings belong to the estate, a lawyer for the family said.",
            "Related charges are expected to be filed next week, prosecutors said.",
            "The newsletter, first published in 1998, now has about 3,000 subscribers."],
           ["A disclaimer on the operator's website says it is not responsible for third-party timetables.",
            "Most read the report as a warning to the industry, analysts said.",
            "The syndicated radio show, distributed to 200 stations, was not edited before broadcast, the host said.",
            "Trending upward since March, the index hit a record on Friday."]),
    "de": (["Die Plattform, die Angebote von Dutzenden Händlern bündelt, kündigte an, die beanstandeten Einträge binnen 24 Stunden zu löschen."],
           ["Ein Hinweis auf der Website des Betreibers besagt, man übernehme keine Haftung für Fahrpläne Dritter."]),
    "fr": (["La plateforme, qui agrège les annonces d'une centaine d'agences, affirme que les offres litigieuses seront retirées sous 48 heures."],
           ["Selon un avertissement publié sur son site, l'exploitant décline toute responsabilité pour les horaires fournis par des tiers."]),
    "es": (["La plataforma, que recopila ofertas de decenas de inmobiliarias, aseguró que retirará los anuncios denunciados en 24 horas."],
           ["Según un aviso publicado en su web, la empresa no se hace responsable de los horarios de terceros."]),
}
