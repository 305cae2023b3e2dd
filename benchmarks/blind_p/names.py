"""Invented name pools for blind_p, written separately for dev and test (no name is shared).

Every site, aggregator, publisher, host and person below is invented for this corpus.
"""

# aggregator / autoblog names (the name a disclaimer gives itself; also used as title suffix)
AGGREGATORS = {
    "dev": {
        "en": ["Newsloom", "FeedCanopy", "HeadlineHarbor", "Tidewire Digest", "BuzzSextant",
               "StoryCrate", "Glintpost", "QuillStream Hub", "Daily Gleaner Online", "Wirepatch"],
        "de": ["Nachrichtenkorb", "Schlagzeilenwerk", "Meldungsmühle", "NewsWabe", "Presseschau24",
               "Rundblick Digital"],
        "fr": ["Actufil", "Dépêchoir", "InfoRuche", "Le Kiosque Malin", "Flashmosaïque",
               "Veille Éclair"],
        "es": ["NotiCesta", "Titularia", "El Agregador Veloz", "Prensario Web", "InfoMosaico",
               "Portal Brújula"],
    },
    "test": {
        "en": ["Snapwire Central", "Pressfold", "Currently Curated", "Briefmill", "NewsTrellis",
               "Copperdesk Feed", "Lanternline", "Pulsegather", "Ticker Meadow", "Outpost Aggregate"],
        "de": ["Blattsammler", "TickerHafen", "Nachrichtenpfad", "Kurzmeldung.net", "Zeitungsfenster",
               "Presseecho Online"],
        "fr": ["Revue Express", "Brèvothèque", "Le Fil Continu", "Canal Synthèse", "Infopanorama",
               "Gazette Automatique"],
        "es": ["Resumidero", "Cable Diario", "Noticiario Global Web", "TitularExpress", "La Red Informa",
               "Antena Noticias Web"],
    },
}

# original publishers: (name, host). Host names derive from the name but are invented too.
PUBLISHERS = {
    "dev": {
        "en": [("The Carrow Sentinel", "www.carrowsentinel.com"),
               ("Bayfront Courier", "bayfrontcourier.net"),
               ("Millbrook Examiner", "www.millbrookexaminer.com"),
               ("Northgate Ledger", "www.northgateledger.co.uk"),
               ("The Dunmore Chronicle", "dunmorechronicle.org"),
               ("Ashcombe Daily News", "www.ashcombedaily.com"),
               ("Riverside Telegraph", "www.riversidetelegraph.ca"),
               ("Pelham Post-Dispatch", "www.pelhampd.com")],
        "de": [("Tagesanzeiger Wendelstadt", "www.ta-wendelstadt.de"),
               ("Nordkurier Brakenfeld", "www.nk-brakenfeld.de"),
               ("Rheinblick Zeitung", "rheinblick-zeitung.de"),
               ("Allgäuer Abendpost", "www.abendpost-allgaeu.de"),
               ("Münsterländer Rundschau", "www.ml-rundschau.de")],
        "fr": [("Le Courrier de Vernay", "www.courrier-vernay.fr"),
               ("L'Écho des Causses", "echodescausses.fr"),
               ("La Dépêche Lorvaine", "www.depeche-lorvaine.fr"),
               ("Le Journal de Saint-Aubrac", "www.jsa-info.fr"),
               ("Ouest Matin", "www.ouestmatin.fr")],
        "es": [("El Heraldo de Valdemora", "www.heraldovaldemora.es"),
               ("Diario del Sureste", "diariodelsureste.com"),
               ("La Voz de Almaraz", "www.lavozdealmaraz.es"),
               ("El Correo Austral", "www.correoaustral.com.ar"),
               ("Crónica de Tierra Alta", "www.cronicatierraalta.mx")],
    },
    "test": {
        "en": [("The Halloway Gazette", "www.hallowaygazette.com"),
               ("Kestrel Bay Times", "kestrelbaytimes.com"),
               ("Upland Register", "www.uplandregister.com"),
               ("The Marrowdale Star", "www.marrowdalestar.co.uk"),
               ("Fenwick Evening Press", "fenwickpress.net"),
               ("Westmere Observer", "www.westmereobserver.com"),
               ("Coastline Record", "www.coastlinerecord.com.au"),
               ("Granite Falls Tribune", "www.gftribune.com")],
        "de": [("Weserkurier Lindau-Ost", "www.wk-lindau-ost.de"),
               ("Hessische Morgenzeitung", "www.hmz-online.de"),
               ("Saalfelder Landbote", "saalfelder-landbote.de"),
               ("Oberpfalz Echo", "www.oberpfalz-echo.de"),
               ("Die Börde am Sonntag", "www.boerde-sonntag.de")],
        "fr": [("La Gazette du Morvandois", "www.gazette-morvandois.fr"),
               ("Le Républicain de l'Aure", "republicain-aure.fr"),
               ("Midi Horizon", "www.midihorizon.fr"),
               ("Le Petit Alsacien", "www.petitalsacien.fr"),
               ("L'Informateur Picard", "www.informateur-picard.fr")],
        "es": [("El Faro de Benalcázar", "www.farobenalcazar.es"),
               ("Diario Cordillera", "diariocordillera.cl"),
               ("La Tribuna de Olmedo", "www.tribunaolmedo.es"),
               ("Noticias del Litoral Sur", "www.litoralsur.com.uy"),
               ("El Mirador Andino", "www.miradorandino.pe")],
    },
}

FIRST = {
    "dev": {
        "en": ["Harriet", "Desmond", "Priya", "Calvin", "Imogen", "Rafael", "Tamsin", "Oluwaseun", "Greta", "Nolan"],
        "de": ["Jörg", "Annika", "Malte", "Henrike", "Friedemann", "Svenja"],
        "fr": ["Gaëlle", "Thibault", "Solène", "Arnaud", "Maëlys", "Régis"],
        "es": ["Ximena", "Gonzalo", "Itziar", "Rodrigo", "Maite", "Esteban"],
    },
    "test": {
        "en": ["Beatrix", "Lionel", "Keziah", "Marcus", "Ophelia", "Tobias", "Anjali", "Wendell", "Rosalind", "Emeka"],
        "de": ["Ulrike", "Bastian", "Wiebke", "Gernot", "Kerstin", "Lennart"],
        "fr": ["Ombeline", "Bastien", "Clémence", "Yannick", "Ludivine", "Gautier"],
        "es": ["Nerea", "Fermín", "Araceli", "Baltasar", "Rocío", "Iñigo"],
    },
}
LAST = {
    "dev": {
        "en": ["Pemberton", "Okafor", "Lindqvist", "Marchetti", "Haverford", "Szabo", "Quintero", "Blackwood"],
        "de": ["Brackmann", "Oltersdorf", "Wiesinger", "Kranzbühler", "Dellbrück"],
        "fr": ["Lemarchal", "Dufresnoy", "Caradec", "Vasseur-Molin", "Bérangier"],
        "es": ["Arrizabalaga", "Peñalver", "Quiroga", "Sotomayor", "Villaverde"],
    },
    "test": {
        "en": ["Ashdown", "Nakagawa", "Fairbrother", "Delacroix-Webb", "Mbeki", "Thornquist", "Radcliffe", "Ivanova"],
        "de": ["Hohenwarth", "Pflügler", "Sandkamp", "Ehrenreich", "Würzner"],
        "fr": ["Kerjean", "Montessuy", "Lachaume", "Pelletier-Rey", "Daubigny"],
        "es": ["Echeverría", "Manzanedo", "Urquiza", "Berrocal", "Cifuentes"],
    },
}

# agencies: canonical -> long forms usable in text
AGENCY_LONG = {
    "AP": ["The Associated Press", "Associated Press"],
    "AFP": ["Agence France-Presse"],
    "Reuters": ["Reuters"],
    "dpa": ["Deutsche Presse-Agentur"],
    "EFE": ["Agencia EFE"],
    "Bloomberg": ["Bloomberg"],
    "PTI": ["Press Trust of India"],
}
AGENCIES_BY_LANG = {
    "en": ["AP", "Reuters", "AFP", "Bloomberg", "PTI"],
    "de": ["dpa", "AFP", "Reuters"],
    "fr": ["AFP", "Reuters"],
    "es": ["EFE", "AFP", "Reuters"],
}
CITIES = {
    "en": ["LONDON", "CHICAGO", "SYDNEY", "TORONTO", "NEW DELHI", "NAIROBI"],
    "de": ["Berlin", "Hamburg", "Leipzig", "München", "Köln"],
    "fr": ["Paris", "Lyon", "Marseille", "Bordeaux", "Lille"],
    "es": ["Madrid", "Sevilla", "Bilbao", "Valencia", "Zaragoza"],
}

# tags / sections (generic words, shared vocabulary; values come from the text)
SECTIONS = {
    "en": ["World", "Business", "Tech", "Science", "Sports", "Health", "Politics", "Culture"],
    "de": ["Politik", "Wirtschaft", "Panorama", "Wissen", "Sport", "Kultur"],
    "fr": ["Monde", "Économie", "Société", "Sciences", "Sport", "Culture"],
    "es": ["Internacional", "Economía", "Sociedad", "Ciencia", "Deportes", "Cultura"],
}
TAGS = {
    "en": ["Economy", "Markets", "Climate", "Elections", "Health care", "Startups", "Space", "Courts",
           "Housing", "Transport", "Education", "Energy"],
    "de": ["Energiewende", "Verkehr", "Bildung", "Landtag", "Gesundheit", "Wohnen", "Klima", "Handel"],
    "fr": ["Transports", "Éducation", "Climat", "Santé", "Logement", "Agriculture", "Emploi", "Justice"],
    "es": ["Vivienda", "Empleo", "Turismo", "Sanidad", "Agua", "Educación", "Clima", "Transporte"],
}
