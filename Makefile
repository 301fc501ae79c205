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
	$(BIN)/pip install -q -e '.[fast]'
	touch $@

$(TESTSTAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[test,fast]'
	touch $(STAMP) $@

# demo and test first build the compiled modules when they are missing or stale (the `compiled`
# target: never a failure), so the CLI and the tests run what users get; HADATH_PURE=1 skips it.
demo: $(STAMP)
	@$(MAKE) --no-print-directory compiled
	$(BIN)/hadath demo

test: $(TESTSTAMP)
	@$(MAKE) --no-print-directory compiled
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

# The compiled build of the hot modules (mypyc; scripts/build_compiled.py): written to
# build/compiled/, never beside the sources, and used only while it matches them exactly
# (hadath/compiled.py; `hadath info` says which build runs, HADATH_PURE=1 forces pure Python).
# `make fast` builds it or fails; `make pure` removes it (demo and test build it again unless
# HADATH_PURE=1 is set).
fast: $(STAMP)
	$(BIN)/python scripts/build_compiled.py

pure:
	rm -rf build/compiled build/compiled-work

# Rebuilt when missing or stale (C objects of unchanged modules are reused); when it cannot be
# built (no C compiler, no mypy, a compile error) one line says so and hadath runs pure Python:
# never a failure.
compiled: | $(BIN)/python
	@mkdir -p build
	@if [ -n "$${HADATH_PURE:-}" ] && [ "$${HADATH_PURE}" != 0 ]; then \
	  echo "hadath: HADATH_PURE=$${HADATH_PURE}: no compiled build, running pure Python"; \
	elif ! $(BIN)/python scripts/build_compiled.py --check >/dev/null 2>&1; then \
	  echo "hadath: compiling the hot modules with mypyc (once; a few minutes on 2 cores; build/compiled.log)"; \
	  if $(BIN)/python scripts/build_compiled.py >build/compiled.log 2>&1; then tail -n 1 build/compiled.log; \
	  else echo "hadath: no compiled build ($$(tail -n 1 build/compiled.log)); running pure Python"; fi; \
	fi

clean:
	rm -rf $(VENV) build *.egg-info
