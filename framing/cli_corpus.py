"""``framing run``, ``framing compare`` and ``framing export``: thin layers over engine, compare
and store."""

from __future__ import annotations

import codecs
import json
import math
import sys
import warnings
from pathlib import Path
from typing import Any

import click

from .corpus import FIELDS, EncodingFallbackWarning

__all__ = ["run_cmd", "compare_cmd", "export_cmd"]


def _columns(values: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for v in values:
        field, eq, column = v.partition("=")
        if not eq or not field.strip() or not column.strip():
            raise click.BadParameter(f"{v!r}: expected FIELD=COLUMN, e.g. text=isi",
                                     param_hint="--column")
        if field.strip() not in FIELDS:
            raise click.BadParameter(f"{field!r} is not one of {', '.join(FIELDS)}",
                                     param_hint="--column")
        out[field.strip()] = column.strip()
    return out


def _db_option(f):  # type: ignore[no-untyped-def]
    return click.option("--db", required=True, type=click.Path(dir_okay=False),
                        help="The SQLite results store.")(f)


@click.command("run")
@click.argument("corpus", nargs=-1, required=True, type=click.Path())
@_db_option
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes (local engine) or workers of the local Dask cluster.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local",
              show_default=True, help="Where chunks are analysed.")
@click.option("--scheduler", metavar="ADDRESS",
              help="A running Dask scheduler (tcp://host:8786); implies --engine dask.")
@click.option("--column", "columns", multiple=True, metavar="FIELD=COLUMN",
              help="Map a field (id, title, text, outlet, date, url) to a CSV/Parquet column or "
                   "JSON key (repeatable), e.g. --column text=isi.")
@click.option("--delimiter", help="CSV field separator (default: guessed from the header).")
@click.option("--fallback-encoding", "fallback", multiple=True, default=("cp1252",),
              show_default=True,
              help="Encoding to try, with a warning, when a file is not UTF-8 (repeatable); "
                   "--fallback-encoding none to refuse non-UTF-8 files.")
@click.option("--outlet", help="Outlet of the records that name none (e.g. a folder of .txt).")
@click.option("--chunk-size", type=click.IntRange(min=1), default=32, show_default=True,
              help="Articles per chunk and per transaction.")
@click.option("--no-text", is_flag=True,
              help="Do not store article texts (smaller store; no story grouping in compare).")
@click.option("--no-progress", is_flag=True, help="No progress bar.")
@click.option("--lexicons", "lexicons", multiple=True, type=click.Path(exists=True),
              help="Extra lexicon folder or .tsv file that extends or overrides ours "
                   "(repeatable).")
def run_cmd(corpus: tuple[str, ...], db: str, jobs: int, engine: str, scheduler: str | None,
            columns: tuple[str, ...], delimiter: str | None, fallback: tuple[str, ...],
            outlet: str | None, chunk_size: int, no_text: bool, no_progress: bool,
            lexicons: tuple[str, ...]) -> None:
    """Analyse a corpus into a SQLite store: incremental, resumable, parallel.

    CORPUS: .txt, .jsonl, .csv/.tsv, .parquet and .html files and folders of them. Articles
    already in the store with the same text and lexicon version are skipped, so a run that was
    stopped (even with kill -9) finishes when started again. A record that cannot be read or
    analysed is reported as `path:line: message` and stored in the errors table; the run goes
    on, and the exit status is 1.
    """
    from .engine import run
    from .lexicons import LexiconError

    fallbacks = tuple(f for f in fallback if f.lower() not in ("none", ""))
    for enc in fallbacks:
        try:
            codecs.lookup(enc)
        except LookupError:
            raise click.BadParameter(f"unknown encoding {enc!r}",
                                     param_hint="--fallback-encoding") from None
    if scheduler:
        engine = "dask"

    def on_error(msg: str) -> None:
        click.echo(f"error: {msg}", err=True)

    def on_warning(message: Any, category: Any, *args: Any, **kwargs: Any) -> None:
        if issubclass(category, EncodingFallbackWarning):
            click.echo(f"warning: {message}", err=True)
        else:
            previous(message, category, *args, **kwargs)

    previous = warnings.showwarning
    try:
        with warnings.catch_warnings():  # restores the warning filters and showwarning after
            warnings.simplefilter("always", EncodingFallbackWarning)
            warnings.showwarning = on_warning
            summary = run(list(corpus), db, jobs=jobs, engine=engine,  # type: ignore[arg-type]
                          scheduler=scheduler, lexicons=list(lexicons) or None,
                          columns=_columns(columns), delimiter=delimiter,
                          fallback_encodings=fallbacks, outlet=outlet, chunk_size=chunk_size,
                          keep_text=not no_text, progress=not no_progress, on_error=on_error)
    except LexiconError as e:
        raise click.ClickException("lexicon problems:\n" + str(e)) from None
    except (ValueError, RuntimeError, OSError) as e:
        raise click.ClickException(str(e)) from None
    click.echo(f"{summary.analysed} analysed, {summary.skipped} already in the store, "
               f"{summary.errors} errors; lexicon version {summary.lexicon_version}; "
               f"{summary.seconds:.1f} s; {db} (run {summary.run_id})", err=True)
    if summary.errors:
        sys.exit(1)


@click.command("compare")
@_db_option
@click.option("--by", default="outlet", show_default=True,
              help="Group by outlet, month, week, year, day or any column of the articles.")
@click.option("--actor", "actors", multiple=True,
              help="Compare the portrayal of this actor (repeatable; default the most covered).")
@click.option("--top-actors", type=click.IntRange(min=1), default=20, show_default=True,
              help="How many of the most covered actors to compare when none are named.")
@click.option("--min-n", type=click.IntRange(min=1), default=30, show_default=True,
              help="Minimum articles per group to enter a test or a ranking.")
@click.option("--alpha", type=click.FloatRange(0, 1, min_open=True), default=0.05,
              show_default=True, help="False discovery rate (Benjamini-Hochberg).")
@click.option("--test", "portrayal_test", type=click.Choice(["kruskal", "permutation"]),
              default="kruskal", show_default=True, help="Test of portrayal differences.")
@click.option("--stories", is_flag=True,
              help="Also group articles into stories (same event) and compare within each.")
@click.option("--window-days", type=click.IntRange(min=0), default=3, show_default=True,
              help="Story grouping: the most days between two articles of one story.")
@click.option("--similarity", type=click.FloatRange(0, 1), default=0.3, show_default=True,
              help="Story grouping: the least TF-IDF cosine similarity.")
@click.option("--seed", type=int, default=0, show_default=True, help="Random seed.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
              show_default=True,
              help="table: readable; json: one object; csv: one file per table in -o DIR.")
@click.option("-o", "--output", type=click.Path(),
              help="Output file (table, json) or folder (csv).")
def compare_cmd(db: str, by: str, actors: tuple[str, ...], top_actors: int, min_n: int,
                alpha: float, portrayal_test: str, stories: bool, window_days: int,
                similarity: float, seed: int, fmt: str, output: str | None) -> None:
    """Compare outlets (or months, or any column) with tests of difference.

    Portrayal of each actor (mean, bootstrap 95% CI, share negative, n), unnamed-source share
    (Wilson interval), frame prevalence and voice share by group; tests of difference with effect
    sizes and Benjamini-Hochberg correction. Groups with fewer than --min-n articles are shown
    but never tested or ranked.
    """
    from .compare import compare

    try:
        c = compare(db, by=by, actors=list(actors) or None, top_actors=top_actors, min_n=min_n,
                    alpha=alpha, portrayal_test=portrayal_test,  # type: ignore[arg-type]
                    stories=stories, window_days=window_days, similarity=similarity, seed=seed)
    except (ValueError, FileNotFoundError) as e:
        raise click.ClickException(str(e)) from None
    if fmt == "csv":
        out = Path(output or "comparison")
        out.mkdir(parents=True, exist_ok=True)
        for name, df in c.tables().items():
            df.to_csv(out / f"{name}.csv", index=False, encoding="utf-8")
        (out / "notes.txt").write_text("\n".join(c.notes) + "\n", encoding="utf-8")
        click.echo(f"wrote {len(c.tables())} tables and notes.txt to {out}", err=True)
        return
    text = (json.dumps(c.to_dict(), ensure_ascii=False, indent=1) if fmt == "json"
            else format_comparison(c))
    if output:
        Path(output).write_text(text + "\n", encoding="utf-8")
    else:
        click.echo(text)


def _fmt(v: Any) -> str:
    if isinstance(v, float):
        if math.isnan(v):
            return "-"
        return f"{v:.4f}" if abs(v) < 0.001 and v != 0 else f"{v:.3f}"
    return "-" if v is None or v is _NA else str(v)


try:  # pandas' missing value, if pandas is there
    from pandas import NA as _NA
except ImportError:  # pragma: no cover
    _NA = object()


def format_comparison(c: Any) -> str:
    """The comparison as readable text tables."""
    parts = [f"Comparison by {c.by} (min n {c.min_n}, false discovery rate {c.alpha})"]
    titles = {"groups": "Groups", "portrayal": "Portrayal by actor (score in [-1, 1]; 95% "
              "bootstrap CI)", "unnamed": "Unnamed-source share (95% Wilson CI)",
              "frames": "Frame prevalence (share of articles; 95% Wilson CI)",
              "voice": "Voice share of speakers (95% Wilson CI)",
              "tests": "Tests of difference (p corrected by Benjamini-Hochberg)",
              "stories": "Same story, different framing: stories",
              "story_outlets": "Within each story, by group",
              "story_actors": "Within each story, actors by group"}
    for name, df in c.tables().items():
        parts.append("")
        parts.append(f"== {titles.get(name, name)}")
        if not len(df):
            parts.append("  (none)")
            continue
        cols = [x for x in df.columns if not (name == "tests" and x == "note")]
        cells = [[str(x) for x in cols]] + [[_fmt(v) for v in row]
                                            for row in df[cols].itertuples(index=False)]
        widths = [min(max(len(r[i]) for r in cells), 40) for i in range(len(cols))]
        for r in cells:
            parts.append("  " + "  ".join(v[:40].ljust(w) for v, w in zip(r, widths,
                                                                          strict=True)).rstrip())
    if c.notes:
        parts.append("")
        parts.append("== Notes")
        parts.extend(f"  - {n}" for n in c.notes)
    return "\n".join(parts)


@click.command("export")
@_db_option
@click.option("--format", "fmt", type=click.Choice(["csv", "parquet"]), default="csv",
              show_default=True, help="File format.")
@click.option("-o", "--output", required=True, type=click.Path(file_okay=False),
              help="Folder to write the tables into.")
@click.option("--table", "tables", multiple=True,
              type=click.Choice(["articles", "actors", "attributions", "frames", "errors",
                                 "runs"]), help="Only these tables (repeatable).")
@click.option("--text", "with_text", is_flag=True, help="Include the article texts.")
@click.option("--partition-by", metavar="COLUMN",
              help="Parquet only: partition the per-article tables by this articles column "
                   "(e.g. outlet), as Hive-style folders.")
def export_cmd(db: str, fmt: str, output: str, tables: tuple[str, ...], with_text: bool,
               partition_by: str | None) -> None:
    """Export the store's tables as CSV or Parquet files (one per table)."""
    from .store import TABLES, export

    try:
        paths = export(db, output, format=fmt, tables=tables or TABLES,  # type: ignore[arg-type]
                       text=with_text, partition_by=partition_by)
    except (ValueError, FileNotFoundError, ImportError) as e:
        raise click.ClickException(str(e)) from None
    for p in paths:
        click.echo(str(p))
