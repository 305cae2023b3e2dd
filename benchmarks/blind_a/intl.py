"""German, French and Spanish documents for blind_a: bodies and boilerplate written for this
corpus (blind to newsclean). Each body is a short invented local news story."""

from __future__ import annotations

import random

from kit import BP, B, F, L, credit

BODIES: dict[str, list[tuple[str, list[str]]]] = {
    "de": [
        ("Stadtrat beschließt neues Radwegenetz für die Innenstadt", [
            "Der Stadtrat hat am Dienstagabend mit großer Mehrheit ein neues Radwegenetz für die "
            "Innenstadt beschlossen. Bis 2027 sollen rund 14 Kilometer geschützte Radspuren entstehen.",
            "Die Kosten werden auf 9,5 Millionen Euro geschätzt. Etwa die Hälfte soll aus Fördermitteln "
            "des Landes kommen, teilte die Verwaltung mit.",
            "„Wir holen nach, was jahrzehntelang versäumt wurde“, sagte die Verkehrsdezernentin.",
            "Kritik kam vom Einzelhandelsverband. Er befürchtet, dass durch den Wegfall von rund 300 "
            "Parkplätzen weniger Kundschaft in die Geschäfte kommt.",
            "Wie geht es weiter?",
            "Die ersten Bauarbeiten sollen im Frühjahr an der Bahnhofstraße beginnen. Anwohner werden "
            "vorab in einer Bürgerversammlung informiert.",
        ]),
        ("Hitzewelle: Kliniken melden deutlich mehr Notfälle", [
            "Die anhaltende Hitze belastet die Krankenhäuser in der Region. Mehrere Kliniken meldeten "
            "am Wochenende bis zu ein Drittel mehr Notfälle als üblich.",
            "Betroffen seien vor allem ältere Menschen, die zu wenig getrunken hätten, sagte ein "
            "Sprecher des Klinikverbunds.",
            "Der Deutsche Wetterdienst rechnet erst ab Donnerstag mit einer Abkühlung. Bis dahin "
            "werden Höchstwerte von bis zu 36 Grad erwartet.",
            "Die Stadt hat zusätzliche Trinkwasserbrunnen aufgestellt und die Öffnungszeiten der "
            "Freibäder verlängert.",
            "Ein Sprecher der Datenschutzbehörde wies darauf hin, dass die neue Hitzewarn-App keine "
            "Standortdaten speichere und ohne Cookies auskomme.",
        ]),
        ("Traditionsbäckerei schließt nach 112 Jahren", [
            "Nach 112 Jahren schließt die Bäckerei Hollmann in der Altstadt Ende des Monats. Einen "
            "Nachfolger hat die Familie nicht gefunden.",
            "„Es fällt uns unendlich schwer“, sagt Inhaberin Petra Hollmann, die den Betrieb in "
            "vierter Generation führt.",
            "Gestiegene Energie- und Rohstoffkosten hätten die Entscheidung beschleunigt. Zudem fehle "
            "es seit Jahren an Fachkräften.",
            "Stammkunden haben eine Unterschriftenliste ausgelegt. Mehr als 2.000 Menschen haben sich "
            "bereits eingetragen.",
        ]),
    ],
    "fr": [
        ("Le conseil municipal adopte un budget en hausse pour les écoles", [
            "Le conseil municipal a adopté lundi soir un budget de 42 millions d'euros pour l'année "
            "prochaine, en hausse de 6 % par rapport à l'an dernier.",
            "La majeure partie de l'augmentation sera consacrée à la rénovation de trois écoles "
            "primaires et à la cantine scolaire.",
            "« Nos enfants méritent des bâtiments dignes de ce nom », a déclaré le maire lors de la séance.",
            "L'opposition a dénoncé une hausse de la taxe foncière et a voté contre le texte.",
            "Les travaux doivent commencer pendant les vacances d'été.",
        ]),
        ("Sécheresse : les agriculteurs du département inquiets pour leurs récoltes", [
            "Faute de pluie depuis près de deux mois, les agriculteurs du département craignent des "
            "pertes importantes sur les récoltes de maïs et de tournesol.",
            "La préfecture a placé quinze communes en alerte renforcée et limité l'arrosage des "
            "jardins et des terrains de sport.",
            "« Certaines parcelles sont déjà perdues », explique un céréalier installé près de la rivière.",
            "La chambre d'agriculture demande la mise en place rapide d'aides d'urgence.",
            "Selon Météo-France, aucune précipitation significative n'est attendue avant la fin du mois.",
        ]),
        ("Un festival de jazz bat son record d'affluence", [
            "Le festival de jazz de la vallée a accueilli plus de 38 000 spectateurs en quatre jours, "
            "un record depuis sa création en 1998.",
            "Les organisateurs attribuent ce succès à une programmation plus jeune et à des concerts "
            "gratuits en plein air.",
            "La prochaine édition est déjà annoncée pour la première semaine de juillet.",
            "Une application gratuite permettait cette année de consulter le programme et de réserver "
            "des places, une première pour l'événement.",
        ]),
    ],
    "es": [
        ("El ayuntamiento aprueba la ampliación del tranvía hasta el hospital", [
            "El pleno del ayuntamiento aprobó este jueves la ampliación de la línea de tranvía hasta "
            "el hospital universitario, un proyecto reclamado por los vecinos desde hace una década.",
            "La obra tendrá un coste de 64 millones de euros y un plazo de ejecución de tres años.",
            "«Es un día histórico para la ciudad», afirmó la concejala de Movilidad.",
            "Los comerciantes de la avenida principal han pedido que las obras se realicen por fases "
            "para no afectar a las ventas.",
            "El nuevo tramo contará con cinco paradas y conectará con la estación de autobuses.",
        ]),
        ("La ola de calor dispara el consumo eléctrico", [
            "El consumo de electricidad alcanzó el martes su nivel más alto del año debido a las "
            "elevadas temperaturas, según datos del operador de la red.",
            "En varias provincias los termómetros superaron los 42 grados durante la tarde.",
            "Las autoridades sanitarias recomiendan evitar la exposición al sol entre las 12:00 y las "
            "18:00 horas y beber agua con frecuencia.",
            "Los expertos prevén que el episodio de calor se prolongue al menos hasta el fin de semana.",
        ]),
        ("Un club de fútbol juvenil gana el torneo internacional", [
            "El equipo juvenil del club local se proclamó campeón del torneo internacional tras vencer "
            "en la final por 2-1.",
            "Los goles llegaron en la segunda parte, después de un primer tiempo muy igualado.",
            "«Hemos trabajado todo el año para esto», dijo el entrenador al terminar el partido.",
            "La plantilla será recibida el lunes en el ayuntamiento.",
            "El torneo, que se disputa desde 1987, reunió este año a 32 equipos de nueve países.",
        ]),
    ],
}

SITES = {"de": [("Rheintal Kurier", "rheintal-kurier.de"), ("Nachrichten Oberland", "nachrichten-oberland.de")],
         "fr": [("La Gazette du Val", "gazetteduval.fr"), ("Écho des Collines", "echodescollines.fr")],
         "es": [("Diario del Valle", "diariodelvalle.es"), ("Crónica Levante Digital", "cronicalevante.es")]}

DATELINES = {"de": [("Berlin (dpa) - ", "dpa", "(dpa)"), ("Stuttgart - ", None, None)],
             "fr": [("PARIS (AFP) - ", "AFP", "(AFP)"), ("Lyon - ", None, None)],
             "es": [("MADRID, 14 jun (EFE).- ", "EFE", "(EFE)"), ("Valencia - ", None, None)]}

MONTHS = {"de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
                 "September", "Oktober", "November", "Dezember"],
          "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                 "septembre", "octobre", "novembre", "décembre"],
          "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                 "septiembre", "octubre", "noviembre", "diciembre"]}

NAMES = {"de": ["Jana Wehrmann", "Lukas Brandt", "Sabine Köhler"],
         "fr": ["Claire Dubois", "Mathieu Lefèvre", "Amélie Garnier"],
         "es": ["Lucía Romero", "Javier Ortega", "Marta Villalobos"]}

W: dict[str, dict[str, list[str]]] = {
    "de": {
        "skip": ["Zum Inhalt springen", "Direkt zum Inhalt"],
        "cookie": ["Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten. Alle akzeptieren",
                   "Diese Website nutzt Cookies. Mehr erfahren | OK"],
        "ad": ["Anzeige", "ANZEIGE", "Werbung"],
        "also": ["Lesen Sie auch: ", "Auch interessant: ", "MEHR ZUM THEMA: "],
        "related": ["Mehr zum Thema", "Das könnte Sie auch interessieren", "Meistgelesen"],
        "share": ["Teilen", "Artikel teilen: Facebook | X | WhatsApp | E-Mail"],
        "newsletter": ["Jetzt unseren kostenlosen Newsletter abonnieren!",
                       "Newsletter: Die wichtigsten Nachrichten jeden Morgen per E-Mail"],
        "footer": ["Impressum | Datenschutz | Kontakt | AGB", "Impressum", "Datenschutzerklärung"],
        "copyright": ["© {y} Alle Rechte vorbehalten.", "Alle Rechte vorbehalten"],
        "comments": ["Kommentare", "Kommentar schreiben", "Bitte melden Sie sich an, um zu kommentieren."],
        "tags": "Schlagworte: ",
        "by": "Von ",
        "updated": "Aktualisiert: ",
        "published": "Veröffentlicht am ",
        "section": ["Lokales", "Wirtschaft", "Panorama"],
        "back": ["Nach oben", "↑ Zurück nach oben"],
        "disclaimer": ["Hinweis: Dieser Beitrag wurde automatisch aus einem RSS-Feed übernommen. "
                       "Alle Rechte liegen beim jeweiligen Urheber."],
        "read_more": ["Weiterlesen", "Mehr lesen »"],
        "photo": "Foto: ",
    },
    "fr": {
        "skip": ["Aller au contenu", "Aller au contenu principal"],
        "cookie": ["Nous utilisons des cookies pour améliorer votre expérience. Tout accepter",
                   "En poursuivant votre navigation, vous acceptez l'utilisation de cookies. OK"],
        "ad": ["Publicité", "PUBLICITÉ", "Contenu sponsorisé"],
        "also": ["À lire aussi : ", "LIRE AUSSI | ", "À lire également : "],
        "related": ["Sur le même sujet", "Les plus lus", "À découvrir aussi"],
        "share": ["Partager", "Partager : Facebook · X · WhatsApp · E-mail"],
        "newsletter": ["Inscrivez-vous à notre newsletter gratuite",
                       "Recevez chaque matin l'essentiel de l'actualité : je m'abonne"],
        "footer": ["Mentions légales | Contact | Politique de confidentialité",
                   "Mentions légales", "Gestion des cookies"],
        "copyright": ["© {y} Tous droits réservés.", "Tous droits réservés"],
        "comments": ["Commentaires", "Laisser un commentaire", "Connectez-vous pour réagir."],
        "tags": "Mots-clés : ",
        "by": "Par ",
        "updated": "Mis à jour le ",
        "published": "Publié le ",
        "section": ["Société", "Économie", "Culture"],
        "back": ["Retour en haut", "Haut de page"],
        "disclaimer": ["Avertissement : cet article a été repris automatiquement d'un flux RSS. "
                       "Tous les droits appartiennent à leurs propriétaires respectifs."],
        "read_more": ["Lire la suite", "Lire plus »"],
        "photo": "Photo : ",
    },
    "es": {
        "skip": ["Saltar al contenido", "Ir al contenido principal"],
        "cookie": ["Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Aceptar",
                   "Este sitio web usa cookies. Más información | Aceptar"],
        "ad": ["Publicidad", "PUBLICIDAD", "Contenido patrocinado"],
        "also": ["Lee también: ", "TE PUEDE INTERESAR: ", "Lea también | "],
        "related": ["Noticias relacionadas", "Lo más leído", "Te puede interesar"],
        "share": ["Compartir", "Compartir en Facebook · X · WhatsApp"],
        "newsletter": ["Suscríbete a nuestro boletín gratuito",
                       "Recibe las noticias más importantes en tu correo"],
        "footer": ["Aviso legal | Política de privacidad | Contacto", "Aviso legal",
                   "Política de cookies"],
        "copyright": ["© {y} Todos los derechos reservados.",
                      "Prohibida su reproducción total o parcial."],
        "comments": ["Comentarios", "Deja un comentario", "Inicia sesión para comentar."],
        "tags": "Etiquetas: ",
        "by": "Por ",
        "updated": "Actualizado: ",
        "published": "Publicado el ",
        "section": ["Local", "Economía", "Deportes"],
        "back": ["Volver arriba", "Ir arriba"],
        "disclaimer": ["Aviso: este contenido se ha recopilado automáticamente de un canal RSS. "
                       "Todos los derechos pertenecen a sus respectivos autores."],
        "read_more": ["Leer más", "Seguir leyendo »"],
        "photo": "Foto: ",
    },
}

TAGS = {"de": ["Verkehr", "Stadtrat", "Gesundheit", "Wetter", "Einzelhandel"],
        "fr": ["municipalité", "agriculture", "culture", "éducation", "météo"],
        "es": ["movilidad", "ayuntamiento", "calor", "fútbol", "energía"]}


def intl_date(rng: random.Random, lang: str) -> tuple[str, str, list[str] | None]:
    y, m, d = rng.choice([2023, 2024, 2025]), rng.randint(1, 12), rng.randint(1, 28)
    hh, mm = rng.randint(6, 22), rng.randint(0, 59)
    iso = f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:00"
    style = rng.randint(0, 2)
    if lang == "de":
        texts = [f"{d:02d}.{m:02d}.{y}, {hh:02d}:{mm:02d} Uhr", f"{d}. {MONTHS['de'][m - 1]} {y}, {hh:02d}:{mm:02d} Uhr",
                 f"{d:02d}.{m:02d}.{y}"]
    elif lang == "fr":
        texts = [f"{d:02d}/{m:02d}/{y} à {hh:02d}h{mm:02d}", f"{d} {MONTHS['fr'][m - 1]} {y} à {hh:02d}h{mm:02d}",
                 f"{d} {MONTHS['fr'][m - 1]} {y}"]
    else:
        texts = [f"{d:02d}/{m:02d}/{y} {hh:02d}:{mm:02d}", f"{d} de {MONTHS['es'][m - 1]} de {y}, {hh:02d}:{mm:02d}",
                 f"{d} de {MONTHS['es'][m - 1]} de {y}"]
    if style == 2:
        return texts[2], f"{y}-{m:02d}-{d:02d}", [f"{y}-{m:02d}-{d:02d}T00:00:00"]
    return texts[style], iso, None


def intl_doc(rng: random.Random, lang: str, idx: int, other_titles: list[str]) -> list[L]:
    title, paras = BODIES[lang][idx % len(BODIES[lang])]
    w = W[lang]
    site, _dom = rng.choice(SITES[lang])
    pick = rng.choice
    lines: list[L] = []
    if rng.random() < 0.5:
        lines.append(BP("skip_link", pick(w["skip"])))
    if rng.random() < 0.5:
        lines.append(BP("cookie_notice", pick(w["cookie"])))
    sec = pick(w["section"])
    lines.append(BP("section_label", sec, F("section", sec, sec)))
    if rng.random() < 0.6:
        sep = pick([" | ", " - ", " – "])
        lines.append(L(f"{title}{sep}{site}", "title", None,
                       [F("title", title, title), F("site_name", site, site)],
                       {"title_text": title, "site_suffix": site}))
    else:
        lines.append(L(title, "title", None, [F("title", title, title)],
                       {"title_text": title, "site_suffix": None}))
    author = pick(NAMES[lang])
    lines.append(BP("byline", w["by"] + author, F("authors", author, author)))
    dt, iso, al = intl_date(rng, lang)
    lines.append(BP("date_line", w["published"] + dt, F("published", iso, dt, al)))
    if rng.random() < 0.5:
        dt2, iso2, al2 = intl_date(rng, lang)
        for _ in range(50):
            if iso2[:19] >= iso[:19]:
                break
            dt2, iso2, al2 = intl_date(rng, lang)
        lines.append(BP("date_line", w["updated"] + dt2, F("updated", iso2, dt2, al2)))
    if rng.random() < 0.5:
        lines.append(BP("share_row", pick(w["share"])))
    body = [B(p) for p in paras]
    if rng.random() < 0.6:
        pre, ag, ev = pick(DATELINES[lang])
        body[0] = B(pre + body[0].text)
        if ag:
            body[0].facts.append(credit(ev, ag))
    pos = rng.randint(1, len(body) - 1)
    body[pos:pos] = [BP("advertisement_label", pick(w["ad"]))]
    if rng.random() < 0.6:
        pos = rng.randint(2, len(body) - 1)
        body[pos:pos] = [BP("also_read", pick(w["also"]) + pick(other_titles))]
    lines += body
    tail: list[L] = []
    if rng.random() < 0.5:
        tail.append(BP("read_more", pick(w["read_more"])))
    tags = rng.sample(TAGS[lang], 3)
    tail.append(BP("tag_line", w["tags"] + ", ".join(tags), *[F("tags", t, t) for t in tags]))
    tail.append(BP("newsletter_promo", pick(w["newsletter"])))
    hdr = pick(w["related"])
    kind = "ranking" if hdr in ("Meistgelesen", "Les plus lus", "Lo más leído") else "related"
    tail.append(BP(f"{kind}_header", hdr))
    for t in rng.sample(other_titles, 3):
        tail.append(BP(f"{kind}_item", pick(["", "- ", "• "]) + t))
    for t in rng.sample(w["comments"], rng.randint(1, 2)):
        tail.append(BP("comment_form", t))
    if rng.random() < 0.4:
        tail.append(BP("aggregator_disclaimer", pick(w["disclaimer"])))
    tail.append(BP("back_to_top", pick(w["back"])))
    tail.append(BP("footer_link", pick(w["footer"])))
    cp = pick(w["copyright"]).format(y=rng.choice([2024, 2025]))
    tail.append(BP("republish_notice" if cp.startswith("Prohibida") else "copyright_notice", cp))
    return lines + tail


def other_titles(lang: str, own: str) -> list[str]:
    extra = {
        "de": ["Polizei sucht Zeugen nach Unfall auf der B27", "Neues Hallenbad öffnet im Herbst",
               "Wochenmarkt zieht auf den Rathausplatz um", "Kita-Gebühren steigen ab Januar"],
        "fr": ["Un nouveau marché bio ouvre ses portes", "Travaux : la rocade fermée ce week-end",
               "Le club de rugby recrute pour la saison", "Une exposition inédite au musée"],
        "es": ["Cortes de tráfico por obras en el centro", "Abre la nueva biblioteca municipal",
               "La feria de abril bate récords de visitantes", "Suben los precios del alquiler"],
    }[lang]
    return [t for t, _ in BODIES[lang] if t != own] + extra
