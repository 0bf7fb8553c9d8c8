"""Trainable framing: a scikit-learn transformer that turns articles into framing features.

For researchers with their own coded articles: put :class:`FramingFeatures` in a ``Pipeline``
with a stock classifier and cross-validate, e.g.::

    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import cross_val_score
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler
    from framing import FramingFeatures

    model = make_pipeline(FramingFeatures(), StandardScaler(), LogisticRegression(max_iter=1000))
    cross_val_score(model, texts, codes, cv=5, scoring="f1_macro")

The transformer follows scikit-learn's estimator conventions: ``__init__`` stores its keyword
parameters unchanged, validation happens in ``fit``, ``fit`` returns ``self``, learned state ends in
``_`` and ``transform`` refuses to run before ``fit``. Inputs are article texts (strings) or
:class:`~framing.results.ArticleAnalysis` objects already computed (then nothing is re-analysed).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from .lexicons import FRAMES, QUESTIONS
from .results import ArticleAnalysis

__all__ = ["FramingFeatures", "FEATURE_GROUPS"]

FEATURE_GROUPS = ("tone", "frames", "questions", "sources", "actors")
_ACTOR_TYPES = ("person", "organisation", "government", "country", "group")

try:  # scikit-learn is an optional dependency ("pip install framing[ml]")
    from sklearn.base import BaseEstimator, TransformerMixin
except ImportError:  # pragma: no cover - exercised only without scikit-learn
    BaseEstimator = object  # type: ignore[misc,assignment]
    TransformerMixin = object  # type: ignore[misc,assignment]


class FramingFeatures(TransformerMixin, BaseEstimator):  # type: ignore[misc]
    """Numeric framing features for each article: tone, frames, sources and actors.

    Args:
        include: which feature groups to produce, any of ``"tone"`` (score, positive and negative
            weight), ``"frames"`` (score and presence of the five frames), ``"questions"`` (the
            strength of each Semetko-Valkenburg indicator question), ``"sources"`` (counts by
            source type, unnamed and uncheckable shares, relayed claims, named voices) and
            ``"actors"`` (actors by type, mean/min/max portrayal, share portrayed negatively).
        lexicons: extra lexicon folders or files, as for :class:`framing.Analyzer`.

    Example:
        >>> ff = FramingFeatures(include=("tone", "sources")).fit(["Kabarnya menteri mundur."])
        >>> ff.transform(["Kabarnya menteri mundur."]).shape
        (1, 10)
    """

    def __init__(self, include: Sequence[str] = FEATURE_GROUPS,
                 lexicons: Sequence[str] | None = None):
        self.include = include
        self.lexicons = lexicons

    def fit(self, X: Iterable[Any], y: Any = None) -> FramingFeatures:
        """Validate the parameters and load the lexicons; learns nothing from ``X``."""
        from .analyzer import Analyzer

        unknown = [g for g in self.include if g not in FEATURE_GROUPS]
        if unknown or not self.include:
            raise ValueError(f"include must be a non-empty subset of {FEATURE_GROUPS}; "
                             f"unknown: {unknown}")
        self.analyzer_ = Analyzer(list(self.lexicons) if self.lexicons else None)
        self.feature_names_out_ = self._names()
        self.n_features_out_ = len(self.feature_names_out_)
        return self

    def _names(self) -> list[str]:
        names: list[str] = []
        for g in FEATURE_GROUPS:
            if g not in self.include:
                continue
            if g == "tone":
                names += ["tone_score", "tone_positive", "tone_negative"]
            elif g == "frames":
                names += [f"frame_{f}_score" for f in FRAMES]
                names += [f"frame_{f}_present" for f in FRAMES]
            elif g == "questions":
                names += [f"q_{q}" for q in QUESTIONS]
            elif g == "sources":
                names += ["src_named", "src_unnamed", "src_unattributed", "src_unnamed_share",
                          "src_uncheckable_share", "src_relayed", "src_named_voices"]
            elif g == "actors":
                names += [f"actors_{t}" for t in _ACTOR_TYPES]
                names += ["portrayal_mean", "portrayal_min", "portrayal_max",
                          "portrayal_negative_share"]
        return names

    def get_feature_names_out(self, input_features: Any = None) -> Any:
        """Names of the output columns, in order."""
        import numpy as np

        self._check_fitted()
        return np.asarray(self.feature_names_out_, dtype=object)

    def _check_fitted(self) -> None:
        from sklearn.exceptions import NotFittedError

        if not hasattr(self, "analyzer_"):
            raise NotFittedError("FramingFeatures is not fitted yet: call fit first")

    def transform(self, X: Iterable[Any]) -> Any:
        """One row of features per article (a text or an ArticleAnalysis)."""
        import numpy as np

        self._check_fitted()
        if isinstance(X, str):
            raise ValueError("X must be a sequence of articles, not a single string")
        rows = [self._row(self._analysis(x)) for x in X]
        return np.asarray(rows, dtype=float).reshape(len(rows), self.n_features_out_)

    def _analysis(self, x: Any) -> ArticleAnalysis:
        if isinstance(x, ArticleAnalysis):
            return x
        if isinstance(x, str):
            return self.analyzer_.analyze(x)
        raise TypeError(f"expected article text or ArticleAnalysis, got {type(x).__name__}")

    def _row(self, r: ArticleAnalysis) -> list[float]:
        row: list[float] = []
        frames = {f.frame: f for f in r.frames}
        for g in FEATURE_GROUPS:
            if g not in self.include:
                continue
            if g == "tone":
                row += [r.tone.score, r.tone.positive, r.tone.negative]
            elif g == "frames":
                row += [frames[f].score for f in FRAMES]
                row += [float(frames[f].present) for f in FRAMES]
            elif g == "questions":
                strength = {q.question: q.strength for f in r.frames for q in f.questions}
                row += [strength.get(q, 0.0) for q in QUESTIONS]
            elif g == "sources":
                s = r.sources
                row += [s.named, s.unnamed, s.unattributed, s.unnamed_share, s.uncheckable_share,
                        s.relayed, s.named_voices]
            elif g == "actors":
                row += [sum(a.type == t for a in r.actors) for t in _ACTOR_TYPES]
                scores = [a.portrayal.score for a in r.actors]
                row += [sum(scores) / len(scores) if scores else 0.0,
                        min(scores, default=0.0), max(scores, default=0.0),
                        sum(a.portrayal.label == "negative" for a in r.actors) / len(scores)
                        if scores else 0.0]
        return row
