"""Body versus site furniture, decided by the shape of the page."""
from __future__ import annotations

from loaders.boilerplate import find_regions
from loaders.records import Region

BODY = ("Hai Phong and Kitakyushu marked fifteen years of friendship on Monday. "
        "The two cities signed a cooperation agreement on port management.\n\n"
        "Officials from both sides met at the city hall to review projects in waste treatment.\n\n")


def _labels(text, header=()):
    regions, _ = find_regions(text, list(header), "en")
    return [(r.role, r.label, text[r.start:r.end].strip()) for r in regions]


def _body(text, header=()):
    regions, _ = find_regions(text, list(header), "en")
    return "".join(text[r.start:r.end] for r in regions if r.role == "body")


def test_related_block_after_a_marker_line_is_set_aside():
    text = BODY + "Read more\n\nHue welcomes visitors from Kyoto\n\nCan Tho signs deal with a Dutch province\n"
    body = _body(text)
    assert "Kitakyushu" in body and "Kyoto" not in body and "Can Tho" not in body
    assert ("boilerplate", "related") in [(r, l) for r, l, _ in _labels(text)]


def test_marker_words_are_not_needed_for_a_trailing_list_of_headlines():
    text = BODY + "Hue welcomes visitors from Kyoto\nCan Tho hosts Dutch delegation\nLao Cai opens new border gate\n"
    assert "Kyoto" not in _body(text)


def test_footer_after_a_bare_domain_and_copyright_line():
    text = BODY + "www.example-city.gov.vn\n\n© 2024 City Portal. All rights reserved. Hotline: 1022\n"
    assert "©" not in _body(text) and "example-city" not in _body(text)


def test_tail_in_another_language_is_a_footer():
    text = BODY + ("Đường dây nóng tiếp nhận ý kiến của người dân và doanh nghiệp về thủ tục hành chính\n"
                   "Hướng dẫn thực hiện các thủ tục trực tuyến cho công dân\n")
    assert "Đường" not in _body(text) and "Kitakyushu" in _body(text)


def test_photo_captions_and_repeated_lines_are_boilerplate():
    caption = "Leaders of Hai Phong and Kitakyushu at the ceremony. Photo: VNA"
    text = caption + "\n" + BODY + "Students of both cities at a workshop in the harbour district\n" * 2 + BODY
    labels = {l for r, l, _ in _labels(text) if r == "boilerplate"}
    assert {"caption", "repeated"} <= labels


def test_short_menu_lines_before_the_first_paragraph():
    text = "Hai Phong deepens ties\nListen to article\n0:00 0:00\n\n" + BODY
    header = [Region(0, len("Hai Phong deepens ties"), "header", "title")]
    labels = _labels(text, header)
    assert ("boilerplate", "menu", "Listen to article") in labels


def test_a_marker_early_in_the_article_does_not_cut_the_body():
    # "Source" as the first line is an attribution, not the start of a footer.
    text = "Source\n" + BODY + BODY.replace("Monday", "Tuesday") + BODY.replace("Monday", "Friday")
    assert _body(text).count("Kitakyushu") == 3


def test_regions_cover_the_text_in_order_without_overlap():
    text = "Title\n" + BODY + "Related news\nA\nB\n"
    regions, _ = find_regions(text, [Region(0, 5, "header", "title")], "en")
    for a, b in zip(regions, regions[1:]):
        assert a.end <= b.start


def test_listed_headlines_with_dates_above_an_agency_credit():
    text = BODY + ("- Hue welcomes visitors from Kyoto (12/04/2024)\n"
                   "- Can Tho hosts a Dutch delegation (09/05/2024)\n"
                   "- Lao Cai opens a new border gate (02/05)\n\nVNA/CVN\n")
    body = _body(text)
    assert "Kitakyushu" in body and "Kyoto" not in body and "Lao Cai" not in body


def test_a_list_of_figures_in_the_body_is_not_a_list_of_headlines():
    text = BODY + ("Japan's investment in the city:\n- 2022: 120 projects.\n- 2023: 135 projects.\n"
                   "- 2024: 150 projects.\n\nThe city expects more in 2025.\n")
    assert "135 projects" in _body(text)


def test_french_and_vietnamese_related_markers():
    for marker in ("Articles connexes", "Tin cùng chủ đề"):
        text = BODY + f"{marker}\n\nHue welcomes visitors from Kyoto\n"
        assert "Kyoto" not in _body(text), marker
