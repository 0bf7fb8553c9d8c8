#!/usr/bin/env python3
"""Inter-annotator agreement for the portrayal-and-frames gold set (GUIDELINE.md, section 7.3).

Usage:
    python agreement.py                       # plain-text report on stdout
    python agreement.py --json figures.json   # also write all figures as JSON
    python agreement.py --a FILE --b FILE     # other annotator files

Reads ``annotator_A.jsonl`` and ``annotator_B.jsonl`` (this folder by default) and reports, for
all articles and separately for the ``dev`` and ``test`` parts (index/4 even -> dev, odd -> test):

* actor selection: actors are matched across annotators by normalised name (case-folded,
  titles/ranks/honorifics and bracketed parts stripped, whitespace collapsed); matched, A-only and
  B-only counts, plus F1 = 2 * matched / (n_A + n_B);
* portrayal: Cohen's kappa and raw agreement over the matched actors; raw agreement on ``hedged``
  for actors both annotators labelled negative;
* frames: Cohen's kappa and raw agreement for the presence of each of the five frames (one item per
  article), and pooled over the five frames (five items per article);
* dominant frame: Cohen's kappa and raw agreement (``null`` counts as the category ``none``).

Kappa is ``None`` (printed ``n/a``) when it is undefined, i.e. when both annotators use one and the
same category for every item (expected agreement 1). Every figure is reported with its item count.

Only the standard library and scikit-learn's ``cohen_kappa_score`` are used. The script does not
read the articles and does not import ``framing``.
"""
from __future__ import annotations

import argparse
import json
import math
import re
import sys
import unicodedata
import warnings
from pathlib import Path

from sklearn.metrics import cohen_kappa_score

HERE = Path(__file__).resolve().parent
FRAMES = ("conflict", "human_interest", "economic", "morality", "responsibility")
PORTRAYALS = ("positive", "neutral", "negative")
SPLITS = ("all", "dev", "test")

# Titles, offices, ranks, degrees and honorifics removed from the start of a name (GUIDELINE 3).
# Multi-word titles are listed as tuples of tokens and are tried longest first.
_TITLES = [
    "presiden", "wakil presiden", "wapres", "menteri", "wakil menteri", "gubernur",
    "wakil gubernur",
    "bupati", "wakil bupati", "wali kota", "walikota", "wakil wali kota", "camat", "lurah", "kades",
    "kepala desa", "ketua", "kapolri", "kapolda", "kapolres", "kapolsek",
    "jenderal", "letjen", "mayjen", "brigjen", "irjen", "komjen", "kombes", "kompol", "akbp", "akp",
    "iptu", "ipda", "aiptu", "aipda", "bripka", "brigadir", "kolonel", "letkol", "mayor", "kapten",
    "prof", "prof.", "dr", "dr.", "drs", "drs.", "ir", "ir.", "h", "h.", "hj", "hj.", "kh", "k.h.",
    "ustaz", "ustad", "ustadz", "habib", "kiai", "kyai", "romo", "pendeta", "pastor",
    "bapak", "ibu", "pak", "bu", "cak", "ning", "mas", "mbak", "bang", "sdr", "sdr.", "ny", "ny.",
    "nyonya", "tuan", "tn", "tn.",
]
_TITLE_TOKENS = sorted((tuple(t.split()) for t in _TITLES), key=len, reverse=True)
# Academic degrees written after a comma ("Budi Santoso, SH, MSi").
_DEGREE_TAIL = re.compile(r",\s*(?:[A-Za-z]{1,4}\.?\s*){1,4}(?:,\s*(?:[A-Za-z]{1,4}\.?\s*){1,4})*$")


def split_of(index: int) -> str:
    """``dev`` when index/4 is even, ``test`` when it is odd (GUIDELINE section 2); articles of
    the second batch (index ≡ 2 mod 4, ``batch2/``) are all ``heldout2``, and those of the third
    (index ≡ 3 mod 4, ``batch3/``) all ``heldout3``, and those of the fourth (index ≡ 1 mod 4,
    ``batch4/``) all ``heldout4``."""
    if index % 4 == 2:
        return "heldout2"
    if index % 4 == 3:
        return "heldout3"
    if index % 4 == 1:
        return "heldout4"
    return "dev" if (index // 4) % 2 == 0 else "test"


def normalise_name(name: str) -> str:
    """Matching key for an actor name: case-folded, titles and bracketed parts stripped."""
    text = unicodedata.normalize("NFKC", name)
    text = _DEGREE_TAIL.sub("", text)
    text = re.sub(r"\([^)]*\)", " ", text)             # "(45)", "(KPK)"
    text = re.sub(r"\s*[-–—]\s*", "-", text)            # "A - B" -> "A-B" (candidate pairs)
    text = text.casefold()
    text = re.sub(r"[“”\"'’‘,]", " ", text)
    tokens = text.split()
    changed = True
    while changed and tokens:
        changed = False
        for title in _TITLE_TOKENS:
            if len(tokens) > len(title) and tuple(tokens[: len(title)]) == title:
                tokens = tokens[len(title):]
                changed = True
                break
    return " ".join(tokens)


def load_records(path: Path | str) -> dict[int, dict]:
    """Read a JSONL annotation file into {article index: record}."""
    records = {}
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            record = json.loads(line)
            index = record["article"]
            if index in records:
                raise ValueError(f"{path}:{number}: article {index} appears twice")
            records[index] = record
    return records


def kappa(labels_a: list, labels_b: list) -> float | None:
    """Cohen's kappa, or None when undefined (no items, or a single shared category)."""
    if not labels_a:
        return None
    if len(set(labels_a) | set(labels_b)) < 2:
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        value = float(cohen_kappa_score(labels_a, labels_b))
    return None if math.isnan(value) else value


def raw_agreement(labels_a: list, labels_b: list) -> float | None:
    if not labels_a:
        return None
    return sum(x == y for x, y in zip(labels_a, labels_b, strict=True)) / len(labels_a)


def pair_figures(labels_a: list, labels_b: list) -> dict:
    return {
        "n": len(labels_a),
        "kappa": kappa(labels_a, labels_b),
        "agreement": raw_agreement(labels_a, labels_b),
    }


def match_actors(
    actors_a: list[dict], actors_b: list[dict]
) -> tuple[list[tuple[dict, dict]], list[dict], list[dict]]:
    """Pair actors with equal normalised names; return (pairs, A-only, B-only)."""
    by_key_b: dict[str, dict] = {}
    for actor in actors_b:
        by_key_b.setdefault(normalise_name(actor["name"]), actor)
    pairs, only_a, used = [], [], set()
    for actor in actors_a:
        key = normalise_name(actor["name"])
        if key in by_key_b and key not in used:
            pairs.append((actor, by_key_b[key]))
            used.add(key)
        else:
            only_a.append(actor)
    only_b = [actor for actor in actors_b if normalise_name(actor["name"]) not in used]
    return pairs, only_a, only_b


def figures_for(records_a: dict[int, dict], records_b: dict[int, dict], indices: list[int]) -> dict:
    """All agreement figures over the given article indices."""
    matched = only_a = only_b = 0
    port_a, port_b, hedged_a, hedged_b = [], [], [], []
    frame_a = {f: [] for f in FRAMES}
    frame_b = {f: [] for f in FRAMES}
    dom_a, dom_b = [], []
    for index in indices:
        ra, rb = records_a[index], records_b[index]
        pairs, a_only, b_only = match_actors(ra["actors"], rb["actors"])
        matched += len(pairs)
        only_a += len(a_only)
        only_b += len(b_only)
        for x, y in pairs:
            port_a.append(x["portrayal"])
            port_b.append(y["portrayal"])
            if x["portrayal"] == y["portrayal"] == "negative":
                hedged_a.append(bool(x["hedged"]))
                hedged_b.append(bool(y["hedged"]))
        for frame in FRAMES:
            frame_a[frame].append(bool(ra["frames"][frame]))
            frame_b[frame].append(bool(rb["frames"][frame]))
        dom_a.append(ra["dominant_frame"] or "none")
        dom_b.append(rb["dominant_frame"] or "none")
    n_a, n_b = matched + only_a, matched + only_b
    pooled_a = [v for f in FRAMES for v in frame_a[f]]
    pooled_b = [v for f in FRAMES for v in frame_b[f]]
    return {
        "articles": len(indices),
        "actors": {
            "n_A": n_a, "n_B": n_b, "matched": matched, "A_only": only_a, "B_only": only_b,
            "f1": (2 * matched / (n_a + n_b)) if (n_a + n_b) else None,
        },
        "portrayal": pair_figures(port_a, port_b),
        "portrayal_confusion": {
            a: {
                b: sum(1 for x, y in zip(port_a, port_b, strict=True) if x == a and y == b)
                for b in PORTRAYALS
            }
            for a in PORTRAYALS
        },
        "hedged_on_both_negative": {
            "n": len(hedged_a), "agreement": raw_agreement(hedged_a, hedged_b)
        },
        "frames": {
            frame: dict(pair_figures(frame_a[frame], frame_b[frame]),
                        present_A=sum(frame_a[frame]), present_B=sum(frame_b[frame]))
            for frame in FRAMES
        },
        "frames_pooled": pair_figures(pooled_a, pooled_b),
        "dominant_frame": pair_figures(dom_a, dom_b),
    }


def compute(records_a: dict[int, dict], records_b: dict[int, dict]) -> dict:
    """Figures for all / dev / test. Both files must cover the same articles."""
    if set(records_a) != set(records_b):
        missing = sorted(set(records_a) ^ set(records_b))
        raise ValueError(f"annotator files cover different articles: {missing}")
    indices = sorted(records_a)
    parts: dict[str, list[int]] = {"all": indices}
    for i in indices:
        parts.setdefault(split_of(i), []).append(i)
    return {name: figures_for(records_a, records_b, parts[name]) for name in SPLITS
            if name in parts}


def _num(value: float | None, digits: int = 3) -> str:
    return "n/a" if value is None else f"{value:.{digits}f}"


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{100 * value:.1f}%"


def format_report(
    figures: dict, source_a: str = "annotator_A.jsonl", source_b: str = "annotator_B.jsonl"
) -> str:
    lines = [
        "Inter-annotator agreement, portrayal-and-frames gold set (pre-adjudication)",
        f"A = {source_a}, B = {source_b}",
        "Actors matched by normalised name (case-folded, titles and brackets stripped).",
        "kappa = Cohen's kappa; agr = raw agreement; n = items; n/a = undefined (single category).",
        "",
    ]
    for name in SPLITS:
        if name not in figures:
            continue
        f = figures[name]
        act = f["actors"]
        lines.append(f"== {name} ({f['articles']} articles) ==")
        lines.append(
            f"actors: A {act['n_A']}, B {act['n_B']}; matched {act['matched']}, "
            f"A-only {act['A_only']}, B-only {act['B_only']}; F1 {_num(act['f1'])}"
        )
        p = f["portrayal"]
        lines.append(
            f"portrayal (matched actors): kappa {_num(p['kappa'])}, "
            f"agr {_pct(p['agreement'])}, n {p['n']}"
        )
        conf = f["portrayal_confusion"]
        lines.append(
            "  confusion (rows A, cols B: pos/neu/neg): "
            + "; ".join(
                f"{a[:3]} " + "/".join(str(conf[a][b]) for b in PORTRAYALS) for a in PORTRAYALS
            )
        )
        h = f["hedged_on_both_negative"]
        lines.append(f"hedged (both negative): agr {_pct(h['agreement'])}, n {h['n']}")
        lines.append("frame presence:")
        for frame in FRAMES:
            fr = f["frames"][frame]
            lines.append(
                f"  {frame:<15} kappa {_num(fr['kappa']):>6}, "
                f"agr {_pct(fr['agreement']):>6}, n {fr['n']}"
                f"  (present: A {fr['present_A']}, B {fr['present_B']})"
                + (
                    "  [kappa < 0.40: unreliable]"
                    if fr["kappa"] is not None and fr["kappa"] < 0.40
                    else ""
                )
            )
        pooled = f["frames_pooled"]
        lines.append(
            f"  {'pooled (5)':<15} kappa {_num(pooled['kappa']):>6}, "
            f"agr {_pct(pooled['agreement']):>6}, n {pooled['n']}"
        )
        d = f["dominant_frame"]
        lines.append(
            f"dominant frame: kappa {_num(d['kappa'])}, agr {_pct(d['agreement'])}, n {d['n']}"
        )
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--a", type=Path, default=HERE / "annotator_A.jsonl", help="annotator A file"
    )
    parser.add_argument(
        "--b", type=Path, default=HERE / "annotator_B.jsonl", help="annotator B file"
    )
    parser.add_argument(
        "--json", type=Path, metavar="PATH", help="also write the figures as JSON to PATH"
    )
    args = parser.parse_args(argv)
    records_a, records_b = load_records(args.a), load_records(args.b)
    figures = compute(records_a, records_b)
    print(format_report(figures, args.a.name, args.b.name))
    if args.json:
        args.json.write_text(
            json.dumps(figures, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
