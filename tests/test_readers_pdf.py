"""The PDF reader: the quick character path builds pdfplumber's own dicts, table cells keep
their paragraphs apart, tables run on over page breaks, list items stay apart."""
from pathlib import Path

import pdfplumber
import pytest
from pdfplumber.page import Page

from paper_miner.pipeline import read_paper
from paper_miner.readers.pdf_chars import QuickCharPage
from paper_miner.readers.pdf_tables import cell_text, starts_paragraph

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_PDFS = sorted((ROOT / "corpus" / "pdf").glob("*.pdf"))


@pytest.mark.parametrize("paper", SAMPLE_PDFS[:3], ids=lambda p: p.stem[:3])
def test_quick_char_page_builds_pdfplumbers_own_objects(paper):
    with pdfplumber.open(paper) as pdf:
        page = pdf.pages[0]
        slow = Page.parse_objects(page)
        page.__class__ = QuickCharPage
        quick = page.parse_objects()
    assert quick == slow
    assert [list(c) for c in quick["char"]] == [list(c) for c in slow["char"]]  # same keys, same order


def line(text, top, x1=300.0, height=10.0):
    return {"text": text, "x0": 100.0, "x1": x1, "top": top, "bottom": top + height}


@pytest.mark.parametrize("prev, nxt, expected", [
    (line("Provide advice to firms on how", 0), line("they can reduce their costs", 12), False),  # wrapped
    (line("Provide advice to firms", 0), line("Work with contractors", 18), True),  # paragraph gap
    (line("support the local economy.", 0, x1=200), line("Work with contractors", 12), True),  # ended early
    (line("the plan was agreed by Cabinet.", 0), line("Officers will report", 12), False),  # full line
    (line("(NI 172", 0), line("– LAA target)", 12), False),  # a dash inside a sentence
    (line("the following:", 0), line("• a new depot", 12), True),  # a bullet
    (line("measures agreed.", 0), line("2. Review the scheme", 12), True),  # a numbered item
])
def test_paragraph_breaks_inside_a_cell(prev, nxt, expected):
    assert starts_paragraph(prev, nxt, short_of=255.0) is expected


def test_an_empty_cell_has_no_text():
    assert cell_text([]) == ""


def test_cells_of_a_ruled_table_keep_paragraphs(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    style = getSampleStyleSheet()["BodyText"]
    actions = [Paragraph("Support town centre retailers and new Business Improvement Districts "
                         "across the county", style),
               Paragraph("Promote the creative and tourism sectors", style)]
    table = Table([["Outcome", "Delivery action"], ["Stronger economy", actions]], colWidths=[150, 180])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    path = tmp_path / "cells.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build([table])
    rows = [r.cells for b in read_paper(path).blocks if b.kind == "table" for r in b.rows]
    assert rows[1][1] == ("Support town centre retailers and new Business Improvement Districts "
                          "across the county\nPromote the creative and tourism sectors")


def _paper_with_a_broken_table(path, carried: list[list[str]], body_after_table: bool = False):
    """A capital programme table filling page 1 (unruled, right-aligned figures); page 2
    opens with ``carried`` (label, figure, figure lines), then a heading and a paragraph."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4)
    height = A4[1]

    def row(y, cells, bold=False):
        pdf.setFont("Helvetica-Bold" if bold else "Helvetica", 10)
        pdf.drawString(72, y, cells[0])
        for x, cell in zip((380, 480), cells[1:]):
            pdf.drawRightString(x, y, cell)

    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(72, height - 80, "3. Capital programme")
    row(height - 110, ["Scheme", "2010/11", "2011/12"], bold=True)
    y = height - 126
    for n in range(1, 20):
        row(y, [f"Footway renewal, ward {n}", f"{n * 10},000", f"{n * 5},000"])
        y -= 16
    if body_after_table:
        pdf.setFont("Helvetica", 10)
        pdf.drawString(72, y - 20, "Figures are subject to the outcome of the spending review.")
    pdf.showPage()
    y = height - 80
    for cells in carried:
        row(y, cells, bold=True)
        y -= 16
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(72, y - 20, "4. Risks")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(72, y - 44, "The main risks are set out in the risk register.")
    pdf.save()
    return read_paper(path).blocks


HEADER = ["Scheme", "2010/11", "2011/12"]
TOTAL = ["Total", "1,900,000", "950,000"]


@pytest.mark.parametrize("carried", [[HEADER, TOTAL], [TOTAL]], ids=["header+total", "total"])
def test_a_table_continued_by_a_line_or_two_at_the_top_of_a_page(tmp_path, carried):
    blocks = _paper_with_a_broken_table(tmp_path / "broken.pdf", carried)
    tables = [b for b in blocks if b.kind == "table"]
    assert len(tables) == 1
    rows = [(r.page, r.cells) for r in tables[0].rows]
    assert rows[0] == (1, HEADER) and rows[-1] == (2, TOTAL)
    assert [cells for _, cells in rows].count(HEADER) == 1  # the repeated header is dropped
    assert len(rows) == 21
    assert [b.text for b in blocks if b.kind == "heading"] == ["Capital programme", "Risks"]


def test_lines_after_a_page_ending_in_prose_are_not_table_rows(tmp_path):
    blocks = _paper_with_a_broken_table(tmp_path / "prose.pdf", [HEADER, TOTAL], body_after_table=True)
    tables = [b for b in blocks if b.kind == "table"]
    assert len(tables) == 1 and all(r.page == 1 for r in tables[0].rows)
    assert any(b.page == 2 and b.text.startswith("Total") for b in blocks if b.kind != "table")


def test_lettered_items_on_consecutive_lines_are_separate_blocks(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "grants.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    height = A4[1]
    items = ["A1  Youth Diversion Project - street sports (Youth Trust) ......... £6,500",
             "A2  Graffiti Removal Days ........................................... £2,250",
             "B1  Home Security Scheme (Housing Trust) ............................ £12k"]
    pdf.drawString(72, height - 72, "Projects funded by the Downshire Safety Partnership in 2012/13 are listed below.")
    for n, text in enumerate(items):
        pdf.drawString(72, height - 100 - 14 * n, text)
    pdf.save()
    blocks = read_paper(path).blocks
    assert [(b.marker, b.text.split()[0]) for b in blocks[1:]] == [("A1", "Youth"), ("A2", "Graffiti"), ("B1", "Home")]
