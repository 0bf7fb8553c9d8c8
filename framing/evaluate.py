"""Evaluation against gold data: PFSA-ID attribution, source types, actor recall.

PFSA-ID (Purnomo et al. 2022, "An Annotated Indonesian Corpus and Baseline Model of Public Figures
Statements Attributions", Global Knowledge, Memory and Communication) gives tokens with BILOU
labels; we rebuild each article's text with every token's character offsets, analyse it, and
compare at the sentence level as issue 3 defines:

* attributed sentences: a gold sentence is attributed when it holds a CUE or CUECOREF span; a
  predicted attribution counts for the sentence its cue lies in (its quote's start, when it has no
  cue);
* speaker match: for each gold attributed sentence with a PERSON, ROLE or PERSONCOREF span, the
  predicted speaker (after coreference) matches the gold person (by name token) or role (by
  overlap).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .analyzer import Analyzer
from .results import ArticleAnalysis

__all__ = ["PfsaArticle", "read_pfsa", "evaluate_attribution", "evaluate_sources",
           "actor_recall", "prf", "pair_scores", "evaluate_stories"]

_DOUBLE = {"\u201d", "\u201c", '"'}
_SINGLE = {"\u2019", "\u2018"}
_NO_SPACE_BEFORE = {",", ".", ";", ":", ")", "!", "?", "%"}
_DATELINE = re.compile(r"^[A-Za-z][^,]{0,40},\s*KOMPAS\s*[\u2014\u2013-]", re.IGNORECASE)


@dataclass
class GoldSentence:
    start: int
    end: int
    attributed: bool
    persons: list[tuple[int, int, str]] = field(default_factory=list)  # PERSON spans
    roles: list[tuple[int, int, str]] = field(default_factory=list)  # ROLE spans
    corefs: list[tuple[int, int, str]] = field(default_factory=list)  # PERSONCOREF spans


@dataclass
class PfsaArticle:
    index: int
    text: str
    sentences: list[GoldSentence]


def _read_sentences(path: Path) -> list[list[tuple[str, str]]]:
    sentences: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip():
                if cur:
                    sentences.append(cur)
                    cur = []
                continue
            tok, _, lab = line.partition("\t")
            cur.append((tok, lab.strip() or "O"))
    if cur:
        sentences.append(cur)
    return sentences


def _segment(sentences: list[list[tuple[str, str]]]) -> list[tuple[int, int]]:
    """Articles: one per ISSUE label, starting at a dateline sentence when one precedes it."""
    issues = [i for i, s in enumerate(sentences)
              if any(lab in ("B-ISSUE", "U-ISSUE") for _, lab in s)]
    if not issues:
        return [(0, len(sentences))] if sentences else []
    datelines = [i for i, s in enumerate(sentences) if _DATELINE.match(" ".join(t for t, _ in s))]
    starts: list[int] = []
    for k, issue in enumerate(issues):
        prev = starts[-1] if starts else -1
        start = 0 if k == 0 else issue
        between = [d for d in datelines if prev < d <= issue]
        if between:
            start = between[-1]
        starts.append(start)
    return [(s, starts[k + 1] if k + 1 < len(starts) else len(sentences))
            for k, s in enumerate(starts)]


def _quote_roles(sentences: list[list[str]]) -> list[list[str]]:
    """'open', 'close' or '' for every token: Kompas prints ” for opening and closing quotes."""
    roles = [["" for _ in s] for s in sentences]
    inside = False
    for i, toks in enumerate(sentences):
        for j, t in enumerate(toks):
            if t not in _DOUBLE:
                continue
            prev = toks[j - 1] if j else None
            nxt = toks[j + 1] if j + 1 < len(toks) else None
            role: str | None = None
            if prev is None:
                role = "open"
            elif nxt is None:
                role = None if prev in (".", "?", "!") else "close"
            elif nxt in (",", ".", ";", ":", "?", "!", ")"):
                role = "close"
            elif prev in (",", ";", ":"):
                role = "close" if nxt[:1].islower() else "open"
            elif prev in (".", "?", "!"):
                role = "close" if (nxt == "(" or nxt[:1].islower()) else None
            if role is None:
                role = "close" if inside else "open"
            inside = role == "open"
            roles[i][j] = role
    return roles


def _detokenise(tokens: list[str], roles: list[str], base: int
                ) -> tuple[str, list[tuple[int, int]]]:
    out = ""
    spans: list[tuple[int, int]] = []
    for j, tok in enumerate(tokens):
        role = roles[j]
        if role == "open":
            tok = "\u201c" if tok in _DOUBLE else tok
        elif role == "close":
            tok = "\u201d" if tok in _DOUBLE else tok
        prev_role = roles[j - 1] if j else ""
        glue = (not out or role == "close" or (not role and tok in _NO_SPACE_BEFORE)
                or prev_role == "open" or (j and tokens[j - 1] == "(")
                or bool(re.fullmatch(r"-\w+", tok)))
        if not glue:
            out += " "
        spans.append((base + len(out), base + len(out) + len(tok)))
        out += tok
    return out, spans


def _label_spans(labels: list[str], spans: list[tuple[int, int]], text: str, kind: str
                 ) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    start: int | None = None
    for (s, e), lab in zip(spans, labels, strict=True):
        tag, _, typ = lab.partition("-")
        if typ != kind:
            start = None
            continue
        if tag in ("B", "U") or start is None:
            start = s
        if tag in ("L", "U"):
            out.append((start, e, text[start:e]))
            start = None
        elif tag == "I":
            pass
    return out


def read_pfsa(path: str | Path) -> Iterator[PfsaArticle]:
    """Yield the articles of a PFSA-ID file with their text rebuilt and gold spans as offsets."""
    sentences = _read_sentences(Path(path))
    for index, (a, b) in enumerate(_segment(sentences)):
        yield _article(sentences, index, a, b)


def pfsa_article(path: str | Path, first: int, end: int, index: int = -1) -> PfsaArticle:
    """The article made of the file's sentences ``[first, end)`` (global sentence numbers)."""
    return _article(_read_sentences_cached(str(path)), index, first, end)


_CACHE: dict[str, list[list[tuple[str, str]]]] = {}


def _read_sentences_cached(path: str) -> list[list[tuple[str, str]]]:
    if path not in _CACHE:
        _CACHE.clear()
        _CACHE[path] = _read_sentences(Path(path))
    return _CACHE[path]


def _article(sentences: list[list[tuple[str, str]]], index: int, a: int, b: int) -> PfsaArticle:
    toks = [[t for t, _ in s] for s in sentences[a:b]]
    roles = _quote_roles(toks)
    text = ""
    gold: list[GoldSentence] = []
    for k, s in enumerate(sentences[a:b]):
        if text:
            text += " "
        piece, spans = _detokenise(toks[k], roles[k], len(text))
        text += piece
        labels = [lab for _, lab in s]
        kinds = {lab.partition("-")[2] for lab in labels}
        gold.append(GoldSentence(
            spans[0][0] if spans else len(text), len(text),
            bool(kinds & {"CUE", "CUECOREF"}),
            _label_spans(labels, spans, text, "PERSON"),
            _label_spans(labels, spans, text, "ROLE"),
            _label_spans(labels, spans, text, "PERSONCOREF")))
    return PfsaArticle(index, text, gold)


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
            "tp": tp, "fp": fp, "fn": fn}


def _sentence_of(gold: list[GoldSentence], offset: int) -> int | None:
    for i, s in enumerate(gold):
        if s.start <= offset < s.end + 1:
            return i
    return None


def _name_tokens(s: str) -> set[str]:
    return {t.lower() for t in re.findall(r"[\w']+", s) if len(t) > 1}


def evaluate_attribution(path: str | Path, analyzer: Analyzer | None = None,
                         *, limit: int | None = None, scope: str = "pfsa") -> dict[str, Any]:
    """Sentence-level attribution P/R/F1 and speaker match on a PFSA-ID file.

    ``scope="pfsa"`` compares like with like. PFSA-ID annotates *public figures'* statements and
    labels as CUE only the postposed reporting words of quotations (*kata, ujar, ujarnya,
    katanya, tutur, ucap*, ...: 826 of its 827 cue spans), leaving preposed verbs
    (*mengatakan*), *menurut*, hearsay, reported speech with a mid-sentence cue ("Apalagi, kata
    X, ...": 8 of the 116 we find are labelled) and ordinary people's quotes unlabelled. So only
    our direct quotes whose cue is postposed and whose speaker is not known to be an ordinary or
    vague person (``public_figure is not False``) count as predictions. ``scope="all"`` counts
    every attribution.
    """
    an = analyzer or Analyzer()
    postposed = {r["term"] for r in an.lexicons.tables.get("reporting_verbs", [])
                 if r["kind"] == "postposed"}
    tp = fp = fn = 0
    sp_total = sp_ok = 0
    for art in read_pfsa(path):
        if limit is not None and art.index >= limit:
            break
        r = an.analyze(art.text)
        predicted: dict[int, list[Any]] = {}
        for a in r.attributions:
            if scope == "pfsa" and (not a.direct or a.cue is None
                                    or a.cue.lower() not in postposed
                                    or a.public_figure is False):
                continue
            loc = a.cue_start if a.cue_start is not None else a.start
            si = _sentence_of(art.sentences, loc)
            if si is not None:
                predicted.setdefault(si, []).append(a)
        gold = {i for i, s in enumerate(art.sentences) if s.attributed}
        tp += len(gold & predicted.keys())
        fp += len(predicted.keys() - gold)
        fn += len(gold - predicted.keys())
        for i, s in enumerate(art.sentences):
            if not s.attributed or not (s.persons or s.roles or s.corefs):
                continue
            sp_total += 1
            # the gold speaker after coreference: the sentence's PERSON spans, and for a
            # PERSONCOREF ("Muksin", "ia", "Presiden") its own words and the last PERSON before
            golds = [p[2] for p in s.persons]
            for c in s.corefs:
                if c[2][:1].isupper() and c[2].lower() not in an.lexicons.titles_lower:
                    golds.append(c[2])  # a short name: "Muksin"
                else:
                    antecedent = last_person_before(art, i)  # "ia", "Presiden"
                    if antecedent:
                        golds.append(antecedent)
            ok = False
            for a in predicted.get(i, []):
                if _speaker_matches(r, a, golds, s.roles):
                    ok = True
            sp_ok += ok
    out = {"scope": scope, "attributed_sentences": prf(tp, fp, fn),
           "speaker_match": {"accuracy": round(sp_ok / sp_total, 4) if sp_total else 0.0,
                             "matched": sp_ok, "total": sp_total}}
    return out


def last_person_before(art: PfsaArticle, i: int) -> str | None:
    for s in reversed(art.sentences[:i]):
        if s.persons:
            return s.persons[-1][2]
    return None


def _speaker_matches(r: ArticleAnalysis, a: Any, golds: list[str],
                     roles: list[tuple[int, int, str]]) -> bool:
    forms: list[str] = []
    if a.speaker_id is not None and a.speaker_id < len(r.actors):
        actor = r.actors[a.speaker_id]
        forms = [actor.name, *actor.aliases]
    elif a.speaker:
        forms = [a.speaker]
    if a.source:
        forms.append(a.source)
    pred = set().union(*(_name_tokens(f) for f in forms)) if forms else set()
    for g in golds:
        if pred & _name_tokens(g):
            return True
    if a.source_start is not None:
        for rs, re_, _t in roles:
            if rs < a.source_end and a.source_start < re_:
                return True
    return False


def actor_recall(path: str | Path, analyzer: Analyzer | None = None,
                 *, limit: int | None = None) -> dict[str, Any]:
    """Share of gold PERSON speakers found as person actors (a mention overlapping the name)."""
    an = analyzer or Analyzer()
    found = total = 0
    missed: Counter[str] = Counter()
    for art in read_pfsa(path):
        if limit is not None and art.index >= limit:
            break
        r = an.analyze(art.text)
        spans = [(m.start, m.end) for a in r.actors if a.type == "person" for m in a.mentions
                 if m.kind not in ("pronoun", "group")]
        names: dict[str, bool] = {}
        for s in art.sentences:
            for ps, pe, name in s.persons:
                hit = any(ms < pe and ps < me for ms, me in spans)
                names[name] = names.get(name, False) or hit
        total += len(names)
        found += sum(names.values())
        for n, ok in names.items():
            if not ok:
                missed[n] += 1
    return {"recall": round(found / total, 4) if total else 0.0, "found": found,
            "total": total, "missed_examples": [n for n, _ in missed.most_common(15)]}


SOURCE_LABELS = ("named", "unnamed", "unattributed", "none")


def predict_source_type(r: ArticleAnalysis) -> str:
    """The source type of an item: its first attribution's, or ``none``."""
    if not r.attributions:
        return "none"
    return r.attributions[0].source_type


def evaluate_sources(path: str | Path, analyzer: Analyzer | None = None,
                     *, split: str | None = None) -> dict[str, Any]:
    """Per-type precision, recall and F1 on a JSON Lines gold of labelled sentences."""
    an = analyzer or Analyzer()
    gold: list[str] = []
    pred: list[str] = []
    errors: list[dict[str, str]] = []
    for lineno, item in _gold_lines(path, split):
        label = item.get("source_type")
        if label not in SOURCE_LABELS:
            raise ValueError(f"{path}:{lineno}: source_type must be one of "
                             f"{', '.join(SOURCE_LABELS)}")
        p = predict_source_type(an.analyze(item["text"]))
        gold.append(label)
        pred.append(p)
        if p != label:
            errors.append({"id": str(item.get("id")), "gold": label, "pred": p,
                           "text": item["text"]})
    rep = classification_report(gold, pred, SOURCE_LABELS)
    nu = [(g, p) for g, p in zip(gold, pred, strict=True) if g in ("named", "unnamed")]
    return {"n": rep["n"], "accuracy": rep["accuracy"], "per_type": rep["per_class"],
            "named_vs_unnamed_accuracy": round(sum(g == p for g, p in nu) / len(nu), 4)
            if nu else 0.0, "errors": errors}


LABELS3 = ("negative", "neutral", "positive")


def classification_report(gold: Sequence[str], pred: Sequence[str],
                          labels: tuple[str, ...] = LABELS3) -> dict[str, Any]:
    """Accuracy, per-class precision/recall/F1, macro-F1 and a confusion matrix (gold x pred)."""
    per = {}
    for lab in labels:
        tp = sum(g == p == lab for g, p in zip(gold, pred, strict=True))
        fp = sum(p == lab and g != lab for g, p in zip(gold, pred, strict=True))
        fn = sum(g == lab and p != lab for g, p in zip(gold, pred, strict=True))
        per[lab] = prf(tp, fp, fn)
    acc = sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold) if gold else 0.0
    macro = sum(per[lab]["f1"] for lab in labels) / len(labels)
    matrix = [[sum(g == a and p == b for g, p in zip(gold, pred, strict=True)) for b in labels]
              for a in labels]
    return {"n": len(gold), "accuracy": round(acc, 4), "macro_f1": round(macro, 4),
            "per_class": per, "labels": list(labels), "confusion": matrix}


def read_labelled(path: str | Path) -> list[tuple[str, str]]:
    """Rows of (text, label) from a CSV or TSV file, with or without a header row.

    A header naming ``text`` and ``label`` columns is used when present; otherwise the first
    column is the text and the last the label.
    """
    import csv

    p = Path(path)
    delim = "\t" if p.suffix.lower() in (".tsv", ".tab") else ","
    rows: list[tuple[str, str]] = []
    with open(p, encoding="utf-8-sig", newline="") as fh:
        reader = csv.reader(fh, delimiter=delim)
        first = next(reader, None)
        if first is None:
            return rows
        lower = [c.strip().lower() for c in first]
        if "text" in lower and "label" in lower:
            ti, li = lower.index("text"), lower.index("label")
        else:
            ti, li = 0, len(first) - 1
            rows.append((first[ti], first[li].strip().lower()))
        for n, row in enumerate(reader, start=2):
            if not row:
                continue
            if len(row) <= max(ti, li):
                raise ValueError(f"{p}:{n}: expected at least {max(ti, li) + 1} columns")
            rows.append((row[ti], row[li].strip().lower()))
    return rows


def evaluate_sentiment(path: str | Path, analyzer: Analyzer | None = None) -> dict[str, Any]:
    """Sentence sentiment with the lexicon alone: the tone label of each text against its label."""
    an = analyzer or Analyzer()
    rows = read_labelled(path)
    bad = sorted({lab for _, lab in rows} - set(LABELS3))
    if bad:
        raise ValueError(f"{path}: labels must be positive, neutral or negative (found {bad})")
    gold = [lab for _, lab in rows]
    pred = [an.analyze(text).tone.label for text, _ in rows]
    return classification_report(gold, pred)


def _norm_name(s: str) -> set[str]:
    return {t for t in _name_tokens(s) if t not in {"pt", "tbk", "the"}}


# the least share of name tokens (Jaccard) a predicted actor must have with a gold name to match
MATCH_MIN = 0.3


def match_actor(r: ArticleAnalysis, name: str) -> Any:
    """The predicted actor for a gold actor name: most shared name tokens (canonical or alias).

    A gold group described by its head noun and a modifier ("pasien positif Covid-19") also
    matches the predicted group named by that head noun alone ("pasien") when nothing shares
    more: Indonesian puts the head first, and the analyser names a group by its groups.tsv noun,
    so the modifier narrows the gold description without naming another actor. Only lower-case
    group names qualify: a person's or a body's name must share tokens as before ("Budi Santoso"
    is no match for "Budi Hartono").
    """
    want = _norm_name(name)
    if not want:
        # a name of initials only ("W", "S"): the same initials, exactly
        key = name.strip().casefold()
        return next((a for a in r.actors
                     if key in {f.strip().casefold() for f in (a.name, *a.aliases)}), None)
    best, best_score = None, 0.0
    for a in r.actors:
        for form in (a.name, *a.aliases):
            have = _norm_name(form)
            if not have or not want:
                continue
            score = len(want & have) / len(want | have)
            if score > best_score:
                best, best_score = a, score
    if best_score < MATCH_MIN and name[:1].islower():
        words = " ".join(name.casefold().split())
        head = next((a for a in r.actors if a.type == "group" and a.name[:1].islower()
                     and words.startswith(a.name.casefold() + " ")), None)
        if head is not None:
            best, best_score = head, MATCH_MIN
    return best if best_score >= MATCH_MIN else None


def _gold_lines(path: str | Path, split: str | None) -> Iterator[tuple[int, dict[str, Any]]]:
    """``(line number, record)`` for each record of a JSON Lines gold file (of ``split``)."""
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                d = json.loads(line)
            except json.JSONDecodeError as e:
                raise ValueError(f"{path}:{lineno}: malformed JSON: {e.msg}") from None
            if split and d.get("split") != split:
                continue
            yield lineno, d


def _gold_records(path: str | Path, split: str | None) -> list[dict[str, Any]]:
    return [d for _, d in _gold_lines(path, split)]


def _gold_text(d: dict[str, Any], corpus: str | Path | None) -> str:
    if "text" in d:
        return str(d["text"])
    if corpus is None or "sentences" not in d:
        raise ValueError(f"gold record {d.get('article')} has no text; pass the corpus file")
    first, end = d["sentences"]
    return pfsa_article(corpus, first, end, d.get("article", -1)).text


def evaluate_portrayal(path: str | Path, analyzer: Analyzer | None = None, *,
                       corpus: str | Path | None = None, split: str | None = None
                       ) -> dict[str, Any]:
    """Portrayal labels of the gold's main actors against the analyser's.

    Each gold record names an article (``text``, or ``sentences`` [first, end) of ``corpus``) and
    its main actors with a label. A gold actor is matched to the predicted actor sharing most name
    tokens; an actor the analyser did not find is predicted ``neutral`` (no evidence), and the
    share found is reported as ``coverage``.
    """
    an = analyzer or Analyzer()
    gold: list[str] = []
    pred: list[str] = []
    found = 0
    details = []
    for d in _gold_records(path, split):
        r = an.analyze(_gold_text(d, corpus))
        for actor in d["actors"]:
            a = match_actor(r, actor["name"])
            found += a is not None
            p = a.portrayal.label if a is not None else "neutral"
            gold.append(actor["portrayal"])
            pred.append(p)
            details.append({"article": d.get("article"), "actor": actor["name"],
                            "gold": actor["portrayal"], "pred": p,
                            "matched": a.name if a is not None else None,
                            "score": a.portrayal.score if a is not None else None})
    rep = classification_report(gold, pred)
    rep["coverage"] = round(found / len(gold), 4) if gold else 0.0
    rep["details"] = details
    return rep


def evaluate_frames(path: str | Path, analyzer: Analyzer | None = None, *,
                    corpus: str | Path | None = None, split: str | None = None
                    ) -> dict[str, Any]:
    """Frame presence against the gold: per-frame P/R/F1 and micro-F1 over the five frames."""
    from .lexicons import FRAMES

    an = analyzer or Analyzer()
    counts = {f: [0, 0, 0] for f in FRAMES}  # tp, fp, fn
    n = 0
    for d in _gold_records(path, split):
        r = an.analyze(_gold_text(d, corpus))
        present = {f.frame for f in r.frames if f.present}
        n += 1
        for f in FRAMES:
            g = bool(d["frames"].get(f))
            p = f in present
            counts[f][0] += g and p
            counts[f][1] += p and not g
            counts[f][2] += g and not p
    per = {f: prf(*c) for f, c in counts.items()}
    tp, fp, fn = (sum(c[i] for c in counts.values()) for i in range(3))
    micro = prf(tp, fp, fn)
    return {"n": n, "micro": micro, "per_frame": per,
            "macro_f1": round(sum(m["f1"] for m in per.values()) / len(per), 4)}


def pair_scores(gold: Sequence[int | str | None], pred: Sequence[int | None]
                ) -> dict[str, float | int]:
    """Pairwise precision/recall/F1 of a grouping: a pair of items is positive when both are in
    one group (``None`` or a negative id: in no group). Also the adjusted Rand index, with every
    ungrouped item a group of its own."""
    from sklearn.metrics import adjusted_rand_score

    def groups(labels: Sequence[Any]) -> dict[Any, list[int]]:
        out: dict[Any, list[int]] = {}
        for i, lab in enumerate(labels):
            if lab is not None and not (isinstance(lab, int) and lab < 0):
                out.setdefault(lab, []).append(i)
        return out

    def pairs(g: dict[Any, list[int]]) -> set[tuple[int, int]]:
        return {(a, b) for m in g.values() for k, a in enumerate(m) for b in m[k + 1:]}

    if len(gold) != len(pred):
        raise ValueError("gold and predicted labels differ in length")
    gp, pp = pairs(groups(gold)), pairs(groups(pred))
    tp = len(gp & pp)
    res: dict[str, float | int] = dict(prf(tp, len(pp) - tp, len(gp) - tp))

    def flat(labels: Sequence[Any]) -> list[str]:
        return [f"g{lab}" if lab is not None and not (isinstance(lab, int) and lab < 0)
                else f"s{i}" for i, lab in enumerate(labels)]

    res["ari"] = round(float(adjusted_rand_score(flat(gold), flat(pred))), 4)
    res["gold_pairs"], res["predicted_pairs"] = len(gp), len(pp)
    return res


def evaluate_stories(path: str | Path, *, corpus: str | Path | None = None,
                     similarity: float = 0.3) -> dict[str, Any]:
    """Story grouping (:func:`framing.compare.find_stories`) against a gold grouping.

    The gold has one record per article: its ``sentences`` [first, end) in ``corpus`` (or its
    ``text``) and its ``story`` (a label shared by the articles of one story, or null). PFSA-ID
    has no dates, so every article gets the same one: this measures the text similarity and the
    clustering, not the date window.
    """
    from .compare import find_stories

    records = _gold_records(path, None)
    if not records:
        raise ValueError(f"{path}: no gold records")
    texts = [_gold_text(d, corpus) for d in records]
    import pandas as pd

    same_day = [pd.Timestamp("2020-01-01")] * len(texts)
    pred = find_stories(texts, same_day, window_days=0, similarity=similarity)
    gold = [d.get("story") for d in records]
    res: dict[str, Any] = {"n": len(records), "similarity": similarity,
                           "gold_stories": len({g for g in gold if g is not None}),
                           "predicted_stories": len({p for p in pred if p >= 0})}
    res.update(pair_scores(gold, pred))
    res["predicted"] = pred
    return res


def _name_key(s: str) -> str:
    """A name compared as its words: case, dots, commas and hyphens do not count."""
    return " ".join(re.findall(r"\w+", s.casefold()))


def _contains_words(outer: str, inner: str) -> bool:
    return bool(inner) and f" {inner} " in f" {outer} "


def evaluate_persons(path: str | Path, analyzer: Analyzer | None = None, *,
                     corpus: str | Path | None = None, split: str | None = None
                     ) -> dict[str, Any]:
    """Person discovery against a gold of every person each article names.

    Each gold record names an article (``text``, or ``sentences`` [first, end) of ``corpus``)
    and its ``persons``, each with the ``forms`` the article writes the name in. Every person
    actor the analyser reports is judged by the name it shows the user:

    - ``correct``: the name is one of a gold person's forms (for a gazetteer person, also a
      mention that ends in a gold form of two or more words: the gazetteer may spell the name
      its own way), and no earlier actor took that person;
    - ``duplicate``: a gold person's form, but another actor already took that person (one
      person split in two);
    - ``boundary``: holds a gold form with extra words ("Direktur PT X Budi Santoso") or lies
      inside one ("Santoso" where the gold has only "Budi Santoso");
    - ``spurious``: shares no name with any gold person (a capitalised non-name, an
      organisation or a place taken for a person).

    Precision is correct / reported; recall is the share of gold persons with a correct actor.
    The lenient figures also count a boundary actor as finding its person.
    """
    def claims(a: Any) -> tuple[list[str], list[str]]:
        said = []
        if a.gazetteer:
            # a known person shown by the gazetteer's spelling ("Said Aqil Siradj" for an
            # article's "Said Aqil Siroj"): right when the article writes a full name of the
            # person (two or more words) at the end of one of the actor's mentions
            said = [_name_key(m.text) for m in a.mentions if m.kind != "pronoun"]
        return [_name_key(a.name)], said

    return _score_listed(path, analyzer, corpus, split, "persons",
                         lambda a: a.type == "person", claims)


# gazetteer categories of places: their actors are places that act as governments ("Bogor"),
# which the body gold leaves out (a place is not a body); they are not scored
_PLACE_CATEGORIES = frozenset({"province", "regency", "city"})


def evaluate_bodies(path: str | Path, analyzer: Analyzer | None = None, *,
                    corpus: str | Path | None = None, split: str | None = None
                    ) -> dict[str, Any]:
    """Discovery of organisations, government bodies and countries against a gold of every body
    each article names (``bodies``, each with its ``forms`` and ``type``).

    Every government, organisation or country actor is judged as :func:`evaluate_persons` judges
    persons, except that a body is known by many names (the gazetteer's full name, the article's
    acronym): the actor is right when its name or any of its mentions is one of a gold body's
    forms. Places acting as governments (gazetteer cities, regencies, provinces) are not scored.
    Also reported: ``type_accuracy``, the share of correct actors whose type is the gold's.
    """
    def claims(a: Any) -> tuple[list[str], list[str]]:
        names = [_name_key(a.name), *(_name_key(x) for x in a.aliases)]
        names += [_name_key(m.text) for m in a.mentions if m.kind not in ("pronoun", "group")]
        return names, []

    def scored(a: Any) -> bool:
        return (a.type in ("government", "organisation", "country")
                and a.category not in _PLACE_CATEGORIES and not a.name[:1].islower())

    return _score_listed(path, analyzer, corpus, split, "bodies", scored, claims,
                         also=lambda a: a.category in _PLACE_CATEGORIES)


def _spelled(item: dict[str, Any], corpus: str | Path | None, path: str | Path, lineno: int
             ) -> dict[str, Any]:
    """A gold item with its ``name`` and ``forms`` as text. Our body gold stores them as token
    spans into the corpus, ``[sentence, first token, end token]`` (``name_at``, ``forms_at``):
    long names of bodies are runs of the corpus's words, which the project does not copy."""
    if "name_at" not in item:
        return item
    if corpus is None:
        raise ValueError(f"{path}:{lineno}: names given as corpus spans; pass the corpus file")
    sentences = _read_sentences_cached(str(corpus))

    def spell(span: list[int]) -> str:
        s, a, b = span
        return " ".join(tok for tok, _ in sentences[s][a:b])

    return {**item, "name": spell(item["name_at"]),
            "forms": [spell(x) for x in item.get("forms_at", ())]}


def _score_listed(path: str | Path, analyzer: Analyzer | None, corpus: str | Path | None,
                  split: str | None, field: str, scored: Any, claims: Any,
                  also: Any = None) -> dict[str, Any]:
    """The scorer behind :func:`evaluate_persons` and :func:`evaluate_bodies`.

    ``claims(actor)`` gives the actor's names that must equal a gold form, and the names that
    may end in a gold form of two or more words. An actor that ``scored`` leaves out but
    ``also`` admits counts only when it matches a gold item: a place the analyser merges with
    its government ("Pemerintah Kota Contoh" as a mention of the city) finds the gold body
    without being scored as a body wherever else the place is named.
    """
    an = analyzer or Analyzer()
    counts: Counter[str] = Counter()
    n_gold = found = found_lenient = typed = 0
    n_articles = 0
    details: list[dict[str, Any]] = []
    for lineno, d in _gold_lines(path, split):
        items = d.get(field)
        if not isinstance(items, list):
            raise ValueError(f"{path}:{lineno}: the record has no '{field}' list")
        n_articles += 1
        r = an.analyze(_gold_text(d, corpus))
        items = [_spelled(p, corpus, path, lineno) for p in items]
        golds = [{_name_key(f) for f in (p["name"], *p.get("forms", ()))} - {""} for p in items]
        n_gold += len(golds)
        taken: set[int] = set()
        lenient: set[int] = set()
        for a in r.actors:
            optional = also is not None and also(a)
            if not (scored(a) or optional):
                continue
            exact, ending = claims(a)
            hit = next((i for i, forms in enumerate(golds) if any(k in forms for k in exact)),
                       None)
            if optional and not scored(a) and (hit is None or hit in taken):
                continue
            if hit is None and ending:
                hit = next((i for i, forms in enumerate(golds)
                            if any(len(f.split()) >= 2 and (m == f or m.endswith(" " + f))
                                   for f in forms for m in ending)), None)
            if hit is not None:
                verdict = "duplicate" if hit in taken else "correct"
                if verdict == "correct":
                    typed += items[hit].get("type", a.type) == a.type
                taken.add(hit)
            else:
                key = exact[0]
                near = [i for i, forms in enumerate(golds)
                        if any(_contains_words(key, f) or _contains_words(f, key) for f in forms)]
                verdict = "boundary" if near else "spurious"
                lenient.update(near)
            counts[verdict] += 1
            details.append({"article": d.get("article"), "actor": a.name, "type": a.type,
                            "verdict": verdict})
        found += len(taken)
        found_lenient += len(taken | lenient)
        for i, p in enumerate(items):
            if i not in taken:
                details.append({"article": d.get("article"), "actor": p["name"],
                                "type": p.get("type"),
                                "verdict": "missed" if i not in lenient else "missed_boundary"})
    reported = sum(counts.values())
    return {
        "articles": n_articles, "gold": n_gold, "reported": reported,
        "counts": {k: counts.get(k, 0) for k in ("correct", "duplicate", "boundary", "spurious")},
        "precision": round(counts["correct"] / reported, 4) if reported else 0.0,
        "recall": round(found / n_gold, 4) if n_gold else 0.0,
        "precision_lenient": round((counts["correct"] + counts["boundary"]) / reported, 4)
        if reported else 0.0,
        "recall_lenient": round(found_lenient / n_gold, 4) if n_gold else 0.0,
        "type_accuracy": round(typed / counts["correct"], 4) if counts["correct"] else 0.0,
        "details": details,
    }
