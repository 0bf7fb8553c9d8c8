"""Corpus readers: articles from ``.txt``, JSON Lines, CSV/TSV, Parquet and saved ``.html`` pages.

A record that cannot be read becomes a :class:`ReadError` naming its file and line (the row number
for Parquet); reading goes on, so a batch never loses a record silently.

Text files are read as UTF-8 (a byte-order mark is removed; UTF-16 and UTF-32 files with a BOM are
decoded as such). When a file is not valid UTF-8 and the caller named fallback encodings (for
example ``cp1252``), the first one that decodes it is used, the record says which
(``Record.encoding``) and an :class:`EncodingFallbackWarning` is issued: guessing an encoding is
never silent.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import warnings
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

__all__ = [
    "Record", "ReadError", "EncodingFallbackWarning", "read_records", "read_txt", "read_jsonl",
    "read_csv", "read_parquet", "read_html", "FIELDS", "READABLE_SUFFIXES",
]

_FIELDS = ("id", "title", "text", "outlet", "date", "url")
FIELDS = _FIELDS
# Suffixes read from folders (and recognised for single files).
READABLE_SUFFIXES = (".txt", ".jsonl", ".ndjson", ".csv", ".tsv", ".parquet", ".html", ".htm")
# Column names recognised without a mapping, per field (compared case-insensitively); an explicit
# mapping (``columns={"text": "isi_berita"}``) always wins. "source" is not taken for the outlet on
# purpose: in news data it often names the quoted source or the wire agency.
_COLUMN_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "article_id", "doc_id"),
    "title": ("title", "headline", "judul"),
    "text": ("text", "body", "content", "isi", "konten", "artikel", "article"),
    "outlet": ("outlet", "media", "publisher", "sitename", "site", "portal"),
    "date": ("date", "published", "published_at", "publish_date", "tanggal", "datetime"),
    "url": ("url", "link", "permalink"),
}


# The fewest words extracted from a web page that we take for an article (a one-line news brief
# has about ten).
_MIN_PAGE_WORDS = 5


class EncodingFallbackWarning(UserWarning):
    """A file was not valid UTF-8 and was read with a fallback encoding instead."""


@dataclass(frozen=True, slots=True)
class Record:
    """One article to analyse; ``source`` says where it came from (``path`` or ``path:line``).

    ``meta`` holds the record's other scalar fields (CSV columns, JSON keys, Parquet columns) as
    strings, so that results can later be compared by any of them; ``encoding`` is the encoding
    the text was read with.
    """

    text: str
    id: str | None = None
    title: str | None = None
    outlet: str | None = None
    date: str | None = None
    url: str | None = None
    source: str = ""
    meta: Mapping[str, str] | None = None
    encoding: str = "utf-8"

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["meta"] = dict(self.meta) if self.meta else None
        return d


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


_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def _warn_fallback(where: str, encoding: str) -> None:
    warnings.warn(EncodingFallbackWarning(
        f"{where}: not valid UTF-8; read as {encoding} (check the text, or convert the file)"),
        stacklevel=3)


def decode_bytes(path: Path | str, data: bytes, fallback_encodings: Sequence[str] = ()
                 ) -> tuple[str, str] | ReadError:
    """Decode a whole file: ``(text, encoding)`` or a :class:`ReadError`.

    UTF-8 (with or without a byte-order mark) first; UTF-16/32 when the file starts with their
    BOM; then each of ``fallback_encodings`` in order, with an :class:`EncodingFallbackWarning`.
    """
    if not data.strip():
        return ReadError(str(path), None, "empty file")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError as e:
                return ReadError(str(path), None, f"invalid {enc.upper()} at byte {e.start}")
    if b"\x00" in data[:4096]:
        return ReadError(str(path), None, "binary file, not text")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        error = ReadError(str(path), line, f"invalid UTF-8 at byte {e.start}")
    for enc in fallback_encodings:
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        _warn_fallback(str(path), enc)
        return text, enc
    return error


def _decode(path: Path, data: bytes) -> str | ReadError:
    got = decode_bytes(path, data)
    return got if isinstance(got, ReadError) else got[0]


def _read_bytes(path: Path) -> bytes | ReadError:
    try:
        return path.read_bytes()
    except OSError as e:
        return ReadError(str(path), None, f"cannot read: {e.strerror or e}")


def read_txt(path: Path, *, fallback_encodings: Sequence[str] = (),
             id: str | None = None) -> Record | ReadError:
    """A ``.txt`` article: the first line is the headline when a body follows it (as in the seed).

    ``id`` defaults to the file name without its suffix.
    """
    data = _read_bytes(path)
    if isinstance(data, ReadError):
        return data
    got = decode_bytes(path, data, fallback_encodings)
    if isinstance(got, ReadError):
        return got
    text, encoding = got
    rid = id if id is not None else path.stem
    text = text.replace("\r\n", "\n")
    first, sep, rest = text.lstrip("\n").partition("\n")
    if sep and rest.strip() and len(first) <= 300 and not first.rstrip().endswith((".", "”", '"')):
        return Record(text=rest, title=first.strip(), id=rid, source=str(path), encoding=encoding)
    return Record(text=text, id=rid, source=str(path), encoding=encoding)


def _scalar(v: Any) -> str | None:
    if v is None or isinstance(v, (dict, list)):
        return None
    if isinstance(v, float) and v != v:  # NaN from pandas-written files
        return None
    if hasattr(v, "isoformat"):
        return str(v.isoformat())
    s = str(v)
    return s if s.strip() else None


def _record_from_mapping(obj: Mapping[str, Any], *, path: Path, line: int,
                         columns: Mapping[str, str], encoding: str = "utf-8"
                         ) -> Record | ReadError:
    """Build a record from one row or object whose keys are already mapped to our fields."""
    rid = _scalar(obj.get(columns["id"])) if "id" in columns else None
    text = obj.get(columns["text"]) if "text" in columns else None
    if not isinstance(text, str) or not text.strip():
        return ReadError(str(path), line, f"missing or empty {columns.get('text', 'text')!r} field",
                         id=rid)
    meta_fields = {f: _scalar(obj.get(c)) for f, c in columns.items() if f not in ("id", "text")}
    used = set(columns.values())
    extra = {str(k): s for k, v in obj.items()
             if k not in used and (s := _scalar(v)) is not None}
    return Record(text=text, id=rid if rid is not None else f"{path.stem}:{line}",
                  title=meta_fields.get("title"), outlet=meta_fields.get("outlet"),
                  date=meta_fields.get("date"), url=meta_fields.get("url"),
                  source=f"{path}:{line}", meta=extra or None, encoding=encoding)


def _resolve_columns(names: Sequence[str], columns: Mapping[str, str] | None,
                     path: Path) -> dict[str, str] | ReadError:
    """Map our fields to the file's column names: the mapping first, then known names.

    A mapped column that this file lacks falls back to the known names (one mapping can serve
    files of several layouts); it is an error only when nothing else matches either.
    """
    columns = dict(columns or {})
    unknown = sorted(set(columns) - set(_FIELDS))
    if unknown:
        return ReadError(str(path), None, f"unknown field(s) in the column mapping: "
                         f"{', '.join(unknown)} (fields: {', '.join(_FIELDS)})")
    lower = {n.lower().strip(): n for n in names}
    out: dict[str, str] = {}
    taken = {c for c in columns.values() if c in names}
    for field in _FIELDS:
        if field in columns and columns[field] in names:
            out[field] = columns[field]
            continue
        for alias in _COLUMN_ALIASES[field]:
            name = lower.get(alias)
            if name is not None and name not in taken:
                out[field] = name
                taken.add(name)
                break
        else:
            if field in columns:
                return ReadError(str(path), 1, f"no column {columns[field]!r} for {field} "
                                 f"(columns: {', '.join(names)})")
    if "text" not in out:
        return ReadError(str(path), 1, f"no text column (columns: {', '.join(names)}); name it "
                         "with a mapping such as text=COLUMN")
    return out


def read_jsonl(path: Path, *, columns: Mapping[str, str] | None = None,
               fallback_encodings: Sequence[str] = ()) -> Iterator[Record | ReadError]:
    """JSON Lines with fields id, title, text, outlet, date, url (only ``text`` is required).

    ``columns`` maps our fields to other key names (``{"text": "isi"}``); other scalar keys go to
    ``Record.meta``.
    """
    data = _read_bytes(path)
    if isinstance(data, ReadError):
        yield data
        return
    if not data.strip():
        yield ReadError(str(path), None, "empty file")
        return
    explicit = dict(columns or {})
    warned = False
    for lineno, raw in enumerate(data.split(b"\n"), start=1):
        if not raw.strip():
            continue
        encoding = "utf-8"
        line: str | None
        try:
            line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
        except UnicodeDecodeError:
            line = None
            for enc in fallback_encodings:
                try:
                    line = raw.decode(enc)
                except (UnicodeDecodeError, LookupError):
                    continue
                encoding = enc
                if not warned:
                    _warn_fallback(f"{path}:{lineno}", enc)
                    warned = True
                break
        if line is None:
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
        # a mapped key this object lacks falls back to the field's own name
        mapping = {f: explicit[f] if explicit.get(f) in obj else f for f in _FIELDS}
        yield _record_from_mapping(obj, path=path, line=lineno, columns=mapping, encoding=encoding)


def _sniff_delimiter(header: str, suffix: str) -> str:
    if suffix == ".tsv":
        return "\t"
    counts = {d: header.count(d) for d in (",", ";", "\t", "|")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_csv(path: Path, *, columns: Mapping[str, str] | None = None,
             delimiter: str | None = None, fallback_encodings: Sequence[str] = ()
             ) -> Iterator[Record | ReadError]:
    """CSV or TSV with a header row; each row is one article.

    Args:
        columns: our field -> the file's column name, e.g. ``{"text": "isi", "outlet": "media"}``.
            Unmapped fields are found by name (``text``, ``body``, ``isi``, ``judul``, ``tanggal``,
            ...; see ``_COLUMN_ALIASES``); other columns go to ``Record.meta``.
        delimiter: the field separator; by default tab for ``.tsv``, else whichever of
            ``, ; TAB |`` is most frequent in the header line.
        fallback_encodings: encodings to try when the file is not UTF-8.

    Errors name the line on which the row starts (a quoted field may span lines).

    Example:
        >>> list(read_csv(Path("berita.csv"), columns={"text": "isi"}))  # doctest: +SKIP
    """
    data = _read_bytes(path)
    if isinstance(data, ReadError):
        yield data
        return
    got = decode_bytes(path, data, fallback_encodings)
    if isinstance(got, ReadError):
        yield got
        return
    text, encoding = got
    header_line = text.split("\n", 1)[0]
    sep = delimiter or _sniff_delimiter(header_line, path.suffix.lower())
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep)
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as e:
        yield ReadError(str(path), 1, f"cannot read the header row: {e}")
        return
    header = [h.strip() for h in header]
    mapping = _resolve_columns(header, columns, path)
    if isinstance(mapping, ReadError):
        yield mapping
        return
    prev_end = reader.line_num
    while True:
        start = prev_end + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as e:
            yield ReadError(str(path), start, f"malformed CSV: {e}")
            prev_end = reader.line_num
            continue
        prev_end = reader.line_num
        if not row or not any(c.strip() for c in row):
            continue
        if len(row) != len(header):
            yield ReadError(str(path), start, f"expected {len(header)} fields, found {len(row)}")
            continue
        obj = dict(zip(header, row, strict=True))
        yield _record_from_mapping(obj, path=path, line=start, columns=mapping, encoding=encoding)


def _partition_values(path: Path) -> dict[str, str]:
    """Hive-style partition folders (``outlet=Kompas/part-0.parquet``) as field values."""
    from urllib.parse import unquote

    out = {}
    for part in path.parent.parts:
        key, eq, value = part.partition("=")
        if eq and key and value:
            out[unquote(key)] = unquote(value)  # pyarrow writes "outlet=Kabar%20Kota"
    return out


def read_parquet(path: Path, *, columns: Mapping[str, str] | None = None,
                 batch_size: int = 1024) -> Iterator[Record | ReadError]:
    """A Parquet file, streamed in batches; errors name the row (1-based) as the line.

    Columns are mapped as for :func:`read_csv`; values of Hive-style partition folders
    (``outlet=Kompas/``) fill fields and ``meta`` that the file itself lacks.
    """
    try:
        import pyarrow.parquet as pq
    except ImportError:
        yield ReadError(str(path), None, "reading Parquet needs pyarrow: "
                        "pip install 'framing[corpus]'")
        return
    try:
        pf = pq.ParquetFile(path)
        names = list(pf.schema_arrow.names)
    except Exception as e:  # pyarrow raises several types for a damaged file
        yield ReadError(str(path), None, f"not a readable Parquet file: {e}")
        return
    partitions = {k: v for k, v in _partition_values(path).items() if k not in names}
    mapping = _resolve_columns(names + list(partitions), columns, path)
    if isinstance(mapping, ReadError):
        yield mapping
        return
    row = 0
    try:
        for batch in pf.iter_batches(batch_size=batch_size):
            for obj in batch.to_pylist():
                row += 1
                yield _record_from_mapping(partitions | obj, path=path, line=row, columns=mapping)
    except Exception as e:
        yield ReadError(str(path), row + 1, f"cannot read Parquet data: {e}")


def read_html(path: Path, *, id: str | None = None) -> Record | ReadError:
    """A saved news web page: the article text and metadata extracted with trafilatura.

    Title, date, site name (as the outlet) and canonical URL come from the page's metadata. The
    page's own ``<meta charset>`` decides its encoding. Nothing is fetched.
    """
    try:
        import trafilatura
    except ImportError:
        return ReadError(str(path), None, "reading .html needs trafilatura: "
                         "pip install 'framing[corpus]'")
    data = _read_bytes(path)
    if isinstance(data, ReadError):
        return data
    if not data.strip():
        return ReadError(str(path), None, "empty file")
    try:
        doc = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False,
                                          include_tables=False, favor_precision=True)
    except Exception as e:  # trafilatura/lxml raise many types on broken markup
        return ReadError(str(path), None, f"cannot parse the page: {e}")
    if doc is not None and not isinstance(doc, dict):
        doc = {k: getattr(doc, k, None) for k in ("text", "title", "sitename", "date", "url")}
    doc = doc or {}
    text = doc.get("text") or ""
    # fewer words than a one-line news item: what trafilatura kept is a menu or a caption
    if len(text.split()) < _MIN_PAGE_WORDS:
        return ReadError(str(path), None, "no article text found in the page")
    title = doc.get("title") or None
    if title and text.startswith(title):  # the headline repeated as the first paragraph
        text = text[len(title):].lstrip("\n")
    return Record(text=text, id=id if id is not None else path.stem, title=title,
                  outlet=doc.get("sitename") or None, date=doc.get("date") or None,
                  url=doc.get("url") or None, source=str(path))


def read_records(paths: Iterable[str | Path], *, columns: Mapping[str, str] | None = None,
                 delimiter: str | None = None, fallback_encodings: Sequence[str] = ()
                 ) -> Iterator[Record | ReadError]:
    """Read files and folders of ``.txt``, ``.jsonl``, ``.csv``/``.tsv``, ``.parquet`` and
    ``.html``, in a stable order.

    Args:
        paths: files or folders (searched recursively, in sorted order).
        columns: field -> column/key name for CSV, Parquet and JSON Lines (see :func:`read_csv`).
        delimiter: the CSV field separator (by default guessed from the header).
        fallback_encodings: encodings to try, with a warning, when a file is not UTF-8.

    A ``.txt`` or ``.html`` file in a sub-folder of a folder gets the relative path without its
    suffix as id (``kompas/001``), so that files of the same name in two folders stay distinct.

    Yields:
        :class:`Record` or :class:`ReadError`, one per article.
    """
    for p in paths:
        path = Path(p)
        if path.is_dir():
            files = sorted(f for f in path.rglob("*")
                           if f.is_file() and f.suffix.lower() in READABLE_SUFFIXES)
            if not files:
                yield ReadError(str(path), None, "folder holds no readable files ("
                                + ", ".join(READABLE_SUFFIXES) + ")")
            for f in files:
                rel = f.relative_to(path)
                rid = rel.with_suffix("").as_posix() if len(rel.parts) > 1 else None
                yield from _read_file(f, rid, columns=columns, delimiter=delimiter,
                                      fallback_encodings=fallback_encodings)
        elif path.exists():
            yield from _read_file(path, None, columns=columns, delimiter=delimiter,
                                  fallback_encodings=fallback_encodings)
        else:
            yield ReadError(str(path), None, "no such file or folder")


def _read_file(path: Path, rid: str | None = None, *, columns: Mapping[str, str] | None = None,
               delimiter: str | None = None, fallback_encodings: Sequence[str] = ()
               ) -> Iterator[Record | ReadError]:
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        yield from read_jsonl(path, columns=columns, fallback_encodings=fallback_encodings)
    elif suffix in (".csv", ".tsv"):
        yield from read_csv(path, columns=columns, delimiter=delimiter,
                            fallback_encodings=fallback_encodings)
    elif suffix == ".parquet":
        yield from read_parquet(path, columns=columns)
    elif suffix in (".html", ".htm"):
        yield read_html(path, id=rid)
    else:
        yield read_txt(path, fallback_encodings=fallback_encodings, id=rid)
