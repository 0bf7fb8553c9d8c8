"""Measured against gold data: PFSA-ID (../shared), and our own source-type gold set.

The thresholds are the targets of issues 2 and 3; a regression below them fails the suite.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from framing.evaluate import actor_recall, evaluate_attribution, evaluate_sources

from .conftest import PFSA_DEV, needs_shared

SOURCES_GOLD = Path(__file__).parent / "data" / "sources_gold" / "sources.jsonl"


@pytest.fixture(scope="module")
def attribution(analyzer):  # type: ignore[no-untyped-def]
    return evaluate_attribution(PFSA_DEV, analyzer)


@needs_shared
def test_actor_recall_on_pfsa(analyzer) -> None:  # type: ignore[no-untyped-def]
    res = actor_recall(PFSA_DEV, analyzer)
    assert res["total"] > 400
    assert res["recall"] >= 0.90, res


@needs_shared
def test_attributed_sentences_on_pfsa(attribution) -> None:  # type: ignore[no-untyped-def]
    m = attribution["attributed_sentences"]
    assert m["precision"] >= 0.90 and m["recall"] >= 0.85, m


@needs_shared
def test_speaker_match_on_pfsa(attribution) -> None:  # type: ignore[no-untyped-def]
    assert attribution["speaker_match"]["accuracy"] >= 0.85, attribution["speaker_match"]


def test_source_types_dev(analyzer) -> None:  # type: ignore[no-untyped-def]
    res = evaluate_sources(SOURCES_GOLD, analyzer, split="dev")
    u = res["per_type"]["unnamed"]
    assert u["precision"] >= 0.90 and u["recall"] >= 0.85, u
    assert res["named_vs_unnamed_accuracy"] >= 0.95


def test_source_types_held_out_unnamed(analyzer) -> None:  # type: ignore[no-untyped-def]
    res = evaluate_sources(SOURCES_GOLD, analyzer, split="test")
    u = res["per_type"]["unnamed"]
    assert u["precision"] >= 0.90 and u["recall"] >= 0.85, u


def test_source_types_held_out_named_vs_unnamed(analyzer) -> None:  # type: ignore[no-untyped-def]
    """0.933 when first measured; 0.989 after the reporting cues were widened. The widening was
    general, but its author had seen this set's errors, so `heldout2` (written later, by an
    annotator who never saw the tool) is the clean held-out measure."""
    res = evaluate_sources(SOURCES_GOLD, analyzer, split="test")
    assert res["named_vs_unnamed_accuracy"] >= 0.95


HELDOUT2 = Path(__file__).parent / "data" / "sources_gold" / "heldout2.jsonl"


def test_source_types_second_set(analyzer) -> None:  # type: ignore[no-untyped-def]
    """heldout2 was clean when first measured (named-vs-unnamed 0.85, unnamed P 0.96 R 0.86); its
    errors were then studied, so it now serves as a second development set. heldout3 is the
    clean held-out measure."""
    res = evaluate_sources(HELDOUT2, analyzer)
    u = res["per_type"]["unnamed"]
    assert u["precision"] >= 0.90 and u["recall"] >= 0.85, u
    assert res["named_vs_unnamed_accuracy"] >= 0.95


HELDOUT3 = Path(__file__).parent / "data" / "sources_gold" / "heldout3.jsonl"


def test_source_types_third_set(analyzer) -> None:  # type: ignore[no-untyped-def]
    """heldout3 was clean when first measured (named-vs-unnamed 0.92, unnamed P 0.98 R 0.92);
    its ten errors were then fixed in general rules, so it is now a development set too."""
    res = evaluate_sources(HELDOUT3, analyzer)
    u = res["per_type"]["unnamed"]
    assert u["precision"] >= 0.90 and u["recall"] >= 0.85, u
    assert res["named_vs_unnamed_accuracy"] >= 0.95


HELDOUT4 = Path(__file__).parent / "data" / "sources_gold" / "heldout4.jsonl"


def test_source_types_fourth_held_out(analyzer) -> None:  # type: ignore[no-untyped-def]
    """The clean held-out measure: written by an annotator who saw neither the tool nor the
    other sets, measured once after the fixes made on heldout3 (named-vs-unnamed 0.950, unnamed
    P 1.00 R 0.92). Its errors have not been read."""
    res = evaluate_sources(HELDOUT4, analyzer)
    u = res["per_type"]["unnamed"]
    assert u["precision"] >= 0.90 and u["recall"] >= 0.85, u
    assert res["named_vs_unnamed_accuracy"] >= 0.95


NUSAX_VALID = PFSA_DEV.parents[1] / "nusax-senti-id" / "valid.csv"
SMSA_VALID = PFSA_DEV.parents[1] / "smsa" / "valid.tsv"
PORTRAYAL_GOLD = Path(__file__).parent / "data" / "portrayal_gold" / "gold.jsonl"


@needs_shared
@pytest.mark.parametrize("path, target", [(NUSAX_VALID, 0.75), (SMSA_VALID, 0.72)],
                         ids=["nusax-valid", "smsa-valid"])
def test_sentence_sentiment_lexicon_alone(analyzer, path: Path, target: float) -> None:  # type: ignore[no-untyped-def]
    from framing.evaluate import evaluate_sentiment

    res = evaluate_sentiment(path, analyzer)
    assert res["macro_f1"] >= target, res


PORTRAYAL_HELDOUT = PORTRAYAL_GOLD.parent / "batch4" / "gold.jsonl"
PORTRAYAL_BATCH2 = PORTRAYAL_GOLD.parent / "batch2" / "gold.jsonl"
PORTRAYAL_BATCH3 = PORTRAYAL_GOLD.parent / "batch3" / "gold.jsonl"


@needs_shared
def test_frames_held_out(analyzer) -> None:  # type: ignore[no-untyped-def]
    """The fourth batch (51 articles, never used in development): micro-F1 0.737 (0.638 with the
    frame presence rule of before the per-frame calibration)."""
    from framing.evaluate import evaluate_frames

    res = evaluate_frames(PORTRAYAL_HELDOUT, analyzer, corpus=PFSA_DEV)
    assert res["n"] == 51
    assert res["micro"]["f1"] >= 0.65, res


@needs_shared
def test_frames_earlier_batches(analyzer) -> None:  # type: ignore[no-untyped-def]
    """The earlier held-out frame measures, before they were retired (the first batch's test half
    0.738, the second batch 0.707, the third 0.670); all are development data now."""
    from framing.evaluate import evaluate_frames

    res = evaluate_frames(PORTRAYAL_GOLD, analyzer, corpus=PFSA_DEV, split="test")
    assert res["n"] == 25
    assert res["micro"]["f1"] >= 0.65, res
    for batch, n in ((PORTRAYAL_BATCH2, 50), (PORTRAYAL_BATCH3, 50)):
        res = evaluate_frames(batch, analyzer, corpus=PFSA_DEV)
        assert res["n"] == n
        assert res["micro"]["f1"] >= 0.70, res


@needs_shared
@pytest.mark.xfail(strict=True, reason="portrayal on the held-out fourth batch (51 articles, 188 "
                   "actors) is accuracy 0.670 and macro-F1 0.403 (targets 0.75 and 0.65; always-"
                   "neutral scores 0.734 / 0.282): the rules find a quarter of the gold negatives "
                   "and 2 of 26 positives. The code of the session's start scores the same "
                   "(0.665 / 0.411): rule rounds that gain on development sets do not carry over")
def test_portrayal_held_out(analyzer) -> None:  # type: ignore[no-untyped-def]
    from framing.evaluate import evaluate_portrayal

    res = evaluate_portrayal(PORTRAYAL_HELDOUT, analyzer, corpus=PFSA_DEV)
    assert res["macro_f1"] >= 0.65 and res["accuracy"] >= 0.75, res


@needs_shared
@pytest.mark.parametrize("batch, accuracy, macro_f1", [
    # development sets since they were measured (held out: 0.641 / 0.410 and 0.739 / 0.577)
    (PORTRAYAL_BATCH2, 0.70, 0.57),  # now 0.735 / 0.608
    (PORTRAYAL_BATCH3, 0.78, 0.68),  # now 0.811 / 0.712
])
def test_portrayal_later_batches_floor(analyzer, batch, accuracy, macro_f1  # type: ignore[no-untyped-def]
                                       ) -> None:
    """Floors against regressions on the retired held-out batches."""
    from framing.evaluate import evaluate_portrayal

    res = evaluate_portrayal(batch, analyzer, corpus=PFSA_DEV)
    assert res["accuracy"] >= accuracy and res["macro_f1"] >= macro_f1, res


def test_portrayal_development_floor(analyzer) -> None:  # type: ignore[no-untyped-def]
    """A floor against regressions on the 51 development articles (now 0.817 / 0.724)."""
    from framing.evaluate import evaluate_portrayal

    res = evaluate_portrayal(PORTRAYAL_GOLD, analyzer, corpus=PFSA_DEV)
    assert res["accuracy"] >= 0.79 and res["macro_f1"] >= 0.69, res


@needs_shared
def test_story_grouping_against_gold() -> None:
    """The same-story grouping on 202 PFSA-ID articles (tests/data/stories_gold): pairwise F1 0.267
    at the default similarity; a floor against regressions, not a target (see that README)."""
    from framing.evaluate import evaluate_stories

    res = evaluate_stories(Path(__file__).parent / "data" / "stories_gold" / "gold.jsonl",
                           corpus=PFSA_DEV)
    assert res["n"] == 202 and res["gold_pairs"] == 19
    assert res["f1"] >= 0.25 and res["precision"] >= 0.3, res


PERSONS_GOLD = Path(__file__).parent / "data" / "persons_gold"


@needs_shared
@pytest.mark.parametrize("part, articles, precision, recall",
                         [("dev", 20, 0.86, 0.90), ("heldout", 20, 0.79, 0.90),
                          ("heldout2", 20, 0.87, 0.86), ("heldout3", 15, 0.79, 0.90)])
def test_person_discovery_floor(analyzer, part: str, articles: int,  # type: ignore[no-untyped-def]
                                precision: float, recall: float) -> None:
    """Person actors against the gold of every person each article names (precision / recall):
    dev 0.879 / 0.913, heldout 0.807 / 0.922, heldout2 0.888 / 0.879 (development now), heldout3
    (held out, measured once) 0.806 / 0.926; with the code before the precision rounds 0.658 /
    0.850, 0.598 / 0.870, 0.642 / 0.869 and 0.704 / 0.926. tests/data/persons_gold/README.md."""
    from framing.evaluate import evaluate_persons

    res = evaluate_persons(PERSONS_GOLD / part / "gold.jsonl", analyzer, corpus=PFSA_DEV)
    assert res["articles"] == articles
    assert res["precision"] >= precision and res["recall"] >= recall, {
        k: v for k, v in res.items() if k != "details"}


BODIES_GOLD = Path(__file__).parent / "data" / "bodies_gold"


@needs_shared
@pytest.mark.parametrize("part, precision, recall",
                         [("dev", 0.82, 0.85), ("heldout", 0.79, 0.87), ("heldout2", 0.76, 0.74)])
def test_body_discovery_floor(analyzer, part: str, precision: float,  # type: ignore[no-untyped-def]
                              recall: float) -> None:
    """Organisations, government bodies and countries against the gold of every body each article
    names (precision / recall): dev 0.832 / 0.865, heldout 0.804 / 0.886 (0.793 / 0.830 when held
    out), heldout2 (held out) 0.771 / 0.757; before the body rounds 0.770 / 0.825, 0.777 / 0.830
    and 0.721 / 0.721. tests/data/bodies_gold/README.md has the protocol."""
    from framing.evaluate import evaluate_bodies

    res = evaluate_bodies(BODIES_GOLD / part / "gold.jsonl", analyzer, corpus=PFSA_DEV)
    assert res["articles"] == 15
    assert res["precision"] >= precision and res["recall"] >= recall, {
        k: v for k, v in res.items() if k != "details"}
    assert res["type_accuracy"] >= 0.9
