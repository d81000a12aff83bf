"""The one spaCy pipeline every extractor shares: blank English with a sentencizer.

No model is downloaded; the rule ``Matcher``s of each record type run over its vocabulary.
Built once per process, since loading the English tokenizer rules costs a tenth of a second.
"""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language


@lru_cache(maxsize=1)
def english() -> Language:
    pipeline = spacy.blank("en")
    pipeline.add_pipe("sentencizer")
    return pipeline
