#!/usr/bin/env python3
"""Reads questions_draft.txt (questions only) and attaches the answers written here,
producing questions.jsonl and mention_no_terms.json.
Contexts are taken from the paragraph lists in make_articles.py, so they are the
article body paragraphs verbatim (HTML pages: the text after entities are decoded;
the hard-wrapped text file: the paragraph with its line breaks joined by spaces).
Run: python3 build_questions.py"""
import json, os, re
import make_articles as M

D = os.path.dirname(os.path.abspath(__file__))

F1, F2 = "fire_first_report.txt", "fire_update.html"
US, NZ = "fourday_week_corvell.md", "fourday_week_ruatawa.txt"
MU, SE, RE = "museum_theft_meerholt.html", "carseat_recall_kinnest.html", "rescue_leader_profile.md"
FIRE = f"{F1}; {F2}"
PAIR = f"{US}; {NZ}"
ALL = "; ".join([F1, F2, US, NZ, MU, SE, RE])
PARAS = {F1: M.FIRE1, F2: M.FIRE2, US: M.US, NZ: M.NZ, MU: M.MUSEUM, SE: M.SEAT, RE: M.RESCUE}


def P(f, n):
    """n-th body paragraph (1-based) of article f."""
    return PARAS[f][n - 1]


def A(art, ref, kf, ctx):
    return {"article": art, "reference": ref, "key_facts": kf, "ctx": ctx}


META_F1 = "META|article: fire_first_report.txt|outlet: Hollinport Evening Courier|headline: Chemical warehouse fire sends toxic smoke over Hollinport|byline: By Dan Whitcombe, Chief Reporter|date: Tuesday 14 October 2025, 17:30"
META_F2 = "META|article: fire_update.html|outlet: The Northern Ledger|headline: Hollinport warehouse fire: death toll rises to two as investigators point to chemical reaction|author: Sadia Karim|role: Regional Affairs Correspondent|date: 2025-10-17"
META_US = "META|article: fourday_week_corvell.md|outlet: Ozark Plains Observer|headline: Corvell County schools will move to a four-day week this fall|author: Kelsey Tran, Education Reporter|date: February 11, 2025"
META_NZ = "META|article: fourday_week_ruatawa.txt|outlet: Central Districts Chronicle|headline: SEVEN RUATAWA SCHOOLS TO TRIAL FOUR-DAY WEEK FROM TERM 2|byline: By Aroha Whitlock, Rural Affairs Reporter|date: 28 March 2025"
META_MU = "META|article: museum_theft_meerholt.html|outlet: Lowlands Courant|headline: Thieves take 17th-century portrait from Meerholt museum in night-time raid|author: Femke Oosterhuis|role: Culture Editor|date: 8 September 2025"
META_SE = "META|article: carseat_recall_kinnest.html|outlet: HomeFront Consumer News|headline: Start-up Kinnest recalls 18,400 rotating car seats over base-lock fault|byline: By Rosa Delgado, Consumer Affairs Correspondent|date: 22 May 2025"
META_RE = "META|article: rescue_leader_profile.md|outlet: Summit & Glen Magazine|headline: \u2018You never stop listening to the mountain\u2019: the nurse who leads Glen Corran\u2019s rescuers|byline: By Callum Reid, Features Writer|date: 12 April 2025"

ANS = {
    # ---------------- lookup
    "L01": A(F1, "Dunmere Logistics stores industrial cleaning products and swimming-pool chemicals for customers across the north of England.",
             ["industrial cleaning products", "swimming-pool chemicals"], [P(F1, 2)]),
    "L02": A(F1, "The eleven people with breathing difficulties were taken to Hollinport Royal Infirmary.",
             ["Hollinport Royal Infirmary"], [P(F1, 3)]),
    "L03": A(F1, "Marion Tebbutt, 67, of Harbour Row, said she woke to the smell of \u201cburnt plastic and swimming baths\u201d.",
             ["burnt plastic and swimming baths"], [P(F1, 13)]),
    "L04": A(F1, "The Northern Health Protection Unit advised people with asthma to keep their inhalers with them and to avoid exercising outdoors.",
             ["keep their inhalers with them", "avoid exercising outdoors"], [P(F1, 14)]),
    "L05": A(F2, "Keith Armitage, a forklift driver, had worked at the site for 14 years.",
             ["14 years"], [P(F2, 2)]),
    "L06": A(F2, "The National Chemical Incidents Board expects to publish an interim report within eight weeks.",
             ["interim report within eight weeks"], [P(F2, 16)]),
    "L07": A(F2, "Joanne Fairlie, who represents Hollinport East on the city council, has called for a public inquiry and a review of every chemical store within a mile of homes.",
             ["Joanne Fairlie", "Hollinport East"], [P(F2, 15)]),
    "L08": A(F2, "Firefighters used more than nine million litres of water over the three days, much of it pumped from the harbour.",
             ["more than nine million litres"], [P(F2, 11)]),
    "L09": A(US, "The Corvell County R-3 school board voted 5-2 to drop Mondays and move to a four-day week.",
             ["voted 5-2"], [P(US, 1)]),
    "L10": A(US, "The Corvell County R-3 district expects to save about $310,000 a year, mainly on bus fuel, substitute teachers and utilities.",
             ["about $310,000 a year"], [P(US, 6)]),
    "L11": A(US, "About 170 Missouri districts now use a four-day calendar, up from fewer than 30 a decade ago, according to the Missouri Rural Schools Alliance.",
             ["About 170 Missouri districts"], [P(US, 12)]),
    "L12": A(US, "In Corvell, classes will start at 7:50 a.m. and end at 3:35 p.m., making each day 35 minutes longer.",
             ["7:50 a.m.", "3:35 p.m."], [P(US, 3)]),
    "L13": A(NZ, "The Ruatawa trial was approved by the Central Districts Schooling Authority, on condition that the schools run an optional Friday programme.",
             ["Central Districts Schooling Authority"], [P(NZ, 9)]),
    "L14": A(NZ, "Researchers from the T\u014dtara Institute of Education Research will evaluate the Ruatawa trial.",
             ["T\u014dtara Institute of Education Research"], [P(NZ, 13)]),
    "L15": A(NZ, "The Ruatawa cluster estimates it will save about $48,000 over the two terms, mostly on bus running costs.",
             ["about $48,000 over the two terms"], [P(NZ, 14)]),
    "L16": A(NZ, "The Ruatawa cluster's bus contractor is Ranui Coachlines.",
             ["Ranui Coachlines"], [P(NZ, 6)]),
    "L17": A(MU, "The stolen portrait was painted by the Dutch painter Jacob Verhoest.",
             ["Jacob Verhoest"], [P(MU, 1)]),
    "L18": A(MU, "The Museum Van Sloten will remain closed until at least Friday while forensic teams examine the building.",
             ["until at least Friday"], [P(MU, 12)]),
    "L19": A(MU, "The planned upgrade of the museum's alarm and camera system was budgeted at \u20ac600,000.",
             ["\u20ac600,000"], [P(MU, 10)]),
    "L20": A(MU, "\u201cGirl with a Pewter Jug\u201d is dated 1664.",
             ["1664"], [P(MU, 2)]),
    "L21": A(MU, "The painting measures just 48 by 39 centimetres, small enough to be rolled up and carried.",
             ["48 by 39 centimetres"], [P(MU, 7)]),
    "L22": A(SE, "Ellie Marchbank is Kinnest's chief executive and co-founder.",
             ["Ellie Marchbank", "chief executive and co-founder"], [P(SE, 6)]),
    "L23": A(SE, "Kinnest raised \u00a36.2 million from investors in 2024.",
             ["\u00a36.2 million"], [P(SE, 11)]),
    "L24": A(SE, "The Office for Child Product Safety is monitoring the recall and has asked Kinnest for weekly updates.",
             ["Office for Child Product Safety"], [P(SE, 10)]),
    "L25": A(SE, "The Glide 360 is designed for children from birth to about four years old.",
             ["from birth to about four years"], [P(SE, 2)]),
    "L26": A(RE, "Morag Tennant is a district nurse by day.",
             ["district nurse"], [P(RE, 2)]),
    "L27": A(RE, "Running the Glen Corran team costs about \u00a385,000 a year, covering fuel, radios, training and two vehicles.",
             ["about \u00a385,000 a year"], [P(RE, 8)]),
    "L28": A(RE, "The new Land Rover ambulance was paid for by the Corran Water Distillery.",
             ["Corran Water Distillery"], [P(RE, 9)]),
    # ---------------- why_how
    "W01": A(F1, "The incident commander said it was a very large fire involving a range of chemicals and the smoke was an irritant, so people in the affected area were told to go inside, close windows and doors and switch off ventilation.",
             ["the smoke is an irritant"], [P(F1, 7)]),
    "W02": A(F1, "A high-volume pump was used to draw water straight from the harbour.",
             ["high-volume pump", "straight from the harbour"], [P(F1, 5)]),
    "W03": A(F2, "Engineers found that the warehouse's steel frame had buckled, so the building will have to be demolished.",
             ["steel frame had buckled"], [P(F2, 7)]),
    "W04": A(F2, "Dunmere's environmental permit allowed it to hold up to 200 tonnes of hazardous chemicals, but company records show around 340 tonnes were stored there in the week of the fire.",
             ["up to 200 tonnes", "around 340 tonnes"], [P(F2, 12)]),
    "W05": A(F2, "The fire flared up again on Wednesday night when a section of roof collapsed.",
             ["a section of roof collapsed"], [P(F2, 8)]),
    "W06": A(US, "Superintendent Wade Ashby said the main reason was recruiting and keeping teachers: the district lost 14 of its 112 teachers last year, many to larger districts paying up to $9,000 more.",
             ["recruiting and keeping teachers", "14 of its 112 teachers"], [P(US, 4)]),
    "W07": A(US, "Each school day in Corvell will run 35 minutes longer, from 7:50 a.m. to 3:35 p.m.",
             ["35 minutes longer"], [P(US, 3)]),
    "W08": A(US, "Curtis Hale and Denise Ortman said they worried about the effect on younger children, with Ortman calling them long days for a six-year-old; Hale would have preferred a one-year pilot.",
             ["effect on younger children", "one-year pilot"], [P(US, 10)]),
    "W09": A(NZ, "Principal Hemi Tautahi said the move was driven by a shortage of school bus drivers rather than classroom staffing.",
             ["shortage of school bus drivers"], [P(NZ, 4)]),
    "W10": A(NZ, "Some routes have had no driver for weeks and some children travel over an hour each way on gravel roads; cutting one day of travel a week makes the whole bus network workable.",
             ["Cutting one day of travel", "makes the whole network workable"], [P(NZ, 5)]),
    "W11": A(NZ, "Its manager Dean Orchard said the work is split into an early morning shift and a mid-afternoon shift, paid by the hour, which makes it hard to fill.",
             ["early morning shift", "paid by the hour"], [P(NZ, 6)]),
    "W12": A(MU, "They climbed in through a skylight on the roof of the east wing, which they reached with a ladder from a neighbouring building's garden.",
             ["through a skylight", "with a ladder"], [P(MU, 3)]),
    "W13": A(MU, "A painting this well known would be almost impossible to sell openly; such works are more often used as collateral in criminal deals or held for a ransom or reward.",
             ["almost impossible to sell openly", "collateral in criminal deals"], [P(MU, 7), P(MU, 8)]),
    "W14": A(MU, "The upgrade was postponed last year because the municipality cut the museum's grant.",
             ["the municipality cut its grant"], [P(MU, 10)]),
    "W15": A(SE, "A plastic locking pin in the base can stop short of its housing if the seat is swung back quickly, so the green indicator shows locked even though the pin is not fully engaged.",
             ["plastic locking pin", "stop short of its housing"], [P(SE, 5)]),
    "W16": A(RE, "Morag Tennant blames social media: walkers follow routes they have seen online, often without maps, spare layers or torches.",
             ["social media", "routes they have seen online"], [P(RE, 4)]),
    # ---------------- multi_part
    "M01": A(F1, "About 25 fire engines and around 120 firefighters were at the scene, and six primary schools in Eastgate did not open.",
             ["25 fire engines", "around 120 firefighters", "Six primary schools"], [P(F1, 5), P(F1, 8)]),
    "M02": A(F1, "The council leader is Councillor Ray Ostle, and the rest centre was opened at Eastgate Community Hall.",
             ["Ray Ostle", "Eastgate Community Hall"], [P(F1, 15)]),
    "M03": A(F2, "The worker who died at the scene was Tomasz Wierzbicki; he was named by police on Wednesday.",
             ["Tomasz Wierzbicki", "named by police on Wednesday"], [P(F2, 2)]),
    "M04": A(F2, "Gareth Dunmere is the company's managing director; the firm has voluntarily suspended work at its two other sites while they are inspected.",
             ["managing director", "voluntarily suspended work"], [P(F2, 13)]),
    "M05": A(US, "The Corvell change affects about 1,450 students at the district's four schools.",
             ["1,450 students", "four schools"], [P(US, 2)]),
    "M06": A(US, "The Missouri district's program is called Monday Club and costs $20 a day, with free places for families who qualify for free school meals.",
             ["Monday Club", "$20 a day"], [P(US, 9)]),
    "M07": A(NZ, "The Ruatawa trial starts on 28 April, at the start of Term 2, runs for two terms and will be reviewed in December.",
             ["28 April", "two terms", "reviewed in December"], [P(NZ, 2)]),
    "M08": A(NZ, "410 families answered the survey in the Ruatawa area and 71 percent backed the trial.",
             ["410 families", "71 percent"], [P(NZ, 8)]),
    "M09": A(MU, "The alarm went off at 3.12am and officers reached the museum six minutes later.",
             ["3.12am", "six minutes later"], [P(MU, 4)]),
    "M10": A(MU, "The painting is valued at around \u20ac8 million, and the Van Sloten Circle has offered a \u20ac50,000 reward.",
             ["around \u20ac8 million", "\u20ac50,000"], [P(MU, 7), P(MU, 9)]),
    "M11": A(SE, "Kinnest is recalling 18,400 Glide 360 seats; affected ones have serial numbers beginning with GL24 or GL25.",
             ["18,400", "GL24 or GL25"], [P(SE, 1), P(SE, 9)]),
    "M12": A(SE, "Parents can have a free replacement base with a redesigned metal pin or a full refund; replacement bases start shipping on 9 June.",
             ["free replacement base", "full refund", "9 June"], [P(SE, 7)]),
    "M13": A(RE, "Morag Tennant leads 38 volunteers, and the team was called out 142 times last year, a record.",
             ["38 volunteers", "142 times"], [P(RE, 3), P(RE, 4)]),
    # ---------------- about_article
    "A01": A(MU, "The museum theft story was written by Femke Oosterhuis, the Lowlands Courant's Culture Editor.",
             ["Femke Oosterhuis", "Culture Editor"], [META_MU]),
    "A02": A(SE, "The car seat recall story was published by HomeFront Consumer News.",
             ["HomeFront Consumer News"], [META_SE]),
    "A03": A(RE, "The profile of Morag Tennant was published on 12 April 2025 in Summit & Glen Magazine.",
             ["12 April 2025"], [META_RE]),
    "A04": A(NZ, "The headline is \u201cSeven Ruatawa schools to trial four-day week from Term 2\u201d (Central Districts Chronicle).",
             ["SEVEN RUATAWA SCHOOLS", "TRIAL FOUR-DAY WEEK FROM TERM 2"], [META_NZ]),
    "A05": A(F2, "The Northern Ledger article is an update on the Hollinport chemical warehouse fire: the death toll has risen to two and investigators point to a chemical reaction as the cause.",
             ["death toll rises to two", "chemical reaction"], [META_F2]),
    "A06": A(ALL, "There are seven articles, from the Hollinport Evening Courier, The Northern Ledger, the Ozark Plains Observer, the Central Districts Chronicle, the Lowlands Courant, HomeFront Consumer News and Summit & Glen Magazine.",
             ["Hollinport Evening Courier", "The Northern Ledger", "Ozark Plains Observer", "Central Districts Chronicle",
              "Lowlands Courant", "HomeFront Consumer News", "Summit & Glen Magazine"],
             [META_F1, META_F2, META_US, META_NZ, META_MU, META_SE, META_RE]),
    "A07": A(PAIR, "Two articles are about schools: the Ozark Plains Observer story on Corvell County, Missouri, moving to a four-day week, and the Central Districts Chronicle story on seven Ruatawa schools in New Zealand trialling one.",
             ["Corvell County", "Ruatawa"], [META_US, META_NZ]),
    "A08": A(F1, "The first report was written by Dan Whitcombe, Chief Reporter at the Hollinport Evening Courier, and published on Tuesday 14 October 2025 at 17:30.",
             ["Dan Whitcombe", "Chief Reporter", "14 October 2025"], [META_F1]),
    "A09": A(US, "The Corvell County story is by Kelsey Tran, Education Reporter at the Ozark Plains Observer.",
             ["Kelsey Tran", "Education Reporter"], [META_US]),
    "A10": A(FIRE, "Two articles cover the fire: the first report in the Hollinport Evening Courier (14 October 2025) and an update in The Northern Ledger (17 October 2025).",
             ["Hollinport Evening Courier", "The Northern Ledger"], [META_F1, META_F2]),
    "A11": A(RE, "Yes. The Summit & Glen Magazine piece by Callum Reid, Features Writer, profiles Morag Tennant, leader of the Glen Corran Mountain Rescue Team.",
             ["Morag Tennant", "Callum Reid"], [META_RE]),
    # ---------------- overview
    "O01": A(F1, "The first report says a fire at Dunmere Logistics' chemical warehouse in Hollinport's docks killed one worker, eleven people went to hospital with breathing problems and residents were told to stay indoors; an electrical fault was suspected and early damage was put at around \u00a34 million.",
             ["killed one worker", "Eleven people", "electrical fault", "around \u00a34 million"],
             [P(F1, 1), P(F1, 3), P(F1, 9), P(F1, 12)]),
    "O02": A(F2, "The update reports that a second worker has died, that investigators from the National Chemical Incidents Board now blame calcium hypochlorite reacting with rainwater, and that insurers put the damage at \u00a312.5 million.",
             ["second worker has died", "calcium hypochlorite", "\u00a312.5 million", "National Chemical Incidents Board"],
             [P(F2, 1), P(F2, 3), P(F2, 7)]),
    "O03": A(US, "The Corvell County R-3 board voted 5-2 to drop Mondays from August, with days 35 minutes longer; the superintendent says it is about recruiting and keeping teachers, while some parents worry about child care.",
             ["voted 5-2", "drop Mondays", "35 minutes longer", "recruiting and keeping teachers", "child care"],
             [P(US, 1), P(US, 3), P(US, 4), P(US, 7)]),
    "O04": A(NZ, "Seven rural schools around Ruatawa will trial a four-day week from Term 2, with Fridays as a non-teaching day, mainly because of a shortage of school bus drivers; 71 percent of families who answered a survey backed it.",
             ["Seven rural schools", "Fridays becoming a non-teaching day", "shortage of school bus drivers", "71 percent"],
             [P(NZ, 1), P(NZ, 2), P(NZ, 4), P(NZ, 8)]),
    "O05": A(MU, "Thieves broke into the Museum Van Sloten through a skylight early on Sunday and cut Jacob Verhoest's \u201cGirl with a Pewter Jug\u201d from its frame; it is valued at about \u20ac8 million and a \u20ac50,000 reward has been offered.",
             ["Girl with a Pewter Jug", "through a skylight", "around \u20ac8 million", "reward of \u20ac50,000"],
             [P(MU, 2), P(MU, 3), P(MU, 7), P(MU, 9)]),
    "O06": A(SE, "Kinnest is recalling 18,400 Glide 360 rotating car seats because the swivel base might not lock; there were three reports of seats turning but no injuries, and parents get a free replacement base or a refund.",
             ["18,400", "swivel base might not lock", "no reports of injuries", "free replacement base"],
             [P(SE, 1), P(SE, 4), P(SE, 7)]),
    "O07": A(RE, "It profiles Morag Tennant, a district nurse who has led the Glen Corran Mountain Rescue Team since 2017; she leads 38 volunteers and the team had a record 142 callouts last year.",
             ["Morag Tennant", "district nurse", "38 volunteers", "142 times"],
             [P(RE, 1), P(RE, 2), P(RE, 3), P(RE, 4)]),
    "O08": A(PAIR, "Corvell County in Missouri is permanently dropping Mondays to recruit and keep teachers, while the Ruatawa schools in New Zealand are trialling Fridays off for two terms because of a bus driver shortage; Corvell adds 35 minutes a day, Ruatawa 45.",
             ["drop Mondays", "Fridays becoming a non-teaching day", "recruiting and keeping teachers", "shortage of school bus drivers", "two terms"],
             [P(US, 1), P(US, 4), P(NZ, 2), P(NZ, 4)]),
    "O09": A(FIRE, "A fire at Dunmere Logistics' chemical warehouse in Hollinport's docks on Tuesday spread smoke over the city; by Friday a second worker had died, investigators blamed calcium hypochlorite reacting with rainwater, damage was put at \u00a312.5 million, and the stay-indoors advice was lifted at 6pm on Thursday.",
             ["Dunmere Logistics", "second worker has died", "calcium hypochlorite", "\u00a312.5 million", "lifted at 6pm on Thursday"],
             [P(F1, 1), P(F1, 2), P(F2, 1), P(F2, 3), P(F2, 7), P(F2, 9)]),
    # ---------------- dated_version
    "D01": A(FIRE, "Two people have died: the first report said one worker (later named as Tomasz Wierzbicki) was killed, and the update says a second, Keith Armitage, died in hospital on Thursday.",
             ["second worker has died", "Keith Armitage"], [P(F1, 1), P(F2, 1), P(F2, 2)]),
    "D02": A(FIRE, "The first report said early indications pointed to an electrical fault in the forklift charging bay, but investigators now believe calcium hypochlorite reacted with rainwater leaking through a damaged roof.",
             ["electrical fault", "calcium hypochlorite", "rainwater"], [P(F1, 9), P(F2, 3)]),
    "D03": A(FIRE, "The National Chemical Incidents Board took over on Wednesday, with Dr Helen Marsh as lead investigator; at first the fire service was leading the inquiry with Hollinport Police.",
             ["National Chemical Incidents Board", "Dr Helen Marsh"], [P(F1, 10), P(F2, 3)]),
    "D04": A(FIRE, "Insurers now estimate the damage at \u00a312.5 million, roughly three times the first figure.",
             ["\u00a312.5 million"], [P(F2, 7)]),
    "D05": A(FIRE, "The number treated has risen to 23, including two firefighters, up from the eleven taken to hospital in the first report; nineteen have been discharged.",
             ["risen to 23", "two firefighters"], [P(F1, 3), P(F2, 6)]),
    "D06": A(FIRE, "No: early reports placed it on Ferris Quay, but the warehouse is in fact Unit 7 at Garland Wharf, on the opposite side of the inner harbour.",
             ["Unit 7 at Garland Wharf"], [P(F1, 2), P(F2, 5)]),
    "D07": A(FIRE, "No. The advice to keep windows and doors closed was lifted at 6pm on Thursday after chlorine levels fell back to normal, and Eastgate schools reopened on Friday.",
             ["lifted at 6pm on Thursday", "reopened on Friday"], [P(F1, 8), P(F2, 9)]),
    "D08": A(FIRE, "The first report said it was under control by about 11am on Tuesday, but it flared up again on Wednesday night and was not fully extinguished until 2.40pm on Thursday.",
             ["2.40pm on Thursday"], [P(F1, 6), P(F2, 8)]),
    "D09": A(FIRE, "No. Chief Fire Officer Priya Lomax took personal charge of the operation on Wednesday.",
             ["Priya Lomax", "took personal charge"], [P(F2, 10)]),
    # ---------------- mention (yes)
    "Y01": A(RE, "Yes. The Glen Corran team relies on Bracken, a six-year-old border collie trained in air-scent search, handled by Euan Falconer.",
             ["Bracken", "border collie"], [P(RE, 10)]),
    "Y02": A(FIRE, "Yes. In the fire reports, the nearby ferry terminal suspended check-in for the morning sailing to Rotterdam, and the update says it resumed normal sailings on Wednesday.",
             ["ferry terminal", "morning sailing to Rotterdam"], [P(F1, 8), P(F2, 9)]),
    "Y03": A(MU, "Yes. The Van Sloten Circle has offered a reward of \u20ac50,000 for information leading to the painting's safe return.",
             ["reward of \u20ac50,000", "Van Sloten Circle"], [P(MU, 9)]),
    "Y04": A(US, "Yes. Several parents said the change would leave them scrambling for child care, and the district will run an optional Monday Club.",
             ["scrambling for child care", "Monday Club"], [P(US, 7), P(US, 9)]),
    # ---------------- near_miss (article + the paragraph naming the entity; no answer given)
    "N01": A(RE, "", [], [P(RE, 1)]),
    "N02": A(SE, "", [], [P(SE, 11)]),
    "N03": A(SE, "", [], [P(SE, 12)]),
    "N04": A(US, "", [], [P(US, 4)]),
    "N05": A(MU, "", [], [P(MU, 6)]),
    "N06": A(MU, "", [], [P(MU, 14)]),
    "N07": A(F2, "", [], [P(F2, 2)]),
    "N08": A(NZ, "", [], [P(NZ, 7)]),
}

MENTION_NO = {"X01": ["asbestos"], "X02": ["drone"], "X03": ["lottery"], "X04": ["vaping", "vape"]}


def parse_draft():
    rows, kind, cur = [], None, None
    for line in open(os.path.join(D, "questions_draft.txt"), encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        m = re.match(r"== (\w+) ==$", line)
        if m:
            kind = m.group(1); continue
        m = re.match(r"  (user|assistant): (.+)$", line)
        if m:
            cur["history"].append({"role": m.group(1), "content": m.group(2)}); continue
        tag, q = [x.strip() for x in line.split("|", 1)]
        cur = {"tag": tag, "kind": kind, "q": q, "history": []}
        rows.append(cur)
    return rows


def main():
    out, terms = [], {}
    for n, d in enumerate(parse_draft(), 1):
        rid = f"f10-{n:03d}"
        tag, kind = d["tag"], d["kind"]
        row = {"id": rid, "user_input": d["q"], "kind": kind}
        if kind == "unanswerable" or tag in MENTION_NO:
            row.update(answerable=False, reference="", key_facts=[], reference_contexts=[], article="")
            if tag in MENTION_NO:
                terms[rid] = MENTION_NO[tag]
        else:
            a = ANS[tag]
            ans = kind != "near_miss"
            row.update(answerable=ans, reference=a["reference"], key_facts=a["key_facts"],
                       reference_contexts=a["ctx"], article=a["article"])
        if d["history"]:
            row["history"] = d["history"]
        out.append(row)
    used = {d["tag"] for d in parse_draft()}
    missing = (set(ANS) | set(MENTION_NO)) - used
    assert not missing, f"answers without a draft question: {missing}"
    with open(os.path.join(D, "questions.jsonl"), "w", encoding="utf-8") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(D, "mention_no_terms.json"), "w", encoding="utf-8") as fh:
        json.dump(terms, fh, ensure_ascii=False, indent=1)
    print(f"wrote {len(out)} rows, {len(terms)} mention-no rows")


if __name__ == "__main__":
    main()
