"""Shared fixtures: databases built once per session, and a Datasette site over each.

``fixture_db`` holds hand-written records for the small papers in tests/fixtures/publish
(so publishing tests do not wait on the extractors); ``sample_db`` is the pipeline's own
extraction of the sample corpus.
"""
from __future__ import annotations

import asyncio
import importlib.util
import json
import shutil
from pathlib import Path

import pytest
import sqlite_utils
from rapidfuzz import fuzz
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfgen import canvas

from paper_miner import publish, store
from paper_miner.layout.arrange import arrange
from paper_miner.models import Block, Document, Extraction, Layout, Record, Row
from paper_miner.readers.files import display_path, fingerprint
from paper_miner.store import RECORD_MODELS

ROOT = Path(__file__).resolve().parent.parent
PUBLISH_FIXTURES = Path(__file__).parent / "fixtures" / "publish"


# Columns that differ between two runs over the same papers.
VOLATILE = {"extracted_at", "failed_at"}

# Agreement of two readings of one paper (a scan, a Word rendering) with its text reading.
MONEY = ("amount_gbp", "baseline", "target", "actual")
WORDING = {"projects": "name", "budgets": "label", "targets": "measure", "decisions": "subject"}


def load_script(path: Path):
    """A script that is no package module (a benchmark helper, the gold's score.py) as a module."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def same_record(table: str, a: Record, b: Record) -> bool:
    """The same record read twice: its page and every money figure exactly, its wording
    nearly (a scan may misread a letter)."""
    if a.page != b.page or any(getattr(a, f, None) != getattr(b, f, None) for f in MONEY):
        return False
    return fuzz.ratio(getattr(a, WORDING[table]), getattr(b, WORDING[table])) >= 85


def agreement(truth: dict[str, list[Record]], found: dict[str, list[Record]]) -> tuple[int, int, int]:
    """(matched, in truth, found) over every record table, each record matched once."""
    matched = total = got = 0
    for table, expected in truth.items():
        left = list(found.get(table, []))
        total, got = total + len(expected), got + len(left)
        for record in expected:
            twin = next((r for r in left if same_record(table, record, r)), None)
            if twin is not None:
                left.remove(twin)
                matched += 1
    return matched, total, got


def f1(matched: int, total: int, got: int) -> float:
    return 2 * matched / (total + got) if total + got else 1.0


def snapshot(db: sqlite_utils.Database) -> dict[str, list[tuple]]:
    """Every row of every table but timestamps, in a stable order."""
    tables = {}
    for table in db.table_names():
        columns = [c for c in db[table].columns_dict if c not in VOLATILE]
        rows = db.execute(f"select {', '.join(f'[{c}]' for c in columns)} from [{table}]").fetchall()
        tables[table] = sorted(rows, key=repr)
    return tables


# ---------------------------------------------------------------- builders for extractor tests

def paper_document(authority: str | None = None, **fields) -> Document:
    """A Document for a paper built in a test: ``paper_document("Testshire County Council")``."""
    return Document(doc_id="d", file_name="f.txt", path="f.txt", fmt="txt", sha256="s", pages=1,
                    authority=authority, **fields)


def laid_out(*blocks: Block) -> Layout:
    """Blocks written in a test, repaired across pages and given sections as a paper's are."""
    return arrange(Layout(fmt="txt", page_texts=[""] * max((b.page for b in blocks), default=1),
                          blocks=list(blocks)))


def table(*rows: list[str], page: int = 1) -> Block:
    """A table block of ``rows`` (lists of cells), every row on ``page``."""
    return Block(kind="table", page=page, text="\n".join(" | ".join(r) for r in rows),
                 rows=[Row(cells=cells, page=page) for cells in rows])


def fixture_extraction(paper: Path, home: Path | None = None) -> Extraction:
    """An Extraction of a fixture paper from the records written beside it in JSON, its path
    stored relative to ``home`` (the database's folder), as the pipeline stores it.

    Pages of the .txt paper are separated by form feeds, as in text exports of PDFs.
    """
    spec = json.loads(paper.with_suffix(".json").read_text(encoding="utf-8"))
    page_texts = paper.read_text(encoding="utf-8").split("\f")
    sha256 = fingerprint(paper)
    document = Document(
        doc_id=sha256[:16], file_name=paper.name, path=display_path(paper, home), fmt="txt",
        sha256=sha256, pages=len(page_texts), **spec["document"],
    )
    records = {
        table: [RECORD_MODELS[table](**r) for r in rows] for table, rows in spec["records"].items()
    }
    return Extraction(
        document=document, layout=Layout(fmt="txt", page_texts=page_texts, blocks=[]),
        records=records,
    )


@pytest.fixture(scope="session")
def fixture_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("publish") / "papers.db"
    db = sqlite_utils.Database(path)
    store.ensure_db_shape(db)
    for paper in sorted(PUBLISH_FIXTURES.glob("*.txt")):
        store.save_extraction(db, fixture_extraction(paper, path.parent))
    db.close()
    return path


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory) -> Path:
    """The sample corpus (text and PDF) run through the whole pipeline."""
    # Imported here so that an extractor being rewritten breaks only the tests that use it.
    from paper_miner import pipeline

    path = tmp_path_factory.mktemp("sample") / "papers.db"
    db = sqlite_utils.Database(path)
    pipeline.run(db, [ROOT / "corpus"])
    db.close()
    return path


class Site:
    """A Datasette site built as `paper-miner serve` builds it, called in-process."""

    def __init__(self, db_path: Path):
        self.datasette = publish.datasette_app(db_path)
        self.name = db_path.stem
        asyncio.run(self.datasette.invoke_startup())

    def get(self, path: str, status: int = 200):
        response = asyncio.run(self.datasette.client.get(path))
        if response.status_code != status:
            raise AssertionError(f"GET {path}: {response.status_code}\n{response.text[:2000]}")
        return response

    def rows(self, path: str) -> list[dict]:
        """Rows of a table or query page as dicts: ``/papers/projects?owner=X``."""
        page, _, query = path.partition("?")
        return self.get(f"{page}.json?_shape=array&{query}").json()


@pytest.fixture(scope="session")
def fixture_site(fixture_db) -> Site:
    return Site(fixture_db)


@pytest.fixture(scope="session")
def sample_site(sample_db) -> Site:
    return Site(sample_db)


@pytest.fixture
def corpus(tmp_path, monkeypatch) -> Path:
    """A corpus folder of the two fixture papers in fixtures/papers; the test runs in
    tmp_path, so papers are reported as corpus/<name>."""
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "corpus"
    folder.mkdir()
    for paper in (Path(__file__).parent / "fixtures" / "papers").glob("*.txt"):
        shutil.copy(paper, folder / paper.name)
    return folder


# --- bad input, shared by the CLI and fault tests ---------------------------------------------

PAPER_LINES = [
    "HARTWELL DISTRICT COUNCIL",
    "Report to Cabinet, 2 February 2010",
    "That Cabinet approve the recycling plan at a cost of £45,000.",
]
ZERO_PAGE_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
    b"trailer<</Root 1 0 R/Size 3>>\n%%EOF\n"
)


def text_pdf(path: Path, encrypt: StandardEncryption | None = None) -> bytes:
    """A one-page digital paper (optionally encrypted); its bytes."""
    pdf = canvas.Canvas(str(path), encrypt=encrypt)
    for n, line in enumerate(PAPER_LINES):
        pdf.drawString(72, 760 - 20 * n, line)
    pdf.showPage()
    pdf.save()
    return path.read_bytes()


def image_only_pdf(path: Path) -> None:
    """A page with marks on it but no text layer (and no picture to read by OCR)."""
    pdf = canvas.Canvas(str(path))
    pdf.rect(72, 400, 300, 200, fill=1)
    pdf.showPage()
    pdf.save()


def write_bad_inputs(folder: Path, good_pdf: bytes) -> None:
    """The bad input every run must survive, each as a file in ``folder``: a PDF with no pages,
    a broken xref (of ``good_pdf``), encrypted with and without a password, no text layer, an
    HTML page named .pdf, binary garbage as text, Latin-1 and UTF-16 text, an unsupported type."""
    (folder / "zero_pages.pdf").write_bytes(ZERO_PAGE_PDF)
    (folder / "bad_xref.pdf").write_bytes(good_pdf.replace(b"startxref", b"startxref\n999999\n%"))
    text_pdf(folder / "encrypted_empty_password.pdf", StandardEncryption("", ownerPassword="owner"))
    text_pdf(folder / "encrypted.pdf", StandardEncryption("secret", ownerPassword="owner"))
    image_only_pdf(folder / "scanned.pdf")
    (folder / "web_page.pdf").write_text("<!DOCTYPE html><html><body><h1>Not found</h1></body></html>")
    (folder / "garbage.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "latin1.txt").write_bytes("CABINET\n\nThe café scheme costs £1,500.\n".encode("latin-1"))
    (folder / "utf16.txt").write_bytes("CABINET\n\nThe Board noted the £2m grant.\n".encode("utf-16"))
    (folder / "report.odt").write_bytes(b"PK\x03\x04 not really a word file")
