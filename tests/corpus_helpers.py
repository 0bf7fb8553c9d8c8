"""Helpers shared by the corpus, store, engine and compare tests."""

from __future__ import annotations

import json
from pathlib import Path

from framing.corpus import Record, read_records

from .conftest import ROOT

CORPUS = ROOT / "tests" / "data" / "corpus"
MAPPING = {"id": "kode", "url": "tautan"}
# the columns of a stored table that depend on the run, not on the analysis
RUN_COLUMNS = ("run_id",)


def corpus_records() -> list[Record]:
    """The twelve articles of tests/data/corpus (three outlets, four events)."""
    return [r for r in read_records([CORPUS], columns=MAPPING) if isinstance(r, Record)]


def write_repeated_jsonl(path: Path, copies: int) -> int:
    """The fixture articles repeated ``copies`` times with distinct ids; returns the count."""
    recs = corpus_records()
    with path.open("w", encoding="utf-8") as f:
        for i in range(copies):
            for r in recs:
                f.write(json.dumps({"id": f"{r.id}#{i}", "title": r.title, "text": r.text,
                                    "outlet": r.outlet, "date": r.date},
                                   ensure_ascii=False) + "\n")
    return copies * len(recs)


def comparable(frames: dict) -> dict:  # type: ignore[type-arg]
    """The analysis tables without run bookkeeping, for equality checks."""
    return {k: frames[k].drop(columns=[c for c in RUN_COLUMNS if c in frames[k].columns])
            .reset_index(drop=True)
            for k in ("articles", "actors", "attributions", "frames")}
