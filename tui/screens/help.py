"""The help screen, written from the key bindings of the screens and widgets.

It reads the ``BINDINGS`` the classes really have (and the keymap, if keys were
remapped), so a key added anywhere shows here without anyone writing it twice.
"""
from __future__ import annotations

import textwrap

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.style import Style
from textual.widgets import Static

from tui import keys


def binding_groups() -> list[tuple[str, type]]:
    """(heading, class) for every class that binds keys, in the order help shows them."""
    from tui.app import TwinlensApp
    from tui.screens.document import DocumentScreen
    from tui.screens.documents import DocumentsScreen
    from tui.screens.main import MainScreen
    from tui.screens.relation import RelationScreen
    from tui.widgets.document_text import DocumentText
    from tui.widgets.finder import FinderInput
    from tui.widgets.table import RowTable

    return [(keys.SCOPES["app"], TwinlensApp), (keys.SCOPES["main"], MainScreen),
            (keys.SCOPES["finder"], FinderInput), (keys.SCOPES["table"], RowTable),
            (keys.SCOPES["document"], DocumentScreen), (keys.SCOPES["reader"], DocumentText),
            (keys.SCOPES["documents"], DocumentsScreen), (keys.SCOPES["relation"], RelationScreen),
            (keys.SCOPES["help"], HelpScreen)]


def own_bindings(cls: type) -> list[Binding]:
    return [b for b in cls.__dict__.get("BINDINGS", []) if isinstance(b, Binding)]


def key_text(binding: Binding, keymap: dict[str, str]) -> str:
    return keys.display_keys(keymap.get(binding.id, binding.key) if binding.id else binding.key)


class HelpText(Static):
    """The key table, wrapped to the width it is given, descriptions hanging under themselves."""

    COMPONENT_CLASSES = {"help-text--heading", "help-text--key"}
    KEY_WIDTH = 14

    def render(self) -> Content:
        heading = Style.from_styles(self.get_component_styles("help-text--heading"))
        key_style = Style.from_styles(self.get_component_styles("help-text--key"))
        keymap = dict(getattr(self.app, "_keymap", {}) or {})
        room = max(20, self.size.width - self.KEY_WIDTH - 3)
        parts: list = []
        for title, cls in binding_groups():
            bindings = own_bindings(cls)
            if not bindings:
                continue
            parts.extend(["\n" if parts else "", (title, heading), "\n"])
            for b in bindings:
                lines = textwrap.wrap(b.tooltip or b.description, room) or [""]
                parts.extend([(f"  {key_text(b, keymap):<{self.KEY_WIDTH}}", key_style), f" {lines[0]}\n"])
                parts.extend(" " * (self.KEY_WIDTH + 3) + line + "\n" for line in lines[1:])
        return Content.assemble(*parts)


class HelpScreen(ModalScreen):
    """Every key, by where it works.

    | Key | Does |
    |-----|------|
    | esc, q, ? | close |
    """

    BINDINGS = keys.bindings("help")

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box") as box:
            box.border_title = Content("twinlens keys")
            box.border_subtitle = Content("esc closes · ↑↓ scroll")
            yield HelpText(id="help-text")

    def on_mount(self) -> None:
        self.query_one("#help-box").focus()

    def action_close(self) -> None:
        self.dismiss()
