"""Known errors and known non-errors made on the bundled model précis: how many the fact check finds.

Each model précis in resources/passages is right by construction. From it the script makes
errors (a figure changed, two figures swapped, a name replaced, two figures' roles swapped,
a claim with a figure negated) and non-errors (the précis unchanged, a figure rounded, a figure
written in words, units abbreviated). Role swaps are rare in the model précis, so six written
here for the benchmark are added. The method is FactCC's (Kryściński et al. 2020): rule-made
edits whose right answer is known.

An error counts as caught when a fact finding overlaps the edited words ("certain" leaves out
"check this figure"); a non-error counts as a false alarm when any fact finding appears.
Targets (issue 10): at least 90% of errors caught, at most 5% of non-errors flagged.

    .venv/bin/python bench/facts_eval.py [--show]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tutor.core.analysis import analyse_passage, check  # noqa: E402
from tutor.core.figures import Figure, find_figures  # noqa: E402
from tutor.core.library import load_library  # noqa: E402
from tutor.core.names import find_names  # noqa: E402
from tutor.core.passage import passage_from_text  # noqa: E402
from tutor.core.quantities import ONES, TENS  # noqa: E402
from tutor.core.roles import roles_of  # noqa: E402
from tutor.core.span import Span  # noqa: E402
from tutor.core.tokens import sentence_spans, stem, terms  # noqa: E402

ERRORS = ("figure changed", "figures swapped", "name replaced", "role swapped", "claim negated")
NON_ERRORS = ("unchanged", "figure rounded", "figure in words", "abbreviated")
_NEW_NAMES = ("Norway", "Brazil", "Kenya", "Sweden", "Peru")
_AUX = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should)\b")
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _replace(text: str, span: Span, new: str) -> tuple[str, Span]:
    return text[:span.start] + new + text[span.end:], Span(span.start, span.start + len(new))


def _stated(analysis, fig: Figure) -> bool:
    return analysis.facts.matches(fig) is not None


def _changed(text, figs, analysis):
    for f in figs:
        m = _NUMBER.search(f.text)
        if not m or not _stated(analysis, f) or f.text.endswith("s") and f.kind == "year":
            continue  # a decade ("the 1950s") has no one figure to change
        old = m.group().replace(",", "")
        new = str(int(old) + 3) if f.kind == "year" else _scaled(old, 1.3)
        start = f.span.start + m.start()
        yield _replace(text, Span(start, start + len(m.group())), new)


def _scaled(number: str, by: float) -> str:
    decimals = len(number.split(".")[1]) if "." in number else 0
    value = float(number) * by
    return f"{value:.{decimals}f}" if decimals else str(max(int(round(value)), int(float(number)) + 2))


def _swapped(text, figs, analysis):
    for i, a in enumerate(figs):
        for b in figs[i + 1:]:
            if a.kind == b.kind and not a.quantity.agrees(b.quantity) and _stated(analysis, a) and _stated(analysis, b):
                new = text[:a.span.start] + b.text + text[a.span.end:b.span.start] + a.text + text[b.span.end:]
                yield new, Span(a.span.start, b.span.end + len(a.text) - len(b.text))
                break


def _renamed(text, analysis):
    for name in find_names(text):
        new = next(n for n in _NEW_NAMES if n.lower() not in analysis.passage.text.lower())
        yield _replace(text, name.span, new)


_MEASURED = re.compile(r"\s+(?:of|in)\s+(?:the\s+|its\s+|their\s+)?(?!the\b|its\b|their\b)([a-z]+)\b(?!['’])")


def _role_word(text: str, roles, fig: Figure) -> Span | None:
    """The thing a figure measures: "12 per cent of farmland" gives "farmland"."""
    m = _MEASURED.match(text, fig.span.end)
    return Span(m.start(1), m.end(1)) if m and m.end(1) <= roles.clause.end else None


def _roles_swapped(text, figs, analysis):
    sentences = sentence_spans(text)
    for i, a in enumerate(figs):
        for b in figs[i + 1:]:
            if a.kind != b.kind or not (_stated(analysis, a) and _stated(analysis, b)):
                continue
            s = next((s for s in sentences if s.start <= a.span.start < s.end), None)
            if s is None or not s.start <= b.span.start < s.end:
                continue
            ra, rb = roles_of(text, s, a.span), roles_of(text, s, b.span)
            wa, wb = _role_word(text, ra, a), _role_word(text, rb, b)
            if wa and wb and wa.end <= wb.start and stem(wa.of(text).lower()) != stem(wb.of(text).lower()):
                new = text[:wa.start] + wb.of(text) + text[wa.end:wb.start] + wa.of(text) + text[wb.end:]
                yield new, Span(wa.start, wb.start + len(wa.of(text)))


def _negated(text, figs, analysis):
    sentences = sentence_spans(text)
    for f in figs:
        s = next((s for s in sentences if s.start <= f.span.start < s.end), None)
        if s is None or not _stated(analysis, f):
            continue
        clause = roles_of(text, s, f.span).clause
        aux = _AUX.search(text, clause.start, clause.end)
        if aux:
            new, _ = _replace(text, Span(aux.end(), aux.end()), " not")
        else:
            first = text[s.start:s.start + 1]
            new, _ = _replace(text, Span(s.start, s.start + 1), "It is not true that " + first.lower())
        yield new, Span(s.start, s.end + 20)


def _rounded(text, figs, analysis):
    for f in figs:
        m = _NUMBER.search(f.text)
        if not m or not _stated(analysis, f) or f.kind == "year":
            continue
        number = m.group().replace(",", "")
        if "." in number:
            new = f"{float(number):.{len(number.split('.')[1]) - 1}f}" if len(number.split(".")[1]) > 1 else str(round(float(number)))
        elif int(number) >= 20 and int(number) % 10:
            new = "about " + str(round(int(number), -1 if int(number) < 1000 else -2))
        else:
            continue
        start = f.span.start + m.start()
        yield _replace(text, Span(start, start + len(m.group())), new)


def _words(n: int) -> str:
    if n < 20:
        return list(ONES)[n]
    tens = next(w for w, v in TENS.items() if v == n // 10 * 10)
    return tens + ("-" + list(ONES)[n % 10] if n % 10 else "")


def _in_words(text, figs, analysis):
    for f in figs:
        m = _NUMBER.search(f.text)
        if m and m.group().isdigit() and 2 <= int(m.group()) < 100 and _stated(analysis, f) and f.kind != "year":
            start = f.span.start + m.start()
            yield _replace(text, Span(start, start + len(m.group())), _words(int(m.group())))


def _abbreviated(text, figs, analysis):
    new = re.sub(r"(\d) per cent", r"\1%", text)
    new = re.sub(r"(\d) billion", r"\1bn", new)
    new = re.sub(r"(\$\d[\d.]*) million", r"\1m", new)
    new = re.sub(r"(\d) million", r"\1 mn", new)
    if new != text:
        yield new, None


# Role swaps written for this benchmark: (passage, précis with two roles traded, the traded words).
_WRITTEN_SWAPS = (
    ("In May exports rose 15.5% while imports surged 56.1%.", "Imports rose 15.5% while exports surged 56.1%."),
    ("The provincial bank lent Rs 40 crore to the cooperatives.", "The cooperatives lent Rs 40 crore to the provincial bank."),
    ("Wheat output grew 8 per cent, and rice output fell 3 per cent.", "Rice output grew 8 per cent, and wheat output fell 3 per cent."),
    ("The World Bank gave $2 billion to the port authority last year.", "The port authority gave $2 billion to the World Bank."),
    ("Boys' enrolment reached 71 per cent, while girls' enrolment stayed at 48 per cent.",
     "Girls' enrolment reached 71 per cent, while boys' enrolment stayed at 48 per cent."),
    ("Coal supplied 40 per cent of the power and gas supplied 25 per cent.",
     "Gas supplied 40 per cent of the power and coal supplied 25 per cent."),
)


def written_swaps():
    """The written role swaps as (passage, précis) pairs; the whole précis is the target."""
    for passage, precis in _WRITTEN_SWAPS:
        yield passage_from_text(passage), precis


def cases(passage, model_text):
    analysis = analyse_passage(passage)
    figs = find_figures(model_text)
    makers = {
        "figure changed": _changed(model_text, figs, analysis), "figures swapped": _swapped(model_text, figs, analysis),
        "name replaced": _renamed(model_text, analysis), "role swapped": _roles_swapped(model_text, figs, analysis),
        "claim negated": _negated(model_text, figs, analysis), "unchanged": iter([(model_text, None)]),
        "figure rounded": _rounded(model_text, figs, analysis), "figure in words": _in_words(model_text, figs, analysis),
        "abbreviated": _abbreviated(model_text, figs, analysis),
    }
    for kind, made in makers.items():
        for text, target in made:
            yield kind, text, target


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--show", action="store_true", help="print each miss and false alarm")
    a = ap.parse_args()
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # cases, any finding, certain finding
    for passage in load_library().passages:
        analysis = analyse_passage(passage)
        for model in passage.model_precis:
            for kind, text, target in cases(passage, model.text):
                facts = check(analysis, "Title\n\n" + text).facts
                shift = len("Title\n\n")
                hits = [f for f in facts if target is None or f.precis_span.overlaps(target.shifted(shift))]
                t = tally[kind]
                t[0] += 1
                t[1] += bool(hits)
                t[2] += any(f.certain for f in hits)
                wrong = (kind in ERRORS) != bool(hits)
                if a.show and wrong:
                    where = target.of(text) if target else ""
                    print(f"[{kind}] {passage.id}: {'missed' if kind in ERRORS else 'flagged'} {where!r}: "
                          f"{[f.message for f in facts]}")
    for passage, precis in written_swaps():
        facts = check(analyse_passage(passage), "Title\n\n" + precis).facts
        t = tally["role swapped"]
        t[0] += 1
        t[1] += bool(facts)
        t[2] += any(f.certain for f in facts)
        if a.show and not facts:
            print(f"[role swapped] written: missed {precis!r}")
    _print(tally)


def _print(tally) -> None:
    print(f"{'kind':18} {'cases':>5} {'any finding':>12} {'certain':>8}")
    for kind in ERRORS + NON_ERRORS:
        n, anyf, sure = tally[kind]
        print(f"{kind:18} {n:5d} {anyf / max(n, 1):12.0%} {sure / max(n, 1):8.0%}")
    e = [sum(tally[k][i] for k in ERRORS) for i in range(3)]
    ne = [sum(tally[k][i] for k in NON_ERRORS) for i in range(3)]
    print(f"errors caught: {e[1]}/{e[0]} ({e[1] / max(e[0], 1):.0%}), certain {e[2] / max(e[0], 1):.0%} (aim 90%); "
          f"non-errors flagged: {ne[1]}/{ne[0]} ({ne[1] / max(ne[0], 1):.0%}) (aim at most 5%)")


if __name__ == "__main__":
    main()
