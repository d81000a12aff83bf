"""Orchestration: decide what needs work, derive it (here or on workers), store it.

Planning and storing happen in this process; deriving a paper (read -> layout -> extract)
is a pure function of its file, so it can run in a process pool or on a Dask cluster and
still give the same database as a serial run.
"""
from __future__ import annotations

from collections.abc import Callable
from itertools import chain
from pathlib import Path
from typing import Literal

import sqlite_utils
from pydantic import BaseModel, Field

from paper_miner import executors, store
from paper_miner.links import links_current, rebuild_links
from paper_miner.models import Document, Extraction
from paper_miner.errors import UnreadablePaper
from paper_miner.layout.arrange import arrange
from paper_miner.models import Layout
from paper_miner.readers import read_raw
from paper_miner.readers.files import discover, display_path, fingerprint

Status = Literal["new", "skipped", "failed", "duplicate"]


class Outcome(BaseModel):
    path: str
    status: Status
    message: str = ""
    pages: int = 0
    records: dict[str, int] = Field(default_factory=dict)
    unverified: int = 0  # records whose quote or value was not found in the paper


class RunSummary(BaseModel):
    outcomes: list[Outcome] = Field(default_factory=list)
    removed: list[str] = Field(default_factory=list)

    def count(self, status: Status) -> int:
        return sum(o.status == status for o in self.outcomes)

    @property
    def pages(self) -> int:
        return sum(o.pages for o in self.outcomes)

    @property
    def unverified(self) -> int:
        return sum(o.unverified for o in self.outcomes)

    def records(self) -> dict[str, int]:
        totals: dict[str, int] = {t: 0 for t in store.RECORD_MODELS}
        for outcome in self.outcomes:
            for table, n in outcome.records.items():
                totals[table] += n
        return totals


class Job(BaseModel):
    """One paper to derive: everything a worker needs, nothing tied to this process."""

    path: str  # absolute, so a worker on another machine with the same mount can open it
    shown: str  # as stored and reported
    sha256: str


class Failure(BaseModel):
    kind: str
    message: str


def read_paper(path: Path) -> Layout:
    """A paper laid out: its reader's raw blocks (read), repaired across pages (layout)."""
    return arrange(read_raw(path))


def extract_paper(path: Path, sha256: str, shown: str | None = None) -> Extraction:
    """Everything derived from one paper; raises UnreadablePaper for bad input."""
    # Imported here: spaCy takes seconds to load, and a re-run with nothing new needs none of it.
    from paper_miner.extract.records import extract_records
    from paper_miner.extract.document import describe
    from paper_miner.grounding import ground_all

    layout = read_paper(path)
    document = Document(
        doc_id=sha256[:16], file_name=path.name, path=shown or display_path(path),
        fmt=layout.fmt, sha256=sha256, pages=layout.pages, **describe(layout).model_dump(),
    )
    records = ground_all(extract_records(layout, document), layout)
    return Extraction(document=document, layout=layout, records=records)


def derive(job: Job) -> Extraction | Failure:
    """Run in a worker: bad input comes back as a value, since exceptions pickle poorly."""
    try:
        return extract_paper(Path(job.path), job.sha256, job.shown)
    except UnreadablePaper as err:
        return Failure(kind=err.kind, message=str(err))


def plan(db: sqlite_utils.Database, files: list[Path], force: bool) -> tuple[list[Job], list[Outcome]]:
    """Split files into work to do and outcomes known without reading the paper."""
    jobs, known, seen = [], [], set()
    for path in files:
        shown, sha256 = display_path(path), fingerprint(path)
        if sha256 in seen:
            known.append(Outcome(path=shown, status="duplicate", message="same content as another paper in this run"))
            continue
        seen.add(sha256)
        if not force and store.is_current(db, sha256[:16]):
            known.append(Outcome(path=shown, status="skipped"))
        elif failed_before := (None if force else store.known_failure(db, shown, sha256)):  # reported again, not re-read: the same bytes fail the same way
            kind, message = failed_before
            known.append(Outcome(path=shown, status="failed", message=f"{kind}: {message} (unchanged since last run)"))
        else:
            jobs.append(Job(path=str(path.resolve()), shown=shown, sha256=sha256))
    return jobs, known


def save(db: sqlite_utils.Database, job: Job, result: Extraction | Failure) -> Outcome:
    if isinstance(result, Failure):
        store.save_failure(db, job.shown, job.sha256, result.kind, result.message)
        return Outcome(path=job.shown, status="failed", message=f"{result.kind}: {result.message}")
    store.save_extraction(db, result)
    return Outcome(
        path=job.shown, status="new", pages=result.document.pages,
        records={t: len(r) for t, r in result.records.items()},
        unverified=sum(r.grounding == "missing" for found in result.records.values() for r in found),
    )


def run(
    db: sqlite_utils.Database,
    paths: list[Path],
    force: bool = False,
    on_paper: Callable[[Outcome], None] | None = None,
    files: list[Path] | None = None,
    executor: executors.Executor = executors.serial,
) -> RunSummary:
    """Extract every paper under ``paths`` that is new or changed; report each outcome."""
    store.ensure_db_shape(db)
    files = discover(paths) if files is None else files
    summary = RunSummary()
    # Before extracting: a renamed paper then counts as new instead of being dropped after.
    folders = [display_path(p) for p in paths if p.is_dir()]
    summary.removed = store.remove_missing(db, {display_path(p) for p in files}, folders)
    jobs, known = plan(db, files, force)
    stored = (save(db, job, result) for job, result in zip(jobs, executor(derive, jobs)))
    for outcome in chain(known, stored):  # lazy: each paper is reported as it is stored
        summary.outcomes.append(outcome)
        if on_paper:
            on_paper(outcome)
    if not links_current(db):
        rebuild_links(db)
    return summary
