"""Hostile text is data: stored byte for byte, offsets still slicing the same characters."""
from __future__ import annotations

import hashlib
import time

import pytest

from loaders.reader import decode
from loaders.records import DocumentRecord, Mention, Region
from store.check import check_store
from store.db import open_db
from store.writer import add_document
from tests.records_factory import DA_NANG, SAKAI

HOSTILE = {
    "rich markup": "[bold red]Da Nang[/bold red] [link=file:///etc/passwd]Sakai[/link] [/]",
    "textual markup": "[@click=app.quit]Da Nang[/] $accent [b]Sakai",
    "ansi": "\x1b[2J\x1b[1;31mDa Nang\x1b[0m \x1b[?1049h Sakai \x1b[H",
    "osc": "\x1b]0;pwned\x07Da Nang \x1b]52;c;cm0gLXJmIC8=\x07 Sakai \x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\",
    "controls": "Da Nang\x08\x08\x08\x7f Sakai\x0b\x0c\x1c end",
    "bidi": "\u202eDa Nang\u202c \u2066Sakai\u2069 \u200f\u061c",
    "zero width and combining": "D\u200ba Nang Sa\u0301\u0301\u0301kai \ufeff \u200d\U0001F468\u200d\U0001F469",
    "astral before offsets": "\U0001F600\U0001F600 𝔇𝔞 Da Nang and \U00020000 Sakai",
    "line separators": "Da Nang\u2028Sakai\u2029\r\rX\r\n",
}


def _record(text: str, source: str) -> DocumentRecord:
    mentions = []
    for place in (DA_NANG, SAKAI):
        start = text.find(place.name)
        if start >= 0:
            mentions.append(Mention(start, start + len(place.name), place.key))
    return DocumentRecord(source=source, sha256=hashlib.sha256(text.encode()).hexdigest(), text=text, title=text[:40],
                          lang="en", published=None, regions=[Region(0, len(text), "body")],
                          places={DA_NANG.key: DA_NANG, SAKAI.key: SAKAI}, mentions=mentions)


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_text_is_decoded_and_stored_intact(tmp_path, case):
    text = f"Title {case}\n\n{HOSTILE[case]}\n"
    decoded, encoding = decode(text.encode("utf-8"))
    assert (decoded, encoding) == (text, "utf-8")
    db = open_db(tmp_path / "t.db")
    record = _record(text, f"/c/{case}.txt")
    add_document(db, record, "v1")
    (stored,) = db.execute("SELECT text FROM documents").fetchone()
    assert stored == text
    for m in record.mentions:
        # SQLite counts characters as Python does, so the browser's substr() slices the same span.
        got = db.execute("SELECT substr(text, ? + 1, ?) FROM documents", [m.start, m.end - m.start]).fetchone()[0]
        assert got == text[m.start:m.end]
    assert check_store(db.conn, {record.source: record}) == []


def test_a_two_megabyte_line_and_five_thousand_places_store_quickly(tmp_path):
    from loaders.records import Place

    db = open_db(tmp_path / "t.db")
    line = ("Da Nang signed with Sakai. " * 80000)[:2_000_000]
    places = {f"test:{k}": Place(f"test:{k}", f"Town {k}", "JP", "city") for k in range(5000)}
    names = " ".join(f"Town {k}," for k in range(5000))
    text = line + "\n" + names
    mentions = []
    for k in range(5000):
        start = text.index(f"Town {k},", len(line))
        mentions.append(Mention(start, start + len(f"Town {k}"), f"test:{k}"))
    record = DocumentRecord(source="/c/huge.txt", sha256=hashlib.sha256(text.encode()).hexdigest(), text=text,
                            title=None, lang="en", published=None, regions=[Region(0, len(text), "body")],
                            places=places, mentions=mentions)
    started = time.monotonic()
    add_document(db, record, "v1")
    assert time.monotonic() - started < 20
    assert db.execute("SELECT count(*) FROM localities").fetchone()[0] == 5000
    assert check_store(db.conn, {record.source: record}) == []
