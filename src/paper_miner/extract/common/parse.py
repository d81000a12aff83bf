"""Parse the recurring language of council papers: money, financial years, dates, deadlines,
performance indicator codes, numbers, durations and budget periods.

Every function is pure and works on any paper; none knows about a particular council or report.
"""
from __future__ import annotations

import re
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from pydantic import BaseModel, ConfigDict

from paper_miner.extract.common.vocabulary import MONTH, MONTH_NUMBERS, NUMBER_WORDS, ORDINAL_WORDS, YEAR

# ---------------------------------------------------------------- money

# A ", " inside a number is a converter artefact ("£423, 000"); join it only when exactly three
# digits follow, so a list such as "£5, 2010" is not read as one number.
_NUM = r"\d{1,3}(?:,\s?\d{3}(?!\d))+(?:\.\d+)?|\d+(?:\.\d+)?"
_UNIT_MULTIPLIERS = {
    "bn": 1_000_000_000, "billion": 1_000_000_000,
    "million": 1_000_000, "mn": 1_000_000, "m": 1_000_000,
    "k": 1_000, "thousand": 1_000,
}
# "pa" may be glued to the unit ("£20kpa"), so the unit is allowed to end before it.
_UNIT_OR_PA = r"(?i:bn|billion|million|mn|m|k|thousand)(?=pa\b|[^A-Za-z]|$)"
_MONEY_RE = re.compile(
    rf"(?P<approx>\b[cC]\.?\s?)?£\s?(?P<num>{_NUM})"
    rf"(?:\s?[-–]\s?(?:{_NUM})(?=\s?{_UNIT_OR_PA}))?"  # a range "£2-3m" shares its unit
    rf"(?:\)(?=\s?{_UNIT_OR_PA}))?"  # a bracketed figure may leave its unit outside: "(£0.045) million"
    rf"(?:\s?(?P<unit>{_UNIT_OR_PA}))?(?:pa\b)?"
)
_BARE_MONEY_RE = re.compile(
    rf"\(?[-–−]?\s?(?:c\.?\s?)?(?P<num>{_NUM})\s?(?P<unit>{_UNIT_OR_PA})?(?:pa|p\.a\.)?\)?\*?",
    re.IGNORECASE,
)
_APPROX_BEFORE_RE = re.compile(
    r"\b(?:circa|approx(?:imately|\.)?|about|around|some|roughly|nearly|almost|just over|"
    r"just under|more than|over|up to|in excess of|in the region of)\s*$",
    re.IGNORECASE,
)


class Money(BaseModel):
    """A money mention found in text; ``start``/``end`` are offsets into the searched text."""

    model_config = ConfigDict(frozen=True)
    amount: int
    start: int
    end: int
    raw: str
    approximate: bool


def _to_pounds(number: str, multiplier: int) -> int:
    digits = re.sub(r"[,\s]", "", number)
    value = Decimal(digits) * multiplier
    # to_integral_value, unlike quantize, has no precision limit for absurdly long figures
    return int(value.to_integral_value(rounding=ROUND_HALF_UP))


def _amount(match: re.Match[str], scale: int) -> int:
    unit = match.group("unit")
    multiplier = _UNIT_MULTIPLIERS[unit.lower()] if unit else scale
    return _to_pounds(match.group("num"), multiplier)


def parse_money(text: str, scale: int = 1) -> int | None:
    """One cell or phrase -> whole pounds; ``scale`` applies when no unit (m, k, bn) is printed."""
    text = text.strip()
    scale = abs(scale)
    if "£" in text:
        match = _MONEY_RE.search(text)
        return _amount(match, scale) if match else None
    match = _BARE_MONEY_RE.fullmatch(text)
    return _amount(match, scale) if match else None


def find_money(text: str) -> list[Money]:
    """Every positive £ amount mentioned in running text, in order."""
    found = []
    for match in _MONEY_RE.finditer(text):
        amount = _amount(match, 1)
        if amount <= 0:
            continue
        approximate = bool(match.group("approx")) or bool(
            _APPROX_BEFORE_RE.search(text, 0, match.start())
        )
        found.append(Money(amount=amount, start=match.start(), end=match.end(),
                           raw=match.group(0), approximate=approximate))
    return found


_COLUMN_SCALE_RE = re.compile(
    r"£\s*['’‘]?\s*(?P<unit>000(?:['’]?s)?|thousands?|millions?|billions?|bn|k|m)?"
    r"(?![A-Za-z0-9])",
    re.IGNORECASE,
)
_COLUMN_MULTIPLIERS = {"0": 1_000, "t": 1_000, "k": 1_000, "m": 1_000_000, "b": 1_000_000_000}


def column_scale(header: str) -> int | None:
    """Multiplier a table column's header implies for its cells; None without a £ marker."""
    match = _COLUMN_SCALE_RE.search(header)
    if not match:
        return None
    unit = match.group("unit")
    return _COLUMN_MULTIPLIERS[unit[0].lower()] if unit else 1


# ---------------------------------------------------------------- financial years

_FY_RE = re.compile(
    r"(?<![\d/])(?:FY\s?)?(?P<first>(?:19|20)\d{2})\s?[/\-–—]\s?(?P<second>\d{4}|\d{2}|\d)"
    r"(?!\d|[/\-–]\d|%)",  # not the start of an ISO date "2010-05-10" or a percentage
    re.IGNORECASE,
)


def _fy_start(match: re.Match[str]) -> int | None:
    """First year of a matched financial year, if the second year really follows it."""
    first, second = int(match.group("first")), match.group("second")
    following = first + 1
    if int(second) != following % 10 ** len(second):
        return None
    return first


def _format_fy(first: int) -> str:
    return f"{first}/{(first + 1) % 100:02d}"


def financial_year(year: int, month: int) -> str:
    """The April-to-March year a month falls in: March 2024 is 2023/24, April 2024 2024/25."""
    return _format_fy(year if month >= 4 else year - 1)


def find_financial_years(text: str) -> list[str]:
    """Each financial year mentioned, normalised to "2008/09", in order (repeats kept)."""
    starts = (_fy_start(match) for match in _FY_RE.finditer(text))
    return [_format_fy(first) for first in starts if first is not None]


def parse_financial_year(text: str) -> str | None:
    years = find_financial_years(text)
    return years[0] if years else None


# ---------------------------------------------------------------- dates

_MONTH = rf"(?P<month>{MONTH})\b\.?"
_MONTH_NUMBERS = MONTH_NUMBERS
_YEAR = rf"(?P<year>{YEAR})(?!\d)"
_ORDINAL = r"(?:st|nd|rd|th)?"
_DATE_PATTERNS = [re.compile(pattern, re.IGNORECASE) for pattern in (
    # "17th October 2013"; a text layer may lose the space after a raised ordinal ("17thOctober
    # 2013") or put one before it ("13 th September 2021")
    rf"(?<!\d)(?P<day>\d{{1,2}})(?:\s?(?:st|nd|rd|th)\s*|\s+)(?:of\s+)?{_MONTH},?\s+{_YEAR}",
    rf"\b{_MONTH}\s+(?P<day>\d{{1,2}}){_ORDINAL},?\s+{_YEAR}",
    rf"\b{_MONTH},?\s+{_YEAR}",
    r"(?<![\d/.-])(?P<year>(?:19|20)\d{2})-(?P<month>\d{1,2})-(?P<day>\d{1,2})(?![\d/.-])",
    # Numeric dates are day first (UK order); a dotted one needs a four-digit year so that
    # paragraph numbers such as "3.2.10" are not read as dates.
    r"(?<![\d/.-])(?P<day>\d{1,2})(?P<sep>[/.-])(?P<month>\d{1,2})(?P=sep)"
    r"(?P<year>\d{4}|\d{2})(?!\d|[/.-]\d)",
)]


def _month_number(month: str) -> int:
    return int(month) if month.isdigit() else _MONTH_NUMBERS[month[:3].lower()]


def _full_year(year: str) -> int:
    # Two-digit years in these papers are recent; pivot so "98" stays in the 1900s.
    if len(year) == 4:
        return int(year)
    return 2000 + int(year) if int(year) < 70 else 1900 + int(year)


def _iso_from_match(match: re.Match[str]) -> str | None:
    parts = match.groupdict()
    if parts.get("sep") == "." and len(parts["year"]) == 2:
        return None
    year, month = _full_year(parts["year"]), _month_number(parts["month"])
    try:
        if parts.get("day") is None:
            return date(year, month, 1).strftime("%Y-%m")
        return date(year, month, int(parts["day"])).isoformat()
    except ValueError:  # "31/02/2010", month 13: not a date
        return None


def find_dates(text: str) -> list[tuple[str, int, int]]:
    """Each date mention as (ISO date or year-month, start, end), longest match winning overlaps."""
    candidates = []
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            iso = _iso_from_match(match)
            if iso:
                candidates.append((iso, match.start(), match.end()))
    candidates.sort(key=lambda found: (found[1], found[1] - found[2]))
    chosen: list[tuple[str, int, int]] = []
    for candidate in candidates:
        if not chosen or candidate[1] >= chosen[-1][2]:
            chosen.append(candidate)
    return chosen


def parse_date(text: str) -> str | None:
    dates = find_dates(text)
    return dates[0][0] if dates else None


# ---------------------------------------------------------------- deadlines

_DEADLINE_CUE_RE = re.compile(
    r"\b(?P<cue>by|before|until|till|no later than|not later than|between|from|in|during|across|throughout)\s+"
    r"(?P<end_of>(?:the\s+)?end\s+(?:of\s+)?(?:the\s+)?)?"
    r"(?:(?:financial|calendar|municipal)\s+year\s+)?",
    re.IGNORECASE,
)
# "an average of 30 minutes across 2025/26": the year a level is held over ends it, as "in" / "during".
_CUE_PRIORITY = {"between": 1, "from": 1, "in": 2, "during": 2, "across": 2, "throughout": 2}  # others are a "by": 0
_RANGE_JOIN_RE = re.compile(r"\s*(?:and|to|[-–])\s*", re.IGNORECASE)
_LEADING_YEAR_RE = re.compile(_YEAR)


def _when_at(text: str, end_of: bool) -> tuple[str, int] | None:
    """The time expression at the very start of ``text`` as (deadline value, length)."""
    dates = find_dates(text[:40])
    if dates and dates[0][1] == 0:
        return dates[0][0], dates[0][2]
    fy = _FY_RE.match(text)
    if fy and _fy_start(fy) is not None:
        # A financial year ends in March of its second calendar year.
        return f"{_fy_start(fy) + 1}-03", fy.end()
    year = _LEADING_YEAR_RE.match(text)
    if year:
        return (f"{year.group('year')}-12" if end_of else year.group("year")), year.end()
    return None


def _deadline_after_cue(text: str, cue: re.Match[str]) -> str | None:
    when = _when_at(text[cue.end():], bool(cue.group("end_of")))
    if when is None or cue.group("cue").lower() not in ("between", "from"):
        return when[0] if when else None
    rest = text[cue.end() + when[1]:]
    join = _RANGE_JOIN_RE.match(rest)
    later = _when_at(rest[join.end():], False) if join else None
    return later[0] if later else when[0]  # a range is due at its later end


def parse_deadline(text: str) -> str | None:
    """The due date of a commitment ("by March 2011" -> "2011-03"), preferring a "by" phrase."""
    best: tuple[int, str] | None = None
    for cue in _DEADLINE_CUE_RE.finditer(text):
        value = _deadline_after_cue(text, cue)
        if value is None:
            continue
        priority = _CUE_PRIORITY.get(cue.group("cue").lower(), 0)
        if best is None or priority < best[0]:
            best = (priority, value)
    return best[1] if best else None


# ---------------------------------------------------------------- indicators

_INDICATOR_RE = re.compile(
    r"(?<![A-Za-z0-9])(?:(?P<prefix>NI|LI|LPI|Local[ \t]+PI)[ \t]?[-–]?[ \t]?(?P<number>\d{1,3})"
    # "L1" straight before digits is a common slip for "LI" ("L114" meaning LI 14).
    r"|L1(?P<slip>\d{1,2}))(?![\d])"
)
# Local indicators are printed "LI 4", "LPI 4" or "Local PI 4"; all are recorded as "LI 4".
_LOCAL_PREFIXES = {"lpi", "local pi"}


def local_prefix(prefix: str) -> str:
    """``"LPI"`` / ``"Local PI"`` -> ``"LI"``; any other prefix as printed."""
    return "LI" if re.sub(r"\s+", " ", prefix).lower() in _LOCAL_PREFIXES else prefix


def find_indicators(text: str) -> list[tuple[str, int, int]]:
    """Each national (NI) or local (LI, LPI, Local PI) code as ("NI 167", start, end)."""
    found = []
    for match in _INDICATOR_RE.finditer(text):
        if match.group("slip"):
            code = f"LI {int(match.group('slip'))}"
        else:
            code = f"{local_prefix(match.group('prefix'))} {int(match.group('number'))}"
        found.append((code, match.start(), match.end()))
    return found


def parse_indicator(text: str) -> str | None:
    found = find_indicators(text)
    return found[0][0] if found else None


# ---------------------------------------------------------------- numbers and durations

_VULGAR_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125}
_VULGAR = "[" + "".join(_VULGAR_FRACTIONS) + "]"
_NUMBER_RE = re.compile(
    rf"(?P<sign>[-−])?(?:(?P<whole>\d{{1,3}}(?:,\d{{3}})+(?!\d)|\d+)(?P<decimal>\.\d+)?"
    rf"(?:\s+(?P<num>\d+)/(?P<den>\d+)(?![\d/])|\s?(?P<vulgar>{_VULGAR}))?"
    rf"|(?P<lone_vulgar>{_VULGAR}))"
)
_SIMPLE_FRACTION_RE = re.compile(r"(?<![\d/])(?P<num>\d{1,2})/(?P<den>\d{1,2})(?![\d/])")


def _fraction(numerator: str, denominator: str) -> float | None:
    num, den = int(numerator), int(denominator)
    return num / den if 0 < num < den else None


def parse_number(text: str) -> float | None:
    """The first number in ``text``, including fractions such as "2 1/2", "½" and "1½"."""
    simple = _SIMPLE_FRACTION_RE.search(text)
    match = _NUMBER_RE.search(text)
    fraction = _fraction(simple["num"], simple["den"]) if simple else None
    if fraction is not None and (not match or simple.start() <= match.start()):
        return fraction
    if not match:
        return None
    if match["lone_vulgar"]:
        return _VULGAR_FRACTIONS[match["lone_vulgar"]]
    value = float(match["whole"].replace(",", "") + (match["decimal"] or ""))
    if match["vulgar"]:
        value += _VULGAR_FRACTIONS[match["vulgar"]]
    elif match["num"]:
        value += _fraction(match["num"], match["den"]) or 0.0
    return -value if match["sign"] else value


_DURATION_PART_RE = re.compile(
    r"(?P<value>\d+(?:\.\d+)?)\s*(?P<unit>hours?|hrs?|h|minutes?|mins?|m|seconds?|secs?|s)\b",
    re.IGNORECASE,
)
_CLOCK_DURATION_RE = re.compile(r"(?:(?P<h>\d+):)?(?P<m>\d{1,2}):(?P<s>\d{2})")
_SECONDS_PER_UNIT = {"h": 3600, "m": 60, "s": 1}


def parse_duration_seconds(text: str) -> int | None:
    """A spoken duration ("4 minutes 37 seconds", "2 mins 5 secs", "4:37") in whole seconds."""
    clock = _CLOCK_DURATION_RE.fullmatch(text.strip())
    if clock:
        return int(clock["h"] or 0) * 3600 + int(clock["m"]) * 60 + int(clock["s"])
    parts = list(_DURATION_PART_RE.finditer(text))
    if not parts:
        return None
    total = sum(float(part["value"]) * _SECONDS_PER_UNIT[part["unit"][0].lower()] for part in parts)
    return round(total)


# ---------------------------------------------------------------- budget periods

# "one" to "ten": a programme of "twelve years" is written in figures
_NUMBER_WORDS = {word: n for word, n in NUMBER_WORDS.items() if 1 <= n <= 10}
_COUNT = r"(?P<count>\d{1,2}|" + "|".join(_NUMBER_WORDS) + r")(?![\d/])"
_ORDINAL_WORDS = ORDINAL_WORDS
_YEAR_N_RE = re.compile(
    rf"\byear\s+{_COUNT}\b|\b(?P<ordinal>{'|'.join(_ORDINAL_WORDS)})\s+year\b", re.IGNORECASE
)
# (An age is no span: "a holiday club for 8-13 year olds", "children aged 4 years old"; nor is the
# end of a year written short: "for the 20-21 year".)
_N_YEARS_RE = re.compile(rf"\b(?<!\d[/\-–]){_COUNT}[\s-]+years?\b(?![\s-]*olds?\b)", re.IGNORECASE)
_PER_ANNUM_RE = re.compile(
    r"(?i:\bper\s+(?:annum|year)\b|\b(?:a|each|every)\s+year\b|\bannually\b)"
    # "pa" in lower case only: "PA" in a paper usually means a personal assistant.
    r"|(?:(?<=\d)|(?<=\d[kKmM])|(?<![A-Za-z]))(?:p\.a\.?|P\.A\.?|pa(?![A-Za-z]))"
)


# A run of financial years a figure covers: "spread over 2026-27 to 2035-36", "the Capital
# Programme 2022/23 to 2026/27", "for 24-25 to 27-28", "the capital programme 2026-36" (a decade
# written with its two end years).
_FY_FORM = r"(?:(?:19|20)\d\d|\d\d)\s?[/\-–]\s?\d\d(?:\d\d)?"
_FY_SPAN_RE = re.compile(
    rf"(?<![\d/.£])(?P<first>{_FY_FORM})\s*(?:to|until|[-–—]|and)\s*(?P<last>{_FY_FORM})(?![\d/%])"
    r"|(?<![\d/.£])(?P<decade>(?:19|20)\d\d)\s?[-–]\s?(?P<end>\d\d)(?![\d/%]|\s?[/\-–]\s?\d)", re.I)
_FY_PARTS_RE = re.compile(r"(?P<first>\d{2,4})\s?[/\-–]\s?(?P<second>\d{2,4})")
_SPAN_MIN_YEARS = 3  # "from 2024/25 to 2025/26" is as often money moved between two years
_SPAN_MAX_YEARS = 30


def _fy_first_year(text: str) -> int | None:
    """The year a financial year starts in, long or short ("2025-26", "23-24" -> 2023); None
    when the second year does not follow the first."""
    parts = _FY_PARTS_RE.fullmatch(text.replace(" ", ""))
    if parts is None:
        return None
    first, second = parts["first"], parts["second"]
    start = int(first) if len(first) == 4 else 2000 + int(first)
    return start if int(second) % 100 == (start + 1) % 100 else None


def _span_years(match: re.Match[str]) -> int | None:
    """How many financial years a span covers: "2026-27 to 2035-36" and "2026-36" are 10."""
    if match["decade"]:
        start = int(match["decade"])
        last = start - start % 100 + int(match["end"])
        count = last - start
    else:
        start, last = _fy_first_year(match["first"]), _fy_first_year(match["last"])
        count = last - start + 1 if start is not None and last is not None else 0
    return count if _SPAN_MIN_YEARS <= count <= _SPAN_MAX_YEARS else None


def year_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "N years") for each run of three or more financial years ``text`` names."""
    spans = ((m, _span_years(m)) for m in _FY_SPAN_RE.finditer(text))
    return [(m.start(), m.end(), f"{count} years") for m, count in spans if count]


def _count_value(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBER_WORDS[word.lower()]


def _period_candidates(text: str) -> list[tuple[int, str]]:
    """(position, normalised period) for every period phrase in ``text``."""
    spans = year_spans(text)
    found = [(start, years) for start, _, years in spans]
    found += [(m.start(), _format_fy(_fy_start(m))) for m in _FY_RE.finditer(text)
              if _fy_start(m) is not None and not any(start <= m.start() < end for start, end, _ in spans)]
    for m in _YEAR_N_RE.finditer(text):
        n = _ORDINAL_WORDS[m["ordinal"].lower()] if m["ordinal"] else _count_value(m["count"])
        found.append((m.start(), f"year {n}"))
    found += [(m.start(), "per_annum") for m in _PER_ANNUM_RE.finditer(text)]
    for m in _N_YEARS_RE.finditer(text):
        n = _count_value(m["count"])
        found.append((m.start(), f"{n} year" if n == 1 else f"{n} years"))
    return found


def parse_period(text: str) -> str | None:
    """The first budget period phrase: a financial year, "year 1", "per_annum" or "3 years"."""
    found = _period_candidates(text)
    return min(found)[1] if found else None
