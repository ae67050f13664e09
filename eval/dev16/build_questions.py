#!/usr/bin/env python3
"""Builds questions.jsonl and mention_no_terms.json for dev16.

The question text, its kind and any earlier turns are read word for word from
questions_draft.txt. This script only attaches answers: ANSWERS below lists, in draft
order, the question (used only to check the alignment), the article, a reference
answer, key facts (verbatim from the article) and reference contexts. A context is
given as the start of a body paragraph and expanded here to the full paragraph;
a context starting with "META:" is a metadata line copied as is.
Run: python3 build_questions.py"""
import html, json, os, re, sys

D = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(D, "articles")

A = "cyclone_orvane_landfall.txt"
B = "cyclone_orvane_update.html"
C = "tuition_ferncliff.html"
T = "tuition_tarrant.md"
E = "ipo_talerzo.md"
F = "chess_baltic_upset.html"
G = "lighthouse_keeper.txt"


# ---------------------------------------------------------------- body paragraphs
def _strip(s):
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", s))).strip()


def body_paragraphs(f, t):
    t = t.replace("\r\n", "\n")
    if f == A:
        b = t.split("Share: Facebook | WhatsApp | X | Copy link", 2)[1].split("CORRECTION:")[0]
        bl = [x.strip() for x in b.split("\n\n") if x.strip()]
        return [x for x in bl if x != "ADVERTISEMENT" and not x.startswith(("Read more:", "[Photo:"))]
    if f == G:
        b = t.split("8 min read", 1)[1].split("SIGN UP to")[0]
        bl = [x.strip() for x in b.split("\n\n") if x.strip()]
        return [x for x in bl if not x.startswith(("-----", "[IMAGE:", "ALSO READ"))]
    if f.endswith(".md"):
        b = t.split("---\n", 2)[2] if t.startswith("---\n") else t
        if f == E:
            b = b.split('<a id="main"></a>')[1]
        else:
            b = b.split("Share: [Facebook]")[1].split("\n", 1)[1]
        b = b.split("\n---\n")[0]
        bl = [x.strip() for x in b.split("\n\n") if x.strip()]
        return [x for x in bl if not x.startswith(("#", "**", "![", "_", "`", ">", "*", "["))]
    if f == B:
        m = re.search(r'<div class="story-copy"[^>]*>(.*?)</div>\s*<div class="sharebar', t, re.S).group(1)
    elif f == C:
        m = "".join(re.findall(r'<section class="amp-body">(.*?)</section>', t, re.S))
    elif f == F:
        m = re.search(r'<div class="entry-content">(.*?)</div>\s*<div class="sharedaddy', t, re.S).group(1)
        m = re.sub(r'<div class="related-posts-box">.*?</ul></div>', "", m, flags=re.S)
    return [_strip(p) for p in re.findall(r"<p>(.*?)</p>", m, re.S)]


TEXTS = {f: open(os.path.join(ART, f), encoding="utf-8").read() for f in sorted(os.listdir(ART))}
BODY = {f: body_paragraphs(f, t) for f, t in TEXTS.items()}


def ctx(art, start):
    if start.startswith("META:"):
        return start[5:]
    pool = [art] if art else list(BODY)
    hits = [p for a in pool for p in BODY[a] if p.startswith(start)]
    if len(hits) != 1:
        sys.exit(f"context start {start!r} matched {len(hits)} paragraphs in {pool}")
    return hits[0]


# ---------------------------------------------------------------- earlier assistant turns
EARLIER = {
    "whats the latest on the cyclone in mozambique?":
        "As of Wednesday's update, Cyclone Orvane's death toll has risen to 41, most of them drowned when the "
        "Lucunga river burst its banks, and 68,500 people are in shelters. The storm has dissipated.",
    "summarise the Tarrant University story from Kerrow":
        "Tarrant University in Kerrow, New Zealand, is raising domestic fees by 6 per cent, the maximum under the "
        "government cap, after a nine-to-three council vote. It expects a NZ$9.8 million deficit; students oppose the rise.",
    "who won the baltic chess championship":
        "Emils Kalnbergs, a 17-year-old from Latvia seeded 38th, won the Baltic Chess Championship by beating "
        "top seed Aleksander Verbitsky in the final round.",
    "tell me about the lighthouse keeper story":
        "It is a feature about Angus Tolmie, who is retiring after 38 years as keeper of Carrach Head lighthouse "
        "on Eilean Torr; the light is being automated and his cottage will become a bunkhouse.",
    "who is the lighthouse keeper who's retiring?":
        "Angus Tolmie, keeper of Carrach Head lighthouse for 38 years and the last resident keeper on the Scottish coast.",
    "whats the latest on cyclone orvane?":
        "The latest report says Orvane's death toll has climbed to 41, mostly from flooding on the Lucunga river, "
        "68,500 people are in shelters and the storm has dissipated.",
    "give me the gist of the talerzo ipo":
        "Talerzo, a Polish food-delivery app, raised 1.12 billion zloty at 38 zloty a share; the stock closed its "
        "first day at 41.90, although the company is still loss-making.",
    "what was the orvane death toll in the first report?":
        "Monday's first report said Cyclone Orvane had killed at least 14 people.",
    "and what's it up to now?":
        "The Wednesday update puts the death toll at 41.",
    "who runs the university in Port Ardley?":
        "Ferncliff University in Port Ardley is led by its president, Miriam Ostrander.",
}

# ---------------------------------------------------------------- answers, in draft order
# (question, article, reference, key_facts, context starts)
NOANS = None
ANSWERS = [
    # ---- lookup (28)
    ("what time did orvane hit the coast?", A,
     "Orvane made landfall at about 03:40 local time on Monday.", ["03:40"], ["The storm made landfall"]),
    ("how fast were the winds when the cyclone came ashore", A,
     "Sustained winds were 185 km/h at landfall, with gusts well above 200 km/h.", ["185 km/h"], ["The storm made landfall"]),
    ("how much rain came down in zambezia over one day", A,
     "More than 210 millimetres of rain fell on the district in 24 hours.", ["210 millimetres"], ["More than 210 millimetres"]),
    ("which river flooded after the storm?", B,
     "The Lucunga river burst its banks on Monday night, causing flash flooding.", ["Lucunga"], ["Most of the victims drowned"]),
    ("who is in charge of the relief operation now?", B,
     "Deputy Minister Lourenço Mavie, appointed by the national government to coordinate the relief effort from Quelindo.",
     ["Lourenço Mavie"], ["The national government has appointed"]),
    ("how many tonnes of food are being shipped in for the cyclone victims", B,
     "400 tonnes of food aid are on their way by road and sea.", ["400 tonnes"], ["The national government has appointed"]),
    ("how big is the aid appeal for the mozambique flood victims?", B,
     "Relief groups launched an appeal for 28 million US dollars.", ["28 million US dollars"], ["Aid agencies say rice"]),
    ("what will a canadian student pay per year at the port ardley uni after the hike?", C,
     "Domestic arts or science tuition at Ferncliff rises from C$9,120 to C$9,850 a year.", ["C$9,850"], ["Under the decision"]),
    ("what was the vote count on the fees at ferncliff in nova scotia", C,
     "The board approved the increase by 11 votes to four.", ["11 votes to four"], ["The board approved the plan"]),
    ("how large a shortfall is the Port Ardley university expecting?", C,
     "Ferncliff forecasts a deficit of C$14.2 million for the coming financial year.", ["C$14.2 million"], ["The university is forecasting"]),
    ("how much does renting a room cost in port ardley these days", C,
     "A room in a shared house in Port Ardley costs about C$850 a month.", ["C$850 a month"], ["Kwame Adjei-Larbi"]),
    ("how much are they setting aside for students in financial trouble?", T,
     "Tarrant University is putting NZ$600,000 into a new hardship fund.", ["NZ$600,000"], ["The university says it will put"]),
    ("by what percentage have domestic enrolments dropped at the kerrow university", T,
     "Domestic enrolments at Tarrant have fallen by 7 per cent since 2022.", ["7 per cent"], ["Vice-Chancellor Professor Glenys Harbutt"]),
    ("who heads the students' association at Tarrant in New Zealand?", T,
     "Rawiri Paewai is president of the Tarrant University Students' Association.", ["Rawiri Paewai"], ["The Tarrant University Students"]),
    ("what was the talerzo share price at the IPO", E,
     "The shares were priced at 38 zloty, the top of the 33-38 zloty range.", ["38 zloty"], ["The shares were priced"]),
    ("where did talerzo stock finish on its first day", E,
     "They closed at 41.90 zloty after opening at 44.60.", ["41.90"], ["The shares were priced"]),
    ("how much money did talerzo lose last year", E,
     "Talerzo reported a net loss of 212 million zloty for 2024.", ["212 million zloty"], ["Talerzo's revenue grew"]),
    ("which analyst got quoted about the listing?", E,
     "Julia Parzych, an analyst at the brokerage Sowinski Capital.", ["Julia Parzych"], ["Julia Parzych"]),
    ("how many couriers demonstrated on listing day", E,
     "Around 60 couriers, organised by the union Kurier Razem, protested outside the exchange.", ["around 60 couriers"], ["A group of around 60"]),
    ("who won the baltic chess championship", F,
     "Emils Kalnbergs, a 17-year-old from Latvia, won the Baltic Chess Championship.", ["Emils Kalnbergs"], ["Emils Kalnbergs, a 17-year-old"]),
    ("what was kalnbergs's final points tally", F,
     "He finished on 7.5 points from nine games.", ["7.5 points"], ["Kalnbergs finished on 7.5"]),
    ("on which move did the favourite give up?", F,
     "Verbitsky, the top seed, resigned on move 41.", ["move 41"], ["Going into the last round"]),
    ("how many players took part in the baltic champs", F,
     "The field had 112 players.", ["112-player"], ["Going into the last round"]),
    ("who trains him?", F,
     "Kalnbergs is coached by his aunt, International Master Ilze Kalnberga.", ["Ilze Kalnberga"], ["He is coached by his aunt"]),
    ("how tall is carrach head lighthose", G,
     "The tower is 31 metres tall.", ["31 metres"], ["The tower is 31 metres"]),
    ("when did tolmie first start working at carrach head", G,
     "He arrived in October 1987 as an assistant keeper.", ["October 1987"], ["He arrived at Carrach Head"]),
    ("how many weather readings has he sent in altogether?", G,
     "By his own count Tolmie has filed more than 55,000 weather reports.", ["55,000"], ["Tolmie's working day"]),
    ("when is the keeper's leaving do", G,
     "A farewell ceilidh is being held in the Port Sgarbh village hall on Saturday 28 June.", ["Saturday 28 June"], ["The island is holding a farewell"]),

    # ---- why_how (16)
    ("why did orvane get so strong so fast", A,
     "It strengthened over the Mozambique Channel, where the sea surface was more than a degree above the seasonal "
     "average, helping it intensify rapidly in the 36 hours before landfall.",
     ["more than a degree above"], ["The storm had been tracked"]),
    ("why were people stuck on roofs and up trees after the storm?", B,
     "The Lucunga river burst its banks on Monday night and flash floods swept through settlements, cutting off villages; "
     "rescue teams in boats are still finding people on rooftops and in trees.",
     ["burst its banks", "flash flooding"], ["Most of the victims drowned", "Helena Matavele"]),
    ("why is the carrach head light being automated?", G,
     "The trust can no longer fund a full-time keeper's post (about £31,000 a year with the cottage), and the new lantern "
     "cuts running costs by three-quarters.",
     ["no longer fund a full-time post", "three-quarters"], ["The Carrach Head Lighthouse Trust"]),
    ("why are aid groups worried about food in the coming months in mozambique", B,
     "Rice and maize fields close to harvest were flooded across large parts of the district.",
     ["maize fields close to harvest"], ["Aid agencies say rice"]),
    ("why is the university in port ardley putting fees up", C,
     "Ferncliff faces a C$14.2 million deficit after international enrolment fell 23 per cent in two years following "
     "federal limits on study permits, while costs rose faster than income.",
     ["C$14.2 million", "fell by 23 per cent"], ["The university is forecasting"]),
    ("how is the Port Ardley university planning to cushion the blow for poorer students", C,
     "It will add C$1.1 million to its needs-based bursary fund (taking it to C$4.3 million) and freeze fees for final-year students.",
     ["C$1.1 million", "freeze fees"], ["To soften the impact"]),
    ("why did professor whitcombe vote no?", C,
     "Dale Whitcombe argued the university should have drawn down its reserves instead of raising fees.",
     ["drawn down its reserves"], ["The four governors who voted against"]),
    ("why didn't the Port Ardley board go for a smaller increase, according to Lorraine Beattie?", C,
     "Beattie said a 6 per cent rise would still have left a deficit of more than C$9 million even after spending cuts.",
     ["more than C$9 million"], ["Board chair Lorraine Beattie"]),
    ("what reasons did glenys harbutt give for the fee rise", T,
     "She cited an expected NZ$9.8 million deficit, a 7 per cent fall in domestic enrolments since 2022 and rising "
     "energy, insurance and staffing costs.",
     ["NZ$9.8 million", "fallen by 7 per cent"], ["Vice-Chancellor Professor Glenys Harbutt"]),
    ("why does Harbutt reckon regional unis like hers get hit harder", T,
     "She says government funding per student has not kept pace with inflation for a decade, and a regional university "
     "feels that more sharply than big city campuses.",
     ["not kept pace with inflation"], ["\"Every year we are asked"]),
    ("why cant the Kerrow university just use the science building money to plug the gap?", T,
     "Harbutt said the science block is paid for from a separate capital fund that cannot legally be used for day-to-day running costs.",
     ["separate capital fund"], ["Harbutt said the science block"]),
    ("why are some analysts cautious about talerzo", E,
     "Talerzo is still loss-making, and analyst Julia Parzych said its path to profit remains uncertain because it has not "
     "shown it can make money on each order once it cuts promotions.",
     ["still loss-making", "path to profit remained uncertain"], ["Talerzo's revenue grew", "Julia Parzych"]),
    ("what were the couriers protesting about at the talerzo debut", E,
     "They were calling for a minimum rate per delivery.", ["minimum rate per delivery"], ["A group of around 60"]),
    ("how did verbitsky manage to lose a game he only needed to draw", F,
     "He pressed for a win from a level position; in time trouble he weakened his king with h4 and then put his rook "
     "where a knight could fork it, losing the rook.",
     ["pressed for a win", "won the rook outright"], ["Going into the last round", "The game opened as a Sicilian"]),
    ("why did verbitsky refuse the draw", F,
     "He turned down a draw offer on move 24 because he felt the position had more in it.",
     ["position had more in it"], ["Verbitsky said he had turned down"]),
    ("how is the light going to work once he's gone?", G,
     "It will be run remotely from the mainland, with a solar-powered LED lantern that needs a visit only twice a year.",
     ["run remotely from the mainland", "solar-powered LED lantern"], ["Tolmie, the last resident keeper"]),

    # ---- multi_part (13)
    ("list what the relief charities were asking for after orvane", A,
     "Tarpaulins, water purification tablets and cooking fuel.",
     ["tarpaulins", "water purification tablets", "cooking fuel"], ["Humanitarian groups working"]),
    ("how many fishing boats are still missing and how many fishermen were on them", B,
     "Nine boats are still unaccounted for, with 17 fishermen aboard.", ["Nine boats", "17 fishermen"], ["At sea, the news was better"]),
    ("according to the latest assessment, how many health posts and classrooms got damaged in the cyclone?", B,
     "The revised assessment lists 37 health posts and 210 classrooms.", ["37 health posts", "210 classrooms"], ["The revised damage assessment"]),
    ("Ferncliff in Nova Scotia: what will international students pay now, and by what % did it go up?", C,
     "International undergraduates will pay C$24,380 a year, a 15 per cent increase.", ["C$24,380", "15 per cent"], ["Under the decision"]),
    ("besides tuition, what else is getting pricier at the Port Ardley university, and by how much?", C,
     "Residence fees rise by 5 per cent and meal plans by 4 per cent.", ["Residence fees", "5 per cent", "meal plans", "4 per cent"],
     ["Residence fees will also rise"]),
    ("what did an arts degree at tarrant in kerrow cost before and after the rise", T,
     "About NZ$7,640 a year before, NZ$8,100 after.", ["NZ$7,640", "NZ$8,100"], ["A student on a standard three-year"]),
    ("at Tarrant (NZ), what was the council vote and who was one of the people against it?", T,
     "The council voted nine to three; staff representative Dr Aroha Whitlock was among those against.",
     ["nine to three", "Aroha Whitlock"], ["The council voted nine to three", "The three council members"]),
    ("talerzo ipo: how many shares, how many times oversubscribed, and what slice went to retail?", E,
     "It sold 29.5 million new shares, the book was covered about 4.2 times and retail investors got 15 per cent.",
     ["29.5 million", "4.2 times", "15 per cent"], ["Talerzo sold 29.5 million"]),
    ("list the things talerzo wants to spend the money on", E,
     "Expanding its grocery delivery service, launching in the Czech Republic and Slovakia, and repaying about 300 million zloty of bank loans.",
     ["grocery delivery service", "Czech Republic and Slovakia", "300 million zloty"], ["Chief executive Agata Wierzbicka"]),
    ("talerzo revenue last year and how fast did it grow?", E,
     "Revenue was 1.9 billion zloty, up 31 per cent.", ["1.9 billion zloty", "31 per cent"], ["Talerzo's revenue grew"]),
    ("what were the ratings of kalnbergs and verbitsky before the tournament", F,
     "Kalnbergs was rated 2391 and Verbitsky 2698.", ["2391", "2698"], ["Kalnbergs finished on 7.5"]),
    ("when was carrach head lighthouse built and how far out can you see the light", G,
     "It was built in 1863 and its beam can be seen 22 nautical miles out to sea.", ["1863", "22 nautical miles"], ["The tower is 31 metres"]),
    ("what happens to his cottage, and where is he going to live?", G,
     "The cottage becomes a bunkhouse for walkers and birdwatchers; Tolmie and his wife have bought a croft house a mile and a half along the shore.",
     ["bunkhouse", "croft house"], ["The keeper's cottage is to be converted", "He is not leaving the island"]),

    # ---- overview (9)
    ("what's monday's orvane report about?", A,
     "Cyclone Orvane hit central Mozambique near Quelindo early on Monday, killing at least 14 people (mostly from "
     "collapsing walls and falling trees), putting about 22,000 in shelters and leaving about 40 fishing boats missing.",
     ["at least 14 people", "near Quelindo", "collapsing walls and falling trees", "Around 40 fishing boats"],
     ["Cyclone Orvane crashed", "The storm made landfall", "Armando Tivane", "Around 40 fishing boats"]),
    ("whats the latest on cyclone orvane", B,
     "The toll has risen to 41, mostly drownings from the Lucunga flood; 68,500 people are in shelters; landfall has been "
     "moved to Nhacuto, south of Quelindo; and the storm has dissipated.",
     ["risen to 41", "68,500", "Nhacuto", "dissipated overnight"],
     ["The death toll from Cyclone Orvane", "The number of people in emergency", "Forecasters have also revised", "Orvane weakened"]),
    ("main points of the fees story from port ardley", C,
     "Ferncliff University's board voted 11 to four to raise domestic tuition 8 per cent (international 15 per cent) to tackle "
     "a C$14.2 million deficit; the students' union called it a betrayal.",
     ["8 per cent", "11 votes to four", "C$14.2 million", "a betrayal"],
     ["Ferncliff University's board", "The board approved the plan", "The university is forecasting", "Kwame Adjei-Larbi"]),
    ("sum up the tuition news from Kerrow, New Zealand", T,
     "Tarrant University's council voted nine to three to raise domestic fees by the maximum 6 per cent, citing a NZ$9.8 million "
     "deficit; students gathered 2,400 signatures against it.",
     ["6 per cent", "nine to three", "NZ$9.8 million", "2,400 signatures"],
     ["Tarrant University will raise", "The council voted nine to three", "Vice-Chancellor Professor Glenys Harbutt", "The Tarrant University Students"]),
    ("gist of the talerzo listing?", E,
     "Talerzo raised 1.12 billion zloty at 38 zloty a share and closed its first day at 41.90, but it lost 212 million zloty in 2024.",
     ["1.12 billion zloty", "41.90", "212 million zloty"],
     ["Shares in Talerzo", "The shares were priced", "Talerzo's revenue grew"]),
    ("what happened at the baltic chess championship", F,
     "Emils Kalnbergs, the 38th seed, won with 7.5 points after top seed Verbitsky resigned on move 41 in the final round, "
     "and the win completed his final grandmaster norm.",
     ["38th seed", "7.5 points", "move 41", "final grandmaster norm"],
     ["Emils Kalnbergs, a 17-year-old", "Kalnbergs finished on 7.5", "Going into the last round", "The victory also gave"]),
    ("tell me about the lighthouse keeper piece", G,
     "Angus Tolmie, the last resident keeper on the Scottish coast, retires after 38 years at Carrach Head; the light goes "
     "over to a solar-powered LED lantern and his cottage becomes a bunkhouse.",
     ["38 years", "last resident keeper", "solar-powered LED lantern", "bunkhouse"],
     ["Every evening for 38 years", "Tolmie, the last resident keeper", "The keeper's cottage is to be converted"]),
    ("what are the risks for people buying talerzo shares?", E,
     "Talerzo is still loss-making, an analyst says its path to profit is uncertain, and the prospectus flags changes to "
     "employment law for its mostly self-employed couriers as a significant risk.",
     ["still loss-making", "path to profit remained uncertain", "significant risk"],
     ["Talerzo's revenue grew", "Julia Parzych", "The listing comes as"]),
    ("summarise the last-round game from verbitsky's point of view", F,
     "Needing only a draw with white, Verbitsky turned down a draw offer, pushed his h-pawn on move 31 and lost a rook to a "
     "knight fork; he admitted he overestimated his chances.",
     ["needed only a draw", "h-pawn on move 31", "turned down a draw offer", "overestimated my chances"],
     ["Going into the last round", "The game opened as a Sicilian", "Verbitsky said he had turned down"]),

    # ---- about_article (11)
    ("who wrote the port ardley tuition piece?", C,
     "Jocelyn Farrier, Education Reporter at The Harbourline Herald.", ["Jocelyn Farrier"],
     ["META:By Jocelyn Farrier, Education Reporter"]),
    ("which publication ran the talerzo story", E,
     "Central Europe Markets Brief.", ["Central Europe Markets Brief"],
     ["META:**Tomasz Reinholt**, Markets Editor · *Central Europe Markets Brief* · Thursday, April 10, 2025 · 18:45 CET"]),
    ("when did the lighthouse feature come out", G,
     "It was published on Saturday 14 June 2025.", ["Saturday 14 June 2025"], ["META:Saturday 14 June 2025 | 8 min read"]),
    ("headline of the chess article?", F,
     "\"Teenage outsider Kalnbergs stuns Verbitsky to take Baltic title\".", ["Teenage outsider Kalnbergs stuns Verbitsky"],
     ["META:Teenage outsider Kalnbergs stuns Verbitsky to take Baltic title"]),
    ("what's the subheading on the Kerrow fees article", T,
     "\"Domestic students in Kerrow will pay 6 per cent more next year, the most the government allows.\"",
     ["the most the government allows"],
     ["META:standfirst: \"Domestic students in Kerrow will pay 6 per cent more next year, the most the government allows\""]),
    ("who took the photos for the lighthouse story", G,
     "Callum Reith.", ["Callum Reith"], ["META:Words by Morag Dunsire | Pictures by Callum Reith"]),
    ("was anything corrected in the cyclone coverage?", A,
     "Yes. Monday's report carries a correction: an earlier version misspelled the surname of district administrator Celeste "
     "Mabote and gave 64 shelter centres instead of 46.",
     ["misspelled the surname", "Celeste Mabote", "46"],
     ["META:CORRECTION: An earlier version of this article misspelled the surname of Quelindo's district administrator, Celeste Mabote, and said 64 shelter centres had been opened. The correct figure is 46."]),
    ("how many articles are there in total?", "",
     "There are 7 articles: two on Cyclone Orvane, two on university fee rises (Ferncliff and Tarrant), and one each on "
     "the Talerzo listing, the Baltic chess championship and the Carrach Head lighthouse keeper.", ["7"], []),
    ("which articles are about cyclone orvane", "",
     "Two: Monday's Southern Africa Dispatch report \"Cyclone Orvane slams into Mozambique coast, killing at least 14\" and "
     "the Indian Ocean Observer update \"Orvane death toll climbs to 41 as floodwaters swamp villages inland\".",
     ["CYCLONE ORVANE SLAMS INTO MOZAMBIQUE COAST", "Orvane death toll climbs to 41"],
     ["META:CYCLONE ORVANE SLAMS INTO MOZAMBIQUE COAST, KILLING AT LEAST 14",
      "META:Orvane death toll climbs to 41 as floodwaters swamp villages inland"]),
    ("who wrote that one?", B,
     "Rui Cossa, Climate and Disaster Reporter at The Indian Ocean Observer.", ["Rui Cossa"],
     ["META:Rui Cossa Climate and Disaster Reporter"]),
    ("the orvane update only says \"updated 3 hours ago\" - what's the actual date?", B,
     "The page's timestamp is 19 February 2025 (2025-02-19, 11:30 local time).", ["2025-02-19"],
     ["META:<time class=\"stamp\" datetime=\"2025-02-19T11:30:00+02:00\">Updated 3 hours ago</time>"]),

    # ---- mention (8): 4 yes, 4 no
    ("does the Port Ardley article say anything about what students pay for housing?", C,
     "Yes. A room in a shared house in Port Ardley costs about C$850 a month, and residence fees rise by 5 per cent.",
     ["C$850 a month"], ["Kwame Adjei-Larbi"]),
    ("is courier pay talked about in the talerzo article", E,
     "Yes. Protesting couriers called for a minimum rate per delivery; Talerzo says they earn above the national minimum wage on average.",
     ["minimum rate per delivery"], ["A group of around 60"]),
    ("does the lighthouse story bring up any boat that ran aground?", G,
     "Yes. In January 1994 the trawler Morning Star drifted onto the rocks below the headland; all six crew were rescued.",
     ["trawler Morning Star"], ["The worst night"]),
    ("is the chess opening named in the baltic championship report", F,
     "Yes. The final game opened as a Sicilian Defence, Najdorf Variation.", ["Sicilian Defence"], ["The game opened as a Sicilian"]),
    ("does either cyclone article mention cholera", "",
     "No. Neither cyclone article mentions cholera (the update only says health workers are watching for waterborne disease).",
     [], []),
    ("do they mention drone deliveries at all?", "",
     "No. The Talerzo article does not mention drones.", [], []),
    ("any mention of cheating in the chess report?", "",
     "No. The chess report says nothing about cheating.", [], []),
    ("does the carrach head piece talk about ghosts or the lighthouse being haunted", "",
     "No. The lighthouse feature does not mention ghosts or hauntings.", [], []),

    # ---- dated_version (9)
    ("what was the orvane death toll in the first report?", A,
     "Monday's first report said at least 14 people had been killed.", ["at least 14"], ["Cyclone Orvane crashed"]),
    ("and what's it up to now?", B,
     "The Wednesday update says the toll has risen to 41.", ["risen to 41"], ["The death toll from Cyclone Orvane"]),
    ("how did the explanation for how people died change between the reports", "",
     "Monday's report blamed most deaths on collapsing walls and falling trees; Wednesday's update says most victims "
     "drowned, 29 of 41 in flash flooding after the Lucunga burst its banks.",
     ["collapsing walls and falling trees", "flash flooding"], ["Armando Tivane", "Most of the victims drowned"]),
    ("as of monday how many ppl were in shelters", A,
     "About 22,000 people as of Monday.", ["about 22,000"], ["Cyclone Orvane crashed"]),
    ("how many shelter centres were open by wednesday", B,
     "131 shelter centres were open by Wednesday (46 on Monday).", ["131 shelter centres"], ["The number of people in emergency"]),
    ("did they change where the storm actually made landfall?", "",
     "Yes. The first report put landfall near Quelindo; forecasters later said the eye crossed the coast near Nhacuto, "
     "about 15 kilometres south of Quelindo.",
     ["near Quelindo", "Nhacuto"], ["The storm made landfall", "Forecasters have also revised"]),
    ("is orvane still a cyclone, and how's that different from monday?", "",
     "No. On Monday it was forecast to weaken to a tropical storm over land; by Wednesday it had weakened into a tropical "
     "depression and dissipated.",
     ["weaken to a tropical storm", "dissipated overnight"], ["Orvane was forecast to weaken", "Orvane weakened"]),
    ("what was the first house-damage estimate vs the latest one", "",
     "Monday's estimate was at least 9,000 houses; the revised assessment is about 23,000 houses.",
     ["9,000 houses", "23,000 houses"], ["Early damage assessments", "The revised damage assessment"]),
    ("what about the missing fishing boats, first report vs now?", "",
     "Monday's report said around 40 boats were missing; by Wednesday 31 were back and nine boats with 17 fishermen were still unaccounted for.",
     ["Around 40 fishing boats", "Nine boats"], ["Around 40 fishing boats", "At sea, the news was better"]),

    # ---- unanswerable (8)
    ("how many people did orvane kill in madagascar", "",
     "Not given: the articles cover Orvane's impact in Mozambique only and say nothing about Madagascar.", NOANS, []),
    ("what did brennan polytechnic decide about its fees this year", "",
     "Not given: no article mentions a Brennan Polytechnic; the fee stories are about Ferncliff and Tarrant universities.", NOANS, []),
    ("whats the best way to storm-proof a house before a cyclone", "",
     "Not given: the articles report on Cyclone Orvane but offer no advice on preparing a house.", NOANS, []),
    ("can you recommend a cheap food delivery app in poland?", "",
     "Not given: the articles report Talerzo's stock-market listing but give no recommendations or price comparisons.", NOANS, []),
    ("what were talerzo's first quarter 2025 results", "",
     "Not given: the article has 2024 results only, and the CFO declined to give a forecast for the current year.", NOANS, []),
    ("who won the women's world chess championship this year", "",
     "Not given: the only chess article is about the Baltic Chess Championship.", NOANS, []),
    ("are there still manned lighthouses in ireland", "",
     "Not given: the lighthouse feature is about Scotland and says nothing about Ireland.", NOANS, []),
    ("is halverson state university in ohio putting up tuition too", "",
     "Not given: no article mentions that university; the fee stories are about Ferncliff (Canada) and Tarrant (New Zealand).", NOANS, []),

    # ---- near_miss (8)
    ("how much is she paid?", C,
     "Not given: the article names Ferncliff president Miriam Ostrander but does not state her salary.", NOANS,
     ["The university is forecasting"]),
    ("how old is angus tolmie", G,
     "Not given: the feature says he has been keeper for 38 years but never gives his age.", NOANS, ["Every evening for 38 years"]),
    ("whats the name of the lighthouse keeper's wife", G,
     "Not given: his wife is described as a former primary teacher from the mainland, but she is not named.", NOANS,
     ["His wife, a former primary teacher"]),
    ("how much prize money did he take home?", F,
     "Not given: the article says Kalnbergs would collect the winner's trophy and prize, but not how much it is worth.", NOANS,
     ["Kalnbergs began playing"]),
    ("how old is aleksander verbitsky", F,
     "Not given: Verbitsky's rating and past titles are reported, but not his age.", NOANS, ["Verbitsky, a former winner"]),
    ("how old is agata wierzbicka", E,
     "Not given: the article says she co-founded Talerzo in 2016 but does not give her age.", NOANS, ["Chief executive Agata Wierzbicka"]),
    ("how much cash did the mozambique government promise families after the cyclone", A,
     "Not given: the government pledged financial support but did not say how much.", NOANS, ["The government said it had activated"]),
    ("what salary does Glenys Harbutt earn as vice-chancellor?", T,
     "Not given: the article quotes Vice-Chancellor Glenys Harbutt but does not mention her pay.", NOANS,
     ["Vice-Chancellor Professor Glenys Harbutt"]),
]

MENTION_NO = {"cholera": ["cholera"], "drone": ["drone"], "cheat": ["cheat"], "ghost": ["ghost", "haunt"]}


# ---------------------------------------------------------------- read the draft
def read_draft():
    items, kind, earlier = [], None, []
    for line in open(os.path.join(D, "questions_draft.txt"), encoding="utf-8").read().splitlines():
        if line.startswith("## "):
            kind = line[3:].strip(); continue
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith(">> earlier:"):
            earlier.append(line[len(">> earlier:"):].strip()); continue
        items.append({"kind": kind, "q": line.strip(), "earlier": earlier}); earlier = []
    return items


def main():
    draft = read_draft()
    if len(draft) != len(ANSWERS):
        sys.exit(f"draft has {len(draft)} questions, ANSWERS has {len(ANSWERS)}")
    rows, no_terms = [], {}
    for n, (d, (q, art, ref, kfs, cstarts)) in enumerate(zip(draft, ANSWERS), 1):
        if d["q"] != q:
            sys.exit(f"alignment error at {n}: draft {d['q']!r} vs answers {q!r}")
        kind = d["kind"]
        answerable = kind not in ("unanswerable", "near_miss") and not (kind == "mention" and not kfs)
        row = {"id": f"d16-{n:03d}", "user_input": d["q"], "kind": kind, "answerable": answerable,
               "reference": ref, "key_facts": list(kfs or []),
               "reference_contexts": [ctx(art, c) for c in cstarts], "article": art}
        if d["earlier"]:
            hist = []
            for e in d["earlier"]:
                hist.append({"role": "user", "content": e})
                hist.append({"role": "assistant", "content": EARLIER[e]})
            row["history"] = hist
        if kind == "mention" and not kfs:
            term = next(k for k in MENTION_NO if k in d["q"].lower())
            no_terms[row["id"]] = MENTION_NO[term]
        rows.append(row)
    with open(os.path.join(D, "questions.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(D, "mention_no_terms.json"), "w", encoding="utf-8") as fh:
        json.dump(no_terms, fh, ensure_ascii=False, indent=1)
    print(f"wrote {len(rows)} rows to questions.jsonl and {len(no_terms)} entries to mention_no_terms.json")


if __name__ == "__main__":
    main()
