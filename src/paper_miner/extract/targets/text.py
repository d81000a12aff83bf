"""Cut target statements out of cells and sentences, and word what they measure.

A delivery plan's target cell often holds several commitments: HTML paragraphs or bullets
in a text export, separate lines or run-together sentences in a PDF. Each becomes one item.
"""
from __future__ import annotations

import re

from paper_miner.extract.common.sentences import sentence_case
from paper_miner.extract.targets.codes import find_codes
from paper_miner.extract.targets.values import find_values

_TAG_RE = re.compile(r"</?(?:p|li|ul|ol|br|div|span)\b[^>]*>", re.IGNORECASE)
_BULLET_RE = re.compile(r"(?:^|\s)[•◆◇●▪■►➢➤✓]\s*")
# A bracket naming an indicator or a target ("(NI 163 - LAA target)", "(MAA target)").
LABEL_BRACKET_RE = re.compile(
    r"\((?=[^()]*(?:\b(?:NI|LI|L1|NPI|LPI|BVPI|BV|KPI|PI)\s?[-–]?\s?\d|target))[^()]*\)\*?",
    re.IGNORECASE)
# Run-together items (a PDF cell loses its paragraph breaks): a new item starts after an
# indicator bracket, after a lead-in's colon, at a capitalised "By <date>," or at a capitalised
# opening verb in mid-text ("... the Compact To have re-let ...").
_OPENERS = (r"To|Achieve|Reduce|Increase|Implement|Complete|Ensure|Deliver|Embed|Improve|Meet|"
            r"Minimise|Maximise|Help|Play|Narrow|Publication|Create|Establish|Restrict|In\s+accordance")
_RUN_ON_RE = re.compile(
    r"(?<=\))(?P<bracket>\*?)\s+(?=[A-Z0-9])"
    r"|(?<=\w:)\s+(?=[A-Z0-9])"
    r"|(?<=[a-z0-9%])\s+(?=By\s+(?:the\s+end\s+of\s+)?(?:[A-Z][a-z]+\.?\s+)?(?:19|20)\d\d,)"
    rf"|(?<=[a-z0-9%)])\s+(?=(?:{_OPENERS})\s+[a-z])"
)
_OPENER_AT_RE = re.compile(rf"\s+(?:{_OPENERS})\s+[a-z]")
_CROSS_REFERENCE_RE = re.compile(
    r"^(?:please\s+)?(?:refer\b|see\b|note\b|also\s+cross|cross[- ]?ref)", re.IGNORECASE)
_TRAILING_CROSS_REFERENCE_RE = re.compile(r"\s*(?:also\s+)?cross[- ]?references?\b.*$",
                                          re.IGNORECASE | re.DOTALL)
# "Turnover is below 12%, with a stretch target of 10%": the stretch is an aspiration beyond
# the target the statement sets, not a second target.
_STRETCH_RE = re.compile(r"[,;]?\s*(?:with\s+|and\s+)?(?:an?\s+)?stretch(?:ed)?\s+(?:target|aim|goal)\b.*$",
                         re.IGNORECASE | re.DOTALL)
_FOOTNOTE_MARK_RE = re.compile(r"[¹²³]|\*+$")


def cell_items(cell: str) -> list[str]:
    """The separate statements in one table cell or list item, markup removed."""
    text = _TAG_RE.sub("\n", cell)
    text = _BULLET_RE.sub("\n", text)
    items: list[str] = []
    for line in (ln.strip() for ln in text.split("\n")):
        if not line:
            continue
        # A wrapped line goes on with lower case, a dash or a bracket: it is not a new item.
        if items and re.match(r"[a-z\-–(]", line):
            items[-1] = f"{items[-1]} {line}"
        else:
            items.append(line)
    return [piece.strip() for item in items for piece in _split_run_on(item) if piece.strip()]


def _split_run_on(item: str) -> list[str]:
    pieces, start = [], 0
    for match in _RUN_ON_RE.finditer(item):
        if item.count("(", 0, match.start()) > item.count(")", 0, match.start()):
            continue  # inside a bracket, "(2021/22: Eastmere 84.5%)", no new item starts
        before = item[start:match.start()]
        ordinary_bracket = match.group("bracket") is not None and not LABEL_BRACKET_RE.search(before[-60:])
        if ordinary_bracket and not _OPENER_AT_RE.match(item, match.start()):
            continue  # an ordinary bracket, "(excluding the hourly bus network) The ...": keep
        pieces.append(before)
        start = match.end()
    pieces.append(item[start:])
    return pieces


def is_cross_reference(item: str) -> bool:
    return bool(_CROSS_REFERENCE_RE.match(item))


def is_lead_in(item: str) -> bool:
    """"The attainment gap ... is reduced to:" introduces the items after it."""
    return item.rstrip().endswith(":")


def clean(item: str) -> str:
    """A statement without trailing cross references, stretch targets and footnote marks, in
    sentence case if it was set in capitals."""
    text = _STRETCH_RE.sub("", _TRAILING_CROSS_REFERENCE_RE.sub("", sentence_case(item)))
    text = _FOOTNOTE_MARK_RE.sub("", text.strip())
    return re.sub(r"\s+", " ", text).strip()


_PAIR_SLOTS = ("from_to", "to", "to_from", "aim_count", "past", "rank", "standard_time", "target_is")
# The words for the way from one target to the next of the same measure ("52%, rising to 55% by 2028").
TRAJECTORY_WORDS = ("rising", "increasing", "falling", "reducing", "moving", "working")
# What parts two figures' statements: "and", "while"; or the path from one to the next ("The target
# for this year is 40%, rising to 50% by 2027"), which the second statement keeps.
_PAIR_JOINT_RE = re.compile(rf"\s(?:and|while|whilst)\s|,?\s+(?=(?:{'|'.join(TRAJECTORY_WORDS)})"
                            r"\s+(?:up\s+|down\s+)?to(?:wards)?\b)", re.IGNORECASE)
_BETWEEN_YEAR_RE = re.compile(r"\bbetween\s+(?:19|20)\d\d(?:/\d\d)?\s*$", re.IGNORECASE)


# "by 1.5 years for men and 1 year for women": one change for each of two groups.
_GROUP_FIGURE = r"\d[\d,]*(?:\.\d+)?\s?(?:%|per\s?cent|[a-z]+)?"
_FOR_GROUPS_RE = re.compile(
    rf"(?P<first>{_GROUP_FIGURE})\s+for\s+(?P<a>[^,;.()]{{1,40}}?)\s+and\s+"
    rf"(?P<second>{_GROUP_FIGURE})\s+for\s+(?P<b>[^,;.()]{{1,40}}?)"
    r"(?=\s*[,;.(]|\s*$|\s+(?:by|in|before|until|from|between|compared)\b)", re.IGNORECASE)


# "Healthy weight will be held at 63% and severe obesity will have fallen to 4%", "Our answering
# target is 85% and we aim to lose no more than 6% of calls": a second subject with its own
# modal or aim starts a second statement.
_SECOND_SUBJECT_RE = re.compile(r"(?<=[\d%])\s*,?\s+and\s+(?=(?:[\w()-]+\s+){1,6}(?:will|should|must"
                                r"|(?:aims?|plans?|intends?)\s+to)\s)", re.IGNORECASE)


def split_groups(text: str) -> list[str]:
    """"Healthy life expectancy will rise by 2 years for men and 1 year for women" states two
    targets, each with the words before the first figure: "... will rise by 2 years for men"
    and "... will rise by 1 year for women"."""
    match = _FOR_GROUPS_RE.search(text)
    if match is None:
        return [text]
    head, tail = text[:match.start()], text[match.end():]
    return [f"{head}{match['first']} for {match['a']}{tail}", f"{head}{match['second']} for {match['b']}{tail}"]


_SHARE = r"\d[\d.]*\s?(?:%|per\s?cent)"
_SHARES_RE = re.compile(rf"(?P<head>.*{_SHARE})\s*,\s*with\s+(?P<shares>{_SHARE}\s+of\s+.+)$", re.IGNORECASE)
_SHARE_ITEM_RE = re.compile(rf"(?P<figure>{_SHARE})\s+(?:of\s+(?P<whole>.+?)\s+)?(?P<part>(?:with|in|for|from|on|to|by)\s.+)$",
                            re.IGNORECASE)


def split_shares(text: str) -> list[str]:
    """"The spend in the county will be 45%, with 35% of the total spend with local firms, 10%
    with micro firms and 10% with charities": the whole and each share, a later share of the
    same whole as the first ("10% of the total spend with micro firms")."""
    found = _SHARES_RE.match(text)
    if found is None:
        return [text]
    items = [_SHARE_ITEM_RE.match(item) for item in re.split(rf",\s*|\s+and\s+(?={_SHARE})", found.group("shares"))]
    if len(items) < 2 or not all(items) or not items[0].group("whole"):
        return [text]
    whole = items[0].group("whole")
    return [found.group("head")] + [f"{item.group('figure')} of {item.group('whole') or whole} {item.group('part')}"
                                    for item in items]


# "98% of emergency repairs within 24 hours, 95% of urgent repairs within 5 working days and 90%
# of routine repairs within 28 days": a list of shares, each of its own thing.
_SHARE_OF_RE = re.compile(rf"{_SHARE}\s+of\s", re.IGNORECASE)
# "..., over 9,000 new homes": each item may carry its own floor.
_LIST_JOINT_RE = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:over\s+|at\s+least\s+|more\s+than\s+)?$")


def split_share_list(text: str) -> list[str]:
    """"We aim to complete 98% of emergency repairs within 24 hours, 95% of urgent repairs
    within 5 working days and 90% of routine repairs within 28 days": one statement per share,
    each with the aim's lead ("We aim to complete 95% of urgent repairs ..."); so is a list of
    counts to add ("a plan to hire 40 more nurses, 12 more midwives and 6 more pharmacists")."""
    shares = _split_list(text, _SHARE_OF_RE)
    return shares if len(shares) > 1 else _split_list(text, _COUNT_MORE_RE)


# "300 more officers", "40 additional social workers", "12 new play areas": one count of a list.
# "25,000 square metres of floorspace": an area to add.
_COUNT_MORE_RE = re.compile(r"\b\d[\d,]*\s+(?:(?:more|additional|extra|new)\s+[A-Za-z]|(?:square\s+metres|hectares|acres)\s+of\s)",
                            re.IGNORECASE)


def _split_list(text: str, item_re: re.Pattern[str]) -> list[str]:
    items = list(item_re.finditer(text))
    joints = [_LIST_JOINT_RE.search(text[:m.start()]) for m in items[1:]]
    if not joints or not all(joints):
        return [text]
    lead, ends = text[:items[0].start()], [j.start() for j in joints] + [len(text)]
    return [lead + text[m.start():end].strip(" ,;") for m, end in zip(items, ends)]


# "The target is to return 18 empty shops to use and create 36 new homes": one aim, two
# actions each with its own count.
_TWO_ACTIONS_RE = re.compile(
    r"^(?P<lead>.*?\b(?:(?:is|was|will\s+be)\s+to|we\s+will|(?:aim|plan|intend)s?\s+to))\s+(?P<first>[a-z]+\s.+?)"
    r"\s+and\s+(?P<second>[a-z]+\s+(?:a\s+further\s+|an\s+(?:additional|extra)\s+|at\s+least\s+)?\d[\d,]*\s+[a-z].*)$",
    re.IGNORECASE)


def split_actions(text: str) -> list[str]:
    """"We will plant 400 trees and open 3 new play areas": each action with the aim's lead."""
    found = _TWO_ACTIONS_RE.match(text)
    if found is None:
        return [text]
    pieces = [f"{found['lead']} {found['first']}", f"{found['lead']} {found['second']}"]
    return pieces if all(find_values(piece) for piece in pieces) else [text]


# "Deliver 900 new homes, of which 500 should be for social rent and 400 for shared ownership": a
# whole, then its parts.
_OF_WHICH_RE = re.compile(r"^(?P<lead>.*?)(?P<whole>\d[\d,]*\s+(?P<things>[a-z][\w\s-]*?)),\s+of\s+which\s+(?P<parts>.+)$",
                          re.IGNORECASE)
_PART_RE = re.compile(r",?\s+and\s+(?=\d)|,\s+(?=\d)")
_TO_BE_PART_RE = re.compile(r"^(?P<figure>\d[\d,]*)\s+(?:(?:should|will|must|would)\s+be|are\s+to\s+be|to\s+be|are|be)\s+",
                            re.IGNORECASE)


def split_of_which(text: str) -> list[str]:
    """"Deliver 900 new homes, of which 500 should be for social rent and 400 for shared
    ownership": the whole, then each part with the whole's lead and, where the part names only
    what it is for, the whole's things ("Deliver 400 new homes for shared ownership")."""
    found = _OF_WHICH_RE.match(text)
    if found is None:
        return [text]
    parts = [_TO_BE_PART_RE.sub(r"\g<figure> ", part.strip(" ,;.")) for part in _PART_RE.split(found["parts"])]
    if not all(re.match(r"\d", part) for part in parts):
        return [text]
    named = [re.sub(r"^(\d[\d,]*)\s+(?=(?:for|in|as|to|at)\b)", rf"\1 {found['things']} ", part) for part in parts]
    return [f"{found['lead']}{found['whole']}", *(f"{found['lead']}{part}" for part in named)]


# "Our targets for 2026/27 are to rehouse ..., to have no rough sleepers ... and to cut ...": one aim per
# infinitive after a lead-in naming the aims.
_AIMS_ARE_RE = re.compile(r"^(?P<lead>(?:our|the|its|their)\s+(?:[\w-]+\s+){0,2}(?:targets|aims|goals|ambitions|priorities)"
                          r"(?:\s+for\s+[^,;]{2,30}?)?\s+are\s+)to\s+(?P<aims>.+)$", re.IGNORECASE)
_NEXT_AIM_RE = re.compile(r",\s*(?:and\s+)?to\s+(?=[a-z])|\s+and\s+to\s+(?=[a-z])")


def split_aims(text: str) -> list[str]:
    """"Our targets for 2026/27 are to rehouse ..., to have ... and to cut ...": each aim with
    the lead-in, when each states a figure of its own."""
    found = _AIMS_ARE_RE.match(text)
    aims = _NEXT_AIM_RE.split(found.group("aims")) if found else []
    if len(aims) < 2 or not all(re.search(r"\d|\bno\s", aim) for aim in aims):
        return [text]
    return [f"{found.group('lead')}to {aim.strip(' ,;.')}" for aim in aims]


def split_pairs(text: str, changes: bool = False) -> list[str]:
    """"increase A to at least 9% and B to at least 3.6%": one statement per figure; with
    ``changes`` (a stated commitment) also "A rises by 10% and B by 20%". An "and" between two
    years ("by 1% a year between 2008/09 and 2010/11") joins a period, not two statements.
    A change for each of two groups is two statements (``split_groups``), and so are a whole
    and its parts (``split_of_which``), two subjects each with a modal and a figure, a whole
    with its shares (``split_shares``), two counted actions under one aim (``split_actions``) and
    the aims a lead-in lists in the infinitive (``split_aims``)."""
    for split in (split_groups, split_of_which, split_shares, split_share_list, split_actions, split_aims):
        pieces = split(text)
        if len(pieces) > 1:
            return pieces
    clauses = _SECOND_SUBJECT_RE.split(text, maxsplit=1)
    if len(clauses) > 1 and all(find_values(clause) for clause in clauses):
        return [clause.strip(" ,;") for clause in clauses]
    slots = _PAIR_SLOTS + ("by_change",) if changes else _PAIR_SLOTS
    values = sorted((v for v in find_values(text) if v.slot in slots), key=lambda v: v.start)
    cuts = []
    for first, second in zip(values, values[1:]):
        joint = [m.start() for m in _PAIR_JOINT_RE.finditer(text, first.end, second.end) if m.start() < second.start]
        if joint and not find_codes(text[first.end:joint[-1]]) and not _BETWEEN_YEAR_RE.search(text[first.end:joint[-1]]):
            cuts.append(joint[-1])
    if not cuts:
        return [text]
    pieces, start = [], 0
    for cut in cuts:
        pieces.append(text[start:cut])
        start = _PAIR_JOINT_RE.match(text, cut).end()
    pieces.append(text[start:])
    return [piece.strip(" ,;") for piece in pieces]


def lead_in_subject(lead_in: str) -> str:
    """"The attainment gap between ... is reduced to:" -> "attainment gap between ..."."""
    subject = re.split(r"\s+(?:is|are|will\s+be)\s+", lead_in.rstrip(": "), maxsplit=1)[0]
    subject = re.sub(r"^(?:the|a|an)\s+", "", subject, flags=re.IGNORECASE)
    return subject if subject != lead_in.rstrip(": ") else ""
