"""Every key twinlens binds, in one registry.

Screens and widgets take their ``BINDINGS`` from here and the help screen lists
this same table, so help cannot drift from the keys. Each binding has an id
(``twinlens.<id>``), which ``App.set_keymap`` can remap.
"""
from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding


@dataclass(frozen=True, slots=True)
class Key:
    id: str
    keys: str          # Textual key names, comma-separated
    action: str
    short: str         # for the status line
    description: str   # for the help screen
    scope: str
    show: bool = True  # on the status line
    priority: bool = False


SCOPES: dict[str, str] = {
    "app": "Everywhere",
    "main": "Main screen",
    "finder": "Finder (typing a place name)",
    "table": "Any list",
    "document": "Document",
    "reader": "Document text",
    "documents": "Documents screen",
    "relation": "Relation history",
    "help": "This help",
}

KEYS: tuple[Key, ...] = (
    Key("quit", "q", "quit", "quit", "Quit twinlens", "app"),
    Key("quit-anywhere", "ctrl+q", "quit", "quit", "Quit, from anywhere (also while typing)", "app",
        priority=True),
    Key("help", "question_mark", "help", "keys", "Show this help", "app"),
    Key("palette", "ctrl+p", "command_palette", "jump",
        "Command palette: jump to a locality or a document, run a command", "app", show=False),
    Key("refresh", "r,f5", "refresh", "reload", "Reload from the store (a load may have added documents)", "app",
        show=False),
    Key("documents", "d", "documents", "docs", "All documents, with full-text search", "app", show=False),
    Key("copy", "c", "copy", "copy", "Copy the evidence sentence with its source (OSC 52, works over SSH)",
        "app", show=False),
    Key("export", "e", "export", "csv", "Export the table in focus to a CSV file", "app", show=False),

    Key("relation", "t", "relation", "history", "History of the highlighted tie, every document that states it",
        "main"),
    Key("find", "slash", "find", "find", "Find a locality; typing in the localities list does the same", "main"),
    Key("next-pane", "tab", "app.focus_next", "pane", "Next pane", "main"),
    Key("previous-pane", "shift+tab", "app.focus_previous", "back pane", "Previous pane", "main", show=False),
    Key("clear-finder", "escape", "clear_finder", "clear", "Back to the localities list; there, clear the finder", "main",
        show=False),

    Key("finder-choose", "enter", "choose", "open", "Show the agreements of the highlighted locality", "finder"),
    Key("finder-down", "down", "move(1)", "next", "Next locality in the list", "finder", show=False),
    Key("finder-up", "up", "move(-1)", "previous", "Previous locality in the list", "finder", show=False),
    Key("finder-page-down", "pagedown", "move(10)", "page down", "Ten localities down", "finder", show=False),
    Key("finder-page-up", "pageup", "move(-10)", "page up", "Ten localities up", "finder", show=False),
    Key("finder-leave", "escape", "leave", "list", "Back to the list; the filter stays", "finder"),

    Key("open", "enter", "select", "open",
        "Open: a locality's agreements, the document of an agreement or a figure", "table"),
    Key("row-up", "up", "cursor(-1)", "up", "Previous row", "table", show=False),
    Key("row-down", "down", "cursor(1)", "down", "Next row", "table", show=False),
    Key("page-up", "pageup", "page(-1)", "page up", "Previous page", "table", show=False),
    Key("page-down", "pagedown", "page(1)", "page down", "Next page", "table", show=False),
    Key("first-row", "home", "first", "first", "First row", "table", show=False),
    Key("last-row", "end", "last", "last", "Last row", "table", show=False),

    Key("next-evidence", "n", "step(1)", "next", "Next evidence span in this document", "document"),
    Key("previous-evidence", "N", "step(-1)", "prev", "Previous evidence span in this document", "document"),
    Key("document-back", "escape", "back", "back", "Back to exactly where you were", "document"),

    Key("line-up", "up", "scroll_lines(-1)", "up", "Scroll up a line", "reader", show=False),
    Key("line-down", "down", "scroll_lines(1)", "down", "Scroll down a line", "reader", show=False),
    Key("text-page-up", "pageup,b", "scroll_pages(-1)", "page up", "Scroll up a page", "reader", show=False),
    Key("text-page-down", "pagedown,space", "scroll_pages(1)", "page down", "Scroll down a page", "reader",
        show=False),
    Key("text-top", "home", "scroll_edge(0)", "top", "Top of the document", "reader", show=False),
    Key("text-bottom", "end", "scroll_edge(1)", "bottom", "End of the document", "reader", show=False),

    Key("search-documents", "slash", "search", "search", "Full-text search (every word, last one as a prefix)",
        "documents"),
    Key("sort-documents", "s", "sort", "sort", "Sort by the next column (date, title, language, counts, id)",
        "documents"),
    Key("reverse-documents", "o", "reverse", "order", "Reverse the order", "documents"),
    Key("documents-back", "escape", "back", "back", "Back (from the search box: back to the list)", "documents"),

    Key("relation-back", "escape", "back", "back", "Back to where you were", "relation"),

    Key("help-close", "escape,q,question_mark", "close", "close", "Close this help", "help"),
)


def keys_for(scope: str) -> list[Key]:
    return [k for k in KEYS if k.scope == scope]


def bindings(scope: str) -> list[Binding]:
    return [Binding(k.keys, k.action, k.short, show=k.show, priority=k.priority, tooltip=k.description,
                    id=f"twinlens.{k.id}") for k in keys_for(scope)]


_DISPLAY = {"enter": "⏎", "question_mark": "?", "slash": "/", "escape": "esc", "pagedown": "pgdn",
            "pageup": "pgup", "shift+tab": "shift+tab", "space": "space"}


def display(key: str) -> str:
    """How a key name reads on screen: "enter" -> "⏎", "ctrl+p" -> "^p"."""
    if key in _DISPLAY:
        return _DISPLAY[key]
    if key.startswith("ctrl+"):
        return "^" + key[5:]
    return key


def display_keys(keys: str) -> str:
    return ", ".join(display(k.strip()) for k in keys.split(","))
