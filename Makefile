# The two commands: `make run` starts the dashboard, `make test` runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
CHROMIUM ?= $(shell command -v chromium || command -v chromium-browser)
# Both cores; each test file runs whole on one worker, so a browser module shares one server and one Chromium.
PYTEST_ARGS ?= -n 2 --dist loadfile
# Which Python made the venv: "3.11 /usr/bin/python3.11", or "old 3.10" (refused), or nothing (not found).
PYTHON_ID := $(shell $(PYTHON) -c 'import os, sys; v = sys.version_info; print(f"{v[0]}.{v[1]} {os.path.realpath(sys.executable)}" if v >= (3, 11) else f"old {v[0]}.{v[1]}")' 2>/dev/null)
PIP := $(BIN)/python -m pip --disable-pip-version-check

.PHONY: run test lint typecheck format lock check tables screenshots bench browser clean FORCE

run: $(VENV)/.run-deps
	$(BIN)/streamlit run dashboard.py

test: $(VENV)/.test-deps browser lint typecheck
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# ruff with the project's configuration (pyproject.toml): a lint finding or a file the formatter would change fails
# make test (`make format` rewrites them).
lint: $(VENV)/.test-deps
	$(BIN)/python -m ruff check --no-cache .
	$(BIN)/python -m ruff format --check --no-cache .

# mypy over airwars/ and ui/ (pyproject.toml [tool.mypy]); any error fails make test.
typecheck: $(VENV)/.test-deps
	$(BIN)/python -m mypy

# The formatter (pyproject.toml [tool.ruff.format]); make lint checks that it has nothing left to change.
format: $(VENV)/.test-deps
	$(BIN)/python -m ruff format .

# Regenerate the hashed locks from requirements.txt, requirements-test.txt and requirements-build.txt (after adding or
# bumping a package): pip-tools resolves them and writes every version with its hashes.
lock: $(VENV)/.made-with
	$(PIP) install --quiet pip-tools==7.6.2
	$(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras --no-emit-find-links --no-emit-index-url \
		--output-file requirements.lock requirements.txt requirements-build.txt
	$(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras --no-emit-find-links --no-emit-index-url \
		--output-file requirements-test.lock requirements.txt requirements-test.txt requirements-build.txt

check: $(VENV)/.run-deps
	$(BIN)/python -m airwars check

tables: $(VENV)/.run-deps
	$(BIN)/python -m airwars tables --json

# Side by side with plain Streamlit (bench/reference_app.py, and bench/reference_single.py: one chart alone), at laptop
# and phone size, then twelve readers at once; writes bench/results.json; exits 1 on a missed target.
# BENCH_ARGS=--quick: one run, never fails. Then the screenshots of every page into artifacts/.
bench: $(VENV)/.test-deps browser
	$(BIN)/python -m bench $(BENCH_ARGS)
	$(BIN)/python -m bench.data_check
	$(BIN)/python -m bench.finder
	$(BIN)/python -m tests.browser.screenshots --artifacts

screenshots: $(VENV)/.test-deps browser
	$(BIN)/python -m tests.browser.screenshots

# A venv made by another Python (or an older one) is rebuilt; a Python older than 3.11 is refused with a message.
$(VENV)/.made-with: FORCE
	@case "$(PYTHON_ID)" in \
	"") echo "No Python found as '$(PYTHON)': install Python 3.11 or newer, or run make PYTHON=/path/to/python3.11"; exit 1;; \
	old*) echo "$(PYTHON) is Python $(word 2,$(PYTHON_ID)); the dashboard needs 3.11 or newer: make PYTHON=python3.11"; exit 1;; \
	esac
	@if [ "$$(cat $@ 2>/dev/null)" != "$(PYTHON_ID)" ]; then \
		echo "creating $(VENV) with $(PYTHON_ID)"; rm -rf $(VENV) && $(PYTHON) -m venv $(VENV) && echo "$(PYTHON_ID)" > $@; \
	fi

# The locks install with their hashes; then the project itself, editable (the `airwars` command).
$(VENV)/.run-deps: requirements.lock pyproject.toml $(VENV)/.made-with
	$(PIP) install --quiet --require-hashes --no-deps -r requirements.lock
	$(PIP) install --quiet --no-deps --no-build-isolation -e .
	touch $@

$(VENV)/.test-deps: requirements-test.lock pyproject.toml $(VENV)/.made-with
	$(PIP) install --quiet --require-hashes --no-deps -r requirements-test.lock
	$(PIP) install --quiet --no-deps --no-build-isolation -e .
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
	rm -rf $(VENV) .pytest_cache .mypy_cache artifacts
