"""FinderInput: the line where a place name is typed.

It only edits the query and reports intent; ranking is the screen's job (in a
worker when the list is long), so this widget stays free of data.
"""
from __future__ import annotations

from textual.message import Message
from textual.widgets import Input

from tui import keys


class FinderInput(Input):
    """The finder's input line.

    | Key | Does |
    |-----|------|
    | enter | show the agreements of the highlighted locality |
    | up / down, pgup / pgdn | move in the list without leaving the input |
    | esc | back to the list; the filter stays |
    """

    BINDINGS = keys.bindings("finder")

    class Move(Message):
        def __init__(self, delta: int) -> None:
            super().__init__()
            self.delta = delta

    class Choose(Message):
        pass

    class Leave(Message):
        pass

    def action_move(self, delta: int) -> None:
        self.post_message(self.Move(delta))

    def action_choose(self) -> None:
        self.post_message(self.Choose())

    def action_leave(self) -> None:
        self.post_message(self.Leave())
