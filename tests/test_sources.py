from __future__ import annotations

import pytest

# (text, expected: list of (source_type, speaker or source, cue) for each attribution in order)
CASES = [
    ("“Kami sudah siap,” kata Kapolsek Tamansari AKP Rudi Hartono.",
     [("named", "Rudi Hartono", "kata")]),
    ("Menteri Keuangan Sri Mulyani mengatakan, “Defisit tetap terjaga.”",
     [("named", "Sri Mulyani Indrawati", "mengatakan")]),
    ('"Kami menolak tuduhan itu," ujar Budi Santoso kepada wartawan.',
     [("named", "Budi Santoso", "ujar")]),
    ("Budi Santoso mengatakan harga beras naik karena panen gagal.",
     [("named", "Budi Santoso", "mengatakan")]),
    ("Menurut Budi Santoso, harga beras naik karena panen gagal.",
     [("named", "Budi Santoso", "Menurut")]),
    ("Seorang pejabat yang enggan disebut namanya mengatakan rapat itu batal.",
     [("unnamed", None, "mengatakan")]),
    ("Sumber terpercaya menyebutkan bahwa menteri itu akan diganti.",
     [("unnamed", None, "menyebutkan")]),
    ("Pengamat menilai kebijakan itu terburu-buru.", [("unnamed", None, "menilai")]),
    ("Sejumlah warga mengaku tidak menerima bantuan.", [("unnamed", None, "mengaku")]),
    ("Kabarnya, menteri itu akan mundur pekan depan.", [("unattributed", None, "Kabarnya")]),
    ("Menteri itu dikabarkan akan mundur pekan depan.", [("unattributed", None, "dikabarkan")]),
    ("Dikutip dari Reuters, harga minyak naik dua persen.", [("named", "Reuters", "Dikutip dari")]),
    ("Polda Metro Jaya menyatakan kasus itu sudah ditutup.",
     [("named", "Polda Metro Jaya", "menyatakan")]),
    ("Badan Pusat Statistik mencatat inflasi 2,5 persen.",
     [("named", "Badan Pusat Statistik", "mencatat")]),
    ("Juru bicara KPK Ali Fikri membantah tudingan itu.", [("named", "Ali Fikri", "membantah")]),
    # a role and a name in apposition, the age closing it
    ("Ketua Kelompok Tani Subur, Warsono (58), mengungkapkan bahwa panen turun.",
     [("named", "Warsono", "mengungkapkan")]),
    # sentence-final "menurut" with an office and an apposed name
    ("Harga gabah turun, menurut Ketua Asosiasi Pedagang Beras Kota Banyuraja, Darto Wiyono.",
     [("named", "Darto Wiyono", "menurut")]),
    # a broken quote whose speaker clause names the person after the role
    ("“Kalau hujan reda,” kata pelatih tim voli, Wayan Sudarsa, “kami berlatih di luar.”",
     [("named", "Wayan Sudarsa", "kata"), ("named", "Wayan Sudarsa", None)]),
    # "Mereka" resolved to the vague group of the sentence before
    ("Sejumlah petani menolak menjual gabah. Mereka mengatakan harga terlalu rendah.",
     [("unnamed", None, "mengatakan")]),
    # a pseudonym is no name
    ("Seorang warga, sebut saja Melati (25), mengaku tertipu arisan daring.",
     [("unnamed", None, "mengaku")]),
    # the channel of a relay is vague, so the relayed words are unnamed
    ("Seperti diberitakan media setempat, Kepala Desa Wonoasri, Sutrisno, mengaku akan mundur.",
     [("unnamed", "Sutrisno", "mengaku")]),
    ("Rumor perombakan kabinet kembali mencuat pekan ini.",
     [("unattributed", None, "Rumor")]),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_attribution_table(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    r = analyzer.analyze(text)
    got = [(a.source_type, a.speaker or (a.source if a.source_type == "named" else None), a.cue)
           for a in r.attributions]
    assert got == expected


@pytest.mark.parametrize(
    "text",
    [
        "Film “Pengabdi Setan” ditonton jutaan orang.",
        "Aksi “bersih-bersih” itu menuai kritik.",
        "Program “Merdeka Belajar” dilanjutkan tahun depan.",
        "Pengamat itu tiba di lokasi pukul 09.00.",
        "Harga emas naik Rp 8.000 per gram.",
        "Dengan kata lain, anggaran itu habis.",
        "Pernyataan ini menegaskan komitmen pemerintah.",
        "Warga Asosiasi Pedagang Pasar Baru berkumpul di balai desa.",
    ],
    ids=["film-title", "scare-quotes", "programme-title", "mention-no-speech", "narration",
         "dengan-kata-lain", "non-speaker-subject", "vague-word-inside-a-name"],
)
def test_not_an_attribution(analyzer, text: str) -> None:  # type: ignore[no-untyped-def]
    assert analyzer.analyze(text).attributions == ()


def test_broken_quote_and_floating_quote(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = ("“Air naik pukul dua dini hari,” ujar Joko Susilo, warga setempat. "
            "“Kami hanya sempat menyelamatkan surat-surat penting.”")
    r = analyzer.analyze(text)
    assert [a.speaker for a in r.attributions] == ["Joko Susilo", "Joko Susilo"]
    assert all(a.direct for a in r.attributions)


def test_enclitic_cue_resolves_to_previous_speaker(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = ("Kepala Desa Suryadi Wijaya mengatakan jalan rusak. "
            "“Kami sudah melapor ke dinas,” ujarnya.")
    r = analyzer.analyze(text)
    assert r.attributions[-1].speaker == "Suryadi Wijaya"
    assert r.attributions[-1].cue == "ujarnya"


def test_pronoun_speaker(analyzer) -> None:  # type: ignore[no-untyped-def]
    r = analyzer.analyze("Anies Baswedan tiba di balai kota. Ia mengatakan banjir sudah surut.")
    assert r.attributions[0].speaker == "Anies Baswedan"
    assert r.attributions[0].source_type == "named"


def test_stance(analyzer) -> None:  # type: ignore[no-untyped-def]
    r = analyzer.analyze(
        "Budi Santoso membantah menerima suap. Andi Wijaya mengklaim tidak bersalah."
    )
    assert [a.stance for a in r.attributions] == ["denial", "distancing"]


def test_summary_counts(analyzer) -> None:  # type: ignore[no-untyped-def]
    r = analyzer.analyze("Sumber terpercaya mengatakan rapat batal. Budi Santoso mengatakan "
                         "rapat tetap jalan. Kabarnya, rapat diundur.")
    s = r.sources
    assert (s.named, s.unnamed, s.unattributed) == (1, 1, 1)
    assert s.unnamed_share == round(1 / 3, 4)
    assert s.named_voices == 1


def test_reliance_lead_headline_and_voice_share(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = ("Sumber terpercaya mengatakan menteri itu akan diganti pekan depan.\n"
            "Budi Santoso mengatakan kabar itu tidak benar sama sekali.\n")
    r = analyzer.analyze(text, title="Kabarnya Menteri Diganti")
    s = r.sources
    assert s.lead_uncheckable is True
    assert s.headline_uncheckable is True
    shares = {sp: share for sp, _w, share in s.voice_share}
    assert set(shares) == {"Budi Santoso", "(unnamed)"}
    assert abs(sum(shares.values()) - 1) < 1e-3


def test_named_lead_is_checkable(analyzer) -> None:  # type: ignore[no-untyped-def]
    r = analyzer.analyze("Budi Santoso mengatakan harga naik.\nSumber lain mengatakan harga turun.",
                         title="Harga Beras Naik")
    assert r.sources.lead_uncheckable is False
    assert r.sources.headline_uncheckable is False
    assert (
        analyzer.analyze("Budi Santoso mengatakan harga naik.").sources.headline_uncheckable
        is None
    )


@pytest.mark.parametrize(
    "text, cues",
    [
        ("Budi Santoso meminta maaf atas keterlambatan itu.", []),
        ("Andi Wijaya memohon maaf kepada warga.", []),
        ("Andi Wijaya belum bisa menjelaskan penyebab kebakaran itu.", []),
        ("Budi Santoso tidak menjawab pertanyaan wartawan.", []),
        # negative cases: a real request, an unnegated cue, and "tidak hanya" stay attributions
        ("Budi Santoso meminta warga tetap tenang.", ["meminta"]),
        ("Andi Wijaya menjelaskan penyebab kebakaran itu.", ["menjelaskan"]),
        ("Budi Santoso tidak hanya mengatakan pasar ditutup.", ["mengatakan"]),
    ],
    ids=["apology-meminta-maaf", "apology-memohon-maaf", "negated-belum-bisa",
         "negated-tidak", "request", "unnegated", "not-only"],
)
def test_apology_and_negated_cue_report_nothing(analyzer, text: str, cues: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert [a.cue for a in analyzer.analyze(text).attributions] == cues
