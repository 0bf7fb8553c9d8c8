"""The analyser's own behaviour: the collector pause around one article leaves no trace."""

from __future__ import annotations

import dataclasses
import gc
import inspect

import pytest

import framing
import framing.analyzer
from framing import Analyzer
from framing.results import (
    Actor,
    Attribution,
    Contribution,
    FrameResult,
    Mention,
    Portrayal,
    QuestionAnswer,
    Span,
)
from framing.sentiment import _Cue, score_cues
from framing.text import Document, Sentence


def _boom(*args: object, **kwargs: object) -> None:
    raise RuntimeError("a stage failed")


@pytest.mark.parametrize("enabled_before", [True, False], ids=["gc-on", "gc-off"])
@pytest.mark.parametrize("fails", [False, True], ids=["analysed", "stage-raises"])
def test_gc_state_is_restored(analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch,
                              enabled_before: bool, fails: bool) -> None:
    if fails:
        monkeypatch.setattr(framing.analyzer, "analyze_article", _boom)
    (gc.enable if enabled_before else gc.disable)()
    try:
        if fails:
            with pytest.raises(RuntimeError, match="a stage failed"):
                analyzer.analyze("Presiden Joko Widodo tiba di Jakarta.")
        else:
            r = analyzer.analyze("Presiden Joko Widodo tiba di Jakarta.")
            assert r.actors[0].name == "Joko Widodo"
        assert gc.isenabled() is enabled_before
    finally:
        gc.enable()


def test_an_analysis_leaves_no_cyclic_garbage(analyzer: Analyzer, seed_parts: tuple[str, str]
                                               ) -> None:
    # What justifies the pause: all an article drops is freed by reference counting, so nothing
    # waits for the collector. (Compiled by mypyc, closures that call each other made cycles
    # that kept every article's tokens alive until the next collection.)
    title, body = seed_parts
    texts = [body, title, "“Kami siap,” kata Presiden Joko Widodo. Ia tiba di Jakarta.",
             "Menurut sumber terpercaya, keduanya bertemu. Kabarnya mereka sepakat.", ""]
    for text in texts:  # memos and derived tables fill on first use: not garbage
        analyzer.analyze(text)
    gc.collect()
    gc.disable()
    try:
        for text in texts:
            analyzer.analyze(text, title=title)
        assert gc.collect() == 0
    finally:
        gc.enable()


_TEXT = ("“Kami siap,” kata Presiden Joko Widodo. Polisi menangkap tersangka korupsi Budi Santoso "
         "di Jakarta.")


def _instances(analyzer: Analyzer) -> dict[type, object]:
    r = analyzer.analyze(_TEXT)
    doc = Document.from_text(_TEXT, analyzer.lexicons)
    cues = [c for s in score_cues(doc, analyzer.lexicons) for c in s]
    evidence = [c for a in r.actors for c in a.portrayal.evidence]
    return {Span: r.sentences[0], Mention: r.actors[0].mentions[0], Contribution: evidence[0],
            Attribution: r.attributions[0], Sentence: doc.sentences[0], _Cue: cues[0],
            Portrayal: r.actors[1].portrayal, Actor: r.actors[1], FrameResult: r.frames[0],
            QuestionAnswer: r.frames[0].questions[0]}


@pytest.mark.parametrize("cls", [Span, Mention, Contribution, Attribution, Sentence, _Cue,
                                 Portrayal, Actor, FrameResult, QuestionAnswer],
                         ids=lambda c: c.__name__)
def test_written_out_initialisers_match_their_fields(analyzer: Analyzer, cls: type) -> None:
    # these dataclasses spell their __init__ out so that mypyc compiles it; it must take the
    # fields in order, with their defaults, and set every one of them
    fields = [f for f in dataclasses.fields(cls) if f.init]
    if not framing.compiled:  # (compiled functions show no signature; the sources are the same)
        params = list(inspect.signature(cls.__init__).parameters.values())[1:]
        assert [p.name for p in params] == [f.name for f in fields]
        for p, f in zip(params, fields, strict=True):
            expected = inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default
            assert p.default == expected, f.name
    real = _instances(analyzer)[cls]
    copy = cls(*[getattr(real, f.name) for f in fields])
    assert copy == real and repr(copy) == repr(real)
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(copy, fields[0].name, 1)


def test_actor_info_initialiser_matches_its_fields(analyzer: Analyzer) -> None:
    # ActorInfo (built while an article's actors are found, so not frozen) spells out its
    # __init__ for mypyc too; a list field's default is a fresh list, as default_factory gave
    from framing.actors import ActorInfo, find_actors

    fields = dataclasses.fields(ActorInfo)
    if not framing.compiled:
        params = list(inspect.signature(ActorInfo.__init__).parameters.values())[1:]
        assert [p.name for p in params] == [f.name for f in fields]
        for p, f in zip(params, fields, strict=True):
            if f.default_factory is not dataclasses.MISSING:  # type: ignore[misc]
                assert p.default is None, f.name
            else:
                expected = (inspect.Parameter.empty if f.default is dataclasses.MISSING
                            else f.default)
                assert p.default == expected, f.name
    doc = Document.from_text(_TEXT, analyzer.lexicons)
    real = find_actors(doc, analyzer.lexicons).actors[0]
    copy = ActorInfo(*[getattr(real, f.name) for f in fields])
    assert copy == real and repr(copy) == repr(real)
    a, b = ActorInfo(1, "A", "person"), ActorInfo(2, "B", "person")
    assert a.forms == a.mentions == a.roles == [] and a.public is None and a.category == ""
    a.forms.append("x")
    assert b.forms == [] and a.forms is not b.forms
