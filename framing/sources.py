"""Sources: direct quotes and reported speech, their cues, speakers and source types.

After the quotation extractors of textacy and the Gender Gap Tracker (Asr et al. 2021, "The Gender
Gap Tracker", PLOS ONE 16(1)), adapted to Indonesian news: quotes in every quoting style with the
cue before or after (``“…,” kata X``; ``X mengatakan, “…”``), floating quotes that continue the
previous speaker, reported speech with a cue verb, ``menurut X``, passives, relays (``dilansir
dari``) and hearsay (``kabarnya``). Each attribution's source is classified as ``named``,
``unnamed`` or ``unattributed``; a named speaker relayed through an unnamed channel is flagged.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from .actors import ActorTable
from .lexicons import LexiconSet
from .results import Attribution, SourceSummary
from .text import Document, flagged, positions

__all__ = ["find_attributions", "summarize_sources", "classify_source"]

# Rule words (speaker fillers, clause words, pronouns, title words ...) are closed classes of
# lexicons/function_words.tsv, read through ``lex.words(class)``; punctuation stays here.
_PUNCT_STOP: Final = frozenset({",", ";", ":", "(", ")", '"', "'", "-"})
# A quote of at most this many words, with no cue beside it, is a scare quote or a title.
_SCARE_MAX_WORDS: Final = 4


@dataclass(frozen=True, slots=True)
class _Quote:
    open_tok: int  # index of the opening quote token
    close_tok: int | None  # index of the closing quote token (None: runs to paragraph end)
    start: int  # content offsets
    end: int


@dataclass
class _Speaker:
    source: str | None
    start: int | None
    end: int | None
    source_type: str
    speaker: str | None
    speaker_id: int | None
    public: bool | None = None


def _find_quotes(doc: Document) -> list[_Quote]:
    toks = doc.tokens
    quotes: list[_Quote] = []
    text = doc.text
    open_i: int | None = None
    open_char = ""
    quote_flags = doc.quotes
    for i in flagged(quote_flags):
        t = toks[i]
        ch = t.text
        before = text[t.start - 1] if t.start > 0 else " "
        after = text[t.end] if t.end < len(text) else " "
        single = ch in "'\u2018\u2019\u201a\u201b\u2039\u203a"
        if single and before.isalnum() and after.isalnum():
            continue  # an apostrophe inside a word
        if open_i is not None:
            para_open = doc.sentences[toks[open_i].sentence].paragraph
            para_here = doc.sentences[t.sentence].paragraph
            is_closer = ch in "\u201d\u2019\u00bb\u203a" or (
                ch in "\"'" and not before.isspace()) or (ch == "\u201c" and not before.isspace()
                                                          and after.isspace())
            same_kind = (single == (open_char in "'\u2018\u2019\u201a\u201b\u2039\u203a"))
            if para_here != para_open:
                # an unclosed quote runs to the end of its paragraph (multi-paragraph quotes
                # reopen with a new opening quote in the next paragraph)
                quotes.append(_paragraph_quote(doc, open_i))
                open_i = None
            elif is_closer and same_kind:
                quotes.append(_Quote(open_i, i, toks[open_i].end, t.start))
                open_i = None
                continue
            else:
                continue
        is_opener = ch in "\u201c\u2018\u00ab\u201e\u2039" or (
            ch in "\"'" and (before.isspace() or before in "([{:,—-" or t.start == 0)
            and not after.isspace())
        if single and not is_opener:
            continue
        if is_opener or ch == '"':
            open_i = i
            open_char = ch
    if open_i is not None:
        quotes.append(_paragraph_quote(doc, open_i))
    return [q for q in quotes if q.end > q.start]


def _paragraph_quote(doc: Document, open_i: int) -> _Quote:
    toks = doc.tokens
    p = doc.sentences[toks[open_i].sentence].paragraph
    end = toks[open_i].end
    for s in doc.sentences[toks[open_i].sentence:]:
        if s.paragraph != p:
            break
        end = s.end
    return _Quote(open_i, None, toks[open_i].end, end)


def _words_in(doc: Document, start: int, end: int) -> int:
    a = doc.token_at(start)
    if a is None:
        return 0
    n = 0
    for t in doc.tokens[a:]:
        if t.start >= end:
            break
        n += t.is_word
    return n


def classify_source(doc: Document, lex: LexiconSet, table: ActorTable, s: int, e: int,
                    *, resolve_from: int | None = None, last_speaker: _Speaker | None = None
                    ) -> _Speaker | None:
    """Classify the source phrase in tokens ``[s, e)``; None when it is no plausible source.

    ``named``: a person's name or initials, a pronoun resolved to a named actor, a named
    organisation, government body, country or document, or a capitalised office ("Kapolsek
    Tamansari"). ``unnamed``: a vague or withheld source from ``source_phrases.tsv`` ("sumber
    terpercaya", "pengamat", "sejumlah warga") with no name beside it.
    """
    toks = doc.tokens
    if s >= e:
        return None
    while s < e and (toks[s].norm in _PUNCT_STOP or toks[s].norm in ("oleh", "dari")):
        s += 1
    fillers = lex.words("speaker_filler")
    while e > s and (toks[e - 1].norm in _PUNCT_STOP or (
            toks[e - 1].norm in fillers and not toks[e - 1].is_capitalized)):  # "Jawa Tengah"
        e -= 1
    if s >= e:
        return None
    text = doc.text[toks[s].start:toks[e - 1].end]
    person: int | None = None
    other: int | None = None
    pronoun = False
    for i in range(s, e):
        for m in table.mention_at(i):
            a = table.actors[m.actor]
            if m.kind in ("pronoun", "group"):
                pronoun = True
            if a.type == "person":
                person = m.actor
            elif other is None:
                other = m.actor
    vague: str | None = None
    vague_first: bool | None = None  # does the vague phrase open the source phrase?
    named_generic = False
    i = s
    while i < e:
        hit = lex.source_index.match(doc.norms, i) if doc.norms[i] in lex.source_index.by_first \
            else None
        if hit is not None and i > s and toks[i].is_capitalized and toks[i - 1].is_capitalized \
                and toks[i - 1].is_word:
            # "Asosiasi Pedagang Pasar", "Ikatan Dokter Indonesia": a vague noun inside a
            # capitalised name is part of that name, not a vague source
            hit = None
        if hit is not None:
            length, (stype, _kind) = hit
            if stype == "unnamed":
                if vague is None:
                    vague_first = i == s
                vague = vague or " ".join(doc.norms[i:i + length])
            else:
                named_generic = True
            i += length
        else:
            i += 1
    start, end = toks[s].start, toks[e - 1].end
    if _pseudonym(doc, s, e):
        # "Seorang warga, sebut saja Mawar (25)": a made-up name withholds the identity
        return _Speaker(text, start, end, "unnamed", None, None, False)
    # withheld identity anywhere in the phrase wins over everything but an explicit name
    if person is not None and not (vague and pronoun):
        a = table.actors[person]
        return _Speaker(text, start, end, "named", a.name, a.id, a.public)
    if vague is None and _withheld(doc, lex, s, e):
        vague = "withheld"
    if vague is not None and not (person is None and other is None and vague_first is False
                                  and _has_proper_name(doc, lex, s, e)):
        # "seorang sumber di lingkungan Istana", "kalangan DPR", "pejabat senior AS": a vague head
        # with an institution or place as modifier is still an unnamed source
        return _Speaker(text, start, end, "unnamed", None, other, False)
    if other is not None:
        a = table.actors[other]
        # "kata Kadispen TNI AL": an office of a named body; the holder may be known already
        holder = table.by_role(text, start) if _all_titles(doc, lex, s, e, allow=other) else None
        if holder is not None:
            h = table.actors[holder]
            return _Speaker(text, start, end, "named", h.name, h.id, True)
        return _Speaker(text, start, end, "named", a.name, a.id, True)
    norms = doc.norms[s:e]
    if len(norms) == 1 and norms[0] in lex.words("unresolved_pronoun"):
        # "Seorang sopir angkot menghampiri wartawan. Ia bercerita, ...": no named antecedent
        return _vague_before(doc, lex, toks[s].sentence)
    if len(norms) == 1 and (norms[0] in lex.words("first_person")
                            or norms[0] in lex.words("plural_pronoun")):
        if last_speaker is not None:
            return _Speaker(text, start, end, last_speaker.source_type, last_speaker.speaker,
                            last_speaker.speaker_id, last_speaker.public)
        if norms[0] in lex.words("plural_pronoun"):
            # "Sejumlah nelayan memilih tidak melaut. Mereka mengatakan ...": the vague group
            return _vague_before(doc, lex, toks[s].sentence)
        return None
    if _all_titles(doc, lex, s, e):
        # "kata Presiden": the office holder introduced earlier in the article
        holder = table.by_role(text, start)
        if holder is not None:
            h = table.actors[holder]
            return _Speaker(text, start, end, "named", h.name, h.id, True)
        return _Speaker(text, start, end, "named", None, None, True)
    if named_generic or _has_proper_name(doc, lex, s, e):
        return _Speaker(text, start, end, "named", None, None, True)
    return None




def _pseudonym(doc: Document, s: int, e: int) -> bool:
    """"sebut saja Mawar", "(bukan nama sebenarnya)", "nama samaran": the name is made up."""
    norms = doc.norms[s:e]
    for k, n in enumerate(norms):
        if n == "sebut" and k + 1 < len(norms) and norms[k + 1] == "saja":
            return True
        if n == "samaran" or (n == "sebenarnya" and k > 0 and norms[k - 1] in ("nama",
                                                                                "namanya")):
            return True
    return False


def _withheld(doc: Document, lex: LexiconSet, s: int, e: int) -> bool:
    """"yang meminta namanya tidak ditulis", "tak bersedia disebut identitasnya": withheld."""
    norms = doc.norms[s:e]
    identity, withhold = lex.words("identity_word"), lex.words("withhold_word")
    return any(n in identity for n in norms) and any(n in withhold for n in norms)


def _all_titles(doc: Document, lex: LexiconSet, s: int, e: int, allow: int | None = None) -> bool:
    """True when tokens ``[s, e)`` are only titles (and, with ``allow``, that actor's name)."""
    toks = doc.tokens
    seen_title = False
    for i in range(s, e):
        t = toks[i].text
        if t in lex.titles or t.lower() in lex.titles_lower:
            seen_title = True
            continue
        if allow is not None and t[0].isalpha() and (t.isupper() or t[0].isupper()):
            continue
        return False
    return seen_title


def _has_proper_name(doc: Document, lex: LexiconSet, s: int, e: int) -> bool:
    """A capitalised word that is not sentence-initial and not a bare title: 'Kapolsek
    Tamansari'."""
    toks = doc.tokens
    for i in range(s, e):
        t = toks[i]
        if not t.is_capitalized or not t.text[0].isalpha():
            continue
        if i == doc.sentences[t.sentence].token_start or (i > 0 and toks[i - 1].is_quote):
            continue
        if t.text in lex.titles:
            continue
        return True
    return False


def _subject_span(doc: Document, lex: LexiconSet, verb: int) -> tuple[int, int]:
    """Tokens of the subject phrase before the cue verb at ``verb`` (walking left in the clause).

    The phrase stops at punctuation and clause words, so "Dalam pertemuan itu, Putin mengatakan"
    gives "Putin". When a comma stands right before the verb, the subject is an appositive
    construction ("Budi, Ketua RT setempat, mengatakan") and two comma segments are taken.
    """
    toks = doc.tokens
    sent = doc.sentences[toks[verb].sentence]
    e = verb
    fillers, clause_words = lex.words("speaker_filler"), lex.words("clause_word")
    while e > sent.token_start and toks[e - 1].norm in fillers:
        e -= 1
    if e > sent.token_start and toks[e - 1].norm == ")":
        # "Organisasi Kesehatan Dunia (WHO) menyatakan", "Tersangka AS (27) mengaku"
        p = e - 1
        while p > sent.token_start and toks[p].norm != "(":
            p -= 1
        if toks[p].norm == "(" and e - p <= 8:
            e = p
    segments = 1
    if e > sent.token_start and toks[e - 1].norm == ",":
        segments = 2
        e -= 1
    s = e
    if s > sent.token_start and toks[s - 1].norm == ")":
        # "Ketua Kelompok Tani X, Sarjono (58), mengungkapkan": the age closes the apposition
        p = s - 1
        while p > sent.token_start and toks[p].norm != "(" and s - p < 6:
            p -= 1
        if toks[p].norm == "(":
            s = p
    while s > sent.token_start and e - s < 16:
        t = toks[s - 1]
        if t.norm == "," and segments > 1 and s < e:
            segments -= 1
            s -= 1
            continue
        if t.norm == ")" and segments == 1 and e - s < 14:
            p = s - 1
            while p > sent.token_start and toks[p].norm != "(" and s - p < 6:
                p -= 1
            if toks[p].norm == "(":
                s = p  # "Sutarmi (54), pedagang sayur, mengeluhkan"
                continue
        if t.norm in _PUNCT_STOP or t.is_quote or (t.norm in clause_words and t.norm != "yang"):
            break
        s -= 1
    while s < e and toks[s].norm == ",":
        s += 1
    return s, e


def _object_span(doc: Document, lex: LexiconSet, start: int, apposition: bool = True
                 ) -> tuple[int, int]:
    """Tokens of the speaker phrase after a postposed cue or preposition, up to punctuation.

    With ``apposition``, a capitalised name apposed after a role is included. Relays pass False:
    after "Dikutip dari X," the capitalised phrase is the subject of the main clause.
    """
    toks = doc.tokens
    sent = doc.sentences[toks[start].sentence] if start < len(toks) else None
    if sent is None:
        return start, start
    e = start
    while e < sent.token_end and toks[e].norm not in {",", ".", ";", ":", "!", "?"} \
            and not toks[e].is_quote and e - start < 12:
        if toks[e].norm in ("bahwa",) or (e > start and toks[e].norm in lex.words("clause_word")
                                          and toks[e].norm not in ("dan", "yang")):
            break
        e += 1
    # "kata pelatih tim nasional, Made Suarsana, “…”" / "menurut Ketua Asosiasi X, Samsul Bahri.":
    # a capitalised name apposed after the role belongs to the speaker phrase
    if apposition and e < sent.token_end - 1 and toks[e].norm == "," and e > start:
        n = e + 1
        while n < sent.token_end and n - e <= 6 and toks[n].is_word and (
                toks[n].is_capitalized or toks[n].text.isupper()):
            n += 1
        if n > e + 1 and (n >= sent.token_end or toks[n].norm in {",", ".", "(", "!", "?"}
                          or toks[n].is_quote):
            if n < sent.token_end and toks[n].norm == "(":
                c = n
                while c < sent.token_end and toks[c].norm != ")" and c - n < 5:
                    c += 1
                if c < sent.token_end and toks[c].norm == ")":
                    n = c + 1
            e = n
    return start, e


def _statement_after(doc: Document, i: int) -> tuple[int, int] | None:
    toks = doc.tokens
    sent = doc.sentences[toks[i].sentence] if i < len(toks) else None
    if sent is None:
        return None
    while i < sent.token_end and (toks[i].norm in (",", ":", "bahwa") or toks[i].is_quote):
        i += 1
    e = sent.token_end
    while e > i and (toks[e - 1].norm in {".", "!", "?"} or toks[e - 1].is_quote):
        e -= 1
    if e <= i:
        return None
    return toks[i].start, toks[e - 1].end


def _statement_before(doc: Document, cue: int) -> tuple[int, int] | None:
    toks = doc.tokens
    sent = doc.sentences[toks[cue].sentence]
    s = sent.token_start
    while s < cue and (toks[s].is_quote or toks[s].norm in (",",)):
        s += 1
    e = cue
    while e > s and (toks[e - 1].norm in {",", ".", "!", "?"} or toks[e - 1].is_quote):
        e -= 1
    if e <= s:
        return None
    return toks[s].start, toks[e - 1].end


def _negated_verb(doc: Document, lex: LexiconSet, i: int) -> bool:
    """True when a verbal negator governs the cue verb at ``i`` ("tidak menjelaskan", "belum bisa
    menjawab"): nobody reported anything. Nominal and imperative negators (bukan, jangan) and
    "tidak hanya" do not count."""
    norms = doc.norms
    start = doc.sentences[doc.tokens[i].sentence].token_start
    k = i - 1
    while k >= start and i - k <= 3 and norms[k] in lex.words("negated_modal"):
        k -= 1
    if k < start:
        return False
    n = norms[k]
    if n in ("bukan", "jangan") or (n,) not in lex.negators:
        return False
    return True


def find_attributions(doc: Document, lex: LexiconSet, table: ActorTable) -> list[Attribution]:
    """Find every attribution in ``doc``, in text order.

    Example:
        >>> from framing import analyze
        >>> a = analyze("“Kami siap,” kata Budi Santoso.").attributions[0]
        >>> (a.quote, a.cue, a.speaker, a.source_type)
        ('Kami siap,', 'kata', 'Budi Santoso', 'named')
    """
    toks = doc.tokens
    norms = doc.norms
    quotes = _find_quotes(doc)
    in_quote = [False] * len(toks)
    for q in quotes:
        a = doc.token_at(q.start)
        if a is None:
            continue
        for k in range(a, len(toks)):
            if toks[k].start >= q.end:
                break
            in_quote[k] = True
    used = [False] * len(toks)

    # all cue matches outside quotes, per sentence
    cues: dict[int, list[tuple[int, int, str, str, str]]] = {}
    cue_first = lex.cue_index.by_first
    candidates = positions(norms, cue_first)
    i = 0
    for k in candidates:
        if k < i:
            continue  # inside the previous cue
        i = k
        if in_quote[i] or not doc.words[i]:
            continue
        hit = lex.cue_index.match(norms, i)
        if hit is None:
            continue
        length, (term, kind, stance) = hit
        if term == "sebut" and i + 1 < len(toks) and norms[i + 1] == "saja":
            i += 2  # "sebut saja Mawar": a pseudonym, not a cue
            continue
        if (stance == "requesting" and i + length < len(toks)
                and norms[i + length] in lex.words("apology")):
            i += length + 1  # "meminta maaf atas ...": an apology, not a reported request
            continue
        if kind == "verb" and _negated_verb(doc, lex, i):
            i += length  # "belum bisa menjelaskan", "tidak mengatakan": nothing was reported
            continue
        cues.setdefault(toks[i].sentence, []).append((i, i + length, term, kind, stance))
        i += length

    out: list[tuple[int, Attribution]] = []
    last: _Speaker | None = None
    last_sentence = -10
    relays: dict[int, tuple[_Speaker, int, int, str]] = {}  # sentence -> channel, cue span, term

    # relays first: they qualify the other attributions of their sentence
    for si, lst in cues.items():
        for (c0, c1, term, kind, _stance) in lst:
            if kind != "relay":
                continue
            os_, oe = _object_span(doc, lex, c1, apposition=False)
            ch = classify_source(doc, lex, table, os_, oe)
            if ch is not None:
                relays[si] = (ch, c0, c1, term)
                for k in range(c1, oe):
                    used[k] = True  # the channel is not a speaker of another cue

    def make(start: int, end: int, direct: bool, cue: tuple[int, int, str, str, str] | None,
             sp: _Speaker | None, si: int, how: str) -> Attribution:
        relay = relays.get(si)
        relayed = relay is not None and how != "relay" and (
            sp is None or relay[0].source != sp.source)
        stype = sp.source_type if sp is not None else "unattributed"
        if relayed and relay is not None and relay[0].source_type == "unnamed":
            stype = "unnamed"  # the words reach us only through a source nobody can check
        c_text = doc.text[toks[cue[0]].start:toks[cue[1] - 1].end] if cue else None
        return Attribution(
            start=start, end=end, quote=doc.text[start:end], direct=direct, cue=c_text,
            cue_start=toks[cue[0]].start if cue else None,
            cue_end=toks[cue[1] - 1].end if cue else None,
            source=sp.source if sp else None, source_start=sp.start if sp else None,
            source_end=sp.end if sp else None, source_type=stype,  # type: ignore[arg-type]
            speaker=sp.speaker if sp else None, speaker_id=sp.speaker_id if sp else None,
            stance=cue[4] if cue else "neutral", sentence=si, relayed=relayed,
            relay=relay[0].source if relayed and relay else None,
            relay_type=relay[0].source_type if relayed and relay else None,  # type: ignore[arg-type]
            kind=how, public_figure=sp.public if sp is not None else None)

    quotes_at: dict[int, list[_Quote]] = {}
    for q in quotes:
        quotes_at.setdefault(toks[q.open_tok].sentence, []).append(q)
    attributed: set[int] = set()
    for si in range(len(doc.sentences)):
        # 1. direct quotes that open in this sentence
        for q in quotes_at.get(si, []):
            words = _words_in(doc, q.start, q.end)
            after_cue = _cue_after_quote(doc, lex, q, cues, used)
            before_cue = _cue_before_quote(doc, q, cues, used)
            prev_tok = q.open_tok - 1
            if prev_tok >= 0 and norms[prev_tok] in lex.words("title_word") and after_cue is None:
                continue
            # “…,” kata X, “kami berlatih.”: the second half of a broken quote, however short
            continuation = prev_tok >= 0 and norms[prev_tok] == "," and last is not None \
                and last_sentence == si
            if words <= _SCARE_MAX_WORDS and after_cue is None and before_cue is None \
                    and not continuation:
                continue  # scare quotes, titles, terms
            sp: _Speaker | None = None
            cue = None
            if after_cue is not None:
                cue = after_cue
                c0, c1, term, kind, _st = cue
                if (norms[c1 - 1].endswith("nya") and norms[c1 - 1] != "menurutnya") or \
                        norms[c1 - 1] == "lagi":
                    sp = _previous_speaker(doc, table, toks[c0].start, last, si, last_sentence,
                                           lex)
                elif kind == "verb" and q.close_tok is not None and c0 > q.close_tok + 2:
                    ss, se = _subject_span(doc, lex, c0)
                    sp = classify_source(doc, lex, table, max(ss, q.close_tok + 1), se,
                                         last_speaker=last)
                else:
                    os_, oe = _object_span(doc, lex, c1)
                    sp = classify_source(doc, lex, table, os_, oe, last_speaker=last)
                for k in range(c0, c1):
                    used[k] = True
            elif before_cue is not None:
                cue = before_cue
                c0, c1, term, kind, _st = cue
                if kind in ("preposition", "postposed"):
                    os_, oe = _object_span(doc, lex, c1)
                else:
                    os_, oe = _subject_span(doc, lex, c0)
                sp = classify_source(doc, lex, table, os_, oe, last_speaker=last)
                for k in range(c0, c1):
                    used[k] = True
            else:
                # a floating quote continues the previous speaker (within two sentences); it
                # must look like speech: a full sentence, or more than a few words
                qtext = doc.text[q.start:q.end].rstrip()
                if not (qtext.endswith((".", "!", "?", ",")) or words > _SCARE_MAX_WORDS + 2):
                    continue
                if last is not None and si - last_sentence <= 2:
                    sp = last
                else:
                    prev_ids = table.previous(toks[q.open_tok].start, type="person", doc=doc,
                                              window=1)
                    if prev_ids:
                        pa = table.actors[prev_ids[0]]
                        sp = _Speaker(None, None, None, "named", pa.name, pa.id, pa.public)
            out.append((q.start, make(q.start, q.end, True, cue, sp, si, "quote")))
            attributed.add(si)
            if sp is not None:
                last = sp
                last_sentence = toks[q.close_tok].sentence if q.close_tok is not None else si

        # 2. reported speech, hearsay and relays without another attribution
        pending_relays: list[tuple[int, int, str, str, str]] = []
        for cue in cues.get(si, []):
            c0, c1, term, kind, stance = cue
            if used[c0]:
                continue
            sp = None
            span = None
            if kind in ("verb", "attitude"):
                ss, se = _subject_span(doc, lex, c0)
                sp = classify_source(doc, lex, table, ss, se, last_speaker=last)
                if sp is None:
                    continue
                if kind == "attitude" and sp.source_type != "unnamed" and sp.speaker_id is None:
                    continue
                span = _statement_after(doc, c1)
            elif kind == "postposed":
                prev_norm = toks[c0 - 1].norm if c0 > 0 else ""
                opening = c0 == doc.sentences[si].token_start
                if opening and norms[c0] == "katanya" and c1 < len(toks) and norms[c1] == ",":
                    # "Katanya, tarif parkir akan naik": hearsay, nobody said it on the record
                    span = _statement_after(doc, c1)
                    if span is not None:
                        used[c0] = True
                        out.append((span[0], make(span[0], span[1], False, cue, None, si,
                                                  "hearsay")))
                        attributed.add(si)
                    continue
                if prev_norm != "," and not (c0 > 0 and toks[c0 - 1].is_quote):
                    continue
                if norms[c1 - 1].endswith("nya"):
                    sp = _previous_speaker(doc, table, toks[c0].start, last, si, last_sentence, lex)
                else:
                    os_, oe = _object_span(doc, lex, c1)
                    sp = classify_source(doc, lex, table, os_, oe, last_speaker=last)
                if sp is None:
                    continue
                span = _statement_before(doc, c0)
            elif kind == "preposition":
                os_, oe = _object_span(doc, lex, c1)
                if term == "menurutnya":
                    sp = _previous_speaker(doc, table, toks[c0].start, last, si, last_sentence, lex)
                else:
                    sp = classify_source(doc, lex, table, os_, oe, last_speaker=last)
                if sp is None:
                    continue
                sent_end = doc.sentences[si].token_end
                at_start = c0 <= doc.sentences[si].token_start + 2
                span = (_statement_after(doc, oe) if at_start and oe < sent_end - 1
                        else _statement_before(doc, c0))
            elif kind == "passive":
                if c0 > 0 and norms[c0 - 1] in lex.words("wish_word"):
                    continue  # "yang tidak mau disebutkan identitasnya": withholding, not a cue
                agent = c1 + 1 if c1 < len(toks) and norms[c1] == "oleh" else c1
                # "disampaikan oleh X", and without "oleh" when a source follows at once:
                # "Hal itu disampaikan Bupati Tirtamulya", "Demikian dikatakan Rektor X"
                if c1 < len(toks) and toks[c1].sentence == si and (
                        agent > c1 or doc.caps[c1] or norms[c1] in lex.source_index.by_first):
                    os_, oe = _object_span(doc, lex, agent)
                    sp = classify_source(doc, lex, table, os_, oe, last_speaker=last)
                if sp is None:
                    continue
                span = _statement_before(doc, c0)
                if span is None or (c0 - doc.sentences[si].token_start <= 3 and si > 0):
                    before = doc.sentences[si - 1]  # "Hal itu disampaikan X": the sentence before
                    span = (before.start, before.end) if si > 0 else span
            elif kind == "hearsay":
                if si in attributed or (c1 < len(toks) and norms[c1] in ("ke", "kepada")):
                    continue  # "dilaporkan ke polisi" is a complaint, not hearsay
                span = _statement_after(doc, c1) or _statement_before(doc, c0)
            elif kind == "relay":
                pending_relays.append(cue)
                continue
            if span is None:
                continue
            for k in range(c0, c1):
                used[k] = True
            out.append((span[0], make(span[0], span[1], False, cue, sp, si, kind)))
            attributed.add(si)
            if sp is not None:
                last, last_sentence = sp, si
        # 3. a relay whose sentence has no other attribution is the attribution itself:
        # "Dikutip dari Reuters, harga minyak naik"; with no channel ("seperti dilaporkan
        # sebelumnya") the claim is unattributed
        for cue in pending_relays[:1]:
            if si in attributed:
                break
            c0, c1, term, kind, stance = cue
            relay = relays.get(si)
            oe = _object_span(doc, lex, c1, apposition=False)[1]
            span = _statement_after(doc, oe) or _statement_before(doc, c0)
            if span is None:
                continue
            sp = relay[0] if relay is not None else None
            out.append((span[0], make(span[0], span[1], False, cue, sp, si, "relay")))
            attributed.add(si)
    out.sort(key=lambda p: p[0])
    return [a for _, a in out]


def _previous_speaker(doc: Document, table: ActorTable, offset: int, last: _Speaker | None,
                      si: int, last_sentence: int, lex: LexiconSet | None = None
                      ) -> _Speaker | None:
    """The speaker of an enclitic cue (ujarnya, katanya) or an unresolved pronoun.

    The last speaker; else the last person named; else a vague source introduced in the two
    sentences before ("Seorang perawat tampak lelah. “…,” katanya." is an unnamed source).
    """
    if last is not None and si - last_sentence <= 3:
        return last
    prev = table.previous(offset, type="person", doc=doc)
    if prev:
        a = table.actors[prev[0]]
        return _Speaker(None, None, None, "named", a.name, a.id, a.public)
    if lex is not None:
        return _vague_before(doc, lex, si)
    return None


def _vague_before(doc: Document, lex: LexiconSet, si: int) -> _Speaker | None:
    """A vague source phrase that opens one of the two sentences before sentence ``si``."""
    for sj in range(si - 1, max(-1, si - 3), -1):
        sent = doc.sentences[sj]
        for i in range(sent.token_start, min(sent.token_end, sent.token_start + 3)):
            hit = lex.source_index.match(doc.norms, i) \
                if doc.norms[i] in lex.source_index.by_first else None
            if hit is not None and hit[1][0] == "unnamed":
                t0, t1 = doc.tokens[i], doc.tokens[i + hit[0] - 1]
                return _Speaker(doc.text[t0.start:t1.end], t0.start, t1.end, "unnamed", None,
                                None, False)
    return None


def _cue_after_quote(doc: Document, lex: LexiconSet, q: _Quote,
                     cues: dict[int, list[tuple[int, int, str, str, str]]], used: list[bool]
                     ) -> tuple[int, int, str, str, str] | None:
    """A postposed cue right after the closing quote: “…,” kata X / ujarnya."""
    if q.close_tok is None:
        return None
    toks = doc.tokens
    j = q.close_tok + 1
    while j < len(toks) and toks[j].norm in (",",):
        j += 1
    if j >= len(toks):
        return None
    for cue in cues.get(toks[j].sentence, []):
        if cue[0] == j and not used[j] and cue[3] in ("postposed", "verb", "preposition",
                                                       "passive"):
            return cue
    # “…,” Kepala Perum Bulog Samsul Bahri berujar: the speaker stands between the quote and a
    # preposed verb that closes the clause
    for cue in cues.get(toks[j].sentence, []):
        c0, c1 = cue[0], cue[1]
        if cue[3] == "verb" and not used[c0] and j < c0 <= j + 14 and (
                c1 >= len(toks) or toks[c1].norm in {".", ",", "!", "?", "sambil", "seraya"}
                or toks[c1].sentence != toks[c0].sentence) and not any(
                toks[k].is_quote for k in range(j, c0)):
            return cue
    return None


def _cue_before_quote(doc: Document, q: _Quote,
                      cues: dict[int, list[tuple[int, int, str, str, str]]], used: list[bool]
                      ) -> tuple[int, int, str, str, str] | None:
    """A cue before the opening quote in the same sentence: X mengatakan, “…” / kata X: “…”."""
    toks = doc.tokens
    si = toks[q.open_tok].sentence
    best = None
    for cue in cues.get(si, []):
        c0, c1, _t, kind, _s = cue
        if c1 <= q.open_tok and not used[c0] and kind in ("verb", "postposed", "preposition",
                                                           "attitude"):
            between = [t for t in toks[c1:q.open_tok] if t.is_word]
            if kind in ("postposed", "preposition") or len(between) <= 6:
                best = cue
    return best


def summarize_sources(attributions: list[Attribution], doc: Document | None = None,
                      title_attributions: list[Attribution] | None = None) -> SourceSummary:
    """Reliance on sources: counts by type, shares, relays, named voices, lead and headline.

    ``doc`` locates the lead (the first paragraph, or the first two sentences when the text is one
    paragraph); ``title_attributions`` are those found in the headline, when there is one.
    """
    named = sum(a.source_type == "named" for a in attributions)
    unnamed = sum(a.source_type == "unnamed" for a in attributions)
    unattributed = sum(a.source_type == "unattributed" for a in attributions)
    total = len(attributions)
    voices = {a.speaker for a in attributions if a.speaker and a.source_type == "named"}
    lead = False
    if doc is not None and doc.sentences:
        first_para = [s.index for s in doc.sentences if s.paragraph == doc.sentences[0].paragraph]
        lead_sents = set(first_para if len(first_para) < len(doc.sentences) else first_para[:2])
        lead = any(a.sentence in lead_sents and a.source_type != "named" for a in attributions)
    headline = None if title_attributions is None else any(
        a.source_type != "named" for a in title_attributions)
    words: dict[str, int] = {}
    for a in attributions:
        key = a.speaker or (a.source if a.source_type == "named" and a.source else
                            f"({a.source_type})")
        words[key] = words.get(key, 0) + len(a.quote.split())
    all_words = sum(words.values())
    share = tuple(sorted(((k, w, round(w / all_words, 4)) for k, w in words.items()),
                         key=lambda x: -x[1])) if all_words else ()
    return SourceSummary(
        named=named, unnamed=unnamed, unattributed=unattributed,
        unnamed_share=round(unnamed / total, 4) if total else 0.0,
        uncheckable_share=round((unnamed + unattributed) / total, 4) if total else 0.0,
        relayed=sum(a.relayed for a in attributions), named_voices=len(voices),
        lead_uncheckable=lead, headline_uncheckable=headline, voice_share=share)

