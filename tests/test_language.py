"""Text reaches spaCy in bounded pieces: no paper is too long for ``nlp.max_length``."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from paper_miner import pipeline
from paper_miner.extract.common import language
from paper_miner.extract.common.language import pieces, sentencize
from paper_miner.extract.common.sentences import sentence_case


@settings(max_examples=50, deadline=None)
@given(text=st.text(alphabet=st.sampled_from("ab .\n"), max_size=300), limit=st.integers(1, 40))
def test_pieces_cover_the_text_within_the_limit(text, limit):
    cut = list(pieces(text, limit))
    assert "".join(piece for _, piece in cut) == text
    assert all(len(piece) <= limit for _, piece in cut)
    assert all(text[offset:offset + len(piece)] == piece for offset, piece in cut)


def test_sentence_offsets_point_into_the_text(monkeypatch):
    monkeypatch.setattr(language, "PIECE_CHARS", 50)
    text = "The Board met on Monday. " * 10 + "It agreed the plan.\n\nThen it closed."
    spans = list(sentencize(text))
    assert all(text[offset:offset + len(sentence)] == sentence for offset, sentence in spans)
    assert [s.strip() for _, s in spans][-2:] == ["It agreed the plan.", "Then it closed."]


def test_a_line_longer_than_spacy_takes_gives_the_records_it_would_in_one_piece(tmp_path, monkeypatch):
    """The issue's 5.6-million-character line, scaled down with spaCy's limit: 40,000
    characters against a max_length of 5,000, cut into pieces of 2,000."""
    line = tmp_path / "one_line.txt"
    line.write_text("Cabinet noted the report on £5,000 of spending. The target is 95% by 2012. " * 530)
    whole = pipeline.extract_paper(line, "0" * 64).records
    monkeypatch.setattr(language.english(), "max_length", 5_000)
    monkeypatch.setattr(language, "PIECE_CHARS", 2_000)
    cut = pipeline.extract_paper(line, "0" * 64).records
    assert cut == whole
    assert sum(map(len, cut.values())) > 0


@pytest.mark.parametrize("text, expected", [
    ("WE WILL HOLD THE SHARE OF LATE PLANNING DECISIONS UNDER 10%.", "We will hold the share of late planning decisions under 10%."),
    ("NHS JSNA refresh", "NHS JSNA refresh"),  # acronyms, not a sentence in capitals
    ("Our aim is to HALVE waiting times.", "Our aim is to HALVE waiting times.")])
def test_a_sentence_set_in_capitals_is_read_in_sentence_case(text, expected):
    assert sentence_case(text) == expected
