"""Everyday words readers use for what news prose names otherwise: "boss" for "chief executive",
"kids" for "pupils", "nicked" for "stolen". General English, not any article's words: each entry
maps a reader's word to the words a news report is likely to use for the same thing.

A short list kept here, not a thesaurus: WordNet's data is downloaded at run time (no PyPI package
ships it), and a thesaurus's many senses ("fans" as air coolers) would let a sentence cover words it
does not use. The sentence embeddings still carry most paraphrase; this list is for the everyday
words they read too far from the news's own.
"""

from __future__ import annotations

from functools import cache

from ..text import content_stems

# reader's word: the words news copy uses for it
_READER_WORDS = {
    "boss": "chief executive ceo head director manager chairman chair leader",
    "bosses": "executives managers directors management",
    "cop": "police officer detective constable",
    "cops": "police officers detectives",
    "kid": "child pupil student youngster",
    "kids": "children pupils students youngsters",
    "fans": "crowd spectators supporters attendance",
    "money": "funding funds grant cash budget",
    "jail": "prison jailed custody sentenced",
    "jailed": "prison sentenced custody",
    "locked": "jailed prison custody detained",
    "sacked": "dismissed fired",
    "fired": "dismissed sacked",
    "hurt": "injured injuries wounded",
    "killed": "dead died deaths fatalities",
    "nicked": "stolen took taken theft stole",
    "swiped": "stolen took taken copied theft",
    "hacked": "cyberattack attack breach",
    "hack": "cyberattack attack breach",
    "boat": "vessel ferry ship",
    "ship": "vessel ferry",
    "plane": "aircraft flight",
    "car": "vehicle",
    "cars": "vehicles",
    "shop": "store retailer",
    "shops": "stores retailers",
    "firm": "company business",
    "company": "firm business",
    "tax": "levy duty",
    "levy": "tax charge fee",
    "help": "aid assistance support",
    "start": "begin began started launch opened",
    "started": "began launched opened",
    "stop": "halt suspend end",
    "stopped": "halted suspended ended",
    "bought": "acquired purchased",
    "borrow": "loan loans borrowed lent debt",
    "borrowed": "loan loans lent debt",
    "lend": "loan loans lent",
    "buy": "acquire purchase",
    "sold": "sale sales",
    "doctors": "physicians surgeons medics",
    "staff": "workers employees",
    "workers": "staff employees",
    "town": "village municipality city",
    "village": "town municipality",
    "people": "residents",
    "ban": "prohibit barred",
    "bankrolled": "funded financed paid funding",
    "bankroll": "fund finance pay funding",
    "poured": "spent invested",
    "jobless": "unemployment unemployed",
    "policymakers": "board members committee",
    "charity": "trust foundation",
    "prices": "inflation",
    "uni": "university",
}


@cache
def _table() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for word, alternatives in _READER_WORDS.items():
        for stem in content_stems(word):
            table.setdefault(stem, set()).update(content_stems(alternatives))
    return {stem: frozenset(alts - {stem}) for stem, alts in table.items()}


def article_words_for(stem: str) -> frozenset[str]:
    """The stems news copy may use for a reader's word (by its stem); empty when none is listed."""
    return _table().get(stem, frozenset())
