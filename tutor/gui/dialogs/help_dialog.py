"""F1: the précis rules, the word-count rules, and what the colours mean."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

HELP_HTML = """
<h2>Writing a précis</h2>
<p>A précis is a short, faithful version of a passage, written in your own words.
In the CSS English paper it is worth 20 marks: 15 for the précis and 5 for the title.</p>
<ul>
<li><b>Length:</b> about one third of the passage. Précis Tutor shows the target and a band of
  ±10% around it (you can change the band in Settings).</li>
<li><b>Title:</b> exactly one, short (a phrase, not a sentence), naming the central idea.
  Type it in the title field; it is not counted.</li>
<li><b>Own words:</b> names and technical terms may stay, but do not copy runs of words
  from the passage, and do not keep a passage sentence with only a few words swapped (a close
  paraphrase). Copied runs are highlighted in gold; close paraphrases in paler gold with a
  dashed underline.</li>
<li><b>Third person, reported speech:</b> no "I", "we" or "you"; no quotations.</li>
<li><b>Nothing added:</b> no opinion, no comment, no new facts. Figures must match the passage.</li>
<li><b>Leave out</b> examples, illustrations, repetition, rhetorical questions and decoration.</li>
<li><b>Formal writing:</b> no contractions ("they have", not "they've"), no bullets or arrows:
  one connected paragraph, in the passage's order of ideas.</li>
</ul>
<h2>How words are counted</h2>
<ul>
<li>A word is a run of characters between spaces or dashes that holds at least one letter or digit.</li>
<li>A dash between words (– or —, or a typed --) separates them: "conflicts—and" is two words.</li>
<li>A hyphen joins: hyphenated compounds ("China-Pakistan") and contractions ("they've") are one word.</li>
<li>"$65 billion" is two words. Symbols on their own ("→", "-", "&amp;") are not words.</li>
<li>The title is not counted, and neither is a "Précis:" label before the body or a last line
such as "95 words".</li>
<li>The target is one third of the passage (or the number the passage's pack gives), ±10%.</li>
</ul>
<p>The counter under the précis reads, for example, <i>97 words · target 83 (75–91)</i>:
97 words written, 83 wanted, anything from 75 to 91 is within the target. It also says
<i>too short</i>, <i>within the target</i> or <i>too long</i>.</p>
<h2>The marks</h2>
<p><b>In the passage:</b> each key point is tinted by how well your précis covers it:
covered (blue, solid line), partly covered (orange, dashed line), missing (grey, dotted line),
contradicted: your précis says the opposite of the passage (purple, dash-dot-dot line).
Words copied into your précis are highlighted in gold; a sentence you closely paraphrased has a
paler highlight with a dashed line.</p>
<p><b>In your précis:</b> wavy lines are spelling (vermillion), grammar (blue) and punctuation
(green) findings; a dotted line is a précis convention (for example a contraction); a dash-dot line
is a wrong figure or a name not in the passage; words highlighted in gold were copied from the passage,
and a paler highlight with a dashed underline is a sentence closely paraphrased from one of the passage's.
Hover over a mark to read why; right-click a wavy line for suggestions, <i>Ignore</i> (this
finding, until you close the app), <i>Add to dictionary</i> (a misspelling that is not one) and
<i>Never flag this rule</i> (a grammar or punctuation rule, from now on). <i>Grammar → Personal
dictionary and ignored rules…</i> lists what you added and switched off, and takes it back.</p>
<p>Click any item in the feedback pane (or press Enter on it) to highlight its words in the
précis and the passage for a few seconds. Nothing is selected, so typing never replaces them.
Right-click a contraction for its full form.</p>
<h2>Keys</h2>
<table cellspacing="4">
<tr><td>Ctrl+L</td><td>choose a passage from the library</td></tr>
<tr><td>Ctrl+O</td><td>open a passage (.txt or a pack .json)</td></tr>
<tr><td>Ctrl+Shift+O</td><td>open a précis (.txt)</td></tr>
<tr><td>Ctrl+S</td><td>save the précis as a .txt file</td></tr>
<tr><td>Ctrl+Z / Ctrl+Shift+Z</td><td>undo / redo</td></tr>
<tr><td>Ctrl+F, F3</td><td>find in the précis or the passage; find again</td></tr>
<tr><td>Ctrl+= / Ctrl+- / Ctrl+0</td><td>bigger / smaller / normal text in every pane and dialog</td></tr>
<tr><td>Tab</td><td>passage → title → précis → feedback</td></tr>
<tr><td>Shift+F10 or Menu</td><td>suggestions for the marked words at the cursor</td></tr>
</table>
<p>Your draft is saved every few seconds and when you quit. If Précis Tutor ever stops
unexpectedly, it offers the draft back the next time it starts.</p>
"""


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Précis Tutor help")
        self.resize(640, 640)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(HELP_HTML)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
