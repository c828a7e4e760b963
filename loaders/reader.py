"""Bytes on disk to text, or a clear refusal naming the file and the reason."""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

SUPPORTED = (".txt", ".md")
DEFAULT_MAX_BYTES = 8 * 1024 * 1024

# Bytes 0x80-0x9F that Windows-1252 leaves undefined: a file holding them is not cp1252.
_CP1252_HOLES = {0x81, 0x8D, 0x8F, 0x90, 0x9D}


class LoadError(Exception):
    """A file that cannot be loaded; ``reason`` is said to the user as is."""

    def __init__(self, path: str | os.PathLike, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class SourceText:
    path: str
    text: str
    sha256: str
    encoding: str


def decode(data: bytes, path: str = "<bytes>") -> tuple[str, str]:
    """Return (text, encoding name) or raise LoadError."""
    if not data.strip():
        raise LoadError(path, "empty file" if not data else "only whitespace")
    if b"\x00" in data:
        raise LoadError(path, "not a text file (contains NUL bytes)")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    # A legacy single-byte file is accepted only when its high bytes read as letters
    # of a Latin script: otherwise guessing would silently corrupt the text.
    high = [b for b in data if b >= 0x80]
    if high and not any(b in _CP1252_HOLES for b in high):
        text = data.decode("cp1252")
        letters = sum(1 for ch in text if ord(ch) >= 0x80 and ch.isalpha())
        if letters >= 0.6 * len(high):
            return text, "cp1252"
    raise LoadError(path, f"not UTF-8 (invalid byte at offset {utf8_error.start}) "
                          "and not clearly Windows-1252 either")


def read_source(path: str | os.PathLike, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceText:
    p = Path(path)
    if p.suffix.lower() not in SUPPORTED:
        raise LoadError(p, f"unsupported file type {p.suffix or '(none)'!r}; expected .txt or .md")
    try:
        size = p.stat().st_size
    except FileNotFoundError:
        raise LoadError(p, "no such file") from None
    except OSError as exc:
        raise LoadError(p, exc.strerror or str(exc)) from None
    if size > max_bytes:
        raise LoadError(p, f"too large ({size} bytes; the limit is {max_bytes})")
    try:
        data = p.read_bytes()
    except PermissionError:
        raise LoadError(p, "permission denied") from None
    except IsADirectoryError:
        raise LoadError(p, "is a directory") from None
    except OSError as exc:
        raise LoadError(p, exc.strerror or str(exc)) from None
    text, encoding = decode(data, str(p))
    return SourceText(str(p), text, hashlib.sha256(data).hexdigest(), encoding)
