# Quick start (a fresh machine needs only Python 3.11+ and make):
#   make example   # set up, then write the framing report of the seed article into out/
#   make test      # set up, then run the whole test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SEED   := seeds/000_0e39d4ffce83954e.txt

.PHONY: example test check lint clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

example: $(STAMP)
	mkdir -p out
	$(BIN)/framing analyze $(SEED) --format json -o out/seed.json
	$(BIN)/framing analyze $(SEED) --format table -o out/seed.txt
	cat out/seed.txt
	@echo "\nWrote out/seed.json (the JSON contract) and out/seed.txt (the summary)."

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/python -m pip install --quiet ruff mypy
	$(BIN)/ruff check framing tests
	$(BIN)/mypy framing

check: lint test

clean:
	rm -rf $(VENV) out build *.egg-info .pytest_cache .hypothesis
