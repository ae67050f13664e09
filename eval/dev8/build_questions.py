#!/usr/bin/env python3
"""Builds questions.jsonl + mention_no_terms.json for dev8.
Questions (user_input, history) come verbatim from questions_draft.txt; this script only attaches
kind/article/answers. reference_contexts are cut from the article text (as Python reads it, utf-8):
the sentence(s) around an anchor, widened/narrowed to 10-30 words, never crossing a line or an HTML tag."""
import json, os, re
D = os.path.dirname(os.path.abspath(__file__))
S, E, R = "storm_isolde_live.html", "kelbrook_mayor_result.txt", "corvane_air_fryer_recall.md"
C1, C2 = "glenarden_bus_strike_called.html", "glenarden_bus_strike_deal.md"
NL, CA = "marrekerk_red_panda.txt", "caddell_harbour_red_panda.html"
T = {f: open(os.path.join(D, "articles", f), encoding="utf-8").read() for f in (S, E, R, C1, C2, NL, CA)}

def ctx(art, anchor):
    t = T[art]
    assert t.count(anchor) >= 1, (art, anchor)
    p = t.index(anchor)
    ls = t.rfind("\n", 0, p) + 1
    le = t.find("\n", p); le = len(t) if le < 0 else le
    s, e = ls, le
    gt = t.rfind(">", ls, p)
    if gt >= 0: s = gt + 1
    lt = t.find("<", p, le)
    if lt >= 0: e = lt
    words = [(m.start() + s, m.end() + s) for m in re.finditer(r"\S+", t[s:e])]
    sid, cur = [], 0
    for a, b in words:
        sid.append(cur)
        w = t[a:b]
        if re.search(r"[.!?][\"'\u201d]?$", w) and w not in ("Dr.",): cur += 1
    ai = next(k for k, (a, b) in enumerate(words) if b > p)
    aj = next(k for k, (a, b) in enumerate(words) if b >= p + len(anchor))
    lo = min(k for k in range(len(words)) if sid[k] == sid[ai])
    hi = max(k for k in range(len(words)) if sid[k] == sid[aj])
    while hi - lo + 1 < 12:
        if hi + 1 < len(words):
            hi = max(k for k in range(len(words)) if sid[k] == sid[hi + 1])
        elif lo > 0:
            lo = min(k for k in range(len(words)) if sid[k] == sid[lo - 1])
        else: break
    if hi - lo + 1 > 30:  # keep a 30-word window around the anchor
        mid = (ai + aj) // 2
        lo2 = max(lo, min(mid - 14, hi - 29)); hi2 = min(hi, lo2 + 29)
        lo, hi = lo2, hi2
    out = t[words[lo][0]:words[hi][1]]
    assert anchor in out or (ai >= lo and aj <= hi), (art, anchor, out)
    return out

# id -> (article, reference, key_facts, anchors or ("RAW", [contexts]))
A = {
 1: (S, "The strongest gust was 94mph, recorded at Marrowfell Point, the highest reading at that station since it opened in 2009.", ["94mph", "Marrowfell Point"], ["A gust of 94mph"]),
 2: (S, "About 2,300 runners had been due to take part in the Kesterby Half Marathon, which was called off because of the storm.", ["about 2,300 runners"], ["about 2,300 runners"]),
 3: (S, "Some 86mm of rain fell on the high ground above Kesterby since midnight.", ["86mm of rain"], ["86mm of rain"]),
 4: (S, "The man's car was hit by a falling tree on the B5291 on the edge of Kesterby.", ["B5291"], ["B5291"]),
 5: (S, "NorthGrid Electricity brought in 60 extra engineers from the Midlands.", ["60 extra engineers", "the Midlands"], ["60 extra engineers"]),
 6: (E, "Alison Kerrigan won 14,212 votes, or 38.4 per cent of the total.", ["14,212 votes", "38.4 per cent"], ["took 14,212 votes"]),
 7: (E, "Turnout was 31.6 per cent, down from 35.2 per cent at the 2021 mayoral election.", ["31.6 per cent", "35.2 per cent"], ["Turnout was 31.6 per cent"]),
 8: (E, "Paula Greatorex of the Green Valleys Party came third with 6,118 votes.", ["Paula Greatorex", "finished third with 6,118 votes"], ["finished third"]),
 9: (E, "Alison Kerrigan is a former head teacher; she founded the Kelbrook First movement three years ago.", ["former head teacher"], ["former head teacher"]),
 10: (E, "Kerrigan is due to be formally sworn in at a ceremony at the town hall on Monday 12 May.", ["Monday 12 May"], ["formally sworn in"]),
 11: (R, "Corvane Home is recalling about 212,000 air fryers sold in Canada.", ["about 212,000 air fryers"], ["recalling about 212,000"]),
 12: (R, "Affected units have a serial number beginning with 23 or 24, printed on a silver label on the underside of the base; the recalled models are the CH-AF350, CH-AF350W, CH-AF550 and CH-AF700D.", ["beginning with 23 or 24", "silver label"], ["serial number beginning"]),
 13: (R, "Yes: among 47 overheating reports there were nine reports of minor burns, but no deaths or serious injuries.", ["nine reports of minor burns", "No deaths or serious injuries"], ["nine reports of minor burns"]),
 14: (R, "The free helpline is open from 8am to 10pm Eastern time, seven days a week.", ["8am to 10pm Eastern time", "seven days a week"], ["8am to 10pm"]),
 15: (R, "They were sold at HomeNest, Carrow's and Bayline Hardware, and online through Corvane's own website.", ["HomeNest", "Carrow's", "Bayline Hardware"], ["HomeNest"]),
 16: (C1, "Drivers voted 87 per cent in favour of strike action on a turnout of 74 per cent.", ["87 per cent", "turnout of 74 per cent"], ["voted by 87 per cent"]),
 17: (C1, "Arden Citylink carries about 95,000 passengers a day on 42 routes.", ["95,000 passengers a day"], ["95,000 passengers"]),
 18: (C1, "The last strike on Glenarden's buses was in 2003, a two-day walkout over changes to sick pay.", ["in 2003", "sick pay"], ["took place in 2003"]),
 19: (C2, "The talks at the Scottish Workplace Mediation Service lasted 14 hours, ending shortly before 11pm on Wednesday.", ["14 hours of talks"], ["14 hours of talks"]),
 20: (C2, "Grant Whitelaw said the settlement would cost the company about £2.1m a year.", ["about £2.1m a year"], ["£2.1m"]),
 21: (C2, "The union's ballot on the deal closes on Friday 24 October.", ["Friday 24 October"], ["ballot that closes"]),
 22: (NL, "Soba is a four-year-old male red panda.", ["four-year-old male"], ["four-year-old male"]),
 23: (NL, "Soba was found about 1.8 kilometres from Dierenpark Marrekerk.", ["1.8 kilometres"], ["1.8 kilometres"]),
 24: (NL, "Around 40 volunteers joined the search for Soba in Marrekerk.", ["Around 40 volunteers"], ["Around 40 volunteers"]),
 25: (NL, "Soba came to Marrekerk in 2022 from a breeding programme in the Czech Republic.", ["breeding programme in the Czech Republic", "2022"], ["breeding programme"]),
 26: (CA, "Juniper was found about 4.5 kilometres from Caddell Harbour Wildlife Park, by a grocery store parking lot.", ["4.5 kilometres"], ["4.5 kilometres"]),
 27: (CA, "Juniper lost about 600 grams, roughly a tenth of her body weight.", ["about 600 grams", "a tenth of her body weight"], ["600 grams"]),
 28: (CA, "The park's social media account for updates gained more than 45,000 followers in a week.", ["more than 45,000 followers"], ["45,000 followers"]),
 29: (S, "NorthGrid says conditions are genuinely dangerous and it will not send crews up poles while gusts are this strong; new faults are also being reported faster than they can be fixed.", ["will not send them up poles", "faster than they can be fixed"], ["send them up poles", "faster than they can be fixed"]),
 30: (S, "The holiday park sits just behind the sea wall and was evacuated at around 10:40 as waves began breaking over the promenade and water came over the wall.", ["just behind the sea wall", "break over the promenade"], ["just behind the sea wall"]),
 31: (S, "A large beech tree came down across the line near the Scarth Lane level crossing, so trains were suspended and replacement buses laid on.", ["beech tree", "Scarth Lane level crossing"], ["large beech tree"]),
 32: (E, "A bundle of postal votes from the Eastgate ward had to be recounted, so the result was not declared until 2.40am, more than an hour late.", ["postal votes", "had to be recounted", "2.40am"], ["bundle of postal votes"]),
 33: (E, "Kelbrook First has 19 councillors on the 45-member council, short of a majority, so it needs at least four other councillors to pass a budget; Kerrigan has spoken to the Green Valleys group.", ["19 councillors", "short of a majority", "at least four other councillors"], ["giving the group 19 councillors", "at least four other councillors"]),
 34: (R, "A wiring connector close to the heating element can work loose over time and cause the unit to overheat.", ["wiring connector", "work loose"], ["a wiring connector close"]),
 35: (R, "No receipt is needed: register on the recall website or call the helpline, then cut the power cord and send a photo of the cut cord and the serial label.", ["do not need a receipt", "cut the power cord", "serial label"], ["do not need a receipt"]),
 36: (R, "Retailers have been told not to accept returned units, so owners should not take them back to the shop or try to repair them.", ["told not to accept returned units"], ["told not to accept"]),
 37: (C1, "Mainly pay: the company offered 3.5 per cent but the union wants 7 per cent, saying wages lag behind neighbouring towns; drivers also object to split shifts of up to 13 hours.", ["3.5 per cent", "7 per cent", "up to 13 hours"], ["Arden Citylink has offered a rise", "split shifts of up to 13 hours"]),
 38: (C1, "The company planned to run around 20 per cent of its normal timetable using managers and agency drivers with the correct licences.", ["around 20 per cent", "managers and agency drivers"], ["around 20 per cent"]),
 39: (C2, "Fewer agency drivers than expected turned up, so only about 12 per cent of services ran on the first day, rising to 18 per cent by Wednesday.", ["fewer agency drivers than expected", "12 per cent", "18 per cent"], ["fewer agency drivers"]),
 40: (NL, "A storm brought a large branch down onto the fence of Soba's enclosure, making what the head keeper called a perfect bridge to freedom.", ["large branch", "perfect bridge to freedom"], ["brought down a large branch"]),
 41: (NL, "Keepers coaxed Soba down with bamboo shoots and pieces of apple.", ["bamboo shoots", "pieces of apple"], ["bamboo shoots"]),
 42: (CA, "A keeper failed to close a sliding door properly after cleaning the indoor section of Juniper's enclosure.", ["failed to close", "sliding door"], ["failed to close a sliding door"]),
 43: (CA, "A shopper recognised Juniper from posters and called a hotline; she was in a hedge beside a grocery store parking lot.", ["recognised her from posters", "called a hotline"], ["recognised her from posters"]),
 44: (CA, "The park has fitted an automatic lock on that door and is reviewing every door and gate on the site.", ["automatic lock", "every door and gate"], ["automatic lock"]),
 45: (S, "Inspector Ruth Calloway of Fellside Constabulary.", ["Inspector Ruth Calloway", "Fellside Constabulary"], ["Inspector Ruth Calloway"]),
 46: (S, "Sailings between Holmsey Bay and the Isle of Man were cancelled; passengers can switch to a Sunday sailing free of charge or ask for a full refund.", ["Isle of Man", "full refund"], ["Isle of Man", "full refund"]),
 47: (S, "At the peak 38,000 properties were without power; by 18:30, 9,400 homes were still off.", ["38,000", "9,400 homes"], ["has risen to 38,000", "9,400 homes"]),
 48: (E, "Alison Kerrigan of Kelbrook First won, beating Dev Chaudhry of Civic Reform by 2,309 votes.", ["Alison Kerrigan", "2,309 votes"], ["by 2,309 votes"]),
 49: (E, "A two-year freeze on town-centre parking charges, reopening the Eastgate library, and 500 affordable homes on the former Pennine Mills site by 2029.", ["freeze on town-centre parking charges", "reopening the Eastgate library", "500 affordable homes"], ["three promises"]),
 50: (E, "Kelbrook First won 11 of the 16 seats contested and now has 19 councillors on the 45-member authority.", ["11 of the 16 seats", "19 councillors"], ["11 of the 16 seats"]),
 51: (R, "Marc Delorme, Corvane Home's vice-president of quality.", ["Marc Delorme", "vice-president of quality"], ["vice-president of quality"]),
 52: (R, "There were 47 reports of overheating, including three reports of small kitchen fires that owners put out.", ["47 reports", "three reports of small kitchen fires"], ["47 reports"]),
 53: (C1, "Arden Citylink offered a 3.5 per cent rise; the union was demanding 7 per cent.", ["rise of 3.5 per cent", "demanding 7 per cent"], ["offered a rise of 3.5"]),
 54: (C2, "Every driver gets a one-off payment of £400, and split shifts are capped at 11 hours.", ["one-off payment of £400", "cap split shifts at 11 hours"], ["one-off payment of £400", "cap split shifts"]),
 55: (NL, "Retired postman Gerrit Hulshof spotted Soba curled up in an oak tree behind his house on Lindelaan.", ["Gerrit Hulshof", "oak tree", "Lindelaan"], ["curled up in the branches", "retired postman Gerrit Hulshof"]),
 56: (CA, "Shopper Tanya Boudreau found Juniper and fed her blueberries.", ["Tanya Boudreau", "blueberries"], ["eating the blueberries"]),
 57: (CA, "The park's vet, Dr. Aisha Raman, examined Juniper; she had no injuries, though she had lost about 600 grams.", ["Dr. Aisha Raman", "no injuries"], ["Dr. Aisha Raman"]),
 58: (S, "As of 18:45 BST the amber wind warning has been extended until 06:00 on Sunday, with gusts of 70 to 80mph expected overnight; 9,400 homes are still without power (down from a 38,000 peak); about 120 evacuated caravan park residents are sleeping at Holmsey Bay Community Centre; and trains between Kesterby and Marrowfell are suspended for the day.",
     ["until 06:00 on Sunday", "9,400 homes", "About 120 people", "Trains between Kesterby and Marrowfell"], ["extended its amber wind warning", "9,400 homes", "About 120 people"]),
 59: (S, "Storm Isolde brought a record 94mph gust at Marrowfell Point, left up to 38,000 properties without power, seriously injured a man in his sixties whose car was hit by a tree, triggered 14 flood warnings, and forced the cancellation of the Kesterby Half Marathon and the Isle of Man ferries.",
     ["94mph", "38,000", "A man in his sixties", "14 flood warnings", "Kesterby Half Marathon"], ["A gust of 94mph", "A man in his sixties", "14 flood warnings"]),
 60: (E, "Alison Kerrigan of Kelbrook First won the Kelbrook mayoralty with 14,212 votes (38.4%), beating Civic Reform's Dev Chaudhry by 2,309 votes; turnout was 31.6 per cent and she is the first woman to hold the post.",
     ["Alison Kerrigan", "14,212 votes", "Dev Chaudhry", "2,309 votes", "31.6 per cent"], ["by 2,309 votes", "took 14,212 votes", "Turnout was 31.6 per cent"]),
 61: (E, "Paula Greatorex of the Green Valleys Party came third with 6,118 votes, her party's best mayoral result in the town; Neil Ashworth of the People's Alliance was fourth with 3,520; independent Rob Tennant came last with 1,248.",
     ["Paula Greatorex", "Neil Ashworth", "Rob Tennant", "finished last with 1,248 votes"], ["finished third", "Neil Ashworth of the People's Alliance"]),
 62: (R, "Corvane Home is recalling about 212,000 air fryers in Canada across four models sold March 2023 to June 2025, after 47 overheating reports; a loose wiring connector near the heating element is to blame, and owners can get a full refund or a free replacement.",
     ["about 212,000 air fryers", "four models", "47 reports", "wiring connector", "full refund or a free replacement"], ["recalling about 212,000", "47 reports", "a wiring connector close"]),
 63: (C2, "The Glenarden bus strike was suspended after three days when Arden Citylink offered a 5.8 per cent rise plus a £400 one-off payment; the union recommends it in a ballot closing Friday 24 October, and fares are frozen until at least April.",
     ["suspended after three days", "5.8 per cent pay rise", "one-off payment of £400", "Friday 24 October", "frozen until at least April"], ["suspended after three days", "5.8 per cent pay rise", "ballot that closes"]),
 64: (NL, "Soba, a four-year-old male red panda, escaped Dierenpark Marrekerk after a storm brought a branch down onto his fence, and was found three days later in an oak tree 1.8km away after a search by around 40 volunteers; the zoo reopens on Saturday.",
     ["four-year-old male", "oak tree", "storm brought down a large branch", "Around 40 volunteers", "reopen to visitors on Saturday"], ["four-year-old male", "brought down a large branch", "reopen to visitors"]),
 65: (CA, "Juniper, a seven-year-old female red panda, escaped Caddell Harbour Wildlife Park in Nova Scotia through a door a keeper failed to close, and was found after nine days by shopper Tanya Boudreau; she was thin but had no injuries.",
     ["nine days on the loose", "seven-year-old female", "failed to close a sliding door", "Tanya Boudreau", "no injuries"], ["recaptured after nine days", "failed to close a sliding door", "no injuries"]),
 66: ("", "Seven articles: a live blog of Storm Isolde in Cumbria and north Lancashire; Alison Kerrigan's win in the Kelbrook mayoral election; Corvane Home's recall of about 212,000 air fryers in Canada; two reports on the Glenarden bus strike (announced, then called off after a deal); and two red panda escapes, in Marrekerk (Netherlands) and Caddell Harbour (Canada).",
     ["Storm Isolde", "Alison Kerrigan has been elected", "about 212,000 air fryers", "Glenarden's bus strike", "red panda"],
     [(S, "live coverage of Storm Isolde"), (E, "Alison Kerrigan has been elected"), (R, "recalling about 212,000"), (C2, "Glenarden's bus strike has been suspended"), (NL, "A red panda that escaped"), (CA, "A red panda that slipped")]),
 67: (S, "The live blog is by Hannah Threlkeld and Tom Ayre of The Fellside Courier.", ["Hannah Threlkeld", "Tom Ayre"], ("RAW", ['By <span class="author">Hannah Threlkeld</span> and <span class="author">Tom Ayre</span>'])),
 68: (S, "It is a live blog: timestamped updates through Saturday 18 October 2025, newest first, last updated at 18:45 BST.", ["Storm Isolde live", "LIVE", "18:45 BST"], ("RAW", ['<span class="live-badge">LIVE</span>', "Storm Isolde live: 94mph gust recorded as thousands lose power"])),
 69: (E, "The Kelbrook & District Herald published it.", ["KELBROOK & DISTRICT HERALD"], ("RAW", ["KELBROOK & DISTRICT HERALD"])),
 70: (R, "Natalie Okafor wrote it for The Maple Ledger; it was published on 4 September 2025.", ["Natalie Okafor", "2025-09-04"], ("RAW", ["writer: Natalie Okafor", "published: 2025-09-04T08:15:00-04:00"])),
 71: (CA, "Shopper Tanya Boudreau, park manager Colin Ferris and the park's vet Dr. Aisha Raman are quoted.", ["Tanya Boudreau", "Colin Ferris", "Dr. Aisha Raman"], ("RAW", ["said Tanya Boudreau", "Park manager Colin Ferris said", "the park's vet, Dr. Aisha Raman"])),
 72: (C2, "The headline is \"Glenarden bus strike called off after drivers offered 5.8% pay deal\".", ["Glenarden bus strike called off"], ("RAW", ["# Glenarden bus strike called off after drivers offered 5.8% pay deal"])),
 73: (C1, "The first report was published on 3 October 2025 at 4.40pm.", ["3 October 2025"], ("RAW", ['<time datetime="2025-10-03T16:40:00+01:00">3 October 2025, 4.40pm</time>'])),
 74: (NL, "It was written by Annelies Vos for The Continental Courier.", ["ANNELIES VOS"], ("RAW", ["By ANNELIES VOS"])),
 75: (NL, "It was last updated on 5 June 2025 at 17:05.", ["Last updated: 5 June 2025, 17:05"], ("RAW", ["Last updated: 5 June 2025, 17:05"])),
 76: ("", "Two: a first report from 3 October announcing a five-day strike, and a later one from 16 October saying it was called off after a deal.", ["drivers to strike for five days", "Glenarden bus strike called off"], ("RAW", ["<h1>Glenarden bus drivers to strike for five days in pay row</h1>", "# Glenarden bus strike called off after drivers offered 5.8% pay deal"])),
 77: ("", "Two: Soba's escape from Dierenpark Marrekerk in the Netherlands, and Juniper's escape from Caddell Harbour Wildlife Park in Nova Scotia, Canada.", ["found up an oak tree", "Missing red panda Juniper found"], ("RAW", ["Red panda found up an oak tree three days after escaping Dutch zoo", "<h1>Missing red panda Juniper found near grocery store after nine days on the loose</h1>"])),
 78: (S, "Yes: the Storm Isolde live blog says all ferry sailings between Holmsey Bay and the Isle of Man were cancelled.", ["Isle of Man"], ["Isle of Man"]),
 79: (E, "Yes: the Kelbrook election report quotes political analyst Dr Helen Sowerby of Calderbrook University.", ["Calderbrook University"], ["Calderbrook University"]),
 80: (R, "Yes: the air fryer recall story says a Safe Homes Canada member in Manitoba sent in pictures of a melted basket.", ["a member in Manitoba"], ["Manitoba"]),
 81: (C1, "Yes: the first strike report says Glenarden Royal Infirmary was drawing up plans to help staff who rely on buses.", ["Glenarden Royal Infirmary"], ["Glenarden Royal Infirmary"]),
 86: (C2, "No. The strike was suspended after three days; the remaining two days were called off after an improved pay offer.", ["suspended after three days", "remaining two days"], ["suspended after three days", "remaining two days"]),
 87: (C2, "Drivers were offered a 5.8 per cent pay rise plus a one-off £400 payment, which the union is recommending.", ["5.8 per cent pay rise", "£400"], ["5.8 per cent pay rise"]),
 88: (C2, "Full services on all 42 routes resume on Friday, with a reduced timetable on Thursday.", ["on Friday", "all 42 routes"], ["Full services on all 42 routes"]),
 89: (C2, "About 650 drivers took part, according to the union.", ["About 650 drivers"], ["About 650 drivers"]),
 90: (C2, "The strike was called off after three days following a 5.8 per cent offer plus £400; the union is recommending the deal in a ballot closing on Friday 24 October.", ["called off the remaining two days", "5.8 per cent pay rise", "Friday 24 October"], ["called off the remaining two days", "ballot that closes"]),
 91: (C2, "No: fares will be frozen until at least April, instead of rising in January as planned.", ["frozen until at least April"], ["frozen until at least April"]),
 92: (C2, "Only about 12 per cent of the timetable ran on the first day, rising to 18 per cent by Wednesday.", ["about 12 per cent", "18 per cent by Wednesday"], ["12 per cent"]),
 93: (C1, "It was announced as a five-day walkout starting on Monday 13 October.", ["five days", "Monday 13 October"], ["walk out for five days"]),
 94: (C1, "About 640 drivers at the Kinnaird Road and Eastfield depots were covered by the ballot.", ["About 640 drivers"], ["About 640 drivers"]),
}
NO_ART = {103: S, 104: S, 105: E, 106: E, 107: R, 108: C1, 109: NL, 110: CA}
MENTION_NO = {"082": ["tesla"], "083": ["wimbledon"], "084": ["bitcoin", "crypto"], "085": ["earthquake"]}

# ---- parse the draft
qs, lines = {}, open(os.path.join(D, "questions_draft.txt"), encoding="utf-8").read().splitlines()
for k, line in enumerate(lines):
    m = re.match(r"^(\d{3}) \| (\w+) \| [^|]+ \| (.*)$", line)
    if not m: continue
    n, kind, text = int(m.group(1)), m.group(2), m.group(3).strip()
    if text.startswith(">> earlier:"):
        qs[n] = (kind, lines[k + 1].strip(), [text[len(">> earlier:"):].strip()])
    else:
        qs[n] = (kind, text, None)
assert sorted(qs) == list(range(1, 111)), len(qs)

rows = []
for n in range(1, 111):
    kind, q, hist = qs[n]
    if n in A:
        art, ref, kfs, anc = A[n]
        if isinstance(anc, tuple): ctxs = anc[1]
        else: ctxs = [ctx(*a) if isinstance(a, tuple) else ctx(art, a) for a in anc]
        row = {"id": f"d8-{n:03d}", "user_input": q, "kind": kind, "answerable": True, "reference": ref,
               "key_facts": kfs, "reference_contexts": ctxs, "article": art}
    else:
        row = {"id": f"d8-{n:03d}", "user_input": q, "kind": kind, "answerable": False, "reference": "",
               "key_facts": [], "reference_contexts": [], "article": NO_ART.get(n, "")}
    if hist: row["history"] = hist
    rows.append(row)
with open(os.path.join(D, "questions.jsonl"), "w", encoding="utf-8") as fh:
    for r in rows: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
json.dump(MENTION_NO, open(os.path.join(D, "mention_no_terms.json"), "w", encoding="utf-8"), indent=1)
print("wrote", len(rows), "questions")
