"""Kinds widened in wording round 12, each line in a realistic document (a headline, story
paragraphs in the line's language, the line where such a line sits): photo captions with a
credit or a picture cue not met before (a bracketed credit, a stock agency or "© Name" after
the caption, 📷/▲ openers, "… are seen outside …", de/fr/es position marks and archive
phrases), bylines, place-and-date lines, podcast plugs, broadcast notes, cookie-settings
buttons, press-office contact headers, "Weiter:" links and headline lists whose items open
with "¿", "$2bn" or "iPhone". Story lines with the same words stay, and cleaning is
idempotent."""

from __future__ import annotations

import pytest

import newsclean
from newsclean import Article

from .probes_wording import ARTICLES

TITLES = {
    "en": "Council approves library budget after months of debate",
    "de": "Stadtrat beschließt längere Öffnungszeiten für Bibliotheken",
    "fr": "Le conseil municipal vote l'extension des horaires des bibliothèques",
    "es": "El ayuntamiento aprueba ampliar el horario de las bibliotecas",
}
PARAS = {
    "en": list(ARTICLES[0]),  # the wording probes' first story
    "de": [
        "Der Stadtrat hat am Dienstag beschlossen, die Öffnungszeiten aller Stadtteilbibliotheken "
        "im Winter zu verlängern, nachdem monatelang darüber gestritten worden war.",
        "Nach Angaben der Verwaltung kostet der Plan rund 1,2 Millionen Euro im Jahr; das Geld "
        "soll durch Einsparungen in anderen Ämtern aufgebracht werden.",
        "Die Bürgerinnen und Bürger, die in der Sitzung sprachen, waren geteilter Meinung. Einige "
        "lobten die Investition, andere klagten über gestiegene Gebühren.",
        "Der Oberbürgermeister will den Beschluss noch in dieser Woche unterzeichnen, die längeren "
        "Öffnungszeiten könnten bereits im Januar beginnen.",
    ],
    "fr": [
        "Le conseil municipal a voté mardi l'extension des horaires d'ouverture de toutes les "
        "bibliothèques de quartier pendant l'hiver, après des mois de débats.",
        "Selon la mairie, le projet coûtera environ 1,2 million d'euros par an et sera financé par "
        "des économies réalisées dans d'autres services.",
        "Les habitants qui ont pris la parole lors de la séance étaient partagés. Certains ont "
        "salué l'investissement, d'autres se sont plaints de la hausse des impôts locaux.",
        "Le maire doit signer la délibération d'ici la fin de la semaine, et les nouveaux horaires "
        "pourraient entrer en vigueur dès janvier.",
    ],
    "es": [
        "El pleno del ayuntamiento aprobó el martes ampliar el horario de todas las bibliotecas "
        "municipales durante el invierno, tras meses de debate entre vecinos y trabajadores.",
        "Según el consistorio, el plan costará unos 1,2 millones de euros al año y se financiará "
        "con ahorros en otros departamentos, aunque dos concejales advirtieron de que las cifras "
        "son optimistas.",
        "Los vecinos que intervinieron en la sesión se mostraron divididos. Algunos elogiaron la "
        "inversión, mientras otros se quejaron de la subida de los impuestos.",
        "Está previsto que el alcalde firme la medida esta semana, y el nuevo horario podría "
        "empezar a aplicarse en enero, según un comunicado difundido tras la votación.",
    ],
}
SHARE = {"en": "Share this article", "de": "Artikel teilen", "fr": "Partager cet article",
         "es": "Compartir este artículo"}


def document(lines: list[str], zone: str, lang: str) -> str:
    """``lines`` after the headline ("head"), between the second and third paragraphs ("mid"),
    or after the story ("tail"; "tail+": after a share line)."""
    title, paras = TITLES[lang], PARAS[lang]
    if zone == "head":
        parts = [title, *lines, *paras]
    elif zone == "mid":
        parts = [title, *paras[:2], *lines, *paras[2:]]
    elif zone == "tail":
        parts = [title, *paras, *lines]
    else:
        parts = [title, *paras, SHARE[lang], *lines]
    return "\n\n".join(parts) + "\n"


def decisions(article: Article) -> dict[str, tuple[str | None, str | None]]:
    """Each line's (rule, category); (None, None) when kept."""
    out: dict[str, tuple[str | None, str | None]] = {}
    for s in article.spans:
        if s.text.strip():
            out.setdefault(s.text.strip(), (None, None) if s.kept else (s.rule, s.category))
    return out


def run(lines: list[str], zone: str, lang: str) -> dict[str, tuple[str | None, str | None]]:
    text = document(lines, zone, lang)
    article = newsclean.clean(text, kind="text")
    got = decisions(article)
    for p in PARAS[lang]:
        assert got[p] == (None, None), (p, got[p])
    # cleaning the body again changes nothing
    again = newsclean.clean(article.body, kind="text")
    assert again.body == article.body
    return got


CAPTIONS = [
    ("en", "Library staff unpack new books on Friday. [Photo: Library Service]"),
    ("en", "Mourners lay flowers at the scene on Monday. Getty"),
    ("en", "📷 A boat sails past the lighthouse at sunrise."),
    ("en", "▲ The council chamber during Tuesday's vote."),
    ("en", "The remains of the warehouse are seen after the fire was put out."),
    ("en", "Shoppers are seen at a market in Nairobi on Wednesday."),
    ("en", "The site of the planned factory, photographed last month."),
    ("de", "Einsatzkräfte sichern die Unfallstelle auf der A7. © Polizei"),
    ("de", "Die Preisträger (v. l. n. r.) bei der Verleihung im Rathaus."),
    ("de", "Luftaufnahme der überfluteten Altstadt am Donnerstag."),
    ("fr", "Des usagers attendent le bus devant la gare lundi matin. Crédit photo : Ville de Lyon"),
    ("fr", "La nouvelle médiathèque de la rue du Port. © Mairie de Nantes"),
    ("fr", "Le maire (au centre) inaugure la nouvelle bibliothèque."),
    ("fr", "Vue aérienne du village inondé, jeudi."),
    ("fr", "Illustration / Pixabay"),
    ("es", "Fotografía de archivo."),
    ("es", "Agentes de la Policía Nacional, en una imagen de archivo. EUROPA PRESS"),
    ("es", "La alcaldesa (en el centro) durante la inauguración de la biblioteca. | Cedida"),
    ("es", "Vista aérea del pueblo inundado este jueves."),
]


@pytest.mark.parametrize(("lang", "line"), CAPTIONS)
@pytest.mark.parametrize("zone", ["head", "mid"])
def test_photo_captions_with_a_credit_or_a_picture_cue(lang: str, line: str, zone: str) -> None:
    # a line that is all credit ("Illustration / Pixabay") may go as the credit itself
    assert run([line], zone, lang)[line][1] in {"photo_caption", "photo_credit"}


LINES = [
    # bylines
    ("en", "head", "Maria Lopez, Associated Press", "byline"),
    ("en", "head", "By Daniel Brooks Updated 2 hours ago", "byline"),
    ("en", "head", "Daniel Brooks for The Harbour Times", "byline"),
    ("fr", "head", "Julien Meyer avec AFP", "byline"),
    ("fr", "head", "Propos recueillis par Julien Meyer", "byline"),
    ("de", "tail", "Mitarbeit: Jonas Beck", "byline"),
    # date lines
    ("fr", "head", "Publié le 4 mars 2025, modifié le 5 mars 2025", "date_line"),
    ("es", "head", "Madrid, 4 de marzo de 2025", "date_line"),
    ("en", "head", "London, March 4, 2025", "date_line"),
    ("de", "head", "Berlin, den 4. März 2025", "date_line"),
    ("es", "head", "Leer en 3 minutos", "reading_time"),
    # cookie-settings buttons
    ("de", "tail", "Cookie-Einstellungen", "cookie_notice"),
    ("de", "tail", "Einverstanden", "cookie_notice"),
    ("fr", "tail", "Paramétrer les cookies", "cookie_notice"),
    ("es", "tail", "Configuración de cookies", "cookie_notice"),
    ("es", "tail", "Política de cookies", "cookie_notice"),
    # podcast plugs
    ("en", "tail", "🎙️ New episode: The Weekly Brief is out now on all platforms", "app_promo"),
    ("en", "tail", "Podcast: Listen to the full interview in this week's episode", "app_promo"),
    (
        "en",
        "tail",
        "Catch up on the latest episode of Inside City Hall, available wherever you listen.",
        "app_promo",
    ),
    ("de", "tail", "Jetzt reinhören: Die neue Folge unseres Podcasts", "app_promo"),
    (
        "fr",
        "tail",
        "Retrouvez tous les épisodes de notre podcast sur votre plateforme d'écoute préférée.",
        "app_promo",
    ),
    ("fr", "tail", "🎧 À écouter : le nouvel épisode de notre podcast", "app_promo"),
    ("es", "tail", "🎧 Ya disponible el nuevo episodio de nuestro podcast", "app_promo"),
    # broadcast notes, short or as long as a story sentence
    (
        "de",
        "tail",
        "Dieser Beitrag wurde am 04.03.2025 in der Tagesschau um 20 Uhr ausgestrahlt.",
        "broadcast_info",
    ),
    (
        "de",
        "tail",
        "Mehr dazu sehen Sie heute Abend um 19 Uhr im Regionalmagazin.",
        "broadcast_info",
    ),
    ("de", "tail", "Sendung: Abendschau, 04.03.2025, 19:30 Uhr", "broadcast_info"),
    ("fr", "tail", "Retrouvez ce sujet dans notre journal de 13h.", "broadcast_info"),
    (
        "fr",
        "tail",
        "Cette chronique a été diffusée le 4 mars 2025 sur France Inter.",
        "broadcast_info",
    ),
    ("fr", "tail", "À revoir dans l'émission de ce soir à 19h.", "broadcast_info"),
    (
        "es",
        "tail",
        "Puedes ver la entrevista completa esta noche a las 21 h en La 2.",
        "broadcast_info",
    ),
    ("es", "tail", "Emitido el 4 de marzo de 2025 en Radio Nacional.", "broadcast_info"),
    # a "next" link in German
    ("de", "tail", "Weiter: Stadtwerke erhöhen die Preise", "prev_next_link"),
    ("en", "tail", "This story was first broadcast on Morning Edition on March 4, 2025.",
     "broadcast_info"),
]


@pytest.mark.parametrize(("lang", "zone", "line", "category"), LINES)
def test_widened_kinds_are_removed(lang: str, zone: str, line: str, category: str) -> None:
    for z in (zone, "tail+" if zone == "tail" else zone):
        rule, cat = run([line], z, lang)[line]
        assert rule is not None and cat == category, (z, rule, cat)


PRESS = [
    ("en", ["Press Office", "Jane Roe, Head of Communications", "jane.roe@example.com"]),
    ("en", ["Communications Team", "Tom Hale", "+44 20 7946 0000"]),
    ("de", ["Pressestelle der Stadt Bremen", "Jonas Beck", "Tel. 0421 123456"]),
    ("de", ["Kontakt für Medienanfragen:", "presse@example.de"]),
    ("fr", ["Service de presse de la mairie", "Julie Martin", "01 23 45 67 89"]),
    ("es", ["Departamento de Comunicación", "Lucía Ruiz", "prensa@example.es"]),
]


@pytest.mark.parametrize(("lang", "block"), PRESS)
def test_press_office_contact_blocks(lang: str, block: list[str]) -> None:
    got = run(block, "tail", lang)
    assert got[block[0]] == ("contact_header", "media_contact"), got
    assert all(got[line][0] is not None for line in block), got


RUNS = [
    (
        "en",
        [
            "Hospital waiting lists hit new high, figures show",
            "10 best beaches in Europe for 2025",
            "iPhone sales fall in China",
            "$2bn deal for new rail link agreed",
        ],
    ),
    (
        "es",
        [
            '"Tuvimos suerte": las familias recuerdan la riada',
            "¿Por qué siguen subiendo los alquileres?",
            "El Gobierno aprueba la subida del salario mínimo (vídeo)",
            "Tormentas previstas para el sábado - hace 3 horas",
        ],
    ),
]


@pytest.mark.parametrize(("lang", "items"), RUNS)
def test_headline_lists_after_page_furniture(lang: str, items: list[str]) -> None:
    got = run(items, "tail+", lang)
    assert all(got[i][0] is not None for i in items), got


TRAPS = [
    ("en", "mid", "The photo, taken by a passer-by, shows the moment the roof collapsed."),
    ("en", "mid", "Protesters marched through the city centre on Saturday, chanting slogans."),
    ("en", "mid", "The move is seen as a blow to the government, which had backed the plan."),
    ("en", "mid", "Growth is seen at 2% next year, the central bank said on Tuesday."),
    (
        "en",
        "mid",
        "The whale, photographed last week off Cornwall, has not been seen since then.",
    ),
    ("en", "mid", "By Tuesday the council had already agreed the budget, after weeks of talks."),
    ("en", "mid", "Staff writers at the paper walked out on Friday in a dispute over pay."),
    (
        "en",
        "tail",
        "The podcast, which launched last year, now has more than a million listeners.",
    ),
    (
        "en",
        "tail",
        "The interview was broadcast on national television on Sunday, prompting a wave of "
        "complaints from viewers.",
    ),
    ("en", "mid", "On March 4, 2025, the council will vote again on the budget."),
    ("de", "mid", "Am 4. März 2025 soll der Stadtrat erneut abstimmen, hieß es."),
    ("de", "mid", "Feuerwehrleute löschten den Brand nach sechs Stunden, wie ein Sprecher sagte."),
    ("de", "tail", "Die Sendung wurde nach Protesten abgesetzt, teilte der Sender mit."),
    ("de", "mid", "Der Film wurde 2019 in Cannes gezeigt und gewann dort einen Preis."),
    ("fr", "mid", "Les manifestants ont défilé samedi dans le centre-ville, selon la préfecture."),
    ("fr", "mid", "La photo, prise par un passant, montre l'effondrement du toit."),
    ("fr", "mid", "Vue de Paris, la réforme semble lointaine aux yeux des élus locaux."),
    ("fr", "mid", "Par ailleurs, la mairie a annoncé une hausse des tarifs de stationnement."),
    ("es", "mid", "La foto, tomada por un vecino, muestra el momento del derrumbe."),
    ("es", "mid", "Por otra parte, el ayuntamiento anunció una subida de las tasas de la grúa."),
    ("es", "mid", "Vista desde Madrid, la reforma parece lejana a los alcaldes."),
]


@pytest.mark.parametrize(("lang", "zone", "line"), TRAPS)
def test_story_lines_with_the_same_words_stay(lang: str, zone: str, line: str) -> None:
    assert run([line], zone, lang)[line] == (None, None)
