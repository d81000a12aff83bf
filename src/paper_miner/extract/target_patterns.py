"""spaCy patterns for target statements: sentences, the direction of change, commitment cues.

A blank English pipeline with a sentencizer and a rule ``Matcher``; no model is downloaded.
The pipeline is built once per process (papers are many) and only sees statements that
already carry a figure, an indicator code or a commitment word.
"""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.matcher import Matcher

_INCREASE = ["increase", "increases", "increased", "increasing", "improve", "improves",
             "improved", "improving", "improvement", "raise", "raised", "raising", "higher",
             "maximise", "maximize", "grow", "boost", "rise"]
_DECREASE = ["reduce", "reduces", "reduced", "reducing", "reduction", "decrease", "decreased",
             "decreasing", "narrow", "narrowed", "narrowing", "restrict", "restricting",
             "minimise", "minimize", "minimising", "lower", "lowering", "fewer", "cut", "cutting",
             "halve", "halving"]
_MAINTAIN = ["maintain", "maintaining", "sustain", "sustaining"]
_GERUNDS = {"increasing": "increase", "improving": "increase", "raising": "increase",
            "reducing": "decrease", "decreasing": "decrease", "narrowing": "decrease",
            "minimising": "decrease", "lowering": "decrease", "cutting": "decrease",
            "halving": "decrease", "maintaining": "maintain", "sustaining": "maintain"}
# Words that make a statement a commitment rather than a report of the past.
_COMMIT = ["will", "aim", "aims", "aiming", "target", "targets", "ensure", "achieve", "meet",
           "deliver", "increase", "reduce", "improve", "narrow", "restrict", "minimise",
           "maximise", "maintain", "halve", "raise", "lower", "sustain", "seek", "commit",
           "committed", "intend", "plan"]


@lru_cache(maxsize=1)
def nlp() -> Language:
    pipeline = spacy.blank("en")
    pipeline.add_pipe("sentencizer")
    return pipeline


@lru_cache(maxsize=1)
def matcher() -> Matcher:
    found = Matcher(nlp().vocab)
    found.add("increase", [[{"LOWER": {"IN": _INCREASE}}]])
    found.add("decrease", [[{"LOWER": {"IN": _DECREASE}}]])
    found.add("maintain", [[{"LOWER": {"IN": _MAINTAIN}}]])
    # "Improve air quality by reducing emissions": the means names what is measured.
    found.add("by_means", [[{"LOWER": "by"}, {"LOWER": {"IN": list(_GERUNDS)}}]])
    found.add("commit", [[{"LOWER": {"IN": _COMMIT}}]])
    return found


def sentences(text: str) -> list[str]:
    """Sentences of ``text``; a sentence that is only a bracket ("(NI 195)") stays with the
    one before, since papers often print the indicator after the full stop."""
    out: list[str] = []
    for sent in nlp()(text).sents:
        piece = sent.text.strip()
        if out and (piece.startswith("(") or not any(c.isalpha() for c in piece)):
            out[-1] = f"{out[-1]} {piece}"
        elif piece:
            out.append(piece)
    return out


def _matches(text: str) -> list[tuple[str, int, str]]:
    doc = nlp().make_doc(text)
    strings = doc.vocab.strings
    return [(strings[key], start, doc[start:end].text.lower()) for key, start, end in matcher()(doc)]


def direction(text: str) -> str | None:
    """The change a statement commits to, or None when no change word is used.

    The means ("by reducing ...") wins; otherwise the first change word. A leading "More"
    ("More integrated services ...") counts, a "more" inside a phrase ("5 or more") does not.
    """
    if text.lower().startswith("more "):
        return "increase"
    found = _matches(text)
    for label, _, words in found:
        if label == "by_means":
            return _GERUNDS[words.split()[-1]]
    for label, _, _ in sorted(found, key=lambda m: m[1]):
        if label in ("increase", "decrease", "maintain"):
            return label
    return None


def has_commitment(text: str) -> bool:
    """Whether the statement uses a commitment word (a plan, aim, target or change verb)."""
    return any(label == "commit" for label, _, _ in _matches(text))
