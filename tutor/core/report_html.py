"""A report as one HTML page: for the PDF, printing, the HTML export and a stored attempt.

It is built from the JSON report (schema 1, ``Report.to_json``) and the texts its
spans point into, so the current check and an attempt stored weeks ago print the
same way. Only the HTML subset Qt's ``QTextDocument`` renders is used (inline
styles, tables, ``<sup>``), so the PDF and the browser show one page. Every text
from the student, the passage or a pack is escaped: it is shown, never run.
"""

from __future__ import annotations

from html import escape

from tutor.core.keypoints.model import missing_part
from tutor.core.wording import plural

# Tints that stay readable on white paper and in greyscale; labels tell them apart without colour.
COVERAGE_TINTS = {"covered": "#cfe0fa", "partial": "#fde0b8", "missing": "#e4e4e4", "contradicted": "#f2b8c6"}
COVERAGE_LABELS = {"covered": "✓ covered", "partial": "~ partial", "missing": "✗ missing",
                   "contradicted": "≠ contradicted"}
PRECIS_TINTS = {"fact": "#f7c4c4", "contradiction": "#f2b8c6", "copied": "#fff0a0", "paraphrased": "#fff8d4",
                "style": "#e3d5f5",
                "grammar": "#d4efd8"}
PRECIS_LABELS = {"fact": "F", "contradiction": "X", "copied": "C", "paraphrased": "P", "style": "S", "grammar": "G"}
_PAGE_STYLE = ("font-family: 'DejaVu Sans', 'Segoe UI', Arial, sans-serif; font-size: 10pt; color: #111;")
_TABLE = 'border="1" cellspacing="0" cellpadding="4" width="100%" style="border-collapse: collapse;"'


def _marked(text: str, marks: list[tuple[int, int, str, str]]) -> str:
    """``text`` as HTML with each ``(start, end, background, label)`` mark tinted and its label
    raised after it; where marks overlap, the later one's tint shows. Offsets are ``[start, end)``."""
    cuts = sorted({0, len(text)} | {max(0, min(len(text), x)) for m in marks for x in m[:2]})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        over = [m for m in marks if m[0] <= a and b <= m[1] and m[0] < m[1]]
        chunk = escape(text[a:b]).replace("\n", "<br/>")
        out.append(f'<span style="background-color: {over[-1][2]};">{chunk}</span>' if over else chunk)
        out += [f'<sup style="color: #444;">{escape(m[3])}</sup>' for m in marks if m[1] == b and m[3]]
    return "".join(out)


def _precis_marks(report: dict) -> list[tuple[int, int, str, str]]:
    marks = []
    for kind, key, span_key in (("copied", "copied", "precis_span"), ("paraphrased", "close_paraphrases", "precis_span"),
                                ("style", "style", "span"),
                                ("grammar", "grammar", "span"), ("contradiction", "contradictions", "precis_span"),
                                ("fact", "facts", "precis_span")):
        for n, item in enumerate(report.get(key) or [], 1):
            if item.get(span_key):
                marks.append((*item[span_key], PRECIS_TINTS[kind], f"{PRECIS_LABELS[kind]}{n}"))
    return marks


def _passage_marks(report: dict) -> list[tuple[int, int, str, str]]:
    marks = [(*k["source_span"], COVERAGE_TINTS.get(k["status"], "#ffffff"), f"{n}")
             for n, k in enumerate(report.get("key_points", []), 1) if k.get("source_span")]
    marks += [(*c["passage_span"], PRECIS_TINTS["copied"], "") for c in report.get("copied", []) if c.get("passage_span")]
    marks += [(*c["passage_span"], PRECIS_TINTS["paraphrased"], "")
              for c in report.get("close_paraphrases") or [] if c.get("passage_span")]
    return marks


def _legend(items: list[tuple[str, str]]) -> str:
    return "<p>" + " &nbsp; ".join(f'<span style="background-color: {tint};">&nbsp;{escape(label)}&nbsp;</span>'
                                   for tint, label in items) + "</p>"


def _score(report: dict) -> str:
    score = report["score"]
    rows = "".join(f"<tr><td>{escape(p.get('name', name).replace('_', ' ').capitalize())}</td>"
                   f"<td align=\"right\">{p['points']:g} / {p['out_of']:g}</td><td>{escape(p['how'])}</td></tr>"
                   for name, p in score["parts"].items())
    return (f"<h2>Score: {score['total']:g} / {score['out_of']:g}</h2>"
            f"<table {_TABLE}><tr><th align=\"left\">Part</th><th>Points</th>"
            f"<th align=\"left\">How it was reached</th></tr>{rows}</table>")


def _length_and_title(report: dict) -> str:
    t, p = report["target"], report["precis"]
    verdict = {"under": "too short", "over": "too long", "within": "within the target"}.get(t["verdict"], t["verdict"])
    title = (f"“{escape(p['title'])}” ({plural(p['title_words'], 'word')})" if p.get("title")
             else "none found: a précis needs one short title.")
    return (f"<p><b>Length:</b> {p['words']} words · target {t['words']} ({t['min']}–{t['max']}): {verdict}.<br/>"
            f"<b>Title:</b> {title}</p>")


def _title_given(report: dict) -> str:
    """The title typed in its own field (so not in the précis text), shown above the précis."""
    p = report["precis"]
    return f"<p><b>{escape(p['title'])}</b></p>" if p.get("title") and p.get("title_span") is None else ""


def _key_points(report: dict) -> str:
    rows = []
    for n, k in enumerate(report.get("key_points", []), 1):
        status = "· detail (may be left out)" if k.get("optional") else COVERAGE_LABELS.get(k["status"], k["status"])
        # The part of the idea still to say, in the point's words: not a list of the passage's words.
        missing = missing_part(k["text"], tuple(k.get("missing_terms") or ())) if k["status"] == "partial" else ""
        rows.append(f'<tr><td>{n}</td><td style="background-color: {COVERAGE_TINTS.get(k["status"], "#fff")};">'
                    f"{escape(status)}</td><td>{escape(k['text'])}</td><td>{escape(missing)}</td></tr>")
    head = "<tr><th>#</th><th align=\"left\">Status</th><th align=\"left\">Key point</th>" \
           "<th align=\"left\">Still missing</th></tr>"
    source = escape(report.get("key_point_source", ""))
    return f"<h2>Key points ({source})</h2><table {_TABLE}>{head}{''.join(rows)}</table>"


def _list(items: list[str], empty: str) -> str:
    return ("<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>") if items else f"<p>{empty}</p>"


def _findings(report: dict) -> str:
    facts = [f"<b>F{n}</b> {escape(f['message'])}" for n, f in enumerate(report.get("facts", []), 1)]
    facts += [f"<b>X{n}</b> {escape(c['message'])}" for n, c in enumerate(report.get("contradictions") or [], 1)]
    copied = [f"<b>C{n}</b> “{escape(c['text'])}” ({plural(c['words'], 'word')})" for n, c in enumerate(report.get("copied", []), 1)]
    copied += [f"<b>P{n}</b> “{escape(c['precis_text'])}” closely paraphrases “{escape(c['passage_text'])}”: "
               "the same sentence with some words swapped." for n, c in enumerate(report.get("close_paraphrases") or [], 1)]
    style = [f"<b>S{n}</b> “{escape(s['text'] or '')}”: {escape(s['message'])}"
             for n, s in enumerate(report.get("style", []), 1)]
    grammar = []
    for n, g in enumerate(report.get("grammar", []), 1):
        fix = f" → {escape(g['suggestions'][0])}" if g.get("suggestions") else ""
        grammar.append(f"<b>G{n}</b> {escape(g['category'])}: “{escape(g.get('text') or '')}”{fix}: "
                       f"{escape(g['message'])}")
    share = report.get("own_words_share", 1.0)
    engine = report.get("grammar_engine", {}).get("status", "")
    return (f"<h2>Facts and contradictions</h2>{_list(facts, 'No wrong facts found.')}"
            f"<h2>Copying</h2><p>{share:.0%} of the précis is in your own words.</p>{_list(copied, '')}"
            f"<h2>Précis conventions</h2>{_list(style, 'None broken.')}"
            f"<h2>Grammar and spelling</h2><p>{escape(engine)}</p>{_list(grammar, 'Nothing found.')}")


def render_html(report: dict, precis: str, passage: str | None = None, details: tuple[str, ...] = ()) -> str:
    """The whole report as an HTML document (a ``str``).

    ``report`` is a schema-1 report dict; ``precis`` the text its précis spans point into;
    ``passage`` the text its passage spans point into, or None when it is not known (the
    passage section then says so). ``details`` are extra lines under the heading, such as
    the date and the time taken.
    """
    info = report["passage"]
    head = (f"<h1>Précis report: {escape(info['title'] or 'Passage')}</h1>"
            + "".join(f"<p style=\"color: #444;\">{escape(d)}</p>" for d in details))
    precis_html = (f"<h2>Your précis</h2>"
                   + _legend([(PRECIS_TINTS[k], f"{PRECIS_LABELS[k]} {name}") for k, name in
                              (("fact", "wrong fact"), ("contradiction", "contradicts"), ("copied", "copied"),
                               ("paraphrased", "closely paraphrased"), ("style", "convention"),
                               ("grammar", "grammar"))])
                   + _title_given(report) + f"<p>{_marked(precis, _precis_marks(report))}</p>")
    if passage is None:
        passage_html = "<h2>The passage</h2><p>The passage's text was not kept with this attempt.</p>"
    else:
        passage_html = ("<h2>The passage</h2>"
                        + _legend([(COVERAGE_TINTS[s], COVERAGE_LABELS[s]) for s in COVERAGE_TINTS]
                                  + [(PRECIS_TINTS["copied"], "copied into the précis"),
                                     (PRECIS_TINTS["paraphrased"], "closely paraphrased")])
                        + f"<p>{_marked(passage, _passage_marks(report))}</p>")
    notes = _list([escape(n) for n in report.get("notes", [])], "") if report.get("notes") else ""
    body = (head + _score(report) + _length_and_title(report) + precis_html + _key_points(report)
            + _findings(report) + passage_html + (f"<h2>Notes</h2>{notes}" if notes else ""))
    return (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"/><title>Précis report</title></head>'
            f'<body style="{_PAGE_STYLE}">{body}</body></html>\n')
