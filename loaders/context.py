"""What the extractors of one document share, computed once by the pipeline."""
from __future__ import annotations

from dataclasses import dataclass, field

from loaders.records import CountryCue, Mention, Place, Region, Span


@dataclass(slots=True)
class DocContext:
    text: str
    lang: str
    published: str | None
    body: list[Region]
    sentences: list[Span] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    places: dict[str, Place] = field(default_factory=dict)
    country_cues: list[CountryCue] = field(default_factory=list)
    home: str | None = None
    title: Span | None = None

    @property
    def year(self) -> int | None:
        return int(self.published[:4]) if self.published else None
