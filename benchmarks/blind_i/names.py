"""Invented name pools for blind_i. Every pool is written as two halves: index 0 = dev, 1 = test.

Nothing here is taken from the seeds or from another corpus; all site, aggregator, publisher,
theme and person names are made up for this corpus (cities and agencies are real).
"""

# --- sites serving the page (title suffixes, copyright lines) -------------------------------
SITES = {
    "en": (
        ["The Harbour Ledger", "Millbrook Gazette", "Cedar Valley Post", "Kestrel Daily",
         "The Ridgeway Star", "Lantern Herald", "Pinecrest Today", "Saltmarsh Sentinel",
         "Dunmore Evening Wire", "The Orchard Bell", "Foxglove Chronicle", "Tidewater Monitor"],
        ["Northfield Courier", "Bayline News", "Tollgate Times", "Westmarch Record",
         "Quayside Chronicle", "Brightwater Journal", "The Copper Coast", "Elmstead Observer",
         "Hollowell Register", "The Larkspur Bulletin", "Greyfield Dispatch", "Marrow Bay Mercury"],
    ),
    "de": (
        ["Lindenhof Rundschau", "Mainquai Nachrichten", "Heidetaler Bote", "Elbstrand Kurier"],
        ["Spreewelle Online", "Alpenblatt Süd", "Weserblick Aktuell", "Moorbach Zeitung"],
    ),
    "fr": (
        ["La Gazette des Coteaux", "L'Écho du Plateau", "Le Courrier des Berges", "Vallon Matin"],
        ["Rive Sud Info", "Le Veilleur Normand", "La Lanterne d'Armor", "Causses Actu"],
    ),
    "es": (
        ["Diario Las Dunas", "La Voz del Valle Alto", "Heraldo de la Vega", "Noticias Altozano"],
        ["Crónica Ribereña", "El Mirador de Poniente", "Gaceta del Meridiano", "La Atalaya Digital"],
    ),
}

# autoblog / spam site names (often used as suffixes)
AUTOBLOGS = (
    ["ViralNewsDesk", "TopStoriesHub", "NewsRapid24", "Fresh Headlines Now", "DailyBuzzPoint",
     "WorldWireFeed"],
    ["InfoDrift", "HeadlineHarbor", "NewsOrbitPro", "QuickPress Daily", "TrendScoop", "BulletinBay"],
)

# aggregator names (disclaimers)
AGGREGATORS = (
    ["Newsbarn", "FeedMeadow", "StoryCrate", "Pressloom", "Kiosk365"],
    ["Dailyfold", "Headline Hive", "Feedwise", "NewsNook", "Wirepail"],
)

# original publishers: (name, host, aliases)
PUBLISHERS = {
    "en": (
        [("Thornbury Examiner", "thornburyexaminer.com"),
         ("Coastal Plains Herald", "coastalplainsherald.com"),
         ("The Morning Anvil", "morninganvil.co.uk"),
         ("Redfern Telegraph", "redferntelegraph.com.au"),
         ("Gullhaven Press", "gullhavenpress.com"),
         ("Prairie Signal", "prairiesignal.com")],
        [("Ashcombe Standard", "ashcombestandard.com"),
         ("Lakeshore Sentinel-Review", "lakeshoresentinel.com"),
         ("The Evening Quill", "eveningquill.co.uk"),
         ("Kauri Coast Times", "kauricoasttimes.co.nz"),
         ("Brackenridge Post", "brackenridgepost.com"),
         ("Sunvale Tribune", "sunvaletribune.com")],
    ),
    "de": (
        [("Freiberger Tagespost", "freiberger-tagespost.de"), ("Ostalb Echo", "ostalb-echo.de")],
        [("Saaletal Nachrichten", "saaletal-nachrichten.de"), ("Bodensee Abendblatt", "bodensee-abendblatt.de")],
    ),
    "fr": (
        [("Le Républicain des Dombes", "republicain-dombes.fr"), ("Ouest Littoral", "ouestlittoral.fr")],
        [("La Voix du Morvan", "voixdumorvan.fr"), ("Le Journal de la Brie", "journaldelabrie.fr")],
    ),
    "es": (
        [("El Correo de Alcores", "correodealcores.es"), ("Diario del Estrecho Norte", "diarioestrechonorte.es")],
        [("La Tribuna de Almadén", "tribunadealmaden.es"), ("El Norte Comarcal", "elnortecomarcal.es")],
    ),
}

THEMES = (["Newsmatic Pro", "Tribune Blocks", "Headwave"], ["Presslayer", "Columnist X", "Gazetta Lite"])
PLUGINS = (["AutoFeed Importer", "RSSPress Grabber"], ["WP Newsfetch", "FeedSpinner Ultra"])

PEOPLE = {
    "en": (
        ["Maya Ellison", "Tobias Crane", "Priya Raman", "Daniel Okafor", "Harriet Vance",
         "Leon Brandt", "Sofia Marchetti", "Grant Whitlow", "Nadia Kovac", "Owen Castell",
         "Ruth Abernathy", "Felix Amadi", "Clara Dunmore", "Ibrahim Sule", "Joanna Pike",
         "Marcus Fenwick", "Lena Hartigan", "Rafael Quintero", "Bethany Sloane", "Kwame Asante"],
        ["Ingrid Solberg", "Marcus Ade", "Elena Voss", "Samuel Achterberg", "Nora Lindqvist",
         "Jasper Holloway", "Aisha Karim", "Victor Delacroix", "Megan Trask", "Henry Obi",
         "Lucia Ferrante", "Arjun Mehta", "Tessa Harrow", "Callum Reid", "Zara Mistry",
         "Pablo Ortega", "Greta Halvorsen", "Desmond Yeboah", "Fiona Gallagher", "Theo Brandvold"],
    ),
    "de": (
        ["Katrin Wollweber", "Jonas Ebeling", "Mareike Schott", "Florian Kessler", "Ute Rademacher",
         "Tobias Hainz"],
        ["Sabine Quast", "Lukas Dornhof", "Anja Pietsch", "Henrik Stellmacher", "Birgit Oppermann",
         "Moritz Grell"],
    ),
    "fr": (
        ["Camille Rouvière", "Antoine Lespinasse", "Mathilde Cazenave", "Julien Ferrand",
         "Sophie Garnier", "Baptiste Lemaire"],
        ["Élodie Marchal", "Thomas Brunel", "Inès Vautrin", "Nicolas Deschamps", "Claire Aubertin",
         "Hugo Masclet"],
    ),
    "es": (
        ["Lucía Barroso", "Javier Montiel", "Elena Carrasco", "Andrés Villalba", "Marta Quiroga",
         "Diego Escudero"],
        ["Paula Orellana", "Sergio Almansa", "Irene Castaño", "Raúl Peñalver", "Nuria Bustos",
         "Óscar Landa"],
    ),
}

# team names for sports reports (invented clubs)
TEAMS = {
    "en": (
        ["Riverton Hawks", "Eastgate Pilots", "Coldwater Rovers", "Ashford Mariners",
         "Kingsbridge Foxes", "Halden Wanderers", "Port Ellis Comets", "Stonebrook United"],
        ["Brayford City", "Mossley Kestrels", "Tarrant Valley", "Oakmere Athletic",
         "Wyndham Rangers", "Carlow Point Sharks", "Fenwick Borough", "Larch Hill Lions"],
    ),
    "de": (["SV Lindenau", "TuS Heidetal", "FC Mainquai", "SC Elbstrand"],
           ["VfB Spreewald", "FSV Alpenrand", "TSG Weserbergland", "SpVgg Moorbach"]),
    "fr": (["AS Coteaux", "US Plateau", "FC Berges", "Stade Vallon"],
           ["RC Rive-Sud", "AS Bocage", "FC Armor", "Olympique Causses"]),
    "es": (["CD Las Dunas", "UD Valle Alto", "Atlético Vega", "CF Altozano"],
           ["Real Ribera", "CD Poniente", "UD Meridiano", "Atalaya CF"]),
}

SECTIONS = {
    "en": (["Local News", "Politics", "Business", "Sport", "Courts", "Food & Drink", "Culture",
            "Education", "Health", "Weather"],
           ["Metro", "World", "Money", "Sports", "Crime & Justice", "Lifestyle", "Arts",
            "Science", "Transport", "Opinion"]),
    "de": (["Lokales", "Politik", "Wirtschaft", "Sport", "Kultur"],
           ["Region", "Panorama", "Finanzen", "Fußball", "Gesellschaft"]),
    "fr": (["Actualités", "Politique", "Économie", "Sports", "Culture"],
           ["Région", "Faits divers", "Société", "Football", "Loisirs"]),
    "es": (["Local", "Política", "Economía", "Deportes", "Cultura"],
           ["Comarca", "Sucesos", "Sociedad", "Fútbol", "Ocio"]),
}

TAGS = {
    "en": (["city council", "budget", "transport", "courts", "housing", "weather", "schools",
            "football", "elections", "healthcare", "energy", "food"],
           ["zoning", "taxes", "rail", "trial", "rent", "storms", "universities", "basketball",
            "referendum", "hospitals", "solar", "restaurants"]),
    "de": (["Stadtrat", "Haushalt", "Verkehr", "Justiz"], ["Gemeinderat", "Steuern", "Bahn", "Prozess"]),
    "fr": (["conseil municipal", "budget", "transports", "justice"], ["mairie", "impôts", "rail", "procès"]),
    "es": (["ayuntamiento", "presupuesto", "transporte", "tribunales"], ["pleno", "impuestos", "tren", "juicio"]),
}

AGENCY = {
    # canonical -> (aliases as written in long form)
    "AP": ["Associated Press", "The Associated Press"],
    "AFP": ["Agence France-Presse", "Agence France Presse"],
    "Reuters": ["Thomson Reuters"],
    "dpa": ["Deutsche Presse-Agentur"],
    "EFE": ["Agencia EFE"],
    "Bloomberg": ["Bloomberg News"],
    "PTI": ["Press Trust of India"],
}

PLACES = {
    "en": (["SPRINGFIELD, Ill.", "PORTLAND, Maine", "LEEDS, England", "AUCKLAND, New Zealand",
            "TULSA, Okla.", "CARDIFF, Wales"],
           ["BOISE, Idaho", "HALIFAX, Nova Scotia", "GLASGOW, Scotland", "PERTH, Australia",
            "MOBILE, Ala.", "CORK, Ireland"]),
    "de": (["Kassel", "Rostock"], ["Erfurt", "Regensburg"]),
    "fr": (["Angers", "Limoges"], ["Besançon", "Rouen"]),
    "es": (["Valladolid", "Cádiz"], ["Logroño", "Murcia"]),
}
