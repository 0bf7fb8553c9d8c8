"""FramingFeatures follows scikit-learn's estimator conventions and trains in a Pipeline."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.base import clone
from sklearn.exceptions import NotFittedError
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

import framing
from framing.features import FEATURE_GROUPS, FramingFeatures

CONFLICT = [
    "Kedua kubu saling mengecam dan menuding lawan politiknya berbohong.",
    "Partai oposisi menolak keras kebijakan itu dan menuding pemerintah gagal.",
    "Bentrokan antarwarga pecah setelah kedua pihak saling serang.",
    "Menteri itu membantah tudingan korupsi yang dilontarkan lawannya.",
    "DPR mengecam keputusan pemerintah yang dinilai merugikan rakyat.",
    "Pendukung kedua calon bersitegang di depan kantor KPU.",
]
ECONOMIC = [
    "Harga beras naik 10 persen dan inflasi diperkirakan mencapai 4 persen.",
    "Anggaran subsidi energi mencapai Rp 500 triliun tahun ini.",
    "Investasi asing tumbuh dan membuka ribuan lapangan kerja baru.",
    "Perusahaan itu merugi Rp 2 miliar akibat penurunan penjualan.",
    "Ekspor batubara meningkat sehingga devisa negara bertambah.",
    "Kenaikan tarif listrik membebani daya beli masyarakat.",
]


def test_is_exported_lazily() -> None:
    assert framing.FramingFeatures is FramingFeatures


def test_params_round_trip_and_clone() -> None:
    ff = FramingFeatures(include=("tone", "frames"))
    assert ff.get_params() == {"include": ("tone", "frames"), "lexicons": None}
    c = clone(ff)
    assert c.get_params() == ff.get_params() and c is not ff


def test_not_fitted() -> None:
    with pytest.raises(NotFittedError):
        FramingFeatures().transform(["teks"])


@pytest.mark.parametrize("include", [(), ("tone", "nonsense")], ids=["empty", "unknown"])
def test_bad_include_fails_in_fit(include) -> None:  # type: ignore[no-untyped-def]
    ff = FramingFeatures(include=include)  # __init__ does not validate
    with pytest.raises(ValueError):
        ff.fit(["teks"])


def test_shapes_and_names(analyzer) -> None:  # type: ignore[no-untyped-def]
    ff = FramingFeatures().fit(CONFLICT)
    X = ff.transform(CONFLICT)
    assert X.shape == (len(CONFLICT), len(ff.get_feature_names_out()))
    assert np.isfinite(X).all()
    # precomputed analyses give the same rows
    pre = [analyzer.analyze(t) for t in CONFLICT]
    assert np.allclose(ff.transform(pre), X)
    assert set(FEATURE_GROUPS) == {"tone", "frames", "questions", "sources", "actors"}


def test_single_string_is_rejected() -> None:
    with pytest.raises(ValueError):
        FramingFeatures().fit(["x"]).transform("x")


def test_pipeline_learns_coded_frames() -> None:
    texts = CONFLICT + ECONOMIC
    y = [1] * len(CONFLICT) + [0] * len(ECONOMIC)
    model = make_pipeline(FramingFeatures(include=("frames", "questions")), StandardScaler(),
                          LogisticRegression(max_iter=1000))
    scores = cross_val_score(model, texts, y, cv=3)
    assert scores.mean() >= 0.8
