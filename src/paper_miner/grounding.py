"""Can this number be trusted? Verify each record against the paper it came from.

Two checks per record: its ``quote`` must be found in the text of its page (``exact`` after
normalising spacing and markup, or ``fuzzy`` above a similarity threshold), and its key value
(amount, target or indicator, subject, name) must be printed inside that quote. A record that
fails either check is ``missing``: it is kept, but never shown as verified.
"""
from __future__ import annotations

import re

from rapidfuzz import fuzz

from paper_miner.extract.common.parse import find_indicators, find_money, parse_duration_seconds
from paper_miner.extract.common.vocabulary import CLAUSE_STOP_WORDS, NUMBER_WORDS
from paper_miner.models import Budget, Decision, Layout, Project, Record, Target

FUZZY_MIN = 85.0  # partial-ratio score (0-100) for a quote reworded by layout, e.g. a wrapped cell
SCALES = (1, 1_000, 1_000_000, 1_000_000_000)  # figures printed in £, £000, £m, £bn
STOP = CLAUSE_STOP_WORDS | {"from"}
_MARKUP = re.compile(r"<[^>]{1,40}>|[*_#|\t]")
_NUMBER = re.compile(r"\d{1,3}(?:,\s?\d{3}(?!\d))+(?:\.\d+)?|\d+(?:\.\d+)?")


def normalise(text: str) -> str:
    text = _MARKUP.sub(" ", text or "").lower().replace("’", "'")
    return " ".join(re.sub(r"[^\w£%.,'/-]+", " ", text).split())


def page_evidence(layout: Layout) -> list[str]:
    """Per page, normalised: its text, then each table row and cell read from it.

    A PDF page's text interleaves the lines of a table's columns, so a wrapped cell is never
    contiguous there; the cells the reader took from the same page are.
    """
    extra: list[list[str]] = [[] for _ in layout.page_texts]
    for block in layout.blocks:
        for row in block.rows:
            if 1 <= row.page <= len(extra):
                extra[row.page - 1].extend([" | ".join(row.cells), *row.cells])
    return [normalise("\n".join([text, *cells])) for text, cells in zip(layout.page_texts, extra)]


def quote_match(quote: str, pages: list[str], page: int | None) -> tuple[str, float]:
    """("exact" | "fuzzy" | "missing", score) of a quote against its page and the next one;
    ``pages`` are already normalised (see page_evidence). A quote of pieces joined by " … "
    (a heading and a sentence far below it) matches as well as its worst piece."""
    pieces = [piece for piece in quote.split(" … ") if piece.strip()]
    if len(pieces) > 1:
        return min((quote_match(piece, pages, page) for piece in pieces), key=lambda m: (m[0] != "missing", m[1]))
    wanted = normalise(quote)
    if not wanted or not page or not 1 <= page <= len(pages):
        return "missing", 0.0
    # a quote may run over the page break into the next page, but starts on its own page
    own = pages[page - 1]
    text = " ".join(pages[page - 1 : page + 1])
    if 0 <= text.find(wanted) <= len(own):
        return "exact", 100.0
    best = fuzz.partial_ratio_alignment(wanted, text)
    if best is None or best.dest_start > len(own):
        return "missing", 0.0
    return ("fuzzy" if best.score >= FUZZY_MIN else "missing"), round(best.score, 1)


def numbers_in(quote: str) -> list[float]:
    values = [float(re.sub(r"[,\s]", "", n)) for n in _NUMBER.findall(quote)]
    spelled = [float(NUMBER_WORDS[w]) for w in words(quote) if w in NUMBER_WORDS]
    return values + spelled + [float(m.amount) for m in find_money(quote)]


def amount_printed(amount: float, quote: str) -> bool:
    """The figure, as printed at any of the usual scales (52.5 under £000 is 52,500)."""
    return any(abs(n * scale - amount) <= max(1.0, amount * 1e-6) for n in numbers_in(quote) for scale in SCALES)


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9£%]+", normalise(text))


def words_printed(phrase: str, quote: str, share: float) -> bool:
    wanted = {w for w in words(phrase) if w not in STOP}
    have = set(words(quote))
    return bool(wanted) and len(wanted & have) / len(wanted) >= share


def target_printed(target: Target) -> bool:
    quote = target.quote
    if target.indicator and target.indicator in {code for code, _, _ in find_indicators(quote)}:
        return True
    if target.target is None:
        return words_printed(target.measure, quote, 0.5)
    if amount_printed(target.target, quote) or parse_duration_seconds(quote) == target.target:
        return True
    # a target stated as a change ("reduce by 0.5 days from 7.24") is derived from two figures
    values = numbers_in(quote)
    return any(abs(a - b - target.target) < 1e-6 or abs(a + b - target.target) < 1e-6 for a in values for b in values)


def value_printed(record: Record) -> bool:
    if isinstance(record, Budget):
        return amount_printed(record.amount_gbp, record.quote)
    if isinstance(record, Project):
        named = words_printed(record.name, record.quote, 0.8)
        return named and (record.amount_gbp is None or amount_printed(record.amount_gbp, record.quote))
    if isinstance(record, Target):
        return target_printed(record)
    if isinstance(record, Decision):
        return words_printed(record.subject, record.quote, 0.6)
    return True


def ground(record: Record, pages: list[str]) -> Record:
    status, score = quote_match(record.quote, pages, record.page)
    if status != "missing" and not value_printed(record):
        status = "missing"
    return record.model_copy(update={"grounding": status, "grounding_score": score})


def ground_all(records: dict[str, list[Record]], layout: Layout) -> dict[str, list[Record]]:
    """Check every record against its page; a paper without page marks keeps no page number."""
    pages = page_evidence(layout)
    grounded = {table: [ground(r, pages) for r in found] for table, found in records.items()}
    if layout.paged:
        return grounded
    return {table: [r.model_copy(update={"page": None}) for r in found] for table, found in grounded.items()}
