"""The embedded results store: one SQLite file holding a corpus's analyses.

Tables (one row per ...):

- ``articles``: article; its metadata, counts of sources, tone, dominant frame, the lexicon and
  framing versions that produced it, and (by default) its text;
- ``actors``: actor in an article, with portrayal score, label, mentions and evidence;
- ``attributions``: quote or reported claim, with its source type and speaker;
- ``frames``: frame in an article (all five, present or not);
- ``errors``: record that could not be read or analysed, with ``path:line``;
- ``runs``: run of ``framing run``: when, with which lexicon version, engine and counts.

An article is identified by ``uid`` (its outlet and id). Its ``hash`` covers its text, metadata,
the lexicon version and the framing version: a re-run skips an article whose hash is stored and
re-analyses one whose text, metadata or lexicons changed, replacing its rows. Each article's rows
are written in one transaction together with the rest of its chunk, so a run killed at any moment
leaves every article either wholly stored or absent, and the next run completes it.

Example:
    >>> frames = load("results.sqlite")  # doctest: +SKIP
    >>> frames["actors"].groupby("name").score.mean()  # doctest: +SKIP
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from .corpus import ReadError, Record
    from .results import ArticleAnalysis

__all__ = ["Store", "ArticleRows", "article_rows", "record_uid", "record_hash", "load", "export",
           "TABLES"]

SCHEMA_VERSION = 1
TABLES = ("articles", "actors", "attributions", "frames", "errors", "runs")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
    run_id INTEGER PRIMARY KEY AUTOINCREMENT, started TEXT, finished TEXT, status TEXT,
    lexicon_version TEXT, framing_version TEXT, engine TEXT, jobs INTEGER, inputs TEXT,
    analysed INTEGER DEFAULT 0, skipped INTEGER DEFAULT 0, errors INTEGER DEFAULT 0,
    seconds REAL);
CREATE TABLE IF NOT EXISTS articles (
    uid TEXT PRIMARY KEY, hash TEXT NOT NULL, id TEXT, title TEXT, outlet TEXT, date TEXT,
    url TEXT, source TEXT, meta TEXT, encoding TEXT, lexicon_version TEXT, framing_version TEXT,
    run_id INTEGER, n_chars INTEGER, n_words INTEGER, n_sentences INTEGER, n_actors INTEGER,
    n_attributions INTEGER, named INTEGER, unnamed INTEGER, unattributed INTEGER,
    unnamed_share REAL, uncheckable_share REAL, relayed INTEGER, named_voices INTEGER,
    tone_score REAL, tone_label TEXT, tone_positive REAL, tone_negative REAL,
    dominant_frame TEXT, text TEXT);
CREATE TABLE IF NOT EXISTS actors (
    uid TEXT NOT NULL, actor INTEGER NOT NULL, name TEXT, type TEXT, category TEXT,
    gazetteer INTEGER, aliases TEXT, mentions INTEGER, score REAL, label TEXT, n_cues INTEGER,
    evidence TEXT, PRIMARY KEY (uid, actor));
CREATE TABLE IF NOT EXISTS attributions (
    uid TEXT NOT NULL, idx INTEGER NOT NULL, start INTEGER, "end" INTEGER, quote TEXT,
    direct INTEGER, cue TEXT, source TEXT, source_type TEXT, speaker TEXT, speaker_id INTEGER,
    stance TEXT, relayed INTEGER, relay TEXT, relay_type TEXT, kind TEXT, public_figure INTEGER,
    PRIMARY KEY (uid, idx));
CREATE TABLE IF NOT EXISTS frames (
    uid TEXT NOT NULL, frame TEXT NOT NULL, score REAL, present INTEGER,
    questions_answered INTEGER, questions INTEGER, PRIMARY KEY (uid, frame));
CREATE TABLE IF NOT EXISTS errors (
    source TEXT PRIMARY KEY, id TEXT, message TEXT, run_id INTEGER);
CREATE INDEX IF NOT EXISTS actors_name ON actors (name);
CREATE INDEX IF NOT EXISTS articles_outlet ON articles (outlet);
"""

_ARTICLE_COLS = ("uid", "hash", "id", "title", "outlet", "date", "url", "source", "meta",
                 "encoding", "lexicon_version", "framing_version", "run_id", "n_chars", "n_words",
                 "n_sentences", "n_actors", "n_attributions", "named", "unnamed", "unattributed",
                 "unnamed_share", "uncheckable_share", "relayed", "named_voices", "tone_score",
                 "tone_label", "tone_positive", "tone_negative", "dominant_frame", "text")
_ACTOR_COLS = ("uid", "actor", "name", "type", "category", "gazetteer", "aliases", "mentions",
               "score", "label", "n_cues", "evidence")
_ATTR_COLS = ("uid", "idx", "start", "end", "quote", "direct", "cue", "source", "source_type",
              "speaker", "speaker_id", "stance", "relayed", "relay", "relay_type", "kind",
              "public_figure")
_FRAME_COLS = ("uid", "frame", "score", "present", "questions_answered", "questions")
# articles.run_id is filled in when the rows are written (index in _ARTICLE_COLS)
_RUN_ID_AT = _ARTICLE_COLS.index("run_id")


def _insert(table: str, cols: Sequence[str]) -> str:
    names = ", ".join(f'"{c}"' for c in cols)
    return f"INSERT OR REPLACE INTO {table} ({names}) VALUES ({', '.join('?' * len(cols))})"


def record_uid(rec: Record) -> str:
    """The identity of a record in the store: ``outlet/id`` (or ``id`` when it has no outlet)."""
    rid = rec.id if rec.id is not None else rec.source
    return f"{rec.outlet}/{rid}" if rec.outlet else rid


def record_hash(rec: Record, lexicon_version: str, framing_version: str) -> str:
    """A hash of what decides an article's analysis: text, metadata and both versions."""
    payload = json.dumps([rec.text, rec.title, rec.outlet, rec.date, rec.url,
                          sorted((rec.meta or {}).items()), lexicon_version, framing_version],
                         ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:32]


@dataclass(slots=True)
class ArticleRows:
    """One analysed article flattened into table rows (small and picklable, for workers)."""

    uid: str
    source: str
    article: tuple[Any, ...]
    actors: list[tuple[Any, ...]] = field(default_factory=list)
    attributions: list[tuple[Any, ...]] = field(default_factory=list)
    frames: list[tuple[Any, ...]] = field(default_factory=list)


# json.dumps(x, ensure_ascii=False) builds a new encoder on every call (it only reuses one for
# the default arguments): about half of flattening an article into rows, two calls per actor
_json = json.JSONEncoder(ensure_ascii=False).encode


def _b(v: bool | None) -> int | None:
    return None if v is None else int(v)


def article_rows(result: ArticleAnalysis, rec: Record, *, uid: str, hash: str,
                 keep_text: bool = True) -> ArticleRows:
    """Flatten one analysis (of ``rec``) into rows of the store's tables."""
    s = result.sources
    text = rec.text
    art = (uid, hash, rec.id, rec.title, rec.outlet, rec.date, rec.url, rec.source,
           _json(dict(rec.meta)) if rec.meta else None, rec.encoding,
           result.lexicon_version, result.version, None, len(text), len(text.split()),
           len(result.sentences), len(result.actors), len(result.attributions), s.named,
           s.unnamed, s.unattributed, s.unnamed_share, s.uncheckable_share, s.relayed,
           s.named_voices, result.tone.score, result.tone.label, result.tone.positive,
           result.tone.negative, result.dominant_frame, text if keep_text else None)
    actors = [(uid, a.id, a.name, a.type, a.category, int(a.gazetteer),
               _json(list(a.aliases)), len(a.mentions),
               a.portrayal.score, a.portrayal.label, len(a.portrayal.evidence),
               _json([[c.start, c.end, c.text, round(c.weight, 4)]
                      for c in a.portrayal.evidence]))
              for a in result.actors]
    attrs = [(uid, i, a.start, a.end, a.quote, int(a.direct), a.cue, a.source, a.source_type,
              a.speaker, a.speaker_id, a.stance, int(a.relayed), a.relay, a.relay_type, a.kind,
              _b(a.public_figure))
             for i, a in enumerate(result.attributions)]
    frames = [(uid, f.frame, f.score, int(f.present), sum(q.answered for q in f.questions),
               len(f.questions)) for f in result.frames]
    return ArticleRows(uid, rec.source, art, actors, attrs, frames)


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S%z")


class Store:
    """A SQLite results store (created on first use). Use as a context manager.

    Args:
        path: the database file.

    Example:
        >>> with Store("results.sqlite") as st:  # doctest: +SKIP
        ...     st.count()
    """

    def __init__(self, path: str | Path):
        self.path = Path(path)
        # isolation_level=None: we issue BEGIN/COMMIT ourselves, one transaction per chunk
        self.conn = sqlite3.connect(str(self.path), isolation_level=None, timeout=60)
        self.conn.execute("PRAGMA journal_mode=WAL")  # readers do not block the writer
        # NORMAL in WAL mode survives a killed process (not a power cut mid-commit): enough here
        self.conn.execute("PRAGMA synchronous=NORMAL")
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version not in (0, SCHEMA_VERSION):
            raise ValueError(f"{self.path}: store schema version {version}, expected "
                             f"{SCHEMA_VERSION}; use a new --db file")
        self.conn.executescript(_SCHEMA)
        self.conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    # -- runs ----------------------------------------------------------------------------------
    def begin_run(self, *, lexicon_version: str, framing_version: str, engine: str, jobs: int,
                  inputs: Sequence[str]) -> int:
        cur = self.conn.execute(
            "INSERT INTO runs (started, status, lexicon_version, framing_version, engine, jobs, "
            "inputs) VALUES (?, 'running', ?, ?, ?, ?, ?)",
            (_now(), lexicon_version, framing_version, engine, jobs,
             json.dumps(list(inputs), ensure_ascii=False)))
        return int(cur.lastrowid or 0)

    def finish_run(self, run_id: int, *, analysed: int, skipped: int, errors: int,
                   seconds: float, status: str = "finished") -> None:
        self.conn.execute(
            "UPDATE runs SET finished=?, status=?, analysed=?, skipped=?, errors=?, seconds=? "
            "WHERE run_id=?", (_now(), status, analysed, skipped, errors, seconds, run_id))

    # -- articles ------------------------------------------------------------------------------
    def hashes(self, uids: Sequence[str]) -> dict[str, str]:
        """The stored hash of each of ``uids`` that is in the store."""
        out: dict[str, str] = {}
        for i in range(0, len(uids), 900):  # stay under SQLite's bound-parameter limit
            part = uids[i:i + 900]
            q = f"SELECT uid, hash FROM articles WHERE uid IN ({', '.join('?' * len(part))})"
            out.update(self.conn.execute(q, part).fetchall())
        return out

    def write(self, rows: Sequence[ArticleRows], run_id: int,
              errors: Sequence[tuple[str, str | None, str]] = ()) -> None:
        """Store analysed articles (replacing earlier rows of the same uid) and errors, atomically.

        ``errors`` are ``(source, id, message)``; a stored article clears the errors of its
        source.
        """
        c = self.conn
        c.execute("BEGIN IMMEDIATE")
        try:
            uids = [(r.uid,) for r in rows]
            for table in ("actors", "attributions", "frames"):
                c.executemany(f"DELETE FROM {table} WHERE uid = ?", uids)
            c.executemany(_insert("articles", _ARTICLE_COLS),
                          [r.article[:_RUN_ID_AT] + (run_id,) + r.article[_RUN_ID_AT + 1:]
                           for r in rows])
            c.executemany(_insert("actors", _ACTOR_COLS), [a for r in rows for a in r.actors])
            c.executemany(_insert("attributions", _ATTR_COLS),
                          [a for r in rows for a in r.attributions])
            c.executemany(_insert("frames", _FRAME_COLS), [f for r in rows for f in r.frames])
            c.executemany("DELETE FROM errors WHERE source = ?", [(r.source,) for r in rows])
            c.executemany("INSERT OR REPLACE INTO errors (source, id, message, run_id) "
                          "VALUES (?, ?, ?, ?)", [(*e, run_id) for e in errors])
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            raise

    def write_errors(self, errors: Sequence[tuple[str, str | None, str]], run_id: int) -> None:
        self.write((), run_id, errors)

    def count(self, table: str = "articles") -> int:
        if table not in TABLES:
            raise ValueError(f"unknown table {table!r}")
        return int(self.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])


def error_row(err: ReadError) -> tuple[str, str | None, str]:
    return (err.where, err.id, err.message)


# ---------------------------------------------------------------------------------------------
# Reading the store back.

_JSON_COLS = {"actors": ("aliases", "evidence")}
_BOOL_COLS = {"actors": ("gazetteer",), "attributions": ("direct", "relayed", "public_figure"),
              "frames": ("present",)}


def load(db: str | Path, *, tables: Iterable[str] = TABLES, text: bool = False,
         parse_json: bool = False) -> dict[str, Any]:
    """The store as a dict of pandas DataFrames, one per table.

    Args:
        db: the SQLite file written by ``framing run``.
        tables: which tables to load (default all of ``TABLES``).
        text: include the article texts (``articles.text``), which can be large.
        parse_json: turn the JSON columns (actor aliases and evidence) into lists.

    Returns:
        ``{"articles": DataFrame, "actors": ..., "attributions": ..., "frames": ..., "errors":
        ..., "runs": ...}``. ``articles`` gains one column per key of the records' ``meta`` (a
        CSV's extra columns), so results can be compared by any of them. Boolean columns are
        booleans.

    Raises:
        FileNotFoundError: when ``db`` does not exist.

    Example:
        >>> d = load("results.sqlite")  # doctest: +SKIP
        >>> d["articles"].groupby("outlet").unnamed_share.mean()  # doctest: +SKIP
    """
    import pandas as pd

    path = Path(db)
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no such store (create it with `framing run`)")
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        out: dict[str, Any] = {}
        for table in tables:
            if table not in TABLES:
                raise ValueError(f"unknown table {table!r} (tables: {', '.join(TABLES)})")
            cols = "*"
            if table == "articles" and not text:
                cols = ", ".join(f'"{c}"' for c in _ARTICLE_COLS if c != "text")
            order = {"articles": "uid", "actors": "uid, actor", "attributions": "uid, idx",
                     "frames": "uid, frame", "errors": "source", "runs": "run_id"}[table]
            df = pd.read_sql_query(f"SELECT {cols} FROM {table} ORDER BY {order}", conn)
            for c in _BOOL_COLS.get(table, ()):
                df[c] = df[c].astype("boolean")
            if parse_json:
                for c in _JSON_COLS.get(table, ()):
                    df[c] = [json.loads(v) if v is not None else None for v in df[c]]
            if table == "articles":
                df = _expand_meta(df)
            out[table] = df
        return out
    finally:
        conn.close()


def _expand_meta(df: Any) -> Any:
    metas = [json.loads(m) if isinstance(m, str) else {} for m in df["meta"]]
    keys = sorted({k for m in metas for k in m})
    for k in keys:
        col = k if k not in df.columns else f"meta_{k}"
        df[col] = [m.get(k) for m in metas]
    return df


def export(db: str | Path, out_dir: str | Path, *,
           format: Literal["csv", "parquet"] = "csv", tables: Iterable[str] = TABLES,
           text: bool = False, partition_by: str | None = None) -> list[Path]:
    """Write the store's tables as CSV files or Parquet files (or partitioned datasets).

    Args:
        db: the SQLite store.
        out_dir: the folder to write into (created if needed).
        format: ``csv`` (UTF-8, one file per table) or ``parquet``.
        tables: which tables (default all).
        text: include the article texts.
        partition_by: for Parquet, a column of ``articles`` (e.g. ``outlet``) to partition every
            per-article table by (Hive-style folders ``outlet=Kompas/``), for Dask or Spark.

    Returns:
        The paths written.
    """
    data = load(db, tables=tables, text=text)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    if partition_by and format != "parquet":
        raise ValueError("partition_by needs format='parquet'")
    for name, df in data.items():
        if format == "csv":
            p = out / f"{name}.csv"
            df.to_csv(p, index=False, encoding="utf-8")
        elif format == "parquet":
            p = out / (name if partition_by and name not in ("runs", "errors") else
                       f"{name}.parquet")
            if partition_by and name not in ("runs", "errors"):
                key = _partition_key(db, partition_by, data)
                frame = df if partition_by in df.columns else df.merge(key, on="uid", how="left")
                frame = frame.assign(**{partition_by: frame[partition_by].fillna("unknown")})
                frame.to_parquet(p, index=False, partition_cols=[partition_by])
            else:
                df.to_parquet(p, index=False)
        else:
            raise ValueError(f"unknown format {format!r} (csv or parquet)")
        written.append(p)
    return written


def _partition_key(db: str | Path, column: str, data: dict[str, Any]) -> Any:
    arts = data.get("articles")
    if arts is None:
        arts = load(db, tables=["articles"])["articles"]
    if column not in arts.columns:
        raise ValueError(f"no column {column!r} in articles to partition by")
    return arts[["uid", column]]
