"""framing: measure bias and framing in Indonesian news, with the evidence behind every number."""

__version__ = "0.1.0"

from .analyzer import Analyzer, analyze  # noqa: E402
from .lexicons import LexiconError, LexiconSet, load_lexicons  # noqa: E402
from .results import (  # noqa: E402
    Actor, ArticleAnalysis, Attribution, Contribution, FrameResult, Mention, Portrayal,
    QuestionAnswer, SourceSummary, Span, Tone,
)
from .text import Document, normalize  # noqa: E402

__all__ = [
    "__version__", "analyze", "Analyzer", "load_lexicons", "LexiconSet", "LexiconError",
    "ArticleAnalysis", "Actor", "Attribution", "Contribution", "FrameResult", "Mention",
    "Portrayal", "QuestionAnswer", "SourceSummary", "Span", "Tone", "Document", "normalize",
]
