"""framing: measure bias and framing in Indonesian news, with the evidence behind every number."""

__version__ = "0.1.0"

from importlib.machinery import EXTENSION_SUFFIXES as _EXTENSION_SUFFIXES  # noqa: E402

from . import text as _text  # noqa: E402

#: True when the analysis modules run compiled by mypyc (``pip install .``), False when they run
#: as pure Python (an editable install, ``FRAMING_PURE=1``, or no C compiler at build time).
#: The results are the same; only the speed differs.
compiled: bool = (_text.__file__ or "").endswith(tuple(_EXTENSION_SUFFIXES))

from .analyzer import Analyzer, analyze  # noqa: E402
from .compare import Comparison, compare  # noqa: E402
from .corpus import ReadError, Record, read_records  # noqa: E402
from .corpus_report import render_corpus_report, write_corpus_report  # noqa: E402
from .engine import RunSummary, run  # noqa: E402
from .lexicons import LexiconError, LexiconSet, load_lexicons  # noqa: E402
from .report import render_report, write_report  # noqa: E402
from .results import (  # noqa: E402
    Actor,
    ArticleAnalysis,
    Attribution,
    Contribution,
    FrameResult,
    Mention,
    Portrayal,
    QuestionAnswer,
    SourceSummary,
    Span,
    Tone,
)
from .store import Store, export, load  # noqa: E402
from .text import Document, normalize  # noqa: E402

__all__ = [
    "__version__", "compiled", "analyze", "Analyzer", "load_lexicons", "LexiconSet", "LexiconError",
    "ArticleAnalysis", "Actor", "Attribution", "Contribution", "FrameResult", "Mention",
    "Portrayal", "QuestionAnswer", "SourceSummary", "Span", "Tone", "Document", "normalize",
    "run", "RunSummary", "Store", "load", "export", "compare", "Comparison", "read_records",
    "Record", "ReadError",
]
__all__ += ["render_report", "write_report", "render_corpus_report", "write_corpus_report"]
__all__ += ["FramingFeatures"]


def __getattr__(name: str):  # type: ignore[no-untyped-def]
    # scikit-learn is imported only when the transformer is asked for: `import framing` stays quick
    if name == "FramingFeatures":
        from .features import FramingFeatures

        return FramingFeatures
    raise AttributeError(f"module 'framing' has no attribute {name!r}")
