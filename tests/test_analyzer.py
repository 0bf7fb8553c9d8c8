"""The analyser's own behaviour: the collector pause around one article leaves no trace."""

from __future__ import annotations

import gc

import pytest

import framing.analyzer
from framing import Analyzer


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
