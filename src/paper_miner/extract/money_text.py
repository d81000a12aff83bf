"""Money figures in running text, each with what it is for, its period and its kind.

The words nearest a figure decide: the phrase straight after it ("£46m of spending pressures",
"£2m from increased charges"), else the words before it back to the previous figure ("the total
cost ... is £612,400"), else the figure before it in the same sentence ("£108M over three years,
which is £36M a year"), else a money-free sentence around it ("central government has allocated
resources. For the partnership this is approximately £1.1M per annum").
"""
from __future__ import annotations

import re

from pydantic import BaseModel

from ..models import Budget, BudgetKind
from .money_labels import figure_label
from .parse import find_money, parse_period

# Strongest first: "the total cost" is a total, "savings ... to fund pressures" a saving.
KIND_CUES: list[tuple[BudgetKind, re.Pattern[str]]] = [(kind, re.compile(pattern, re.I)) for kind, pattern in [
    ("total", r"\btotal\w*|\baltogether\b|\boverall\b"),
    ("target", r"\btargets?\b"),
    # Monitoring words: an over- or underspend is neither a saving nor a pressure yet.
    ("other", r"\bslippage\b|\b(?:under|over)spen[dt]\w*|\bvariances?\b|\boutturn\b|\bforecast\b"
              r"|\bcarr(?:y|ied)[\s-]forward\b"),
    ("saving", r"\bsavings?\b|\bsaved?\b|\breductions?\b|\bcuts\b"),
    ("pressure", r"\bpressures?\b|\bshortfall\b|\bdeficit\b|\bfunding gap\b|\bgap\b"),
    ("income", r"\bincome\b|\bcharges\b|\bfees\b|\breceipts?\b|\bcontributions?\b"),
    ("cost", r"\bcost(?:s|ing)?\b|\bspend(?:ing)?\b|\bexpenditure\b"),
    ("allocation", r"\bgrants?\b|\ballocat\w*|\bfunding\b|\bfunds?\b|\bbudgets?\b|\bcontingency\b"
                   r"|\breserves?\b|\bresources\b|\bleav(?:e|es|ing)\b|\bremain\w*|\bavailable\b"),
]]
_CLAUSE_END_RE = re.compile(r"[.;:()\[\]]|,\s|\s[-–]\s")
_ABBREVIATIONS = ("c.", "approx.", "e.g.", "i.e.", "no.", "cllr.", "st.", "etc.", "ref.", "para.")
_SENTENCE_BREAK_RE = re.compile(r"(?<=[.!?])[\"'”’)]?\s+(?=[A-Z£(\"“‘'0-9])")
_AFTER_WORDS = 12
_LEADS_TO_FIGURE_RE = re.compile(r"\b(?:of|at|is|was|were|are|be|by|totalling|worth|costing)\s*$", re.I)
_JOINER_RE = re.compile(r"\s(?:and|or|but|plus|while|whilst|with)\s", re.I)


class MoneyMention(BaseModel):
    amount: int
    raw: str
    label: str
    period: str | None
    kind: BudgetKind
    sentence: str
    approximate: bool


def split_sentences(text: str) -> list[str]:
    """Sentences of a paragraph; a full stop after a common abbreviation does not end one."""
    sentences, start = [], 0
    for match in _SENTENCE_BREAK_RE.finditer(text):
        before = text[start:match.start()].rstrip("\"'”’)")
        if before.lower().endswith(_ABBREVIATIONS):
            continue
        sentences.append(text[start:match.start()].strip())
        start = match.end()
    sentences.append(text[start:].strip())
    return [s for s in sentences if s]


def kind_of(text: str) -> BudgetKind | None:
    """The strongest kind any cue word in ``text`` names."""
    for kind, cue in KIND_CUES:
        if cue.search(text):
            return kind
    return None


def _after_clause(sentence: str, end: int, next_start: int) -> tuple[str, int]:
    """The words straight after a figure, up to the clause's end or the next figure, and
    where that clause stops (what follows is the next figure's to claim)."""
    rest = sentence[end:next_start]
    stop = _CLAUSE_END_RE.search(rest)
    rest = rest[:stop.start()] if stop else rest
    if next_start < len(sentence) and _LEADS_TO_FIGURE_RE.search(rest):
        # "£640,000 and a fee of £20,000": "a fee of" introduces the next figure.
        rest = rest[:max((m.start() for m in _JOINER_RE.finditer(rest)), default=0)]
    return " ".join(rest.split()[:_AFTER_WORDS]), end + len(rest)


def _before_clause(before: str) -> str:
    """The words before a figure back to the start of their clause."""
    parts = _CLAUSE_END_RE.split(before.rstrip(" (,"))
    return parts[-1].strip() if parts else ""


def read_money_text(text: str, default_kind: BudgetKind | None = None) -> list[MoneyMention]:
    """Every £ figure in a paragraph, read against its sentence and its neighbours."""
    sentences = split_sentences(text)
    money_free = [s for s in sentences if not find_money(s)]
    block_period = next((p for p in map(parse_period, money_free) if p), None)
    mentions: list[MoneyMention] = []
    for index, sentence in enumerate(sentences):
        previous = sentences[index - 1] if index and not find_money(sentences[index - 1]) else ""
        mentions += _read_sentence(sentence, previous, block_period, default_kind)
    return mentions


def _read_sentence(sentence: str, previous: str, block_period: str | None,
                   default_kind: BudgetKind | None) -> list[MoneyMention]:
    figures = find_money(sentence)
    mentions: list[MoneyMention] = []
    claimed, noun = 0, ""  # sentence text the previous figure's label used; its noun
    for i, money in enumerate(figures):
        prev_end = figures[i - 1].end if i else 0
        next_start = figures[i + 1].start if i + 1 < len(figures) else len(sentence)
        after, after_end = _after_clause(sentence, money.end, next_start)
        before = sentence[prev_end:money.start]
        label, noun = figure_label(_before_clause(sentence[max(claimed, prev_end):money.start]),
                                   after, noun)
        claimed = after_end
        kind = (default_kind or kind_of(after) or kind_of(before)
                or (mentions[-1].kind if mentions else None) or kind_of(sentence)
                or kind_of(previous) or "other")
        period = (parse_period(sentence[money.end:next_start]) or parse_period(before)
                  or parse_period(sentence) or block_period)
        mentions.append(MoneyMention(
            amount=money.amount, raw=money.raw, label=label or money.raw,
            period=period, kind=kind, sentence=sentence, approximate=money.approximate,
        ))
    return mentions


def text_budgets(text: str, page: int, owner: str | None,
                 default_kind: BudgetKind | None = None) -> list[Budget]:
    """Each figure of a paragraph (or table cell) as a budget quoting its sentence."""
    return [Budget(label=m.label, amount_gbp=m.amount, period=m.period, kind=m.kind, owner=owner,
                   page=page, quote=m.sentence)
            for m in read_money_text(text, default_kind)]
