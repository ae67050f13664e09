#!/usr/bin/env python3
"""Builds questions.jsonl from questions_draft.txt (read word for word) plus the answer list below,
which is in draft order; every entry repeats its question and the script asserts it matches.
Contexts are written as short unique snippets and expanded to the full body paragraph a reader sees
(tags stripped, entities unescaped, hard wraps joined). Contexts starting with META| are page metadata.
Run: python3 build_questions.py"""
import json, os, re, html
D = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(D, "articles")
MF, MU = "mine_collapse_first.txt", "mine_collapse_update.html"
VE, KA = "wage_velmora.md", "wage_kastrany.txt"
FI, SA, VI = "film_festival_prize.html", "satellite_launch_failure.html", "village_shop_buyout.md"
ALL = [MF, MU, VE, KA, FI, SA, VI]

# ---- body paragraphs as a reader sees them
SPEC = {
    MF: ("VILLA COYAR", "-----"), KA: ("BREZOVAC", "* * *"),
    VE: ("OSTRENBURG", "---"), VI: ("ASHBY WENDLE, Cumbria", "* * *"),
    MU: ('<div class="story-body">', '<div class="author-bio">'),
    FI: ('<div class="article-text">', '<div class="author-box">'),
    SA: ('<div class="entry-content">', '<footer class="entry-footer">'),
}
SKIP = ("ADVERTISEMENT", "Read more:", "READ MORE:", "*", "[", "!", ">", "#")
def paras(f):
    t = open(os.path.join(ART, f), encoding="utf-8").read()  # universal newlines: \r\n -> \n
    s, e = SPEC[f]
    if f.endswith(".html"):
        seg = t[t.index(s):t.index(e)]
        ps = re.findall(r'<p>(.*?)</p>|<div class="para">(.*?)</div>', seg, re.S)
        return [html.unescape(re.sub(r"<[^>]+>", "", a or b)).strip() for a, b in ps]
    blocks = [b.strip() for b in t.split("\n\n")]
    i = next(k for k, b in enumerate(blocks) if b.startswith(s))
    out = []
    for b in blocks[i:]:
        if b.startswith(e): break
        if not b or b.startswith(SKIP): continue
        out.append(" ".join(l.strip() for l in b.split("\n")))
    return out
PARAS = {f: paras(f) for f in ALL}

def expand(snippet, arts):
    if snippet.startswith("META|"): return snippet
    hits = [p for f in arts for p in PARAS[f] if snippet in p]
    assert len(hits) == 1, (snippet, len(hits))
    return hits[0]

# ---- the draft, read word for word
draft = []
kind = None
for line in open(os.path.join(D, "questions_draft.txt"), encoding="utf-8").read().split("\n"):
    if line.startswith("## "): kind = line[3:].strip(); continue
    if line.startswith("- "): draft.append({"q": line[2:], "kind": kind, "history": []}); continue
    m = re.match(r">> earlier: (user|assistant): (.*)$", line)
    if m: draft[-1]["history"].append({"role": m.group(1), "content": m.group(2)})

def A(q, ref, kf, ctx, art):  # answerable
    return dict(q=q, answerable=True, ref=ref, kf=kf, ctx=ctx, art=art)
def N(q, ref, ctx=(), art=""):  # not answerable
    return dict(q=q, answerable=False, ref=ref, kf=[], ctx=list(ctx), art=art)
BOTH_MINE = [MF, MU]; BOTH_WAGE = [VE, KA]

ANSWERS = [
# ---------------- lookup
A("how deep down did the santa ines cave-in happen?",
  "The collapse happened in a gallery called Level 7, some 410 metres below the surface.",
  ["410 metres"], ["some 410 metres below"], MF),
A("what time of night did the chilean mine give way",
  "The Santa Ines mine collapsed at about 2:40 a.m. on Monday, 3 March, during the night shift.",
  ["2:40 a.m."], ["happened at about 2:40"], MF),
A("names of the two miners who died on the first day at santa ines?",
  "The two men killed were Luis Careaga, a 44-year-old drill operator, and Fabian Toro, a 29-year-old electrician.",
  ["Luis Careaga", "Fabian Toro"], ["named by the company as Luis Careaga"], MF),
A("how much copper does the santa ines mine turn out each year",
  "The Santa Ines mine produces roughly 62,000 tonnes of copper a year.",
  ["62,000 tonnes"], ["roughly 62,000 tonnes"], MF),
A("what nickname did rescuers give the capsule that hauled the miners up",
  "Rescuers nicknamed the narrow steel rescue capsule El Cóndor.",
  ["El Cóndor"], ["nicknamed El Cóndor"], MU),
A("which hospital did the rescued chilean miners go to?",
  "The survivors were taken to the Santa Clara hospital in Villa Coyar.",
  ["Santa Clara hospital"], ["Santa Clara hospital"], MU),
A("who is the prosecutor looking into the mine operator",
  "Regional prosecutor Verónica Salas opened a criminal investigation into possible negligence.",
  ["Verónica Salas"], ["Verónica Salas, opened"], MU),
A("and for how long has all work there been halted?",
  "The ministry ordered all work at Santa Inés to stop for at least 90 days while the inspection is carried out.",
  ["90 days"], ["at least 90 days"], MU),
A("whats velmora's new monthly minimum wage",
  "Velmora's monthly minimum wage rises to 1,610 crowns, up from 1,450 crowns.",
  ["1,610 crowns"], ["from 1,450 crowns to 1,610 crowns"], VE),
A("when does the velmora pay rise come into force?",
  "Velmora's new minimum wage applies from 1 April.",
  ["1 April"], ["by 11 per cent from 1 April"], VE),
A("roughly how many people in velmora are paid at or near the floor",
  "About 410,000 people in Velmora, roughly one in eight employees, earn the minimum or close to it.",
  ["410,000 people"], ["About 410,000 people"], VE),
A("who is the head of the velmoran employers federation",
  "The Velmoran Federation of Employers is headed by its president, Gustav Reinholt.",
  ["Gustav Reinholt"], ["Its president, Gustav Reinholt"], VE),
A("kastrany new hourly minimum from july?",
  "From 1 July Kastrany's minimum wage rises to 10.05 dinars an hour, up from 9.20.",
  ["10.05 dinars"], ["from 9.20 to 10.05 dinars"], KA),
A("who's the prime minister of kastrany",
  "Kastrany's prime minister is Anton Vrabec.",
  ["Anton Vrabec"], ["Prime Minister Anton Vrabec"], KA),
A("how many kastrany workers get paid the minimum",
  "Roughly 265,000 workers in Kastrany are paid the minimum wage, according to the Ministry of Social Affairs.",
  ["265,000 workers"], ["Roughly 265,000 workers"], KA),
A("what figure was the kastrany union federation pushing for?",
  "The Union Federation of Kastrany had demanded 10.40 dinars an hour from July.",
  ["10.40 dinars"], ["had demanded 10.40 dinars"], KA),
A("which movie took the golden lantern this year",
  "The Golden Lantern went to \u201cThe Salt Keepers\u201d, Ilse Varnholt's drama about two sisters running a failing salt farm.",
  ["The Salt Keepers"], ["won the Golden Lantern on Saturday"], FI),
A("who chaired the jury at lanterna",
  "The Lanterna jury was led by the actor Mariam Oduya.",
  ["Mariam Oduya"], ["led by the actor Mariam Oduya"], FI),
A("how much cash comes with the golden lantern prize",
  "The Golden Lantern carries a cash prize of 50,000 euros, shared between the director and the producer.",
  ["50,000 euros"], ["cash prize of 50,000 euros"], FI),
A("when does the salt keepers hit cinemas in portugal?",
  "The Salt Keepers opens in Portuguese cinemas on 18 September.",
  ["18 September"], ["open in Portuguese cinemas on 18 September"], FI),
A("whats the name of the satelite that was lost on the corvid-3",
  "The satellite lost on the Corvid-3 was Lumen-1, built for the Baltic Crop Observatory.",
  ["Lumen-1"], ["On board was Lumen-1"], SA),
A("how many seconds after liftoff did the upper stage engine cut out",
  "The second-stage engine shut down 212 seconds into the flight, about 96 seconds earlier than planned.",
  ["212 seconds"], ["shut down 212 seconds"], SA),
A("what was it insured for?",
  "Lumen-1 was insured for 30 million euros.",
  ["insured for 30 million"], ["insured for 30 million"], SA),
A("who's the boss of the company?",
  "Auralis Space's chief executive is Lena Brandvold.",
  ["Lena Brandvold"], ["Auralis chief executive Lena Brandvold"], SA),
A("how much money did ashby wendle raise with its share sale",
  "The Ashby Wendle cooperative raised £212,000 through its community share offer.",
  ["£212,000"], ["raised £212,000"], VI),
A("how far is the closest supermarket to ashby wendle",
  "The nearest supermarket is 14 miles away, in the market town of Kellbridge.",
  ["14 miles"], ["The nearest supermarket is 14 miles"], VI),
A("who has been hired to manage the new community store in ashby wendle?",
  "Chloe Ambrose has been hired as the store's paid, full-time manager.",
  ["Chloe Ambrose"], ["A paid manager, Chloe Ambrose"], VI),
A("how long had they been running it?",
  "Margaret and Dennis Pritchard have run the shop since 1989.",
  ["since 1989"], ["have run the shop since 1989"], VI),
# ---------------- why_how
A("why couldnt the rescuers talk to the trapped santa ines miners at first",
  "Rescuers could not make contact because the collapse severed the telephone line running down to the refuge chamber.",
  ["severed the telephone line"], ["severed the telephone line"], MF),
A("why did the government take the rescue away from the mining company?",
  "The minister said the switch was made because contact with the trapped men still had not been established 36 hours after the collapse, and families deserved a single, clear chain of command.",
  ["36 hours", "clear chain of command"], ["still not been established 36 hours"], MU),
A("how did the rescue team get to the men faster than they had planned",
  "Instead of drilling a fresh shaft, engineers widened an old ventilation shaft that ran within 30 metres of the refuge chamber, saving at least two days of work.",
  ["old ventilation shaft", "at least two days"], ["widened an old ventilation shaft"], MU),
A("why did arancibia stop the probe drill",
  "Arancibia halted the probe drilling because vibrations from the rig risked further rockfalls near the chamber.",
  ["vibrations from the rig", "further rockfalls"], ["halt the probe drilling"], MU),
A("why don't investigators believe the tremor brought the mine down anymore?",
  "The government's seismic monitoring office said the magnitude 3.1 quake was centred 140 kilometres away and was too weak to have caused damage at the mine.",
  ["140 kilometres away", "too weak"], ["centred 140 kilometres away"], MU),
A("why did velmora's labour minister say the wage rise was needed",
  "Petra Solvang said prices had outpaced pay for two years in a row: consumer prices rose 6.2 per cent in 2024 while average wages grew 4.1 per cent.",
  ["outpaced pay", "6.2 per cent"], ["prices had outpaced pay"], VE),
A("what was the velmoran union confederation's reasoning for asking 1,700 crowns?",
  "The Confederation of Velmoran Trade Unions argued that the minimum should equal 60 per cent of the median wage.",
  ["60 per cent", "median wage"], ["60 per cent of the median wage"], VE),
A("why does lukas horvath think the velmora increase will push prices up",
  "Horvath expects businesses to pass some of the cost on to customers, which could add about 0.3 percentage points to inflation.",
  ["pass some of the cost", "0.3 percentage points"], ["Lukas Horvath, chief economist"], VE),
A("how could the kastrany government set the wage when unions and employers never agreed?",
  "Under Kastrany's labour code ministers can act alone if negotiations fail twice, so the cabinet is imposing the rise by government decree.",
  ["government decree", "negotiations fail twice"], ["imposed by government decree"], KA),
A("why does kastrany's government say the higher minimum wont harm exporters",
  "Officials argued that even after the second step Kastrany's rate would remain below the average of neighbouring countries.",
  ["below the average"], ["would remain below the average"], KA),
A("what made the corvid-3 second stage shut down early",
  "Early data pointed to a loss of pressure in a helium line feeding the second-stage engine; helium pressurises the propellant tanks, so when the pressure fell the engine starved.",
  ["helium line", "the engine starved"], ["loss of pressure in a helium line"], SA),
A("why had the lumen-1 launch been pushed back before",
  "The launch had slipped twice: first because of a faulty valve found during tests in July, then because of strong winds over the pad.",
  ["faulty valve", "strong winds"], ["already slipped twice"], SA),
A("why did the salt keepers producers turn to crowdfunding and regional funds",
  "The producers said they used regional film funds in Portugal and Germany and a crowdfunding campaign with about 2,400 backers because no large studio would back a film without stars.",
  ["no large studio", "2,400 backers"], ["crowdfunding campaign with about 2,400 backers"], FI),
A("what do organisers think drove lanterna's jump in ticket sales?",
  "Organisers credited the rise to a new outdoor screen on the harbour front that showed free films every night.",
  ["new outdoor screen"], ["Organisers credited the rise"], FI),
A("why did nobody buy pritchard's stores when it was up for sale",
  "The shop stayed on the market for nine months without a serious offer because buyers doubted a shop in a village of 640 people could make a profit.",
  ["640 people", "could make a profit"], ["without a serious offer"], VI),
A("why is the ashby wendle shop getting a cafe",
  "The café was added because villagers said at the February meeting that there was nowhere left to meet since the pub closed.",
  ["nowhere left to meet"], ["nowhere left to meet"], VI),
# ---------------- multi_part
A("in the first santa ines report, how many people were underground when it happened, and how many made it out in the first hours?",
  "Thirty-eight people were working underground at the time, and nine of them walked or were carried out within the first hours.",
  ["Thirty-eight", "Nine of them"], ["Thirty-eight people were working"], MF),
A("final tally from the santa ines rescue: how many came out alive, and how many are dead in total?",
  "Twenty-four of the 27 trapped workers were brought out alive, and the death toll rose to five after rescuers recovered three more bodies.",
  ["Twenty-four", "death toll to five"], ["Twenty-four of the 27 workers", "bringing the death toll to five"], MU),
A("who runs minera tres cerros and what did he initially blame the cave-in on?",
  "The chief executive is Alvaro Pinedo, who initially pointed to a small earth tremor of magnitude 3.1 that may have loosened rock already under strain.",
  ["Alvaro Pinedo", "small earth tremor"], ["chief executive, Alvaro Pinedo", "Early indications pointed to a small earth tremor"], MF),
A("velmora wage commission: how many members does it have and what was the vote?",
  "Velmora's National Wage Commission has nine members, and it voted seven to two in favour, with the two employer delegates against.",
  ["nine-member", "seven to two"], ["a nine-member body"], VE),
A("in velmora what share of the full rate do apprentices get now, and what was it before",
  "In Velmora, apprentices and under-18s will receive 85 per cent of the full rate, up from 80 per cent.",
  ["85 per cent", "80 per cent"], ["85 per cent of the full rate"], VE),
A("velmora relief for small businesses: who can get it, for how long, and what will it cost the state?",
  "In Velmora, firms with fewer than ten employees can apply for reduced employer social contributions for 12 months, at an estimated cost to the state of 48 million crowns.",
  ["fewer than ten employees", "12 months", "48 million crowns"], ["Firms with fewer than ten employees"], VE),
A("kastrany's second step: when does it happen and what does the hourly rate go to?",
  "Kastrany's second step comes in January 2026, when the minimum rises again to 10.50 dinars an hour.",
  ["January 2026", "10.50 dinars"], ["A second step will follow"], KA),
A("for kastrany's small traders chamber: who chairs it and what rate had they offered in the talks?",
  "The Kastrany Chamber of Small Traders is chaired by Ljuba Marek, and it had offered 9.60 dinars during the talks.",
  ["Ljuba Marek", "9.60 dinars"], ["Its chair, Ljuba Marek", "had offered 9.60 dinars"], KA),
A("kastrany: what was inflation last year and what's the central bank aiming for?",
  "Inflation in Kastrany averaged 4.8 per cent last year, and the central bank is trying to bring it down to a 3 per cent target.",
  ["4.8 per cent", "3 per cent target"], ["Inflation averaged 4.8 per cent", "its 3 per cent target"], KA),
A("at lanterna who won the grand jury prize, and who got best director?",
  "The Grand Jury Prize went to \u201cNorthern Static\u201d by Kenji Arakawa-Lund, and best director went to Tomasz Wielgosz for \u201cThe Glassblower's Son\u201d.",
  ["Northern Static", "Tomasz Wielgosz"], ["The Grand Jury Prize, the festival", "Best director was awarded"], FI),
A("lanterna 2025 numbers: how long did it run, how many tickets sold, how many films screened",
  "The festival ran for 11 days, sold about 86,000 tickets and screened 164 films from 52 countries.",
  ["11 days", "86,000 tickets", "164 films"], ["ran for 11 days"], FI),
A("when were corvid-3's two earlier flights and how many satellites did they put up?",
  "Corvid-3's earlier launches were in November 2024 and April 2025, and between them they placed five small satellites into orbit.",
  ["November 2024", "April 2025", "five small satellites"], ["Its two previous launches"], SA),
A("ashby wendle: how big were the grant and the loan, and who provided each?",
  "Ashby Wendle's cooperative got a £40,000 grant from the Rural Lifeline Trust and a £25,000 loan from the district council.",
  ["£40,000", "Rural Lifeline Trust", "£25,000", "district council"], ["topped up with a grant"], VI),
# ---------------- about_article
A("who wrote the piece about the corvid-3 failure",
  "The Corvid-3 story was written by Samuel Okafor-Reyes, the Orbital Post's space reporter.",
  ["Samuel Okafor-Reyes"], ["META|byline: Samuel Okafor-Reyes, Space Reporter"], SA),
A("which outlet ran the story on the lanterna festival winner?",
  "The Lanterna festival story was published by Screen Ledger.",
  ["Screen Ledger"], ["META|outlet: Screen Ledger"], FI),
A("what date was the velmora minimum wage article published",
  "The Velmora minimum wage article was published on 15 January 2025.",
  ["15 January 2025"], ["META|date: 15 January 2025"], VE),
A("whats the headline of the kastrany wage story",
  "The headline is \u201cKastrany to raise minimum wage by decree after talks fail\u201d.",
  ["Kastrany to raise minimum wage"], ["META|headline: Kastrany to raise minimum wage by decree after talks fail"], KA),
A("what does the subheading on the ashby wendle shop article say?",
  "The standfirst reads: \u201cShare offer raises £212,000 as Pritchard's Stores prepares to reopen as a community-owned business\u201d.",
  ["Share offer raises £212,000"], ["META|standfirst: Share offer raises £212,000 as Pritchard's Stores prepares to reopen as a community-owned business"], VI),
A("how many of the articles are about the chilean mine accident",
  "Two articles cover the Santa Ines mine collapse: a first report in The Andean Ledger and a later update in the Southern Cone Tribune.",
  ["The Andean Ledger", "Southern Cone Tribune"], ["META|outlet: The Andean Ledger", "META|outlet: Southern Cone Tribune"], BOTH_MINE),
A("which articles deal with minimum wage increases?",
  "Two articles do: Velmora Business Daily on Velmora's 11% rise and The Kastrany Herald on Kastrany's rise by decree.",
  ["Velmora Business Daily", "The Kastrany Herald"], ["META|outlet: Velmora Business Daily", "META|outlet: The Kastrany Herald"], BOTH_WAGE),
A("what is the orbital post article about",
  "It reports that Auralis Space's Corvid-3 rocket failed minutes after lifting off from northern Norway, destroying the Lumen-1 earth-observation satellite.",
  ["Corvid-3", "Lumen-1", "Auralis Space"], ["META|headline: Corvid-3 rocket fails after launch from Norway, Lumen-1 satellite lost", "A rocket built by the start-up Auralis Space"], SA),
A("what's the job title of whoever wrote the santa ines follow-up piece?",
  "The update was written by Daniel Ferreyra, a Senior Reporter at the Southern Cone Tribune.",
  ["Senior Reporter"], ["META|byline: Daniel Ferreyra, Senior Reporter"], MU),
A("when did the first report on the mine collapse come out",
  "The first report appeared in The Andean Ledger on Tuesday 4 March 2025.",
  ["4 March 2025"], ["META|date: Tuesday 4 March 2025, 07:50 (updated 09:30)"], MF),
A("who wrote the ashby wendle story, and what's his role at the paper?",
  "It was written by Gareth Hume, the Fellside Courier's Community Affairs Reporter.",
  ["Gareth Hume", "Community Affairs Reporter"], ["META|byline: Gareth Hume, Community Affairs Reporter"], VI),
# ---------------- overview
A("summarize the corvid-3 launch failure for me",
  "Auralis Space's Corvid-3 rocket failed after launch from Kjølberg Spaceport when its second-stage engine shut down 212 seconds into the flight, destroying the Lumen-1 crop-monitoring satellite. Early data point to a pressure loss in a helium line, and the next launch has slipped to no earlier than the first quarter of 2026.",
  ["212 seconds", "Lumen-1", "helium line", "first quarter of 2026"],
  ["shut down 212 seconds", "On board was Lumen-1", "loss of pressure in a helium line", "no earlier than the first quarter"], SA),
A("what's the gist of the ashby wendle shop story",
  "Residents of Ashby Wendle bought their last shop, Pritchard's Stores, after its owners retired and no buyer appeared: 311 people put £212,000 into a share offer, and it reopens on 1 November as the Wendle Community Store.",
  ["£212,000", "311 people", "1 November", "Wendle Community Store"],
  ["raised £212,000", "will reopen on 1 November"], VI),
A("what happened at the lanterna film festival",
  "Ilse Varnholt's \u201cThe Salt Keepers\u201d won the Golden Lantern by a unanimous jury decision, beating critics' favourite \u201cThe Glassblower's Son\u201d, whose director Tomasz Wielgosz took best director; the 34th edition sold about 86,000 tickets.",
  ["The Salt Keepers", "Ilse Varnholt", "unanimous", "Tomasz Wielgosz", "86,000 tickets"],
  ["won the Golden Lantern on Saturday", "second feature by Ilse Varnholt", "the decision was unanimous", "Best director was awarded", "ran for 11 days"], FI),
A("give me 3-5 key facts about velmora's wage decision",
  "Velmora's monthly minimum wage rises 11 per cent to 1,610 crowns from 1 April, after the National Wage Commission voted seven to two; about 410,000 people earn at or near the minimum.",
  ["1,610 crowns", "1 April", "seven to two", "410,000 people"],
  ["from 1,450 crowns to 1,610 crowns", "voted seven to two", "About 410,000 people"], VE),
A("summarise kastrany's minimum wage move",
  "After talks failed, Kastrany's government is imposing by decree a rise from 9.20 to 10.05 dinars an hour on 1 July, followed by a second step to 10.50 dinars in January 2026; about 265,000 workers are on the minimum.",
  ["10.05 dinars", "government decree", "10.50 dinars", "265,000 workers"],
  ["from 9.20 to 10.05 dinars", "imposed by government decree", "A second step will follow", "Roughly 265,000 workers"], KA),
A("what's the latest on the santa ines mine disaster",
  "The rescue is over: 24 of the 27 trapped miners were lifted out alive in the El Cóndor capsule, the death toll is five, and a prosecutor has opened a criminal investigation into the operator while work is halted for at least 90 days.",
  ["Twenty-four", "death toll to five", "El Cóndor", "criminal investigation", "90 days"],
  ["Twenty-four of the 27 workers", "bringing the death toll to five", "opened a criminal investigation", "at least 90 days"], MU),
A("quick summary of the first report on the chilean mine collapse?",
  "The first report said 27 miners were trapped about 410 metres down after the Santa Ines copper mine partly collapsed, killing two workers; the company was drilling a probe hole toward their refuge chamber and blamed a small earth tremor, which the union disputed.",
  ["27 miners", "killing two workers", "probe hole", "small earth tremor"],
  ["Rescue teams were racing on Tuesday", "15-centimetre probe hole", "Early indications pointed to a small earth tremor"], MF),
A("compare the minimum wage rises in velmora and kastrany",
  "Velmora raises its monthly minimum 11 per cent to 1,610 crowns from 1 April after a commission vote, while Kastrany's government imposes by decree a 9.2 per cent hourly rise to 10.05 dinars from 1 July.",
  ["11 per cent", "1,610 crowns", "9.2 per cent", "10.05 dinars"],
  ["from 1,450 crowns to 1,610 crowns", "from 9.20 to 10.05 dinars", "The increase of 9.2 per cent"], BOTH_WAGE),
A("walk me through the whole santa ines story, from the collapse to the end of the rescue, using both reports",
  "Part of the Santa Ines mine collapsed at about 2:40 a.m. on 3 March some 410 metres down, trapping 27 miners; the government took over the rescue, engineers widened an old ventilation shaft, and 24 men were lifted out alive while the death toll rose to five.",
  ["2:40 a.m.", "410 metres", "ventilation shaft", "death toll to five"],
  ["happened at about 2:40", "widened an old ventilation shaft", "bringing the death toll to five"], BOTH_MINE),
# ---------------- dated_version
A("what's the most recent death toll at santa ines?",
  "According to the later update, five men died: two on the day of the collapse and three whose bodies were recovered later.",
  ["death toll to five"], ["bringing the death toll to five"], MU),
A("how much is the santa ines rescue costing now, and how does that compare with the first estimate?",
  "The rescue now costs about 7.8 million dollars according to the ministry, more than three times the company's first estimate of about 2.5 million dollars.",
  ["7.8 million dollars", "2.5 million dollars"], ["climbed to about 7.8 million", "Lobos put the cost"], BOTH_MINE),
A("what did the first report say triggered the collapse",
  "The first report said early indications, according to the company, pointed to a small earth tremor of magnitude 3.1 that may have loosened rock already under strain.",
  ["small earth tremor", "magnitude 3.1"], ["Early indications pointed to a small earth tremor"], MF),
A("what do investigators now think caused the mine to collapse?",
  "Inspectors now believe a row of steel roof supports in Level 7 gave way; the supports were due to be replaced in January but the work was postponed twice.",
  ["steel roof supports", "postponed twice"], ["a row of steel roof supports"], MU),
A("is that still the case?",
  "No. On Tuesday the mining minister put state mining engineer Tomás Arancibia in charge of the site, replacing the company's safety chief Hernán Lobos.",
  ["Tomás Arancibia"], ["put Tomás Arancibia"], MU),
A("in the first report, when were they hoping the probe drill would reach the chamber",
  "Hernan Lobos expected the probe drill to break through by Thursday.",
  ["by Thursday"], ["break through by Thursday"], MF),
A("how did the number of trapped miners change between the first report and the update?",
  "The first report had 27 miners trapped; by the update the rescue was over, with 24 of the 27 brought out alive and the bodies of three recovered.",
  ["27 miners", "Twenty-four", "three men"], ["Rescue teams were racing on Tuesday", "Twenty-four of the 27 workers", "bodies of three men"], BOTH_MINE),
A("according to the earliest report, how many had died",
  "The first report said two workers had been killed.",
  ["killing two workers"], ["Rescue teams were racing on Tuesday"], MF),
A("has anything changed about who pays for the santa ines rescue?",
  "Yes. At first the company said it would pay all of it; in the update the government said it would seek to recover the money from Minera Tres Cerros.",
  ["pay all of it", "recover the money"], ["Lobos put the cost", "seek to recover the money"], BOTH_MINE),
# ---------------- mention
A("does any article mention a crowdfunding campaign?",
  "Yes. The Lanterna festival article says \u201cThe Salt Keepers\u201d was partly funded by a crowdfunding campaign with about 2,400 backers.",
  ["crowdfunding campaign"], ["crowdfunding campaign with about 2,400 backers"], FI),
A("is there anything about a post office in any of these stories",
  "Yes. The Ashby Wendle article says the community store will keep its post office counter, which handles pensions and parcels.",
  ["post office counter"], ["keep its post office counter"], VI),
A("do any of the articles mention a childcare allowance",
  "Yes. Kastrany's finance minister said the extra tax from the higher wage would help pay for a new childcare allowance.",
  ["childcare allowance"], ["new childcare allowance"], KA),
A("does anything mention a soup kitchen?",
  "Yes. The first Santa Ines report says volunteers set up tents, a soup kitchen and a small chapel for relatives at the mine entrance.",
  ["a soup kitchen"], ["a soup kitchen"], MF),
N("does any article mention bitcoin", "No, none of the articles mentions bitcoin."),
N("is there anything about a volcano eruption in the articles?", "No, none of the articles mentions a volcano or an eruption."),
N("do any of the articles talk about the olympics", "No, none of the articles mentions the Olympics."),
N("any mention of a hurricane anywhere?", "No, none of the articles mentions a hurricane."),
# ---------------- unanswerable
N("whats the weather going to be like in lisbon this weekend", "The articles do not include any weather forecast."),
N("how do i apply for a job at a copper mine?", "The articles do not explain how to apply for mining jobs."),
N("who won the champions league final this year", "None of the articles covers football results."),
N("what is the minimum wage in germany at the moment", "The articles only cover minimum wages in Velmora and Kastrany, not Germany."),
N("when is the next spacex starship launch?", "The articles do not cover SpaceX or Starship launches."),
N("how many community-owned shops closed in scotland last year", "The articles give no figure for community shop closures in Scotland last year."),
N("which film won best picture at the oscars in 2025?", "The articles do not cover the Oscars."),
N("how do rescue capsules for trapped miners actually work", "The articles mention a rescue capsule but do not explain how such capsules work."),
# ---------------- near_miss
N("how old is ilse varnholt", "The article does not give Ilse Varnholt's age.", ["second feature by Ilse Varnholt"], FI),
N("how much does lena brandvold get paid?", "The article does not say what Lena Brandvold earns.", ["Auralis chief executive Lena Brandvold"], SA),
N("how many members does the coyar miners union have", "The article does not say how many members the Coyar Miners' Union has.", ["Jaime Roco, president"], MF),
N("which political party does petra solvang belong to?", "The article does not say which party Petra Solvang belongs to.", ["Labour Minister Petra Solvang"], VE),
N("how tall is the corvid-3 rocket", "The article does not give the height of the Corvid-3 rocket.", ["left the launch pad at"], SA),
N("what's the running time of the salt keepers?", "The article does not give the running time of The Salt Keepers.", ["a slow, windswept drama"], FI),
N("what's the population of brezovac", "The article does not give the population of Brezovac.", ["BREZOVAC"], KA),
N("how much did the pritchards pay for the shop back in 1989?", "The article does not say what the Pritchards paid for the shop in 1989.", ["have run the shop since 1989"], VI),
]

assert len(ANSWERS) == len(draft) == 110, (len(ANSWERS), len(draft))
rows = []
for n, (d, a) in enumerate(zip(draft, ANSWERS), 1):
    assert d["q"] == a["q"], (n, d["q"], a["q"])
    arts = a["art"] if isinstance(a["art"], list) else ([a["art"]] if a["art"] else [])
    row = {"id": f"f9-{n:03d}", "user_input": d["q"], "kind": d["kind"], "answerable": a["answerable"],
           "reference": a["ref"], "key_facts": a["kf"],
           "reference_contexts": [expand(c, arts) for c in a["ctx"]],
           "article": ",".join(arts)}
    if d["history"]: row["history"] = d["history"]
    rows.append(row)
with open(os.path.join(D, "questions.jsonl"), "w", encoding="utf-8") as fh:
    for r in rows: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
no = [r for r in rows if r["kind"] == "mention" and not r["answerable"]]
TERMS = [["bitcoin", "cryptocurrency"], ["volcano", "eruption"], ["olympics", "olympic games"], ["hurricane", "cyclone"]]
json.dump({r["id"]: t for r, t in zip(no, TERMS)}, open(os.path.join(D, "mention_no_terms.json"), "w"), indent=1)
print("wrote", len(rows), "rows")
