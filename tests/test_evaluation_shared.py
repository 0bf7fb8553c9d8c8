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


@needs_shared
def test_frames_held_out(analyzer) -> None:  # type: ignore[no-untyped-def]
    from framing.evaluate import evaluate_frames

    res = evaluate_frames(PORTRAYAL_GOLD, analyzer, corpus=PFSA_DEV, split="test")
    assert res["n"] == 25
    assert res["micro"]["f1"] >= 0.65, res


@needs_shared
@pytest.mark.xfail(strict=True, reason="portrayal on the held-out gold is accuracy 0.61 and "
                   "macro-F1 0.45 (targets 0.75 and 0.65) although dev reached 0.82 / 0.66 with "
                   "general rules: positives are missed (recall 0.13; praise carried by narrated "
                   "facts, not cue words) and 25 articles swing the figures by several points")
def test_portrayal_held_out(analyzer) -> None:  # type: ignore[no-untyped-def]
    from framing.evaluate import evaluate_portrayal

    res = evaluate_portrayal(PORTRAYAL_GOLD, analyzer, corpus=PFSA_DEV, split="test")
    assert res["macro_f1"] >= 0.65 and res["accuracy"] >= 0.75, res


@needs_shared
def test_portrayal_dev_floor(analyzer) -> None:  # type: ignore[no-untyped-def]
    """A floor against regressions while the held-out target is still open."""
    from framing.evaluate import evaluate_portrayal

    res = evaluate_portrayal(PORTRAYAL_GOLD, analyzer, corpus=PFSA_DEV, split="dev")
    assert res["accuracy"] >= 0.62 and res["macro_f1"] >= 0.42, res
