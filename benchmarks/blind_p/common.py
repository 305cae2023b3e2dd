"""Ordinary page boilerplate (not the provenance notices) in four languages.

Every pool is split by index: even-indexed entries are used by dev documents, odd-indexed ones
by test documents (see ``pool``). Generic field phrases ("Leave a Reply", "Share") are unavoidable.
"""

C = {
    "skip": {
        "en": ["Skip to content", "Skip to main content", "Jump to article", "Skip navigation"],
        "de": ["Zum Inhalt springen", "Direkt zum Inhalt", "Zur Navigation springen", "Zum Hauptinhalt"],
        "fr": ["Aller au contenu", "Passer au contenu principal", "Aller à l'article", "Accéder au contenu"],
        "es": ["Saltar al contenido", "Ir al contenido principal", "Ir al artículo", "Saltar a la navegación"],
    },
    "menu_home": {
        "en": ["Home", "Front Page", "Top Stories", "Start"],
        "de": ["Startseite", "Home", "Übersicht", "Aktuell"],
        "fr": ["Accueil", "À la une", "Une", "Actu"],
        "es": ["Inicio", "Portada", "Últimas", "Home"],
    },
    "share": {
        "en": ["Share this:", "Share on Facebook  Share on X  WhatsApp", "SHARE", "Share:", "FacebookTwitterLinkedInEmail", "Tweet", "0 Shares", "Copy link"],
        "de": ["Teilen:", "Auf Facebook teilen  Auf X teilen", "TEILEN", "Artikel teilen", "FacebookWhatsAppE-Mail", "Link kopieren", "Jetzt teilen", "Drucken"],
        "fr": ["Partager :", "Partager sur Facebook  Partager sur X", "PARTAGER", "Partager l'article", "FacebookXWhatsAppE-mail", "Copier le lien", "Imprimer", "Envoyer"],
        "es": ["Compartir:", "Compartir en Facebook  Compartir en X", "COMPARTIR", "Comparte esta noticia", "FacebookXWhatsAppCorreo", "Copiar enlace", "Imprimir", "Enviar"],
    },
    "newsletter": {
        "en": ["Sign up for our daily newsletter and get the top stories in your inbox.", "Get our free morning briefing", "Subscribe to our newsletter", "Want the headlines every evening? Join our mailing list."],
        "de": ["Jetzt unseren Newsletter abonnieren!", "Die wichtigsten Nachrichten jeden Morgen per E-Mail", "Newsletter bestellen", "Melden Sie sich für unseren kostenlosen Newsletter an."],
        "fr": ["Inscrivez-vous à notre newsletter quotidienne.", "Recevez chaque matin l'essentiel de l'actu", "S'abonner à la newsletter", "Ne ratez rien : inscrivez-vous à notre lettre d'information."],
        "es": ["Suscríbete a nuestro boletín diario.", "Recibe cada mañana las noticias más importantes", "Apúntate a la newsletter", "No te pierdas nada: suscríbete a nuestro boletín."],
    },
    "app": {
        "en": ["Download our app for breaking news alerts", "Get the app: iOS | Android", "Read faster in our free app", "📲 Install the app"],
        "de": ["Laden Sie jetzt unsere App herunter", "Unsere App: iOS | Android", "Schneller lesen in der App", "📲 App installieren"],
        "fr": ["Téléchargez notre application", "L'appli : iOS | Android", "Lisez plus vite dans l'appli gratuite", "📲 Installer l'application"],
        "es": ["Descarga nuestra aplicación", "La app: iOS | Android", "Lee más rápido en nuestra app gratuita", "📲 Instalar la app"],
    },
    "social": {
        "en": ["Follow us on Facebook, Instagram and X", "Join our WhatsApp channel", "Like us on Facebook", "Follow us on Telegram for updates"],
        "de": ["Folgen Sie uns auf Instagram und Facebook", "Jetzt unserem WhatsApp-Kanal folgen", "Werden Sie Fan auf Facebook", "Folgen Sie uns auf Telegram"],
        "fr": ["Suivez-nous sur Facebook et Instagram", "Rejoignez notre chaîne WhatsApp", "Abonnez-vous à notre page Facebook", "Suivez-nous sur Telegram"],
        "es": ["Síguenos en Facebook e Instagram", "Únete a nuestro canal de WhatsApp", "Dale me gusta a nuestra página", "Síguenos en Telegram"],
    },
    "comment": {
        "en": [["Leave a Reply", "Your email address will not be published. Required fields are marked *", "Comment *", "Name *", "Email *", "Post Comment"],
               ["Leave a comment", "Cancel reply", "You must be logged in to post a comment.", "Save my name, email, and website in this browser for the next time I comment."],
               ["0 Comments", "Add a comment", "Submit"],
               ["Comments", "Be the first to comment", "Log in to comment"]],
        "de": [["Schreibe einen Kommentar", "Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert", "Kommentar absenden"],
               ["Kommentar verfassen", "Antworten abbrechen", "Sie müssen angemeldet sein, um einen Kommentar abzugeben."],
               ["0 Kommentare", "Kommentieren", "Abschicken"],
               ["Kommentare", "Noch keine Kommentare", "Anmelden zum Kommentieren"]],
        "fr": [["Laisser un commentaire", "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *", "Laisser un commentaire"],
               ["Réagir", "Annuler la réponse", "Vous devez être connecté pour publier un commentaire."],
               ["0 commentaire", "Commenter", "Envoyer"],
               ["Commentaires", "Soyez le premier à réagir", "Se connecter pour commenter"]],
        "es": [["Deja una respuesta", "Tu dirección de correo electrónico no será publicada. Los campos obligatorios están marcados con *", "Publicar el comentario"],
               ["Deja un comentario", "Cancelar respuesta", "Debes iniciar sesión para comentar."],
               ["0 comentarios", "Comentar", "Enviar"],
               ["Comentarios", "Sé el primero en comentar", "Inicia sesión para comentar"]],
    },
    "related": {
        "en": ["Related", "Related Articles", "Read Next", "See also", "More on this topic", "Related posts"],
        "de": ["Das könnte Sie auch interessieren", "Verwandte Artikel", "Mehr zum Thema", "Weitere Artikel zum Thema"],
        "fr": ["Sur le même sujet", "Articles liés", "À lire aussi", "Dans la même rubrique"],
        "es": ["Noticias relacionadas", "Relacionado", "Más sobre este tema", "Te puede interesar"],
    },
    "trending": {
        "en": ["Trending Now", "What's Hot", "Trending", "Buzzing"],
        "de": ["Im Trend", "Gerade beliebt", "Trending", "Top-Themen"],
        "fr": ["Tendances", "En ce moment", "Ça buzze", "Les plus partagés"],
        "es": ["Tendencias", "Lo más comentado", "En tendencia", "Ahora mismo"],
    },
    "more": {
        "en": ["More Stories", "Latest News", "Recent Posts", "Just In"],
        "de": ["Weitere Meldungen", "Neueste Artikel", "Aktuelle Nachrichten", "Neu im Ressort"],
        "fr": ["Les dernières actus", "Articles récents", "Dernières infos", "Plus d'actualités"],
        "es": ["Últimas noticias", "Entradas recientes", "Más noticias", "Lo último"],
    },
    "ranking": {
        "en": ["Most Read", "Most Popular", "Top 5", "Popular Posts"],
        "de": ["Meistgelesen", "Am beliebtesten", "Top 5", "Meistgeklickt"],
        "fr": ["Les plus lus", "Populaires", "Top 5", "Les plus consultés"],
        "es": ["Lo más leído", "Más populares", "Top 5", "Lo más visto"],
    },
    "recommend": {
        "en": ["Editor's Picks", "Don't Miss", "Recommended for you", "Our picks"],
        "de": ["Empfehlungen der Redaktion", "Nicht verpassen", "Für Sie empfohlen", "Unsere Auswahl"],
        "fr": ["Le choix de la rédaction", "À ne pas manquer", "Recommandé pour vous", "Notre sélection"],
        "es": ["Selección del editor", "No te lo pierdas", "Recomendado para ti", "Nuestra selección"],
    },
    "ymal": {
        "en": ["You May Also Like", "You might also like", "YOU MAY ALSO LIKE", "Also worth reading"],
        "de": ["Das könnte Ihnen auch gefallen", "Auch interessant", "Lesen Sie auch diese Artikel", "Ebenfalls lesenswert"],
        "fr": ["Vous aimerez aussi", "Ces articles pourraient vous intéresser", "À découvrir aussi", "Vous pourriez aimer"],
        "es": ["También te puede gustar", "Quizás te interese", "Podría gustarte", "Otras noticias que te pueden gustar"],
    },
    "taghead": {
        "en": ["Tags", "Topics:", "Filed under", "TAGS"],
        "de": ["Schlagwörter", "Themen:", "Stichworte", "TAGS"],
        "fr": ["Mots-clés", "Thèmes :", "Étiquettes", "TAGS"],
        "es": ["Etiquetas", "Temas:", "Palabras clave", "TAGS"],
    },
    "tagline": {  # one-line tag lists: prefix
        "en": ["Tags: ", "Topics: ", "Tagged: ", "Keywords: "],
        "de": ["Schlagwörter: ", "Themen: ", "Tags: ", "Stichwörter: "],
        "fr": ["Mots-clés : ", "Tags : ", "Thèmes : ", "Étiquettes : "],
        "es": ["Etiquetas: ", "Temas: ", "Tags: ", "Palabras clave: "],
    },
    "footer": {
        "en": ["About Us", "Contact", "Privacy Policy", "Terms of Use", "Advertise", "Cookie Settings", "Sitemap", "Careers"],
        "de": ["Impressum", "Datenschutz", "Kontakt", "AGB", "Über uns", "Cookie-Einstellungen", "Mediadaten", "Barrierefreiheit"],
        "fr": ["Mentions légales", "Contact", "Politique de confidentialité", "CGU", "Qui sommes-nous", "Gestion des cookies", "Plan du site", "Publicité"],
        "es": ["Aviso legal", "Contacto", "Política de privacidad", "Condiciones de uso", "Quiénes somos", "Configuración de cookies", "Mapa del sitio", "Publicidad"],
    },
    "ad": {
        "en": ["Advertisement", "ADVERTISEMENT", "Story continues below advertisement", "Sponsored"],
        "de": ["Anzeige", "ANZEIGE", "Werbung", "Artikel wird unter der Anzeige fortgesetzt"],
        "fr": ["Publicité", "PUBLICITÉ", "La suite après cette publicité", "Annonce"],
        "es": ["Publicidad", "PUBLICIDAD", "Sigue leyendo después del anuncio", "Anuncio"],
    },
    "alsoread": {
        "en": ["Also Read: ", "ALSO READ | ", "Read also: ", "READ MORE: "],
        "de": ["Lesen Sie auch: ", "Auch interessant: ", "LESEN SIE AUCH | ", "Mehr dazu: "],
        "fr": ["À lire aussi : ", "LIRE AUSSI | ", "Lire aussi : ", "À voir aussi : "],
        "es": ["Lee también: ", "LEA TAMBIÉN | ", "Te puede interesar: ", "Más información: "],
    },
    "readmore": {
        "en": ["Read More", "Continue reading", "Read more »", "Full story »"],
        "de": ["Weiterlesen", "Mehr lesen", "Weiterlesen »", "Ganzen Artikel lesen"],
        "fr": ["Lire la suite", "Lire plus", "Lire la suite »", "En savoir plus"],
        "es": ["Leer más", "Seguir leyendo", "Leer más »", "Continuar leyendo"],
    },
    "readorig": {
        "en": ["Read the original story", "Read the original article", "Read full article at source", "View original"],
        "de": ["Originalartikel lesen", "Zum Originalartikel", "Vollständigen Artikel bei der Quelle lesen", "Original ansehen"],
        "fr": ["Lire l'article original", "Voir l'article d'origine", "Lire l'article complet à la source", "Voir l'original"],
        "es": ["Leer el artículo original", "Ver la noticia original", "Leer completo en la fuente", "Ver original"],
    },
    "backtop": {
        "en": ["Back to top", "Back to top ↑", "↑ Top", "Scroll to top"],
        "de": ["Nach oben", "Zurück nach oben ↑", "↑ Seitenanfang", "Nach oben scrollen"],
        "fr": ["Retour en haut", "Haut de page ↑", "↑ Remonter", "Revenir en haut"],
        "es": ["Volver arriba", "Ir arriba ↑", "↑ Subir", "Volver al inicio"],
    },
    "prevnext": {
        "en": [("Previous post ", "Next post "), ("← Previous: ", "Next: → "), ("PREVIOUS ARTICLE", "NEXT ARTICLE"), ("« Older", "Newer »")],
        "de": [("Vorheriger Artikel ", "Nächster Artikel "), ("← Zurück: ", "Weiter: → "), ("VORHERIGER BEITRAG", "NÄCHSTER BEITRAG"), ("« Ältere", "Neuere »")],
        "fr": [("Article précédent ", "Article suivant "), ("← Précédent : ", "Suivant : → "), ("ARTICLE PRÉCÉDENT", "ARTICLE SUIVANT"), ("« Plus ancien", "Plus récent »")],
        "es": [("Entrada anterior ", "Entrada siguiente "), ("← Anterior: ", "Siguiente: → "), ("NOTICIA ANTERIOR", "NOTICIA SIGUIENTE"), ("« Anterior", "Siguiente »")],
    },
    "reaction": {
        "en": ["Like (12)", "👍 34  ❤️ 5  😮 2", "Helpful? Yes (8) No (1)", "Love 0"],
        "de": ["Gefällt mir (12)", "👍 21  😢 3", "Hilfreich? Ja (6) Nein (2)", "Daumen hoch 0"],
        "fr": ["J'aime (9)", "👍 15  😡 4", "Utile ? Oui (5) Non (0)", "Bravo 0"],
        "es": ["Me gusta (7)", "👍 18  😂 2", "¿Útil? Sí (4) No (1)", "Aplausos 0"],
    },
    "byline": {  # prefix for an author name
        "en": ["By ", "Written by ", "BY ", "Author: "],
        "de": ["Von ", "Autor: ", "VON ", "Ein Beitrag von "],
        "fr": ["Par ", "Auteur : ", "PAR ", "Un article de "],
        "es": ["Por ", "Autor: ", "POR ", "Escrito por "],
    },
    "pub_label": {
        "en": ["Published: ", "Posted on ", "Date: ", "Published "],
        "de": ["Veröffentlicht am ", "Datum: ", "Erschienen: ", "Veröffentlicht: "],
        "fr": ["Publié le ", "Date : ", "Publié : ", "Mis en ligne le "],
        "es": ["Publicado el ", "Fecha: ", "Publicado: ", "Publicado "],
    },
    "upd_label": {
        "en": ["Updated: ", "Last updated ", "Updated ", "Last modified: "],
        "de": ["Aktualisiert am ", "Aktualisiert: ", "Zuletzt aktualisiert: ", "Stand: "],
        "fr": ["Mis à jour le ", "Mis à jour : ", "Actualisé le ", "Dernière mise à jour : "],
        "es": ["Actualizado el ", "Actualizado: ", "Última actualización: ", "Actualizado "],
    },
    "reltime": {  # relative date lines, no fact
        "en": ["Updated 3 hours ago", "2 days ago", "Published 45 minutes ago", "Yesterday"],
        "de": ["vor 3 Stunden", "Aktualisiert vor 20 Minuten", "vor 2 Tagen", "Gestern"],
        "fr": ["Il y a 3 heures", "Mis à jour il y a 20 minutes", "il y a 2 jours", "Hier"],
        "es": ["Hace 3 horas", "Actualizado hace 20 minutos", "hace 2 días", "Ayer"],
    },
    "readtime": {
        "en": ["4 min read", "Reading time: 3 minutes", "⏱ 5 min", "Listen to this article"],
        "de": ["Lesezeit: 3 Minuten", "4 Min. Lesezeit", "⏱ 5 Min", "Artikel anhören"],
        "fr": ["Temps de lecture : 3 min", "4 min de lecture", "⏱ 5 min", "Écouter cet article"],
        "es": ["Tiempo de lectura: 3 minutos", "4 min de lectura", "⏱ 5 min", "Escuchar esta noticia"],
    },
    "cookie": {
        "en": [["We use cookies to improve your experience. By continuing you accept our use of cookies.", "Accept"], ["This site uses cookies.", "OK"], ["Cookies help us deliver our services.", "Got it"], ["We value your privacy", "Accept all", "Reject"]],
        "de": [["Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten.", "Akzeptieren"], ["Diese Website nutzt Cookies.", "OK"], ["Cookies helfen uns bei der Bereitstellung unserer Dienste.", "Verstanden"], ["Ihre Privatsphäre ist uns wichtig", "Alle akzeptieren", "Ablehnen"]],
        "fr": [["Nous utilisons des cookies pour améliorer votre expérience.", "Accepter"], ["Ce site utilise des cookies.", "OK"], ["Les cookies nous aident à fournir nos services.", "J'ai compris"], ["Votre vie privée compte", "Tout accepter", "Refuser"]],
        "es": [["Utilizamos cookies para mejorar tu experiencia.", "Aceptar"], ["Este sitio usa cookies.", "OK"], ["Las cookies nos ayudan a prestar nuestros servicios.", "Entendido"], ["Valoramos tu privacidad", "Aceptar todo", "Rechazar"]],
    },
    "wire": {  # wire credit lines; {AG} = agency (gives credits)
        "en": ["(With inputs from {AG})", "— with reporting by {AG}", "Additional reporting by {AG}", "({AG} contributed to this report.)"],
        "de": ["(Mit Material von {AG})", "Mit Material der {AG}", "(mit {AG})", "Quelle der Agenturmeldung: {AG}"],
        "fr": ["(Avec {AG})", "Avec l'agence {AG}", "(avec {AG})", "Dépêche {AG}"],
        "es": ["(Con información de {AG})", "Con información de la agencia {AG}", "(con {AG})", "Despacho de {AG}"],
    },
    "wire_anon": {  # no credit
        "en": ["(With inputs from agencies)", "— Agencies", "(Agency inputs)", "With wire services"],
        "de": ["(mit Material von Agenturen)", "Agenturen", "(Agenturmaterial)", "mit Agenturen"],
        "fr": ["(Avec agences)", "— Agences", "(avec AFP et agences)", "Avec les agences"],
        "es": ["(Agencias)", "— Agencias", "(Con información de agencias)", "Redacción con agencias"],
    },
    "email": {
        "en": ["[email protected]", "Contact: [email protected]", "Tips? [email protected]", "Email: [email protected]"],
        "de": ["[email protected]", "Kontakt: [email protected]", "Hinweise an: [email protected]", "E-Mail: [email protected]"],
        "fr": ["[email protected]", "Contact : [email protected]", "Une info ? [email protected]", "Courriel : [email protected]"],
        "es": ["[email protected]", "Contacto: [email protected]", "¿Una pista? [email protected]", "Correo: [email protected]"],
    },
    "shortcode": {"en": ["[ad_1]", "[ad_2]", "[the_ad id=\"412\"]", "[ads_inline]"]},
    "ui": {
        "en": ["More", "Less", "View", "Print"],
        "de": ["Mehr", "Weniger", "Ansehen", "Merken"],
        "fr": ["Plus", "Moins", "Voir", "Sauvegarder"],
        "es": ["Más", "Menos", "Ver", "Guardar"],
    },
}
C["shortcode"].update({"de": C["shortcode"]["en"], "fr": C["shortcode"]["en"], "es": C["shortcode"]["en"]})


def pool(kind: str, lang: str, split: str) -> list:
    """The split's half of a generic pool: even indices for dev, odd for test."""
    items = C[kind][lang]
    return items[0::2] if split == "dev" else items[1::2]
