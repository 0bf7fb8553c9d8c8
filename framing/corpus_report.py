"""Corpus and outlet reports: how outlets differ, with intervals, tests and figures.

``framing report --db results.sqlite -o outlets.html`` reads a results store (``framing run``)
and writes one self-contained HTML page (or Markdown) with:

- an outlet table: articles, attributions, unnamed and uncheckable shares, tone;
- figures (each also saved as PNG and SVG beside the report, for papers): an outlet × actor
  portrayal heat map with 95% intervals, the unnamed-source share by outlet with intervals, frame
  prevalence by outlet, voice share (who gets quoted), portrayal over time for chosen actors, and
  "same story, different framing" comparisons;
- the tests of :func:`framing.compare`, with effect sizes and corrected p-values.

Intervals here are descriptive: percentile bootstrap intervals that resample *articles* (the unit
a newsroom produces), so a long article with many quotes does not count as many independent
observations; shares of articles use Wilson intervals. Both are computed with a fixed seed, so the
same store gives the same report.

matplotlib, numpy and pandas are imported when a report is made. Figures are drawn with
matplotlib's object API (no pyplot), so making a report never changes a notebook's backend.
"""

from __future__ import annotations

import base64
import io
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from . import __version__

__all__ = ["render_corpus_report", "write_corpus_report", "corpus_view", "CorpusReport",
           "CorpusReportError", "wilson_interval", "bootstrap_mean_interval"]

# Outlets and actors shown in figures and tables; a huge corpus is summarised by its largest
# outlets and most covered actors (the rest are counted, not drawn).
MAX_OUTLETS = 12
MAX_HEATMAP_ACTORS = 15
MAX_TIME_ACTORS = 4
MAX_VOICES = 6  # named speakers drawn separately in the voice-share figure; the rest are "other"
MAX_STORIES = 6
MAX_TABLE_ROWS = 50
# Bootstrap resamples for the intervals: 2,000 gives stable 95% percentile bounds (Efron &
# Tibshirani 1993, ch. 13) and stays fast for a few hundred cells.
N_BOOT = 2000
# A fixed seed: the same store always gives the same intervals and so the same report.
SEED = 20240601
# z for a two-sided 95% interval.
Z95 = 1.959964
# Articles an outlet needs in a heat-map cell before an interval is drawn.
MIN_CELL_N = 2
# Same-story grouping by titles: the share of content words two titles must share (Jaccard), and
# words in more articles than this are too common to suggest the same story.
TITLE_JACCARD = 0.5
MAX_WORD_ARTICLES = 200
# PNG resolution: 150 dpi is sharp on screens and adequate for drafts (the SVG is for print).
FIGURE_DPI = 150

FRAMES = ("conflict", "human_interest", "economic", "morality", "responsibility")
FRAME_NAMES = {"conflict": "Conflict", "human_interest": "Human interest",
               "economic": "Economic", "morality": "Morality",
               "responsibility": "Responsibility"}


class CorpusReportError(ValueError):
    """The store cannot be reported on (not a store, or unreadable); the message says why."""


@dataclass(slots=True)
class CorpusReport:
    """What :func:`write_corpus_report` wrote."""

    path: Path
    figure_dir: Path
    figures: list[Path] = field(default_factory=list)


# ---------------------------------------------------------------------------------------------
# Intervals

def wilson_interval(k: int, n: int, z: float = Z95) -> tuple[float, float, float]:
    """Share ``k/n`` with its Wilson score interval (Wilson 1927); ``(0, 0, 1)`` when n is 0.

    Example:
        >>> [round(x, 3) for x in wilson_interval(3, 10)]
        [0.3, 0.108, 0.603]
    """
    if n <= 0:
        return 0.0, 0.0, 1.0
    p = k / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return p, max(0.0, centre - half), min(1.0, centre + half)


def bootstrap_mean_interval(values: Sequence[float], *, rng: Any = None, n_boot: int = N_BOOT
                            ) -> tuple[float, float, float]:
    """Mean of ``values`` with a 95% percentile bootstrap interval (NaN bounds when n < 2)."""
    import numpy as np

    x = np.asarray(values, dtype=float)
    x = x[~np.isnan(x)]
    if len(x) == 0:
        return math.nan, math.nan, math.nan
    m = float(x.mean())
    if len(x) < 2:
        return m, math.nan, math.nan
    rng = rng if rng is not None else np.random.default_rng(SEED)
    idx = rng.integers(0, len(x), size=(n_boot, len(x)))
    means = x[idx].mean(axis=1)
    lo, hi = np.percentile(means, [2.5, 97.5])
    return m, float(lo), float(hi)


def _ratio_interval(num: Sequence[float], den: Sequence[float], rng: Any
                    ) -> tuple[float, float, float]:
    """sum(num)/sum(den) with an interval from resampling articles (a cluster bootstrap)."""
    import numpy as np

    a = np.asarray(num, dtype=float)
    b = np.asarray(den, dtype=float)
    total = b.sum()
    if total <= 0:
        return math.nan, math.nan, math.nan
    share = float(a.sum() / total)
    if len(a) < 2:
        return share, math.nan, math.nan
    idx = rng.integers(0, len(a), size=(N_BOOT, len(a)))
    nums, dens = a[idx].sum(axis=1), b[idx].sum(axis=1)
    ok = dens > 0
    ratios = nums[ok] / dens[ok]
    lo, hi = np.percentile(ratios, [2.5, 97.5])
    return share, float(lo), float(hi)


# ---------------------------------------------------------------------------------------------
# The view: tables and numbers, computed once from the store's DataFrames

def _require_libraries() -> None:
    missing = []
    for name in ("numpy", "pandas", "matplotlib"):
        try:
            __import__(name)
        except ImportError:
            missing.append(name)
    if missing:
        raise CorpusReportError(f"the outlet report needs {', '.join(missing)}: "
                                "pip install 'framing[report]'")


def _load(db: str | Path) -> dict[str, Any]:
    from .store import load

    try:
        return load(db)
    except FileNotFoundError as e:
        raise CorpusReportError(str(e)) from None
    except Exception as e:  # sqlite3.DatabaseError and friends: not a store
        raise CorpusReportError(f"{db}: not a framing results store ({e})") from None


def _empty_like(data: dict[str, Any]) -> dict[str, Any]:
    import pandas as pd

    cols = {"articles": ["uid", "outlet", "date", "title", "named", "unnamed", "unattributed",
                         "n_attributions", "unnamed_share", "uncheckable_share", "tone_score",
                         "dominant_frame", "lexicon_version", "framing_version"],
            "actors": ["uid", "name", "type", "score", "label", "mentions"],
            "attributions": ["uid", "source_type", "speaker", "relayed"],
            "frames": ["uid", "frame", "score", "present"], "errors": ["source", "message"]}
    out = dict(data)
    for k, c in cols.items():
        df = out.get(k)
        if df is None:
            out[k] = pd.DataFrame(columns=c)
        else:
            for col in c:
                if col not in df.columns:
                    df[col] = None
    return out


def _outlet_order(arts: Any) -> tuple[list[str], int]:
    counts = arts["outlet"].value_counts()
    names = [str(o) for o in counts.index[:MAX_OUTLETS]]
    return names, max(0, len(counts) - MAX_OUTLETS)


def _fmt_ci(m: float, lo: float, hi: float, pct: bool = False) -> str:
    if m is None or (isinstance(m, float) and math.isnan(m)):
        return "—"
    f = (lambda x: f"{x:.0%}") if pct else (lambda x: f"{x:+.2f}")
    if math.isnan(lo) or math.isnan(hi):
        return f(m)
    return f"{f(m)} [{f(lo)}, {f(hi)}]"


def _stories(arts: Any) -> Any:
    """A story key per article: the ``story`` column when the corpus has one, else title words.

    Without a story column, articles from different outlets whose titles share most of their
    content words (Jaccard similarity of words of 4+ letters, TITLE_JACCARD) are grouped: a rough key,
    said so in the report.
    """
    import pandas as pd

    for col in ("story", "story_id", "event"):
        if col in arts.columns and arts[col].notna().any():
            return arts[col].astype("string"), col
    words = [frozenset(w for w in re.findall(r"\w{4,}", str(t).lower())) if isinstance(t, str)
             else frozenset() for t in arts["title"]]
    # candidates share a word that is not common (blocking), so a huge corpus is not compared
    # pair by pair
    index: dict[str, list[int]] = {}
    for i, ws in enumerate(words):
        for w in ws:
            index.setdefault(w, []).append(i)
    key: list[str | None] = [None] * len(words)
    next_id = 0
    for i, wi in enumerate(words):
        if key[i] is not None or not wi:
            continue
        cands = {j for w in wi if len(index[w]) <= MAX_WORD_ARTICLES for j in index[w] if j > i}
        members = [i] + [j for j in sorted(cands) if key[j] is None
                         and len(wi & words[j]) / len(wi | words[j]) >= TITLE_JACCARD]
        if len(members) > 1:
            for m in members:
                key[m] = f"title-{next_id}"
            next_id += 1
    return pd.Series(key, index=arts.index, dtype="string"), None


def corpus_view(data: dict[str, Any], *, actors: Sequence[str] | None = None) -> dict[str, Any]:
    """Tables and numbers for a corpus report, from the DataFrames of :func:`framing.load`.

    Args:
        data: ``{"articles": ..., "actors": ..., "attributions": ..., "frames": ...}`` as
            returned by ``framing.load(db)``.
        actors: actors to follow over time (default: the most covered ones).
    """
    import numpy as np
    import pandas as pd

    d = _empty_like(data)
    arts = d["articles"].copy()
    arts["outlet"] = arts["outlet"].fillna("(no outlet)").astype(str)
    rng = np.random.default_rng(SEED)
    outlets, more_outlets = _outlet_order(arts)
    view: dict[str, Any] = {
        "n_articles": len(arts), "n_outlets": arts["outlet"].nunique(),
        "outlets": outlets, "more_outlets": more_outlets,
        "n_actor_rows": len(d["actors"]), "n_attributions": len(d["attributions"]),
        "n_errors": len(d["errors"]),
        "lexicon_versions": sorted({str(v) for v in arts["lexicon_version"].dropna()}),
        "framing_versions": sorted({str(v) for v in arts["framing_version"].dropna()}),
        "report_version": __version__,
    }
    dates = pd.to_datetime(arts["date"], errors="coerce", utc=True)
    arts["_date"] = dates
    view["date_range"] = ((dates.min().date().isoformat(), dates.max().date().isoformat())
                          if dates.notna().any() else None)
    view["undated"] = int(dates.isna().sum())

    # outlet table
    rows = []
    for o in outlets:
        a = arts[arts["outlet"] == o]
        den = a["named"].fillna(0) + a["unnamed"].fillna(0) + a["unattributed"].fillna(0)
        un = _ratio_interval(a["unnamed"].fillna(0), den, rng)
        unc = _ratio_interval(a["unnamed"].fillna(0) + a["unattributed"].fillna(0), den, rng)
        tone = bootstrap_mean_interval(a["tone_score"].astype(float), rng=rng)
        dom = a["dominant_frame"].dropna()
        rows.append({"outlet": o, "articles": len(a), "attributions": int(den.sum()),
                     "unnamed": un, "uncheckable": unc, "tone": tone,
                     "unnamed_txt": _fmt_ci(*un, pct=True),
                     "uncheckable_txt": _fmt_ci(*unc, pct=True),
                     "tone_txt": _fmt_ci(*tone),
                     "top_frame": FRAME_NAMES.get(dom.mode().iloc[0], dom.mode().iloc[0])
                     if len(dom) else "—"})
    view["outlet_rows"] = rows

    # outlet x actor portrayal
    act = d["actors"].merge(arts[["uid", "outlet", "_date"]], on="uid", how="inner")
    cover = act.groupby("name")["uid"].nunique().sort_values(ascending=False)
    spread = act.groupby("name")["outlet"].nunique()
    ranked = sorted(cover.index, key=lambda n: (-int(spread[n] > 1), -int(cover[n]), n))
    heat_actors = ranked[:MAX_HEATMAP_ACTORS]
    cells = {}
    sub = act[act["outlet"].isin(outlets) & act["name"].isin(heat_actors)]
    by_cell = {k: g["score"].astype(float).to_numpy()
               for k, g in sub.groupby(["outlet", "name"])}
    for o in outlets:
        for name in heat_actors:
            s = by_cell.get((o, name), [])
            m, lo, hi = bootstrap_mean_interval(s, rng=rng)
            cells[(o, name)] = {"mean": m, "lo": lo, "hi": hi, "n": len(s)}
    view["heat_actors"] = heat_actors
    view["more_actors"] = max(0, len(cover) - len(heat_actors))
    view["heat"] = cells

    # frames by outlet
    fr = d["frames"].merge(arts[["uid", "outlet"]], on="uid", how="inner")
    prevalence = {}
    for o in outlets:
        f = fr[fr["outlet"] == o]
        n = f["uid"].nunique()
        for frame in FRAMES:
            k = int(f[(f["frame"] == frame) & (f["present"].astype("boolean").fillna(False))]
                    ["uid"].nunique())
            prevalence[(o, frame)] = wilson_interval(k, n) + (k, n)
    view["prevalence"] = prevalence

    # voice share
    att = d["attributions"].merge(arts[["uid", "outlet"]], on="uid", how="inner")
    named = att[(att["source_type"] == "named") & att["speaker"].notna()]
    top_voices = list(named["speaker"].value_counts().index[:MAX_VOICES])
    voices = {}
    for o in outlets:
        a = att[att["outlet"] == o]
        total = len(a)
        row = {}
        for v in top_voices:
            row[v] = int(((a["source_type"] == "named") & (a["speaker"] == v)).sum())
        row["other named"] = int((a["source_type"] == "named").sum()) - sum(row.values())
        row["unnamed"] = int((a["source_type"] == "unnamed").sum())
        row["unattributed"] = int((a["source_type"] == "unattributed").sum())
        voices[o] = {"total": total, "counts": row}
    view["voices"] = voices
    view["voice_names"] = top_voices

    # portrayal over time
    chosen = list(actors) if actors else [n for n in ranked
                                          if act[act["name"] == n]["_date"].notna().sum() >= 2]
    chosen = chosen[:MAX_TIME_ACTORS]
    dated = act[act["_date"].notna() & act["name"].isin(chosen)].copy()
    span = (dated["_date"].max() - dated["_date"].min()).days if len(dated) else 0
    freq, freq_name = (("M", "month") if span > 60 else ("W", "week") if span > 14
                       else ("D", "day"))
    series = {}
    if len(dated):
        dated["_period"] = dated["_date"].dt.tz_localize(None).dt.to_period(freq).dt.start_time
        for name in chosen:
            pts = []
            for period, g in dated[dated["name"] == name].groupby("_period"):
                m, lo, hi = bootstrap_mean_interval(g["score"].astype(float), rng=rng)
                pts.append((period, m, lo, hi, len(g)))
            if pts:
                series[name] = pts
    view["time_actors"] = chosen
    view["time_series"] = series
    view["time_unit"] = freq_name
    view["missing_actors"] = [a for a in (actors or []) if a not in set(act["name"])]

    # same story, different framing
    key, key_col = _stories(arts)
    arts["_story"] = key
    view["story_key"] = key_col
    stories = []
    grouped = arts[arts["_story"].notna()].groupby("_story")
    multi = sorted(((k, g) for k, g in grouped if g["outlet"].nunique() >= 2),
                   key=lambda kg: (-kg[1]["outlet"].nunique(), str(kg[0])))
    view["n_stories"] = len(multi)
    for k, g in multi[:MAX_STORIES]:
        a = act[act["uid"].isin(g["uid"])]
        shared = a.groupby("name")["outlet"].nunique()
        shared_names = list(shared[shared >= 2].sort_values(ascending=False).index[:4])
        story_rows = []
        for _, r in g.sort_values("outlet").iterrows():
            port = {n: a[(a["uid"] == r["uid"]) & (a["name"] == n)]["score"].mean()
                    for n in shared_names}
            story_rows.append({
                "outlet": r["outlet"], "title": r.get("title") or r["uid"],
                "date": r.get("date") or "", "tone": float(r["tone_score"] or 0.0),
                "unnamed": int(r["unnamed"] or 0), "named": int(r["named"] or 0),
                "unattributed": int(r["unattributed"] or 0),
                "frame": ("—" if pd.isna(r["dominant_frame"]) else
                          FRAME_NAMES.get(r["dominant_frame"], r["dominant_frame"])),
                "portrayal": {n: (None if pd.isna(v) else float(v)) for n, v in port.items()}})
        stories.append({"key": str(k), "outlets": int(g["outlet"].nunique()),
                        "actors": shared_names, "rows": story_rows})
    view["stories"] = stories
    return view


# ---------------------------------------------------------------------------------------------
# Tests from framing.compare

def _tests(db: str | Path | None, data: dict[str, Any]) -> dict[str, Any]:
    """The statistical tests of :func:`framing.compare`, as rows for a table."""
    arts = data.get("articles")
    if arts is None or len(arts) == 0:
        return {"rows": [], "note": "No articles, so no tests."}
    if arts["outlet"].nunique() < 2:
        return {"rows": [], "note": "Tests compare outlets: this corpus has only one."}
    try:
        from . import compare as compare_mod  # type: ignore[attr-defined]
    except ImportError:
        return {"rows": [], "note": "framing.compare is not available in this version, so no "
                                    "tests are reported."}
    try:
        res = compare_mod.compare(db if db is not None else data)
    except Exception as e:  # report what went wrong, keep the rest of the report
        return {"rows": [], "note": f"framing.compare failed: {e}"}
    return {"rows": _test_rows(res), "note": ""}


def _test_rows(res: Any) -> list[dict[str, Any]]:
    """Flatten compare's result (a DataFrame, a list of dicts or of dataclasses) to table rows."""
    tests = getattr(res, "tests", res)
    if hasattr(tests, "to_dict") and hasattr(tests, "columns"):
        records = tests.to_dict(orient="records")
    elif isinstance(tests, list):
        records = [t.to_dict() if hasattr(t, "to_dict") else dict(t) for t in tests]
    else:
        return []
    return records[:MAX_TABLE_ROWS]


# ---------------------------------------------------------------------------------------------
# Figures

@dataclass(slots=True)
class _Figure:
    name: str
    title: str
    caption: str
    png: bytes
    svg: bytes


def _save(fig: Any, name: str, title: str, caption: str) -> _Figure:
    import matplotlib

    png, svg = io.BytesIO(), io.BytesIO()
    with matplotlib.rc_context({"svg.hashsalt": "framing", "svg.fonttype": "none"}):
        # constrained layout already fits the labels: no bbox_inches="tight" (a second draw)
        fig.savefig(png, format="png", dpi=FIGURE_DPI, metadata={"Software": None})
        fig.savefig(svg, format="svg", metadata={"Date": None})
    return _Figure(name, title, caption, png.getvalue(), svg.getvalue())


def _new_figure(w: float, h: float) -> Any:
    from matplotlib.figure import Figure

    fig = Figure(figsize=(w, h), layout="constrained")
    return fig


def _short(s: str, n: int = 22) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"


def _fig_heatmap(v: dict[str, Any]) -> _Figure | None:
    import numpy as np

    outlets, names = v["outlets"], v["heat_actors"]
    if not outlets or not names:
        return None
    # actors as rows, outlets as columns: a long list of actors stays readable
    means = np.array([[v["heat"][(o, a)]["mean"] for o in outlets] for a in names], dtype=float)
    lim = np.nanmax(np.abs(means)) if np.isfinite(means).any() else 0.5
    lim = max(0.2, min(1.0, math.ceil(lim * 10) / 10))
    fig = _new_figure(max(5.0, 1.25 * len(outlets) + 3.2), max(2.4, 0.62 * len(names) + 1.4))
    ax = fig.add_subplot()
    masked = np.ma.masked_invalid(means)
    import matplotlib

    cmap = matplotlib.colormaps["RdBu"].with_extremes(bad="#eeeeee")
    im = ax.imshow(masked, cmap=cmap, vmin=-lim, vmax=lim, aspect="auto")
    for j, o in enumerate(outlets):
        for i, a in enumerate(names):
            c = v["heat"][(o, a)]
            if c["n"] == 0:
                continue
            txt = f"{c['mean']:+.2f}"
            if c["n"] >= MIN_CELL_N and not math.isnan(c["lo"]):
                txt += f"\n[{c['lo']:+.2f}, {c['hi']:+.2f}]"
            txt += f"\nn={c['n']}"
            dark = abs(c["mean"]) > 0.6 * lim
            ax.text(j, i, txt, ha="center", va="center", fontsize=6.5,
                    color="white" if dark else "#222222")
    ax.set_xticks(range(len(outlets)), [_short(o, 18) for o in outlets], rotation=20,
                  ha="right", fontsize=8)
    ax.set_yticks(range(len(names)), [_short(a, 28) for a in names], fontsize=8)
    cb = fig.colorbar(im, ax=ax, shrink=0.8)
    cb.set_label("mean portrayal (−1 … +1)", fontsize=8)
    ax.set_title("Portrayal of actors by outlet", fontsize=10, loc="left")
    return _save(fig, "portrayal_heatmap", "Portrayal of actors by outlet",
                 "Mean portrayal score of each actor in each outlet's articles, with a 95% "
                 "bootstrap interval over articles and the number of articles (n). Grey: the "
                 "outlet never mentions the actor. Read intervals, not colours: with few "
                 "articles they are wide.")


def _fig_unnamed(v: dict[str, Any]) -> _Figure | None:
    rows = [r for r in v["outlet_rows"] if r["attributions"] > 0]
    if not rows:
        return None
    fig = _new_figure(6.4, max(2.0, 0.45 * len(rows) + 1.2))
    ax = fig.add_subplot()
    for k, (key, colour, label, dy) in enumerate((
            ("unnamed", "#bc4c00", "unnamed", -0.12),
            ("uncheckable", "#a40e26", "unnamed or unattributed", 0.12))):
        for i, r in enumerate(rows):
            m, lo, hi = r[key]
            y = i + dy
            if not math.isnan(lo):
                ax.plot([lo, hi], [y, y], color=colour, lw=2, alpha=0.6)
            ax.plot([m], [y], "o" if k == 0 else "s", color=colour, ms=6,
                    label=label if i == 0 else None)
    for i, r in enumerate(rows):
        ax.text(1.02, i, f"{r['attributions']} attr., {r['articles']} art.", va="center",
                fontsize=7, color="#555555", transform=ax.get_yaxis_transform())
    ax.set_yticks(range(len(rows)), [_short(r["outlet"], 28) for r in rows], fontsize=8)
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(_pct_formatter())
    ax.set_xlabel("share of attributions", fontsize=8)
    ax.grid(axis="x", alpha=0.3)
    ax.legend(fontsize=7, loc="lower center", bbox_to_anchor=(0.5, 1.0), ncols=2,
              frameon=False)
    ax.set_title("Sources that cannot be checked, by outlet", fontsize=10, loc="left", pad=18)
    return _save(fig, "unnamed_share", "Sources that cannot be checked, by outlet",
                 "Share of each outlet's attributions whose source is unnamed (circles) or "
                 "unnamed or unattributed (squares), with 95% intervals from resampling "
                 "articles.")


def _pct_formatter() -> Any:
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(lambda x, _pos: f"{x:.0%}")


def _fig_frames(v: dict[str, Any]) -> _Figure | None:
    outlets = v["outlets"]
    if not outlets:
        return None
    fig = _new_figure(10.5, max(2.2, 0.42 * len(outlets) + 1.3))
    axes = fig.subplots(1, len(FRAMES), sharey=True)
    for ax, frame in zip(axes, FRAMES, strict=True):
        for i, o in enumerate(outlets):
            p, lo, hi, k, n = v["prevalence"][(o, frame)]
            if n == 0:
                continue
            ax.plot([lo, hi], [i, i], color="#8250df", lw=2, alpha=0.5)
            ax.plot([p], [i], "o", color="#8250df", ms=5)
        ax.set_title(FRAME_NAMES[frame], fontsize=9)
        ax.set_xlim(0, 1)
        ax.xaxis.set_major_formatter(_pct_formatter())
        ax.tick_params(axis="x", labelsize=7)
        ax.grid(axis="x", alpha=0.3)
    axes[0].set_yticks(range(len(outlets)), [_short(o, 24) for o in outlets], fontsize=8)
    axes[0].invert_yaxis()
    fig.suptitle("Frames present, share of articles", fontsize=10, x=0.01, ha="left")
    return _save(fig, "frame_prevalence", "Frames by outlet",
                 "Share of each outlet's articles in which each frame (Semetko & Valkenburg "
                 "2000) is present, with 95% Wilson intervals.")


def _fig_voices(v: dict[str, Any]) -> _Figure | None:
    outlets = [o for o in v["outlets"] if v["voices"][o]["total"]]
    if not outlets:
        return None
    cats = v["voice_names"] + ["other named", "unnamed", "unattributed"]
    import matplotlib

    tab = matplotlib.colormaps["tab10"]
    colours = [tab(i) for i in range(len(v["voice_names"]))] + ["#c9d1d9", "#bc4c00", "#a40e26"]
    fig = _new_figure(8.0, max(2.0, 0.45 * len(outlets) + 1.6))
    ax = fig.add_subplot()
    left = [0.0] * len(outlets)
    for cat, colour in zip(cats, colours, strict=True):
        widths = [v["voices"][o]["counts"].get(cat, 0) / v["voices"][o]["total"]
                  for o in outlets]
        ax.barh(range(len(outlets)), widths, left=left, color=colour, label=_short(cat, 26),
                edgecolor="white", linewidth=0.5)
        left = [a + b for a, b in zip(left, widths, strict=True)]
    for i, o in enumerate(outlets):
        ax.text(1.01, i, f"n={v['voices'][o]['total']}", va="center", fontsize=7,
                color="#555555", transform=ax.get_yaxis_transform())
    ax.set_yticks(range(len(outlets)), [_short(o, 28) for o in outlets], fontsize=8)
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(_pct_formatter())
    ax.legend(fontsize=7, ncols=min(4, len(cats)), loc="upper center",
              bbox_to_anchor=(0.5, -0.12), frameon=False)
    ax.set_title("Who gets to speak: share of attributions", fontsize=10, loc="left")
    return _save(fig, "voice_share", "Voice share by outlet",
                 "Share of each outlet's quotes and reported claims by speaker: the most quoted "
                 "named speakers of the corpus, other named speakers, unnamed and unattributed "
                 "sources; n = attributions.")


def _fig_time(v: dict[str, Any]) -> _Figure | None:
    series = v["time_series"]
    if not series:
        return None
    import matplotlib

    tab = matplotlib.colormaps["tab10"]
    fig = _new_figure(8.0, 3.4)
    ax = fig.add_subplot()
    for i, (name, pts) in enumerate(series.items()):
        xs = [p[0] for p in pts]
        ms = [p[1] for p in pts]
        colour = tab(i)
        ax.plot(xs, ms, "-o", color=colour, label=_short(name, 28), ms=4, lw=1.5)
        for x, _m, lo, hi, _n in pts:
            if not math.isnan(lo):
                ax.plot([x, x], [lo, hi], color=colour, alpha=0.45, lw=2)
    ax.axhline(0, color="#888888", lw=0.8)
    ax.set_ylim(-1, 1)
    ax.set_ylabel("mean portrayal", fontsize=8)
    ax.tick_params(labelsize=7)
    ax.legend(fontsize=7, frameon=False)
    ax.grid(alpha=0.3)
    fig.autofmt_xdate()
    ax.set_title(f"Portrayal over time (by {v['time_unit']})", fontsize=10, loc="left")
    return _save(fig, "portrayal_over_time", "Portrayal over time",
                 f"Mean portrayal per {v['time_unit']} of the chosen actors over all outlets, "
                 "with 95% bootstrap intervals where there are two or more articles.")


def _fig_stories(v: dict[str, Any]) -> _Figure | None:
    stories = [s for s in v["stories"] if s["actors"]]
    if not stories:
        return None
    import matplotlib

    tab = matplotlib.colormaps["tab10"]
    n = len(stories)
    cols = min(3, n)
    rows = math.ceil(n / cols)
    fig = _new_figure(3.6 * cols, 0.5 + rows * (0.35 * max(len(s["rows"]) for s in stories)
                                                 + 1.4))
    axes = fig.subplots(rows, cols, squeeze=False)
    for ax in axes.flat[n:]:
        ax.set_visible(False)
    for ax, s in zip(axes.flat, stories, strict=False):
        outlets = [r["outlet"] for r in s["rows"]]
        for j, name in enumerate(s["actors"]):
            dy = (j - (len(s["actors"]) - 1) / 2) * 0.12
            pts = [(r["portrayal"].get(name), i + dy) for i, r in enumerate(s["rows"])]
            pts = [(x, y) for x, y in pts if x is not None]
            ax.plot([x for x, _ in pts], [y for _, y in pts], "o", color=tab(j), ms=5,
                    label=_short(name, 20))
        ax.axvline(0, color="#888888", lw=0.8)
        ax.set_xlim(-1, 1)
        ax.set_xticks([-1, -0.5, 0, 0.5, 1])
        ax.set_yticks(range(len(outlets)), [_short(o, 18) for o in outlets], fontsize=7)
        ax.invert_yaxis()
        ax.tick_params(axis="x", labelsize=7)
        ax.set_title(_short(f"story: {s['key']}", 40), fontsize=8, loc="left")
        ax.legend(fontsize=6, frameon=False, loc="lower right")
        ax.grid(axis="x", alpha=0.3)
    fig.suptitle("Same story, different framing: portrayal of shared actors", fontsize=10,
                 x=0.01, ha="left")
    return _save(fig, "same_story", "Same story, different framing",
                 "For stories told by two or more outlets, the portrayal of the actors they "
                 "share, outlet by outlet.")


def _png_width(png: bytes) -> int:
    """The pixel width in a PNG's header (IHDR)."""
    return int.from_bytes(png[16:20], "big")


def _figures(v: dict[str, Any]) -> list[_Figure]:
    makers = (_fig_heatmap, _fig_unnamed, _fig_frames, _fig_voices, _fig_time, _fig_stories)
    return [f for f in (m(v) for m in makers) if f is not None]


# ---------------------------------------------------------------------------------------------
# Rendering

def render_corpus_report(db: str | Path | dict[str, Any], *,
                         format: Literal["html", "md"] = "html",
                         actors: Sequence[str] | None = None,
                         figure_dir: str | Path | None = None,
                         figure_href: str | None = None) -> tuple[str, list[Path]]:
    """The corpus (outlet) report of a results store, and the figure files it saved.

    Args:
        db: the SQLite store written by ``framing run``, or the dict of DataFrames that
            ``framing.load(db)`` returns.
        format: ``"html"`` (self-contained: figures embedded as PNG) or ``"md"``.
        actors: actors to follow over time (default: the most covered).
        figure_dir: where to save each figure as PNG and SVG (nothing is saved when None).
        figure_href: how the report links to ``figure_dir`` (default: its name).

    Returns:
        ``(report, figure_paths)``.
    """
    from markupsafe import Markup

    from .report import _asset, _csp, _environment

    if format not in ("html", "md"):
        raise ValueError(f"format must be 'html' or 'md', not {format!r}")
    _require_libraries()
    data = _load(db) if not isinstance(db, dict) else db
    view = corpus_view(data, actors=actors)
    view["tests"] = _tests(db if not isinstance(db, dict) else None, data)
    figs = _figures(view) if view["n_articles"] else []
    written: list[Path] = []
    href = figure_href
    if figure_dir is not None:
        fd = Path(figure_dir)
        fd.mkdir(parents=True, exist_ok=True)
        for f in figs:
            for ext, blob in (("png", f.png), ("svg", f.svg)):
                p = fd / f"{f.name}.{ext}"
                p.write_bytes(blob)
                written.append(p)
        href = href if href is not None else fd.name
    view["figures"] = [{"name": f.name, "title": f.title, "caption": f.caption,
                        "png": base64.b64encode(f.png).decode("ascii"),
                        # shown at 100 CSS pixels per inch of figure
                        "width": _png_width(f.png) * 100 // FIGURE_DPI,
                        "href": f"{href}/{f.name}" if href else None} for f in figs]
    if format == "md":
        return _environment("md").get_template("corpus.md.j2").render(v=view), written
    script = _asset("report.js")
    html = _environment("html").get_template("corpus.html.j2").render(
        v=view, css=Markup(_asset("report.css")), script=Markup(script), csp=_csp(script))
    return html, written


def write_corpus_report(db: str | Path, path: str | Path, *,
                        format: Literal["html", "md"] | None = None,
                        actors: Sequence[str] | None = None) -> CorpusReport:
    """Write the corpus (outlet) report of ``db`` to ``path``, with its figures beside it.

    The figures go to a folder named after the report (``outlets.html`` →
    ``outlets_figures/``), each as PNG and SVG.

    Example:
        >>> write_corpus_report("results.sqlite", "outlets.html")  # doctest: +SKIP
        CorpusReport(path=PosixPath('outlets.html'), figure_dir=PosixPath('outlets_figures'), ...)
    """
    p = Path(path)
    fmt = format or ("md" if p.suffix.lower() in (".md", ".markdown") else "html")
    fig_dir = p.with_name(f"{p.stem}_figures")
    text, figs = render_corpus_report(db, format=fmt, actors=actors, figure_dir=fig_dir)
    if p.parent != Path(""):
        p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding="utf-8")
    return CorpusReport(p, fig_dir, figs)
