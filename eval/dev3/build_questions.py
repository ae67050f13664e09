#!/usr/bin/env python3
"""Builds questions.jsonl and mention_no_terms.json from the draft questions (answers attached here)."""
import json, os
D = os.path.dirname(os.path.abspath(__file__))
A = {"MINE1": "mining_collapse_first.html", "MINE2": "mining_collapse_update.html",
     "SAT": "skerrin_satellite_launch.html", "ES": "water_rationing_spain.txt",
     "ZA": "water_rationing_south_africa.md", "FRAUD": "charity_fraud_sentencing.txt",
     "SLEEP": "sleep_study_weekend_lie_ins.md", "": ""}
rows, mention_no = [], {}
def q(kind, tag, text, ref="", kf=(), ctx=(), history=None, answerable=True, no_terms=None):
    r = {"id": f"d3-{len(rows)+1:03d}", "user_input": text, "kind": kind, "answerable": answerable,
         "reference": ref, "key_facts": list(kf), "reference_contexts": list(ctx), "article": A[tag]}
    if history: r["history"] = history
    rows.append(r)
    if no_terms: mention_no[r["id"][3:]] = no_terms
def no(kind, tag, text, history=None, terms=None):
    q(kind, tag, text, answerable=False, history=history, no_terms=terms)

# ---------------- lookup (30)
q("lookup", "MINE1", "what time did the Bellamy Creek mine cave in?",
  "At about 2:40am on Sunday (9 March 2025).", ["2:40am on Sunday"],
  ["The collapse happened at about 2:40am on Sunday at a depth of roughly 620 metres, where a crew of 42 workers was on the night shift."])
q("lookup", "MINE1", "how far down was the collapse at bellamy creek",
  "Roughly 620 metres below the surface.", ["620 metres"],
  ["The collapse happened at about 2:40am on Sunday at a depth of roughly 620 metres, where a crew of 42 workers was on the night shift."])
q("lookup", "MINE1", "how many workers were on the night shift when the WA gold mine collapsed?",
  "42 workers were on the night shift.", ["42 workers"],
  ["at a depth of roughly 620 metres, where a crew of 42 workers was on the night shift. Thirty-one workers made it to the surface"])
q("lookup", "MINE1", "which company owns the bellamy creek mine",
  "Quorra Resources operates the mine.", ["Quorra Resources"],
  ["Mine operator Quorra Resources said on Sunday evening that the collapse had been triggered by \"a seismic event\" measuring magnitude 2.1"])
q("lookup", "MINE1", "how much gold did Bellamy Creek dig up last year",
  "About 142,000 ounces of gold.", ["142,000 ounces"],
  ["Bellamy Creek opened in 2011 and produced about 142,000 ounces of gold last year."])
q("lookup", "MINE2", "who's running the inquiry?",
  "Retired Supreme Court judge Margaret Selwyn will lead the independent inquiry announced by mines minister Colin Ashby; it is due to report within six months.",
  ["Margaret Selwyn"],
  ["announced an independent inquiry into the collapse, to be led by the retired Supreme Court judge Margaret Selwyn. It is due to report within six months."],
  history=["what's the latest on the gold mine collapse in WA?"])
q("lookup", "MINE2", "how much rock did the rescue crews have to shift to get to the survivors at Bellamy Creek?",
  "More than 400 tonnes of fallen rock, cleared from the main access decline.", ["400 tonnes"],
  ["Rescue teams reached them after clearing more than 400 tonnes of fallen rock from the main access decline."])
q("lookup", "MINE2", "how badly did Quorra's shares tank after the collapse?",
  "They fell 18 per cent when trading resumed on Wednesday, wiping about A$190 million off its market value.", ["18 per cent"],
  ["Quorra shares fell 18 per cent when trading resumed on Wednesday, after a two-day trading halt, wiping about A$190 million off the company's market value."])
q("lookup", "MINE2", "how many underground staff have been sent home at Bellamy Creek?",
  "About 300 underground workers have been stood down, on full pay.", ["About 300 underground workers"],
  ["About 300 underground workers have been stood down on full pay, the company said."])
q("lookup", "MINE2", "who was the youngest of the miners who died at Bellamy Creek?",
  "Jarrah Collins, 23, who was in his first year working underground.", ["Jarrah Collins, 23"],
  ["Peter Szabo, 46, of Perth; and Jarrah Collins, 23, who was in his first year working underground."])
q("lookup", "SAT", "what time did it take off?",
  "The Kestrel rocket left the pad at 06:14 BST on Tuesday 27 May 2025.", ["06:14 BST"],
  ["left the pad at 06:14 BST and placed the 180-kilogram Fulmar-1 satellite into a sun-synchronous orbit"],
  history=["tell me about the rocket launch in Shetland"])
q("lookup", "SAT", "how heavy is the Fulmar-1 satellite",
  "It weighs 180 kilograms.", ["180-kilogram"],
  ["left the pad at 06:14 BST and placed the 180-kilogram Fulmar-1 satellite into a sun-synchronous orbit about 540 kilometres above the Earth"])
q("lookup", "SAT", "how high up is Fulmar-1 orbiting",
  "About 540 kilometres above the Earth, in a sun-synchronous orbit.", ["540 kilometres"],
  ["placed the 180-kilogram Fulmar-1 satellite into a sun-synchronous orbit about 540 kilometres above the Earth roughly nine minutes later."])
q("lookup", "SAT", "what did the Shetland launch cost all in?",
  "An estimated £38 million, including an £11 million UK Space Agency grant.", ["£38 million"],
  ["The mission cost an estimated £38 million, including an £11 million grant from the UK Space Agency."])
q("lookup", "SAT", "how many people turned out to protest the skerrin launch",
  "About 40 protesters.", ["About 40 protesters"],
  ["About 40 protesters gathered at the edge of the exclusion zone on Tuesday, holding banners that read \"Puffins not payloads\"."])
q("lookup", "ES", "what's the daily water allowance per person in Benalmara, Spain?",
  "An average of 160 litres per person per day.", ["160 litres per person per day"],
  ["households will be limited to an average of 160 litres per person per day."])
q("lookup", "ES", "how much can you be fined in Benalmara for filling your pool?",
  "Up to €1,500.", ["€1,500"],
  ["Offenders face fines of up to €1,500, and council inspectors will be given powers to check water meters without prior notice."])
q("lookup", "ES", "who's the mayor there?",
  "Inmaculada Roldán is the mayor of Benalmara.", ["Inmaculada Roldán"],
  ["said Inmaculada Roldán, the mayor of Benalmara. \"But if we do nothing now, in October we will not have water to cut.\""],
  history=["what's going on with the water in Benalmara?"])
q("lookup", "ES", "how many people normally live in Benalmara?",
  "About 19,000 permanent residents (the population more than doubles in July and August).", ["19,000 permanent residents"],
  ["Benalmara has about 19,000 permanent residents, but its population more than doubles in July and August"])
q("lookup", "ES", "how full was the La Tejera reservoir this time last year?",
  "31 per cent, compared with 14 per cent now.", ["31 per cent"],
  ["held 14 per cent of its capacity on Monday, compared with 31 per cent at the same point last year."])
q("lookup", "ZA", "what level is the dam at in Kestrelburg, South Africa?",
  "The Sandrivier Dam was at 9.5 per cent of capacity.", ["9.5 per cent"],
  ["The Sandrivier Dam, the town's main source of water, stood at 9.5 per cent of capacity on Monday."])
q("lookup", "ZA", "when could they hit day zero?",
  "By 18 March, without significant rain.", ["18 March"],
  ["the point at which taps are turned off altogether and residents must collect water from communal points, by 18 March."],
  history=["what level is the dam at in Kestrelburg, South Africa?"])
q("lookup", "ZA", "who's the municipal manager in Kestrelburg?",
  "Thandeka Nqoro.", ["Thandeka Nqoro"],
  ["Thandeka Nqoro, the municipal manager, acknowledged that the pumps had failed but said replacement parts had been ordered from Johannesburg"])
q("lookup", "ZA", "how many places can you go to collect water in Kestrelburg?",
  "24 water collection points, supplied by boreholes and tanker trucks.", ["24 water collection points"],
  ["The municipality has set up 24 water collection points across the town, supplied by boreholes and tanker trucks"])
q("lookup", "FRAUD", "how long did he get?",
  "Martin Kellaway was jailed for seven years and six months.", ["seven years and six months"],
  ["to buy a villa in Portugal and a string of racehorses has been jailed for seven years and six months."],
  history=["what was the Brightwater charity fraud case about?"])
q("lookup", "FRAUD", "how much did the Algarve villa cost in the Brightwater charity case?",
  "€1.1 million.", ["€1.1 million"],
  ["The money was used to buy a four-bedroom villa in the Algarve for €1.1 million, three racehorses and a 1967 Jaguar E-Type"])
q("lookup", "FRAUD", "over what years was Kellaway fiddling the books?",
  "Between 2017 and 2023.", ["between 2017 and 2023"],
  ["created 212 false invoices between 2017 and 2023 from a consultancy firm he secretly controlled, Corvane Consulting Ltd."])
q("lookup", "FRAUD", "when's the hearing to claw back Kellaway's money?",
  "A confiscation hearing under the Proceeds of Crime Act is set for 14 November.", ["14 November"],
  ["would seek to recover the money under the Proceeds of Crime Act, with a confiscation hearing set for 14 November."])
q("lookup", "SLEEP", "how many people took part in the weekend lie-in sleep study?",
  "1,812 adults aged 25 to 64.", ["1,812 adults"],
  ["Researchers at Lakeshore University in Ontario tracked 1,812 adults aged 25 to 64 for 14 months"])
q("lookup", "SLEEP", "how much more likely were the weekend catch-up sleepers to end up with high blood pressure?",
  "27 per cent more likely than people who slept seven hours or more all week.", ["27 per cent more likely"],
  ["were 27 per cent more likely to have high blood pressure by the end of the study than those who slept seven hours or more throughout the week."])

# ---------------- why_how (17)
q("why_how", "MINE1", "why couldn't rescuers get in touch with the guys in the refuge chamber at Bellamy Creek?",
  "Because the phone line to that level was cut by the rockfall.", ["phone line to that level"],
  ["\"The phone line to that level was cut by the fall, but our information is that the chamber was fully stocked and serviced last month.\""])
q("why_how", "MINE2", "what kept the four Bellamy Creek survivors going down there for over 60 hours?",
  "They sheltered in the refuge chamber on the 580-metre level, rationing its water and taking turns to sleep until rescuers reached them.",
  ["refuge chamber on the 580-metre level", "rationed the chamber's water"],
  ["The survivors told rescuers they had rationed the chamber's water and taken turns to sleep.",
   "The four survivors were found on Tuesday evening inside the refuge chamber on the 580-metre level, more than 60 hours after the tunnel caved in."])
q("why_how", "MINE1", "why is the miners' union angry about the Bellamy Creek collapse?",
  "Members had raised concerns about ground conditions in the lower levels in recent months; workers said the rock was moving more than usual, and the union wants to know what was done about it.",
  ["concerns about ground conditions", "rock was moving more than usual"],
  ["said members had raised concerns about ground conditions in the lower levels of the mine in recent months.",
   "\"Workers told us the rock was moving more than usual down there. We want to know what was done about it,\" he said."])
q("why_how", "MINE2", "why has all underground work stopped at Bellamy Creek?",
  "The state mines inspectorate issued a prohibition notice halting all underground work until further notice.",
  ["prohibition notice"],
  ["The inspectorate has issued a prohibition notice halting all underground work at Bellamy Creek until further notice."])
q("why_how", "SAT", "why was it delayed so many times?",
  "It was postponed three times: twice because of high winds over the island and once after a faulty pressure sensor was found on a fuel valve during the final countdown.",
  ["high winds", "faulty pressure sensor"],
  ["twice because of high winds over the island and once after a faulty pressure sensor was detected on a fuel valve during the final countdown."],
  history=["what time did the Kestrel rocket take off from Shetland?"])
q("why_how", "SAT", "why are people protesting against the Skerrin spaceport?",
  "It is within two kilometres of cliffs with one of northern Scotland's largest puffin colonies; campaigners fear noise, traffic and debris and say nobody has shown it is safe for the birds.",
  ["puffin colonies", "risk of debris"],
  ["the spaceport lay within two kilometres of cliffs that support one of the largest puffin colonies in northern Scotland.",
   "\"Every launch means noise, traffic and the risk of debris landing in the sea. Nobody has shown us it is safe for the birds,\" he said."])
q("why_how", "SAT", "how is Northlight saying it'll protect the puffins?",
  "It did a two-year environmental assessment, won't launch during the peak seabird breeding season (mid-June to end of July), and independent ecologists will monitor the colony before and after each launch.",
  ["two-year environmental assessment", "mid-June", "independent ecologists"],
  ["no launches would take place during the peak of the seabird breeding season, between mid-June and the end of July."])
q("why_how", "ES", "why is Benalmara in Spain running out of water?",
  "A third year of drought, with rainfall 38 per cent below average since autumn 2022, has left La Tejera reservoir at 14 per cent; tourism more than doubles the population in summer.",
  ["third consecutive year of drought", "38 per cent below", "tourism"],
  ["Rainfall across the catchment has been 38 per cent below the long-term average since the autumn of 2022, according to the regional water authority.",
   "The pressure is made worse by tourism. Benalmara has about 19,000 permanent residents, but its population more than doubles in July and August"])
q("why_how", "ES", "why are the hotel owners in Benalmara nervous?",
  "They fear cancellations: guests who booked a year ago are asking whether there will be water in their rooms, and hotels must cut use by 20 per cent.",
  ["warned of cancellations", "water in their rooms"],
  ["said the industry would comply but warned of cancellations. \"We have guests who booked a year ago asking whether there will be water in their rooms."])
q("why_how", "ES", "why are farmers around Benalmara pulling up their avocado trees?",
  "Their irrigation allocations have been cut by half this year, so some rip out trees rather than watch them die slowly.",
  ["cut by half"],
  ["have already seen their irrigation allocations cut by half this year. Some have ripped out trees rather than watch them die slowly."])
q("why_how", "ZA", "why do people in Kestrelburg blame the municipality and not just the lack of rain?",
  "Two of the four pumps at the main pumping station have been broken since November, and 41 per cent of treated water is lost through leaking pipes; critics call it years of neglected maintenance.",
  ["Two of the four pumps", "41 per cent", "years of neglect"],
  ["Two of the four pumps at the town's main pumping station have been out of action since November",
   "41 per cent of the water it treats is lost through leaking pipes before it reaches a tap."])
q("why_how", "ZA", "how is Kestrelburg planning to get itself out of the water crisis?",
  "Replacement pump parts have been ordered from Johannesburg (expected within three weeks), leaks are being fixed, and the province has put up R42 million to drill eight new boreholes and repair the pumping station.",
  ["ordered from Johannesburg", "R42 million", "eight new boreholes"],
  ["The provincial government has allocated R42 million in emergency funding to drill eight new boreholes and repair the pumping station."])
q("why_how", "FRAUD", "how did they catch him?",
  "In spring 2023 a new firm of auditors asked for the contracts behind the payments to Corvane and Kellaway couldn't produce them; he resigned two weeks later and the charity went to the police.",
  ["new firm of auditors", "unable to produce them"],
  ["when a new firm of auditors asked to see the contracts supporting the payments to Corvane and Kellaway was unable to produce them."],
  history=["what did Kellaway spend the charity's money on?"])
q("why_how", "FRAUD", "how did the Brightwater finance director actually get the cash out of the charity?",
  "He raised 212 false invoices from Corvane Consulting Ltd, a firm he secretly controlled; the charity paid them believing Corvane provided IT and fundraising services, but it had no staff and did no work.",
  ["212 false invoices", "Corvane Consulting Ltd"],
  ["created 212 false invoices between 2017 and 2023 from a consultancy firm he secretly controlled, Corvane Consulting Ltd."])
q("why_how", "FRAUD", "why did Kellaway do it, according to his lawyer?",
  "His barrister, Simon Areton KC, said he had been suffering from a gambling addiction.", ["gambling addiction"],
  ["Simon Areton KC, said his client had been suffering from a gambling addiction and was \"deeply ashamed\"."])
q("why_how", "SLEEP", "why doesn't catching up on sleep work then?",
  "Researchers point to 'social jetlag': going to bed and waking much later at weekends shifts the body clock (wake-up was on average 1 hour 50 minutes later), like crossing two time zones every week.",
  ["social jetlag", "shift in the body clock"],
  ["what sleep scientists call \"social jetlag\", the shift in the body clock that happens when people go to bed and wake up much later at weekends."],
  history=["what did the weekend lie-in study find?"])
q("why_how", "SLEEP", "why can't the lie-in study prove that sleeping in is what causes the high blood pressure?",
  "It was observational; people who sleep badly in the week may also be more stressed, eat differently or exercise less, which is hard to untangle.",
  ["observational", "more stressed"],
  ["cautioned that the study was observational and could not prove that irregular sleep caused high blood pressure.",
   "\"People who sleep badly during the week may also be more stressed, eat differently or exercise less, and it is very hard to untangle all of that,\""])

# ---------------- multi_part (14)
q("multi_part", "FRAUD", "what did Kellaway spend the charity's money on?",
  "A four-bedroom villa in the Algarve (€1.1m), three racehorses, a 1967 Jaguar E-Type, and paying off his mortgage.",
  ["villa in the Algarve", "three racehorses", "1967 Jaguar E-Type", "pay off Kellaway's mortgage"],
  ["The money was used to buy a four-bedroom villa in the Algarve for €1.1 million, three racehorses and a 1967 Jaguar E-Type, as well as to pay off Kellaway's mortgage"])
q("multi_part", "FRAUD", "and what about the bookkeeper - what did she get, and why was hers lighter?",
  "Janine Stroud got a two-year prison sentence suspended for two years for false accounting; the court accepted she had not benefited financially.",
  ["suspended for two years", "had not benefited financially"],
  ["was given a two-year prison sentence suspended for two years after admitting a single count of false accounting. The court accepted that she had not benefited financially from the fraud."],
  history=["what was the Brightwater charity fraud case about?", "how long did he get?"])
q("multi_part", "FRAUD", "what has the fraud done to Brightwater itself? centres, jobs, that kind of thing",
  "It closed two of its three respite centres in 2024 (used by about 340 families a year), cut 23 jobs, and donations fell by almost a third.",
  ["two of its three respite centres", "cut 23 jobs", "almost a third"],
  ["The loss forced the Brightwater Children's Trust to close two of its three respite centres in 2024 and to cut 23 jobs."])
q("multi_part", "ES", "in Benalmara what's banned now and what hours is the water off?",
  "Filling private pools, washing cars at home and watering gardens with hoses are banned; taps run dry from 11pm to 6am.",
  ["between 11pm and 6am", "swimming pools", "washing cars", "watering gardens with hoses"],
  ["Under emergency measures approved by the town council on Monday evening, taps will run dry between 11pm and 6am", "Filling private swimming pools, washing cars at home and watering gardens with hoses have been banned outright."])
q("multi_part", "ZA", "what are the new level 6 rules in Kestrelburg, South Africa?",
  "50 litres per person a day; no municipal water for gardens, pools or car washing; flow restrictors for households over 10,500 litres a month; business fines up to R10,000.",
  ["50 litres of water per person", "gardens, swimming pools and car washing", "flow restrictors", "R10,000"],
  ["Households that use more than 10,500 litres a month will have flow restrictors fitted to their meters, and businesses face fines of up to R10,000."])
q("multi_part", "SAT", "what will the Fulmar-1 satellite measure?",
  "Sea-surface temperature, wave height and the extent of sea ice in the North Atlantic and the Arctic.",
  ["sea-surface temperature", "wave height", "extent of sea ice"],
  ["Fulmar-1 will measure sea-surface temperature, wave height and the extent of sea ice in the North Atlantic and the Arctic."])
q("multi_part", "SAT", "when did they first hear from it, and through which station?",
  "The first signal came at 06:58, through a receiving station in Svalbard, Norway.",
  ["06:58", "Svalbard, Norway"],
  ["Ground controllers confirmed they had received the satellite's first signal at 06:58, through a receiving station in Svalbard, Norway."],
  history=["what will the Fulmar-1 satellite measure?"])
q("multi_part", "MINE2", "who were the miners who died at Bellamy Creek?",
  "Liam Doherty (34) and Craig Whitfield (51) of Tindall Flat, Nathan Oduya (27) of Kalgoorlie, Peter Szabo (46) of Perth, and Jarrah Collins (23).",
  ["Liam Doherty", "Craig Whitfield", "Nathan Oduya", "Peter Szabo", "Jarrah Collins"],
  ["Liam Doherty, 34, and Craig Whitfield, 51, both of Tindall Flat; Nathan Oduya, 27, of Kalgoorlie; Peter Szabo, 46, of Perth; and Jarrah Collins, 23"])
q("multi_part", "MINE2", "at Bellamy Creek how many came out alive, how many were found dead, and where were they found?",
  "Four came out alive from the refuge chamber on the 580-metre level (Tuesday evening); three bodies were found on Wednesday in a crosscut about 30 metres from the chamber.",
  ["brought to the surface alive", "bodies of three more workers", "crosscut about 30 metres"],
  ["The bodies of the other three missing miners were found on Wednesday in a crosscut about 30 metres from the chamber.",
   "The four survivors were found on Tuesday evening inside the refuge chamber on the 580-metre level"])
q("multi_part", "SLEEP", "what do the lie-in researchers suggest people do instead?",
  "Keep wake-up time within an hour of the weekday alarm even at weekends, go to bed earlier on weeknights, and take a 20-30 minute early-afternoon nap rather than sleeping until noon.",
  ["wake-up time within an hour", "go to bed earlier on weeknights", "20 to 30 minutes"],
  ["keep their wake-up time within an hour of their weekday alarm, even at weekends, and to go to bed earlier on weeknights rather than relying on lie-ins."])
q("multi_part", "SLEEP", "apart from blood pressure, what else was worse for people who catch up on sleep at weekends?",
  "Poorer blood sugar control (fasting glucose about 6 per cent higher) and more daytime tiredness, even on Mondays.",
  ["poorer blood sugar control", "6 per cent higher", "more daytime tiredness"],
  ["The \"catch-up\" group also had poorer blood sugar control, with fasting glucose levels on average 6 per cent higher than those of regular sleepers"])
q("multi_part", "SLEEP", "who paid for the lie-ins study and which journal was it in?",
  "Funded by the Heart and Rest Foundation (a Canadian charity); published in the Journal of Sleep and Circadian Health.",
  ["Heart and Rest Foundation", "Journal of Sleep and Circadian Health"],
  ["The study was funded by the Heart and Rest Foundation, a Canadian medical research charity",
   "The findings were published on Monday in the Journal of Sleep and Circadian Health."])
q("multi_part", "", "how do the reservoir levels compare between Benalmara and Kestrelburg?",
  "Benalmara's La Tejera reservoir is at 14 per cent (Spain); Kestrelburg's Sandrivier Dam is lower, at 9.5 per cent (South Africa).",
  ["14 per cent", "9.5 per cent"],
  ["held 14 per cent of its capacity on Monday, compared with 31 per cent at the same point last year.",
   "The Sandrivier Dam, the town's main source of water, stood at 9.5 per cent of capacity on Monday."])
q("multi_part", "ES", "what is the Andalusian regional government doing to help Benalmara?",
  "It will send tanker lorries to the four villages if the reservoir drops below 10 per cent (about 40 on standby) and has brought forward a coastal desalination plant, not expected before 2028.",
  ["tanker lorries", "desalination plant", "before 2028"],
  ["it would send tanker lorries to supply the four villages if the reservoir fell below 10 per cent", "brought forward plans for a desalination plant on the coast, which is not expected to open before 2028."])

# ---------------- overview (9)
q("overview", "MINE1", "can you sum up the first report on the Bellamy Creek mine collapse?",
  "Early Sunday a tunnel collapsed 620 m down at Quorra Resources' Bellamy Creek gold mine near Tindall Flat, WA: two dead, nine missing, 31 of 42 out (four in hospital). Quorra blamed a magnitude 2.1 seismic event; rescuers hoped the missing reached a refuge chamber; the union said workers had warned about ground conditions.",
  ["Two miners have been killed", "nine others remain missing", "magnitude 2.1", "refuge chamber", "concerns about ground conditions"],
  ["Two miners have been killed and nine others remain missing after a section of tunnel collapsed deep inside the Bellamy Creek gold mine"])
q("overview", "MINE2", "what's the latest on the gold mine collapse in WA?",
  "Death toll now five; four rescued alive from the refuge chamber after more than 60 hours; everyone accounted for. The regulator blames inadequate ground support rather than just the (now magnitude 2.6) tremor, has halted underground work, and an inquiry led by Margaret Selwyn has been ordered.",
  ["risen to five", "brought to the surface alive", "ground support", "prohibition notice", "independent inquiry"],
  ["The death toll from Sunday's collapse at the Bellamy Creek gold mine has risen to five, after rescuers recovered the bodies of three more workers"])
q("overview", "FRAUD", "give me the gist of the Kellaway charity fraud sentencing",
  "Former Brightwater Children's Trust finance director Martin Kellaway, 52, was jailed for 7.5 years for stealing £4.3m via 212 fake invoices from his firm Corvane (2017-2023), spent on an Algarve villa, racehorses and a Jaguar; the charity closed two respite centres; prosecutors will seek to recover the money.",
  ["£4.3 million", "seven years and six months", "212 false invoices", "villa in the Algarve", "two of its three respite centres"],
  ["A former finance director who stole £4.3 million from a children's charity to buy a villa in Portugal and a string of racehorses"])
q("overview", "SLEEP", "what are the main takeaways from the weekend lie-in sleep study?",
  "Lakeshore University tracked 1,812 adults: short weeknight sleepers who caught up at weekends were 27% more likely to develop high blood pressure and had worse blood sugar; 'social jetlag' is blamed; it's observational; advice is to keep wake times within an hour.",
  ["1,812 adults", "27 per cent more likely", "social jetlag", "observational", "within an hour"],
  ["Sleeping in at the weekend does not make up for short nights during the working week"])
q("overview", "SAT", "quick rundown of the Shetland rocket launch please",
  "Northlight Orbital's Kestrel rocket launched from Skerrin Spaceport on Tuesday, putting the 180 kg Fulmar-1 ocean-monitoring satellite into orbit — the first UK vertical orbital launch — after three delays; £38m mission; protesters worry about puffins.",
  ["first successful vertical launch", "Fulmar-1", "postponed three times", "£38 million", "puffin"],
  ["in what its operators say is the first successful vertical launch to orbit from British soil."])
q("overview", "ES", "what's going on with the water in Benalmara?",
  "With La Tejera reservoir at 14% after three years of drought, the Andalusian town is cutting mains water 11pm-6am from Friday, limiting use to 160 litres per person per day, banning pools/hoses/car washing with fines up to €1,500; hotels and farmers are hit.",
  ["14 per cent", "between 11pm and 6am", "160 litres per person per day", "€1,500"],
  ["taps will run dry between 11pm and 6am, and households will be limited to an average of 160 litres per person per day."])
q("overview", "ZA", "what's happening with the water crisis in Kestrelburg, South Africa?",
  "The Eastern Cape town is on level 6 restrictions: 50 litres per person per day, Sandrivier Dam at 9.5%, possible Day Zero by 18 March; broken pumps and 41% leakage share the blame; 24 collection points; R42m for boreholes; residents demand an audit.",
  ["50 litres of water per person", "9.5 per cent", "18 March", "41 per cent", "R42 million"],
  ["Residents of Kestrelburg in the Eastern Cape have been told to survive on 50 litres of water per person a day"])
q("overview", "", "what's in this collection overall - what are the articles about?",
  "Seven articles on five stories: the Bellamy Creek gold mine collapse in Western Australia (first report and update), drought water rationing in Benalmara (Spain) and Kestrelburg (South Africa), the jailing of charity fraudster Martin Kellaway, the Fulmar-1 satellite launch from Shetland, and a study on weekend lie-ins and sleep debt.",
  ["Bellamy Creek", "drought", "Kellaway", "Fulmar-1", "sleep debt"],
  ["Two miners have been killed and nine others remain missing after a section of tunnel collapsed deep inside the Bellamy Creek gold mine"])
q("overview", "", "give me a short overview of both water rationing stories",
  "Benalmara, Spain: reservoir at 14%, 160 litres per person per day, nightly cuts 11pm-6am, drought plus tourism. Kestrelburg, South Africa: dam at 9.5%, 50 litres per person per day, level 6, Day Zero risk, drought plus broken pumps and leaks.",
  ["160 litres per person per day", "14 per cent", "50 litres of water per person", "9.5 per cent"],
  ["households will be limited to an average of 160 litres per person per day.",
   "Residents of Kestrelburg in the Eastern Cape have been told to survive on 50 litres of water per person a day"])

# ---------------- about_article (11)
q("about_article", "SLEEP", "who wrote that one?",
  "Harriet Voss, Health Reporter at The Morning Ledger.", ["Harriet Voss"],
  ["**Harriet Voss**, Health Reporter · The Morning Ledger · 6 October 2025"],
  history=["what are the main takeaways from the weekend lie-in sleep study?"])
q("about_article", "ES", "who wrote the Benalmara water cuts story and for which paper?",
  "Lucía Ferrer, for The Costa Herald.", ["Lucía Ferrer", "The Costa Herald"],
  ["By Lucía Ferrer", "The Costa Herald"])
q("about_article", "ZA", "when was the Kestrelburg water story published?",
  "4 February 2025.", ["4 February 2025"], ["date: \"4 February 2025\""])
q("about_article", "", "how many separate stories about water rationing are there, and where are they?",
  "Two: Benalmara in Andalusia, Spain (The Costa Herald) and Kestrelburg in the Eastern Cape, South Africa (The Eastern Cape Mercury).",
  ["Benalmara", "Kestrelburg"],
  ["Benalmara imposes night-time water cuts as reservoir falls to 14 per cent",
   "title: \"Kestrelburg residents queue at standpipes as daily water allowance is cut to 50 litres\""])
q("about_article", "SAT", "who gets quoted in the Shetland rocket story?",
  "Ingrid Solberg (Northlight CEO), Rhys Mabon (launch director), Magnus Halcrow (fishermen's association), Euan Tait (Save Skerrin Coast) and councillor Morag Linklater.",
  ["Ingrid Solberg", "Rhys Mabon", "Magnus Halcrow", "Euan Tait", "Morag Linklater"],
  ["said Ingrid Solberg, the chief executive of Northlight Orbital."])
q("about_article", "FRAUD", "what was the headline on the charity fraud story?",
  "\"Charity finance chief jailed for seven and a half years over £4.3m fraud\".",
  ["seven and a half years"],
  ["Charity finance chief jailed for seven and a half years over £4.3m fraud"])
q("about_article", "MINE2", "who reported the Bellamy Creek update, the one with five dead?",
  "Tamsin Roe and Declan Price.", ["Tamsin Roe", "Declan Price"],
  ['<meta name="author" content="Tamsin Roe, Declan Price">'])
q("about_article", "SAT", "what outlet published the satellite launch piece, and who wrote it?",
  "The Northern Dispatch; written by Callum Fraser, Science Editor.", ["The Northern Dispatch", "Callum Fraser"],
  ['<meta name="author" content="Callum Fraser">', "<div class=\"brand\"><a href=\"/\">The Northern Dispatch</a></div>"])
q("about_article", "MINE1", "what date did the first Bellamy Creek report come out?",
  "Monday 10 March 2025 (7:45am AWST).", ["10 March 2025"],
  ["Monday 10 March 2025, 7:45am AWST"])
q("about_article", "FRAUD", "which of the articles is about a court case?",
  "The Wessex Chronicle piece on the sentencing of Martin Kellaway for the Brightwater Children's Trust fraud.",
  ["Martin Kellaway", "Hallowfield Crown Court"],
  ["Charity finance chief jailed for seven and a half years over £4.3m fraud"])
q("about_article", "", "how many articles do you have on the Bellamy Creek mine?",
  "Two, both from The Goldfields Ledger: the first report on 10 March 2025 and an update on 13 March 2025.",
  ["10 March 2025", "13 March 2025"],
  ["Two dead, nine missing after underground collapse at Bellamy Creek gold mine",
   "Bellamy Creek death toll rises to five as inquiry ordered into mine collapse"])

# ---------------- mention (8: 4 yes, 4 no)
q("mention", "SAT", "does anything in here mention puffins?",
  "Yes - the Shetland launch story: campaigners say the spaceport is near one of northern Scotland's largest puffin colonies.",
  ["puffin colonies"],
  ["the spaceport lay within two kilometres of cliffs that support one of the largest puffin colonies in northern Scotland."])
q("mention", "ES", "is desalination talked about anywhere?",
  "Yes - in the Benalmara (Spain) story, the regional government brought forward a coastal desalination plant, not expected before 2028.",
  ["desalination plant"],
  ["it had brought forward plans for a desalination plant on the coast, which is not expected to open before 2028."])
q("mention", "FRAUD", "do any of the articles mention a classic car?",
  "Yes - Martin Kellaway used charity money to buy a 1967 Jaguar E-Type.",
  ["1967 Jaguar E-Type"],
  ["The money was used to buy a four-bedroom villa in the Algarve for €1.1 million, three racehorses and a 1967 Jaguar E-Type"])
q("mention", "MINE1", "is there anything about refuge chambers in the mine stories?",
  "Yes - the missing Bellamy Creek miners were thought to have reached a refuge chamber on the 580-metre level (sustains 16 people for 36 hours); four were later found alive in it.",
  ["refuge chamber"],
  ["Rescuers believe some or all of the missing workers may have reached a refuge chamber on the 580-metre level, a sealed steel unit stocked with oxygen, water and food."])
no("mention", "", "does any article mention cholera?", terms=["cholera"])
no("mention", "", "anything in the articles about cryptocurrency or bitcoin?", terms=["cryptocurrency", "bitcoin", "crypto"])
no("mention", "", "does the sleep piece say anything about melatonin?", terms=["melatonin"])
no("mention", "", "is there anything about a tsunami?", terms=["tsunami"])

# ---------------- dated_version (10)
q("dated_version", "MINE2", "what's the death toll at Bellamy Creek now?",
  "Five, up from two in the first report.", ["risen to five"],
  ["The death toll from Sunday's collapse at the Bellamy Creek gold mine has risen to five, after rescuers recovered the bodies of three more workers"])
q("dated_version", "MINE1", "in the first report, how many miners were missing at Bellamy Creek?",
  "Nine were missing (and two confirmed dead).", ["nine others remain missing"],
  ["Two miners have been killed and nine others remain missing after a section of tunnel collapsed deep inside the Bellamy Creek gold mine"])
q("dated_version", "MINE2", "are any of them still missing?",
  "No. All 11 caught in the collapse are accounted for: four of the nine were rescued alive and three more were found dead (five dead in total).",
  ["all 11 workers", "accounted for", "brought to the surface alive"],
  ["The recoveries mean all 11 workers who were caught in the collapse have now been accounted for. On Monday, Quorra Resources said two workers had died and nine were missing."],
  history=["in the first report, how many miners were missing at Bellamy Creek?"])
q("dated_version", "MINE2", "how did the number of people in hospital change between the two Bellamy Creek reports?",
  "It rose from four on Monday to seven, including the four rescued miners; one is critical.",
  ["Seven people", "up from four reported on Monday"],
  ["Seven people are now being treated in hospital in Kalgoorlie, up from four reported on Monday, including the four rescued miners."])
q("dated_version", "MINE2", "what did Quorra first blame the collapse on, and what are investigators saying now?",
  "Quorra blamed a magnitude 2.1 seismic event; the inspectorate now says preliminary findings point to failed ground support (rock bolts and mesh) in a newly developed section.",
  ["seismic event", "failure of the ground support"],
  ["its preliminary findings pointed to a failure of the ground support, the rock bolts and steel mesh that hold up the walls and roof of a tunnel"])
q("dated_version", "MINE2", "has the size of the tremor been revised since the first mine report?",
  "Yes - from magnitude 2.1 to magnitude 2.6.", ["magnitude 2.1", "magnitude 2.6"],
  ["the rockfall had been triggered by a seismic event measuring magnitude 2.1. The state's mines inspectorate said on Thursday that the tremor had since been revised to magnitude 2.6"])
q("dated_version", "MINE2", "how much had the Tindall Flat appeal raised at first, and how much now?",
  "About A$85,000 on Monday; more than A$310,000 by Thursday.", ["A$85,000", "A$310,000"],
  ["the community appeal for affected families has now raised more than A$310,000, up from about A$85,000 on Monday."])
q("dated_version", "MINE1", "in the first mine article, what happened with Quorra's shares?",
  "Quorra asked the Australian Securities Exchange for a trading halt before the market opened on Monday; the shares had closed at A$2.34 on Friday.",
  ["trading halt", "A$2.34"],
  ["The company asked the Australian Securities Exchange for a trading halt on its shares before the market opened on Monday."])
q("dated_version", "MINE1", "according to the first report, was there any hope the missing miners were still alive?",
  "Yes - rescuers believed some or all may have reached a refuge chamber on the 580-metre level, stocked with oxygen, water and food, which can sustain 16 people for 36 hours.",
  ["refuge chamber", "16 people for 36 hours"],
  ["The chamber can sustain up to 16 people for 36 hours, according to the company."])
q("dated_version", "MINE2", "the chief inspector wouldn't comment on the company's explanation at first - has she said anything since?",
  "Yes - Helen Okafor now says a seismic event on its own doesn't explain the collapse and early evidence is that the ground support in that drive wasn't adequate.",
  ["on its own does not explain", "not adequate for the conditions"],
  ["\"A seismic event on its own does not explain what we are seeing,\" said Helen Okafor, the chief inspector of mines."])

# ---------------- unanswerable (8)
for t in ["what's the capital of Australia?", "how do i reset my wifi router",
          "what's the weather going to be like in Madrid tomorrow", "can you give me a good paella recipe",
          "how far away is the moon", "what's the euro to rand exchange rate today",
          "which stocks should I buy this year", "who wrote Pride and Prejudice?"]:
    no("unanswerable", "", t)

# ---------------- near_miss (8)
no("near_miss", "MINE1", "how old is their boss?", history=["which company owns the bellamy creek mine"])
no("near_miss", "FRAUD", "what salary was Martin Kellaway on at Brightwater?")
no("near_miss", "SLEEP", "how much money did the Heart and Rest Foundation put into the lie-in study?")
no("near_miss", "SAT", "how long is Fulmar-1 supposed to last up there?")
no("near_miss", "ES", "how much is the desalination plant near Benalmara going to cost?")
no("near_miss", "ZA", "how many people live in Kestrelburg?")
no("near_miss", "MINE2", "what time on tuesday evening were the four Bellamy Creek miners rescued?")
no("near_miss", "FRAUD", "what did Kellaway pay for the Jaguar E-Type?")

with open(os.path.join(D, "questions.jsonl"), "w", encoding="utf-8") as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(D, "mention_no_terms.json"), "w", encoding="utf-8") as f:
    json.dump(mention_no, f, ensure_ascii=False, indent=1)
print(len(rows), "questions written")
