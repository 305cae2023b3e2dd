#!/usr/bin/env python3
"""Validate blind_p/corpus.jsonl and print counts.

  python3 check.py [--corpus PATH] [--regen]

Checks every record: keys, ids, splits, lines == text.splitlines() with exact offsets, labels and
kinds, title fields, expected_body, fact shapes and spans (text[start:end] == evidence, inside the
named line), ISO dates, that score.py's comparison accepts every gold value, that fact-free
documents carry no fact, and dev/test disjointness (sources, invented names, wordings).
--regen also regenerates into a temporary file and checks byte-identical output.
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
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import common  # noqa: E402
import foreign  # noqa: E402
import names  # noqa: E402
import w_de  # noqa: E402
import w_en  # noqa: E402
import w_es  # noqa: E402
import w_fr  # noqa: E402

SEED_KINDS = """theme_license_banner section_label breadcrumb_title title_repeat ui_word date_line stray_id
photo_caption photo_credit wire_credit_line publisher_promo app_promo click_here_promo source_link read_original
read_more original_url_line back_to_top aggregator_disclaimer you_may_also_like comment_form tag_list_header
tag_item reaction_counter related_header related_item ranking_header ranking_item recommendation_header
recommendation_item syndication_notice prev_next_link""".split()
EXTRA_KINDS = """skip_link nav_menu footer_link breadcrumb byline reading_time shortcode advertisement_label also_read
copyright_notice republish_notice originally_appeared newsletter_promo social_promo share_row cookie_notice
email_placeholder author_bio tag_line trending_header trending_item more_stories_header more_stories_item
headline_run_item""".split()
KINDS = set(SEED_KINDS) | set(EXTRA_KINDS)
SCALAR = ("title", "site_name", "publisher", "original_url", "aggregator", "published", "updated",
          "photo_credit", "section", "syndication")
LISTS = ("credits", "tags", "authors")
CANON_AGENCIES = {"AP", "AFP", "Reuters", "PTI", "ANI", "IANS", "dpa", "EFE", "ANSA", "Xinhua", "Kyodo",
                  "Yonhap", "Bloomberg", "UPI"}
WMODS = {"en": w_en, "de": w_de, "fr": w_fr, "es": w_es}


def load_score():
    p = HERE.parent / "heldout" / "score.py"
    spec = importlib.util.spec_from_file_location("heldout_score", p)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # defines functions only; newsclean is imported in main()
    return mod


def check_record(d, errs, score):
    rid = d.get("id", "?")

    def err(msg):
        errs.append(f"{rid}: {msg}")

    for k in ("id", "split", "archetype", "lang", "source", "text", "lines", "expected_body", "facts"):
        if k not in d:
            err(f"missing key {k}")
            return
    if not re.fullmatch(r"p\d{3}", d["id"]):
        err("bad id")
    if d["split"] not in ("dev", "test"):
        err("bad split")
    if d["lang"] not in ("en", "de", "fr", "es"):
        err("bad lang")
    text = d["text"]
    phys = text.splitlines()
    lines = d["lines"]
    if len(phys) != len(lines):
        err(f"{len(lines)} line records vs {len(phys)} physical lines")
        return
    pos = 0
    n_title = 0
    for i, (ln, pt) in enumerate(zip(lines, phys)):
        if ln["n"] != i or ln["text"] != pt:
            err(f"line {i}: n/text mismatch")
        if text[ln["start"]:ln["end"]] != ln["text"] or ln["start"] != pos:
            err(f"line {i}: offsets wrong")
        pos = ln["end"]
        if text.startswith("\r\n", pos):
            pos += 2
        elif pos < len(text) and text[pos] in "\n\r":
            pos += 1
        lab = ln["label"]
        if lab not in ("title", "body", "boilerplate", "blank"):
            err(f"line {i}: bad label")
        if (lab == "blank") != (ln["text"].strip() == ""):
            err(f"line {i}: blank label vs content")
        if lab == "boilerplate":
            if ln["kind"] not in KINDS:
                err(f"line {i}: bad kind {ln['kind']}")
        elif ln["kind"] is not None:
            err(f"line {i}: kind on a non-boilerplate line")
        if lab == "title":
            n_title += 1
            tt, suf = ln.get("title_text"), ln.get("site_suffix")
            if not tt or not ln["text"].startswith(tt):
                err(f"line {i}: title_text not at start")
            if suf is not None and not ln["text"].endswith(suf):
                err(f"line {i}: site_suffix not at end")
            if suf is None and ln["text"] != tt:
                err(f"line {i}: title line != title_text without suffix")
    if pos != len(text):
        err("text not fully covered by lines")
    if n_title > 1:
        err("more than one title line")
    body = "\n\n".join(ln["text"] for ln in lines if ln["label"] == "body")
    if body != d["expected_body"]:
        err("expected_body mismatch")
    facts = d["facts"]
    title_lines = [ln for ln in lines if ln["label"] == "title"]
    if title_lines:
        if facts.get("title", {}).get("value") != title_lines[0]["title_text"]:
            err("title fact != title_text")
        if title_lines[0]["site_suffix"] and facts.get("site_name", {}).get("value") != title_lines[0]["site_suffix"]:
            err("site_name fact != site_suffix")
    elif "title" in facts:
        err("title fact without title line")
    if d["archetype"] == "nofacts" and facts:
        err("fact-free document carries facts")
    for k, v in facts.items():
        if k not in SCALAR and k not in LISTS:
            err(f"unknown fact kind {k}")
            continue
        items = v if k in LISTS else [v]
        if k in LISTS and not isinstance(v, list):
            err(f"{k} must be a list")
            continue
        for f in items:
            for fk in ("value", "line", "evidence", "start", "end"):
                if fk not in f:
                    err(f"{k}: missing {fk}")
            if text[f["start"]:f["end"]] != f["evidence"]:
                err(f"{k}: evidence span mismatch")
            ln = lines[f["line"]]
            if not (ln["start"] <= f["start"] and f["end"] <= ln["end"]):
                err(f"{k}: evidence outside its line")
            if ln["label"] == "blank":
                err(f"{k}: fact on a blank line")
            if not isinstance(f["value"], str) or not f["value"].strip():
                err(f"{k}: empty value")
            al = f.get("aliases", [])
            if not isinstance(al, list) or not all(isinstance(a, str) for a in al):
                err(f"{k}: bad aliases")
            if k in ("published", "updated"):
                for c in [f["value"], *al]:
                    try:
                        datetime.fromisoformat(c)
                    except ValueError:
                        err(f"{k}: not ISO: {c}")
            if k == "original_url" and not f["value"].startswith(("http://", "https://")):
                err("original_url not a URL")
            if k == "credits" and f["value"] not in CANON_AGENCIES:
                err(f"credits value not canonical: {f['value']}")
            if k == "original_url" and f["value"] not in text:
                err("original_url not in text")
            # the scorer must accept the gold value itself
            if not score.value_matches(k, f["value"], f):
                err(f"{k}: scorer rejects its own gold value")
        if k in LISTS:
            vals = [score.norm_name(f["value"]) for f in items]
            if len(set(vals)) != len(vals):
                err(f"{k}: duplicate values")
            if not score.fact_correct(k, [f["value"] for f in items], items):
                err(f"{k}: scorer rejects the gold list")
        else:
            if not score.fact_correct(k, [v["value"]], v):
                err(f"{k}: scorer rejects the gold value")


def template_regex(tpl):
    t = tpl[2:] if tpl[:2] in ("C|", "R|") else tpl
    t = t.replace("^", "")
    parts = re.split(r"\{(?:A|P|H|U|UPD|AG|E|T)\}", t)
    return re.compile(".+?".join(re.escape(p) for p in parts))


def disjointness(docs, errs):
    by_split = defaultdict(list)
    for d in docs:
        by_split[d["split"]].append(d)
    src = {s: {d["source"] for d in ds} for s, ds in by_split.items()}
    shared = src.get("dev", set()) & src.get("test", set())
    if shared:
        errs.append(f"sources shared by dev and test: {sorted(shared)[:5]}")
    # invented names of the other split must not occur
    for split, other in (("dev", "test"), ("test", "dev")):
        other_names = set()
        for lang in ("en", "de", "fr", "es"):
            other_names |= set(names.AGGREGATORS[other][lang])
            for n, h in names.PUBLISHERS[other][lang]:
                other_names |= {n, h}
            other_names |= {f"{a} {b}" for a in names.FIRST[other][lang] for b in names.LAST[other][lang]}
        for d in by_split[split]:
            for n in other_names:
                if n in d["text"]:
                    errs.append(f"{d['id']}: {split} document uses {other} name {n!r}")
    # wording pools: no template shared between DEV and TEST of a language
    for lang, mod in WMODS.items():
        for k in mod.DEV:
            a = {t.strip().casefold() for t in mod.DEV[k]}
            b = {t.strip().casefold() for t in mod.TEST[k]}
            if a & b:
                errs.append(f"{lang}/{k}: wordings shared by dev and test: {sorted(a & b)[:3]}")
            if len(mod.DEV[k]) < 14 or len(mod.TEST[k]) < 14:
                errs.append(f"{lang}/{k}: fewer than 14 wordings")
            if len(a) != len(mod.DEV[k]) or len(b) != len(mod.TEST[k]):
                errs.append(f"{lang}/{k}: duplicate wording inside a split")
    for k, per in common.C.items():
        for lang, items in per.items():
            if k == "shortcode" and lang != "en":
                continue
            dev = {json.dumps(x, ensure_ascii=False) for x in items[0::2]}
            test = {json.dumps(x, ensure_ascii=False) for x in items[1::2]}
            if dev & test:
                errs.append(f"common {k}/{lang}: shared entry {sorted(dev & test)[:2]}")
    for lang in ("de", "fr", "es"):
        a = {t for t, _ in foreign.STORIES["dev"][lang]}
        b = {t for t, _ in foreign.STORIES["test"][lang]}
        if a & b:
            errs.append(f"{lang}: story shared")


def wording_usage(docs):
    """How many focus wordings of each (split, lang) pool occur in that split's documents."""
    out = {}
    for split in ("dev", "test"):
        for lang, mod in WMODS.items():
            pool = mod.DEV if split == "dev" else mod.TEST
            bl = [ln["text"] for d in docs if d["split"] == split and d["lang"] == lang
                  for ln in d["lines"] if ln["label"] == "boilerplate"]
            joined = "\n".join(bl)
            tot = used = 0
            for k, tpls in pool.items():
                for t in tpls:
                    tot += 1
                    rx = template_regex(t)
                    if rx.search(joined):
                        used += 1
            out[(split, lang)] = (used, tot)
    return out


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=HERE / "corpus.jsonl")
    ap.add_argument("--regen", action="store_true")
    args = ap.parse_args(argv)
    score = load_score()
    raw = args.corpus.read_text(encoding="utf-8")
    docs = [json.loads(x) for x in raw.splitlines() if x.strip()]
    errs = []
    ids = [d["id"] for d in docs]
    if ids != [f"p{i:03d}" for i in range(len(docs))]:
        errs.append("ids not p000.. in order")
    for d in docs:
        check_record(d, errs, score)
    disjointness(docs, errs)
    if args.regen:
        with tempfile.TemporaryDirectory() as td:
            out = Path(td) / "c.jsonl"
            subprocess.run([sys.executable, str(HERE / "generate.py"), "--out", str(out)], check=True,
                           stdout=subprocess.DEVNULL)
            if out.read_bytes() != args.corpus.read_bytes():
                errs.append("regeneration is not byte-identical")
            else:
                print("regen: byte-identical")

    # ---- counts
    print(f"{len(docs)} documents")
    c = Counter((d["split"], d["lang"]) for d in docs)
    for s in ("dev", "test"):
        print(f"  {s}: " + ", ".join(f"{l} {c[(s, l)]}" for l in ("en", "de", "fr", "es")))
    print("archetypes:", dict(Counter((d["archetype"], d["split"]) for d in docs)))
    lab = Counter()
    lab_split = Counter()
    for d in docs:
        for ln in d["lines"]:
            lab[ln["label"]] += 1
            lab_split[(d["split"], ln["label"])] += 1
    print("lines:", dict(lab))
    for s in ("dev", "test"):
        print(f"  {s}:", {k: lab_split[(s, k)] for k in ("title", "body", "boilerplate", "blank")})
    fc = Counter()
    fcs = Counter()
    for d in docs:
        for k, v in d["facts"].items():
            fc[k] += 1
            fcs[(d["split"], d["lang"], k)] += 1
    print("facts (documents carrying):", dict(fc.most_common()))
    for s in ("dev", "test"):
        for l in ("en", "de", "fr", "es"):
            print(f"  {s}/{l}:", {k: fcs[(s, l, k)] for k in ("aggregator", "publisher", "original_url",
                                                             "syndication", "credits", "published",
                                                             "updated", "authors") if fcs[(s, l, k)]})
    print("fact-free documents:", sum(1 for d in docs if not d["facts"]))
    kl = Counter()
    kd = defaultdict(set)
    for d in docs:
        for ln in d["lines"]:
            if ln["label"] == "boilerplate":
                kl[ln["kind"]] += 1
                kd[ln["kind"]].add(d["id"])
    print("kinds (lines/docs):")
    for k in sorted(kl):
        print(f"  {k:24} {kl[k]:5} {len(kd[k]):4}")
    print("focus wordings used (used/written):")
    for (s, l), (u, t) in wording_usage(docs).items():
        print(f"  {s}/{l}: {u}/{t}")
    if errs:
        print(f"\n{len(errs)} ERRORS")
        for e in errs[:60]:
            print("  " + e)
        return 1
    print("\nOK: no errors")
    return 0


if __name__ == "__main__":
    sys.exit(main())
