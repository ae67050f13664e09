"""A synthetic news corpus for the benchmark: articles of realistic length that do not repeat.

Each article has a beat (economy, health, …), its own cast of people, organisations and places
(from Faker), and a handful of key topics; its paragraphs are 2–5 sentences built from news-style
sentence patterns filled with that cast, those topics and fresh numbers. The result reads like
wire copy, has a realistic word-frequency spread for BM25 (common news words, rare names), and no
two paragraphs are the same. Everything is seeded, so a size always gives the same corpus.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from faker import Faker

BEATS: dict[str, dict[str, list[str]]] = {
    "economy": {
        "topics": [
            "inflation",
            "interest rates",
            "the housing market",
            "wages",
            "consumer spending",
            "the trade deficit",
            "tariffs",
            "small businesses",
            "the bond market",
            "pension funds",
            "the minimum wage",
            "unemployment",
            "corporate taxes",
            "the budget deficit",
            "supply chains",
            "the currency",
            "export orders",
            "retail sales",
            "mortgage costs",
            "public debt",
            "factory output",
            "energy prices",
            "the stock market",
            "food prices",
        ],
        "bodies": [
            "the central bank",
            "the finance ministry",
            "the statistics office",
            "the treasury",
            "the chamber of commerce",
            "the competition authority",
            "the employers' federation",
        ],
        "verbs": ["raise", "cut", "freeze", "review", "tighten", "ease", "cap", "subsidise", "audit"],
    },
    "health": {
        "topics": [
            "hospital waiting lists",
            "the flu vaccine",
            "nurse staffing",
            "mental health services",
            "drug prices",
            "the measles outbreak",
            "emergency rooms",
            "cancer screening",
            "rural clinics",
            "antibiotic resistance",
            "maternity care",
            "the organ donor register",
            "ambulance response times",
            "obesity rates",
            "dementia care",
            "medical training places",
            "the new treatment",
            "air quality",
            "the clinical trial",
            "home care workers",
        ],
        "bodies": [
            "the health ministry",
            "the medical association",
            "the regional health board",
            "the drug regulator",
            "the nurses' union",
            "the public health agency",
        ],
        "verbs": ["expand", "fund", "restrict", "approve", "suspend", "investigate", "reorganise"],
    },
    "climate": {
        "topics": [
            "the flood defences",
            "wind farms",
            "coal plants",
            "emissions targets",
            "the heatwave",
            "drought",
            "electric buses",
            "the carbon tax",
            "wildfire risk",
            "sea levels",
            "solar panels",
            "the river clean-up",
            "forest cover",
            "heat pumps",
            "the grid upgrade",
            "glacier melt",
            "crop failures",
            "water rationing",
            "coastal erosion",
            "recycling rates",
        ],
        "bodies": [
            "the environment agency",
            "the energy regulator",
            "the water authority",
            "the meteorological office",
            "the climate council",
            "the grid operator",
        ],
        "verbs": ["build", "phase out", "ban", "monitor", "retrofit", "protect", "ration"],
    },
    "technology": {
        "topics": [
            "the data breach",
            "chip factories",
            "broadband coverage",
            "the new smartphone",
            "artificial intelligence",
            "cloud contracts",
            "online safety rules",
            "the outage",
            "electric cars",
            "satellite launches",
            "ride-hailing apps",
            "cybersecurity",
            "the app store",
            "encryption",
            "data centres",
            "robotics",
            "the software update",
            "facial recognition",
            "digital payments",
            "the chip shortage",
        ],
        "bodies": [
            "the data protection authority",
            "the telecoms regulator",
            "the digital ministry",
            "the cybersecurity centre",
            "the standards body",
        ],
        "verbs": ["launch", "block", "license", "fine", "acquire", "test", "roll out"],
    },
    "politics": {
        "topics": [
            "the coalition talks",
            "the election",
            "the constitutional reform",
            "the budget vote",
            "the corruption inquiry",
            "the referendum",
            "the cabinet reshuffle",
            "border controls",
            "the asylum law",
            "the defence budget",
            "local councils",
            "the peace talks",
            "the sanctions",
            "the opposition bill",
            "voter turnout",
            "the ceasefire",
            "police powers",
            "the trade agreement",
            "regional autonomy",
            "the new senate rules",
        ],
        "bodies": [
            "parliament",
            "the electoral commission",
            "the supreme court",
            "the foreign ministry",
            "the interior ministry",
            "the opposition party",
            "the governing coalition",
        ],
        "verbs": ["approve", "reject", "delay", "challenge", "negotiate", "block", "overhaul"],
    },
    "education": {
        "topics": [
            "teacher shortages",
            "tuition fees",
            "school meals",
            "exam results",
            "university funding",
            "class sizes",
            "student housing",
            "the reading programme",
            "vocational training",
            "school buildings",
            "special needs support",
            "the new curriculum",
            "student loans",
            "early years places",
            "school transport",
            "research grants",
        ],
        "bodies": [
            "the education ministry",
            "the teachers' union",
            "the schools inspectorate",
            "the university council",
            "the exams board",
        ],
        "verbs": ["reform", "fund", "close", "merge", "expand", "inspect", "scrap"],
    },
    "transport": {
        "topics": [
            "the rail strike",
            "the new metro line",
            "airport expansion",
            "road tolls",
            "bus fares",
            "the bridge repairs",
            "cycle lanes",
            "freight traffic",
            "the ferry service",
            "train delays",
            "speed limits",
            "the high-speed line",
            "parking charges",
            "driverless trucks",
            "port congestion",
            "night trains",
        ],
        "bodies": [
            "the transport ministry",
            "the rail operator",
            "the aviation authority",
            "the road safety council",
            "the port authority",
            "the drivers' union",
        ],
        "verbs": ["extend", "cancel", "upgrade", "privatise", "subsidise", "close", "reopen"],
    },
    "culture": {
        "topics": [
            "the film festival",
            "museum funding",
            "the opera season",
            "the book prize",
            "public libraries",
            "the heritage site",
            "streaming royalties",
            "the art auction",
            "the national theatre",
            "music venues",
            "the architecture award",
            "local newspapers",
            "the restored cathedral",
            "arts education",
            "the photography exhibition",
        ],
        "bodies": [
            "the culture ministry",
            "the arts council",
            "the heritage foundation",
            "the national museum",
            "the musicians' guild",
            "the film institute",
        ],
        "verbs": ["honour", "fund", "restore", "relocate", "acquire", "celebrate", "cancel"],
    },
}

ROLES = [
    "minister",
    "spokesperson",
    "chief executive",
    "economist",
    "professor",
    "mayor",
    "director",
    "union leader",
    "analyst",
    "senior official",
    "committee chair",
    "researcher",
    "lawmaker",
    "campaigner",
    "consultant",
    "inspector",
    "adviser",
    "governor",
    "founder",
    "engineer",
]
REPORTERS = [
    "told reporters",
    "said in a statement",
    "said on Tuesday",
    "told a news conference",
    "wrote in a report",
    "said in an interview",
    "told parliament",
    "posted on social media",
]
HEDGES = [
    "officials said",
    "according to figures released this week",
    "people familiar with the matter said",
    "the report found",
    "documents seen by reporters show",
    "analysts estimate",
]
ADJECTIVES = [
    "sharp",
    "modest",
    "unexpected",
    "long-awaited",
    "controversial",
    "temporary",
    "record",
    "gradual",
    "significant",
    "widely expected",
    "costly",
    "limited",
    "ambitious",
    "urgent",
]
CHANGES = ["rise", "fall", "increase", "drop", "jump", "decline", "slowdown", "recovery", "shift"]
WHEN = [
    "last year",
    "since the spring",
    "over the past decade",
    "this quarter",
    "in recent months",
    "since the pandemic",
    "by the end of the year",
    "within five years",
    "before the summer",
]

TEMPLATES = [
    "{org} said on {day} it would {verb} {topic}, a move that {person_short} described as {adj}.",
    "The decision follows a {adj} {change} in {topic} {when}, {hedge}.",
    "{person}, {role} at {org}, said the plan would cost about {money} over {years} years.",
    "“We cannot {verb} {topic} without more support from {body},” {person_short} {reporter}.",
    "In {place}, {number} residents signed a petition asking {body} to {verb} {topic}.",
    "Figures from {body} show {topic} {change_verb} by {percent} percent {when}.",
    "Critics, including {person}, argue that {topic} has been neglected for {years} years.",
    "{person_short} said the {adj} changes to {topic} would be reviewed in {month}.",
    "The proposal to {verb} {topic} passed by {number} votes to {number2}, {hedge}.",
    "{org} has already set aside {money} for {topic} in {place}, {hedge}.",
    "Supporters say the measures on {topic} will help {group} in {place} and beyond.",
    "{body} is expected to publish its review of {topic} in {month}, {person_short} said.",
    "Local businesses in {place} reported a {adj} {change} in demand {when}.",
    "“This is about {topic} and about {topic2},” said {person}, {role} at {org}.",
    "The {adj} plan for {topic2} has divided members of {body}.",
    "Asked about {topic2}, {person_short} said the priority remained {topic}.",
    "A study by researchers at {org} found that {percent} percent of {group} were affected by {topic}.",
    "{person} warned that delays to {topic} could cost {place} up to {money}.",
    "Protesters gathered outside the offices of {body} in {place} on {day}.",
    "The row over {topic} is the latest in a series of disputes between {org} and {body}.",
    "{org} employs about {number} people in {place} and has been involved in {topic} since {year}.",
    "Under the new rules, {group} will be able to apply for help with {topic} from {month}.",
    "{person_short} rejected the criticism, saying {topic} had improved {when}.",
    "Opposition figures called for an inquiry into how {body} handled {topic2}.",
    "It was not immediately clear whether {body} would {verb} {topic2} as well.",
    "The {change} in {topic} was the {ordinal} in a row, {hedge}.",
    "{person}, who has written widely on {topic}, called the figures {adj}.",
    "By {year}, {body} hopes to {verb} {topic} in every region, including {place}.",
    "Talks between {org} and {body} on {topic} broke down on {day} after {hours} hours.",
    "Residents of {place} said they had heard little about {topic} until {month}.",
]
GROUPS = [
    "families",
    "pensioners",
    "small firms",
    "students",
    "farmers",
    "commuters",
    "patients",
    "young workers",
    "landlords",
    "tenants",
    "local councils",
    "shop owners",
    "drivers",
    "parents",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
ORDINALS = ["second", "third", "fourth", "fifth", "sixth", "seventh"]
CHANGE_VERBS = ["rose", "fell", "grew", "dropped", "climbed", "slipped", "jumped"]


@dataclass(frozen=True, slots=True)
class SyntheticArticle:
    article_id: str
    title: str
    paragraphs: list[str]
    cast: dict

    def to_text(self) -> str:
        """The article as the assistant's plain-text format: title, blank line, paragraphs."""
        return self.title + "\n\n" + "\n\n".join(self.paragraphs) + "\n"


class NewsGenerator:
    """Deterministic generator of synthetic news articles (see the module docstring)."""

    def __init__(self, seed: int = 7) -> None:
        self.rng = random.Random(seed)
        self.fake = Faker("en_US")
        self.fake.seed_instance(seed)

    def article(self, number: int) -> SyntheticArticle:
        rng = self.rng
        beat_name = rng.choice(list(BEATS))
        beat = BEATS[beat_name]
        other = BEATS[rng.choice([b for b in BEATS if b != beat_name])]
        people = [(self.fake.name(), rng.choice(ROLES)) for _ in range(rng.randint(3, 6))]
        cast = {
            "people": people,
            "orgs": [self.fake.company() for _ in range(rng.randint(2, 3))],
            "places": [self.fake.city() for _ in range(rng.randint(1, 3))],
            "topics": rng.sample(beat["topics"], 4) + rng.sample(other["topics"], 1),
            "bodies": rng.sample(beat["bodies"], 2) + rng.sample(other["bodies"], 1),
            "verbs": beat["verbs"] + other["verbs"][:2],
        }
        # Paragraph counts of real news articles: mostly 10-30, a few long ones.
        n_paragraphs = max(4, min(60, int(rng.lognormvariate(3.0, 0.45))))
        paragraphs = [self._paragraph(cast) for _ in range(n_paragraphs)]
        lead_topic = cast["topics"][0]
        title = (
            f"{cast['bodies'][0].capitalize()} moves to {rng.choice(cast['verbs'])} {lead_topic} "
            f"in {cast['places'][0]}"
        )
        return SyntheticArticle(f"synthetic-{number:06d}", title, paragraphs, cast)

    def _paragraph(self, cast: dict) -> str:
        return " ".join(self._sentence(cast) for _ in range(self.rng.choice([2, 3, 3, 4, 4, 5])))

    def _sentence(self, cast: dict) -> str:
        rng = self.rng
        name, role = rng.choice(cast["people"])
        topic, topic2 = rng.sample(cast["topics"], 2)
        values = {
            "org": rng.choice(cast["orgs"]),
            "body": rng.choice(cast["bodies"]),
            "place": rng.choice(cast["places"]),
            "person": name,
            "person_short": name.split()[-1] if rng.random() < 0.7 else name,
            "role": role,
            "topic": topic,
            "topic2": topic2,
            "verb": rng.choice(cast["verbs"]),
            "adj": rng.choice(ADJECTIVES),
            "change": rng.choice(CHANGES),
            "change_verb": rng.choice(CHANGE_VERBS),
            "when": rng.choice(WHEN),
            "hedge": rng.choice(HEDGES),
            "reporter": rng.choice(REPORTERS),
            "group": rng.choice(GROUPS),
            "day": rng.choice(DAYS),
            "month": rng.choice(MONTHS),
            "ordinal": rng.choice(ORDINALS),
            "money": f"${rng.randint(2, 950)} million"
            if rng.random() < 0.8
            else f"${rng.randint(1, 40)} billion",
            "percent": f"{rng.randint(1, 60)}.{rng.randint(0, 9)}",
            "number": f"{rng.randint(12, 9800):,}",
            "number2": f"{rng.randint(5, 400):,}",
            "years": str(rng.randint(2, 15)),
            "hours": str(rng.randint(3, 30)),
            "year": str(rng.randint(1985, 2031)),
        }
        sentence = rng.choice(TEMPLATES).format(**values)
        return sentence[0].upper() + sentence[1:]

    def question(self, article: SyntheticArticle) -> str:
        """A question a reader might ask about the article, in its own words."""
        rng, cast = self.rng, article.cast
        name, _ = rng.choice(cast["people"])
        return rng.choice(
            [
                "What did {last} say about {topic}?",
                "What is {body} planning to do about {topic}?",
                "How much will the plan for {topic} cost?",
                "Why are people in {place} worried about {topic}?",
                "Who criticised the handling of {topic}?",
                "How did {topic} change in {place}?",
            ]
        ).format(
            last=name.split()[-1],
            topic=rng.choice(cast["topics"]),
            body=rng.choice(cast["bodies"]),
            place=rng.choice(cast["places"]),
        )


def generate(n_paragraphs: int, seed: int = 7) -> list[SyntheticArticle]:
    """Articles totalling at least ``n_paragraphs`` paragraphs (the last article is trimmed to fit)."""
    generator = NewsGenerator(seed)
    articles: list[SyntheticArticle] = []
    total = 0
    while total < n_paragraphs:
        article = generator.article(len(articles))
        keep = article.paragraphs[: n_paragraphs - total]
        if len(keep) < 2:
            break
        articles.append(SyntheticArticle(article.article_id, article.title, keep, article.cast))
        total += len(keep)
    return articles


def questions(articles: list[SyntheticArticle], n: int, seed: int = 11) -> list[str]:
    generator = NewsGenerator(seed)
    return [generator.question(generator.rng.choice(articles)) for _ in range(n)]


def write_corpus(articles: list[SyntheticArticle], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for article in articles:
        (folder / f"{article.article_id}.txt").write_text(article.to_text(), encoding="utf-8")
