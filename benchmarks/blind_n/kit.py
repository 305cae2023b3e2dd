"""Labelled-line builder for blind_n: lines carry facts at exact offsets; layouts; record assembly."""

from __future__ import annotations

import re
import unicodedata

from names import ARTICLES

SCALAR = ("title", "site_name", "publisher", "original_url", "aggregator", "published", "updated",
          "photo_credit", "section", "syndication")
LISTS = ("credits", "tags", "authors")

_PH = re.compile(r"\{([A-Z])\}")


def strip_article(name: str) -> str:
    for a in ARTICLES:
        if name.startswith(a) and len(name) > len(a) + 2:
            return name[len(a):]
    return name


def ascii_slug(s: str, maxwords: int = 9) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    words = re.findall(r"[A-Za-z0-9]+", s.lower())
    return "-".join(words[:maxwords])


class Line:
    __slots__ = ("text", "label", "kind", "facts", "extra")

    def __init__(self, text, label, kind=None, facts=None, extra=None):
        assert "\n" not in text and "\r" not in text, text
        self.text = text
        self.label = label
        self.kind = kind
        self.facts = facts or []  # dicts: kind, value, rel, evidence, [aliases]
        self.extra = extra or {}


def fact(kind, value, rel, evidence, aliases=None):
    d = {"kind": kind, "value": value, "rel": rel, "evidence": evidence}
    if aliases:
        d["aliases"] = list(aliases)
    return d


def render(template: str, slots: dict) -> tuple[str, list]:
    """Fill {X} placeholders. slots[X] = (text, fact_kind or None)."""
    out = ""
    facts = []
    pos = 0
    for m in _PH.finditer(template):
        out += template[pos:m.start()]
        val, fk = slots[m.group(1)]
        if fk == "original_url":
            facts.append(fact("original_url", val, len(out), val))
            host = re.match(r"https?://([^/?#]+)", val).group(1)
            hstart = len(out) + val.index(host)
            bare = host[4:] if host.startswith("www.") else host
            facts.append(fact("publisher", bare, hstart, host))
        elif fk:
            facts.append(fact(fk, val, len(out), val))
        out += val
        pos = m.end()
    out += template[pos:]
    return out, facts


# ------------------------------------------------------------------ layout

BLANKS = ["", "", "", " ", "\t", "\u00a0"]


def separators(layout: str, n_lines: int, boundaries: set, rng) -> list[list[str]]:
    """For each gap i (between line i and i+1) the blank lines to insert."""
    seps = []
    for i in range(n_lines - 1):
        if layout == "double":
            seps.append([""])
        elif layout == "single":
            seps.append([])
        elif layout == "blocks":
            seps.append([""] if i in boundaries else [])
        else:  # mixed
            k = rng.choices([0, 1, 2, 3], weights=[3, 6, 2, 1])[0]
            seps.append([rng.choice(BLANKS) for _ in range(k)])
    return seps


def assemble(items: list, layout: str, nl: str, final_nl: bool, rng) -> tuple[str, list[Line]]:
    """items: Line objects or the string "|" (a block boundary). Returns text and the full line list."""
    content = []
    boundaries = set()
    for it in items:
        if it == "|":
            if content:
                boundaries.add(len(content) - 1)
            continue
        content.append(it)
    seps = separators(layout, len(content), boundaries, rng)
    lines = []
    for i, ln in enumerate(content):
        lines.append(ln)
        if i < len(seps):
            for b in seps[i]:
                lines.append(Line(b, "blank"))
    text = nl.join(ln.text for ln in lines) + (nl if final_nl else "")
    return text, lines


def build_record(did, split, archetype, lang, source, items, layout, nl, final_nl, rng, pub_forms=None):
    text, lines = assemble(items, layout, nl, final_nl, rng)
    recs = []
    facts: dict = {}
    pos = 0
    for n, ln in enumerate(lines):
        start, end = pos, pos + len(ln.text)
        label = ln.label
        if label != "blank" and ln.text.strip() == "":
            raise ValueError("empty content line")
        r = {"n": n, "start": start, "end": end, "text": ln.text, "label": label,
             "kind": ln.kind if label == "boilerplate" else None}
        r.update(ln.extra)
        recs.append(r)
        for f in ln.facts:
            k = f["kind"]
            fs = start + f["rel"]
            fd = {"value": f["value"], "line": n, "evidence": f["evidence"], "start": fs,
                  "end": fs + len(f["evidence"])}
            if f.get("aliases"):
                fd["aliases"] = list(f["aliases"])
            if k in LISTS:
                lst = facts.setdefault(k, [])
                if all(x["value"].casefold() != fd["value"].casefold() for x in lst):
                    lst.append(fd)
            elif k not in facts:
                facts[k] = fd
        pos = end + len(nl)
    # aliases
    if "publisher" in facts and pub_forms:
        v = facts["publisher"]["value"]
        al = []
        for form in pub_forms:
            if form.casefold() != v.casefold() and all(form.casefold() != a.casefold() for a in al):
                al.append(form)
        if al:
            facts["publisher"]["aliases"] = al
    for k in ("aggregator",):
        if k in facts:
            v = facts[k]["value"]
            s = strip_article(v)
            al = [x for x in dict.fromkeys([s]) if x.casefold() != v.casefold()]
            if al:
                facts[k]["aliases"] = al
    body = [ln.text for ln in lines if ln.label == "body"]
    order = ["title", "site_name", "section", "aggregator", "publisher", "syndication", "original_url", "tags"]
    facts = {k: facts[k] for k in sorted(facts, key=lambda k: order.index(k) if k in order else 99)}
    return {
        "id": did, "split": split, "archetype": archetype, "lang": lang, "source": source,
        "text": text, "lines": recs, "expected_body": "\n\n".join(body), "facts": facts,
    }


def publisher_forms(name: str, host: str, shown: str | None = None) -> list[str]:
    bare = host[4:] if host.startswith("www.") else host
    forms = [name, strip_article(name), bare, "www." + bare, bare.split(".")[0]]
    if shown:
        forms.insert(0, shown)
    return list(dict.fromkeys(forms))
