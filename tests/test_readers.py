"""Readers: plain text and PDF papers into the same kinds of blocks, and bad input refused."""
from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from paper_miner.errors import UnreadablePaper
from paper_miner.pipeline import read_paper
from paper_miner.readers.cell_lines import cell_line_rows
from paper_miner.readers.grid_lines import grid_line_rows
from paper_miner.readers.run_on import cut_run_on
from paper_miner.readers.text import decode
from paper_miner.readers.text_layout import looks_fixed_width

FIXTURES = Path(__file__).parent / "fixtures" / "layout"
CORPUS = Path(__file__).parents[1] / "corpus"
reportlab = pytest.importorskip("reportlab")
from reportlab.lib.pdfencrypt import StandardEncryption  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

A4 = (595.0, 842.0)


# --- plain text ----------------------------------------------------------------------------

def test_text_report_blocks():
    layout = read_paper(FIXTURES / "report.txt")
    assert layout.fmt == "txt" and layout.pages == 3
    blocks = layout.blocks
    assert blocks[0].kind == "heading" and blocks[0].text == "BOROUGH COUNCIL CABINET REPORT"
    purpose = next(b for b in blocks if b.text == "PURPOSE")
    assert (purpose.kind, purpose.marker, purpose.level) == ("heading", "1", 1)
    item = next(b for b in blocks if b.marker == "2.1")
    assert item.kind == "list_item" and item.section == ["PROPOSALS"]
    nested = [b for b in blocks if b.kind == "list_item" and b.level == 2]
    assert [b.text for b in nested] == ["improve the depot", "renew the fleet"]


def test_text_table_split_by_form_feed_is_one_table():
    tables = [b for b in read_paper(FIXTURES / "report.txt").blocks if b.kind == "table"]
    assert len(tables) == 1
    rows = tables[0].rows
    assert [r.cells for r in rows] == [
        ["Scheme", "Lead", "Cost"], ["Depot roof", "Estates", "£120,000"],
        ["Fleet renewal", "Transport", "£300,000"], ["Parks lighting", "Estates", "£45,000"],
        ["Total", "", "£465,000"],
    ]
    assert [r.page for r in rows] == [1, 1, 1, 2, 2]
    assert tables[0].text.splitlines()[1] == "Depot roof | Estates | £120,000"


def test_text_paragraph_across_form_feed_and_subheads():
    blocks = read_paper(FIXTURES / "report.txt").blocks
    para = next(b for b in blocks if b.text.startswith("The programme will be reviewed"))
    assert para.text.endswith("any changes will be reported to the next meeting.") and para.page == 2
    risks = next(b for b in blocks if b.text == "Risks")
    assert risks.kind == "heading" and risks.level == 2  # nests under the numbered section
    after = next(b for b in blocks if b.text.startswith("Delivery depends"))
    assert after.section == ["PROPOSALS", "Risks"]
    recs = next(b for b in blocks if b.text == "RECOMMENDATIONS")
    assert (recs.kind, recs.marker, recs.level) == ("heading", "3", 1)
    assert [(b.marker, b.text) for b in blocks if b.section == ["RECOMMENDATIONS"]] == [
        ("(a)", "approve the programme;"), ("(b)", "note the risks.")]


def test_pipe_table_cells_and_inline_markdown():
    layout = read_paper(FIXTURES / "pipe.md")
    table = next(b for b in layout.blocks if b.kind == "table")
    assert [r.cells for r in table.rows] == [
        ["1", "Depot roof", "£120,000"],
        ["", "Replace the roof.\nWorks in spring.", ""],
        ["2", "Fleet\nrenewal", "• Vans\n• Gritters"],
    ]
    assert layout.blocks[-1].text == "See the plan for details."


def test_emphasis_as_pdf_to_markdown_converters_write_it_is_no_bullet(tmp_path):
    paper = tmp_path / "converted.md"
    paper.write_text("**Westvale Housing Plan 2024-27 \\(V2.0\\) **\n\n****\n\n"
                     "We are pleased to share the plan with you. It sets out our aims and \n\n"
                     "****objectives for the next three years. \n\n**** **1. Where are we now? **\n")
    blocks = read_paper(paper).blocks
    assert [(b.kind, b.marker, b.text) for b in blocks] == [
        ("heading", None, "Westvale Housing Plan 2024-27 (V2.0)"),
        ("paragraph", None, "We are pleased to share the plan with you. It sets out our aims and objectives for the next three years."),
        ("list_item", "1.", "Where are we now?"),
    ]


def test_emphasis_closed_after_a_space_still_parts_the_words_around_it(tmp_path):
    paper = tmp_path / "converted.md"
    paper.write_text("• **widen access to dental care, **offering 5,000 more appointments a year\n")
    assert [b.text for b in read_paper(paper).blocks] == [
        "widen access to dental care, offering 5,000 more appointments a year"]


def test_line_breaks_copied_from_a_page_source_are_no_text(tmp_path):
    paper = tmp_path / "copied.txt"
    paper.write_text("Agreed the walking routes for<br />\n2026 and the <strong>Trust</strong> signage<br/>plan.<br />\n")
    assert [b.text for b in read_paper(paper).blocks] == ["Agreed the walking routes for 2026 and the Trust signage plan."]


def _as_expected(block) -> dict:
    out = {"kind": block.kind, "page": block.page, "marker": block.marker, "section": block.section}
    if block.kind == "table":
        return {**out, "rows": [[r.page, *r.cells] for r in block.rows]}
    return {**out, "text": block.text}


def test_committee_report_matches_expected_blocks():
    """Numbered titles run straight into their paragraphs, sentences cut by blank lines
    before capitals, a hard-wrapped line ending on "the", a table row cut by a page break."""
    layout = read_paper(FIXTURES / "committee_report.txt")
    expected = json.loads((FIXTURES / "committee_report.json").read_text(encoding="utf-8"))
    assert layout.pages == expected["pages"]
    assert [_as_expected(b) for b in layout.blocks] == expected["blocks"]


def test_numbered_title_followed_by_short_line_stays_apart(tmp_path):
    path = tmp_path / "p.txt"
    path.write_text("3. Finance\n3.1 There is no cost.\n4. Recommendations\n"
                    "The Board is asked to note this.\n", encoding="utf-8")
    blocks = read_paper(path).blocks
    assert [(b.kind, b.marker, b.text) for b in blocks[2:]] == [
        ("heading", "4.", "Recommendations"), ("paragraph", None, "The Board is asked to note this.")]
    assert blocks[3].section == ["Recommendations"]


def test_bare_label_line_stands_apart_from_the_title_above(tmp_path):
    path = tmp_path / "p.txt"
    path.write_text("Play Area Refurbishment\nMinutes:\nThe Panel considered the quotes.\n"
                    "Reasons for the decision:\nThe equipment is worn.\n", encoding="utf-8")
    assert [b.text for b in read_paper(path).blocks] == [
        "Play Area Refurbishment", "Minutes:", "The Panel considered the quotes.",
        "Reasons for the decision:", "The equipment is worn."]


@pytest.mark.parametrize("text, blocks", [
    pytest.param("It was moved by Councillor Ede, seconded by Councillor Fox, and\n"
                 "  1. The revised fees be approved.\n  2. The report be noted.\n",
                 [("paragraph", "It was moved by Councillor Ede, seconded by Councillor Fox, and"),
                  ("list_item", "The revised fees be approved."), ("list_item", "The report be noted.")],
                 id="numbered item after a line stopping mid-sentence"),
    pytest.param("RESOLVED – that Cabinet\na)    Approves the play strategy.\nb)    Notes the risks.\n",
                 [("paragraph", "RESOLVED – that Cabinet"), ("list_item", "Approves the play strategy."),
                  ("list_item", "Notes the risks.")],
                 id="lettered item after a lead-in stopping mid-sentence"),
    pytest.param("Mrs B Dean (Clerk)\nF24/006 REVIEW OF RESERVES\nThe reserves were noted.\n",
                 [("paragraph", "Mrs B Dean (Clerk)"), ("heading", "F24/006 REVIEW OF RESERVES"),
                  ("paragraph", "The reserves were noted.")],
                 id="minute reference and title in capitals"),
    pytest.param("Enquiries answered in full\nTarget is 85%\n88%\n",
                 [("paragraph", "Enquiries answered in full"), ("paragraph", "Target is 85%"), ("paragraph", "88%")],
                 id="target line between its indicator and its figure"),
    pytest.param("Tenancies sustained\nTarget 2025/26: 90% Q2: 86.5%\nVoids relet\n",
                 [("paragraph", "Tenancies sustained"), ("paragraph", "Target 2025/26: 90% Q2: 86.5%"),
                  ("paragraph", "Voids relet")],
                 id="target line for a year under its indicator"),
    pytest.param("Homes completed\n126\nTarget: 150\n",
                 [("paragraph", "Homes completed"), ("paragraph", "126"), ("paragraph", "Target: 150")],
                 id="a figure alone under its indicator's name"),
    pytest.param("4\nWESTVALE COUNCIL\n",
                 [("paragraph", "4"), ("paragraph", "WESTVALE COUNCIL")],
                 id="a page's number over its heading"),
    pytest.param("Bins missed 0.4% 0.3%\nFly-tips cleared 96% 98% ↑ G\nCrews on time\n",
                 [("paragraph", "Bins missed 0.4% 0.3%"), ("paragraph", "Fly-tips cleared 96% 98% ↑ G"),
                  ("paragraph", "Crews on time")],
                 id="rows of figures flattened onto their lines"),
    pytest.param("Repairs done within the agreed timescale 93% 95% Amber\nGas safety checks completed in year 100% 99.8% Red\n",
                 [("paragraph", "Repairs done within the agreed timescale 93% 95% Amber"),
                  ("paragraph", "Gas safety checks completed in year 100% 99.8% Red")],
                 id="long rows of figures, each ending on a status word"),
    pytest.param("Town Hall\nLondon Road\nDear Councillor Pike,\nPlay area funding\n",
                 [("paragraph", "Town Hall London Road"), ("paragraph", "Dear Councillor Pike,"),
                  ("paragraph", "Play area funding")],
                 id="a letter's salutation between its address and its subject"),
    pytest.param("• to approve the plan; and\n• to note the risks.\n",
                 [("list_item", "to approve the plan; and"), ("list_item", "to note the risks.")],
                 id="a bullet glyph after a line ending on 'and'"),
    pytest.param("the return was submitted to the Department on 31\nOctober 2024 as required.\n",
                 [("paragraph", "the return was submitted to the Department on 31 October 2024 as required.")],
                 id="a date wrapped between its day and its month"),
    pytest.param("The Board decided:\n1.\nto note the risk register; and\n2.\nto approve the audit plan from 3 March\n"
                 "2025 to 31 May 2025.\n",
                 [("paragraph", "The Board decided:"), ("list_item", "to note the risk register; and"),
                  ("list_item", "to approve the audit plan from 3 March 2025 to 31 May 2025.")],
                 id="an item's number alone over its text, a date wrapped between its month and year"),
    pytest.param("Missed bins put right next day\nTarget\n95%\nActual\n91.2%\n▼\nStatus\nAmber\nFly-tips\n",
                 [("paragraph", "Missed bins put right next day"),
                  ("paragraph", "Target: 95% Actual: 91.2% Status: Amber"), ("paragraph", "Fly-tips")],
                 id="a card's labels each over its value, folded into one line"),
    pytest.param("Members present\nActual\n9\nPrevious\n11\n",
                 [("paragraph", "Members present Actual"), ("paragraph", "9"), ("paragraph", "Previous"),
                  ("paragraph", "11")],
                 id="labelled values with no target are left as lines"),
    pytest.param("Licensing Panel\nMonday, 3rd March, 2025 10.00 am\n",
                 [("paragraph", "Licensing Panel Monday, 3rd March, 2025 10.00 am")],
                 id="a date and time line is no row of figures"),
    pytest.param("Room hire £2,300\nAllotment rents £640\nTOTAL INCOME £2,940\nSpending plans\n",
                 [("paragraph", "Room hire £2,300"), ("paragraph", "Allotment rents £640"),
                  ("paragraph", "TOTAL INCOME £2,940"), ("paragraph", "Spending plans")],
                 id="each line of a list of sums ends on its sum"),
    pytest.param("The repairs to the pavilion roof are expected to cost £4,500\nand will be met from reserves.\n",
                 [("paragraph", "The repairs to the pavilion roof are expected to cost £4,500 and will be met from reserves.")],
                 id="a sentence wrapped after its sum runs on"),
])
def test_a_line_that_starts_a_block_of_its_own_is_not_run_into_the_line_before(tmp_path, text, blocks):
    path = tmp_path / "p.txt"
    path.write_text(text, encoding="utf-8")
    assert [(b.kind, b.text) for b in read_paper(path).blocks] == blocks


def test_a_table_saved_with_its_cells_glued_together_is_read_a_row_a_line(tmp_path):
    path = tmp_path / "p.txt"
    path.write_text("How we will know\nOur aimsIndicator2027 target\nHealthy livesAdults who are physically active68%\n"
                    "Thriving placesNew homes built each year (net)1,150\nOur aimsIndicator2027 target\n"
                    "Fair work (pay)Jobs paid the real Living Wage>80%\nWe will report each year.\n", encoding="utf-8")
    [table] = [b for b in read_paper(path).blocks if b.kind == "table"]
    assert [r.cells for r in table.rows] == [
        ["Our aims", "Indicator", "2027 target"], ["Healthy lives", "Adults who are physically active", "68%"],
        ["Thriving places", "New homes built each year (net)", "1,150"],
        ["Fair work (pay)", "Jobs paid the real Living Wage", ">80%"]]


def test_a_line_with_capitals_inside_words_heads_no_glued_table(tmp_path):
    path = tmp_path / "p.txt"
    path.write_text("The McArthur Trust met its target in 2024.\nIts chair thanked the iPad lending scheme.\n"
                    "Funding came from the McArthur Trust.\n", encoding="utf-8")
    assert all(b.kind != "table" for b in read_paper(path).blocks)


def test_reference_number_wrapped_to_the_next_line_runs_on(tmp_path):
    path = tmp_path / "p.txt"
    path.write_text("RESOLVED:\n2.1   That the priorities for 2019/20 as set out in paragraph\n"
                    "3 of the report, be agreed.\n2.2   That the update be noted.\n", encoding="utf-8")
    items = [b for b in read_paper(path).blocks if b.kind == "list_item"]
    assert [(b.marker, b.text) for b in items] == [
        ("2.1", "That the priorities for 2019/20 as set out in paragraph 3 of the report, be agreed."),
        ("2.2", "That the update be noted.")]


def test_markdown_front_matter_is_metadata_not_text(tmp_path):
    path = tmp_path / "p.md"
    path.write_text('---\ntitle: "Minutes of the Ashcombe Parish Council March meeting"\ndate: 2021-04-02\n'
                    'tags:\n  - "minutes"\n---\n\nASHCOMBE PARISH COUNCIL\n\nPresent: Cllr A Smith.\n',
                    encoding="utf-8")
    layout = read_paper(path)
    assert layout.meta == {"title": "Minutes of the Ashcombe Parish Council March meeting", "date": "2021-04-02"}
    assert [b.text for b in layout.blocks] == ["ASHCOMBE PARISH COUNCIL", "Present: Cllr A Smith."]
    assert "title:" not in layout.page_texts[0]


@pytest.mark.parametrize("raw", [
    "Café report – £5m\n".encode("utf-8"),
    b"\xef\xbb\xbf" + "Café report – £5m\n".encode("utf-8"),
    "Café report – £5m\n".encode("utf-16"),
    "Café report – £5m\n".encode("cp1252"),
])
def test_decode_encodings(raw):
    assert decode(raw).strip() == "Café report – £5m"


def test_latin1_fallback_for_bytes_cp1252_lacks():
    assert decode(b"caf\xe9 \x81ok") == "caf\xe9 \x81ok"


@pytest.mark.parametrize("name, data, kind", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\n \n", "empty"),
    ("garbage.txt", bytes(range(256)) * 20, "encoding"),
    ("paper.odt", b"PK\x03\x04", "unsupported"),
    ("paper.docx", b"PK\x03\x04", "corrupt"),
    ("empty.pdf", b"", "empty"),
    ("page.pdf", b"<!DOCTYPE html><html><body>Not found</body></html>", "not_a_pdf"),
])
def test_bad_input_is_refused(tmp_path, name, data, kind):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(UnreadablePaper) as err:
        read_paper(path)
    assert err.value.kind == kind and str(err.value)


def test_html_named_pdf_message_says_html(tmp_path):
    path = tmp_path / "page.pdf"
    path.write_bytes(b"<html><head><title>x</title></head></html>")
    with pytest.raises(UnreadablePaper, match="HTML"):
        read_paper(path)


def test_form_feed_starts_pages(tmp_path):
    path = tmp_path / "p.txt"
    path.write_text("First page.\n\fSecond page.\n\fThird page.\n", encoding="utf-8")
    layout = read_paper(path)
    assert layout.pages == 3 and [b.page for b in layout.blocks] == [1, 2, 3]
    assert layout.page_texts[1] == "Second page."


# --- fixed-width text (pdftotext -layout) -------------------------------------------------

def _blocks(name: str):
    return read_paper(FIXTURES / name).blocks


def test_layout_paper_pages_end_at_footers_and_lose_running_heads():
    layout = read_paper(FIXTURES / "waste_committee_layout.txt")
    assert layout.pages == 4
    texts = [b.text for b in layout.blocks] + layout.page_texts
    assert not any("Agenda Item 6" in t or re.search(r"Page \d of 4", t) for t in texts)
    assert not any(t.startswith("---") for t in layout.page_texts)
    pages = {b.text: b.page for b in layout.blocks if b.kind == "heading"}
    assert (pages["PURPOSE OF REPORT"], pages["EFFICIENCY SAVINGS"], pages["RISKS"]) == (1, 2, 3)


def test_layout_paper_hanging_indents_make_one_block():
    blocks = _blocks("waste_committee_layout.txt")
    item = next(b for b in blocks if b.marker == "4.1")
    assert item.kind == "list_item" and item.page == 2 and item.section == ["EFFICIENCY SAVINGS"]
    assert item.text == ("Table 1 summarises the efficiency savings proposed by service. Detailed "
                         "proposals for each service are set out in Appendix A and have been "
                         "discussed with the trade unions.")
    first = next(b for b in blocks if b.marker == "(1)")
    assert first.kind == "list_item" and first.level == 2
    assert first.text.endswith("subject to the comments of the partner councils; and")
    recs = next(b for b in blocks if b.text == "RECOMMENDATIONS")
    assert (recs.kind, recs.marker, recs.level) == ("heading", "2.", 1)
    fields = [b.text for b in blocks if b.page == 4]
    assert fields[:2] == ["Contact Officer: Jane Marsh, Joint Director of Waste Services",
                          "Telephone: 01632 960123"]


def test_layout_table_over_page_break_is_one_table_with_stacked_header():
    tables = [b for b in _blocks("waste_committee_layout.txt") if b.kind == "table"]
    assert len(tables) == 1
    rows = tables[0].rows
    assert rows[0].cells == ["Service", "2012/13 £000", "2013/14 £000", "Total £000"]
    assert ["Street Cleansing and Grounds Maintenance", "80.0", "95.5", "175.5"] in [r.cells for r in rows]
    assert [r.cells[0] for r in rows].count("Service") == 1  # the repeated header is dropped
    assert (rows[-1].cells, rows[-1].page) == (["Total", "312.5", "423.5", "736.0"], 3)
    assert [r.page for r in rows].count(2) == 5


def test_layout_leader_lists_are_one_item_per_entry():
    layout = read_paper(FIXTURES / "safety_grants_layout.txt")
    items = [b for b in layout.blocks if b.kind == "list_item"]
    assert [(b.marker, b.page) for b in items] == [
        ("A1", 1), ("A2", 1), ("A3", 1), ("B1", 2), ("B2", 2)]
    assert re.fullmatch(r"Friday Night Project - detached youth work \(Hartley Vale Youth Trust\) "
                        r"\.{10,} £6,500", items[0].text)
    assert items[3].section == ["SMALL GRANTS FUND 2010/11", "Theme B - Reducing Re-offending"]
    assert layout.pages == 2 and not any("Small Grants Fund 2010/11" in t for t in layout.page_texts)
    assert not any(re.fullmatch(r"\d", b.text) for b in layout.blocks)  # folios dropped


def test_flush_left_layout_paper_matches_expected_blocks():
    """Wrapped at a margin with no indents, bullets with hanging indents, a cell wrapped
    onto the next line before its figures, a table of words, "- 1 -" footers."""
    layout = read_paper(FIXTURES / "health_plan_layout.txt")
    expected = json.loads((FIXTURES / "health_plan_layout.json").read_text(encoding="utf-8"))
    assert layout.pages == expected["pages"]
    assert [_as_expected(b) for b in layout.blocks] == expected["blocks"]


@pytest.mark.parametrize("paper", sorted(CORPUS.glob("*.txt")) + [FIXTURES / "committee_report.txt"])
def test_line_per_paragraph_papers_are_not_read_as_fixed_width(paper):
    assert not looks_fixed_width(decode(paper.read_bytes()))


def test_a_short_cover_over_a_paragraph_a_line_is_not_read_as_fixed_width():
    """The cover's short lines make a narrow "width" that the paragraphs run far past."""
    text = "\n".join([
        "Eastmere Borough Council", "Housing Scrutiny Panel: Private Rented Sector", "Meeting date: Monday 3rd of June 2024",
        "Report date: 20 May 2024", "Report of the Director of Housing and Communities",
        "Houses in Multiple Occupation – Licensing Review", "Report author: Sam Patel, Licensing Manager", "Summary",
        "The number of licensed houses in multiple occupation in the borough rose to 412 in the year to March, and the "
        "service inspected three in every four of them before renewing the licence.", "Recommendation",
        "That the Panel notes the review."])
    assert not looks_fixed_width(text)


# --- PDF built with reportlab --------------------------------------------------------------

def _furniture(c, page: int, pages: int) -> None:
    c.setFont("Helvetica", 8)
    c.drawString(72, 810, "Borough Council Cabinet - 12 May 2010")
    c.drawString(280, 30, f"Page {page} of {pages}")


def _write(c, x: float, y: float, lines: list[str], font="Helvetica", size=11, leading=14) -> float:
    c.setFont(font, size)
    for line in lines:
        c.drawString(x, y, line)
        y -= leading
    return y - 8


def _ruled_rows(c, y: float, rows: list[list[str]], widths=(150, 200, 100), height=18) -> float:
    x0 = 72
    for row in rows:
        x = x0
        for text, width in zip(row, widths):
            c.rect(x, y - height, width, height, stroke=1, fill=0)
            c.setFont("Helvetica", 10)
            c.drawString(x + 3, y - 13, text)
            x += width
        y -= height
    return y - 12


def _report_pdf(path: Path, **kwargs) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4, **kwargs)
    c.setTitle("Capital Programme")
    c.setAuthor("Head of Finance")
    header = ["Scheme", "Lead", "Cost"]
    _furniture(c, 1, 3)
    y = _write(c, 72, 760, ["CABINET REPORT"], font="Helvetica-Bold", size=14)
    y = _write(c, 72, y, ["1 PURPOSE"], font="Helvetica-Bold")
    y = _write(c, 72, y, ["1.1 To set out the capital programme for the coming year and the",
                          "cost of each sub-", "regional scheme."])
    y = _write(c, 72, y, ["2 PROPOSALS"], font="Helvetica-Bold")
    y = _write(c, 72, y, ["\u2022 improve the depot"])
    y = _write(c, 72, y, ["\u2022 renew the fleet"])
    _ruled_rows(c, 200, [header, ["Depot roof", "Estates", "\u00a3120,000"],
                         ["Road safety", "Reduce casualties from", "\u00a340,000"]])
    c.showPage()
    _furniture(c, 2, 3)
    y = _ruled_rows(c, 780, [header, ["", "292 to 251 by 2011", ""],
                             ["Parks lighting", "Estates", "\u00a345,000"]])
    _write(c, 72, 600, ["The programme will be reviewed each quarter by the Cabinet and any"])
    c.showPage()
    _furniture(c, 3, 3)
    _write(c, 72, 780, ["changes will be reported to the next meeting."])
    c.save()
    return path


@pytest.fixture(scope="module")
def report_pdf(tmp_path_factory):
    return read_paper(_report_pdf(tmp_path_factory.mktemp("pdf") / "report.pdf"))


def test_pdf_meta_and_page_texts(report_pdf):
    assert report_pdf.fmt == "pdf" and report_pdf.pages == 3
    assert report_pdf.meta["title"] == "Capital Programme"
    assert report_pdf.meta["author"] == "Head of Finance"
    assert re.match(r"\d{4}-\d{2}-\d{2}", report_pdf.meta["creation_date"])
    assert "CABINET REPORT" in report_pdf.page_texts[0]


def test_pdf_drops_running_header_and_page_numbers(report_pdf):
    texts = " ".join(b.text for b in report_pdf.blocks)
    assert "Borough Council Cabinet" not in texts and "Page 1 of 3" not in texts


def test_pdf_headings_lists_and_hyphenation(report_pdf):
    blocks = report_pdf.blocks
    assert blocks[0].kind == "heading" and blocks[0].text == "CABINET REPORT"
    purpose = next(b for b in blocks if b.text == "PURPOSE")
    assert (purpose.kind, purpose.marker, purpose.level) == ("heading", "1", 1)
    item = next(b for b in blocks if b.marker == "1.1")
    assert item.kind == "list_item" and "the cost of each sub-regional scheme." in item.text
    bullets = [b.text for b in blocks if b.marker == "\u2022"]
    assert bullets == ["improve the depot", "renew the fleet"]
    assert all(b.section == ["PROPOSALS"] for b in blocks if b.marker == "\u2022")


def test_pdf_ruled_table_over_two_pages_is_one_table(report_pdf):
    tables = [b for b in report_pdf.blocks if b.kind == "table"]
    assert len(tables) == 1
    assert [r.cells for r in tables[0].rows] == [
        ["Scheme", "Lead", "Cost"], ["Depot roof", "Estates", "£120,000"],
        ["Road safety", "Reduce casualties from 292 to 251 by 2011", "£40,000"],
        ["Parks lighting", "Estates", "£45,000"],
    ]
    assert [r.page for r in tables[0].rows] == [1, 1, 1, 2]
    lines = [b.text for b in report_pdf.blocks if b.kind != "table"]
    assert not any("Depot roof" in t or "Parks lighting" in t for t in lines)


def test_pdf_paragraph_across_page_break(report_pdf):
    para = next(b for b in report_pdf.blocks if b.text.startswith("The programme will"))
    assert para.text.endswith("and any changes will be reported to the next meeting.")
    assert para.page == 2


def test_pdf_encrypted_with_user_password_is_refused(tmp_path):
    path = _report_pdf(tmp_path / "locked.pdf", encrypt=StandardEncryption("secret", ownerPassword="own"))
    with pytest.raises(UnreadablePaper) as err:
        read_paper(path)
    assert err.value.kind == "encrypted"


def test_pdf_encrypted_with_empty_user_password_opens(tmp_path):
    path = _report_pdf(tmp_path / "owner.pdf", encrypt=StandardEncryption("", ownerPassword="own"))
    assert any(b.text == "PURPOSE" for b in read_paper(path).blocks)


def test_pdf_without_text_layer_suggests_ocr(tmp_path):
    path = tmp_path / "scan.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.rect(72, 72, 300, 400, fill=1)
    c.save()
    with pytest.raises(UnreadablePaper, match="OCR") as err:
        read_paper(path)
    assert err.value.kind == "no_text_layer"


def test_pdf_truncated_is_corrupt(tmp_path):
    whole = _report_pdf(tmp_path / "whole.pdf").read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(whole[: len(whole) // 3])
    with pytest.raises(UnreadablePaper) as err:
        read_paper(path)
    assert err.value.kind == "corrupt"


def test_pdf_with_zero_pages_is_empty(tmp_path):
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 3\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref
    path = tmp_path / "none.pdf"
    path.write_bytes(bytes(out))
    with pytest.raises(UnreadablePaper) as err:
        read_paper(path)
    assert err.value.kind == "empty"


# --- the sample papers, both formats -------------------------------------------------------

NORTHANTS = "003_b173a42222ba78a7"


@pytest.mark.parametrize("fmt", ["txt", "pdf"])
def test_corpus_money_table_is_one_table(fmt):
    path = CORPUS / f"{NORTHANTS}.txt" if fmt == "txt" else CORPUS / "pdf" / f"{NORTHANTS}.pdf"
    tables = [b for b in read_paper(path).blocks if b.kind == "table"]
    table = next(t for t in tables if t.rows[0].cells[:2] == ["Work streams", "Project Description"])
    assert len(table.rows) == 24 and len(table.rows[0].cells) == 6
    assert table.rows[1].cells[2:5] == ["£000", "£000", "£000"]
    total = next(r for r in table.rows if r.cells[1] == "Programme TOTAL")
    assert total.cells[2:] == ["668.9", "920.4", "909.2", "2498.5"]


def test_corpus_pdf_keeps_pages_and_drops_folios():
    layout = read_paper(CORPUS / "pdf" / f"{NORTHANTS}.pdf")
    assert layout.pages == 13
    assert [b.page for b in layout.blocks] == sorted(b.page for b in layout.blocks)
    assert {b.page for b in layout.blocks} == set(range(1, 13))  # page 13 only ends a paragraph
    assert any(b.page == 12 and b.text.endswith("the democratic process.") for b in layout.blocks)
    assert not any(re.fullmatch(r"\d+", b.text) for b in layout.blocks)
    derby = next(b for b in layout.blocks if b.kind == "table" and b.rows[1].cells[1] == "Joint ICT Service")
    assert {r.page for r in derby.rows} == {2, 3} and len(derby.rows) == 14


@pytest.mark.parametrize("stem", sorted(p.stem for p in CORPUS.glob("*.txt")))
def test_corpus_formats_agree(stem):
    """Same paper, two formats: the same headings, list markers and table shapes."""
    txt = read_paper(CORPUS / f"{stem}.txt")
    pdf = read_paper(CORPUS / "pdf" / f"{stem}.pdf")
    for kind in ("heading", "list_item"):
        a = [(b.marker, b.text[:40]) for b in txt.blocks if b.kind == kind]
        b = [(b.marker, b.text[:40]) for b in pdf.blocks if b.kind == kind]
        common = sum((Counter(a) & Counter(b)).values())
        assert common >= 0.8 * max(len(a), len(b)), kind
    shapes = lambda lay: [len(b.rows[0].cells) for b in lay.blocks if b.kind == "table"]  # noqa: E731
    assert shapes(txt)[-3:] == shapes(pdf)[-3:]


def test_short_cover_field_lines_stay_apart(tmp_path):
    path = tmp_path / "p.txt"
    path.write_text("Report to: Cabinet\nDate: 4 May 2011\nLead officer: J Smith\n"
                    "Westgate House\nHigh Street\n", encoding="utf-8")
    assert [b.text for b in read_paper(path).blocks] == [
        "Report to: Cabinet", "Date: 4 May 2011", "Lead officer: J Smith", "Westgate House High Street"]


def test_a_report_cover_printed_a_line_each_stays_a_line_each(tmp_path):
    """The agenda's item number, the letterhead, the meeting's date, who reports and the title
    under it are each a line of their own; a name wrapped over two lines is still one."""
    path = tmp_path / "p.txt"
    path.write_text("Agenda Item 7\nNORTHVALE AND ESKDALE\nCOMBINED FIRE AUTHORITY\n12 MARCH 2025\n"
                    "REPORT OF THE TREASURER\nCAPITAL STRATEGY 2025/26\nContents\nIntroduction\n", encoding="utf-8")
    assert [b.text for b in read_paper(path).blocks] == [
        "Agenda Item 7", "NORTHVALE AND ESKDALE COMBINED FIRE AUTHORITY", "12 MARCH 2025",
        "REPORT OF THE TREASURER", "CAPITAL STRATEGY 2025/26", "Contents", "Introduction"]


def test_a_sentence_wrapped_before_a_sum_of_money_runs_on(tmp_path):
    path = tmp_path / "p.txt"
    path.write_text("* a list item, so the paper is not read as fixed-width\n\n"
                    "At its meeting on 8 March the Cabinet agreed to contribute\n"
                    "£250,000 from reserves to the scheme.\n", encoding="utf-8")
    assert read_paper(path).blocks[-1].text == (
        "At its meeting on 8 March the Cabinet agreed to contribute £250,000 from reserves to the scheme.")


def test_fixed_width_costed_list_rows_end_at_their_figure(tmp_path):
    path = tmp_path / "grants.txt"
    path.write_text(
        "4.   RECOMMENDED AWARDS\n\n"
        "4.1  The following projects are recommended for funding by the Fernley Climate\n"
        "     Partnership, grouped under the themes of the fund agreed last year by the\n"
        "     Partnership Board at its annual meeting in the Town Hall.\n\n"
        "     Theme A: Home energy\n"
        "                                                                  Award\n"
        "     A1  Warm Homes Fernley - loft and cavity wall insulation for\n"
        "         households in fuel poverty (Fernley Care and Repair)     £48,500\n"
        "     A2  Energy advice for tenants (Fernley Homes Trust)          £12,750\n\n"
        "4.2  Each award is conditional on a signed grant agreement with the Partnership\n"
        "     and on quarterly monitoring returns to the Partnership's officers.\n",
        encoding="utf-8")
    rows = [r.cells for b in read_paper(path).blocks if b.kind == "table" for r in b.rows]
    assert rows == [
        ["A1", "Warm Homes Fernley - loft and cavity wall insulation for households in fuel poverty "
               "(Fernley Care and Repair)", "£48,500"],
        ["A2", "Energy advice for tenants (Fernley Homes Trust)", "£12,750"]]


def test_private_use_bullets_become_plain_bullets():
    text = decode("Actions:\n\uf0b7 Resurface the car park\n  \uf0a7 Relight the path\nDone \uf0fc\n".encode())
    assert text == "Actions:\n\u2022 Resurface the car park\n  \u2022 Relight the path\nDone \n"


@pytest.mark.parametrize("cells, rows", [
    # a money table under an empty corner cell and a unit
    ("|\n£000 |\nLibrary roof |\n120 |\nDepot yard |\n85 |\nTotal |\n205 |",
     [["", "£000"], ["Library roof", "120"], ["Depot yard", "85"], ["Total", "205"]]),
    # a count table three figures wide, its corner cell named
    ("Ward |\nOpen |\nClosed |\nNorth |\n13 |\n5 |\nSouth |\n7 |\n6 |",
     [["Ward", "Open", "Closed"], ["North", "13", "5"], ["South", "7", "6"]]),
])
def test_a_table_saved_one_cell_per_line_is_a_table(tmp_path, cells, rows):
    paper = tmp_path / "page.txt"
    paper.write_text(f"Capital receipts of £0.2m will fund these schemes:\n{cells}\nThe Board agreed.\n")
    blocks = read_paper(paper).blocks
    assert [b.kind for b in blocks] == ["paragraph", "table", "paragraph"]
    assert [r.cells for r in blocks[1].rows] == rows


@pytest.mark.parametrize("lines", [
    "|\nApologies were received. |\n|\nThe minutes were agreed. |",  # cells of words only
    "|\nScheme |\n£000 |\nLibrary roof |\n120 |\nDepot yard |",  # a row cut short
])
def test_cell_lines_that_make_no_table_of_figures_stay_text(tmp_path, lines):
    paper = tmp_path / "page.txt"
    paper.write_text(lines + "\n")
    assert "table" not in [b.kind for b in read_paper(paper).blocks]


def test_markdown_header_over_cells_saved_one_per_line_is_a_table(tmp_path):
    """A KPI table saved from a web page: its header and separator rows kept, its body a cell a line."""
    page = tmp_path / "kpis.txt"
    page.write_text("Service scorecard 2025/26\n"
                    "Measure | RAG | Latest | Target |\n---|---|---|---|\n"
                    "Households in temporary accommodation |\nred |\n412 |\n350 |\n"
                    "Council tax collected (%) |\ngreen |\n97.2% |\n96% |\n"
                    "Missed bin collections per 100,000 |\nN/A |\nTBC |\n40 |\n"
                    "The figures are provisional.\n")
    blocks = read_paper(page).blocks
    table = next(b for b in blocks if b.kind == "table")
    assert [r.cells for r in table.rows] == [
        ["Measure", "RAG", "Latest", "Target"],
        ["Households in temporary accommodation", "red", "412", "350"],
        ["Council tax collected (%)", "green", "97.2%", "96%"],
        ["Missed bin collections per 100,000", "N/A", "TBC", "40"],
    ]
    assert blocks[-1].text == "The figures are provisional."


def test_minutes_items_under_a_markdown_header_stay_prose(tmp_path):
    page = tmp_path / "minutes.txt"
    page.write_text("No. | Item |\n---|---|\nApologies: none were received. |\n|\n"
                    "Minutes: The minutes of the meeting held on 3 March were agreed. |\n|\n")
    assert not [b for b in read_paper(page).blocks if b.kind == "table"]


def test_table_rows_without_their_outer_pipes_are_a_table(tmp_path):
    path = tmp_path / "p.txt"
    path.write_text("Budget Book 2026/27\nService | 2025/26 | 2026/27 | Change\n | £000 | £000 | £000\n"
                    "Leisure | 1,200 | 1,150 | (50)\nHousing | 3,400 | 3,610 | 210\n\nThe table shows net budgets.\n"
                    "The next pages set out the detail of each service, with notes on the main changes.\n"
                    "Each line is indented  so as to look laid out by a fixed width.\n" * 3, encoding="utf-8")
    tables = [b for b in read_paper(path).blocks if b.kind == "table"]
    assert [r.cells for r in tables[0].rows] == [["Service", "2025/26", "2026/27", "Change"], ["", "£000", "£000", "£000"],
                                               ["Leisure", "1,200", "1,150", "(50)"], ["Housing", "3,400", "3,610", "210"]]


def test_a_table_aligned_with_spaces_in_a_paragraph_a_line_paper(tmp_path):
    path = tmp_path / "p.txt"
    path.write_text("Quarter 3 position\n"
                    "Service area          Budget   Forecast   Variance\n"
                    "Parks                   12.4       12.9        0.5\n"
                    "Libraries                6.1        5.8       -0.3\n"
                    "The forecast overspend is mainly in parks.  It will be reported again in March.\n",
                    encoding="utf-8")
    tables = [b for b in read_paper(path).blocks if b.kind == "table"]
    assert [r.cells for r in tables[0].rows] == [["Service area", "Budget", "Forecast", "Variance"],
                                               ["Parks", "12.4", "12.9", "0.5"], ["Libraries", "6.1", "5.8", "-0.3"]]


def test_prose_with_double_spaces_is_no_table(tmp_path):
    path = tmp_path / "p.txt"
    path.write_text("The meeting opened at 7pm.  Apologies were received.  The minutes were agreed.\n"
                    "Members asked about parking.  Officers will report back.  The item was noted.\n"
                    "The Chair closed the meeting.  The next meeting is in May.  All were thanked.\n", encoding="utf-8")
    assert not [b for b in read_paper(path).blocks if b.kind == "table"]


@pytest.mark.parametrize(("text", "rows"), [
    pytest.param("Revenue budget\nPortfolio 2025/26 Budget 2026/27 Budget Change\nParks 1,210 1,305 95\nLibraries 860 840 (20)\n",
                 [["Portfolio", "2025/26 Budget", "2026/27 Budget", "Change"], ["Parks", "1,210", "1,305", "95"],
                  ["Libraries", "860", "840", "(20)"]],
                 id="a year opens each column"),
    pytest.param("Ref Saving 2025/26 £000 2026/27 £000\nS1 Shared reception 40 25\nS2 Fleet review 110 -\n",
                 [["Ref Saving", "2025/26 £000", "2026/27 £000"], ["S1 Shared reception", "40", "25"],
                  ["S2 Fleet review", "110", "-"]],
                 id="columns opening on a year and ending on their scale"),
    pytest.param("Project 2025/26 2026/27 Total Source\n£000\nDepot roof 300 50 350 Borrowing\n"
                 "Play areas 90 90 180 S106\nTotal 390 140 530\n",
                 [["Project", "2025/26", "2026/27", "Total", "Source"], ["", "£000", "£000", "£000", ""],
                  ["Depot roof", "300", "50", "350", "Borrowing"], ["Play areas", "90", "90", "180", "S106"],
                  ["Total", "390", "140", "530", ""]],
                 id="a word to a column, a scale line under the header, a text column after the figures"),
    pytest.param("Table 4.2  Highways maintenance 2026/27  £000\nA-roads resurfacing 2,140\nB and C roads 1,385\n"
                 "Footways (incl. cycle lanes) 610\nNote: excludes the pothole fund 2026\n",
                 [["Highways maintenance", "2026/27 £000"], ["A-roads resurfacing", "2,140"], ["B and C roads", "1,385"],
                  ["Footways (incl. cycle lanes)", "610"]],
                 id="a caption's number no figure, a note under the table no row"),
])
def test_a_table_whose_cells_a_web_page_parted_by_single_spaces_is_a_table(tmp_path, text, rows):
    path = tmp_path / "p.txt"
    path.write_text(text, encoding="utf-8")
    tables = [b for b in read_paper(path).blocks if b.kind == "table"]
    assert [r.cells for r in tables[0].rows] == rows


@pytest.mark.parametrize("text", [
    pytest.param("Indicator Target Q3 Status\nRent collected 98% 97.1% Amber\nVoids let 90% 92% Green\n",
                 id="a scorecard's header: its rows are read as lines"),
    pytest.param("The votes were recorded by ward\nNorth 7 2\nSouth 8 6\n",
                 id="figures under a line of text whose words name no columns"),
    pytest.param("The votes were as follows:\nFor 7 2\nAgainst 8 6\n", id="figures under a lead-in"),
])
def test_lines_ending_in_figures_that_make_no_money_table(tmp_path, text):
    path = tmp_path / "p.txt"
    path.write_text(text, encoding="utf-8")
    assert not [b for b in read_paper(path).blocks if b.kind == "table"]


def test_cells_saved_a_line_each_are_not_lines_wrapped_at_a_margin():
    """A table a browser copy put a cell a line fills no margin: its lines are as short as
    its cells, and a narrow "width" read from them would wrap every sentence around it."""
    text = "\n".join(["Library opening standards", "Branch", "Target", "Achieved", "Central library", "98%", "97.2%",
                      "Mobile library", "95%", "96.4%", "Most of our branches met the standard this year, although "
                      "two were closed for repairs in the autumn.", "Village libraries", "90%", "88.0%"])
    assert not looks_fixed_width(text)


@pytest.mark.parametrize(("lines", "expected"), [
    pytest.param(["Station area", "Standard", "(minutes)", "Latest", "(median)", "Town centre", "6", "5:50",
                  "Outlying villages", "14", "15:10"],
                 [["Station area", "Standard (minutes)", "Latest (median)"], ["Town centre", "6", "5:50"],
                  ["Outlying villages", "14", "15:10"]],
                 id="a unit in brackets under each column's name"),
    pytest.param(["Indicator", "Ref", "2023/24 2024/25", "2025/26", "Actual", "Actual", "Target", "Licensing",
                  "Licence applications decided in 10 days", "LIC01", "88% 91%", "93%",
                  "Street trading consents issued", "LIC02", "70%", "80%",
                  "Scrap metal licences renewed on time", "LIC03", "99%", "97%", "100%"],
                 [["Indicator", "Ref", "2023/24 Actual", "2024/25 Actual", "2025/26 Target"],
                  ["Licensing", "", "", "", ""],
                  ["Licence applications decided in 10 days", "LIC01", "88%", "91%", "93%"],
                  ["Street trading consents issued", "", "", "", ""],
                  ["Scrap metal licences renewed on time", "LIC03", "99%", "97%", "100%"]],
                 id="years and words in runs of their own, codes, a group's name, a row short of cells"),
    pytest.param(["Stage / timescale Target   Achieved", "April to June 2024", "Urgent appeals", "• Decided within 2 days",
                  "98%", "96.1%", "Other appeals", "• Decided within 20 days", "90%", "93.5%"],
                 [["Stage / timescale", "Target", "Achieved April to June 2024"],
                  ["Urgent appeals Decided within 2 days", "98%", "96.1%"],
                  ["Other appeals Decided within 20 days", "90%", "93.5%"]],
                 id="a name and columns on one line, a period under a column, a bulleted line under a label"),
    pytest.param(["Ward", "Q3 2023/24", "Target", "North ward", "41", "45", "South ward", "38", "45"],
                 [["Ward", "Q3 2023/24", "Target"], ["North ward", "41", "45"], ["South ward", "38", "45"]],
                 id="a quarter and its year one column"),
    pytest.param(["Directorate", "2023/24", "£000", "2024/25", "£000", "Place", "12,410", "13,020",
                  "Resources", "8,335", "8,190"],
                 [["Directorate", "2023/24 £000", "2024/25 £000"], ["Place", "12,410", "13,020"],
                  ["Resources", "8,335", "8,190"]],
                 id="a scale under each year"),
    pytest.param(["Project 2026/27 £m 2027/28 £m Total £m Source", "Depot electric fleet", "0.8", "-", "0.8",
                  "Prudential borrowing", "Town hall roof", "1.2", "0.6", "1.8", "Capital receipts"],
                 [["Project", "2026/27 £m", "2027/28 £m", "Total £m", "Source"],
                  ["Depot electric fleet", "0.8", "-", "0.8", "Prudential borrowing"],
                  ["Town hall roof", "1.2", "0.6", "1.8", "Capital receipts"]],
                 id="a header on one line, its scales ending column names, words after the figures"),
])
def test_a_table_saved_a_cell_a_line_is_read_back_into_rows(lines, expected):
    assert cell_line_rows(lines + ["Next steps", "The figures will be reported again in March."], 0) == (
        expected, len(lines))


@pytest.mark.parametrize("lines", [
    pytest.param(["Agenda", "Apologies", "Minutes", "1", "Matters arising", "2"], id="an agenda's items and numbers"),
    pytest.param(["Ward", "Target", "Mill End", "12", "Town", "8", "14"], id="rows that do not agree with the header"),
])
def test_short_lines_that_are_no_table_are_left_as_lines(lines):
    assert cell_line_rows(lines, 0) == ([], 0)


def test_a_header_is_read_from_its_first_line_not_from_a_column_name_inside_it():
    lines = ["Measure", "Value", "Target", "Status", "Trend", "Visits to libraries", "61,200", "60,000", "Green", "Rising"]
    assert cell_line_rows(lines, 2) == ([], 0)


def test_a_flattened_forms_fields_parted_by_pipes_are_read_as_labelled_lines(tmp_path):
    paper = tmp_path / "record.txt"
    paper.write_text("Officer Decision Record | Eastmere Council\nDecision Maker | Head of Leisure Services\n"
                     "Date | 04/09/2024\nDecision | To close the outdoor pool for the winter from 1 October\n")
    layout = read_paper(paper)
    assert "Decision Maker: Head of Leisure Services" in layout.page_texts[0]
    assert "Date | 04/09/2024" in layout.page_texts[0]  # a value of a word or two stays a cell


def test_a_two_column_table_with_its_separator_row_keeps_its_pipes(tmp_path):
    paper = tmp_path / "table.txt"
    paper.write_text("Scheme | What it will do\n--- | ---\nPool roof | Replace the roof and its insulation\n")
    assert "Pool roof | Replace the roof and its insulation" in read_paper(paper).page_texts[0]


def test_a_bullet_left_on_a_line_of_its_own_marks_the_line_below(tmp_path):
    """A PDF copied to text often prints each bullet glyph on its own line, its item below."""
    paper = tmp_path / "copied.txt"
    paper.write_text("How quickly we visit\n•\nUrgent cases – a visit within 2 working days.\n•\nOther cases – a visit "
                     "within 15 working days.\n")
    assert [(b.kind, b.marker, b.text) for b in read_paper(paper).blocks][1:] == [
        ("list_item", "•", "Urgent cases – a visit within 2 working days."),
        ("list_item", "•", "Other cases – a visit within 15 working days.")]


def test_a_sentence_wrapped_before_its_figure_is_one_line(tmp_path):
    paper = tmp_path / "wrapped.txt"
    paper.write_text("Our plan for the next three years is ambitious: we will collect and recycle\n"
                     "65% of household waste by 2028-29.\n")
    assert [b.text for b in read_paper(paper).blocks] == [
        "Our plan for the next three years is ambitious: we will collect and recycle 65% of household waste by 2028-29."]


FLATTENED_REPORT = (
    "Report No: LIC/04/24 Agenda Item: 6 Report to: LICENSING COMMITTEE Meeting Date: 4 MARCH 2024 Report Title: "
    "HACKNEY CARRIAGE FEES 2024/25 Contact Officer: Sam Reed Telephone: 01632 960123 1 Summary 1.1 To set the fees "
    "drivers and operators pay from April. 2 Context 2.1 The fees were last set in 2021 and no longer meet the "
    "cost of the service, which has risen with the number of applications. 2.2 A consultation with the trade ran "
    "for six weeks and drew 14 replies. 3 Recommendations 3.1 That the Licensing Committee approve the fees in "
    "Appendix A. 3.2 That the Licensing Committee note the replies to the consultation. 4 Implications 4.1 The "
    "fees will cover the cost of the service in 2024/25, as the law requires, and will be reviewed in a year. 4.2 "
    "There are no staffing, equality or climate implications arising from the fees set out in this report.")
FLATTENED_MINUTES = (
    "PLANNING COMMITTEE – 9 May 2023 Present: Councillors Ward (Chair), Lee, Khan. PC41 Apologies Councillor Fox. "
    "PC 42 Declarations of Interest Councillor Lee declared an interest in item PC 44 as a neighbour of the site. "
    "PC 43 Minutes Resolved – That the record of the April meeting be signed by the Chair as correct. "
    "PC 44 Land at Mill Lane The Committee considered an application for 12 homes on land at Mill Lane, which "
    "officers recommended for approval with conditions on drainage and the hours of building work on site. "
    "Decision – That planning permission be granted subject to the conditions in the report. PC 45 Appeals The "
    "Committee noted the list of appeals lodged and decided since its last meeting, two of which were allowed. "
    "PC 46 Date of Next Meeting The next meeting will be held on 6 June 2023 at 6.30pm in the Council Chamber.")


@pytest.mark.parametrize(("text", "lines"), [
    pytest.param(FLATTENED_REPORT, [
        "Report No: LIC/04/24", "Agenda Item: 6", "Report to: LICENSING COMMITTEE", "Meeting Date: 4 MARCH 2024",
        "Report Title: HACKNEY CARRIAGE FEES 2024/25", "Contact Officer: Sam Reed", "Telephone: 01632 960123",
        "1 Summary", "1.1 To set the fees drivers and operators pay from April."], id="cover fields and sections in order"),
    pytest.param(FLATTENED_MINUTES, [
        "PLANNING COMMITTEE – 9 May 2023", "Present: Councillors Ward (Chair), Lee, Khan.", "PC41 Apologies Councillor Fox.",
        "PC 42 Declarations of Interest Councillor Lee declared an interest in item PC 44 as a neighbour of the site."],
        id="minute references in order, one named inside an item left in it"),
])
def test_a_paper_saved_as_one_run_on_line_is_cut_into_its_lines(text, lines):
    assert cut_run_on(text).split("\n")[:len(lines)] == lines


def test_a_long_paragraph_whose_numbers_are_out_of_order_is_left_whole():
    paragraph = ("The working group met 3 times in the year and heard from 12 residents' groups. " * 6
                 + "Standing Order 9 Allows the chair to close the debate; 4 Members asked for a vote. " * 4)
    assert cut_run_on(paragraph) == paragraph


def test_a_kpi_table_run_into_one_line_keeps_its_numbered_rows_together():
    """Its rows are numbered in order too, but each number follows the last row's figures."""
    rows = " ".join(f"{n}. Measure number {n} of the street scene service Bigger is better {60 + n}% Better {62 + n}% Met "
                    f"{61 + n}%" for n in range(1, 13))
    line = f"Performance Indicators 2024/25 Name Polarity Actual Q4 Trend Status Target {rows}"
    assert cut_run_on(line) == line


def test_a_run_on_reports_cover_fields_name_its_meeting_and_date(tmp_path):
    paper = tmp_path / "fees.txt"
    paper.write_text(f"17\n{FLATTENED_REPORT}\n")
    layout = read_paper(paper)
    assert ("heading", "Summary") in [(b.kind, b.text) for b in layout.blocks]
    assert "Report to: LICENSING COMMITTEE" in layout.page_texts[0].split("\n")


def test_a_minutes_grid_saved_a_cell_a_line_is_read_back_into_its_rows():
    lines = ["No.", "Item", "Discussion", "Decision / Action", "BC 24/07", "Library opening hours",
             "The Board looked at visitor numbers by hour and the cost of each", "evening opening.",
             "AGREED, from 1 April", "BC 24/08", "Risk register", "NOTED", "BC 24/09", "Footpath order FP 9",
             "(Kiln Lane)", "Two objections were read out.", "Approved"]
    assert grid_line_rows(lines, 0) == ([
        ["No.", "Item", "Discussion", "Decision / Action"],
        ["BC 24/07", "Library opening hours",
         "The Board looked at visitor numbers by hour and the cost of each evening opening.", "AGREED, from 1 April"],
        ["BC 24/08", "Risk register", "NOTED", ""],
        ["BC 24/09", "Footpath order FP 9 (Kiln Lane)", "Two objections were read out.", "Approved"]], len(lines))


def test_column_names_without_a_decision_column_or_numbered_items_make_no_minutes_grid():
    assert grid_line_rows(["Item", "Discussion", "Lead", "1.", "Budget", "Noted"], 0) == ([], 0)
    assert grid_line_rows(["Item", "Discussion", "Decision", "Budget", "Noted"], 0) == ([], 0)


def test_a_decision_label_on_its_own_line_is_not_run_into_the_decision(tmp_path):
    paper = tmp_path / "minute.txt"
    paper.write_text("The Committee considered a paper from the Head of Culture.\nDecision\n"
                     "The Committee agreed to the revised hours.\n")
    assert [b.text for b in read_paper(paper).blocks] == [
        "The Committee considered a paper from the Head of Culture.", "Decision", "The Committee agreed to the revised hours."]


def test_an_outcome_word_in_capitals_a_copy_ran_into_the_next_word_is_parted_from_it(tmp_path):
    paper = tmp_path / "minutes.txt"
    paper.write_text("The quote for the hedge work was ACCEPTEDwithout change.\n"
                     "The revised allotment rules were ADOPTEDwith effect from April.\n")
    assert [b.text for b in read_paper(paper).blocks] == [
        "The quote for the hedge work was ACCEPTED without change.",
        "The revised allotment rules were ADOPTED with effect from April."]


def test_a_minutes_number_a_copy_ran_into_its_title_is_parted_from_it(tmp_path):
    paper = tmp_path / "minutes.txt"
    paper.write_text("41/22Play Area Inspection: The annual report was received.\n")
    assert [b.text for b in read_paper(paper).blocks] == ["41/22 Play Area Inspection: The annual report was received."]


def test_a_shorter_line_holding_a_covers_fields_is_cut_into_them():
    """A document site's first page run together, under the run-on length but holding three of a
    cover's fields, after the page's number ("1 "), which numbers no section."""
    line = ("1 Bus Shelter Renewal Programme Report to: Transport Board Date: 12 March 2025 Report by: Director of "
            "Operations Agenda Item: 7 PURPOSE OF REPORT To seek approval for the second year of shelter renewals.")
    assert cut_run_on(line).split("\n")[:4] == ["Bus Shelter Renewal Programme", "Report to: Transport Board",
                                                 "Date: 12 March 2025", "Report by: Director of Operations"]


def test_a_sentence_with_one_label_in_it_is_no_cover():
    sentence = ("The clerk said the Status: column of the register would be updated once the contractor had returned "
                "the signed forms, which had been expected before the end of the month but had been delayed by illness.")
    assert cut_run_on(sentence) == sentence
