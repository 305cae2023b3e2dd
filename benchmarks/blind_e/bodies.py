"""Body paragraphs: real English bodies from the public extraction benchmark, corpus E's own
stories (own_bodies.py), datelines and trap sentences that must stay body."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from kit import EN_MONTHS, ES_MONTHS, agency_fact
from own_bodies import STORIES

GT_PATH = Path("/work/shared/bench/article-extraction-benchmark/ground-truth.json")

_JUNK = re.compile(
    r"^(see it now|get it (on|at)|use code|download |link to |click for|main image credit|\(image credit"
    r"|originally published|with post wires|©|\(published|\[ |story timeline|see more photos|see tweets"
    r"|cover image|this article was (originally|reprinted)|editor's note|click here|updated |follow |copyright|about this rating)",
    re.I,
)
_SHOP = re.compile(r"get it on amazon|see it now|for \$\d", re.I)


# pages that are not news (theatre listings, a game ad, a recipe, a sales letter, citations)
_SKIP_PAGES = ("52111884", "8cad00dc", "a860fb5e", "4219d096", "c582d3b7", "5ae11e58", "4648a420")


def _english(text: str) -> bool:
    words = re.findall(r"[a-z]+", text.lower())
    if len(words) < 150:
        return False
    share = sum(w in ("the", "and", "of", "to", "a", "in") for w in words) / len(words)
    return share > 0.13


def load_gt() -> list[tuple[str, str, list[str]]]:
    """(page id, url, paragraphs) for English news-like pages, junk paragraphs dropped."""
    data: dict[str, Any] = json.loads(GT_PATH.read_text(encoding="utf-8"))
    out = []
    for pid in sorted(data):
        body = data[pid]["articleBody"]
        if pid.startswith(_SKIP_PAGES) or not _english(body) or len(_SHOP.findall(body)) > 1:
            continue
        paras = []
        for p in body.split("\n"):
            p = " ".join(p.replace("\u200b", " ").split())
            if len(p.split()) < 3 or "http" in p or "www." in p or "t.co/" in p:
                continue
            if _JUNK.match(p) or set(p) <= set("_-—* "):
                continue
            if len(p) > 1400:
                continue
            paras.append(p)
        if len(paras) >= 5:
            out.append((pid, data[pid].get("url", ""), paras))
    return out


TRAPS: dict[str, list[str]] = {
    "en": [
        "Officials said two related cases were still pending before the high court.",
        "The driver's licence had expired in 2019, police said.",
        "A source in the ministry, who asked not to be named, said the file had been sent back twice.",
        "Residents can report problems through the city's app, which was overhauled last month.",
        "The form now carries a disclaimer in two languages after complaints from applicants.",
        "Comments by the minister drew sharp criticism from opposition lawmakers on Tuesday.",
        "Shares of the company closed 3.1 per cent lower on the local bourse.",
        "More than 12,000 people subscribe to the district's SMS flood alerts, officials said.",
        "The band is locked in a copyright dispute with its former label.",
        "Wildlife officers fitted GPS tags to six of the animals last year.",
        "The clip was trending on TikTok within hours of being posted.",
        "The advertisement, which ran in three newspapers, has since been withdrawn.",
        "Privacy campaigners asked why the data had been shared with a private contractor.",
        "Follow-up inspections are planned for the spring, the agency said.",
        "Photos posted online showed water up to the windows of parked cars.",
        "Updated guidance from the health department is expected before the school term begins.",
        "Posted on a notice board outside the office, the list named 48 successful candidates.",
        "All rights to the tournament's broadcast were sold to a streaming platform last year.",
        "The club said it would share the proceeds with the players' welfare fund.",
        "Download speeds in the province lag well behind the national average, the report found.",
        "Read together, the two reports paint a bleak picture of the sector.",
        "The source of the leak has not been identified.",
        "Subscribers to the pension scheme will see no change until July.",
        "Tags on the confiscated goods showed they had been imported without duty.",
        "Related costs, including transport and storage, will be borne by the province.",
        "Trending topics on the platform were dominated by the result for most of the evening.",
        "The council's newsletter, delivered to every household, carried the notice in full.",
    ],
    "de": [
        "Eine Quelle im Ministerium bestätigte den Bericht am Abend.",
        "Die zugehörige App wurde nach Angaben des Betreibers bereits 200.000 Mal heruntergeladen.",
        "Kommentare in sozialen Netzwerken fielen überwiegend kritisch aus.",
        "Der Verlag hält die Urheberrechte an den historischen Aufnahmen.",
        "Die Anzeige wegen Sachbeschädigung wurde inzwischen bei der Polizei erstattet.",
        "Wer den Newsletter der Stadt abonniert, wird bei Sperrungen automatisch informiert.",
        "Weitere Informationen gibt es bei der Verbraucherzentrale und im Bürgerbüro.",
        "Die Lizenz des Betreibers läuft Ende des Jahres aus.",
    ],
    "fr": [
        "Une source proche du dossier confirme l'information.",
        "L'application, lancée l'an dernier, compte déjà 40 000 utilisateurs.",
        "Les commentaires du ministre ont suscité l'indignation de l'opposition.",
        "La licence d'exploitation de la société a été suspendue en mars.",
        "Publicité mensongère : l'enseigne avait déjà été condamnée en 2021.",
        "Le partage des recettes entre les communes fait encore débat.",
        "Pour en savoir plus, les habitants peuvent se rendre à la mairie.",
        "Les droits d'auteur des photographies appartiennent à la famille.",
    ],
    "es": [
        "Una fuente del ministerio confirmó la información a este medio.",
        "La aplicación del servicio meteorológico se actualiza cada hora.",
        "Los comentarios del ministro generaron polémica en el Congreso.",
        "La licencia de conducir del chofer estaba vencida desde 2020.",
        "El tema fue tendencia en redes sociales durante toda la tarde.",
        "Compartir la ubicación ayuda a los rescatistas, explicaron los bomberos.",
        "La publicidad oficial en radio y televisión quedó suspendida durante la veda.",
        "Los derechos de autor de la obra pertenecen a la familia del artista.",
    ],
}

SUBHEADS = {
    "en": ["What happens next", "THE BACKGROUND", "Why it matters", "— Mixed reactions —", "By the numbers", "Reaction:"],
    "de": ["Wie es weitergeht", "Hintergrund", "– Kritik aus der Opposition –"],
    "fr": ["Et maintenant ?", "Contexte", "– Une décision attendue –"],
    "es": ["Qué sigue", "Antecedentes", "– Reacciones –"],
}


def dateline(rng: Any, lang: str, region: str | None, city: str | None, agency: str | None,
             t: Any) -> tuple[str, list[tuple[Any, ...]]]:
    """A dateline prefix for the first paragraph and its credit fact (if it names an agency)."""
    city = city or rng.choice(["LONDON", "NEW YORK", "SINGAPORE", "GENEVA"])
    title_city = city
    if city.isupper():
        small = {"de", "del", "la", "of", "el", "sur"}
        title_city = " ".join(w.lower() if i and w.lower() in small else w.capitalize() for i, w in enumerate(city.split()))
    if not agency:
        if lang == "en":
            form = rng.choice([f"{city}: ", f"{city} — ", f"{title_city}: ", f"{city}, {EN_MONTHS[t.month - 1][:3]} {t.day} — "])
        elif lang == "es":
            form = rng.choice([f"{city}.— ", f"{title_city}, {t.day} de {ES_MONTHS[t.month - 1]}.- "])
        else:
            form = rng.choice([f"{title_city} – ", f"{city}. – "])
        return form, []
    if lang == "en":
        mon = EN_MONTHS[t.month - 1][:3]
        forms = [
            f"{city} ({agency}) — ",
            f"{title_city}, {mon} {t.day} ({agency}) - ",
            f"{city}, {mon}. {t.day} ({agency}) -- ",
            f"{title_city} ({agency}): ",
            f"{city} ({agency}) – ",
        ]
        if agency == "AP" and region:
            country = {"PK": "Pakistan", "BD": "Bangladesh", "LK": "Sri Lanka", "NP": "Nepal", "KE": "Kenya",
                       "PH": "Philippines", "JM": "Jamaica", "CARIB": "Trinidad", "IE": "Ireland", "NZ": "New Zealand"}.get(region)
            if country:
                forms.append(f"{city}, {country} (AP) — ")
    elif lang == "de":
        forms = [f"{title_city} ({agency}) - ", f"{title_city} ({agency}/lby) – ", f"{title_city} ({agency}) – "]
        if agency != "dpa":
            forms = [f"{title_city} ({agency}) – "]
    elif lang == "fr":
        forms = [f"{title_city} ({agency}) - ", f"{city} ({agency}) – "]
    else:
        forms = [f"{city} ({agency}).— ", f"{title_city}, {t.day} {ES_MONTHS[t.month - 1][:3]} ({agency}).- ", f"{city} ({agency}) – "]
    form = rng.choice(forms)
    ev = agency if rng.random() < 0.5 else f"({agency})"
    if f"({agency}/lby)" in form:
        ev = agency
    return form, [agency_fact(agency, ev)]


GT = load_gt()


def story_by_id(sid: str) -> dict[str, Any]:
    for s in STORIES:
        if s["id"] == sid:
            return s
    raise KeyError(sid)
