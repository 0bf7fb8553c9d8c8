"""Engines: one process, local worker processes and Dask write identical rows."""

from __future__ import annotations

from pathlib import Path

import pytest

import framing
from framing.corpus import Record
from framing.engine import analyze_chunk
from framing.store import ArticleRows, record_hash, record_uid

from .corpus_helpers import comparable, corpus_records

pd = pytest.importorskip("pandas")


def _corpus(copies: int = 2) -> list[Record]:
    import dataclasses

    return [dataclasses.replace(r, id=f"{r.id}#{i}") for i in range(copies)
            for r in corpus_records()]


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory, lex) -> dict:  # type: ignore[no-untyped-def,type-arg]
    db = tmp_path_factory.mktemp("engine") / "one.sqlite"
    s = framing.run(_corpus(), db, lexicons=lex)
    assert (s.analysed, s.errors) == (24, 0)
    return comparable(framing.load(db, text=True))


def _same(a: dict, b: dict) -> None:  # type: ignore[type-arg]
    for k in a:
        pd.testing.assert_frame_equal(a[k], b[k], check_exact=True)


@pytest.mark.parametrize("jobs, chunk", [(1, 1), (1, 5), (2, 3)],
                         ids=["serial-chunk1", "serial-chunk5", "two-processes"])
def test_local_engines_are_identical(tmp_path: Path, lex, reference: dict,  # type: ignore[no-untyped-def,type-arg]
                                     jobs: int, chunk: int) -> None:
    db = tmp_path / "r.sqlite"
    s = framing.run(_corpus(), db, lexicons=lex, jobs=jobs, chunk_size=chunk)
    assert (s.analysed, s.errors, s.jobs) == (24, 0, jobs)
    _same(reference, comparable(framing.load(db, text=True)))


def test_dask_local_cluster_is_identical(tmp_path: Path, lex, reference: dict) -> None:  # type: ignore[no-untyped-def,type-arg]
    pytest.importorskip("dask.distributed")
    db = tmp_path / "r.sqlite"
    s = framing.run(_corpus(), db, lexicons=lex, engine="dask", jobs=2, chunk_size=6)
    assert (s.analysed, s.errors, s.engine) == (24, 0, "dask")
    _same(reference, comparable(framing.load(db, text=True)))
    assert framing.load(db)["runs"]["engine"].item() == "dask:local"


def test_analyze_chunk_turns_failures_into_rows(lex) -> None:  # type: ignore[no-untyped-def]
    good = corpus_records()[0]
    bad = Record(text=None, id="x", source="f:9")  # type: ignore[arg-type]
    items = [(r, record_uid(r), record_hash(r, lex.version, framing.__version__))
             for r in (good, bad)]
    out = analyze_chunk(items, lex)
    assert isinstance(out[0], ArticleRows) and out[0].uid == record_uid(good)
    assert out[1] == ("f:9", "x", "analysis failed: TypeError: text must be str, not NoneType")


@pytest.mark.parametrize(
    "kwargs, message",
    [({"chunk_size": 0}, "chunk_size must be at least 1"),
     ({"engine": "spark"}, "unknown engine 'spark'")],
    ids=["chunk-size", "engine"],
)
def test_bad_options(tmp_path: Path, lex, kwargs: dict, message: str) -> None:  # type: ignore[no-untyped-def,type-arg]
    with pytest.raises(ValueError, match=message):
        framing.run([], tmp_path / "r.sqlite", lexicons=lex, **kwargs)


def test_one_outlet_corpus(tmp_path: Path, lex) -> None:  # type: ignore[no-untyped-def]
    recs = [r for r in _corpus(1) if r.outlet == "Warta Nusantara"]
    s = framing.run(recs, tmp_path / "r.sqlite", lexicons=lex, jobs=1)
    assert s.analysed == 4
    c = framing.compare(tmp_path / "r.sqlite", min_n=1)
    assert c.groups["group"].tolist() == ["Warta Nusantara"]
    assert c.tests["p_value"].isna().all()
    assert any("fewer than two outlet groups" in n for n in c.notes)


@pytest.mark.parametrize("kind", ["records", "paths"])
def test_streams_are_read_once_while_running(tmp_path: Path, lex, kind: str) -> None:  # type: ignore[no-untyped-def]
    from .corpus_helpers import CORPUS

    stream = (iter(corpus_records()) if kind == "records"
              else (p for p in [CORPUS / "warta_nusantara.jsonl"]))
    s = framing.run(stream, tmp_path / "r.sqlite", lexicons=lex)
    assert s.analysed == (12 if kind == "records" else 4)
    with pytest.raises(TypeError, match="paths or Records, not int"):
        framing.run([3], tmp_path / "r.sqlite", lexicons=lex)
