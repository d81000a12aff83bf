"""Serial, process-pool and Dask runs give the same database."""
import shutil
from pathlib import Path

import pytest
import sqlite_utils

from conftest import snapshot
from paper_miner import executors, pipeline

ROOT = Path(__file__).parent.parent
SAMPLES = [
    ROOT / "corpus" / "001_7723ce49bf569c0b.txt",
    ROOT / "corpus" / "004_13aadc344b16d639.txt",
    ROOT / "corpus" / "pdf" / "000_1afc203f71fc8b19.pdf",
    ROOT / "corpus" / "pdf" / "004_13aadc344b16d639.pdf",
]


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "corpus"
    folder.mkdir()
    for sample in SAMPLES:
        shutil.copy(sample, folder / sample.name)
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 truncated")
    return folder


def extract_with(corpus: Path, executor) -> dict[str, list[tuple]]:
    db = sqlite_utils.Database(memory=True)
    summary = pipeline.run(db, [corpus], executor=executor)
    assert summary.count("new") == len(SAMPLES) and summary.count("failed") == 1
    return snapshot(db)


def test_process_pool_matches_serial(corpus):
    assert extract_with(corpus, executors.processes(2)) == extract_with(corpus, executors.serial)


def test_dask_cluster_matches_serial(corpus):
    distributed = pytest.importorskip("distributed")
    serial = extract_with(corpus, executors.serial)
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
        host="127.0.0.1",
    ) as cluster:
        assert extract_with(corpus, executors.dask(cluster.scheduler_address)) == serial


def test_choose_picks_the_executor():
    assert executors.choose(debug=True) is executors.serial
    assert executors.choose(jobs=3, debug=True) is executors.serial
    assert executors.choose() is not executors.serial  # one watched worker process


def test_one_watched_worker_matches_serial(corpus):
    assert extract_with(corpus, executors.isolated(1, timeout=600)) == extract_with(corpus, executors.serial)
