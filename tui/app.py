"""TwinlensApp: the browser over one store.

The first frame paints before the store is touched; the main screen reads it in
a worker. The app holds what every screen shares: the reader (read-only
connections), the overview (localities, finder index, titles) and the keys that
work everywhere.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path

from textual.app import App, SystemCommand
from textual.reactive import reactive
from textual.screen import Screen

from store import queries
from store.db import StoreError
from tui import keys
from tui.commands import DocumentCommands, LocalityCommands
from tui.export import write_csv
from tui.reader import StoreReader
from tui.screens.document import DocumentScreen
from tui.screens.documents import DocumentsScreen
from tui.screens.help import HelpScreen
from tui.screens.main import MainScreen, Overview
from tui.screens.relation import RelationScreen
from tui.text import one_line


def short_path(path: Path) -> str:
    """The store's path as the status line shows it: home as ~, the file name always whole."""
    try:
        shown = "~/" + str(path.expanduser().resolve().relative_to(Path.home()))
    except (ValueError, RuntimeError, OSError):
        shown = str(path)
    parts = Path(shown).parts
    for candidate in (shown, "…/" + "/".join(parts[-2:])):
        if len(candidate) <= 32:
            return candidate
    return path.name


class TwinlensApp(App):
    """Browse localities, their ties and figures, down to the sentence that states them."""

    CSS_PATH = "app.tcss"
    TITLE = "twinlens"
    BINDINGS = keys.bindings("app")
    COMMANDS = App.COMMANDS | {LocalityCommands, DocumentCommands}

    store_info: reactive[str] = reactive("opening…")

    def __init__(self, db_path: Path, *, export_dir: Path | None = None, store_label: str | None = None) -> None:
        super().__init__()
        self.db_path = Path(db_path)
        self.reader = StoreReader(self.db_path)
        self.export_dir = Path(export_dir) if export_dir else Path.cwd()
        self.store_label = store_label or short_path(self.db_path)
        self.overview: Overview | None = None
        self.store_info = one_line(self.store_label)

    def get_default_screen(self) -> MainScreen:
        return MainScreen()

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        # Commands whose keys a list may take for typing can always be reached here.
        yield SystemCommand("Export to CSV", "Write the table in focus to a CSV file", self.action_export)
        yield SystemCommand("Reload", "Read the store again (a load may have added documents)", self.action_refresh)
        yield SystemCommand("Documents", "Every document, sortable, with full-text search", self.action_documents)
        yield SystemCommand("Help", "Every key twinlens binds", self.action_help)
        yield from super().get_system_commands(screen)

    def on_unmount(self) -> None:
        self.reader.close()

    @property
    def main_screen(self) -> MainScreen:
        return self.screen_stack[0]

    def set_overview(self, overview: Overview) -> None:
        self.overview = overview
        s = overview.summary
        self.store_info = one_line(f"{self.store_label} · {s['documents']:,} docs · {s['localities']:,} places")

    # ------------------------------------------------------------ going places

    def open_document(self, doc_id: int, target: tuple[str, int] | None) -> None:
        try:
            db = self.reader.main
            doc = queries.document(db, doc_id)
            if doc is None:
                self.notify("that document is no longer in the store; press r to reload", markup=False)
                return
            screen = DocumentScreen(doc, queries.regions(db, doc_id), queries.document_evidence(db, doc_id), target)
        except (StoreError, sqlite3.Error) as exc:
            self.notify(str(exc), severity="error", markup=False)
            return
        self.push_screen(screen)

    def open_relation(self, a: str, b: str) -> None:
        try:
            db = self.reader.main
            first, second = queries.locality(db, a), queries.locality(db, b)
            history = queries.relation_history(db, a, b)
        except (StoreError, sqlite3.Error) as exc:
            self.notify(str(exc), severity="error", markup=False)
            return
        if first is None or second is None:
            self.notify("that place is no longer in the store; press r to reload", markup=False)
            return
        labels = self.overview.labels if self.overview else {}
        for place in (first, second):
            place["name"] = labels.get(place["id"], place["name"])
        self.push_screen(RelationScreen(first, second, history))

    def jump_to_locality(self, locality_id: str) -> None:
        while len(self.screen_stack) > 1:
            self.pop_screen()
        self.main_screen.select_locality(locality_id)

    # ------------------------------------------------------------ actions

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_documents(self) -> None:
        if not isinstance(self.screen, DocumentsScreen):
            self.push_screen(DocumentsScreen())

    def action_refresh(self) -> None:
        # A fresh connection: the file may have been replaced (a rebuilt demo store), not only added to.
        self.reader.close()
        for screen in self.screen_stack:
            if hasattr(screen, "reload"):
                screen.reload()
        self.notify("reloading from the store", timeout=2, markup=False)

    def action_copy(self) -> None:
        text = getattr(self.screen, "evidence_for_copy", lambda: None)()
        if not text:
            self.notify("no evidence here to copy", markup=False)
            return
        self.copy_to_clipboard(text)
        self.notify("evidence copied with its source", timeout=2, markup=False)

    def action_export(self) -> None:
        table = getattr(self.screen, "table_for_export", lambda: None)()
        if table is None:
            self.notify("no table here to export", markup=False)
            return
        rows = getattr(self.screen, "rows_for_export", lambda: table.rows)()
        try:
            path = write_csv(self.export_dir, table.export_name, table.columns, rows)
        except OSError as exc:
            self.notify(f"could not write the CSV file: {exc.strerror or exc}", severity="error", markup=False)
            return
        self.notify(f"wrote {len(rows)} rows to {path}", markup=False)
