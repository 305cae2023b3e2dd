"""Body material for blind_d: trap paragraphs, subheads, quotes, story lists, German/French/Spanish
bodies, headline pools, names and outlets. All written for this corpus."""

from __future__ import annotations

# --------------------------------------------------------------------------- traps (must stay body)
TRAPS: dict[str, list[str]] = {
    "en": [
        "The ministry said related cases in three other districts were still being examined.",
        "Operators must renew their license every two years, and the regulator can suspend it without notice.",
        "A source close to the negotiations said the deal could still collapse over the weekend.",
        "The app, which launched in March, has been downloaded more than two million times.",
        "Lawyers for the company added a disclaimer to the filing, saying the figures had not been audited.",
        "Regulators want websites to make rejecting cookies as easy as accepting them.",
        "Her weekly newsletter on local politics now has more subscribers than the town has residents.",
        "He declined to comment when reached by phone on Thursday.",
        "Videos of the incident were shared thousands of times before the platform removed them.",
        "The band still holds the copyright to its early recordings, which it bought back in 2009.",
        "Users who click on the link are asked to enter their bank details, police warned.",
        "Scroll down the council's website and you will find the budget buried in an appendix.",
        "Readers can follow the match live on the broadcaster's website, which will also stream highlights.",
        "Advertisers have pulled back since the scandal broke, according to two people familiar with the matter.",
        "More stories like hers are likely to surface as the inquiry widens, campaigners said.",
        "The original version of the bill, published in January, did not include the exemption.",
        "Most read among the documents was a short memo from the finance director.",
        "Trending searches for the phrase rose sharply after the speech, according to the company.",
        "Comments on the proposal close on July 31, the agency said.",
        "Tags on the recovered luggage showed it had passed through two airports.",
        "All rights to the footage were later sold to a streaming service.",
        "Share prices of rival carriers also fell on the news.",
        "The club said it would not republish the letter in full out of respect for the family.",
        "Sign-ups for the programme opened on Monday and close at the end of the month.",
        "Related charges against two other men were dropped last year.",
        "Subscribers to the service will see the price rise from next month.",
        "Read together, the two reports paint a bleak picture of the sector.",
        "The recommendation was accepted by the board without a vote.",
        "That figure was revised upward later in the day.",
        "Back in 2019, the same stretch of road was closed for six months.",
        "Follow-up tests are scheduled for next week.",
        "Click-through rates on the ads fell by almost a third, the study found.",
    ],
    "de": [
        "Die App, die im Frühjahr gestartet war, wurde bereits mehr als eine Million Mal heruntergeladen.",
        "Eine Quelle aus Regierungskreisen bestätigte den Bericht am Abend.",
        "Wer auf den Link in der E-Mail klickt, landet auf einer gefälschten Bankseite, warnt die Polizei.",
        "Die Lizenz für den Betrieb läuft Ende des Jahres aus.",
        "Kommentare zu dem Entwurf können noch bis Ende Juli eingereicht werden.",
        "Das war 2019.",
    ],
    "fr": [
        "L'application, lancée en mars, a déjà été téléchargée plus d'un million de fois.",
        "Selon une source proche du dossier, l'accord pourrait encore être remis en cause.",
        "Les internautes qui cliquent sur le lien sont invités à saisir leurs coordonnées bancaires, prévient la police.",
        "La licence d'exploitation doit être renouvelée tous les deux ans.",
        "Les commentaires sur le projet sont ouverts jusqu'à fin juillet.",
        "C'était en 2019.",
    ],
    "es": [
        "La aplicación, lanzada en marzo, ya suma más de un millón de descargas.",
        "Una fuente cercana a la negociación aseguró que el acuerdo aún podría caerse.",
        "Quienes hacen clic en el enlace son redirigidos a una página bancaria falsa, advirtió la policía.",
        "La licencia de operación vence a fin de año.",
        "Los comentarios sobre el proyecto se reciben hasta finales de julio.",
        "Eso fue en 2019.",
    ],
}

SUBHEADS: dict[str, list[str]] = {
    "en": ["What happens next", "WHY IT MATTERS", "– A long road –", "The bigger picture", "Key takeaways",
           "Background", "Looking ahead:", "HOW WE GOT HERE", "'Not enough'", "Reaction", "By the numbers",
           "A tough season", "— Mixed signals —", "What they said"],
    "de": ["Wie geht es weiter?", "Hintergrund", "– Lange Vorgeschichte –", "Was bedeutet das?"],
    "fr": ["Et maintenant ?", "Le contexte", "– Un long chemin –", "Ce que dit la loi"],
    "es": ["Qué viene ahora", "Contexto", "– Un largo camino –", "Qué dice la ley"],
}

QUOTES: dict[str, list[str]] = {
    "en": ["“We are not going anywhere,” she said.", "“It's a disaster,” one resident told reporters.",
           "\"This is only the beginning,\" he said.", "“We did everything right,” the coach said. “It wasn't enough.”",
           "‘I never expected this,’ she said.", "“Nobody told us anything,” a shop owner said."],
    "de": ["„Wir geben nicht auf“, sagte sie.", "„Das ist erst der Anfang“, sagte der Sprecher."],
    "fr": ["« Nous ne lâcherons rien », a-t-elle déclaré.", "« C'est un désastre », résume un habitant."],
    "es": ["“No vamos a rendirnos”, afirmó.", "“Esto recién empieza”, dijo el vocero."],
}

SHORTS: dict[str, list[str]] = {
    "en": ["It did not.", "The vote passed 7-2.", "Nobody was hurt.", "Then came the rain.", "That changed in May.",
           "Police are investigating."],
    "de": ["Verletzt wurde niemand.", "Die Polizei ermittelt."], "fr": ["Personne n'a été blessé.", "L'enquête continue."],
    "es": ["Nadie resultó herido.", "La policía investiga."],
}

STORY_LISTS: dict[str, list[tuple[str, list[str]]]] = {
    "en": [("The new rules include:", ["- a cap on fees charged to first-time buyers", "- mandatory inspections every five years",
                                        "- a public register of landlords"]),
           ("Here are the winners:", ["1. Best film: The Long Quiet", "2. Best actor: Samuel Oduya", "3. Best documentary: Salt Roads"]),
           ("Among the measures announced on Tuesday:", ["• free bus travel for students", "• longer library opening hours",
                                                           "• a new night-time cleaning crew"]),
           ("The squad:", ["Goalkeepers: Mensah, Rivera", "Defenders: Ito, Baptiste, Kowalczyk, Nwosu", "Forwards: Haddad, Lindqvist"]),
           ("Three things to watch this week:", ["* the central bank's rate decision", "* quarterly earnings from the big banks",
                                                   "* fresh inflation figures"])],
    "de": [("Die wichtigsten Punkte:", ["- höhere Zuschüsse für Pendler", "- mehr Personal in den Ämtern", "- ein neues Online-Portal"])],
    "fr": [("Les principales mesures :", ["- une prime pour les apprentis", "- la gratuité des cantines", "- un plan vélo"])],
    "es": [("Las medidas anunciadas:", ["- subsidio para el transporte", "- nuevas becas universitarias", "- más controles de precios"])],
}

DATELINES: dict[str, list[str]] = {
    # {C} city, {AGD} agency as written in the dateline (credit fact)
    "en": ["{C} ({AGD}) — ", "{C}, {MD} ({AGD}) - ", "({AGD}) - ", "{C} ({AGD}): ", "{CU}: ", "{CU} — ", "{C}, {MD} ({AGD}) – ",
           "{CU}, {MD} ({AGD}) ", "{CU} ({AGD}) -- "],
    "de": ["{C} ({AGD}) - ", "{C} ({AGD}) – ", "{C} – "],
    "fr": ["{C} ({AGD}) - ", "{C}, {MDF} ({AGD}) - ", "{CU} – "],
    "es": ["{C}, {MDE} ({AGD}).- ", "{C} ({AGD}) - ", "{CU}.- "],
}

# --------------------------------------------------------------------------- foreign bodies
INTL: dict[str, list[dict[str, object]]] = {
    "de": [
        {"title": "Stadtrat beschließt Sanierung der Rheinbrücke", "city": "Köln", "section": "Region", "paras": [
            "Der Stadtrat hat am Donnerstagabend mit großer Mehrheit die Sanierung der alten Rheinbrücke beschlossen. Die Arbeiten sollen im kommenden Frühjahr beginnen und rund drei Jahre dauern.",
            "Nach Angaben der Verwaltung belaufen sich die Kosten auf etwa 240 Millionen Euro. Ein Teil davon soll über Fördermittel des Landes finanziert werden.",
            "Während der Bauzeit bleibt die Brücke für Autos nur einspurig befahrbar. Fußgänger und Radfahrer sollen eine provisorische Behelfsbrücke nutzen können.",
            "Pendlerverbände kritisierten den Zeitplan. Schon jetzt stehe man morgens im Stau, sagte ein Sprecher.",
            "Die Opposition hatte einen Neubau gefordert, scheiterte mit ihrem Antrag jedoch deutlich.",
            "Die Brücke war 1959 eröffnet worden und gilt seit Jahren als marode. Gutachter hatten zuletzt Risse in mehreren Trägern festgestellt.",
            "Über die genaue Verkehrsführung will die Stadt im Herbst informieren."]},
        {"title": "Hitzewelle: Kliniken melden mehr Notfälle", "city": "Berlin", "section": "Gesundheit", "paras": [
            "Die anhaltende Hitze bringt die Notaufnahmen in mehreren Bundesländern an ihre Grenzen. Vor allem ältere Menschen würden mit Kreislaufproblemen eingeliefert, teilte die Krankenhausgesellschaft mit.",
            "In Brandenburg wurden am Mittwoch bis zu 37 Grad gemessen. Der Deutsche Wetterdienst rechnet erst zum Wochenende mit einer Abkühlung.",
            "Ärzte raten, viel zu trinken und die Mittagsstunden im Schatten zu verbringen.",
            "Mehrere Städte haben kühle Räume für Obdachlose geöffnet. In Leipzig verteilten Helfer Wasserflaschen an Bahnhöfen.",
            "Auch die Landwirtschaft leidet. Viele Felder seien bereits ausgetrocknet, sagte ein Vertreter des Bauernverbandes.",
            "Gewerkschaften fordern unterdessen ein Recht auf Hitzefrei für Beschäftigte auf Baustellen."]},
        {"title": "Autobauer kündigt Stellenabbau in Niedersachsen an", "city": "Hannover", "section": "Wirtschaft", "paras": [
            "Ein großer Autozulieferer will in den kommenden zwei Jahren rund 1.800 Stellen in Niedersachsen streichen. Das teilte das Unternehmen am Montag mit.",
            "Als Gründe nannte der Vorstand die schwache Nachfrage nach Elektroautos und hohe Energiekosten.",
            "Betriebsbedingte Kündigungen sollen nach Möglichkeit vermieden werden. Geplant sind Abfindungen und Altersteilzeit.",
            "Die IG Metall reagierte empört und kündigte Proteste vor dem Werkstor an.",
            "Der Ministerpräsident sprach von einem schweren Schlag für die Region und forderte Gespräche mit der Konzernspitze.",
            "Der Zulieferer beschäftigt weltweit rund 60.000 Menschen, davon etwa ein Drittel in Deutschland."]},
        {"title": "Fußball: Aufsteiger gewinnt Derby in letzter Minute", "city": "Bochum", "section": "Sport", "paras": [
            "Mit einem Tor in der Nachspielzeit hat der Aufsteiger das Derby am Samstag mit 2:1 gewonnen.",
            "Die Gäste waren nach einer Viertelstunde durch einen Kopfball in Führung gegangen. Nach der Pause glichen die Gastgeber per Elfmeter aus.",
            "In der 93. Minute traf der eingewechselte Stürmer aus 18 Metern ins lange Eck.",
            "Der Trainer lobte nach dem Spiel die Moral seiner Mannschaft.",
            "Vor 26.000 Zuschauern blieb es weitgehend friedlich. Die Polizei meldete nur vereinzelte Rangeleien.",
            "Am kommenden Wochenende reist das Team zum Tabellenführer."]},
    ],
    "fr": [
        {"title": "Grève des contrôleurs aériens : des centaines de vols annulés", "city": "Paris", "section": "Société", "paras": [
            "Des centaines de vols ont été annulés jeudi dans les aéroports français en raison d'une grève des contrôleurs aériens.",
            "La Direction générale de l'aviation civile a demandé aux compagnies de réduire leur programme de 30 % à Paris-Orly et de moitié à Marseille.",
            "Les syndicats protestent contre un projet de réforme qui prévoit de limiter le droit de grève dans le secteur.",
            "Dans les halls de départ, de nombreux passagers ont dû patienter plusieurs heures avant d'être informés.",
            "Le ministre des Transports a appelé au dialogue tout en dénonçant une « prise d'otages » des voyageurs.",
            "Le mouvement pourrait être reconduit la semaine prochaine si aucun accord n'est trouvé.",
            "Les compagnies conseillent aux voyageurs de vérifier le statut de leur vol avant de se rendre à l'aéroport."]},
        {"title": "Abidjan : un nouveau pont pour désengorger la capitale économique", "city": "Abidjan", "section": "Afrique", "paras": [
            "Le gouvernement ivoirien a inauguré samedi un nouveau pont reliant les communes de Yopougon et du Plateau.",
            "Long de 1,4 kilomètre, l'ouvrage doit réduire les embouteillages qui paralysent chaque jour la circulation.",
            "Les travaux, financés en partie par des bailleurs internationaux, ont duré quatre ans.",
            "Des milliers d'habitants se sont rassemblés pour assister à la cérémonie.",
            "Pour les commerçants du marché voisin, le pont est une bonne nouvelle. « On perdait des heures dans le trafic », explique une vendeuse.",
            "Un péage sera mis en place à partir du mois prochain, une décision critiquée par l'opposition."]},
        {"title": "Le Conseil d'État valide l'interdiction des chauffages en terrasse", "city": "Lyon", "section": "Environnement", "paras": [
            "Le Conseil d'État a rejeté mercredi le recours de plusieurs organisations professionnelles contre l'interdiction des terrasses chauffées.",
            "La mesure, entrée en vigueur il y a deux ans, vise à réduire la consommation d'énergie des établissements.",
            "Les restaurateurs estiment qu'elle pénalise leur activité pendant l'hiver.",
            "Les associations de défense de l'environnement ont salué une décision « de bon sens ».",
            "Selon le ministère, plus de 90 % des établissements respectent désormais la règle.",
            "Des contrôles renforcés sont prévus dans les grandes villes."]},
        {"title": "Rugby : le XV de France s'impose face à l'Irlande", "city": "Marseille", "section": "Sport", "paras": [
            "Le XV de France a battu l'Irlande 27 à 19 samedi soir au Vélodrome, au terme d'un match très disputé.",
            "Les Bleus ont fait la différence en seconde période grâce à deux essais de leurs ailiers.",
            "Le sélectionneur s'est dit « fier » de la réaction de son groupe après une entame difficile.",
            "Côté irlandais, on regrettait plusieurs fautes de discipline coûteuses.",
            "Avec cette victoire, la France reste en course pour le titre avant la dernière journée."]},
    ],
    "es": [
        {"title": "El Gobierno anuncia un plan de vivienda para jóvenes", "city": "Madrid", "section": "Economía", "paras": [
            "El Gobierno presentó este martes un plan de ayudas al alquiler para menores de 35 años que beneficiará a unas 200.000 personas.",
            "La ayuda consistirá en un pago mensual de hasta 250 euros durante dos años, según detalló la ministra de Vivienda.",
            "Las comunidades autónomas serán las encargadas de gestionar las solicitudes.",
            "Las asociaciones de inquilinos consideran la medida insuficiente y reclaman limitar los precios.",
            "Los propietarios, por su parte, advierten de que las ayudas podrían encarecer aún más los alquileres.",
            "El plan entrará en vigor el próximo año, una vez aprobado en el Consejo de Ministros."]},
        {"title": "Lluvias torrenciales dejan cientos de evacuados en el norte argentino", "city": "Salta", "section": "Sociedad", "paras": [
            "Las intensas lluvias que cayeron durante el fin de semana obligaron a evacuar a más de 600 personas en la provincia de Salta.",
            "El desborde de varios ríos dejó incomunicados a pueblos enteros y cortó rutas provinciales.",
            "Equipos de Defensa Civil y del Ejército trabajan en el rescate de familias aisladas.",
            "El gobernador declaró la emergencia hídrica y pidió asistencia al Gobierno nacional.",
            "Según el servicio meteorológico, las precipitaciones continuarán al menos hasta el miércoles.",
            "Vecinos de la zona denuncian que las obras de defensa prometidas hace años nunca se hicieron."]},
        {"title": "México: el peso se fortalece tras la decisión del banco central", "city": "Ciudad de México", "section": "Finanzas", "paras": [
            "El peso mexicano ganó terreno frente al dólar después de que el banco central mantuviera sin cambios su tasa de interés.",
            "La moneda cerró la jornada en 17,05 unidades por dólar, su mejor nivel en tres semanas.",
            "Analistas señalaron que la decisión era esperada por el mercado, aunque sorprendió el tono del comunicado.",
            "La junta de gobierno advirtió que la inflación subyacente sigue por encima de la meta.",
            "La Bolsa Mexicana de Valores terminó con una ganancia moderada, impulsada por las acciones de bancos."]},
        {"title": "Colombia gana la Copa con un gol en el último minuto", "city": "Bogotá", "section": "Deportes", "paras": [
            "La selección colombiana se consagró campeona tras vencer 1-0 en una final cargada de tensión.",
            "El único gol llegó en el minuto 90, con un remate de cabeza tras un tiro de esquina.",
            "Miles de aficionados salieron a las calles de Bogotá, Medellín y Cali para celebrar el título.",
            "El entrenador dedicó la victoria a los jugadores que se perdieron el torneo por lesión.",
            "Es el segundo título continental en la historia del país.",
            "La delegación regresará el lunes y será recibida en un acto en el centro de la capital."]},
    ],
}

HEADLINES: dict[str, list[str]] = {
    "en": [
        "Monsoon likely to hit Kerala coast three days early, says weather office",
        "Five things to know before the markets open on Monday",
        "Lagos traffic: new BRT corridor opens to commuters",
        "Kenya shilling steadies as central bank holds rate",
        "Sydney house prices rise for 14th straight month",
        "Dubai airport sets passenger record in first half",
        "Singapore to tighten rules on cross-border e-commerce",
        "Manila braces for typhoon as schools shut",
        "IPL 2024: Captain ruled out with hamstring strain",
        "Star couple confirm split after eight years together",
        "This budget phone punches well above its price",
        "City council approves late-night bus pilot",
        "Gold slips as dollar firms ahead of Fed minutes",
        "Ghana cedi hits record low against dollar",
        "Bitcoin rebounds after weekend sell-off",
        "Tourists stranded after volcano disrupts flights in Bali",
        "School board votes to delay start times",
        "Jakarta flood barrier project hits new delay",
        "Qatar LNG deal signed with European buyer",
        "Police appeal for witnesses after hit-and-run",
        "Watch: Rescue crews pull driver from flooded underpass",
        "Horoscope today: what the stars hold for you",
        "Oil prices climb on supply worries",
        "Rugby league star charged over nightclub incident",
        "Five dead as bus plunges into gorge",
        "Water supply to be cut in parts of the city on Thursday",
        "Streaming giant raises prices again",
        "Local bakery wins national pie award",
        "Heatwave warning issued for the weekend",
        "Opposition walks out of parliament over bill",
        "Startup raises $40 million to build cheaper batteries",
        "Fans queue overnight for concert tickets",
        "How to check your voter registration status online",
        "Man arrested after standoff on highway",
        "New smartphone leaks reveal bigger camera bump",
        "Weekend weather: showers clearing by Sunday",
        "Nairobi expressway toll rates to rise",
        "Abu Dhabi unveils new cultural district plans",
        "Premier League: Late goal rescues point for visitors",
        "Rupee ends flat in volatile trade",
    ],
    "de": ["Bahnstreik: Was Pendler jetzt wissen müssen", "Mieten in Großstädten steigen weiter", "Unwetter sorgt für Chaos auf Autobahnen",
           "Bundesliga: Trainer nach Niederlage unter Druck", "Neue Regeln für E-Scooter ab Juli", "Wetter: Am Wochenende wird es sommerlich",
           "Polizei sucht Zeugen nach Unfall", "Inflation sinkt überraschend deutlich"],
    "fr": ["Canicule : vigilance orange dans douze départements", "Réforme des retraites : ce qui change au 1er septembre",
           "Ligue 1 : le PSG accroché à domicile", "Prix de l'essence : nouvelle hausse à la pompe", "Dakar : le marché Sandaga rouvre ses portes",
           "Météo : un week-end orageux", "Bac 2024 : les sujets de philosophie", "Un incendie ravage un entrepôt en banlieue"],
    "es": ["Inflación: los precios subieron 2,1% en mayo", "Liga: el Betis remonta en el último minuto", "Clima: alerta por tormentas en el litoral",
           "El dólar blue cerró estable", "Nuevo récord de turistas en Cancún", "Detienen a dos sospechosos por el robo",
           "Qué se sabe del nuevo aumento del transporte", "Las claves del debate presidencial"],
}

NAMES: dict[str, list[str]] = {
    "en": ["Priya Raghavan", "Anil Deshmukh", "Chiamaka Obi", "Kwame Mensah", "Wanjiru Kamau", "Tom Hargreaves",
           "Olivia Chen", "Marcus Webb", "Aisha Al Mansoori", "Rohan Kapoor", "Grace Nwosu", "Daniel Okafor",
           "Siti Rahman", "Miguel Santos", "Hannah Fitzgerald", "Jordan Blake", "Farah Siddiqui", "Liam O'Connor",
           "Nguyen Thi Lan", "Kavya Iyer", "Emeka Uzor", "Sarah McAllister", "Rajesh Pillai", "Fatima Bello"],
    "de": ["Katrin Vogel", "Jonas Albrecht", "Miriam Schuster", "Felix Brandt", "Anja Körner"],
    "fr": ["Claire Dumont", "Julien Mercier", "Awa Diallo", "Thomas Lefèvre", "Nadia Benali"],
    "es": ["Lucía Fernández", "Martín Rojas", "Valentina Ortiz", "Diego Salazar", "Camila Herrera"],
}

CITIES: dict[str, list[str]] = {
    "en": ["NEW DELHI", "Mumbai", "Lagos", "Nairobi", "Johannesburg", "Accra", "Sydney", "Melbourne", "Dubai", "Doha",
           "Riyadh", "Singapore", "Kuala Lumpur", "Manila", "Jakarta", "Bangkok", "London", "Washington", "Chicago",
           "Toronto", "Hong Kong", "Tokyo", "Seoul", "Karachi"],
    "de": ["Berlin", "Hamburg", "München", "Wien", "Zürich"], "fr": ["Paris", "Bruxelles", "Dakar", "Genève", "Montréal"],
    "es": ["Madrid", "Buenos Aires", "Bogotá", "Lima", "Santiago"],
}
