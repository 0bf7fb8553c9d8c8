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


def _portrayal(analyzer, text: str, actor: str):  # type: ignore[no-untyped-def]
    a = analyzer.analyze(text).actor(actor)
    assert a is not None, actor
    return a.portrayal


@pytest.mark.parametrize(
    "text, actor, label",
    [
        ("Budi Santoso resah dan khawatir.", "Budi Santoso", "neutral"),
        ("Budi Santoso mengeluhkan harga beras. Takutnya, Budi Santoso tidak bisa makan.",
         "Budi Santoso", "neutral"),
        ("Budi Santoso kecewa karena Andi Wijaya lamban.", "Budi Santoso", "neutral"),
        # negative cases: the feeling ends at 'karena'; blame of others still counts
        ("Budi Santoso kecewa karena Andi Wijaya lamban.", "Andi Wijaya", "negative"),
        ("Budi Santoso mengecewakan warga.", "Budi Santoso", "negative"),
    ],
    ids=["feelings", "complaint-and-nya", "feeling-of-critic", "cause-after-karena",
         "causing-disappointment"],
)
def test_experiencer_is_not_blamed(analyzer, text: str, actor: str, label: str) -> None:  # type: ignore[no-untyped-def]
    p = _portrayal(analyzer, text, actor)
    assert p.label == label, [(c.text, c.weight, c.rule) for c in p.evidence]


@pytest.mark.parametrize(
    "text, label, weight, rule",
    [
        ("“Saya lalai,” kata Budi Santoso.", "negative", -2.0, "self"),
        # an apology is no reported statement: the fault reaches the apologiser as its agent
        ("Budi Santoso meminta maaf atas kelalaiannya.", "negative", -2.0, "agent_or_patient"),
        # negative cases: self-praise and an inclusive 'kita' count half
        ("“Saya berhasil,” kata Budi Santoso.", "positive", 1.0, "self"),
        ("“Kita semua lalai,” kata Budi Santoso.", "negative", -1.0, "self"),
    ],
    ids=["admission", "apology-nya", "self-praise-half", "inclusive-kita-half"],
)
def test_admission_counts_in_full(analyzer, text: str, label: str, weight: float,  # type: ignore[no-untyped-def]
                                  rule: str) -> None:
    p = _portrayal(analyzer, text, "Budi Santoso")
    assert p.label == label
    assert [c.weight for c in p.evidence] == [weight]
    assert all(c.rule == rule for c in p.evidence)


@pytest.mark.parametrize(
    "text, label",
    [
        ("Andi Wijaya diminta bertanggung jawab.", "neutral"),
        ("Andi Wijaya harus bertanggung jawab.", "neutral"),
        ("Andi Wijaya seharusnya membantu warga.", "neutral"),
        # negative cases: facts stay positive, and demands of punishment stay negative
        ("Andi Wijaya bertanggung jawab.", "positive"),
        ("Andi Wijaya harus dihukum karena korupsi.", "negative"),
    ],
    ids=["requested", "obligation", "should-have", "fact", "negative-under-obligation"],
)
def test_obligation_is_no_achievement(analyzer, text: str, label: str) -> None:  # type: ignore[no-untyped-def]
    assert _portrayal(analyzer, text, "Andi Wijaya").label == label


def test_plan_counts_half_and_tone_is_unchanged(analyzer) -> None:  # type: ignore[no-untyped-def]
    plan = analyzer.analyze("Andi Wijaya akan membantu korban banjir.")
    fact = analyzer.analyze("Andi Wijaya membantu korban banjir.")
    assert 0 < plan.actor("Andi Wijaya").portrayal.score < fact.actor("Andi Wijaya").portrayal.score
    assert plan.tone.score == fact.tone.score
    assert (analyzer.analyze("Andi Wijaya diminta bertanggung jawab.").tone.score
            == analyzer.analyze("Andi Wijaya bertanggung jawab.").tone.score)


@pytest.mark.parametrize(
    "actor, label",
    [("Budi Santoso", "positive"), ("Andi Wijaya", "neutral")],
    ids=["helper-credited", "helped-not-credited"],
)
def test_help_credits_the_helper(analyzer, actor: str, label: str) -> None:  # type: ignore[no-untyped-def]
    assert _portrayal(analyzer, "Budi Santoso membantu Andi Wijaya.", actor).label == label


@pytest.mark.parametrize(
    "text, label",
    [
        ("Andi Wijaya gagal. Rapat dimulai pukul sembilan. Andi Wijaya berhasil.", "negative"),
        ("Rapat dimulai pukul sembilan. Andi Wijaya berhasil. Andi Wijaya gagal.", "positive"),
        # negative case: outside the lead, equal cues balance out
        ("Rapat dimulai. Rapat ditutup. Andi Wijaya gagal. Andi Wijaya berhasil.", "neutral"),
    ],
    ids=["lead-negative", "lead-positive", "no-lead-balanced"],
)
def test_lead_counts_double(analyzer, text: str, label: str) -> None:  # type: ignore[no-untyped-def]
    assert _portrayal(analyzer, text, "Andi Wijaya").label == label


@pytest.mark.parametrize(
    "text, label",
    [
        ("Budi Santoso memimpin penelitian itu.", "neutral"),
        ("Budi Santoso bekerja dengan teliti.", "positive"),
        ("Andi Wijaya tidak kunjung membayar utang.", "negative"),
        ("Andi Wijaya belum juga menyerahkan laporan.", "negative"),
        ("Andi Wijaya mendapat sorotan.", "negative"),
    ],
    ids=["research-not-careful", "careful", "tak-kunjung", "belum-juga", "sorotan"],
)
def test_lexicon_phrases(analyzer, text: str, label: str) -> None:  # type: ignore[no-untyped-def]
    actor = "Budi Santoso" if "Budi" in text else "Andi Wijaya"
    assert _portrayal(analyzer, text, actor).label == label


@pytest.mark.parametrize(
    "text, actor, label",
    [
        ("Andi Wijaya belum bisa menjelaskan penyebab kebakaran itu.", "Andi Wijaya", "negative"),
        ("Ditanya soal dana itu, Andi Wijaya tidak memberikan jawaban.", "Andi Wijaya",
         "negative"),
        ("Andi Wijaya enggan berkomentar.", "Andi Wijaya", "negative"),
        ("“Saya belum bisa menjelaskan,” kata Andi Wijaya.", "Andi Wijaya", "negative"),
        # negative cases: an answer, a nominal "bukan ... jawaban" and an instruction
        ("Andi Wijaya menjelaskan penyebab kebakaran itu.", "Andi Wijaya", "neutral"),
        ("Andi Wijaya menyebut program itu bukan satu-satunya jawaban.", "Andi Wijaya",
         "neutral"),
        ("Andi Wijaya meminta warga jangan berkomentar.", "Andi Wijaya", "neutral"),
    ],
    ids=["belum-bisa", "tidak-memberikan-jawaban", "enggan-berkomentar", "quoted-non-answer",
         "answer", "bukan-jawaban", "jangan"],
)
def test_evasion_blames_the_evader(analyzer, text: str, actor: str, label: str) -> None:  # type: ignore[no-untyped-def]
    p = _portrayal(analyzer, text, actor)
    assert p.label == label, [(c.text, c.weight, c.rule) for c in p.evidence]


@pytest.mark.parametrize(
    "actor, label",
    [("Kementerian Pertanian", "negative"), ("Budi Santoso", "neutral")],
    ids=["institution-evades", "spokesperson-not-separately"],
)
def test_pihaknya_is_the_speakers_institution(analyzer, actor: str, label: str) -> None:  # type: ignore[no-untyped-def]
    text = ("Kementerian Pertanian menggelar rapat. Direktur Jenderal Kementerian Pertanian "
            "Budi Santoso mengatakan, pihaknya belum bisa menjelaskan penyebab gagal panen itu.")
    p = _portrayal(analyzer, text, actor)
    assert p.label == label, [(c.text, c.weight, c.rule) for c in p.evidence]


def test_pihaknya_claims_stay_unscored(analyzer) -> None:  # type: ignore[no-untyped-def]
    # negative case: the side's own claims are no credit (self-praise weighs little)
    p = _portrayal(analyzer, "Budi Santoso mengatakan, pihaknya sudah bekerja dengan baik.",
                   "Budi Santoso")
    assert p.evidence == ()


@pytest.mark.parametrize(
    "text, actor, label",
    [
        ("Budi Santoso memuji Andi Wijaya.", "Andi Wijaya", "positive"),
        ("Budi Santoso memuji Andi Wijaya.", "Budi Santoso", "neutral"),
        ("Budi Santoso menyayangkan sikap Andi Wijaya.", "Andi Wijaya", "negative"),
        ("Budi Santoso menyayangkan sikap Andi Wijaya.", "Budi Santoso", "neutral"),
        ("Andi Wijaya diapresiasi Budi Santoso.", "Andi Wijaya", "positive"),
        ("Andi Wijaya diapresiasi Budi Santoso.", "Budi Santoso", "neutral"),
        ("Andi Wijaya dikritik Budi Santoso.", "Budi Santoso", "neutral"),
        # negative case: with nobody before the passive, its agent is still not praised
        ("Langkah itu diapresiasi Budi Santoso.", "Budi Santoso", "neutral"),
    ],
    ids=["praise-object", "praiser", "regret-object", "regretter", "passive-patient",
         "passive-agent", "criticised-agent", "passive-agent-alone"],
)
def test_praise_and_criticism_reach_their_object(analyzer, text: str, actor: str,  # type: ignore[no-untyped-def]
                                                 label: str) -> None:
    p = _portrayal(analyzer, text, actor)
    assert p.label == label, [(c.text, c.weight, c.rule) for c in p.evidence]


@pytest.mark.parametrize(
    "text, actor, label",
    [
        ("Budi Santoso menandai bahwa kepemimpinan yang solid sukses.", "Budi Santoso",
         "neutral"),
        ("Tata kelola yang baik ditandai Budi Santoso sebagai pembeda.", "Budi Santoso",
         "neutral"),
        # negative cases: an actor inside the content, and a passive's patient, still count
        ("Budi Santoso menandai bahwa Andi Wijaya sukses.", "Andi Wijaya", "positive"),
        ("Andi Wijaya ditangkap polisi karena korupsi.", "Andi Wijaya", "negative"),
    ],
    ids=["bahwa-content", "passive-agent", "actor-in-content", "passive-patient"],
)
def test_content_and_passive_agent(analyzer, text: str, actor: str, label: str) -> None:  # type: ignore[no-untyped-def]
    p = _portrayal(analyzer, text, actor)
    assert p.label == label, [(c.text, c.weight, c.rule) for c in p.evidence]


@pytest.mark.parametrize(
    "text, label",
    [
        ("Andi Wijaya masih menghadapi stigma dan kesenjangan upah.", "neutral"),
        # negative case: without the stigma, discrimination done by the actor still counts
        ("Andi Wijaya melakukan diskriminasi upah.", "negative"),
    ],
    ids=["stigmatised", "agent-of-harm"],
)
def test_stigmatised_are_not_blamed(analyzer, text: str, label: str) -> None:  # type: ignore[no-untyped-def]
    assert _portrayal(analyzer, text, "Andi Wijaya").label == label


@pytest.mark.parametrize(
    "text, actor, label",
    [
        ("Polres Sukamaju menangkap Budi Santoso karena mencuri sepeda motor.", "Polres Sukamaju",
         "positive"),
        ("Polres Sukamaju menangkap Budi Santoso karena mencuri sepeda motor.", "Budi Santoso",
         "negative"),
        ("Budi Santoso ditangkap oleh Polres Sukamaju di rumahnya.", "Polres Sukamaju",
         "positive"),
        ("Budi Santoso ditangkap oleh Polres Sukamaju di rumahnya.", "Budi Santoso", "negative"),
        ("Penggerebekan terhadap Budi Santoso berlangsung malam itu.", "Budi Santoso", "negative"),
        # the crime in the act's object blames its owner, not the enforcer
        ("Polres Sukamaju membongkar jaringan narkoba milik Budi Santoso.", "Polres Sukamaju",
         "positive"),
        # negative cases: a failed arrest is no credit and blames nobody else; a crime verb
        # still blames its own agent
        ("Polres Sukamaju belum menangkap Budi Santoso.", "Polres Sukamaju", "negative"),
        ("Polres Sukamaju belum menangkap Budi Santoso.", "Budi Santoso", "neutral"),
        ("Budi Santoso mencuri sepeda motor di pasar.", "Budi Santoso", "negative"),
    ],
    ids=["enforcer", "arrested", "passive-enforcer", "passive-arrested", "nominal-patient",
         "object-of-act", "failed-arrest", "not-arrested", "crime-agent"],
)
def test_enforcement_credits_its_agent(analyzer, text: str, actor: str, label: str) -> None:  # type: ignore[no-untyped-def]
    p = _portrayal(analyzer, text, actor)
    assert p.label == label, [(c.text, c.weight, c.rule) for c in p.evidence]


def test_enforcement_leaves_the_tone_alone(analyzer) -> None:  # type: ignore[no-untyped-def]
    assert analyzer.analyze("Polres Sukamaju menangkap dua pencuri.").tone.label == "negative"


@pytest.mark.parametrize(
    "text, actor, label",
    [
        ("Pemerintah Kota Sukamaju memberikan sanksi kepada pengelola mal.",
         "Pemerintah Kota Sukamaju", "neutral"),
        ("Dinas Sosial Sukamaju mengirim surat kepada para pelanggar protokol kesehatan.",
         "Dinas Sosial Sukamaju", "neutral"),
        ("Andi Wijaya mengunjungi rumah yang rusak parah.", "Andi Wijaya", "neutral"),
        # negative case: a relative clause on the actor itself still describes it
        ("Polisi memeriksa Andi Wijaya yang curang.", "Andi Wijaya", "negative"),
    ],
    ids=["routine-sanction", "recipient", "relative-on-noun", "relative-on-actor"],
)
def test_recipients_and_relative_clauses(analyzer, text: str, actor: str, label: str) -> None:  # type: ignore[no-untyped-def]
    p = _portrayal(analyzer, text, actor)
    assert p.label == label, [(c.text, c.weight, c.rule) for c in p.evidence]


@pytest.mark.parametrize(
    "text, actor, label",
    [
        ("Budi Santoso bersyukur harga cabai turun.", "Budi Santoso", "neutral"),
        # negative case: the gratitude reaches what it is about
        ("Budi Santoso bersyukur Polres Sukamaju bertindak cepat.", "Polres Sukamaju",
         "positive"),
        ("Budi Santoso menyerang Andi Wijaya dengan parang.", "Andi Wijaya", "neutral"),
        # negative case: the attacker is still blamed
        ("Budi Santoso menyerang Andi Wijaya dengan parang.", "Budi Santoso", "negative"),
    ],
    ids=["grateful", "gratitude-object", "attacked", "attacker"],
)
def test_feelings_and_harm_do_not_portray_the_object(analyzer, text: str, actor: str,  # type: ignore[no-untyped-def]
                                                     label: str) -> None:
    p = _portrayal(analyzer, text, actor)
    assert p.label == label, [(c.text, c.weight, c.rule) for c in p.evidence]


@pytest.mark.parametrize(
    "text, actor, label, rule",
    [
        ("Budi Santoso mengatakan, ia berhasil menyelesaikan proyek itu dengan gemilang.",
         "Budi Santoso", "positive", "self"),
        # negative case: another actor in the content gets the credit, not the speaker
        ("Budi Santoso mengatakan, Andi Wijaya berhasil menyelesaikan proyek itu.",
         "Budi Santoso", "neutral", None),
    ],
    ids=["third-person-self", "other-actor"],
)
def test_indirect_speech_about_the_speaker(analyzer, text: str, actor: str, label: str,  # type: ignore[no-untyped-def]
                                           rule: str | None) -> None:
    p = _portrayal(analyzer, text, actor)
    assert p.label == label
    assert {c.rule for c in p.evidence} == ({rule} if rule else set())
    assert all(c.target_factor <= 0.5 for c in p.evidence)  # self-praise weighs little


@pytest.mark.parametrize(
    "text, label",
    [
        ("Warga mempertanyakan ketegasan Pemerintah Kota Sukamaju.", "negative"),
        ("Warga menunggu ketegasan Pemerintah Kota Sukamaju.", "neutral"),
        # negative case: praise of the same quality still counts
        ("Warga memuji ketegasan Pemerintah Kota Sukamaju.", "positive"),
    ],
    ids=["questioned", "awaited", "praised"],
)
def test_questioned_quality_is_no_credit(analyzer, text: str, label: str) -> None:  # type: ignore[no-untyped-def]
    assert _portrayal(analyzer, text, "Pemerintah Kota Sukamaju").label == label


@pytest.mark.parametrize(
    "text, actor, label",
    [
        ("Andi Wijaya mendonorkan darahnya di rumah sakit.", "Andi Wijaya", "positive"),
        ("Menteri Lestari Ayu meresmikan bendungan baru di Sukamaju.", "Lestari Ayu",
         "positive"),
        ("Andi Wijaya membangun rumah tahan gempa di Sukamaju.", "Andi Wijaya", "positive"),
        # negative cases: "lengkap dengan" and cooperation alone are no achievement
        ("Andi Wijaya datang lengkap dengan seragamnya.", "Andi Wijaya", "neutral"),
        ("Andi Wijaya bekerja sama dengan dinas setempat.", "Andi Wijaya", "neutral"),
    ],
    ids=["donor", "inauguration", "earthquake-resistant", "complete-with", "cooperation"],
)
def test_achievement_vocabulary(analyzer, text: str, actor: str, label: str) -> None:  # type: ignore[no-untyped-def]
    p = _portrayal(analyzer, text, actor)
    assert p.label == label, [(c.text, c.weight, c.rule) for c in p.evidence]


@pytest.mark.parametrize(
    "text, actor, label",
    [
        ("Polda Sukamaju mencopot Andi Wijaya dari jabatannya.", "Polda Sukamaju", "positive"),
        ("Polda Sukamaju mencopot Andi Wijaya dari jabatannya.", "Andi Wijaya", "negative"),
        ("Andi Wijaya dicopot dari jabatannya oleh Polda Sukamaju.", "Polda Sukamaju",
         "positive"),
        ("Andi Wijaya dicopot dari jabatannya oleh Polda Sukamaju.", "Andi Wijaya", "negative"),
        ("Pemerintah Kabupaten Sukamaju menonaktifkan Andi Wijaya sebagai kepala dinas.",
         "Andi Wijaya", "negative"),
        ("Pemerintah Kabupaten Sukamaju memberhentikan Andi Wijaya dengan tidak hormat.",
         "Andi Wijaya", "negative"),
        # negative cases: a removal that has not happened is the sanctioner's failure and
        # blames nobody else
        ("Polda Sukamaju belum mencopot Andi Wijaya.", "Polda Sukamaju", "negative"),
        ("Polda Sukamaju belum mencopot Andi Wijaya.", "Andi Wijaya", "neutral"),
    ],
    ids=["remover", "removed", "passive-remover", "passive-removed", "suspended", "dismissed",
         "not-removed-remover", "not-removed"],
)
def test_removal_from_office_is_a_sanction(analyzer, text: str, actor: str, label: str) -> None:  # type: ignore[no-untyped-def]
    p = _portrayal(analyzer, text, actor)
    assert p.label == label, [(c.text, c.weight, c.rule) for c in p.evidence]


@pytest.mark.parametrize(
    "text, actor, label",
    [
        ("Kejaksaan Negeri Sukamaju memanggil terpidana Andi Wijaya.", "Andi Wijaya",
         "negative"),
        ("Andi Wijaya, tersangka kasus suap, hadir di pengadilan.", "Andi Wijaya", "negative"),
        ("Buron kasus suap, Andi Wijaya, muncul di pengadilan.", "Andi Wijaya", "negative"),
        # the first word after a dateline is no name: it is scored like a sentence's first word
        ("SUKAMAJU, KOMPAS — Buronan kasus suap, Andi Wijaya, muncul di pengadilan.",
         "Andi Wijaya", "negative"),
        # negative cases: the status names the person beside it, not the clause's subject
        ("Kejaksaan Negeri Sukamaju memanggil terpidana Andi Wijaya.",
         "Kejaksaan Negeri Sukamaju", "neutral"),
        ("Polres Sukamaju menangkap tujuh tersangka.", "Polres Sukamaju", "positive"),
    ],
    ids=["title", "apposition-after", "apposition-before", "after-dateline", "summoner",
         "arrester-of-suspects"],
)
def test_status_noun_describes_its_person(analyzer, text: str, actor: str, label: str) -> None:  # type: ignore[no-untyped-def]
    p = _portrayal(analyzer, text, actor)
    assert p.label == label, [(c.text, c.weight, c.rule) for c in p.evidence]
    assert all(c.rule == "apposition" for c in p.evidence if c.text.lower().startswith(
        ("terpidana", "tersangka", "buron")))


@pytest.mark.parametrize(
    "text, actor, label",
    [
        ("Polres Sukamaju mengusut kasus korupsi dana desa.", "Polres Sukamaju", "neutral"),
        ("Polres Sukamaju memburu pelaku pembunuhan itu.", "Polres Sukamaju", "neutral"),
        # negative case: the one investigated is still blamed
        ("Andi Wijaya diusut karena korupsi.", "Andi Wijaya", "negative"),
    ],
    ids=["investigator", "pursuer", "investigated"],
)
def test_investigation_does_not_blame_the_investigator(analyzer, text: str, actor: str,  # type: ignore[no-untyped-def]
                                                       label: str) -> None:
    p = _portrayal(analyzer, text, actor)
    assert p.label == label, [(c.text, c.weight, c.rule) for c in p.evidence]


@pytest.mark.parametrize(
    "text, sign",
    [
        ("Kepatuhan warga Sukamaju makin rendah.", -1),
        ("Kesejahteraan petani di Sukamaju terus merosot.", -1),
        ("Angka kemiskinan di Sukamaju menurun.", 1),
        # negative cases: with no cue to decline, a decline word keeps its own weight; a
        # decline in another clause shifts nothing
        ("Harga cabai anjlok.", -1),
        ("Kepatuhan warga Sukamaju tinggi sejak harga beras menurun.", 1),
    ],
    ids=["low-compliance", "falling-welfare", "falling-poverty", "no-cue", "other-clause"],
)
def test_decline_predicate_shifts_its_cue(analyzer, text: str, sign: int) -> None:  # type: ignore[no-untyped-def]
    assert tone(analyzer, text) * sign > 0


def test_decline_predicate_is_traceable(analyzer) -> None:  # type: ignore[no-untyped-def]
    p = _portrayal(analyzer, "Kepatuhan Andi Wijaya makin rendah.", "Andi Wijaya")
    assert p.label == "negative"
    [c] = p.evidence
    assert c.text == "Kepatuhan" and c.base > 0 > c.intensity and not c.negated


@pytest.mark.parametrize(
    "text, actor, label",
    [
        ("Kelompok Tani Sukamaju melepasliarkan puluhan tukik.", "Kelompok Tani Sukamaju",
         "positive"),
        ("Yayasan Sukamaju membagikan sembako kepada warga.", "Yayasan Sukamaju", "positive"),
        ("Bank Sukamaju menggalang donasi untuk korban banjir.", "Bank Sukamaju", "positive"),
        ("Bank Sukamaju menyalurkan kredit kepada petani.", "Bank Sukamaju", "positive"),
        ("Andi Wijaya mengobati warga di pedalaman.", "Andi Wijaya", "positive"),
        ("Andi Wijaya menyelamatkan dua anak dari banjir.", "Andi Wijaya", "positive"),
        ("Andi Wijaya tetap berkeras dan tak goyah.", "Andi Wijaya", "positive"),
        ("Andi Wijaya tidak mengindahkan larangan itu.", "Andi Wijaya", "negative"),
        ("Dinas Sosial Sukamaju membagikan masker kepada warga.", "Dinas Sosial Sukamaju",
         "positive"),
        # negative case: sharing a photo is no gift (only the phrases of aid are listed)
        ("Andi Wijaya membagikan foto liburannya.", "Andi Wijaya", "neutral"),
    ],
    ids=["release", "staples", "donation-drive", "credit", "treats", "rescue", "steadfast",
         "disregard", "masks", "shares-photo"],
)
def test_help_and_disregard_vocabulary(analyzer, text: str, actor: str, label: str) -> None:  # type: ignore[no-untyped-def]
    p = _portrayal(analyzer, text, actor)
    assert p.label == label, [(c.text, c.weight, c.rule) for c in p.evidence]


@pytest.mark.parametrize(
    "text, actor, label",
    [
        ("Yayasan Sukamaju mendirikan sekolah gratis bagi anak nelayan.", "Yayasan Sukamaju",
         "positive"),
        ("Koperasi Sukamaju melatih Kelompok Tani Makmur.", "Koperasi Sukamaju", "positive"),
        ("Sekolah itu didirikan oleh Yayasan Sukamaju pada 2010.", "Yayasan Sukamaju",
         "positive"),
        ("Pelatihan itu digagas Yayasan Sukamaju di balai desa.", "Yayasan Sukamaju",
         "positive"),
        ("PT Sukamaju Digital terus berinovasi.", "PT Sukamaju Digital", "positive"),
        # negative cases: the trained or those a passive is about get no credit; a plan is
        # discounted; launching a missile is no achievement
        ("Koperasi Sukamaju melatih Kelompok Tani Makmur.", "Kelompok Tani Makmur", "neutral"),
        ("Kelompok Tani Makmur dilatih oleh Koperasi Sukamaju.", "Kelompok Tani Makmur",
         "neutral"),
        ("Yayasan Sukamaju akan mendirikan sekolah baru.", "Yayasan Sukamaju", "neutral"),
        ("Korea Utara meluncurkan rudal ke arah laut.", "Korea Utara", "negative"),
    ],
    ids=["founds", "trains", "passive-agent", "passive-bare-agent", "innovates",
         "trainee", "passive-subject", "plan", "missile"],
)
def test_accomplishment_credits_its_doer(analyzer, text: str, actor: str, label: str) -> None:  # type: ignore[no-untyped-def]
    p = _portrayal(analyzer, text, actor)
    assert p.label == label, [(c.text, c.weight, c.rule) for c in p.evidence]


@pytest.mark.parametrize(
    "text, actor, label",
    [
        ("Budi Santoso (56) berusaha keras menghidupi keluarganya.", "Budi Santoso",
         "positive"),
        ("Ibu-ibu di kampung itu bersama Ani Lestari (45) menggalang bantuan secara swadaya.",
         "Ani Lestari", "positive"),
        # negative cases: a parenthesis that is no age still ends the clause; perseverance
        # words need the person
        ("Budi Santoso (ketua RT) hadir. Warga berusaha keras menghidupi keluarganya.",
         "Budi Santoso", "neutral"),
    ],
    ids=["age", "age-after-coordination", "no-age"],
)
def test_age_in_parentheses_belongs_to_the_name(analyzer, text: str, actor: str,  # type: ignore[no-untyped-def]
                                                label: str) -> None:
    p = _portrayal(analyzer, text, actor)
    assert p.label == label, [(c.text, c.weight, c.rule) for c in p.evidence]


@pytest.mark.parametrize(
    "text, actor, label",
    [
        ("Budi Santoso dilanda kekhawatiran setiap malam.", "Budi Santoso", "neutral"),
        ("“Yang saya takutkan, hujan turun lagi,” kata Budi Santoso.", "Budi Santoso",
         "neutral"),
        ("Budi Santoso jenuh dan stres selama pembatasan.", "Budi Santoso", "neutral"),
        # negative case: the cause of the worry is still blamed
        ("Andi Wijaya lalai sehingga warga dilanda kekhawatiran.", "Andi Wijaya", "negative"),
    ],
    ids=["worry", "speaker-fear", "stress", "cause"],
)
def test_worry_and_stress_are_suffered(analyzer, text: str, actor: str, label: str) -> None:  # type: ignore[no-untyped-def]
    p = _portrayal(analyzer, text, actor)
    assert p.label == label, [(c.text, c.weight, c.rule) for c in p.evidence]


@pytest.mark.parametrize(
    "text, label",
    [
        ("“Uangnya kami salurkan ke warga yang penghasilannya terhenti,” kata Budi Santoso.",
         "neutral"),
        # negative case: an admission about the speaker's own side still counts in full
        ("“Kami gagal menyalurkan uang itu,” kata Budi Santoso.", "negative"),
    ],
    ids=["relative-clause", "admission"],
)
def test_relative_clause_in_a_statement_is_no_admission(analyzer, text: str, label: str  # type: ignore[no-untyped-def]
                                                        ) -> None:
    p = _portrayal(analyzer, text, "Budi Santoso")
    assert p.label == label, [(c.text, c.weight, c.rule) for c in p.evidence]


@pytest.mark.parametrize(
    "text, actor, label",
    [
        ("Para pedagang di Pasar Sukamaju tidak mengenakan masker saat melayani pembeli.",
         "pedagang", "negative"),
        ("Sejumlah pengunjung taman melepas masker dan duduk berdekatan.", "pengunjung",
         "negative"),
        ("Budi Santoso tidak memenuhi panggilan penyidik pekan lalu.", "Budi Santoso",
         "negative"),
        ("Andi Wijaya didenda Rp 500.000 oleh hakim.", "Andi Wijaya", "negative"),
        ("Andi Wijaya dipolisikan oleh tetangganya.", "Andi Wijaya", "negative"),
        # negative cases: compliance is no blame, and being told to comply is no credit
        ("Para pedagang di Pasar Sukamaju mengenakan masker saat melayani pembeli.",
         "pedagang", "positive"),
        ("Para pedagang di Pasar Sukamaju wajib mengenakan masker.", "pedagang", "neutral"),
    ],
    ids=["no-mask", "mask-off", "no-show", "fined", "reported-to-police",
         "compliant", "obliged"],
)
def test_rule_breaking_and_sanctions(analyzer, text: str, actor: str, label: str  # type: ignore[no-untyped-def]
                                     ) -> None:
    p = _portrayal(analyzer, text, actor)
    assert p.label == label, [(c.text, c.weight, c.rule) for c in p.evidence]


@pytest.mark.parametrize(
    "text, actor, label",
    [
        ("Sejumlah orang tak dikenal membakar gudang milik warga Sukamaju.", "orang tak dikenal",
         "negative"),
        ("Sejumlah orang tak dikenal menganiaya penjaga gudang di Sukamaju.",
         "orang tak dikenal", "negative"),
    ],
    ids=["name-negator-damage", "name-negator-assault"],
)
def test_negator_inside_a_name_negates_nothing(analyzer, text: str, actor: str,  # type: ignore[no-untyped-def]
                                               label: str) -> None:
    p = _portrayal(analyzer, text, actor)
    assert p.label == label, [(c.text, c.weight, c.rule) for c in p.evidence]
    assert not any(c.negated for c in p.evidence)


def test_negator_outside_a_name_still_negates(analyzer) -> None:  # type: ignore[no-untyped-def]
    p = _portrayal(analyzer, "Andi Wijaya tidak membakar gudang itu.", "Andi Wijaya")
    assert [c.negated for c in p.evidence] == [True] and p.score > 0


@pytest.mark.parametrize(
    "text, sign",
    [
        ("Rendahnya disiplin warga Sukamaju membuat kasus bertambah.", -1),
        ("Kurangnya kepatuhan para pedagang terlihat di pasar itu.", -1),
        ("Minimnya kepedulian pengelola gedung membuat warga kecewa.", -1),
        ("Menurunnya angka kemiskinan di Sukamaju disambut gembira.", 1),
        # negative case: with no cue after it the word keeps its own weight
        ("Kurangnya tenaga pengajar terjadi di desa itu.", -1),
    ],
    ids=["low-discipline", "lack-of-compliance", "little-care", "falling-poverty", "no-cue"],
)
def test_nominal_decline_shifts_the_cue_after_it(analyzer, text: str, sign: int) -> None:  # type: ignore[no-untyped-def]
    assert tone(analyzer, text) * sign > 0


def test_nominal_decline_is_consumed(analyzer) -> None:  # type: ignore[no-untyped-def]
    p = _portrayal(analyzer, "Rendahnya disiplin Andi Wijaya terlihat sejak awal tahun.",
                   "Andi Wijaya")
    assert p.label == "negative"
    assert [c.text for c in p.evidence] == ["disiplin"]
    assert p.evidence[0].intensity < 0 and not p.evidence[0].negated


def test_nominal_decline_stays_in_its_clause(analyzer) -> None:  # type: ignore[no-untyped-def]
    p = _portrayal(analyzer, "Minimnya anggaran membuat kantor sepi, namun Andi Wijaya tetap "
                   "disiplin.", "Andi Wijaya")
    assert p.label == "positive", [(c.text, c.weight, c.rule) for c in p.evidence]


@pytest.mark.parametrize(
    "text, actor, sign",
    [
        ("Keputusan Budi Santoso dinilai terlalu cepat oleh para pengamat.", "Budi Santoso", -1),
        ("Aturan yang dibuat Andi Wijaya terlalu longgar.", "Andi Wijaya", -1),
        # negative cases: "terlalu" before a negative word intensifies it, "tidak terlalu" is
        # "not very", and a quality without "terlalu" is praise
        ("Andi Wijaya terlalu lamban menangani keluhan warga.", "Andi Wijaya", -1),
        ("Hasil kerja Andi Wijaya tidak terlalu bagus.", "Andi Wijaya", -1),
        ("Keputusan Budi Santoso dinilai cepat oleh para pengamat.", "Budi Santoso", 1),
    ],
    ids=["too-fast", "too-lax", "too-slow", "not-very-good", "fast"],
)
def test_excess_is_a_fault(analyzer, text: str, actor: str, sign: int) -> None:  # type: ignore[no-untyped-def]
    p = _portrayal(analyzer, text, actor)
    assert p.score * sign > 0, [(c.text, c.weight, c.rule) for c in p.evidence]


def test_excess_intensifies_a_negative_word(analyzer) -> None:  # type: ignore[no-untyped-def]
    assert tone(analyzer, "Pelayanan kantor itu terlalu lamban.") < tone(
        analyzer, "Pelayanan kantor itu lamban.") < 0


@pytest.mark.parametrize(
    "text, actor, label",
    [
        ("Para pedagang di Pasar Sukamaju enggan mengenakan masker.", "pedagang", "negative"),
        ("Budi Santoso menolak memenuhi panggilan penyidik.", "Budi Santoso", "negative"),
        ("Andi Wijaya ogah membantu tetangganya.", "Andi Wijaya", "negative"),
        # negative cases: refusing something bad is not flipped into praise of the bad thing,
        # and "enggan berkomentar" stays an evasion
        ("Budi Santoso menolak tawaran suap dari kontraktor.", "Budi Santoso", "negative"),
        ("Andi Wijaya enggan berkomentar soal kasus itu.", "Andi Wijaya", "negative"),
        ("Andi Wijaya enggan memberikan penjelasan soal kasus itu.", "Andi Wijaya", "negative"),
    ],
    ids=["reluctant-mask", "refuse-summons", "refuse-help", "refuse-bribe", "no-comment",
         "no-explanation"],
)
def test_refusal_negates_a_positive_act(analyzer, text: str, actor: str, label: str) -> None:  # type: ignore[no-untyped-def]
    p = _portrayal(analyzer, text, actor)
    assert p.label == label, [(c.text, c.weight, c.rule) for c in p.evidence]


def test_refusal_leaves_a_negative_cue_alone(analyzer) -> None:  # type: ignore[no-untyped-def]
    p = _portrayal(analyzer, "Budi Santoso menolak tawaran suap dari kontraktor.", "Budi Santoso")
    assert all(not c.negated for c in p.evidence), [(c.text, c.weight) for c in p.evidence]


# round 8 (framing-team:portrayal-round8-2026-11)
@pytest.mark.parametrize(
    "text, actor, label",
    [
        # a rapid test is no speed; moving fast is
        ("Dinas Kesehatan Kota Bandung menggelar tes cepat bagi para pedagang.",
         "Dinas Kesehatan Kota Bandung", "neutral"),
        ("Dinas Kesehatan Kota Bandung bergerak cepat memperbaiki saluran air.",
         "Dinas Kesehatan Kota Bandung", "positive"),
        # aid credits its giver, never the aided; before a passive verb, the verb's agent
        ("Yayasan Cahaya Bangsa menyalurkan bantuan bagi Kelompok Nelayan Sukamulya.",
         "Kelompok Nelayan Sukamulya", "neutral"),
        ("Bantuan beras itu disumbangkan oleh PT Sinar Jaya kepada warga.", "PT Sinar Jaya",
         "positive"),
        ("Bantuan beras itu disumbangkan Ketua Umum Yayasan Cahaya Bangsa kepada warga.",
         "Yayasan Cahaya Bangsa", "positive"),
        # negative case: an actor before the passive verb is not its agent
        ("Bantuan untuk PT Sinar Jaya disalurkan kemarin.", "PT Sinar Jaya", "neutral"),
        ("Budi Santoso mendonasikan sebagian gajinya untuk panti asuhan.", "Budi Santoso",
         "positive"),
        ("Andi Wijaya sangat berpengalaman dalam membangun jembatan.", "Andi Wijaya", "positive"),
    ],
    ids=["rapid-test", "moves-fast", "aid-recipient", "aid-passive-oleh", "aid-passive-title",
         "aid-recipient-before-passive", "donates", "experienced"],
)
def test_aid_speed_and_competence(analyzer, text: str, actor: str, label: str) -> None:  # type: ignore[no-untyped-def]
    p = _portrayal(analyzer, text, actor)
    assert p.label == label, [(c.text, c.weight, c.rule) for c in p.evidence]


@pytest.mark.parametrize(
    "text, actor, label",
    [
        # being forced and symptoms are suffered, not done
        ("Andi Wijaya terpaksa menutup warungnya.", "Andi Wijaya", "neutral"),
        ("Para peserta mengalami demam dan nyeri setelah disuntik.", "peserta", "neutral"),
        # optimism is no credit to the one who feels it
        ("Andi Wijaya optimistis penjualan akan naik tahun depan.", "Andi Wijaya", "neutral"),
        # a hope is no fact, even after the quote comma; an assessment is
        ("Budi Santoso berharap, PT Sinar Jaya tegas menegakkan aturan.", "PT Sinar Jaya",
         "neutral"),
        ("Budi Santoso menilai PT Sinar Jaya tegas menegakkan aturan.", "PT Sinar Jaya",
         "positive"),
        # negative case: the hope does not shield a fault
        ("Budi Santoso berharap, PT Sinar Jaya berhenti menipu pelanggan.", "PT Sinar Jaya",
         "negative"),
        # a speaker's "saya harap" is a wish, a plain claim is (cheap) self-praise
        ("“Saya harap tim kami sukses menyelesaikan jembatan itu,” kata Andi Wijaya.",
         "Andi Wijaya", "neutral"),
        ("“Tim kami sukses menyelesaikan jembatan itu,” kata Andi Wijaya.", "Andi Wijaya",
         "positive"),
    ],
    ids=["forced", "symptoms", "optimism", "hope", "assessment", "hope-fault", "saya-harap",
         "own-claim"],
)
def test_suffering_feelings_and_hopes(analyzer, text: str, actor: str, label: str) -> None:  # type: ignore[no-untyped-def]
    p = _portrayal(analyzer, text, actor)
    assert p.label == label, [(c.text, c.weight, c.rule) for c in p.evidence]


@pytest.mark.parametrize(
    "text, actor, label",
    [
        # a status noun after an active verb is the verb's object, not its agent's status
        ("Kepolisian Resor Bogor menetapkan dua orang tersangka dalam kasus itu.",
         "Kepolisian Resor Bogor", "neutral"),
        ("Kepolisian Resor Bogor menetapkan Andi Wijaya sebagai tersangka.", "Andi Wijaya",
         "negative"),
        ("Andi Wijaya kini berstatus tersangka.", "Andi Wijaya", "negative"),
        # an allegation marker after a recipient preposition keeps its object a recipient
        ("Kejaksaan Negeri Bogor melanjutkan proses hukum terhadap dugaan korupsi itu.",
         "Kejaksaan Negeri Bogor", "neutral"),
        ("Kejaksaan Negeri Bogor diduga melakukan korupsi.", "Kejaksaan Negeri Bogor",
         "negative"),
    ],
    ids=["names-suspects", "named-suspect", "has-status", "process-alleged", "alleged-agent"],
)
def test_status_and_allegation_objects(analyzer, text: str, actor: str, label: str) -> None:  # type: ignore[no-untyped-def]
    p = _portrayal(analyzer, text, actor)
    assert p.label == label, [(c.text, c.weight, c.rule) for c in p.evidence]


@pytest.mark.parametrize(
    "text, actor, label",
    [
        # the helped object after a verb of help shares no praise of the subject noun
        ("Kerja sama itu dapat membantu Koperasi Tani Makmur.", "Koperasi Tani Makmur",
         "neutral"),
        # negative case: a partner named without a verb of help is credited
        ("Kerja sama dengan Koperasi Tani Makmur berjalan baik.", "Koperasi Tani Makmur",
         "positive"),
    ],
    ids=["helped-object", "partner"],
)
def test_praise_of_help_skips_the_helped(analyzer, text: str, actor: str, label: str) -> None:  # type: ignore[no-untyped-def]
    p = _portrayal(analyzer, text, actor)
    assert p.label == label, [(c.text, c.weight, c.rule) for c in p.evidence]


# round 9 (framing-team:portrayal-round9-2026-11)
@pytest.mark.parametrize(
    "text, actor, label",
    [
        # failure negates the positive act it governs: "gagal meraih" is no achievement
        ("Partai Maju Bersama gagal meraih kursi di dewan.", "Partai Maju Bersama", "negative"),
        # a policy that has no effect, and staying away from court, are failures
        ("Program subsidi Pemerintah Kota Sukamaju belum berdampak pada harga beras.",
         "Pemerintah Kota Sukamaju", "negative"),
        ("Budi Santoso tidak menghadiri sidang perdana kasusnya.", "Budi Santoso", "negative"),
        ("Budi Santoso tidak memenuhi panggilan penyidik.", "Budi Santoso", "negative"),
        # negative cases: the positive forms are neutral facts
        ("Program subsidi Pemerintah Kota Sukamaju berdampak pada harga beras.",
         "Pemerintah Kota Sukamaju", "neutral"),
        ("Budi Santoso menghadiri sidang di pengadilan.", "Budi Santoso", "neutral"),
    ],
    ids=["failed-to-win", "no-effect", "skips-trial", "skips-summons", "has-effect",
         "attends-trial"],
)
def test_failures_and_non_appearance(analyzer, text: str, actor: str, label: str) -> None:  # type: ignore[no-untyped-def]
    p = _portrayal(analyzer, text, actor)
    assert p.label == label, [(c.text, c.weight, c.rule) for c in p.evidence]


def test_failure_negates_only_positive_acts(analyzer) -> None:  # type: ignore[no-untyped-def]
    p = _portrayal(analyzer, "Partai Maju Bersama gagal meraih kursi di dewan.",
                   "Partai Maju Bersama")
    assert [c.text for c in p.evidence if c.negated] == ["meraih"]
    # negative case: a failed wrongdoing is still wrongdoing, not flipped into praise
    p = _portrayal(analyzer, "Andi Wijaya gagal menipu warga desa.", "Andi Wijaya")
    assert p.label == "negative" and not any(c.negated for c in p.evidence)


@pytest.mark.parametrize(
    "text, actor, label",
    [
        # an adverb of manner in health policy is no aggression
        ("Dinas Kesehatan Kota Bandung melakukan tes secara agresif.",
         "Dinas Kesehatan Kota Bandung", "neutral"),
        ("Dinas Kesehatan Kota Bandung semakin agresif dan masif menggelar tes.",
         "Dinas Kesehatan Kota Bandung", "neutral"),
        ("Dinas Kesehatan Kota Bandung agresif melakukan pelacakan kontak.",
         "Dinas Kesehatan Kota Bandung", "neutral"),
        # negative case: aggressive conduct towards people still counts
        ("Kelompok Pemuda Sukamaju bersikap agresif terhadap warga.",
         "Kelompok Pemuda Sukamaju", "negative"),
        # routine prevention by an office is no achievement
        ("Dinas Perhubungan Kota Sukamaju memasang rambu untuk mencegah kecelakaan.",
         "Dinas Perhubungan Kota Sukamaju", "neutral"),
    ],
    ids=["tests-aggressively", "aggressive-and-massive", "aggressively-traces",
         "aggressive-conduct", "routine-prevention"],
)
def test_manner_and_routine_acts(analyzer, text: str, actor: str, label: str) -> None:  # type: ignore[no-untyped-def]
    p = _portrayal(analyzer, text, actor)
    assert p.label == label, [(c.text, c.weight, c.rule) for c in p.evidence]


@pytest.mark.parametrize(
    "text, label",
    [
        # a refusal in the speaker's own words is a decision, not an admission
        ("“Pedagang dari luar kota, kami tolak,” kata Budi Santoso.", "neutral"),
        ("“Kami menolak usulan itu,” kata Budi Santoso.", "neutral"),
        # negative cases: failure stays an admission, and a refusal narrated by the article counts
        ("“Kami gagal menyalurkan uang itu,” kata Budi Santoso.", "negative"),
        ("Budi Santoso menolak usulan warga.", "negative"),
    ],
    ids=["we-refuse-fronted", "we-refuse", "we-failed", "narrated-refusal"],
)
def test_own_refusal_is_no_admission(analyzer, text: str, label: str) -> None:  # type: ignore[no-untyped-def]
    p = _portrayal(analyzer, text, "Budi Santoso")
    assert p.label == label, [(c.text, c.weight, c.rule) for c in p.evidence]
