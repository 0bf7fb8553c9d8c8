from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from framing.lexicons import SCHEMAS, LexiconError, default_lexicon_dir, load_lexicons

FIXTURES = Path(__file__).parent / "fixtures"

# Minimum sizes: the lexicons are real data, and a truncated file must fail the suite.
MINIMUM = {
    "sentiment": 2000, "actors": 700, "titles": 150, "frame_cues": 500, "reporting_verbs": 150,
    "source_phrases": 150, "negators": 15, "intensifiers": 25, "contrast": 15, "hedges": 30,
    "pronouns": 5, "abbreviations": 50, "bad_stems": 20, "org_heads": 50, "target_rules": 10,
}


def test_every_shipped_lexicon_loads(lex) -> None:  # type: ignore[no-untyped-def]
    counts = lex.counts()
    assert set(counts) == set(SCHEMAS)
    for name, minimum in MINIMUM.items():
        assert counts[name] >= minimum, f"{name} has only {counts[name]} entries"
    assert len(lex.version) == 12


def test_every_shipped_file_is_documented() -> None:
    folder = default_lexicon_dir()
    readme = (folder / "README.md").read_text(encoding="utf-8")
    for path in folder.glob("*.tsv"):
        assert f"`{path.name}`" in readme, f"{path.name} is not described in lexicons/README.md"


def test_broken_lexicon_reports_every_problem_with_line_numbers(tmp_path: Path) -> None:
    with pytest.raises(LexiconError) as err:
        load_lexicons([FIXTURES / "lexicons_broken"])
    folder = FIXTURES / "lexicons_broken"
    s, n = folder / "sentiment.tsv", folder / "negators.tsv"
    assert err.value.problems == [
        f"{n}:1: unknown column 'note'",
        f"{s}:4: weight: not a number: 'minus two'",
        f"{s}:6: term: empty value",
        f"{s}:7: expected 5 tab-separated fields, found 4",
        f"{s}:8: weight: 9 is outside [-3, 3]",
        f"{s}:9: match: 'fuzzy' is not one of stem, surface",
        f"{s}:5: duplicate term 'bagus' (first on line 3)",
        f"{folder / 'whatever.tsv'}: unknown lexicon file (expected one of: "
        + ", ".join(sorted(SCHEMAS)) + ", optionally with a suffix)",
    ]


def test_user_folder_extends_and_overrides(lex) -> None:  # type: ignore[no-untyped-def]
    user = load_lexicons([FIXTURES / "lexicons_user"])
    assert user.version != lex.version
    assert user.sentiment_surface["cetar"].weight == 2
    assert user.sentiment_phrases.match(("angkat", "tangan"), 0)[1].weight == -1
    assert any(a.name == "Budi Santoso Wiryo" for a in user.actors)
    assert len(user.actors) == len(lex.actors) + 1


def test_user_term_changes_the_analysis() -> None:
    from framing import Analyzer

    text = "Pelayanan kantor itu cetar."
    base = Analyzer().analyze(text)
    user = Analyzer([FIXTURES / "lexicons_user"]).analyze(text)
    assert user.tone.score > base.tone.score
    assert user.lexicon_version != base.lexicon_version


def test_alias_for_two_actors_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "actors_x.tsv").write_text(
        "name\ttype\tcategory\taliases\tprovenance\nBudi Hartono Wiryo\tperson\t\tBHW\tx\n"
        "Bambang Hadi Wijaya\tperson\t\tBHW\tx\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"actors_x.tsv:3: alias 'BHW' also names"):
        load_lexicons([tmp_path])


def test_missing_folder_is_reported(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match="not a lexicon folder"):
        load_lexicons([tmp_path / "nope"])


def test_invalid_utf8_names_the_line(tmp_path: Path) -> None:
    (tmp_path / "negators.tsv").write_bytes(b"term\tscope\tprovenance\ntidak\t3\tx\nt\xe9k\t2\tx\n")
    with pytest.raises(LexiconError, match=r"negators.tsv:3: not valid UTF-8"):
        load_lexicons([tmp_path])


def test_lexicon_round_trip(tmp_path: Path, lex) -> None:  # type: ignore[no-untyped-def]
    """Writing a loaded table back out and loading it gives the same entries."""
    rows = lex.tables["negators"]
    lines = ["term\tscope\tprovenance"] + [f"{r['term']}\t{r['scope']}\t{r['provenance']}"
                                           for r in rows]
    (tmp_path / "negators.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    again = load_lexicons([tmp_path])
    assert again.negators == lex.negators


def test_readme_table_gives_the_real_sizes(lex) -> None:  # type: ignore[no-untyped-def]
    import re

    readme = (default_lexicon_dir() / "README.md").read_text(encoding="utf-8")
    table = {m.group(1): int(m.group(2).replace(",", ""))
             for m in re.finditer(r"\| `([a-z_]+)\.tsv` \| ([\d,]+) \|", readme)}
    assert table == lex.counts()


def test_every_function_word_class_is_filled(lex) -> None:  # type: ignore[no-untyped-def]
    from framing.lexicons import FUNCTION_WORD_CLASSES

    for word_class in FUNCTION_WORD_CLASSES:
        assert lex.words(word_class), f"function_words.tsv has no word of class {word_class}"
    assert "kepada" in lex.words("recipient_preposition")
    assert "kepada" not in lex.words("quantifier")


def test_unknown_function_word_class(tmp_path: Path, lex) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(KeyError, match="quantifiers"):
        lex.words("quantifiers")
    (tmp_path / "function_words.tsv").write_text(
        "term\tclass\tprovenance\npara\tquantifer\tme\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"function_words.tsv:2: .*quantifer"):
        load_lexicons([tmp_path])


_PHRASE_WORDS = st.sampled_from(["sumber", "terpercaya", "yang", "enggan", "disebut", "x"])


@given(st.lists(st.lists(_PHRASE_WORDS, min_size=1, max_size=3), max_size=6),
       st.lists(_PHRASE_WORDS, max_size=25))
def test_phrase_starts_are_every_position_where_a_phrase_matches(
        phrases: list[list[str]], seq: list[str]) -> None:
    from framing.lexicons import PhraseIndex

    index = PhraseIndex()
    for k, p in enumerate(phrases):
        index.add(tuple(p), k)
    starts = index.starts(seq)
    matched = {i for i in range(len(seq)) if index.match(seq, i) is not None}
    # starts() may over-approximate (a pair that begins a longer phrase but does not finish
    # it), never miss
    assert matched <= starts
    assert starts <= {i for i in range(len(seq)) if seq[i] in index.by_first}
    singles = {p[0] for p in phrases if len(p) == 1}
    pairs = {tuple(p[:2]) for p in phrases if len(p) > 1}
    assert starts == {i for i in range(len(seq)) if seq[i] in singles
                      or tuple(seq[i:i + 2]) in pairs}
