"""Kinds widened in wording round 10: theme/plugin licence nags in more forms (purchase codes,
bare "licence invalid" lines, support periods; de/fr/es), comment-form lines in de/fr/es,
bylines with a role and a place, de ad labels, paired shortcodes, newsletter chrome in
de/fr/es, broadcasters' airing notes, press-contact lines, podcast and app promos in de/fr/es;
captions that point at their picture; headlines under an "Also read" line inside the story;
two headlines hanging between removed lines after it. Prose with the same words stays."""

from __future__ import annotations

import pytest

from .context_helpers import PROSE as PARAGRAPHS
from .context_helpers import clean, doc
from .context_helpers import rule_of as rule_in
from .phrase_helpers import rule_of

TITLE = "Harbour bridge reopens after two years of repairs"


@pytest.mark.parametrize(
    ("line", "rule", "zone"),
    [
        ("Purchase code unverified: premium modules are off.", "theme_license_banner", "any"),
        ("Activate the template to install demos and get updates.", "theme_license_banner", "any"),
        ("Licence key expired", "theme_license_banner", "any"),
        ("Template unregistered", "theme_license_banner", "any"),
        ("Lizenz abgelaufen – jetzt verlängern", "theme_license_banner", "any"),
        ("Dein Lizenzschlüssel ist ungültig.", "theme_license_banner", "any"),
        ("Der Support-Zeitraum ist abgelaufen.", "theme_license_banner", "any"),
        ("Licence invalide | contactez le vendeur du thème", "theme_license_banner", "any"),
        ("Ta clé de licence est expirée.", "theme_license_banner", "any"),
        ("Licencia caducada: renueve para recibir actualizaciones.", "theme_license_banner", "any"),
        ("Su clave de licencia no es válida.", "theme_license_banner", "any"),
        ("Laisser une réponse Annuler la réponse", "comment_form", "any"),
        ("Valider mon commentaire", "comment_form", "any"),
        ("Avísame de nuevas respuestas por email", "comment_form", "any"),
        ("Kommentar veröffentlichen", "comment_form", "any"),
        ("Priya Nair, Science Correspondent, in Geneva", "byline_line", "any"),
        ("Der Beitrag wird unter dieser Anzeige fortgesetzt", "advertisement", "any"),
        ("[highlight]Key figures[/highlight]", "shortcode", "any"),
        ("You're reading the Weekend Edition newsletter.", "email_chrome", "any"),
        ("Was this newsletter forwarded to you? Get your own copy here.", "email_chrome", "any"),
        ("Voir la version en ligne | Se désabonner", "email_chrome", "any"),
        ("Cancelar suscripción", "email_chrome", "any"),
        ("Vom Newsletter abmelden", "email_chrome", "any"),
        ("The full programme airs tonight on Example Two.", "broadcast_info", "tail"),
        ("Catch the complete debate on Example News at 8pm.", "broadcast_info", "tail"),
        ("Die ganze Reportage sehen Sie am Sonntag um 18 Uhr.", "broadcast_info", "tail"),
        ("À voir dimanche à 20h sur notre chaîne.", "broadcast_info", "tail"),
        ("Esta entrevista se transmitió en el noticiero de la mañana.", "broadcast_info", "tail"),
        ("Press contact: newsroom@example.net", "press_release_provider", "any"),
        ("Abonnieren Sie den Podcast bei Spotify oder Apple.", "app_promo", "any"),
        ("Abonnez-vous à notre podcast sur toutes les plateformes.", "app_promo", "any"),
        ("Suscríbete a nuestro pódcast en Spotify.", "app_promo", "any"),
        ("Visit our front page for more", "publisher_promo", "any"),
        ("Todas las noticias de hoy en nuestra página principal.", "publisher_promo", "any"),
    ],
)
def test_widened_kinds_are_removed(line: str, rule: str, zone: str) -> None:
    assert rule_of(line, zone=zone) == rule


@pytest.mark.parametrize(
    "line",
    [
        "The theme park's licence was renewed for another five years.",
        "Her purchase code for the concert did not work at the gate.",
        "Die Lizenz für den Betrieb ist laut Behörde noch gültig.",
        "Licence non valide pour ce type de bateau, a jugé le tribunal.",
        "The series airs on a streaming service next month, the producer said.",
        "Watch the full interview, the minister told reporters, and judge for yourself.",
        "Tune in to the debate, the candidate urged her supporters.",
        "Press inquiries about the trial rose sharply this year.",
        "The newsletter was forwarded to the police by a reader.",
        "Stay informed with our guide to the new bus routes.",
        "Escucha nuestro consejo, dijo el alcalde, y no salgas de casa.",
    ],
)
def test_prose_with_the_same_words_stays(line: str) -> None:
    assert rule_of(line) is None
    assert rule_of(line, zone="tail") is None


@pytest.mark.parametrize(
    "cap",
    [
        "The terminal, shown here before the fire, had stood for a century.",
        "Ferries at the quay, in a file picture.",
        "Dockers unload a ship in this undated archive photo.",
        "The new quay, seen in an artist's impression, will open next spring.",
        "A panoramic view of the bay from the lighthouse.",
        "The quay during the storm on Tuesday. Archive",
    ],
)
def test_captions_that_point_at_their_picture_are_removed(cap: str) -> None:
    art = clean(doc(TITLE, PARAGRAPHS[0], cap, *PARAGRAPHS[1:]))
    assert rule_in(art, cap) == "photo_caption"


@pytest.mark.parametrize(
    "line",
    [
        "The photo shows the bridge before the repairs began.",
        "Das Bild zeigt nach Angaben der Stadt die Brücke vor der Sanierung.",
        "La imagen muestra, según el ayuntamiento, el puente antes de las obras.",
        "A view of the bay from the new bridge costs nothing, the mayor said.",
        "The design, as shown here last year, has since changed twice.",
        "In an image shared online, a crane can be seen on the deck.",
    ],
)
def test_prose_about_a_picture_stays(line: str) -> None:
    art = clean(doc(TITLE, PARAGRAPHS[0], line, *PARAGRAPHS[1:]))
    assert rule_in(art, line) is None


def test_a_two_sentence_caption_above_its_credit_goes_not_the_story_below() -> None:
    cap = "A view of the bay at sunrise. Fishing boats had left an hour earlier."
    lede = "Tallinn - " + PARAGRAPHS[0]
    art = clean(doc(TITLE, cap, "Photo: Courtesy of Jane Roe", lede, *PARAGRAPHS[1:]))
    assert rule_in(art, cap) == "photo_caption"
    assert rule_in(art, lede) is None


def test_headlines_under_an_also_read_line_inside_the_story_are_removed() -> None:
    heads = [
        "Ferry operator adds two late sailings for the summer",
        "Council names the new harbour master after a long search",
    ]
    art = clean(
        doc(TITLE, *PARAGRAPHS[:2], "Also read: Port strike ends after three weeks", *heads,
            *PARAGRAPHS[2:])
    )
    assert [rule_in(art, h) for h in heads] == ["mid_headline_run"] * 2


@pytest.mark.parametrize(
    "between",
    [
        # a subhead alone under the pointer stays; so do two subheads without one
        ["Also read: Port strike ends after three weeks", "What the repairs cost the city"],
        ["What the repairs cost the city taxpayers", "Why the work took two whole years"],
        ["Key dates", "A long road to the reopening"],
    ],
)
def test_subheads_inside_the_story_stay(between: list[str]) -> None:
    art = clean(doc(TITLE, *PARAGRAPHS[:2], *between, *PARAGRAPHS[2:]))
    for line in between:
        if not line.startswith("Also read"):
            assert rule_in(art, line) is None, line


def test_two_headlines_between_removed_lines_after_the_story_are_removed() -> None:
    heads = [
        "Ferry operator adds two late sailings for the summer",
        "Council names the new harbour master after a long search",
    ]
    art = clean(
        doc(TITLE, *PARAGRAPHS, "With reporting from Reuters.", *heads, "Privacy Policy",
            "Terms of Use", "Contact us")
    )
    assert [rule_in(art, h) for h in heads] == ["tail_headline_run"] * 2


def test_a_story_ending_in_two_short_lines_keeps_them() -> None:
    ending = ["Then came the rain.", "It did not stop for a week."]
    art = clean(doc(TITLE, *PARAGRAPHS, *ending, "Share this article"))
    for line in ending:
        assert rule_in(art, line) is None
