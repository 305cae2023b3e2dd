"""Content that must survive as body: datelines, subheads, one-line quotes, story bullet lists
and prose that merely mentions words boilerplate rules like (related, licence, source, app...)."""

from __future__ import annotations

# (prefix template, canonical agency or None, evidence). {Mon} {d} are filled from the doc date.
DATELINES_EN: list[tuple[str, str | None, str]] = [
    ("KYIV, Ukraine (AP) — ", "AP", "(AP)"),
    ("JACKSON, Miss. (AP) — ", "AP", "(AP)"),
    ("LONDON (Reuters) - ", "Reuters", "(Reuters)"),
    ("(Reuters) - ", "Reuters", "(Reuters)"),
    ("SINGAPORE, {Mon} {d} (Reuters) - ", "Reuters", "(Reuters)"),
    ("MUMBAI, {Mon} {d} (PTI) ", "PTI", "(PTI)"),
    ("New Delhi [India], {Mon} {d} (ANI): ", "ANI", "(ANI)"),
    ("Chennai, {Mon} {d} (IANS) ", "IANS", "(IANS)"),
    ("Seoul, {Mon} {d} (Yonhap) -- ", "Yonhap", "(Yonhap)"),
    ("TOKYO (Kyodo) -- ", "Kyodo", "(Kyodo)"),
    ("BEIJING, {Mon} {d} (Xinhua) -- ", "Xinhua", "(Xinhua)"),
    ("(Bloomberg) -- ", "Bloomberg", "(Bloomberg)"),
    ("WASHINGTON, {Mon} {d} (UPI) -- ", "UPI", "(UPI)"),
    ("NAIROBI (AFP) - ", "AFP", "(AFP)"),
    ("Manila (AFP) – ", "AFP", "(AFP)"),
]
DATELINES_PLAIN_EN = ["LAGOS, Nigeria — ", "SYDNEY: ", "Ottawa — ", "DENVER -- ",
                      "CAPE TOWN, South Africa — ", "GLASGOW — ", "AUCKLAND: "]
DATELINES_FOREIGN: dict[str, list[tuple[str, str | None, str]]] = {
    "de": [("{CITY} (dpa) - ", "dpa", "(dpa)"), ("{City} (dpa) – ", "dpa", "(dpa)"),
           ("{City} (AFP) - ", "AFP", "(AFP)"), ("{City} (Reuters) - ", "Reuters", "(Reuters)")],
    "fr": [("{CITY} (AFP) - ", "AFP", "(AFP)"), ("{City} (AFP) – ", "AFP", "(AFP)")],
    "es": [("{City}, {d} {mon} (EFE).- ", "EFE", "(EFE)"), ("{CITY} (EFE) – ", "EFE", "(EFE)"),
           ("{City}, {d} {mon} (AFP) - ", "AFP", "(AFP)")],
}
DATELINES_PLAIN_FOREIGN = {"de": ["{City} – ", "{CITY}. "], "fr": ["{City} – ", "{CITY}. "],
                           "es": ["{City}. ", "{CITY} – "]}

SUBHEADS = {
    "en": ["What happens next", "THE BACKGROUND", "Key numbers", "– A fragile truce –",
           "Why it matters", "The bigger picture", "A long road", "WHAT THEY SAID", "Looking ahead",
           "Next steps:", "Reaction", "'A wake-up call'", "Follow the money", "By the numbers"],
    "de": ["Wie es weitergeht", "Kritik aus der Opposition", "Die Hintergründe"],
    "fr": ["Ce qui va changer", "Une longue attente", "Les réactions"],
    "es": ["Qué pasará ahora", "Las reacciones", "Un largo camino"],
}

QUOTES = {
    "en": ["“We are not going anywhere,” she said.", "“It's a disgrace,” one resident told reporters.",
           "“Nobody saw this coming.”", "\"We'll be back,\" he said.",
           "“This is just the beginning,” the spokesperson added.", "“Enough is enough.”"],
    "de": ["„Das ist erst der Anfang“, sagte sie.", "„Wir geben nicht auf.“"],
    "fr": ["« On ne lâchera rien », a-t-il prévenu.", "« C'est une très bonne nouvelle. »"],
    "es": ["«No vamos a rendirnos», aseguró.", "«Es una gran noticia para todos»."],
}

TRAPS_EN = [
    "Related charges were filed against two other men on Tuesday, according to court records.",
    "The licence, which was first granted in 2011, allowed the company to operate ferries on three routes.",
    "Source documents reviewed by reporters show the contract was amended twice before it was signed.",
    "The app, which has been downloaded more than two million times, asks users for their location before showing results.",
    "A disclaimer on the company's website says the figures are estimates and may be revised.",
    "Privacy campaigners say cookies and other tracking tools remain widespread on government websites despite the new rules.",
    "More than 1,200 residents signed up for the council's newsletter after the flood warnings began.",
    "Comments posted under the minister's video were later switched off by her office.",
    "Shares of the company fell 6% in early trading before recovering slightly.",
    "Copyright lawyers say the case could take years to resolve.",
    "Updated figures released on Friday put the number of affected households at 4,300.",
    "Download speeds in rural areas have doubled since the programme started, the regulator said.",
    "Follow-up inspections are scheduled for the spring.",
    "Read the full report, the auditor said, and the pattern is hard to miss.",
    "Subscribers to the streaming service will see prices rise by $2 a month from June.",
    "Advertising revenue at the broadcaster dropped for the third straight quarter.",
    "Back in 2016, the same stretch of road was closed for six months.",
    "Sign-ups for the scheme have been slower than expected, officials admitted.",
    "The photo, taken by a passer-by, quickly spread across social media.",
    "Terms of the deal were not disclosed.",
    "All rights to the footage have been sold to a documentary maker, the family said.",
    "Tags on the recovered bags matched flights that had landed in Lisbon the previous week.",
    "Most read books in the county library last year were crime novels, followed by cookbooks.",
    "Share prices across the sector slipped after the announcement.",
    "Accept the offer or face a strike, the union told management in a letter on Monday.",
    "Trending topics on social media that evening included the mayor's name and the word “resign”.",
    "Click fraud cost advertisers an estimated $84 billion last year, the study found.",
    "The original article, published in a medical journal in 2021, has since been retracted.",
]
TRAPS = {
    "en": TRAPS_EN,
    "de": ["Die App des Verkehrsverbunds zeigte am Morgen zeitweise falsche Abfahrtszeiten an.",
           "Mehr als 800 Menschen haben den Newsletter der Bürgerinitiative inzwischen abonniert.",
           "Quellen aus dem Rathaus bestätigten die Pläne am Abend."],
    "fr": ["L'application de la mairie permet déjà de signaler les nids-de-poule.",
           "Les commentaires laissés sur la page Facebook de la commune ont été supprimés.",
           "Selon une source proche du dossier, un accord pourrait intervenir d'ici vendredi."],
    "es": ["La aplicación municipal ya permite consultar el estado de las obras en tiempo real.",
           "Según fuentes del sector, las cookies de seguimiento no se vieron afectadas por el fallo.",
           "Los comentarios del alcalde en la radio provocaron una oleada de críticas."],
}

BULLET_SETS = {
    "en": [
        ("The proposal includes:", ["- a 12% increase in the child benefit",
                                    "- free bus travel for under-18s",
                                    "- new powers for councils to fine absent landlords"]),
        ("Under the new rules:", ["• drivers must pass a medical check every five years",
                                  "• learner permits will be valid for 18 months",
                                  "• fines for using a phone at the wheel double"]),
        ("Among the measures announced on Thursday:", ["1. Registration opens on Monday",
                                                       "2. Grants of up to $5,000 per household",
                                                       "3. A hotline staffed around the clock"]),
        ("Investigators want to know three things:", ["* who authorised the payments",
                                                      "* why the audit was delayed",
                                                      "* whether any money can be recovered"]),
        ("Here is what changes for passengers:", ["– Peak fares rise by 20 cents",
                                                  "– Weekend passes are scrapped",
                                                  "– Children under five still travel free"]),
    ],
    "de": [("Die wichtigsten Punkte:", ["- Tempo 30 in allen Wohnstraßen",
                                        "- mehr Parkplätze für Lastenräder",
                                        "- neue Ampeln an zwei Schulen"])],
    "fr": [("Le plan prévoit notamment :", ["- la création de 40 places de crèche",
                                             "- la rénovation de deux gymnases",
                                             "- un nouveau marché couvert"])],
    "es": [("El plan incluye:", ["• nuevas paradas de autobús",
                                 "• ampliación de los carriles bici",
                                 "• más plazas de aparcamiento para residentes"])],
}
