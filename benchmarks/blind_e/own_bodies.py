"""Article bodies written for corpus E (fictional events, places real, people invented).

Each story: id, lang, region, topic, headline, section, dateline city, paragraphs. Paragraphs that
start with "- " / "• " / "1. " are story bullet lists (body); a paragraph ending in ":" introduces
them. Lines marked with a leading "##" are subheads (the marker is dropped).
"""

from __future__ import annotations

STORIES: list[dict[str, object]] = [
    # ------------------------------------------------------------------ English, South Asia
    {
        "id": "pk-cricket-live", "lang": "en", "region": "PK", "topic": "sports", "section": "Cricket",
        "city": "KARACHI", "headline": "Live: Karachi Kings chase 187 as dew settles at National Stadium",
        "paras": [
            "Karachi Kings need 187 runs to win after a late flurry from the visitors lifted them past 180 on a slow surface.",
            "The hosts lost the toss for the fourth game running, and captain Faraz Qureshi admitted at the break that chasing under lights was \"not the worst thing\" given the heavy dew.",
            "19.6 ov — Last ball, full and wide, slapped over cover for four. Visitors finish on 186-6.",
            "18.2 ov — OUT! Danish Baig holes out to long-on; a brilliant running catch by the substitute fielder.",
            "16.0 ov — Strategic time-out. Spinners have conceded only 41 from their eight overs.",
            "##Key moments so far",
            "The innings turned on three things:",
            "- a 71-run stand for the third wicket",
            "- two dropped catches at deep midwicket",
            "- 22 runs off the 17th over",
            "Ground staff said the covers would stay on the outfield between innings to limit the moisture.",
            "\"We back ourselves to chase anything under 190 here,\" Qureshi said.",
        ],
    },
    {
        "id": "pk-gas-tariff", "lang": "en", "region": "PK", "topic": "business", "section": "Business",
        "city": "ISLAMABAD", "headline": "Regulator approves gas tariff rise of up to 28pc for domestic users",
        "paras": [
            "The energy regulator on Tuesday approved an increase of up to 28 per cent in gas prices for domestic consumers in the higher slabs, effective from next month.",
            "Consumers using less than 90 cubic metres a month will be spared, officials told a hearing attended by representatives of both gas utilities.",
            "The decision follows months of talks with lenders over the circular debt in the sector, which the finance ministry puts at more than Rs2.9 trillion.",
            "Industry groups in Faisalabad and Sialkot said the rise would hurt exporters already struggling with high borrowing costs.",
            "A spokesperson for the regulator said the new rates would be reviewed in six months. Related petitions from two fertiliser plants will be heard separately.",
            "Consumers can check their slab through an SMS service or the utility's app by sending their consumer number.",
        ],
    },
    {
        "id": "bd-garment-wages", "lang": "en", "region": "BD", "topic": "business", "section": "Economy",
        "city": "Dhaka", "headline": "Garment workers in Gazipur return to work after wage board deal",
        "paras": [
            "Production resumed at most factories in Gazipur on Sunday after unions and owners accepted a revised minimum wage proposal late on Saturday night.",
            "Under the deal, entry-level workers will receive Tk 12,800 a month, up from the figure first announced by the wage board, with an annual increment of 5 percent.",
            "Police said at least 14 factories remained shut in Konabari and Kashimpur where workers demanded the increase be backdated.",
            "Labour leader Rowshan Ara said the agreement was \"a step, not the end of the road\".",
            "The owners' association said buyers had been told to expect short delays on winter orders. A source at one large exporter said two shipments had already been moved to air freight.",
            "The labour ministry will publish the gazette notification this week.",
        ],
    },
    {
        "id": "lk-tea-auction", "lang": "en", "region": "LK", "topic": "business", "section": "Business",
        "city": "COLOMBO", "headline": "Low-grown teas lead gains at Colombo auction as Middle East demand returns",
        "paras": [
            "Prices of low-grown teas rose sharply at this week's Colombo auction, with brokers reporting strong buying from Iraq, Turkey and the Gulf.",
            "Some 6.1 million kilograms were on offer, slightly less than last week because of heavy rain in the southern growing districts.",
            "Best western high-grown teas were steady, while medium-grown leafy grades eased by Rs 20 to Rs 30 a kilo.",
            "Brokers said the weaker rupee had made Ceylon tea more competitive against Kenyan supplies.",
            "The Tea Board has asked smallholders to register with its new app before the fertiliser subsidy scheme opens in the new year.",
        ],
    },
    {
        "id": "np-landslide", "lang": "en", "region": "NP", "topic": "disaster", "section": "Nation",
        "city": "KATHMANDU", "headline": "Landslides block Prithvi Highway, hundreds of vehicles stranded",
        "paras": [
            "Several landslides triggered by overnight rain blocked the Prithvi Highway at three points in Dhading district on Thursday, stranding hundreds of passenger buses and cargo trucks.",
            "The district administration office said excavators had been deployed but warned that more debris could fall as the soil remained saturated.",
            "No casualties had been reported by the afternoon.",
            "Travellers heading to Pokhara were advised to use the alternative route via Narayangadh.",
            "The Department of Hydrology and Meteorology has forecast heavy rain in Gandaki and Bagmati provinces until Sunday and asked people living near rivers to stay alert.",
            "\"We are clearing one lane at a time,\" said Chief District Officer Bimala Gurung.",
        ],
    },
    # ------------------------------------------------------------------ English, East Africa
    {
        "id": "ke-matatu-strike", "lang": "en", "region": "KE", "topic": "transport", "section": "Counties",
        "city": "NAIROBI", "headline": "Commuters stranded as matatu operators strike over new fuel levy",
        "paras": [
            "Thousands of commuters in Nairobi and Nakuru walked to work on Monday after matatu operators pulled their vehicles off the roads in protest against a new fuel levy.",
            "Operators' association chairman Peter Kamau said the strike would continue until the Treasury suspended the levy, which took effect on the first of the month.",
            "Police said they had arrested six people in Kisumu for blocking a roundabout with burning tyres.",
            "Some private schools sent learners home early, while hospitals reported that staff had arrived late for morning shifts.",
            "\"We cannot carry passengers at a loss,\" Kamau told reporters.",
            "Transport secretary Josephine Wanjiru said talks would be held on Wednesday. A statement from the ministry said the levy was needed to fund road maintenance.",
        ],
    },
    # ------------------------------------------------------------------ English, Caribbean
    {
        "id": "tt-carnival", "lang": "en", "region": "CARIB", "topic": "culture", "section": "Entertainment",
        "city": "PORT OF SPAIN", "headline": "Carnival bands count costs as costume prices soar",
        "paras": [
            "Several mas bands say they will cut the number of sections for next year's Carnival after the cost of imported feathers and beads nearly doubled.",
            "Bandleader Marcia Phillip said her band had registered 1,400 masqueraders this year, down from almost 2,000 before the pandemic.",
            "The National Carnival Commission said it was in talks with the Ministry of Trade about duty relief for costume materials.",
            "Some younger designers are turning to recycled materials.",
            "\"People still want to play mas. They just want to know the price before Christmas,\" Phillip said.",
        ],
    },
    {
        "id": "jm-hurricane-prep", "lang": "en", "region": "JM", "topic": "weather", "section": "News",
        "city": "KINGSTON", "headline": "Shelters opened as tropical storm nears Jamaica's south coast",
        "paras": [
            "The Office of Disaster Preparedness has opened 120 shelters across the island as a tropical storm moves closer to Jamaica's south coast.",
            "Forecasters expect the system to strengthen into a hurricane before it reaches the island late on Wednesday.",
            "Residents of low-lying communities in St Catherine and Clarendon have been urged to move to higher ground.",
            "The authorities listed what families should pack:",
            "• drinking water for three days",
            "• prescription medicines",
            "• copies of important documents in a sealed bag",
            "Fishers were told to remain in port until further notice.",
        ],
    },
    # ------------------------------------------------------------------ English, Canada / Ireland / NZ
    {
        "id": "ca-snowstorm", "lang": "en", "region": "CA_ATL", "topic": "weather", "section": "Local",
        "city": "HALIFAX", "headline": "Schools closed, flights cancelled as nor'easter buries Nova Scotia",
        "paras": [
            "Schools across mainland Nova Scotia were closed on Tuesday and dozens of flights were cancelled as a powerful nor'easter dumped up to 40 centimetres of snow on parts of the province.",
            "Nova Scotia Power said about 23,000 customers were without electricity at the peak of the storm, most of them in Halifax Regional Municipality and Lunenburg County.",
            "The RCMP asked drivers to stay off the roads unless travel was essential.",
            "Environment Canada said winds gusting to 90 km/h would ease by the evening.",
            "Municipal crews will work through the night, a city spokesperson said, adding that residents can report unplowed streets through the 311 app.",
        ],
    },
    {
        "id": "ie-housing", "lang": "en", "region": "IE", "topic": "politics", "section": "Ireland",
        "city": "DUBLIN", "headline": "Councils fall short of social housing targets for third year",
        "paras": [
            "Local authorities completed fewer than two thirds of the social homes they were asked to deliver last year, according to figures published by the Department of Housing.",
            "Dublin City Council built or acquired 1,103 homes against a target of 1,900, while several rural councils exceeded theirs.",
            "Housing charities said the figures showed the system was \"running to stand still\".",
            "The department said rising construction costs and delays in connecting new estates to water services were to blame.",
            "Opposition TDs will raise the figures in the Dáil on Wednesday.",
        ],
    },
    {
        "id": "nz-council-water", "lang": "en", "region": "NZ", "topic": "local", "section": "New Zealand",
        "city": "WELLINGTON", "headline": "Council votes to fast-track pipe repairs after summer water restrictions",
        "paras": [
            "Wellington city councillors have voted to bring forward $62 million of pipe repairs after a summer of water restrictions that saw garden hoses banned for seven weeks.",
            "Council officers estimate that up to 40 percent of treated water is lost through leaks in the network.",
            "Mayor Aroha Tane said the council could no longer afford to \"patch and hope\".",
            "The decision means some road resurfacing projects will be delayed until 2027.",
            "Residents will be able to track repair work on a new map published on the council's website.",
        ],
    },
    # ------------------------------------------------------------------ English, Philippines
    {
        "id": "ph-typhoon", "lang": "en", "region": "PH", "topic": "disaster", "section": "Regions",
        "city": "MANILA", "headline": "Classes suspended in Bicol as typhoon intensifies",
        "paras": [
            "Classes at all levels were suspended in Albay, Camarines Sur and Sorsogon on Friday as a typhoon gained strength over the Philippine Sea.",
            "The state weather bureau raised Signal No. 3 over parts of Catanduanes and warned of storm surges of up to three metres.",
            "More than 18,000 people have been moved to evacuation centres, the regional disaster office said.",
            "The coast guard suspended sea trips from Matnog port, leaving about 2,500 passengers and hundreds of trucks waiting.",
            "Local officials have asked residents not to share unverified evacuation maps on social media.",
        ],
    },
    # ------------------------------------------------------------------ English, crypto / celebrity / exams / releases / faith
    {
        "id": "crypto-etf", "lang": "en", "region": None, "topic": "crypto", "section": "Markets",
        "city": None, "headline": "Bitcoin slips below $61,000 as ETF outflows extend to fifth day",
        "paras": [
            "Bitcoin fell as much as 4% on Thursday, dropping below $61,000 for the first time in three weeks as spot exchange-traded funds recorded a fifth straight day of net outflows.",
            "Ether traded 3.2% lower, while smaller tokens such as Solana and Cardano lost between 5% and 8%.",
            "Analysts pointed to a stronger dollar and rising bond yields after hawkish comments from central bank officials.",
            "##What traders are watching",
            "Traders said three numbers would shape the next move:",
            "1. the weekly ETF flow report",
            "2. funding rates on perpetual futures",
            "3. the US inflation print due on Tuesday",
            "On-chain data showed large wallets moving coins to exchanges, which is often read as a sign of selling.",
            "The sell-off comes a month after the market hit a record. Comments on trading forums turned gloomy, with the hashtag #BitcoinCrash trending briefly on X.",
        ],
    },
    {
        "id": "crypto-exchange-license", "lang": "en", "region": None, "topic": "crypto", "section": "Regulation",
        "city": None, "headline": "Exchange wins licence in Dubai, pauses sign-ups in two Asian markets",
        "paras": [
            "A mid-sized crypto exchange said on Monday it had received a full operating licence from Dubai's virtual assets regulator, a month after pausing new sign-ups in the Philippines and Pakistan.",
            "The company said the licence would let it offer spot trading and custody to retail customers in the emirate.",
            "It gave no timeline for resuming registrations in the two Asian markets, where regulators have warned unlicensed platforms.",
            "Users in the affected countries can still withdraw funds through the app, the company said.",
            "The exchange's token rose 6% after the announcement.",
        ],
    },
    {
        "id": "celeb-wedding", "lang": "en", "region": "PK", "topic": "entertainment", "section": "Showbiz",
        "city": None, "headline": "Drama star Hira Mansoor ties the knot in intimate Lahore ceremony",
        "paras": [
            "Television actor Hira Mansoor married music producer Saad Elahi on Saturday in a small ceremony attended by close family and friends in Lahore.",
            "Pictures shared by the couple show the actor in a pastel gharara designed by her sister.",
            "Fans flooded social media with congratulations, and the couple's names were trending within hours.",
            "Mansoor, 29, rose to fame with a family drama that became one of the most-watched serials of the year.",
            "\"Grateful for every prayer,\" she wrote in a post.",
            "The couple plan to host a reception in Karachi next month.",
        ],
    },
    {
        "id": "exam-results", "lang": "en", "region": "PK", "topic": "education", "section": "Results",
        "city": "LAHORE", "headline": "Intermediate Part-II results announced; pass rate climbs to 67 percent",
        "paras": [
            "The Board of Intermediate and Secondary Education announced the results of the Intermediate Part-II annual examinations on Thursday, with an overall pass percentage of 67.4.",
            "Girls outperformed boys again, taking the top three positions in the pre-medical and pre-engineering groups.",
            "Candidates can check their results in three ways:",
            "- on the board's official website by entering their roll number",
            "- by sending their roll number by SMS to the board's short code",
            "- through the gazette displayed at the board's offices",
            "Students who wish to apply for rechecking must submit the form within 15 days.",
            "The board chairman said the comments circulating online about leaked papers were baseless.",
        ],
    },
    {
        "id": "ngo-release", "lang": "en", "region": "BD", "topic": "press_release", "section": "Press Release",
        "city": "Dhaka", "headline": "UN agency, ministry launch cash support for 50,000 flood-hit families",
        "paras": [
            "A UN agency and the Ministry of Disaster Management and Relief on Wednesday launched a cash assistance programme for 50,000 families affected by the recent floods in Sylhet and Sunamganj.",
            "Each family will receive Tk 6,000 in two instalments through mobile financial services.",
            "\"Cash allows families to decide what they need most,\" the agency's country representative said at the launch.",
            "The programme is funded by a group of donors and will run until March.",
            "Beneficiaries were selected with local government representatives using a household survey. Complaints can be lodged through a free hotline.",
        ],
    },
    {
        "id": "gov-vaccination", "lang": "en", "region": "KE", "topic": "press_release", "section": "Health",
        "city": "NAIROBI", "headline": "Ministry of Health launches nationwide measles-rubella vaccination drive",
        "paras": [
            "The Ministry of Health has launched a ten-day measles-rubella vaccination campaign targeting children aged nine months to 14 years in 22 counties.",
            "Health workers will visit schools, markets and places of worship, and vaccination will be free at all public health facilities.",
            "The ministry said the campaign followed outbreaks reported in five counties since January.",
            "Parents have been asked to carry their children's vaccination cards.",
            "The Director General for Health urged religious leaders to help spread the message in their communities.",
        ],
    },
    {
        "id": "faith-eid-moon", "lang": "en", "region": "PK", "topic": "religion", "section": "Community",
        "city": "PESHAWAR", "headline": "Moon sighting committee to meet on Thursday; Eid likely on Saturday",
        "paras": [
            "The central moon sighting committee will meet on Thursday evening to decide on the sighting of the Shawwal crescent, officials said.",
            "Zonal committees will meet at the same time in provincial capitals.",
            "The Met Office said the new moon was expected to be born on Thursday afternoon and the chances of sighting it in the evening were high along the coast.",
            "The government has announced Eid holidays from Friday to Monday.",
            "Traders in Peshawar said sales of clothes and shoes had picked up in the last week of Ramazan despite high prices.",
        ],
    },
    {
        "id": "faith-church-jubilee", "lang": "en", "region": "PH", "topic": "religion", "section": "Faith",
        "city": "CEBU CITY", "headline": "Parish marks 400 years with week-long fiesta, food drive",
        "paras": [
            "A parish in Cebu City opened a week-long celebration of its 400th anniversary on Sunday with a procession that drew thousands of devotees.",
            "The parish priest said part of the donations collected during the week would go to a food drive for families displaced by a fire in a nearby barangay.",
            "Organisers have set up a schedule of Masses in Cebuano, English and Tagalog.",
            "Police closed several streets around the church for the procession.",
        ],
    },
    # ------------------------------------------------------------------ German
    {
        "id": "de-bahn-streik", "lang": "de", "region": "DE", "topic": "verkehr", "section": "Bayern",
        "city": "München", "headline": "Bahnstreik legt Pendlerverkehr in Oberbayern lahm",
        "paras": [
            "Der Streik der Lokführer hat am Montagmorgen den Pendlerverkehr in Oberbayern weitgehend zum Erliegen gebracht.",
            "Auf den S-Bahn-Linien im Großraum München fuhr nach Angaben der Bahn nur etwa jeder dritte Zug.",
            "Viele Pendler stiegen auf das Auto um; auf der A8 und der A9 bildeten sich lange Staus.",
            "Die Gewerkschaft kündigte an, den Ausstand bis Mittwochabend fortzusetzen.",
            "„Wir bedauern die Belastung für die Fahrgäste“, sagte ein Sprecher der Bahn.",
            "Fahrgäste können ihre Verbindungen in der App prüfen; bereits gekaufte Tickets behalten ihre Gültigkeit.",
        ],
    },
    {
        "id": "de-hochwasser", "lang": "de", "region": "DE", "topic": "wetter", "section": "Sachsen",
        "city": "Dresden", "headline": "Elbe-Pegel steigt: Stadt Dresden ruft Alarmstufe zwei aus",
        "paras": [
            "Nach tagelangem Regen in Tschechien steigt der Pegel der Elbe in Dresden weiter an.",
            "Die Stadt hat am Dienstag die Alarmstufe zwei ausgerufen. Die Terrassenufer wurden für den Verkehr gesperrt.",
            "Nach Angaben des Landeshochwasserzentrums könnte der Wasserstand bis Donnerstag auf über sechs Meter steigen.",
            "##Was Anwohner jetzt tun sollten",
            "Die Feuerwehr rät, Keller auszuräumen und Heizöltanks zu sichern.",
            "Der Oberbürgermeister sprach von einer ernsten, aber beherrschbaren Lage.",
        ],
    },
    {
        "id": "de-schule", "lang": "de", "region": "DE", "topic": "bildung", "section": "Region",
        "city": "Stuttgart", "headline": "Lehrermangel: Land stellt 800 Quereinsteiger ein",
        "paras": [
            "Baden-Württemberg will zum neuen Schuljahr rund 800 Quereinsteiger an Grund- und Werkrealschulen einstellen.",
            "Das Kultusministerium teilte mit, die neuen Lehrkräfte würden vor ihrem Einsatz einen sechswöchigen Kurs absolvieren.",
            "Der Philologenverband kritisierte das Vorhaben als Notlösung.",
            "Besonders angespannt ist die Lage in ländlichen Regionen im Norden des Landes.",
            "Bewerbungen sind bis Ende Mai möglich.",
        ],
    },
    {
        "id": "de-fussball", "lang": "de", "region": "DE", "topic": "sport", "section": "Sport",
        "city": "Gelsenkirchen", "headline": "Last-Minute-Treffer rettet Punkt im Revierderby",
        "paras": [
            "Ein Kopfballtor in der Nachspielzeit hat den Gastgebern im Revierderby noch einen Punkt gesichert.",
            "Vor 61.000 Zuschauern lagen die Gäste nach einem Doppelpack ihres Stürmers bis zur 80. Minute mit 2:0 vorn.",
            "Dann verkürzte der eingewechselte Mittelfeldspieler per Distanzschuss, ehe der Innenverteidiger in der 93. Minute ausglich.",
            "„Das war ein Spiel für die Fans“, sagte der Trainer nach dem Abpfiff.",
            "Die Polizei meldete einen weitgehend friedlichen Verlauf.",
        ],
    },
    {
        "id": "at-tourismus", "lang": "de", "region": "DE", "topic": "wirtschaft", "section": "Tirol",
        "city": "Innsbruck", "headline": "Tiroler Skigebiete melden Rekord bei Wintergästen",
        "paras": [
            "Die Tiroler Skigebiete haben in der abgelaufenen Wintersaison so viele Gäste gezählt wie nie zuvor.",
            "Nach Angaben der Landesstatistik wurden von Dezember bis April fast 28 Millionen Nächtigungen registriert.",
            "Vor allem Gäste aus den Niederlanden und Polen sorgten für das Plus.",
            "Touristiker warnen dennoch vor steigenden Personalkosten.",
            "Die Seilbahnbetreiber wollen die Preise für Tageskarten in der kommenden Saison um rund fünf Prozent erhöhen.",
        ],
    },
    {
        "id": "ch-abstimmung", "lang": "de", "region": "DE", "topic": "politik", "section": "Schweiz",
        "city": "Bern", "headline": "Stimmvolk sagt Ja zum Ausbau der Nachtzüge",
        "paras": [
            "Die Stimmberechtigten im Kanton Bern haben am Sonntag einem Kredit für zusätzliche Nachtverbindungen zugestimmt.",
            "Die Vorlage wurde mit 58,3 Prozent Ja-Stimmen angenommen. Die Stimmbeteiligung lag bei 44 Prozent.",
            "Die neuen Verbindungen sollen ab Dezember an Wochenenden verkehren.",
            "Gegner hatten vor hohen Kosten bei geringer Auslastung gewarnt.",
        ],
    },
    # ------------------------------------------------------------------ French
    {
        "id": "fr-bretagne-peche", "lang": "fr", "region": "FR", "topic": "economie", "section": "Bretagne",
        "city": "Lorient", "headline": "Pêche : les chalutiers bretons restent à quai face à la hausse du gazole",
        "paras": [
            "Une cinquantaine de chalutiers sont restés à quai lundi à Lorient et Concarneau, les patrons pêcheurs dénonçant la flambée du prix du gazole.",
            "Selon le comité régional des pêches, le litre a dépassé un euro, contre 60 centimes il y a un an.",
            "« À ce prix-là, on perd de l'argent à chaque marée », explique un armateur.",
            "La préfecture maritime a annoncé une réunion avec les représentants de la filière jeudi.",
            "Les mareyeurs craignent des ruptures d'approvisionnement avant les fêtes.",
        ],
    },
    {
        "id": "fr-alsace-ecole", "lang": "fr", "region": "FR", "topic": "education", "section": "Alsace",
        "city": "Strasbourg", "headline": "Strasbourg : trois écoles fermées après des infiltrations d'eau",
        "paras": [
            "Trois écoles élémentaires du quartier de Neudorf sont fermées depuis mardi après d'importantes infiltrations d'eau dans les salles de classe.",
            "La municipalité a organisé l'accueil des 420 élèves dans des gymnases et un centre socioculturel voisins.",
            "Les travaux d'étanchéité devraient durer au moins deux semaines.",
            "Des parents ont lancé une pétition pour demander un plan de rénovation des bâtiments scolaires.",
            "La commune assure que les devis ont été signés.",
        ],
    },
    {
        "id": "qc-neige", "lang": "fr", "region": "CA_QC", "topic": "meteo", "section": "Régional",
        "city": "QUÉBEC", "headline": "Tempête de neige : plus de 60 000 foyers privés d'électricité",
        "paras": [
            "Plus de 60 000 clients d'Hydro-Québec étaient toujours privés d'électricité mercredi matin après le passage d'une tempête de neige sur l'est de la province.",
            "Environnement Canada a mesuré jusqu'à 45 centimètres de neige dans la région de Charlevoix.",
            "Les écoles des centres de services scolaires de la Capitale et des Navigateurs sont restées fermées.",
            "Les automobilistes sont invités à consulter Québec 511 avant de prendre la route.",
            "« Nos équipes travaillent jour et nuit », a indiqué un porte-parole de la société d'État.",
        ],
    },
    {
        "id": "be-liege-tram", "lang": "fr", "region": "FR", "topic": "transport", "section": "Liège",
        "city": "LIÈGE", "headline": "Le tram de Liège transporte ses premiers passagers",
        "paras": [
            "Après des années de retard, le tram de Liège a transporté ses premiers passagers samedi entre Sclessin et la gare des Guillemins.",
            "Des milliers de curieux se sont pressés aux arrêts pour ce premier jour d'exploitation, gratuit pour l'occasion.",
            "La ligne complète, longue de 12 kilomètres, doit être ouverte d'ici l'été.",
            "Les commerçants du centre espèrent un retour de la clientèle après des années de chantier.",
        ],
    },
    {
        "id": "fr-marseille-foot", "lang": "fr", "region": "FR", "topic": "sport", "section": "Sport",
        "city": "Marseille", "headline": "Ligue 1 : Marseille arrache le nul dans le temps additionnel",
        "paras": [
            "Mené 2-0 à la pause, Marseille a arraché le match nul (2-2) dimanche soir au Vélodrome grâce à un but dans le temps additionnel.",
            "Les Olympiens, sifflés à la mi-temps, ont réduit l'écart à l'heure de jeu sur penalty.",
            "L'égalisation est venue d'une tête sur corner à la 94e minute.",
            "« On n'a rien lâché », a résumé l'entraîneur en conférence de presse.",
            "Le club reste cinquième du classement.",
        ],
    },
    {
        "id": "ch-geneve-loyers", "lang": "fr", "region": "FR", "topic": "logement", "section": "Genève",
        "city": "Genève", "headline": "Genève : le taux de logements vacants au plus bas depuis dix ans",
        "paras": [
            "Le taux de logements vacants à Genève est tombé à 0,39 %, son plus bas niveau depuis une décennie, selon l'office cantonal de la statistique.",
            "Les trois-pièces sont les plus difficiles à trouver.",
            "L'Asloca dénonce une pénurie qui pousse les loyers à la hausse.",
            "Le Conseil d'État promet d'accélérer les procédures de construction dans plusieurs quartiers.",
        ],
    },
    # ------------------------------------------------------------------ Spanish
    {
        "id": "mx-metro", "lang": "es", "region": "MX", "topic": "ciudad", "section": "Ciudad",
        "city": "CIUDAD DE MÉXICO", "headline": "Reabren tramo de la Línea 12 del Metro tras dos años de obras",
        "paras": [
            "El tramo subterráneo de la Línea 12 del Metro reabrió este domingo tras casi dos años de obras de rehabilitación.",
            "Las autoridades capitalinas informaron que las estaciones de Mixcoac a Atlalilco operarán de 5:00 a 24:00 horas.",
            "Usuarios consultados dijeron que el trayecto se redujo en al menos 40 minutos.",
            "El gobierno de la ciudad aseguró que se realizaron pruebas de carga y revisiones estructurales.",
            "«Es un alivio para quienes vivimos en el oriente», dijo una usuaria.",
        ],
    },
    {
        "id": "co-cafe", "lang": "es", "region": "CO", "topic": "economia", "section": "Economía",
        "city": "Bogotá", "headline": "Producción de café de Colombia sube 12 % en el primer semestre",
        "paras": [
            "La producción de café de Colombia aumentó 12 % en el primer semestre del año frente al mismo periodo de 2023, informó la federación de cafeteros.",
            "El gremio atribuyó el aumento a mejores condiciones climáticas y a la renovación de cafetales.",
            "Las exportaciones crecieron 9 %, impulsadas por la demanda de Estados Unidos y Europa.",
            "Los productores advirtieron, sin embargo, que los costos de los fertilizantes siguen altos.",
        ],
    },
    {
        "id": "ar-inflacion", "lang": "es", "region": "AR", "topic": "economia", "section": "Economía",
        "city": "BUENOS AIRES", "headline": "La inflación de marzo fue de 3,7 % y acumula 11 % en el trimestre",
        "paras": [
            "El índice de precios al consumidor subió 3,7 % en marzo, informó el instituto de estadística, por debajo de lo que esperaban los analistas.",
            "Los rubros con mayores aumentos fueron educación, vivienda y transporte.",
            "En el primer trimestre, la inflación acumulada llegó a 11 %.",
            "El ministro de Economía celebró el dato en sus redes sociales, aunque consultoras privadas advirtieron que abril traerá subas de tarifas.",
            "##Qué se espera",
            "Las consultoras prevén una desaceleración gradual en los próximos meses.",
        ],
    },
    {
        "id": "pe-lluvias", "lang": "es", "region": "PE", "topic": "clima", "section": "Regiones",
        "city": "LIMA", "headline": "Lluvias intensas dejan 3.000 damnificados en el norte del Perú",
        "paras": [
            "Las lluvias intensas registradas en los últimos días han dejado al menos 3.000 damnificados en Piura y Tumbes, según el centro de operaciones de emergencia.",
            "Varias carreteras permanecen bloqueadas por huaicos.",
            "El gobierno regional declaró la emergencia en seis distritos.",
            "Las autoridades pidieron a la población:",
            "- no cruzar quebradas activas",
            "- almacenar agua potable",
            "- seguir los avisos oficiales por radio",
            "El servicio de meteorología prevé más lluvias hasta el fin de semana.",
        ],
    },
    {
        "id": "cl-incendio", "lang": "es", "region": "CL", "topic": "emergencia", "section": "Nacional",
        "city": "VALPARAÍSO", "headline": "Controlan incendio forestal que amenazó viviendas en Viña del Mar",
        "paras": [
            "Bomberos lograron controlar este martes un incendio forestal que durante la noche amenazó viviendas en los cerros de Viña del Mar.",
            "El fuego consumió unas 120 hectáreas de pastizales y eucaliptos.",
            "No se reportaron personas lesionadas, aunque dos casas sufrieron daños parciales.",
            "La fiscalía abrió una investigación para determinar el origen del siniestro.",
        ],
    },
    {
        "id": "es-galicia-pesca", "lang": "es", "region": "ES", "topic": "economia", "section": "Galicia",
        "city": "Vigo", "headline": "La flota de Vigo pide ayudas ante el cierre de caladeros",
        "paras": [
            "Los armadores de la flota de altura de Vigo reclamaron este lunes ayudas urgentes tras el cierre temporal de varios caladeros en aguas internacionales.",
            "Según la cooperativa de armadores, una veintena de barcos permanecen amarrados en el puerto.",
            "«No podemos aguantar otro invierno así», dijo el presidente de la cooperativa.",
            "La Xunta anunció que estudiará una línea de créditos blandos.",
        ],
    },
    {
        "id": "mx-futbol", "lang": "es", "region": "MX", "topic": "deportes", "section": "Deportes",
        "city": "GUADALAJARA", "headline": "Chivas remonta y se mete a la liguilla",
        "paras": [
            "Chivas remontó un 0-1 y venció 2-1 a su rival este sábado en el Estadio Akron para asegurar su lugar en la liguilla.",
            "El empate llegó al minuto 67 con un disparo desde fuera del área.",
            "En el tiempo agregado, un cabezazo tras un tiro de esquina desató la fiesta en la tribuna.",
            "«El equipo nunca dejó de creer», dijo el técnico.",
        ],
    },
    {
        "id": "do-turismo", "lang": "es", "region": "CARIB", "topic": "turismo", "section": "Economía",
        "city": "SANTO DOMINGO", "headline": "Llegada de cruceristas a República Dominicana crece 30 %",
        "paras": [
            "La llegada de pasajeros de cruceros a la República Dominicana creció 30 % en el primer trimestre, informó el Ministerio de Turismo.",
            "Los puertos de Samaná y La Romana concentraron la mayor parte de las escalas.",
            "Las autoridades prevén superar el récord del año pasado.",
            "Comerciantes de la Zona Colonial aseguran que las ventas han mejorado.",
        ],
    },
]
