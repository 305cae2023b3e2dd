"""Helpers shared by the dev and test body modules (formatting only, no wording)."""


def bullets(rng, items, allow_numbers=True):
    """Mark up list items with one style per list (bare, -, •, *, 1., 1))."""
    styles = ["bare", "-", "•", "*", "–"] + (["1.", "1)"] if allow_numbers else [])
    st = rng.choice(styles)
    out = []
    for i, it in enumerate(items, 1):
        if st == "bare":
            out.append(it)
        elif st == "1.":
            out.append(f"{i}. {it}")
        elif st == "1)":
            out.append(f"{i}) {it}")
        else:
            out.append(f"{st} {it}")
    return out


def numbered(rng, items):
    st = rng.choice(["1.", "1)", "1 -", "#1", "No. 1:"])
    fmt = {"1.": "{i}. {t}", "1)": "{i}) {t}", "1 -": "{i} - {t}", "#1": "#{i} {t}",
           "No. 1:": "No. {i}: {t}"}[st]
    return [fmt.format(i=i, t=t) for i, t in enumerate(items, 1)]


def sample_keep_order(rng, items, k):
    idx = sorted(rng.sample(range(len(items)), min(k, len(items))))
    return [items[i] for i in idx]
