#!/usr/bin/env python3
"""Generate the blind_g corpus (deterministic; stdlib only).

python3 benchmarks/blind_g/generate.py [--seed 90417] [--gt PATH] [--out PATH]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import foreign  # noqa: E402
import names as N  # noqa: E402
import wordings as W  # noqa: E402
from kit import Doc, F, Line, body, clean_chars  # noqa: E402

DEFAULT_GT = Path("/work/shared/bench/article-extraction-benchmark/ground-truth.json")
SEED = 90417
SEED_OUTLETS = ("livemint", "kxan", "rnz.co.nz", "ndtv")

ARCHETYPES = [("wp_autoblog", 22), ("aggregator", 22), ("wire_portal", 16), ("regional_syndicated", 18),
              ("press_release", 14), ("seo_spam", 18), ("blog_platform", 16), ("forum_repost", 14),
              ("clean", 8), ("nofacts", 12)]
FOREIGN_PER_ARCH = {"wp_autoblog": 5, "aggregator": 6, "wire_portal": 4, "regional_syndicated": 6, "press_release": 3,
                    "seo_spam": 4, "blog_platform": 3, "forum_repost": 3, "clean": 2, "nofacts": 4}  # = 40

# ------------------------------------------------------------------ English bodies

_SW = set(["the", "of", "and", "to", "in", "a", "is", "that", "for", "it", "on", "was", "with", "as", "by", "he", "she", "said", "are", "be", "at", "from", "this", "have"])
_JUNK = re.compile(r"(https?://|www\.|^\W|photo|image|credit|copyright|©|originally|subscribe|sign up|follow (us|him|her)|"
                   r"read more|click|advertis|contributed to this report|reporting by|editing by|newsletter|"
                   r"\((AP|Reuters|AFP|PTI|ANI|IANS|Bloomberg|UPI|dpa|EFE)\)|associated press|all rights reserved|sponsored|"
                   r"this article|this story|related:|also read|getty|shutterstock|^(by|source|via) )", re.I)


def english_bodies(gt_path):
    data = json.loads(Path(gt_path).read_text(encoding="utf-8"))
    out = []
    for pid in sorted(data):
        v = data[pid]
        url = v.get("url", "")
        if any(s in url for s in SEED_OUTLETS):
            continue
        txt = v["articleBody"]
        w = re.findall(r"[a-z]+", txt.lower())
        if not w or sum(x in _SW for x in w) / len(w) < 0.18:
            continue
        paras = []
        for p in re.split(r"\n+", txt):
            p = clean_chars(" ".join(p.split()))
            if len(p.split()) < 8 or _JUNK.search(p) or p.endswith(":"):
                continue
            paras.append(p)
        if len(paras) >= 4:
            out.append((pid, url, paras))
    return out


def slug_title(rng, url, paras):
    slug = url.rstrip("/").split("/")[-1]
    slug = re.sub(r"\.(html?|php|aspx?)$", "", slug)
    slug = re.sub(r"[-_]?\d{5,}$", "", slug)
    words = [w for w in re.split(r"[-_]+", slug) if w and not w.isdigit() and len(w) < 20]
    if len(words) >= 4 and rng.random() < 0.6:
        t = " ".join(words)
    else:
        first = re.split(r"(?<=[.!?])\s", paras[0])[0]
        clause = re.split(r"[,;:—]", first.rstrip("."))[0].split()
        ws = clause if 5 <= len(clause) <= 14 else first.rstrip(".").split()[: rng.randrange(7, 13)]
        t = " ".join(ws).rstrip(",;:—-")
    t = t.strip()
    if rng.random() < 0.35:
        t = " ".join(x[:1].upper() + x[1:] for x in t.split())
    else:
        t = t[:1].upper() + t[1:]
    return t


# ------------------------------------------------------------------ body traps

TRAPS = {
    "en": [
        "Related charges against two other suspects were dropped last year, court records show.",
        "The licence, which the regulator granted in 2019, is now up for renewal.",
        "Source documents reviewed by reporters suggest the figures were revised twice.",
        "The app, launched in March, has been downloaded about 40,000 times.",
        "A disclaimer on the company's website says results may vary.",
        "Share prices fell 4 percent in early trading before recovering.",
        "Subscribers to the service will see the change on their next bill.",
        "Comments made by the minister on Tuesday drew criticism from opposition lawmakers.",
        "Copyright lawyers say the case could take years to resolve.",
        "A photo of the letter circulated widely on social media on Monday.",
        "Most read the statement as a sign of retreat, analysts said.",
        "Trending topics on local forums include parking and school closures.",
        "The original plan, published in 2021, called for twice as many units.",
        "Download speeds in rural areas remain well below the national average.",
        "Advertising revenue at the station has fallen for three straight years.",
        "Tags on the recovered bags were traced to a warehouse in the port.",
        "Updated figures released on Friday show a sharper decline than expected.",
        "Read the fine print, consumer groups warn, before signing up.",
        "Next, the committee will hear from residents at a public session.",
        "Follow-up inspections are planned for the autumn.",
        "All rights to the land were transferred to the trust in 1998.",
        "Back in 2016, the same proposal was rejected by a single vote.",
    ],
    "de": ["Die Quelle der Verschmutzung ist bislang unklar.", "Die App soll im Herbst auch auf Englisch erscheinen.",
           "Kommentare im Internet fielen überwiegend positiv aus.", "Das Foto des Briefes wurde tausendfach geteilt."],
    "fr": ["La source de la pollution reste inconnue.", "L'application sera disponible en anglais à l'automne.",
           "Les commentaires sur les réseaux sociaux ont été majoritairement positifs.", "La photo de la lettre a été partagée des milliers de fois."],
    "es": ["La fuente de la contaminación sigue sin conocerse.", "La aplicación estará disponible en inglés en otoño.",
           "Los comentarios en redes sociales fueron mayoritariamente positivos.", "La foto de la carta se compartió miles de veces."],
}
SUBHEADS = {"en": ["What happens next", "– A long road –", "WHY IT MATTERS", "Looking ahead:", "The numbers", "Background",
                   "What residents say", "‘We were not consulted’"],
            "de": ["Wie es weitergeht", "Hintergrund"], "fr": ["Ce qu'il faut savoir", "Contexte"], "es": ["Contexto", "Qué pasa ahora"]}
QUOTES = {"en": ["“We are not going anywhere,” she said.", "“It’s a start,” he said. “But it is not enough.”",
                 "\"Nobody saw this coming,\" one resident said.", "“We will keep fighting,” the union said in a statement."],
          "de": ["„Wir bleiben dran“, sagte sie."], "fr": ["« Nous ne lâcherons rien », a-t-elle dit."],
          "es": ["«No vamos a rendirnos», afirmó."]}
BULLET_INTROS = {"en": ["The proposal includes:", "Key points of the plan:", "Officials listed three priorities:"],
                 "de": ["Die wichtigsten Punkte:"], "fr": ["Les principales mesures :"], "es": ["Las principales medidas:"]}
BULLET_ITEMS = {"en": ["extra funding for rural clinics", "a cap on annual fee increases", "new reporting rules for contractors",
                       "longer opening hours at weekends", "a review of the scheme after two years"],
                "de": ["mehr Geld für Schulen", "längere Öffnungszeiten", "eine Überprüfung nach zwei Jahren"],
                "fr": ["plus de moyens pour les écoles", "des horaires élargis", "un bilan au bout de deux ans"],
                "es": ["más fondos para los colegios", "horarios ampliados", "una revisión a los dos años"]}


def dateline(rng, lang, ctx, with_agency):
    """-> prefix parts for the first paragraph (credits fact when an agency is named)."""
    if lang == "en":
        city, region = rng.choice(N.CITIES_EN)
        place = f"{city}, {region}" if region and rng.random() < 0.5 else city
        if not with_agency:
            return [rng.choice([f"{place} — ", f"{place}: ", f"{place.title()} - "])]
        a = ctx.agency
        short = N.AGENCIES[a][0]
        d = f"{rng.choice(['Mar', 'Jun', 'Sep', 'Nov', 'Jan'])} {rng.randrange(1, 29)}"
        forms = [[f"{place} (", F("credits", short, a, N.AGENCIES[a]), ") — "],
                 [f"{city.title()}, {d} (", F("credits", short, a, N.AGENCIES[a]), ") - "],
                 ["(", F("credits", short, a, N.AGENCIES[a]), ") — "],
                 [f"{city} (", F("credits", short, a, N.AGENCIES[a]), ") -- "]]
        if a in ("PTI", "ANI", "IANS"):
            forms.append([f"New Delhi, {d} (", F("credits", short, a, N.AGENCIES[a]), ") "])
        return rng.choice(forms)
    city = rng.choice({"de": N.CITIES_DE, "fr": N.CITIES_FR, "es": N.CITIES_ES}[lang])
    if not with_agency:
        return [f"{city} – " if lang != "es" else f"{city}. – "]
    a = ctx.agency
    short = N.AGENCIES[a][0]
    f = F("credits", short, a, N.AGENCIES[a])
    if lang == "es":
        return [f"{city}, {rng.randrange(1, 29)} may (", f, ").- "]
    return [f"{city} (", f, ") - " if lang == "de" else ") – "]


def body_units(rng, lang, paras, ctx, agency_dateline, plain_dateline=False, traps=True):
    """-> list of units (each a list of body Lines)."""
    units = [[body(p)] for p in paras]
    if agency_dateline or plain_dateline:
        pre = dateline(rng, lang, ctx, agency_dateline)
        units[0] = [body(*pre, paras[0])]
    if traps:
        k = rng.randrange(1, 4)
        for _ in range(k):
            pos = rng.randrange(1, len(units) + 1)
            choice = rng.random()
            if choice < 0.45:
                units.insert(pos, [body(rng.choice(TRAPS[lang]))])
            elif choice < 0.65 and pos < len(units):
                units.insert(pos, [body(rng.choice(SUBHEADS[lang]))])
            elif choice < 0.8:
                units.insert(pos, [body(rng.choice(QUOTES[lang]))])
            else:
                b = rng.choice(["- ", "• ", "* ", "1. "])
                items = rng.sample(BULLET_ITEMS[lang], 3)
                unit = [body(rng.choice(BULLET_INTROS[lang]))]
                for i, it in enumerate(items, 1):
                    unit.append(body((f"{i}. " if b == "1. " else b) + it))
                units.insert(pos, unit)
    return units


def interleave(rng, units, extras):
    """Insert each extra (list of Lines) between units; never before the first unit."""
    units = [list(u) for u in units]
    slots = {}
    for ex in extras:
        if not ex:
            continue
        pos = rng.randrange(1, len(units)) if len(units) > 1 else 1
        slots.setdefault(pos, []).append(ex)
    out = []
    for i, u in enumerate(units):
        for ex in slots.get(i, []):
            out.extend(ex)
        out.extend(u)
    for ex in slots.get(len(units), []):
        out.extend(ex)
    return out


# ------------------------------------------------------------------ title line

SUFFIX_SEPS = [" – ", " | ", " - ", " — ", " :: ", " · ", " -"]


def title_line(ctx, suffix=False, sep=None):
    t = ctx.title
    if suffix:
        sep = sep or ctx.ch(SUFFIX_SEPS)
        return [Line("title", None, [F("title", t), sep, F("site_name", ctx.site)], title_text=t, site_suffix=ctx.site)]
    return [Line("title", None, [F("title", t)], title_text=t, site_suffix=None)]


def maybe(rng, p, fn, *a, **k):
    return fn(*a, **k) if rng.random() < p else []


# ------------------------------------------------------------------ archetypes
# Each returns the document's lines. `units` = the body units.


def a_wp_autoblog(r, c, units):
    head = []
    head += maybe(r, 0.45, W.theme_license_banner, c)
    head += maybe(r, 0.3, W.skip_link, c)
    head += maybe(r, 0.35, W.nav_menu, c)
    if r.random() < 0.3:
        head += W.section_label(c)
    head += title_line(c, suffix=r.random() < 0.6)
    head += maybe(r, 0.5, W.stray_id, c)
    head += maybe(r, 0.15, W.title_repeat, c)
    head += maybe(r, 0.5, W.shortcode, c)
    if r.random() < 0.5:
        head += W.byline(c, with_date=r.random() < 0.5)
    elif r.random() < 0.5:
        head += W.date_line(c, "published")
    mid = [W.advertisement_label(c) if r.random() < 0.5 else W.shortcode(c), maybe(r, 0.3, W.also_read, c),
           maybe(r, 0.3, lambda: W.photo_caption(c) + W.photo_credit(c))]
    tail = []
    tail += maybe(r, 0.6, W.shortcode, c)
    if r.random() < 0.25:
        tail += W.syndication_notice(c, named=bool(c.publisher))
    tail += maybe(r, 0.25, W.read_more, c)
    if c.publisher and r.random() < 0.5:
        tail += W.original_url_line(c)
    else:
        tail += W.source_link(c, named=bool(c.publisher) and r.random() < 0.4)
    tail += maybe(r, 0.4, W.share_row, c)
    tail += maybe(r, 0.4, W.tag_list, c)
    tail += maybe(r, 0.3, W.reaction_counter, c)
    tail += W.headline_list(c, r.choice(["you_may_also_like", "you_may_also_like", "related", "more_stories"]))
    tail += maybe(r, 0.3, W.headline_run, c)
    tail += maybe(r, 0.5, W.prev_next, c)
    tail += maybe(r, 0.6, W.comment_form, c)
    tail += maybe(r, 0.3, W.copyright_notice, c)
    tail += maybe(r, 0.25, W.footer_links, c)
    tail += maybe(r, 0.3, W.back_to_top, c)
    return head + interleave(r, units, mid) + tail


def a_aggregator(r, c, units):
    head = []
    disc_head = r.random() < 0.3
    if disc_head:
        head += W.aggregator_disclaimer(c, named=r.random() < 0.7)
    head += maybe(r, 0.25, W.nav_menu, c)
    head += title_line(c, suffix=r.random() < 0.3)
    if r.random() < 0.4:
        head += W.date_line(c, "published", both=r.random() < 0.3)
    else:
        head += maybe(r, 0.5, W.relative_date_line, c)
    head += maybe(r, 0.4, lambda: W.photo_caption(c) + W.photo_credit(c))
    # aggregators put their own lines INSIDE the article
    mid = [W.also_read(c), maybe(r, 0.6, W.advertisement_label, c), maybe(r, 0.4, W.app_promo, c),
           maybe(r, 0.4, W.publisher_promo, c) if c.publisher else [], maybe(r, 0.3, W.also_read, c),
           maybe(r, 0.3, W.social_promo, c), maybe(r, 0.25, W.caption_with_credit_inline, c)]
    tail = []
    tail += maybe(r, 0.6, W.wire_credit_line, c, anon=not c.agency)
    tail += maybe(r, 0.5, W.publisher_promo, c) if c.publisher else []
    tail += maybe(r, 0.4, W.app_promo, c)
    if r.random() < 0.3:
        tail += W.ui_word(c) + W.ui_word(c)
    tail += maybe(r, 0.4, W.date_line, c, "updated", c.dt2)
    tail += maybe(r, 0.6, W.click_here_promo, c)
    tail += W.read_original(c, named=bool(c.publisher) and r.random() < 0.4)
    if c.publisher and r.random() < 0.4:
        tail += W.original_url_line(c)
    if not disc_head or r.random() < 0.2:
        tail += W.aggregator_disclaimer(c, named=r.random() < 0.7)
    tail += maybe(r, 0.3, W.email_placeholder, c)
    tail += maybe(r, 0.3, W.headline_list, c, r.choice(["trending", "more_stories", "related"]))
    return head + interleave(r, units, mid) + tail


def a_wire_portal(r, c, units):
    head = []
    head += maybe(r, 0.4, W.nav_menu, c)
    head += maybe(r, 0.6, W.section_label, c)
    head += title_line(c, suffix=r.random() < 0.4)
    head += W.byline(c, with_date=r.random() < 0.4, with_agency=True)
    head += maybe(r, 0.5, W.date_line, c, "updated", c.dt2)
    head += maybe(r, 0.3, W.reading_time, c)
    mid = [maybe(r, 0.5, W.advertisement_label, c), maybe(r, 0.3, lambda: W.photo_caption(c) + W.photo_credit(c))]
    tail = []
    tail += maybe(r, 0.5, W.wire_credit_line, c)
    tail += W.copyright_notice(c, agency=True)
    tail += maybe(r, 0.6, W.republish_notice, c)
    tail += maybe(r, 0.5, W.headline_list, c, r.choice(["more_stories", "ranking", "trending"]))
    tail += maybe(r, 0.4, W.footer_links, c)
    return head + interleave(r, units, mid) + tail


def a_regional(r, c, units):
    head = []
    head += maybe(r, 0.4, W.skip_link, c)
    head += maybe(r, 0.4, W.cookie_notice, c)
    head += maybe(r, 0.5, W.nav_menu, c)
    head += maybe(r, 0.5, W.breadcrumb, c)
    head += title_line(c, suffix=r.random() < 0.5)
    if r.random() < 0.6:
        head += W.byline(c, with_date=r.random() < 0.5)
    if "published" not in c.used and r.random() < 0.5:
        head += W.date_line(c, "published", both=r.random() < 0.3)
    head += maybe(r, 0.4, W.reading_time, c)
    head += maybe(r, 0.4, W.share_row, c)
    head += maybe(r, 0.6, lambda: W.photo_caption(c) + W.photo_credit(c))
    mid = [W.advertisement_label(c), maybe(r, 0.5, W.also_read, c), maybe(r, 0.3, W.newsletter_promo, c),
           maybe(r, 0.3, W.advertisement_label, c), maybe(r, 0.2, lambda: W.photo_caption(c) + W.photo_credit(c, agency_ok=False))]
    if c.publisher and r.random() < 0.4:
        notice = W.originally_appeared(c)
    else:
        notice = W.syndication_notice(c, named=bool(c.publisher) and r.random() < 0.75)
    tail = []
    if r.random() < 0.25:
        head = notice + head if r.random() < 0.3 else head + notice
    else:
        tail += notice
    tail += maybe(r, 0.3, W.read_more, c)
    tail += maybe(r, 0.5, W.tag_list, c)
    tail += maybe(r, 0.3, W.author_bio, c)
    tail += maybe(r, 0.4, W.newsletter_promo, c)
    tail += maybe(r, 0.3, W.social_promo, c)
    tail += maybe(r, 0.5, W.headline_list, c, r.choice(["trending", "ranking", "recommendation"]))
    tail += maybe(r, 0.4, W.prev_next, c)
    tail += maybe(r, 0.5, W.footer_links, c)
    tail += maybe(r, 0.5, W.copyright_notice, c, site_fact=c.has_suffix)
    return head + interleave(r, units, mid) + tail


def a_press_release(r, c, units):
    head = []
    head += maybe(r, 0.4, W.nav_menu, c)
    head += W.section_label(c)
    head += title_line(c, suffix=r.random() < 0.3)
    head += W.date_line(c, "published")
    head += maybe(r, 0.4, W.share_row, c)
    mid = [maybe(r, 0.4, W.advertisement_label, c)]
    tail = []
    tail += maybe(r, 0.5, W.email_placeholder, c)
    if c.publisher and r.random() < 0.6:
        tail += W.originally_appeared(c) if r.random() < 0.5 else W.source_link(c, named=True)
    tail += W.aggregator_disclaimer(c, named=False)
    tail += maybe(r, 0.5, W.republish_notice, c)
    tail += maybe(r, 0.4, W.tag_list, c)
    tail += maybe(r, 0.6, W.headline_list, c, r.choice(["related", "more_stories"]))
    tail += maybe(r, 0.4, W.footer_links, c)
    tail += maybe(r, 0.4, W.copyright_notice, c, site_fact=c.has_suffix)
    return head + interleave(r, units, mid) + tail


def a_seo_spam(r, c, units):
    head = []
    if r.random() < 0.6:
        c.has_suffix = True
        head += W.breadcrumb_title(c, suffix_sep=r.choice([" -", " - ", " | ", "_"]))
        head += title_line(c)
    else:
        head += title_line(c, suffix=r.random() < 0.5)
    head += maybe(r, 0.6, W.ui_word, c)
    head += maybe(r, 0.7, W.date_line, c, "published")
    head += maybe(r, 0.3, W.title_repeat, c)
    mid = [maybe(r, 0.5, W.also_read, c), maybe(r, 0.4, W.shortcode, c), maybe(r, 0.3, W.headline_run, c, 2)]
    tail = []
    tail += W.tag_list(c, form=r.choice(["header", "line"]))
    tail += maybe(r, 0.7, W.reaction_counter, c)
    for fam in r.sample(["related", "ranking", "recommendation", "trending"], r.randrange(1, 4)):
        tail += W.headline_list(c, fam)
    tail += maybe(r, 0.4, W.headline_run, c)
    tail += maybe(r, 0.3, W.copyright_notice, c, site_fact=c.has_suffix)
    return head + interleave(r, units, mid) + tail


def a_blog(r, c, units):
    head = []
    head += maybe(r, 0.3, W.nav_menu, c)
    head += title_line(c)
    head += W.byline(c, with_date=r.random() < 0.6)
    head += maybe(r, 0.6, W.reading_time, c)
    head += maybe(r, 0.4, W.social_promo, c)
    head += maybe(r, 0.4, lambda: W.photo_caption(c) + W.photo_credit(c, agency_ok=False))
    mid = [maybe(r, 0.3, W.photo_caption, c), maybe(r, 0.3, W.newsletter_promo, c)]
    tail = []
    if c.publisher and r.random() < 0.6:
        tail += W.originally_appeared(c)
    tail += maybe(r, 0.5, W.reaction_counter, c)
    tail += maybe(r, 0.5, W.share_row, c)
    tail += maybe(r, 0.5, W.tag_list, c)
    tail += maybe(r, 0.5, W.author_bio, c)
    tail += maybe(r, 0.5, W.headline_list, c, r.choice(["more_stories", "recommendation"]))
    tail += maybe(r, 0.5, W.comment_form, c)
    tail += maybe(r, 0.3, W.footer_links, c)
    return head + interleave(r, units, mid) + tail


def a_forum(r, c, units):
    head = []
    head += maybe(r, 0.5, W.nav_menu, c)
    head += maybe(r, 0.6, W.breadcrumb, c)
    head += title_line(c, suffix=r.random() < 0.3)
    head += maybe(r, 0.6, W.date_line, c, "published")
    head += maybe(r, 0.4, W.ui_word, c)
    mid = [maybe(r, 0.3, W.advertisement_label, c)]
    tail = []
    if c.publisher and r.random() < 0.7:
        tail += W.original_url_line(c)
    else:
        tail += W.source_link(c)
    tail += maybe(r, 0.6, W.reaction_counter, c)
    if r.random() < 0.6:
        tail += W.ui_word(c) + W.ui_word(c)
    tail += maybe(r, 0.4, W.share_row, c)
    tail += maybe(r, 0.5, W.headline_list, c, r.choice(["related", "trending"]))
    tail += maybe(r, 0.4, W.prev_next, c)
    tail += maybe(r, 0.4, W.comment_form, c)
    tail += maybe(r, 0.3, W.footer_links, c)
    return head + interleave(r, units, mid) + tail


def a_clean(r, c, units):
    lines = []
    if c.titled:
        lines += title_line(c)
    return lines + [ln for u in units for ln in u]


def a_nofacts(r, c, units):
    """No title, no fact: only fact-free boilerplate."""
    head = []
    head += maybe(r, 0.4, W.skip_link, c)
    head += maybe(r, 0.4, W.nav_menu, c)
    head += maybe(r, 0.4, W.shortcode, c)
    head += maybe(r, 0.3, W.stray_id, c)
    head += maybe(r, 0.3, W.relative_date_line, c)
    head += maybe(r, 0.3, W.cookie_notice, c)
    mid = [maybe(r, 0.6, W.advertisement_label, c), maybe(r, 0.4, W.also_read, c), maybe(r, 0.3, W.photo_caption, c)]
    tail = []
    pool = [lambda: W.share_row(c), lambda: W.source_link(c), lambda: W.read_more(c), lambda: W.read_original(c),
            lambda: W.comment_form(c), lambda: W.aggregator_disclaimer(c, named=False),
            lambda: W.wire_credit_line(c, anon=True),
            lambda: W.headline_list(c, r.choice(list(W.LIST_HEADERS))), lambda: W.headline_run(c),
            lambda: W.newsletter_promo(c), lambda: W.app_promo(c), lambda: W.back_to_top(c),
            lambda: W.republish_notice(c), lambda: W.reaction_counter(c), lambda: W.email_placeholder(c),
            lambda: W.click_here_promo(c), lambda: W.footer_links(c), lambda: W.prev_next(c)]
    for fn in r.sample(pool, r.randrange(3, 7)):
        tail += fn()
    return head + interleave(r, units, mid) + tail


BUILDERS = {"wp_autoblog": a_wp_autoblog, "aggregator": a_aggregator, "wire_portal": a_wire_portal,
            "regional_syndicated": a_regional, "press_release": a_press_release, "seo_spam": a_seo_spam,
            "blog_platform": a_blog, "forum_repost": a_forum, "clean": a_clean, "nofacts": a_nofacts}


# ------------------------------------------------------------------ plan and documents


def make_plan(rng):
    plan = []
    langs_cycle = ["de", "fr", "es"]
    k = 0
    for arch, n in ARCHETYPES:
        nf = FOREIGN_PER_ARCH[arch]
        langs = []
        for _ in range(nf):
            langs.append(langs_cycle[k % 3])
            k += 1
        langs += ["en"] * (n - nf)
        rng.shuffle(langs)
        splits = ["dev", "test"] * (n // 2)
        rng.shuffle(splits)
        plan += [(arch, lg, sp) for lg, sp in zip(langs, splits)]
    rng.shuffle(plan)
    return plan


def foreign_body(rng, lang, story_idx):
    st = foreign.STORIES[lang][story_idx]
    city = rng.choice({"de": N.CITIES_DE, "fr": N.CITIES_FR, "es": N.CITIES_ES}[lang])
    name = f"{rng.choice(foreign.FIRST[lang])} {rng.choice(foreign.LAST[lang])}"
    vals = {"city": city, "name": name, "n": str(rng.randrange(3, 90)), "m": str(rng.randrange(1000, 9000))}
    paras = [p.format(**vals) for p in st]
    if len(paras) > 5 and rng.random() < 0.5:  # drop one middle paragraph now and then
        del paras[rng.randrange(1, len(paras) - 1)]
    return paras, city


def foreign_title(rng, lang, paras):
    first = re.split(r"(?<=[.!?])\s", paras[0])[0].rstrip(".")
    ws = first.split()
    return " ".join(ws[: rng.randrange(6, 11)]).rstrip(",;:")


def slugify(t):
    s = re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-")
    return s[:70].strip("-")


def build_doc(rng, idx, arch, lang, split, src):
    c_kw = {}
    if lang == "en":
        pid, url, allparas = src
        start = rng.randrange(0, max(1, len(allparas) - 4))
        n = rng.randrange(4, 13)
        paras = allparas[start:start + n]
        while sum(len(p) for p in paras) > 6000 and len(paras) > 4:
            paras.pop()
        title = slug_title(rng, url, paras)
        source = pid
        site = rng.choice(N.SITE_NAMES)
        author = f"{rng.choice(N.FIRST)} {rng.choice(N.LAST)}"
    else:
        (lang_, si), paras = src[0], src[1]
        title = foreign_title(rng, lang, paras)
        source = f"{lang}-{si}"
        site = rng.choice(N.SITE_NAMES_INTL[lang])
        author = f"{rng.choice(N.FIRST_INTL[lang])} {rng.choice(N.LAST_INTL[lang])}"
    pubs = N.PUBLISHERS if lang == "en" else N.PUBLISHERS_INTL[lang] + N.PUBLISHERS[:0]
    publisher = rng.choice(pubs) if arch not in ("clean", "nofacts") and rng.random() < 0.8 else None
    agency = None
    if arch == "wire_portal" or (arch not in ("nofacts", "clean", "blog_platform") and rng.random() < 0.45):
        agency = rng.choice(N.AGENCY_BY_LANG[lang])
    host = publisher[1] if publisher else "example.org"
    url = f"https://{rng.choice(['www.', 'www.', ''])}{host}/{rng.choice(['news', 'local', 'story', str(rng.randrange(2019, 2025))])}/{slugify(title)}{rng.choice(['', '/', '.html', '-' + str(rng.randrange(10000, 99999))])}"
    tags = rng.sample(N.TAGS[lang], rng.randrange(2, 5))
    c = W.Ctx(rng, lang, site=site, publisher=publisher, aggregator=rng.choice(N.AGGREGATORS), agency=agency,
              author=author, title=title, url=url, theme=rng.choice(N.THEMES), section=rng.choice(N.SECTIONS[lang]),
              tags=tags)
    from datetime import timedelta
    c.dt2 = c.dt + timedelta(hours=rng.randrange(1, 30), minutes=rng.randrange(60))
    c.has_suffix = False
    c.titled = arch != "nofacts" and not (arch == "clean" and rng.random() < 0.5)
    if arch in ("nofacts",) or (arch == "clean" and not c.titled):
        c.agency = None
        c.publisher = None
    agency_dl = bool(c.agency) and (arch == "wire_portal" or rng.random() < 0.6)
    units = body_units(rng, lang, paras, c, agency_dl, plain_dateline=not agency_dl and rng.random() < 0.15,
                       traps=arch != "clean" or rng.random() < 0.5)
    lines = BUILDERS[arch](rng, c, units)
    # site_name via a copyright line only counts when a suffix named the site
    d = Doc().add(lines)
    layout = "single" if arch == "seo_spam" and rng.random() < 0.7 else rng.choice(["double", "double", "double", "single", "mixed", "blocks"])
    text, lns, expected, facts = d.build(rng, layout=layout, crlf=rng.random() < 0.06, final_nl=rng.random() < 0.6,
                                         trailing_space=0.05)
    return {"id": f"g{idx:03d}", "split": split, "archetype": arch, "lang": lang, "source": source, "text": text,
            "lines": lns, "expected_body": expected, "facts": facts}


def generate(seed=SEED, gt=DEFAULT_GT):
    rng = random.Random(seed)
    en_bodies = english_bodies(gt)
    rng.shuffle(en_bodies)
    plan = make_plan(rng)
    # foreign stories: story 0-1 only in dev docs, 2-3 only in test docs (no body crosses the split)
    counters = {}
    docs = []
    ei = 0
    for idx, (arch, lang, split) in enumerate(plan):
        if lang == "en":
            src = en_bodies[ei]
            ei += 1
        else:
            key = (lang, split)
            k = counters.get(key, 0)
            counters[key] = k + 1
            si = (k % 2) + (0 if split == "dev" else 2)
            paras, _city = foreign_body(rng, lang, si)
            src = ((lang, si), paras)
        docs.append(build_doc(rng, idx, arch, lang, split, src))
    return docs


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--gt", type=Path, default=DEFAULT_GT)
    ap.add_argument("--out", type=Path, default=HERE / "corpus.jsonl")
    a = ap.parse_args(argv)
    docs = generate(a.seed, a.gt)
    with open(a.out, "w", encoding="utf-8", newline="\n") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"wrote {len(docs)} documents to {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
