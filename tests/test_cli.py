from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

import framing
from framing.cli import cli

from .conftest import ROOT, SEED

CONTRACT_TOP = {"id", "title", "outlet", "date", "actors", "attributions", "sources", "frames",
                "tone", "lexicon_version"}


def run(*args: str) -> click.testing.Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_analyze_seed_json_contract() -> None:
    res = run("analyze", str(SEED), "--format", "json")
    assert res.exit_code == 0, res.output
    lines = [json.loads(x) for x in res.stdout.splitlines()]
    assert len(lines) == 1
    d = lines[0]
    assert CONTRACT_TOP <= d.keys()
    assert d["title"] == "Putin dan Kim Jong Un Bertemu di Parade Militer China"
    for a in d["actors"]:
        assert {"name", "type", "aliases", "mentions", "portrayal", "evidence"} <= a.keys()
        assert {"score", "label"} <= a["portrayal"].keys()
        for e in a["evidence"]:
            assert {"start", "end", "text", "weight"} <= e.keys()
    for a in d["attributions"]:
        assert {"start", "end", "quote", "direct", "cue", "cue_start", "cue_end", "source",
                "source_type", "speaker"} <= a.keys()
    assert {"named", "unnamed", "unattributed", "unnamed_share"} <= d["sources"].keys()
    for f in d["frames"]:
        assert {"frame", "score", "present", "evidence"} <= f.keys()
    assert {"score", "label"} <= d["tone"].keys()


def test_json_offsets_index_the_article_text() -> None:
    res = run("analyze", str(SEED), "--format", "json", "--include-text")
    d = json.loads(res.stdout)
    text = d["text"]
    for a in d["attributions"]:
        assert text[a["start"]:a["end"]] == a["quote"]
        if a["cue_start"] is not None:
            assert text[a["cue_start"]:a["cue_end"]] == a["cue"]
    for a in d["actors"]:
        for e in a["evidence"]:
            assert text[e["start"]:e["end"]] == e["text"]


def test_table_format() -> None:
    res = run("analyze", str(SEED))
    assert res.exit_code == 0
    assert "Vladimir Putin" in res.stdout and "UNNAMED" in res.stdout


def test_jsonl_with_a_bad_line_analyses_the_rest(tmp_path: Path) -> None:
    f = tmp_path / "corpus.jsonl"
    f.write_text('{"id": "a", "text": "Budi Santoso mengatakan harga naik.", "outlet": "X"}\n'
                 '{"id": "b", "text": \n'
                 '{"id": "c", "title": "t"}\n'
                 '{"id": "d", "text": "Kabarnya menteri mundur."}\n', encoding="utf-8")
    res = CliRunner().invoke(cli, ["analyze", str(f), "--format", "json"])
    assert res.exit_code == 1
    rows = [json.loads(x) for x in res.stdout.splitlines()]
    assert [r.get("id") for r in rows] == ["a", None, "c", "d"]
    assert rows[0]["outlet"] == "X"
    assert f"{f}:2: malformed JSON" in res.stderr
    assert f"{f}:3: missing or empty 'text' field" in res.stderr
    assert rows[1]["source"] == f"{f}:2"


@pytest.mark.parametrize(
    "content, message",
    [(b"", "empty file"), (b"\x00\x01\x02binary", "binary file"),
     (b"Judul\nIsi berita \xff\xfe rusak.", "invalid UTF-8")],
    ids=["empty", "binary", "bad-utf8"],
)
def test_bad_txt_gives_one_clear_line(tmp_path: Path, content: bytes, message: str) -> None:
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    res = CliRunner().invoke(cli, ["analyze", str(f)])
    assert res.exit_code == 1
    assert message in res.stderr and str(f) in res.stderr
    assert "Traceback" not in res.output


def test_missing_file() -> None:
    res = CliRunner().invoke(cli, ["analyze", "no/such/file.txt"])
    assert res.exit_code == 1
    assert "no/such/file.txt: no such file or folder" in res.stderr


def test_folder_of_txt(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Judul A\nBudi Santoso mengatakan harga naik.\n", encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text("Judul B\nKabarnya menteri mundur.\n", encoding="utf-8")
    res = run("analyze", str(tmp_path), "--format", "json")
    assert [json.loads(x)["title"] for x in res.stdout.splitlines()] == ["Judul A", "Judul B"]


def test_broken_user_lexicon_is_one_clear_error() -> None:
    res = CliRunner().invoke(cli, ["analyze", str(SEED), "--lexicons",
                                   str(ROOT / "tests" / "fixtures" / "lexicons_broken")])
    assert res.exit_code == 1
    assert "sentiment.tsv:4: weight: not a number" in res.output
    assert "Traceback" not in res.output


def _commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    out = []
    for name, cmd in group.commands.items():
        out.append((prefix + name, cmd))
        if isinstance(cmd, click.Group):
            out.extend(_commands(cmd, prefix + name + " "))
    return out


@pytest.mark.parametrize("name, cmd", _commands(cli), ids=[n for n, _ in _commands(cli)])
def test_every_command_has_help_and_is_documented(name: str, cmd: click.Command) -> None:
    assert cmd.help, name
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"framing {name}" in readme, f"`framing {name}` is not documented in README.md"


def test_python_dash_m() -> None:
    out = subprocess.run([sys.executable, "-m", "framing", "--version"], capture_output=True,
                         text=True, check=True)
    assert "framing" in out.stdout
    # the command runs the same build as the suite (make test runs both builds)
    assert ("compiled with mypyc" if framing.compiled else "pure Python") in out.stdout
