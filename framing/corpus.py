"""Corpus readers: articles from ``.txt`` files, folders and JSON Lines, with errors as rows.

A record that cannot be read becomes a :class:`ReadError` naming its file and line; reading goes
on, so a batch never loses a record silently.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

__all__ = ["Record", "ReadError", "read_records", "read_txt", "read_jsonl"]

_FIELDS = ("id", "title", "text", "outlet", "date", "url")


@dataclass(frozen=True, slots=True)
class Record:
    """One article to analyse; ``source`` says where it came from (``path`` or ``path:line``)."""

    text: str
    id: str | None = None
    title: str | None = None
    outlet: str | None = None
    date: str | None = None
    url: str | None = None
    source: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class ReadError:
    """A record that could not be read: ``path:line: message``."""

    path: str
    line: int | None
    message: str
    id: str | None = None

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}" if self.line is not None else self.path

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "error": self.message, "source": self.where}


def _decode(path: Path, data: bytes) -> str | ReadError:
    if not data.strip():
        return ReadError(str(path), None, "empty file")
    if b"\x00" in data[:4096]:
        return ReadError(str(path), None, "binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        return ReadError(str(path), line, f"invalid UTF-8 at byte {e.start}")


def read_txt(path: Path) -> Record | ReadError:
    """A ``.txt`` article: the first line is the headline when a body follows it (as in the seed)."""
    try:
        data = path.read_bytes()
    except OSError as e:
        return ReadError(str(path), None, f"cannot read: {e.strerror or e}")
    text = _decode(path, data)
    if isinstance(text, ReadError):
        return text
    text = text.replace("\r\n", "\n")
    first, sep, rest = text.lstrip("\n").partition("\n")
    if sep and rest.strip() and len(first) <= 300 and not first.rstrip().endswith((".", "”", '"')):
        return Record(text=rest, title=first.strip(), id=path.stem, source=str(path))
    return Record(text=text, id=path.stem, source=str(path))


def read_jsonl(path: Path) -> Iterator[Record | ReadError]:
    """JSON Lines with fields id, title, text, outlet, date, url (only ``text`` is required)."""
    try:
        data = path.read_bytes()
    except OSError as e:
        yield ReadError(str(path), None, f"cannot read: {e.strerror or e}")
        return
    if not data.strip():
        yield ReadError(str(path), None, "empty file")
        return
    for lineno, raw in enumerate(data.split(b"\n"), start=1):
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
        except UnicodeDecodeError:
            yield ReadError(str(path), lineno, "invalid UTF-8")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            yield ReadError(str(path), lineno, f"malformed JSON: {e.msg} (column {e.colno})")
            continue
        if not isinstance(obj, dict):
            yield ReadError(str(path), lineno, "expected a JSON object")
            continue
        rid = None if obj.get("id") is None else str(obj.get("id"))
        text = obj.get("text")
        if not isinstance(text, str) or not text.strip():
            yield ReadError(str(path), lineno, "missing or empty 'text' field", id=rid)
            continue
        meta = {k: (None if obj.get(k) is None else str(obj.get(k)))
                for k in ("title", "outlet", "date", "url")}
        yield Record(text=text, id=rid if rid is not None else f"{path.stem}:{lineno}",
                     source=f"{path}:{lineno}", **meta)


def read_records(paths: Iterable[str | Path]) -> Iterator[Record | ReadError]:
    """Read ``.txt`` files, ``.jsonl`` files and folders of them, in a stable order."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            files = sorted(f for f in path.rglob("*")
                           if f.is_file() and f.suffix.lower() in (".txt", ".jsonl"))
            if not files:
                yield ReadError(str(path), None, "folder holds no .txt or .jsonl files")
            for f in files:
                yield from _read_file(f)
        elif path.exists():
            yield from _read_file(path)
        else:
            yield ReadError(str(path), None, "no such file or folder")


def _read_file(path: Path) -> Iterator[Record | ReadError]:
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        yield from read_jsonl(path)
    else:
        yield read_txt(path)
