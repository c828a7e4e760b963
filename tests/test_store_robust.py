"""The store: each document whole or not at all, old files migrated after a backup,
newer ones refused, and concurrent processes waiting for each other, never corrupting."""
from __future__ import annotations

import dataclasses
import sqlite3
import subprocess
import threading
import time

import pytest

import store.schema
from loaders.records import Mention
from store.check import check_store
from store.db import StoreBusy, StoreError, open_db, write_transaction
from store.writer import NEW, REPLACED, UNCHANGED, RecordError, add_document, remove_document
from tests.records_factory import KOBE, make_document
from tests.robust_helpers import (ROOT, expected_records, inspect, kill_runs, make_record, subprocess_env,
                                  writer_command)


def _conn(path) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None)


def _snapshot(path) -> dict[str, list]:
    conn = _conn(path)
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'documents_fts%' ORDER BY name")]
    out = {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in tables}
    out["fts"] = sorted(conn.execute("SELECT rowid, text FROM documents_fts").fetchall())
    conn.close()
    return out


# ---------------------------------------------------------------- one transaction per document


def test_a_document_fails_whole_when_any_part_fails(tmp_path):
    path = tmp_path / "t.db"
    db = open_db(path)
    add_document(db, make_record(1), "v1")
    before = _snapshot(path)
    # The last part written (figures) is refused by the database: nothing of the
    # document may remain, not its row, mentions, localities, agreements or FTS row.
    db.execute("CREATE TRIGGER no_figures BEFORE INSERT ON figures BEGIN SELECT RAISE(ABORT, 'refused'); END")
    with pytest.raises(RecordError, match="refused"):
        add_document(db, make_record(2, places=50), "v1")
    assert _snapshot(path) == before
    assert not db.conn.in_transaction
    db.execute("DROP TRIGGER no_figures")
    assert add_document(db, make_record(2, places=50), "v1") == NEW
    assert check_store(_conn(path), {r.source: r for r in (make_record(1), make_record(2, places=50))}) == []


def test_a_failed_replacement_keeps_the_old_version_and_its_localities(tmp_path):
    path = tmp_path / "t.db"
    db = open_db(path)
    old = make_document("/c/a.txt")
    add_document(db, old, "v1")
    before = _snapshot(path)
    # The new version no longer names Kobe: replacing it drops Kobe (orphan clean-up),
    # but only if the replacement commits.
    new = make_document("/c/a.txt", extra=" More text.")
    new.mentions = [m for m in new.mentions if m.place_key != KOBE.key]
    new.agreements = [a for a in new.agreements if KOBE.key not in a.parties]
    db.execute("CREATE TRIGGER no_figures BEFORE INSERT ON figures BEGIN SELECT RAISE(ABORT, 'refused'); END")
    with pytest.raises(RecordError):
        add_document(db, new, "v1")
    assert _snapshot(path) == before
    db.execute("DROP TRIGGER no_figures")
    assert add_document(db, new, "v1") == REPLACED
    names = {r[0] for r in db.execute("SELECT name FROM localities").fetchall()}
    assert "Kobe" not in names and {"Da Nang", "Sakai"} <= names
    assert check_store(_conn(path), {new.source: new}) == []


def test_an_interrupt_inside_the_transaction_rolls_it_back(tmp_path, monkeypatch):
    import store.writer

    path = tmp_path / "t.db"
    db = open_db(path)
    add_document(db, make_record(1), "v1")
    before = _snapshot(path)

    def interrupted(db):
        raise KeyboardInterrupt

    monkeypatch.setattr(store.writer, "_drop_orphans", interrupted)
    with pytest.raises(KeyboardInterrupt):
        add_document(db, make_record(1, version=1), "v1")  # a replacement: delete, insert, then this
    assert _snapshot(path) == before
    monkeypatch.undo()
    assert add_document(db, make_record(1, version=1), "v1") == REPLACED


def test_unchanged_replaced_and_removed(tmp_path):
    db = open_db(tmp_path / "t.db")
    doc = make_document()
    assert add_document(db, doc, "v1") == NEW
    assert add_document(db, doc, "v1") == UNCHANGED
    assert add_document(db, doc, "v2") == REPLACED  # extraction changed: extracted again
    assert remove_document(db, doc.source)
    assert db.execute("SELECT count(*) FROM localities").fetchone()[0] == 0
    assert check_store(db.conn) == []


@pytest.mark.parametrize("break_it", ["span past the end", "unknown place", "negative offset"])
def test_inconsistent_records_are_refused_before_writing(tmp_path, break_it):
    db = open_db(tmp_path / "t.db")
    doc = make_document()
    if break_it == "span past the end":
        doc.mentions.append(Mention(len(doc.text) - 2, len(doc.text) + 5, "vn:da-nang"))
    elif break_it == "unknown place":
        doc.mentions.append(Mention(0, 2, "gn:0"))
    else:
        doc.figures[0] = dataclasses.replace(doc.figures[0], evidence=dataclasses.replace(doc.figures[0].evidence,
                                                                                          start=-1))
    with pytest.raises(RecordError):
        add_document(db, doc, "v1")
    assert db.execute("SELECT count(*) FROM documents").fetchone()[0] == 0


def test_a_full_disk_stops_the_write_and_keeps_the_store_whole(tmp_path):
    path = tmp_path / "t.db"
    db = open_db(path)
    add_document(db, make_record(1), "v1")
    before = _snapshot(path)
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages + 2}")  # as if the disk filled up
    with pytest.raises(StoreError, match="cannot write to the store: database or disk is full"):
        add_document(db, make_record(2, places=300), "v1")
    assert _snapshot(path) == before
    assert check_store(_conn(path)) == []


def test_a_folder_is_not_a_store(tmp_path):
    with pytest.raises(StoreError, match="is a folder"):
        open_db(tmp_path)


def test_the_checker_finds_what_a_torn_write_would_leave(tmp_path):
    path = tmp_path / "t.db"
    add_document(open_db(path), make_document(), "v1")
    conn = _conn(path)
    assert check_store(conn) == []
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("DELETE FROM mentions WHERE locality_id = 'gn:1859171'")
    conn.execute("DELETE FROM agreements WHERE party_b = 'gn:1859171'")
    assert any("no document refers to" in p for p in check_store(conn))
    assert any("parts" in p for p in check_store(conn, {make_document().source: make_document()}))
    conn.execute("INSERT INTO mentions (document_id, locality_id, start, \"end\", surface) VALUES (99, 'x', 0, 1, 'D')")
    assert any("foreign_key_check" in p for p in check_store(conn))
    conn.execute("INSERT INTO documents_fts(rowid, title, text) VALUES (42, 't', 'ghost')")
    assert any("full-text" in p for p in check_store(conn))


# ---------------------------------------------------------------- killed at any instant


def test_killed_writers_leave_every_document_whole_or_absent(tmp_path):
    """SIGKILL a process storing hand-made documents (many rows each, replacing earlier
    versions) at random instants; after each kill the store is checked, and the next
    run goes on from there. This isolates the store from extraction."""
    path = tmp_path / "k.db"
    count, rounds = 30, 4
    expected = expected_records(count, rounds)
    results = kill_runs(writer_command(path, count, rounds), path, expected, runs=12, max_delay=1.0, seed=6,
                        env=subprocess_env())
    assert [r.problems for r in results if r.problems] == []
    done = subprocess.run(writer_command(path, count, rounds), cwd=ROOT, env=subprocess_env(), timeout=120)
    assert done.returncode == 0
    documents, problems = inspect(path, {s: v[-1] for s, v in expected.items()})
    assert (documents, problems) == (count, [])


# ---------------------------------------------------------------- schema versions


def test_a_store_from_a_newer_twinlens_is_refused_untouched(tmp_path):
    path = tmp_path / "new.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE future (x)")
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    for readonly in (False, True):
        with pytest.raises(StoreError, match="newer twinlens.*schema 99.*upgrade twinlens"):
            open_db(path, readonly=readonly)
    assert path.read_bytes() == before  # not even switched to WAL
    assert not list(tmp_path.glob("*.bak"))


def test_another_programs_database_is_not_taken_over(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="another program"):
        open_db(path)
    assert [r[0] for r in sqlite3.connect(path).execute("SELECT name FROM sqlite_master")] == ["invoices"]


@pytest.mark.parametrize("content", [b"not a database at all" * 50, b"SQLite format 3\x00" + b"\xff" * 200])
def test_a_file_that_is_not_a_store_is_refused(tmp_path, content):
    path = tmp_path / "junk.db"
    path.write_bytes(content)
    with pytest.raises(StoreError, match="not a twinlens store"):
        open_db(path)
    assert path.read_bytes() == content


def test_an_older_store_is_backed_up_then_migrated(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    db = open_db(path)
    add_document(db, make_document(), "v1")
    db.close()
    monkeypatch.setattr(store.schema, "MIGRATIONS", [*store.schema.MIGRATIONS,
                                                     "ALTER TABLE documents ADD COLUMN note TEXT;"])
    db = open_db(path)
    assert store.schema.version_of(db) == 2
    assert db.execute("SELECT count(*), max(note) FROM documents").fetchone() == (1, None)
    backup = tmp_path / "old.db.v1.bak"
    old = _conn(backup)
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    assert old.execute("SELECT source FROM documents").fetchall() == [("/corpus/danang.txt",)]
    assert check_store(old) == [] and check_store(db.conn) == []
    assert not list(tmp_path.glob("*.partial"))


def test_a_failed_migration_leaves_the_store_as_it_was(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    db = open_db(path)
    add_document(db, make_document(), "v1")
    db.close()
    monkeypatch.setattr(store.schema, "MIGRATIONS", [*store.schema.MIGRATIONS,
                                                     "ALTER TABLE documents ADD COLUMN note TEXT;\n"
                                                     "INSERT INTO no_such_table VALUES (1);"])
    with pytest.raises(StoreError):
        open_db(path)
    conn = _conn(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert "note" not in [r[1] for r in conn.execute("PRAGMA table_info(documents)")]
    assert (tmp_path / "old.db.v1.bak").exists()


def test_a_reader_needs_a_migrated_store(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    open_db(path).close()
    monkeypatch.setattr(store.schema, "MIGRATIONS", [*store.schema.MIGRATIONS, "CREATE TABLE x (y);"])
    with pytest.raises(StoreError, match="run twinlens load once"):
        open_db(path, readonly=True)


# ---------------------------------------------------------------- concurrency


def test_a_second_writer_waits_then_fails_clearly(tmp_path):
    path = tmp_path / "t.db"
    open_db(path).close()
    holder = _conn(path)
    holder.execute("BEGIN IMMEDIATE")
    db = open_db(path, busy_seconds=0.3)
    started = time.monotonic()
    with pytest.raises(StoreBusy, match="in use by another twinlens process.*waited 0.3 s"):
        add_document(db, make_document(), "v1")
    assert 0.25 < time.monotonic() - started < 3
    assert not db.conn.in_transaction
    holder.execute("ROLLBACK")
    assert add_document(db, make_document(), "v1") == NEW


def test_a_second_writer_gets_the_lock_once_it_is_free(tmp_path):
    path = tmp_path / "t.db"
    open_db(path).close()
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    threading.Timer(0.4, lambda: holder.execute("COMMIT")).start()
    db = open_db(path, busy_seconds=10)
    assert add_document(db, make_document(), "v1") == NEW


def test_opening_a_locked_store_fails_clearly(tmp_path):
    path = tmp_path / "t.db"
    holder = _conn(path)
    holder.execute("CREATE TABLE t (x)")  # a store not yet in WAL mode, held exclusively
    holder.execute("BEGIN EXCLUSIVE")
    with pytest.raises(StoreBusy, match="in use"):
        open_db(path, busy_seconds=0.2)
    holder.execute("ROLLBACK")


def test_a_reader_sees_new_documents_while_a_writer_works(tmp_path):
    path = tmp_path / "t.db"
    writer = open_db(path)
    add_document(writer, make_record(1), "v1")
    reader = open_db(path, readonly=True)
    assert reader.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
    with write_transaction(writer):
        writer.execute("DELETE FROM documents")
        # Uncommitted work is invisible, and the reader is not blocked.
        assert reader.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
        writer.conn.execute("ROLLBACK")
        writer.conn.execute("BEGIN IMMEDIATE")
    add_document(writer, make_record(2), "v1")
    assert reader.execute("SELECT count(*) FROM documents").fetchone()[0] == 2
    assert reader.execute("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'Article'").fetchone()[0] == 2


def test_two_writer_processes_at_once_store_everything_once(tmp_path):
    path = tmp_path / "t.db"
    count, rounds = 25, 2
    procs = [subprocess.Popen(writer_command(path, count, rounds), cwd=ROOT, env=subprocess_env())
             for _ in range(2)]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    documents, problems = inspect(path, {s: v[-1] for s, v in expected_records(count, rounds).items()})
    assert (documents, problems) == (count, [])
