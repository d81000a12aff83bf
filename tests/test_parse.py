"""Tests for the general-purpose council-paper parsers in ``paper_miner.extract.common.parse``."""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from paper_miner.extract.common.parse import (
    Money,
    column_scale,
    find_dates,
    find_financial_years,
    find_indicators,
    find_money,
    parse_date,
    parse_deadline,
    parse_duration_seconds,
    parse_financial_year,
    parse_indicator,
    parse_money,
    parse_number,
    parse_period,
)

# ---------------------------------------------------------------- parse_money


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("£974,125", 974_125),
        ("£423, 000", 423_000),
        ("£1.7m", 1_700_000),
        ("£1.7M", 1_700_000),
        ("c£2m", 2_000_000),
        ("£110k", 110_000),
        ("£12 million", 12_000_000),
        ("£6bn", 6_000_000_000),
        ("£4.3bn", 4_300_000_000),
        ("£2.015m", 2_015_000),
        ("£20kpa", 20_000),
        ("20,000", 20_000),
        ("0.0", 0),
        ("£0", 0),
        ("£1,702,211", 1_702_211),
        ("  £45m  ", 45_000_000),
        ("£2.5 billion", 2_500_000_000),
        ("£1200", 1_200),
        ("£99.50", 100),  # rounds half up to whole pounds
        ("£99.49", 99),
        ("12 million", 12_000_000),
        ("(52.5)", 53),  # a bracketed negative comes back positive, rounded half up
    ],
)
def test_parse_money_examples(text, expected):
    assert parse_money(text) == expected


@pytest.mark.parametrize(
    ("text", "scale", "expected"),
    [
        ("52.5", 1000, 52_500),
        ("668.9", 1000, 668_900),
        ("1.25", 1_000_000, 1_250_000),
        ("20,000", 1, 20_000),
        ("(120)", 1000, 120_000),
        ("-45", 1000, 45_000),
        ("0.0", 1000, 0),
        ("£1.7m", 1000, 1_700_000),  # a printed unit wins over the column's scale
        ("£52.5", 1000, 52_500),
        ("2.3m", 1000, 2_300_000),
    ],
)
def test_parse_money_with_scale(text, scale, expected):
    assert parse_money(text, scale=scale) == expected


@pytest.mark.parametrize(
    "text",
    ["Self funding", "", "N/A", "-", "n/a", "   ", "TBC", "£", "2008/09", "See note 3", "Nil"],
)
def test_parse_money_rejects_non_amounts(text):
    assert parse_money(text) is None


# ---------------------------------------------------------------- find_money


def _amounts(text):
    return [money.amount for money in find_money(text)]


def test_find_money_two_mentions_in_one_sentence():
    text = "£108M over a three year period, which is £36M a year"
    found = find_money(text)
    assert [m.amount for m in found] == [108_000_000, 36_000_000]
    assert [m.raw for m in found] == ["£108M", "£36M"]
    for money in found:
        assert text[money.start:money.end] == money.raw
        assert money.approximate is False


def test_find_money_joins_converter_comma_space():
    text = "£423, 000 in year 1, £383, 125 in year 2"
    found = find_money(text)
    assert [m.amount for m in found] == [423_000, 383_125]
    assert [m.raw for m in found] == ["£423, 000", "£383, 125"]


def test_find_money_does_not_join_comma_space_unless_three_digits_then_non_digit():
    assert _amounts("costs of £5, 2010 figures") == [5]
    assert _amounts("£12, 34 items") == [12]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a grant of £ 1.2m", [1_200_000]),
        ("£0.8m", [800_000]),
        ("c£0.5m", [500_000]),
        ("£1,702,211", [1_702_211]),
        ("£45m", [45_000_000]),
        ("£1200", [1_200]),
        ("£2.5 million and £300k", [2_500_000, 300_000]),
        ("between £2-3m", [2_000_000]),  # a range reports its lower bound with the shared unit
        ("£5-£10 per session", [5, 10]),
        ("£5 more than last year", [5]),
        ("a cost of £1.5bn.", [1_500_000_000]),
        # a bracketed (negative) figure with its unit outside the bracket
        ("the last report of (£0.062) million, mainly", [62_000]),
        ("These funds (£4500) would be moved", [4_500]),
    ],
)
def test_find_money_amounts(text, expected):
    assert _amounts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "2008/09",
        "NI 167",
        "7.84%",
        "10 July 2008",
        "0116 305 6100",
        "12 million people",
        "a 3 year programme",
        "£0",
        "£ to be confirmed",
    ],
)
def test_find_money_ignores_non_money(text):
    assert find_money(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "c£2m", "c. £2m", "c.£2m", "circa £2m", "approximately £2m", "about £2m", "around £2m",
        "some £2m", "just over £2m", "more than £2m", "up to £2m", "Approx. £2m",
    ],
)
def test_find_money_marks_approximate(text):
    (money,) = find_money(text)
    assert money.amount == 2_000_000
    assert money.approximate is True


def test_find_money_raw_includes_glued_circa():
    (money,) = find_money("cost c£2m in total")
    assert money.raw == "c£2m"
    assert (money.start, money.end) == (5, 9)


def test_find_money_not_approximate_for_words_ending_in_c():
    (money,) = find_money("etc £2m")
    assert money.approximate is False
    assert money.raw == "£2m"


def test_money_is_immutable():
    money = find_money("£5")[0]
    assert isinstance(money, Money)
    with pytest.raises(ValidationError):  # frozen model: assignment is refused
        money.amount = 6


# ---------------------------------------------------------------- column_scale


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("£000", 1000), ("£'000", 1000), ("£’000", 1000), ("£ 000", 1000), ("£000s", 1000),
        ("£000's", 1000), ("(£000)", 1000), ("£k", 1000), ("£K", 1000),
        ("£m", 1_000_000), ("£M", 1_000_000), ("£ million", 1_000_000), ("£millions", 1_000_000),
        ("£bn", 1_000_000_000), ("£", 1), ("Total (£ 000)", 1000), ("2008-9 £000", 1000),
        ("Cost £", 1), ("£ Spend", 1),
    ],
)
def test_column_scale(header, expected):
    assert column_scale(header) == expected


@pytest.mark.parametrize("header", ["Total", "2008/09", "Cost (000s)", "", "Project name"])
def test_column_scale_without_currency_marker(header):
    assert column_scale(header) is None


# ---------------------------------------------------------------- financial years


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2008/09", "2008/09"), ("2008-9", "2008/09"), ("2008-09", "2008/09"),
        ("2008/2009", "2008/09"), ("FY 2008-09", "2008/09"), ("2008–09", "2008/09"),
        ("2009-10 £000", "2009/10"), ("2008 / 09", "2008/09"), ("1999/00", "1999/00"),
        ("1999/2000", "1999/00"), ("Budget for 2010/11 agreed", "2010/11"),
    ],
)
def test_parse_financial_year(text, expected):
    assert parse_financial_year(text) == expected


@pytest.mark.parametrize(
    "text", ["2011", "2008/10", "2008-2010", "2010-05-10", "10/05/2010", "", "NI 167", "2008-09-15"]
)
def test_parse_financial_year_rejects(text):
    assert parse_financial_year(text) is None


def test_find_financial_years_in_order():
    text = "Spend in 2008/09, 2009-10 and 2010/2011 (not 2011)"
    assert find_financial_years(text) == ["2008/09", "2009/10", "2010/11"]
    assert find_financial_years("no years here") == []


FY_FORMS = [
    lambda y: f"{y}/{(y + 1) % 100:02d}",
    lambda y: f"{y}-{(y + 1) % 10}",
    lambda y: f"{y}-{(y + 1) % 100:02d}",
    lambda y: f"{y}/{y + 1}",
    lambda y: f"FY {y}-{(y + 1) % 100:02d}",
    lambda y: f"{y}–{(y + 1) % 100:02d}",
    lambda y: f"{y}-{(y + 1) % 100:02d} £000",
]


@given(year=st.integers(1990, 2098), form=st.sampled_from(FY_FORMS))
def test_financial_year_forms_normalise_identically(year, form):
    assert parse_financial_year(form(year)) == f"{year}/{(year + 1) % 100:02d}"


@given(year=st.integers(1990, 2097), gap=st.integers(2, 9))
def test_financial_year_requires_consecutive_years(year, gap):
    assert parse_financial_year(f"{year}/{(year + gap) % 100:02d}") is None


# ---------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10th November 2008", "2008-11-10"),
        ("3rd JUNE 2008", "2008-06-03"),
        ("TUESDAY 3 SEPTEMBER 2007", "2007-09-03"),
        ("Date: 4 March 2010", "2010-03-04"),
        ("29th September 2008", "2008-09-29"),
        ("4th September 2008", "2008-09-04"),
        ("10-05-10", "2010-05-10"),
        ("10/05/2010", "2010-05-10"),
        ("10.05.2010", "2010-05-10"),
        ("March 2011", "2011-03"),
        ("Sept. 2010", "2010-09"),
        ("1st of April 2009", "2009-04-01"),
        ("November 10, 2008", "2008-11-10"),
        ("2009-10-15", "2009-10-15"),
        ("Meeting held on 22 Jan 2009 at 2pm", "2009-01-22"),
        ("31/12/98", "1998-12-31"),
        ("held on 17thOctober 2013", "2013-10-17"),  # a raised ordinal that lost its space
        ("Report date: 2 nd March 2022", "2022-03-02"),  # a raised ordinal set apart from its day
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text",
    ["2011", "2008/09", "see paragraph 3.2.10", "31/02/2010", "13/13/2010", "0116 305 6100",
     "NI 167", "March", "may be", ""],
)
def test_parse_date_rejects(text):
    assert parse_date(text) is None


def test_find_dates_offsets_and_longest_match():
    text = "From 3 June 2008 until March 2009."
    found = find_dates(text)
    assert found == [("2008-06-03", 5, 16), ("2009-03", 23, 33)]
    for iso, start, end in found:
        assert parse_date(text[start:end]) == iso


@given(day=st.dates(min_value=date(1970, 1, 1), max_value=date(2069, 12, 31)))
def test_dates_round_trip_in_uk_forms(day):
    assert parse_date(day.strftime("%d %B %Y")) == day.isoformat()
    assert parse_date(day.strftime("%A %d %B %Y").upper()) == day.isoformat()
    assert parse_date(day.strftime("%d/%m/%Y")) == day.isoformat()
    assert parse_date(day.strftime("%d-%m-%y")) == day.isoformat()
    assert parse_date(day.strftime("%b %Y")) == day.isoformat()[:7]


# ---------------------------------------------------------------- deadlines


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("by March 2011", "2011-03"),
        ("by 2011", "2011"),
        ("by the end of 2011", "2011-12"),
        ("by May 2011", "2011-05"),
        ("by 2013/14", "2014-03"),
        ("between 2008/09 and 2010/11", "2011-03"),
        ("by Sept 2010", "2010-09"),
        ("in 2011", "2011"),
        ("by December 2011", "2011-12"),
        ("to be completed by 31 March 2010", "2010-03-31"),
        ("by end March 2012", "2012-03"),
        ("by the end of the financial year 2010/11", "2011-03"),
        ("from 2009/10 to 2011/12", "2012-03"),
        ("We will reduce this by 10% by 2012", "2012"),
        ("Started in 2008, to finish by June 2010", "2010-06"),  # "by" beats "in"
        ("before April 2011", "2011-04"),
        ("an average of 25 minutes across 2026/27", "2027-03"),
        ("held at 95% throughout 2027", "2027"),
    ],
)
def test_parse_deadline(text, expected):
    assert parse_deadline(text) == expected


@pytest.mark.parametrize(
    "text",
    ["", "as soon as possible", "in year 1", "by the end of the year", "March 2011", "NI 167",
     "reduce by 10%", "2011"],
)
def test_parse_deadline_none(text):
    assert parse_deadline(text) is None


# ---------------------------------------------------------------- indicators


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NI 167", "NI 167"), ("NI32", "NI 32"), ("NI 1", "NI 1"), ("LI 12", "LI 12"),
        ("NI-185", "NI 185"), ("(NI 154 – LAA target)", "NI 154"), ("L114", "LI 14"),
        ("L15 target", "LI 5"), ("Measured by NI 008.", "NI 8"), ("LI12 and NI 3", "LI 12"),
    ],
)
def test_parse_indicator(text, expected):
    assert parse_indicator(text) == expected


@pytest.mark.parametrize(
    "text",
    ["UNIT 5", "MINI 3", "NIGHT", "", "NI", "L1 14", "L1234", "NI 2008", "OMNI 12", "Leicester L1 5"],
)
def test_parse_indicator_rejects(text):
    assert parse_indicator(text) is None


def test_find_indicators_offsets():
    text = "Targets NI 167, NI32 and L114."
    found = find_indicators(text)
    assert [code for code, _, _ in found] == ["NI 167", "NI 32", "LI 14"]
    assert [text[start:end] for _, start, end in found] == ["NI 167", "NI32", "L114"]


@given(prefix=st.sampled_from(["NI", "LI"]), number=st.integers(1, 999),
       gap=st.sampled_from(["", " ", "-", " – "]))
def test_indicator_codes_normalise(prefix, number, gap):
    assert parse_indicator(f"see {prefix}{gap}{number} above") == f"{prefix} {number}"


# ---------------------------------------------------------------- numbers and durations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("153,991", 153_991.0), ("7.84", 7.84), ("2 1/2", 2.5), ("½", 0.5), ("1½", 1.5),
        ("1/2", 0.5), ("7.84%", 7.84), ("-3", -3.0), ("about 12 people", 12.0), ("3¾", 3.75),
    ],
)
def test_parse_number(text, expected):
    assert parse_number(text) == pytest.approx(expected)


@pytest.mark.parametrize("text", ["", "none", "N/A", "-"])
def test_parse_number_none(text):
    assert parse_number(text) is None


@given(st.floats(min_value=0, max_value=1e9, allow_nan=False).map(lambda x: round(x, 2)))
def test_parse_number_round_trips_formatted_floats(value):
    assert parse_number(f"{value:,}") == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4 minutes 37 seconds", 277), ("2 mins 5 secs", 125), ("90 seconds", 90),
        ("1 hour 5 minutes", 3900), ("4m 37s", 277), ("4:37", 277), ("1:02:03", 3723),
        ("1.5 minutes", 90), ("2 min", 120),
    ],
)
def test_parse_duration_seconds(text, expected):
    assert parse_duration_seconds(text) == expected


@pytest.mark.parametrize("text", ["", "quickly", "3 months", "2008/09"])
def test_parse_duration_none(text):
    assert parse_duration_seconds(text) is None


# ---------------------------------------------------------------- periods


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2008/09", "2008/09"), ("in 2009-10", "2009/10"),
        ("in year 1", "year 1"), ("year one", "year 1"), ("Year One", "year 1"),
        ("Year 2", "year 2"), ("in the first year", "year 1"),
        ("per annum", "per_annum"), ("p.a.", "per_annum"), ("£5m pa", "per_annum"),
        ("£20kpa", "per_annum"), ("a year", "per_annum"), ("annually", "per_annum"),
        ("each year", "per_annum"), ("per year", "per_annum"),
        ("over a three year period", "3 years"), ("over the three years", "3 years"),
        ("over 3 years", "3 years"), ("3 year", "3 years"), ("over the next four years", "4 years"),
        ("10 years", "10 years"), ("a ten-year programme", "10 years"), ("one year", "1 year"),
        ("£108M over a three year period, which is £36M a year", "3 years"),
    ],
)
def test_parse_period(text, expected):
    assert parse_period(text) == expected


@pytest.mark.parametrize(
    "text", ["", "nothing here", "PA to the director", "the paper", "year 2008", "2011", "yearly review",
             "grants for the 24-25 year", "over the 24/25 year"]
)
def test_parse_period_none(text):
    assert parse_period(text) is None


@given(n=st.integers(1, 10), word=st.booleans())
def test_period_counts(n, word):
    words = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
    count = words[n - 1] if word else str(n)
    expected = "1 year" if n == 1 else f"{n} years"
    assert parse_period(f"over {count} years") == expected
    assert parse_period(f"in year {count}") == f"year {n}"


# ---------------------------------------------------------------- money properties


@given(st.integers(min_value=0, max_value=10**13))
def test_formatted_pounds_round_trip_parse_money(n):
    assert parse_money(f"£{n:,}") == n
    assert parse_money(f"{n:,}") == n


@given(st.integers(min_value=1, max_value=10**13))
def test_formatted_pounds_round_trip_find_money(n):
    text = f"The scheme costs £{n:,} in total."
    (money,) = find_money(text)
    assert money.amount == n
    assert money.raw == f"£{n:,}"
    assert text[money.start:money.end] == money.raw


@given(st.integers(min_value=1, max_value=10**9))
def test_converter_spacing_round_trips(n):
    spaced = f"£{n:,}".replace(",", ", ")
    assert parse_money(spaced) == n
    assert [m.amount for m in find_money(f"{spaced} in year 1")] == [n]


@given(
    value=st.decimals(min_value=-10**6, max_value=10**6, places=2, allow_nan=False),
    scale=st.sampled_from([1, 1000, 1_000_000]),
)
def test_parse_money_with_scale_never_negative(value, scale):
    result = parse_money(str(value), scale=scale)
    assert result is not None
    assert result >= 0


@given(st.text(max_size=60))
def test_parsers_never_raise_on_arbitrary_text(text):
    money = parse_money(text)
    assert money is None or money >= 0
    assert all(m.amount > 0 for m in find_money(text))
    parse_date(text)
    parse_deadline(text)
    parse_financial_year(text)
    parse_indicator(text)
    parse_number(text)
    parse_duration_seconds(text)
    parse_period(text)
    column_scale(text)
