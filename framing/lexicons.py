"""Lexicons as validated data: load every TSV once into a :class:`LexiconSet`.

Each file in ``lexicons/`` is UTF-8 TSV with a header row, ``#`` comment lines and a provenance
column. The loader checks every row against the file's schema and reports *all* problems at once,
each as ``path:line: what is wrong``. Users add a folder of their own: a file with the same name as
one of ours (``sentiment.tsv``) or a name that starts with it (``sentiment.local.tsv``,
``actors_mycountry.tsv``) extends our table, and a row with the same key overrides ours.

The lexicon version is a content hash over every file that was loaded, written into every result.
"""

from __future__ import annotations

import hashlib
import math
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

from .text import positions

__all__ = ["LexiconError", "LexiconSet", "load_lexicons", "default_lexicon_dir", "SCHEMAS"]


class LexiconError(ValueError):
    """Raised with every problem found, one ``path:line: message`` per line."""

    def __init__(self, problems: Sequence[str]):
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


# ---------------------------------------------------------------------------------------------
# Schemas: which columns each file has, how each is checked, and which columns form the key.

Check = Callable[[str], Any]


def _text(v: str) -> str:
    if not v.strip():
        raise ValueError("empty value")
    return v


def _optional_text(v: str) -> str:
    return v


def _number(lo: float, hi: float) -> Check:
    def check(v: str) -> float:
        try:
            x = float(v)
        except ValueError:
            raise ValueError(f"not a number: {v!r}") from None
        if not math.isfinite(x) or not lo <= x <= hi:
            raise ValueError(f"{v} is outside [{lo:g}, {hi:g}]")
        return x

    return check


def _integer(lo: int, hi: int) -> Check:
    def check(v: str) -> int:
        try:
            x = int(v)
        except ValueError:
            raise ValueError(f"not an integer: {v!r}") from None
        if not lo <= x <= hi:
            raise ValueError(f"{v} is outside [{lo}, {hi}]")
        return x

    return check


def _choice(*options: str) -> Check:
    def check(v: str) -> str:
        if v not in options:
            raise ValueError(f"{v!r} is not one of {', '.join(options)}")
        return v

    return check


def _aliases(v: str) -> tuple[str, ...]:
    parts = tuple(a.strip() for a in v.split("|")) if v.strip() else ()
    if any(not a for a in parts):
        raise ValueError("empty alias in the |-separated list")
    return parts


FRAMES: Final = ("conflict", "human_interest", "economic", "morality", "responsibility")
# Semetko & Valkenburg (2000), "Framing European politics", J. Communication 50(2): 93-109, Table 1.
# The visual question of human interest does not apply to text and is left out.
QUESTIONS: Final = {
    "conflict.disagreement":
        "Does the story reflect disagreement between parties, individuals, groups or countries?",
    "conflict.reproach": "Does one party, individual, group or country reproach another?",
    "conflict.two_sides":
        "Does the story refer to two sides or to more than two sides of the problem or issue?",
    "conflict.winners_losers": "Does the story refer to winners and losers?",
    "human_interest.human_face":
        "Does the story provide a human example or 'human face' on the issue?",
    "human_interest.emotion":
        "Does the story employ adjectives or personal vignettes that generate feelings of outrage,"
        " empathy-caring, sympathy or compassion?",
    "human_interest.affected":
        "Does the story emphasise how individuals and groups are affected by the issue or problem?",
    "human_interest.private_life":
        "Does the story go into the private or personal lives of the actors?",
    "economic.gains_losses":
        "Is there a mention of financial losses or gains now or in the future?",
    "economic.costs": "Is there a mention of the costs or degree of expense involved?",
    "economic.consequences":
        "Is there a reference to economic consequences of pursuing or not pursuing a course of "
        "action?",
    "morality.moral_message": "Does the story contain any moral message?",
    "morality.religion":
        "Does the story make reference to morality, God and other religious tenets?",
    "morality.prescription":
        "Does the story offer specific social prescriptions about how to behave?",
    "responsibility.gov_ability":
        "Does the story suggest that some level of government has the ability to alleviate the "
        "problem?",
    "responsibility.gov_responsible":
        "Does the story suggest that some level of the government is responsible for the issue or "
        "problem?",
    "responsibility.solution": "Does the story suggest solution(s) to the problem or issue?",
    "responsibility.individual_responsible":
        "Does the story suggest that an individual or group of people in society is responsible "
        "for the issue or problem?",
    "responsibility.urgent": "Does the story suggest the problem requires urgent action?",
}


@dataclass(frozen=True)
class Schema:
    columns: dict[str, Check]
    key: tuple[str, ...]
    lower_key: bool = True  # keys compared lower-cased (actor names are case-sensitive)
    # columns a file may leave out (older files, users' own tables); their value is then ""
    optional: tuple[str, ...] = ()


ACTOR_TYPES: Final = ("person", "organisation", "government", "country", "group")
# The closed word classes of function_words.tsv; its header says what each one is for.
FUNCTION_WORD_CLASSES: Final = (
    "speaker_filler", "clause_word", "first_person", "unresolved_pronoun", "plural_pronoun",
    "title_word", "apology", "negated_modal", "identity_word", "wish_word", "withhold_word",
    "nominal_negator", "speaker_side", "complementizer", "not_passive", "not_only",
    "recipient_preposition", "quantifier", "coordinator", "inclusive", "apposition", "relative",
    "name_linker", "initial_cue", "legal_form", "list_opener", "demonstrative", "role_noun",
    "person_noun", "plural_marker", "role_other", "deceased_marker", "death_verb", "opening_word",
    "office_prefix")
SCHEMAS: Final[dict[str, Schema]] = {
    "sentiment": Schema(
        {"term": _text, "weight": _number(-3, 3), "match": _choice("stem", "surface"),
         "domain": _text, "provenance": _text}, ("term",)),
    "negators": Schema({"term": _text, "scope": _integer(1, 8), "kind": _choice("", "refusal"),
                        "provenance": _text}, ("term",), optional=("kind",)),
    "intensifiers": Schema(
        {"term": _text, "factor": _number(-1, 3),
         "position": _choice("before", "after", "both", "nominal", "excess"),
         "provenance": _text}, ("term",)),
    "contrast": Schema(
        {"term": _text, "before": _number(0, 3), "after": _number(0, 3), "provenance": _text},
        ("term",)),
    "hedges": Schema(
        {"term": _text, "factor": _number(0, 1),
         "kind": _choice("hedge", "modality", "allegation", "hearsay", "irrealis"),
         "provenance": _text},
        ("term",)),
    "reporting_verbs": Schema(
        {"term": _text,
         "kind": _choice("verb", "postposed", "preposition", "passive", "relay", "hearsay",
                         "attitude"),
         "stance": _choice("neutral", "asserting", "evaluating", "distancing", "denial",
                           "accusing", "requesting", "hearsay"),
         "provenance": _text}, ("term",)),
    "source_phrases": Schema(
        {"term": _text, "source_type": _choice("named", "unnamed"), "kind": _text,
         "provenance": _text}, ("term",)),
    "frame_cues": Schema(
        {"term": _text, "frame": _choice(*FRAMES), "question": _choice(*QUESTIONS),
         "weight": _number(0, 3), "match": _choice("stem", "surface"), "provenance": _text},
        ("term", "question")),
    "actors": Schema(
        {"name": _text, "type": _choice(*ACTOR_TYPES), "category": _optional_text,
         "aliases": _aliases, "provenance": _text}, ("name",), lower_key=False),
    "titles": Schema(
        {"term": _text,
         "kind": _choice("honorific", "academic", "religious", "rank", "office", "role"),
         "complement": _choice("", "place"), "long_form": _optional_text, "provenance": _text},
        ("term",), lower_key=False, optional=("complement", "long_form")),
    "org_heads": Schema(
        {"term": _text, "type": _choice(*ACTOR_TYPES),
         "kind": _choice("", "government_of", "namesake"), "provenance": _text},
        ("term",), lower_key=False, optional=("kind",)),
    "pronouns": Schema(
        {"term": _text, "target": _choice("person", "country", "organisation", "any"),
         "count": _integer(1, 2), "provenance": _text}, ("term",)),
    "abbreviations": Schema({"term": _text, "kind": _text, "provenance": _text}, ("term",)),
    "bad_stems": Schema({"word": _text, "stem": _text, "provenance": _text}, ("word",)),
    "groups": Schema({"term": _text, "type": _choice(*ACTOR_TYPES), "refers_to": _optional_text,
                      "provenance": _text}, ("term",), optional=("refers_to",)),
    "clause_breaks": Schema({"term": _text, "provenance": _text}, ("term",)),
    "non_names": Schema({"term": _text, "kind": _text, "provenance": _text}, ("term",),
                        lower_key=False),
    "function_words": Schema(
        {"term": _text, "class": _choice(*FUNCTION_WORD_CLASSES), "provenance": _text},
        ("term", "class")),
    "target_rules": Schema(
        {"term": _text, "role": _choice("victim", "patient_blame", "agent_blame", "beneficiary"),
         "provenance": _text}, ("term",)),
}


def _normkey(value: str, lower: bool) -> str:
    v = " ".join(unicodedata.normalize("NFC", value).split())
    return v.lower() if lower else v


def default_lexicon_dir() -> Path:
    """The shipped lexicons: ``lexicons/`` beside the source tree, else the installed package data.

    In a checkout the word lists sit at the top of the repository; ``pip install`` copies them into
    the package as ``framing/lexicons/`` (see ``[tool.setuptools.package-dir]``).
    """
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "lexicons", here / "lexicons"):
        if (candidate / "sentiment.tsv").is_file():
            return candidate
    raise LexiconError([f"{here / 'lexicons'}: the shipped lexicons are missing; "
                        "reinstall framing"])


def _schema_for(path: Path) -> str | None:
    stem = path.name[: -len(".tsv")]
    if stem in SCHEMAS:
        return stem
    # "sentiment.local.tsv", "actors_jabar.tsv": the longest schema name that prefixes the name
    for name in sorted(SCHEMAS, key=len, reverse=True):
        if stem.startswith(name) and stem[len(name)] in "._-":
            return name
    return None


def read_table(path: Path, schema: Schema, problems: list[str]) -> list[tuple[int, dict[str, Any]]]:
    """Parse one TSV file; append problems, return ``(line, row)`` pairs for the valid rows."""
    try:
        raw = path.read_bytes()
    except OSError as e:
        problems.append(f"{path}: cannot read: {e.strerror or e}")
        return []
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        bad_line = raw[: e.start].count(b"\n") + 1
        problems.append(f"{path}:{bad_line}: not valid UTF-8")
        return []
    rows: list[tuple[int, dict[str, Any]]] = []
    header: list[str] | None = None
    for lineno, line in enumerate(text.splitlines(), start=1):  # tolerates CRLF
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if header is None:
            header = cells
            unknown = [c for c in header if c not in schema.columns]
            missing = [c for c in schema.columns if c not in header
                       and c not in schema.optional]
            for c in unknown:
                problems.append(f"{path}:{lineno}: unknown column {c!r}")
            for c in missing:
                problems.append(f"{path}:{lineno}: missing column {c!r}")
            if unknown or missing:
                return []
            continue
        if len(cells) != len(header):
            problems.append(
                f"{path}:{lineno}: expected {len(header)} tab-separated fields, found {len(cells)}")
            continue
        row: dict[str, Any] = {}
        ok = True
        for col, value in zip(header, cells, strict=True):
            try:
                row[col] = schema.columns[col](value)
            except ValueError as e:
                problems.append(f"{path}:{lineno}: {col}: {e}")
                ok = False
        if ok:
            for col in schema.optional:
                row.setdefault(col, "")
            rows.append((lineno, row))
    if header is None:
        problems.append(f"{path}: no header row")
    return rows


# ---------------------------------------------------------------------------------------------
# The loaded set.


@dataclass(frozen=True, slots=True)
class SentimentEntry:
    term: str
    weight: float
    match: str
    domain: str


@dataclass(frozen=True, slots=True)
class ActorEntry:
    name: str
    type: str
    category: str
    aliases: tuple[str, ...]


@dataclass
class PhraseIndex:
    """Multi-word lookup: the longest phrase starting at a token.

    ``by_first`` maps a first token to its phrases ``[(tokens, value), ...]``, longest first (for
    membership tests and listing); matching walks a token trie, so its cost grows with the length
    of the match, not with how many phrases share a first word (the gazetteer has dozens that
    start with "Presiden" or "Menteri"). Of two equal phrases the first added wins.
    """

    by_first: dict[str, list[tuple[tuple[str, ...], Any]]] = field(default_factory=dict)
    max_len: int = 1
    _trie: dict[str, Any] = field(default_factory=dict, repr=False)
    _pairs: frozenset[tuple[str, ...]] | None = field(default=None, repr=False)
    _singles: frozenset[str] = field(default=frozenset(), repr=False)
    _pair_firsts: frozenset[str] = field(default=frozenset(), repr=False)

    def add(self, tokens: tuple[str, ...], value: Any) -> None:
        self._pairs = None  # recomputed by starts()
        lst = self.by_first.setdefault(tokens[0], [])
        lst.append((tokens, value))
        lst.sort(key=lambda p: -len(p[0]))
        self.max_len = max(self.max_len, len(tokens))
        node = self._trie
        for tok in tokens:
            node = node.setdefault(tok, {})
        node.setdefault(_END, value)

    def starts(self, seq: list[str]) -> set[int]:
        """Positions of ``seq`` where :meth:`match` can succeed: a one-word entry, or the first
        two words of a longer one."""
        pairs = self._pairs
        if pairs is None:
            pairs = self._pairs = frozenset(t[:2] for lst in self.by_first.values()
                                            for t, _ in lst if len(t) > 1)
            self._pair_firsts = frozenset(p[0] for p in pairs)
            self._singles = frozenset(t[0] for lst in self.by_first.values() for t, _ in lst
                                      if len(t) == 1)
        # the pair is looked up only where its first word can start one (a fifth of the tokens
        # or fewer), rather than a pair made for every token
        out = set(positions(seq, self._singles))
        for i in positions(seq, self._pair_firsts, 0, len(seq) - 1):
            if (seq[i], seq[i + 1]) in pairs:
                out.add(i)
        return out

    def match(self, seq: Sequence[str], i: int) -> tuple[int, Any] | None:
        """Longest entry starting at ``seq[i]``: ``(length, value)`` or None."""
        node = self._trie.get(seq[i])
        if node is None:
            return None
        best = (1, node[_END]) if _END in node else None
        k, n = i + 1, len(seq)
        while k < n:
            node = node.get(seq[k])
            if node is None:
                break
            k += 1
            if _END in node:
                best = (k - i, node[_END])
        return best


# the trie key that holds a phrase's value (tokens are never empty strings)
_END: Final = ""


def split_phrase(term: str) -> tuple[str, ...]:
    """Tokens of a lexicon term, tokenised exactly as text is (so 'kerja-sama' stays one token)."""
    from .text import _TOKEN_RE, _norm_token

    return tuple(_norm_token(m.group()) for m in _TOKEN_RE.finditer(term))


class LexiconSet:
    """Every lexicon, validated and indexed for matching. Build with :func:`load_lexicons`."""

    def __init__(self, tables: dict[str, list[dict[str, Any]]], version: str, paths: list[Path]):
        self.version = version
        self.paths = paths
        self.tables = tables
        self._derived: dict[str, Any] = {}
        t = tables
        # sentiment: surface forms first, then stems; multi-word phrases by surface
        self.sentiment_surface: dict[str, SentimentEntry] = {}
        self.sentiment_stem: dict[str, SentimentEntry] = {}
        self.sentiment_phrases = PhraseIndex()
        for r in t.get("sentiment", []):
            e = SentimentEntry(r["term"].lower(), r["weight"], r["match"], r["domain"])
            toks = split_phrase(e.term)
            if len(toks) > 1:
                self.sentiment_phrases.add(toks, e)
            elif toks:
                (self.sentiment_stem if e.match == "stem" else self.sentiment_surface)[toks[0]] = e
        # every negator's scope; a refusal ("enggan", "menolak", kind "refusal") negates only the
        # positive act after it (sentiment) but, like "tidak", means a verb after it did not happen
        self.negators = {split_phrase(r["term"]): r["scope"] for r in t.get("negators", [])}
        self.negator_index = PhraseIndex()
        for r in t.get("negators", []):
            self.negator_index.add(split_phrase(r["term"]), (r["scope"], r.get("kind", "")))
        self.intensifiers = {r["term"].lower(): (r["factor"], r["position"])
                             for r in t.get("intensifiers", [])}
        self.intensifier_index = PhraseIndex()
        for term, v in self.intensifiers.items():
            self.intensifier_index.add(split_phrase(term), v)
        self.contrast_index = PhraseIndex()
        for r in t.get("contrast", []):
            self.contrast_index.add(split_phrase(r["term"]), (r["before"], r["after"]))
        self.hedge_index = PhraseIndex()
        for r in t.get("hedges", []):
            self.hedge_index.add(split_phrase(r["term"]), (r["factor"], r["kind"]))
        self.cue_index = PhraseIndex()
        for r in t.get("reporting_verbs", []):
            self.cue_index.add(split_phrase(r["term"]), (r["term"], r["kind"], r["stance"]))
        self.source_index = PhraseIndex()
        for r in t.get("source_phrases", []):
            self.source_index.add(split_phrase(r["term"]), (r["source_type"], r["kind"]))
        self.frame_surface: dict[str, list[tuple[str, str, float]]] = {}
        self.frame_stem: dict[str, list[tuple[str, str, float]]] = {}
        self.frame_phrases = PhraseIndex()
        for r in t.get("frame_cues", []):
            toks = split_phrase(r["term"])
            fv: tuple[str, str, float] = (r["frame"], r["question"], r["weight"])
            if len(toks) > 1:
                existing = self.frame_phrases.match(toks, 0)
                if existing and existing[0] == len(toks):
                    existing[1].append(fv)
                else:
                    self.frame_phrases.add(toks, [fv])
            elif toks:
                d = self.frame_stem if r["match"] == "stem" else self.frame_surface
                d.setdefault(toks[0], []).append(fv)
        self.actors = [ActorEntry(r["name"], r["type"], r.get("category", ""), r["aliases"])
                       for r in t.get("actors", [])]
        self.titles = {r["term"]: r["kind"] for r in t.get("titles", [])}
        # offices written with their territory before the holder's name ("Camat Tirtaraya Budi")
        self.place_titles = frozenset(r["term"] for r in t.get("titles", [])
                                      if r["complement"] == "place")
        self.titles_lower = {k.lower(): v for k, v in self.titles.items()}
        self.org_heads = {r["term"]: r["type"] for r in t.get("org_heads", [])}
        # heads whose name plus a place is that place's government ("Pemerintah AS" is AS);
        # other heads plus a place are bodies of their own ("Polres Sleman" is not Sleman)
        self.government_of = frozenset(r["term"] for r in t.get("org_heads", [])
                                       if r["kind"] == "government_of")
        # heads of institutions often named after a person ("Universitas Contoh Saleh")
        self.namesake_heads = frozenset(r["term"] for r in t.get("org_heads", [])
                                        if r["kind"] == "namesake")
        self.pronoun_index = PhraseIndex()
        for r in t.get("pronouns", []):
            self.pronoun_index.add(split_phrase(r["term"]), (r["target"], r["count"]))
        self.abbreviations = {r["term"].lower(): r["kind"] for r in t.get("abbreviations", [])}
        self.bad_stems = {r["word"].lower(): r["stem"].lower() for r in t.get("bad_stems", [])}
        self.group_index = PhraseIndex()
        # group noun -> first words of the institutions it stands for in an article ("polisi"
        # -> Polres, Polda, ...): the article's institution absorbs the group's mentions
        self.group_refers: dict[str, tuple[str, ...]] = {}
        for r in t.get("groups", []):
            self.group_index.add(split_phrase(r["term"]), (r["term"].lower(), r["type"]))
            if r["refers_to"]:
                self.group_refers[r["term"].lower()] = tuple(
                    x.strip() for x in r["refers_to"].split(";") if x.strip())
        self.clause_breaks = frozenset(r["term"].lower() for r in t.get("clause_breaks", []))
        self.non_names = frozenset(r["term"] for r in t.get("non_names", []))
        self.non_name_kinds = {r["term"]: r["kind"] for r in t.get("non_names", [])}
        self.target_rules = {split_phrase(r["term"])[0]: r["role"]
                             for r in t.get("target_rules", []) if split_phrase(r["term"])}
        classes: dict[str, set[str]] = {c: set() for c in FUNCTION_WORD_CLASSES}
        for r in t.get("function_words", []):
            classes[r["class"]].add(r["term"].lower())
        self.function_words = {c: frozenset(ws) for c, ws in classes.items()}

    def words(self, word_class: str) -> frozenset[str]:
        """The lower-case words of one closed class of ``function_words.tsv`` ("quantifier")."""
        try:
            return self.function_words[word_class]
        except KeyError:
            raise KeyError(f"unknown function-word class {word_class!r} (expected one of: "
                           f"{', '.join(FUNCTION_WORD_CLASSES)})") from None


    def derived(self, name: str, build: Callable[[LexiconSet], Any]) -> Any:
        """A table a stage derives from these lexicons (first words of titles, the memo of each
        word form's entry ...): built by ``build`` on first use, then kept with the set."""
        got = self._derived.get(name)
        if got is None:
            got = self._derived[name] = build(self)
        return got

    def __reduce__(self) -> tuple[Any, ...]:
        # Sent to worker processes as its validated tables, and indexed again there: the derived
        # tables (word memos can be large) are not sent, and a class compiled with mypyc has no
        # __dict__ to copy.
        return (LexiconSet, (self.tables, self.version, self.paths))

    def __len__(self) -> int:
        return sum(len(v) for v in self.tables.values())

    def counts(self) -> dict[str, int]:
        """Number of entries per table."""
        return {k: len(v) for k, v in sorted(self.tables.items())}

    def __repr__(self) -> str:
        return f"LexiconSet(version={self.version!r}, entries={len(self)})"


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix == ".tsv" and p.is_file())


def load_lexicons(extra: Iterable[str | Path] = (), *, base: str | Path | None = None
                  ) -> LexiconSet:
    """Load and validate the shipped lexicons plus the user's folders or files in ``extra``.

    Args:
        extra: folders (or single ``.tsv`` files) whose tables extend ours; a row whose key
            (``term``, or ``name`` for actors) equals one of ours replaces it.
        base: use this folder instead of the shipped lexicons.

    Returns:
        A :class:`LexiconSet` with a ``version`` hash over everything loaded.

    Raises:
        LexiconError: listing every problem as ``path:line: message``.

    Example:
        >>> lex = load_lexicons()
        >>> lex.version  # doctest: +SKIP
        '3f2a9c0d1b7e'
    """
    folders = [Path(base) if base is not None else default_lexicon_dir()]
    paths: list[Path] = []
    problems: list[str] = []
    for f in folders:
        if not f.is_dir():
            problems.append(f"{f}: lexicon folder not found")
        else:
            paths.extend(_files(f))
    for e in extra:
        p = Path(e)
        if p.is_dir():
            paths.extend(_files(p))
        elif p.is_file() and p.suffix == ".tsv":
            paths.append(p)
        else:
            problems.append(f"{p}: not a lexicon folder or .tsv file")
    tables: dict[str, dict[tuple[str, ...], dict[str, Any]]] = {}
    origin: dict[tuple[str, tuple[str, ...]], str] = {}
    digest = hashlib.sha256()
    for path in paths:
        name = _schema_for(path)
        if name is None:
            problems.append(f"{path}: unknown lexicon file (expected one of: "
                            f"{', '.join(sorted(SCHEMAS))}, optionally with a suffix)")
            continue
        schema = SCHEMAS[name]
        digest.update(path.name.encode())
        try:
            digest.update(path.read_bytes())
        except OSError:
            pass
        table = tables.setdefault(name, {})
        seen_here: dict[tuple[str, ...], int] = {}
        for lineno, row in read_table(path, schema, problems):
            key = tuple(_normkey(str(row[k]), schema.lower_key) for k in schema.key)
            if key in seen_here:
                problems.append(f"{path}:{lineno}: duplicate {'/'.join(schema.key)} "
                                f"{' / '.join(key)!r} (first on line {seen_here[key]})")
                continue
            seen_here[key] = lineno
            table[key] = row  # later files override earlier ones with the same key
            origin[(name, key)] = f"{path}:{lineno}"
    if problems:
        raise LexiconError(problems)
    _check_cross(tables, origin, problems)
    if problems:
        raise LexiconError(problems)
    return LexiconSet({k: list(v.values()) for k, v in tables.items()},
                      digest.hexdigest()[:12], paths)


def _check_cross(tables: dict[str, dict[tuple[str, ...], dict[str, Any]]],
                 origin: dict[tuple[str, tuple[str, ...]], str], problems: list[str]) -> None:
    """Checks across rows: an actor alias must not name two actors."""
    owner: dict[str, str] = {}
    for key, row in tables.get("actors", {}).items():
        where = origin[("actors", key)]
        for form in (row["name"], *row["aliases"]):
            prev = owner.get(form)
            if prev is not None and prev != row["name"]:
                problems.append(f"{where}: alias {form!r} also names {prev!r}")
            owner[form] = row["name"]


@lru_cache(maxsize=8)
def _cached(extra: tuple[str, ...]) -> LexiconSet:
    return load_lexicons(extra)


def get_lexicons(extra: Iterable[str | Path] = ()) -> LexiconSet:
    """Like :func:`load_lexicons` but cached per process (the set is read-only)."""
    return _cached(tuple(str(Path(e).resolve()) for e in extra))
