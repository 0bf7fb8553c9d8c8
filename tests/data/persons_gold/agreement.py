#!/usr/bin/env python3
"""Agreement between two annotators of listed names (persons, or bodies), and the gold file.

Usage:
    python agreement.py A.jsonl B.jsonl --split dev [--adjudicated ADJ.jsonl --out gold.jsonl]
    python agreement.py A.jsonl B.jsonl --split dev --items bodies    # ../bodies_gold

Two annotators' items for one article are paired when their name forms share a form (case,
dots and hyphens aside). For bodies the share of pairs given the same type is reported too. \
Agreement is the F1 of one annotator's persons against the other's
(2 x paired / (persons of A + persons of B)), the measure for a list of items without a fixed
set of units, where Cohen's kappa has no "no" cell to count. Also reported: the share of paired
persons whose full ``name`` agrees exactly.

The gold keeps every paired person (the union of both annotators' forms, unless ADJ.jsonl gives
the forms) and, for a person only one annotator listed, the adjudicator's decision from ADJ.jsonl
(one line per decision: ``{"article": N, "name": "...", "keep": true|false, "forms": [...],
"why": "..."}``, or ``name_at`` for ``name``). Names may be given as token spans into the corpus
(``name_at``, ``forms_at``: see ``resolve``); the bodies gold stores them so. Without
ADJ.jsonl it prints the unpaired persons that need a decision. Standard library only.
"""
from __future__ import annotations

import argparse
import functools
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "portrayal_gold"))  # the one article viewer of the gold sets
import show_article  # noqa: E402


def key(s: str) -> str:
    return " ".join(re.findall(r"\w+", s.casefold()))


def forms(p: dict) -> set[str]:
    return {key(f) for f in (p["name"], *p.get("forms", ()))} - {""}


# Names may be stored as token spans into the corpus, [sentence, first token, end token], instead
# of their text ("name_at", "forms_at"): long names of bodies are runs of the corpus's words,
# which the project does not copy. They are read back here, and the gold is written the same way.
_SPAN_OF: dict[tuple[int, str], list[int]] = {}


@functools.cache
def corpus_sentences() -> list:
    """The corpus's sentences, read once (spans and article ranges both need them)."""
    return show_article.read_sentences(show_article.DEFAULT_PATH)


def span_text(span: list[int]) -> str:
    s, a, b = span
    return " ".join(t for t, _ in corpus_sentences()[s][a:b])


def resolve(item: dict, k: int) -> dict:
    """Give an item stored as spans its ``name`` and ``forms`` as text (remembering the spans)."""
    if "name_at" in item:
        item["name"] = span_text(item["name_at"])
        _SPAN_OF[(k, key(item["name"]))] = item["name_at"]
    if "forms_at" in item:
        item["forms"] = [span_text(x) for x in item["forms_at"]]
        for f, x in zip(item["forms"], item["forms_at"], strict=True):
            _SPAN_OF[(k, key(f))] = x
    return item


def as_stored(item: dict, k: int) -> dict:
    """An item to write: spans instead of text when the annotations came as spans."""
    if not _SPAN_OF:
        return item
    out = {"name_at": _SPAN_OF[(k, key(item["name"]))],
           "forms_at": [_SPAN_OF[(k, key(f))] for f in item["forms"]]}
    out.update({x: v for x, v in item.items() if x not in ("name", "forms")})
    return out


def read(path: Path) -> dict[int, dict]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            k = int(d["article"])
            for field in ("persons", "bodies"):
                for item in d.get(field, ()):
                    resolve(item, k)
            out[k] = d
    return out


def pair(pa: list[dict], pb: list[dict]) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    pairs, used = [], set()
    for i, p in enumerate(pa):
        j = next((j for j, q in enumerate(pb) if j not in used and forms(p) & forms(q)), None)
        if j is not None:
            pairs.append((i, j))
            used.add(j)
    lone_a = [i for i in range(len(pa)) if i not in {i for i, _ in pairs}]
    lone_b = [j for j in range(len(pb)) if j not in used]
    return pairs, lone_a, lone_b


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("a", type=Path)
    ap.add_argument("b", type=Path)
    ap.add_argument("--split", required=True)
    ap.add_argument("--adjudicated", type=Path)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--items", choices=("persons", "bodies"), default="persons")
    args = ap.parse_args(argv)
    field = args.items
    A, B = read(args.a), read(args.b)
    arts = sorted(set(A) & set(B))
    ranges = show_article.segment(corpus_sentences(), overrides=show_article.START_OVERRIDES)
    adj: dict[tuple[int, str], dict] = {}
    if args.adjudicated:
        for d in read_lines(args.adjudicated):
            adj[(int(d["article"]), key(d["name"]))] = d
    n_a = n_b = n_pair = same_name = same_forms = same_type = 0
    gold_lines, pending = [], []
    for k in arts:
        pa, pb = A[k][field], B[k][field]
        pairs, lone_a, lone_b = pair(pa, pb)
        n_a, n_b, n_pair = n_a + len(pa), n_b + len(pb), n_pair + len(pairs)
        same_name += sum(key(pa[i]["name"]) == key(pb[j]["name"]) for i, j in pairs)
        same_forms += sum(forms(pa[i]) == forms(pb[j]) for i, j in pairs)
        same_type += sum(pa[i].get("type") == pb[j].get("type") for i, j in pairs)
        persons = []
        for i, j in pairs:
            name = max((pa[i]["name"], pb[j]["name"]), key=lambda s: (len(s.split()), len(s)))
            fs = sorted({*pa[i].get("forms", ()), *pb[j].get("forms", ()), pa[i]["name"],
                         pb[j]["name"]})
            d = adj.get((k, key(pa[i]["name"]))) or adj.get((k, key(pb[j]["name"])))
            if d is not None and d.get("forms"):
                # the adjudicator's name and forms where the two annotators differ
                name, fs = d["name"], sorted(d["forms"])
            # (an adjudication may also give only the type, where the two typed a body apart)
            item = {"name": name, "forms": fs, "evidence": pa[i].get("evidence", "")}
            if "type" in pa[i]:
                item["type"] = (d or {}).get("type") or pa[i]["type"]
                if pa[i]["type"] != pb[j].get("type") and not (d or {}).get("type"):
                    pending.append(f"article {k}: {name} typed {pa[i]['type']} by A, "
                                   f"{pb[j].get('type')} by B")
            persons.append(as_stored(item, k))
        for who, lone, src in (("A", lone_a, pa), ("B", lone_b, pb)):
            for i in lone:
                p = src[i]
                d = adj.get((k, key(p["name"])))
                if d is None:
                    pending.append(f"article {k}: only {who} lists {p['name']} "
                                   f"({', '.join(p.get('forms', []))}; {p.get('evidence', '')})")
                elif d["keep"]:
                    item = {"name": p["name"], "forms": d.get("forms") or p.get("forms", []),
                            "evidence": p.get("evidence", "")}
                    if "type" in p:
                        item["type"] = d.get("type") or p["type"]
                    persons.append(as_stored(item, k))
        first, end = ranges[k]
        gold_lines.append({"article": k, "split": args.split, "annotator": "adjudicated",
                           "sentences": [first, end], field: persons})
    f1 = 2 * n_pair / (n_a + n_b) if n_a + n_b else 0.0
    print(f"{len(arts)} articles; {field} A {n_a}, B {n_b}, paired {n_pair}; "
          f"agreement F1 {f1:.3f}; same full name in {same_name} and the same set of forms in "
          f"{same_forms} of {n_pair} pairs"
          + (f"; same type in {same_type} of {n_pair}" if field == "bodies" else ""))
    for line in pending:
        print(line)
    if args.out:
        if pending:
            print(f"{len(pending)} persons need an adjudication decision; {args.out} not written")
            return 1
        args.out.write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in gold_lines),
                            encoding="utf-8")
        print(f"wrote {args.out}: {sum(len(g[field]) for g in gold_lines)} {field}")
    return 0


def read_lines(path: Path) -> list[dict]:
    return [resolve(json.loads(line), -1) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


if __name__ == "__main__":
    sys.exit(main())
