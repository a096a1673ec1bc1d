# The two commands: `make run` starts the dashboard, `make test` runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
CHROMIUM ?= $(shell command -v chromium || command -v chromium-browser)

.PHONY: run test lint check tables screenshots bench browser clean

run: $(VENV)/.run-deps
	$(BIN)/streamlit run dashboard.py

test: $(VENV)/.test-deps browser lint
	$(BIN)/python -m pytest

# ruff with the project's configuration (pyproject.toml); any finding fails make test.
lint: $(VENV)/.test-deps
	$(BIN)/python -m ruff check --no-cache .

check: $(VENV)/.run-deps
	$(BIN)/python -m airwars check

tables: $(VENV)/.run-deps
	$(BIN)/python -m airwars tables --json

# Side by side with plain Streamlit (bench/reference_app.py, and bench/reference_single.py: one chart alone), at laptop
# and phone size; writes bench/results.json; exits 1 on a missed target. BENCH_ARGS=--quick: one run, never fails.
bench: $(VENV)/.test-deps browser
	$(BIN)/python -m bench $(BENCH_ARGS)

screenshots: $(VENV)/.test-deps browser
	$(BIN)/python -m tests.browser.screenshots

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.run-deps: requirements.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(VENV)/.test-deps: requirements.txt requirements-test.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-test.txt
	touch $@ $(VENV)/.run-deps

# The browser tests drive Debian's Chromium (Playwright's own download does not work offline); the print and deck tests
# read the PDFs back with poppler's pdftotext.
# As root with apt-get, install it when it is missing; otherwise say how.
browser:
	@if { [ -n "$(CHROMIUM)" ] || [ -n "$$CHROMIUM" ]; } && command -v pdftotext >/dev/null; then exit 0; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "installing Debian's chromium for the browser tests"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils >/dev/null; \
	else echo "No Chromium or pdftotext found: run 'sudo apt-get install chromium poppler-utils' (or set CHROMIUM=/path/to/chromium)."; fi

clean:
	rm -rf $(VENV) .pytest_cache artifacts
