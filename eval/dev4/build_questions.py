#!/usr/bin/env python3
"""Builds questions.jsonl from questions_draft.txt (the questions, written first) plus the answers below."""
import json, os, re
D = os.path.dirname(os.path.abspath(__file__))

F1 = "torsa_ferry_breakdown.txt"          # first report, 10 March 2025
F2 = "torsa_ferry_update.html"            # update, 13 March 2025
IE = "leaving_cert_grading_error.md"      # look-alike A (Ireland)
AU = "nsw_hsc_marks_mixup.html"           # look-alike B (New South Wales)
FE = "dunewave_festival_storm.txt"
PH = "calloway_migraine_trial.md"
SM = "northfield_harvest_lane_merger.html"

# id: (article, reference, key_facts, reference_contexts)
A = {
# ---------------- lookup
"001": (F1, "It left Port Caddon at 4.15pm on Sunday.", ["4.15pm"],
        ["had left Port Caddon on the Isle of Torsa at 4.15pm bound for Strathgarry on the mainland"]),
"002": (F1, "The ship's master was Captain Donald Rennie.", ["Captain Donald Rennie"],
        ["The ship's master, Captain Donald Rennie, dropped anchor and called for assistance."]),
"003": (F1, "38 vehicles, including four lorries loaded with seafood for France and Spain.", ["38 vehicles", "four lorries"],
        ["The ferry was also carrying 38 vehicles, including four lorries loaded with seafood bound for markets in France and Spain."]),
"004": (F1, "It was built in 1998, so it is about 27 years old.", ["built in 1998"],
        ["The Lord of Torsa, built in 1998, is the only vessel on the route large enough to carry freight lorries"]),
"005": (F2, "The Norwegian-registered MV Skerray, due to arrive on Saturday.", ["MV Skerray"],
        ["has chartered the Norwegian-registered MV Skerray, which is due to arrive on Saturday."]),
"006": (F2, "In Germany; the ferry is out for at least three weeks while it is made.", ["made in Germany"],
        ["The Lord of Torsa will be out of service for at least three weeks while a replacement part is made in Germany."]),
"007": (F2, "A full refund plus a £40 travel voucher.", ["full refund", "£40 travel voucher"],
        ["Hebridean Link said passengers on Sunday's sailing would receive a full refund and a £40 travel voucher."]),
"008": (F2, "Alan McRory, Scotland's transport minister.", ["Alan McRory"],
        ["Scotland's transport minister, Alan McRory, said he had asked for an independent review of maintenance practices at the operator"]),
"009": (IE, "1,148 students will receive a higher grade in at least one subject.", ["1,148"],
        ["The NAO said 1,148 of them will now receive a higher grade in at least one subject"]),
"010": (IE, "Declan Furlong, an engineering teacher at St Brendan's Community School in Kilbrennan, Co Mayo.", ["Declan Furlong"],
        ["when Declan Furlong, an engineering teacher at St Brendan's Community School in Kilbrennan, Co Mayo, noticed that several of his students' grades"]),
"011": (IE, "€4.6 million, funding 220 extra first-year places.", ["€4.6 million", "220 extra first-year places"],
        ["The Government will fund 220 extra first-year places, at a cost of €4.6 million, to make that possible."]),
"012": (IE, "40 per cent of the final grade (the faulty software counted it as 25 per cent).", ["40 per cent"],
        ["were counted as 25 per cent of the final grade instead of the correct 40 per cent."]),
"013": (IE, "By email on Friday.", ["by email on Friday"],
        ["Students who sat the affected subjects will receive their corrected results by email on Friday."]),
"014": (AU, "1,874 students who sat Mathematics Advanced (almost 1,900).", ["1,874 students"],
        ["The NSW Curriculum and Assessment Board said 1,874 students who sat the Mathematics Advanced exam had received results belonging to other candidates"]),
"015": (AU, "The contractor Meridian Data Services, which merged two batches of marks incorrectly.", ["Meridian Data Services"],
        ["after two batches of marks were merged incorrectly by its contractor, Meridian Data Services."]),
"016": (AU, "Carrington Heights High School in Sydney's west.", ["Carrington Heights High School"],
        ["parents comparing notes in an online group for families at Carrington Heights High School in Sydney's west"]),
"017": (AU, "171 students (155 will go down).", ["171 of them upwards"],
        ["326 students will see their Australian Tertiary Admission Rank, or ATAR, change when corrected results are issued on Friday - 171 of them upwards and 155 downwards."]),
"018": (AU, "Since 2019.", ["since 2019"],
        ["Meridian Data Services, which has held the marks-processing contract since 2019, said in a statement"]),
"019": (FE, "Gusts of up to 112 km/h (70 mph).", ["112 km/h"],
        ["Storm Ingrid brought gusts of up to 112 km/h (70 mph) to the coast in the early hours of Saturday"]),
"020": (FE, "Seventeen people were treated for minor injuries; two went to hospital in Bruges with cuts and were discharged.", ["Seventeen people", "Two were taken to hospital"],
        ["Seventeen people were treated for minor injuries after a marquee housing the festival's dance stage partly collapsed shortly after 1 a.m."]),
"021": (FE, "52,000 tickets for the four-day event.", ["52,000 tickets"],
        ["Dunewave, now in its 12th year, sold 52,000 tickets for this year's four-day event"]),
"022": (FE, "British band The Halyards.", ["The Halyards"],
        ["which had been due to end on Sunday night with a headline set by British band The Halyards."]),
"023": (PH, "1,240 adults with chronic migraine, at 96 clinics in 11 countries.", ["1,240 adults"],
        ["The phase 3 study, known as HORIZON-M, enrolled 1,240 adults with chronic migraine at 96 clinics in 11 countries."]),
"024": (PH, "They closed up 18% at 642p, valuing Calloway at about £2.9bn.", ["18 per cent at 642p"],
        ["Shares in Calloway closed up 18 per cent at 642p in London, valuing the company at about £2.9bn."]),
"025": (PH, "Calloway hopes to launch veltorimab in 2027, after filing for approval in the first half of 2026.", ["launch the drug in 2027"],
        ["planned to file for approval with regulators in the UK, Europe and the United States in the first half of 2026 and hoped to launch the drug in 2027."]),
"026": (PH, "About 380 people.", ["about 380 people"],
        ["Calloway was founded in 2011 as a spin-out from the University of Cambridge and employs about 380 people."]),
"027": (SM, "$38.50 a share in cash, a 27% premium ($4.3 billion in total).", ["$38.50 a share"],
        ["Toronto-based Northfield will pay $38.50 a share in cash, a premium of 27 per cent to Harvest Lane's closing price on Monday"]),
"028": (SM, "Northfield would pay Harvest Lane a $175-million break fee.", ["break fee of $175-million"],
        ["If the deal is blocked, Northfield will pay Harvest Lane a break fee of $175-million."]),
"029": (SM, "1,050 stores.", ["1,050 stores"],
        ["The combined company would operate 1,050 stores - 640 Northfield outlets and 410 under the Harvest Lane banner"]),
"030": (SM, "About 900 head-office and distribution jobs; no store closures planned beyond regulator-required sales.", ["about 900 head-office and distribution jobs"],
        ["The companies said about 900 head-office and distribution jobs would be cut but that no store closures were planned beyond any sales required by regulators."]),
# ---------------- why_how
"031": (F1, "It was towed in by the harbour tug Caledonian Pride, reaching Strathgarry at 9.40pm, with a lifeboat standing by.", ["harbour tug Caledonian Pride", "towed into Strathgarry at 9.40pm"],
        ["A lifeboat from Strathgarry stood by while the harbour tug Caledonian Pride was sent out, and the ferry was eventually towed into Strathgarry at 9.40pm."]),
"032": (F1, "It is the only vessel on the route big enough for freight lorries, and the island relies on it for fuel, food deliveries and hospital access on the mainland.", ["only vessel on the route", "access to hospital care"],
        ["relies on the ferry for fuel, food deliveries and access to hospital care on the mainland.",
         "is the only vessel on the route large enough to carry freight lorries and is licensed to carry up to 600 passengers."]),
"033": (F2, "The cracked coupling on the port engine triggered the ship's safety system, which shut down both engines.", ["triggered the ship's safety system"],
        ["The fault triggered the ship's safety system, which shut down both engines. Fuel samples taken from the ship's tanks had come back clean."]),
"034": (F2, "A group of school pupils and their teachers coming back from a sports tournament had been left off the passenger list.", ["left off the passenger list"],
        ["a group of school pupils and their teachers returning from a sports tournament had been left off the passenger list."]),
"035": (F2, "A landing craft will run two freight-only crossings a day from Friday (fuel, food, livestock feed), since the chartered Skerray cannot take lorries; an extra passenger boat also keeps running.", ["landing craft", "two freight-only crossings a day"],
        ["A landing craft will run two freight-only crossings a day from Friday, carrying fuel, food and livestock feed"]),
"036": (IE, "A software update installed in June, in which an outside contractor changed the weighting tables, counted coursework in three subjects as 25% of the grade instead of 40%.", ["software update installed in June", "updated the weighting tables"],
        ["a fault in a software update installed in June meant coursework marks in three subjects",
         "the fault had been introduced when an outside contractor updated the weighting tables used by the grading system."]),
"037": (IE, "The NAO's quality checks only compared this year's overall results with previous years; they did not recalculate individual scores.", ["rather than recalculating individual scores"],
        ["which compared this year's overall results with previous years rather than recalculating individual scores."]),
"038": (IE, "His students' grades did not match their project marks (his best project in ten years got a H4); a colleague saw the same in Agricultural Science, so he checked the numbers with a calculator and rang the NAO.", ["did not match the marks", "with a calculator"],
        ["noticed that several of his students' grades did not match the marks they had been awarded for their projects.",
         "I went through the numbers with a calculator on Friday night and rang the NAO first thing on Monday morning."]),
"039": (AU, "When two batches of marks were merged, a spreadsheet column from one marking centre was shifted by one row, so each student got the mark of the student listed above them.", ["shifted by a single row", "the student listed above them"],
        ["had been shifted by a single row, so that each student in the batch was given the mark of the student listed above them."]),
"040": (AU, "Parents comparing notes in an online group for Carrington Heights High School families noticed students with similar marks all year got wildly different results.", ["parents comparing notes", "wildly different results"],
        ["The mistake was spotted on Wednesday evening by parents comparing notes in an online group for families at Carrington Heights High School"]),
"041": (AU, "Universities will make offers based on whichever of the student's two ranks is higher.", ["whichever of a student's two ranks"],
        ["universities have agreed to make this year's offers based on whichever of a student's two ranks is higher."]),
"042": (FE, "For safety: the site was badly damaged, the ground waterlogged and more wind was forecast, so there was no responsible way to continue.", ["badly damaged", "more wind is forecast for tonight"],
        ["The site is badly damaged, the ground is waterlogged and more wind is forecast for tonight. There was no responsible way to continue."]),
"043": (FE, "They think the event should not have run on Friday evening despite the orange warning and the dance tent should have been closed much earlier.", ["despite the warning", "closed the dance tent much earlier"],
        ["Some festival-goers said the decision to let the event run on Friday evening despite the warning had been a mistake."]),
"044": (PH, "It is an antibody that blocks PACAP, a signalling protein released in migraine attacks that widens blood vessels and sensitises pain nerves; a different pathway from CGRP drugs.", ["antibody that blocks PACAP", "different pathway"],
        ["Veltorimab is an antibody that blocks PACAP, a signalling protein released during migraine attacks that is thought to widen blood vessels and sensitise pain nerves in the head."]),
"045": (PH, "Hannah Lowe warns of a crowded market, tough price negotiations with health systems, and doubts whether a company Calloway's size can bring it to market alone.", ["crowded market", "negotiations with health systems over price"],
        ["warned that Calloway would face a crowded market and tough negotiations with health systems over price."]),
"046": (SM, "Harvest Lane has been struggling as shoppers moved to discount chains and online delivery; sales fell 4% last year and it closed 22 stores.", ["discount chains and online delivery", "closed 22 stores"],
        ["Harvest Lane has struggled as shoppers have switched to discount chains and online delivery services. Its sales fell 4 per cent last year and it closed 22 stores."]),
"047": (SM, "Combined buying power lets it negotiate harder with suppliers and pass on savings; it expects $250 million a year in cost savings within three years.", ["buying power", "negotiate harder with suppliers"],
        ["said combining the two chains' buying power would allow the company to cut prices.",
         "Scale lets us negotiate harder with suppliers, and we intend to pass those savings on"]),
# ---------------- multi_part
"048": (F1, "Hebridean Link Ferries runs it; its chief executive is Fiona Dalgleish.", ["Hebridean Link Ferries", "Fiona Dalgleish"],
        ['contaminated fuel may have caused both engines to stop," said chief executive Fiona Dalgleish.', "The MV Lord of Torsa, operated by Hebridean Link Ferries, had left Port Caddon on the Isle of Torsa"]),
"049": (F1, "From Port Caddon on the Isle of Torsa to Strathgarry on the mainland.", ["Port Caddon", "Strathgarry on the mainland"],
        ["had left Port Caddon on the Isle of Torsa at 4.15pm bound for Strathgarry on the mainland"]),
"050": (F2, "It carries only 180 passengers and 20 cars, and it cannot take the heavy lorries that supply the shops and carry seafood.", ["180 passengers and 20 cars", "cannot take the heavy lorries"],
        ["The Skerray can carry only 180 passengers and 20 cars, and cannot take the heavy lorries that supply the island's shops"]),
"051": (F2, "An independent review of the operator's maintenance ordered by minister Alan McRory, reporting within three months; the Marine Accident Investigation Branch is also making preliminary inquiries.", ["independent review of maintenance practices", "within three months", "Marine Accident Investigation Branch"],
        ["said he had asked for an independent review of maintenance practices at the operator, to report within three months.",
         "The Marine Accident Investigation Branch confirmed on Thursday that it had sent two inspectors to Strathgarry and was making preliminary inquiries."]),
"052": (IE, "Engineering, Agricultural Science, and Design and Communication Graphics.", ["Engineering", "Agricultural Science", "Design and Communication Graphics"],
        ["coursework marks in three subjects - Engineering, Agricultural Science and Design and Communication Graphics - were counted as 25 per cent"]),
"053": (IE, "6,212 sat an affected subject; 1,148 get a higher grade.", ["6,212 students", "1,148 of them"],
        ["In all, 6,212 students sat at least one of the affected subjects. The NAO said 1,148 of them will now receive a higher grade"]),
"054": (AU, "326 ATARs change: 171 go up and 155 go down.", ["326 students", "171 of them upwards", "155 downwards"],
        ["326 students will see their Australian Tertiary Admission Rank, or ATAR, change when corrected results are issued on Friday - 171 of them upwards and 155 downwards."]),
"055": (AU, "Paul Vasiliou ordered an urgent audit of results in every subject and suspended the Meridian Data Services contract pending an investigation.", ["urgent audit", "suspended the contract with Meridian"],
        ["said he had ordered an urgent audit of the results in every subject and had suspended the contract with Meridian Data Services pending an investigation."]),
"056": (FE, "Saturday and Sunday day tickets: full refund within 30 days. Four-day passes: half the money back, or transfer to next year's festival.", ["full refund within 30 days", "half their money back", "transfer their ticket"],
        ["holders of day tickets for Saturday and Sunday would receive a full refund within 30 days, while those with four-day passes would get half their money back"]),
"057": (FE, "About 9,000 campers were moved to two sports halls and a secondary school in Westerduin.", ["About 9,000 people", "two sports halls", "secondary school in Westerduin"],
        ["About 9,000 people staying at the festival's campsites were moved to two sports halls and a secondary school in Westerduin during the night"]),
"058": (PH, "Mainly injection-site reactions (9% vs 5% on placebo) and constipation (4%); 2.1% stopped because of side effects and no new safety concerns.", ["injection-site reactions", "constipation"],
        ["The most common side effects were injection-site reactions, reported by 9 per cent of patients on veltorimab and 5 per cent of those on placebo, and constipation"]),
"059": (PH, "Monthly migraine days fell by 7.4 on the drug vs 3.1 on placebo; 48% vs 22% had at least a 50% reduction.", ["average of 7.4", "3.1 days", "48 per cent", "22 per cent"],
        ["saw their monthly migraine days fall by an average of 7.4, from a starting point of about 16, compared with a reduction of 3.1 days in the placebo group.",
         "Some 48 per cent of patients on the drug had at least a 50 per cent reduction in migraine days, against 22 per cent of those on placebo."]),
"060": (SM, "Northfield has 640 stores and Harvest Lane 410.", ["640 Northfield outlets", "410 under the Harvest Lane banner"],
        ["The combined company would operate 1,050 stores - 640 Northfield outlets and 410 under the Harvest Lane banner"]),
"061": (SM, "Northfield is based in Toronto and Harvest Lane in Halifax.", ["Toronto-based Northfield", "Halifax-based Harvest Lane"],
        ["Toronto-based Northfield will pay $38.50 a share in cash, a premium of 27 per cent", "Halifax-based Harvest Lane is strongest in Atlantic Canada and Quebec, where Northfield has relatively few stores."]),
# ---------------- overview
"062": (F2, "As of 13 March: the breakdown was caused by a cracked gearbox coupling, not fuel; 236 passengers were aboard (not 212); the ship is out for at least three weeks, 41 sailings are cancelled and the chartered MV Skerray is coming; the minister has ordered a review.",
        ["cracked coupling", "236 passengers", "at least three weeks", "41 sailings", "MV Skerray"],
        ["The breakdown that left a ferry drifting off the Isle of Torsa on Sunday was caused by a cracked coupling in the vessel's gearbox, not contaminated fuel as first suggested",
         "Hebridean Link has now cancelled 41 sailings, up from the 14 it announced on Monday"]),
"063": (F1, "The first report (10 March): the Lord of Torsa, with 212 passengers and 24 crew, lost both engines on Sunday and drifted for over three hours before being towed into Strathgarry at 9.40pm; no one was hurt; a fuel problem was suspected; 14 sailings were cancelled.",
        ["212 passengers and 24 crew", "more than three hours", "towed into Strathgarry at 9.40pm", "No one was injured", "14 scheduled sailings"],
        ["A ferry carrying 212 passengers and 24 crew was left drifting in the Sound of Torsa for more than three hours on Sunday after losing all propulsion"]),
"064": (IE, "A software fault under-weighted coursework in three Leaving Cert subjects (25% not 40%); 1,148 students get higher grades, 187 should have had better college offers; the Government funds 220 extra places and an independent review.",
        ["1,148 of them", "25 per cent", "187 of the affected students", "220 extra first-year places", "independent review"],
        ["The NAO said 1,148 of them will now receive a higher grade in at least one subject, while no student will have a grade lowered"]),
"065": (AU, "1,874 NSW Mathematics Advanced students got other candidates' marks after Meridian Data Services merged batches with a spreadsheet column shifted a row; 326 ATARs change; universities will use the higher rank; the minister suspended the contract.",
        ["1,874 students", "Meridian Data Services", "shifted by a single row", "326 students", "whichever of a student's two ranks"],
        ["The NSW Curriculum and Assessment Board said 1,874 students who sat the Mathematics Advanced exam had received results belonging to other candidates"]),
"066": (FE, "Storm Ingrid (gusts up to 112 km/h) hit the Belgian coast; a dance-stage marquee partly collapsed injuring 17; about 9,000 campers were evacuated; Dunewave cancelled its last two days, with refunds for ticket holders.",
        ["Storm Ingrid", "112 km/h", "Seventeen people", "About 9,000 people", "cancelled its last two days"],
        ["Organisers of the Dunewave music festival cancelled its last two days on Saturday after a violent summer storm swept across the Belgian coast overnight"]),
"067": (PH, "The HORIZON-M phase 3 trial (1,240 patients) cut monthly migraine days by 7.4 vs 3.1 on placebo, with 48% halving them; side effects were mild; shares rose 18% to 642p; filing planned for the first half of 2026.",
        ["1,240 adults", "average of 7.4", "48 per cent", "18 per cent at 642p", "first half of 2026"],
        ["saw their monthly migraine days fall by an average of 7.4, from a starting point of about 16, compared with a reduction of 3.1 days in the placebo group."]),
"068": (SM, "Northfield is buying Harvest Lane for $4.3 billion ($38.50 a share), creating a 1,050-store chain with about 29% of the market; the Competition Bureau will review it and may force store sales; the deal should close in the second half of 2026.",
        ["$4.3-billion", "$38.50 a share", "1,050 stores", "Competition Bureau", "second half of 2026"],
        ["Northfield Grocers Inc. has agreed to buy rival Harvest Lane Markets Ltd. for $4.3-billion, a deal that would create the country's largest supermarket chain"]),
"069": ("", "Seven articles on five stories: a Torsa ferry breakdown in Scotland (first report and update), Leaving Certificate grading error in Ireland and an HSC marks mix-up in NSW, the Dunewave festival cancelled by a storm in Belgium, Calloway's veltorimab migraine trial, and Northfield's takeover of Harvest Lane in Canada.",
        ["Lord of Torsa", "Leaving Certificate", "Dunewave", "veltorimab", "Harvest Lane"],
        ["A ferry carrying 212 passengers and 24 crew was left drifting in the Sound of Torsa for more than three hours on Sunday",
         "Organisers of the Dunewave music festival cancelled its last two days on Saturday after a violent summer storm swept across the Belgian coast overnight"]),
"070": ("", "Ireland: a contractor's software update weighted coursework in three subjects at 25% instead of 40%, so 1,148 students get higher grades. NSW: a spreadsheet column shifted one row when merging batches, so 1,874 Maths Advanced students got someone else's mark.",
        ["coursework marks in three subjects", "1,148 of them", "shifted by a single row", "1,874 students"],
        ["a fault in a software update installed in June meant coursework marks in three subjects",
         "had been shifted by a single row, so that each student in the batch was given the mark of the student listed above them."]),
# ---------------- about_article
"071": (F1, "Catriona Muir, for the West Highland Courier (published 10 March 2025).", ["Catriona Muir"],
        ["By Catriona Muir", "Source: West Highland Courier"]),
"072": (F2, "The Northern Chronicle, by Graham Kerr and Shona MacLeod (13 March 2025).", ["The Northern Chronicle", "Graham Kerr", "Shona MacLeod"],
        ['<meta name="author" content="Graham Kerr, Shona MacLeod">', '"name": "The Northern Chronicle"']),
"073": (AU, "19 December 2024 (6.05pm), in the Harbourside Herald.", ["December 19, 2024"],
        ['<meta name="date" content="2024-12-19">', "December 19, 2024 - 6.05pm"]),
"074": (PH, "\"Calloway's migraine jab halves attacks for almost half of patients in late-stage trial\"", ["Calloway's migraine jab halves attacks"],
        ["# Calloway's migraine jab halves attacks for almost half of patients in late-stage trial"]),
"075": (SM, "Rajiv Menon (Northfield CEO), Claire Thibodeau (Harvest Lane CEO), analyst Ines Moreau, union president Dale Whitcombe, Priya Sandhu of Fair Grocery Canada and Industry Minister Karen Albright.",
        ["Rajiv Menon", "Claire Thibodeau", "Ines Moreau", "Dale Whitcombe", "Priya Sandhu", "Karen Albright"],
        ["said Ines Moreau, a retail analyst at Bayview Capital Markets", "said union president Dale Whitcombe"]),
"076": ("", "Two: the West Highland Courier's first report (10 March 2025) and The Northern Chronicle's update (13 March 2025).", ["West Highland Courier", "The Northern Chronicle"],
        ["Source: West Highland Courier", "<title>Torsa ferry breakdown caused by cracked gearbox part, not fuel, operator admits | The Northern Chronicle</title>"]),
"077": ("", "Two: the Connacht Ledger piece on the Irish Leaving Cert grading error and the Harbourside Herald piece on the NSW HSC marks mix-up.", ["The Connacht Ledger", "Harbourside Herald"],
        ["publication: The Connacht Ledger", "<title>Nearly 1,900 HSC students sent wrong maths marks after data mix-up - Harbourside Herald</title>"]),
"078": (FE, "Coastline News Agency, by Ruben De Smet; dated 16 August 2025 (updated 14:32 GMT).", ["Coastline News Agency", "16 August 2025"],
        ["Updated 14:32 GMT, 16 August 2025", "WESTERDUIN, Belgium, Aug 16 (Coastline News Agency)"]),
"079": (IE, "Siobhán Kehoe, in The Connacht Ledger (2 September 2025).", ["Siobhán Kehoe", "The Connacht Ledger"],
        ["  - Siobhán Kehoe", "publication: The Connacht Ledger", "date: 2025-09-02"]),
"080": (PH, "Daniel Osei, for Meridian Business Daily, 24 June 2025.", ["Daniel Osei", "Meridian Business Daily"],
        ["**By Daniel Osei** | Meridian Business Daily | 24 June 2025"]),
"081": (SM, "Marc-André Leblanc, retail reporter at The Canadian Ledger; published 7 October 2025.", ["Marc-André Leblanc", "October 7, 2025"],
        ['<meta name="author" content="Marc-André Leblanc">', "Published October 7, 2025 | Updated 3:12 p.m. ET"]),
# ---------------- mention (yes)
"082": (FE, "Yes - the Belgian Red Cross handed out around 4,000 blankets and hot drinks overnight.", ["Belgian Red Cross"],
        ["the Belgian Red Cross said it had handed out around 4,000 blankets and hot drinks overnight."]),
"083": (F2, "Yes - the Marine Accident Investigation Branch sent two inspectors and is making preliminary inquiries.", ["Marine Accident Investigation Branch"],
        ["The Marine Accident Investigation Branch confirmed on Thursday that it had sent two inspectors to Strathgarry and was making preliminary inquiries."]),
"084": (PH, "Yes - many patients stop older tablets such as beta-blockers and anti-seizure drugs because of side effects.", ["beta-blockers"],
        ["many stop taking older tablets such as beta-blockers and anti-seizure drugs because of side effects."]),
"085": (SM, "Yes - grocery prices rose 3.4% in the year to August, and consumer groups fear less competition could push them higher.", ["3.4 per cent"],
        ["Grocery prices rose 3.4 per cent in the year to August, according to the latest inflation figures."]),
# ---------------- dated_version
"090": (F2, "At first the operator blamed contaminated fuel / the fuel supply; it now says a cracked coupling in the gearbox caused it (fuel samples were clean).", ["not contaminated fuel as first suggested", "cracked coupling in the vessel's gearbox"],
        ["was caused by a cracked coupling in the vessel's gearbox, not contaminated fuel as first suggested, its operator has admitted."]),
"091": (F2, "236 passengers according to the 13 March update, up from the 212 reported on Monday, because a school group was left off the list.", ["236 passengers", "up from the 212"],
        ["It now says 236 passengers were travelling, up from the 212 reported on Monday"]),
"092": (F2, "41 sailings cancelled now, up from the 14 first announced on Monday.", ["41 sailings", "up from the 14"],
        ["Hebridean Link has now cancelled 41 sailings, up from the 14 it announced on Monday"]),
"093": (F2, "Yes. On Monday Fiona Dalgleish said the ship was in good mechanical order; on Thursday she admitted the gearbox had been flagged for inspection in January but the work was put off, called it the wrong call and took responsibility.", ["in good mechanical order", "flagged for further inspection", "I take responsibility for it"],
        ["acknowledged that the gearbox had been flagged for further inspection during the vessel's overhaul in January, but that the work had been put off until the summer."]),
"094": (F1, "Monday and Tuesday - all 14 sailings on those two days were cancelled while checks were done.", ["on Monday and Tuesday", "14 scheduled sailings"],
        ["cancelled all 14 scheduled sailings between Torsa and Strathgarry on Monday and Tuesday while the checks took place."]),
"095": (F1, "In the first report Fiona Dalgleish said early indications pointed to contaminated fuel stopping both engines, and insisted the ship was in good mechanical order.", ["contaminated fuel"],
        ["Our initial understanding is that contaminated fuel may have caused both engines to stop,"]),
"096": (F2, "Earlier in the week Morag Lennie criticised the fragile lifeline service; now she has gone further and called for chief executive Fiona Dalgleish to step down.", ["called for Ms Dalgleish"],
        ["Morag Lennie, the local councillor, went further than she had earlier in the week and called for Ms Dalgleish to step down."]),
"097": (F2, "At least three weeks now; islanders had been told on Monday it would be two days.", ["at least three weeks", "told it would be two days"],
        ["The Lord of Torsa will be out of service for at least three weeks while a replacement part is made in Germany."]),
"098": (F2, "Transport minister Alan McRory has ordered an independent review of the operator's maintenance practices, to report within three months.", ["independent review of maintenance practices", "within three months"],
        ["said he had asked for an independent review of maintenance practices at the operator, to report within three months."]),
"099": (F2, "At first he worried about lost bookings (a wedding cancelled); now, as chair of the Torsa Business Association, he says the island is losing about £350,000 a week and businesses fear for paying staff - three weeks is 'a different story' from two days.", ["£350,000 a week", "Three weeks is a different story"],
        ["The Torsa Business Association estimated that the island's economy was losing about £350,000 a week"]),
}
# not answerable: article for near_miss; "" for unanswerable and mention-no
NEAR = {"108": F1, "109": F2, "110": IE, "111": AU, "112": AU, "113": FE, "114": PH, "115": SM}
MENTION_NO = {"086": ["bird flu", "avian", "poultry"], "087": ["bitcoin", "crypto"],
              "088": ["volcan", "erupt"], "089": ["olympic"]}

qs = {}
for line in open(os.path.join(D, "questions_draft.txt"), encoding="utf-8"):
    m = re.match(r"(\d{3}) \| (\w+) \| (?:\[after ([\d, ]+)\] )?(.*)$", line.rstrip("\n"))
    if m: qs[m.group(1)] = (m.group(2), [x.strip() for x in m.group(3).split(",")] if m.group(3) else [], m.group(4))

def history(n):
    out = []
    for p in qs[n][1]:
        for h in history(p) + [qs[p][2]]:
            if h not in out: out.append(h)
    return out

rows = []
for n, (kind, parents, text) in sorted(qs.items()):
    r = {"id": f"d4-{n}", "user_input": text, "kind": kind}
    if n in A:
        art, ref, kf, ctx = A[n]
        r.update(answerable=True, reference=ref, key_facts=kf, reference_contexts=ctx, article=art)
    else:
        assert kind in ("unanswerable", "near_miss", "mention"), n
        r.update(answerable=False, reference="", key_facts=[], reference_contexts=[], article=NEAR.get(n, ""))
        if kind == "mention": assert n in MENTION_NO, n
    h = history(n)
    if h: r["history"] = h
    rows.append(r)
assert set(A) | set(NEAR) | set(MENTION_NO) | {n for n, q in qs.items() if q[0] == "unanswerable"} == set(qs)
with open(os.path.join(D, "questions.jsonl"), "w", encoding="utf-8") as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
json.dump(MENTION_NO, open(os.path.join(D, "mention_no_terms.json"), "w"), indent=1)
print(len(rows), "questions written")
