"""The main screen: localities, and the agreements and figures of the one selected.

Data arrives after the first paint: a worker reads the overview and builds the
finder's index, then hands both to the UI thread. Moving in the localities list
loads that place's agreements and figures at once (two indexed reads).
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from textual import events, on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Input
from textual.worker import get_current_worker

from store import queries
from store.db import StoreError
from tui import keys, rows
from tui.fold import fold
from tui.matching import LocalityIndex, default_order
from tui.text import literal
from tui.widgets.evidence import EvidencePreview
from tui.widgets.finder import FinderInput
from tui.widgets.status import StatusLine
from tui.widgets.table import Row, RowTable

# Below this many places the finder ranks on the UI thread: quicker than a worker's round trip.
SYNC_LIMIT = 2000


@dataclass
class Overview:
    summary: dict[str, int]
    localities: list[dict]
    order: list[int]  # the list before any query
    titles: list[dict]
    labels: dict[str, str]
    # Built just after the first rows are on screen: the finder waits for them.
    index: LocalityIndex | None = None
    folded_titles: list[str] = field(default_factory=list)


def labels_for(places: list[dict]) -> dict[str, str]:
    """Names as shown: "Sakai, Osaka" and "Sakai, Ibaraki" where one name is two places."""
    seen: dict[tuple[str, str], int] = {}
    for p in places:
        seen[(p["name"], p["country"])] = seen.get((p["name"], p["country"]), 0) + 1
    return {p["id"]: f"{p['name']}, {p['admin']}" if seen[(p["name"], p["country"])] > 1 and p.get("admin")
            else p["name"] for p in places}


def _weight(place: dict) -> int:
    return place["agreements"] + place["figures"] + place["documents"]


def read_overview(db) -> Overview:
    places = queries.locality_overview(db)
    order = default_order([p["name"] for p in places], [_weight(p) for p in places])
    return Overview(queries.store_summary(db), places, order, queries.document_titles(db), labels_for(places))


def build_index(overview: Overview) -> tuple[LocalityIndex, list[str]]:
    """The finder's index and the palette's folded titles (the slow part of a load)."""
    places = overview.localities
    index = LocalityIndex([p["name"] for p in places], [p["aliases"] for p in places], [_weight(p) for p in places])
    return index, [fold(t["title"] or "") for t in overview.titles]


class MainScreen(Screen):
    """Localities on the left, agreements and figures of the selected one on the right."""

    BINDINGS = keys.bindings("main")

    def __init__(self) -> None:
        super().__init__()
        self._all_rows: list[Row] = []
        self._detail = "agreements"
        self._keep: dict[str, str | None] = {}
        self.loaded = False
        # The query whose matches the list shows (the finder may be a keystroke ahead).
        self.shown_query: str | None = None

    def compose(self) -> ComposeResult:
        with Horizontal(id="panes"):
            with Vertical(id="localities-pane"):
                yield FinderInput(placeholder="/ type a place name", select_on_focus=False, id="finder")
                yield RowTable(rows.LOCALITY_COLUMNS, empty="opening the store…", export_name="localities",
                               id="localities")
            with Vertical(id="details"):
                yield RowTable(rows.TIE_COLUMNS, empty="no agreements stated", id="agreements")
                yield RowTable(rows.FIGURE_COLUMNS, empty="no figures reported", id="figures")
                yield EvidencePreview(id="evidence")
        yield StatusLine(id="status")

    def on_mount(self) -> None:
        self.query_one("#localities-pane").border_title = literal("Localities")
        self.query_one("#agreements").border_title = literal("Agreements")
        self.query_one("#figures").border_title = literal("Figures")
        table = self.query_one("#localities", RowTable)
        table.status_hint = ("a-z", "find")
        table.typing_target = self.query_one(FinderInput)
        table.focus()
        self.load()

    # ------------------------------------------------------------ loading

    def load(self) -> None:
        self._load_worker()

    @work(thread=True, exclusive=True, group="load")
    def _load_worker(self) -> None:
        try:
            with self.app.reader.snapshot() as db:
                overview = read_overview(db)
        except (StoreError, sqlite3.Error) as exc:
            self.app.call_from_thread(self._load_failed, str(exc))
            return
        if get_current_worker().is_cancelled:
            return
        self.app.call_from_thread(self._loaded, overview)
        # The finder's index is not needed for the first screen, so it is built after it.
        built = build_index(overview)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._indexed, overview, *built)

    def _load_failed(self, message: str) -> None:
        self.query_one("#localities", RowTable).empty = "the store could not be read"
        self.query_one("#localities", RowTable).refresh()
        self.app.notify(message, title="twinlens", severity="error", markup=False)

    def _loaded(self, overview: Overview) -> None:
        self.app.set_overview(overview)
        self._all_rows = [rows.locality_row(p, overview.labels) for p in overview.localities]
        table = self.query_one("#localities", RowTable)
        table.empty = "no such place in the store" if overview.localities else "the store holds no localities yet"
        self.loaded = True
        keep = self._keep.get("locality") or (table.current.key if table.current else None)
        self._rank(self.query_one(FinderInput).value, keep=keep)

    def _indexed(self, overview: Overview, index: LocalityIndex, folded_titles: list[str]) -> None:
        if self.app.overview is not overview:
            return  # a newer load has replaced it
        overview.index, overview.folded_titles = index, folded_titles
        query = self.query_one(FinderInput).value
        if query.strip() and self.shown_query != query:
            current = self.query_one("#localities", RowTable).current
            self._rank(query, keep=current.key if current else None)

    def reload(self) -> None:
        """Read the store again, keeping the place, rows and focus where they are."""
        def key(table_id: str) -> str | None:
            row = self.query_one(f"#{table_id}", RowTable).current
            return row.key if row else None
        self._keep = {"locality": key("localities"), "agreements": key("agreements"), "figures": key("figures")}
        self.load()

    # ------------------------------------------------------------ finder

    @on(Input.Changed, "#finder")
    def _query_changed(self, event: Input.Changed) -> None:
        self._rank(event.value)

    def _rank(self, query: str, keep: str | None = None) -> None:
        overview = self.app.overview
        if overview is None:
            return
        if not query.strip():
            self._show_matches(query, overview.order, keep)
            return
        index = overview.index
        if index is None:
            return  # typed before the index was built: _indexed ranks it
        if len(index) < SYNC_LIMIT:
            self._show_matches(query, index.rank(query), keep)
        else:
            self._rank_worker(index, query, keep)

    @work(thread=True, exclusive=True, group="finder")
    def _rank_worker(self, index: LocalityIndex, query: str, keep: str | None) -> None:
        order = index.rank(query)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show_matches, query, order, keep)

    def _show_matches(self, query: str, order: list[int], keep: str | None = None) -> None:
        if query != self.query_one(FinderInput).value:
            return  # a later keystroke is on its way
        table = self.query_one("#localities", RowTable)
        table.set_rows([self._all_rows[i] for i in order], keep=keep)
        self.shown_query = query
        total = len(self._all_rows)
        count = f"{len(order)}/{total}" if query.strip() else str(total)
        self.query_one("#localities-pane").border_title = literal(f"Localities {count}")

    @on(FinderInput.Move)
    def _finder_move(self, event: FinderInput.Move) -> None:
        self.query_one("#localities", RowTable).action_cursor(event.delta)

    @on(FinderInput.Choose)
    def _finder_choose(self) -> None:
        if self.query_one("#localities", RowTable).current is not None:
            self._focus_details()

    def _focus_details(self) -> None:
        ties = self.query_one("#agreements", RowTable)
        figures = self.query_one("#figures", RowTable)
        # A place known only by figures: Enter shows those rather than an empty pane.
        (figures if figures.rows and not ties.rows else ties).focus()

    @on(FinderInput.Leave)
    def _finder_leave(self) -> None:
        self.query_one("#localities", RowTable).focus()

    def action_find(self) -> None:
        self.query_one(FinderInput).focus()

    def action_clear_finder(self) -> None:
        finder = self.query_one(FinderInput)
        if self.focused is self.query_one("#localities") and finder.value:
            finder.value = ""
        self.query_one("#localities", RowTable).focus()

    # ------------------------------------------------------------ panes

    @on(RowTable.Highlighted, "#localities")
    def _locality_highlighted(self, event: RowTable.Highlighted) -> None:
        self.show_locality(event.row)

    def show_locality(self, row: Row | None) -> None:
        ties_table = self.query_one("#agreements", RowTable)
        figures_table = self.query_one("#figures", RowTable)
        ties, figures, name = [], [], None
        if row is not None:
            name = row.cells[0]
            try:
                db = self.app.reader.main
                ties = queries.locality_ties(db, row.key)
                figures = queries.locality_figures(db, row.key)
            except (StoreError, sqlite3.Error) as exc:
                self.app.notify(f"cannot read the store: {exc}", severity="error", markup=False)
        keep, self._keep = self._keep, {}
        labels = self.app.overview.labels if self.app.overview else {}
        ties_table.set_rows([rows.tie_row(t, labels) for t in ties], keep=keep.get("agreements"))
        figures_table.set_rows([rows.figure_row(f) for f in figures], keep=keep.get("figures"))
        ties_table.export_name = f"agreements-{name or 'none'}"
        figures_table.export_name = f"figures-{name or 'none'}"
        suffix = f": {name}" if name else ""
        ties_table.border_title = literal(f"Agreements{suffix} {len(ties)}")
        figures_table.border_title = literal(f"Figures{suffix} {len(figures)}")
        if row is not None and not ties and figures:
            self._detail = "figures"
        elif ties:
            self._detail = "agreements"
        self._preview()

    @on(RowTable.Highlighted, "#agreements,#figures")
    def _detail_highlighted(self, event: RowTable.Highlighted) -> None:
        if event.table.has_focus:
            self._detail = event.table.id
        self._preview()

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        if getattr(event.widget, "id", None) in ("agreements", "figures"):
            self._detail = event.widget.id
            self._preview()

    def _evidence_row(self) -> tuple[str, dict] | None:
        row = self.query_one(f"#{self._detail}", RowTable).current
        return (self._detail, row.data) if row else None

    def _preview(self) -> None:
        preview = self.query_one(EvidencePreview)
        found = self._evidence_row()
        if found is None:
            place = self.query_one("#localities", RowTable).current
            preview.show("nothing stated about this place yet" if place else "", None, "")
            return
        what, data = found
        summary = rows.tie_summary(data) if what == "agreements" else rows.figure_summary(data)
        preview.show(summary, data["evidence"], rows.source_line(data))

    @on(RowTable.Selected)
    def _selected(self, event: RowTable.Selected) -> None:
        if event.table.id == "localities":
            self._focus_details()
        elif event.table.id == "agreements":
            self.app.open_document(event.row.data["document_id"], ("agreement", event.row.data["agreement_id"]))
        elif event.table.id == "figures":
            self.app.open_document(event.row.data["document_id"], ("figure", event.row.data["id"]))

    def action_relation(self) -> None:
        place = self.query_one("#localities", RowTable).current
        tie = self.query_one("#agreements", RowTable).current
        if place is None or tie is None:
            self.app.notify("highlight an agreement first", markup=False)
            return
        self.app.open_relation(place.key, tie.data["partner_id"])

    def select_locality(self, locality_id: str) -> None:
        """Show one place, whatever the finder held (the command palette's jump)."""
        finder = self.query_one(FinderInput)
        self._keep = {}
        if finder.value:
            with finder.prevent(Input.Changed):
                finder.value = ""
            self._show_matches("", self.app.overview.order, keep=locality_id)
        else:
            self.query_one("#localities", RowTable).move_to_key(locality_id)
        self.query_one("#agreements", RowTable).focus()

    # ------------------------------------------------------------ app hooks

    def evidence_for_copy(self) -> str | None:
        found = self._evidence_row()
        return rows.quote(found[1]["evidence"], found[1]) if found else None

    def table_for_export(self) -> RowTable | None:
        focused = self.focused
        return focused if isinstance(focused, RowTable) else self.query_one("#localities", RowTable)
