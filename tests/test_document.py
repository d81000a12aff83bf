"""Document metadata on fixture papers of our own and on hand-built layouts."""
import json
from pathlib import Path

import pytest

from paper_miner.extract.document import describe
from paper_miner.layout import arrange
from paper_miner.models import Block, Layout
from paper_miner.readers import read_paper

PAPERS = Path(__file__).parent / "fixtures" / "decisions"
EXPECTED = json.loads((Path(__file__).parent / "fixtures" / "documents" / "expected.json").read_text())


@pytest.mark.parametrize("stem", sorted(EXPECTED))
def test_fixture_metadata(stem):
    got = describe(arrange(read_paper(PAPERS / f"{stem}.txt")))
    for field, value in EXPECTED[stem].items():
        assert got[field] == value, field


def heading(text):
    return Block(kind="heading", page=1, text=text, level=1)


def paragraph(text):
    return Block(kind="paragraph", page=1, text=text)


def test_title_prefers_a_heading_that_says_what_the_paper_is():
    layout = Layout(fmt="txt", page_texts=[""], blocks=[
        heading("APPENDIX 1"), heading("Building a Better Borough"),
        heading("Corporate Plan 2010 to 2013"), paragraph("MTP Draft 3 14-01-10 Cabinet.doc"),
    ])
    got = describe(layout)
    assert got["title"] == "Corporate Plan 2010 to 2013"
    assert got["doc_type"] == "plan"
    assert got["date"] == "2010-01-14"
    assert got["body"] == "Cabinet"


def test_partnership_board_paper_is_issued_by_the_partnership():
    layout = Layout(fmt="txt", page_texts=[""], blocks=[
        paragraph("SOUTHSHIRE SAFER COMMUNITIES PARTNERSHIP BOARD MEETING: 4th May 2010"),
        heading("Report of the Manager"), heading("Annual Progress Report"),
        paragraph("This report sets out the progress made by the partnership over the year, "
                  "including the work of Ashby Borough Council and Ashby Borough Council partners."),
    ])
    got = describe(layout)
    assert got["authority"] == "Southshire Safer Communities Partnership"
    assert got["body"] == "Southshire Safer Communities Partnership Board"
    assert got["title"] == "Annual Progress Report"
