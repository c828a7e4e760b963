"""The twinlens command line: wires loaders, store and tui; holds no logic of its own
beyond walking folders and reporting. The browser is imported only by the commands
that open it, so ``--help``, ``load`` and ``export`` start fast."""
from __future__ import annotations

import argparse
import contextlib
import os
import signal
import stat
import sys
from pathlib import Path

from twinlens import __version__, paths

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def printable(value: object) -> str:
    """File names and document text can hold control characters; show them, never obey them.
    A byte of a file name that is not UTF-8 (a surrogate escape) is shown as the byte."""
    text = str(value)
    return "".join(ch if ch.isprintable() or ch == " " else f"\\x{ord(ch):02x}" if ord(ch) < 256
                   else f"\\x{ord(ch) - 0xDC00:02x}" if 0xDC80 <= ord(ch) <= 0xDCFF
                   else f"\\u{ord(ch):04x}" if ord(ch) <= 0xFFFF else f"\\U{ord(ch):08x}" for ch in text)


def _err(message: str) -> None:
    sys.stderr.write(message + "\n")
    sys.stderr.flush()


def _db_path(args) -> Path:
    return Path(args.db).expanduser() if args.db else paths.default_db()


# ---------------------------------------------------------------- load

def _collect(targets: list[str]) -> tuple[list[Path], list[tuple[str, str]], list[tuple[str, str]]]:
    """Files to load, (path, reason) for targets that fail before reading, and (path,
    reason) for files inside folders that are not articles (skipped, not failures).

    Folders are walked following symbolic links; a link that leads back to a folder
    it sits in is reported once and not followed, and a folder or file reached by two
    paths is listed once. Hidden files and folders (.git, .DS_Store) are left alone."""
    from loaders.reader import SUPPORTED, path_problem

    files: list[Path] = []
    problems: list[tuple[str, str]] = []
    skipped: list[tuple[str, str]] = []
    seen_files: set[tuple[int, int]] = set()
    seen_dirs: set[tuple[int, int]] = set()

    def add_file(path: Path) -> None:
        try:
            st = os.stat(path)
        except OSError:
            files.append(path)  # read_source says why, in the order the user expects
            return
        if (st.st_dev, st.st_ino) not in seen_files:
            seen_files.add((st.st_dev, st.st_ino))
            files.append(path)

    def walk(top: Path) -> None:
        stack: list[tuple[Path, tuple[tuple[int, int], ...]]] = [(top, ())]
        while stack:
            folder, ancestors = stack.pop()
            try:
                st = os.stat(folder)
            except OSError as exc:
                problems.append((str(folder), path_problem(folder, exc)))
                continue
            key = (st.st_dev, st.st_ino)
            if key in ancestors:
                problems.append((str(folder), "symbolic link loop (leads back to a folder it is in); not followed"))
                continue
            if key in seen_dirs:
                continue
            seen_dirs.add(key)
            try:
                with os.scandir(folder) as it:
                    entries = sorted(it, key=lambda e: e.name)
            except OSError as exc:
                problems.append((str(folder), "permission denied" if isinstance(exc, PermissionError)
                                 else exc.strerror or str(exc)))
                continue
            subfolders = []
            for entry in entries:
                if entry.name.startswith("."):
                    continue
                path = Path(entry.path)
                try:
                    is_dir = entry.is_dir()
                except OSError:
                    is_dir = False
                if is_dir:
                    subfolders.append(path)
                elif path.suffix.lower() in SUPPORTED:
                    add_file(path)
                else:
                    skipped.append((entry.path, f"not an article ({path.suffix or 'no extension'})"))
            stack.extend((sub, ancestors + (key,)) for sub in reversed(subfolders))

    for target in targets:
        p = Path(target)
        try:
            is_dir = stat.S_ISDIR(os.stat(p).st_mode)
        except OSError as exc:
            problems.append((target, path_problem(p, exc)))
            continue
        if is_dir:
            walk(p)
        else:
            add_file(p)
    skipped = [(path, reason) for path, reason in skipped if not _same_file_in(path, seen_files)]
    return files, problems, skipped


def _same_file_in(path: str, keys: set[tuple[int, int]]) -> bool:
    # A file named on the command line and also met in a folder is reported once.
    try:
        st = os.stat(path)
    except OSError:
        return False
    return (st.st_dev, st.st_ino) in keys


class _Stop:
    """The first Ctrl-C asks the load to stop after the document in hand; the second
    aborts at once (the document in hand is rolled back, the ones before are kept)."""

    def __init__(self) -> None:
        self.requested = False
        self._previous = None

    def __enter__(self):
        def handler(signum, frame):
            if self.requested:
                raise KeyboardInterrupt
            self.requested = True
            # os.write, not print: a handler may run in the middle of another write to stderr.
            with contextlib.suppress(OSError):
                os.write(2, b"\nstopping after the current file (Ctrl-C again to stop at once)\n")
        self._previous = signal.signal(signal.SIGINT, handler)
        return self

    def __exit__(self, *exc) -> None:
        signal.signal(signal.SIGINT, self._previous)


class _TooSlow(BaseException):
    # BaseException, so that no broad `except Exception` in extraction code swallows it.
    pass


class _TimeLimit:
    """At most ``seconds`` of extraction per document (SIGALRM; off where there is none)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.usable = seconds > 0 and hasattr(signal, "setitimer")

    def __enter__(self):
        if self.usable:
            def handler(signum, frame):
                raise _TooSlow
            self._previous = signal.signal(signal.SIGALRM, handler)
            signal.setitimer(signal.ITIMER_REAL, self.seconds)
        return self

    def __exit__(self, *exc) -> None:
        if self.usable:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self._previous)


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be above 0: {text!r}")
    return value


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not value >= 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"must be 0 or more seconds: {text!r}")
    return value


def cmd_load(args) -> int:
    import sqlite3

    from loaders.reader import ENCODING_NAMES, LoadError, read_source
    from store.db import StoreError, open_db
    from store.writer import UNCHANGED, RecordError, add_document, status_of

    files, problems, skipped = _collect(args.paths)
    db_path = _db_path(args)
    try:
        db = open_db(db_path, busy_seconds=args.wait)
    except StoreError as exc:
        _err(f"twinlens: {printable(exc)}")
        return EXIT_FAILED
    time_limit = getattr(args, "timeout", DEFAULT_TIMEOUT)
    tally = {"new": 0, "unchanged": 0, "replaced": 0, "failed": 0}
    report = _Reporter(len(files), quiet=args.quiet)
    # Why the load ended early, if it did: None, "strict", "store" or "interrupted".
    ended: str | None = None
    done = 0
    warmed: list[bool] = []

    def fail(path, reason) -> None:
        nonlocal ended
        tally["failed"] += 1
        report.line(f"failed     {printable(path)}: {printable(reason)}")
        if args.strict:
            ended = "strict"

    def load_one(path: Path) -> str:
        # A name that is not UTF-8 (an old archive) is kept with its odd bytes written
        # as \xNN: SQLite cannot store the surrogates Python decodes them to.
        source = os.fsencode(os.path.abspath(path)).decode("utf-8", "backslashreplace")
        src = read_source(path, args.max_bytes)
        # Imported only now: a run whose files all fail to read never pays for the gazetteer.
        from loaders.pipeline import extract, extractor_version
        version = extractor_version()
        if not warmed:
            # Loading (or building) the gazetteer is not the first document's time to spend.
            extract("Da Nang", "<warm-up>")
            warmed.append(True)
        try:
            if status_of(db, source, src.sha256, version) == UNCHANGED:
                return UNCHANGED
        except sqlite3.Error as exc:
            raise StoreError(f"cannot read the store: {exc}") from None
        try:
            with _TimeLimit(time_limit):
                record = extract(src.text, source, sha256=src.sha256, encoding=src.encoding)
        except _TooSlow:
            raise LoadError(path, f"extraction took longer than {time_limit:g} s (see --timeout)") from None
        outcome = add_document(db, record, version)
        if src.encoding != "utf-8":
            report.line(f"note       {printable(path)}: not UTF-8; read as {ENCODING_NAMES[src.encoding]}")
        return outcome

    with _Stop() as stop, report:
        for path, reason in problems:
            fail(path, reason)
            if ended:
                break
        for path, reason in skipped:
            report.advance(f"skipped    {printable(path)}: {printable(reason)}", step=False)
        for path in files:
            if ended:
                break
            if stop.requested:
                ended = "interrupted"
                break
            try:
                outcome = load_one(path)
            except LoadError as exc:
                fail(path, exc.reason)
            except RecordError as exc:
                fail(path, f"extraction produced an inconsistent record ({exc})")
            except StoreError as exc:
                report.line(f"twinlens: {printable(exc)}")
                ended = "store"
                break
            except KeyboardInterrupt:
                ended = "interrupted"
                break
            except Exception as exc:  # a bug in extraction must not stop the other files
                fail(path, f"extraction failed ({type(exc).__name__}: {exc})")
            else:
                tally[outcome] += 1
                report.advance(f"{outcome:<10} {printable(path)}")
            done += 1
        if stop.requested:
            ended = "interrupted"
    try:
        db.close()
    except sqlite3.Error:
        pass
    summary = (f"{tally['new']} new, {tally['unchanged']} unchanged, {tally['replaced']} replaced, "
               f"{tally['failed']} failed")
    if skipped:
        summary += f", {len(skipped)} skipped (not .txt or .md)"
    left = len(files) - done
    prefix = {None: "", "strict": "stopped at the first failure (--strict): ", "store": "stopped: ",
              "interrupted": "interrupted: "}[ended]
    if ended and left:
        summary += f"; {left} not loaded"
    _err(prefix + summary + f"  (store: {printable(db_path)})")
    if ended == "interrupted":
        return EXIT_INTERRUPTED
    return EXIT_FAILED if tally["failed"] or ended == "store" else EXIT_OK


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

    def advance(self, message: str, step: bool = True) -> None:
        if self.progress:
            if step:
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
                            max_bytes=_MAX_BYTES, wait=10.0, timeout=DEFAULT_TIMEOUT)
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
DEFAULT_TIMEOUT = 60.0


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
                                   "replace their old records. Each document is stored whole or not at all. "
                                   "In folders, files other than .txt and .md are listed as skipped. "
                                   "Ctrl-C stops after the current file (twice: at once). "
                                   "Exit status: 0 all loaded, 1 some failed, 2 usage error, 130 interrupted.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders to load")
    p.add_argument("--db", help=db_help)
    p.add_argument("--strict", action="store_true", help="stop at the first file that fails")
    p.add_argument("--quiet", "-q", action="store_true", help="print only failures and the summary")
    p.add_argument("--max-bytes", type=_positive_int, default=_MAX_BYTES, metavar="N",
                   help=f"refuse files larger than N bytes (default {_MAX_BYTES})")
    p.add_argument("--wait", type=_seconds, default=10.0, metavar="SECONDS",
                   help="how long to wait for another process that is writing to the store (default 10)")
    p.add_argument("--timeout", type=_seconds, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                   help=f"give up on a document whose extraction takes longer (default {DEFAULT_TIMEOUT:g}; 0: no limit)")
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
