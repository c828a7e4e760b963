"""Store text made safe to show: characters, never markup or terminal commands.

Article text, titles, names and paths come from the outside world. They reach the
screen only through ``visible`` (control characters replaced one for one by their
visible pictures, so offsets still line up) and as ``Content``/``Segment`` text,
never through a markup parser.
"""
from __future__ import annotations

from rich.cells import cell_len
from textual.content import Content

_TABLE: dict[int, str] = {c: chr(0x2400 + c) for c in range(0x20)}  # ESC -> ␛, BEL -> ␇
_TABLE[0x7F] = "\u2421"  # ␡
_TABLE.update({c: "\ufffd" for c in range(0x80, 0xA0)})  # C1: CSI and OSC in 8-bit form
# Bidirectional overrides and isolates would reorder what the reader sees.
_TABLE.update({c: "\ufffd" for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))})
_TABLE.update({ord("\t"): " ", ord("\r"): " "})
_DOCUMENT = str.maketrans({**_TABLE, ord("\n"): "\n"})
_LINE = str.maketrans({**_TABLE, ord("\n"): " "})


def visible(text: str) -> str:
    """The text with every control character shown as a visible one, newlines kept."""
    return text.translate(_DOCUMENT)


def one_line(text: str | None) -> str:
    return "" if text is None else str(text).translate(_LINE)


def literal(text: str | None) -> Content:
    """Content that shows ``text`` as it is: "[bold]" stays six characters."""
    return Content(one_line(text))


def fit(text: str, width: int, align: str = "left") -> str:
    """``text`` cut (with an ellipsis) or padded to exactly ``width`` cells."""
    if width <= 0:
        return ""
    length = cell_len(text)
    if length > width:
        out, used = [], 0
        for ch in text:
            w = cell_len(ch)
            if used + w > width - 1:
                break
            out.append(ch)
            used += w
        return "".join(out) + "…" + " " * (width - 1 - used)
    pad = " " * (width - length)
    return pad + text if align == "right" else text + pad


def format_value(value: float | None, unit: str | None) -> str:
    """A figure as people write it: ``1.14 bn USD``, ``35,000``, ``12.5%``."""
    if value is None:
        return "—"
    unit = unit or ""
    if unit == "percent":
        return f"{_number(value)}%"
    if unit in ("count", ""):
        return _number(value)
    for scale, word in ((1e12, "tn"), (1e9, "bn"), (1e6, "mn")):
        if abs(value) >= scale:
            return f"{_number(value / scale, 3)} {word} {unit}"
    return f"{_number(value)} {unit}"


def _number(value: float, decimals: int = 2) -> str:
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.{decimals}f}".rstrip("0").rstrip(".")


def dash(value: object) -> str:
    return "—" if value in (None, "") else one_line(str(value))
