"""Vietnam's provinces and centrally-run cities, before and after the 2025 reorganisation.

From 1 July 2025 (Resolution 202/2025/QH15 of 12 June 2025) Vietnam has 34
provincial-level units: 6 centrally-run cities and 28 provinces. The 29 provinces
merged away stay here as former units with their successor and the date, so an
article of 2019 about Quang Nam still names Quang Nam, and the browser can say it
is now part of Da Nang. Thua Thien Hue became the centrally-run city of Hue on
1 January 2025; Ha Tay joined Hanoi on 1 August 2008.

Each unit: slug, usual English name, kind, Vietnamese name, other forms (French,
English, abbreviations). Forms marked with a leading ``?`` are weak: they are also
something else (a person, an idea), and count only next to a kind word
("thành phố Hồ Chí Minh", "Ho Chi Minh City").
"""
from __future__ import annotations

MERGED_2025 = "2025-07-01"

# slug, English name, kind, Vietnamese name, other forms
UNITS: list[tuple[str, str, str, str, tuple[str, ...]]] = [
    ("ha-noi", "Hanoi", "city", "Hà Nội", ("Ha Noi", "Hanoï", "Hanoi City", "Ha Noi City", "Thủ đô Hà Nội")),
    ("ho-chi-minh-city", "Ho Chi Minh City", "city", "Thành phố Hồ Chí Minh",
     ("Ho Chi Minh City", "Hô Chi Minh-Ville", "Hô-Chi-Minh-Ville", "Ho Chi Minh-Ville", "Hồ Chí Minh City",
      "HCM City", "HCMC", "HCMV", "TP.HCM", "TP HCM", "TPHCM", "TP. HCM", "Tp.HCM", "TP.Hồ Chí Minh", "TP Hồ Chí Minh",
      "Saigon", "Sài Gòn", "Sai Gon", "Hochiminh City", "Hochiminh-Ville", "Thanh pho Ho Chi Minh", "?Hồ Chí Minh",
      "?Hochiminh")),
    ("hai-phong", "Hai Phong", "city", "Hải Phòng", ("Haiphong", "Haïphong", "Hai Phong City")),
    ("da-nang", "Da Nang", "city", "Đà Nẵng", ("Danang", "Da Nang City", "Tourane")),
    ("hue", "Hue", "city", "Huế", ("Hué", "Hue City", "Thành phố Huế")),
    ("can-tho", "Can Tho", "city", "Cần Thơ", ("Cantho", "Cân Tho", "Can Tho City")),
    ("cao-bang", "Cao Bang", "province", "Cao Bằng", ()),
    ("dien-bien", "Dien Bien", "province", "Điện Biên", ()),
    ("lai-chau", "Lai Chau", "province", "Lai Châu", ()),
    ("son-la", "Son La", "province", "Sơn La", ()),
    ("lang-son", "Lang Son", "province", "Lạng Sơn", ("Langson",)),
    ("quang-ninh", "Quang Ninh", "province", "Quảng Ninh", ()),
    ("thanh-hoa", "Thanh Hoa", "province", "Thanh Hóa", ("Thanh Hoá",)),
    ("nghe-an", "Nghe An", "province", "Nghệ An", ()),
    ("ha-tinh", "Ha Tinh", "province", "Hà Tĩnh", ()),
    ("tuyen-quang", "Tuyen Quang", "province", "Tuyên Quang", ()),
    ("lao-cai", "Lao Cai", "province", "Lào Cai", ("Laocai",)),
    ("thai-nguyen", "Thai Nguyen", "province", "Thái Nguyên", ()),
    ("phu-tho", "Phu Tho", "province", "Phú Thọ", ()),
    ("bac-ninh", "Bac Ninh", "province", "Bắc Ninh", ()),
    ("hung-yen", "Hung Yen", "province", "Hưng Yên", ()),
    ("ninh-binh", "Ninh Binh", "province", "Ninh Bình", ()),
    ("quang-tri", "Quang Tri", "province", "Quảng Trị", ()),
    ("quang-ngai", "Quang Ngai", "province", "Quảng Ngãi", ()),
    ("gia-lai", "Gia Lai", "province", "Gia Lai", ()),
    ("khanh-hoa", "Khanh Hoa", "province", "Khánh Hòa", ("Khánh Hoà",)),
    ("lam-dong", "Lam Dong", "province", "Lâm Đồng", ()),
    ("dak-lak", "Dak Lak", "province", "Đắk Lắk", ("Daklak", "Dac Lac", "Đắc Lắc", "Dak Lac")),
    ("dong-nai", "Dong Nai", "province", "Đồng Nai", ()),
    ("tay-ninh", "Tay Ninh", "province", "Tây Ninh", ()),
    ("vinh-long", "Vinh Long", "province", "Vĩnh Long", ()),
    ("dong-thap", "Dong Thap", "province", "Đồng Tháp", ()),
    ("ca-mau", "Ca Mau", "province", "Cà Mau", ()),
    ("an-giang", "An Giang", "province", "An Giang", ()),
]

# slug, English name, Vietnamese name, other forms, successor slug, date the unit ended
FORMER: list[tuple[str, str, str, tuple[str, ...], str, str]] = [
    ("ha-giang", "Ha Giang", "Hà Giang", (), "tuyen-quang", MERGED_2025),
    ("yen-bai", "Yen Bai", "Yên Bái", (), "lao-cai", MERGED_2025),
    ("bac-kan", "Bac Kan", "Bắc Kạn", ("Bắc Cạn", "Bac Can"), "thai-nguyen", MERGED_2025),
    ("vinh-phuc", "Vinh Phuc", "Vĩnh Phúc", (), "phu-tho", MERGED_2025),
    ("hoa-binh", "Hoa Binh", "Hòa Bình", ("Hoà Bình",), "phu-tho", MERGED_2025),
    ("bac-giang", "Bac Giang", "Bắc Giang", (), "bac-ninh", MERGED_2025),
    ("thai-binh", "Thai Binh", "Thái Bình", (), "hung-yen", MERGED_2025),
    ("hai-duong", "Hai Duong", "Hải Dương", (), "hai-phong", MERGED_2025),
    ("ha-nam", "Ha Nam", "Hà Nam", (), "ninh-binh", MERGED_2025),
    ("nam-dinh", "Nam Dinh", "Nam Định", (), "ninh-binh", MERGED_2025),
    ("quang-binh", "Quang Binh", "Quảng Bình", (), "quang-tri", MERGED_2025),
    ("quang-nam", "Quang Nam", "Quảng Nam", (), "da-nang", MERGED_2025),
    ("kon-tum", "Kon Tum", "Kon Tum", ("Kontum",), "quang-ngai", MERGED_2025),
    ("binh-dinh", "Binh Dinh", "Bình Định", (), "gia-lai", MERGED_2025),
    ("ninh-thuan", "Ninh Thuan", "Ninh Thuận", (), "khanh-hoa", MERGED_2025),
    ("dak-nong", "Dak Nong", "Đắk Nông", ("Daknong", "Đắc Nông"), "lam-dong", MERGED_2025),
    ("binh-thuan", "Binh Thuan", "Bình Thuận", (), "lam-dong", MERGED_2025),
    ("phu-yen", "Phu Yen", "Phú Yên", (), "dak-lak", MERGED_2025),
    ("binh-duong", "Binh Duong", "Bình Dương", (), "ho-chi-minh-city", MERGED_2025),
    ("ba-ria-vung-tau", "Ba Ria-Vung Tau", "Bà Rịa - Vũng Tàu",
     ("Ba Ria Vung Tau", "BR-VT", "Bà Rịa-Vũng Tàu"), "ho-chi-minh-city", MERGED_2025),
    ("binh-phuoc", "Binh Phuoc", "Bình Phước", (), "dong-nai", MERGED_2025),
    ("long-an", "Long An", "Long An", (), "tay-ninh", MERGED_2025),
    ("soc-trang", "Soc Trang", "Sóc Trăng", (), "can-tho", MERGED_2025),
    ("hau-giang", "Hau Giang", "Hậu Giang", (), "can-tho", MERGED_2025),
    ("ben-tre", "Ben Tre", "Bến Tre", (), "vinh-long", MERGED_2025),
    ("tra-vinh", "Tra Vinh", "Trà Vinh", (), "vinh-long", MERGED_2025),
    ("tien-giang", "Tien Giang", "Tiền Giang", (), "dong-thap", MERGED_2025),
    ("bac-lieu", "Bac Lieu", "Bạc Liêu", (), "ca-mau", MERGED_2025),
    ("kien-giang", "Kien Giang", "Kiên Giang", (), "an-giang", MERGED_2025),
    ("thua-thien-hue", "Thua Thien Hue", "Thừa Thiên Huế",
     ("Thừa Thiên - Huế", "Thua Thien-Hue", "TT-Huế", "Thừa Thiên-Huế"), "hue", "2025-01-01"),
    ("ha-tay", "Ha Tay", "Hà Tây", (), "ha-noi", "2008-08-01"),
]

# Cities, towns and zones that articles name on their own: slug, English name, kind,
# Vietnamese name, other forms, the province-level unit (2025) they lie in.
PLACES: list[tuple[str, str, str, str, tuple[str, ...], str]] = [
    ("ha-long", "Ha Long", "city", "Hạ Long", ("Halong", "Ha Long City", "Hạ Long City"), "quang-ninh"),
    ("hoi-an", "Hoi An", "city", "Hội An", ("Hoian",), "da-nang"),
    ("nha-trang", "Nha Trang", "city", "Nha Trang", ("Nhatrang",), "khanh-hoa"),
    ("da-lat", "Da Lat", "city", "Đà Lạt", ("Dalat",), "lam-dong"),
    ("vung-tau", "Vung Tau", "city", "Vũng Tàu", (), "ho-chi-minh-city"),
    ("phu-quoc", "Phu Quoc", "island", "Phú Quốc", (), "an-giang"),
    ("sa-pa", "Sa Pa", "town", "Sa Pa", ("Sapa",), "lao-cai"),
    ("mong-cai", "Mong Cai", "city", "Móng Cái", (), "quang-ninh"),
    ("cam-ranh", "Cam Ranh", "city", "Cam Ranh", (), "khanh-hoa"),
    ("quy-nhon", "Quy Nhon", "city", "Quy Nhơn", ("Qui Nhon", "Qui Nhơn"), "gia-lai"),
    ("buon-ma-thuot", "Buon Ma Thuot", "city", "Buôn Ma Thuột", ("Buon Me Thuot", "Ban Me Thuot", "Buôn Mê Thuột"),
     "dak-lak"),
    ("pleiku", "Pleiku", "city", "Pleiku", ("Plây Cu",), "gia-lai"),
    ("vinh", "Vinh", "city", "Vinh", (), "nghe-an"),
    ("bien-hoa", "Bien Hoa", "city", "Biên Hòa", ("Biên Hoà",), "dong-nai"),
    ("thu-dau-mot", "Thu Dau Mot", "city", "Thủ Dầu Một", (), "ho-chi-minh-city"),
    ("thu-duc", "Thu Duc", "city", "Thủ Đức", (), "ho-chi-minh-city"),
    ("tam-ky", "Tam Ky", "city", "Tam Kỳ", (), "da-nang"),
    ("dong-ha", "Dong Ha", "city", "Đông Hà", (), "quang-tri"),
    ("dong-hoi", "Dong Hoi", "city", "Đồng Hới", (), "quang-tri"),
    ("tuy-hoa", "Tuy Hoa", "city", "Tuy Hòa", ("Tuy Hoà",), "dak-lak"),
    ("phan-thiet", "Phan Thiet", "city", "Phan Thiết", (), "lam-dong"),
    ("phan-rang", "Phan Rang-Thap Cham", "city", "Phan Rang - Tháp Chàm", ("Phan Rang", "Phan Rang-Tháp Chàm"),
     "khanh-hoa"),
    ("rach-gia", "Rach Gia", "city", "Rạch Giá", (), "an-giang"),
    ("long-xuyen", "Long Xuyen", "city", "Long Xuyên", (), "an-giang"),
    ("chau-doc", "Chau Doc", "city", "Châu Đốc", (), "an-giang"),
    ("ha-tien", "Ha Tien", "city", "Hà Tiên", (), "an-giang"),
    ("my-tho", "My Tho", "city", "Mỹ Tho", (), "dong-thap"),
    ("cao-lanh", "Cao Lanh", "city", "Cao Lãnh", (), "dong-thap"),
    ("viet-tri", "Viet Tri", "city", "Việt Trì", (), "phu-tho"),
    ("vinh-yen", "Vinh Yen", "city", "Vĩnh Yên", (), "phu-tho"),
    ("uong-bi", "Uong Bi", "city", "Uông Bí", (), "quang-ninh"),
    ("cam-pha", "Cam Pha", "city", "Cẩm Phả", (), "quang-ninh"),
    ("van-don", "Van Don", "zone", "Vân Đồn", (), "quang-ninh"),
    ("cat-ba", "Cat Ba", "island", "Cát Bà", (), "hai-phong"),
    ("dinh-vu", "Dinh Vu", "zone", "Đình Vũ", (), "hai-phong"),
    ("do-son", "Do Son", "town", "Đồ Sơn", (), "hai-phong"),
    ("hoa-lac", "Hoa Lac", "zone", "Hòa Lạc", ("Hoà Lạc",), "ha-noi"),
    ("son-tay", "Son Tay", "town", "Sơn Tây", (), "ha-noi"),
    ("chu-lai", "Chu Lai", "zone", "Chu Lai", (), "da-nang"),
    ("dung-quat", "Dung Quat", "zone", "Dung Quất", (), "quang-ngai"),
    ("vung-ang", "Vung Ang", "zone", "Vũng Áng", (), "ha-tinh"),
    ("nghi-son", "Nghi Son", "zone", "Nghi Sơn", (), "thanh-hoa"),
    ("lao-bao", "Lao Bao", "zone", "Lao Bảo", (), "quang-tri"),
    ("moc-bai", "Moc Bai", "zone", "Mộc Bài", (), "tay-ninh"),
    ("cu-chi", "Cu Chi", "district", "Củ Chi", (), "ho-chi-minh-city"),
    ("can-gio", "Can Gio", "district", "Cần Giờ", (), "ho-chi-minh-city"),
    ("con-dao", "Con Dao", "island", "Côn Đảo", ("Poulo Condore",), "ho-chi-minh-city"),
    ("ly-son", "Ly Son", "island", "Lý Sơn", (), "quang-ngai"),
    ("sam-son", "Sam Son", "city", "Sầm Sơn", (), "thanh-hoa"),
    ("cua-lo", "Cua Lo", "town", "Cửa Lò", (), "nghe-an"),
    ("dien-bien-phu", "Dien Bien Phu", "city", "Điện Biên Phủ", (), "dien-bien"),
    ("di-an", "Di An", "city", "Dĩ An", (), "ho-chi-minh-city"),
    ("thuan-an", "Thuan An", "city", "Thuận An", (), "ho-chi-minh-city"),
    ("lien-chieu", "Lien Chieu", "district", "Liên Chiểu", (), "da-nang"),
    ("hai-chau", "Hai Chau", "district", "Hải Châu", (), "da-nang"),
    ("son-tra", "Son Tra", "district", "Sơn Trà", (), "da-nang"),
    ("ngu-hanh-son", "Ngu Hanh Son", "district", "Ngũ Hành Sơn", (), "da-nang"),
    ("hoan-kiem", "Hoan Kiem", "district", "Hoàn Kiếm", (), "ha-noi"),
    ("ba-dinh", "Ba Dinh", "district", "Ba Đình", (), "ha-noi"),
    ("cau-giay", "Cau Giay", "district", "Cầu Giấy", (), "ha-noi"),
    ("tay-ho", "Tay Ho", "district", "Tây Hồ", (), "ha-noi"),
    ("long-bien", "Long Bien", "district", "Long Biên", (), "ha-noi"),
    ("dong-dang", "Dong Dang", "town", "Đồng Đăng", (), "lang-son"),
    ("bac-luan", "Bac Luan", "zone", "Bắc Luân", (), "quang-ninh"),
    ("lang-co", "Lang Co", "town", "Lăng Cô", (), "hue"),
    ("chan-may", "Chan May", "zone", "Chân Mây", (), "hue"),
    ("phong-nha", "Phong Nha", "zone", "Phong Nha", (), "quang-tri"),
]


def name_of(slug: str) -> str:
    for table in (UNITS, FORMER, PLACES):
        for row in table:
            if row[0] == slug:
                return row[1]
    raise KeyError(slug)
