#!/usr/bin/env python3
"""Builds questions.jsonl and mention_no_terms.json from the draft questions (questions_draft.txt)
by attaching references, key facts and reference contexts. Contexts are cut from the article
text as Python reads it (newline translation on), around a given anchor phrase."""
import json, os, re
D = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(D, "articles")
OB, IV, OP = "obit_lorne.html", "interview_owuor.html", "opinion_beavers_ashcombe.md"
S1, S2 = "trauen_spill_monday.txt", "trauen_spill_update.html"
CA, SK = "castelmarina_daytripper_fee.md", "skarvik_tourist_levy.txt"
T = {f: open(os.path.join(ART, f), encoding="utf-8").read() for f in os.listdir(ART)}

END = re.compile(r'[.!?]["\u201d\u2019]?(?=\s|<|$)')
def sentence(f, phrase):
    t = T[f]
    assert t.count(phrase) >= 1, (f, phrase)
    i = t.index(phrase); j = i + len(phrase)
    # left boundary: line start, tag end, or previous sentence end
    lo = max(t.rfind("\n", 0, i), t.rfind(">", 0, i)) + 1
    for m in END.finditer(t, lo, i):
        lo = m.end()
    while t[lo] in " *": lo += 1
    hi_lim = min(x for x in (t.find("\n", j), t.find("<", j), len(t)) if x != -1)
    m = END.search(t, j - 1 if t[j - 1] in ".!?" else j, hi_lim)
    hi = m.end() if m else hi_lim
    s = t[lo:hi]
    if len(s.split()) < 10:  # extend into the next sentence
        m2 = END.search(t, hi + 1, hi_lim)
        hi = m2.end() if m2 else hi_lim
    # trim to at most 30 words around the phrase
    toks = [(m.start() + lo, m.end() + lo) for m in re.finditer(r"\S+", t[lo:hi])]
    if len(toks) > 30:
        a = next(k for k, (s0, e0) in enumerate(toks) if e0 > i)
        b = next(k for k, (s0, e0) in enumerate(toks) if e0 >= j)
        extra = 28 - (b - a + 1)
        a2 = max(0, a - extra // 2); b2 = min(len(toks) - 1, a2 + 27)
        a2 = max(0, min(a2, b2 - 27))
        toks = toks[a2:b2 + 1]
    c = t[toks[0][0]:toks[-1][1]]
    assert phrase in c or len(phrase.split()) > 25, (phrase, c)
    return c

rows = []
def Q(kind, q, art, ref, kfs, anchors=None, history=None, ctx=None):
    r = {"id": f"d5-{len(rows) + 1:03d}", "user_input": q, "kind": kind, "answerable": True,
         "reference": ref, "key_facts": kfs}
    if ctx is None:
        ctx = []
        for a in (anchors or kfs):
            files = [art] if art else [f for f in sorted(T) if a in T[f]][:1]
            c = sentence(files[0], a)
            if c not in ctx: ctx.append(c)
    r["reference_contexts"] = ctx
    r["article"] = art
    if history: r["history"] = history
    rows.append(r)
def NO(kind, q, art="", history=None):
    r = {"id": f"d5-{len(rows) + 1:03d}", "user_input": q, "kind": kind, "answerable": False,
         "reference": "", "key_facts": [], "reference_contexts": [], "article": art}
    if history: r["history"] = history
    rows.append(r)

# draft questions re-used as history
L1 = "how old was hetty lorne when she passed away"
L2 = "where did the glacier scientist who died come from originally"
L7 = "how many amputees has limbworks fitted so far"
L13 = "how much would the wall she mentions cost"
L20 = "who runs auerwerk"
L22 = "how much is castelmarina charging day trippers"
L26 = "what do cruise passengers have to pay in skarvik"
O2 = "what did the kenyan prosthetics engineer say in that interview"
O3 = "what's the beaver column arguing"
O4 = "what's the latest on the river trauen pollution"
V6 = "on the first day did anyone know what the chemical in the trauen was"

# ---------------- lookup (28)
Q("lookup", L1, OB, "She was 81 when she died (on 9 January 2025, at her home in Keswick, Cumbria).",
  ["She was 81."], ["has died at her home in Keswick, Cumbria. She was 81."])
Q("lookup", L2, OB, "Hetty Lorne was born in Punta Arenas, Chile, in 1943, to a Scottish sheep-station manager and a Chilean primary school teacher.",
  ["Punta Arenas, Chile"])
Q("lookup", "how deep did they drill on that 1979 patagonia trip", OB, "Her team drilled a 164-metre ice core on the Southern Patagonian Icefield in 1979.",
  ["164-metre core"])
Q("lookup", "who built the drill with her?", OB, "She designed the lightweight, solar-powered drill with the Dutch engineer Piet Koudijs.",
  ["Piet Koudijs"], ["Dutch engineer Piet Koudijs"], history=[L1])
Q("lookup", "how many young researchers have the lorne fellowships paid for", OB,
  "The Lorne Fellowships, founded in 1994, have paid for 212 early-career researchers, most of them women, to do their first fieldwork.",
  ["212 early-career researchers"])
Q("lookup", "when and where is hetty lorne's memorial", OB,
  "A memorial service will be held at St John's Church in Keswick on 1 February; the family asks for donations to the Lorne Fellowships instead of flowers.",
  ["St John's Church, Keswick", "1 February"], ["St John's Church, Keswick"])
Q("lookup", L7, IV, "Limbworks has fitted 1,340 people with artificial legs since it was set up in 2019.",
  ["1,340 people"])
Q("lookup", "what does it cost limbworks to print one socket", IV,
  "About 9,000 shillings to make, compared with 150,000 or more for an imported socket.",
  ["9,000 shillings"])
Q("lookup", "how long did owuor's cousin wait for his artificial leg", IV,
  "Her cousin Otieno waited 14 months for a prosthesis from a hospital in Nairobi, and it did not fit when it came.",
  ["14 months"])
Q("lookup", "how many people will work at the new one?", IV,
  "The Eldoret workshop opens in April with a staff of 11 (six of whom have lost a limb themselves).",
  ["staff of 11"], history=[O2])
Q("lookup", "who gave limbworks its first money", IV, "Its start-up money was a grant from the Tamarind Foundation.",
  ["Tamarind Foundation"])
Q("lookup", "when's the council vote on the beavers", OP,
  "The district council votes on Thursday 24 April (2025) on whether to back the beaver trial; the meeting is at 6pm at the council offices on Station Road.",
  ["24 April"])
Q("lookup", L13, OP, "The proposed 1.2-kilometre flood wall along the Lenn is estimated at £4.2 million.",
  ["£4.2 million"], history=[O3])
Q("lookup", "how many beavers are they talking about letting go", OP, "Eight beavers, in two family groups.",
  ["eight beavers"], ["eight beavers, in two family groups"])
Q("lookup", "where exactly would the ashcombe beavers be let out", OP,
  "Into a fenced stretch of the upper River Lenn at Hollins Wood, on land owned and volunteered by the Hollins Wood estate.",
  ["Hollins Wood"], ["fenced stretch of the upper Lenn at Hollins Wood"])
Q("lookup", "who noticed the trouble on the trauen first, and what time", S1,
  "Anglers raised the alarm shortly after 7am on Monday, reporting a white film on the water and a chemical smell.",
  ["Anglers who first raised the alarm", "shortly after 7am"], ["Anglers who first raised the alarm"])
Q("lookup", "how many people rely on the kleinau water intake", S1, "About 4,500 people are served by the intake.",
  ["About 4,500 people"])
Q("lookup", "what sort of fish were dying in the trauen", S1, "Mostly brown trout and grayling.",
  ["brown trout and grayling"], ["about 1,200 dead fish"])
Q("lookup", "how much of the chemical leaked out of auerwerk's tank", S2,
  "Roughly 8,000 litres of a chromium-based electroplating solution escaped from a storage tank.",
  ["8,000 litres"])
Q("lookup", L20, S2, "Auerwerk's chief executive is Bernhard Auer.", ["Bernhard Auer"])
Q("lookup", "how many of the private wells by the river came back clean", S2,
  "31 of the 34 private wells tested near the river showed no contamination; owners of the other three were told not to use their water yet.",
  ["no contamination in 31", "34 private wells"], ["no contamination in 31"])
Q("lookup", L22, CA, "Castelmarina will charge day visitors €6 on summer weekends and public holidays.",
  ["charge day visitors €6"])
Q("lookup", "what's the population of castelmarina", CA, "About 3,400 residents.", ["3,400 residents"])
Q("lookup", "when can you start buying tickets for castelmarina", CA, "Ticket sales are due to open on 20 May (2025).",
  ["20 May"], ["Ticket sales are due to open on 20 May"], history=[L22])
Q("lookup", "how much is the tax for people who stay the night in castelmarina", CA,
  "Overnight guests already pay a nightly tourist tax of €2.50, and are exempt from the €6 day-tripper fee.",
  ["€2.50"])
Q("lookup", L26, SK, "A flat 50 kroner per passenger each time their ship calls at Skarvik, collected by the shipping lines.",
  ["50 kroner"])
Q("lookup", "how many cruise ship visits did skarvik get last year", SK, "212 cruise ship calls (between April and October).",
  ["212 cruise ship calls"])
Q("lookup", "how many times were skarvik's rescue volunteers called out last year", SK,
  "The volunteer search-and-rescue team carried out 47 call-outs last year, mostly for lost or injured hikers.",
  ["47 call-outs"])

# ---------------- why_how (16)
Q("why_how", "why did lorne turn down the award from chile", OB,
  "She turned down the Chilean government's honour in 2001 because, she said, \"the ice did the work\".",
  ["the ice did the work"])
Q("why_how", "how did they work out how old the ice in her core was", OB,
  "The 1983 analysis used layers of volcanic ash and wind-blown dust in the core to date the ice, reconstructing about 1,400 years of temperatures.",
  ["volcanic ash and wind-blown dust"])
Q("why_how", "what made her want to study glaciers in the first place", OB,
  "A family trip to see the Grey Glacier when she was nine, and the roar of a slab of ice crashing into the lake, \"decided everything\".",
  ["Grey Glacier", "decided everything"], ["Grey Glacier"])
Q("why_how", "why did achieng owuor get into making artificial legs", IV,
  "Her cousin Otieno lost his leg below the knee in a motorbike accident in 2016, waited 14 months for a prosthesis from Nairobi and it did not fit; she concluded Kenya made legs too slowly, far away and by hand.",
  ["motorbike accident in 2016", "it did not fit"], ["motorbike accident in 2016", "slowly, far away and by hand"])
Q("why_how", "how do they actually make the sockets at limbworks", IV,
  "They scan the residual limb with a scanner clipped to a phone, adjust the shape on a laptop and print the socket overnight in recycled polypropylene; patients arriving Monday usually walk out Wednesday.",
  ["scanner clipped to an ordinary phone", "recycled polypropylene"], ["recycled polypropylene"])
Q("why_how", "why does she make a point of hiring people who've lost limbs", IV,
  "Six of the eleven Eldoret staff are amputees, deliberately: when a new amputee meets a technician walking on a leg she printed herself, the conversation is different.",
  ["That is deliberate.", "the conversation is different"], ["Six of the eleven staff", "the conversation is different"], history=[L7])
Q("why_how", "why did limbworks start sending technicians out on motorbikes", IV,
  "Because of follow-up: children need a new socket every eight to ten months and many patients live five or six hours away by bus, so people stopped coming back; in 2022 they started a four-technician motorbike outreach team.",
  ["stopped coming back", "four technicians on motorbikes"], ["every eight to ten months", "four technicians on motorbikes"])
Q("why_how", "how are beavers supposed to stop ashcombe flooding", OP,
  "Their dams spread water into ponds and wet ground upstream; in heavy rain these fill and release slowly, so the flood peak in town is lower and later (about 30 percent lower peak flows at Carrow Brook).",
  ["release water slowly", "The flood peak is lower"], ["release water slowly", "The flood peak is lower"])
Q("why_how", "what does the beaver columnist say to farmers who are worried", OP,
  "She says the trial is designed around their worries: the beavers would be fenced in on Hollins Wood estate land, problem dams can be lowered or removed under the licence, and a £20,000 compensation fund covers damage to neighbouring land.",
  ["inside a fence", "lowered or removed", "compensation fund of £20,000"], ["inside a fence", "compensation fund of £20,000"])
Q("why_how", "how did the stuff actually end up in the trauen", S2,
  "During cleaning of an Auerwerk storage tank on Sunday night a drain valve was left open by mistake, and the electroplating solution flowed into a rainwater channel that empties into the river.",
  ["drain valve had been left open", "rainwater channel"], ["drain valve had been left open"])
Q("why_how", "how come his company said on monday it had found nothing wrong", S2,
  "Auer said their internal check on Monday missed the tank that was being cleaned, so they wrongly told the public there were no irregularities.",
  ["internal check on Monday missed"], history=[L20])
Q("why_how", "why will the trauen take so long to recover", S2,
  "The spill killed breeding-age brown trout and grayling, so the anglers' association chairman says recovery could take eight to ten years.",
  ["breeding-age brown trout and grayling", "eight to ten years"], ["breeding-age brown trout and grayling"])
Q("why_how", "why is castelmarina bringing in the fee", CA,
  "Overcrowding: 2.1 million visitors a year in a village of 3,400, up to 19,000 people on peak Sundays in lanes three metres wide; last August paramedics took 25 minutes to reach a resident instead of five.",
  ["2.1 million visitors", "25 minutes"], ["2.1 million visitors", "paramedics took 25 minutes"])
Q("why_how", "why is the castelmarina shopkeepers' guy against it", CA,
  "Renato Bassi says it will punish families who come for an ice cream and a swim while doing little about cruise groups that book in bulk.",
  ["Renato Bassi", "book in bulk"], ["book in bulk"])
Q("why_how", "why does skarvik say it needs a tourist tax", SK,
  "Its budget is built for 1,100 residents; the mayor says the viewpoint road is crumbling, toilets overflow and the volunteer rescue team is called out weekly in summer, and residents should not pay for that alone.",
  ["budget built for 1,100 residents", "viewpoint is crumbling"], ["budget built for 1,100 residents", "viewpoint is crumbling"])
Q("why_how", "how are hotels in skarvik supposed to collect it", SK,
  "Hotels and campsites will add the fee to guests' bills and report it once a month through an online form.",
  ["report it once a month"], history=[L26])

# ---------------- multi_part (13)
Q("multi_part", "when did lorne take over the fenwick institute and how long was she in charge", OB,
  "She became director in 1991 (the first woman to do so) and held the post for 15 years, retiring in 2006.",
  ["In 1991", "for 15 years"], ["In 1991 she became the first woman"])
Q("multi_part", "who was she married to and when did he die", OB,
  "She married the Chilean geologist Tomás Reyes in 1972; he died in 2011.",
  ["Tomás Reyes", "he died in 2011"], ["Tomás Reyes"], history=[L2])
Q("multi_part", "what's her memoir called and what year did it come out", OB,
  "Thin Blue Layers, published in 2014 (shortlisted for a national science writing prize).",
  ["Thin Blue Layers", "published in 2014"], ["Thin Blue Layers, was published"])
Q("multi_part", "when does the eldoret workshop open and how many people do they hope to fit in year one", IV,
  "It opens in April and aims to fit 600 people in its first year.",
  ["We open in April", "fit 600 people"], ["We open in April"])
Q("multi_part", "who checked whether the printed sockets actually last, and what did they find", IV,
  "The Lakeside Teaching Hospital followed patients independently and found 91 percent of sockets were still in daily use after two years.",
  ["Lakeside Teaching Hospital", "91 percent"])
Q("multi_part", "when were the three floods in ashcombe", OP,
  "November 2019, February 2022 and last December (December 2024).",
  ["November 2019", "February 2022", "last December"], ["In November 2019, in February 2022"])
Q("multi_part", "and what would the beaver trial cost by comparison, and who's offered to chip in", OP,
  "About £180,000 over five years (mostly fencing and monitoring), versus £4.2 million for the wall; a wildlife trust has offered to cover half.",
  ["£180,000 over five years", "wildlife trust has offered"], ["£180,000 over five years"], history=[L13])
Q("multi_part", "who's the official in charge in felsbrunn and what did he tell people to do", S1,
  "Dr Lukas Pfandl, the district commissioner, said the substance was being treated as hazardous and told people to keep children, dogs and livestock out of the river.",
  ["Lukas Pfandl", "keep children, dogs and livestock"], ["Lukas Pfandl, the district commissioner", "keep children, dogs and livestock"])
Q("multi_part", "which minister went down to the trauen and what is she promising", S2,
  "Upper Austria's environment minister Martina Gsellmann visited Kleinau and said the state would review inspection rules for all sites storing electroplating chemicals.",
  ["Martina Gsellmann", "review inspection rules"])
Q("multi_part", "how long is fishing banned on the trauen now and over how much of it", S2,
  "Until at least 30 April, over the whole 19-kilometre polluted stretch.",
  ["30 April", "whole 19-kilometre stretch"], ["whole 19-kilometre stretch"])
Q("multi_part", "what dates and which days does the castelmarina charge apply", CA,
  "From 7 June to 28 September, on Saturdays, Sundays and public holidays, for visitors without an overnight booking.",
  ["From 7 June to 28 September", "Saturday, Sunday or public holiday"], ["From 7 June to 28 September"])
Q("multi_part", "what are the fines in castelmarina and who doesn't have to pay", CA,
  "Fines are €50 to €300; exempt are children under 14, residents of the province, people visiting relatives, students, people working in the village and overnight guests.",
  ["between €50 and €300", "Children under 14"])
Q("multi_part", "how much do hotel guests pay in skarvik and when does it kick in", SK,
  "30 kroner per person per night, starting on 1 July (2025).",
  ["30 kroner per person per night", "from 1 July"])

# ---------------- overview (9)
Q("overview", "give me a quick rundown of hetty lorne's life", OB,
  "Born in Punta Arenas, Chile, in 1943, Hetty Lorne studied physics in Edinburgh and glaciology at the Fenwick Polar Institute, led the 1979 expedition that drilled a 164-metre core from the Southern Patagonian Icefield (revealing the 'Lorne Interval' cold spell), became the institute's first woman director in 1991, founded the Lorne Fellowships, and died aged 81 of complications of pneumonia.",
  ["Punta Arenas, Chile", "164-metre core", "Lorne Interval", "first woman to direct", "She was 81."],
  ["Punta Arenas, Chile", "164-metre core", "Lorne Interval", "first woman to direct", "complications of pneumonia"])
Q("overview", O2, IV,
  "Achieng Owuor explained she founded Limbworks after her cousin waited 14 months for an ill-fitting leg; it phone-scans limbs and prints sockets overnight for about 9,000 shillings, has fitted 1,340 people, a hospital study found 91 percent of sockets in use after two years, and a second workshop opens in Eldoret in April.",
  ["1,340 people", "9,000 shillings", "91 percent", "We open in April"])
Q("overview", O3, OP,
  "Rhiannon Castell argues councillors should approve a trial releasing eight beavers at Hollins Wood: their dams slow floodwater (peak flows fell about 30 percent at Carrow Brook), the trial costs about £180,000 versus a £4.2 million wall, it brings wildlife gains and has safeguards for farmers.",
  ["eight beavers", "around 30 percent", "£180,000", "£4.2 million"])
Q("overview", O4, S2,
  "Auerwerk has admitted about 8,000 litres of chromium-based electroplating solution leaked through a valve left open during tank cleaning; dead fish rose to about 4,700 over 19 km, lab tests found hexavalent chromium, prosecutors in Linz opened an investigation, and the Kleinau intake stays closed.",
  ["4,700", "8,000 litres", "hexavalent chromium", "opened an investigation"],
  ["up from 1,200 on Monday", "8,000 litres", "hexavalent chromium", "opened an investigation"])
Q("overview", "sum up the first report about the dead fish near felsbrunn", S1,
  "On Monday a milky discharge killed about 1,200 fish along six kilometres of the Trauen below Felsbrunn; Kleinau's water intake was shut, people told to keep animals out, the source was unknown (burst pipe or illegal dumping suspected), and Auerwerk said it had no indication it was involved.",
  ["about 1,200 dead fish", "six-kilometre stretch", "shut its river intake", "no indication"])
Q("overview", "main points of the castelmarina day-tripper story", CA,
  "The Ligurian village will charge day visitors €6 on summer weekends from 7 June to 28 September, cap them at 12,000 a day via online booking, expects €3.5 million, fines €50-€300, with shopkeepers objecting.",
  ["charge day visitors €6", "12,000 a day", "€3.5 million", "between €50 and €300"],
  ["charge day visitors €6", "once 12,000 tickets have been sold", "€3.5 million", "between €50 and €300"])
Q("overview", "summarise the norway tourist tax article about skarvik", SK,
  "From 1 July Skarvik will charge 30 kroner per person per night for overnight guests and 50 kroner per cruise passenger, raising about 28 million kroner a year for roads, toilets and rescue services; cruise operators object.",
  ["from 1 July", "30 kroner per person per night", "50 kroner", "28 million kroner"])
Q("overview", "what did people say about hetty lorne after she died", OB,
  "Institute director Nadia Ferreira-Hull said Hetty showed a generation you could do world-class science from a snow cave and that half the institute's people would not be glaciologists without her; engineer Piet Koudijs said she had the patience of a glacier and the temper of an avalanche.",
  ["Nadia Ferreira-Hull", "world-class science from a snow cave", "the patience of a glacier"],
  ["Nadia Ferreira-Hull", "Half the people in this building", "the patience of a glacier"])
Q("overview", "what's in this set of articles? quick overview of everything", "",
  "Seven articles: an obituary of glaciologist Hetty Lorne; an interview with Limbworks founder Achieng Owuor; an opinion column for releasing beavers near Ashcombe; two reports on the River Trauen chemical spill in Austria; and two stories on visitor fees in Castelmarina (Italy) and Skarvik (Norway).",
  ["Hetty Lorne", "Limbworks", "River Trauen", "Castelmarina", "Skarvik"],
  ctx=[sentence(OB, 'Henrietta "Hetty" Lorne, the glaciologist'), sentence(IV, "set up Limbworks"), sentence(OP, "eight beavers"),
       sentence(S1, "stay away from the River Trauen"), sentence(CA, "charge day visitors €6"), sentence(SK, "charging visitors a nightly fee")])

# ---------------- about_article (11)
Q("about_article", "who wrote the hetty lorne obituary", OB, "Oliver Pennick, for The Carrick Review.",
  ["Oliver Pennick"], ctx=['<span class="author">Oliver Pennick</span>', '<meta name="author" content="Oliver Pennick">'])
Q("about_article", "what paper was the skarvik story in", SK, "The North Sea Herald (by Ingrid Solheim).",
  ["North Sea Herald"], ctx=["North Sea Herald", "Ingrid Solheim"])
Q("about_article", "when was the beaver opinion piece published", OP, "8 April 2025 (07:30 UTC), in the Lenn Valley Gazette.",
  ["2025-04-08"], ctx=["date: 2025-04-08T07:30:00Z"])
Q("about_article", "what's the headline on the castelmarina article", CA,
  "\"Castelmarina to charge day-trippers €6 as Ligurian village battles summer crowds\"",
  ["Castelmarina to charge day-trippers €6"], ctx=["# Castelmarina to charge day-trippers €6 as Ligurian village battles summer crowds"])
Q("about_article", "who gets quoted in the first story about the trauen spill", S1,
  "District commissioner Dr Lukas Pfandl, fire brigade commander Anna Hirzinger, Auerwerk (statement), anglers' chairman Josef Reitbauer, Hannah Grill of Flussnetz Oberoesterreich and guesthouse owner Theresa Moser.",
  ["Lukas Pfandl", "Anna Hirzinger", "Josef Reitbauer", "Hannah Grill", "Theresa Moser"],
  ctx=["said Dr Lukas Pfandl, the district commissioner for Felsbrunn", "Fire brigade commander Anna Hirzinger said",
       "Its chairman, Josef Reitbauer, said", "said its spokesperson, Hannah Grill", "said Theresa Moser, who runs a guesthouse on the riverbank"])
Q("about_article", "how many articles are there in total", "",
  "Seven: the Hetty Lorne obituary, the Achieng Owuor interview, the Ashcombe beaver opinion column, two River Trauen spill reports (10 and 12 March 2025), and the Castelmarina and Skarvik visitor-fee stories.",
  ["Hetty Lorne", "Achieng Owuor", "beavers", "River Trauen", "Castelmarina", "Skarvik"],
  ctx=["<h1>Hetty Lorne, glaciologist who read 1,400 years of climate in Patagonian ice, dies at 81</h1>",
       "Achieng Owuor on printing prosthetics in Kisumu",
       "title: \"It's time to let beavers help save Ashcombe from the next flood\"",
       "TOXIC SPILL KILLS HUNDREDS OF FISH IN RIVER TRAUEN, DRINKING WATER INTAKE SHUT",
       "<h1 itemprop=\"headline\">Chemical firm admits River Trauen spill as fish deaths climb to 4,700</h1>",
       "# Castelmarina to charge day-trippers €6 as Ligurian village battles summer crowds",
       "Fjord village Skarvik to charge tourists a nightly fee from July"])
Q("about_article", "which of these are about tourist taxes or visitor fees", "",
  "Two: the Mediterranean Dispatch story on Castelmarina's €6 day-tripper fee (Italy) and the North Sea Herald story on Skarvik's nightly visitor levy (Norway).",
  ["Castelmarina to charge day-trippers", "Skarvik to charge tourists"],
  ctx=["# Castelmarina to charge day-trippers €6 as Ligurian village battles summer crowds",
       "Fjord village Skarvik to charge tourists a nightly fee from July"])
Q("about_article", "is the ashcombe beaver thing a news story or an opinion piece", OP,
  "An opinion column by Rhiannon Castell, a hydrologist and chair of the Lenn Valley Flood Group, arguing for the beaver trial.",
  ["section: Opinion", "Rhiannon Castell is a hydrologist"],
  ctx=["section: Opinion", "Rhiannon Castell is a hydrologist and chair of the Lenn Valley Flood Group."])
Q("about_article", "are there any obituaries in here", "",
  "Yes, one: the Carrick Review's obituary of glaciologist Hetty Lorne, who died aged 81 (by Oliver Pennick, 14 January 2025).",
  ["Obituary", "Hetty Lorne", "dies at 81"],
  ctx=['<p class="kicker"><a href="/obituaries">Obituary</a></p>',
       "<h1>Hetty Lorne, glaciologist who read 1,400 years of climate in Patagonian ice, dies at 81</h1>"])
Q("about_article", "who did the interview with achieng owuor and for which publication", IV,
  "Sofia Lindqvist, for Meridian Weekly (published 22 February 2025).",
  ["Sofia Lindqvist", "Meridian Weekly"],
  ctx=['<div class="byline">Interview by Sofia Lindqvist</div>', "- Meridian Weekly</title>"])
Q("about_article", "when did the story about auerwerk owning up come out, and who wrote it", S2,
  "Wednesday 12 March 2025 (11:05 CET, updated 15:20), by Markus Edlinger and Clara Wimmer of The Danube Post.",
  ["12 March 2025", "Markus Edlinger and Clara Wimmer"],
  ctx=['<meta property="article:published_time" content="2025-03-12T11:05:00+01:00">',
       '<p class="byline">By Markus Edlinger and Clara Wimmer</p>'])

# ---------------- mention (8): 4 yes, 4 no
Q("mention", "does anything in here mention parkinson's", OB,
  "Yes - the Hetty Lorne obituary says she was diagnosed with Parkinson's disease in 2018.",
  ["Parkinson's disease"])
Q("mention", "is there anything about shipping containers", IV,
  "Yes - in the interview, Achieng Owuor's Limbworks workshop started in a converted shipping container on the edge of Kisumu.",
  ["converted shipping container"])
Q("mention", "do any of the articles talk about otters", OP,
  "Yes - the beaver column says beaver ponds create habitat for otters, kingfishers, dragonflies and bats.",
  ["otters"])
Q("mention", "do any of the stories mention grayling?", S1,
  "Yes - the River Trauen spill reports say the dead fish were mostly brown trout and grayling (the later update also mentions the loss of breeding-age grayling).",
  ["brown trout and grayling"])
NO_TERMS = {}
for q, terms in [("anything in here about bitcoin", ["bitcoin", "cryptocurrenc"]),
                 ("do any of them mention the olympics", ["olympic"]),
                 ("is there anything about earthquakes", ["earthquake", "seismic", "tremor"]),
                 ("any mention of vaccines", ["vaccin"])]:
    NO("mention", q); NO_TERMS[rows[-1]["id"][3:]] = terms

# ---------------- dated_version (9)
Q("dated_version", "how many dead fish are there in the trauen now", S2,
  "About 4,700 as of Wednesday 12 March, up from about 1,200 on Monday.",
  ["about 4,700", "up from 1,200 on Monday"], ["up from 1,200 on Monday"])
Q("dated_version", "what did officials first think caused the trauen spill", S1,
  "In Monday's report officials were looking at two possibilities - a burst pipe in the estate's storm drain network or illegal dumping into a drain overnight - and said it was too early to blame any company.",
  ["burst pipe", "illegal dumping"], ["burst pipe"])
Q("dated_version", "did auerwerk change its story at some point", S2,
  "Yes. On Monday it said it had no indication its site was involved and found no irregularities; on Tuesday evening it admitted about 8,000 litres leaked from its tank, reversing its denial, and the CEO apologised.",
  ["reversing its denial", "no irregularities"], ["reversing its denial", "when we told the public we had found no irregularities"])
Q("dated_version", "how far has it spread since monday", S2,
  "The polluted stretch now runs 19 kilometres, as far as Muehlried, compared with six kilometres on Monday.",
  ["19 kilometres", "six kilometres on Monday"], ["six kilometres on Monday"], history=[O4])
Q("dated_version", "is kleinau's drinking water intake back on yet", S2,
  "No - as of Wednesday it remains closed and the utility will stay on groundwater until at least the end of March.",
  ["remains closed", "end of March"], ["remains closed"])
Q("dated_version", V6, S1,
  "No. On Monday the district commissioner said they did not yet know what the substance was or where it came from; samples went to the Linz lab with results expected within 48 hours.",
  ["not yet know what the substance", "48 hours"], ["not yet know what the substance", "48 hours"])
Q("dated_version", "so what was it in the end?", S2,
  "A chromium-based electroplating solution from Auerwerk; the Linz lab found elevated hexavalent chromium.",
  ["chromium-based electroplating solution", "hexavalent chromium"], history=[V6])
Q("dated_version", "has the district commissioner changed his tune since his first briefing", S2,
  "Somewhat: on Monday Lukas Pfandl said it was too early to blame any company; after Auerwerk's admission he said it answers the most important question but not all of them, and wants to know why the tank's level alarm did not go off.",
  ["too early to blame any company", "not all of them", "level alarm"], ["too early to blame any company", "level alarm"])
Q("dated_version", "are the fire brigade's barriers still out on the trauen", S2,
  "No - crews placed floating barriers at two points on Monday but removed them on Wednesday once the white film disappeared, while still monitoring the outflow channel.",
  ["removed their floating barriers"])

# ---------------- unanswerable (8)
for q in ["what's the weather going to be like in lisbon this weekend",
          "how much is a norwegian krone worth in euros today",
          "any news on the bird flu outbreak in poland",
          "how did the stock markets close today",
          "what's going on with the new metro line in copenhagen",
          "who won eurovision this year",
          "did anyone get hurt in the tram crash in lyon",
          "what's a good recipe for banana bread"]:
    NO("unanswerable", q)

# ---------------- near_miss (8)
NO("near_miss", "what does her daughter do for a living?", OB, history=[L1])
NO("near_miss", "how much did it cost to set up the eldoret workshop", IV)
NO("near_miss", "what brand of 3d printers does limbworks use", IV)
NO("near_miss", "how many people in ashcombe have signed up in support of the beavers", OP)
NO("near_miss", "how big a fine did auerwerk get", S2)
NO("near_miss", "what was the vote count when castelmarina's council approved the fee", CA)
NO("near_miss", "what's the fine in skarvik if you don't pay the levy", SK)
NO("near_miss", "is there a daily cap on visitor numbers in skarvik like castelmarina has", SK)

with open(os.path.join(D, "questions.jsonl"), "w", encoding="utf-8") as fh:
    for r in rows: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
json.dump(NO_TERMS, open(os.path.join(D, "mention_no_terms.json"), "w"), indent=1)
print(len(rows), "questions written")
