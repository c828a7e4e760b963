"""Writing the table in focus to a CSV file, cells as shown, with the header row."""
from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from tui.fold import slug
from tui.widgets.table import Column, Row

# A cell starting with one of these is a formula to a spreadsheet; a quote keeps it text.
_FORMULA = ("=", "@", "+", "\t", "\r")


def _cell(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA) and not _is_number(value) else value


def _is_number(value: str) -> bool:
    try:
        float(value.replace(",", ""))
    except ValueError:
        return False
    return True


def free_path(folder: Path, name: str) -> Path:
    """``twinlens-<name>.csv`` in ``folder``, numbered rather than overwriting a file."""
    stem = f"twinlens-{slug(name)}"
    path = folder / f"{stem}.csv"
    n = 2
    while path.exists():
        path = folder / f"{stem}-{n}.csv"
        n += 1
    return path


def write_csv(folder: Path, name: str, columns: Sequence[Column], rows: Sequence[Row]) -> Path:
    path = free_path(folder, name)
    with open(path, "x", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow([c.label for c in columns])
        writer.writerows([_cell(str(c)) for c in row.cells] for row in rows)
    return path
