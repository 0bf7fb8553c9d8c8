"""Sentiment: scored cues per sentence, the article's tone, and portrayal per actor.

Lexicon-based, after VADER (Hutto & Gilbert 2014, "VADER: A Parsimonious Rule-based Model for
Sentiment Analysis of Social Media Text", ICWSM): every cue's lexicon weight is scaled by
intensifiers, negation, contrast and hedges, and every scaled cue is kept as a
:class:`~framing.results.Contribution` so each number can be traced to its words. Rule words come
from ``lexicons/`` (negators, intensifiers, contrast, hedges), never from this module.

Portrayal assigns each cue to the actor it is about: inside a quotation or reported statement, to
the actors the statement mentions (not the speaker); otherwise to the nearest actor on its left in
the same clause (the agent of "X menyerang Y", the patient of "Y ditangkap"), else on its right.
Victim words (``target_rules.tsv``: korban, tewas) never blame the actor they describe.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Final

from .actors import ActorTable
from .lexicons import LexiconSet
from .results import Attribution, Contribution, Label, Portrayal, Span, Tone
from .text import Document, flagged, positions, stem

__all__ = ["score_cues", "tone", "portray", "label_for", "normalize_score"]

# VADER's normalisation constant: x / sqrt(x^2 + alpha) maps a sum of weights into (-1, 1);
# alpha = 15 approximates the maximum expected value (Hutto & Gilbert 2014, section 3.2).
ALPHA: Final = 15.0
# VADER's empirically derived scalar for a negated cue: "not good" is mildly negative, not the
# full opposite of "good".
NEGATION_SCALAR: Final = -0.74
# Positive cues in a first-person statement about the speaker's own side count half: self-praise
# is cheap (GUIDELINE rule 4). Negative ones count in full: an admission is not cheap (rule 5).
SELF_FACTOR: Final = 0.5
# Scores within this band of zero are labelled neutral. 0.15 of the [-1, 1] scale: one mild cue
# (weight 1) in a single sentence normalises to 0.25, so a lone mild cue diluted over a few
# neutral mentions stays neutral. Chosen on the dev split of tests/data/portrayal_gold (0.05-0.35
# tried; 0.15 gave the best macro-F1), never on its held-out test split.
NEUTRAL_BAND: Final = 0.15
# The article's (or sentence's) tone uses a narrower band: a tone is an average over sentences that
# carry cues, so it is not diluted by neutral mentions the way a portrayal is. 0.1 as in issue 2's
# first version; VADER uses 0.05 for single sentences.
TONE_BAND: Final = 0.1
# A sentence that mentions an actor without any cue counts this much towards the actor's average:
# long articles full of neutral mentions pull a score towards zero, but do not erase it.
NEUTRAL_MENTION_WEIGHT: Final = 0.25
# Words of disaster, health, environment, welfare and economy news name what happened, not how an
# actor behaved: "banjir", "pandemi", "bantuan", "inflasi" in a sentence about a mayor count a
# quarter towards the mayor's portrayal (the article's tone counts them in full). Chosen on the
# dev split of tests/data/portrayal_gold (factor 0, 0.25, 0.5 and several domain sets tried).
TOPIC_DOMAINS: Final = frozenset({"disaster", "health", "environment", "welfare", "economy"})
TOPIC_FACTOR: Final = 0.25
# Acts of law enforcement (domain "enforcement" in sentiment.tsv: menangkap, menyita, menggerebek,
# menggagalkan, membongkar jaringan) portray two actors: the enforcer who acts ("Polisi menangkap
# X", "X ditangkap polisi") did something competent (GUIDELINE §4: achieves, succeeds), and the
# actor acted upon is the suspect. The agent gets the cue's strength as credit at this factor (a
# failed or negated act, "polisi belum menangkap", counts against it), the patient gets it as
# blame. A nominalised act ("penangkapan X") names no agent: only its patient after it is reached.
ENFORCEMENT_DOMAIN: Final = "enforcement"
ENFORCER_FACTOR: Final = 1.0
# Nouns of a negative legal status or criminal role (domain "status" in sentiment.tsv: tersangka,
# terdakwa, terpidana, buron, narapidana, koruptor) name the person they stand before or beside:
# "terpidana X", "X, tersangka kasus suap", "Buron kasus Y, X, ..." blame X (GUIDELINE §4: accused,
# charged, sentenced), not the subject of the clause they sit in ("Jaksa menuntut terdakwa X").
# With no person beside it the noun is targeted like any other cue ("X kini berstatus tersangka").
STATUS_DOMAIN: Final = "status"
# Acts of accomplishment (domain "achievement" in sentiment.tsv: meluncurkan, mendirikan, membangun,
# menyelenggarakan, melatih, berinovasi) credit the actor who did them (GUIDELINE §4: achieves,
# innovates, helps), never the thing or people they were done to: "PT X membangun rumah bagi warga"
# credits PT X, not the residents. A passive form credits its agent ("rumah itu dibangun oleh PT
# X", "program yang diselenggarakan Yayasan Y") and nobody without one. Plans and obligations stay
# discounted by the irrealis hedges ("akan membangun").
ACHIEVEMENT_DOMAIN: Final = "achievement"
# A decline predicate (intensifiers.tsv: a negative factor after its word, "rendah", "menurun")
# reaches back over the noun's complement to the cue it is said of: "kepatuhan masyarakat dalam
# menerapkan protokol masih rendah". Six tokens cover a possessor and a short complement; further
# back the cue is seldom what declines.
SHIFT_REACH: Final = 6
# "terlalu" before a positive word is excess, a fault ("dinilai terlalu cepat", "terlalu longgar"):
# the cue is scaled by this factor, about half of VADER's negation (-0.74), since an excess of a
# good quality is a milder fault than its absence. Before a negative word "terlalu" intensifies
# by its factor in intensifiers.tsv (position ``excess``).
EXCESS_SCALAR: Final = -0.5
# A cue whose clause names no actor reaches the sentence's first actor (its usual subject) at this
# weight: "Raffi hadir di pesta itu, namun melanggar protokol" blames Raffi, less surely.
SUBJECT_FACTOR: Final = 0.5
# The lead (s0-s1: hard news has no headline in the corpus) counts double, as GUIDELINE rule 6 says.
LEAD_SENTENCES: Final = 2
LEAD_WEIGHT: Final = 2.0
# A verb or noun of answering under a verbal negator is a non-answer ("belum bisa menjelaskan",
# "tidak memberikan jawaban", "enggan berkomentar"): evasion, which GUIDELINE §4 counts against the
# actor who evades (like slowness, mild). The answering words are role "agent_blame" in
# target_rules.tsv; the negators are negators.tsv without the nominal and imperative ones:
# "bukan satu-satunya jawaban" is no non-answer, "jangan berkomentar" is an instruction.
EVASION_WEIGHT: Final = -1.0
# The closed word classes the rules test for (nominal negators, "pihaknya", "bahwa", recipient
# prepositions, quantifiers, pronouns, apposition openers ...) are in lexicons/function_words.tsv,
# read through ``lex.words(class)``; punctuation stays here.
_BOUNDARY: Final = frozenset({",", ";", ":", ".", "!", "?", "(", ")", "-", '"', "'"})


def normalize_score(x: float, alpha: float = ALPHA) -> float:
    """Map a sum of weights into (-1, 1): ``x / sqrt(x² + alpha)``."""
    return x / math.sqrt(x * x + alpha) if x else 0.0


def label_for(score: float, band: float | None = None) -> Label:
    """positive / neutral / negative for a score, with a neutral band around zero."""
    band = NEUTRAL_BAND if band is None else band
    if score >= band:
        return "positive"
    if score <= -band:
        return "negative"
    return "neutral"


@dataclass(frozen=True, slots=True, init=False)
class _Cue:
    token: int
    end_token: int
    contribution: Contribution
    domain: str = "general"
    # how far the cue is a fact about its actor: < 1 when an obligation, request or plan governs it
    # ("diminta bertanggung jawab", "akan membantu"); scales positive cues in portrayal only
    irrealis: float = 1.0

    def __init__(self, token: int, end_token: int, contribution: Contribution,
                 domain: str = "general", irrealis: float = 1.0) -> None:
        # written out (init=False): mypyc compiles it, where the generated one ran
        # interpreted, about 8 times slower (benchmarks/README.md, session 5)
        object.__setattr__(self, "token", token)
        object.__setattr__(self, "end_token", end_token)
        object.__setattr__(self, "contribution", contribution)
        object.__setattr__(self, "domain", domain)
        object.__setattr__(self, "irrealis", irrealis)


def score_cues(doc: Document, lex: LexiconSet, table: ActorTable | None = None
               ) -> list[list[_Cue]]:
    """Sentiment cues of each sentence, with negation, intensity, contrast and hedges applied."""
    toks = doc.tokens
    norms = doc.norms
    out: list[list[_Cue]] = []
    mention_tokens = table.token_mentions if table is not None else {}
    words, caps, quotes = doc.words, doc.caps, doc.quotes
    sourcing = _sourcing_tokens(doc, lex)
    rule_first = _rule_first(lex)
    memo, productive = _word_entries(lex)
    surface, by_stem = lex.sentiment_surface, lex.sentiment_stem
    blame = _blame_words(lex)
    not_only, nominal_negators = lex.words("not_only"), lex.words("nominal_negator")
    # A lower-case word's entry depends on its form only: memoised per process (names are
    # never stemmed, so only forms seen in lower case are looked up here). ``productive`` holds
    # the forms that can carry a cue: an entry, or a word of evasion.
    if len(memo) > 500_000:  # bounded for corpora of millions; refilled below as needed
        memo.clear()
        productive.clear()
    for n in doc.forms()[0].difference(memo):
        entry = surface.get(n)
        if entry is None and (n.isalpha() or "-" in n):
            entry = by_stem.get(stem(n, lex.bad_stems))
        memo[n] = entry
        if entry is not None or n in blame:
            productive.add(n)
    phrase_starts = lex.sentiment_phrases.starts(norms)
    # The first word after a dateline ("JAKARTA, KOMPAS - Buron kasus ...") opens the sentence's
    # grammar: capitalised, but no name.
    lead = _after_dateline(doc)
    # The tokens that can carry a cue, picked at C speed: a productive form, a phrase start, and
    # the capitalised words that are no names (a sentence's first word, a word after an opening
    # quote or a dateline; Document.stemmed_capitals is a superset of the first two)
    cue_tokens = sorted(set(positions(norms, productive))
                        .union(phrase_starts, doc.stemmed_capitals(), lead))
    rule_tokens = positions(norms, rule_first)
    for sent in doc.sentences:
        cues: list[_Cue] = []
        ts, te = sent.token_start, sent.token_end
        # rule words of this sentence
        contrasts: list[tuple[int, int, float, float]] = []
        hedges: list[tuple[int, float]] = []
        irreals: list[tuple[int, float]] = []
        negs: list[tuple[int, int, int]] = []  # (start, end, scope)
        refusals: list[tuple[int, int, int]] = []  # "enggan", "menolak": negate positive acts
        intens: dict[int, tuple[float, str, int]] = {}
        for i in rule_tokens[bisect_left(rule_tokens, ts):bisect_left(rule_tokens, te)]:
            n = norms[i]
            hit = lex.contrast_index.match(norms, i) if n in lex.contrast_index.by_first else None
            if hit:
                contrasts.append((i, i + hit[0], hit[1][0], hit[1][1]))
            h = lex.hedge_index.match(norms, i) if n in lex.hedge_index.by_first else None
            if h:
                (irreals if h[1][1] == "irrealis" else hedges).append((i, h[1][0]))
            g = lex.negator_index.match(norms, i) if n in lex.negator_index.by_first else None
            # a negator inside an actor's name ("orang tak dikenal") negates nothing after it
            if g and i not in mention_tokens and not (i + g[0] < te
                                                      and norms[i + g[0]] in not_only):
                (refusals if g[1][1] == "refusal" else negs).append((i, i + g[0], g[1][0]))
            t = lex.intensifier_index.match(norms, i) if n in lex.intensifier_index.by_first \
                else None
            if t:
                intens[i] = (t[1][0], t[1][1], t[0])
        i = ts
        for k in cue_tokens[bisect_left(cue_tokens, ts):bisect_left(cue_tokens, te)]:
            if k < i:
                continue  # inside the previous phrase or name
            i = k
            tok = toks[i]
            if not words[i] or i in mention_tokens or i in sourcing:
                continue
            entry = None
            length = 1
            n = norms[i]
            initial = i == ts or i in lead
            if i in phrase_starts and not (caps[i] and not initial and not quotes[i - 1]):
                ph = lex.sentiment_phrases.match(norms, i)
                if ph is not None and i + ph[0] <= te:
                    length, entry = ph
            if entry is None and caps[i] and not initial and not quotes[i - 1]:
                i += length  # a capitalised word inside a sentence is (part of) a name
                continue
            if entry is None:
                if caps[i]:
                    entry = surface.get(n)
                    if entry is None and (n.isalpha() or "-" in n) and initial:
                        entry = by_stem.get(stem(n, lex.bad_stems))
                else:
                    entry = memo.get(n)
            if (negs or refusals) and length == 1 and _role(lex.target_rules, n) == "agent_blame" \
                    and any(norms[gs] not in nominal_negators
                            and _in_scope(lex, norms, gs, ge, scope, i)
                            for gs, ge, scope in negs + refusals):
                # a non-answer: "belum bisa menjelaskan", "tidak memberikan jawaban"
                c = Contribution(tok.start, tok.end, tok.text, EVASION_WEIGHT, EVASION_WEIGHT,
                                 sent.index, True, 1.0, 1.0, 1.0)
                cues.append(_Cue(i, i + 1, c, "governance"))
                i += 1
                continue
            if entry is None or entry.weight == 0:
                i += length
                continue
            # intensifier right before (or after, for "sekali"/"banget")
            intensity = 1.0
            for k, (factor, pos, ln) in intens.items():
                if pos == "excess" and k + ln == i:
                    # "terlalu cepat" is a fault, "terlalu berat" a heavier burden; after a
                    # negator ("tidak terlalu baik": not very good) it is a plain intensifier
                    intensity *= factor if entry.weight < 0 or any(
                        ge == k for _gs, ge, _sc in negs) else EXCESS_SCALAR
                elif pos in ("before", "both") and k + ln == i:
                    intensity *= factor
                elif pos in ("after", "both") and k == i + length and factor > 0:
                    intensity *= factor
            negated = any(_in_scope(lex, norms, gs, ge, scope, i) for gs, ge, scope in negs) or (
                entry.weight > 0 and any(_in_scope(lex, norms, gs, ge, scope, i)
                                         for gs, ge, scope in refusals))
            contrast = 1.0
            for (cs, ce, before, after) in contrasts:
                if i < cs:
                    contrast *= before
                elif i >= ce:
                    if after < 1.0 and any(norms[x] in _BOUNDARY for x in range(ce, i)):
                        continue  # a concession ends at its comma: "Meskipun X, Y"
                    contrast *= after
            hedge = 1.0
            for (hs, factor) in hedges:
                if hs < i and _same_clause(norms, lex, hs, i):
                    hedge *= factor
            irrealis = 1.0
            for (hs, factor) in irreals:
                # "berharap, pemerintah tegas": the comma right after the marker opens its
                # content, it does not close the clause
                if hs < i and not any(norms[x] in _BOUNDARY or norms[x] in lex.clause_breaks
                                      for x in range(hs, i) if x != hs + 1 or norms[x] != ","):
                    irrealis *= factor
            w = entry.weight * intensity * contrast * hedge
            if negated:
                w *= NEGATION_SCALAR
            c = Contribution(tok.start, toks[i + length - 1].end,
                             doc.text[tok.start:toks[i + length - 1].end], entry.weight,
                             round(w, 4), sent.index, negated, round(intensity, 4),
                             round(contrast, 4), round(hedge, 4))
            cues.append(_Cue(i, i + length, c, entry.domain, irrealis))
            i += length
        shifters = [(k, factor) for k, (factor, pos, _ln) in intens.items()
                    if pos == "after" and factor < 0]
        if shifters and cues:
            cues = _shift(doc, lex, cues, shifters)
        nominal = [(k, ln, factor) for k, (factor, pos, ln) in intens.items() if pos == "nominal"]
        if nominal and cues:
            cues = _shift_forward(doc, lex, cues, nominal)
        out.append(cues)
    return out


def _shift(doc: Document, lex: LexiconSet, cues: list[_Cue], shifters: list[tuple[int, float]]
           ) -> list[_Cue]:
    """Apply the decline predicates of a sentence (an intensifier with a negative factor after its
    word: *rendah, menurun, merosot*) to the nearest cue before them in their clause, at most
    :data:`SHIFT_REACH` tokens away: "kepatuhan masyarakat masih rendah" is no compliance,
    "angka kemiskinan menurun" is good news. A decline word that shifts a cue is consumed: its own
    weight, if it has one, no longer counts."""
    norms = doc.norms
    out = list(cues)
    done: set[int] = set()  # a cue declines once: "rendah" and "menurun" of one clause
    for k, factor in sorted(shifters):
        before = [x for x in out if x.end_token <= k and k - x.end_token <= SHIFT_REACH
                  and _same_clause(norms, lex, x.end_token, k)]
        if not before or before[-1].token in done:
            continue
        done.add(before[-1].token)
        out = _shifted(out, before[-1], factor, k)
    return out


def _same_clause(norms: list[str], lex: LexiconSet, a: int, b: int) -> bool:
    """No punctuation or clause break among tokens ``a`` to ``b`` (exclusive)."""
    return not any(norms[t] in _BOUNDARY or norms[t] in lex.clause_breaks for t in range(a, b))


def _shifted(cues: list[_Cue], cue: _Cue, factor: float, k: int) -> list[_Cue]:
    """``cues`` with ``cue`` scaled by the shifter at token ``k``, and the shifter's own cue (if
    any) dropped: a decline word that shifts a cue is consumed."""
    c = cue.contribution
    shifted = Contribution(c.start, c.end, c.text, c.base, round(c.weight * factor, 4),
                           c.sentence, c.negated, round(c.intensity * factor, 4), c.contrast,
                           c.hedge)
    return [_Cue(x.token, x.end_token, shifted, x.domain, x.irrealis) if x is cue else x
            for x in cues if not (x.token <= k < x.end_token)]


def _shift_forward(doc: Document, lex: LexiconSet, cues: list[_Cue],
                   shifters: list[tuple[int, int, float]]) -> list[_Cue]:
    """Apply the nominalised decline words of a sentence (intensifiers.tsv position ``nominal``:
    *rendahnya, minimnya, kurangnya, lemahnya*) to the nearest cue after them in their clause, at
    most :data:`SHIFT_REACH` tokens on: "rendahnya disiplin warga" is no discipline. Like
    :func:`_shift`, a decline word that shifts a cue is consumed; with no cue after it, its own
    weight (if any) counts: "minimnya anggaran"."""
    norms = doc.norms
    out = list(cues)
    for k, ln, factor in sorted(shifters):
        e = k + ln
        after = [x for x in out if x.token >= e and x.token - e <= SHIFT_REACH
                 and _same_clause(norms, lex, e, x.token)]
        if after:
            out = _shifted(out, after[0], factor, k)
    return out


def _after_dateline(doc: Document) -> frozenset[int]:
    """The token that opens the text after a dateline ("JAKARTA, KOMPAS - Buron ..."), if any."""
    if not doc.dateline_end or doc.story_start >= len(doc.tokens):
        return frozenset()
    i = doc.story_start
    return frozenset() if i in doc.stemmed_capitals() else frozenset({i})


def _blame_words(lex: LexiconSet) -> frozenset[str]:
    """Words whose target rule is ``agent_blame`` (with their -nya forms): evasion when negated."""
    def build(lx: LexiconSet) -> frozenset[str]:
        words = [t for t, r in lx.target_rules.items() if r == "agent_blame"]
        return frozenset(words) | frozenset(w + "nya" for w in words)
    return lex.derived("sentiment.blame_words", build)  # type: ignore[no-any-return]


def _refusal_roots(lex: LexiconSet) -> frozenset[str]:
    """Roots of the refusal verbs in negators.tsv (kind ``refusal`` with a derived form: *menolak*
    -> *tolak*). In the speaker's own words such a verb ("kami tolak", "kami menolak usulan itu")
    states a decision, not an admission of fault, so it is not counted against the speaker. The
    refusals that are their own root (*enggan*, *gagal*) describe the speaker's state and stay
    admissions ("kami gagal")."""
    def build(lx: LexiconSet) -> frozenset[str]:
        terms = [t[0] for lst in lx.negator_index.by_first.values() for t, v in lst
                 if v[1] == "refusal" and len(t) == 1]
        return frozenset(r for t in terms if (r := stem(t, lx.bad_stems)) != t)
    return lex.derived("sentiment.refusal_roots", build)  # type: ignore[no-any-return]


def _word_entries(lex: LexiconSet) -> tuple[dict[str, Any], set[str]]:
    """Lower-case word -> its sentiment entry (surface first, else stem), and the set of words
    that can carry a cue; kept with the lexicon set."""
    return lex.derived("sentiment.word_entries", lambda lx: ({}, set()))  # type: ignore[no-any-return]


def _rule_first(lex: LexiconSet) -> frozenset[str]:
    """First words of every rule phrase (contrast, hedge, negator, intensifier): one test per
    token instead of four."""
    return lex.derived("sentiment.rule_first", lambda lx: frozenset().union(  # type: ignore[no-any-return]
        lx.contrast_index.by_first, lx.hedge_index.by_first, lx.negator_index.by_first,
        lx.intensifier_index.by_first))


def _in_scope(lex: LexiconSet, norms: list[str], gs: int, ge: int, scope: int, i: int) -> bool:
    """True when token ``i`` lies in the scope of the negator at ``gs:ge`` (same clause)."""
    return ge <= i and i - ge < scope and _same_clause(norms, lex, ge, i)


def _sourcing_tokens(doc: Document, lex: LexiconSet) -> set[int]:
    """Tokens of phrases that describe sourcing, not content: "sumber terpercaya", "enggan
    disebut namanya". Their words carry no sentiment about anyone."""
    out: set[int] = set()
    norms = doc.norms
    first = lex.source_index.by_first
    for i in positions(norms, first):
        hit = lex.source_index.match(norms, i)
        if hit is not None and hit[1][1] in ("withheld", "vague_source"):
            out.update(range(i, i + hit[0]))
    return out


def tone(doc: Document, cues: list[list[_Cue]]) -> Tone:
    """The article's overall tone: the mean normalised score of the sentences that carry cues."""
    scores = [normalize_score(sum(c.contribution.weight for c in s)) for s in cues if s]
    if not scores:
        return Tone(0.0, "neutral", 0.0, 0.0)
    score = sum(scores) / len(scores)
    # 0.0, not 0, when one side has no cue: the compiled build stores a float either way
    pos = sum((c.contribution.weight for s in cues for c in s if c.contribution.weight > 0), 0.0)
    neg = sum((c.contribution.weight for s in cues for c in s if c.contribution.weight < 0), 0.0)
    return Tone(round(score, 4), label_for(score, TONE_BAND), round(pos, 4), round(neg, 4))


def _clause_bounds(doc: Document, i: int) -> tuple[int, int]:
    """Tokens ``[s, e)`` of the clause around token ``i``: up to the nearest boundary (comma,
    clause punctuation, quote) on each side, within the sentence."""
    # a cue's clause is asked for several times (its targets, victims, passives ...): memoised
    # per token for the document
    memo = doc.cache.get("clause_bounds")
    if memo is None:
        memo = doc.cache["clause_bounds"] = {}
    got: tuple[int, int] | None = memo.get(i)
    if got is not None:
        return got
    bounds = doc.cache.get("clause_boundaries")
    if bounds is None:
        # boundary tokens, found once per document; each call is then two bisections
        bounds = sorted(set(positions(doc.norms, _BOUNDARY)).union(flagged(doc.quotes)))
        norms = doc.norms
        # an age in parentheses is part of the name it follows, not a clause boundary:
        # "Purwanto (56) berusaha keras ..." has Purwanto as the subject of "berusaha"
        ages = {t for b in bounds if norms[b] == "(" and b + 2 < len(norms)
                and norms[b + 2] == ")" and norms[b + 1].isdigit() for t in (b, b + 2)}
        bounds = doc.cache["clause_boundaries"] = [b for b in bounds if b not in ages]
    sent = doc.sentences[doc.tokens[i].sentence]
    k = bisect_left(bounds, i)
    s = bounds[k - 1] + 1 if k > 0 and bounds[k - 1] + 1 > sent.token_start else sent.token_start
    k = bisect_right(bounds, i)
    e = bounds[k] if k < len(bounds) and bounds[k] < sent.token_end else sent.token_end
    got = memo[i] = (s, e)
    return got


def portray(doc: Document, lex: LexiconSet, table: ActorTable, cues: list[list[_Cue]],
            attributions: list[Attribution]) -> list[Portrayal]:
    """Portrayal of each actor in ``table`` (same order): score, label, contributions, sentences."""
    toks = doc.tokens
    per_actor: dict[int, dict[int, list[Contribution]]] = defaultdict(lambda: defaultdict(list))
    statements = sorted((a.start, a.end, a.speaker_id) for a in attributions)
    requests = [(a.start, a.end) for a in attributions if a.stance == "requesting"]
    breaks = _subordinate_breaks(lex)
    speaker_words = lex.words("first_person") | lex.words("inclusive")  # kami, saya, kita, kamu
    for sent_cues in cues:
        # ends of active acts of enforcement: "Polisi menangkap pelaku pencurian" -- a crime
        # word in the act's object describes the patient, never the enforcer before the verb
        acts = [x.end_token for x in sent_cues if x.domain == ENFORCEMENT_DOMAIN
                and doc.norms[x.token].startswith("me")]
        for cue in sent_cues:
            c = cue.contribution
            role = _role(lex.target_rules, doc.norms[cue.token])
            targets: list[tuple[int, float, str]] = []
            stmt = next(((s, e, sp) for s, e, sp in statements if s <= c.start < e), None)
            # "Budi memuji Andi", "warga mengecam pemerintah": praise and criticism reach their
            # object, not the critic; "Andi dipuji Budi": the passive's subject, not its agent
            judging = role == "patient_blame" or _accusing_cue(lex, doc, cue.token)
            evaluated = judging or (c.weight < 0 and cue.domain != ENFORCEMENT_DOMAIN
                                    and _in_act_object(doc, lex, acts, cue.token))
            # "Andi dipuji Budi": a passive verb of judging reaches its subject; a word in an
            # act's object ("menangkap tujuh tersangka") is no passive, whatever its prefix
            passive = judging and doc.norms[cue.token].startswith(("di", "ter"))
            described = (_described_actor(doc, lex, table, cue, stmt)
                         if cue.domain == STATUS_DOMAIN else None)
            # "Polri menetapkan dua tersangka": a status noun after an active verb is the
            # verb's object; the agent before the verb does not hold the status
            status_object = cue.domain == STATUS_DOMAIN and _verb_before(doc, table, cue.token)
            if cue.domain == ENFORCEMENT_DOMAIN:
                targets = _enforcement_targets(doc, lex, table, cue, stmt)
            elif cue.domain == ACHIEVEMENT_DOMAIN and _passive_verb(doc, lex, cue.token):
                # "rumah itu dibangun oleh PT X": the agent did it; the thing done has no credit
                limit, sp = (stmt[:2], stmt[2]) if stmt is not None else (None, None)
                targets = _passive_agent(doc, lex, table, cue.end_token - 1, limit, sp)
            elif described is not None:
                targets = [(described, 1.0, "apposition")]
            elif stmt is not None:
                s, e, sp = stmt
                # actors the statement mentions, nearest to the cue within its clause first
                targets = _clause_targets(doc, lex, table, cue.token, limit=(s, e), exclude=sp,
                                          right_only=(evaluated and not passive)
                                          or status_object, left_only=passive)
                if not targets and sp is not None and not evaluated and not _detached(
                        doc, lex, table, cue.token):
                    # "kami salurkan ke warga yang penghasilannya terhenti": a relative clause
                    # on a noun describes that noun, not the speaker's side
                    cs, ce = _clause_bounds(doc, cue.token)
                    clause = {toks[x].norm for x in range(cs, ce)}
                    persons = clause & speaker_words
                    # indirect speech names its speaker in the third person: "Sherly mengatakan,
                    # ia mendonorkan darah" is Sherly's report about herself, like "saya"
                    own = any(s <= toks[x].start < e and sp in table.at(x)
                              for x in range(cs, ce) if x in table.token_mentions)
                    # "pihaknya belum bisa menjelaskan": an admission or a non-answer of the
                    # side the speaker speaks for (its claims stay unscored, like self-praise)
                    side = c.weight < 0 and bool(clause & lex.words("speaker_side"))
                    who = _institution(table, sp) if side else sp
                    if c.weight < 0 and doc.stem(cue.token) in _refusal_roots(lex):
                        pass  # "warga luar kota, kami tolak": a refusal is a stance, no admission
                    elif c.weight < 0 and (persons - lex.words("inclusive") or side or own
                                           or doc.norms[cue.token].endswith("nya")):
                        # self-praise is cheap, an admission is not: "kami gagal",
                        # "meminta maaf atas kelalaiannya" count in full against the speaker
                        # (an inclusive "kita" is a sermon's or a call's generic "we")
                        targets = [(who, 1.0, "self")]
                    elif persons or own:
                        targets = [(sp, SELF_FACTOR, "self")]
            elif evaluated:
                targets = _clause_targets(doc, lex, table, cue.token, right_only=not passive,
                                          left_only=passive)
            else:
                apposed = _apposed_actor(doc, lex, table, cue.token)
                targets = ([(apposed, 1.0, "apposition")] if apposed is not None
                           else _clause_targets(doc, lex, table, cue.token,
                                                right_only=status_object))
                if not targets and not status_object and not _in_complement(
                        doc, lex, cue.token) and not _detached(doc, lex, table, cue.token):
                    subj = _sentence_subject(doc, lex, table, cue.token, statements)
                    if subj is not None:
                        targets = [(subj, SUBJECT_FACTOR, "sentence_subject")]
            if cue.domain in TOPIC_DOMAINS:
                targets = [(a, f * TOPIC_FACTOR, r) for a, f, r in targets]
            if stmt is not None and any(c.weight * f > 0 for _a, f, _r in targets) and any(
                    s <= c.start < e for s, e in requests):
                # "ia mengajak pengembang bekerja sama": what an actor is asked to do is no
                # credit to it (the request's content is an obligation, like "diminta")
                targets = [t for t in targets if c.weight * t[1] < 0]
            elif (role == "beneficiary" or cue.domain == ACHIEVEMENT_DOMAIN) and c.weight > 0:
                # "membantu pengembang": help credits the helper, not the helped; "melatih
                # pelaku UMKM": an accomplishment credits its doer, not those it was done for
                targets = [t for t in targets if t[2] != "object"]
                if not targets and stmt is None:
                    # "Bantuan itu disalurkan BPBD": aid named before a passive verb credits
                    # the verb's agent, its giver
                    targets = _passive_agent_after(doc, lex, table, cue)
            elif c.weight > 0 and _helped_after(doc, lex, table, cue):
                # "Kolaborasi ini membantu pelaku usaha": the helped object after a verb of
                # help is no partner in the praise of the subject noun
                targets = [t for t in targets if t[2] != "object"]
            elif (c.weight < 0 and not evaluated and cue.domain != ENFORCEMENT_DOMAIN
                  and _active_verb(doc, cue.token)):
                # "menembak mati X", "menyerang X": harm done to the object is no blame on it
                # (GUIDELINE rule 2: victims are not negatively portrayed)
                targets = [t for t in targets if t[2] != "object"]
            if cue.irrealis < 1.0:
                # an obligation or a plan is no achievement (GUIDELINE §4: plans are neutral)
                targets = [(a, f * cue.irrealis, "irrealis") if c.weight * f > 0 else (a, f, r)
                           for a, f, r in targets]
                targets = [t for t in targets if t[1]]
            victim = role == "victim" or _victim_clause(doc, lex, cue.token, breaks)
            for aid, factor, rule in targets:
                if victim and c.weight * factor < 0 and rule != "object":
                    continue  # "X menjadi korban banjir": a victim is not blamed
                # built directly: dataclasses.replace is generic and slow in this inner loop
                per_actor[aid][c.sentence].append(Contribution(
                    c.start, c.end, c.text, c.base, round(c.weight * factor, 4), c.sentence,
                    c.negated, c.intensity, c.contrast, c.hedge, factor, rule))
    out: list[Portrayal] = []
    for actor in table.actors:
        contrib = per_actor.get(actor.id, {})
        mention_sents = {table.mentions[m].sentence for m in actor.mentions}
        # GUIDELINE rule 6: cues in the lead (the first LEAD_SENTENCES sentences) count double
        weights = {si: LEAD_WEIGHT if si < LEAD_SENTENCES else 1.0 for si in contrib}
        scores = [weights[si] * normalize_score(sum(x.weight for x in lst))
                  for si, lst in contrib.items()]
        neutral = len(mention_sents - set(contrib))
        denom = sum(weights.values()) + NEUTRAL_MENTION_WEIGHT * neutral
        score = round(sum(scores) / denom, 4) if denom and scores else 0.0
        evidence = tuple(x for si in sorted(contrib) for x in contrib[si])
        sents = tuple(Span(doc.sentences[si].start, doc.sentences[si].end,
                           doc.sentences[si].text) for si in sorted(contrib))
        out.append(Portrayal(score, label_for(score), evidence, sents))
    return out


def _enforcement_targets(doc: Document, lex: LexiconSet, table: ActorTable, cue: _Cue,
                         stmt: tuple[int, int, int | None] | None
                         ) -> list[tuple[int, float, str]]:
    """Who an act of law enforcement (:data:`ENFORCEMENT_DOMAIN`) credits and who it blames.

    Active "Polisi menangkap X": the agent on the left is credited, the object on the right
    blamed. Passive "X ditangkap (oleh) polisi": the subject is blamed, the agent right after the
    verb (or after "oleh") credited; "X tertangkap" has no agent. A nominalised act ("penangkapan
    X", "razia") blames only its patient after it. A negated act is the enforcer's failure
    ("polisi belum menangkap pelaku") and blames nobody else. Inside a statement the speaker is
    left out, and an active act with a first-person agent ("kami menangkap") credits the side
    the speaker speaks for, at the weight of self-praise.
    """
    c = cue.contribution
    norms = doc.norms
    i = cue.token
    verb = next((norms[t] for t in range(i, cue.end_token) if norms[t].startswith(("me", "di",
                                                                               "ter"))), norms[i])
    limit, sp = (stmt[:2], stmt[2]) if stmt is not None else (None, None)
    credit = ENFORCER_FACTOR * (1.0 if c.base > 0 else -1.0)  # agent gets +|w| unless negated
    blame = -1.0 if c.base > 0 else 1.0  # patient gets -|w|
    agents: list[tuple[int, float, str]] = []
    patients: list[tuple[int, float, str]] = []
    if verb.startswith("me"):
        agents = _clause_targets(doc, lex, table, i, limit=limit, exclude=sp, left_only=True)
        patients = _clause_targets(doc, lex, table, cue.end_token - 1, limit=limit, exclude=sp,
                                   right_only=True)
        if not agents and sp is not None:
            cs, _ce = _clause_bounds(doc, i)
            own = lex.words("first_person") - lex.words("inclusive")  # kami, saya, aku
            if any(norms[t] in own for t in range(cs, i)):
                agents = [(_institution(table, sp), SELF_FACTOR, "self")]
    elif verb.startswith(("di", "ter")):
        patients = _clause_targets(doc, lex, table, i, limit=limit, exclude=sp, left_only=True)
        if verb.startswith("di"):
            agents = _passive_agent(doc, lex, table, cue.end_token - 1, limit, sp)
    else:
        patients = _clause_targets(doc, lex, table, cue.end_token - 1, limit=limit, exclude=sp,
                                   right_only=True)
    out = [(a, f * credit, "enforcer" if r != "self" else r) for a, f, r in agents]
    if not c.negated:
        out += [(a, f * blame, r) for a, f, r in patients if a not in {x[0] for x in out}]
    return out


def _passive_agent(doc: Document, lex: LexiconSet, table: ActorTable, i: int,
                   limit: tuple[int, int] | None, exclude: int | None
                   ) -> list[tuple[int, float, str]]:
    """The agent of the passive verb at ``i``: the actor right after it, or after "oleh"."""
    _cs, ce = _clause_bounds(doc, i)
    toks, norms = doc.tokens, doc.norms
    by = False
    for t in range(i + 1, ce):
        if t in table.token_mentions:
            if (t == i + 1 or by) and (limit is None or limit[0] <= toks[t].start < limit[1]):
                ids = [a for a in table.at(t) if a != exclude]
                return [(a, 1.0, "agent") for a in dict.fromkeys(ids)]
            return []
        # "oleh", or the title before a name ("disumbangkan Ketua Umum Gekira X")
        by = by or norms[t] == "oleh" or (
            (t == i + 1 or by) and toks[t].text[:1].isupper() and toks[t].text.isalpha())
    return []


def _passive_agent_after(doc: Document, lex: LexiconSet, table: ActorTable, cue: _Cue
                         ) -> list[tuple[int, float, str]]:
    """The agent of the first passive verb after a noun cue in its clause ("bantuan ini
    disumbangkan X"); nobody when an actor comes before that verb."""
    _cs, ce = _clause_bounds(doc, cue.token)
    for t in range(cue.end_token, ce):
        if t in table.token_mentions:
            return []
        if _passive_verb(doc, lex, t):
            return _passive_agent(doc, lex, table, t, None, None)
    return []


def _helped_after(doc: Document, lex: LexiconSet, table: ActorTable, cue: _Cue) -> bool:
    """True when a verb of help (role ``beneficiary``) stands between the cue and the first
    actor after it in its clause ("Kolaborasi ini dapat membantu pelaku usaha")."""
    _cs, ce = _clause_bounds(doc, cue.token)
    for t in range(cue.end_token, ce):
        if t in table.token_mentions:
            return False
        if _role(lex.target_rules, doc.norms[t]) == "beneficiary" and _active_verb(doc, t):
            return True
    return False


def _verb_before(doc: Document, table: ActorTable, i: int) -> bool:
    """True when an active verb stands between token ``i`` and the nearest actor before it in
    its clause ("Polri menetapkan dua tersangka")."""
    cs, _ce = _clause_bounds(doc, i)
    for t in range(i - 1, cs - 1, -1):
        if t in table.token_mentions:
            return False
        if _active_verb(doc, t):
            return True
    return False


def _sentence_subject(doc: Document, lex: LexiconSet, table: ActorTable, i: int,
                      statements: list[tuple[int, int, int | None]]) -> int | None:
    """The sentence's likely subject: its first person or organisation, else its first actor.

    Countries and places are passed over first: in "Setelah sukses di Jepang, Rustono ..." the
    subject is Rustono, not Japan.
    """
    toks = doc.tokens
    sent = doc.sentences[toks[i].sentence]
    fallback = None
    agents: set[int] = set()  # actors named as the agent of a passive: "ditandai Philip"
    for t in range(sent.token_start, sent.token_end):
        if t not in table.token_mentions:
            continue
        if any(s <= toks[t].start < e for s, e, _ in statements):
            continue
        if t > sent.token_start and (doc.norms[t - 1] == "oleh" or _passive_verb(doc, lex, t - 1)):
            agents.update(table.at(t))
        for a in table.at(t):
            if a in agents:
                continue
            if table.actors[a].type != "country":
                return a
            if fallback is None:
                fallback = a
    return fallback




def _apposed_actor(doc: Document, lex: LexiconSet, table: ActorTable, i: int) -> int | None:
    """"Rustono, seorang pengusaha yang sukses": a clause in apposition describes the name
    before."""
    cs, _ce = _clause_bounds(doc, i)
    toks = doc.tokens
    if cs < 2 or toks[cs - 1].norm != "," or toks[cs - 1].sentence != toks[i].sentence:
        return None
    first = toks[cs]
    if first.norm not in lex.words("apposition") and first.text not in lex.titles:
        return None
    ids = table.at(cs - 2)
    return ids[0] if ids else None


def _described_actor(doc: Document, lex: LexiconSet, table: ActorTable, cue: _Cue,
                     stmt: tuple[int, int, int | None] | None) -> int | None:
    """The actor a status noun (:data:`STATUS_DOMAIN`) names: the one right after it ("terpidana
    X"), the one it stands in apposition to ("X, tersangka kasus suap"), or the one in
    apposition after the phrase it opens ("Buron kasus Y, X, kabur")."""
    toks = doc.tokens
    limit, sp = (stmt[:2], stmt[2]) if stmt is not None else (None, None)

    def actor(t: int) -> int | None:
        if t >= len(toks) or t not in table.token_mentions or (
                limit is not None and not limit[0] <= toks[t].start < limit[1]):
            return None
        ids = [a for a in table.at(t) if a != sp]
        return ids[0] if ids else None

    e = cue.end_token
    if e < len(toks) and toks[e].sentence == toks[cue.token].sentence:
        found = actor(e)
        if found is not None:
            return found
    cs, ce = _clause_bounds(doc, cue.token)
    if cs != cue.token:
        return None
    if cs >= 2 and toks[cs - 1].norm == "," and toks[cs - 2].sentence == toks[cs].sentence:
        found = actor(cs - 2)
        if found is not None:
            return found
    sent = doc.sentences[toks[cs].sentence]
    if ce + 1 < sent.token_end and toks[ce].norm == ",":
        return actor(ce + 1)
    return None


def _victim_clause(doc: Document, lex: LexiconSet, i: int,
                   breaks: frozenset[str] | None = None) -> bool:
    """True when the clause of token ``i`` says its subject suffered (``target_rules.tsv``).

    The clause ends at punctuation and at a subordinating conjunction (``clause_breaks.tsv``
    without the coordinators, which also join nouns: "kelaparan dan kekacauan"): in "warga
    kecewa karena pemerintah lamban" the feeling of the residents does not shield the government.
    """
    cs, ce = _clause_bounds(doc, i)
    if breaks is None:
        breaks = _subordinate_breaks(lex)
    # positions of victim words and of clause breaks, found once per document at C speed; the
    # clause around i runs from after the last break before it to the first break after it
    key = ("victim_breaks", breaks)
    got = doc.cache.get(key)
    if got is None:
        got = doc.cache[key] = (positions(doc.norms, _victim_words(lex)),
                                positions(doc.norms, breaks))
    victims, stops = got
    k = bisect_left(stops, i)
    lo = max(cs, stops[k - 1] + 1) if k > 0 else cs
    k = bisect_right(stops, i)
    hi = min(ce, stops[k]) if k < len(stops) else ce
    k = bisect_left(victims, lo)
    return k < len(victims) and victims[k] < hi


def _subordinate_breaks(lex: LexiconSet) -> frozenset[str]:
    """The clause breaks without the coordinators (which also join nouns); one set per lexicon
    set, so that it hashes once as a key of the documents' caches."""
    return lex.derived(  # type: ignore[no-any-return]
        "sentiment.subordinate_breaks", lambda lx: lx.clause_breaks - lx.words("coordinator"))


def _victim_words(lex: LexiconSet) -> frozenset[str]:
    """Every form :func:`_role` reads as ``victim``: the words and their -nya forms."""
    def build(lx: LexiconSet) -> frozenset[str]:
        rules = lx.target_rules
        words = {w for w, r in rules.items() if r == "victim"}
        words |= {w + "nya" for w in list(words) if len(w) + 3 > 5 and w + "nya" not in rules}
        return frozenset(words)
    return lex.derived("sentiment.victim_words", build)  # type: ignore[no-any-return]


def _institution(table: ActorTable, aid: int) -> int:
    """The body a person speaks for: an organisation or government actor named in one of the
    person's roles ("Direktur Jenderal ... Kementerian Sosial"); else the actor itself."""
    actor = table.actors[aid]
    if actor.type != "person" or not actor.roles:
        return aid
    roles = [f" {r.lower()} " for r in actor.roles]
    for b in table.actors:
        if b.type in ("government", "organisation") and any(
                f" {f.lower()} " in r for f in (b.name, *b.forms) if f for r in roles):
            return b.id
    return aid


def _role(rules: dict[str, str], norm: str) -> str | None:
    """The target rule of a word, also with the enclitic -nya ("takutnya", "kesulitannya")."""
    role = rules.get(norm)
    if role is None and norm.endswith("nya") and len(norm) > 5:
        role = rules.get(norm[:-3])
    return role


def _accusing_cue(lex: LexiconSet, doc: Document, i: int) -> bool:
    """True when token ``i`` opens an active reporting cue of accusing stance (mengecam,
    menuding)."""
    hit = lex.cue_index.match(doc.norms, i) if doc.norms[i] in lex.cue_index.by_first else None
    return hit is not None and hit[1][2] == "accusing" and doc.norms[i].startswith("me")


def _clause_targets(doc: Document, lex: LexiconSet, table: ActorTable, i: int, *,
                    limit: tuple[int, int] | None = None, exclude: int | None = None,
                    right_only: bool = False, left_only: bool = False
                    ) -> list[tuple[int, float, str]]:
    """The actor a cue is about: nearest mention on the left in its clause, else on the right."""
    cs, ce = _clause_bounds(doc, i)
    toks = doc.tokens
    norms = doc.norms

    def ok(t: int) -> bool:
        return limit is None or limit[0] <= toks[t].start < limit[1]

    right_only = right_only or _recipient(lex, norms, i, cs)
    complementizers, relative = lex.words("complementizer"), lex.words("relative")
    for t in range(i - 1, cs - 1, -1):
        if right_only or norms[t] in complementizers:
            break  # "Ia menilai bahwa program itu sukses": the content is not about its holder
        if norms[t] in relative and (t - 1) not in table.token_mentions:
            break  # "membuat aturan yang tegas": a relative clause describes its head noun
        if t in table.token_mentions and ok(t):
            ids = [a for a in table.at(t) if a != exclude]
            if ids:
                return [(a, 1.0, "agent_or_patient") for a in dict.fromkeys(ids)]
    if left_only:
        return []
    agent = False  # inside the agent phrase of a passive verb ("ditandai Philip", "oleh polisi")
    for t in range(i + 1, ce):
        if t not in table.token_mentions:
            agent = _passive_verb(doc, lex, t) or norms[t] == "oleh" or (
                agent and (t - 1) in table.token_mentions)
            continue
        if t - 1 >= i and (norms[t - 1] == "oleh" or _passive_verb(doc, lex, t - 1)):
            agent = True
        if agent:
            continue  # the agent of a passive is who acts on the patient, not the one described
        if ok(t):
            ids = [a for a in table.at(t) if a != exclude]
            if ids:
                return [(a, 1.0, "object") for a in dict.fromkeys(ids)]
    return []


def _in_act_object(doc: Document, lex: LexiconSet, acts: list[int], i: int) -> bool:
    """True when token ``i`` follows an active act of enforcement in the same clause."""
    norms = doc.norms
    return any(e <= i and _same_clause(norms, lex, e, i) for e in acts)


def _recipient(lex: LexiconSet, norms: list[str], i: int, cs: int) -> bool:
    """True when token ``i`` heads the object of a recipient preposition ("memberikan denda
    kepada pelanggar", "kekerasan terhadap anak", "proses hukum terhadap dugaan korupsi"): the
    word names the recipient, not the clause's subject."""
    t = i - 1
    quantifiers = lex.words("quantifier")
    while t >= cs and (norms[t] in quantifiers or norms[t].replace(".", "").isdigit()
                       or _allegation(lex, norms[t])):
        t -= 1
    return t >= cs and norms[t] in lex.words("recipient_preposition")


def _allegation(lex: LexiconSet, norm: str) -> bool:
    """True for a one-word allegation marker (hedges.tsv kind ``allegation``: dugaan, terduga)."""
    hit = lex.hedge_index.match([norm], 0) if norm in lex.hedge_index.by_first else None
    return hit is not None and hit[0] == 1 and hit[1][1] == "allegation"


def _detached(doc: Document, lex: LexiconSet, table: ActorTable, i: int) -> bool:
    """True when token ``i`` describes a noun of its own, not the sentence's subject: the object
    of a recipient preposition, or a relative clause on a noun that is no actor ("aturan yang
    tegas")."""
    cs, _ce = _clause_bounds(doc, i)
    norms = doc.norms
    if _recipient(lex, norms, i, cs):
        return True
    for t in range(i - 1, cs - 1, -1):
        if t in table.token_mentions:
            return False
        if norms[t] in lex.words("relative"):
            return (t - 1) not in table.token_mentions
    return False


def _in_complement(doc: Document, lex: LexiconSet, i: int) -> bool:
    """True when a "bahwa" opens the clause of token ``i`` before it (a claim's content)."""
    cs, _ce = _clause_bounds(doc, i)
    return any(doc.norms[t] in lex.words("complementizer") for t in range(cs, i))


def _active_verb(doc: Document, t: int) -> bool:
    """True for a derived meN- verb form ("menyerang", "menembak"): Sastrawi strips the prefix."""
    n = doc.norms[t]
    if not n.startswith("me") or len(n) < 5 or not n.isalpha():
        return False
    stem = doc.stem(t)
    return stem != n and not stem.startswith("me")


def _passive_verb(doc: Document, lex: LexiconSet, t: int) -> bool:
    """True for a di- passive verb form ("ditangkap", "ditandai"): Sastrawi strips the prefix."""
    n = doc.norms[t]
    if (not n.startswith("di") or len(n) < 5 or not n.isalpha()
            or n in lex.words("not_passive")):
        return False
    stem = doc.stem(t)
    # a root that itself begins with di- ("didirikan" -> diri, "didiskusikan" -> diskusi) still
    # has the passive prefix before it
    return stem != n and (not stem.startswith("di") or n.startswith("di" + stem))
