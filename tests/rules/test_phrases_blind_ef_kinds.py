"""Phrase-table kinds the blind corpora E and F showed missing (syndication and republishing
notices, disclaimers, licence nags, app/newsletter/publisher promos, consent rows...), in
wordings of our own, and prose that merely uses the same words, which must stay."""

from __future__ import annotations

import pytest

from .phrase_helpers import rule_of

CASES = {
    "syndication_notice": [
        "(Apart from the headline, this story was run verbatim from a partner service.)",
        "[This item is supplied by Example Wire and appears here under a content-sharing deal.]",
        "(This article comes from the Example Gazette via an automated feed.)",
        "(Auto-published from the Example Courier newswire.)",
        "Unedited agency copy, received automatically.",
        "(Story supplied by Example News. The copy has not been altered by our staff.)",
        "(Unverändert übernommen aus einem Partnerdienst.)",
        "(Texto reproducido sin cambios del servicio de un socio.)",
        "(Dépêche reprise sans modification depuis le fil d'un partenaire.)",
    ],
    "copyright_phrase": [
        "Republication of our stories is allowed only with credit.",
        "Unauthorized reproduction of our content may lead to prosecution.",
        "This video may not be reproduced or rebroadcast.",
        "Not for resale.",
        "This piece can be republished for free with attribution.",
        "For personal and non-commercial use only; redistribution requires permission.",
        "Prohibida la reproducción total o parcial.",
        "Toute reproduction interdite.",
    ],
    "editorial_disclaimer": [
        "Views expressed by guest writers are their own.",
        "We are an unofficial portal run by volunteers.",
        "Timetables are subject to change, so please check the official website before travelling.",
        "The material above is provided for general information and should not be taken as "
        "medical advice.",
        "Ces propos n'engagent que leur signataire.",
        "Las opiniones vertidas son responsabilidad exclusiva de sus autores.",
    ],
    "theme_license_banner": [
        "Your free trial of Example Sync has expired. Upgrade to the pro plan to continue.",
        "Example Grid: license key has expired — renew to keep getting updates.",
        "This plugin requires a valid purchase code.",
        "Your updates subscription has ended; renew it to receive support.",
        "Example Plugin : votre licence n'est pas active.",
    ],
    "aggregator_disclaimer": [
        "This site is not responsible for the content of external sources.",
        "If you are the author of this article and want it removed, write to us.",
        "All credits go to the original authors.",
        "No copyright infringement is intended.",
        "Stories are gathered automatically from third-party websites.",
        "Alle Rechte bleiben bei den jeweiligen Autoren.",
    ],
    "app_promo": [
        "The official app is now available — download it today.",
        "Keep reading this story in our news app.",
        "Spotify | Apple Podcasts | Pocket Casts",
        "Lisez la suite dans l'application",
        "Nuestra app ya está disponible en Android",
    ],
    "newsletter_promo": [
        "Newsletter — the week's best stories, every Sunday. Free.",
        "Get our Weekend Letter »",
        "Loved this piece? Subscribe for free.",
        "Unsubscribe at any time.",
        "Thanks! Now check your inbox and click the link to confirm.",
        "Je m'abonne",
    ],
    "click_here_promo": [
        "To download the admit card click here",
        "» Tap here for live scores",
        "Use this link to see every result ➜",
        "Para más información, pulsa aquí",
    ],
    "read_more": [
        "Story continues on page B6",
        "Read the rest of this entry",
        "View the full transcript",
        "Fortsetzung von Seite 2",
    ],
    "read_original": [
        "An earlier version of this essay ran in Example Quarterly.",
        "Cross-posted with Example Review.",
    ],
    "publisher_promo": [
        "Read all the day's headlines on Example Times.",
        "More opinion and analysis on Example Review",
    ],
    "wire_credit_line": [
        "With extra reporting from AFP",
        "This article was compiled using reports from Reuters and dpa.",
    ],
    "reading_time": ["Time to read: about 4 min", "🕑 3 minutes", "Écouter l'article"],
    "consent_button_row": ["Reject all · Accept all", "Customise  Accept all cookies"],
    "cookie_notice": [
        "We and our 12 partners use cookies to measure traffic.",
        "Utilizamos cookies de terceros para analizar el tráfico.",
    ],
    "advertisement": ["L'article continue après cette annonce", "Sigue leyendo más abajo"],
    "reaction_counter": [
        "🔥 Fire (4)  😮 Wow (2)",
        "Likes: 40 · Shares: 3",
        "Me gusta 5 · Me asombra 1",
    ],
    "social_follow": ["Follow @example_desk on X"],
    "ui_word": ["Discover more from Example Notes", "Zoom +"],
}


@pytest.mark.parametrize(
    ("rule", "line"), [(r, line) for r, lines in CASES.items() for line in lines]
)
def test_kind_is_removed(rule: str, line: str) -> None:
    assert rule_of(line) == rule


BODY = [
    "The government said the unofficial portal had been shut down after complaints.",
    "Dates are subject to change, the organisers said on Monday.",
    "The minister said the tickets were for personal use only and could not be resold.",
    "The court heard that unauthorised use of the logo could lead to legal action.",
    "Not financial advice, but a warning, the regulator said of the crypto market.",
    "The state broadcaster said the footage may not be copied or rebroadcast.",
    "The paper publishes agency stories under a content-sharing agreement with the wire.",
    "This report was published as received from the ministry, officials said.",
    "The clinical trial has ended early, and the company will upgrade its plans.",
    "The mayor's licence has expired and he must renew it before the election.",
    '"We are not responsible for the content of their speeches," the party said.',
    "All credit goes to the volunteers who cleaned the beach on Sunday.",
    "The app collects data automatically from users' phones, researchers found.",
    "The new app is available on iOS, the company said on Tuesday.",
    "To watch the match, fans had to click here and there on a confusing website.",
    "The story continued on page one of the evening paper in 1969.",
    "Newsletter: the city will publish a budget newsletter every Friday, officials said.",
    "More than 40 people died at Kabul Airport on Thursday.",
    "A version of this story appeared in print, the editor said.",
    "Zoom calls replaced meetings for most staff during the pandemic.",
    "Cookie consent: the regulator fined the firm for ignoring it, officials said.",
    "Follow @police_uk for updates on the road closures, officers said.",
    "We and our partners store grain in silos on the farm.",
    "Love (2019) and Hate (2020) were her best films.",
    "Queda prohibida la entrada de vehículos en el centro histórico desde el lunes.",
    "Alle Rechte liegen bei den Ländern, sagte der Minister.",
    "Plus d'informations sur le projet seront publiées lundi.",
]


@pytest.mark.parametrize("line", BODY)
def test_prose_mentioning_the_words_stays(line: str) -> None:
    assert rule_of(line) is None
