from __future__ import annotations

import pytest


def tone(analyzer, text: str) -> float:  # type: ignore[no-untyped-def]
    return analyzer.analyze(text).tone.score


@pytest.mark.parametrize(
    "text, label",
    [
        ("Program itu berhasil dan warga puas.", "positive"),
        ("Pejabat itu ditangkap karena korupsi.", "negative"),
        ("Rapat dimulai pukul sembilan pagi.", "neutral"),
        ("Pelayanan rumah sakit itu tidak buruk.", "positive"),
        ("Hasil panen tahun ini tidak bagus.", "negative"),
    ],
    ids=["positive", "negative", "neutral", "negated-negative", "negated-positive"],
)
def test_tone_labels(analyzer, text: str, label: str) -> None:  # type: ignore[no-untyped-def]
    assert analyzer.analyze(text).tone.label == label


def test_intensifier_strengthens(analyzer) -> None:  # type: ignore[no-untyped-def]
    assert tone(analyzer, "Kinerjanya sangat buruk.") < tone(analyzer, "Kinerjanya buruk.")


def test_diminisher_weakens(analyzer) -> None:  # type: ignore[no-untyped-def]
    assert tone(analyzer, "Kinerjanya agak buruk.") > tone(analyzer, "Kinerjanya buruk.")


def test_contrast_shifts_weight_to_second_clause(analyzer) -> None:  # type: ignore[no-untyped-def]
    assert tone(analyzer, "Programnya bagus, namun pelaksanaannya gagal.") < 0


def test_not_only_is_not_negation(analyzer) -> None:  # type: ignore[no-untyped-def]
    r = analyzer.analyze("Program itu tidak hanya berhasil tetapi juga murah.")
    assert not any(c.negated for a in r.actors for c in a.portrayal.evidence)
    assert r.tone.label == "positive"


def test_hedge_weakens(analyzer) -> None:  # type: ignore[no-untyped-def]
    assert tone(analyzer, "Pejabat itu diduga korupsi.") > tone(analyzer, "Pejabat itu korupsi.")


@pytest.mark.parametrize(
    "text, actor, label",
    [
        ("Rusia menyerang Ukraina.", "Rusia", "negative"),
        ("KPK menangkap Bupati Bogor Ade Yasin karena korupsi.", "Ade Yasin", "negative"),
        ("Ade Yasin ditangkap KPK.", "Ade Yasin", "negative"),
        ("Joko Susilo menjadi korban banjir.", "Joko Susilo", "neutral"),
        ("Budi Santoso berhasil menyelamatkan tiga anak.", "Budi Santoso", "positive"),
    ],
    ids=["agent-of-attack", "patient-of-arrest", "passive-arrest", "victim-not-blamed",
         "achievement"],
)
def test_portrayal_targets(analyzer, text: str, actor: str, label: str) -> None:  # type: ignore[no-untyped-def]
    a = analyzer.analyze(text).actor(actor)
    assert a is not None
    assert a.portrayal.label == label, [(c.text, c.weight) for c in a.portrayal.evidence]


def test_victim_of_attack_is_not_blamed(analyzer) -> None:  # type: ignore[no-untyped-def]
    r = analyzer.analyze("Rusia menyerang Ukraina.")
    assert r.actor("Ukraina").portrayal.label != "negative"


def test_criticism_counts_toward_target_not_speaker(analyzer) -> None:  # type: ignore[no-untyped-def]
    r = analyzer.analyze("Budi Santoso mengatakan Andi Wijaya gagal dan korup.")
    assert r.actor("Andi Wijaya").portrayal.score < 0
    assert r.actor("Budi Santoso").portrayal.score == 0


def test_scores_are_bounded_and_traceable(analyzer, seed) -> None:  # type: ignore[no-untyped-def]
    for a in seed.actors:
        assert -1 <= a.portrayal.score <= 1
        for c in a.portrayal.evidence:
            assert seed.text[c.start:c.end] == c.text
    assert -1 <= seed.tone.score <= 1


def test_accusation_reaches_its_object_not_the_critic(analyzer) -> None:  # type: ignore[no-untyped-def]
    r = analyzer.analyze("Budi Santoso mengecam Andi Wijaya.")
    assert r.actor("Andi Wijaya").portrayal.score < 0
    assert r.actor("Budi Santoso").portrayal.score == 0


def test_passive_criticism_reaches_the_subject(analyzer) -> None:  # type: ignore[no-untyped-def]
    r = analyzer.analyze("Andi Wijaya dikecam banyak pihak.")
    assert r.actor("Andi Wijaya").portrayal.label == "negative"


def test_apposition_describes_the_name_before(analyzer) -> None:  # type: ignore[no-untyped-def]
    r = analyzer.analyze("Yang paling berperan adalah Rustono Wiryo, seorang pengusaha yang sukses "
                         "dan dermawan di Jepang.")
    assert r.actor("Rustono Wiryo").portrayal.score > 0
    assert r.actor("Jepang").portrayal.score == 0
