"""Separate the article body from what the site wrapped around it.

Detection is by structure first: a short marker line that opens a trailing
block ("Voir plus", "Related news", "Xem thêm"...), a bare domain or a
copyright line that opens a footer, a tail written in another language than
the article, a trailing run of headline-shaped lines, photo captions and
credits, lines printed twice, and short menu lines before the first paragraph.
Only the marker words are vocabulary; everything else is shape.
"""
from __future__ import annotations

import re
from itertools import islice

from loaders import lang as langdet
from loaders.records import Region

# Lines that open a block of other stories or of site furniture (folded, no punctuation).
RELATED_MARKERS = {
    "voir plus", "voir aussi", "lire aussi", "a lire aussi", "à lire aussi", "sur le meme sujet",
    "sur le même sujet", "articles lies", "articles liés", "dans la meme rubrique", "autres articles",
    "related", "related news", "related articles", "related stories", "related posts", "read more",
    "see also", "more news", "more stories", "other news", "latest news", "you may also like",
    "recommended", "most read", "most popular", "tags", "keywords",
    "xem thêm", "tin liên quan", "bài liên quan", "tin khác", "tin cùng chuyên mục", "đọc thêm",
    "tin mới", "tin nổi bật", "từ khóa", "tags:",
    "articles connexes", "à lire également", "a lire egalement", "lire également", "sur le même thème",
    "sur le meme theme", "les plus lus", "les plus populaires", "dernières nouvelles", "dernieres nouvelles",
    "also read", "read also", "more from", "you might also like", "related content", "related topics",
    "more on this topic", "trending", "editor's picks",
    "tin cùng chủ đề", "các tin khác", "tin đã đưa", "bài viết liên quan", "tin tức liên quan", "đọc tiếp",
    "xem tiếp", "tin xem nhiều", "đọc nhiều",
}
FOOTER_MARKERS = {
    "source", "sources", "nguồn", "leave a reply", "leave a comment", "comments", "bình luận",
    "share", "chia sẻ", "partager", "commentaires", "ý kiến bạn đọc", "gửi bình luận",
}
_FOOTER_LINE = re.compile(
    r"©|\bcopyright\b|all rights reserved|tous droits réservés|bản quyền|giấy phép|"
    r"\bhotline\b|\btel\s*[:.]|\bfax\s*[:.]|\be-?mail\s*:|your email address|tổng đài|đường dây nóng",
    re.I)
_DOMAIN = re.compile(r"^\s*(?:https?://)?(?:[\w-]+\.)+(?:vn|com|net|org|fr|jp|info|gov|edu|int)(?:/\S*)?\s*$", re.I)
CAPTION = re.compile(r"(?:\b(?:photo|photos|ảnh|source|crédit|credit)\s*:\s*[^.:\n]{1,60}\.?|\(photo[^)]*\))\s*$", re.I)
# Words one of which every footer line holds (the alternatives of _FOOTER_LINE, at
# most cut short), tested on the lower-cased line before the costly pattern runs. Three
# letters are equal to "i" or "s" for re.IGNORECASE but not for str.lower(): a line
# holding one of them goes to the pattern directly.
_FOOTER_WORDS = re.compile("|".join(map(re.escape, (
    "©", "copyright", "all rights reserved", "tous droits réservés", "bản quyền", "giấy phép", "hotline", "tel",
    "fax", "mail", "tổng đài", "đường dây nóng"))))
_CASE_ODD = re.compile("[\u0130\u0131\u017f]")  # İ ı ſ
_SENTENCE_END_CHARS = frozenset('.!?…»"”)')
_WORD = re.compile(r"\w+")
# Site furniture (markers, copyright, hotline, address lines) comes in short lines.
_FURNITURE_MAX = 240


def _ends_sentence(line: str) -> bool:
    return line.rstrip()[-1:] in _SENTENCE_END_CHARS


def is_caption(line: str) -> bool:
    # The credit closes the line, so only its tail is searched: the pattern is costly,
    # and every credit has a colon or a bracket, which most lines do not.
    tail = line[-100:]
    if ":" not in tail and "(" not in tail:
        return False
    return CAPTION.search(tail) is not None


def _is_footer_line(line: str) -> bool:
    if not _CASE_ODD.search(line) and not _FOOTER_WORDS.search(line.lower()):
        return False
    return _FOOTER_LINE.search(line) is not None


def _text_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line that holds more than white space, without its line break."""
    spans, pos = [], 0
    for line in text.splitlines(keepends=True):
        if not line.isspace():
            spans.append((pos, pos + len(line.rstrip("\r\n"))))
        pos += len(line)
    return spans


_KEY_TAIL_MARKS = ":.-–—>»|"


def _key(line: str) -> str:
    key = line.strip().lower()
    # Drop the run of spaces and of these marks that ends the line ("Xem thêm >>", "Tags :").
    while True:
        cut = key.rstrip().rstrip(_KEY_TAIL_MARKS)
        if cut == key:
            return key.strip()
        key = cut


# A date closing a listed headline: "(12/04/2024)", "(09/05)", "- 12/04/2024".
_LISTED_DATE = re.compile(r"[\s\-–—|]*[(\[]?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?(?:\s+\d{1,2}:\d{2})?[)\]]?\s*$")


def _headline_shaped(line: str) -> bool:
    """A line that reads like a listed headline: short, and no sentence ends it (once a
    trailing date such as "(12/04/2024)" is set aside)."""
    line = _LISTED_DATE.sub("", line) or line
    words = _WORD.findall(line)
    return 0 < len(words) <= 22 and not _ends_sentence(line)


def _credit_line(line: str) -> bool:
    """"VNA/CVN", "Theo TTXVN": the agency credit that may follow a list of headlines."""
    return len(line.split()) <= 3 and len(line.strip()) <= 30


def _tail_language_start(text: str, lines: list[tuple[int, int]], doc_lang: str, floor: int) -> int | None:
    """Start of a trailing stretch written in another language (a site footer)."""
    start = None
    for s, e in reversed(lines):
        if s < floor:
            break
        line = text[s:e]
        if sum(1 for _ in islice(_WORD.finditer(line), 4)) < 4:  # fewer than four words
            continue
        if langdet.detect(line, default=doc_lang) == doc_lang:
            break
        start = s
    return start


def find_regions(text: str, header: list[Region], doc_lang: str | None = None) -> tuple[list[Region], str]:
    """Return every region of the text (header, body, boilerplate) and the body's language."""
    lines = _text_lines(text)
    head_end = max((r.end for r in header), default=0)
    body_lines = [(s, e) for s, e in lines if s >= head_end or e > head_end]
    if doc_lang is None:
        sample = " ".join(text[max(s, head_end):e] for s, e in body_lines[:40])
        doc_lang = langdet.detect(sample)

    n = len(text)
    floor = int(n * 0.35)
    cut, cut_label = None, ""
    for s, e in body_lines:
        if s < floor:
            continue
        if e - s > _FURNITURE_MAX:
            continue  # a paragraph of prose, not a marker or a footer line
        line = text[s:e]
        key = _key(line)
        if key in RELATED_MARKERS:
            cut, cut_label = s, "related"
            break
        if key in FOOTER_MARKERS or _DOMAIN.match(line) or _is_footer_line(line):
            cut, cut_label = s, "footer"
            break
    kept = [(s, e) for s, e in body_lines if cut is None or s < cut]
    # A trailing run of short headline-shaped lines with no marker is a list of other
    # stories. It is looked for before the language test, which short headlines naming
    # places can fool.
    run = 0
    credit = 0
    for s, e in reversed(kept):
        line = text[s:e]
        if _headline_shaped(line):
            run += 1
        elif run == credit == 0 and _credit_line(line):
            credit = 1   # the list sits above the closing credit
            run = 1
        else:
            break
    if run - credit >= 3:
        cut, cut_label = kept[-run][0], "related"
    foreign = _tail_language_start(text, body_lines, doc_lang, floor)
    if foreign is not None and (cut is None or foreign < cut):
        cut, cut_label = foreign, "footer"
    kept = [(s, e) for s, e in body_lines if cut is None or s < cut]

    marks: list[Region] = []
    seen: dict[str, int] = {}
    for s, e in kept:
        key = text[s:e].strip()
        seen[key] = seen.get(key, 0) + 1
    started = False
    for s, e in kept:
        line = text[s:e]
        s = max(s, head_end)
        words = len(line.split(None, 61))  # the count matters up to 60
        if words <= 60 and is_caption(line):
            marks.append(Region(s, e, "boilerplate", "caption"))
        elif 3 <= words <= 40 and seen[line.strip()] > 1:
            marks.append(Region(s, e, "boilerplate", "repeated"))
        elif not started and words <= 5 and not _ends_sentence(line):
            marks.append(Region(s, e, "boilerplate", "menu"))
        else:
            started = True
    if cut is not None:
        marks.append(Region(cut, n, "boilerplate", cut_label))

    regions = sorted(header, key=lambda r: r.start) + marks
    regions.sort(key=lambda r: r.start)
    out: list[Region] = []
    pos = 0
    for r in regions:
        if r.start > pos and text[pos:r.start].strip():
            out.append(Region(pos, r.start, "body"))
        out.append(r)
        pos = max(pos, r.end)
    if pos < n and text[pos:].strip():
        out.append(Region(pos, n, "body"))
    return out, doc_lang
