"""Invented German, French and Spanish news stories (4 per language: stories 0 and 2 are used by
dev, 1 and 3 by test) with slots {city}, {off} (an official), {n} (a number), and invented
headline pools for the lists (split by index parity)."""

STORIES = {
    "de": [
        ("Neues Hallenbad in {city} soll im Herbst öffnen", [
            "{city} – Nach fast drei Jahren Bauzeit steht das neue Hallenbad in {city} kurz vor der Fertigstellung. Die Stadt rechnet mit einer Eröffnung im Oktober.",
            "Die Kosten sind nach Angaben der Verwaltung auf rund {n} Millionen Euro gestiegen, deutlich mehr als ursprünglich geplant. Grund seien höhere Preise für Stahl und Technik.",
            "„Wir haben lange auf diesen Tag gewartet“, sagte {off} bei einem Rundgang über die Baustelle. Vereine und Schulen hätten die Halle dringend gebraucht.",
            "Das Bad bekommt ein Sportbecken mit acht Bahnen, ein Lehrschwimmbecken und eine kleine Sauna. Der Eintritt für Kinder soll weiterhin zwei Euro kosten.",
            "Kritik kommt von der Opposition im Stadtrat, die eine bessere Anbindung an den Nahverkehr fordert. Bisher hält nur eine Buslinie in der Nähe.",
            "Die Stadt will bis zum Sommer klären, ob eine zusätzliche Haltestelle eingerichtet werden kann.",
        ]),
        ("Hochwasser in {city}: Pegel sinkt langsam", [
            "{city} – Nach tagelangem Regen hat sich die Lage an der Marbe in {city} leicht entspannt. Der Pegel fiel am Morgen um gut {n} Zentimeter.",
            "Rund 200 Helferinnen und Helfer von Feuerwehr und Technischem Hilfswerk waren in der Nacht im Einsatz, um Sandsäcke zu füllen und Keller leer zu pumpen.",
            "{off} dankte den Einsatzkräften und kündigte Soforthilfen für betroffene Haushalte an. Anträge sollen ab kommender Woche möglich sein.",
            "Mehrere Straßen im Süden der Stadt bleiben vorerst gesperrt. Auch der Wochenmarkt fällt am Samstag aus.",
            "Meteorologen erwarten für die nächsten Tage trockeneres Wetter, warnen aber vor neuen Schauern am Wochenende.",
            "Die Schulen sollen am Montag wieder regulär öffnen.",
        ]),
        ("Bäckerei in {city} feiert 150-jähriges Bestehen", [
            "{city} – Seit fünf Generationen backt die Familie Wendler in der Altstadt von {city} Brot und Kuchen. Am Wochenende feiert der Betrieb sein 150-jähriges Bestehen.",
            "Heute arbeiten {n} Menschen in der Backstube und den drei Filialen. Gebacken wird noch immer nach einigen Rezepten des Gründers.",
            "„Der Beruf hat sich verändert, aber die Nächte sind geblieben“, sagt Inhaber Matthias Wendler, der um zwei Uhr morgens mit der Arbeit beginnt.",
            "Wie viele Handwerksbetriebe sucht auch die Bäckerei dringend Auszubildende. In diesem Jahr blieb eine von zwei Lehrstellen unbesetzt.",
            "{off} würdigte den Betrieb als Stück Stadtgeschichte und überreichte eine Urkunde.",
            "Zum Jubiläum gibt es am Samstag ein Fest auf dem Marktplatz mit Musik und Führungen durch die Backstube.",
        ]),
        ("{city} testet Ruftaxi für Dörfer am Stadtrand", [
            "{city} – Wer in den Ortsteilen von {city} ohne Auto lebt, soll künftig leichter in die Stadt kommen. Ab Juni testet die Stadt ein Ruftaxi, das per App oder Telefon bestellt wird.",
            "Die Fahrten kosten so viel wie ein normales Busticket. Das Land fördert den Versuch zwei Jahre lang mit insgesamt {n} Tausend Euro.",
            "„Gerade ältere Menschen sind auf den Dörfern oft abgeschnitten“, sagte {off}. Der Linienbus fahre dort teilweise nur zweimal am Tag.",
            "Eingesetzt werden zunächst vier Kleinbusse, die zwischen sechs und 22 Uhr unterwegs sind.",
            "Ähnliche Angebote gibt es bereits in mehreren Landkreisen, die Nachfrage ist dort sehr unterschiedlich.",
            "Nach einem Jahr will der Stadtrat über eine Verlängerung entscheiden.",
        ]),
    ],
    "fr": [
        ("{city} : la nouvelle piscine ouvrira à l'automne", [
            "{city} – Après presque trois ans de travaux, la nouvelle piscine de {city} est presque terminée. La mairie vise une ouverture en octobre.",
            "Le coût du chantier atteint désormais {n} millions d'euros, bien plus que prévu au départ, en raison de la hausse du prix de l'acier.",
            "« Nous attendions ce moment depuis longtemps », a déclaré {off} lors d'une visite du site. Les clubs et les écoles en avaient grand besoin.",
            "L'équipement comprendra un bassin sportif de huit couloirs, un bassin d'apprentissage et un petit espace détente.",
            "L'opposition municipale réclame une meilleure desserte en transports en commun : une seule ligne de bus s'arrête à proximité.",
            "La ville doit étudier d'ici l'été la création d'un nouvel arrêt.",
        ]),
        ("Crue à {city} : le niveau de l'eau baisse lentement", [
            "{city} – Après plusieurs jours de pluie, la situation s'améliore légèrement à {city}. Le niveau de la rivière a baissé d'environ {n} centimètres dans la matinée.",
            "Près de 200 pompiers et bénévoles ont été mobilisés durant la nuit pour remplir des sacs de sable et pomper les caves inondées.",
            "{off} a remercié les secours et annoncé une aide d'urgence pour les foyers sinistrés. Les demandes pourront être déposées dès la semaine prochaine.",
            "Plusieurs rues du sud de la commune restent fermées à la circulation, et le marché du samedi est annulé.",
            "Les prévisionnistes annoncent un temps plus sec pour les prochains jours, mais de nouvelles averses ne sont pas exclues ce week-end.",
            "Les écoles devraient rouvrir normalement lundi.",
        ]),
        ("À {city}, une boulangerie fête ses 150 ans", [
            "{city} – Depuis cinq générations, la famille Perrault fabrique du pain dans le vieux centre de {city}. La maison fête ce week-end ses 150 ans.",
            "La boulangerie emploie aujourd'hui {n} personnes dans son fournil et ses trois boutiques. Certaines recettes datent encore du fondateur.",
            "« Le métier a changé, mais les nuits sont restées », sourit le patron, Jérôme Perrault, qui commence à deux heures du matin.",
            "Comme beaucoup d'artisans, l'entreprise peine à recruter des apprentis : une place sur deux est restée vacante cette année.",
            "{off} a salué « un morceau de l'histoire de la ville » et remis une médaille à la famille.",
            "Une fête est prévue samedi sur la place du marché, avec musique et visites du fournil.",
        ]),
        ("{city} teste un taxi à la demande pour ses hameaux", [
            "{city} – Les habitants des hameaux de {city} qui n'ont pas de voiture pourront bientôt rejoindre plus facilement le centre. Dès juin, la commune teste un taxi à la demande, réservable par application ou par téléphone.",
            "Le trajet coûtera le prix d'un ticket de bus. La région finance l'expérimentation pendant deux ans, à hauteur de {n} mille euros.",
            "« Les personnes âgées sont souvent isolées », a expliqué {off}. Dans certains hameaux, le bus ne passe que deux fois par jour.",
            "Quatre minibus circuleront d'abord entre 6 heures et 22 heures.",
            "Des services similaires existent déjà dans plusieurs départements, avec une fréquentation très variable.",
            "Le conseil municipal décidera au bout d'un an de la suite à donner.",
        ]),
    ],
    "es": [
        ("{city} abrirá su nueva piscina cubierta en otoño", [
            "{city} – Tras casi tres años de obras, la nueva piscina cubierta de {city} está prácticamente terminada. El ayuntamiento prevé inaugurarla en octubre.",
            "El coste ha subido hasta los {n} millones de euros, bastante más de lo previsto, por el encarecimiento del acero y de los equipos.",
            "«Llevábamos mucho tiempo esperando este día», afirmó {off} durante una visita a las instalaciones. Clubes y colegios la necesitaban con urgencia.",
            "La instalación tendrá un vaso de ocho calles, otro de enseñanza y una pequeña zona de spa.",
            "La oposición municipal pide una mejor conexión con el transporte público, ya que solo una línea de autobús para cerca.",
            "El consistorio estudiará antes del verano si es posible crear una nueva parada.",
        ]),
        ("Crecida en {city}: el nivel del río baja poco a poco", [
            "{city} – Tras varios días de lluvia, la situación mejora ligeramente en {city}. El nivel del río bajó unos {n} centímetros durante la mañana.",
            "Cerca de 200 bomberos y voluntarios trabajaron durante la noche llenando sacos de arena y achicando agua de los sótanos.",
            "{off} agradeció el trabajo de los equipos de emergencia y anunció ayudas urgentes para las familias afectadas.",
            "Varias calles del sur del municipio siguen cortadas y el mercadillo del sábado se ha suspendido.",
            "Los meteorólogos esperan un tiempo más seco en los próximos días, aunque no descartan nuevos chubascos el fin de semana.",
            "Los colegios reabrirán con normalidad el lunes.",
        ]),
        ("Una panadería de {city} celebra 150 años", [
            "{city} – Desde hace cinco generaciones, la familia Ibarra hace pan en el casco antiguo de {city}. Este fin de semana el negocio celebra su 150 aniversario.",
            "Hoy trabajan {n} personas entre el obrador y las tres tiendas. Algunas recetas siguen siendo las del fundador.",
            "«El oficio ha cambiado, pero las madrugadas siguen ahí», dice el dueño, Javier Ibarra, que empieza a trabajar a las dos de la mañana.",
            "Como muchos talleres artesanos, la panadería tiene problemas para encontrar aprendices: este año quedó vacante una de las dos plazas.",
            "{off} destacó que el negocio forma parte de la historia de la ciudad y entregó una placa a la familia.",
            "El sábado habrá una fiesta en la plaza del mercado con música y visitas al obrador.",
        ]),
        ("{city} prueba un taxi a demanda para sus pedanías", [
            "{city} – Los vecinos de las pedanías de {city} que no tienen coche podrán llegar más fácilmente al centro. Desde junio, el municipio prueba un taxi a demanda que se reserva por aplicación o por teléfono.",
            "El viaje costará lo mismo que un billete de autobús. La comunidad autónoma financia la prueba durante dos años con {n} mil euros.",
            "«Las personas mayores se quedan muchas veces aisladas», explicó {off}. En algunas pedanías el autobús solo pasa dos veces al día.",
            "Al principio circularán cuatro microbuses entre las seis de la mañana y las diez de la noche.",
            "Otros municipios ya ofrecen servicios parecidos, con una demanda muy desigual.",
            "El pleno decidirá dentro de un año si el servicio continúa.",
        ]),
    ],
}

HEADLINES = {
    "de": [
        "Stadtrat beschließt neuen Haushalt", "Schulen bekommen mehr Tablets", "Wochenmarkt zieht auf den Domplatz um",
        "Radweg an der Landstraße wird verbreitert", "Zoo freut sich über Nachwuchs bei den Ottern",
        "Polizei sucht Zeugen nach Unfall auf der B12", "Theater zeigt Sommerstück unter freiem Himmel",
        "Mieten steigen im Umland stärker als in der Stadt", "Feuerwehr bekommt neues Löschfahrzeug",
        "Krankenhaus eröffnet Station für Kinder", "Handballer verlieren Spitzenspiel knapp",
        "Neue Buslinie verbindet Gewerbegebiet und Bahnhof", "Bibliothek verlängert Öffnungszeiten",
        "Winterdienst zieht Bilanz nach Schneechaos", "Brauerei investiert in Solaranlage", "Freibad startet früher in die Saison",
    ],
    "fr": [
        "Le conseil municipal vote le budget", "Les écoles équipées de nouvelles tablettes", "Le marché déménage place de la Mairie",
        "La piste cyclable de la départementale élargie", "Naissance de trois loutres au parc animalier",
        "Appel à témoins après un accident sur la RN7", "Le théâtre joue en plein air cet été",
        "Les loyers grimpent plus vite en périphérie", "Un nouveau camion pour les pompiers",
        "L'hôpital ouvre un service de pédiatrie", "Les handballeurs battus de justesse",
        "Une ligne de bus relie la zone d'activités à la gare", "La médiathèque élargit ses horaires",
        "Déneigement : le bilan après la tempête", "La brasserie mise sur le solaire", "La piscine d'été ouvre plus tôt",
    ],
    "es": [
        "El pleno aprueba los presupuestos", "Los colegios reciben nuevas tabletas", "El mercadillo se traslada a la plaza Mayor",
        "Ampliarán el carril bici de la carretera comarcal", "El zoo celebra el nacimiento de tres nutrias",
        "La policía busca testigos de un accidente en la N-4", "El teatro estrena su temporada al aire libre",
        "Los alquileres suben más en el área metropolitana", "Los bomberos estrenan camión",
        "El hospital abre una planta de pediatría", "El equipo de balonmano cae por la mínima",
        "Una nueva línea de autobús une el polígono y la estación", "La biblioteca amplía su horario",
        "Balance tras el temporal de nieve", "La cervecera apuesta por la energía solar", "La piscina de verano abre antes",
    ],
}
