# Village: `make run` serves the forum with demo content; `make test` runs the whole suite.
VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
# Our scripts and the shipped client's own code (its generated package is not linted by us).
LINTED_EXTRAS := clients/python/examples clients/python/generate.py scripts
FRONTEND_SOURCES := $(shell find frontend/src frontend/public -type f 2>/dev/null) \
	frontend/index.html frontend/vite.config.ts frontend/package-lock.json

.PHONY: run test test-python test-frontend test-e2e lint lint-api format api-types api-release \
	install install-dev

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/activate
	$(BIN)/pip install --quiet -e .
	touch $@

# The client generator goes in without its dependencies: it pins an older typer than our
# CLI's, which only its own command line uses (we call it as a library: clients/python/).
$(VENV)/.installed-dev: pyproject.toml clients/python/generator.txt | $(BIN)/activate
	$(BIN)/pip install --quiet -e '.[dev]'
	$(BIN)/pip install --quiet --no-deps --no-warn-conflicts -r clients/python/generator.txt
	touch $@ $(VENV)/.installed

frontend/node_modules/.installed: frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund
	touch $@

frontend/dist/index.html: frontend/node_modules/.installed $(FRONTEND_SOURCES)
	cd frontend && npm run build

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev frontend/node_modules/.installed

## Build the web app, migrate, add demo content to an empty database, serve on http://$(HOST):$(PORT)
run: $(VENV)/.installed frontend/dist/index.html
	$(BIN)/village migrate
	$(BIN)/village seed-demo --if-empty
	$(BIN)/village serve --host $(HOST) --port $(PORT)

## The whole test suite: API (SQLite, and PostgreSQL when TEST_DATABASE_URL is set),
## web app units, and the browser journeys in Chromium
test: test-python test-frontend test-e2e

test-python: $(VENV)/.installed-dev
	$(BIN)/pytest -n auto

test-frontend: frontend/node_modules/.installed
	cd frontend && npm run check:api && npm test

test-e2e: $(VENV)/.installed-dev frontend/dist/index.html
	frontend/scripts/ensure-chromium.sh
	cd frontend && VILLAGE_BIN=$(abspath $(BIN)) npm run e2e

lint: $(VENV)/.installed-dev frontend/node_modules/.installed
	$(BIN)/ruff check app tests migrations bench bench/run bench/sweep $(LINTED_EXTRAS)
	$(BIN)/ruff format --check app tests migrations bench bench/run bench/sweep $(LINTED_EXTRAS)
	$(BIN)/mypy
	$(BIN)/mypy --scripts-are-modules bench/run
	$(BIN)/mypy --scripts-are-modules bench/sweep
	cd frontend && npx tsc --noEmit && npx eslint .
	$(MAKE) VENV=$(VENV) lint-api

# The API contract's tools (Redocly, Spectral, api-smart-diff): a package of their own, so the
# web app's dependencies (and `make run`) do not carry them.
API_TOOLS := tools/api-contract
API_DOCUMENT := build/openapi.json

$(API_TOOLS)/node_modules/.installed: $(API_TOOLS)/package-lock.json
	cd $(API_TOOLS) && npm ci --no-audit --no-fund
	touch $@

## The OpenAPI document, written from the app (no server): Redocly's `recommended` and
## Spectral's `oas` rulesets find no error or warning, and it breaks nothing the released
## contract of its version prefix (docs/api/openapi-v1.released.json) promised
lint-api: $(VENV)/.installed $(API_TOOLS)/node_modules/.installed
	mkdir -p $(dir $(API_DOCUMENT))
	$(BIN)/village openapi --output $(API_DOCUMENT)
	node $(API_TOOLS)/lint.mjs $(API_DOCUMENT)
	API_DOC=$(API_DOCUMENT) node --test $(API_TOOLS)/
	node $(API_TOOLS)/diff.mjs docs/api $(API_DOCUMENT)

## Release the API's current contract: from then on `lint-api` fails on a change that breaks it
api-release: $(VENV)/.installed $(API_TOOLS)/node_modules/.installed
	mkdir -p $(dir $(API_DOCUMENT))
	$(BIN)/village openapi --output $(API_DOCUMENT)
	node $(API_TOOLS)/release.mjs $(API_DOCUMENT) docs/api

format: $(VENV)/.installed-dev
	$(BIN)/ruff check --fix app tests migrations bench $(LINTED_EXTRAS)
	$(BIN)/ruff format app tests migrations bench $(LINTED_EXTRAS)

## Regenerate the web app's API types, docs/api/reference.md and the Python client (clients/python/)
## after an API change
api-types: $(VENV)/.installed-dev frontend/node_modules/.installed
	$(BIN)/village openapi --output frontend/openapi.json
	$(BIN)/python scripts/api_reference.py
	cd frontend && npm run gen:api
	$(BIN)/python clients/python/generate.py --document frontend/openapi.json
