"""EvidencePreview: the sentence behind the highlighted row, shown as it is stored."""
from __future__ import annotations

from textual.content import Content
from textual.style import Style
from textual.widgets import Static

from tui.text import fit, one_line


class EvidencePreview(Static):
    """Up to a few lines: what the row says, the sentence, and its document."""

    COMPONENT_CLASSES = {"evidence-preview--quote", "evidence-preview--source"}

    _shown: tuple[str, str | None, str] = ("", None, "")

    def on_resize(self) -> None:
        self.show(*self._shown)

    def show(self, summary: str, sentence: str | None, source: str) -> None:
        self._shown = (summary, sentence, source)
        width = self.content_size.width
        # One line for what the row says, so the sentence keeps the room it needs.
        summary = fit(one_line(summary), width).rstrip() if width > 0 else one_line(summary)
        if sentence is None:
            self.update(Content(summary))
            return
        quote = self._style("evidence-preview--quote")
        src = self._style("evidence-preview--source")
        self.update(Content.assemble(
            summary, "\n", ("“" + " ".join(one_line(sentence).split()) + "”", quote),
            (" — " + one_line(source), src)))

    def _style(self, name: str) -> Style:
        return Style.from_styles(self.get_component_styles(name))
