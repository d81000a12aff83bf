"""The benchmark corpus generator: real sample pages, distinct files, reproducible."""
import hashlib
from pathlib import Path

import pdfplumber
import pytest

from conftest import load_script

pytest.importorskip("pypdf")

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "corpus" / "pdf").glob("*.pdf"))


make_corpus = load_script(ROOT / "benchmarks" / "make_corpus.py")


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    out = tmp_path_factory.mktemp("bench") / "corpus"
    return out, make_corpus.make_corpus(SAMPLES, out, papers=9, max_pages=3, seed=7)


def test_papers_split_into_two_halves(generated):
    out, written = generated
    assert len(written) == 9
    assert {p.parent.name for p in written} == {"a", "b"}
    assert len(list((out / "a").glob("*.pdf"))) == 5
    assert len(list((out / "b").glob("*.pdf"))) == 4


def test_every_paper_has_its_own_content_hash(generated):
    _, written = generated
    assert len({_sha(p) for p in written}) == len(written)


def test_a_cut_keeps_the_sample_pages_text(generated):
    _, written = generated
    cut = make_corpus.plan_cuts({s: len(pdfplumber.open(s).pages) for s in SAMPLES}, 9, 3, 7)
    for path, (sample, start, stop) in zip(written, cut):
        with pdfplumber.open(path) as paper, pdfplumber.open(sample) as original:
            assert len(paper.pages) == stop - start
            assert paper.pages[0].extract_text() == original.pages[start].extract_text()


def test_the_same_seed_gives_the_same_bytes(generated, tmp_path):
    _, written = generated
    again = make_corpus.make_corpus(SAMPLES, tmp_path / "again", papers=9, max_pages=3, seed=7)
    assert [_sha(p) for p in again] == [_sha(p) for p in written]


def test_cuts_stay_inside_the_sample_and_the_page_limit():
    counts = {Path("one.pdf"): 1, Path("long.pdf"): 40}
    for sample, start, stop in make_corpus.plan_cuts(counts, 200, 4, seed=1):
        assert 0 <= start < stop <= counts[sample]
        assert stop - start <= 4
