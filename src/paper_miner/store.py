"""The SQLite store: tables, indexes and one transaction per document.

The record tables follow the contract in the gold README (documents, projects, budgets,
targets, decisions); extra tables: ``pages`` (page text, for grounding and search) and
``failures`` (papers that could not be read, and why).
"""
from __future__ import annotations

import json
import types
import typing
from collections.abc import Iterable
from datetime import datetime, timezone
from pathlib import Path

import sqlite_utils
from pydantic import BaseModel

from paper_miner import PIPELINE_VERSION, links, search
from paper_miner.errors import LIMIT_KINDS, Failure
from paper_miner.limits import Limits
from paper_miner.models import Budget, Decision, Document, Extraction, Project, Record, Target
from paper_miner.readers import ocr_mode, pdf_reader

RECORD_MODELS: dict[str, type[Record]] = {
    "projects": Project,
    "budgets": Budget,
    "targets": Target,
    "decisions": Decision,
}
# Short, stable prefixes make record ids readable in Datasette URLs: <doc_id>-b0007.
ID_PREFIX = {"projects": "p", "budgets": "b", "targets": "t", "decisions": "d"}

# Set after every run by links.mark_duplicates: the paper or record this one restates.
DOCUMENT_EXTRA = {"pipeline_version": str, "extracted_at": str, "duplicate_of": str, "duplicate_score": float}
RECORD_EXTRA = {"duplicate_of": str}
# What a reader looks for first in a list of papers; file details after.
DOCUMENT_FIRST = ("doc_id", "title", "date", "authority", "doc_type", "body", "authority_type", "authority_code")
FAILURE_COLUMNS = {
    "path": str, "file_name": str, "sha256": str, "kind": str, "message": str,
    "stage": str, "exception": str, "location": str,
    "failed_at": str, "pipeline_version": str, "limits": str,
}


def _sqlite_type(annotation) -> type:
    """Map a pydantic field annotation to the column type sqlite-utils should create."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return _sqlite_type(args[0])
    if origin is typing.Literal:
        return str
    if origin in (list, dict) or annotation in (list, dict):
        return str  # stored as JSON text
    return annotation if annotation in (int, float, str) else str


def model_columns(model: type[BaseModel]) -> dict[str, type]:
    return {name: _sqlite_type(f.annotation) for name, f in model.model_fields.items()}


def document_columns() -> dict[str, type]:
    """The documents table's columns, title, date, authority and type first."""
    columns = {**model_columns(Document), **DOCUMENT_EXTRA}
    return {**{name: columns[name] for name in DOCUMENT_FIRST}, **columns}


def _create_or_extend(db: sqlite_utils.Database, table: str, columns: dict[str, type], **options) -> None:
    """Create the table, or add the columns a newer pipeline writes to an older database."""
    if db[table].exists():
        have = db[table].columns_dict
        for name, kind in columns.items():
            if name not in have:
                db[table].add_column(name, kind)
    else:
        db[table].create(columns, **options)


def ensure_db_shape(db: sqlite_utils.Database) -> None:
    """Create every table and index the pipeline writes; safe to call on every run."""
    db.execute("PRAGMA foreign_keys = ON")
    _create_or_extend(db, "documents", document_columns(), pk="doc_id")
    _create_or_extend(db, "pages", {"doc_id": str, "page": int, "text": str, "ocr_confidence": float},
                      pk=("doc_id", "page"), foreign_keys=[("doc_id", "documents", "doc_id")])
    for table, model in RECORD_MODELS.items():
        # the record's own fields first; provenance (page, quote, grounding) last, so tables
        # and CSV read as "what" before "where from"
        fields = model_columns(model)
        provenance = {k: fields.pop(k) for k in list(fields) if k in model_columns(Record)}
        columns = {"id": str, "doc_id": str, **fields, **provenance, **RECORD_EXTRA}
        _create_or_extend(db, table, columns, pk="id", foreign_keys=[("doc_id", "documents", "doc_id")])
        db[table].create_index(["doc_id"], if_not_exists=True)
    _create_or_extend(db, "failures", FAILURE_COLUMNS, pk="path")
    links.ensure_link_tables(db)
    search.enable_search(db)


def _row(record: BaseModel) -> dict:
    row = record.model_dump()
    return {k: json.dumps(v) if isinstance(v, (list, dict)) else v for k, v in row.items()}


def record_rows(doc_id: str, table: str, records: Iterable[Record]) -> list[dict]:
    """Rows with deterministic ids: the same paper and pipeline give the same ids."""
    prefix = ID_PREFIX.get(table, table[:1])
    return [
        {"id": f"{doc_id}-{prefix}{n:04d}", "doc_id": doc_id, **_row(r)}
        for n, r in enumerate(records, start=1)
    ]


def pipeline_version() -> str:
    """The code's version, this run's PDF reader and OCR mode ("0.1.0+3f2a9c1d7e45+pdfium+ocr-auto"):
    a paper read by the other reader, or under another OCR mode, is extracted again."""
    return f"{PIPELINE_VERSION}+{pdf_reader()}+ocr-{ocr_mode()}"


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _dependents(db: sqlite_utils.Database) -> list[tuple[str, str, str, str]]:
    """(table, column, referenced table, referenced column) of derived rows elsewhere that
    point into a paper's own tables."""
    return [
        (other.name, fk.column, fk.other_table, fk.other_column)
        for other in db.tables for fk in other.foreign_keys
        if other.name not in RECORD_MODELS and other.name != "pages"
    ]


def delete_document(db: sqlite_utils.Database, doc_id: str) -> None:
    """Remove a paper, its records and the derived rows (cross-paper links) that point at them."""
    links.invalidate(db)
    dependents = _dependents(db)
    for table in [*RECORD_MODELS, "pages", "documents"]:
        for other, column, _, key in (d for d in dependents if d[2] == table):
            db.execute(
                f"delete from [{other}] where [{column}] in (select [{key}] from [{table}] where doc_id = ?)",
                [doc_id],
            )
        db[table].delete_where("doc_id = ?", [doc_id])


def save_extraction(db: sqlite_utils.Database, extraction: Extraction) -> None:
    """Write one paper, replacing whatever an earlier run derived from it, atomically."""
    doc = extraction.document
    with db.atomic():
        # The same path with old content is a different doc_id: drop it so nothing is stale.
        stale = db.execute(
            "select doc_id from documents where path = ? and doc_id != ?", [doc.path, doc.doc_id]
        ).fetchall()
        for (old_id,) in stale:
            delete_document(db, old_id)
        delete_document(db, doc.doc_id)
        db["documents"].insert(
            {**_row(doc), "pipeline_version": pipeline_version(), "extracted_at": now()}
        )
        db["pages"].insert_all(
            {"doc_id": doc.doc_id, "page": n, "text": text,
             "ocr_confidence": extraction.layout.ocr_confidence.get(n)}
            for n, text in enumerate(extraction.layout.page_texts, start=1)
        )
        for table in RECORD_MODELS:
            rows = record_rows(doc.doc_id, table, extraction.records.get(table, []))
            if rows:
                db[table].insert_all(rows)
        db["failures"].delete_where("path = ?", [doc.path])


def save_failure(db: sqlite_utils.Database, path: str, sha256: str, failure: Failure, limits: Limits) -> None:
    """Record why the paper at ``path`` was not extracted; records an earlier run derived from
    what was at that path before are removed with it, so the path is in one table only."""
    with db.atomic():
        for (old_id,) in db.execute("select doc_id from documents where path = ?", [path]).fetchall():
            delete_document(db, old_id)
        db["failures"].insert(
            {
                "path": path, "file_name": path.rsplit("/", 1)[-1], "sha256": sha256,
                **failure.model_dump(), "failed_at": now(),
                "pipeline_version": pipeline_version(), "limits": limits.model_dump_json(),
            },
            replace=True,
        )


def is_current(db: sqlite_utils.Database, doc_id: str) -> bool:
    """True when this content was already extracted by this pipeline version."""
    row = db.execute(
        "select pipeline_version from documents where doc_id = ?", [doc_id]
    ).fetchone()
    return row is not None and row[0] == pipeline_version()


def known_failure(db: sqlite_utils.Database, path: str, sha256: str, limits: Limits) -> Failure | None:
    """The failure of this very content with this pipeline version, if it failed before; a
    failure against a limit (``too_large``, ``timeout``) counts only under the same limits."""
    row = db.execute(
        "select kind, message, stage, exception, location, limits from failures "
        "where path = ? and sha256 = ? and pipeline_version = ?",
        [path, sha256, pipeline_version()],
    ).fetchone()
    if row is None or (row[0] in LIMIT_KINDS and row[5] != limits.model_dump_json()):
        return None
    return Failure(**dict(zip(["kind", "message", "stage", "exception", "location"], row[:5])))


def remove_missing(db: sqlite_utils.Database, present_paths: set[str], under: list[str]) -> list[str]:
    """Remove documents (and failures) under the scanned folders whose file is gone."""
    removed = []
    with db.atomic():
        for doc_id, path in db.execute("select doc_id, path from documents").fetchall():
            if path not in present_paths and _is_under(path, under):
                delete_document(db, doc_id)
                removed.append(path)
        for (path,) in db.execute("select path from failures").fetchall():
            if path not in present_paths and _is_under(path, under):
                db["failures"].delete_where("path = ?", [path])
    return removed


def _is_under(path: str, folders: list[str]) -> bool:
    """``"../corpus/a.pdf"`` is under ``"../corpus"``; everything below the database is under ``"."``."""
    return any(path == f or path.startswith(f.rstrip("/") + "/") or (f == "." and not path.startswith("../"))
               for f in folders)


def db_folder(db: sqlite_utils.Database) -> Path:
    """The folder of the database file, against which paper paths are stored (the working
    folder for an in-memory database)."""
    row = db.execute("pragma database_list").fetchone()
    return Path(row[2]).parent if row and row[2] else Path.cwd()


def restated_counts(db: sqlite_utils.Database) -> dict[str, int]:
    """Papers and records marked as restating another paper's (see links.mark_duplicates)."""
    return {t: db[t].count_where("duplicate_of is not null") for t in ["documents", *RECORD_MODELS]}


def record_counts(db: sqlite_utils.Database) -> dict[str, int]:
    return {t: db[t].count for t in ["documents", "pages", *RECORD_MODELS, "failures"]}


# The value each record type is checked by, as shown in `paper-miner check`.
KEY_VALUE = {"projects": "name", "budgets": "amount_gbp", "targets": "coalesce(indicator, target, measure)",
             "decisions": "subject"}


def unverified_records(db: sqlite_utils.Database) -> list[dict]:
    return [
        dict(row)
        for table, value in KEY_VALUE.items()
        for row in db.query(
            f"select '{table}' as [table], file_name, page, {value} as value, quote "
            f"from [{table}] join documents using (doc_id) where grounding = 'missing' "
            "order by file_name, page"
        )
    ]


def total_records(db: sqlite_utils.Database) -> int:
    return sum(db[table].count for table in RECORD_MODELS)
