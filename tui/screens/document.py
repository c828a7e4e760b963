"""The document screen: one article, the evidence highlighted and in view.

``n``/``N`` step through every evidence span of the document; Escape pops the
screen, and the screen below is untouched, so the reader is back where they were.
"""
from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Static

from tui import keys
from tui.rows import quote
from tui.text import format_value, one_line
from tui.widgets.document_text import Area, DocumentText, Stop
from tui.widgets.status import StatusLine


def evidence_label(row: dict) -> str:
    if row["what"] == "agreement":
        date = f", {row['date']}" if row["date"] else ""
        head = "agreement" if row["main"] else "more evidence for the agreement"
        return f"{head} {row['name_a']} – {row['name_b']}: {row['kind']}, {row['status']}{date}"
    qualifier = f"{row['qualifier']} " if row["qualifier"] else ""
    about = f" · {row['name_a']}" if row["name_a"] else ""
    partner = f" · partner {row['partner']}" if row["partner"] else ""
    year = f" · {row['year']}" if row["year"] else ""
    return f"figure {row['metric']} {qualifier}{format_value(row['value'], row['unit'])}{about}{partner}{year}"


def build_stops(evidence: list[dict]) -> list[Stop]:
    """One stop per distinct span: two figures read from one sentence are one place to look."""
    stops: dict[tuple[int, int], Stop] = {}
    for row in evidence:
        stop = stops.setdefault((row["start"], row["end"]), Stop(row["start"], row["end"]))
        stop.labels.append(evidence_label(row))
        if row["main"]:
            stop.targets.add((row["what"], row["id"]))
        if row["number_start"] is not None:
            stop.numbers.append((row["number_start"], row["number_end"]))
    return sorted(stops.values(), key=lambda s: (s.start, s.end))


class DocumentScreen(Screen):
    """One document with its evidence.

    | Key | Does |
    |-----|------|
    | n / N | next / previous evidence span |
    | esc | back |
    | c | copy the evidence sentence with its source |
    """

    BINDINGS = keys.bindings("document")

    def __init__(self, document: dict, regions: list[dict], evidence: list[dict],
                 target: tuple[str, int] | None = None) -> None:
        super().__init__()
        self.document = document
        self.stops = build_stops(evidence)
        self.current: int | None = None
        if self.stops:
            self.current = next((i for i, s in enumerate(self.stops) if target in s.targets), 0)
        self.areas = [Area(r["start"], r["end"], r["role"], r["label"]) for r in regions]

    def compose(self) -> ComposeResult:
        doc = self.document
        with Vertical(id="document-header"):
            yield Static(Content(one_line(doc["title"] or "(no title)")), id="document-title")
            meta = " · ".join(one_line(x) for x in (doc["published"] or "undated", doc["lang"] or "?",
                                                     f"#{doc['id']}", doc["source"]))
            yield Static(Content(meta), id="document-meta")
            yield Static(id="document-evidence")
        yield DocumentText(doc["text"], self.areas, self.stops, self.current, id="document-text")
        yield StatusLine(id="status")

    def on_mount(self) -> None:
        text = self.query_one(DocumentText)
        text.focus()
        self._caption()
        self.call_after_refresh(text.scroll_to_current)

    def _caption(self) -> None:
        bar = self.query_one("#document-evidence", Static)
        if self.current is None:
            boiler = " · boilerplate marked ┆" if any(a.role == "boilerplate" for a in self.areas) else ""
            bar.update(Content(f"no evidence stated in this document{boiler}"))
            return
        stop = self.stops[self.current]
        more = f" (+{len(stop.labels) - 1})" if len(stop.labels) > 1 else ""
        bar.update(Content(one_line(f"evidence {self.current + 1}/{len(self.stops)} » {stop.labels[0]}{more}")))

    def action_step(self, delta: int) -> None:
        if self.current is None:
            return
        self.current = (self.current + delta) % len(self.stops)
        self.query_one(DocumentText).set_current(self.current)
        self._caption()

    def action_back(self) -> None:
        self.dismiss()

    def evidence_for_copy(self) -> str | None:
        if self.current is None:
            return None
        stop = self.stops[self.current]
        return quote(self.document["text"][stop.start:stop.end], {**self.document, "document_id": self.document["id"]})

    def table_for_export(self) -> None:
        return None
