"""Bytes on disk to text, or a clear refusal naming the file and the reason.

Every refusal is a ``LoadError`` whose ``reason`` is one short phrase a user can act
on. A legacy encoding is used only when the bytes leave little doubt; a wrong guess
would store mojibake that looks like data, which is worse than a refusal.
"""
from __future__ import annotations

import errno
import hashlib
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

SUPPORTED = (".txt", ".md")
DEFAULT_MAX_BYTES = 8 * 1024 * 1024

# How an encoding is named to the user.
ENCODING_NAMES = {"utf-8": "UTF-8", "utf-16": "UTF-16", "utf-32": "UTF-32",
                  "cp1252": "Windows-1252", "latin-1": "Latin-1 (ISO 8859-1)"}

# Bytes 0x80-0x9F that Windows-1252 leaves undefined: a file holding them is not cp1252.
_CP1252_HOLES = frozenset(b"\x81\x8d\x8f\x90\x9d")
# Letters of the Western European languages that Windows-1252 exists for. Þ, ð, ý and
# the like are left out on purpose: they are rare in real text and are exactly what
# Cyrillic (cp1251) or Vietnamese (cp1258) bytes turn into when read as cp1252.
_LATIN_LETTERS = frozenset("àâäáãåæçèéêëìíîïñòóôöõøùúûüÿœšžßÀÂÄÁÃÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÖÕØÙÚÛÜŸŒŠŽ")
_LATIN_SIGNS = frozenset("\u00a0\u00ad’‘‚“”„«»‹›–—…•·°€£¥¢©®™§¶†‡‰×¿¡ªº½¼¾¹²³µ")
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
# Inside a word, a sign or an upper-case accented letter after a lower-case one is
# what a byte from another encoding looks like, not French or German; so is a grave
# i or o before another letter (Italian puts them on final vowels; Czech ě reads as ì).
_MISPLACED = re.compile(r"(?<=[^\W\d_])[\u00a2-\u00ac\u00ae-\u00b6\u00b8-\u00bf\u00d7\u2020-\u2030\u20ac\u2122\u201a-\u201e]"
                        r"(?=[^\W\d_])|(?<=[a-z\u00df-\u00ff])[\u00c0-\u00de\u0152\u0160\u017d\u0178]"
                        r"|[\u00cc\u00d2\u00ec\u00f2](?=[^\W\d_])")
_WORD = re.compile(r"[^\W\d_]+")
_ASCII_VOWELS = frozenset("aeiouyAEIOUY")
_BOMS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
         (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
# Control characters that do not belong in an article. Tab, newlines, form feed and
# ESC are left out: the first are layout, ESC is hostile but text (stored, shown escaped).
_CONTROLS = re.compile(r"[\x01-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f]")
_VISIBLE = re.compile(r"[^\s\x00-\x1f\x7f-\x9f\u00ad\u034f\u115f\u1160\u180e\u200b-\u200f"
                      r"\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]")


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
    """Return (text, encoding) or raise LoadError; encoding is a key of ENCODING_NAMES."""
    if not data:
        raise LoadError(path, "empty file")
    text, encoding = _decode(data, path)
    if "\x00" in text:
        raise LoadError(path, _nul_reason(data))
    controls = len(_CONTROLS.findall(text))
    if controls > max(8, len(text) // 50):
        raise LoadError(path, f"not a text file ({controls} control characters)")
    if not _VISIBLE.search(text):
        raise LoadError(path, "only whitespace")
    return text, encoding


def _decode(data: bytes, path: str) -> tuple[str, str]:
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(name + ("-le" if bom[0] == 0xFF else "-be")), name
            except UnicodeDecodeError:
                raise LoadError(path, f"starts with a {ENCODING_NAMES[name]} byte order mark "
                                      f"but is not valid {ENCODING_NAMES[name]}") from None
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        error = exc
    if b"\x00" in data:
        raise LoadError(path, _nul_reason(data))
    where = f"invalid byte 0x{data[error.start]:02X} at offset {error.start}"
    high = sum(1 for b in data if b >= 0x80)
    utf8_bytes = sum(len(m) for m in _UTF8_SEQUENCE.findall(data))
    if utf8_bytes * 2 >= high:
        # Mostly well-formed UTF-8: a damaged or cut file, not another encoding.
        if error.end == len(data) and error.reason == "unexpected end of data":
            raise LoadError(path, "UTF-8 text cut off in the middle of a character (truncated download?)")
        raise LoadError(path, f"damaged UTF-8 ({where})")
    doubt = _legacy_doubt(data)
    if doubt:
        raise LoadError(path, f"not UTF-8 ({where}), and not clearly Windows-1252 or Latin-1 "
                              f"either ({doubt}); convert it to UTF-8")
    name = "cp1252" if any(0x80 <= b <= 0x9F for b in data) else "latin-1"
    return data.decode(name), name


def _legacy_doubt(data: bytes) -> str | None:
    """Why these bytes may not be Windows-1252/Latin-1 text, or None when they clearly are."""
    if any(b in _CP1252_HOLES for b in data):
        return "bytes Windows-1252 does not define"
    text = data.decode("cp1252")
    high = [ch for ch in text if ord(ch) >= 0x80]
    odd = sorted({ch for ch in high if ch not in _LATIN_LETTERS and ch not in _LATIN_SIGNS})
    if odd:
        return "characters such as " + ", ".join(repr(ch) for ch in odd[:3])
    misplaced = _MISPLACED.search(text)
    if misplaced:
        return f"{misplaced.group()!r} inside a word"
    words = _WORD.findall(text)
    letters = sum(map(len, words))
    accented = [i for i, ch in enumerate(text) if ch in _LATIN_LETTERS]
    if len(accented) * 10 > letters * 3:
        return "too many accented letters for a Western European language"
    # Whole words of accented letters are how other alphabets look when misread.
    with_accents = [w for w in words if not w.isascii()]
    foreign = [w for w in with_accents if len(w) >= 3 and not any(ch.isascii() for ch in w)]
    if len(foreign) * 10 > len(with_accents):
        return "words with no unaccented letter"
    # VNI (legacy Vietnamese) writes tone marks as a second byte after the vowel:
    # "Vieät", "Ñaø Naüng". Western languages put accents mostly after consonants.
    if len(accented) >= 5:
        after_vowel = sum(1 for i in accented if i and (text[i - 1] in _ASCII_VOWELS or text[i - 1] in _LATIN_LETTERS))
        if after_vowel * 10 > len(accented) * 6:
            return "accents placed like a legacy Vietnamese encoding (VNI)"
    return None


def _nul_reason(data: bytes) -> str:
    sample = data[:4096]
    utf16 = len(sample) >= 4 and max(sample[0::2].count(0), sample[1::2].count(0)) * 3 > len(sample)
    return "not a text file (contains NUL bytes" + ("; UTF-16 without a byte order mark?)" if utf16 else ")")



def read_source(path: str | os.PathLike, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceText:
    p = Path(path)
    try:
        st = os.stat(p)
    except OSError as exc:
        raise LoadError(p, path_problem(p, exc)) from None
    if stat.S_ISDIR(st.st_mode):
        raise LoadError(p, "is a directory")
    if not stat.S_ISREG(st.st_mode):
        # Reading a FIFO or a device would block or never end.
        raise LoadError(p, f"not a regular file ({_kind(st.st_mode)})")
    if p.suffix.lower() not in SUPPORTED:
        raise LoadError(p, f"unsupported file type {p.suffix or '(no extension)'!r}; expected .txt or .md")
    if st.st_size > max_bytes:
        raise LoadError(p, f"too large ({st.st_size} bytes; the limit is {max_bytes}, see --max-bytes)")
    try:
        with open(p, "rb") as fh:
            # Read one byte past the limit: a file still growing may have passed the stat.
            data = fh.read(max_bytes + 1)
    except PermissionError:
        raise LoadError(p, "permission denied") from None
    except OSError as exc:
        raise LoadError(p, f"cannot read ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise LoadError(p, f"too large (over {max_bytes} bytes, see --max-bytes)")
    text, encoding = decode(data, str(p))
    return SourceText(str(p), text, hashlib.sha256(data).hexdigest(), encoding)


def path_problem(p: Path, exc: OSError) -> str:
    """Say why ``os.stat`` failed on ``p``, the way a user would put it."""
    if exc.errno == errno.ELOOP:
        return "symbolic link loop"
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return "broken symbolic link (its target does not exist)" if p.is_symlink() else "no such file"
    if exc.errno == errno.EACCES:
        return "permission denied"
    if exc.errno == errno.ENAMETOOLONG:
        return "file name too long"
    return exc.strerror or str(exc)


def _kind(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device")):
        if test(mode):
            return name
    return "a special file"
