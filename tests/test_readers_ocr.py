"""OCR of scanned PDF pages: the sample PDFs scanned by the tests (pages rendered at 150 dpi and
wrapped as image-only PDFs; a variant turned slightly and speckled; a digital paper with one
scanned page) give the records their text-layer PDF gives, with ``ocr`` marks; OCR turned off or
missing fails plainly. Each scanned page is OCR'd once, in module-scoped fixtures."""
from __future__ import annotations

import csv
import io
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import sqlite_utils
from PIL import Image, ImageDraw

from conftest import agreement, f1, load_script
from paper_miner import store
from paper_miner.errors import UnreadablePaper
from paper_miner.models import Record
from paper_miner.pipeline import Job, derive, extract_paper
from paper_miner.readers import OCR_VARIABLE, ocr, ocr_image

pytestmark = pytest.mark.skipif(ocr.shutil.which(ocr.ENGINE) is None, reason="Tesseract is not installed")

ROOT = Path(__file__).resolve().parents[1]
PDFS = ROOT / "corpus" / "pdf"
SMALL = ["000", "001", "003", "004"]  # 20 pages; 002 (44 pages) is measured by hand


def sample(stem: str) -> Path:
    return next(PDFS.glob(f"{stem}_*.pdf"))


# --- scanning (benchmarks/make_scans.py: the same scans the bench OCRs) ------------------------

make_scans = load_script(ROOT / "benchmarks" / "make_scans.py")
scan, scanned_image = make_scans.scan, make_scans.scanned_image


def with_scanned_page(source: Path, scanned: Path, index: int, target: Path) -> Path:
    """``source`` with its page ``index`` (from 0) replaced by that page of ``scanned``."""
    pdf, scans = pdfium.PdfDocument(source), pdfium.PdfDocument(scanned)
    pdf.del_page(index)
    pdf.import_pages(scans, pages=[index], index=index)
    pdf.save(target)
    return target


def records_of(path: Path) -> dict[str, list[Record]]:
    return extract_paper(path, "0" * 64).records


@pytest.fixture(scope="module")
def auto_ocr():
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(OCR_VARIABLE, "auto")
        yield


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("scans")


@pytest.fixture(scope="module")
def scanned_samples(folder, auto_ocr) -> dict[str, tuple[dict, dict]]:
    """Each small sample's records from its text layer and from its scan."""
    return {stem: (records_of(sample(stem)), records_of(scan(sample(stem), folder / f"{stem}.pdf")))
            for stem in SMALL}


def test_scanned_samples_give_the_text_layer_records(scanned_samples):
    counts = [agreement(text, scanned) for text, scanned in scanned_samples.values()]
    matched, total, got = map(sum, zip(*counts))
    assert total > 150  # the samples hold projects, budgets, targets and decisions
    assert f1(matched, total, got) >= 0.90


def test_every_record_from_a_scan_is_marked_ocr_with_its_page_confidence(scanned_samples):
    found = [r for _, scanned in scanned_samples.values() for rs in scanned.values() for r in rs]
    assert found and all(r.ocr == 1 for r in found)
    assert all(60 < r.ocr_confidence <= 100 for r in found)
    # quotes are checked against the OCR text, where they are found
    assert sum(r.grounding != "missing" for r in found) >= 0.95 * len(found)


def test_skewed_speckled_scan_still_gives_the_records(folder, auto_ocr):
    truth, found = [], []
    for stem in ("001", "004"):
        truth.append(records_of(sample(stem)))
        found.append(records_of(scan(sample(stem), folder / f"{stem}-skewed.pdf", skew=0.8, speckle=0.002)))
    counts = [agreement(t, f) for t, f in zip(truth, found)]
    assert f1(*map(sum, zip(*counts))) >= 0.90


@pytest.fixture(scope="module")
def mixed_paper(folder, auto_ocr) -> Path:
    """The 13-page sample report with its second page (a ruled table) scanned."""
    source = sample("003")
    page_two = folder / "003-page-two.pdf"
    pdf = pdfium.PdfDocument(source)
    make_scans.save_images([scanned_image(pdf[i]) if i == 1 else Image.new("L", (8, 8), 255) for i in range(2)],
                           page_two)
    return with_scanned_page(source, page_two, 1, folder / "003-mixed.pdf")


def test_mixed_paper_ocrs_only_its_scanned_page(mixed_paper, tmp_path):
    extraction = extract_paper(mixed_paper, "1" * 64)
    assert list(extraction.layout.ocr_confidence) == [2]
    assert "Joint ICT Service" in extraction.layout.page_texts[1]
    records = [r for found in extraction.records.values() for r in found]
    assert {r.page for r in records if r.ocr} == {2}
    assert all(r.ocr == 0 and r.ocr_confidence is None for r in records if r.page != 2)
    text = records_of(sample("003"))
    assert f1(*agreement(text, extraction.records)) >= 0.95
    db = sqlite_utils.Database(tmp_path / "mixed.db")
    store.ensure_db_shape(db)
    store.save_extraction(db, extraction)
    pages = dict(db.execute("select page, ocr_confidence from pages").fetchall())
    assert pages[1] is None and pages[2] > 60
    assert db.execute("select count(*) from budgets where ocr = 1 and page = 2").fetchone()[0] > 0


# --- turned off, missing, always ---------------------------------------------------------------------

def test_scan_with_ocr_never_fails_as_no_text_layer(folder, monkeypatch):
    monkeypatch.setenv(OCR_VARIABLE, "never")
    path = scan(sample("000"), folder / "000-never.pdf")
    with pytest.raises(UnreadablePaper) as err:
        extract_paper(path, "2" * 64)
    assert err.value.kind == "no_text_layer"


def test_missing_engine_is_an_ocr_unavailable_failure_and_names_the_package(folder, monkeypatch):
    monkeypatch.setenv(OCR_VARIABLE, "auto")
    monkeypatch.setattr(ocr.shutil, "which", lambda name: None)
    path = scan(sample("000"), folder / "000-no-engine.pdf")
    failure = derive(Job(path=str(path), shown=path.name, sha256="3" * 64))
    assert failure.kind == "ocr_unavailable" and failure.stage == "read"
    assert "tesseract-ocr" in failure.message


def test_ocr_always_reads_a_text_layer_page_by_ocr(monkeypatch):
    monkeypatch.setenv(OCR_VARIABLE, "always")
    layout = extract_paper(sample("000"), "4" * 64).layout
    assert list(layout.ocr_confidence) == [1]
    assert "Efficiency Programme" in layout.page_texts[0]


def test_digital_page_with_a_picture_keeps_its_text_layer(monkeypatch):
    """auto: a page with its text is never OCR'd, whatever pictures it holds."""
    monkeypatch.setenv(OCR_VARIABLE, "auto")
    monkeypatch.setattr(ocr, "run_engine", lambda png: pytest.fail("a text-layer page was OCR'd"))
    assert extract_paper(sample("004"), "5" * 64).layout.ocr_confidence == {}


# --- the parts ------------------------------------------------------------------------------------

def tsv(*words: tuple[int, int, int, int, int, int, float, str]) -> str:
    """Tesseract's TSV for words given as (block, par, line, left, top, height, conf, text)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
    writer.writerow(["level", "page_num", "block_num", "par_num", "line_num", "word_num", "left", "top",
                     "width", "height", "conf", "text"])
    writer.writerow([1, 1, 0, 0, 0, 0, 0, 0, 1000, 1000, -1, ""])
    for n, (block, par, line, left, top, height, conf, text) in enumerate(words, 1):
        writer.writerow([5, 1, block, par, line, n, left, top, 20 * len(text), height, conf, text])
    return out.getvalue()


def test_specks_and_doubtful_marks_are_dust_but_a_doubted_word_is_kept():
    words = ocr.parse_words(tsv((1, 1, 1, 10, 10, 30, 17.0, ";"), (1, 1, 1, 40, 10, 30, 20.0, "noe"),
                                (1, 1, 1, 90, 10, 30, 0.0, "Board"), (1, 1, 1, 200, 10, 30, 91.0, "-"),
                                (1, 1, 1, 300, 10, 2, 80.0, ":")))
    assert [w.text for w in words if not ocr.is_dust(w)] == ["Board", "-"]
    speckled = Image.new("L", (40, 40), 255)
    speckled.putpixel((5, 5), 0)
    ImageDraw.Draw(speckled).rectangle((20, 20, 23, 23), fill=0)  # a full stop, four by four
    ink = ocr_image.ink(ocr_image.despeckle(speckled))
    assert not ink[5, 5] and ink[21, 21]


def test_words_become_one_line_of_characters_spaced_at_their_median_top():
    words = ocr.parse_words(tsv((1, 1, 1, 100, 100, 40, 96.0, "Approved"), (1, 1, 1, 290, 104, 40, 90.0, "£12,500"),
                                (1, 1, 2, 100, 160, 40, 95.0, "Total")))
    chars = ocr.page_chars(words, 3)
    first_line = [c for c in chars if c["top"] < 40]
    assert "".join(c["text"] for c in first_line) == "Approved £12,500"
    assert [c["top"] for c in first_line] == [pytest.approx(102 * 72 / ocr.DPI)] * len(first_line)
    assert {c["page_number"] for c in chars} == {3}
    assert ocr.mean_confidence(words) == pytest.approx((96 * 8 + 90 * 7 + 95 * 5) / 20, abs=0.05)


def test_line_sizes_snap_to_the_body_size_but_a_heading_keeps_its_own():
    assert ocr.snap_sizes([10.2, 9.8, 10.4, 10.0, 14.1]) == [10.2, 10.2, 10.2, 10.2, 14.1]


def ruled_grid(bold_column: bool = False) -> Image.Image:
    """A white page with a three-by-three ruled grid and short strokes (letters) in its cells."""
    image = Image.new("L", (1200, 900), 255)
    draw = ImageDraw.Draw(image)
    for y in (100, 300, 500, 700):
        draw.rectangle((100, y, 1100, y + 2), fill=0)
    for x in (100, 430, 760, 1100):
        draw.rectangle((x, 100, x + 2, 702), fill=0)
    for x in range(150, 400, 20):  # upright strokes 30 px tall: letters, not rules
        draw.rectangle((x, 180, x + 3, 210), fill=0)
        draw.rectangle((x + 330, 180, x + 330 + (6 if bold_column else 3), 210), fill=0)
    return image


def test_table_rules_are_found_and_whitened_but_letters_are_not():
    image = ruled_grid()
    across, down = ocr_image.find_rules(ocr_image.ink(image), 200)
    assert len(across) == 4 and len(down) == 4
    clean = ocr_image.ink(ocr_image.erase(image, across + down))
    assert not clean[101].any() and clean[195].sum() > 0


def test_a_slightly_turned_page_is_turned_level():
    turned = ruled_grid().rotate(1.2, resample=Image.BICUBIC, fillcolor=255)
    assert ocr_image.skew_angle(turned) == pytest.approx(-1.2, abs=0.2)
    assert ocr_image.skew_angle(ruled_grid()) == 0.0


def test_thick_strokes_read_as_bold():
    mask = ocr_image.ink(ruled_grid(bold_column=True))
    regular, bold = ocr_image.stroke_widths(mask, [(140, 170, 420, 220), (470, 170, 750, 220)])
    assert regular == pytest.approx(4) and bold == pytest.approx(7)
