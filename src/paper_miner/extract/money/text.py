"""Money figures in running text, each with what it is for, its period and its kind.

The words nearest a figure decide: the phrase straight after it ("£46m of spending pressures",
"£2m from increased charges"), else the words before it back to the previous figure ("the total
cost ... is £612,400"), else the figure before it in the same sentence ("£108M over three years,
which is £36M a year"), else a money-free sentence around it ("central government has allocated
resources. For the partnership this is approximately £1.1M per annum").

A unit rate ("£8 per tonne", "from £19 to £24 per tonne", "£12 an hour") is a price, not a
budget, and is skipped; so is a council tax charge per home ("a Band D home will pay £58
for the year"). A balance "at 31 March 2012" belongs to the financial year ending then.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from pydantic import BaseModel

from paper_miner.extract.common.parse import financial_year, find_dates, find_financial_years, find_money, parse_period
from paper_miner.extract.common.sentences import split_at_full_stops
from paper_miner.extract.money.labels import DWELLING_CHARGE_RE, figure_label, is_glue, noun_head
from paper_miner.extract.money.periods import annual_charge_period
from paper_miner.models import Budget, BudgetKind

Cues = list[tuple[BudgetKind, re.Pattern[str]]]


def _cues(patterns: list[tuple[BudgetKind, str]]) -> Cues:
    return [(kind, re.compile(pattern, re.I)) for kind, pattern in patterns]


# Phrases whose own words mislead the cues below, checked first: "a contingency for winter
# pressures" and "a virement ... to cover pressures" move money (allocation); "financing charges
# on prudential borrowing" are paid out (cost), not charges collected; a monitoring result that
# "has reduced by £1.2m" is a change (other), not a saving; a rise in council tax "bringing in
# £3m" is income whatever shortfall it meets; savings "not delivered" are money not saved (other).
_DECISIVE_CUES = _cues([
    ("other", r"\bsavings?\b[\w\s]{0,20}?\b(?:not|never)\s+(?:be(?:en|ing)?\s+)?"
              r"(?:delivered|achieved|realised|realized|made|met)\b|\bundelivered\s+savings?\b"),
    # The size of a rise or a fall is a change, not the money itself: "the grant has increased by
    # £1.5m", "an assumed increase in the grant for 2026-27 of £0.9m", "grants have fallen by a
    # further £27m", "a decrease in the business rates line of £1.6m" (a reduction in spending is
    # a saving).
    ("other", r"\b(?:increas(?:ed|es|ing)|ris(?:en|es|ing)|rose|grown|grew|decreas(?:ed|es|ing)|fallen|fell"
              r"|dropped)\s+by\s+(?:a\s+further\s+|another\s+)?$"
              r"|\ban?\s+(?:\w+\s+){0,2}?(?:increase|decrease)\s+(?:(?:in|on|to)\s+[^£.;]{0,120}?)?"
              r"(?:of|amounting\s+to)\s*$"),
    # What a set of applications or loans is worth is a tally, not money held, spent or received:
    # "40 applications received to a value of £3.2m", "the total value of approved loans is".
    ("other", r"\bto\s+(?:a|the)\s+(?:total\s+)?value\s+of\s+(?:over\s+|around\s+|about\s+|some\s+)?$"
              r"|\b(?:total|combined|overall)\s+value\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
              r"(?:applications?|investments?|loans?|bids?|offers?|claims?)\b"),
    ("other", r"\b(?:position|forecast|outturn|overspend|underspend|variance|deficit|surplus)\b"
              r"[\w\s]{0,30}?\b(?:increased|decreased|reduced|fallen|fell|risen|rose|grown|improved"
              r"|worsened|deteriorated|moved|changed)\s+by\s*$"),
    ("income", r"\b(?:bring(?:s|ing)?\s+in|rais(?:e|es|ing)|generat(?:e|es|ing))\s+"
               r"(?:an?\s+)?(?:(?:additional|extra|further)\s+)?$"),
    ("cost", r"\b(?:financing|debt|interest|borrowing)\s+(?:charges?|costs?)\b"
             r"|\bcharges\s+on\s+(?:\w+\s+){0,2}(?:borrowing|loans?|debt)\b"),
    # Money asked for is a request, not money held: "an application for £1.6m", "a total of
    # £21,815 had been applied for", "bids for £40,000 were received".
    ("other", r"\b(?:applications?|bids?|requests?)\s+for\s+(?:(?:a|the)\s+)?(?:total\s+of\s+)?$"
              r"|^\s*(?:had\s+|has\s+|have\s+)?(?:been\s+)?(?:applied|bid)\s+for\b"),
    # What leaves a programme is a change to it: "the deletion of two schemes from the housing
    # programme totalling £640,000", "£400,000 removed from the budget".
    ("other", r"\b(?:remov(?:e|ed|al|ing)|delet(?:e|ed|ion|ing))\b[^.;£]{0,60}?\bfrom\s+(?:the\s+)?"
              r"(?:[\w-]+\s+){0,3}?(?:programmes?|budgets?|plans?)\b"),
    ("allocation", r"\bcontingenc(?:y|ies)\s+(?:for|against|to)\b|\bvirements?\b"
                   r"|(?<!-)\b(?:set\s+aside|earmarked|ring[\s-]?fenced)\b"  # "non-earmarked" is not
                   r"|\bheld\s+(?:as|in)\s+(?:an?\s+)?(?:contingenc|reserve|provision)"),
])
# Strongest first: "the total cost" is a total, "savings ... to fund pressures" a saving.
KIND_CUES = _cues([
    ("total", r"\b(?:sub-?)?total\b|\baltogether\b|\boverall\b"
              # a company's balance sheet sums to its net assets (or liabilities, or worth)
              r"|\bnet\s+(?:assets|liabilities|worth)\b"),
    ("target", r"\btargets?\b"),
    # A company's accounts: what it made or lost and what it owns or owes is neither spent nor
    # given ("Operating profit/(loss)", "Loss after tax", "Current assets", "Pension liability").
    ("other", r"\b(?:operating|trading|gross)\s+(?:profit|loss)\b|\bprofit\s*/\s*\(?loss\b"
              r"|\b(?:profit|loss)\s+(?:before|after)\s+tax|\bprofit\s+(?:and|&)\s+loss\b"
              r"|\b(?:fixed|current|non-current|tangible|intangible)\s+assets\b"
              r"|\b(?:current|non-current|long[\s-]term|pension)\s+liabilit(?:y|ies)\b"),
    # Monitoring results: an overspend, an underspend or a variance against budget reports how
    # spending went, it is neither a spending pressure nor a saving (the label says which way).
    # A balance brought or carried forward is neither spent nor received.
    ("other", r"\b(?:over|under)[\s-]?spen[dt]\w*|\bslippage\b|\bvariances?\b|\brephas\w*"
              r"|\bcarr(?:y|ied)[\s-]*forward\b|\bbrought[\s-]*forward\b"
              r"|\bbalance\s*[bc]\s?/\s?f\b"
              # money a council holds is a balance, neither spent nor given: "the minimum level
              # of general fund balances be set at £2.7m", "balances of £4.1m at year end"
              r"|\bbalances\b"
              # the floor set for money held is a balance too: "the minimum level of unallocated
              # reserves at £7.0m", "a minimum working reserve of £1.5m"
              r"|\bminimum\s+(?:(?:level|amount)\s+of\s+(?:the\s+)?)?(?:[\w-]+\s+){0,2}?reserves?\b"
              # one account's: "the balance on the current account is £4,120", "a projected reserve
              # balance at 31 March of £1.4m" ("the balance of the grant" is what is left of it)
              r"|\bbalance\b(?!\s+(?:sheets?\b|of\s+(?:the|this|that|its|their)\b))"),
    # "£7bn of efficiencies delivered" (a work stream named for efficiency, with no figure of
    # efficiencies, is no saving)
    ("saving", r"\bsavings?\b|\bsaved?\b|\breductions?\b|\bcuts\b|\befficiencies\b"
               r"|\b(?:delivered|achieved)\s+or\s+on\s+track\b"
               r"|\bunlikely\s+to\s+be\s+(?:achieved|delivered)\b"),
    ("pressure", r"\bpressures?\b|\bshortfall\b|\bdeficit\b|\bfunding gap\b|\bgap\b"),
    # A council's own taxes and money paid to it: "business rates top up grant", "precept",
    # "VAT refund", "grant received". Council tax support (or reduction, benefit) is taken off
    # residents' bills, and a council tax band sorts homes: neither is tax collected (a council
    # tax support grant is paid to the council).
    ("income", r"\bincome\b|\bcharges\b|\bfees\b|\breceipts?\b|\bcontributions?\b|\bturnover\b"
               r"|\bbusiness\s+rates?\b"
               r"|\bcouncil\s+tax\b(?!\s+(?:support|reduction|benefit|bands?)\b(?!\s+(?:grant|funding)\b))"
               r"|\bprecepts?\b|\brefund(?:s|ed)?\b|\breceived\b"
               # the grant a government pays a council: "our general government grants", "the
               # Revenue Support Grant" (a council's own grants to groups are allocations)
               r"|\b(?:government|revenue\s+support)\s+grants?\b"),
    # Money paid out: "Accounts for payment", "Chq No 1204", "Clerk's salary", "a new bin be
    # purchased for £400".
    ("cost", r"\bcost(?:s|ing)?\b|\bspend(?:ing)?\b|\bexpenditure\b|\boutturn\b"
             # money already spent: "£600k had been spent", "the council has spent £4,500" ("to be
             # spent by March" is money still to spend)
             r"|\b(?:has|have|had|was|were|been)\s+spent\b"
             r"|\bpayments?\b|\bpaid\b|\bcheques?\b|\bchq\b|\bsalar(?:y|ies)\b|\bwages\b"
             r"|\bpurchas(?:e|es|ed|ing)\b|\bbought\b"
             # a contractor's price for work: "the quote of £2,150 from Oakfield Tree Care be accepted"
             r"|\bquot(?:e|es|ation|ations)\b"),
    # Money put by for what may come is allocated: "contingencies totalling £2.5m", "the
    # provision for inflation of £2.4m".
    ("allocation", r"\bgrants?\b|\ballocat\w*|\bfunding\b|\bfunds?\b|\bbudgets?\b|\bcontingenc(?:y|ies)\b"
                   r"|\bprovisions?\s+for\b"
                   r"|\breserves?\b|\bresources\b|\bleav(?:e|es|ing)\b|\bremain\w*|\bavailable\b"),
])
# A figure said to total ("grants totalling £145,000", "a total of £8,000 would be required",
# "£227,000 in total available") is what the words around it say it is; only a figure with no
# other cue is a total ("the programme, that totals £264.81m").
# A figure a relative clause sums a set with is their total: "the awards, which totalled over
# £44k", "10 applications which totaled £98,702" ("grants totalling £145,000" are grants).
_WHICH_TOTALLED_RE = re.compile(
    r"\b(?:which|that)\s+(?:(?:had|has|have)\s+)?total(?:l?ed|s)\s+(?:(?:over|around|about|some|nearly|almost"
    r"|just\s+(?:over|under))\s+)?$", re.I)
_SUMMED_RE = re.compile(r"\btotall?(?:ing|ed)\b|\btotals\b|\bto\s+total\b|\ba\s+total\s+of\b|\bin\s+total\b",
                        re.I)
# What a programme totals is its total whatever account it is in ("the Highways Capital
# Programme, which totals £58.2m").
_PROGRAMME_RE = re.compile(r"\bprogrammes?\b|\bprogram\b|\bpackage\b", re.I)
# A programme's own size is its total: "the Housing Programme at £94.2m", "the Capital
# Programme budget at £12.4m for 2024/25" ("schemes in the programme of £441,000" are some of it).
_PROGRAMME_SIZE_RE = re.compile(r"\bprogramme(?:\s+budget)?\s+at\s*$", re.I)
# The size of a change, the figure before it or between the change and what it is compared
# with: "a £720,000 increase in the projected outturn", "a reduction of £2.1m compared to Quarter 1".
_CHANGE = r"(?:net\s+)?(?:increase|decrease|reduction|rise|fall|change|movement|improvement|deterioration)"
_CHANGE_AFTER_RE = re.compile(rf"^\s*{_CHANGE}\s+(?:in|on|since|from|compared)\b", re.I)
_CHANGE_BEFORE_RE = re.compile(rf"\b{_CHANGE}\s+of\s*$", re.I)
_COMPARED_RE = re.compile(r"^\s*(?:compared\s+(?:to|with)|since|on\s+(?:the\s+)?(?:previous|last|earlier))\b",
                          re.I)
# The noun a figure is "of": "an overspend of £640,000 relating to ... transport costs" is an overspend,
# "a total grant of £1,750" a grant, whatever later words say.
# The noun phrase runs from its determiner, so "the overspend on the Home to School Transport
# budget of £12.6m" is no budget's figure, and a total is only its size ("a total grant of £1,750").
_NOUN_OF_RE = re.compile(
    r"\b(?:a|an|the|its|their|this|that|our|any)\s+"
    r"(?P<noun>(?:(?!(?:on|in|for|to|of|from|by|with|against|at|and|or)\b)[\w'’-]+\s+){1,4})"
    r"of\s+(?:(?:up\s+to|over|around|about|approximately|some|nearly|almost|just\s+over|at\s+least"
    r"|an\s+estimated)\s+)?$", re.I)
_SIZE_WORD_RE = re.compile(r"\btotal\b", re.I)
_MEASURE_WORD_RE = re.compile(r"\b(?:against|compared\s+(?:to|with))\s*$", re.I)
# A limit each of a class of items must keep under or over is a threshold, not money: "grants
# of up to £5,000", "a list of grants exceeding £10,000", "applications under the value of
# £10,000".
_ITEMS = r"(?:grants|awards|applications|bids|claims|contracts|purchases|requests|payments|schemes|projects|orders|items)"
_THRESHOLD_RE = re.compile(
    rf"\b{_ITEMS}\s+(?:of\s+)?(?:up\s+to|exceeding|not\s+exceeding|in\s+excess\s+of"
    r"|(?:under|over|below|above)(?:\s+the\s+value\s+of)?|(?:less|more)\s+than|worth\s+(?:up\s+to|over|under))\s*$",
    re.I)
# A band such items fall in, either end of it: "Applications between £1,001 and £5,000 are
# considered in January, and between £5,001 and £10,000 in October".
_BAND_RE = re.compile(rf"\b{_ITEMS}\b.*\bbetween\s+(?:£\s?[\d,.]+(?:\s?(?:k|m|bn))?\s+and\s+)?$", re.I | re.S)
# A level that defines a class of decisions: "expenditure which is significant (currently defined
# by the Council as in excess of £1,000,000)", "a key decision is one defined as over £500,000".
_DEFINED_AS_RE = re.compile(
    r"\bdefined\s+(?:by\s+[^,.;()]{1,40}?\s+)?as\s+(?:being\s+)?(?:in\s+excess(?:\s+of)?|over|above|more\s+than"
    r"|exceeding|at\s+least|£?\s*and\s+over)\s*$", re.I)
# The same limit said after the figure: "Only grants of £25,000 and over are key decisions",
# "contracts worth £100,000 or more".
_ITEMS_WORTH_RE = re.compile(rf"\b{_ITEMS}\s+(?:of|worth|valued\s+at)\s*$", re.I)
# A bound named after its figure: "the £500 threshold", "above the £25,000 spending limit";
# and a level one passes, said with "at" or "above": "At the £500 level personal data can
# appear", "orders over the £10k mark" ("reserves kept at the £7m level" are money held).
_BOUND_AFTER_RE = re.compile(r"^\s*(?:[\w-]+\s+)?(?:thresholds?|limits?|ceilings?)\b", re.I)
_LEVEL_AFTER_RE = re.compile(r"^\s*(?:level|mark)\b", re.I)
_PASSING_BEFORE_RE = re.compile(
    r"(?:^\s*at|\b(?:above|below|over|under|beyond|exceed(?:s|ing)?))\s+the\s*$", re.I)
# What a market or a service has seen pass through it is no council's money: "£2bn of tenders
# published", "£40m of transactions processed through the portal", "contract opportunities
# worth £12m advertised".
_MARKET_TALLY_RE = re.compile(
    r"^\s*(?:of|in|worth\s+of)\s+(?:[\w-]+\s+)?(?:tenders?|contract\s+opportunities|transactions|trades?)"
    r"\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:published|advertised|processed|traded|listed|posted)\b",
    re.I)
# A price changed "from £9.99 to £11.99": the old price is no longer paid. A budget or
# programme changed from one figure to another keeps both ("the Capital Programme increasing
# from £505.9m to £556.7m" reports its agreed and its revised size).
_FROM_RE = re.compile(r"\bfrom\s*$", re.I)
_TO_FIGURE_RE = re.compile(r"^\s*to\s+£", re.I)
_ACCOUNT_WORDS_RE = re.compile(
    r"\b(?:budgets?|programmes?|requirements?|allocations?|reserves?|balances?|funds?|funding|grants?"
    r"|spend(?:ing)?|expenditure|income|forecasts?|outturn|precepts?|tax|rates|estimates?|provision)\b", re.I)
_OR_MORE_RE = re.compile(r"^\s*(?:and|or)\s+(?:over|above|upwards|more|under|below|less)\b", re.I)
# "against the revised budget", "compared with the approved budget", "of the budget".
_MEASURED_AGAINST_RE = re.compile(
    r"\b(?:against|compared\s+(?:to|with)|of)\s+(?:the\s+|its\s+|their\s+)?(?:\w+\s+)?budget\b", re.I)
# The council's main account is named, not funding: "the addition of £31m to the General Fund
# programme" says nothing about what the figure is (its balance is money held, a reserve).
_ACCOUNT_NAME_RE = re.compile(r"\bGeneral\s+Fund\b(?!\s+(?:working\s+)?balances?\b)", re.I)
# Money moved between budgets, reserves, accounts or years is neither spent nor given, unless
# the move names what it pays for: "the virement of £90,000 from the parks budget to the
# cemeteries budget", "a transfer from the insurance reserve of £1.2m", "£6,000 would be moved
# into the small grants pot", "moving budget of £2.1m on four schemes into the 2024/25 financial
# year" ("a transfer of £40,000 from reserves to fund the new website" is allocated to it).
_MONEY_HOLDER = r"(?:budgets?|reserves?|accounts?|funds?|pots?|(?:financial\s+)?years?|balances?)"
_MOVED_RE = re.compile(
    r"\b(?:transfer(?:s|red|ring)?|vire(?:ments?|d)|mov(?:e|ed|es|ing))(?:\s+[\w'’/£,.()-]+){0,6}?"
    r"\s+(?:from|into|to|between)\s+(?:(?:the|its|their|an?|two|this|that)\s+)?(?:[\w'’/£,.-]+\s+){0,5}?"
    rf"{_MONEY_HOLDER}\b", re.I)
_PURPOSE_RE = re.compile(r"\bto\s+(?:fund|cover|meet|pay\s+for|finance|support|offset)\b", re.I)
# Words that lead a move to its figure ("a transfer from reserves of £2m") or a figure to its
# move ("£6,000 would be moved into", "£50,000 of unspent grant to be transferred from").
_MOVE_TO_FIGURE_RE = re.compile(r"^\s*(?:of|at|totalling|amounting\s+to|worth)?\s*$", re.I)
_FIGURE_TO_MOVE_RE = re.compile(
    r"^[\s()]*(?:of\s+(?:[\w'’-]+\s+){1,3}?)?(?:(?:would|will|shall|should|could|may|is|are|was|were|has|have|had"
    r"|to|be|been|being|also|then|now)\s+)+$", re.I)
_CLAUSE_END_RE = re.compile(r"[.;:()\[\]]|,\s|\s[-–]\s")
_AFTER_WORDS = 12
_LEADS_TO_FIGURE_RE = re.compile(r"\b(?:of|at|is|was|were|are|be|by|totalling|worth|costing)\s*$", re.I)
_JOINER_RE = re.compile(r"\s(?:and|or|but|plus|while|whilst|with)\s", re.I)
# A joiner opening a new "noun of" phrase starts another item, whose words are not the
# figure's: "an underspend of £1.5m and release of contingency for ...", "£2m and the use of
# reserves".
_NEXT_ITEM_RE = re.compile(r"\s(?:and|or|plus)\s+(?:(?:a|an|the)\s+)?[a-z]+\s+of\b", re.I)
# A price per unit, possibly the first end of a range: "£8 per tonne", "£19 to £24 per tonne",
# "£3.50 per household per week", "£12 an hour", "£4/hour"; "per annum" and "a year" are periods.
# Words for what a post pays, a few words after them saying how it stands to the figure ("the
# salary will increase to £X"; a payment line, "Clerk's salary - £640", is money paid).
_PAY_LEVEL_RE = re.compile(
    r"\b(?:salar(?:y|ies)|wages?|hourly\s+rates?|pay\s+(?:bands?|points?|scales?|rates?))\b"
    r"(?!\s+(?:costs?|bills?|budgets?|savings?|expenditure|awards?)\b)(?=[^.;£]*[a-z]\s*$)"
    r"(?:(?!\b(?:costs?|bills?|budgets?)\b)[^.;£]){0,50}$",
    re.I)
# Figures listed just before ("£12.60 and "), which share the words before them.
_LISTED_FIGURES_RE = re.compile(r"(?:£\s?[\d.,]+\s?(?:k|m|bn)?\s*(?:,|and|or)\s*)+$", re.I)
_UNIT_RATE_RE = re.compile(
    r"^\s*(?:(?:to|and|[-–])\s*£\s?[\d.,]+\s?(?:k|m|bn)?\s+)?"
    r"(?:(?:per\s+|/\s*)(?!(?:annum|year|yr|calendar|financial)\b)[a-z]"
    r"|an?\s+(?:hour|day|week|month|head|tonne|ton|night|visit|session|household|person|pupil"
    r"|place|unit|mile|property|square)\b)", re.I)
# The words before a date that make it the day a figure stands at: "balance at 31 March 2012",
# "reserves of £2.9m by the end of March 2013", "spend to 31 December 2011".
_DATE_CUE_RE = re.compile(
    r"\b(?:as\s+at|at|by|to|until|ending(?:\s+on)?|end\s+of)\s+(?:the\s+)?(?:end\s+of\s+)?$", re.I)
# A running total reached by a year, "totalling £140m by 2027-28", "savings of £6m by 2030":
# money over several years, not that year's figure.
_RUNNING_TOTAL_RE = re.compile(r"^\s*(?:in\s+total\s+)?by\s+(?:FY\s?)?(?:19|20)\d\d(?:\s?[/\-–]\s?\d{2,4})?\b", re.I)
# A year a figure is compared with is not its own: "an unallocated reserve for 2026/27 of £3.2m, the
# same level as in 2025/26", "£4.1m for 2024/25, up from 2023/24", "£612.4m, an increase of £21.0m
# on the approved budget for 2025-26".
_COMPARISON_RE = re.compile(
    r"\b(?:the\s+same\s+(?:\w+\s+)?as|compared\s+(?:to|with)|than|up\s+from|down\s+from"
    r"|(?:on|over)\s+(?:the\s+)?(?:(?:approved|original|revised|previous|current|base)\s+)?budget\s+(?:for|of|in)"
    r"|(?:on|over)\s+(?:the\s+)?(?:previous|last|prior)\s+(?:financial\s+)?year)\b", re.I)
# Money moved from one year into another belongs to the year it moves into: "slippage of £0.4m
# from the 2025/26 financial year in to the 2026/27 financial year".
_INTO_YEAR_RE = re.compile(r"\b(?:into|in\s+to)\s+(?:the\s+)?(?=(?:financial\s+year\s+)?(?:19|20)\d\d)", re.I)
# Where a figure's money comes from, said straight after it: grants paid to the council are its
# income ("£4.2m is externally funded from grants", "£766m funded from confirmed/indicative
# grants"); borrowing, or "other sources", is neither income nor spending ("£366m from borrowing
# and £287m other sources"). Money taken from reserves is left to the words about its use.
_SOURCE_LEAD = (r"^\s*(?:(?:is|are|was|were|will\s+be|to\s+be|being)\s+)?(?:(?:externally|internally|wholly"
                r"|partly|fully)\s+)?(?:(?:funded|financed|met|paid\s+for)\s+)?")
_SOURCE_CUES = _cues([
    ("income", _SOURCE_LEAD + r"(?:from|by|through)\s+(?:[\w/-]+\s+){0,3}?grants?\b"),
    ("other", _SOURCE_LEAD + r"(?:from|by|through)\s+(?:(?:new|prudential|unsupported|additional)\s+)?borrowing\b"
              r"|" + _SOURCE_LEAD + r"(?:from\s+)?other\s+sources\b"),
])
_NEW_LEVEL_RE = re.compile(r"^\s*,?\s*to\s+(?:(?:around|about|some|just\s+over|just\s+under)\s+)?$", re.I)
_CHANGE_BY_RE = re.compile(r"\b(?:increased|risen|rose|grown|grew|decreased|fallen|fell|dropped|reduced|cut)\s+by"
                           r"\s+(?:a\s+further\s+|another\s+)?$", re.I)
_RELATIVE_START_RE = re.compile(r"^(?:which|that|who)\b", re.I)
_LEADER_DOTS_RE = re.compile(r"\s*(?:\.\s?){3,}|\s*…+")


class MoneyMention(BaseModel):
    amount: int
    raw: str
    label: str
    period: str | None
    kind: BudgetKind
    sentence: str
    approximate: bool
    running_total: bool = False  # reached by a year, so of no one period


def kind_of(text: str) -> BudgetKind | None:
    """The strongest kind any cue word in ``text`` names, leaving out what a figure is measured
    against ("an underspend of £0.4m against the budget" is no budget); a figure only said to
    total is a total; a row that moves money between accounts ("Transfer to the capital reserve")
    is other."""
    return _moved_row_kind(text) or _named_kind(text) or _summed_kind(text)


def _moved_row_kind(text: str) -> BudgetKind | None:
    """"other" for a label that moves money between budgets, reserves, accounts or years
    ("Virement from the parks budget", "Transfer to the capital reserve"), unless it names
    what the move pays for ("Transfer from reserves to fund the pay award")."""
    return "other" if _MOVED_RE.search(text) and not _PURPOSE_RE.search(text) else None


def _named_kind(text: str) -> BudgetKind | None:
    """The kind cue words other than a bare "totalling" name; a programme's sum is its total."""
    text = _ACCOUNT_NAME_RE.sub(" ", _MEASURED_AGAINST_RE.sub(" ", text))
    programme_sum = bool(_SUMMED_RE.search(text) and _PROGRAMME_RE.search(text))
    text = _SUMMED_RE.sub(" ", text)
    return (_first_cue(_DECISIVE_CUES, text) or ("total" if programme_sum else None)
            or _first_cue(KIND_CUES, text))


def _summed_kind(text: str) -> BudgetKind | None:
    return "total" if _SUMMED_RE.search(text) else None


def _first_cue(cues: Cues, *texts: str) -> BudgetKind | None:
    for kind, cue in cues:
        if any(cue.search(text) for text in texts):
            return kind
    return None


def _after_clause(sentence: str, end: int, next_start: int) -> tuple[str, int]:
    """The words straight after a figure, up to the clause's end or the next figure, and
    where that clause stops (what follows is the next figure's to claim)."""
    rest = sentence[end:next_start]
    stops = [found.start() for found in (_CLAUSE_END_RE.search(rest), _NEXT_ITEM_RE.search(rest)) if found]
    rest = rest[:min(stops)] if stops else rest
    if next_start < len(sentence) and _LEADS_TO_FIGURE_RE.search(rest):
        # "£640,000 and a fee of £20,000": "a fee of" introduces the next figure.
        rest = rest[:max((m.start() for m in _JOINER_RE.finditer(rest)), default=0)]
    return " ".join(rest.split()[:_AFTER_WORDS]), end + len(rest)


def _before_clause(before: str) -> str:
    """The words before a figure back to the start of their clause, without a bracket or sign
    the figure opens ("Compensation Grant (+£42.7k)"); for a relative clause with no noun of
    its own ("the cycle network, which is expected to cost") or one that only sums ("the
    schedule of grants, totalling"), the clause before it."""
    parts = [part.strip() for part in _CLAUSE_END_RE.split(before.rstrip(" (,+"))]
    only_verb = _RELATIVE_START_RE.match(parts[-1]) or is_glue(parts[-1])
    if len(parts) > 1 and only_verb and not noun_head(parts[-1]):
        return parts[-2]
    return parts[-1] if parts else ""


def read_money_text(text: str, default_kind: BudgetKind | None = None,
                    context_kind: BudgetKind | None = None) -> list[MoneyMention]:
    """Every £ figure in a paragraph, read against its sentence and its neighbours;
    ``context_kind`` (what the list or section is about) is for figures with no cue at all."""
    sentences = split_at_full_stops(text)
    money_free = [s for s in sentences if not find_money(s)]
    block_period = next((p for p in map(parse_period, money_free) if p), None)
    mentions: list[MoneyMention] = []
    for index, sentence in enumerate(sentences):
        previous = sentences[index - 1] if index and not find_money(sentences[index - 1]) else ""
        mentions += _read_sentence(sentence, previous, block_period, default_kind, context_kind)
    return mentions


class _FigureWords(NamedTuple):
    """The words around one figure of a sentence that its kind is read from."""

    sentence: str
    before: str  # since the previous figure
    after: str  # the figure's own clause after it
    clause: str  # the clause before it that its label came from
    following: str  # up to the next figure
    rest: str  # the rest of the sentence after it
    earlier: str  # the sentence before the previous figure


def _figure_kind(words: _FigureWords, previous: str, last_kind: BudgetKind | None) -> BudgetKind | None:
    """A figure's kind from the most telling words first: money moved ("slippage of £0.4m into
    2025/26"), a decisive cue ("awarded"), where it comes from ("funded from grants"), a change
    ("fallen by"), a programme's size or a sum ("which totalled"), a noun of kind beside it, a new
    level reached, the sentence's previous figure, then the sentence and the one before it."""
    before, after = words.before, words.after
    return (_moved_kind(before, words.rest) or _first_cue(_DECISIVE_CUES, after, before)
            or _source_kind(words.clause, after) or _change_kind(before, words.following)
            or ("total" if _PROGRAMME_SIZE_RE.search(before) or _WHICH_TOTALLED_RE.search(before) else None)
            or _noun_of_kind(before, after) or _named_kind(after) or _named_kind(before)
            or _new_level_kind(before, words.earlier) or last_kind or _named_kind(words.sentence)
            or _named_kind(previous) or _summed_kind(f"{before} {after}"))


# "Freezing the charge would have meant drawing a further £90,000 from balances": what an option
# not taken would have cost, no sum set.
_COUNTERFACTUAL_RE = re.compile(r"\b(?:would|could|might)\s+have\s+(?:meant|cost|required|needed|resulted|been|led"
                                r"|involved|used|added|saved)\b", re.I)


def _read_sentence(sentence: str, previous: str, block_period: str | None,
                   default_kind: BudgetKind | None, context_kind: BudgetKind | None) -> list[MoneyMention]:
    found = find_money(sentence)
    figures = [money for i, money in enumerate(found) if not _is_threshold(sentence, money.start, money.end)
               and not _counterfactual(sentence[found[i - 1].end if i else 0:money.start])]
    mentions: list[MoneyMention] = []
    claimed, noun, charged = 0, "", False  # sentence text the previous figure's label used; its noun; a home's charge
    for i, money in enumerate(figures):
        prev_end = figures[i - 1].end if i else 0
        next_start = figures[i + 1].start if i + 1 < len(figures) else len(sentence)
        after, after_end = _after_clause(sentence, money.end, next_start)
        before = sentence[prev_end:money.start]
        clause = _before_clause(sentence[max(claimed, prev_end):money.start])
        label, noun = figure_label(clause, after, noun)
        claimed = after_end
        following = sentence[money.end:next_start]
        charged = _is_dwelling_charge(label, after, before, charged)
        if _UNIT_RATE_RE.match(sentence[money.end:]) or _is_old_price(before, sentence[money.end:]) \
                or _is_pay_level(sentence[:money.start]) or charged:
            continue
        words = _FigureWords(sentence, before, after, clause, following, sentence[money.end:],
                             sentence[:figures[i - 1].start] if i else "")
        kind = default_kind or _figure_kind(words, previous, mentions[-1].kind if mentions else None) \
            or context_kind or "other"
        running_total = bool(_RUNNING_TOTAL_RE.match(following))
        period = None if running_total else _figure_period(following, clause, before, sentence, block_period)
        mentions.append(MoneyMention(
            amount=money.amount, raw=money.raw, label=label or _bare_label(clause, before, mentions),
            period=period, kind=kind, sentence=sentence, approximate=money.approximate,
            running_total=running_total,
        ))
    return mentions


def _is_dwelling_charge(label: str, after: str, before: str, charged_before: bool) -> bool:
    """A home's council tax, or its change after it: "a Band D home will pay £58 for the
    year", "the Band D charge goes from £61 to £64 - a rise of £3"."""
    return bool(DWELLING_CHARGE_RE.search(f"{label} {after}") or (charged_before and _CHANGE_BEFORE_RE.search(before)))


def _counterfactual(before: str) -> bool:
    """Whether a figure is what would have been ("... would have meant drawing a further £90,000
    from balances"), from the words since the figure before it: not "..., but a grant of £1.5m
    was secured" or ", on top of the £200,000 already set aside" after it."""
    return bool(_COUNTERFACTUAL_RE.search(re.split(r"\b(?:but|however|whereas|instead)\b|;", before)[-1]))


def _is_threshold(sentence: str, start: int, end: int) -> bool:
    """A limit each of a class of items keeps to, said before ("grants of up to £5,000",
    "applications between £1,001 and £5,000") or after the figure ("grants of £25,000 and
    over", "the £500 threshold", "at the £500 level"); or a tally of what passed through a
    market ("£2bn of tenders published")."""
    before, after = sentence[:start], sentence[end:]
    return bool(_THRESHOLD_RE.search(before) or _DEFINED_AS_RE.search(before) or _BAND_RE.search(before)
                or (_ITEMS_WORTH_RE.search(before) and _OR_MORE_RE.match(after))
                or _BOUND_AFTER_RE.match(after) or _MARKET_TALLY_RE.match(after)
                or (_PASSING_BEFORE_RE.search(before) and _LEVEL_AFTER_RE.match(after)))


def _is_pay_level(before: str) -> bool:
    """What a post pays, not money spent: "the entry level salary will increase to £24,513",
    "salaries in excess of £100,000", "pay bands of £5,000", "the Living Wage, which is £12.60
    and £13.85 in London" ("salary costs of £3.1m" and "the wage bill of £40m" are money)."""
    return bool(_PAY_LEVEL_RE.search(_LISTED_FIGURES_RE.sub("", before)))


def _is_old_price(before: str, after: str) -> bool:
    """The first figure of a price's change ("the domain fee rises from £9.99 to £11.99"), not
    of an account's ("the net budget requirement from £1.53bn to £1.54bn")."""
    return bool(_FROM_RE.search(before) and _TO_FIGURE_RE.match(after)
                and not _ACCOUNT_WORDS_RE.search(_before_clause(before)))


def _moved_kind(before: str, rest: str) -> BudgetKind | None:
    """"other" for money moved between budgets, reserves, accounts or years ("To transfer
    £64,000 from the provisional grants budget to the approved grants budget"), unless the move
    names what it pays for ("a transfer of £40,000 from reserves to fund the new website")."""
    if _PURPOSE_RE.search(rest) or _PURPOSE_RE.search(_before_clause(before)):
        return None
    text, mark = f"{before}£{rest}", len(before)
    moves = _MOVED_RE.finditer(text)
    return "other" if any(_move_of_figure(text, move, mark) for move in moves) else None


def _move_of_figure(text: str, move: re.Match[str], mark: int) -> bool:
    """Whether a move is the figure's: it runs across the figure, leads to it ("a transfer from
    reserves of £2m") or follows it as its verb ("£6,000 would be moved into")."""
    if move.start() <= mark < move.end():
        return True
    if move.end() <= mark:
        return _MOVE_TO_FIGURE_RE.match(text[move.end():mark]) is not None
    return _FIGURE_TO_MOVE_RE.match(text[mark + 1:move.start()]) is not None


def _change_kind(before: str, following: str) -> BudgetKind | None:
    """"other" for the size of a change: "a £720,000 increase in the projected outturn since the
    last report", "a reduction of £2.1m compared to the end of Quarter 1"."""
    changed = _CHANGE_AFTER_RE.match(following) or (
        _CHANGE_BEFORE_RE.search(before) and _COMPARED_RE.match(following))
    return "other" if changed else None


def _source_kind(clause: str, after: str) -> BudgetKind | None:
    """The kind where a figure's money comes from gives it, when the words before it give none:
    "of which £512m is funded from grants" is income, but "a depot costing £2m funded from
    borrowing" is a cost."""
    return None if _named_kind(clause) else _first_cue(_SOURCE_CUES, after)


def _new_level_kind(before: str, before_change: str) -> BudgetKind | None:
    """The level a change leads to is money of the account that changed: in "government grants
    have fallen by £27m, to £16.2m" the £27m is a change, the £16.2m grant income."""
    if not (_NEW_LEVEL_RE.match(before) and _CHANGE_BY_RE.search(before_change)):
        return None
    return _first_cue(KIND_CUES, before_change)


def _noun_of_kind(before: str, after: str) -> BudgetKind | None:
    """The kind the noun a figure is "of" names ("a projected overspend of £640,000 relating to
    agency costs" is other, "a total grant of £1,750" an allocation), unless the figure is
    itself "of" something ("£46m of spending pressures"), the noun only sums ("a total of") or
    is what the figure is measured against ("an underspend against the street lighting
    budget of £0.4m" is no budget)."""
    noun = _NOUN_OF_RE.search(before)
    if noun is None or re.match(r"of\s", after) or _MEASURE_WORD_RE.search(before[:noun.start()]):
        return None
    return _first_cue(KIND_CUES, _SIZE_WORD_RE.sub(" ", noun["noun"]))


def _figure_period(following: str, clause: str, before: str, sentence: str,
                   block_period: str | None) -> str | None:
    """The period the nearest words give a figure: those after it, its clause, the words
    before it, its sentence, else a money-free sentence of its paragraph."""
    following = _own_words(following)
    own = parse_period(following)
    if own == "per_annum" and find_financial_years(clause):  # "for 2005/06 amounting to £12 per annum"
        own = None
    return (own or date_period(following) or _clause_period(clause)
            or parse_period(before) or annual_charge_period(before)
            or parse_period(_COMPARISON_RE.split(sentence, maxsplit=1)[0]) or block_period)


def _own_words(following: str) -> str:
    """The words after a figure that may give its period: not those of a year it is compared
    with ("£3.2m, the same level as in 2025/26"), and from the year it is moved into ("£0.4m from
    the 2025/26 financial year in to the 2026/27 financial year")."""
    following = _COMPARISON_RE.split(following, maxsplit=1)[0]
    moved_into = _INTO_YEAR_RE.search(following)
    return following[moved_into.end():] if moved_into else following


def date_period(text: str) -> str | None:
    """The financial year (April to March) of the first date a figure stands at: "at 31 March
    2012" and "by the end of March 2012" are 2011/12."""
    dated = _dated(text)
    return dated[0] if dated else None


def _dated(text: str) -> tuple[str, int] | None:
    """(financial year, position) of the first date after a cue such as "at" or "by"."""
    for iso, start, _ in find_dates(text):
        if _DATE_CUE_RE.search(text[:start]):
            return financial_year(int(iso[:4]), int(iso[5:7]) if len(iso) > 4 else 3), start
    return None


def _clause_period(clause: str) -> str | None:
    """The period the words before a figure give, the nearer of a financial year and a date
    ("the 2013/14 budget assumes a balance at 31 March 2013 of" is 2012/13)."""
    dated = _dated(clause)
    if dated and not parse_period(clause[dated[1]:]):
        return dated[0]
    return parse_period(clause)


def _bare_label(clause: str, before: str, mentions: list[MoneyMention]) -> str:
    """What a figure with no noun phrase is for: the rest of its line without leader dots
    ("Friday Night Project ...... £6,500", "At risk (amber): £215,000"); for the far end of a
    range ("between £60,000 and £80,000") the label of the figure before; "" when nothing is left."""
    for text in (clause, before):
        words = " ".join(_LEADER_DOTS_RE.sub(" ", text).split()).strip(" -–:,")
        if words and not is_glue(words):
            return words
    return mentions[-1].label if mentions else ""


def text_budgets(text: str, page: int, owner: str | None, default_kind: BudgetKind | None = None,
                 fallback_label: str = "", context_kind: BudgetKind | None = None,
                 context_period: str | None = None) -> list[Budget]:
    """Each figure of a paragraph (or table cell) as a budget quoting its sentence; a figure
    with no words of its own takes ``fallback_label`` (its heading) or is left out, one with no
    period of its own ``context_period`` (the year its section is about)."""
    return [Budget(label=m.label or fallback_label, amount_gbp=m.amount, period=m.period or (None if m.running_total else context_period),
                   kind=m.kind, owner=owner, page=page, quote=m.sentence)
            for m in read_money_text(text, default_kind, context_kind) if m.label or fallback_label]
