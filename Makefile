# Village: `make run` serves the forum with demo content; `make test` runs the whole suite.
VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test lint format install install-dev

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/activate
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/activate
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

## Migrate, add demo content to an empty database, and serve on http://$(HOST):$(PORT)
run: $(VENV)/.installed
	$(BIN)/village migrate
	$(BIN)/village seed-demo --if-empty
	$(BIN)/village serve --host $(HOST) --port $(PORT)

## The whole test suite, in parallel; PostgreSQL too when TEST_DATABASE_URL is set
test: $(VENV)/.installed-dev
	$(BIN)/pytest -n auto

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check app tests migrations
	$(BIN)/ruff format --check app tests migrations
	$(BIN)/mypy

format: $(VENV)/.installed-dev
	$(BIN)/ruff check --fix app tests migrations
	$(BIN)/ruff format app tests migrations
