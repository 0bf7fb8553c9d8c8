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

.PHONY: example test test-compiled compiled check lint clean browser

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

# The suite runs twice: against the sources as they are (the editable install, pure Python), and
# against the build `pip install .` makes, its analysis stages compiled with mypyc (setup.py).
# The compiled package goes into .compiled/, first on PYTHONPATH; PYTHONSAFEPATH keeps the
# working directory (whose framing/ holds the sources) off sys.path, in subprocesses too.
# A machine with no C compiler or no Python headers gets pure Python from `pip install .`: there
# the second run is skipped, with a note. Where both are at hand, a failed compile is an error.
COMPILED := $(CURDIR)/.compiled
CSTAMP   := $(COMPILED)/.installed
ON_COMPILED := PYTHONSAFEPATH=1 PYTHONPATH=$(COMPILED)
CAN_COMPILE := import shutil, sysconfig, pathlib, sys; sys.exit(0 if (shutil.which("cc") or \
	shutil.which("gcc")) and pathlib.Path(sysconfig.get_paths()["include"], "Python.h").is_file() else 1)

$(CSTAMP): $(STAMP) pyproject.toml setup.py build_backend/framing_build.py \
		$(wildcard framing/*.py) $(wildcard framing/templates/*) $(wildcard lexicons/*)
	rm -rf $(COMPILED)
	$(BIN)/python -m pip install --quiet --no-deps --target $(COMPILED) .
	@if $(ON_COMPILED) $(BIN)/python -c "import framing, sys; sys.exit(not framing.compiled)"; \
	then touch $@; \
	elif $(BIN)/python -c '$(CAN_COMPILE)'; then \
		echo "error: a C compiler and the Python headers are here, but the compiled build was"; \
		echo "not made: 'pip install -v .' shows why"; exit 1; \
	else echo "note: no C compiler or Python headers here, so pip install . builds pure Python;"; \
		echo "the suite's run against the compiled build is skipped"; fi

# The package as `pip install .` builds it, for the benchmarks: see benchmarks/README.md.
compiled: $(CSTAMP)

test: $(STAMP) browser
	FRAMING_EXPECT_BUILD=pure $(BIN)/python -m pytest -q
	$(MAKE) --no-print-directory test-compiled

test-compiled: $(CSTAMP)
	@if [ -f $(CSTAMP) ]; then \
		echo "$(ON_COMPILED) FRAMING_EXPECT_BUILD=compiled $(BIN)/python -m pytest -q ..."; \
		$(ON_COMPILED) FRAMING_EXPECT_BUILD=compiled $(BIN)/python -m pytest -q \
			-p no:cacheprovider --import-mode=importlib -m "not install"; \
	else echo "skipped: the suite against the compiled build (see the note above)"; fi

lint: $(STAMP)
	$(BIN)/python -m pip install --quiet ruff mypy
	$(BIN)/ruff check framing tests
	$(BIN)/mypy framing

check: lint test

clean:
	rm -rf $(VENV) .compiled out build *.egg-info .pytest_cache .hypothesis
