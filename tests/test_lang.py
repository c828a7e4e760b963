"""Which of the three languages a text is in."""
from __future__ import annotations

import pytest

from loaders.lang import detect


@pytest.mark.parametrize("text, lang", [
    ("La ville de Hué et la préfecture de Kumamoto ont signé un accord de coopération.", "fr"),
    ("Ha Tinh and Bolikhamxay signed a cooperation agreement on Tuesday in Ha Tinh city.", "en"),
    ("Tỉnh Hà Tĩnh và tỉnh Bô-ly-khăm-xay đã ký kết thỏa thuận hợp tác.", "vi"),
    # One short sentence with few function words.
    ("Lao Cai and China's Yunnan province will sign a cooperation plan next month.", "en"),
    # Vietnamese with its diacritics dropped, as some portals publish it.
    ("Kim ngach xuat nhap khau cua tinh voi Campuchia dat 186 trieu USD, trong do nhieu doanh nghiep "
     "duoc ho tro.", "vi"),
])
def test_detect(text, lang):
    assert detect(text) == lang


def test_vietnamese_names_do_not_make_english_vietnamese():
    text = "Thanh Hoa, Nam Dinh and Da Nang officials met the Tinh Bien delegation in the city of Vinh."
    assert detect(text) == "en"
