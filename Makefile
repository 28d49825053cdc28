# Two commands do all set-up on a fresh machine (see README.md):
#   make quickstart   the README's quickstart, end to end on SQLite
#   make test         the whole test suite, on today's stack and on the legacy one
PYTHON ?= python3
VENV := .venv
LEGACY := .venv-legacy

.PHONY: quickstart test test-current test-legacy lint benchmark clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install -q --upgrade pip
	$(VENV)/bin/python -m pip install -q -e '.[dev]'
	touch $@

$(LEGACY)/.installed: pyproject.toml constraints/legacy.txt
	$(PYTHON) -m venv $(LEGACY)
	$(LEGACY)/bin/python -m pip install -q --upgrade pip
	$(LEGACY)/bin/python -m pip install -q -c constraints/legacy.txt -e '.[test]'
	touch $@

quickstart: $(VENV)/.installed
	PATH="$(CURDIR)/$(VENV)/bin:$$PATH" bash scripts/quickstart.sh

test: test-current test-legacy

test-current: $(VENV)/.installed
	$(VENV)/bin/python -m pytest

test-legacy: $(LEGACY)/.installed
	$(LEGACY)/bin/python -m pytest

# Side-by-side timings against Flask-Migrate 4.1.0 (needs PostgreSQL; see benchmarks/README.md).
# Pass options with ARGS, e.g. make benchmark ARGS="--quick" or ARGS="-s check -n 11".
benchmark: $(VENV)/.installed
	$(VENV)/bin/python benchmarks/run.py $(ARGS)

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check src tests
	$(VENV)/bin/mypy

clean:
	rm -rf $(VENV) $(LEGACY) build
