"""Plain records the loaders produce.

They are the only contract between loaders (text in), store (SQLite) and the
browser: no database handles and no UI types here. Offsets are character
offsets into ``DocumentRecord.text`` exactly as stored, so ``text[start:end]``
is always the evidence a user is shown.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int

    def slice(self, text: str) -> str:
        return text[self.start:self.end]

    def __contains__(self, pos: int) -> bool:
        return self.start <= pos < self.end


@dataclass(frozen=True, slots=True)
class Region:
    """A stretch of the document with a role: ``body``, ``header`` or ``boilerplate``.

    ``label`` says why (``related``, ``footer``, ``caption``, ``menu``...), so the
    browser can tell the reader what was set aside and a test can check the reason.
    """
    start: int
    end: int
    role: str
    label: str = ""


@dataclass(frozen=True, slots=True)
class Place:
    """One real sub-national place, resolved.

    ``key`` is stable across documents and runs (``gn:<geonameid>`` for GeoNames
    places, ``iso:<ISO 3166-2 code>`` for subdivisions, ``vn:<slug>`` for the
    curated Vietnamese units), so two spellings land on one row in the store.
    """
    key: str
    name: str
    country: str
    kind: str
    geonameid: int | None = None
    population: int | None = None
    admin: str | None = None
    aliases: tuple[str, ...] = ()
    # A former unit (a Vietnamese province merged away in 2025): the key of the unit that
    # replaced it and the date it ended.
    successor: str | None = None
    until: str | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    place_key: str


@dataclass(frozen=True, slots=True)
class CountryCue:
    """A word that names or implies a country: "Japon", "japonaises", "Nhật Bản"."""
    start: int
    end: int
    country: str


@dataclass(frozen=True, slots=True)
class Agreement:
    parties: tuple[str, str]
    kind: str
    status: str
    evidence: Span
    date: str | None = None
    fields: tuple[str, ...] = ()
    more_evidence: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Figure:
    metric: str
    value: float
    unit: str
    evidence: Span
    number: Span
    locality: str | None = None
    partner: str | None = None
    year: int | None = None
    qualifier: str | None = None


@dataclass(slots=True)
class DocumentRecord:
    source: str
    sha256: str
    text: str
    title: str | None
    lang: str
    published: str | None
    regions: list[Region] = field(default_factory=list)
    places: dict[str, Place] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    encoding: str = "utf-8"
    notes: list[str] = field(default_factory=list)

    @property
    def body(self) -> list[Region]:
        return [r for r in self.regions if r.role == "body"]
