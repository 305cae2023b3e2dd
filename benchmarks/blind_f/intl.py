"""German, French and Spanish news bodies written for corpus F (invented events and people).

Each body is a dict: ``title`` (headline), ``city`` and ``agency`` (for an optional agency
dateline added by the generator), ``lines`` (every entry becomes one body line: paragraphs,
subheads, one-line quotes, the intro sentence of a list and its bullet items).
French texts use U+00A0 before ``: ; ? !`` and inside « », as French sites do.
"""

NB = "\u00a0"

DE = [
    {
        "title": "Stadtwerke erhöhen Fernwärmepreise um zwölf Prozent",
        "city": "KASSEL", "agency": "dpa",
        "lines": [
            "Die Stadtwerke haben am Dienstag angekündigt, die Preise für Fernwärme zum ersten April um durchschnittlich zwölf Prozent anzuheben. Betroffen sind rund 41.000 Haushalte im Stadtgebiet.",
            "Als Grund nannte das Unternehmen gestiegene Kosten für Erdgas und für den Umbau des Heizkraftwerks im Norden der Stadt. Die Anlage soll bis 2030 vollständig mit Biomasse und Abwärme betrieben werden.",
            "Kritik kommt vom Mieterverein. Die Erhöhung treffe vor allem Menschen, die ihren Anbieter nicht wechseln könnten, sagte die Vorsitzende Petra Lindqvist.",
            "„Fernwärme ist ein Monopol, und Monopole brauchen Kontrolle.“",
            "Was Kunden jetzt tun können",
            "Die Verbraucherzentrale rät, die neue Preisformel genau zu prüfen. Dabei helfen drei Schritte:",
            "– die Jahresabrechnung mit dem Vorjahr vergleichen,",
            "– die Abschlagszahlung rechtzeitig anpassen,",
            "– bei Unklarheiten schriftlich Widerspruch einlegen.",
            "Der Stadtrat will sich in seiner nächsten Sitzung mit dem Thema befassen. Mehrere Fraktionen fordern, die Kalkulation offenzulegen.",
        ],
    },
    {
        "title": "Bahnstrecke nach Erdrutsch wochenlang gesperrt",
        "city": "INNSBRUCK", "agency": "APA",
        "lines": [
            "Nach einem Erdrutsch bleibt die Bahnstrecke zwischen zwei Tiroler Gemeinden voraussichtlich bis Ende des Monats gesperrt. Geröll und entwurzelte Bäume hatten in der Nacht zum Sonntag die Gleise auf einer Länge von 80 Metern verschüttet.",
            "Verletzt wurde niemand. Ein Regionalzug konnte rechtzeitig vor der Unglücksstelle anhalten, der Lokführer hatte die Rutschung im Scheinwerferlicht bemerkt.",
            "Zwischen den Orten verkehren Ersatzbusse im Stundentakt. Pendler müssen mit rund 25 Minuten längerer Fahrzeit rechnen.",
            "Geologen untersuchen derzeit den Hang oberhalb der Strecke. Erst wenn feststehe, dass keine weiteren Massen abrutschen, könne mit den Räumarbeiten begonnen werden, teilte die Bahn mit.",
            "Die Gemeinde will nun prüfen, ob ein Schutznetz errichtet werden kann. Die Kosten dafür schätzt der Bürgermeister auf bis zu zwei Millionen Euro.",
        ],
    },
    {
        "title": "Bibliotheken verlängern Öffnungszeiten am Wochenende",
        "city": "HAMBURG", "agency": "epd",
        "lines": [
            "Die öffentlichen Bibliotheken der Stadt öffnen ab Mai auch sonntags. Ein Pilotprojekt in vier Stadtteilen sei so gut angenommen worden, dass man es ausweite, sagte die Kultursenatorin.",
            "Sonntags sollen die Häuser von 11 bis 17 Uhr geöffnet sein. Ausleihe und Rückgabe laufen dann über Automaten, Fachpersonal ist nur für Veranstaltungen vor Ort.",
            "Auch die App der Bücherhallen wird überarbeitet. Nutzerinnen und Nutzer sollen künftig freie Arbeitsplätze reservieren können.",
            "Die Gewerkschaft sieht das Vorhaben skeptisch. Sie fordert Zuschläge für Sonntagsarbeit und mehr Stellen statt zusätzlicher Technik.",
            "Mehr Besucher als erwartet",
            "Im Pilotjahr kamen an den Sonntagen im Schnitt 900 Menschen pro Standort, viele davon Familien und Studierende. Laut einer Umfrage wünschen sich zwei Drittel zusätzlich längere Abendöffnungen.",
        ],
    },
    {
        "title": "Landtag beschließt strengere Regeln für Ferienwohnungen",
        "city": "SCHWERIN", "agency": "dpa",
        "lines": [
            "Vermieter von Ferienwohnungen müssen ihre Angebote künftig bei der Gemeinde registrieren lassen. Der Landtag verabschiedete das Gesetz am Mittwoch mit den Stimmen der Regierungsfraktionen.",
            "Die Registriernummer muss in jeder Anzeige auf Buchungsportalen stehen. Wer ohne Nummer vermietet, riskiert ein Bußgeld von bis zu 50.000 Euro.",
            "Vor allem in den Küstenorten fehlt Wohnraum für Beschäftigte. In manchen Gemeinden ist inzwischen jede dritte Wohnung eine Ferienunterkunft.",
            "„Wir wollen den Tourismus nicht bremsen, sondern die Orte lebenswert halten“, sagte der Innenminister.",
            "Der Tourismusverband kritisierte den Aufwand. Viele private Vermieter seien ältere Menschen, die mit digitalen Formularen Mühe hätten, hieß es in einer Stellungnahme.",
            "Das Gesetz tritt zum Jahreswechsel in Kraft. Bestehende Angebote haben sechs Monate Zeit für die Registrierung.",
        ],
    },
    {
        "title": "Forscher finden Mikroplastik in Gletschereis",
        "city": "BERN", "agency": "SDA",
        "lines": [
            "Selbst in entlegenen Alpengletschern lagert Mikroplastik. Das zeigt eine Untersuchung, für die ein Forschungsteam Eisproben aus sieben Gletschern analysiert hat.",
            "In jeder Probe fanden die Wissenschaftler Kunststoffpartikel, die meisten kleiner als einen Zehntelmillimeter. Am häufigsten waren Fasern aus Funktionskleidung.",
            "Die Partikel gelangen vermutlich mit Wind und Niederschlag auf das Eis. Ein Teil stamme aber direkt von Wanderern und Skitouristen, schreiben die Autoren.",
            "Woher die Fasern kommen",
            "Die Forscher wollen nun klären, ob das Schmelzwasser die Partikel in Bergseen und Flüsse trägt. Erste Messungen deuten darauf hin.",
            "Die Studie erscheint in einer Fachzeitschrift für Umweltforschung. Die Daten stehen unter einer offenen Lizenz allen Teams zur Verfügung.",
        ],
    },
    {
        "title": "Neuer Radweg verbindet drei Gemeinden am See",
        "city": "KONSTANZ", "agency": "dpa",
        "lines": [
            "Nach zwei Jahren Bauzeit ist der neue Radweg am Nordufer freigegeben. Die 14 Kilometer lange Strecke verbindet drei Gemeinden und führt größtenteils abseits der Bundesstraße.",
            "Die Kosten lagen bei 9,4 Millionen Euro, etwas weniger als geplant. Bund und Land übernahmen drei Viertel der Summe.",
            "Der Weg ist durchgehend vier Meter breit und beleuchtet. An zwei Stellen wurden Brücken über Bäche gebaut.",
            "„Endlich kann ich mit den Kindern zur Schule radeln, ohne Angst zu haben.“",
            "Anwohner hatten jahrelang für den Ausbau gekämpft. Eine Bürgerinitiative sammelte mehr als 6.000 Unterschriften.",
        ],
    },
]

FR = [
    {
        "title": "La ville interdit les trottinettes en libre-service dans le centre",
        "city": "LYON", "agency": "AFP",
        "lines": [
            "Le conseil municipal a voté lundi soir l’interdiction des trottinettes électriques en libre-service dans l’hypercentre à partir du 1er juillet. Les vélos partagés ne sont pas concernés.",
            "La mesure fait suite à plusieurs accidents graves impliquant des piétons l’an dernier. Selon la mairie, 312 plaintes ont été déposées en douze mois.",
            f"«{NB}Nous avons laissé une chance aux opérateurs, elle n’a pas été saisie{NB}», a déclaré l’adjoint chargé des mobilités.",
            "Les trois entreprises concernées disposent de quatre semaines pour retirer leurs engins. L’une d’elles a annoncé un recours devant le tribunal administratif.",
            "Ce qui change pour les usagers",
            f"Les abonnés pourront transférer leur crédit vers l’offre de vélos. La mairie promet aussi{NB}:",
            "– 40 nouvelles stations de stationnement pour vélos,",
            "– un élargissement des pistes cyclables sur les quais,",
            "– une application unique pour les transports en commun.",
        ],
    },
    {
        "title": "Sécheresse : les agriculteurs du Sud-Ouest réclament des aides",
        "city": "TOULOUSE", "agency": "AFP",
        "lines": [
            "Plusieurs centaines d’agriculteurs ont manifesté jeudi devant la préfecture pour réclamer un fonds d’urgence. Les pluies de printemps ont été inférieures de moitié à la normale.",
            "Les producteurs de maïs et de tournesol sont les plus touchés. Certains estiment avoir perdu un tiers de leur récolte.",
            f"«{NB}On ne demande pas la charité, on demande de pouvoir continuer à travailler{NB}», a lancé un éleveur au micro.",
            "Le préfet a reçu une délégation en fin de matinée. Il a promis de transmettre leurs demandes au ministère et d’accélérer le versement des indemnités.",
            "Le débat sur les retenues d’eau relancé",
            "La question des bassines divise toujours la région. Les syndicats agricoles y voient une solution, les associations écologistes une privatisation de la ressource.",
        ],
    },
    {
        "title": "Un manuscrit inédit de Colette retrouvé dans un grenier",
        "city": "PARIS", "agency": "AFP",
        "lines": [
            "Un manuscrit de 46 pages attribué à Colette a été découvert dans le grenier d’une maison de Bourgogne, a annoncé mercredi une maison de ventes parisienne.",
            "Le texte, une nouvelle inachevée datée de 1927, n’apparaît dans aucune bibliographie. Deux experts ont authentifié l’écriture et le papier.",
            "Les héritiers de la propriétaire ont trouvé les feuillets dans une malle, entre des lettres et des factures anciennes.",
            "La vente aux enchères est prévue en juin. Le manuscrit est estimé entre 80.000 et 120.000 euros.",
            f"Des chercheurs espèrent que la Bibliothèque nationale fera valoir son droit de préemption{NB}: «{NB}ce texte doit rester accessible à tous{NB}», plaide une universitaire.",
        ],
    },
    {
        "title": "Les urgences pédiatriques débordées par l’épidémie de bronchiolite",
        "city": "NANTES", "agency": "AFP",
        "lines": [
            "Les services d’urgences pédiatriques de l’ouest de la France font face à un afflux inédit de nourrissons atteints de bronchiolite. À Nantes, l’hôpital a déclenché son plan blanc mardi.",
            "Des enfants ont dû être transférés vers des établissements situés à plus de cent kilomètres, faute de lits disponibles.",
            "Les soignants dénoncent un manque chronique de personnel. «\u00a0Chaque hiver, c’est la même chose, et chaque hiver on nous dit que c’est exceptionnel\u00a0», témoigne une infirmière.",
            "L’agence régionale de santé recommande aux parents de consulter leur médecin traitant avant de se rendre aux urgences, sauf en cas de difficultés respiratoires.",
            "Le pic de l’épidémie est attendu dans les deux prochaines semaines.",
        ],
    },
    {
        "title": "Le festival de jazz dévoile une programmation record",
        "city": "MARCIAC", "agency": "AFP",
        "lines": [
            "Le festival a présenté mardi sa programmation estivale, la plus longue de son histoire, avec 38 concerts répartis sur trois semaines.",
            "Les organisateurs misent sur une scène gratuite installée sur la place du village, ouverte tous les soirs.",
            "La billetterie ouvre samedi. Les membres de l’association des amis du festival bénéficient d’une prévente dès jeudi.",
            "Un budget sous tension",
            "Le festival a dû composer avec la hausse des cachets et des coûts de sécurité. La région a augmenté sa subvention de 15\u00a0%.",
            "Les bénévoles, près de 900 chaque été, restent la clé de voûte de l’événement.",
        ],
    },
    {
        "title": "La Cour des comptes épingle la gestion des ponts routiers",
        "city": "PARIS", "agency": "AFP",
        "lines": [
            "Près d’un pont sur dix géré par les communes serait en mauvais état, selon un rapport publié mercredi par la Cour des comptes.",
            "Les magistrats pointent l’absence d’inventaire fiable. Beaucoup de petites communes ignorent même combien d’ouvrages elles possèdent.",
            "Le rapport recommande de créer un fonds national dédié et de mutualiser les inspections à l’échelle des départements.",
            f"Le ministère des Transports assure que le programme de surveillance lancé en 2021 a déjà permis d’examiner 40.000 ouvrages{NB}; il promet un bilan d’ici la fin de l’année.",
            "«\u00a0Nous ne découvrirons pas les problèmes le jour où un pont s’effondre\u00a0», a résumé le premier président de la Cour.",
        ],
    },
]

ES = [
    {
        "title": "El Gobierno aprueba un plan para rehabilitar 50.000 viviendas",
        "city": "Madrid", "agency": "EFE",
        "lines": [
            "El Consejo de Ministros aprobó este martes un plan de 1.200 millones de euros para rehabilitar 50.000 viviendas antiguas durante los próximos tres años.",
            "Las ayudas cubrirán hasta el 80 % del coste de las obras de aislamiento y de sustitución de calderas para los hogares con menos ingresos.",
            "La ministra de Vivienda explicó que el objetivo es reducir la factura energética y, al mismo tiempo, crear empleo en el sector de la construcción.",
            "Quién puede pedir las ayudas",
            "Podrán solicitarlas las comunidades de vecinos y los propietarios individuales. Los requisitos principales son:",
            "- que el edificio sea anterior a 1980,",
            "- que la obra mejore al menos un 30 % la eficiencia,",
            "- que los ingresos no superen cierto umbral.",
            "Las comunidades autónomas gestionarán las convocatorias, que se abrirán a partir de septiembre.",
        ],
    },
    {
        "title": "Hallan restos de una villa romana durante las obras del metro",
        "city": "Sevilla", "agency": "EFE",
        "lines": [
            "Los trabajos de ampliación del metro han sacado a la luz los restos de una villa romana del siglo II, según informó el Ayuntamiento.",
            "Los arqueólogos han documentado mosaicos, parte de un sistema de calefacción y varias ánforas casi intactas.",
            "«Es uno de los hallazgos más completos de la ciudad en las últimas décadas», afirmó la directora de la excavación.",
            "Las obras se han detenido en ese tramo durante al menos dos meses. La empresa constructora estudia modificar el trazado de uno de los accesos.",
            "Los vecinos podrán visitar el yacimiento durante dos fines de semana antes de que los restos se trasladen al museo arqueológico.",
        ],
    },
    {
        "title": "La sequía obliga a restringir el riego en cuarenta municipios",
        "city": "Murcia", "agency": "EFE",
        "lines": [
            "La confederación hidrográfica ha decretado restricciones al riego agrícola en cuarenta municipios tras un invierno con lluvias muy por debajo de la media.",
            "Los embalses de la cuenca se encuentran al 18 % de su capacidad, el nivel más bajo en una década.",
            "Los regantes podrán utilizar solo la mitad de la dotación habitual. Las organizaciones agrarias calculan pérdidas de cientos de millones.",
            "Más agua desalada",
            "El Gobierno regional pide acelerar la ampliación de las desaladoras y revisar el precio del agua para los agricultores.",
            "«No podemos seguir mirando al cielo», dijo el presidente de la comunidad de regantes.",
        ],
    },
    {
        "title": "Un estudio alerta del aumento de la soledad entre los jóvenes",
        "city": "Barcelona", "agency": "Europa Press",
        "lines": [
            "Uno de cada cuatro jóvenes de entre 18 y 29 años se siente solo con frecuencia, según un estudio presentado este jueves por una fundación.",
            "El informe, basado en más de 3.000 entrevistas, relaciona la soledad con la precariedad laboral y con el uso intensivo de las redes sociales.",
            "Los autores proponen crear espacios públicos de encuentro y reforzar los servicios de salud mental en universidades y centros de trabajo.",
            "La aplicación de mensajería no sustituye a la conversación, advierte la coordinadora del estudio, que pide no culpar solo a la tecnología.",
            "La fundación presentará los resultados en el Parlamento el próximo mes.",
        ],
    },
    {
        "title": "Los trabajadores del puerto convocan huelga indefinida",
        "city": "Valencia", "agency": "EFE",
        "lines": [
            "Los sindicatos de estibadores han convocado una huelga indefinida a partir del lunes para protestar contra la automatización de dos terminales.",
            "Según los sindicatos, el plan de la concesionaria pondría en riesgo unos 600 puestos de trabajo en los próximos cinco años.",
            "La autoridad portuaria ha pedido a ambas partes que retomen la negociación y ha ofrecido su mediación.",
            "«Nadie está en contra del progreso, estamos en contra de que se haga sin nosotros».",
            "Las navieras ya han empezado a desviar algunos buques hacia otros puertos del Mediterráneo.",
        ],
    },
    {
        "title": "La biblioteca nacional digitaliza su colección de mapas antiguos",
        "city": "Madrid", "agency": "EFE",
        "lines": [
            "La Biblioteca Nacional ha completado la digitalización de más de 12.000 mapas y planos, algunos de ellos del siglo XVI.",
            "La colección puede consultarse gratis en internet y los archivos se publican con una licencia abierta que permite reutilizarlos.",
            "Entre las piezas más valiosas figura una carta náutica del Mediterráneo que perteneció a un cartógrafo mallorquín.",
            "Un trabajo de cuatro años",
            "El proyecto ha costado 2,3 millones de euros y ha contado con fondos europeos. Un equipo de quince personas ha revisado cada pieza antes de escanearla.",
        ],
    },
]

BODIES = {"de": DE, "fr": FR, "es": ES}

# headline pools for related / trending / more-stories lists
HEADLINES = {
    "de": [
        "Kita-Gebühren steigen in mehreren Landkreisen",
        "Hochwasserschutz: Deichbau beginnt im Herbst",
        "Warum die Mieten in Unistädten weiter klettern",
        "Polizei sucht Zeugen nach Einbruchserie",
        "Neue Buslinie soll Dörfer besser anbinden",
        "Brauerei schließt nach 180 Jahren",
        "Handballerinnen ziehen ins Halbfinale ein",
        "So wird das Wetter am langen Wochenende",
        "Klinikverbund plant Zusammenlegung zweier Standorte",
        "Streit um Windpark geht vor Gericht",
        "Ehrenamtliche retten historisches Kino",
        "Grundsteuer: Was Eigentümer jetzt wissen müssen",
    ],
    "fr": [
        "Grève des contrôleurs aériens : les vols annulés mardi",
        "Le prix du gazole repart à la hausse",
        "Une nouvelle ligne de tramway à l’étude",
        "Rentrée scolaire : ce qui change cette année",
        "Les vendanges commencent avec deux semaines d’avance",
        "Un incendie ravage un entrepôt en périphérie",
        "Le club officialise l’arrivée de son nouvel entraîneur",
        "Logement étudiant : la pénurie s’aggrave",
        "Alerte orange aux orages dans douze départements",
        "Le musée rouvre après trois ans de travaux",
        "Retraites : les syndicats appellent à manifester",
        "Ces communes qui rachètent leurs commerces",
    ],
    "es": [
        "La ola de calor se prolongará hasta el domingo",
        "Detenidas cinco personas por estafas telefónicas",
        "El precio del alquiler sube un 9 % en un año",
        "La selección se clasifica para la final",
        "Nuevos radares en las carreteras de la región",
        "Así será el nuevo abono único de transporte",
        "Cierra la última librería del barrio",
        "La universidad amplía las plazas de Medicina",
        "Alerta por la llegada de una nueva borrasca",
        "El festival de cine anuncia su cartel",
        "Qué hacer si tu vuelo se retrasa más de tres horas",
        "Los comercios denuncian la falta de aparcamiento",
    ],
}

# trap paragraphs: the article's own prose, mentioning chrome-like words
TRAPS = {
    "de": [
        "Die Kommentare der Anwohner in der Bürgerversammlung fielen deutlich aus: Fast alle sprachen sich gegen die Pläne aus.",
        "Wer den Newsletter der Gemeinde abonniert, erhält die Sitzungstermine künftig automatisch per E-Mail.",
        "Das Urheberrecht an den Fotos liegt nach Angaben des Museums bei den Erben des Fotografen.",
        "Die App des Verkehrsverbunds zeigt Verspätungen inzwischen in Echtzeit an.",
        "Jedes Mitglied des Ausschusses erhielt die Unterlagen erst am Vorabend der Abstimmung.",
    ],
    "fr": [
        "Les commentaires publiés sous la vidéo du maire ont été si nombreux que la mairie a dû fermer la page.",
        "L’association, qui compte 3.000 membres, envoie une lettre d’information chaque semaine à ses adhérents.",
        "Le litige porte sur le droit d’auteur d’une photographie reprise sans autorisation par une agence.",
        "La source de la pollution n’a toujours pas été identifiée, selon la préfecture.",
        "Le mot-dièse était en tendance sur les réseaux sociaux quelques minutes après l’annonce.",
    ],
    "es": [
        "Los comentarios del alcalde en la radio provocaron la reacción inmediata de la oposición.",
        "Fuentes de la investigación señalaron que no se descarta ninguna hipótesis.",
        "La empresa incluyó un descargo de responsabilidad en su informe anual sobre los riesgos del mercado.",
        "Cada miembro del jurado recibió una copia del expediente una semana antes del juicio.",
        "La licencia de obras se concedió en 2019, pero el proyecto quedó paralizado por falta de fondos.",
    ],
}
