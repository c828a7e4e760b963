"""A small store for the browser's tests, written from hand-made records.

Independent of extraction: each document says exactly which places, ties and
figures it holds, with spans found by searching the text for the sentence.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from loaders.records import Agreement, DocumentRecord, Figure, Mention, Place, Region, Span
from store.db import open_db
from store.writer import add_document

DA_NANG = Place("vn:da-nang", "Da Nang", "VN", "city", aliases=("Đà Nẵng", "Danang", "Dà Nang"))
HCMC = Place("vn:ho-chi-minh", "Ho Chi Minh City", "VN", "city", aliases=("TP. Hồ Chí Minh", "Saigon"))
HANOI = Place("vn:ha-noi", "Hanoi", "VN", "city", aliases=("Hà Nội",))
SAKAI = Place("gn:1853195", "Sakai", "JP", "city", admin="Osaka")
SAKAI_IBARAKI = Place("gn:2111684", "Sakai", "JP", "town", admin="Ibaraki")
KAWASAKI = Place("gn:1859642", "Kawasaki", "JP", "city")
YOKOHAMA = Place("gn:1848354", "Yokohama", "JP", "city")
KISARAZU = Place("gn:2112309", "Kisarazu", "JP", "city")
KOBE = Place("gn:1859171", "Kobe", "JP", "city")
BUSAN = Place("gn:1838524", "Busan", "KR", "city")
OTAWARA = Place("gn:2111149", "Ōtawara", "JP", "city", aliases=("Ohtawara",))

INJECTION = ("Markup test: [bold]x[/] and [link=http://e]y[/link] and \x1b[31mred\x1b[0m "
             "and \x1b]52;c;AAAA\x07 end.")


def span(text: str, needle: str, start: int = 0) -> Span:
    i = text.index(needle, start)
    return Span(i, i + len(needle))


def _doc(source: str, title: str, lang: str, published: str, body: str, places: list[Place],
         agreements=(), figures=(), footer: str = "") -> DocumentRecord:
    head = f"{title}\n\n"
    text = head + body + (f"\n\nRelated news\n{footer}\n" if footer else "\n")
    body_end = len(head) + len(body)
    regions = [Region(0, len(title), "header", "title"), Region(len(head), body_end, "body")]
    if footer:
        regions.append(Region(body_end, len(text), "boilerplate", "related"))
    mentions = []
    for p in places:
        for form in (p.name, *p.aliases):
            at = 0
            while (i := text.find(form, at, body_end)) >= 0:
                if i >= len(head):
                    mentions.append(Mention(i, i + len(form), p.key))
                at = i + len(form)
    mentions.sort(key=lambda m: m.start)
    return DocumentRecord(
        source=source, sha256=hashlib.sha256(text.encode()).hexdigest(), text=text, title=title, lang=lang,
        published=published, regions=regions, places={p.key: p for p in places}, mentions=mentions,
        agreements=[a(text) for a in agreements], figures=[f(text) for f in figures])


def _tie(a: Place, b: Place, kind: str, status: str, sentence: str, date: str | None = None):
    return lambda text: Agreement((a.key, b.key), kind, status, span(text, sentence), date=date)


def _figure(metric: str, value: float, unit: str, sentence: str, number: str, place: Place | None,
            partner: str | None = None, year: int | None = None, qualifier: str | None = None):
    return lambda text: Figure(metric, value, unit, span(text, sentence), span(text, number),
                               place.key if place else None, partner, year, qualifier)


def documents() -> list[DocumentRecord]:
    s1 = "Da Nang et Sakai ont signé un mémorandum de coopération le 16 octobre 2014."
    d1 = _doc("/corpus/2014-danang-sakai.txt", "Da Nang et Sakai", "fr", "2014-10",
              f"{s1} La ville coopère aussi avec le Japon.", [DA_NANG, SAKAI],
              [_tie(DA_NANG, SAKAI, "mou", "signed", s1, "2014-10-16")])
    s2 = "Da Nang signed MoUs with four Japanese cities: Kawasaki, Sakai, Yokohama and Kisarazu."
    s3 = "Japan is Da Nang's first investor, with over 1.14 billion USD in 261 projects."
    s4 = "Da Nang and Sakai established friendship ties in March 2024."
    d2 = _doc("/corpus/2024-danang-japan.txt", "Da Nang and Japanese localities", "en", "2024-06",
              f"The city welcomed the consul.\n\n{s2} {s3}\n\nMore text follows here. {s4}",
              [DA_NANG, SAKAI, KAWASAKI, YOKOHAMA, KISARAZU],
              [_tie(DA_NANG, KAWASAKI, "mou", "signed", s2), _tie(DA_NANG, SAKAI, "mou", "signed", s2),
               _tie(DA_NANG, YOKOHAMA, "mou", "signed", s2), _tie(DA_NANG, KISARAZU, "mou", "signed", s2),
               _tie(DA_NANG, SAKAI, "friendship", "established", s4, "2024-03")],
              [_figure("investment", 1.14e9, "USD", s3, "1.14 billion USD", DA_NANG, "JP", qualifier="over"),
               _figure("projects", 261, "count", s3, "261 projects", DA_NANG, "JP")],
              footer="Other headline about Hanoi\nPhoto: Da Nang beach")
    s5 = "TP. Hồ Chí Minh và Busan đã ký kết thỏa thuận hữu nghị năm 2019."
    s6 = "Có khoảng 35.000 người Hàn Quốc sinh sống tại TP. Hồ Chí Minh."
    d3 = _doc("/corpus/hcmc-busan.txt", "TP. Hồ Chí Minh và Busan", "vi", "2019-11-02", f"{s5} {s6}",
              [HCMC, BUSAN], [_tie(HCMC, BUSAN, "friendship", "established", s5, "2019")],
              [_figure("residents", 35000, "count", s6, "35.000", HCMC, "KR", qualifier="about")])
    s7 = f"Hanoi and Kobe plan to cooperate. {INJECTION}"
    d4 = _doc("/corpus/injection.txt", "Markup [bold]title[/] \x1b[31mred\x1b[0m", "en", "2023-01",
              f"{s7} Nothing else.", [HANOI, KOBE], [_tie(HANOI, KOBE, "cooperation", "planned", s7)])
    s8 = "Sakai in Ibaraki and Ohtawara exchanged students; Sakai and Da Nang renewed their memorandum."
    d5 = _doc("/corpus/2014-sakai-again.txt", "Memorandum renewed", "en", "2014-12", s8,
              [SAKAI_IBARAKI, OTAWARA, DA_NANG, SAKAI],
              [_tie(DA_NANG, SAKAI, "mou", "signed", s8, "2014-10-16")])
    return [d1, d2, d3, d4, d5]


def build_store(path: Path, docs: list[DocumentRecord] | None = None) -> Path:
    db = open_db(path)
    try:
        for doc in documents() if docs is None else docs:
            add_document(db, doc, "test")
    finally:
        db.close()
    return path


@pytest.fixture
def tui_store(tmp_path: Path) -> Path:
    return build_store(tmp_path / "twinlens.db")


async def settle(pilot) -> None:
    """Let workers finish and their results reach the screen."""
    for _ in range(3):
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
    await pilot.pause()
