"""What an article holds is shown, never obeyed; and nothing depends on colour."""
from __future__ import annotations

import pytest

from tests.tui_fixtures import INJECTION, tui_store  # noqa: F401
from tui.app import TwinlensApp
from tui.screens.document import DocumentScreen
from tui.text import visible
from tui.widgets.document_text import DocumentText, wrap
from tui.widgets.table import RowTable

SIZE = (80, 24)
SHOWN = ["[bold]x[/]", "[link=http://e]y[/link]", "␛[31mred␛[0m", "␛]52;c;AAAA␇"]
CONTROL = {chr(c) for c in (*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0))}


async def settle(pilot) -> None:
    for _ in range(3):
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def screen_segments(app):
    for strip in app.screen._compositor.render_strips():
        yield from strip


def assert_nothing_obeyed(app) -> str:
    text = []
    for segment in screen_segments(app):
        assert not (set(segment.text) & CONTROL), repr(segment.text)
        assert segment.style is None or not segment.style.link, segment
        text.append(segment.text)
    return "".join(text)


async def open_injection(pilot):
    await settle(pilot)
    await pilot.press(*"hanoi", "enter", "enter")
    await pilot.pause()
    assert isinstance(pilot.app.screen, DocumentScreen)


async def test_markup_and_escape_sequences_in_an_article_show_as_characters(tui_store, tmp_path):
    app = TwinlensApp(db_path=tui_store, export_dir=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_injection(pilot)
        shown = assert_nothing_obeyed(app)
        for piece in SHOWN:
            assert piece in shown.replace("\n", "")
        assert "Markup [bold]title[/] ␛[31mred␛[0m" in shown  # the title, in the header
        # The styled evidence is the span itself: nothing in it turned bold or linked by the text.
        widget = app.screen.query_one(DocumentText)
        for y in range(widget.scrollable_content_region.height):
            for segment in widget.render_line(y):
                if "y[/link]" in segment.text or "[bold]x" in segment.text:
                    assert not segment.style.link


async def test_injected_text_stays_literal_in_lists_previews_and_the_clipboard(tui_store, tmp_path):
    app = TwinlensApp(db_path=tui_store, export_dir=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press(*"hanoi", "enter")
        await pilot.pause()
        shown = assert_nothing_obeyed(app)
        assert "[bold]x[/]" in shown  # the evidence preview
        await pilot.press("c")
        assert "\x1b" not in app.clipboard and "␛[31mred␛[0m" in app.clipboard
        await pilot.press("d")
        await settle(pilot)
        shown = assert_nothing_obeyed(app)
        assert "Markup [bold]title[/] ␛[31mred␛[0m" in shown
        svg = app.export_screenshot()
        assert "\x1b" not in svg and "\x07" not in svg


def test_visible_keeps_offsets_one_for_one():
    assert len(visible(INJECTION)) == len(INJECTION)
    assert visible("a\x1b[0mb\x07\x9b\u202ec\td\r\n") == "a␛[0mb␇\ufffd\ufffdc d \n"


@pytest.mark.parametrize("width", [1, 5, 20, 79])
def test_wrap_covers_the_text_and_respects_the_width(width):
    text = visible("Da Nang signed MoUs with four Japanese cities.\n\nSupercalifragilistic 35 000 đồng " * 3)
    lines = wrap(text, width)
    assert "".join(text[a:b] for a, b in lines).replace(" ", "") == text.replace("\n", "").replace(" ", "")
    assert all(len(text[a:b].rstrip(" ")) <= width for a, b in lines)
    assert all("\n" not in text[a:b] for a, b in lines)


async def test_no_color_keeps_cursor_and_evidence_visible(tui_store, tmp_path, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    app = TwinlensApp(db_path=tui_store, export_dir=tmp_path)
    assert app.no_color
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        localities = app.screen.query_one("#localities", RowTable)
        line = localities.render_line(1 + localities.cursor)
        assert line.text.startswith(">")
        assert all(seg.style.reverse for seg in line if seg.text.strip())
        await pilot.press("tab", "tab", "enter")
        widget = app.screen.query_one(DocumentText)
        stop = widget.stops[widget.current]
        y = widget.line_of(stop.start) - int(widget.scroll_y)
        segments = list(widget.render_line(y))
        assert segments[0].text == "» "
        marked = [s for s in segments[1:] if s.style.reverse]
        assert marked and "1.14 billion USD" in "".join(s.text for s in marked)
        start = widget.raw.index("Related news")
        boiler = [widget.render_line(i - int(widget.scroll_y)) for i, (a, b) in enumerate(widget._lines)
                  if a >= start and b > a and 0 <= i - int(widget.scroll_y) < widget.scrollable_content_region.height]
        assert boiler and all(list(line)[0].text == "┆ " for line in boiler)
