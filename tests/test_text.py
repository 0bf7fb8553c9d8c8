from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from framing.text import QUOTE_CHARS, Document, normalize, split_sentences, stem


def sents(text: str, lex) -> list[str]:  # type: ignore[no-untyped-def]
    return [text[s:e] for s, e, _ in split_sentences(text, lex.abbreviations)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ia datang. Kami pergi.", ["Ia datang.", "Kami pergi."]),
        ("Dr. Budi tiba di Jl. Sudirman No. 5 pukul 09.00. Ia lelah.",
         ["Dr. Budi tiba di Jl. Sudirman No. 5 pukul 09.00.", "Ia lelah."]),
        ("Kerugian mencapai Rp 1.500.000 per hari. Polisi menyelidiki.",
         ["Kerugian mencapai Rp 1.500.000 per hari.", "Polisi menyelidiki."]),
        ("Prof. Dr. H. Agus Salim, S.H., M.H. hadir. Acara dimulai.",
         ["Prof. Dr. H. Agus Salim, S.H., M.H. hadir.", "Acara dimulai."]),
        ("Mereka membawa beras, gula, dll. untuk warga.",
         ["Mereka membawa beras, gula, dll. untuk warga."]),
        ("Mereka membawa beras, gula, dll. Warga senang.",
         ["Mereka membawa beras, gula, dll.", "Warga senang."]),
        ("JAKARTA, KOMPAS — Presiden tiba. Ia tersenyum.",
         ["JAKARTA, KOMPAS — Presiden tiba.", "Ia tersenyum."]),
        ("“Kami siap.” Budi lalu pergi.", ["“Kami siap.”", "Budi lalu pergi."]),
        ("“Apa?” tanya dia heran.", ["“Apa?” tanya dia heran."]),
        ("Baris satu\nBaris dua", ["Baris satu", "Baris dua"]),
        ("", []),
        ("Harga naik 2,5 persen. Inflasi 3.5 persen.",
         ["Harga naik 2,5 persen.", "Inflasi 3.5 persen."]),
    ],
    ids=["plain", "titles-address-time", "thousands", "degrees-initials", "dll-mid",
         "dll-end", "dateline", "quote-end", "question-in-quote", "lines", "empty", "decimals"],
)
def test_split_sentences(text: str, expected: list[str], lex) -> None:  # type: ignore[no-untyped-def]
    assert sents(text, lex) == expected


@pytest.mark.parametrize(
    "raw, expected",
    [("\u201cKami\u201d \u2014 katanya", '"Kami" - katanya'),
     ("Ma\u2019ruf", "Ma'ruf"),
     ("Cafe\u0301", "Caf\u00e9"),
     ("a\u00a0b", "a b")],
    ids=["quotes-dash", "apostrophe", "nfc", "nbsp"],
)
def test_normalize(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


@given(st.text())
def test_normalize_idempotent(t: str) -> None:
    assert normalize(normalize(t)) == normalize(t)


@given(st.text(max_size=300))
def test_token_offsets_slice_back(t: str) -> None:
    doc = Document.from_text(t)
    for tok in doc.tokens:
        assert t[tok.start:tok.end] == tok.text
    for s in doc.sentences:
        assert t[s.start:s.end] == s.text


@pytest.mark.parametrize(
    "word, expected",
    [("ditangkap", "tangkap"), ("menangis", "tangis"), ("membantah", "bantah"),
     ("menurut", "menurut"), ("terpercaya", "terpercaya"), ("pengamat", "pengamat"),
     ("kebijakan", "kebijakan"), ("kecaman", "kecam")],
)
def test_stem_with_bad_stems(word: str, expected: str, lex) -> None:  # type: ignore[no-untyped-def]
    assert stem(word, lex.bad_stems) == expected


def test_names_are_not_stemmed(lex) -> None:  # type: ignore[no-untyped-def]
    doc = Document.from_text("Kemarin Pak Setiawan bertemu Menteri Pertahanan.", lex)
    by_text = {t.text: i for i, t in enumerate(doc.tokens)}
    assert doc.stem(by_text["Setiawan"]) == "setiawan"
    assert doc.stem(by_text["bertemu"]) == "temu"


def test_tokens_keep_numbers_and_hyphens(lex) -> None:  # type: ignore[no-untyped-def]
    doc = Document.from_text("Pandemi Covid-19 merugikan Rp 1.500.000 pukul 09.00.", lex)
    texts = [t.text for t in doc.tokens]
    assert "Covid-19" in texts and "1.500.000" in texts and "09.00" in texts


@pytest.mark.parametrize("text, first", [
    ("JAKARTA, KOMPAS — Pemerintah menaikkan harga.", "Pemerintah"),
    ("Pemerintah menaikkan harga.", "Pemerintah"),
    ("BANDUNG, KOMPAS - Warga antre sejak pagi.", "Warga"),
])
def test_story_start_is_the_first_word_after_the_dateline(text: str, first: str) -> None:
    doc = Document.from_text(text)
    assert doc.tokens[doc.story_start].text == first


@pytest.mark.parametrize("text", ["", "Presiden “Joko” tiba, ‘kata’ 2 orang.", "a\n\nB. (c) D?"])
def test_token_flags_are_made_on_first_use_and_right(text: str) -> None:
    doc = Document.from_text(text)
    # tokenising alone (the benchmark's floor) does not pay for the stages' flags
    assert doc._caps is None and doc._words is None and doc._quotes is None
    assert doc.caps == [t.text[0].isupper() for t in doc.tokens]
    assert doc.words == [t.text[0].isalnum() for t in doc.tokens]
    assert doc.quotes == [t.text in QUOTE_CHARS for t in doc.tokens]
    assert doc.caps is doc.caps  # made once


# positions/flagged replace compress(range(n), map(members.__contains__, seq)) in the stages;
# they must give exactly what that expression gave, for any slice bounds
_WORDS = st.sampled_from(["a", "b", "(", "Ia", "dia", ""])


@given(st.lists(_WORDS, max_size=30), st.frozensets(_WORDS), st.integers(-3, 35),
       st.one_of(st.none(), st.integers(-3, 35)))
def test_positions_is_the_compress_expression(seq: list[str], members: frozenset[str],
                                              start: int, stop: int | None) -> None:
    from itertools import compress

    from framing.text import positions

    lo, hi = max(start, 0), len(seq) if stop is None else max(min(stop, len(seq)), 0)
    expected = list(compress(range(lo, hi), map(members.__contains__, seq[lo:hi])))
    assert positions(seq, members, start, stop) == expected
    assert positions(seq, dict.fromkeys(members), start, stop) == expected  # any container


@given(st.lists(st.booleans(), max_size=30), st.integers(-3, 35),
       st.one_of(st.none(), st.integers(-3, 35)))
def test_flagged_is_the_compress_expression(flags: list[bool], start: int,
                                            stop: int | None) -> None:
    from itertools import compress

    from framing.text import flagged

    lo, hi = max(start, 0), len(flags) if stop is None else max(min(stop, len(flags)), 0)
    assert flagged(flags, start, stop) == list(compress(range(lo, hi), flags[lo:hi]))


@pytest.mark.parametrize("text", ["", "Presiden “Joko” tiba, ‘kata’ 2 orang.", "Ia dan ia. IA?"])
def test_forms_and_texts(text: str) -> None:
    doc = Document.from_text(text)
    assert doc.texts == [t.text for t in doc.tokens]
    lower, upper = doc.forms()
    assert lower == {t.norm for t in doc.tokens if not t.text[0].isupper()}
    assert upper == {t.norm for t in doc.tokens if t.text[0].isupper()}
    # made once (the sets themselves: compiled, the tuple around them is made at each call)
    assert doc.forms()[0] is doc.forms()[0] and doc.forms()[1] is doc.forms()[1]
    # a Document built from tokens alone reads the texts off them
    again = Document(text, doc.tokens, doc.sentences, doc.dateline_end, {})
    assert again.texts == doc.texts
