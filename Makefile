# The two set-up commands are `make serve` and `make test`; both create the
# virtual environment and install the pinned dependencies first.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip --disable-pip-version-check -q
export NO_MKDOCS_2_WARNING := 1
export PYTHONDONTWRITEBYTECODE := 1

# ENGINE=properdocs serves and builds with ProperDocs (MkDocs 1.6 continued) instead of MkDocs.
ENGINE ?= mkdocs
export PLANSITE_ENGINE := $(ENGINE)

# PLAN=<folder>: build, check or generate another plan's folder (README.md, "Publishing another plan").
PLAN ?= .
PLANSITE := $(PY) -m plansite --root $(PLAN)

SITE_READY := $(VENV)/.site-ready
TEST_READY := $(VENV)/.test-ready
VNU_READY := tests/vnu/node_modules/.installed

.PHONY: serve build check generate schemas test lint clean

$(SITE_READY): requirements/site.lock pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install -r requirements/site.lock
	$(PIP) install --no-deps -e .
	touch $@

$(TEST_READY): $(SITE_READY) requirements/test.lock $(VNU_READY)
	$(PIP) install -r requirements/test.lock
	touch $@

# The W3C Nu HTML Checker for tests/site/test_html_valid.py (npm vnu-jar, run with Debian's Java).
$(VNU_READY): tests/vnu/package.json tests/vnu/package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
	  cd tests/vnu && npm ci --ignore-scripts --no-audit --no-fund && touch node_modules/.installed; \
	else \
	  echo "npm is missing: the HTML validity test will be skipped (apt-get install npm default-jre-headless)"; \
	fi

## serve: generate, build and serve the site with live reload on http://127.0.0.1:8000
serve: $(SITE_READY)
	$(PY) -m plansite generate
	$(PY) -m $(ENGINE) serve -f mkdocs.yml --dev-addr 127.0.0.1:8000 --livereload

## build: check, generate and build the site into site/ (the old site stays if anything fails); PLAN=<folder> builds another plan into <folder>/site/
build: $(SITE_READY)
	$(PLANSITE) build

## check: data and content checks only
check: $(SITE_READY)
	$(PLANSITE) check

## schemas: write schema/<file>.json (the data files' JSON Schemas, from the model) after a model change
schemas: $(SITE_READY)
	$(PY) -m plansite schemas

## generate: write the generated pages and exports into docs/
generate: $(SITE_READY)
	$(PLANSITE) generate

## test: the whole test suite (browser tests need /usr/bin/chromium; they must run when CI=true)
test: $(TEST_READY)
	$(PY) -m ruff check scripts tests
	$(PY) -m pytest

lint: $(TEST_READY)
	$(PY) -m ruff check scripts tests

clean:
	rm -rf site .site-build .site-old .site-offline .site-properdocs .zensical .cache

## bench: benchmark and performance budgets (real site, x10 and x100 synthetic data). Not part of `make test`.
## Fewer scales or parts: make bench BENCH_SCALES="1 --only lighthouse" (python bench/run.py --help).
BENCH_READY := $(VENV)/.bench-ready
$(BENCH_READY): $(TEST_READY) requirements/bench.lock
	$(PIP) install -r requirements/bench.lock
	touch $@

bench/node_modules/.installed: bench/package.json bench/package-lock.json | bench-prerequisites
	cd bench && npm ci --ignore-scripts --no-audit --no-fund
	touch $@

# Chromium, nginx, node and npm: says what to install, before anything is installed or run.
bench-prerequisites:
	@$(PYTHON) bench/prerequisites.py

.PHONY: bench bench-prerequisites
bench: bench-prerequisites $(BENCH_READY) bench/node_modules/.installed
	$(PY) bench/run.py $(BENCH_SCALES)

## zensical-trial: build the site with Zensical as well, check it and write engines/results/zensical.md (~1 min). Not part of `make test`.
ZENSICAL_READY := .venv-zensical/.ready
$(ZENSICAL_READY): requirements/zensical.lock
	test -x .venv-zensical/bin/python || $(PYTHON) -m venv .venv-zensical
	.venv-zensical/bin/python -m pip --disable-pip-version-check -q install -r requirements/zensical.lock
	touch $@

.PHONY: zensical-trial
zensical-trial: $(TEST_READY) $(ZENSICAL_READY)
	$(PY) engines/zensical_trial.py
