"""Files nobody curated: every one is read correctly or refused with one clear reason."""
from __future__ import annotations

import os
import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from loaders.reader import ENCODING_NAMES, LoadError, decode, read_source

FRENCH = ("La ville de Da Nang et la préfecture de Kanagawa ont signé un protocole d'accord le "
          "17 novembre. Les échanges économiques, culturels et éducatifs se développent ; « c'est très "
          "important », a déclaré le maire. Le Japon est le premier investisseur : 1,14 milliard d'USD.")
GERMAN = ("Die Stadt Da Nang und die Präfektur Kanagawa haben eine Absichtserklärung unterzeichnet. "
          "Größere Investitionen fließen über die Straße der Häfen; Bürgermeister Müller äußerte sich.")
VIETNAMESE = "Thành phố Đà Nẵng và tỉnh Kanagawa (Nhật Bản) đã ký kết biên bản ghi nhớ hợp tác về giáo dục."
# Vietnamese in VNI, a legacy encoding whose bytes all read as plausible Latin letters in cp1252.
VNI = ("Thaønh phoá Ñaø Naüng vaø tænh Kanagawa (Nhaät Baûn) ñaõ kyù keát bieân baûn ghi nhôù hôïp "
       "taùc veà giaùo duïc, du lòch vaø ñaàu tö.").encode("cp1252")
RUSSIAN = "Город Дананг и префектура Канагава подписали меморандум о сотрудничестве в области туризма."


def reason(data: bytes) -> str:
    with pytest.raises(LoadError) as info:
        decode(data, "x.txt")
    return info.value.reason


# Each case: bytes, and a phrase the reason must contain (None: accepted as that encoding).
REFUSED = {
    "empty": (b"", "empty file"),
    "spaces and newlines": (b"  \n\t\r\n  ", "only whitespace"),
    "no-break and zero-width spaces": ("\u00a0\u2003\u200b\u3000\n".encode(), "only whitespace"),
    "byte order mark only": (b"\xef\xbb\xbf", "only whitespace"),
    "NUL bytes": (b"Da Nang\x00\x00\x01", "NUL"),
    "PNG image": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "NUL"),
    "UTF-16 without BOM": (FRENCH.encode("utf-16-le"), "UTF-16 without a byte order mark"),
    "control characters": (bytes(range(1, 9)) * 20 + b"text", "control characters"),
    "UTF-8 cut mid-character": (VIETNAMESE.encode()[:-1] + "ố".encode()[:2], "cut off"),
    "UTF-8 with a stray byte": (VIETNAMESE.encode()[:20] + b"\xff" + VIETNAMESE.encode()[20:], "damaged UTF-8"),
    "cp1251 Russian": (RUSSIAN.encode("cp1251"), "not clearly Windows-1252"),
    "KOI8-R Russian": (RUSSIAN.encode("koi8-r"), "not clearly Windows-1252"),
    "cp1253 Greek": ("Η πόλη Ντα Νανγκ υπέγραψε μνημόνιο συνεργασίας.".encode("cp1253"), "not clearly"),
    "cp1258 Vietnamese": (VIETNAMESE.encode("cp1258", "replace"), "not clearly"),
    "VNI Vietnamese": (VNI, "not clearly"),
    "Shift-JIS Japanese": ("ダナン市と神奈川県は協力覚書に署名した。".encode("shift_jis"), "not clearly"),
    "EUC-KR Korean": ("다낭시와 가나가와현은 양해각서에 서명했다.".encode("euc_kr"), "not clearly"),
    "GBK Chinese": ("岘港市与神奈川县签署了合作备忘录。".encode("gbk"), "not clearly"),
    "cp1250 Polish": ("Miasto podpisało porozumienie o współpracy.".encode("cp1250"), "not clearly"),
    "cp1250 Czech": ("Město Da Nang podepsalo memorandum o spolupráci.".encode("cp1250"), "not clearly"),
    "Mac Roman French": ("La ville a signé un accord à l'été".encode("mac_roman"), "not clearly"),
    "bad UTF-16 after BOM": (b"\xff\xfe" + b"\x00\xd8a", "not valid UTF-16"),
}

ACCEPTED = {
    "UTF-8": (VIETNAMESE.encode(), "utf-8", VIETNAMESE),
    "UTF-8 with BOM": (b"\xef\xbb\xbf" + VIETNAMESE.encode(), "utf-8", VIETNAMESE),
    "Windows-1252 French": ((FRENCH + " Les œuvres coûtent 5 €.").encode("cp1252"), "cp1252",
                            FRENCH + " Les œuvres coûtent 5 €."),
    "Latin-1 German": (GERMAN.encode("latin-1"), "latin-1", GERMAN),
    "UTF-16 with BOM": (FRENCH.encode("utf-16"), "utf-16", FRENCH),
    "ANSI and markup kept as text": ("\x1b[31m[bold]Da Nang\x1b[0m \u202e".encode(), "utf-8",
                                     "\x1b[31m[bold]Da Nang\x1b[0m \u202e"),
}


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_refused_with_a_clear_reason(case):
    data, phrase = REFUSED[case]
    assert phrase in reason(data)


@pytest.mark.parametrize("case", sorted(ACCEPTED))
def test_accepted_and_decoded_exactly(case):
    data, encoding, text = ACCEPTED[case]
    assert decode(data, "x.txt") == (text, encoding)
    assert encoding in ENCODING_NAMES


def test_legacy_text_is_decoded_only_when_every_word_reads_right():
    # The lead's first heuristic accepted anything whose high bytes were mostly letters:
    # Cyrillic and VNI are all letters in cp1252, and would have been stored as mojibake.
    for data in (RUSSIAN.encode("cp1251"), VNI):
        with pytest.raises(LoadError):
            decode(data)


# ---------------------------------------------------------------- files on disk


def test_file_level_refusals(tmp_path):
    (tmp_path / "big.txt").write_bytes(b"a" * 2000)
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "folder.txt").mkdir()
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    (tmp_path / "broken.txt").symlink_to(tmp_path / "missing.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    cases = {"big.txt": "too large", "notes.pdf": "unsupported file type '.pdf'", "folder.txt": "is a directory",
             "loop.txt": "symbolic link loop", "broken.txt": "broken symbolic link", "pipe.txt": "named pipe",
             "absent.txt": "no such file", "absent/x.txt": "no such file"}
    for name, phrase in cases.items():
        with pytest.raises(LoadError) as info:
            read_source(tmp_path / name, max_bytes=1000)
        assert phrase in info.value.reason, (name, info.value.reason)
        assert info.value.path == str(tmp_path / name)


def test_unreadable_file(tmp_path, monkeypatch):
    path = tmp_path / "secret.txt"
    path.write_text("Da Nang")
    path.chmod(0)
    if os.geteuid() == 0:  # root reads anything: simulate the refusal instead
        import builtins
        real_open = builtins.open
        monkeypatch.setattr(builtins, "open", lambda p, *a, **k: (_ for _ in ()).throw(PermissionError(13, "x"))
                            if str(p) == str(path) else real_open(p, *a, **k))
    with pytest.raises(LoadError) as info:
        read_source(path)
    assert info.value.reason == "permission denied"


def test_a_file_growing_past_the_limit_is_refused(tmp_path, monkeypatch):
    path = tmp_path / "growing.txt"
    path.write_bytes(b"a" * 5000)
    real_stat = os.stat

    class Small:
        def __init__(self, st):
            self.st_mode, self.st_size = st.st_mode, 10

    monkeypatch.setattr(os, "stat", lambda p, *a, **k: Small(real_stat(p, *a, **k)) if str(p) == str(path)
                        else real_stat(p, *a, **k))
    with pytest.raises(LoadError, match="too large"):
        read_source(path, max_bytes=1000)


def test_hash_is_of_the_bytes_on_disk(tmp_path):
    import hashlib
    data = FRENCH.encode("cp1252")
    (tmp_path / "fr.txt").write_bytes(data)
    src = read_source(tmp_path / "fr.txt")
    assert src.sha256 == hashlib.sha256(data).hexdigest() and src.text == FRENCH and src.encoding == "latin-1"


# ---------------------------------------------------------------- random input

_SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _sound(text: str) -> None:
    assert isinstance(text, str) and text.strip() and "\x00" not in text
    text.encode("utf-8")  # no lone surrogates: SQLite can store it


@_SETTINGS
@given(st.binary(max_size=4000))
def test_random_bytes_decode_or_raise_load_error(data):
    try:
        text, encoding = decode(data)
    except LoadError as exc:
        assert exc.reason and "\n" not in exc.reason
        return
    _sound(text)
    assert encoding in ENCODING_NAMES


@_SETTINGS
@given(st.lists(st.sampled_from([b"Da Nang ", b"\xe9", b"\xe0 ", b"\xc3\xa9", b"\x93", b"\xff", b"\x1b[1m",
                                 b"\n", b"\xef\xbb\xbf", b"\x00", b" ", b"caf", b"\xd0\x94"]), max_size=60))
def test_text_like_bytes_decode_or_raise_load_error(parts):
    # Random bytes are nearly always refused at once; these mix the pieces the
    # heuristics look at (UTF-8 sequences, cp1252 letters, BOMs, escapes).
    data = b"".join(parts)
    try:
        text, encoding = decode(data)
    except LoadError:
        return
    _sound(text)
    if encoding == "utf-8":
        assert text == data.removeprefix(b"\xef\xbb\xbf").decode("utf-8")


@_SETTINGS
@given(st.text(max_size=3000))
def test_random_unicode_round_trips_or_is_refused(text):
    try:
        got, encoding = decode(text.encode("utf-8"))
    except LoadError as exc:
        assert exc.reason in ("empty file", "only whitespace") or "NUL" in exc.reason \
            or "control characters" in exc.reason
        return
    assert (got, encoding) == (text.removeprefix("\ufeff"), "utf-8")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.text(alphabet=string.ascii_letters + "[]\x1b\u202e é", min_size=1, max_size=20),
       data=st.binary(max_size=300))
def test_read_source_never_raises_anything_else(tmp_path, name, data):
    path = tmp_path / (name.replace("/", "_") + ".txt")
    path.write_bytes(data)
    try:
        src = read_source(path)
    except LoadError as exc:
        assert exc.path == str(path)
        return
    _sound(src.text)
