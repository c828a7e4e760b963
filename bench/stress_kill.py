"""Kill loads at random instants, many times, and check the store after each kill.

    .venv/bin/python bench/stress_kill.py                 # 200 runs of `twinlens load`
    .venv/bin/python bench/stress_kill.py --mode store    # the store alone, hand-made records
    .venv/bin/python bench/stress_kill.py --runs 500 --docs 60 --max-delay 3

Each run starts a load into the same store and SIGKILLs it after a random delay;
between runs a random part of the corpus is edited (or edited back), so kills also
land in replacements. After every kill the store must pass check_store: SQLite
integrity and foreign keys, the full-text index, and every document stored whole
(all its parts, as extracted from the file) or not at all. A last run without a
kill must then complete the load. Transactions are traced, so the script also says
how many kills landed inside a document's transaction; by default each transaction
also pauses twice in its middle (--pause), or nearly every kill would land in
extraction, where there is nothing to tear.
"""
from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.robust_helpers import (article, corpus_records, expected_records, inspect, kill_after,  # noqa: E402
                                  subprocess_env, traced_load_command, write_corpus, writer_command)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mode", choices=("load", "store"), default="load")
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--docs", type=int, default=40)
    parser.add_argument("--max-delay", type=float, default=1.5, help="kill within this many seconds of the start")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--pause", type=float, default=0.02,
                        help="seconds each transaction sleeps twice in its middle, so kills land inside "
                             "(0: the plain timing, where a document's writes are a small part of a run)")
    parser.add_argument("--keep", action="store_true", help="keep the work folder (printed) for inspection")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="twinlens-stress-"))
    db_path = work / "store.db"
    trace = work / "trace"
    rng = random.Random(args.seed)
    env = subprocess_env(TWINLENS_TRACE=str(trace), TWINLENS_TRACE_PAUSE=str(args.pause))

    if args.mode == "load":
        corpus = work / "corpus"
        v0 = write_corpus(corpus, args.docs, version=0)
        expected_v0 = corpus_records(v0)
        write_corpus(corpus, args.docs, version=1)
        expected_v1 = corpus_records(v0)
        expected = {s: (expected_v0[s], expected_v1[s]) for s in expected_v0}
        final_expected = None  # the files as the last edits left them, read at the end
        cmd = traced_load_command(corpus, db_path)

        def between(run: int) -> None:
            for i in rng.sample(range(args.docs), k=max(1, args.docs // 2)):
                (corpus / f"article{i:03d}.txt").write_text(article(i, rng.choice((0, 1))), encoding="utf-8")
    else:
        rounds = 4
        expected = expected_records(args.docs, rounds)
        final_expected = {s: v[-1] for s, v in expected.items()}
        cmd = writer_command(db_path, args.docs, rounds)

        def between(run: int) -> None:
            pass

    print(f"work folder: {work}", flush=True)
    survived = inside = finished = 0
    failures = []
    started = time.monotonic()
    for run in range(1, args.runs + 1):
        between(run)
        trace.write_bytes(b"")
        delay = rng.uniform(0, args.max_delay)
        code = kill_after(cmd, delay, env)
        marks = trace.read_bytes()
        inside += marks.endswith(b"B")
        finished += code is not None
        documents, problems = inspect(db_path, expected)
        if problems:
            failures.append((run, delay, problems))
            print(f"run {run}: killed after {delay:.2f} s: {problems}", flush=True)
        else:
            survived += 1
        if run % 25 == 0:
            print(f"  {run} runs, {survived} intact, {inside} killed inside a transaction, "
                  f"{documents} documents, {time.monotonic() - started:.0f} s", flush=True)

    # Without a kill, the same load completes the store.
    done = subprocess.run(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if final_expected is None:
        final_expected = corpus_records(sorted(corpus.glob("*.txt")))
    documents, problems = inspect(db_path, final_expected)
    complete = done.returncode == 0 and documents == args.docs and not problems

    print(f"{args.runs} kill runs ({args.mode}), {survived} survived with integrity intact and every "
          f"document whole or absent; {inside} kills landed inside a document's transaction, "
          f"{finished} runs finished before their kill.")
    print(f"final load without a kill: exit {done.returncode}, {documents}/{args.docs} documents, "
          f"{'complete' if complete else f'INCOMPLETE {problems}'}")
    if not args.keep:
        for path in sorted(work.rglob("*"), reverse=True):
            path.rmdir() if path.is_dir() else path.unlink()
        work.rmdir()
    return 0 if not failures and complete else 1


if __name__ == "__main__":
    sys.exit(main())
