"""The in-tree build backend: setuptools, plus mypy when the wheel is to be compiled.

``pip install .`` compiles the analysis modules with mypyc (see ``setup.py``), which needs mypy
in the isolated build environment. This backend asks for it only when it will be used: not for
an editable install (``pip install -e .``), which always runs the sources as they are edited,
and not when ``FRAMING_PURE=1`` asks for a pure-Python wheel.
"""

from __future__ import annotations

import os
from typing import Any

from setuptools import build_meta as _setuptools
from setuptools.build_meta import (  # noqa: F401  (the hooks this backend does not change)
    build_sdist,
    get_requires_for_build_editable,
    get_requires_for_build_sdist,
    prepare_metadata_for_build_editable,
    prepare_metadata_for_build_wheel,
)

# The compiler of the analysis modules (mypyc ships with mypy).
MYPY = "mypy>=1.10"


def _pure() -> bool:
    return os.environ.get("FRAMING_PURE", "") not in ("", "0")


def get_requires_for_build_wheel(config_settings: dict[str, Any] | None = None) -> list[str]:
    reqs = list(_setuptools.get_requires_for_build_wheel(config_settings))
    return reqs if _pure() else [*reqs, MYPY]


def build_wheel(wheel_directory: str, config_settings: dict[str, Any] | None = None,
                metadata_directory: str | None = None) -> str:
    return _setuptools.build_wheel(wheel_directory, config_settings, metadata_directory)


def build_editable(wheel_directory: str, config_settings: dict[str, Any] | None = None,
                   metadata_directory: str | None = None) -> str:
    # Compiled modules beside the sources would shadow every later edit of them.
    os.environ["FRAMING_PURE"] = "1"
    return _setuptools.build_editable(wheel_directory, config_settings, metadata_directory)
