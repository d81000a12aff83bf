"""Orchestration: decide what needs work, derive it (here or on workers), store it.

Planning and storing happen in this process; deriving a paper (read -> layout -> extract ->
ground) is a pure function of its file, so it can run in a process pool or on a Dask cluster
and still give the same database as a serial run. :func:`derive` is the fault boundary: one
paper that cannot be read, breaks an extractor, runs too long or kills its worker becomes one
``failures`` row, and the run goes on.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import partial
from itertools import chain
from pathlib import Path
from typing import Literal

import sqlite_utils
from pydantic import BaseModel, Field

from paper_miner import executors, store
from paper_miner.authorities import registered
from paper_miner.errors import Failure, Stage, UnreadablePaper, unexpected
from paper_miner.layout.arrange import arrange
from paper_miner.limits import DEFAULTS, Limits
from paper_miner.links import links_current, rebuild_links
from paper_miner.models import Document, Extraction, Layout, Record
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
    shown: str  # as reported: relative to the working folder
    stored: str = ""  # as stored: relative to the database's folder, so links work from anywhere
    sha256: str
    limits: Limits = DEFAULTS


class Plan(BaseModel):
    """What a run has to do: papers to derive, outcomes known without reading the paper,
    and files refused before any paper was read (they cannot even be fingerprinted)."""

    jobs: list[Job] = Field(default_factory=list)
    known: list[Outcome] = Field(default_factory=list)
    refused: list[tuple[Job, Failure]] = Field(default_factory=list)


def read_paper(path: Path, limits: Limits = DEFAULTS) -> Layout:
    """A paper laid out: its reader's raw blocks (read), repaired across pages (layout)."""
    return arrange(read_raw(path, limits))


def _ignore(stage: Stage) -> None:
    return None


def extract_paper(path: Path, sha256: str, stored: str | None = None, limits: Limits = DEFAULTS,
                  entering: Callable[[Stage], None] = _ignore) -> Extraction:
    """Everything derived from one paper, stage by stage (``entering`` hears each stage's
    name as it begins); raises UnreadablePaper for bad input or a paper past a limit."""
    # Imported here: spaCy takes seconds to load, and a re-run with nothing new needs none of it.
    from paper_miner.extract.document import describe
    from paper_miner.extract.records import extract_records
    from paper_miner.grounding import ground_all

    entering("read")
    raw = read_raw(path, limits)
    entering("layout")
    layout = arrange(raw)
    entering("extract")
    cover = describe(layout)
    coded = registered(cover.authority)
    document = Document(
        doc_id=sha256[:16], file_name=path.name, path=stored or display_path(path),
        fmt=layout.fmt, sha256=sha256, pages=layout.pages, **cover.model_dump(),
        authority_code=coded.code, authority_type=coded.type,
    )
    found = extract_records(layout, document)
    entering("ground")
    return Extraction(document=document, layout=layout, records=mark_ocr(ground_all(found, layout), layout))


def mark_ocr(records: dict[str, list[Record]], layout: Layout) -> dict[str, list[Record]]:
    """Records read from a page that was OCR'd carry ``ocr = 1`` and the page's mean word
    confidence, so a reader can weigh a figure from a scan (a 5 read as 6) accordingly."""
    read_by_ocr = layout.ocr_confidence
    return {table: [r.model_copy(update={"ocr": 1, "ocr_confidence": read_by_ocr[r.page]})
                    if r.page in read_by_ocr else r for r in found]
            for table, found in records.items()}


def derive(job: Job, debug: bool = False) -> Extraction | Failure:
    """The fault boundary around one paper, wherever it runs (this process, a worker, a Dask
    worker): whatever goes wrong comes back as a Failure value naming the stage, so the run
    goes on with the next paper. With ``debug`` an unexpected exception is raised instead."""
    stages: list[Stage] = ["read"]

    def entering(stage: Stage) -> None:
        stages.append(stage)
        executors.report(stage)

    try:
        return extract_paper(Path(job.path), job.sha256, job.stored, job.limits, entering)
    except UnreadablePaper as err:
        return Failure(kind=err.kind, message=str(err), stage=stages[-1])
    except Exception as err:  # the one broad catch: any fault of one paper becomes its failure
        if debug:
            raise
        return unexpected(err, stages[-1])


def warm_up() -> None:
    """Import what deriving a paper needs, so a worker's first paper does not pay for it
    against its deadline."""
    from paper_miner.extract.common.language import english
    from paper_miner.extract.records import extract_records  # noqa: F401
    from paper_miner.grounding import ground_all  # noqa: F401

    english()


def plan(db: sqlite_utils.Database, files: list[Path], force: bool,
         limits: Limits = DEFAULTS) -> Plan:
    """Split files into work to do, outcomes known without reading the paper, and files
    that cannot even be fingerprinted."""
    todo = Plan()
    seen: set[str] = set()
    home = store.db_folder(db)
    for path in files:
        shown, stored = display_path(path), display_path(path, home)
        try:
            sha256 = fingerprint(path)
        except OSError as err:
            message = f"cannot read the file: {err.strerror or err}"
            todo.refused.append((Job(path=str(path), shown=shown, stored=stored, sha256="", limits=limits),
                                 Failure(kind="io", message=message, stage="read")))
            continue
        if sha256 in seen:
            todo.known.append(Outcome(path=shown, status="duplicate", message="same content as another paper in this run"))
            continue
        seen.add(sha256)
        if not force and store.is_current(db, sha256[:16]):
            todo.known.append(Outcome(path=shown, status="skipped"))
        elif failed_before := (None if force else store.known_failure(db, stored, sha256, limits)):
            # reported again, not re-read: the same bytes fail the same way
            todo.known.append(Outcome(path=shown, status="failed",
                                      message=f"{failed_before.summary()} (unchanged since last run)"))
        else:
            todo.jobs.append(Job(path=str(path.resolve()), shown=shown, stored=stored, sha256=sha256,
                                 limits=limits))
    return todo


def save(db: sqlite_utils.Database, job: Job, result: Extraction | Failure | executors.Lost) -> Outcome:
    """Store one paper's result: its records, or its failure (no partial records either way)."""
    if isinstance(result, executors.Lost):
        result = Failure(kind=result.kind, message=result.message, stage=result.stage)
    if isinstance(result, Failure):
        store.save_failure(db, job.stored, job.sha256, result, job.limits)
        return Outcome(path=job.shown, status="failed", message=result.summary())
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
    executor: executors.Executor | None = None,
    limits: Limits = DEFAULTS,
    debug: bool = False,
) -> RunSummary:
    """Extract every paper under ``paths`` that is new or changed; report each outcome.

    Papers are derived by ``executor``, by default one watched worker process that stops a
    paper at ``limits.timeout``; with ``debug``, here in this process, raising the first
    unexpected exception instead of storing it as a failure.
    """
    store.ensure_db_shape(db)
    files = discover(paths) if files is None else files
    summary = RunSummary()
    # Before extracting: a renamed paper then counts as new instead of being dropped after.
    home = store.db_folder(db)
    folders = [display_path(p, home) for p in paths if p.is_dir()]
    summary.removed = store.remove_missing(db, {display_path(p, home) for p in files}, folders)
    todo = plan(db, files, force, limits)
    if executor is None:
        executor = executors.choose(timeout=limits.timeout, debug=debug, warm_up=warm_up)
    derived = executor(partial(derive, debug=True) if debug else derive, todo.jobs)
    refused = (save(db, job, failure) for job, failure in todo.refused)
    stored = (save(db, job, result) for job, result in zip(todo.jobs, derived))
    for outcome in chain(todo.known, refused, stored):  # lazy: each paper is reported as it is stored
        summary.outcomes.append(outcome)
        if on_paper:
            on_paper(outcome)
    if not links_current(db):
        rebuild_links(db)
    return summary
