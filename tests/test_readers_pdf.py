"""Proposed additions to tests/test_readers.py (issue 9): the quick character path builds
pdfplumber's own dicts, and table cells keep their paragraphs apart."""
from pathlib import Path

import pdfplumber
import pytest
from pdfplumber.page import Page

from paper_miner.readers.pdf import QuickCharPage, read_pdf
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
    rows = [r.cells for b in read_pdf(path).blocks if b.kind == "table" for r in b.rows]
    assert rows[1][1] == ("Support town centre retailers and new Business Improvement Districts "
                          "across the county\nPromote the creative and tourism sectors")
