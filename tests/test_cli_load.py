"""`twinlens load`: one line per file that fails, a summary, and exit status 0, 1, 2 or 130.

These run the command in-process with a stand-in for the extraction (loaders.pipeline),
so they test the command's own logic and stay fast; the end-to-end tests with the real
extraction are in test_robust_e2e.py."""
from __future__ import annotations

import os
import signal
import sqlite3
import sys
import time
import types

import pytest

from loaders.records import DocumentRecord, Mention, Region
from store.check import check_store
from tests.records_factory import DA_NANG, KOBE, SAKAI
from twinlens.cli import main

GOOD = "Da Nang and Sakai\n\nDa Nang signed a memorandum with Sakai and Kobe.\n"


def _fake_extract(text, source, *, sha256=None, encoding="utf-8"):
    if "BOOM" in text:
        raise ValueError("boom")
    if "SLOW" in text:
        time.sleep(30)
    for _ in range(text.count("SIGINT")):
        os.kill(os.getpid(), signal.SIGINT)
    mentions, places = [], {}
    for place in (DA_NANG, SAKAI, KOBE):
        start = text.find(place.name)
        while start >= 0:
            mentions.append(Mention(start, start + len(place.name), place.key))
            places[place.key] = place
            start = text.find(place.name, start + 1)
    return DocumentRecord(source=source, sha256=sha256, text=text, title=text.split("\n")[0], lang="en",
                          published=None, regions=[Region(0, len(text), "body")], places=places,
                          mentions=mentions, encoding=encoding)


@pytest.fixture(autouse=True)
def fake_pipeline(monkeypatch):
    module = types.ModuleType("loaders.pipeline")
    module.extract = _fake_extract
    module.extractor_version = lambda: "fake-1"
    monkeypatch.setitem(sys.modules, "loaders.pipeline", module)
    return module


@pytest.fixture
def db(tmp_path):
    return tmp_path / "store.db"


def load(capsys, *args) -> tuple[int, list[str]]:
    code = main(["load", *map(str, args)])
    err = capsys.readouterr().err
    return code, err.splitlines()


def summary(lines: list[str]) -> str:
    return lines[-1]


def documents(db) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return sorted(os.path.basename(r[0]) for r in conn.execute("SELECT source FROM documents"))
    finally:
        conn.close()


def write(folder, name, content: str | bytes):
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return path


# ---------------------------------------------------------------- exit 0 and the summary


def test_everything_loads_exit_0_then_unchanged_then_replaced(tmp_path, db, capsys):
    corpus = tmp_path / "corpus"
    write(corpus, "a.txt", GOOD)
    write(corpus, "b.md", GOOD + "More.\n")
    code, lines = load(capsys, corpus, "--db", db)
    assert code == 0
    assert summary(lines).startswith("2 new, 0 unchanged, 0 replaced, 0 failed  (store: ")
    assert lines[0] == f"new        {corpus / 'a.txt'}"
    write(corpus, "a.txt", GOOD + "Edited.\n")
    code, lines = load(capsys, corpus, "--db", db)
    assert code == 0 and summary(lines).startswith("0 new, 1 unchanged, 1 replaced, 0 failed")
    assert check_store(sqlite3.connect(db)) == []


def test_other_files_in_folders_are_listed_as_skipped_not_failed(tmp_path, db, capsys):
    corpus = tmp_path / "saved pages"
    write(corpus, "a.txt", GOOD)
    write(corpus, "page.html", "<html>")
    write(corpus, "photo.jpg", b"\xff\xd8\xff")
    write(corpus, ".DS_Store", b"\x00")
    write(corpus, ".git/HEAD.txt", "ref")
    code, lines = load(capsys, corpus, "--db", db)
    assert code == 0
    assert f"skipped    {corpus / 'page.html'}: not an article (.html)" in lines
    assert summary(lines).startswith("1 new, 0 unchanged, 0 replaced, 0 failed, 2 skipped")
    assert documents(db) == ["a.txt"]


# ---------------------------------------------------------------- exit 1: one line per failure


def test_every_bad_file_gets_one_line_and_the_rest_load(tmp_path, db, capsys):
    corpus = tmp_path / "corpus"
    bad = {
        "empty.txt": (b"", "empty file"),
        "blank.txt": (b" \n\t \n", "only whitespace"),
        "binary.txt": (b"\x89PNG\r\n\x1a\n\x00\x00", "not a text file"),
        "cyrillic.txt": ("Город Дананг подписал меморандум".encode("cp1251"), "not clearly Windows-1252"),
        "cut.txt": ("Đà Nẵng ố".encode()[:-1], "cut off"),
        "huge.txt": (b"Da Nang " * 200, "too large"),
        "crash.txt": (b"BOOM Da Nang", "extraction failed (ValueError: boom)"),
    }
    for name, (content, _) in bad.items():
        write(corpus, name, content)
    write(corpus, "good.txt", GOOD)
    write(corpus, "legacy.txt", "Da Nang a signé un accord à l'été avec Sakai.".encode("cp1252"))
    (corpus / "dangling.txt").symlink_to(corpus / "gone.txt")
    (corpus / "self.txt").symlink_to(corpus / "self.txt")
    code, lines = load(capsys, corpus, tmp_path / "nowhere", tmp_path / "notes.pdf", "--db", db,
                       "--max-bytes", 1000)
    assert code == 1
    expected = {**{name: phrase for name, (_, phrase) in bad.items()},
                "dangling.txt": "broken symbolic link", "self.txt": "symbolic link loop",
                "nowhere": "no such file", "notes.pdf": "no such file"}
    failed = [line for line in lines if line.startswith("failed ")]
    assert len(failed) == len(expected)
    for name, phrase in expected.items():
        (line,) = [f for f in failed if f.split(":")[0].endswith(os.sep + name)]
        assert phrase in line, line
    assert f"note       {corpus / 'legacy.txt'}: not UTF-8; read as Latin-1 (ISO 8859-1)" in lines
    assert summary(lines).startswith(f"2 new, 0 unchanged, 0 replaced, {len(expected)} failed")
    assert documents(db) == ["good.txt", "legacy.txt"]


def test_an_unsupported_file_named_on_the_command_line_fails(tmp_path, db, capsys):
    pdf = write(tmp_path, "report.pdf", "%PDF")
    code, lines = load(capsys, pdf, "--db", db)
    assert code == 1
    assert lines[0] == f"failed     {pdf}: unsupported file type '.pdf'; expected .txt or .md"


def test_strict_stops_at_the_first_failure(tmp_path, db, capsys):
    corpus = tmp_path / "corpus"
    write(corpus, "a.txt", GOOD)
    write(corpus, "b.txt", b"")
    write(corpus, "c.txt", GOOD + "c")
    code, lines = load(capsys, corpus, "--db", db, "--strict")
    assert code == 1
    assert summary(lines).startswith("stopped at the first failure (--strict): 1 new, 0 unchanged, "
                                     "0 replaced, 1 failed; 1 not loaded")
    assert documents(db) == ["a.txt"]


def test_symbolic_link_loops_in_folders_are_reported_once(tmp_path, db, capsys):
    corpus = tmp_path / "corpus"
    write(corpus, "sub/a.txt", GOOD)
    (corpus / "sub" / "back").symlink_to(corpus)          # a loop
    (corpus / "again").symlink_to(corpus / "sub")         # the same folder twice: not a loop
    started = time.monotonic()
    code, lines = load(capsys, corpus, "--db", db)
    assert time.monotonic() - started < 10
    assert code == 1
    (failed,) = [line for line in lines if line.startswith("failed")]
    assert failed.endswith(f"{os.sep}back: symbolic link loop (leads back to a folder it is in); not followed")
    assert documents(db) == ["a.txt"]


# ---------------------------------------------------------------- exit 2: usage


@pytest.mark.parametrize("args", [[], ["x.txt", "--max-bytes", "0"], ["x.txt", "--max-bytes", "lots"],
                                  ["x.txt", "--wait", "-1"], ["x.txt", "--timeout", "nan"], ["x.txt", "--bogus"]])
def test_usage_errors_exit_2(args, capsys):
    with pytest.raises(SystemExit) as info:
        main(["load", *args])
    assert info.value.code == 2
    assert "usage:" in capsys.readouterr().err


# ---------------------------------------------------------------- the store unavailable


def test_a_locked_store_gives_one_clear_line_and_exit_1(tmp_path, db, capsys):
    write(tmp_path, "a.txt", GOOD)
    write(tmp_path, "b.txt", GOOD + "b")
    assert load(capsys, tmp_path / "a.txt", "--db", db)[0] == 0
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    started = time.monotonic()
    code, lines = load(capsys, tmp_path / "b.txt", "--db", db, "--wait", "0.3")
    assert code == 1 and time.monotonic() - started < 5
    busy = [line for line in lines if "in use by another twinlens process" in line]
    assert len(busy) == 1 and busy[0].startswith("twinlens: the store ")
    assert summary(lines).startswith("stopped: 0 new, 0 unchanged, 0 replaced, 0 failed; 1 not loaded")
    holder.execute("ROLLBACK")


def test_a_store_from_a_newer_twinlens_exits_1(tmp_path, db, capsys):
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    write(tmp_path, "a.txt", GOOD)
    code, lines = load(capsys, tmp_path / "a.txt", "--db", db)
    assert code == 1
    assert lines == [f"twinlens: {db} was written by a newer twinlens (schema 99; this one knows up to 1); "
                     "upgrade twinlens to open it"]


def test_a_store_that_cannot_be_created_exits_1_without_a_traceback(tmp_path, capsys):
    write(tmp_path, "a.txt", GOOD)
    blocker = write(tmp_path, "file", "not a folder")
    code, lines = load(capsys, tmp_path / "a.txt", "--db", blocker / "store.db")
    assert code == 1
    assert len(lines) == 1 and lines[0].startswith("twinlens: cannot open the store")


# ---------------------------------------------------------------- Ctrl-C: exit 130


def test_ctrl_c_stops_after_the_current_document(tmp_path, db, capsys):
    corpus = tmp_path / "corpus"
    write(corpus, "a.txt", GOOD)
    write(corpus, "b.txt", GOOD + "SIGINT")      # Ctrl-C arrives while b is extracted
    write(corpus, "c.txt", GOOD + "c")
    code, lines = load(capsys, corpus, "--db", db)
    assert code == 130
    assert summary(lines).startswith("interrupted: 2 new, 0 unchanged, 0 replaced, 0 failed; 1 not loaded")
    assert documents(db) == ["a.txt", "b.txt"]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    assert check_store(sqlite3.connect(db)) == []
    # Loading again completes the set.
    write(corpus, "b.txt", GOOD + "b")
    assert load(capsys, corpus, "--db", db)[0] == 0
    assert documents(db) == ["a.txt", "b.txt", "c.txt"]


def test_a_second_ctrl_c_aborts_the_document_in_hand(tmp_path, db, capsys):
    corpus = tmp_path / "corpus"
    write(corpus, "a.txt", GOOD)
    write(corpus, "b.txt", GOOD + "SIGINT SIGINT")
    write(corpus, "c.txt", GOOD + "c")
    code, lines = load(capsys, corpus, "--db", db)
    assert code == 130
    assert summary(lines).startswith("interrupted: 1 new, 0 unchanged, 0 replaced, 0 failed; 2 not loaded")
    assert documents(db) == ["a.txt"]
    assert check_store(sqlite3.connect(db)) == []


# ---------------------------------------------------------------- bounded time, escaped names


def test_a_document_that_takes_too_long_is_given_up(tmp_path, db, capsys):
    corpus = tmp_path / "corpus"
    write(corpus, "a.txt", GOOD)
    write(corpus, "slow.txt", GOOD + "SLOW")
    started = time.monotonic()
    code, lines = load(capsys, corpus, "--db", db, "--timeout", "0.5")
    assert time.monotonic() - started < 5
    assert code == 1
    assert f"failed     {corpus / 'slow.txt'}: extraction took longer than 0.5 s (see --timeout)" in lines
    assert documents(db) == ["a.txt"]
    assert signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, None)


HOSTILE_NAMES = {
    "ansi": ("\x1b[31mred\x1b[0m.txt", "\\x1b[31mred\\x1b[0m.txt"),
    "osc title": ("\x1b]0;pwned\x07.txt", "\\x1b]0;pwned\\x07.txt"),
    "rich markup": ("[bold red]loud[link=x]here.txt", "[bold red]loud[link=x]here.txt"),
    "right-to-left override": ("evil\u202etxt.exe.txt", "evil\\u202etxt.exe.txt"),
    "newline": ("two\nlines.txt", "two\\x0alines.txt"),
    "carriage return": ("over\rwrite.txt", "over\\x0dwrite.txt"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE_NAMES))
def test_file_names_are_shown_escaped(tmp_path, db, capsys, case):
    raw, shown = HOSTILE_NAMES[case]
    folder = tmp_path / "c"
    write(folder, raw, GOOD)
    write(folder, "empty" + raw, b"")
    code, lines = load(capsys, folder, "--db", db)
    assert code == 1
    assert f"new        {folder}/{shown}" in lines
    assert f"failed     {folder}/empty{shown}: empty file" in lines
    output = "\n".join(lines)
    assert not any(ch in output for ch in "\x1b\x07\r\u202e")
    assert documents(db) == [raw]


def test_a_file_name_that_is_not_utf8_still_loads(tmp_path, db, capsys):
    folder = tmp_path / "c"
    folder.mkdir()
    with open(os.path.join(os.fsencode(folder), b"caf\xe9.txt"), "wb") as fh:
        fh.write(GOOD.encode())
    code, lines = load(capsys, folder, "--db", db)
    assert code == 0
    assert lines[0] == f"new        {folder}/caf\\xe9.txt"
    assert documents(db) == ["caf\\xe9.txt"]
