"""The composition of the stages for one article, and the assembly of its result.

Kept apart from :mod:`framing.analyzer` (the public entry) so that it compiles with the stages
(``setup.py``): assembling the result is a tenth of an article's time.
"""

from __future__ import annotations

from . import __version__
from .actors import find_actors
from .frames import score_frames
from .lexicons import LexiconSet
from .results import Actor, ArticleAnalysis, Attribution, Span
from .sentiment import portray, score_cues, tone
from .sources import find_attributions, summarize_sources
from .text import Document

__all__ = ["analyze_article"]


def analyze_article(lex: LexiconSet, text: str, *, title: str | None, id: str | None,
                    outlet: str | None, date: str | None, url: str | None) -> ArticleAnalysis:
    """Every stage on one article, then the result assembled (:meth:`Analyzer.analyze` is the
    public entry, which checks its arguments)."""
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
    mentions = table.mentions
    actors = tuple(
        Actor(a.id, a.name, a.type, a.aliases,  # type: ignore[arg-type]
              tuple([mentions[m] for m in a.mentions]), portrayals[a.id],
              a.gazetteer, a.category, tuple(a.roles), a.public, *_voice(voice.get(a.id)))
        for a in table.actors)
    title_attr = None
    if title:
        tdoc = Document.from_text(title, lex)
        title_attr = find_attributions(tdoc, lex, find_actors(tdoc, lex))
    return ArticleAnalysis(
        text=text, actors=actors, attributions=tuple(attributions),
        sources=summarize_sources(attributions, doc, title_attr), frames=frames,
        tone=tone(doc, cues),
        lexicon_version=lex.version, id=id, title=title, outlet=outlet, date=date, url=url,
        sentences=tuple(Span(s.start, s.end, s.text) for s in doc.sentences),
        version=__version__)


def _voice(quotes: list[Attribution] | None) -> tuple[int, int, tuple[tuple[str, int], ...]]:
    """An actor's attributions, words quoted and stances (most actors have none)."""
    if not quotes:
        return 0, 0, ()
    stances: dict[str, int] = {}  # a plain count: collections.Counter runs interpreted
    for x in quotes:
        stances[x.stance] = stances.get(x.stance, 0) + 1
    return (len(quotes), sum([len(x.quote.split()) for x in quotes]),
            tuple(sorted(stances.items())))
