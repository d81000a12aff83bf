"""Command line: a thin click layer over the library; library errors become clean messages."""
from __future__ import annotations

import logging
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

import click
import sqlite_utils
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.text import Text

from paper_miner import __version__, executors, pipeline, store
from paper_miner.limits import DEFAULT_MAX_PAGES, DEFAULT_MAX_TEXT_MB, DEFAULT_TIMEOUT, Limits
from paper_miner.readers import OCR_MODES, OCR_VARIABLE, PDF_READER_VARIABLE, PDF_READERS
from paper_miner.readers.files import discover

DEFAULT_DB = Path("extracted/papers.db")
DEFAULT_CORPUS = Path("corpus")
EXIT_SOME_FAILED = 3
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report a Ctrl-C
QUIET, NORMAL, VERBOSE = 0, 1, 2

db_option = click.option(
    "--db", "db_path", type=click.Path(dir_okay=False, path_type=Path), default=DEFAULT_DB,
    show_default=True, help="SQLite database to write.",
)


def _set_verbosity(ctx: click.Context, _param, value: int | None) -> None:
    if value is not None:
        ctx.find_root().meta["verbosity"] = value


def verbosity(command):
    """``--quiet``/``-q`` (errors only) and ``--verbose``/``-v`` (every paper), accepted before
    or after the command name: ``paper-miner -q extract`` or ``paper-miner extract -q``."""
    for flags, level, text in ((("--verbose", "-v"), VERBOSE, "Also print every paper as it is done."),
                               (("--quiet", "-q"), QUIET, "Print errors only.")):
        command = click.option(*flags, flag_value=level, default=None, expose_value=False, is_eager=True,
                               callback=_set_verbosity, help=text)(command)
    return command


def verbosity_level() -> int:
    return click.get_current_context().find_root().meta.get("verbosity", NORMAL)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="paper-miner")
@verbosity
def cli():
    """Turn UK council papers (PDF, text) into structured records in SQLite.

    Typical use: `paper-miner extract corpus/` then `paper-miner serve`.
    """


def _no_limit_at_zero(ctx, param, value):
    return value or None


@cli.command()
@verbosity
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@db_option
@click.option("--force", is_flag=True, help="Re-extract papers even when unchanged.")
@click.option(
    "--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True,
    help="Worker processes on this machine.",
)
@click.option(
    "--dask", "dask_address", metavar="ADDRESS",
    help="Derive papers on a Dask cluster (scheduler address, e.g. tcp://10.0.0.5:8786); "
    "results are written here.",
)
@click.option(
    "--timeout", type=click.FloatRange(min=0), default=DEFAULT_TIMEOUT, show_default=True,
    envvar="PAPER_MINER_TIMEOUT", show_envvar=True, callback=_no_limit_at_zero, metavar="SECONDS",
    help="Stop a paper that takes longer and report it as 'timeout' (0: no limit; "
    "not enforced on --dask).",
)
@click.option(
    "--max-pages", type=click.IntRange(min=0), default=DEFAULT_MAX_PAGES, show_default=True,
    envvar="PAPER_MINER_MAX_PAGES", show_envvar=True, callback=_no_limit_at_zero,
    help="Report a paper with more pages as 'too_large', without parsing it (0: no limit).",
)
@click.option(
    "--max-text-mb", type=click.FloatRange(min=0), default=DEFAULT_MAX_TEXT_MB, show_default=True,
    envvar="PAPER_MINER_MAX_TEXT_MB", show_envvar=True, callback=_no_limit_at_zero, metavar="MB",
    help="Report a larger text file as 'too_large', without reading it (0: no limit).",
)
@click.option(
    "--debug", is_flag=True, envvar="PAPER_MINER_DEBUG", show_envvar=True,
    help="For developers: derive papers one at a time in this process (no time limit) and stop "
    "with the traceback at the first unexpected error, instead of recording it as a failure.",
)
@click.option(
    "--pdf-reader", type=click.Choice(PDF_READERS), default=PDF_READERS[0], show_default=True,
    envvar=PDF_READER_VARIABLE,
    help="pdfium reads PDFs several times faster; pdfplumber (pdfminer) is the older reader. "
    "Switching re-extracts every paper.",
)
@click.option(
    "--ocr", type=click.Choice(OCR_MODES), default=OCR_MODES[0], show_default=True, envvar=OCR_VARIABLE,
    help="Read scanned PDF pages by OCR (Tesseract): auto reads only pages with no usable text "
    "layer, always every page, never none (a scan is then reported as 'no_text_layer'). "
    "Switching re-extracts every paper.",
)
def extract(paths: tuple[Path, ...], db_path: Path, force: bool, jobs: int, dask_address: str | None,
            timeout: float | None, max_pages: int | None, max_text_mb: float | None, debug: bool,
            pdf_reader: str, ocr: str):
    """Extract records from papers in PATHS (files or folders; default: corpus/).

    Only new or changed papers are extracted; papers whose files are gone from a scanned
    folder have their records removed. A paper that cannot be extracted (bad file, past a
    limit, or an error in paper_miner) is reported in one line on stderr and in the
    `failures` table with its kind, and the run goes on; it is tried again when the file,
    paper_miner or (for 'too_large' and 'timeout') the limits change.

    Exit status: 0 when every paper was extracted or skipped (or there were none), 3 when
    some failed, 130 when interrupted (Ctrl-C; the papers done so far are kept).
    """
    roots = list(paths) or [DEFAULT_CORPUS]
    limits = Limits(timeout=timeout, max_pages=max_pages, max_text_mb=max_text_mb)
    os.environ[PDF_READER_VARIABLE] = pdf_reader  # worker processes inherit it
    os.environ[OCR_VARIABLE] = ocr
    try:
        files = discover(roots)
        executor = executors.choose(jobs, dask_address, limits.timeout, debug, pipeline.warm_up)
    except (FileNotFoundError, RuntimeError) as err:
        raise click.ClickException(str(err)) from err
    if not files:
        # Still run: papers that were in these folders before are removed from the database.
        click.echo(f"no papers found in {', '.join(map(str, roots))} (PDF or text files)", err=True)
    if debug:
        click.echo("debug: deriving papers one at a time in this process, without time limit", err=True)
    else:  # pdfminer warns about every damaged object; the paper's one failure line says enough
        logging.getLogger("pdfminer").setLevel(logging.ERROR)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite_utils.Database(db_path)
    started = time.perf_counter()
    with _progress(len(files)) as progress:
        try:
            summary = pipeline.run(db, roots, force, progress.advance, files, executor, limits, debug)
        except KeyboardInterrupt:
            _stop_interrupted(progress.done, len(files))
    _print_summary(summary, db, time.perf_counter() - started)
    if summary.count("failed"):
        sys.exit(EXIT_SOME_FAILED)


def _stop_interrupted(done: int, total: int) -> None:
    """Ctrl-C: every paper reported so far is saved; say so, and what is left."""
    click.echo(f"interrupted: {done} papers saved, {total - done} left; run the same command to go on",
               err=True)
    sys.exit(EXIT_INTERRUPTED)


class _progress:
    """A rich progress bar with ETA on a terminal (unless --quiet); one line per failure
    either way, and one per paper with --verbose."""

    def __init__(self, total: int):
        # soft_wrap: a long message stays one line in a log, for grep, instead of being cut
        # at 80 columns when stderr is not a terminal.
        self.console = Console(stderr=True, soft_wrap=True)
        self.level = verbosity_level()
        self.bar = Progress(
            TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
            TextColumn("{task.description}"), console=self.console,
            disable=not self.console.is_terminal or self.level == QUIET,
        )
        self.task = self.bar.add_task("", total=total)
        self.done = 0

    def __enter__(self):
        self.bar.start()
        return self

    def __exit__(self, *exc):
        self.bar.stop()

    def advance(self, outcome: pipeline.Outcome) -> None:
        self.done += 1
        if outcome.status == "failed":
            line = Text.assemble(("failed", "red"), f" {outcome.path}: {outcome.message}")
            self.console.print(line, highlight=False, soft_wrap=True)  # one line, however long
        elif self.level == VERBOSE:
            self.console.print(f"{outcome.status} {outcome.path}", highlight=False, markup=False)
        self.bar.update(self.task, advance=1, description=outcome.path)


def _print_summary(summary: pipeline.RunSummary, db: sqlite_utils.Database, seconds: float) -> None:
    if verbosity_level() == QUIET:
        return
    new, skipped, failed = (summary.count(s) for s in ("new", "skipped", "failed"))
    records = ", ".join(f"{n} {t}" for t, n in summary.records().items())
    click.echo(
        f"{new} extracted, {skipped} unchanged, {summary.count('duplicate')} identical copies, "
        f"{failed} failed, {len(summary.removed)} removed; {summary.pages} pages in {seconds:.1f}s"
    )
    if new:
        click.echo(f"new records: {records}; {summary.unverified} not verified against their page "
                   "(see `paper-miner check`)")
    totals = store.record_counts(db)
    click.echo("database: " + ", ".join(f"{n} {t}" for t, n in totals.items()))
    restated = {t: n for t, n in store.restated_counts(db).items() if n}
    if restated:
        click.echo("restating another paper (kept, counted once in totals and links): "
                   + ", ".join(f"{n} {t}" for t, n in restated.items()))


@cli.command(context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
@click.option(
    "--db", "db_path", type=click.Path(dir_okay=False, path_type=Path), default=DEFAULT_DB,
    show_default=True, help="SQLite database to serve.",
)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", "-p", default=8001, show_default=True, type=int, help="Port to listen on.")
@click.argument("datasette_options", nargs=-1, type=click.UNPROCESSED)
def serve(db_path: Path, host: str, port: int, datasette_options: tuple[str, ...]):
    """Browse, search, chart and export the records in Datasette, read-only.

    Records link to the page of the paper they came from; every table and query can be
    downloaded as CSV or JSON. Any other `datasette serve` option is passed on, e.g.
    `paper-miner serve --open` or `paper-miner serve --cors --setting max_returned_rows 5000`.
    """
    if not db_path.is_file():
        raise click.ClickException(f"no database at {db_path}: run `paper-miner extract` first")
    from datasette.cli import cli as datasette_cli  # Datasette takes seconds to import

    from paper_miner import publish

    _warn_missing_papers(db_path)
    with tempfile.TemporaryDirectory() as folder:
        metadata_path = _write_metadata(db_path, Path(folder) / "metadata.json", papers=True)
        args = publish.serve_args(db_path, metadata_path)
        datasette_cli.main([*args, "--host", host, "--port", str(port), *datasette_options],
                           prog_name="paper-miner serve")


def _warn_missing_papers(db_path: Path) -> None:
    """Say, before serving, how many papers the page links point at are not there."""
    from paper_miner import publish

    try:
        missing = publish.missing_papers(sqlite_utils.Database(db_path))
    except sqlite3.DatabaseError as err:
        raise click.ClickException(f"{db_path} is not a paper_miner database: {err}") from err
    if missing:
        click.echo(f"warning: {len(missing)} papers are not where {db_path} says (e.g. {missing[0]}): "
                   "their page links will not open; re-run `paper-miner extract` on their folder", err=True)


def _write_metadata(db_path: Path, out: Path, papers: bool) -> Path:
    from paper_miner import publish

    try:
        return publish.write_metadata(db_path, out, papers)
    except sqlite3.DatabaseError as err:
        raise click.ClickException(f"{db_path} is not a paper_miner database: {err}") from err


@cli.command()
@click.option(
    "--db", "db_path", type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=DEFAULT_DB, show_default=True, help="SQLite database the metadata describes.",
)
@click.option(
    "--out", "-o", type=click.Path(dir_okay=False, path_type=Path), default=Path("metadata.json"),
    show_default=True, help="File to write.",
)
@click.option("--with-papers", is_flag=True, help="Serve the papers folder too (only where it exists).")
def metadata(db_path: Path, out: Path, with_papers: bool):
    """Write the site's metadata (descriptions, facets, queries as pages) as JSON, for
    `datasette publish` or `datasette serve`, e.g.:

    \b
    paper-miner metadata -o metadata.json
    datasette publish cloudrun extracted/papers.db -m metadata.json \\
      --plugins-dir src/paper_miner/plugins --template-dir src/paper_miner/templates \\
      --install paper-miner
    """
    _write_metadata(db_path, out, papers=with_papers)
    click.echo(f"wrote {out}")


@cli.command()
@click.option(
    "--db", "db_path", type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=DEFAULT_DB, show_default=True, help="SQLite database to export.",
)
@click.option(
    "--out", "folder", type=click.Path(file_okay=False, path_type=Path),
    default=Path("extracted/csv"), show_default=True, help="Folder to write into.",
)
@click.option("--xlsx/--no-xlsx", default=True, show_default=True, help="Also write papers.xlsx, a sheet per table.")
def export(db_path: Path, folder: Path, xlsx: bool):
    """Write every table to FOLDER as <table>.csv (UTF-8 with BOM, for Excel) and <table>.json,
    and all of them to papers.xlsx. Each row from a paper names its title, date, authority
    and file."""
    from paper_miner import exports  # pandas and openpyxl take a while to import

    try:
        written = exports.export(sqlite_utils.Database(db_path), folder, xlsx)
    except sqlite3.DatabaseError as err:
        raise click.ClickException(f"{db_path} is not a paper_miner database: {err}") from err
    if verbosity_level() != QUIET:
        click.echo(f"wrote {len(written)} files to {folder}")


@cli.command()
@click.option(
    "--db", "db_path", type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=DEFAULT_DB, show_default=True, help="SQLite database to check.",
)
def check(db_path: Path):
    """List records whose quote or value could not be verified in their paper.

    Every record is checked after extraction: its quote must be on its page (exactly, or
    fuzzily when layout reworded it) and its key value (amount, target, indicator, subject)
    must be printed in the quote. Exit status 1 when any record fails.
    """
    db = sqlite_utils.Database(db_path)
    try:
        failing, total = store.unverified_records(db), store.total_records(db)
    except sqlite3.DatabaseError as err:
        raise click.ClickException(f"{db_path} is not a paper_miner database: {err}") from err
    for row in failing:
        click.echo(f"{row['table']}\t{row['file_name']} p.{row['page']}\t{row['value']}\t{row['quote'][:100]}")
    click.echo(f"{len(failing)} of {total} records not verified")
    if failing:
        sys.exit(1)


@cli.command()
@click.argument("paper", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--raw", is_flag=True, help="Show the reader's blocks before the layout stage repairs them.")
@click.option("--rows/--no-rows", default=True, show_default=True, help="Print each table row's cells.")
def blocks(paper: Path, raw: bool, rows: bool):
    """Print the laid-out blocks of one PAPER: page, kind, level, marker, section and text.

    For anyone writing a rule for a new layout: this is exactly what the extractors read.
    Table rows follow their table, one line per row with cells between `|`.
    """
    from paper_miner.errors import UnreadablePaper
    from paper_miner.readers import read_raw

    try:
        layout = read_raw(paper) if raw else pipeline.read_paper(paper)
    except UnreadablePaper as err:
        raise click.ClickException(f"{paper}: {err.kind}: {err}") from err
    for block in layout.blocks:
        click.echo(_block_line(block))
        for row in block.rows if rows else []:
            click.echo(f"{'':14}p{row.page:<3} | " + " | ".join(row.cells))


def _block_line(block) -> str:
    """``p3  para  0 4.1    Finance > Capital  | 'The Board approved ...'``"""
    section = " > ".join(s[:18] for s in block.section)[:50]
    return (f"p{block.page:<3} {block.kind[:4]:5}{block.level:2} {block.marker or '':6} "
            f"{section:50} | {block.text[:160]!r}")
