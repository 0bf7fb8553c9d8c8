# Quick start (a fresh machine needs only Python 3.11+ and make):
#   make example   # set up, then write the framing report of the seed article into out/
#   make test      # set up, then run the whole test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SEED   := seeds/000_0e39d4ffce83954e.txt

# Headless Chromium for the browser test and the example's screenshot (no network, no profile).
CHROMIUM_FLAGS := --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
	--disable-background-networking --disable-component-update --disable-sync --hide-scrollbars

.PHONY: example test check lint clean browser

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

example: $(STAMP)
	mkdir -p out
	$(BIN)/framing analyze $(SEED) --format json -o out/seed.json
	$(BIN)/framing analyze $(SEED) --format table -o out/seed.txt
	$(BIN)/framing report $(SEED) -o out/seed.html
	cat out/seed.txt
	@if command -v chromium >/dev/null 2>&1; then d="$$(mktemp -d)"; \
		timeout 120 chromium $(CHROMIUM_FLAGS) --user-data-dir="$$d" --window-size=1400,2200 \
			--screenshot="$(CURDIR)/out/seed.png" "file://$(CURDIR)/out/seed.html" >/dev/null 2>&1 \
		&& echo "Screenshot of the report: out/seed.png"; rm -rf "$$d"; fi
	@echo "\nWrote out/seed.html (the report: open it in a browser), out/seed.json (the JSON"
	@echo "contract) and out/seed.txt (the summary)."

# The browser test needs Debian's chromium: installed here when missing, if we are root with
# apt-get; otherwise that test skips with its reason.
browser:
	@command -v chromium >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1 \
		|| [ "$$(id -u)" != 0 ] \
		|| (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium \
			>/dev/null) \
		|| echo "note: could not install chromium; the browser test will be skipped"

test: $(STAMP) browser
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/python -m pip install --quiet ruff mypy
	$(BIN)/ruff check framing tests
	$(BIN)/mypy framing

check: lint test

clean:
	rm -rf $(VENV) out build *.egg-info .pytest_cache .hypothesis
