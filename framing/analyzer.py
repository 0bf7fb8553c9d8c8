"""The composition of the stages: ``analyze(text)`` and the reusable :class:`Analyzer`."""

from __future__ import annotations

import gc
from collections.abc import Iterable
from pathlib import Path

from .lexicons import LexiconSet, get_lexicons, load_lexicons
from .pipeline import analyze_article
from .results import ArticleAnalysis

__all__ = ["Analyzer", "analyze"]


class Analyzer:
    """Holds a loaded :class:`~framing.lexicons.LexiconSet` for analysing many articles.

    Args:
        lexicons: extra lexicon folders or ``.tsv`` files that extend or override ours, or a
            ready :class:`LexiconSet`.

    Example:
        >>> an = Analyzer()
        >>> an.analyze("Polisi menangkap tersangka korupsi.").tone.label
        'negative'
    """

    def __init__(self, lexicons: LexiconSet | Iterable[str | Path] | None = None):
        if isinstance(lexicons, LexiconSet):
            self.lexicons = lexicons
        elif lexicons:
            self.lexicons = load_lexicons(lexicons)
        else:
            self.lexicons = get_lexicons()

    @property
    def lexicon_version(self) -> str:
        return self.lexicons.version

    def analyze(self, text: str, *, title: str | None = None, id: str | None = None,
                outlet: str | None = None, date: str | None = None,
                url: str | None = None) -> ArticleAnalysis:
        """Analyse one article. Offsets in the result index into ``text`` exactly as given."""
        if not isinstance(text, str):
            raise TypeError(f"text must be str, not {type(text).__name__}")
        # The cyclic garbage collector is paused while one article is analysed. An analysis
        # makes tens of thousands of short-lived tuples and lists, which set off collections that
        # scan the article's live tokens and the lexicons again and again, while what it drops is
        # freed by reference counting anyway: this pause made the compiled analysis about 20%
        # faster (benchmarks/README.md). Whatever cyclic garbage an article leaves is collected
        # as usual once the collector is back on; one that the caller had paused stays paused.
        paused = gc.isenabled()
        if paused:
            gc.disable()
        try:
            return analyze_article(self.lexicons, text, title=title, id=id, outlet=outlet,
                                   date=date, url=url)
        finally:
            if paused:
                gc.enable()

def analyze(text: str, *, title: str | None = None, id: str | None = None,
            outlet: str | None = None, date: str | None = None, url: str | None = None,
            lexicons: Iterable[str | Path] | None = None) -> ArticleAnalysis:
    """Analyse one Indonesian news article: actors, portrayal, sources, frames and tone.

    Args:
        text: the article body; every offset in the result indexes into it.
        title: the headline, if any. id, outlet, date, url: metadata carried into the result.
        lexicons: extra lexicon folders or files (see :func:`framing.load_lexicons`).

    Returns:
        An :class:`~framing.results.ArticleAnalysis`.

    Example:
        >>> r = analyze("“Kami siap,” kata Presiden Joko Widodo.")
        >>> r.attributions[0].speaker
        'Joko Widodo'
    """
    return Analyzer(lexicons).analyze(text, title=title, id=id, outlet=outlet, date=date, url=url)
