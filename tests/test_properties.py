"""Invariants: any text analyses without crashing, and every offset slices back to its text."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

WORDS = ["Presiden", "Joko", "Widodo", "mengatakan", "“", "”", '"', ",", ".", "ia", "tidak",
         "korupsi", "berhasil", "namun", "Kabarnya", "sumber", "terpercaya", "KPK", "(39)",
         "kata", "ujarnya", "\n", "Rp", "1.500.000", "keduanya", "menurut", "—", "JAKARTA,",
         "KOMPAS", "Dr.", "sangat", "korban", "’", "‘", "di", "Rusia", "menyerang"]

news_like = st.lists(st.sampled_from(WORDS), max_size=80).map(" ".join)


def check(r) -> None:  # type: ignore[no-untyped-def]
    t = r.text
    for a in r.actors:
        assert -1 <= a.portrayal.score <= 1
        for m in a.mentions:
            assert t[m.start:m.end] == m.text
        for c in a.portrayal.evidence:
            assert t[c.start:c.end] == c.text
    for a in r.attributions:
        assert t[a.start:a.end] == a.quote
        if a.cue_start is not None:
            assert t[a.cue_start:a.cue_end] == a.cue
        if a.source_start is not None:
            assert t[a.source_start:a.source_end] == a.source
    for f in r.frames:
        for e in f.evidence:
            assert t[e.start:e.end] == e.text
    assert 0 <= r.sources.unnamed_share <= 1


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_any_text(analyzer, text: str) -> None:  # type: ignore[no-untyped-def]
    check(analyzer.analyze(text))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(news_like)
def test_news_like_text(analyzer, text: str) -> None:  # type: ignore[no-untyped-def]
    check(analyzer.analyze(text))


def test_empty_and_very_long(analyzer, seed_parts) -> None:  # type: ignore[no-untyped-def]
    assert analyzer.analyze("").actors == ()
    long = "\n".join([seed_parts[1]] * 40)
    check(analyzer.analyze(long))


# Fast paths that replace a regular expression must find exactly what it finds.
_AGE_REFERENCE = re.compile(r"[A-Z](?<!\w.)[\w'-]*\s\(\d{1,3}\)")
age_like = st.lists(st.sampled_from(["Budi", "al-", "Bahri", "x_Y", "é", "'", "-", " ", "  ",
                                     "\t", "\n", "(", ")", "(56)", "(7)", "(1234)", "3", "Z",
                                     "ab", "Ö", "_"]), max_size=30).map("".join)


@settings(max_examples=500, deadline=None)
@given(st.one_of(age_like, st.text(max_size=60)))
def test_ages_match_their_regular_expression(text: str) -> None:
    from framing.frames import _ages

    assert _ages(text) == [m.span() for m in _AGE_REFERENCE.finditer(text)]
