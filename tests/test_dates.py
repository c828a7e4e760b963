"""Dates as the three languages write them, with and without the document's year."""
from __future__ import annotations

import pytest

from loaders.dates import find_dates, parse_date_phrase


def dates(text: str, lang: str | None, doc_year: int | None = 2024):
    return [(text[d.start:d.end], d.value, d.marker) for d in find_dates(text, 0, len(text), lang, doc_year)]


@pytest.mark.parametrize("text,lang,value", [
    ("Le 17 novembre, la ville a signé", "fr", "2024-11-17"),
    ("le 16 octobre à Tokyo", "fr", "2024-10-16"),
    ("le 1er juin 2023", "fr", "2023-06-01"),
    ("mercredi 19 juin, le consul", "fr", "2024-06-19"),
    ("les 16 et 17 novembre", "fr", "2024-11-16"),
    ("du 15 au 18 octobre", "fr", "2024-10-15"),
    ("en juillet 2024", "fr", "2024-07"),
    ("signed on November 17, the", "en", "2024-11-17"),
    ("on Oct 16, 2024 in Hanoi", "en", "2024-10-16"),
    ("on Oct. 16 in Hanoi", "en", "2024-10-16"),
    ("on 17 November 2023", "en", "2023-11-17"),
    ("in March 2019 the city", "en", "2019-03"),
    ("ngày 17/11/2023, hai bên", "vi", "2023-11-17"),
    ("ngày 17/11, hai bên", "vi", "2024-11-17"),
    ("ngày 17 tháng 11 năm 2023", "vi", "2023-11-17"),
    ("tháng 11 năm 2023", "vi", "2023-11"),
    ("tháng 11/2023", "vi", "2023-11"),
    ("2023-11-17", None, "2023-11-17"),
    ("2023-11", None, "2023-11"),
])
def test_days_and_months(text, lang, value):
    assert [v for _, v, _ in dates(text, lang)] == [value]


@pytest.mark.parametrize("text,lang,marker", [
    ("en 2013, Hanoï et Tokyo", "fr", "in"),
    ("in 2013 the two cities", "en", "in"),
    ("năm 2013 hai thành phố", "vi", "in"),
    ("Kawasaki (2012) and Sakai", "en", "paren"),
    ("Kawasaki (in 2012) and Sakai", "en", "paren"),
    ("twinned since 1995", "en", "since"),
    ("jumelées depuis 1995", "fr", "since"),
    ("kết nghĩa từ năm 1995", "vi", "since"),
    ("by 2030 the city", "en", "by"),
    ("d'ici 2030, la ville", "fr", "by"),
])
def test_years_and_how_they_are_introduced(text, lang, marker):
    found = dates(text, lang)
    assert len(found) == 1 and found[0][2] == marker, found


def test_a_date_without_a_year_needs_the_documents_year():
    assert dates("le 17 octobre", "fr", None) == []
    assert dates("le 17 octobre", "fr", 2024)[0][1] == "2024-10-17"


def test_relative_years_follow_the_document():
    assert dates("l'an dernier", "fr", 2023)[0][1] == "2022"
    assert dates("last year", "en", 2022)[0][1] == "2021"
    assert dates("in November last year", "en", 2024)[0][1] == "2023-11"
    assert dates("năm ngoái", "vi", 2024)[0][1] == "2023"
    assert dates("last year", "en", None) == []


def test_may_is_a_month_only_when_capitalised():
    assert dates("on May 5 the", "en")[0][1] == "2024-05-05"
    assert dates("they may 5 times", "en") == []


def test_times_scores_and_counts_are_not_dates():
    assert dates("0:00 0:00", "en") == []
    assert dates("chiến thắng 3-1 trước", "vi") == []
    assert dates("plus de 2000 étudiants", "fr")[0][2] == "bare"  # a bare year at most
    assert dates("24/7 service", "en") == []


def test_bare_years_are_marked_bare():
    found = dates("Festival Hokkaido 2023 à Ha Long", "fr")
    assert found == [("2023", "2023", "bare")]


def test_overlapping_patterns_keep_the_longest():
    found = dates("ngày 17 tháng 11 năm 2023", "vi")
    assert len(found) == 1


@pytest.mark.parametrize("phrase,lang,year,value", [
    ("Published: October 29, 2014", None, None, "2014-10-29"),
    ("January 11, 2019, 11:25", None, None, "2019-01-11"),
    ("Thứ Ba, 29/10/2014 - 11:25", None, None, "2014-10-29"),
    ("Publié le 29 octobre 2014", None, None, "2014-10-29"),
    ("Ngày đăng: 29/10/2014", None, None, "2014-10-29"),
    ("17 novembre", None, 2023, "2023-11-17"),
    ("17 novembre", None, None, None),
    ("0:00 0:00", None, None, None),
    ("10/29/2014", "en", None, "2014-10-29"),
])
def test_parse_date_phrase(phrase, lang, year, value):
    assert parse_date_phrase(phrase, lang, year) == value


@pytest.mark.parametrize("text, lang, year", [
    ("Hai bên sẽ ký biên bản ghi nhớ trong quý II/2024.", "vi", "2024"),
    ("The two sides plan to sign in Q3/2025.", "en", "2025"),
    ("Khánh thành vào quy 4/2023", "vi", "2023"),
])
def test_a_quarter_gives_its_year(text, lang, year):
    assert [d.value for d in find_dates(text, lang=lang, doc_year=2024)] == [year]
