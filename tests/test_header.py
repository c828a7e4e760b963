"""Headline, publication date and language from the top of an article."""
from __future__ import annotations

from loaders.header import parse_header
from loaders.lang import detect


def test_date_line_gives_date_and_headline():
    text = " date 2024-06 Hai Phong et Kitakyushu renouvellent leur accord\n\nLe texte commence ici.\n"
    head = parse_header(text)
    assert head.published == "2024-06"
    assert head.title == "Hai Phong et Kitakyushu renouvellent leur accord"
    # Offsets of the header regions cover the date marker and the headline, nothing of the body.
    assert text[head.regions[0].start:head.regions[0].end].strip() == "date 2024-06"
    assert text[head.regions[1].start:head.regions[1].end] == head.title


def test_year_only_date_line():
    assert parse_header(" date 2019 Can Tho signs with a Dutch province\n\nBody.\n").published == "2019"


def test_wire_lede_on_the_date_line_is_not_a_title_and_refines_the_day():
    text = (" date 2023-11 Hue, 17 novembre (VNA) - Les dirigeants de la province ont reçu "
            "une délégation de la ville de Kyoto pour discuter de la conservation du patrimoine.\n")
    head = parse_header(text)
    assert head.title is None
    assert head.published == "2023-11-17"


def test_dateline_of_another_month_does_not_override_the_header():
    text = " date 2023-11 Hue, 28 octobre (VNA) - Une délégation est arrivée hier.\n"
    assert parse_header(text).published == "2023-11"


def test_published_line_under_the_headline():
    text = "\nHue and Kyoto mark a decade of ties\n\nPublished: March 3, 2021\n\nThe two cities...\n"
    head = parse_header(text)
    assert head.title == "Hue and Kyoto mark a decade of ties"
    assert head.published == "2021-03-03"


def test_english_dateline_with_time():
    text = "Lao Cai opens a border trade office\nJanuary 11, 2019, 11:25\n\nThe province said...\n"
    assert parse_header(text).published == "2019-01-11"


def test_vietnamese_posting_line():
    text = "Đà Nẵng ký kết hợp tác với Sakai\nNgày đăng: 05/07/2022\n\nChiều nay, thành phố...\n"
    head = parse_header(text)
    assert head.published == "2022-07-05" and head.title.startswith("Đà Nẵng ký kết")


def test_a_date_inside_prose_near_the_top_is_not_the_publication_date():
    text = "Hue and Kyoto\n\nOn March 3, 2021 the two cities signed an agreement on heritage.\n"
    assert parse_header(text).published is None


def test_no_header_at_all():
    head = parse_header("Le Vietnam et le Japon ont signé plusieurs accords en 2023, a déclaré le ministre.\n")
    assert head.published is None


def test_language_detection():
    assert detect("La ville de Hué a signé un accord avec la ville de Blois pour le patrimoine.") == "fr"
    assert detect("The city of Hue signed an agreement with the French city of Blois on heritage.") == "en"
    assert detect("Thành phố Huế đã ký kết thỏa thuận hợp tác với thành phố Blois của Pháp.") == "vi"


def test_navigation_and_site_name_above_the_headline_are_set_aside():
    text = ("Le Journal de la Ville\nAccueil · Économie · Société · Culture\n\n"
            "Can Tho et Bordeaux relancent leur coopération universitaire\n\n"
            "Publié le 03/04/2022 à 09h15 | Minh Anh\n\n"
            "Can Tho (VNA) – La ville de Can Tho a reçu mardi une délégation de Bordeaux venue parler "
            "de formation, de recherche et d'échanges d'étudiants entre les deux villes.\n")
    head = parse_header(text)
    assert head.title == "Can Tho et Bordeaux relancent leur coopération universitaire"
    assert head.published == "2022-04-03"
    menus = [text[r.start:r.end] for r in head.regions if r.label == "menu"]
    assert menus == ["Le Journal de la Ville", "Accueil · Économie · Société · Culture"]


def test_date_line_below_a_menu_and_a_weekday_dateline():
    text = "Trang chủ | Thời sự | Kinh tế\n date 2023-08 Hà Giang hội đàm với châu Văn Sơn\n\nNội dung.\n"
    assert parse_header(text).title == "Hà Giang hội đàm với châu Văn Sơn"
    text = "Thứ Năm, 14/11/2024 - 16:20\n\nQuảng Bình và Khăm Muộn ký biên bản hợp tác năm 2025\n\nNội dung.\n"
    head = parse_header(text)
    assert head.published == "2024-11-14" and head.title.startswith("Quảng Bình và Khăm Muộn")


def test_a_photo_caption_is_never_the_headline():
    text = (" date 2023-11 Hue, 17 novembre (VNA) - Les dirigeants de la province ont reçu une "
            "délégation de Kyoto pour parler du patrimoine et du tourisme culturel.\n\n"
            "Les dirigeants de Hue et de Kyoto lors de la séance de travail. Photo : VNA\n")
    assert parse_header(text).title is None
