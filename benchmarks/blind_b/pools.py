"""Name, site and headline pools for the blind_b corpus (all invented)."""

from __future__ import annotations

# canonical agency -> (aliases, long forms that may appear in text)
AGENCIES: dict[str, list[str]] = {
    "AP": ["Associated Press", "The Associated Press"],
    "Reuters": ["Thomson Reuters"],
    "AFP": ["Agence France-Presse", "Agence France Presse"],
    "PTI": ["Press Trust of India"],
    "ANI": ["Asian News International"],
    "IANS": ["Indo-Asian News Service"],
    "Bloomberg": ["Bloomberg News"],
    "Xinhua": ["Xinhua News Agency"],
    "Kyodo": ["Kyodo News"],
    "Yonhap": ["Yonhap News Agency"],
    "UPI": ["United Press International"],
    "AAP": ["Australian Associated Press"],
    "dpa": ["Deutsche Presse-Agentur"],
    "EFE": ["Agencia EFE"],
    "Europa Press": ["EUROPA PRESS"],
    "APA": ["Austria Presse Agentur"],
    "Keystone-SDA": ["SDA", "Keystone SDA", "sda"],
    "KNA": ["Katholische Nachrichten-Agentur"],
    "epd": ["Evangelischer Pressedienst"],
    "Belga": ["Agence Belga"],
    "Notimex": [],
    "ANSA": [],
}

SITES = {
    "de": ["Rheinpfalz-Kurier", "Nordsee-Bote", "Allgäuer Tagesblatt", "Weserland Online",
           "Mittelhessische Rundschau", "Oberlausitzer Anzeiger", "Saale-Echo", "Havelland Aktuell"],
    "de_bc": ["Radio Südwest 1", "Hessenwelle", "Nordwest Fernsehen", "Bergland Rundfunk"],
    "de_portal": ["Netzportal24", "InfoWelt Nachrichten", "Tagesblick.net", "Nachrichtenfix"],
    "de_at": ["Salzach-Nachrichten", "Donaukurier Linz"],
    "de_ch": ["Aargauer Tagesecho", "Zürichsee-Post"],
    "fr": ["Le Courrier de l'Estuaire", "La Voix du Vercors", "L'Écho des Landes", "Ouest Horizon",
           "Le Républicain du Morvan", "La Gazette de Provence-Alpes"],
    "fr_bc": ["Radio Littoral", "Antenne Alsace", "Télé Pays de Loire"],
    "fr_portal": ["InfoFlash", "ActuRama", "Le Fil Info 24"],
    "fr_be": ["Le Journal de Namur", "Meuse Matin"],
    "es": ["Diario del Guadalquivir", "La Voz del Ebro", "El Heraldo Cantábrico", "Crónica de Levante",
           "El Correo de la Mancha", "Diario Atlántico de Vigo"],
    "es_bc": ["Onda Meseta", "Radio Tramontana", "Televisión del Sur"],
    "es_portal": ["Noticias360", "TodoNoticias Hoy", "Portada Express"],
    "es_mx": ["El Sol de Anáhuac", "Diario del Bajío"],
    "en": ["Riverbend Ledger", "Coastline Herald", "The Prairie Sentinel", "SunCoast Dispatch",
           "Harbour City Times", "The Kestrel Daily", "Lakeshore Chronicle", "Mountain View Gazette"],
    "en_asia": ["Deccan Wire Daily", "Bharat Pulse", "Manila Morning Ink", "Asia Ticker",
                "Lanka Lens", "Malabar Mirror Online", "Punjab Post Today", "Saigon Signal"],
    "en_africa": ["Lagos Ledger Online", "Nairobi Brief", "Accra Daily Beat", "Kampala Now"],
    "en_aus": ["Harbour City Times", "Outback Courier", "Tasman Tribune"],
    "en_agg": ["NewsFlowly", "HeadlineHopper", "Feedwire Central", "TrendPulse24", "QuickNews Hub",
               "DailyScoop Network", "GlobeDigest", "NewzByte"],
}


def host_for(name: str, tld: str) -> str:
    base = "".join(ch for ch in name.lower() if ch.isalnum() or ch in " -")
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("é", "e"), ("è", "e"), ("á", "a"),
                 ("ó", "o"), ("í", "i"), ("ú", "u"), ("ñ", "n"), ("à", "a"), ("ç", "c")):
        base = base.replace(a, b)
    base = base.replace("the ", "").replace(" ", "").replace("'", "")
    base = base.replace("lecourrierde", "courrier").replace("diariodel", "diario")
    return f"{base}.{tld}"


PEOPLE = {
    "de": ["Anna Berger", "Tobias Kramer", "Lena Hoffmann", "Jörg Seidel", "Miriam Yilmaz",
           "Katharina Vogt", "Stefan Albrecht", "Sophie Neumann", "Hakan Demir", "Ute Brandt"],
    "fr": ["Julie Martin", "Thomas Lefèvre", "Nadia Benali", "Pierre-Yves Morel", "Claire Dubois",
           "Antoine Garnier", "Élodie Faure", "Karim Haddad"],
    "es": ["María López", "Javier Ortega", "Lucía Fernández", "Carlos Ruiz", "Ana Belén Soto",
           "Pablo Iglesias Marín", "Nerea Etxeberria", "Diego Villalobos"],
    "en": ["Jane Whitfield", "Marcus Ogden", "Priya Menon", "Tom Reyes", "Aisha Bello",
           "Kenji Watanabe", "Rohit Sharma", "Emily Cartwright", "Samuel Okafor", "Grace Lindqvist",
           "Arjun Nair", "Chloe Bennett", "Daniel Mwangi", "Hannah Kim"],
}

HEADLINES_EN = [
    "City council approves budget after marathon session",
    "Heatwave pushes power demand to record high",
    "Five things to know before markets open today",
    "Police seek witnesses after overnight hit-and-run",
    "Rupee ends flat against dollar ahead of Fed decision",
    "Local bakery wins national award for sourdough",
    "Monsoon likely to reach Kerala three days early, says weather office",
    "Stocks slip as oil prices climb for fourth day",
    "Opinion: Our schools need more than new buildings",
    "Watch: Rare snow leopard caught on camera in Ladakh",
    "School bus drivers to strike next week over pay",
    "Review: A quiet, devastating debut novel",
    "How to claim your tax refund before the deadline",
    "Airline adds direct flights to three new cities",
    "Court adjourns hearing in land dispute case to next month",
    "Farmers protest against new water rules",
    "Hospital opens new cancer wing after delays",
    "Central bank holds interest rates steady",
    "Tech giant unveils cheaper smartphone lineup",
    "Cricket: Hosts clinch series with a day to spare",
    "Bridge closure to last until autumn, officials say",
    "Gold prices hit new high as investors seek safety",
    "Quake of magnitude 5.4 jolts northern islands",
    "Mayor defends decision to close public library branches",
    "Scientists discover new species of frog in cloud forest",
    "Election commission announces dates for by-polls",
    "Startup raises $12 million to expand delivery service",
    "Health officials warn of rise in dengue cases",
    "Wildfire smoke prompts air quality alert",
    "Man arrested over cryptocurrency scam worth millions",
    "Housing prices fall for third straight month",
    "Horoscope today: What the stars hold for you",
    "10 photos that defined the week",
    "Zoo welcomes twin red panda cubs",
    "Petrol, diesel prices unchanged; check rates in your city",
    "Senate panel advances rail safety bill",
    "Teen swimmer breaks 20-year-old national record",
    "Why millennials are leaving the big cities",
    "New metro line to open to public on Sunday",
    "Weather: Thunderstorms expected across the region tonight",
]

HEADLINES_DE = [
    "Polizei sucht Zeugen nach Unfall auf der B 27",
    "Neues Hallenbad soll 2027 eröffnen",
    "Wetter am Wochenende: Sonne und bis zu 28 Grad",
    "Gemeinderat stimmt für neues Baugebiet",
    "Tarifstreit: Warnstreik im Nahverkehr am Montag",
    "Feuer in Lagerhalle – hoher Sachschaden",
    "Weihnachtsmarkt öffnet mit neuem Konzept",
    "So viel kostet der Müll ab Januar",
    "Landrat kündigt Rückzug aus der Politik an",
    "Mann nach Messerangriff festgenommen",
    "Blitzer-Marathon: Hier wird heute kontrolliert",
    "Handball: Derbysieg vor ausverkaufter Halle",
    "Apotheken klagen über Lieferengpässe",
    "Kommentar: Die Stadt braucht mehr Mut",
    "Drei Verletzte bei Auffahrunfall auf der A 61",
    "Klinikum schließt Geburtsstation vorübergehend",
]

HEADLINES_FR = [
    "Grève des contrôleurs : le trafic perturbé ce week-end",
    "Météo : un épisode orageux attendu dans le Sud-Est",
    "Le prix du carburant repart à la hausse",
    "Un incendie ravage un entrepôt en zone industrielle",
    "Municipales : le maire sortant annonce sa candidature",
    "Rugby : le club local s'impose dans le derby",
    "Santé : les urgences de l'hôpital à nouveau saturées",
    "Un nouveau marché bio ouvre ses portes en centre-ville",
    "Accident sur la RN 165 : deux blessés graves",
    "Éducation : la carte scolaire fait débat",
    "Immobilier : les prix baissent dans les grandes villes",
    "Un chien retrouvé après trois semaines de recherches",
    "Fête de la musique : le programme complet",
    "Tribune : « Nos campagnes méritent mieux »",
]

HEADLINES_ES = [
    "Detenido un hombre por robar en varias viviendas del centro",
    "La Aemet activa el aviso amarillo por calor",
    "El precio de la luz baja este domingo",
    "Abre el nuevo centro de salud del barrio norte",
    "Huelga de transporte: servicios mínimos para el lunes",
    "Un accidente en la A-7 deja tres heridos",
    "La feria de abril bate récord de visitantes",
    "El paro baja en 12.000 personas en la comunidad",
    "Opinión: La ciudad que queremos",
    "Sorteo de la Lotería: comprueba tus números",
    "El Ayuntamiento retira las terrazas sin licencia",
    "Baloncesto: victoria agónica en la prórroga",
    "Alerta por la llegada de medusas a las playas",
    "Los precios de la vivienda suben un 8 %",
]
