"""Corpus and outlet reports: how outlets differ, with intervals, tests and figures.

``framing report --db results.sqlite -o outlets.html`` reads a results store (``framing run``)
and writes one self-contained HTML page (or Markdown) with:

- an outlet table: articles, attributions, unnamed and uncheckable shares, tone;
- figures (each also saved as PNG and SVG beside the report, for papers): an outlet × actor
  portrayal heat map with 95% intervals, the unnamed-source share by outlet with intervals, frame
  prevalence by outlet, voice share (who gets quoted), portrayal over time for chosen actors, and
  "same story, different framing" comparisons;
- the tests of :func:`framing.compare`, with effect sizes and corrected p-values, and its notes
  (which groups were too small to test, and why).

Every statistic comes from :func:`framing.compare` (bootstrap intervals for mean portrayal,
Wilson intervals for shares, Kruskal-Wallis / chi-square tests with Benjamini-Hochberg
correction); this module only lays them out. Stories come from the corpus's own ``story`` column
when it has one (a researcher's grouping beats an automatic one), else from ``compare``'s
grouping of similar texts.

matplotlib, numpy and pandas are imported when a report is made. Figures are drawn with
matplotlib's object API (no pyplot), so making a report never changes a notebook's backend.
"""

from __future__ import annotations

import base64
import io
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from . import __version__

__all__ = ["render_corpus_report", "write_corpus_report", "corpus_view", "CorpusReport",
           "CorpusReportError"]

# Outlets and actors shown in figures and tables; a huge corpus is summarised by its largest
# outlets and most covered actors (the rest are counted, not drawn).
MAX_OUTLETS = 12
MAX_HEATMAP_ACTORS = 15
MAX_TIME_ACTORS = 3
MAX_VOICES = 6
MAX_STORIES = 6
MAX_TABLE_ROWS = 60
MAX_NOTES = 40
# Columns that, when the corpus has them, say which articles tell the same story.
STORY_COLUMNS = ("story", "story_id", "event")
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
# Reading the store and comparing

def _require_libraries() -> None:
    missing = []
    for name in ("numpy", "pandas", "matplotlib", "scipy"):
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
        return load(db, text=True)
    except FileNotFoundError as e:
        raise CorpusReportError(str(e)) from None
    except Exception as e:  # sqlite3.DatabaseError and friends: not a store
        raise CorpusReportError(f"{db}: not a framing results store ({e})") from None


def _num(x: Any) -> float:
    try:
        v = float(x)
    except (TypeError, ValueError):
        return math.nan
    return v


def _fmt_ci(m: float, lo: float, hi: float, pct: bool = False) -> str:
    if m is None or math.isnan(_num(m)):
        return "—"
    f = (lambda x: f"{x:.0%}") if pct else (lambda x: f"{x:+.2f}")
    if math.isnan(_num(lo)) or math.isnan(_num(hi)):
        return f(m)
    return f"{f(m)} [{f(lo)}, {f(hi)}]"


def _period_start(group: str, unit: str) -> Any:
    import pandas as pd

    if unit == "week":
        return pd.to_datetime(f"{group}-1", format="%G-W%V-%u", errors="coerce")
    return pd.to_datetime(group, errors="coerce")


def _compare(data: dict[str, Any], **kw: Any) -> Any:
    from .compare import compare

    try:
        return compare(data, **kw)
    except ImportError:  # scikit-learn missing: everything but the automatic stories
        if kw.get("stories"):
            return compare(data, **{**kw, "stories": False})
        raise


def corpus_view(data: dict[str, Any], *, actors: Sequence[str] | None = None,
                min_n: int | None = None) -> dict[str, Any]:
    """Tables and numbers for a corpus report, from the DataFrames of :func:`framing.load`.

    Args:
        data: ``{"articles": ..., "actors": ..., "attributions": ..., "frames": ...}`` as
            returned by ``framing.load(db)`` (with ``text=True`` for automatic stories).
        actors: actors to follow over time (default: the most covered ones).
        min_n: the minimum articles per outlet for a test (default: :func:`framing.compare`'s).
    """
    import numpy as np
    import pandas as pd

    from .compare import MIN_N, bootstrap_ci, group_column, parse_dates

    min_n = MIN_N if min_n is None else min_n
    arts = data["articles"].copy()
    errors = data.get("errors")
    view: dict[str, Any] = {
        "n_articles": len(arts), "min_n": min_n,
        "n_attributions": len(data.get("attributions", ())),
        "n_actor_rows": len(data.get("actors", ())),
        "n_errors": 0 if errors is None else len(errors),
        "lexicon_versions": sorted({str(v) for v in arts.get("lexicon_version", pd.Series())
                                    .dropna()}),
        "framing_versions": sorted({str(v) for v in arts.get("framing_version", pd.Series())
                                    .dropna()}),
        "report_version": __version__, "outlets": [], "n_outlets": 0, "more_outlets": 0,
        "outlet_rows": [], "heat_actors": [], "heat": {}, "more_actors": 0, "prevalence": {},
        "voice_names": [], "voice": {}, "time_series": {}, "time_unit": "month",
        "time_actors": [], "missing_actors": [], "stories": [], "n_stories": 0,
        "story_key": None, "tests": [], "untested": 0, "more_tests": 0, "notes": [],
        "date_range": None, "undated": 0,
    }
    if not len(arts):
        return view
    arts["outlet"] = arts["outlet"].where(arts["outlet"].notna(), "(no outlet)").astype(str)
    data = {**data, "articles": arts}
    dates = parse_dates(arts["date"])
    if dates.notna().any():
        view["date_range"] = (dates.min().date().isoformat(), dates.max().date().isoformat())
    view["undated"] = int(dates.isna().sum())

    has_story = next((c for c in STORY_COLUMNS if c in arts.columns and arts[c].notna().any()),
                     None)
    c = _compare(data, by="outlet", top_actors=MAX_HEATMAP_ACTORS, top_voices=MAX_VOICES,
                 min_n=min_n, stories=has_story is None and "text" in arts.columns)
    counts = c.groups.sort_values(["n_articles", "group"], ascending=[False, True])
    outlets = [str(g) for g in counts["group"][:MAX_OUTLETS]]
    view.update(outlets=outlets, n_outlets=len(counts),
                more_outlets=max(0, len(counts) - MAX_OUTLETS))

    # outlet table
    un = c.unnamed.set_index("group")
    rng = np.random.default_rng(0)
    rows = []
    for o in outlets:
        a = arts[arts["outlet"] == o]
        u = un.loc[o] if o in un.index else None
        tone = a["tone_score"].astype(float).dropna()
        lo, hi = bootstrap_ci(tone.to_numpy(), rng=rng)
        dom = a["dominant_frame"].dropna()
        unnamed = ((_num(u["share"]), _num(u["ci_low"]), _num(u["ci_high"])) if u is not None
                   else (math.nan,) * 3)
        unc = (_num(u["uncheckable_share"]) if u is not None else math.nan, math.nan, math.nan)
        rows.append({"outlet": o, "articles": len(a),
                     "attributions": int(u["attributions"]) if u is not None else 0,
                     "enough": bool(len(a) >= min_n),
                     "unnamed": unnamed, "uncheckable": unc,
                     "unnamed_txt": _fmt_ci(*unnamed, pct=True),
                     "uncheckable_txt": _fmt_ci(*unc, pct=True),
                     "tone_txt": _fmt_ci(float(tone.mean()) if len(tone) else math.nan, lo, hi),
                     "top_frame": FRAME_NAMES.get(dom.mode().iloc[0], dom.mode().iloc[0])
                     if len(dom) else "—"})
    view["outlet_rows"] = rows

    # portrayal heat map
    port = c.portrayal
    heat_actors = list(dict.fromkeys(port["actor"]))[:MAX_HEATMAP_ACTORS]
    view["heat_actors"] = heat_actors
    view["more_actors"] = max(0, data["actors"]["name"].nunique() - len(heat_actors))
    view["heat"] = {(str(r.group), r.actor): {"mean": _num(r.mean), "lo": _num(r.ci_low),
                                              "hi": _num(r.ci_high), "n": int(r.n)}
                    for r in port.itertuples() if str(r.group) in outlets}

    # frames, voices
    view["prevalence"] = {(str(r.group), r.frame): (_num(r.share), _num(r.ci_low),
                                                    _num(r.ci_high), int(r.present), int(r.n))
                          for r in c.frames.itertuples()}
    view["voice_names"] = list(dict.fromkeys(c.voice["speaker"]))
    view["voice"] = {(str(r.group), r.speaker): (_num(r.share), _num(r.ci_low), _num(r.ci_high),
                                                 int(r.quoted), int(r.attributions))
                     for r in c.voice.itertuples()}

    # portrayal over time: compare by month (or week, or day, for short spans)
    span = (dates.max() - dates.min()).days if dates.notna().any() else 0
    unit = "month" if span > 60 else "week" if span > 14 else "day"
    by_n = port.groupby("actor")["n"].sum().sort_values(ascending=False, kind="stable")
    chosen = list(actors) if actors else list(by_n.index[:MAX_TIME_ACTORS])
    known = set(data["actors"]["name"])
    view["missing_actors"] = [a for a in chosen if a not in known]
    chosen = [a for a in chosen if a in known][:MAX_TIME_ACTORS if not actors else None]
    view.update(time_actors=chosen, time_unit=unit)
    if chosen and dates.notna().sum() >= 2:
        period = dict(zip(arts["uid"], group_column(arts, unit), strict=True))
        act = data["actors"]
        act = act[act["name"].isin(chosen)].assign(period=lambda x: x["uid"].map(period))
        series: dict[str, list[tuple[Any, float, float, float, int]]] = {}
        for (name, when), g in act[act["period"].notna()].groupby(["name", "period"]):
            x = g["score"].astype(float).to_numpy()
            lo, hi = bootstrap_ci(x, rng=rng)
            start = _period_start(str(when), unit)
            if start is not pd.NaT:
                series.setdefault(str(name), []).append((start, float(x.mean()), lo, hi, len(x)))
        view["time_series"] = {k: sorted(v, key=lambda p: p[0]) for k, v in series.items()}

    # same story, different framing
    if has_story:
        view["story_key"] = has_story
        view["stories"], view["n_stories"] = _stories_from_column(data, has_story)
    elif c.stories is not None and len(c.stories):
        view["stories"], view["n_stories"] = _stories_from_compare(c)

    # tests
    t = c.tests.copy()
    tested = t[t["p_value"].notna()].sort_values(["p_adjusted", "table", "subject"])
    view["untested"] = int(t["p_value"].isna().sum())
    view["more_tests"] = max(0, len(tested) - MAX_TABLE_ROWS)
    view["tests"] = [{
        "measure": r.table, "subject": r.subject, "test": r.test, "groups": int(r.groups),
        "n": int(r.n), "statistic": _num(r.statistic),
        "effect": f"{r.effect_measure} {_num(r.effect_size):.3f}"
        if not math.isnan(_num(r.effect_size)) else "—",
        "p": _num(r.p_value), "p_adjusted": _num(r.p_adjusted),
        "significant": bool(r.significant) if r.significant is not None else False,
        "note": r.note or ""} for r in tested.head(MAX_TABLE_ROWS).itertuples()]
    notes = list(c.notes)
    view["notes"] = notes[:MAX_NOTES]
    view["more_notes"] = max(0, len(notes) - MAX_NOTES)
    return view


def _stories_from_column(data: dict[str, Any], col: str) -> tuple[list[dict[str, Any]], int]:
    """Stories told by two or more outlets, grouped by the corpus's own ``col``."""
    import pandas as pd

    arts = data["articles"]
    act, att = data["actors"], data["attributions"]
    a = arts[arts[col].notna()]
    multi = [(k, g) for k, g in a.groupby(col) if g["outlet"].nunique() >= 2]
    multi.sort(key=lambda kg: (-kg[1]["outlet"].nunique(), str(kg[0])))
    out = []
    for key, g in multi[:MAX_STORIES]:
        sa = act[act["uid"].isin(g["uid"])].merge(g[["uid", "outlet"]], on="uid")
        shared = sa.groupby("name")["outlet"].nunique()
        names = list(shared[shared >= 2].sort_values(ascending=False, kind="stable").index[:4])
        rows = []
        for o, s in g.groupby("outlet", sort=True):
            at = att[att["uid"].isin(s["uid"])]
            dom = s["dominant_frame"].dropna()
            por = sa[sa["outlet"] == o].groupby("name")["score"].mean()
            rows.append({"outlet": o, "n": len(s), "titles": [str(t) for t in s["title"].dropna()],
                         "tone": _num(s["tone_score"].astype(float).mean()),
                         "attributions": len(at),
                         "unnamed_share": _num((at["source_type"] == "unnamed").mean())
                         if len(at) else math.nan,
                         "frame": FRAME_NAMES.get(dom.mode().iloc[0], dom.mode().iloc[0])
                         if len(dom) else "—",
                         "portrayal": {n: (None if pd.isna(por.get(n)) else float(por[n]))
                                       for n in names}})
        out.append({"key": str(key), "label": "", "outlets": int(g["outlet"].nunique()),
                    "actors": names, "rows": rows})
    return out, len(multi)


def _stories_from_compare(c: Any) -> tuple[list[dict[str, Any]], int]:
    """Stories found by :func:`framing.compare` (similar texts within a few days)."""
    st = c.stories.sort_values(["n_groups", "story"], ascending=[False, True])
    out = []
    for s in st.head(MAX_STORIES).itertuples():
        so = c.story_outlets[c.story_outlets["story"] == s.story]
        sa = c.story_actors[c.story_actors["story"] == s.story]
        names = list(sa.groupby("actor")["group"].nunique().sort_values(
            ascending=False, kind="stable").index[:4])
        rows = []
        for r in so.sort_values("group").itertuples():
            por = sa[sa["group"] == r.group].set_index("actor")["mean"]
            dom = r.dominant_frame
            rows.append({"outlet": str(r.group), "n": int(r.n), "titles": [],
                         "tone": _num(r.tone), "attributions": int(r.attributions),
                         "unnamed_share": _num(r.unnamed_share),
                         "frame": FRAME_NAMES.get(dom, dom) if isinstance(dom, str) else "—",
                         "portrayal": {n: (float(por[n]) if n in por.index else None)
                                       for n in names}})
        out.append({"key": f"{s.story}: {s.title}", "label": s.label,
                    "outlets": int(s.n_groups), "actors": names, "rows": rows})
    return out, len(st)


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
    means = np.array([[v["heat"].get((o, a), {}).get("mean", math.nan) for o in outlets]
                      for a in names], dtype=float)
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
            c = v["heat"].get((o, a), {"n": 0})
            if c["n"] == 0:
                continue
            txt = f"{c['mean']:+.2f}"
            if c["n"] >= 2 and not math.isnan(c["lo"]):
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
                 "Share of each outlet's attributions whose source is unnamed (circles, with "
                 "95% Wilson intervals) or unnamed or unattributed (squares).")


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
        _share_panel(ax, [v["prevalence"].get((o, frame)) for o in outlets], "#8250df")
        ax.set_title(FRAME_NAMES[frame], fontsize=9)
    axes[0].set_yticks(range(len(outlets)), [_short(o, 24) for o in outlets], fontsize=8)
    axes[0].invert_yaxis()
    fig.suptitle("Frames present, share of articles", fontsize=10, x=0.01, ha="left")
    return _save(fig, "frame_prevalence", "Frames by outlet",
                 "Share of each outlet's articles in which each frame (Semetko & Valkenburg "
                 "2000) is present, with 95% Wilson intervals.")


def _share_panel(ax: Any, cells: list[Any], color: str) -> None:
    """One panel of shares with intervals, a row per outlet; ``cells`` are (p, lo, hi, k, n)."""
    for i, cell in enumerate(cells):
        if cell is None or cell[4] == 0:
            continue
        p, lo, hi, _k, _n = cell
        ax.plot([lo, hi], [i, i], color=color, lw=2, alpha=0.5)
        ax.plot([p], [i], "o", color=color, ms=5)
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(_pct_formatter())
    ax.tick_params(axis="x", labelsize=7)
    ax.grid(axis="x", alpha=0.3)


def _fig_voices(v: dict[str, Any]) -> _Figure | None:
    outlets, names = v["outlets"], v["voice_names"]
    if not outlets or not names:
        return None
    fig = _new_figure(max(6.0, 2.1 * len(names) + 1.0), max(2.2, 0.42 * len(outlets) + 1.3))
    axes = fig.subplots(1, len(names), sharey=True, squeeze=False)[0]
    for ax, name in zip(axes, names, strict=True):
        _share_panel(ax, [v["voice"].get((o, name)) for o in outlets], "#0969da")
        ax.set_title(_short(name, 20), fontsize=8)
    axes[0].set_yticks(range(len(outlets)), [_short(o, 24) for o in outlets], fontsize=8)
    axes[0].invert_yaxis()
    fig.suptitle("Who gets to speak: each speaker's share of an outlet's attributions",
                 fontsize=10, x=0.01, ha="left")
    return _save(fig, "voice_share", "Voice share by outlet",
                 "Share of each outlet's quotes and reported claims that come from each of the "
                 "corpus's most quoted speakers, with 95% Wilson intervals.")


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
                         figure_href: str | None = None,
                         min_n: int | None = None) -> tuple[str, list[Path]]:
    """The corpus (outlet) report of a results store, and the figure files it saved.

    Args:
        db: the SQLite store written by ``framing run``, or the dict of DataFrames that
            ``framing.load(db)`` returns.
        format: ``"html"`` (self-contained: figures embedded as PNG) or ``"md"``.
        actors: actors to follow over time (default: the most covered).
        figure_dir: where to save each figure as PNG and SVG (nothing is saved when None).
        figure_href: how the report links to ``figure_dir`` (default: its name).
        min_n: the minimum articles per outlet for a test (default: :func:`framing.compare`'s
            30); smaller outlets are shown but not tested.

    Returns:
        ``(report, figure_paths)``.
    """
    from markupsafe import Markup

    from .report import _asset, _csp, _environment

    if format not in ("html", "md"):
        raise ValueError(f"format must be 'html' or 'md', not {format!r}")
    _require_libraries()
    data = _load(db) if not isinstance(db, dict) else db
    view = corpus_view(data, actors=actors, min_n=min_n)
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
                        actors: Sequence[str] | None = None,
                        min_n: int | None = None) -> CorpusReport:
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
    text, figs = render_corpus_report(db, format=fmt, actors=actors, figure_dir=fig_dir,
                                      min_n=min_n)
    if p.parent != Path(""):
        p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding="utf-8")
    return CorpusReport(p, fig_dir, figs)
