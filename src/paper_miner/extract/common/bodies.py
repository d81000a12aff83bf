"""Names of deciding bodies (boards, groups, committees, Cabinet) as a paper writes them.

A paper names a body in full once, often defining an abbreviation
(``Health Policy Group (HPG)``), and then says ``HPG``, ``the Group`` or
``this group``. :class:`Bodies` remembers the names met so far and resolves those short
forms to the full name.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from paper_miner.extract.common.vocabulary import COUNCIL_ABBREVIATIONS, DECIDING_BODY_NOUNS, OFFICER_GROUP_NOUNS

# The nouns that end the name of a body that can decide something.
HEADS = DECIDING_BODY_NOUNS
# Bodies that decide but that no paper goes to ("the Fire Authority approved ...", "the Senior
# Management Team agreed"): named in decisions only, so they never become a paper's own meeting body.
DECIDING_HEADS = HEADS + ("Authority",) + OFFICER_GROUP_NOUNS + COUNCIL_ABBREVIATIONS
_HEAD = r"(?:%s)" % "|".join(HEADS)
_DECIDING_HEAD = r"(?:%s)" % "|".join(DECIDING_HEADS)
# A body named by its head noun alone ("the Board", "Committee agreed"); "CC" alone is someone's initials.
_GENERIC_HEAD = r"(?:%s)" % "|".join(h for h in DECIDING_HEADS if h not in COUNCIL_ABBREVIATIONS)
# "the Welsh Government", "HM Government"; not the sector ("Centre for Local Government").
GOVERNMENT_RE = re.compile(r"(?<!\bfor )(?<!\bof )(?<!\band )\b(?!Local\b)(?:HM|[A-Z][a-z]+)\s+Government\b")
_WORD = r"(?:[A-Z][\w'’&-]*|[A-Z]{2,}\d*)"
# Words of one name are joined by spaces, "and", "of", "for", "&" or a comma (for
# "Northvale, Southvale and Eastvale ... Board").
_JOIN = r"(?:,?\s+(?:and|of|for|&)\s+|,\s+|\s+)"
# "Cabinet Member for Finance", "Board Member", "Board Committee Administrator", "Committee
# Secretary": a person's role, not the body; "Council Tax Support", "Council Housing": a
# council's tax or homes, not a body.
_NOT_A_SERVICE = r"(?!\s+(?:Tax|Housing|Homes|Tenants?)\b)"
_NOT_A_ROLE = (rf"(?!['’])(?!\s+(?:Members?|Administrators?|Secretar(?:y|ies)|Clerks?|Co-?ordinators?|Advis[eo]rs?"
               rf"|Support\s+Officers?)\b){_NOT_A_SERVICE}")
NAME_RE = re.compile(rf"\b(?:{_WORD}{_JOIN}){{0,9}}{_HEAD}s?\b{_NOT_A_ROLE}")
DECIDING_NAME_RE = re.compile(rf"\b(?:{_WORD}{_JOIN}){{0,9}}{_DECIDING_HEAD}s?\b{_NOT_A_ROLE}")
# "the Board", "this group", "That meeting", "The last meeting": a body named earlier; a bare
# head noun before a verb opening a sentence or after "and" ("Council approved the budget",
# "Committee resolved to note the update", "... were discussed and Council agreed") is the
# body minutes speak of without an article, also after a proviso ("Subject to the correction, Board
# approved the notes"); "agreed by full Council" is the council met as a whole,
# and so is "approved by Council on 9 March"; "adopted by cabinet last March" is the cabinet.
GENERIC_RE = re.compile(
    rf"(?:\b(?:the|this|that|its|their)\s+(?:last\s+|same\s+)?|\bfull\s+(?=Council\b)|^\s*(?=Council\b)|(?<=\bby\s)(?=(?:Council|Cabinet)\b)|(?:^\s*|(?<=\band\s)|(?<=,\s))(?={_GENERIC_HEAD}\s+(?:[a-z]+\s+)?[a-z]+ed\b))"
    rf"({_GENERIC_HEAD.lower()}|{_GENERIC_HEAD}|government)\b{_NOT_A_SERVICE}", re.IGNORECASE
)
ACRONYM_RE = re.compile(r"\b[A-Z][A-Z&]{1,6}\b")
DEFINITION_RE = re.compile(rf"((?:{_WORD}{_JOIN}){{1,9}}?{_WORD})\s*\(([A-Z][A-Za-z&]{{1,7}})\)")
# "Meeting  Westvale Group": a header table's label cell. "No" / "Yes": a form's answer ("Is subject to call in?: No") run into the text after it.
# "Last Committee Reference: N/A", "Next Cabinet": which meeting, not part of a body's name.
_LEADING_RE = re.compile(r"^(?:The|This|That|Its|Their|At|In|On|Most|As|Since|If|No|Yes|Last|Next|Previous|Meeting(?! of))\s+")
# Names that are a body alone: "Cabinet", and an officer group's letters ("SMT approved the plan").
STANDALONE = {"cabinet", "executive"} | {n.lower() for n in OFFICER_GROUP_NOUNS if n.isupper()}
_SMALL = {"and", "of", "for", "&", "the"}


@dataclass(frozen=True)
class Mention:
    """A body named in a piece of text: ``name`` as resolved, ``start``/``end`` as printed."""

    name: str
    start: int
    end: int
    generic: bool = False


# a run of capitals words inside mixed text: "the SHADOW HEALTH AND WELLBEING BOARD held"
_CAPS_RUN_RE = re.compile(r"\b[A-Z][A-Z'&-]+(?:\s+[A-Z][A-Z'&-]*)+\b")


def readable_case(text: str) -> str:
    """An all-caps line, or a run of capitals words inside one, in title case ("NORTHVALE
    HEALTH AND WELLBEING BOARD" -> "Northvale Health and Wellbeing Board"), keeping every
    character at its position; acronyms in a run with no long word stay ("NHS JSNA")."""
    if text.isupper():
        return _title_case(text)
    return _CAPS_RUN_RE.sub(lambda m: _title_case(m.group()) if re.search(r"[A-Z]{5}", m.group())
                            else m.group(), text)


def _title_case(text: str) -> str:
    words = re.split(r"(\s+)", text.lower())
    out = [w if (i and w in _SMALL | {"to", "in", "on", "at", "by", "a", "an"}) else w[:1].upper() + w[1:]
           for i, w in enumerate(words)]
    return "".join(out)


def head_of(name: str) -> str:
    return name.split()[-1].rstrip("s").lower() if name else ""


def _words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s,]+", name) if w and w.lower() not in _SMALL]


def _key(name: str) -> list[str]:
    return [re.sub(r"['’]s?$", "", w).lower() for w in _words(name)]


def initials(words: list[str]) -> str:
    return "".join(w[0].upper() for w in words)


def defined_abbreviations(text: str) -> dict[str, str]:
    """``Full Name (FN)`` definitions whose initials spell the abbreviation."""
    found = {}
    for match in DEFINITION_RE.finditer(text):
        words, abbr = _words(_LEADING_RE.sub("", match.group(1))), match.group(2)
        letters = abbr.upper().replace("&", "")
        tail = words[-len(letters):]
        if len(tail) == len(letters) and initials(tail) == letters:
            found[abbr] = _span_from(match.group(1), tail[0])
    return found


def _span_from(name: str, first_word: str) -> str:
    """The name as printed from ``first_word`` on (keeping its "and"/"of")."""
    return name[name.rindex(first_word):] if first_word in name else name


# "the Council's Cabinet", "the Authority's Executive Board": the paper's own council named
# generically owns the body; the body is the part after it.
_OWNER_RE = re.compile(r"^(?:Council|Authority|County|City|Borough)['’]s\s+(?=\S)")

# "Leader of the Council", "Minister for Education ...": a person's office, not a body.
_ROLE_RE = re.compile(r"^(?:Minister|Secretary(?:\s+of\s+State)?|Director|Leader|Chair(?:man|person)?|Head|"
                      r"Member|Mayor|Chief\s+Executive)\s+(?:of|for)\b")


# "Publication of Committee (papers)", "Minutes of Cabinet": one word of a head noun names a
# topic, not a body (bodies so built have more words: "Court of Common Council").
_TOPIC_RE = re.compile(r"^[\w'’-]+\s+(?:of|for)\s+[\w'’-]+$")
# "Record of Cabinet Decision", "Minutes of the Planning Committee": the paper's kind, not the body's name.
_PAPER_OF_RE = re.compile(r"^(?:(?:Draft\s+)?(?:Minutes|Record|Decisions?|Notice|Report|Meeting)\s+of\s+(?:the\s+)?)+")


def clean_name(name: str) -> str:
    name = _OWNER_RE.sub("", _PAPER_OF_RE.sub("", _LEADING_RE.sub("", name.strip())))
    return re.sub(r"\s+", " ", name)


@dataclass
class Bodies:
    """Bodies named so far in a paper, in order, and the abbreviations it defines."""

    abbreviations: dict[str, str] = field(default_factory=dict)
    named: list[str] = field(default_factory=list)  # every mention, for how often a name is used
    # Each name once, by its last mention, oldest first: the lookups below scan it newest first,
    # so their cost grows with the names a paper uses, not with how often it uses them.
    latest: dict[str, None] = field(default_factory=dict)
    authority: str | None = None  # the paper's own council: what "the Council" means

    def full_name(self, name: str) -> str:
        """An abbreviation or a two-word short name resolved to a body named before."""
        if name in self.abbreviations:
            return self.abbreviations[name]
        if ACRONYM_RE.fullmatch(name):
            for known in reversed(self.latest):
                words = _words(known)
                if any(initials(words[i:]) == name for i in range(len(words) - 1)):
                    return known
            return name
        key = _key(name)
        if len(key) <= 2:
            for known in reversed(self.latest):
                if len(_key(known)) > len(key) and _key(known)[-len(key):] == key:
                    return known
        return name

    def remember(self, text: str) -> None:
        self.abbreviations.update(defined_abbreviations(text))
        for mention in self.mentions(text):
            if not mention.generic:
                self.named.append(mention.name)
                self.latest.pop(mention.name, None)
                self.latest[mention.name] = None

    def last_named(self, head: str | None = None) -> str | None:
        for name in reversed(self.latest):
            if head is None or head_of(name) == head:
                return name
        return None

    def mentions(self, text: str) -> list[Mention]:
        """Every body named in ``text``: full names, abbreviations and generic references
        (a generic mention's ``name`` is its head noun in lower case: "group", "meeting")."""
        text = readable_case(text)  # "PARTNERSHIP BOARD": capitals name bodies like any case
        found = [Mention(self.full_name(name), m.start(), m.end())
                 for m in DECIDING_NAME_RE.finditer(text) if _names_a_body(name := clean_name(m.group()))]
        found += [Mention(m.group(), m.start(), m.end())
                  for m in GOVERNMENT_RE.finditer(text) if not _overlaps(m, found)]
        found += [Mention(m.group(1).lower(), m.start(), m.end(), generic=True)
                  for m in GENERIC_RE.finditer(text) if not _overlaps(m, found)]
        found += [Mention(self.full_name(m.group()), m.start(), m.end())
                  for m in ACRONYM_RE.finditer(text)
                  if not _overlaps(m, found) and _is_body(self.full_name(m.group()))]
        return sorted(found, key=lambda m: m.start)


# "Decisions Taken Under Delegated Authority": an item's title about a way of deciding, no body.
_DECIDING_WAY_RE = re.compile(r"\b(?:taken|made|under|delegated)\b", re.IGNORECASE)


def _names_a_body(name: str) -> bool:
    """A deciding name that is a body's own: not a bare head noun, a person's office, a topic or
    a way of deciding."""
    return not _is_generic(name) and not _ROLE_RE.match(name) and not _TOPIC_RE.match(name) \
        and not _initials_as_council(name) and not _DECIDING_WAY_RE.search(name)


def _initials_as_council(name: str) -> bool:
    """"PW, CC": people's initials in minutes, not "Peterborough CC" (a council's kind abbreviated
    after its place, which is a word)."""
    words = _words(name)
    return words[-1] in COUNCIL_ABBREVIATIONS and not any(re.fullmatch(r"[A-Z][a-z]{2,}", w) for w in words[:-1])


def _is_body(name: str) -> bool:
    """An abbreviation stands for a body only if its full name ends like one."""
    return name not in COUNCIL_ABBREVIATIONS and head_of(name) in {h.lower() for h in DECIDING_HEADS}


def _is_generic(name: str) -> bool:
    """A bare head noun ("Board") stands for a body named elsewhere; "Cabinet" is itself."""
    return len(_words(name)) == 1 and name.lower() not in STANDALONE


def _overlaps(match: re.Match[str], mentions: list[Mention]) -> bool:
    return any(m.start < match.end() and match.start() < m.end for m in mentions)
