"""DEV body material for blind_k (invented; never used in the test split).
Each generator returns {title, blocks, lang}; a block is a list of lines kept together."""
from shapes_common import bullets, numbered, sample_keep_order

PEOPLE = ["Oona Fitzwarren", "Dev Chaudhary-Lyle", "Maud Kerslake", "Bram Tessaro", "Lila Okonedo",
          "Hollis Penwarden", "Greta Saarinen-Moss", "Femi Aldous", "Corin Whitlock", "Anouk Belcastro"]
TOWNS = ["Brackenford", "Millcombe", "Sallowby", "East Tarrant", "Hollins Green", "Quenmore"]


def _p(rng):
    return rng.choice(PEOPLE)


def _t(rng):
    return rng.choice(TOWNS)


# ------------------------------------------------------------------ listicles
def list_hike(rng):
    town, who = _t(rng), _p(rng)
    items = ["Waterproof jacket", "Spare socks", "A paper map", "Headtorch with fresh batteries",
             "Two litres of water", "Sun cream", "Basic first aid kit", "Phone power bank",
             "Something sweet", "A whistle"]
    its = sample_keep_order(rng, items, rng.randint(6, 9))
    blocks = [[f"Autumn is the best time to walk the ridges above {town}, but the weather turns fast."],
              [f"Ranger {who} shared the checklist she hands to every first-timer:"],
              bullets(rng, its)]
    if rng.random() < 0.5:
        blocks.append(["Optional but nice"])
        blocks.append(bullets(rng, ["Flask of tea", "Sit mat", "Binoculars"]))
    blocks.append([f"“Most of the rescues we do could have been avoided with three things on that list,” {who.split()[0]} said."])
    return {"title": f"{len(its)} things to pack for a day hike near {town}", "blocks": blocks}


def list_eats(rng):
    town = _t(rng)
    items = ["Mama Koh's dumpling hatch", "The Blue Kettle café", "Ferro's chip van",
             "Saffron Corner", "Little Lisbon bakery", "Dockside noodle bar", "The Pie Shed",
             "Ostrova deli counter"]
    its = sample_keep_order(rng, items, rng.randint(5, 7))
    blocks = [[f"We asked readers where they eat well in {town} for under a tenner. More than 400 of you replied."],
              ["Here is the shortlist, in no particular order."]]
    desc = ["Go early; they sell out by one.", "Cash only", "The soup of the day is always worth it",
            "Queue moves fast", "Closed Mondays.", "Ask for the extra sauce", "Vegan options", "Worth the detour"]
    detailed = rng.random() < 0.5
    for i, it in enumerate(its):
        if detailed:
            blocks.append([f"{i + 1}. {it}" if rng.random() < 0.7 else it])
            blocks.append([desc[i % len(desc)]])
    if not detailed:
        blocks.append(bullets(rng, its))
    blocks.append(["Did we miss your favourite? Tell us at the next readers' panel."])
    return {"title": f"The best cheap eats in {town}, according to you", "blocks": blocks}


def list_april(rng):
    items = [("Water bills", "up 6%"), ("Council tax", "up 4.99%"), ("Bus fares", "frozen"),
             ("Parking permits", "doubled"), ("Broadband", "up £3 a month"),
             ("Prescription charges", "unchanged"), ("Garden waste bins", "£52 a year"),
             ("Swimming pool entry", "free for under-16s")]
    its = sample_keep_order(rng, items, rng.randint(5, 8))
    form = rng.choice(["colon", "dash", "plain"])
    lines = []
    for a, b in its:
        lines.append(f"{a}: {b}" if form == "colon" else f"{a} – {b}" if form == "dash" else f"{a} {b}")
    blocks = [["A raft of price changes takes effect on April 1. Here is what goes up, what goes down and what stays the same."],
              ["AT A GLANCE"], bullets(rng, lines, allow_numbers=False),
              ["Households on the lowest incomes can apply for help through the council's support fund."],
              ["The deadline is the end of May."]]
    return {"title": "What changes on April 1: bills, fares and fees", "blocks": blocks}


# ------------------------------------------------------------------ Q&A / transcripts
def qa_baker(rng):
    who = _p(rng)
    first = who.split()[0]
    pairs = [("How early do you start?", "Three o'clock. Every day."),
             ("Every day?", "Yes."),
             ("What sells best?", "The cardamom buns"),
             ("Ever thought about quitting?", "Once, in the first winter."),
             ("What changed your mind?", "My regulars. They kept coming back."),
             ("Any plans to expand?", "No."),
             ("Why not?", "Because then I'd be a manager, not a baker."),
             ("Best advice you were given?", "Buy a good oven and keep it clean")]
    ps = pairs[:2] + sample_keep_order(rng, pairs[2:], rng.randint(3, 6))
    sty = rng.choice(["QA", "Q.A."])
    blocks = [[f"{who} has run the corner bakery on {_t(rng)} Road for 19 years. We caught her between batches."]]
    for q, a in ps:
        if sty == "QA":
            blocks.append([f"Q: {q}", f"A: {a}"])
        else:
            blocks.append([f"Q. {q}", f"{first.upper()}: {a}"])
    blocks.append(["This interview has been edited for length."])
    return {"title": f"Five minutes with {who}, the baker who never sleeps", "blocks": blocks}


def qa_council(rng):
    chair, c1, c2 = rng.sample(["ROWLEY", "BEDDOES", "AMIRI", "STANWICK", "OGUNDIPE"], 3)
    blocks = [["The vote that reopened the leisure centre took under two minutes. This is the official record of that part of the meeting:"],
              [f"CHAIR {chair}: Item four, the leisure centre. Is there a motion?",
               f"CLLR {c1}: So moved.",
               f"CHAIR {chair}: Seconded?",
               f"CLLR {c2}: Seconded.",
               f"CHAIR {chair}: Any discussion?",
               "(No response.)",
               f"CHAIR {chair}: All in favour?",
               "MEMBERS: Aye.",
               f"CHAIR {chair}: Against?",
               f"CHAIR {chair}: Carried unanimously."],
              ["The centre will reopen in six weeks after a £300,000 repair to its roof."]]
    return {"title": "Two minutes, one vote: how the leisure centre was saved", "blocks": blocks}


def qa_quickfire(rng):
    who = _p(rng)
    qs = [("Favourite place in town?", "The canal towpath at dawn"),
          ("Last book you read?", "The Lighthouse Keeper's Almanac"),
          ("Tea or coffee?", "Tea"),
          ("Guilty pleasure?", "Reality cooking shows"),
          ("Who inspires you?", "My grandmother, who opened the first launderette here"),
          ("One word to describe the town?", "Stubborn"),
          ("Proudest moment?", "Finishing the marathon in 2019")]
    its = sample_keep_order(rng, qs, rng.randint(5, 7))
    blocks = [[f"This week's local hero is {who}, who has coached the under-12s for a decade without missing a session."],
              ["QUICKFIRE"]]
    for q, a in its:
        blocks.append([q, a])
    return {"title": f"Local hero: {who}", "blocks": blocks}


# ------------------------------------------------------------------ flattened tables
def tab_results(rng):
    teams = ["Millbrook Athletic", "Harlow Vale", "Sallowby United", "Tarrant Rangers",
             "Brackenford Town", "Quenmore Celtic", "Hollins Green FC", "St Clement's"]
    rng.shuffle(teams)
    res = [f"{teams[i]} {rng.randint(0, 4)}-{rng.randint(0, 4)} {teams[i + 1]}" for i in range(0, 8, 2)]
    table = [f"{i}. {t} {rng.randint(10, 18)} {36 - 4 * i}" for i, t in enumerate(teams[:6], 1)]
    blocks = [["A late penalty decided the top-of-the-table clash on Saturday, while the bottom two both lost again."],
              ["Saturday's results"], res, ["Table (top six)"], ["Team P Pts"], table,
              ["Next weekend's fixtures are published on the league's noticeboard."]]
    return {"title": "Weekend football round-up: late drama at the top", "blocks": blocks}


def tab_election(rng):
    ward = rng.choice(["Northgate", "Riverside", "Castle", "Abbey Fields"])
    cands = [("Janet Ollerenshaw", "Green"), ("Peter Mabbutt", "Labour"), ("Sunil Varghese", "Conservative"),
             ("Amelia Trowbridge", "Lib Dem"), ("Kit Rennard", "Independent")]
    cs = rng.sample(cands, 4)
    votes = sorted((rng.randint(180, 1900) for _ in cs), reverse=True)
    lines = [f"{n} ({p}) {v:,}" for (n, p), v in zip(cs, votes)]
    blocks = [[f"The by-election in {ward} ward was won by {cs[0][0]} with a majority of {votes[0] - votes[1]:,}."],
              [f"{ward.upper()} WARD"], lines,
              [f"Turnout: {rng.randint(22, 41)}.{rng.randint(0, 9)}%", f"Rejected ballots: {rng.randint(5, 40)}"],
              [f"{cs[0][0].split()[0]} said she was “thrilled and a bit exhausted”."]]
    return {"title": f"{cs[0][0]} wins {ward} by-election", "blocks": blocks}


def tab_fuel(rng):
    stations = ["Moor Lane services", "Quickfill Brackenford", "Canal Street garage", "Ring road Superstore"]
    lines = [f"{s} | {rng.randint(139, 149)}.{rng.randint(0, 9)}p | {rng.randint(146, 158)}.{rng.randint(0, 9)}p"
             for s in stations]
    blocks = [["Drivers in the district are paying up to 9p a litre more than in the neighbouring county, our weekly survey shows."],
              ["Station | Unleaded | Diesel"], lines,
              ["Prices were checked on Monday morning."],
              ["Cheapest this week: Moor Lane services"]]
    return {"title": "Fuel prices: where to fill up this week", "blocks": blocks}


# ------------------------------------------------------------------ practical boxes
def box_events(rng):
    town = _t(rng)
    fri = ["Lantern parade, Corn Exchange, 6pm, free", "Quiz night, The Fleece, 8pm, £2 a head"]
    sat = ["Farmers' market, Market Place, 9am-1pm", "Junior chess open, library, 10am",
           "Ceilidh, Methodist Hall, 7.30pm, tickets £8"]
    sun = ["Heritage railway open day, 10am-4pm", "Carol singing, St Anne's, 3pm"]
    blocks = [[f"There is plenty going on in and around {town} this weekend. Here's our pick."],
              ["Friday"], fri, ["Saturday"], sample_keep_order(rng, sat, 2 + rng.randint(0, 1)),
              ["Sunday"], sun,
              ["Know of an event we should list? Organisers can email details to the newsdesk by Wednesday."]]
    return {"title": f"What's on in {town} this weekend", "blocks": blocks}


def box_obit(rng):
    name = rng.choice(["Walter Henry Cobbold", "Margaret 'Peggy' Linthwaite", "Eamon Joseph Truscott"])
    age = rng.randint(78, 97)
    town = _t(rng)
    blocks = [[f"{name}, who ran the hardware shop on {town} High Street for more than forty years, has died aged {age}."],
              ["Generations of customers knew the shop for its brass bell and its handwritten price tags."],
              [f"Born: {rng.randint(1, 28)} March {2024 - age}, {town}", "Died: 2 February 2024"],
              ["Survived by three children, seven grandchildren and a great-grandson."],
              ["Funeral service: Friday 16 February, 11am", "St Aldhelm's Church, 14 Priory Road"],
              ["Family flowers only"],
              ["Donations to the county air ambulance"]]
    return {"title": f"Tributes paid to {name}, {age}", "blocks": blocks}


def box_recipe(rng):
    blocks = [["Leeks are at their sweetest now, and this soup costs less than £3 for four bowls."],
              ["Serves 4", "Prep 15 mins", "Cook 30 mins"],
              ["Ingredients"],
              ["2 large leeks, sliced", "1 tbsp butter", "3 potatoes, peeled and diced",
               "1 litre vegetable stock", "100ml single cream", "Salt and pepper", "Chives, to serve"],
              ["Method"],
              numbered(rng, ["Melt the butter in a large pan.",
                             "Add the leeks and cook gently for 10 minutes",
                             "Stir in the potatoes and stock; simmer for 20 minutes.",
                             "Blend until smooth, then stir in the cream",
                             "Season and scatter with chives."]),
              ["Tip: freeze it without the cream and add that when reheating."]]
    return {"title": "Five-ingredient leek and potato soup", "blocks": blocks}


def box_specs(rng):
    blocks = [["The Norvik Fold 3 is the first folding phone that did not feel like a compromise after a week of use."],
              ["SPECS"],
              ["Display: 7.6-inch OLED, 120Hz", "Outer screen: 6.2 inches", "Chip: Halden X4",
               "Battery: 4,400mAh", "Weight: 239g", "Colours: graphite, sage", "Price: $1,299"],
              ["What we liked"], bullets(rng, ["Crease barely visible", "All-day battery", "Solid hinge"]),
              ["What we didn't"], bullets(rng, ["Heavy in a pocket", "Slow charging"]),
              ["Verdict: the one to buy if you must have a folding phone."]]
    return {"title": "Norvik Fold 3 review: finally, a folding phone that works", "blocks": blocks}


def box_keyfacts(rng):
    town = _t(rng)
    blocks = [[f"Work on the long-delayed {town} relief road will start in the autumn, the county council confirmed on Tuesday."],
              ["Key facts"],
              ["Length: 2.3km", "Cost: £41.6m", "Lanes: two, plus a cycle track", "Work starts: October",
               "Opens: spring 2026"],
              ["Opponents say the money would be better spent on buses."],
              ["“It's the wrong road in the wrong place,” said campaigner Ivo Brannagh."]]
    return {"title": f"{town} relief road gets green light", "blocks": blocks}


# ------------------------------------------------------------------ short forms, poems
def short_fire(rng):
    who = _p(rng)
    blocks = [["It started just after midnight."],
              ["A neighbour smelled smoke. Then she saw the glow."],
              ["THE NIGHT IT HAPPENED"],
              [f"{who} was asleep upstairs with her two children when the alarm went off."],
              ["“Terrifying.”"],
              ["That was all she could say at first."],
              ["WHAT THE NEIGHBOURS SAW"],
              ["Flames through the kitchen window, and a man running back in for the dog."],
              ["Everyone got out."],
              ["The dog too."],
              ["WHAT NOW"],
              ["A collection at the school has raised more than £2,000 so far."]]
    return {"title": "“Terrifying”: family escapes midnight house fire", "blocks": blocks}


def poem_library(rng):
    kid = rng.choice(["Poppy Anstruther", "Jaden Molyneux", "Esme Thackeray"])
    poem = ["The river keeps the town's old secrets",
            "under the bridge where the herons stand",
            "it hums the names of mills long gone",
            "and carries them down to the sea",
            "",
            "My gran says it flooded in fifty-three",
            "and the church bell rang all night",
            "now it is quiet and brown and slow",
            "and I skim stones there after school"]
    blocks = [[f"The winning entry in the library's young poets competition was written by {kid}, aged 11."],
              ["We are printing it in full."],
              ["The River Keeps"]]
    stanza = []
    for ln in poem:
        if ln == "":
            blocks.append(stanza)
            stanza = []
        else:
            stanza.append(ln)
    blocks.append(stanza)
    blocks.append([f"{kid.split()[0]} receives a £50 book token and a framed copy."])
    return {"title": "Young poet, 11, wins library prize", "blocks": blocks}


# ------------------------------------------------------------------ trap sentences for prose
TRAPS = ["Shares in the company fell 4% after the announcement.",
         "Subscribers to the service will see the change in their next bill, the firm said.",
         "Comments from residents at the public meeting were largely positive.",
         "The app, which launched in 2021, has been downloaded more than two million times.",
         "Related charges against a second man were dropped in March.",
         "The source of the leak has not been identified.",
         "Copyright lawyers say the case could take years to resolve.",
         "Cookie sales at the school fair raised £1,200 for the library.",
         "The newsletter, printed by volunteers, goes out to 900 homes.",
         "Advertisement boards along the ring road will be removed next month.",
         "Follow-up checks found no further problems.",
         "Users reported being unable to log in for most of Tuesday morning.",
         "Download speeds in rural areas remain well below the national average.",
         "Read the full report and you find a more cautious picture.",
         "More than 200 people signed up to volunteer within a day."]
SUBHEADS = ["THE BACKGROUND", "What it means", "Why now?", "A long wait", "Next steps:"]
QUOTES = ["“No.”", "“Finally.”", "“We'll see.”", "“It's a start.”"]


# ------------------------------------------------------------------ own headline-shaped lines
def own_films(rng):
    films = [("The Salt Road", "★★★★☆", "A slow, gorgeous road movie that earns its ending."),
             ("Kingfisher Summer", "★★★☆☆", "Charming, if twenty minutes too long."),
             ("Night Shift at the Aquarium", "★★★★★", "The funniest film of the festival, and the saddest."),
             ("Paper Lanterns", "★★☆☆☆", "Beautifully shot, but nothing happens."),
             ("Return to Gallow Point", "★★★☆☆", "A solid thriller with one great twist.")]
    fs = sample_keep_order(rng, films, rng.randint(3, 5))
    blocks = [["The Brackenford film festival closed on Sunday after ten days and 46 screenings. Our critic saw as many as she could."],
              ["Films reviewed:"], [f[0] for f in fs]]
    for t, stars, rev in fs:
        blocks.append([t])
        blocks.append([stars if rng.random() < 0.6 else stars.count("★").__str__() + "/5"])
        blocks.append([rev])
    return {"title": "Festival diary: the films worth catching", "blocks": blocks}


def own_books(rng):
    books = ["The Salt Orchard by Imelda Fairweather", "Harbour Lights by Tomasz Reinholt",
             "A Year of Small Birds by June Ashworth-Kaye", "The Cartographer's Daughter by Rafe Mollison",
             "Nine Bridges by Adaeze Crowther", "Soup for Strangers by Lorna Beckwith"]
    bs = sample_keep_order(rng, books, rng.randint(4, 6))
    blocks = [["Our librarians picked the books they will be pressing on friends this summer."],
              numbered(rng, bs) if rng.random() < 0.5 else bs,
              ["All are available to borrow, and the library's summer challenge starts on July 20."]]
    return {"title": "Summer reading: six books our librarians love", "blocks": blocks}


GENERATORS = {
    "listicle": [list_hike, list_eats, list_april],
    "qa_transcript": [qa_baker, qa_council, qa_quickfire],
    "flat_table": [tab_results, tab_election, tab_fuel],
    "practical_box": [box_events, box_obit, box_recipe, box_specs, box_keyfacts],
    "short_form": [short_fire, poem_library],
    "own_headlines": [own_films, own_books],
}


# ------------------------------------------------------------------ German / French / Spanish
def de_rezept(rng):
    return {"lang": "de", "shape": "practical_box", "title": "Omas Zwetschgenkuchen vom Blech", "blocks": [
        ["Jetzt ist Zwetschgenzeit – und dieser Kuchen gelingt auch Anfängern."],
        ["Zutaten"],
        ["500 g Mehl", "1 Würfel Hefe", "250 ml lauwarme Milch", "80 g Zucker", "1 Prise Salz",
         "2 kg Zwetschgen", "Zimt nach Geschmack"],
        ["Zubereitung"],
        ["1. Hefe in der Milch auflösen", "2. Mit Mehl, Zucker und Salz verkneten.",
         "3. Eine Stunde gehen lassen", "4. Ausrollen und dicht mit Zwetschgen belegen.",
         "5. Bei 180 Grad 35 Minuten backen"],
        ["Dazu passt Sahne."]]}


def de_ergebnisse(rng):
    teams = ["SV Altmühlbach", "TuS Wendelstein", "FC Grünhagen", "SpVgg Oberlinden", "VfR Kalkmühle", "SC Birkenau 09"]
    rng.shuffle(teams)
    res = [f"{teams[i]} – {teams[i + 1]} {rng.randint(0, 4)}:{rng.randint(0, 4)}" for i in range(0, 6, 2)]
    return {"lang": "de", "shape": "flat_table", "title": "Kreisliga: Spitzenreiter patzt erneut", "blocks": [
        ["Der Tabellenführer kam am Sonntag nicht über ein Unentschieden hinaus."],
        ["Die Ergebnisse des 14. Spieltags:"], res,
        ["Tabelle"], [f"{i}. {t} {30 - 3 * i} Punkte" for i, t in enumerate(teams[:4], 1)],
        ["Der nächste Spieltag folgt am Wochenende."]]}


def fr_entretien(rng):
    return {"lang": "fr", "shape": "qa_transcript", "title": "« Le fromage, c'est une histoire de patience »", "blocks": [
        ["Installée depuis douze ans à la ferme des Noues, Clémence Varaigne produit un chèvre primé au salon régional."],
        ["Comment est née l'idée ?", "Par hasard. J'avais trois chèvres."],
        ["Et aujourd'hui ?", "Quarante-deux."],
        ["Un regret ?", "Aucun."],
        ["Le secret d'un bon chèvre ?", "Du temps, et encore du temps"],
        ["Où trouver vos fromages ?", "Au marché du samedi, et à la ferme le mercredi"]]}


def fr_agenda(rng):
    return {"lang": "fr", "shape": "practical_box", "title": "Que faire ce week-end dans le canton ?", "blocks": [
        ["Brocantes, concerts et balades : voici notre sélection pour ce week-end."],
        ["SAMEDI"], ["Vide-greniers, place de l'Église, de 8 h à 18 h", "Concert de l'harmonie, salle des fêtes, 20 h 30"],
        ["DIMANCHE"], ["Randonnée des étangs, départ 9 h, parking de la mairie", "Loto des pompiers, 14 h"],
        ["Entrée libre sauf mention contraire."]]}


def es_precios(rng):
    items = ["Tomate: 2,10 €/kg", "Patata: 0,95 €/kg", "Naranja: 1,40 €/kg", "Aceite de oliva: 8,90 €/l",
             "Huevos (docena): 2,60 €", "Pollo entero: 3,75 €/kg"]
    return {"lang": "es", "shape": "flat_table", "title": "Así están los precios en el mercado de abastos", "blocks": [
        ["La subida del aceite sigue marcando la cesta de la compra en la comarca."],
        ["Precios medios de esta semana:"], sample_keep_order(rng, items, 5),
        ["Los comerciantes esperan una bajada de la fruta en las próximas semanas."]]}


def es_agenda(rng):
    return {"lang": "es", "shape": "practical_box", "title": "Agenda del fin de semana", "blocks": [
        ["Música, teatro y mercadillos para todos los públicos."],
        ["Viernes"], ["Cine de verano en el parque, 22:00, gratis"],
        ["Sábado"], ["Mercado de artesanía, plaza Mayor, 10:00-14:00", "Teatro infantil, casa de cultura, 18:00"],
        ["Domingo"], ["Ruta en bici por la ribera, salida a las 9:30"],
        ["¿Organizas un evento? Envíanos los detalles antes del miércoles."]]}


FOREIGN = {"de": [de_rezept, de_ergebnisse], "fr": [fr_entretien, fr_agenda], "es": [es_precios, es_agenda]}
