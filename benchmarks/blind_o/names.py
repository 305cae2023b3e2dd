"""Invented name pools for blind_o. Every pool is split into two separately written halves:
``dev`` and ``test`` never share a name."""

SITES = {
    "dev": ["Harbourline Daily", "The Copper Ledger", "Northgate Wire", "Pinecrest Post", "Bluevale Times",
            "Quillmark News", "Ridgeway Courier", "Saltmarsh Herald", "Foxhollow Report", "Ambervale Bulletin",
            "Tidewater Digest", "Lanternfield News"],
    "test": ["Merrowbank Gazette", "The Slate Compass", "Oakspire Tribune", "Driftwood Dispatch", "Kestrel Valley News",
             "Glenmoor Observer", "Ironbridge Voice", "Cobaltview Daily", "The Willowmere Sun", "Starling Point Press",
             "Brackenford Chronicle", "Halcyon Street Journal"],
}
SITES_DE = {"dev": ["Elbtaler Rundschau", "Nordhafen Kurier", "Lindenauer Blatt"],
            "test": ["Westfeld Anzeiger", "Moorbrücker Zeitung", "Auental Nachrichten"]}
SITES_FR = {"dev": ["Le Phare du Matin", "La Voix des Coteaux", "L'Écho de Brumeval"],
            "test": ["Le Courrier des Sablons", "La Gazette de Vermonde", "Le Réveil Lorrain Libre"]}
SITES_ES = {"dev": ["El Faro del Norte", "Diario La Ribera", "Crónica de Valmayor"],
            "test": ["El Heraldo Serrano", "La Voz del Estuario", "Noticias Altozano"]}

AGGREGATORS = {
    "dev": ["NewsFunnel", "Headlinr Hub", "FeedPulse", "StoryDrift", "Wirestack", "Newsloop24"],
    "test": ["Buzzharbor", "TopicTide", "ReadCascade", "Newsorbit Live", "Clipfeed", "DailyMesh"],
}

# (outlet name, host)
PUBLISHERS = {
    "dev": [("The Eastbrook Standard", "eastbrookstandard.com"), ("Coastal Mirror", "coastalmirror.net"),
            ("Valley Morning Star Ledger", "vmsledger.com"), ("Granite State Beacon", "granitebeacon.org"),
            ("The Prairie Sentinel", "prairiesentinel.com"), ("Metro Lantern", "metrolantern.co.uk"),
            ("Riverbend Journal", "riverbendjournal.com"), ("Southport Examiner", "southportexaminer.com"),
            ("Hessische Morgenpost", "hessenmorgen.de"), ("Le Petit Rhodanien", "petitrhodanien.fr"),
            ("Diario Costa Verde", "diariocostaverde.es")],
    "test": [("The Lakeshore Register", "lakeshoreregister.com"), ("Highland Clarion", "highlandclarion.net"),
             ("Capital Evening Record", "capitalrecord.com"), ("The Mesa Chronicle", "mesachronicle.org"),
             ("Harborview Times", "harborviewtimes.com"), ("Pennine Evening Gazette", "penninegazette.co.uk"),
             ("Bayside Observer", "baysideobserver.com"), ("Tri-County Press", "tricountypress.net"),
             ("Saarland Abendblatt", "saarabendblatt.de"), ("La Dépêche des Landes", "depechelandes.fr"),
             ("Heraldo de Levante Sur", "heraldolevantesur.es")],
}

THEMES = {"dev": ["Newsmatic Pro", "Zephyr Magazine", "Paperfold", "Inkwell News", "Columnist X", "Broadsheet Plus"],
          "test": ["Tabloidia", "Mastheadly", "Gazetteer Pro", "Frontpager", "NewsNest Premium", "Editorial One"]}
PLUGINS = {"dev": ["AutoFeed Importer", "RSS Siphon", "ContentPull Pro", "WP Feedmachine"],
           "test": ["SyndiGrab", "FeedHarvester Plus", "AutoPoster Deluxe", "WP Newsrobot"]}

PEOPLE_EN = {
    "dev": ["Maren Holt", "Devin Okafor", "Priya Ramaswamy", "Tobias Lind", "Carla Menendez", "Owen Fairweather",
            "Leah Kowalczyk", "Samuel Achterberg", "Nadia Boulos", "Grant McAllister", "Hana Sato", "Rufus Penhallow"],
    "test": ["Iris Vandermeer", "Kwame Asante", "Beatrix Lowell", "Julian Marchetti", "Tessa Brandt", "Felix Oyelaran",
             "Moira Kinsella", "Anton Reyes", "Yara Haddad", "Dominic Strand", "Elena Petrakis", "Conrad Willoughby"],
}
PEOPLE_DE = {"dev": ["Katrin Albers", "Jonas Weidemann", "Ulrike Brandstätter", "Malte Kirchhoff"],
             "test": ["Svenja Haberland", "Matthias Oberländer", "Frauke Timmermann", "Dirk Lohmeyer"]}
PEOPLE_FR = {"dev": ["Claire Desmarais", "Julien Peyrac", "Sophie Lanvin", "Mathieu Carrel"],
             "test": ["Hélène Bourdais", "Antoine Ferrand", "Lucie Marchal", "Thibault Rouvière"]}
PEOPLE_ES = {"dev": ["Lucía Ortega", "Andrés Villalba", "Marta Echeverría", "Sergio Llorente"],
             "test": ["Carmen Zubiaurre", "Diego Santamaría", "Rocío Benavides", "Pablo Irigoyen"]}

PHOTOGRAPHERS = {"dev": ["Rhea Lindqvist", "Marco Delacroix", "Ben Tsang", "Olu Adebayo", "Greta Solberg"],
                 "test": ["Hugo Varga", "Sina Farahani", "Lotte Jansen", "Wes Calloway", "Paloma Ruiz"]}

SECTIONS = {
    "en": {"dev": ["Politics", "Business", "Science", "Local News", "Sport", "Technology", "Health"],
           "test": ["World", "Economy", "Culture", "Environment", "Education", "Tech & Gadgets", "Opinion"]},
    "de": {"dev": ["Politik", "Wirtschaft", "Region"], "test": ["Panorama", "Kultur", "Lokales"]},
    "fr": {"dev": ["Politique", "Économie", "Société"], "test": ["Monde", "Culture", "Faits divers"]},
    "es": {"dev": ["Nacional", "Economía", "Sociedad"], "test": ["Internacional", "Cultura", "Local"]},
}

TAGS = {
    "en": {"dev": ["elections", "city council", "housing", "climate", "markets", "transport", "schools",
                   "public health", "energy", "courts", "wildlife", "startups"],
           "test": ["budget", "flooding", "trade", "universities", "aviation", "water supply", "tourism",
                    "policing", "agriculture", "broadband", "museums", "labour"]},
    "de": {"dev": ["Stadtrat", "Verkehr", "Energie", "Schulen"], "test": ["Haushalt", "Hochwasser", "Bahn", "Kliniken"]},
    "fr": {"dev": ["municipales", "transports", "énergie", "éducation"], "test": ["budget", "inondations", "agriculture", "santé"]},
    "es": {"dev": ["ayuntamiento", "vivienda", "turismo", "sanidad"], "test": ["presupuestos", "sequía", "transporte", "educación"]},
}

# datelines: (city shown, agency-or-None, lang)
AGENCY_CANON = {
    "AP": ["Associated Press", "The Associated Press"],
    "AFP": ["Agence France-Presse", "Agence France Presse"],
    "Reuters": ["Thomson Reuters"],
    "dpa": ["Deutsche Presse-Agentur", "DPA"],
    "EFE": ["Agencia EFE", "Efe"],
}
