"""The twinlens command line: wires loaders, store and tui; holds no logic of its own
beyond walking folders and reporting. The browser is imported only by the commands
that open it, so ``--help``, ``load`` and ``export`` start fast."""
from __future__ import annotations

import argparse
import os
import signal
import sys
from pathlib import Path

from twinlens import __version__, paths

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def printable(value: object) -> str:
    """File names and document text can hold control characters; show them, never obey them."""
    text = str(value)
    return "".join(ch if ch.isprintable() or ch == " " else f"\\x{ord(ch):02x}" if ord(ch) < 256
                   else f"\\u{ord(ch):04x}" for ch in text)


def _err(message: str) -> None:
    sys.stderr.write(message + "\n")
    sys.stderr.flush()


def _db_path(args) -> Path:
    return Path(args.db).expanduser() if args.db else paths.default_db()


# ---------------------------------------------------------------- load

def _collect(targets: list[str]) -> tuple[list[Path], list[tuple[str, str]]]:
    """Files to load, and (path, reason) for targets that cannot even be listed."""
    from loaders.reader import SUPPORTED

    files: list[Path] = []
    problems: list[tuple[str, str]] = []
    seen: set[str] = set()
    for target in targets:
        p = Path(target)
        if p.is_symlink() and not p.exists():
            problems.append((target, "broken or looping symbolic link"))
            continue
        if not p.exists():
            problems.append((target, "no such file or directory"))
            continue
        if p.is_dir():
            visited: set[tuple[int, int]] = set()
            for root, dirs, names in os.walk(p, followlinks=True, onerror=lambda e: problems.append(
                    (e.filename or target, e.strerror or str(e)))):
                st = os.stat(root)
                if (st.st_dev, st.st_ino) in visited:
                    problems.append((root, "symbolic link loop; not followed again"))
                    dirs[:] = []
                    continue
                visited.add((st.st_dev, st.st_ino))
                dirs.sort()
                for name in sorted(names):
                    child = Path(root) / name
                    if child.suffix.lower() in SUPPORTED:
                        if child.is_symlink() and not child.exists():
                            problems.append((str(child), "broken or looping symbolic link"))
                        else:
                            files.append(child)
        else:
            files.append(p)
    unique = []
    for f in files:
        key = os.path.abspath(f)
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique, problems


class _Stop:
    """Ctrl-C asks the load to stop after the document in hand, not in the middle of it."""

    def __init__(self) -> None:
        self.requested = False
        self._previous = None

    def __enter__(self):
        def handler(signum, frame):
            if self.requested:
                raise KeyboardInterrupt
            self.requested = True
        self._previous = signal.signal(signal.SIGINT, handler)
        return self

    def __exit__(self, *exc) -> None:
        signal.signal(signal.SIGINT, self._previous)


def cmd_load(args) -> int:
    from loaders.pipeline import extract, extractor_version
    from loaders.reader import LoadError, read_source
    from store.db import StoreError, open_db
    from store.writer import UNCHANGED, add_document, status_of

    files, problems = _collect(args.paths)
    try:
        db = open_db(_db_path(args), busy_seconds=args.wait)
    except StoreError as exc:
        _err(f"twinlens: {printable(exc)}")
        return EXIT_FAILED
    version = extractor_version()
    tally = {"new": 0, "unchanged": 0, "replaced": 0, "failed": 0}
    report = _Reporter(len(files), quiet=args.quiet)

    def fail(path, reason) -> bool:
        tally["failed"] += 1
        report.line(f"failed     {printable(path)}: {printable(reason)}")
        return args.strict

    stopped = interrupted = False
    for path, reason in problems:
        if fail(path, reason):
            stopped = True
            break
    with _Stop() as stop, report:
        for path in ([] if stopped else files):
            if stop.requested:
                interrupted = True
                break
            source = os.path.abspath(path)
            try:
                src = read_source(path, args.max_bytes)
                outcome = status_of(db, source, src.sha256, version)
                if outcome != UNCHANGED:
                    record = extract(src.text, source, sha256=src.sha256, encoding=src.encoding)
                    outcome = add_document(db, record, version)
                    if src.encoding != "utf-8":
                        report.line(f"note       {printable(path)}: not UTF-8, read as {src.encoding}")
            except LoadError as exc:
                if fail(path, exc.reason):
                    break
                continue
            except StoreError as exc:
                fail(path, str(exc))
                break
            except KeyboardInterrupt:
                interrupted = True
                break
            except Exception as exc:  # a bug in extraction must not stop the other files
                if fail(path, f"extraction failed ({type(exc).__name__}: {exc})"):
                    break
                continue
            tally[outcome] += 1
            report.advance(f"{outcome:<10} {printable(path)}")
        if stop.requested:
            interrupted = True
    db.close()
    summary = (f"{tally['new']} new, {tally['unchanged']} unchanged, {tally['replaced']} replaced, "
               f"{tally['failed']} failed")
    _err(("interrupted: " if interrupted else "") + summary + f"  (store: {printable(_db_path(args))})")
    if interrupted:
        return EXIT_INTERRUPTED
    return EXIT_FAILED if tally["failed"] else EXIT_OK


class _Reporter:
    """A Rich progress bar on a terminal, one plain line per file otherwise."""

    def __init__(self, total: int, quiet: bool) -> None:
        self.total, self.quiet = total, quiet
        self.tty = sys.stderr.isatty() and not quiet
        self.progress = None

    def __enter__(self):
        if self.tty:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
            self.progress = Progress(TextColumn("loading"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                                     console=Console(stderr=True, markup=False, highlight=False),
                                     transient=True)
            self.progress.start()
            self.task = self.progress.add_task("load", total=self.total)
        return self

    def __exit__(self, *exc) -> None:
        if self.progress:
            self.progress.stop()

    def line(self, message: str) -> None:
        if self.progress:
            self.progress.console.print(message, markup=False, highlight=False)
        else:
            _err(message)

    def advance(self, message: str) -> None:
        if self.progress:
            self.progress.advance(self.task)
        elif not self.quiet:
            _err(message)


# ---------------------------------------------------------------- export

def cmd_export(args) -> int:
    from store.db import StoreError, open_db
    from store.export import write_csv, write_json

    try:
        db = open_db(_db_path(args), readonly=True)
    except StoreError as exc:
        _err(f"twinlens: {printable(exc)}")
        return EXIT_FAILED
    if args.format == "json":
        if args.output:
            with open(args.output, "w", encoding="utf-8") as fh:
                write_json(db, fh)
        else:
            write_json(db, sys.stdout)
    else:
        folder = Path(args.output or "twinlens-csv")
        for path in write_csv(db, folder):
            _err(f"wrote {printable(path)}")
    return EXIT_OK


# ---------------------------------------------------------------- browse and demo

def _browse(db_path: Path, mouse: bool) -> int:
    from store.db import StoreError, open_db

    try:
        open_db(db_path, readonly=True).close()
    except StoreError as exc:
        _err(f"twinlens: {printable(exc)}")
        _err("try `twinlens demo` for the bundled demo corpus")
        return EXIT_FAILED
    from tui.app import TwinlensApp

    TwinlensApp(db_path=db_path).run(mouse=mouse)
    return EXIT_OK


def cmd_browse(args) -> int:
    return _browse(_db_path(args), mouse=not args.no_mouse)


def demo_fingerprint(samples: Path) -> str:
    import hashlib

    from loaders.pipeline import extractor_version

    digest = hashlib.sha256(extractor_version().encode())
    for f in sorted(samples.rglob("*")):
        if f.suffix.lower() in (".txt", ".md"):
            digest.update(f.relative_to(samples).as_posix().encode())
            digest.update(f.read_bytes())
    return digest.hexdigest()[:16]


def build_demo(samples: Path, target: Path) -> bool:
    """(Re)build the demo store when the corpus or the extraction changed; True if built."""
    stamp = target.with_name(target.name + ".stamp")
    fingerprint = demo_fingerprint(samples)
    if target.exists() and stamp.exists() and stamp.read_text().strip() == fingerprint:
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    # Built aside and renamed, so a browser never sees a half-built demo.
    tmp = target.with_name(target.name + ".building")
    for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        leftover.unlink(missing_ok=True)
    ns = argparse.Namespace(paths=[str(samples)], db=str(tmp), strict=False, quiet=True,
                            max_bytes=_MAX_BYTES, wait=10.0)
    code = cmd_load(ns)
    if code not in (EXIT_OK, EXIT_FAILED):
        raise SystemExit(code)
    for old in (Path(f"{target}-wal"), Path(f"{target}-shm")):
        old.unlink(missing_ok=True)
    os.replace(tmp, target)
    stamp.write_text(fingerprint + "\n")
    return True


def cmd_demo(args) -> int:
    samples = paths.samples_dir()
    if not samples.is_dir():
        _err(f"twinlens: the demo corpus is not at {printable(samples)} (set TWINLENS_SAMPLES)")
        return EXIT_FAILED
    target = paths.demo_db()
    if build_demo(samples, target):
        _err(f"built the demo store at {printable(target)}")
    if args.build_only:
        print(target)
        return EXIT_OK
    return _browse(target, mouse=not args.no_mouse)


def cmd_locate(args) -> int:
    print(f"store     {_db_path(args)}")
    print(f"cache     {paths.cache_dir()}")
    print(f"demo      {paths.demo_db()}")
    print(f"samples   {paths.samples_dir()}")
    return EXIT_OK


# ---------------------------------------------------------------- parser

_MAX_BYTES = 8 * 1024 * 1024


def build_parser() -> argparse.ArgumentParser:
    db_help = "the store file (default: $TWINLENS_DB or the user data directory)"
    parser = argparse.ArgumentParser(
        prog="twinlens",
        description="Browse the international ties of Vietnam's localities, extracted from news articles.",
        epilog="With no command, opens the browser on the default store.")
    parser.add_argument("--version", action="version", version=f"twinlens {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("load", help="load .txt and .md articles (files or folders, recursively) into the store",
                       description="Load articles into the store. Unchanged files are skipped; changed files "
                                   "replace their old records. Exit status: 0 all loaded, 1 some failed, "
                                   "2 usage error, 130 interrupted.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders to load")
    p.add_argument("--db", help=db_help)
    p.add_argument("--strict", action="store_true", help="stop at the first file that fails")
    p.add_argument("--quiet", "-q", action="store_true", help="print only failures and the summary")
    p.add_argument("--max-bytes", type=int, default=_MAX_BYTES, metavar="N",
                   help=f"refuse files larger than N bytes (default {_MAX_BYTES})")
    p.add_argument("--wait", type=float, default=10.0, metavar="SECONDS",
                   help="how long to wait for another process that holds the store (default 10)")
    p.set_defaults(func=cmd_load)

    p = sub.add_parser("browse", help="open the browser on the store",
                       description="Open the terminal browser on the store.")
    p.add_argument("--db", help=db_help)
    p.add_argument("--no-mouse", action="store_true", help="do not capture the mouse")
    p.set_defaults(func=cmd_browse)

    p = sub.add_parser("export", help="print the store as JSON (export contract) or write CSV files",
                       description="Export everything in the store: JSON on standard output (or --output), "
                                   "or CSV, one file per table, in a folder.")
    p.add_argument("--format", choices=("json", "csv"), default="json")
    p.add_argument("--db", help=db_help)
    p.add_argument("--output", "-o", metavar="PATH", help="a file for JSON, a folder for CSV")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("demo", help="open the browser on the bundled demo corpus",
                       description="Build the demo store from samples/ (on first use, and again when the "
                                   "corpus or the extraction changes) and open the browser on it.")
    p.add_argument("--no-mouse", action="store_true", help="do not capture the mouse")
    p.add_argument("--build-only", action="store_true", help="build the demo store, print its path, do not browse")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("locate", help="print where twinlens keeps its files",
                       description="Print the store, cache, demo store and samples paths.")
    p.add_argument("--db", help=db_help)
    p.set_defaults(func=cmd_locate)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    commands = {"load", "browse", "export", "demo", "locate"}
    if not any(a in commands or a in ("-h", "--help", "--version") for a in argv[:1]):
        # Bare `twinlens [--db FILE]` opens the browser.
        argv = ["browse", *argv]
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        _err("interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # `twinlens export | head` closes the pipe early: not an error worth a traceback.
        sys.stderr.close()
        return EXIT_OK
