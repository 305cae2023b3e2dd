"""The default step list, in order. ``Pipeline.default(config)`` builds it.

Order matters: markup-aware steps (HTML only), then the context-free phrase rules, then menus
and photo captions, then the title, then protections of content that looks like boilerplate,
then the context-sensitive passes, then provenance extractors.
"""

from __future__ import annotations

from .config import Config
from .html.comments import CommentThread
from .html.figures import FigureNeighbours
from .html.steps import HtmlTitle, LinkDense, MainContent, MarkupSignals
from .provenance import provenance_steps
from .rules.bylines import BylineBesideDate
from .rules.captions import CaptionRules, PhotoCaptions
from .rules.contacts import ContactBlocks
from .rules.disclaimers import DisclaimerConcepts
from .rules.forum import ForumChrome
from .rules.lists import HeadlineRuns, ListRules
from .rules.masthead import SiteHeader
from .rules.media import MediaChrome
from .rules.menus import MenuRules
from .rules.neighbours import ShortNeighbours
from .rules.phrases import PhraseRules
from .rules.pointers import PointerLines
from .rules.polls import PollOptions
from .rules.prev_next import PrevNextTitles
from .rules.protect import ProtectContent
from .rules.sitetalk import SiteTalk
from .rules.ticker import MarketTicker
from .rules.title import TitleRules
from .rules.title_retry import TitleRetry
from .step import Step


def default_steps(config: Config) -> list[Step]:
    """Fresh step objects for ``config`` (each builds its own compiled rules)."""
    steps: list[Step] = [
        # markup-aware steps first (HTML input only; they do nothing on text): the headline
        # element, the main-content region, class/id and landmark signals, link-dense blocks.
        # What they remove (menus, rails, footers) the text rules then skip: same F1 on the
        # HTML benchmark, about a quarter less time a page.
        HtmlTitle(config),
        MainContent(config),
        MarkupSignals(config),
        LinkDense(config),
        # the context-free pass: phrase tables
        PhraseRules(config.languages),
        # context-sensitive passes (jusText's second pass): menus, photo captions (before the
        # title: a caption taken after it moves the story's first paragraph, and a second pass
        # over the body would find a title the first did not), the title and what hangs on it,
        # section labels and bio boxes, header lists; then protections of story content; then
        # the passes that protections must be able to stop
        MenuRules(config.languages),
        # on HTML, a story paragraph next to a <figure> whose caption the markup marked
        # is protected from the photo caption step (which sees only the text)
        FigureNeighbours(config),
        # on HTML, readers' comments: the list under a removed "2 Responses" heading
        CommentThread(),
        PhotoCaptions(config.languages),
        # a video player's running time left as a line of its own ("▶ 2:14")
        MediaChrome(),
        # market ticker strips ("Index 200 7,812.4 +0.6%")
        MarketTicker(),
        TitleRules(config.languages),
        CaptionRules(config.languages),
        ListRules(config.languages),
        # a reader poll's question and options, between its label and its buttons
        PollOptions(),
        # a blog's name and tagline above the title (after the section label above it)
        SiteHeader(),
        # press-release contact blocks (before the protections: "Media Contact:" ends with a
        # colon, which would protect the details under it as the story's own list)
        ContactBlocks(config.languages),
        # forum chrome around reposted posts (before the protections too: a "Spoiler" line
        # between two paragraphs of a post would be kept as the story's own)
        ForumChrome(config.languages),
        # a short line pointing to the story's source in words no table knows ("Full coverage
        # at The Example Herald"), before the protections keep it between two paragraphs
        PointerLines(),
        # the phrase tables' safety net, once the context steps above have taken what they
        # know better (menus, lists, captions, the title, pointer lines): lines worded as the
        # site's talk (weights learned from labelled lines), in wordings no table has met;
        # before the protections, which would keep a promo between two paragraphs as the
        # story's own
        # a site's disclaimer in a wording no table has met, told by what it speaks of
        # (liability for external content, removal on request, automatic collection), before
        # the learned weights, which would judge it by its words alone
        DisclaimerConcepts(config.languages),
        SiteTalk(languages=config.languages),
        # a bare byline beside the removed date line, also under a standfirst (before the
        # protections, which keep a short line between two paragraphs)
        BylineBesideDate(config.languages),
        ProtectContent(),
        PrevNextTitles(),
        HeadlineRuns(config.languages),
        ShortNeighbours(config.languages),
        # the title again where none was found: lines removed since no longer hide it
        TitleRetry(config.languages),
    ]
    # provenance extractors last: they read every earlier decision (title, categories)
    steps.extend(provenance_steps(config.languages))
    return steps
