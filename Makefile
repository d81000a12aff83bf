# paper_miner: every target installs what it needs into .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB := extracted/papers.db
CORPUS := corpus
GOLD := ../shared/gold

.PHONY: setup extract serve export test lint score clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	scripts/os-packages
	touch $(STAMP)

## extract: build $(DB) from every paper under $(CORPUS)/ (new or changed papers only)
extract: $(STAMP)
	$(BIN)/paper-miner extract $(CORPUS) --db $(DB)

# The first serve or export extracts the corpus; later ones use the database as it is.
# A paper that cannot be read is reported (and kept in the failures table), not fatal.
$(DB): | $(STAMP)
	$(BIN)/paper-miner extract $(CORPUS) --db $(DB) || test -f $(DB)

## serve: browse, search and download the records at http://127.0.0.1:8001 (read-only)
serve: $(STAMP) | $(DB)
	$(BIN)/paper-miner serve --db $(DB) --host 127.0.0.1 --port 8001

## export: write every table to extracted/csv/ as <table>.csv (UTF-8 with BOM), <table>.json and papers.xlsx
export: $(STAMP) | $(DB)
	$(BIN)/paper-miner export --db $(DB) --out extracted/csv

## test: run the test suite
test: $(STAMP)
	$(BIN)/pytest

## lint: pyflakes, import order, bugbear and complexity (<= 10) over src/, tests/ and benchmarks/
lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks

## score: compare $(DB) with the sample gold records (when ../shared/gold is present)
score:
	$(PYTHON) $(GOLD)/score.py $(DB) -v

clean:
	rm -rf extracted/*.db extracted/csv

## bench: time bare pdfplumber vs the pipeline, --jobs 2, re-runs and peak memory on
## the sample PDFs and a generated corpus in extracted/bench/ (BENCH_PAPERS=N to resize)
BENCH_PAPERS ?= 200
.PHONY: bench
bench: $(STAMP)
	$(BIN)/python benchmarks/bench.py --papers $(BENCH_PAPERS)
