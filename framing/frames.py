"""Frames: the five generic news frames, answered question by question with evidence.

Semetko & Valkenburg (2000), "Framing European politics: a content analysis of press and
television news", Journal of Communication 50(2): 93-109. Each frame is measured by yes/no
indicator questions; we answer each question from cue words (``lexicons/frame_cues.tsv``) and a few
structural signals (money amounts, age markers, accusing attributions), keep the sentences that
answer it, and score the frame as the share of its questions answered.
"""

from __future__ import annotations

import re
from collections import defaultdict
from operator import itemgetter
from typing import Any, Final

from .lexicons import FRAMES, QUESTIONS, LexiconSet
from .results import Attribution, FrameResult, QuestionAnswer, Span
from .text import Document, positions, stem

__all__ = ["score_frames", "FRAMES"]

# A question counts as answered when its cues add up to at least this much: one unambiguous cue
# (weight 1.5) or two ordinary ones (1 + 0.5 or more).
ANSWER_THRESHOLD: Final = 1.5
# Cue weight that saturates a question; beyond it, more cues do not raise the question's strength.
SATURATION: Final = 4.5
# A frame is present when at least this many of its questions are answered (Semetko & Valkenburg
# score a frame by the mean of its answered questions; a single passing cue is not a frame) and its
# score (mean question strength, 0..1) reaches the level given. One rule for all five frames
# (1 question, 0.2) over-detected the frames whose cues are common in routine news: human interest
# and economic consequences (precision about 0.55) and above all morality, where every health
# appeal ("harus memakai masker") answers the prescription question (precision 0.24). Calibrated
# per frame on the 151 development articles of tests/data/portrayal_gold (gold.jsonl, batch2,
# batch3; 1-3 questions x 0.1-0.5 tried, kept only where all three sets agreed): morality needs two
# of its questions (a prescription alone is no moral frame), human interest and economic a
# stronger score, conflict (under-detected) a weaker one. Micro-F1 over the three sets went from
# 0.70 to 0.77.
PRESENCE: Final[dict[str, tuple[int, float]]] = {
    "conflict": (1, 0.15),
    "human_interest": (1, 0.35),
    "economic": (1, 0.35),
    "morality": (2, 0.35),
    "responsibility": (1, 0.2),
}

# Money amounts: "Rp 1,5 miliar", "Rp.500.000", "2 triliun rupiah", "US$ 10". Each pattern opens
# with a plain character class (the first character of any match) so that the regex engine skips
# the other characters of the text at C speed; the word boundary before that character is a
# lookbehind after it. The same matches as the plain form, in about two thirds of the time:
#   \bRp\.?\s?\d[\d.,]*(?:\s?(?:triliun|miliar|juta|ribu|T|M))?
#   | \b\d[\d.,]*\s?(?:triliun|miliar|juta)\s?(?:rupiah|dolar|dollar|euro|yuan)?
#   | \b(?:US\$|\$)\s?\d[\d.,]*                                    (all case-insensitive)
# ("\b" before a word character is "(?<!\w.)" after it, tested once for the three branches that
# open with one; before "$", which is no word character, it is "(?<=\w\$)" after it.)
_MONEY_RE: Final = re.compile(
    r"[\dRrUu$]"
    r"(?:(?<!\w.)(?:(?<=[Rr])(?i:p\.?\s?\d[\d.,]*(?:\s?(?:triliun|miliar|juta|ribu|T|M))?)"
    r"|(?<=\d)(?i:[\d.,]*\s?(?:triliun|miliar|juta)\s?(?:rupiah|dolar|dollar|euro|yuan)?)"
    r"|(?<=[Uu])(?i:S\$\s?\d[\d.,]*))"
    r"|(?<=\w\$)\s?\d[\d.,]*)")
# A name with an age: "Purwanto (56)", the matches of \b[A-Z][\w'-]*\s\(\d{1,3}\). They are
# found from the rare age in brackets back to the name (see _ages), where scanning for the name
# first tried every capital letter of the text.
_AGE_TAIL_RE: Final = re.compile(r"\(\d{1,3}\)")
_NAME_CHARS_EXTRA: Final = frozenset("_'-")
_START: Final = itemgetter(2)  # a hit's start offset


# The questions of each frame, in the order of QUESTIONS.
_FRAME_QUESTIONS: Final[dict[str, tuple[tuple[str, str], ...]]] = {
    frame: tuple((q, t) for q, t in QUESTIONS.items() if q.startswith(frame + "."))
    for frame in FRAMES}


def _ages(text: str) -> list[tuple[int, int]]:
    r"""The spans of ``\b[A-Z][\w'-]*\s\(\d{1,3}\)`` in ``text`` ("Purwanto (56)"), found from
    the bracket: the run of name characters ([\w'-]) before its one white-space character, which
    the match opens at its first capital letter that no word character precedes.

    Example:
        >>> _ages("Kata Purwanto (56) dan al-Bahri (7), bukan budi (40) atau Sri  (9).")
        [(5, 18), (26, 35)]
    """
    out = []
    for m in _AGE_TAIL_RE.finditer(text):
        p = m.start() - 1  # the white space before the bracket
        if p < 1 or not text[p].isspace():
            continue
        r = p
        while r > 0 and (text[r - 1].isalnum() or text[r - 1] in _NAME_CHARS_EXTRA):
            r -= 1
        for x in range(r, p):
            if "A" <= text[x] <= "Z" and (x == 0 or not (text[x - 1].isalnum()
                                                          or text[x - 1] == "_")):
                out.append((x, m.end()))
                break
    return out


def _word_cues(lex: LexiconSet) -> tuple[dict[str, Any], dict[str, Any], set[str]]:
    """Word -> its frame cues (surface first, else by stem), the same for capitalised names
    (never stemmed), and the forms that have cues in either; kept with the lexicon set."""
    memo: tuple[dict[str, Any], dict[str, Any], set[str]] = lex.derived(
        "frames.word_cues", lambda lx: ({}, {}, set()))
    if len(memo[0]) + len(memo[1]) > 500_000:  # bounded for corpora of millions
        for table in memo:
            table.clear()
    return memo


def score_frames(doc: Document, lex: LexiconSet, attributions: list[Attribution]
                 ) -> tuple[FrameResult, ...]:
    """Answer every indicator question for ``doc`` and score the five frames.

    Example:
        >>> from framing import analyze
        >>> r = analyze("Kedua kubu saling mengecam dan menuding lawan sebagai pecundang.")
        >>> [f.frame for f in r.frames if f.present]
        ['conflict']
    """
    toks = doc.tokens
    norms = doc.norms
    # question -> token -> (weight, cue text, start, end, sentence); the highest weight per token
    hits: dict[str, dict[int, tuple[float, str, int, int, int]]] = defaultdict(dict)

    def add(q: str, key: int, weight: float, start: int, end: int, sentence: int) -> None:
        prev = hits[q].get(key)
        if prev is None or prev[0] < weight:
            hits[q][key] = (weight, doc.text[start:end], start, end, sentence)

    words = doc.words
    caps = doc.caps
    surface = lex.frame_surface
    by_stem = lex.frame_stem
    # the cues of a word depend on its form only (stemmed, or for a name as written): looked up
    # once per process
    memo, name_memo, productive = _word_cues(lex)
    stemmed_caps = doc.stemmed_capitals()
    for nm in doc.forms()[0].union(
            norms[i] for i in stemmed_caps).difference(memo):
        cue_list = surface.get(nm)
        if cue_list is None and nm.isalpha():
            cue_list = by_stem.get(stem(nm, lex.bad_stems))
        memo[nm] = cue_list or ()
        if cue_list:
            productive.add(nm)
    for nm in doc.forms()[1].difference(name_memo):
        cue_list = surface.get(nm)
        if cue_list is None and nm.isalpha():
            cue_list = by_stem.get(nm)  # names are never stemmed
        name_memo[nm] = cue_list or ()
        if cue_list:
            productive.add(nm)
    # tokens that can answer a question, picked at C speed: a form with cues (as a word or as a
    # name: the loop below reads the right one), a phrase start, or a capitalised word that is
    # stemmed
    phrase_starts = lex.frame_phrases.starts(norms)
    cands = set(positions(norms, productive)).union(
        stemmed_caps, phrase_starts)
    for i in sorted(cands):
        if not words[i]:
            continue
        nm = norms[i]
        if i in phrase_starts:
            ph = lex.frame_phrases.match(norms, i)
            if ph is not None:
                t = toks[i]
                length, vals = ph
                for _frame, q, w in vals:
                    add(q, i, w, t.start, toks[i + length - 1].end, t.sentence)
        cues_here = (name_memo.get(nm, ()) if caps[i] and i not in stemmed_caps
                     else memo.get(nm, ()))
        if cues_here:
            t = toks[i]
            for _frame, q, w in cues_here:
                add(q, i, w, t.start, t.end, t.sentence)
    # structural signals
    for m in _MONEY_RE.finditer(doc.text):
        si = doc.sentence_at(m.start())
        if si is not None:
            add("economic.costs", -m.start() - 1, 1.0, m.start(), m.end(), si)
    for start, end in _ages(doc.text):
        si = doc.sentence_at(start)
        if si is not None:
            add("human_interest.human_face", -start - 1, 1.5, start, end, si)
    accusing = [a for a in attributions if a.stance in ("accusing", "denial")]
    for a in accusing:
        if a.cue_start is not None and a.cue_end is not None:
            add("conflict.reproach", -a.cue_start - 1, 1.0, a.cue_start, a.cue_end, a.sentence)
    speakers = {a.speaker_id for a in attributions if a.speaker_id is not None}
    if len(speakers) >= 2 and accusing:
        a = accusing[0]
        if a.cue_start is not None and a.cue_end is not None:
            add("conflict.two_sides", -a.cue_start - 10**9, 1.0, a.cue_start, a.cue_end,
                a.sentence)

    results = []
    sentences = doc.sentences
    spans: dict[int, Span] = {}  # sentence -> its Span, built once
    for frame in FRAMES:
        answers = []
        evidence: dict[int, Span] = {}
        for q, qtext in _FRAME_QUESTIONS[frame]:
            got = hits.get(q)
            if not got:
                answers.append(QuestionAnswer(q, qtext, False, 0.0, (), ()))
                continue
            found = sorted(got.values(), key=_START)
            total = sum(h[0] for h in found)
            answered = total >= ANSWER_THRESHOLD
            strength = round(min(total / SATURATION, 1.0), 4)
            sents = []
            for si in dict.fromkeys(h[4] for h in found):  # each sentence once, in order
                span = spans.get(si)
                if span is None:
                    s = sentences[si]
                    span = spans[si] = Span(s.start, s.end, s.text)
                sents.append(span)
                if answered:
                    evidence[si] = span
            answers.append(QuestionAnswer(q, qtext, answered, strength, tuple(sents[:5]),
                                          tuple(dict.fromkeys(h[1] for h in found))))
        score = round(sum(a.strength for a in answers) / len(answers), 4) if answers else 0.0
        n_answered = sum(a.answered for a in answers)
        min_questions, min_score = PRESENCE[frame]
        present = n_answered >= min_questions and score >= min_score
        results.append(FrameResult(frame, score, present, tuple(answers),
                                   tuple(evidence[k] for k in sorted(evidence))[:10]))
    return tuple(results)
