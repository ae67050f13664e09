#!/usr/bin/env python3
"""Reads questions_draft.txt word for word and attaches answers.
Writes questions.jsonl and mention_no_terms.json. Run: python3 build_questions.py"""
import json, os, re, sys
D = os.path.dirname(os.path.abspath(__file__))

A1 = "grauntal_avalanche_first.txt"
A2 = "st_velten_avalanche_update.html"
S = "calagrana_holiday_flats.txt"
C = "port_aldridge_rental_bylaw.md"
W = "gotland_wreck_svarta_tranan.md"
J = "juno_halloway_tour_cancelled.html"
B = "nz_budget_2025.html"

# ---------- parse the draft
blocks, kind = [], None
cur = []
def flush():
    global cur
    if cur:
        hist = [l[len(">> earlier:"):].strip() for l in cur if l.startswith(">> earlier:")]
        qs = [l for l in cur if not l.startswith(">> earlier:")]
        assert len(qs) == 1, cur
        blocks.append((kind, qs[0], hist))
    cur = []
for line in open(os.path.join(D, "questions_draft.txt"), encoding="utf-8").read().split("\n"):
    if line.startswith("## "):
        flush(); kind = line[3:].strip(); continue
    if line.startswith("#"): continue
    if not line.strip(): flush(); continue
    cur.append(line.rstrip())
flush()

# ---------- answers, in draft order per kind
# each: (start of question, article, reference, key_facts, contexts); None reference = not answerable
ANS = {
"lookup": [
 ("what time did the snow", A1, "The avalanche broke loose at about 11:40 on Saturday 8 February and swept down the Hochjoch red run.",
  ["about 11:40"], ["The slide broke loose at about 11:40 on the slopes beneath the Hochjoch peak and swept down the Hochjoch red run, one of the most popular descents in the Velten-Hochjoch ski area."]),
 ("who's the police spokesman", A1, "The Tyrol police spokesman quoted is Andreas Pichlmayr.",
  ["Andreas Pichlmayr"], ["Seven people were taken to hospital, two of them with serious injuries, said Andreas Pichlmayr, a spokesman for the Tyrol police."]),
 ("how many rescue workers", A1, "About 140 rescuers were involved in the search, along with six avalanche dogs and four helicopters.",
  ["About 140 rescuers"], ["About 140 rescuers, six avalanche dogs and four helicopters were involved in the search, which continued under floodlights after sunset."]),
 ("where did the avalanche victims with lighter", A1, "The five less seriously hurt were treated at the district hospital in Kirnegg; the two seriously injured were flown to the university clinic in the regional capital.",
  ["district hospital in Kirnegg"], ["Both of the seriously hurt were flown by helicopter to the university clinic in the regional capital; the other five were treated at the district hospital in Kirnegg."]),
 ("when did st velten last", A1, "St. Velten had not had a deadly avalanche inside its ski area since 1999, according to its mayor.",
  ["since 1999"], ["St. Velten, a village of about 900 residents that swells to several thousand in the winter season, had not seen a deadly avalanche inside its ski area since 1999, its mayor, Josef Larcher, said."]),
 ("how old was the ski instructor", A2, "The ski instructor, Florian Larcher, was 27.",
  ["Florian Larcher, 27"], ["The five dead were three Germans, a Dutch man and a local ski instructor, Florian Larcher, 27, who police said had been leading a group of beginners across the slope when the snow hit."]),
 ("how much cash has the fund", A2, "The village fund for the victims' families had raised €186,000 by Friday, according to the mayor.",
  ["€186,000"], ["The village has set up a fund for the victims’ families, which had raised €186,000 by Friday, according to the mayor."]),
 ("who speaks for the prosecutors", A2, "Sabine Auer is the spokeswoman for the public prosecutor's office handling the case.",
  ["Sabine Auer"], ["Its spokeswoman, Sabine Auer, said the case was directed “against persons unknown” for now and would examine both the conduct of the off-piste group and the resort’s decisions that morning."]),
 ("how many councillors backed", S, "The Calagrana council approved the holiday-flat freeze by 15 votes to 10.",
  ["15 votes to 10"], ["The measure passed by 15 votes to 10 after a four-hour debate that was repeatedly interrupted by chanting from the public gallery"]),
 ("how many licensed tourist flats", S, "Calagrana has 7,800 registered tourist flats, about one for every 19 residents.",
  ["7,800 registered tourist flats"], ["According to the council's figures, Calagrana has 7,800 registered tourist flats, roughly one for every 19 residents."]),
 ("what's the biggest fine a calagrana", S, "Landlords renting to tourists without a licence in Calagrana now face fines of up to €150,000, up from €30,000.",
  ["€150,000"], ["Under the new rules, owners caught renting to tourists without a licence face fines of up to €150,000, up from a previous maximum of €30,000."]),
 ("who heads the santa lucia", S, "Carmen Villaverde chairs the Santa Lucía residents' association in Calagrana.",
  ["Carmen Villaverde"], ["said Carmen Villaverde, who chairs the Santa Lucía residents' association."]),
 ("how many people marched", S, "An estimated 12,000 people marched along Calagrana's seafront in September.",
  ["12,000 people"], ["In September, an estimated 12,000 people marched along the seafront under the slogan \"Calagrana is not for sale\", one of the largest demonstrations the city has seen in decades."]),
 ("what's the rental vacancy rate", C, "Port Aldridge's rental vacancy rate was 0.9 per cent last fall, according to a council-commissioned housing report.",
  ["0.9 per cent"], ["The rental vacancy rate in the town stood at 0.9 per cent last fall, according to a housing report commissioned by council."]),
 ("what will a short term rental permit", C, "The annual short-term rental licence fee in Port Aldridge rises from $150 to $450.",
  ["$450"], ["The annual licence fee for short-term rentals will rise from $150 to $450, and every online listing will have to display its town licence number."]),
 ("who's the mayor of port aldridge", C, "The mayor of Port Aldridge is Heather Colquhoun.",
  ["Heather Colquhoun"], ["\"We have nurses sleeping in their cars in the hospital parking lot in July,\" Mayor Heather Colquhoun said after the vote."]),
 ("roughly how many hotel", C, "Port Aldridge has only about 180 hotel and inn rooms, according to the South Shore Tourism Association.",
  ["about 180 hotel and inn rooms"], ["Mark Deveau, executive director of the South Shore Tourism Association, said Port Aldridge has only about 180 hotel and inn rooms"]),
 ("which company is port aldridge", C, "Port Aldridge signed an $85,000 contract with ListWatch Analytics, whose software tracks listings across booking sites.",
  ["ListWatch Analytics"], ["To enforce the rules, the town has hired two bylaw officers and signed an $85,000 contract with ListWatch Analytics, a company whose software tracks listings across booking sites and matches them against the licence register."]),
 ("how far down is it lying", W, "The wreck lies at a depth of 84 metres, about 19 kilometres east of Gotland.",
  ["84 metres"], ["The ship was spotted in April during a seabed survey for a planned fibre-optic cable, about 19 kilometres east of the island, at a depth of 84 metres."]),
 ("what year did the black crane", W, "The Svarta Tranan (Black Crane) was lost in a November storm in 1679.",
  ["1679"], ["which disappeared in a November storm in 1679 on its way from France to the port of Södervik with 14 crew on board."]),
 ("how many sailors were lost", W, "The Svarta Tranan had 14 crew on board, none of whom were ever found.",
  ["14 crew"], ["which disappeared in a November storm in 1679 on its way from France to the port of Södervik with 14 crew on board. None of them were ever found."]),
 ("who led the team", W, "The expedition was led by Dr Maja Lindqvist-Berg, head of research at the Östersjö Wreck Research Centre.",
  ["Maja Lindqvist-Berg"], ["said Dr Maja Lindqvist-Berg, the centre's head of research, who led the expedition."]),
 ("how long is the wreck's hull", W, "The hull measures about 26 metres.",
  ["about 26 metres"], ["The hull measures about 26 metres, which matches a description of the vessel in an insurance claim filed by her owners in 1680."]),
 ("how many concerts has juno", J, "Juno Halloway cancelled the remaining 31 dates of her Paper Moons world tour.",
  ["31 dates"], ["Juno Halloway has cancelled the remaining 31 dates of her Paper Moons world tour after doctors found bleeding on her vocal cords"]),
 ("who manages her", J, "Juno Halloway's manager is Dev Ramaswamy.",
  ["Dev Ramaswamy"], ["Halloway’s manager, Dev Ramaswamy, said rescheduling had been considered and rejected."]),
 ("when is juno halloway's next record", J, "Her fourth album, Low Tide Hymns, is still planned for release on November 14.",
  ["November 14"], ["Her record label, Meridian Sound, said the release of her fourth album, Low Tide Hymns, was still planned for November 14."]),
 ("under the new zealand budget", B, "The 30 per cent rate will start at $56,000 instead of $53,500.",
  ["$56,000"], ["the point at which the 30 per cent rate kicks in will move from $53,500 to $56,000."]),
 ("how big a deficit", B, "Treasury forecasts an operating deficit of $11.2 billion for 2025/26.",
  ["$11.2 billion"], ["Treasury forecasts an operating deficit of $11.2 billion for the 2025/26 year, with the books returning to surplus in 2028/29, a year later than predicted in December."]),
],
"why_how": [
 ("why had the snow", A1, "Heavy snowfall earlier in the week followed by strong winds had loaded fresh snow onto steep slopes, and the danger was rated level three, 'considerable'.",
  ["Heavy snowfall earlier in the week", "strong winds"], ["Heavy snowfall earlier in the week, followed by strong winds, had loaded fresh snow onto steep slopes, forecasters said in their morning bulletin."]),
 ("why did the resort reckon", A1, "The resort director said the ski patrol had checked the run at dawn and declared it safe, and controlled explosions had released loose snow on the slopes above it on Thursday.",
  ["checked by the ski patrol at dawn", "Controlled explosions"], ["Resort director Elisabeth Gruber-Moosbrugger said the Hochjoch run had been checked by the ski patrol at dawn and declared safe before the lifts opened at 8:30."]),
 ("how come the number of injured", A2, "Two skiers who had been caught by the edge of the slide went to hospital on their own in the following days, raising the total from seven to nine.",
  ["went to hospital themselves"], ["Nine people were injured in total, two more than first reported, after two skiers who had been caught by the edge of the slide went to hospital themselves in the days that followed."]),
 ("why is the st velten resort under fire", A2, "The avalanche warning service raised the danger rating from level three to level four at 10:15, about 85 minutes before the slide, but the Hochjoch run stayed open.",
  ["from level three to level four", "85 minutes before the slide", "The Hochjoch run stayed open"], ["The avalanche warning service raised the danger rating for the Grauntal area from level three to level four at 10:15 on the day, about 85 minutes before the slide"]),
 ("how does the resort boss", A2, "Elisabeth Gruber-Moosbrugger says the updated bulletin concerned slopes above 2,400 metres on the northern side of the valley and the piste was in an area the patrol had secured.",
  ["slopes above 2,400 metres", "the patrol had secured"], ["Elisabeth Gruber-Moosbrugger, the resort director, said the updated bulletin concerned slopes above 2,400 metres on the northern side of the valley, and that the piste itself lay in an area the patrol had secured."]),
 ("why are the landlords so upset", S, "Tomás Orduña of the Calagrana Tourist Housing Association says the rules punish small families who rent out one flat to pay for their children's studies, and that the real problem is the lack of new social housing for twenty years.",
  ["punishing small families", "nobody has built social housing"], ["\"They are punishing small families who rent out one flat to pay for their children's studies,\" he said. \"The real problem is that nobody has built social housing here for twenty years.\""]),
 ("how is calagrana going to catch", S, "Calagrana has hired 20 extra inspectors who will use software that scans listing websites for flats advertised without a registration number.",
  ["20 extra inspectors", "software that scans listing websites"], ["The council has hired 20 extra inspectors, who will use software that scans listing websites to spot flats advertised without a registration number."]),
 ("why does calagrana expect", S, "Licences will no longer be transferable when a property is sold, so the number of tourist flats should fall gradually.",
  ["no longer be transferable"], ["However, licences will no longer be transferable when a property is sold, which the council expects to shrink the number of tourist flats gradually."]),
 ("why are tourism businesses in port aldridge", C, "The South Shore Tourism Association says Port Aldridge has only about 180 hotel and inn rooms, too few for summer visitors, who might go elsewhere; rental guests spend about $14 million a year in town.",
  ["about 180 hotel and inn rooms", "$14 million a year"], ["The association estimates that short-term rental guests spend about $14 million a year in the town's shops and restaurants."]),
 ("what pushed port aldridge council", C, "A housing shortage: a 0.9 per cent vacancy rate, nurses sleeping in their cars, and the hospital losing three of the eight nurses it recruited because they could not find homes.",
  ["nurses sleeping in their cars", "three of the eight nurses", "0.9 per cent"], ["The hospital lost three of the eight nurses it recruited last year because they could not find somewhere to live, according to a letter its managers sent to council in March."]),
 ("how come it's in such good shape", W, "The Baltic's water is too low in salt for shipworm, the wood-boring mollusc that destroys wrecks elsewhere, and cold, low-oxygen water slows decay.",
  ["too low in salt for shipworm", "low oxygen"], ["Its water is too low in salt for shipworm, a wood-boring mollusc that destroys wooden wrecks in most of the world's oceans within decades."]),
 ("how did the archaeologists work out", W, "A stern carving of a crane plus the ship's 26-metre size match the Svarta Tranan as described in a 1680 insurance claim traced by archivist Anders Vikström.",
  ["carving on the stern", "insurance claim"], ["The identification rests largely on a carving on the stern showing a long-legged bird that the team believes is a crane, together with the ship's size."]),
 ("why aren't they going to lift", W, "Raising such a large wooden hull would be enormously expensive and risky, and the wreck is better preserved where it lies; a 3D model will be made instead.",
  ["enormously expensive and risky", "better preserved where it lies"], ["Researchers say bringing such a large wooden hull to the surface would be enormously expensive and risky, and that the wreck is better preserved where it lies."]),
 ("why didn't juno halloway's team", J, "Her manager Dev Ramaswamy said they don't know when she will be ready to tour again and won't sell tickets for dates they can't promise.",
  ["considered and rejected", "a date we can’t promise"], ["“The honest answer is that we don’t know when Juno will be ready to tour again, and we won’t sell anybody a ticket for a date we can’t promise,” he said."]),
 ("how does a vocal cord bleed", J, "A small blood vessel on the surface of the cords bursts, often under heavy strain; singing on a damaged cord can cause scarring or polyps that permanently change the voice, so rest is essential.",
  ["small blood vessel", "scarring or polyps"], ["A vocal cord haemorrhage happens when a small blood vessel on the surface of the cords bursts, often under heavy strain."]),
 ("why is new zealand getting back", B, "The minister said weaker export prices and slower growth had cut the government's tax take.",
  ["weaker export prices and slower growth"], ["Maraki-Scott defended the delay, saying weaker export prices and slower growth had cut the government’s tax take."]),
],
"multi_part": [
 ("when did the avalanche hit", A1, "It hit at about 11:40, and witnesses described it as roughly 300 metres wide.",
  ["about 11:40", "roughly 300 metres wide"], ["Witnesses described a wall of snow roughly 300 metres wide burying skiers who had stopped to rest near a bend in the piste."]),
 ("which lifts did the st velten", A1, "The resort closed its upper lifts including the Hochjoch chairlift and the Grauntaler gondola; the lower slopes stayed open until mid-afternoon.",
  ["Hochjoch chairlift and the Grauntaler gondola", "stayed open until mid-afternoon"], ["Lower slopes nearer the village stayed open until mid-afternoon, a decision some visitors criticised on social media."]),
 ("who is thought to have set off", A2, "Investigators believe four off-piste skiers triggered it; all four were from Switzerland.",
  ["four off-piste skiers", "all from Switzerland"], ["The four, all from Switzerland, escaped unhurt and came forward to police on Sunday."]),
 ("what offence are prosecutors", A2, "Prosecutors are investigating on suspicion of negligent homicide and expect a report from court-appointed snow experts by the end of March.",
  ["negligent homicide", "by the end of March"], ["The prosecutor’s office said it expected a report from court-appointed snow experts by the end of March."]),
 ("which parts of calagrana", S, "The freeze covers Calagrana's old town plus the beachfront districts of Los Almendros and Punta Faro, for the next three years.",
  ["Los Almendros and Punta Faro", "next three years"], ["It covers the historic centre as well as the beachfront neighbourhoods of Los Almendros and Punta Faro."]),
 ("who gets an exemption", S, "People renting a single room in their own home and existing licence holders are exempt; licences will no longer transfer when a property is sold.",
  ["single room in the home", "existing licence holders", "no longer be transferable"], ["People renting out a single room in the home they live in are exempt, as are existing licence holders, whose permits will remain valid until they expire."]),
 ("where did she live while", C, "Priya Baptiste lived in a borrowed camper van for four months while looking for an apartment in Port Aldridge.",
  ["borrowed camper van", "four months"], ["said she spent four months living in a borrowed camper van while looking for an apartment."]),
 ("how much can port aldridge fine", C, "Port Aldridge can fine operators up to $10,000 a day and booking platforms up to $50,000 per listing.",
  ["$10,000 a day", "$50,000 per listing"], ["Booking platforms that keep advertising unlicensed units could be fined up to $50,000 per listing"]),
 ("when does the port aldridge ban", C, "The Port Aldridge rules apply from November 1, and owners must apply for a licence by August 31.",
  ["From November 1", "until August 31"], ["Owners who want to keep renting have until August 31 to apply for a licence under the new rules."]),
 ("what was the svarta tranan carrying", W, "She carried salt, wine in barrels and French glass, sailing from France to the port of Södervik.",
  ["salt, wine in barrels", "French glass", "port of Södervik"], ["who said it listed the cargo as salt, wine in barrels and a consignment of French glass."]),
 ("which company is laying the cable", W, "Nordlänk Fibre has agreed to move the cable about two kilometres south of the wreck.",
  ["Nordlänk Fibre", "about two kilometres south"], ["has agreed to move the line about two kilometres south of the wreck."]),
 ("how many of juno halloway's cancelled", J, "20 of the cancelled shows were in Europe and 11 in North America.",
  ["20 in Europe", "11 in North America"], ["The cancelled shows include 20 in Europe and 11 in North America, among them two nights at the Halcyon Arena that were due to close the tour in December."]),
 ("what are the ways new zealand", B, "A 2 per cent levy on online gambling revenue, higher tobacco excise and six cents a litre more petrol excise, and $1.4 billion of reprioritised spending.",
  ["2 per cent levy", "six cents a litre", "$1.4 billion"], ["To help fund the package, the government will introduce a 2 per cent levy on the revenue of online gambling operators from 1 October, expected to raise about $160 million a year."]),
],
"overview": [
 ("give me the gist of the first report", A1, "On 8 February an avalanche hit the Hochjoch red run at St. Velten in Tyrol, killing two skiers and leaving three missing, with seven in hospital; about 140 rescuers searched; the danger was level three and the cause was unclear.",
  ["killing two skiers", "three more missing", "Seven people were taken to hospital", "About 140 rescuers", "not immediately clear"],
  ["An avalanche tore across a crowded ski run above the Tyrolean village of St. Velten on Saturday morning, killing two skiers and leaving three more missing as darkness fell over the Grauntal valley, Austrian police said."]),
 ("sum up the week-later story", A2, "A week on, the toll is five dead and nine injured; investigators think four Swiss off-piste skiers set it off; prosecutors are investigating negligent homicide; the danger level had been raised to four before the slide; the resort partly reopened.",
  ["risen to five", "four off-piste skiers", "negligent homicide", "level three to level four", "partly reopened on Wednesday"],
  ["A week after an avalanche swept across a red run at the Velten-Hochjoch ski area in the Tyrol, the number of people killed has risen to five, and prosecutors have opened a criminal inquiry into how the slide happened."]),
 ("main points of the calagrana", S, "Calagrana voted 15-10 to freeze new holiday-flat licences in its old town and two beach districts for three years, ordered 3,200 unlicensed listings removed, raised fines to €150,000, and landlords plan to appeal to the Andalusian high court.",
  ["15 votes to 10", "next three years", "3,200 listings", "€150,000", "regional high court of Andalusia"],
  ["Calagrana will stop granting licences for new holiday flats in its old town and two seaside districts for the next three years"]),
 ("what's the port aldridge rentals", C, "Port Aldridge, Nova Scotia, voted 7-3 to restrict short-term rentals to principal residences from November 1, with fines up to $10,000 a day, amid a 0.9 per cent vacancy rate; tourism operators are worried.",
  ["voted 7–3", "principal residence", "$10,000 a day", "0.9 per cent", "South Shore Tourism Association"],
  ["Port Aldridge will limit short-term rentals to homes where the host actually lives, after town council voted 7–3 on Tuesday night to pass a bylaw"]),
 ("what's this piece on the gotland", W, "An almost intact 17th-century ship, probably the Svarta Tranan lost in 1679, was found 84 metres down off Gotland; low salinity keeps shipworm away; a 500-metre exclusion zone protects it and it will not be raised.",
  ["84 metres", "Svarta Tranan", "shipworm", "500-metre exclusion zone", "no plans to raise the ship"],
  ["Marine archaeologists have found the wreck of a 17th-century merchant ship lying almost intact on the floor of the Baltic Sea off Gotland"]),
 ("sum up the juno halloway", J, "Juno Halloway cancelled the last 31 dates of her Paper Moons tour because of a vocal cord haemorrhage, must rest her voice for at least three months, about 480,000 ticket holders get refunds, and her album Low Tide Hymns is still due in November.",
  ["31 dates", "vocal cord haemorrhage", "at least three months", "480,000 tickets", "Low Tide Hymns"],
  ["She has been ordered to rest her voice completely for at least three months, which means she is not allowed to speak, let alone sing, for much of that time, her management company said."]),
 ("ok give me the main points", B, "New Zealand's Budget lifts income tax thresholds to $16,800 and $56,000, worth $22 a week for a typical family and costing $2.9 billion over four years, paid for partly by an online gambling levy and higher excise; the deficit is forecast at $11.2 billion.",
  ["$16,800", "$56,000", "$2.9 billion over four years", "online gambling", "$11.2 billion"],
  ["The threshold at which the 17.5 per cent rate begins will rise from $15,600 to $16,800, and the point at which the 30 per cent rate kicks in will move from $53,500 to $56,000."]),
 ("quick rundown of how people reacted", B, "The opposition said the petrol rise claws back gains for rural families; economist Gareth Pohatu called the later surplus realistic but warned of 0.3 points more inflation; beneficiary advocates said non-workers get nothing; gambling charities want money for treatment.",
  ["Priya Chandran-Holt", "realistic rather than alarming", "0.3 percentage points", "a tax cut is worth nothing", "Problem-gambling charities"],
  ["“They give with one hand at the payroll and take with the other at the pump,” she said."]),
 ("why are people in calagrana so fed up", S, "Nearly one old-town home in three is let to tourists, the old town's population fell from about 14,000 to 9,500, rents rose 38 per cent in five years, and 12,000 people marched in protest.",
  ["one home in three", "14,000 in 2010 to 9,500", "38 per cent", "12,000 people"],
  ["Rents across the city have risen by 38 per cent over the past five years, while average wages in the province have barely moved"]),
],
"about_article": [
 ("who wrote the first report", A1, "The first report was written by Katrin Wallnöfer, Alpine correspondent, for Alpine Newswire.",
  ["Katrin Wallnöfer"], ["By Katrin Wallnöfer, Alpine correspondent"]),
 ("which outlet ran the update", A2, "The week-later update was published by The Inntal Chronicle on 15 February 2025.",
  ["The Inntal Chronicle"], ["St. Velten avalanche: death toll rises to five as prosecutors open inquiry | The Inntal Chronicle"]),
 ("when did the calagrana holiday flats", S, "The Calagrana piece was published on 3 April 2025 in The Costa Ledger.",
  ["3 April 2025"], ["By Inés Carbonell | The Costa Ledger | 3 April 2025"]),
 ("what's the headline of the port aldridge", C, "The headline is \"Port Aldridge limits short-term rentals to primary residences, with fines of up to $10,000 a day\".",
  ["Port Aldridge limits short-term rentals", "primary residences"], ["Port Aldridge limits short-term rentals to primary residences, with fines of up to $10,000 a day"]),
 ("who wrote it", W, "The shipwreck article was written by Henrik Ljungqvist, science correspondent at The Baltic Observer.",
  ["Henrik Ljungqvist"], ["Henrik Ljungqvist, science correspondent | The Baltic Observer | 17 June 2025"]),
 ("was anything corrected", W, "Yes. A correction says an earlier version wrongly said the Svarta Tranan sank in 1697; she was lost in 1679.",
  ["sank in 1697", "She was lost in 1679"], ["Correction: an earlier version of this article said the Svarta Tranan sank in 1697. She was lost in 1679."]),
 ("who took the photos", J, "The photography is by Ana Sokolova; the words are by Felix Ormerod.",
  ["Ana Sokolova"], ["Photography by Ana Sokolova"]),
 ("what's the subtitle on the nz budget", B, "The standfirst reads: \"Income tax relief worth $2.9 billion over four years is paid for partly by a new levy on online gambling and higher tobacco and petrol excise\".",
  ["Income tax relief worth $2.9 billion"], ["Income tax relief worth $2.9 billion over four years is paid for partly by a new levy on online gambling and higher tobacco and petrol excise"]),
 ("how many articles are there", "", "There are 7 articles in the collection.",
  ["7"], []),
 ("which articles cover the st velten", "", "Two: Alpine Newswire's first report of 8 February 2025 (\"Avalanche sweeps skiers on Tyrol piste: two dead, three missing\") and The Inntal Chronicle's update of 15 February 2025 (\"St. Velten avalanche: death toll rises to five as prosecutors open inquiry\").",
  ["AVALANCHE SWEEPS SKIERS ON TYROL PISTE", "death toll rises to five"], ["AVALANCHE SWEEPS SKIERS ON TYROL PISTE: TWO DEAD, THREE MISSING", "St. Velten avalanche: death toll rises to five as prosecutors open inquiry"]),
 ("who wrote the new zealand budget", B, "It was written by Aroha Whitcombe, Political Editor of The Pacific Ledger.",
  ["Aroha Whitcombe", "The Pacific Ledger"], ["Aroha Whitcombe, Political Editor"]),
],
"mention": [
 ("do any of the articles talk about shipworms", W, "Yes. The Gotland shipwreck article says Baltic water is too low in salt for shipworm, a wood-boring mollusc.",
  ["shipworm"], ["Its water is too low in salt for shipworm, a wood-boring mollusc that destroys wooden wrecks in most of the world's oceans within decades."]),
 ("is a hashtag mentioned", J, "Yes. Juno Halloway's fans started the hashtag #RestUpJuno, which trended in several countries.",
  ["#RestUpJuno"], ["Other artists sent messages of support, and fans started a hashtag, #RestUpJuno, that was trending in several countries within hours of the announcement."]),
 ("are search dogs mentioned", A1, "Yes. The first report on the St. Velten avalanche says six avalanche dogs took part in the search, alongside about 140 rescuers and four helicopters.",
  ["six avalanche dogs"], ["About 140 rescuers, six avalanche dogs and four helicopters were involved in the search, which continued under floodlights after sunset."]),
 ("anything about a tax on online betting", B, "Yes. New Zealand's Budget brings in a 2 per cent levy on the revenue of online gambling operators.",
  ["online gambling"], ["To help fund the package, the government will introduce a 2 per cent levy on the revenue of online gambling operators from 1 October, expected to raise about $160 million a year."]),
 ("does any article mention snowmobiles", None), ("anything on inheritance tax", None),
 ("is lip-syncing discussed", None), ("do any of the pieces talk about treasure", None),
],
"dated_version": [
 ("what was the death toll when", A1, "When it first broke on 8 February, two skiers were confirmed dead and three were missing.",
  ["killing two skiers", "three more missing"], ["An avalanche tore across a crowded ski run above the Tyrolean village of St. Velten on Saturday morning, killing two skiers and leaving three more missing"]),
 ("what's the latest death toll", A2, "As of the 15 February update, five people were killed: three Germans, a Dutch man and local ski instructor Florian Larcher.",
  ["risen to five", "three Germans, a Dutch man"], ["The five dead were three Germans, a Dutch man and a local ski instructor, Florian Larcher, 27"]),
 ("did that figure change in the later", A2, "Yes. The first report said seven were taken to hospital; the update a week later put the injured at nine, two more than first reported.",
  ["Nine people were injured in total", "two more than first reported"], ["Nine people were injured in total, two more than first reported, after two skiers who had been caught by the edge of the slide went to hospital themselves in the days that followed."]),
 ("how did the estimate of the avalanche's size", A2, "On the day it was put at around 300 metres wide; experts later measured it at 420 metres wide and 1.1 kilometres long.",
  ["420 metres wide", "1.1 kilometres long", "around 300 metres"], ["Experts from the Tyrol avalanche warning service who surveyed the site on Tuesday measured the slide at 420 metres wide and 1.1 kilometres long."]),
 ("as of 8 february, had the dead", A1, "No. On 8 February police said the dead had not yet been identified, though victims were believed to include German and Dutch holidaymakers.",
  ["not yet been identified", "German and Dutch holidaymakers"], ["He said the dead had not yet been identified, but that the victims were believed to include German and Dutch holidaymakers."]),
 ("was that already known when", A1, "No. On the first day it was not clear what set it off; police were only examining whether off-piste skiers or snowboarders could have triggered it and said it was too early to say.",
  ["not immediately clear", "too early to say"], ["Police said they were examining whether skiers or snowboarders riding off-piste above the run could have triggered it, but stressed that it was too early to say."]),
 ("what did the first report say about the danger", A2, "The first report gave the danger as level three, 'considerable'; the later story revealed it had been raised from level three to level four at 10:15, about 85 minutes before the slide.",
  ["from level three to level four", "at 10:15"], ["The avalanche warning service raised the danger rating for the Grauntal area from level three to level four at 10:15 on the day, about 85 minutes before the slide"]),
 ("how did the situation with the st velten lifts", A2, "On the first day the upper lifts were closed while lower slopes stayed open until mid-afternoon; a week later the resort had partly reopened, with the Hochjoch chairlift and run closed for the season and the gondola awaiting a pylon inspection.",
  ["partly reopened on Wednesday", "closed for the rest of the season", "inspected a pylon"], ["The resort partly reopened on Wednesday, with lifts on the lower slopes running again."]),
 ("how many were still missing on the first evening", A2, "Three people were missing on the first evening; their bodies were recovered by Monday afternoon.",
  ["three skiers who had been missing", "recovered by Monday afternoon"], ["The bodies of the three skiers who had been missing were recovered by Monday afternoon, police said"]),
],
"unanswerable": [("how many avalanche deaths",), ("what's the holiday rental policy",), ("what does vancouver",), ("are tickets still on sale",),
                 ("what's the top income tax",), ("who discovered the wreck of the nordvinden",), ("how much is a lift pass",), ("what's the best avalanche",)],
"near_miss": [("how long had he been teaching", A2), ("what are the names of the swiss", A2), ("how old is juno", J),
              ("how much will their insurance", J), ("who was the captain", W), ("how much is it costing", W),
              ("how much does a tourist flat licence", S), ("what salary does helena", B)],
}
MENTION_NO_TERMS = {  # by question start -> term stems that appear in no article
    "does any article mention snowmobiles": ["snowmobil", "snow mobile", "skidoo"],
    "anything on inheritance tax": ["inheritance", "death duty", "estate tax"],
    "is lip-syncing discussed": ["lip-sync", "lip sync", "lipsync", "miming"],
    "do any of the pieces talk about treasure": ["treasure", "looter", "gold coin"],
}

rows, terms, counters = [], {}, {}
for n, (kind, q, hist) in enumerate(blocks, 1):
    i = counters.get(kind, 0); counters[kind] = i + 1
    a = ANS[kind][i]
    if not q.startswith(a[0]):
        sys.exit(f"draft/answer mismatch at {kind} #{i+1}: {q!r} vs {a[0]!r}")
    row = {"id": f"d14-{n:03d}", "user_input": q, "kind": kind}
    if kind == "unanswerable" or (kind == "mention" and a[1] is None):
        row.update(answerable=False, reference="", key_facts=[], reference_contexts=[], article="")
        if kind == "mention":
            terms[f"{n:03d}"] = MENTION_NO_TERMS[a[0]]
    elif kind == "near_miss":
        row.update(answerable=False, reference="", key_facts=[], reference_contexts=[], article=a[1])
    else:
        _, art, ref, kfs, ctx = a
        row.update(answerable=True, reference=ref, key_facts=kfs, reference_contexts=ctx, article=art)
    if hist: row["history"] = hist
    rows.append(row)
for k, v in ANS.items():
    if counters.get(k, 0) != len(v): sys.exit(f"{k}: {counters.get(k, 0)} questions but {len(v)} answers")

with open(os.path.join(D, "questions.jsonl"), "w", encoding="utf-8") as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
json.dump(terms, open(os.path.join(D, "mention_no_terms.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(f"wrote {len(rows)} rows, {len(terms)} mention-no term lists")
