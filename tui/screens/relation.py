"""The relation screen: one pair of localities across every document that ties them.

Read oldest first, a tie seen as a memorandum in 2014 and a friendship in 2024
reads as a history; the summary says where the sources disagree.
"""
from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Static

from tui import keys, rows
from tui.text import one_line
from tui.widgets.evidence import EvidencePreview
from tui.widgets.status import StatusLine
from tui.widgets.table import RowTable

# The strongest status a tie reached, for the summary.
STATUS_ORDER = {"planned": 0, "signed": 1, "established": 2}


def summarise(history: list[dict]) -> str:
    if not history:
        return "no document states this tie (any more)"
    when = [r["date"] or r["published"] for r in history if r["date"] or r["published"]]
    seen = f"first seen {min(when)} · last seen {max(when)}" if when else "no dates"
    strongest = max((r["status"] for r in history), key=lambda s: STATUS_ORDER.get(s, -1))
    docs = len({r["document_id"] for r in history})
    parts = [seen, f"strongest: {strongest}", rows.plural(docs, "document")]
    for field, name in (("kind", "kinds"), ("status", "statuses")):
        values = sorted({r[field] for r in history})
        if len(values) > 1:
            parts.append(f"sources differ on {name}: {', '.join(values)}")
    return " · ".join(parts)


class RelationScreen(Screen):
    """Every statement of one tie.

    | Key | Does |
    |-----|------|
    | enter | open the document at that statement |
    | esc | back |
    """

    BINDINGS = keys.bindings("relation")

    def __init__(self, a: dict, b: dict, history: list[dict]) -> None:
        super().__init__()
        self.a, self.b, self.history = a, b, history

    def compose(self) -> ComposeResult:
        title = f"{self.a['name']} ({self.a['country']}) — {self.b['name']} ({self.b['country']})"
        yield Static(Content(one_line(title)), id="relation-title")
        yield Static(Content(one_line(summarise(self.history))), id="relation-summary")
        yield RowTable(rows.RELATION_COLUMNS, empty="no statements", id="relation",
                       export_name=f"relation-{self.a['id']}-{self.b['id']}")
        yield EvidencePreview(id="evidence")
        yield StatusLine(id="status")

    def on_mount(self) -> None:
        table = self.query_one(RowTable)
        table.border_title = Content(f"History {len(self.history)}")
        table.set_rows([rows.relation_row(r) for r in self.history])
        table.focus()

    @on(RowTable.Highlighted)
    def _highlighted(self, event: RowTable.Highlighted) -> None:
        if event.row is None:
            self.query_one(EvidencePreview).show("", None, "")
            return
        data = event.row.data
        self.query_one(EvidencePreview).show(rows.relation_summary(data), data["evidence"], rows.source_line(data))

    @on(RowTable.Selected)
    def _selected(self, event: RowTable.Selected) -> None:
        self.app.open_document(event.row.data["document_id"], ("agreement", event.row.data["agreement_id"]))

    def action_back(self) -> None:
        self.dismiss()

    def evidence_for_copy(self) -> str | None:
        row = self.query_one(RowTable).current
        return rows.quote(row.data["evidence"], row.data) if row else None

    def table_for_export(self) -> RowTable:
        return self.query_one(RowTable)
