"""DocumentText: an article, wrapped, with its evidence marked.

The text is drawn with the line API from segments built here, never through a
markup parser, and every control character is replaced by its visible picture
first, so "[bold]" or an escape sequence in an article shows as the characters
it is made of. Offsets survive the replacement (one character for one), which is
how evidence spans find their place on screen.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from rich.cells import cell_len
from rich.segment import Segment
from textual import events
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui import keys
from tui.text import visible

_TOKEN = re.compile(r"[^ ]+ *| +")
GUTTER = 2


@dataclass(slots=True)
class Stop:
    """One place ``n``/``N`` step to: a span and what it is evidence of."""
    start: int
    end: int
    labels: list[str] = field(default_factory=list)
    targets: set[tuple[str, int]] = field(default_factory=set)
    numbers: list[tuple[int, int]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Area:
    start: int
    end: int
    role: str
    label: str = ""


def wrap(text: str, width: int) -> list[tuple[int, int]]:
    """(start, end) offsets of each screen line of ``text`` at ``width`` cells.

    Breaks after spaces only (not at the no-break spaces of "35 000"), and inside
    a word only when the word alone is wider than the screen."""
    width = max(1, width)
    lines: list[tuple[int, int]] = []
    pos = 0
    for para in text.split("\n"):
        start, end = pos, pos + len(para)
        pos = end + 1
        line_start, used = start, 0
        if not para:
            lines.append((start, start))
            continue
        for m in _TOKEN.finditer(para):
            t_start, t_end = start + m.start(), start + m.end()
            word = m.group().rstrip(" ")
            w = cell_len(word)
            if used and used + w > width:
                lines.append((line_start, t_start))
                line_start, used = t_start, 0
            while w > width:  # a word wider than the screen is cut where it must
                cut, cells = t_start, 0
                while cut < t_end and cells + cell_len(text[cut]) <= width:
                    cells += cell_len(text[cut])
                    cut += 1
                cut = max(cut, t_start + 1)
                lines.append((line_start, cut))
                line_start = t_start = cut
                word = text[cut:t_end].rstrip(" ")
                w = cell_len(word)
            used += cell_len(text[t_start:t_end])
        lines.append((line_start, end))
    return lines


class DocumentText(ScrollView, can_focus=True):
    """The text of one document.

    | Key | Does |
    |-----|------|
    | up / down | a line |
    | pgup / pgdn, b / space | a page |
    | home / end | top / end |
    """

    BINDINGS = keys.bindings("reader")

    COMPONENT_CLASSES = {
        "document-text--evidence",
        "document-text--number",
        "document-text--other-evidence",
        "document-text--boilerplate",
        "document-text--header",
        "document-text--gutter",
    }

    def __init__(self, text: str, areas: Sequence[Area], stops: Sequence[Stop], current: int | None = None,
                 *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.raw = text
        self.shown = visible(text)
        self.areas = sorted(areas, key=lambda a: a.start)
        self._area_starts = [a.start for a in self.areas]
        self.stops = list(stops)
        self.current = current
        points = {0, len(text)}
        for a in self.areas:
            points.update((a.start, a.end))
        for s in self.stops:
            points.update((s.start, s.end))
            for n in s.numbers:
                points.update(n)
        self._points = sorted(points)
        self._lines: list[tuple[int, int]] = []
        self._line_starts: list[int] = []
        self._width = -1

    # ------------------------------------------------------------ layout

    def _layout(self) -> None:
        width = max(1, self.scrollable_content_region.width - GUTTER)
        if width == self._width:
            return
        self._width = width
        self._lines = wrap(self.shown, width)
        self._line_starts = [s for s, _ in self._lines]
        self.virtual_size = Size(0, len(self._lines))

    def line_of(self, offset: int) -> int:
        self._layout()
        return max(0, bisect_right(self._line_starts, offset) - 1)

    def set_current(self, index: int | None) -> None:
        self.current = index
        self.refresh()
        self.scroll_to_current()

    def scroll_to_current(self) -> None:
        if self.current is None or not self.stops:
            return
        stop = self.stops[self.current]
        first, last = self.line_of(stop.start), self.line_of(max(stop.start, stop.end - 1))
        height = self.scrollable_content_region.height
        top = int(self.scroll_y)
        if first < top or last >= top + height:
            # A third of the way down: the reader sees what leads up to the evidence.
            self.scroll_to(y=max(0, first - height // 3), animate=False, immediate=True)

    def on_resize(self, event: events.Resize) -> None:
        self._layout()
        self.scroll_to_current()

    # ------------------------------------------------------------ drawing

    def _area_at(self, offset: int) -> Area | None:
        i = bisect_right(self._area_starts, offset) - 1
        if i >= 0 and offset < self.areas[i].end:
            return self.areas[i]
        return None

    def _style_at(self, offset: int):
        style = self.rich_style
        area = self._area_at(offset)
        if area is not None and area.role == "boilerplate":
            style += self.get_component_rich_style("document-text--boilerplate")
        elif area is not None and area.role == "header":
            style += self.get_component_rich_style("document-text--header")
        current = self.stops[self.current] if self.current is not None and self.stops else None
        if current is not None and current.start <= offset < current.end:
            style += self.get_component_rich_style("document-text--evidence")
            if any(a <= offset < b for a, b in current.numbers):
                style += self.get_component_rich_style("document-text--number")
        elif any(s.start <= offset < s.end for s in self.stops):
            style += self.get_component_rich_style("document-text--other-evidence")
        return style

    def _gutter(self, start: int, end: int) -> str:
        current = self.stops[self.current] if self.current is not None and self.stops else None
        if current is not None and current.start < max(end, start + 1) and start < current.end:
            return "» "
        area = self._area_at(start)
        if area is not None and area.role == "boilerplate":
            return "┆ "
        return "  "

    def render_line(self, y: int) -> Strip:
        self._layout()
        width = self.scrollable_content_region.width
        index = int(self.scroll_y) + y
        if index >= len(self._lines):
            return Strip([Segment(" " * width, self.rich_style)], width)
        start, end = self._lines[index]
        gutter_style = self.rich_style + self.get_component_rich_style("document-text--gutter")
        segments = [Segment(self._gutter(start, end), gutter_style)]
        cuts = [start, *self._points[bisect_right(self._points, start):bisect_left(self._points, end)], end]
        for a, b in zip(cuts, cuts[1:]):
            if b > a:
                segments.append(Segment(self.shown[a:b], self._style_at(a)))
        return Strip(segments).adjust_cell_length(width, self.rich_style)

    # ------------------------------------------------------------ keys

    def action_scroll_lines(self, delta: int) -> None:
        self.scroll_to(y=self.scroll_y + delta, animate=False)

    def action_scroll_pages(self, delta: int) -> None:
        self.scroll_to(y=self.scroll_y + delta * max(1, self.scrollable_content_region.height - 1), animate=False)

    def action_scroll_edge(self, end: int) -> None:
        self.scroll_to(y=self.max_scroll_y if end else 0, animate=False)
