"""TEST body material for blind_k (invented separately from bodies_dev.py; nothing shared)."""
from shapes_common import bullets, numbered, sample_keep_order

PEOPLE = ["Ysolde Marchbank", "Kwame Ellery-Rowe", "Pernille Hask", "Fergus Adeyinka",
          "Concetta Wray", "Lars Embleton", "Honor Mbeki-Stout", "Tamsin Qureshi", "Ulrich Doonan"]
TOWNS = ["Cradley Mere", "Ottersey", "Barnhope", "Linwick Abbas", "Felstead Hythe", "Rooksby"]


def _p(rng):
    return rng.choice(PEOPLE)


def _t(rng):
    return rng.choice(TOWNS)


# ------------------------------------------------------------------ listicles
def list_plants(rng):
    who = _p(rng)
    items = ["Snake plant", "ZZ plant", "Cast iron plant", "Golden pothos", "Peace lily",
             "Parlour palm", "Chinese evergreen", "Heartleaf philodendron", "Spider plant"]
    its = sample_keep_order(rng, items, rng.randint(5, 8))
    blocks = [["North-facing flat? Basement bedsit? You can still have something green."],
              [f"Garden centre manager {who} picked the plants she says are almost impossible to kill."]]
    if rng.random() < 0.5:
        blocks.append(numbered(rng, its))
    else:
        notes = ["Water monthly", "Tolerates neglect", "Drooping means thirsty", "Keep away from cats",
                 "Happy in a bathroom", "Slow but steady", "Wipe the leaves", "Trails beautifully", "Babies galore"]
        for i, it in enumerate(its):
            blocks.append([it, notes[i % len(notes)]])
    blocks.append(["The one to avoid? “Anything sold with glitter on it,” she said."])
    return {"title": f"{len(its)} houseplants that survive a dark flat", "blocks": blocks}


def list_roadtrip(rng):
    items = ["Jump leads", "Ice scraper", "Paper atlas", "Two travel mugs", "Phone cradle",
             "Blanket", "Tyre inflator", "Wet wipes", "A playlist everyone agreed on", "Spare fuses"]
    its = sample_keep_order(rng, items, rng.randint(6, 9))
    blocks = [["We asked readers what never leaves the boot of their car. The answers were practical, mostly."],
              ["THE LIST"], bullets(rng, its),
              ["Honourable mentions"], [", ".join(["A kite", "a tin whistle", "emergency custard creams"])],
              ["Breakdown crews say flat batteries are still the most common call-out in winter."]]
    return {"title": "Road trip essentials our readers swear by", "blocks": blocks}


def list_year(rng):
    town = _t(rng)
    items = ["The February flood", "A new mayor at 26", "The pier reopens", "Record marathon turnout",
             "Goodbye to the bus station", "The summer of the heron", "A cup run to remember",
             "Snow in April"]
    its = sample_keep_order(rng, items, rng.randint(5, 8))
    blocks = [[f"It was a year {town} will not forget in a hurry. Here are the moments that defined it."]]
    for i, it in enumerate(its, 1):
        blocks.append([f"{i}) {it}" if rng.random() < 0.5 else it])
        blocks.append([rng.choice(["Hundreds turned out to watch.", "Nobody saw it coming",
                                   "Residents are still talking about it.", "It made the national news",
                                   "The photos went round the world."])])
    return {"title": f"{town}'s year in {len(its)} moments", "blocks": blocks}


# ------------------------------------------------------------------ Q&A / transcripts
def qa_lifeguard(rng):
    who = _p(rng)
    sur = who.split()[-1].upper()
    pairs = [("How many rescues this summer?", "Eleven."),
             ("Eleven?", "Eleven. Two were kids on inflatables."),
             ("What's the biggest mistake swimmers make?", "Going in after someone"),
             ("Is the water getting colder?", "Not really"),
             ("Would you do it again next year?", "Definitely."),
             ("What do you do in winter?", "Teach swimming at the leisure centre"),
             ("Scariest moment?", "A rip current in August. We got him.")]
    ps = pairs[:2] + sample_keep_order(rng, pairs[2:], rng.randint(3, 5))
    blocks = [[f"{who} has spent six summers on the tower at {_t(rng)} beach. We spoke on her last shift of the season."]]
    for q, a in ps:
        blocks.append([f"INTERVIEWER: {q}", f"{sur}: {a}"])
    return {"title": "“Eleven rescues”: a season on the lifeguard tower", "blocks": blocks}


def qa_podcast(rng):
    host, guest = rng.sample(["MAYA", "TOBIAS", "RENATA", "COLM"], 2)
    blocks = [["An excerpt from this week's episode of our local history podcast, lightly edited:"],
              [f"[00:03:12] {host}: So the tunnel was actually there the whole time?",
               f"[00:03:15] {guest}: The whole time.",
               f"[00:03:17] {host}: Under the post office.",
               f"[00:03:18] {guest}: Under the post office. Nobody had looked.",
               "[00:03:24] (laughter)",
               f"[00:03:26] {host}: Incredible",
               f"[00:03:27] {guest}: We think it was for moving beer barrels in the 1880s"],
              ["The tunnel will be open for guided tours on the heritage weekend."]]
    return {"title": "The tunnel under the post office, in their own words", "blocks": blocks}


def qa_quick(rng):
    who = _p(rng)
    qs = [("Tea or coffee?", "Coffee. Black."), ("Early bird or night owl?", "Night owl"),
          ("Last thing that made you laugh?", "My son's attempt at a sourdough starter"),
          ("Dream dinner guest?", "Whoever invented the bicycle"),
          ("Best view in the county?", "Cobb Hill trig point"),
          ("Three words for your job?", "Loud, muddy, joyful")]
    its = sample_keep_order(rng, qs, rng.randint(4, 6))
    blocks = [[f"Our Meet the Neighbours series continues with {who}, head groundsman at the cricket club."]]
    for q, a in its:
        blocks.append([f"Q. {q}", f"A. {a}"])
    return {"title": f"Meet the neighbours: {who}", "blocks": blocks}


# ------------------------------------------------------------------ flattened tables
def tab_standings(rng):
    teams = ["Quayside Wanderers", "Ottersey Saints", "Barnhope Miners", "Rooksby Harriers",
             "Linwick Rovers", "Felstead Rugby Club", "Cradley Colts"]
    rng.shuffle(teams)
    rows = ["Pos\tTeam\tPld\tPts"] + [f"{i}\t{t}\t{rng.randint(14, 18)}\t{45 - 5 * i}" for i, t in enumerate(teams[:6], 1)]
    blocks = [["With three rounds left, only four points separate the top three."],
              ["STANDINGS"], rows,
              ["Last round"], [f"{teams[0]} 27 {teams[3]} 12", f"{teams[1]} 19 {teams[2]} 19", f"{teams[4]} 8 {teams[5]} 31"],
              ["A draw is rare in this league; the last one was in 2017."]]
    return {"title": "Title race tightens after a draw nobody expected", "blocks": blocks}


def tab_timetable(rng):
    stops = ["Market Square", "Station Road", "Hospital main gate", "Felstead Park & Ride", "Rooksby village hall", "Cobb Hill"]
    h = rng.randint(6, 7)
    blocks = [["The new 7A service starts on Monday, linking the villages to the hospital for the first time in a decade."],
              ["Route 7A – weekdays"],
              [f"{h:02d}:{5 + 9 * i:02d} {s}" for i, s in enumerate(stops)],
              ["Then every 40 minutes until", "18:45"],
              ["Fares"], ["Adult single £2", "Child single £1", "Day rider £4.50"],
              ["The council says the route will be reviewed after six months."]]
    return {"title": "New 7A bus route: times, stops and fares", "blocks": blocks}


def tab_referendum(rng):
    yes = rng.randint(9000, 14000)
    no = rng.randint(8000, 13000)
    tot = yes + no
    blocks = [["Residents have voted on whether the town should become a car-free zone on Sundays."],
              ["THE RESULT"],
              [f"Yes {yes:,} ({100 * yes / tot:.1f}%)", f"No {no:,} ({100 * no / tot:.1f}%)",
               f"Spoilt ballots {rng.randint(90, 300)}", f"Turnout {rng.randint(38, 61)}%"],
              [("The scheme will now go ahead from June." if yes > no else "The scheme has been shelved.")],
              ["“Democracy,” the mayor shrugged."]]
    return {"title": "Car-free Sundays: the count is in", "blocks": blocks}


def tab_market(rng):
    items = ["Tomatoes — £2.80/kg", "New potatoes — £1.60/kg", "Free-range eggs — £3.20 a dozen",
             "Runner beans — £4/kg", "Raspberries — £3 a punnet", "Sourdough loaf — £4.50", "Local honey — £7 a jar"]
    blocks = [["Prices at the Saturday market held steady this month, with soft fruit the only big riser."],
              ["This week's prices"], sample_keep_order(rng, items, rng.randint(5, 7)),
              ["Stallholders say the late frost cost them a fortnight of strawberries."]]
    return {"title": "Market watch: soft fruit up, spuds steady", "blocks": blocks}


# ------------------------------------------------------------------ practical boxes
def box_diary(rng):
    blocks = [["From craft fairs to candlelit concerts, here's what's coming up across the district."],
              ["DIARY DATES"],
              ["Sat 12 — Craft fair, Guildhall, 10am–4pm", "Sat 12 — Scarecrow trail, Rooksby, all day",
               "Sun 13 — Brass band in the park, 2.30pm", "Tue 15 — Repair café, Quaker Meeting House, 6pm",
               "Thu 17 — Candlelit string quartet, St Bede's, 7.30pm (£12)"],
              ["Listings are free. Deadline is noon on Monday."]]
    return {"title": "Diary dates: the week ahead", "blocks": blocks}


def box_funeral(rng):
    name = rng.choice(["Doris Evangeline Pettifer", "Arthur 'Sonny' Blakemore", "Rosalind Okri-Hayle"])
    age = rng.randint(80, 101)
    blocks = [[f"{name}, the district's longest-serving school crossing patrol, died peacefully at home. She was {age}."] if "Arthur" not in name
              else [f"{name}, the district's longest-serving school crossing patrol, died peacefully at home. He was {age}."],
              ["Thousands of children crossed Mill Lane under the watchful lollipop."],
              ["Visitation: Thursday 5–8 p.m.", "Dunmore & Sons Funeral Home", "220 Elm Street, Rooksby"],
              ["Service: Friday, 10:30 a.m.", "Holy Trinity Church"],
              ["Interment to follow at Cobb Hill Cemetery."],
              ["Memorial gifts may be made to the Mill Lane Primary library fund."]]
    return {"title": f"Farewell to the lollipop legend: {name}", "blocks": blocks}


def box_flatbread(rng):
    blocks = [["No yeast, no oven, ten minutes. This is the flatbread we make when the cupboard is bare."],
              ["Makes 6"],
              ["You will need:"],
              bullets(rng, ["250g self-raising flour", "250g plain yoghurt", "Pinch of salt",
                            "Olive oil for brushing", "Garlic butter (optional)"], allow_numbers=False),
              ["Step 1", "Mix the flour, yoghurt and salt into a soft dough."],
              ["Step 2", "Divide into six and roll each out thinly"],
              ["Step 3", "Cook in a hot dry pan for two minutes a side."],
              ["Step 4", "Brush with garlic butter and eat warm"],
              ["Leftovers make excellent pizza bases."]]
    return {"title": "Ten-minute yoghurt flatbreads", "blocks": blocks}


def box_ebike(rng):
    blocks = [["The Corvale Ridge 2 costs half what most commuter e-bikes do. Is it any good? Mostly, yes."],
              ["Specifications"],
              ["Motor — 250W rear hub", "Battery — 418Wh, removable", "Range — up to 70km",
               "Gears — 7-speed", "Weight — 22.4kg", "Price — £1,049"],
              ["Pros"], ["Cheap", "Comfortable upright ride", "Lights included"],
              ["Cons"], ["Heavy", "Basic brakes"],
              ["Score: 4/5"]]
    return {"title": "Corvale Ridge 2 e-bike review", "blocks": blocks}


def box_glance(rng):
    town = _t(rng)
    blocks = [[f"{town}'s first lantern festival in twenty years takes over the old quay next month."],
              ["At a glance:"],
              ["Who: 30 local schools and community groups", "What: lantern parade, fire show, food stalls",
               "When: Saturday 9 November, from 4pm", f"Where: The old quay, {town}",
               "Tickets: free, but register online"],
              ["Organisers need 40 more stewards. Training is provided."]]
    return {"title": f"Lantern festival returns to {town}", "blocks": blocks}


# ------------------------------------------------------------------ short forms, lyrics
def short_bridge(rng):
    who = _p(rng)
    blocks = [["The bridge is shut. Again."],
              ["The background:"],
              ["Engineers found new cracks during a routine inspection on Monday, three months after a £1.2m repair."],
              ["So who pays?"],
              ["Nobody will say."],
              [f"“Ridiculous,” said {who}, who runs the café at the east end."],
              ["“Just ridiculous.”"],
              ["What happens now:"],
              ["A diversion adds eleven miles. A footbridge could be in place by spring."],
              ["Maybe."]]
    return {"title": "Shut again: the bridge that cannot be fixed", "blocks": blocks}


def lyrics_choir(rng):
    blocks = [["The community choir has a new anthem, written by members during lockdown. These are the words in full:"],
              ["Song of the Hythe"],
              ["Oh the tide comes in at Felstead", "and the tide goes out again",
               "we have sung it in the sunshine", "we have sung it in the rain"],
              ["Chorus:"],
              ["Hold the line, hold the line", "every voice a light",
               "from the harbour to the hill", "we'll be singing through the night"],
              ["They will perform it at the harbour festival on Saturday."]]
    return {"title": "The choir, the tide and a song for the town", "blocks": blocks}


TRAPS = ["Investors who bought shares last year have seen their value halve.",
         "The magazine lost a third of its subscribers in 2022.",
         "Asked to comment, a spokesperson said the matter was under review.",
         "Parents can now download the permission form from the school's website.",
         "The ride-hailing app was fined for failing to protect drivers' data.",
         "Two related cases are due in court later this month.",
         "According to a source close to the negotiations, a deal is near.",
         "The copyright on the original drawings expired in 2019.",
         "The bakery's oat cookie recipe has not changed since 1974.",
         "Her weekly newsletter on local planning now reaches 4,000 readers.",
         "Critics said the advertisement broke rules on health claims.",
         "Hundreds of people follow the procession each year.",
         "Staff had to login manually after the badge system failed.",
         "Continue reading the small print and the fees become clearer.",
         "Sign-ups for the scheme closed early."]
SUBHEADS = ["WHY IT MATTERS NOW", "The reaction", "What's next?", "Back to square one", "In numbers:"]
QUOTES = ["“Never.”", "“Absolutely.”", "“Not yet.”", "“That's the plan.”"]


def own_albums(rng):
    albums = [("Glasshouse Weather — The Marram Collective", "Rating: 8/10", "Lush, patient and built for headphones."),
              ("Low Tide Radio — Bettany Crewe", "Rating: 6/10", "Two great songs, a lot of filler"),
              ("Copper Hymns — Saltash Choir Revival", "Rating: 9/10", "A reminder of what voices can do."),
              ("Static Valentine — Nine Ferrets", "Rating: 5/10", "Loud. Very loud.")]
    al = sample_keep_order(rng, albums, rng.randint(3, 4))
    blocks = [["Four local releases landed this month. Here is what we thought."]]
    for t, r, rev in al:
        blocks.append([t])
        blocks.append([rev])
        blocks.append([r])
    return {"title": "New music from the region, reviewed", "blocks": blocks}


def own_guide(rng):
    blocks = [["The new Ottersey ferry terminal cost £18m and opened last week. We spent a day there."],
              ["The Good"], ["Bright, warm waiting room with proper seats."],
              ["The Bad"], ["The café closes at 4pm, before the last two sailings."],
              ["The Ugly"], ["The car park signs point the wrong way."],
              ["The Verdict"], ["Worth the wait, with caveats."]]
    return {"title": "We tried the new ferry terminal so you don't have to", "blocks": blocks}


def own_episodes(rng):
    eps = ["Episode 1: The Drowned Village", "Episode 2: Smugglers of the Hythe",
           "Episode 3: A Railway That Never Was", "Episode 4: The Last Miller", "Episode 5: Bells Under Water"]
    blocks = [["The library's new history podcast launches this week with five episodes, all recorded with local residents."],
              ["The series"], sample_keep_order(rng, eps, rng.randint(4, 5)),
              ["Each runs about half an hour and is free on all the usual platforms."]]
    return {"title": "Podcast brings the district's lost history to life", "blocks": blocks}


GENERATORS = {
    "listicle": [list_plants, list_roadtrip, list_year],
    "qa_transcript": [qa_lifeguard, qa_podcast, qa_quick],
    "flat_table": [tab_standings, tab_timetable, tab_referendum, tab_market],
    "practical_box": [box_diary, box_funeral, box_flatbread, box_ebike, box_glance],
    "short_form": [short_bridge, lyrics_choir],
    "own_headlines": [own_albums, own_guide, own_episodes],
}


# ------------------------------------------------------------------ German / French / Spanish
def de_fahrplan(rng):
    return {"lang": "de", "shape": "flat_table", "title": "Neuer Fahrplan: Was sich für Pendler ändert", "blocks": [
        ["Ab Montag gilt auf der Linie 12 ein neuer Fahrplan."],
        ["Abfahrten ab Bahnhof (montags bis freitags):"],
        ["05:48 Richtung Ostheim", "06:18 Richtung Ostheim", "06:33 Richtung Lindenau", "07:03 Richtung Ostheim"],
        ["Am Wochenende fährt der Bus nur stündlich."],
        ["Kritik kommt vom Fahrgastverband."]]}


def de_interview(rng):
    return {"lang": "de", "shape": "qa_transcript", "title": "„Ohne Ehrenamt geht hier gar nichts“", "blocks": [
        ["Seit 25 Jahren leitet Hedwig Brünnighausen die Tafel im Ort. Ein Gespräch über Spenden und Sorgen."],
        ["Frage: Wie viele Menschen kommen pro Woche?", "Antwort: Etwa 180."],
        ["Frage: Mehr als früher?", "Antwort: Fast doppelt so viele."],
        ["Frage: Was fehlt am meisten?", "Antwort: Helfer. Und Kühlschränke"],
        ["Frage: Ans Aufhören gedacht?", "Antwort: Nie."]]}


def fr_recette(rng):
    return {"lang": "fr", "shape": "practical_box", "title": "La vraie tarte aux pommes de grand-mère", "blocks": [
        ["Une recette simple, transmise depuis trois générations."],
        ["Pour 6 personnes"],
        ["Ingrédients :"],
        ["1 pâte brisée", "5 pommes", "50 g de beurre", "3 cuillères de sucre", "1 sachet de sucre vanillé"],
        ["Préparation :"],
        ["Étaler la pâte dans le moule", "Couper les pommes en fines lamelles.",
         "Disposer en rosace, parsemer de beurre et de sucre", "Cuire 40 minutes à 180 °C."]]}


def fr_resultats(rng):
    return {"lang": "fr", "shape": "flat_table", "title": "Municipales partielles : les résultats du premier tour", "blocks": [
        ["Les électeurs étaient appelés aux urnes dimanche après la démission du conseil."],
        ["Résultats"],
        [f"Liste « Agir ensemble » : {rng.randint(40, 48)},2 %", f"Liste « Le village avant tout » : {rng.randint(30, 38)},6 %",
         f"Liste « Renouveau » : {rng.randint(10, 19)},1 %"],
        [f"Participation : {rng.randint(50, 70)} %"],
        ["Un second tour aura lieu dimanche prochain."]]}


def es_entrevista(rng):
    return {"lang": "es", "shape": "qa_transcript", "title": "«El oficio se aprende mirando»", "blocks": [
        ["Tomás Villarejo lleva cuarenta años arreglando relojes en la misma esquina."],
        ["—¿Cuándo empezó?", "—Con catorce años."],
        ["—¿Y sigue disfrutando?", "—Cada día."],
        ["—¿Tiene relevo?", "—Todavía no"],
        ["—¿El reloj más raro que ha arreglado?", "—Uno de bolsillo que había estado en un naufragio"]]}


def es_receta(rng):
    return {"lang": "es", "shape": "practical_box", "title": "Gazpacho de la abuela, paso a paso", "blocks": [
        ["Llega el calor y no hay nada más fresco."],
        ["Ingredientes (4 personas)"],
        ["1 kg de tomates maduros", "1 pimiento verde", "1 pepino", "1 diente de ajo",
         "50 ml de aceite de oliva", "Vinagre y sal al gusto"],
        ["Elaboración"],
        ["Paso 1: trocear todas las verduras", "Paso 2: triturar con el aceite y el vinagre",
         "Paso 3: colar y enfriar al menos dos horas."],
        ["Se sirve muy frío."]]}


FOREIGN = {"de": [de_fahrplan, de_interview], "fr": [fr_recette, fr_resultats], "es": [es_entrevista, es_receta]}
