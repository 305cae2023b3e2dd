"""Invented name pools for blind_r. Every pool is split by index parity: dev uses the even
entries, test the odd ones (see ``half``), so no invented name is shared across the split."""

from __future__ import annotations


def half(pool, split):
    h = pool[0::2] if split == "dev" else pool[1::2]
    assert h, pool
    return h


# serving sites (title suffixes, copyright lines, breadcrumbs)
SITES = [
    "Harbourline Daily", "The Copperfield Ledger", "NewsOrbit Now", "Kestrel Valley Post",
    "Daily Lantern Online", "Brightwater Courier", "The Sandpiper Record", "Metroflux News",
    "Pinecrest Bulletin", "Ironbridge Times Online", "TodayWire Hub", "The Amberfield Gazette",
    "Northgate Chronicle", "Quillpoint News", "Riverbend Observer", "Starling Street Journal",
    "HeadlineNest", "The Marigold Tribune", "Cobalt Coast News", "Foxhollow Herald",
    "Westmere Dispatch", "PulseBeat Report", "The Glenrock Standard", "Newsgrain",
    "Solstice City Star", "The Tamarind Press", "UrbanTicker", "Larchmont Sentinel",
    "BriefSpire", "The Oakhurst Weekly", "Citadel Newsroom", "Maplecross Voice",
]
SITES_DE = ["Rheinblick Aktuell", "Nordkurier Digital Plus", "Tagesfenster", "Alpenspiegel Online",
            "Neckarstimme", "Hansepost24", "Elbtaler Rundschau", "Weserbote Digital"]
SITES_FR = ["Le Phare du Matin", "Info Garonne", "La Vigie Numérique", "L'Écho des Vallons",
            "Quotidien Azur", "Le Courrier du Rhône", "Actu Bocage", "La Dépêche des Causses"]
SITES_ES = ["Faro Digital", "Crónica del Sur", "Noticias Meridiano", "La Voz del Ebro",
            "Diario Altamar", "Vigía Norte", "Hoy Levante", "Gaceta del Duero"]

# aggregators (names the disclaimers give themselves)
AGGREGATORS = [
    "NewsHopper", "FeedMosaic", "Headlinr Hub", "TopicDrift", "StoryLoom", "WireSift",
    "Newsbasket Live", "GlobeSkim", "FeedCanopy", "Scrollwise News", "Digestify", "InfoTrawler",
    "BuzzLedger", "Snapwire Digest", "NewsQuarry", "PageSpool", "Nachrichtenfang", "Flux Actu",
    "Noticiero Total", "MeldungsMix", "Revue Express", "Titulares Ya", "ClipStream",
    "Aggrevo",
]

# original publishers: (name, host)
PUBLISHERS = [
    ("The Bellhaven Herald", "bellhavenherald.com"), ("Granite State Wire", "granitestatewire.net"),
    ("The Morrow County Examiner", "morrowexaminer.com"), ("Coastal Plains Tribune", "cptribune.com"),
    ("Lakeshore Public Radio", "lakeshorepublicradio.org"), ("The Ridgeway Star", "ridgewaystar.co.uk"),
    ("Silver Fern Times", "silverferntimes.co.nz"), ("The Deccan Mirror", "deccanmirror.in"),
    ("Prairie Signal", "prairiesignal.com"), ("The Harlow Sentinel", "harlowsentinel.com"),
    ("Bayside Business Journal", "baysidebiz.com"), ("The Wexford Clarion", "wexfordclarion.ie"),
    ("Kangaroo Point Mail", "kpmail.com.au"), ("The Cascade Reporter", "cascadereporter.com"),
    ("Midland Evening Post", "midlandeveningpost.co.uk"), ("Sunbelt Today", "sunbelttoday.com"),
    ("The Piedmont Review", "piedmontreview.org"), ("Orchard Valley News", "orchardvalleynews.com"),
    ("The Calder Gazette", "caldergazette.ca"), ("Tidewater Times", "tidewatertimes.net"),
    ("Highland Ledger", "highlandledger.com"), ("The Saffron Post", "saffronpost.in"),
    ("Eastbrook Daily News", "eastbrookdaily.com"), ("Frontier Public Media", "frontierpublicmedia.org"),
    ("The Kowhai Standard", "kowhaistandard.co.nz"), ("Greystone Observer", "greystoneobserver.com"),
    ("Copper Basin Courier", "copperbasincourier.com"), ("The Albion Chronicle", "albionchronicle.co.uk"),
    ("Redwood Coast Journal", "redwoodcoastjournal.com"), ("Capital Ledger Group", "capitalledger.com"),
]
PUBLISHERS_DE = [("Mainzer Abendblatt", "mainzer-abendblatt.de"), ("Oberland Kurier", "oberland-kurier.de"),
                 ("Bodensee Nachrichten", "bodensee-nachrichten.de"), ("Lausitzer Tagespost", "lausitzer-tagespost.de"),
                 ("Harzer Allgemeine", "harzer-allgemeine.de"), ("Kieler Morgenpost", "kieler-morgenpost.de")]
PUBLISHERS_FR = [("L'Indépendant d'Armor", "independant-armor.fr"), ("Journal de la Meuse", "journaldemeuse.fr"),
                 ("La Gazette Alpine", "gazette-alpine.fr"), ("Ouest Littoral", "ouest-littoral.fr"),
                 ("Progrès Cévenol", "progres-cevenol.fr"), ("Nord Éclair Hebdo", "nordeclairhebdo.fr")]
PUBLISHERS_ES = [("Diario de la Ribera", "diariodelaribera.es"), ("Heraldo Serrano", "heraldoserrano.es"),
                 ("La Tribuna Insular", "tribunainsular.es"), ("Noticias de Castilla", "noticiasdecastilla.es"),
                 ("Correo Atlántico", "correoatlantico.es"), ("Última Hora Sur", "ultimahorasur.es")]

THEMES = ["Verdana Pro", "NewsPeak", "Magzilla", "Inkwell", "Papermill", "Broadsheet X",
          "Gazetta", "Headline Plus", "Tribune Lite", "Columnist", "PressDeck", "Frontpage Neo",
          "Newsroom Flux", "Mastheadly"]
PLUGINS = ["AutoFeed Pro", "WP RSS Rover", "Syndicat0r", "FeedPress Importer", "Content Vacuum",
           "PostPuller", "Newsgrab Deluxe", "AutoPost Engine"]

FIRST = ["Maren", "Tobias", "Ayesha", "Dmitri", "Colette", "Ravi", "Ingrid", "Mateo", "Priya",
         "Oskar", "Lucinda", "Femi", "Hannah", "Kenji", "Rosalind", "Arjun", "Bettina", "Emeka",
         "Sofia", "Julien", "Nadia", "Callum", "Yusuf", "Greta", "Lorenzo", "Mireille", "Tariq",
         "Elsa", "Benedikt", "Ximena", "Declan", "Anouk", "Rafael", "Ines", "Wendell", "Carmen"]
LAST = ["Okonkwo", "Lindqvist", "Barrowman", "Castellanos", "Pemberton", "Nakashima", "Achterberg",
        "Delacroix-Hart", "Sundaram", "Whitlock", "Fenwick", "Moravec", "Quintero", "Haldane",
        "Brennicke", "Ferreira", "Ashdown", "Kowalczyk", "Thornbury", "Abernethy", "Lemaire",
        "Villanueva", "Hargreave", "Dunmore", "Oyelaran", "Vasquez-Lund", "Strand", "Merriweather",
        "Ingleby", "Roussel", "Galbraith", "Zamora", "Eckhardt", "Tennant", "Marchetti", "Blyth"]

CITIES_EN = ["GLASGOW", "PHOENIX", "MANILA", "NAIROBI", "CALGARY", "PERTH", "ACCRA",
             "SACRAMENTO", "LIMA", "OSLO", "CHENNAI", "HOUSTON", "WELLINGTON", "ATHENS",
             "DENVER", "BRISBANE", "LAGOS", "HANOI", "TULSA", "LAHORE"]
CITIES_PAIR = [("Glasgow", "Scotland"), ("Phoenix", "Ariz."), ("Manila", "Philippines"),
               ("Nairobi", "Kenya"), ("Calgary", "Alberta"), ("Perth", "Australia"),
               ("Accra", "Ghana"), ("Sacramento", "Calif."), ("Lima", "Peru"), ("Oslo", "Norway"),
               ("Chennai", "India"), ("Houston", "Texas"), ("Wellington", "New Zealand"),
               ("Athens", "Greece")]
CITIES_DE = ["Kassel", "Rostock", "Freiburg", "Magdeburg", "Augsburg", "Bielefeld", "Erfurt", "Ulm"]
CITIES_FR = ["Nantes", "Rouen", "Grenoble", "Limoges", "Besançon", "Brest", "Dijon", "Pau"]
CITIES_ES = ["Valladolid", "Cádiz", "Logroño", "Murcia", "Oviedo", "Almería", "Teruel", "Lugo"]

SECTIONS = {
    "en": ["World", "Business", "Local News", "Technology", "Science", "Sports", "Politics",
           "Entertainment", "Health", "Money", "Regional", "Culture", "Tech & Gadgets", "Economy",
           "Lifestyle", "National"],
    "de": ["Politik", "Wirtschaft", "Regionales", "Kultur", "Panorama", "Wissen"],
    "fr": ["Société", "Économie", "International", "Faits divers", "Culture", "Régions"],
    "es": ["Sociedad", "Economía", "Internacional", "Cultura", "Local", "Deportes"],
}

TAGS = {
    "en": ["climate", "elections", "public health", "markets", "transport", "education",
           "housing", "energy", "courts", "technology", "agriculture", "tourism", "water supply",
           "budget", "wildlife", "aviation", "labour", "space", "retail", "startups"],
    "de": ["Klimaschutz", "Verkehr", "Landtag", "Energie", "Bildung", "Wohnen", "Gesundheit",
           "Handwerk"],
    "fr": ["transports", "climat", "municipales", "santé", "logement", "agriculture", "énergie",
           "éducation"],
    "es": ["vivienda", "sanidad", "turismo", "energía", "educación", "sequía", "empleo",
           "movilidad"],
}

# canonical agency -> long forms (aliases)
AGENCIES = {
    "AP": ["Associated Press", "The Associated Press"],
    "AFP": ["Agence France-Presse", "Agence France Presse"],
    "Reuters": ["Thomson Reuters"],
    "PTI": ["Press Trust of India"],
    "ANI": ["Asian News International"],
    "IANS": ["Indo-Asian News Service"],
    "dpa": ["Deutsche Presse-Agentur"],
    "EFE": ["Agencia EFE"],
    "ANSA": ["Agenzia ANSA"],
    "Xinhua": ["Xinhua News Agency"],
    "Kyodo": ["Kyodo News"],
    "Yonhap": ["Yonhap News Agency"],
    "Bloomberg": ["Bloomberg News"],
    "UPI": ["United Press International"],
}
AG_EN = ["AP", "Reuters", "AFP", "PTI", "Bloomberg", "ANI", "Kyodo", "IANS", "Yonhap", "UPI",
         "Xinhua", "AP", "Reuters", "AFP"]
AG_DE = ["dpa", "AFP", "Reuters", "dpa"]
AG_FR = ["AFP", "Reuters", "AFP", "AP"]
AG_ES = ["EFE", "AFP", "EFE", "Reuters"]

NONAGENCY_PHOTO = ["Getty Images", "Shutterstock", "EPA", "Handout", "courtesy of the family",
                   "Unsplash", "iStock", "supplied", "Alamy Stock Photo", "file"]
