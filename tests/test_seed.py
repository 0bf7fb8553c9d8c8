"""What the seed article must show (issue 2 and issue 3 pins)."""

from __future__ import annotations


def test_putin_is_one_actor_with_aliases(seed) -> None:  # type: ignore[no-untyped-def]
    putins = [a for a in seed.actors if "Putin" in a.name]
    assert len(putins) == 1
    putin = putins[0]
    assert putin.name == "Vladimir Putin"
    assert putin.type == "person"
    assert {"Putin", "Presiden Rusia"} <= set(putin.aliases)


def test_kim_is_one_actor(seed) -> None:  # type: ignore[no-untyped-def]
    kims = [a for a in seed.actors if "Kim" in a.name or "Kim" in a.aliases]
    assert [a.name for a in kims] == ["Kim Jong Un"]
    assert "Kim" in kims[0].aliases


def test_countries(seed) -> None:  # type: ignore[no-untyped-def]
    for name in ("Rusia", "Korea Utara", "China", "Amerika Serikat"):
        actor = seed.actor(name)
        assert actor is not None, name
        assert actor.type == "country", name


def test_ia_menyatakan_resolves_to_putin(seed) -> None:  # type: ignore[no-untyped-def]
    start = seed.text.index("ia menyatakan")
    putin = seed.actor("Vladimir Putin")
    assert any(m.start == start and m.kind == "pronoun" for m in putin.mentions)


def test_keduanya_resolves_to_both_leaders(seed) -> None:  # type: ignore[no-untyped-def]
    start = seed.text.index("keduanya")
    for name in ("Vladimir Putin", "Kim Jong Un"):
        assert any(m.start == start for m in seed.actor(name).mentions), name


def test_relayed_putin_quote(seed) -> None:  # type: ignore[no-untyped-def]
    quote = next(a for a in seed.attributions if a.quote.startswith("Rusia akan terus berdiri"))
    assert quote.direct
    assert quote.speaker == "Vladimir Putin"
    assert quote.relayed
    assert quote.relay == "sumber terpercaya"
    assert quote.relay_type == "unnamed"
    assert quote.source_type == "unnamed"
    assert seed.text[quote.start:quote.end] == quote.quote
    assert seed.text[quote.cue_start:quote.cue_end] == quote.cue == "menyatakan"


def test_experts_are_an_unnamed_source(seed) -> None:  # type: ignore[no-untyped-def]
    experts = next(a for a in seed.attributions if a.cue == "berpandangan")
    assert experts.source == "Ahli hubungan internasional"
    assert experts.source_type == "unnamed"
    assert experts.speaker is None


def test_observers_are_an_unnamed_source(seed) -> None:  # type: ignore[no-untyped-def]
    observers = next(a for a in seed.attributions if a.source == "pengamat dunia")
    assert observers.source_type == "unnamed"


def test_source_summary(seed) -> None:  # type: ignore[no-untyped-def]
    s = seed.sources
    assert s.unnamed >= 3
    assert s.relayed == 1
    assert s.unnamed_share == round(s.unnamed / (s.named + s.unnamed + s.unattributed), 4)


def test_conflict_frame_present(seed) -> None:  # type: ignore[no-untyped-def]
    conflict = next(f for f in seed.frames if f.frame == "conflict")
    assert conflict.present
    assert any("ketegangan" in q.cues for q in conflict.questions)
    for span in conflict.evidence:
        assert seed.text[span.start:span.end] == span.text


def test_every_evidence_offset_slices_back(seed) -> None:  # type: ignore[no-untyped-def]
    t = seed.text
    for a in seed.actors:
        for m in a.mentions:
            assert t[m.start:m.end] == m.text
        for c in a.portrayal.evidence:
            assert t[c.start:c.end] == c.text
    for a in seed.attributions:
        assert t[a.start:a.end] == a.quote
        if a.source_start is not None:
            assert t[a.source_start:a.source_end] == a.source


def test_putin_has_a_voice(seed) -> None:  # type: ignore[no-untyped-def]
    putin = seed.actor("Vladimir Putin")
    assert putin.quoted >= 2
    assert putin.quoted_words > 5
    assert putin.to_dict()["voice"]["attributions"] == putin.quoted
