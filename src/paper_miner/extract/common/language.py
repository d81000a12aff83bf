"""The one spaCy pipeline every extractor shares: blank English with a sentencizer.

No model is downloaded; the rule ``Matcher``s of each record type run over its vocabulary.
Built once per process, since loading the English tokenizer rules costs a tenth of a second.

Text reaches spaCy only through :func:`sentencize` and :func:`token_docs`, which feed it
pieces of at most ``PIECE_CHARS`` characters: a paper of any length never meets
``nlp.max_length`` (a million characters), and memory stays that of one piece.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

PIECE_CHARS = 100_000  # a tenth of nlp.max_length; a block of prose is rarely a thousandth
# Where a piece may end, best first: a paragraph break, a line break, a sentence end, a space.
_CUTS = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"[.!?;:]\s"), re.compile(r"\s"))


@lru_cache(maxsize=1)
def english() -> Language:
    pipeline = spacy.blank("en")
    pipeline.add_pipe("sentencizer")
    return pipeline


def pieces(text: str, limit: int = PIECE_CHARS) -> Iterator[tuple[int, str]]:
    """``(offset, piece)``: ``text`` cut into pieces of at most ``limit`` characters, each
    ending at the last paragraph break, else line break, else sentence end, else space
    before the limit (mid-word only when there is none); short text is one piece.

    >>> list(pieces("One. Two. Three.", limit=10))
    [(0, 'One. Two. '), (10, 'Three.')]
    >>> list(pieces("short"))
    [(0, 'short')]
    """
    start = 0
    while len(text) - start > limit:
        end = _cut(text, start, start + limit)
        yield start, text[start:end]
        start = end
    yield start, text[start:]


def _cut(text: str, start: int, stop: int) -> int:
    """Where to end the piece ``text[start:stop]``: after its last, best break.

    >>> _cut("ab cd. ef gh", 0, 11)
    7
    """
    window = text[start:stop]
    for cut in _CUTS:
        ends = [m.end() for m in cut.finditer(window, len(window) // 2)]
        if ends:
            return start + ends[-1]
    return stop


def sentencize(text: str) -> Iterator[tuple[int, str]]:
    """``(offset, sentence)`` of each sentence the sentencizer finds in ``text``, piece by piece.

    >>> list(sentencize("The Board met. It agreed the plan."))
    [(0, 'The Board met.'), (15, 'It agreed the plan.')]
    """
    nlp = english()
    for offset, piece in pieces(text, PIECE_CHARS):
        for sent in nlp(piece).sents:
            yield offset + sent.start_char, sent.text


def token_docs(text: str) -> Iterator[tuple[int, Doc]]:
    """``(offset, doc)``: ``text`` tokenized (no pipeline components) piece by piece, for
    rule matchers; a token's place in ``text`` is ``offset + token.idx``.

    >>> [(offset, len(doc)) for offset, doc in token_docs("Cabinet agreed the plan")]
    [(0, 4)]
    """
    nlp = english()
    for offset, piece in pieces(text, PIECE_CHARS):
        yield offset, nlp.make_doc(piece)
