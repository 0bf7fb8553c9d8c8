"""The SQLite store: what a run writes, incremental re-runs, kill -9 and resume, load, export."""

from __future__ import annotations

import dataclasses
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import framing
from framing.cli import cli
from framing.corpus import ReadError, Record
from framing.store import Store, export, load

from .conftest import ROOT
from .corpus_helpers import CORPUS, MAPPING, comparable, corpus_records, write_repeated_jsonl

pd = pytest.importorskip("pandas")


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, lex) -> Path:  # type: ignore[no-untyped-def]
    db = tmp_path_factory.mktemp("store") / "r.sqlite"
    s = framing.run([CORPUS], db, columns=MAPPING, lexicons=lex)
    assert (s.analysed, s.skipped, s.errors) == (12, 0, 0)
    return db


def test_tables_and_columns(store: Path, analyzer) -> None:  # type: ignore[no-untyped-def]
    d = framing.load(store)
    assert set(d) == {"articles", "actors", "attributions", "frames", "errors", "runs"}
    arts = d["articles"]
    assert len(arts) == 12 and arts["uid"].is_unique
    assert "text" not in arts.columns  # texts only on request
    assert set(arts["outlet"]) == {"Kabar Kota", "Suara Rakyat", "Warta Nusantara"}
    assert arts.loc[arts["id"] == "sr-101", "rubrik"].item() == "ekonomi"  # CSV extra column
    assert len(d["frames"]) == 12 * 5
    assert set(d["actors"]["uid"]) <= set(arts["uid"])
    assert set(d["attributions"]["uid"]) <= set(arts["uid"])
    assert d["attributions"]["direct"].dtype == "boolean"
    runs = d["runs"]
    assert runs["status"].tolist() == ["finished"] and runs["analysed"].tolist() == [12]
    assert runs["lexicon_version"].item() == analyzer.lexicon_version
    assert (arts["lexicon_version"] == analyzer.lexicon_version).all()


def test_rows_match_the_analysis(store: Path, analyzer) -> None:  # type: ignore[no-untyped-def]
    rec = next(r for r in corpus_records() if r.id == "sr-101")
    r = analyzer.analyze(rec.text, title=rec.title, id=rec.id, outlet=rec.outlet)
    d = load(store, text=True, parse_json=True)
    uid = "Suara Rakyat/sr-101"
    art = d["articles"].set_index("uid").loc[uid]
    assert art["text"] == rec.text
    assert art["tone_score"] == r.tone.score and art["unnamed"] == r.sources.unnamed
    assert art["dominant_frame"] == r.dominant_frame
    actors = d["actors"][d["actors"]["uid"] == uid]
    assert actors["name"].tolist() == [a.name for a in r.actors]
    assert actors["score"].tolist() == [a.portrayal.score for a in r.actors]
    for ev, a in zip(actors["evidence"], r.actors, strict=True):
        assert [e[2] for e in ev] == [c.text for c in a.portrayal.evidence]
        assert all(rec.text[s:e] == t for s, e, t, _ in ev)
    atts = d["attributions"][d["attributions"]["uid"] == uid]
    assert atts["source_type"].tolist() == [a.source_type for a in r.attributions]


def test_rerun_skips_everything(store: Path, lex) -> None:  # type: ignore[no-untyped-def]
    before = comparable(load(store))
    s = framing.run([CORPUS], store, columns=MAPPING, lexicons=lex)
    assert (s.analysed, s.skipped, s.errors) == (0, 12, 0)
    after = comparable(load(store))
    for k in before:
        pd.testing.assert_frame_equal(before[k], after[k])


def _recs(n: int = 3, **changes: str) -> list[Record]:
    base = corpus_records()[:n]
    return [dataclasses.replace(r, **changes) if i == 0 else r for i, r in enumerate(base)]


@pytest.mark.parametrize(
    "change, reanalysed",
    [({}, 0), ({"text": "Polisi menangkap tersangka korupsi di Jakarta."}, 1),
     ({"title": "Judul baru"}, 1), ({"date": "2024-04-01"}, 1)],
    ids=["same", "text-changed", "title-changed", "date-changed"],
)
def test_changed_records_are_reanalysed_and_replaced(tmp_path: Path, lex, change: dict,  # type: ignore[no-untyped-def,type-arg]
                                                     reanalysed: int) -> None:
    db = tmp_path / "r.sqlite"
    framing.run(_recs(), db, lexicons=lex)
    s = framing.run(_recs(**change), db, lexicons=lex)
    assert (s.analysed, s.skipped) == (reanalysed, 3 - reanalysed)
    d = load(db, text=True)
    assert len(d["articles"]) == 3 and d["articles"]["uid"].is_unique
    assert len(d["frames"]) == 15  # the old rows of a re-analysed article are gone
    if "text" in change:
        row = d["articles"].set_index("uid").loc[_uid(_recs()[0])]
        assert row["text"] == change["text"]


def _uid(r: Record) -> str:
    return f"{r.outlet}/{r.id}"


def test_new_lexicon_version_reanalyses(tmp_path: Path, lex) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "r.sqlite"
    framing.run(_recs(), db, lexicons=lex)
    s = framing.run(_recs(), db, lexicons=[ROOT / "tests" / "fixtures" / "lexicons_user"])
    assert s.analysed == 3 and s.lexicon_version != lex.version
    d = load(db)
    assert len(d["articles"]) == 3
    assert set(d["articles"]["lexicon_version"]) == {s.lexicon_version}
    assert d["runs"]["lexicon_version"].tolist() == [lex.version, s.lexicon_version]


def test_errors_are_rows_never_fatal_and_cleared_when_fixed(tmp_path: Path, lex) -> None:  # type: ignore[no-untyped-def]
    f = tmp_path / "c.jsonl"
    good = {"id": "1", "text": "Presiden Joko Widodo meresmikan jalan tol.", "outlet": "A"}
    lines = [json.dumps(good), '{"id": "2", "text": ', json.dumps({"id": "3", "title": "t"}),
             json.dumps({"id": "1", "text": "Teks lain dengan id yang sama.", "outlet": "A"}),
             json.dumps({"id": "1", "text": "Outlet lain, id sama: boleh.", "outlet": "B"})]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    seen: list[str] = []
    s = framing.run([f, tmp_path / "missing.txt"], tmp_path / "r.sqlite", lexicons=lex,
                    on_error=seen.append)
    assert (s.analysed, s.errors) == (2, 4)
    d = load(tmp_path / "r.sqlite")
    errs = dict(zip(d["errors"]["source"], d["errors"]["message"], strict=True))
    assert errs[f"{f}:2"].startswith("malformed JSON")
    assert errs[f"{f}:3"] == "missing or empty 'text' field"
    assert errs[f"{f}:4"].startswith("duplicate id 'A/1' (first at")
    assert errs[str(tmp_path / "missing.txt")] == "no such file or folder"
    assert sorted(seen) == sorted(f"{k}: {v}" for k, v in errs.items())
    # the same run again: the same errors, once each
    framing.run([f, tmp_path / "missing.txt"], tmp_path / "r.sqlite", lexicons=lex)
    assert len(load(tmp_path / "r.sqlite")["errors"]) == 4
    # fix line 2: its error row goes away
    lines[1] = json.dumps({"id": "2", "text": "Kabarnya menteri mundur.", "outlet": "A"})
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    s = framing.run([f], tmp_path / "r.sqlite", lexicons=lex)
    assert s.analysed == 1
    assert f"{f}:2" not in set(load(tmp_path / "r.sqlite")["errors"]["source"])


def test_analysis_failure_is_an_error_row(tmp_path: Path, lex) -> None:  # type: ignore[no-untyped-def]
    recs: list[Record | ReadError] = [Record(text=42, id="bad", source="x:1"),  # type: ignore[arg-type]
                                      *corpus_records()[:1]]
    s = framing.run(recs, tmp_path / "r.sqlite", lexicons=lex)
    assert (s.analysed, s.errors) == (1, 1)
    (msg,) = load(tmp_path / "r.sqlite")["errors"]["message"]
    assert msg.startswith("analysis failed: TypeError")


def test_empty_corpus(tmp_path: Path, lex) -> None:  # type: ignore[no-untyped-def]
    s = framing.run([], tmp_path / "r.sqlite", lexicons=lex)
    assert (s.analysed, s.skipped, s.errors) == (0, 0, 0)
    d = load(tmp_path / "r.sqlite")
    assert all(len(d[k]) == 0 for k in ("articles", "actors", "attributions", "frames"))
    (tmp_path / "empty").mkdir()
    s = framing.run([tmp_path / "empty"], tmp_path / "r2.sqlite", lexicons=lex)
    assert (s.analysed, s.errors) == (0, 1)  # "folder holds no readable files"


def test_load_missing_store_and_other_schema(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="no such store"):
        load(tmp_path / "nope.sqlite")
    db = tmp_path / "other.sqlite"
    sqlite3.connect(db).execute("PRAGMA user_version=99").connection.close()
    with pytest.raises(ValueError, match="schema version 99"):
        Store(db)


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_export(store: Path, tmp_path: Path, fmt: str) -> None:
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    paths = export(store, tmp_path / "out", format=fmt)  # type: ignore[arg-type]
    assert sorted(p.name for p in paths) == sorted(f"{t}.{fmt}" for t in
                                                   ("articles", "actors", "attributions",
                                                    "frames", "errors", "runs"))
    read = pd.read_csv if fmt == "csv" else pd.read_parquet
    arts = read(tmp_path / "out" / f"articles.{fmt}")
    assert len(arts) == 12 and set(arts["outlet"]) == {"Kabar Kota", "Suara Rakyat",
                                                       "Warta Nusantara"}


def test_export_partitioned_parquet(store: Path, tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    export(store, tmp_path / "out", format="parquet", partition_by="outlet",
           tables=["articles", "actors"])
    parts = sorted(p.name for p in (tmp_path / "out" / "actors").iterdir())
    assert parts == ["outlet=Kabar%20Kota", "outlet=Suara%20Rakyat", "outlet=Warta%20Nusantara"]
    back = pd.read_parquet(tmp_path / "out" / "actors")
    assert len(back) == len(load(store)["actors"])
    with pytest.raises(ValueError, match="needs format='parquet'"):
        export(store, tmp_path / "x", format="csv", partition_by="outlet")


# ---------------------------------------------------------------------------------------------
# The command line


def test_cli_run_compare_export(tmp_path: Path) -> None:
    db = str(tmp_path / "r.sqlite")
    runner = CliRunner()
    res = runner.invoke(cli, ["run", str(CORPUS), "--db", db, "--column", "id=kode",
                              "--column", "url=tautan", "--no-progress"])
    assert res.exit_code == 0, res.output
    assert "12 analysed, 0 already in the store, 0 errors" in res.stderr
    res = runner.invoke(cli, ["run", str(CORPUS), "--db", db, "--column", "id=kode",
                              "--column", "url=tautan", "--no-progress"])
    assert "0 analysed, 12 already in the store" in res.stderr
    res = runner.invoke(cli, ["export", "--db", db, "-o", str(tmp_path / "csv"), "--table",
                              "articles"])
    assert res.exit_code == 0 and (tmp_path / "csv" / "articles.csv").is_file()
    res = runner.invoke(cli, ["compare", "--db", db, "--min-n", "2"])
    assert res.exit_code == 0, res.output
    assert "Unnamed-source share" in res.stdout and "Suara Rakyat" in res.stdout


@pytest.mark.parametrize(
    "args, message",
    [(["run", "{c}", "--db", "{db}", "--column", "isi"], "expected FIELD=COLUMN"),
     (["run", "{c}", "--db", "{db}", "--column", "penulis=x"], "is not one of"),
     (["run", "{c}", "--db", "{db}", "--fallback-encoding", "klingon"], "unknown encoding"),
     (["compare", "--db", "{missing}"], "no such store"),
     (["export", "--db", "{missing}", "-o", "{out}"], "no such store")],
    ids=["column-syntax", "column-field", "encoding", "compare-missing-db", "export-missing-db"],
)
def test_cli_errors_are_one_clear_line(tmp_path: Path, args: list[str], message: str) -> None:
    args = [a.format(c=CORPUS, db=tmp_path / "r.sqlite", missing=tmp_path / "none.sqlite",
                     out=tmp_path / "out") for a in args]
    res = CliRunner().invoke(cli, args)
    assert res.exit_code != 0 and message in res.output
    assert "Traceback" not in res.output


def test_cli_run_reports_bad_records_and_fallback_encoding(tmp_path: Path) -> None:
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "ok.txt").write_text("Judul\nPresiden meresmikan jalan.\n",
                                           encoding="utf-8")
    (tmp_path / "c" / "lama.txt").write_bytes("Judul\nKopi caf\u00e9 mahal.\n".encode("cp1252"))
    (tmp_path / "c" / "rusak.jsonl").write_text('{"text": \n', encoding="utf-8")
    db = str(tmp_path / "r.sqlite")
    res = CliRunner().invoke(cli, ["run", str(tmp_path / "c"), "--db", db, "--outlet", "X",
                                   "--no-progress"])
    assert res.exit_code == 1
    assert f"warning: {tmp_path / 'c' / 'lama.txt'}: not valid UTF-8; read as cp1252" in res.stderr
    assert f"error: {tmp_path / 'c' / 'rusak.jsonl'}:1: malformed JSON" in res.stderr
    assert "2 analysed, 0 already in the store, 1 errors" in res.stderr
    arts = load(db)["articles"]
    assert arts.set_index("id").loc["lama", "encoding"] == "cp1252"
    assert set(arts["outlet"]) == {"X"}
    # refusing fallbacks turns the cp1252 file into an error
    res = CliRunner().invoke(cli, ["run", str(tmp_path / "c" / "lama.txt"), "--db",
                                   str(tmp_path / "s.sqlite"), "--fallback-encoding", "none",
                                   "--no-progress"])
    assert res.exit_code == 1 and "invalid UTF-8" in res.stderr


# ---------------------------------------------------------------------------------------------
# kill -9 in the middle of a run, then run again: every record exactly once


def test_kill_and_resume(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    n = write_repeated_jsonl(corpus, copies=60)
    db = tmp_path / "r.sqlite"
    cmd = [sys.executable, "-m", "framing", "run", str(corpus), "--db", str(db),
           "--chunk-size", "4", "--no-progress"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    stored = 0
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            if db.exists():
                try:
                    with sqlite3.connect(db, timeout=1) as c:
                        stored = c.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
                except sqlite3.OperationalError:  # the schema is not there yet
                    stored = 0
                if stored >= 8:
                    break
            time.sleep(0.005)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the run finished before it could be killed"
    with sqlite3.connect(db) as c:
        at_kill = c.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        status = c.execute("SELECT status FROM runs").fetchall()
    assert 0 < at_kill < n
    assert status == [("running",)]  # the killed run never finished
    res = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr
    assert f"{n - at_kill} analysed, {at_kill} already in the store, 0 errors" in res.stderr
    d = load(db)
    arts = d["articles"]
    assert len(arts) == n and arts["uid"].is_unique
    assert sorted(arts["id"]) == sorted(json.loads(x)["id"] for x in corpus.read_text().split("\n")
                                        if x)
    assert len(d["frames"]) == 5 * n
    for table in ("actors", "attributions", "frames"):  # no orphans, no duplicates
        t = d[table]
        assert set(t["uid"]) <= set(arts["uid"])
        key = {"actors": "actor", "attributions": "idx", "frames": "frame"}[table]
        assert not t.duplicated(["uid", key]).any()
    # and the same as a run that was never interrupted
    clean = tmp_path / "clean.sqlite"
    subprocess.run(cmd[:5] + ["--db", str(clean), "--no-progress"], env=env, check=True,
                   capture_output=True, timeout=300)
    a, b = comparable(d), comparable(load(clean))
    for k in a:
        pd.testing.assert_frame_equal(a[k], b[k])
