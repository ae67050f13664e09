#!/usr/bin/env python3
"""Writes the 7 invented articles of dev19 into articles/.
Run: python3 make_articles.py   (overwrites the files)
Everything (people, outlets, firms, towns, institutions, figures) is invented;
real countries/regions are used only as settings."""
import os, textwrap, json

D = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(D, "articles")
os.makedirs(ART, exist_ok=True)


def ent(s):
    """HTML-escape and turn some typography into entities."""
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return (s.replace("\u2019", "&rsquo;").replace("\u2018", "&lsquo;")
             .replace("\u201c", "&ldquo;").replace("\u201d", "&rdquo;")
             .replace("\u20ac", "&euro;").replace("\u2013", "&#8211;")
             .replace("\u00a3", "&pound;"))


def write(name, text, crlf=False):
    data = text.replace("\n", "\r\n") if crlf else text
    with open(os.path.join(ART, name), "wb") as fh:
        fh.write(data.encode("utf-8"))


# =====================================================================
# 1. Wildfire, first report: plain text, hard-wrapped at 72 columns, LF
# =====================================================================
FIRE1 = [
    "The entire town of Carrawong in Victoria\u2019s eastern high country was ordered to evacuate in the early hours of Monday after a bushfire burning in the Tallis Gap ranges jumped containment lines and raced towards the southern edge of town.",
    "The evacuation order was issued at 1:40am, and police and volunteers went door to door in the dark to wake residents. About 2,300 people live in Carrawong and on the farms around it.",
    "Many left with little more than a bag of clothes. Long queues of cars formed on Carrawong Road as families headed south through the smoke, and police said the last residents were out by 5am.",
    "By Monday evening the fire had burnt through an estimated 4,800 hectares of bush and farmland, according to the Regional Fire Authority, which is managing the response. That is roughly twice the area it covered at dawn.",
    "One man has died. Police said the 68-year-old was found near his property on Quarry Lane, on the western outskirts of town, shortly after daybreak. His name has not been released, and it is not yet known whether he had tried to leave.",
    "At least six homes have been destroyed, most of them along Quarry Lane and Bellbird Road. Authorities warned that the figure was likely to rise once crews could safely reach the worst-hit areas.",
    "Incident controller Dana Whitcombe said the fire was believed to have been started by dry lightning that struck the ridge above Tallis Gap at about 4pm on Sunday. Fire Authority investigators are examining the site.",
    "\u201cWe had a band of storms come through with a lot of lightning and almost no rain,\u201d Ms Whitcombe told reporters at the Denholm staging area. \u201cThat is the worst combination you can have on a day like that.\u201d",
    "The fire crossed the Mitta Track, a firebreak that crews had spent Sunday night widening with bulldozers, when winds gusting to 70 km/h carried embers more than a kilometre ahead of the fire front.",
    "About 180 firefighters and 14 aircraft, including two large air tankers, were working on the blaze on Monday. Temperatures in the area reached 41 degrees. Crews from neighbouring shires have been called in, with more expected from Melbourne overnight.",
    "Evacuees have been directed to a relief centre at the Denholm Recreation Reserve, about 40 kilometres south of Carrawong, where Banksia Shire Council staff and volunteers have set up beds, hot meals and a pen for pets and livestock.",
    "Lorraine Pascoe, who runs the bakery on Carrawong\u2019s main street, left with her two dogs and a box of family photographs. \u201cYou could see the glow over the hill from my back step. I didn\u2019t wait to be told twice,\u201d she said.",
    "Carrawong Primary School, which was due to host a holiday sports program this week, will stay closed until further notice.",
    "A total fire ban is in place across the eastern high country until at least Wednesday, and residents of nearby Yallan and Bellbird have been told to prepare to leave if conditions worsen.",
    "Banksia Shire mayor Phil Adeyemi said the council would open an emergency hardship fund on Tuesday, and he urged people not to go back to check on their properties. \u201cHouses can be rebuilt. Please stay where you are safe,\u201d he said.",
    "Carrawong Road remains closed between Denholm and the Yallan turn-off. Forecasters expect a cooler southerly change to reach the area on Tuesday evening, though it could bring strong and erratic winds before it arrives.",
]


def wrap(s):
    return textwrap.fill(s, width=72, break_long_words=False, break_on_hyphens=False)


def fire1():
    out = [
        "THE HIGHCOUNTRY LEDGER",
        "Home > News > Regional > Emergencies",
        "CARRAWONG EVACUATED AS TALLIS GAP FIRE JUMPS CONTAINMENT LINES",
        wrap("About 2,300 residents were ordered out overnight as the bushfire burnt through 4,800 hectares. One man has died."),
        "By Imogen Tarrant, Regional Reporter\nPublished: Monday 13 January 2025, 6:45pm AEDT",
        "Share: Facebook | X | WhatsApp | Email | Copy link",
        wrap("[Photo caption: Smoke from the Tallis Gap fire rises above the hills west of Carrawong on Monday morning. Photo: Kym Ashby/The Highcountry Ledger]"),
    ]
    for i, p in enumerate(FIRE1):
        out.append(wrap(p))
        if i == 2:
            out.append("ADVERTISEMENT")
        if i == 5:
            out.append(wrap("Read more: What to pack if you are told to evacuate - a checklist for fire season"))
        if i == 9:
            out.append("ADVERTISEMENT")
    out += [
        "------------------------------------------------------------------------",
        wrap("About the author: Imogen Tarrant covers the Banksia Shire and the eastern high country for the Ledger. She has reported on three fire seasons."),
        wrap("Get the Ledger Morning Brief: the region's news in your inbox before 7am. Sign up at the bottom of any page."),
        "MOST READ\n1. Relief centre appeal: what donations are needed in Denholm\n2. Cattle sales postponed at Yallan saleyards\n3. Road closures across the shire: the full list",
        "48 comments",
        "(c) 2025 The Highcountry Ledger. All rights reserved.",
    ]
    write("wildfire_carrawong_first.txt", "\n\n".join(out) + "\n")


# =====================================================================
# 2. Wildfire, update: HTML with <article>, JSON-LD, <time>, og: tags
# =====================================================================
FIRE2_META = dict(
    headline="Tallis Gap fire: second death confirmed as investigators turn to power line",
    dek="The bushfire has now burnt 9,150 hectares and destroyed 23 homes around Carrawong. Police say a fallen power line, not lightning, is the likely cause.",
    author="Harriet Moorcroft", role="Emergency Services Reporter",
    outlet="Austral News Service", iso="2025-01-16T15:20:00+11:00", shown="16 January 2025, 3:20pm AEDT",
)
FIRE2 = [
    "A second person has died in the Tallis Gap bushfire, which has now burnt through 9,150 hectares of Victoria\u2019s eastern high country and destroyed 23 homes in and around the town of Carrawong.",
    "Police said the body of a woman was found on Wednesday afternoon in a burnt-out shed on Wirra Creek Road, about three kilometres east of the town. She has not yet been formally identified.",
    "Police believe the woman had stayed behind to defend her property. Officers said they had spoken to her on Monday morning and urged her to leave.",
    "Her death follows that of a man who was found near his property on Quarry Lane early on Monday, hours after the whole town was ordered to leave.",
    "Investigators now believe the fire was sparked by a power line that came down in strong winds near Tallis Gap, rather than by the dry lightning that fire officials suspected in the first hours of the blaze.",
    "The line is owned by the electricity distributor Kestrel Power Networks. A spokesman for the company said it was \u201ccooperating fully\u201d and had handed over maintenance records for that section of line, which was last inspected in March 2022.",
    "The investigation has been handed to police, with Detective Inspector Ruth Kandel leading a joint team with the Energy Safety Commission. Regional Fire Authority investigators, who had been examining the ignition site since Monday, will assist.",
    "Records from the emergency call service show the first triple-zero call about smoke at Tallis Gap was made at 2:52pm on Sunday, more than an hour earlier than officials had said. The authority said the earlier time would form part of the investigation.",
    "There has also been a change at the top. Graham Tolliver, the authority\u2019s deputy chief officer, took over as incident controller from Dana Whitcombe on Wednesday morning, after the fire was upgraded to a Level 3 incident.",
    "\u201cDana and her team did an extraordinary job in the first 72 hours,\u201d Mr Tolliver said. \u201cThe scale of this fire now needs a bigger structure around it, and that\u2019s what we\u2019ve put in place.\u201d",
    "About 420 firefighters are now on the ground, including crews from interstate. The fire is contained on three of its four flanks, with the eastern edge still burning in steep, inaccessible country. Crews are using the cooler conditions that followed Tuesday\u2019s southerly change to build new containment lines before temperatures climb again at the weekend.",
    "The relief centre for evacuees has moved from the Denholm Recreation Reserve to the Yallan Sports Stadium, after the Denholm site lost power on Tuesday night when the southerly change brought down trees.",
    "Residents of the northern part of Carrawong, above Carra Creek, were allowed to return from noon on Thursday. The evacuation order remains in place for the rest of the town, including Quarry Lane and Bellbird Road. Police are staffing checkpoints on Carrawong Road.",
    "Besides the 23 homes, about 40 sheds and outbuildings have been lost, along with the Bellbird community hall, a timber building that dated from 1924. Power remains cut to about 1,100 properties.",
    "The state government has announced a A$15 million recovery package, including grants of up to A$10,000 for households that lost their homes. Insurers have put early claims at about A$60 million.",
    "Banksia Shire mayor Phil Adeyemi said the first task was to grieve. \u201cWe have lost two neighbours and a lot of homes. The rebuild will be long, but nobody in Carrawong will do it alone,\u201d he said.",
]


def fire2():
    m = FIRE2_META
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "headline": m["headline"], "description": m["dek"],
        "datePublished": m["iso"], "dateModified": "2025-01-16T17:05:00+11:00",
        "author": {"@type": "Person", "name": m["author"], "jobTitle": m["role"]},
        "publisher": {"@type": "Organization", "name": m["outlet"]},
        "articleSection": "Bushfires",
    }
    body = []
    for i, p in enumerate(FIRE2):
        body.append(f"<p>{ent(p)}</p>")
        if i == 2:
            body.append('<div class="ad-slot" aria-hidden="true">Advertisement</div>')
        if i == 5:
            body.append('<aside class="read-more">Read more: <a href="/news/bushfires/carrawong-evacuation-night">&ldquo;We grabbed the dogs and ran&rdquo;: inside Carrawong&rsquo;s evacuation night</a></aside>')
        if i == 9:
            body.append('<figure class="inline-photo"><img src="/img/yallan-stadium.jpg" alt="Camp beds inside a sports hall"><figcaption>Camp beds at the Yallan Sports Stadium on Wednesday. Photo: Tom Riedel/ANS</figcaption></figure>')
            body.append('<div class="ad-slot" aria-hidden="true">Advertisement</div>')
    html = f"""<!DOCTYPE html>
<html lang="en-AU">
<head>
<meta charset="utf-8">
<title>{ent(m['headline'])} | {m['outlet']}</title>
<meta name="description" content="{ent(m['dek'])}">
<meta property="og:type" content="article">
<meta property="og:title" content="{ent(m['headline'])}">
<meta property="og:description" content="{ent(m['dek'])}">
<meta property="og:site_name" content="{m['outlet']}">
<meta property="og:url" content="https://australnews.example/news/bushfires/tallis-gap-fire-second-death">
<meta property="og:image" content="https://australnews.example/img/tallis-gap-ridge.jpg">
<meta property="article:published_time" content="{m['iso']}">
<meta property="article:author" content="{m['author']}">
<script type="application/ld+json">
{json.dumps(ld, indent=2, ensure_ascii=False)}
</script>
</head>
<body>
<div id="cookie-notice" class="cookie-notice">
  <p class="cookie-text">We use cookies to personalise content and ads and to analyse our traffic. By clicking &ldquo;Accept all&rdquo; you agree to this.</p>
  <button>Accept all</button> <button>Manage preferences</button>
</div>
<nav class="site-nav">
  <ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/news/bushfires">Bushfires</a></li><li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul>
</nav>
<ol class="breadcrumbs"><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/news/bushfires">Bushfires</a></li></ol>
<article class="story">
  <header class="story-head">
    <h1 class="headline">{ent(m['headline'])}</h1>
    <p class="standfirst">{ent(m['dek'])}</p>
    <div class="byline">By <span class="author">{m['author']}</span>, <span class="role">{m['role']}</span> &#8211; {m['outlet']} &#183; <time datetime="{m['iso']}">{m['shown']}</time></div>
    <div class="share-bar">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a> &#183; <a href="#comments">142 comments</a></div>
  </header>
  <figure class="lead-photo"><img src="/img/tallis-gap-ridge.jpg" alt="Burnt hillside"><figcaption>Blackened hills above Tallis Gap on Thursday. Photo: Tom Riedel/ANS</figcaption></figure>
  <div class="article-body" itemprop="articleBody">
{chr(10).join('    ' + b for b in body)}
  </div>
  <div class="article-tags">Tags: <a href="#">Bushfires</a> <a href="#">Victoria</a> <a href="#">Carrawong</a></div>
  <div class="author-bio"><strong>{m['author']}</strong> is ANS&rsquo;s emergency services reporter, based in Melbourne. She has covered floods, fires and storms since 2016.</div>
</article>
<aside class="related-articles">
  <h2>Most read</h2>
  <ol><li><a href="#">How to help people affected by the Tallis Gap fire</a></li><li><a href="#">Power networks face fresh scrutiny over fire risk</a></li><li><a href="#">Heatwave to ease by the weekend</a></li></ol>
</aside>
<div class="newsletter-signup">Get the ANS Daily Briefing. <input type="email" placeholder="Your email"> <button>Sign up</button></div>
<footer class="site-footer">&copy; 2025 Austral News Service. All rights reserved. <a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>
</body>
</html>
"""
    write("wildfire_tallis_gap_update.html", html)


# =====================================================================
# 3. Library look-alike, Canada: Markdown WITH YAML front matter
# =====================================================================
KES_META = dict(
    headline="Kessington council votes to close three library branches",
    dek="Councillors back a 7-4 plan to shut the Elmvale, Riverside and Dunmore branches and end Sunday opening, saving about $1.9 million a year",
    author="Priya Nandakumar", role="City Hall Reporter", outlet="The Kessington Standard",
    iso="2025-03-05T23:10:00-05:00", shown="March 5, 2025",
)
KES = [
    "Kessington city council voted 7-4 on Wednesday night to close three of the city\u2019s nine public library branches by the end of June, a move councillors said was needed to fill a hole in this year\u2019s budget.",
    "The Elmvale, Riverside and Dunmore branches will shut their doors on June 28. The remaining six branches, including the Central Library on King Street, will no longer open on Sundays from April.",
    "The city says the closures and shorter hours will save about $1.9 million a year, out of a library budget of $14.6 million. Seventeen full-time positions will go, mostly through retirements and vacancies that will not be filled.",
    "Library users will also see shorter evenings at the Central Library, which will close at 8 p.m. instead of 9 p.m. on weeknights.",
    "The vote came after nearly six hours of debate, during which 63 residents addressed council. Almost all of them urged councillors to reject the plan. Speakers included a retired teacher who said she had learned English at the Elmvale branch, and a Grade 6 student who read out a letter signed by her whole class.",
    "Mayor Colin Ashdown, who voted in favour, called the decision \u201cpainful but unavoidable\u201d. He blamed a cut to the provincial grant that helps fund municipal libraries and a rise in the city\u2019s policing and transit costs. The province reduced that grant by 18 per cent last year.",
    "\u201cNobody on this council ran for office to close libraries,\u201d Ashdown said. \u201cBut we cannot keep nine branches open on a budget built for six.\u201d",
    "Councillor Teresa Oduya, whose ward includes the Riverside branch, said the closures would hit families without internet at home hardest. \u201cFor a lot of people in my ward, the library is the only place to print a job application,\u201d she said. Oduya voted against the plan.",
    "According to a staff report, the three branches recorded a combined 148,000 visits last year, about 11 per cent of the system\u2019s total. Riverside alone lent out 1,300 Wi-Fi hotspots. The report found that visits to the Dunmore branch had fallen by a third since 2019, the steepest drop of any location.",
    "Chief librarian Martin Kowalczyk said staff would move the most-borrowed collections from the closing branches to nearby locations. The bookmobile service will be expanded, with new stops in all three neighbourhoods. Library cards will work at every branch, and items on hold at the closing branches will be moved automatically.",
    "The Dunmore branch building, which the city owns, is expected to be sold. Elmvale and Riverside operate in leased space in shopping plazas, and those leases will not be renewed.",
    "Council rejected an amendment from councillor Bruno Lefebvre that would have kept Riverside open three days a week. It failed 6-5.",
    "Lefebvre said the saving from closing Riverside, about $410,000, was small compared with the cost to the neighbourhood. \u201cWe are saving pennies and losing a community hub,\u201d he said.",
    "Outside the chamber, about 40 protesters from a group called Friends of Kessington Libraries held signs reading \u201cBooks not budgets\u201d.",
    "The group\u2019s chair, Agnes Whitfield, said it would ask council to reconsider at its fall budget review and was collecting names for a petition. \u201cThis is not over,\u201d she said.",
    "The library board, which had recommended closing only two branches, is to meet on March 18 to begin planning the changes. Staff at the three branches will be briefed on Thursday morning.",
]


def kessington():
    m = KES_META
    out = [
        "---",
        f'title: "{m["headline"]}"',
        f'description: "{m["dek"]}"',
        f'author: "{m["author"]}"',
        f"date: {m['iso']}",
        f'site_name: "{m["outlet"]}"',
        "tags: [city hall, libraries, budget]",
        "---",
        "",
        "[Home](/) \u203a [News](/news) \u203a [City Hall](/news/city-hall)",
        "",
        f"# {m['headline']}",
        "",
        f"**{m['dek']}**",
        "",
        f"*By {m['author']}, {m['role']} \u00b7 {m['outlet']} \u00b7 {m['shown']} \u00b7 Updated 11:48 p.m.*",
        "",
        "![Protesters outside Kessington City Hall](/img/kessington-library-protest.jpg)",
        "*Protesters gather outside council chambers on Wednesday. (Photo: Dale Whitcomb/The Kessington Standard)*",
        "",
    ]
    for i, p in enumerate(KES):
        out += [p, ""]
        if i == 3:
            out += ["> ADVERTISEMENT", ""]
        if i == 7:
            out += ["*Read more: [Which branches are busiest? Library visits by neighbourhood](/news/city-hall/library-visits-2024)*", ""]
        if i == 10:
            out += ["> ADVERTISEMENT", ""]
    out += [
        "---",
        "",
        "Share this story: [Facebook](#) \u00b7 [X](#) \u00b7 [Email](#) \u00b7 31 comments",
        "",
        "**About the author:** Priya Nandakumar has covered Kessington City Hall since 2021. Reach her at pnandakumar@kessingtonstandard.example.",
        "",
        "**Related**",
        "",
        "- [Library board recommends two closures](#)",
        "- [What the 2025 budget means for your property tax](#)",
        "- [Transit fares to rise in May](#)",
        "",
        "\u00a9 2025 The Kessington Standard",
        "",
    ]
    write("kessington_libraries.md", "\n".join(out))


# =====================================================================
# 4. Library look-alike, Ireland: plain text, CRLF, title underlined ====
# =====================================================================
KIL_HEAD = "Kilbrannagh councillors vote to cut library hours and close Ardnagh branch"
KIL = [
    "Kilbrannagh City Council has voted to cut opening hours at its public libraries and to close the branch in Ardnagh, despite a campaign by parents, pensioners and students to save the service. It is the first time the council has closed a library since 1998.",
    "Councillors backed the plan by 11 votes to six at Monday\u2019s budget meeting in City Hall. It is expected to save \u20ac640,000 a year.",
    "Under the changes, the four remaining libraries will open for 38 hours a week instead of 48, and every branch will close on Mondays. Late opening on Thursdays, until 8pm, will also end.",
    "The council\u2019s mobile library, which visits 22 rural stops, is not affected by the cuts.",
    "The Ardnagh branch, which operates from a former bank building on Bridge Street, will close on 30 May. It was renovated in 2019 at a cost of \u20ac310,000, a point raised again and again by opponents of the plan. The branch holds about 11,000 books.",
    "City manager Declan Furlong told the meeting that the council faced a \u20ac4.2 million shortfall this year, driven by higher energy bills and pay increases agreed nationally. \u201cEvery department has been asked to find savings,\u201d he said.",
    "He said the libraries\u2019 share of the savings was \u2018proportionate\u2019 and that no staff would lose their jobs. Eight posts will be left unfilled as staff retire or move on, and Ardnagh staff will be redeployed to the remaining branches.",
    "Cllr Aoife Brennock, who proposed a motion to defer the decision, said the cuts \u201cwill fall on the people with the fewest other options\u201d. She said the council had spent more than that on consultants\u2019 reports last year. Her motion was defeated by 10 votes to seven.",
    "A petition against the cuts, organised by the Ardnagh Residents\u2019 Association, gathered 4,870 signatures in three weeks and was handed to the mayor, Cllr Tom Heverin, before the meeting. Organisers said more than a quarter of the signatures came from children.",
    "Around 200 people protested outside City Hall as councillors arrived. Many carried books, and a group of secondary school students held a silent \u2018read-in\u2019 on the steps. The meeting was briefly adjourned when protesters in the public gallery began chanting.",
    "Nuala Garvey, who ran the Ardnagh branch for 14 years until she retired last year, said it was used by about 900 people a week, including three primary schools that bring classes on Tuesday mornings.",
    "\u201cFor a lot of older people it\u2019s the only place they talk to anyone all week,\u201d she said. \u201cYou can\u2019t put a price on that, but tonight they did.\u201d",
    "Parents\u2019 groups said the end of late opening on Thursdays would hit secondary school students preparing for the Leaving Certificate, who use the Central Library\u2019s study room in the evenings.",
    "The council said it would extend its Library After Hours scheme, which lets members use the Central Library with a card and PIN when no staff are on duty, to a second branch, at Castlequay, next year.",
    "The mayor said the decision would be reviewed in 12 months. \u201cIf the finances improve, hours will be the first thing we restore,\u201d Cllr Heverin said. He added that the council would apply for national funding to extend self-service opening.",
    "The new opening hours take effect from 2 June. The Ardnagh Residents\u2019 Association said it would keep campaigning and planned a public meeting in Ardnagh in April.",
]


def kilbrannagh():
    out = [
        "The Western Clarion  |  News  |  Sport  |  Business  |  Opinion  |  Galway",
        "This site uses cookies. By continuing to browse you agree to our use of cookies. [Accept] [Settings]",
        KIL_HEAD + "\n" + "=" * len(KIL_HEAD),
        "City council backs \u20ac640,000 savings plan by 11 votes to six; opening hours at the four remaining libraries to fall by about a fifth",
        "By Siobh\u00e1n N\u00ed Fhlatharta, Local Government Correspondent\nThe Western Clarion\nPublished: 11 March 2025, 08:05\nLast updated: 11 March 2025, 12:30",
        "Share this article: Facebook \u00b7 X \u00b7 WhatsApp \u00b7 Email",
    ]
    for i, p in enumerate(KIL):
        out.append(p)
        if i == 1:
            out.append("Photo: Protesters with books outside Kilbrannagh City Hall on Monday evening. (Photo: Eoin Mac Craith/The Western Clarion)")
        if i == 4:
            out.append("Advertisement")
        if i == 7:
            out.append("Read more: \u2018Our library is our village\u2019 \u2013 Ardnagh families make their case")
        if i == 10:
            out.append("Advertisement")
    out += [
        "* * *",
        "Siobh\u00e1n N\u00ed Fhlatharta is the Clarion\u2019s Local Government Correspondent. She has reported on Kilbrannagh City Council since 2018.",
        "Sign up for the Clarion Daily newsletter for the day\u2019s top stories.",
        "Most read\n1. Castlequay bridge works to run into summer\n2. Hurling: county panel named for league opener\n3. Rents in Kilbrannagh rise 7% in a year",
        "Comments (56)",
        "\u00a9 2025 The Western Clarion. All rights reserved.",
    ]
    write("kilbrannagh_libraries.txt", "\n\n".join(out) + "\n", crlf=True)


# =====================================================================
# 5. Football manager sacked: WordPress-like HTML
# =====================================================================
CAS_META = dict(
    headline="Castlebrae Rovers sack Alan Brodie after Ferryport thrashing",
    dek="Manager leaves after 14 months in charge, with the club second from bottom and five games without a win",
    author="Jamie Rennie", role="Football Writer", outlet="The Terrace Post",
    iso="2025-02-03T09:15:00+00:00", shown="3 February 2025",
)
CAS = [
    "Castlebrae Rovers have sacked manager Alan Brodie after 14 months in charge, less than 24 hours after a 4-0 home defeat by Ferryport United left the club second from bottom of the league.",
    "The club confirmed the decision in a short statement on Sunday morning, thanking Brodie for his \u201chard work and commitment\u201d and saying the board had acted in the club\u2019s best long-term interests.",
    "Assistant manager Craig Nisbet, 41, will take charge of the first team on a caretaker basis, starting with Saturday\u2019s trip to Glenholm Thistle. He will be assisted by goalkeeping coach Derek Fyfe.",
    "Brodie, who joined from Kirkmuir Albion in December 2023, won 19 of his 52 matches in charge. He guided Rovers to a seventh-place finish last season, their best in a decade, but the side has won only once since November.",
    "Saturday\u2019s defeat was the fifth game in a row without a win. Ferryport led 2-0 at half-time through a Lewis Gault double and added two more after goalkeeper Sandy Mair was sent off on the hour.",
    "Rovers had two good chances before the break, with Jordan Hume hitting the post, but playing with ten men for the final half-hour ended any hope of a comeback.",
    "Sections of the 3,412 crowd at Brae Park chanted for the manager to go, and a small group of supporters gathered outside the main stand after the final whistle. It was the club\u2019s heaviest home defeat since 2016.",
    "Chairwoman Morag Lindsay said the decision had not been taken lightly. \u201cAlan is a good man and a good coach, and he gave everything to this club,\u201d she said. \u201cBut results have not been good enough, and we cannot afford to be dragged into a relegation fight.\u201d",
    "The board met on Saturday evening. People close to the club said directors wanted a new manager to have as much time as possible before the final 15 league games, and felt that waiting until the spring would leave too little.",
    "Brodie had a contract until the summer of 2026. The club did not say whether compensation had been agreed, though Lindsay said the matter would be handled \u201cprivately and fairly\u201d.",
    "Brodie is the third Castlebrae manager to leave in four years. His predecessor, Iain Mackie, resigned in November 2023 after falling out with the board over the transfer budget.",
    "Injuries have been a major problem this season. Captain Ross Tennant has been out since October with a knee ligament injury, and top scorer Kai Okonjo has missed six weeks with a hamstring strain. Brodie himself pointed to the injury list after the Ferryport game, saying he had \u201cnever had a full squad to pick from\u201d since the opening weeks of the season. He did not speak to reporters on Sunday.",
    "Rovers sit one point above bottom club Harlaw Rangers with 15 games left. The bottom side is relegated automatically, while the team that finishes second from bottom goes into a play-off. Harlaw visit Brae Park on 22 February.",
    "Nisbet, a former Rovers midfielder who made more than 200 appearances for the club, said he was \u201chonoured\u201d to step in. \u201cThe players owe the supporters a reaction, and I expect to see one on Saturday,\u201d he said.",
    "Lindsay said the club hoped to appoint a permanent manager within three weeks and had already received a number of applications. Former Kirkmuir Albion boss Stuart Dallas and ex-Rovers captain Neil Carruthers are among those linked with the post.",
]


def castlebrae():
    m = CAS_META
    body = [f'<p class="has-large-font-size standfirst">{ent(m["dek"])}</p>',
            '<figure class="wp-block-image size-large"><img src="https://terracepost.example/wp-content/uploads/2025/02/brodie-touchline.jpg" alt="Alan Brodie on the touchline" class="wp-image-9912"/><figcaption class="wp-element-caption">Alan Brodie watches from the touchline during the defeat by Ferryport United. Photo: Gordon Leckie/The Terrace Post</figcaption></figure>']
    for i, p in enumerate(CAS):
        body.append(f"<p>{ent(p)}</p>")
        if i == 3:
            body.append('<div class="wp-block-group ad-container"><p class="ad-label">ADVERTISEMENT</p><div class="adsbygoogle"></div></div>')
        if i == 6:
            body.append('<p class="read-more-inline"><strong>Read more:</strong> <a href="https://terracepost.example/2024/12/brodie-signs-new-deal/">Brodie: &ldquo;I&rsquo;m here for the long haul&rdquo;</a></p>')
        if i == 10:
            body.append('<div class="wp-block-group ad-container"><p class="ad-label">ADVERTISEMENT</p><div class="adsbygoogle"></div></div>')
    html = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<title>{ent(m['headline'])} &#8211; {m['outlet']}</title>
<meta name="generator" content="WordPress 6.4.3">
<link rel="stylesheet" id="wp-block-library-css" href="https://terracepost.example/wp-includes/css/dist/block-library/style.min.css" media="all">
</head>
<body class="post-template-default single single-post postid-4821 single-format-standard">
<div id="page" class="site">
<div class="cookie-law-info-bar"><span>This website uses cookies to improve your experience. We&rsquo;ll assume you&rsquo;re ok with this.</span> <a class="cli_action_button">Accept</a> <a class="cli_settings_button">Cookie settings</a></div>
<header id="masthead" class="site-header">
  <div class="site-branding"><p class="site-title"><a href="https://terracepost.example/" rel="home">{m['outlet']}</a></p><p class="site-description">Scottish football from the terraces up</p></div>
  <nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li class="menu-item"><a href="/">Home</a></li><li class="menu-item"><a href="/category/news/">News</a></li><li class="menu-item"><a href="/category/match-reports/">Match reports</a></li><li class="menu-item"><a href="/category/transfers/">Transfers</a></li><li class="menu-item"><a href="/podcast/">Podcast</a></li></ul></nav>
</header>
<div id="content" class="site-content">
<main id="main" class="site-main">
<div class="breadcrumbs"><a href="/">Home</a> &raquo; <a href="/category/news/">News</a> &raquo; Castlebrae Rovers</div>
<article id="post-4821" class="post-4821 post type-post status-publish format-standard has-post-thumbnail category-news tag-castlebrae-rovers">
<header class="entry-header">
<h1 class="entry-title">{ent(m['headline'])}</h1>
<div class="entry-meta"><span class="byline">By <span class="author vcard"><a class="url fn n" href="/author/jamie-rennie/">{m['author']}</a></span>, {m['role']}</span> <span class="posted-on"><time class="entry-date published" datetime="{m['iso']}">{m['shown']}</time></span> <span class="comments-link"><a href="#comments">87 Comments</a></span></div>
</header>
<div class="entry-content">
{chr(10).join(body)}
<div class="wp-block-buttons share-buttons"><div class="wp-block-button"><a class="wp-block-button__link">Share on Facebook</a></div><div class="wp-block-button"><a class="wp-block-button__link">Share on X</a></div></div>
</div><!-- .entry-content -->
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/news/">News</a></span> <span class="tags-links">Tagged <a href="/tag/castlebrae-rovers/">Castlebrae Rovers</a>, <a href="/tag/alan-brodie/">Alan Brodie</a></span></footer>
<div class="author-info"><div class="author-avatar"><img src="/wp-content/uploads/rennie.jpg" alt=""></div><div class="author-description"><h2 class="author-title">About {m['author']}</h2><p class="author-bio">Jamie Rennie is the Terrace Post&rsquo;s football writer and has followed the lower leagues for fifteen years.</p></div></div>
</article>
<div id="comments" class="comments-area"><h2 class="comments-title">87 thoughts on &ldquo;{ent(m['headline'])}&rdquo;</h2></div>
</main>
<aside id="secondary" class="widget-area">
<section id="recent-posts-3" class="widget widget_recent_entries"><h2 class="widget-title">Most read</h2><ul><li><a href="#">Harlaw Rangers fans plan protest march</a></li><li><a href="#">Glenholm Thistle v Castlebrae: team news</a></li><li><a href="#">Five things we learned this weekend</a></li></ul></section>
<section id="mc4wp-2" class="widget widget_mc4wp_form_widget"><h2 class="widget-title">Newsletter</h2><form class="mc4wp-form"><p class="newsletter-text">Get the Terrace Post in your inbox every Friday.</p><input type="email" name="EMAIL" placeholder="Email address"> <input type="submit" value="Subscribe"></form></section>
</aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2025 {m['outlet']} &#8211; Proudly powered by WordPress</div></footer>
</div>
</body>
</html>
"""
    write("castlebrae_manager_sacked.html", html)


# =====================================================================
# 6. Supermarket data breach: HTML built only from nested <div>s
# =====================================================================
HAL_META = dict(
    headline="Halbury\u2019s admits hackers stole data of 1.4 million loyalty card members",
    dek="The supermarket chain says names, addresses and dates of birth were taken but insists no payment card details were exposed",
    author="Daniel Osei", role="Technology Correspondent", outlet="Retail Wire Daily",
    shown="5 March 2025, 14:40 GMT",
)
HAL = [
    "The supermarket chain Halbury\u2019s has admitted that hackers stole personal details belonging to about 1.4 million members of its loyalty scheme, one of the largest data breaches to hit a British retailer.",
    "Names, email addresses, home addresses, dates of birth and points balances of Halbury\u2019s Plus members were taken. The company said no payment card details or passwords were exposed, because these are held on a separate system.",
    "The chain, which runs 212 stores across England and Wales, said it discovered \u201cunusual activity\u201d on its systems on 21 February and shut off the attackers\u2019 access within hours. It began emailing affected customers on Monday.",
    "According to the company, the attackers got in using the login details of an employee at Corvane Systems, an outside IT contractor that maintains the loyalty database. Those details had been stolen in a phishing email.",
    "The company said the contractor\u2019s account did not require a second login step, such as a code sent to a phone, which would probably have stopped the attack.",
    "A criminal group calling itself GreyMoth has claimed responsibility on a leak site and posted a sample of what it says is customer data. Halbury\u2019s confirmed it had received a ransom demand but said it would not pay. Researchers have linked the group to attacks on two European retailers last year.",
    "\u201cWe will not reward criminals,\u201d chief executive Fiona Marchetti said in a video message to customers. \u201cI am deeply sorry that this has happened, and I want every member to know exactly what was taken and what we are doing about it.\u201d",
    "The company has reported the breach to the Office of the Data Commissioner and to police. The regulator said it was \u201cmaking enquiries\u201d and can fine companies up to 4 per cent of their global turnover. Halbury\u2019s said the breach was reported within the 72-hour legal deadline.",
    "Halbury\u2019s is offering affected members 12 months of free credit monitoring through the firm SafeTrace, and has told them to be wary of emails, texts and calls that mention their Halbury\u2019s Plus account.",
    "Security researcher Priyanka Dholakia, of the consultancy Northgate Cyber, said the stolen data was \u201cexactly what fraudsters need\u201d to write convincing scam messages. \u201cA date of birth plus a home address is a gift to anyone trying to impersonate you,\u201d she said.",
    "The Halbury\u2019s Plus scheme was launched in 2009 and has about 3.1 million active members, which means roughly 45 per cent of them were affected. Members earn one point for every pound spent.",
    "Shares in the parent company, Halbury Group, fell 6.2 per cent on Tuesday, wiping about \u00a385 million off its market value. They recovered slightly on Wednesday morning.",
    "Corvane Systems said in a statement that it had \u201creset all credentials and introduced additional verification steps\u201d and was working closely with Halbury\u2019s. It declined to say whether any of its other clients had been affected.",
    "Some customers complained on social media that they had learnt of the breach from news reports before getting any email. Halbury\u2019s said all affected members would be contacted by Friday. The consumer group Fair Basket said the delay was \u201cunacceptable\u201d and called on Halbury\u2019s to pay compensation to members whose details were taken.",
    "It is the second security incident at the chain in three years. In 2022 its online grocery service was knocked offline for two days by a denial-of-service attack, although no data was taken that time.",
]


def halburys():
    m = HAL_META
    paras = []
    for i, p in enumerate(HAL):
        paras.append(f'      <div class="para">{ent(p)}</div>')
        if i == 2:
            paras.append('      <div class="ad-unit"><div class="ad-label">ADVERTISEMENT</div><div class="ad-frame"></div></div>')
        if i == 4:
            paras.append('      <div class="inline-link">Read more: <a href="/security/loyalty-schemes-data-risk">Why loyalty schemes are a magnet for hackers</a></div>')
        if i == 8:
            paras.append('      <div class="photo"><img src="/img/halburys-store.jpg" alt="A Halbury&rsquo;s shopfront"><div class="caption">A Halbury&rsquo;s store in Leeds. The chain has 212 shops. Photo: Marcus Hale/Retail Wire Daily</div></div>')
            paras.append('      <div class="ad-unit"><div class="ad-label">ADVERTISEMENT</div><div class="ad-frame"></div></div>')
    html = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{ent(m['headline'])} &#8211; {m['outlet']}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body>
<div id="app">
  <div class="consent-overlay">
    <div class="consent-box">We and our partners use cookies to store and access information on your device. <a href="#">Accept</a> <a href="#">Reject</a> <a href="#">Options</a></div>
  </div>
  <div class="topbar">
    <div class="logo"><a href="/">{m['outlet']}</a></div>
    <div class="menu"><a href="/news">News</a> <a href="/grocery">Grocery</a> <a href="/security">Security</a> <a href="/fashion">Fashion</a> <a href="/jobs">Jobs</a></div>
  </div>
  <div class="crumbs"><a href="/">Home</a> / <a href="/security">Security</a> / Data breaches</div>
  <div class="page">
    <div class="story">
      <div class="headline" role="heading" aria-level="1">{ent(m['headline'])}</div>
      <div class="dek">{ent(m['dek'])}</div>
      <div class="meta">
        <div class="byline">By <span class="name">{m['author']}</span>, <span class="job">{m['role']}</span></div>
        <div class="dateline">{m['outlet']} &#183; {m['shown']}</div>
        <div class="share">Share: <a href="#">LinkedIn</a> <a href="#">X</a> <a href="#">Email</a> &#183; <a href="#comments">23 comments</a></div>
      </div>
      <div class="story-text">
{chr(10).join(paras)}
      </div>
      <div class="story-foot">
        <div class="bio"><div class="bio-name">{m['author']}</div><div class="bio-text">Daniel Osei writes about technology, cyber security and payments for Retail Wire Daily.</div></div>
        <div class="newsletter">Sign up for the Morning Basket newsletter <a href="#">Subscribe</a></div>
      </div>
    </div>
    <div class="rail">
      <div class="rail-title">Most read</div>
      <div class="rail-item"><a href="#">Discounters gain market share for 14th month</a></div>
      <div class="rail-item"><a href="#">Self-checkout theft: what retailers are doing</a></div>
      <div class="rail-item"><a href="#">Loyalty prices under the microscope</a></div>
    </div>
  </div>
  <div class="bottom">&copy; 2025 {m['outlet']}. All rights reserved.</div>
</div>
</body>
</html>
"""
    write("halburys_data_breach.html", html)


# =====================================================================
# 7. Obituary: Markdown WITHOUT front matter
# =====================================================================
OBIT_HEAD = "Gwilym Prydderch, keeper of the Penrhos Point light and chronicler of Aberwern, dies aged 88"
OBIT_DEK = "For 27 years he kept the lamp burning on a rock off the Cardigan Bay coast, then spent three decades rescuing his village\u2019s past from the skip"
OBIT = [
    "Gwilym Prydderch, who kept the lighthouse at Penrhos Point for 27 years and later became the unofficial historian of the fishing village of Aberwern, has died at the age of 88.",
    "He died peacefully on 17 April at Bryn Awel care home in Aberwern, his family said. He had been in poor health since a fall last winter.",
    "Born in Aberwern in December 1936, the son of a fisherman, he left school at 15 to work on his father\u2019s boat before joining the lighthouse service in 1958 as an assistant keeper.",
    "His grandfather had served as a keeper at the Ynys Wen light, and Gwilym said he had wanted the job since he first climbed that tower as a boy of seven.",
    "After spells at stations in Pembrokeshire and on Anglesey, he was appointed principal keeper at Penrhos Point in 1964. He stayed until the light was automated in 1991, when the last keepers were withdrawn.",
    "Life on the rock meant four weeks on and two weeks ashore. Supplies came by boat from Aberwern, weather permitting; in the winter of 1978 storms left the three keepers cut off for 19 days, living on tinned fish and oatmeal.",
    "He liked to say that the job was \u201cnine parts boredom and one part terror\u201d. In 1969 he helped rescue five crew from the cargo ship Marloes Trader after it ran aground on the reef below the lighthouse in fog, and he received a commendation from the lighthouse service.",
    "It was during the long night watches that he began reading local history, filling notebooks with stories he heard from old fishermen and with shipwreck details copied from harbour records. By the time he came ashore for good, he had filled more than 60 of them.",
    "After automation he turned that hobby into a second career. He wrote four books, beginning with \u201cWrecks of the Aberwern Coast\u201d in 1994. He also wrote a weekly column, \u201cFrom the Lamp Room\u201d, for this newspaper for more than a decade.",
    "In 1995 he founded the Aberwern Heritage Room above the village post office, a one-room museum that now holds more than 3,000 photographs, maps and objects, including a brass lens from the old Penrhos Point lamp. It is run entirely by volunteers.",
    "His best-known book, \u201cThe Last Watch\u201d (2003), an account of the final years of manned lighthouses on the Welsh coast, was later adapted as a radio play.",
    "His other books were a history of the village chapel and a collection of photographs of Aberwern\u2019s fishing fleet, published with the Heritage Room in 2011.",
    "Friends remembered a patient, dry-humoured man who answered every letter and never turned away a schoolchild with a question. \u201cHe knew the name of every boat that sailed out of this harbour for a hundred years,\u201d said Eleri Vaughan, who chairs the Heritage Room\u2019s trustees.",
    "He gave a talk every August at the village regatta until 2022, when failing eyesight forced him to stop. The talks, usually about a single shipwreck, regularly drew more than 100 people to the village hall.",
    "His wife, Mair, a schoolteacher, died in 2016. They had been married for 55 years. He is survived by their two daughters, Catrin and Si\u00e2n, and five grandchildren.",
    "A funeral will be held at Aberwern chapel on 2 May. The family has asked for donations, instead of flowers, to the Heritage Room\u2019s fund to restore the old keepers\u2019 cottages at Penrhos Point.",
]


def obituary():
    out = [
        "[The Cambrian Coast Chronicle](/) \u00b7 [News](/news) \u00b7 [Obituaries](/obituaries) \u00b7 [What\u2019s on](/whats-on) \u00b7 [Subscribe](/subscribe)",
        "",
        "> We use cookies to make this site work and to understand how it is used. [Accept](#) [Settings](#)",
        "",
        f"# {OBIT_HEAD}",
        "",
        f"**{OBIT_DEK}**",
        "",
        "*By Rhys Pennant, Features Editor \u00b7 The Cambrian Coast Chronicle \u00b7 22 April 2025*",
        "",
        "![Gwilym Prydderch at Penrhos Point in 1987](/img/prydderch-1987.jpg)",
        "*Gwilym Prydderch on the gallery of the Penrhos Point lighthouse in 1987. Photo: Prydderch family archive*",
        "",
    ]
    for i, p in enumerate(OBIT):
        out += [p, ""]
        if i == 4:
            out += ["> ADVERTISEMENT", ""]
        if i == 8:
            out += ["*Read more: [Inside the Aberwern Heritage Room, the village museum in a single room](/whats-on/aberwern-heritage-room)*", ""]
    out += [
        "---",
        "",
        "Share: [Facebook](#) \u00b7 [X](#) \u00b7 [Email](#) \u00b7 12 comments",
        "",
        "**Rhys Pennant** is features editor of the Chronicle and writes its Lives column.",
        "",
        "**Sign up** for Coast Weekly, our Friday newsletter.",
        "",
        "**Most read**",
        "",
        "1. [Harbour wall repairs to start in June](#)",
        "2. [Regatta returns with new swim race](#)",
        "3. [Ferry timetable changes for the summer](#)",
        "",
        "\u00a9 2025 The Cambrian Coast Chronicle",
        "",
    ]
    write("obituary_prydderch.md", "\n".join(out))


if __name__ == "__main__":
    fire1(); fire2(); kessington(); kilbrannagh(); castlebrae(); halburys(); obituary()
    for name, ps in [("fire1", FIRE1), ("fire2", FIRE2), ("kes", KES), ("kil", KIL), ("cas", CAS), ("hal", HAL), ("obit", OBIT)]:
        print(f"{name:6s} paragraphs={len(ps)} words={sum(len(p.split()) for p in ps)} max_para={max(len(p.split()) for p in ps)}")
