# paper_miner: every target installs what it needs into .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB := extracted/papers.db
CORPUS := corpus
GOLD := ../shared/gold

.PHONY: setup extract test score clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

## extract: build $(DB) from every paper under $(CORPUS)/ (new or changed papers only)
extract: $(STAMP)
	$(BIN)/paper-miner extract $(CORPUS) --db $(DB)

## test: run the test suite
test: $(STAMP)
	$(BIN)/pytest

## score: compare $(DB) with the sample gold records (when ../shared/gold is present)
score:
	$(PYTHON) $(GOLD)/score.py $(DB) -v

clean:
	rm -rf extracted/*.db extracted/csv
