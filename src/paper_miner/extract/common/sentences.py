"""Cutting text into sentences: the one place every extractor takes its sentences from.

Three cuts, deliberately different, side by side:

* :func:`sentence_spans`: spaCy's sentencizer (fed in bounded pieces by
  :func:`~paper_miner.extract.common.language.sentencize`), with each sentence's offset in the text
  (decisions quote from the offset onwards);
* :func:`sentences_keeping_labels`: the same cut, but a bracket printed after the full stop
  stays with the sentence before ("... cleanliness. (NI 195)"), since papers label targets so;
* :func:`split_at_full_stops`: a plain-regex cut that knows common abbreviations ("c. £2m",
  "approx.") and needs no spaCy, for the money extractors, which read every paragraph.
"""
from __future__ import annotations

import re

from paper_miner.extract.common.language import sentencize

_ABBREVIATIONS = ("c.", "approx.", "e.g.", "i.e.", "no.", "cllr.", "st.", "etc.", "ref.", "para.")
_SENTENCE_BREAK_RE = re.compile(r"(?<=[.!?])[\"'”’)]?\s+(?=[A-Z£(\"“‘'0-9])")


# "proposed by Cllr. W. Marsh": a person's title or initial ends no sentence.
_NAME_PART_END_RE = re.compile(r"(?:\b(?i:cllrs?|mrs?|ms|dr|prof)|(?<![\w.])[A-Z])\.\s*$")


# "DECISION 1. Note the record", "RESOLVED: 2. That ...": the number of the item that follows,
# after a label in capitals or a colon, ends no sentence.
_ITEM_NUMBER_END_RE = re.compile(r"(?:\b[A-Z]{4,}|:)\s+\(?\d{1,2}[.)]\s*$")


def sentence_spans(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) pairs: ``"A was noted. B was agreed."`` -> ``[(0, "A was noted."), (13, ...)]``;
    ``"Proposed by Cllr. W. Marsh and agreed."`` and ``"DECISION 1. Note the record."`` stay one sentence."""
    spans: list[tuple[int, str]] = []
    for offset, sentence in sentencize(text):
        if spans and (_NAME_PART_END_RE.search(spans[-1][1]) or _ITEM_NUMBER_END_RE.search(spans[-1][1])):
            start = spans[-1][0]
            spans[-1] = (start, text[start:offset + len(sentence)])
        elif sentence.strip():
            spans.append((offset, sentence))
    return spans


def sentences_keeping_labels(text: str) -> list[str]:
    """Sentences of ``text``; a bracket after the full stop ("... operations. (NI 195)")
    stays with the sentence before, since papers often print the indicator there."""
    pieces = [sentence.strip() for _, sentence in sentencize(text)]
    for i in range(len(pieces) - 1):  # the tokenizer leaves "(" on the sentence before
        if pieces[i].endswith("("):
            pieces[i], pieces[i + 1] = pieces[i][:-1].rstrip(), "(" + pieces[i + 1]
    out: list[str] = []
    for piece in pieces:
        if out and piece.startswith("(") and ")" in piece:
            bracket, piece = piece.split(")", 1)
            out[-1] = f"{out[-1]} {bracket})"
            piece = piece.strip()
        if out and (_closes_outer_bracket(piece) or not any(c.isalpha() for c in piece)):
            out[-1] = f"{out[-1]} {piece}".strip()
        elif piece:
            out.append(piece)
    return out


def _closes_outer_bracket(piece: str) -> bool:
    """"NI 194 – target to be confirmed)": the bracket was opened in the sentence before."""
    close, open_ = piece.find(")"), piece.find("(")
    return close != -1 and (open_ == -1 or close < open_)


def split_at_full_stops(text: str) -> list[str]:
    """Sentences of a paragraph; a full stop after a common abbreviation does not end one:
    ``"Costs are c. £2m. Approved."`` -> ``["Costs are c. £2m.", "Approved."]``."""
    sentences, start = [], 0
    for match in _SENTENCE_BREAK_RE.finditer(text):
        before = text[start:match.start()].rstrip("\"'”’)")
        if before.lower().endswith(_ABBREVIATIONS):
            continue
        sentences.append(text[start:match.start()].strip())
        start = match.end()
    sentences.append(text[start:].strip())
    return [s for s in sentences if s]


MIN_CAPS_LETTERS = 20  # "NHS JSNA" is acronyms; a sentence set in capitals is longer


def sentence_case(text: str) -> str:
    """A sentence set in capitals ("WE WILL KEEP THE SHARE OF DECISIONS OVERTURNED BELOW 5%.") in
    sentence case, as running text prints it; any other text as it is."""
    letters = re.sub(r"[^A-Za-z]", "", text)
    if len(letters) < MIN_CAPS_LETTERS or not letters.isupper():
        return text
    return text[:1] + text[1:].lower()
