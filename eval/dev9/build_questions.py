#!/usr/bin/env python3
"""Builds questions.jsonl and mention_no_terms.json for dev9.

Reads questions_draft.txt verbatim (sections "## kind", ">> earlier: ..." history lines before a
follow-up) and attaches, in draft order, the answers in ANSWERS below. Each answer starts with a
prefix of its question so a mis-ordering fails loudly. Run: python3 build_questions.py
"""
import json, os, sys
D = os.path.dirname(os.path.abspath(__file__))

FIRST = "valdemora_legionnaires_first.txt"
UPD = "valdemora_legionnaires_update.html"
FIN = "kuusijarvi_mill_closure.html"
CAN = "ashby_falls_mill_closure.txt"
COMET = "tolley_comet.md"
RAIL = "renvallen_derailment_report.html"
FEST = "ballyvarren_festival_review.md"


def parse_draft(path):
    out, kind, hist = [], None, []
    for line in open(path, encoding="utf-8").read().splitlines():
        s = line.strip()
        if not s:
            continue
        if s.startswith("## "):
            kind = s[3:].strip(); hist = []; continue
        if s.startswith("#"):
            continue
        if s.startswith(">> earlier:"):
            hist.append(s[len(">> earlier:"):].strip()); continue
        out.append({"kind": kind, "q": s, "history": hist}); hist = []
    return out


def A(prefix, article, reference, key_facts, contexts):
    return dict(prefix=prefix, article=article, reference=reference, key_facts=key_facts, contexts=contexts)


def NO(prefix, article=""):
    return dict(prefix=prefix, article=article, reference="", key_facts=[], contexts=[])


# sentences reused by several answers (verbatim from the articles)
C_TOLLEY_FOUND = "Graeme Tolley, 67, spotted a faint smudge of light on images taken with his 35-centimetre telescope in the early hours of 27 January."
C_TOLLEY_INTRO = "A retired dairy farmer from the small Canterbury town of Whetūroa has discovered a comet, the first to be found by an amateur astronomer in the region in more than 40 years."
C_DESIGNATION = "The object has since been confirmed as a new comet by the International Comet Registry and given the official designation C/2025 B3 (Tolley)."
C_PERIHELION = "Calculations of its orbit suggest it will make its closest approach to the Sun on 19 October, passing at roughly 0.9 times the distance between the Earth and the Sun."
C_NAKED_EYE = "If it brightens as expected, it could be visible to the naked eye from dark locations in the southern hemisphere for a few weeks in late October and early November."
C_UNPREDICTABLE = "Comets are notoriously unpredictable, so I'd urge people not to get their hopes up just yet,"
C_ORBIT = "The comet travels on a long, stretched-out orbit and is thought to take around 4,000 years to circle the Sun"
C_FELDMANN = "Dr Anika Feldmann, an astronomer at the Mackenzie Basin Observatory who helped confirm the discovery, said the comet was currently about 610 million kilometres from the Sun, beyond the orbit of Mars, and far too faint to see without a large telescope."

C_V1_LEAD = "Nine people have been confirmed as having Legionnaires' disease in Valdemora, a town of around 18,000 people in the northern Spanish region of Asturias, and one of them, a 78-year-old man, has died, health authorities said on Monday."
C_V1_DIED = "The man, who had underlying heart and lung conditions, died on Sunday at the Hospital Comarcal de Valdemora, the town's main hospital."
C_V1_TREATED = "Six other patients are being treated there, two of them in intensive care, while the remaining two have been sent home to recover."
C_V1_SAMPLES = "Inspectors have so far taken water samples from 14 cooling towers on commercial and industrial buildings, as well as from two ornamental fountains in the Plaza de la Ribera."
C_V1_RESULTS = "Laboratory results are expected within ten days, because the bacteria must be grown in culture before they can be identified, officials said."
C_V1_CATCH = "People catch it by breathing in tiny droplets of contaminated water."
C_V1_NOTSPREAD = "It is not passed from person to person, and it cannot be caught by drinking tap water."
C_V1_QUIROS = "Dr Marta Quirós, who leads the epidemiology unit at the regional public health directorate, said all nine patients had developed symptoms between 22 and 30 May."

C_V2_LEAD = "Health officials in Asturias have traced an outbreak of Legionnaires' disease in the town of Valdemora to a cooling tower at an industrial laundry, as the number of confirmed cases rose to 23 and a third patient died."
C_V2_MATCH = "The regional public health directorate said on Monday that bacteria found in the tower at Lavandería Industrial Nalón, on the Avenida del Puerto, were genetically identical to samples taken from patients."
C_V2_DEATHS = "The two patients who have died since then were a 64-year-old woman and an 81-year-old man, both of whom had been in intensive care at the Hospital Comarcal de Valdemora."
C_V2_HOSP = "Eleven people remain in hospital, four of them in intensive care, according to the directorate."
C_V2_ONLY = "Dr Marta Quirós, head of epidemiology at the directorate, said the laundry's tower was the only one of 31 cooling towers sampled across the town that tested positive."
C_V2_SHUT = "The tower was shut down on 9 June, when preliminary results first raised concerns, and has since been drained, cleaned and disinfected with chlorine."
C_V2_OVER = "Dr Quirós said the outbreak would only be declared over if no new cases linked to it were detected for 20 days, twice the maximum incubation period of the disease."
C_V2_DOSING = "Investigators believe a fault in the tower's dosing system, which adds biocide to the water, may have allowed the bacteria to multiply during a spell of warm weather in late May."

C_F_LEAD = "Finnish paper maker Pohjavirta Paper will close its mill in Kuusijärvi, in the eastern region of North Karelia, at the end of September, with the loss of 410 jobs, the company said on Tuesday."
C_F_HALONEN = "Chief executive Mikko Halonen said demand for newsprint in Europe had fallen by more than half over the past decade as readers moved online, and that the mill had been losing money for three consecutive years."
C_F_TONNES = "The mill produces around 280,000 tonnes of newsprint and other graphic papers a year, most of it exported to publishers in Germany, the United Kingdom and the Netherlands."
C_F_SEVER = "The union said it had secured a severance package of up to eight months' pay for long-serving employees, on top of the statutory notice period, as well as funding for retraining."
C_F_SIXTH = "The mill accounts for roughly one in six private sector jobs in the area, according to the municipal manager, Jukka Räsänen."

C_C_LEAD = "Tidewater Fibre Corp. will shut its pulp and paper mill in Ashby Falls, New Brunswick, indefinitely at the end of July, putting 265 people out of work in a town where the mill has been the largest employer for nearly a century."
C_C_BLAME = "Chief executive Laura Pendergast blamed a combination of weak demand for coated paper, higher costs for wood fibre and the expense of repairing the mill’s main recovery boiler, which failed in October 2024."
C_C_TAX = "The mill also pays about $1.6 million a year in property taxes, around a quarter of the town’s budget."

C_R_TRAIN = "The train, operated by Norrlandståg, was carrying 86 passengers and three crew members when its first two carriages left the rails at 94 km/h on a gentle curve shortly after 7am on 14 November 2024."
C_R_OVERDUE = "The National Transport Investigation Board said the section of track where the rail broke was seven months overdue for an ultrasonic inspection, which could have detected a crack inside the weld before it failed."
C_R_WELD = "The weld had been made in 2021 during track renewal work and contained small pockets of trapped gas, known as porosity, that weakened it from the start, the investigators found."
C_R_BACKLOG = "The report found that the contractor had built up a backlog of ultrasonic inspections in Jämtland because one of its two testing vehicles had been out of service for most of 2024."
C_R_EKHOLM = "The derailment was not caused by a single mistake but by a chain of weaknesses, each of which could have been caught,\" said Karin Ekholm, who led the investigation."
C_R_RECS = "They include requiring any inspection that is more than three months overdue to be reported to the regulator, and introducing temporary speed limits on lines with overdue inspections when temperatures fall below minus 25C."
C_R_CLOSED = "The line between Renvallen and the coast was closed for nine days after the accident while the damaged track was replaced."

C_B_CROWD = "Over four days, from Thursday 17 July to Sunday 20 July, the festival drew an estimated 14,000 people to this village on the north Clare coast, up from 11,500 last year, according to the organisers."
C_B_MOVE = "The biggest change was the move of the main evening concerts from a marquee on the village football pitch into the old Ballyvarren corn mill, a four-storey stone building that stood derelict for decades before its restoration was completed this spring."
C_B_MADIGAN = "Next year we will double the shuttle fleet and put a second sound engineer in the tent."

ANSWERS = [
    # ---------------- lookup (28)
    A("who spotted the new comet", COMET,
      "The comet was spotted by Graeme Tolley, a 67-year-old retired dairy farmer from the Canterbury town of Whetūroa.",
      ["Graeme Tolley"], [C_TOLLEY_INTRO, C_TOLLEY_FOUND]),
    A("how old is he", COMET, "Graeme Tolley, who found the comet, is 67.", ["67"], [C_TOLLEY_FOUND]),
    A("what's the comet's official name", COMET,
      "The comet has been given the official designation C/2025 B3 (Tolley).", ["C/2025 B3 (Tolley)"], [C_DESIGNATION]),
    A("when will the new comet swing closest", COMET,
      "The comet will make its closest approach to the Sun on 19 October, passing at about 0.9 times the Earth-Sun distance.",
      ["19 October"], [C_PERIHELION]),
    A("how big was the scope", COMET, "Graeme Tolley found the comet with a 35-centimetre telescope.",
      ["35-centimetre telescope"], [C_TOLLEY_FOUND]),
    A("which laundry got blamed", UPD,
      "The outbreak was traced to the cooling tower of Lavandería Industrial Nalón, an industrial laundry on the Avenida del Puerto in Valdemora.",
      ["Lavandería Industrial Nalón"], [C_V2_MATCH]),
    A("what hospital are the valdemora", FIRST,
      "The patients are being treated at the Hospital Comarcal de Valdemora, the town's main hospital.",
      ["Hospital Comarcal de Valdemora"], [C_V1_DIED, C_V1_TREATED]),
    A("who's the doctor in charge", FIRST,
      "Dr Marta Quirós leads the epidemiology unit at the regional public health directorate and is fronting the outbreak response.",
      ["Dr Marta Quirós"], [C_V1_QUIROS]),
    A("how many staff does the nalón", UPD, "Lavandería Industrial Nalón employs 58 people.", ["employs 58 people"],
      ["The company, which employs 58 people and washes linen for hotels and care homes across the region, said its tower had passed a routine inspection in March."]),
    A("how many jobs are going at the kuusijärvi", FIN, "The closure of the Kuusijärvi mill will cost 410 jobs.", ["410 jobs"], [C_F_LEAD]),
    A("what year did the finnish mill", FIN, "The Kuusijärvi mill first began production in 1961.", ["1961"],
      ["It first began production in 1961."]),
    A("who's the boss at pohjavirta", FIN, "Pohjavirta Paper's chief executive is Mikko Halonen.", ["Mikko Halonen"], [C_F_HALONEN]),
    A("how many people live in kuusijarvi", FIN, "Kuusijärvi is a municipality of 9,400 people.", ["9,400 people"],
      ["For Kuusijärvi, a municipality of 9,400 people, the closure is a heavy blow."]),
    A("how much paper does the kuusijärvi", FIN,
      "The mill produces around 280,000 tonnes of newsprint and other graphic papers a year.", ["280,000 tonnes"], [C_F_TONNES]),
    A("how many people lose their jobs in ashby", CAN, "The Ashby Falls mill closure puts 265 people out of work.", ["265 people"], [C_C_LEAD]),
    A("what date does the new brunswick", CAN, "Production at the Ashby Falls mill will end on July 31.", ["July 31"],
      ["The company told employees at a meeting in the mill cafeteria on Wednesday afternoon that production would end on July 31."]),
    A("who's the mayor over in ashby", CAN, "The mayor of Ashby Falls is Denise Arsenault.", ["Denise Arsenault"],
      ["Ashby Falls has a population of about 5,200, and Mayor Denise Arsenault said the mill and its suppliers support several hundred more jobs in trucking, forestry and local businesses."]),
    A("what would it cost to get the ashby", CAN,
      "Repairing the mill's main recovery boiler, which failed in October 2024, would cost an estimated $38 million.",
      ["$38 million"], [C_C_BLAME, "Repairs would cost an estimated $38 million, she said."]),
    A("which union local represents", CAN,
      "The Ashby Falls workers are represented by Local 112 of the Atlantic Mill Workers Union, whose president is Gary Thibodeau.",
      ["Local 112", "Atlantic Mill Workers Union"],
      ["Gary Thibodeau, president of Local 112 of the Atlantic Mill Workers Union, said the announcement had caught workers off guard."]),
    A("how fast was the train going", RAIL, "The train was travelling at 94 km/h when its first two carriages derailed.", ["94 km/h"], [C_R_TRAIN]),
    A("how many people were aboard the renvallen", RAIL, "The train was carrying 86 passengers and three crew members.",
      ["86 passengers", "three crew members"], [C_R_TRAIN]),
    A("and how many got hurt", RAIL, "Eleven people were injured, two of them seriously; nobody was killed.",
      ["Eleven people were injured", "two of them seriously"], ["Eleven people were injured, two of them seriously."]),
    A("how cold was it the morning", RAIL, "The temperature that morning had fallen to minus 27C.", ["minus 27C"],
      ["Temperatures that morning had fallen to minus 27C."]),
    A("who headed up the investigation", RAIL,
      "The investigation by the National Transport Investigation Board was led by Karin Ekholm.", ["Karin Ekholm"], [C_R_EKHOLM]),
    A("how long was the renvallen line", RAIL, "The line between Renvallen and the coast was closed for nine days.", ["nine days"], [C_R_CLOSED]),
    A("roughly how many people turned up", FEST,
      "An estimated 14,000 people attended the festival over four days, up from 11,500 the year before.", ["14,000"], [C_B_CROWD]),
    A("what did a weekend pass", FEST, "A weekend ticket cost €65, the same price as since 2023.", ["€65"],
      ["A weekend ticket cost €65, unchanged since 2023."]),
    A("how many stars did the ballyvarren", FEST, "The review gave the festival four out of five stars (★★★★☆).", ["Rating: ★★★★☆"],
      ["Rating: ★★★★☆"]),

    # ---------------- why_how (16)
    A("why is pohjavirta shutting", FIN,
      "Pohjavirta says European demand for newsprint has more than halved in a decade as readers moved online, the mill has lost money for three years in a row, converting it to packaging was too expensive, and pulpwood prices have risen about 40 per cent since 2022.",
      ["fallen by more than half", "losing money for three consecutive years", "40 per cent"],
      [C_F_HALONEN, "He added that the price of pulpwood in Finland had risen by around 40 per cent since 2022, squeezing margins further."]),
    A("why didn't the finnish company", FIN,
      "Converting the mill's two paper machines to packaging grades would have cost an estimated 300 million euros, an investment the company said could not be justified.",
      ["300 million euros", "could not be justified"],
      ["We looked at every alternative, including converting the machines to packaging grades, but the investment could not be justified,",
       "Halonen said converting the mill's two paper machines would have cost an estimated 300 million euros."]),
    A("how are the kuusijärvi workers", FIN,
      "The union secured severance of up to eight months' pay for long-serving staff on top of statutory notice, plus retraining funding; Pohjavirta will run a job-seeking transition programme with regional employment services, and 50 workers are being offered jobs at its sawmill.",
      ["eight months' pay", "retraining", "transition programme"],
      [C_F_SEVER, "Pohjavirta said it would offer job-seeking support through a transition programme run jointly with regional employment services, and that it was in talks with two companies interested in using parts of the site."]),
    A("why is tidewater closing", CAN,
      "Tidewater blames weak demand for coated paper, higher wood fibre costs and the cost of repairing the mill's main recovery boiler, which failed in October 2024 and would need about $38 million; it found no partner willing to share the repair bill.",
      ["weak demand for coated paper", "higher costs for wood fibre", "recovery boiler"],
      [C_C_BLAME, "Pendergast said the company had spent months looking for a partner to share the cost of the boiler repairs but had not found anyone willing to invest."]),
    A("why are the ashby falls workers so upset", CAN,
      "As recently as March managers had told staff the boiler would be repaired by the end of the summer, and then workers learned of the shutdown in a fifteen-minute meeting, which union president Gary Thibodeau said they did not deserve.",
      ["As recently as March", "fifteen-minute meeting"],
      ["As recently as March, he said, managers had told staff that the boiler would be repaired by the end of the summer.",
       "Now we find out in a fifteen-minute meeting that it isn’t."]),
    A("why does losing the mill hurt the ashby", CAN,
      "The mill pays about $1.6 million a year in property taxes, roughly a quarter of the town's budget.",
      ["$1.6 million", "a quarter of the town’s budget"], [C_C_TAX]),
    A("how do people actually catch legionnaires", FIRST,
      "People catch Legionnaires' disease by breathing in tiny droplets of contaminated water, for example from badly maintained warm water systems; it is not passed from person to person and cannot be caught by drinking tap water.",
      ["breathing in tiny droplets", "not passed from person to person"], [C_V1_CATCH, C_V1_NOTSPREAD]),
    A("why was it going to take so long", FIRST,
      "The bacteria have to be grown in culture before they can be identified, so laboratory results were expected only within about ten days.",
      ["grown in culture", "within ten days"], [C_V1_RESULTS]),
    A("how were officials sure the laundry", UPD,
      "Bacteria from the laundry's cooling tower were genetically identical to samples from patients, and it was the only one of 31 cooling towers sampled that tested positive.",
      ["genetically identical", "only one of 31 cooling towers"], [C_V2_MATCH, C_V2_ONLY]),
    A("how did the bacteria end up growing there", UPD,
      "Investigators believe a fault in the cooling tower's dosing system, which adds biocide to the water, let the bacteria multiply during unusually warm weather in late May, when Valdemora reached 31C on 24 May.",
      ["dosing system", "warm weather", "31C"],
      [C_V2_DOSING, "Temperatures in Valdemora reached 31C on 24 May, unusually high for the time of year."]),
    A("why did the rail snap near renvallen", RAIL,
      "The rail broke at a faulty 2021 weld that contained gas pockets (porosity) and did not meet the standard; a crack had been growing for over a year, extreme cold of minus 27C made the rail contract and stressed the weld, and the ultrasonic inspection that could have found the crack was seven months overdue.",
      ["porosity", "minus 27C", "contract", "seven months overdue"],
      [C_R_WELD, "The report says that extreme cold makes steel rails contract, placing heavy stress on welds, and that the crack had probably been growing for more than a year before the rail finally broke.", C_R_OVERDUE]),
    A("how come the inspection", RAIL,
      "The maintenance contractor, Banservice Mitt, had a backlog of ultrasonic inspections in Jämtland because one of its two testing vehicles was out of service for most of 2024.",
      ["backlog", "out of service"], [C_R_BACKLOG]),
    A("what did she say was behind it", RAIL,
      "Karin Ekholm said the derailment was caused not by a single mistake but by a chain of weaknesses that could each have been caught, adding that when inspection schedules slip, the risk does not disappear.",
      ["chain of weaknesses", "the risk does not disappear"],
      [C_R_EKHOLM, "Inspection schedules exist for a reason, and when they slip, the risk does not disappear."]),
    A("how did tolley work out", COMET,
      "He nearly deleted the images thinking it was a smear on the camera sensor, but then saw that the object had moved between the frames.",
      ["moved between the frames"],
      ["I nearly deleted the images because I thought it was a smear on the camera sensor,",
       "Then I saw it had moved between the frames, and my heart started racing."]),
    A("how do amateurs still manage", COMET,
      "According to Dr Anika Feldmann, the southern sky is less thoroughly covered by the big surveys, which mostly use northern-hemisphere telescopes, and dedicated hobbyists can watch the same patches of sky night after night.",
      ["southern sky is less thoroughly covered", "night after night"],
      ["Amateurs still make discoveries, Dr Feldmann said, partly because the southern sky is less thoroughly covered and partly because dedicated hobbyists can watch the same patches of sky night after night."]),
    A("why did the reviewer like the old mill", FEST,
      "The reviewer found it a superb space: its stone walls give fiddles and uilleann pipes a warm, rounded sound, and the tiered balcony lets even people at the back see the musicians' hands.",
      ["warm, rounded sound", "tiered balcony"],
      ["The stone walls give fiddles and uilleann pipes a warm, rounded sound, and the tiered balcony means that even those at the back can see the musicians' hands."]),

    # ---------------- multi_part (13)
    A("who found the comet and what date", COMET,
      "Graeme Tolley found the comet; he spotted it in the early hours of 27 January.", ["Graeme Tolley", "27 January"], [C_TOLLEY_FOUND]),
    A("how far from the sun is the comet", COMET,
      "The comet is currently about 610 million kilometres from the Sun, and it takes around 4,000 years to complete one orbit.",
      ["610 million kilometres", "4,000 years"], [C_FELDMANN, C_ORBIT]),
    A("how old was the first valdemora victim", FIRST,
      "The first victim was a 78-year-old man, who died at the Hospital Comarcal de Valdemora.",
      ["78-year-old man", "Hospital Comarcal de Valdemora"], [C_V1_LEAD, C_V1_DIED]),
    A("what are the symptoms of legionnaires", FIRST,
      "Symptoms include a high fever, a cough, muscle pain and breathlessness; people over 50, smokers and those with weakened immune systems are most at risk.",
      ["high fever", "breathlessness", "People over 50", "smokers"],
      ["Symptoms usually appear between two and ten days after exposure and include a high fever, a cough, muscle pain and breathlessness.",
       "People over 50, smokers and those with weakened immune systems are most at risk."]),
    A("which strain of legionella", UPD,
      "The strain was Legionella pneumophila serogroup 1; the laundry said it was cooperating fully, offered its deepest sympathy to the families, and said its tower had passed a routine inspection in March.",
      ["Legionella pneumophila serogroup 1", "cooperating fully", "passed a routine inspection in March"],
      ["The strain, Legionella pneumophila serogroup 1, is the type most often linked to outbreaks.",
       "In a statement, Lavandería Industrial Nalón said it was cooperating fully with the investigation and expressed its \"deepest sympathy\" to the families of those who died."]),
    A("who runs kuusijärvi municipality", FIN,
      "The municipal manager is Jukka Räsänen; he said the municipality would seek government support to attract new employers to the mill site and would not let Kuusijärvi become a ghost town.",
      ["Jukka Räsänen", "seek government support", "new employers"],
      [C_F_SIXTH, "He said the municipality would seek government support to attract new employers to the mill site."]),
    A("how many job cuts did pohjavirta", FIN,
      "Pohjavirta first proposed cutting 460 jobs; 50 workers are instead being offered positions at its sawmill in the same town, which stays open.",
      ["460 jobs", "sawmill"],
      ["Pohjavirta had initially proposed cutting 460 jobs, but said 50 workers would now be offered positions at its sawmill in the same town, which will remain open."]),
    A("when did the ashby falls mill open", CAN,
      "The Ashby Falls mill opened in 1928, and most of its output goes to printers in the northeastern United States.",
      ["1928", "northeastern United States"],
      ["The mill, which opened in 1928, produces about 190,000 tonnes of pulp and coated paper a year.",
       "Most of its output is shipped to printers in the northeastern United States."]),
    A("how long will ashby falls workers", CAN,
      "Workers will be paid for eight weeks after the shutdown, and a crew of about 20 will stay on site for maintenance and security.",
      ["eight weeks", "about 20"],
      ["Workers will be paid for eight weeks after the shutdown, and the company said it would keep a crew of about 20 on site for maintenance and security."]),
    A("who operates the renvallen trains", RAIL,
      "The trains are run by Norrlandståg, while track maintenance is carried out by the contractor Banservice Mitt for the national infrastructure manager.",
      ["Norrlandståg", "Banservice Mitt"],
      [C_R_TRAIN, "Track maintenance on the line is carried out by the contractor Banservice Mitt under a contract with the national infrastructure manager."]),
    A("how many recommendations did the swedish", RAIL,
      "The board made six safety recommendations, including reporting any inspection more than three months overdue to the regulator and imposing temporary speed limits on lines with overdue inspections when it is colder than minus 25C; others call for stricter weld checks and a review of contractors' testing equipment.",
      ["six safety recommendations", "more than three months overdue", "minus 25C"],
      ["The board made six safety recommendations.", C_R_RECS]),
    A("what went wrong this year", FEST,
      "The sound system in the secondary tent failed twice on Saturday, cutting short Saoirse Kenneally's harp set, and shuttle buses could not cope on Saturday evening, leaving some people waiting over an hour in the rain; festival director Orla Madigan promised to double the shuttle fleet and add a second sound engineer in the tent next year.",
      ["failed twice", "Shuttle buses", "double the shuttle fleet", "second sound engineer"],
      ["The sound system in the secondary tent, which hosted the afternoon sessions, failed twice on Saturday, cutting short a set by the young harpist Saoirse Kenneally after just 20 minutes.",
       "Shuttle buses from the car parks outside the village could not keep up with demand on Saturday evening, and some people waited more than an hour in the rain.",
       C_B_MADIGAN]),
    A("who headlined saturday", FEST,
      "Saturday's headliners were the Galway five-piece The Corrib Lanterns, whose electric bass at times swamped the mill's delicate acoustics.",
      ["The Corrib Lanterns", "electric bass swamped"],
      ["Saturday's headliners, the Galway five-piece The Corrib Lanterns, were louder and looser, and at times their electric bass swamped the room's delicate acoustics."]),

    # ---------------- overview (9)
    A("what's this comet story about", COMET,
      "Retired dairy farmer Graeme Tolley discovered a new comet, now designated C/2025 B3 (Tolley), from his backyard observatory in Canterbury; it will pass closest to the Sun on 19 October and might become visible to the naked eye in the southern hemisphere, though astronomers warn comets are unpredictable. It takes around 4,000 years to orbit the Sun.",
      ["Graeme Tolley", "C/2025 B3 (Tolley)", "19 October", "naked eye", "4,000 years"],
      [C_TOLLEY_INTRO, C_DESIGNATION, C_PERIHELION, C_NAKED_EYE]),
    A("give me the gist of that one", COMET,
      "It is about a retired dairy farmer, Graeme Tolley, who found a new comet with a 35-centimetre telescope in his home-built observatory; the comet reaches its closest approach to the Sun in October and could be seen with the naked eye, but astronomer Dr Anika Feldmann cautions that comets are notoriously unpredictable.",
      ["retired dairy farmer", "35-centimetre telescope", "closest approach to the Sun", "notoriously unpredictable"],
      [C_TOLLEY_INTRO, C_TOLLEY_FOUND, C_PERIHELION, C_UNPREDICTABLE]),
    A("main points of the ashby falls", CAN,
      "Tidewater Fibre is shutting its Ashby Falls, New Brunswick, pulp and paper mill indefinitely on July 31, putting 265 people out of work; it blames weak coated-paper demand, wood costs and a $38 million boiler repair. Workers feel misled, and the town loses its biggest employer and a quarter of its budget in property taxes.",
      ["265 people", "July 31", "$38 million", "quarter of the town’s budget"],
      [C_C_LEAD, C_C_BLAME, "Repairs would cost an estimated $38 million, she said.", C_C_TAX]),
    A("ok sum up the finnish one", FIN,
      "Pohjavirta Paper is closing its newsprint mill in Kuusijärvi, North Karelia, at the end of September with the loss of 410 jobs, citing collapsing newsprint demand, losses and rising wood costs. The mill provides about one in six private-sector jobs locally; the union won severance of up to eight months' pay and retraining money.",
      ["410 jobs", "end of September", "newsprint", "one in six private sector jobs", "eight months' pay"],
      [C_F_LEAD, C_F_HALONEN, C_F_SIXTH, C_F_SEVER]),
    A("what did the investigators conclude", RAIL,
      "Investigators found the Renvallen derailment was caused by a rail breaking at a faulty weld weakened by porosity, on track that was seven months overdue for an ultrasonic inspection because the contractor had a testing backlog; extreme cold added stress. They made six safety recommendations.",
      ["seven months overdue", "porosity", "backlog of ultrasonic inspections", "six safety recommendations"],
      [C_R_OVERDUE, C_R_WELD, C_R_BACKLOG, "The board made six safety recommendations."]),
    A("what happened to the train in jämtland", RAIL,
      "On 14 November 2024 a Norrlandståg regional train derailed near Renvallen at 94 km/h after a rail snapped at a bad weld in minus 27C cold; eleven people were hurt, two seriously, nobody died, and the line was shut for nine days.",
      ["14 November 2024", "94 km/h", "Eleven people were injured", "Nobody was killed", "nine days"],
      [C_R_TRAIN, "Eleven people were injured, two of them seriously.", C_R_CLOSED]),
    A("give me a rundown of the ballyvarren", FEST,
      "Niamh Costigan gives the 25th Ballyvarren Traditional Music Festival four stars: bigger crowds of about 14,000 (up from 11,500), a superb new home in the restored corn mill and a moving set by fiddler Declan Ó Fearghail, but marred by sound failures and inadequate shuttle buses that the organisers promise to fix.",
      ["25th edition", "corn mill", "Declan Ó Fearghail", "Shuttle buses"],
      ["This year, for its 25th edition, it finally stopped pretending to be small.", C_B_MOVE,
       "Ó Fearghail, who grew up a few miles away, was the emotional heart of the weekend.",
       "Shuttle buses from the car parks outside the village could not keep up with demand on Saturday evening, and some people waited more than an hour in the rain."]),
    A("what's the latest on the legionnaires", UPD,
      "As of 17 June, the Valdemora outbreak has been traced to the cooling tower of the Lavandería Industrial Nalón laundry; cases have risen to 23 and a third patient has died, eleven people are still in hospital, and the outbreak will only be declared over after 20 days without new cases.",
      ["rose to 23", "a third patient died", "Lavandería Industrial Nalón", "Eleven people remain in hospital", "20 days"],
      [C_V2_LEAD, C_V2_MATCH, C_V2_HOSP, C_V2_OVER]),
    A("sum up the first report", FIRST,
      "The 3 June report said nine people in Valdemora, Asturias, had Legionnaires' disease and a 78-year-old man had died; inspectors were testing 14 cooling towers and two fountains to find the source, and officials stressed the disease is not passed between people and that tap water was safe.",
      ["Nine people", "78-year-old man", "14 cooling towers", "not passed from person to person"],
      [C_V1_LEAD, C_V1_SAMPLES, C_V1_NOTSPREAD]),

    # ---------------- about_article (11)
    A("who wrote it and for which paper", COMET,
      "The comet story was written by Sophie Raukawa-Bell, Science Reporter, for the Southern Cross Daily.",
      ["Sophie Raukawa-Bell", "Southern Cross Daily"],
      ["By Sophie Raukawa-Bell, Science Reporter · Southern Cross Daily · 11 February 2025"]),
    A("which outlet ran the swedish", RAIL, "The derailment article was published by Scandinavian Transport Weekly.",
      ["Scandinavian Transport Weekly"], ["Johan Berggren covers rail and infrastructure for Scandinavian Transport Weekly."]),
    A("when was the ashby falls mill article", CAN,
      "The Ashby Falls article was published on 22 May 2025 at 07:45 ADT and last updated at 11:10 ADT the same day.",
      ["22 May 2025, 07:45 ADT"], ["Published: 22 May 2025, 07:45 ADT", "Last updated: 22 May 2025, 11:10 ADT"]),
    A("what's the headline on the kuusijärvi", FIN,
      "The headline is \"Pohjavirta to close Kuusijärvi paper mill, cutting 410 jobs\".",
      ["Pohjavirta to close Kuusijärvi paper mill, cutting 410 jobs"],
      ["Pohjavirta to close Kuusijärvi paper mill, cutting 410 jobs"]),
    A("what's the subheading on the finnish", FIN,
      "The standfirst reads: \"The North Karelia plant, which has made newsprint since 1961, will stop production at the end of September\".",
      ["which has made newsprint since 1961", "stop production at the end of September"],
      ["The North Karelia plant, which has made newsprint since 1961, will stop production at the end of September"]),
    A("who reviewed the ballyvarren", FEST, "The festival was reviewed by Niamh Costigan for Western Arts Dispatch.",
      ["Niamh Costigan"], ["Review by Niamh Costigan · Western Arts Dispatch · Published 21 July 2025"]),
    A("were there any corrections", UPD,
      "Yes. The 17 June update carries a correction: an earlier version wrongly said the laundry was on Calle Mayor; it is on the Avenida del Puerto.",
      ["Correction, 17 June 2025", "Calle Mayor", "Avenida del Puerto"],
      ["Correction, 17 June 2025: An earlier version of this article said the laundry was on Calle Mayor. It is on the Avenida del Puerto."]),
    A("who wrote the later valdemora update", UPD,
      "The update was written by Rubén Castañeda, Regional Affairs Reporter, and published on Tuesday 17 June 2025 at 09:30 CEST (updated at 16:05).",
      ["Rubén Castañeda", "17 June 2025, 09:30 CEST"],
      ["By Rubén Castañeda, Regional Affairs Reporter", "Tuesday 17 June 2025, 09:30 CEST"]),
    A("which of the articles are about paper mills", "",
      "Two articles: the Nordic Business Monitor story on Pohjavirta closing its Kuusijärvi mill in Finland, and the Fundy Coast Times story on Tidewater Fibre shutting its Ashby Falls mill in New Brunswick, Canada.",
      ["Pohjavirta to close Kuusijärvi paper mill", "Ashby Falls mill to shut indefinitely"],
      ["Pohjavirta to close Kuusijärvi paper mill, cutting 410 jobs", "Ashby Falls mill to shut indefinitely, putting 265 out of work"]),
    A("who wrote the original legionnaires", FIRST,
      "The first report was written by Elena Sarmiento, Health Correspondent, and published on 3 June 2025.",
      ["Elena Sarmiento"], ["By Elena Sarmiento, Health Correspondent", "Published: 3 June 2025, 14:20 CEST"]),
    A("which paper covered the valdemora", FIRST,
      "Both the first report and the later update on the Valdemora outbreak were published by The Iberia Courier.",
      ["THE IBERIA COURIER"], ["THE IBERIA COURIER | Health | Spain"]),

    # ---------------- mention (8: 4 yes, 4 no)
    A("does anything mention bagpipes", FEST,
      "Yes. The Ballyvarren festival review says the Breton-Galician group Ar Vro Nova swapped bagpipes, bombardes and hurdy-gurdies in their set.",
      ["bagpipes", "Ar Vro Nova"],
      ["The most adventurous booking was Ar Vro Nova, a collaboration between Breton and Galician musicians who swapped bagpipes, bombardes and hurdy-gurdies in a set that roamed from Brittany to northern Spain and back."]),
    A("is the milky way mentioned", COMET,
      "Yes. The comet story says that from Whetūroa, inside a dark-sky reserve, the Milky Way is bright enough on clear winter nights to cast faint shadows.",
      ["Milky Way"],
      ["Whetūroa lies inside a dark-sky reserve where outdoor lighting is tightly controlled, and Tolley said that on clear winter nights the Milky Way was bright enough to cast faint shadows on the ground."]),
    A("anything that brings up chlorine", UPD,
      "Yes. The Valdemora update says the laundry's cooling tower was drained, cleaned and disinfected with chlorine after being shut on 9 June.",
      ["chlorine"], [C_V2_SHUT]),
    A("do any of the stories talk about welding", RAIL,
      "Yes. The Renvallen derailment report found that a rail broke at a faulty weld made in 2021, and one recommendation calls for stricter quality checks on welds.",
      ["weld"], [C_R_WELD, "Other recommendations call for stricter quality checks on welds made during renewal work, and for a review of whether contractors have enough testing equipment to meet their obligations."]),
    NO("does anything mention bird flu"),
    NO("anything about an earthquake"),
    NO("is bitcoin or crypto"),
    NO("do any of the articles mention a ferry"),

    # ---------------- dated_version (9)
    A("and how many cases were there when it first broke", FIRST,
      "When the outbreak was first reported (3 June 2025), nine people had been confirmed with Legionnaires' disease, one of whom, a 78-year-old man, had died.",
      ["Nine people have been confirmed", "78-year-old man"], [C_V1_LEAD]),
    A("what's the death toll in valdemora now", UPD,
      "As of the 17 June update, three people have died: the 78-year-old man reported first, then a 64-year-old woman and an 81-year-old man.",
      ["a third patient died", "64-year-old woman", "81-year-old man"], [C_V2_LEAD, C_V2_DEATHS]),
    A("as of june 3rd", FIRST,
      "No. On 3 June the source was still unknown: officials suspected a single source and had sampled 14 cooling towers and two fountains, with laboratory results expected within ten days.",
      ["14 cooling towers", "within ten days", "single source"],
      [C_V1_SAMPLES, C_V1_RESULTS, "The pattern of cases points to a single source that released contaminated water droplets into the air over a period of days,"]),
    A("did they end up tracking down", UPD,
      "Yes. The later report says the outbreak was traced to a cooling tower at the Lavandería Industrial Nalón industrial laundry, whose bacteria were genetically identical to the patients' samples.",
      ["cooling tower at an industrial laundry", "Lavandería Industrial Nalón", "genetically identical"], [C_V2_LEAD, C_V2_MATCH]),
    A("when did they switch it off", UPD,
      "The laundry's cooling tower was shut down on 9 June, when preliminary results first raised concerns.", ["9 June"], [C_V2_SHUT]),
    A("as of the june 17 update", UPD,
      "As of 17 June, eleven people were still in hospital, four of them in intensive care; nine others had been discharged.",
      ["Eleven people remain in hospital", "four of them in intensive care"],
      [C_V2_HOSP, "The other nine patients have been discharged and are recovering at home."]),
    A("has the valdemora outbreak been declared over", UPD,
      "Not yet. It will only be declared over if no new linked cases appear for 20 days, twice the maximum incubation period, although no patient has reported symptoms starting after 8 June.",
      ["20 days", "We are not there yet"],
      [C_V2_OVER, "No patient has reported symptoms that started after 8 June, which officials said suggested the source had been brought under control."]),
    A("what did the first report say about how many", FIRST,
      "The first report said two of the six patients being treated in hospital were in intensive care.",
      ["two of them in intensive care"], [C_V1_TREATED]),
    A("how many calls did the legionnaires helpline", UPD,
      "The helpline took about 400 calls on its first day; by the 17 June update it had received more than 2,100.",
      ["more than 2,100 calls", "about 400"],
      ["The helpline set up at the start of the outbreak has now received more than 2,100 calls, up from about 400 in its first day, the directorate said."]),

    # ---------------- unanswerable (8)
    NO("what's the weather looking like"), NO("who won the champions league"), NO("how do i apply for a schengen"),
    NO("how did the tokyo stock market"), NO("how much is a flight"), NO("who won eurovision"),
    NO("how many people died in the heatwave"), NO("what's the population of helsinki"),

    # ---------------- near_miss (8): the article names the person/thing but never gives the fact
    NO("how much does mikko halonen get paid", FIN),           # salary never given
    NO("which two companies want to use", FIN),                # "It declined to name them."
    NO("when did laura pendergast become", CAN),               # start date never given
    NO("how much did his telescope set him back", COMET),      # price never given
    NO("how much did restoring the ballyvarren mill", FEST),   # restoration cost never given (only the €120,000 programme grant)
    NO("what's the driver's name then", RAIL),                 # driver never named
    NO("how much compensation did the people hurt", RAIL),     # compensation never mentioned
    NO("how big a fine did the valdemora laundry", UPD),       # fine possible, no amount
]

# lowercase stems that must appear in no article, per mention-no question (keyed by question prefix)
NO_TERMS = {
    "does anything mention bird flu": ["bird flu", "h5n1"],
    "anything about an earthquake": ["earthquake"],
    "is bitcoin or crypto": ["bitcoin", "crypto"],
    "do any of the articles mention a ferry": ["ferry", "ferries"],
}


def main():
    draft = parse_draft(os.path.join(D, "questions_draft.txt"))
    if len(draft) != len(ANSWERS):
        sys.exit(f"draft has {len(draft)} questions, ANSWERS has {len(ANSWERS)}")
    rows, no_terms = [], {}
    for n, (d, a) in enumerate(zip(draft, ANSWERS), 1):
        if not d["q"].lower().startswith(a["prefix"].lower()):
            sys.exit(f"#{n}: draft {d['q']!r} does not start with {a['prefix']!r}")
        answerable = bool(a["reference"])
        row = {"id": f"d9-{n:03d}", "user_input": d["q"], "kind": d["kind"], "answerable": answerable,
               "reference": a["reference"], "key_facts": a["key_facts"], "reference_contexts": a["contexts"],
               "article": a["article"]}
        if d["history"]:
            row["history"] = d["history"]
        rows.append(row)
        if d["kind"] == "mention" and not answerable:
            no_terms[f"{n:03d}"] = NO_TERMS[a["prefix"]]
    with open(os.path.join(D, "questions.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(D, "mention_no_terms.json"), "w", encoding="utf-8") as fh:
        json.dump(no_terms, fh, ensure_ascii=False, indent=1)
    print(f"wrote {len(rows)} questions, {len(no_terms)} mention-no term sets")


if __name__ == "__main__":
    main()
