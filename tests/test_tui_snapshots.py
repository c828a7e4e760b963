"""How the browser looks at 80x24: main screen, document, help, documents.

Baselines live in tests/__snapshots__/; after a deliberate change of look, run
``pytest tests/test_tui_snapshots.py --snapshot-update`` and look at the SVGs
before keeping them. The store is the fixed test store and only its file name
shows, so the pictures do not depend on the machine.
"""
from __future__ import annotations

from tests.tui_fixtures import settle, tui_store  # noqa: F401
from tui.app import TwinlensApp

SIZE = (80, 24)



def test_main_screen(snap_compare, tui_store, tmp_path):
    app = TwinlensApp(db_path=tui_store, export_dir=tmp_path, store_label="twinlens.db")
    assert snap_compare(app, press=["tab", "down", "down"], terminal_size=SIZE, run_before=settle)


def test_main_screen_while_finding(snap_compare, tui_store, tmp_path):
    app = TwinlensApp(db_path=tui_store, export_dir=tmp_path, store_label="twinlens.db")
    assert snap_compare(app, press=["s", "a", "k"], terminal_size=SIZE, run_before=settle)


def test_document_view(snap_compare, tui_store, tmp_path):
    app = TwinlensApp(db_path=tui_store, export_dir=tmp_path, store_label="twinlens.db")
    assert snap_compare(app, press=["tab", "tab", "enter"], terminal_size=SIZE, run_before=settle)


def test_document_view_of_hostile_text(snap_compare, tui_store, tmp_path):
    app = TwinlensApp(db_path=tui_store, export_dir=tmp_path, store_label="twinlens.db")
    assert snap_compare(app, press=[*"hanoi", "enter", "enter"], terminal_size=SIZE, run_before=settle)


def test_help_screen(snap_compare, tui_store, tmp_path):
    app = TwinlensApp(db_path=tui_store, export_dir=tmp_path, store_label="twinlens.db")
    assert snap_compare(app, press=["question_mark"], terminal_size=SIZE, run_before=settle)


def test_documents_screen(snap_compare, tui_store, tmp_path):
    app = TwinlensApp(db_path=tui_store, export_dir=tmp_path, store_label="twinlens.db")
    async def open_documents(pilot) -> None:
        await settle(pilot)
        await pilot.press("tab", "d")
        await settle(pilot)
    assert snap_compare(app, terminal_size=SIZE, run_before=open_documents)
