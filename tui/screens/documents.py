"""The documents screen: every document, sortable, with full-text search.

The list is read a page at a time by keyset pagination (the next page starts after
the last row shown), so ten thousand documents cost one page until the reader
scrolls. Search goes through the FTS5 index with the user's words as data.
"""
from __future__ import annotations

import sqlite3

from textual import on, work
from textual.app import ComposeResult
from textual.content import Content
from textual.screen import Screen
from textual.style import Style
from textual.widgets import Input, Static
from textual.worker import get_current_worker

from store import queries
from store.db import StoreError
from tui import keys, rows
from tui.text import one_line
from tui.widgets.status import StatusLine
from tui.widgets.table import RowTable

SORTS = ("date", "title", "lang", "agreements", "figures", "id")
PAGE = 200


class DocumentsScreen(Screen):
    """All documents.

    | Key | Does |
    |-----|------|
    | / | search the text |
    | s / o | next sort column / reverse order |
    | enter | open the document |
    | esc | back |
    """

    BINDINGS = keys.bindings("documents")
    COMPONENT_CLASSES = {"documents--match"}

    def __init__(self) -> None:
        super().__init__()
        self.sort, self.descending = "date", True
        self._generation = 0
        self._after: tuple | None = None
        self._exhausted = False
        self._loading = False
        self.searching = ""

    def compose(self) -> ComposeResult:
        yield Input(placeholder="/ search the text of every document", id="doc-search")
        yield RowTable(rows.DOCUMENT_COLUMNS, empty="reading…", export_name="documents", id="documents")
        yield Static(id="snippet")
        yield StatusLine(id="status")

    def on_mount(self) -> None:
        self.query_one(RowTable).focus()
        self.reload()

    # ------------------------------------------------------------ the list

    def reload(self) -> None:
        self._generation += 1
        if self.searching:
            self._search_worker(self.searching)
            return
        self._after, self._exhausted, self._loading = None, False, True
        self._page_worker(self._generation, self.sort, self.descending, None)

    @work(thread=True, group="documents-page")
    def _page_worker(self, generation: int, sort: str, descending: bool, after: tuple | None) -> None:
        try:
            with self.app.reader.snapshot() as db:
                page = queries.documents_page(db, sort, descending, after, PAGE)
                total = queries.store_summary(db)["documents"]
        except (StoreError, sqlite3.Error) as exc:
            self.app.call_from_thread(self.app.notify, str(exc), severity="error", markup=False)
            return
        self.app.call_from_thread(self._page_loaded, generation, page, after is not None, total)

    def _page_loaded(self, generation: int, page: list[dict], append: bool, total: int) -> None:
        if generation != self._generation:
            return  # the sort changed, or a search started, while this page was read
        self._loading = False
        self._exhausted = len(page) < PAGE
        if page:
            self._after = (page[-1]["sort_value"], page[-1]["id"])
        table = self.query_one(RowTable)
        table.empty = "the store holds no documents yet"
        new = [rows.document_row(r) for r in page]
        if append:
            table.append_rows(new)
        else:
            table.set_rows(new)
        arrow = "↓" if self.descending else "↑"
        table.border_title = Content(f"Documents {total:,} · by {self.sort} {arrow}")

    @on(RowTable.Highlighted)
    def _highlighted(self, event: RowTable.Highlighted) -> None:
        near_end = event.index >= len(event.table.rows) - PAGE // 4
        if not self.searching and near_end and not self._exhausted and not self._loading and self._after:
            self._loading = True
            self._page_worker(self._generation, self.sort, self.descending, self._after)
        self._show_snippet(event.row.data if event.row else None)

    def _show_snippet(self, data: dict | None) -> None:
        box = self.query_one("#snippet", Static)
        if data is None:
            box.update("")
            return
        if "snippet" not in data:
            box.update(Content(one_line(f"{data['source']} · {data['length']:,} characters")))
            return
        match = Style.from_styles(self.get_component_styles("documents--match"))
        parts: list = []
        for i, piece in enumerate(one_line(data["snippet"]).split(queries.SNIPPET_START)):
            if i == 0:
                parts.append(piece)
                continue
            hit, _, rest = piece.partition(queries.SNIPPET_END)
            parts.extend([(hit, match), rest])
        box.update(Content.assemble(*parts))

    def action_sort(self) -> None:
        self.sort = SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)]
        self.descending = self.sort in ("date", "agreements", "figures")
        self.reload()

    def action_reverse(self) -> None:
        self.descending = not self.descending
        self.reload()

    # ------------------------------------------------------------ search

    def action_search(self) -> None:
        self.query_one("#doc-search", Input).focus()

    @on(Input.Changed, "#doc-search")
    def _search_changed(self, event: Input.Changed) -> None:
        self.searching = event.value.strip()
        self.reload()

    @on(Input.Submitted, "#doc-search")
    def _search_submitted(self) -> None:
        self.query_one(RowTable).focus()

    @work(thread=True, exclusive=True, group="documents-search")
    def _search_worker(self, text: str) -> None:
        try:
            with self.app.reader.snapshot() as db:
                found = queries.search_documents(db, text)
        except (StoreError, sqlite3.Error) as exc:
            self.app.call_from_thread(self.app.notify, str(exc), severity="error", markup=False)
            return
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._search_done, text, found)

    def _search_done(self, text: str, found: list[dict]) -> None:
        if text != self.searching:
            return
        table = self.query_one(RowTable)
        table.empty = "no document holds all these words"
        table.set_rows([rows.document_row(r) for r in found])
        more = "+" if len(found) >= 500 else ""
        table.border_title = Content(one_line(f"Search “{text}”: {len(found)}{more} documents, best first"))

    # ------------------------------------------------------------ app hooks

    @on(RowTable.Selected)
    def _selected(self, event: RowTable.Selected) -> None:
        self.app.open_document(event.row.data["id"], None)

    def action_back(self) -> None:
        search = self.query_one("#doc-search", Input)
        if self.focused is search:
            self.query_one(RowTable).focus()
        else:
            self.dismiss()

    def evidence_for_copy(self) -> None:
        return None

    def table_for_export(self) -> RowTable:
        return self.query_one(RowTable)

    def rows_for_export(self) -> list[rows.Row]:
        """Every document in the order shown, not only the pages read so far."""
        table = self.query_one(RowTable)
        if self.searching or self._exhausted:
            return table.rows
        return [rows.document_row(r) for r in
                queries.documents_page(self.app.reader.main, self.sort, self.descending, None, 10**9)]
