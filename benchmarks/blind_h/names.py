"""Invented name pools for blind_h, each split into a dev half and a test half (disjoint).

Every site, aggregator, publisher, company, distributor, theme, plugin and person name here was
invented for this corpus. ``POOLS[name][split]`` is the list a document of that split draws from.
"""

from __future__ import annotations

# --------------------------------------------------------------------------- aggregators
AGGREGATORS = {
    "dev": ["NewsLoom", "Feedwright", "Headline Harbor", "DailyDigestor", "Wirestack",
            "TopicMill", "Skimline", "NewsOrbit.io", "Brevity Hub", "Pulseboard"],
    "test": ["Clipfold", "StoryRelay", "Newsgrain", "Gleanly", "The Roundup Engine",
             "Inkstream", "Linkwell News", "Ticker Nest", "Scoopline", "FeedFoundry.net"],
}
AGGREGATORS_FOREIGN = {
    "dev": {"de": ["Meldungsmühle", "NachrichtenSieb"], "fr": ["Fil Éclair", "Agrégactu"],
            "es": ["Titularia", "NotiRadar"]},
    "test": {"de": ["Schlagzeilenfang", "Newskorb"], "fr": ["Dépêchoir", "InfoTamis"],
             "es": ["Recopila Noticias", "El Cazatitulares"]},
}

# --------------------------------------------------------------------------- publishers (outlet, host)
PUBLISHERS = {
    "dev": [("The Harbor Ledger", "harborledger.com"), ("Cedar Valley Courier", "cvcourier.net"),
            ("Northgate Tribune", "northgatetribune.com"), ("The Prairie Signal", "prairiesignal.org"),
            ("Lakeside Observer", "lakesideobserver.com"), ("Mesa Daily Record", "mesarecord.com"),
            ("Coastal Current", "coastalcurrent.news"), ("The Granite Post", "granitepost.co.uk"),
            ("Riverbend Gazette", "riverbendgazette.com"), ("Ironwood Times", "ironwoodtimes.com.au"),
            ("Tallgrass Monitor", "tallgrassmonitor.com"), ("The Kestrel Review", "kestrelreview.org")],
    "test": [("The Saltmarsh Herald", "saltmarshherald.com"), ("Pinecrest Chronicle", "pinecrestchronicle.com"),
             ("Bluewater Dispatch", "bluewaterdispatch.net"), ("The Upland Sentinel", "uplandsentinel.org"),
             ("Redfern Examiner", "redfernexaminer.com"), ("Copperline Journal", "copperlinejournal.com"),
             ("The Fenwick Star", "fenwickstar.co.uk"), ("Oakhaven Bulletin", "oakhavenbulletin.com"),
             ("Marlow Bay Press", "marlowbaypress.com"), ("Stonebridge Voice", "stonebridgevoice.ca"),
             ("Wrenfield Standard", "wrenfieldstandard.com"), ("The Dunmore Record", "dunmorerecord.ie")],
}
PUBLISHERS_FOREIGN = {
    "dev": {"de": [("Rheinauer Abendpost", "rheinauer-abendpost.de"), ("Weserblick", "weserblick.de"),
                   ("Mittelland-Bote", "mittelland-bote.de")],
            "fr": [("L'Écho des Causses", "echodescausses.fr"), ("Le Veilleur de Loire", "leveilleurdeloire.fr"),
                   ("La Lanterne du Jura", "lanternedujura.fr")],
            "es": [("Diario La Meseta", "diariolameseta.es"), ("La Voz del Jiloca", "lavozdeljiloca.es"),
                   ("El Eco del Segura", "elecodelsegura.es")]},
    "test": {"de": [("Havelländer Tagesblatt", "havellaender-tagesblatt.de"), ("Saalebote", "saalebote.de"),
                    ("Eifeler Rundschreiben", "eifeler-rundschreiben.de")],
             "fr": [("La Vigie du Cotentin", "lavigieducotentin.fr"), ("Le Relais des Combes", "relaisdescombes.fr"),
                    ("Le Guetteur d'Argonne", "guetteurdargonne.fr")],
             "es": [("El Faro de Almanzora", "elfarodealmanzora.es"), ("Crónica del Bierzo Alto", "cronicabierzoalto.es"),
                    ("Heraldo de la Vera", "heraldodelavera.es")]},
}

# --------------------------------------------------------------------------- press-release issuers + portals
COMPANIES = {
    "dev": [("Brightwater Analytics", "brightwateranalytics.com"), ("Kestrel Robotics", "kestrelrobotics.io"),
            ("Amberfield Foods", "amberfieldfoods.com"), ("Solvane Energy", "solvane-energy.com"),
            ("Halcyon Biotherapeutics", "halcyonbio.com"), ("Tidemark Logistics", "tidemarklogistics.com"),
            ("Orchid Lane Software", "orchidlane.dev"), ("Pelorus Water", "peloruswater.com")],
    "test": [("Corvid Materials", "corvidmaterials.com"), ("Lumenpath Health", "lumenpathhealth.com"),
             ("Quillfeather Publishing", "quillfeather.co"), ("Ardent Grid Systems", "ardentgrid.com"),
             ("Mossgiel Outdoor", "mossgieloutdoor.com"), ("Vantor Semiconductors", "vantorsemi.com"),
             ("Greyfinch Insurance", "greyfinch.com"), ("Sablewood Labs", "sablewoodlabs.com")],
}
PR_PORTALS = {
    "dev": ["NewsBeam Wire", "PressLantern", "Dispatchly", "ReleaseDock"],
    "test": ["Wireline Pulse", "ReleaseRiver", "BriefCast Media", "Announcely"],
}

# --------------------------------------------------------------------------- sites serving the page
SITES = {
    "dev": ["Metro Pulse 24", "The Daily Kettle", "Valley Buzz", "NewsPatch Today", "Sundial News",
            "Trendwire Daily", "Hilltop Online", "Global Fold", "Northlight Post", "Crossroads Wire"],
    "test": ["Quartzline", "Morning Bellows", "The Lantern Desk", "Briskly News", "Eastbank Now",
             "Ripple Report", "Canopy Times", "Nightjar News", "Harbourside Daily", "Amberlight Media"],
}
SITES_FOREIGN = {
    "dev": {"de": ["Nachrichtenecke", "Stadtfunk Online"], "fr": ["Infos du Jour 360", "Le Fil Local"],
            "es": ["Portal Noticias Ya", "El Mirador Digital"]},
    "test": {"de": ["Blickpunkt Heute", "Kiezmelder"], "fr": ["Actu Soleil", "Quotidien Vif"],
             "es": ["Actualidad Norte", "Diario Brújula"]},
}

# --------------------------------------------------------------------------- WordPress themes / plugins
THEMES = {
    "dev": ["Nexora", "Brightpress", "Flexmag Pro", "Papyrum"],
    "test": ["Newsroomly", "Columna", "Vistamag", "Inkwell Prime"],
}
PLUGINS = {
    "dev": ["WP AutoFeeder", "RSS Pilot"],
    "test": ["FeedSiphon", "AutoPost Engine"],
}

# --------------------------------------------------------------------------- people
FIRST = {
    "dev": ["Maren", "Tobias", "Priya", "Desmond", "Ilse", "Rafael", "Colette", "Henrik", "Anouk",
            "Dmitri", "Lucinda", "Oren", "Nadia", "Bram", "Fiona", "Jasper"],
    "test": ["Soraya", "Emil", "Beatrix", "Kwame", "Ottilie", "Mateo", "Greta", "Lionel", "Yasmin",
             "Casimir", "Ingrid", "Teodor", "Marisol", "Aldo", "Philippa", "Ronan"],
}
LAST = {
    "dev": ["Ashdown", "Vellacott", "Okonkwo", "Brennick", "Halvorsen", "Quintero", "Marchetti",
            "Lindqvist", "Dumoulin", "Farrow", "Castellano", "Weyland", "Pemberton", "Strand"],
    "test": ["Thistlewood", "Kowalczyk", "Arbuthnot", "Nakashima", "Delacroix", "Fennimore",
             "Ortega-Blum", "Sandoval", "Raskin", "Whitcombe", "Brandauer", "Mbeki-Rowe", "Lacombe", "Heskey"],
}

# --------------------------------------------------------------------------- sections, tags, nav
SECTIONS = {
    "en": {"dev": ["World", "Business", "Politics", "Technology", "Health", "Local News", "Science"],
           "test": ["Nation", "Economy", "Tech & Science", "Markets", "Environment", "Metro", "Sport"]},
    "de": {"dev": ["Politik", "Wirtschaft", "Panorama"], "test": ["Regionales", "Kultur", "Ausland"]},
    "fr": {"dev": ["Politique", "Économie", "Société"], "test": ["Monde", "Culture", "Région"]},
    "es": {"dev": ["Política", "Economía", "Sociedad"], "test": ["Internacional", "Cultura", "Local"]},
}
TAGS = {
    "en": {"dev": ["elections", "climate", "housing", "transport", "courts", "energy prices",
                   "public health", "schools", "startups", "wildfires"],
           "test": ["budget", "farming", "policing", "trade", "space", "water supply", "tourism",
                    "labour", "broadband", "flooding"]},
    "de": {"dev": ["Verkehr", "Klima", "Wohnen"], "test": ["Landwirtschaft", "Haushalt", "Tourismus"]},
    "fr": {"dev": ["transports", "climat", "logement"], "test": ["agriculture", "budget", "tourisme"]},
    "es": {"dev": ["transporte", "clima", "vivienda"], "test": ["agricultura", "presupuesto", "turismo"]},
}
NAV = {
    "en": {"dev": ["Home", "News", "World", "Business", "Opinion", "Sport", "Video", "Weather"],
           "test": ["Front Page", "Latest", "Local", "Money", "Culture", "Lifestyle", "Podcasts", "Obituaries"]},
    "de": {"dev": ["Startseite", "Politik", "Sport", "Kultur"], "test": ["Home", "Region", "Wirtschaft", "Leben"]},
    "fr": {"dev": ["Accueil", "Actualités", "Sport", "Culture"], "test": ["Une", "Région", "Économie", "Loisirs"]},
    "es": {"dev": ["Inicio", "Noticias", "Deportes", "Cultura"], "test": ["Portada", "España", "Mundo", "Ocio"]},
}
FOOTER = {
    "en": {"dev": ["About Us", "Privacy Policy", "Contact", "Advertise", "Terms of Service"],
           "test": ["Our Team", "Cookie Settings", "Corrections", "Careers", "Terms & Conditions"]},
    "de": {"dev": ["Impressum", "Datenschutz"], "test": ["Kontakt", "AGB"]},
    "fr": {"dev": ["Mentions légales", "Contact"], "test": ["Confidentialité", "Nous écrire"]},
    "es": {"dev": ["Aviso legal", "Contacto"], "test": ["Política de privacidad", "Quiénes somos"]},
}

# --------------------------------------------------------------------------- agencies
#: canonical value -> long forms accepted as aliases
AGENCY_ALIASES = {
    "AP": ["Associated Press", "The Associated Press"],
    "AFP": ["Agence France-Presse", "Agence France Presse"],
    "Reuters": ["Thomson Reuters"],
    "PTI": ["Press Trust of India"],
    "ANI": ["Asian News International"],
    "IANS": ["Indo-Asian News Service"],
    "dpa": ["Deutsche Presse-Agentur"],
    "EFE": ["Agencia EFE"],
    "ANSA": ["Agenzia Nazionale Stampa Associata"],
    "Xinhua": ["Xinhua News Agency"],
    "Kyodo": ["Kyodo News"],
    "Yonhap": ["Yonhap News Agency"],
    "Bloomberg": ["Bloomberg News"],
    "UPI": ["United Press International"],
}
#: forms a text may show for an agency (the evidence); value is the canonical name
AGENCY_FORMS = {
    "AP": ["AP", "Associated Press", "The Associated Press"],
    "AFP": ["AFP", "Agence France-Presse"],
    "Reuters": ["Reuters"],
    "PTI": ["PTI", "Press Trust of India"],
    "ANI": ["ANI"],
    "IANS": ["IANS"],
    "dpa": ["dpa", "Deutsche Presse-Agentur"],
    "EFE": ["EFE", "Agencia EFE"],
    "ANSA": ["ANSA"],
    "Xinhua": ["Xinhua"],
    "Kyodo": ["Kyodo", "Kyodo News"],
    "Yonhap": ["Yonhap"],
    "Bloomberg": ["Bloomberg", "Bloomberg News"],
    "UPI": ["UPI"],
}
AGENCIES_BY_LANG = {
    "en": ["AP", "AFP", "Reuters", "PTI", "ANI", "IANS", "Xinhua", "Kyodo", "Yonhap", "Bloomberg", "UPI"],
    "de": ["dpa", "AFP", "Reuters"],
    "fr": ["AFP", "Reuters"],
    "es": ["EFE", "AFP", "ANSA"],
}
