"""Invented German, French and Spanish news stories for blind_o (3 per language per split).
Slots: {city} {person} {n1} {n2} {n3}. Each story: (title, [paragraphs])."""

CITIES = {
    "de": {"dev": ["Kassel", "Rostock", "Regensburg", "Oldenburg"], "test": ["Erfurt", "Ulm", "Bielefeld", "Trier"]},
    "fr": {"dev": ["Nantes", "Dijon", "Limoges", "Brest"], "test": ["Rouen", "Grenoble", "Poitiers", "Perpignan"]},
    "es": {"dev": ["Valladolid", "Gijón", "Córdoba", "Vigo"], "test": ["Zaragoza", "Salamanca", "Cádiz", "Logroño"]},
}

STORIES = {
    "de": {
        "dev": [
            ("Neue Straßenbahnlinie in {city} verzögert sich um zwei Jahre", [
                "Die geplante Straßenbahnlinie durch die Innenstadt von {city} wird frühestens {n3} fertig. Das teilten die Stadtwerke am Dienstag mit.",
                "Grund für die Verzögerung seien Probleme bei der Verlegung von Leitungen unter der Hauptstraße, sagte Projektleiterin {person}.",
                "Die Kosten steigen nach aktuellen Schätzungen um {n1} Millionen Euro. Ursprünglich waren 180 Millionen Euro veranschlagt.",
                "Anwohner hatten sich seit Monaten über Lärm und gesperrte Zufahrten beschwert. Einige Geschäfte an der Strecke melden deutliche Umsatzeinbußen.",
                "Der Stadtrat will in der kommenden Sitzung über zusätzliche Entschädigungen für betroffene Händler beraten.",
                "Die Opposition fordert eine unabhängige Prüfung der Planungen. „Das Projekt wurde schöngerechnet“, hieß es aus der Fraktion.",
                "Trotz der Verzögerung soll der Betrieb auf dem ersten Teilstück im Norden der Stadt wie geplant beginnen.",
            ]),
            ("Hitzewelle: {city} öffnet kühle Räume für ältere Menschen", [
                "Angesichts von Temperaturen über 35 Grad öffnet {city} ab Mittwoch mehrere klimatisierte Räume für ältere und kranke Menschen.",
                "Die Stadtverwaltung stellt dafür Bibliotheken, ein Gemeindezentrum und zwei Sporthallen zur Verfügung. Wasser wird kostenlos ausgegeben.",
                "„Wir wollen niemanden allein lassen“, sagte Sozialdezernentin {person}. Besonders gefährdet seien Menschen, die allein leben.",
                "Im vergangenen Sommer waren in der Region nach Angaben des Gesundheitsamts {n1} Menschen wegen Hitzeschäden im Krankenhaus behandelt worden.",
                "Auch die Feuerwehr ist vorbereitet und hat zusätzliche Kräfte in Bereitschaft versetzt.",
                "Der Deutsche Wetterdienst rechnet erst am Wochenende mit einer Abkühlung.",
            ]),
            ("Brauerei in {city} schließt nach 140 Jahren", [
                "Die traditionsreiche Brauerei am Stadtrand von {city} stellt zum Jahresende den Betrieb ein. Betroffen sind {n1} Beschäftigte.",
                "Die Geschäftsführung begründete den Schritt mit gestiegenen Energie- und Rohstoffkosten sowie einem sinkenden Bierabsatz.",
                "Betriebsratschef {person} sprach von einem „schwarzen Tag für die Region“. Man werde um einen Sozialplan kämpfen.",
                "Die Marke soll erhalten bleiben und künftig bei einem Partnerbetrieb in Franken gebraut werden.",
                "Für das Gelände gibt es nach Angaben der Stadt bereits Interessenten, die dort Wohnungen bauen wollen.",
                "Viele Stammgäste reagierten bestürzt. Die Brauereigaststätte bleibt vorerst bis Ende März geöffnet.",
            ]),
        ],
        "test": [
            ("Kreistag in {city} beschließt Ausbau der Kinderbetreuung", [
                "Der Kreistag hat am Montagabend einen umfassenden Ausbau der Kinderbetreuung in {city} und den umliegenden Gemeinden beschlossen.",
                "Bis {n3} sollen {n1} zusätzliche Kita-Plätze entstehen. Das Land übernimmt nach Angaben der Verwaltung rund zwei Drittel der Kosten.",
                "Landrätin {person} nannte den Beschluss einen „wichtigen Schritt für junge Familien“. Derzeit warten viele Eltern monatelang auf einen Platz.",
                "Kritik kam von den Trägern: Ohne zusätzliches Personal nützten neue Gebäude wenig, sagte eine Sprecherin.",
                "Die Verwaltung will deshalb eine Ausbildungsinitiative starten und Quereinsteiger gezielt ansprechen.",
                "Der erste Neubau soll bereits im Herbst eröffnen.",
            ]),
            ("Hochwasser: Pegel in {city} sinken langsam", [
                "Nach tagelangem Regen entspannt sich die Hochwasserlage in {city} allmählich. Der Pegel fiel in der Nacht um {n2} Zentimeter.",
                "Mehrere Straßen in Ufernähe bleiben jedoch gesperrt. Die Feuerwehr pumpt weiterhin Keller in der Altstadt leer.",
                "„Die Lage ist stabil, aber noch nicht vorbei“, sagte Einsatzleiter {person} am Morgen.",
                "Insgesamt waren nach Angaben der Stadt rund {n1} Helfer im Einsatz, darunter viele Freiwillige.",
                "Die Schäden lassen sich noch nicht beziffern. Betroffene können ab Donnerstag Soforthilfe beantragen.",
                "Meteorologen erwarten für die kommenden Tage trockeneres Wetter.",
            ]),
            ("Museum in {city} erhält verschollenes Gemälde zurück", [
                "Ein seit Jahrzehnten verschollenes Gemälde ist an das Stadtmuseum in {city} zurückgekehrt.",
                "Das Bild war nach Kriegsende aus dem Depot verschwunden und tauchte im vergangenen Jahr bei einer Auktion auf.",
                "Museumsdirektor {person} sprach von einem „Glücksfall“. Die Erben des Käufers hätten sich kooperativ gezeigt.",
                "Nach einer Restaurierung soll das Werk ab dem Frühjahr in einer Sonderausstellung gezeigt werden.",
                "Das Museum sucht nach eigenen Angaben noch nach {n1} weiteren Objekten aus seiner früheren Sammlung.",
                "Eine Online-Datenbank soll helfen, weitere Stücke aufzuspüren.",
            ]),
        ],
    },
    "fr": {
        "dev": [
            ("À {city}, le nouveau pont ouvrira finalement au printemps", [
                "Le nouveau pont reliant les deux rives de {city} ouvrira à la circulation au printemps, a annoncé mardi la métropole.",
                "Initialement prévue l'an dernier, l'inauguration a été repoussée en raison de malfaçons sur les piles de l'ouvrage.",
                "Le chantier aura coûté {n1} millions d'euros, soit près d'un tiers de plus que prévu, selon les chiffres de la collectivité.",
                "« Nous avons préféré prendre le temps de tout vérifier », a expliqué {person}, vice-présidente chargée des mobilités.",
                "Les associations de cyclistes saluent la large piste cyclable prévue sur le tablier, mais regrettent l'absence de voie de bus.",
                "Des visites à pied seront organisées pour les habitants avant l'ouverture officielle.",
            ]),
            ("Grève dans les cantines scolaires de {city}", [
                "Plusieurs centaines d'élèves de {city} ont été privés de repas chaud jeudi en raison d'une grève du personnel des cantines.",
                "Les agents réclament des recrutements et une revalorisation de leurs salaires, jugés trop bas au regard de la charge de travail.",
                "Selon les syndicats, {n1} agents sur 300 ont cessé le travail. La mairie évoque un chiffre nettement inférieur.",
                "« On ne peut plus continuer comme ça », a déclaré {person}, déléguée syndicale, devant l'hôtel de ville.",
                "La municipalité a proposé une réunion de négociation la semaine prochaine.",
                "Des repas froids ont été distribués dans la plupart des écoles concernées.",
            ]),
            ("Sécheresse : {city} restreint l'arrosage des jardins", [
                "La préfecture a placé {city} et une vingtaine de communes voisines en alerte sécheresse renforcée.",
                "L'arrosage des jardins et le lavage des voitures sont interdits entre 8 heures et 20 heures jusqu'à nouvel ordre.",
                "Le débit de la rivière est tombé à {n2} % de sa moyenne saisonnière, un niveau rarement observé à cette période.",
                "Les agriculteurs bénéficient de dérogations encadrées, a précisé {person}, directeur départemental des territoires.",
                "Des contrôles seront menés dans les prochains jours. Les contrevenants s'exposent à une amende.",
                "Météo-France n'annonce pas de pluies significatives avant la fin du mois.",
            ]),
        ],
        "test": [
            ("{city} : la bibliothèque centrale rouvre après deux ans de travaux", [
                "Après deux ans de travaux, la bibliothèque centrale de {city} a rouvert ses portes samedi devant plusieurs centaines de visiteurs.",
                "Le bâtiment, datant des années 1970, a été entièrement rénové et dispose désormais d'un espace dédié aux jeux vidéo et d'un café.",
                "Les travaux ont coûté {n1} millions d'euros, financés en partie par l'État et la région.",
                "« C'est un lieu ouvert à tous, gratuit, au cœur de la ville », s'est réjoui {person}, adjoint à la culture.",
                "Les horaires d'ouverture sont élargis jusqu'à 21 heures en semaine, une première pour l'établissement.",
                "Le fonds compte désormais près de {n2} 000 documents.",
            ]),
            ("Incendie dans un entrepôt près de {city} : pas de victime", [
                "Un violent incendie a ravagé un entrepôt logistique dans la zone industrielle de {city} dans la nuit de dimanche à lundi.",
                "Une centaine de sapeurs-pompiers ont été mobilisés pour venir à bout des flammes, qui ont détruit {n1} mètres carrés de bâtiments.",
                "Aucune victime n'est à déplorer, selon la préfecture. Les riverains ont été invités à fermer leurs fenêtres par précaution.",
                "« Les mesures de la qualité de l'air ne montrent pas de danger », a indiqué {person}, porte-parole des pompiers.",
                "Une enquête a été ouverte pour déterminer l'origine du sinistre.",
                "L'entreprise a annoncé que ses salariés seraient placés en chômage partiel le temps des réparations.",
            ]),
            ("Le marché de Noël de {city} attire un public record", [
                "Le marché de Noël de {city} a accueilli plus de {n1} 000 visiteurs lors de son premier week-end, un record selon les organisateurs.",
                "Près de 150 chalets sont installés cette année sur la place centrale et dans les rues adjacentes.",
                "Les commerçants se félicitent d'une fréquentation en hausse, malgré la hausse des prix de certains produits.",
                "« Les gens ont envie de se retrouver », résume {person}, présidente de l'association des exposants.",
                "La circulation est restreinte dans le centre-ville jusqu'au 31 décembre.",
                "Des navettes gratuites relient les parkings relais au marché les samedis.",
            ]),
        ],
    },
    "es": {
        "dev": [
            ("{city} amplía el horario del metro durante las fiestas", [
                "El ayuntamiento de {city} ampliará el horario del metro durante las fiestas patronales, que comienzan el próximo viernes.",
                "Los trenes circularán toda la noche del sábado y hasta las tres de la madrugada el resto de los días, con una frecuencia de {n2} minutos.",
                "La medida costará unos {n1} mil euros, según la concejala de Movilidad, {person}.",
                "«Queremos que la gente vuelva a casa de forma segura», explicó la responsable municipal en una rueda de prensa.",
                "Los sindicatos de conductores han pedido más personal para cubrir los turnos extraordinarios.",
                "El año pasado, más de 200.000 personas usaron el servicio nocturno durante la semana festiva.",
            ]),
            ("Cierra la última librería del casco antiguo de {city}", [
                "La última librería que quedaba en el casco antiguo de {city} cerrará sus puertas a finales de mes tras casi seis décadas de actividad.",
                "Su propietario, {person}, atribuye el cierre a la subida del alquiler y a la caída de las ventas en los últimos años.",
                "Vecinos y clientes han organizado una recogida de firmas para pedir al ayuntamiento que proteja los comercios tradicionales.",
                "En la última década han cerrado en la zona {n1} establecimientos, según la asociación de comerciantes.",
                "El local será ocupado por una cadena de alimentación, según fuentes del sector.",
                "La librería organizará una última lectura pública el día de su despedida.",
            ]),
            ("Un incendio forestal obliga a desalojar dos aldeas cerca de {city}", [
                "Un incendio forestal declarado el martes por la tarde obligó a desalojar dos aldeas cercanas a {city}.",
                "Más de {n1} efectivos, apoyados por helicópteros e hidroaviones, trabajaban durante la noche para frenar el avance de las llamas.",
                "El fuego ha calcinado unas {n2} hectáreas de monte y pinar, según los primeros cálculos de los servicios de emergencia.",
                "«El viento está complicando mucho las tareas», señaló {person}, director técnico de extinción.",
                "Los vecinos desalojados pasaron la noche en un polideportivo habilitado por el ayuntamiento.",
                "La Guardia Civil investiga las causas del incendio.",
            ]),
        ],
        "test": [
            ("{city} instalará paneles solares en todos sus colegios públicos", [
                "El ayuntamiento de {city} instalará paneles solares en los tejados de todos sus colegios públicos antes de {n3}.",
                "El proyecto, con un presupuesto de {n1} millones de euros, permitirá reducir a la mitad la factura eléctrica de los centros.",
                "«Es una inversión que se paga sola en pocos años», afirmó el alcalde, {person}, durante la presentación.",
                "Las obras se realizarán principalmente durante las vacaciones de verano para no interferir con las clases.",
                "Las asociaciones de madres y padres han pedido que el proyecto incluya también mejoras en el aislamiento de las aulas.",
                "Los primeros cinco colegios estarán listos en septiembre.",
            ]),
            ("La sequía deja los embalses de {city} al 30 por ciento", [
                "Los embalses que abastecen a {city} se encuentran al {n2} por ciento de su capacidad, el nivel más bajo en una década.",
                "La confederación hidrográfica ha aprobado nuevas restricciones para el riego agrícola a partir del mes que viene.",
                "El consumo doméstico no se verá afectado por ahora, según aseguró {person}, responsable de la empresa municipal de aguas.",
                "Los agricultores de la comarca calculan pérdidas de {n1} millones de euros si no llueve en las próximas semanas.",
                "El ayuntamiento ha lanzado una campaña para fomentar el ahorro de agua en los hogares.",
                "Los meteorólogos no prevén precipitaciones importantes hasta el otoño.",
            ]),
            ("Hallan restos de una villa romana en las obras de un aparcamiento en {city}", [
                "Las obras de un aparcamiento subterráneo en el centro de {city} han sacado a la luz los restos de una villa romana.",
                "Los arqueólogos han documentado mosaicos, parte de un patio porticado y {n1} monedas de bronce.",
                "«Es uno de los hallazgos más importantes de los últimos años en la ciudad», afirmó la arqueóloga {person}.",
                "Las obras permanecerán paralizadas al menos dos meses mientras se completa la excavación.",
                "El ayuntamiento estudia integrar parte de los restos en el futuro aparcamiento para que puedan visitarse.",
                "Los objetos más valiosos se trasladarán al museo provincial.",
            ]),
        ],
    },
}
