"""Labels for money figures in running text: the noun phrase the figure belongs to.

"The Council faces a funding gap of £2.4m in 2011/12, rising to £3.1m in 2012/13" gives
"funding gap in 2011/12" and "funding gap in 2012/13": the subject and verb before the noun
("The Council faces a", "That Cabinet agrees to") and the auxiliaries after the figure ("have
already been") are dropped, and a figure with no noun of its own ("rising to £3.1m", "; £10,000
to Hilltop Scouts") borrows the noun of the figure before it.
"""
from __future__ import annotations

import re

_AUXILIARY = r"(?:has|have|had|will|would|shall|should|can|could|may|is|are|was|were|be|been|being" \
             r"|also|already|now|currently|still|further)"
_VERB = (r"(?:notes?|noted|agrees?|agreed|approves?|approved|faces?|faced|identifie[sd]|identify"
         r"|requires?|required|needs?|includes?|included|shows?|reports?|reported|recommends?"
         r"|awards?|awarded|allocates?|allocated|receives?|received|expects?|expected|proposes?"
         r"|proposed|plans?|planned|seeks?|asks?|asked|confirms?|confirmed|set|sets|sees?|leaves?"
         r"|leaving|delivers?|delivered|deliver|achieves?|achieved|realised|generates?|generated"
         r"|provides?|provided|estimates?|estimated|means|established|funds?|funded|forecasts?"
         r"|extend|build|replace|improve|create|develop|introduce|complete|refurbish|upgrade|install|cost)")
# "That Cabinet agrees to", "The Council faces a", "We have identified": who does what, not what.
_SUBJECT_VERB_RE = re.compile(
    rf"^(?P<subject>(?:(?:the|this|our|we|it|members|officers|[A-Z][\w'’-]*)\s+){{0,6}})"
    rf"(?:{_AUXILIARY}\s+)*{_VERB}(?:\s+to)?(?:\s+|$)", re.I)
# A passive verb before a figure follows what the figure is: "the minimum level of balances be
# set at", "the Housing Programme is approved at".
_PASSIVE_END_RE = re.compile(rf"\s+(?:{_AUXILIARY}\s+)+{_VERB}(?:\s+(?:at|as|to|by))?\s*$", re.I)
# "a plan set out in section 4 with a maximum rise in parking charges of": the figure is
# the maximum rise's, the noun after the last "with".
_WITH_RE = re.compile(r"\bwith\s+(?=(?:a|an|the)\s)", re.I)
# "£15.0m be approved as the net budget requirement": the words after "as" name the figure.
_NAMED_AS_RE = re.compile(rf"^(?:{_VERB})\s+as\s+(?:the\s+)?", re.I)
# "and that no maximum level be set": a new clause, about something else.
_NEXT_CLAUSE_RE = re.compile(r"\s*\b(?:and|but|or)\s+that\b", re.I)
# A figure's noun starts after the last "that"/"which": "established that total spending was".
_RELATIVE_RE = re.compile(r"^.*\b(?:that|which|who|whereby)\s+", re.I)
_DETERMINER_RE = re.compile(r"^(?:(?:the|a|an|its|their|our|this|that|these|those|some|another"
                            r"|a\s+further|an\s+additional|further|additional)(?:\s+|$))+", re.I)
_AUXILIARIES_RE = re.compile(rf"^(?:(?:{_AUXILIARY}|to\s+be)\s+)+", re.I)
_AUXILIARIES_END_RE = re.compile(rf"(?:^|\s+)(?:{_AUXILIARY}\s*)+$", re.I)
_LEADING_GLUE_RE = re.compile(r"^(?:(?:and|but|with|which|this|that|of|is|are|was|were|or|then)\s+)+",
                              re.I)
_TRAILING_GLUE_RE = re.compile(
    r"(?:\s+(?:of|is|are|was|were|be|would|will|for|at|to|by|approximately|about|around|some|"
    r"c|just|over|under|than|more|less|between|a|an|the|and|or|totalling|amounting|worth))+$", re.I)
# How often a figure recurs, said straight after it: the period, not what it is for.
_RATE_RE = re.compile(r"^(?:a\s+year|per\s+(?:annum|year)|p\.?\s?a\.?|each\s+year|annually|a\s+month"
                      r"|per\s+month)(?=\s|$)\s*", re.I)
# Words that say how a figure moves or sums, not what it is for: "rising to £3.1m", "totalling".
# A verb alone says the figure is a cost, not what it is for: "which is expected to cost".
_COST_VERB_RE = re.compile(r"^(?:cost|costs|costing|spend|spent|spending)$", re.I)
_TREND_RE = re.compile(r"^(?:(?:rising|falling|increasing|decreasing|reducing|growing|going|up|down"
                       r"|totall?ing|totals|totall?ed|amounting"
                       r"|and|or|then|with|plus|to|of)\s*)*$", re.I)

# A council tax charge per home, stated for the Band D property every council quotes ("the Band D
# charge goes from £61 to £64", "£71.15 for a Band D equivalent property"): a rate
# per home, not money the council spends or raises.
DWELLING_CHARGE_RE = re.compile(r"\bBand\s+D\b")


def is_glue(words: str) -> bool:
    """Words that only join or move figures ("and", "rising to"), naming nothing."""
    return bool(_TREND_RE.match(words))


def noun_head(before_clause: str) -> str:
    """The noun phrase the words before a figure end in ("The Council faces a funding gap of"
    -> "funding gap"); "" when they only say how the figure moves ("rising to")."""
    subject = _passive_subject(before_clause)
    if subject is not None:
        return subject
    head = _RELATIVE_RE.sub("", _LEADING_GLUE_RE.sub("", before_clause.strip() + " "))
    head = _WITH_RE.split(head)[-1]
    head = _TRAILING_GLUE_RE.sub("", " " + head).strip()
    verb = _SUBJECT_VERB_RE.match(head)
    if verb:  # what is done to the money, else (nothing after the verb) who does it
        head = head[verb.end():] or _AUXILIARIES_END_RE.sub("", verb.group("subject").strip())
    head = _DETERMINER_RE.sub("", _TRAILING_GLUE_RE.sub("", " " + head).strip())
    return "" if _TREND_RE.match(head) or _COST_VERB_RE.match(head) else head


def _passive_subject(before_clause: str) -> str | None:
    """What a passive verb before a figure says is set or approved ("That the minimum level of
    balances be set at" -> "minimum level of balances"); None when the words end in no such verb."""
    words = " " + before_clause.strip()
    passive = _PASSIVE_END_RE.search(words)
    if passive is None:
        return None
    subject = _RELATIVE_RE.sub("", _LEADING_GLUE_RE.sub("", words[:passive.start()].strip() + " "))
    return _DETERMINER_RE.sub("", subject.strip())


def tail_phrase(after_clause: str) -> str:
    """The words after a figure, less its rate ("a year"), auxiliaries and dangling joiners
    ("a year have already been identified through the restructure" -> "identified through the
    restructure"), the verb that names it ("be approved as the net budget requirement") and a
    clause of its own ("and that no maximum level be set")."""
    tail = _AUXILIARIES_RE.sub("", _RATE_RE.sub("", after_clause.strip()))
    tail = _NEXT_CLAUSE_RE.split(_NAMED_AS_RE.sub("", tail))[0]
    return _TRAILING_GLUE_RE.sub("", " " + tail).strip()


def figure_label(before_clause: str, after_clause: str, previous_head: str) -> tuple[str, str]:
    """(label, noun) for a figure; the noun is what a following noun-less figure borrows."""
    tail = tail_phrase(after_clause)
    if re.match(r"of\s", tail):  # "£46m of spending pressures": the figure is an amount of that
        tail = _DETERMINER_RE.sub("", tail[3:])
        return tail, tail
    head = noun_head(before_clause) or previous_head
    label = " ".join(part for part in (head, tail) if part)
    return label.strip(" ,;:-–"), head
