"""Invented German, French and Spanish stories, headline pools and trap sentences, per split.

The public benchmark has no French or Spanish article and two German blog posts; these short
stories are invented for blind_p. Dev and test stories, headlines and traps are disjoint.
"""

STORIES = {
    "dev": {
        "de": [
            ("Stadtwerke stoppen Ausbau des Fernwärmenetzes vorerst", [
                "Die Stadtwerke haben den geplanten Ausbau des Fernwärmenetzes im Osten der Stadt vorläufig gestoppt. Grund seien stark gestiegene Baukosten und fehlende Fachfirmen, teilte ein Sprecher am Dienstag mit.",
                "Ursprünglich sollten bis Ende des kommenden Jahres rund 1.400 Haushalte an das Netz angeschlossen werden. Nun rechnet das Unternehmen mit einer Verzögerung von mindestens 18 Monaten.",
                "Im Stadtrat stieß die Entscheidung auf Kritik. Die Grünen-Fraktion sprach von einem „fatalen Signal“ für die Wärmewende, die CDU forderte eine vollständige Offenlegung der Kalkulation.",
                "Betroffene Eigentümer hatten teilweise bereits ihre alten Ölheizungen stillgelegt oder Verträge unterschrieben. Für sie will die Stadt eine Übergangslösung mit mobilen Heizzentralen prüfen.",
                "Wie es weitergeht",
                "Bis zum Sommer soll ein überarbeiteter Zeitplan vorliegen. Die Stadtwerke wollen zudem Fördermittel des Bundes beantragen, um die Mehrkosten von geschätzt elf Millionen Euro abzufedern.",
                "„Wir halten an dem Projekt fest, aber wir müssen es solide finanzieren“, sagte der Geschäftsführer bei einer Bürgerversammlung am Abend.",
            ]),
            ("Hochwasser: Pegel an der Mulde sinkt langsam", [
                "Nach tagelangem Dauerregen entspannt sich die Hochwasserlage an der Mulde allmählich. Am Mittwochmorgen lag der Pegel bei 5,10 Metern und damit rund 40 Zentimeter unter dem Höchststand der Nacht.",
                "Die Feuerwehr war mit mehr als 300 Einsatzkräften im Einsatz, um Sandsäcke zu verbauen und Keller leerzupumpen. Verletzt wurde nach Angaben des Landkreises niemand.",
                "Mehrere Straßen bleiben weiterhin gesperrt, darunter die Verbindung zwischen den Ortsteilen am Nordufer. Auch zwei Grundschulen blieben am Mittwoch geschlossen.",
                "Der Landrat dankte den Helferinnen und Helfern und kündigte an, die Schäden zügig zu erfassen. Erste Schätzungen gehen von mehreren Millionen Euro aus.",
                "Der Deutsche Wetterdienst erwartet für die kommenden Tage nur noch vereinzelte Schauer. Eine Entwarnung will der Krisenstab aber erst geben, wenn der Pegel unter vier Meter gefallen ist.",
                "Anwohner können sich an ein Bürgertelefon wenden, das rund um die Uhr besetzt ist.",
            ]),
        ],
        "fr": [
            ("La ligne de bus express vers l'aéroport suspendue tout l'été", [
                "La ligne de bus express reliant le centre-ville à l'aéroport sera suspendue du 1er juillet au 31 août, a annoncé lundi la métropole. En cause, un manque de conducteurs que l'exploitant n'a pas réussi à combler.",
                "Cette liaison transportait en moyenne 2 300 voyageurs par jour l'an dernier, un chiffre en hausse de 15 % par rapport à 2022. Sa suspension intervient en pleine saison touristique.",
                "Les élus de l'opposition dénoncent « une décision prise dans la précipitation » et réclament une solution de remplacement. Des navettes privées pourraient être mobilisées, selon la métropole.",
                "L'exploitant assure de son côté avoir lancé une campagne de recrutement et formé une trentaine de nouveaux conducteurs, qui ne seront toutefois opérationnels qu'à la rentrée.",
                "Des alternatives limitées",
                "Les voyageurs devront se reporter sur le tramway, avec une correspondance, ou sur les taxis. Le trajet en transports en commun sera allongé d'une vingtaine de minutes.",
                "Une réunion entre la métropole, l'exploitant et les syndicats est prévue jeudi.",
            ]),
            ("Un collège évacué après une fuite de gaz", [
                "Près de 600 élèves et enseignants ont été évacués mardi matin d'un collège après la détection d'une fuite de gaz dans les cuisines. L'alerte a été donnée peu après 9 heures.",
                "Les pompiers, arrivés sur place en quelques minutes, ont sécurisé le bâtiment et coupé l'alimentation. Aucun blessé n'est à déplorer, selon la préfecture.",
                "Les élèves ont été regroupés dans le gymnase voisin avant d'être rendus à leurs familles en fin de matinée. Les cours reprendront normalement mercredi.",
                "Une enquête a été ouverte pour déterminer l'origine de la fuite. Des travaux de rénovation avaient été menés dans les cuisines pendant les vacances.",
                "« Les consignes ont été parfaitement respectées, les élèves sont restés très calmes », a salué la principale de l'établissement.",
                "Le conseil départemental, propriétaire des locaux, a promis une inspection complète des installations.",
            ]),
        ],
        "es": [
            ("El ayuntamiento aprueba ampliar la red de carriles bici", [
                "El pleno municipal aprobó este jueves la ampliación de la red de carriles bici con 24 nuevos kilómetros, que conectarán los barrios del norte con el centro histórico y la estación de tren.",
                "El proyecto, con un presupuesto de 9,3 millones de euros, se financiará en parte con fondos europeos. Las obras comenzarán en otoño y se prolongarán durante dieciocho meses.",
                "La oposición votó en contra al considerar que el trazado elimina demasiadas plazas de aparcamiento en zonas comerciales. Los comerciantes pidieron ser consultados antes de iniciar los trabajos.",
                "Según el concejal de Movilidad, el uso de la bicicleta ha crecido un 40 % en los últimos tres años y la red actual se ha quedado pequeña.",
                "Próximos pasos",
                "El ayuntamiento abrirá un proceso de participación ciudadana en septiembre para recoger sugerencias sobre los cruces más conflictivos.",
                "«Queremos que ir en bici sea seguro para cualquier persona, tenga doce años o setenta», afirmó el alcalde.",
            ]),
            ("Un incendio forestal obliga a desalojar dos urbanizaciones", [
                "Un incendio forestal declarado en la tarde del domingo obligó a desalojar a unos 800 vecinos de dos urbanizaciones cercanas. Las llamas afectaron a unas 350 hectáreas de pinar y matorral.",
                "En las tareas de extinción participaron siete medios aéreos y más de un centenar de efectivos terrestres. El fuerte viento dificultó los trabajos durante la noche.",
                "Los desalojados pasaron la noche en un polideportivo municipal y en casas de familiares. A primera hora del lunes se les permitió regresar a sus viviendas.",
                "Los servicios de emergencia dieron el incendio por estabilizado a media mañana. No se registraron heridos, aunque ardieron dos casetas de aperos.",
                "La Guardia Civil investiga las causas del fuego, que podría haberse originado en unas labores agrícolas.",
                "El consejero de Medio Ambiente recordó que el riesgo de incendio sigue siendo extremo en toda la comarca.",
            ]),
        ],
    },
    "test": {
        "de": [
            ("Bäckerei-Kette schließt zwölf Filialen in der Region", [
                "Eine regionale Bäckerei-Kette schließt bis zum Jahresende zwölf ihrer 41 Filialen. Das Unternehmen begründet den Schritt mit hohen Energiekosten und einem anhaltenden Mangel an Personal.",
                "Betroffen sind vor allem kleinere Standorte in Dörfern und Vororten, in denen die Umsätze zuletzt deutlich zurückgegangen waren. Die Backstube im Gewerbegebiet bleibt erhalten.",
                "Den rund 60 Beschäftigten der betroffenen Filialen sollen Stellen in anderen Geschäften angeboten werden. Betriebsbedingte Kündigungen schließt die Geschäftsführung nach eigenen Angaben aus.",
                "Bürgermeister mehrerer Gemeinden bedauerten die Entscheidung. Für viele ältere Menschen sei die Bäckerei der letzte Ort zum Einkaufen im Ort gewesen.",
                "Hoffnung auf Nachfolger",
                "Die Kette will prüfen, ob einzelne Standorte an selbstständige Bäcker übergeben werden können. Erste Gespräche laufen bereits.",
                "„Wir hätten uns eine andere Lösung gewünscht“, sagte die Inhaberin in einem Schreiben an die Kundschaft.",
            ]),
            ("Neue Radbrücke über den Kanal freigegeben", [
                "Nach knapp zwei Jahren Bauzeit ist die neue Fuß- und Radbrücke über den Kanal am Samstag für den Verkehr freigegeben worden. Mehrere hundert Menschen kamen zur Eröffnung.",
                "Die 140 Meter lange Stahlkonstruktion verbindet das Neubaugebiet mit dem Bahnhof und verkürzt den Weg für Radfahrer um fast zwei Kilometer.",
                "Die Kosten lagen mit 7,8 Millionen Euro rund eine Million über der ursprünglichen Planung. Ein Großteil wurde aus Mitteln des Landes finanziert.",
                "Anwohner hatten sich lange für die Querung eingesetzt. Bislang mussten Radfahrer einen Umweg über eine stark befahrene Bundesstraße nehmen.",
                "Die Stadt plant, an beiden Enden der Brücke Abstellanlagen für 200 Fahrräder zu errichten.",
                "Eine offizielle Einweihungsfeier mit Konzert ist für den Herbst geplant.",
            ]),
        ],
        "fr": [
            ("La piscine municipale fermera deux ans pour travaux", [
                "La piscine municipale fermera ses portes à partir de janvier pour une rénovation complète qui doit durer deux ans, a confirmé la mairie lors du dernier conseil municipal.",
                "Le chantier, estimé à 12 millions d'euros, prévoit la reprise totale de l'étanchéité, l'installation de panneaux solaires et la création d'un bassin d'apprentissage pour les enfants.",
                "Les clubs de natation et les écoles seront redirigés vers les piscines des communes voisines. Des bus seront affrétés pour les scolaires.",
                "Plusieurs usagers regrettent la durée des travaux. « Deux ans sans piscine, c'est long pour les familles », estime une habitante rencontrée à la sortie du bassin.",
                "Un équipement vieillissant",
                "Construite en 1974, la piscine accueille environ 110 000 entrées par an. Ses installations techniques étaient devenues très coûteuses à entretenir.",
                "La réouverture est annoncée pour la rentrée 2027.",
            ]),
            ("Sécheresse : de nouvelles restrictions d'eau dans le département", [
                "Face à la baisse continue du niveau des nappes phréatiques, la préfecture a placé vendredi l'ensemble du département en alerte renforcée sécheresse.",
                "L'arrosage des pelouses, le lavage des véhicules hors stations professionnelles et le remplissage des piscines privées sont désormais interdits jusqu'à nouvel ordre.",
                "Les agriculteurs devront réduire leurs prélèvements de 40 %, sauf pour les cultures maraîchères. La chambre d'agriculture redoute des pertes importantes sur le maïs.",
                "Des contrôles seront effectués par les services de l'État. Les contrevenants s'exposent à une amende pouvant atteindre 1 500 euros.",
                "Le dernier épisode comparable remonte à l'été 2022, lorsque plusieurs communes avaient dû être ravitaillées par camion-citerne.",
                "Un nouveau point sera fait la semaine prochaine lors d'un comité ressource en eau.",
            ]),
        ],
        "es": [
            ("La biblioteca central amplía su horario durante los exámenes", [
                "La biblioteca central abrirá las 24 horas del día durante el periodo de exámenes, entre el 15 de mayo y el 30 de junio, según anunció la concejalía de Educación.",
                "La medida responde a la petición de los estudiantes, que en los últimos años se han quejado de la falta de espacios de estudio por la noche.",
                "El ayuntamiento reforzará la plantilla con seis vigilantes y ampliará el servicio de limpieza. El coste de la ampliación ronda los 80.000 euros.",
                "Además, se habilitarán 150 puestos adicionales en dos salas del edificio que hasta ahora se usaban como almacén.",
                "Una demanda antigua",
                "Las asociaciones juveniles llevaban más de cuatro años reclamando un horario nocturno. La experiencia se evaluará al final del curso.",
                "«Es un paso importante, pero hacen falta más salas en los barrios», señaló la presidenta del consejo de la juventud.",
            ]),
            ("Detenidos tres jóvenes por una oleada de robos en coches", [
                "La Policía Local ha detenido a tres jóvenes de entre 19 y 23 años como presuntos autores de una veintena de robos en el interior de vehículos aparcados en el casco urbano.",
                "Los hechos se produjeron durante las últimas semanas, principalmente de madrugada. Los detenidos rompían las ventanillas y se llevaban objetos de valor y documentación.",
                "La investigación comenzó tras las denuncias de varios vecinos y gracias a las imágenes de cámaras de seguridad de comercios cercanos.",
                "Los agentes recuperaron teléfonos móviles, herramientas y varias carteras, que ya han sido devueltas a sus propietarios.",
                "Los tres jóvenes pasaron a disposición judicial el viernes. Uno de ellos tenía antecedentes por hechos similares.",
                "La Policía recomienda no dejar objetos a la vista en el interior de los coches.",
            ]),
        ],
    },
}

# invented headline pools for list items
HEADLINES = {
    "dev": {
        "de": ["Landtag streitet über Schulbudget", "Neuer Supermarkt am Stadtrand eröffnet",
               "Polizei sucht Zeugen nach Unfall auf der B14", "Kita-Gebühren steigen ab August",
               "Traditionsverein feiert 125. Geburtstag", "Sanierung der Stadthalle verzögert sich",
               "Wochenmarkt zieht auf den Domplatz um", "Streik legt Nahverkehr lahm"],
        "fr": ["Le marché de Noël revient place de la Mairie", "Grève dans les transports scolaires jeudi",
               "Un nouveau médecin s'installe au village", "Les travaux du rond-point prennent du retard",
               "Le club de rugby remporte le derby", "Hausse des prix de l'électricité au printemps",
               "Une exposition photo au musée municipal", "Accident sur la départementale : deux blessés"],
        "es": ["Nuevo centro de salud en el barrio norte", "La feria de abril bate récord de visitantes",
               "Cortes de tráfico por obras en la avenida", "El equipo local asciende de categoría",
               "Suben los precios del alquiler un 9 %", "Abre el plazo para las becas de comedor",
               "Rescatan a un senderista en la sierra", "El mercado municipal reabre tras la reforma"],
    },
    "test": {
        "de": ["Gemeinderat beschließt neues Baugebiet", "Freibad öffnet früher als geplant",
               "Feuerwehr rettet Katze aus Kamin", "Stadtbibliothek verlängert Öffnungszeiten",
               "Autobahnbrücke wird ab Montag gesperrt", "Weinfest lockt Tausende Besucher",
               "Schulneubau kostet Millionen mehr", "Neue Buslinie verbindet Vororte"],
        "fr": ["Fermeture provisoire du pont Saint-Michel", "Le festival de jazz dévoile sa programmation",
               "Un incendie détruit un entrepôt agricole", "La mairie lance un budget participatif",
               "Canicule : les parcs ouverts la nuit", "Le lycée professionnel fête ses 50 ans",
               "Vol de câbles : la ligne TER perturbée", "Les commerçants réclament des parkings"],
        "es": ["La Diputación invierte en caminos rurales", "Un nuevo parque infantil en la plaza mayor",
               "Protesta vecinal por el ruido nocturno", "Las playas estrenan bandera azul",
               "El hospital incorpora un robot quirúrgico", "Concierto benéfico en el auditorio",
               "Se disparan las ventas de vivienda usada", "La sequía obliga a restringir el riego"],
    },
}

# trap sentences: article prose that mentions sources, agencies, websites, licences, disclaimers
TRAPS = {
    "dev": {
        "en": [
            "The company said in a statement posted on its website that it was not responsible for the outage.",
            "According to figures first published by the regional statistics office, the number rose again last year.",
            "The licence granted to the operator expires in 2026, and regulators have not said whether it will be renewed.",
            "A disclaimer at the bottom of the advert stated that results were not guaranteed.",
            "Officials told reporters that the original source of the leak had not yet been identified.",
            "Several news agencies, including local broadcasters, reported long queues outside the offices.",
        ],
        "de": [
            "Die Quelle der Verunreinigung konnte nach Angaben der Behörde noch nicht ermittelt werden.",
            "Auf seiner Website wies das Unternehmen jede Verantwortung für die Ausfälle zurück.",
            "Die Lizenz des Betreibers läuft im kommenden Jahr aus.",
            "Mehrere Nachrichtenagenturen hatten zuvor über die Pläne berichtet.",
        ],
        "fr": [
            "La source de la pollution n'a toujours pas été identifiée, selon la préfecture.",
            "Sur son site internet, l'entreprise décline toute responsabilité dans la panne.",
            "La licence de l'exploitant arrive à échéance l'an prochain.",
            "Plusieurs agences de presse avaient déjà évoqué ce projet au printemps.",
        ],
        "es": [
            "La fuente de la contaminación todavía no ha sido identificada, según la Confederación Hidrográfica.",
            "En su página web, la empresa rechaza cualquier responsabilidad por el fallo.",
            "La licencia del operador vence el año que viene.",
            "Varias agencias de noticias ya habían adelantado el proyecto en primavera.",
        ],
    },
    "test": {
        "en": [
            "Copyright lawyers said the ruling could change how archives are shared online.",
            "The report, originally commissioned by the city in 2019, was never made public.",
            "Her lawyer said the newspaper had agreed to publish a correction on its website.",
            "The software is released under an open-source licence, which allows anyone to modify it.",
            "Residents were warned not to rely on unofficial sources circulating on social media.",
            "The statement was later republished by several partner organisations.",
        ],
        "de": [
            "Die Zeitung hatte zuerst über den Fall berichtet und sich später korrigiert.",
            "Urheberrechtsexperten halten das Urteil für wegweisend.",
            "Nach Angaben aus gut informierten Quellen soll der Vertrag noch im Mai unterschrieben werden.",
            "Der Haftungsausschluss im Kleingedruckten sei unwirksam, urteilte das Gericht.",
        ],
        "fr": [
            "Le journal avait été le premier à révéler l'affaire, avant de publier un rectificatif.",
            "Des spécialistes du droit d'auteur jugent la décision historique.",
            "Selon des sources proches du dossier, l'accord pourrait être signé en mai.",
            "La clause de non-responsabilité figurant dans le contrat a été jugée abusive.",
        ],
        "es": [
            "El periódico fue el primero en publicar el caso y después rectificó.",
            "Los expertos en derechos de autor consideran histórica la sentencia.",
            "Según fuentes cercanas a la negociación, el acuerdo podría firmarse en mayo.",
            "El juzgado declaró nula la cláusula de exención de responsabilidad del contrato.",
        ],
    },
}
