"""Corpus readers: CSV/TSV with column mapping, Parquet, saved web pages, encodings, error rows."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest

from framing.corpus import (
    EncodingFallbackWarning,
    ReadError,
    Record,
    read_csv,
    read_html,
    read_jsonl,
    read_parquet,
    read_records,
    read_txt,
)

from .conftest import ROOT

CORPUS = ROOT / "tests" / "data" / "corpus"
MAPPING = {"id": "kode", "url": "tautan"}
BODY = "Menteri Budi Santoso mengatakan harga beras turun."


def records(items: list[Record | ReadError]) -> list[Record]:
    return [r for r in items if isinstance(r, Record)]


def errors(items: list[Record | ReadError]) -> list[ReadError]:
    return [r for r in items if isinstance(r, ReadError)]


# ---------------------------------------------------------------------------------------------
# The checked-in corpus: three outlets in three formats.


def test_fixture_corpus_reads_in_every_format() -> None:
    got = list(read_records([CORPUS], columns=MAPPING))
    assert not errors(got)
    recs = records(got)
    assert len(recs) == 12
    by_outlet: dict[str, list[Record]] = {}
    for r in recs:
        by_outlet.setdefault(r.outlet or "", []).append(r)
    assert {k: len(v) for k, v in by_outlet.items()} == {
        "Kabar Kota": 4, "Suara Rakyat": 4, "Warta Nusantara": 4}
    for r in recs:
        assert r.text.strip() and r.title and r.date and r.date.startswith("2024-03-")
        assert r.url and r.url.startswith("https://")
    csv_rec = next(r for r in recs if r.id == "sr-101")
    assert csv_rec.meta == {"rubrik": "ekonomi"}
    assert csv_rec.source.endswith("suara_rakyat.csv:2")
    html_rec = next(r for r in recs if r.outlet == "Kabar Kota")
    assert html_rec.id == "kabar_kota/kk-01"  # relative path: unique across sub-folders
    assert "Beranda" not in html_rec.text and "Hak cipta" not in html_rec.text  # boilerplate
    assert not html_rec.text.startswith(html_rec.title or "-")  # headline not repeated


# ---------------------------------------------------------------------------------------------
# CSV and TSV


@pytest.mark.parametrize(
    "content, suffix, kwargs, expected",
    [
        ("id,title,text,outlet\n1,Judul,{b},Warta\n", ".csv", {},
         [("1", "Judul", BODY, "Warta")]),
        ("kode;judul;isi;media\nA;J;{b};Suara\n", ".csv", {"columns": {"id": "kode"}},
         [("A", "J", BODY, "Suara")]),
        ("no\tjudul\tberita\n7\tJ\t{b}\n", ".tsv", {"columns": {"id": "no", "text": "berita"}},
         [("7", "J", BODY, None)]),
        ("headline|body|publisher\nH|{b}|P\n", ".csv", {}, [("f:2", "H", BODY, "P")]),
        ("\ufefftext,outlet\n{b},X\n", ".csv", {}, [("f:2", None, BODY, "X")]),
        ('text,outlet\n"{b}\nbaris kedua, dengan koma",X\n\n"{b}",Y\n', ".csv", {},
         [("f:2", None, BODY + "\nbaris kedua, dengan koma", "X"), ("f:5", None, BODY, "Y")]),
        ("text\tx\n{b}\t1\n", ".csv", {"delimiter": "\t"}, [("f:2", None, BODY, None)]),
    ],
    ids=["standard", "semicolon-mapped", "tsv-mapped", "aliases-pipe", "bom", "multiline-quoted",
         "explicit-delimiter"],
)
def test_csv_reads(tmp_path: Path, content: str, suffix: str, kwargs: dict,  # type: ignore[type-arg]
                   expected: list[tuple]) -> None:  # type: ignore[type-arg]
    f = tmp_path / f"f{suffix}"
    f.write_text(content.format(b=BODY), encoding="utf-8")
    got = list(read_csv(f, **kwargs))
    assert not errors(got), errors(got)
    assert [(r.id, r.title, r.text, r.outlet) for r in records(got)] == expected


@pytest.mark.parametrize(
    "content, kwargs, where, message",
    [
        ("judul,kategori\nJ,K\n", {}, 1, "no text column"),
        ("berita,outlet\n{b},X\n", {"columns": {"text": "isi"}}, 1,
         "no column 'isi' for text"),
        ("text,sumber\n{b},X\n", {"columns": {"outlet": "media"}}, 1,
         "no column 'media' for outlet"),
        ("text,outlet\n{b},X\n", {"columns": {"penulis": "x"}}, None, "unknown field(s)"),
        ("id,text\n1,{b}\n2,{b},lebih\n3,{b}\n", {}, 3, "expected 2 fields, found 3"),
        ("id,text\n1,{b}\n2,\n3,{b}\n", {}, 3, "missing or empty 'text' field"),
        ("id,text\n1,{b}\n2,   \n", {}, 3, "missing or empty 'text' field"),
    ],
    ids=["no-text-column", "mapped-column-missing", "mapped-nothing-else", "unknown-field",
         "extra-field", "empty-text", "blank-text"],
)
def test_csv_errors_name_file_and_line(tmp_path: Path, content: str, kwargs: dict,  # type: ignore[type-arg]
                                       where: int | None, message: str) -> None:
    f = tmp_path / "berita.csv"
    f.write_text(content.format(b=BODY), encoding="utf-8")
    got = list(read_csv(f, **kwargs))
    errs = errors(got)
    assert len(errs) == 1
    assert errs[0].path == str(f) and errs[0].line == where
    assert message in errs[0].message
    # the other rows are still read
    if "1," in content and where not in (None, 1):
        assert [r.id for r in records(got)][0] == "1"


def test_csv_error_row_keeps_its_id(tmp_path: Path) -> None:
    f = tmp_path / "b.csv"
    f.write_text("id,text\nx1,\n", encoding="utf-8")
    (err,) = list(read_csv(f))
    assert isinstance(err, ReadError) and err.id == "x1"
    assert err.to_dict() == {"id": "x1", "error": "missing or empty 'text' field",
                             "source": f"{f}:2"}


# ---------------------------------------------------------------------------------------------
# Encodings


def test_cp1252_fallback_is_used_with_a_warning(tmp_path: Path) -> None:
    f = tmp_path / "lama.txt"
    f.write_bytes("Judul\nHarga naik 5\u2030 \u2014 kata pedagang caf\u00e9.\n".encode("cp1252"))
    with pytest.warns(EncodingFallbackWarning, match=r"lama\.txt: not valid UTF-8; read as cp1252"):
        rec = read_txt(f, fallback_encodings=("cp1252",))
    assert isinstance(rec, Record)
    assert rec.encoding == "cp1252" and "caf\u00e9" in rec.text and "\u2014" in rec.text


def test_without_fallback_invalid_utf8_is_an_error(tmp_path: Path) -> None:
    f = tmp_path / "lama.txt"
    f.write_bytes("Judul\ncaf\u00e9\n".encode("cp1252"))
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no warning either
        rec = read_txt(f)
    assert isinstance(rec, ReadError) and rec.line == 2 and "invalid UTF-8" in rec.message


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-8-sig"])
def test_byte_order_marks(tmp_path: Path, encoding: str) -> None:
    f = tmp_path / "bom.txt"
    data = ("Judul Berita\n" + BODY + "\n").encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    f.write_bytes(data)
    rec = read_txt(f)
    assert isinstance(rec, Record), rec
    assert rec.title == "Judul Berita" and rec.text.strip() == BODY


def test_csv_fallback_and_jsonl_line_fallback(tmp_path: Path) -> None:
    c = tmp_path / "a.csv"
    c.write_bytes("text,outlet\nKopi caf\u00e9 enak sekali,X\n".encode("cp1252"))
    with pytest.warns(EncodingFallbackWarning):
        (rec,) = list(read_csv(c, fallback_encodings=("cp1252",)))
    assert isinstance(rec, Record) and rec.text == "Kopi caf\u00e9 enak sekali"
    j = tmp_path / "a.jsonl"
    j.write_bytes(b'{"id": "1", "text": "baik"}\n' + '{"id": "2", "text": "caf\u00e9"}\n'
                  .encode("cp1252"))
    got = list(read_jsonl(j))
    assert [type(r).__name__ for r in got] == ["Record", "ReadError"]
    assert got[1].line == 2  # type: ignore[union-attr]
    with pytest.warns(EncodingFallbackWarning, match=r"a\.jsonl:2"):
        got = list(read_jsonl(j, fallback_encodings=("cp1252",)))
    assert [r.id for r in records(got)] == ["1", "2"] and records(got)[1].encoding == "cp1252"


# ---------------------------------------------------------------------------------------------
# JSON Lines column mapping


def test_jsonl_mapping_and_meta(tmp_path: Path) -> None:
    f = tmp_path / "a.jsonl"
    f.write_text(json.dumps({"kode": "k1", "isi": BODY, "media": "M", "rubrik": "ekonomi",
                             "tags": ["a"]}) + "\n" +
                 json.dumps({"id": "k2", "text": BODY}) + "\n", encoding="utf-8")
    got = list(read_jsonl(f, columns={"id": "kode", "text": "isi", "outlet": "media"}))
    assert [(r.id, r.outlet, r.meta) for r in records(got)] == [
        ("k1", "M", {"rubrik": "ekonomi"}), ("k2", None, None)]


# ---------------------------------------------------------------------------------------------
# Parquet


def test_parquet_rows_partitions_and_errors(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    folder = tmp_path / "ds" / "outlet=Warta%20Nusantara"
    folder.mkdir(parents=True)
    table = pa.table({"id": ["a", "b", "c"], "isi": [BODY, None, BODY],
                      "tanggal": ["2024-03-01", "2024-03-02", "2024-03-03"], "n": [1, 2, 3]})
    pq.write_table(table, folder / "part-0.parquet")
    got = list(read_parquet(folder / "part-0.parquet", batch_size=2))
    assert [(r.id, r.outlet, r.date, r.meta) for r in records(got)] == [
        ("a", "Warta Nusantara", "2024-03-01", {"n": "1"}),
        ("c", "Warta Nusantara", "2024-03-03", {"n": "3"})]
    (err,) = errors(got)
    assert err.line == 2 and "missing or empty 'isi' field" in err.message
    # a folder of partitions is read like any folder
    assert len(records(list(read_records([tmp_path / "ds"])))) == 2


def test_damaged_parquet_is_an_error_row(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    f = tmp_path / "rusak.parquet"
    f.write_bytes(b"PAR1 this is not parquet")
    (err,) = list(read_parquet(f))
    assert isinstance(err, ReadError) and "not a readable Parquet file" in err.message


# ---------------------------------------------------------------------------------------------
# Saved web pages


def test_html_page_text_and_metadata() -> None:
    pytest.importorskip("trafilatura")
    rec = read_html(CORPUS / "kabar_kota" / "kk-02.html")
    assert isinstance(rec, Record)
    assert rec.title == "Banjir Rendam Empat Kecamatan di Sukamaju"
    assert rec.outlet == "Kabar Kota" and rec.date == "2024-03-06"
    assert rec.url == "https://kabarkota.example/daerah/kk-02"
    assert rec.text.startswith("SUKAMAJU, KABAR KOTA")
    assert "Terpopuler" not in rec.text


@pytest.mark.parametrize(
    "content, message",
    [(b"", "empty file"),
     (b"<html><body><nav><a href='/'>Beranda</a></nav></body></html>",
      "no article text found")],
    ids=["empty", "no-article"],
)
def test_html_without_article_is_an_error(tmp_path: Path, content: bytes, message: str) -> None:
    pytest.importorskip("trafilatura")
    f = tmp_path / "page.html"
    f.write_bytes(content)
    err = read_html(f)
    assert isinstance(err, ReadError) and message in err.message and err.path == str(f)


# ---------------------------------------------------------------------------------------------
# Never fatal


def test_a_folder_of_broken_files_reports_each_and_reads_the_rest(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text("Judul\n" + BODY + "\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "bad.jsonl").write_text('{"text": "' + BODY + '"}\n{"text": \n',
                                        encoding="utf-8")
    (tmp_path / "bad.csv").write_text("judul\nJ\n", encoding="utf-8")
    (tmp_path / "bad.parquet").write_bytes(b"not parquet")
    (tmp_path / "ignored.pdf").write_bytes(b"%PDF")
    got = list(read_records([tmp_path, tmp_path / "missing.txt"]))
    assert len(records(got)) == 2
    messages = sorted(str(e).replace(str(tmp_path) + "/", "") for e in errors(got))
    assert [m.split(":")[0] for m in messages] == [
        "bad.csv", "bad.jsonl", "bad.parquet", "binary.txt", "empty.txt", "missing.txt"]
    assert any(m.startswith("bad.jsonl:2: malformed JSON") for m in messages)


def test_empty_folder_is_one_error(tmp_path: Path) -> None:
    (err,) = list(read_records([tmp_path]))
    assert isinstance(err, ReadError) and "folder holds no readable files" in err.message
