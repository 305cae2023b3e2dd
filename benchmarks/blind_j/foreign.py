"""Invented German, French and Spanish news stories for blind_j (dev and test use different stories).

Each story: (headline, paragraphs). Some paragraphs are traps (agency named in prose, dates in
prose) and stay body with no fact.
"""

STORIES = {
    ("dev", "de"): [
        ("Stadtwerke erhöhen die Fernwärmepreise zum Jahreswechsel", [
            "Die Stadtwerke wollen die Preise für Fernwärme zum 1. Januar um durchschnittlich zwölf Prozent anheben. Betroffen sind rund 18.000 Haushalte im Stadtgebiet.",
            "Als Grund nennt das Unternehmen gestiegene Beschaffungskosten und Investitionen in das Leitungsnetz, das in weiten Teilen aus den siebziger Jahren stammt.",
            "Der Mieterverein kritisierte die Ankündigung scharf. Viele Familien könnten die zusätzlichen Kosten kaum noch tragen, sagte die Vorsitzende.",
            "Der Stadtrat will sich in seiner Sitzung am 14. November mit dem Thema befassen. Eine Mehrheit für eine Deckelung der Preise gilt jedoch als unsicher.",
            "Die Verbraucherzentrale rät Kunden, ihre Abrechnungen genau zu prüfen und bei Unklarheiten Widerspruch einzulegen.",
        ]),
        ("Neue Fährverbindung über den See startet im Frühjahr", [
            "Ab dem kommenden Frühjahr soll eine elektrisch betriebene Fähre die beiden Ufer des Sees im Stundentakt verbinden.",
            "Das Schiff bietet Platz für 120 Fahrgäste und 30 Fahrräder. Die Baukosten von knapp vier Millionen Euro tragen Land und Kreis gemeinsam.",
            "Wie die Deutsche Presse-Agentur zuerst berichtete, hatte sich die Auslieferung wegen fehlender Batteriemodule um mehrere Monate verzögert.",
            "Touristiker in der Region erhoffen sich von der Verbindung mehr Tagesgäste. Anwohner fürchten dagegen zusätzlichen Verkehr an den Anlegestellen.",
        ]),
    ],
    ("test", "de"): [
        ("Hochwasserschutz: Damm am Nordufer wird erhöht", [
            "Nach den Überschwemmungen des vergangenen Sommers wird der Damm am Nordufer des Flusses auf einer Länge von drei Kilometern erhöht.",
            "Die Arbeiten beginnen im März und sollen rund zwei Jahre dauern. Während dieser Zeit bleibt der Uferweg für Radfahrer gesperrt.",
            "Nach Angaben der Nachrichtenagentur AFP waren bei dem Hochwasser im Juli mehr als 600 Gebäude beschädigt worden.",
            "Der Landrat sprach von einer überfälligen Investition. Die Gemeinden entlang des Flusses fordern zusätzlich Rückhaltebecken im Oberlauf.",
        ]),
        ("Bibliothek verlängert Öffnungszeiten an Wochenenden", [
            "Die Stadtbibliothek öffnet künftig auch sonntags von 11 bis 17 Uhr. Möglich wird das durch ein neues Selbstverbuchungssystem.",
            "Ein Pilotversuch im vergangenen Herbst war nach Angaben der Leitung ein Erfolg: An manchen Sonntagen kamen mehr als 900 Besucherinnen und Besucher.",
            "Die Gewerkschaft sieht die Ausweitung kritisch und verlangt feste Zusagen, dass keine Stellen gestrichen werden.",
            "Die Regelung gilt zunächst bis zum 31. Dezember 2025 und soll dann überprüft werden.",
            "Auch Stadtteilbüchereien sollen später folgen, sofern die Technik zuverlässig funktioniert.",
        ]),
    ],
    ("dev", "fr"): [
        ("La ligne de bus de nuit prolongée jusqu'à la gare", [
            "La ligne de bus de nuit sera prolongée jusqu'à la gare à partir du mois prochain, a annoncé mardi l'agglomération.",
            "Les départs auront lieu toutes les trente minutes entre minuit et cinq heures du matin, du jeudi au samedi.",
            "Selon l'AFP, plusieurs villes moyennes étudient des dispositifs similaires pour répondre à la demande des travailleurs de nuit.",
            "Les associations d'usagers saluent une avancée mais réclament une extension aux dimanches et aux jours fériés.",
        ]),
        ("Un festival de musique baroque fête ses vingt ans", [
            "Le festival de musique baroque de la vallée fête cette année sa vingtième édition avec une trentaine de concerts.",
            "Les organisateurs attendent près de 15 000 spectateurs entre le 18 juillet et le 3 août, dans des églises et des châteaux de la région.",
            "La programmation mêle des ensembles confirmés et de jeunes musiciens issus des conservatoires voisins.",
            "Le budget, en hausse de 8 %, est couvert pour moitié par des mécènes locaux, a précisé la présidente de l'association.",
            "Des navettes gratuites relieront les lieux de concert aux principales gares du département.",
        ]),
    ],
    ("test", "fr"): [
        ("Sécheresse : restrictions d'eau renforcées dans le département", [
            "La préfecture a renforcé jeudi les restrictions d'usage de l'eau dans l'ensemble du département, placé en alerte renforcée.",
            "L'arrosage des jardins et le lavage des voitures sont désormais interdits, sauf dans les stations équipées de systèmes de recyclage.",
            "Le niveau des nappes phréatiques est inférieur de 40 % aux moyennes saisonnières, selon les relevés publiés le 16 août.",
            "Les agriculteurs bénéficient de dérogations limitées, a précisé la préfète, qui appelle chacun à la plus grande sobriété.",
        ]),
        ("Une start-up locale lève quatre millions d'euros", [
            "Une jeune entreprise spécialisée dans le recyclage des batteries a annoncé une levée de fonds de quatre millions d'euros.",
            "L'argent servira à ouvrir une deuxième usine et à recruter une cinquantaine de salariés d'ici deux ans.",
            "Interrogé par l'agence Reuters, son fondateur a assuré que l'entreprise serait rentable dès l'an prochain.",
            "La région, qui participe au tour de table, y voit un signal positif pour l'emploi industriel sur le territoire.",
        ]),
    ],
    ("dev", "es"): [
        ("El ayuntamiento amplía el carril bici hasta el campus", [
            "El ayuntamiento ha aprobado la ampliación del carril bici hasta el campus universitario, un tramo de 2,4 kilómetros.",
            "Las obras comenzarán en septiembre y tendrán un coste de 1,8 millones de euros, financiados en parte con fondos europeos.",
            "Según informó la agencia EFE, otras ciudades de la comunidad preparan proyectos similares para el próximo año.",
            "Los comerciantes de la avenida temen perder plazas de aparcamiento, mientras que las asociaciones ciclistas celebran la decisión.",
        ]),
        ("Récord de visitantes en el museo arqueológico", [
            "El museo arqueológico provincial cerró el verano con más de 95.000 visitantes, la cifra más alta desde su reapertura.",
            "La exposición temporal sobre los puertos romanos fue la más visitada y se prolongará hasta el 15 de enero.",
            "La dirección atribuye el éxito a la gratuidad de las visitas guiadas y al nuevo horario de tarde.",
            "El próximo año se inaugurará una sala dedicada a los hallazgos de la última campaña de excavaciones.",
            "El consejero de Cultura anunció además una partida para digitalizar los fondos del museo.",
        ]),
    ],
    ("test", "es"): [
        ("Los embalses de la cuenca bajan al 38 % de su capacidad", [
            "Los embalses de la cuenca se encuentran al 38 % de su capacidad, diez puntos por debajo de la media de la última década.",
            "La confederación hidrográfica ha pedido a los municipios que revisen sus redes para reducir las pérdidas de agua.",
            "Los regantes se reunirán el 22 de octubre para decidir el reparto de la dotación de la próxima campaña.",
            "Los expertos advierten de que, sin lluvias en otoño, podrían aplicarse restricciones al consumo doméstico.",
        ]),
        ("Una cooperativa de pescadores abre su propia lonja digital", [
            "Una cooperativa de pescadores ha puesto en marcha una lonja digital que permite vender el pescado directamente a restaurantes.",
            "La plataforma reúne a 60 embarcaciones y promete precios más estables para los marineros.",
            "En declaraciones a la agencia Europa Press, el presidente de la cooperativa explicó que el proyecto nació durante la pandemia.",
            "La iniciativa ha recibido una ayuda de 300.000 euros del fondo europeo de pesca.",
        ]),
    ],
}

# datelines per (split, lang): (template, agencies or None)
CITIES = {
    ("dev", "de"): ["Kassel", "Freiburg"], ("test", "de"): ["Rostock", "Augsburg"],
    ("dev", "fr"): ["Poitiers", "Dijon"], ("test", "fr"): ["Grenoble", "Angers"],
    ("dev", "es"): ["Zaragoza", "Valladolid"], ("test", "es"): ["Murcia", "Oviedo"],
}
