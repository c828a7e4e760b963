"""The top of an article: the headline, the publication date, and where the body begins.

Accepted forms (any language), within the first lines: a line ``␠date 2024-06
Headline``; a ``Published: October 29, 2014`` / ``Publié le 29 octobre 2014`` /
``Cập nhật: 21/08/2023`` line; a lone date line such as ``January 11, 2019, 11:25``
or ``Thứ Năm, 14/11/2024 - 16:20``; a wire dateline opening the lede (``Quang Ninh,
17 novembre (VNA) -``) that refines a month-precise date. Navigation lines
(``Home | Politics | ...``, ``Accueil > Régions``) and a site name above the
headline are set aside by their shape.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import islice

from loaders.boilerplate import is_caption
from loaders.dates import parse_date_phrase
from loaders.records import Region

_DATE_LINE = re.compile(r"^[ \t]*date[ \t]+(\d{4}(?:-\d{2}(?:-\d{2})?)?)\b[ \t]*")
_PUBLISHED = re.compile(
    r"^[ \t]*(?:published|posted|updated|last updated|publié(?: le)?|mis à jour(?: le)?|"
    r"ngày đăng|đăng ngày|cập nhật|ngày)\s*:?\s*(?P<date>.+?)\s*$", re.I)
# A wire-copy dateline opening the lede: "Quang Ninh, 17 novembre (VNA) - Le ...".
_DATELINE_LEDE = re.compile(r"^[^\n,]{2,40},\s*(?P<date>[^()\n]{3,30}?)\s*\((?:[A-Z][\w/]{1,10})\)\s*[-–—]")
_NAV_SEPARATORS = re.compile(r"\s[|>»·•/]\s|\s›\s")
_SENTENCE_END = re.compile(r"[.!?…]\s*$")
_WORD = re.compile(r"[^\W\d_]+")
_HEAD_SCAN_LINES = 8
_MIN_HEADLINE_WORDS = 5


@dataclass(slots=True)
class Header:
    title: str | None = None
    published: str | None = None
    regions: list[Region] = field(default_factory=list)


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each line, in order, made as they are read: the header wants the
    first few only."""
    pos = 0
    for line in text.splitlines(keepends=True):
        yield pos, pos + len(line.rstrip("\r\n"))
        pos += len(line)


def _is_nav(line: str) -> bool:
    # "Home | Politics | Business", "Accueil > Régions > Delta": items between separators.
    return len(_NAV_SEPARATORS.findall(line)) >= 2 or (
        len(_NAV_SEPARATORS.findall(line)) == 1 and len(_WORD.findall(line)) <= 6)


def _looks_like_title(line: str, min_words: int = 1) -> bool:
    words = line.split()
    if len(words) < min_words or len(line) > 200 or len(words) > 30:
        return False
    # A headline rarely ends with a full stop; a lede sentence almost always does.
    return not _SENTENCE_END.search(line) or len(words) <= 12


def _is_prose(line: str) -> bool:
    return len(line.split()) > 30 or (_SENTENCE_END.search(line) is not None and len(line.split()) > 12)


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


_DATE_CHARS = re.compile(r"^[\w\s,./:+|–-]+$")


def _date_only(phrase: str) -> bool:
    words = [w for w in _WORD.findall(phrase) if w.lower() not in ("gmt", "utc", "am", "pm", "h")]
    return bool(_DATE_CHARS.match(phrase)) and len(words) <= 3 and any(ch.isdigit() for ch in phrase)


def parse_header(text: str) -> Header:
    head = Header()
    top = list(islice(((s, e) for s, e in _lines(text) if text[s:e].strip()), _HEAD_SCAN_LINES))
    # The scan stops at the first paragraph of prose: below it nothing is header.
    for i, (s, e) in enumerate(top):
        line = text[s:e]
        m = _DATE_LINE.match(line)
        if _is_prose(line[m.end():] if m else line):
            top = top[:i + 1]
            break
    year = None
    used: set[int] = set()
    for i, (s, e) in enumerate(top):
        line = text[s:e]
        m = _DATE_LINE.match(line)
        if not m:
            continue
        used.add(i)
        head.published = m.group(1)
        year = int(m.group(1)[:4])
        rest_start = s + m.end()
        head.regions.append(Region(s, rest_start, "header", "date"))
        rest = text[rest_start:e].strip()
        if rest:
            lede = _DATELINE_LEDE.match(rest)
            if lede:
                # The line is the lede itself: no headline here, maybe a day for the date.
                head.published = _more_precise(head.published, parse_date_phrase(lede.group("date"), None, year))
            elif _looks_like_title(rest):
                head.title = rest
                head.regions.append(Region(rest_start, e, "header", "title"))
        break

    for i, (s, e) in enumerate(top):
        if i in used:
            continue
        line = text[s:e].strip()
        pub = _PUBLISHED.match(line)
        phrase = pub.group("date") if pub else line
        found = parse_date_phrase(phrase, None, year) if len(phrase) <= 80 else None
        # A lone date line near the top is the dateline; a date inside prose is not.
        if found and (pub or _date_only(phrase)):
            head.published = _more_precise(head.published, found)
            head.regions.append(Region(s, e, "header", "published"))
            used.add(i)
        elif _is_nav(line):
            head.regions.append(Region(s, e, "boilerplate", "menu"))
            used.add(i)

    if head.title is None:
        free = [i for i in range(len(top)) if i not in used and not _is_prose(text[top[i][0]:top[i][1]])]
        # The headline is the longest line shaped like one above the first paragraph; a site
        # name or a section label above it is shorter.
        shaped = [i for i in free if _looks_like_title(text[top[i][0]:top[i][1]], _MIN_HEADLINE_WORDS)
                  and not is_caption(text[top[i][0]:top[i][1]])]
        pick = max(shaped, key=lambda i: (len(text[top[i][0]:top[i][1]].split()), -i), default=None)
        if pick is None and free and free[0] == 0 and _looks_like_title(text[top[0][0]:top[0][1]]):
            pick = 0
        if pick is not None:
            s, e = top[pick]
            head.title = text[s:e].strip()
            head.regions.append(Region(s, e, "header", "title"))
            for i in free:
                if i < pick:
                    head.regions.append(Region(top[i][0], top[i][1], "boilerplate", "menu"))
    head.regions.sort(key=lambda r: r.start)
    return head
