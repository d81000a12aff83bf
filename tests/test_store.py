import json

import pytest
import sqlite_utils

from paper_miner import store
from paper_miner.errors import Failure
from paper_miner.limits import Limits
from paper_miner.models import Block, Budget, Decision, Document, Extraction, Layout, Project

CONTRACT = {
    "documents": ["doc_id", "file_name", "title", "doc_type", "date", "authority", "body"],
    "projects": ["doc_id", "name", "ref", "owner", "theme", "amount_gbp", "funding", "page", "quote"],
    "budgets": ["doc_id", "label", "amount_gbp", "period", "kind", "owner", "page", "quote"],
    "targets": ["doc_id", "indicator", "measure", "baseline", "target", "unit", "deadline",
                "direction", "page", "quote"],
    "decisions": ["doc_id", "body", "date", "subject", "action", "status", "page", "quote"],
}


@pytest.fixture
def db():
    database = sqlite_utils.Database(memory=True)
    store.ensure_db_shape(database)
    return database


def make_extraction(doc_id="abc123", path="corpus/a.txt", projects=2, title="A paper"):
    layout = Layout(
        fmt="txt", page_texts=["page one text", "page two text"],
        blocks=[Block(kind="paragraph", page=1, text="page one text")],
    )
    document = Document(
        doc_id=doc_id, file_name=path.rsplit("/", 1)[-1], path=path, fmt="txt",
        sha256=doc_id * 4, pages=2, title=title, doc_type="report",
    )
    records = {
        "projects": [
            Project(name=f"Scheme {n}", amount_gbp=1000 * n, alt_amounts_gbp=[999], funding="amount",
                    page=1, quote=f"Scheme {n} £{n},000")
            for n in range(1, projects + 1)
        ],
        "budgets": [Budget(label="Total", amount_gbp=3000, kind="total", page=2, quote="Total £3,000")],
        "decisions": [Decision(body="Cabinet", subject="the plan", action="approved", page=2, quote="x")],
    }
    return Extraction(document=document, layout=layout, records=records)


def test_empty_database_has_the_contract_columns(db):
    for table, columns in CONTRACT.items():
        assert set(columns) <= set(db[table].columns_dict), table
    assert {"failures", "pages"} <= set(db.table_names())


def test_save_writes_document_pages_and_records_with_deterministic_ids(db):
    store.save_extraction(db, make_extraction())
    doc = db["documents"].get("abc123")
    assert doc["title"] == "A paper" and doc["pipeline_version"] == store.pipeline_version()
    assert [r["page"] for r in db["pages"].rows] == [1, 2]
    ids = [r["id"] for r in db["projects"].rows_where(order_by="id")]
    assert ids == ["abc123-p0001", "abc123-p0002"]
    first = db["projects"].get("abc123-p0001")
    assert first["amount_gbp"] == 1000 and json.loads(first["alt_amounts_gbp"]) == [999]


def test_saving_the_same_paper_again_replaces_instead_of_duplicating(db):
    store.save_extraction(db, make_extraction(projects=3))
    store.save_extraction(db, make_extraction(projects=1, title="Retitled"))
    assert db["projects"].count == 1
    assert db["budgets"].count == 1
    assert db["documents"].get("abc123")["title"] == "Retitled"


def test_changed_content_at_the_same_path_drops_the_old_document(db):
    store.save_extraction(db, make_extraction(doc_id="old111"))
    store.save_extraction(db, make_extraction(doc_id="new222"))
    assert [d["doc_id"] for d in db["documents"].rows] == ["new222"]
    assert {r["doc_id"] for r in db["projects"].rows} == {"new222"}


def test_a_failed_write_leaves_the_earlier_extraction_intact(db, monkeypatch):
    store.save_extraction(db, make_extraction(projects=2, title="Good"))

    def explode(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(store, "record_rows", explode)
    with pytest.raises(RuntimeError):
        store.save_extraction(db, make_extraction(projects=5, title="Half written"))
    assert db["documents"].get("abc123")["title"] == "Good"
    assert db["projects"].count == 2


def test_failures_are_recorded_and_cleared_by_a_later_success(db):
    failure = Failure(kind="encoding", message="not text", stage="read")
    store.save_failure(db, "corpus/a.txt", "f" * 64, failure, Limits())
    assert store.known_failure(db, "corpus/a.txt", "f" * 64, Limits()) == failure
    assert store.known_failure(db, "corpus/a.txt", "0" * 64, Limits()) is None
    store.save_extraction(db, make_extraction(path="corpus/a.txt"))
    assert db["failures"].count == 0


def test_is_current_depends_on_pipeline_version(db, monkeypatch):
    store.save_extraction(db, make_extraction())
    assert store.is_current(db, "abc123")
    monkeypatch.setattr(store, "PIPELINE_VERSION", "next")
    assert not store.is_current(db, "abc123")


def test_remove_missing_only_touches_scanned_folders(db):
    store.save_extraction(db, make_extraction(doc_id="aaa", path="corpus/a.txt"))
    store.save_extraction(db, make_extraction(doc_id="bbb", path="elsewhere/b.txt"))
    removed = store.remove_missing(db, present_paths=set(), under=["corpus"])
    assert removed == ["corpus/a.txt"]
    assert [d["doc_id"] for d in db["documents"].rows] == ["bbb"]
    assert {r["doc_id"] for r in db["projects"].rows} == {"bbb"}


def test_a_failure_against_a_limit_is_known_only_under_the_same_limits(db):
    failure = Failure(kind="timeout", message="stopped after 600 s", stage="extract")
    store.save_failure(db, "corpus/a.pdf", "f" * 64, failure, Limits(timeout=600))
    assert store.known_failure(db, "corpus/a.pdf", "f" * 64, Limits(timeout=600)) == failure
    assert store.known_failure(db, "corpus/a.pdf", "f" * 64, Limits(timeout=1200)) is None


def test_a_failure_replaces_what_the_path_held_before(db):
    store.save_extraction(db, make_extraction(path="corpus/a.txt", projects=2))
    store.save_failure(db, "corpus/a.txt", "0" * 64, Failure(kind="empty", message="the file is empty"), Limits())
    assert db["documents"].count == 0 and db["projects"].count == 0
    assert db["failures"].get("corpus/a.txt")["kind"] == "empty"
