"""Every record is checked against its paper: the quote on its page, the value in the quote."""
import pytest

from paper_miner.grounding import ground, ground_all, normalise, page_evidence, quote_match
from paper_miner.models import Block, Budget, Decision, Layout, Project, Row, Target

PAGES = [
    "Finance\n\nThe programme will cost £1.7m over three years, of which\n£423, 000 falls in year 1.",
    "Targets\n\nReduce sickness absence by 0.5 days from a baseline of 7.24 days by March 2011.\n"
    "Increase recycling to at least 50.25% (NI 192).\nThe Board approved the waste strategy.",
]
LAYOUT = Layout(fmt="pdf", page_texts=PAGES, blocks=[])


def grounded(record, layout=LAYOUT):
    return ground_all({"records": [record]}, layout)["records"][0]


@pytest.mark.parametrize("record, grounding", [
    pytest.param(Budget(label="programme", amount_gbp=1_700_000, page=1,
                        quote="The programme will cost £1.7m over three years, of which"), "exact",
                 id="quote on its page with its figure"),
    pytest.param(Budget(label="programme", amount_gbp=1_800_000, page=1,
                        quote="The programme will cost £1.7m over three years, of which"), "missing",
                 id="wrong figure though the quote is right"),
    pytest.param(Budget(label="x", amount_gbp=1_700_000, page=1,
                        quote="The scheme will cost £1.7m in 2012/13."), "missing",
                 id="quote not in the paper"),
    pytest.param(Decision(subject="waste strategy", action="approved", page=1,
                          quote="The Board approved the waste strategy."), "missing",
                 id="quote on the wrong page"),
    pytest.param(Budget(label="year 1", amount_gbp=423_000, page=1,
                        quote="£423, 000 falls in year 1. Targets Reduce sickness absence"), "exact",
                 id="quote running over the page break"),
    pytest.param(Budget(label="year 1", amount_gbp=423_000, page=1,
                        quote="£423, 000 falls in year 1."), "exact",
                 id="thousands printed with a stray space"),
])
def test_a_record_is_grounded_by_its_quote_page_and_figure(record, grounding):
    assert grounded(record).grounding == grounding


def test_a_reworded_quote_is_fuzzy_with_its_score():
    decision = Decision(subject="the waste strategy", action="approved", page=2,
                        quote="The Board approved the Waste Strategy 2010.")
    status, score = quote_match(decision.quote, page_evidence(LAYOUT), 2)
    assert status == "fuzzy" and 85 <= score < 100


@pytest.mark.parametrize("target, ok", [
    (Target(indicator="NI 192", measure="recycling", target=50.25, page=2,
            quote="Increase recycling to at least 50.25% (NI 192)."), True),
    (Target(indicator="NI 193", measure="recycling", target=50.25, page=2,
            quote="Increase recycling to at least 50.25% (NI 192)."), True),  # the figure still is
    (Target(indicator=None, measure="recycling", target=55.0, page=2,
            quote="Increase recycling to at least 50.25% (NI 192)."), False),
    # a target stated as a change from a baseline is derived from two printed figures
    (Target(measure="sickness absence", target=6.74, page=2,
            quote="Reduce sickness absence by 0.5 days from a baseline of 7.24 days by March 2011."), True),
])
def test_target_values_must_be_printed(target, ok):
    assert (grounded(target).grounding == "exact") is ok


def test_table_cells_ground_a_pdf_row_whose_cells_wrap():
    """pdfplumber's page text interleaves wrapped cells; the table's own cells do not."""
    page = "Carbon S7. Kettering Carbon Reward 37.5 20.0\nManagement Scheme"
    row = Row(cells=["Carbon Management", "S7. Kettering Carbon Reward Scheme", "37.5", "20.0"], page=1)
    layout = Layout(fmt="pdf", page_texts=[page], blocks=[
        Block(kind="table", page=1, text=" | ".join(row.cells), rows=[row]),
    ])
    project = Project(name="Kettering Carbon Reward Scheme", page=1, quote=" | ".join(row.cells))
    assert grounded(project, layout).grounding == "exact"
    assert page_evidence(layout)[0].startswith(normalise(page))


def test_project_needs_its_name_and_amount_in_the_quote():
    layout = Layout(fmt="txt", page_texts=["1\tJoint ICT Service\t20,000"], blocks=[])
    good = Project(name="Joint ICT Service", amount_gbp=20_000, page=1, quote="1 | Joint ICT Service | 20,000")
    wrong_amount = good.model_copy(update={"amount_gbp": 25_000})
    pages = page_evidence(layout)
    assert ground(good, pages).grounding == "exact"
    assert ground(wrong_amount, pages).grounding == "missing"


def test_quote_of_pieces_joined_by_an_ellipsis_needs_every_piece_on_the_page():
    pages = [normalise("Leisure Strategy. A long introduction follows. That Cabinet note the report.")]
    assert quote_match("Leisure Strategy … That Cabinet note the report.", pages, 1)[0] == "exact"
    assert quote_match("Leisure Strategy … The Board rejected every bid.", pages, 1)[0] == "missing"


def _paper_records(tmp_path, text: str):
    from paper_miner.pipeline import extract_paper

    paper = tmp_path / "paper.txt"
    paper.write_text(text, encoding="utf-8")
    return extract_paper(paper, "0" * 64)


PAGE_ONE = "Northgate Council\n\nCabinet is recommended to approve the Northgate play strategy.\n"
PAGE_TWO = "Budget\n\nThe play strategy has a budget of £250,000 in 2012/13.\n"


@pytest.mark.parametrize("mark", ["\f", "\nPage 1 of 2\n"])
def test_a_text_paper_with_page_marks_keeps_its_pages(tmp_path, mark):
    extraction = _paper_records(tmp_path, PAGE_ONE + mark + PAGE_TWO)
    assert extraction.layout.pages == 2
    assert [b.page for b in extraction.records["budgets"]] == [2]
    assert [d.page for d in extraction.records["decisions"]] == [1]


def test_a_text_paper_without_page_marks_has_no_page_numbers(tmp_path):
    extraction = _paper_records(tmp_path, PAGE_ONE + "\n" + PAGE_TWO)
    found = [r for records in extraction.records.values() for r in records]
    assert found and all(r.page is None for r in found)
    assert all(r.grounding == "exact" for r in found)  # still checked against the text
