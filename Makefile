# The two commands of the README: `make run` and `make test`. Each creates .venv when missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench install system-deps lint screenshots translations clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# QtMultimedia needs libpulse.so.0 on Linux; a fresh Debian machine lacks it (README, "Environment").
system-deps:
	@sh scripts/system-deps.sh

install: system-deps $(STAMP)

run: install
	QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-$$( [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ] && echo xcb || echo offscreen )} \
	  $(BIN)/logins-desktop run --demo

lint: install
	$(BIN)/lint-imports
	$(BIN)/ruff check logins_desktop tests research

test: install lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

bench: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.benchmarks

screenshots: install
	QT_QPA_PLATFORM=offscreen $(BIN)/logins-desktop screenshots --out docs/screenshots

translations: install
	$(BIN)/python scripts/build_translations.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis
