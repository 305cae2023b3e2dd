"""Invented German, French and Spanish news stories for blind_r (4 per language).
Stories 0-1 of each language are used by dev documents, stories 2-3 by test documents.
Slots: {city}, {pf} (a woman), {pm} (a man), {n1}, {n2}.
PERSONS: even entries are women, odd entries men; dev uses entries 0-3, test 4-7."""

from __future__ import annotations

STORIES = {
    "de": [
        ("Stadt {city} stoppt Ausbau der Umgehungsstraße vorerst", [
            "Der geplante Ausbau der Umgehungsstraße in {city} liegt vorerst auf Eis. Der Stadtrat stimmte am Dienstagabend mit knapper Mehrheit für ein Moratorium von {n1} Monaten.",
            "Grund sind neue Gutachten zum Lärmschutz, die nach Angaben der Verwaltung erst im Herbst vorliegen werden. Anwohner hatten seit Jahren über den zunehmenden Lastwagenverkehr geklagt.",
            "„Wir wollen keine Entscheidung treffen, die wir in zehn Jahren bereuen“, sagte Baudezernentin {pf} nach der Sitzung.",
            "Die Kosten für das Projekt waren zuletzt auf rund {n2} Millionen Euro gestiegen. Ursprünglich hatte die Stadt mit weniger als der Hälfte gerechnet.",
            "Wie es weitergeht",
            "Bis zum Ende des Moratoriums sollen Bürgerversammlungen in allen betroffenen Stadtteilen stattfinden. Die Quelle der Verzögerung sei vor allem der Fachkräftemangel in den Planungsbüros, hieß es aus dem Rathaus.",
            "Die Opposition kritisierte den Beschluss als Verschleppung. Die Fraktionen wollen das Thema in der nächsten Sitzung erneut auf die Tagesordnung setzen.",
        ]),
        ("Neue Hitzeschutzpläne für Schulen in {city}", [
            "Schulen in {city} sollen sich künftig besser gegen Hitze wappnen. Das Schulamt stellte am Montag einen Maßnahmenkatalog vor, der bis zum Sommer umgesetzt werden soll.",
            "Vorgesehen sind unter anderem Sonnensegel auf Pausenhöfen, zusätzliche Trinkwasserspender und flexible Unterrichtszeiten an besonders heißen Tagen.",
            "Nach Angaben der Stadt sind {n1} Schulgebäude betroffen. Die Kosten werden auf {n2} Millionen Euro geschätzt.",
            "Kommentare in sozialen Netzwerken fielen gemischt aus: Viele Eltern begrüßten die Pläne, andere hielten sie für unzureichend.",
            "Schulleiterin {pf} sagte, die Maßnahmen kämen spät, aber nicht zu spät. Im vergangenen Jahr habe man an mehreren Tagen den Unterricht vorzeitig beenden müssen.",
            "Auch Kitas sollen in einem zweiten Schritt einbezogen werden. Ein entsprechender Antrag liegt dem Jugendhilfeausschuss vor.",
        ]),
        ("Fährverbindung nach {city} wird wieder aufgenommen", [
            "Nach mehr als einem Jahr Pause soll die Fährverbindung nach {city} im Frühjahr wieder fahren. Die Reederei bestätigte am Donnerstag einen entsprechenden Vertrag mit dem Landkreis.",
            "Die Verbindung war eingestellt worden, nachdem das alte Schiff bei einer Inspektion durchgefallen war. Ein Ersatzschiff mit Platz für {n1} Fahrzeuge ist inzwischen gefunden.",
            "„Für die Pendler ist das eine enorme Erleichterung“, sagte Landrat {pm}. Viele hätten täglich einen Umweg von über einer Stunde in Kauf nehmen müssen.",
            "Der Landkreis beteiligt sich mit {n2} Millionen Euro an den Betriebskosten. Im Gegenzug garantiert die Reederei einen Stundentakt in den Hauptverkehrszeiten.",
            "Tickets sollen auch über die regionale Verkehrs-App erhältlich sein. Die Preise bleiben nach Angaben der Reederei auf dem bisherigen Niveau.",
            "Umweltverbände fordern, dass das neue Schiff mittelfristig auf einen emissionsarmen Antrieb umgerüstet wird.",
        ]),
        ("Tarifstreit im Nahverkehr von {city} beigelegt", [
            "Fahrgäste in {city} können aufatmen: Im Tarifstreit des örtlichen Nahverkehrs haben sich Gewerkschaft und Verkehrsbetriebe in der Nacht zum Mittwoch geeinigt.",
            "Die rund {n1} Beschäftigten erhalten in zwei Stufen mehr Geld sowie einen zusätzlichen freien Tag pro Jahr. Weitere Warnstreiks sind damit vom Tisch.",
            "Verhandlungsführerin {pf} sprach von einem fairen Kompromiss. Beide Seiten hätten sich deutlich bewegt.",
            "Die Verkehrsbetriebe rechnen mit Mehrkosten von {n2} Millionen Euro pro Jahr. Ob die Ticketpreise steigen, soll im Aufsichtsrat beraten werden.",
            "In den vergangenen Wochen waren Busse und Bahnen an insgesamt fünf Tagen ausgefallen. Besonders betroffen waren Schüler und Schichtarbeiter.",
            "Die Mitglieder der Gewerkschaft müssen dem Ergebnis noch zustimmen. Die Abstimmung soll bis Ende des Monats abgeschlossen sein.",
        ]),
    ],
    "fr": [
        ("À {city}, le marché couvert rouvrira en septembre", [
            "Fermé depuis deux ans pour travaux, le marché couvert de {city} rouvrira ses portes en septembre. La municipalité l'a confirmé lundi lors d'une visite du chantier.",
            "Le bâtiment, construit au début du siècle dernier, a fait l'objet d'une rénovation complète. Le coût total atteint {n2} millions d'euros, dont une partie financée par la région.",
            "« Nous voulons rendre ce lieu aux habitants, pas en faire une vitrine », a déclaré l'adjointe au commerce, {pf}.",
            "Une application permettait déjà de suivre l'avancement des travaux. Elle servira désormais à réserver des emplacements pour les producteurs locaux.",
            "Au total, {n1} étals seront proposés, contre une quarantaine auparavant. Les commerçants historiques bénéficieront d'une priorité.",
            "Des associations de riverains s'inquiètent toutefois du stationnement aux abords du marché, déjà saturé le week-end.",
        ]),
        ("Sécheresse : {city} restreint l'usage de l'eau", [
            "La préfecture a placé {city} et les communes voisines en alerte renforcée sécheresse. L'arrosage des jardins et le lavage des voitures sont interdits jusqu'à nouvel ordre.",
            "Le débit de la rivière est tombé à son plus bas niveau depuis {n1} ans, selon les relevés publiés jeudi.",
            "Les agriculteurs disposent de dérogations limitées. « Nous savons que l'effort est difficile, mais il est indispensable », a souligné le sous-préfet {pm}.",
            "Les contrevenants s'exposent à une amende pouvant atteindre {n2} euros. Des contrôles seront menés dans les prochains jours.",
            "Et maintenant ?",
            "Un nouveau point de situation est prévu la semaine prochaine. Les services de l'État n'excluent pas d'étendre les restrictions à l'ensemble du département.",
        ]),
        ("Le festival de {city} bat un record d'affluence", [
            "Le festival de musique de {city} a attiré cette année plus de {n1} spectateurs, un record depuis sa création. Les organisateurs ont dressé le bilan dimanche soir.",
            "La programmation, plus éclectique que les années précédentes, a séduit un public plus jeune. Plusieurs concerts affichaient complet dès le printemps.",
            "« Nous avons pris des risques et le public nous a suivis », se félicite la directrice, {pf}.",
            "Le budget de l'édition s'élevait à {n2} millions d'euros. La billetterie en couvre désormais près des deux tiers.",
            "Les commentaires des riverains restent partagés : certains saluent les retombées économiques, d'autres dénoncent les nuisances sonores nocturnes.",
            "La prochaine édition aura lieu à la même période. Les premiers noms seront dévoilés à l'automne.",
        ]),
        ("Grève dans les cantines scolaires de {city}", [
            "Les agents des cantines scolaires de {city} sont en grève depuis mardi. Ils réclament des recrutements et une revalorisation de leurs salaires.",
            "Selon les syndicats, {n1} agents sur environ deux cents ont cessé le travail. De nombreux parents ont dû récupérer leurs enfants à midi.",
            "La mairie affirme avoir proposé une prime exceptionnelle de {n2} euros, jugée insuffisante par les grévistes.",
            "« Nous ne demandons pas la lune, juste de pouvoir travailler dans de bonnes conditions », explique {pf}, cuisinière depuis quinze ans.",
            "Une réunion de négociation est prévue jeudi matin à l'hôtel de ville. En attendant, un service minimum de repas froids est assuré dans certaines écoles.",
            "L'opposition municipale demande un débat lors du prochain conseil.",
        ]),
    ],
    "es": [
        ("{city} amplía el horario del transporte nocturno", [
            "El ayuntamiento de {city} ampliará a partir del próximo mes el horario de los autobuses nocturnos, que circularán hasta las cuatro de la madrugada los fines de semana.",
            "La medida, aprobada en el último pleno, responde a una demanda de vecinos y trabajadores de la hostelería. El coste anual se estima en {n2} millones de euros.",
            "«Queremos que nadie tenga que coger el coche para volver a casa», afirmó la concejala de Movilidad, {pf}.",
            "Según los datos municipales, unas {n1} personas utilizan cada noche las líneas actuales. La previsión es que la cifra crezca un tercio.",
            "Contexto",
            "La ciudad ya había probado el servicio ampliado durante las fiestas del verano pasado, con resultados que el consistorio califica de muy positivos.",
            "Los sindicatos de conductores han pedido que la ampliación vaya acompañada de nuevas contrataciones.",
        ]),
        ("La sequía obliga a {city} a cortar el riego de jardines", [
            "Los jardines públicos de {city} dejarán de regarse durante el día a partir del lunes. La medida forma parte del plan de emergencia por la sequía aprobado esta semana.",
            "Los embalses que abastecen a la comarca se encuentran al {n1} por ciento de su capacidad, el nivel más bajo en una década.",
            "El plan también prohíbe llenar piscinas privadas y limpiar calles con agua potable. Las sanciones pueden llegar a {n2} euros.",
            "«No es una decisión agradable, pero es necesaria», explicó el alcalde, {pm}, en rueda de prensa.",
            "Las asociaciones vecinales han pedido más información sobre la duración de las restricciones. El consistorio prevé revisarlas cada quince días.",
            "Los comentarios en redes sociales reflejan la preocupación de los agricultores de la zona, que temen nuevas limitaciones.",
        ]),
        ("Un nuevo museo marítimo abre sus puertas en {city}", [
            "{city} inauguró este sábado su museo marítimo, instalado en una antigua lonja del puerto que llevaba años abandonada.",
            "La colección reúne más de {n1} piezas, entre maquetas, instrumentos de navegación y fotografías cedidas por familias de pescadores.",
            "La directora del museo, {pf}, destacó que la entrada será gratuita durante los primeros tres meses.",
            "La rehabilitación del edificio ha costado {n2} millones de euros, financiados en parte con fondos europeos.",
            "Una aplicación permitirá recorrer las salas con audioguía en cuatro idiomas. El centro espera atraer a visitantes durante todo el año.",
            "El ayuntamiento confía en que el museo impulse la actividad comercial del barrio portuario.",
        ]),
        ("Los médicos de atención primaria de {city} convocan huelga", [
            "Los médicos de atención primaria de {city} han convocado una huelga indefinida a partir del día 15. Denuncian la falta de personal y las agendas saturadas.",
            "Según el sindicato convocante, cada facultativo atiende a más de {n1} pacientes al día en algunos centros de salud.",
            "«Así no se puede hacer una medicina de calidad», lamentó {pf}, médica de familia y portavoz del comité de huelga.",
            "La consejería de Sanidad ha ofrecido un plan de refuerzo de {n2} millones de euros, que los sindicatos consideran insuficiente.",
            "Se garantizarán servicios mínimos en urgencias y en la atención a pacientes crónicos.",
            "Las partes volverán a reunirse el próximo martes para intentar evitar el paro.",
        ]),
    ],
}
PERSONS = {
    "de": ["Katrin Sommerfeld", "Jörg Wallenstein", "Miriam Ostrowski", "Henning Albers",
           "Ulrike Brandtner", "Sebastian Kühl", "Dagmar Fiedler", "Lars Thielemann"],
    "fr": ["Claire Vautrin", "Mathieu Lambrecht", "Sandrine Aubertin", "Olivier Ducasse",
           "Hélène Marchal", "Yannick Prévost", "Agnès Ribeyre", "Thibault Lenoir"],
    "es": ["Lucía Berrocal", "Andrés Montalvo", "Marta Echeverri", "Jorge Salcedo",
           "Nuria Valcárcel", "Pablo Arrieta", "Elena Cifuentes", "Rubén Olmedo"],
}
