"""The built gazetteer: places as columns, names as an Aho-Corasick automaton.

Columns (not one object per place) keep the pickle small and quick to load. The
automaton is searched over a stream of keyed words (see ``match.py``); each of its
values is a row number into ``rows``, and a row says how many words the name has,
which places it may be (each with a tier, lower is surer) and which country it
names when it is a country word.
"""
from __future__ import annotations

from dataclasses import dataclass, field

# How sure a name is of its place, lowest first.
OFFICIAL = 0    # the official or curated name
ALTERNATE = 1   # an alternate or translated name
DERIVED = 2     # made by rule (the base of an adjective): needs a kind word or a country next to it
KIND_ONLY = 3   # also a person, a brand or a common word: needs a kind word
# Not stored: a foreign place whose name the text spells the Vietnamese way though the
# gazetteer has no such spelling ("tỉnh Kép (Campuchia)"); it needs its country governing.
SPELT = 4
# Set on a candidate code when the entry has a spelling of this name with diacritics: a
# name written the Vietnamese way ("Vân", "Xín Mần") is only ever such a spelling, never
# a bare foreign name that folds alike (Van in Turkey, Xinmin in China).
MARKED = 4

# What an entry needs from its context besides its name (``Gazetteer.needs``).
FREE = 0
# A district, a commune, a small town: a kind word ("huyện Bát Xát", "Chantrea
# district"), its province named in the article, or its country or one of its
# country's units named in the sentence.
LOCAL = 1
# A unit named only with compass words ("Nord-Ouest", "North West"): its country must
# govern the mention, since "le Nord-Ouest du Vietnam" is a region of speech.
COUNTRY = 2

CITY_KINDS = frozenset({"city", "town", "municipality", "special region", "island", "zone"})
# The country code of rows that name no locality at all ("Thái Bình Dương", the
# Pacific; "the Mekong Delta"): they take their words so that no shorter name inside
# them ("Thái Bình") is read as a place.
NOT_A_PLACE = ""


# A row is a plain tuple (plain tuples unpickle several times faster than objects):
# (number of words, candidates as entry index * 8 + MARKED bit + tier, ISO2 of the
# country the name is a word for, NOT_A_PLACE, or None, whether that country word
# needs a capital).
Row = tuple[int, tuple[int, ...], "str | None", bool]


@dataclass(slots=True)
class Gazetteer:
    version: str
    keys: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    gids: list[int | None] = field(default_factory=list)
    pops: list[int] = field(default_factory=list)
    admin1: list[str | None] = field(default_factory=list)   # GeoNames "CC.code" of the first-level unit
    parents: list[str | None] = field(default_factory=list)  # its name, when known
    bases: list[float] = field(default_factory=list)         # prior belief that the name means this place
    first_level: list[bool] = field(default_factory=list)    # a province-level unit
    needs: list[int] = field(default_factory=list)           # FREE, LOCAL or COUNTRY
    units: list[str | None] = field(default_factory=list)    # key of the unit it lies in, when known
    successor: dict[int, tuple[str, str]] = field(default_factory=dict)  # former unit -> (key, date)
    namesake: dict[int, int] = field(default_factory=dict)   # unit <-> city of the same name
    rows: list[Row] = field(default_factory=list)
    automaton: object = None
    by_key: dict[str, int] = field(default_factory=dict)
    # For the fuzzy fallback: (folded name, entry) per country, and for first-level units.
    fuzzy_names: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    # Keys of the words of Vietnamese place and commune names ("xin", "man", "van").
    vn_syllables: frozenset[str] = frozenset()

    def __len__(self) -> int:
        return len(self.keys)

    def is_city(self, idx: int) -> bool:
        return self.kinds[idx] in CITY_KINDS

    def entry(self, key: str) -> int | None:
        return self.by_key.get(key)
