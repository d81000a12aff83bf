"""Incremental and fault-tolerant extraction: new papers only, bad files reported, nothing lost."""
import shutil
from pathlib import Path

import pytest
import sqlite_utils

from paper_miner import pipeline, store


@pytest.fixture
def db():
    return sqlite_utils.Database(memory=True)


def statuses(summary):
    return {Path(o.path).name: o.status for o in summary.outcomes}


def test_first_run_extracts_every_paper(corpus, db):
    summary = pipeline.run(db, [corpus])
    assert statuses(summary) == {
        "borough_cabinet_report.txt": "new", "partnership_minutes.txt": "new",
    }
    assert db["documents"].count == 2
    assert summary.pages == 2
    paths = {d["path"] for d in db["documents"].rows}
    assert paths == {"corpus/borough_cabinet_report.txt", "corpus/partnership_minutes.txt"}


def test_unchanged_papers_are_skipped_on_a_rerun(corpus, db):
    pipeline.run(db, [corpus])
    before = store.record_counts(db)
    summary = pipeline.run(db, [corpus])
    assert set(statuses(summary).values()) == {"skipped"}
    assert store.record_counts(db) == before


def test_force_re_extracts_without_duplicating(corpus, db):
    pipeline.run(db, [corpus])
    before = store.record_counts(db)
    summary = pipeline.run(db, [corpus], force=True)
    assert set(statuses(summary).values()) == {"new"}
    assert store.record_counts(db) == before


def test_a_changed_paper_replaces_its_document(corpus, db):
    pipeline.run(db, [corpus])
    paper = corpus / "partnership_minutes.txt"
    old_id = db.execute("select doc_id from documents where file_name = ?", [paper.name]).fetchone()[0]
    paper.write_text(paper.read_text() + "\n3. Any other business\n\nThe Board noted the date of the next meeting.\n")
    summary = pipeline.run(db, [corpus])
    assert statuses(summary)["partnership_minutes.txt"] == "new"
    assert statuses(summary)["borough_cabinet_report.txt"] == "skipped"
    ids = [r[0] for r in db.execute("select doc_id from documents where file_name = ?", [paper.name])]
    assert len(ids) == 1 and ids[0] != old_id
    assert db.execute("select count(*) from pages where doc_id = ?", [old_id]).fetchone()[0] == 0


def test_a_removed_paper_has_its_records_removed(corpus, db):
    pipeline.run(db, [corpus])
    (corpus / "partnership_minutes.txt").unlink()
    summary = pipeline.run(db, [corpus])
    assert summary.removed == ["corpus/partnership_minutes.txt"]
    assert [d["file_name"] for d in db["documents"].rows] == ["borough_cabinet_report.txt"]


def test_a_renamed_paper_is_kept(corpus, db):
    pipeline.run(db, [corpus])
    (corpus / "partnership_minutes.txt").rename(corpus / "minutes_march.txt")
    pipeline.run(db, [corpus])
    names = sorted(d["file_name"] for d in db["documents"].rows)
    assert names == ["borough_cabinet_report.txt", "minutes_march.txt"]


def test_same_content_under_two_names_is_extracted_once(corpus, db):
    shutil.copy(corpus / "partnership_minutes.txt", corpus / "copy_of_minutes.txt")
    summary = pipeline.run(db, [corpus])
    assert sorted(statuses(summary).values()) == ["duplicate", "new", "new"]
    assert db["documents"].count == 2


def test_pipeline_version_bump_re_extracts(corpus, db, monkeypatch):
    pipeline.run(db, [corpus])
    monkeypatch.setattr(store, "PIPELINE_VERSION", "next-version")
    summary = pipeline.run(db, [corpus])
    assert set(statuses(summary).values()) == {"new"}


def test_a_bad_file_is_reported_and_the_run_goes_on(corpus, db):
    (corpus / "garbage.txt").write_bytes(bytes(range(256)) * 40)
    summary = pipeline.run(db, [corpus])
    assert statuses(summary)["garbage.txt"] == "failed"
    assert summary.count("new") == 2
    failure = db["failures"].get("corpus/garbage.txt")
    assert failure["kind"] == "encoding" and "binary" in failure["message"]


def test_a_known_failure_is_not_retried_until_the_file_changes(corpus, db):
    bad = corpus / "empty.txt"
    bad.write_text("")
    pipeline.run(db, [corpus])
    again = {Path(o.path).name: o for o in pipeline.run(db, [corpus]).outcomes}
    assert again["empty.txt"].status == "failed"
    assert "unchanged since last run" in again["empty.txt"].message
    bad.write_text("CABINET\n\nA short note.\n")
    assert statuses(pipeline.run(db, [corpus]))["empty.txt"] == "new"
    assert db["failures"].count == 0


def test_files_can_be_named_directly(corpus, db):
    summary = pipeline.run(db, [corpus / "partnership_minutes.txt"])
    assert statuses(summary) == {"partnership_minutes.txt": "new"}


def test_a_papers_council_is_stored_with_its_code_and_type(tmp_path, db):
    paper = tmp_path / "cabinet.txt"
    paper.write_text("Tunbridge Wells Borough Council\n\nReport to Cabinet, 4 June 2024\n\n"
                     "Parking Charges Review\n\n1. The Cabinet is asked to approve the review.\n")
    pipeline.run(db, [paper])
    document = next(db["documents"].rows)
    assert (document["authority"], document["authority_code"], document["authority_type"]) == (
        "Tunbridge Wells Borough Council", "E07000116", "district council")
