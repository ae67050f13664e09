#!/usr/bin/env python3
"""Attach answers to the dev6 draft questions (questions_draft.txt) and write
questions.jsonl + mention_no_terms.json.

Reference contexts for non-header questions are cut from the article text by ctx():
the sentence(s) around an exact anchor phrase, inside one paragraph line, widened to
at least 10 words and clipped to at most 30 words. Everything is verified to be an
exact substring of the file as Python reads it (encoding utf-8).
Run: python3 build_questions.py"""
import json, os, re

D = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(D, "articles")
A = {
    "match": "match_kelsford_ardmurran.html",
    "kenya": "kenya_lender_ruling.txt",
    "velkaar": "velkaar_q2_results.md",
    "first": "merrow_fire_first.html",
    "update": "merrow_fire_update.txt",
    "ostmeer": "ostmeer_museum_theft.md",
    "vila": "vila_serrada_museum_theft.html",
    "": "",
}
TEXT = {f: open(os.path.join(ART, f), encoding="utf-8").read() for f in A.values() if f}

_BOUND = re.compile(r'(?<=[.!?])["”’]?\s+(?=["“A-Z0-9])')


def _region(line):
    """Text of one paragraph line without its <p> wrapper (HTML) - offsets into line."""
    m = re.match(r"\s*<p>(.*)</p>\s*$", line)
    if m:
        return m.start(1), m.end(1)
    return 0, len(line)


def _sentences(s):
    out, start = [], 0
    for m in _BOUND.finditer(s):
        before = s[:m.start()]
        if re.search(r"\b(a\.m|p\.m|B\.C|Co|No|St)\.$", before.rstrip('"”’')):
            continue
        out.append((start, m.start() + (len(m.group(0)) - len(m.group(0).lstrip('"”’')))))
        start = m.end()
    out.append((start, len(s)))
    # strip trailing spaces from spans
    return [(a, b - (len(s[a:b]) - len(s[a:b].rstrip()))) for a, b in out]


def ctx(key, anchor, lo=10, hi=30):
    t = TEXT[A[key]]
    assert t.count(anchor) >= 1, (key, anchor)
    pos = t.index(anchor)
    ls = t.rfind("\n", 0, pos) + 1
    le = t.find("\n", pos)
    le = len(t) if le < 0 else le
    line = t[ls:le]
    r0, r1 = _region(line)
    reg = line[r0:r1]
    apos = pos - ls - r0
    assert 0 <= apos and apos + len(anchor) <= len(reg), (key, anchor, "anchor outside paragraph")
    sents = _sentences(reg)
    idx = [i for i, (a, b) in enumerate(sents) if a < apos + len(anchor) and b > apos]
    i0, i1 = idx[0], idx[-1]
    nw = lambda a, b: len(reg[a:b].split())
    while nw(sents[i0][0], sents[i1][1]) < lo:
        if i1 + 1 < len(sents):
            i1 += 1
        elif i0 > 0:
            i0 -= 1
        else:
            break
    a, b = sents[i0][0], sents[i1][1]
    words = [(m.start() + a, m.end() + a) for m in re.finditer(r"\S+", reg[a:b])]
    if len(words) > hi:
        # centre a window of `hi` words on the anchor
        wi = next(k for k, (x, y) in enumerate(words) if y > apos)
        wj = next(k for k, (x, y) in enumerate(words) if y >= apos + len(anchor))
        extra = hi - (wj - wi + 1)
        s = max(0, wi - extra // 2)
        e = min(len(words), s + hi)
        s = max(0, e - hi)
        a, b = words[s][0], words[e - 1][1]
    out = reg[a:b]
    assert anchor in out or out in anchor, (key, anchor, out)
    return out


Q = []


def q(kind, user_input, art, reference="", key_facts=(), contexts=(), history=None, answerable=True):
    row = {"id": f"d6-{len(Q) + 1:03d}", "user_input": user_input, "kind": kind, "answerable": answerable,
           "reference": reference if answerable else "", "key_facts": list(key_facts) if answerable else [],
           "reference_contexts": list(contexts) if answerable else [], "article": A[art]}
    if history:
        row["history"] = list(history)
    Q.append(row)


def no(kind, user_input, art="", history=None):
    q(kind, user_input, art, answerable=False, history=history)


# ---------------------------------------------------------------- lookup (28)
q("lookup", "who got the winner for kelsford in that cup tie?", "match",
  "Substitute Tomasz Wrobel scored Kelsford's winner in the 84th minute, making it 3-1 against Ardmurran Rovers.",
  ["Tomasz Wrobel", "84th minute"], [ctx("match", "settled the tie in the 84th minute")])
q("lookup", "where's he on loan from?", "match",
  "Tomasz Wrobel is on loan at Kelsford from Polish side Odra Brzezno; he joined in January.",
  ["Polish side Odra Brzezno"], [ctx("match", "on loan from Polish side Odra Brzezno")],
  history=["who got the winner for kelsford in that cup tie?"])
q("lookup", "how many fans showed up at eastholm park?", "match",
  "The crowd at Eastholm Park was 4,812.", ["4,812"], [ctx("match", "the 4,812 crowd")])
q("lookup", "who put ardmurran in front early on?", "match",
  "Callum Brodie gave Ardmurran the lead in the 12th minute, meeting a low cross from the right at the near post.",
  ["Callum Brodie", "12th minute"], [ctx("match", "12th minute when Callum Brodie")])
q("lookup", "how old is the kid?", "match",
  "Kinnaird's replacement, Lewis Pardoe, is 19; it was his first-team debut.",
  ["19-year-old Lewis Pardoe"], [ctx("match", "19-year-old Lewis Pardoe")],
  history=["why didn't kinnaird come back out after half-time?", "who replaced him in goal?"])
q("lookup", "who's kelsford's opponent in the semis?", "match",
  "Kelsford will play Port Ellan Thistle in the semi-final on April 12, with the venue still to be confirmed.",
  ["Port Ellan Thistle", "April 12"], [ctx("match", "Kelsford will face Port Ellan Thistle")])
q("lookup", "how much does each borrower get paid out by the kenyan loan company?", "kenya",
  "Each of the borrowers is to receive 500,000 shillings ($3,870) in damages from Haraka Pesa.",
  ["500,000 shillings ($3,870)"], [ctx("kenya", "500,000 shillings ($3,870)")])
q("lookup", "which judge ruled against haraka pesa?", "kenya",
  "The ruling was made by Justice Miriam Otieno-Kibet of Kenya's High Court.",
  ["Justice Miriam Otieno-Kibet"], [ctx("kenya", "Justice Miriam Otieno-Kibet ordered")])
q("lookup", "how long has haraka pesa got to wipe the phone contacts it hoovered up?", "kenya",
  "Haraka Pesa must delete all the contact lists it collected from customers within 30 days.",
  ["within 30 days"], [ctx("kenya", "delete all contact lists collected from its customers within 30 days")])
q("lookup", "and how much had she borrowed?", "kenya",
  "Grace Wambui Ndirangu had borrowed 4,500 shillings to pay her son's school fees.",
  ["4,500 shillings", "son's school fees"], [ctx("kenya", "She had borrowed 4,500 shillings")],
  history=["who led the case against haraka pesa?"])
q("lookup", "how many gripes about loan apps did kenya's data watchdog get in 2024?", "kenya",
  "Kenya's data regulator received more than 3,100 complaints about digital lenders in 2024, most of them about debt collection.",
  ["more than 3,100 complaints"], [ctx("kenya", "more than 3,100 complaints")])
q("lookup", "how many times has the harakacash app been installed?", "kenya",
  "Haraka Pesa says its HarakaCash app has been downloaded more than 2 million times.",
  ["more than 2 million times"], [ctx("kenya", "downloaded more than 2 million times")])
q("lookup", "how many e-bikes did velkaar shift in q2?", "velkaar",
  "Velkaar sold 118,000 e-bikes in the second quarter, down from 131,000 a year earlier.",
  ["118,000 e-bikes", "131,000"], [ctx("velkaar", "Velkaar sold 118,000 e-bikes")])
q("lookup", "by how much did velkaar's stock tank?", "velkaar",
  "Velkaar shares fell 11.4% by mid-afternoon in Amsterdam, their steepest one-day drop since the 2021 listing.",
  ["11.4%"], [ctx("velkaar", "Shares in Velkaar fell 11.4%")])
q("lookup", "who's the boss at velkaar?", "velkaar",
  "Velkaar's chief executive is Marloes Verhagen.",
  ["Marloes Verhagen"], [ctx("velkaar", "chief executive Marloes Verhagen")])
q("lookup", "how many jobs go when velkaar shuts the hengstveld site?", "velkaar",
  "Closing the Hengstveld assembly plant will affect 240 jobs.",
  ["240 jobs"], [ctx("velkaar", "The closure will affect 240 jobs.")])
q("lookup", "when's velkaar's investor day?", "velkaar",
  "Velkaar will hold its capital markets day in Amsterdam on 18 November.",
  ["capital markets day", "18 November"], [ctx("velkaar", "capital markets day in Amsterdam on 18 November")])
q("lookup", "what was velkaar's interim payout to shareholders last year?", "velkaar",
  "Last year Velkaar's interim dividend was 12 cents a share; it has now been suspended.",
  ["12 cents a share"], [ctx("velkaar", "12 cents a share")])
q("lookup", "when was the tallow creek fire first called in?", "first",
  "The Tallow Creek fire was first reported at about 5:40 p.m. on Sunday, roughly 12 kilometres east of Merrow Lake.",
  ["5:40 p.m. on Sunday"], [ctx("first", "first reported at about 5:40 p.m. on Sunday")])
q("lookup", "what did the lady with the campground in cedar flats manage to grab before she fled?", "first",
  "Brenda Oyelaran and her husband loaded three dogs, two cats and a box of family photographs into their truck, with about 20 minutes' warning.",
  ["three dogs", "two cats", "box of family photographs"], [ctx("first", "three dogs, two cats and a box of family photographs")])
q("lookup", "what time did the alarm go off at the ostmeer museum?", "ostmeer",
  "The Ostmeer museum alarm went off at 3:12 a.m.; police arrived nine minutes later.",
  ["3:12 a.m."], [ctx("ostmeer", "The alarm went off at 3:12 a.m.")])
q("lookup", "what's the stuff nicked from the ostmeer museum worth?", "ostmeer",
  "The museum's insurer values the six stolen silver pieces at a combined €1.2 million.",
  ["€1.2 million"], [ctx("ostmeer", "a combined €1.2 million")])
q("lookup", "and the other one, the portuguese museum?", "vila",
  "The 212 coins stolen from the Vila Serrada museum in Portugal, the Azenha Treasure, are valued at about €850,000.",
  ["€850,000"], [ctx("vila", "is valued at about €850,000")],
  history=["what's the stuff nicked from the ostmeer museum worth?"])
q("lookup", "what reward is being dangled for tips on the ostmeer silver?", "ostmeer",
  "The museum's insurer has offered a €25,000 reward for information leading to the recovery of the pieces.",
  ["€25,000"], [ctx("ostmeer", "offered a reward of €25,000")])
q("lookup", "how long has coppens been working there?", "ostmeer",
  "Curator Hendrik Coppens has worked at the Ostmeer museum for 19 years.",
  ["19 years"], [ctx("ostmeer", "who has worked at the museum for 19 years")],
  history=["who's the curator at the ostmeer museum?"])
q("lookup", "how many coins got pinched in vila serrada?", "vila",
  "Thieves took 212 gold and silver coins from the Vila Serrada municipal museum.",
  ["212 gold and silver coins"], [ctx("vila", "a hoard of 212 gold and silver coins")])
q("lookup", "who stumbled on the break-in at the vila serrada museum?", "vila",
  "A cleaner found the forced side door and smashed coin cases when she arrived for work at 7:40 a.m. on Monday.",
  ["A cleaner", "7:40 a.m. on Monday"], [ctx("vila", "A cleaner found the side door forced")])
q("lookup", "when were the azenha coins dug up?", "vila",
  "The Azenha Treasure was discovered in 1962 by a farmer clearing a mill race on the edge of Vila Serrada.",
  ["1962", "a farmer clearing a mill race"], [ctx("vila", "were discovered in 1962 by a farmer")])

# ---------------------------------------------------------------- why_how (16)
q("why_how", "how did kelsford end up with a penalty?", "match",
  "After Lothian's foul, the resulting free kick struck the arm of Ardmurran midfielder Declan Forsyth inside the box, and Niall Ossory scored the penalty in the 61st minute.",
  ["struck the arm", "Declan Forsyth", "penalty spot"], [ctx("match", "the ball struck the arm of Ardmurran midfielder Declan Forsyth")])
q("why_how", "why did he get his marching orders?", "match",
  "Euan Lothian, already booked in the first half, got a second yellow card for pulling back Fairlie as he raced through on goal in the 59th minute.",
  ["Euan Lothian", "pulled back Fairlie", "second yellow card"], [ctx("match", "pulled back Fairlie as he raced through on goal")],
  history=["who got sent off in the kelsford game?"])
q("why_how", "why didn't kinnaird come out for the second half?", "match",
  "Goalkeeper Ross Kinnaird felt his hamstring while taking a goal kick and did not come out after half-time.",
  ["feeling his hamstring", "taking a goal kick"], [ctx("match", "after feeling his hamstring while taking a goal kick")])
q("why_how", "why are kelsford after an emergency loan keeper?", "match",
  "Kinnaird is likely to miss at least three weeks and Kelsford have no other senior goalkeeper fit, so they will ask the league to let them sign an emergency loan keeper.",
  ["miss at least three weeks", "no other senior goalkeeper fit"],
  [ctx("match", "likely to miss at least three weeks"), ctx("match", "Kelsford have no other senior goalkeeper fit")])
q("why_how", "why did the judge throw out haraka pesa's argument that people had agreed to it?", "kenya",
  "The judge said the consent was hidden in the fourteenth paragraph of terms no ordinary borrower would read, so it was not free, specific or informed.",
  ["fourteenth paragraph of terms", "not free, specific or informed"],
  [ctx("kenya", "hidden in the fourteenth paragraph of terms"), ctx("kenya", "is not free, specific or informed")])
q("why_how", "how exactly did the lender shame people who fell behind on payments?", "kenya",
  "Haraka Pesa harvested borrowers' phone contacts and texted people in their phone books, such as friends, relatives and employers, describing the borrowers as thieves and fraudsters.",
  ["people in their phone books", "thieves and fraudsters"], [ctx("kenya", "describing them as thieves and fraudsters")])
q("why_how", "how is haraka pesa defending itself after the ruling?", "kenya",
  "Its lawyer Faith Chelimo said the company disagreed with the court's reading of the consent clause and would appeal, that it stopped contacting third parties in March 2023, and that the whole industry operated this way before clear guidance existed.",
  ["disagreed with its reading", "file a notice of appeal", "March 2023", "whole industry operated this way"],
  [ctx("kenya", "disagreed with its reading of the consent clause"), ctx("kenya", "whole industry operated this way")])
q("why_how", "why did velkaar slide into the red?", "velkaar",
  "Velkaar blamed heavy discounting by rivals trying to clear their warehouses and a wet spring that kept buyers away in Germany, its biggest market.",
  ["heavy discounting by rivals", "a wet spring", "Germany"], [ctx("velkaar", "blaming heavy discounting by rivals")])
q("why_how", "why did velkaar ditch the dividend?", "velkaar",
  "The board suspended the interim dividend to preserve cash while the company works down its inventory.",
  ["to preserve cash", "works down its inventory"], [ctx("velkaar", "to preserve cash while the company works down its inventory")])
q("why_how", "why's the union guy upset about it?", "velkaar",
  "Union representative Kees Rozendaal said Hengstveld staff learned of the closure from an email sent at 7 a.m. and deserved to be told face to face.",
  ["an email sent at 7 a.m.", "hear it face to face"],
  [ctx("velkaar", "from an email sent at 7 a.m."), ctx("velkaar", "They deserved to hear it face to face")],
  history=["what's velkaar doing with its hengstveld factory?"])
q("why_how", "why isn't the kleinveld analyst sold on velkaar's cargo bike story?", "velkaar",
  "Sanne de Roos said the guidance cut was larger than expected and that cargo bikes are still less than a fifth of revenue, so may not offset weakness elsewhere.",
  ["larger than expected", "less than a fifth of revenue"],
  [ctx("velkaar", "the guidance cut was larger than expected"), ctx("velkaar", "less than a fifth of revenue")])
q("why_how", "how did the ostmeer thieves get inside?", "ostmeer",
  "Two people climbed onto the roof from a neighbouring building site, forced open a skylight and lowered themselves into the gallery on a rope.",
  ["neighbouring building site", "forced open a skylight", "on a rope"], [ctx("ostmeer", "climbed onto the roof from a neighbouring building site")])
q("why_how", "why does coppens think the ostmeer silver will be hard to flog?", "ostmeer",
  "Coppens said the pieces are so well known and thoroughly documented that they could hardly be sold on the open market, and he fears they will be melted down instead.",
  ["so well known", "thoroughly documented", "melted down"],
  [ctx("ostmeer", "so well known and so thoroughly documented"), ctx("ostmeer", "could be melted down for its metal value")])
q("why_how", "why was it down in vila serrada?", "vila",
  "The Vila Serrada museum alarm had been out for 11 days because a lightning strike damaged its control panel, and the replacement part had not yet arrived.",
  ["11 days", "lightning strike damaged its control panel", "had not yet arrived"],
  [ctx("vila", "lightning strike damaged its control panel, and that a replacement part had been ordered but had not yet arrived")],
  history=["was the alarm working at the vila serrada museum?"])
q("why_how", "why do the portuguese cops reckon someone on the inside was involved in vila serrada?", "vila",
  "Police think the thieves had inside information because only a limited number of people knew the alarm was not working.",
  ["inside information", "knew the alarm was not working"],
  [ctx("vila", "the thieves had inside information"), ctx("vila", "The number of people who knew the alarm was not working is limited")])
q("why_how", "how did the tallow creek fire get past the guard line the crews built?", "update",
  "Afternoon winds gusting to 55 km/h carried embers across a fire guard on the fire's northern flank.",
  ["gusting to 55 km/h", "carried embers across a fire guard"], [ctx("update", "carried embers across a fire guard")])

# ---------------------------------------------------------------- multi_part (13)
q("multi_part", "what was the final score at eastholm park and who found the net for kelsford?", "match",
  "Kelsford beat Ardmurran 3-1; their goals came from Jamie Fairlie, Niall Ossory (penalty) and Tomasz Wrobel.",
  ["3-1", "Jamie Fairlie", "Niall Ossory", "Tomasz Wrobel"],
  [ctx("match", "ten-man Ardmurran Rovers 3-1"), ctx("match", "Jamie Fairlie, who had not scored"),
   ctx("match", "Niall Ossory sent Mulvey the wrong way")])
q("multi_part", "in which minutes did fairlie and ossory score?", "match",
  "Fairlie equalised in the 38th minute and Ossory scored his penalty in the 61st minute.",
  ["38th minute", "61st minute"], [ctx("match", "The equaliser arrived in the 38th minute."), ctx("match", "penalty spot in the 61st minute")])
q("multi_part", "how much does haraka pesa have to pay out altogether, and how many people brought the case?", "kenya",
  "The damages total 5.5 million shillings, shared among the 11 borrowers who brought the case.",
  ["5.5 million shillings", "11 borrowers"], [ctx("kenya", "11 borrowers who brought the case, a total of 5.5 million shillings")])
q("multi_part", "when did the borrowers go to court, and when did the lender stop messaging people's contacts?", "kenya",
  "The borrowers filed their petition in March 2024; the lender says it stopped contacting third parties in March 2023.",
  ["March 2024", "March 2023"], [ctx("kenya", "filed their petition in March 2024"), ctx("kenya", "stopped contacting third parties in March 2023")])
q("multi_part", "who was the borrowers' lawyer and who spoke up for the lender?", "kenya",
  "Samuel Oduya of the Haki Digital Centre represented the borrowers; Faith Chelimo was the lawyer for Haraka Pesa.",
  ["Samuel Oduya", "Faith Chelimo"], [ctx("kenya", "Samuel Oduya, a lawyer with the Haki Digital Centre"), ctx("kenya", "Faith Chelimo, a lawyer for Haraka Pesa")])
q("multi_part", "what were velkaar's sales this quarter and the same stretch last year?", "velkaar",
  "Second-quarter revenue was €412 million, down 8% from €448 million a year earlier.",
  ["€412 million", "€448 million"], [ctx("velkaar", "fell 8% to €412 million from €448 million")])
q("multi_part", "what's velkaar's new revenue target for the year and what was it before?", "velkaar",
  "Velkaar now expects full-year revenue of €1.55 billion to €1.65 billion, down from its previous forecast of about €1.7 billion.",
  ["€1.55 billion to €1.65 billion", "about €1.7 billion"], [ctx("velkaar", "full-year revenue of €1.55 billion to €1.65 billion")])
q("multi_part", "how far did their unsold stock shrink, and who's the finance chief?", "velkaar",
  "Inventories fell to €290 million at the end of June from €355 million at the end of December; the chief financial officer is Pieter Brandsma.",
  ["€290 million", "€355 million", "Pieter Brandsma"], [ctx("velkaar", "Inventories fell to €290 million at the end of June from €355 million at the end of December, and chief financial officer Pieter Brandsma")],
  history=["how did velkaar do this quarter?"])
q("multi_part", "which bits of velkaar's business grew, and by how much?", "velkaar",
  "Cargo bike revenue rose 14% in the quarter and sales in the United States grew 22%, from a small base.",
  ["cargo bikes", "rose 14%", "United States", "grew 22%"], [ctx("velkaar", "rose 14% in the quarter, and sales in the United States, where Velkaar launched two years ago, grew 22%")])
q("multi_part", "apart from the chalice, what else got taken in ostmeer, and roughly when was the chalice made?", "ostmeer",
  "Besides the Walle Chalice, the thieves took two candlesticks, a small reliquary and a pair of cruets; the chalice was made around 1460.",
  ["two candlesticks", "a small reliquary", "a pair of cruets", "around 1460"],
  [ctx("ostmeer", "The other stolen pieces are two candlesticks"), ctx("ostmeer", "made in a Flemish workshop around 1460")])
q("multi_part", "how quickly did police get to the ostmeer museum and how far off is the french border?", "ostmeer",
  "Police patrols reached the Ostmeer museum nine minutes after the alarm, and the French border is about 14 kilometres away.",
  ["nine minutes later", "about 14 kilometres"], [ctx("ostmeer", "reached the museum nine minutes later"), ctx("ostmeer", "about 14 kilometres away")])
q("multi_part", "when did the vila serrada night watchman do his rounds, and when do cops think the thieves struck?", "vila",
  "The watchman passed at midnight and at 4 a.m.; police believe the break-in happened between 4 a.m. and 6 a.m.",
  ["at midnight and at 4 a.m.", "between 4 a.m. and 6 a.m."],
  [ctx("vila", "The watchman passed at midnight and at 4 a.m."), ctx("vila", "between 4 a.m. and 6 a.m.")])
q("multi_part", "how many visitors does the vila serrada museum get a year, and how long is it shut for?", "vila",
  "The Vila Serrada museum gets around 12,000 visitors a year and will stay closed for the rest of the week.",
  ["12,000 visitors a year", "rest of the week"], [ctx("vila", "receives around 12,000 visitors a year")])

# ---------------------------------------------------------------- overview (9)
q("overview", "sum up the kelsford v ardmurran game for me", "match",
  "Kelsford Athletic came from behind to beat ten-man Ardmurran Rovers 3-1 in the Caledonia Cup quarter-final: Callum Brodie put Ardmurran ahead, Fairlie equalised, Lothian got a second yellow card, Ossory scored a penalty and substitute Tomasz Wrobel sealed it, sending Kelsford into the semi-finals.",
  ["3-1", "Callum Brodie", "second yellow card", "Tomasz Wrobel", "semi-finals of the Caledonia Cup"],
  [ctx("match", "ten-man Ardmurran Rovers 3-1"), ctx("match", "was shown a second yellow card")])
q("overview", "can you sum the whole thing up?", "kenya",
  "A Kenyan High Court judge ruled that Haraka Pesa Ltd broke data protection law by harvesting borrowers' contacts and debt-shaming them; it must pay 500,000 shillings to each of 11 borrowers, delete all contact lists within 30 days and stop contacting third parties, and the company plans to file a notice of appeal.",
  ["Haraka Pesa Ltd", "500,000 shillings", "delete all contact lists", "file a notice of appeal"],
  [ctx("kenya", "digital lender Haraka Pesa Ltd broke"), ctx("kenya", "delete all contact lists"), ctx("kenya", "would file a notice of appeal")],
  history=["what happened to haraka pesa in court?"])
q("overview", "main points from velkaar's latest numbers?", "velkaar",
  "Velkaar's Q2 revenue fell 8% to €412 million and it swung to a net loss of €18.6 million; it cut its full-year sales forecast, will close its assembly plant in Hengstveld (240 jobs) and suspended the interim dividend.",
  ["fell 8% to €412 million", "net loss of €18.6 million", "cut its full-year sales forecast",
   "close its assembly plant in Hengstveld", "suspended the interim dividend"],
  [ctx("velkaar", "fell 8% to €412 million"), ctx("velkaar", "cut its full-year sales forecast"),
   ctx("velkaar", "close its assembly plant in Hengstveld"), ctx("velkaar", "suspended the interim dividend")])
q("overview", "what's the latest on the fire near merrow lake?", "update",
  "As of Wednesday the Tallow Creek fire had grown to 2,300 hectares and destroyed 14 structures including nine homes; the evacuation order now covers about 3,400 residents, officials now think the fire was likely human-caused, and it is 5% contained.",
  ["2,300 hectares", "14 structures", "likely human-caused", "about 3,400 residents", "5% contained"],
  [ctx("update", "estimated at 2,300 hectares"), ctx("update", "1,140 properties and about 3,400 residents"), ctx("update", "destroyed at least 14 structures"),
   ctx("update", "now considered the fire likely human-caused"), ctx("update", "5% contained")])
q("overview", "what went down at the ostmeer museum, in a nutshell?", "ostmeer",
  "Thieves broke into the Ostmeer town museum in Belgium overnight through a forced skylight and took six pieces of medieval church silver worth €1.2 million, including the Walle Chalice; a €25,000 reward is offered and no arrests have been made.",
  ["six pieces of medieval church silver", "Walle Chalice", "€1.2 million", "forced open a skylight", "No arrests have been made"],
  [ctx("ostmeer", "six pieces of medieval church silver"), ctx("ostmeer", "a combined €1.2 million"),
   ctx("ostmeer", "forced open a skylight"), ctx("ostmeer", "No arrests have been made.")])
q("overview", "give me the gist of the vila serrada coin heist", "vila",
  "Thieves stole 212 gold and silver coins, the €850,000 Azenha Treasure, from Vila Serrada's municipal museum in Portugal while its alarm had not been working for 11 days; police suspect inside information and the opposition wants an independent inquiry.",
  ["212 gold and silver coins", "Azenha Treasure", "€850,000", "not been working for 11 days", "independent inquiry"],
  [ctx("vila", "a hoard of 212 gold and silver coins"), ctx("vila", "known locally as the Azenha Treasure"),
   ctx("vila", "had not been working for 11 days"), ctx("vila", "She called for an independent inquiry.")])
q("overview", "what's the interior chronicle piece about?", "first",
  "The Interior Chronicle's Tuesday-morning report says about 1,200 Merrow Lake residents were ordered out as the Tallow Creek wildfire grew to roughly 850 hectares; lightning was the suspected cause, no structures were known lost, and evacuees were going to the Dunvale Recreation Centre.",
  ["About 1,200 residents", "roughly 850 hectares", "started by lightning", "no structures were known", "Dunvale Recreation Centre"],
  [ctx("first", "About 1,200 residents of Merrow Lake"), ctx("first", "started by lightning"),
   ctx("first", "no structures were known to have been lost"), ctx("first", "at the Dunvale Recreation Centre")])
q("overview", "what's the deal with kelsford's goalkeepers?", "match",
  "Captain Ross Kinnaird went off at half-time after feeling his hamstring, so 19-year-old Lewis Pardoe made his debut and made a one-handed save; Kinnaird is likely to miss at least three weeks and Kelsford will seek an emergency loan keeper.",
  ["feeling his hamstring", "19-year-old Lewis Pardoe", "one-handed save", "miss at least three weeks", "emergency loan keeper"],
  [ctx("match", "feeling his hamstring"), ctx("match", "fine one-handed save"), ctx("match", "emergency loan keeper")])
q("overview", "what's in this pile of articles, quickly?", "",
  "Seven stories: Kelsford Athletic's 3-1 cup win over Ardmurran Rovers; a Kenyan court ordering digital lender Haraka Pesa to compensate debt-shamed borrowers; Velkaar Cycles' second-quarter loss and job cuts; two reports on the Tallow Creek wildfire near Merrow Lake, B.C.; and two museum thefts, the Walle Chalice silver in Ostmeer, Belgium, and the Azenha coin hoard in Vila Serrada, Portugal.",
  ["Kelsford Athletic", "Haraka Pesa", "Velkaar Cycles", "Tallow Creek wildfire", "Walle Chalice"],
  [ctx("match", "Kelsford Athletic came from behind"), ctx("kenya", "digital lender Haraka Pesa Ltd broke"),
   ctx("velkaar", "Velkaar Cycles, the Dutch e-bike maker"), ctx("update", "The Tallow Creek wildfire near Merrow Lake"),
   ctx("ostmeer", "among them the 15th-century Walle Chalice")])

# ---------------------------------------------------------------- about_article (11) - contexts are header strings
q("about_article", "which of these is a match report?", "match",
  "The football match report is match_kelsford_ardmurran.html, Touchline North's 'Wrobel seals comeback as ten-man Ardmurran fall at Eastholm Park', on Kelsford Athletic's 3-1 Caledonia Cup quarter-final win.",
  ["Wrobel seals comeback"], ["<h1>Wrobel seals comeback as ten-man Ardmurran fall at Eastholm Park</h1>"])
q("about_article", "who wrote it?", "match",
  "The match report was written by Alasdair Rennie for Touchline North.",
  ["Alasdair Rennie"], ['<meta name="author" content="Alasdair Rennie">', 'rel="author">Alasdair Rennie</a>'],
  history=["which of these is a match report?"])
q("about_article", "which paper ran the velkaar story?", "velkaar",
  "The Velkaar results story was published by The Polder Post, in its Business section.",
  ["The Polder Post"], ["publication: The Polder Post"])
q("about_article", "when did the haraka pesa story come out?", "kenya",
  "The Haraka Pesa ruling story is dated June 3, 2025 (4:27 PM GMT+3), with a Nairobi dateline.",
  ["June 3, 2025"], ["June 3, 2025, 4:27 PM GMT+3"])
q("about_article", "what's the headline on the ostmeer piece?", "ostmeer",
  "The headline is 'Thieves snatch medieval church silver from Ostmeer town museum'.",
  ["Thieves snatch medieval church silver", "Ostmeer town museum"], ["# Thieves snatch medieval church silver from Ostmeer town museum"])
q("about_article", "who gets quoted in the velkaar article?", "velkaar",
  "The Velkaar story quotes chief executive Marloes Verhagen, union representative Kees Rozendaal, CFO Pieter Brandsma and Kleinveld & Co analyst Sanne de Roos.",
  ["Marloes Verhagen", "Kees Rozendaal", "Pieter Brandsma", "Sanne de Roos"],
  ["chief executive Marloes Verhagen told reporters", "Kees Rozendaal, a union representative", "Brandsma said", "Sanne de Roos, an analyst at Kleinveld & Co"])
q("about_article", "how many articles have i got here?", "",
  "There are seven articles: the Kelsford v Ardmurran match report, the Kenyan digital-lender ruling, Velkaar Cycles' quarterly results, two reports on the Tallow Creek wildfire (Tuesday and Wednesday), and the Ostmeer and Vila Serrada museum thefts.",
  ["Wrobel seals comeback", "Kenyan court orders digital lender", "Velkaar Cycles swings to loss", "Wildfire near Merrow Lake",
   "Tallow Creek wildfire nearly triples", "Thieves snatch medieval church silver", "Gold coin hoard stolen"],
  ["<h1>Wrobel seals comeback as ten-man Ardmurran fall at Eastholm Park</h1>",
   "UPDATE 1-Kenyan court orders digital lender to compensate borrowers over debt-shaming texts",
   "# Velkaar Cycles swings to loss as e-bike glut bites, cuts 2025 outlook",
   "<h1>Wildfire near Merrow Lake forces 1,200 from homes as blaze grows overnight</h1>",
   "Tallow Creek wildfire nearly triples, destroys 14 structures near Merrow Lake",
   "# Thieves snatch medieval church silver from Ostmeer town museum",
   '<h1 itemprop="headline">Gold coin hoard stolen from Vila Serrada museum while alarm awaited repair</h1>'])
q("about_article", "which articles are about the wildfire?", "",
  "Two: merrow_fire_first.html (Interior Chronicle, Tuesday 12 August 2025, 'Wildfire near Merrow Lake forces 1,200 from homes as blaze grows overnight') and merrow_fire_update.txt (Canyon Country Times, Wednesday 13 August 2025, 'Tallow Creek wildfire nearly triples, destroys 14 structures near Merrow Lake').",
  ["Wildfire near Merrow Lake forces 1,200", "Tallow Creek wildfire nearly triples"],
  ["<h1>Wildfire near Merrow Lake forces 1,200 from homes as blaze grows overnight</h1>",
   "Tallow Creek wildfire nearly triples, destroys 14 structures near Merrow Lake"])
q("about_article", "who's credited with the vila serrada story?", "vila",
  "The Vila Serrada story carries no named author: it is credited to 'Staff Reporter' at the Atlantic Courier.",
  ["Staff Reporter", "Atlantic Courier"],
  ['<span itemprop="name">Staff Reporter</span>', '<meta property="og:site_name" content="Atlantic Courier">'])
q("about_article", "who reported and who edited the kenyan court story?", "kenya",
  "It was reported by Brian Kiprono and edited by Helen Marsh.",
  ["Brian Kiprono", "Helen Marsh"], ["Reporting by Brian Kiprono; Editing by Helen Marsh"])
q("about_article", "which outlets covered the merrow lake fire?", "",
  "Two outlets: the Interior Chronicle (first report, Tuesday 12 August 2025, by Priya Castellanos) and the Canyon Country Times (update, Wednesday 13 August 2025, by Graham Ostrowski).",
  ["Interior Chronicle", "Canyon Country Times"],
  ['<meta property="og:site_name" content="Interior Chronicle">', "CANYON COUNTRY TIMES | News | Wildfires"])

# ---------------------------------------------------------------- mention (4 yes, 4 no)
q("mention", "does anything in here mention a penalty kick?", "match",
  "Yes - the Kelsford v Ardmurran match report: Niall Ossory scored a 61st-minute penalty after a handball by Declan Forsyth.",
  ["penalty spot"], [ctx("match", "the wrong way from the penalty spot")])
q("mention", "is there anything about cargo bikes in here?", "velkaar",
  "Yes - the Velkaar Cycles results story says revenue from cargo bikes rose 14% in the quarter.",
  ["Revenue from cargo bikes"], [ctx("velkaar", "Revenue from cargo bikes")])
q("mention", "any mention of air tankers or water bombers?", "update",
  "Yes - the Wednesday update on the Tallow Creek fire says crews are supported by nine helicopters and two air tankers.",
  ["two air tankers"], [ctx("update", "nine helicopters and two air tankers")])
q("mention", "does any article bring up boda boda riders?", "kenya",
  "Yes - in the Kenyan Haraka Pesa ruling story, borrower Grace Ndirangu hopes lenders will think twice before shaming 'the next teacher or the next boda boda rider'.",
  ["boda boda rider"], [ctx("kenya", "the next boda boda rider")])
no("mention", "does anything talk about bitcoin or crypto?")
no("mention", "anything about tennis in here?")
no("mention", "any story about vaccines?")
no("mention", "are the olympics mentioned anywhere?")
MENTION_NO_TERMS = {"082": ["bitcoin", "crypto"], "083": ["tennis", "wimbledon"],
                    "084": ["vaccin"], "085": ["olympi"]}

# ---------------------------------------------------------------- dated_version (7 latest -> update, 2 first)
q("dated_version", "how big is the tallow creek fire now?", "update",
  "The latest figure is 2,300 hectares on Wednesday morning, up from 850 hectares on Tuesday.",
  ["2,300 hectares", "up from 850 hectares"], [ctx("update", "estimated at 2,300 hectares")])
q("dated_version", "how many folks are under evacuation orders around merrow lake at this point?", "update",
  "After the order was expanded on Tuesday evening it covers 1,140 properties and about 3,400 residents, up from 1,200 residents.",
  ["about 3,400 residents", "1,140 properties"], [ctx("update", "1,140 properties and about 3,400 residents")])
q("dated_version", "what do officials now think started the tallow creek fire?", "update",
  "Officials now think the fire was likely human-caused: investigators found no record of lightning strikes within eight kilometres of where it started.",
  ["likely human-caused", "no record of lightning strikes"], [ctx("update", "no record of lightning strikes within eight kilometres of the point of origin and now considered the fire likely human-caused")])
q("dated_version", "and what were they saying at first?", "first",
  "In the first report on Tuesday, officials believed the fire had been started by lightning during Sunday's thunderstorms, though the cause had not been confirmed.",
  ["started by lightning", "not yet been confirmed"], [ctx("first", "started by lightning during a band of thunderstorms that moved through the area on Sunday afternoon, though she said the cause had not yet been confirmed")],
  history=["what do officials now think started the tallow creek fire?"])
q("dated_version", "have any homes burned down, going by the latest?", "update",
  "Yes - at least 14 structures were destroyed, including nine homes, in Birchen Bay late on Tuesday afternoon.",
  ["at least 14 structures", "nine homes", "Birchen Bay"],
  [ctx("update", "destroyed at least 14 structures, including nine homes"), ctx("update", "The structures were lost in Birchen Bay")])
q("dated_version", "how many firefighters are on the merrow lake fire after the update?", "update",
  "There are now 140 firefighters, up from 65 on Tuesday, backed by nine helicopters and two air tankers.",
  ["risen to 140", "nine helicopters", "two air tankers"], [ctx("update", "The number of firefighters has risen to 140")])
q("dated_version", "how many evacuees have signed in at dunvale, most recent count?", "update",
  "By Wednesday morning 1,900 people had registered at the Dunvale Recreation Centre, up from 610, and a second centre opened in Pellham.",
  ["1,900 people", "Pellham"], [ctx("update", "had registered 1,900 people by Wednesday morning, up from 610 on Tuesday, and a second centre opened at a school gym in Pellham")])
q("dated_version", "how big was the fire on tuesday morning, according to the first report?", "first",
  "The first report put the Tallow Creek fire at roughly 850 hectares early on Tuesday.",
  ["roughly 850 hectares"], [ctx("first", "grew to roughly 850 hectares")])
q("dated_version", "is the fire under control at all yet?", "update",
  "Not yet - crews reported it was 5% contained on Wednesday, the first containment figure given.",
  ["5% contained"], [ctx("update", "the fire was 5% contained on Wednesday")])

# ---------------------------------------------------------------- unanswerable (8)
for u in ["what's the death toll from the earthquake in japan?", "who won the champions league final?",
          "is the bank of england cutting interest rates?", "what did the eu decide on tariffs for chinese cars?",
          "how much does a new tesla go for these days?", "who's the new prime minister of japan?",
          "what's going on with the dock strike in rotterdam?", "what's the weather looking like in paris this weekend?"]:
    no("unanswerable", u)

# ---------------------------------------------------------------- near_miss (8)
no("near_miss", "who was reffing kelsford against ardmurran?", "match")
no("near_miss", "what fee did kelsford fork out to get wrobel on loan?", "match")
no("near_miss", "what interest rate was haraka pesa charging people?", "kenya")
no("near_miss", "how many people does velkaar employ in total?", "velkaar")
no("near_miss", "how many firefighters have been hurt battling the tallow creek fire?", "update")
no("near_miss", "what's the price tag on the damage from the merrow lake fire?", "update")
no("near_miss", "which insurance firm is putting up the ostmeer reward money?", "ostmeer")
no("near_miss", "what's the name of the night watchman at the vila serrada museum?", "vila")

# ---------------------------------------------------------------- write
for r in Q:
    for s in r["key_facts"] + r["reference_contexts"]:
        pool = [TEXT[r["article"]]] if r["article"] else list(TEXT.values())
        assert any(s in t for t in pool), (r["id"], s)
with open(os.path.join(D, "questions.jsonl"), "w", encoding="utf-8") as fh:
    for r in Q:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(D, "mention_no_terms.json"), "w", encoding="utf-8") as fh:
    json.dump(MENTION_NO_TERMS, fh, indent=2)
    fh.write("\n")
print(f"wrote {len(Q)} questions")
