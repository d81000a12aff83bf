"""Killing an extraction mid-run (kill -9) leaves a consistent database; the next run completes it."""
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import sqlite_utils

from paper_miner import store

SAMPLE = Path(__file__).parent.parent / "corpus" / "001_7723ce49bf569c0b.txt"
PAPERS = 20


def make_corpus(folder: Path) -> None:
    folder.mkdir()
    text = SAMPLE.read_text()
    for n in range(PAPERS):  # distinct content, so each paper is its own document
        (folder / f"paper_{n:03d}.txt").write_text(f"{text}\n\nCopy {n} of the report.\n")


def documents_written(db_path: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=5) as con:
            return con.execute("select count(*) from documents").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet, or busy for a moment
        return 0


def extract(folder: Path, db_path: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "paper_miner", "extract", str(folder), "--db", str(db_path)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )


def kill_after_some_papers(process: subprocess.Popen, db_path: Path) -> None:
    deadline = time.monotonic() + 120
    while documents_written(db_path) < 3 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    if process.poll() is not None:
        raise RuntimeError(f"extraction ended on its own (exit {process.returncode}) before the kill")
    process.send_signal(signal.SIGKILL)
    process.wait()


def orphans(db: sqlite_utils.Database) -> int:
    return sum(
        db.execute(f"select count(*) from [{t}] where doc_id not in (select doc_id from documents)").fetchone()[0]
        for t in [*store.RECORD_MODELS, "pages"]
    )


def test_kill_during_run_leaves_a_consistent_database(tmp_path):
    corpus, db_path = tmp_path / "corpus", tmp_path / "papers.db"
    make_corpus(corpus)
    kill_after_some_papers(extract(corpus, db_path), db_path)

    db = sqlite_utils.Database(db_path)
    assert db.execute("pragma integrity_check").fetchone()[0] == "ok"
    done = db["documents"].count
    assert 0 < done < PAPERS, "the kill should land mid-run"
    assert orphans(db) == 0
    pages_per_doc = {r[0] for r in db.execute("select count(*) from pages group by doc_id")}
    assert pages_per_doc == {1}, "every written document has all its pages"

    assert extract(corpus, db_path).wait() == 0
    clean_path = tmp_path / "clean.db"
    assert extract(corpus, clean_path).wait() == 0
    resumed, clean = store.record_counts(db), store.record_counts(sqlite_utils.Database(clean_path))
    assert resumed == clean
    assert resumed["documents"] == PAPERS
