"""Figures with their metric, locality, partner and year, on contexts built by hand
(mentions and country cues placed by the test, not by the gazetteer)."""
from __future__ import annotations

import re

import pytest

from loaders.context import DocContext
from loaders.figures import extract_figures
from loaders.records import CountryCue, Mention, Place, Region
from loaders.sentences import split_sentences

P = {p.key: p for p in [
    Place("t:danang", "Da Nang", "VN", "city"), Place("t:hanoi", "Hanoi", "VN", "city"),
    Place("t:hue", "Hue", "VN", "city"), Place("t:quangninh", "Quang Ninh", "VN", "province"),
    Place("t:quangnam", "Quang Nam", "VN", "province"), Place("t:nghean", "Nghe An", "VN", "province"),
    Place("t:kanagawa", "Kanagawa", "JP", "prefecture"), Place("t:kawasaki", "Kawasaki", "JP", "city"),
    Place("t:osaka", "Osaka", "JP", "city"), Place("t:kobe", "Kobe", "JP", "city"),
    Place("t:tokyo", "Tokyo", "JP", "city"), Place("t:sakai", "Sakai", "JP", "city"),
    Place("t:shandong", "Shandong", "CN", "province"), Place("t:kunming", "Kunming", "CN", "city"),
    Place("t:yunnan", "Yunnan", "CN", "province"), Place("t:blois", "Blois", "FR", "city"),
    Place("t:lyon", "Lyon", "FR", "city"), Place("t:sekong", "Sekong", "LA", "province"),
    Place("t:ulyanovsk", "Ulyanovsk", "RU", "oblast"), Place("t:busan", "Busan", "KR", "city"),
    Place("t:hokkaido", "Hokkaido", "JP", "prefecture"), Place("t:halong", "Ha Long", "VN", "city"),
    Place("t:yaizu", "Yaizu", "JP", "city"), Place("t:nagasaki", "Nagasaki", "JP", "prefecture"),
    Place("t:omura", "Omura", "JP", "city"), Place("t:toulouse", "Toulouse", "FR", "city"),
    Place("t:savannakhet", "Savannakhet", "LA", "province"), Place("t:quangtri", "Quang Tri", "VN", "province"),
    Place("t:hcmc", "Ho Chi Minh City", "VN", "city"), Place("t:gyeongbuk", "Gyeongsangbuk-do", "KR", "province"),
    Place("t:moncai", "Mong Cai", "VN", "city"), Place("t:dongxing", "Dongxing", "CN", "city"),
    Place("t:sf", "San Francisco", "US", "city"), Place("t:guangxi", "Guangxi", "CN", "region"),
]}
# Surface forms the tests write, per place key.
NAMES = {
    "t:danang": ["Da Nang", "Đà Nẵng", "Dà Nang"], "t:hanoi": ["Hanoi", "Hanoï", "Hà Nội"],
    "t:hue": ["Hue", "Hué", "Huế"], "t:quangninh": ["Quang Ninh", "Quảng Ninh"],
    "t:quangnam": ["Quang Nam", "Quảng Nam"], "t:nghean": ["Nghe An", "Nghệ An"],
    "t:kanagawa": ["Kanagawa"], "t:kawasaki": ["Kawasaki"], "t:osaka": ["Osaka"], "t:kobe": ["Kobe"],
    "t:tokyo": ["Tokyo"], "t:sakai": ["Sakai"], "t:shandong": ["Shandong", "Sơn Đông"],
    "t:kunming": ["Kunming"], "t:yunnan": ["Yunnan", "Vân Nam"], "t:blois": ["Blois"], "t:lyon": ["Lyon"],
    "t:sekong": ["Sekong", "Sê Kông"], "t:ulyanovsk": ["Ulyanovsk"], "t:busan": ["Busan"],
    "t:hokkaido": ["Hokkaido"], "t:halong": ["Ha Long", "Hạ Long"], "t:yaizu": ["Yaizu"],
    "t:nagasaki": ["Nagasaki"], "t:omura": ["Omura"], "t:toulouse": ["Toulouse"],
    "t:savannakhet": ["Savannakhet"], "t:quangtri": ["Quang Tri", "Quảng Trị"],
    "t:hcmc": ["Ho Chi Minh City", "HCM City", "Hô Chi Minh-Ville", "TP.HCM"],
    "t:gyeongbuk": ["Gyeongsangbuk-do", "Gyeongbuk"], "t:moncai": ["Mong Cai", "Móng Cái"],
    "t:dongxing": ["Dongxing", "Đông Hưng"], "t:sf": ["San Francisco"], "t:guangxi": ["Guangxi", "Quảng Tây"],
}
CUES = {
    "JP": ["Japan", "Japanese", "Japon", "japonais", "japonaise", "japonaises", "Nhật Bản"],
    "CN": ["China", "Chinese", "Chine", "chinois", "chinoise", "chinoises", "Trung Quốc"],
    "VN": ["Vietnam", "Viet Nam", "Vietnamese", "Vietnamiens", "vietnamiens", "vietnamiennes", "vietnamien",
           "Việt Nam"],
    "FR": ["France", "French", "français", "française", "Pháp"],
    "KR": ["Korea", "Korean", "Corée", "coréenne", "Hàn Quốc"], "LA": ["Laos", "Lao", "Lào"],
    "RU": ["Russia", "Russian", "Russie", "russes", "Nga"], "US": ["United States", "American"],
}


def build_ctx(text: str, lang: str, home: str | None, published: str | None = "2024") -> DocContext:
    """Mentions and cues wherever the test wrote a known name, whole words only."""
    body = [Region(0, len(text), "body")]
    taken: list[tuple[int, int]] = []
    mentions, cues = [], []
    names = sorted(((n, k) for k, ns in NAMES.items() for n in ns), key=lambda x: -len(x[0]))
    for name, key in names:
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            if not any(a < m.end() and m.start() < b for a, b in taken):
                taken.append(m.span())
                mentions.append(Mention(m.start(), m.end(), key))
    words = sorted(((w, iso) for iso, ws in CUES.items() for w in ws), key=lambda x: -len(x[0]))
    for word, iso in words:
        for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text):
            if not any(a < m.end() and m.start() < b for a, b in taken):
                taken.append(m.span())
                cues.append(CountryCue(m.start(), m.end(), iso))
    mentions.sort(key=lambda m: m.start)
    cues.sort(key=lambda c: c.start)
    return DocContext(text=text, lang=lang, published=published, body=body,
                      sentences=split_sentences(text, body), mentions=mentions,
                      places={k: P[k] for k in {m.place_key for m in mentions} | ({home} if home else set())},
                      country_cues=cues, home=home)


def figures(text: str, lang: str, home: str | None = "t:danang", published: str | None = "2024"):
    ctx = build_ctx(text, lang, home, published)
    return [(f.metric, f.value, f.unit, f.locality, f.partner, f.year) for f in extract_figures(ctx)]


def test_the_design_example_two_figures_one_sentence():
    text = "Japan is Da Nang's first investor, with over 1.14 billion USD in 261 projects."
    assert figures(text, "en") == [("investment", 1.14e9, "USD", "t:danang", "JP", None),
                                   ("projects", 261, "count", "t:danang", "JP", None)]


def test_french_implicit_city_and_country_as_subject():
    text = ("Le Japon est le premier investisseur de la ville, avec plus de 1,14 milliard d'USD investis "
            "dans 261 projets.")
    assert figures(text, "fr") == [("investment", 1.14e9, "USD", "t:danang", "JP", None),
                                   ("projects", 261, "count", "t:danang", "JP", None)]


def test_exports_and_imports_with_the_year_of_the_governing_clause():
    text = ("En 2023, les exportations de Da Nang vers le Japon ont atteint 650 millions d'USD, "
            "et les importations en provenance du Japon, 350 millions d'USD.")
    assert figures(text, "fr") == [("exports", 650e6, "USD", "t:danang", "JP", 2023),
                                   ("imports", 350e6, "USD", "t:danang", "JP", 2023)]


def test_a_specific_flow_wins_over_a_generic_one():
    text = "The city's export turnover to China reached US$ 45 million, while its imports stood at US$200 million."
    assert figures(text, "en") == [("exports", 45e6, "USD", "t:danang", "CN", None),
                                   ("imports", 200e6, "USD", "t:danang", "CN", None)]


def test_demonym_adjectives_give_the_partner():
    text = "Da Nang has attracted 142 Chinese-invested projects worth US$ 556 million."
    assert figures(text, "en") == [("projects", 142, "count", "t:danang", "CN", None),
                                   ("investment", 556e6, "USD", "t:danang", "CN", None)]


def test_a_foreign_locality_counting_vietnamese_residents():
    text = "Kanagawa compte environ 35 000 Vietnamiens et 17 entreprises vietnamiennes."
    assert figures(text, "fr", home="t:hanoi") == [("residents", 35000, "count", "t:kanagawa", "VN", None),
                                                   ("companies", 17, "count", "t:kanagawa", "VN", None)]


def test_a_figure_about_a_whole_country_has_no_locality():
    text = ("En recevant la délégation de Hanoï, le président de la JETRO a déclaré que les investissements "
            "japonais au Vietnam s'élevaient à 12,5 milliards de dollars.")
    assert figures(text, "fr", home="t:hanoi") == [("investment", 12.5e9, "USD", None, "JP", None)]


def test_trade_between_the_two_countries_has_no_locality_and_the_articles_partner():
    text = ("La Russie et le Vietnam coopèrent depuis longtemps. "
            "Les échanges commerciaux entre les deux pays ont atteint 4,5 milliards d'USD l'an dernier.")
    assert figures(text, "fr", home="t:hanoi", published="2023-06") == [
        ("trade", 4.5e9, "USD", None, "RU", 2022)]


def test_destination_decides_the_locality():
    text = "Japanese investors currently hold 14 projects in Quang Ninh, the home of Ha Long."
    assert figures(text, "en", home="t:halong")[0][:5] == ("projects", 14, "count", "t:quangninh", "JP")
    text = ("Hơn 300 lưu học sinh Sê Kông đang theo học tại các trường đại học trên địa bàn Quảng Nam.")
    assert figures(text, "vi", home="t:quangnam") == [("students", 300, "count", "t:quangnam", "LA", None)]
    text = "Hơn 200 sinh viên Việt Nam, phần lớn quê Nghệ An, theo học tại các trường đại học của Ulyanovsk."
    assert figures(text, "vi", home="t:nghean") == [("students", 200, "count", "t:ulyanovsk", "VN", None)]


def test_aid_goes_to_the_recipient():
    text = "Trong giai đoạn 2020-2025, tỉnh Quảng Nam đã hỗ trợ Sê Kông hơn 100 tỷ đồng."
    assert figures(text, "vi", home="t:quangnam") == [("aid", 100e9, "VND", "t:sekong", "VN", None)]
    text = "La ville de Blois a mobilisé environ 150 000 euros de cofinancement pour ces chantiers."
    assert figures(text, "fr", home="t:hue") == [("aid", 150000, "EUR", "t:hue", "FR", None)]


def test_oda_capital_is_aid_not_investment():
    text = "Nhật Bản là nhà tài trợ ODA lớn của tỉnh, với tổng vốn khoảng 200 triệu USD."
    assert figures(text, "vi", home="t:hue") == [("aid", 200e6, "USD", "t:hue", "JP", None)]


def test_vietnamese_tourists_with_the_year_and_the_home_reference():
    text = "Cũng trong năm 2023, tỉnh đón khoảng 320.000 lượt khách du lịch Trung Quốc, chủ yếu qua cửa khẩu Móng Cái."
    assert figures(text, "vi", home="t:quangninh") == [
        ("tourists", 320000, "count", "t:quangninh", "CN", 2023)]


def test_partner_counts_need_a_sentence_about_ties():
    text = "Da Nang a établi des liens de coopération avec 49 localités dans 22 pays, avec 104 accords signés."
    assert figures(text, "fr") == [("partner_localities", 49, "count", "t:danang", None, None),
                                   ("partner_countries", 22, "count", "t:danang", None, None),
                                   ("agreements", 104, "count", "t:danang", None, None)]
    # Provinces hit by a storm are not partners.
    assert figures("The storm hit 12 provinces last week.", "en") == []


def test_a_country_named_in_a_subset_is_not_the_partner():
    text = "Hiện Huế có quan hệ hợp tác với 14 địa phương nước ngoài, trong đó có thành phố Blois (Pháp)."
    assert figures(text, "vi", home="t:hue") == [("partner_localities", 14, "count", "t:hue", None, None)]


def test_people_are_residents_only_where_they_live():
    assert figures("La communauté coréenne installée à Da Nang compte près de 80 000 personnes.", "fr") == [
        ("residents", 80000, "count", "t:danang", "KR", None)]
    assert figures("Some 300 people attended the ceremony in Da Nang.", "en") == []


def test_counts_without_a_known_noun_are_not_figures():
    assert figures("Da Nang and Sakai have 12 things in common.", "en") == []


def test_traps_are_not_figures():
    text = ("Over the past 5 years, during the 1930 - 2007 period and since 1962, the Festival Hokkaido 2023 "
            "marked the 50th anniversary on 17 November; call (0236) 1022 or 1900 6868.")
    assert figures(text, "en") == []
    text = "Le 50e anniversaire des relations, le 17 octobre, à 10h30, a réuni 3 délégations."
    assert [f[0] for f in figures(text, "fr")] == ["delegations"]


def test_growth_and_share():
    got = figures("Exports from Da Nang to Japan rose 15% while Japan's share of its trade is 30%.", "en")
    assert [(m, v, u) for m, v, u, *_ in got] == [("growth", 15, "percent"), ("share", 30, "percent")]
    got = figures("Kim ngạch xuất khẩu của Đà Nẵng sang Nhật Bản giảm 5%.", "vi")
    assert got[0][:3] == ("growth", -5, "percent")


def test_qualifier_and_spans_are_kept():
    text = "Da Nang is now home to 120 Japanese companies, which employ about 40,000 workers."
    ctx = build_ctx(text, "en", "t:danang")
    figs = extract_figures(ctx)
    assert [(f.metric, f.value, f.partner) for f in figs] == [("companies", 120, "JP"), ("jobs", 40000, "JP")]
    assert figs[1].qualifier == "about"
    assert text[figs[1].number.start:figs[1].number.end] == "about 40,000"
    assert figs[0].evidence.slice(text) == text


def test_the_same_figure_twice_is_one_record():
    text = "Da Nang has 261 Japanese projects. Da Nang has 261 Japanese projects."
    assert len(figures(text, "en")) == 1


def test_vietnamese_money_and_counts():
    text = ("Các nhà đầu tư Trung Quốc hiện có 67 dự án tại Quảng Ninh với tổng vốn đăng ký khoảng 500 triệu USD.")
    assert figures(text, "vi", home="t:quangninh") == [
        ("projects", 67, "count", "t:quangninh", "CN", None),
        ("investment", 500e6, "USD", "t:quangninh", "CN", None)]


@pytest.mark.parametrize("lang,text", [
    ("en", "Trade between Da Nang and Japan reached US$ 1.2 billion in 2019."),
    ("fr", "Les échanges commerciaux entre Da Nang et le Japon ont atteint 1,2 milliard d'USD en 2019."),
    ("vi", "Kim ngạch thương mại giữa Đà Nẵng và Nhật Bản đạt 1,2 tỷ USD năm 2019."),
])
def test_trade_in_three_languages(lang, text):
    assert figures(text, lang) == [("trade", 1.2e9, "USD", "t:danang", "JP", 2019)]


def test_a_changed_context_is_read_again():
    text = "Da Nang has 261 Japanese projects."
    ctx = build_ctx(text, "en", "t:danang")
    assert extract_figures(ctx)[0].locality == "t:danang"
    ctx.mentions = []
    ctx.home = None
    assert extract_figures(ctx)[0].locality is None
