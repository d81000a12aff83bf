"""The command line as a user meets it: bad files, exit codes, summaries, help."""
import shutil
from pathlib import Path

import pytest
import sqlite_utils
from click.testing import CliRunner

from conftest import text_pdf, write_bad_inputs
from paper_miner import store
from paper_miner.cli import EXIT_SOME_FAILED, cli

FIXTURES = Path(__file__).parent / "fixtures" / "papers"


@pytest.fixture
def bad_corpus(corpus, tmp_path):
    """Every kind of bad input the issue lists, beside two good papers."""
    folder = corpus
    good = text_pdf(tmp_path / "good.pdf")
    write_bad_inputs(folder, good)
    (folder / "empty.pdf").write_bytes(b"")
    (folder / "truncated.pdf").write_bytes(good[: len(good) // 3])
    (folder / "one_line.txt").write_text("The Board noted the report on £5,000 of spending. " * 20000)
    return folder


def run_extract(*args):
    return CliRunner().invoke(cli, ["extract", *args], catch_exceptions=False)


def test_bad_files_fail_clearly_and_the_rest_are_extracted(bad_corpus):
    result = run_extract(str(bad_corpus), "--db", "out.db")
    assert result.exit_code == EXIT_SOME_FAILED, result.output
    db = sqlite_utils.Database("out.db")
    failures = {Path(f["path"]).name: f for f in db["failures"].rows}
    kinds = {name: f["kind"] for name, f in failures.items()}
    assert kinds == {
        "empty.pdf": "empty",
        "zero_pages.pdf": "empty",
        "truncated.pdf": "corrupt",
        "encrypted.pdf": "encrypted",
        "scanned.pdf": "no_text_layer",
        "web_page.pdf": "not_a_pdf",
        "garbage.txt": "encoding",
        "report.odt": "unsupported",
    }
    assert "OCR" in failures["scanned.pdf"]["message"]
    extracted = {d["file_name"] for d in db["documents"].rows}
    assert {
        "borough_cabinet_report.txt", "partnership_minutes.txt", "encrypted_empty_password.pdf",
        "bad_xref.pdf", "latin1.txt", "utf16.txt", "one_line.txt",
    } == extracted
    # one clear line per bad file on stderr (CliRunner mixes it into output)
    for name in kinds:
        assert f"failed corpus/{name}:" in result.output


def test_decoded_text_keeps_pound_signs(bad_corpus):
    run_extract(str(bad_corpus), "--db", "out.db")
    db = sqlite_utils.Database("out.db")
    pages = {
        row["file_name"]: row["text"]
        for row in db.query("select file_name, text from pages join documents using (doc_id)")
    }
    assert "£1,500" in pages["latin1.txt"] and "café" in pages["latin1.txt"]
    assert "£2m" in pages["utf16.txt"]
    assert "Westbury" not in pages["encrypted_empty_password.pdf"]
    assert "recycling plan" in pages["encrypted_empty_password.pdf"]


def test_rerun_after_failures_does_no_work_and_keeps_everything(bad_corpus):
    run_extract(str(bad_corpus), "--db", "out.db")
    db = sqlite_utils.Database("out.db")
    before = store.record_counts(db)
    result = run_extract(str(bad_corpus), "--db", "out.db")
    # nothing is read again, but the bad files are still reported (and still fail the run)
    assert "0 extracted, 7 unchanged, 0 identical copies, 8 failed" in result.output
    assert "(unchanged since last run)" in result.output
    assert result.exit_code == EXIT_SOME_FAILED
    assert store.record_counts(db) == before


def test_summary_reports_papers_pages_and_records(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copytree(FIXTURES, "corpus")
    result = run_extract("corpus", "--db", "out.db")
    assert result.exit_code == 0, result.output
    assert "2 extracted, 0 unchanged, 0 identical copies, 0 failed, 0 removed; 2 pages" in result.output
    assert "database: 2 documents" in result.output
    again = run_extract("corpus", "--db", "out.db")
    assert "0 extracted, 2 unchanged" in again.output


def test_missing_path_is_a_clean_error():
    result = CliRunner().invoke(cli, ["extract", "no/such/folder"])
    assert result.exit_code == 2
    assert "does not exist" in result.output
    assert "Traceback" not in result.output


def test_help_explains_the_commands():
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0 and "extract" in result.output
    extract_help = CliRunner().invoke(cli, ["extract", "--help"])
    assert "Exit status" in extract_help.output and "--force" in extract_help.output


def test_quiet_prints_nothing_but_errors_and_verbose_every_paper(corpus):
    quiet = CliRunner().invoke(cli, ["extract", str(corpus), "--db", "out.db", "-q"])
    assert quiet.exit_code == 0 and quiet.output == ""
    verbose = CliRunner().invoke(cli, ["-v", "extract", str(corpus), "--db", "out.db"])
    assert "skipped corpus/borough_cabinet_report.txt" in verbose.output
    assert "0 extracted, 2 unchanged" in verbose.output


def test_an_empty_folder_says_no_papers_were_found(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("empty").mkdir()
    result = run_extract("empty", "--db", "out.db")
    assert result.exit_code == 0
    assert result.output.startswith("no papers found in empty (PDF or text files)\n")


def test_ctrl_c_exits_130_saying_how_many_papers_are_saved(corpus, monkeypatch):
    from paper_miner import pipeline

    def one_paper_then_ctrl_c(db, roots, force, on_paper, files, *rest):
        on_paper(pipeline.Outcome(path=str(files[0]), status="new"))
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline, "run", one_paper_then_ctrl_c)
    result = run_extract(str(corpus), "--db", "out.db")
    assert result.exit_code == 130
    assert "interrupted: 1 papers saved, 1 left" in result.output and "Aborted" not in result.output


def test_a_long_failure_message_stays_on_one_line_in_a_log(corpus):
    name = "a_paper_with_a_rather_long_file_name_that_a_log_line_would_once_have_wrapped_" * 2 + ".pdf"
    (corpus / name).write_bytes(b"")
    result = run_extract(str(corpus), "--db", "out.db")
    assert f"failed corpus/{name}:" in result.output
