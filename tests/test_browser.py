"""Reports opened in a real browser: headless Chromium (Debian's ``chromium``).

Each report is loaded from a file with the network switched off; the test reads the DOM after the
page's own script ran (the script writes ``data-report-ready`` on ``<html>`` when it ran without
error), checks the console is silent (no errors, no Content-Security-Policy refusals), that the
highlights are there, and saves a screenshot into the test's tmp folder. ``make test`` installs
chromium when it is missing (as root with apt-get); without it these tests skip with the reason.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

import framing

from .conftest import ROOT

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="headless Chromium not found (`make test` installs Debian's chromium when run as root)")

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars", "--enable-logging=stderr", "--v=0"]


def chromium(page: Path, tmp: Path, *args: str) -> subprocess.CompletedProcess[str]:
    profile = tmp / f"profile-{len(list(tmp.glob('profile-*')))}"
    assert CHROMIUM is not None
    return subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args,
                           page.resolve().as_uri()],
                          capture_output=True, text=True, timeout=180, check=False)


def console_messages(stderr: str) -> list[str]:
    """What the page wrote to the console (errors, CSP refusals, logs): nothing, for a report."""
    return re.findall(r":CONSOLE[^\]]*\] (.*)", stderr)


def open_report(page: Path, tmp: Path, shot: Path, size: str = "1400,2200") -> str:
    dom = chromium(page, tmp, "--dump-dom")
    assert dom.returncode == 0, dom.stderr[-2000:]
    assert console_messages(dom.stderr) == []
    html_tag = re.search(r"<html[^>]*>", dom.stdout)
    assert html_tag, dom.stdout[:500]
    assert 'data-report-ready="1"' in html_tag.group(0), "the page's script did not finish"
    assert "data-report-error" not in html_tag.group(0)
    res = chromium(page, tmp, f"--window-size={size}", f"--screenshot={shot}")
    assert res.returncode == 0, res.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 10_000  # a rendered page, not a blank one
    return dom.stdout


def test_seed_report_in_chromium(tmp_path: Path, seed) -> None:  # type: ignore[no-untyped-def]
    page = framing.write_report(seed, tmp_path / "seed.html")
    dom = open_report(page, tmp_path, tmp_path / "seed.png")
    n = int(re.search(r'data-highlights="(\d+)"', dom).group(1))  # type: ignore[union-attr]
    assert n > 20
    assert 'class="badge b-unnamed"' in dom
    assert re.search(r'class="card on" id="card-a\d+"', dom), "the why panel shows an actor"
    assert 'class="js"' in dom


def test_escaped_report_in_chromium(tmp_path: Path) -> None:
    evil = "<script>document.title='pwned'</script><img src=x onerror=alert(1)>"
    r = framing.analyze(f"Kabarnya {evil} menteri mundur.", title=f"Judul {evil}",
                        url="javascript:alert(1)")
    page = framing.write_report(r, tmp_path / "evil.html")
    dom = open_report(page, tmp_path, tmp_path / "evil.png", "1200,1200")
    title = re.search(r"<title>(.*?)</title>", dom, re.S).group(1)  # type: ignore[union-attr]
    assert title.startswith("Judul &lt;script&gt;document.title='pwned'")  # text, never run
    assert "&lt;script&gt;document.title" in dom
    assert "<img src=\"x\"" not in dom and "<img src=x" not in dom


def test_example_screenshot_exists_when_made(tmp_path: Path) -> None:
    """`make example` leaves out/seed.png beside out/seed.html (checked when it has run)."""
    out = ROOT / "out"
    if not (out / "seed.html").is_file():
        pytest.skip("run `make example` first to make out/seed.html")
    dom = open_report(out / "seed.html", tmp_path, tmp_path / "example.png")
    assert "Putin dan Kim Jong Un" in dom


def test_outlet_report_in_chromium(tmp_path: Path) -> None:
    db = tmp_path / "results.sqlite"
    framing.run([ROOT / "notebooks" / "data" / "outlets_corpus.jsonl"], db)
    written = framing.write_corpus_report(db, tmp_path / "outlets.html", min_n=3)
    dom = open_report(written.path, tmp_path, tmp_path / "outlets.png", "1300,3000")
    assert dom.count('src="data:image/png;base64,') == 6
    assert "20 articles from 4 outlets" in dom
    assert "kruskal-wallis" in dom and 'class="chip frame">differs' in dom
