"""German news bodies written for the blind_b corpus (invented stories, plausible wording).

Each story: a headline, a dateline city, an optional wire agency for the dateline, and paragraphs.
Paragraphs starting with "## " are subheads (the marker is stripped), "> " marks a one-line quote
(stripped), "* " marks a story bullet item (kept as "– " bullet).
"""

from __future__ import annotations

STORIES_DE: list[dict[str, object]] = [
    {
        "title": "Stadtrat beschließt neues Parkraumkonzept für die Innenstadt",
        "slug": "stadtrat-parkraumkonzept-innenstadt",
        "city": "Freiburg",
        "topic": "Lokales",
        "tags": ["Verkehr", "Stadtrat", "Innenstadt"],
        "paras": [
            "Nach monatelangen Debatten hat der Gemeinderat am Dienstagabend mit knapper Mehrheit ein neues Parkraumkonzept für die Innenstadt beschlossen. Ab dem kommenden Frühjahr sollen Anwohnerparkzonen ausgeweitet und die Gebühren in den Parkhäusern gestaffelt werden.",
            "Für das Konzept stimmten 24 Stadträtinnen und Stadträte, 21 votierten dagegen. Vor allem die Fraktionen aus dem bürgerlichen Lager hatten vor einer Abwanderung der Kundschaft in die Einkaufszentren am Stadtrand gewarnt.",
            "Was sich konkret ändert",
            "* Anwohnerparkausweise kosten künftig 120 Euro im Jahr statt bisher 30 Euro.",
            "* In der Altstadt entfallen rund 180 Stellplätze am Straßenrand.",
            "* Für Handwerksbetriebe gibt es eine eigene Sonderregelung.",
            "Baubürgermeisterin Katrin Wehrle sprach von einem „überfälligen Schritt“. Die frei werdenden Flächen sollen für breitere Gehwege, Fahrradbügel und Lieferzonen genutzt werden.",
            "> „Wir geben den öffentlichen Raum den Menschen zurück“, sagte Wehrle.",
            "Der Einzelhandelsverband reagierte verhalten. Man habe sich mehr Übergangszeit gewünscht, erklärte Geschäftsführer Tobias Rindle. Die Innenstadt lebe von Besucherinnen und Besuchern aus dem Umland, die auf das Auto angewiesen seien.",
            "Die Stadtverwaltung verweist dagegen auf eine Zählung aus dem vergangenen Herbst: Demnach waren die Parkhäuser selbst an Samstagen nur zu gut zwei Dritteln ausgelastet. Ein Teil der Autofahrer suche lediglich nach günstigeren Plätzen am Straßenrand.",
            "Eine Bürgerinitiative kündigte bereits an, Unterschriften für einen Bürgerentscheid sammeln zu wollen. Dafür wären rund 14.000 gültige Unterschriften nötig.",
            "Die Quelle der Zahlen, eine Studie des städtischen Verkehrsamts, soll in den kommenden Wochen vollständig veröffentlicht werden, wie eine Sprecherin auf Nachfrage mitteilte.",
        ],
    },
    {
        "title": "Hochwasser an der Mosel: Pegel steigt weiter",
        "slug": "hochwasser-mosel-pegel-steigt",
        "city": "Trier",
        "topic": "Panorama",
        "tags": ["Hochwasser", "Mosel", "Wetter"],
        "paras": [
            "Die Mosel tritt nach tagelangen Regenfällen an mehreren Stellen über die Ufer. Am Pegel Trier wurden am Sonntagmorgen 8,20 Meter gemessen, das sind fast fünf Meter mehr als üblich.",
            "In Zell und Bernkastel-Kues sind Uferstraßen gesperrt, Keller liefen voll. Die Feuerwehren waren in der Nacht im Dauereinsatz und pumpten Wasser aus Wohnhäusern und Gaststätten.",
            "Die Schifffahrt auf der Mosel ist seit Samstag eingestellt. Nach Angaben des Wasserstraßen- und Schifffahrtsamts dürfte das noch mindestens bis Mitte der Woche so bleiben.",
            "Höhepunkt am Montag erwartet",
            "Das Landesamt für Umwelt rechnet damit, dass der Scheitel am Montagnachmittag erreicht wird. Danach soll das Wasser langsam zurückgehen, sofern nicht erneut starker Regen einsetzt.",
            "„Wir sind gut vorbereitet, aber die Lage bleibt angespannt“, sagte der Wehrleiter der Verbandsgemeinde, Markus Theis. Sandsäcke seien ausreichend vorhanden.",
            "Anwohnerinnen und Anwohner wurden gebeten, Fahrzeuge aus tief gelegenen Straßen zu entfernen und Heizöltanks zu sichern. Die Stadt richtete ein Bürgertelefon ein.",
            "Für Winzer kommt das Hochwasser zur Unzeit: In vielen Betrieben stehen Lagerräume direkt am Fluss. Ein Weingut in Ürzig meldete, man habe in der Nacht mehrere hundert Flaschen in höhere Stockwerke getragen.",
            "Zuletzt hatte die Mosel im Januar 2018 ähnlich hohe Stände erreicht. Damals lag der Höchststand in Trier bei 8,72 Metern.",
        ],
    },
    {
        "title": "Bahn kündigt Sanierung der Strecke Hamburg–Berlin an",
        "slug": "bahn-sanierung-hamburg-berlin",
        "city": "Berlin",
        "topic": "Wirtschaft",
        "tags": ["Deutsche Bahn", "Verkehr", "Bauarbeiten"],
        "paras": [
            "Reisende zwischen Hamburg und Berlin müssen sich im kommenden Jahr auf monatelange Einschränkungen einstellen. Die Deutsche Bahn will die viel befahrene Strecke von August an für neun Monate komplett sperren und grundlegend erneuern.",
            "Während der Bauzeit sollen Fernzüge über Stendal und Uelzen umgeleitet werden. Die Fahrzeit verlängert sich dadurch nach Unternehmensangaben um etwa 45 Minuten.",
            "Für den Regionalverkehr ist ein Ersatzverkehr mit rund 170 Bussen geplant. Pendler aus Ludwigslust und Wittenberge sind davon besonders betroffen.",
            "Die Bahn begründet die Vollsperrung mit dem schlechten Zustand von Gleisen, Weichen und Stellwerken. Es sei effizienter, alles in einem Zug zu sanieren, statt über Jahre hinweg immer wieder einzelne Abschnitte zu sperren.",
            "> „Danach soll die Strecke für viele Jahre ohne größere Baustellen auskommen“, sagte ein Bahnsprecher.",
            "Der Fahrgastverband Pro Bahn kritisierte die Planung. Die Umleitungen seien schon heute stark ausgelastet, zusätzliche Verspätungen seien absehbar.",
            "Kritik an der Kommunikation",
            "Auch mehrere Landräte entlang der Strecke beklagten, sie hätten von den Details erst aus der Presse erfahren. Die Bahn kündigte an, in den kommenden Wochen Informationsveranstaltungen in den betroffenen Gemeinden anzubieten.",
            "Die Kosten für die Sanierung beziffert der Konzern auf rund 2,2 Milliarden Euro. Der Bund übernimmt den größten Teil.",
        ],
    },
    {
        "title": "Wolf reißt Schafe im Westerwald – Landwirte fordern Abschuss",
        "slug": "wolf-schafe-westerwald",
        "city": "Montabaur",
        "topic": "Region",
        "tags": ["Wolf", "Landwirtschaft", "Westerwald"],
        "paras": [
            "Im Westerwald sind in der Nacht zum Freitag elf Schafe auf einer Weide bei Hachenburg getötet worden. Ein Gutachter des Landes geht nach ersten Untersuchungen davon aus, dass ein Wolf die Tiere gerissen hat.",
            "Der betroffene Schäfer, der seinen Namen nicht in der Zeitung lesen möchte, hält seit 30 Jahren Schafe. Die Weide sei mit einem 90 Zentimeter hohen Elektrozaun gesichert gewesen.",
            "„So etwas habe ich noch nicht erlebt“, sagte er. „Die Tiere lagen über die ganze Fläche verteilt.“",
            "Es ist bereits der vierte Nutztierriss in der Region seit Jahresbeginn. Der Bauern- und Winzerverband fordert deshalb, den sogenannten Problemwolf zum Abschuss freizugeben.",
            "Das Umweltministerium in Mainz verweist auf die geltenden Regeln. Ein Abschuss komme nur infrage, wenn ein Wolf wiederholt empfohlene Schutzzäune überwinde. Genetische Proben sollen nun klären, ob stets dasselbe Tier verantwortlich ist.",
            "Naturschützer mahnen zur Besonnenheit. Der Wolf sei streng geschützt, die Population in Rheinland-Pfalz noch klein. Entscheidend sei ein besserer Herdenschutz, den das Land mit bis zu 100 Prozent fördert.",
            "Wer einen Wolf sichtet, soll das der Koordinationsstelle melden. Fotos und genaue Ortsangaben helfen nach Angaben der Behörde bei der Einordnung.",
        ],
    },
    {
        "title": "Kita-Gebühren: Eltern in Niedersachsen klagen über Flickenteppich",
        "slug": "kita-gebuehren-niedersachsen",
        "city": "Hannover",
        "topic": "Politik",
        "tags": ["Kita", "Familie", "Niedersachsen"],
        "paras": [
            "Wie viel ein Krippenplatz kostet, hängt in Niedersachsen stark vom Wohnort ab. Eine Auswertung des Landeselternrats zeigt Unterschiede von mehreren hundert Euro im Monat zwischen benachbarten Gemeinden.",
            "Während der Kindergarten für Kinder ab drei Jahren seit 2018 beitragsfrei ist, legen die Kommunen die Gebühren für unter Dreijährige selbst fest. In einigen Orten zahlen Familien mit mittlerem Einkommen mehr als 400 Euro.",
            "„Das ist ungerecht und für viele Familien schlicht nicht mehr zu stemmen“, sagte die Vorsitzende des Landeselternrats, Sandra Keuter.",
            "Die Landesregierung verweist auf die angespannte Haushaltslage. Eine vollständige Beitragsfreiheit auch für Krippen würde nach Schätzungen des Kultusministeriums jährlich etwa 350 Millionen Euro kosten.",
            "Fachkräftemangel verschärft die Lage",
            "Hinzu kommt, dass vielerorts Plätze fehlen. Allein in der Region Hannover warten nach Angaben der Kommunen mehr als 2.000 Kinder auf einen Platz, weil Erzieherinnen und Erzieher fehlen.",
            "Die Opposition im Landtag fordert einen Stufenplan. Ein entsprechender Antrag soll in der nächsten Plenarsitzung beraten werden.",
            "Der Elternrat will seine Daten kommende Woche vollständig vorstellen und hat dafür eine Onlineplattform eingerichtet, auf der Eltern die Gebühren ihrer Gemeinde vergleichen können.",
        ],
    },
    {
        "title": "Zweite Liga: Aufsteiger feiert ersten Auswärtssieg",
        "slug": "zweite-liga-aufsteiger-auswaertssieg",
        "city": "Paderborn",
        "topic": "Sport",
        "tags": ["Fußball", "2. Bundesliga"],
        "paras": [
            "Im neunten Anlauf hat es endlich geklappt: Der Aufsteiger hat am Samstag mit 2:1 in Paderborn gewonnen und den ersten Auswärtssieg der Saison gefeiert.",
            "Vor 13.400 Zuschauern ging die Heimmannschaft zunächst durch einen Kopfball nach einer Ecke in Führung. Die Gäste wirkten lange verunsichert und kamen erst kurz vor der Pause zu ihrer ersten Chance.",
            "Nach dem Seitenwechsel drehte sich das Spiel. Der eingewechselte Stürmer Jonas Albers glich in der 58. Minute aus, zwölf Minuten später traf Kapitän Felix Marten per Foulelfmeter zum Sieg.",
            "„Die Jungs haben nie aufgehört, an sich zu glauben“, sagte Trainer Uwe Brandl nach dem Spiel.",
            "Paderborn haderte mit der Elfmeterentscheidung. Der Videoassistent hatte sich eingeschaltet, nach Ansicht der Bilder zeigte Schiedsrichter Florian Hausmann auf den Punkt.",
            "Durch den Sieg verlässt der Aufsteiger die Abstiegsränge und steht nun auf Platz 14. Am kommenden Freitag empfängt die Mannschaft den Tabellenzweiten.",
        ],
    },
]
