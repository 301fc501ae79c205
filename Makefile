# Set-up promise of ../shared/CONTRACT.md: `make demo` and `make test` work on a fresh clone.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TESTSTAMP := $(VENV)/.installed-test

.PHONY: demo test lint bench eval clean fast pure compiled

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

# The optional compiled build of the hot modules (mypyc; scripts/build_compiled.py): written to
# build/compiled/, never beside the sources, and used only while it matches them exactly
# (hadath/compiled.py; `hadath info` says which build runs, HADATH_PURE=1 forces pure Python).
# `make fast` builds it or fails; `make pure` removes it.
fast: $(TESTSTAMP)
	$(BIN)/python scripts/build_compiled.py

pure:
	rm -rf build/compiled build/compiled-work

# Rebuilt when missing or stale; when it cannot be built (no C compiler, no mypy, a compile
# error) one line says so and hadath runs pure Python: never a failure.
compiled: | $(BIN)/python
	@mkdir -p build
	@$(BIN)/python scripts/build_compiled.py --check >/dev/null 2>&1 \
	  || $(BIN)/python scripts/build_compiled.py >build/compiled.log 2>&1 \
	  || echo "hadath: no compiled build ($$(tail -n 1 build/compiled.log)); running pure Python"

clean:
	rm -rf $(VENV) build *.egg-info
