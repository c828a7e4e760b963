"""Figures with their metric, locality, partner and year, on contexts built by hand
(mentions and country cues placed by the test, not by the gazetteer)."""
from __future__ import annotations

import re

import pytest

from loaders.context import DocContext
from loaders.figures import extract_figures
from loaders.records import CountryCue, Mention, Place, Region, Span
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
    Place("t:hokkaido", "Hokkaido", "JP", "prefecture"), Place("t:halong", "Ha Long", "VN", "city", admin="Quang Ninh"),
    Place("t:yaizu", "Yaizu", "JP", "city"), Place("t:nagasaki", "Nagasaki", "JP", "prefecture"),
    Place("t:omura", "Omura", "JP", "city"), Place("t:toulouse", "Toulouse", "FR", "city"),
    Place("t:savannakhet", "Savannakhet", "LA", "province"), Place("t:quangtri", "Quang Tri", "VN", "province"),
    Place("t:hcmc", "Ho Chi Minh City", "VN", "city"), Place("t:gyeongbuk", "Gyeongsangbuk-do", "KR", "province"),
    Place("t:moncai", "Mong Cai", "VN", "city"), Place("t:dongxing", "Dongxing", "CN", "city"),
    Place("t:sf", "San Francisco", "US", "city"), Place("t:guangxi", "Guangxi", "CN", "region"),
    Place("t:thanhhoa", "Thanh Hoa", "VN", "province"), Place("t:houaphanh", "Houaphanh", "LA", "province"),
    Place("t:quangbinh", "Quang Binh", "VN", "province"), Place("t:angiang", "An Giang", "VN", "province"),
    Place("t:takeo", "Takeo", "KH", "city", admin="Takeo Province"), Place("t:laocai", "Lao Cai", "VN", "province"),
    Place("t:sapa", "Sa Pa", "VN", "town", admin="Lao Cai"), Place("t:haiphong", "Hai Phong", "VN", "city"),
    Place("t:dinhvu", "Dinh Vu", "VN", "zone", admin="Hai Phong"), Place("t:laobao", "Lao Bao", "VN", "zone",
                                                                         admin="Quang Tri"),
    Place("t:densavan", "Densavan", "LA", "city", admin="Savannakhet Province"),
    Place("t:tayninh", "Tay Ninh", "VN", "province"), Place("t:svayrieng", "Svay Rieng", "KH", "province"),
    Place("t:bacninh", "Bac Ninh", "VN", "province"), Place("t:gyeonggi", "Gyeonggi", "KR", "province"),
    Place("t:nanning", "Nanning", "CN", "city"), Place("t:phnompenh", "Phnom Penh", "KH", "city",
                                                          admin="Phnom Penh"),
    Place("t:fukuoka", "Fukuoka", "JP", "city", admin="Fukuoka Prefecture"),
    Place("t:phongnha", "Phong Nha", "VN", "zone", admin="Quang Tri"), Place("t:vientiane", "Vientiane", "LA", "city"),
    Place("t:hagiang", "Ha Giang", "VN", "province"), Place("t:kitakyushu", "Kitakyushu", "JP", "city"),
    Place("t:hoankiem", "Hoan Kiem", "VN", "district", admin="Hanoi"), Place("t:kyoto", "Kyoto", "JP", "city"),
    Place("t:iledefrance", "Ile-de-France", "FR", "region"),
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
    "t:thanhhoa": ["Thanh Hoa", "Thanh Hóa"], "t:houaphanh": ["Houaphanh", "Hủa Phăn"],
    "t:quangbinh": ["Quang Binh", "Quảng Bình"], "t:angiang": ["An Giang"], "t:takeo": ["Takeo"],
    "t:laocai": ["Lao Cai", "Lào Cai"], "t:sapa": ["Sa Pa", "Sapa"], "t:haiphong": ["Hai Phong", "Hải Phòng"],
    "t:dinhvu": ["Dinh Vu", "Đình Vũ"], "t:laobao": ["Lao Bao", "Lao Bảo"], "t:densavan": ["Densavan", "Đen Sa Vẳn"],
    "t:tayninh": ["Tay Ninh", "Tây Ninh"], "t:svayrieng": ["Svay Rieng"], "t:bacninh": ["Bac Ninh", "Bắc Ninh"],
    "t:gyeonggi": ["Gyeonggi"], "t:nanning": ["Nanning", "Nam Ninh"], "t:phnompenh": ["Phnom Penh"],
    "t:fukuoka": ["Fukuoka"], "t:phongnha": ["Phong Nha"], "t:vientiane": ["Vientiane", "Viêng Chăn"],
    "t:hagiang": ["Ha Giang", "Hà Giang"], "t:kitakyushu": ["Kitakyushu"], "t:hoankiem": ["Hoan Kiem", "Hoàn Kiếm"],
    "t:kyoto": ["Kyoto"], "t:iledefrance": ["Ile-de-France", "Île-de-France"],
}
CUES = {
    "JP": ["Japan", "Japanese", "Japon", "japonais", "japonaise", "japonaises", "Nhật Bản"],
    "CN": ["China", "Chinese", "Chine", "chinois", "chinoise", "chinoises", "Trung Quốc"],
    "VN": ["Vietnam", "Viet Nam", "Vietnamese", "Vietnamiens", "vietnamiens", "vietnamiennes", "vietnamien",
           "Việt Nam"],
    "FR": ["France", "French", "français", "française", "Pháp"],
    "KR": ["Korea", "Korean", "Corée", "coréenne", "coréennes", "sud-coréens", "Hàn Quốc"],
    "LA": ["Laos", "Lao", "Lào"], "KH": ["Cambodia", "Cambodian", "Cambodge", "Campuchia"],
    "RU": ["Russia", "Russian", "Russie", "russe", "russes", "Nga"], "US": ["United States", "American"],
}


def build_ctx(text: str, lang: str, home: str | None, published: str | None = "2024",
              title: bool = False) -> DocContext:
    """Mentions and cues wherever the test wrote a known name in the body, whole words only.
    With ``title``, the first line is the headline: outside the body, as the pipeline has it."""
    start = text.index("\n") + 1 if title else 0
    body = [Region(start, len(text), "body")]
    taken: list[tuple[int, int]] = [(0, start)] if start else []
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
    cues = sorted((c for c in cues if c.start >= start), key=lambda c: c.start)
    return DocContext(text=text, lang=lang, published=published, body=body,
                      sentences=split_sentences(text, body), mentions=mentions,
                      places={k: P[k] for k in {m.place_key for m in mentions} | ({home} if home else set())},
                      country_cues=cues, home=home,
                      title=Span(0, start - 1) if title else None)


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


def test_the_vietnamese_locality_whichever_way_people_go():
    text = "Japanese investors currently hold 14 projects in Quang Ninh, the home of Ha Long."
    assert figures(text, "en", home="t:halong")[0][:5] == ("projects", 14, "count", "t:quangninh", "JP")
    text = ("Hơn 300 lưu học sinh Sê Kông đang theo học tại các trường đại học trên địa bàn Quảng Nam.")
    assert figures(text, "vi", home="t:quangnam") == [("students", 300, "count", "t:quangnam", "LA", None)]


def test_aid_is_the_vietnamese_sides_given_or_received():
    text = "Trong giai đoạn 2020-2025, tỉnh Quảng Nam đã hỗ trợ Sê Kông hơn 100 tỷ đồng."
    assert figures(text, "vi", home="t:quangnam") == [("aid", 100e9, "VND", "t:quangnam", "LA", None)]
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


# ------------------------------------------------------------------ attribution: the Vietnamese locality reported on

@pytest.mark.parametrize("lang,text", [
    ("en", "13 Thanh Hoa companies invest in Houaphanh with 1,600 billion dong."),
    ("fr", "13 entreprises de Thanh Hoa ont investi à Houaphanh 1 600 milliards de dongs."),
    ("vi", "13 doanh nghiệp Thanh Hóa đầu tư vào Hủa Phăn với tổng vốn 1.600 tỷ đồng."),
])
def test_money_going_abroad_stays_with_the_vietnamese_locality(lang, text):
    got = figures(text, lang, home="t:thanhhoa")
    assert [(m, v, loc, p) for m, v, _, loc, p, _ in got] == [("companies", 13, "t:thanhhoa", "LA"),
                                                               ("investment", 1.6e12, "t:thanhhoa", "LA")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Last year Quang Binh provided the partner province with 5 billion dong in aid."),
    ("fr", "L'an dernier, Quang Binh a accordé une aide de 5 milliards de dongs à la province partenaire."),
    ("vi", "Năm ngoái, Quảng Bình đã hỗ trợ tỉnh bạn 5 tỷ đồng."),
])
def test_aid_to_the_partner_province_is_the_givers_figure(lang, text):
    text = "Quang Binh and Houaphanh reviewed their cooperation. " + text if lang == "en" else (
        "Quang Binh et Houaphanh ont fait le bilan de leur coopération. " + text if lang == "fr" else
        "Quảng Bình và Hủa Phăn đã đánh giá hợp tác. " + text)
    got = figures(text, lang, home="t:quangbinh")
    assert [(m, v, loc, p) for m, v, _, loc, p, _ in got] == [("aid", 5e9, "t:quangbinh", "LA")]


@pytest.mark.parametrize("lang,text", [
    ("en", "An Giang granted 30 scholarships to students from Takeo."),
    ("fr", "An Giang a octroyé 30 bourses à des étudiants de Takeo."),
    ("vi", "An Giang đã cấp 30 suất học bổng cho sinh viên tỉnh Takeo."),
])
def test_scholarships_for_foreign_students_belong_to_the_giver(lang, text):
    assert figures(text, lang, home="t:angiang") == [("scholarships", 30, "count", "t:angiang", "KH", None)]


@pytest.mark.parametrize("lang,text", [
    ("en", "More than 100 Busan-based companies operate in the city."),
    ("fr", "Plus de 100 entreprises de Busan sont implantées dans la ville."),
    ("vi", "Hơn 100 doanh nghiệp Busan đang hoạt động tại thành phố."),
])
def test_a_foreign_locality_gives_its_country_as_partner(lang, text):
    assert figures(text, lang, home="t:hcmc") == [("companies", 100, "count", "t:hcmc", "KR", None)]


@pytest.mark.parametrize("lang,text,place", [
    ("en", "Some 500 Vietnamese students study in Lyon.", "t:lyon"),
    ("fr", "Environ 500 étudiants vietnamiens suivent un cursus à Lyon.", "t:lyon"),
    ("vi", "Hiện có khoảng 6.000 người Việt Nam đang sinh sống tại Fukuoka.", "t:fukuoka"),
])
def test_no_vietnamese_locality_the_foreign_one_with_vietnam_as_partner(lang, text, place):
    got = figures(text, lang, home="t:hanoi")
    assert [(loc, p) for _, _, _, loc, p, _ in got] == [(place, "VN")]


def test_vietnamese_students_from_a_named_province_are_the_provinces():
    text = "Hơn 200 sinh viên Việt Nam, phần lớn quê Nghệ An, theo học tại các trường đại học của Ulyanovsk."
    assert figures(text, "vi", home="t:nghean") == [("students", 200, "count", "t:nghean", "RU", None)]


# ------------------------------------------------------------------ sub-places of the home locality

@pytest.mark.parametrize("lang,text", [
    ("en", "Japanese investors have 176 projects worth US$7.2 billion in the city, many in the Dinh Vu "
           "Industrial Zone."),
    ("en", "Japan has 176 projects worth US$7.2 billion in Hai Phong, many of them in Dinh Vu."),
    ("fr", "Le Japon compte 176 projets d'une valeur de 7,2 milliards d'USD, dont beaucoup dans la zone "
           "industrielle de Dinh Vu."),
    ("vi", "Nhật Bản có 176 dự án với tổng vốn 7,2 tỷ USD, phần lớn tại khu công nghiệp Đình Vũ."),
])
def test_an_industrial_zone_does_not_take_the_figure(lang, text):
    got = figures(text, lang, home="t:haiphong")
    assert [(m, loc, p) for m, _, _, loc, p, _ in got] == [("projects", "t:haiphong", "JP"),
                                                           ("investment", "t:haiphong", "JP")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Trade via the Lao Bao – Densavan border gate pair reached USD 480 million in 2023."),
    ("fr", "Les échanges via la paire de postes-frontières Lao Bao – Densavan ont atteint 480 millions d'USD "
           "en 2023."),
    ("vi", "Năm 2023, kim ngạch thương mại qua cặp cửa khẩu Lao Bảo – Đen Sa Vẳn đạt 480 triệu USD."),
])
def test_a_border_gate_belongs_to_its_province(lang, text):
    assert figures(text, lang, home="t:quangtri") == [("trade", 480e6, "USD", "t:quangtri", "LA", 2023)]


@pytest.mark.parametrize("lang,text", [
    ("en", "The province welcomed 8,600 French visitors, most of them drawn to Sa Pa."),
    ("fr", "La province a accueilli 8 600 visiteurs français, attirés surtout par Sa Pa."),
    ("vi", "Tỉnh đã đón 8.600 lượt khách Pháp, phần lớn đến Sa Pa."),
])
def test_a_tourist_town_inside_the_province_does_not_take_the_figure(lang, text):
    assert figures(text, lang, home="t:laocai") == [("tourists", 8600, "count", "t:laocai", "FR", None)]


# ------------------------------------------------------------------ implicit references

@pytest.mark.parametrize("lang,text", [
    ("en", "The capital is home to some 1,500 South Korean projects."),
    ("fr", "La capitale compte quelque 1 500 projets sud-coréens."),
    ("vi", "Thủ đô hiện có khoảng 1.500 dự án của Hàn Quốc."),
])
def test_the_capital_is_hanoi_when_the_article_is_about_hanoi(lang, text):
    text = text.replace("South Korean", "Korean")
    got = figures("Seoul and Hanoi are partners. " + text if lang == "en" else text, lang, home="t:hanoi")
    assert [(m, loc, p) for m, _, _, loc, p, _ in got] == [("projects", "t:hanoi", "KR")]


def test_the_capital_is_not_the_home_city_when_the_home_is_another():
    from loaders.sentences import DocView
    text = "Busan has friendly ties with the capital and with the city."
    refs = DocView(build_ctx(text, "en", "t:danang")).refs(0, len(text))
    assert [(text[r.start:r.end], r.kind) for r in refs] == [("the city", "home")]
    refs = DocView(build_ctx(text, "en", "t:hanoi")).refs(0, len(text))
    assert [(text[r.start:r.end], r.kind) for r in refs] == [("the capital", "home"), ("the city", "home")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Lao Cai and Yunnan signed a new plan. Trade between the two localities reached US$2 billion in 2023."),
    ("fr", "Lao Cai et le Yunnan ont signé un plan. Les échanges entre les deux localités ont atteint 2 milliards "
           "d'USD en 2023."),
    ("vi", "Lào Cai và Vân Nam đã ký kế hoạch mới. Kim ngạch thương mại giữa hai địa phương đạt 2 tỷ USD năm 2023."),
])
def test_the_two_localities_are_home_and_its_partner(lang, text):
    assert figures(text, lang, home="t:laocai") == [("trade", 2e9, "USD", "t:laocai", "CN", 2023)]


@pytest.mark.parametrize("lang,text", [
    ("en", "Nguyen Van Binh, director of the provincial Department of Planning and Investment, said 23 Japanese "
           "projects were licensed."),
    ("fr", "Nguyen Van Binh, directeur du Service provincial du Plan et de l'Investissement, a indiqué que 23 "
           "projets japonais ont été autorisés."),
    ("vi", "Ông Nguyễn Văn Bình, Giám đốc Sở Kế hoạch và Đầu tư tỉnh, cho biết 23 dự án của Nhật Bản đã được cấp phép."),
])
def test_a_person_as_subject_leaves_the_home_locality(lang, text):
    got = figures("Kobe and Da Nang met. " + text, lang, home="t:danang")
    assert [(m, v, loc, p) for m, v, _, loc, p, _ in got] == [("projects", 23, "t:danang", "JP")]


def test_the_partner_province_in_vietnamese_is_the_foreign_locality():
    text = ("Quảng Nam và Sê Kông có chung đường biên giới. Hơn 300 lưu học sinh của tỉnh bạn đang theo học "
            "tại Quảng Nam.")
    assert figures(text, "vi", home="t:quangnam") == [("students", 300, "count", "t:quangnam", "LA", None)]


def test_border_trade_takes_the_partner_the_article_is_about():
    text = ("Lao Cai and Yunnan signed a new plan. The two sides reviewed the results of 2023. "
            "Trade via the Lao Cai international border gate reached US$2.3 billion in 2023, up 12%.")
    assert figures(text, "en", home="t:laocai") == [("trade", 2.3e9, "USD", "t:laocai", "CN", 2023),
                                                    ("growth", 12, "percent", "t:laocai", "CN", 2023)]


def test_projects_worth_an_amount_are_an_investment():
    got = figures("Japan has 176 projects worth US$7.2 billion in the city.", "en", home="t:haiphong")
    assert [m for m, *_ in got] == ["projects", "investment"]


def test_the_province_of_a_home_city_is_that_province():
    text = "Ha Long (VNA) - The province welcomed 70,000 Japanese visitors, Quang Ninh officials said."
    assert figures(text, "en", home="t:halong")[0][3] == "t:quangninh"


@pytest.mark.parametrize("lang,text", [
    ("en", "Japanese firms have invested US$5 billion in Vietnam, including US$1 billion in Da Nang."),
    ("fr", "Les entreprises japonaises ont investi 5 milliards d'USD au Vietnam, dont 1 milliard à Da Nang."),
])
def test_a_clause_about_vietnam_has_no_locality(lang, text):
    got = figures(text, lang)
    assert [(v, loc, p) for _, v, _, loc, p, _ in got] == [(5e9, None, "JP"), (1e9, "t:danang", "JP")]


def test_patients_and_foreign_students_are_counted():
    text = "Da Nang hospitals have treated more than 2,300 Japanese patients since 2019."
    assert figures(text, "en")[0][:3] == ("patients", 2300, "count")
