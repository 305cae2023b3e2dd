"""Every wording probe (``probes_wording.py``) as a test case: boilerplate removed, body kept."""

from __future__ import annotations

import pytest

from .probes_wording import Probe, decision, probes

#: beginnings of the probes the rules still get wrong (strict: a fixed probe fails here until
#: its line is taken off this list)
KNOWN_WRONG: frozenset[str] = frozenset(
    (
        "The license key for this theme has not been validated yet. G",
        "Theme activation required: enter your Envato purchase code u",
        "Your copy of the theme is unregistered. Activate it to get o",
        "We do not claim ownership of any of the content on this site",
        "Takedown requests: write to us and we will remove the materi",
        "This news has been collected automatically from the original",
        "All content on this website is gathered from public sources ",
        "Aviso: esta noticia se publica de forma automática a partir ",
        "Read more at Example Wire",
        "Lien source",
        "Enlace fuente",
        "Read the rest of this article at Example Wire",
        "Full story: Example Wire",
        "Source link: Example Wire",
        "Lire la suite de l'article",
        "Ver noticia original",
        "Deja una respuesta",
        "Your comment will be published after moderation.",
        "Post navigation",
        "Siguiente artículo",
        "Comments",
        "Get breaking news alerts straight to your phone.",
        "Abonnieren Sie unseren Newsletter",
        "Want more stories like this? Subscribe to our weekly digest.",
        "For more news, download our mobile app from the App Store or",
        "Follow Example News on Facebook, X and LinkedIn for the late",
        "Tap the bell icon to get notified of new stories.",
        "Share this: Facebook Twitter WhatsApp Email",
        "Share this post on social media",
        "Annonce",
        "Distributed by Example Content Agency.",
        "Derechos reservados © 2024",
        "A version of this story first appeared in the Morning Brief ",
        "This content was originally published here.",
        "First published on 12 March 2024 at Example.com",
        "Posts by Jane Doe",
        "Written by Jane Doe",
        "See more articles by Jane Doe",
        "Rate this article: 1 2 3 4 5",
        "urn:uuid:9b1c2d3e-4f50-6a7b-8c9d-0e1f2a3b4c5d",
        "{{ article.author }}",
        "3 minutes to read",
        "Updated 2 hours ago · 4 min read",
        "Privacy Policy Terms and Conditions Contact Us About Us",
        "Terms of Use Privacy Policy Cookie Policy Accessibility",
        "Designed & developed by Example Studio",
        "All rights reserved, the lawyer said, meant nothing if the c",
    )
)


def known_wrong(probe: Probe) -> bool:
    return any(probe.line == k or (len(k) == 60 and probe.line.startswith(k)) for k in KNOWN_WRONG)


CASES = list(enumerate(probes()))


@pytest.mark.parametrize(
    ("k", "probe"),
    [
        pytest.param(
            k,
            p,
            id=f"{p.kind}-{k}",
            marks=[pytest.mark.xfail(strict=True)] if known_wrong(p) else [],
        )
        for k, p in CASES
    ],
)
def test_probe(k: int, probe: Probe) -> None:
    rule = decision(probe, k)
    if probe.remove:
        assert rule is not None, f"kept boilerplate ({probe.kind}, {probe.zone}): {probe.line!r}"
    else:
        assert rule is None, f"removed body line by {rule} ({probe.zone}): {probe.line!r}"
