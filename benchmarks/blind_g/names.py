"""Invented name pools for blind_g (sites, aggregators, publishers, themes, people, places)."""

AGENCIES = {
    "AP": ["AP", "Associated Press", "The Associated Press"],
    "AFP": ["AFP", "Agence France-Presse"],
    "Reuters": ["Reuters"],
    "PTI": ["PTI", "Press Trust of India"],
    "ANI": ["ANI", "Asian News International"],
    "IANS": ["IANS", "Indo-Asian News Service"],
    "dpa": ["dpa", "Deutsche Presse-Agentur"],
    "EFE": ["EFE", "Agencia EFE"],
    "ANSA": ["ANSA"],
    "Xinhua": ["Xinhua", "Xinhua News Agency"],
    "Kyodo": ["Kyodo", "Kyodo News"],
    "Yonhap": ["Yonhap", "Yonhap News Agency"],
    "Bloomberg": ["Bloomberg"],
    "UPI": ["UPI", "United Press International"],
}
AGENCY_BY_LANG = {
    "en": ["AP", "AP", "Reuters", "Reuters", "AFP", "PTI", "ANI", "IANS", "Bloomberg", "UPI",
           "Kyodo", "Yonhap", "Xinhua"],
    "de": ["dpa", "dpa", "AFP", "Reuters"],
    "fr": ["AFP", "AFP", "Reuters"],
    "es": ["EFE", "EFE", "AFP", "Reuters"],
}

# sites that serve the copied page (autoblogs, aggregators, spam)
SITE_NAMES = [
    "NewsPulse Daily", "Brightwire Hub", "Headline Harbor", "The Feed Forge", "Zestnews24",
    "Orbit Bulletin", "Quickscoop", "Trendvane", "Daily Lattice", "Newsdeck Central",
    "Wirewatch Online", "Scoopnest Live", "PaperKite", "Globe Ticker", "NowReport Plus",
    "Cobalt Chronicle", "Ripple Gazette", "Fastfeed World", "InfoStrand", "Topline Courier",
    "Morning Kettle", "Nexus Herald", "Bulletin Bay", "ViralMinute", "Pressroom Pulse",
    "Kiteline News", "Satellite Digest", "Hotwire Journal", "Metro Glance", "StoryStack",
    "Tidewater Times Online", "Signal Pier", "UrbanTicker", "Lumen Dispatch", "Flashpoint Desk",
]
SITE_NAMES_INTL = {
    "de": ["Nachrichtenwerk", "Tagesblick Online", "Schlagzeilen-Portal", "Kurier24 Digital",
           "Neuigkeiten Heute", "Rundblick Presse"],
    "fr": ["Actu Express", "Le Fil Continu", "Infos du Jour", "Quotidien Numérique",
           "La Dépêche Web", "Regard Actu"],
    "es": ["Noticias al Minuto", "El Boletín Digital", "Portal Informativo", "Diario Ágil",
           "La Crónica Web", "Titulares Hoy"],
}
AGGREGATORS = [
    "NewsLoom", "Feedtrail", "HeadlineMesh", "Aggrewise", "Newsrake", "Clipstream",
    "Pressjoin", "Storyfold", "NewsFunnel", "Gathernet", "Wirefold", "Collatr News",
    "Snapfeed Global", "ReaderHarvest", "Buzzcollect", "Omnibrief",
]
# original publishers: (name, host)
PUBLISHERS = [
    ("The Riverton Ledger", "rivertonledger.com"), ("Coastal Sentinel", "coastalsentinel.net"),
    ("The Maple Valley Star", "maplevalleystar.com"), ("Northfield Tribune", "northfieldtribune.com"),
    ("Granite City Herald", "granitecityherald.com"), ("The Eastbay Observer", "eastbayobserver.org"),
    ("Prairie Post-Dispatch", "prairiepostdispatch.com"), ("Harborview Gazette", "harborviewgazette.com"),
    ("The Summit Daily Record", "summitdailyrecord.com"), ("Lakeshore Courier", "lakeshorecourier.com"),
    ("Deccan Morning Mail", "deccanmorningmail.in"), ("The Cape Chronicle", "capechronicle.co.za"),
    ("Wellington Evening Star", "wellingtoneveningstar.co.nz"), ("Pacific Rim Monitor", "pacificrimmonitor.com"),
    ("The Highland Examiner", "highlandexaminer.co.uk"), ("Southgate Times", "southgatetimes.com.au"),
    ("Bay State Beacon", "baystatebeacon.com"), ("The Capital Voice", "capitalvoice.news"),
    ("MarketLine Business Review", "marketlinereview.com"), ("Techreach Weekly", "techreachweekly.com"),
    ("Silverlake Journal", "silverlakejournal.com"), ("Ozark Mountain Press", "ozarkmountainpress.com"),
]
PUBLISHERS_INTL = {
    "de": [("Westfälische Abendpost", "abendpost-westfalen.de"), ("Bodensee Rundschau", "bodensee-rundschau.de"),
           ("Märkische Allgemeine Zeitung Digital", "maz-digital.de"), ("Rheinischer Anzeiger", "rheinischer-anzeiger.de")],
    "fr": [("Le Courrier de l'Ouest Atlantique", "courrier-ouest-atlantique.fr"), ("La Voix des Alpes", "lavoixdesalpes.fr"),
           ("Le Progrès Lorrain", "progres-lorrain.fr"), ("L'Écho du Midi", "echodumidi.fr")],
    "es": [("El Heraldo del Norte", "heraldodelnorte.es"), ("La Gaceta de Levante", "gacetadelevante.es"),
           ("Diario del Sur Andaluz", "diariosurandaluz.es"), ("El Correo Meseta", "correomeseta.es")],
}
THEMES = [
    "Newsmatic Pro", "Zenhaber", "Paperline", "Ruby Headlines", "Magzine X", "Inkwell Press",
    "NewsCraft Elite", "Voxel Mag", "Soledad News", "Broadsheet WP", "Tribune Kit", "HeadRush",
    "Columnist Pro", "Gazettely", "Flashnews Prime",
]
PLUGINS = [
    "WP Auto Feeder Pro", "RSS Importer Ultimate", "Feedzy Clone", "AutoPost Premium",
    "Content Syndicator", "Smart Grabber", "NewsBot Importer", "WP Scraper Plus",
]
FIRST = ["Maya", "Daniel", "Priya", "Tomasz", "Elena", "Kwame", "Hannah", "Rohan", "Lucia", "Oliver",
         "Amara", "Jonas", "Sofia", "Marcus", "Aisha", "Felix", "Chloe", "Ravi", "Ingrid", "Mateo",
         "Grace", "Yusuf", "Leah", "Nikhil", "Clara", "Samuel", "Freya", "Tariq", "Nadia", "Owen"]
LAST = ["Whitfield", "Okafor", "Brennan", "Castellano", "Hartley", "Nakamura", "Delacroix", "Sandoval",
        "Ferreira", "Lindqvist", "Mbeki", "Thornbury", "Varga", "Kowalczyk", "Ashworth", "Iyer",
        "Rosales", "Fitzgerald", "Haddad", "Moreau", "Bergström", "Quinlan", "Abernathy", "Pillai",
        "Strand", "Okonjo", "Ventura", "Galloway", "Raines", "Marchetti"]
FIRST_INTL = {"de": ["Lena", "Jan", "Katrin", "Matthias", "Sabine", "Florian"],
              "fr": ["Camille", "Julien", "Élodie", "Mathieu", "Aurélie", "Nicolas"],
              "es": ["Lucía", "Javier", "Carmen", "Álvaro", "Marta", "Diego"]}
LAST_INTL = {"de": ["Hoffmann", "Brandt", "Kessler", "Wagner", "Lindner", "Vogt"],
             "fr": ["Lefèvre", "Garnier", "Rousseau", "Chevalier", "Marchand", "Fontaine"],
             "es": ["Herrera", "Navarro", "Ortega", "Castillo", "Medina", "Salazar"]}
PHOTOGRAPHERS = ["Jordan Pike", "Ana Ruiz", "Tobias Kern", "Mei Lin", "Carlos Ochoa", "Siobhan Reilly",
                 "Arjun Batra", "Greta Holm", "Peter Ndlovu", "Yuki Sato"]
PHOTO_SOURCES_NONCREDIT = ["Getty Images", "EPA", "Shutterstock", "Unsplash", "iStock",
                           "Alamy", "handout", "Supplied", "file photo"]
CITIES_EN = [("NAIROBI", "Kenya"), ("OTTAWA", None), ("MANILA", "Philippines"), ("DENVER", None),
             ("BRISBANE", "Australia"), ("LAGOS", "Nigeria"), ("CARDIFF", "Wales"), ("PHOENIX", None),
             ("SEOUL", "South Korea"), ("LIMA", "Peru"), ("HANOI", "Vietnam"), ("TOLEDO", "Ohio"),
             ("GENEVA", None), ("ACCRA", "Ghana"), ("BOISE", "Idaho"), ("CHENNAI", None)]
CITIES_DE = ["Hamburg", "Leipzig", "Freiburg", "Kassel", "Rostock", "Augsburg", "Bremen", "Erfurt"]
CITIES_FR = ["Rennes", "Grenoble", "Nantes", "Dijon", "Montpellier", "Lille", "Brest", "Limoges"]
CITIES_ES = ["Valladolid", "Murcia", "Zaragoza", "Granada", "Oviedo", "Alicante", "Vigo", "Cáceres"]
SECTIONS = {"en": ["World", "Business", "Politics", "Tech", "Science", "Health", "Local News", "Sports",
                   "Entertainment", "Environment", "Education", "Economy", "Lifestyle", "Opinion"],
            "de": ["Politik", "Wirtschaft", "Panorama", "Regional", "Kultur", "Wissen"],
            "fr": ["Société", "Économie", "Politique", "Régions", "Culture", "Sciences"],
            "es": ["Sociedad", "Economía", "Política", "Local", "Cultura", "Ciencia"]}
TAGS = {"en": ["city council", "budget", "elections", "climate", "transport", "housing", "schools",
               "technology", "public health", "courts", "energy", "wildlife", "tourism", "labour",
               "markets", "space", "agriculture", "water", "policing", "startups"],
        "de": ["Stadtrat", "Haushalt", "Verkehr", "Klima", "Schulen", "Energie", "Wohnen"],
        "fr": ["Mairie", "Budget", "Transports", "Climat", "Écoles", "Énergie", "Logement"],
        "es": ["Ayuntamiento", "Presupuesto", "Transporte", "Clima", "Colegios", "Energía", "Vivienda"]}
