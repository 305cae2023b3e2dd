"""Invented name pools for blind_l. Every pool is split by index parity: even -> dev, odd -> test."""

from __future__ import annotations

from typing import Any

# (display name as the aggregator writes it, its domain)
AGGREGATORS_EN = [
    ("NewsPulse Daily", "newspulsedaily.com"), ("Feedloom", "feedloom.net"),
    ("HEADLINEHUB", "headlinehub.io"), ("BriefStack", "briefstack.co"),
    ("The Morning Sieve", "morningsieve.com"), ("wirecrawl.net", "wirecrawl.net"),
    ("TopicTide", "topictide.com"), ("Glimpse Digest", "glimpsedigest.org"),
    ("NEWSGRID 24", "newsgrid24.com"), ("Scoopbox", "scoopbox.app"),
    ("dailyharvest-news.com", "dailyharvest-news.com"), ("PaperTrail Now", "papertrailnow.com"),
    ("Skimline", "skimline.net"), ("InfoCurrent", "infocurrent.tv"),
    ("The Ticker Sheaf", "tickersheaf.com"), ("RoundupRobot", "rounduprobot.com"),
    ("zapnews.live", "zapnews.live"), ("Buzzfold", "buzzfold.com"),
    ("CLIPWIRE", "clipwire.org"), ("Hearsay Hub", "hearsayhub.net"),
    ("Quillfeed", "quillfeed.com"), ("The Daily Gleaner Bot", "gleanerbot.com"),
    ("OmniBrief", "omnibrief.news"), ("newsmosaic.io", "newsmosaic.io"),
]
AGGREGATORS_FOREIGN = {
    "de": [("Nachrichtenfluss", "nachrichtenfluss.de"), ("Kurzmeldung24", "kurzmeldung24.de"),
           ("MeldungsMühle", "meldungsmuehle.de"), ("schlagzeilen-radar.de", "schlagzeilen-radar.de")],
    "fr": [("Le Fil Express", "lefilexpress.fr"), ("InfoRelais", "inforelais.fr"),
           ("actu-moisson.fr", "actu-moisson.fr"), ("La Vigie Auto", "lavigieauto.fr")],
    "es": [("Noticias al Vuelo", "noticiasalvuelo.es"), ("Titulares Ya", "titularesya.com"),
           ("RECOPILA", "recopila.es"), ("agenda-rapida.com", "agenda-rapida.com")],
}
# (outlet name, host of its site)
PUBLISHERS_EN = [
    ("The Carrow Valley Courier", "carrowcourier.com"), ("Dunmore Evening Post", "dunmorepost.co.uk"),
    ("Lakeshore Ledger", "lakeshoreledger.com"), ("Pine Hollow Gazette", "pinehollowgazette.org"),
    ("The Redfield Sentinel", "redfieldsentinel.com"), ("Saltmarsh Tribune", "saltmarshtribune.net"),
    ("Eastbrook Chronicle", "eastbrookchronicle.com"), ("The Quarry Hill Herald", "qhherald.com"),
    ("Northgate Observer", "northgateobserver.ca"), ("Ashworth Daily Record", "ashworthrecord.com"),
    ("Bluewater Bulletin", "bluewaterbulletin.com.au"), ("The Fenwick Times", "fenwicktimes.co.nz"),
    ("Marlow Street Journal", "marlowstreetjournal.com"), ("Cobalt Coast News", "cobaltcoastnews.com"),
    ("Riverside Examiner", "riversideexaminer.org"), ("Highmoor Star", "highmoorstar.co.uk"),
    ("The Elmstead Dispatch", "elmsteaddispatch.com"), ("Granite Peak Press", "granitepeakpress.com"),
    ("Westvale Mirror", "westvalemirror.com"), ("The Copperton Voice", "coppertonvoice.com"),
    ("Harlow Bay Reporter", "harlowbayreporter.com"), ("KestrelMedia", "kestrelmedia.news"),
    ("TrailCity Insider", "trailcityinsider.com"), ("The Wexbury Standard", "wexburystandard.com"),
]
PUBLISHERS_FOREIGN = {
    "de": [("Rheintaler Anzeiger", "rheintaler-anzeiger.de"), ("Oderblick", "oderblick.de"),
           ("Hügelland Kurier", "huegelland-kurier.de"), ("Die Talpost", "talpost.at")],
    "fr": [("Le Courrier de la Vanne", "courrierdelavanne.fr"), ("L'Écho des Causses", "echodescausses.fr"),
           ("La Gazette du Morvandiau", "gazettemorvandiau.fr"), ("Le Réveil Côtier", "reveilcotier.fr")],
    "es": [("El Heraldo del Segura", "heraldodelsegura.es"), ("Diario de Almenara", "diarioalmenara.es"),
           ("La Voz del Jiloca", "vozdeljiloca.es"), ("Crónica de Tamarit", "cronicatamarit.com")],
}
# copying sites (autoblogs, portals) that serve the page
SITES_EN = [
    "Daily Buzz Hub", "NewsWave Central", "Trendline Post", "The Update Desk", "Viral Brief",
    "Metro Pulse Online", "StoryScope", "Nightly Herald Feed", "UrbanWire Today", "TopNewsNow",
    "The Current Bite", "Headline Harbor", "NewsBeat Express", "Insight Stream", "Rapid Report",
    "The Chatter Column",
]
SITES_FOREIGN = {"de": ["Tagesecho Online", "Blickpunkt Heute", "Nachrichtenwelt 24", "InfoEck"],
                 "fr": ["Actu Matin", "Le Kiosque Web", "InfoPlus Régions", "Zoom Actu"],
                 "es": ["Portal Diario", "Noticias Hoy Web", "El Resumen", "Infoclick"]}
# newspapers named in body prose / quotes (trap names, never facts)
TRAP_PAPERS = [
    "Hollins Falls Record", "Brackenridge Times", "Otterburn Daily", "Castlemere Post",
    "Weyford Guardian", "Tillbrook Observer", "Greystone Ledger", "Pembury Courier",
    "Morrow County Herald", "Sandalwood Tribune", "Farrowdale News", "Kingsreach Gazette",
]
NETWORKS = ["Riverbend News Exchange", "Coastal Content Alliance", "Heartland Story Share",
            "Commonwire Partners", "Prairie Press Pool", "Tidewater Publishing Group"]
PEOPLE = [
    "Maren Holloway", "Tobias Reinholt", "Priya Nandakumar", "Owen Castellano", "Leah Fairbanks",
    "Daniel Okonkwo", "Sofia Brannigan", "Callum Whitlock", "Nadia Szabo", "Hugo Lindqvist",
    "Grace Oyelaran", "Mateo Ferrante", "Imogen Tate", "Ravi Chaudhry", "Elise Marchetti",
    "Jonah Peabody", "Aylin Kaya", "Felix Drummond", "Chloe Sandoval", "Bram de Vries",
]
FOREIGN_PEOPLE = {"de": ["Jana Kellermann", "Lukas Brandstätter", "Miriam Sauer", "Jonas Wendt"],
                  "fr": ["Camille Roux", "Antoine Fabre", "Léa Marchand", "Hugo Perrin"],
                  "es": ["Lucía Ferrer", "Javier Olmedo", "Marta Quintana", "Diego Salcedo"]}
# agencies: canonical, long forms (aliases)
AGENCIES = {
    "AP": ["Associated Press", "The Associated Press"],
    "Reuters": ["Thomson Reuters"],
    "AFP": ["Agence France-Presse", "Agence France Presse"],
    "PTI": ["Press Trust of India"],
    "Bloomberg": ["Bloomberg News"],
    "dpa": ["Deutsche Presse-Agentur"],
    "EFE": ["Agencia EFE"],
    "Kyodo": ["Kyodo News"],
    "Yonhap": ["Yonhap News Agency"],
    "UPI": ["United Press International"],
    "IANS": ["Indo-Asian News Service"],
    "ANSA": ["Agenzia Nazionale Stampa Associata"],
}
EN_AGENCIES = ["AP", "Reuters", "AFP", "PTI", "Bloomberg", "Kyodo", "Yonhap", "UPI", "IANS", "ANSA"]
CITIES = ["DENVER", "LAGOS", "MANILA", "OTTAWA", "LISBON", "NAIROBI", "OSAKA", "PERTH", "QUITO",
          "BELFAST", "HANOI", "TULSA"]
HL_SUBJECTS = [
    "City council", "Farm cooperative", "Regional airline", "Harbor authority", "School board",
    "Tech startup", "Transit agency", "Hospital trust", "Coastal town", "State regulator",
    "Museum", "Youth league", "Water utility", "Retail group", "Wildlife agency",
    "Teachers' union", "Ferry operator", "Rural clinic", "Film festival", "Housing charity",
]
HL_PREDICATES = [
    "weighs new parking fees", "braces for record heat", "unveils long-delayed plan",
    "faces questions over budget", "signs deal with neighbours", "cuts jobs after slow year",
    "wins appeal in court", "delays vote until spring", "reports surge in visitors",
    "warns of staff shortages", "opens doors after renovation", "drops controversial policy",
    "pledges millions for repairs", "reaches settlement with residents", "tests driverless buses",
    "launches inquiry into spending",
]


def half(pool: list[Any], split: str) -> list[Any]:
    return pool[0::2] if split == "dev" else pool[1::2]

FOREIGN_HEADLINES = {
    "de": ["Gemeinderat beschließt neuen Haushalt", "Freibad öffnet früher als geplant",
           "Bauarbeiten an der Ortsdurchfahrt verzögern sich", "Feuerwehr erhält neues Löschfahrzeug",
           "Wochenmarkt zieht auf den Rathausplatz", "Radweg zwischen zwei Dörfern freigegeben",
           "Musikschule sucht neue Räume", "Bürgerbus fährt künftig auch samstags"],
    "fr": ["Le conseil municipal vote le budget", "La piscine rouvre plus tôt que prévu",
           "Travaux : la rue principale fermée deux semaines", "Les pompiers reçoivent un nouveau camion",
           "Le marché déménage place de la mairie", "Une voie verte relie deux villages",
           "L'école de musique cherche de nouveaux locaux", "Le bus solidaire circule aussi le samedi"],
    "es": ["El pleno aprueba el presupuesto municipal", "La piscina abre antes de lo previsto",
           "Las obras de la calle mayor se retrasan", "Los bomberos estrenan un nuevo camión",
           "El mercado se traslada a la plaza del ayuntamiento", "Inaugurado el carril bici entre dos pueblos",
           "La escuela de música busca nuevo local", "El autobús urbano circulará también los sábados"],
}
