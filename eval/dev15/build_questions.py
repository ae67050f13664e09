#!/usr/bin/env python3
"""Builds questions.jsonl and mention_no_terms.json for dev15.

The questions come word for word from questions_draft.txt (written first, before any answers).
This script only attaches answers: for each draft question, in order, an entry below gives the
article, a model reference answer, key facts (typed from the article, checked by check_set.py)
and the reference contexts. Contexts are pulled out of the article files by a unique snippet,
so they are the full body paragraph (or metadata line) exactly as it reads once HTML tags are
stripped, entities unescaped, e-mail '> ' quoting removed and line wraps joined."""
import html, json, os, re

D = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(D, "articles")
LIVE, UPD = "quilaman_eruption_live.html", "quilaman_eruption_update.md"
CAS, TUE = "castlemorra_cup_levy_newsletter.txt", "tuebbelhafen_packaging_tax.html"
TRI, AUC, EXO = "feltham_murder_verdict.txt", "marwood_auction_record.html", "coralind_exoplanet.md"
TXT = {f: open(os.path.join(ART, f), encoding="utf-8").read() for f in os.listdir(ART)}


def clean(s):
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", s))).strip()

def dequote(t):
    return "\n".join(re.sub(r"^> ?", "", l) for l in t.split("\n"))

def paragraphs(f):
    t = TXT[f]
    if f == LIVE:
        return [clean(p) for p in re.findall(r'<time class="stamp">\d\d:\d\d</time>\s*<p>(.*?)</p>', t, re.S)]
    if f == AUC:
        body = t.split('itemprop="articleBody">')[1].split('<div class="correction-note">')[0]
        return [clean(p) for p in re.findall(r"<p>(.*?)</p>", body, re.S)]
    if f == TUE:
        body = t.split('<div id="artikeltext">')[1].split('<div class="teilen unten">')[0]
        body = re.sub(r'<div class="(?:inline-werbung|lesetipp)">.*?</div>', " ", body, flags=re.S)
        return [clean(p) for p in re.split(r"<br>\s*<br>", body) if clean(p)]
    if f == CAS:
        t = dequote(t)
        body = t.split("Thursday 15 May 2025\n", 1)[1].split("Share this story:")[0]
        return [clean(b) for b in re.split(r"\n\s*\n", body) if b.strip()]
    # txt and md: blank-line separated blocks; the snippet picks the right one
    return [b.strip() for b in re.split(r"\n\s*\n", t) if b.strip()]

PARAS = {f: paragraphs(f) for f in TXT}

def P(f, snippet):
    hits = [p for p in PARAS[f] if snippet in p]
    assert len(hits) == 1, (f, snippet, len(hits))
    return hits[0]

def M(f, snippet):
    """a metadata line (headline, byline, date, caption, JSON-LD line), tag-stripped"""
    t = dequote(TXT[f]) if f == CAS else TXT[f]
    hits = [l for l in t.split("\n") if snippet in l]
    assert len(hits) == 1, (f, snippet, len(hits))
    line = clean(hits[0]) if f.endswith(".html") else hits[0].strip()
    return line.strip("_*# ").strip()


def A(start, article, reference, key_facts=(), contexts=(), history=None, terms=None):
    return dict(start=start, article=article, reference=reference, key_facts=list(key_facts),
                contexts=list(contexts), history=history or [], terms=terms)

# assistant turns reused in histories
H_CUP = "Castlemorra's levy is 25 cents on every disposable cup sold in the town."
H_FELT = "Darren Feltham is 41."
H_PAINT = "'The Lantern Pier at Veyle' sold for £14.2 million, including the buyer's premium."
H_RATES = "Sellers pay 50 cents per disposable cup, 50 cents per disposable food container and 20 cents per set of disposable cutlery."
H_LIVE = ("Cerro Quilamán in Chile's Los Lagos region began erupting at 05:48 on Tuesday 9 September 2025. About 3,200 people "
          "were moved out of Villa Rucalhue, Los Maitenes and Pichicura, the alert was raised to red, two people were missing "
          "and Puerto Casma airport was shut.")
H_CAS = ("Castlemorra councillors voted nine to four for a 25-cent levy on every disposable cup, starting 1 March 2026, "
         "aiming to halve the town's 4.1 million cups a year.")
H_EXO = ("Coralind University astronomers found LHX 4471 b, a rocky planet about 1.6 times Earth's size, in the habitable "
         "zone of a red dwarf 48 light-years away.")

ANSWERS = [
    # ------------------------------------------------------------------ lookup (28)
    A("what time did the chilean", LIVE, "Cerro Quilamán began erupting at 05:48 local time on Tuesday 9 September 2025.",
      ["05:48"], [P(LIVE, "began erupting at 05:48 local time")]),
    A("when did Cerro Quilaman last", LIVE, "It last erupted in 1961; Tuesday's red alert was the first since then.",
      ["1961"], [P(LIVE, "1961")]),
    A("who's in charge of the volcano", LIVE, "Dr Ignacio Ferrada, director of the Andean Volcano Observatory.",
      ["Dr Ignacio Ferrada"], [P(LIVE, "Dr Ignacio Ferrada, director")]),
    A("how many troops", LIVE, "Some 250 soldiers were manning checkpoints on the road north of Villa Rucalhue.",
      ["250 soldiers"], [P(LIVE, "250 soldiers")]),
    A("how far is puerto casma", LIVE, "Puerto Casma, where evacuees are sheltered, is about 40 kilometres to the west of the evacuated communities.",
      ["about 40 kilometres"], [P(LIVE, "about 40 kilometres")]),
    A("name of the park ranger", UPD, "The ranger was Tomás Llanquileo, 34, who had been on duty at the Laguna Verde post.",
      ["Tomás Llanquileo"], [P(UPD, "Tomás Llanquileo, 34")]),
    A("how big is the government's", UPD, "The national government approved an emergency fund of 4.5 billion pesos for clean-up, temporary housing and farmers.",
      ["4.5 billion pesos"], [P(UPD, "4.5 billion pesos")]),
    A("how many cows", UPD, "About 300 cattle died or were missing, according to the regional farmers' association.",
      ["about 300 cattle"], [P(UPD, "about 300 cattle")]),
    A("how much is the castlemorra cup charge", CAS, "The Castlemorra levy is 25 cents per disposable cup.",
      ["25 cents"], [P(CAS, "extra 25 cents")]),
    A("ok and when does it actually start", CAS, "The Castlemorra levy applies from 1 March 2026.",
      ["1 March 2026"], [P(CAS, "1 March 2026")],
      history=[("user", "how much is the castlemorra cup charge per cup"), ("assistant", H_CUP)]),
    A("whats the biggest fine", CAS, "Castlemorra traders who fail to comply face fines of up to €2,000.",
      ["€2,000"], [P(CAS, "€2,000")]),
    A("how many responses came in", CAS, "The consultation drew 1,240 submissions, 71 per cent of them in favour.",
      ["1,240 submissions"], [P(CAS, "1,240 submissions")]),
    A("what was the vote in the Tübbelhafen", TUE, "Tübbelhafen's council voted 31 to 18 for the packaging tax.",
      ["31 to 18"], [P(TUE, "31 to 18")]),
    A("how much will a tubbelhafen takeaway", TUE, "Sellers in Tübbelhafen owe 50 cents for every disposable food container, such as a pizza box or foil tray.",
      ["50 cents for every disposable food container"], [P(TUE, "50 cents for every disposable food container")]),
    A("how much cash does Tübbelhafen", TUE, "The city treasury expects about 1.8 million euros in the first year.",
      ["1.8 million euros"], [P(TUE, "1.8 million euros")]),
    A("who is the mayor of Tübbelhafen", TUE, "The mayor of Tübbelhafen is Sabine Kröhnert.",
      ["Sabine Kröhnert"], [P(TUE, "Mayor Sabine Kröhnert")]),
    A("how many extra inspectors", TUE, "Tübbelhafen plans to hire four additional inspectors, which the opposition says will cost about 260,000 euros a year.",
      ["four additional inspectors"], [P(TUE, "four additional inspectors")]),
    A("how old is darren feltham", TRI, "Darren Feltham is 41.",
      ["Darren Feltham, 41"], [P(TRI, "Darren Feltham, 41")]),
    A("when's he getting sentenced", TRI, "Sentencing was adjourned until 24 October, when the judge will set the minimum term of his mandatory life sentence.",
      ["24 October"], [P(TRI, "24 October")],
      history=[("user", "how old is darren feltham"), ("assistant", H_FELT)]),
    A("how much money did feltham borrow", TRI, "He took out loans totalling £180,000 in the company's name without his partner's knowledge.",
      ["£180,000"], [P(TRI, "totalling £180,000")]),
    A("who was the prosecution barrister", TRI, "Nadia Ormerod KC prosecuted the case.",
      ["Nadia Ormerod KC"], [P(TRI, "Prosecutor Nadia Ormerod KC")]),
    A("what was the jury split", TRI, "The jury convicted Darren Feltham by a 10 to 2 majority.",
      ["10 to 2"], [P(TRI, "10 to 2")]),
    A("what did the marwood painting go for", AUC, H_PAINT,
      ["£14.2 million"], [P(AUC, "sold for £14.2 million")]),
    A("how long did the bidding take", AUC, "The bidding lasted 11 minutes, with five bidders.",
      ["11 minutes"], [P(AUC, "11 minutes")],
      history=[("user", "what did the marwood painting go for"), ("assistant", H_PAINT)]),
    A("who ran the sale of the Lantern Pier", AUC, "Carradine & Lowe held the sale at its saleroom in Haverleigh.",
      ["Carradine & Lowe"], [P(AUC, "saleroom in Haverleigh")]),
    A("what was the most a marwood", AUC, "Her previous auction record was £3.8 million, set in 2019 for 'Girl with Oars'.",
      ["£3.8 million"], [P(AUC, "£3.8 million")]),
    A("how far from earth", EXO, "LHX 4471 b is 48 light-years from Earth.",
      ["48 light-years"], [P(EXO, "48 light-years")]),
    A("how long is a year on LHX", EXO, "It orbits its star once every 19.4 days.",
      ["19.4 days"], [P(EXO, "19.4 days")]),

    # ------------------------------------------------------------------ why_how (16)
    A("why did they shut the airport", LIVE, "Volcanic ash can scour jet engines and cockpit windows, so Puerto Casma airport was closed until the plume shifted.",
      ["scour jet engines and cockpit windows"], [P(LIVE, "scour jet engines")]),
    A("why did the number of evacuees", UPD, "On Wednesday the observatory widened the exclusion zone from 10 to 15 km after the ash column peaked at about 11 km, which brought Quelhue and Los Radales into the evacuation.",
      ["from 10 to 15 kilometres", "Quelhue and Los Radales"], [P(UPD, "from 10 to 15 kilometres")]),
    A("why does it matter that the eruption", UPD, "Volcanologist Carolina Maripán says an eruption driven by water meeting magma tends to lose energy once the water runs out, though it can leave the crater walls weakened and prone to collapse.",
      ["once the water supply is used up", "prone to collapse"], [P(UPD, "lose energy")]),
    A("how did the eastern part", UPD, "A lahar swept away the road bridge over the Río Negrillo on Thursday, cutting off the eastern end of the valley.",
      ["swept away the road bridge"], [P(UPD, "swept away the road bridge")]),
    A("why can't castlemorra's", CAS, "Because of the thin plastic lining that keeps them from going soggy, Castlemorra's cups can't go into household recycling bins.",
      ["thin plastic lining"], [P(CAS, "thin plastic lining")]),
    A("why is the independent councillor", CAS, "Declan Furlong says the Castlemorra levy will hit small businesses and day-trippers hardest and may send customers to the retail park outside the district, where it won't apply.",
      ["land hardest on small businesses", "retail park outside the district boundary"], [P(CAS, "Declan Furlong")],
      history=[("user", "who proposed the cup levy in castlemorra?"),
               ("assistant", "Green Party councillor Aoife Dunleavy proposed the Castlemorra cup levy.")]),
    A("what will castlemorra do", CAS, "The Castlemorra levy money is ring-fenced for public drinking-water refill stations and a shared reusable cup scheme.",
      ["drinking-water refill stations", "shared reusable cup scheme"], [P(CAS, "ring-fenced")]),
    A("why are bakers in Tübbelhafen", TUE, "Holger Wessendorf of the hospitality association calls it a punishment for bakers who open at five in the morning: of a 3.20-euro coffee and roll, 50 cents would go to the town hall, paid by the customer or the baker.",
      ["a punishment for the bakers", "3.20 euros"], [P(TUE, "a punishment for the bakers"), P(TUE, "3.20 euros")]),
    A("how is the kebab shop owner", TUE, "Mehmet Aydın of the Hafen-Grill has already ordered 400 reusable boxes that customers can bring back for washing.",
      ["400 reusable boxes"], [P(TUE, "400 reusable boxes")]),
    A("why does mayor Kröhnert", TUE, "Kröhnert says Tübbelhafen is 'drowning in its own lunch': 2.6 million cups and 1.9 million food containers a year, with street cleaning costs up to 4.3 million euros.",
      ["drowning in its own lunch", "4.3 million euros"], [P(TUE, "drowning in its own lunch")]),
    A("what was feltham's motive", TRI, "He had secretly taken out £180,000 of loans with forged signatures, and Ashdown had booked a meeting with the accountant; prosecutors said he killed him because his deception was about to be exposed.",
      ["deception was about to be exposed", "forged signatures"], [P(TRI, "forged signatures"), P(TRI, "deception was about to be exposed")]),
    A("how did detectives put", TRI, "Detectives used CCTV from a neighbouring marina showing Feltham's van leaving the yard at 9.40pm, and location data from both men's phones.",
      ["CCTV from a neighbouring marina", "location data"], [P(TRI, "CCTV from a neighbouring marina")]),
    A("why didnt the jury believe", TRI, "A pathologist said Mr Ashdown's skull injuries were inconsistent with a fall and showed he was hit at least three times.",
      ["inconsistent with a fall", "hit at least three times"], [P(TRI, "pathologist")]),
    A("why might the marwood painting", AUC, "If the buyer is abroad, an export licence is needed, and the government could impose a temporary export bar so a British museum or gallery can try to raise a matching sum.",
      ["export licence", "temporary bar"], [P(AUC, "export licence")]),
    A("how did the astronomers work out", EXO, "They used a spectrograph in Chile to measure the slight wobble the planet's gravity causes in its star.",
      ["spectrograph in Chile", "wobble"], [P(EXO, "spectrograph in Chile")]),
    A("why does it matter that its star", EXO, "Red dwarfs often give off flares that can strip away planets' atmospheres, so a calm star gives LHX 4471 b a better chance of keeping one.",
      ["strip away atmospheres", "fighting chance"], [P(EXO, "strip away atmospheres"), P(EXO, "fighting chance")],
      history=[("user", "what did the coralind astronomers find?"), ("assistant", H_EXO)]),

    # ------------------------------------------------------------------ multi_part (13)
    A("what time did the eruption begin", LIVE, "It began at 05:48 on Tuesday; the first communities cleared were Villa Rucalhue, Los Maitenes and Pichicura.",
      ["05:48", "Villa Rucalhue, Los Maitenes and Pichicura"], [P(LIVE, "began erupting at 05:48 local"), P(LIVE, "Villa Rucalhue, Los Maitenes and Pichicura")]),
    A("who was the person killed", UPD, "Park ranger Tomás Llanquileo, 34, died; German hiker Lena Hofmann, 27, was found alive in a mountain refuge.",
      ["Tomás Llanquileo", "Lena Hofmann"], [P(UPD, "Lena Hofmann, was found")]),
    A("how many cafes and shops", CAS, "Castlemorra's 38 cafés, petrol stations and fast-food outlets use about 4.1 million single-use cups a year; the aim is to halve that within two years.",
      ["38 cafés", "4.1 million", "halve that figure"], [P(CAS, "4.1 million")]),
    A("who's exempt from the Castlemorra", CAS, "Hospitals, nursing homes and the town's two secondary schools are exempt; The Salt Loft will take 20 cents off drinks served in a customer's own cup.",
      ["Hospitals, nursing homes", "20 cents"], [P(CAS, "Hospitals, nursing homes"), P(CAS, "knocking 20 cents")]),
    A("list the three rates", TUE, H_RATES,
      ["50 cents for every disposable cup", "50 cents for every disposable food container", "20 cents for every set of disposable cutlery"],
      [P(TUE, "20 cents for every set")]),
    A("when does it start and is there a max", TUE, "The Tübbelhafen tax takes effect on 1 January 2026, and the packaging charge on a single meal is capped at 1.50 euros.",
      ["1 January 2026", "1.50 euros"], [P(TUE, "1 January 2026"), P(TUE, "1.50 euros")],
      history=[("user", "list the three rates in the Tübbelhafen packaging tax"), ("assistant", H_RATES)]),
    A("which charges more per cup", "", "Tübbelhafen: 50 cents per disposable cup, against 25 cents in Castlemorra, so twice as much.",
      ["50 cents for every disposable cup", "25 cents"], [P(TUE, "50 cents for every disposable cup"), P(CAS, "extra 25 cents")]),
    A("name the judge", TRI, "The judge was Judge Harriet Venn KC, the prosecutor Nadia Ormerod KC and the defence barrister Julian Pask KC.",
      ["Judge Harriet Venn KC", "Nadia Ormerod KC", "Julian Pask KC"],
      [P(TRI, "Judge Harriet Venn KC"), P(TRI, "Prosecutor Nadia Ormerod KC"), P(TRI, "Julian Pask KC")]),
    A("where and on what date", TRI, "At the partners' boatyard, Ashdown & Feltham Marine in Brackenford, on the evening of 14 January 2025.",
      ["Ashdown & Feltham Marine", "14 January"], [P(TRI, "Saltings Lane")]),
    A("what was the pre-sale estimate", AUC, "It was estimated at £6 million to £8 million; the hammer fell at £12 million (£14.2 million with premium).",
      ["£6 million to £8 million", "£12 million"], [P(AUC, "£6 million to £8 million")]),
    A("who were the sellers", AUC, "The descendants of shipping agent Arthur Treharne, who bought it from Marwood's dealer in 1946 for 300 guineas.",
      ["Arthur Treharne", "300 guineas"], [P(AUC, "Arthur Treharne")]),
    A("how big is the new planet", EXO, "Its radius is about 1.6 times Earth's and its mass roughly 4.3 Earth masses.",
      ["1.6 times", "4.3 Earth masses"], [P(EXO, "1.6 times")]),
    A("who first spotted the planet's signal", EXO, "PhD student Liam Tanaka-Horne spotted the first dip in March 2023.",
      ["Liam Tanaka-Horne", "March 2023"], [P(EXO, "March 2023")]),

    # ------------------------------------------------------------------ overview (9)
    A("summarize the live blog", LIVE, H_LIVE,
      ["05:48", "about 3,200 people", "two people", "raised its alert", "22 departures and arrivals"],
      [P(LIVE, "We are launching"), P(LIVE, "Authorities have so far moved"), P(LIVE, "raised its alert"),
       P(LIVE, "Police have confirmed that two people"), P(LIVE, "22 departures")]),
    A("whats the latest on that volcano", UPD, "As of Saturday 13 September: ranger Tomás Llanquileo was found dead and the hiker survived, some 5,800 people are evacuated, the alert was cut from red to orange on Friday, the airport has reopened and Los Maitenes residents are going home.",
      ["Tomás Llanquileo", "some 5,800 people", "from red to orange", "reopened on Friday afternoon", "back to their homes"],
      [P(UPD, "The body of a park ranger"), P(UPD, "Tomás Llanquileo, 34"), P(UPD, "from red to orange"),
       P(UPD, "reopened on Friday afternoon"), P(UPD, "escorting residents")],
      history=[("user", "summarize the live blog on the chile volcano"), ("assistant", H_LIVE)]),
    A("what's the castlemorra newsletter piece", CAS, H_CAS,
      ["25 cents", "nine votes to four", "1 March 2026", "4.1 million"],
      [P(CAS, "extra 25 cents"), P(CAS, "nine votes to four"), P(CAS, "4.1 million")]),
    A("main points of the Tübbelhafen", TUE, "Tübbelhafen's council voted 31 to 18 for a tax on disposable takeaway packaging from 1 January 2026 (50c per cup or container, 20c per cutlery set), expected to raise about 1.8 million euros in year one; the hospitality association may go to court.",
      ["31 to 18", "50 cents for every disposable cup", "1.8 million euros", "administrative court"],
      [P(TUE, "31 to 18"), P(TUE, "50 cents for every disposable cup"), P(TUE, "1.8 million euros"), P(TUE, "administrative court")]),
    A("sum up the boatyard", TRI, "Darren Feltham, 41, was convicted by a 10 to 2 majority of murdering his business partner Kevin Ashdown, 52, who was about to discover £180,000 of secret loans; sentencing is on 24 October.",
      ["Darren Feltham", "10 to 2", "£180,000", "24 October"],
      [P(TRI, "Darren Feltham, 41"), P(TRI, "10 to 2"), P(TRI, "totalling £180,000"), P(TRI, "24 October")]),
    A("give me the gist of the art auction", AUC, "Elsbeth Marwood's 'The Lantern Pier at Veyle' sold for £14.2 million to an anonymous telephone bidder, far above her previous £3.8 million record; the sellers were descendants of Arthur Treharne.",
      ["£14.2 million", "£3.8 million", "anonymous telephone bidder", "Arthur Treharne"],
      [P(AUC, "sold for £14.2 million"), P(AUC, "anonymous telephone bidder"), P(AUC, "£3.8 million"), P(AUC, "Arthur Treharne")]),
    A("what did the coralind team discover", EXO, H_EXO + " Its equilibrium temperature is about minus 12 degrees Celsius.",
      ["LHX 4471 b", "48 light-years", "1.6 times", "minus 12 degrees Celsius"],
      [P(EXO, "48 light-years"), P(EXO, "1.6 times"), P(EXO, "minus 12")]),
    A("if I run a takeaway in Tübbelhafen", TUE, "The tax is charged to your business, not the customer (50c per cup or container, 20c per cutlery set, capped at 1.50 euros a meal), though most will be passed on; grants of up to 5,000 euros help buy dishwashers and reusable tableware, and information packs come in the autumn.",
      ["levied on the businesses", "capped at 1.50 euros", "up to 5,000 euros", "information packs"],
      [P(TUE, "levied on the businesses"), P(TUE, "capped at 1.50 euros"), P(TUE, "up to 5,000 euros"), P(TUE, "information packs")]),
    A("how did the feltham trial end from", TRI, "Mr Ashdown's family wept in the public gallery at the guilty verdict; his widow Carol Ashdown said the truth had at last been heard. Feltham faces a mandatory life sentence, with the minimum term set on 24 October.",
      ["family wept in the public gallery", "Carol Ashdown", "the truth has been heard", "life sentence was mandatory"],
      [P(TRI, "wept in the public gallery"), P(TRI, "Carol Ashdown"), P(TRI, "24 October")]),

    # ------------------------------------------------------------------ about_article (11)
    A("who wrote the boatyard", TRI, "Simon Treadgold, Courts Correspondent at the Lowmoor Evening Echo.",
      ["Simon Treadgold"], [M(TRI, "By Simon Treadgold")]),
    A("which outlet ran the marwood", AUC, "The Saleroom Review; the byline is Helena Strand and Rafael Oduya.",
      ["The Saleroom Review", "Helena Strand", "Rafael Oduya"],
      [M(AUC, '"publisher"'), M(AUC, '<span class="byline">')]),
    A("when was that published", EXO, "The Western Meridian published it on Tuesday 22 July 2025.",
      ["22 July 2025"], [M(EXO, "*Bethany Coorey, Science Reporter")],
      history=[("user", "what did the coralind team discover, in a nutshell"), ("assistant", H_EXO)]),
    A("whats the headline on the Tübbelhafen", TUE, "'Tübbelhafen votes for tax on takeaway cups, boxes and cutlery'.",
      ["tax on takeaway cups, boxes and cutlery"], [M(TUE, '<h1 class="titel">')]),
    A("what does the standfirst", UPD, "'Four days after Cerro Quilamán blew, scientists revise what set it off and the first families are allowed home.'",
      ["scientists revise what set it off", "first families are allowed home"], [M(UPD, "_Four days after")]),
    A("who took the photo", LIVE, "Camila Retamal of Agencia Austral.",
      ["Camila Retamal"], [M(LIVE, "<figcaption>")]),
    A("was anything corrected", AUC, "Yes. A correction says an earlier version gave 1931 as the year the painting was completed; it was painted in 1928.",
      ["completed in 1931", "painted in 1928"], [M(AUC, "An earlier version of this article")]),
    A("how many articles are about the volcano", "", "Two: The Andes Herald's live page of Tuesday 9 September 2025 and Pacific Wire's update of Saturday 13 September 2025.",
      ["2"], [M(LIVE, '<h1 class="live-title">'), M(UPD, "# Chile volcano:")]),
    A("which articles deal with charges", "", "Two: The Castlemorra Courier newsletter on Castlemorra's 25c cup levy, and the North Sea Gazette on Tübbelhafen's takeaway packaging tax.",
      ["CASTLEMORRA VOTES FOR 25c LEVY ON THROWAWAY CUPS", "Tübbelhafen votes for tax on takeaway cups"],
      [M(CAS, "CASTLEMORRA VOTES FOR"), M(TUE, '<h1 class="titel">')]),
    A("who wrote it?", CAS, "Orla Kinsella, Local Democracy Reporter, for The Castlemorra Courier.",
      ["Orla Kinsella"], [M(CAS, "By Orla Kinsella")],
      history=[("user", "what's the castlemorra newsletter piece about"), ("assistant", H_CAS)]),
    A("who forwarded the castlemorra", CAS, "Maeve Colgan forwarded it to the Castlemorra café owners' list on 15 May 2025.",
      ["Maeve Colgan"], [M(CAS, "From: Maeve Colgan")]),

    # ------------------------------------------------------------------ mention (8: 4 yes, 4 no)
    A("does the Tübbelhafen piece", TUE, "Yes: wooden forks are among the disposable items covered by the Tübbelhafen tax.",
      ["wooden forks"], [P(TUE, "wooden forks")]),
    A("do glaciers come up", LIVE, "Yes: the Río Negrillo drains the glacier on the volcano's summit, and lahars are feared along it.",
      ["drains the glacier"], [P(LIVE, "drains the glacier")]),
    A("does the feltham trial article talk", TRI, "Yes: the secret loans were to cover Feltham's personal debts from online betting.",
      ["online betting"], [P(TRI, "online betting")]),
    A("any mention of CO2", EXO, "Yes: the team wants to search for gases such as carbon dioxide with a space telescope.",
      ["carbon dioxide"], [P(EXO, "carbon dioxide")]),
    A("does any article mention a tsunami", "", "No, none of the articles mentions a tsunami.", terms=["tsunami"]),
    A("is bitcoin or crypto", "", "No, no article mentions bitcoin or any cryptocurrency.", terms=["bitcoin", "crypto"]),
    A("does anything talk about DNA", "", "No, DNA evidence is not mentioned in any article.", terms=["dna"]),
    A("is the james webb", "", "No, the James Webb telescope is not mentioned; the exoplanet team only says it applied for time on a space telescope.", terms=["webb"]),

    # ------------------------------------------------------------------ dated_version (9)
    A("how many people had been evacuated as of", LIVE, "About 3,200 people, from Villa Rucalhue, Los Maitenes and Pichicura, as of Tuesday 9 September.",
      ["about 3,200 people"], [P(LIVE, "Authorities have so far moved")]),
    A("what's the most recent evacuation", UPD, "Some 5,800 people as of Saturday 13 September, up from 3,200 on Tuesday.",
      ["5,800"], [P(UPD, "some 5,800 people")]),
    A("how has the explanation", "", "On Tuesday the observatory blamed a rapid intrusion of fresh magma; by Saturday it said it was a phreatomagmatic blast, rising magma hitting glacier-fed groundwater and flashing it to steam.",
      ["rapid intrusion of fresh magma", "phreatomagmatic"], [P(LIVE, "What set it off?"), P(UPD, "phreatomagmatic")]),
    A("how many people had breathing problems", "", "14 people had been treated on Tuesday; by Saturday the figure was 61, with four still in hospital.",
      ["14 people have been treated", "61 people had now been treated"],
      [P(LIVE, "14 people have been treated"), P(UPD, "61 people had now been treated")]),
    A("is the airport by the volcano", UPD, "No. Puerto Casma airport reopened on Friday afternoon after three days; about 140 flights were cancelled in all.",
      ["reopened on Friday afternoon"], [P(UPD, "reopened on Friday afternoon")]),
    A("what was the alert level", "", "It was raised to red on Tuesday and lowered from red to orange on Friday.",
      ["raised its alert for Cerro Quilamán to red", "from red to orange"], [P(LIVE, "raised its alert"), P(UPD, "from red to orange")]),
    A("and how many ppl were missing", LIVE, "Two: a park ranger and a foreign hiker, whose names had not been released on Tuesday.",
      ["two people"], [P(LIVE, "Police have confirmed that two people")],
      history=[("user", "how many people had been evacuated as of tuesday, the first day?"),
               ("assistant", "About 3,200 people had been moved out by Tuesday 9 September.")]),
    A("how wide was the exclusion zone", "", "It was 10 km on Tuesday and was widened to 15 km on Wednesday.",
      ["10-kilometre exclusion zone", "from 10 to 15 kilometres"], [P(LIVE, "10-kilometre"), P(UPD, "from 10 to 15 kilometres")]),
    A("how many shelters", "", "Four shelters on Tuesday; nine by Saturday.",
      ["four shelters", "Nine shelters"], [P(LIVE, "four shelters"), P(UPD, "Nine shelters")]),

    # ------------------------------------------------------------------ unanswerable (8)
    A("are any towns in county kerry", "", "Not covered: the articles only report cup levies in Castlemorra (County Mayo) and Tübbelhafen (Germany); nothing about County Kerry.",
      history=[("user", "what's the castlemorra newsletter piece about"), ("assistant", H_CAS)]),
    A("what's the best mask", "", "Not covered: the live page only reports doctors urging people to stay indoors and wear a mask; no article recommends a type of mask."),
    A("did cerro pantoja", "", "Not covered: no article mentions Cerro Pantoja; only Cerro Quilamán's eruption is reported."),
    A("what happened in the Gary Munt", "", "Not covered: no article mentions a Gary Munt trial; the only trial reported is Darren Feltham's."),
    A("what's the most expensive painting", "", "Not covered: the auction article gives only Marwood's records, not the world auction record."),
    A("has coralind university found", "", "Not covered: the articles only report LHX 4471 b, Kestrel's first exoplanet."),
    A("how much is the takeaway packaging tax in Vellmar", "", "Not covered: no article mentions Vellmar-Süd."),
    A("is it safe to go on holiday", "", "Not covered: the articles give no travel advice for Chile."),

    # ------------------------------------------------------------------ near_miss (8)
    A("how long will feltham have to serve", TRI, "Not given: life is mandatory, but the judge will only set the minimum term at sentencing on 24 October.",
      contexts=[P(TRI, "24 October")]),
    A("who bought the marwood painting", AUC, "Not given: the buyer was an anonymous telephone bidder, represented by Giles Farrant, who has not agreed to be named.",
      contexts=[P(AUC, "anonymous telephone bidder"), P(AUC, "not agreed to be named")]),
    A("what minimum price did the auction house", AUC, "Not given: Carradine & Lowe guaranteed the sellers a minimum price but did not disclose the figure.",
      contexts=[P(AUC, "guaranteed the sellers")]),
    A("how old is liam tanaka-horne", EXO, "Not given: he is described only as a PhD student in the final year of his doctorate.",
      contexts=[P(EXO, "March 2023"), P(EXO, "final year of his doctorate")]),
    A("how much does she get paid", TUE, "Not given: the article names Mayor Sabine Kröhnert but says nothing about her salary.",
      contexts=[P(TUE, "Mayor Sabine Kröhnert")],
      history=[("user", "who is the mayor of Tübbelhafen?"), ("assistant", "The mayor of Tübbelhafen is Sabine Kröhnert.")]),
    A("when will the space telescope", EXO, "Not given: the team has only applied for observing time on a space telescope; no date is mentioned.",
      contexts=[P(EXO, "applied for observing time")]),
    A("how much has Tübbelhafen set aside", TUE, "Not given: the article says only that businesses can get up to 5,000 euros each, not the total budget.",
      contexts=[P(TUE, "up to 5,000 euros")]),
    A("how much money is the castlemorra levy", CAS, "Not given: the article says about 4.1 million cups are used a year and the money is ring-fenced, but gives no revenue estimate for Castlemorra.",
      contexts=[P(CAS, "4.1 million"), P(CAS, "ring-fenced")]),
]


# ---------------------------------------------------------------- read the draft word for word
draft, kind, earlier = [], None, []
for line in open(os.path.join(D, "questions_draft.txt"), encoding="utf-8").read().split("\n"):
    s = line.rstrip()
    if not s.strip() or s.startswith("#!"): continue
    if s.startswith("## "): kind = s[3:].strip(); continue
    if s.startswith(">> earlier:"): earlier.append(s[len(">> earlier:"):].strip()); continue
    draft.append((s, kind, earlier)); earlier = []
assert len(draft) == len(ANSWERS), (len(draft), len(ANSWERS))

rows, mention_no = [], {}
for n, ((q, kind, earlier), a) in enumerate(zip(draft, ANSWERS), 1):
    assert q.startswith(a["start"]), (n, q, a["start"])
    hist_user = [c for r, c in a["history"] if r == "user"]
    assert hist_user == earlier, (n, hist_user, earlier)
    rid = f"d15-{n:03d}"
    answerable = kind not in ("unanswerable", "near_miss") and not (kind == "mention" and not a["key_facts"])
    row = {"id": rid, "user_input": q, "kind": kind, "answerable": answerable,
           "reference": a["reference"], "key_facts": a["key_facts"] if answerable else [],
           "reference_contexts": a["contexts"], "article": a["article"]}
    if a["history"]:
        row["history"] = [{"role": r, "content": c} for r, c in a["history"]]
    if a["terms"]:
        mention_no[rid] = a["terms"]
    rows.append(row)

with open(os.path.join(D, "questions.jsonl"), "w", encoding="utf-8") as fh:
    for r in rows: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(D, "mention_no_terms.json"), "w", encoding="utf-8") as fh:
    json.dump(mention_no, fh, ensure_ascii=False, indent=1)
print(f"wrote {len(rows)} rows, {len(mention_no)} mention-no term sets")
