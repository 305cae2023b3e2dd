"""Article bodies for corpus F: English from the public article-extraction benchmark, German,
French and Spanish from ``intl.py``; headline making; agency datelines."""

from __future__ import annotations

import json
import re
from pathlib import Path

from intl import BODIES

GT = Path("/work/shared/bench/article-extraction-benchmark/ground-truth.json")

_JUNK = re.compile(
    r"(^©|^copyright\b|all rights reserved|image credit|^cover image|\[ [^\]]+ \]$|click here|newsletter here|"
    r"may receive a commission|^buy now|available from|^see it now|^also at |originally published|"
    r"^https?://|^www\.|\u200b|^_{3,}|\.\.\.$|…$|^see more photos|^see tweets|disney plus is now live|"
    r"^main image|^\(image|^story timeline)", re.I)
_SEPS = re.compile(r"[\x0b\x0c\x1c-\x1e\x85\u2028\u2029\r]")
AGENCY_PAREN = re.compile(r"\((AP|AFP|Reuters|PTI|IANS|ANI|dpa|EFE|ANSA|Xinhua|Kyodo|Yonhap|Bloomberg|UPI)\)")
_STOP = {"the", "and", "of", "to", "in", "is", "that", "for"}


def english_bodies() -> list[dict]:
    data = json.loads(GT.read_text(encoding="utf-8"))
    out = []
    for key in sorted(data):
        v = data[key]
        b = v["articleBody"]
        words = re.findall(r"[A-Za-z]+", b)
        if not words:
            continue
        asc = sum(c.isascii() for c in b) / len(b)
        en = sum(1 for w in words if w.lower() in _STOP) / len(words)
        if asc < 0.97 or len(words) < 150 or en < 0.12:
            continue
        paras = []
        for p in b.split("\n"):
            p = " ".join(_SEPS.sub(" ", p).split())
            if len(p.split()) < 4 or _JUNK.search(p):
                continue
            paras.append(p)
        if len(paras) < 4:
            continue
        out.append({"id": key[:16], "url": v.get("url", ""), "paras": paras,
                    "wired": bool(AGENCY_PAREN.search(" ".join(paras)))})
    return out


_ID = re.compile(r"^(?:[0-9a-f]{6,}|\d{5,}|[a-z]*\d{4,}[a-z0-9]*|idUS\w+|html?|php|amp|index)$", re.I)
_ENDSTOP = {"a", "an", "the", "of", "to", "in", "on", "and", "or", "for", "at", "by", "with", "as", "from",
            "that", "who", "is", "are", "was", "be", "his", "her", "their", "its", "into", "over", "after"}


def title_from(rng, url: str, first: str) -> str:
    seg = ""
    for s in reversed([s for s in re.split(r"[/?#]", url) if s]):
        s = re.sub(r"\.(html?|php|aspx?)$", "", s)
        if "-" in s or "_" in s:
            seg = s
            break
    words = [w for w in re.split(r"[-_]+", seg) if w]
    while words and _ID.match(words[-1]):
        words.pop()
    while words and _ID.match(words[0]):
        words.pop(0)
    if len(words) >= 4 and rng.random() < 0.45 and not any(_ID.match(w) for w in words):
        words = words[:14]
        t = " ".join(words)
        t = t[0].upper() + t[1:]
    else:
        first = re.sub(r"^[^()]{0,60}" + AGENCY_PAREN.pattern + r"\s*[-–—:.]*\s*", "", first)
        sent = first
        for m in re.finditer(r"[.!?][”\"']?\s", first):
            if len(first[:m.start()].split()) >= 6 and not re.search(r"\b(?:[A-Z][a-z]{0,3}|[A-Z])$", first[:m.start()]):
                sent = first[:m.start()]
                break
        sent = re.sub(r"^[A-Z][A-Z .,]+\s*[-–—]+\s*", "", sent).strip(" -–—")
        ws = sent.split()
        cut = len(ws) if len(ws) <= 15 else rng.randint(8, 13)
        ws = ws[:cut]
        while len(ws) > 4 and (ws[-1].lower().strip(",;:") in _ENDSTOP or ws[-1].endswith(",")):
            ws.pop()
        t = " ".join(ws).rstrip(",;:.“”\"'")
        t = t[0].upper() + t[1:] if t else "News update"
    if rng.random() < 0.35:
        small = {"a", "an", "the", "of", "to", "in", "on", "and", "or", "for", "at", "by", "with"}
        t = " ".join(w if (i and w.lower() in small) else w[:1].upper() + w[1:] for i, w in enumerate(t.split()))
    return t


# --------------------------------------------------------------- datelines (body, carry credits)

CITIES = ["PARIS", "BERLIN", "WASHINGTON", "LONDON", "NAIROBI", "MANILA", "OTTAWA", "LISBON", "ATHENS",
          "WARSAW", "LIMA", "CANBERRA", "BRUSSELS"]


def dateline(rng, lang: str, dt, agency: str | None = None, city: str | None = None) -> tuple[str, str]:
    """An agency dateline prefix; returns (prefix, canonical agency)."""
    from kit import MON_EN, MON_ES, MONTHS_EN
    if lang == "de":
        ag = agency or "dpa"
        c = city or rng.choice(["BERLIN", "MÜNCHEN", "Hamburg", "Köln"])
        return rng.choice([f"{c} ({ag}) - ", f"{c.title()} ({ag}) – ", f"{c} ({ag}) – "]), ag
    if lang == "fr":
        ag = agency or "AFP"
        c = city or rng.choice(["PARIS", "Lyon", "MARSEILLE"])
        return rng.choice([f"{c} ({ag}) - ", f"{c.title()} ({ag}) – ", f"{c} ({ag}) — "]), ag
    if lang == "es":
        ag = agency or "EFE"
        c = city or rng.choice(["Madrid", "Bogotá", "Sevilla"])
        return rng.choice([f"{c}, {dt.day} {MON_ES[dt.month-1]} ({ag}).- ", f"{c.upper()} ({ag}) - ",
                           f"{c}, {dt.day} de {['enero','febrero','marzo','abril','mayo','junio','julio','agosto','septiembre','octubre','noviembre','diciembre'][dt.month-1]} ({ag}) - "]), ag
    style = rng.randrange(6)
    c = city or rng.choice(CITIES)
    if style == 0:
        ag = agency or rng.choice(["AP", "AFP", "dpa", "UPI", "ANSA"])
        return f"{c} ({ag}) {rng.choice(['–', '—', '-'])} ", ag
    if style == 1:
        ag = agency or rng.choice(["Reuters", "Bloomberg", "AFP"])
        return f"{c}, {MONTHS_EN[dt.month-1]} {dt.day} ({ag}) - ", ag
    if style == 2:
        ag = agency or rng.choice(["PTI", "IANS", "ANI"])
        city2 = rng.choice(["New Delhi", "Mumbai", "Kolkata", "Chennai"])
        return f"{city2}, {MON_EN[dt.month-1]} {dt.day} ({ag}) ", ag
    if style == 3:
        ag = agency or rng.choice(["Yonhap", "Xinhua", "Kyodo"])
        city2 = {"Yonhap": "SEOUL", "Xinhua": "BEIJING", "Kyodo": "TOKYO"}[ag]
        mon = MON_EN[dt.month - 1] + ("." if dt.month not in (5, 6, 7) else "")
        return f"{city2}, {mon} {dt.day} ({ag}) -- ", ag
    if style == 4:
        ag = agency or rng.choice(["AFP", "UPI", "AP"])
        return f"({ag}) - ", ag
    ag = agency or "EFE"
    return f"Madrid, {dt.day} {MON_ES[dt.month-1]} ({ag}).- ", ag


def intl_bodies() -> dict[str, list[dict]]:
    return BODIES
