"""The notebooks: committed without outputs, public API only, and they run clean."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

import framing

from .conftest import ROOT

NOTEBOOKS = ROOT / "notebooks"
ALL = sorted(NOTEBOOKS.glob("*.ipynb"))
EXPECTED = ["01_analyse_an_article.ipynb", "02_compare_outlets.ipynb",
            "03_custom_lexicons_and_validation.ipynb"]

nbformat = pytest.importorskip("nbformat")


def _committed() -> list[Path]:
    try:
        out = subprocess.run(["git", "-C", str(ROOT), "ls-files", "notebooks/*.ipynb"],
                             capture_output=True, text=True, check=True).stdout.split()
    except (OSError, subprocess.CalledProcessError):
        return []
    return [ROOT / p for p in out]


def _code(nb_path: Path) -> list[str]:
    nb = nbformat.read(nb_path, as_version=4)
    return [c.source for c in nb.cells if c.cell_type == "code"]


def test_the_three_notebooks_are_there() -> None:
    assert [p.name for p in ALL] == EXPECTED


@pytest.mark.parametrize("path", sorted(set(ALL) | set(_committed())), ids=lambda p: p.name)
def test_no_outputs_are_committed(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    for i, c in enumerate(nb.cells):
        if c.cell_type == "code":
            assert c.outputs == [], f"{path.name}: cell {i} has outputs (strip them)"
            assert c.execution_count is None, f"{path.name}: cell {i} has an execution count"


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.name)
def test_notebooks_use_only_the_public_api(path: Path) -> None:
    src = "\n".join(_code(path))
    assert not re.search(r"^\s*(from|import)\s+framing\.", src, re.M), "private import"
    used = set(re.findall(r"\bframing\.(\w+)", src))
    assert used <= set(framing.__all__), f"not in framing.__all__: {used - set(framing.__all__)}"


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.name)
def test_notebook_runs_clean(path: Path) -> None:
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    nb = nbformat.read(path, as_version=4)
    client = nbclient.NotebookClient(nb, timeout=300, kernel_name="python3",
                                     resources={"metadata": {"path": str(NOTEBOOKS)}})
    client.execute()  # raises CellExecutionError on the first failing cell
    for c in nb.cells:
        if c.cell_type == "code":
            assert not [o for o in c.outputs if o.output_type == "error"]
            for o in c.outputs:
                if o.output_type == "stream" and o.name == "stderr":
                    assert "Warning" not in o.text, o.text
