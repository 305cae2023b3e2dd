"""Body sentences that must survive and give no fact (explicit dev / test halves), and short
invented German, French and Spanish news bodies (2 per language per split)."""

from __future__ import annotations

# {PAPER} a newspaper named in prose, {AGYP} an agency named in prose (no credits fact)
TRAPS = {
    "dev": [
        "“We read about it in the {PAPER} like everyone else,” the spokesman said.",
        "{AGYP} reported last week that talks between the two sides had stalled.",
        "The source of the leak has not been identified, officials said.",
        "The report was published by the state auditor's office on Monday.",
        "Residents were notified via text message and a public address system.",
        "The original version of the plan was drafted in 2019 and shelved a year later.",
        "Copies of the letter were syndicated to several regional radio stations, the station manager said.",
        "The aggregator app, which collects listings from hundreds of sellers, declined to comment.",
        "“We are a small town, and everyone knows everyone,” the mayor said.",
        "The feed from the traffic cameras was cut shortly after noon.",
        "Permission to republish the photos was denied by the museum.",
        "The figures, first reported by the {PAPER}, were later confirmed by the ministry.",
        "Data sources for the study included hospital records and insurance claims.",
        "An {AGYP} photographer at the scene described thick smoke over the port.",
        "All rights to the footage belong to the family, their lawyer said.",
    ],
    "test": [
        "In an interview with the {PAPER}, the councillor said she had no regrets.",
        "He told {AGYP} that the decision was final and would not be reviewed.",
        "According to a source familiar with the matter, the deal could close within weeks.",
        "The study was published by researchers at a university in the north of the country.",
        "She shared the video via her personal account before deleting it.",
        "Originally, the bridge was scheduled to reopen in the spring.",
        "The newsletter, produced by a group of volunteers, reaches about 3,000 homes.",
        "The company's website says it does not own the land, only the buildings on it.",
        "“The {PAPER} got it wrong, and they know it,” she wrote in a statement.",
        "Automated systems flagged the transactions, but nobody reviewed them for weeks.",
        "Via a spokesperson, the club said it would appeal the ruling.",
        "Credit for the rescue went to two off-duty nurses who happened to be nearby.",
        "The wire service's correspondent was among the journalists detained, {AGYP} said.",
        "The claim was first made in a post that has since been removed.",
        "The bulletin is distributed to members every Friday and carries no advertising.",
    ],
}
AGENCY_PROSE = {"dev": ["Reuters", "The Associated Press", "Agence France-Presse"],
                "test": ["Bloomberg", "AP", "Kyodo News"]}
# an agency inside quotes or as a subject; the paper pools come from names.TRAP_PAPERS

FOREIGN_TRAPS = {
    "de": {"dev": ["„Wir sind eine kleine Gemeinde, da kennt jeder jeden“, sagte die Bürgermeisterin.",
                   "Die Quelle der Verunreinigung ist noch unklar, teilte das Landratsamt mit."],
           "test": ["Über einen Sprecher ließ der Verein mitteilen, man werde Einspruch einlegen.",
                    "Die Studie wurde von Forschern einer Hochschule im Norden veröffentlicht."]},
    "fr": {"dev": ["« Nous sommes une petite commune, tout le monde se connaît », a déclaré le maire.",
                   "La source de la fuite n'a pas encore été identifiée, selon la préfecture."],
           "test": ["Par l'intermédiaire de son avocat, le gérant a annoncé qu'il ferait appel.",
                    "L'étude a été publiée par des chercheurs d'une université du sud du pays."]},
    "es": {"dev": ["«Somos un pueblo pequeño y aquí todos nos conocemos», dijo la alcaldesa.",
                   "La fuente de la filtración todavía no ha sido identificada, según el ayuntamiento."],
           "test": ["A través de un portavoz, el club anunció que recurrirá la sanción.",
                    "El estudio fue publicado por investigadores de una universidad del norte del país."]},
}

# (headline, paragraphs)
FOREIGN_BODIES = {
    "de": {
        "dev": [
            ("Neue Fährverbindung über den See startet im Mai", [
                "Ab Mai verbindet eine neue Fähre die beiden Ufer des Sees im Halbstundentakt. Die Gemeinden hatten das Projekt seit mehr als zehn Jahren geplant.",
                "Das Schiff bietet Platz für 180 Fahrgäste und 40 Fahrräder. Es fährt mit einem Elektroantrieb, der nachts im Hafen geladen wird.",
                "Pendler sparen nach Angaben des Betreibers bis zu 35 Minuten pro Strecke, weil der Umweg über die Bundesstraße entfällt.",
                "Kritik kommt von Anwohnern am Westufer, die mehr Verkehr rund um den Anleger befürchten. Der Gemeinderat will im Herbst über zusätzliche Parkplätze beraten.",
            ]),
            ("Stadtbibliothek verlängert Öffnungszeiten am Wochenende", [
                "Die Stadtbibliothek öffnet künftig auch sonntags von 11 bis 17 Uhr. Der Kulturausschuss stimmte dem Vorschlag einstimmig zu.",
                "Möglich wird das durch ein neues Ausleihsystem, bei dem Besucher Medien selbst verbuchen können. Zwei zusätzliche Stellen werden dennoch geschaffen.",
                "Im vergangenen Jahr zählte die Bibliothek rund 210.000 Besuche, so viele wie nie zuvor. Besonders gefragt waren Sprachkurse und Brettspiele.",
                "Die Leiterin hofft, mit den neuen Zeiten vor allem Familien und Berufstätige zu erreichen, die unter der Woche keine Zeit haben.",
            ]),
        ],
        "test": [
            ("Hochwasserschutz am Mühlbach kostet mehr als geplant", [
                "Der Ausbau des Hochwasserschutzes am Mühlbach wird deutlich teurer als zunächst veranschlagt. Statt 4,2 Millionen Euro rechnet die Stadt nun mit 6,1 Millionen.",
                "Gründe seien gestiegene Baupreise und ein aufwendigeres Verfahren zum Schutz seltener Fischarten, erklärte der zuständige Dezernent.",
                "Die Arbeiten sollen trotzdem wie geplant im Frühjahr beginnen und zwei Jahre dauern. Ein Teil der Kosten wird vom Land übernommen.",
                "Anlieger hatten nach dem Hochwasser vor drei Jahren auf schnellere Maßnahmen gedrängt. Damals standen mehr als 60 Keller unter Wasser.",
            ]),
            ("Grundschule erhält Preis für Schulgarten-Projekt", [
                "Eine Grundschule aus dem Landkreis ist für ihr Schulgarten-Projekt ausgezeichnet worden. Der Preis ist mit 5.000 Euro dotiert.",
                "Seit drei Jahren bauen die Kinder dort Gemüse an, das in der Schulküche verarbeitet wird. Überschüsse werden auf dem Wochenmarkt verkauft.",
                "Die Jury lobte, dass die Eltern und ein benachbartes Seniorenheim in die Arbeit eingebunden sind.",
                "Mit dem Preisgeld will die Schule ein Gewächshaus bauen, damit auch im Winter gegärtnert werden kann.",
            ]),
        ],
    },
    "fr": {
        "dev": [
            ("Le marché couvert rouvre après deux ans de travaux", [
                "Le marché couvert du centre-ville a rouvert ses portes samedi après deux ans de travaux. Une quarantaine de commerçants y sont installés.",
                "La rénovation a coûté 7,5 millions d'euros, financés en partie par la région. La charpente d'origine a été conservée.",
                "Les horaires ont été élargis : le marché est désormais ouvert du mardi au dimanche, de 7 heures à 14 heures.",
                "Certains commerçants regrettent toutefois la hausse des loyers des étals, qui a augmenté d'environ 15 %.",
            ]),
            ("Une nouvelle piste cyclable relie la gare au campus", [
                "Une piste cyclable de 4,8 kilomètres relie désormais la gare au campus universitaire. Elle a été inaugurée mercredi par la municipalité.",
                "L'aménagement comprend un parking sécurisé de 300 places et des bornes de réparation en libre-service.",
                "Selon la mairie, près de 2 000 étudiants pourraient abandonner la voiture ou le bus pour rejoindre leurs cours.",
                "Des riverains ont dénoncé la suppression d'une centaine de places de stationnement le long de l'avenue.",
            ]),
        ],
        "test": [
            ("La station de ski mise sur l'été pour survivre", [
                "Faute de neige suffisante, la petite station de ski investit dans les activités estivales. Une tyrolienne et des sentiers de VTT ouvriront en juin.",
                "Le conseil municipal a voté un budget de 2,3 millions d'euros pour ces équipements, étalé sur trois ans.",
                "L'hiver dernier, les remontées mécaniques n'ont fonctionné que 41 jours, contre plus de 100 il y a vingt ans.",
                "Les moniteurs de ski s'inquiètent pour leurs emplois, mais certains se forment déjà comme guides de randonnée.",
            ]),
            ("Le festival de théâtre de rue bat son record de fréquentation", [
                "Le festival de théâtre de rue a accueilli 65 000 spectateurs en quatre jours, un record depuis sa création.",
                "Plus de 80 compagnies se sont produites sur les places et dans les cours d'école de la ville.",
                "Les organisateurs attribuent ce succès à la gratuité des spectacles et à une météo particulièrement clémente.",
                "La prochaine édition pourrait s'étendre aux communes voisines, selon la direction du festival.",
            ]),
        ],
    },
    "es": {
        "dev": [
            ("El ayuntamiento amplía el horario del transporte nocturno", [
                "El ayuntamiento ampliará el horario de los autobuses nocturnos hasta las cuatro de la madrugada a partir del próximo mes.",
                "La medida afectará a cinco líneas y costará unos 900.000 euros al año, según el concejal de Movilidad.",
                "Las asociaciones vecinales llevaban años reclamando más frecuencias los fines de semana, sobre todo en los barrios periféricos.",
                "La empresa de transporte contratará a 14 conductores para cubrir los nuevos turnos.",
            ]),
            ("Una cooperativa de aceite gana un premio internacional", [
                "Una cooperativa de aceite de oliva de la comarca ha ganado la medalla de oro en un concurso internacional celebrado en Italia.",
                "El jurado destacó el equilibrio del aceite, elaborado con aceitunas de la variedad local recogidas en octubre.",
                "La cooperativa agrupa a 350 agricultores y produjo el año pasado cerca de dos millones de litros.",
                "Sus responsables esperan que el galardón abra la puerta a nuevos mercados en el norte de Europa.",
            ]),
        ],
        "test": [
            ("La sequía obliga a restringir el riego en la vega", [
                "La confederación hidrográfica ha aprobado nuevas restricciones de riego para los regantes de la vega ante la falta de lluvias.",
                "Los agricultores solo podrán regar dos días por semana hasta que los embalses superen el 30 % de su capacidad.",
                "Las organizaciones agrarias calculan pérdidas de hasta un 40 % en algunos cultivos de hortalizas.",
                "El Gobierno regional estudia ayudas directas y un aplazamiento de los pagos de la seguridad social agraria.",
            ]),
            ("Reabre el castillo tras una restauración de tres años", [
                "El castillo medieval volverá a abrir sus puertas al público este sábado tras una restauración que ha durado tres años.",
                "Los trabajos han permitido recuperar la muralla norte y una torre que amenazaba con derrumbarse.",
                "La entrada costará cuatro euros y será gratuita para los vecinos del municipio los domingos por la mañana.",
                "El alcalde confía en que el monumento atraiga a más de 30.000 visitantes al año.",
            ]),
        ],
    },
}
