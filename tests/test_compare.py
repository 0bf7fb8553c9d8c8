"""Outlet comparison: statistics checked against scipy, planted differences found, none invented."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from click.testing import CliRunner

import framing
from framing.cli import cli
from framing.compare import (
    _clustered_proportion_test,
    _permutation_ss,
    benjamini_hochberg,
    bootstrap_ci,
    compare,
    find_stories,
    group_column,
    parse_dates,
    wilson_interval,
)

from .corpus_helpers import CORPUS, MAPPING

np = pytest.importorskip("numpy")
pd = pytest.importorskip("pandas")
stats = pytest.importorskip("scipy.stats")

FRAMES = ("conflict", "economic", "human_interest", "morality", "responsibility")


# ---------------------------------------------------------------------------------------------
# Synthetic stores: DataFrames shaped like framing.load(db), with known differences.


def synthetic(spec: dict[str, dict], seed: int = 0, n: int = 60) -> dict:  # type: ignore[type-arg]
    """Articles of each outlet with portrayal scores, source types and frames drawn as specified.

    ``spec[outlet]`` may hold ``score`` (mean portrayal of "Menteri A"), ``unnamed`` (chance an
    attribution is unnamed), ``conflict`` (chance the conflict frame is present) and ``n``.
    """
    rng = np.random.default_rng(seed)
    arts, actors, atts, frames = [], [], [], []
    for outlet, s in spec.items():
        for i in range(s.get("n", n)):
            uid = f"{outlet}/{i}"
            arts.append({"uid": uid, "id": str(i), "outlet": outlet, "title": f"t{i}",
                         "date": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}",
                         "tone_score": float(rng.normal(0, 0.3)), "dominant_frame": None})
            for a, name in enumerate(("Menteri A", "Tokoh B", "Lembaga C")):
                mean = s.get("score", 0.0) if a == 0 else 0.0
                score = float(np.clip(rng.normal(mean, 0.35), -1, 1))
                label = "negative" if score < -0.1 else "positive" if score > 0.1 else "neutral"
                actors.append({"uid": uid, "actor": a, "name": name, "score": score,
                               "label": label})
            for k in range(int(rng.integers(1, 5))):
                unnamed = rng.random() < s.get("unnamed", 0.2)
                atts.append({"uid": uid, "idx": k,
                             "source_type": "unnamed" if unnamed else "named",
                             "speaker": None if unnamed else
                             ("Menteri A" if k == 0 else "Tokoh B")})
            for f in FRAMES:
                p = s.get(f, 0.3)
                frames.append({"uid": uid, "frame": f, "present": bool(rng.random() < p)})
    return {"articles": pd.DataFrame(arts), "actors": pd.DataFrame(actors),
            "attributions": pd.DataFrame(atts), "frames": pd.DataFrame(frames)}


def test(c, table: str, subject: str) -> dict:  # type: ignore[no-untyped-def,type-arg]
    t = c.tests
    row = t[(t["table"] == table) & (t["subject"] == subject)]
    assert len(row) == 1, (table, subject, t[["table", "subject"]])
    return row.iloc[0].to_dict()


test.__test__ = False  # type: ignore[attr-defined]  # a helper, not a test


# ---------------------------------------------------------------------------------------------
# The small statistics against scipy


@pytest.mark.parametrize("k, n", [(0, 10), (10, 10), (81, 263), (1, 2), (15, 148), (50, 100),
                                  (3, 1000)])
def test_wilson_matches_scipy(k: int, n: int) -> None:
    ci = stats.binomtest(k, n).proportion_ci(method="wilson")
    assert wilson_interval(k, n) == pytest.approx((ci.low, ci.high), abs=1e-12)


def test_wilson_known_case_and_empty() -> None:
    # Newcombe (1998), Statistics in Medicine 17: 857-872, example 81/263
    assert [round(x, 4) for x in wilson_interval(81, 263)] == [0.2553, 0.3662]
    assert all(math.isnan(x) for x in wilson_interval(0, 0))


def test_benjamini_hochberg_matches_scipy() -> None:
    rng = np.random.default_rng(1)
    p = list(np.concatenate([rng.uniform(0, 0.01, 5), rng.uniform(0, 1, 40)]))
    assert benjamini_hochberg(p) == pytest.approx(list(stats.false_discovery_control(p)))
    with_nan = [0.01, math.nan, 0.04, 0.03]
    got = benjamini_hochberg(with_nan)
    assert math.isnan(got[1])
    assert [got[0], got[2], got[3]] == pytest.approx(
        list(stats.false_discovery_control([0.01, 0.04, 0.03])))
    assert benjamini_hochberg([]) == []


def test_bootstrap_ci_agrees_with_scipy() -> None:
    x = np.random.default_rng(2).normal(0.2, 0.5, 80)
    ours = bootstrap_ci(x, n_boot=5000, rng=np.random.default_rng(3))
    ref = stats.bootstrap((x,), np.mean, n_resamples=5000, method="percentile",
                          rng=np.random.default_rng(4)).confidence_interval
    assert ours == pytest.approx((ref.low, ref.high), abs=0.02)
    assert all(math.isnan(v) for v in bootstrap_ci([0.5]))
    assert bootstrap_ci([0.3, 0.3, 0.3]) == (0.3, 0.3)


def test_permutation_test_agrees_with_scipy() -> None:
    rng = np.random.default_rng(5)
    samples = [rng.normal(0, 1, 25), rng.normal(0.5, 1, 30), rng.normal(0.1, 1, 20)]
    stat, p, eta2, _ = _permutation_ss(samples, 4999, np.random.default_rng(6))

    def ssb(*s):  # type: ignore[no-untyped-def]
        allx = np.concatenate(s)
        return sum(len(g) * (np.mean(g) - allx.mean()) ** 2 for g in s)

    ref = stats.permutation_test(samples, ssb, n_resamples=4999, alternative="greater",
                                 rng=np.random.default_rng(7))
    assert stat == pytest.approx(ref.statistic)
    assert p == pytest.approx(ref.pvalue, abs=0.015)
    assert 0 < eta2 < 1


def test_clustered_statistic_is_pearson_chi_square() -> None:
    rng = np.random.default_rng(8)
    labels = np.repeat([0, 1, 2], 200)
    k = (rng.random(600) < np.repeat([0.2, 0.3, 0.25], 200)).astype(int)
    nn = np.ones(600, dtype=int)  # one attribution per article: the plain chi-square case
    _, stat, p, v, _ = _clustered_proportion_test(k, nn, labels, 9999, np.random.default_rng(9))
    table = np.array([[k[labels == g].sum(), (1 - k[labels == g]).sum()] for g in range(3)])
    chi2, p_ref, _, _ = stats.chi2_contingency(table, correction=False)
    assert stat == pytest.approx(chi2)
    assert p == pytest.approx(p_ref, abs=0.025)  # Monte Carlo error and chi-square's asymptotics
    assert v == pytest.approx(stats.contingency.association(table, method="cramer"))


# ---------------------------------------------------------------------------------------------
# compare() on synthetic data


@pytest.fixture(scope="module")
def planted():  # type: ignore[no-untyped-def]
    data = synthetic({"Alpha": {"score": -0.4, "unnamed": 0.5, "conflict": 0.7},
                      "Beta": {"score": 0.3, "unnamed": 0.1, "conflict": 0.2},
                      "Gamma": {"score": 0.0, "unnamed": 0.2, "conflict": 0.3}})
    return data, compare(data, min_n=30, n_permutations=999)


def test_planted_differences_are_found_and_ranked(planted) -> None:  # type: ignore[no-untyped-def]
    _, c = planted
    for table, subject in [("portrayal", "Menteri A"), ("unnamed sources", "unnamed share"),
                           ("frames", "conflict")]:
        row = test(c, table, subject)
        assert row["significant"] is True and row["p_adjusted"] < 0.01, row
    p = c.portrayal[c.portrayal["actor"] == "Menteri A"].set_index("group")
    assert [p.loc[g, "rank"] for g in ("Beta", "Gamma", "Alpha")] == [1, 2, 3]
    assert p.loc["Alpha", "mean"] < 0 < p.loc["Beta", "mean"]
    assert (p["ci_low"] <= p["mean"]).all() and (p["mean"] <= p["ci_high"]).all()
    assert p.loc["Alpha", "share_negative"] > p.loc["Beta", "share_negative"]
    u = c.unnamed.set_index("group")
    assert u.loc["Alpha", "rank"] == 1 and u.loc["Beta", "rank"] == 3
    f = c.frames[c.frames["frame"] == "conflict"].set_index("group")
    assert f.loc["Alpha", "rank"] == 1


def test_portrayal_test_is_scipys_kruskal(planted) -> None:  # type: ignore[no-untyped-def]
    data, c = planted
    a = data["actors"].merge(data["articles"][["uid", "outlet"]], on="uid")
    samples = [a[(a["name"] == "Menteri A") & (a["outlet"] == g)]["score"].to_numpy()
               for g in ("Alpha", "Beta", "Gamma")]
    h, p = stats.kruskal(*samples)
    row = test(c, "portrayal", "Menteri A")
    assert row["statistic"] == pytest.approx(h) and row["p_value"] == pytest.approx(p)
    n = sum(len(s) for s in samples)
    assert row["effect_size"] == pytest.approx(h / ((n * n - 1) / (n + 1)))


def test_frame_test_is_scipys_chi_square(planted) -> None:  # type: ignore[no-untyped-def]
    data, c = planted
    fr = data["frames"].merge(data["articles"][["uid", "outlet"]], on="uid")
    fr = fr[fr["frame"] == "economic"]
    table = [[int(s["present"].sum()), int((~s["present"]).sum())]
             for _, s in fr.groupby("outlet")]
    chi2, p, _, _ = stats.chi2_contingency(table, correction=False)
    row = test(c, "frames", "economic")
    assert row["test"] == "chi-square"
    assert row["statistic"] == pytest.approx(chi2) and row["p_value"] == pytest.approx(p)


def test_small_tables_use_fisher(planted) -> None:  # type: ignore[no-untyped-def]
    data = synthetic({"A": {"n": 8, "morality": 0.9}, "B": {"n": 8, "morality": 0.1}}, seed=3)
    c = compare(data, min_n=5, n_permutations=199)
    fr = data["frames"].merge(data["articles"][["uid", "outlet"]], on="uid")
    fr = fr[fr["frame"] == "morality"]
    table = [[int(s["present"].sum()), int((~s["present"]).sum())]
             for _, s in fr.groupby("outlet")]
    row = test(c, "frames", "morality")
    assert row["test"] == "fisher-exact"
    assert row["p_value"] == pytest.approx(stats.fisher_exact(table).pvalue)


def test_small_tables_with_three_groups_use_monte_carlo_fisher() -> None:
    """Three outlets, small counts: scipy's Monte Carlo Fisher test, a float p-value close to
    a high-resample reference."""
    import numpy as np

    from framing.compare import _proportion_test

    table = [[1, 7], [5, 3], [0, 8]]
    name, _chi2, p, v, note = _proportion_test(table, 999, np.random.default_rng(1))
    ref = stats.fisher_exact(np.asarray(table), method=stats.MonteCarloMethod(
        n_resamples=20_000, rng=np.random.default_rng(2))).pvalue
    assert name == "fisher-exact (monte carlo)" and note == ""
    assert isinstance(p, float) and 0 < p <= 1 and 0 < v <= 1
    assert p == pytest.approx(float(np.asarray(ref).ravel()[0]), abs=0.02)


def test_permutation_option(planted) -> None:  # type: ignore[no-untyped-def]
    data, _ = planted
    c = compare(data, min_n=30, portrayal_test="permutation", n_permutations=499)
    row = test(c, "portrayal", "Menteri A")
    assert row["test"].startswith("permutation") and row["effect_measure"] == "eta-squared"
    assert row["p_value"] == pytest.approx(1 / 500) and row["significant"] is True


@pytest.mark.parametrize("seed", [11, 12, 13])
def test_no_difference_is_found_where_there_is_none(seed: int) -> None:
    same = {"score": 0.1, "unnamed": 0.3, "conflict": 0.4}
    data = synthetic({"A": same, "B": same, "C": same}, seed=seed, n=50)
    c = compare(data, min_n=30, n_permutations=199, seed=seed)
    tested = c.tests[c.tests["p_value"].notna()]
    assert len(tested) >= 8  # 3 actors, unnamed share, 5 frames, voices
    assert not tested["significant"].any(), tested[["subject", "p_value", "p_adjusted"]]
    assert c.portrayal["rank"].isna().all() and c.unnamed["rank"].isna().all()


def test_min_n_rule_refuses_to_rank_on_too_few_articles() -> None:
    data = synthetic({"Alpha": {"score": -0.5, "unnamed": 0.6},
                      "Beta": {"score": 0.5, "unnamed": 0.05},
                      "Kecil": {"score": 0.9, "unnamed": 0.9, "n": 8}})
    c = compare(data, min_n=30, n_permutations=199)
    g = c.groups.set_index("group")
    assert g.loc["Kecil", "enough"] == False and g.loc["Alpha", "enough"] == True  # noqa: E712
    row = test(c, "portrayal", "Menteri A")
    assert row["groups"] == 2 and row["significant"] is True  # tested without the small outlet
    p = c.portrayal[c.portrayal["actor"] == "Menteri A"].set_index("group")
    assert pd.isna(p.loc["Kecil", "rank"]) and p.loc["Beta", "rank"] == 1
    assert any("'Kecil' has 8 article(s) (< min_n 30)" in n for n in c.notes)
    # every group too small: nothing tested, nothing ranked, and it says why
    c = compare(data, min_n=100, n_permutations=99)
    assert c.tests["p_value"].isna().all() and c.portrayal["rank"].isna().all()
    assert any("fewer than two outlet groups with at least 100 articles" in n for n in c.notes)


def test_empty_store_compares_to_empty_tables(tmp_path: Path, lex) -> None:  # type: ignore[no-untyped-def]
    framing.run([], tmp_path / "r.sqlite", lexicons=lex)
    c = compare(tmp_path / "r.sqlite", stories=True)
    assert len(c.groups) == 0 and len(c.portrayal) == 0 and len(c.unnamed) == 0
    assert c.tests["p_value"].isna().all()
    json.dumps(c.to_dict())


# ---------------------------------------------------------------------------------------------
# Groups and dates


@pytest.mark.parametrize(
    "value, expected",
    [("2024-03-01", "2024-03-01"), ("2024-03-01T23:30:00+07:00", "2024-03-01"),
     ("Jumat, 1 Maret 2024 08:30 WIB", "2024-03-01"), ("17 Agustus 2023", "2023-08-17"),
     ("1 Des 2023", "2023-12-01"), ("03/04/2024", "2024-04-03"), ("bukan tanggal", None),
     (None, None), ("2024-02-30", None)],
    ids=["iso", "iso-time-zone", "indonesian", "indonesian-2", "abbrev", "day-first", "text",
         "none", "impossible"],
)
def test_parse_dates(value: str | None, expected: str | None) -> None:
    (got,) = parse_dates([value])
    assert (None if pd.isna(got) else got.date().isoformat()) == expected


@pytest.mark.parametrize(
    "by, expected",
    [("month", ["2024-01", "2024-02", None]), ("year", ["2024", "2024", None]),
     ("week", ["2024-W01", "2024-W05", None]), ("rubrik", ["a", None, "b"])],
)
def test_group_column(by: str, expected: list) -> None:  # type: ignore[type-arg]
    arts = pd.DataFrame({"date": ["2024-01-02", "2024-02-01", "?"], "rubrik": ["a", "", "b"]})
    assert group_column(arts, by).tolist() == expected


def test_unknown_group_column() -> None:
    with pytest.raises(ValueError, match="cannot group by 'penulis'"):
        group_column(pd.DataFrame({"date": []}), "penulis")


# ---------------------------------------------------------------------------------------------
# Same story, different framing (on the checked-in corpus)


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory: pytest.TempPathFactory, lex) -> Path:  # type: ignore[no-untyped-def]
    db = tmp_path_factory.mktemp("cmp") / "r.sqlite"
    framing.run([CORPUS], db, columns=MAPPING, lexicons=lex)
    return db


def test_stories_group_the_same_event_across_outlets(corpus_db: Path) -> None:
    c = compare(corpus_db, min_n=2, stories=True, n_permutations=99)
    st = c.stories
    assert len(st) == 4 and (st["n_groups"] == 3).all() and (st["n_articles"] == 3).all()
    assert st["first_date"].tolist() == ["2024-03-04", "2024-03-06", "2024-03-11", "2024-03-14"]
    d = framing.load(corpus_db)
    # each story holds one article per outlet about one event: the ids share a number
    so = c.story_outlets
    assert len(so) == 12 and set(so["group"]) == set(d["articles"]["outlet"])
    hendra = c.story_actors[c.story_actors["story"] == 1].set_index(["actor", "group"])
    assert len(hendra) >= 2
    assert any("share 4 stories (< min_n 2)" in n for n in c.notes) is False


@pytest.mark.parametrize(
    "window, similarity, n_stories",
    [(3, 0.3, 4), (0, 0.3, 4), (3, 0.95, 0)],
    ids=["default", "same-day-only", "too-strict"],
)
def test_story_options(corpus_db: Path, window: int, similarity: float, n_stories: int) -> None:
    d = framing.load(corpus_db, text=True)
    a = d["articles"]
    labels = find_stories((a["title"] + "\n" + a["text"]).tolist(), list(parse_dates(a["date"])),
                          window_days=window, similarity=similarity)
    stories = {lab for lab in labels if lab >= 0}
    assert len(stories) == n_stories
    if window == 0:
        # the same event reported a day later is another story within a zero-day window
        by_story = pd.Series(labels, index=a["uid"])
        assert by_story["Suara Rakyat/sr-101"] != by_story["Warta Nusantara/wn-001"]


def test_unrelated_articles_on_the_same_day_are_not_one_story() -> None:
    texts = ["Harga beras naik di pasar tradisional, pedagang mengeluh pasokan beras seret.",
             "Timnas sepak bola menang dua gol tanpa balas di stadion utama.",
             "Harga beras di pasar tradisional naik tajam, pasokan beras dari petani seret."]
    dates = list(parse_dates(["2024-03-01"] * 3))
    labels = find_stories(texts, dates, similarity=0.2)
    assert labels[0] == labels[2] != -1 and labels[1] == -1


def test_stories_need_texts(tmp_path: Path, lex) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "r.sqlite"
    framing.run([CORPUS], db, columns=MAPPING, lexicons=lex, keep_text=False)
    c = compare(db, min_n=2, stories=True, n_permutations=99)
    assert len(c.stories) == 0 and any("no article texts" in n for n in c.notes)


def test_compare_by_month_and_by_extra_column(corpus_db: Path) -> None:
    c = compare(corpus_db, by="month", min_n=1, n_permutations=99)
    assert c.groups["group"].tolist() == ["2024-03"]
    c = compare(corpus_db, by="rubrik", min_n=1, n_permutations=99)
    assert c.groups["group"].tolist() == ["daerah", "ekonomi", "hukum", "olahraga"]
    assert any("8 article(s) have no rubrik" in n for n in c.notes)


# ---------------------------------------------------------------------------------------------
# The command line


@pytest.mark.parametrize("fmt", ["table", "json", "csv"])
def test_cli_compare_formats(corpus_db: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / "out"
    args = ["compare", "--db", str(corpus_db), "--min-n", "2", "--stories", "--format", fmt]
    if fmt == "csv":
        args += ["-o", str(out)]
    res = CliRunner().invoke(cli, args)
    assert res.exit_code == 0, res.output
    if fmt == "table":
        assert "Same story, different framing" in res.stdout and "== Notes" in res.stdout
    elif fmt == "json":
        d = json.loads(res.stdout)
        assert d["by"] == "outlet" and len(d["stories"]) == 4 and d["tests"]
    else:
        assert (out / "tests.csv").is_file() and (out / "stories.csv").is_file()
        assert (out / "notes.txt").is_file()


def test_cli_compare_unknown_column_is_one_clear_line(corpus_db: Path) -> None:
    res = CliRunner().invoke(cli, ["compare", "--db", str(corpus_db), "--by", "penulis"])
    assert res.exit_code == 1 and "cannot group by 'penulis'" in res.output
    assert "Traceback" not in res.output


@pytest.mark.parametrize("gold, pred, p, r, ari_one", [
    ([0, 0, 1, 1, None], [5, 5, 7, 7, -1], 1.0, 1.0, True),     # same grouping, other ids
    ([0, 0, 0, None], [1, 1, -1, -1], 1.0, 1 / 3, False),        # one pair of three found
    ([None, None, None], [1, 1, 1], 0.0, 0.0, False),            # everything merged: no gold pair
    (["a", "a", None, None], [1, -1, 1, -1], 0.0, 0.0, False),   # the wrong pair
])
def test_pair_scores(gold, pred, p, r, ari_one) -> None:  # type: ignore[no-untyped-def]
    from framing.evaluate import pair_scores

    res = pair_scores(gold, pred)
    assert res["precision"] == pytest.approx(p, abs=1e-4)
    assert res["recall"] == pytest.approx(r, abs=1e-4)
    assert (res["ari"] == 1.0) is ari_one


def test_pair_scores_lengths_must_match() -> None:
    from framing.evaluate import pair_scores

    with pytest.raises(ValueError, match="length"):
        pair_scores([0, 0], [0])


def test_match_actor_by_initials_alone() -> None:
    from framing import Analyzer
    from framing.evaluate import match_actor

    r = Analyzer().analyze("Seorang pedagang, W (40), mengaku rugi. Menurut W (40), pasar sepi "
                           "sejak pekan lalu.")
    got = match_actor(r, "W")
    assert got is not None and got.name == "W"
    assert match_actor(r, "Q") is None
