"""Content that must survive (label ``body``) for blind_h, all invented for this corpus.

- ``TRAPS[lang]``: one-paragraph sentences that *resemble* provenance notices (first published,
  agency X reported, compiled from public feeds, courtesy of, distributed by, URLs in prose,
  "By Friday…", "Posted on the noticeboard…"). They carry no fact. Even indices go to dev
  documents, odd ones to test documents.
- ``DATELINES``: agency datelines prepended to the first paragraph (give ``credits``), and plain
  datelines without an agency (no fact). Even indices dev, odd test.
- ``FOREIGN``: four invented German, French and Spanish stories each (stories 0-1 dev, 2-3 test),
  with slots ``{city}``, ``{person}``, ``{n}``.
"""

from __future__ import annotations

TRAPS = {
    "en": [
        "The report was first published in 2019 by the transport ministry and has been revised twice since, most recently after the floods.",
        "Reuters reported last week that the talks had stalled over the question of who would pay for the cleanup.",
        "The data, compiled from public feeds run by the weather service and two universities, show the dry spell is the longest on record.",
        "Source documents reviewed by the committee suggest the contract was signed before the tender had closed.",
        "With inputs from residents and local shopkeepers, the council redrew the bus route twice before settling on the current plan.",
        "The newsletter, originally published by the parish in 1974, is now distributed by volunteers to about 900 homes.",
        "According to the Associated Press, similar programmes were tried in at least four other states without much success.",
        "The full text of the ruling is posted at www.example-county-court.org/rulings, the clerk's office said on Monday.",
        "Courtesy of a grant from a local foundation, the library will stay open until 9 p.m. on weekdays this summer.",
        "The website, which aggregates rental listings from several hundred landlords, said average rents rose 4 per cent in the quarter.",
        "All rights to the recordings belong to the composer's estate, its lawyer told the court, and no licence was ever granted.",
        "The column first appeared in the paper's Sunday edition in 1988 and was later syndicated to more than 40 newspapers.",
        "Updated guidance, published on the health department's site in March, tells clinics to keep records for seven years.",
        "The story was picked up within hours by outlets including AFP and Bloomberg, and the company's shares fell sharply.",
        "Provided by the state at no cost, the vouchers cover up to three nights in a hotel for families displaced by the fire.",
        "He said the survey was produced by an outside firm and republished with permission on the council's own website.",
        "Licensed from a Finnish studio, the game show format has now been adapted in eleven countries.",
        "Photos distributed by the ministry showed the damaged bridge from several angles, though the images were not dated.",
        "A spokesperson said the agency does not write the exam questions itself but buys them from a private consortium.",
        "The video, first posted on a neighbourhood forum, was viewed more than two million times before it was taken down.",
        "Via a video link from Geneva, the envoy told delegates that the ceasefire was holding in most districts.",
        "The archive's curators said they had collected the letters from family members, auction houses and public records.",
        "Copyright claims filed against the site's owners were dismissed in May, according to court records.",
        "Readers can still see the original 1962 map, published by the surveying office, in the lobby of the town hall.",
        "The ministry's statement, distributed to reporters on Tuesday evening, gave no details about the cost.",
        "Xinhua, the state news agency, said the delegation would stay for three days and visit two factories.",
        "The figures come from a feed of hospital admissions that the department updates every morning at 8 a.m.",
        "Published by a small press in Leeds, the memoir sold out its first print run within a week.",
        "Critics said the council had simply copied content from other towns' plans without crediting them.",
        "The original petition page, https://petitions.example-hub.net/save-the-pier, now redirects to a blank page.",
        "Posted on the club's noticeboard on Friday, the letter asked members to vote again.",
        "Updated figures released on Thursday show the backlog has fallen by a third.",
        "By the end of the week, more than 300 volunteers had signed up to help with the cleanup.",
        "By Friday afternoon, the road had reopened to traffic in both directions.",
        "The agency's own website, which republishes rulings from regional courts, went offline for several hours.",
        "An earlier version of the plan, first reported by a trade magazine in 2021, had put the cost at half that figure.",
    ],
    "de": [
        "Der Bericht wurde erstmals 2019 vom Verkehrsministerium veröffentlicht und seitdem zweimal überarbeitet.",
        "Wie die Nachrichtenagentur dpa vergangene Woche berichtete, waren die Gespräche zuvor ins Stocken geraten.",
        "Die Daten, zusammengetragen aus öffentlichen Messnetzen, zeigen einen deutlichen Anstieg seit dem Frühjahr.",
        "Quelle des Streits ist eine Klausel im Vertrag von 2015, die beide Seiten unterschiedlich auslegen.",
        "Mit Hinweisen von Anwohnern hat die Polizei inzwischen zwei Verdächtige ermittelt.",
        "Von Montag an gilt auf der Brücke ein Tempolimit von 30 Kilometern pro Stunde.",
    ],
    "fr": [
        "Le rapport, publié pour la première fois en 2019 par le ministère, a été mis à jour deux fois depuis.",
        "Selon l'AFP, des négociations similaires avaient échoué l'an dernier dans une commune voisine.",
        "Les chiffres, compilés à partir de flux publics, montrent une hausse nette depuis le printemps.",
        "Par ailleurs, la mairie a annoncé la réouverture du marché couvert en septembre.",
        "Source de tensions depuis des années, le projet divise encore le conseil municipal.",
        "Avec l'aide des habitants, les pompiers ont pu évacuer l'immeuble en moins de vingt minutes.",
    ],
    "es": [
        "El informe fue publicado por primera vez en 2019 por el ministerio y se ha actualizado dos veces desde entonces.",
        "Según informó la agencia EFE la semana pasada, las conversaciones se habían estancado.",
        "Los datos, recopilados a partir de fuentes públicas, muestran un aumento claro desde la primavera.",
        "Por la tarde, los vecinos se concentraron frente al ayuntamiento para protestar.",
        "Fuentes del sector aseguran que el acuerdo podría firmarse antes del verano.",
        "Con información de los propios vecinos, la policía localizó el vehículo en pocas horas.",
    ],
}

#: (template, agency or None); {AGY} is the agency form, {D} a short date
DATELINES = {
    "en": [
        ("{CITY}, {COUNTRY} ({AGY}) \u2014 ", "AP"),
        ("{City}, {D} ({AGY}) - ", "Reuters"),
        ("{CITY} ({AGY}) - ", "AFP"),
        ("{City}, {D} ({AGY}) ", "PTI"),
        ("{City} [{Country}], {D} ({AGY}): ", "ANI"),
        ("{CITY}, {D} ({AGY}) -- ", "Xinhua"),
        ("{CITY} ({AGY}) -- ", "Kyodo"),
        ("{CITY}, {D} ({AGY}) -- ", "Yonhap"),
        ("({AGY}) -- ", "Bloomberg"),
        ("{CITY} ({AGY}) -- ", "UPI"),
        ("{City}, {D} ({AGY}) ", "IANS"),
        ("{CITY} \u2014 ", None),
        ("{CITY}: ", None),
        ("{CITY}, {COUNTRY} \u2014 ", None),
    ],
    "de": [("{City} ({AGY}) - ", "dpa"), ("{City} ({AGY}) \u2013 ", "AFP"), ("{City} \u2013 ", None), ("{CITY}. ", None)],
    "fr": [("{City} ({AGY}) - ", "AFP"), ("{City} ({AGY}) \u2013 ", "Reuters"), ("{City} \u2013 ", None), ("{CITY}. ", None)],
    "es": [("{City}, {D} ({AGY}).- ", "EFE"), ("{City} ({AGY}) - ", "ANSA"), ("{City}, {D} ", None), ("{CITY}. ", None)],
}
CITIES = {
    "en": {"dev": [("Nairobi", "Kenya"), ("Lima", "Peru"), ("Manila", "Philippines"), ("Denver", "Colorado"),
                   ("New Delhi", "India"), ("Osaka", "Japan")],
           "test": [("Accra", "Ghana"), ("Quito", "Ecuador"), ("Hanoi", "Vietnam"), ("Tulsa", "Oklahoma"),
                    ("Mumbai", "India"), ("Busan", "South Korea")]},
    "de": {"dev": [("Kassel", ""), ("Rostock", "")], "test": [("Erfurt", ""), ("Passau", "")]},
    "fr": {"dev": [("Rennes", ""), ("Dijon", "")], "test": [("Limoges", ""), ("Nancy", "")]},
    "es": {"dev": [("Zaragoza", ""), ("Vigo", "")], "test": [("Burgos", ""), ("Almería", "")]},
}
#: agencies whose datelines name cities of their own country
AGENCY_CITIES = {
    "PTI": {"dev": [("New Delhi", "India"), ("Kolkata", "India")], "test": [("Mumbai", "India"), ("Chennai", "India")]},
    "IANS": {"dev": [("New Delhi", "India"), ("Kolkata", "India")], "test": [("Mumbai", "India"), ("Chennai", "India")]},
    "ANI": {"dev": [("New Delhi", "India"), ("Kolkata", "India")], "test": [("Mumbai", "India"), ("Chennai", "India")]},
    "Kyodo": {"dev": [("Osaka", "Japan")], "test": [("Sapporo", "Japan")]},
    "Yonhap": {"dev": [("Seoul", "South Korea")], "test": [("Busan", "South Korea")]},
    "Xinhua": {"dev": [("Beijing", "China")], "test": [("Shanghai", "China")]},
}
ES_MON = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]

# title, paragraphs
FOREIGN = {
    "de": [
        ("{city}: Stadtrat stoppt Pläne für neues Parkhaus", [
            "Der Stadtrat von {city} hat die Pläne für ein neues Parkhaus am Bahnhof vorerst gestoppt. Mit {n} zu 19 Stimmen folgte das Gremium einem Antrag der Opposition.",
            "Oberbürgermeisterin {person} zeigte sich enttäuscht. Man habe zwei Jahre an dem Projekt gearbeitet, sagte sie nach der Sitzung.",
            "Kritiker hatten vor allem die Kosten bemängelt. Nach aktuellen Schätzungen hätte der Bau rund 14 Millionen Euro gekostet, fast doppelt so viel wie ursprünglich geplant.",
            "Anwohner begrüßten die Entscheidung. Sie fürchten mehr Verkehr in den engen Straßen rund um den Bahnhof.",
            "Wie es weitergeht, ist offen. Die Verwaltung soll bis zum Herbst Alternativen vorlegen, darunter einen Ausbau der Fahrradstellplätze.",
        ]),
        ("Hitzesommer: {city} öffnet Kühlräume für ältere Menschen", [
            "Wegen der anhaltenden Hitze öffnet die Stadt {city} ab Donnerstag drei klimatisierte Räume für ältere und kranke Menschen.",
            "Die Räume in der Stadtbibliothek, im Bürgerhaus und in einem Gemeindezentrum sind täglich von 10 bis 18 Uhr geöffnet. Wasser wird kostenlos ausgegeben.",
            "Nach Angaben des Gesundheitsamts wurden in den vergangenen zwei Wochen {n} Menschen wegen Hitzeproblemen in Kliniken behandelt.",
            "\u201eWir wollen niemanden allein lassen\u201c, sagte Sozialdezernent {person}. Ehrenamtliche sollen zudem alleinlebende Senioren anrufen.",
            "Der Deutsche Wetterdienst rechnet erst zum Wochenende mit einer Abkühlung.",
        ]),
        ("Neue Fähre soll {city} mit der Insel verbinden", [
            "Ab dem kommenden Frühjahr soll eine elektrische Fähre {city} mit der vorgelagerten Insel verbinden. Das teilte die Hafengesellschaft am Montag mit.",
            "Das Schiff bietet Platz für {n} Fahrgäste und 40 Fahrräder. Autos werden nicht befördert.",
            "Geschäftsführer {person} sprach von einem \u201eMeilenstein für den Tourismus\u201c. Die Überfahrt soll etwa 25 Minuten dauern.",
            "Naturschützer äußerten Bedenken wegen des Wattenmeers. Die Fähre werde nur bei ausreichendem Wasserstand fahren, versicherte die Gesellschaft.",
            "Die Kosten von rund neun Millionen Euro tragen Land und Kommune gemeinsam.",
        ]),
        ("Bäckerei in {city} schließt nach 120 Jahren", [
            "Nach 120 Jahren schließt die älteste Bäckerei in {city} Ende des Monats ihre Türen. Inhaber {person} findet keinen Nachfolger.",
            "Der Betrieb war seit vier Generationen in Familienbesitz. Zuletzt arbeiteten dort {n} Angestellte.",
            "Viele Stammkunden reagierten bestürzt. Vor dem Laden bildeten sich am Samstag lange Schlangen.",
            "Als Gründe nannte der Inhaber steigende Energiepreise und den Mangel an Fachkräften.",
            "Die Stadt will prüfen, ob in den Räumen ein Café mit sozialem Konzept entstehen kann.",
        ]),
    ],
    "fr": [
        ("{city} : le conseil municipal renonce au nouveau parking", [
            "Le conseil municipal de {city} a renoncé lundi soir au projet de parking souterrain prévu sous la place du marché.",
            "Le maire, {person}, a reconnu que le coût, estimé à 18 millions d'euros, était devenu \u00ab difficilement défendable \u00bb.",
            "L'opposition réclamait depuis des mois l'abandon du projet. Une pétition avait recueilli {n} signatures.",
            "Les commerçants du centre-ville restent partagés. Certains craignent une baisse de fréquentation, d'autres saluent la décision.",
            "La municipalité promet de présenter d'ici l'automne un plan de stationnement alternatif.",
        ]),
        ("Canicule : {city} ouvre des salles rafraîchies", [
            "Face à la vague de chaleur, la ville de {city} ouvre à partir de jeudi trois salles climatisées destinées aux personnes âgées.",
            "Elles seront accessibles tous les jours de 10 heures à 19 heures. Des bouteilles d'eau y seront distribuées gratuitement.",
            "Selon l'agence régionale de santé, {n} personnes ont été prises en charge aux urgences pour des malaises liés à la chaleur.",
            "\u00ab Personne ne doit rester seul chez soi \u00bb, a déclaré l'adjointe aux solidarités, {person}.",
            "Météo-France n'attend pas de baisse des températures avant le week-end.",
        ]),
        ("Un nouveau bac électrique reliera {city} à l'île", [
            "Un bac électrique reliera dès le printemps prochain {city} à l'île voisine, a annoncé mardi le syndicat mixte des transports.",
            "Le bateau pourra accueillir {n} passagers et une quarantaine de vélos, mais aucune voiture.",
            "Pour son directeur, {person}, il s'agit d'une \u00ab étape importante \u00bb pour le tourisme local. La traversée durera environ vingt minutes.",
            "Des associations de protection de la nature s'inquiètent de l'impact sur les herbiers marins.",
            "Le coût, environ neuf millions d'euros, sera partagé entre la région et la commune.",
        ]),
        ("À {city}, la plus vieille boulangerie ferme ses portes", [
            "Après 120 ans d'activité, la plus ancienne boulangerie de {city} fermera à la fin du mois. Son propriétaire, {person}, n'a pas trouvé de repreneur.",
            "L'établissement appartenait à la même famille depuis quatre générations et employait {n} salariés.",
            "Samedi, une longue file d'attente s'est formée devant la boutique.",
            "Le propriétaire évoque la hausse des prix de l'énergie et la difficulté à recruter.",
            "La mairie étudie la possibilité d'y installer un café solidaire.",
        ]),
    ],
    "es": [
        ("{city} renuncia al nuevo aparcamiento subterráneo", [
            "El pleno del Ayuntamiento de {city} renunció el lunes al proyecto de aparcamiento subterráneo bajo la plaza del mercado.",
            "El alcalde, {person}, admitió que el coste, estimado en 18 millones de euros, se había vuelto \u00abdifícil de justificar\u00bb.",
            "La oposición pedía desde hace meses que se abandonara el proyecto. Una recogida de firmas reunió {n} apoyos.",
            "Los comerciantes del centro están divididos: unos temen perder clientes y otros celebran la decisión.",
            "El consistorio promete presentar un plan alternativo de aparcamiento antes del otoño.",
        ]),
        ("Ola de calor: {city} abre salas climatizadas para mayores", [
            "Ante la ola de calor, {city} abrirá a partir del jueves tres salas climatizadas para personas mayores y enfermas.",
            "Estarán abiertas todos los días de 10.00 a 19.00 horas y se repartirá agua de forma gratuita.",
            "Según la consejería de Sanidad, {n} personas han sido atendidas en urgencias por golpes de calor.",
            "\u00abNadie debe quedarse solo en casa\u00bb, afirmó la concejala de Servicios Sociales, {person}.",
            "La Agencia Estatal de Meteorología no prevé un descenso de las temperaturas hasta el fin de semana.",
        ]),
        ("Un ferry eléctrico unirá {city} con la isla", [
            "Un ferry eléctrico unirá desde la próxima primavera {city} con la isla cercana, según anunció el martes la autoridad portuaria.",
            "La embarcación tendrá capacidad para {n} pasajeros y unas cuarenta bicicletas, pero no transportará coches.",
            "Su director, {person}, habló de un \u00abhito para el turismo\u00bb. La travesía durará unos veinte minutos.",
            "Grupos ecologistas han mostrado su preocupación por las praderas de posidonia.",
            "El coste, de unos nueve millones de euros, lo asumirán a medias el Gobierno regional y el municipio.",
        ]),
        ("Cierra la panadería más antigua de {city}", [
            "Tras 120 años de actividad, la panadería más antigua de {city} cerrará a final de mes. Su propietario, {person}, no ha encontrado relevo.",
            "El negocio pertenecía a la misma familia desde hace cuatro generaciones y daba trabajo a {n} personas.",
            "El sábado se formaron largas colas ante el establecimiento.",
            "El propietario atribuye el cierre al encarecimiento de la energía y a la falta de personal.",
            "El ayuntamiento estudia abrir en el local una cafetería de carácter social.",
        ]),
    ],
}
