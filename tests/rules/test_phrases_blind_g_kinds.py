"""Kinds widened after a blind corpus run: aggregator disclaimers ("content is automatically
aggregated from external sites", de/fr/es), licence nags ("licence could not be verified"),
syndication notices ("has not been modified by X and appears as received"), "first seen on"
pointers, "Reporting by" bylines, French date labels, hyphenated shortcodes, mood percentages,
camera-emoji credits, republishing prompts and lone source/agency words; prose with the same
words stays."""

from __future__ import annotations

import pytest

from .phrase_helpers import facts_of, rule_of


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("NOTE: News items are automatically collected from partner feeds.",
         "aggregator_disclaimer"),
        ("We accept no liability for errors, omissions or opinions in these posts.",
         "aggregator_disclaimer"),
        ("Automatisch importierter Artikel aus einem Partner-Feed.", "aggregator_disclaimer"),
        ("Wir übernehmen keine Verantwortung für Inhalte fremder Anbieter.",
         "aggregator_disclaimer"),
        ("Texte, Bilder und Logos gehören den jeweiligen Rechteinhabern.",
         "aggregator_disclaimer"),
        ("Cette plateforme collecte automatiquement les dépêches de la presse régionale.",
         "aggregator_disclaimer"),
        ("Este portal recopila automáticamente titulares de la prensa local.",
         "aggregator_disclaimer"),
        ("Retiraremos todo contenido a petición de su autor.", "aggregator_disclaimer"),
        ("Example Blocks: the license could not be validated. Check the plugin dashboard.",
         "theme_license_banner"),
        ("License key for Example Grid is expired or invalid. Premium features are disabled.",
         "theme_license_banner"),
        ("Lizenzschlüssel ungültig oder abgelaufen – bitte im Plugin-Menü erneuern.",
         "theme_license_banner"),
        ("(Barring the headline, this copy was not edited by Example Post and appears as "
         "supplied by the wire service.)", "syndication_notice"),
        ("Unaltered text via a news agency feed.", "syndication_notice"),
        ("The headline and photo may have been changed by our editors.", "syndication_notice"),
        ("First seen at Example Coast Chronicle", "read_original"),
        ("This column was originally published in the Example Weekly and has been condensed.",
         "read_original"),
        ("Content source: Example Mountain Post", "source_link"),
        ("Reporting by Kofi Mensah, Senior Correspondent", "byline_line"),
        ("Text by Ines Navarro", "byline_line"),
        ("By Lars Holm (Reuters) | 5 Apr 2020, 09:30 AM", "byline_line"),
        ("[sidebar-ad-2]", "shortcode"),
        ("😂 Haha 12% 😮 Surprised 40% 😢 Sad 48%", "reaction_counter"),
        ("📸 Courtesy of the family", "photo_credit"),
        ("Interested in republishing this article? Email our syndication team.",
         "copyright_phrase"),
        ("Toute reproduction ou diffusion même partielle interdites.", "copyright_phrase"),
        ("Date : 4 mars 2022 à 10h15", "date_line"),
        ("Actualisé il y a 3 heures", "date_only"),
        ("(Agencias)", "agency_line"),
        ("— Agences", "agency_line"),
        ("Agenturen", "agency_line"),
        ("Quelle", "source_link"),
        ("Fuente:", "source_link"),
        ("Unsere Wetter-App jetzt kostenlos installieren", "app_promo"),
    ],
)
def test_widened_kinds_are_removed(line: str, rule: str) -> None:
    assert rule_of(line) == rule


@pytest.mark.parametrize(
    "line",
    [
        "The content is automatically aggregated from sensors on the bridge, engineers explained.",
        "We take no responsibility for the errors of the previous government, the minister said.",
        "The licence could not be verified by the inspectors, who closed the restaurant.",
        "The report has not been modified by the committee and was published as received by MPs.",
        "First seen on a beach in Cornwall, the seal has since travelled to Wales.",
        "Reporting by the local paper helped expose the scheme in 2019.",
        "Happy customers gave the shop 48% more orders than last year.",
        "The headline figure may have been changed by the revision, economists warned.",
        "Republishing? The board said it had no plans to reprint the old archive.",
        "Die Rechte an der Marke gehören seit 2019 dem Konzern aus München.",
        "Ce site accueille chaque année des milliers de visiteurs venus de toute l'Europe.",
        "Los derechos de los vecinos fueron defendidos por la asociación durante años.",
        "Mis à jour il y a peu, le règlement intérieur interdit désormais les trottinettes.",
        "Agencias de viajes y hoteles esperan un verano récord en la costa.",
        "Story by story, the archive was rebuilt by volunteers over a decade.",
    ],
)
def test_prose_with_the_same_words_stays(line: str) -> None:
    assert rule_of(line) is None


def test_a_german_feed_notice_names_its_aggregator() -> None:
    facts = facts_of(
        "Hinweis: Dieser Artikel wurde von Beispielnews automatisch aus einem externen Feed "
        "übernommen."
    )
    assert [f.value for f in facts if f.kind == "aggregator"] == ["Beispielnews"]


def test_a_syndication_notice_names_the_publisher_that_left_it_unedited() -> None:
    facts = facts_of(
        "(Except for the headline, this article has not been edited by Example Evening Star "
        "and appears as received from the agency feed.)"
    )
    assert "Example Evening Star" in [f.value for f in facts if f.kind == "publisher"]
