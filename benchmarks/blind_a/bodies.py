"""Body material written for blind_a: headlines for lists, trap sentences, subheads, quotes,
story bullet lists and datelines (all must survive cleaning, except the headlines)."""

from __future__ import annotations

HEADLINES = [
    "City council approves $48 million budget after marathon session",
    "Storm system to bring heavy rain, gusty winds through the weekend",
    "Local bakery wins statewide award for sourdough",
    "Three arrested after overnight break-ins at strip mall",
    "Bitcoin slips below key level as traders eye Fed minutes",
    "Ethereum developers set date for next network upgrade",
    "Why small-cap stocks are suddenly back in favor",
    "Mortgage rates edge lower for third straight week",
    "Quarterback's late heroics lift Wildcats past rivals",
    "Coach fired after 2-9 season, athletic director says",
    "Transfer window: five deals that could still happen",
    "Streaming giant raises prices again in 12 markets",
    "Box office: animated sequel tops weekend with $61M",
    "Singer announces farewell tour, adds stadium dates",
    "Review: the new mid-range phone gets almost everything right",
    "How to free up storage on an old laptop",
    "Chipmaker shares jump on strong data-center demand",
    "Startup raises $30 million to build home battery packs",
    "School district weighs four-day week to cut costs",
    "Hospital expands ER after years of overcrowding",
    "Police identify driver killed in highway crash",
    "Farmers brace for another dry summer",
    "Museum reopens after two-year renovation",
    "Airport adds nonstop flights to three new cities",
    "Opinion: our roads deserve better than patchwork",
    "Horoscope for Tuesday: what the stars have in store",
    "10 photos from the county fair's opening night",
    "Crypto exchange halts withdrawals amid 'technical issue'",
    "Retail sales beat forecasts as holiday shoppers spend",
    "Wildfire forces evacuations near canyon community",
    "Mayor defends plan to close two fire stations",
    "Scientists spot rare comet visible to the naked eye",
    "Gas prices fall ahead of holiday travel rush",
    "Star forward out 6 weeks with ankle injury",
    "The best budget headphones we tested this year",
    "Lawmakers clash over proposed data-privacy bill",
    "Restaurant inspections: 4 spots cited for violations",
    "WATCH: firefighters rescue kitten from storm drain",
    "Former executive sentenced in embezzlement case",
    "Reality show contestant speaks out after finale",
    "Tech layoffs continue as firms trim middle management",
    "Minor-league team unveils new name and mascot",
    "Ferry service suspended after engine failure",
    "Investors pile into gold as dollar weakens",
    "New trail connects downtown to riverside park",
    "Film festival announces lineup, opening-night gala",
    "Here's what's open and closed on the holiday",
    "Study links poor sleep to lower test scores",
    "Severe weather alert: tornado watch until 9 p.m.",
    "Electric bus fleet hits the streets next month",
    "Stablecoin issuer publishes first full audit",
    "Pitcher signs three-year extension",
    "Tenants rally against proposed rent hike",
    "Video game studio delays flagship title to next year",
    "Water main break snarls morning commute",
    "Teen chess prodigy wins national title",
    "Recall issued for frozen dumplings over allergen",
    "Bank posts record quarterly profit on higher rates",
    "Drone show replaces fireworks at lakeside celebration",
    "Podcast host lands multi-year deal with network",
]

# prose sentences that mention boilerplate words; they are body
TRAPS = [
    "The license dispute began last year, when the developer accused the studio of shipping its "
    "code without honoring the terms of the open-source license.",
    "Readers who signed up for the company's newsletter in the spring received an apology email "
    "on Tuesday after their addresses were exposed.",
    "European regulators said the retailer's cookie banners made it harder to reject tracking "
    "than to accept it.",
    "The app, available on iOS and Android, has been downloaded more than 2 million times since "
    "January, the company said.",
    "Copyright lawyers said the ruling could change how news articles are shared and "
    "redistributed online.",
    "\"We do not claim ownership of the recordings,\" the band's manager told reporters.",
    "Related research from the same lab found a similar effect in older adults.",
    "Public comments on the proposal will be accepted until the end of the month.",
    "Shares of the company fell 4% in early trading before recovering most of the loss.",
    "Advertisement revenue at the network rose 9% in the quarter, helped by political spending.",
    "The disclaimer printed on the packaging was too small to read, the lawsuit alleges.",
    "More than 40 residents attended the meeting, and several asked to speak twice.",
    "The source of the leak has not been identified, officials said.",
    "The podcast, which launched in 2021, now reaches about 300,000 listeners a week.",
    "She said the company would follow up with every customer who left a comment on the "
    "recall notice.",
    "The trademark belongs to a small family-owned firm in Ohio, court filings show.",
    "Back to the top of the standings went the Tigers, who have now won five straight.",
    "The print edition will continue on Sundays only, the publisher said.",
    "Fans can follow the tour on social media, where the band posts daily clips.",
    "The bill would require sites to ask before placing tracking cookies on a visitor's device.",
    "Sponsored by two local credit unions, the program has paid for 300 laptops.",
    "Continuing education classes will resume in the fall.",
    "Reading the full report takes hours; most lawmakers relied on a two-page summary.",
    "The subscription newsletter company said it had passed 5,000 paying writers.",
    "Loading docks at the port were closed for most of the day.",
    "All rights to the footage were sold to a streaming service, according to the filing.",
    "Share buybacks have become a flashpoint in the debate over corporate taxes.",
]

SUBHEADS = [
    "What happens next", "The bigger picture", "WHY IT MATTERS", "Looking ahead:",
    "By the numbers", "– A difficult season –", "Key takeaways", "What they're saying",
    "Background", "The bottom line", "How we got here", "Market reaction",
]

QUOTES = [
    "\"We are not going anywhere,\" she said.",
    "“It was chaos,” one witness said.",
    "\"That's the whole story,\" he added.",
    "“We'll see,” the coach said.",
    "\"Nobody saw this coming.\"",
    "‘This is just the beginning.’",
    "“Read the fine print,” she warned.",
]

BULLET_SETS = [
    ("Key points from the report:", [
        "Revenue rose 12% to $4.1 billion.",
        "Operating costs fell for the first time in three years.",
        "The company expects slower growth next year."]),
    ("The proposal would:", [
        "• Raise the minimum age to 21",
        "• Cap fees at $25 per visit",
        "• Require annual audits"]),
    ("Here's what we know so far:", [
        "- The fire started shortly after 2 a.m.",
        "- No injuries have been reported.",
        "- Two roads remain closed."]),
    ("Among the changes:", [
        "1. A new login screen",
        "2. Faster sync between devices",
        "3. Support for older phones"]),
]

# dateline prefix, agency (or None), evidence for the credit
DATELINES = [
    ("LAGOS, Nigeria (AP) — ", "AP", "(AP)"),
    ("(Reuters) - ", "Reuters", "(Reuters)"),
    ("TORONTO (Reuters) - ", "Reuters", "(Reuters)"),
    ("NEW YORK, June 4 (Reuters) - ", "Reuters", "(Reuters)"),
    ("PARIS (AFP) - ", "AFP", "(AFP)"),
    ("NAIROBI, Kenya (AP) — ", "AP", "(AP)"),
    ("WASHINGTON (UPI) -- ", "UPI", "(UPI)"),
    ("(Bloomberg) -- ", "Bloomberg", "(Bloomberg)"),
    ("SPRINGFIELD, Ill. — ", None, None),
    ("DENVER — ", None, None),
    ("MANILA, Philippines (AP) — ", "AP", "(AP)"),
    ("SYDNEY, Oct 9 (Reuters) - ", "Reuters", "(Reuters)"),
]
