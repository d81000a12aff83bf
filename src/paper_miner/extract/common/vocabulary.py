"""The shared vocabulary of council papers: months, years, numbers, stop words, body nouns.

Every extractor (and the layout rules) takes these words from here, so that a month, a
financial year or a body noun added for one layout is known to all the others. Where two
variants are deliberately different they stand side by side, named for how they differ.
Pattern strings (``MONTH``, ``YEAR``) are for building larger regexes; they hold no groups.
"""
from __future__ import annotations

import re

# ---------------------------------------------------------------- months

MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
               "september", "october", "november", "december")
# Three-letter stems: "Sept. 2010", "Mar 2011" and "March 2011" all start with one.
MONTH_STEMS = tuple(name[:3] for name in MONTH_NAMES)
MONTH_NUMBERS = {stem: number for number, stem in enumerate(MONTH_STEMS, start=1)}
# A month as printed, full or abbreviated: "Jan", "January", "Sept", "Sept." (case-insensitive use).
MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
         r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
# A month's stem and whatever letters follow ("Mar", "March", "Marc"): looser, for cells.
MONTH_STEM_WORD = r"(?:%s)[a-z]{0,6}" % "|".join(MONTH_STEMS)
# A month in full, capitalised as in running text: "4 May", "2nd June".
MONTH_FULL = "(?:%s)" % "|".join(name.capitalize() for name in MONTH_NAMES)
# A season as a date is printed: "by Autumn 2025", "Spring 2026".
SEASON = r"(?:spring|summer|autumn|winter)"
# "Wednesday", "thursday"
WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
WEEKDAY_STEMS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")  # in ``datetime.date.weekday()`` order

# ---------------------------------------------------------------- years

YEAR = r"(?:19|20)\d\d"  # "2011"
# A financial or academic year: "2011/12", "2011/2012", "2011 / 12"; the short year optional.
YEAR_OR_SPAN = YEAR + r"(?:\s?/\s?\d\d(?:\d\d)?)?"
# The same with a hyphen allowed too: "2011-12" (tables write both).
YEAR_OR_SPAN_DASHED = YEAR + r"(?:\s?[/-]\s?\d\d(?:\d\d)?)?"
# A table cell or header word that is a year alone: "2024", "2024/25", "2024-2025".
YEAR_CELL = rf"^{YEAR}(?:[/-]\d\d(?:\d\d)?)?$"

# The figure alone after "Target" on a dashboard card's line ("Target 90%", "Target <12 days"),
# which a year is not ("Target 2030").
BARE_TARGET_FIGURE = r"(?!(?:19|20)\d\d\b)[<>≤≥]?\s?£?\d[\d,.]*\s?(?:%|[a-z]+)?\s*$"
# A line stating a target, alone between an indicator's name and its latest figure: "Target is 90%",
# "Target: 3 minutes or less", "The target for 2024/25 is 52%", "Target 2024/25: 65%", "Target 90%",
# "Target missed: our target is 75%".
TARGET_LINE = (r"^(?:target\s+(?:not\s+)?(?:met|achieved|reached|missed|exceeded)\s*[-–—:]\s*)?"
               rf"(?:our\s+|the\s+)?targets?(?:\s+(?:for\s+)?(?:the\s+year\s+)?{YEAR_OR_SPAN_DASHED})?"
               rf"(?:\s*(?:is|are|was|:)\s*\S|\s+(?={BARE_TARGET_FIGURE}))")
# A web site's own controls and links, saved with the page: "Contact us", "Search our website",
# "Council logo", "Contrast Text size", "Access icon", "Direct link to the plan (PDF)", "Post on
# 17-Aug-2020", "View the policy", a Welsh site's "Neidio i'r prif gynnwys" (skip to main content);
# a document-sharing site's "VIEWS: 20 PAGES: 102", "Start display at page:", "Download", "Sign In".
WEB_CHROME = (r"contact\s+us$|views?\s*:\s*\d|pages?\s*:\s*\d|size\s*:\s*px$|start\s+display\s+at\b|download\b"
              r"|transcription$|upload$|sign\s+(?:in|out)\b|toggle\b|learning\s+cent(?:er|re)$|plans\s*&\s*pricing\b"
              r"|skip\s+(?:navigation|to\b|the\b)|search(?:\s+(?:our|this|the))?(?:\s+(?:web)?site)?$|search\s+(?:inside|within|results?|method)\b|document\s+type$|[\d,]+\s+results?$|.*\blogo$|(?:high\s+)?contrast\b"
              r"|text\s+size\b|.*\bicon$|(?:direct\s+)?link\s+to\b|post(?:ed)?\s+on\s+\d|view\s+(?:the|our|all)\b|menu$"
              r"|accessibility\b|cookies?\b|print\s+this\s+page$|share\s+this\b|back\s+to\b|neidio\s+i['’]r\b")
# A time of day: "2.30pm", "10:00 am", "6 p.m.".
CLOCK_TIME = r"\b\d{1,2}(?:[.:]\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.)(?![a-z])"
# Past participles that do not end in -ed: "60 derelict shops brought back to life", "40 homes built".
IRREGULAR_PARTICIPLE = r"(?:brought|built|made|given|taken|held|met|paid|won|grown|done|sold|set\s+up|kept)"
# A verb's participle where it is not the verb and -ed: "deal with" -> "dealt with".
PARTICIPLES = {"bring": "brought", "build": "built", "make": "made", "give": "given", "take": "taken",
               "hold": "held", "meet": "met", "pay": "paid", "win": "won", "grow": "grown", "do": "done",
               "sell": "sold", "keep": "kept", "deal": "dealt", "see": "seen", "send": "sent", "get": "got", "ring": "rung"}


def past_participle(verb: str) -> str:
    """"answer" -> "answered", "issue" -> "issued", "reply" -> "replied", "deal" -> "dealt"."""
    verb = verb.lower()
    if verb in PARTICIPLES:
        return PARTICIPLES[verb]
    if re.search(r"[^aeiou]y$", verb):
        return verb[:-1] + "ied"
    return verb + ("d" if verb.endswith("e") else "ed")
# A report's number in its agenda pack, on a line of its own: "Agenda Item 9", "Item No. 4".
AGENDA_ITEM_NUMBER = r"(?:agenda\s+)?item(?:\s+no\.?)?\s+\d{1,3}[a-z]?\.?"
# A planning application's reference, with the letters that tell it from a date: "20/501113/FULL",
# "21/00032/FUL", "DC/21/01234", "P/2020/0123".
PLANNING_REF = r"\b(?:[A-Z]{1,3}/(?:19|20)?\d{2}/\d{3,6}(?:/[A-Z]{2,6})?|(?:19|20)?\d{2}/\d{3,6}/[A-Z]{2,6})\b"
# The number of an item in a grid of minutes: "1.", "12", "4a", "BM 02/2021", "PCC 23/81".
MINUTE_ITEM_REF = r"(?:[A-Z]{1,4}\s*)?\d{1,3}[a-z]?(?:[./]\d{1,4})*\.?"
# A minute's number and year: "B24/031", "M117/24", "33/21".
MINUTE_NUMBER = r"[A-Z]{0,3}\d{1,4}/\d{2,4}"
# A minute's reference number, and the item number after it, before its title: "B24/031 ",
# "M117/24  4. ".
MINUTE_REF = rf"{MINUTE_NUMBER}\.?\s+(?:\d{{1,2}}\.\s+)?"
# What minutes confirmed call themselves: "a correct record", "an accurate record", "a true and
# fair record", "true and complete record".
TRUE_RECORD = (r"(?:an?\s+)?(?:true|correct|accurate|fair)(?:\s*(?:,|and)\s+(?:true|correct|accurate|fair|complete))?"
               r"\s+record\b")
# The title before a member's name: "Cllr Ede", "Councillor Hart", "Alderman Quinn", "Mrs Lyle".
MEMBER_TITLE = r"(?:cllrs?\.?|councillors?|alderman|aldermen|mrs?|ms|miss|dr)"

# ---------------------------------------------------------------- numbers in words

NUMBER_WORDS = {word: n for n, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}
NUMBER_WORDS_TO_TWENTY = {**NUMBER_WORDS, "twenty": 20}
ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}

# ---------------------------------------------------------------- stop words

# Articles and prepositions: what two names or phrases may differ by and still be the same.
FUNCTION_WORDS = frozenset({"the", "a", "an", "of", "and", "to", "for", "in", "on", "with", "by", "at"})
# Words that open a sentence before its subject ("Since Council agreed the scheme", "When Cabinet
# met ..."): capitalised there, never part of a body's or place's name.
SENTENCE_OPENERS = (r"(?:Since|When|If|As|Although|Though|Because|Once|Until|Unless|Whilst|While|Where|Whereas"
                    r"|After|Before|Then|So|But|And|Or|Also|However|Whether|Following|Thus|Hence|Therefore)")
# The people at a meeting, named as a whole: "Members agreed", "the Governors are asked to".
MEETING_PEOPLE = r"(?:members|councillors|governors|trustees|directors)"
# A sum as printed: "£1,500", "£12.60", "£2.5m", "£750 k".
PRINTED_SUM = r"£\s?\d[\d,]*(?:\.\d\d)?(?:\s?(?:k|m|bn))?"
# For comparing sentences and quotes ("be noted" against "was noted").
CLAUSE_STOP_WORDS = FUNCTION_WORDS | {"that", "be"}
# For comparing names of projects: their generic nouns say nothing about which one.
NAME_STOP_WORDS = FUNCTION_WORDS | {"from", "project", "scheme", "programme", "service", "services"}
# For comparing what two targets measure: "number of", "percentage of" frame any measure.
MEASURE_STOP_WORDS = FUNCTION_WORDS | {"from", "who", "that", "are", "is", "number", "proportion",
                                       "percentage", "people"}

# ---------------------------------------------------------------- bodies

# The nouns that end the name of a body that can decide something ("Health and Wellbeing Board",
# "the CCG Governing Body").
DECIDING_BODY_NOUNS = ("Board", "Group", "Committee", "Sub-Committee", "Cabinet", "Council", "Partnership",
                       "Panel", "Forum", "Executive", "Meeting", "Commission", "Assembly", "Governing Body")
# Officers' groups that decide as one ("Senior Management Team", "Housing SMT", "CLT agreed").
OFFICER_GROUP_NOUNS = ("Management Team", "Leadership Team", "SMT", "CMT", "DMT", "SLT", "CLT", "ELT")
# A council's kind abbreviated after its place ("Westshire CC agreed", "Fenland DC"): County or City,
# District, Borough, County Borough, Metropolitan Borough Council.
COUNCIL_ABBREVIATIONS = ("CC", "DC", "BC", "CBC", "MBC")
# The nouns that end the name of a body that can own money or a programme ("X Trust", "Y Agency").
OWNING_BODY_NOUNS = (r"Partnerships?|Councils?|Boards?|Authorit(?:y|ies)|Trusts?|Alliance|Group|Agency|"
                     r"Commission|Forum|Consortium|Executive|Committee|Cabinet|Centre|Service")

# ---------------------------------------------------------------- web pages

# A council web page's link to an item's report, run into the item's title: "79 Performance
# Monitoring pdf icon PDF 85 KB", "66 Fees and Charges PDF 28 KB".
LINKED_FILE_TAIL = r"\s*(?:pdf\s+icon\s+)?(?:PDF|DOC|DOCX)\s+\d+(?:\.\d+)?\s*[KM]B\s*$"

# A web page's trail to itself, saved as a line of text: "Home > Council and democracy >
# Meetings", "You are here: Home » News", "Budgets › Spending › Outturn".
BREADCRUMB = r"^(?:you\s+are\s+here\s*:?\s*)?home\s*[>›»]|\S\s*[>›»]\s*\S[^>›»]*[>›»]\s*\S"

# ---------------------------------------------------------------- places

# A UK postcode ending an address line: "SW1P 4DF", "G11 7HZ", "WD17 3EX".
POSTCODE = r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b"

# ---------------------------------------------------------------- table cells

# What parts the cells of a table a plain-text export prints as lines: a run of two or more
# spaces, or a tab ("LPI 14   Rates collected   98.1%   98.5%"); one space parts words.
CELL_GAP = r"\s{2,}|\t"

# A number as a table prints it, grouped with commas, perhaps with decimals: "45,210", "98.5". Each
# reader frames it with the signs, units and empty-cell marks its cells carry.
PRINTED_NUMBER = r"\d[\d,]*(?:\.\d+)?"

# A table's or an appendix's number opening its caption: "Table 3.1", "Appendix A", "Figure 2".
CAPTION_NUMBER = r"(?:table|figure|chart|appendix|annex)\s+[\w.]+\b"

# A column's scale printed as a cell of its own or ending a column's name: "£", "£000",
# "£'000", "(£000)", "£k", "£m".
SCALE_CELL = r"\(?£\s?(?:['’]?000s?|k|m|million)?\)?"
