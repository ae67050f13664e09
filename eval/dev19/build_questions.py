#!/usr/bin/env python3
"""Reads questions_draft.txt (questions only, grouped by kind) and attaches the answers
below, writing questions.jsonl and mention_no_terms.json.
Contexts are given here as a unique snippet and expanded to the full body paragraph
found in the article file. Run: python3 build_questions.py"""
import json, os, re, html, sys

D = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(D, "articles")
F = {
    "FIRE1": "wildfire_carrawong_first.txt",
    "FIRE2": "wildfire_tallis_gap_update.html",
    "KES": "kessington_libraries.md",
    "KIL": "kilbrannagh_libraries.txt",
    "CAS": "castlebrae_manager_sacked.html",
    "HAL": "halburys_data_breach.html",
    "OBIT": "obituary_prydderch.md",
}
PREFIX = "d19"


# ---------------------------------------------------------------- body paragraphs
def paragraphs(fname):
    t = open(os.path.join(ART, fname), encoding="utf-8").read()  # \r\n -> \n
    if fname.endswith(".txt"):
        blocks = [b.strip() for b in t.split("\n\n")]
        start = next(i for i, b in enumerate(blocks) if "Published:" in b) + 1
        out = []
        for b in blocks[start:]:
            if b.startswith(("-----", "* * *")):
                break
            if (not b or b in ("ADVERTISEMENT", "Advertisement") or b.startswith(("Share", "Read more:", "[Photo", "Photo:"))):
                continue
            out.append(" ".join(b.split("\n")))
        return out
    if fname.endswith(".md"):
        body = t.split("\n---\n", 1)[1] if t.startswith("---\n") else t
        body = body.split("\n---\n")[0]
        blocks = [b.strip() for b in body.split("\n\n") if b.strip()]
        return [b for b in blocks if not b.startswith(("#", "**", "![", ">", "*", "["))]
    if fname.endswith(".html"):
        m = (re.search(r'<div class="article-body"[^>]*>(.*?)</div>\s*<div class="article-tags">', t, re.S)
             or re.search(r'<div class="entry-content">(.*?)</div><!-- \.entry-content -->', t, re.S)
             or re.search(r'<div class="story-text">(.*?)<div class="story-foot">', t, re.S))
        inner = m.group(1)
        ps = re.findall(r"<p>(.*?)</p>", inner, re.S) or re.findall(r'<div class="para">(.*?)</div>', inner, re.S)
        return [html.unescape(re.sub(r"<[^>]+>", "", p)).strip() for p in ps]


PARAS = {k: paragraphs(v) for k, v in F.items()}


def norm_text(fname):
    t = open(os.path.join(ART, fname), encoding="utf-8").read()
    if fname.endswith(".html"):
        t = re.sub(r"<[^>]+>", " ", t)
        t = html.unescape(t)
    return " ".join(t.split())


NORM = {k: norm_text(v) for k, v in F.items()}


def ctx(keys, snippet):
    hits = [p for k in keys for p in PARAS[k] if snippet in p]
    if len(hits) != 1:
        sys.exit(f"context snippet {snippet!r} matched {len(hits)} paragraphs in {keys}")
    return hits[0]


# ---------------------------------------------------------------- META helpers
def meta(**kw):
    return "META|" + "|".join(f"{k}: {v}" for k, v in kw.items())


M = {
    "FIRE1": dict(file=F["FIRE1"], headline="CARRAWONG EVACUATED AS TALLIS GAP FIRE JUMPS CONTAINMENT LINES",
                  outlet="The Highcountry Ledger", author="Imogen Tarrant", role="Regional Reporter",
                  date="Monday 13 January 2025, 6:45pm AEDT"),
    "FIRE2": dict(file=F["FIRE2"], headline="Tallis Gap fire: second death confirmed as investigators turn to power line",
                  outlet="Austral News Service", author="Harriet Moorcroft", role="Emergency Services Reporter",
                  date="16 January 2025, 3:20pm AEDT"),
    "KES": dict(file=F["KES"], headline="Kessington council votes to close three library branches",
                outlet="The Kessington Standard", author="Priya Nandakumar", role="City Hall Reporter",
                date="March 5, 2025"),
    "KIL": dict(file=F["KIL"], headline="Kilbrannagh councillors vote to cut library hours and close Ardnagh branch",
                outlet="The Western Clarion", author="Siobh\u00e1n N\u00ed Fhlatharta", role="Local Government Correspondent",
                date="11 March 2025, 08:05"),
    "CAS": dict(file=F["CAS"], headline="Castlebrae Rovers sack Alan Brodie after Ferryport thrashing",
                outlet="The Terrace Post", author="Jamie Rennie", role="Football Writer", date="3 February 2025"),
    "HAL": dict(file=F["HAL"], headline="Halbury\u2019s admits hackers stole data of 1.4 million loyalty card members",
                outlet="Retail Wire Daily", author="Daniel Osei", role="Technology Correspondent",
                date="5 March 2025, 14:40 GMT"),
    "OBIT": dict(file=F["OBIT"], headline="Gwilym Prydderch, keeper of the Penrhos Point light and chronicler of Aberwern, dies aged 88",
                 outlet="The Cambrian Coast Chronicle", author="Rhys Pennant", role="Features Editor", date="22 April 2025"),
}


def m(key, *fields):
    d = M[key]
    return meta(file=d["file"], **{f: d[f] for f in fields})


# ---------------------------------------------------------------- answers
# Each entry: art (keys), ref, kf (key facts), ctx (snippets, or META strings for about_article).
A = {}


def add(q, art, ref="", kf=(), ctxs=(), answerable=True):
    A[q] = dict(art=art.split(), ref=ref, kf=list(kf), ctx=list(ctxs), answerable=answerable)


# ----- lookup
add("what road was the man who died in the carrawong fire found on?", "FIRE1 FIRE2",
    "He was found near his property on Quarry Lane, on the western outskirts of Carrawong.",
    ["Quarry Lane"], ["the 68-year-old was found near his property on Quarry Lane", "found near his property on Quarry Lane early on Monday"])
add("whats the name of the woman with the bakery who got out of the fire with her dogs", "FIRE1",
    "She is Lorraine Pascoe, who runs the bakery on Carrawong's main street; she left with her two dogs and a box of family photographs.",
    ["Lorraine Pascoe"], ["Lorraine Pascoe, who runs the bakery"])
add("which power company owns the line they think started the tallis gap fire", "FIRE2",
    "The power line is owned by the electricity distributor Kestrel Power Networks.",
    ["Kestrel Power Networks"], ["The line is owned by the electricity distributor Kestrel Power Networks"])
add("how much money is the goverment putting into the fire recovery?", "FIRE2",
    "The state government has announced a A$15 million recovery package, including grants of up to A$10,000 for households that lost their homes.",
    ["A$15 million recovery package"], ["A$15 million recovery package"])
add("what was the name of the fire break the carrawong fire jumped over", "FIRE1",
    "The fire crossed the Mitta Track, a firebreak that crews had widened with bulldozers on Sunday night.",
    ["the Mitta Track"], ["The fire crossed the Mitta Track"])
add("how many library branches does kessington have altogether", "KES",
    "Kessington has nine public library branches; three of them are to close, leaving six.",
    ["nine public library branches"], ["close three of the city\u2019s nine public library branches"])
add("what date do the kessington branches shut for good", "KES",
    "The Elmvale, Riverside and Dunmore branches will close on June 28.",
    ["June 28"], ["will shut their doors on June 28"])
add("how many residents spoke at the kessington council meeting", "KES",
    "63 residents addressed Kessington council during nearly six hours of debate, almost all of them against the plan.",
    ["63 residents addressed council"], ["63 residents addressed council"])
add("who's kessington's chief librarian?", "KES",
    "Kessington's chief librarian is Martin Kowalczyk.",
    ["Martin Kowalczyk"], ["Chief librarian Martin Kowalczyk"])
add("how much is kilbrannagh supposed to save from the library cuts", "KIL",
    "Kilbrannagh City Council expects the library cuts to save \u20ac640,000 a year.",
    ["\u20ac640,000 a year"], ["It is expected to save \u20ac640,000 a year"])
add("which day of the week will all the kilbrannagh libraries be closed", "KIL",
    "Every Kilbrannagh library branch will close on Mondays.",
    ["close on Mondays"], ["every branch will close on Mondays"])
add("how many ppl signed the ardnagh petition", "KIL",
    "The petition organised by the Ardnagh Residents' Association gathered 4,870 signatures in three weeks.",
    ["4,870 signatures"], ["gathered 4,870 signatures"])
add("what did the ardnagh library renovation cost", "KIL",
    "The Ardnagh branch was renovated in 2019 at a cost of \u20ac310,000.",
    ["\u20ac310,000"], ["renovated in 2019 at a cost of"])
add("what was the score when castlebrae lost to ferryport", "CAS",
    "Castlebrae Rovers lost 4-0 at home to Ferryport United.",
    ["4-0 home defeat"], ["a 4-0 home defeat by Ferryport United"])
add("whos the caretaker boss at castlebrae now", "CAS",
    "Assistant manager Craig Nisbet is in charge of the first team on a caretaker basis.",
    ["Craig Nisbet"], ["Assistant manager Craig Nisbet, 41"])
add("how old is he?", "CAS",
    "Craig Nisbet is 41.",
    ["Craig Nisbet, 41"], ["Assistant manager Craig Nisbet, 41"])
add("which club did alan brodie come from before castlebrae", "CAS",
    "Alan Brodie joined Castlebrae from Kirkmuir Albion in December 2023.",
    ["Kirkmuir Albion"], ["who joined from Kirkmuir Albion in December 2023"])
add("how many games did brodie actually win at rovers", "CAS",
    "Brodie won 19 of his 52 matches in charge.",
    ["won 19 of his 52 matches"], ["won 19 of his 52 matches"])
add("how many customers had their data nicked in the halburys hack", "HAL",
    "Hackers stole the personal details of about 1.4 million Halbury's Plus loyalty scheme members.",
    ["about 1.4 million"], ["belonging to about 1.4 million members"])
add("what do the hackers behind the halbury's breach call themselves", "HAL",
    "The criminal group calls itself GreyMoth; it claimed responsibility on a leak site.",
    ["GreyMoth"], ["A criminal group calling itself GreyMoth"])
add("did the supermarket pay them?", "HAL",
    "No. Halbury's confirmed it had received a ransom demand but said it would not pay.",
    ["would not pay"], ["A criminal group calling itself GreyMoth"])
add("how many shops does halburys have", "HAL",
    "Halbury's runs 212 stores across England and Wales.",
    ["212 stores"], ["which runs 212 stores across England and Wales"])
add("how long is the free credit monitoring halburys is giving people", "HAL",
    "Halbury's is offering affected members 12 months of free credit monitoring through SafeTrace.",
    ["12 months"], ["12 months of free credit monitoring"])
add("how old was the lighthouse keeper when he passed away", "OBIT",
    "Gwilym Prydderch died at the age of 88.",
    ["the age of 88"], ["has died at the age of 88"])
add("what year did the penrhos point lighthouse go automatic", "OBIT",
    "The Penrhos Point light was automated in 1991, when the last keepers were withdrawn.",
    ["automated in 1991"], ["until the light was automated in 1991"])
add("whats the name of the museum prydderch set up", "OBIT",
    "He founded the Aberwern Heritage Room in 1995.",
    ["Aberwern Heritage Room"], ["In 1995 he founded the Aberwern Heritage Room"])
add("and where is it?", "OBIT",
    "The Aberwern Heritage Room is above the village post office in Aberwern.",
    ["above the village post office"], ["In 1995 he founded the Aberwern Heritage Room"])
add("how many books did gwilym prydderch write", "OBIT",
    "He wrote four books, beginning with \u201cWrecks of the Aberwern Coast\u201d in 1994.",
    ["four books"], ["He wrote four books"])

# ----- why_how
add("how did the carrawong fire get over the firebreak", "FIRE1",
    "Winds gusting to 70 km/h carried embers more than a kilometre ahead of the fire front, so the fire crossed the Mitta Track firebreak.",
    ["winds gusting to 70 km/h", "more than a kilometre ahead"], ["The fire crossed the Mitta Track"])
add("why did the evacuation centre for the tallis gap fire get moved", "FIRE2",
    "It moved from the Denholm Recreation Reserve to the Yallan Sports Stadium because the Denholm site lost power on Tuesday night when the southerly change brought down trees.",
    ["lost power on Tuesday night", "brought down trees"], ["The relief centre for evacuees has moved"])
add("why was there a new incident controller put in charge of the tallis gap fire", "FIRE2",
    "Graham Tolliver took over from Dana Whitcombe after the fire was upgraded to a Level 3 incident; he said the scale of the fire needed a bigger structure around it.",
    ["upgraded to a Level 3 incident", "bigger structure"], ["took over as incident controller", "needs a bigger structure around it"])
add("why did whitcombe say those storms were so bad for starting fires", "FIRE1",
    "Dana Whitcombe said the storms brought a lot of lightning and almost no rain, the worst combination on a hot day.",
    ["a lot of lightning", "almost no rain"], ["We had a band of storms come through"])
add("why is kessington shutting libraries in the first place", "KES",
    "To fill a hole in this year's budget: the mayor blamed a cut to the provincial grant that helps fund libraries (down 18 per cent last year) and rising policing and transit costs.",
    ["hole in this year\u2019s budget", "provincial grant", "policing and transit costs"],
    ["voted 7-4 on Wednesday night", "called the decision \u201cpainful but unavoidable\u201d"])
add("how is kessington going to make up for losing the branches", "KES",
    "Staff will move the most-borrowed collections from the closing branches to nearby locations and the bookmobile service will be expanded with new stops in all three neighbourhoods.",
    ["most-borrowed collections", "bookmobile service will be expanded"], ["Chief librarian Martin Kowalczyk"])
add("why does the kessington councillor for riverside think poorer families get hit hardest", "KES",
    "Councillor Teresa Oduya said families without internet at home rely on the library, for many it is the only place to print a job application.",
    ["without internet at home", "print a job application"], ["Councillor Teresa Oduya"])
add("why does kilbrannagh city council say it has to make cuts", "KIL",
    "The city manager said the council faces a \u20ac4.2 million shortfall this year, driven by higher energy bills and pay increases agreed nationally.",
    ["\u20ac4.2 million shortfall", "higher energy bills", "pay increases agreed nationally"], ["City manager Declan Furlong"])
add("how is kilbrannagh saving on library staff if nobody loses their job", "KIL",
    "Eight posts will be left unfilled as staff retire or move on, and Ardnagh staff will be redeployed to the remaining branches.",
    ["Eight posts will be left unfilled"], ["Eight posts will be left unfilled"])
add("how does the after hours library thing work in kilbrannagh", "KIL",
    "The Library After Hours scheme lets members use the Central Library with a card and PIN when no staff are on duty; it will be extended to Castlequay next year.",
    ["a card and PIN", "no staff are on duty"], ["Library After Hours scheme"])
add("why did castlebrae get rid of brodie now instead of waiting till the summer", "CAS",
    "Directors wanted a new manager to have as much time as possible before the final 15 league games, felt waiting until spring would leave too little, and the chairwoman said the club could not afford a relegation fight.",
    ["final 15 league games", "relegation fight"], ["The board met on Saturday evening", "Chairwoman Morag Lindsay said"])
add("what did brodie blame the bad run on", "CAS",
    "Brodie pointed to the injury list, saying he had never had a full squad to pick from since the opening weeks of the season.",
    ["never had a full squad"], ["Injuries have been a major problem"])
add("how did the hackers get into halbury's systems", "HAL",
    "They used the login details of an employee at IT contractor Corvane Systems, stolen in a phishing email; the account had no second login step.",
    ["Corvane Systems", "phishing email", "second login step"], ["the attackers got in using the login details", "did not require a second login step"])
add("what has that contractor done about it since?", "HAL",
    "Corvane Systems said it had reset all credentials and introduced additional verification steps, and was working closely with Halbury's.",
    ["reset all credentials", "additional verification steps"], ["Corvane Systems said in a statement"])
add("why werent card details stolen in the halburys breach", "HAL",
    "Payment card details and passwords are held on a separate system, so they were not exposed.",
    ["held on a separate system"], ["held on a separate system"])
add("how did the old lighthouse keeper get into local history", "OBIT",
    "During the long night watches he began reading local history, filling notebooks with stories from old fishermen and shipwreck details copied from harbour records.",
    ["long night watches", "old fishermen", "harbour records"], ["It was during the long night watches"])

# ----- multi_part
add("on the monday of the carrawong fire how many firefighters and aircraft were out, and how hot did it get?", "FIRE1",
    "About 180 firefighters and 14 aircraft were working on the blaze on Monday, and temperatures reached 41 degrees.",
    ["180 firefighters", "14 aircraft", "41 degrees"], ["About 180 firefighters and 14 aircraft"])
add("the second person who died in the tallis gap fire - man or woman, and where were they found?", "FIRE2",
    "It was a woman; her body was found on Wednesday afternoon in a burnt-out shed on Wirra Creek Road, about three kilometres east of Carrawong.",
    ["body of a woman", "Wirra Creek Road"], ["the body of a woman was found"])
add("for the tallis gap fire, how much are insurers expecting in claims and how much can a family who lost thier house get in grants?", "FIRE2",
    "Insurers have put early claims at about A$60 million, and households that lost their homes can get grants of up to A$10,000.",
    ["about A$60 million", "up to A$10,000"], ["A$15 million recovery package"])
add("which kessington branches are closing and how much is the city saving", "KES",
    "The Elmvale, Riverside and Dunmore branches are closing; with shorter hours the city expects to save about $1.9 million a year.",
    ["Elmvale, Riverside and Dunmore", "$1.9 million a year"], ["will shut their doors on June 28", "will save about $1.9 million a year"])
add("what was the kessington vote and what happened to lefebvre's amendment", "KES",
    "Kessington council voted 7-4 for the closures; Bruno Lefebvre's amendment to keep Riverside open three days a week failed 6-5.",
    ["voted 7-4", "failed 6-5"], ["voted 7-4 on Wednesday night", "It failed 6-5"])
add("what happens to the kessington library buildings after they close - dunmore and the other two", "KES",
    "The city-owned Dunmore building is expected to be sold; Elmvale and Riverside are in leased plaza space and those leases will not be renewed.",
    ["expected to be sold", "leases will not be renewed"], ["The Dunmore branch building"])
add("kilbrannagh: what was the final vote, and what happened to brennock's motion to delay it?", "KIL",
    "Kilbrannagh councillors backed the plan by 11 votes to six; Aoife Brennock's motion to defer was defeated by 10 votes to seven.",
    ["11 votes to six", "10 votes to seven"], ["Councillors backed the plan by 11 votes", "Cllr Aoife Brennock"])
add("how many hours a week will kilbrannagh libraries be open now compared to before, and when does it kick in", "KIL",
    "The four remaining libraries will open 38 hours a week instead of 48, from 2 June.",
    ["38 hours a week", "instead of 48", "2 June"], ["38 hours a week instead of 48", "take effect from 2 June"])
add("who's castlebrae's chairwoman and how soon do they want a new manager in", "CAS",
    "The chairwoman is Morag Lindsay, and the club hopes to appoint a permanent manager within three weeks.",
    ["Morag Lindsay", "within three weeks"], ["Chairwoman Morag Lindsay said", "within three weeks"])
add("which castlebrae players are injured and whats wrong with them", "CAS",
    "Captain Ross Tennant has a knee ligament injury and top scorer Kai Okonjo has a hamstring strain.",
    ["Ross Tennant", "knee ligament injury", "Kai Okonjo", "hamstring strain"], ["Injuries have been a major problem"])
add("when did halburys notice the breach and when did it start emailing customers", "HAL",
    "Halbury's discovered the unusual activity on 21 February and began emailing affected customers on Monday.",
    ["21 February", "emailing affected customers on Monday"], ["on its systems on 21 February"])
add("what personal info got taken in the halburys hack, and was any bank card info taken?", "HAL",
    "Names, email addresses, home addresses, dates of birth and points balances were taken; no payment card details or passwords were exposed.",
    ["home addresses", "dates of birth", "no payment card details"], ["Names, email addresses, home addresses"])
add("when did prydderch become principal keeper at penrhos point, and how long were they stuck out there in the 78 storms?", "OBIT",
    "He became principal keeper at Penrhos Point in 1964, and in the winter of 1978 storms cut the keepers off for 19 days.",
    ["Penrhos Point in 1964", "19 days"], ["appointed principal keeper at Penrhos Point", "cut off for 19 days"])

# ----- about_article
add("who wrote the halburys data breach story and what's their job", "HAL",
    "It was written by Daniel Osei, Technology Correspondent at Retail Wire Daily.",
    ["Daniel Osei", "Technology Correspondent"], [m("HAL", "author", "role", "outlet")])
add("when did it come out?", "HAL",
    "The Halbury's story was published on 5 March 2025 (14:40 GMT) by Retail Wire Daily.",
    ["5 March 2025"], [m("HAL", "date", "outlet")])
add("which paper ran the lighthouse keeper obituary", "OBIT",
    "The obituary of Gwilym Prydderch ran in The Cambrian Coast Chronicle, written by features editor Rhys Pennant on 22 April 2025.",
    ["The Cambrian Coast Chronicle"], [m("OBIT", "outlet", "author", "role", "date")])
add("what date was the kilbrannagh library article published", "KIL",
    "The Western Clarion published the Kilbrannagh library story on 11 March 2025 at 08:05 (updated at 12:30).",
    ["11 March 2025"], [m("KIL", "outlet", "date")])
add("whats the headline on the castlebrae rovers piece", "CAS",
    "The headline is \u201cCastlebrae Rovers sack Alan Brodie after Ferryport thrashing\u201d.",
    ["sack Alan Brodie after Ferryport thrashing"], [m("CAS", "headline", "outlet")])
add("what's the kessington article about", "KES",
    "It reports that Kessington city council voted 7-4 to close three of its nine library branches (Elmvale, Riverside and Dunmore) by June 28 and end Sunday opening, saving about $1.9 million a year.",
    ["close three library branches", "voted 7-4", "$1.9 million a year"], [m("KES", "headline", "outlet", "author", "date")])
add("how many articles have you got", "FIRE1 FIRE2 KES KIL CAS HAL OBIT",
    "There are 7 articles: two on the Tallis Gap bushfire at Carrawong, two on library cuts (Kessington and Kilbrannagh), one on Castlebrae Rovers sacking their manager, one on the Halbury's data breach and an obituary of lighthouse keeper Gwilym Prydderch.",
    ["7"], [meta(count=7, files=", ".join(F[k] for k in F))])
add("which articles are about libraries", "KES KIL",
    "Two: the Kessington Standard story on Kessington (Canada) closing three branches, and the Western Clarion story on Kilbrannagh (Ireland) cutting hours and closing the Ardnagh branch.",
    ["Kessington", "Kilbrannagh"], [m("KES", "headline", "outlet"), m("KIL", "headline", "outlet")])
add("which stories cover the bushfire", "FIRE1 FIRE2",
    "Two: The Highcountry Ledger's first report on the Carrawong evacuation (13 January 2025) and the Austral News Service update on the Tallis Gap fire (16 January 2025).",
    ["The Highcountry Ledger", "Austral News Service"], [m("FIRE1", "headline", "outlet", "date"), m("FIRE2", "headline", "outlet", "date")])
add("who wrote the first report on the carrawong evacuation", "FIRE1",
    "Imogen Tarrant, Regional Reporter at The Highcountry Ledger, wrote the first report.",
    ["Imogen Tarrant", "Regional Reporter"], [m("FIRE1", "author", "role", "outlet")])
add("when was the update on the fire published, and by who?", "FIRE2",
    "The update was published by Austral News Service on 16 January 2025 at 3:20pm AEDT, written by Harriet Moorcroft, Emergency Services Reporter.",
    ["16 January 2025", "Austral News Service", "Harriet Moorcroft"], [m("FIRE2", "outlet", "author", "role", "date")])

# ----- overview
add("can u sum up the highcountry ledger's first report on the carrawong evacuation", "FIRE1",
    "Carrawong's roughly 2,300 residents were ordered out at 1:40am Monday as the Tallis Gap bushfire jumped containment lines and burnt about 4,800 hectares; one man died, at least six homes were lost, and officials blamed dry lightning.",
    ["2,300", "4,800 hectares", "One man has died", "At least six homes", "dry lightning"],
    ["The entire town of Carrawong", "The evacuation order was issued at 1:40am", "By Monday evening the fire",
     "One man has died", "At least six homes", "started by dry lightning"])
add("give me a quick rundown of the austral news service update on the tallis gap fire", "FIRE2",
    "A second person, a woman, has died; the fire has burnt 9,150 hectares and destroyed 23 homes; investigators now blame a fallen power line, police have taken over the investigation and Graham Tolliver is the new incident controller.",
    ["A second person has died", "9,150 hectares", "23 homes", "power line", "Graham Tolliver"],
    ["A second person has died", "Investigators now believe the fire", "There has also been a change at the top"])
add("summarise the kessington library story for me", "KES",
    "Kessington council voted 7-4 to close the Elmvale, Riverside and Dunmore branches on June 28 and stop Sunday opening, saving about $1.9 million a year despite 63 residents speaking against it.",
    ["voted 7-4", "Elmvale, Riverside and Dunmore", "June 28", "$1.9 million a year", "no longer open on Sundays"],
    ["voted 7-4 on Wednesday night", "will shut their doors on June 28", "will save about $1.9 million a year"])
add("whats the gist of the kilbrannagh library cuts piece", "KIL",
    "Kilbrannagh City Council voted 11 to six to cut library hours from 48 to 38 a week and close the Ardnagh branch on 30 May, saving \u20ac640,000 a year, despite a 4,870-signature petition.",
    ["11 votes to six", "\u20ac640,000 a year", "38 hours a week", "close on 30 May", "4,870 signatures"],
    ["Kilbrannagh City Council has voted", "Councillors backed the plan by 11 votes", "38 hours a week instead of 48",
     "will close on 30 May", "gathered 4,870 signatures"])
add("give me an overview of what happened at castlebrae rovers", "CAS",
    "Castlebrae Rovers sacked Alan Brodie after 14 months, a day after a 4-0 home defeat by Ferryport left them second from bottom; Craig Nisbet is caretaker and the club wants a permanent manager within three weeks.",
    ["sacked manager Alan Brodie", "14 months in charge", "4-0 home defeat", "second from bottom", "Craig Nisbet"],
    ["Castlebrae Rovers have sacked manager Alan Brodie", "Assistant manager Craig Nisbet, 41"])
add("sum up the halbury's hack story", "HAL",
    "Hackers from a group calling itself GreyMoth stole data on about 1.4 million Halbury's Plus members via a contractor's login taken in a phishing email; no payment card details were exposed, the chain will not pay the ransom and offers 12 months of free credit monitoring.",
    ["about 1.4 million", "GreyMoth", "phishing email", "no payment card details", "12 months of free credit monitoring"],
    ["belonging to about 1.4 million members", "Names, email addresses, home addresses", "the attackers got in using the login details",
     "A criminal group calling itself GreyMoth", "12 months of free credit monitoring"])
add("tell me about the life of the lighthouse keeper in the obituary", "OBIT",
    "Gwilym Prydderch kept the Penrhos Point lighthouse for 27 years until it was automated in 1991, then became Aberwern's historian, writing four books and founding the Aberwern Heritage Room; he died at 88.",
    ["27 years", "automated in 1991", "four books", "Aberwern Heritage Room", "the age of 88"],
    ["has died at the age of 88", "until the light was automated in 1991", "He wrote four books", "In 1995 he founded the Aberwern Heritage Room"])
add("compare the library votes in kessington and kilbrannagh - whats the same and whats different?", "KES KIL",
    "Both councils voted to cut library services to save money despite protests: Kessington (Canada) voted 7-4 to close three of nine branches and end Sunday opening to save $1.9 million, while Kilbrannagh (Ireland) voted 11 to six to close one branch, Ardnagh, and cut hours from 48 to 38 a week to save \u20ac640,000.",
    ["voted 7-4", "11 votes to six", "close three", "$1.9 million a year", "\u20ac640,000 a year"],
    ["voted 7-4 on Wednesday night", "will save about $1.9 million a year", "Kilbrannagh City Council has voted",
     "Councillors backed the plan by 11 votes", "38 hours a week instead of 48"])
add("how did the tallis gap fire story change between the first report and the later update?", "FIRE1 FIRE2",
    "Between the 13 January report and the 16 January update the death toll rose from one to two, the burnt area from 4,800 to 9,150 hectares and homes lost from at least six to 23; the suspected cause changed from dry lightning to a fallen power line, and Graham Tolliver replaced Dana Whitcombe as incident controller.",
    ["A second person has died", "9,150 hectares", "23 homes", "power line", "Graham Tolliver"],
    ["One man has died", "By Monday evening the fire", "started by dry lightning", "A second person has died",
     "Investigators now believe the fire", "There has also been a change at the top"])

# ----- dated_version
add("what's the latest death toll from the carrawong fire", "FIRE1 FIRE2",
    "Two people have died: the first report (13 January) had one death, a man found on Quarry Lane, and the 16 January update confirmed a second, a woman found in a shed on Wirra Creek Road.",
    ["A second person has died", "body of a woman"], ["One man has died", "A second person has died", "the body of a woman was found"])
add("how big has the tallis gap fire got now", "FIRE1 FIRE2",
    "As of the 16 January update the fire has burnt 9,150 hectares, up from about 4,800 hectares on Monday 13 January.",
    ["9,150 hectares"], ["By Monday evening the fire", "A second person has died"])
add("and how many firefighters are on it now?", "FIRE1 FIRE2",
    "About 420 firefighters are now on the ground, including interstate crews, up from about 180 on the Monday.",
    ["About 420 firefighters"], ["About 180 firefighters and 14 aircraft", "About 420 firefighters"])
add("what caused the tallis gap fire", "FIRE1 FIRE2",
    "The first report blamed dry lightning on the ridge above Tallis Gap, but by the 16 January update investigators believed a power line owned by Kestrel Power Networks that came down in strong winds sparked it.",
    ["dry lightning", "power line", "Kestrel Power Networks"], ["started by dry lightning", "Investigators now believe the fire", "The line is owned by"])
add("who's in charge of fighting the fire now", "FIRE1 FIRE2",
    "Graham Tolliver, the Regional Fire Authority's deputy chief officer, has been incident controller since Wednesday, taking over from Dana Whitcombe.",
    ["Graham Tolliver", "Dana Whitcombe"], ["Incident controller Dana Whitcombe said", "There has also been a change at the top"])
add("who is investigating how the carrawong fire started", "FIRE1 FIRE2",
    "Police now lead the investigation, with Detective Inspector Ruth Kandel heading a joint team with the Energy Safety Commission; the Regional Fire Authority investigators who examined the site first will assist.",
    ["Ruth Kandel", "Energy Safety Commission"], ["Fire Authority investigators are examining the site", "The investigation has been handed to police"])
add("how many houses have burned down in the carrawong fire", "FIRE1 FIRE2",
    "The latest figure is 23 homes destroyed (plus about 40 sheds and the Bellbird community hall), up from at least six in the first report.",
    ["23 homes"], ["At least six homes", "A second person has died", "Besides the 23 homes"])
add("where are the evacuees from carrawong supposed to go now", "FIRE1 FIRE2",
    "The relief centre is now the Yallan Sports Stadium; it moved there from the Denholm Recreation Reserve after the Denholm site lost power.",
    ["Yallan Sports Stadium"], ["Evacuees have been directed to a relief centre", "The relief centre for evacuees has moved"])
add("when did the tallis gap fire actually start? i thought it was about 4pm on the sunday", "FIRE1 FIRE2",
    "The first report said lightning struck at about 4pm on Sunday, but call records in the update show the first triple-zero call about smoke came at 2:52pm on Sunday, more than an hour earlier.",
    ["2:52pm on Sunday", "about 4pm on Sunday"], ["started by dry lightning", "the first triple-zero call"])

# ----- mention (yes)
add("is there anything about pets in the fire coverage?", "FIRE1",
    "Yes. The Denholm relief centre set up a pen for pets and livestock, and bakery owner Lorraine Pascoe evacuated with her two dogs.",
    ["a pen for pets and livestock"], ["Evacuees have been directed to a relief centre", "Lorraine Pascoe, who runs the bakery"])
add("does any article mention a radio play", "OBIT",
    "Yes. Gwilym Prydderch's book \u201cThe Last Watch\u201d (2003) was later adapted as a radio play.",
    ["adapted as a radio play"], ["adapted as a radio play"])
add("is phishing mentioned anywhere", "HAL",
    "Yes. In the Halbury's breach, the login details of a Corvane Systems employee had been stolen in a phishing email.",
    ["phishing email"], ["the attackers got in using the login details"])
add("anything about a player getting a red card?", "CAS",
    "Yes. Castlebrae goalkeeper Sandy Mair was sent off on the hour in the 4-0 defeat by Ferryport United.",
    ["Sandy Mair was sent off"], ["Sandy Mair was sent off"])

# ----- mention (no) and unanswerable
NO_TERMS = {
    "is there anything about bitcoin or crypto?": ["bitcoin", "cryptocurrency", "crypto"],
    "do any of the stories mention drones": ["drone"],
    "anything about a trade union or industrial action?": ["trade union", "industrial action"],
    "is covid or the pandemic mentioned anywhere": ["covid", "pandemic", "coronavirus"],
}
for q in NO_TERMS:
    add(q, "", answerable=False)
for q in ["whats the weather going to be like in dublin tomorrow", "can you give me a recipe for banana bread",
          "who won the 2022 world cup", "what time does kessington central library open on saturdays",
          "who is going to be the new castlebrae manager", "when is the funeral for the man who died in the carrawong fire",
          "how many books does the kilbrannagh central library have", "how much is a halbury's plus point worth in money"]:
    add(q, "", answerable=False)

# ----- near_miss: unanswerable, but cite the paragraph that names the entity
add("what year was the penrhos point lighthouse built", "OBIT", ctxs=["appointed principal keeper at Penrhos Point"], answerable=False)
add("how old is he btw?", "CAS", ctxs=["who joined from Kirkmuir Albion in December 2023"], answerable=False)
add("whats the capacity of brae park", "CAS", ctxs=["Sections of the 3,412 crowd at Brae Park"], answerable=False)
add("when was halbury's founded", "HAL", ctxs=["which runs 212 stores across England and Wales"], answerable=False)
add("how much ransom did greymoth ask halburys for", "HAL", ctxs=["A criminal group calling itself GreyMoth"], answerable=False)
add("how old was the woman who died in the tallis gap fire", "FIRE2", ctxs=["the body of a woman was found"], answerable=False)
add("how many signatures did the kessington library petition get", "KES", ctxs=["collecting names for a petition"], answerable=False)
add("what year did the ardnagh library first open", "KIL", ctxs=["renovated in 2019 at a cost of"], answerable=False)

# earlier turns that are not rows of their own
EXTRA_TURNS = {
    "how long was brodie in charge at castlebrae and what was his record":
        "Alan Brodie was in charge for 14 months, joining from Kirkmuir Albion in December 2023, and won 19 of his 52 matches.",
}


# ---------------------------------------------------------------- build
def main():
    rows, kind, n = [], None, 0
    used = set()
    for line in open(os.path.join(D, "questions_draft.txt"), encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("# "):
            continue
        if line.startswith("## "):
            kind = line[3:].strip(); continue
        history = None
        q = line.strip()
        mm = re.match(r"\[after: (.*?)\] (.*)", q)
        if mm:
            prev, q = mm.group(1), mm.group(2)
            prev_ans = A[prev]["ref"] if prev in A else EXTRA_TURNS[prev]
            history = [{"role": "user", "content": prev}, {"role": "assistant", "content": prev_ans}]
        if q not in A:
            sys.exit(f"no answer for draft question {q!r}")
        if q in used:
            sys.exit(f"duplicate question {q!r}")
        used.add(q)
        a = A[q]
        n += 1
        keys = a["art"]
        if kind == "about_article":
            contexts = a["ctx"]
        else:
            contexts = [ctx(keys, s) for s in a["ctx"]]
        row = {
            "id": f"{PREFIX}-{n:03d}", "user_input": q, "kind": kind, "answerable": a["answerable"],
            "reference": a["ref"] if a["answerable"] else "",
            "key_facts": a["kf"] if a["answerable"] else [],
            "reference_contexts": contexts,
            "article": "; ".join(F[k] for k in keys),
        }
        if history:
            row["history"] = history
        for kf in row["key_facts"]:
            if not any(kf in NORM[k] for k in keys):
                sys.exit(f"{row['id']}: key fact {kf!r} not verbatim in {keys}")
        rows.append(row)
    missing = set(A) - used
    if missing:
        sys.exit(f"answers without draft question: {missing}")
    with open(os.path.join(D, "questions.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    terms = {r["id"][len(PREFIX) + 1:]: NO_TERMS[r["user_input"]] for r in rows if r["user_input"] in NO_TERMS}
    with open(os.path.join(D, "mention_no_terms.json"), "w", encoding="utf-8") as fh:
        json.dump(terms, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    print(f"wrote {len(rows)} rows, {len(terms)} mention-no terms")


if __name__ == "__main__":
    main()
