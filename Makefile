# The two quick-start commands: `make up` runs the system, `make test` runs the whole suite.
# Each bootstraps its own virtual environment in .venv from the lock files in requirements/
# (exact versions with their hashes), then installs pdfqueue itself without dependencies.
# `make lock` re-resolves the lock files after a change to pyproject.toml's dependencies.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

# runtime set (`make up`), and runtime + the `dev` extra (`make test`)
LOCK     := requirements/lock.txt
DEV_LOCK := requirements/dev-lock.txt
# the resolver that writes them; pinned so that two people re-locking get the same files
UV_VERSION := 0.13.9
# one lock for every platform and every Python from requires-python's floor up
UV_COMPILE := $(BIN)/uv pip compile pyproject.toml --universal --python-version 3.11 \
	--generate-hashes --custom-compile-command 'make lock' --quiet

.PHONY: up test lint format bench clean lock lock-upgrade

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "pdfqueue needs Python 3.11 or newer; set PYTHON=/path/to/python3.11")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python $(LOCK) pyproject.toml
	$(BIN)/python -m pip install --quiet --require-hashes -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps -e .
	@touch $@

$(VENV)/.installed-dev: $(VENV)/.installed $(DEV_LOCK)
	$(BIN)/python -m pip install --quiet --require-hashes -r $(DEV_LOCK)
	@touch $@

up: $(VENV)/.installed
	$(BIN)/pdfqueue up

test: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# The extras outside the lock (bench, tracing, sentence-transformers) install from pyproject's
# ranges on top of the locked set; pip keeps the locked versions wherever they satisfy them.
bench: $(VENV)/.installed-dev
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	@echo "Benchmarks are scripts: see bench/ and BENCHMARKS.md"

# Keeps every pin that still satisfies pyproject.toml and resolves only what changed; the dev
# lock is constrained by the runtime lock, so the two agree on every package they share.
lock: $(BIN)/python
	$(BIN)/python -m pip install --quiet 'uv==$(UV_VERSION)'
	$(UV_COMPILE) -o $(LOCK) $(LOCK_FLAGS)
	$(UV_COMPILE) --extra dev -c $(LOCK) -o $(DEV_LOCK) $(LOCK_FLAGS)

# Moves every pin to the newest release that pyproject.toml allows.
lock-upgrade:
	$(MAKE) lock LOCK_FLAGS=--upgrade

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
