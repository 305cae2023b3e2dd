#!/usr/bin/env python3
"""Validate blind_n/corpus.jsonl and print its counts.

  python3 check.py [--corpus PATH] [--regen] [--markdown]

Checks every record against the held-out record format and the scorer's expectations (offsets,
text[start:end] == evidence, lines == text.splitlines(), labels and kinds, title/suffix split,
expected_body, fact shapes, that every gold value matches itself under score.py's comparison),
and the dev/test disjointness of wordings, names and bodies. --regen also regenerates the corpus
into a temporary file and checks it is byte-identical. Never runs newsclean.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import names  # noqa: E402
import wordings as W  # noqa: E402

SCORE = HERE.parent / "heldout" / "score.py"
KINDS = set("""theme_license_banner section_label breadcrumb_title title_repeat ui_word date_line stray_id
photo_caption photo_credit wire_credit_line publisher_promo app_promo click_here_promo source_link
read_original read_more original_url_line back_to_top aggregator_disclaimer you_may_also_like comment_form
tag_list_header tag_item reaction_counter related_header related_item ranking_header ranking_item
recommendation_header recommendation_item syndication_notice prev_next_link skip_link nav_menu footer_link
breadcrumb byline reading_time shortcode advertisement_label also_read copyright_notice republish_notice
originally_appeared newsletter_promo social_promo share_row cookie_notice email_placeholder author_bio tag_line
trending_header trending_item more_stories_header more_stories_item headline_run_item""".split())
ARCHS = {"feed_card", "autoblog", "syndication", "legal_notice", "portal_digest", "noprov", "nofacts", "clean"}
PROV = ("aggregator", "publisher", "syndication", "original_url")


def load_score():
    spec = importlib.util.spec_from_file_location("heldout_score", SCORE)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # module level imports only the stdlib; newsclean is imported in main()
    return mod


def err(errors, did, msg):
    errors.append(f"{did}: {msg}")


def check_record(d, i, sc, errors):
    did = d.get("id")
    keys = {"id", "split", "archetype", "lang", "source", "text", "lines", "expected_body", "facts"}
    if set(d) != keys:
        err(errors, did, f"keys {sorted(d)}")
        return
    if did != f"n{i:03d}":
        err(errors, did, f"id out of order (expected n{i:03d})")
    if d["split"] not in ("dev", "test"):
        err(errors, did, "split")
    if d["archetype"] not in ARCHS or d["lang"] not in ("en", "de", "fr", "es"):
        err(errors, did, "archetype/lang")
    text, lines = d["text"], d["lines"]
    phys = text.splitlines()
    if [ln["text"] for ln in lines] != phys:
        err(errors, did, "lines != text.splitlines()")
        return
    pos = 0
    for n, (ln, raw) in enumerate(zip(lines, text.splitlines(keepends=True))):
        if ln["n"] != n or ln["start"] != pos or ln["end"] != pos + len(ln["text"]):
            err(errors, did, f"offsets of line {n}")
        if text[ln["start"]:ln["end"]] != ln["text"]:
            err(errors, did, f"text of line {n}")
        pos += len(raw)
        lab = ln["label"]
        if lab not in ("title", "body", "boilerplate", "blank"):
            err(errors, did, f"label {lab}")
        if (lab == "blank") != (ln["text"].strip() == ""):
            err(errors, did, f"blank mismatch line {n}")
        if lab == "boilerplate":
            if ln["kind"] not in KINDS:
                err(errors, did, f"kind {ln['kind']} line {n}")
        elif ln["kind"] is not None:
            err(errors, did, f"kind on non-boilerplate line {n}")
        extra = set(ln) - {"n", "start", "end", "text", "label", "kind"}
        if lab == "title":
            if extra != {"title_text", "site_suffix"}:
                err(errors, did, f"title line fields {extra}")
            tt, suf = ln["title_text"], ln["site_suffix"]
            if suf is None:
                if ln["text"] != tt:
                    err(errors, did, "title_text != line")
            elif not (ln["text"].startswith(tt) and ln["text"].endswith(suf) and len(ln["text"]) > len(tt) + len(suf)):
                err(errors, did, "title/suffix split")
        elif extra:
            err(errors, did, f"extra fields on line {n}: {extra}")
    body = [ln["text"] for ln in lines if ln["label"] == "body"]
    if d["expected_body"] != "\n\n".join(body):
        err(errors, did, "expected_body")
    titles = [ln for ln in lines if ln["label"] == "title"]
    facts = d["facts"]
    if len(titles) > 1:
        err(errors, did, "more than one title line")
    if bool(titles) != ("title" in facts):
        err(errors, did, "title line vs title fact")
    if titles and facts.get("title", {}).get("value") != titles[0]["title_text"]:
        err(errors, did, "title fact != title_text")
    if titles and titles[0]["site_suffix"] is not None:
        if facts.get("site_name", {}).get("value") != titles[0]["site_suffix"]:
            err(errors, did, "site_name != suffix")
    for k, v in facts.items():
        if k not in sc.FACT_KINDS:
            err(errors, did, f"fact kind {k}")
            continue
        items = v if k in sc.LISTS else [v]
        if k in sc.LISTS and not isinstance(v, list):
            err(errors, did, f"{k} must be a list")
            continue
        for f in items:
            if not set(f) <= {"value", "line", "evidence", "start", "end", "aliases"} or not {"value", "line", "evidence", "start", "end"} <= set(f):
                err(errors, did, f"fact fields {k}")
                continue
            if text[f["start"]:f["end"]] != f["evidence"]:
                err(errors, did, f"evidence {k}")
            ln = lines[f["line"]]
            if not (ln["start"] <= f["start"] and f["end"] <= ln["end"]):
                err(errors, did, f"fact {k} outside its line")
            if ln["label"] not in ("title", "boilerplate"):
                err(errors, did, f"fact {k} on a {ln['label']} line")
            if not isinstance(f["value"], str) or not f["value"].strip():
                err(errors, did, f"empty value {k}")
            if not sc.value_matches(k, f["value"], f):
                err(errors, did, f"value does not match itself under score.py: {k}")
            if k in ("original_url", "syndication", "aggregator", "title", "site_name", "section", "tags") and f["value"] != f["evidence"]:
                err(errors, did, f"{k} value != evidence")
            if k == "original_url" and not re.fullmatch(r"https?://\S+", f["value"]):
                err(errors, did, "url shape")
            if k == "publisher" and sc.norm_name(f["evidence"]) not in {sc.norm_name(x) for x in [f["value"], *f.get("aliases", [])]}:
                err(errors, did, "publisher evidence is not the value or an alias")
    if d["archetype"] == "nofacts" and (facts or titles):
        err(errors, did, "nofacts document has facts/title")
    if d["archetype"] in ("noprov", "nofacts", "clean") and any(k in facts for k in PROV):
        err(errors, did, "provenance fact in a provenance-free document")
    if d["archetype"] == "clean" and any(ln["label"] == "boilerplate" for ln in lines):
        err(errors, did, "boilerplate in clean document")
    # names of this document's aggregator/publisher never occur in its body
    for k in ("aggregator", "publisher"):
        if k in facts:
            for nm in [facts[k]["value"], *facts[k].get("aliases", [])]:
                if len(nm) > 4 and any(nm.casefold() in b.casefold() for b in body):
                    err(errors, did, f"{k} name {nm!r} inside the body")


def check_disjoint(docs, errors):
    def flat(pool):
        out = {"dev": set(), "test": set()}
        for lg in pool:
            for sp in ("dev", "test"):
                for t in pool[lg][sp]:
                    out[sp].add(t if isinstance(t, str) else t[1])
        return out

    pools = {"AGG_NAMED": W.AGG_NAMED, "AGG_PUB": W.AGG_PUB, "AGG_ANON": W.AGG_ANON, "PUB_LINES": W.PUB_LINES,
             "SYND_NAMED": W.SYND_NAMED, "SYND_ANON": W.SYND_ANON, "URL_LINES": W.URL_LINES, "FACTFREE": W.FACTFREE,
             "TRAPS": W.TRAPS, "REL_TIME": W.REL_TIME, "AGGREGATORS": names.AGGREGATORS,
             "SECTIONS": names.SECTIONS, "TAGS": names.TAGS, "CITIES": names.CITIES}
    clashes = []

    def cmp(name, dev, test, ignore=()):
        both = (set(dev) & set(test)) - set(ignore)
        if both:
            clashes.append(f"{name}: {sorted(both)[:6]}")

    for pn, pool in pools.items():
        f = flat(pool)
        cmp(pn, f["dev"], f["test"], ignore={"{U}"})
    pubs = {sp: {n for lg in names.PUBLISHERS for n, _h in names.PUBLISHERS[lg][sp]} for sp in ("dev", "test")}
    hosts = {sp: {h for lg in names.PUBLISHERS for _n, h in names.PUBLISHERS[lg][sp]} for sp in ("dev", "test")}
    cmp("PUBLISHERS", pubs["dev"] | hosts["dev"], pubs["test"] | hosts["test"])
    kinds = {k for lg in W.ORD for k in W.ORD[lg]}
    for kind in kinds:
        dv, ts = set(), set()
        for lg in W.ORD:
            items = W.ORD[lg].get(kind, [])
            for x, y in ((W.split_half(items, "dev"), dv), (W.split_half(items, "test"), ts)):
                y.update(t if isinstance(t, str) else "\n".join(t) for t in x)
        cmp(f"ORD.{kind}", dv, ts)
    hs = {sp: {s for lg in W.HEADLINES for s in W.split_half(W.HEADLINES[lg]["subj"], sp)} for sp in ("dev", "test")}
    cmp("HEADLINES.subj", hs["dev"], hs["test"])
    if clashes:
        errors.append("pools shared by dev and test: " + "; ".join(clashes))
    # documents: sources and fact names
    seen = defaultdict(set)
    for d in docs:
        seen[(d["split"], "source")].add(d["source"])
        for k in ("aggregator", "publisher", "site_name"):
            if k in d["facts"]:
                seen[(d["split"], "name")].add(d["facts"][k]["value"].casefold())
    for what in ("source", "name"):
        inter = seen[("dev", what)] & seen[("test", what)]
        if inter:
            errors.append(f"{what}s shared by dev and test: {sorted(inter)[:5]}")


def report(docs, markdown):
    print(f"documents: {len(docs)}  " + "  ".join(f"{k} {v}" for k, v in sorted(Counter(d['split'] for d in docs).items())))
    print("languages:", dict(Counter(d["lang"] for d in docs)),
          " dev:", dict(Counter(d["lang"] for d in docs if d["split"] == "dev")),
          " test:", dict(Counter(d["lang"] for d in docs if d["split"] == "test")))
    for sp in ("dev", "test", None):
        sel = [d for d in docs if sp is None or d["split"] == sp]
        lab = Counter(ln["label"] for d in sel for ln in d["lines"])
        fc = Counter(k for d in sel for k in d["facts"])
        print(f"[{sp or 'all'}] lines {dict(lab)}")
        print(f"[{sp or 'all'}] docs carrying each fact {dict(fc.most_common())}")
        print(f"[{sp or 'all'}] docs without any fact {sum(1 for d in sel if not d['facts'])}, "
              f"without a provenance fact {sum(1 for d in sel if not any(k in d['facts'] for k in PROV))}")
    arch = defaultdict(Counter)
    for d in docs:
        arch[d["archetype"]]["docs"] += 1
        arch[d["archetype"]][d["split"]] += 1
        if d["lang"] != "en":
            arch[d["archetype"]]["intl"] += 1
    print("\narchetype | docs | dev/test | non-English")
    for a, c in arch.items():
        print(f"| `{a}` | {c['docs']} | {c['dev']}/{c['test']} | {c['intl']} |")
    kl, kd = Counter(), Counter()
    for d in docs:
        ks = [ln["kind"] for ln in d["lines"] if ln["label"] == "boilerplate"]
        kl.update(ks)
        kd.update(set(ks))
    print("\n| kind | lines | docs |\n|---|---:|---:|")
    for k in sorted(kl):
        print(f"| `{k}` | {kl[k]} | {kd[k]} |")


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=HERE / "corpus.jsonl")
    ap.add_argument("--regen", action="store_true")
    ap.add_argument("--markdown", action="store_true")
    args = ap.parse_args(argv)
    sc = load_score()
    # the scorer's loader
    docs = [json.loads(x) for x in args.corpus.read_text(encoding="utf-8").splitlines() if x.strip()]
    errors: list[str] = []
    for i, d in enumerate(docs):
        check_record(d, i, sc, errors)
    check_disjoint(docs, errors)
    if args.regen:
        with tempfile.TemporaryDirectory() as td:
            out = Path(td) / "c.jsonl"
            subprocess.run([sys.executable, str(HERE / "generate.py"), "--out", str(out)], check=True,
                           stdout=subprocess.DEVNULL)
            if out.read_bytes() != args.corpus.read_bytes():
                errors.append("regeneration is not byte-identical")
            else:
                print("regeneration: byte-identical")
    report(docs, args.markdown)
    if errors:
        print(f"\n{len(errors)} ERRORS")
        for e in errors[:40]:
            print("  " + e)
        return 1
    print("\nOK: all records valid")
    return 0


if __name__ == "__main__":
    sys.exit(main())
