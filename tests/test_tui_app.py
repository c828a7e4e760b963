"""The browser, driven headless by Pilot at 80x24: each interaction of issue 5."""
from __future__ import annotations

import csv

import pytest

from store.db import open_db
from store.writer import add_document
from tests.tui_fixtures import DA_NANG, KOBE, _doc, _tie, build_store, settle, tui_store  # noqa: F401
from tui.app import TwinlensApp
from tui.screens.document import DocumentScreen
from tui.screens.documents import DocumentsScreen
from tui.screens.help import HelpScreen, binding_groups, own_bindings
from tui.screens.main import MainScreen
from tui.screens.relation import RelationScreen
from tui.widgets.document_text import DocumentText
from tui.widgets.table import RowTable

SIZE = (80, 24)



def table(app, table_id: str) -> RowTable:
    return app.screen.query_one(f"#{table_id}", RowTable)


def names(app) -> list[str]:
    return [r.data["name"] for r in table(app, "localities").rows]


@pytest.fixture
def app(tui_store, tmp_path):
    return TwinlensApp(db_path=tui_store, export_dir=tmp_path)


async def test_opens_with_data_and_a_status_line(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert names(app)[0] == "Da Nang"  # the place the store knows most about
        assert len(names(app)) == 11
        assert app.store_info.endswith("twinlens.db · 5 docs · 11 places")
        assert table(app, "agreements").rows and table(app, "figures").rows
        assert app.focused is table(app, "localities")


async def test_moving_in_the_localities_updates_the_other_panes(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("down")
        await pilot.pause()
        assert table(app, "localities").current.data["name"] == "Sakai"
        assert {r.data["partner"] for r in table(app, "agreements").rows} == {"Da Nang"}
        assert table(app, "figures").rows == []


@pytest.mark.parametrize("keys", [
    ["d", "a", "space", "n", "a", "n", "g"],          # typed in the list: the finder takes over
    ["slash", "d", "a", "n", "a", "n", "g"],
    ["slash", "đ", "à", "space", "n", "ẵ", "n", "g"],  # diacritics
    ["slash", "D", "A", "minus", "N", "A", "N", "G"],
])
async def test_finder_finds_da_nang_however_it_is_typed(app, keys):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("down", "down")  # start somewhere else
        await pilot.press(*keys)
        await settle(pilot)
        assert names(app)[0] == "Da Nang"
        assert table(app, "localities").current.data["name"] == "Da Nang"
        assert table(app, "agreements").border_title.startswith("Agreements: Da Nang")


@pytest.mark.parametrize("query, first", [("kisar", "Kisarazu"), ("hcm", "Ho Chi Minh City"),
                                          ("ohtawara", "Ōtawara")])
async def test_finder_prefixes_and_abbreviations(app, query, first):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *query)
        await settle(pilot)
        assert names(app)[0] == first


async def test_finder_keys_move_choose_and_leave(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("s", "a", "k")
        await settle(pilot)
        assert names(app)[:2] == ["Sakai", "Sakai"]
        await pilot.press("down")
        assert table(app, "localities").cursor == 1
        await pilot.press("escape")
        await pilot.pause()
        assert app.focused is table(app, "localities")
        assert len(names(app)) < 11  # the filter stays
        await pilot.press("escape")  # and a second Escape clears it
        await settle(pilot)
        assert len(names(app)) == 11
        await pilot.press("k", "o", "b", "enter")
        await settle(pilot)
        assert app.focused is table(app, "agreements")
        assert table(app, "agreements").current.data["partner"] == "Hanoi"


async def test_enter_on_a_locality_focuses_its_agreements(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await pilot.pause()
        assert app.focused is table(app, "agreements")


async def test_drill_down_lands_on_the_evidence_and_escape_restores(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter", "down", "down")  # Da Nang -> Sakai, mou, signed, 2014-10-16
        row = table(app, "agreements").current.data
        assert (row["partner"], row["kind"], row["date"]) == ("Sakai", "mou", "2014-10-16")
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, DocumentScreen)
        assert screen.document["id"] == row["document_id"]
        stop = screen.stops[screen.current]
        assert screen.document["text"][stop.start:stop.end] == row["evidence"]
        text = screen.query_one(DocumentText)
        line = text.line_of(stop.start)
        assert text.scroll_y <= line < text.scroll_y + text.scrollable_content_region.height
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert app.focused is table(app, "agreements")
        assert table(app, "agreements").cursor == 2
        assert table(app, "localities").current.data["name"] == "Da Nang"


async def test_drill_down_from_a_figure_marks_the_number(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("tab", "tab", "enter")
        screen = app.screen
        assert isinstance(screen, DocumentScreen)
        stop = screen.stops[screen.current]
        assert "1.14 billion USD in 261 projects" in screen.document["text"][stop.start:stop.end]
        numbers = {screen.document["text"][a:b] for a, b in stop.numbers}
        assert numbers == {"1.14 billion USD", "261 projects"}
        assert "investment" in str(screen.query_one("#document-evidence").render())


async def test_n_and_shift_n_step_through_the_evidence(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("tab", "enter")  # Kawasaki: the MoU sentence of the 2024 document
        screen = app.screen
        assert len(screen.stops) == 3
        assert screen.current == 0
        seen = []
        for _ in range(3):
            await pilot.press("n")
            seen.append(screen.current)
        assert seen == [1, 2, 0]  # and round again
        await pilot.press("N")
        assert screen.current == 2
        assert "evidence 3/3" in str(screen.query_one("#document-evidence").render())
        text = screen.query_one(DocumentText)
        assert text.current == 2
        line = text.line_of(screen.stops[2].start)
        assert text.scroll_y <= line < text.scroll_y + text.scrollable_content_region.height


async def test_relation_screen_reads_as_a_history(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("tab", "down", "down", "t")
        screen = app.screen
        assert isinstance(screen, RelationScreen)
        history = [(r.data["kind"], r.data["status"]) for r in table(app, "relation").rows]
        assert history == [("mou", "signed"), ("mou", "signed"), ("friendship", "established"), ("mou", "signed")]
        summary = str(screen.query_one("#relation-summary").render())
        assert "first seen 2014-10-16" in summary and "strongest: established" in summary
        await pilot.press("down", "enter")
        assert isinstance(app.screen, DocumentScreen) and app.screen.document["id"] == 5
        await pilot.press("escape", "escape")
        assert isinstance(app.screen, MainScreen)


async def test_documents_screen_sorts_and_searches(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("tab", "d")
        await settle(pilot)
        assert isinstance(app.screen, DocumentsScreen)
        ids = lambda: [r.data["id"] for r in table(app, "documents").rows]  # noqa: E731
        assert ids() == [2, 4, 3, 5, 1]  # newest first
        await pilot.press("s")  # by title, A to Z
        await settle(pilot)
        titles = [r.data["title"].casefold() for r in table(app, "documents").rows]
        assert titles == sorted(titles)
        await pilot.press("o")
        await settle(pilot)
        assert [r.data["title"].casefold() for r in table(app, "documents").rows] == sorted(titles, reverse=True)
        await pilot.press("slash", *"chi minh")
        await settle(pilot)
        assert ids() == [3]
        assert "Minh" in str(app.screen.query_one("#snippet").render())
        await pilot.press("enter", "enter")
        assert isinstance(app.screen, DocumentScreen) and app.screen.document["id"] == 3


async def test_documents_search_survives_fts_syntax(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("tab", "d", "slash", *'" AND NEAR( title:*', "minus")
        await settle(pilot)
        assert isinstance(app.screen, DocumentsScreen)
        assert table(app, "documents").rows == []


async def test_help_lists_every_binding(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("#help-text").render())
        flat = " ".join(text.split())
        count = 0
        for _, cls in binding_groups():
            for binding in own_bindings(cls):
                assert " ".join(binding.tooltip.split()) in flat, binding
                count += 1
        assert count >= 40
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


def test_the_status_line_names_the_store_briefly(tmp_path):
    from pathlib import Path

    from tui.app import short_path

    assert short_path(Path.home() / "data" / "ties.db") == "~/data/ties.db"
    assert short_path(Path("/srv/twinlens/stores/2024/ties.db")) == "…/2024/ties.db"
    assert short_path(tmp_path / ("x" * 40) / "ties.db") == "ties.db"


def test_every_class_that_binds_keys_is_in_the_help():
    import importlib
    import inspect
    import pkgutil

    import tui

    listed = {cls for _, cls in binding_groups()}
    for info in pkgutil.walk_packages(tui.__path__, "tui."):
        module = importlib.import_module(info.name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == info.name and own_bindings(cls):
                assert cls in listed, f"{cls.__name__} binds keys the help does not list"
                assert all(b.id and b.id.startswith("twinlens.") for b in own_bindings(cls))


async def test_copy_puts_the_sentence_and_its_source_on_the_clipboard(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("tab", "down", "down", "c")
        assert app.clipboard == ("“Da Nang et Sakai ont signé un mémorandum de coopération le 16 octobre 2014.” — "
                                 "Da Nang et Sakai, 2014-10, /corpus/2014-danang-sakai.txt")
        await pilot.press("enter", "n", "c")  # in the document: the evidence in view
        assert app.clipboard.startswith("“Da Nang et Sakai ont signé")


async def test_export_writes_the_table_in_focus(app, tmp_path):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("tab", "e")
        await pilot.pause()
        path = tmp_path / "twinlens-agreements-da-nang.csv"
        with open(path, newline="", encoding="utf-8") as fh:
            rows = list(csv.reader(fh))
        assert rows[0] == ["Partner", "Cc", "Kind", "Status", "Date", "Doc"]
        assert len(rows) == 7 and rows[1][0] == "Kawasaki"
        await pilot.press("e")  # a second export does not overwrite the first
        await pilot.pause()
        assert (tmp_path / "twinlens-agreements-da-nang-2.csv").exists()


async def test_refresh_shows_what_a_load_added_meanwhile(app, tui_store):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("tab", "down")
        before = table(app, "agreements").current.key
        sentence = "Da Nang and Kobe signed a memorandum in 2025."
        writer = open_db(tui_store)
        add_document(writer, _doc("/corpus/new.txt", "New tie", "en", "2025-01", sentence, [DA_NANG, KOBE],
                                  [_tie(DA_NANG, KOBE, "mou", "signed", sentence, "2025")]), "test")
        writer.close()
        await pilot.press("r")
        await settle(pilot)
        assert app.store_info.endswith("twinlens.db · 6 docs · 11 places")
        assert table(app, "localities").current.data["name"] == "Da Nang"
        assert "Kobe" in {r.data["partner"] for r in table(app, "agreements").rows}
        assert app.focused is table(app, "agreements")
        assert table(app, "agreements").current.key == before


async def test_palette_jumps_to_a_locality(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("tab", "d")
        await settle(pilot)
        await pilot.press("ctrl+p", *"kisar")
        from textual.command import CommandList

        for _ in range(100):  # the palette gathers hits in the background
            await pilot.pause(0.05)
            options = app.screen.query(CommandList)
            if options and options.first().option_count and "Kisarazu" in str(
                    options.first().get_option_at_index(0).prompt):
                break
        await pilot.press("down", "enter")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        assert table(app, "localities").current.data["name"] == "Kisarazu"
        assert app.focused is table(app, "agreements")


async def test_mouse_click_selects_a_row(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.click("#localities", offset=(3, 3))  # header on line 0, rows from line 1
        await pilot.pause()
        assert table(app, "localities").cursor == 2


async def test_many_localities_rank_in_a_worker_and_drop_stale_results(tmp_path):
    from loaders.records import DocumentRecord, Mention, Place

    places = [Place(f"x:{i}", f"Town {i:04d}", "JP", "city") for i in range(2500)]
    text = " ".join(p.name for p in places)
    mentions, at = [], 0
    for p in places:
        at = text.index(p.name, at)
        mentions.append(Mention(at, at + len(p.name), p.key))
    doc = DocumentRecord("/corpus/towns.txt", "0" * 64, text, "Towns", "en", None,
                         places={p.key: p for p in places}, mentions=mentions)
    app = TwinlensApp(db_path=build_store(tmp_path / "twinlens.db", [doc]), export_dir=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert len(names(app)) == 2500
        await pilot.press(*"town 1234")
        await settle(pilot)
        assert names(app)[0] == "Town 1234"
        screen = app.screen
        screen._show_matches("town 1", app.overview.index.rank("town 1"))  # a late answer to an old query
        assert names(app)[0] == "Town 1234"


async def test_refresh_while_a_load_holds_the_write_lock(app, tui_store):
    writer = open_db(tui_store)
    try:
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            writer.conn.execute("BEGIN IMMEDIATE")
            writer.conn.execute(
                "INSERT INTO documents (source, sha256, text, title, lang, published, extractor, loaded_at)"
                " VALUES ('/corpus/half.txt', 'x', 'half written', 'Half', 'en', NULL, 'test', 'now')")
            await pilot.press("tab", "r")
            await settle(pilot)
            assert app.store_info.endswith("5 docs · 11 places")  # WAL: the last commit, no waiting
            assert not [n for n in app._notifications if n.severity == "error"]
            writer.conn.execute("COMMIT")
            await pilot.press("r")
            await settle(pilot)
            assert app.store_info.endswith("6 docs · 11 places")
    finally:
        writer.close()


async def test_typing_before_the_store_is_read_is_not_lost(app):
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*"kisar")  # at once, before the load worker has answered
        await settle(pilot)
        assert app.screen.query_one("#finder").value == "kisar"
        assert names(app)[0] == "Kisarazu"
        assert app.screen.shown_query == "kisar"
