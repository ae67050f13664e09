"""The unit a question about a quality wants its figure in.

"How fast were the winds?" asks for a speed ("185 km/h"), "how cold was it at the start?" for a
temperature ("9C"), "how effective was the vaccine?" for a share ("71 per cent"). The answer type of
such a question is only "a number", which the death toll in the story's lead holds as well; the unit
tells the figure asked for from the story's other figures. It ranks sentences only: an article may
give the quality in words ("below freezing"), so a sentence without the unit is no reason to abstain.
"""

from __future__ import annotations

import re

_NUMBER = r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty)"
_PERCENT = rf"{_NUMBER}\s*(?:%|per\s*cent\b|percent\b|percentage\s+points?\b)"
# A figure of time ("in nine minutes"): how fast a thing was done
_TIME_SPAN = rf"{_NUMBER}[\s-]+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b"
SPEED = re.compile(
    rf"{_NUMBER}\s*(?:km/h|kmh|kph|mph|km/hr|m/s|knots?\b|"
    r"(?:kilomet(?:re|er)s?|miles?|met(?:re|er)s?)\s+(?:an|per|a)\s+(?:hour|second)\b)|"
    rf"{_PERCENT}|{_TIME_SPAN}",
    re.IGNORECASE,
)
TEMPERATURE = re.compile(
    rf"(?:minus\s+|-|−)?\d[\d.]*\s*(?:°\s*[CF]?|C\b|F\b|degrees?\b)|{_NUMBER}\s+degrees?\b", re.IGNORECASE
)
SHARE = re.compile(_PERCENT, re.IGNORECASE)
WEIGHT = re.compile(
    rf"{_NUMBER}[\s-]*(?:kg|kilos?|(?:kilo|milli)?grams?|tonnes?|tons?|lbs?|pounds?|ounces?|oz)\b",
    re.IGNORECASE,
)

_ASKS_TEMPERATURE = re.compile(r"\bhow\s+(?:hot|cold|warm|chilly|freezing)\b|\btemperatures?\b", re.I)
_ASKS_SPEED = re.compile(r"\bhow\s+fast\b|\bspeeds?\b", re.IGNORECASE)
_WIND = re.compile(r"\b(?:winds?|gusts?|gales?)\b", re.IGNORECASE)
_HOW_STRONG = re.compile(r"\bhow\s+(?:strong|bad|fierce|powerful|high|severe)\b", re.IGNORECASE)
_ASKS_SHARE = re.compile(r"\bhow\s+(?:effective|efficient|accurate|successful)\b|\bsuccess\s+rate\b", re.I)
_ASKS_WEIGHT = re.compile(r"\bhow\s+heavy\b|\bweigh(?:s|ed)?\b|\bweight\b", re.IGNORECASE)


def measured_unit(question: str) -> re.Pattern[str] | None:
    """The figures that answer a question about a speed, a temperature, a share or a weight, or
    ``None`` when the question asks about none of these."""
    if _ASKS_TEMPERATURE.search(question):
        return TEMPERATURE
    if _ASKS_SPEED.search(question) or (_HOW_STRONG.search(question) and _WIND.search(question)):
        return SPEED  # "how strong did the wind get?": its speed
    if _ASKS_SHARE.search(question):
        return SHARE
    if _ASKS_WEIGHT.search(question):
        return WEIGHT
    return None
