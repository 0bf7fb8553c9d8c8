"""Batch analysis of a corpus into the store, on one process, local processes or Dask.

:func:`run` reads records, skips those whose analysis is already stored (same text, metadata and
lexicon version), analyses the rest in chunks and writes each chunk in one transaction. The
engines differ only in where chunks are analysed:

- ``local`` with ``jobs=1``: in this process;
- ``local`` with ``jobs=N``: N worker processes (``concurrent.futures``, spawn start method);
- ``dask``: the workers of a Dask cluster, a local one (``jobs`` workers) by default or the one
  at ``scheduler`` (``tcp://host:8786``).

Chunks are submitted in input order with a bounded number in flight and their results are
consumed in the same order, so memory stays flat however large the corpus, and every engine
writes identical rows.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from .corpus import ReadError, Record, read_records
from .store import ArticleRows, Store, article_rows, error_row, record_hash, record_uid

if TYPE_CHECKING:
    from .lexicons import LexiconSet

__all__ = ["run", "RunSummary", "analyze_chunk", "Engine"]

Engine = Literal["local", "dask"]
Failure = tuple[str, str | None, str]  # (source, id, message)
Item = tuple[Record, str, str]  # (record, uid, hash)

# Articles per chunk: big enough that inter-process overhead (pickling a chunk, one SQLite
# transaction) is small next to analysing it (~20 ms an article), small enough that a killed run
# loses little work and a progress bar moves.
DEFAULT_CHUNK = 32
# Chunks per Dask task (see _dask_mapper)
DASK_GROUP = 3


@dataclass(frozen=True, slots=True)
class RunSummary:
    """What a run did."""

    run_id: int
    analysed: int
    skipped: int
    errors: int
    seconds: float
    lexicon_version: str
    engine: str
    jobs: int
    db: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# ---------------------------------------------------------------------------------------------
# The work done on a worker: analyse a chunk, return rows (or a failure per record).

_WORKER_LEXICONS: LexiconSet | None = None


def _init_worker(lexicons: LexiconSet) -> None:
    global _WORKER_LEXICONS
    _WORKER_LEXICONS = lexicons


def analyze_chunk(items: Sequence[Item], lexicons: LexiconSet | None = None, *,
                  keep_text: bool = True) -> list[ArticleRows | Failure]:
    """Analyse ``(record, uid, hash)`` items; a record that fails becomes a failure tuple."""
    from .analyzer import Analyzer

    lex = lexicons if lexicons is not None else _WORKER_LEXICONS
    an = Analyzer(lex)
    out: list[ArticleRows | Failure] = []
    for rec, uid, h in items:
        try:
            res = an.analyze(rec.text, title=rec.title, id=rec.id, outlet=rec.outlet,
                             date=rec.date, url=rec.url)
            out.append(article_rows(res, rec, uid=uid, hash=h, keep_text=keep_text))
        except Exception as e:  # one bad record must not stop a batch
            out.append((rec.source, rec.id, f"analysis failed: {type(e).__name__}: {e}"))
    return out


def _chunk_for_pool(items: Sequence[Item], keep_text: bool) -> list[ArticleRows | Failure]:
    return analyze_chunk(items, None, keep_text=keep_text)


def _chunks_for_dask(chunks: Sequence[Sequence[Item]], lexicons: LexiconSet
                     ) -> list[list[ArticleRows | Failure]]:
    return [analyze_chunk(c, lexicons, keep_text=False) for c in chunks]


# ---------------------------------------------------------------------------------------------
# Engines: map chunks to results, in order, with a bounded window.

Results = list[ArticleRows | Failure]
Mapper = Callable[[Iterable[list[Item]]], Iterator[tuple[list[Item], Results]]]


W = TypeVar("W")  # work submitted: a chunk, or a group of chunks
R = TypeVar("R")  # its result


def _ordered(submit: Callable[[W], Any], result: Callable[[Any], R], chunks: Iterable[W],
             window: int) -> Iterator[tuple[W, R]]:
    """``(work, result)`` in submission order, with at most ``window`` pieces in flight."""
    pending: deque[tuple[W, Any]] = deque()
    for chunk in chunks:
        pending.append((chunk, submit(chunk)))
        if len(pending) >= window:
            c, fut = pending.popleft()
            yield c, result(fut)
    while pending:
        c, fut = pending.popleft()
        yield c, result(fut)


def _local_mapper(lexicons: LexiconSet, jobs: int, keep_text: bool
                  ) -> tuple[Mapper, Callable[[], None]]:
    if jobs <= 1:
        def serial(chunks: Iterable[list[Item]]) -> Iterator[tuple[list[Item], Results]]:
            for chunk in chunks:
                yield chunk, analyze_chunk(chunk, lexicons, keep_text=keep_text)
        return serial, lambda: None
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # spawn: workers start clean (no inherited SQLite handle or progress-bar thread) on every OS
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_init_worker, initargs=(lexicons,))

    # texts are not sent back: this process still holds them (see _with_text)
    def mapper(chunks: Iterable[list[Item]]) -> Iterator[tuple[list[Item], Results]]:
        yield from _ordered(lambda c: pool.submit(_chunk_for_pool, c, False),
                            lambda f: f.result(), chunks, window=2 * jobs + 1)

    return mapper, lambda: pool.shutdown(wait=True, cancel_futures=True)


def _dask_mapper(lexicons: LexiconSet, jobs: int, scheduler: str | None, keep_text: bool
                 ) -> tuple[Mapper, Callable[[], None], int]:
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise RuntimeError("the dask engine needs dask.distributed: "
                           "pip install 'framing[dask]'") from None
    import logging

    cluster = None
    if scheduler:
        client = Client(scheduler, timeout="30s")
    else:
        # one single-threaded worker process per job: the analysis is pure Python (GIL-bound)
        import dask

        # the workers' statistical profiler samples every task's stack 100 times a second: about
        # a tenth of a pure-Python analysis; a local cluster has no dashboard to show it anyway.
        # The nannies (which live in this process, beside the scheduler) poll their worker's
        # memory every 100 ms, and every server samples the machine's load twice a second and
        # times its event loop 50 times a second: on a small machine that is CPU taken from the
        # workers and from this process's writing of the store, so they are made rarer
        with dask.config.set({"distributed.worker.profile.enabled": False,
                              "distributed.worker.memory.monitor-interval": "1s",
                              "distributed.admin.system-monitor.interval": "5s",
                              "distributed.admin.tick.interval": "1s"}):
            cluster = LocalCluster(n_workers=max(jobs, 1), threads_per_worker=1, processes=True,
                                   dashboard_address=None, silence_logs=logging.ERROR)
        client = Client(cluster)
    workers = max(len(client.scheduler_info().get("workers", {})), 1)
    # the lexicon set travels once to each worker, not with every chunk; user lexicon folders
    # need not exist on the workers
    lex_future = client.scatter(lexicons, broadcast=True, hash=False)

    # A Dask task costs a few milliseconds of messages between client, scheduler and worker, and
    # Dask advises tasks of 100 ms or more: each task takes DASK_GROUP chunks (about 0.4 s of
    # analysis), and their results are still written chunk by chunk
    def mapper(chunks: Iterable[list[Item]]) -> Iterator[tuple[list[Item], Results]]:
        for group, results in _ordered(
                lambda g: client.submit(_chunks_for_dask, g, lex_future, pure=False),
                lambda f: f.result(), _batches(chunks, DASK_GROUP), window=2 * workers + 1):
            yield from zip(group, results, strict=True)

    def close() -> None:
        client.close()
        if cluster is not None:
            cluster.close()

    return mapper, close, workers


# ---------------------------------------------------------------------------------------------
# The run.


def run(paths: Iterable[str | Path | Record | ReadError], db: str | Path, *,
        jobs: int = 1, engine: Engine = "local", scheduler: str | None = None,
        lexicons: LexiconSet | Iterable[str | Path] | None = None,
        columns: Mapping[str, str] | None = None, delimiter: str | None = None,
        fallback_encodings: Sequence[str] = (), outlet: str | None = None,
        chunk_size: int = DEFAULT_CHUNK, keep_text: bool = True, progress: bool = False,
        on_error: Callable[[str], None] | None = None) -> RunSummary:
    """Analyse a corpus into the SQLite store ``db``: incremental, resumable, parallel.

    Args:
        paths: files and folders (see :func:`framing.corpus.read_records`), or records.
        db: the store (created if needed).
        jobs: worker processes (local) or workers of the local Dask cluster.
        engine: ``local`` or ``dask``; ``dask`` with ``scheduler`` uses that cluster.
        lexicons: extra lexicon folders or a loaded :class:`LexiconSet`.
        columns, delimiter, fallback_encodings: reader options (CSV/Parquet column mapping...).
        outlet: the outlet of records that name none (e.g. a folder of one outlet's ``.txt``).
        chunk_size: articles per chunk (one transaction each).
        keep_text: store the article texts (needed for "same story" grouping in compare).
        progress: show a progress bar on standard error.
        on_error: called with ``path:line: message`` for each record that failed.

    Returns:
        A :class:`RunSummary`.

    Example:
        >>> run(["corpus/"], "results.sqlite", jobs=2)  # doctest: +SKIP
        RunSummary(run_id=1, analysed=1200, skipped=0, errors=3, ...)
    """
    from . import __version__
    from .analyzer import Analyzer
    from .lexicons import LexiconSet

    if chunk_size < 1:
        raise ValueError("chunk_size must be at least 1")
    if engine not in ("local", "dask"):
        raise ValueError(f"unknown engine {engine!r} (local or dask)")
    lex = lexicons if isinstance(lexicons, LexiconSet) else Analyzer(
        list(lexicons) if lexicons else None).lexicons
    t0 = time.perf_counter()
    if not isinstance(paths, Iterator):
        paths = list(paths)
        inputs = [str(p) for p in paths if isinstance(p, (str, Path))] or ["<records>"]
    else:  # a stream of records: read once, while running
        inputs = ["<records>"]
    records = _records(paths, columns=columns, delimiter=delimiter,
                       fallback_encodings=fallback_encodings, outlet=outlet)
    counts = {"analysed": 0, "skipped": 0, "errors": 0}
    bar = _progress(progress)

    def report(source: str, message: str) -> None:
        counts["errors"] += 1
        if on_error is not None:
            on_error(f"{source}: {message}")

    with Store(db) as store:
        run_id = store.begin_run(lexicon_version=lex.version, framing_version=__version__,
                                 engine=engine if engine == "local" else
                                 f"dask:{scheduler or 'local'}", jobs=jobs, inputs=inputs)
        workers = jobs
        if engine == "dask":
            mapper, close, workers = _dask_mapper(lex, jobs, scheduler, keep_text)
        else:
            mapper, close = _local_mapper(lex, jobs, keep_text)
        status = "interrupted"
        try:
            seen: dict[str, str] = {}

            def chunks() -> Iterator[list[Item]]:
                for batch in _batches(records, chunk_size):
                    todo: list[Item] = []
                    errs: list[Failure] = []
                    for rec in batch:
                        if isinstance(rec, ReadError):
                            errs.append(error_row(rec))
                            report(rec.where, rec.message)
                            continue
                        uid = record_uid(rec)
                        first = seen.setdefault(uid, rec.source)
                        if first != rec.source:
                            msg = (f"duplicate id {uid!r} (first at {first}); give each article "
                                   "of an outlet its own id")
                            errs.append((rec.source, rec.id, msg))
                            report(rec.source, msg)
                            continue
                        todo.append((rec, uid, record_hash(rec, lex.version, __version__)))
                    stored = store.hashes([u for _, u, _ in todo])
                    fresh = [it for it in todo if stored.get(it[1]) != it[2]]
                    counts["skipped"] += len(todo) - len(fresh)
                    if errs:
                        store.write_errors(errs, run_id)
                    if bar is not None:
                        bar.update(len(batch) - len(fresh))
                    if fresh:
                        yield fresh

            for chunk, results in mapper(chunks()):
                rows = [_with_text(r, chunk) if keep_text else r
                        for r in results if isinstance(r, ArticleRows)]
                fails = [r for r in results if not isinstance(r, ArticleRows)]
                for source, _, message in fails:
                    report(source, message)
                store.write(rows, run_id, fails)
                counts["analysed"] += len(rows)
                if bar is not None:
                    bar.update(len(results))
            status = "finished"
        finally:
            close()
            if bar is not None:
                bar.close()
            seconds = time.perf_counter() - t0
            store.finish_run(run_id, seconds=round(seconds, 3), status=status, **counts)
    return RunSummary(run_id, counts["analysed"], counts["skipped"], counts["errors"],
                      round(seconds, 3), lex.version, engine, workers, str(db))


def _with_text(rows: ArticleRows, chunk: list[Item]) -> ArticleRows:
    """Put the article text back into rows a worker returned without it."""
    if rows.article[-1] is None:  # the text is the last column of articles
        text = next(rec.text for rec, uid, _ in chunk if uid == rows.uid)
        rows.article = (*rows.article[:-1], text)
    return rows


def _records(paths: Iterable[Any], *, columns: Mapping[str, str] | None, delimiter: str | None,
             fallback_encodings: Sequence[str], outlet: str | None
             ) -> Iterator[Record | ReadError]:
    """Records from paths (read as they come) or from records given directly."""
    from dataclasses import replace

    for item in paths:
        if isinstance(item, (str, Path)):
            got: Iterable[Record | ReadError] = read_records(
                [item], columns=columns, delimiter=delimiter,
                fallback_encodings=fallback_encodings)
        elif isinstance(item, (Record, ReadError)):
            got = (item,)
        else:
            raise TypeError(f"run() takes paths or Records, not {type(item).__name__}")
        for rec in got:
            if outlet and isinstance(rec, Record) and not rec.outlet:
                rec = replace(rec, outlet=outlet)
            yield rec


def _batches(items: Iterable[Any], n: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for x in items:
        batch.append(x)
        if len(batch) >= n:
            yield batch
            batch = []
    if batch:
        yield batch


def _progress(enabled: bool) -> Any:
    if not enabled:
        return None
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    return tqdm(unit=" articles", desc="framing run", dynamic_ncols=True, smoothing=0.1)
