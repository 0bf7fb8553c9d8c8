"""The compiled build gives the same results as the sources, byte for byte.

`make test` runs the suite twice: against the sources (pure Python) and against the package
`pip install .` builds, its stages compiled with mypyc. This test runs in the second run: it
analyses the same articles with both builds, each in its own process, and compares the JSON.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import framing

from .conftest import PFSA_DEV, ROOT, SEED

_DUMP = r"""
import json, sys
import framing
from framing import Analyzer
texts = json.load(open(sys.argv[1], encoding="utf-8"))
an = Analyzer()
print(json.dumps({"compiled": framing.compiled}))
for i, (title, text) in enumerate(texts):
    r = an.analyze(text, title=title or None, id=str(i), outlet="Contoh")
    d = r.to_dict()
    d.pop("framing_version", None)
    print(json.dumps(d, sort_keys=True, ensure_ascii=False))
"""


def _dump(package_parent: Path, texts_file: Path, tmp_path: Path) -> list[str]:
    script = tmp_path / "dump.py"
    script.write_text(_DUMP, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(package_parent), "PYTHONSAFEPATH": "1"}
    out = subprocess.run([sys.executable, str(script), str(texts_file)], env=env, cwd=tmp_path,
                         capture_output=True, text=True, check=True)
    return out.stdout.splitlines()


@pytest.mark.skipif(not framing.compiled, reason="compares the compiled build with the sources: "
                    "runs in `make test-compiled`")
def test_compiled_build_agrees_with_the_sources(tmp_path: Path) -> None:
    title, body = SEED.read_text(encoding="utf-8").split("\n", 1)
    texts = [(title, body), ("", "“Kami siap,” kata Presiden Joko Widodo. Ia tiba."), ("", "")]
    if PFSA_DEV.is_file():  # 203 real articles when ../shared is there
        from framing.evaluate import read_pfsa

        texts += [("", a.text) for a in read_pfsa(PFSA_DEV)]
    texts_file = tmp_path / "texts.json"
    texts_file.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    compiled = _dump(Path(framing.__file__).resolve().parents[1], texts_file, tmp_path)
    sources = _dump(ROOT, texts_file, tmp_path)
    assert json.loads(compiled[0]) == {"compiled": True}
    assert json.loads(sources[0]) == {"compiled": False}
    assert len(compiled) == len(sources) == len(texts) + 1
    for i, (c, s) in enumerate(zip(compiled[1:], sources[1:], strict=True)):
        if c != s:
            dc, ds = json.loads(c), json.loads(s)
            keys = sorted(k for k in set(dc) | set(ds) if dc.get(k) != ds.get(k))
            pytest.fail(f"text {i}: the builds differ in {keys}: compiled "
                        f"{json.dumps({k: dc.get(k) for k in keys}, ensure_ascii=False)[:400]} "
                        f"vs sources "
                        f"{json.dumps({k: ds.get(k) for k in keys}, ensure_ascii=False)[:400]}")
