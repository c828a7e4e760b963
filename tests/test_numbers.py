"""The number grammar, one format or trap per case, in the three languages."""
from __future__ import annotations

import pytest

from loaders.numbers import find_numbers


def numbers(text: str, lang: str, doc_year: int | None = 2024):
    return find_numbers(text, 0, len(text), lang, doc_year=doc_year)


def quantities(text: str, lang: str):
    return [(n.value, n.unit) for n in numbers(text, lang) if n.quantity]


def one(text: str, lang: str):
    found = [n for n in numbers(text, lang) if n.quantity]
    assert len(found) == 1, [(text[n.start:n.end], n.flags) for n in numbers(text, lang)]
    return found[0]


# ------------------------------------------------------------------ separators by language

@pytest.mark.parametrize("text,lang,value", [
    ("La province compte 2 600 entreprises.", "fr", 2600),
    ("Elle accueille 35\u00a0000 résidents.", "fr", 35000),           # no-break space
    ("Elle accueille 35\u202f000 résidents.", "fr", 35000),           # narrow no-break space
    ("Un total de 1 250 000 visiteurs.", "fr", 1250000),
    ("The park hosts 2,600 firms.", "en", 2600),
    ("Some 1,250,000 visitors came.", "en", 1250000),
    ("Tỉnh có 2.600 doanh nghiệp.", "vi", 2600),
    ("Thành phố đón 1.250.000 lượt khách.", "vi", 1250000),
])
def test_thousands_separators(text, lang, value):
    assert one(text, lang).value == value


@pytest.mark.parametrize("text,lang,value", [
    ("une hausse de 1,14 %", "fr", 1.14),
    ("a share of 1.14 %", "en", 1.14),
    ("tăng 1,14 %", "vi", 1.14),
    ("tăng 2,5%", "vi", 2.5),
])
def test_decimal_marks(text, lang, value):
    assert one(text, lang).value == pytest.approx(value)


def test_a_count_cannot_be_fractional_whatever_the_convention():
    # French and Vietnamese read a comma as decimal, but 2,600 firms are 2600 firms.
    assert one("Il y a 2,600 entreprises.", "fr").value == 2600
    assert one("Có 2,600 doanh nghiệp.", "vi").value == 2600
    # With a scale word the decimal reading stands.
    assert one("1,140 tỷ USD", "vi").value == pytest.approx(1.14e9)


def test_english_dot_is_decimal_and_vietnamese_dot_groups():
    assert one("1.14 billion USD", "en").value == pytest.approx(1.14e9)
    assert one("2.600 doanh nghiệp", "vi").value == 2600
    assert one("1.14 tỷ USD", "vi").value == pytest.approx(1.14e9)  # two digits after: decimal


def test_space_groups_only_in_french():
    # "in 2019 250 projects" is a year and a count, never 2,019,250.
    found = [(n.value, "year" in n.flags) for n in numbers("In 2019 250 projects opened.", "en")]
    assert found == [(2019, True), (250, False)]


# ------------------------------------------------------------------ money

@pytest.mark.parametrize("text,lang,value,unit", [
    ("plus de 1,14 milliard d'USD investis", "fr", 1.14e9, "USD"),
    ("2,3 milliards de dollars", "fr", 2.3e9, "USD"),
    ("650 millions d'USD", "fr", 650e6, "USD"),
    ("3 000 milliards de dongs", "fr", 3e12, "VND"),
    ("5 millions d'euros", "fr", 5e6, "EUR"),
    ("environ 150 000 euros", "fr", 150000, "EUR"),
    ("20 milliards de yens", "fr", 20e9, "JPY"),
    ("more than US$ 556 million", "en", 556e6, "USD"),
    ("around US$200 million per year", "en", 200e6, "USD"),
    ("$1.2 billion", "en", 1.2e9, "USD"),
    ("$500k in grants", "en", 500e3, "USD"),
    ("400 million USD", "en", 400e6, "USD"),
    ("USD 12 million", "en", 12e6, "USD"),
    ("VND 10 trillion", "en", 10e12, "VND"),
    ("KRW 5 billion", "en", 5e9, "KRW"),
    ("3 billion yen", "en", 3e9, "JPY"),
    ("€45 million", "en", 45e6, "EUR"),
    ("500 triệu USD", "vi", 500e6, "USD"),
    ("1,2 tỷ USD", "vi", 1.2e9, "USD"),
    ("10 tỷ đồng", "vi", 10e9, "VND"),
    ("hơn 3 nghìn tỷ đồng", "vi", 3e12, "VND"),
    ("2 tỉ đồng", "vi", 2e9, "VND"),
    ("15 triệu euro", "vi", 15e6, "EUR"),
])
def test_money(text, lang, value, unit):
    n = one(text, lang)
    assert (n.value, n.unit) == (pytest.approx(value), unit)
    assert text[n.start:n.end].split()[-1] in text  # the span covers the expression


def test_span_covers_qualifier_currency_scale():
    text = "with more than US$ 556 million invested"
    n = one(text, "en")
    assert text[n.start:n.end] == "more than US$ 556 million"
    assert text[n.num_start:n.num_end] == "556"


def test_scale_words_scale_counts_too():
    assert one("1,5 million de touristes", "fr").value == 1.5e6
    assert one("1,5 triệu lượt khách", "vi").value == 1.5e6


def test_a_converted_amount_in_brackets_is_flagged():
    found = numbers("10 tỷ đồng (430.000 USD)", "vi")
    assert [n.quantity for n in found] == [True, False]
    assert "conversion" in found[1].flags


def test_vietnamese_bank_is_not_a_thousand():
    assert one("5 ngân hàng", "vi").value == 5


# ------------------------------------------------------------------ percent and qualifiers

@pytest.mark.parametrize("text,lang,qualifier", [
    ("plus de 261 projets", "fr", "over"),
    ("environ 35 000 Vietnamiens", "fr", "about"),
    ("près de 80 000 personnes", "fr", "nearly"),
    ("moins de 10 projets", "fr", "under"),
    ("over 1,000 students", "en", "over"),
    ("about 40,000 job-seekers", "en", "about"),
    ("nearly US$6 billion", "en", "nearly"),
    ("at least 12 cities", "en", "at_least"),
    ("up to 30 firms", "en", "up_to"),
    ("hơn 300 sinh viên", "vi", "over"),
    ("khoảng 60.000 lượt khách", "vi", "about"),
    ("gần 200 dự án", "vi", "nearly"),
])
def test_qualifiers(text, lang, qualifier):
    assert one(text, lang).qualifier == qualifier


@pytest.mark.parametrize("text,lang", [
    ("environ 30% de l'espace", "fr"), ("30 % des entreprises", "fr"), ("30 pour cent", "fr"),
    ("30 percent of exports", "en"), ("30 per cent", "en"), ("30% of firms", "en"),
    ("chiếm 30%", "vi"), ("30 phần trăm", "vi"),
])
def test_percent(text, lang):
    n = one(text, lang)
    assert (n.value, n.unit) == (30, "percent")


# ------------------------------------------------------------------ what is not a quantity

@pytest.mark.parametrize("text,lang,flag", [
    ("the 1962 establishment of ties", "en", "year"),
    ("Festival Hokkaido 2023", "fr", "year"),
    ("en 2013, Hanoï", "fr", "year"),
    ("le 17 octobre", "fr", "date"),
    ("ngày 17/11/2023", "vi", "date"),
    ("tháng 11 năm 2023", "vi", "date"),
    ("on November 17, the", "en", "date"),
    ("at 11:25 the", "en", "time"),
    ("Listen 0:00", "en", "time"),
    ("à 10h30 le", "fr", "time"),
    ("(0236) 1022", "vi", "phone"),
    ("Hotline: 1900 6868", "en", "phone"),
    ("le 50e anniversaire", "fr", "ordinal"),
    ("the 3rd time", "en", "ordinal"),
    ("lần thứ 5", "vi", "ordinal"),
    ("over the past 5 years", "en", "duration"),
    ("depuis 30 ans", "fr", "duration"),
    ("trong 5 năm qua", "vi", "duration"),
    ("a five-year plan, a 30-year tie", "en", "duration"),
    ("COVID-19 pandemic", "en", "name"),
    ("5G networks", "en", "name"),
    ("Industrie 4.0", "fr", "name"),
    ("Decree No. 15 says", "en", "label"),
])
def test_not_quantities(text, lang, flag):
    found = numbers(text, lang)
    assert found, text
    assert any(flag in n.flags for n in found), [(text[n.start:n.end], n.flags) for n in found]
    if flag != "duration" or "five" not in text:
        assert not [n for n in found if n.quantity], [(text[n.start:n.end], n.flags) for n in found]


def test_list_numbering():
    text = "1. Đường dây nóng\n2. Hướng dẫn thủ tục"
    found = numbers(text, "vi")
    assert [n.value for n in found] == [1, 2]
    assert all("list" in n.flags for n in found)


def test_year_ranges_are_flagged():
    found = numbers("during the 1930 - 2007 period", "en")
    assert all("range" in n.flags and "year" in n.flags for n in found)
    found = numbers("pour la période 2022-2024", "fr")
    assert all("range" in n.flags for n in found)


def test_a_year_with_a_qualifier_is_a_count():
    # "plus de 2000 étudiants": a qualifier makes it a quantity, not a year.
    n = one("plus de 2000 étudiants", "fr")
    assert n.value == 2000 and "year" not in n.flags


def test_us_dollar_sign_is_part_of_the_expression():
    text = "US$ 45 million"
    n = one(text, "en")
    assert n.start == 0 and n.end == len(text)


@pytest.mark.parametrize("text,lang,unit", [
    ("5 milliards d'USD au Vietnam, dont 1 milliard à Da Nang", "fr", "USD"),
    ("10 tỷ đồng, trong đó 3 tỷ cho giáo dục", "vi", "VND"),
    ("US$5 billion, including 1 billion in Da Nang", "en", "USD"),
])
def test_a_scaled_amount_after_money_takes_its_currency(text, lang, unit):
    assert [n.unit for n in numbers(text, lang) if n.quantity] == [unit, unit]


def test_a_scaled_count_in_another_sentence_keeps_no_currency():
    found = numbers("Le projet coûte 5 milliards d'USD. Il concerne 1 million d'habitants.", "fr")
    assert [n.unit for n in found if n.quantity] == ["USD", "count"]


@pytest.mark.parametrize("text, value, unit", [
    # Portals that drop the diacritics still write the scale words.
    ("kim ngach dat 186,4 trieu USD", 186.4e6, "USD"),
    ("ho tro 12,5 ty dong", 12.5e9, "VND"),
])
def test_vietnamese_scale_words_without_diacritics(text, value, unit):
    n = one(text, "vi")
    assert (n.value, n.unit) == (pytest.approx(value), unit)


def test_ngan_without_diacritics_is_not_a_thousand():
    # "ngan hang" is a bank there, not "ngàn" (thousand).
    assert quantities("5 ngan hang tham gia", "vi") == [(5, "count")]
