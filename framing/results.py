"""Result types: frozen dataclasses of plain values with character offsets and ``to_dict()``.

``ArticleAnalysis.to_dict()`` is the public JSON contract of ``framing analyze --format json``:
keys may be added, never renamed or dropped (see ``tests/test_contract.py``).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

__all__ = [
    "Span", "Mention", "Contribution", "Portrayal", "Actor", "Attribution", "SourceSummary",
    "QuestionAnswer", "FrameResult", "Tone", "ArticleAnalysis", "Label",
]

Label = Literal["positive", "neutral", "negative"]
SourceType = Literal["named", "unnamed", "unattributed"]
ActorType = Literal["person", "organisation", "government", "country", "group"]


@dataclass(frozen=True, slots=True, init=False)
class Span:
    """A piece of evidence: ``text == article_text[start:end]``."""

    start: int
    end: int
    text: str

    def __init__(self, start: int, end: int, text: str) -> None:
        # written out (init=False): mypyc compiles it, where the generated one ran
        # interpreted, about 8 times slower (benchmarks/README.md, session 5)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "text", text)

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True, init=False)
class Mention:
    """One mention of an actor: a name, alias, title, pronoun or group anaphor."""

    start: int
    end: int
    text: str
    actor: int  # index into ArticleAnalysis.actors
    kind: Literal["name", "alias", "discovered", "pronoun", "group"]
    sentence: int

    def __init__(self, start: int, end: int, text: str, actor: int,
                 kind: Literal["name", "alias", "discovered", "pronoun", "group"],
                 sentence: int) -> None:
        # written out (init=False): mypyc compiles it, where the generated one ran
        # interpreted, about 8 times slower (benchmarks/README.md, session 5)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "actor", actor)
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "sentence", sentence)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True, init=False)
class Contribution:
    """One sentiment cue and what the rules did to it.

    ``weight`` is the final signed value: ``base * intensity * contrast * hedge``, negated when
    ``negated`` (and scaled by ``target_factor`` for how the cue reaches the actor).
    """

    start: int
    end: int
    text: str
    base: float
    weight: float
    sentence: int
    negated: bool = False
    intensity: float = 1.0
    contrast: float = 1.0
    hedge: float = 1.0
    target_factor: float = 1.0
    rule: str = "lexicon"

    def __init__(self, start: int, end: int, text: str, base: float, weight: float, sentence: int,
                 negated: bool = False, intensity: float = 1.0, contrast: float = 1.0,
                 hedge: float = 1.0, target_factor: float = 1.0, rule: str = "lexicon") -> None:
        # written out (init=False): mypyc compiles it, where the generated one ran
        # interpreted, about 8 times slower (benchmarks/README.md, session 5)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "base", base)
        object.__setattr__(self, "weight", weight)
        object.__setattr__(self, "sentence", sentence)
        object.__setattr__(self, "negated", negated)
        object.__setattr__(self, "intensity", intensity)
        object.__setattr__(self, "contrast", contrast)
        object.__setattr__(self, "hedge", hedge)
        object.__setattr__(self, "target_factor", target_factor)
        object.__setattr__(self, "rule", rule)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True, init=False)
class Portrayal:
    score: float
    label: Label
    evidence: tuple[Contribution, ...] = ()
    sentences: tuple[Span, ...] = ()

    def __init__(self, score: float, label: Label, evidence: tuple[Contribution, ...] = (),
                 sentences: tuple[Span, ...] = ()) -> None:
        # written out (init=False): mypyc compiles it, where the generated one ran
        # interpreted, about 8 times slower (benchmarks/README.md, session 5)
        object.__setattr__(self, "score", score)
        object.__setattr__(self, "label", label)
        object.__setattr__(self, "evidence", evidence)
        object.__setattr__(self, "sentences", sentences)

    def to_dict(self) -> dict[str, Any]:
        return {"score": self.score, "label": self.label}


@dataclass(frozen=True, slots=True, init=False)
class Actor:
    """A person, organisation, government body, country or group, with its merged mentions."""

    id: int
    name: str
    type: ActorType
    aliases: tuple[str, ...]
    mentions: tuple[Mention, ...]
    portrayal: Portrayal
    gazetteer: bool = False
    category: str = ""
    roles: tuple[str, ...] = ()  # offices written before the name: "Kapolsek Tamansari AKP"
    public_figure: bool | None = None
    # its voice: how often the article lets it speak, with how many words, and with which stances
    quoted: int = 0
    quoted_words: int = 0
    stances: tuple[tuple[str, int], ...] = ()

    def __init__(self, id: int, name: str, type: ActorType, aliases: tuple[str, ...],
                 mentions: tuple[Mention, ...], portrayal: Portrayal, gazetteer: bool = False,
                 category: str = "", roles: tuple[str, ...] = (),
                 public_figure: bool | None = None, quoted: int = 0, quoted_words: int = 0,
                 stances: tuple[tuple[str, int], ...] = ()) -> None:
        # written out (init=False): mypyc compiles it, where the generated one ran
        # interpreted, about 8 times slower (benchmarks/README.md, session 5)
        object.__setattr__(self, "id", id)
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "type", type)
        object.__setattr__(self, "aliases", aliases)
        object.__setattr__(self, "mentions", mentions)
        object.__setattr__(self, "portrayal", portrayal)
        object.__setattr__(self, "gazetteer", gazetteer)
        object.__setattr__(self, "category", category)
        object.__setattr__(self, "roles", roles)
        object.__setattr__(self, "public_figure", public_figure)
        object.__setattr__(self, "quoted", quoted)
        object.__setattr__(self, "quoted_words", quoted_words)
        object.__setattr__(self, "stances", stances)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "roles": list(self.roles),
            "public_figure": self.public_figure,
            "voice": {"attributions": self.quoted, "words": self.quoted_words,
                      "stances": dict(self.stances)},
            "name": self.name,
            "type": self.type,
            "category": self.category,
            "gazetteer": self.gazetteer,
            "aliases": list(self.aliases),
            "mentions": len(self.mentions),
            "mention_spans": [{"start": m.start, "end": m.end, "text": m.text, "kind": m.kind}
                              for m in self.mentions],
            "portrayal": self.portrayal.to_dict(),
            "evidence": [
                {"start": c.start, "end": c.end, "text": c.text, "weight": round(c.weight, 4),
                 "base": c.base, "negated": c.negated, "intensity": c.intensity,
                 "contrast": c.contrast, "hedge": c.hedge, "target_factor": c.target_factor,
                 "rule": c.rule, "sentence": c.sentence}
                for c in self.portrayal.evidence
            ],
            "evidence_sentences": [s.to_dict() for s in self.portrayal.sentences],
        }


@dataclass(frozen=True, slots=True, init=False)
class Attribution:
    """A direct quote or reported claim, its cue, its speaker and its source type."""

    start: int  # the statement (quote or reported content)
    end: int
    quote: str
    direct: bool
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    source: str | None  # the source phrase as written ("sumber terpercaya", "Putin", "ia")
    source_start: int | None
    source_end: int | None
    source_type: SourceType
    speaker: str | None  # the resolved actor's name, when there is one
    speaker_id: int | None
    stance: str
    sentence: int
    relayed: bool = False
    relay: str | None = None  # the channel: "sumber terpercaya", "Reuters"
    relay_type: SourceType | None = None
    kind: str = "verb"  # how it was found: quote, verb, postposed, preposition, relay, hearsay
    # the speaker holds an office, speaks for an institution or is in the gazetteer (True), is an
    # ordinary or vague person (False), or is unknown (None)
    public_figure: bool | None = None

    def __init__(self, start: int, end: int, quote: str, direct: bool, cue: str | None,
                 cue_start: int | None, cue_end: int | None, source: str | None,
                 source_start: int | None, source_end: int | None, source_type: SourceType,
                 speaker: str | None, speaker_id: int | None, stance: str, sentence: int,
                 relayed: bool = False, relay: str | None = None,
                 relay_type: SourceType | None = None, kind: str = "verb",
                 public_figure: bool | None = None) -> None:
        # written out (init=False): mypyc compiles it, where the generated one ran
        # interpreted, about 8 times slower (benchmarks/README.md, session 5)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "quote", quote)
        object.__setattr__(self, "direct", direct)
        object.__setattr__(self, "cue", cue)
        object.__setattr__(self, "cue_start", cue_start)
        object.__setattr__(self, "cue_end", cue_end)
        object.__setattr__(self, "source", source)
        object.__setattr__(self, "source_start", source_start)
        object.__setattr__(self, "source_end", source_end)
        object.__setattr__(self, "source_type", source_type)
        object.__setattr__(self, "speaker", speaker)
        object.__setattr__(self, "speaker_id", speaker_id)
        object.__setattr__(self, "stance", stance)
        object.__setattr__(self, "sentence", sentence)
        object.__setattr__(self, "relayed", relayed)
        object.__setattr__(self, "relay", relay)
        object.__setattr__(self, "relay_type", relay_type)
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "public_figure", public_figure)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class SourceSummary:
    named: int
    unnamed: int
    unattributed: int
    unnamed_share: float  # unnamed / all attributions (0 when there are none)
    uncheckable_share: float  # (unnamed + unattributed) / all attributions
    relayed: int
    named_voices: int  # distinct named speakers
    # does the lead (first paragraph, or first two sentences) rest on an unnamed or unattributed
    # claim? does the headline (when given) carry one?
    lead_uncheckable: bool = False
    headline_uncheckable: bool | None = None
    # share of attributed words by speaker (named speakers by name; others by source type)
    voice_share: tuple[tuple[str, int, float], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["voice_share"] = [{"speaker": s, "words": w, "share": sh}
                            for s, w, sh in self.voice_share]
        return d


@dataclass(frozen=True, slots=True, init=False)
class QuestionAnswer:
    """One Semetko-Valkenburg indicator question and the evidence that answers it."""

    question: str
    text: str
    answered: bool
    strength: float
    evidence: tuple[Span, ...]
    cues: tuple[str, ...]

    def __init__(self, question: str, text: str, answered: bool, strength: float,
                 evidence: tuple[Span, ...], cues: tuple[str, ...]) -> None:
        # written out (init=False): mypyc compiles it, where the generated one ran
        # interpreted, about 8 times slower (benchmarks/README.md, session 5)
        object.__setattr__(self, "question", question)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "answered", answered)
        object.__setattr__(self, "strength", strength)
        object.__setattr__(self, "evidence", evidence)
        object.__setattr__(self, "cues", cues)

    def to_dict(self) -> dict[str, Any]:
        return {"question": self.question, "text": self.text, "answered": self.answered,
                "strength": self.strength, "cues": list(self.cues),
                "evidence": [e.to_dict() for e in self.evidence]}


@dataclass(frozen=True, slots=True, init=False)
class FrameResult:
    frame: str
    score: float
    present: bool
    questions: tuple[QuestionAnswer, ...]
    evidence: tuple[Span, ...]

    def __init__(self, frame: str, score: float, present: bool,
                 questions: tuple[QuestionAnswer, ...], evidence: tuple[Span, ...]) -> None:
        # written out (init=False): mypyc compiles it, where the generated one ran
        # interpreted, about 8 times slower (benchmarks/README.md, session 5)
        object.__setattr__(self, "frame", frame)
        object.__setattr__(self, "score", score)
        object.__setattr__(self, "present", present)
        object.__setattr__(self, "questions", questions)
        object.__setattr__(self, "evidence", evidence)

    def to_dict(self) -> dict[str, Any]:
        return {"frame": self.frame, "score": self.score, "present": self.present,
                "evidence": [e.to_dict() for e in self.evidence],
                "questions": [q.to_dict() for q in self.questions]}


@dataclass(frozen=True, slots=True)
class Tone:
    score: float
    label: Label
    positive: float = 0.0
    negative: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class ArticleAnalysis:
    """Everything ``framing`` says about one article."""

    text: str
    actors: tuple[Actor, ...]
    attributions: tuple[Attribution, ...]
    sources: SourceSummary
    frames: tuple[FrameResult, ...]
    tone: Tone
    lexicon_version: str
    id: str | None = None
    title: str | None = None
    outlet: str | None = None
    date: str | None = None
    url: str | None = None
    sentences: tuple[Span, ...] = field(default=(), repr=False)
    version: str = ""

    @property
    def dominant_frame(self) -> str | None:
        present = [f for f in self.frames if f.present]
        return max(present, key=lambda f: f.score).frame if present else None

    def actor(self, name: str) -> Actor | None:
        """The actor with this canonical name or alias, if any."""
        for a in self.actors:
            if a.name == name or name in a.aliases:
                return a
        return None

    def to_dict(self, *, include_text: bool = False) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "title": self.title,
            "outlet": self.outlet,
            "date": self.date,
            "url": self.url,
            "actors": [a.to_dict() for a in self.actors],
            "attributions": [a.to_dict() for a in self.attributions],
            "sources": self.sources.to_dict(),
            "frames": [f.to_dict() for f in self.frames],
            "dominant_frame": self.dominant_frame,
            "tone": self.tone.to_dict(),
            "lexicon_version": self.lexicon_version,
            "framing_version": self.version,
            "n_sentences": len(self.sentences),
        }
        if include_text:
            d["text"] = self.text
        return d

    def actors_frame(self):  # type: ignore[no-untyped-def]
        """Actors as a pandas DataFrame (one row per actor)."""
        import pandas as pd

        return pd.DataFrame([{k: v for k, v in a.to_dict().items()
                              if k not in ("mention_spans", "evidence", "evidence_sentences")}
                             | {"score": a.portrayal.score, "label": a.portrayal.label}
                             for a in self.actors])

    def attributions_frame(self):  # type: ignore[no-untyped-def]
        """Attributions as a pandas DataFrame."""
        import pandas as pd

        return pd.DataFrame([a.to_dict() for a in self.attributions])

    def frames_frame(self):  # type: ignore[no-untyped-def]
        """Frames as a pandas DataFrame."""
        import pandas as pd

        return pd.DataFrame([{"frame": f.frame, "score": f.score, "present": f.present,
                              "questions_answered": sum(q.answered for q in f.questions)}
                             for f in self.frames])
