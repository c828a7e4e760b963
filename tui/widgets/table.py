"""RowTable: a list of rows drawn with the line API.

Only the visible lines are rendered, so replacing 10,000 rows on every keystroke
of the finder costs a list assignment, not a rebuild of widgets (the built-in
DataTable keeps every row as a renderable). Columns fit the width: fixed ones
keep theirs, flexible ones share what is left.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets import Input

from tui import keys
from tui.text import fit, one_line

# Characters that start the finder when typed in a list that takes typing.
_NAME_PUNCTUATION = set("-'.’")


@dataclass(frozen=True, slots=True)
class Column:
    label: str
    width: int
    flex: int = 0
    align: str = "left"
    # A flexible column grows no wider than this: on a wide terminal a short value
    # stays near the columns that qualify it.
    max_width: int = 10_000


@dataclass(slots=True)
class Row:
    key: str
    cells: tuple[str, ...]
    data: Any = None
    dim: bool = False


class RowTable(ScrollView, can_focus=True):
    """A keyboard-first table of rows.

    | Key | Does |
    |-----|------|
    | up / down | move the cursor |
    | pgup / pgdn | a page |
    | home / end | first / last row |
    | enter | post ``RowTable.Selected`` |
    | a letter | with a ``typing_target``: starts a search there |
    """

    BINDINGS = keys.bindings("table")

    COMPONENT_CLASSES = {
        "row-table--header",
        "row-table--cursor",
        "row-table--cursor-blurred",
        "row-table--dim",
        "row-table--empty",
    }

    class Highlighted(Message):
        """The cursor is on another row (or the rows changed under it)."""

        def __init__(self, table: RowTable, row: Row | None, index: int) -> None:
            super().__init__()
            self.table, self.row, self.index = table, row, index

        @property
        def control(self) -> RowTable:
            return self.table

    class Selected(Message):
        def __init__(self, table: RowTable, row: Row, index: int) -> None:
            super().__init__()
            self.table, self.row, self.index = table, row, index

        @property
        def control(self) -> RowTable:
            return self.table

    def __init__(self, columns: Sequence[Column], *, empty: str = "nothing here", export_name: str = "table",
                 id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.columns = list(columns)
        self.empty = empty
        self.export_name = export_name
        # An input that letters typed here go to (the finder), or None.
        self.typing_target: Input | None = None
        # (key, label) the status line shows first while this table has focus.
        self.status_hint: tuple[str, str] | None = None
        self._rows: list[Row] = []
        self._cursor = 0
        self._widths: tuple[int, list[int]] | None = None
        self._announced: tuple[int, str | None] | None = None

    # ------------------------------------------------------------ state

    @property
    def rows(self) -> list[Row]:
        return self._rows

    @property
    def cursor(self) -> int:
        return self._cursor

    @property
    def current(self) -> Row | None:
        return self._rows[self._cursor] if self._rows else None

    def set_rows(self, rows: list[Row], keep: str | None = None) -> None:
        """Show ``rows``; the cursor goes to the row keyed ``keep`` if there is one, else the top."""
        self._rows = rows
        index = 0
        if keep is not None:
            index = next((i for i, r in enumerate(rows) if r.key == keep), 0)
        self.virtual_size = Size(0, len(rows) + 1)
        self.scroll_to(y=0, animate=False, immediate=True)
        self._announced = None
        self.move_cursor(index)
        self.refresh()

    def append_rows(self, more: list[Row]) -> None:
        """More rows at the end (the next page); the cursor stays where it is."""
        self._rows = [*self._rows, *more]
        self.virtual_size = Size(0, len(self._rows) + 1)
        self.refresh()

    def move_cursor(self, index: int) -> None:
        if self._rows:
            index = max(0, min(index, len(self._rows) - 1))
        else:
            index = 0
        self._cursor = index
        self._scroll_to_cursor()
        self.refresh()
        row = self.current
        announce = (index, row.key if row else None)
        if announce != self._announced:
            self._announced = announce
            self.post_message(self.Highlighted(self, row, index))

    def move_to_key(self, key: str) -> bool:
        for i, row in enumerate(self._rows):
            if row.key == key:
                self.move_cursor(i)
                return True
        return False

    @property
    def _page(self) -> int:
        return max(1, self.scrollable_content_region.height - 2)

    def _scroll_to_cursor(self) -> None:
        visible = max(1, self.scrollable_content_region.height - 1)
        top = int(self.scroll_y)
        if self._cursor < top:
            self.scroll_to(y=self._cursor, animate=False, immediate=True)
        elif self._cursor >= top + visible:
            self.scroll_to(y=self._cursor - visible + 1, animate=False, immediate=True)

    # ------------------------------------------------------------ drawing

    def _column_widths(self, width: int) -> list[int]:
        if self._widths and self._widths[0] == width:
            return self._widths[1]
        widths = [c.width for c in self.columns]
        spare = width - 1 - (len(widths) - 1) - sum(widths)
        flexible = [i for i, c in enumerate(self.columns) if c.flex]
        if spare > 0 and flexible:
            total = sum(self.columns[i].flex for i in flexible)
            for i in flexible:
                widths[i] = min(self.columns[i].max_width, widths[i] + spare * self.columns[i].flex // total)
        elif spare < 0:
            for i in flexible:
                give = min(-spare, widths[i] - 4)
                if give > 0:
                    widths[i] -= give
                    spare += give
        self._widths = (width, widths)
        return widths

    def _line_text(self, cells: Sequence[str], width: int, gutter: str) -> str:
        widths = self._column_widths(width)
        text = gutter + " ".join(fit(one_line(cell), w, c.align)
                                 for cell, w, c in zip(cells, widths, self.columns))
        return fit(text, width)

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        if y == 0:
            style = base + self.get_component_rich_style("row-table--header")
            return Strip([Segment(self._line_text([c.label for c in self.columns], width, " "), style)], width)
        index = int(self.scroll_y) + y - 1
        if not self._rows:
            if y == 1:
                style = base + self.get_component_rich_style("row-table--empty")
                return Strip([Segment(fit(" " + self.empty, width), style)], width)
            return Strip([Segment(" " * width, base)], width)
        if index >= len(self._rows):
            return Strip([Segment(" " * width, base)], width)
        row = self._rows[index]
        style: Style = base
        if row.dim:
            style += self.get_component_rich_style("row-table--dim")
        gutter = " "
        if index == self._cursor:
            # The marker keeps the cursor visible where colours are off (NO_COLOR).
            gutter = ">"
            name = "row-table--cursor" if self.has_focus else "row-table--cursor-blurred"
            style += self.get_component_rich_style(name)
        return Strip([Segment(self._line_text(row.cells, width, gutter), style)], width)

    def on_resize(self, event: events.Resize) -> None:
        self._widths = None
        self._scroll_to_cursor()

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    # ------------------------------------------------------------ input

    def check_consume_key(self, key: str, character: str | None) -> bool:
        return self.typing_target is not None and self._starts_typing(character)

    @staticmethod
    def _starts_typing(character: str | None) -> bool:
        return bool(character) and len(character) == 1 and (character.isalnum() or character in _NAME_PUNCTUATION)

    def on_key(self, event: events.Key) -> None:
        target = self.typing_target
        if target is not None and self._starts_typing(event.character):
            event.stop()
            event.prevent_default()
            # A new search: the reader left the finder, so what it held is done with.
            target.value = event.character
            target.cursor_position = len(target.value)
            # Focus moves now, not after a refresh, so the next key lands in the input.
            self.screen.set_focus(target)

    def on_click(self, event: events.Click) -> None:
        index = int(self.scroll_y) + event.y - 1
        if event.y >= 1 and 0 <= index < len(self._rows):
            already = index == self._cursor
            self.move_cursor(index)
            if already or event.chain > 1:
                self.action_select()

    def action_cursor(self, delta: int) -> None:
        self.move_cursor(self._cursor + delta)

    def action_page(self, direction: int) -> None:
        self.move_cursor(self._cursor + direction * self._page)

    def action_first(self) -> None:
        self.move_cursor(0)

    def action_last(self) -> None:
        self.move_cursor(len(self._rows) - 1)

    def action_select(self) -> None:
        row = self.current
        if row is not None:
            self.post_message(self.Selected(self, row, self._cursor))
