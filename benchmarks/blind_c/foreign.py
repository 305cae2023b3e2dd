"""German, French and Spanish news bodies and headline pools, written for this corpus.

Every story is invented (places are real, events and people are not). Each body has a headline,
a list of paragraphs and the place/agency pair used when a dateline is put in front of the first
paragraph. Paragraphs marked with a leading ``§`` are subheads (the marker is removed).
"""

from __future__ import annotations

from typing import TypedDict


class Story(TypedDict):
    key: str
    headline: str
    city: str
    paras: list[str]


DE: list[Story] = [
    {
        "key": "de-bruecke",
        "headline": "Sanierung der Lahnbrücke dauert mindestens ein Jahr länger",
        "city": "GIESSEN",
        "paras": [
            "Die Sanierung der alten Lahnbrücke in Gießen verzögert sich erneut. Nach Angaben der Stadt werden die Arbeiten frühestens im Herbst kommenden Jahres abgeschlossen sein, ursprünglich war das Frühjahr geplant.",
            "Grund seien Schäden an den Pfeilern, die erst nach dem Abtragen der Fahrbahn sichtbar geworden seien, sagte Baudezernentin Karin Weßler am Dienstag im Bauausschuss. Der Beton sei an mehreren Stellen tiefer ausgewaschen als in den Gutachten angenommen.",
            "Die Mehrkosten beziffert die Verwaltung auf rund 2,4 Millionen Euro. Ein Teil davon soll aus einem Förderprogramm des Landes kommen, über den Rest muss die Stadtverordnetenversammlung im Mai entscheiden.",
            "§Umleitung bleibt bestehen",
            "Für Pendlerinnen und Pendler bedeutet das: Die Umleitung über die Nordanlage bleibt bis auf Weiteres eingerichtet. Radfahrer können eine provisorische Behelfsbrücke nutzen, die ab Juni auch nachts beleuchtet werden soll.",
            "Der Einzelhandel in der Innenstadt reagierte verärgert. „Wir haben seit zwei Jahren eine Baustelle vor der Tür, und niemand sagt uns, wann das endet“, sagte der Vorsitzende der Werbegemeinschaft, Tobias Hain.",
            "Die Stadt will nun eine App freischalten, in der Anwohner den Baufortschritt verfolgen und Verkehrsmeldungen abonnieren können.",
        ],
    },
    {
        "key": "de-waldbrand",
        "headline": "Höchste Waldbrandstufe in Brandenburg – Wälder teilweise gesperrt",
        "city": "POTSDAM",
        "paras": [
            "Wegen anhaltender Trockenheit gilt in zehn brandenburgischen Landkreisen seit Mittwoch die höchste Waldbrandwarnstufe. Das Umweltministerium rief die Bevölkerung auf, Wälder möglichst nicht zu betreten.",
            "In den vergangenen zwei Wochen sei in weiten Teilen des Landes kaum Regen gefallen, teilte der Deutsche Wetterdienst mit. Für das Wochenende werden Temperaturen von bis zu 36 Grad erwartet.",
            "Die Feuerwehren sind in erhöhter Bereitschaft. Allein am Dienstag mussten sie zu elf kleineren Bränden ausrücken, die meisten konnten nach kurzer Zeit gelöscht werden.",
            "„Eine weggeworfene Zigarette reicht, um eine Katastrophe auszulösen“, sagte der Waldbrandschutzbeauftragte des Landes.",
            "Mehrere Gemeinden haben Grillplätze geschlossen und Veranstaltungen im Freien abgesagt. Auch das geplante Sommerfest in Beelitz wurde verschoben.",
            "Nach Angaben des Landesbetriebs Forst werden die Kameras der automatischen Waldbrandüberwachung rund um die Uhr ausgewertet.",
        ],
    },
    {
        "key": "de-streik",
        "headline": "Warnstreik legt Busse und Bahnen in Hannover lahm",
        "city": "HANNOVER",
        "paras": [
            "Ein ganztägiger Warnstreik hat am Montag den Nahverkehr in Hannover weitgehend zum Erliegen gebracht. Stadtbahnen und Busse blieben in den Depots, nur einzelne Regionallinien privater Betreiber fuhren.",
            "Die Gewerkschaft fordert für die Beschäftigten kürzere Schichten und einen Zuschlag für Wochenenddienste. Die Arbeitgeberseite nannte die Forderungen „nicht finanzierbar“.",
            "Viele Pendler wichen auf das Auto oder das Fahrrad aus. Auf den Einfallstraßen bildeten sich am Morgen lange Staus, die Polizei meldete jedoch keine größeren Zwischenfälle.",
            "§Wie es weitergeht",
            "Die nächste Verhandlungsrunde ist für den kommenden Donnerstag angesetzt. Beide Seiten zeigten sich gesprächsbereit, eine Annäherung gilt aber als schwierig.",
            "Fahrgäste mit Monatskarte sollen nach Angaben des Verkehrsunternehmens keine Erstattung erhalten. Verbraucherschützer kündigten an, das prüfen zu wollen.",
        ],
    },
    {
        "key": "de-startup",
        "headline": "Leipziger Batterie-Start-up sammelt 40 Millionen Euro ein",
        "city": "LEIPZIG",
        "paras": [
            "Das Leipziger Start-up Voltwerk hat in einer Finanzierungsrunde 40 Millionen Euro eingesammelt. Angeführt wurde die Runde von einem skandinavischen Infrastrukturfonds, auch bisherige Geldgeber beteiligten sich.",
            "Das 2019 gegründete Unternehmen entwickelt Speicher für Gewerbebetriebe, die Strom aus eigenen Solaranlagen zwischenspeichern wollen. Nach eigenen Angaben beschäftigt es derzeit 120 Menschen.",
            "Mit dem Geld soll eine zweite Fertigungslinie im Norden der Stadt entstehen. Dort könnten bis Ende 2026 weitere 150 Arbeitsplätze geschaffen werden, sagte Mitgründerin Lea Brandt.",
            "Die Branche steht allerdings unter Druck: Günstige Konkurrenz aus Asien drückt die Preise, und mehrere Wettbewerber mussten zuletzt Insolvenz anmelden.",
            "Sachsens Wirtschaftsminister lobte die Entscheidung für den Standort. Leipzig entwickle sich „zu einem echten Zentrum der Energiewende“.",
        ],
    },
    {
        "key": "de-fussball",
        "headline": "Regionalliga: Aufsteiger feiert dritten Sieg in Folge",
        "city": "OLDENBURG",
        "paras": [
            "Der Aufsteiger aus Oldenburg bleibt in der Regionalliga Nord ungeschlagen. Vor 4.300 Zuschauern gewann die Mannschaft am Samstag mit 2:0 gegen den Tabellenzweiten.",
            "Beide Tore fielen in der zweiten Halbzeit. Zunächst traf Kapitän Jonas Reimers per Kopf nach einer Ecke, kurz vor Schluss erhöhte der eingewechselte Mert Aydın.",
            "„Wir haben heute gezeigt, dass wir auch gegen die Großen bestehen können“, sagte Trainer Holger Venn nach dem Spiel.",
            "Mit nun zehn Punkten aus vier Spielen steht der Verein auf dem ersten Tabellenplatz. Am kommenden Wochenende geht es zum Auswärtsspiel nach Lübeck.",
            "Der Verein kündigte an, wegen der hohen Nachfrage zusätzliche Tickets über seine Website freizugeben. Kommentare in sozialen Netzwerken hatten zuvor die langen Schlangen an der Tageskasse kritisiert.",
        ],
    },
    {
        "key": "de-mieten",
        "headline": "Mieten in Freiburg steigen schneller als im Landesschnitt",
        "city": "FREIBURG",
        "paras": [
            "Die Angebotsmieten in Freiburg sind im vergangenen Jahr um durchschnittlich 7,8 Prozent gestiegen. Das geht aus dem neuen Wohnungsmarktbericht der Stadt hervor, der am Donnerstag vorgestellt wurde.",
            "Im Landesdurchschnitt betrug der Anstieg demnach 4,1 Prozent. Besonders gefragt seien kleine Wohnungen in der Nähe der Universität und des Hauptbahnhofs.",
            "Die Stadt verweist auf mehrere Neubaugebiete, in denen bis 2030 rund 5.000 Wohnungen entstehen sollen. Ein Drittel davon soll öffentlich gefördert werden.",
            "Der Mieterverein hält das für unzureichend. Ohne eine strengere Mietpreisbremse werde sich die Lage weiter zuspitzen, sagte Geschäftsführerin Sabine Kolb.",
            "Die Daten des Berichts stammen unter anderem aus Wohnungsanzeigen, die von großen Immobilienportalen ausgewertet wurden.",
        ],
    },
]

FR: list[Story] = [
    {
        "key": "fr-greve",
        "headline": "Grève des contrôleurs : trafic très perturbé sur les TER en Occitanie",
        "city": "TOULOUSE",
        "paras": [
            "Le trafic des TER était fortement perturbé vendredi en Occitanie en raison d'un mouvement de grève des contrôleurs. Seul un train sur trois circulait sur les principales lignes autour de Toulouse et de Montpellier.",
            "Les syndicats réclament des effectifs supplémentaires à bord des trains, notamment le soir et le week-end. La direction régionale affirme avoir déjà recruté quarante agents depuis janvier.",
            "Dans les gares, de nombreux voyageurs se sont retrouvés sans solution. « J'ai attendu deux heures pour finalement prendre un car bondé », raconte Élodie, étudiante à Albi.",
            "§Des cars de substitution",
            "La région a mis en place des cars de substitution sur certaines liaisons. Les horaires sont consultables sur l'application de la SNCF, qui a été mise à jour dans la matinée.",
            "Un nouveau préavis a été déposé pour le week-end prochain. Les négociations doivent reprendre lundi.",
        ],
    },
    {
        "key": "fr-vendanges",
        "headline": "Les vendanges démarrent avec deux semaines d'avance en Alsace",
        "city": "COLMAR",
        "paras": [
            "Les premières grappes ont été coupées lundi dans le vignoble alsacien, avec près de deux semaines d'avance sur le calendrier habituel. La chaleur de l'été a accéléré la maturation du raisin.",
            "Les viticulteurs se disent satisfaits de l'état sanitaire de la récolte, mais s'inquiètent des volumes. Les orages de grêle du mois de juin ont touché plusieurs communes du Haut-Rhin.",
            "« La qualité est là, la quantité un peu moins », résume Marc Heitz, vigneron à Eguisheim.",
            "Le recrutement de saisonniers reste difficile. Plusieurs domaines ont fait appel à des étudiants et à des retraités pour compléter leurs équipes.",
            "Le comité interprofessionnel publiera une première estimation de la récolte à la fin du mois.",
        ],
    },
    {
        "key": "fr-piscine",
        "headline": "Nantes : le conseil municipal adopte le projet de nouvelle piscine",
        "city": "NANTES",
        "paras": [
            "Le conseil municipal de Nantes a approuvé lundi soir la construction d'une piscine olympique dans le quartier de l'île de Nantes. Le projet est estimé à 38 millions d'euros.",
            "L'équipement comprendra un bassin de cinquante mètres, un bassin d'apprentissage et un espace de plongée. Son ouverture est prévue pour la rentrée 2027.",
            "L'opposition a voté contre, dénonçant un coût « démesuré » dans un contexte budgétaire tendu. La majorité estime au contraire que la ville manque cruellement de bassins.",
            "Les clubs de natation locaux ont salué la décision. Ils réclamaient un nouvel équipement depuis la fermeture de la piscine Léo-Lagrange en 2021.",
            "Une réunion publique sera organisée en novembre pour présenter les plans aux riverains, qui pourront y laisser leurs commentaires.",
        ],
    },
    {
        "key": "fr-inondations",
        "headline": "Intempéries dans le Gard : des centaines de foyers évacués",
        "city": "NÎMES",
        "paras": [
            "De violents orages ont frappé le Gard dans la nuit de dimanche à lundi, provoquant des inondations dans une vingtaine de communes. Près de 600 personnes ont dû être évacuées.",
            "Il est tombé jusqu'à 250 millimètres de pluie en quelques heures dans le secteur d'Alès, selon Météo-France. Le département avait été placé en vigilance rouge dimanche après-midi.",
            "Les pompiers ont effectué plus de 300 interventions. Aucune victime n'était à déplorer lundi matin, mais deux personnes sont légèrement blessées.",
            "§Les écoles fermées",
            "Les écoles resteront fermées mardi dans les communes les plus touchées. Le préfet a demandé aux habitants de limiter leurs déplacements.",
            "Le gouvernement a promis une reconnaissance rapide de l'état de catastrophe naturelle.",
        ],
    },
    {
        "key": "fr-festival",
        "headline": "Affluence record pour le festival de jazz de Vienne",
        "city": "VIENNE",
        "paras": [
            "Le festival de jazz de Vienne, en Isère, a annoncé dimanche avoir accueilli plus de 230 000 spectateurs en deux semaines, un record depuis sa création.",
            "Les concerts au théâtre antique ont affiché complet presque tous les soirs. Les scènes gratuites en ville ont également attiré un public nombreux.",
            "Les organisateurs attribuent ce succès à une programmation plus ouverte, mêlant jazz, soul et musiques du monde.",
            "Quelques couacs ont toutefois été signalés, notamment des files d'attente interminables aux entrées le premier week-end.",
            "Les dates de la prochaine édition seront dévoilées à l'automne, a précisé la direction.",
        ],
    },
    {
        "key": "fr-usine",
        "headline": "Fermeture annoncée de l'usine de papier de Saint-Gaudens",
        "city": "SAINT-GAUDENS",
        "paras": [
            "Le groupe papetier propriétaire du site de Saint-Gaudens a annoncé mardi son intention de fermer l'usine d'ici à la fin de l'année. Environ 210 salariés sont concernés.",
            "La direction invoque la hausse des coûts de l'énergie et la baisse de la demande de papier journal. Les syndicats contestent ces arguments et parlent d'une « décision purement financière ».",
            "Les élus locaux ont demandé une réunion d'urgence avec le ministère de l'Industrie. Le maire évoque « un coup de massue » pour tout le Comminges.",
            "Une recherche de repreneur doit être lancée, conformément à la loi. Plusieurs pistes auraient déjà été évoquées, sans plus de précisions.",
            "Les salariés ont voté la grève reconductible à partir de jeudi.",
        ],
    },
]

ES: list[Story] = [
    {
        "key": "es-sequia",
        "headline": "Los embalses de Cataluña caen por debajo del 20 % de su capacidad",
        "city": "BARCELONA",
        "paras": [
            "Las reservas de agua de las cuencas internas de Cataluña han caído por debajo del 20 % de su capacidad por primera vez desde 2008, según los datos publicados este lunes por la Agencia Catalana del Agua.",
            "El Govern estudia ampliar las restricciones a una veintena de municipios del área metropolitana. Entre las medidas figuran la limitación del riego de jardines y el cierre de fuentes ornamentales.",
            "Los agricultores del Baix Llobregat aseguran que ya han perdido parte de la cosecha de alcachofa. «Sin agua no hay campo», resumió un portavoz de la unión de payeses.",
            "§Desalinizadoras a pleno rendimiento",
            "Las dos plantas desalinizadoras de la región funcionan al máximo de su capacidad desde hace semanas. Está previsto que una tercera entre en servicio en 2026.",
            "Los meteorólogos no prevén lluvias significativas antes del otoño.",
        ],
    },
    {
        "key": "es-metro",
        "headline": "Sevilla licita las obras del primer tramo de la línea 3 del metro",
        "city": "SEVILLA",
        "paras": [
            "La Junta de Andalucía ha licitado este martes las obras del primer tramo de la línea 3 del metro de Sevilla, que unirá el norte de la ciudad con el centro. El presupuesto supera los 400 millones de euros.",
            "El tramo tendrá una longitud de 7,5 kilómetros y nueve estaciones. Las empresas interesadas tienen hasta finales de mayo para presentar sus ofertas.",
            "Los vecinos de la zona norte llevan más de una década reclamando esta infraestructura. «Ya era hora», dijo la presidenta de una asociación vecinal de Pino Montano.",
            "El consejero de Fomento confió en que las máquinas empiecen a trabajar antes de que termine el año.",
            "La línea 1, la única en funcionamiento, transportó el año pasado a más de 18 millones de viajeros.",
        ],
    },
    {
        "key": "es-turismo",
        "headline": "Canarias bate su récord de turistas extranjeros en el primer trimestre",
        "city": "LAS PALMAS DE GRAN CANARIA",
        "paras": [
            "Canarias recibió 4,3 millones de turistas extranjeros entre enero y marzo, un 9 % más que en el mismo periodo del año anterior y la cifra más alta de su historia.",
            "El Reino Unido y Alemania siguen siendo los principales mercados emisores, aunque crece con fuerza la llegada de visitantes de Polonia y de los Países Bajos.",
            "El gasto medio por turista también aumentó, hasta superar los 1.400 euros por viaje, según los datos del instituto de estadística.",
            "Los sindicatos del sector reclaman que el crecimiento se traslade a los salarios. Colectivos vecinales, por su parte, alertan del impacto del alquiler vacacional en el acceso a la vivienda.",
            "El Gobierno canario presentará en junio una nueva ley de ordenación turística.",
        ],
    },
    {
        "key": "es-incendio",
        "headline": "Estabilizado el incendio forestal de la sierra de Gata tras arrasar 3.000 hectáreas",
        "city": "CÁCERES",
        "paras": [
            "El incendio declarado el sábado en la sierra de Gata, en el norte de Cáceres, ha quedado estabilizado este martes después de calcinar unas 3.000 hectáreas de monte y pinar.",
            "Más de 400 efectivos, apoyados por quince medios aéreos, han trabajado durante tres días en la extinción. Los vecinos de dos localidades desalojadas ya han podido regresar a sus casas.",
            "La Guardia Civil investiga las causas del fuego. Fuentes del operativo no descartan que fuera intencionado.",
            "«Ha sido muy duro ver arder el monte en el que hemos crecido», contó una vecina de Hoyos.",
            "La Junta de Extremadura evaluará en los próximos días los daños y activará ayudas para los afectados.",
        ],
    },
    {
        "key": "es-pacto",
        "headline": "PSOE y Compromís cierran un acuerdo para gobernar en Gandia",
        "city": "GANDIA",
        "paras": [
            "Socialistas y Compromís han alcanzado un acuerdo para gobernar el Ayuntamiento de Gandia durante los próximos cuatro años. El pacto se firmó este jueves por la tarde en la sede municipal.",
            "El documento incluye medidas sobre vivienda, movilidad y limpieza de las playas. Compromís asumirá tres concejalías, entre ellas la de Urbanismo.",
            "La oposición ha criticado que el acuerdo se haya negociado «a puerta cerrada» y ha anunciado que presentará sus propias propuestas en el primer pleno.",
            "El nuevo equipo de gobierno tomará posesión el sábado.",
            "En la última legislatura, la ciudad fue gobernada en solitario por los socialistas, que perdieron la mayoría absoluta en los comicios de mayo.",
        ],
    },
    {
        "key": "es-aceite",
        "headline": "El precio del aceite de oliva baja por primera vez en dos años",
        "city": "JAÉN",
        "paras": [
            "El precio del aceite de oliva virgen extra en origen ha caído un 12 % en el último mes, la primera bajada sostenida desde hace dos años, según los datos del sistema de información de precios.",
            "Los productores atribuyen el descenso a las buenas perspectivas de la próxima cosecha tras las lluvias de la primavera.",
            "En los supermercados, sin embargo, la bajada todavía no se nota. Las asociaciones de consumidores piden a la distribución que traslade la rebaja a los clientes «cuanto antes».",
            "§Exportaciones en mínimos",
            "Las exportaciones, por su parte, se mantienen en mínimos de la última década por la falta de producto.",
            "Las cooperativas jiennenses esperan recuperar volumen a partir de noviembre, cuando comience la recolección.",
        ],
    },
]

HEADLINES: dict[str, list[str]] = {
    "de": [
        "Neue Radwege für die Innenstadt beschlossen",
        "Polizei sucht Zeugen nach Einbruch in Apotheke",
        "Kita-Gebühren steigen ab August",
        "Stadtwerke kündigen höhere Gaspreise an",
        "Hochwasser: Pegel an der Elbe sinkt langsam",
        "Traditionsbäckerei schließt nach 110 Jahren",
        "Landtag debattiert über Lehrermangel",
        "Bahnstrecke nach Sturm wieder frei",
        "Zoo freut sich über Nachwuchs bei den Erdmännchen",
        "Handball: Heimsieg im Derby",
        "Neues Ärztehaus soll 2026 eröffnen",
        "Weihnachtsmarkt startet mit längeren Öffnungszeiten",
        "Zwei Verletzte bei Unfall auf der A7",
        "Gemeinderat stoppt Pläne für Windpark",
    ],
    "fr": [
        "Un nouveau parking relais ouvrira en septembre",
        "Les prix de l'immobilier reculent dans l'agglomération",
        "Collision entre un bus et une voiture : trois blessés",
        "Le marché de Noël annule son feu d'artifice",
        "Rugby : victoire bonifiée pour le club local",
        "La canicule met les hôpitaux sous tension",
        "Un incendie détruit un entrepôt agricole",
        "Le tramway prolongé jusqu'à l'aéroport",
        "Pénurie de médecins : la commune recrute elle-même",
        "Un lycéen remporte le concours national de poésie",
        "La préfecture interdit les feux de jardin",
        "Budget : les impôts locaux n'augmenteront pas",
        "Les pompiers sauvent un chien tombé dans un puits",
    ],
    "es": [
        "El Ayuntamiento aprueba la zona de bajas emisiones",
        "Detenido un hombre por robar cobre en las vías",
        "La ola de calor dispara el consumo eléctrico",
        "El puerto registra un récord de cruceros",
        "Cortes de tráfico por las obras del colector",
        "El hospital estrena una nueva unidad de ictus",
        "Fútbol: el filial asciende a Primera Federación",
        "Vecinos protestan por el cierre del centro de salud",
        "La feria del libro amplía su horario",
        "Rescatan a dos senderistas perdidos en la montaña",
        "Sube el precio del billete de autobús urbano",
        "La universidad ofertará tres nuevos grados",
        "Alerta amarilla por lluvias en el litoral",
    ],
}

STORIES: dict[str, list[Story]] = {"de": DE, "fr": FR, "es": ES}
