"""Running every extractor over a paper: what all record types share."""
import pytest

from paper_miner.extract.common.context import CONTEXT_HEADING_RE
from paper_miner.extract.document import describe
from paper_miner.extract.records import extract_records
from paper_miner.layout.arrange import arrange
from paper_miner.models import Document
from paper_miner.pipeline import read_paper

TREASURY_REPORT = """Westmere Borough Council

Treasury Management Mid-Year Review 2026-27

1. External context

CPI inflation hit its 2% target in June before rising to 2.4% in August.

The government plans to raise public spending by around £12bn a year.

2. Local context

The Council aims to raise the share of its investments held in sustainable funds to 30% by March 2028.

The Council's treasury budget for 2026/27 is £3,450,000.

3. Recommendation

Cabinet is asked to note the report.
"""


def records_of(path):
    layout = arrange(read_paper(path))
    document = Document(doc_id="x", file_name=path.name, path=str(path), fmt=layout.fmt, sha256="x",
                        pages=layout.pages, **describe(layout).model_dump())
    return extract_records(layout, document)


def test_a_section_on_the_economy_at_large_gives_none_of_the_councils_records(tmp_path):
    paper = tmp_path / "treasury.txt"
    paper.write_text(TREASURY_REPORT)
    found = records_of(paper)
    assert [t.target for t in found["targets"]] == [30]
    assert [b.amount_gbp for b in found["budgets"]] == [3_450_000]
    assert [d.action for d in found["decisions"]] == ["noted"]


@pytest.mark.parametrize(("heading", "outside"), [
    ("2. External context", True), ("Economic Background", True), ("The National Economic Context", True),
    ("Macroeconomic outlook", True), ("The UK economy", True),
    ("Local context", False), ("Economic Development", False), ("Economic Growth Strategy 2026-30", False),
])
def test_headings_on_the_economy_at_large(heading, outside):
    assert bool(CONTEXT_HEADING_RE.match(heading)) == outside
