"""Compare outlets (or months, or any column) with statistics that say whether a difference is real.

:func:`compare` reads a store (or the DataFrames of :func:`framing.load`) and returns a
:class:`Comparison` of tables:

- ``portrayal``: each actor's portrayal by group: mean score with a bootstrap 95% confidence
  interval (percentile method, Efron & Tibshirani 1993), share negative, n (articles);
- ``unnamed``: the share of attributions whose source is unnamed, with a Wilson (1927) interval;
- ``frames``: the share of articles in which each frame is present, with a Wilson interval;
- ``voice``: each speaker's share of the group's attributions, with a Wilson interval;
- ``tests``: one test of difference between groups per actor, frame and measure, with an effect
  size and the p-value corrected for the whole family by Benjamini & Hochberg (1995);
- ``stories`` / ``story_outlets`` / ``story_actors``: "same story, different framing": articles
  about the same event grouped across outlets (TF-IDF cosine similarity within a date window,
  average-linkage clustering) and the outlets compared within each story.

Which test for which measure, and why:

- portrayal scores: Kruskal-Wallis (default; effect size epsilon-squared, Tomczak & Tomczak
  2014) or a permutation test of the between-group sum of squares (effect size eta-squared). One
  value per actor per article, so the units are independent articles.
- frame presence: one yes/no per article: chi-square test of independence (Fisher's exact test
  when an expected count is below 5: exact for 2 groups, Monte Carlo for more); effect size
  Cramer's V.
- unnamed-source and voice shares: attributions cluster within articles (one article's quotes
  share a reporter and a story), so the chi-square statistic is kept but its p-value comes from
  permuting group labels across *articles*, which respects that clustering; effect size
  Cramer's V.

The minimum-n rule: a group with fewer than ``min_n`` articles for a measure is shown but left out
of its test and never ranked; a test needs two groups that pass. Groups are ranked (``rank``, 1 =
highest) only when the corrected test is significant at ``alpha``; every refusal is explained in
``notes``.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from statistics import NormalDist
from typing import Any, Literal

__all__ = ["compare", "Comparison", "wilson_interval", "bootstrap_ci", "benjamini_hochberg",
           "parse_dates", "group_column", "find_stories"]

# Default minimum articles per group before a group enters a test or a ranking. 30 is the usual
# floor at which a mean's sampling distribution is near enough normal for its interval to be
# trusted and at which a share's Wilson interval narrows below about +-0.18.
MIN_N = 30
N_BOOT = 2000  # bootstrap resamples: the percentile interval's ends settle to about 0.01
N_PERMUTATIONS = 1999  # permutation resamples: smallest p-value 1/2000 = 0.0005
TOP_ACTORS = 20  # actors compared when none are named: the most often covered
TOP_VOICES = 10  # speakers compared in the voice table


def _pd() -> Any:
    import pandas as pd

    return pd


def _np() -> Any:
    import numpy as np

    return np


# ---------------------------------------------------------------------------------------------
# Small statistics, each checked against scipy in tests/test_compare.py.


def wilson_interval(k: int, n: int, confidence: float = 0.95) -> tuple[float, float]:
    """The Wilson score interval for a proportion ``k / n`` (Wilson 1927; Newcombe 1998).

    Better than the normal ("Wald") interval near 0 and 1 and for small n. ``(nan, nan)`` for
    ``n == 0``.

    Example:
        >>> [round(x, 4) for x in wilson_interval(81, 263)]
        [0.2553, 0.3662]
    """
    if n <= 0:
        return (math.nan, math.nan)
    z = NormalDist().inv_cdf(0.5 + confidence / 2)
    p = k / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return (max(0.0, centre - half), min(1.0, centre + half))


def bootstrap_ci(values: Sequence[float], *, n_boot: int = N_BOOT, confidence: float = 0.95,
                 rng: Any = None) -> tuple[float, float]:
    """Percentile bootstrap interval of the mean (Efron & Tibshirani 1993, ch. 13).

    ``(nan, nan)`` for fewer than two values (one value says nothing of spread); values that
    are all equal give a zero-width interval.
    """
    np = _np()
    x = np.asarray(values, dtype=float)
    if x.size < 2:
        return (math.nan, math.nan)
    if np.all(x == x[0]):
        return (float(x[0]), float(x[0]))
    rng = rng if rng is not None else np.random.default_rng(0)
    means = np.empty(n_boot)
    # resample in blocks so that n_boot x n stays under ~4M numbers in memory
    step = max(1, 4_000_000 // x.size)
    for i in range(0, n_boot, step):
        m = min(step, n_boot - i)
        means[i:i + m] = x[rng.integers(0, x.size, size=(m, x.size))].mean(axis=1)
    lo, hi = np.quantile(means, [(1 - confidence) / 2, (1 + confidence) / 2])
    return (float(lo), float(hi))


def benjamini_hochberg(pvalues: Sequence[float]) -> list[float]:
    """Benjamini-Hochberg (1995) adjusted p-values; NaN stays NaN and is not counted.

    The same numbers as ``scipy.stats.false_discovery_control(p, method="bh")``.
    """
    idx = [i for i, p in enumerate(pvalues) if p == p]  # not NaN
    m = len(idx)
    out = [math.nan] * len(pvalues)
    if not m:
        return out
    order = sorted(idx, key=lambda i: pvalues[i])
    running = 1.0
    for rank in range(m, 0, -1):
        i = order[rank - 1]
        running = min(running, pvalues[i] * m / rank)
        out[i] = min(1.0, running)
    return out


# ---------------------------------------------------------------------------------------------
# Dates and groups.

_MONTHS_ID = {"januari": 1, "jan": 1, "februari": 2, "feb": 2, "pebruari": 2, "maret": 3,
              "mar": 3, "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7,
              "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "september": 9, "sep": 9, "sept": 9,
              "oktober": 10, "okt": 10, "november": 11, "nov": 11, "nopember": 11,
              "desember": 12, "des": 12}
_ID_DATE_RE = re.compile(r"(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})")


def parse_dates(values: Any) -> Any:
    """Dates as a pandas datetime Series (NaT where unparsable).

    Takes ISO dates and datetimes ("2024-03-01", "2024-03-01T08:30:00+07:00") and Indonesian
    ones ("Jumat, 1 Maret 2024 08:30 WIB", "1 Mar 2024"). Times and time zones are dropped: the
    calendar day as published is what a date window compares.
    """
    pd = _pd()
    s = pd.Series(values, dtype="object")
    out = []
    for v in s:
        d = None
        if isinstance(v, str) and v.strip():
            m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", v)
            if m:
                d = (int(m[1]), int(m[2]), int(m[3]))
            else:
                m = _ID_DATE_RE.search(v)
                if m and m[2].lower() in _MONTHS_ID:
                    d = (int(m[3]), _MONTHS_ID[m[2].lower()], int(m[1]))
                else:
                    t = pd.to_datetime(v, errors="coerce", dayfirst=True)
                    if t is not pd.NaT and t == t:
                        d = (t.year, t.month, t.day)
        try:
            out.append(pd.Timestamp(*d) if d else pd.NaT)
        except ValueError:
            out.append(pd.NaT)
    return pd.Series(pd.to_datetime(out), index=s.index)


def group_column(articles: Any, by: str) -> Any:
    """The group of each article: a column of ``articles``, or ``month``/``week``/``year``/``day``
    of its date. Missing values become None (the article is left out of the comparison)."""
    pd = _pd()
    if by in ("month", "week", "year", "day") and by not in articles.columns:
        d = parse_dates(articles["date"])
        fmt = {"month": "%Y-%m", "week": "%G-W%V", "year": "%Y", "day": "%Y-%m-%d"}[by]
        return pd.Series([x.strftime(fmt) if x is not pd.NaT and x == x else None for x in d],
                         index=articles.index, dtype="object")
    if by not in articles.columns:
        raise ValueError(f"cannot group by {by!r}: not a column of articles (columns: "
                         f"{', '.join(map(str, articles.columns))}; or month, week, year, day)")
    col = articles[by]
    return pd.Series([None if (v is None or v != v or str(v).strip() == "") else str(v)
                      for v in col], index=articles.index, dtype="object")


# ---------------------------------------------------------------------------------------------
# The result.


@dataclass(frozen=True, eq=False)
class Comparison:
    """Tables comparing groups; see the module docstring for what each holds."""

    by: str
    min_n: int
    alpha: float
    groups: Any
    portrayal: Any
    unnamed: Any
    frames: Any
    voice: Any
    tests: Any
    stories: Any = None
    story_outlets: Any = None
    story_actors: Any = None
    notes: tuple[str, ...] = field(default=())

    def tables(self) -> dict[str, Any]:
        """Every non-empty table by name."""
        names = ("groups", "portrayal", "unnamed", "frames", "voice", "tests", "stories",
                 "story_outlets", "story_actors")
        return {n: getattr(self, n) for n in names if getattr(self, n) is not None}

    def significant(self) -> Any:
        """The tests significant after correction."""
        t = self.tests
        return t[t["significant"].fillna(False).astype(bool)] if len(t) else t

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready values: each table as a list of row objects, plus the notes."""
        out: dict[str, Any] = {"by": self.by, "min_n": self.min_n, "alpha": self.alpha}
        for name, df in self.tables().items():
            out[name] = json.loads(df.to_json(orient="records", force_ascii=False))
        out["notes"] = list(self.notes)
        return out


# ---------------------------------------------------------------------------------------------
# Tests.


def _kruskal(samples: list[Any]) -> tuple[float, float, float, str]:
    from scipy import stats

    n = sum(len(s) for s in samples)
    pooled = _np().concatenate(samples)
    if _np().all(pooled == pooled[0]):
        return (math.nan, math.nan, math.nan, "all values are equal")
    h, p = stats.kruskal(*samples)
    eps2 = h * (n + 1) / (n * n - 1)  # epsilon-squared (Tomczak & Tomczak 2014, eq. 3)
    return (float(h), float(p), float(eps2), "")


def _permutation_ss(samples: list[Any], n_perm: int, rng: Any) -> tuple[float, float, float, str]:
    """Permutation test of the between-group sum of squares; effect size eta-squared."""
    np = _np()
    x = np.concatenate(samples)
    labels = np.repeat(np.arange(len(samples)), [len(s) for s in samples])
    sizes = np.bincount(labels).astype(float)
    sst = float(((x - x.mean()) ** 2).sum())
    if sst == 0:
        return (math.nan, math.nan, math.nan, "all values are equal")

    def ssb(lab: Any) -> float:
        means = np.bincount(lab, weights=x) / sizes
        return float((sizes * (means - x.mean()) ** 2).sum())

    obs = ssb(labels)
    hits = 0
    for _ in range(n_perm):
        if ssb(rng.permutation(labels)) >= obs - 1e-12:
            hits += 1
    return (obs, (hits + 1) / (n_perm + 1), obs / sst, "")


def _cramers_v(chi2: float, n: int, shape: tuple[int, int]) -> float:
    k = min(shape) - 1
    return math.sqrt(chi2 / (n * k)) if n and k else math.nan


def _proportion_test(table: Any, n_perm: int, rng: Any) -> tuple[str, float, float, float, str]:
    """Independent units: chi-square, or Fisher's exact test when an expected count is < 5."""
    from scipy import stats

    np = _np()
    table = np.asarray(table, dtype=np.int64)
    if (table.sum(axis=0) == 0).any() or (table.sum(axis=1) == 0).any():
        return ("chi-square", math.nan, math.nan, math.nan, "no variation (a share is 0 or 1 "
                "in every group)")
    chi2, p, _, expected = stats.chi2_contingency(table, correction=False)
    v = _cramers_v(float(chi2), int(table.sum()), table.shape)
    if (expected < 5).any():
        if table.shape == (2, 2):
            _, p = stats.fisher_exact(table)
            return ("fisher-exact", float(chi2), float(p), v, "")
        res = stats.fisher_exact(table, method=stats.MonteCarloMethod(n_resamples=n_perm,
                                                                      rng=rng))
        p_mc = float(_np().asarray(res.pvalue).ravel()[0])  # scipy returns a 1-element array
        return ("fisher-exact (monte carlo)", float(chi2), p_mc, v, "")
    return ("chi-square", float(chi2), float(p), v, "")


def _clustered_proportion_test(k: Any, n: Any, labels: Any, n_perm: int, rng: Any
                               ) -> tuple[str, float, float, float, str]:
    """Chi-square statistic of the pooled table; p-value by permuting labels across articles.

    ``k[i]`` successes out of ``n[i]`` trials in article ``i`` of group ``labels[i]``.
    """
    np = _np()
    k = np.asarray(k, dtype=float)
    n = np.asarray(n, dtype=float)
    g = int(labels.max()) + 1

    def chi2(lab: Any) -> float:
        ks = np.bincount(lab, weights=k, minlength=g)
        ns = np.bincount(lab, weights=n, minlength=g)
        obs = np.stack([ks, ns - ks], axis=1)
        exp = ns[:, None] * obs.sum(axis=0)[None, :] / ns.sum()
        with np.errstate(divide="ignore", invalid="ignore"):
            return float(np.nansum(np.where(exp > 0, (obs - exp) ** 2 / exp, 0.0)))

    total_k, total_n = k.sum(), n.sum()
    if total_n == 0 or total_k == 0 or total_k == total_n:
        return ("chi-square, article permutation", math.nan, math.nan, math.nan,
                "no variation (a share is 0 or 1 in every group)")
    obs = chi2(labels)
    hits = sum(chi2(rng.permutation(labels)) >= obs - 1e-9 for _ in range(n_perm))
    v = _cramers_v(obs, int(total_n), (g, 2))
    return ("chi-square, article permutation", obs, (hits + 1) / (n_perm + 1), v, "")


# ---------------------------------------------------------------------------------------------
# compare()


def _load(data: Any, text: bool) -> dict[str, Any]:
    if isinstance(data, (str, Path)):
        from .store import load

        return load(data, text=text)
    if isinstance(data, dict):
        return data
    raise TypeError("compare() takes a store path or the dict of DataFrames from framing.load()")


def compare(data: str | Path | dict[str, Any], by: str = "outlet", *,
            actors: Sequence[str] | None = None, top_actors: int = TOP_ACTORS,
            top_voices: int = TOP_VOICES, min_n: int = MIN_N, alpha: float = 0.05,
            portrayal_test: Literal["kruskal", "permutation"] = "kruskal",
            n_boot: int = N_BOOT, n_permutations: int = N_PERMUTATIONS, seed: int = 0,
            stories: bool = False, window_days: int = 3, similarity: float = 0.3,
            min_outlets: int = 2) -> Comparison:
    """Compare groups of articles (outlets by default) with tests of difference.

    Args:
        data: a store written by ``framing run``, or ``framing.load(db)``.
        by: ``outlet``, ``month``, ``week``, ``year``, ``day`` or any column of articles
            (including a CSV's extra columns).
        actors: actors to compare (canonical names); default the ``top_actors`` most covered.
        top_voices: speakers in the voice table.
        min_n: minimum articles per group for a test or a ranking (see the module docstring).
        alpha: the false discovery rate for Benjamini-Hochberg.
        portrayal_test: ``kruskal`` or ``permutation``.
        n_boot, n_permutations, seed: resampling sizes and the random seed (results are
            reproducible for a given seed).
        stories: also group articles into stories and compare outlets within each.
        window_days, similarity, min_outlets: story grouping: articles at most ``window_days``
            apart with TF-IDF cosine similarity at least ``similarity``; a story needs
            ``min_outlets`` groups.

    Returns:
        A :class:`Comparison`.

    Raises:
        ValueError: for an unknown ``by`` column or option.

    Example:
        >>> c = compare("results.sqlite", by="outlet", min_n=30)  # doctest: +SKIP
        >>> c.tests.query("significant")  # doctest: +SKIP
    """
    np = _np()
    pd = _pd()
    if portrayal_test not in ("kruskal", "permutation"):
        raise ValueError(f"unknown portrayal_test {portrayal_test!r} (kruskal or permutation)")
    if min_n < 1:
        raise ValueError("min_n must be at least 1")
    d = _load(data, text=stories)
    arts = d["articles"].copy()
    notes: list[str] = []
    rng = np.random.default_rng(seed)
    arts["group"] = group_column(arts, by) if len(arts) else pd.Series(dtype="object")
    missing = int(arts["group"].isna().sum())
    if missing:
        notes.append(f"{missing} article(s) have no {by} and are left out")
    arts = arts[arts["group"].notna()]
    group_of = dict(zip(arts["uid"], arts["group"], strict=True))
    n_by_group = arts.groupby("group").size()
    groups = pd.DataFrame({"group": n_by_group.index, "n_articles": n_by_group.values})
    groups["enough"] = groups["n_articles"] >= min_n
    for g, n in zip(groups["group"], groups["n_articles"], strict=True):
        if n < min_n:
            notes.append(f"{by} {g!r} has {n} article(s) (< min_n {min_n}): shown, but left out "
                         "of tests and rankings")
    if len(groups) < 2:
        notes.append(f"fewer than two {by} groups: nothing to test")

    tests: list[dict[str, Any]] = []

    # -- portrayal ------------------------------------------------------------------------
    act = d["actors"]
    act = act[act["uid"].isin(group_of)].assign(group=lambda x: x["uid"].map(group_of))
    if actors:
        chosen = list(actors)
        unknown = [a for a in chosen if a not in set(act["name"])]
        for a in unknown:
            notes.append(f"actor {a!r} does not appear in these articles")
    else:
        counts = act.groupby("name")["uid"].nunique().sort_values(ascending=False, kind="stable")
        chosen = list(counts.index[:top_actors])
    rows = []
    for name in chosen:
        sub = act[act["name"] == name]
        samples = {}
        for g in groups["group"]:
            x = sub.loc[sub["group"] == g, "score"].to_numpy(dtype=float)
            lo, hi = bootstrap_ci(x, n_boot=n_boot, rng=rng)
            rows.append({"actor": name, "group": g, "n": int(x.size),
                         "mean": float(x.mean()) if x.size else math.nan, "ci_low": lo,
                         "ci_high": hi,
                         "share_negative": float((sub.loc[sub["group"] == g, "label"]
                                                  == "negative").mean()) if x.size else math.nan,
                         "enough": bool(x.size >= min_n)})
            if x.size >= min_n:
                samples[g] = x
        tests.append(_test_row("portrayal", name, samples, portrayal_test, n_permutations, rng,
                               min_n, by))
    portrayal = pd.DataFrame(rows, columns=["actor", "group", "n", "mean", "ci_low", "ci_high",
                                            "share_negative", "enough"])

    # -- unnamed sources --------------------------------------------------------------------
    att = d["attributions"]
    att = att[att["uid"].isin(group_of)]
    per_art = pd.DataFrame({"uid": arts["uid"], "group": arts["group"]})
    if len(att):
        c = att.assign(unnamed=att["source_type"] == "unnamed",
                       uncheckable=att["source_type"].isin(["unnamed", "unattributed"]))
        agg = c.groupby("uid").agg(n=("idx", "size"), unnamed=("unnamed", "sum"),
                                   uncheckable=("uncheckable", "sum"))
        per_art = per_art.merge(agg, left_on="uid", right_index=True, how="left")
    else:
        per_art = per_art.assign(n=0, unnamed=0, uncheckable=0)
    per_art = per_art.fillna({"n": 0, "unnamed": 0, "uncheckable": 0})
    rows = []
    for g, sub in per_art.groupby("group", sort=True):
        n_att, k, kc = int(sub["n"].sum()), int(sub["unnamed"].sum()), int(sub["uncheckable"].sum())
        lo, hi = wilson_interval(k, n_att)
        rows.append({"group": g, "n_articles": len(sub), "attributions": n_att, "unnamed": k,
                     "share": k / n_att if n_att else math.nan, "ci_low": lo, "ci_high": hi,
                     "uncheckable_share": kc / n_att if n_att else math.nan,
                     "articles_with_unnamed": float((sub["unnamed"] > 0).mean()),
                     "enough": len(sub) >= min_n})
    unnamed = pd.DataFrame(rows, columns=["group", "n_articles", "attributions", "unnamed", "share",
                                          "ci_low", "ci_high", "uncheckable_share",
                                          "articles_with_unnamed", "enough"])
    ok = per_art[per_art["group"].isin(groups.loc[groups["enough"], "group"])]
    tests.append(_clustered_row("unnamed sources", "unnamed share", ok, "unnamed", "n",
                                n_permutations, rng, by))

    # -- frames -------------------------------------------------------------------------------
    fr = d["frames"]
    fr = fr[fr["uid"].isin(group_of)].assign(group=lambda x: x["uid"].map(group_of))
    rows = []
    for frame in sorted(fr["frame"].unique()) if len(fr) else []:
        sub = fr[fr["frame"] == frame]
        table = []
        for g in groups["group"]:
            s = sub[sub["group"] == g]
            k, n = int(s["present"].astype(bool).sum()), len(s)
            lo, hi = wilson_interval(k, n)
            rows.append({"frame": frame, "group": g, "n": n, "present": k,
                         "share": k / n if n else math.nan, "ci_low": lo, "ci_high": hi,
                         "enough": n >= min_n})
            if n >= min_n:
                table.append((g, k, n - k))
        tests.append(_table_row("frames", frame, table, n_permutations, rng, by))
    frames = pd.DataFrame(rows, columns=["frame", "group", "n", "present", "share", "ci_low",
                                         "ci_high", "enough"])

    # -- voice ------------------------------------------------------------------------------
    rows = []
    voiced = att[att["speaker"].notna()] if len(att) else att
    if len(voiced):
        top = voiced.groupby("speaker")["uid"].nunique().sort_values(ascending=False,
                                                                     kind="stable")
        speakers = list(top.index[:top_voices])
    else:
        speakers = []
    totals = per_art.groupby("group")["n"].sum()
    for sp in speakers:
        k_art = voiced[voiced["speaker"] == sp].groupby("uid").size()
        pa = per_art.assign(k=per_art["uid"].map(k_art).fillna(0))
        for g in groups["group"]:
            n_att = int(totals.get(g, 0))
            k = int(pa.loc[pa["group"] == g, "k"].sum())
            lo, hi = wilson_interval(k, n_att)
            rows.append({"speaker": sp, "group": g, "attributions": n_att, "quoted": k,
                         "share": k / n_att if n_att else math.nan, "ci_low": lo, "ci_high": hi,
                         "enough": bool(n_by_group.get(g, 0) >= min_n)})
        ok = pa[pa["group"].isin(groups.loc[groups["enough"], "group"])]
        tests.append(_clustered_row("voice", sp, ok, "k", "n", n_permutations, rng, by))
    voice = pd.DataFrame(rows, columns=["speaker", "group", "attributions", "quoted", "share",
                                        "ci_low", "ci_high", "enough"])

    # -- stories ------------------------------------------------------------------------------
    st = so = sa = None
    if stories:
        st, so, sa, story_tests, story_notes = _stories(d, arts, by, window_days, similarity,
                                                        min_outlets, min_n)
        tests.extend(story_tests)
        notes.extend(story_notes)

    # -- correction and rankings ------------------------------------------------------------
    test_df = pd.DataFrame(tests, columns=["table", "subject", "test", "statistic", "p_value",
                                           "effect_size", "effect_measure", "groups", "n",
                                           "note"])
    test_df["p_adjusted"] = benjamini_hochberg(list(test_df["p_value"].astype(float)))
    test_df["significant"] = [bool(p <= alpha) if p == p else None for p in test_df["p_adjusted"]]
    for _, t in test_df.iterrows():
        if t["note"]:
            notes.append(f"{t['table']} / {t['subject']}: not tested: {t['note']}")
    portrayal = _rank(portrayal, test_df, "portrayal", "actor", "mean")
    unnamed = _rank(unnamed.assign(subject="unnamed share"), test_df, "unnamed sources",
                    "subject", "share").drop(columns="subject")
    frames = _rank(frames, test_df, "frames", "frame", "share")
    voice = _rank(voice, test_df, "voice", "speaker", "share")
    return Comparison(by, min_n, alpha, groups, portrayal, unnamed, frames, voice, test_df, st,
                      so, sa, tuple(dict.fromkeys(notes)))


def _test_row(table: str, subject: str, samples: dict[str, Any], kind: str, n_perm: int,
              rng: Any, min_n: int, by: str) -> dict[str, Any]:
    n = int(sum(len(v) for v in samples.values()))
    row = {"table": table, "subject": subject, "groups": len(samples), "n": n,
           "statistic": math.nan, "p_value": math.nan, "effect_size": math.nan,
           "test": "kruskal-wallis" if kind == "kruskal" else "permutation (between-group SS)",
           "effect_measure": "epsilon-squared" if kind == "kruskal" else "eta-squared",
           "note": ""}
    if len(samples) < 2:
        row["note"] = f"fewer than two {by} groups with at least {min_n} articles"
        return row
    vals = list(samples.values())
    stat, p, eff, note = (_kruskal(vals) if kind == "kruskal"
                          else _permutation_ss(vals, n_perm, rng))
    row.update(statistic=stat, p_value=p, effect_size=eff, note=note)
    return row


def _table_row(table: str, subject: str, cells: list[tuple[str, int, int]], n_perm: int,
               rng: Any, by: str) -> dict[str, Any]:
    row = {"table": table, "subject": subject, "groups": len(cells),
           "n": int(sum(a + b for _, a, b in cells)), "statistic": math.nan,
           "p_value": math.nan, "effect_size": math.nan, "test": "chi-square",
           "effect_measure": "cramers-v", "note": ""}
    if len(cells) < 2:
        row["note"] = f"fewer than two {by} groups with enough articles"
        return row
    test, stat, p, v, note = _proportion_test([[a, b] for _, a, b in cells], n_perm, rng)
    row.update(test=test, statistic=stat, p_value=p, effect_size=v, note=note)
    return row


def _clustered_row(table: str, subject: str, per_art: Any, k: str, n: str, n_perm: int,
                   rng: Any, by: str) -> dict[str, Any]:
    np = _np()
    names = sorted(per_art["group"].unique())
    row = {"table": table, "subject": subject, "groups": len(names),
           "n": int(per_art[n].sum()), "statistic": math.nan, "p_value": math.nan,
           "effect_size": math.nan, "test": "chi-square, article permutation",
           "effect_measure": "cramers-v", "note": ""}
    if len(names) < 2:
        row["note"] = f"fewer than two {by} groups with enough articles"
        return row
    codes = per_art["group"].map({g: i for i, g in enumerate(names)}).to_numpy(dtype=np.int64)
    test, stat, p, v, note = _clustered_proportion_test(per_art[k].to_numpy(),
                                                        per_art[n].to_numpy(), codes, n_perm,
                                                        rng)
    row.update(test=test, statistic=stat, p_value=p, effect_size=v, note=note)
    return row


def _rank(df: Any, tests: Any, table: str, key: str, value: str) -> Any:
    """Rank groups by ``value`` (1 = highest) where the corrected test is significant."""
    df = df.copy()
    df["rank"] = _pd().array([None] * len(df), dtype="Int64")
    sig = tests[(tests["table"] == table) & (tests["significant"] == True)]  # noqa: E712
    for subject in sig["subject"]:
        m = (df[key] == subject) & df["enough"].astype(bool)
        df.loc[m, "rank"] = df.loc[m, value].rank(ascending=False, method="min").astype("Int64")
    return df


# ---------------------------------------------------------------------------------------------
# Same story, different framing.


def find_stories(texts: Sequence[str], dates: Any, *, window_days: int = 3,
                 similarity: float = 0.3) -> list[int]:
    """Group articles about the same event: a story id per article (-1: no story / no date).

    TF-IDF vectors (sublinear term frequency, words of three letters or more, terms in more than
    90% of articles dropped) are compared by cosine similarity; pairs more than ``window_days``
    apart never link. Linked articles are clustered with average linkage at distance
    ``1 - similarity``, which keeps a chain of loosely related articles from merging into one
    story (single linkage would).
    """
    np = _np()
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import connected_components
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer

    n = len(texts)
    labels = [-1] * n
    days = np.array([d.value // 86_400_000_000_000 if d is not None and d == d else np.nan
                     for d in dates], dtype=float)
    ok = np.flatnonzero(~np.isnan(days))
    if len(ok) < 2:
        return labels
    try:
        vec = TfidfVectorizer(sublinear_tf=True, max_df=0.9 if len(ok) >= 10 else 1.0,
                              token_pattern=r"(?u)\b[^\W\d_]{3,}\b")
        x = vec.fit_transform([texts[i] for i in ok])
    except ValueError:  # no terms left (empty texts)
        return labels
    # in date order, each block of rows is compared only with the articles within the window of
    # its dates (a contiguous range), so the work grows with the corpus times the window, not
    # with its square
    order = np.argsort(days[ok], kind="stable")
    ok = ok[order]
    x = x[order]
    dd = days[ok]
    rows: list[int] = []
    cols: list[int] = []
    block = 500  # rows of the similarity matrix computed at a time (bounded memory)
    for s in range(0, len(ok), block):
        e = min(s + block, len(ok))
        lo = int(np.searchsorted(dd, dd[s] - window_days, side="left"))
        hi = int(np.searchsorted(dd, dd[e - 1] + window_days, side="right"))
        sim = (x[s:e] @ x[lo:hi].T).toarray()
        near = np.abs(dd[s:e, None] - dd[None, lo:hi]) <= window_days
        r, c = np.nonzero((sim >= similarity) & near)
        r, c = r + s, c + lo
        keep = r < c
        rows.extend(r[keep].tolist())
        cols.extend(c[keep].tolist())
    graph = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(ok), len(ok)))
    _, comp = connected_components(graph, directed=False)
    next_id = 0
    for c in np.unique(comp):
        members = np.flatnonzero(comp == c)
        if len(members) < 2:
            continue
        xm = x[members]
        dist = 1.0 - (xm @ xm.T).toarray()
        far = np.abs(dd[members, None] - dd[None, members]) > window_days
        dist[far] = 1.0
        np.fill_diagonal(dist, 0.0)
        dist = np.clip(dist, 0.0, 1.0)
        sub = AgglomerativeClustering(n_clusters=None, metric="precomputed", linkage="average",
                                      distance_threshold=1.0 - similarity).fit_predict(dist)
        for lab in np.unique(sub):
            mem = members[sub == lab]
            if len(mem) < 2:
                continue
            for i in mem:
                labels[int(ok[i])] = next_id
            next_id += 1
    return labels


def _stories(d: dict[str, Any], arts: Any, by: str, window_days: int, similarity: float,
             min_outlets: int, min_n: int) -> tuple[Any, Any, Any, list[dict[str, Any]],
                                                    list[str]]:
    pd = _pd()
    np = _np()
    notes: list[str] = []
    empty = (pd.DataFrame(columns=["story", "label", "title", "first_date", "last_date",
                                   "n_articles", "n_groups", "groups"]),
             pd.DataFrame(columns=["story", "group", "n", "tone", "attributions",
                                   "unnamed_share", "dominant_frame", "frames_present"]),
             pd.DataFrame(columns=["story", "actor", "group", "n", "mean"]))
    if "text" not in arts.columns or arts["text"].isna().all():
        notes.append("stories: the store holds no article texts (run without --no-text)")
        return (*empty, [], notes)
    dates = parse_dates(arts["date"])
    undated = int(dates.isna().sum())
    if undated:
        notes.append(f"stories: {undated} article(s) without a readable date are left out")
    texts = [f"{t or ''}\n{x or ''}" for t, x in zip(arts["title"], arts["text"], strict=True)]
    labels = find_stories(texts, list(dates), window_days=window_days, similarity=similarity)
    a = arts.assign(story=labels, _date=dates.values)
    a = a[a["story"] >= 0]
    keep = a.groupby("story")["group"].nunique()
    keep = keep[keep >= min_outlets].index
    a = a[a["story"].isin(keep)]
    if not len(a):
        notes.append(f"stories: no story is covered by {min_outlets} or more {by} groups")
        return (*empty, [], notes)
    # renumber stories by first date, then title, so ids are stable and readable
    first = a.groupby("story")["_date"].min().sort_values(kind="stable")
    renum = {old: i + 1 for i, old in enumerate(first.index)}
    a = a.assign(story=a["story"].map(renum))
    story_rows = []
    for sid, s in a.groupby("story", sort=True):
        s = s.sort_values(["_date", "uid"])
        story_rows.append({"story": sid, "label": _label(s), "title": s["title"].iloc[0],
                           "first_date": s["_date"].min().date().isoformat(),
                           "last_date": s["_date"].max().date().isoformat(),
                           "n_articles": len(s), "n_groups": s["group"].nunique(),
                           "groups": ", ".join(sorted(s["group"].unique()))})
    fr = d["frames"]
    att = d["attributions"]
    act = d["actors"]
    story_of = dict(zip(a["uid"], a["story"], strict=True))
    group_of = dict(zip(a["uid"], a["group"], strict=True))
    out_rows = []
    for (sid, g), s in a.groupby(["story", "group"], sort=True):
        uids = set(s["uid"])
        at = att[att["uid"].isin(uids)]
        f = fr[fr["uid"].isin(uids)]
        present = f[f["present"].astype(bool)].groupby("frame").size().sort_values(
            ascending=False, kind="stable")
        dom = s["dominant_frame"].dropna()
        out_rows.append({"story": sid, "group": g, "n": len(s),
                         "tone": float(s["tone_score"].mean()), "attributions": len(at),
                         "unnamed_share": float((at["source_type"] == "unnamed").mean())
                         if len(at) else math.nan,
                         "dominant_frame": dom.mode().iloc[0] if len(dom) else None,
                         "frames_present": ", ".join(f"{k} {v}/{len(s)}"
                                                     for k, v in present.items())})
    sa = act[act["uid"].isin(story_of)].assign(story=lambda x: x["uid"].map(story_of),
                                              group=lambda x: x["uid"].map(group_of))
    shared = sa.groupby(["story", "name"])["group"].nunique()
    shared = shared[shared >= 2].reset_index()[["story", "name"]]
    sa = sa.merge(shared, on=["story", "name"])
    actor_rows = (sa.groupby(["story", "name", "group"], sort=True)["score"]
                  .agg(["size", "mean"]).reset_index()
                  .rename(columns={"name": "actor", "size": "n"}))
    so = pd.DataFrame(out_rows)
    # within-story comparison of tone for each pair of groups covering at least min_n stories
    tests = []
    wide = so.pivot(index="story", columns="group", values="tone")
    cols = list(wide.columns)
    for i, g1 in enumerate(cols):
        for g2 in cols[i + 1:]:
            pair = wide[[g1, g2]].dropna()
            row = {"table": "stories", "subject": f"tone {g1} vs {g2} within stories",
                   "test": "wilcoxon signed-rank", "statistic": math.nan, "p_value": math.nan,
                   "effect_size": math.nan, "effect_measure": "rank-biserial", "groups": 2,
                   "n": len(pair), "note": ""}
            if len(pair) < min_n:
                notes.append(f"stories: {g1} and {g2} share {len(pair)} stories (< min_n "
                             f"{min_n}): compared per story only, not tested")
                continue
            diff = (pair[g1] - pair[g2]).to_numpy()
            if np.all(diff == 0):
                row["note"] = "no difference in any story"
            else:
                from scipy import stats

                res = stats.wilcoxon(diff)
                nz = diff[diff != 0]
                ranks = stats.rankdata(np.abs(nz))
                rb = (ranks[nz > 0].sum() - ranks[nz < 0].sum()) / ranks.sum()
                row.update(statistic=float(res.statistic), p_value=float(res.pvalue),
                           effect_size=float(rb))
            tests.append(row)
    return pd.DataFrame(story_rows), so, actor_rows, tests, notes


def _label(s: Any) -> str:
    """A story's label: its most frequent capitalised words (names and places)."""
    from collections import Counter

    words: Counter[str] = Counter()
    for t in s["title"].fillna("").tolist() + s["text"].fillna("").tolist():
        words.update(set(re.findall(r"\b[A-Z][a-z]{2,}(?:\s[A-Z][a-z]{2,})*", t)))
    common = [w for w, c in words.most_common(8) if c >= 2][:4]
    return ", ".join(common)
