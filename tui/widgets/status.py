"""StatusLine: the keys that work here, and which store is open.

The keys come from the screen's active bindings, so what the line offers is what
the keyboard does, including keys a list takes for typing (they vanish here).
"""
from __future__ import annotations

from rich.cells import cell_len
from textual.content import Content
from textual.style import Style
from textual.keys import key_to_character
from textual.widget import Widget

from tui import keys
from tui.text import fit, one_line


def _char(key: str) -> str | None:
    # Textual knows no character for "slash"; the finder would type one.
    return "/" if key == "slash" else key_to_character(key)


class StatusLine(Widget):
    """One line: key hints on the left, the store on the right."""

    COMPONENT_CLASSES = {"status-line--key", "status-line--store"}

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._changed)
        self.watch(self.app, "store_info", self._changed, init=False)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _changed(self, *_: object) -> None:
        self.refresh()

    def hints(self) -> list[tuple[str, str]]:
        """(key, label) pairs: the place in focus first, then the screen, then the app."""
        local: list[tuple[str, str]] = []
        app_wide: list[tuple[str, str]] = []
        focused = self.screen.focused
        hint = getattr(focused, "status_hint", None)
        if hint:
            local.append(hint)
        # One key per action, the shortest: "q quit" rather than "^q quit" where both work.
        chosen: dict[str, tuple[str, object]] = {}
        for key, active in self.screen.active_bindings.items():
            binding = active.binding
            if not binding.show or not active.enabled:
                continue
            if focused is not None and active.node is not focused and focused.check_consume_key(key, _char(key)):
                continue  # typed into the input in focus, so not a command here
            if binding.action not in chosen or len(keys.display(key)) < len(keys.display(chosen[binding.action][0])):
                chosen[binding.action] = (key, active)
        for key, active in chosen.values():
            (app_wide if active.node is self.app else local).append((keys.display(key), active.binding.description))
        return local + app_wide

    def render(self) -> Content:
        width = self.size.width
        store = " " + one_line(getattr(self.app, "store_info", "")) + " "
        room = max(0, width - cell_len(store))
        hints = self.hints()
        n_app = sum(1 for a in self.screen.active_bindings.values() if a.node is self.app and a.binding.show)
        n_app = min(n_app, 2)
        # The screen's later keys give way first, so the app's own (quit, help) stay in sight.
        while hints and sum(cell_len(f" {k} {label} ") for k, label in hints) > room:
            hints.pop(max(0, len(hints) - 1 - n_app))
        key_style = self._style("status-line--key")
        parts: list = []
        used = 0
        for key, label in hints:
            parts.extend([(f" {key}", key_style), f" {label} "])
            used += cell_len(f" {key} {label} ")
        store_style = self._style("status-line--store")
        return Content.assemble(*parts, " " * max(0, room - used), (fit(store, width - max(used, room)), store_style))

    def _style(self, name: str) -> Style:
        return Style.from_styles(self.get_component_styles(name))
