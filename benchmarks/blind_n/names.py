"""Invented name pools for blind_n, written as two disjoint halves (dev / test) per language.

Aggregators are the sites that copy the stories; publishers are the outlets the stories came
from (name, host). Shapes vary on purpose: one word, several words, leading articles
(The / Der / Die / Das / Le / La / L' / El), digits, CamelCase and domain-like names.
"""

AGGREGATORS = {
    "en": {
        "dev": [
            "NewsHeap.net", "Headline Harbor", "The Daily Skim", "FeedLoom", "Wire42",
            "PaperTrailHQ", "Brief Orbit", "Newsdrift.io", "The Scroll Pantry", "Clipsy",
            "24sevenBulletin", "MorningStack", "Gleaner Hub", "TopicTide.com", "NewsNest Online",
            "The Rundown Depot",
        ],
        "test": [
            "StoryFunnel", "The Press Sieve", "Hedline.co", "BulletinBay", "Newsreap 360",
            "Pulsewire Daily", "ClipCast.org", "The Aggregate Room", "Kiosk9", "UpdateLantern",
            "NewzMagnet", "FrontPage Relay", "Scoopbin.net", "The News Colander", "DigestDen",
            "CurrentsDash",
        ],
    },
    "de": {
        "dev": ["Nachrichtenkorb.de", "Der Meldungsfang", "TickerSammler", "Schlagzeilen24",
                "NewsBuffet Deutschland", "Die Presseschau-Ecke"],
        "test": ["Meldungsmixer.de", "Der Newstrichter", "Zeilenfang", "Ticker360",
                 "Das Nachrichtenregal", "KurzGemeldet.net"],
    },
    "fr": {
        "dev": ["InfoPanier.fr", "Le Glaneur d'Actus", "Revue24", "L'Agrégateur Malin", "ActuFlux",
                "La Veille Express"],
        "test": ["Dépêchothèque", "Le Tamis Info", "NouvellesEnVrac.com", "L'Écho des Flux",
                 "Zapinfo 360", "La Corbeille d'Actu"],
    },
    "es": {
        "dev": ["NoticiasAlVuelo.es", "El Recopilador", "TitularesYa", "La Colmena Informativa",
                "Resumen360", "PortalMix"],
        "test": ["El Cazanoticias", "AgregaNews.net", "La Criba Diaria", "Titular24",
                 "Vistazo Noticias", "El Embudo Digital"],
    },
}

# (name, host) -- the host is what an original-URL line uses
PUBLISHERS = {
    "en": {
        "dev": [
            ("The Harbor Ledger", "harborledger.com"), ("Millbrook Sentinel", "millbrooksentinel.com"),
            ("Granite County Times", "granitecountytimes.com"), ("The Prairie Dispatch", "prairiedispatch.net"),
            ("Coastline Herald", "coastlineherald.com"), ("Metro Evening Post", "metroeveningpost.co.uk"),
            ("The Ridgefield Courier", "ridgefieldcourier.com"), ("KVLT 7 News", "kvlt7.com"),
            ("Bayside Tribune", "baysidetribune.com"), ("Northwind Gazette", "northwindgazette.ca"),
            ("The Copper Valley Star", "coppervalleystar.com"), ("TechCurrent", "techcurrent.io"),
            ("Capitol Wirebook", "capitolwirebook.com"), ("The Ashford Observer", "ashfordobserver.co.uk"),
            ("Lakeshore Record", "lakeshorerecord.com"), ("Daily Meridian", "dailymeridian.com"),
            ("GreenLedger.org", "greenledger.org"), ("The Eastbrook Chronicle", "eastbrookchronicle.com"),
            ("Pinecrest Journal", "pinecrestjournal.com"), ("WKRD Radio 1040", "wkrd1040.com"),
        ],
        "test": [
            ("The Silverton Examiner", "silvertonexaminer.com"), ("Oakhaven Post", "oakhavenpost.com"),
            ("Redwater Daily News", "redwaterdailynews.com"), ("The Marble Falls Clarion", "marblefallsclarion.com"),
            ("Seaport Bulletin", "seaportbulletin.net"), ("Highland Register", "highlandregister.co.uk"),
            ("The Kettle River Voice", "kettlerivervoice.ca"), ("KBNX 12", "kbnx12.com"),
            ("Westmarch Times", "westmarchtimes.com"), ("Fairport Leader", "fairportleader.com"),
            ("The Lowland Monitor", "lowlandmonitor.org"), ("FinWire Today", "finwiretoday.com"),
            ("Riverbend Argus", "riverbendargus.com"), ("The Cinder Hill Press", "cinderhillpress.com"),
            ("Stonebridge Weekly", "stonebridgeweekly.co.uk"), ("Evening Compass", "eveningcompass.com"),
            ("SportsDeskHQ.com", "sportsdeskhq.com"), ("The Glenmoor Standard", "glenmoorstandard.com"),
            ("Crescent Bay Mail", "crescentbaymail.com.au"), ("Northgate Telegram", "northgatetelegram.com"),
        ],
    },
    "de": {
        "dev": [
            ("Der Talbote", "talbote.de"), ("Mittelland-Kurier", "mittelland-kurier.de"),
            ("Hafenstädter Anzeiger", "hafenstaedter-anzeiger.de"), ("Neue Oderpost", "neue-oderpost.de"),
            ("Die Heidewelt", "heidewelt.de"), ("Kreisblatt Lindenau", "kreisblatt-lindenau.de"),
            ("BergischeStimme.de", "bergischestimme.de"), ("Der Allgäuer Morgen", "allgaeuer-morgen.de"),
            ("Ostseeblick 24", "ostseeblick24.de"), ("Saaletal-Echo", "saaletal-echo.de"),
        ],
        "test": [
            ("Der Auenländer", "auenlaender.de"), ("Moselkurier Heute", "moselkurier-heute.de"),
            ("Die Lausitzer Woche", "lausitzer-woche.de"), ("Neckarblatt", "neckarblatt.de"),
            ("Vogtland-Depesche", "vogtland-depesche.de"), ("Der Hanseat am Abend", "hanseat-abend.de"),
            ("Schwarzwaldfunk Online", "schwarzwaldfunk.de"), ("Uckermark Aktuell", "uckermark-aktuell.de"),
            ("Tagespost Ems", "tagespost-ems.de"), ("Spreezeitung 3", "spreezeitung3.de"),
        ],
    },
    "fr": {
        "dev": [
            ("L'Est Vigilant", "est-vigilant.fr"), ("Le Courrier de Loire", "courrier-de-loire.fr"),
            ("La Gazette du Morvan", "gazette-morvan.fr"), ("Bocage Matin", "bocagematin.fr"),
            ("Le Phare Breton", "lepharebreton.fr"), ("Nice Soir 06", "nicesoir06.fr"),
            ("L'Écho du Nord-Ouest", "echo-nord-ouest.fr"), ("La Voix des Causses", "voixdescausses.fr"),
            ("Le Vigilant Alpin", "vigilant-alpin.fr"), ("AlpesHebdo", "alpeshebdo.com"),
        ],
        "test": [
            ("L'Observateur de Garonne", "observateur-garonne.fr"), ("Le Journal du Quercy", "journalduquercy.fr"),
            ("La Gazette des Landes", "gazettedeslandes.fr"), ("Le Sillon", "lesillon.info"),
            ("Le Mistral Quotidien", "mistral-quotidien.fr"), ("Le Héraut Normand", "heraut-normand.fr"),
            ("L'Avenir de Sologne", "avenir-sologne.fr"), ("La Tribune du Jura", "tribune-jura.fr"),
            ("Radio Cévennes FM", "radiocevennes.fr"), ("Le Littoral Express", "littoral-express.fr"),
        ],
    },
    "es": {
        "dev": [
            ("El Vigía del Sur", "vigiadelsur.es"), ("La Crónica Serrana", "cronicaserrana.es"),
            ("Diario del Ebro Norte", "diarioebronorte.es"), ("El Mirador Gaditano", "miradorgaditano.es"),
            ("Heraldo Montañés", "heraldomontanes.com"), ("La Gaceta del Duero", "gacetaduero.es"),
            ("Noticias Pampa 24", "pampa24.com.ar"), ("El Altiplano Hoy", "altiplanohoy.bo"),
            ("Radio Valle 98", "radiovalle98.com"), ("CrónicaInsular.com", "cronicainsular.com"),
        ],
        "test": [
            ("El Centinela Andino", "centinelaandino.pe"), ("La Tribuna del Tajo", "tribunatajo.es"),
            ("Diario Costa Brava Sur", "costabravasur.cat"), ("El Eco Riojano", "ecoriojano.es"),
            ("La Atalaya", "laatalaya.mx"), ("Semanario Puerto Nuevo", "puertonuevo.cl"),
            ("El Correo del Valle Alto", "correovallealto.es"), ("Informativo Sierra Verde", "sierraverde.info"),
            ("La Brújula Canaria", "brujulacanaria.es"), ("El Pregonero 7", "pregonero7.com"),
        ],
    },
}

ARTICLES = ("The ", "Der ", "Die ", "Das ", "Le ", "La ", "Les ", "El ", "Los ", "Las ", "L'", "l'")

SECTIONS = {
    "en": {"dev": ["World", "Politics", "Local News", "Science", "Tech"],
           "test": ["Business", "Health", "Nation", "Entertainment", "Environment"]},
    "de": {"dev": ["Politik", "Regionales", "Wirtschaft"], "test": ["Panorama", "Kultur", "Wissen"]},
    "fr": {"dev": ["Politique", "Régions", "Économie"], "test": ["Société", "Culture", "Faits divers"]},
    "es": {"dev": ["Política", "Sociedad", "Economía"], "test": ["Nacional", "Cultura", "Sucesos"]},
}

TAGS = {
    "en": {"dev": ["local government", "budget", "transport", "weather", "education", "courts",
                   "energy", "housing"],
           "test": ["public health", "elections", "infrastructure", "climate", "jobs", "policing",
                    "tourism", "schools"]},
    "de": {"dev": ["Kommunalpolitik", "Verkehr", "Haushalt", "Bildung"],
           "test": ["Gesundheit", "Energie", "Wohnen", "Umwelt"]},
    "fr": {"dev": ["politique locale", "transports", "budget", "éducation"],
           "test": ["santé", "énergie", "logement", "environnement"]},
    "es": {"dev": ["política local", "transporte", "presupuesto", "educación"],
           "test": ["sanidad", "energía", "vivienda", "medio ambiente"]},
}

CITIES = {
    "de": {"dev": ["Lindenau", "Bad Hollstein", "Wernburg"], "test": ["Altmühlen", "Kranichfeld an der Aue", "Seelingen"]},
    "fr": {"dev": ["Saint-Aubrac", "Villeneuve-sur-Loing", "Montreval"], "test": ["Brissac-les-Eaux", "Portigny", "Lamarque-d'Olt"]},
    "es": {"dev": ["Villalba del Río", "San Martín de Tormes", "Puerto Alisio"], "test": ["Valdecañas", "Santa Inés de la Vega", "Monteclaro"]},
}
