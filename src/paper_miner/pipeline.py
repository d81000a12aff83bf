"""Orchestration: read -> layout -> extract -> store, one paper at a time."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Literal

import sqlite_utils
from pydantic import BaseModel, Field

from . import store
from .extract import extract_records
from .extract.document import describe
from .layout import arrange
from .models import Document, Extraction
from .readers import UnreadablePaper, read_paper
from .readers.files import discover, display_path, fingerprint

Status = Literal["new", "skipped", "failed", "duplicate"]


class Outcome(BaseModel):
    path: str
    status: Status
    message: str = ""
    pages: int = 0
    records: dict[str, int] = Field(default_factory=dict)


class RunSummary(BaseModel):
    outcomes: list[Outcome] = Field(default_factory=list)
    removed: list[str] = Field(default_factory=list)

    def count(self, status: Status) -> int:
        return sum(o.status == status for o in self.outcomes)

    @property
    def pages(self) -> int:
        return sum(o.pages for o in self.outcomes)

    def records(self) -> dict[str, int]:
        totals: dict[str, int] = {t: 0 for t in store.RECORD_MODELS}
        for outcome in self.outcomes:
            for table, n in outcome.records.items():
                totals[table] += n
        return totals


def extract_paper(path: Path, sha256: str) -> Extraction:
    """Everything derived from one paper; raises UnreadablePaper for bad input."""
    layout = arrange(read_paper(path))
    document = Document(
        doc_id=sha256[:16], file_name=path.name, path=display_path(path), fmt=layout.fmt,
        sha256=sha256, pages=layout.pages, **describe(layout),
    )
    return Extraction(document=document, layout=layout, records=extract_records(layout, document))


def process(db: sqlite_utils.Database, path: Path, force: bool, seen: set[str]) -> Outcome:
    shown = display_path(path)
    sha256 = fingerprint(path)
    doc_id = sha256[:16]
    if doc_id in seen:
        return Outcome(path=shown, status="duplicate", message="same content as another paper in this run")
    seen.add(doc_id)
    if not force and store.is_current(db, doc_id):
        return Outcome(path=shown, status="skipped")
    failed_before = None if force else store.known_failure(db, shown, sha256)
    if failed_before:  # reported again, not re-read: the same bytes fail the same way
        kind, message = failed_before
        return Outcome(path=shown, status="failed", message=f"{kind}: {message} (unchanged since last run)")
    try:
        extraction = extract_paper(path, sha256)
    except UnreadablePaper as err:
        store.save_failure(db, shown, sha256, err.kind, str(err))
        return Outcome(path=shown, status="failed", message=f"{err.kind}: {err}")
    store.save_extraction(db, extraction)
    return Outcome(
        path=shown, status="new", pages=extraction.document.pages,
        records={t: len(r) for t, r in extraction.records.items()},
    )


def run(
    db: sqlite_utils.Database,
    paths: list[Path],
    force: bool = False,
    on_paper: Callable[[Outcome], None] | None = None,
    files: list[Path] | None = None,
) -> RunSummary:
    """Extract every paper under ``paths`` that is new or changed; report each outcome."""
    store.ensure_db_shape(db)
    files = discover(paths) if files is None else files
    summary = RunSummary()
    # Before extracting: a renamed paper then counts as new instead of being dropped after.
    folders = [display_path(p) for p in paths if p.is_dir()]
    summary.removed = store.remove_missing(db, {display_path(p) for p in files}, folders)
    seen: set[str] = set()
    for path in files:
        outcome = process(db, path, force, seen)
        summary.outcomes.append(outcome)
        if on_paper:
            on_paper(outcome)
    return summary
