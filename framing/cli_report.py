"""The ``framing report`` command: an article report, or a corpus (outlet) report from a store.

Thin, like the rest of the CLI: read, call :func:`framing.render_report` or
:func:`framing.write_corpus_report`, write. Registered on the ``framing`` group in ``cli.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

__all__ = ["report_cmd"]


@click.command("report")
@click.argument("article", required=False, type=click.Path())
@click.option("--db", type=click.Path(dir_okay=False),
              help="A results store (framing run): write the corpus and outlet report instead.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
              help="Write to this file (HTML unless --format md or a .md name); the corpus "
                   "report also saves its figures as PNG and SVG in a folder beside it.")
@click.option("--format", "fmt", type=click.Choice(["html", "md"]),
              help="html: one self-contained page (default); md: Markdown.")
@click.option("--id", "record_id", help="When ARTICLE holds several articles, the one to report.")
@click.option("--actor", "actors", multiple=True,
              help="Corpus report: an actor to follow over time (repeatable; default: the most "
                   "mentioned).")
@click.option("--min-n", "min_n", type=click.IntRange(min=1),
              help="Corpus report: fewest articles an outlet needs to enter a test "
                   "(default: framing compare's, 30).")
@click.option("--lexicons", "lexicons", multiple=True, type=click.Path(exists=True),
              help="Extra lexicon folder or .tsv file that extends or overrides ours (repeatable).")
def report_cmd(article: str | None, db: str | None, output: str | None, fmt: str | None,
               record_id: str | None, actors: tuple[str, ...], min_n: int | None,
               lexicons: tuple[str, ...]) -> None:
    """Write a report: `framing report ARTICLE -o report.html` or `--db results.sqlite`.

    For ARTICLE (a .txt file whose first line is the headline, or a JSON Lines file with --id):
    the headline, actors and their portrayal, the source mix and the frames, then the text with
    the evidence highlighted and a panel that shows why each score is what it is. With --db: the
    outlet comparison (figures with intervals, tests with effect sizes and corrected p-values).
    """
    if (article is None) == (db is None):
        raise click.UsageError("give either ARTICLE or --db (not both)")
    if fmt is None:
        fmt = "md" if output and Path(output).suffix.lower() in (".md", ".markdown") else "html"
    if db is not None:
        _corpus(db, output, fmt, actors, min_n)
    else:
        assert article is not None
        _article(article, output, fmt, record_id, lexicons)


def _article(path: str, output: str | None, fmt: str, record_id: str | None,
             lexicons: tuple[str, ...]) -> None:
    from .cli import _analyzer
    from .corpus import ReadError, read_records
    from .report import render_report

    records = []
    for rec in read_records([path]):
        if isinstance(rec, ReadError):
            raise click.ClickException(str(rec))
        if record_id is None or rec.id == record_id:
            records.append(rec)
    if not records:
        raise click.ClickException(f"{path}: no article with id {record_id!r}" if record_id
                                   else f"{path}: no article found")
    if len(records) > 1:
        ids = ", ".join(str(r.id) for r in records[:5])
        raise click.ClickException(f"{path} holds {len(records)} articles ({ids}, ...); choose "
                                   "one with --id")
    rec = records[0]
    result = _analyzer(lexicons).analyze(rec.text, title=rec.title, id=rec.id, outlet=rec.outlet,
                                         date=rec.date, url=rec.url)
    _emit(render_report(result, format=fmt), output)  # type: ignore[arg-type]


def _corpus(db: str, output: str | None, fmt: str, actors: tuple[str, ...],
            min_n: int | None) -> None:
    from .corpus_report import CorpusReportError, write_corpus_report

    if not Path(db).is_file():
        raise click.ClickException(f"{db}: no such results store")
    if output is None:
        raise click.UsageError("--db needs -o/--output (the figures are saved beside it)")
    try:
        written = write_corpus_report(db, output, format=fmt,  # type: ignore[arg-type]
                                      actors=list(actors) or None, min_n=min_n)
    except CorpusReportError as e:
        raise click.ClickException(str(e)) from None
    click.echo(f"wrote {written.path} and {len(written.figures)} figures in "
               f"{written.figure_dir}", err=True)


def _emit(text: str, output: str | None) -> None:
    if output:
        p = Path(output)
        if p.parent != Path(""):
            p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
