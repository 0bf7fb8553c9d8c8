"""The person- and body-discovery scorers on invented articles: every verdict, and the counts
behind precision and recall."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from framing.evaluate import evaluate_persons

TEXT = ("Ketua Contoh Hotel Association Rudi Hartawan mengatakan, tamu mulai datang. "
        "Menurut Rudi, Kartu Prakerja membantu. Warga, Siti Aminah (40), mengaku lega.")


def score(tmp_path: Path, persons: list[dict]) -> dict:  # type: ignore[type-arg]
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"article": 0, "text": TEXT, "persons": persons}) + "\n",
                    encoding="utf-8")
    return evaluate_persons(gold)


def test_every_person_found_with_the_right_name(tmp_path: Path) -> None:
    res = score(tmp_path, [{"name": "Rudi Hartawan", "forms": ["Rudi Hartawan", "Rudi"]},
                           {"name": "Siti Aminah", "forms": ["Siti Aminah"]}])
    assert res["counts"] == {"correct": 2, "duplicate": 0, "boundary": 0, "spurious": 0}
    assert res["precision"] == 1.0 and res["recall"] == 1.0


@pytest.mark.parametrize(
    "persons, verdict, precision, recall",
    [
        # the gold knows only "Rudi": the reported "Rudi Hartawan" holds it with extra words
        ([{"name": "Rudi", "forms": ["Rudi"]}, {"name": "Siti Aminah", "forms": ["Siti Aminah"]}],
         "boundary", 0.5, 0.5),
        # a person nobody named in the gold: the reported actor shares no name
        ([{"name": "Siti Aminah", "forms": ["Siti Aminah"]}], "spurious", 0.5, 1.0),
    ],
    ids=["boundary", "spurious"],
)
def test_errors_are_counted(tmp_path: Path, persons: list, verdict: str,  # type: ignore[type-arg]
                            precision: float, recall: float) -> None:
    res = score(tmp_path, persons)
    assert res["counts"][verdict] == 1
    assert res["precision"] == precision and res["recall"] == recall


def test_a_missed_person_lowers_recall_only(tmp_path: Path) -> None:
    res = score(tmp_path, [{"name": "Rudi Hartawan", "forms": ["Rudi Hartawan"]},
                           {"name": "Siti Aminah", "forms": ["Siti Aminah"]},
                           {"name": "Bambang Suroso", "forms": ["Bambang Suroso"]}])
    assert res["precision"] == 1.0 and res["recall"] == round(2 / 3, 4)
    assert any(d["actor"] == "Bambang Suroso" and d["verdict"] == "missed" for d in res["details"])


def test_malformed_gold_names_the_line(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"article": 0, "text": "x", "persons": []}\n{not json\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"gold.jsonl:2"):
        evaluate_persons(gold)


BODY_TEXT = ("Komisi Pemberantasan Korupsi (KPK) memeriksa pejabat PT Contoh Abadi. "
             "KPK juga meminta keterangan dari Amerika Serikat.")


@pytest.mark.parametrize(
    "bodies, counts, recall",
    [
        # the gold writes the commission by its acronym only: the actor's mention "KPK" is enough
        ([{"name": "KPK", "forms": ["KPK"], "type": "government"},
          {"name": "Amerika Serikat", "forms": ["Amerika Serikat"], "type": "country"}],
         {"correct": 2}, 1.0),
        # a body the analyser does not report lowers recall only
        ([{"name": "KPK", "forms": ["KPK"], "type": "government"},
          {"name": "Amerika Serikat", "forms": ["Amerika Serikat"], "type": "country"},
          {"name": "Bank Dunia", "forms": ["Bank Dunia"], "type": "organisation"}],
         {"correct": 2}, round(2 / 3, 4)),
    ],
    ids=["acronym-form", "missed-body"],
)
def test_bodies_scored_by_any_of_their_names(tmp_path: Path, bodies: list, counts: dict,  # type: ignore[type-arg]
                                            recall: float) -> None:
    from framing.evaluate import evaluate_bodies

    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"article": 0, "text": BODY_TEXT, "bodies": bodies}) + "\n",
                    encoding="utf-8")
    res = evaluate_bodies(gold)
    for k, v in counts.items():
        assert res["counts"][k] == v, res
    assert res["recall"] == recall
    assert res["type_accuracy"] == 1.0


def test_a_record_without_its_list_names_the_line(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"article": 0, "text": "x", "persons": []}\n{"article": 1, "text": "y"}\n',
                    encoding="utf-8")
    with pytest.raises(ValueError, match=r"gold.jsonl:2: the record has no 'persons' list"):
        evaluate_persons(gold)


def test_names_given_as_corpus_spans_need_the_corpus(tmp_path: Path) -> None:
    from framing.evaluate import evaluate_bodies

    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"article": 0, "text": BODY_TEXT, "bodies": [
        {"name_at": [0, 0, 2], "forms_at": [[0, 0, 2]], "type": "government"}]}) + "\n",
        encoding="utf-8")
    with pytest.raises(ValueError, match=r"gold.jsonl:1: names given as corpus spans"):
        evaluate_bodies(gold)
