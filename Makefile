# Set-up promise of ../shared/CONTRACT.md: `make demo` and `make test` work on a fresh clone.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TESTSTAMP := $(VENV)/.installed-test

.PHONY: demo test lint bench eval clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

$(TESTSTAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[test]'
	touch $(STAMP) $@

demo: $(STAMP)
	$(BIN)/hadath demo

test: $(TESTSTAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy hadath
	$(BIN)/python -m pytest

lint: $(TESTSTAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy hadath

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_text.py
	$(BIN)/python benchmarks/bench_ner.py
	$(BIN)/python benchmarks/bench_geo.py
	$(BIN)/python benchmarks/bench_events.py
	$(BIN)/python benchmarks/bench_extract.py --workers 2
	$(BIN)/python benchmarks/bench_ingest.py

clean:
	rm -rf $(VENV) build *.egg-info
