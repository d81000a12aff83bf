"""One paper can never stop a run: every bad input, exception, hang or dead worker ends as one
``failures`` row, and every other paper is extracted as if it had been alone.

Each test asserts what ended up in the database. The large inputs (a 2,000-page PDF, two text
files over 6 MB) are made once per session and cost next to nothing to refuse: limits are
checked before a paper is parsed.
"""
from __future__ import annotations

import os
import shutil
import signal
import tempfile
import time
from pathlib import Path

import pytest
import sqlite_utils
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.pdfgen import canvas

from conftest import VOLATILE, snapshot, write_bad_inputs
from paper_miner import executors, grounding, pipeline, store
from paper_miner.cli import EXIT_SOME_FAILED, cli
from paper_miner.extract import records as extractors
from paper_miner.limits import Limits
from paper_miner.models import Layout
from paper_miner.readers import text as text_reader
from paper_miner.readers.files import display_path, fingerprint

ROOT = Path(__file__).parent.parent
PAPERS = Path(__file__).parent / "fixtures" / "papers"
SAMPLE_PDF = ROOT / "corpus" / "pdf" / "000_1afc203f71fc8b19.pdf"
GOOD = [
    ROOT / "corpus" / "001_7723ce49bf569c0b.txt",
    ROOT / "corpus" / "004_13aadc344b16d639.txt",
    SAMPLE_PDF,
    ROOT / "corpus" / "pdf" / "004_13aadc344b16d639.pdf",
]
PAPER_TABLES = ["documents", "pages", *store.RECORD_MODELS]
CROSS_PAPER = {"path", "duplicate_of", "duplicate_score"}
SIX_MB = 6_200_000


# --- inputs ------------------------------------------------------------------------------------

def long_pdf(path: Path, pages: int) -> None:
    """Near-empty pages: cheap to write, and refused by the page limit before parsing."""
    pdf = canvas.Canvas(str(path))
    for n in range(pages):
        pdf.drawString(72, 760, f"Page {n + 1}")
        pdf.showPage()
    pdf.save()


def six_mb_texts(folder: Path) -> None:
    sentence = "The Board noted the report on £5,000 of spending. "
    (folder / "one_line_6mb.txt").write_text(sentence * (SIX_MB // len(sentence)))
    prose = (ROOT / "corpus" / "002_6dda1d363c1234df.txt").read_text()
    (folder / "paragraphs_6mb.txt").write_text(prose * (SIX_MB // len(prose) + 1))


# name -> how it must end: "document", "duplicate" (same content as another file) or a failure kind
EXPECTED = {
    "empty.txt": "empty",
    "zero_pages.pdf": "empty",
    "truncated_10.pdf": "corrupt",
    "truncated_50.pdf": "corrupt",
    "truncated_99.pdf": "corrupt",
    "bad_xref.pdf": "document",  # pdfminer finds the objects by scanning the file
    "encrypted_empty_password.pdf": "document",
    "encrypted.pdf": "encrypted",
    "scanned.pdf": "no_text_layer",
    "web_page.pdf": "not_a_pdf",
    "garbage.txt": "encoding",
    "latin1.txt": "document",
    "utf16.txt": "document",
    "one_line_6mb.txt": "too_large",
    "paragraphs_6mb.txt": "too_large",
    "2000_pages.pdf": "too_large",
    "report.odt": "unsupported",
    "copy_of_001.txt": "duplicate",
    **{paper.name: "document" for paper in GOOD},
}


def make_matrix(folder: Path) -> None:
    folder.mkdir(parents=True)
    sample = SAMPLE_PDF.read_bytes()
    (folder / "empty.txt").write_bytes(b"")
    write_bad_inputs(folder, sample)
    for share in (10, 50, 99):
        (folder / f"truncated_{share}.pdf").write_bytes(sample[: len(sample) * share // 100])
    six_mb_texts(folder)
    long_pdf(folder / "2000_pages.pdf", 2000)
    for paper in GOOD:
        shutil.copy(paper, folder / paper.name)
    shutil.copy(GOOD[0], folder / "copy_of_001.txt")


@pytest.fixture(scope="session")
def matrix(tmp_path_factory) -> Path:
    """A folder of every bad input the issue lists beside good sample papers, made once."""
    folder = tmp_path_factory.mktemp("matrix") / "corpus"
    make_matrix(folder)
    return folder


@pytest.fixture(scope="session")
def alone(tmp_path_factory) -> dict[str, list[tuple]]:
    """The good papers' rows when extracted without the bad inputs beside them."""
    folder = tmp_path_factory.mktemp("alone") / "corpus"
    folder.mkdir()
    for paper in GOOD:
        shutil.copy(paper, folder / paper.name)
    db = sqlite_utils.Database(memory=True)
    pipeline.run(db, [folder], executor=executors.serial)
    return paper_rows(db)


def paper_rows(db: sqlite_utils.Database, papers: list[Path] = GOOD) -> dict[str, list[tuple]]:
    """The papers' own rows, without paths and timestamps (they depend on where and when) and
    without the marks of papers restating each other (they depend on the other papers)."""
    ids = [fingerprint(p)[:16] for p in papers]
    marks = ", ".join("?" for _ in ids)
    out = {}
    for table in PAPER_TABLES:
        columns = [c for c in db[table].columns_dict if c not in VOLATILE | CROSS_PAPER]
        rows = db.execute(f"select {', '.join(f'[{c}]' for c in columns)} from [{table}] "
                          f"where doc_id in ({marks})", ids).fetchall()
        out[table] = sorted(rows, key=repr)
    return out


def ending(db: sqlite_utils.Database, path: Path, shown: str) -> str | None:
    """How a file ended: 'document', its failure kind, 'duplicate', or None when lost."""
    sha256 = fingerprint(path)
    documents = {r["sha256"]: r["path"] for r in db.query("select sha256, path from documents")}
    failure = db.execute("select kind from failures where path = ?", [shown]).fetchone()
    if failure:
        return failure[0]
    if sha256 in documents:
        return "document" if documents[sha256] == shown else "duplicate"
    return None


def orphans(db: sqlite_utils.Database) -> int:
    return sum(
        db.execute(f"select count(*) from [{t}] where doc_id not in (select doc_id from documents)").fetchone()[0]
        for t in [*store.RECORD_MODELS, "pages"]
    )


def run_cli(*args: str, env: dict | None = None):
    return CliRunner().invoke(cli, ["extract", *args], env=env)


# --- the bad-input matrix -------------------------------------------------------------------

@pytest.mark.parametrize("jobs", ["1", "2"])
def test_bad_input_matrix_ends_every_file_in_documents_or_failures(matrix, alone, jobs, tmp_path, monkeypatch):
    monkeypatch.chdir(matrix.parent)
    db_path = tmp_path / "papers.db"
    result = run_cli("corpus", "--db", str(db_path), "--jobs", jobs)
    assert result.exit_code == EXIT_SOME_FAILED, result.output
    db = sqlite_utils.Database(db_path)

    endings = {p.name: ending(db, p, display_path(p, db_path.parent)) for p in matrix.iterdir()}
    assert None not in endings.values(), f"lost: {endings}"
    assert endings == EXPECTED
    assert orphans(db) == 0

    # the good papers have the same rows as when extracted without the bad ones
    assert paper_rows(db) == alone

    # one clear line per failure on stderr (CliRunner mixes it into the output)
    failed = [line for line in result.output.splitlines() if line.startswith("failed ")]
    assert sorted(failed) == sorted(f"failed corpus/{n}: {k}: {m}" for n, k, m in
                                    db.execute("select file_name, kind, message from failures"))

    before = snapshot(db)
    again = run_cli("corpus", "--db", str(db_path), "--jobs", jobs)
    assert again.exit_code == EXIT_SOME_FAILED
    summary = next(line for line in again.output.splitlines() if " extracted, " in line)
    assert summary.startswith("0 extracted, ") and " 0 removed;" in summary
    assert snapshot(db) == before


# --- fuzzing ---------------------------------------------------------------------------------

SAMPLES = [SAMPLE_PDF, ROOT / "corpus" / "pdf" / "004_13aadc344b16d639.pdf", *PAPERS.glob("*.txt"),
           ROOT / "corpus" / "004_13aadc344b16d639.txt"]


def flipped(data: bytes, flips: list[tuple[float, int]]) -> bytes:
    out = bytearray(data)
    for where, value in flips:
        out[int(where * (len(out) - 1))] = value
    return bytes(out)


@st.composite
def damaged_papers(draw) -> tuple[str, bytes]:
    """(file name, bytes): random bytes, or a sample paper truncated or with bytes flipped."""
    sample = draw(st.sampled_from(SAMPLES))
    data = sample.read_bytes()
    how = draw(st.sampled_from(["random", "truncated", "flipped"]))
    if how == "random":
        data = draw(st.binary(max_size=4096))
    elif how == "truncated":
        data = data[: draw(st.integers(0, len(data)))]
    else:
        data = flipped(data, draw(st.lists(st.tuples(st.floats(0, 1), st.integers(0, 255)), min_size=1, max_size=30)))
    return f"{how}{sample.suffix}", data


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(paper=damaged_papers())
def test_damaged_papers_never_stop_the_run(paper):
    name, data = paper
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        (folder / name).write_bytes(data)
        shutil.copy(PAPERS / "partnership_minutes.txt", folder / "good.txt")
        db = sqlite_utils.Database(memory=True)
        summary = pipeline.run(db, [folder], limits=Limits(timeout=60))
        assert {o.status for o in summary.outcomes} <= {"new", "failed", "duplicate"}
        documents = {r["sha256"] for r in db["documents"].rows}
        failures = {r["sha256"] for r in db["failures"].rows}
        assert fingerprint(folder / name) in documents | failures
        assert fingerprint(folder / "good.txt") in documents
        assert orphans(db) == 0


# --- an exception, a hang, a dead worker in one paper ---------------------------------------

MARKER = "Xylophone"  # printed only in the paper the faults are injected into


@pytest.fixture
def folder(tmp_path, monkeypatch) -> Path:
    """Two good papers and, between them, the paper that will fail."""
    monkeypatch.chdir(tmp_path)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for paper in PAPERS.glob("*.txt"):
        shutil.copy(paper, corpus / paper.name)
    text = (PAPERS / "borough_cabinet_report.txt").read_text()
    (corpus / "faulty.txt").write_text(f"{text}\n\nThe {MARKER} Fund was noted.\n")
    return corpus


def mentions_marker(value) -> bool:
    if isinstance(value, bytes):
        return MARKER.encode() in value
    return isinstance(value, Layout) and any(MARKER in page for page in value.page_texts)


def fails_on_marker(original, fault):
    """``original``, but calling ``fault()`` first when given the faulty paper."""
    def patched(*args, **kwargs):
        if any(mentions_marker(a) for a in args):
            fault()
        return original(*args, **kwargs)
    return patched


def injected():
    raise ZeroDivisionError("injected fault")


def inject(monkeypatch, stage: str, fault=injected) -> None:
    """Make the faulty paper fail in ``stage``, through the function that stage calls."""
    if stage == "read":
        monkeypatch.setattr(text_reader, "decode", fails_on_marker(text_reader.decode, fault))
    elif stage == "layout":
        monkeypatch.setattr(pipeline, "arrange", fails_on_marker(pipeline.arrange, fault))
    elif stage == "extract":
        targets = extractors.RECORD_EXTRACTORS["targets"]
        monkeypatch.setitem(extractors.RECORD_EXTRACTORS, "targets", fails_on_marker(targets, fault))
    else:
        monkeypatch.setattr(grounding, "ground_all", fails_on_marker(grounding.ground_all, fault))


def clean_rows(folder: Path) -> dict[str, list[tuple]]:
    db = sqlite_utils.Database(memory=True)
    pipeline.run(db, [folder], executor=executors.serial)
    return paper_rows(db, sorted(PAPERS.glob("*.txt")))


LAST_FRAME = {  # the faulty paper's last frame inside paper_miner, by stage
    "read": "paper_miner/readers/text.py:", "layout": "paper_miner/pipeline.py:",
    "extract": "paper_miner/extract/records.py:", "ground": "paper_miner/pipeline.py:",
}


@pytest.mark.parametrize("stage", ["read", "layout", "extract", "ground"])
def test_an_exception_in_one_paper_is_its_failure_naming_the_stage(folder, stage, monkeypatch):
    expected = clean_rows(folder)
    inject(monkeypatch, stage)
    db = sqlite_utils.Database(memory=True)
    summary = pipeline.run(db, [folder])
    assert summary.count("new") == 2 and summary.count("failed") == 1
    assert paper_rows(db, sorted(PAPERS.glob("*.txt"))) == expected  # the others are complete
    failure = db["failures"].get("corpus/faulty.txt")
    assert (failure["kind"], failure["stage"], failure["exception"], failure["message"]) == (
        "error", stage, "ZeroDivisionError", "injected fault")
    assert failure["location"].startswith(LAST_FRAME[stage])
    assert db.execute("select count(*) from documents where path = 'corpus/faulty.txt'").fetchone()[0] == 0
    assert orphans(db) == 0


def test_the_failure_is_one_line_on_stderr_and_exit_status_3(folder, monkeypatch, tmp_path):
    inject(monkeypatch, "extract")
    result = run_cli("corpus", "--db", str(tmp_path / "out.db"))
    assert result.exit_code == EXIT_SOME_FAILED
    [line] = [ln for ln in result.output.splitlines() if ln.startswith("failed ")]
    assert line.startswith("failed corpus/faulty.txt: error in extract: ZeroDivisionError: injected fault "
                           "(at paper_miner/extract/records.py:")
    assert "--debug" in line
    db = sqlite_utils.Database(tmp_path / "out.db")
    assert db["documents"].count == 2 and db["failures"].count == 1


@pytest.mark.parametrize("how", [["--debug"], ["env"]])
def test_debug_raises_the_exception_instead(folder, monkeypatch, tmp_path, how):
    inject(monkeypatch, "extract")
    (folder / "empty.txt").write_text("")  # bad input is still a failure, not an exception
    args, env = (how, None) if how == ["--debug"] else ([], {"PAPER_MINER_DEBUG": "1"})
    result = run_cli("corpus", "--db", str(tmp_path / "out.db"), *args, env=env)
    assert isinstance(result.exception, ZeroDivisionError)
    db = sqlite_utils.Database(tmp_path / "out.db")
    assert db["failures"].get("corpus/empty.txt")["kind"] == "empty"
    assert db.execute("select count(*) from failures where path = 'corpus/faulty.txt'").fetchone()[0] == 0


def test_a_failed_paper_that_later_succeeds_loses_its_failure(folder, monkeypatch):
    db = sqlite_utils.Database(memory=True)
    with monkeypatch.context() as patch:
        inject(patch, "extract")
        pipeline.run(db, [folder])
    assert db["failures"].get("corpus/faulty.txt")["kind"] == "error"
    again = pipeline.run(db, [folder])  # same file, same pipeline: reported, not retried
    [failed] = [o for o in again.outcomes if o.status == "failed"]
    assert failed.path == "corpus/faulty.txt" and "unchanged since last run" in failed.message
    monkeypatch.setattr(store, "PIPELINE_VERSION", "fixed")
    fixed = pipeline.run(db, [folder])
    assert fixed.count("new") == 3
    assert db["failures"].count == 0
    assert db.execute("select count(*) from documents where path = 'corpus/faulty.txt'").fetchone()[0] == 1


def sleep_a_minute():
    time.sleep(60)


def kill_own_process():
    os.kill(os.getpid(), signal.SIGKILL)


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_paper_past_its_time_is_stopped_and_the_rest_finish(folder, monkeypatch, jobs):
    inject(monkeypatch, "extract", sleep_a_minute)
    db = sqlite_utils.Database(memory=True)
    started = time.monotonic()
    executor = executors.isolated(jobs, timeout=3, warm_up=pipeline.warm_up)
    summary = pipeline.run(db, [folder], executor=executor, limits=Limits(timeout=3))
    assert time.monotonic() - started < 30
    assert summary.count("new") == 2
    failure = db["failures"].get("corpus/faulty.txt")
    assert (failure["kind"], failure["stage"]) == ("timeout", "extract")
    assert "--timeout" in failure["message"]


@pytest.mark.parametrize("jobs", ["2", "1"])
def test_a_killed_worker_is_reported_and_replaced(folder, monkeypatch, tmp_path, jobs):
    for n in range(3):  # more papers after the fault than workers, so the run needs a new one
        shutil.copy(PAPERS / "partnership_minutes.txt", folder / f"after_{n}.txt")
        with (folder / f"after_{n}.txt").open("a") as paper:
            paper.write(f"\nCopy {n}.\n")
    inject(monkeypatch, "extract", kill_own_process)
    result = run_cli("corpus", "--db", str(tmp_path / "out.db"), "--jobs", jobs)
    assert result.exit_code == EXIT_SOME_FAILED, result.output
    db = sqlite_utils.Database(tmp_path / "out.db")
    assert db["documents"].count == 5
    failure = db["failures"].get("corpus/faulty.txt")
    assert (failure["kind"], failure["stage"]) == ("crashed", "extract")
    assert "SIGKILL" in failure["message"]
    assert orphans(db) == 0


def test_a_paper_past_a_limit_is_tried_again_when_the_limit_changes(folder, tmp_path, monkeypatch):
    db_path = str(tmp_path / "out.db")
    assert run_cli("corpus", "--db", db_path, "--max-text-mb", "0.0005").exit_code == EXIT_SOME_FAILED
    db = sqlite_utils.Database(db_path)
    assert {r["kind"] for r in db["failures"].rows} == {"too_large"}
    monkeypatch.setenv("PAPER_MINER_MAX_TEXT_MB", "1")
    assert run_cli("corpus", "--db", db_path).exit_code == 0
    assert db["documents"].count == 3 and db["failures"].count == 0
