"""Invented name pools for blind_q, split into a dev half and a test half (disjoint)."""

# aggregators: (name as the disclaimer writes it, aliases)
AGGREGATORS = {
    "dev": [
        ("NewsPile", []), ("Feedora.com", ["Feedora"]), ("HeadlineHarbor", []),
        ("DigestNest", []), ("Nachrichtenkorb.de", ["Nachrichtenkorb"]), ("InfoRuche", []),
        ("Titularia", []), ("QuillStream", []), ("Pressekiste", []), ("Actuvore.fr", ["Actuvore"]),
        ("NotiCesta", []), ("BriefBay", []), ("Zeilenfang", []), ("LaGazetière", []),
        ("Portadas24", []), ("Scoopline.net", ["Scoopline"]),
    ],
    "test": [
        ("StoryBasket", []), ("WireWhale.com", ["WireWhale"]), ("PressMosaic", []),
        ("NewsTrove", []), ("Zeitungsnetz", []), ("Actufil.fr", ["Actufil"]),
        ("NoticiasRed", []), ("ReadRadar", []), ("Meldungsmeer.de", ["Meldungsmeer"]),
        ("Dépêchoir", []), ("ElCosechador", []), ("TopicTide", []), ("Schlagzeilenwerk", []),
        ("InfoMosaïque", []), ("Resumidor.es", ["Resumidor"]), ("HeadlineHive", []),
    ],
}

# sites serving the page (title suffix / breadcrumb suffix / copyright)
SITES = {
    "dev": {"en": ["Ridgeway Post", "The Copper Valley Times", "Bayside Bulletin", "Pinewood Observer",
                   "Metro Ticker", "Lakeshore Daily", "TechMarsh"],
            "de": ["NordMeldung", "Kurier am Fluss", "Rheinblick Online"],
            "fr": ["Le Veilleur du Sud", "L'Écho des Combes", "Le Fil Alpin"],
            "es": ["Diario Farallón", "Crónica del Valle Alto", "El Faro Mediterráneo"]},
    "test": {"en": ["Granite City Herald", "The Amber Coast Journal", "Harbor Lights News",
                    "Cedar Ridge Gazette", "Skyline Wire", "Prairie Sentinel", "GadgetBayou"],
             "de": ["Südwest Spiegelblatt", "Morgenpost Talgrund", "Alpenecho"],
             "fr": ["La Sentinelle Bretonne", "Le Courrier des Vallons", "Le Phare Atlantique"],
             "es": ["Heraldo de la Meseta", "La Voz del Estrecho", "Noticias Sierra Verde"]},
}

# publishers: (outlet name, host)
PUBLISHERS = {
    "dev": [("The Harbor Ledger", "harborledger.com"), ("Midland Courier", "midlandcourier.net"),
            ("Westbrook Tribune", "westbrooktribune.com"), ("Rundschau Nordost", "rundschau-nordost.de"),
            ("Hanse Abendblatt", "hanse-abendblatt.de"), ("La Dépêche Lacustre", "depeche-lacustre.fr"),
            ("Le Républicain du Nord", "republicain-nord.fr"), ("El Correo Austral", "correoaustral.es"),
            ("Diario del Litoral Norte", "litoralnorte.es"), ("Silverton Evening News", "silvertonnews.co.uk"),
            ("The Quarry Times", "quarrytimes.com"), ("Pacific Rim Record", "pacrimrecord.com")],
    "test": [("The Orchard Gazette", "orchardgazette.com"), ("Eastfield Chronicle", "eastfieldchronicle.org"),
             ("Lowland Examiner", "lowlandexaminer.com"), ("Bergische Tagespost", "bergische-tagespost.de"),
             ("Märkischer Anzeiger Neu", "maerkischer-anzeiger-neu.de"), ("Ouest Horizon", "ouest-horizon.fr"),
             ("La Tribune des Causses", "tribune-causses.fr"), ("La Gaceta Ibérica", "gacetaiberica.es"),
             ("El Heraldo Cantábrico", "heraldocantabrico.es"), ("Northgate Mercury", "northgatemercury.co.uk"),
             ("The Delta Dispatch", "deltadispatch.com"), ("Highland Record", "highlandrecord.net")],
}

PEOPLE = {
    "dev": {
        "en": ["Maya Castellano", "Derek Holloway", "Priya Ramanathan", "Owen Fairchild",
               "Lena Whitcombe", "Tobias Grant", "Rachel Okonkwo", "Samuel Breyer"],
        "de": ["Katrin Vollmer", "Jonas Achterberg", "Ulrike Hensel", "Matthias Klöckner"],
        "fr": ["Élodie Marchand", "Bastien Roux", "Camille Perrault", "Yannick Lefebvre"],
        "es": ["Lucía Berrocal", "Andrés Quiroga", "Marta Villalobos", "Iñigo Salazar"],
    },
    "test": {
        "en": ["Nadia Pembrook", "Connor Ashby", "Julia Marchetti", "Victor Nakamura",
               "Hannah Lindqvist", "Marcus Delaney", "Ingrid Solberg", "Felix Tremaine"],
        "de": ["Sabine Wendland", "Florian Mertens", "Annika Strobel", "Rüdiger Pohl"],
        "fr": ["Aurélie Fontaine", "Thibault Garnier", "Margaux Lemoine", "Grégoire Blanchet"],
        "es": ["Carmen Olmedo", "Javier Montoya", "Elena Arriaga", "Rodrigo Peñalver"],
    },
}

THEMES = {"dev": ["NewsFlare Pro", "Paperwave", "Headliner X"],
          "test": ["Gazetto Pro", "InkPress Magazine", "Tabloidia"]}
PLUGINS = {"dev": ["FeedSucker", "AutoPress Importer"], "test": ["RSS Harvester Plus", "WP Content Mirror"]}

SECTIONS = {
    "dev": {"en": ["Politics", "Business", "Science", "Local"], "de": ["Politik", "Wirtschaft"],
            "fr": ["Société", "Économie"], "es": ["Nacional", "Economía"]},
    "test": {"en": ["World", "Tech", "Health", "Sports"], "de": ["Panorama", "Regionales"],
             "fr": ["Monde", "Région"], "es": ["Sociedad", "Internacional"]},
}

TAGS = {
    "dev": {"en": ["elections", "energy prices", "housing", "climate", "startups", "transport"],
            "de": ["Verkehr", "Landtag", "Energie", "Schulen"],
            "fr": ["transports", "municipales", "agriculture", "santé"],
            "es": ["vivienda", "turismo", "sequía", "empleo"]},
    "test": {"en": ["public health", "courts", "wildfires", "semiconductors", "tourism", "budget"],
             "de": ["Wohnungsbau", "Bundesliga", "Klimaschutz", "Bahn"],
             "fr": ["logement", "éducation", "tourisme", "littoral"],
             "es": ["sanidad", "incendios", "pesca", "universidades"]},
}

CITIES = {
    "dev": {"en": ["Lisbon", "Nairobi", "Denver", "Manila"], "de": ["Kassel", "Rostock", "Ulm"],
            "fr": ["Rennes", "Limoges", "Annecy"], "es": ["Vigo", "Murcia", "Salamanca"]},
    "test": {"en": ["Oslo", "Lagos", "Phoenix", "Hanoi"], "de": ["Erfurt", "Passau", "Kiel"],
             "fr": ["Brest", "Nancy", "Pau"], "es": ["Cádiz", "León", "Logroño"]},
}

EMAIL_USERS = {"dev": ["takedown", "abuse", "legal", "contact"],
               "test": ["removals", "copyright", "support", "rights"]}

# agencies: canonical -> aliases (long forms)
AGENCIES = {
    "AP": ["Associated Press", "The Associated Press"],
    "AFP": ["Agence France-Presse", "Agence France Presse"],
    "Reuters": ["Thomson Reuters"],
    "dpa": ["Deutsche Presse-Agentur"],
    "EFE": ["Agencia EFE"],
    "PTI": ["Press Trust of India"],
    "Kyodo": ["Kyodo News"],
    "Yonhap": ["Yonhap News Agency"],
}
