"""The top of an article: the headline, the publication date, and where the body begins.

Accepted forms (any language): a first line ``␠date 2024-06 Headline``; a
``Published: October 29, 2014`` / ``Publié le 29 octobre 2014`` / ``Ngày đăng:
29/10/2014`` line near the top; a dateline such as ``January 11, 2019, 11:25``
or ``Quang Ninh, 17 novembre (VNA) -`` that refines a month-precise date.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from loaders.dates import parse_date_phrase
from loaders.records import Region

_DATE_LINE = re.compile(r"^[ \t]*date[ \t]+(\d{4}(?:-\d{2}(?:-\d{2})?)?)\b[ \t]*")
_PUBLISHED = re.compile(
    r"^[ \t]*(?:published|posted|updated|last updated|publié(?: le)?|mis à jour(?: le)?|"
    r"ngày đăng|đăng ngày|cập nhật)\s*:?\s*(?P<date>.+?)\s*$", re.I)
# A wire-copy dateline opening the lede: "Quang Ninh, 17 novembre (VNA) - Le ...".
_DATELINE_LEDE = re.compile(r"^[^\n,]{2,40},\s*(?P<date>[^()\n]{3,30}?)\s*\((?:[A-Z][\w/]{1,10})\)\s*[-–—]")
_SENTENCE_END = re.compile(r"[.!?…]\s*$")
_HEAD_SCAN_LINES = 6


@dataclass(slots=True)
class Header:
    title: str | None = None
    published: str | None = None
    regions: list[Region] = field(default_factory=list)


def _lines(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.splitlines(keepends=True):
        end = pos + len(line.rstrip("\r\n"))
        spans.append((pos, end))
        pos += len(line)
    return spans


def _looks_like_title(line: str) -> bool:
    words = line.split()
    if not words or len(line) > 200 or len(words) > 30:
        return False
    # A headline rarely ends with a full stop; a lede sentence almost always does.
    return not _SENTENCE_END.search(line) or len(words) <= 12


def _more_precise(current: str | None, found: str | None) -> str | None:
    if not found:
        return current
    if not current:
        return found
    # Keep the header's date; take the dateline's day only when year and month agree.
    if found.startswith(current) and len(found) > len(current):
        return found
    if len(current) == 7 and len(found) == 10 and found[5:7] == current[5:7]:
        return current + found[7:]
    return current


def parse_header(text: str) -> Header:
    head = Header()
    lines = [(s, e) for s, e in _lines(text) if text[s:e].strip()]
    if not lines:
        return head
    first_start, first_end = lines[0]
    first = text[first_start:first_end]
    year = None
    m = _DATE_LINE.match(first)
    rest_start = first_start
    if m:
        head.published = m.group(1)
        year = int(m.group(1)[:4])
        rest_start = first_start + m.end()
        head.regions.append(Region(first_start, rest_start, "header", "date"))
    rest = text[rest_start:first_end].strip()
    candidates = lines[1:1 + _HEAD_SCAN_LINES]
    if rest:
        lede = _DATELINE_LEDE.match(rest)
        if lede:
            # The first line is the lede itself: no headline, but maybe a day for the date.
            found = parse_date_phrase(lede.group("date"), None, year)
            head.published = _more_precise(head.published, found)
        elif _looks_like_title(rest):
            head.title = rest
            head.regions.append(Region(rest_start, first_end, "header", "title"))
    for s, e in candidates:
        line = text[s:e]
        pub = _PUBLISHED.match(line)
        phrase = pub.group("date") if pub else line.strip()
        if len(phrase) > 40:
            continue
        found = parse_date_phrase(phrase, None, year)
        # A lone date line near the top is the dateline; a date inside prose is not.
        if found and (pub or _only_date(phrase)):
            head.published = _more_precise(head.published, found)
            head.regions.append(Region(s, e, "header", "published"))
    return head


_DATE_CHARS = re.compile(r"^[\w\s,./:-]+$")


def _only_date(phrase: str) -> bool:
    words = re.findall(r"[^\W\d]+", phrase)
    return bool(_DATE_CHARS.match(phrase)) and len(words) <= 3 and any(ch.isdigit() for ch in phrase)
