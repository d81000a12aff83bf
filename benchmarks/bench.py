"""Throughput of the PDF path against its floor: ``make bench``.

On the same PDFs it times (a) bare pdfplumber (open every page, ``extract_text``,
``find_tables``) and (b) the whole pipeline to SQLite, serial, with the default pdfium
reader; then, on a generated corpus, (c) ``--jobs 2`` against serial (same record counts?),
(d) a re-run with nothing new against the cold run, (e) peak memory on N papers against 2N
papers, (f) the pipeline with the pdfplumber reader (same record counts?) and (g) the pipeline
on scanned copies of the small samples (image-only PDFs, every page read by OCR): OCR pages per
second per core.

Every phase runs in a fresh Python process, so its peak memory (``ru_maxrss`` of the
process and of the workers it waited for) is its own. The machine is shared: CPU seconds
are steadier than wall seconds, and repeated phases report their median.

    python benchmarks/bench.py --papers 200 --repeat 3
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "corpus" / "pdf"
SCANNED_PAGES = 20  # samples up to this long are scanned for OCR (the small four: 20 pages of 64)
sys.path.insert(0, str(Path(__file__).resolve().parent))  # make_corpus beside this file


# --- phases: each runs in its own process and prints one JSON line -------------------------

def bare_pdfplumber(paths: list[Path]) -> dict:
    """The floor: parse every page once with pdfplumber's own text and table finders."""
    import pdfplumber

    from paper_miner.readers.files import discover

    files = [f for f in discover(paths) if f.suffix.lower() == ".pdf"]
    pages = 0
    for path in files:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_text()
                page.find_tables()
                page.close()
                pages += 1
    return {"papers": len(files), "pages": pages}


def whole_pipeline(paths: list[Path], db_path: Path, jobs: int) -> dict:
    import sqlite_utils

    from paper_miner import executors, pipeline, store

    db = sqlite_utils.Database(db_path)
    summary = pipeline.run(db, paths, executor=executors.choose(jobs))
    return {
        "papers": len(summary.outcomes), "new": summary.count("new"),
        "failed": summary.count("failed"), "pages": summary.pages,
        "counts": store.record_counts(db),
    }


def run_phase_here(argv: list[str]) -> None:
    """Child side: do one phase, then report its time and peak memory."""
    name, db_path, jobs, *paths = argv
    # Start-up is loaded before timing in both phases (pdfplumber; the pipeline's spaCy and
    # extractors, about a second): it is a cost per process, not per page, and the parent's
    # "proc s" column includes it.
    if name == "bare":
        import pdfplumber  # noqa: F401
    else:
        import paper_miner.grounding  # noqa: F401
        import paper_miner.pipeline  # noqa: F401
        from paper_miner.extract import document  # noqa: F401
        from paper_miner.extract.common.language import english
        english()
    started, cpu = time.perf_counter(), os.times()
    if name == "bare":
        result = bare_pdfplumber([Path(p) for p in paths])
    else:
        result = whole_pipeline([Path(p) for p in paths], Path(db_path), int(jobs))
    done = os.times()
    own, workers = (resource.getrusage(who).ru_maxrss for who in
                    (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    result.update(
        wall=time.perf_counter() - started,
        cpu=sum(done[:4]) - sum(cpu[:4]),  # user+sys of this process and its workers
        peak_mb=max(own, workers) / 1024,  # Linux reports kilobytes
    )
    print(json.dumps(result))


# --- the parent: plan, run and report ---------------------------------------------------------

def phase(name: str, paths: list[Path], db_path: Path | None = None, jobs: int = 1,
          reader: str = "pdfium") -> dict:
    argv = [sys.executable, __file__, "--phase", name, str(db_path or "-"), str(jobs), *map(str, paths)]
    env = {**os.environ, "PAPER_MINER_PDF_READER": reader}  # as `extract --pdf-reader` sets it
    started = time.perf_counter()
    done = subprocess.run(argv, capture_output=True, text=True, cwd=ROOT, env=env)
    if done.returncode:
        sys.exit(f"phase {name} failed:\n{done.stderr}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["process"] = time.perf_counter() - started  # with interpreter start and imports
    return result


def _median(results) -> dict:
    ordered = sorted(results, key=lambda r: r["wall"])
    return ordered[len(ordered) // 2]


def median_phase(runs: int, name: str, paths: list[Path], db_path: Path | None = None,
                 jobs: int = 1, reader: str = "pdfium") -> dict:
    """The median of ``runs`` runs by wall time (cold: the database is removed first)."""
    results = []
    for _ in range(runs):
        if db_path:
            db_path.unlink(missing_ok=True)
        results.append(phase(name, paths, db_path, jobs, reader))
    return _median(results)


class Report:
    HEAD = f"{'phase':<34}{'papers':>7}{'pages':>7}{'wall s':>9}{'cpu s':>9}{'pages/s':>9}{'proc s':>9}{'peak MB':>9}"

    def __init__(self):
        self.rows: dict[str, dict] = {}
        print(self.HEAD)
        print("-" * len(self.HEAD))

    def add(self, label: str, result: dict, pages: int | None = None) -> dict:
        """``pages`` for a re-run is the cold run's, so pages/s reads the same way."""
        pages = result["pages"] if pages is None else pages
        rate = pages / result["wall"] if result["wall"] else 0.0
        print(f"{label:<34}{result['papers']:>7}{pages:>7}{result['wall']:>9.2f}{result['cpu']:>9.2f}"
              f"{rate:>9.1f}{result['process']:>9.2f}{result['peak_mb']:>9.0f}", flush=True)
        self.rows[label] = result
        return result


def _ratio(a: float, b: float) -> str:
    return f"{a / b:.2f}x" if b else "n/a"


def bench_samples(report: Report, repeat: int, scratch: Path) -> list[str]:
    """Bare and pipeline runs alternate, so a change in the machine's speed (it is shared)
    hits both alike; the ratio is the median of the paired runs' ratios."""
    pairs = []
    for _ in range(repeat):
        scratch.unlink(missing_ok=True)
        pairs.append((phase("bare", [SAMPLES]), phase("pipeline", [SAMPLES], scratch)))
    report.add("samples: bare pdfplumber", _median(p[0] for p in pairs))
    report.add("samples: pipeline, serial", _median(p[1] for p in pairs))
    wall, cpu = (statistics.median(w[key] / b[key] for b, w in pairs) for key in ("wall", "cpu"))
    return [f"samples: pipeline / bare pdfplumber = {wall:.2f}x wall, {cpu:.2f}x cpu, "
            f"median of {repeat} paired runs (target <= 0.33x)"]


def bench_scans(report: Report, out: Path) -> list[str]:
    """The small samples scanned (``make_scans``), every page read by OCR: CPU seconds include
    the OCR engine's, so pages per CPU second is the rate one core gives."""
    import pypdfium2
    from make_scans import make_scans

    small = [s for s in sorted(SAMPLES.glob("*.pdf")) if len(pypdfium2.PdfDocument(s)) <= SCANNED_PAGES]
    scans = make_scans(small, out / "scans")
    result = report.add("scans: pipeline with OCR, serial", median_phase(1, "pipeline", scans, out / "scans.db"))
    per_core = result["pages"] / result["cpu"] if result["cpu"] else 0.0
    return [f"OCR: {per_core:.2f} pages per second per core ({result['cpu'] / max(result['pages'], 1):.1f} cpu s "
            f"a scanned page, {result['pages']} pages of {len(scans)} scanned samples)"]


def bench_corpus(report: Report, corpus: Path, repeat: int) -> list[str]:
    half, full = [corpus / "a"], [corpus / "a", corpus / "b"]
    dbs = corpus.parent
    bare = report.add("corpus: bare pdfplumber", median_phase(1, "bare", full))
    serial = report.add("corpus: pipeline, serial, 2N papers", median_phase(1, "pipeline", full, dbs / "serial.db"))
    # straight after the cold run: an edit to the deriving code in between would re-extract
    reruns = [phase("pipeline", full, dbs / "serial.db") for _ in range(repeat)]
    rerun = report.add("corpus: re-run, nothing new", _median(reruns), pages=serial["pages"])
    pooled = report.add("corpus: pipeline, --jobs 2", median_phase(1, "pipeline", full, dbs / "jobs2.db", jobs=2))
    serial_n = report.add("corpus: pipeline, serial, N papers", median_phase(1, "pipeline", half, dbs / "half.db"))
    plumber = report.add("corpus: pipeline, pdfplumber reader", median_phase(
        1, "pipeline", full, dbs / "pdfplumber.db", reader="pdfplumber"))
    return [
        f"corpus: pipeline / bare pdfplumber = {_ratio(serial['wall'], bare['wall'])} wall, "
        f"{_ratio(serial['cpu'], bare['cpu'])} cpu (target <= 0.33x)",
        f"corpus: pipeline with --pdf-reader pdfplumber / bare pdfplumber = "
        f"{_ratio(plumber['wall'], bare['wall'])} wall, {_ratio(plumber['cpu'], bare['cpu'])} cpu; "
        f"record counts {_same_counts(plumber, serial)} to the pdfium reader's",
        f"--jobs 2 speedup = {_ratio(serial['wall'], pooled['wall'])} (target >= 1.8x); "
        f"record counts {_same_counts(pooled, serial)}",
        f"re-run with nothing new = {100 * rerun['wall'] / serial['wall']:.2f}% of the cold run "
        f"({100 * rerun['process'] / serial['process']:.1f}% counting interpreter start and imports; "
        f"target <= 1%){_rederived(rerun)}",
        f"peak memory: {serial_n['peak_mb']:.0f} MB on {serial_n['papers']} papers, "
        f"{serial['peak_mb']:.0f} MB on {serial['papers']} ({_ratio(serial['peak_mb'], serial_n['peak_mb'])}; flat = 1.0x)",
    ]


def _same_counts(pooled: dict, serial: dict) -> str:
    if pooled["counts"] == serial["counts"]:
        return "identical"
    return f"DIFFER: {pooled['counts']} vs {serial['counts']}"


def _rederived(rerun: dict) -> str:
    """The pipeline version is a digest of the deriving code: edits during a run re-extract."""
    if not rerun["new"]:
        return ""
    return f"; NOTE {rerun['new']} papers were re-extracted: the code changed during the bench"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--papers", type=int, default=int(os.environ.get("BENCH_PAPERS", 200)))
    parser.add_argument("--repeat", type=int, default=int(os.environ.get("BENCH_REPEAT", 3)),
                        help="runs of the sample phases and re-runs (median reported)")
    parser.add_argument("--out", type=Path, default=ROOT / "extracted" / "bench")
    parser.add_argument("--phase", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.phase:
        return run_phase_here(args.phase)
    from make_corpus import make_corpus

    corpus = args.out / "corpus"
    make_corpus(sorted(SAMPLES.glob("*.pdf")), corpus, args.papers)
    print(f"paper_miner bench: {args.papers} generated papers in {corpus}, "
          f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start\n")
    report = Report()
    notes = (bench_samples(report, args.repeat, args.out / "samples.db") + bench_corpus(report, corpus, args.repeat)
             + bench_scans(report, args.out))
    print(f"\nload average {os.getloadavg()[0]:.1f} at end (other work on the machine slows wall times)")
    print("\n".join(notes))


if __name__ == "__main__":
    main()
