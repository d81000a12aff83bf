"""Make a larger PDF corpus for ``make bench`` by varying the sample papers.

Each generated paper is a run of consecutive pages cut from one sample with pypdf, so it
keeps real council-paper text, fonts and ruled tables; a comment after ``%%EOF`` names the
copy, so every file has its own content hash even when two runs of pages coincide.
Papers go into two halves, ``a/`` and ``b/``, so memory can be compared on N and 2N papers.

    python benchmarks/make_corpus.py extracted/bench/corpus --papers 200 corpus/pdf/*.pdf
"""
from __future__ import annotations

import argparse
import io
import random
import shutil
from pathlib import Path
from typing import NamedTuple

from pypdf import PdfReader, PdfWriter

HALVES = ("a", "b")


class Cut(NamedTuple):
    sample: Path
    start: int  # 0-based first page
    stop: int  # one past the last page


def plan_cuts(page_counts: dict[Path, int], papers: int, max_pages: int, seed: int) -> list[Cut]:
    """Runs of 1..max_pages pages; a sample is picked in proportion to its pages, so every
    page of the sample corpus is about as likely to appear as any other."""
    rng = random.Random(seed)
    samples = sorted(page_counts)
    weights = [page_counts[s] for s in samples]
    cuts = []
    for _ in range(papers):
        sample = rng.choices(samples, weights)[0]
        length = rng.randint(1, min(max_pages, page_counts[sample]))
        start = rng.randint(0, page_counts[sample] - length)
        cuts.append(Cut(sample, start, start + length))
    return cuts


def cut_pdf(reader: PdfReader, cut: Cut, tag: str) -> bytes:
    writer = PdfWriter()
    for index in range(cut.start, cut.stop):
        writer.add_page(reader.pages[index])
    if reader.metadata:
        writer.add_metadata(dict(reader.metadata))
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue() + f"\n% paper-miner bench copy {tag}\n".encode()


def make_corpus(samples: list[Path], out: Path, papers: int, max_pages: int = 4, seed: int = 0) -> list[Path]:
    """Write ``papers`` PDFs under ``out/a`` and ``out/b`` (replacing what was there)."""
    readers = {Path(s): PdfReader(s) for s in samples}
    cuts = plan_cuts({s: len(r.pages) for s, r in readers.items()}, papers, max_pages, seed)
    shutil.rmtree(out, ignore_errors=True)
    written = []
    for n, cut in enumerate(cuts):
        folder = out / HALVES[n * len(HALVES) // papers]
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{n:05d}_{cut.sample.stem}_p{cut.start + 1}-{cut.stop}.pdf"
        path.write_bytes(cut_pdf(readers[cut.sample], cut, f"{n:05d}"))
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("samples", type=Path, nargs="+")
    parser.add_argument("--papers", type=int, default=200)
    parser.add_argument("--max-pages", type=int, default=4)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    written = make_corpus(args.samples, args.out, args.papers, args.max_pages, args.seed)
    print(f"wrote {len(written)} papers to {args.out}")


if __name__ == "__main__":
    main()
