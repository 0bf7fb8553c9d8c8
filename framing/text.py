"""Text handling: normalisation, sentence splitting, tokens with offsets, memoised stemming.

Everything downstream works on a :class:`Document`. Offsets are character offsets into the text
exactly as the user gave it: normalisation happens per token (``Token.norm``), never by rewriting
the text, so ``text[token.start:token.end] == token.text`` always holds.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Container
from dataclasses import dataclass
from functools import lru_cache, partial
from itertools import compress, count, repeat
from operator import itemgetter, not_
from typing import TYPE_CHECKING, Any, Final, NamedTuple, TypeVar

if TYPE_CHECKING:
    from .lexicons import LexiconSet

__all__ = [
    "Document",
    "Sentence",
    "Token",
    "normalize",
    "split_sentences",
    "stem",
    "tokenize",
    "QUOTE_CHARS",
]

# Characters that open or close quotations in Indonesian news copy, after normalisation these all
# become the straight double quote (or the straight single quote for the single ones).
_DOUBLE_QUOTES: Final = "\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\uff02"
_SINGLE_QUOTES: Final = "\u2018\u2019\u201a\u201b\u2039\u203a\u2032"
_DASHES: Final = "\u2012\u2013\u2014\u2015\u2212\u2010\u2011"
QUOTE_CHARS: Final = frozenset('"' + "'" + _DOUBLE_QUOTES + _SINGLE_QUOTES)
_TRANSLATE: Final = str.maketrans(
    {**{c: '"' for c in _DOUBLE_QUOTES}, **{c: "'" for c in _SINGLE_QUOTES},
     **{c: "-" for c in _DASHES}, "\u00a0": " ", "\u2026": "..."}
)


def normalize(text: str) -> str:
    """Return ``text`` in NFC with curly quotes straightened and dashes unified.

    Idempotent: ``normalize(normalize(t)) == normalize(t)``. The analysis never rewrites the user's
    text with this (offsets would move); it is applied per token and offered for users' own
    cleaning.

    Example:
        >>> normalize("\u201cKami siap\u201d \u2014 katanya")
        '"Kami siap" - katanya'
    """
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", text).translate(_TRANSLATE))


# A token is a word (letters/digits, with inner hyphens, apostrophes, periods in numbers such as
# 1.500.000 or 09.00, and combining marks for text that is not in NFC), or one other character.
# (The word branch is a run of word characters, then any number of hyphen-or-apostrophe-led runs:
# the same tokens as ``[^\W_](?:[\w\u0300-\u036f]|[-'\u2019](?=[^\W_]))*``, but the regex engine
# takes a run of one character class in one step instead of one alternation per character.)
_TOKEN_RE: Final = re.compile(
    r"\d+(?:[.,:]\d+)+"  # numbers and times: 1.500.000, 2,5, 09.00
    r"|[^\W_][\w\u0300-\u036f]*(?:[-'\u2019](?=[^\W_])[\w\u0300-\u036f]*)*"  # words, Covid-19,
    r"|\S",  # Jum'at, porak-poranda; any other character
    re.UNICODE,
)


class Token(NamedTuple):
    """One token: its offsets into the original text, its surface and normalised forms.

    A named tuple rather than a dataclass: a 500-word article has about 600 tokens, and tuples are
    three times cheaper to build.
    """

    start: int
    end: int
    text: str
    norm: str  # NFC, quotes/dashes unified, lower-cased
    sentence: int  # index of the sentence that holds it
    index: int  # type: ignore[assignment]  # index of the token in the document (shadows tuple.index)

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def is_capitalized(self) -> bool:
        return self.text[0].isupper()

    @property
    def is_quote(self) -> bool:
        return self.text in QUOTE_CHARS


@dataclass(frozen=True, slots=True, init=False)
class Sentence:
    """A sentence: offsets into the original text and the range of its tokens."""

    start: int
    end: int
    text: str
    index: int
    paragraph: int
    token_start: int  # first token index (inclusive)
    token_end: int  # last token index (exclusive)

    def __init__(self, start: int, end: int, text: str, index: int, paragraph: int,
                 token_start: int, token_end: int) -> None:
        # written out (init=False): mypyc compiles it, where the generated one ran
        # interpreted, about 8 times slower (benchmarks/README.md, session 5)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "index", index)
        object.__setattr__(self, "paragraph", paragraph)
        object.__setattr__(self, "token_start", token_start)
        object.__setattr__(self, "token_end", token_end)


_CLOSERS: Final = set(")]}" + '"' + "'" + _DOUBLE_QUOTES + _SINGLE_QUOTES)
_OPENERS: Final = set("([{" + '"' + "'" + _DOUBLE_QUOTES + _SINGLE_QUOTES)
# A run of sentence-final punctuation, and in a lookahead the closing quotes or brackets after it
# (group 1) and the white space after those (group 2): one regex step instead of two character
# loops per candidate boundary. The match itself is the run alone, so the search goes on from the
# end of the run.
_SENT_END_RE: Final = re.compile(
    r"[.!?\u2026]+(?=([" + re.escape("".join(sorted(_CLOSERS))) + r"]*)(\s*))")
# A line without the white space at its ends (str.isspace and \s agree on what is white space)
_LINE_RE: Final = re.compile(r"\S(?:[^\n\r]*\S)?")
_SPAN: Final = re.Match.span
# "JAKARTA, KOMPAS -" and "Jakarta (ANTARA) -": a dateline is not part of the first sentence's
# grammar; the actor stage skips it (the outlet and the place are not actors of the story).
DATELINE_RE: Final = re.compile(
    r"^[ \t]*[A-Z][A-Za-z .'-]{1,40}?"
    r"(?:,\s*[A-Za-z][\w.]*(?:\s[\w.]+){0,2}|\s*\([A-Za-z .]{2,30}\))"
    r"(?:,?\s*\d{1,2}/\d{1,2}(?:/\d{2,4})?)?\s*[-\u2013\u2014]+\s*",
)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of non-empty lines, without the white space at their ends; a sentence never crosses
    a line break."""
    return list(map(_SPAN, _LINE_RE.finditer(text)))


def split_sentences(
    text: str, abbreviations: dict[str, str] | None = None
) -> list[tuple[int, int, int]]:
    """Split ``text`` into sentences; return ``(start, end, paragraph)`` offsets.

    A boundary is ``.``, ``!``, ``?`` or ``…`` (with any closing quotes or brackets), then
    whitespace, then an upper-case letter, a digit or an opening quote. It is not a boundary after
    an abbreviation (``Dr.``, ``Jl.``, ``S.H.``; the list comes from ``lexicons/abbreviations.tsv``;
    those of kind ``list`` such as ``dll.`` still end a sentence before a capital) or after a single
    capital letter (an initial). Line breaks always end a sentence. We do not use NLTK's Punkt here:
    untrained, it knows no Indonesian abbreviations and realigns only straight quotes.

    Example:
        >>> text = "Dr. Budi tiba. Ia lelah."
        >>> [text[s:e] for s, e, _ in split_sentences(text, {"dr": "title"})]
        ['Dr. Budi tiba.', 'Ia lelah.']
    """
    abbreviations = abbreviations or {}
    out: list[tuple[int, int, int]] = []
    for p, (ps, pe) in enumerate(_paragraphs(text)):
        start = ps
        for m in _SENT_END_RE.finditer(text, ps, pe):
            end = m.end(1)  # after the closing quotes and brackets
            nxt = m.end(2)  # after the white space that follows them
            if nxt == end or nxt >= pe:
                continue  # no white space after the punctuation, or the end of the paragraph
            follower = text[nxt]
            if not (follower.isupper() or follower.isdigit() or follower in _OPENERS):
                continue
            if m.group() == "." and not _period_ends_sentence(text, start, m.start(), follower,
                                                              abbreviations):
                continue
            out.append((start, end, p))
            start = nxt
        if start < pe:
            out.append((start, pe, p))
    return out


def _period_ends_sentence(
    text: str, sent_start: int, dot: int, follower: str, abbreviations: dict[str, str]
) -> bool:
    """Decide whether the period at ``dot`` ends a sentence (abbreviations and initials do not)."""
    # the word before the period: back to white space, an opening quote or bracket, or the
    # sentence's start (rsplit finds the last run without white space at C speed)
    before = text[sent_start:dot]
    if not before or before[-1].isspace():
        return True
    word = before.rsplit(None, 1)[-1]
    if not _OPENERS.isdisjoint(word):
        k = len(word)
        while word[k - 1] not in _OPENERS:
            k -= 1
        word = word[k:]
        if not word:
            return True
    if len(word) == 1 and word.isupper():
        return False  # an initial: "H. Agus", "Ma'ruf A."; a one-letter sentence end is rarer
    kind = abbreviations.get(word.lower())
    if kind is None:
        return True
    if kind == "list":
        return follower.isupper()
    return False


@lru_cache(maxsize=1)
def _stemmer():  # type: ignore[no-untyped-def]
    # Built once: PySastrawi loads its root-word dictionary when the factory creates a stemmer.
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


# Per-process memos of pure functions of one word form. Plain dicts rather than functools'
# lru_cache: a hit is one dict lookup, which map(memo.get, ...) finds for a whole document at C
# speed, where each lru_cache hit is a call (from code compiled by mypyc, a call through the
# generic protocol with a tuple of arguments made for it). Each memo is emptied when it reaches
# MEMO_LIMIT entries, so that memory stays bounded on a corpus of any size.
MEMO_LIMIT: Final = 200_000
V = TypeVar("V")


def memo_get(memo: dict[str, V], fn: Callable[[str], V], key: str) -> V:
    """``fn(key)``, computed once per process and kept in ``memo``."""
    got = memo.get(key)
    if got is None:
        if len(memo) >= MEMO_LIMIT:
            memo.clear()
        got = memo[key] = fn(key)
    return got


def memo_map(memo: dict[str, V], fn: Callable[[str], V], keys: list[str]) -> list[V]:
    """``[fn(k) for k in keys]`` through ``memo``: the hits in one C-level pass, then the misses."""
    got: list[Any] = list(map(memo.get, keys))
    # all(): a truth test per item, where `None in got` compared each string with None (two
    # failed rich comparisons each); a false value that is no miss only costs the loop below
    if not all(got):
        for k, key in enumerate(keys):
            if got[k] is None:
                got[k] = memo_get(memo, fn, key)
    return got


def positions(seq: list[str], members: Container[str], start: int = 0,
              stop: int | None = None) -> list[int]:
    """Indices ``i`` in ``[start, stop)`` with ``seq[i] in members``, in order.

    The stages find their candidate tokens with it (words of a lexicon, phrase starts). A plain
    loop, because compiled by mypyc (setup.py) it is about three times faster than
    ``compress(range(n), map(members.__contains__, seq))``, which made an int object for every
    token and called a bound method per token; interpreted, it is no slower.
    """
    end = len(seq) if stop is None else min(stop, len(seq))
    out: list[int] = []
    for i in range(max(start, 0), end):
        if seq[i] in members:
            out.append(i)
    return out


def flagged(flags: list[bool], start: int = 0, stop: int | None = None) -> list[int]:
    """Indices ``i`` in ``[start, stop)`` where ``flags[i]`` is true (see :func:`positions`)."""
    end = len(flags) if stop is None else min(stop, len(flags))
    out: list[int] = []
    for i in range(max(start, 0), end):
        if flags[i]:
            out.append(i)
    return out


_STEMS: Final[dict[str, str]] = {}


def _stem_word(word: str) -> str:
    return str(_stemmer().stem(word)) or word


def _sastrawi_stem(word: str) -> str:
    return memo_get(_STEMS, _stem_word, word)


def stem(word: str, bad_stems: dict[str, str] | None = None) -> str:
    """Stem one lower-case word with PySastrawi, memoised; known bad stems are corrected.

    ``bad_stems`` maps a word to the stem to use instead (``lexicons/bad_stems.tsv``): Sastrawi
    turns *menangis* into *menang* and *membantah* into *ban*.

    Example:
        >>> stem("ditangkap")
        'tangkap'
    """
    if bad_stems and word in bad_stems:
        return bad_stems[word]
    if not word.replace("-", "").isalpha():
        return word
    return _sastrawi_stem(word)


def tokenize(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` spans of the tokens of ``text``."""
    return [m.span() for m in _TOKEN_RE.finditer(text)]


_NORMS: Final[dict[str, str]] = {}


def _normalize_lower(tok: str) -> str:
    return normalize(tok).lower()


def _norm_token(tok: str) -> str:
    return memo_get(_NORMS, _normalize_lower, tok)


_MAKE_TOKEN: Final = partial(tuple.__new__, Token)
_GROUP, _START, _END = re.Match.group, re.Match.start, re.Match.end
_TEXT, _NORM, _FIRST = itemgetter(2), itemgetter(3), itemgetter(0)


class Document:
    """The analysed text: sentences, tokens and lazily computed stems.

    Build it with :meth:`Document.from_text`. It is read-only by convention; stages add results
    elsewhere and never re-tokenise.
    """

    __slots__ = ("text", "tokens", "sentences", "dateline_end", "_stems", "_bad_stems",
                 "_norms", "_texts", "_caps", "_words", "_quotes", "cache")

    def __init__(self, text: str, tokens: list[Token], sentences: list[Sentence],
                 dateline_end: int, bad_stems: dict[str, str], *,
                 texts: list[str] | None = None, norms: list[str] | None = None):
        # ``texts`` and ``norms``: the tokens' surface and normalised forms, when the caller
        # has them already (from_text does); else they are read from ``tokens``
        self.text = text
        self.tokens = tokens
        self.sentences = sentences
        self.dateline_end = dateline_end
        self._bad_stems = bad_stems
        self._stems: list[str | None] = [None] * len(tokens)
        # derived per-document tables a stage computes once and reuses (clause boundaries ...)
        self.cache: dict[Any, Any] = {}
        self._norms = list(map(_NORM, tokens)) if norms is None else norms
        self._texts = texts
        # per-token flags (caps, words, quotes), made on first use: tokenising does not need them
        # (the benchmark's floor builds Documents and never reads them), the stages read them in
        # their inner loops
        self._caps: list[bool] | None = None
        self._words: list[bool] | None = None
        self._quotes: list[bool] | None = None

    def _flags(self) -> tuple[list[bool], list[bool], list[bool]]:
        # map over C functions: no Python frame per token
        texts = self.texts
        firsts = list(map(_FIRST, texts))
        self._caps = caps = list(map(str.isupper, firsts))
        self._words = words = list(map(str.isalnum, firsts))
        self._quotes = quotes = list(map(QUOTE_CHARS.__contains__, texts))
        return caps, words, quotes

    @property
    def caps(self) -> list[bool]:
        """Per token: its first character is upper case (a capitalised word or an acronym)."""
        got = self._caps
        return got if got is not None else self._flags()[0]

    @property
    def words(self) -> list[bool]:
        """Per token: its first character is a letter or a digit (a word, not punctuation)."""
        got = self._words
        return got if got is not None else self._flags()[1]

    @property
    def quotes(self) -> list[bool]:
        """Per token: it is a quotation mark (straight or curly, double or single)."""
        got = self._quotes
        return got if got is not None else self._flags()[2]

    @classmethod
    def from_text(cls, text: str, lexicons: LexiconSet | None = None) -> Document:
        """Normalise, split and tokenise ``text`` (which is kept exactly as given)."""
        abbreviations = lexicons.abbreviations if lexicons is not None else {}
        bad = lexicons.bad_stems if lexicons is not None else {}
        m = DATELINE_RE.match(text)
        dateline_end = m.end() if m and m.end() < len(text) and "\n" not in m.group() else 0
        # The whole text is tokenised in one pass, and each sentence takes the tokens that start
        # before its end: every character outside the sentences is white space (a sentence ends
        # only before white space, paragraphs are stripped) and no token holds or looks past white
        # space, so these are exactly the tokens of each sentence on its own.
        ms = list(_TOKEN_RE.finditer(text))
        strs = list(map(_GROUP, ms))
        starts = list(map(_START, ms))
        ends = list(map(_END, ms))
        # the match objects go before the tokens are made: fewer live objects for the cyclic
        # garbage collector to visit and promote (it runs every few hundred allocations)
        del ms
        sentences: list[Sentence] = []
        token_sentence: list[int] = []  # the sentence of each token
        first = 0
        for si, (s, e, p) in enumerate(split_sentences(text, abbreviations)):
            end = bisect_left(starts, e, first)
            token_sentence.extend(repeat(si, end - first))
            sentences.append(Sentence(s, e, text[s:e], si, p, first, end))
            first = end
        # the hottest loop of the floor: every token built by C-level map/zip over the regex
        # matches, without a Python frame per token (Token is a plain tuple subclass)
        norms = memo_map(_NORMS, _normalize_lower, strs)
        tokens: list[Token] = list(map(_MAKE_TOKEN, zip(
            starts, ends, strs, norms, token_sentence, count())))
        return cls(text, tokens, sentences, dateline_end, bad, texts=strs, norms=norms)

    @property
    def texts(self) -> list[str]:
        """The tokens' texts as written, in order."""
        got = self._texts
        if got is None:
            got = self._texts = list(map(_TEXT, self.tokens))
        return got

    @property
    def norms(self) -> list[str]:
        """Normalised lower-case forms of all tokens, in order."""
        return self._norms

    def stem(self, i: int) -> str:
        """The stem of token ``i``; capitalised words inside a sentence (names) are not stemmed."""
        s = self._stems[i]
        if s is None:
            tok = self.tokens[i]
            if self.caps[i] and i not in self.stemmed_capitals():
                s = tok.norm  # never stem names
            else:
                s = stem(tok.norm, self._bad_stems)
            self._stems[i] = s
        return s

    @property
    def story_start(self) -> int:
        """The first token after the dateline ("JAKARTA, KOMPAS - Pemerintah ..."), else 0: the
        story's first word, capitalised there as after a full stop."""
        got = self.cache.get("story_start")
        if got is None:
            toks, got = self.tokens, 0
            if self.dateline_end:
                got = bisect_left(toks, self.dateline_end, key=itemgetter(0))
            self.cache["story_start"] = got
        return got

    def stemmed_capitals(self) -> frozenset[int]:
        """Capitalised tokens that :meth:`stem` does stem: a sentence's first word, or the word
        after an opening quote or bracket (every other capitalised word is a name)."""
        got = self.cache.get("stemmed_capitals")
        if got is None:
            toks, caps = self.tokens, self.caps
            firsts = {s.token_start for s in self.sentences}
            texts = self.texts
            after = {k + 1 for k in positions(texts, _OPENERS, 0, len(toks) - 1)
                     if toks[k].sentence == toks[k + 1].sentence}
            got = self.cache["stemmed_capitals"] = frozenset(
                i for i in firsts | after if i < len(caps) and caps[i])
        return got

    def forms(self) -> tuple[set[str], set[str]]:
        """The distinct normalised forms of the tokens written in lower case, and of those
        capitalised; the sentiment and frame stages look each form up once."""
        got = self.cache.get("forms")
        if got is None:
            # C-level: no range of ints and no bound method per token (see positions)
            norms, caps = self._norms, self.caps
            got = self.cache["forms"] = (set(compress(norms, map(not_, caps))),
                                         set(compress(norms, caps)))
        return got

    def sentence_tokens(self, si: int) -> list[Token]:
        sent = self.sentences[si]
        return self.tokens[sent.token_start:sent.token_end]

    def token_at(self, offset: int) -> int | None:
        """Index of the token covering character ``offset`` (binary search), or None."""
        lo, hi = 0, len(self.tokens)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.tokens[mid].end <= offset:
                lo = mid + 1
            else:
                hi = mid
        if lo < len(self.tokens) and self.tokens[lo].start <= offset:
            return lo
        return None

    def sentence_at(self, offset: int) -> int | None:
        """Index of the sentence covering character ``offset`` (binary search), or None."""
        lo, hi = 0, len(self.sentences)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.sentences[mid].end <= offset:
                lo = mid + 1
            else:
                hi = mid
        if lo < len(self.sentences) and self.sentences[lo].start <= offset:
            return lo
        return None
