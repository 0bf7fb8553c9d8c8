"""Actors: gazetteer matches, discovery of unknown names, alias merging and pronoun resolution.

The stage reads a :class:`~framing.text.Document` and returns an :class:`ActorTable`: the actors
(canonical name, type, aliases seen) and every mention with its offsets. Later stages look actors
up by token (``ActorTable.at``) and resolve anaphors through :meth:`ActorTable.previous`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter, not_
from typing import Final

from .lexicons import LexiconSet, PhraseIndex
from .results import Mention
from .text import Document, Token, _sastrawi_stem, flagged, memo_get, normalize, positions

__all__ = ["ActorTable", "ActorInfo", "find_actors", "spelling_key"]

# A lower-case group noun becomes an actor only when the article mentions it at least twice: once
# is background ("kata warga"), twice is a participant of the story.
GROUP_MIN_MENTIONS: Final = 2

# "Covid - 19" (the corpus spaces hyphens) is written "Covid-19" in the names of bodies
_HYPHEN_NUMBER_RE: Final = re.compile(r"(\w) - (\d)")
# gazetteer categories (actors.tsv) of governments named after their place: after an office
# ("Kapolres Sleman", "Gubernur Jawa Tengah") the place names the office, not the government
_PLACE_GOVERNMENTS: Final = frozenset({"province", "regency", "city"})
_AGE_RE: Final = re.compile(r"\(\s*\d{1,3}\s*(?:tahun|th|thn)?\s*\)")


@dataclass(init=False)
class ActorInfo:
    """An actor being built: canonical name, type, surface forms and mention indices."""

    id: int
    name: str
    type: str
    category: str = ""
    gazetteer: bool = False
    forms: list[str] = field(default_factory=list)
    mentions: list[int] = field(default_factory=list)  # indices into ActorTable.mentions
    roles: list[str] = field(default_factory=list)  # "Kapolsek Tamansari AKP", "Presiden"
    # an office holder, an institution or a gazetteer entry (True), an ordinary person introduced by
    # age or as a resident, vendor, witness (False), or unknown (None)
    public: bool | None = None

    def __init__(self, id: int, name: str, type: str, category: str = "",
                 gazetteer: bool = False, forms: list[str] | None = None,
                 mentions: list[int] | None = None, roles: list[str] | None = None,
                 public: bool | None = None) -> None:
        # written out (init=False): mypyc compiles it, where the one dataclasses generates runs
        # interpreted (as for the result classes, benchmarks/README.md)
        self.id = id
        self.name = name
        self.type = type
        self.category = category
        self.gazetteer = gazetteer
        self.forms = [] if forms is None else forms
        self.mentions = [] if mentions is None else mentions
        self.roles = [] if roles is None else roles
        self.public = public

    @property
    def role(self) -> str:
        return self.roles[0] if self.roles else ""

    @property
    def aliases(self) -> tuple[str, ...]:
        return tuple(f for f in dict.fromkeys(self.forms) if f != self.name)


@dataclass
class ActorTable:
    """Actors and mentions of one document, in text order."""

    actors: list[ActorInfo]
    mentions: list[Mention]
    token_mentions: dict[int, list[int]]  # token index -> mention indices (group anaphors: several)

    def at(self, token: int) -> list[int]:
        """Actor ids mentioned by the token ``token`` (empty when none)."""
        return [self.mentions[m].actor for m in self.token_mentions.get(token, ())]

    def mention_at(self, token: int) -> list[Mention]:
        return [self.mentions[m] for m in self.token_mentions.get(token, ())]

    def previous(self, offset: int, *, type: str | None = "person", count: int = 1,
                 window: int = 3, doc: Document | None = None) -> list[int]:
        """The ``count`` most recent distinct actors of ``type`` mentioned before ``offset``.

        Only mentions within ``window`` sentences are considered when ``doc`` is given, so a
        pronoun does not reach back across half the article.
        """
        sent = doc.sentence_at(offset) if doc is not None else None
        out: list[int] = []
        for m in reversed(self.mentions):
            if m.start >= offset:
                continue
            if sent is not None and m.sentence < sent - window:
                break
            if m.kind in ("pronoun", "group"):
                continue
            a = self.actors[m.actor]
            if type is not None and type != "any" and a.type != type:
                continue
            if m.actor not in out:
                out.append(m.actor)
            if len(out) == count:
                break
        return out


    def by_role(self, role: str, offset: int) -> int | None:
        """The most recent person introduced with ``role`` ("kata Presiden" -> the president)."""
        role = role.lower()
        for m in reversed(self.mentions):
            if m.start >= offset or m.kind in ("pronoun", "group"):
                continue
            a = self.actors[m.actor]
            if a.type == "person" and any(r.lower() == role or r.lower().startswith(role + " ")
                                          or r.lower().endswith(" " + role) for r in a.roles):
                return a.id
        return None

    def previous_pair(self, offset: int, *, type: str | None = "person",
                      doc: Document | None = None, window: int = 5) -> list[int]:
        """The pair "kedua pemimpin" / "kedua negara" stands for.

        The last sentence within ``window`` sentences that names two distinct actors of ``type``
        gives the pair (news writes "hubungan Rusia dan Korea Utara ... kedua negara"); failing
        that, the two most recent such actors.
        """
        sent = doc.sentence_at(offset) if doc is not None else None
        by_sentence: dict[int, list[int]] = {}
        for m in self.mentions:
            if m.start >= offset:
                break
            if m.kind in ("pronoun", "group"):
                continue
            a = self.actors[m.actor]
            if type not in (None, "any") and a.type != type:
                continue
            lst = by_sentence.setdefault(m.sentence, [])
            if m.actor not in lst:
                lst.append(m.actor)
        for si in sorted(by_sentence, reverse=True):
            if sent is not None and si < sent - window:
                break
            if len(by_sentence[si]) >= 2:
                return by_sentence[si][-2:]
        return self.previous(offset, type=type, count=2, window=window, doc=doc)


@lru_cache(maxsize=8)
def _gazetteer(lex: LexiconSet) -> tuple[PhraseIndex, dict[str, int]]:
    """Case-sensitive index of actor names and aliases; office aliases also match lower-cased."""
    from .lexicons import split_phrase  # noqa: F401  (tokenisation must match the text's)
    from .text import _TOKEN_RE

    idx = PhraseIndex()
    for n, entry in enumerate(lex.actors):
        for form in (entry.name, *entry.aliases):
            toks = tuple(normalize(m.group()) for m in _TOKEN_RE.finditer(form))
            if not toks:
                continue
            idx.add(toks, n)
            # "pemimpin Korea Utara": news lower-cases the office word before a name
            if len(toks) > 1 and toks[0] in lex.titles:
                idx.add((toks[0].lower(), *toks[1:]), n)
    return idx, {}


@lru_cache(maxsize=1)
def _dictionary():  # type: ignore[no-untyped-def]
    from .text import _stemmer

    return _stemmer().delegatedStemmer.dictionary


# memos of pure functions of a word form (framing.text.memo_get explains why not lru_cache)
_COMMON: Final[dict[str, bool]] = {}
_AFFIXED: Final[dict[str, bool]] = {}
_SURFACES: Final[dict[str, str]] = {}


def _common_word(lower: str) -> bool:
    d = _dictionary()
    return bool(d.contains(lower) or (lower.isalpha() and d.contains(_sastrawi_stem(lower))))


def is_common_word(lower: str) -> bool:
    """True when ``lower`` or its stem is in Sastrawi's root-word dictionary (not a name)."""
    return memo_get(_COMMON, _common_word, lower)


def _surface_text(text: str) -> str:
    """A token as the gazetteer sees it: NFC and unified quotes, case kept."""
    return text if text.isascii() else normalize(text)


def _surfaces(doc: Document) -> list[str]:
    """Every token's surface (:func:`_surface_text`). Most tokens are ASCII, whose surface is
    their text: only the others are looked up (str.isascii reads a flag of the string)."""
    texts = doc.texts
    ascii_ = list(map(str.isascii, texts))
    if all(ascii_):
        return texts
    surf = list(texts)
    for k in flagged(list(map(not_, ascii_))):
        surf[k] = memo_get(_SURFACES, _surface_text, texts[k])
    return surf


_TEXT: Final = itemgetter(2)
_OPEN_PAREN: Final = frozenset({"("})


def find_actors(doc: Document, lex: LexiconSet, outlet: str | None = None) -> ActorTable:
    """Find the actors of ``doc``.

    Steps: (1) gazetteer names and aliases, longest match first, case-sensitive; (2) discovery of
    unknown persons and organisations from capitalised runs with evidence: a preceding title or
    honorific, an age marker ``(39)``, initials after *tersangka/berinisial*, a following reporting
    verb, or an organisation head word (``Dinas``, ``Partai``); (3) alias merging: a shorter form
    whose tokens lie inside a longer person name of the same document is the same actor
    (Putin -> Vladimir Putin), and adjacent mentions of one actor (``Presiden Rusia Vladimir
    Putin``) become one mention; (4) pronouns and group anaphors (ia, dia, beliau, keduanya,
    kedua pemimpin) to the most recent person(s) within three sentences. The outlet that
    writes the story (``outlet``, or the one its dateline names) is never an actor of it.

    Example:
        >>> from framing.lexicons import get_lexicons
        >>> lex = get_lexicons()
        >>> doc = Document.from_text("Presiden Joko Widodo tiba. Ia tersenyum.", lex)
        >>> t = find_actors(doc, lex)
        >>> [a.name for a in t.actors]
        ['Joko Widodo']
    """
    toks = doc.tokens
    surf = _surfaces(doc)
    gaz, _ = _gazetteer(lex)
    n = len(toks)
    raw: list[tuple[int, int, str, str | int, str]] = []  # (tok_s, tok_e, kind, key, type)
    roles: dict[int, tuple[str, bool]] = {}  # start token of a person -> (role, office held)
    taken = [False] * n
    start_tok = doc.story_start
    # the first word after a dateline ("JAKARTA, KOMPAS - Pemerintah tengah ...") opens the
    # story's first sentence: capitalised there for the same reason as after a full stop
    sent_start = {s.token_start for s in doc.sentences} | {start_tok}
    # function_words.tsv: words that introduce initials ("tersangka berinisial RCD") and name
    # particles inside a capitalised name ("Abdurrahman bin Auf", "van der Wijk")
    initial_cues = lex.words("initial_cue")
    name_linkers = lex.words("name_linker")

    # 1. gazetteer
    norms = doc.norms
    caps = doc.caps
    gaz_first = gaz.by_first
    firsts = _first_words(lex, gaz)
    # the loops below visit only candidate tokens (text.positions finds them)
    i = start_tok
    for k in positions(surf, firsts, start_tok):
        if k < i:
            continue  # inside the previous match
        i = k
        hit = gaz.match(surf, i) if surf[i] in gaz_first else None
        if hit is not None and i > 0 and norms[i - 1] in initial_cues and \
                _initials_shape(toks[i].text):
            hit = None  # "berinisial AS": initials, not the United States ("terpidana Joko
            # Tjandra" is a known name)
        if hit is not None and hit[0] == 1 and lex.actors[hit[1]].type == "person" and \
                _inside_other_name(doc, lex, surf, taken, i):
            hit = None  # "Raden Prabowo Argo Yuwono" is not Prabowo Subianto
        if hit is not None and lex.actors[hit[1]].type == "person" and i > 0 and \
                toks[i - 1].sentence == toks[i].sentence and (
                    lex.non_name_kinds.get(surf[i - 1]) in ("geography", "other")):
            # "Jalan Sudirman", "Gelora Bung Karno", "Angkatan Udara Halim Perdanakusuma": a
            # place named after a person is no mention of that person
            for j in range(i, i + hit[0]):
                taken[j] = True
            i += hit[0]
            continue
        if hit is not None and i > 0 and lex.actors[hit[1]].category in _PLACE_GOVERNMENTS and \
                lex.titles.get(surf[i - 1]) in ("office", "rank") and \
                toks[i - 1].sentence == toks[i].sentence:
            # "Kapolres Sleman", "Gubernur Jawa Tengah": the place belongs to the office; the
            # holder is not the regency's government
            for j in range(i, i + hit[0]):
                taken[j] = True
            i += hit[0]
            continue
        if hit is not None:
            length, entry = hit
            opened = _bracketed_name_start(doc, lex, surf, taken, i, hit)
            if opened is not None:
                # "Kamar Dagang dan Industri (Kadin) Jawa Barat": the words before the bracket
                # spell out the acronym; both are the body (of the place after the bracket)
                place = _regional_place(lex, gaz, toks, surf, i + 1, (1, entry))
                end = i + 2 + (place[0] if place is not None else 0)
                if place is not None:
                    branch = f"{lex.actors[entry].name} {lex.actors[place[1]].name}"
                    for (a, b) in ((opened, i - 1), (i, i + 1), (i + 2, end)):
                        raw.append((a, b, "discovered", branch, lex.actors[entry].type))
                else:
                    raw.append((opened, i - 1, "name", entry, lex.actors[entry].type))
                    raw.append((i, i + 1, "name", entry, lex.actors[entry].type))
                for j in range(opened, end):
                    taken[j] = True
                i = end
                continue
            place = _regional_place(lex, gaz, toks, surf, i, hit)
            if place is not None:
                # "KPU Sulut", "Satuan Tugas Penanganan Covid-19 Kota Tegal": the body of one
                # region, not the national one; named by both canonical names, so that "Komisi
                # Pemilihan Umum Provinsi Sulawesi Utara" and "KPU Sulut" are one actor
                end = i + length + place[0]
                raw.append((i, end, "discovered",
                            f"{lex.actors[entry].name} {lex.actors[place[1]].name}",
                            lex.actors[entry].type))
                for j in range(i, end):
                    taken[j] = True
                i = end
                continue
            if all(toks[j].sentence == toks[i].sentence for j in range(i, i + length)):
                raw.append((i, i + length, "name", entry, lex.actors[entry].type))
                if surf[i] in lex.titles and lex.actors[entry].type == "person":
                    roles[i] = (surf[i], True)
                elif i > 0 and lex.actors[entry].type == "person":
                    pre = _title_before(doc, lex, surf, i)
                    if pre:
                        roles[i] = pre
                for j in range(i, i + length):
                    taken[j] = True
                i += length
                continue
        if hit is None and surf[i] in lex.org_heads and not (
                i > 0 and f"{surf[i - 1]} {surf[i]}" in lex.titles
                and _known_person_at(lex, gaz, surf, i + 1)):
            # ("Sekretaris Kabinet Pramono Anung": the head word ends an office's title and a
            # known person's name follows, so no body's name starts here)
            # "Dinas Perhubungan Kota Bogor": an organisation name that contains a place keeps
            # the place inside it; "Pemerintah AS" (head + one known actor) is that actor.
            j = i + 1
            while j < n and toks[j].sentence == toks[i].sentence and (
                    (toks[j].is_capitalized and toks[j].text[0].isalpha())
                    or _hyphen_number(toks, j) or _portfolio_join(lex, gaz, toks, surf, i, j)
                    or (_number_in_name(toks, j) and surf[j - 1] not in lex.non_names)):
                j += 2 if toks[j].text == "-" else 1
            inner = gaz.match(surf, i + 1) if j > i + 1 and surf[i] in lex.government_of \
                else None
            if j - i >= 2 and not (inner is not None and i + 1 + inner[0] == j):
                # "Direktur Yayasan Cahaya Nusa Mandiri Yohanes Kewa Lado": after an office
                # title, the organisation's name ends where a personal name begins
                split = _person_tail(doc, lex, gaz, surf, i, j)
                if split is not None and (_named_after(doc, lex, surf, split)
                                          or toks[split - 1].norm == "dan"
                                          or surf[split - 1] in lex.namesake_heads
                                          or surf[j - 1] in lex.non_names):
                    # "RSUD Dr Soetomo": the hospital's name; "Asosiasi Contoh dan Forwarder
                    # Indonesia": the words after "dan" go on the body's name; "Fakultas Hukum
                    # Universitas Ahmad Contoh": a name right after a head names the institution;
                    # "Kantor Kelurahan Contoh Selatan": a tail that ends in a non-name is a place
                    split = None
                org_end = split if split is not None else j
                while org_end > i + 1:
                    # "Polres Sukamaju Ajun Komisaris Besar Andi": the rank is not the body's
                    back = next((m for m in (4, 3, 2, 1) if org_end - m > i and " ".join(
                        surf[org_end - m:org_end]) in lex.titles), 0)
                    if not back:
                        break
                    org_end -= back
                raw.append((i, org_end, "discovered",
                            _HYPHEN_NUMBER_RE.sub(r"\1-\2", " ".join(surf[i:org_end])),
                            lex.org_heads[surf[i]]))
                if split is not None:
                    raw.append((split, j, "discovered", " ".join(surf[split:j]), "person"))
                    pre = _title_before(doc, lex, surf, i)
                    roles[split] = ((pre[0] + " " if pre else "") + " ".join(surf[i:split]), True)
                for x in range(i, j):
                    taken[x] = True
                i = j
                continue
        i += 1

    # 2. pronouns and group anaphors (lower-case, or capitalised at the start of a sentence)
    pronoun_first = lex.pronoun_index.by_first
    i = start_tok
    for k in positions(norms, pronoun_first, start_tok):
        if k < i:
            continue
        i = k
        if not taken[i] and (
                not caps[i] or i in sent_start or _after_quote(toks, i)):
            hit = lex.pronoun_index.match(norms, i)
            if hit is not None:
                length, (target, count) = hit
                raw.append((i, i + length, "pronoun" if count == 1 else "group",
                            f"{target}:{count}", target))
                for j in range(i, i + length):
                    taken[j] = True
                i += length
                continue
        i += 1

    # "aparatur sipil negara (ASN) ... ASN bekerja": an acronym defined in brackets after a group
    # noun names that group; its bare occurrences are the group's mentions, not unknown names
    group_acronyms = _group_acronyms(doc, lex, surf, taken, start_tok)

    # 3. discovery of unknown names from capitalised runs
    cue_first = lex.cue_index.by_first
    # tokens of person names already seen, so "Wijaya" after "Suryadi Wijaya" is a person
    known: set[str] = set()
    for (_s, _e, kind, key, typ) in raw:
        if kind == "name" and typ == "person":
            known.update(lex.actors[int(key)].name.split())
    rejected: list[tuple[int, int]] = []
    body_starts = {s for (s, _e, _kind, _key, typ) in raw if typ in ("government", "organisation")}
    i = start_tok
    for k in flagged(caps, start_tok):
        if k < i:
            continue  # inside the previous run
        i = k
        if taken[i] or not toks[i].text[0].isalpha():
            continue
        j = i
        while j < n and toks[j].sentence == toks[i].sentence and not taken[j] and (
                (caps[j] and toks[j].text[0].isalpha())
                or (toks[j].norm in name_linkers and j > i and j + 1 < n
                    and toks[j + 1].is_capitalized)):
            j += 1
        if j > i:
            found = _classify_run(doc, lex, surf, i, j, taken, sent_start, cue_first, known)
            if found is not None and found[2] == "person" and found[1] == j and j in body_starts:
                # "Ketua Rumpun Kuratif Satuan Tugas ...", "Kepala Bidang Humas Polda ...": a
                # run written against a body's name is a unit of that body, not a person
                found = None
            if found is not None:
                s, e, typ = found
                if typ == "person":
                    known.update(surf[s:e])
                    if s > i and surf[i] not in lex.non_names:
                        kinds = {lex.titles.get(surf[x], lex.titles.get(f"{surf[x]} {surf[x + 1]}"
                                                                          if x + 1 < s else ""))
                                 for x in range(i, s)}
                        roles[s] = (" ".join(surf[i:s]), bool(kinds - {None, "honorific"}))
                    else:
                        pre = _title_before(doc, lex, surf, s)
                        if pre:
                            roles[s] = pre
                raw.append((s, e, "discovered", " ".join(surf[s:e]), typ))
                for k in range(s, e):
                    taken[k] = True
            else:
                rejected.append((i, j))
        i = max(j, i + 1)
    # a second look: a name first written without evidence ("adalah Rustono, seorang
    # pengusaha") is a person once the article names that person with evidence later
    for (i, j) in rejected:
        x = i
        while x < j and surf[x] not in known:
            x += 1
        y = x
        while y < j and surf[y] in known and not taken[y]:
            y += 1
        if x < y and y - x <= 3 and not any(taken[k] for k in range(x, y)):
            raw.append((x, y, "discovered", " ".join(surf[x:y]), "person"))
            for k in range(x, y):
                taken[k] = True

    # initials: "tersangka berinisial RCD", "RCD (39)", "W (40)", "Brigadir K", "Mantan Kepala
    # Cabang Bank X, IJP, juga ..."; once introduced, every bare "RCD" of the article is that person
    initials: set[str] = set()
    for i in flagged(caps, start_tok):
        if taken[i] or not _initials_shape(toks[i].text) or (
                toks[i].text in lex.non_names and not (
                    i > 0 and norms[i - 1] in initial_cues
                    and norms[i - 1] not in lex.words("role_noun"))):
            continue  # common acronyms (non_names.tsv) name no one ("pelaku UMKM") unless a cue
            # that is no role noun introduces them as initials ("berinisial SD")
        t = toks[i]
        before = norms[i - 1] if i > 0 else ""
        aged = bool(_AGE_RE.match(doc.text[t.end:t.end + 8].lstrip()))
        if len(t.text) == 1 and not aged and not _rank_before(doc, lex, surf, i):
            continue  # a lone capital is an initial only with an age or a rank before it
        if (before in initial_cues and len(t.text) > 1) or aged or (
                not _is_acronym(doc, lex, surf, i) and _bare_token(doc, i) and (
                    _rank_before(doc, lex, surf, i) or (
                        _role_before_comma(doc, lex, i) and i + 1 < n
                        and toks[i + 1].norm == ",") or (
                        len(t.text) > 1 and (_honorific_before(doc, lex, surf, i)
                                             or _listed_after_cue(doc, lex, i))))):
            raw.append((i, i + 1, "discovered", t.text, "person"))
            taken[i] = True
            initials.add(t.text)
    if initials:
        for i in flagged(caps, start_tok):
            if not taken[i] and toks[i].text in initials and _bare_token(doc, i):
                raw.append((i, i + 1, "discovered", toks[i].text, "person"))
                taken[i] = True

    # "Badan Contoh Nasional (BCN) ... BCN": an acronym in brackets after a name is its alias
    _bracket_aliases(doc, lex, raw, surf, taken, start_tok)

    # "Kelompok Tani Makmur ... kelompok ini": a body named by its head noun and a demonstrative
    _body_anaphors(doc, lex, raw, surf, taken, start_tok, sent_start)

    # "tersangka berinisial AR ... tersangka mengaku": a role noun refers to the one person
    # introduced with that role (before the group nouns, so resolved ones are not counted)
    _role_anaphors(doc, lex, raw, taken, start_tok, sent_start)

    # "X meninggal dunia ... Kadarmanta mengenal almarhum": the dead person the article names
    _deceased_anaphors(doc, lex, raw, taken, start_tok)

    # collective actors in lower case ("pemerintah", "warga"): salient when mentioned twice
    groups: list[tuple[int, int, str, str]] = []
    group_first = lex.group_index.by_first
    i = start_tok
    for k in positions(norms, group_first, start_tok):
        if k < i:
            continue
        i = k
        if not taken[i] and (
                not caps[i] or i in sent_start):
            hit = lex.group_index.match(norms, i)
            if hit is not None and not any(taken[x] for x in range(i, i + hit[0])):
                groups.append((i, i + hit[0], hit[1][0], hit[1][1]))
                i += hit[0]
                continue
        i += 1
    groups = sorted(groups + group_acronyms)
    counts: dict[str, int] = {}
    quantifiers = lex.words("quantifier")
    for g in groups:
        counts[g[2]] = counts.get(g[2], 0) + 1
        if g[0] - 1 in sent_start and norms[g[0] - 1] in quantifiers:
            # "Banyak masyarakat tidak ...": a quantified group noun opening its sentence is
            # the sentence's subject, a participant even when named once
            counts[g[2]] += GROUP_MIN_MENTIONS
    for s_, e_, term, typ in groups:
        inst = _institution_for(lex, raw, surf, term, s_)
        if inst is not None:
            # "Polres Sleman menangkap ... polisi masih mencari ...": the police of this article
            raw.append((s_, e_, inst[0], inst[1], inst[2]))
        elif counts[term] >= GROUP_MIN_MENTIONS:
            raw.append((s_, e_, "discovered", term, typ))
        else:
            continue
        for k in range(s_, e_):
            taken[k] = True

    raw.sort()
    outlets = {_dateline_outlet(doc), (outlet or "").casefold()} - {""}
    if outlets:
        # "JAKARTA, KOMPAS -" (or the record's outlet): the outlet that writes the story is no
        # actor of it, though its reporters appear in it ("kata Budi kepada Kompas")
        raw = [r for r in raw if _raw_name(lex, r).casefold() not in outlets]
    return _merge(doc, lex, raw, surf, roles)


# the outlet of a dateline: "JAKARTA, KOMPAS -" and "Jakarta (ANTARA) -"
_DATELINE_OUTLET_RE: Final = re.compile(r"(?:,\s*|\()([A-Za-z][\w.]*(?:\s[A-Za-z][\w.]*){0,2})\)?")


def _dateline_outlet(doc: Document) -> str:
    """The outlet a dateline names, case-folded ("kompas"); "" without a dateline."""
    if not doc.dateline_end:
        return ""
    m = _DATELINE_OUTLET_RE.search(doc.text[:doc.dateline_end])
    return m.group(1).casefold() if m else ""


def _raw_name(lex: LexiconSet, r: tuple[int, int, str, str | int, str]) -> str:
    """The canonical name of a found mention: the gazetteer's name, or the discovered text."""
    _s, _e, kind, key, _typ = r
    return lex.actors[int(key)].name if kind == "name" else str(key)


def _acronym_of(acronym: str, words: list[str]) -> bool:
    """``acronym`` can be read off ``words``: its letters appear in them in order, the first one
    opening the name ("BPTJ" of Badan Pengelola Transportasi Jabodetabek, "Tagana" of Taruna
    Siaga Bencana), and the name has at least two words (a place's province, "Palu (Sulteng)",
    is no acronym of it)."""
    letters = "".join(words).lower()
    acr = acronym.lower()
    if len(words) < 2 or len(acr) < 2 or not letters or acr[0] != letters[0]:
        return False
    pos = 0
    for ch in acr:
        pos = letters.find(ch, pos) + 1
        if pos == 0:
            return False
    return True


def _bracket_aliases(doc: Document, lex: LexiconSet,
                     raw: list[tuple[int, int, str, str | int, str]], surf: list[str],
                     taken: list[bool], start_tok: int) -> None:
    """Make an acronym defined in brackets after a name an alias of that name's actor.

    "Taruna Siaga Bencana (Tagana) ... Tagana bergerak": the bracketed word and every later bare
    occurrence are mentions of the actor named before the bracket. Places and countries define
    no aliases ("Palu (Sulteng)"); an acronym the gazetteer knows keeps its own actor. A name of
    dictionary words only that was read as a person ("Taruna Siaga Bencana") is a body.
    """
    toks = doc.tokens
    n = len(toks)
    defined: dict[str, tuple[str, str | int, str]] = {}
    for x, (s, e, kind, key, typ) in enumerate(raw):
        if kind not in ("name", "discovered") or e + 2 >= n or toks[e].text != "(" or \
                toks[e + 2].text != ")" or toks[e + 1].sentence != toks[s].sentence:
            continue
        acr = toks[e + 1].text
        if not (acr.isalpha() and acr[0].isupper()) or acr in defined or typ == "country" or (
                kind == "name" and lex.actors[int(key)].category in _PLACE_GOVERNMENTS):
            continue
        if not _acronym_of(acr, surf[s:e]):
            continue
        if kind == "discovered" and typ == "person" and all(
                is_common_word(toks[y].norm) for y in range(s, e)):
            typ = "organisation"
            raw[x] = (s, e, kind, key, typ)
        defined[acr] = (kind, key, typ)
    if not defined:
        return
    for x, (s, e, kind, _key, _typ) in enumerate(raw):
        if e - s == 1 and kind == "discovered" and surf[s] in defined:
            raw[x] = (s, e, *defined[surf[s]])
    for i in positions(surf, defined, start_tok, n):
        if not taken[i]:
            raw.append((i, i + 1, *defined[surf[i]]))
            taken[i] = True


def _group_acronyms(doc: Document, lex: LexiconSet, surf: list[str], taken: list[bool],
                    start_tok: int) -> list[tuple[int, int, str, str]]:
    """Mentions of group acronyms defined in brackets: "pedagang kaki lima (PKL) ... PKL".

    A group noun of groups.tsv right before ``( ACR )``, where ``ACR`` can be read off its words
    (``_acronym_of``) and no actor has taken it, defines ``ACR``; the bracketed acronym and every
    later bare one are returned as ``(start, end, term, type)`` group mentions and marked taken.
    """
    toks = doc.tokens
    norms = doc.norms
    n = len(toks)
    defined: dict[str, tuple[str, str]] = {}
    at: dict[str, int] = {}  # where each acronym is defined: bare ones before it are not its
    texts = doc.texts
    for p in positions(texts, _OPEN_PAREN, start_tok + 1, n - 2):
        if toks[p + 2].text != ")" or taken[p + 1]:
            continue
        acr = toks[p + 1].text
        if not (acr.isalpha() and acr.isupper()) or acr in defined:
            continue
        for s in range(max(start_tok, p - 5), p):
            hit = lex.group_index.match(norms, s)
            if hit is not None and s + hit[0] == p and _acronym_of(acr, norms[s:p]):
                defined[acr] = hit[1]
                at[acr] = p + 1
                break
    found: list[tuple[int, int, str, str]] = []
    if not defined:
        return found
    for k in positions(surf, defined, start_tok, n):
        if not taken[k] and k >= at[surf[k]]:
            term, typ = defined[surf[k]]
            found.append((k, k + 1, term, typ))
            taken[k] = True
    return found


# how many sentences back a body anaphor ("lembaga tersebut") may find its body: as for pronouns
ANAPHOR_WINDOW: Final = 3


def _body_anaphors(doc: Document, lex: LexiconSet,
                   raw: list[tuple[int, int, str, str | int, str]], surf: list[str],
                   taken: list[bool], start_tok: int, sent_start: set[int]) -> None:
    """Resolve "kelompok ini", "lembaga tersebut", "perusahaan itu" to a body named before.

    A lower-case noun (capitalised only at a sentence start) followed by a demonstrative
    (``function_words.tsv`` class ``demonstrative``) is a mention of the most recent organisation,
    government body or group, within ``ANAPHOR_WINDOW`` sentences, whose name of two words or more
    starts with that noun ("Kelompok Konservasi Penyu Lestari ... kelompok ini"). Nothing else is
    resolved: "kelompok itu" with no *Kelompok ...* before it stays a plain noun, and a place's
    government is never a body's antecedent ("kota ini" is no *Kota Bogor*). The mention is
    recorded as ``anaphor:<kind>`` and becomes a pronoun mention of that actor.
    """
    toks = doc.tokens
    norms = doc.norms
    demonstratives = lex.words("demonstrative")
    heads: dict[str, list[tuple[int, int, str, str | int, str]]] = {}
    for entry in raw:
        s, e, kind, key, typ = entry
        if kind not in ("name", "discovered") or typ not in ("organisation", "government",
                                                               "group"):
            continue
        names = [" ".join(surf[s:e])]
        if kind == "name":
            if lex.actors[int(key)].category in _PLACE_GOVERNMENTS:
                continue
            names.append(lex.actors[int(key)].name)
        for name in names:
            words = name.split()
            if len(words) >= 2 and words[0].isalpha():
                heads.setdefault(words[0].lower(), []).append(entry)
    if not heads:
        return
    # only a word before a demonstrative can open one
    after_demonstrative = [k - 1 for k in positions(norms, demonstratives, start_tok + 1)]
    for i in after_demonstrative:
        if taken[i] or taken[i + 1] or norms[i] not in heads or \
                toks[i + 1].sentence != toks[i].sentence or \
                (toks[i].is_capitalized and i not in sent_start):
            continue
        sent = toks[i].sentence
        before = [x for x in heads[norms[i]]
                  if x[1] <= i and sent - toks[x[0]].sentence <= ANAPHOR_WINDOW]
        if not before:
            continue
        s, e, kind, key, typ = max(before, key=lambda x: x[0])
        raw.append((i, i + 2, f"anaphor:{kind}", key, typ))
        taken[i] = taken[i + 1] = True


# how many sentences a role noun ("tersangka", "pria itu") may reach back to the last mention of
# the person introduced with that role: as for pronouns and body anaphors
ROLE_WINDOW: Final = 3


def _role_introduced(doc: Document, lex: LexiconSet, s: int, e: int, nouns: frozenset[str],
                     persons: set[int]) -> tuple[str, int] | None:
    """The role noun a person mention ``[s, e)`` is introduced with, and the noun's token.

    Before the name: "tersangka AR", "pria berinisial AR", "pelaku, yang bernama Yoseph",
    "kedua terduga, yakni AR dan KJ" (over cue words, commas, list openers, coordinators and the
    other names of a list). After it, in apposition: "Yoseph Karubaba, pelaku ...", "Budi (40),
    seorang pasien ...". A role noun that opens a longer group noun (*pelaku usaha*) is no role.
    """
    toks = doc.tokens
    norms = doc.norms
    name = doc.text[toks[s].start:toks[e - 1].end]
    if _hyphen_number(toks, e) or (name.isupper() and not _initials_shape(name)):
        return None  # "pasien COVID - 19": a disease or an acronym, not a person's name
    skip = (lex.words("initial_cue") - nouns) | lex.words("list_opener") | \
        lex.words("coordinator") | lex.words("relative") | {","}
    sent = toks[s].sentence

    def role_at(y: int) -> bool:
        if not (0 <= y < len(toks)) or toks[y].sentence != sent or norms[y] not in nouns:
            return False
        hit = lex.group_index.match(norms, y)
        return hit is None or hit[0] == 1

    y = s - 1
    while y >= 0 and s - y <= _LIST_REACH and toks[y].sentence == sent and (
            norms[y] in skip or y in persons):
        y -= 1
    if role_at(y):
        return norms[y], y
    y = e
    if y < len(toks) and toks[y].text == "(" and _AGE_RE.match(doc.text[toks[y].start:]):
        while y < len(toks) and toks[y].text != ")":
            y += 1
        y += 1
    if y < len(toks) and norms[y] == ",":
        y += 1
        while y < len(toks) and norms[y] in lex.words("apposition"):
            y += 1
        if role_at(y):
            return norms[y], y
    return None


def _role_anaphors(doc: Document, lex: LexiconSet,
                   raw: list[tuple[int, int, str, str | int, str]], taken: list[bool],
                   start_tok: int, sent_start: set[int]) -> None:
    """Resolve role nouns ("tersangka", "para pelaku", "pria itu") to the person they stand for.

    A person introduced with a role noun (``function_words.tsv`` class ``role_noun``: *tersangka
    berinisial AR*, *Yoseph Karubaba, pelaku ...*) or a noun of sex or age (``person_noun``:
    *seorang pria berinisial AR*) is that noun's antecedent while the article keeps mentioning
    the person: within ``ROLE_WINDOW`` sentences of the last mention. A later lower-case role
    noun, bare, after *para* or *kedua* (``plural_marker``) or before a demonstrative (a person
    noun only so: *pria itu*), becomes a pronoun mention of that person when exactly one person
    with the noun is in reach; "para X" and "kedua X" stand for every such person, when there
    are two or more. Left alone: two persons competing for a singular noun, a role noun with its
    own name or initials after it (*tersangka AR*), one counted or set apart (*dua tersangka*,
    *salah satu korban*, *tersangka lain*: ``quantifier``, ``role_other``) and one inside a
    longer group noun (*pelaku usaha*, *keluarga korban*).
    """
    toks = doc.tokens
    norms = doc.norms
    n = len(toks)
    roles, person_nouns = lex.words("role_noun"), lex.words("person_noun")
    nouns = roles | person_nouns
    if nouns.isdisjoint(norms[start_tok:]):
        return
    demonstratives, plural = lex.words("demonstrative"), lex.words("plural_marker")
    counted, other = lex.words("quantifier") - plural, lex.words("role_other")
    cues = lex.words("initial_cue") - nouns
    persons = {t for (s, e, kind, _key, typ) in raw
               if typ == "person" and kind in ("name", "discovered") for t in range(s, e)}
    # (token, role noun, actor key) of each introduction, and role-noun tokens that introduce
    intros: list[tuple[int, str, str | int]] = []
    introducing: set[int] = set()
    for (s, e, kind, key, typ) in raw:
        if typ != "person" or kind not in ("name", "discovered"):
            continue
        found = _role_introduced(doc, lex, s, e, nouns, persons)
        if found is not None:
            intros.append((s, found[0], key))
            introducing.add(found[1])
    if not intros:
        return
    # every mention of a person, by key, so reach is counted from the last one
    seen: list[tuple[int, str | int]] = sorted(
        (s, key) for (s, _e, kind, key, typ) in raw
        if typ == "person" and kind in ("name", "discovered"))
    added: list[tuple[int, str | int]] = []
    for i in positions(norms, nouns, start_tok):
        w = norms[i]
        if taken[i] or i in introducing or (
                toks[i].is_capitalized and i not in sent_start and not _after_quote(toks, i)):
            continue
        sent = toks[i].sentence
        nxt = norms[i + 1] if i + 1 < n and toks[i + 1].sentence == sent else ""
        if nxt and (nxt in cues or nxt in other or toks[i + 1].is_capitalized
                    and toks[i + 1].text[0].isalpha()):
            continue  # "tersangka AR", "pelaku berinisial X", "korban lain": not an anaphor
        hit = lex.group_index.match(norms, i)
        if hit is not None and hit[0] > 1 or any(
                (h := lex.group_index.match(norms, y)) is not None and y + h[0] > i
                for y in range(max(start_tok, i - 2), i)):
            continue  # "pelaku usaha", "keluarga korban": a longer group noun
        prev = norms[i - 1] if i > start_tok and toks[i - 1].sentence == sent else ""
        many = prev in plural  # "para pelaku", "kedua terduga"
        if prev in counted or prev in other or (prev and prev[0].isdigit()):
            continue  # "dua tersangka", "seorang korban", "salah satu pasien"
        demonstrative = nxt in demonstratives
        if w in person_nouns and not demonstrative:
            continue  # "pria" alone is any man; "pria itu" is the one just introduced
        # persons introduced with this noun, in reach of their last mention before token i
        last: dict[str | int, int] = {}
        for (t, key) in seen + added:
            if t < i:
                last[key] = max(last.get(key, -1), toks[t].sentence)
        cands = list(dict.fromkeys(
            key for (t, role, key) in intros
            if t < i and role == w and sent - last.get(key, -10**6) <= ROLE_WINDOW))
        if not cands or (len(cands) > 1) != many:
            continue
        start = i - 1 if many else i
        end = i + 2 if demonstrative else i + 1
        for key in cands:
            kind = "name" if isinstance(key, int) else "discovered"
            raw.append((start, end, f"anaphor:{kind}", key, "person"))
            added.append((i, key))
        for t in range(start, end):
            taken[t] = True


def _deceased_anaphors(doc: Document, lex: LexiconSet,
                       raw: list[tuple[int, int, str, str | int, str]], taken: list[bool],
                       start_tok: int) -> None:
    """Resolve a bare "almarhum", "almarhumah" or "mendiang" to the person the article names as
    dead.

    A person is named as dead by a marker before the name (``function_words.tsv`` class
    ``deceased_marker``: *almarhum X*, *mendiang X*) or by a verb of dying right after it, over
    aspect and filler words (``death_verb``: *X meninggal dunia*, *X telah wafat*). A later
    lower-case marker with no name after it (*mengenal almarhum*, *keluarga mendiang*) becomes a
    pronoun mention of that person when exactly one person was so named before it; the marker
    reaches over the whole article, since an obituary keeps calling its subject so. Left alone: two
    dead persons before the marker, and a marker with no dead person named before it.
    """
    toks = doc.tokens
    norms = doc.norms
    markers = lex.words("deceased_marker")
    if markers.isdisjoint(norms[start_tok:]):
        return
    verbs, fillers = lex.words("death_verb"), lex.words("speaker_filler")
    dead: list[tuple[int, str | int]] = []  # (first token, actor key) of each dead person named
    for (s, e, kind, key, typ) in raw:
        if typ != "person" or kind not in ("name", "discovered"):
            continue
        y = e
        while y < len(toks) and toks[y].sentence == toks[s].sentence and norms[y] in fillers:
            y += 1
        after = y < len(toks) and toks[y].sentence == toks[s].sentence and norms[y] in verbs
        before = s > 0 and toks[s - 1].sentence == toks[s].sentence and norms[s - 1] in markers
        if after or before:
            dead.append((s, key))
    for i in range(start_tok, len(toks)):
        if norms[i] not in markers or taken[i] or toks[i].is_capitalized:
            continue
        if i + 1 < len(toks) and toks[i + 1].sentence == toks[i].sentence and \
                toks[i + 1].is_capitalized and toks[i + 1].text[0].isalpha():
            continue  # "almarhum Budi": the marker is a title before the name
        keys = list(dict.fromkeys(key for (t, key) in dead if t < i))
        if len(keys) != 1:
            continue
        kind = "name" if isinstance(keys[0], int) else "discovered"
        raw.append((i, i + 1, f"anaphor:{kind}", keys[0], "person"))
        taken[i] = True


def _bracketed_name_start(doc: Document, lex: LexiconSet, surf: list[str], taken: list[bool],
                          i: int, hit: tuple[int, int]) -> int | None:
    """Where the written-out name starts when a body's gazetteer acronym stands in brackets.

    "Ketua Kamar Dagang dan Industri (Kadin) Jawa Barat": the acronym at token ``i`` is a
    one-token gazetteer alias of a government or organisation, in brackets, and the capitalised
    words before the bracket (over lower-case coordinators, back to a title) spell it
    (:func:`_acronym_of`). Returns the first token of that name, or None.
    """
    toks = doc.tokens
    length, entry = hit
    if length != 1 or i < 2 or i + 1 >= len(toks) or toks[i - 1].text != "(" or \
            toks[i + 1].text != ")" or lex.actors[entry].type not in ("government",
                                                                      "organisation"):
        return None
    joins = lex.words("coordinator") | lex.words("name_linker")
    sent = toks[i].sentence
    x = i - 1
    while x > 0 and i - x <= 8 and toks[x - 1].sentence == sent and not taken[x - 1] and (
            (toks[x - 1].is_capitalized and toks[x - 1].text[0].isalpha()
             and surf[x - 1] not in lex.titles) or toks[x - 1].norm in joins):
        x -= 1
    while x < i - 1 and not (toks[x].is_capitalized and _acronym_of(
            surf[i], [w for w in surf[x:i - 1] if w[0].isupper()])):
        x += 1
    return x if x < i - 2 else None


def _regional_place(lex: LexiconSet, gaz: PhraseIndex, toks: list[Token], surf: list[str],
                    i: int, hit: tuple[int, int]) -> tuple[int, int] | None:
    """The place right after a national body's gazetteer name that makes it a regional body.

    "KPU Sulut", "Ikatan Dokter Indonesia Jawa Timur", "Satgas Penanganan Covid-19 Kota Tegal":
    a government or organisation entry of the gazetteer (not itself a place's government) written
    against a province, regency or city the gazetteer knows, in the same sentence, is that region's
    branch. Returns the place's ``(length, entry)``, or None when no place follows.
    """
    length, entry = hit
    body = lex.actors[entry]
    end = i + length
    if end + 2 < len(toks) and toks[end].text == "(" and toks[end + 2].text == ")":
        acr = gaz.match(surf, end + 1)
        if acr is not None and acr == (1, entry):
            end += 3  # "Komisi Pemilihan Umum (KPU) Sulut": the acronym in brackets goes with it
    if body.type not in ("government", "organisation") or body.category in _PLACE_GOVERNMENTS \
            or end >= len(toks) or toks[end].sentence != toks[i].sentence \
            or surf[end] not in gaz.by_first:
        return None
    place = gaz.match(surf, end)
    if place is None or lex.actors[place[1]].category not in _PLACE_GOVERNMENTS or \
            any(toks[j].sentence != toks[i].sentence for j in range(end, end + place[0])):
        return None
    return (place[0] + end - i - length, place[1])


def _first_words(lex: LexiconSet, gaz: PhraseIndex) -> frozenset[str]:
    """Words that can open a gazetteer name or an organisation name."""
    return lex.derived("actors.first_words",
                       lambda lx: frozenset(gaz.by_first) | frozenset(lx.org_heads))


def _institution_for(lex: LexiconSet, raw: list[tuple[int, int, str, str | int, str]],
                     surf: list[str], term: str, at: int
                     ) -> tuple[str, str | int, str] | None:
    """The named institution a group noun stands for (groups.tsv ``refers_to``): the nearest one
    named before token ``at``, else the first named after; as ``(kind, key, type)`` of its entry."""
    prefixes = lex.group_refers.get(term)
    if not prefixes:
        return None
    best: tuple[int, tuple[str, str | int, str]] | None = None
    for (s, e, kind, key, typ) in raw:
        if typ == "person" or kind not in ("name", "discovered"):
            continue
        names = (" ".join(surf[s:e]),) + ((lex.actors[int(key)].name,) if kind == "name" else ())
        if not any(nm == p or nm.startswith(p + " ") for nm in names for p in prefixes):
            continue
        # before the mention: nearer is better; after it: only when nothing came before
        rank = at - s if s < at else 10**6 + s
        if best is None or rank < best[0]:
            best = (rank, (kind, key, typ))
    return best[1] if best is not None else None


def _multiword_title(lex: LexiconSet, surf: list[str], x: int, j: int) -> int:
    """Length of the longest title of two to four words at ``surf[x]`` inside ``[x, j)`` ("Wakil
    Ketua", "Ajun Komisaris Besar Polisi"); 0 when none."""
    firsts = lex.derived("actors.title_firsts", lambda lx: frozenset(
        t.split()[0] for t in lx.titles if " " in t))
    if surf[x] not in firsts:
        return 0
    for n in (4, 3, 2):
        if x + n <= j and " ".join(surf[x:x + n]) in lex.titles:
            return n
    return 0


def _title_before(doc: Document, lex: LexiconSet, surf: list[str], i: int
                  ) -> tuple[str, bool] | None:
    """An office written before a name: "Kepala BPS Margo", "Gubernur DKI Jakarta Anies".

    Walks left over capitalised words and acronyms to the nearest title; returns the role text and
    whether it is an office (not only an honorific such as Pak or Bu).
    """
    toks = doc.tokens
    joins = lex.words("coordinator")
    bracketed = False
    x = i
    while x > 0 and i - x < 12:
        t = toks[x - 1]
        if t.text == ")" and x >= 3 and toks[x - 3].text == "(" and \
                toks[x - 3].sentence == toks[i].sentence:
            x -= 3  # "Ketua Kamar Dagang dan Industri (Kadin) Jawa Barat Rina Kusuma": the
            bracketed = True  # acronym and the body's name it spells, with its "dan"
            continue
        if bracketed and t.norm in joins and x >= 2 and toks[x - 2].is_capitalized and \
                t.sentence == toks[i].sentence:
            x -= 1
            continue
        if t.sentence != toks[i].sentence or not t.text[0].isalpha():
            break
        if not t.is_capitalized and t.text.lower() not in lex.titles_lower:
            break
        x -= 1
        two = f"{surf[x - 1]} {surf[x]}" if x > 0 else ""
        kind = lex.titles.get(two) or lex.titles.get(surf[x]) or lex.titles_lower.get(
            t.text.lower())
        if kind is not None:
            start = x - 1 if two in lex.titles else x
            return " ".join(surf[start:i]), kind != "honorific"
    return None


def _person_tail(doc: Document, lex: LexiconSet, gaz: PhraseIndex, surf: list[str], i: int,
                 j: int) -> int | None:
    """Where a personal name starts inside the capitalised run ``[i, j)`` opened by an org head.

    After a title inside the run ("Polres Sukamaju AKBP Andi Saputra") the name follows it.
    Otherwise the organisation's name runs over acronyms, dictionary words and known actors
    (places, countries), and the first title-case word that is none of these starts a name of
    two to four words at the end of the run ("Universitas Lampung Robi Cahyadi Kurniawan").
    """
    toks = doc.tokens
    last_title = None
    x = i + 1
    while x < j:
        multi = _multiword_title(lex, surf, x, j)
        if multi:
            last_title = x + multi
            x += multi
        elif surf[x] in lex.titles and lex.titles[surf[x]] in ("rank", "academic", "religious"):
            last_title = x + 1
            x += 1
        else:
            x += 1
    if last_title is not None and last_title < j and j - last_title <= 4:
        return last_title
    x = i + 1
    after_place = False
    while x < j:
        hit = gaz.match(surf, x)
        if hit is not None and lex.actors[hit[1]].type != "person":
            x += hit[0]
            after_place = True
            if 2 <= j - x <= 4 and _title_before(doc, lex, surf, i) is not None and any(
                    not is_common_word(toks[y].norm) and not toks[y].text.isupper()
                    and surf[y] not in lex.non_names and gaz.match(surf, y) is None
                    for y in range(x, j)):
                # "Ketua Gugus Tugas Covid-19 Sidoarjo Nur Achmad Syaifuddin": after an office
                # and the place that ends the body's name, the rest is the holder's name
                return x
            continue
        if hit is not None and x > i + 1 and x + hit[0] == j and hit[0] >= 2 and \
                _title_before(doc, lex, surf, i) is not None:
            # after an office, a known person's full name ends the body's name ("Ketua Tim
            # Pakar Gugus Tugas Covid-19 Wiku Adisasmito"); one known word may belong to the
            # body ("Rumah Sakit Ksatria Airlangga", "Universitas Diponegoro")
            return x
        t = toks[x].text
        if _hyphen_number(toks, x + 1):
            x += 3  # "Covid - 19": a name word never carries a number
            after_place = False
            continue
        if t.isupper() or is_common_word(toks[x].norm) or t in lex.org_heads or \
                any(c.isdigit() for c in t):
            x += 1
            after_place = False
            continue
        if x > i + 1 and j - x == 1 and after_place and t not in lex.non_names and \
                _title_before(doc, lex, surf, i) is not None:
            # "Kepala Dinas Pariwisata Kota Batam Ardiwinata": after an office and a known
            # place that ends the body's name, one more word is the holder's single name
            return x
        return x if x > i + 1 and 2 <= j - x <= 4 else None
    return None


def _apposition(doc: Document, lex: LexiconSet, e: int) -> bool | None:
    """What follows a new person's name says who they are.

    "Riyanto (39)" or "Joko, warga Desa X" introduces an ordinary person (False); "Budi, Ketua
    RT 05" an office holder (True); anything else says nothing (None).
    """
    toks = doc.tokens
    if e >= len(toks):
        return None
    after = doc.text[toks[e - 1].end:toks[e - 1].end + 8].lstrip()
    if _AGE_RE.match(after):
        j = e
        while j < len(toks) and toks[j].text != ")":
            j += 1
        e = j + 1
        if e >= len(toks) or toks[e].norm != ",":
            return False
    if toks[e].norm != "," or e + 1 >= len(toks):
        return False if _AGE_RE.match(after) else None
    nxt = e + 1
    two = f"{toks[nxt].text} {toks[nxt + 1].text}" if nxt + 1 < len(toks) else ""
    if toks[nxt].text in lex.titles or two in lex.titles or \
            toks[nxt].norm in lex.titles_lower or two.lower() in lex.titles_lower:
        return True
    hit = lex.source_index.match(doc.norms, nxt)
    if hit is not None and hit[1][1] in ("vague_group", "witness"):
        return False
    return False if _AGE_RE.match(after) else None


def _number_in_name(toks: list[Token], j: int) -> bool:
    """Token ``j`` is a number inside a body's name, a capitalised word on each side: "Kodim 0510
    Tigaraksa", "SMA Negeri 3 Sukamaju" (a number at the end, "Rp 5", ends the name; the caller
    also stops after a non-name: "Kantor RW 008 Perum Contoh" is an office in a neighbourhood)."""
    return 0 < j and j + 1 < len(toks) and toks[j].text.isdigit() and \
        toks[j + 1].sentence == toks[j].sentence and toks[j + 1].is_capitalized and \
        toks[j + 1].text[0].isalpha() and toks[j - 1].is_capitalized


def _hyphen_number(toks: list[Token], j: int) -> bool:
    """Token ``j`` is the hyphen of a number joined to the capitalised word before it, as in
    "Satuan Tugas Covid - 19 Kabupaten Bekasi" (the corpus spaces hyphens): the name goes on."""
    return 0 < j and j + 1 < len(toks) and toks[j].text == "-" and \
        toks[j + 1].text.isdigit() and toks[j + 1].sentence == toks[j].sentence and \
        toks[j - 1].is_capitalized and toks[j - 1].text[0].isalpha()


def _initials_shape(text: str) -> bool:
    """One to four capital letters: "W", "AR", "IJP", "RCD"."""
    return len(text) <= 4 and text.isalpha() and text.isupper()


def _bare_token(doc: Document, i: int) -> bool:
    """Token ``i`` stands alone: no capitalised word or number right before or after it in its
    sentence, nor a full stop after a lone capital ("Brigadir K, yang ...", "menahan TRN.", but
    not "Dedie A Rachim", "Rp 5 M" or "S. Budi")."""
    toks = doc.tokens
    for j in (i - 1, i + 1):
        if not 0 <= j < len(toks) or toks[j].sentence != toks[i].sentence:
            continue
        t = toks[j].text
        if (t == "." and len(toks[i].text) == 1) or t[0].isdigit() or (
                j > i and toks[j].is_capitalized and t[0].isalpha()):
            return False
    return True


def _rank_before(doc: Document, lex: LexiconSet, surf: list[str], i: int) -> bool:
    """A police or military rank right before token ``i`` ("Brigadir K", "Bripda AS")."""
    toks = doc.tokens
    return i > 0 and toks[i - 1].sentence == toks[i].sentence and \
        lex.titles.get(surf[i - 1]) == "rank"


def _honorific_before(doc: Document, lex: LexiconSet, surf: list[str], i: int) -> bool:
    """An academic, religious or honorific title right before token ``i`` ("dr AH", "Pak TS")."""
    toks = doc.tokens
    return i > 0 and toks[i - 1].sentence == toks[i].sentence and \
        lex.titles.get(surf[i - 1]) in ("academic", "religious", "honorific")


# how far back a list of initials may reach for its cue ("enam tersangka, yaitu AB, CD, EF, GH,
# JK, dan LM" is 14 tokens): a long list of suspects, not a paragraph
_LIST_REACH: Final = 20


def _listed_after_cue(doc: Document, lex: LexiconSet, i: int) -> bool:
    """Token ``i`` is an item of a list of initials after an initial cue: "tersangka AB, CD dan
    EF", "enam tersangka, yaitu AB, CD, dan EF". Only commas, coordinators, list openers and other
    initials may stand between the cue and the item."""
    toks = doc.tokens
    cues, openers = lex.words("initial_cue"), lex.words("list_opener")
    joins = lex.words("coordinator") | openers | {","}
    x = i - 1
    while x >= 0 and i - x <= _LIST_REACH and toks[x].sentence == toks[i].sentence:
        t = toks[x]
        if t.norm in cues:
            return x < i - 1
        if not (t.norm in joins or _initials_shape(t.text)):
            return False
        x -= 1
    return False


def _is_acronym(doc: Document, lex: LexiconSet, surf: list[str], i: int) -> bool:
    """Token ``i`` is a known or defined acronym, not a person's initials: an actor the gazetteer
    knows (KPK, DPR, TNI, BRI), a title (AKBP), an organisation head (PT), a non-name (RT, UU),
    an abbreviation, a dictionary word, or an acronym the article defines in brackets
    ("Panitia Pemungutan Suara (PPS)")."""
    text = doc.tokens[i].text
    return (_gazetteer(lex)[0].match(surf, i) is not None or text in lex.titles
            or text in lex.org_heads or text in lex.non_names
            or text.lower() in lex.abbreviations or is_common_word(text.lower())
            or f"({text})" in _bracket_text(doc))


def _bracket_text(doc: Document) -> str:
    """The text with its brackets closed up ("( PPS )" -> "(PPS)"), made once per article."""
    got = doc.cache.get("actors.bracket_text")
    if got is None:
        got = doc.cache["actors.bracket_text"] = doc.text.replace("( ", "(").replace(" )", ")")
    return got  # type: ignore[no-any-return]


def _after_quote(toks: list[Token], i: int) -> bool:
    return i > 0 and toks[i - 1].is_quote


# non_names.tsv kinds of the words of a body's name that may stand between an office and its
# holder's name ("Ketua Contoh Hotel Association Budi")
_BODY_KINDS: Final = frozenset({"body", "unit", "english", "thing", "acronym"})


def _body_word(lex: LexiconSet, surf: list[str], x: int, titled: bool) -> bool:
    """A word of a body's name, never of a personal name: a non-name of kind body or English
    (after a title also a named thing: "Kepala Kartu Contoh Budi"), an organisation head, or an
    acronym of four or more letters (UNCTAD; shorter capitals may be initials: "AG Latuheru").
    Without a title a named thing stays a thing: "Analisis Contoh mencatat" is no person."""
    t = surf[x]
    kind = lex.non_name_kinds.get(t)
    return ((kind in _BODY_KINDS and (titled or kind != "thing")) or t in lex.org_heads
            or (len(t) >= 4 and t.isupper() and t.isalpha()))


def _portfolio_join(lex: LexiconSet, gaz: PhraseIndex, toks: list[Token], surf: list[str],
                    i: int, j: int) -> bool:
    """"dan" inside a body's name: "Dinas Pendidikan dan Kebudayaan", "Badan Penanggulangan
    Bencana dan Perlindungan Masyarakat", "Kementerian Koperasi dan UKM".

    The body's name (head and at least one word) goes on across "dan" when a capitalised word
    follows that starts no other body, office or known actor ("Dinas Kesehatan dan Dinas
    Pendidikan", "Polres dan Kapolres", "Kemenkes dan KPK" are two).
    """
    if j - i < 2 or toks[j].norm != "dan" or j + 1 >= len(toks):
        return False
    nxt = toks[j + 1]
    return (nxt.sentence == toks[j].sentence and nxt.is_capitalized and nxt.text[0].isalpha()
            and surf[j + 1] not in lex.org_heads and surf[j + 1] not in lex.titles
            and surf[j + 1] not in lex.non_names and gaz.match(surf, j + 1) is None)


def _known_person_at(lex: LexiconSet, gaz: PhraseIndex, surf: list[str], i: int) -> bool:
    hit = gaz.match(surf, i) if i < len(surf) else None
    return hit is not None and lex.actors[hit[1]].type == "person"


def _office_description(doc: Document, lex: LexiconSet, k: int, j: int, taken: list[bool]
                        ) -> bool:
    """After a title, ``toks[k:j]`` describes the office, not its holder.

    "Menteri Koordinator Pembangunan Manusia dan Kebudayaan Budi Santoso", "Kepala Bagian
    Dukungan Pengkajian dan ...", "Menteri Koordinasi PMK Budi Santoso": every word is a
    dictionary word or a known acronym, and the run either opens with a derived word
    (*pembangunan*, *bagian*: never a given name), or goes on in a coordinated portfolio
    (*dan Kebudayaan*), or is followed at once by a person already found. A holder's name of
    dictionary words alone ("Kapolsek Budi") has none of the three.
    """
    toks = doc.tokens
    norms = doc.norms
    if not all(is_common_word(norms[x]) or toks[x].text.isupper() for x in range(k, j)):
        return False
    if _affixed_word(norms[k]):
        return True  # a portfolio opens with its derived word; a name may end in one (-an)
    if k > 0 and lex.non_name_kinds.get(doc.tokens[k - 1].text) == "unit":
        return True  # "Bidang Informasi Strategis": a unit's portfolio follows the unit word
    if j + 1 < len(toks) and toks[j].sentence == toks[k].sentence:
        if norms[j] in lex.words("coordinator") and toks[j + 1].is_capitalized:
            return True
        if taken[j]:
            return True
        if norms[j] == "," and _portfolio_list(doc, lex, j):
            return True
    return False


def _portfolio_list(doc: Document, lex: LexiconSet, j: int) -> bool:
    """At the comma ``j``, a list of capitalised portfolio words goes on to "dan" and one more:
    "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan", "Kepala Dinas Pertanian, Pangan,
    dan Perikanan". A name followed by a comma ("AKP Budi, Senin lalu") opens no such list."""
    toks = doc.tokens
    x = j
    for _ in range(4):
        if x + 1 >= len(toks) or toks[x].norm != "," or not toks[x + 1].is_capitalized:
            return False
        x += 2  # past ", Word"
        if x < len(toks) and toks[x].norm == ",":
            x += 1  # the serial comma: ", Hukum, dan Keamanan"
            if x < len(toks) and toks[x].norm in lex.words("coordinator"):
                return x + 1 < len(toks) and toks[x + 1].is_capitalized
            x -= 1
            continue
        return (x + 1 < len(toks) and toks[x].norm in lex.words("coordinator")
                and toks[x + 1].is_capitalized)
    return False


def _inside_other_name(doc: Document, lex: LexiconSet, surf: list[str], taken: list[bool],
                       i: int) -> bool:
    """Token ``i``, a known person's one-word short form, is one word of a longer unknown name.

    "Raden Prabowo Argo Yuwono" is not Prabowo Subianto, "Dewi Fortuna Anwar" not Anwar Ibrahim
    and "Retno Listyarti" not Retno Marsudi: a capitalised neighbour in the same sentence that
    is neither a title, a non-name, a dictionary word nor already an actor's makes the short form
    part of another person's name, which the discovery step then reads whole.
    """
    toks = doc.tokens

    def name_word(y: int) -> bool:
        t = toks[y]
        return (t.sentence == toks[i].sentence and t.is_capitalized and t.text[0].isalpha()
                and not taken[y] and surf[y] not in lex.titles and surf[y] not in lex.non_names
                and not is_common_word(t.norm))

    return (i > 0 and name_word(i - 1)) or (i + 1 < len(toks) and name_word(i + 1))


def _place_names(doc: Document, lex: LexiconSet, surf: list[str]) -> frozenset[tuple[str, ...]]:
    """Names the article gives a place after a place head: "Bandara Contoh Saleh", "Jalan Dr
    Sutomo" give ("Contoh", "Saleh") and ("Sutomo",) with their first two and three words. A
    bare run with such a name and no evidence of a person is that place (computed once per
    article)."""
    got = doc.cache.get("actors.place_names")
    if got is None:
        toks = doc.tokens
        names: set[tuple[str, ...]] = set()
        heads = lex.derived("actors.place_heads", lambda lx: frozenset(
            t for t, kind in lx.non_name_kinds.items() if kind == "geography"))
        for x in positions(surf, heads):
            y = x + 1
            while y < len(toks) and toks[y].sentence == toks[x].sentence and (
                    lex.titles.get(surf[y]) in ("academic", "honorific", "religious")):
                y += 1  # "Jalan Dr Sutomo"
            z = y
            while z < len(toks) and z - y < 3 and toks[z].sentence == toks[x].sentence and \
                    toks[z].is_capitalized and toks[z].text[0].isalpha():
                z += 1
            for end in range(y + 1, z + 1):
                names.add(tuple(surf[y:end]))
        got = doc.cache["actors.place_names"] = frozenset(names)
    return got  # type: ignore[no-any-return]


def _named_after(doc: Document, lex: LexiconSet, surf: list[str], i: int) -> bool:
    """The run at ``i`` follows an honorific or academic title that belongs to the name of a
    place or an institution: "RSUD Kota Contoh dr Budi", "Jalan Dr Sutomo", "Gelora Bung Karno".

    The titles right before the run are walked back; then up to four capitalised words, one of
    which must be a place head (non_names.tsv, kind geography or other) or an organisation head
    that no office title precedes.
    """
    toks = doc.tokens
    sent = toks[i].sentence
    x = i
    while x > 0 and toks[x - 1].sentence == sent and (
            lex.titles.get(surf[x - 1]) or lex.titles_lower.get(toks[x - 1].norm)
    ) in ("academic", "honorific", "religious"):
        x -= 1
    if x == i:
        return False
    for y in range(x - 1, max(x - 5, -1), -1):
        t = toks[y]
        if t.sentence != sent or not t.is_capitalized:
            return False
        if lex.non_name_kinds.get(surf[y]) in ("geography", "other") or surf[y] in lex.org_heads:
            return _place_head(doc, lex, surf, y)
    return False


def _place_head(doc: Document, lex: LexiconSet, surf: list[str], y: int) -> bool:
    """Token ``y`` heads the name of a place or an institution that a title after it belongs to:
    a place head (non_names.tsv, kind geography or other), or an organisation head that no
    office title precedes ("ke RSUD Kota Contoh dr Budi" names the hospital; "Kepala Dinas
    Kesehatan Contoh dr Budi" and "Direktur RSUD ... dr Budi" name an office and its holder)."""
    if lex.non_name_kinds.get(surf[y]) in ("geography", "other"):
        return True
    if surf[y] not in lex.org_heads:
        return False
    toks = doc.tokens
    return not (y > 0 and (lex.titles.get(surf[y - 1])
                           or lex.titles_lower.get(toks[y - 1].norm)) is not None)


def _affixed_word(lower: str) -> bool:
    """A derived dictionary word (perdagangan, keuangan): never a given name, unlike Rudi or Sri."""
    # asked for most capitalised words of every article
    return memo_get(_AFFIXED, _affixed, lower)


def _affixed(lower: str) -> bool:
    if not (lower.isalpha() and is_common_word(lower)):
        return False
    root = _sastrawi_stem(lower)
    # a root of three letters or fewer is Sastrawi stripping a name ("Diana" -> ana), not a
    # derivation: Indonesian affixes attach to roots of four letters or more but a handful
    return root != lower and len(root) >= 4


def _is_rule_word(lex: LexiconSet, norms: list[str], k: int) -> bool:
    """A sentence-opening word that is grammar, not a name: Menurut, Namun, Sementara, Diduga."""
    firsts = lex.derived("actors.rule_firsts", lambda lx: frozenset().union(
        *(x.by_first for x in _rule_indexes(lx))))
    if norms[k] not in firsts:
        return False
    for index in _rule_indexes(lex):
        if norms[k] in index.by_first and index.match(norms, k) is not None:
            return True
    return False


def _rule_indexes(lex: LexiconSet) -> tuple[PhraseIndex, ...]:
    return (lex.cue_index, lex.contrast_index, lex.hedge_index, lex.negator_index,
            lex.intensifier_index, lex.pronoun_index)


def _appositive_title(doc: Document, lex: LexiconSet, j: int) -> bool:
    """"Abdian Saputra, Koordinator ...", "Syarifudin, kuasa hukum ...": a role after a comma."""
    toks = doc.tokens
    if j + 1 >= len(toks) or toks[j].norm != ",":
        return False
    t = toks[j + 1]
    two = f"{t.text} {toks[j + 2].text}" if j + 2 < len(toks) else ""
    return (t.text in lex.titles or two in lex.titles or t.norm in lex.titles_lower
            or two.lower() in lex.titles_lower)


def _role_before_comma(doc: Document, lex: LexiconSet, i: int) -> bool:
    """"kata juru bicara Gugus Tugas Kabupaten Bekasi, Alamsyah": a role, a comma, then the name."""
    toks = doc.tokens
    if i == 0 or toks[i - 1].norm != ",":
        return False
    x = i - 2
    while x >= 0 and i - x <= 12 and toks[x].sentence == toks[i].sentence:
        t = toks[x]
        if t.norm in {",", ".", ";", ":"} or t.is_quote:
            return False
        if t.text in lex.titles or t.norm in lex.titles_lower:
            return True
        x -= 1
    return False


def _resident_name(doc: Document, lex: LexiconSet, surf: list[str], k: int, j: int,
                   taken: list[bool]) -> int:
    """Where the name starts in "Warga Bekasi Selatan Lala Gozali (66)", "Pedagang Budi (45)".

    A run opened by a group noun (groups.tsv, type group), then optionally a place the gazetteer
    knows (with its directions) or a place word and its name (*Desa Sukamaju*), then a name with
    an age marker after it: the group and place describe the person, the rest is the name. The
    same holds for a run that opens with the directions of a place found before it ("Selatan Lala
    Gozali (66)" after "Warga Bekasi"). Any other run is left as it is (``k`` is returned).
    """
    toks = doc.tokens
    after = doc.text[toks[j - 1].end:toks[j - 1].end + 8].lstrip()
    if not _AGE_RE.match(after):
        return k  # without an age the run may be a place or an institution ("Warga Negara ...")
    if k > 0 and taken[k - 1] and surf[k] in lex.non_names and \
            toks[k - 1].sentence == toks[k].sentence:
        x = k  # the directions of the place before the run
    else:
        hit = lex.group_index.match(doc.norms, k)
        if hit is None or hit[1][1] != "group" or k + hit[0] >= j:
            return k
        x = k + hit[0]
    place = _gazetteer(lex)[0].match(surf, x) if x > k else None
    if place is not None and lex.actors[place[1]].type != "person":
        x += place[0]
    elif x > k and surf[x] in lex.non_names and x + 2 < j:
        x += 2  # "Warga Desa Sukamaju Rina (40)"
    while x < j - 1 and surf[x] in lex.non_names:
        x += 1  # the place's directions: "Bekasi Selatan"
    return x if x < j else k


def _classify_run(doc: Document, lex: LexiconSet, surf: list[str], i: int, j: int,
                  taken: list[bool], sent_start: set[int], cue_first: dict, known: set[str]
                  ) -> tuple[int, int, str] | None:
    """Decide whether the capitalised run ``toks[i:j]`` names an actor; return its span and type.

    Evidence for a person: a title before it (also across an organisation: "Kepala Pusdalops BNPB
    Bambang Surya Putra"), an age marker, a role in apposition ("Syarifudin, kuasa hukum"), a
    role before a comma ("juru bicara Satgas, Alamsyah"), a reporting cue beside it, or two or
    more capitalised words that are not all dictionary words.
    """
    toks = doc.tokens
    norms = doc.norms
    # grammar words that open a sentence are not part of a name ("Menurut Irma Hidayana")
    while i < j and (i in sent_start or _after_quote(toks, i)) and (
            norms[i] in lex.words("opening_word") or _is_rule_word(lex, norms, i)):
        i += 1
        sent_start = sent_start | {i}
    if i >= j:
        return None
    # strip titles ("Wakil Ketua", "Pak", "Kapolsek Tamansari AKP"): they are evidence, not the
    # name; the name is what follows the last title of the run
    k = i
    titled = False
    last_title = ""
    x = i
    while x < j:
        multi = _multiword_title(lex, surf, x, j)
        if multi:
            last_title = " ".join(surf[x:x + multi])
            x += multi
            k, titled = x, True
        elif surf[x] in lex.titles or surf[x].rstrip(".") + "." in lex.titles:
            last_title = surf[x]
            x += 1
            k, titled = x, True
        else:
            x += 1
    if titled and (lex.titles.get(last_title) or lex.titles_lower.get(last_title.lower())) in (
            "academic", "honorific", "religious") and any(
            _place_head(doc, lex, surf, y) for y in range(i, k)):
        return None  # "Jalan Dr Sutomo", "RSUD Dr Sutomo": a place named after someone
    if last_title in lex.place_titles and k < j and j < len(toks) and taken[j] and \
            surf[j] in known and toks[j].sentence == toks[k].sentence:
        return None  # "Camat Tirtaraya Budi Santoso" with Budi Santoso known: only the territory
    if last_title in lex.place_titles and k < j:
        # "Camat Tirtaraya Budi Santoso", "Kepala Desa Sukamaju Rina Kusuma": the office's
        # territory comes first. A known place is skipped whatever its length; an unknown one
        # is taken as one word (and its directions) when three or more words follow the office,
        # since "Bupati Achmad Husein" may be a name alone
        place = _gazetteer(lex)[0].match(surf, k)
        if place is not None and lex.actors[place[1]].type != "person" and k + place[0] < j:
            k += place[0]
        elif j - k >= 3:
            k += 1
            while k < j - 1 and surf[k] in lex.non_names:
                k += 1
    if titled:
        # "Kepala Dinas Perdagangan Hendra Wijaya": the office's portfolio words (affixed
        # dictionary words) belong to the role, not to the name
        while k < j - 1 and _affixed_word(toks[k].norm) and not all(
                is_common_word(toks[y].norm) for y in range(k + 1, j)):
            k += 1
    if k < j - 1:
        # "Ketua Contoh Hotel Association Budi Santoso", "Kepala Bidang Hukum Rina", "Sekjen
        # UNCTAD Budi", "analis Contoh Strategic Budi Santoso": a body's name stands before the
        # person's, which begins after the body's last word; without a title the rest must
        # still be a name of two or more words
        cut = max((x for x in range(k, j - 1) if _body_word(lex, surf, x, titled)
                   or (toks[x].text.isupper() and len(toks[x].text) > 1
                       and _is_acronym(doc, lex, surf, x))), default=-1)
        if cut >= k and j - cut - 1 >= (1 if titled else 2):
            k = cut + 1
    if not titled and i > 0 and toks[i - 1].sentence == toks[i].sentence and (
            _title_before(doc, lex, surf, i) is not None):
        if _named_after(doc, lex, surf, i):
            # "RSUD Kota Contoh dr Budi", "Jalan Dr Sutomo": a place named after someone
            return None
        titled = True  # "kata Kepala BPS Margo", "Wali Kota Sukamaju Ida Bagus Made Wirawan"
    if not titled and j - k >= 2 and (k in sent_start or _after_quote(toks, k)) and \
            _affixed_word(toks[k].norm):
        k += 1  # "Dikucilkan Ika ...": a sentence-opening derived word is no part of the name
    if not titled and k == i and i > 0 and toks[i - 1].sentence == toks[i].sentence and \
            lex.non_name_kinds.get(surf[i - 1]) in ("geography", "other"):
        return None  # "Angkatan Udara Contoh Sudirjo" after a known body: a base, not a person
    if not titled:
        k = _resident_name(doc, lex, surf, k, j, taken)
    if k >= j or not lex.non_names.isdisjoint(surf[k:j]):
        return None
    if titled and _office_description(doc, lex, k, j, taken):
        return None  # "Menteri Koordinator Pembangunan Manusia dan Kebudayaan Budi": the portfolio
    if j - k == 1 and _affixed_word(toks[k].norm):
        return None  # "Menteri Perhubungan", "Selanjutnya,": a derived word is no one's name
    head = surf[k]
    if head in lex.org_heads and (j - k) >= 2:
        return k, j, lex.org_heads[head]
    if head in lex.org_heads:
        return None
    if (j - k) <= 2 and known.issuperset(surf[k:j]):
        return k, j, "person"  # a short form of a person already named in this document
    first_in_sentence = k in sent_start or _after_quote(toks, k)
    if toks[k].text.isupper() and all(toks[x].text.isupper() and len(toks[x].text) > 1
                                      for x in range(k, j)):
        return None  # unknown acronyms (programmes, laws) are not actors unless gazetteered
    vague = lex.source_index.match(norms, k)
    if vague is not None and k + vague[0] >= j:
        return None  # "Netizen", "Warga": a vague source, not a name
    common = [is_common_word(toks[x].norm) for x in range(k, j)]
    after = doc.text[toks[j - 1].end:toks[j - 1].end + 8].lstrip()
    aged = bool(_AGE_RE.match(after))
    cue_next = lex.cue_index.match(norms, j) if j < len(toks) and norms[j] in cue_first else None
    speaks = cue_next is not None and toks[j].sentence == toks[k].sentence and \
        cue_next[1][1] in ("verb", "attitude")
    cue_prev = lex.cue_index.match(norms, k - 1) if k > 0 else None
    after_cue = cue_prev is not None and cue_prev[1][1] in ("postposed", "preposition")
    if k > 0 and toks[k - 1].norm == "," and _portfolio_list(doc, lex, k - 1):
        return None  # "Kepala Dinas Pertanian, Pangan, dan Perikanan": a portfolio, no name
    apposed = _appositive_title(doc, lex, j) or _role_before_comma(doc, lex, k)
    if titled or aged or apposed or ((speaks or after_cue) and not all(common)):
        return k, j, "person"
    if first_in_sentence and (j - k) == 1:
        return None  # "Pertemuan", "Dalam": a sentence-initial word without evidence
    if all(c or toks[x].text.isupper() for x, c in zip(range(k, j), common, strict=True)):
        return None  # dictionary words and acronyms only: "KPPS Sementara", "Di TPS"
    if (j - k) >= 2 and not all(common) and not (first_in_sentence and common[0]):
        if tuple(surf[k:j]) in _place_names(doc, lex, surf):
            # "Abdulrachman Saleh" where the article also writes "Bandara Abdulrachman Saleh"
            return None
        return k, j, "person"  # two or more capitalised words, not all dictionary words: a name
    return None


# Spellings of the Soewandi (1947) and van Ophuijsen orthographies that no word of the 1972
# Ejaan yang Disempurnakan has: a word holding one is written in the old spelling, where "j" is
# the modern "y" ("Soejono" is Suyono). "nj" and "sj" are left out of the test: modern names
# have them across a syllable break ("Panjaitan", "masjid").
_OLD_SPELLING: Final = re.compile(r"oe|dj|tj")


def spelling_key(word: str) -> str:
    """A person-name word in modern spelling, lower-cased, for comparing names (never shown).

    The 1972 reform (EYD) rewrote tj as c, dj as j, j as y, nj as ny, sj as sy and ch as kh; the
    1947 reform rewrote oe as u. Names kept their old spelling by choice, so news writes one
    person both ways ("Djoko Tjandra" and "Joko Tjandra", "Soeharto" and "Suharto"). The old j
    is rewritten as y only in a word that shows the old spelling elsewhere (oe, dj, tj): in a
    modern word j is j ("Joko" stays joko, and "Yoko" is another name).

    Example:
        >>> [spelling_key(w) for w in ("Djoko", "Tjandra", "Soeharto", "Tjahjo", "Joko")]
        ['joko', 'candra', 'suharto', 'cahyo', 'joko']
    """
    w = word.lower()
    if _OLD_SPELLING.search(w):
        w = w.replace("dj", "\0").replace("tj", "c").replace("j", "y").replace("\0", "j")
        w = w.replace("oe", "u")
    return w.replace("ch", "kh")


@lru_cache(maxsize=100_000)  # names recur across a corpus's articles; the key is pure
def _spelling_keys(name: str) -> tuple[str, ...]:
    return tuple(spelling_key(w) for w in name.split())


def _legal_key(lex: LexiconSet, name: str) -> str:
    """An organisation's name without its legal-form affixes (function_words.tsv legal_form) and
    an office word before it (office_prefix): "PT Bank Contoh (Persero) Tbk" -> "Bank Contoh",
    "Kantor Bawaslu Contoh" -> "Bawaslu Contoh"; the name itself when nothing else is left."""
    memo: dict[str, str] = lex.derived("actors.legal_key", lambda lx: {})
    got = memo.get(name)
    if got is None:
        if len(memo) > 100_000:  # bounded for corpora of millions
            memo.clear()
        got = memo[name] = _strip_legal(lex, name)
    return got


def _strip_legal(lex: LexiconSet, name: str) -> str:
    forms = lex.words("legal_form")
    kept = [w for w in name.replace("(", " ( ").replace(")", " ) ").split()
            if w.lower().rstrip(".") not in forms]
    if len(kept) > 1 and kept[0].lower() in lex.words("office_prefix"):
        kept = kept[1:]  # "Kantor Bawaslu Contoh" is the office of Bawaslu Contoh
    # brackets left empty by a removed affix ("( )") go with it
    out = " ".join(kept).replace("( )", " ")
    out = " ".join(out.split())
    return out or name


class _Registry:
    """The actors of one article as they are found, with the keys that merge their names.

    A class rather than closures inside :func:`_merge`: compiled by mypyc, closures that call
    each other make a reference cycle that keeps each article's tokens alive until the cyclic
    collector runs (``tests/test_analyzer.py`` checks an analysis leaves no cyclic garbage)."""

    def __init__(self, lex: LexiconSet) -> None:
        self.lex = lex
        self.actors: list[ActorInfo] = []
        self.by_key: dict[str, int] = {}
        # modern-spelling keys of person names (spelling_key), legal-form-free organisation names
        self.by_spelling: dict[tuple[str, ...], int] = {}
        self.by_legal: dict[str, int] = {}
        self.person_tokens: list[tuple[tuple[str, ...], int]] = []  # spelling keys of persons

    def new_actor(self, key: str, name: str, typ: str, *, gazetteer: bool = False,
                  category: str = "", aliases: tuple[str, ...] = ()) -> int:
        aid = len(self.actors)
        self.actors.append(ActorInfo(aid, name, typ, category, gazetteer))
        self.by_key[key] = aid
        if typ == "person":
            for form in (name, *aliases):
                parts = form.split()
                if not parts or form != name and parts[0] in self.lex.titles:
                    continue  # "Kapolri Budi Santoso": the office is no part of the name
                keys = _spelling_keys(form)
                self.by_spelling.setdefault(keys, aid)
                self.person_tokens.append((keys, aid))
        elif typ != "country":
            self.by_legal.setdefault(_legal_key(self.lex, name), aid)
        return aid


def _gazetteer_entry(gaz: PhraseIndex, name: str) -> int | None:
    """The gazetteer entry that ``name`` spells out in full, if any."""
    words = name.split()
    hit = gaz.match(words, 0) if words and words[0] in gaz.by_first else None
    return hit[1] if hit is not None and hit[0] == len(words) else None


def _add_mention(table: ActorTable, toks: list[Token], s: int, e: int, text: str, aid: int,
                 kind: str) -> int:
    mi = len(table.mentions)
    table.mentions.append(Mention(toks[s].start, toks[e - 1].end, text, aid,
                                  kind, toks[s].sentence))  # type: ignore[arg-type]
    table.actors[aid].mentions.append(mi)
    for t in range(s, e):
        table.token_mentions.setdefault(t, []).append(mi)
    return mi


def _merge(doc: Document, lex: LexiconSet, raw: list[tuple[int, int, str, str | int, str]],
           surf: list[str], roles: dict[int, tuple[str, bool]]) -> ActorTable:
    toks = doc.tokens
    reg = _Registry(lex)
    actors, by_key, new_actor = reg.actors, reg.by_key, reg.new_actor
    gaz = _gazetteer(lex)[0]

    # gazetteer actors and the longest discovered names first, so short forms can merge into them
    resolved: dict[int, int] = {}
    order = sorted(range(len(raw)), key=lambda r: (raw[r][2] != "name",
                                                   -(raw[r][1] - raw[r][0]), raw[r][0]))
    for r in order:
        s, e, kind, key, typ = raw[r]
        kind = kind.removeprefix("anaphor:")
        if kind == "name":
            entry = lex.actors[int(key)]
            aid = by_key.get(entry.name)
            if aid is None:
                aid = new_actor(entry.name, entry.name, entry.type, gazetteer=True,
                                category=entry.category, aliases=entry.aliases)
            resolved[r] = aid
        elif kind == "discovered":
            name = str(key)
            aid = by_key.get(name)
            if aid is None and typ == "person":
                # "Joko Tjandra" after "Djoko Tjandra"; "Tjandra" inside either
                parts = _spelling_keys(name)
                aid = reg.by_spelling.get(parts)
                if aid is None:
                    for full, cand in reg.person_tokens:
                        if len(parts) < len(full) and _contains(full, parts):
                            aid = cand
                            break
            elif aid is None and typ != "country":
                # "PT Bank Contoh Tbk" and "Bank Contoh" are one company; "PT BRI" may be known
                legal = _legal_key(lex, name)
                aid = reg.by_legal.get(legal)
                entry_n = _gazetteer_entry(gaz, legal) if aid is None and legal != name else None
                if entry_n is not None:
                    entry = lex.actors[entry_n]
                    aid = by_key.get(entry.name)
                    if aid is None:
                        aid = new_actor(entry.name, entry.name, entry.type, gazetteer=True,
                                        category=entry.category, aliases=entry.aliases)
            if aid is None:
                aid = new_actor(name, name, typ)
            resolved[r] = aid

    mentions: list[Mention] = []
    token_mentions: dict[int, list[int]] = {}
    table = ActorTable(actors, mentions, token_mentions)
    last: tuple[int, int] | None = None  # (end token, mention index) of the previous mention

    for r, (s, e, kind, key, _typ) in enumerate(raw):
        text = doc.text[toks[s].start:toks[e - 1].end]
        if kind in ("pronoun", "group"):
            target, count = str(key).split(":")
            if int(count) == 2:
                refs = table.previous_pair(toks[s].start, type=target, doc=doc)
            else:
                refs = table.previous(toks[s].start, type=target, count=1, doc=doc)
            if len(refs) < int(count):
                continue
            for aid in refs:
                _add_mention(table, toks, s, e, text, aid, kind)  # a pronoun or group mention
            last = None
            continue
        aid = resolved[r]
        if kind.startswith("anaphor:"):
            # "kelompok ini": a mention of the body, not one of its names
            _add_mention(table, toks, s, e, text, aid, "pronoun")
            last = None
            continue
        form = " ".join(surf[s:e])
        actors[aid].forms.append(form)
        if s in roles:
            role, office = roles[s]
            if role not in actors[aid].roles:
                actors[aid].roles.append(role)
            if office:
                actors[aid].public = True
        if actors[aid].gazetteer or actors[aid].type != "person":
            actors[aid].public = True
        elif actors[aid].public is not True:
            status = _apposition(doc, lex, e)
            if status is not None:
                actors[aid].public = status
        if kind == "name" and e - s > 2:
            # "Presiden Rusia Vladimir Putin" as one alias also shows "Presiden Rusia" and the name
            entry = lex.actors[int(key)]
            for other in (entry.name, *entry.aliases):
                if other != form and f" {other} " in f" {form} ":
                    actors[aid].forms.append(other)
        if last is not None and last[0] == s and mentions[last[1]].actor == aid:
            # "Presiden Rusia Vladimir Putin": one mention, both forms recorded as aliases
            prev = mentions[last[1]]
            mentions[last[1]] = Mention(prev.start, toks[e - 1].end,
                                        doc.text[prev.start:toks[e - 1].end], aid, prev.kind,
                                        prev.sentence)
            for t in range(s, e):
                token_mentions.setdefault(t, []).append(last[1])
            last = (e, last[1])
            continue
        mkind = "name" if form == actors[aid].name else ("discovered" if kind == "discovered"
                                                         else "alias")
        last = (e, _add_mention(table, toks, s, e, text, aid, mkind))
    _title_mentions(doc, lex, table, surf)
    return table


def _title_mentions(doc: Document, lex: LexiconSet, table: ActorTable, surf: list[str]) -> None:
    """"kata Presiden", "Gubernur menegaskan": a bare office refers to the holder named earlier."""
    toks = doc.tokens
    taken = table.token_mentions
    caps = doc.caps
    titles = lex.titles
    long_forms = _office_long_forms(lex)
    added = False
    for i in flagged(caps):
        t = toks[i]
        if titles.get(t.text) != "office" or i in taken:
            continue
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is not None and nxt.sentence == t.sentence and nxt.is_capitalized \
                and nxt.text[0].isalpha():
            continue  # a title before a name or an office description, handled elsewhere
        aid = table.by_role(t.text, t.start)
        if aid is None and t.text in long_forms:
            aid = _holder_by_long_form(doc, table, long_forms[t.text], t.start)
        if aid is None:
            continue
        mi = len(table.mentions)
        table.mentions.append(Mention(t.start, t.end, t.text, aid, "alias", t.sentence))
        table.actors[aid].mentions.append(mi)
        table.token_mentions.setdefault(i, []).append(mi)
        added = True
    if added:
        order = sorted(range(len(table.mentions)), key=lambda m: table.mentions[m].start)
        remap = {old: new for new, old in enumerate(order)}
        table.mentions[:] = [table.mentions[m] for m in order]
        for a in table.actors:
            a.mentions = sorted(remap[m] for m in a.mentions)
        for k, lst in table.token_mentions.items():
            table.token_mentions[k] = [remap[m] for m in lst]


def _office_long_forms(lex: LexiconSet) -> dict[str, tuple[str, ...]]:
    """Abbreviated office -> its written-out forms (titles.tsv ``long_form``: Kapolri -> Kepala
    Polri; Kepala Kepolisian Negara Republik Indonesia)."""
    return lex.derived("actors.long_forms", lambda lx: {
        r["term"]: tuple(x.strip() for x in r["long_form"].split(";") if x.strip())
        for r in lx.tables.get("titles", []) if r.get("long_form")})


# what may stand between a written-out office and its holder's name: the office's body or place,
# ranks and bracketed corps ("Kepala Polri Jenderal (Pol) Budi Santoso"), all capitalised
_TITLE_TAIL_RE: Final = re.compile(r"(?:\s*\(?[A-Z][\w.-]*\)?)*\s*")


def _holder_by_long_form(doc: Document, table: ActorTable, forms: tuple[str, ...],
                         offset: int) -> int | None:
    """The person most recently introduced with a written-out office before ``offset``.

    "Kepala Polri Jenderal (Pol) Budi Santoso memecat ... ketegasan Kapolri": the bare
    abbreviation refers to the person whose name followed "Kepala Polri" in the same sentence,
    with only capitalised words (body, place, rank) between. An office opened by another title
    ("Wakil Kepala Polri") is another office.
    """
    for m in reversed(table.mentions):
        if m.start >= offset or m.kind in ("pronoun", "group"):
            continue
        if table.actors[m.actor].type != "person":
            continue
        sent_start = doc.sentences[m.sentence].start
        before = doc.text[max(sent_start, m.start - 100):m.start]
        for form in forms:
            at = before.rfind(form)
            if at < 0 or not _TITLE_TAIL_RE.fullmatch(before[at + len(form):]):
                continue
            prev = before[:at].split()
            if at > 0 and before[at - 1].isalnum():
                continue  # inside a longer word
            if prev and prev[-1][0].isupper() and prev[-1][-1].isalpha():
                continue  # "Wakil Kepala Polri", "Plt Kepala Dinas": another office
            return m.actor
    return None


def _contains(full: tuple[str, ...], part: tuple[str, ...]) -> bool:
    n = len(part)
    return any(full[i:i + n] == part for i in range(len(full) - n + 1))
