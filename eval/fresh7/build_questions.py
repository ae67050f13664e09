#!/usr/bin/env python3
"""Builds questions.jsonl and mention_no_terms.json for eval/fresh7.

The questions come word for word from questions_draft.txt (written first, with no
answers). This script only attaches answers: every ANSWERS entry repeats its draft
question exactly (asserted), so the two files cannot drift apart.

Context helpers:
  P(file, snippet) -> the full body paragraph of `file` containing `snippet`
                      (HTML: tag-stripped and entity-unescaped; wrapped text joined)
  M(file, snippet) -> the metadata line (txt: blank-line block) containing `snippet`
Run: python3 build_questions.py
"""
import html, json, os, re

D = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(D, "articles")

F1 = "haldersby_blast_first.txt"
F2 = "haldersby_blast_update.html"
SL = "slovenia_pension_age.md"
FI = "finland_pension_plan.txt"
VT = "vireo_tessaro_merger.html"
VA = "valmora_golden_heron.md"
AU = "austria_four_day_week.html"
ALL = [F1, F2, SL, FI, VT, VA, AU]


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def strip_tags(s):
    return norm(html.unescape(re.sub(r"<[^>]+>", " ", s)))


def read(f):
    return open(os.path.join(ART, f), encoding="utf-8").read()  # \r\n -> \n


def body_paragraphs(f):
    t = read(f)
    if f.endswith(".txt"):
        blocks = [b.strip() for b in t.split("\n\n")]
        start = next(i for i, b in enumerate(blocks) if b.startswith("Filed:") or "\nFiled:" in b
                     or "\nPublished 3 September" in b) + 1
        out = []
        for b in blocks[start:]:
            if not b:
                continue
            if b.startswith(("MOST READ", "-----")):
                break
            if b.startswith(("Share:", "[Picture", "Read more:", "RELATED COVERAGE")) or "ADVERTISEMENT" in b:
                continue
            out.append(norm(b))
        return out
    if f.endswith(".md"):
        if t.startswith("---\n"):
            t = t.split("\n---\n", 1)[1]
        t = t.split("\n---\n")[0]
        blocks = [b.strip() for b in t.split("\n\n") if b.strip()]
        return [norm(b) for b in blocks if not b.startswith(("#", "_", "**", "[", "!", "*", ">", "|", "<!--"))]
    m = re.search(r'<div class="(?:story-body|article-text|entry-content)">(.*?)\n  </div>', t, re.S)
    part = m.group(1)
    ps = re.findall(r"<p>(.*?)</p>", part, re.S) + re.findall(r'<div class="para">(.*?)</div>', part, re.S)
    return [strip_tags(p) for p in ps]


def P(f, snippet):
    hits = [p for p in body_paragraphs(f) if snippet.lower() in p.lower()]
    assert len(hits) == 1, (f, snippet, len(hits))
    return hits[0]


def M(f, snippet):
    t = read(f)
    if f.endswith(".txt"):
        units = [norm(b) for b in t.split("\n\n")]
    elif f.endswith(".html"):  # match on the raw line, return its tag-stripped text
        hits = [strip_tags(l) for l in t.splitlines() if snippet.lower() in l.lower()]
        assert len(hits) == 1, (f, snippet, len(hits))
        return hits[0]
    else:
        units = [norm(l.lstrip("#").strip().strip("*_").strip()) for l in t.splitlines()]
    hits = [u for u in units if snippet.lower() in u.lower()]
    assert len(hits) == 1, (f, snippet, len(hits))
    return hits[0]


def plain(f):
    t = read(f)
    return norm(html.unescape(re.sub(r"<[^>]+>", " ", t)) if f.endswith(".html") else t).lower()


# ---------------------------------------------------------------- answers
# each: q (exact draft text), a (article or ""), ref, kf, ctx (list of (file, kind, snippet))
def A(q, a, ref, kf=(), ctx=()):
    return {"q": q, "a": a, "ref": ref, "kf": list(kf), "ctx": list(ctx)}


def p(f, s):
    return (f, "p", s)


def m(f, s):
    return (f, "m", s)


ANSWERS = [
    # ---------------- lookup
    A("what time did the larchfield court blast go off?", F1,
      "The explosion at Larchfield Court happened at about 6.40am on Monday 13 October 2025.",
      ["6.40am"], [p(F1, "happened at about 6.40am")]),
    A("who owns the block of flats that blew up in haldersby", F1,
      "Larchfield Court is owned by Brightstone Homes, a housing association that manages around 4,000 properties in the borough.",
      ["Brightstone Homes"], [p(F1, "The block is owned by Brightstone Homes")]),
    A("whats the name of the gas company involved in the haldersby explosion?", F1,
      "Northway Gas Networks, which runs the local gas supply.",
      ["Northway Gas Networks"], [p(F1, "Northway Gas Networks, which runs the local supply")]),
    A("who was in charge of the fire service response at larchfield court?", F1,
      "Group Manager Denise Okafor of West Pennine Fire and Rescue Service led the response.",
      ["Denise Okafor"], [p(F1, "Group Manager Denise Okafor, who led the response")]),
    A("how many engines did they send?", F1,
      "Twelve fire engines were sent, along with a specialist search-and-rescue team with dogs.",
      ["Twelve fire engines"], [p(F1, "Twelve fire engines")]),
    A("where were the people evacuated from the haldersby block taken on the day?", F1,
      "To a rest centre at the Haldersby Leisure Centre on Canal Street.",
      ["Haldersby Leisure Centre"], [p(F1, "Twenty-three households")]),
    A("what's the name of the firm that was suspended over the haldersby gas blast?", F2,
      "Kestrel Building Services, the contractor that had been fitting fire doors on the stairwells, was suspended by Brightstone Homes.",
      ["Kestrel Building Services"], [p(F2, "Kestrel Building Services, a contractor")]),
    A("how much is vireo paying for tessaro", VT,
      "The all-share deal is worth about 1.4 billion euros.",
      ["1.4 billion euros"], [p(VT, "Spanish carrier Vireo Airlines has agreed")]),
    A("how many planes will the merged airline have?", VT,
      "Vireo Tessaro Group will operate 212 aircraft.",
      ["212 aircraft"], [p(VT, "to be called Vireo Tessaro Group")]),
    A("who is going to be boss of the combined vireo-tessaro company", VT,
      "Vireo chief executive Inés Montalbán will run the merged group; Tessaro's Paolo Ravagnani becomes her deputy.",
      ["Inés Montalbán"], [p(VT, "Vireo chief executive Inés Montalbán")]),
    A("when do vireo and tessaro expect to close their deal?", VT,
      "They expect the deal to be completed in the first half of 2026, subject to EU competition approval.",
      ["first half of 2026"], [p(VT, "The deal needs the approval")]),
    A("how much money did tessaro lose last year", VT,
      "Tessaro reported a loss of 96 million euros last year.",
      ["96 million euros"], [p(VT, "reported a loss of 96 million euros")]),
    A("how many routes do the two airlines both operate between spain and italy?", VT,
      "Both airlines fly 14 routes between Spain and Italy.",
      ["14 routes"], [p(VT, "The deal needs the approval")]),
    A("which film won the golden heron this year?", VA,
      "The Salt Orchard, Kadri Vahtra's drama about three sisters and a failing apple farm, won the Golden Heron at the 31st Valmora festival.",
      ["The Salt Orchard"], [p(VA, "won the Golden Heron, the top prize")]),
    A("who directed it?", VA,
      "The Salt Orchard was directed by the Estonian director Kadri Vahtra; it is her first feature film.",
      ["Kadri Vahtra"], [p(VA, "It is the first feature film")]),
    A("how much cash comes with the golden heron", VA,
      "A cash prize of 50,000 euros, split between the director and the producer.",
      ["50,000 euros"], [p(VA, "comes with a cash prize")]),
    A("who headed the jury at valmora?", VA,
      "The jury president was the Senegalese-French director Ousmane Diallo-Berthier.",
      ["Ousmane Diallo-Berthier"], [p(VA, "The jury president")]),
    A("how many films were in competiton at the valmora festival", VA,
      "Eighteen films were selected for the main competition, from more than 2,300 submissions.",
      ["Eighteen films"], [p(VA, "Eighteen films were selected")]),
    A("how many tickets did valmora sell this year?", VA,
      "64,000 tickets were sold over the ten days, up 9 per cent on the previous year.",
      ["64,000 tickets"], [p(VA, "Festival director Rui Camacho Leal")]),
    A("when does slovenia start raising the retirement age?", SL,
      "The full pension age starts rising in January 2027, by three months a year.",
      ["January 2027"], [p(SL, "The reform passed on Tuesday")]),
    A("what was the final tally when slovenian mps voted on the pension bill?", SL,
      "The reform passed by 49 votes to 38, with three abstentions.",
      ["49 votes to 38"], [p(SL, "The reform passed on Tuesday")]),
    A("who's the labour minister in slovenia", SL,
      "Slovenia's labour minister is Tina Brezovar.",
      ["Tina Brezovar"], [p(SL, "Labour minister Tina Brezovar")]),
    A("how many people marched in that town?", SL,
      "An estimated 12,000 people marched through Marvenik on Saturday.",
      ["12,000"], [p(SL, "an estimated 12,000 people marched")]),
    A("by what year would it hit 68?", FI,
      "Under the Finnish plan the state pension age would rise by four months a year from 2031 and reach 68 in 2039.",
      ["2039"], [p(FI, "Under the plan unveiled on Wednesday")]),
    A("which finnish minister put forward the pension plan", FI,
      "Social Affairs Minister Henrik Lautamäki unveiled the plan.",
      ["Henrik Lautamäki"], [p(FI, "Under the plan unveiled on Wednesday")]),
    A("how many firms took part in the austrian 4 day week trial?", AU,
      "61 companies, with about 2,900 employees, took part.",
      ["61 companies"], [p(AU, "The six-month trial, run by")]),
    A("who led the brennholt institute research?", AU,
      "The research was led by Dr Hana Kovarik.",
      ["Hana Kovarik"], [p(AU, "said Dr Hana Kovarik")]),
    A("how many hours a week did people actually work then?", AU,
      "Staff worked 32 hours a week, usually Monday to Thursday, on full pay.",
      ["32 hours a week"], [p(AU, "Staff worked 32 hours")]),

    # ---------------- why_how
    A("why didn't the gas engineer catch the leak the night before the haldersby explosion?", F2,
      "Northway says its engineer checked only the flat that had reported the smell and was not asked to inspect the stairwell, where the damaged pipe was.",
      ["had not been asked to inspect the stairwell"], [p(F2, "which sent an engineer to the block")]),
    A("how did the gas build up and go off at larchfield court, according to the investigators?", F2,
      "Investigators say gas escaped from a riser pipe in the communal stairwell that had been damaged by drilling; gas from such a pipe can build up unnoticed in an enclosed stairwell until it meets a source of ignition such as a light switch or boiler.",
      ["damaged by drilling", "source of ignition"], [p(F2, "Investigators from the Pipeline Safety Inspectorate")]),
    A("why was kestrel building services suspended", F2,
      "It had been fitting new fire doors on the stairwells the week before the blast, and the pipe is thought to have been damaged by drilling there; Brightstone Homes suspended it pending the outcome of the investigation. The firm denies its work was to blame.",
      ["fitting new fire doors", "pending the outcome of the investigation"],
      [p(F2, "Kestrel Building Services, a contractor"), p(F2, "Investigators from the Pipeline Safety Inspectorate")]),
    A("why did the number of displaced haldersby households go up?", F2,
      "Residents of the neighbouring Alder House were moved out as a precaution while engineers checked it for cracks, taking the total to 41 households (96 people).",
      ["Alder House"], [p(F2, "The number of people displaced has also grown")]),
    A("why won't they be going back?", F2,
      "Structural engineers concluded Larchfield Court cannot be saved, so it will be demolished; Banerjee said the building is beyond repair.",
      ["cannot be saved", "beyond repair"],
      [p(F2, "Structural engineers have concluded"), p(F2, "I know that is hard news")]),
    A("why does vireo want to buy tessaro?", VT,
      "Montalbán says it gives both airlines the scale to compete on long-haul routes neither could serve alone; an analyst said Vireo is buying a network it could not build in ten years at a fair price.",
      ["long-haul routes", "a network it could not build"],
      [p(VT, "Vireo chief executive Inés Montalbán"), p(VT, "Clara Ydígoras")]),
    A("how is the merged airline going to cut costs", VT,
      "By buying fuel and aircraft together, sharing maintenance and combining booking systems, saving 180 million euros a year by 2028; about 1,100 overlapping jobs will also go.",
      ["buying fuel and aircraft together", "combining their booking systems"], [p(VT, "The two companies expect to save")]),
    A("what are tessaro's pilots worried about with this merger?", VT,
      "The Unione Piloti Italiani wants written guarantees that Tessaro's main base at Castellarga airport will not be run down.",
      ["would not be run down"], [p(VT, "The Unione Piloti Italiani")]),
    A("why might regulators force the airlines to hand over slots?", VT,
      "Because the two airlines both fly 14 routes between Spain and Italy; EU competition regulators could demand that some slots go to competitors.",
      ["14 routes between Spain and Italy"], [p(VT, "The deal needs the approval")]),
    A("why did tessaro make a loss last year", VT,
      "Its 96 million euro loss followed a spike in fuel costs and the grounding of part of its fleet for engine inspections.",
      ["spike in fuel costs", "engine inspections"], [p(VT, "reported a loss of 96 million euros")]),
    A("why does slovenia's government say the retirment age has to go up?", SL,
      "Minister Tina Brezovar says that without it the pension fund would need about 2.1 billion euros a year from the general budget by the mid-2030s; the ratio of pensioners to workers has risen from 58 to 71 per 100.",
      ["2.1 billion euros a year", "from 58 to 71"],
      [p(SL, "Labour minister Tina Brezovar"), p(SL, "The number of pensioners for every 100")]),
    A("how could slovenian unions still block the pension law?", SL,
      "By forcing a referendum: Sindikat Skupaj must collect 40,000 signatures within 35 days of the vote, and the law would then not take effect until the referendum is held.",
      ["referendum", "40,000 signatures"],
      [p(SL, "Jamnik said the federation would now try"), p(SL, "The law now goes to the president")]),
    A("what's the finnish government's reasoning for pushing the pension age up", FI,
      "It says longer working lives are needed to keep the pension system affordable as the number of over-75s climbs; Lautamäki said people are living longer and an unpayable pension promise is no promise.",
      ["keep the system affordable", "We are living longer"],
      [p(FI, "Finland's government has proposed raising"), p(FI, "We are living longer")]),
    A("why did some companies in the austrian trial go back to five days?", AU,
      "Four firms went back: two metalworking plants whose machines needed staffing all week, and two whose customers complained about slower responses.",
      ["machines needed to be staffed", "customers had complained"], [p(AU, "At the end of the trial")]),
    A("how did firms in the four-day week study find the time to work one day less?", AU,
      "Mostly by cutting meetings (from 4.5 to 2.8 hours a week), capping most meetings at 30 minutes and bringing in email-free focus hours.",
      ["cutting meetings", "focus hours"], [p(AU, "Much of the time was found")]),
    A("why do they think it doesn't prove much?", AU,
      "Pichlmayr says the firms volunteered to take part and were therefore more likely to succeed, so the results show what enthusiasts achieve, not what would happen if it were imposed on everyone.",
      ["volunteered to take part"], [p(AU, "Gerhard Pichlmayr, a spokesperson")]),

    # ---------------- multi_part
    A("list the three people who died in the haldersby explosion", F2,
      "Tomasz Wrona, 41; Harold Fenwick, 78, a retired bus driver; and Amira Saleh, 34, a pharmacy assistant.",
      ["Tomasz Wrona", "Harold Fenwick", "Amira Saleh"],
      [p(F2, "formally identified as Tomasz Wrona"), p(F2, "have now also been named")]),
    A("how many homes had their gas cut off around larchfield court, and how many are reconnected now?", F2,
      "About 140 homes were cut off; gas has been restored to 110 of them, with the remaining 30 to follow after pressure tests.",
      ["140 homes", "110"], [p(F2, "Gas has been restored to 110")]),
    A("what floor did he live on and how old was he?", F2,
      "Tomasz Wrona lived alone on the fourth floor and was 41.",
      ["fourth floor", "41"], [p(F2, "formally identified as Tomasz Wrona")]),
    A("whats the share swap ratio in the vireo deal and what premium does it give tessaro holders?", VT,
      "Tessaro shareholders get 0.62 new Vireo shares per share, a premium of 27 per cent on Friday's closing price.",
      ["0.62", "27 per cent"], [p(VT, "The all-share deal")]),
    A("how many jobs are going at vireo tessaro and in which kinds of roles?", VT,
      "About 1,100 of 14,500 jobs over three years, mostly overlapping head-office, sales and administrative roles; no pilots or cabin crew.",
      ["1,100", "head-office, sales and administrative roles"], [p(VT, "About 1,100 of the combined")]),
    A("who won the grand jury prize, best actress and best actor at valmora?", VA,
      "Grand Jury Prize: A House Without Clocks (Tomás Ybarra); best actress: Mirela Stanciu; best actor: Kwame Adjei-Boateng.",
      ["A House Without Clocks", "Mirela Stanciu", "Kwame Adjei-Boateng"],
      [p(VA, "The Grand Jury Prize"), p(VA, "Mirela Stanciu won")]),
    A("where did they shoot it and how long did filming take?", VA,
      "The Salt Orchard was shot on the island of Kärsaare, where Vahtra's grandmother farmed, over 26 days.",
      ["Kärsaare", "26 days"], [p(VA, "The film was shot over 26 days"), p(VA, "island of Kärsaare")]),
    A("who produced the salt orchard and for what company", VA,
      "Maarja Kuusk produced it for the small Estonian company Põld Films.",
      ["Maarja Kuusk", "Põld Films"], [p(VA, "produced by Maarja Kuusk")]),
    A("in slovenia, when does the pension age reach 67 and by how much does it climb each year?", SL,
      "It rises by three months every year from January 2027 and reaches 67 in 2034.",
      ["2034", "three months every year"], [p(SL, "The reform passed on Tuesday")]),
    A("under the slovenian law who can still retire at 62, and what extra do people get if they keep working past 67?", SL,
      "People with 40 or more years of contributions can retire at 62 without a reduction; those working beyond 67 get a 4 per cent pension bonus per extra year, for up to three years.",
      ["40 years or more", "4 per cent"],
      [p(SL, "Workers who have paid contributions for 40 years"), p(SL, "People who keep working beyond 67")]),
    A("how much would finland's pension change save the state and how many extra workers would it add?", FI,
      "About 1.6 billion euros a year by 2045, and around 55,000 more people in the workforce.",
      ["1.6 billion euros a year", "55,000 people"], [p(FI, "The finance ministry estimates")]),
    A("austria trial: by how much did burnout, sick days and revenue change?", AU,
      "Burnout fell 38 per cent, sick days fell 22 per cent, and revenue rose 1.4 per cent on average (inflation-adjusted).",
      ["38 per cent", "22 per cent", "1.4 per cent"], [p(AU, "Self-reported burnout fell")]),
    A("when did the four-day week trial run and who paid for it?", AU,
      "It ran from March to August and was funded by a grant from the Rembeck Foundation.",
      ["began in March and ended in August", "Rembeck Foundation"],
      [p(AU, "The trial began in March"), p(AU, "funded by a grant")]),

    # ---------------- overview
    A("whats the latest on the larchfield court explosion", F2,
      "As of 20 October the death toll has risen to three with the recovery of Tomasz Wrona; investigators blame gas from a riser pipe damaged by drilling, a contractor is suspended, the block will be demolished, and 41 households are displaced.",
      ["risen to three", "riser pipe", "be demolished", "41 households"],
      [p(F2, "The death toll from last week"), p(F2, "Investigators from the Pipeline Safety Inspectorate"),
       p(F2, "Structural engineers have concluded"), p(F2, "The number of people displaced has also grown")]),
    A("summarise the vireo tessaro story for me", VT,
      "Spain's Vireo Airlines is buying Italy's Tessaro Air in an all-share deal worth about 1.4 billion euros, creating a 212-aircraft group; about 1,100 jobs will go and the deal, which needs EU approval, should close in the first half of 2026.",
      ["1.4 billion euros", "212 aircraft", "1,100", "first half of 2026"],
      [p(VT, "Spanish carrier Vireo Airlines has agreed"), p(VT, "to be called Vireo Tessaro Group"),
       p(VT, "About 1,100 of the combined"), p(VT, "The deal needs the approval")]),
    A("main points of the valmora film festival article?", VA,
      "The Salt Orchard, Estonian director Kadri Vahtra's first feature, won the Golden Heron at Valmora in a unanimous jury decision; A House Without Clocks took the Grand Jury Prize, with acting and other awards also listed.",
      ["The Salt Orchard", "Kadri Vahtra", "unanimous", "A House Without Clocks"],
      [p(VA, "won the Golden Heron, the top prize"), p(VA, "It is the first feature film"),
       p(VA, "The jury president"), p(VA, "The Grand Jury Prize")]),
    A("give me the gist of the slovenian pension reform", SL,
      "Slovenia's parliament voted 49 to 38 to raise the retirement age from 65 to 67 by 2034, saying the fund would otherwise need about 2.1 billion euros a year; unions are trying to force a referendum.",
      ["from 65 to 67", "49 votes to 38", "2.1 billion euros", "referendum"],
      [p(SL, "Slovenia's parliament has voted"), p(SL, "The reform passed on Tuesday"),
       p(SL, "Labour minister Tina Brezovar"), p(SL, "Jamnik said the federation would now try")]),
    A("in brief, what is finland proposing on pensions?", FI,
      "Finland's government proposes raising the state pension age from 65 to 68 by 2039, then linking it to life expectancy, improving public finances by about 1.6 billion euros a year; a widened long-career pension would protect people in heavy jobs.",
      ["to 68", "2039", "1.6 billion euros", "long-career pension"],
      [p(FI, "Finland's government has proposed raising"), p(FI, "Under the plan unveiled on Wednesday"),
       p(FI, "The finance ministry estimates"), p(FI, "long-career pension")]),
    A("tl;dr of the four day week research", AU,
      "In a six-month Austrian trial with 61 companies, a 32-hour week on full pay cut burnout by 38 per cent with revenue steady; 57 of the 61 firms are keeping it, largely by cutting meetings.",
      ["61 companies", "38 per cent", "57 of the 61 firms", "cutting meetings"],
      [p(AU, "The six-month trial, run by"), p(AU, "Self-reported burnout fell"),
       p(AU, "At the end of the trial"), p(AU, "Much of the time was found")]),
    A("what does the austrian four-day week study mean from a business owner's point of view?", AU,
      "Revenue held up (up 1.4 per cent on average) and staff stayed, though some firms, like Korngold Bakeries, hired extra staff to keep opening hours; employers' groups say the volunteer firms are not representative, and the ministry has no plans to change the law.",
      ["1.4 per cent", "hired three extra bakers", "volunteered to take part", "no plans to change the law"],
      [p(AU, "Self-reported burnout fell"), p(AU, "Korngold Bakeries"),
       p(AU, "Gerhard Pichlmayr, a spokesperson"), p(AU, "The labour ministry said")]),
    A("from the staff side, what does the vireo-tessaro merger mean for people working at the two airlines?", VT,
      "About 1,100 of 14,500 jobs will go, mainly office roles, but no pilots or cabin crew; Tessaro's pilots want written guarantees for the Castellarga base, and Tessaro's CEO becomes deputy chief executive.",
      ["1,100", "no pilots or cabin crew", "written guarantees", "deputy chief executive"],
      [p(VT, "About 1,100 of the combined"), p(VT, "The Unione Piloti Italiani"), p(VT, "Vireo chief executive Inés Montalbán")]),
    A("quick summary of both retirement age stories please", "",
      "Slovenia's parliament voted 49 to 38 to raise the retirement age from 65 to 67 by 2034; Finland's government has proposed raising its state pension age to 68 by 2039, a bill to go to parliament later this year.",
      ["from 65 to 67", "49 votes to 38", "to 68", "later this year"],
      [p(SL, "Slovenia's parliament has voted"), p(SL, "The reform passed on Tuesday"),
       p(FI, "Finland's government has proposed raising"), p(FI, "The four-party coalition holds")]),

    # ---------------- about_article
    A("who wrote the first report on the haldersby blast and what's their job?", F1,
      "Naima Choudhury, the Pennine Evening Post's chief reporter.",
      ["NAIMA CHOUDHURY", "Chief Reporter"], [m(F1, "By NAIMA CHOUDHURY")]),
    A("who wrote it?", VT,
      "Sofía Arrieta, Transport Editor at the Continental Business Review.",
      ["Sofía Arrieta"], [m(VT, '<span class="by">')]),
    A("which publication ran the valmora awards piece?", VA,
      "Screen Meridian.", ["Screen Meridian"], [m(VA, "publication: Screen Meridian")]),
    A("what date was the four-day week article published?", AU,
      "Wednesday, November 5, 2025.", ["November 5, 2025"], [m(AU, "Wednesday, November 5, 2025")]),
    A("what's the headline on the finland pension story", FI,
      "\"Finland plans to raise state pension age to 68 by 2039\".",
      ["Finland plans to raise state pension age to 68 by 2039"],
      [m(FI, "Finland plans to raise state pension age to 68 by 2039")]),
    A("what does the subheading on the ledger's haldersby update say?", F2,
      "\"Body of missing fourth-floor resident recovered as Larchfield Court is condemned and building contractor is suspended\".",
      ["Body of missing fourth-floor resident recovered"], [m(F2, 'class="standfirst"')]),
    A("who took the photo in the slovenia pension article?", SL,
      "Anže Rupnik, for Central Europe Wire.", ["Anže Rupnik"], [m(SL, "Photo: Anže Rupnik")]),
    A("was anything corrected in the haldersby update piece?", F2,
      "Yes. A correction of 21 October 2025 says an earlier version wrongly stated that the residents' appeal was set up by Haldersby Borough Council; it was set up by residents.",
      ["set up by residents"], [m(F2, "This article was amended on 21 October 2025")]),
    A("how many articles do you have?", "",
      "There are 7 articles: two on the Haldersby gas explosion, one each on Slovenia's and Finland's pension ages, the Vireo-Tessaro airline merger, the Valmora film festival's Golden Heron, and an Austrian four-day week study.",
      ["7"], []),
    A("which of the articles are about raising the retirement age?", "",
      "Two: the Central Europe Wire piece on Slovenia raising the retirement age to 67, and the Nordic Affairs Daily piece on Finland's plan to raise the state pension age to 68.",
      ["Slovenia votes to raise retirement age to 67", "Finland plans to raise state pension age to 68"],
      [m(SL, "Slovenia votes to raise retirement age to 67 despite"), m(FI, "Finland plans to raise state pension age to 68 by 2039")]),
    A("what does the editor's note on the finnish pensions article say?", FI,
      "It says the story was updated on 4 September 2025 to add a response from the opposition Social Forward party, which had not replied when it was first published.",
      ["4 September 2025", "Social Forward party"], [m(FI, "EDITOR'S NOTE")]),

    # ---------------- mention
    A("is the fire door contractor discussed anywhere in the haldersby coverage?", F2,
      "Yes. The update says Kestrel Building Services, which had been fitting new fire doors on the stairwells, has been suspended pending the investigation.",
      ["Kestrel Building Services"], [p(F2, "Kestrel Building Services, a contractor")]),
    A("does the vireo tessaro article say anything about a pilots union?", VT,
      "Yes. The Unione Piloti Italiani, representing most of Tessaro's pilots, wants written guarantees about the Castellarga base.",
      ["Unione Piloti Italiani"], [p(VT, "The Unione Piloti Italiani")]),
    A("does it mention a referendum?", SL,
      "Yes. Sindikat Skupaj will try to force a referendum on the Slovenian law, needing 40,000 signatures within 35 days.",
      ["referendum"], [p(SL, "Jamnik said the federation would now try")]),
    A("are any technical problems at the valmora festival mentioned?", VA,
      "Yes. A gala screening on the Wednesday was halted for 40 minutes by a projector fault.",
      ["projector fault"], [p(VA, "Festival director Rui Camacho Leal")]),
    A("was asbestos found at larchfield court?", "",
      "None of the articles mentions asbestos; neither Haldersby report says anything about it."),
    A("does the airline merger story say anything about frequent flyer points?", "",
      "No. The Vireo-Tessaro article does not mention frequent flyer or loyalty schemes; it only says tickets already sold will be honoured."),
    A("did the salt orchard get a standing ovation?", "",
      "The Valmora article does not mention a standing ovation; it only says the film premiered to a muted reception."),
    A("is remote work discussed in the four-day week study article?", "",
      "No. The four-day week article does not discuss remote working."),

    # ---------------- dated_version
    A("what was the death toll in the first report on the haldersby blast?", F1,
      "The first report (13 October 2025) said two people had died and one man was missing.",
      ["Two people have died"], [p(F1, "Two people have died and one man")]),
    A("and what's the toll now?", F2,
      "As of the 20 October update the death toll has risen to three, after Tomasz Wrona's body was recovered.",
      ["risen to three"], [p(F2, "The death toll from last week")]),
    A("how many were injured in haldersby - first figure vs the updated one?", "",
      "The first report said eleven people were taken to hospital (four seriously); the update says fourteen were treated, after three who went to hospital on their own were added, with two still critical.",
      ["Eleven people", "Fourteen people"],
      [p(F1, "Eleven people were taken to hospital"), p(F2, "Fourteen people are now known")]),
    A("what did the first report say caused the explosion, and what do investigators say now?", "",
      "The first report said the cause was unconfirmed but pointed to a gas leak, with residents smelling gas in the stairwell; investigators now say gas escaped from a stairwell riser pipe damaged by drilling.",
      ["gas leak", "damaged by drilling"],
      [p(F1, "The cause has not been confirmed"), p(F2, "Investigators from the Pipeline Safety Inspectorate")]),
    A("as of 13 october, how many households had to clear out of larchfield court?", F1,
      "Twenty-three households, an estimated 60 people.",
      ["Twenty-three households"], [p(F1, "Twenty-three households")]),
    A("what about as of the 20th?", F2,
      "By 20 October, with Alder House also cleared, 41 households (96 people) were displaced.",
      ["41 households"], [p(F2, "The number of people displaced has also grown")]),
    A("how much had the residents' appeal raised at first, and how much is it up to now?", "",
      "More than £8,000 by the evening of the blast; £46,300 by the update on 20 October.",
      ["£8,000", "£46,300"],
      [p(F1, "Residents have set up an online appeal"), p(F2, "appeal has now raised")]),
    A("did the missing man's name change between the two haldersby reports?", "",
      "Yes, in form: the first report said neighbours named him as Tom Wrona; the update gives his formal identification as Tomasz Wrona, 41.",
      ["Tom Wrona", "Tomasz Wrona"],
      [p(F1, "some named him as Tom Wrona"), p(F2, "formally identified as Tomasz Wrona")]),
    A("was larchfield court going to be repaired? how has that changed since the first report?", "",
      "At first, engineers were to assess the building on Tuesday to see whether anyone could return; by the update, engineers concluded it cannot be saved and it will be demolished.",
      ["assess the building on Tuesday", "be demolished"],
      [p(F1, "structural engineers would assess the building"), p(F2, "Structural engineers have concluded")]),

    # ---------------- unanswerable
    A("what's the state pension age in portugal?", "",
      "Not covered: the articles discuss Slovenia's and Finland's pension ages only."),
    A("how do i tell if my boiler is leaking gas", "",
      "Not covered: the articles give no safety advice on detecting gas leaks."),
    A("who won the golden heron last year?", "",
      "Not given: the Valmora article names only this year's winner, The Salt Orchard."),
    A("any news on the gas blast at the redmoor estate in carnforth vale?", "",
      "Not covered: no article mentions a Redmoor estate or Carnforth Vale; the only gas explosion covered is at Larchfield Court in Haldersby."),
    A("what did aurelia airways say about the vireo-tessaro tie-up?", "",
      "Not covered: no airline called Aurelia Airways appears in the articles."),
    A("should i take early retirement at 62 or keep working?", "",
      "Not covered: the articles give no personal financial advice."),
    A("has germany run a four-day week trial too?", "",
      "Not covered: the only four-day week study in the articles is the Austrian one."),
    A("what is slovakia doing about its pension age?", "",
      "Not covered: the pension articles are about Slovenia and Finland, not Slovakia."),

    # ---------------- near_miss
    A("how old is ines montalban?", VT,
      "Not given: the article names Inés Montalbán as Vireo's chief executive but does not give her age.",
      ctx=[p(VT, "Vireo chief executive Inés Montalbán")]),
    A("what salary does paolo ravagnani earn at tessaro?", VT,
      "Not given: Ravagnani is named as Tessaro's chief executive and future deputy chief executive, but his pay is not stated.",
      ctx=[p(VT, "Vireo chief executive Inés Montalbán")]),
    A("how much did the salt orchard cost to make?", VA,
      "Not given: the article says it was shot over 26 days on Kärsaare but gives no budget.",
      ctx=[p(VA, "The film was shot over 26 days")]),
    A("when was larchfield court built?", F1,
      "Not given: the articles describe the seven-storey block on Mercer Road but never say when it was built.",
      ctx=[p(F1, "Two people have died and one man")]),
    A("how old is slovenia's labour minister tina brezovar?", SL,
      "Not given: Tina Brezovar is named as labour minister but her age is not stated.",
      ctx=[p(SL, "Labour minister Tina Brezovar")]),
    A("on what date will the finnish parliament vote on lautamäki's pension plan?", FI,
      "Not given: the article only says the proposal will be sent to parliament later this year.",
      ctx=[p(FI, "The four-party coalition holds")]),
    A("how much money did the rembeck foundation put into the four-day week trial?", AU,
      "Not given: the article says the trial was funded by a Rembeck Foundation grant but not how large it was.",
      ctx=[p(AU, "funded by a grant")]),
    A("how old is kadri vahtra", VA,
      "Not given: Kadri Vahtra is named as the director of The Salt Orchard but her age is not stated.",
      ctx=[p(VA, "It is the first feature film")]),
]

MENTION_NO_TERMS = {  # question -> terms whose stems appear in no article
    "was asbestos found at larchfield court?": ["asbestos"],
    "does the airline merger story say anything about frequent flyer points?": ["frequent flyer", "frequent-flyer", "frequent", "loyalty"],
    "did the salt orchard get a standing ovation?": ["ovation"],
    "is remote work discussed in the four-day week study article?": ["remote", "telework", "homeworking"],
}


# ---------------------------------------------------------------- read the draft
def read_draft():
    qs, kind = [], None
    for line in open(os.path.join(D, "questions_draft.txt"), encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("## "):
            kind = line[3:].strip()
        elif line.startswith("- "):
            qs.append({"q": line[2:], "kind": kind, "history": []})
        elif line.strip().startswith(">> earlier:"):
            role, content = line.strip()[len(">> earlier:"):].strip().split(": ", 1)
            assert role in ("user", "assistant"), line
            qs[-1]["history"].append({"role": role, "content": content})
    return qs


def main():
    draft = read_draft()
    assert len(draft) == len(ANSWERS) == 110, (len(draft), len(ANSWERS))
    texts = {f: plain(f) for f in ALL}
    rows, no_terms = [], {}
    for n, (d, a) in enumerate(zip(draft, ANSWERS), 1):
        assert d["q"] == a["q"], (n, d["q"], a["q"])
        rid = f"f7-{n:03d}"
        answerable = d["kind"] not in ("unanswerable", "near_miss") and not (d["kind"] == "mention" and not a["kf"])
        ctx = [P(f, s) if k == "p" else M(f, s) for f, k, s in a["ctx"]]
        pool = [texts[a["a"]]] if a["a"] else list(texts.values())
        for kf in a["kf"]:
            assert any(norm(kf).lower() in t for t in pool), (rid, kf)
        row = {"id": rid, "user_input": d["q"], "kind": d["kind"], "answerable": answerable,
               "reference": a["ref"], "key_facts": a["kf"], "reference_contexts": ctx, "article": a["a"]}
        if d["history"]:
            row["history"] = d["history"]
        rows.append(row)
        if d["q"] in MENTION_NO_TERMS:
            no_terms[rid] = MENTION_NO_TERMS[d["q"]]
    assert len(no_terms) == len(MENTION_NO_TERMS)
    with open(os.path.join(D, "questions.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(D, "mention_no_terms.json"), "w", encoding="utf-8") as fh:
        json.dump(no_terms, fh, ensure_ascii=False, indent=2)
    print(f"wrote {len(rows)} rows to questions.jsonl and {len(no_terms)} entries to mention_no_terms.json")


if __name__ == "__main__":
    main()
