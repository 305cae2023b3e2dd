"""Invented name pools for blind_m. Every pool is split by index parity: even -> dev, odd -> test."""

# aggregators per language (names the disclaimers give themselves)
AGGREGATORS = {
    "en": ["NewsLoom", "Feedwell Daily", "HeadlineHarbor", "PulseStack News", "Wirefold",
           "DailyDrift Digest", "Newsbeam 24", "Briefory", "TopFeed Central", "Newsriver Hub",
           "Clipstream", "Storyvane", "InfoTrove Today", "Scoopsy", "Rollingwire Digest",
           "Glanceline", "Newsmosaic", "FlashPantry", "Kettle News Feed", "Ticker Meadow"],
    "de": ["Nachrichtenkorb", "Schlagzeilenwerk", "Meldungsfluss", "NewsKiste24",
           "Pressespiegel Nord", "Tickerhaus"],
    "fr": ["Actufil", "InfoRuche", "Le Fil Continu", "Dépêchothèque", "ActuPanier",
           "Revue Express Web"],
    "es": ["NoticiasRío", "TitularExpress", "El Rastreador de Noticias", "Notiflujo",
           "Portal Cosecha", "Mosaico Informativo"],
}

# original publishers: (name, host)
PUBLISHERS = {
    "en": [("The Marlow Courier", "marlowcourier.com"), ("Eastbrook Gazette", "eastbrookgazette.com"),
           ("Pinecrest Observer", "pinecrestobserver.com"), ("The Halden Record", "haldenrecord.co.uk"),
           ("Silverlake Tribune", "silverlaketribune.com"), ("Coastline Herald", "coastlineherald.com.au"),
           ("The Northvale Post", "northvalepost.com"), ("Riverbend Chronicle", "riverbendchronicle.com"),
           ("Greyford Times", "greyfordtimes.co.uk"), ("The Ashgrove Ledger", "ashgroveledger.com"),
           ("Kestrel Bay News", "kestrelbaynews.com"), ("Tidewater Dispatch", "tidewaterdispatch.com"),
           ("Morrow County Sentinel", "morrowsentinel.com"), ("The Quill Report", "quillreport.net"),
           ("Lantern Street Journal", "lanternstreetjournal.com"), ("Brightwater Examiner", "brightwaterexaminer.com"),
           ("Fenwick Daily", "fenwickdaily.com"), ("The Cobalt Review", "cobaltreview.org"),
           ("Highmoor Press", "highmoorpress.com"), ("Orchard Valley Star", "orchardvalleystar.com"),
           ("Saltmarsh Telegraph", "saltmarshtelegraph.co.uk"), ("The Prairie Lantern", "prairielantern.com")],
    "de": [("Rheinblick Zeitung", "rheinblick-zeitung.de"), ("Der Talbote", "talbote.de"),
           ("Hafenstadt Anzeiger", "hafenstadt-anzeiger.de"), ("Bergland Rundschau", "bergland-rundschau.de"),
           ("Mittelland Post", "mittelland-post.ch"), ("Lindenauer Tageblatt", "lindenauer-tageblatt.de")],
    "fr": [("Le Veilleur de l'Est", "leveilleur-est.fr"), ("La Gazette des Pins", "gazettedespins.fr"),
           ("L'Écho du Plateau", "echoduplateau.fr"), ("Le Courrier de Vauclair", "courrier-vauclair.fr"),
           ("La Vigie Atlantique", "lavigie-atlantique.fr"), ("Le Messager des Combes", "messagerdescombes.ch")],
    "es": [("El Faro del Norte", "elfarodelnorte.es"), ("Diario La Colina", "diariolacolina.com"),
           ("El Mirador Costero", "elmiradorcostero.es"), ("Crónica de Altamar", "cronicadealtamar.com"),
           ("La Gaceta del Sauce", "gacetadelsauce.com.mx"), ("Heraldo de Valdecruces", "heraldovaldecruces.es")],
}

# sites serving the page (title suffix -> site_name)
SITES = {
    "en": ["Trendbyte", "NewsNook", "DailyScope Online", "Buzzwire Now", "The Morning Byte",
           "ViralCurrent", "Globe Snippets", "NowReport", "Zestnews", "Newsroomly", "Quickscan Times",
           "HotTopic Feed", "Updately", "The Brief Shelf", "Nightdesk Online", "Snapwire Today"],
    "de": ["Nachrichtenblick", "Aktuell Kompakt", "Tageslicht Online", "Meldungsecke"],
    "fr": ["InfoMatin Web", "Actu Carrefour", "Le Kiosque Numérique", "Dépêche Minute"],
    "es": ["Noticias al Instante", "Diario Pantalla", "El Titular Web", "Portada Viva"],
}

PEOPLE = {
    "en": ["Marta Keller", "Dorian Pell", "Yusuf Adeyemi", "Clara Whitcombe", "Idris Lemaire",
           "Hannah Voss", "Owen Castellano", "Priya Raghunath", "Teodor Brandt", "Lucy Ng",
           "Samuel Ortega", "Ines Dalgaard", "Rowan Ashby", "Mei Tanaka-Ross", "Felix Moreau",
           "Abigail Crane"],
    "de": ["Jonas Weidinger", "Katrin Albers", "Lukas Femmer", "Birte Oldenkamp"],
    "fr": ["Camille Rouvière", "Théo Martineau", "Élise Fontanel", "Hugo Delabarre"],
    "es": ["Lucía Arrieta", "Marcos Villaseñor", "Nerea Galdós", "Tomás Benítez"],
}

# fillers for the invented foreign stories (city, person)
CITIES = {
    "de": ["Lindenau", "Osterwald", "Kaltenbrunn", "Wiesental", "Marbeck", "Hohenried"],
    "fr": ["Vauclair", "Saint-Aubrac", "Montferrand-le-Lac", "Lescure", "Brévannes", "Roquelune"],
    "es": ["Valdecruces", "San Telmo de Arriba", "Almazuela", "Puerto Lirio", "Castrobrava", "La Rambleta"],
}
OFFICIALS = {
    "de": ["Bürgermeisterin Anke Reuter", "Landrat Peter Hollmann", "Stadträtin Miriam Sauer", "Dezernent Ralf Kübler"],
    "fr": ["la maire Sylvie Carrade", "le préfet Antoine Gerbier", "l'adjoint Yannick Loret", "la présidente Odile Marchal"],
    "es": ["la alcaldesa Pilar Echeverri", "el concejal Andrés Losada", "la consejera Irene Cuadrado", "el delegado Raúl Ferrán"],
}
