#!/usr/bin/env python3
"""Writes the seven invented articles of dev18 into articles/.
Body text lives here so that CRLF endings and the 72-column hard wrap are exact.
Run: python3 make_articles.py"""
import os, textwrap
D = os.path.dirname(os.path.abspath(__file__))
A = os.path.join(D, "articles")
os.makedirs(A, exist_ok=True)


def write(name, text, crlf=False):
    data = text.replace("\n", "\r\n") if crlf else text
    with open(os.path.join(A, name), "w", encoding="utf-8", newline="") as fh:
        fh.write(data)


# ---------------------------------------------------------------- 1. ferry, first report (.txt, CRLF, ==== title)
FERRY1 = [
    "A passenger ferry carrying 437 people ran aground off the Aegean island of Pelinos late on Friday, leaving the vessel listing on a rocky shoal and forcing a night-time evacuation in choppy seas, port officials said.",
    "The Kallisto Star, operated by Meltemi Lines, struck the Drakonisi shoal at about 21:40, roughly 1.8 nautical miles from the harbour of Skala Pelinou. It had left Piraeus seven hours earlier with 402 passengers and 35 crew on board.",
    "Three passengers were taken to the health centre on Pelinos with head and leg injuries, and one crew member was flown by helicopter to a hospital on the mainland. No one was reported missing, according to the local port authority.",
    "\u201cThe ship shook and then there was a long scraping sound, like metal being torn,\u201d said Irini Papadaki, 29, a teacher travelling home with her two children. \u201cPeople were falling over in the cafeteria. The lights went out for about a minute and then everyone started shouting for life jackets.\u201d",
    "Captain Stavros Melidis, the harbour master of Skala Pelinou, who is coordinating the response, said early indications pointed to an engine failure. He said the ship lost propulsion in strong northerly winds and drifted onto the rocks because the crew could not restart the main engine in time.",
    "Fishing boats and two coastguard patrol vessels carried passengers to shore in groups of about forty. The last evacuees reached the quay shortly after 3am on Saturday, and local families opened their homes to those who could not find rooms.",
    "Divers who inspected the hull at first light found a gash about six metres long on the starboard side, below the waterline. The ship was listing at roughly eight degrees but was stable, Melidis said, and there was no sign of fuel leaking into the sea.",
    "Meltemi Lines said in a statement that it was \u201cdeeply sorry\u201d for the distress caused and would cover hotel costs and onward travel for all passengers. The company put the initial cost of salvage and repairs at around \u20ac2 million.",
    "The operator, which runs eleven vessels between Piraeus and the central Cyclades, said the Kallisto Star was built in 1998 and had passed its most recent safety inspection in March.",
    "Salvage crews hope to refloat the vessel on Tuesday, 17 June, if the weather allows, and tow it to a shipyard at Elefsina for repairs. Until then, a 500-metre exclusion zone has been placed around the wreck.",
    "The grounding disrupted sailings across the region at the start of the summer season. Two other Meltemi Lines routes were suspended on Saturday because the company moved its spare vessel to cover the Pelinos service.",
    "On the island, the mood was one of relief. \u201cWe watched the lights of the ship from the harbour and feared the worst,\u201d said Yiannis Drosos, who runs a bakery near the quay. \u201cWhen the first boats came back full of people, everyone was clapping.\u201d",
    "Local officials said the shoal is marked on charts and lit by a beacon, but fishermen have long complained that the light is too weak. The mayor of Pelinos, Anna Lykourgou, said she had asked the authorities for a brighter beacon two years ago.",
    "A full investigation will be led by the port authority, which has already taken statements from the captain and his officers. Melidis said it was too early to apportion blame and urged people not to speculate about the crew.",
]
t = "Aegean Morning Post  |  Home > Greece > Islands > Pelinos\n\n"
t += "COOKIE NOTICE: We use cookies to personalise content and ads and to analyse our traffic. [Accept all] [Manage choices]\n\n"
title = "FERRY RUNS AGROUND OFF PELINOS WITH 437 ON BOARD"
t += title + "\n" + "=" * len(title) + "\n\n"
t += "Passengers ferried ashore by fishing boats overnight as the Kallisto Star lists on a shoal; harbour master points to engine failure\n\n"
t += "By Nikos Varelas, Islands Correspondent\n"
t += "Published: 14 June 2025, 10:25 EEST\n\n"
t += "Share: Facebook | X | WhatsApp | Email | Copy link\n\n"
t += "[Photo: The Kallisto Star listing on the Drakonisi shoal on Saturday morning. Credit: Maria Stathaki / Aegean Morning Post]\n\n"
for i, p in enumerate(FERRY1):
    t += p + "\n\n"
    if i == 3: t += "ADVERTISEMENT\n\n"
    if i == 7: t += "Read more: Island ferry timetables for summer 2025 - what has changed\n\n"
    if i == 10: t += "ADVERTISEMENT\n\n"
t += "----------------------------------------\n\n"
t += "About the author: Nikos Varelas has covered the islands of the central Aegean for the Aegean Morning Post since 2016. He is based on Syros.\n\n"
t += "NEWSLETTER: Get the Islands Briefing in your inbox every Friday. Sign up at aegeanmorningpost.example/newsletters\n\n"
t += "MOST READ\n1. Water shortages return to the smaller islands\n2. Meltemi winds: what sailors need to know this week\n3. Fishermen protest new quota rules\n4. Ferry runs aground off Pelinos with 437 on board\n\n"
t += "Related: Who checks the beacons? A 2023 investigation into island navigation lights\n\n"
t += "(c) 2025 Aegean Morning Post. All rights reserved. | Terms | Privacy | Contact\n"
write("ferry_aground_first.txt", t, crlf=True)

# ---------------------------------------------------------------- 2. ferry, update (.html, <article>, JSON-LD, <time>)
FERRY2 = [
    "Investigators examining the grounding of the ferry Kallisto Star off Pelinos now believe the ship strayed off its planned route before hitting a shoal, rather than losing engine power, according to preliminary findings released on Wednesday.",
    "The finding contradicts the first account given by local officials on the night of the accident, when the harbour master of Skala Pelinou said the vessel had drifted onto rocks after an engine failure.",
    "Data from the ship&rsquo;s voyage data recorder show both main engines were running normally until the moment of impact, said Eleni Vardaki, chief investigator at the Marine Casualty Investigation Board, which took over the inquiry from the local port authority on Monday. The recorder also put the time of the grounding at 21:52, twelve minutes later than first reported.",
    "&ldquo;The vessel was roughly 600 metres east of the course it should have been steering,&rdquo; Vardaki told reporters in Piraeus. &ldquo;We are looking at why the bridge team did not notice this, and at whether the autopilot was set correctly after the ship passed its previous waypoint.&rdquo;",
    "The human toll has also risen. A 71-year-old passenger from Athens who suffered a head injury during the evacuation died in hospital on Monday, and health officials said a total of 11 people had been treated for injuries, up from four in the first reports.",
    "Meltemi Lines also revised the number of people on board to 441, saying four young children travelling on their parents&rsquo; tickets had not been counted in the original tally. The company now says 406 passengers and 35 crew were aboard.",
    "The operator&rsquo;s estimate of the damage has more than doubled. Chief executive Petros Anagnostou said salvage, repairs and compensation would cost about &euro;5.4 million, compared with the &euro;2 million figure the company gave on the day after the accident, because divers found a second breach near the bow.",
    "Anagnostou said the captain and the officer on watch had been suspended on full pay while the investigation continues. &ldquo;We owe our passengers, and the family who lost a loved one, complete honesty about what happened,&rdquo; he said.",
    "Each passenger will receive &euro;250 in compensation on top of a full refund of their fare, the company said. Lawyers representing several families said the offer was too low and that they would wait for the board&rsquo;s final report before deciding whether to sue.",
    "An attempt to refloat the ship, first planned for Tuesday, has been put back to 23 June because winds of up to eight on the Beaufort scale are forecast for the central Aegean this week. Salvors also want to pump out two flooded compartments before moving it.",
    "Once afloat, the Kallisto Star will be towed to a shipyard at Perama rather than Elefsina, because the yard originally chosen has no dry dock free until September.",
    "On Pelinos, the beacon marking the shoal was replaced on Sunday with a brighter LED light, a change the island&rsquo;s mayor, Anna Lykourgou, said she had requested two years ago. &ldquo;It should not take a shipwreck to get a lamp changed,&rdquo; she said.",
    "Sailings on the Pelinos route resumed on Monday using the chartered vessel Aura Nisou, though two smaller Meltemi Lines routes remain suspended until the end of June.",
    "The board said it expected to publish an interim report within 30 days and a final report within a year. Vardaki declined to say whether criminal charges were likely, calling that &ldquo;a matter for prosecutors, not for us&rdquo;.",
]
body = ""
for i, p in enumerate(FERRY2):
    body += f"<p>{p}</p>\n"
    if i == 2: body += '<aside class="ad-slot" aria-label="advertisement">ADVERTISEMENT</aside>\n'
    if i == 6: body += '<aside class="inline-related">Read more: <a href="/accidents/kallisto-star-aground">Ferry with 437 aboard runs aground off Pelinos</a></aside>\n'
    if i == 10: body += '<aside class="ad-slot" aria-label="advertisement">ADVERTISEMENT</aside>\n'
FERRY2_HTML = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Kallisto Star was off course, not adrift, investigators say | Hellas Shipping Chronicle</title>
<meta name="description" content="Preliminary findings point to a navigation error; one passenger has died and the cost estimate has more than doubled.">
<meta property="og:site_name" content="Hellas Shipping Chronicle">
<meta property="article:published_time" content="2025-06-18T16:30:00+03:00">
<script type="application/ld+json">
{{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Kallisto Star was off course, not adrift, investigators say",
 "description": "Preliminary findings point to a navigation error; one passenger has died and the cost estimate has more than doubled.",
 "datePublished": "2025-06-18T16:30:00+03:00", "dateModified": "2025-06-18T18:05:00+03:00",
 "author": {{"@type": "Person", "name": "Daphne Kourou", "jobTitle": "Maritime Affairs Editor"}},
 "publisher": {{"@type": "Organization", "name": "Hellas Shipping Chronicle"}}}}
</script>
</head>
<body>
<div id="cookie-consent" class="consent-banner">This site uses cookies for analytics and advertising. By continuing you accept our <a href="/privacy">cookie policy</a>. <button>OK</button> <button>Manage</button></div>
<header class="site-header">
<div class="logo">Hellas Shipping Chronicle</div>
<nav class="main-nav"><a href="/">Home</a> <a href="/shipping">Shipping</a> <a href="/ports">Ports</a> <a href="/accidents">Accidents</a> <a href="/opinion">Opinion</a></nav>
</header>
<main>
<nav class="breadcrumbs" aria-label="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/shipping">Shipping</a> &rsaquo; <a href="/accidents">Accidents</a></nav>
<article>
<h1>Kallisto Star was off course, not adrift, investigators say</h1>
<p class="standfirst">Preliminary findings point to a navigation error; one passenger has died and the cost estimate has more than doubled.</p>
<div class="byline">By <span class="author">Daphne Kourou</span>, Maritime Affairs Editor &middot; <time datetime="2025-06-18T16:30:00+03:00">18 June 2025, 16:30</time> &middot; Updated <time datetime="2025-06-18T18:05:00+03:00">18:05</time></div>
<ul class="share-buttons"><li><a href="#">Share on Facebook</a></li><li><a href="#">Share on X</a></li><li><a href="#">Share on LinkedIn</a></li><li><a href="#">Email</a></li></ul>
<figure class="lead-image"><img src="/img/kallisto-star-salvage.jpg" alt="Salvage tug beside a listing ferry"><figcaption>A salvage tug stands by the Kallisto Star on the Drakonisi shoal on Tuesday. Photo: Kostas Lambrou for Hellas Shipping Chronicle</figcaption></figure>
<div class="article-body">
{body}</div><!-- /article-body -->
<section class="author-bio"><h2>About the author</h2><p class="bio">Daphne Kourou is maritime affairs editor at Hellas Shipping Chronicle. She previously reported on ports and shipbuilding from Thessaloniki and Rotterdam.</p></section>
<div class="comments-link"><a href="#comments">Comments (23)</a></div>
</article>
<aside class="related-articles"><h2>Related</h2><ul><li><a href="#">Island beacons: the lights nobody maintains</a></li><li><a href="#">Ferry operators brace for a record summer</a></li></ul></aside>
<aside class="most-read"><h2>Most read</h2><ol><li>Tanker rates climb as summer demand builds</li><li>Kallisto Star was off course, not adrift, investigators say</li><li>New electric harbour tugs enter service</li></ol></aside>
<div class="newsletter-signup"><h2>The Chronicle Daily</h2><p>Shipping news you need, every weekday at 7am. <a href="/newsletter">Sign up free</a></p></div>
</main>
<footer class="site-footer"><p>&copy; 2025 Hellas Shipping Chronicle. All rights reserved.</p><p><a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/contact">Contact</a></p></footer>
</body>
</html>
"""
write("ferry_aground_update.html", FERRY2_HTML)

# ---------------------------------------------------------------- 3. Aldbridge (.md, YAML front matter)
ALD = [
    "Aldbridge University plans to close its degrees in German, Italian and Portuguese and scrap its music course, putting 62 jobs at risk as it tries to close a budget deficit of \u00a314.8 million, staff were told on Monday.",
    "The proposals, set out in an email from the vice-chancellor, Professor Miriam Oakhurst, would see the four programmes stop recruiting students from September 2026. Current students, about 410 of them, would be taught until they finish their degrees.",
    "Oakhurst said the university had \u201cno choice\u201d but to shrink because the number of applicants for language degrees has fallen by 38 per cent in five years, while its costs for energy and pensions have risen sharply.",
    "\u201cThese are painful decisions, and I do not take them lightly,\u201d she wrote. \u201cBut we cannot keep running courses that recruit a handful of students each year while the rest of the university subsidises them.\u201d",
    "The cuts would fall most heavily on the School of Humanities, which would lose 41 of its 118 academic posts. A further 21 roles in professional services, including library and timetabling staff, are also under review.",
    "The music degree, which admitted 19 students last autumn, would close along with its orchestral performance pathway, although the campus concert hall would stay open to community groups.",
    "French and Spanish would survive, but only as optional modules for students on business and law degrees rather than as stand-alone honours programmes.",
    "Staff reacted with anger. Dr Tomasz Bielecki, who has taught Portuguese at Aldbridge for 19 years, said colleagues learned of the plans \u201cby email, at nine in the morning, with no warning\u201d. \u201cWe were told last spring that languages were safe,\u201d he said.",
    "The local branch of the lecturers\u2019 union said it would ballot members on strike action, arguing that the university had found \u00a331 million for a new sports and business centre that opened in 2023.",
    "Students organised a sit-in at the library on Tuesday afternoon, with about 200 people attending. Ellie Marsh, a second-year German and history student, said: \u201cMy year abroad in Leipzig is meant to be next year. Nobody can tell us whether it will still happen.\u201d",
    "The town\u2019s member of parliament, Graham Tovey, said he had written to the university asking it to pause the plans, warning that Aldbridge \u201crisks becoming a university without a humanities department in all but name\u201d.",
    "Aldbridge is not alone. A survey by the Council of Modern Language Departments found that at least 17 universities in England had cut or closed language courses since 2020, largely because fewer pupils take a language at school after the age of 14.",
    "Employers have also warned of the consequences. Sarah Penhaligon of the Aldbridge Chamber of Commerce said local exporters already struggled to recruit German speakers and that the cuts would \u201cmake a bad situation worse\u201d, adding that several firms in the town sell machinery to Germany and Austria.",
    "A 45-day consultation with staff will run until 24 April. The university\u2019s governing council is expected to make a final decision at its meeting on 15 May.",
    "Oakhurst said compulsory redundancies would be a \u201clast resort\u201d and that the university would first offer voluntary severance, with applications opening next week.",
    "A university spokesperson said the savings plan, if approved, would return Aldbridge to a small surplus by 2028, and that income from international students had also fallen by about a fifth since 2023.",
]
t = """---
title: "Aldbridge University to axe three language degrees and music, putting 62 jobs at risk"
description: "Vice-chancellor blames falling applications and a £14.8m deficit; lecturers' union threatens a strike ballot"
author: Hannah Whitcombe
author_role: Education Correspondent
date: 2025-03-11T17:45:00Z
site_name: Midlands Campus Review
categories: [Education, Universities]
tags: [Aldbridge University, languages, job cuts]
---

[Home](/) › [Education](/education) › [Universities](/education/universities)

> **Cookies:** Midlands Campus Review uses cookies to remember your settings and to measure readership. [Accept all](#) · [Reject non-essential](#) · [Settings](#)

# Aldbridge University to axe three language degrees and music, putting 62 jobs at risk

**Vice-chancellor blames falling applications and a £14.8m deficit; lecturers' union threatens a strike ballot**

*By Hannah Whitcombe, Education Correspondent · Midlands Campus Review · 11 March 2025, 17:45*

Share: [Facebook](#) · [X](#) · [LinkedIn](#) · [WhatsApp](#) · [Email](#)

![Students sitting on the floor of a university library holding placards](/images/aldbridge-sit-in.jpg)
*Students at the library sit-in on Tuesday afternoon. Photo: Jack Ormerod / Midlands Campus Review*

"""
for i, p in enumerate(ALD):
    t += p + "\n\n"
    if i == 4: t += "`ADVERTISEMENT`\n\n"
    if i == 8: t += "**Read more:** [Which universities are cutting languages? Our tracker](/education/languages-tracker)\n\n"
    if i == 10: t += "`ADVERTISEMENT`\n\n"
t += """---

### About the author

**Hannah Whitcombe** is education correspondent at Midlands Campus Review. She covers universities, colleges and student finance, and previously worked for a regional radio station.

### Most read

1. Tuition fee freeze: what it means for regional universities
2. Aldbridge University to axe three language degrees and music, putting 62 jobs at risk
3. Student rents rise 9% in a year

**Newsletter:** Campus Week lands every Sunday morning. [Sign up](/newsletter)

*© 2025 Midlands Campus Review. All rights reserved. [Privacy](/privacy) · [Terms](/terms)*
"""
write("aldbridge_language_cuts.md", t)

# ---------------------------------------------------------------- 4. Vesterholm (.txt, hard-wrapped at 72)
VES = [
    "Vesterholm University will close its bachelor programmes in French, Japanese, art history and theatre studies, cutting 38 academic posts, after its board approved a savings plan on Tuesday to cover a shortfall of 96 million kroner.",
    "The decision, taken by seven votes to two, means the four programmes will admit no new students from the autumn of 2025. Around 260 students already enrolled will be allowed to complete their studies, the university said.",
    "Rector Henrik Aasgaard said the cuts were forced by a change in how the government funds universities, which from this year pays institutions partly according to how many of their graduates find work within two years of finishing.",
    "\u201cHumanities graduates often take longer to find their first job, so the new model hits faculties like ours hardest,\u201d Aasgaard said at a press briefing. \u201cWe have protected as much as we can, but the numbers do not add up.\u201d",
    "Under the plan, the Faculty of Arts will shrink from 214 to 176 academic staff. Spanish, German and English will remain, and the university will merge its two remaining language departments into a single School of Languages and Cultures from January 2026.",
    "Art history, which has been taught at Vesterholm since 1961, had 94 students and recruited 23 newcomers last year. Japanese, the smallest of the four programmes, took in only 11.",
    "Theatre studies, the only programme of its kind in western Denmark, had 71 students. French recruited 18 new students last year, down from 40 a decade ago.",
    "Lecturers said the board ignored alternatives. Associate Professor Ingrid Solheim, head of the art history section, said staff had proposed sharing courses with a neighbouring university, which would have saved an estimated 14 million kroner a year. \u201cIt was never properly discussed,\u201d she said.",
    "Several lecturers said they would look for work abroad rather than wait to learn whether they were among those let go. One said three colleagues in Japanese had already accepted offers from universities in Germany and the Netherlands.",
    "The students\u2019 council collected more than 6,300 signatures against the plan in three weeks and staged a protest outside the administration building, where students read aloud from plays in French and Japanese.",
    "\u201cClosing Japanese in a port city that trades with Asia every day makes no sense,\u201d said Kasper Lund, 22, a second-year Japanese student and council member.",
    "The city\u2019s mayor, Birgitte Holm-Rasmussen, said she regretted the decision because the theatre studies programme supplies many of the staff at Vesterholm\u2019s municipal theatre, which she described as \u201ca cultural heart of the city\u201d.",
    "Danish universities have cut about 1,900 humanities places since 2022, according to figures from the Danish Association of University Teachers. Critics say the funding model rewards short-term employment over the long-term value of a degree.",
    "Aasgaard said the university would try to avoid compulsory layoffs by leaving vacancies unfilled and by offering early retirement to staff over 62. About 15 of the 38 posts are expected to go that way.",
    "The remaining notices will be issued by 1 June, the rector said. Staff will receive three months\u2019 notice under Danish employment rules, and the unions have asked for talks on how people will be selected.",
    "The university said it would review the situation in 2027 and could reopen a programme if funding improved, but Solheim said few colleagues believed that promise. \u201cOnce a subject is gone, it does not come back,\u201d she said.",
]
W = lambda s: textwrap.fill(s, width=72)
t = "NORDIC CAMPUS JOURNAL\nHome / Higher education / Nordic universities\n\n"
t += W("[This website uses cookies. By clicking \"Accept\" you agree to our use of cookies for statistics and marketing. Accept | Decline | Read more]") + "\n\n"
t += "VESTERHOLM UNIVERSITY AXES FRENCH, JAPANESE, ART HISTORY AND THEATRE\n\n"
t += W("Board backs a savings plan to plug a 96m-kroner hole; 38 academic posts to go as new funding rules bite") + "\n\n"
t += "By Mette Gravlund, Higher Education Reporter\n2 April 2025, 14:05 CET\n\n"
t += "Share this story: Facebook / X / LinkedIn / Copy link\n\n"
t += W("Photo: Students read from French and Japanese plays outside the administration building in Vesterholm. (Anders Kjeldsen / Nordic Campus Journal)") + "\n\n"
for i, p in enumerate(VES):
    t += W(p) + "\n\n"
    if i == 3: t += "ADVERTISEMENT\n\n"
    if i == 7: t += W("Read more: Funding by jobs - how the new university model works") + "\n\n"
    if i == 10: t += "ADVERTISEMENT\n\n"
t += "--\n\n"
t += W("About the author: Mette Gravlund writes about universities and research policy across the Nordic countries for Nordic Campus Journal. She studied journalism in Aarhus.") + "\n\n"
t += "Most read this week:\n  1. Student housing queues reach a record\n  2. Vesterholm axes French, Japanese, art history and theatre\n  3. Why Nordic PhD stipends are falling behind\n\n"
t += W("NEWSLETTER - The Campus Letter: one email every Thursday with the week's higher education news. Subscribe at nordiccampusjournal.example/letter") + "\n\n"
t += "(c) 2025 Nordic Campus Journal | About | Privacy | Advertise\n"
write("vesterholm_arts_cuts.txt", t)

# ---------------------------------------------------------------- 5. Greenvault verdict (.html, divs only)
GV = [
    "Tobias Renwick, the founder of solar-battery start-up Greenvault Energy, has been found guilty of defrauding investors of A$212 million by inflating the number of home batteries his company had installed.",
    "A jury at the Port Kestrel District Court returned guilty verdicts on six of the eight fraud counts on Thursday after deliberating for four days. Renwick, 44, was acquitted of two counts relating to a 2021 bank loan.",
    "Prosecutors told the nine-week trial that Renwick claimed Greenvault had fitted more than 14,000 batteries in homes across Queensland and New South Wales, when the true figure was about 3,100, fewer than a quarter of the number claimed.",
    "The inflated figures were used in three fundraising rounds between 2020 and 2023, prosecutor Helena Draycott said. Investors included two pension funds and hundreds of small shareholders who bought in through a crowdfunding platform.",
    "&ldquo;This was not an optimistic founder getting ahead of himself,&rdquo; Draycott told the jury in her closing address. &ldquo;This was a deliberate, sustained lie, told again and again because the money kept coming.&rdquo;",
    "The case turned largely on the evidence of Greenvault&rsquo;s former chief financial officer, Marcus Whitely, who pleaded guilty to a lesser charge last year and testified against his former boss. He said Renwick had personally edited the installation spreadsheets before they were sent to investors.",
    "Jurors were shown emails in which Renwick called the installation count &ldquo;the number that matters&rdquo; and urged staff to &ldquo;keep the momentum story alive&rdquo; ahead of a 2022 funding round.",
    "Renwick&rsquo;s defence argued that the figures included batteries that had been ordered but not yet fitted, and that investors had been told this in the small print. His barrister, Owen Castleton, said his client had &ldquo;believed in the product until the very end&rdquo;.",
    "Renwick did not give evidence in his own defence. His lawyers called two former installers, who said the company&rsquo;s records were chaotic and that double counting could have happened by mistake.",
    "Renwick showed no emotion as the verdicts were read. Outside court, a small group of investors applauded. &ldquo;I lost A$85,000, most of my retirement savings,&rdquo; said Dorothy Keane, 68, a retired nurse from the Sunshine Coast. &ldquo;Today someone finally said it out loud: he lied.&rdquo;",
    "Greenvault, founded in 2017 and once valued at A$1.1 billion, collapsed into administration in March 2024 after a whistleblower complaint prompted an audit. Administrators have so far recovered about A$19 million for creditors, who are owed more than A$260 million in total.",
    "Judge Patricia Ambrose remanded Renwick in custody, refusing a bail application because she said he had access to overseas funds and presented a flight risk. Each fraud count carries a maximum sentence of ten years.",
    "Sentencing is scheduled for 22 August. Castleton said outside court that his client was considering an appeal.",
    "The verdict is one of the largest corporate fraud convictions in the country in a decade, said Dr Nadia Sorell, a governance lecturer at Harbourside University. She said the case exposed weak checks on crowdfunded companies.",
    "&ldquo;Small investors were relying on numbers that nobody independent had ever checked,&rdquo; Sorell said. &ldquo;Regulators need to look at how these platforms vet what companies tell the public.&rdquo;",
    "A separate class action brought by about 2,400 shareholders is due to begin in the same court in February next year. Whitely, who faces up to four years in prison, will be sentenced in July.",
]
paras = ""
for i, p in enumerate(GV):
    paras += f'  <div class="para">{p}</div>\n'
    if i == 3: paras += '  <div class="ad-slot">ADVERTISEMENT</div>\n'
    if i == 8: paras += '  <div class="inline-link">Read more: <a href="/business/greenvault-collapse">How Greenvault went from A$1.1bn darling to administration</a></div>\n'
    if i == 10: paras += '  <div class="ad-slot">ADVERTISEMENT</div>\n'
GV_HTML = f"""<!DOCTYPE html>
<html lang="en-AU">
<head>
<meta charset="utf-8">
<title>Greenvault founder Tobias Renwick guilty of A$212m investor fraud - The Port Kestrel Herald</title>
</head>
<body>
<div class="site">
 <div class="consent-bar">We and our partners use cookies and similar technologies to improve your experience and show relevant ads. <span class="btn">Accept</span> <span class="btn">Reject</span> <span class="btn">Options</span></div>
 <div class="masthead"><div class="logo">The Port Kestrel Herald</div><div class="menu"><a href="/">Home</a> | <a href="/news">News</a> | <a href="/business">Business</a> | <a href="/courts">Courts</a> | <a href="/sport">Sport</a></div></div>
 <div class="crumbs"><a href="/">Home</a> &gt; <a href="/courts">Courts</a> &gt; <a href="/courts/fraud">Fraud</a></div>
 <div class="headline">Greenvault founder Tobias Renwick guilty of A$212m investor fraud</div>
 <div class="dek">Jury finds solar-battery entrepreneur lied about installation figures to raise money from pension funds and small savers</div>
 <div class="byline">By Liam Harcourt, Courts Reporter</div>
 <div class="dateline">Thursday 22 May 2025, 5:48pm AEST</div>
 <div class="share-row">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Email</a> <a href="#">Print</a></div>
 <div class="photo"><img src="/img/renwick-court.jpg" alt="A man in a suit walking into a court building"><div class="caption">Tobias Renwick arrives at the Port Kestrel District Court in April. Photo: Sean Mahony / The Port Kestrel Herald</div></div>
 <div class="story-text">
{paras} </div>
 <div class="author-box"><div class="author-name">Liam Harcourt</div><div class="author-bio">Liam Harcourt is the Herald&rsquo;s courts reporter. He has covered criminal and commercial trials in Port Kestrel since 2019.</div></div>
 <div class="newsletter-box">Business Brief &amp; Courts Wrap: sign up for our free weekday newsletter. <a href="/newsletters">Subscribe</a></div>
 <div class="related"><div class="related-title">Related stories</div><div class="related-item"><a href="#">Greenvault whistleblower: &lsquo;I knew the numbers were wrong&rsquo;</a></div><div class="related-item"><a href="#">Crowdfunding rules under review after start-up failures</a></div></div>
 <div class="most-read"><div class="mr-title">Most read</div><div class="mr-item">1. Harbour bridge closures this weekend</div><div class="mr-item">2. Greenvault founder Tobias Renwick guilty of A$212m investor fraud</div><div class="mr-item">3. Council rates to rise 4.5 per cent</div></div>
 <div class="footer">&copy; 2025 The Port Kestrel Herald. All rights reserved. <a href="/privacy">Privacy</a> | <a href="/terms">Terms of use</a></div>
</div>
</body>
</html>
"""
write("greenvault_founder_verdict.html", GV_HTML)

# ---------------------------------------------------------------- 6. Ravensholt zoo (.html, WordPress-like)
ZOO = [
    "A clouded leopard that escaped from Ravensholt Zoo on Thursday evening was found asleep in a garden shed about 1.2 kilometres away on Friday afternoon, ending a 19-hour search that kept hundreds of residents indoors.",
    "The female leopard, a four-year-old named Suri, slipped out of her enclosure at about 7.15pm through a gap in the mesh roof. Keepers believe a heavy branch from an oak tree, brought down by storms on Wednesday night, had torn the mesh.",
    "Zoo staff noticed she was missing during the evening feed and raised the alarm within 20 minutes, director Marloes Hendrikse said. The zoo was evacuated and its 1,300 visitors were escorted to the car park.",
    "Police set up a cordon around the Ravensholt woods and told people living in the nearby Oosterweide district to keep children and pets inside. A drone with a thermal camera and two teams of keepers searched through the night, while keepers left meat and Suri&rsquo;s familiar bedding near the enclosure in the hope she would return on her own.",
    "&ldquo;Clouded leopards are shy animals and generally avoid people, but she is a predator and she was frightened,&rdquo; Hendrikse said. &ldquo;We could not take any risks.&rdquo;",
    "Suri was spotted shortly after 2pm on Friday by a resident, Pieter van Aalst, who went to fetch a bicycle pump from his allotment shed. &ldquo;I opened the door and there were two eyes looking at me,&rdquo; he said. &ldquo;I closed it again very quietly and called the number on the radio.&rdquo;",
    "Van Aalst said he had heard the warning on local radio the night before but assumed the cat would be &ldquo;miles away by then&rdquo;. His allotment lies on the edge of the Oosterweide district, close to a footpath used by dog walkers.",
    "The zoo&rsquo;s vet, Dr Femke Brouwer, sedated the animal with a dart, and she was back at the zoo in a transport crate less than an hour later. Brouwer said Suri had a small cut on one paw but was otherwise unharmed.",
    "There were no reports of injuries to people or other animals. One resident said a neighbour&rsquo;s rabbits had been found unharmed in their hutch, despite a paw print on its roof. Police closed two roads around the woods overnight, and a primary school in Oosterweide postponed a holiday club on Friday morning as a precaution.",
    "The zoo, which houses about 600 animals from 140 species, will stay closed on Saturday and Sunday while engineers inspect every enclosure with a netted roof. Hendrikse said trees near the big cat area would be cut back.",
    "Provincial animal welfare inspectors said they would visit the site next week. The zoo&rsquo;s licence requires it to report any escape of a dangerous animal within 24 hours, which it did, an inspector confirmed.",
    "It is the second escape at Ravensholt in three years. In 2022, two red pandas got out through a drainage channel and were found in a car park the same evening.",
    "Some residents questioned why the public alert came only at 8.40pm, more than an hour after Suri was missed. &ldquo;We were walking the dog in the woods and nobody told us anything,&rdquo; said Ria Smulders, 51.",
    "Hendrikse said the delay happened because police wanted to confirm the leopard had left the zoo grounds before sending a warning to phones, to avoid causing panic if she was still hiding inside.",
    "Clouded leopards, which come from the forests of South-East Asia, are listed as vulnerable. Ravensholt takes part in a European breeding programme, and Suri was due to be paired with a male from a Czech zoo this autumn.",
]
paras = ""
for i, p in enumerate(ZOO):
    paras += f"<p>{p}</p>\n"
    if i == 2: paras += '<div class="wp-block-group ad-slot"><span class="ad-label">ADVERTISEMENT</span></div>\n'
    if i == 7: paras += '<div class="wp-block-related-post"><strong>Read more:</strong> <a href="https://lowlandcourier.example/2022/06/red-pandas-found-in-car-park/">Red pandas found in zoo car park after brief escape</a></div>\n'
    if i == 10: paras += '<div class="wp-block-group ad-slot"><span class="ad-label">ADVERTISEMENT</span></div>\n'
ZOO_HTML = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Escaped clouded leopard found asleep in shed after 19-hour hunt &#8211; The Lowland Courier</title>
<link rel='stylesheet' id='wp-block-library-css' href='https://lowlandcourier.example/wp-includes/css/dist/block-library/style.min.css?ver=6.5.2' media='all' />
<link rel='stylesheet' id='newsup-style-css' href='https://lowlandcourier.example/wp-content/themes/newsup/style.css?ver=6.5.2' media='all' />
<meta name="generator" content="WordPress 6.5.2" />
<link rel="canonical" href="https://lowlandcourier.example/2025/08/08/escaped-clouded-leopard-found-asleep-in-shed/" />
</head>
<body class="post-template-default single single-post postid-48213 single-format-standard">
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner"><div class="cmplz-message">We use cookies to optimise our website and our service. <a href="/cookie-policy/">Cookie policy</a></div><button class="cmplz-accept">Accept</button> <button class="cmplz-deny">Deny</button> <button class="cmplz-view-preferences">Preferences</button></div></div>
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header">
<p class="site-title"><a href="https://lowlandcourier.example/" rel="home">The Lowland Courier</a></p>
<p class="site-description">News from the heart of the Netherlands</p>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li class="menu-item"><a href="/category/news/">News</a></li><li class="menu-item"><a href="/category/regional/">Regional</a></li><li class="menu-item"><a href="/category/environment/">Environment</a></li><li class="menu-item"><a href="/category/sport/">Sport</a></li></ul></nav>
</header>
<div id="content" class="site-content">
<main id="main" class="site-main">
<article id="post-48213" class="post-48213 post type-post status-publish format-standard has-post-thumbnail category-regional tag-ravensholt-zoo">
<header class="entry-header">
<div class="breadcrumbs"><a href="/">Home</a> &raquo; <a href="/category/regional/">Regional</a> &raquo; <span>Ravensholt</span></div>
<h1 class="entry-title">Escaped clouded leopard found asleep in shed after 19-hour hunt</h1>
<p class="entry-excerpt">Keepers dart four-year-old Suri in an allotment 1.2km from Ravensholt Zoo; storm-damaged roof mesh blamed for the breakout</p>
<div class="entry-meta"><span class="byline">By <span class="author vcard"><a class="url fn n" href="/author/jverkerk/">Joost Verkerk</a></span>, Regional Reporter</span> &middot; <span class="posted-on"><time class="entry-date published" datetime="2025-08-08T18:20:00+02:00">8 August 2025</time></span></div>
</header>
<figure class="wp-block-image size-large"><img decoding="async" src="https://lowlandcourier.example/wp-content/uploads/2025/08/suri-clouded-leopard.jpg" alt="A clouded leopard resting on a branch" /><figcaption class="wp-element-caption">Suri, pictured in her enclosure last year. Photo: Ravensholt Zoo / handout</figcaption></figure>
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a class="share-facebook" href="#">Facebook</a></li><li><a class="share-x" href="#">X</a></li><li><a class="share-whatsapp" href="#">WhatsApp</a></li><li><a class="share-email" href="#">Email</a></li></ul></div>
<div class="entry-content">
{paras}</div><!-- .entry-content -->
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/regional/">Regional</a></span> <span class="tags-links">Tagged <a href="/tag/ravensholt-zoo/">Ravensholt Zoo</a>, <a href="/tag/animals/">animals</a></span></footer>
<div class="author-info"><h2 class="author-title">About Joost Verkerk</h2><p class="author-bio">Joost Verkerk is the Courier&rsquo;s regional reporter for the eastern towns. He joined the paper in 2018 after working for a local radio station.</p></div>
</article>
<div id="comments" class="comments-area"><h2 class="comments-title">14 thoughts on &ldquo;Escaped clouded leopard found asleep in shed after 19-hour hunt&rdquo;</h2></div>
</main>
<aside id="secondary" class="widget-area">
<section class="widget widget_top-posts"><h2 class="widget-title">Most read</h2><ul><li><a href="#">Escaped clouded leopard found asleep in shed after 19-hour hunt</a></li><li><a href="#">New cycle bridge over the IJssel opens</a></li><li><a href="#">Heatwave: pools extend opening hours</a></li></ul></section>
<section class="widget widget_related"><h2 class="widget-title">Related</h2><ul><li><a href="#">How safe are Dutch zoos? Inspectors' reports explained</a></li></ul></section>
<section class="widget widget_newsletter"><h2 class="widget-title">Newsletter</h2><p>Get the Courier Morning Brief in your inbox every day. <a href="/newsletter/">Sign up</a></p></section>
</aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2025 The Lowland Courier &middot; <a href="/privacy/">Privacy</a> &middot; Proudly powered by WordPress</div></footer>
</div>
</body>
</html>
"""
write("ravensholt_zoo_leopard.html", ZOO_HTML)

# ---------------------------------------------------------------- 7. norovirus vaccine (.md, no front matter)
VAC = [
    "An experimental norovirus vaccine cut the risk of moderate-to-severe stomach illness by 71 per cent in a large trial, its developer said on Wednesday, raising hopes of the first approved shot against the fast-spreading \u201cwinter vomiting bug\u201d.",
    "The vaccine, called CBV-214 and made by Castellan Biologics, was tested in 9,840 adults aged 18 to 80 at 41 sites in Brazil, South Africa and the Philippines between October 2022 and March 2024.",
    "Half the volunteers received two doses of the vaccine 28 days apart and the other half received a placebo. Over the following twelve months, 38 people in the vaccine group developed moderate or severe illness confirmed by a laboratory test, compared with 131 in the placebo group.",
    "Volunteers were followed up by weekly text message and asked to report any vomiting or diarrhoea, after which a nurse collected a sample for testing. Cases counted as moderate or severe if they lasted at least two days or needed a clinic visit.",
    "Against any norovirus illness, including mild cases, the vaccine was 54 per cent effective. Protection was weaker in volunteers over 65, at 48 per cent against moderate-to-severe disease, a gap the researchers said needs further study.",
    "\u201cNorovirus has been one of the hardest targets in vaccine science because the virus changes so quickly,\u201d said Dr Amara Okonjo-Reyes, the trial\u2019s lead investigator. \u201cThese results show that a broad, two-strain vaccine can offer real protection for at least a year.\u201d",
    "The shot targets two common strains, known as GII.4 and GI.3, because together they cause most outbreaks in hospitals, cruise ships and care homes.",
    "Side effects were mostly mild. About 34 per cent of vaccinated people reported a sore arm and 12 per cent reported tiredness or headache, usually lasting a day or two. Serious adverse events were equally common in both groups, at under 1 per cent.",
    "Norovirus causes an estimated 685 million infections worldwide every year and about 200,000 deaths, mostly among young children and older people in low-income countries, according to figures cited by the company.",
    "Independent experts welcomed the data but urged caution. Professor Lars Ekdahl, a virologist at the Norrland Institute of Infection, said the trial did not include children, \u201cwho are the main spreaders of the virus and arguably the group that would benefit most\u201d.",
    "The results have not yet been published in a peer-reviewed journal. Castellan said a full paper had been submitted and that it would present detailed findings at a scientific meeting in Lisbon in November.",
    "A separate trial in 2,200 children aged six months to five years began in June and is expected to report results in 2027, the company said.",
    "Castellan plans to apply for approval in the European Union and the United States in the first half of 2026. Chief executive Rowan Pellegrini said the company had not yet set a price but wanted the vaccine to be \u201caffordable for health systems, not just travellers\u201d.",
    "Public health officials in several countries have said a vaccine could be most useful for care-home residents and staff, where outbreaks can close whole wards for weeks.",
    "Shares in Castellan rose 18 per cent in early trading after the announcement, valuing the company at about $4.2 billion.",
    "Earlier attempts to make a norovirus vaccine have struggled. A rival candidate from another developer was dropped in 2022 after a mid-stage trial showed no significant protection, and Castellan\u2019s own first design failed in 2019.",
]
t = """[Health Desk Weekly](/) | [News](/news) | [Vaccines](/vaccines) | [Research](/research) | [Opinion](/opinion) | [Subscribe](/subscribe)

> We value your privacy. We and our partners use cookies to measure audiences and personalise ads. [Accept](#) [Reject](#) [Customise](#)

Home › Vaccines › Trials

# Norovirus vaccine cuts serious illness by 71% in large trial

**Castellan Biologics' two-dose shot protected adults for a year, but experts say children must be studied before it can curb outbreaks**

*By Priya Ranganathan, Science and Health Editor · Health Desk Weekly · 1 October 2025*

[Share on X](#) · [Share on Facebook](#) · [Share on LinkedIn](#) · [Copy link](#)

![A nurse preparing an injection](/img/norovirus-vaccine.jpg)
*A trial volunteer receives a dose at a clinic in Cape Town. Photo: Thandi Mokoena for Health Desk Weekly*

"""
for i, p in enumerate(VAC):
    t += p + "\n\n"
    if i == 3: t += "*ADVERTISEMENT*\n\n"
    if i == 8: t += "**Read more:** [Why norovirus spreads so easily on cruise ships](/news/norovirus-cruise-ships)\n\n"
    if i == 11: t += "*ADVERTISEMENT*\n\n"
t += """---

**About the author:** Priya Ranganathan is science and health editor at Health Desk Weekly. She has reported on vaccine development for more than a decade.

## Most read

1. Why hospital winter plans start in September
2. Norovirus vaccine cuts serious illness by 71% in large trial
3. Measles cases rise for a third year

> **Newsletter:** The Health Desk briefing, every Wednesday. [Sign up free](/newsletter)

© 2025 Health Desk Weekly · [About us](/about) · [Privacy](/privacy) · [Terms](/terms)
"""
write("norovirus_vaccine_trial.md", t)
print("wrote", sorted(os.listdir(A)))
