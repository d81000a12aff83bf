"""Read the value a target commits to: baseline, target figure and unit, from one statement.

Council papers put a target's figures in a few recurring slots ("from 70.6% to 76.5%",
"to at least 50.25%", "by 7.84%", "a 6% reduction", "82% of pupils", "4 out of 12",
"at Level 3"). Other numbers in the same sentence (years, key stages, ages, "by 2 levels")
are not the target, so values are only read from those slots, strongest slot first.
"""
from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict

from paper_miner.extract.common.parse import find_dates, find_money, parse_duration_seconds, parse_number
from paper_miner.extract.common.vocabulary import CLOCK_TIME, MONTH, NUMBER_WORDS_TO_TWENTY, YEAR

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?(?:\s?[½¼¾])?|[½¼¾]"
_DURATION = r"\d+\s+(?:hours?|minutes?|mins?)(?:\s+(?:and\s+)?\d+\s+(?:minutes?|mins?|seconds?|secs?))?"
_MEASURE_UNITS = r"kg|kilograms?|t\s?CO2e?|tonnes?|tons|(?:working\s+)?days?|points?|hours?|minutes?|seconds?|weeks?|miles?|km"
_DURATION_PART_RE = re.compile(r"\d+\s+(?:hours?|minutes?|mins?|seconds?|secs?)\b", re.IGNORECASE)
_RATE = r"(?:per|a)\s+100(?:,000|,\s?000)?\b|per\s+(?:1,000|thousand)\b"
# "four", "twelve": a number of things as words ("one" is as often "one of the" as a count).
_COUNT_WORDS = "|".join(word for word in NUMBER_WORDS_TO_TWENTY if word not in ("zero", "one"))
# One quantity: a £ figure, a duration, a level, or a number with an optional unit or rate.
_QUANTITY = (
    rf"(?P<NAME>£\s?(?:{_NUM})(?:\s?(?:bn|billion|million|m|k)\b)?"
    rf"|{_DURATION}"
    r"|(?i:level)\s+\d+"
    rf"|(?:{_NUM})(?:\s?%|\s?per\s?cent|\s?(?:{_MEASURE_UNITS})\b|\s+(?:{_RATE}))?)"
)


def _quantity(name: str) -> str:
    return _QUANTITY.replace("NAME", name)


# "a minimum of 90%", "a maximum of 5%": the floor or ceiling a plan sets, as "at least" / "at most";
# not "a maximum of £2,000 per application", a cap on a grant.
_BOUND = (r"(?:an\s+average\s+of\s+|at\s+least\s+|at\s+most\s+|(?:no\s+)?(?:more|less|fewer)\s+than\s+"
          r"|(?:a\s+)?(?:minimum|maximum)\s+of\s+(?!£)"
          r"|over\s+|under\s+|below\s+|above\s+|[<>≤≥]\s*)?")
# "4,300 (2004/07)", "2,310 in 2008/09": the period the baseline refers to.
_BRACKETED = r"(?:\s*\([^()]{1,20}\)|\s+(?:in|at|during|for)\s+(?:19|20)\d\d(?:/\d\d)?)?"
# "from 20.9% to the pre-pandemic level of 18.5%", "to the rate it was in 2018 (4,556 per
# 100,000)": the level reached is named before its figure.
_LEVEL_OF = (r"(?:(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:level|rate|average)\s+of\s+"
             r"|the\s+(?:level|rate)\s+it\s+was\s+in\s+(?:19|20)\d\d(?:/\d\d)?\s*\(\s*)?")

# "will deliver", "have the capacity to deliver": a count whoever delivers it (its subject is no
# part of what is counted, see ``measure``).
DELIVERY_LEAD = r"(?:will|(?:capacity|expected|set|on\s+track)\s+to)"

# Slots, strongest first; each names the groups it fills.
SLOTS: list[tuple[str, re.Pattern[str]]] = [
    ("from_to", re.compile(
        r"\bfrom\s+(?:(?:the|a|an)\s+)?(?:(?:19|20)\d\d(?:/\d\d)?\s+)?(?:baseline\s+(?:of\s+)?)?"
        + _quantity("baseline") + _BRACKETED + r"\s+to\s+" + _LEVEL_OF + _BOUND + _quantity("target"),
        re.IGNORECASE)),
    ("to_from", re.compile(
        _quantity("target") + r"\s+from\s+" + _quantity("baseline"), re.IGNORECASE)),
    # "up to 3 councils" is a ceiling, not a level to reach; "aged 16 to 64" is a range, and
    # "31st October to 1st November" a span of days; "compared to the regional rate of 4.2" a benchmark.
    ("to", re.compile(r"(?<!\bup\s)(?<!\d\s)(?<!\bcompares\s)(?<!\bcompared\s)(?<!\bclose\s)(?<!\bsimilar\s)\bto\s+" + _LEVEL_OF + _BOUND + _quantity("target")
                      + rf"(?!(?:st|nd|rd|th)\b|\s+{MONTH}\b)", re.IGNORECASE)),
    # "bring staff turnover below 11%", "keep the share of missed bins under 0.5%":
    # the level to get or stay past.
    ("past", re.compile(r"\b(?:bring|get|keep|hold|push|drive)\s+[^.;,\d]{3,80}?\s+(?P<past>below|under|above|over)\s+"
                        + _quantity("target"), re.IGNORECASE)),
    # "The target for 2010/11 is 12 days", "the target for 2011/12 was 1,850 quitters",
    # "against a target of 65%", "a target for minor adaptations of 20 days", "Target: 3 minutes",
    # "(target = 5 days)", a resolution's "that the target for ... be set at 40": the
    # figure a named target is set at, before any change it adds ("2,700 burglaries, a reduction of 7%").
    ("target_is", re.compile(
        r"\btarget\b(?:[^.;]{0,90}?\b(?:is|was|will\s+be|(?:(?:has|had)\s+been|was|is|are|be)\s+set\s+at"
        r"|remains)|\s+of|\s+for\s+[a-z][a-z\s'-]{1,60}?\s+of|\s*[:=])\s*" + _BOUND + _quantity("target"), re.IGNORECASE)),
    # "measured against an 8 minute response time", "against a 4-hour standard": the time a
    # service standard allows, printed as the standard's adjective.
    ("standard_time", re.compile(r"\bagainst\s+(?:an?\s+|the\s+)?(?P<target>\d+(?:\.\d+)?[\s-](?:second|minute|hour|day|week)s?)"
                                 r"[\s-]+(?:response|target|standard|wait)(?:\s+(?:time|target|standard))?\b", re.IGNORECASE)),
    # "cut waits by 2 weeks"; a change in years only here ("raise life expectancy by 1.5 years"),
    # as elsewhere "5 years" is how long something lasts.
    ("by_change", re.compile(
        r"\bby\s+(?:at\s+least\s+|at\s+most\s+|around\s+|about\s+)?(?P<change>(?:" + _NUM
        + r")\s?(?:%|per\s?cent\b|percentage\s+points?\b|(?:" + _MEASURE_UNITS + r"|years?)\b))",
        re.IGNORECASE)),
    # "similar to or better than the England average (England currently 10 per 100,000)": the
    # benchmark's level as printed is the level to reach.
    ("benchmark", re.compile(
        r"\b(?:similar\s+to|similar|in\s+line\s+with|equal\s+to|better\s+than)\s+(?:or\s+better\s+(?:than\s+)?)?"
        r"(?:the\s+)?[\w\s-]{0,30}?\b(?:average|benchmark)\s*\(\s*(?:[A-Z][\w-]*\s+){0,2}"
        r"(?:currently|is|at|was)\s+" + _quantity("target"), re.IGNORECASE)),
    # "increasing from 10% in 2021 and working towards 18% by 2028": the level worked towards.
    ("towards", re.compile(
        r"(?:\bfrom\s+" + _quantity("baseline") + _BRACKETED + r"[^.;\d]{0,30}?)?"
        r"\b(?:working|work|moving|move|progressing)\s+towards\s+(?:a\s+(?:target|level)\s+of\s+)?"
        + _quantity("target"), re.IGNORECASE)),
    ("change_phrase", re.compile(
        r"\b(?:an?\s+(?:annual\s+|overall\s+|minimum\s+(?:of\s+)?|further\s+)?(?P<change>(?:" + _NUM + r")\s?%)\s+"
        r"(?:reduction|increase|decrease|cut|rise|improvement|fall)"
        r"|(?:reduction|increase|decrease|cut|rise|improvement|fall)\s+of\s+(?:at\s+least\s+)?(?P<change2>(?:"
        + _NUM + r")\s?(?:%|percentage\s+points?\b)))", re.IGNORECASE)),
    # "halve the number of ...": a change of 50%, as a stated percentage change is recorded;
    # "was almost double that of", "is double the rate of" compare two levels, and change nothing.
    ("multiple", re.compile(r"(?<!\balmost\s)(?<!\bnearly\s)(?<!\bis\s)(?<!\bwas\s)(?<!\bare\s)(?<!\bwere\s)"
                            r"\b(?P<multiple>halve|halving|double|doubling|treble|triple)\b(?!-)"
                            r"(?!\s+(?:that|those)\s+of\b)",
                            re.IGNORECASE)),
    # "to have no rough sleepers out for more than two nights": none of them, an aim of 0.
    ("none", re.compile(r"\bto\s+(?:have|see)\s+(?P<none>no)\s+(?!(?:choice|option|alternative|plans?|intention|need|objection"
                        r"|further|more|longer)\b)(?=[a-z]{3,})", re.IGNORECASE)),
    ("out_of", re.compile(r"(?P<target>\b\d+)\s+out\s+of\s+\d+", re.IGNORECASE)),
    # "to be placed in the top 40 colleges in the country", "remain in the top 10 councils for
    # recycling", "each department to be in the top 15% of its field": a place in a league table
    # to reach or keep.
    ("rank", re.compile(r"\b(?:in|into|within|among|amongst)\s+the\s+top\s+(?P<rank>\d{1,4}(?:\s?%|\s?per\s?cent)?)(?![\d.,])"
                        r"(?=\s*(?:$|[,.;:)])|\s+(?:of|in|among|amongst|nationally|globally|for|by|and|through|across)\b"
                        r"|\s+(?:[\w-]+\s+){0,2}?[a-z]+s\b)", re.IGNORECASE)),
    ("share", re.compile(r"(?:\b" + _BOUND + r")?(?<![\d.,])(?<!from\s)(?P<target>(?:" + _NUM + r")\s?(?:%|per\s?cent\b))",
                         re.IGNORECASE)),
    ("money", re.compile(r"(?P<target>£\s?\d[\d,.]*(?:\s?(?:bn|billion|million|m|k)\b)?)",
                         re.IGNORECASE)),
    # "The ambition is to have four family hubs", "we will deliver 400 additional school
    # places", "a plan agreed with the trust to hire 40 more nurses", "improve access to dental care, providing 700,000 more appointments": a number of
    # things an aim, a pledge or an improvement commits to provide.
    ("aim_count", re.compile(
        r"\b(?:(?:target|aim|ambition|goal|objective|commitment|intention)\s+(?:is|was|will\s+be)\s+to"
        r"|\bwe\s+will|\b(?:aims?|plans?|intends?|pledges?|commits?)(?:\s+with\s+(?:the\s+)?[A-Z][\w ]{2,40}?)?\s+to"
        r"|\b(?:(?:is|are|remains?)\s+committed|(?:has|have)\s+(?:committed|pledged))\s+to"
        r"|\b(?:improve|increase|expand|extend|widen)\s[^,;]{3,80},(?=\s+[a-z]+ing\s)"
        # "The fund's 20 schemes will deliver over 7,000 new jobs", "have the capacity to create":
        # whoever does it, a delivery verb says what is to be done.
        rf"|\b{DELIVERY_LEAD}(?=\s+(?:deliver|create|build|provide|plant|insulate"
        r"|retrofit|install|recruit|train|open|complete|restore)\s))\s+[a-z]+\s+"
        r"(?:a\s+further\s+|an\s+(?:additional|extra)\s+|at\s+least\s+|over\s+|more\s+than\s+)?"
        rf"(?P<target>\d[\d,]*(?:\.\d+)?(?:\s+million\b)?|{_COUNT_WORDS})\s+"
        r"(?!per\b|out\b|of\b|times\b|(?:years?|months?|weeks?|days?|hours?|minutes?)\b|%)(?=[A-Za-z])",
        re.IGNORECASE)),
    # A goal named by what it does: "our goal of planting 1.5 million new trees", "a target of
    # building 300 homes", "the ambition of extending tree cover by 20,000 trees".
    ("goal_of", re.compile(
        r"\b(?:target|ambition|goal|objective|commitment|pledge)\s+of\s+[a-z]+ing\s+(?:[a-z]+\s+){0,3}?(?:by\s+)?"
        r"(?P<target>\d[\d,]*(?:\.\d+)?(?:\s+million\b)?)\s+(?!per\b|out\b|of\b|times\b|years?\b|%)(?=[A-Za-z])",
        re.IGNORECASE)),
    ("count", re.compile(
        r"^(?:by\s+[^,]{3,30},\s*)?(?:[A-Z][a-z]+\s+)?(?:(?:at\s+least|no\s+fewer\s+than|over|more\s+than)\s+)?"
        r"(?P<target>\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\s+"
        r"(?!per\b|out\b|years?\b|%)(?=[A-Za-z])", re.IGNORECASE)),
    # "... by planting at least 5,000 trees": a floor on a number of things, anywhere in the statement.
    ("bound_count", re.compile(
        r"\b(?:at\s+least|no\s+fewer\s+than)\s+(?P<target>\d[\d,]*)\s+"
        r"(?!per\b|out\b|of\b|years?\b|%)(?=[A-Za-z])", re.IGNORECASE)),
    ("of", re.compile(r"\b(?:growth|total|minimum|maximum|level|average|target)\s+of\s+"
                      + _quantity("target"), re.IGNORECASE)),
    # "achieve level 4 or above", "level 3 'Excellence'"; not "level 4 tactical plans", a kind of plan.
    ("level", re.compile(r"(?P<target>\b(?i:level)\s+\d+)(?!\s+(?!(?:or|and|in|at|by|for|of|on|to|is|was)\b)[a-z]{3,})")),
    # "severe obesity will have fallen from 5%": where it starts, when no slot gives a level to reach.
    ("from", re.compile(r"\bfrom\s+(?:the\s+|a\s+)?" + _quantity("baseline") + r"(?![\w/])", re.IGNORECASE)),
]
STRONG_SLOTS = {"from_to", "to_from", "to", "past", "none", "benchmark", "towards", "by_change", "change_phrase", "target_is",
                "multiple", "out_of", "rank", "standard_time", "aim_count", "goal_of"}
_MULTIPLES = {"halv": 50.0, "doub": 100.0, "treb": 200.0, "trip": 200.0}  # by first letters
_YEAR_RE = re.compile(YEAR)
_UNIT_WORDS = {"kg": "kg", "kilogram": "kg", "tonne": "tonnes", "ton": "tonnes", "day": "days",
               "point": "points", "hour": "hours", "min": "minutes", "second": "seconds",
               "week": "weeks", "mile": "miles", "km": "km", "year": "years"}


class Value(BaseModel):
    """The figures of one target statement; ``start``/``end`` span the slot that held them."""

    model_config = ConfigDict(frozen=True)
    slot: str
    target: float | None
    baseline: float | None = None
    unit: str | None = None
    start: int = 0
    end: int = 0

    @property
    def strong(self) -> bool:
        return self.slot in STRONG_SLOTS


def unit_of(quantity: str) -> str:
    """Short unit of a printed quantity: "%", "GBP", "minutes", "level", "per 100", "count"...;
    a duration as printed ("within 30 minutes" is minutes), one of two parts ("4 minutes 37
    seconds") in seconds."""
    text = quantity.strip().lower()
    if is_compound_duration(text):
        return "seconds"
    if "%" in text or "per cent" in text or "percent" in text:
        return "%"
    if text.startswith("£"):
        return "GBP"
    if text.startswith("level"):
        return "level"
    rate = re.search(r"(?:per|a)\s+(100(?:,\s?000)?|1,000|thousand)", text)
    if rate:
        return "per " + rate.group(1).replace(" ", "")
    return _worded_unit(text)


# Units of more than one word, or no word's stem: "10 working days", "36 tCO2e" (tonnes of
# carbon dioxide equivalent).
_WORDED_UNITS = ((re.compile(r"\bworking\s+days?$"), "working days"), (re.compile(r"\bt\s?co2e?$"), "tCO2e"))


def _worded_unit(text: str) -> str:
    """The unit a quantity's last words name ("12 days", "10 working days"), else a count."""
    unit = next((name for pattern, name in _WORDED_UNITS if pattern.search(text)), None)
    word = re.search(r"[a-z]+$", text)
    if unit is None and word:
        unit = next((name for stem, name in _UNIT_WORDS.items() if word.group(0).startswith(stem)), None)
    return unit or "count"


def is_compound_duration(quantity: str) -> bool:
    """Whether a duration is printed in two units ("4 minutes 37 seconds", "1 hour and 30
    minutes"), which only a count of seconds states as one number; not "30 minutes"."""
    return len(_DURATION_PART_RE.findall(quantity)) > 1


def amount_of(quantity: str) -> float | None:
    """The number a printed quantity stands for (a duration in two units in seconds, money in pounds)."""
    text = quantity.strip()
    if re.fullmatch(r"£\s?\d[\d,]*\.\d\d", text):
        return parse_number(text[1:])  # pence count in a unit cost ("£1.18 per head")
    if text.startswith("£"):
        money = find_money(text)
        return float(money[0].amount) if money else None
    if is_compound_duration(text):
        return float(parse_duration_seconds(text) or 0) or None
    word = text.lower().split()[0] if text else ""
    if word in NUMBER_WORDS_TO_TWENTY and word not in ("zero", "one"):  # "one of the" counts nothing
        return float(NUMBER_WORDS_TO_TWENTY[word])
    if text.lower().startswith("level"):
        text = text[5:]
    number = parse_number(text)
    # "1.5 million new trees": a count printed in millions
    return number * 1_000_000 if number is not None and text.lower().endswith("million") else number


def _is_year(quantity: str) -> bool:
    """"2028", or "2028," as a count reads it from "By 2028, we will ...": a year, no figure."""
    return bool(_YEAR_RE.fullmatch(quantity.strip().rstrip(",")))


def _from_match(slot: str, match: re.Match[str]) -> Value | None:
    groups = {k: v for k, v in match.groupdict().items() if v}
    if "none" in groups:
        return Value(slot=slot, target=0.0, unit="count", start=match.start("none"), end=match.end("none"))
    if "rank" in groups:
        # An empty span: "in the top 25" stays in the statement, where it says what is measured.
        unit = "rank" if unit_of(groups["rank"]) == "count" else "%"
        return Value(slot=slot, target=amount_of(groups["rank"]), unit=unit, start=match.start(), end=match.start())
    if "multiple" in groups:
        change = _MULTIPLES[groups["multiple"].lower()[:4]]
        # An empty span: the verb stays in the statement, where it frames the measure.
        return Value(slot=slot, target=change, unit="%", start=match.start(), end=match.start())
    change = groups.get("change") or groups.get("change2")
    printed = groups.get("target") or change
    if printed is None and "baseline" in groups and not _is_year(groups["baseline"]):
        start = groups["baseline"]  # a starting level only
        return Value(slot=slot, target=None, baseline=amount_of(start), unit=unit_of(start),
                     start=match.start(), end=match.end())
    if printed is None or _is_year(printed):
        return None
    target = amount_of(printed)
    if target is None:
        return None
    unit = unit_of(printed)
    if slot == "to_from" and _is_year(groups["baseline"]):
        return None  # "70% from 2024-25": the year a level applies from is no starting level
    baseline = amount_of(groups["baseline"]) if "baseline" in groups else None
    if baseline is not None and unit == "count" and unit_of(groups["baseline"]) != "count":
        unit = unit_of(groups["baseline"])  # "from 12.9% to 13.4" keeps the baseline's unit
    # A named target's span is its figure, a level to get past its bound and figure: the words
    # before say what is measured.
    start = match.start("target") if slot in ("target_is", "goal_of") else match.start("past") if slot == "past" \
        else match.start()
    return Value(slot=slot, target=target, baseline=baseline, unit=unit, start=start, end=match.end())


CLOCK_TIME_RE = re.compile(CLOCK_TIME, re.IGNORECASE)


def find_values(text: str) -> list[Value]:
    """Every slot value in ``text``, strongest slot first; overlapping weaker ones dropped; a
    time of day ("8am to 8pm") is none."""
    text = CLOCK_TIME_RE.sub(lambda m: " " * len(m.group(0)), text)
    found: list[Value] = []
    for slot, pattern in SLOTS:
        for match in pattern.finditer(text):
            value = _from_match(slot, match)
            if value and not any(v.start < value.end and value.start < v.end for v in found):
                found.append(value)
    return found


_ANY_QUANTITY_RE = re.compile(r"(?<![\w.,/])" + _quantity("figure"), re.IGNORECASE)
_YEARS_RE = re.compile(r"\b(?:19|20)\d\d(?:/\d\d(?:\d\d)?)?\b")


def quantities(text: str) -> list[tuple[str, float]]:
    """Every figure printed in ``text`` (as printed, and its amount); dates, years and times of
    day ("8am to 8pm") are not figures."""
    for _, start, end in find_dates(text):
        text = text[:start] + " " * (end - start) + text[end:]
    for pattern in (_YEARS_RE, CLOCK_TIME_RE):
        text = pattern.sub(lambda m: " " * len(m.group(0)), text)
    found = []
    for match in _ANY_QUANTITY_RE.finditer(text):
        amount = amount_of(match.group("figure"))
        if amount is not None:
            found.append((match.group("figure"), amount))
    return found


_POINTS_FROM_RE = re.compile(r"\s+from\s+" + _quantity("baseline"), re.IGNORECASE)
_BASELINE_OF_RE = re.compile(r"\bbaseline\s+of\s+" + _quantity("baseline"), re.IGNORECASE)


def _points_from(value: Value, baseline: float | None, decreasing: bool) -> Value:
    """"down by 9 percentage points from 28.1%": the level to reach is 19.1%."""
    if baseline is None:
        return value
    target = baseline - value.target if decreasing else baseline + value.target
    return value.model_copy(update={"baseline": baseline, "target": round(target, 6), "unit": "%"})


def read_value(text: str, decreasing: bool = False) -> Value | None:
    """The target value of one statement, or None when it states no figure.

    A change "by 0.5 days" from a stated "baseline of 7.24 days", or "by 2 percentage points
    from 31%", becomes the level to reach (6.74, 29%); a percentage change with no base value
    stays the stated change, as papers print it.
    """
    values = find_values(text)
    if not values:
        return None
    value = values[0]
    points = _POINTS_FROM_RE.match(text, value.end) if value.slot == "by_change" else None
    if points and "point" in text[value.start:value.end] and value.target is not None:
        return _points_from(value.model_copy(update={"end": points.end()}), amount_of(points.group("baseline")),
                            decreasing)
    if value.slot != "by_change" or value.unit == "%":
        return value
    base = _BASELINE_OF_RE.search(text)
    if not base or unit_of(base.group("baseline")) != value.unit:
        return value
    baseline = amount_of(base.group("baseline"))
    if baseline is None or value.target is None:
        return value
    target = baseline - value.target if decreasing else baseline + value.target
    return value.model_copy(update={"baseline": baseline, "target": round(target, 6)})
