# Two commands do all set-up on a fresh machine (see README.md):
#   make quickstart   the README's quickstart, end to end on SQLite
#   make test         the docs, then the whole test suite, on today's stack and on the legacy one
#   make docs         the documentation site into docs/_build/html (part of make test)
PYTHON ?= python3
VENV := .venv
LEGACY := .venv-legacy

.PHONY: quickstart test test-current test-legacy lint benchmark clean docs

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

test: docs test-current test-legacy

# The documentation site, warnings as errors, into docs/_build/html; then every page opened in a
# headless chromium (docs/check_site.py). Its examples run in the test suite
# (tests/test_docs_examples.py).
docs: $(VENV)/.installed
	$(VENV)/bin/python -m sphinx -W --keep-going -q -b html docs docs/_build/html
	$(VENV)/bin/python docs/check_site.py docs/_build/html

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
	rm -rf $(VENV) $(LEGACY) build docs/_build docs/_generated
