"""Shared by the robustness tests and bench/stress_kill.py: generated documents (as
records and as article files), a writer to run in a subprocess, and kill-and-check runs.

Run as a module it is the subprocess a kill test kills:
    python -m tests.robust_helpers write DB COUNT ROUNDS
    python -m tests.robust_helpers load PATH... --db DB     (twinlens load, traced)
"""
from __future__ import annotations

import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from loaders.records import Agreement, DocumentRecord, Figure, Mention, Place, Region, Span

ROOT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------- hand-made records


def place_k(k: int) -> Place:
    return Place(f"test:{k}", f"Town {k}", "JP" if k % 2 else "VN", "city", aliases=(f"Town-{k}",))


def make_record(i: int, version: int = 0, places: int | None = None) -> DocumentRecord:
    """A document with ``places`` localities (default: varies with i), each mentioned,
    paired in agreements and counted in figures: a write with many rows, so a kill
    often lands inside it. Documents share localities, so orphan clean-up matters."""
    rng = random.Random(i * 1000 + version)
    n = places if places is not None else rng.choice((2, 5, 20, 80, 300))
    keys = sorted({(i * 7 + version * 3 + rng.randrange(400)) % 500 for _ in range(n)})
    parts, mentions, agreements, figures, spans = [f"Article {i} version {version}\n\n"], [], [], [], []
    offset = len(parts[0])
    for j, k in enumerate(keys):
        name = place_k(k).name
        sentence = f"{name} signed a memorandum with its partner and reported {j + 1} projects. "
        mentions.append(Mention(offset, offset + len(name), f"test:{k}"))
        spans.append(Span(offset, offset + len(sentence) - 1))
        number = sentence.index(str(j + 1))
        figures.append(Figure("projects", j + 1, "count", spans[-1],
                              Span(offset + number, offset + number + len(str(j + 1))), f"test:{k}", "JP"))
        parts.append(sentence)
        offset += len(sentence)
    for a, b, span in zip(keys, keys[1:], spans):
        agreements.append(Agreement((f"test:{a}", f"test:{b}"), "mou", "signed", span,
                                    more_evidence=(span,) if a % 3 == 0 else ()))
    text = "".join(parts) + "\n"
    return DocumentRecord(
        source=f"/generated/doc{i:04d}.txt", sha256=hashlib.sha256(text.encode()).hexdigest(), text=text,
        title=f"Article {i}", lang="en", published="2024", regions=[Region(0, len(text), "body")],
        places={f"test:{k}": place_k(k) for k in keys}, mentions=mentions, agreements=agreements,
        figures=figures)


def expected_records(count: int, rounds: int) -> dict[str, tuple[DocumentRecord, ...]]:
    out: dict[str, tuple[DocumentRecord, ...]] = {}
    for i in range(count):
        versions = tuple(make_record(i, v) for v in range(rounds))
        out[versions[0].source] = versions
    return out


def trace_transactions(path: str, pause: float = 0.0) -> None:
    """Append "B" to ``path`` when a document's transaction has begun and "C" when it
    has committed, so a kill can be placed: a trace ending in "B" was killed inside one.

    With ``pause``, each transaction also sleeps after the old version is deleted and
    again after the new one is inserted: a document's writes take milliseconds next to
    its extraction, and the pauses make random kills land in the middle of them."""
    import contextlib

    import store.writer

    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    original = store.writer.write_transaction
    insert, drop_orphans = store.writer._insert, store.writer._drop_orphans

    @contextlib.contextmanager
    def traced(db):
        with original(db) as handle:
            os.write(fd, b"B")
            yield handle
        os.write(fd, b"C")

    def slow_insert(*args):
        time.sleep(pause)
        return insert(*args)

    def slow_drop_orphans(*args):
        time.sleep(pause)
        return drop_orphans(*args)

    store.writer.write_transaction = traced
    if pause:
        store.writer._insert, store.writer._drop_orphans = slow_insert, slow_drop_orphans


def _trace_from_env() -> None:
    if os.environ.get("TWINLENS_TRACE"):
        trace_transactions(os.environ["TWINLENS_TRACE"], float(os.environ.get("TWINLENS_TRACE_PAUSE", "0")))


def write_records(db_path: str, count: int, rounds: int) -> None:
    from store.db import open_db
    from store.writer import add_document

    _trace_from_env()
    db = open_db(db_path, busy_seconds=30)
    for version in range(rounds):
        for i in range(count):
            add_document(db, make_record(i, version), "test")


# ---------------------------------------------------------------- generated article files

_VN = ["Da Nang", "Hanoi", "Ho Chi Minh City", "Hai Phong", "Hue", "Can Tho", "Quang Nam", "Quang Ninh",
       "Binh Duong", "Khanh Hoa", "Lam Dong", "Bac Ninh"]
_PARTNERS = [("Sakai", "Japan"), ("Kawasaki", "Japan"), ("Yokohama", "Japan"), ("Kobe", "Japan"),
             ("Fukuoka", "Japan"), ("Busan", "South Korea"), ("Daegu", "South Korea"),
             ("Bordeaux", "France"), ("Lyon", "France"), ("Toulouse", "France"), ("Osaka", "Japan"),
             ("Nagoya", "Japan"), ("Incheon", "South Korea"), ("Kanagawa", "Japan")]


def article(i: int, version: int = 0) -> str:
    rng = random.Random(i * 31 + version)
    home = rng.choice(_VN)
    lines = [f"{home} deepens ties with {rng.choice(_PARTNERS)[1]} ({i}.{version})", "",
             f"Published: 2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}", ""]
    for _ in range(rng.randint(3, 12)):
        city, country = rng.choice(_PARTNERS)
        kind = rng.choice(["a memorandum of understanding", "a friendship agreement", "a cooperation agreement"])
        lines.append(f"{home} signed {kind} with {city} ({country}) in {rng.randint(2005, 2023)}, "
                     f"covering tourism, education and culture. {country} has invested "
                     f"{rng.randint(1, 900)} million USD in {rng.randint(2, 300)} projects in {home}.")
    if version:
        lines.append(f"Update {version}: the two sides plan to meet again next year.")
    return "\n\n".join(lines) + "\n"


def write_corpus(folder: Path, count: int, version: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        path = folder / f"article{i:03d}.txt"
        path.write_text(article(i, version), encoding="utf-8")
        paths.append(path)
    return paths


def corpus_records(paths: list[Path]) -> dict[str, DocumentRecord]:
    """What a load of ``paths`` stores, extracted in this process."""
    from loaders.pipeline import extract

    out = {}
    for path in paths:
        data = path.read_bytes()
        source = os.path.abspath(path)
        out[source] = extract(data.decode("utf-8"), source, sha256=hashlib.sha256(data).hexdigest())
    return out


# ---------------------------------------------------------------- kill and check


@dataclass
class KillRun:
    delay: float
    returncode: int | None
    documents: int
    problems: list[str] = field(default_factory=list)
    inside: bool = False  # killed inside a document's transaction (when traced)


def subprocess_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.update(extra)
    return env


def kill_after(cmd: list[str], delay: float, env: dict[str, str]) -> int | None:
    """Start ``cmd``, SIGKILL it after ``delay`` seconds; its return code if it ended first."""
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        proc.wait(timeout=delay)
        return proc.returncode
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        return None


def inspect(db_path: Path, expected) -> tuple[int, list[str]]:
    """(documents stored, problems) for the store at ``db_path``, as the next process finds it."""
    from store.check import check_store

    if not db_path.exists():
        return 0, []
    conn = sqlite3.connect(db_path, isolation_level=None)
    try:
        problems = check_store(conn, expected)
        has_docs = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'documents'").fetchone()
        documents = conn.execute("SELECT count(*) FROM documents").fetchone()[0] if has_docs else 0
    except sqlite3.DatabaseError as exc:
        return 0, [f"cannot read the store: {exc}"]
    finally:
        conn.close()
    return documents, problems


def load_command(folder: Path, db_path: Path) -> list[str]:
    return [sys.executable, "-m", "twinlens", "load", str(folder), "--db", str(db_path), "--quiet"]


def traced_load_command(folder: Path, db_path: Path) -> list[str]:
    """`twinlens load` through this module, so TWINLENS_TRACE(_PAUSE) apply."""
    return [sys.executable, "-m", "tests.robust_helpers", "load", str(folder), "--db", str(db_path), "--quiet"]


def writer_command(db_path: Path, count: int, rounds: int) -> list[str]:
    return [sys.executable, "-m", "tests.robust_helpers", "write", str(db_path), str(count), str(rounds)]


def kill_runs(cmd: list[str], db_path: Path, expected, runs: int, max_delay: float, seed: int,
              env: dict[str, str], between=None, min_delay: float = 0.0) -> list[KillRun]:
    """Run ``cmd`` ``runs`` times against one store, each killed after a random delay,
    and check the store after each kill. ``between(run)`` may change the input."""
    rng = random.Random(seed)
    trace = Path(env["TWINLENS_TRACE"]) if env.get("TWINLENS_TRACE") else None
    results = []
    for run in range(runs):
        if between is not None:
            between(run)
        if trace is not None:
            trace.write_bytes(b"")
        delay = rng.uniform(min_delay, max_delay)
        code = kill_after(cmd, delay, env)
        documents, problems = inspect(db_path, expected)
        inside = trace is not None and code is None and trace.read_bytes().endswith(b"B")
        results.append(KillRun(delay, code, documents, problems, inside))
    return results


if __name__ == "__main__":
    if sys.argv[1:2] == ["write"]:
        write_records(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
        sys.exit(0)
    if sys.argv[1:2] == ["load"]:
        # `twinlens load`, with its transactions traced (see trace_transactions).
        from twinlens.cli import main
        _trace_from_env()
        sys.exit(main(["load", *sys.argv[2:]]))
    sys.exit("usage: python -m tests.robust_helpers write DB COUNT ROUNDS | load ARGS...")
