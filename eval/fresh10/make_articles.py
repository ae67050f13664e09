#!/usr/bin/env python3
"""Writes the 7 invented articles of eval/fresh10 into articles/.
Every person, outlet, firm, town and institution is invented; only countries and
regions are real. Run: python3 make_articles.py"""
import os, textwrap

D = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(D, "articles")
os.makedirs(ART, exist_ok=True)


def ent(s):
    """Unicode -> HTML entities (used for the HTML pages)."""
    s = s.replace("&", "&amp;")
    for ch, e in [("\u2019", "&rsquo;"), ("\u2018", "&lsquo;"), ("\u201c", "&ldquo;"), ("\u201d", "&rdquo;"),
                  ("\u20ac", "&euro;"), ("\u2013", "&#8211;"), ("\u2014", "&mdash;"), ("\u00a3", "&pound;"),
                  ("\u00e9", "&eacute;"), ("\u014d", "&#333;"), ("\u0101", "&#257;")]:
        s = s.replace(ch, e)
    return s


# =====================================================================
# 1. Fire, first report -- plain text, CRLF, title underlined with ====
# =====================================================================
FIRE1 = [
    "A fire at a chemical storage warehouse in Hollinport\u2019s docks killed one worker and sent a thick plume of black smoke drifting across the city on Tuesday, forcing schools to close and thousands of residents to stay indoors.",
    "The blaze broke out shortly after 4am at a warehouse on Ferris Quay run by Dunmere Logistics, a firm that stores industrial cleaning products and swimming-pool chemicals for customers across the north of England. The company has operated from the docks since 2009.",
    "Eleven people were taken to Hollinport Royal Infirmary with breathing difficulties. Most were night-shift staff from neighbouring units, a hospital spokeswoman said, and none was thought to be in a serious condition. Several were given oxygen by paramedics at the scene.",
    "The worker who died has not been named. His family has been informed.",
    "At the height of the fire, 25 fire engines and around 120 firefighters were at the scene. Crews from three neighbouring counties were called in to help, and a high-volume pump was used to draw water straight from the harbour. Firefighters wore breathing apparatus throughout, and a hazardous materials unit was brought in from the regional training centre.",
    "Area Manager Colin Reddaway, the incident commander, said the fire had been brought under control by about 11am but that crews expected to stay on site \u201cfor several days\u201d to damp down hotspots.",
    "\u201cThis is a very large fire involving a range of chemicals, and the smoke is an irritant,\u201d he said. \u201cOur advice is simple: if you are in the affected area, go inside, close your windows and doors, and switch off any ventilation.\u201d",
    "Residents within two kilometres of the site were told to stay indoors until further notice. Six primary schools in the Eastgate district did not open, and the ferry terminal, which sits less than a kilometre from the warehouse, suspended check-in for the morning sailing to Rotterdam. Police closed Dock Road and the Eastgate roundabout to traffic for most of the day.",
    "Early indications suggest the fire may have been started by an electrical fault in a bay where forklift trucks are charged, according to two people familiar with the initial assessment. The fire service said it was too early to confirm a cause. Batteries for the forklifts are charged overnight at the site, they said.",
    "Investigators from Hollinport and District Fire and Rescue Service will lead the inquiry into how the fire started, working alongside Hollinport Police.",
    "Dunmere Logistics said in a short statement that it was \u201cdevastated\u201d by the death of a colleague and was co-operating fully with the emergency services. It said all other staff on the night shift had been accounted for.",
    "The company\u2019s insurers have put early damage estimates at around \u00a34 million, a figure that could rise once the structure has been assessed.",
    "Marion Tebbutt, 67, who lives on Harbour Row, said she had woken to the smell of \u201cburnt plastic and swimming baths\u201d. \u201cThe sky over the docks was orange. By seven o\u2019clock you couldn\u2019t see the cranes,\u201d she said.",
    "The Northern Health Protection Unit said the smoke was unlikely to cause lasting harm but advised people with asthma to keep their inhalers with them and to avoid exercising outdoors.",
    "Councillor Ray Ostle, leader of Hollinport City Council, said a rest centre had been opened at Eastgate Community Hall for anyone who needed to leave their home.",
    "Air monitors set up by the council recorded raised levels of chlorine compounds near the harbour during the morning, although readings in the city centre stayed within safe limits, a council spokesman said.",
]


def fire1():
    L = []
    L += ["HOLLINPORT EVENING COURIER", "Home | News | Sport | Business | What's On | Jobs | Announcements", "",
          "News > Hollinport > Emergencies", "",
          "Chemical warehouse fire sends toxic smoke over Hollinport",
          "==========================================================", "",
          "One worker dead and 11 in hospital as residents are told to keep windows and doors shut", "",
          "By Dan Whitcombe, Chief Reporter", "",
          "Published: Tuesday 14 October 2025, 17:30", "",
          "Share: Facebook | X | WhatsApp | Email", ""]
    for i, p in enumerate(FIRE1):
        L += [p, ""]
        if i == 0:
            L += ["Photo: Smoke rises over the cranes of Hollinport docks on Tuesday morning. (Credit: Jordan Pike / Evening Courier)", ""]
        if i == 3:
            L += ["ADVERTISEMENT", ""]
        if i == 7:
            L += ["Read more: Eastgate parents told to check school websites before Wednesday", ""]
        if i == 11:
            L += ["ADVERTISEMENT", ""]
    L += ["Share: Facebook | X | WhatsApp | Email", "",
          "142 comments", "",
          "MOST READ",
          "1. Hollinport council tax to rise by 4.9 per cent",
          "2. Harbour Row cafe wins regional award",
          "3. Roadworks on the Eastgate bypass to last until spring",
          "4. Hollinport Town beat Calder Vale 3-1", "",
          "Sign up to the Courier Daily newsletter for the morning's top stories.", "",
          "\u00a9 2025 Hollinport Evening Courier. All rights reserved.", ""]
    txt = "\n".join(L)
    with open(os.path.join(ART, "fire_first_report.txt"), "wb") as fh:
        fh.write(txt.replace("\n", "\r\n").encode("utf-8"))


# =====================================================================
# 2. Fire, update -- HTML with <article>, JSON-LD, <time>, og: tags
# =====================================================================
FIRE2 = [
    "A second worker has died after Tuesday\u2019s fire at a chemical warehouse in Hollinport, and investigators now believe the blaze was started by a chemical reaction rather than by an electrical fault, as was first suspected.",
    "Keith Armitage, a forklift driver who had worked at the site for 14 years, died on Thursday evening in the regional burns unit at Calderbridge. His colleague Tomasz Wierzbicki died at the scene on Tuesday and was named by police on Wednesday. Mr Armitage leaves a wife and two daughters.",
    "The Hollinport and District Fire and Rescue Service handed the investigation to the National Chemical Incidents Board (NCIB) on Wednesday. Dr Helen Marsh, the board\u2019s lead investigator, said early evidence pointed to calcium hypochlorite, a pool-cleaning chemical, reacting with rainwater that had leaked through a damaged section of roof.",
    "\u201cWe have found nothing so far to support the idea that the fire began in the charging bay,\u201d Dr Marsh said. \u201cThe pattern of damage points to the storage area at the north end of the unit.\u201d",
    "The warehouse, which early reports placed on Ferris Quay, is in fact Unit 7 at Garland Wharf, on the opposite side of the inner harbour, Dunmere Logistics confirmed. The error appeared in the first police statement and was repeated in several early news reports.",
    "The number of people treated for smoke-related symptoms has risen to 23, including two firefighters. Nineteen of them have since been discharged. Hospital staff said most had suffered sore throats, coughing and stinging eyes.",
    "Insurers now estimate the damage at \u00a312.5 million, roughly three times the first figure, after engineers found that the steel frame had buckled and that the building would have to be demolished.",
    "The fire flared up again on Wednesday night, when a section of roof collapsed, and was not fully extinguished until 2.40pm on Thursday. It was first reported to the fire service at 3.52am on Tuesday, according to a timeline released by the NCIB.",
    "The advice to keep windows and doors closed was lifted at 6pm on Thursday, after air monitoring showed chlorine levels had fallen back to normal. Schools in Eastgate reopened on Friday, and the ferry terminal resumed normal sailings on Wednesday.",
    "Chief Fire Officer Priya Lomax, who took personal charge of the operation on Wednesday, praised crews who had worked \u201cin punishing conditions for more than 50 hours\u201d.",
    "Firefighters used more than nine million litres of water over the three days, much of it pumped from the harbour. The run-off was held in the dock basin to stop it reaching the open sea.",
    "Questions are now being asked about how much material was kept on site. Dunmere\u2019s environmental permit allowed it to hold up to 200 tonnes of hazardous chemicals; company records seen by the Ledger show that around 340 tonnes were stored there in the week of the fire.",
    "Gareth Dunmere, the company\u2019s managing director, said the firm would \u201canswer every question put to us\u201d and had voluntarily suspended work at its two other sites while they were inspected.",
    "Hollinport Police said no arrests had been made. A spokesperson said officers were supporting the NCIB and would consider whether any offences had been committed.",
    "Joanne Fairlie, who represents Hollinport East on the city council, has called for a public inquiry and for a review of every chemical store within a mile of homes.",
    "The NCIB expects to publish an interim report within eight weeks. Dr Marsh said it would also look at why the building\u2019s sprinkler system failed to stop the fire from spreading.",
]


def fire2():
    body = []
    for i, p in enumerate(FIRE2):
        body.append(f"        <p>{ent(p)}</p>")
        if i == 1:
            body.append('        <figure class="article-image"><img src="/img/garland-wharf-ruins.jpg" alt="">'
                        '<figcaption>The remains of the warehouse at Garland Wharf on Thursday. Photo: Lena Hobbs for The Northern Ledger</figcaption></figure>')
        if i == 5:
            body.append('        <div class="ad-slot">ADVERTISEMENT</div>')
        if i == 8:
            body.append('        <p class="read-more">Read more: <a href="/news/hollinport-fire-what-we-know">Hollinport fire: what we know so far</a></p>')
        if i == 11:
            body.append('        <div class="ad-slot">ADVERTISEMENT</div>')
    body = "\n".join(body)
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Hollinport warehouse fire: death toll rises to two as investigators point to chemical reaction | The Northern Ledger</title>
  <meta name="description" content="National inspectors take over the inquiry into Tuesday&rsquo;s blaze, which insurers now say caused &pound;12.5m of damage">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="The Northern Ledger">
  <meta property="og:title" content="Hollinport warehouse fire: death toll rises to two as investigators point to chemical reaction">
  <meta property="og:description" content="National inspectors take over the inquiry into Tuesday&rsquo;s blaze, which insurers now say caused &pound;12.5m of damage">
  <meta property="article:published_time" content="2025-10-17T09:15:00+01:00">
  <meta property="article:author" content="Sadia Karim">
  <script type="application/ld+json">
  {{
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": "Hollinport warehouse fire: death toll rises to two as investigators point to chemical reaction",
    "datePublished": "2025-10-17T09:15:00+01:00",
    "author": {{"@type": "Person", "name": "Sadia Karim", "jobTitle": "Regional Affairs Correspondent"}},
    "publisher": {{"@type": "Organization", "name": "The Northern Ledger"}}
  }}
  </script>
</head>
<body>
  <div id="cookie-notice" class="cookie-notice">We use cookies to improve your experience and to show you relevant adverts. <button>Accept all</button> <button>Manage settings</button></div>
  <header class="site-header">
    <div class="logo">The Northern Ledger</div>
    <nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
  </header>
  <main>
    <ol class="breadcrumbs"><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li>North East</li></ol>
    <article class="story">
      <h1>Hollinport warehouse fire: death toll rises to two as investigators point to chemical reaction</h1>
      <p class="standfirst">National inspectors take over the inquiry into Tuesday&rsquo;s blaze, which insurers now say caused &pound;12.5m of damage</p>
      <div class="byline">By <span class="author">Sadia Karim</span>, <span class="role">Regional Affairs Correspondent</span></div>
      <time datetime="2025-10-17T09:15:00+01:00">Friday 17 October 2025, 09:15</time>
      <div class="share-bar">Share this article: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div>
      <div class="article-body" itemprop="articleBody">
{body}
      </div><!-- /article-body -->
      <div class="comments-link"><a href="#comments">87 comments</a></div>
    </article>
    <aside class="newsletter">Get the Ledger Morning Briefing in your inbox. <input type="email" placeholder="Your email"> <button>Sign up</button></aside>
    <aside class="related-articles">
      <h2>Related</h2>
      <ul>
        <li><a href="#">Eastgate parents describe the morning the sky turned black</a></li>
        <li><a href="#">How safe are Britain&rsquo;s chemical stores?</a></li>
        <li><a href="#">Ferry services resume at Hollinport</a></li>
      </ul>
    </aside>
  </main>
  <footer class="site-footer">&copy; 2025 The Northern Ledger Ltd. All rights reserved. | <a href="/privacy">Privacy</a> | <a href="/terms">Terms</a></footer>
</body>
</html>
"""
    with open(os.path.join(ART, "fire_update.html"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(page)


# =====================================================================
# 3. Four-day week, Missouri (US) -- Markdown WITH YAML front matter
# =====================================================================
US = [
    "Students in the Corvell County R-3 School District will go to school four days a week starting in August, after the school board voted 5-2 on Monday night to drop Mondays from the calendar. The vote came after three months of public meetings and a survey of staff.",
    "The change affects about 1,450 students at the district\u2019s four schools in and around Corvell, a farming town of roughly 6,000 people in southwest Missouri. The district covers about 400 square miles, and some students ride the bus for more than an hour each way.",
    "To make up the lost time, each school day will run 35 minutes longer. Classes will start at 7:50 a.m. and end at 3:35 p.m. District officials said students would still receive more than the state\u2019s minimum of 1,044 hours of instruction a year.",
    "Superintendent Wade Ashby said the main reason was recruiting and keeping teachers. The district lost 14 of its 112 teachers last year, many of them to larger suburban districts that pay up to $9,000 more a year.",
    "\u201cWe can\u2019t outbid the big districts on salary,\u201d Ashby said. \u201cWhat we can offer is a schedule people want. In almost every interview last spring, candidates asked us whether we were thinking about a four-day week.\u201d",
    "The district also expects to save about $310,000 a year, mainly on bus fuel, substitute teachers and utilities, according to a budget analysis presented at the meeting. That is a little over 2 percent of its $14 million operating budget.",
    "Not everyone is convinced. More than 80 people packed the high school cafeteria for the vote, and several parents said the change would leave them scrambling for child care.",
    "\u201cI work twelve-hour shifts. Who watches my second-grader on a Monday?\u201d asked Brianne Kessler, a mother of three and a nurse at the county hospital. Kessler said she might have to cut her hours.",
    "To address that, the district will run an optional program called Monday Club at its two elementary schools, offering supervised activities and tutoring for $20 a day. Places will be free for families who qualify for free school meals.",
    "The two board members who voted no, Curtis Hale and Denise Ortman, said they worried about the effect on younger children. \u201cThese are long days for a six-year-old,\u201d Ortman said. Hale said he would have preferred a one-year pilot.",
    "Research on four-day weeks is mixed. A 2023 study by the Great Plains Education Policy Center found small drops in reading scores in some districts that made the switch, while others saw little change. The same study found that teacher turnover fell in most four-day districts during the first two years.",
    "The shorter week has spread quickly across the state. About 170 Missouri districts now use a four-day calendar, according to the Missouri Rural Schools Alliance, up from fewer than 30 a decade ago.",
    "Teachers at the meeting largely backed the plan. Heather Lund, who teaches fifth grade at Corvell Elementary, said the extra day would give staff \u201ca day to plan, to see the doctor, to breathe\u201d. Lund said several colleagues had told her they would now stay in the district.",
    "Ashby said the district would review test scores, attendance and staff turnover after two years and report back to the board.",
    "The new calendar will be posted on the district\u2019s website by March 1.",
    "Information evenings about Monday Club will be held at both elementary schools later this month.",
]


def us():
    fm = ["---",
          "title: \"Corvell County schools will move to a four-day week this fall\"",
          "description: \"The R-3 board voted 5-2 to drop Mondays, citing teacher shortages. Some parents worry about child care.\"",
          "author: \"Kelsey Tran, Education Reporter\"",
          "date: 2025-02-11T06:00:00-06:00",
          "site_name: \"Ozark Plains Observer\"",
          "---", ""]
    L = ["[Home](/) \u203a [Education](/education) \u203a [Rural Schools](/education/rural)", "",
         "# Corvell County schools will move to a four-day week this fall", "",
         "**The R-3 board voted 5-2 to drop Mondays, citing teacher shortages. Some parents worry about child care.**", "",
         "*By Kelsey Tran, Education Reporter \u00b7 Ozark Plains Observer \u00b7 February 11, 2025*", ""]
    for i, p in enumerate(US):
        L += [p, ""]
        if i == 1:
            L += ["![Corvell High School](/img/corvell-high.jpg)",
                  "*Corvell High School, where the board met on Monday. Photo: Marcus Dill / Ozark Plains Observer*", ""]
        if i == 5:
            L += ["*ADVERTISEMENT*", ""]
        if i == 10:
            L += ["*Read more: [Which Missouri districts have switched to four days?](/education/four-day-map)*", ""]
    L += ["---", "",
          "**About the author:** Kelsey Tran covers schools and education across the Ozarks for the Observer. She previously reported on agriculture.", "",
          "**Get the Observer Schools Weekly** \u2014 enter your email to sign up.", "",
          "**Related stories**", "",
          "- Corvell voters approve bond for new gym",
          "- Bus driver shortage hits rural districts",
          "- Teacher pay: how Missouri compares", "",
          "\u00a9 2025 Ozark Plains Observer", ""]
    with open(os.path.join(ART, "fourday_week_corvell.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(fm + L))


# =====================================================================
# 4. Four-day week, New Zealand -- plain text hard-wrapped at 72 (LF)
# =====================================================================
NZ = [
    "Seven rural schools around Ruatawa, in the Manawat\u016b-Whanganui region, will trial a four-day school week from the start of Term 2, becoming the first group of schools in the country to do so. The trial was confirmed at a cluster meeting on Wednesday night.",
    "From 28 April, pupils at the schools will attend Monday to Thursday, with Fridays becoming a non-teaching day. The trial will run for two terms and be reviewed in December. School holiday dates will not change.",
    "The school day will be 45 minutes longer, with most of the schools starting at 8.30am and finishing at 3.45pm. Morning tea and lunch breaks will stay the same length, so all of the extra time goes into classroom learning.",
    "Hemi Tautahi, principal of Ruatawa Area School and spokesman for the cluster, said the decision had been driven by a shortage of school bus drivers rather than by staffing in classrooms.",
    "\u201cWe have had routes with no driver for weeks at a time. Some of our kids travel more than an hour each way on gravel roads. Cutting one day of travel a week makes the whole network workable,\u201d he said.",
    "The cluster\u2019s bus contractor, Ranui Coachlines, has been four drivers short since last winter. Its manager, Dean Orchard, said the work was hard to fill because it was split into an early morning shift and a mid-afternoon shift, paid by the hour.",
    "About 620 pupils attend the seven schools, which range from a two-teacher school at P\u014dhutu Stream with 18 pupils to Ruatawa Area School itself, the largest in the group.",
    "Consultation showed strong support. Of the 410 families who answered a survey in February, 71 percent backed the trial, 19 percent opposed it and the rest were undecided. Support was highest among families living furthest from a school.",
    "The trial was approved by the Central Districts Schooling Authority on condition that the schools run an optional programme on Fridays for families who need it.",
    "That programme, called Friday Hub, will be free and run by community volunteers and the local marae. It will offer sport, kapa haka and farm-skills sessions. Organisers expect around 90 children to attend each week.",
    "Not all parents are happy. Dairy farmer Kiri Manson, who has three children at Ruatawa Area School, said Fridays were among the busiest days on the farm. \u201cIt\u2019s fine for families with a grandparent down the road. It\u2019s harder for the rest of us,\u201d she said.",
    "Lisa Carrow, a senior teacher at T\u0101whiri School, said staff were cautiously positive but worried about tired younger pupils late in the afternoon. She said teachers would use Fridays for planning and professional development.",
    "The schools will track attendance, reading and maths results and pupil wellbeing during the trial, and researchers from the T\u014dtara Institute of Education Research will evaluate the results. An interim report is due to the authority at the end of Term 2.",
    "The cluster estimates it will save about $48,000 over the two terms, mostly on bus running costs. That money will go towards a second school van.",
    "Tautahi said the schools would return to a five-day week if results slipped. \u201cThis is a trial. If it doesn\u2019t work for our tamariki, we stop.\u201d",
    "Ruatawa is about an hour\u2019s drive from the nearest city, and many of the families in the cluster work on sheep and dairy farms or in forestry.",
]


def nz():
    W = lambda s: textwrap.fill(s, 72, break_long_words=False, break_on_hyphens=False)
    L = ["CENTRAL DISTRICTS CHRONICLE",
         "Menu: Home | Local News | Rural | Sport | Opinion | Notices", "",
         "This website uses cookies. By continuing to browse you agree to our", "use of cookies. [OK]", "",
         "Local News > Rural > Education", "",
         W("SEVEN RUATAWA SCHOOLS TO TRIAL FOUR-DAY WEEK FROM TERM 2"), "",
         W("Bus driver shortage and long rural journeys are behind the move, and most parents back it in a survey"), "",
         "By Aroha Whitlock, Rural Affairs Reporter",
         "Published: Friday 28 March 2025, 7:05am", "",
         "Share: Facebook / X / Email", ""]
    for i, p in enumerate(NZ):
        L += [W(p), ""]
        if i == 2:
            L += [W("Photo: A school bus on the gravel road to Pohutu Stream. (Credit: Tane Harlow / Central Districts Chronicle)"), ""]
        if i == 5:
            L += ["ADVERTISEMENT", ""]
        if i == 9:
            L += [W("Read more: Rural bus routes cut as driver shortage bites"), ""]
    L += ["-" * 40,
          W("Aroha Whitlock covers rural affairs and education for the Chronicle from its Ruatawa office."), "",
          "MOST READ",
          "- Ruatawa A&P show returns after three-year break",
          "- Council votes to seal Pohutu Stream Road",
          "- Netball: Ruatawa Rangers into regional final", "",
          "34 comments", "",
          "(c) 2025 Central Districts Chronicle Ltd", ""]
    with open(os.path.join(ART, "fourday_week_ruatawa.txt"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(L))


# =====================================================================
# 5. Museum theft -- WordPress-like HTML
# =====================================================================
MUSEUM = [
    "Thieves broke into the Museum Van Sloten in Meerholt early on Sunday and stole one of its best-known works, a 17th-century portrait by the Dutch painter Jacob Verhoest, police said. The museum was closed to visitors at the time.",
    "The painting, \u201cGirl with a Pewter Jug\u201d, dated 1664, was cut from its frame in the museum\u2019s first-floor Golden Age gallery. No other works were taken.",
    "The intruders got in through a skylight on the roof of the east wing, which they reached with a ladder from the garden of a neighbouring building, according to Inspector Ruud Hageman of the regional police. The skylight was fitted with a sensor, and investigators are examining why the alarm did not sound until the thieves were already inside the gallery.",
    "An alarm went off at 3.12am. Officers reached the museum six minutes later, but the thieves had already gone. \u201cThey knew exactly where they were going and how long they had,\u201d Hageman said. A guard in the building\u2019s control room saw the empty frame on a monitor moments after the alarm sounded.",
    "Police are looking for two people seen on a neighbour\u2019s doorbell camera carrying a long tube towards a dark estate car on the Lindegracht shortly after 3.15am. Police have asked anyone who saw the car, or who has camera footage from the area, to come forward.",
    "Museum director Marloes Dekkers described the theft as \u201ca wound to the whole town\u201d. \u201cThis painting has hung in Meerholt for more than 150 years. People here grew up with her,\u201d she said.",
    "The portrait is valued at around \u20ac8 million, although experts say a painting this well known would be almost impossible to sell openly. It measures just 48 by 39 centimetres, small enough to be rolled up and carried.",
    "\u201cWorks like this are rarely stolen to be sold on the open market,\u201d said Anneke Bruyns, a researcher who studies art crime. \u201cThey are more often used as collateral in criminal deals, or held in the hope of a ransom or a reward.\u201d Bruyns said most stolen masterpieces that are recovered turn up only years later.",
    "The museum\u2019s friends\u2019 foundation, the Van Sloten Circle, has offered a reward of \u20ac50,000 for information leading to the painting\u2019s safe return.",
    "The theft has raised questions about security. Dekkers confirmed that a planned upgrade of the museum\u2019s alarm and camera system, budgeted at \u20ac600,000, had been postponed last year because the municipality cut its grant. \u201cWe made the case for it again and again,\u201d she said.",
    "The painting came back to Meerholt only in May, after being lent to a touring exhibition of Dutch portraiture in France, where it drew long queues.",
    "The museum, which holds around 2,300 works, will remain closed until at least Friday while forensic teams examine the building. Visitors who had booked tickets for this week will be refunded.",
    "Hageman said the painting had been added to international databases of stolen art and that border authorities had been alerted.",
    "Verhoest left fewer than 40 surviving works, and \u201cGirl with a Pewter Jug\u201d is widely seen as his finest. It was left to the museum by the Van Sloten family in 1871. Verhoest was born in Meerholt and spent most of his working life in the town.",
    "By Sunday afternoon, residents had begun leaving flowers and handwritten notes at the museum\u2019s front door. A vigil is planned for Wednesday evening in the square outside.",
]


def museum():
    body = []
    for i, p in enumerate(MUSEUM):
        body.append(f"<p>{ent(p)}</p>")
        if i == 1:
            body.append('<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2025/09/van-sloten-empty-frame.jpg" alt="Empty frame" class="wp-image-4412">'
                        '<figcaption class="wp-element-caption">The empty frame in the Golden Age gallery. Photo &copy; Joris Mulder / Lowlands Courant</figcaption></figure>')
        if i == 4:
            body.append('<div class="wp-block-group ad-container"><span class="ad-label">ADVERTISEMENT</span></div>')
        if i == 8:
            body.append('<p class="has-small-font-size related-inline">Read more: <a href="/2025/03/meerholt-museum-budget-cuts/">Meerholt museum warns of budget squeeze</a></p>')
        if i == 11:
            body.append('<div class="wp-block-group ad-container"><span class="ad-label">ADVERTISEMENT</span></div>')
    body = "\n".join(body)
    page = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Thieves take 17th-century portrait from Meerholt museum in night-time raid &#8211; Lowlands Courant</title>
<meta name="generator" content="WordPress 6.5.2">
<link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/dist/block-library/style.min.css" media="all">
</head>
<body class="post-template-default single single-post postid-4409 single-format-standard">
<div id="cookie-law-info-bar" class="cli-bar">This website uses cookies to improve your experience. <a class="cli_action_button">Accept</a> <a class="cli_settings_button">Cookie settings</a></div>
<div id="page" class="site">
<div class="site-branding"><p class="site-title"><a href="/">Lowlands Courant</a></p><p class="site-description">News and culture from the Low Countries, in English</p></div>
<div class="menu-primary-container"><ul id="primary-menu" class="menu"><li class="menu-item"><a href="/">Home</a></li><li class="menu-item"><a href="/category/news/">News</a></li><li class="menu-item current-menu-parent"><a href="/category/culture/">Culture</a></li><li class="menu-item"><a href="/category/business/">Business</a></li></ul></div>
<div id="content" class="site-content">
<div id="primary" class="content-area">
<div class="breadcrumbs"><a href="/">Home</a> &raquo; <a href="/category/culture/">Culture</a> &raquo; Museums</div>
<div id="post-4409" class="post-4409 post type-post status-publish hentry category-culture">
<div class="entry-header">
<h1 class="entry-title">Thieves take 17th-century portrait from Meerholt museum in night-time raid</h1>
<p class="entry-subtitle">Jacob Verhoest&rsquo;s &lsquo;Girl with a Pewter Jug&rsquo;, valued at about &euro;8 million, was cut from its frame early on Sunday</p>
<div class="entry-meta"><span class="byline">By <span class="author vcard"><a class="url fn n" href="/author/femke-oosterhuis/">Femke Oosterhuis</a></span>, Culture Editor</span> &middot; <span class="posted-on"><time class="entry-date published" datetime="2025-09-08T08:30:00+02:00">8 September 2025</time></span> &middot; <span class="comments-link"><a href="#comments">12 Comments</a></span></div>
</div>
<div class="entry-content">
{body}
</div><!-- .entry-content -->
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div>
<div class="author-bio"><h4>About Femke Oosterhuis</h4><p>Femke Oosterhuis is the Courant&rsquo;s culture editor. She writes about museums, heritage and the art market.</p></div>
</div>
</div>
<div id="secondary" class="widget-area">
<section id="recent-posts-3" class="widget widget_recent_entries"><h2 class="widget-title">Most read</h2><ul><li><a href="#">Meerholt canal festival draws record crowds</a></li><li><a href="#">Five exhibitions to see this autumn</a></li><li><a href="#">Tram line extension delayed again</a></li></ul></section>
<section id="newsletter-2" class="widget widget_newsletter"><h2 class="widget-title">Newsletter</h2><p>Sign up for the Courant Weekly, every Friday.</p><input type="email"> <button>Subscribe</button></section>
</div>
</div>
<div class="site-footer"><div class="site-info">&copy; 2025 Lowlands Courant &#8211; Proudly powered by WordPress</div></div>
</div>
</body>
</html>
"""
    with open(os.path.join(ART, "museum_theft_meerholt.html"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(page)


# =====================================================================
# 6. Car-seat recall -- HTML built only from nested <div>s
# =====================================================================
SEAT = [
    "Kinnest, a baby-products start-up, is recalling 18,400 of its Glide 360 rotating car seats after tests found that the swivel base might not lock properly, leaving the seat able to turn during sudden braking or a crash.",
    "The recall covers every Glide 360 sold in the UK and Ireland between March 2024 and April 2025, both online and through three high-street retailers. The seat is designed for children from birth to about four years old.",
    "The fault was found by SafeTrip Testing Lab, an independent crash-test centre commissioned by a parenting magazine. In its frontal impact tests, the seat rotated by up to 40 degrees in two out of five runs. The magazine passed its results to Kinnest in late April.",
    "Kinnest said it had received three reports from parents of seats turning during hard braking, but no reports of injuries. In each case the seat had been rotated shortly before the journey.",
    "The problem lies in a plastic locking pin in the base. If the seat is swung back to its travel position quickly, the pin can stop short of its housing, so the green indicator shows \u201clocked\u201d when the pin is not fully engaged.",
    "\u201cWe are deeply sorry,\u201d said Ellie Marchbank, Kinnest\u2019s chief executive and co-founder. \u201cThe safety of children is the reason this company exists. We would rather recall every seat than leave one family unsure.\u201d",
    "Parents are being offered a free replacement base with a redesigned metal pin, which can be fitted at home in about ten minutes, or a full refund. Replacement bases are due to start shipping on 9 June. Parents who choose a refund will be asked to cut the harness straps so that the seat cannot be reused.",
    "Until then, Kinnest is advising parents to keep using the seat, but not to rotate it while a child is in it, and to check before every journey that the indicator is green and the seat cannot be turned by hand.",
    "Affected seats have serial numbers beginning with GL24 or GL25, printed on a white label under the base. Seats bought from May 2025 onwards are not affected.",
    "The Office for Child Product Safety said it was monitoring the recall and had asked Kinnest for weekly updates on how many seats had been fixed. A spokesperson said the company had acted quickly once the test results were confirmed.",
    "Kinnest was set up by Marchbank and Jonah Pryce, a former automotive engineer, and raised \u00a36.2 million from investors in 2024. The Glide 360 is its first and only car seat. Its other products include a baby carrier and a travel cot.",
    "The company estimates that the recall of the Glide 360 will cost it about \u00a32.4 million. Pryce said the firm had enough cash to cover it \u201cwithout cutting corners anywhere else\u201d.",
    "Safety campaigners said the case showed the limits of testing before sale. \u201cCertification tests the seat as designed. Real parents swivel seats fast, in car parks, in the rain,\u201d said Nadia Fenwick of the Child Passenger Safety Trust. Fenwick called for random spot checks on seats bought in shops.",
    "Parents can register for the recall on Kinnest\u2019s website or by phone. They will need the serial number, but not proof of purchase. The recall line is open seven days a week.",
    "The three retailers have taken the seat off sale. Kinnest said it expected the Glide 360 to be back in shops in the autumn.",
]


def seat():
    body = []
    for i, p in enumerate(SEAT):
        body.append(f'        <div class="para">{ent(p)}</div>')
        if i == 0:
            body.append('        <div class="media"><div class="img"><img src="/images/glide360.jpg" alt="Glide 360 car seat"></div>'
                        '<div class="caption">The Glide 360 rotating car seat. Photo: Kinnest handout</div></div>')
        if i == 3:
            body.append('        <div class="ad">ADVERTISEMENT</div>')
        if i == 8:
            body.append('        <div class="inline-link">Read more: <a href="/safety/how-to-fit-a-car-seat">How to check your child&rsquo;s car seat is fitted properly</a></div>')
        if i == 11:
            body.append('        <div class="ad">ADVERTISEMENT</div>')
    body = "\n".join(body)
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Start-up Kinnest recalls 18,400 rotating car seats over base-lock fault &#8211; HomeFront Consumer News</title>
</head>
<body>
<div class="page">
  <div class="consent-popup">We and our partners use cookies to personalise content. <a href="#">Accept</a> <a href="#">Reject</a></div>
  <div class="top">
    <div class="brand">HomeFront Consumer News</div>
    <div class="menu"><a href="/">Home</a> <a href="/recalls">Recalls</a> <a href="/money">Money</a> <a href="/family">Family</a> <a href="/tech">Tech</a></div>
  </div>
  <div class="crumbs"><a href="/">Home</a> / <a href="/recalls">Recalls</a> / Baby &amp; child</div>
  <div class="story">
    <div class="story-head">
      <div class="headline">Start-up Kinnest recalls 18,400 rotating car seats over base-lock fault</div>
      <div class="dek">Parents told to stop rotating the Glide 360 while a child is seated until a free replacement base arrives</div>
      <div class="meta">
        <div class="byline">By Rosa Delgado, Consumer Affairs Correspondent</div>
        <div class="date">Published 22 May 2025</div>
        <div class="comment-count">56 comments</div>
      </div>
    </div>
    <div class="story-text">
{body}
    </div><!-- /story-text -->
    <div class="share">Share: <a href="#">Facebook</a> &middot; <a href="#">X</a> &middot; <a href="#">Copy link</a></div>
    <div class="author-box"><div class="author-name">Rosa Delgado</div><div class="author-bio">Rosa Delgado is HomeFront&rsquo;s consumer affairs correspondent. She has covered product safety for eight years.</div></div>
  </div>
  <div class="related-box">
    <div class="related-title">Related</div>
    <div class="related-item"><a href="#">Pushchair brand fixes folding hinge after complaints</a></div>
    <div class="related-item"><a href="#">Is it worth buying a second-hand car seat?</a></div>
  </div>
  <div class="signup">Get recall alerts by email: <input type="email"> <button>Sign up</button></div>
  <div class="bottom">&copy; 2025 HomeFront Media Ltd. All rights reserved.</div>
</div>
</body>
</html>
"""
    with open(os.path.join(ART, "carseat_recall_kinnest.html"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(page)


# =====================================================================
# 7. Mountain-rescue profile -- Markdown WITHOUT front matter
# =====================================================================
RESCUE = [
    "When the pager goes off at 2am, Morag Tennant is usually dressed before she has finished reading it. After 26 years with the Glen Corran Mountain Rescue Team, the routine is automatic: boots, jacket, flask, car keys. Her husband, Alasdair, no longer even wakes up.",
    "Tennant, a district nurse by day, became the team\u2019s leader in 2017, the first woman to hold the post since the team was founded in 1968. Before that she spent eight years as deputy leader, and before that as a casualty carer on the hill.",
    "She leads 38 volunteers, among them a joiner, two farmers, a vet, a primary teacher and a retired police sergeant. None is paid. All are on call around the clock, 365 days a year. Between them, they have more than 400 years of experience in the mountains.",
    "Last year the team was called out 142 times, a record, up from 97 five years earlier. Tennant puts the rise down to social media: walkers following routes they have seen online, often without maps, spare layers or torches. Most callouts are to lost or exhausted walkers; around a fifth involve injuries.",
    "\u201cPeople see a photo of the ridge on a blue-sky day and think that\u2019s what it\u2019s like,\u201d she says. \u201cUp there the weather can change in twenty minutes. Phones die in the cold.\u201d",
    "Her hardest night came in February 2020, when two students were caught by an avalanche below Stob Corran. The team searched for 11 hours in a blizzard before finding both of them alive, one with a broken leg.",
    "\u201cOne of them still sends us a card every February,\u201d she says. \u201cIt goes up on the wall at the base.\u201d",
    "Running the team costs about \u00a385,000 a year, which covers fuel, radios, training and the upkeep of two vehicles. Almost all of it comes from donations, bucket collections and a charity hill race each September. The hill race alone raised \u00a321,000 last year.",
    "In January, the Corran Water Distillery paid for a new Land Rover ambulance, replacing one that had done 190,000 miles. The distillery\u2019s founder, Iain Baxter, was rescued by the team in 2011 after a fall.",
    "The team also relies on Bracken, a six-year-old border collie trained in air-scent search, who is handled by Tennant\u2019s deputy, Euan Falconer. Bracken has found eleven missing people since qualifying in 2021.",
    "Tennant says the hardest part of the job is not the physical work but the waiting with families at the base. \u201cYou learn to give them honest hope. Not false hope.\u201d She was once that family herself: her brother went missing on the hill for a night in 1994 and was found by the team at first light.",
    "She runs training for new members every Wednesday evening and insists that every volunteer learns casualty care to the same standard, whatever their day job. Training covers rope work, navigation in the dark and stretcher handling on steep ground.",
    "Recruitment is healthy, she says \u2014 twelve people applied for four places last autumn \u2014 but keeping volunteers is harder, as many move away for work. The team now offers flexible on-call rotas to volunteers with young children.",
    "She has no plans to step down. \u201cWhen I can\u2019t carry my share of the stretcher, I\u2019ll know,\u201d she says.",
    "Her advice for walkers is simple: check the forecast, carry a paper map and compass, tell someone your route, and turn back early. \u201cThe mountain will still be there next weekend.\u201d",
]


def rescue():
    L = ["[Home](/) / [Features](/features) / [People](/features/people)", "",
         "# \u2018You never stop listening to the mountain\u2019: the nurse who leads Glen Corran\u2019s rescuers", "",
         "**Morag Tennant has spent 26 years on call with one of the Highlands\u2019 busiest volunteer teams. Since 2017 she has been in charge.**", "",
         "*By Callum Reid, Features Writer \u00b7 Summit & Glen Magazine \u00b7 12 April 2025*", "",
         "Share: [Facebook](#) \u00b7 [X](#) \u00b7 [Email](#) \u00b7 19 comments", ""]
    for i, p in enumerate(RESCUE):
        L += [p, ""]
        if i == 2:
            L += ["![Morag Tennant at the team base](/img/tennant.jpg)",
                  "*Morag Tennant at the Glen Corran team base. Photo: Isla Morrow for Summit & Glen*", ""]
        if i == 6:
            L += ["*ADVERTISEMENT*", ""]
        if i == 9:
            L += ["*Read more: [How search dogs are trained for the hills](/features/search-dogs)*", ""]
    L += ["---", "",
          "**Sign up** for the Summit & Glen newsletter: routes, kit tests and mountain safety, every fortnight.", "",
          "**Most read**", "",
          "1. Ten winter walks for beginners",
          "2. Kit test: the best waterproof jackets under \u00a3200",
          "3. Bothy etiquette, explained", "",
          "\u00a9 2025 Summit & Glen Magazine. All rights reserved.", ""]
    with open(os.path.join(ART, "rescue_leader_profile.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(L))


if __name__ == "__main__":
    fire1(); fire2(); us(); nz(); museum(); seat(); rescue()
    for name, ps in [("fire_first_report.txt", FIRE1), ("fire_update.html", FIRE2), ("fourday_week_corvell.md", US),
                     ("fourday_week_ruatawa.txt", NZ), ("museum_theft_meerholt.html", MUSEUM),
                     ("carseat_recall_kinnest.html", SEAT), ("rescue_leader_profile.md", RESCUE)]:
        print(f"{name:32s} paragraphs={len(ps):2d} words={sum(len(p.split()) for p in ps)} max_para={max(len(p.split()) for p in ps)}")
