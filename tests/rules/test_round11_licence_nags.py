"""Theme and plugin licence nags, round 11: the kind told by what its words do together, not
by one sentence. A nag names what is licensed (a theme, plugin, template, add-on or key), a state
that only a licence or an activation has (unregistered, not activated, trial mode) or a weaker one
(expired, invalid, missing) next to a licensing word, and speaks as a notice does (to the reader,
about this site, under a "Warning:" label, or in a few words). Story sentences with the same words
(a liquor licence that expired, a plugin flaw researchers found) have a story's voice and stay.
German, French and Spanish nags are told the same way; "thème" and "tema" count as what is licensed
only in their software senses (the options or a copy of the theme): they also mean topic."""

from __future__ import annotations

import pytest

from .phrase_helpers import rule_of

NAGS = [
    "This theme is not licensed. Please activate your license to remove this message.",
    "Warning: invalid license key. Some features of the Example News theme are disabled.",
    "Your copy of the Example Pro theme is unregistered. Register it in the dashboard.",
    "License not activated - premium features are disabled until you enter a valid purchase code.",
    "Please enter your purchase code to unlock all theme features.",
    "Theme activation required: go to Appearance > Theme License.",
    "Activate Meridian to remove this notice.",
    "The theme license could not be verified. Contact the site administrator.",
    "Example Blocks Pro license is inactive. Activate your license to get updates.",
    "Unregistered copy of Northline - please activate.",
    "You are using an unlicensed version of this theme.",
    "Theme License Key is missing or expired. Renew now to keep receiving updates.",
    "Theme not activated! Some demos and plugins require activation.",
    "This site uses an unactivated copy of the Example Mag theme.",
    "Important: theme license validation failed (error 403).",
    "Purchase code not registered. Please register your copy of the theme.",
    "Your license for Example Builder is not activated.",
    "Ce thème n'est pas activé. Veuillez saisir votre clé de licence.",
    "Die Theme-Lizenz ist nicht gültig. Bitte aktivieren Sie Ihre Lizenz.",
    "La licencia del tema no está validada. Actívala para eliminar este aviso.",
    "Theme is not registered. Please register to remove this notice - Powered by Example Themes.",
    "Notice: This copy of the theme has not been activated.",
    "Theme Options > License: Not active",
    "You have not activated your license yet. Activate it to receive updates.",
    "Your license expired on 12/03/2024. Renew to keep getting updates.",
    "Please activate the license of the theme to use this feature.",
    "License key invalid for the domain northbay-news.net.",
    "ERROR: Theme license is not valid for this domain",
    "Activation failed: the purchase code is already in use on another domain.",
    "This plugin requires activation.",
    "To get automatic updates, please activate your licence.",
    "Demo mode - theme not activated",
    "The premium version of this theme has not been activated on this site.",
    "Activation key missing. The theme will run in limited mode.",
    "Theme registration pending. Some features are unavailable.",
    "Please register the theme with your purchase code to access demo import and updates.",
    "Licensing error: this domain is not authorized to use the theme.",
    "Warning! Unregistered theme. Please activate the theme to remove this message.",
    "The Example theme is running in trial mode. Buy a license to remove this notice.",
    "This website uses a theme with an expired license.",
    "Licence not validated — visit Theme Panel to activate.",
    "Die Lizenz für dieses Theme wurde nicht validiert. Bitte gehen Sie zu den Theme-Optionen.",
    "Theme-Lizenz nicht aktiviert – einige Funktionen sind deaktiviert.",
    "Ihre Kopie des Themes ist nicht registriert.",
    "Bitte aktivieren Sie Ihre Lizenz, um Updates zu erhalten.",
    "Ungültiger Lizenzschlüssel. Wenden Sie sich an den Administrator.",
    "Dieses Plugin ist nicht lizenziert.",
    "Testversion abgelaufen – jetzt Lizenz kaufen.",
    "Der Lizenzschlüssel fehlt oder ist abgelaufen.",
    "La licence du thème n'est pas validée, rendez-vous dans les options du thème pour la valider.",
    "Votre copie du thème n'est pas enregistrée.",
    "Veuillez activer votre licence pour recevoir les mises à jour.",
    "Clé de licence invalide. Contactez l'administrateur du site.",
    "Ce plugin n'est pas activé. Saisissez votre code d'achat.",
    "Version d'essai expirée : achetez une licence pour supprimer ce message.",
    "Thème non enregistré",
    "La licencia del tema no ha sido validada, vaya a la página de opciones del tema.",
    "Su copia del tema no está registrada.",
    "Active su licencia para recibir actualizaciones.",
    "Clave de licencia inválida. Contacte con el administrador del sitio.",
    "Este plugin no está activado. Introduzca su código de compra.",
    "Plantilla no registrada: introduzca su clave de licencia.",
    "Versión de prueba caducada: compre una licencia para eliminar este aviso.",
    "The theme license has not been validated. Visit the theme panel to validate it.",
    "License for the Vortex theme is not validated - one license per domain.",
    "Theme licence not validated. You need one licence per website.",
    "Plugin License Not Valid — Go to Settings to fix.",
    "Validate your theme license to unlock premium features.",
    "Oops! Your theme license is not valid for this domain.",
    "This theme is unlicensed. One license is required per domain name.",
    "Your premium theme license is not activated, go to the dashboard to activate.",
    "Licence of the theme not activated; each domain needs its own licence.",
    "Theme License Validation Required — You need a separate license for each domain.",
    "Warning: Your theme is not activated.",
    "The license for this theme has not been validated yet.",
    "[!] Theme license missing",
    "Please validate the theme license. A single license covers one domain only.",
    "The purchase code for this theme is not registered.",
    "Your Theme Is Not Licensed",
    "Go to Theme Options > Registration to validate your license key.",
    "Need a license for each domain. Theme not validated.",
    "Licence du thème non valide : une licence par domaine.",
    "Diese Website nutzt eine nicht lizenzierte Kopie des Themes.",
]

STORY = [
    "The liquor license expired last month, and inspectors said it had failed two checks.",
    "Her driving licence was invalid, the court heard, and the insurance policy had expired.",
    "Developers released a plugin update after the flaw was found in the popular theme.",
    "Many sites still run an outdated theme with an expired license, a security firm found.",
    "The template for the new trade agreement has not been registered with the trade body yet.",
    "This copy of the will was not registered.",
    "If your licence has expired, you can renew it online at the agency's website.",
    "Hackers exploited an outdated plugin whose license key had expired.",
    "The theme of this year's festival is renewal, and tickets go on sale in March.",
    "Premium members can activate the feature in their account settings starting next week.",
    "The broadcaster's licence was not renewed after the regulator found repeated breaches.",
    "The plugin was not activated on most of the affected sites, researchers believe.",
    "Activate the emergency plan to remove this risk, the minister urged.",
    "You can still buy a licence at the post office until Friday.",
    "Please note that the theme park will remain closed until further notice.",
    "Unregistered voters have until Friday to sign up, election officials reminded residents.",
    "Die Lizenz des Betreibers ist laut Behörde abgelaufen.",
    "Die Forscher fanden heraus, dass das Plugin nicht aktiviert war, als sie es testeten.",
    "Das Thema der Konferenz ist noch nicht registriert worden, hieß es.",
    "Ihre Lizenz ist abgelaufen, teilte die Behörde der Firma mit.",
    "Le thème du festival n'est pas encore validé par la mairie.",
    "La licence du club a expiré en mars, a précisé la fédération.",
    "Le plugin n'était pas activé sur la plupart des sites touchés.",
    "El tema de la reunión no ha sido validado por el comité.",
    "La licencia del bar caducó en marzo, según el ayuntamiento.",
    "El tema no está registrado.",
    "Su licencia de conducir había caducado, dijo la policía.",
]


@pytest.mark.parametrize("line", NAGS)
def test_licence_nags_are_removed(line: str) -> None:
    assert rule_of(line) == "theme_license_banner"


@pytest.mark.parametrize("line", STORY)
def test_story_lines_with_licence_words_stay(line: str) -> None:
    assert rule_of(line) is None
