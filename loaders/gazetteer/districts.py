"""Vietnam's districts before the 2025 reform, from the General Statistics Office list
that the ``vietnam-provinces`` package ships (versions before 2025: its 2025 releases
have only the new two levels).

Articles name districts, provincial cities and towns all the time ("huyện Bát Xát",
"Soc Son district", "thị xã Quảng Trị"), and their names are also given names and
common words ("Nam Đàn", "Bảo Yên", "Hải An"), so they enter the gazetteer as places
that need context (see ``model.LOCAL``). Communes, wards and townships are many more
and their names repeat from province to province: they are places only right after
their kind word ("xã Kim Liên", "cửa khẩu Na Mèo"). Their names also tell which
foreign alternates would be read in a Vietnamese name ("Vạn Thành" is a commune and an
old name of Yuncheng).

Only the package's data file is read (the package itself imports large enums).
"""
from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import re
from dataclasses import dataclass
from pathlib import Path

DIST = "vietnam-provinces"
_PREFIX = re.compile(r"^(Thành phố|Thị xã|Thị trấn|Quận|Huyện|Phường|Xã|Tỉnh)\s+", re.IGNORECASE)
_KINDS = {"thành phố": "city", "thị xã": "town", "quận": "district", "huyện": "district"}


@dataclass(frozen=True, slots=True)
class Commune:
    code: int
    name: str          # Vietnamese, without the kind word
    province: str


@dataclass(frozen=True, slots=True)
class District:
    code: int
    name: str          # Vietnamese, without the kind word: "Bát Xát", "1" for "Quận 1"
    kind: str          # city, town or district
    province: str      # Vietnamese name of its province (63-province list), without "Tỉnh"
    urban: bool        # a quận (urban district) rather than a huyện


def version() -> str:
    try:
        return importlib.metadata.version(DIST)
    except importlib.metadata.PackageNotFoundError:
        return "?"


def _data_file() -> Path | None:
    spec = importlib.util.find_spec("vietnam_provinces")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "nested-divisions.json"
    return path if path.exists() else None


def _split(full: str) -> tuple[str, str]:
    m = _PREFIX.match(full)
    if not m:
        return "", full
    return m.group(1).lower(), full[m.end():].strip()


def load() -> tuple[list[District], list[Commune]]:
    """The districts, and every commune, ward and township. Empty when the data is
    absent or has no district level."""
    path = _data_file()
    if path is None:
        return [], []
    try:
        provinces = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return [], []
    out: list[District] = []
    communes: list[Commune] = []
    for p in provinces:
        _, pname = _split(p.get("name", ""))
        for d in p.get("districts") or ():
            prefix, name = _split(d.get("name", ""))
            kind = _KINDS.get(prefix)
            if kind is None or not name:
                continue
            out.append(District(int(d["code"]), name, kind, pname, prefix == "quận"))
            for w in d.get("wards") or ():
                _, wname = _split(w.get("name", ""))
                if wname and not wname.isdigit():
                    communes.append(Commune(int(w["code"]), wname, pname))
    return out, communes
