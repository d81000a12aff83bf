"""Files for people who live in spreadsheets: every table as CSV (UTF-8 with a BOM, so Excel
shows £ as £), as JSON, and all of them as sheets of one .xlsx workbook.

Each row that comes from a paper carries the paper's title, date, authority and link, so a
row means something when read on its own; whole numbers are written as numbers (3, never
3.0) and lists are joined into one readable cell.
"""
from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import sqlite_utils
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from paper_miner import store

EXPORT_TABLES = [
    "documents", *store.RECORD_MODELS, "schemes", "scheme_projects", "indicators", "bodies",
    "body_decisions", "pages", "failures",
]
# The paper's columns added to each row that comes from one paper.
PAPER_COLUMNS = ("p.title as paper_title, p.date as paper_date, p.authority as paper_authority, "
                 "p.authority_code as paper_authority_code, p.path as paper_link")
# Rows that name their paper only through another record: a body's decision.
PAPER_VIA = {"body_decisions": "join decisions via on via.id = t.decision_id join documents p on p.doc_id = via.doc_id"}
WORKBOOK = "papers.xlsx"
# Excel refuses a cell longer than this; a page of text rarely is.
EXCEL_CELL_LIMIT = 32767


def export_sql(db: sqlite_utils.Database, table: str) -> str:
    """The table's rows with their paper's title, date, authority and link where it has one:
    ``select t.*, p.title as paper_title, … from [projects] t left join documents p …``."""
    if table in PAPER_VIA:
        return f"select t.*, {PAPER_COLUMNS} from [{table}] t {PAPER_VIA[table]}"
    if table != "documents" and "doc_id" in db[table].columns_dict:
        return f"select t.*, {PAPER_COLUMNS} from [{table}] t left join documents p on p.doc_id = t.doc_id"
    return f"select * from [{table}]"


def plain(value):
    """A cell as a spreadsheet user wants it: 3.0 is 3, a JSON list is its items joined.

    ``'[1200000, 950000]'`` → ``'1200000; 950000'``; ``'[]'`` → ``''``; a list of objects
    (a scheme's amounts) → ``'2012-01-10 260000 report.txt; …'``."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    items = _json_list(value)
    if items is None:
        return value
    return "; ".join(" ".join(str(v) for v in item.values() if v is not None) if isinstance(item, dict) else str(item)
                     for item in items)


def _json_list(value) -> list | None:
    if not isinstance(value, str) or not value.startswith("["):
        return None
    try:
        found = json.loads(value)
    except json.JSONDecodeError:
        return None
    return found if isinstance(found, list) else None


def json_value(value):
    """A cell for JSON: lists stored as JSON text become real lists; 3.0 becomes 3."""
    items = _json_list(value)
    return items if items is not None else plain(value)


def export(db: sqlite_utils.Database, folder: Path, workbook: bool = True) -> list[Path]:
    """Write every table as ``<table>.csv`` and ``<table>.json`` into ``folder``, and (with
    ``workbook``) all of them as the sheets of ``papers.xlsx``."""
    folder.mkdir(parents=True, exist_ok=True)
    tables = [t for t in EXPORT_TABLES if db[t].exists()]
    written = []
    for table in tables:
        written.append(write_csv(folder / f"{table}.csv", db, export_sql(db, table)))
        written.append(write_json(folder / f"{table}.json", db, export_sql(db, table)))
    if workbook:
        written.append(write_workbook(folder / WORKBOOK, db, tables))
    return written


def _rows(db: sqlite_utils.Database, sql: str) -> tuple[list[str], Iterator[tuple]]:
    cursor = db.execute(sql)
    return [c[0] for c in cursor.description], iter(cursor)


def write_csv(path: Path, db: sqlite_utils.Database, sql: str) -> Path:
    """Streamed row by row; utf-8-sig writes the BOM Excel needs to read UTF-8."""
    columns, rows = _rows(db, sql)
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        writer.writerows([plain(v) for v in row] for row in rows)
    return path


def write_json(path: Path, db: sqlite_utils.Database, sql: str) -> Path:
    """A JSON array written one row at a time, never held whole in memory."""
    columns, rows = _rows(db, sql)
    with path.open("w", encoding="utf-8") as handle:
        handle.write("[")
        for n, row in enumerate(rows):
            record = {c: json_value(v) for c, v in zip(columns, row)}
            handle.write(("," if n else "") + "\n  " + json.dumps(record, ensure_ascii=False))
        handle.write("\n]\n")
    return path


def write_workbook(path: Path, db: sqlite_utils.Database, tables: list[str]) -> Path:
    """One sheet per table (each built in memory, one at a time: openpyxl writes whole sheets)."""
    with pd.ExcelWriter(path, engine="openpyxl") as writer:
        for table in tables:
            sheet(db, table).to_excel(writer, sheet_name=table[:31], index=False)
    return path


def sheet(db: sqlite_utils.Database, table: str) -> pd.DataFrame:
    columns, rows = _rows(db, export_sql(db, table))
    frame = pd.DataFrame([[_cell(v) for v in row] for row in rows], columns=columns)
    # Whole-number columns stay integers in spite of empty cells (pandas would make them 3.0).
    return frame.convert_dtypes()


def _cell(value):
    """A cell openpyxl can write: no control characters (a form feed in page text), no
    longer than Excel allows."""
    value = plain(value)
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("", value)[:EXCEL_CELL_LIMIT]
    return value
