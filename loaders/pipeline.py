"""Text in, one DocumentRecord out: the order in which the loaders run."""
from __future__ import annotations

import hashlib
import os
import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from loaders.agreements import extract_agreements
from loaders.boilerplate import find_regions
from loaders.context import DocContext
from loaders.figures import extract_figures
from loaders.header import parse_header
from loaders.places import find_places
from loaders.reader import DEFAULT_MAX_BYTES, read_source
from loaders.records import DocumentRecord, Region, Span
from loaders.sentences import split_sentences


def extract(text: str, source: str, *, sha256: str | None = None, encoding: str = "utf-8") -> DocumentRecord:
    header = parse_header(text)
    regions, lang = find_regions(text, header.regions)
    body = [r for r in regions if r.role == "body"]
    found = find_places(text, body, lang, published=header.published)
    ctx = DocContext(text=text, lang=lang, published=header.published, body=body,
                     sentences=split_sentences(text, _without_long_lines(text, body)), mentions=found.mentions,
                     places=found.places, country_cues=found.country_cues, home=found.home,
                     title=next((Span(r.start, r.end) for r in header.regions if r.label == "title"), None))
    agreements = extract_agreements(ctx)
    figures = extract_figures(ctx)
    return DocumentRecord(
        source=source, sha256=sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest(), text=text,
        title=header.title, lang=lang, published=header.published, regions=regions, places=found.places,
        mentions=found.mentions, agreements=agreements, figures=figures, encoding=encoding)


# Splitting a line into sentences takes time that grows with the square of its length
# (200,000 characters on one line: 20 s). A line longer than any paragraph, such as a
# page saved without line breaks, keeps its places but is not read for agreements and
# figures, so that one file cannot stall a load.
LONG_LINE = 20_000
_LINE = re.compile(r"[^\n\r]+")


def _without_long_lines(text: str, body: list[Region]) -> list[Region]:
    out = []
    for region in body:
        if region.end - region.start <= LONG_LINE:
            out.append(region)  # no line of it can be long: nothing to read
            continue
        start = region.start
        for m in _LINE.finditer(text, region.start, region.end):
            if m.end() - m.start() > LONG_LINE:
                out.append(replace(region, start=start, end=m.start()))
                start = m.end()
        out.append(replace(region, start=start, end=region.end))
    return [r for r in out if r.end > r.start]


def load_file(path: str | os.PathLike, max_bytes: int = DEFAULT_MAX_BYTES) -> DocumentRecord:
    src = read_source(path, max_bytes)
    return extract(src.text, src.path, sha256=src.sha256, encoding=src.encoding)


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """A digest of the loaders' own code and data: when extraction changes, stored
    documents are re-extracted on the next load and the demo store is rebuilt."""
    digest = hashlib.sha256()
    root = Path(__file__).resolve().parent
    for path in sorted(root.rglob("*.py")):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
