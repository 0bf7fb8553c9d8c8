"""Reports: one article's analysis as a self-contained HTML page or Markdown.

The HTML report shows the headline and a summary (actors and their portrayal, the source mix, the
frames present), then the article text with the evidence highlighted in place: actor mentions
coloured by portrayal, sentiment cues underlined, attributions marked by source type (unnamed and
unattributed sources flagged), frame cues marked. Hovering or clicking a highlight shows, in a side
panel, why each score is what it is. A methods footer gives the versions and what every number
means, with its caveats.

Safety: every piece of article text and metadata goes through Jinja2's autoescaping; highlights
are built from character offsets over the original text and each segment is escaped on its own,
so a ``<script>`` in an article or a title comes out as text. The page loads nothing from the
network, and its Content-Security-Policy only lets its own script (by hash) run.

Jinja2 is imported when a report is rendered, so ``import framing`` stays quick. Corpus (outlet)
reports live in :mod:`framing.corpus_report`.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import quote

from . import __version__
from .results import Actor, ArticleAnalysis, Attribution, Contribution, FrameResult

if TYPE_CHECKING:  # pragma: no cover
    import jinja2

__all__ = [
    "render_report", "write_report", "Segment", "Mark", "segments", "markdown_escape",
    "ReportFormat", "MAX_TEXT_CHARS",
]

ReportFormat = Literal["html", "md"]

# An article longer than this is shown up to here (with a note) in the highlighted text; the
# summary still covers the whole article. 200,000 characters is about 30,000 words, some fifty
# times a long news story, and keeps the page responsive in a browser.
MAX_TEXT_CHARS = 200_000
# Rows shown in the summary tables (actors, attributions); the rest are counted, not listed.
MAX_ACTOR_ROWS = 40
MAX_ATTRIBUTION_ROWS = 100
# Cue rows shown in one actor's "why" card; an actor with hundreds of cues is summarised.
MAX_CUE_ROWS = 40
# Characters of a quote shown in a table cell before it is cut with an ellipsis.
QUOTE_CHARS = 160

_LABEL_CLASS = {"positive": "pos", "negative": "neg", "neutral": "neu"}
_TYPE_FLAG = {"named": "named source", "unnamed": "UNNAMED SOURCE",
              "unattributed": "UNATTRIBUTED"}
_TYPE_WHY = {
    "named": "The source is identified by name, so a reader can check who said it.",
    "unnamed": "The source is not identified (\u201csumber terpercaya\u201d, \u201cpengamat\u201d, "
               "\u201cpejabat yang enggan disebut namanya\u201d): a reader cannot check who "
               "said it.",
    "unattributed": "No source at all (\u201ckabarnya\u201d, \u201cdikabarkan\u201d): the claim "
                    "is hearsay, and nobody can be asked about it.",
}
_FRAME_NAMES = {"conflict": "Conflict", "human_interest": "Human interest",
                "economic": "Economic consequences", "morality": "Morality",
                "responsibility": "Responsibility"}


# ---------------------------------------------------------------------------------------------
# Highlights: marks over character offsets, flattened into non-overlapping segments.

@dataclass(frozen=True, slots=True)
class Mark:
    """One highlight over ``text[start:end]``: CSS classes, the "why" cards it opens, a tooltip."""

    start: int
    end: int
    classes: tuple[str, ...]
    cards: tuple[str, ...]
    title: str = ""


@dataclass(frozen=True, slots=True)
class Badge:
    """A flag inserted into the text before ``offset`` (e.g. "UNNAMED SOURCE")."""

    offset: int
    kind: str
    label: str
    card: str


@dataclass(slots=True)
class Segment:
    """A stretch of text under the same set of marks (none for plain text)."""

    text: str
    start: int
    classes: list[str] = field(default_factory=list)
    cards: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    badges: list[Badge] = field(default_factory=list)

    @property
    def title(self) -> str:
        return " | ".join(dict.fromkeys(t for t in self.titles if t))


def segments(text: str, marks: Iterable[Mark], badges: Iterable[Badge] = ()) -> list[Segment]:
    """Cut ``text`` at every mark boundary; each segment knows the marks that cover it.

    Marks may overlap or nest in any way: the result is flat, so the HTML stays well formed. Marks
    outside the text are clipped, empty ones dropped.

    Example:
        >>> [(s.text, s.classes) for s in segments("ab cd", [Mark(0, 2, ("x",), ("c1",))])]
        [('ab', ['x']), (' cd', [])]
    """
    n = len(text)
    ms = [m for m in marks if 0 <= m.start < m.end and m.start < n]
    bs = sorted((b for b in badges if 0 <= b.offset < n), key=lambda b: b.offset)
    cuts = {0, n}
    for m in ms:
        cuts.add(m.start)
        cuts.add(min(m.end, n))
    cuts.update(b.offset for b in bs)
    points = sorted(cuts)
    starts: dict[int, list[int]] = defaultdict(list)
    for i, m in enumerate(ms):
        starts[m.start].append(i)
    by_offset: dict[int, list[Badge]] = defaultdict(list)
    for badge in bs:
        by_offset[badge.offset].append(badge)
    active: list[int] = []
    out: list[Segment] = []
    for a, z in zip(points, points[1:], strict=False):
        active = [i for i in active if ms[i].end > a] + starts.get(a, [])
        seg = Segment(text[a:z], a, badges=by_offset.get(a, []))
        for i in active:
            m = ms[i]
            seg.classes.extend(c for c in m.classes if c not in seg.classes)
            seg.cards.extend(c for c in m.cards if c not in seg.cards)
            seg.titles.append(m.title)
        out.append(seg)
    return out


def _frame_cue_spans(text: str, f: FrameResult) -> list[tuple[int, int, str, bool]]:
    """Where each frame question's cues occur inside its evidence sentences.

    The analysis keeps, per question, the cue words and the sentences that answer it; the cue
    offsets are found again inside those sentences (whole words only).
    """
    out = []
    for q in f.questions:
        for cue in q.cues:
            if not cue.strip():
                continue
            pat = re.compile(r"(?<!\w)" + re.escape(cue) + r"(?!\w)")
            for s in q.evidence:
                for m in pat.finditer(text, s.start, s.end):
                    out.append((m.start(), m.end(), q.question, q.answered))
    return out


def _cue_id(c: Contribution) -> str:
    return f"k{c.start}_{c.end}"


def _fmt(x: float) -> str:
    return f"{x:+.2f}"


def _modifiers(c: Contribution) -> str:
    parts = []
    if c.negated:
        parts.append("negated")
    for name, v in (("intensity", c.intensity), ("contrast", c.contrast), ("hedge", c.hedge),
                    ("target", c.target_factor)):
        if abs(v - 1.0) > 1e-9:
            parts.append(f"{name} \u00d7{v:g}")
    return ", ".join(parts) or "none"


def _marks(r: ArticleAnalysis) -> tuple[list[Mark], list[Badge]]:
    marks: list[Mark] = []
    badges: list[Badge] = []
    for a in r.actors:
        lab = _LABEL_CLASS.get(a.portrayal.label, "neu")
        title = f"{a.name}: portrayed {a.portrayal.label} ({_fmt(a.portrayal.score)})"
        for m in a.mentions:
            marks.append(Mark(m.start, m.end, ("m", f"m-{lab}"), (f"a{a.id}",), title))
    cue_actors: dict[tuple[int, int], list[tuple[Actor, Contribution]]] = defaultdict(list)
    for a in r.actors:
        for c in a.portrayal.evidence:
            cue_actors[(c.start, c.end)].append((a, c))
    for (s, e), lst in cue_actors.items():
        w = sum(c.weight for _, c in lst)
        sign = "pos" if w > 0 else "neg" if w < 0 else "zero"
        who = ", ".join(f"{a.name} {_fmt(c.weight)}" for a, c in lst)
        classes = ("c", f"c-{sign}") + (("c-negated",) if any(c.negated for _, c in lst) else ())
        marks.append(Mark(s, e, classes, (_cue_id(lst[0][1]),) + tuple(f"a{a.id}" for a, _ in lst),
                          f"cue \u201c{lst[0][1].text}\u201d: {who}"))
    for i, q in enumerate(r.attributions):
        t = q.source_type
        card = (f"q{i}",)
        who = q.speaker or q.source or "no source"
        title = f"{_TYPE_FLAG[t]}: {who}" + (f" via {q.relay}" if q.relayed and q.relay else "")
        marks.append(Mark(q.start, q.end, ("q", f"q-{t}"), card, title))
        if q.source_start is not None and q.source_end is not None:
            marks.append(Mark(q.source_start, q.source_end, ("src", f"src-{t}"), card, title))
        if q.cue_start is not None and q.cue_end is not None:
            marks.append(Mark(q.cue_start, q.cue_end, ("v",), card, f"reporting cue: {q.cue}"))
        anchor = min(x for x in (q.start, q.source_start, q.cue_start) if x is not None)
        if t != "named":
            badges.append(Badge(anchor, t, _TYPE_FLAG[t], f"q{i}"))
        if q.relayed:
            badges.append(Badge(anchor, "relayed",
                                f"relayed via {q.relay}" if q.relay else "relayed", f"q{i}"))
    for f in r.frames:
        for s, e, question, answered in _frame_cue_spans(r.text, f):
            classes = ("f", f"f-{f.frame}") + (("f-answered",) if answered else ())
            marks.append(Mark(s, e, classes, (f"f-{f.frame}",),
                              f"{_FRAME_NAMES.get(f.frame, f.frame)} frame cue ({question})"))
    return marks, badges


# ---------------------------------------------------------------------------------------------
# The view: plain values for the templates, computed once.

def _cut(s: str, n: int = QUOTE_CHARS) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1].rstrip() + "\u2026"


def _safe_url(url: str | None) -> str | None:
    """A link target only for http(s) URLs; anything else (``javascript:``) is shown as text."""
    if url and re.match(r"^https?://", url.strip(), re.IGNORECASE):
        return url.strip()
    return None


def _actor_view(a: Actor, text: str) -> dict[str, Any]:
    by_sentence: dict[int, list[Contribution]] = defaultdict(list)
    for c in a.portrayal.evidence:
        by_sentence[c.sentence].append(c)
    rows = []
    for si in sorted(by_sentence):
        for c in by_sentence[si]:
            rows.append({"cue": c.text, "base": c.base, "modifiers": _modifiers(c),
                         "weight": c.weight, "rule": c.rule, "sentence": si, "id": _cue_id(c)})
    sentence_sums = [(si, sum(c.weight for c in cs)) for si, cs in sorted(by_sentence.items())]
    mention_sentences = {m.sentence for m in a.mentions}
    top = sorted(a.portrayal.evidence, key=lambda c: -abs(c.weight))[:5]
    return {
        "id": a.id, "name": a.name, "type": a.type, "category": a.category,
        "aliases": list(a.aliases), "mentions": len(a.mentions),
        "score": a.portrayal.score, "label": a.portrayal.label,
        "cls": _LABEL_CLASS.get(a.portrayal.label, "neu"),
        "rows": rows[:MAX_CUE_ROWS], "more_rows": max(0, len(rows) - MAX_CUE_ROWS),
        "n_cues": len(rows), "cue_sentences": len(by_sentence),
        "plain_sentences": len(mention_sentences - set(by_sentence)),
        "sentence_sums": sentence_sums[:MAX_CUE_ROWS],
        "positive": round(sum(c.weight for c in a.portrayal.evidence if c.weight > 0), 4),
        "negative": round(sum(c.weight for c in a.portrayal.evidence if c.weight < 0), 4),
        "top": [f"{c.text} {_fmt(c.weight)}" for c in top],
        "sentences": [_cut(s.text, 240) for s in a.portrayal.sentences[:3]],
    }


def _attribution_view(i: int, q: Attribution) -> dict[str, Any]:
    why = _TYPE_WHY[q.source_type]
    if q.relayed:
        via = f"\u201c{q.relay}\u201d" if q.relay else "another channel"
        why += (f" The words reach the article through {via}"
                + (f" ({q.relay_type})" if q.relay_type else "") + ".")
        if q.relay_type == "unnamed" and q.speaker:
            why += (" The speaker is named but the channel is not, so the attribution counts as "
                    "unnamed.")
    return {
        "i": i, "type": q.source_type, "flag": _TYPE_FLAG[q.source_type], "why": why,
        "who": q.speaker or q.source or "\u2014", "speaker": q.speaker, "source": q.source,
        "cue": q.cue, "stance": q.stance, "direct": q.direct, "kind": q.kind,
        "relayed": q.relayed, "relay": q.relay, "relay_type": q.relay_type,
        "public_figure": q.public_figure, "quote": _cut(q.quote), "full_quote": _cut(q.quote, 600),
    }


def _frame_view(f: FrameResult) -> dict[str, Any]:
    return {
        "frame": f.frame, "name": _FRAME_NAMES.get(f.frame, f.frame), "score": f.score,
        "present": f.present, "answered": sum(q.answered for q in f.questions),
        "n_questions": len(f.questions),
        "cues": sorted({c for q in f.questions if q.answered for c in q.cues})[:8],
        "questions": [{"id": q.question, "text": q.text, "answered": q.answered,
                       "strength": q.strength, "cues": list(q.cues),
                       "evidence": [_cut(s.text, 240) for s in q.evidence[:2]]}
                      for q in f.questions],
    }


def _cue_cards(r: ArticleAnalysis) -> list[dict[str, Any]]:
    by_span: dict[tuple[int, int], list[tuple[Actor, Contribution]]] = defaultdict(list)
    for a in r.actors:
        for c in a.portrayal.evidence:
            if c.start < MAX_TEXT_CHARS:
                by_span[(c.start, c.end)].append((a, c))
    cards = []
    for (_s, _e), lst in sorted(by_span.items()):
        c0 = lst[0][1]
        cards.append({"id": _cue_id(c0), "text": c0.text, "base": c0.base,
                      "rows": [{"actor": a.name, "weight": c.weight, "modifiers": _modifiers(c),
                                "rule": c.rule} for a, c in lst]})
    return cards


def article_view(r: ArticleAnalysis) -> dict[str, Any]:
    """Everything the article templates show, as plain values (also handy for custom templates)."""
    text = r.text
    truncated = len(text) > MAX_TEXT_CHARS
    shown = text[:MAX_TEXT_CHARS]
    marks, badges = _marks(r)
    segs = segments(shown, marks, badges)
    actors = sorted(r.actors, key=lambda a: (-len(a.mentions), a.id))
    s = r.sources
    total = s.named + s.unnamed + s.unattributed
    return {
        "title": r.title or r.id or "(untitled article)",
        "has_title": bool(r.title),
        "id": r.id, "outlet": r.outlet, "date": r.date, "url": r.url, "link": _safe_url(r.url),
        "tone": {"score": r.tone.score, "label": r.tone.label,
                 "cls": _LABEL_CLASS.get(r.tone.label, "neu"),
                 "positive": r.tone.positive, "negative": r.tone.negative},
        "actors": [_actor_view(a, text) for a in actors],
        "actor_rows": MAX_ACTOR_ROWS,
        "attributions": [_attribution_view(i, q) for i, q in enumerate(r.attributions)],
        "attribution_rows": MAX_ATTRIBUTION_ROWS,
        "sources": {"named": s.named, "unnamed": s.unnamed, "unattributed": s.unattributed,
                    "total": total, "unnamed_share": s.unnamed_share,
                    "uncheckable_share": s.uncheckable_share, "relayed": s.relayed,
                    "named_voices": s.named_voices},
        "frames": [_frame_view(f) for f in r.frames],
        "frames_present": [_FRAME_NAMES.get(f.frame, f.frame) for f in r.frames if f.present],
        "dominant_frame": _FRAME_NAMES.get(r.dominant_frame or "", r.dominant_frame),
        "cue_cards": _cue_cards(r),
        "segments": segs,
        "n_highlights": sum(1 for g in segs if g.classes),
        "truncated": truncated, "n_chars": len(text), "shown_chars": len(shown),
        "n_sentences": len(r.sentences),
        "lexicon_version": r.lexicon_version, "framing_version": r.version or __version__,
        "report_version": __version__,
    }


# ---------------------------------------------------------------------------------------------
# Rendering.

def markdown_escape(value: Any) -> str:
    """Escape text for Markdown: no markup, no raw HTML, no table breaks.

    ``<``, ``>`` and ``&`` become entities (raw HTML in Markdown would be rendered), and the
    characters that start emphasis, links, code or table cells are backslash-escaped.

    Example:
        >>> markdown_escape("<script>a*b|c</script>")
        '&lt;script&gt;a\\\\*b\\\\|c&lt;/script&gt;'
    """
    s = "" if value is None else str(value)
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    s = re.sub(r"([\\`*_\[\]|~])", r"\\\1", s)
    return s.replace("\r", " ").replace("\n", " ")


def _markdown_text(r: ArticleAnalysis) -> str:
    """The article text for Markdown: escaped, one paragraph per line, claims flagged in place."""
    shown = r.text[:MAX_TEXT_CHARS]
    flags: dict[int, list[str]] = defaultdict(list)
    for q in r.attributions:
        if q.source_type != "named" or q.relayed:
            anchor = min(x for x in (q.start, q.source_start, q.cue_start) if x is not None)
            label = _TYPE_FLAG[q.source_type] if q.source_type != "named" else "RELAYED"
            if anchor < len(shown):
                flags[anchor].append(f"\u27e6{label}\u27e7 ")
    pieces = []
    last = 0
    for off in sorted(flags):
        pieces.append(markdown_escape_block(shown[last:off]))
        pieces.append("".join(flags[off]))
        last = off
    pieces.append(markdown_escape_block(shown[last:]))
    paragraphs = [p.strip() for p in "".join(pieces).split("\n")]
    return "\n\n".join(p for p in paragraphs if p)


def markdown_escape_block(text: str) -> str:
    """Like :func:`markdown_escape`, but keeps line breaks (for running text)."""
    lines = (markdown_escape(line) for line in text.split("\n"))
    # a line must not start a heading, list, quote or rule
    lines = (re.sub(r"^(\s*)([#+\-=])", r"\1\\\2", ln) for ln in lines)
    return "\n".join(re.sub(r"^(\s*\d+)([.)])", r"\1\\\2", ln) for ln in lines)


@lru_cache(maxsize=2)
def _environment(kind: ReportFormat) -> jinja2.Environment:
    import jinja2
    from markupsafe import Markup

    loader = jinja2.PackageLoader("framing", "templates")
    if kind == "html":
        env = jinja2.Environment(loader=loader, autoescape=True, trim_blocks=True,
                                 lstrip_blocks=True, undefined=jinja2.StrictUndefined)
    else:
        # Markdown: every expression is escaped for Markdown unless it is marked safe (Markup),
        # the equivalent of HTML autoescaping.
        def finalize(v: Any) -> Any:
            return v if isinstance(v, Markup) else markdown_escape(v)

        env = jinja2.Environment(loader=loader, autoescape=False, trim_blocks=True,
                                 lstrip_blocks=True, finalize=finalize,
                                 undefined=jinja2.StrictUndefined, keep_trailing_newline=True)
    env.filters["signed"] = lambda x, n=2: f"{x:+.{n}f}"
    env.filters["pct"] = lambda x: f"{x:.0%}"
    env.filters["cut"] = _cut
    # a link target: percent-encoded, so no character can end the link or start markup
    env.filters["href"] = lambda u: Markup(quote(str(u), safe="/-_.~#"))
    return env


def _asset(name: str) -> str:
    return resources.files("framing").joinpath("templates", name).read_text(encoding="utf-8")


def _csp(script: str) -> str:
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    return ("default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
            f"script-src 'sha256-{digest}'; base-uri 'none'; form-action 'none'")


def render_report(result: ArticleAnalysis, *, format: ReportFormat = "html") -> str:
    """The report of one analysed article, as a self-contained HTML page or as Markdown.

    Args:
        result: an analysis from :func:`framing.analyze` (its ``text`` is the article).
        format: ``"html"`` (one file, nothing loaded from the network, highlights and a "why"
            panel) or ``"md"`` (the summary, the evidence and the text, for notes and papers).

    Returns:
        The report as a string.

    Example:
        >>> import framing
        >>> r = framing.analyze("Kabarnya menteri mundur.", title="<b>Judul</b>")
        >>> html = framing.render_report(r)
        >>> "&lt;b&gt;Judul&lt;/b&gt;" in html and "<b>Judul" not in html
        True
    """
    if format not in ("html", "md"):
        raise ValueError(f"format must be 'html' or 'md', not {format!r}")
    from markupsafe import Markup

    view = article_view(result)
    if format == "md":
        return _environment("md").get_template("article.md.j2").render(
            v=view, md_text=Markup(_markdown_text(result)))
    script = _asset("report.js")
    return _environment("html").get_template("article.html.j2").render(
        v=view, css=Markup(_asset("report.css")), script=Markup(script), csp=_csp(script))


def _format_for(path: Path, format: ReportFormat | None) -> ReportFormat:
    if format is not None:
        return format
    return "md" if path.suffix.lower() in (".md", ".markdown") else "html"


def write_report(result: ArticleAnalysis, path: str | Path, *,
                 format: ReportFormat | None = None) -> Path:
    """Write :func:`render_report` to ``path`` (format from the suffix: ``.md`` is Markdown).

    Returns:
        The path written.
    """
    p = Path(path)
    fmt = _format_for(p, format)
    if p.parent != Path(""):
        p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(render_report(result, format=fmt), encoding="utf-8")
    return p
