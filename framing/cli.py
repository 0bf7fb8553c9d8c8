"""The ``framing`` command: a thin layer over the library (parse, call, format)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, TextIO

import click

from . import __version__, compiled
from .analyzer import Analyzer
from .corpus import ReadError, read_records
from .lexicons import LexiconError
from .results import ArticleAnalysis

__all__ = ["main", "cli"]


def lexicon_option(f):  # type: ignore[no-untyped-def]
    """Shared flag: extra lexicon folders or files (repeatable)."""
    return click.option(
        "--lexicons", "lexicons", multiple=True, type=click.Path(exists=True),
        help="Extra lexicon folder or .tsv file that extends or overrides ours (repeatable).")(f)


def _analyzer(lexicons: tuple[str, ...]) -> Analyzer:
    try:
        return Analyzer(list(lexicons) or None)
    except LexiconError as e:
        raise click.ClickException("lexicon problems:\n" + str(e)) from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="framing", message=(
    "%(prog)s %(version)s (" + ("analysis compiled with mypyc" if compiled else "pure Python")
    + f", Python {sys.version.split()[0]})"))
def cli() -> None:
    """Measure bias and framing in Indonesian news: actors, portrayal, sources and frames."""


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["json", "table"]), default="table",
              show_default=True, help="json: one object per article per line; table: a summary.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
              help="Write to this file instead of standard output.")
@click.option("--include-text", is_flag=True, help="Add the article text to the JSON output.")
@lexicon_option
def analyze(paths: tuple[str, ...], fmt: str, output: str | None, include_text: bool,
            lexicons: tuple[str, ...]) -> None:
    """Analyse articles: .txt files (first line = headline), folders, and JSON Lines.

    JSON Lines records have the fields id, title, text, outlet, date, url (only text is
    required). A record that cannot be read is reported as `path:line: message` on standard
    error (and as an error row in JSON output); the others are still analysed, and the exit
    status is 1.
    """
    an = _analyzer(lexicons)
    failures = 0
    out: TextIO = open(output, "w", encoding="utf-8") if output else sys.stdout  # noqa: SIM115
    try:
        for rec in read_records(paths):
            if isinstance(rec, ReadError):
                failures += 1
                click.echo(f"error: {rec}", err=True)
                if fmt == "json":
                    out.write(json.dumps(rec.to_dict(), ensure_ascii=False) + "\n")
                continue
            try:
                result = an.analyze(rec.text, title=rec.title, id=rec.id, outlet=rec.outlet,
                                    date=rec.date, url=rec.url)
            except Exception as e:  # one bad record must not stop a batch
                failures += 1
                click.echo(f"error: {rec.source}: analysis failed: {e}", err=True)
                if fmt == "json":
                    out.write(json.dumps({"id": rec.id, "error": f"analysis failed: {e}",
                                          "source": rec.source}, ensure_ascii=False) + "\n")
                continue
            if fmt == "json":
                out.write(json.dumps(result.to_dict(include_text=include_text),
                                     ensure_ascii=False) + "\n")
            else:
                out.write(format_table(result) + "\n")
    finally:
        if output:
            out.close()
    if failures:
        sys.exit(1)


def format_table(r: ArticleAnalysis) -> str:
    """A plain-text summary of one analysis, for reading in a terminal."""
    lines = []
    head = r.title or r.id or "(untitled)"
    lines.append(f"== {head}")
    meta = ", ".join(f"{k}: {v}" for k, v in (("id", r.id), ("outlet", r.outlet),
                                               ("date", r.date)) if v)
    if meta:
        lines.append(meta)
    lines.append(f"tone: {r.tone.label} ({r.tone.score:+.2f})   lexicon version: "
                 f"{r.lexicon_version}")
    lines.append("")
    lines.append("Actors (portrayal score in [-1, 1])")
    actors = sorted(r.actors, key=lambda a: -len(a.mentions))
    if not actors:
        lines.append("  (none found)")
    for a in actors:
        cues = ", ".join(f"{c.text} {c.weight:+.1f}" for c in a.portrayal.evidence[:5])
        alias = f" [also: {', '.join(a.aliases[:4])}]" if a.aliases else ""
        lines.append(f"  {a.name:<28} {a.type:<12} {len(a.mentions):>3} mentions  "
                     f"{a.portrayal.label:<8} {a.portrayal.score:+.2f}{alias}")
        if cues:
            lines.append(f"      because: {cues}")
    s = r.sources
    lines.append("")
    lines.append(f"Sources: {s.named} named, {s.unnamed} unnamed, {s.unattributed} unattributed"
                 f"  (unnamed share {s.unnamed_share:.0%}; {s.relayed} relayed; "
                 f"{s.named_voices} named voices)")
    for att in r.attributions:
        who = att.speaker or att.source or "-"
        flag = {"unnamed": "UNNAMED", "unattributed": "UNATTRIBUTED"}.get(att.source_type,
                                                                        "named")
        relay = f" via {att.relay}" if att.relayed else ""
        q = att.quote if len(att.quote) <= 70 else att.quote[:67] + "..."
        mark = '"' if att.direct else ""
        lines.append(f"  [{flag}] {who}{relay} ({att.cue or 'no cue'}): {mark}{q}{mark}")
    lines.append("")
    lines.append("Frames (Semetko & Valkenburg 2000)")
    for f in r.frames:
        answered = [q for q in f.questions if q.answered]
        frame_cues = sorted({c for q in answered for c in q.cues})[:6]
        lines.append(f"  {f.frame:<15} {'PRESENT' if f.present else 'absent':<8} "
                     f"score {f.score:.2f}  {len(answered)}/{len(f.questions)} questions"
                     + (f"  cues: {', '.join(frame_cues)}" if frame_cues else ""))
    return "\n".join(lines)


@cli.group()
def lexicons() -> None:
    """Inspect and validate lexicons."""


@lexicons.command("check")
@click.argument("folders", nargs=-1, type=click.Path(exists=True))
def lexicons_check(folders: tuple[str, ...]) -> None:
    """Validate our lexicons plus FOLDERS; print every problem as path:line: message."""
    an = _analyzer(folders)
    counts = an.lexicons.counts()
    for name, n in counts.items():
        click.echo(f"{name:<18} {n:>6}")
    click.echo(f"version {an.lexicon_version}: {sum(counts.values())} entries, all valid")


@cli.group()
def evaluate() -> None:
    """Measure the analyser against gold data."""


def _print_prf(name: str, m: dict) -> None:  # type: ignore[type-arg]
    click.echo(f"{name:<22} precision {m['precision']:.3f}  recall {m['recall']:.3f}  "
               f"F1 {m['f1']:.3f}  (tp {m['tp']}, fp {m['fp']}, fn {m['fn']})")


@evaluate.command("attribution")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--limit", type=int, help="Only the first N articles.")
@click.option("--scope", type=click.Choice(["pfsa", "all"]), default="pfsa", show_default=True,
              help="pfsa: count only attributions with a postposed cue (kata, ujar, ...), the only "
                   "cues PFSA-ID labels; all: count every attribution.")
@lexicon_option
def evaluate_attribution_cmd(gold: str, limit: int | None, scope: str,
                             lexicons: tuple[str, ...]) -> None:
    """Attribution on a PFSA-ID file (token/BILOU format): attributed sentences, speakers."""
    from .evaluate import evaluate_attribution

    res = evaluate_attribution(gold, _analyzer(lexicons), limit=limit, scope=scope)
    click.echo(f"scope: {scope}")
    _print_prf("attributed sentences", res["attributed_sentences"])
    sm = res["speaker_match"]
    click.echo(f"{'speaker match':<22} accuracy {sm['accuracy']:.3f}  "
               f"({sm['matched']} of {sm['total']} gold attributed sentences with a speaker)")


@evaluate.command("actors")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--limit", type=int, help="Only the first N articles.")
@lexicon_option
def evaluate_actors_cmd(gold: str, limit: int | None, lexicons: tuple[str, ...]) -> None:
    """Actor recall on a PFSA-ID file: the share of gold PERSON speakers found as actors."""
    from .evaluate import actor_recall

    res = actor_recall(gold, _analyzer(lexicons), limit=limit)
    click.echo(f"actor recall {res['recall']:.3f} ({res['found']} of {res['total']} gold "
               f"PERSON names found as person actors)")
    if res["missed_examples"]:
        click.echo("missed, e.g.: " + "; ".join(res["missed_examples"]))


@evaluate.command("sources")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--split", help="Only items of this split (dev, test, heldout2, ...).")
@click.option("--errors", "show_errors", is_flag=True, help="List the misclassified items.")
@lexicon_option
def evaluate_sources_cmd(gold: str, split: str | None, show_errors: bool,
                         lexicons: tuple[str, ...]) -> None:
    """Source types on a JSON Lines gold of labelled sentences: per-type P/R/F1."""
    from .evaluate import evaluate_sources

    try:
        res = evaluate_sources(gold, _analyzer(lexicons), split=split)
    except ValueError as e:
        raise click.ClickException(str(e)) from None
    click.echo(f"{res['n']} items{f' (split {split})' if split else ''}; "
               f"accuracy {res['accuracy']:.3f}; named-vs-unnamed accuracy "
               f"{res['named_vs_unnamed_accuracy']:.3f}")
    for lab, m in res["per_type"].items():
        _print_prf(lab, m)
    if show_errors:
        for err in res["errors"]:
            click.echo(f"  {err['id']}: gold {err['gold']}, predicted {err['pred']}: "
                       f"{err['text']}")


def _print_report(res: dict) -> None:  # type: ignore[type-arg]
    click.echo(f"{res['n']} items; accuracy {res['accuracy']:.3f}; macro-F1 {res['macro_f1']:.3f}")
    for lab, m in res["per_class"].items():
        _print_prf(lab, m)
    labels = res["labels"]
    click.echo("confusion (rows gold, columns predicted): "
               + " ".join(f"{x[:3]:>5}" for x in labels))
    for lab, row in zip(labels, res["confusion"], strict=True):
        click.echo(f"  {lab:<12}" + " ".join(f"{v:>5}" for v in row))


@evaluate.command("sentiment")
@click.argument("data", type=click.Path(exists=True, dir_okay=False))
@lexicon_option
def evaluate_sentiment_cmd(data: str, lexicons: tuple[str, ...]) -> None:
    """Sentence sentiment on a CSV or TSV of text and label (positive/neutral/negative)."""
    from .evaluate import evaluate_sentiment

    try:
        res = evaluate_sentiment(data, _analyzer(lexicons))
    except ValueError as e:
        raise click.ClickException(str(e)) from None
    _print_report(res)


from .cli_report import report_cmd  # noqa: E402

cli.add_command(report_cmd, "report")


_DEFAULT_CORPUS = "../shared/data/pfsa-id/dev-20.txt"


def corpus_option(f):  # type: ignore[no-untyped-def]
    """Shared flag of the gold evaluations: the PFSA-ID file their sentence ranges refer to."""
    return click.option(
        "--corpus", type=click.Path(exists=True, dir_okay=False),
        help=f"PFSA-ID file the gold's sentence ranges refer to [default: {_DEFAULT_CORPUS}]")(f)


@evaluate.command("portrayal")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@corpus_option
@click.option("--split", type=click.Choice(["dev", "test"]), help="Only articles of this split.")
@click.option("--details", is_flag=True, help="List every actor with gold and predicted labels.")
@lexicon_option
def evaluate_portrayal_cmd(gold: str, corpus: str | None, split: str | None, details: bool,
                           lexicons: tuple[str, ...]) -> None:
    """Actor portrayal against a JSON Lines gold of articles and their main actors' labels."""
    from .evaluate import evaluate_portrayal

    try:
        res = evaluate_portrayal(gold, _analyzer(lexicons), corpus=_corpus(corpus), split=split)
    except ValueError as e:
        raise click.ClickException(str(e)) from None
    _print_report(res)
    click.echo(f"actors found: {res['coverage']:.0%} of gold actors (unfound count as neutral)")
    if details:
        for d in res["details"]:
            mark = " " if d["gold"] == d["pred"] else "x"
            click.echo(f" {mark} article {d['article']}: {d['actor']} gold {d['gold']}, "
                       f"predicted {d['pred']} ({d['matched']}, {d['score']})")


def _listed_command(name: str, what: str, scorer: str, doc: str) -> None:
    """``framing evaluate persons`` and ``bodies``: one command each, the same flags."""

    @evaluate.command(name, help=doc)
    @click.argument("gold", type=click.Path(exists=True, dir_okay=False))
    @corpus_option
    @click.option("--details", is_flag=True, help=f"List every wrong and missed {what}.")
    @lexicon_option
    def cmd(gold: str, corpus: str | None, details: bool, lexicons: tuple[str, ...]) -> None:
        from . import evaluate as ev

        _print_listed(what, getattr(ev, scorer), gold, corpus, details, lexicons)


_listed_command("persons", "person", "evaluate_persons",
                "Person discovery against a JSON Lines gold of every person each article names.")
_listed_command("bodies", "body", "evaluate_bodies",
                "Organisations, government bodies and countries against a JSON Lines gold of every "
                "body each article names.")


def _print_listed(what: str, scorer: Any, gold: str, corpus: str | None, details: bool,
                  lexicons: tuple[str, ...]) -> None:
    try:
        res = scorer(gold, _analyzer(lexicons), corpus=_corpus(corpus))
    except ValueError as e:
        raise click.ClickException(str(e)) from None  # names the file and line
    except KeyError as e:
        raise click.ClickException(f"{gold}: a record lacks the key {e}") from None
    c = res["counts"]
    plural = "bodies" if what == "body" else f"{what}s"
    click.echo(f"{res['articles']} articles, {res['gold']} gold {plural}, "
               f"{res['reported']} {what} actors reported")
    click.echo(f"precision {res['precision']:.3f}  recall {res['recall']:.3f}  "
               f"(lenient, boundary errors forgiven: {res['precision_lenient']:.3f} / "
               f"{res['recall_lenient']:.3f})")
    click.echo(f"reported: {c['correct']} correct, {c['duplicate']} duplicate, "
               f"{c['boundary']} wrong boundary, {c['spurious']} not a named {what}")
    if what == "body":
        click.echo(f"type right for {res['type_accuracy']:.1%} of the correct ones")
    if details:
        for d in res["details"]:
            if d["verdict"] != "correct":
                click.echo(f"  article {d['article']}: {d['verdict']:<15} {d['actor']} "
                           f"({d['type']})")


@evaluate.command("frames")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@corpus_option
@click.option("--split", type=click.Choice(["dev", "test"]), help="Only articles of this split.")
@lexicon_option
def evaluate_frames_cmd(gold: str, corpus: str | None, split: str | None,
                        lexicons: tuple[str, ...]) -> None:
    """Frame presence against a JSON Lines gold: per-frame P/R/F1 and micro-F1."""
    from .evaluate import evaluate_frames

    try:
        res = evaluate_frames(gold, _analyzer(lexicons), corpus=_corpus(corpus), split=split)
    except ValueError as e:
        raise click.ClickException(str(e)) from None
    click.echo(f"{res['n']} articles; micro-F1 {res['micro']['f1']:.3f}; "
               f"macro-F1 {res['macro_f1']:.3f}")
    _print_prf("micro (all frames)", res["micro"])
    for f, m in res["per_frame"].items():
        _print_prf(f, m)


@evaluate.command("stories")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@corpus_option
@click.option("--similarity", type=float, multiple=True,
              help="Cosine similarity that links two articles (repeat to compare) [default: 0.3]")
def evaluate_stories_cmd(gold: str, corpus: str | None, similarity: tuple[float, ...]) -> None:
    """Same-story grouping against a gold grouping: pairwise P/R/F1 and adjusted Rand index."""
    from .evaluate import evaluate_stories

    for sim in similarity or (0.3,):
        try:
            res = evaluate_stories(gold, corpus=_corpus(corpus), similarity=sim)
        except ValueError as e:
            raise click.ClickException(str(e)) from None
        click.echo(f"similarity {sim:g}: {res['n']} articles; gold stories "
                   f"{res['gold_stories']} ({res['gold_pairs']} pairs), predicted "
                   f"{res['predicted_stories']} ({res['predicted_pairs']} pairs); pairwise "
                   f"P {res['precision']:.3f} R {res['recall']:.3f} F1 {res['f1']:.3f}; "
                   f"ARI {res['ari']:.3f}")


def _corpus(corpus: str | None) -> str | None:
    if corpus:
        return corpus
    return _DEFAULT_CORPUS if Path(_DEFAULT_CORPUS).is_file() else None


from .cli_corpus import compare_cmd, export_cmd, run_cmd  # noqa: E402

cli.add_command(run_cmd)
cli.add_command(compare_cmd)
cli.add_command(export_cmd)


def main() -> None:
    """Entry point of the ``framing`` command."""
    cli(prog_name="framing")


if __name__ == "__main__":  # pragma: no cover
    main()
