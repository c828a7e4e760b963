"""How fast the browser opens, and how fast the finder answers.

    .venv/bin/python bench/bench_browse.py [--runs 5] [--store PATH] [--demo PATH]

1. Time from starting ``twinlens browse`` to the first screen with data: a fresh
   Python process imports the app and runs it headless (``run_test``) until the
   localities list has rows; the clock starts before the process is spawned, so
   interpreter start-up and imports count. Median of ``--runs`` runs, on the demo
   store and on a synthetic store of 10,000 documents.
2. Finder latency per keystroke over 10,000 localities: each prefix of a set of
   queries, typed one key at a time; (a) the ranking alone, (b) in the running app,
   from the key press to the list showing that query's matches. Median and p95.

The synthetic store is written through store.writer.add_document (records made
here, not by the loaders) and kept in the cache for the next run.
"""
from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

GENERATOR = "bench-browse-1"
N_DOCS, N_VN, N_FOREIGN = 10_000, 500, 9_500
SYLLABLES = ["da", "nang", "ha", "noi", "ho", "chi", "minh", "quang", "ngai", "binh", "dinh", "phu", "yen",
             "lao", "cai", "can", "tho", "hue", "vinh", "long", "an", "giang", "kien", "bac", "ninh", "thai",
             "sa", "kai", "ki", "ra", "zu", "yo", "ko", "ma", "bu", "san", "toku", "shima", "naga", "oka", "ya",
             "gu", "ba", "ta", "mi", "no", "lyon", "ber", "gen", "mar", "seil", "rou", "en", "to", "ri", "ve"]
ACCENTS = str.maketrans("aeiouy", "ằếịồưỳ")
QUERIES = ["da nang", "kisarazu", "ho chi minh", "hcm", "quang ngai", "yokohama", "toku", "đà nẵng"]


# ---------------------------------------------------------------- the synthetic store

def _names(rng: random.Random, n: int, taken: set[str]) -> list[str]:
    out = []
    while len(out) < n:
        words = ["".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 2))).capitalize()
                 for _ in range(rng.choice((1, 1, 2, 2, 3)))]
        name = " ".join(words)
        if name not in taken:
            taken.add(name)
            out.append(name)
    return out


def build_store(path: Path) -> None:
    from loaders.records import Agreement, DocumentRecord, Figure, Mention, Place, Region, Span
    from store.db import open_db
    from store.writer import add_document

    rng = random.Random(5)
    taken = {"Da Nang", "Ho Chi Minh City", "Kisarazu", "Yokohama", "Quang Ngai"}
    vn = [Place("vn:da-nang", "Da Nang", "VN", "city", aliases=("Đà Nẵng", "Danang")),
          Place("vn:ho-chi-minh", "Ho Chi Minh City", "VN", "city", aliases=("TP. Hồ Chí Minh", "Saigon")),
          Place("vn:quang-ngai", "Quang Ngai", "VN", "province", aliases=("Quảng Ngãi",))]
    vn += [Place(f"vn:{i}", n, "VN", "province", aliases=(n.translate(ACCENTS),))
           for i, n in enumerate(_names(rng, N_VN - len(vn), taken))]
    foreign = [Place("gn:kisarazu", "Kisarazu", "JP", "city"), Place("gn:yokohama", "Yokohama", "JP", "city")]
    foreign += [Place(f"gn:{i}", n, rng.choice(["JP", "KR", "FR", "DE", "US", "CN"]), "city")
                for i, n in enumerate(_names(rng, N_FOREIGN - len(foreign), taken))]
    filler = ("The delegation discussed cooperation in education, tourism and culture. " * 6).strip()
    db = open_db(path)
    try:
        for i in range(N_DOCS):
            home = vn[i % 3] if i % 4 == 0 else rng.choice(vn)
            partners = [foreign[(2 * i) % N_FOREIGN], foreign[(2 * i + 1) % N_FOREIGN]]
            s1 = f"{home.name} signed a memorandum with {partners[0].name} and {partners[1].name}."
            s2 = f"{partners[0].name} investors put {rng.randint(2, 900)} million USD into {home.name}."
            title = f"{home.name} and {partners[0].name}"
            text = f"{title}\n\n{filler} {s1} {filler} {s2}\n\nRelated news\nOther headline\n"
            body_end = text.index("\n\nRelated news")

            def span(needle: str) -> Span:
                at = text.index(needle)
                return Span(at, at + len(needle))

            mentions = []
            for p in (home, *partners):
                at = text.index(p.name, len(title))
                mentions.append(Mention(at, at + len(p.name), p.key))
            number = text[text.index("put ") + 4:text.index(" USD", text.index("put ")) + 4]
            doc = DocumentRecord(
                source=f"/bench/{i:05d}.txt", sha256=hashlib.sha256(text.encode()).hexdigest(), text=text,
                title=title, lang="en", published=f"{2010 + i % 15}-{1 + i % 12:02d}",
                regions=[Region(0, len(title), "header", "title"), Region(len(title), body_end, "body"),
                         Region(body_end, len(text), "boilerplate", "related")],
                places={p.key: p for p in (home, *partners)}, mentions=sorted(mentions, key=lambda m: m.start),
                agreements=[Agreement((home.key, p.key), "mou", "signed", span(s1), date=f"{2010 + i % 15}")
                            for p in partners],
                figures=[Figure("investment", float(number.split()[0]) * 1e6, "USD", span(s2), span(number),
                                home.key, partners[0].country)])
            add_document(db, doc, GENERATOR)
    finally:
        db.close()


def synthetic_store(path: Path | None) -> Path:
    path = path or Path(tempfile.gettempdir()) / f"twinlens-bench-{GENERATOR}.db"
    stamp = path.with_name(path.name + ".done")
    if not stamp.exists():
        for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            leftover.unlink(missing_ok=True)
        print(f"building {N_DOCS:,} synthetic documents in {path} (once)...", file=sys.stderr, flush=True)
        t = time.perf_counter()
        build_store(path)
        stamp.write_text("ok\n")
        print(f"  built in {time.perf_counter() - t:.0f} s", file=sys.stderr)
    return path


def demo_store(explicit: Path | None) -> tuple[Path, str]:
    if explicit:
        return explicit, "demo store"
    cache = Path(tempfile.gettempdir()) / "twinlens-bench-demo-cache"
    env = {**os.environ, "TWINLENS_CACHE": str(cache)}
    try:
        out = subprocess.run([sys.executable, "-m", "twinlens", "demo", "--build-only"], cwd=ROOT, env=env,
                             capture_output=True, text=True, timeout=600)
        built = Path(out.stdout.strip().splitlines()[-1]) if out.returncode == 0 and out.stdout.strip() else None
    except (subprocess.TimeoutExpired, OSError):
        built = None
    if built and built.exists():
        return built, "demo store (samples/)"
    # The loaders could not build the demo: a store of the same size from hand-made records.
    path = Path(tempfile.gettempdir()) / "twinlens-bench-demo-sized.db"
    if not path.exists():
        from tests.tui_fixtures import build_store as build_small
        build_small(path)
    return path, "demo-sized store (tests/tui_fixtures, the demo could not be built)"


# ---------------------------------------------------------------- start-up

_CHILD = r"""
import asyncio, sys, time
from pathlib import Path
from tui.app import TwinlensApp

async def main():
    app = TwinlensApp(db_path=Path(sys.argv[1]))
    async with app.run_test(size=(80, 24)) as pilot:
        while True:
            screen = app.screen
            if getattr(screen, "loaded", False):
                table = screen.query_one("#localities")
                if table.rows or not app.overview.localities:
                    break
            await asyncio.sleep(0.002)
        print(time.time())

asyncio.run(main())
"""


def time_startup(store: Path, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.time()
        out = subprocess.run([sys.executable, "-c", _CHILD, str(store)], cwd=ROOT, capture_output=True, text=True,
                             check=True)
        times.append(float(out.stdout.strip().splitlines()[-1]) - start)
    return times


# ---------------------------------------------------------------- finder

def keystrokes() -> list[str]:
    return [q[:n] for q in QUERIES for n in range(1, len(q) + 1)]


def time_ranking(store: Path) -> list[float]:
    from store.db import open_db
    from tui.screens.main import build_index, read_overview

    db = open_db(store, readonly=True)
    index, _ = build_index(read_overview(db))
    db.close()
    times = []
    for _ in range(3):
        for query in keystrokes():
            t = time.perf_counter()
            index.rank(query)
            times.append(time.perf_counter() - t)
    return times


async def time_typing(store: Path) -> list[float]:
    """Key events posted as the terminal driver posts them (Pilot's own waits would
    dominate), timed until the list shows that query's matches; Textual paints it
    at its next frame (at most 1/60 s later)."""
    from textual import events

    from tui.app import TwinlensApp

    app = TwinlensApp(db_path=store)
    times = []
    async with app.run_test(size=(80, 24)):
        while not getattr(app.screen, "loaded", False):
            await asyncio.sleep(0.01)
        finder = app.screen.query_one("#finder")
        for query in QUERIES:
            finder.value = ""
            finder.focus()
            while app.screen.shown_query != "" or app.focused is not finder:
                await asyncio.sleep(0.005)
            for n, ch in enumerate(query, 1):
                t = time.perf_counter()
                app.post_message(events.Key("space" if ch == " " else ch, ch))
                while app.screen.shown_query != query[:n]:
                    await asyncio.sleep(0)
                times.append(time.perf_counter() - t)
                await asyncio.sleep(0.03)  # a fast typist: about 30 keys a second
    return times


def summary(times: list[float]) -> str:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return f"median {statistics.median(ordered) * 1000:7.1f} ms   p95 {p95 * 1000:7.1f} ms   (n={len(ordered)})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--store", type=Path, help="the 10,000-document store (built here when absent)")
    parser.add_argument("--demo", type=Path, help="a demo store to time (default: build it from samples/)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON too")
    args = parser.parse_args()

    big = synthetic_store(args.store)
    demo, demo_label = demo_store(args.demo)
    from store import queries
    from store.db import open_db

    results = {}
    for label, store in ((demo_label, demo), ("10,000-document store", big)):
        db = open_db(store, readonly=True)
        size = queries.store_summary(db)
        db.close()
        times = time_startup(store, args.runs)
        results[label] = times
        print(f"start to first data, {label} ({size['documents']:,} docs, {size['localities']:,} places):")
        print(f"   median {statistics.median(times) * 1000:7.0f} ms   runs: "
              + " ".join(f"{t * 1000:.0f}" for t in times))
    rank = time_ranking(big)
    typing = asyncio.run(time_typing(big))
    print("finder, per keystroke over the 10,000-document store's localities:")
    print(f"   ranking only      {summary(rank)}")
    print(f"   key to list, app  {summary(typing)}  (until the list holds the matches)")
    if args.json:
        print(json.dumps({"startup": results, "rank": rank, "typing": typing}))


if __name__ == "__main__":
    main()
