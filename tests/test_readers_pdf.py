"""The PDF reader: the quick character path builds pdfplumber's own dicts, table cells keep
their paragraphs apart, tables run on over page breaks, list items stay apart."""
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
import pytest
from pdfplumber.page import Page

from paper_miner.pipeline import extract_paper, read_paper
from paper_miner.readers import PDF_READER_VARIABLE, pdf_reader
from paper_miner.readers.files import joined_ordinals
from paper_miner.readers.pdf import read_pdf
from paper_miner.readers.pdf_chars import QuickCharPage
from paper_miner.readers.pdf_tables import cell_text, starts_paragraph
from paper_miner.readers.pdfium import read_page

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_PDFS = sorted((ROOT / "corpus" / "pdf").glob("*.pdf"))
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

reportlab = pytest.importorskip("reportlab")
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402


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


# --- the pdfium reader against the pdfplumber reader ------------------------------------------

def _records_by(reader: str, paper: Path, monkeypatch) -> dict[str, list[dict]]:
    """Each record type's records, key fields and whitespace-normalised quote."""
    monkeypatch.setenv(PDF_READER_VARIABLE, reader)
    extraction = extract_paper(paper, "0" * 64)
    shown = {}
    for kind, records in extraction.records.items():
        rows = [r.model_dump(exclude={"grounding", "grounding_score"}) for r in records]
        for row in rows:
            row["quote"] = " ".join(row["quote"].split())
        shown[kind] = rows
    return shown


@pytest.mark.parametrize("paper", SAMPLE_PDFS, ids=lambda p: p.stem[:3])
def test_pdfium_and_pdfplumber_readers_give_the_same_records(paper, monkeypatch):
    quick, reference = (_records_by(r, paper, monkeypatch) for r in ("pdfium", "pdfplumber"))
    assert {k: len(v) for k, v in quick.items()} == {k: len(v) for k, v in reference.items()}
    assert quick == reference


def _both_readers(path: Path) -> list[list[tuple[str, int, str]]]:
    return [[(b.kind, b.page, b.text) for b in read_pdf(path, reader=reader).blocks]
            for reader in ("pdfium", "pdfplumber")]


def _page(path: Path, draw, rotation: int = 0) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setPageRotation(rotation)
    draw(c)
    c.save()
    return path


def test_ligature_glyphs_read_as_the_font_maps_them(tmp_path):
    """A TrueType font's 'ﬁ' glyph comes out as its ToUnicode map says ('f' 'i' here), the
    same from both readers."""
    if not DEJAVU.exists():
        pytest.skip("needs the DejaVu Sans font")
    pdfmetrics.registerFont(TTFont("DejaVuSans", DEJAVU))

    def draw(c):
        c.setFont("DejaVuSans", 11)
        c.drawString(72, 700, "The \ufb01nance o\ufb03ce reported a de\ufb01cit of £2m.")
    quick, reference = _both_readers(_page(tmp_path / "ligatures.pdf", draw))
    assert quick == reference == [("paragraph", 1, "The finance office reported a deficit of £2m.")]


def test_line_break_hyphen_mark_is_a_plain_hyphen(tmp_path):
    """pdfium marks a hyphen ending a line as U+FFFE ("long-" / "term"): read as '-'."""
    def draw(c):
        c.setFont("Helvetica", 11)
        c.drawString(72, 700, "The council agreed a long-")
        c.drawString(72, 686, "term plan for the borough.")
    path = _page(tmp_path / "hyphen.pdf", draw)
    with pdfium.PdfDocument(str(path)) as pdf:
        assert "\ufffe" in pdf[0].get_textpage().get_text_range()  # the mark is there to map
    quick, reference = _both_readers(path)
    assert quick == reference == [("paragraph", 1, "The council agreed a long-term plan for the borough.")]


def test_rotated_text_and_landscape_pages_read_alike(tmp_path):
    """A sideways label stays apart from the level lines; a landscape page (/Rotate 90, its
    text drawn turned) reads level."""
    def draw(c):
        c.setFont("Helvetica", 11)
        c.drawString(72, 700, "Level text before the sideways label.")
        c.saveState(), c.translate(40, 400), c.rotate(90), c.drawString(0, 0, "Sideways label")
        c.restoreState()
        c.drawString(72, 600, "Level text after the sideways label.")
        c.showPage()
        c.setPageRotation(90)
        c.setFont("Helvetica", 11)
        c.translate(595, 0), c.rotate(90)
        c.drawString(72, 500, "A landscape page reads level once turned.")
    quick, reference = _both_readers(_page(tmp_path / "rotated.pdf", draw))
    assert quick == reference
    assert ("paragraph", 1, "Level text after the sideways label.") in quick
    assert ("paragraph", 2, "A landscape page reads level once turned.") in quick


def test_pdfium_keeps_pdfplumbers_bold_from_the_font_name(tmp_path):
    def draw(c):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(72, 700, "Financial implications")
        c.setFont("Helvetica", 11)
        c.drawString(72, 680, "The scheme costs £2m over three years.")
    with pdfium.PdfDocument(str(_page(tmp_path / "bold.pdf", draw))) as pdf:
        chars = read_page(pdf, 0).chars
    assert {c["fontname"] for c in chars if c["text"] == "F"} == {"Helvetica-Bold"}
    assert {c["fontname"] for c in chars if c["text"] == "T"} == {"Helvetica"}
    assert {round(c["size"], 1) for c in chars} == {11.0}


@pytest.mark.parametrize("reader", ["pdfium", "pdfplumber"])
def test_readers_take_the_pdf_reader_variable(reader, monkeypatch):
    monkeypatch.setenv(PDF_READER_VARIABLE, reader)
    assert pdf_reader() == reader


def test_an_unknown_pdf_reader_is_refused(monkeypatch):
    monkeypatch.setenv(PDF_READER_VARIABLE, "pdfbox")
    with pytest.raises(ValueError, match="pdfium, pdfplumber"):
        pdf_reader()


# --- designed pages: text in columns ----------------------------------------------------

_LEFT = ["The Harbourside Partnership brings together the district", "council, the health board and local charities to lead",
         "the work on healthy lives across the borough and its", "villages, with the focus on communities of highest need."]
_RIGHT = ["The plan sets three aims for the next four years:", "Reduce the share of adults who smoke from 14% to",
          "9% or less by the end of 2026, and halve the gap", "between the most and least deprived wards by 2027."]


def _two_columns(c, top: float = 700) -> None:
    c.setFont("Helvetica", 10)
    for i, (left, right) in enumerate(zip(_LEFT, _RIGHT)):
        c.drawString(50, top - 13 * i, left)
        c.drawString(320, top - 13 * i, right)


def _paragraphs(path: Path) -> list[str]:
    return [b.text for b in read_paper(path).blocks]


def test_two_columns_of_prose_are_read_one_column_at_a_time(tmp_path):
    texts = _paragraphs(_page(tmp_path / "columns.pdf", _two_columns))
    assert " ".join(_LEFT) in texts and " ".join(_RIGHT) in texts
    assert texts.index(" ".join(_LEFT)) < texts.index(" ".join(_RIGHT))


def _framed_panels(c) -> None:
    """A coloured page-size frame with rules across it between panels: pdfplumber's table
    finder takes the frame and rules for a grid whose rows run across both columns."""
    c.rect(20, 20, 555, 800)
    for y in (680, 600, 520):
        c.line(20, y, 575, y)
    _two_columns(c, top=720)
    _two_columns(c, top=660)
    c.drawString(50, 560, "Panels of text with a rule under them.")


def test_panel_frames_taken_for_a_table_are_read_as_columns(tmp_path):
    blocks = read_paper(_page(tmp_path / "panels.pdf", _framed_panels)).blocks
    assert not [b for b in blocks if b.kind == "table"]
    assert any(" ".join(_RIGHT) in b.text for b in blocks)


def _grid_paper(path: Path, rows: list[list[str]], widths: list[int]) -> Path:
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    style = getSampleStyleSheet()["BodyText"]
    table = Table([[Paragraph(cell, style) for cell in row] for row in rows], colWidths=widths)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    SimpleDocTemplate(str(path), pagesize=A4).build([table])
    return path


def test_a_ruled_minutes_grid_with_prose_cells_stays_a_table(tmp_path):
    minute = ("The Board received the report of the Director of Place on the library refurbishment "
              "programme. Members asked about the timetable for the works at the central library and "
              "the effect on opening hours during the summer.<br/><br/>The Board agreed the revised "
              "programme and asked officers to report progress at the next meeting in the autumn.")
    action = "Director of Place to circulate the revised timetable to all members of the Board"
    rows = [["Item", "Minute", "Action by"], ["4. Library works", minute, action],
            ["5. Any other business", "There was no other business and the meeting closed early.", ""]]
    blocks = read_paper(_grid_paper(tmp_path / "grid.pdf", rows, [90, 280, 110])).blocks
    tables = [b for b in blocks if b.kind == "table"]
    assert tables and tables[0].rows[1].cells[2] == action


def test_a_ruled_kpi_table_with_long_indicator_names_stays_a_table(tmp_path):
    rows = [["Indicator", "2023/24", "Target"],
            ["Percentage of household waste sent for reuse, recycling and composting across the district", "41%", "45%"],
            ["Average number of working days lost to sickness absence per full time employee", "9.2", "8.0"]]
    blocks = read_paper(_grid_paper(tmp_path / "kpi.pdf", rows, [300, 70, 70])).blocks
    tables = [b for b in blocks if b.kind == "table"]
    assert tables and [r.cells[2] for r in tables[0].rows] == ["Target", "45%", "8.0"]


def _superscript(pdf, x: float, y: float, number: str, suffix: str, after: str) -> None:
    """Write "3" then a raised, smaller "rd", then ``after``: a word processor's superscript."""
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(x, y, number)
    x += pdf.stringWidth(number, "Helvetica-Bold", 14) + 0.5
    pdf.setFont("Helvetica-Bold", 8)
    pdf.drawString(x, y + 5, suffix)
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(x + pdf.stringWidth(suffix, "Helvetica-Bold", 8) + 0.2, y, after)


def test_a_superscript_ordinal_stays_with_its_number(tmp_path):
    """Heading "Ashdown Parish Council – 23rd October 2018" with "rd" raised comes out of
    pdfplumber as "3 rd September"; "14thmeeting" is the same suffix glued to the next word."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "minutes.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(72, 760, "Ashdown Parish Council - ")
    _superscript(pdf, 72 + pdf.stringWidth("Ashdown Parish Council - ", "Helvetica-Bold", 14), 760,
                 "23", "rd", " October 2018")
    _superscript(pdf, 72, 730, "14", "th", "meeting")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(72, 700, "The minutes of the last meeting were agreed as a true record.")
    pdf.save()
    texts = [b.text for b in read_pdf(path).blocks]
    assert texts[:2] == ["Ashdown Parish Council - 23rd October 2018", "14th meeting"]


@pytest.mark.parametrize("printed, read", [
    ("held on 3 rd October 2018", "held on 3rd October 2018"),
    ("the 22 nd and 23 rd May", "the 22nd and 23rd May"),
    ("ODI, 2ndFloor", "ODI, 2nd Floor"),
    ("the 2 th item", "the 2 th item"),  # not an ordinal suffix of 2: left as printed
    ("3 things, 5 streets", "3 things, 5 streets"),
])
def test_ordinal_suffixes_are_joined_to_their_numbers(printed, read):
    assert joined_ordinals(printed) == read


def test_an_unruled_table_with_group_rows_and_ratings_is_one_table(tmp_path):
    """Columns set apart by wide gaps, a service's name on a row of its own between the rows,
    and a rating word in the last column: still one table, the group rows kept as rows."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "scorecard.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    rows = [("Indicator", "Actual", "Target", "Status"), ("Waste Services",),
            ("Household waste recycled", "44%", "50%", "Amber"), ("Missed bins per 100,000", "61", "80", "Green"),
            ("Customer Services",), ("Calls answered in 60 seconds", "78%", "85%", "Red"),
            ("Complaints answered on time", "91%", "90%", "Green")]
    pdf.setFont("Helvetica", 10)
    pdf.drawString(72, 780, "The table shows the latest position against each target.")
    for n, cells in enumerate(rows):
        for x, cell in zip((72, 330, 400, 470), cells):
            pdf.drawString(x, 750 - 16 * n, cell)
    pdf.drawString(72, 600, "Officers will report the next quarter's results in March.")
    pdf.save()
    tables = [b for b in read_pdf(path).blocks if b.kind == "table"]
    assert [r.cells for r in tables[0].rows] == [list(r) + [""] * (4 - len(r)) for r in rows]


def _lines_at(path: Path, rows: list[list[tuple[float, str]]], leading: float = 14.0) -> Path:
    """A page of lines drawn cell by cell, each cell at its x position (no rules)."""
    drawing = canvas.Canvas(str(path), pagesize=A4)
    drawing.setFont("Helvetica", 10)
    for n, row in enumerate(rows):
        for x, text in row:
            drawing.drawString(x, 780 - n * leading, text)
    drawing.save()
    return path


def _table_rows(path: Path) -> list[list[str]]:
    return [row.cells for block in read_paper(path).blocks if block.kind == "table" for row in block.rows]


def test_unruled_columns_parted_by_a_cells_padding_and_a_note_across_them(tmp_path):
    """Cells a padding apart ("20 days 12 days") are columns where no row's text crosses the gap
    between them; a note run across the columns in one row of ten does not close the gap."""
    rows = [[(70, "Indicator"), (300, "Floor"), (352, "Target"), (404, "Latest")]]
    rows += [[(70, f"Average days to relet homes in area {n}"), (300, "20 days"), (352, "12 days"), (404, "15 days")]
             for n in range(1, 11)]
    rows += [[(70, "Appropriate sum for next year will be £7.86 a head on the roll"), (404, "683 on roll")]]
    found = _table_rows(_lines_at(tmp_path / "padding.pdf", rows))
    assert found[1] == ["Average days to relet homes in area 1", "20 days", "12 days", "15 days"]
    assert found[-1][0] == "Appropriate sum for next year will be £7.86 a head on the roll"


def test_a_cells_wrapped_line_joins_its_row_and_a_line_across_the_columns_ends_the_table(tmp_path):
    """A one-cell line close under a row ("weeks") is that row's cell wrapped on; a line run
    across the columns is the text after the table."""
    rows = [[(70, "Measure"), (330, "Target"), (400, "Actual")],
            [(70, "Education, Health and Care Plans issued within 20"), (330, "60%"), (400, "41%")],
            [(70, "weeks")],
            [(70, "Invoices paid within 30 days"), (330, "97%"), (400, "94%")],
            [(70, "Council tax collected in year"), (330, "57.5%"), (400, "57.2%")],
            [(330, "All 71%")],
            [(70, "The committee resolved to pay all of the invoices listed above in full.")]]
    path = _lines_at(tmp_path / "wrapped.pdf", rows, leading=11.0)
    found = _table_rows(path)
    assert found[1] == ["Education, Health and Care Plans issued within 20 weeks", "60%", "41%"]
    assert found[-1] == ["", "All 71%", ""]  # a figure under a figure: a row of its own
    assert any(b.text.startswith("The committee resolved") for b in read_paper(path).blocks if b.kind != "table")


def test_lines_cut_short_by_a_line_across_the_columns_are_no_table(tmp_path):
    """A list of payments spaced out on a minutes page: cut at its first line across the columns,
    the one row left above it is no table."""
    rows = [[(70, "Invoices received:")],
            [(70, "Harwood & Sons Oak bench repair"), (330, "£ 48.00")],
            [(70, "Fenmoor District Council Uncontested Election Costs £ 105.00")],
            [(70, "Jo Pilling"), (230, "Labour to refit the shelter £ 115.00")],
            [(250, "Stainless steel fixings"), (400, "£ 20.00")],
            [(70, "Dale Community Bus Donation requested, agreed to pay £ 65.00")],
            [(70, "The Councillors resolved to pay all of the above.")]]
    assert _table_rows(_lines_at(tmp_path / "payments.pdf", rows, leading=11.0)) == []


def test_text_on_highlight_strips_is_running_text_not_a_table(tmp_path):
    """A word processor's shading draws a strip behind each word; the table finder sees the
    strips' edges as rules and cuts the words into dozens of columns."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "shaded.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    lines = ["Following a public consultation the final draft Cycling Strategy was presented at County",
             "Council on 4 March 2026 and members voted to approve its adoption. The strategy sets out",
             "a balanced approach to improving routes across the county over the next ten years."]
    for n, line in enumerate(lines):
        x, y = 72, 700 - 12 * n
        for word in line.split():
            width = pdf.stringWidth(word, "Helvetica", 10)
            pdf.setFillColorRGB(0.9, 0.95, 1)
            pdf.rect(x - 1, y - 2.5, width + 2, 12, stroke=1, fill=1)
            pdf.setFillColorRGB(0, 0, 0)
            pdf.setFont("Helvetica", 10)
            pdf.drawString(x, y, word)
            x += width + pdf.stringWidth(" ", "Helvetica", 10)
    pdf.save()
    blocks = read_pdf(path).blocks
    assert [b.kind for b in blocks] == ["paragraph"]
    assert blocks[0].text.startswith("Following a public consultation the final draft Cycling Strategy")


@pytest.mark.parametrize("rows, expected", [
    ([["Local", "", "Tran", "sport", "Plan", "", "approved", "", "by", "County", "", "Council"]] * 3, True),
    # a wide table of figures, and one of months over figures, are tables
    ([["Ward"] + [f"{m}" for m in range(1, 12)], ["North"] + ["12"] * 11, ["South"] + ["9"] * 11], False),
    ([["Measure", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan"],
      ["Calls answered", "91%", "90%", "88%", "92%", "93%", "90%", "89%", "91%", "94%", "95%"]], False),
])
def test_a_wide_table_of_single_words_is_highlighted_text(rows, expected):
    from paper_miner.readers.pdf_tables import is_highlighted_text
    assert is_highlighted_text(rows) is expected


def test_a_borderless_table_of_words_is_read_row_by_row(tmp_path):
    """A word processor's table without rules ("Ref | Minute | Action"): each row's cells kept
    apart, a cell's wrapped lines joined, its short first line a title over its minute, so the
    reference and the action never run into the minute."""
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    styles = getSampleStyleSheet()
    cell = lambda text: Paragraph(text, styles["BodyText"])  # noqa: E731
    rows = [[cell("<b>Ref</b>"), cell("<b>Minute</b>"), cell("<b>Action</b>")],
            [cell("PC 41/25"), cell("<b>Church clock</b><br/>Two quotes were looked at. Members chose the "
                                   "quote from Tower Time Ltd for £1,840 plus VAT."), cell("Clerk")],
            [cell("PC 42/25"), cell("<b>Grit bins</b><br/>Members agreed to buy three more grit bins for the lanes "
                                   "above the school, funded from the highways reserve."), cell("Cllr Moss")]]
    path = tmp_path / "minutes.pdf"
    SimpleDocTemplate(str(path)).build([Paragraph("Minutes of the meeting held on 3 November 2025", styles["Normal"]),
                                        Table(rows, colWidths=[60, 330, 70], style=[("VALIGN", (0, 0), (-1, -1), "TOP")])])
    tables = [b for b in read_pdf(path).blocks if b.kind == "table"]
    assert [r.cells for r in tables[0].rows] == [
        ["Ref", "Minute", "Action"],
        ["PC 41/25", "Church clock\nTwo quotes were looked at. Members chose the quote from Tower Time Ltd for "
                     "£1,840 plus VAT.", "Clerk"],
        ["PC 42/25", "Grit bins\nMembers agreed to buy three more grit bins for the lanes above the school, funded "
                     "from the highways reserve.", "Cllr Moss"]]
