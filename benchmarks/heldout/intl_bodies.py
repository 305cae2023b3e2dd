"""Short German, French and Spanish news bodies (written for this set; the public benchmark has
almost none), with headlines, and headline pools for lists. Invented events, plausible prose."""

# Prose, headlines and template sentences are kept on one line each:
# ruff: noqa: E501

from __future__ import annotations

STORIES: dict[str, list[tuple[str, list[str]]]] = {
    "de": [
        ("Stadtrat beschließt neues Verkehrskonzept für die Innenstadt", [
            "Nach monatelangen Debatten hat der Stadtrat am Dienstagabend ein neues Verkehrskonzept für die Innenstadt beschlossen.",
            "Künftig sollen große Teile der Altstadt für den Durchgangsverkehr gesperrt werden. Anwohner, Lieferdienste und Rettungsfahrzeuge dürfen weiterhin einfahren.",
            "„Wir wollen die Innenstadt für Menschen zurückgewinnen, nicht für Autos“, sagte die Oberbürgermeisterin nach der Abstimmung.",
            "Die Opposition kritisierte den Beschluss als überhastet. Viele Einzelhändler fürchten, dass Kundinnen und Kunden ausbleiben könnten.",
            "Die Stadt will deshalb zusätzliche Parkplätze am Rand der Altstadt schaffen und den Busverkehr in den Abendstunden ausbauen.",
            "Ein erster Abschnitt soll bereits im Frühjahr umgesetzt werden. Die Kosten werden auf rund zwölf Millionen Euro geschätzt.",
            "Die Verwaltung kündigte an, die Folgen nach einem Jahr zu überprüfen und das Konzept gegebenenfalls anzupassen.",
        ]),
        ("Hitzewelle: Kliniken stellen sich auf mehr Patienten ein", [
            "Angesichts der anhaltenden Hitze bereiten sich Krankenhäuser in mehreren Bundesländern auf deutlich mehr Notfälle vor.",
            "Vor allem ältere Menschen und Kleinkinder seien gefährdet, teilte die Landesärztekammer am Montag mit.",
            "Die Behörden raten, in den Mittagsstunden körperliche Anstrengung zu vermeiden und ausreichend zu trinken.",
            "In einigen Städten wurden öffentliche Trinkbrunnen in Betrieb genommen und kühle Räume für Obdachlose geöffnet.",
            "Meteorologen erwarten frühestens zum Wochenende eine Abkühlung. Bis dahin könnten die Temperaturen örtlich auf 38 Grad steigen.",
            "Auch die Landwirtschaft leidet unter der Trockenheit: Viele Bauern rechnen mit Ernteeinbußen.",
        ]),
        ("Autobauer kündigt Stellenabbau in zwei Werken an", [
            "Ein großer Autozulieferer will in den kommenden drei Jahren bis zu 1.800 Stellen in Deutschland streichen.",
            "Betroffen sind vor allem die Werke in Niedersachsen und im Saarland, wie das Unternehmen am Donnerstag mitteilte.",
            "Als Gründe nannte der Konzern die schwache Nachfrage nach Elektroautos und steigende Energiekosten.",
            "Die Gewerkschaft reagierte mit scharfer Kritik. „Die Beschäftigten dürfen nicht die Zeche für Managementfehler zahlen“, sagte ein Sprecher.",
            "Betriebsbedingte Kündigungen sollen nach Angaben des Unternehmens möglichst vermieden werden.",
            "Die Landesregierung kündigte Gespräche mit der Konzernleitung an.",
        ]),
    ],
    "fr": [
        ("La ville lance un plan pour rénover ses écoles d'ici 2030", [
            "La municipalité a présenté mercredi un plan de rénovation de ses écoles primaires, estimé à 85 millions d'euros.",
            "Une trentaine d'établissements sont concernés. Les travaux porteront en priorité sur l'isolation thermique et la végétalisation des cours.",
            "« Nos enfants ne doivent plus étouffer dans des classes à 35 degrés », a déclaré l'adjointe chargée de l'éducation.",
            "Les parents d'élèves saluent l'annonce, tout en s'inquiétant du calendrier des travaux pendant l'année scolaire.",
            "La ville prévoit de réaliser l'essentiel des chantiers pendant les vacances d'été afin de limiter les perturbations.",
            "Un premier bilan sera présenté au conseil municipal à la fin de l'année prochaine.",
        ]),
        ("Grève dans les transports : trafic très perturbé jeudi", [
            "Le trafic ferroviaire sera fortement perturbé jeudi en raison d'un mouvement de grève à l'appel de plusieurs syndicats.",
            "Seul un train régional sur trois devrait circuler, selon les prévisions communiquées mercredi soir par la direction.",
            "Les syndicats réclament des hausses de salaires et dénoncent une dégradation des conditions de travail.",
            "La direction appelle les voyageurs à reporter leurs déplacements ou à privilégier le télétravail.",
            "Des discussions doivent reprendre vendredi, mais aucune sortie de crise ne semble se dessiner à court terme.",
            "Dans les grandes gares, des agents supplémentaires seront mobilisés pour informer les usagers.",
        ]),
        ("Sécheresse : des restrictions d'eau dans quarante départements", [
            "Quarante départements sont désormais concernés par des restrictions d'usage de l'eau, a annoncé mardi le ministère.",
            "L'arrosage des jardins et le lavage des voitures sont interdits dans les zones les plus touchées.",
            "Les agriculteurs bénéficient de dérogations limitées, mais beaucoup redoutent une saison difficile.",
            "Selon les services météorologiques, les pluies du printemps n'ont pas suffi à recharger les nappes phréatiques.",
            "Les préfets pourraient durcir les mesures dans les prochains jours si la situation continue de se dégrader.",
        ]),
    ],
    "es": [
        ("El Gobierno aprueba un plan de ayudas para el alquiler joven", [
            "El Consejo de Ministros aprobó este martes un nuevo plan de ayudas al alquiler para menores de 35 años.",
            "Los beneficiarios podrán recibir hasta 250 euros mensuales durante dos años, siempre que sus ingresos no superen un límite fijado por cada comunidad.",
            "«Queremos que los jóvenes puedan emanciparse sin dedicar la mitad de su sueldo a la vivienda», afirmó la ministra.",
            "Las asociaciones de inquilinos valoraron la medida, aunque advirtieron de que puede provocar subidas de precios.",
            "Las comunidades autónomas serán las encargadas de gestionar las solicitudes a partir del próximo mes.",
            "El plan cuenta con un presupuesto de 400 millones de euros para este año.",
        ]),
        ("Las lluvias torrenciales obligan a cortar varias carreteras", [
            "Las intensas lluvias caídas durante la madrugada obligaron a cortar al menos siete carreteras en el este del país.",
            "Los servicios de emergencia atendieron más de doscientas llamadas por inundaciones en bajos y garajes.",
            "No se registraron heridos graves, según informó el centro de coordinación de emergencias.",
            "La agencia meteorológica mantiene el aviso naranja hasta el mediodía del jueves.",
            "Varios colegios suspendieron las clases y el servicio de trenes de cercanías funcionó con retrasos.",
            "Los alcaldes de la zona pidieron a los vecinos que evitaran los desplazamientos innecesarios.",
        ]),
        ("Récord de turistas internacionales en el primer semestre", [
            "El país recibió 42 millones de turistas internacionales en el primer semestre, una cifra récord.",
            "El gasto de los visitantes creció un 18 % respecto al mismo periodo del año anterior.",
            "Reino Unido, Francia y Alemania siguen siendo los principales mercados emisores.",
            "El sector hotelero prevé un verano con ocupaciones cercanas al cien por cien en la costa.",
            "Algunas ciudades, sin embargo, estudian nuevas medidas para limitar la presión turística en sus centros históricos.",
        ]),
    ],
}

HEADLINES: dict[str, list[str]] = {
    "de": ["Bahnstreik: Was Pendler jetzt wissen müssen", "Inflation sinkt im Mai überraschend deutlich",
           "Neuer Radweg entlang des Rheins eröffnet", "Bundesliga: Trainerwechsel nach Niederlagenserie",
           "Warnstreiks im Nahverkehr angekündigt", "Mietpreise steigen in Großstädten weiter",
           "Polizei sucht Zeugen nach Unfall auf der A7", "Wetter: Gewitter und Starkregen erwartet",
           "Forscher entdecken seltene Käferart im Schwarzwald", "Landtag debattiert über Schulreform",
           "Energiepreise: Verbraucherzentrale warnt vor Nachzahlungen", "Festival lockt 80.000 Besucher an"],
    "fr": ["Canicule : les conseils pour se protéger de la chaleur", "Le prix des carburants repart à la hausse",
           "Football : le club annonce l'arrivée d'un nouvel entraîneur", "Un incendie ravage un entrepôt en périphérie",
           "Réforme des retraites : ce qui change au 1er septembre", "Les loyers continuent d'augmenter dans les métropoles",
           "Un festival de musique attire 60 000 spectateurs", "Météo : des orages attendus dans le sud-ouest",
           "Le musée rouvre ses portes après deux ans de travaux", "Élections : les sondages se resserrent",
           "Santé : une nouvelle campagne de vaccination", "Transports : la ligne de tramway prolongée"],
    "es": ["La inflación se modera en mayo hasta el 3,2 %", "Un incendio forestal obliga a desalojar a cien vecinos",
           "El Ayuntamiento amplía el horario de las bibliotecas", "Fútbol: el equipo ficha a un delantero argentino",
           "Las ventas de coches eléctricos se duplican", "Huelga de médicos en los centros de salud",
           "La ola de calor dispara el consumo eléctrico", "Nuevo museo de arte contemporáneo en el puerto",
           "El precio de la vivienda sube por sexto mes consecutivo", "Detenido un hombre por estafar a jubilados",
           "Las universidades abren el plazo de matrícula", "El festival de cine anuncia su programación"],
}

# German bodies from the public benchmark (blog posts); used as extra German bodies
INVENTED_HEADLINES_EN = [
    "Storm knocks out power to thousands across the region", "City council approves new budget after late-night vote",
    "Five things to know before markets open today", "Police investigate string of break-ins downtown",
    "Horoscope today: What the stars say for every sign", "Local bakery wins national award for sourdough",
    "Opinion: Why the housing crisis is a policy failure", "Watch: Dramatic rescue caught on camera",
    "Stock market today: Dow slips as oil prices climb", "The best budget phones you can buy this year",
    "Star striker ruled out for six weeks with injury", "Scientists discover new species of deep-sea fish",
    "Gold price today: Check latest rates in your city", "Heatwave warning issued for the weekend",
    "Celebrity couple announce split after 10 years", "School board delays decision on later start times",
    "How to protect your savings from inflation", "Airline cancels dozens of flights amid staff shortage",
    "Recall issued for popular brand of frozen vegetables", "Man arrested after high-speed chase on highway",
    "Film review: A slow-burning thriller that pays off", "New study links poor sleep to heart disease",
    "Tech giant unveils foldable laptop at launch event", "Election 2024: Latest polls and predictions",
    "Lottery results: Winning numbers for Saturday's draw", "Traffic alert: Bridge closed for emergency repairs",
    "Fans queue overnight for concert tickets", "Central bank holds rates steady, signals cuts later",
    "Why this tiny island is drawing record tourists", "Quiz: How well do you know this week's news?",
]
