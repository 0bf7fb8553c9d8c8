"""Shared fixtures: the lexicon set and analyser are built once per test session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import framing
from framing import Analyzer
from framing.lexicons import LexiconSet, get_lexicons

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_0e39d4ffce83954e.txt"
SHARED = ROOT.parent / "shared" / "data"
PFSA_DEV = SHARED / "pfsa-id" / "dev-20.txt"

# `make test` runs the suite twice, against the pure-Python sources and against the build compiled
# with mypyc, and says which one each run must find.
EXPECT_BUILD = os.environ.get("FRAMING_EXPECT_BUILD", "")


def pytest_report_header() -> str:
    return (f"framing {framing.__version__} from {Path(framing.__file__).parent}: "
            + ("compiled with mypyc" if framing.compiled else "pure Python"))


def pytest_sessionstart(session: pytest.Session) -> None:
    if EXPECT_BUILD and EXPECT_BUILD != ("compiled" if framing.compiled else "pure"):
        raise pytest.UsageError(
            f"FRAMING_EXPECT_BUILD={EXPECT_BUILD}, but the framing imported from "
            f"{Path(framing.__file__).parent} is "
            + ("compiled" if framing.compiled else "pure Python"))


needs_shared = pytest.mark.skipif(
    not PFSA_DEV.is_file(),
    reason=f"evaluation data not found at {SHARED} (../shared beside the clone)",
)


@pytest.fixture(scope="session")
def lex() -> LexiconSet:
    return get_lexicons()


@pytest.fixture(scope="session")
def analyzer(lex: LexiconSet) -> Analyzer:
    return Analyzer(lex)


@pytest.fixture(scope="session")
def seed_parts() -> tuple[str, str]:
    title, body = SEED.read_text(encoding="utf-8").split("\n", 1)
    return title, body


@pytest.fixture(scope="session")
def seed(analyzer: Analyzer, seed_parts: tuple[str, str]):  # type: ignore[no-untyped-def]
    title, body = seed_parts
    return analyzer.analyze(body, title=title, id="seed")
