"""Invented name pools for blind_j, split into disjoint dev and test halves.

Every site, aggregator, publisher and person name here was invented for this corpus.
"""

# aggregators: (name, domain)
AGGREGATORS = {
    "dev": [
        ("Newsquill", "newsquill.com"), ("HeadlineHarbor", "headlineharbor.net"),
        ("Pressfetch", "pressfetch.com"), ("Tidings Loop", "tidingsloop.net"),
        ("Storyweir", "storyweir.com"), ("Brevity Hub", "brevityhub.net"),
        ("Wirecanvas", "wirecanvas.com"), ("Columnist Crate", "columnistcrate.com"),
    ],
    "test": [
        ("Feedlantern", "feedlantern.com"), ("Quillstack News", "quillstacknews.net"),
        ("Readmosaic", "readmosaic.com"), ("Bulletin Orchard", "bulletinorchard.net"),
        ("Scoopnest Daily", "scoopnestdaily.com"), ("Gazettory", "gazettory.net"),
        ("Paperkite", "paperkite.com"), ("Newsbarrow", "newsbarrow.net"),
    ],
}

# original publishers: (name, host)
PUBLISHERS = {
    "dev": [
        ("The Calder Courier", "www.caldercourier.com"), ("Merrow Valley Times", "www.merrowvalleytimes.com"),
        ("The Ashgrove Sentinel", "ashgrovesentinel.com"), ("Dunmore Ledger", "www.dunmoreledger.org"),
        ("Pinecrest Daily Report", "www.pinecrestdaily.com"), ("The Harlow Examiner", "harlowexaminer.co.uk"),
        ("Coastal Meridian", "www.coastalmeridian.net"), ("The Vantry Post", "www.vantrypost.com"),
        ("Ridgefold Gazette", "ridgefoldgazette.com"), ("Ostrava Weekly Review", "www.ostravareview.eu"),
        ("The Lowmarsh Chronicle", "www.lowmarshchronicle.com"), ("Brackwater Observer", "brackwaterobserver.com"),
    ],
    "test": [
        ("The Fenwick Standard", "www.fenwickstandard.com"), ("Tollbridge Evening News", "www.tollbridgenews.co.uk"),
        ("Sorrel Bay Herald", "sorrelbayherald.com"), ("The Quarry Hill Tribune", "www.quarryhilltribune.com"),
        ("Easterly Press", "www.easterlypress.org"), ("Marlin Coast Daily", "marlincoastdaily.com"),
        ("The Greywick Mercury", "www.greywickmercury.com"), ("Northam Civic Journal", "www.northamcivic.net"),
        ("The Bellhaven Dispatch", "bellhavendispatch.com"), ("Kestrel Plains Record", "www.kestrelplainsrecord.com"),
        ("Upland Signal", "www.uplandsignal.net"), ("The Westerholm Clarion", "westerholmclarion.com"),
    ],
}

PUBLISHERS_INTL = {
    "dev": {
        "de": [("Rheintaler Anzeiger", "www.rheintaler-anzeiger.de"), ("Westfalen Kurier", "westfalenkurier.de")],
        "fr": [("Le Courrier de la Vienne", "www.courrierdelavienne.fr"), ("L'Écho du Morvan", "echodumorvan.fr")],
        "es": [("Diario del Tajo", "www.diariodeltajo.es"), ("La Voz de Almendral", "lavozdealmendral.es")],
    },
    "test": {
        "de": [("Bodensee Rundschau", "www.bodensee-rundschau.de"), ("Hanse Tageblatt", "hansetageblatt.de")],
        "fr": [("La Gazette du Vercors", "www.gazetteduvercors.fr"), ("Le Phare Atlantique", "lepharatlantique.fr")],
        "es": [("El Heraldo de Sierra Alta", "www.heraldosierraalta.es"), ("Crónica del Segura", "cronicadelsegura.es")],
    },
}

# serving sites (regional network sites, syndication partners, press portals, news apps)
SITES = {
    "dev": ["Redfern Valley Now", "Glenmoor 24", "PR Lanternpost", "NewsCart App", "Harbourline Network",
            "Crestmark Local", "Brightwater Today", "Releasewell", "Tallis County Online", "Pocketwire"],
    "test": ["Orchard Point Live", "Millbrook Metro", "Wiresprout Releases", "Snapdigest", "Fairhollow Network",
             "Kingsmere Local", "Ambervale Now", "Newsdrop Portal", "Castlebury Online", "Glance Reader"],
}
SITES_INTL = {
    "dev": {"de": ["Nachrichten Mittelland", "Regio-Blick Ost"], "fr": ["Actu Bocage", "Info Garonne"],
            "es": ["Noticias Vega", "Portal Meseta"]},
    "test": {"de": ["Kreiszeitung Online Süd", "Heimatticker"], "fr": ["Vallée Infos", "Le Fil Lorrain"],
             "es": ["Actualidad Ribera", "Canal Noticias Sur"]},
}

PEOPLE = {
    "dev": ["Maren Holloway", "Tobias Ferrand", "Priya Nandakumar", "Colm Ashby", "Delia Strand",
            "Ruben Okafor", "Hester Vaile", "Jonah Pellicer", "Ines Marlowe", "Viktor Sandgren",
            "Anouk Decter", "Samir Hallan", "Beatrix Crowe", "Lionel Tamsin", "Odette Rusk",
            "Keiran Moffatt", "Wren Castellan", "Ida Fernholt", "Paulo Merrit", "Cressida Lunn"],
    "test": ["Harriet Quill", "Emeka Darrow", "Sunniva Brandt", "Felix Ortolan", "Margit Ashcombe",
             "Dario Kestner", "Fenella Price-Dunn", "Yusuf Carrow", "Linnea Haskett", "Abel Tremont",
             "Rosalind Okoye", "Teodor Blum", "Clemency Arden", "Nadim Farrukh", "Esther Wilding",
             "Garrett Loame", "Juno Ballantyne", "Osric Penhale", "Magdalena Weir", "Tristan Oyelaran"],
}
PEOPLE_INTL = {
    "dev": {"de": ["Katrin Lohmeier", "Jonas Wetterau"], "fr": ["Élodie Vasseur", "Mathieu Carrier"],
            "es": ["Lucía Arrabal", "Tomás Iriarte"]},
    "test": {"de": ["Sabine Hollerbach", "Lukas Brenneis"], "fr": ["Camille Ravenel", "Julien Aubertot"],
             "es": ["Marta Olazábal", "Ignacio Berrocal"]},
}

ORGS = {"dev": ["Ferrand Visuals", "Coastline Media Pool"], "test": ["Bramble Photo Co-op", "Northlight Imaging"]}

SECTIONS = {
    "dev": ["Politics", "Business", "Local", "Science", "Health", "World"],
    "test": ["Economy", "Region", "Tech", "Climate", "Culture", "Nation"],
}
SECTIONS_INTL = {
    "dev": {"de": ["Politik", "Wirtschaft"], "fr": ["Société", "Économie"], "es": ["Sociedad", "Economía"]},
    "test": {"de": ["Region", "Panorama"], "fr": ["Régions", "Monde"], "es": ["Local", "Internacional"]},
}

TAGS = {
    "dev": ["elections", "housing", "transport", "energy prices", "city council", "wildlife", "schools", "budget"],
    "test": ["inflation", "public health", "rail strike", "flooding", "courts", "startups", "tourism", "water supply"],
}

CITIES = {
    "dev": [("WASHINGTON", None), ("LONDON", None), ("NAIROBI", "Kenya"), ("SYDNEY", None), ("TORONTO", None), ("MUMBAI", None)],
    "test": [("CHICAGO", None), ("LAGOS", "Nigeria"), ("MANILA", "Philippines"), ("BRUSSELS", None), ("SEOUL", "South Korea"), ("DUBLIN", None)],
}

# canonical agency -> long forms (aliases)
AGENCIES = {
    "AP": ["Associated Press", "The Associated Press"],
    "AFP": ["Agence France-Presse", "Agence France Presse"],
    "Reuters": ["Thomson Reuters"],
    "dpa": ["Deutsche Presse-Agentur"],
    "EFE": ["Agencia EFE"],
    "PTI": ["Press Trust of India"],
    "ANI": ["Asian News International"],
    "IANS": ["Indo-Asian News Service"],
    "Xinhua": ["Xinhua News Agency"],
    "Kyodo": ["Kyodo News"],
    "Yonhap": ["Yonhap News Agency"],
    "Bloomberg": ["Bloomberg News"],
    "UPI": ["United Press International"],
    "ANSA": [],
}
LONG = {"AP": "The Associated Press", "AFP": "Agence France-Presse", "Reuters": "Reuters",
        "dpa": "Deutsche Presse-Agentur", "EFE": "Agencia EFE", "PTI": "Press Trust of India",
        "ANI": "Asian News International", "IANS": "Indo-Asian News Service", "Xinhua": "Xinhua News Agency",
        "Kyodo": "Kyodo News", "Yonhap": "Yonhap News Agency", "Bloomberg": "Bloomberg News",
        "UPI": "United Press International", "ANSA": "ANSA"}
