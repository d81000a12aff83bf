"""One paper, one set of records: restatements across files are marked and counted once."""
from __future__ import annotations

from pathlib import Path

import pytest
import sqlite_utils
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from paper_miner import pipeline, publish
from paper_miner.duplicates import Paper, restatements, same_record, shingles

PAPERS = Path(__file__).parent / "fixtures" / "papers"
WORDS = " ".join(f"word{n}" for n in range(200))


def paper(doc_id: str, text: str, fmt: str = "pdf") -> Paper:
    return Paper(doc_id=doc_id, path=f"{doc_id}.{fmt}", fmt=fmt, shingles=shingles(text))


def test_shingles_ignore_case_punctuation_and_line_breaks():
    assert shingles("The Board agreed\nthe budget.") == shingles("the board AGREED the budget")
    assert shingles("too short") == frozenset()


def test_a_pdf_and_its_text_export_are_twins_and_the_pdf_is_canonical():
    found = restatements([paper("a", WORDS, "txt"), paper("b", WORDS, "pdf")])
    assert [(r.doc_id, r.canonical) for r in found] == [("a", "b")]


def test_a_reissue_with_a_new_cover_restates_the_first_issue():
    reissue = "Reissued with a corrected cover page for item six " + WORDS
    found = restatements([paper("first", WORDS), paper("second", reissue)])
    assert [(r.doc_id, r.canonical) for r in found] == [("second", "first")]


def test_an_agenda_pack_restates_the_report_it_holds_and_the_report_stays_canonical():
    other_item = " ".join(f"minute{n}" for n in range(150))
    found = restatements([paper("pack", f"{other_item} {WORDS}"), paper("report", WORDS)])
    assert [(r.doc_id, r.canonical) for r in found] == [("pack", "report")]


def test_papers_sharing_a_template_but_not_their_substance_are_not_restatements():
    template = " ".join(f"boiler{n}" for n in range(30))
    found = restatements([paper("a", f"{template} {WORDS}"),
                          paper("b", f"{template} " + " ".join(f"other{n}" for n in range(200)))])
    assert found == []


@pytest.mark.parametrize(("a", "b", "same"), [
    ({"amount_gbp": 5, "period": "2011/12", "label": "Capital grant"},
     {"amount_gbp": 5, "period": "2011/12", "label": "capital grant (2011/12)"}, True),
    ({"amount_gbp": 5, "period": "2011/12", "label": "Capital grant"},
     {"amount_gbp": 5, "period": "2012/13", "label": "Capital grant"}, False),
    ({"amount_gbp": 5, "period": None, "label": "Capital grant"},
     {"amount_gbp": 5, "period": None, "label": "Revenue support for youth clubs"}, False),
])
def test_two_budgets_state_one_figure_when_amount_period_and_words_agree(a, b, same):
    assert same_record("budgets", a, b) is same


def _render(lines: list[str], path: Path) -> None:
    """A PDF printing ``lines`` one under another; "\\f" starts a new page."""
    pdf, y = canvas.Canvas(str(path), pagesize=A4), 800
    for line in lines:
        if line == "\f" or y < 60:
            pdf.showPage()
            y = 800
        if line != "\f":
            pdf.drawString(60, y, line.replace("\t", "    "))
            y -= 16
    pdf.save()


@pytest.fixture(scope="module")
def restated_folder(tmp_path_factory) -> Path:
    """One report as PDF, as text, re-issued with a new cover, and inside an agenda pack."""
    folder = tmp_path_factory.mktemp("restated")
    report = (PAPERS / "borough_cabinet_report.txt").read_text().splitlines()
    minutes = (PAPERS / "partnership_minutes.txt").read_text().splitlines()
    _render(report, folder / "report.pdf")
    (folder / "report.txt").write_text("\n".join(line.replace("\t", "    ") for line in report) + "\n")
    _render(["REISSUED: replaces the version published on 7 January 2009", *report], folder / "reissue.pdf")
    _render(["AGENDA PACK", "Cabinet, 14 January 2009", "\f", *minutes, "\f", *report], folder / "pack.pdf")
    db = sqlite_utils.Database(folder / "papers.db")
    pipeline.run(db, [folder])
    return folder


def test_one_canonical_paper_and_three_marked_restatements(restated_folder):
    db = sqlite_utils.Database(restated_folder / "papers.db")
    marked = {r["file_name"]: r["duplicate_of"] for r in db["documents"].rows}
    assert [name for name, of in marked.items() if of is None] == ["report.pdf"]
    canonical = db.execute("select doc_id from documents where file_name = 'report.pdf'").fetchone()[0]
    assert set(marked.values()) == {None, canonical}


def test_every_canned_total_counts_each_figure_once(restated_folder):
    db = sqlite_utils.Database(restated_folder / "papers.db")
    queries = publish.metadata("papers", None)["databases"]["papers"]["queries"]
    by_year = {(r["financial_year"], r["kind"]): r["total_gbp"]
               for r in db.query(queries["spend_by_financial_year"]["sql"])}
    assert by_year[("2007/08", "saving")] == 240_000  # stated in all four files, counted once
    assert by_year[("2009/10", "allocation")] == 75_000  # the pack's own item still counts
    decided = [r["subject"] for r in db.query(queries["decisions_by_body"]["sql"], {"page": "1"})]  # paged
    assert decided.count("the second phase of the shared services programme") == 1


def test_re_running_marks_the_same_restatements(restated_folder):
    db = sqlite_utils.Database(restated_folder / "papers.db")
    before = list(db.query("select file_name, duplicate_of from documents order by file_name"))
    pipeline.run(db, [restated_folder], force=True)
    assert list(db.query("select file_name, duplicate_of from documents order by file_name")) == before
