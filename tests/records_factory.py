"""Hand-made documents for store, export and CLI tests: independent of extraction."""
from __future__ import annotations

import hashlib

from loaders.records import Agreement, DocumentRecord, Figure, Mention, Place, Region, Span

DA_NANG = Place("vn:da-nang", "Da Nang", "VN", "city", geonameid=1583992, population=1276000,
                aliases=("Đà Nẵng", "Danang"))
SAKAI = Place("gn:1853195", "Sakai", "JP", "city", geonameid=1853195, population=826161, admin="Osaka")
KOBE = Place("gn:1859171", "Kobe", "JP", "city", geonameid=1859171, population=1528478, admin="Hyogo")


def spans_of(text: str, needle: str, start: int = 0) -> Span:
    i = text.index(needle, start)
    return Span(i, i + len(needle))


def make_document(source: str = "/corpus/danang.txt", *, extra: str = "") -> DocumentRecord:
    sentence1 = "Đà Nẵng signed a memorandum with Sakai in 2019."
    sentence2 = "Japan is the city's first investor, with 1.14 billion USD in 261 projects."
    sentence3 = "Da Nang hopes to establish ties with Kobe."
    footer = "Related news\nOther headline about Hanoi"
    text = f"Da Nang and Japan\n\n{sentence1} {sentence2} {sentence3}{extra}\n\n{footer}\n"
    body_end = text.index("Related news")
    m = [Mention(*_pos(text, "Đà Nẵng"), DA_NANG.key), Mention(*_pos(text, "Sakai"), SAKAI.key),
         Mention(*_pos(text, "Da Nang", 20), DA_NANG.key), Mention(*_pos(text, "Kobe"), KOBE.key)]
    s1, s2, s3 = spans_of(text, sentence1), spans_of(text, sentence2), spans_of(text, sentence3)
    return DocumentRecord(
        source=source, sha256=hashlib.sha256(text.encode()).hexdigest(), text=text,
        title="Da Nang and Japan", lang="en", published="2019-05",
        regions=[Region(0, 17, "header", "title"), Region(17, body_end, "body"),
                 Region(body_end, len(text), "boilerplate", "related")],
        places={p.key: p for p in (DA_NANG, SAKAI, KOBE)}, mentions=m,
        agreements=[Agreement((DA_NANG.key, SAKAI.key), "mou", "signed", s1, date="2019"),
                    Agreement((DA_NANG.key, KOBE.key), "cooperation", "planned", s3)],
        figures=[Figure("investment", 1.14e9, "USD", s2, spans_of(text, "1.14 billion USD"), DA_NANG.key, "JP"),
                 Figure("projects", 261, "count", s2, spans_of(text, "261 projects"), DA_NANG.key, "JP")])


def _pos(text: str, needle: str, start: int = 0) -> tuple[int, int]:
    i = text.index(needle, start)
    return i, i + len(needle)
