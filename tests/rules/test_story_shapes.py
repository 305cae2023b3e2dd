"""Stories whose own lines look like page furniture: a recipe's ingredients between a pointer
to another story and the closing tip, a recipe with no prose paragraph at all, numbered steps,
a critic's scores between the films reviewed. Their lines stay; the page's furniture around
them still goes."""

from __future__ import annotations

import newsclean


def _kept(article: newsclean.Article, text: str, line: str) -> bool:
    at = text.index(line)
    return any(s.kept and s.start <= at < s.end for s in article.spans)


def _idempotent(article: newsclean.Article) -> bool:
    return newsclean.clean(article.body).body == article.body


def test_ingredients_under_an_also_read_line_stay_when_the_method_follows() -> None:
    ingredients = ["3 ripe pears, halved", "1 tbsp honey", "Butter, for the tin", "Pinch of nutmeg"]
    text = (
        "Pear and honey tart for cold evenings\n\n"
        "This is the tart my grandmother baked every November, and it has never once failed "
        "me in thirty years of trying.\n\n"
        "Also read: Harbour bakery wins county award\n\n"
        + "\n".join(ingredients)
        + "\n\nMethod\n\n1) Heat the oven and butter the tin.\n"
        "2) Lay the pears in the tin, cut side down, and drizzle over the honey.\n\n"
        "Serve it warm with a spoonful of thick cream on the side.\n\n"
        "Contact us\nPrivacy policy\nTerms of use\n"
    )
    article = newsclean.clean(text)
    for line in ingredients:
        assert _kept(article, text, line), line
    assert not _kept(article, text, "Also read: Harbour bakery wins county award")
    assert not _kept(article, text, "Privacy policy")
    assert _idempotent(article)


def test_a_recipe_without_prose_keeps_its_list_after_an_ad_label() -> None:
    items = ["Zutaten", "200 g Butter", "3 Eier", "1 Päckchen Backpulver", "Zubereitung"]
    text = (
        "Apfelkuchen wie bei Oma\n\n"
        "Im Herbst gibt es nichts Besseres als diesen saftigen Kuchen.\n\n"
        "Anzeige\n\n"
        + "\n".join(items)
        + "\n\n1. Butter und Zucker cremig rühren, dann die Eier einzeln unterrühren.\n"
        "2. Mehl und Backpulver mischen und kurz unter den Teig heben.\n\n"
        "Impressum\nDatenschutz\nKontakt\n"
    )
    article = newsclean.clean(text)
    for line in items:
        assert _kept(article, text, line), line
    assert not _kept(article, text, "Anzeige")
    assert not _kept(article, text, "Impressum")
    assert _idempotent(article)


def test_a_critics_scores_between_the_films_stay() -> None:
    text = (
        "Five films to catch at the harbour festival\n\n"
        "The festival opened on Friday with a programme that leans towards quiet dramas, and "
        "we saw the lot over a long weekend.\n\n"
        "Tidewater\n\n4/5\n\nA patient, tender film about a ferry crew's last season.\n\n"
        "The Copper Bell\n\n★★☆☆☆\n\nHandsome to look at, but it never finds its story.\n\n"
        "Share this article\n"
    )
    article = newsclean.clean(text)
    for line in ("4/5", "★★☆☆☆", "Tidewater", "The Copper Bell"):
        assert _kept(article, text, line), line
    assert not _kept(article, text, "Share this article")
    assert _idempotent(article)


def test_a_gallery_counter_among_the_page_furniture_still_goes() -> None:
    text = (
        "Storm damage across the bay\n\n"
        "High winds brought down trees and power lines across the bay overnight, and crews "
        "worked until dawn to clear the coast road.\n\n"
        "Residents were asked to stay away from the seafront until the council had checked "
        "the sea wall for damage.\n\n"
        "Share this article\n3/12\nRelated galleries\n"
    )
    article = newsclean.clean(text)
    assert not _kept(article, text, "3/12")
    # a rating widget with its votes is the page's, wherever it stands
    widget = "Rate this article: ★★★★☆ (4.1/5, 87 votes)"
    text = text.replace("3/12", widget)
    assert not _kept(newsclean.clean(text), text, widget)


def test_an_interview_that_ends_in_short_questions_and_answers_keeps_them() -> None:
    qa = ["Votre plus grande fierté ?", "Mes apprentis", "Et demain ?", "Une deuxième boutique"]
    text = (
        "« Le pain, c'est un métier de nuit »\n\n"
        "Depuis vingt ans, Paul Meunier ouvre sa boulangerie à quatre heures du matin, et il "
        "ne changerait de métier pour rien au monde.\n\n"
        "Un conseil ?\n\nDormir l'après-midi.\n\n" + "\n\n".join(qa) + "\n"
    )
    article = newsclean.clean(text)
    for line in qa:
        assert _kept(article, text, line), line
    assert _idempotent(article)
    # a list of other stories' headlines at the end, one of them a question, still goes
    heads = ["Pourquoi les loyers augmentent encore ?", "La mairie rénove le marché couvert",
             "Un nouveau festival de jazz en juin", "Les travaux du tram reprennent lundi"]
    text2 = text.replace("\n\n".join(qa), "Partager cet article\n\n" + "\n\n".join(heads))
    article2 = newsclean.clean(text2)
    assert not any(_kept(article2, text2, h) for h in heads)


def test_a_sentence_below_a_headed_list_does_not_pull_the_list_into_the_story() -> None:
    heads = ["Council approves harbour car park plan", "Ferry fares to rise again in spring",
             "New cycle lane opens on the coast road"]
    text = (
        "Storm damage across the bay\n\n"
        "High winds brought down trees and power lines across the bay overnight, and crews "
        "worked until dawn to clear the coast road.\n\n"
        "More stories\n\n" + "\n".join(heads)
        + "\n\nThis website is run by volunteers from the harbour community trust.\n"
    )
    article = newsclean.clean(text)
    assert not any(_kept(article, text, h) for h in heads)


def test_results_below_a_newsletter_promo_stay_when_the_story_goes_on() -> None:
    results = ["Maria Okafor (Liberal) 2,118", "Tom Bright (Reform) 1,604",
               "Ana Sousa (Labour) 1,250", "Gwen Pryce (Independent) 311"]
    text = (
        "Okafor takes Harbour ward in council vote\n\n"
        "Maria Okafor won the Harbour ward seat on Thursday night by a margin of 514 votes "
        "after a recount that ran past midnight.\n\n"
        "HARBOUR WARD\n\n"
        "Sign up to our morning newsletter for the day's top stories.\n\n"
        + "\n\n".join(results)
        + "\n\nOkafor told supporters the result was a vote for cleaner streets.\n\n"
        "Privacy Policy\nContact us\n"
    )
    article = newsclean.clean(text)
    for line in results:
        assert _kept(article, text, line), line
    assert not _kept(article, text, "Sign up to our morning newsletter for the day's top stories.")
    assert _idempotent(article)


def test_a_headless_list_of_headlines_still_goes_when_a_sentence_follows_it() -> None:
    # figures in a few headlines do not make the list the story's own
    heads = ["Ferry fares to rise 4% in spring", "Council approves harbour car park plan",
             "New cycle lane opens on the coast road", "Lifeboat crew called out 3 times"]
    text = (
        "Storm damage across the bay\n\n"
        "High winds brought down trees and power lines across the bay overnight, and crews "
        "worked until dawn to clear the coast road.\n\n"
        "Share this article\n\n" + "\n".join(heads)
        + "\n\nThe coast road reopened to traffic this morning.\n"
    )
    article = newsclean.clean(text)
    assert not any(_kept(article, text, h) for h in heads)


def test_listings_under_an_also_read_line_inside_the_story_stay() -> None:
    listings = ["Brass band concert, Town Hall, 7pm", "Craft fair, St Mary's hall, 10am-3pm"]
    text = (
        "Things to do in Porthmoor this weekend\n\n"
        "The town has a busy weekend ahead, with music, crafts and a food market on the "
        "harbour front for the first time this year.\n\n"
        "Also read: Harbour bakery wins county award\n\n"
        + "\n".join(listings)
        + "\n\nThe food market runs on both days along the harbour front, with more than forty "
        "stalls from across the county expected to take part.\n"
    )
    article = newsclean.clean(text)
    for line in listings:
        assert _kept(article, text, line), line
    # the same pointer with other stories' headlines below it: they go with it
    heads = ["Council approves harbour car park plan", "New cycle lane opens on the coast road"]
    text2 = text.replace("\n".join(listings), "\n".join(heads))
    article2 = newsclean.clean(text2)
    assert not any(_kept(article2, text2, h) for h in heads)


def test_a_subhead_between_the_opening_sentences_and_the_first_paragraph_stays() -> None:
    text = (
        "Fire at the old mill\n\n"
        "Share on Facebook\n\n"
        "The smoke came first. Then the sirens, from every direction.\n\n"
        "HOW IT STARTED\n\n"
        "Follow us on Instagram for the latest pictures.\n\n"
        "Firefighters said the blaze began in a storeroom at the back of the mill shortly "
        "after eleven o'clock, and spread to the roof within minutes.\n"
    )
    article = newsclean.clean(text)
    assert _kept(article, text, "HOW IT STARTED")
    assert not _kept(article, text, "Follow us on Instagram for the latest pictures.")
    assert _idempotent(article)


def test_short_answers_in_a_question_and_answer_stay() -> None:
    qa = [("Best walk nearby?", "The cliff path to Polgwidden"),
          ("Favourite film?", "Local Hero"), ("Biggest worry?", "Second homes")]
    text = (
        "Five minutes with the harbourmaster\n\n"
        "Jenna Pascoe has looked after the harbour for eleven years and knows every boat "
        "that ties up there by the sound of its engine.\n\n"
        + "\n\n".join(f"{q}\n{a}" for q, a in qa[:2])
        + "\n\nFollow us on Facebook for more interviews.\n\n"
        + f"{qa[2][0]}\n{qa[2][1]}\n"
    )
    article = newsclean.clean(text)
    for _, answer in qa:
        assert _kept(article, text, answer), answer
    # one question above a footer's links is no Q&A: the links still go
    footer = "Got a story for us?\nContact us\nPrivacy policy\nTerms of use\n"
    text2 = text.replace(f"{qa[2][0]}\n{qa[2][1]}\n", footer)
    text2 = text2.replace("\n\n".join(f"{q}\n{a}" for q, a in qa[:2]) + "\n\n", "")
    article2 = newsclean.clean(text2)
    assert not _kept(article2, text2, "Contact us")
