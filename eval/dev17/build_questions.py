#!/usr/bin/env python3
"""Builds dev17/questions.jsonl and mention_no_terms.json.

The questions (text, kind, earlier turns) are read word for word from
questions_draft.txt, which was written before any answer. The answers live in
ANSWERS below, kept in draft order; each entry repeats its question and the
script asserts that it matches the draft line at the same position.

Reference contexts are written as "CODE|snippet": the snippet picks exactly one
body paragraph of that article, and the FULL paragraph (as the reader sees it:
tags removed, entities unescaped, hard wraps joined) is stored. "META: ..."
contexts (about_article rows) are stored as written.

Run: python3 build_questions.py && python3 check_set.py
"""
import html, json, os, re

D = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(D, "articles")
PFX = "d17"

CODES = {
    "D1": "derailment_glenmorrach_first.txt",
    "D2": "derailment_glenmorrach_update.html",
    "TA": "bank_tavaria_rate_cut.md",
    "KE": "bank_keldara_rate_cut.txt",
    "MU": "museum_theft_hallenbeek.html",
    "NU": "nurses_strike_westmere.html",
    "MA": "marathon_record_aldermark.md",
    "": "",
}


# ---------------------------------------------------------------- articles
def body_paragraphs(fname):
    """Body paragraphs of one article, as a reader sees them (one string each)."""
    t = open(os.path.join(ART, fname), encoding="utf-8").read()  # \r\n -> \n
    if fname.endswith(".txt"):
        blocks = [b.strip() for b in t.split("\n\n")]
        start = next(i for i, b in enumerate(blocks) if b.startswith("Share")) + 1
        out = []
        for b in blocks[start:]:
            if b.startswith("-----"):
                break
            if b == "ADVERTISEMENT" or b.startswith(("Read more:", "RELATED:", "[Photo:", "[Image:")):
                continue
            out.append(" ".join(b.split()))
        return out
    if fname.endswith(".md"):
        if t.startswith("---\n"):
            t = t.split("\n---\n", 1)[1]
        t = t[t.index("\n# "):]
        t = t.split("\n---\n")[0]
        blocks = [b.strip() for b in t.split("\n\n") if b.strip()]
        return [" ".join(b.split()) for b in blocks if not b.startswith(("#", "**", "![", ">", "*", "["))]
    m = (re.search(r'<div class="article-body"[^>]*>(.*?)</div><!-- /article-body -->', t, re.S)
         or re.search(r'<div id="storytext">(.*?)<div class="story-foot">', t, re.S)
         or re.search(r'<div class="amp-wp-article-content entry-content">(.*?)</div><!-- \.entry-content -->', t, re.S))
    return [" ".join(html.unescape(re.sub(r"<[^>]+>", "", p)).split())
            for p in re.findall(r"<p>(.*?)</p>", m.group(1), re.S)]


def loose(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return " ".join(s.casefold().split())


PARAS = {c: body_paragraphs(f) for c, f in CODES.items() if f}


def ctx(spec):
    if spec.startswith("META: "):
        return spec
    code, snip = spec.split("|", 1)
    hits = [p for p in PARAS[code] if loose(snip) in loose(p)]
    assert len(hits) == 1, f"context {spec!r} matches {len(hits)} paragraphs"
    return hits[0]


# ---------------------------------------------------------------- draft
def read_draft():
    rows, kind = [], None
    for line in open(os.path.join(D, "questions_draft.txt"), encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("## "):
            kind = line[3:].strip()
        elif line.startswith("- "):
            rows.append({"user_input": line[2:], "kind": kind, "history": []})
        elif line.startswith(">> earlier: "):
            role, content = line[len(">> earlier: "):].split(": ", 1)
            assert role in ("user", "assistant"), line
            rows[-1]["history"].append({"role": role, "content": content})
    return rows


# ---------------------------------------------------------------- answers
def A(q, art, ref, kf=(), cx=(), ok=True):
    return {"q": q, "art": art, "ref": ref, "kf": list(kf), "cx": list(cx), "ok": ok}


def NO(q, ref, terms=None, art="", cx=()):
    e = A(q, art, ref, (), cx, ok=False)
    e["terms"] = terms
    return e


ANSWERS = [
    # ---------------- lookup (28)
    A("what time was the derailed train meant to leave inverbrae", "D1",
      "It was the 07:42 Caledon Coast Rail service from Inverbrae to Kelsford.",
      ["07:42"], ["D1|The 07:42 Caledon Coast Rail service"]),
    A("how many fire stations sent crews to glenmorrach", "D1",
      "Fire crews came from five stations.",
      ["five stations"], ["D1|Fire crews from five stations"]),
    A("when was the inverbrae-kelsford line built", "D1",
      "The single-track Inverbrae to Kelsford line opened in 1868.",
      ["1868"], ["D1|a single-track line opened in 1868"]),
    A("whos the chief inspector at the investigation board", "D2",
      "Dr Neil Ferguson is chief inspector of the Rail Incident Investigation Board.",
      ["Dr Neil Ferguson"], ["D2|chief inspector, Dr Neil Ferguson"]),
    A("how fast was the train going when it came off, per the investigators", "D2",
      "Its data logger recorded it at 68mph; the limit on that stretch was 75mph.",
      ["68mph"], ["D2|recorded by its data logger at 68mph"]),
    A("how many ppl turned up to the vigil in glenmorrach", "D2",
      "About 300 people attended the vigil at the parish church on Wednesday evening.",
      ["about 300 people"], ["D2|about 300 people attended a vigil"]),
    A("what rate did tavaria's central bank land on", "TA",
      "The Reserve Bank of Tavaria cut its benchmark rate by a quarter point to 3.75%.",
      ["3.75%"], ["TA|lowering it by a quarter of a percentage point to 3.75%"]),
    A("whats unemployment in tavaria at the moment", "TA",
      "Unemployment in Tavaria is 5.6%, its highest level since 2021.",
      ["5.6%"], ["TA|unemployment has crept up to 5.6%"]),
    A("how much less will a normal mortage cost each month in tavaria after this", "TA",
      "About 52 tavars a month less on a typical 250,000-tavar variable-rate mortgage, once lenders pass on the cut.",
      ["52 tavars a month"], ["TA|For households, the cut will bring modest relief"]),
    A("when's their next meeting?", "TA",
      "The Reserve Bank of Tavaria's next policy meeting is due on 18 December.",
      ["18 December"], ["TA|the next meeting, which is due on 18 December"]),
    A("what's inflation running at in keldara", "KE",
      "Annual inflation in Keldara slowed to 3.1% in October.",
      ["3.1%"], ["KE|Annual inflation slowed to 3.1% in October"]),
    A("how many members are on the keldara central bank board", "KE",
      "Seven: the National Bank of Keldara has a seven-member board.",
      ["seven-member board"], ["KE|seven-member board was unanimous"]),
    A("where did the keldar end up against the dollar", "KE",
      "It fell 1.4% to 12.86 against the US dollar, its weakest level since March.",
      ["12.86"], ["KE|The keldar fell 1.4% against the US dollar"]),
    A("when does keldara's central bank meet next", "KE",
      "The National Bank of Keldara's board next meets on 28 January.",
      ["28 January"], ["KE|next scheduled meeting is on 28 January"]),
    A("what time did the thieves get into the hallenbeek museum", "MU",
      "At 03:14 on Sunday.",
      ["03:14"], ["MU|east gallery at 03:14"]),
    A("how much are the stolen paintings worth all together", "MU",
      "Insurers valued the three paintings together at about €4.2 million.",
      ["€4.2 million"], ["MU|Insurers valued the three together"]),
    A("how long did it take the cops to show up at the museum", "MU",
      "The first police patrol arrived seven minutes after the alarm.",
      ["seven minutes"], ["MU|The first police patrol reached the museum"]),
    A("how many people visit museum hallenbeek in a year", "MU",
      "About 65,000 visitors a year.",
      ["65,000 visitors a year"], ["MU|receives about 65,000 visitors"]),
    A("which insurance company covers the museum in verlaan", "MU",
      "Delta Fine Art Insurance.",
      ["Delta Fine Art Insurance"], ["MU|Delta Fine Art Insurance, has offered"]),
    A("how many nurses are out on strike at westmere", "NU",
      "About 2,300 nurses.",
      ["2,300 nurses"], ["NU|About 2,300 nurses at Westmere"]),
    A("how long does the walkout last", "NU",
      "48 hours: it began at 7 a.m. on Monday and is due to end at 7 a.m. on Wednesday.",
      ["48-hour strike"], ["NU|About 2,300 nurses at Westmere", "NU|The strike is due to end at 7 a.m."]),
    A("what pay raise is the nurses union after", "NU",
      "The Allied Nurses' Association wants 14% over three years.",
      ["14% over three years"], ["NU|asking for a pay rise of 14%"]),
    A("who's the go-between trying to restart talks?", "NU",
      "Catherine Boyle, a provincial mediator, has invited both sides to meet on Wednesday.",
      ["Catherine Boyle"], ["NU|A provincial mediator, Catherine Boyle"]),
    A("how much did westmere pay for temp nurses last year", "NU",
      "$12.4 million on agency nurses, according to the union.",
      ["$12.4 million"], ["NU|spent $12.4 million on agency nurses"]),
    A("what was saina's finishing time", "MA",
      "2 hours 9 minutes 21 seconds (2:09:21), a women's world record.",
      ["9 minutes 21 seconds"], ["MA|Naomi Saina of Kenya broke"]),
    A("who came third in the women's race at aldermark", "MA",
      "Japan's Yuka Moriyama, in 2:14:02.",
      ["Yuka Moriyama"], ["MA|Meskerem Haile finished second"]),
    A("how many runners crossed the finish line in aldermark altogether", "MA",
      "More than 16,000 runners finished, a record for the event.",
      ["16,000 runners"], ["MA|More than 16,000 runners"]),
    A("how cold was it when the marathon started", "MA",
      "It was 9C at the 8 a.m. start.",
      ["9C"], ["MA|a temperature of 9C"]),

    # ---------------- why_how (16)
    A("how did the injured people get to hospital after the derailment", "D1",
      "A coastguard helicopter flew two of the most seriously hurt to hospital in Kelsford; others were treated at the scene by paramedics.",
      ["coastguard helicopter", "paramedics"], ["D1|A coastguard helicopter flew two"]),
    A("was the glenmorrach route already known to be risky before the crash? why", "D1",
      "Yes. A 2023 review identified 17 sites along the route at \"elevated risk\" from earth movement.",
      ["17 sites", "elevated risk"], ["D1|A 2023 review commissioned"]),
    A("how did a blocked culvert actually make the train come off the tracks", "D2",
      "Debris blocked a culvert carrying a burn under the line, so water built up and washed away the ballast under about 25 metres of rail, leaving the track hanging in the air.",
      ["wash away the ballast", "25 metres"], ["D2|In an interim statement", "D2|effectively hanging in the air"]),
    A("why did it go up so much?", "D2",
      "Health officials added passengers who went to hospitals and GP surgeries in the days after the crash.",
      ["GP surgeries"], ["D2|The number of people injured has also risen"]),
    A("why did tavaria's central bank decide to cut now", "TA",
      "Inflation fell to 2.3%, close to the 2% target, while growth was weak (0.4%) and unemployment rose to 5.6%.",
      ["2.3%", "2% target"], ["TA|Consumer price inflation fell to 2.3%", "TA|The economy grew by just 0.4%"]),
    A("why did two people on the tavaria rate committee vote no", "TA",
      "Paul Anker and Sofia Relling feared wage growth of 4.9% would keep services inflation high; they wanted to hold at 4%.",
      ["wage growth of 4.9%"], ["TA|Minutes of the meeting showed"]),
    A("why is keldara's economy stuggling", "KE",
      "Industrial output has fallen for five consecutive months, and copper and cotton exports are hit by weaker demand abroad; growth was 0.2% in the third quarter.",
      ["five consecutive months", "copper and cotton"], ["KE|Keldara's economy grew by only 0.2%"]),
    A("why is sarsenov nervous about the keldara cut", "KE",
      "He calls it a gamble: a falling currency could quickly undo the progress on inflation. He would have preferred a quarter-point cut.",
      ["a gamble", "falling currency"], ["KE|This is a gamble"]),
    A("what brought inflation down in keldara", "KE",
      "Cheaper fuel and a good harvest, which lowered bread and vegetable prices.",
      ["cheaper fuel", "good harvest"], ["KE|Annual inflation slowed to 3.1%"]),
    A("how did the robbers get in and out of the hallenbeek", "MU",
      "Two masked men lowered themselves on a rope from the roof through a skylight, cut the paintings from their frames and left through the same skylight within four minutes.",
      ["on a rope", "same skylight"], ["MU|Police said two masked men"]),
    A("why wasnt there a night guard at the museum", "MU",
      "Because of cost, according to director Annelies Brouwer.",
      ["driven by cost"], ["MU|no overnight guard on site"]),
    A("why are the westmere nurses striking", "NU",
      "Over pay and staffing: the union wants 14% over three years and a guaranteed ratio of one nurse to four patients.",
      ["pay and staffing", "one nurse to four patients"], ["NU|About 2,300 nurses at Westmere", "NU|asking for a pay rise of 14%"]),
    A("why does westmere say it can't give the nurses what they want", "NU",
      "It faces an $18 million deficit and says the pay demand would cost an extra $31 million over three years; it calls fixed ratios impossible to staff.",
      ["$18 million", "$31 million"], ["NU|Pike said the group faces a deficit", "NU|asking for a pay rise of 14%"]),
    A("how are emergencies being handled while the nurses are out", "NU",
      "Emergency, intensive care, maternity and cancer services run on minimum staffing agreed with the union; about 400 nurses are working.",
      ["minimum staffing levels", "400 nurses"], ["NU|Emergency departments, intensive care"]),
    A("why does saina's time only count as a mixed race record", "MA",
      "Because she was paced by two men until 30 kilometres.",
      ["two men", "30 kilometres"], ["MA|Saina was paced by two men"]),
    A("how does saina's coach explain her getting so much faster", "MA",
      "Edwin Kibet says she stayed healthy this year after a hamstring injury held her back last year, and they added a weekly 40-kilometre long run at altitude.",
      ["hamstring injury", "40-kilometre long run"], ["MA|Her previous best was 2:15:08", "MA|Kibet, a former steeplechaser"]),

    # ---------------- multi_part (13)
    A("how many coaches did the glenmorrach train have and how many came off the rails", "D1",
      "It had six carriages, and four of them left the track.",
      ["six carriages", "four"], ["D1|four of its six carriages"]),
    A("list everyone quoted in the carrick courier's first report", "D1",
      "Chief Superintendent Moira Leckie, Caledon Coast Rail chief executive Alan Brodie, passenger Iona Carmichael, transport minister Kenneth Ayre and councillor Shona Baird.",
      ["Moira Leckie", "Alan Brodie", "Iona Carmichael", "Kenneth Ayre", "Shona Baird"],
      ["D1|Chief Superintendent Moira Leckie", "D1|This is a devastating day", "D1|pointed to a landslip",
       "D1|Iona Carmichael, 29", "D1|Transport minister Kenneth Ayre", "D1|Local councillor Shona Baird"]),
    A("name all four victims of the glenmorrach crash", "D2",
      "Margaret Dunlop (71), Peter Sallis (44), Amira Hossain (23) and Tom Gilchrist (62).",
      ["Margaret Dunlop", "Peter Sallis", "Amira Hossain", "Tom Gilchrist"], ["D2|Margaret Dunlop, 71"]),
    A("tavaria: who were the two dissenters and what did they want the rate to be", "TA",
      "Deputy governor Paul Anker and external member Sofia Relling; both wanted to hold the rate at 4%.",
      ["Paul Anker", "Sofia Relling", "4%"], ["TA|Minutes of the meeting showed", "TA|voted 5-2 for the cut"]),
    A("which two tavarian lenders are lowering mortgage rates and starting when", "TA",
      "Meridian Savings and Coastal Trust, from 1 December.",
      ["Meridian Savings", "Coastal Trust", "1 December"], ["TA|For households, the cut will bring"]),
    A("what did altyn bank say it would do and from what date", "KE",
      "Cut rates on business loans and mortgages by half a point from 20 November.",
      ["half a point", "20 November"], ["KE|Altyn Bank, said it would cut"]),
    A("keldara's rate: what was it before this, how high did it peak, and how many cuts have there been so far", "KE",
      "It had been 6% since February; it peaked at 9.5% in 2023; this was the fourth cut.",
      ["6%", "9.5%", "fourth cut"], ["KE|The rate had stood at 6% since February"]),
    A("list the three paintings that were stolen", "MU",
      "A still life by Pieter van Oorschot (about 1642), a small winter landscape by Cornelis Aelbrecht, and a portrait of a merchant's wife attributed to the workshop of Hendrick de Vlieger.",
      ["Pieter van Oorschot", "Cornelis Aelbrecht", "Hendrick de Vlieger"], ["MU|The stolen works are a still life"]),
    A("what did police find at the museum and what did the witness see", "MU",
      "A ladder against the rear wall and bolt cutters on the roof; a witness saw a dark grey van leaving the Kanaalweg at speed.",
      ["a ladder", "bolt cutters", "dark grey van"], ["MU|The first police patrol reached the museum"]),
    A("which hospitals are affected by the strike", "NU",
      "Westmere General, Lakeview Community Hospital and St. Anne's Hospital.",
      ["Westmere General", "Lakeview Community Hospital", "St. Anne"], ["NU|Picket lines formed outside"]),
    A("how many operations and clinic appointments got cancelled", "NU",
      "140 scheduled surgeries and about 900 outpatient appointments were postponed.",
      ["140 scheduled surgeries", "900 outpatient appointments"], ["NU|Westmere said 140 scheduled surgeries"]),
    A("and who came 2nd and 3rd, with their times?", "MA",
      "Meskerem Haile of Ethiopia was second in 2:13:40 and Yuka Moriyama of Japan third in 2:14:02.",
      ["Meskerem Haile", "2:13:40", "Yuka Moriyama", "2:14:02"], ["MA|Meskerem Haile finished second"]),
    A("how much prize money does saina get in total and what is each bit for", "MA",
      "€90,000 in all: a €50,000 record bonus plus €40,000 for the win.",
      ["€50,000", "€40,000"], ["MA|She earns a €50,000 record bonus"]),

    # ---------------- about_article (11)
    A("who wrote the first report on the train derailment", "D1",
      "Elspeth Marrow, Transport Correspondent at The Carrick Courier.",
      ["Elspeth Marrow", "Transport Correspondent"], ["META: By ELSPETH MARROW, Transport Correspondent"]),
    A("what outlet published the update about glenmorrach", "D2",
      "The Northern Tribune (by Farhan Qureshi, 17 October 2025).",
      ["The Northern Tribune"], ["META: The Northern Tribune", "META: By Farhan Qureshi, Scotland Correspondent"]),
    A("when did the tavaria rate cut piece come out", "TA",
      "On 6 November 2025, at 14:20, in the Erran Financial Review.",
      ["6 November 2025"], ["META: By Lukas Marren, Economics Editor · Erran Financial Review · 6 November 2025, 14:20"]),
    A("whats the headline of the keldara interest rate article", "KE",
      "\"National Bank of Keldara slashes key rate by half a point\".",
      ["slashes key rate", "by half a point"], ["META: National Bank of Keldara slashes key rate by half a point"]),
    A("subtitle of the museum story?", "MU",
      "\"Thieves broke in through a roof skylight in Verlaan and escaped within four minutes with works valued at €4.2 million\".",
      ["roof skylight", "within four minutes", "€4.2 million"],
      ["META: Thieves broke in through a roof skylight in Verlaan and escaped within four minutes with works valued at €4.2 million"]),
    A("who is the author of the nurses strike article and what's her job", "NU",
      "Teresa Ng, Health Reporter at The Calloway Chronicle.",
      ["Teresa Ng", "Health Reporter"], ["META: By Teresa Ng, Health Reporter"]),
    A("which site ran the marathon record story, and on what day", "MA",
      "The Finish Line Review, on Sunday 26 October 2025.",
      ["The Finish Line Review", "Sunday 26 October 2025"],
      ["META: By Tomasz Wielgosz, Athletics Writer | The Finish Line Review | Sunday 26 October 2025"]),
    A("how many articles are there", "",
      "There are 7 articles.",
      ["7"], ["META: article count = 7"]),
    A("which of the articles are about the train crash", "",
      "Two: The Carrick Courier's first report (14 October 2025) and The Northern Tribune's update (17 October 2025), both on the Glenmorrach derailment.",
      ["The Carrick Courier", "The Northern Tribune"],
      ["META: THREE DEAD AS PASSENGER TRAIN DERAILS NEAR GLENMORRACH",
       "META: Glenmorrach derailment: death toll rises to four as investigators blame washed-out culvert"]),
    A("which ones cover central banks", "",
      "Two: the Reserve Bank of Tavaria's rate cut (Erran Financial Review) and the National Bank of Keldara's rate cut (Samiran Business Daily).",
      ["Reserve Bank of Tavaria", "National Bank of Keldara"],
      ["META: Reserve Bank of Tavaria cuts rates for first time in two years",
       "META: National Bank of Keldara slashes key rate by half a point"]),
    A("who wrote it?", "KE",
      "Nadia Rahimova, Markets Correspondent at Samiran Business Daily.",
      ["Nadia Rahimova", "Markets Correspondent"], ["META: By Nadia Rahimova, Markets Correspondent"]),

    # ---------------- overview (9)
    A("summarise the carrick courier's train crash report", "D1",
      "A Caledon Coast Rail train from Inverbrae to Kelsford derailed in heavy rain near Glenmorrach on Tuesday morning, killing three people and injuring 41. The operator pointed to a landslip, the line is shut for at least a week, and the transport minister announced a £2 million fund.",
      ["Three people were killed", "41 injured", "landslip", "£2 million"],
      ["D1|Three people were killed and 41 injured", "D1|pointed to a landslip", "D1|announced a £2 million emergency fund"]),
    A("what's the latest on the glenmorrach derailment", "D2",
      "A fourth victim has died; investigators blame a blocked drainage culvert rather than a landslip; 57 people are now counted as injured; the support fund rises to £5.5 million; and the line stays closed until at least 10 November.",
      ["fourth person has died", "blocked drainage culvert", "risen, to 57", "£5.5 million", "10 November"],
      ["D2|A fourth person has died", "D2|The number of people injured has also risen", "D2|rise from £2 million to £5.5 million",
       "D2|stay closed until at least 10 November"]),
    A("main points of the tavaria rate story", "TA",
      "The Reserve Bank of Tavaria cut its rate by a quarter point to 3.75%, its first cut in over two years, on a 5-2 vote, as inflation fell to 2.3%; the next meeting is on 18 December.",
      ["3.75%", "5-2", "2.3%", "18 December"],
      ["TA|The Reserve Bank of Tavaria cut its benchmark", "TA|voted 5-2 for the cut", "TA|Consumer price inflation fell to 2.3%",
       "TA|next meeting, which is due on 18 December"]),
    A("give me a quick rundown of what keldara's central bank did", "KE",
      "The National Bank of Keldara unexpectedly cut its key rate by half a point to 5.5% in a unanimous decision, with inflation at 3.1% and the economy barely growing; the keldar fell 1.4% against the dollar.",
      ["5.5%", "unanimous", "3.1%", "fell 1.4%"],
      ["KE|The National Bank of Keldara cut its key interest rate", "KE|seven-member board was unanimous",
       "KE|Annual inflation slowed to 3.1%", "KE|The keldar fell 1.4%"]),
    A("sum up the art heist in verlaan", "MU",
      "Two thieves broke into Museum Hallenbeek through a skylight early on Sunday and stole three 17th-century paintings worth about €4.2 million in four minutes; the insurer offers a reward of up to €50,000.",
      ["three 17th-century paintings", "€4.2 million", "skylight", "€50,000"],
      ["MU|Thieves stole three 17th-century paintings", "MU|Insurers valued the three together", "MU|offered a reward of up to €50,000"]),
    A("ok so what's it about?", "NU",
      "About 2,300 nurses at Westmere Health's three Port Calloway hospitals began a 48-hour strike over pay and staffing. The union wants 14% over three years and Westmere offers 7.5%; 140 planned surgeries were postponed.",
      ["2,300 nurses", "48-hour strike", "14%", "7.5%", "140 scheduled surgeries"],
      ["NU|About 2,300 nurses at Westmere", "NU|asking for a pay rise of 14%", "NU|Westmere said 140 scheduled surgeries"]),
    A("tldr of the marathon article", "MA",
      "Kenya's Naomi Saina won in Aldermark in 2:09:21, a women's world record that takes 43 seconds off Tsion Abera's mark.",
      ["Naomi Saina", "9 minutes 21 seconds", "43 seconds", "Tsion Abera"], ["MA|Naomi Saina of Kenya broke"]),
    A("summarize the whole train crash story across both reports", "",
      "A Caledon Coast Rail train derailed near Glenmorrach on Tuesday 14 October. The first report had three dead and blamed a suspected landslip; by Friday a fourth person had died, investigators blamed a blocked drainage culvert, the passenger count was revised from 212 to 238 and the support fund rose to £5.5 million.",
      ["fourth person has died", "landslip", "blocked drainage culvert", "£5.5 million", "212 to 238"],
      ["D1|Three people were killed and 41 injured", "D1|pointed to a landslip", "D2|A fourth person has died",
       "D2|revised the number of people on board", "D2|rise from £2 million to £5.5 million"]),
    A("give me the gist of both central bank decisions", "",
      "Tavaria's Reserve Bank cut by a quarter of a point to 3.75% on a 5-2 vote; Keldara's National Bank cut by half a point to 5.5%, unanimously and by more than expected.",
      ["3.75%", "5.5%", "quarter of a percentage point", "half a percentage point"],
      ["TA|The Reserve Bank of Tavaria cut its benchmark", "KE|The National Bank of Keldara cut its key interest rate"]),

    # ---------------- dated_version (9)
    A("how many people died according to the first report?", "D1",
      "Three people were killed, according to the Carrick Courier's first report on Tuesday.",
      ["Three people were killed"], ["D1|Three people were killed and 41 injured"]),
    A("what's the death toll now", "D2",
      "Four, after Margaret Dunlop, 71, died in hospital on Thursday (Northern Tribune update, 17 October).",
      ["fourth person has died", "Margaret Dunlop"], ["D2|A fourth person has died", "D2|Margaret Dunlop, 71"]),
    A("on tuesday what did the train company think caused the crash", "D1",
      "Caledon Coast Rail said early indications pointed to a landslip after 38mm of overnight rain.",
      ["landslip", "38mm"], ["D1|pointed to a landslip"]),
    A("as of the latest update, what's being blamed for the derailment", "D2",
      "A blocked drainage culvert that let water wash away the ballast; investigators found no evidence of a landslip.",
      ["blocked drainage culvert", "no evidence"], ["D2|A fourth person has died", "D2|In an interim statement"]),
    A("how big is the victims fund as of friday", "D2",
      "£5.5 million, up from the £2 million first announced.",
      ["£5.5 million"], ["D2|rise from £2 million to £5.5 million"]),
    A("how many passengers were on board per the first report", "D1",
      "212 passengers.",
      ["212 passengers"], ["D1|carrying 212 passengers"]),
    A("and what's the figure now?", "D2",
      "238: Caledon Coast Rail revised its count from 212 after checking ticket data.",
      ["238"], ["D2|revised the number of people on board"]),
    A("how long is the line shut for now", "D2",
      "Until at least 10 November.",
      ["10 November"], ["D2|stay closed until at least 10 November"]),
    A("how many were seriously hurt on tuesday compared with the later report", "",
      "Nine were in a serious condition on Tuesday; by the Friday update six remained serious.",
      ["nine of the injured", "Six remain"], ["D1|nine of the injured were in a serious condition", "D2|Six remain in a serious condition"]),

    # ---------------- mention (8: 4 yes, 4 no)
    A("does the update mention the conductor at all", "D2",
      "Yes: conductor Graham Tulloch, praised for checking on passengers despite a head injury, was discharged from hospital on Thursday.",
      ["Graham Tulloch", "discharged from hospital"], ["D2|The conductor, Graham Tulloch"]),
    A("is there anything in the keldara article about meeting minutes", "KE",
      "Yes: it says the National Bank of Keldara does not publish minutes of its board meetings.",
      ["does not publish minutes"], ["KE|does not publish minutes"]),
    A("does it mention a reward?", "MU",
      "Yes: the insurer, Delta Fine Art Insurance, offers a reward of up to €50,000.",
      ["€50,000"], ["MU|offered a reward of up to €50,000"]),
    A("is the weather discussed in the marathon piece", "MA",
      "Yes: conditions were close to ideal, 9C at the start with almost no wind.",
      ["9C", "almost no wind"], ["MA|Conditions were close to ideal"]),
    NO("do any of the articles mention bitcoin or crypto",
       "No. None of the articles mentions bitcoin or cryptocurrency.", ["bitcoin", "crypto"]),
    NO("is a drone mentioned anywhere in the museum or train stories",
       "No. Neither the museum theft nor the derailment articles mention a drone.", ["drone"]),
    NO("does the nurses article say anything about covid",
       "No. The nurses strike article does not mention Covid or the pandemic.", ["covid", "pandemic"]),
    NO("do the central bank stories talk about tariffs",
       "No. Neither central bank article mentions tariffs.", ["tariff"]),

    # ---------------- unanswerable (8)
    NO("what did norway's central bank do with interest rates",
       "Not covered: the articles only cover the central banks of Tavaria and Keldara."),
    NO("whats the weather forecast for kelsford this weekend",
       "Not covered: no article gives a weather forecast for Kelsford."),
    NO("how do i claim a refund for a cancelled caledon coast rail ticket",
       "Not covered: the articles say nothing about ticket refunds."),
    NO("what's the men's marathon world record",
       "Not covered: the marathon article gives the women's record but not the men's world record."),
    NO("did the westmere nurses get a deal in the end?",
       "Not covered: the article was written on the first day of the strike; no outcome is reported."),
    NO("has anyone been arrested over the hallenbeek theft",
       "Not covered: the article reports no arrests either way."),
    NO("who is keldara's prime minister",
       "Not covered: the Keldara article names the economy minister but no prime minister."),
    NO("did the bank of england follow tavaria and cut as well",
       "Not covered: no article discusses the Bank of England."),

    # ---------------- near_miss (8)
    NO("how old is the conductor who helped everyone on the train",
       "Not given: the conductor is named as Graham Tulloch, but his age is not stated.",
       art="D1", cx=["D1|named by colleagues as Graham Tulloch"]),
    NO("how long has she been with the company?",
       "Not given: Ruth Ansell is named as acting chief executive, but not how long she has worked there.",
       art="D2", cx=["D2|His deputy, Ruth Ansell"]),
    NO("how long has helena voss been governor",
       "Not given: the article names Helena Voss as governor but not when she took office.",
       art="TA", cx=["TA|Governor Helena Voss told a press conference"]),
    NO("how much does he earn?",
       "Not given: Idris Kamalov is named as governor, but his pay is not mentioned.",
       art="KE", cx=["KE|Governor Idris Kamalov said"]),
    NO("when was museum hallenbeek founded",
       "Not given: the article does not say when Museum Hallenbeek was founded.",
       art="MU", cx=["MU|Thieves stole three 17th-century paintings"]),
    NO("how much is the van oorschot still life worth on its own",
       "Not given: only the combined value of about €4.2 million for all three paintings is reported.",
       art="MU", cx=["MU|The stolen works are a still life"]),
    NO("what do westmere nurses get paid at the moment",
       "Not given: the article gives the pay rise demanded (14%) and offered (7.5%), but not current salaries.",
       art="NU", cx=["NU|asking for a pay rise of 14%"]),
    NO("how old is tsion abera",
       "Not given: Tsion Abera is named as the previous record holder, but her age is not stated.",
       art="MA", cx=["MA|Naomi Saina of Kenya broke"]),
]


def main():
    draft = read_draft()
    assert len(draft) == len(ANSWERS), (len(draft), len(ANSWERS))
    rows, terms = [], {}
    for n, (d, a) in enumerate(zip(draft, ANSWERS), 1):
        assert d["user_input"] == a["q"], f"#{n}: draft {d['user_input']!r} != answer {a['q']!r}"
        rid = f"{PFX}-{n:03d}"
        row = {
            "id": rid,
            "user_input": d["user_input"],
            "kind": d["kind"],
            "answerable": a["ok"],
            "reference": a["ref"],
            "key_facts": a["kf"],
            "reference_contexts": [ctx(c) for c in a["cx"]],
            "article": CODES[a["art"]],
        }
        if d["history"]:
            row["history"] = d["history"]
        rows.append(row)
        if a.get("terms"):
            terms[rid] = a["terms"]
    with open(os.path.join(D, "questions.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(D, "mention_no_terms.json"), "w", encoding="utf-8") as f:
        json.dump(terms, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"wrote {len(rows)} rows, {len(terms)} mention-no term sets")


if __name__ == "__main__":
    main()
