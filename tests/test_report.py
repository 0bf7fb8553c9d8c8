"""Article reports: HTML and Markdown, escaping, highlights built from offsets, the CLI."""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

import framing
from framing.cli import cli
from framing.report import MAX_TEXT_CHARS, Badge, Mark, markdown_escape, segments

from .conftest import ROOT, SEED

EVIL = "<script>alert('x')</script>"


class _TextOf(HTMLParser):
    """The text inside ``#article-text``, without the inserted flags (badges) and headline."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.skip = 0
        self.parts: list[str] = []
        self.classes: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        cls = (a.get("class") or "").split()
        if self.depth:
            self.depth += 1
            if self.skip or "badge" in cls or "text-title" in cls:
                self.skip += 1
            self.classes.extend(cls)
        elif a.get("id") == "article-text":
            self.depth = 1

    def handle_endtag(self, tag: str) -> None:
        if self.depth:
            self.depth -= 1
            if self.skip:
                self.skip -= 1

    def handle_data(self, data: str) -> None:
        if self.depth and not self.skip:
            self.parts.append(data)


def article_text_of(html: str) -> tuple[str, list[str]]:
    p = _TextOf()
    p.feed(html)
    return "".join(p.parts), p.classes


@pytest.fixture(scope="module")
def seed_html(seed) -> str:  # type: ignore[no-untyped-def]
    return framing.render_report(seed)


def test_seed_report_shows_summary_and_evidence(seed, seed_html: str) -> None:  # type: ignore[no-untyped-def]
    headline = "Putin dan Kim Jong Un Bertemu di Parade Militer China"
    assert f'<h1 id="headline">{headline}</h1>' in seed_html
    for a in seed.actors:
        assert a.name in seed_html
    assert "UNNAMED SOURCE" in seed_html
    assert seed.lexicon_version in seed_html and framing.__version__ in seed_html
    assert 'id="methods"' in seed_html


def test_highlighted_text_is_the_article_text(seed, seed_html: str) -> None:  # type: ignore[no-untyped-def]
    text, classes = article_text_of(seed_html)
    assert text == seed.text
    # actors coloured by portrayal, cues, attributions by source type, frame cues
    for cls in ("m", "c", "q", "q-unnamed", "src", "v", "f"):
        assert cls in classes, cls
    labels = {a.portrayal.label for a in seed.actors if a.mentions}
    for lab, cls in (("positive", "m-pos"), ("negative", "m-neg"), ("neutral", "m-neu")):
        assert (cls in classes) == (lab in labels)


def test_every_unchecked_source_is_flagged(seed, seed_html: str) -> None:  # type: ignore[no-untyped-def]
    body = seed_html.split('id="article-text"', 1)[1].split("</div>", 1)[0]
    n_unnamed = sum(q.source_type == "unnamed" for q in seed.attributions)
    assert body.count('class="badge b-unnamed"') == n_unnamed > 0
    for i in range(len(seed.attributions)):
        assert f'id="card-q{i}"' in seed_html
        assert f'data-cards="q{i}"' in body


def test_every_highlight_opens_a_card(seed_html: str) -> None:
    cards = set(re.findall(r'id="card-([^"]+)"', seed_html))
    used = {c for attr in re.findall(r'data-cards="([^"]*)"', seed_html) for c in attr.split()}
    assert used and used <= cards


def test_script_and_markup_in_text_and_metadata_are_escaped() -> None:
    r = framing.analyze(f"Menurut sumber terpercaya, {EVIL} Budi Santoso mengatakan harga naik. "
                        "<img src=x onerror=alert(1)> & \"kutip\"", title=f"Judul {EVIL}",
                        outlet="<b>Outlet</b>", date="2024-01-01\"><script>",
                        url="javascript:alert(1)", id="<i>id</i>")
    page = framing.render_report(r)
    assert page.count("<script") == 1  # ours, at the end
    assert "<img" not in page and "<b>Outlet" not in page and "<i>id" not in page
    assert "&lt;script&gt;alert(" in page
    assert 'href="javascript' not in page
    text, _ = article_text_of(page)
    assert text == r.text  # escaped on the way in, the same text on the way out
    md = framing.render_report(r, format="md")
    assert "<script" not in md and "<img" not in md and "<b>" not in md
    assert "&lt;script&gt;" in md


def test_content_security_policy_allows_only_our_script(seed_html: str) -> None:
    m = re.search(r"<script>(.*?)</script>", seed_html, re.S)
    assert m
    digest = base64.b64encode(hashlib.sha256(m.group(1).encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in html.unescape(seed_html)
    assert "default-src 'none'" in html.unescape(seed_html)
    # self-contained: nothing is loaded from elsewhere
    assert not re.search(r'(src|href)="(https?:)?//', seed_html)


def test_markdown_report(seed) -> None:  # type: ignore[no-untyped-def]
    md = framing.render_report(seed, format="md")
    assert md.startswith("# Putin dan Kim Jong Un Bertemu di Parade Militer China\n")
    for heading in ("## Actors and how they are portrayed", "## Who speaks", "## Frames",
                    "## Why: the evidence behind each score", "## The article"):
        assert heading in md
    assert "| Vladimir Putin | person |" in md
    assert "\u27e6UNNAMED SOURCE\u27e7" in md
    assert seed.lexicon_version in md
    assert "<" not in md.replace("&lt;", "")


@pytest.mark.parametrize("value, expected", [
    ("a*b_c", "a\\*b\\_c"), ("[link](x)", "\\[link\\](x)"), ("x | y", "x \\| y"),
    ("<b>", "&lt;b&gt;"), ("baris\nbaru", "baris baru"), ("+0.5", "+0.5"),
], ids=["emphasis", "link", "table-cell", "html", "newline", "sign"])
def test_markdown_escape(value: str, expected: str) -> None:
    assert markdown_escape(value) == expected


def test_article_without_actors_or_sources() -> None:
    r = framing.analyze("Hujan turun sejak pagi.")
    page = framing.render_report(r)
    assert "No quotes or reported claims found." in page
    assert framing.render_report(r, format="md")


def test_very_long_article_is_cut_and_still_renders() -> None:
    para = ("Presiden Joko Widodo meresmikan jembatan baru. Menurut sumber terpercaya, "
            "proyek itu bermasalah. Kabarnya menteri mundur.\n")
    text = para * (MAX_TEXT_CHARS // len(para) + 50)
    r = framing.analyze(text, title="Panjang")
    t0 = time.perf_counter()
    page = framing.render_report(r)
    assert time.perf_counter() - t0 < 30
    assert "the text below stops after" in page
    shown, _ = article_text_of(page)
    assert shown == text[:MAX_TEXT_CHARS]
    assert "and " in page and "more (all are marked in the text)" in page


@given(st.text(max_size=60), st.lists(st.tuples(st.integers(-5, 70), st.integers(-5, 70)),
                                       max_size=8),
       st.lists(st.integers(-5, 70), max_size=3))
def test_segments_cover_the_text_exactly(text: str, spans: list[tuple[int, int]],
                                         offsets: list[int]) -> None:
    marks = [Mark(s, e, (f"k{i}",), (f"c{i}",)) for i, (s, e) in enumerate(spans)]
    segs = segments(text, marks, [Badge(o, "x", "x", "c") for o in offsets])
    assert "".join(s.text for s in segs) == text
    for seg in segs:
        assert text[seg.start:seg.start + len(seg.text)] == seg.text
        for i, (s, e) in enumerate(spans):
            covered = 0 <= s < e and s <= seg.start < e
            assert (f"k{i}" in seg.classes) == covered


# --- the command ------------------------------------------------------------------------------

def test_cli_report_html_and_md(tmp_path: Path) -> None:
    out = tmp_path / "seed.html"
    res = CliRunner().invoke(cli, ["report", str(SEED), "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    md = tmp_path / "seed.md"
    res = CliRunner().invoke(cli, ["report", str(SEED), "-o", str(md)])
    assert res.exit_code == 0 and md.read_text(encoding="utf-8").startswith("# Putin")
    res = CliRunner().invoke(cli, ["report", str(SEED), "--format", "md"])
    assert res.exit_code == 0 and res.stdout.startswith("# Putin")


def test_cli_report_picks_one_record_of_a_jsonl(tmp_path: Path) -> None:
    f = tmp_path / "c.jsonl"
    f.write_text("\n".join(json.dumps(d) for d in [
        {"id": "a", "title": "A", "text": "Budi Santoso mengatakan harga naik."},
        {"id": "b", "title": "B", "text": "Kabarnya menteri mundur.", "outlet": "X"}]) + "\n",
        encoding="utf-8")
    res = CliRunner().invoke(cli, ["report", str(f)])
    assert res.exit_code == 1 and "holds 2 articles" in res.output and "--id" in res.output
    res = CliRunner().invoke(cli, ["report", str(f), "--id", "b", "--format", "md"])
    assert res.exit_code == 0 and res.stdout.startswith("# B\n") and "UNATTRIBUTED" in res.stdout
    res = CliRunner().invoke(cli, ["report", str(f), "--id", "zz"])
    assert res.exit_code == 1 and "no article with id 'zz'" in res.output


@pytest.mark.parametrize("args, message", [
    ([], "give either ARTICLE or --db"),
    (["no/such.txt"], "no/such.txt: no such file or folder"),
    (["--db", "no/such.sqlite", "-o", "x.html"], "no such results store"),
], ids=["nothing", "missing-article", "missing-db"])
def test_cli_report_errors_are_one_line(args: list[str], message: str) -> None:
    res = CliRunner().invoke(cli, ["report", *args])
    assert res.exit_code != 0
    assert message in res.output
    assert "Traceback" not in res.output


# --- corpus (outlet) reports --------------------------------------------------------------------

CORPUS = ROOT / "notebooks" / "data" / "outlets_corpus.jsonl"


def _store(path: Path, records: list[dict] | Path) -> Path:  # type: ignore[type-arg]
    from framing.store import Store

    run = framing.run

    if isinstance(records, Path):
        run([records], path)
    elif records:
        src = path.with_suffix(".jsonl")
        src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                       encoding="utf-8")
        run([src], path)
    else:
        with Store(path):
            pass
    return path


@pytest.fixture(scope="module")
def outlets_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _store(tmp_path_factory.mktemp("corpus") / "results.sqlite", CORPUS)


def test_outlet_report_has_figures_tables_and_files(outlets_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "outlets.html"
    res = CliRunner().invoke(cli, ["report", "--db", str(outlets_db), "-o", str(out),
                                   "--actor", "Rina Kartika", "--min-n", "3"])
    assert res.exit_code == 0, res.output
    page = out.read_text(encoding="utf-8")
    assert "20 articles from 4 outlets" in page
    for name in ("portrayal_heatmap", "unnamed_share", "frame_prevalence", "voice_share",
                 "portrayal_over_time", "same_story"):
        assert f'id="fig-{name}"' in page, name
        for ext in ("png", "svg"):
            f = tmp_path / "outlets_figures" / f"{name}.{ext}"
            assert f.is_file() and f.stat().st_size > 1000, f
    assert page.count('src="data:image/png;base64,') == 6
    assert "Warta Kita" in page and "[95% CI]" in page
    assert 'id="stories"' in page and "banjir" in page
    assert 'id="tests"' in page and "kruskal-wallis" in page and "epsilon-squared" in page
    assert not re.search(r'(src|href)="(https?:)?//', page)  # nothing from the network


def test_outlet_report_markdown(outlets_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "outlets.md"
    res = CliRunner().invoke(cli, ["report", "--db", str(outlets_db), "-o", str(out)])
    assert res.exit_code == 0, res.output
    md = out.read_text(encoding="utf-8")
    assert md.startswith("# Outlet report: 20 articles from 4 outlets")
    assert "| Warta Kita | 5 |" in md
    assert "![Portrayal of actors by outlet](outlets_figures/portrayal_heatmap.png)" in md
    assert (tmp_path / "outlets_figures" / "portrayal_heatmap.svg").is_file()


def test_empty_corpus(tmp_path: Path) -> None:
    db = _store(tmp_path / "empty.sqlite", [])
    out = tmp_path / "empty.html"
    res = CliRunner().invoke(cli, ["report", "--db", str(db), "-o", str(out)])
    assert res.exit_code == 0, res.output
    page = out.read_text(encoding="utf-8")
    assert "No articles yet" in page and "data:image/png" not in page
    assert framing.__version__ in page
    res = CliRunner().invoke(cli, ["report", "--db", str(db), "-o", str(tmp_path / "e.md")])
    assert res.exit_code == 0 and "no analysed articles" in (tmp_path / "e.md").read_text()


def test_corpus_with_one_outlet(tmp_path: Path) -> None:
    db = _store(tmp_path / "one.sqlite", [
        {"id": str(i), "outlet": "Harian Satu", "date": f"2025-03-0{i + 1}", "title": f"T{i}",
         "text": t} for i, t in enumerate([
             "Bupati Rina Kartika meresmikan pasar baru. Menurut sumber terpercaya, "
             "biayanya mahal.",
             "Kabarnya Bupati Rina Kartika akan mundur. Warga kecewa dan marah.",
             "Rina Kartika mengatakan pasar itu membantu pedagang kecil."])])
    out = tmp_path / "one.html"
    res = CliRunner().invoke(cli, ["report", "--db", str(db), "-o", str(out)])
    assert res.exit_code == 0, res.output
    page = out.read_text(encoding="utf-8")
    assert "3 articles from 1 outlet" in page
    assert "One outlet only" in page
    assert "tests compare outlets, and this corpus has only one" in page
    assert 'id="fig-portrayal_heatmap"' in page


def test_corpus_metadata_is_escaped(tmp_path: Path) -> None:
    db = _store(tmp_path / "evil.sqlite", [
        {"id": "a", "outlet": EVIL, "title": f"Judul {EVIL}", "story": EVIL, "date": "2025-01-01",
         "text": "Bupati Rina Kartika meresmikan pasar. Kabarnya biayanya mahal."},
        {"id": "b", "outlet": "<b>B</b>", "title": f"Judul {EVIL}", "story": EVIL,
         "date": "2025-01-02", "text": "Bupati Rina Kartika dikritik warga karena pasar mahal."}])
    page, _ = framing_corpus_render(db)
    assert page.count("<script") == 1 and "<b>B</b>" not in page
    assert "&lt;script&gt;alert(" in page


def framing_corpus_render(db: Path) -> tuple[str, list[Path]]:
    from framing.corpus_report import render_corpus_report

    return render_corpus_report(db)


def test_not_a_store_is_one_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"this is not sqlite at all" * 10)
    res = CliRunner().invoke(cli, ["report", "--db", str(bad), "-o", str(tmp_path / "x.html")])
    assert res.exit_code == 1
    assert "not a framing results store" in res.output and "Traceback" not in res.output
