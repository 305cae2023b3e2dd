"""Round-2 kinds from the second development set: label words that name no outlet, portal
subdomains as publishers, bullet-separated date and time, "<Outlet> has not edited" notices,
"keep up with ... on <Outlet>" promos and a host between a byline's names and its date."""

from __future__ import annotations

import pytest

import newsclean
from newsclean.provenance import BylinesStep, UrlsStep

from .helpers import NORMALISER, pairs, run

PROSE = (
    "The council voted on Tuesday to approve the new budget, which raises spending on schools "
    "and roads by ten percent over the next two years, officials said."
)


def facts_of(line: str, kinds: tuple[str, ...]) -> list[tuple[str, str]]:
    a = newsclean.clean(f"A headline about the budget vote\n\n{PROSE}\n\n{line}\n")
    return [(f.kind, f.value) for f in a.provenance if f.kind in kinds]


@pytest.mark.parametrize(
    "line",
    ["SOURCE LINK", "Source Link", "Source: Link", "Original Source", "Via: Website",
     "Courtesy: Here"],
)  # fmt: skip
def test_label_words_name_no_publisher(line: str) -> None:
    assert facts_of(line, ("publisher",)) == []


@pytest.mark.parametrize(
    "line",
    [
        "Diese Website ist ein automatischer Nachrichtenaggregator. Alle Rechte liegen bei den "
        "Urhebern.",
        "Cette page est un agrégateur automatique d'actualités.",
    ],
)
def test_demonstrative_is_no_aggregator(line: str) -> None:
    assert facts_of(line, ("aggregator",)) == []


@pytest.mark.parametrize(
    ("url", "publisher"),
    [
        ("https://sport.portal-example.com/football/a-long-story-slug-123",
         "sport.portal-example.com"),
        ("https://localnews.bigportal.example/world/another-story-slug-9",
         "localnews.bigportal.example"),
        ("https://m.example-daily.com/world/some-story-slug-4", "example-daily.com"),
        ("https://edition.examplenews.com/2024/05/01/world/story-slug", "examplenews.com"),
        ("https://www.abc.net.au/news/2024-05-01/story-slug/1234", "ABC"),
    ],
)  # fmt: skip
def test_outlet_subdomain_stays_in_host_publisher(url: str, publisher: str) -> None:
    facts = run(UrlsStep(normaliser=NORMALISER), f"Headline\n\nStory.\n\nSource: {url}")
    assert pairs(facts, "publisher") == [("publisher", publisher)]


@pytest.mark.parametrize(
    ("line", "kind", "value"),
    [
        ("Posted on Monday, March 4, 2024 • 6:05 PM", "published", "2024-03-04T18:05:00"),
        ("Last modified: Thursday, 14 March 2024 · 09:12 CET", "updated",
         "2024-03-14T09:12:00+01:00"),
        ("Date: Wed, Jan 17, 2024 • 11:40 AM GMT+05:30", "published", "2024-01-17T11:40:00+05:30"),
    ],
)  # fmt: skip
def test_bullet_between_date_and_time(line: str, kind: str, value: str) -> None:
    assert facts_of(line, (kind,)) == [(kind, value)]


def test_byline_date_after_a_host() -> None:
    text = f"Headline\n\nBY MARA QUILL, riverside-courier.org, Mar 5, 2024 | 7:15 PM EAT\n\n{PROSE}"
    got = pairs(run(BylinesStep(normaliser=NORMALISER), text), "published")
    assert got == [("published", "2024-03-05T19:15:00+03:00")]


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("(Disclaimer: This story is from a syndicated feed. The Valley Ledger has not edited "
         "the content.)", "The Valley Ledger"),
        ("[Note: this story comes from a syndicated wire feed. Example Times staff have not "
         "edited it.]", "Example Times"),
        ("This article is taken from a syndicated news feed. Harbour Post did not edit the copy.",
         "Harbour Post"),
    ],
)  # fmt: skip
def test_outlet_that_has_not_edited(line: str, publisher: str) -> None:
    assert facts_of(line, ("publisher",)) == [("publisher", publisher)]


def test_we_have_not_edited_names_no_one() -> None:
    line = "(Disclaimer: This story is from a syndicated feed. We have not edited the content.)"
    assert facts_of(line, ("publisher",)) == []


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("Keep up with the day's top stories on Example Gazette.", "Example Gazette"),
        ("Keep up with the latest headlines and analysis on Example Ledger.", "Example Ledger"),
        ("Never miss breaking news from Sample Valley Post.", "Sample Valley Post"),
        ("Stay on top of the news with Lakeside Observer!", "Lakeside Observer"),
    ],
)
def test_keep_up_promo(line: str, publisher: str) -> None:
    assert facts_of(line, ("publisher",)) == [("publisher", publisher)]


def test_keep_up_with_a_platform_is_no_publisher() -> None:
    assert facts_of("Keep up with the latest news on Facebook.", ("publisher",)) == []


@pytest.mark.parametrize(
    ("line", "notice"),
    [
        ("(Cet article a été publié automatiquement à partir d'un flux d'actualités.)",
         "Cet article a été publié automatiquement à partir d'un flux d'actualités."),
        ("Esta noticia se publicó automáticamente a partir de un cable de agencia.",
         "Esta noticia se publicó automáticamente a partir de un cable de agencia."),
        ("[Der Text wurde automatisch aus einem Agenturfeed übernommen.]",
         "Der Text wurde automatisch aus einem Agenturfeed übernommen."),
        ("This is an automatically generated report from a wire service; we only wrote the "
         "headline.", "This is an automatically generated report from a wire service; we only "
         "wrote the headline."),
    ],
)  # fmt: skip
def test_syndication_notice_in_four_languages(line: str, notice: str) -> None:
    assert facts_of(line, ("syndication",)) == [("syndication", notice)]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Disclaimer - FeedBarn automatically aggregates news from public sources. If you are "
         "the owner of this content, contact us and it will be removed within 24 hours.",
         "FeedBarn"),
        ("Notice: Wire Basket collects the latest headlines from public feeds. If you are the "
         "owner of this content, write to us.", "Wire Basket"),
    ],
)  # fmt: skip
def test_aggregator_that_aggregates(line: str, name: str) -> None:
    assert facts_of(line, ("aggregator",)) == [("aggregator", name)]


def test_this_site_aggregates_names_no_aggregator() -> None:
    line = ("Disclaimer - This site automatically aggregates news. If you are the owner of this "
            "content, write to us.")  # fmt: skip
    assert facts_of(line, ("aggregator",)) == []


@pytest.mark.parametrize(
    ("line", "people"),
    [
        ("By Mara Quill, Riverside Post", ["Mara Quill"]),
        ("By Mara Quill and Tom Reyes, Harbour Daily Times", ["Mara Quill", "Tom Reyes"]),
        ("By Mara Quill, Northern Newswire - Mar 5, 2024", ["Mara Quill"]),
        ("By Mara Quill, Tom Reyes and Ana Lopes", ["Mara Quill", "Tom Reyes", "Ana Lopes"]),
    ],
)
def test_outlet_after_the_names_is_no_author(line: str, people: list[str]) -> None:
    got = run(BylinesStep(normaliser=NORMALISER), f"Headline\n\n{line}\n\n{PROSE}")
    assert [v for k, v in pairs(got) if k == "authors"] == people


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Firefighters at the scene of the blaze on Sunday. | © Lena Vogt/AFP", "Lena Vogt/AFP"),
        ("Crowds gather outside the stadium before the final · Photo: Example Agency",
         "Example Agency"),
    ],
)  # fmt: skip
def test_credit_after_a_caption(line: str, credit: str) -> None:
    assert facts_of(line, ("photo_credit",)) == [("photo_credit", credit)]


@pytest.mark.parametrize("line", ["About us | Contact | © Example Media",
                                  "Our newsletter | © 2024 Example/Group"])
def test_footer_copyright_is_no_photo_credit(line: str) -> None:
    assert facts_of(line, ("photo_credit",)) == []


@pytest.mark.parametrize(
    ("line", "title", "site"),
    [
        ("Flood waters recede across the northern valley -valleyherald.net",
         "Flood waters recede across the northern valley", "valleyherald.net"),
        ("Council approves the new transit budget -Example Daily",
         "Council approves the new transit budget", "Example Daily"),
    ],
)  # fmt: skip
def test_title_with_glued_host_suffix(line: str, title: str, site: str) -> None:
    a = newsclean.clean(f"{line}\n\n{PROSE}\n")
    assert a.title == title
    assert [f.value for f in a.provenance if f.kind == "site_name"] == [site]


@pytest.mark.parametrize(
    "line",
    ["Source: Agence France-Presse", "Source: The Associated Press", "Via: Reuters",
     "Courtesy: Press Trust of India"],
)  # fmt: skip
def test_agency_as_source_is_a_credit_not_a_publisher(line: str) -> None:
    got = facts_of(line, ("publisher", "photo_credit", "credits"))
    assert [k for k, _ in got] == ["credits"]


@pytest.mark.parametrize(
    ("line", "publisher"),
    [("Via Example Courier", "Example Courier"), ("VIA The Harbour Ledger", "The Harbour Ledger")],
)
def test_via_line_names_the_publisher(line: str, publisher: str) -> None:
    assert facts_of(line, ("publisher",)) == [("publisher", publisher)]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Author: Mara Quill  Sat, 22 Jul 2023 09:30:00", "Mara Quill"),
        ("Story by Tom Reyes  Dec. 7, 2023 / 10:07 PM UTC", "Tom Reyes"),
        ("By: Ana Lopes Mar 24, 2020 | 9:33 PM HKT", "Ana Lopes"),
        ("By Theresa May", "Theresa May"),
    ],
)
def test_date_word_after_a_name_is_not_the_name(line: str, name: str) -> None:
    got = run(BylinesStep(normaliser=NORMALISER), f"Headline\n\n{line}\n\n{PROSE}")
    assert [v for k, v in pairs(got) if k == "authors"] == [name]


def test_created_and_updated_on_one_line() -> None:
    line = "Created: Apr 9, 2024 / Last updated: 2024/04/10 08:15"
    got = facts_of(line, ("published", "updated"))
    assert got == [("published", "2024-04-09"), ("updated", "2024-04-10T08:15:00")]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Disclaimer - FeedBarn is a free news aggregator and does not write the stories it "
         "shows. Copyright holders may ask for removal.", "FeedBarn"),
        ("Disclaimer: Wire Basket is an independent aggregation service; all rights remain with "
         "the publishers.", "Wire Basket"),
    ],
)  # fmt: skip
def test_aggregator_in_a_disclaimer(line: str, name: str) -> None:
    assert facts_of(line, ("aggregator",)) == [("aggregator", name)]


def test_image_source_label_is_not_in_the_credit() -> None:
    line = "Crews clear the road after the storm. (Image Source: Lena Vogt/Staff)"
    assert facts_of(line, ("photo_credit",)) == [("photo_credit", "Lena Vogt/Staff")]


@pytest.mark.parametrize(
    "line",
    ["Jetzt unserem Telegram-Kanal folgen", "Rejoignez notre chaîne WhatsApp",
     "Sigue nuestro canal de WhatsApp"],
)  # fmt: skip
def test_channel_promo_is_no_title(line: str) -> None:
    text = f"{line}\n\nEin großer Autozulieferer will in den kommenden drei Jahren bis zu 1.800 "
    a = newsclean.clean(text + "Stellen in Deutschland streichen, teilte das Unternehmen mit.")
    assert a.title is None


@pytest.mark.parametrize(
    ("line", "credit"),
    [("© Lena Vogt/AFP", "Lena Vogt/AFP"), ("© Foto: AP Photo/Tom Reyes", "AP Photo/Tom Reyes")],
)
def test_copyright_sign_before_a_name_and_agency(line: str, credit: str) -> None:
    assert facts_of(line, ("photo_credit",)) == [("photo_credit", credit)]


@pytest.mark.parametrize("line", ["© Reuters", "© 2024 AFP", "© Example Media Group"])
def test_copyright_line_is_no_photo_credit(line: str) -> None:
    assert facts_of(line, ("photo_credit",)) == []


@pytest.mark.parametrize(
    ("line", "credit"),
    [("Courtesy: Kyodo News", "Kyodo"), ("Source: Yonhap News Agency", "Yonhap")],
)
def test_agency_with_its_news_word(line: str, credit: str) -> None:
    assert facts_of(line, ("credits", "photo_credit", "publisher")) == [("credits", credit)]


def test_byline_name_before_a_spelled_out_date() -> None:
    got = run(BylinesStep(normaliser=NORMALISER),
              f"Headline\n\nBY MARA QUILL  Saturday, November 12, 2022\n\n{PROSE}")  # fmt: skip
    assert [v for k, v in pairs(got) if k == "authors"] == ["MARA QUILL"]


def test_aggregator_disclaimer_is_no_syndication_notice() -> None:
    line = ("Note: This post was automatically published from an RSS feed. The content belongs "
            "to its respective owners. Any complaint will be handled within 24 hours.")  # fmt: skip
    assert facts_of(line, ("syndication",)) == []


@pytest.mark.parametrize(
    "pointer",
    ["Also Read: Markets slide as oil prices jump", "ALSO READ | Council delays the vote",
     "Mehr zum Thema: Warnstreiks im Nahverkehr angekündigt",
     "À lire aussi : La ville rénove ses écoles", "Te puede interesar: Un incendio en la sierra"],
)  # fmt: skip
def test_also_read_pointer_does_not_hide_the_title(pointer: str) -> None:
    a = newsclean.clean(f"Council approves the new transit budget | Example Daily\n\n{pointer}\n\n"
                        f"{PROSE}\n")  # fmt: skip
    assert a.title == "Council approves the new transit budget"
    assert pointer not in a.body


def test_related_prose_is_kept() -> None:
    line = "Related: the ministry said it would look into the complaints next week."
    a = newsclean.clean(f"Council approves the new transit budget\n\n{PROSE}\n\n{line}\n")
    assert all(s.kept for s in a.spans if line in s.text)
