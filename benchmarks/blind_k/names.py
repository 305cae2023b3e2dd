"""Invented name pools for blind_k, split into disjoint dev and test halves."""

SITES = {
    "dev": ["Quarry Lane Post", "Bellwether Daily", "The Copperfield Ledger", "NewsKettle",
            "Harrowgate Courier", "Daily Lantern Hub", "Tidewater Dispatch", "PulseFold",
            "Minted Meadow News", "Orbitline Today", "Granary Street Journal", "FeedHaven"],
    "test": ["Saltmarsh Herald", "The Winnow Report", "Brightcoil News", "Lodestar Evening",
             "Pennyroyal Times", "KestrelWire", "The Ashgrove Examiner", "Marrowbank Online",
             "Juniper Crossing Gazette", "NewsTrellis", "Cobalt Reach", "Ferrymoor Weekly"],
}
AGGREGATORS = {
    "dev": ["StoryMill", "NewsBasin", "Headline Harvest", "Clipstream"],
    "test": ["Wirewell", "FeedCairn", "DigestDock", "Newsloom"],
}
PUBLISHERS = {  # (outlet name, host)
    "dev": [("Eastbrook Observer", "www.eastbrookobserver.com"),
            ("Calder Valley Times", "www.caldervalleytimes.co.uk"),
            ("The Morrow Standard", "www.morrowstandard.com"),
            ("Pinecastle Tribune", "www.pinecastletribune.com")],
    "test": [("Westholm Chronicle", "www.westholmchronicle.com"),
             ("Ridgeford Mail", "www.ridgefordmail.co.uk"),
             ("The Sable Point Press", "www.sablepointpress.com"),
             ("Harbourne Sentinel", "www.harbournesentinel.com")],
}
AUTHORS = {
    "dev": ["Marisol Quenby", "Theo Barraclough", "Priya Vantongeren", "Callum Ashdown",
            "Ines Harkavy", "Dmitri Solway", "Ruth Ellingham", "Oskar Pennefather"],
    "test": ["Yvette Crumholt", "Bastian Loder", "Nadia Ferreday", "Glen Oyelaran",
             "Harriet Voskuijlen", "Matteo Brightwell", "Selma Duquaine", "Wendell Ashcombe"],
}
PHOTOGRAPHERS = {
    "dev": ["Lorcan Pyle", "Edda Marchetti", "Sunny Okafor-Reeve"],
    "test": ["Tova Lindqvist-Hale", "Ravi Castellane", "Agnes Murtagh"],
}
SECTIONS = {
    "dev": ["Lifestyle", "Local", "Sport", "Food", "Entertainment", "Money"],
    "test": ["Community", "Culture", "Results", "Kitchen", "Tech & Gadgets", "Obituaries"],
}
TAGS = {
    "dev": ["weekend", "family", "city council", "gardening", "football", "budget", "recipes",
            "music", "travel", "books", "housing", "schools"],
    "test": ["outdoors", "transport", "elections", "baking", "cinema", "local history",
             "poetry", "gadgets", "markets", "health", "rugby", "festivals"],
}
# German / French / Spanish sites
SITES_X = {
    "de": {"dev": ["Rheinblick Online", "Stadtkurier Mitte"], "test": ["Elbufer Nachrichten", "Tagblatt Südheide"]},
    "fr": {"dev": ["Le Courrier des Vallons", "Info Garonne Plus"], "test": ["La Vigie du Bocage", "Actu Presqu'île"]},
    "es": {"dev": ["Diario Ribera Alta", "El Faro Digital de Levante"], "test": ["La Gaceta del Sil", "Noticias Meseta Hoy"]},
}
AUTHORS_X = {
    "de": {"dev": ["Jonas Kettelhake", "Birte Oldenkamp"], "test": ["Frieda Wansleben", "Till Rauschenbach"]},
    "fr": {"dev": ["Margaux Delépine", "Yannick Treguer"], "test": ["Solène Barthoux", "Aurélien Pichevin"]},
    "es": {"dev": ["Lucía Berrocal", "Iker Mendizabal"], "test": ["Noelia Castrejana", "Rubén Albarracín"]},
}
