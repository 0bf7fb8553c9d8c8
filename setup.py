"""Build the wheel, with the analysis modules compiled by mypyc when a C compiler is at hand.

Everything about the package is declared in ``pyproject.toml``; this file only adds the compiled
modules. The analysis is plain, fully typed Python; mypyc (it ships with mypy) compiles the
modules an article passes through into C extensions, which run the same code about 1.4-1.6x as
fast (``benchmarks/README.md``). The ``.py`` sources ship too, and the results are the same
either way: the test suite runs against both builds (``make test``).

- ``pip install .``: compiled. If compiling fails (no C compiler, no Python headers), the build
  says why and goes on with a pure-Python wheel.
- ``FRAMING_PURE=1 pip install .``: pure Python, no compiler needed.
- ``pip install -e .``: always pure Python (``build_backend/framing_build.py``), so edits count.

``framing --version`` and ``framing.compiled`` tell which build is installed.
"""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

# The stages every article passes through. The rest (the CLI, the store, statistics, reports)
# spend their time in SQLite, pandas and SciPy, where compiling gains nothing; and `analyzer`, the
# public entry, stays Python, so that a wrong argument gets its own clear error rather than the
# one mypyc raises for an argument not of the declared type.
COMPILED = ["text", "lexicons", "actors", "sources", "sentiment", "frames", "results",
            "pipeline"]


def _warn(msg: str) -> None:
    print(f"framing: {msg}; building the pure-Python package instead", file=sys.stderr)


def _compiled_extensions(build_base: Path) -> list:
    if os.environ.get("FRAMING_PURE", "") not in ("", "0"):
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        _warn("mypy (whose mypyc compiles the analysis modules) is not installed")
        return []
    try:
        return mypycify([str(Path("framing") / f"{m}.py") for m in COMPILED],
                        opt_level="3", separate=True, target_dir=str(build_base / "mypyc"))
    except (Exception, SystemExit) as e:  # mypy found a type error, or mypyc failed
        _warn(f"mypyc could not compile the analysis modules ({e})")
        return []


class OptionalBuildExt(build_ext):
    """Build the compiled modules, or none of them: a wheel with some compiled and some not
    would import modules that cannot find their compiled neighbours."""

    def run(self) -> None:
        try:
            super().run()
        except Exception as e:  # the C compiler is missing or failed
            for out in self.get_outputs():
                Path(out).unlink(missing_ok=True)
            self.extensions.clear()
            _warn(f"the C compiler failed ({e})")


if __name__ == "__main__":
    # Every build starts from an empty folder: setuptools' default, ./build, keeps what earlier
    # builds left there (compiled modules a pure build would ship, modules no longer compiled).
    build_base = Path(tempfile.mkdtemp(prefix="framing-build-"))
    atexit.register(shutil.rmtree, build_base, ignore_errors=True)
    exts = _compiled_extensions(build_base)
    options: dict[str, dict[str, object]] = {"build": {"build_base": str(build_base)}}
    if exts:  # several C files compile at once (one per module, `separate=True` above)
        options["build_ext"] = {"parallel": os.cpu_count() or 1}
    setup(ext_modules=exts, cmdclass={"build_ext": OptionalBuildExt}, options=options)
