#!/usr/bin/env python3
"""Builds questions.jsonl and mention_no_terms.json for dev7.
Questions, kinds, articles and history come from questions_draft.txt (written first);
this script only attaches answers. Run: python3 build_questions.py"""
import json, os, re, sys
D = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(D, "articles")
SHORT = {"BUS": "explainer_bus_fare_cap.html", "FERRY": "listicle_halloran_ferry.md",
         "BREAKFAST": "study_school_breakfasts.txt", "CHARGED": "brennock_charged.html",
         "SENTENCED": "brennock_sentenced.md", "MONTEVAR": "montevar_hospital_cyberattack.txt",
         "KORNVIG": "kornvig_hospital_cyberattack.html", "(none)": ""}
texts = {f: open(os.path.join(ART, f), encoding="utf-8").read() for f in os.listdir(ART)}

# ---- parse the draft
draft = []
for line in open(os.path.join(D, "questions_draft.txt"), encoding="utf-8"):
    line = line.rstrip("\n")
    m = re.match(r"^(\d{3}) \| (\w+) \| (\S+) \| (.+)$", line)
    if m:
        draft.append({"n": m.group(1), "kind": m.group(2), "article": SHORT[m.group(3)], "q": m.group(4), "history": []})
        continue
    m = re.match(r"^\s+> earlier: (.+)$", line)
    if m: draft[-1]["history"].append(m.group(1))

# ---- reusable contexts
C_BUS1 = "Bus passengers across Glanferth will pay no more than £2 for a single journey from Sunday 6 July, under a trial approved by the county council last week."
C_ROUTES = "The cap applies to 41 routes that the council supports financially, which are run by two operators, Dyfnant Coaches and Garnog Travel."
C_COST = "The trial is expected to cost £3.4m. Most of that, £2.6m, is coming from the Western Valleys Transport Fund,"
C_RESERVES = "Most of that, £2.6m, is coming from the Western Valleys Transport Fund, a pot of money shared by four councils, with the remaining £800,000 taken from the council's own reserves."
C_OPP = "It is a nice headline, but we are dipping into savings to pay for it while library hours are being reduced,"
C_SAIL = "The first sailing will leave Brackwater Point at 6:40 a.m. on Saturday, June 14, and the crossing will take about 25 minutes, as before."
C_BOAT = "The new vessel is the MV Tidewater Rose, a 38-metre ferry built in 2009 that previously sailed in Newfoundland."
C_FARE = "A one-way ticket for a car and driver will rise to $18 from $14, the first increase since 2016."
C_TAXI = "For the island's roughly 640 year-round residents, the past 19 months meant relying on a 12-seat water taxi that could not carry vehicles"
C_PUPILS = "followed about 6,200 pupils aged five to 11 at 38 schools in Yorkshire and the North East over the 2023-24 school year."
C_ABS = "Pupils at the schools offering free breakfasts had 18% fewer days of unauthorised absence than those at the comparison schools."
C_DAYS = "On average, each child attended 2.6 more days of school over the year, the researchers found."
C_CLUB = "Carrickmoyle Rowing Club, which was founded in 1911 and has about 230 members, first noticed irregularities in its accounts last November"
C_RAISED = "Members had raised more than €340,000 for the project through sponsored rows, raffles and a grant from a local credit union."
C_ARREST = "Detective Sergeant Ronan Kielty told the court that he arrested Ms Brennock at her home on Friday morning and charged her at Carrickmoyle Garda station later that day."
C_FIRST = "Nuala Brennock, 52, of Kilbarra Road, Carrickmoyle, appeared before Carrickmoyle District Court on Tuesday charged with 14 counts of theft and two counts of false accounting."
C_LEAD1 = "A former treasurer of Carrickmoyle Rowing Club has been charged with stealing €212,000 from the club over almost six years."
C_BAIL = "Judge Eamon Treacy granted bail on her own bond of €5,000, with an independent surety of €10,000."
C_LEAD2 = "A former treasurer of Carrickmoyle Rowing Club who stole €187,450 from money raised to build a new boathouse has been jailed for three years."
C_SENT = "Nuala Brennock, 53, of Kilbarra Road, Carrickmoyle, was sentenced at Carrickmoyle Circuit Criminal Court on Friday to four years in prison,"
C_SENT2 = "was sentenced at Carrickmoyle Circuit Criminal Court on Friday to four years in prison, with the final 12 months suspended"
C_VERDICT = "A jury found her guilty last week of 11 counts of theft and one count of forgery, following a six-day trial. She was acquitted on three further counts of theft."
C_MV_BEDS = "The Hospital General de Montevar, a 620-bed hospital that serves about 310,000 people in the region of Aragon,"
C_MV_START = "The Hospital General de Montevar, a 620-bed hospital that serves about 310,000 people in the region of Aragon, detected the attack in the early hours of Monday 9 June,"
C_MV_OPS = "Since then, 340 planned operations and about 2,100 outpatient appointments have been postponed, the hospital said."
C_MV_GANG = "A criminal group calling itself Black Lantern claimed responsibility on a website it uses to publish stolen data"
C_MV_PAY = "We will not negotiate with criminals and we will not pay a single euro,\" he said. \"Paying only finances the next attack."
C_KV_START = "said the attack began late on Saturday 19 April, when its scheduling and imaging systems suddenly stopped working."
C_KV_OPS = "By Monday, 96 planned operations and about 1,150 outpatient appointments had been postponed, the hospital said."
C_KV_MOVE = "were transferred by ambulance to hospitals in Askby and Rendsted because doctors could no longer view X-rays and scans."
C_KV_DATA = "the hospital warned that personal information about up to 48,000 patients, including names, civil registration numbers and appointment details, may have been copied from the booking system."
OG_KV = '<meta property="og:title" content="Danish hospital hit by cyberattack, patients moved to other sites">'

# id -> (reference, key_facts, reference_contexts)
A = {
# ---- lookup
"001": ("Under the cap a single bus journey in Glanferth will cost no more than £2.", ["£2 for a single journey"], [C_BUS1]),
"002": ("The £2 cap starts on Sunday 6 July 2025 and runs as a trial until 31 March 2026.", ["Sunday 6 July"], [C_BUS1]),
"003": ("The cap covers 41 council-supported bus routes.", ["41 routes"], [C_ROUTES]),
"004": ("An adult single from Llanwyddan to Aberdyfnant currently costs £7.80; under the cap it will cost £2.", ["£7.80"],
        ["A single adult ticket from Llanwyddan to Aberdyfnant, a trip of about 34 miles, currently costs £7.80. From 6 July the same journey will cost £2."]),
"005": ("The Halloran Island ferry resumes on Saturday, June 14 (2025), with the first sailing leaving Brackwater Point at 6:40 a.m.", ["June 14"], [C_SAIL]),
"006": ("The crossing takes about 25 minutes, the same as before.", ["about 25 minutes"], [C_SAIL]),
"007": ("The new ferry is the MV Tidewater Rose, a 38-metre boat built in 2009 that used to sail in Newfoundland.", ["MV Tidewater Rose"], [C_BOAT]),
"008": ("Halloran Island has roughly 640 year-round residents.", ["roughly 640 year-round residents"], [C_TAXI]),
"009": ("About 6,200 pupils aged five to 11, at 38 schools, took part.", ["about 6,200 pupils"], [C_PUPILS]),
"010": ("The researchers put the cost at about £74 per pupil per year, including food and staff time.", ["£74 per pupil per year"],
        ["The researchers estimated that providing the breakfasts cost about £74 per pupil per year, including food and staff time."]),
"011": ("The trial was paid for by a £1.1m grant from the Aldmere Foundation, a charity supporting child health research.", ["£1.1m grant", "Aldmere Foundation"],
        ["The trial was funded with a £1.1m grant from the Aldmere Foundation, a charity that supports child health research."]),
"012": ("On a typical day just over half (54%) of the children at the breakfast schools went to the clubs, fewer among older pupils.", ["54%"],
        ["On a typical day just over half, 54%, of children at the breakfast schools attended, and take-up was lower among older pupils."]),
"013": ("Carrickmoyle Rowing Club was founded in 1911.", ["founded in 1911"], [C_CLUB]),
"014": ("The club has about 230 members.", ["about 230 members"], [C_CLUB]),
"015": ("Members had raised more than €340,000 for the new boathouse, through sponsored rows, raffles and a credit union grant.", ["more than €340,000"], [C_RAISED]),
"016": ("Detective Sergeant Ronan Kielty arrested her at her home on the Friday morning before her court appearance.", ["Detective Sergeant Ronan Kielty", "at her home"], [C_ARREST]),
"017": ("Brennock has repaid €41,000 to the club, having sold her car.", ["repaid €41,000"],
        ["She had since sold her car and repaid €41,000 to the club, Ms Rafter said."]),
"018": ("Judge Grainne Moynihan sentenced her.", ["Judge Grainne Moynihan"],
        ["Judge Grainne Moynihan said the offences were \"a grave breach of trust\" against a voluntary organisation that depended on the honesty of its officers."]),
"019": ("The investigation involved examining more than 4,000 bank transactions.", ["more than 4,000 bank transactions"],
        ["Speaking outside the court, Det Sgt Kielty said the investigation had involved examining more than 4,000 bank transactions."]),
"020": ("The club has since raised a further €95,000 towards the boathouse and hopes to start building next spring.", ["a further €95,000"],
        ["The club said it had since raised a further €95,000 towards the boathouse and hoped to begin construction next spring."]),
"021": ("The Hospital General de Montevar has 620 beds.", ["620-bed hospital"], [C_MV_BEDS]),
"022": ("Emergency ambulances are being diverted to the hospital in Villarrosa, about 55km away.", ["Villarrosa", "about 55km away"],
        ["Ambulances carrying emergency patients have been diverted to the hospital in Villarrosa, about 55km away, although the Montevar hospital's own emergency department remains open"]),
"023": ("A criminal group calling itself Black Lantern claimed responsibility for the Montevar attack.", ["Black Lantern"], [C_MV_GANG]),
"024": ("The hackers demanded $3m (about EUR 2.6m), payable in cryptocurrency within seven days.", ["$3m (EUR 2.6m)"],
        ["It demanded a ransom of $3m (EUR 2.6m), to be paid in cryptocurrency within seven days."]),
"025": ("The Kornvig attack began late on Saturday 19 April 2025, over the Easter weekend.", ["late on Saturday 19 April"], [C_KV_START]),
"026": ("96 planned operations were postponed at Kornvig (plus about 1,150 outpatient appointments).", ["96 planned operations"], [C_KV_OPS]),
"027": ("Personal information on up to 48,000 Kornvig patients may have been copied from the booking system.", ["up to 48,000 patients"], [C_KV_DATA]),
"028": ("Kornvig hospital brought in 30 extra administrative staff from elsewhere in the region.", ["30 extra administrative staff"],
        ["Holmgaard said the hospital had brought in 30 extra administrative staff from elsewhere in the region to help."]),
# ---- why_how
"029": ("Bus passenger numbers in Glanferth have fallen 23% since 2019 and the council blames fares; it wants to make the bus the obvious choice over the car, and also to cut transport emissions and help young people without cars get to college and work.",
        ["fallen by 23% since 2019", "the obvious choice again"],
        ["Passenger numbers in the county have fallen by 23% since 2019, and the council says fares are a major reason.",
         "We want to make the bus the obvious choice again, and price is the first thing people look at."]),
"030": ("No. Drivers charge the capped fare automatically, whether passengers pay with cash, a contactless card or the BwsGlan app.", ["automatically", "BwsGlan app"],
        ["Drivers will charge the capped fare automatically, whether people pay with cash, a contactless card or the BwsGlan app."]),
"031": ("The opposition objects that the council is dipping into its savings (£800,000 of reserves) to pay for the cap while library hours are being cut.",
        ["dipping into savings", "library hours are being reduced"], [C_OPP]),
"032": ("A fire broke out in its engine room during a routine crossing in October 2023, and the damage to the hull and wiring was too extensive to repair at a reasonable cost.",
        ["engine room", "October 2023", "too extensive to repair"],
        ["The old ferry was taken out of service in October 2023 after a fire broke out in its engine room during a routine crossing."]),
"033": ("The operator says the higher fares are needed to keep up with rising fuel and insurance costs (it is the first rise since 2016).", ["rising fuel and insurance costs"],
        ["Carew said the higher fares were needed to keep up with rising fuel and insurance costs."]),
"034": ("Booking ahead is aimed at summer weekends, when cars used to queue for hours on the mainland side.", ["summer weekends", "queue for hours"],
        ["The change is aimed at summer weekends, when cars used to queue for hours on the mainland side."]),
"035": ("Professor Tunde Ashcroft of Kingsmere University said the trial was well designed but urged caution: one school year is a short window, it is not known whether the gains last, and it says nothing about weight or diet outside school.",
        ["well designed but urged caution", "quite a short window"],
        ["Professor Tunde Ashcroft, a public health specialist at Kingsmere University who was not involved in the study, said the trial was well designed but urged caution.",
         "One school year is quite a short window, and we don't yet know whether the gains last once the novelty wears off,"]),
"036": ("Half of the 38 schools were chosen at random to run a free 8am breakfast club for all pupils while the other 19 carried on as before; attendance, reading and maths scores and questionnaires were then compared.",
        ["chosen at random", "the other 19 carried on"],
        ["Half of the schools were chosen at random to offer a free breakfast club to all pupils, starting at 8am, while the other 19 carried on as before."]),
"037": ("Legal aid was granted because the judge heard she had been out of work since December.", ["out of work since December"],
        ["He applied for free legal aid, which was granted after the judge heard that Ms Brennock had been out of work since December."]),
"038": ("A newly elected treasurer noticed irregularities last November while going through bank statements before the AGM; the club reported it to gardai in early December.",
        ["newly elected treasurer", "bank statements"],
        ["first noticed irregularities in its accounts last November, when a newly elected treasurer went through bank statements ahead of the annual general meeting."]),
"039": ("A forensic accountant hired by the prosecution found that €24,550 of the payments were legitimate reimbursements for regatta travel and equipment, so the figure fell from €212,000 to €187,450.",
        ["forensic accountant", "€24,550", "legitimate reimbursements"],
        ["That figure was revised down after a forensic accountant hired by the prosecution found that €24,550 of the payments had been legitimate reimbursements for regatta travel and equipment."]),
"040": ("She recorded the transfers in the club's books as payments to a boatbuilder.", ["payments to a boatbuilder"],
        ["Detective Sergeant Ronan Kielty said she had tried to hide the transfers by recording them in the club's books as payments to a boatbuilder."]),
"041": ("The judge took into account her previous good character, the money already repaid and evidence of her treatment for addiction; the suspension depends on her keeping the peace and continuing gambling treatment.",
        ["previous good character", "the money already repaid", "treatment for addiction"],
        ["The judge said she had taken into account Brennock's previous good character, the money already repaid and evidence of her treatment for addiction, which had allowed her to suspend"]),
"042": ("Regional health councillor Javier Soldevila said they will not negotiate with criminals or pay a single euro, because paying only finances the next attack.",
        ["will not negotiate with criminals", "finances the next attack"], [C_MV_PAY]),
"043": ("Montevar staff have gone back to paper: handwritten notes and paper request forms, porters carrying lab results by hand, and radiology images viewable only on the machines that took them.",
        ["handwritten notes", "by hand"],
        ["Staff have gone back to handwritten notes and paper request forms, and porters have been carrying laboratory results between departments by hand."]),
"044": ("Because after the attack doctors at Kornvig could no longer view X-rays and scans, so 14 patients (four from intensive care) were moved to hospitals in Askby and Rendsted.",
        ["no longer view X-rays and scans"], [C_KV_MOVE]),
# ---- multi_part
"045": ("The buses are run by Dyfnant Coaches and Garnog Travel, which together carry around 2.3 million passengers a year.",
        ["Dyfnant Coaches", "Garnog Travel", "2.3 million passengers"],
        [C_ROUTES, "Together they carry around 2.3 million passengers a year, according to council figures."]),
"046": ("The trial is expected to cost £3.4m, of which £800,000 comes from the council's own reserves (the other £2.6m from the Western Valleys Transport Fund).",
        ["£3.4m", "£800,000"], [C_COST, C_RESERVES]),
"047": ("The MV Tidewater Rose carries 22 vehicles and 120 passengers, and it was bought for $4.7 million.",
        ["22 vehicles", "120 passengers", "$4.7 million"],
        ["It carries 22 vehicles and 120 passengers, slightly fewer cars than the old boat, but it has a larger, heated passenger lounge",
         "The company bought it last year for $4.7 million and has spent the winter refitting it at a shipyard in Port Aldous."]),
"048": ("A one-way ticket for a car and driver goes up to $18, from $14 before.", ["$18", "$14"], [C_FARE]),
"049": ("Unauthorised absence was 18% lower overall at the breakfast schools, and 27% lower for pupils eligible for free school meals.",
        ["18% fewer days", "27%"],
        [C_ABS, "The effect was strongest among pupils eligible for free school meals, whose unauthorised absence fell by 27%."]),
"050": ("It was led by the University of Carrowby (its Centre for Child Nutrition) and published in the journal Child Health and Education Review.",
        ["University of Carrowby", "Child Health and Education Review"],
        ["The study, led by researchers at the University of Carrowby and published on Thursday in the journal Child Health and Education Review,"]),
"051": ("Nuala Brennock was bailed on her own bond of €5,000 with an independent surety of €10,000.", ["€5,000", "€10,000"], [C_BAIL]),
"052": ("Aoife Dunleavy was the solicitor for the State and Martin Gildea was Brennock's solicitor.", ["Aoife Dunleavy", "Martin Gildea"],
        ["Aoife Dunleavy, solicitor for the State, asked that Ms Brennock surrender her passport and have no contact with members of the club's committee.",
         "Her solicitor, Martin Gildea, said his client was a woman of previous good character with no convictions"]),
"053": ("She was convicted of 11 counts of theft and one count of forgery, and acquitted on three further theft counts.",
        ["11 counts of theft", "one count of forgery", "acquitted on three further counts"], [C_VERDICT]),
"054": ("The compensation order requires her to pay a further €60,000 to the club within 12 months, from the sale of a holiday property in Co Mayo.",
        ["a further €60,000", "within 12 months"],
        ["She also made a compensation order requiring Brennock to pay a further €60,000 to the club within 12 months from the sale of a holiday property in Co Mayo."]),
"055": ("At Montevar, 340 planned operations and about 2,100 outpatient appointments were postponed.", ["340 planned operations", "2,100 outpatient appointments"], [C_MV_OPS]),
"056": ("The Montevar hackers claimed to have taken 1.2 terabytes of files and gave the hospital seven days to pay.", ["1.2 terabytes", "within seven days"],
        ["said it had taken 1.2 terabytes of files, including patient records. It demanded a ransom of $3m (EUR 2.6m), to be paid in cryptocurrency within seven days."]),
"057": ("Birgitte Holmgaard is Kornvig hospital's chief executive, and Anders Vinther chairs the regional council.", ["Birgitte Holmgaard", "Anders Vinther"],
        ["said Birgitte Holmgaard, the hospital's chief executive. \"It was the cautious choice and I would make it again.\"",
         "Anders Vinther, who chairs the regional council, said the region would not pay any ransom if one was demanded."]),
# ---- overview
"058": ("Glanferth County Council is trialling a cap on bus fares: from Sunday 6 July 2025 to 31 March 2026 a single on its 41 supported routes costs at most £2 (day ticket £5, weekly £18). The £3.4m trial, mostly paid for by the Western Valleys Transport Fund, aims to reverse a 23% fall in passengers and will only be kept if use rises by at least 10%.",
        ["£2 for a single journey", "Sunday 6 July", "41 routes", "31 March 2026", "£3.4m"], [C_BUS1, C_ROUTES, C_COST]),
"059": ("The Brackwater Point - Halloran Island car ferry returns on June 14 after 19 months out of service following an engine-room fire. It is a different, second-hand boat (the MV Tidewater Rose), car fares rise from $14 to $18, and for the first time drivers can reserve a spot online; islanders say the wait was far too long.",
        ["June 14", "MV Tidewater Rose", "$18", "reserve a spot online", "19 months"],
        [C_SAIL, C_BOAT, C_FARE, "For the first time, drivers will be able to reserve a spot online up to 30 days in advance."]),
"060": ("A randomised trial in 38 primary schools in northern England found that free breakfast clubs cut unauthorised absence by 18% (27% for pupils on free school meals), about 2.6 extra days in school per child a year; there was a small, possibly chance, gain in reading and no effect on maths. Uptake was 54%, it cost about £74 per pupil a year, and an outside expert urged caution.",
        ["38 schools", "18% fewer days", "2.6 more days", "no measurable effect on maths"], [C_PUPILS, C_ABS, C_DAYS]),
"061": ("Nuala Brennock, 52, former treasurer of Carrickmoyle Rowing Club, appeared at Carrickmoyle District Court charged with 14 counts of theft and two of false accounting over €212,000 allegedly taken between 2019 and 2024, mostly from a boathouse fund. She was granted bail (€5,000 own bond, €10,000 surety, passport surrendered), got legal aid, said she would contest the charges and was remanded to 29 April.",
        ["14 counts of theft", "two counts of false accounting", "€212,000", "granted bail", "29 April"],
        [C_FIRST, C_LEAD1, C_BAIL, "The judge remanded her on bail to appear again at the same court on 29 April,"]),
"062": ("The case has concluded: a jury convicted Brennock of 11 theft counts and one forgery count (acquitting her on three), the amount was revised to €187,450, and she was sentenced to four years with the final 12 months suspended, i.e. three years in jail, plus a €60,000 compensation order. Her lawyers are considering an appeal.",
        ["jailed for three years", "€187,450", "11 counts of theft", "consider an appeal"],
        [C_LEAD2, C_VERDICT, "Her lawyers said they would consider an appeal against the severity of the sentence."]),
"063": ("A ransomware attack found on Monday 9 June crippled the Hospital General de Montevar in Aragon, Spain: 340 operations and about 2,100 appointments were postponed, emergency ambulances were diverted to Villarrosa and staff went back to paper. A group called Black Lantern claims to have stolen 1.2 terabytes and wants $3m, but the regional government says it will not pay.",
        ["Monday 9 June", "340 planned operations", "Villarrosa", "Black Lantern", "will not pay a single euro"],
        [C_MV_START, C_MV_OPS, C_MV_GANG, C_MV_PAY]),
"064": ("Over the Easter weekend (from late on 19 April 2025) attackers encrypted the booking and imaging systems of Kornvig Regional Hospital in southern Denmark: 96 operations and about 1,150 appointments were postponed, 14 patients were moved to Askby and Rendsted, and data on up to 48,000 patients may have been copied. No group or ransom demand has surfaced and the region says it would not pay.",
        ["Saturday 19 April", "96 planned operations", "Askby and Rendsted", "up to 48,000 patients"],
        [C_KV_START, C_KV_OPS, C_KV_MOVE, C_KV_DATA]),
"065": ("There are seven articles: an explainer on Glanferth's £2 bus fare cap (Wales); a listicle on the Halloran Island ferry's return (Nova Scotia); a study finding free school breakfasts cut absences (northern England); two reports on Carrickmoyle Rowing Club treasurer Nuala Brennock (charged in March, jailed in June 2025); and two hospital cyberattacks, in Montevar, Spain, and Kornvig, Denmark.",
        ["£2 bus fare cap", "Halloran Island ferry's return", "free breakfast", "Carrickmoyle Rowing Club", "cyberattack"],
        [C_BUS1,
         "After 19 months without a car ferry, residents of Halloran Island will be able to drive onto a boat at Brackwater Point again next month.",
         "Primary school pupils who were offered a free breakfast every morning missed fewer days of school than those who were not,",
         C_LEAD2,
         "A hospital in northern Spain has postponed hundreds of operations and sent emergency patients elsewhere after a cyberattack crippled its computer systems,",
         "Patients were moved to other hospitals and more than a thousand appointments were cancelled after a cyberattack shut down key computer systems at a hospital in southern Denmark"]),
"066": ("Two hospitals were hacked. In Spain, the Hospital General de Montevar (attack found 9 June) postponed 340 operations and about 2,100 appointments; a group called Black Lantern demands $3m, which the region refuses to pay. In Denmark, Kornvig Regional Hospital (attack from 19 April) postponed 96 operations and about 1,150 appointments, moved 14 patients, and data on up to 48,000 patients may have been copied; no group or ransom demand has emerged.",
        ["340 planned operations", "96 planned operations", "Black Lantern", "up to 48,000 patients"],
        [C_MV_OPS, C_KV_OPS, C_MV_GANG, C_KV_DATA]),
# ---- about_article (contexts are header strings)
"067": ("The explainer was written by Megan Treharne, Transport Reporter at The Dyfnant Chronicle.", ["Megan Treharne"],
        ['<a rel="author" href="/authors/megan-treharne">Megan Treharne</a>, Transport Reporter']),
"068": ("It ran in the Fundy Shore Ledger and was written by Colette Ambrose and Dev Raghunathan.", ["Fundy Shore Ledger", "Colette Ambrose", "Dev Raghunathan"],
        ["authors: [Colette Ambrose, Dev Raghunathan]", "outlet: Fundy Shore Ledger"]),
"069": ("It was published on Thursday 4 September 2025 at 14:02 BST.", ["Thursday 4 September 2025 14:02 BST"], ["Thursday 4 September 2025 14:02 BST"]),
"070": ("Yes. A correction at the end says an earlier version wrongly stated the trial involved 42 schools over two school years; it involved 38 schools over a single school year.",
        ["42 schools", "It involved 38 schools", "a single school year"],
        ["Correction: an earlier version of this article said the trial involved 42 schools and followed pupils for two school years."]),
"071": ("There is no named author: the Meridian Observer credits the Montevar story to 'Staff and agencies'.", ["Staff and agencies", "MERIDIAN OBSERVER"],
        ["Staff and agencies", "Published: Wednesday 11 June 2025, 16:20 CEST"]),
"072": ("The Kornvig headline is \"Danish hospital hit by cyberattack, patients moved to other sites\" (Northlight News, 22 April 2025).", ["Danish hospital hit by cyberattack"], [OG_KV]),
"073": ("The sentencing report quotes club chairman Colm Halpin, defence barrister Siobhan Rafter, Judge Grainne Moynihan and Detective Sergeant Ronan Kielty.",
        ["Colm Halpin", "Siobhan Rafter", "Judge Grainne Moynihan", "Det Sgt Kielty"],
        ["In a victim impact statement read to the court, club chairman Colm Halpin said", "Siobhan Rafter, barrister for Brennock, said",
         "Judge Grainne Moynihan said the offences were", "Speaking outside the court, Det Sgt Kielty said"]),
"074": ("Two: The Carrickmoyle Courier's report of 18 March 2025 on her being charged, and the Atlantic Coast Post's report of 27 June 2025 on her conviction and sentence.",
        ["2025-03-18T17:45:00+00:00", "2025-06-27T16:30:00+01:00", "The Carrickmoyle Courier", "Atlantic Coast Post"],
        ['"datePublished": "2025-03-18T17:45:00+00:00"', "date: 2025-06-27T16:30:00+01:00"]),
"075": ("Two: the Meridian Observer's story on the Hospital General de Montevar in Spain and Northlight News's story on Kornvig Regional Hospital in Denmark.",
        ["Cyberattack forces Spanish hospital", "Danish hospital hit by cyberattack"],
        ["Cyberattack forces Spanish hospital to postpone hundreds of operations", OG_KV]),
"076": ("It was written by Fintan Cawley, court reporter for The Carrickmoyle Courier.", ["Fintan Cawley", "The Carrickmoyle Courier"],
        ['"author": {"@type": "Person", "name": "Fintan Cawley", "jobTitle": "Court Reporter"}', '"publisher": {"@type": "Organization", "name": "The Carrickmoyle Courier"}']),
"077": ("Orla Nevin, Courts Correspondent at the Atlantic Coast Post, wrote it; it was published on 27 June 2025.", ["Orla Nevin", "2025-06-27"],
        ["byline: Orla Nevin, Courts Correspondent", "date: 2025-06-27T16:30:00+01:00"]),
# ---- mention yes
"078": ("Yes. The report on Nuala Brennock's sentencing says she had a gambling addiction and spent most of the stolen money on online gambling websites.", ["gambling addiction"],
        ["with the final 12 months suspended on condition that she keep the peace and continue treatment for a gambling addiction."]),
"079": ("Yes. The Halloran Island ferry piece says islanders relied on a 12-seat water taxi, which could not carry vehicles, during the 19-month outage.", ["12-seat water taxi"], [C_TAXI]),
"080": ("Yes. The first report on the Carrickmoyle Rowing Club case says the boathouse fund included a grant from a local credit union.", ["a local credit union"], [C_RAISED]),
"081": ("Yes. In the Glanferth bus fare explainer, opposition leader Delyth Amos complains the council is dipping into savings while library hours are being reduced.", ["library hours are being reduced"], [C_OPP]),
# ---- dated_version: later report
"086": ("She stole €187,450, according to the verdict and sentencing report; the €212,000 first alleged was revised down.", ["€187,450"], [C_LEAD2]),
"087": ("No. The two false accounting counts were withdrawn by the prosecution in May (and a forgery charge was added in April).", ["withdrawn by the prosecution in May"],
        ["The two counts of false accounting that she originally faced were withdrawn by the prosecution in May."]),
"088": ("Her case ended at Carrickmoyle Circuit Criminal Court, where a jury convicted her and she was sentenced.", ["Carrickmoyle Circuit Criminal Court"], [C_SENT]),
"089": ("She is 53, according to the latest report (she was 52 when first charged in March).", ["Nuala Brennock, 53"], [C_SENT]),
"090": ("No. She was jailed for three years and led from the court by prison officers.", ["led from the court", "jailed for three years"],
        ["Brennock, who wore a navy jacket, showed no emotion as the sentence was read out and was led from the court by prison officers."]),
"091": ("No. She was found guilty of 11 theft counts and one forgery count but acquitted on three theft counts.", ["11 counts of theft", "acquitted on three further counts"], [C_VERDICT]),
"092": ("She got four years in prison with the final 12 months suspended, so three years in jail, plus an order to pay €60,000 in compensation.", ["four years in prison", "final 12 months suspended"], [C_SENT2]),
# ---- dated_version: first report
"093": ("She was arrested at her home on Friday 14 March 2025 and charged the same day at Carrickmoyle Garda station, then appeared at Carrickmoyle District Court on Tuesday 18 March.",
        ["on Friday morning", "Carrickmoyle District Court on Tuesday"], [C_ARREST, C_FIRST]),
"094": ("She was originally accused of stealing €212,000.", ["€212,000"], [C_LEAD1]),
}
MENTION_NO = {"082": ["bitcoin"], "083": ["scooter"], "084": ["strike"], "085": ["flood"]}

rows, errs = [], []
for d in draft:
    n = d["n"]
    r = {"id": f"d7-{n}", "user_input": d["q"], "kind": d["kind"]}
    if n in A:
        ref, kfs, ctxs = A[n]
        r.update(answerable=True, reference=ref, key_facts=kfs, reference_contexts=ctxs)
        pool = [texts[d["article"]]] if d["article"] else list(texts.values())
        for s in kfs + ctxs:
            if not any(s in t for t in pool): errs.append(f"{n}: not found: {s[:70]!r}")
    else:
        r.update(answerable=False, reference="", key_facts=[], reference_contexts=[])
    r["article"] = d["article"]
    if d["history"]: r["history"] = d["history"]
    rows.append(r)
if set(A) - {d["n"] for d in draft}: errs.append(f"answers without question: {set(A) - {d['n'] for d in draft}}")
if errs:
    print("\n".join(errs)); sys.exit(1)
with open(os.path.join(D, "questions.jsonl"), "w", encoding="utf-8") as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
json.dump(MENTION_NO, open(os.path.join(D, "mention_no_terms.json"), "w", encoding="utf-8"), indent=1)
print(f"wrote {len(rows)} questions, {sum(r['answerable'] for r in rows)} answerable")
