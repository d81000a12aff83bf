"""Word (.docx) and saved web page (.html) readers: the sample papers rendered by the tests as
Word documents (heading styles, Word's own numbering, tables, a footer) and as web pages (site
furniture around the content) give the records their text version gives (and, where the sample
gold is at hand, score within 0.02 of it); bad files fail. The five samples are read once per
module (about 15 s)."""
from __future__ import annotations

import hashlib
import html
import os
import re
import zipfile
from pathlib import Path

import pytest
import sqlite_utils

from conftest import agreement, f1, load_script
from paper_miner import store
from paper_miner.errors import UnreadablePaper
from paper_miner.layout.blocks import is_bullet
from paper_miner.models import Block, Extraction
from paper_miner.pipeline import extract_paper, read_paper
from paper_miner.readers import read_raw
from paper_miner.readers.numbering import BULLET

docx = pytest.importorskip("docx")
from docx.oxml import parse_xml  # noqa: E402
from docx.oxml.ns import nsdecls  # noqa: E402

CORPUS = Path(__file__).parents[1] / "corpus"
SAMPLES = sorted(CORPUS.glob("*.txt"))
# The gold records of the samples, beside the checkout as `make score` finds them, or where PAPER_MINER_GOLD says
GOLD = Path(os.environ.get("PAPER_MINER_GOLD") or CORPUS.parents[1] / "shared" / "gold")
_DECIMAL = re.compile(r"^((?:\d+\.)*)(\d+)(\.?)$")
# A printed number Word can make: a fixed prefix, one counter, a fixed suffix ("S%1.", "2.%1", "(%1)")
_WORD_NUMBER = re.compile(r"^(\(?[A-Z]{0,2}(?:\d+\.?)*?)(\d+|[a-z])([.)]?)$")


# --- rendering a text paper as Word and as a web page ------------------------------------------

def _number_format(marker: str) -> tuple[str, int, str] | None:
    """How Word would number a printed marker: "1.2" -> ("decimal", 2, "1.%1"), "(b)" ->
    ("lowerLetter", 2, "(%1)"), "S2." -> ("decimal", 2, "S%1."); None for a bullet or "(ii)"."""
    if not (m := _WORD_NUMBER.match(marker)):
        return None
    prefix, counter, suffix = m.groups()
    if counter.isdigit():
        return "decimal", int(counter), f"{prefix}%1{suffix}"
    return "lowerLetter", ord(counter) - ord("a") + 1, f"{prefix}%1{suffix}"


def _add_numbering(document, num_id: int, fmt: str, start: int, text: str) -> str:
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{num_id}"><w:lvl w:ilvl="0">'
        f'<w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl></w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{num_id}"/></w:num>'))
    return str(num_id)


def _number(paragraph, num_id: str) -> None:
    paragraph._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'))


def to_docx(blocks: list[Block], path: Path) -> Path:
    """Headings in Heading styles at the paper's levels; numbered headings and items numbered by
    Word (the number is not typed, "S2." too); bullets in "List Bullet" or, for another glyph
    ("◆", "*"), a bullet list of that glyph; a number Word cannot
    make ("(ii)") typed; tables as Word tables; and a footer that must not be read."""
    document = docx.Document()
    document.sections[0].footer.paragraphs[0].text = "Printed 1 April 2031 | Page 1 of 9"
    for n, block in enumerate(blocks, 1000):
        fmt = _number_format(block.marker) if block.marker else None
        if block.marker and block.marker != BULLET and is_bullet(block.marker):
            fmt = ("bullet", 1, block.marker)  # "◆" or "*": a bullet list of the paper's own glyph
        if block.kind == "table":
            width = max(len(r.cells) for r in block.rows)
            table = document.add_table(rows=len(block.rows), cols=width)
            for row, cells in zip(table.rows, block.rows):
                for cell, text in zip(row.cells, cells.cells):
                    cell.text = text
            continue
        if block.kind == "heading":
            paragraph = document.add_heading(block.text if fmt else _typed(block), level=min(max(block.level, 1), 9))
        elif fmt or not block.marker:
            paragraph = document.add_paragraph(block.text)
        elif block.marker == BULLET:
            paragraph = document.add_paragraph(block.text, style="List Bullet")
        else:
            paragraph = document.add_paragraph(_typed(block))
        if fmt:
            _number(paragraph, _add_numbering(document, n, *fmt))
    document.save(path)
    return path


def _typed(block: Block) -> str:
    return f"{block.marker} {block.text}" if block.marker else block.text


def _html_block(block: Block) -> str:
    text = html.escape(block.text)
    if block.kind == "table":
        rows = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r.cells) + "</tr>" for r in block.rows)
        return f"<table>{rows}</table>"
    if block.kind == "heading":
        typed = f"{html.escape(block.marker)} {text}" if block.marker else text
        return f"<h{min(max(block.level, 1), 6)}>{typed}</h{min(max(block.level, 1), 6)}>"
    if block.marker and (m := _DECIMAL.match(block.marker)) and not m.group(1):
        return f'<ol start="{m.group(2)}"><li>{text}</li></ol>'
    if block.marker == BULLET:  # another glyph ("◆", "*") is typed, as a site's editor types it
        return f"<ul><li>{text}</li></ul>"
    return f"<p>{html.escape(block.marker)} {text}</p>" if block.marker else f"<p>{text}</p>"


SITE = """<html><head><title>Meetings</title><script>var x = "Cabinet approved £9,999,999";</script></head>
<body><div class="cookie-banner">We use cookies. Accept all cookies</div>
<header><a href="/">Home</a> <nav><ul><li>Councillors</li><li>Meetings</li></ul></nav></header>
<div class="breadcrumb">Home &gt; Meetings &gt; Cabinet</div>
<main>{content}</main>
<footer>© Council 2031 · Accessibility · Contact us · Total budget £1,000,000</footer></body></html>"""


def to_html(blocks: list[Block], path: Path) -> Path:
    path.write_text(SITE.format(content="\n".join(_html_block(b) for b in blocks)), encoding="utf-8")
    return path


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def readings(tmp_path_factory) -> dict[str, list[Extraction]]:
    """Each sample paper's extraction from its text, and from its Word and web renderings; the
    renderings are made from the paper as laid out, so a heading sits at the level it reads at."""
    folder = tmp_path_factory.mktemp("renderings")
    out: dict[str, list[Extraction]] = {"txt": [], "docx": [], "html": []}
    for sample in SAMPLES:
        blocks = read_paper(sample).blocks
        out["txt"].append(extract_paper(sample, _sha(sample)))
        for fmt, render in (("docx", to_docx), ("html", to_html)):
            rendered = render(blocks, folder / f"{sample.stem}.{fmt}")
            out[fmt].append(extract_paper(rendered, _sha(rendered)))
    return out


@pytest.mark.parametrize("fmt", ["docx", "html"])
def test_rendered_samples_give_the_text_version_records(readings, fmt):
    """Every record of every sample, money exact and wording nearly: F1 0.98 or better."""
    counts = [agreement(text.records, rendered.records) for text, rendered in zip(readings["txt"], readings[fmt])]
    matched, total, got = map(sum, zip(*counts))
    assert total > 300  # the five samples hold projects, budgets, targets and decisions
    assert f1(matched, total, got) >= 0.98


def _gold_f1(extractions: list[Extraction], db_path: Path, score) -> float:
    """The overall F1 of these papers' records against the sample gold, as score.py counts it."""
    db = sqlite_utils.Database(db_path)
    store.ensure_db_shape(db)
    for extraction in extractions:
        store.save_extraction(db, extraction)
    totals = score.score(db_path, GOLD, None, False)[0]
    counts = [sum(t[i] for per_type in totals.values() for t in per_type.values()) for i in range(3)]
    return score.prf(*counts)[2]


@pytest.mark.skipif(not (GOLD / "score.py").exists(), reason=f"no sample gold at {GOLD} (set PAPER_MINER_GOLD)")
@pytest.mark.parametrize("fmt", ["docx", "html"])
def test_rendered_samples_score_within_two_points_of_the_text_version_on_the_gold(readings, fmt, tmp_path):
    score = load_script(GOLD / "score.py")
    text = _gold_f1(readings["txt"], tmp_path / "txt.db", score)
    assert text > 0.9 and _gold_f1(readings[fmt], tmp_path / f"{fmt}.db", score) >= text - 0.02


# --- Word ------------------------------------------------------------------------------------

def _word(tmp_path: Path, build) -> Path:
    document = docx.Document()
    build(document)
    document.save(tmp_path / "paper.docx")
    return tmp_path / "paper.docx"


def _word_numbered_list():
    """One Word list, levels "%1." and "(%2)": 1., (a), (b), 2., (a) — none typed in the text."""
    def build(document):
        numbering = document.part.numbering_part.element
        numbering.insert(0, parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="77">'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
            '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl>'
            '</w:abstractNum>'))
        numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="77"><w:abstractNumId w:val="77"/></w:num>'))
        for level, text in [(0, "That Cabinet approves the plan."), (1, "the first phase;"), (1, "the second phase;"),
                            (0, "That the Director reports back in June."), (1, "on costs.")]:
            paragraph = document.add_paragraph(text)
            paragraph._p.get_or_add_pPr().append(parse_xml(
                f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="77"/></w:numPr>'))
    return build


def test_word_paper_reads_styles_numbering_merged_cells_and_drops_the_footer(tmp_path):
    def build(document):
        document.sections[0].header.paragraphs[0].text = "OFFICIAL – Westmere District Council"
        document.add_paragraph("Parks Investment Plan", style="Title")
        document.add_heading("Recommendations", level=1)
        _word_numbered_list()(document)
        document.add_heading("Costs", level=2)
        table = document.add_table(rows=3, cols=3)
        for r, cells in enumerate([["Theme", "Scheme", "2031/32"], ["Play", "New swings", "£40,000"],
                                   ["", "Skate park", "£85,000"]]):
            for c, text in enumerate(cells):
                table.cell(r, c).text = text
        table.cell(1, 0).merge(table.cell(2, 0))
        table.cell(0, 1).merge(table.cell(0, 2))
    layout = read_paper(_word(tmp_path, build))
    assert layout.fmt == "docx" and not layout.paged and layout.pages == 1
    headings = [(b.text, b.level) for b in layout.blocks if b.kind == "heading"]
    assert headings[:3] == [("Parks Investment Plan", 1), ("Recommendations", 1), ("Costs", 2)]
    items = [(b.marker, b.level) for b in layout.blocks if b.kind == "list_item"]
    assert items == [("1.", 1), ("(a)", 2), ("(b)", 2), ("2.", 1), ("(a)", 2)]
    table = next(b for b in layout.blocks if b.kind == "table")
    assert [r.cells for r in table.rows] == [["Theme", "Scheme\n2031/32", ""], ["Play", "New swings", "£40,000"],
                                             ["Play", "Skate park", "£85,000"]]
    assert "OFFICIAL" not in layout.page_texts[0]


def _list(document, num_id: int, fmt: str, text: str) -> str:
    """A one-level Word list printing ``text`` ("2.%1", "◆", Symbol's "\\uf0b7")."""
    return _add_numbering(document, num_id, fmt, 1, text)


def test_word_bullets_print_their_own_glyph_and_numbers_their_depth(tmp_path):
    def build(document):
        for num_id, fmt, text, item in [(81, "bullet", "◆", "Improve air quality"),
                                        (82, "bullet", "\uf0b7", "Cut waste"),
                                        (83, "bullet", "*", "These are targets to 2030"),
                                        (84, "decimal", "2.%1", "The Board agreed the plan.")]:
            _number(document.add_paragraph(item), _list(document, num_id, fmt, text))
    layout = read_raw(_word(tmp_path, build))
    assert [(b.marker, b.level) for b in layout.blocks] == [("◆", 1), ("•", 1), ("*", 1), ("2.1", 2)]


def test_word_lists_sharing_an_abstract_list_count_on_unless_restarted(tmp_path):
    """Two instances of one list go on 1., 2., 3. as Word prints them; one with startOverride restarts."""
    def build(document):
        numbering = document.part.numbering_part.element
        numbering.insert(0, parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90"><w:lvl w:ilvl="0">'
                                      '<w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
                                      '</w:lvl></w:abstractNum>'))
        for num_id, override in [(91, ""), (92, ""),
                                 (93, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>')]:
            numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="90"/>'
                                       f'{override}</w:num>'))
        for num_id, text in [(91, "Cabinet notes the report."), (91, "Cabinet agrees the plan."),
                             (92, "Cabinet thanks the officers."), (93, "Cabinet notes the risks.")]:
            _number(document.add_paragraph(text), str(num_id))
    layout = read_raw(_word(tmp_path, build))
    assert [b.marker for b in layout.blocks] == ["1.", "2.", "3.", "1."]


def test_word_row_starting_in_a_later_column_keeps_its_cells_in_their_columns(tmp_path):
    """A total row that Word starts under the figures (``gridBefore``) is not shifted left."""
    def build(document):
        table = document.add_table(rows=2, cols=3)
        for c, text in enumerate(["Scheme", "2031/32", "2032/33"]):
            table.cell(0, c).text = text
        total = table.rows[1]._tr
        total.remove(total.tc_lst[0])
        total.get_or_add_trPr().insert(0, parse_xml(f'<w:gridBefore {nsdecls("w")} w:val="1"/>'))
        total.tc_lst[0].append(parse_xml(f'<w:p {nsdecls("w")}><w:r><w:t>£40,000</w:t></w:r></w:p>'))
        total.tc_lst[1].append(parse_xml(f'<w:p {nsdecls("w")}><w:r><w:t>£85,000</w:t></w:r></w:p>'))
    table = read_raw(_word(tmp_path, build)).blocks[0]
    assert [r.cells for r in table.rows] == [["Scheme", "2031/32", "2032/33"], ["", "£40,000", "£85,000"]]


def test_word_table_of_contents_is_not_read(tmp_path):
    """Word's contents (its TOC styles) repeat the headings, with page numbers."""
    def build(document):
        document.styles.add_style("toc 1", 1)  # Word's template has "TOC Heading", based on "Heading 1"
        document.add_paragraph("Contents", style="TOC Heading")
        for entry in ["1.\tPurpose of the report\t3", "2.\tBackground\t4"]:
            document.add_paragraph(entry, style="toc 1")
        document.add_heading("1. Purpose of the report", level=1)
        document.add_paragraph("To ask Cabinet to agree the plan.")
    layout = read_raw(_word(tmp_path, build))
    assert [(b.kind, b.marker, b.text) for b in layout.blocks] == [
        ("heading", "1.", "Purpose of the report"), ("paragraph", None, "To ask Cabinet to agree the plan.")]


def _body_xml(document, xml: str) -> None:
    document.element.body.insert(0, parse_xml(f'<w:body {nsdecls("w")}>{xml}</w:body>')[0])


def test_word_text_in_content_controls_insertions_and_cell_line_breaks_is_read(tmp_path):
    """A template's content control, tracked changes (inserted words read, deleted ones not),
    a cell with line breaks and a table nested in a cell: what Word shows, line for line."""
    def build(document):
        table = document.add_table(rows=1, cols=2)
        table.cell(0, 0).paragraphs[0].add_run("Play areas").add_break()
        table.cell(0, 0).paragraphs[0].add_run("Skate park")
        table.cell(0, 1).text = "£85,000"
        inner = table.cell(0, 1).add_table(rows=1, cols=1)
        inner.cell(0, 0).text = "Capital"
        _body_xml(document, '<w:p><w:r><w:t xml:space="preserve">The council </w:t></w:r>'
                  '<w:del w:id="1" w:author="A"><w:r><w:delText>rejected</w:delText></w:r></w:del>'
                  '<w:ins w:id="2" w:author="A"><w:r><w:t>approved</w:t></w:r></w:ins>'
                  '<w:r><w:t xml:space="preserve"> the plan.</w:t></w:r></w:p>')
        _body_xml(document, '<w:sdt><w:sdtPr><w:alias w:val="Report title"/></w:sdtPr><w:sdtContent>'
                  '<w:p><w:r><w:t>Parks Investment Plan 2031</w:t></w:r></w:p></w:sdtContent></w:sdt>')
    layout = read_raw(_word(tmp_path, build))
    texts = [b.text for b in layout.blocks]
    assert texts[:2] == ["Parks Investment Plan 2031", "The council approved the plan."]
    assert [r.cells for r in layout.blocks[2].rows] == [["Play areas\nSkate park", "£85,000\nCapital"]]


def test_word_headings_from_outline_levels(tmp_path):
    """A house style with an outline level, or a paragraph given one directly, is a heading."""
    def build(document):
        style = document.styles.add_style("Council Subhead", 1)
        style.element.get_or_add_pPr().append(parse_xml(f'<w:outlineLvl {nsdecls("w")} w:val="1"/>'))
        document.add_paragraph("Financial implications", style="Council Subhead")
        direct = document.add_paragraph("Risks and mitigation")
        direct._p.get_or_add_pPr().append(parse_xml(f'<w:outlineLvl {nsdecls("w")} w:val="2"/>'))
        document.add_paragraph("The scheme costs less than planned and is on time.")
    layout = read_raw(_word(tmp_path, build))
    assert [(b.kind, b.level) for b in layout.blocks] == [("heading", 2), ("heading", 3), ("paragraph", 0)]


def test_corrupt_docx_fails_as_corrupt(tmp_path):
    broken = tmp_path / "report.docx"
    broken.write_bytes(b"PK\x03\x04 this zip was cut short by a failed download")
    with pytest.raises(UnreadablePaper) as err:
        read_raw(broken)
    assert err.value.kind == "corrupt" and "damaged" in str(err.value)
    no_document = tmp_path / "other.docx"
    with zipfile.ZipFile(no_document, "w") as archive:
        archive.writestr("hello.txt", "not a Word package")
    with pytest.raises(UnreadablePaper, match="damaged"):
        read_raw(no_document)


def test_password_protected_docx_fails_as_encrypted(tmp_path):
    """Word saves a protected .docx as an OLE file holding an "EncryptedPackage" stream."""
    locked = tmp_path / "locked.docx"
    locked.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500 + "EncryptedPackage".encode("utf-16-le"))
    with pytest.raises(UnreadablePaper) as err:
        read_raw(locked)
    assert err.value.kind == "encrypted" and "password" in str(err.value)


# --- web pages -------------------------------------------------------------------------------

LOGIN = """<html><body><nav>Home | Meetings</nav><main><h1>Sign in</h1>
<form><label>Username</label><input name="u"><label>Password</label><input type="password" name="p">
<button>Sign in</button></form><p>Forgotten your password?</p></main></body></html>"""

NOTICE = """<html><body><div id="cookie-consent">This site uses cookies. <button>OK</button></div>
<nav><a>Committees</a><a>Decisions</a></nav>
<div id="content"><h1>Decision details</h1><h2>Highway verge maintenance contract</h2>
<table>
<tr><th>Decision maker:</th><td>Cabinet</td></tr>
<tr><th>Decision status:</th><td>Approved</td></tr>
<tr><th>Is Key decision?:</th><td>Yes</td></tr>
</table>
<h3>Purpose:</h3><p>To award the contract for cutting highway verges across the borough for the years
2031 to 2034, after a tender that drew five bids from local firms and two from national firms.</p>
<dl><dt>Decision:</dt><dd><p>Cabinet approved the award of the highway verge maintenance contract to
Greenway Grounds Ltd for three years at a cost of £450,000 a year.</p></dd>
<dt>Reasons for the decision:</dt><dd><p>The bid gave the best mix of price and quality of the bids
received and meets the council's biodiversity aims for the verges.</p></dd>
<dt>Date of decision:</dt><dd>12 March 2031</dd></dl></div>
<footer>Ashcombe Borough Council · Privacy</footer></body></html>"""


def test_login_page_is_not_a_paper(tmp_path):
    page = tmp_path / "decision.html"
    page.write_text(LOGIN, encoding="utf-8")
    with pytest.raises(UnreadablePaper) as err:
        read_raw(page)
    assert err.value.kind == "not_a_paper" and "login page" in str(err.value)


def test_error_page_is_not_a_paper(tmp_path):
    page = tmp_path / "minutes.htm"
    page.write_text("<html><body><h1>404 Not Found</h1><p>The page you asked for has moved.</p></body></html>")
    with pytest.raises(UnreadablePaper, match="not a paper"):
        read_raw(page)


def test_decision_notice_fields_become_the_decision(tmp_path):
    page = tmp_path / "notice.html"
    page.write_text(NOTICE, encoding="utf-8")
    layout = read_paper(page)
    texts = [b.text for b in layout.blocks]
    assert "Decision maker: Cabinet" in texts and "Date of decision: 12 March 2031" in texts
    assert not any("cookies" in t or "Committees" in t or "Privacy" in t for t in texts)
    extraction = extract_paper(page, "1" * 64)
    decisions = extraction.records["decisions"]
    assert extraction.document.date == "2031-03-12" and extraction.document.body == "Cabinet"
    assert [(d.body, d.action, d.status, d.page) for d in decisions] == [("Cabinet", "approved", "decided", None)]
    assert "Greenway Grounds" in decisions[0].subject


def test_web_lists_keep_their_printed_markers_and_spanned_cells(tmp_path):
    content = ("<h2>Recommendations</h2><ol type='a' start='2'><li>agree the plan;<ol><li>in part</li></ol></li>"
               "<li>note the risks.</li></ol><table><tr><th colspan='2'>Scheme</th><th>Cost</th></tr>"
               "<tr><td rowspan='2'>Parks</td><td>Swings</td><td>£4,000</td></tr><tr><td>Paths</td><td>£9,000</td></tr>"
               "</table>" + "<p>The council will deliver the plan over three years with its partners.</p>" * 6)
    page = tmp_path / "report.html"
    page.write_text(SITE.format(content=content), encoding="utf-8")
    layout = read_raw(page)
    items = [(b.marker, b.level, b.text) for b in layout.blocks if b.kind == "list_item"]
    assert items == [("b.", 1, "agree the plan;"), ("1.", 2, "in part"), ("c.", 1, "note the risks.")]
    table = next(b for b in layout.blocks if b.kind == "table")
    assert [r.cells for r in table.rows] == [["Scheme", "", "Cost"], ["Parks", "Swings", "£4,000"],
                                             ["Parks", "Paths", "£9,000"]]
    assert "cookies" not in layout.page_texts[0] and "£1,000,000" not in layout.page_texts[0]
