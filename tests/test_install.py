"""`pip install .` into a clean virtualenv outside the repository gives a working `framing`."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from .conftest import ROOT, SEED


def _copy_tracked(dst: Path) -> None:
    files = subprocess.run(["git", "-C", str(ROOT), "ls-files"], check=True, capture_output=True,
                           text=True).stdout.split()
    if not files:
        pytest.skip("not a git checkout")
    for f in files:
        src = ROOT / f
        if src.is_file():
            (dst / f).parent.mkdir(parents=True, exist_ok=True)
            (dst / f).write_bytes(src.read_bytes())


@pytest.mark.install
def test_pip_install_outside_repo(tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    pip = venv / "bin" / "pip"
    build = tmp_path / "src"
    _copy_tracked(build)  # build from a copy of the tracked sources: the repository stays clean
    subprocess.run([str(pip), "install", "--quiet", str(build)], check=True,
                   env={**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"})
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    out = subprocess.run([str(venv / "bin" / "framing"), "analyze", str(SEED), "--format", "json"],
                         cwd=elsewhere, capture_output=True, text=True, check=True)
    d = json.loads(out.stdout)
    assert any(a["name"] == "Vladimir Putin" for a in d["actors"])
    # with a C compiler and the Python headers at hand, `pip install .` compiles the stages
    version = subprocess.run([str(venv / "bin" / "framing"), "--version"], cwd=elsewhere,
                             capture_output=True, text=True, check=True).stdout
    headers = Path(sysconfig.get_paths()["include"], "Python.h").is_file()
    if (shutil.which("cc") or shutil.which("gcc")) and headers:
        assert "compiled with mypyc" in version, version
    else:
        assert "pure Python" in version, version
    code = ("import framing, pathlib; from framing.lexicons import default_lexicon_dir; "
            "d = default_lexicon_dir(); print(d); assert 'site-packages' in str(d); "
            "print(framing.analyze('Presiden Joko Widodo tiba.').actors[0].name)")
    out = subprocess.run([str(venv / "bin" / "python"), "-c", code], cwd=elsewhere,
                         capture_output=True, text=True, check=True)
    assert "Joko Widodo" in out.stdout


@pytest.mark.install
@pytest.mark.parametrize("env", [{"FRAMING_PURE": "1"}, {"CC": "false"}],
                         ids=["asked-pure", "compiler-fails"])
def test_wheel_is_pure_python_when_asked_or_when_compiling_fails(tmp_path: Path,
                                                                   env: dict[str, str]) -> None:
    src = tmp_path / "src"
    _copy_tracked(src)
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w",
                    str(wheels), str(src)], check=True,
                   env={**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1", **env})
    (wheel,) = wheels.glob("framing-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    # (a wheel whose compiling failed keeps the layout of one with compiled modules: purelib/)
    assert any(n.endswith("framing/actors.py") for n in names)
    assert any(n.endswith("framing/lexicons/actors.tsv") for n in names)
    assert not [n for n in names if n.endswith((".so", ".pyd"))]


@pytest.mark.install
def test_source_distribution_builds_a_wheel(tmp_path: Path) -> None:
    # PyPI users build from the sdist: it must carry the in-tree build backend (MANIFEST.in)
    src = tmp_path / "src"
    _copy_tracked(src)
    out = tmp_path / "dist"
    proc = subprocess.run([sys.executable, "-m", "build", "--outdir", str(out), str(src)],
                          capture_output=True, text=True, env={**os.environ, "FRAMING_PURE": "1"})
    assert proc.returncode == 0, proc.stdout[-1500:] + proc.stderr[-1500:]
    (sdist,) = out.glob("framing-*.tar.gz")
    (wheel,) = out.glob("framing-*.whl")  # built from the sdist, not from the source tree
    names = zipfile.ZipFile(wheel).namelist()
    assert "framing/pipeline.py" in names and "framing/lexicons/sentiment.tsv" in names
