"""The composition of the stages: ``analyze(text)`` and the reusable :class:`Analyzer`."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from . import __version__
from .actors import find_actors
from .frames import score_frames
from .lexicons import LexiconSet, get_lexicons, load_lexicons
from .results import Actor, ArticleAnalysis, Attribution, Span
from .sentiment import portray, score_cues, tone
from .sources import find_attributions, summarize_sources
from .text import Document

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
        lex = self.lexicons
        doc = Document.from_text(text, lex)
        table = find_actors(doc, lex, outlet)
        attributions = find_attributions(doc, lex, table)
        cues = score_cues(doc, lex, table)
        portrayals = portray(doc, lex, table, cues, attributions)
        frames = score_frames(doc, lex, attributions)
        voice: dict[int, list[Attribution]] = {}
        for att in attributions:
            if att.speaker_id is not None:
                voice.setdefault(att.speaker_id, []).append(att)
        actors = tuple(
            Actor(a.id, a.name, a.type, a.aliases,  # type: ignore[arg-type]
                  tuple(table.mentions[m] for m in a.mentions), portrayals[a.id],
                  a.gazetteer, a.category, tuple(a.roles), a.public,
                  len(voice.get(a.id, ())), sum(len(x.quote.split()) for x in voice.get(a.id, ())),
                  tuple(sorted(Counter(x.stance for x in voice.get(a.id, ())).items())))
            for a in table.actors)
        title_attr = None
        if title:
            tdoc = Document.from_text(title, lex)
            title_attr = find_attributions(tdoc, lex, find_actors(tdoc, lex))
        return ArticleAnalysis(
            text=text, actors=actors, attributions=tuple(attributions),
            sources=summarize_sources(attributions, doc, title_attr), frames=frames, tone=tone(doc, cues),
            lexicon_version=lex.version, id=id, title=title, outlet=outlet, date=date, url=url,
            sentences=tuple(Span(s.start, s.end, s.text) for s in doc.sentences),
            version=__version__)


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
