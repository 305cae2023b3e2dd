"""Boilerplate wordings for blind_h, one pool per kind and language.

Every pool is a list; ``pick`` gives dev documents only the even-indexed entries and test
documents only the odd-indexed ones, so dev and test never share a wording template. All wordings
were written for this corpus. Slots: ``{AGG}`` aggregator fact, ``{agg}`` its plain name,
``{PUB}`` publisher fact, ``{URL}`` original-URL fact, ``{AGY}`` agency credit, ``{AUTH}``/``{AUTH2}``
author facts, ``{DATE}``/``{UPD}`` published/updated facts, ``{SECTION}`` section fact,
``{CREDIT}`` photo-credit fact, ``{EMAIL}`` the e-mail placeholder, ``{SITE}`` plain site name,
``{YEAR}``, ``{TITLE}``, ``{NAME}``, ``{THEME}``, ``{PLUGIN}``, ``{N}``.
"""

from __future__ import annotations

from collections import defaultdict

USAGE: dict = defaultdict(set)

P: dict = {}


def pool(name, lang, items):
    P[(name, lang)] = items


def pick(rng, name, lang, split):
    items = P[(name, lang)]
    idxs = [i for i in range(len(items)) if (i % 2 == 0) == (split == "dev")]
    i = rng.choice(idxs)
    USAGE[(name, lang, i)].add(split)
    return items[i]


def has(name, lang):
    return (name, lang) in P


EMAIL = "[email\u00a0protected]"

# =========================================================================== aggregator disclaimers
pool("agg_named", "en", [
    "Disclaimer: {AGG} is a news aggregator. We collect headlines and summaries from publicly available RSS feeds and link back to the original publishers.",
    "{AGG} does not write or edit the stories that appear on this page. Every article is pulled automatically from its publisher's feed, and all rights remain with the respective owners.",
    "About {AGG}: we index stories from hundreds of outlets so you don't have to. Copyright in each article belongs to its original author or publisher.",
    "{AGG} curates news from third-party sources. If you own the rights to any content shown here and want it removed, write to {EMAIL} and we will take it down within 48 hours.",
    "Note from {AGG}: this is an automated copy of a story published elsewhere. We are not responsible for its accuracy, and the views expressed are the author's own.",
    "This page is part of {AGG}, an automatic content aggregation service. Names, logos and articles displayed here are the property of their owners.",
    "{AGG} republishes news from partner feeds as-is. For corrections, contact the original source; for removal requests, email {EMAIL}.",
    "IMPORTANT: {AGG} is not the author of this article. It was gathered by our crawler from an open RSS feed, and content owners may ask for its removal at any time.",
    "{AGG} brings together stories from across the web. We do not claim ownership of any article, image or video on this site.",
    "Powered by {AGG}. Headlines and text on this page are fetched from external news sources and displayed for informational purposes only.",
    "Content notice \u2014 {AGG} aggregates publicly syndicated articles. Nothing here is written by {agg} staff; each item links to the outlet that produced it.",
    "{AGG} is a feed reader, not a newspaper: the story above was selected by an algorithm from the sources we follow. Rights holders can reach us at {EMAIL}.",
    "Legal: {AGG} automatically indexes news articles from third parties. All copyrights belong to their respective owners. Takedown requests: {EMAIL}.",
    "You are reading {AGG}, where we gather the day's stories from trusted publishers. We never alter the substance of an article and are not liable for its content.",
    "{AGG} \u2014 independent news aggregation since 2016. Articles remain the property of their publishers; we only display excerpts and links.",
    "The article on this page was picked up by {AGG}'s automated system from a public feed. If you believe it infringes your copyright, tell us and it will be removed promptly.",
])
pool("agg_anon", "en", [
    "Disclaimer: this story was aggregated automatically by a computer program and has not been created or edited by our team. Publisher: RSS feed.",
    "We are an automated news aggregator. None of the articles on this site are written by us; all content belongs to its original creators.",
    "This website collects news from various sources across the internet. The copyright of each article belongs to its respective owner.",
    "This post was generated automatically from an RSS feed. The site owner is not responsible for the content of external articles.",
    "If you are the copyright holder of this content and want it taken down, please reach us through the form on our Contact page.",
    "The content above is sourced from third-party outlets and provided for information only. We do not endorse the views expressed.",
    "Our system indexes headlines from public feeds around the clock; we do not write these stories and cannot vouch for their accuracy.",
    "All news on this portal is compiled automatically. Rights to the texts and images remain with their publishers.",
    "Content on this page has been republished from an external source without editorial changes. Removal requests are handled within two working days.",
    "This is a curated link page. Stories are chosen by software, not journalists, and belong to the outlets that first ran them.",
    "Notice: articles shown here are gathered from the open web for reference purposes. No ownership is claimed.",
    "We aggregate; we don't report. Please direct questions about this article to the publication that produced it.",
])
pool("agg_header", "en", ["Disclaimer", "DISCLAIMER:", "Legal notice", "Content Disclaimer", "Aggregator notice:", "Please note"])

pool("agg_named", "de", [
    "Haftungsausschluss: {AGG} ist ein automatischer Nachrichtenaggregator. Alle Inhalte stammen aus öffentlichen RSS-Feeds; die Rechte liegen bei den jeweiligen Verlagen.",
    "{AGG} verfasst keine eigenen Artikel. Sollten Sie Rechteinhaber sein und die Entfernung wünschen, schreiben Sie an {EMAIL}.",
    "Hinweis: Dieser Beitrag wurde von {AGG} automatisch aus einer externen Quelle übernommen. Für den Inhalt ist allein der ursprüngliche Herausgeber verantwortlich.",
    "{AGG} sammelt Nachrichten aus Hunderten Quellen. Marken, Logos und Texte gehören ihren Eigentümern.",
])
pool("agg_anon", "de", [
    "Dieser Artikel wurde automatisch aus einem RSS-Feed erstellt und nicht redaktionell bearbeitet.",
    "Wir übernehmen keine Haftung für die Inhalte externer Quellen. Alle Rechte liegen bei den Urhebern.",
    "Die Nachrichten auf dieser Seite werden automatisch zusammengestellt; Löschanfragen bearbeiten wir umgehend.",
    "Inhalte Dritter: Diese Seite verfasst keine eigenen Meldungen.",
])
pool("agg_header", "de", ["Haftungsausschluss", "Rechtlicher Hinweis:"])
pool("agg_named", "fr", [
    "Avertissement : {AGG} est un agrégateur automatique d'actualités. Les articles proviennent de flux RSS publics et restent la propriété de leurs éditeurs.",
    "{AGG} ne rédige aucun des articles publiés ici. Pour toute demande de retrait, écrivez à {EMAIL}.",
    "Cet article a été repris automatiquement par {AGG} depuis une source externe ; nous déclinons toute responsabilité quant à son contenu.",
    "{AGG} rassemble l'actualité de centaines de médias. Les marques et les contenus appartiennent à leurs propriétaires respectifs.",
])
pool("agg_anon", "fr", [
    "Cet article a été généré automatiquement à partir d'un flux RSS et n'a pas été relu par notre rédaction.",
    "Tous les droits appartiennent aux auteurs des contenus. Si vous êtes ayant droit, contactez-nous pour un retrait.",
    "Ce site agrège des informations publiées par des tiers et n'en garantit pas l'exactitude.",
    "Contenu externe : nous ne sommes pas l'auteur de cet article.",
])
pool("agg_header", "fr", ["Avertissement", "Mentions :"])
pool("agg_named", "es", [
    "Aviso legal: {AGG} es un agregador automático de noticias. Los contenidos proceden de canales RSS públicos y pertenecen a sus respectivos medios.",
    "{AGG} no redacta las noticias que aparecen en esta página. Si es titular de los derechos y desea su retirada, escriba a {EMAIL}.",
    "Este artículo fue recopilado automáticamente por {AGG} desde una fuente externa; no nos hacemos responsables de su contenido.",
    "{AGG} reúne noticias de cientos de medios. Las marcas y los textos son propiedad de sus dueños.",
])
pool("agg_anon", "es", [
    "Esta noticia se ha generado automáticamente a partir de un canal RSS y no ha sido editada por nuestro equipo.",
    "Todos los derechos pertenecen a sus autores. Si desea que retiremos este contenido, contáctenos.",
    "Este portal recopila información de terceros y no garantiza su exactitud.",
    "Contenido externo: no somos los autores de este artículo.",
])
pool("agg_header", "es", ["Aviso legal", "Descargo de responsabilidad:"])

# press-release portals: not-responsible notices naming the portal (aggregator fact)
pool("pr_portal", "en", [
    "{AGG} is not responsible for the content of this press release. The issuer is solely responsible for its accuracy.",
    "Press releases on {AGG} are supplied by the companies that issue them and are published without editing.",
    "The views and claims in this announcement are those of the issuer; {AGG} distributes it as received and accepts no liability.",
    "This release was distributed through {AGG}. Questions about its content should go to the issuing organisation.",
    "{AGG} hosts third-party announcements and does not verify the statements they contain.",
    "Content supplied via {AGG}'s newswire service. {agg} did not write or review this release.",
])
pool("pr_anon", "en", [
    "The issuer is solely responsible for the content of this announcement.",
    "This is a paid press release. The publisher of this site did not write it and does not endorse it.",
    "Forward-looking statements in this release involve risks and uncertainties; actual results may differ.",
    "Third-party content: the information above was provided by the company and has not been independently verified.",
])

# =========================================================================== syndication notices
pool("synd_named", "en", [
    "This story was produced by {PUB} and is republished here with permission.",
    "This article is republished from {PUB} under a Creative Commons license.",
    "Distributed by {PUB}.",
    "Provided by {PUB}. Reproduced with the publisher's permission.",
    "{PUB} is a content partner of this site. This article is shared under our syndication agreement.",
    "Licensed from {PUB}; all rights reserved by the original publisher.",
    "This piece is syndicated from {PUB} through a content-sharing arrangement.",
    "Story courtesy of {PUB}, republished with permission.",
    "This content was supplied by {PUB} and has not been edited by our newsroom.",
    "{PUB} syndicated content \u2014 reproduced in full under licence.",
    "Republished with permission from {PUB}. Copyright remains with the author.",
    "This report appears through a partnership with {PUB}.",
    "Shared via the {PUB} syndication service.",
    "Article reproduced from {PUB} as part of our news-exchange programme.",
])
pool("synd_anon", "en", [
    "This story has been published from a wire agency feed without modifications to the text.",
    "This article was generated automatically from a syndicated news feed; only the headline may have been changed.",
    "Syndicated content: this story was not written or edited by our staff.",
    "This is a syndicated story and is reproduced under licence.",
    "Published via an automated syndication feed. The text has not been edited.",
    "This content is distributed by a third-party news service and appears here unchanged.",
    "Partner content, republished with permission.",
    "Headline and body are supplied by a syndication partner; our editors did not review this copy.",
])
pool("synd_named", "de", [
    "Dieser Artikel wurde von {PUB} produziert und mit freundlicher Genehmigung übernommen.",
    "Inhalt bereitgestellt von {PUB} im Rahmen einer Content-Partnerschaft.",
    "Übernommen von {PUB}; alle Rechte beim ursprünglichen Verlag.",
    "Dieser Text stammt von unserem Kooperationspartner {PUB} und wurde unverändert veröffentlicht.",
])
pool("synd_anon", "de", [
    "Dieser Beitrag stammt aus einem Agentur-Feed und wurde nicht redaktionell bearbeitet.",
    "Automatisch übernommener Inhalt eines Syndikationspartners.",
    "Der Text wurde unverändert aus einem Nachrichten-Feed übernommen.",
    "Partnerinhalt, veröffentlicht mit Genehmigung.",
])
pool("synd_named", "fr", [
    "Cet article a été produit par {PUB} et est republié avec son autorisation.",
    "Contenu fourni par {PUB} dans le cadre d'un partenariat éditorial.",
    "Reproduit avec l'aimable autorisation de {PUB}.",
    "Article diffusé par notre partenaire {PUB}, sans modification.",
])
pool("synd_anon", "fr", [
    "Cet article provient d'un flux d'agence et n'a pas été modifié par la rédaction.",
    "Contenu syndiqué, publié automatiquement.",
    "Le texte est repris tel quel d'un fil d'actualité partenaire.",
    "Contenu partenaire, republié avec autorisation.",
])
pool("synd_named", "es", [
    "Este artículo fue producido por {PUB} y se reproduce con su autorización.",
    "Contenido facilitado por {PUB} en virtud de un acuerdo de colaboración.",
    "Reproducido con permiso de {PUB}.",
    "Noticia distribuida por nuestro socio {PUB}, sin cambios.",
])
pool("synd_anon", "es", [
    "Esta noticia procede de un servicio de agencia y no ha sido modificada por la redacción.",
    "Contenido sindicado, publicado de forma automática.",
    "El texto se reproduce tal cual desde un canal de noticias asociado.",
    "Contenido de socios, reproducido con permiso.",
])

# =========================================================================== originally appeared
pool("orig", "en", [
    "This article first appeared on {PUB}.",
    "Originally published in {PUB}.",
    "Via {PUB}",
    "Courtesy of {PUB}",
    "A version of this story ran in {PUB}.",
    "This post originally appeared at {PUB}.",
    "First published by {PUB}.",
    "Story via {PUB}.",
    "This story was first reported by {PUB}.",
    "Originally posted on {PUB}",
    "An earlier version was published by {PUB}.",
    "The original version of this article was published by {PUB}.",
])
pool("orig", "de", ["Dieser Artikel erschien zuerst bei {PUB}.", "Zuerst veröffentlicht in {PUB}.",
                    "Erstveröffentlichung: {PUB}", "Zuerst erschienen im {PUB}."])
pool("orig", "fr", ["Cet article a d'abord été publié par {PUB}.", "Initialement paru dans {PUB}.",
                    "Publié initialement sur {PUB}", "Première parution : {PUB}."])
pool("orig", "es", ["Este artículo se publicó originalmente en {PUB}.", "Publicado primero en {PUB}.",
                    "Vía {PUB}", "Publicación original: {PUB}."])

# =========================================================================== source lines
pool("source_pub", "en", ["Source: {PUB}", "Story source: {PUB}", "SOURCE: {PUB}", "Original source: {PUB}",
                          "Source \u2014 {PUB}", "News source: {PUB}", "Source | {PUB}", "Content source: {PUB}"])
pool("source_pub", "de", ["Quelle: {PUB}", "Quelle \u2013 {PUB}"])
pool("source_pub", "fr", ["Source : {PUB}", "Source \u2013 {PUB}"])
pool("source_pub", "es", ["Fuente: {PUB}", "Fuente \u2013 {PUB}"])
pool("source_plain", "en", ["Source link", "[Source]", "Source", "(Source)", "Link to source", "Source link \u2197",
                            "View source", "\u2192 Source", "source link", "[ Source ]"])
pool("source_plain", "de", ["Quelle", "Link zur Quelle"])
pool("source_plain", "fr", ["Source", "Lien vers la source"])
pool("source_plain", "es", ["Fuente", "Enlace a la fuente"])

pool("url_line", "en", [
    "{URL}", "Source: {URL}", "Originally posted at {URL}", "Read the original at {URL}",
    "Original article: {URL}", "Source URL: {URL}", "{URL} {TITLE}", "Link: {URL}",
    "Originally published at {URL}", "Full story \u2192 {URL}", "Permalink to original: {URL}", "<{URL}>",
    "[Source: {URL}]", "See the original post: {URL}",
])
pool("url_line", "de", ["Quelle: {URL}", "Originalartikel: {URL}", "Zum Originalbeitrag: {URL}", "{URL}"])
pool("url_line", "fr", ["Source : {URL}", "Article original : {URL}", "Lire l'article d'origine : {URL}", "{URL}"])
pool("url_line", "es", ["Fuente: {URL}", "Artículo original: {URL}", "Ver la noticia original: {URL}", "{URL}"])

pool("read_orig_pub", "en", [
    "Read the full story at {PUB}", "Continue reading on {PUB}", "Read the rest of this article on {PUB}",
    "Read more at {PUB} \u00bb", "Full article: {PUB}", "Keep reading at {PUB}",
    "Click through to read the complete story on {PUB}", "Read it on {PUB} \u2192",
])
pool("read_orig_plain", "en", [
    "Read the original article", "Continue reading the original post", "Go to the original story",
    "Read full article", "View original", "Read at source", "Open the original \u2197",
    "Read the complete article on the publisher's site",
])
pool("read_orig_pub", "de", ["Den vollständigen Artikel lesen Sie bei {PUB}", "Weiterlesen bei {PUB}"])
pool("read_orig_pub", "fr", ["Lire la suite sur {PUB}", "Article complet à lire sur {PUB}"])
pool("read_orig_pub", "es", ["Lea la noticia completa en {PUB}", "Seguir leyendo en {PUB}"])
pool("read_orig_plain", "de", ["Zum Originalartikel", "Ganzen Artikel lesen"])
pool("read_orig_plain", "fr", ["Lire l'article original", "Voir l'article complet"])
pool("read_orig_plain", "es", ["Leer la noticia original", "Ver artículo completo"])

# =========================================================================== wire credits
pool("wire_agency", "en", [
    "(With inputs from {AGY})", "\u2014 {AGY}", "{AGY} contributed to this report.", "Additional reporting by {AGY}.",
    "-- {AGY}", "(With {AGY} inputs)", "Wire content: {AGY}", "This report includes material from {AGY}.",
    "({AGY})", "With agency input from {AGY}.", "Compiled with {AGY} reports.", "\u2013 {AGY} contributed",
])
pool("wire_anon", "en", [
    "(With inputs from agencies)", "With agency inputs", "Wire services contributed to this report.", "(Agencies)",
    "Inputs from wire services", "This story includes reporting from news agencies.", "\u2014 Agencies",
    "(with agency reports)",
])
pool("wire_agency", "de", ["(mit Material von {AGY})", "Mit Material von {AGY}", "{AGY}/red", "(Quelle: {AGY})"])
pool("wire_anon", "de", ["(mit Agenturmaterial)", "Quelle: Agenturen", "(Agenturen/red)", "Mit Material der Agenturen"])
pool("wire_agency", "fr", ["(Avec {AGY})", "Avec {AGY}", "\u2014 {AGY}", "(Source : {AGY})"])
pool("wire_anon", "fr", ["(Avec agences)", "Source : agences", "Avec agences", "(agences)"])
pool("wire_agency", "es", ["(Con información de {AGY})", "Con datos de {AGY}", "\u2014 {AGY}", "Fuente: {AGY}"])
pool("wire_anon", "es", ["(Agencias)", "Con información de agencias", "Fuente: agencias", "Redacción / Agencias"])

# =========================================================================== bylines
pool("byline", "en", ["By {AUTH}", "Written by {AUTH}", "BY {AUTH}", "Story by {AUTH}", "Author: {AUTH}",
                      "{AUTH} | Staff Writer", "By {AUTH}, Staff Reporter", "Reporter: {AUTH}",
                      "by {AUTH}", "Words by {AUTH}"])
pool("byline2", "en", ["By {AUTH} and {AUTH2}", "Written by {AUTH} & {AUTH2}", "BY {AUTH} AND {AUTH2}",
                       "By {AUTH}, {AUTH2}"])
pool("byline_date", "en", ["By {AUTH} | {DATE}", "By {AUTH} \u00b7 Published {DATE}", "{AUTH} \u2014 {DATE}",
                           "By {AUTH} on {DATE}", "Posted by {AUTH} | {DATE}", "{AUTH}, {DATE}"])
pool("byline_agency", "en", ["By {AUTH}, {AGY}", "By {AUTH} | {AGY}", "{AUTH} ({AGY})", "By {AUTH} {AGY}",
                             "By {AUTH} for {AGY}", "{AUTH} / {AGY}"])
pool("byline", "de", ["Von {AUTH}", "Autor: {AUTH}", "VON {AUTH}", "Ein Beitrag von {AUTH}"])
pool("byline_agency", "de", ["Von {AUTH}, {AGY}", "{AUTH} ({AGY})"])
pool("byline", "fr", ["Par {AUTH}", "Auteur : {AUTH}", "PAR {AUTH}", "Un article de {AUTH}"])
pool("byline_agency", "fr", ["Par {AUTH} ({AGY})", "{AUTH}, {AGY}"])
pool("byline", "es", ["Por {AUTH}", "Autor: {AUTH}", "POR {AUTH}", "Escrito por {AUTH}"])
pool("byline_agency", "es", ["Por {AUTH} ({AGY})", "{AUTH} | {AGY}"])

# =========================================================================== dates
pool("pub_label", "en", ["Published: {DATE}", "Posted on {DATE}", "Published {DATE}", "First published {DATE}",
                         "Date: {DATE}", "Posted: {DATE}", "Pub. date: {DATE}", "Story published {DATE}",
                         "\U0001F552 {DATE}", "Released: {DATE}", "Published on {DATE}", "Posted {DATE}"])
pool("upd_label", "en", ["Updated: {UPD}", "Last updated: {UPD}", "Last modified: {UPD}", "Updated on {UPD}",
                         "Modified: {UPD}", "UPDATED {UPD}", "Updated {UPD}", "Last Updated {UPD}"])
pool("both_label", "en", ["Published: {DATE} | Updated: {UPD}", "Posted {DATE}, last updated {UPD}",
                          "First published {DATE} \u00b7 Updated {UPD}", "Published {DATE} / Modified {UPD}",
                          "{DATE} (updated {UPD})", "Posted on {DATE} \u2014 Last modified on {UPD}"])
pool("rel_date", "en", ["Updated 3 hours ago", "Published 2 days ago", "Picked up 45 minutes ago", "Posted yesterday",
                        "Last updated: just now", "Added 6 hours ago", "Fetched 12 minutes ago", "Posted 1 week ago"])
pool("pub_label", "de", ["Veröffentlicht: {DATE}", "Erstellt am {DATE}", "Veröffentlicht am {DATE}", "Datum: {DATE}"])
pool("upd_label", "de", ["Aktualisiert: {UPD}", "Zuletzt aktualisiert am {UPD}", "Aktualisiert am {UPD}", "Stand: {UPD}"])
pool("rel_date", "de", ["vor 3 Stunden", "Aktualisiert vor 20 Minuten"])
pool("pub_label", "fr", ["Publié le {DATE}", "Publié : {DATE}", "Date de publication : {DATE}", "Mis en ligne le {DATE}"])
pool("upd_label", "fr", ["Mis à jour le {UPD}", "Mis à jour : {UPD}", "Dernière mise à jour : {UPD}", "Modifié le {UPD}"])
pool("rel_date", "fr", ["Il y a 3 heures", "Publié il y a 2 jours"])
pool("pub_label", "es", ["Publicado: {DATE}", "Publicado el {DATE}", "Fecha: {DATE}", "Publicación: {DATE}"])
pool("upd_label", "es", ["Actualizado: {UPD}", "Actualizado el {UPD}", "Última actualización: {UPD}", "Modificado: {UPD}"])
pool("rel_date", "es", ["Hace 5 horas", "Publicado hace 2 días"])

# =========================================================================== copyright / republish
pool("copy_agency", "en", ["\u00a9 {YEAR} {AGY}. All rights reserved.", "Copyright {YEAR} {AGY}",
                           "(c) {YEAR} {AGY}. All Rights Reserved.", "Copyright \u00a9 {AGY} {YEAR}",
                           "\u00a9 {AGY} {YEAR}", "All content \u00a9 {YEAR} {AGY}"])
pool("copy_site", "en", ["\u00a9 {YEAR} {SITE}. All rights reserved.", "Copyright \u00a9 {YEAR} {SITE}",
                         "{SITE} \u00a9 {YEAR} | All Rights Reserved", "\u00a9 {SITE} {YEAR}"])
pool("copy_anon", "en", ["All rights reserved.", "\u00a9 {YEAR} \u2014 All rights reserved", "Copyright \u00a9 {YEAR}",
                         "\u00a9 {YEAR}. Some rights reserved.", "All Rights Reserved \u00a9", "(c) {YEAR}"])
pool("republish", "en", [
    "This material may not be published, broadcast, rewritten or redistributed without permission.",
    "Reproduction in whole or in part is prohibited without written consent.",
    "No part of this article may be reproduced, stored or transmitted without prior permission.",
    "Republication or redistribution of this content is expressly prohibited.",
    "Do not copy, republish or rebroadcast this story without a licence.",
    "Unauthorised reproduction of this material is strictly forbidden.",
])
pool("copy_agency", "de", ["\u00a9 {AGY} {YEAR}", "Copyright {YEAR} {AGY}. Alle Rechte vorbehalten."])
pool("copy_anon", "de", ["Alle Rechte vorbehalten.", "\u00a9 {YEAR} \u2013 Alle Rechte vorbehalten"])
pool("republish", "de", ["Vervielfältigung nur mit Genehmigung.", "Weiterverbreitung und Nachdruck sind untersagt."])
pool("copy_agency", "fr", ["\u00a9 {YEAR} {AGY}", "Copyright {AGY} {YEAR}. Tous droits réservés."])
pool("copy_anon", "fr", ["Tous droits réservés.", "\u00a9 {YEAR} \u2013 Tous droits réservés"])
pool("republish", "fr", ["Reproduction interdite sans autorisation.", "Toute reproduction, même partielle, est interdite."])
pool("copy_agency", "es", ["\u00a9 {YEAR} {AGY}", "Copyright {AGY} {YEAR}. Todos los derechos reservados."])
pool("copy_anon", "es", ["Todos los derechos reservados.", "\u00a9 {YEAR} \u2013 Todos los derechos reservados"])
pool("republish", "es", ["Prohibida su reproducción total o parcial.", "Queda prohibida la redistribución de este contenido."])

# =========================================================================== photos
pool("photo_label", "en", ["Photo: {CREDIT}", "(Photo: {CREDIT})", "Image: {CREDIT}", "Credit: {CREDIT}",
                           "\U0001F4F7 {CREDIT}", "Photograph: {CREDIT}", "Picture: {CREDIT}", "Image credit: {CREDIT}",
                           "Photo by {CREDIT}", "[Photo: {CREDIT}]", "PHOTO: {CREDIT}", "Pic: {CREDIT}"])
pool("photo_label", "de", ["Foto: {CREDIT}", "Bild: {CREDIT}", "(Foto: {CREDIT})", "Foto \u00a9 {CREDIT}"])
pool("photo_label", "fr", ["Photo : {CREDIT}", "Crédit photo : {CREDIT}", "(Photo {CREDIT})", "Illustration : {CREDIT}"])
pool("photo_label", "es", ["Foto: {CREDIT}", "Imagen: {CREDIT}", "(Foto: {CREDIT})", "Fotografía: {CREDIT}"])
#: (template, agency or None) -- the agency part is written as {AGY}
pool("credit_agency", "en", [("{NAME}/{AGY}", "AFP"), ("{AGY} Photo/{NAME}", "AP"), ("{AGY}/{NAME}", "Reuters"),
                             ("{NAME} / {AGY}", "Reuters"), ("{AGY}/{NAME}", "Xinhua"), ("{NAME} ({AGY})", "AFP"),
                             ("{NAME}/{AGY} via Getty Images", "AFP"), ("{AGY}", "Yonhap"), ("{AGY} News/{NAME}", "Kyodo"),
                             ("{NAME}, {AGY}", "AP"), ("{AGY}", "PTI"), ("{AGY} PHOTO/{NAME}", "Reuters")])
pool("credit_other", "en", ["{NAME}/Getty Images", "{NAME}/EPA", "Shutterstock", "{NAME}",
                            "Courtesy of the city council", "{NAME} for the project", "Handout", "{NAME}/Pool",
                            "Getty Images", "Supplied"])
pool("credit_agency", "de", [("{AGY}/{NAME}", "dpa"), ("{NAME}/{AGY}", "dpa"), ("{NAME}/{AGY}", "AFP"), ("{AGY}/{NAME}", "Reuters")])
pool("credit_agency", "fr", [("{NAME}/{AGY}", "AFP"), ("{AGY}/{NAME}", "AFP"), ("{AGY}/{NAME}", "Reuters"), ("{NAME} / {AGY}", "AFP")])
pool("credit_agency", "es", [("{AGY}/{NAME}", "EFE"), ("{NAME} ({AGY})", "EFE"), ("{NAME}/{AGY}", "AFP"), ("{AGY}/{NAME}", "ANSA")])
pool("credit_other", "de", ["{NAME}", "picture alliance", "Archiv", "privat"])
pool("credit_other", "fr", ["{NAME}", "Archives", "DR", "Mairie"])
pool("credit_other", "es", ["{NAME}", "Archivo", "Cedida", "Ayuntamiento"])
pool("caption", "en", [
    "Pictured: residents gather outside the town hall on Tuesday morning.",
    "A view of the site, where work has been halted since the spring.",
    "File photo of the harbour at dusk.",
    "Officials tour the facility during a visit last month.",
    "Commuters wait at a bus stop during the morning rush.",
    "The building, seen here in an undated handout image.",
    "Volunteers sort donations at a community centre.",
    "Caption: The committee meets in the main chamber.",
    "IMAGE: an aerial view of the affected district.",
    "Demonstrators hold placards near the ministry.",
    "Representative image.",
    "A worker inspects equipment at the plant.",
])
pool("caption", "de", ["Blick auf das Rathaus am Dienstagmorgen.", "Archivbild: Die Baustelle im Frühjahr.",
                       "Symbolbild.", "Einsatzkräfte am Unglücksort."])
pool("caption", "fr", ["Vue de la mairie mardi matin.", "Image d'archives du chantier au printemps.",
                       "Photo d'illustration.", "Des secouristes sur les lieux."])
pool("caption", "es", ["Vista del ayuntamiento el martes por la mañana.", "Imagen de archivo de las obras en primavera.",
                       "Imagen de recurso.", "Efectivos de emergencia en el lugar."])

# =========================================================================== promos
pool("pub_promo", "en", ["Get more stories like this on {PUB}.", "Follow {PUB} for the latest local news.",
                         "For more news, visit {PUB}.", "Read more local coverage at {PUB}.",
                         "Stay informed with {PUB}'s daily briefing.", "More from {PUB}: breaking news, sport and weather.",
                         "Find all the latest headlines on {PUB}.", "Catch up on today's top stories at {PUB}."])
pool("pub_promo", "de", ["Mehr Nachrichten aus der Region lesen Sie bei {PUB}.", "Alle aktuellen Meldungen finden Sie auf {PUB}."])
pool("pub_promo", "fr", ["Retrouvez toute l'actualité locale sur {PUB}.", "Plus d'informations sur {PUB}."])
pool("pub_promo", "es", ["Más noticias de la comarca en {PUB}.", "Toda la actualidad, en {PUB}."])
pool("app_promo", "en", ["Download our free app for breaking news alerts.", "Get the app: faster news, fewer ads.",
                         "\U0001F4F2 Install our app for iOS and Android", "Never miss a story \u2014 download the app today.",
                         "Read this and more in our mobile app.", "Available on the App Store and Google Play."])
pool("click_here", "en", ["For more world news, click here", "Click here to get the latest headlines",
                          "Tap here for more stories", "CLICK HERE for more business news",
                          "For all the top stories, click here.", "Click here to read more stories like this"])
pool("newsletter", "en", ["Sign up for our morning newsletter", "Get the day's top stories in your inbox \u2014 subscribe now.",
                          "Subscribe to our free daily briefing", "Enter your email to receive breaking news alerts",
                          "Want more? Join our weekly newsletter.", "\u2709\ufe0f Newsletter: the news you need, every morning"])
pool("newsletter", "de", ["Jetzt den Newsletter abonnieren", "Newsletter: Die wichtigsten Nachrichten am Morgen"])
pool("newsletter", "fr", ["Abonnez-vous à notre newsletter", "Recevez l'essentiel de l'actualité chaque matin"])
pool("newsletter", "es", ["Suscríbete a nuestro boletín", "Recibe las noticias del día en tu correo"])
pool("social", "en", ["Follow us on Facebook, X and Instagram", "Join our WhatsApp channel for updates",
                      "Like our page on Facebook", "Follow us on Telegram for breaking news",
                      "Find us on social media", "FOLLOW US: Facebook | Instagram | TikTok"])
pool("social", "de", ["Folgen Sie uns auf Instagram", "Jetzt unserem WhatsApp-Kanal folgen"])
pool("social", "fr", ["Suivez-nous sur Facebook", "Rejoignez notre chaîne WhatsApp"])
pool("social", "es", ["Síguenos en redes sociales", "Únete a nuestro canal de WhatsApp"])

# =========================================================================== UI furniture
pool("share_row", "en", ["Share this:", "Share on Facebook", "Facebook Twitter WhatsApp Email", "Share",
                         "Tweet", "Share this article", "FacebookXLinkedInEmail", "Copy link", "0 Shares",
                         "Share via:", "Pin it", "SHARE"])
pool("share_row", "de", ["Teilen", "Artikel teilen"])
pool("share_row", "fr", ["Partager", "Partager cet article"])
pool("share_row", "es", ["Compartir", "Compartir en Facebook"])
pool("ui_word", "en", ["More", "Less", "Show more", "Expand", "View", "Hide", "Print", "Listen"])
pool("ui_word", "de", ["Mehr", "Weniger"])
pool("ui_word", "fr", ["Plus", "Moins"])
pool("ui_word", "es", ["Más", "Menos"])
pool("advert", "en", ["Advertisement", "ADVERTISEMENT", "Sponsored", "Story continues below advertisement",
                      "- Advertisement -", "Ad", "Advertisement \u2022 Scroll to continue", "AD"])
pool("advert", "de", ["Anzeige", "ANZEIGE"])
pool("advert", "fr", ["Publicité", "PUBLICITÉ"])
pool("advert", "es", ["Publicidad", "PUBLICIDAD"])
pool("also_read", "en", ["Also Read: {H}", "READ ALSO | {H}", "ALSO READ: {H}", "Read also \u2014 {H}",
                         "RELATED: {H}", "Don't miss: {H}", "See also: {H}", "MORE: {H}"])
pool("also_read", "de", ["Lesen Sie auch: {H}", "Auch interessant: {H}"])
pool("also_read", "fr", ["À lire aussi : {H}", "Lire aussi : {H}"])
pool("also_read", "es", ["Lee también: {H}", "Te puede interesar: {H}"])
pool("read_more", "en", ["Read More", "Read more \u00bb", "Continue reading", "READ MORE", "Read more...", "Keep reading"])
pool("read_more", "de", ["Weiterlesen", "Mehr lesen"])
pool("read_more", "fr", ["Lire la suite", "En savoir plus"])
pool("read_more", "es", ["Leer más", "Seguir leyendo"])
pool("skip", "en", ["Skip to content", "Skip to main content", "Jump to navigation", "Skip to the article"])
pool("skip", "de", ["Zum Inhalt springen", "Direkt zum Inhalt"])
pool("skip", "fr", ["Aller au contenu", "Passer au contenu principal"])
pool("skip", "es", ["Saltar al contenido", "Ir al contenido principal"])
pool("cookie", "en", [
    "We use cookies to improve your experience and to show you relevant ads. By continuing you agree to our use of cookies.",
    "This site uses cookies. Some are essential, others help us understand how you use the site.",
    "We value your privacy. Choose which cookies you accept.",
    "By clicking \u201cAccept all\u201d, you consent to the storing of cookies on your device.",
])
pool("cookie_btn", "en", ["Accept", "Accept all", "OK", "Reject all", "Manage preferences", "Got it"])
pool("reading_time", "en", ["4 min read", "Reading time: 3 minutes", "\u23f1 5 min", "Listen to this article",
                            "6 minute read", "Estimated reading time: 2 min"])
pool("reading_time", "de", ["Lesezeit: 3 Minuten", "3 Min. Lesezeit"])
pool("reading_time", "fr", ["Temps de lecture : 3 min", "Lecture : 4 min"])
pool("reading_time", "es", ["Tiempo de lectura: 3 min", "3 minutos de lectura"])
pool("section_form", "en", ["{SECTION}", "Category: {SECTION}", "Filed under: {SECTION}", "SECTION: {SECTION}",
                            "In {SECTION}", "Posted in {SECTION}"])
pool("section_form", "de", ["{SECTION}", "Rubrik: {SECTION}"])
pool("section_form", "fr", ["{SECTION}", "Rubrique : {SECTION}"])
pool("section_form", "es", ["{SECTION}", "Sección: {SECTION}"])
pool("crumb_sep", "en", [" \u00bb ", " > ", " / ", " \u203a ", " | ", " :: "])
pool("crumb_sep", "de", [" \u00bb ", " > "])
pool("crumb_sep", "fr", [" > ", " / "])
pool("crumb_sep", "es", [" \u203a ", " > "])
pool("crumb_home", "en", ["Home", "You are here: Home", "Home Page", "Start"])
pool("crumb_home", "de", ["Startseite", "Sie sind hier: Startseite"])
pool("crumb_home", "fr", ["Accueil", "Vous êtes ici : Accueil"])
pool("crumb_home", "es", ["Inicio", "Estás en: Inicio"])
pool("tag_line", "en", ["Tags: {TAGS}", "Topics: {TAGS}", "TAGGED: {TAGS}", "Keywords: {TAGS}", "Tagged with {TAGS}",
                        "Related topics: {TAGS}"])
pool("tag_line", "de", ["Schlagworte: {TAGS}", "Themen: {TAGS}"])
pool("tag_line", "fr", ["Mots-clés : {TAGS}", "Thèmes : {TAGS}"])
pool("tag_line", "es", ["Etiquetas: {TAGS}", "Temas: {TAGS}"])
pool("tag_header", "en", ["Tags", "Topics", "TAGS:", "More on:"])
pool("tag_header", "de", ["Schlagwörter", "Themen"])
pool("tag_header", "fr", ["Tags", "Sujets"])
pool("tag_header", "es", ["Etiquetas", "Temas"])
pool("related_header", "en", ["Related", "Related Stories", "Read Next", "See Also", "More on this topic", "RELATED ARTICLES"])
pool("related_header", "de", ["Mehr zum Thema", "Das könnte Sie auch interessieren"])
pool("related_header", "fr", ["Sur le même sujet", "Articles liés"])
pool("related_header", "es", ["Noticias relacionadas", "Más sobre este tema"])
pool("trending_header", "en", ["Trending Now", "What's Hot", "Trending", "Buzzing right now"])
pool("more_header", "en", ["More Stories", "Latest News", "Recent Posts", "Just In", "Latest from the feed", "More headlines"])
pool("more_header", "de", ["Weitere Nachrichten", "Neueste Meldungen"])
pool("more_header", "fr", ["Dernières actualités", "À la une"])
pool("more_header", "es", ["Últimas noticias", "Más noticias"])
pool("ymal_header", "en", ["You May Also Like", "You might also like", "YOU MAY ALSO LIKE", "Recommended for you"])
pool("ranking_header", "en", ["Most Read", "Most Popular", "Top 5 this week", "Popular Posts"])
pool("back_to_top", "en", ["Back to top button", "Back to top", "\u2191 Top", "Scroll to top"])
pool("theme_banner", "en", ["{THEME} Theme License is not activated. Please go to the theme options page to validate it.",
                            "Your {THEME} license key is invalid or expired. Renew it to receive updates.",
                            "Warning: the {THEME} theme is not registered. Some features are disabled.",
                            "{PLUGIN}: trial version \u2014 upgrade to remove this notice.",
                            "This site uses an unlicensed copy of {THEME}. Activate your purchase code.",
                            "{PLUGIN} needs a valid licence to import full articles."])
pool("comment", "en", ["Leave a Reply", "Your email address will not be published. Required fields are marked *",
                       "Leave a Comment", "Comment *", "Name *", "Email *", "Save my name, email, and website in this browser for the next time I comment.",
                       "Post Comment", "Cancel reply", "Website", "You must be logged in to post a comment.", "Δ"])
pool("prev", "en", ["Previous post {H}", "\u2190 Previous: {H}", "PREVIOUS ARTICLE {H}", "Prev {H}"])
pool("next", "en", ["Next post {H}", "Next: {H} \u2192", "NEXT ARTICLE {H}", "Next {H}"])
pool("shortcode", "en", ["[ad_1]", "[ad_2]", "[the_ad id=\"{N}\"]", "[adsense]", "[td_block_ad]", "[ads-mid]"])
pool("pr_label", "en", ["Press Release", "PRESS RELEASE", "Press Releases", "News Release", "Company Announcement",
                        "Corporate News"])
pool("pr_provided", "en", ["News provided by {PUB}", "Issued by {PUB}", "NEWS PROVIDED BY {PUB}",
                           "Released by {PUB}", "Announcement from {PUB}", "From: {PUB}"])
pool("pr_contact", "en", ["Media contact: {NAME}, {EMAIL}", "Contact: {EMAIL}", "Press enquiries: {EMAIL}",
                          "For more information contact {NAME} at {EMAIL}", "Investor relations: {EMAIL}",
                          "Media inquiries \u2014 {EMAIL}"])
pool("pr_end", "en", ["###", "- ENDS -", "# # #", "-30-"])
pool("email_alone", "en", ["Contact: {EMAIL}", "{EMAIL}", "Write to us: {EMAIL}", "Tips? {EMAIL}"])
pool("title_sep", "en", [" | ", " \u2013 ", " - ", " :: ", " \u2014 ", " \u00b7 ", " -", " \u2022 "])

# =========================================================================== headline generator
_H = {
    "dev": (["Council", "Lawmakers", "Regulators", "Farmers", "Nurses", "Investors", "Residents", "Police",
             "Scientists", "Teachers"],
            ["push back on", "approve", "delay", "warn over", "vote to scrap", "question", "back", "probe"],
            ["new parking fees", "bridge repairs", "school merger", "rate rise", "water bill hike",
             "tram extension", "data centre plan", "harbour dredging"]),
    "test": (["Mayor", "Ministers", "Shop owners", "Doctors", "Unions", "Airlines", "Landlords", "Students",
              "Engineers", "Fishermen"],
             ["reject", "welcome", "pause", "fight", "rethink", "sign off on", "challenge", "call for"],
             ["toll road deal", "hospital cuts", "library closures", "fuel levy", "flood barrier",
              "rail timetable", "mining permit", "rent cap"]),
}
_HF = {
    "de": {"dev": ["Stadtrat beschließt neuen Radweg", "Neue Buslinie ab Montag", "Brückensanierung verzögert sich",
                   "Freibad öffnet früher"],
           "test": ["Gemeinde plant Solarpark", "Kita-Gebühren steigen", "Marktplatz wird umgebaut",
                    "Feuerwehr erhält neues Fahrzeug"]},
    "fr": {"dev": ["Le conseil vote un nouveau budget", "Travaux sur la rocade", "La piscine rouvre ses portes",
                   "Un marché bio chaque samedi"],
           "test": ["La mairie lance un plan vélo", "Fermeture d'une classe contestée", "Le festival change de date",
                    "Nouvelle ligne de bus en septembre"]},
    "es": {"dev": ["El pleno aprueba el presupuesto", "Obras en la avenida principal", "Reabre la piscina municipal",
                   "Nueva línea de autobús"],
           "test": ["El ayuntamiento lanza un plan de bicis", "Cierra la biblioteca del barrio",
                    "Cambia la fecha de las fiestas", "Más plazas de aparcamiento"]},
}


def headline(rng, split, lang="en"):
    if lang != "en":
        return rng.choice(_HF[lang][split])
    a, b, c = _H[split]
    return f"{rng.choice(a)} {rng.choice(b)} {rng.choice(c)}"


ITEM_BULLETS = ["- ", "\u2022 ", "* ", "\u2192 ", "\u00bb ", "\u25aa ", "", ""]
ITEM_SUFFIX = ["", "", "", " (Video)", " \u2014 2 hours ago", " | 14 Mar", "5 hours ago"]

pool("pr_view", "en", ["View original content: {URL}", "Original release: {URL}", "For the full release, visit {URL}",
                       "Multimedia and downloads: {URL}"])
pool("bio_header", "en", ["About the Author", "ABOUT THE AUTHOR", "About the writer", "The author"])
pool("bio", "en", ["{NAME} covers local government and transport. Send tips by email.",
                   "{NAME} is a reporter on the news desk. Previously at a regional daily.",
                   "{NAME} writes about health, science and the environment.",
                   "{NAME} has covered city hall since 2017 and lives on the east side."])
pool("bio", "de", ["{NAME} ist Redakteurin im Lokalressort.", "{NAME} schreibt über Verkehr und Stadtentwicklung."])
pool("bio", "fr", ["{NAME} est journaliste au service local.", "{NAME} couvre la politique régionale."])
pool("bio", "es", ["{NAME} es redactora de la sección local.", "{NAME} cubre la información municipal."])
pool("url_form", "any", [
    "https://www.{host}/{section}/{y}/{m}/{d}/{slug}/",
    "https://{host}/news/{slug}-{id}",
    "https://{host}/{slug}.html",
    "http://www.{host}/article/{id}/{slug}",
    "https://{host}/{y}/{m}/{slug}/?utm_source=rss&utm_medium=rss&utm_campaign={short}",
    "https://www.{host}/story/{slug}?ref=feed&src=aggregator",
    "https://{host}/p/{id}",
    "https://www.{host}/{section}/{slug}?utm_source=newsletter&utm_campaign=daily#top",
])
