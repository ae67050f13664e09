#!/usr/bin/env python3
"""Builds questions.jsonl and mention_no_terms.json for fresh8.

The questions (text, kind, earlier turns) are read word for word from questions_draft.txt, which was written
before any answer. ANSWERS below is kept in draft order; every entry repeats its question and the script asserts
that it matches the draft. Reference contexts are given as a short snippet and expanded here to the FULL body
paragraph that contains it (the snippet must match exactly one body paragraph of the article, or of all
articles when the row spans articles). "META: ..." contexts (about_article) are copied as they are.
Run: python3 build_questions.py && python3 check_set.py"""
import html, json, os, re

D = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(D, "articles")

F1 = "wildfire_aldercoombe_first.txt"
F2 = "wildfire_aldercoombe_update.html"
SER = "carfree_serranova.md"
HAL = "carfree_hallstrup.txt"
HOL = "holmford_manager_sacked.html"
OB = "obit_hattie_merriweather.html"
ROM = "roman_hoard_saltmarsh_thorpe.md"

HTML_BODY = {
    F2: r'<div class="entry-content">(.*?)</div><!-- \.entry-content -->',
    HOL: r'<div class="story-text">(.*?)<div class="story-foot">',
    OB: r'<div class="amp-article-body">(.*?)</div><!-- /amp-article-body -->',
}


def body_paragraphs(f, t):  # same rules as check_set.py
    if f.endswith(".txt"):
        blocks = [b.strip() for b in t.split("\n\n")]
        start = next(i for i, b in enumerate(blocks) if "Photo:" in b) + 1
        out = []
        for b in blocks[start:]:
            if not b or b in ("ADVERTISEMENT", "- ADVERTISEMENT -") or b.startswith("Read more:"): continue
            if b.startswith("Share"): break
            out.append(re.sub(r"\s+", " ", b))
        return out
    if f.endswith(".md"):
        body = t.split("---", 2)[2] if t.startswith("---") else t
        body = body.split("\n---\n")[0]
        blocks = [b.strip() for b in body.split("\n\n") if b.strip()]
        return [b for b in blocks if not b.startswith(("#", "**", "![", ">", "*", "_", "["))]
    m = re.search(HTML_BODY[f], t, re.S)
    return [html.unescape(re.sub(r"<[^>]+>", "", p)).strip() for p in re.findall(r"<p>(.*?)</p>", m.group(1), re.S)]


BODY = {f: body_paragraphs(f, open(os.path.join(ART, f), encoding="utf-8").read()) for f in sorted(os.listdir(ART))}

HEADLINES = {
    F1: "META: WILDFIRE FORCES 1,850 FROM THEIR HOMES AS TAMSIN RIDGE BLAZE GROWS",
    F2: "META: Aldercoombe wildfire claims first life as burned area nears 9,000 hectares",
    SER: "META: Serranova votes to shut its old town to private cars",
    HAL: "META: Hallstrup council backs car-free city centre from 2027",
    HOL: "META: Holmford Athletic sack Craig Tennant after 5-0 home thrashing",
    OB: "META: Hattie Merriweather, pianist who kept Cordell City jazz alive, dies at 88",
    ROM: "META: Roman bathhouse and 1,312 silver coins found under Lincolnshire housing site",
}


def A(q, ref, kf, ctx, art, ok=True):
    return {"q": q, "answerable": ok, "reference": ref, "key_facts": kf, "ctx": ctx, "article": art}


def NO(q, ref, art="", ctx=()):
    return A(q, ref, [], list(ctx), art, ok=False)


ANSWERS = [
    # ---------------- lookup (28)
    A("what time on sunday was the tamsin ridge fire first spotted?",
      "It was first reported at about 3:15 p.m. on Sunday, 14 km from Aldercoombe.",
      ["3:15 p.m."], ["known as the Tamsin Ridge fire"], F1),
    A("who was the man that died in the aldercoombe fire",
      "Walter Pruitt, 71, a retired mill worker who had lived in Birch Landing for more than 40 years.",
      ["Walter Pruitt"], ["identified him as Walter Pruitt"], F2),
    A("how much money has the harlow valley foundation collected so far",
      "Its appeal has raised $180,000 in three days.",
      ["$180,000"], ["Harlow Valley Foundation"], F2),
    A("which company owns the power line they think started the wildfire?",
      "Kestrel Power. The fire centre says one of its power lines most likely came down in high winds and started the fire.",
      ["Kestrel Power"], ["power line owned by Kestrel Power"], F2),
    A("how hot was it supposed to get on wednesday near aldercoombe",
      "Up to 36C, with afternoon gusts of 50 km/h, according to the regional weather office.",
      ["36C"], ["temperatures of up to 36C"], F1),
    A("whats the penalty for driving into serranova's old town once the ban starts",
      "A fine of €200.",
      ["€200"], ["face a fine of €200"], SER),
    A("how many cameras is serranova putting up to catch drivers",
      "36 number-plate cameras at the gates of the old town.",
      ["36 number-plate cameras"], ["36 number-plate cameras"], SER),
    A("when does the serranova car ban kick in?",
      "From 1 March 2026.",
      ["1 March 2026"], ["from 1 March 2026"], SER),
    A("how big is the car free area in serranova",
      "The zone covers 1.4 square kilometres (the walled old town).",
      ["1.4 square kilometre"], ["1.4 square kilometre zone"], SER),
    A("and who's the mayor there?",
      "Serranova's mayor is Inés Barroso.",
      ["Inés Barroso"], ["Mayor Inés Barroso"], SER),
    A("how many parking spots will serranova's park and ride sites have altogether",
      "2,400 spaces across the three park-and-ride car parks.",
      ["2,400 spaces"], ["combined 2,400 spaces"], SER),
    A("what was the final vote count in hallstrup",
      "The council approved the plan by 19 votes to 12.",
      ["19 votes to 12"], ["by 19 votes to 12"], HAL),
    A("how much do you get fined for driving in hallstrup centre without a permit?",
      "1,500 kroner.",
      ["1,500 kroner"], ["fined 1,500 kroner"], HAL),
    A("whats the ring road called?",
      "Voldgade, the ring road that follows the line of Hallstrup's old ramparts.",
      ["Voldgade"], ["area inside Voldgade"], HAL),
    A("how many people signed the referendum petition in hallstrup",
      "8,200 signatures.",
      ["8,200 signatures"], ["collected 8,200 signatures"], HAL),
    A("hallstrup population?",
      "About 96,000 people, with around 6,500 living inside the ring road.",
      ["96,000"], ["port city of about 96,000 people"], HAL),
    A("who beat holmford 5-0",
      "Kingsbridge Town, at Holmford's home ground.",
      ["Kingsbridge Town"], ["5-0 defeat at home to Kingsbridge Town"], HOL),
    A("who is in charge of holmford for now",
      "Under-21s coach Dean Mwangi has taken temporary charge.",
      ["Dean Mwangi"], ["Dean Mwangi will take temporary charge"], HOL),
    A("what did holmford pay for ryan castle",
      "A club-record £6.5m.",
      ["£6.5m"], ["a record £6.5m on striker Ryan Castle"], HOL),
    A("how many people were at millbrook lane for the kingsbridge game",
      "A crowd of 11,400.",
      ["11,400"], ["crowd of 11,400"], HOL),
    A("how old was hattie merriweather when she passed",
      "She was 88.",
      ["88"], ["She was 88."], OB),
    A("what did she die of?",
      "Complications of pneumonia, according to her nephew Darnell Merriweather.",
      ["complications of pneumonia"], ["complications of pneumonia"], OB),
    A("what was the name of the jazz club she ran",
      "The Velvet Latch, a 90-seat club she opened with her husband in 1979 and ran until 2011.",
      ["Velvet Latch"], ["opened the Velvet Latch"], OB),
    A("how many records did hattie merriweather put out in total",
      "31 albums, the last in 2019.",
      ["31 albums"], ["31 albums, the last in 2019"], OB),
    A("how many coins were in the hoard exactly?",
      "1,312 silver denarii.",
      ["1,312"], ["The coins, 1,312 silver denarii"], ROM),
    A("who first noticed the roman remains at saltmarsh thorpe",
      "A digger driver, Alan Rudge, who spotted fragments of red tile while clearing ground for foundations.",
      ["Alan Rudge"], ["a digger driver, Alan Rudge"], ROM),
    A("what animal is shown on the mosaic",
      "A dolphin.",
      ["dolphin"], ["mosaic floor showing a dolphin"], ROM),
    A("whats the date on the newest coin in the stash",
      "The most recent coin was minted in AD 238.",
      ["AD 238"], ["minted in AD 238"], ROM),

    # ---------------- why_how (16)
    A("why do they now think the aldercoombe fire wasn't lightning after all",
      "The fire centre now says it was human-caused: evidence at the point of origin is consistent with an electrical ignition, most likely a Kestrel Power line that came down in high winds on Sunday afternoon.",
      ["electrical ignition", "power line"], ["revised their account", "consistent with an electrical ignition"], F2),
    A("why did the courier's report blame lightning in the first place?",
      "Dry thunderstorms had crossed the region late on Saturday night, and the fire centre recorded more than 400 lightning strikes in the district in six hours; the cause was still under investigation.",
      ["dry thunderstorms", "400 lightning strikes"], ["most likely sparked by lightning"], F1),
    A("why did the evacuee centre have to move",
      "The Harlow Valley Community Arena had run out of space, so the reception centre moved to Lakeview Secondary School in Harlow.",
      ["run out of space", "Lakeview Secondary School"], ["which had run out of space"], F2),
    A("how did crews manage to get the fire more under control by friday? what helped",
      "Cooler weather and light rain overnight on Thursday helped bring containment to 35 per cent.",
      ["cooler weather", "light rain"], ["Containment has reached 35 per cent"], F2),
    A("why is serranova doing this, whats the mayor's reasoning",
      "Mayor Inés Barroso says it is about the air children breathe and giving the streets back to people; old-town nitrogen dioxide averaged 48 micrograms per cubic metre, above the EU limit of 40.",
      ["giving the streets back to people", "48 micrograms"], ["This is about the air our children breathe", "annual average of 48 micrograms"], SER),
    A("why are serranova shop owners against the ban",
      "They say it will empty the old town of customers; traders' leader Ramón Ezquerra says sales at some shops fell by a third during the 2023 trial weekends.",
      ["fell by a third"], ["sales at some shops fell by a third"], SER),
    A("how are the serranova traders trying to block it",
      "Their association will ask the regional high court to suspend the ordinance, arguing the council never did a proper economic impact study.",
      ["regional high court", "economic impact study"], ["ask the regional high court"], SER),
    A("without a car how will people actually get into serranova's centre",
      "Through three park-and-ride car parks on the ring road and a free electric shuttle bus running every eight minutes to the Plaza Mayor.",
      ["park-and-ride", "every eight minutes"], ["three park-and-ride car parks"], SER),
    A("why did sofie kragh push for the ban",
      "For road safety rather than pollution: three pedestrians were killed in traffic in Hallstrup's centre last year, the most in over a decade.",
      ["road safety", "Three pedestrians"], ["drawn up by Sofie Kragh"], HAL),
    A("how is hallstrup going to enforce the ban",
      "With cameras rather than barriers or bollards; fines will only be issued after a six-month trial period.",
      ["cameras rather than barriers", "six-month trial period"], ["enforce the rules with cameras"], HAL),
    A("why don't they just hold a vote on it then?",
      "The Hallstrup council is not obliged to hold a referendum, even with 8,200 signatures on the petition.",
      ["not obliged"], ["not obliged to hold one"], HAL),
    A("why exactly was tennant sacked",
      "A 5-0 home defeat to Kingsbridge Town left Holmford 21st, two points above the relegation zone; the board said a change was needed to protect the club's position in the division.",
      ["5-0 defeat", "two points above the relegation zone"], ["sacked manager Craig Tennant on Sunday morning", "reluctantly concluded"], HOL),
    A("why did the ryan castle transfer put tennant under pressure",
      "Castle cost a club-record £6.5m but has scored only twice in 13 appearances.",
      ["£6.5m", "scored twice in 13 appearances"], ["a record £6.5m on striker Ryan Castle"], HOL),
    A("how did hattie merriweather get her big break",
      "In 1958 bandleader Sonny Atwell hired her for his orchestra after hearing her at a Sunday jam session.",
      ["Sonny Atwell", "Sunday jam session"], ["Her break came in 1958"], OB),
    A("how come her left hand was so strong, did she ever explain?",
      "She said she learned to play that way because the churches of her childhood could rarely afford a bassist.",
      ["rarely afford one"], ["Critics often remarked on her left hand"], OB),
    A("why do so many coin stashes turn up from the 200s ad?",
      "Dr Helena Marchetti says the third century was a time of political upheaval, with emperors rising and falling quickly, so hoards from those decades turn up more often.",
      ["political upheaval", "third century"], ["the third century was a period of political upheaval"], ROM),

    # ---------------- multi_part (13)
    A("who's the mayor of aldercoombe and where did she give her briefing",
      "Lorna Fetterly; she spoke at a briefing at the fire hall.",
      ["Lorna Fetterly", "fire hall"], ["told a briefing at the fire hall"], F1),
    A("list the kinds of help evacuees were getting at the arena",
      "Meals, cots and vouchers for hotel rooms at the Harlow Valley Community Arena.",
      ["meals", "cots", "vouchers for hotel rooms"], ["handing out meals, cots and vouchers"], F1),
    A("who is marcy kolbeck and what did she grab before leaving",
      "A 67-year-old Birch Landing resident who left with her two dogs and a box of photographs.",
      ["67", "Birch Landing", "two dogs", "box of photographs"], ["Among them was Marcy Kolbeck"], F1),
    A("how big is the provincial relief fund and what's it supposed to cover",
      "$2.5 million, to help evacuees with lodging, food and lost wages.",
      ["$2.5 million", "lodging", "food", "lost wages"], ["$2.5 million emergency fund"], F2),
    A("in serranova who is still allowed to drive in, and when can delivery vans come?",
      "Residents' cars registered inside the walls, taxis, emergency services and drivers with disability permits; delivery vans from 7 a.m. to 11 a.m. daily.",
      ["residents' vehicles", "taxis", "emergency services", "disability permits", "7 a.m. to 11 a.m."],
      ["only residents' vehicles registered"], SER),
    A("serranova: how much is the city spending and on what",
      "€12 million on three park-and-ride car parks on the ring road (2,400 spaces) and a free electric shuttle bus.",
      ["€12 million", "three park-and-ride car parks", "free electric shuttle bus"], ["will spend €12 million"], SER),
    A("what were the nitrogen dioxide readings like in the serranova old town, and what's the eu limit",
      "An annual average of 48 micrograms per cubic metre last year; the EU legal limit is 40.",
      ["48 micrograms", "legal limit of 40"], ["annual average of 48 micrograms"], SER),
    A("list the things hallstrup is spending the money on, and how much in total",
      "340 million kroner in total: an electric bus loop around the centre, two underground car parks with 1,800 spaces, and new cycle lanes on the main approach roads.",
      ["340 million kroner", "electric bus loop", "two underground car parks", "cycle lanes"], ["spend 340 million kroner"], HAL),
    A("how did the hallstrup consultation go - how many replies and what share backed it",
      "4,100 responses, 58 per cent of them in favour of the ban.",
      ["4,100 responses", "58 per cent"], ["received 4,100 responses"], HAL),
    A("who else left holmford along with tennant?",
      "His assistant Paolo Ferri and goalkeeping coach Stuart Lomax.",
      ["Paolo Ferri", "Stuart Lomax"], ["Paolo Ferri, and goalkeeping coach Stuart Lomax"], HOL),
    A("what was his record in charge? wins, draws, losses",
      "Nine wins, eight draws and 14 defeats in 31 league matches.",
      ["won nine", "drawing eight", "losing 14"], ["won nine of his 31 league matches"], HOL),
    A("name hattie merriweather's daughters and say how many grandkids she had",
      "Celeste Grant and Nora Grant-Ellison; five grandchildren.",
      ["Celeste Grant", "Nora Grant-Ellison", "five grandchildren"], ["survived by two daughters"], OB),
    A("what did the archeologists dig up at the bathhouse itself, list the features",
      "Four rooms, including a heated room with the stone pillars of a hypocaust (underfloor heating), and a section of mosaic floor showing a dolphin.",
      ["four rooms", "hypocaust", "mosaic floor"], ["revealed four rooms of a bathhouse"], ROM),

    # ---------------- about_article (11)
    A("who wrote it?",
      "Bethan Cole, Heritage Correspondent at The Fenland Chronicle.",
      ["Bethan Cole"], ["META: By Bethan Cole, Heritage Correspondent"], ROM),
    A("which outlet ran the hallstrup story",
      "Nordic Civic Times (by Mikkel Thorsager, City Hall Reporter).",
      ["Nordic Civic Times"], ["META: Nordic Civic Times", "META: By Mikkel Thorsager, City Hall Reporter"], HAL),
    A("when was the hattie merriweather obit published",
      "9 September 2025 (Sept. 9, 2025), in the Midwest Arts Journal.",
      ["Sept. 9, 2025"], ["META: Sept. 9, 2025"], OB),
    A("whats the headline on the holmford article",
      "\"Holmford Athletic sack Craig Tennant after 5-0 home thrashing\".",
      ["sack Craig Tennant", "5-0 home thrashing"], [HEADLINES[HOL]], HOL),
    A("what's the subtitle of the serranova piece?",
      "\"The council's 17-8 vote makes the Spanish city one of the largest in the country to close its historic centre to traffic, but shopkeepers vow to fight on\".",
      ["17-8 vote", "shopkeepers vow to fight on"],
      ["META: The council's 17-8 vote makes the Spanish city one of the largest in the country to close its historic centre to traffic, but shopkeepers vow to fight on"], SER),
    A("how many articles are there altogether",
      "Seven: two reports on the Aldercoombe wildfire (first report and update), the Serranova and Hallstrup car bans, the Holmford manager sacking, the Hattie Merriweather obituary and the Saltmarsh Thorpe Roman find.",
      ["Aldercoombe", "Serranova", "Hallstrup", "Holmford", "Hattie Merriweather", "Saltmarsh Thorpe"],
      [HEADLINES[f] for f in (F1, F2, SER, HAL, HOL, OB, ROM)], ""),
    A("which of the articles are about banning cars",
      "Two: Serranova's old-town ban (The Iberia Observer) and Hallstrup's car-free centre (Nordic Civic Times).",
      ["Serranova", "Hallstrup"], [HEADLINES[SER], HEADLINES[HAL]], ""),
    A("who wrote the update on the wildfire where the man died, and what's their job",
      "Tomasz Reyes, Environment Correspondent at the Pacific Slope Ledger.",
      ["Tomasz Reyes", "Environment Correspondent"], ["META: By Tomasz Reyes, Environment Correspondent", "META: Pacific Slope Ledger"], F2),
    A("what day was the tennant sacking story published and who's the writer",
      "Monday 3 November 2025; written by Gareth Lyle, Chief Football Writer at The Terrace Report.",
      ["3 November 2025", "Gareth Lyle"], ["META: Monday 3 November 2025 · 08:30 GMT", "META: By Gareth Lyle, Chief Football Writer"], HOL),
    A("which paper had the first report on the tamsin ridge fire, and when did it go out",
      "The Interior Daily Courier, on Tuesday 12 August 2025 at 19:20 PDT.",
      ["Interior Daily Courier", "12 August 2025"], ["META: Interior Daily Courier", "META: Published: Tuesday, 12 August 2025, 19:20 PDT"], F1),
    A("is there an article about a musician? which one",
      "Yes: the Midwest Arts Journal obituary of jazz pianist Hattie Merriweather, by Simone Achterberg.",
      ["Hattie Merriweather", "Midwest Arts Journal"], [HEADLINES[OB], "META: By Simone Achterberg | Music Critic"], OB),

    # ---------------- overview (9)
    A("what's the serranova story about",
      "Serranova's council voted 17-8 to ban private cars from its walled old town from 1 March 2026. Only residents, taxis, emergency and disabled drivers may enter; offenders face €200 fines; the city is spending €12 million on park-and-ride; traders will ask the regional high court to suspend it.",
      ["17 votes to 8", "1 March 2026", "€200", "regional high court"],
      ["voted on Tuesday night", "passed by 17 votes to 8", "face a fine of €200", "ask the regional high court"], SER),
    A("main points of the hallstrup article pls",
      "Hallstrup's council voted 19-12 to close the centre inside Voldgade to most private cars from 1 January 2027. Residents keep permits until the end of 2028, the fine is 1,500 kroner, and the city will spend 340 million kroner on a bus loop, car parks and cycle lanes; the business council opposes it.",
      ["1 January 2027", "19 votes to 12", "end of 2028", "340 million kroner"],
      ["by 19 votes to 12", "until the end of 2028", "spend 340 million kroner"], HAL),
    A("summarise the holmford story",
      "Holmford Athletic sacked Craig Tennant after a 5-0 home defeat to Kingsbridge Town left them 21st. Under-21s coach Dean Mwangi is caretaker; Tennant won nine of 31 league games; Mark Pellow is the bookmakers' favourite to replace him.",
      ["Craig Tennant", "5-0 defeat", "Dean Mwangi", "Mark Pellow"],
      ["sacked manager Craig Tennant on Sunday morning", "Dean Mwangi will take temporary charge", "Former Carnforth manager Mark Pellow"], HOL),
    A("give me a quick rundown of hattie merriweathers life",
      "Born in 1937 in Redbud, Oklahoma, she joined Sonny Atwell's orchestra in 1958, recorded her debut \"Blue Hour at the Carousel\" in 1961 and made 31 albums, ran the Velvet Latch club from 1979 to 2011 and taught at the Westport Conservatory for 22 years. She died at 88.",
      ["1937", "Sonny Atwell", "Blue Hour at the Carousel", "Velvet Latch", "31 albums"],
      ["Born in 1937", "Her break came in 1958", "Blue Hour at the Carousel", "opened the Velvet Latch"], OB),
    A("what's the saltmarsh thorpe dig about, in short",
      "Builders at Saltmarsh Thorpe found a Roman bathhouse and a hoard of 1,312 silver denarii under a housing site. The coins have been reported under the Treasure Act 1996, and the Thorpe and District Museum hopes to acquire them.",
      ["Roman bathhouse", "1,312 silver denarii", "Treasure Act 1996", "Thorpe and District Museum"],
      ["Archaeologists have uncovered the remains", "The coins, 1,312 silver denarii", "under the Treasure Act 1996", "The Thorpe and District Museum has already said"], ROM),
    A("what's the latest on the aldercoombe fire?",
      "As of Friday's update: one man, Walter Pruitt, has died; the fire (now the Aldercoombe Complex) covers about 8,900 hectares; 47 buildings are destroyed; it was most likely started by a Kestrel Power line; containment is 35 per cent.",
      ["Walter Pruitt", "8,900 hectares", "47", "Kestrel Power", "35 per cent"],
      ["identified him as Walter Pruitt", "about 8,900 hectares", "has risen to 47", "power line owned by Kestrel Power", "Containment has reached 35 per cent"], F2),
    A("summarise the first report on the wildfire",
      "On Tuesday the Tamsin Ridge fire near Aldercoombe forced 1,850 people out and destroyed at least 12 buildings; it had grown to 2,300 hectares with no containment, and officials thought lightning was the likely cause.",
      ["1,850 people", "12 buildings", "2,300 hectares", "lightning"],
      ["forced 1,850 people from their homes", "estimated 2,300 hectares", "most likely sparked by lightning"], F1),
    A("compare the two car ban stories, what are the basics of each",
      "Serranova (Spain) voted 17-8 to ban private cars from its 1.4 sq km old town from 1 March 2026, mainly over air pollution. Hallstrup (Denmark) voted 19-12 to close the 2.1 sq km centre from 1 January 2027, mainly over road safety.",
      ["1 March 2026", "17 votes to 8", "1 January 2027", "19 votes to 12"],
      ["voted on Tuesday night to ban private cars", "passed by 17 votes to 8", "from 1 January 2027", "drawn up by Sofie Kragh"], ""),
    A("sum up what hapened in the holmford v kingsbridge match",
      "Kingsbridge won 5-0 at Millbrook Lane, Holmford's heaviest home defeat: 3-0 up at half-time, Danny Poole scored three and the fifth was a stoppage-time penalty after Reece Amadi's red card.",
      ["heaviest home loss", "3-0 at half-time", "Danny Poole", "Reece Amadi"],
      ["heaviest home loss"], HOL),

    # ---------------- dated_version (9)
    A("in the first report, how many buildings had burned?",
      "At least 12 buildings, on the edge of Birch Landing (Tuesday's report).",
      ["12 buildings"], ["destroyed at least 12 buildings"], F1),
    A("what's the count now?",
      "47 buildings destroyed as of Friday's update, most of them homes, up from the dozen counted on Tuesday.",
      ["47"], ["has risen to 47"], F2),
    A("as of the latest update how many people have been forced out",
      "About 3,400, after the order was expanded to Quarry Flats (though residents east of the Sorrel River could return from Saturday).",
      ["3,400"], ["about 3,400"], F2),
    A("what did officials say caused the fire on tuesday",
      "On Tuesday they said it was most likely lightning from dry thunderstorms on Saturday night, though the cause was under investigation.",
      ["lightning"], ["most likely sparked by lightning"], F1),
    A("what is the death toll now",
      "One: Walter Pruitt, 71, was found in a burned house in Birch Landing, the first death from the fire.",
      ["first death", "Walter Pruitt"], ["A man has died in the wildfire", "identified him as Walter Pruitt"], F2),
    A("how many hectares had burned by tuesday afternoon",
      "An estimated 2,300 hectares.",
      ["2,300 hectares"], ["estimated 2,300 hectares"], F1),
    A("who was the fire centre's spokesperson in the first report",
      "Priya Dhaliwal, a fire information officer with the Kettle Basin Fire Centre.",
      ["Priya Dhaliwal"], ["said Priya Dhaliwal"], F1),
    A("as of friday how many firefigthers are working the fire",
      "About 310, including 40 from Alberta, backed by 11 helicopters.",
      ["310 firefighters"], ["About 310 firefighters"], F2),
    A("what was the fire called at first and what's its name now?",
      "It was first called the Tamsin Ridge fire; after merging with the Spur Lake blaze it was renamed the Aldercoombe Complex.",
      ["Tamsin Ridge fire", "Aldercoombe Complex"], ["known as the Tamsin Ridge fire", "renamed the combined fire"], ""),

    # ---------------- mention (8): 4 yes, 4 no
    A("does the hallstrup article say anything about the ferry",
      "Yes. The harbour ferry terminal is just outside the zone, passengers can still drive there on the ring road, and taxis serving it are exempt.",
      ["ferry terminal"], ["harbour ferry terminal"], HAL),
    A("is the treasure act discussed in the roman coins story",
      "Yes. The coins were reported to the coroner under the Treasure Act 1996, and an inquest will decide if they count as treasure.",
      ["Treasure Act 1996", "inquest"], ["under the Treasure Act 1996"], ROM),
    A("does the aldercoombe fire coverage say anything about livestock or farm animals?",
      "Yes, the first report: owners were asked to move animals, the Harlow Valley fairground opened its barns to evacuated horses and cattle, and a feed supplier is donating hay.",
      ["Harlow Valley fairground", "donating hay"], ["Livestock owners"], F1),
    A("does the obituary mention her husband",
      "Yes. Her husband was the drummer Ellis Grant; they opened the Velvet Latch together in 1979 and he died in 1998.",
      ["Ellis Grant", "1998"], ["the drummer Ellis Grant"], OB),
    NO("does the holmford piece say anything about the referee?",
       "No. The Holmford article does not mention the referee."),
    NO("is climate change mentioned in either wildfire article",
       "No. Neither wildfire report mentions climate change."),
    NO("does the serranova article talk about e-scooters at all",
       "No. The Serranova article does not mention e-scooters."),
    NO("does the obituary mention any grammys",
       "No. The obituary mentions no Grammys; the awards it names are the National Jazz Heritage Award and the key to the city."),

    # ---------------- unanswerable (8)
    NO("what's the car ban in lisbon like",
       "The articles don't cover Lisbon. The two car-ban stories are about Serranova (Spain) and Hallstrup (Denmark)."),
    NO("did the norwegian city vote for it too?",
       "There is no Norwegian city in the articles; the car bans are in Serranova, Spain and Hallstrup, Denmark."),
    NO("who won holmford vs port elwin on tuesday",
       "Not covered: the article was written before the Port Elwin game was played."),
    NO("whats the weather going to be like in london this weekend",
       "The articles don't cover London's weather."),
    NO("any news on the stock market today",
       "None of the articles is about the stock market."),
    NO("did the court rule against the supermarket chain?",
       "None of the articles covers a court case against a supermarket chain."),
    NO("what did the italian city decide about its car ban",
       "There is no Italian city in the articles; the car bans covered are in Serranova, Spain and Hallstrup, Denmark."),
    NO("who is the current prime minister of canada",
       "The articles don't say."),

    # ---------------- near_miss (8)
    NO("how much does craig tennant earn a year",
       "Not given: the article reports about £1.2m in compensation for Tennant and his staff, but not his salary.",
       HOL, ["estimated at about £1.2m"]),
    NO("how old is he?",
       "Not given: the article names Dean Mwangi as caretaker but does not give his age.",
       HOL, ["Mwangi, who led the under-21s"]),
    NO("how much will the hotel drop-off permit cost in serranova",
       "Not given: the article says hotel guests can register for a single drop-off and collection but gives no price.",
       SER, ["Hotel guests staying inside the walls"]),
    NO("how much is the coin hoard worth",
       "Not given: the article describes the 1,312 denarii but gives no valuation.",
       ROM, ["The coins, 1,312 silver denarii"]),
    NO("how long has lorna fetterly been mayor of aldercoombe",
       "Not given: she is quoted as mayor, but the article doesn't say how long she has held the post.",
       F1, ["Mayor Lorna Fetterly said"]),
    NO("when did they get married?",
       "Not given: the obituary names her husband, Ellis Grant, but not when they married.",
       OB, ["the drummer Ellis Grant"]),
    NO("how much money did brackwell homes lose by pausing the building work",
       "Not given: Brackwell Homes paused that part of the site for ten weeks, but no cost is reported.",
       ROM, ["The developer, Brackwell Homes"]),
    NO("what penalty is kestrel power facing over the fire",
       "Not given: the regulator has opened an inquiry, but no penalty is mentioned.",
       F2, ["opened its own inquiry"]),
]

MENTION_NO_TERMS = {  # question text -> terms that must appear in no article
    "does the holmford piece say anything about the referee?": ["referee"],
    "is climate change mentioned in either wildfire article": ["climate"],
    "does the serranova article talk about e-scooters at all": ["scooter"],
    "does the obituary mention any grammys": ["grammy"],
}


def read_draft(path):
    out, kind = [], None
    for line in open(path, encoding="utf-8").read().splitlines():
        if line.startswith("## "):
            kind = line[3:].strip()
        elif line.startswith("Q: "):
            out.append({"q": line[3:], "kind": kind, "history": []})
        elif line.startswith(">> earlier: "):
            role, content = line[len(">> earlier: "):].split(": ", 1)
            assert role in ("user", "assistant"), line
            out[-1]["history"].append({"role": role, "content": content})
    return out


def expand(snippet, art):
    if snippet.startswith("META: "):
        return snippet
    pool = [art] if art else list(BODY)
    hits = [p for f in pool for p in BODY[f] if snippet in p]
    assert len(hits) == 1, (snippet, art, len(hits))
    return hits[0]


def main():
    draft = read_draft(os.path.join(D, "questions_draft.txt"))
    assert len(draft) == len(ANSWERS), (len(draft), len(ANSWERS))
    rows, no_terms = [], {}
    for n, (d, a) in enumerate(zip(draft, ANSWERS), 1):
        assert d["q"] == a["q"], (n, d["q"], a["q"])
        row = {"id": f"f8-{n:03d}", "user_input": d["q"], "kind": d["kind"], "answerable": a["answerable"],
               "reference": a["reference"], "key_facts": a["key_facts"],
               "reference_contexts": [expand(c, a["article"]) for c in a["ctx"]], "article": a["article"]}
        if d["history"]:
            row["history"] = d["history"]
        if d["q"] in MENTION_NO_TERMS:
            no_terms[row["id"]] = MENTION_NO_TERMS[d["q"]]
        rows.append(row)
    assert len(no_terms) == len(MENTION_NO_TERMS)
    with open(os.path.join(D, "questions.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(D, "mention_no_terms.json"), "w", encoding="utf-8") as fh:
        json.dump(no_terms, fh, ensure_ascii=False, indent=1)
    print(f"wrote {len(rows)} rows to questions.jsonl, {len(no_terms)} entries to mention_no_terms.json")


if __name__ == "__main__":
    main()
