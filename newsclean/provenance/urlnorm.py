"""URL normalisation and publisher names from URL hosts."""

from __future__ import annotations

import re
from collections.abc import Collection
from urllib.parse import urlsplit, urlunsplit

import regex

#: a URL as written in text (scheme required); trailing punctuation is trimmed afterwards
URL_PATTERN = r"(?i:https?)://[^\s<>\"'`{}|\\^\[\]]+"
#: a URL written without its scheme ("www.example.de/politik/story", "example.com/news/x"): a
#: host of two or more labels with a letter-only top level, then a path. Read only where a
#: source label put it (the evidence starts with it), as https
BARE_URL_PATTERN = (
    r"(?:www\.)?[\p{L}\d][\p{L}\d\-]*(?:\.[\p{L}\d\-]+)*\.(?-i:[a-z]{2,24})"
    r"/[^\s<>\"'`{}|\\^\[\]]{3,}"
)
_TRAILING = ".,;:!?)]}>\"'’”»*…"
#: second-level labels under which a country code sits (bbc.co.uk, rnz.co.nz, abc.net.au)
_SECOND_LEVEL = frozenset(
    {"co", "com", "net", "org", "gov", "ac", "edu", "or", "ne", "go", "gob", "gouv", "nic"}
)
_MEDIA = regex.compile(r"(?i)\.(?:jpe?g|png|gif|webp|svg|mp4|mp3|pdf|css|js|ico)$")


def trim_url(text: str, start: int, end: int) -> int:
    """The end of the URL at ``text[start:end]`` without trailing punctuation; a closing bracket
    stays when the URL opened one."""
    while end > start and text[end - 1] in _TRAILING:
        c = text[end - 1]
        if c == ")" and text.count("(", start, end) >= text.count(")", start, end):
            break
        end -= 1
    return end


def normalise_url(url: str) -> str | None:
    """The safe normalisations of RFC 3986 (section 6.2.2) only: lower-case scheme and host, no
    default port, an empty path as ``/``. The path, query and fragment stay as written
    (tracking parameters and ``#anchors`` too: they are part of the address the source
    printed, and every independently labelled corpus here keeps them; dropping them is a
    lossy normalisation a user can still apply). ``None`` when it is not an http(s) URL with
    a host."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    if scheme not in ("http", "https") or "." not in host:
        return None
    default_port = {"http": 80, "https": 443}[scheme]
    if port is not None and port != default_port:
        host = f"{host}:{port}"
    return urlunsplit((scheme, host, parts.path or "/", parts.query, parts.fragment))


def host_of(url: str) -> str | None:
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    return host.lower().rstrip(".") if host else None


#: a query naming one item: a post, page, article or story number
_ITEM_QUERY = re.compile(r"(?:^|&)(?:p|page_id|id|article|story|post|nid|aid|newsid)=\d{2,}(?:&|$)")


def is_article_url(url: str, bad_hosts: Collection[str]) -> bool:
    """A URL that can point at an article: a path beyond ``/``, not a media file, not on a
    shortener, social network or feed proxy."""
    host = host_of(url)
    if not host or any(host == h or host.endswith("." + h) for h in bad_hosts):
        return False
    parts = urlsplit(url)
    if _MEDIA.search(parts.path):
        return False
    # a path, or a homepage with an item query ("/?p=48213", "/index.php?id=7": a CMS's
    # permalink)
    return len(parts.path.strip("/")) >= 3 or _ITEM_QUERY.search(parts.query) is not None


#: a path that names one story: a slug of four words or more ("/a-bridge-reopens"), a number
#: of four digits or more beside other words ("/article/67790/x", "/news-216506"), or a date
_STORY_PATH = re.compile(
    r"[^\W_]+(?:[-_+][^\W_]+){3,}|(?<!\d)\d{4,}(?!\d).*?[^\W\d_]{3}|[^\W\d_]{3}.*?(?<!\d)\d{4,}"
    r"|/(?:19|20)\d\d/[01]?\d/"
)


def is_story_url(url: str) -> bool:
    """The URL's path names one story, not a section or a site page ("/privacy-policy",
    "/contact-us", "/world")."""
    return _STORY_PATH.search(urlsplit(url).path) is not None


def registrable_domain(host: str) -> str:
    """The registrable part of a host: ``www.rnz.co.nz`` -> ``rnz.co.nz``,
    ``edition.cnn.com`` -> ``cnn.com``."""
    labels = [x for x in host.split(".") if x]
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def publisher_from_host(host: str) -> str:
    """A publisher name for a host: short names in capitals (``rnz.co.nz`` -> ``RNZ``, ``bbc.com``
    -> ``BBC``), else the registrable domain (``www.theguardian.com`` -> ``theguardian.com``)."""
    domain = registrable_domain(host)
    label = domain.split(".")[0]
    if len(label) <= 4 and label.isalpha():
        return label.upper()
    return domain
