"""Country names and demonyms in English, French and Vietnamese -> ISO 3166-1 alpha-2.

Countries are not localities: "Japon", "Japanese" and "Nhật Bản" are cues that tell
which country the places around them are in. English names come from pycountry;
the rest is data. French demonyms are given once (masculine singular) and inflected
by rule.
"""
from __future__ import annotations

import gettext

import pycountry

# iso2: (English names, English demonyms, French names, French demonyms (masc. sg.), Vietnamese names)
COUNTRIES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "VN": (("Vietnam", "Viet Nam"), ("Vietnamese",), ("Vietnam", "Viêt Nam", "Viet-Nam"), ("vietnamien",),
           ("Việt Nam",)),
    "JP": (("Japan",), ("Japanese",), ("Japon",), ("japonais", "nippon"), ("Nhật Bản", "Nhật")),
    "KR": (("South Korea", "Korea", "Republic of Korea", "ROK"), ("Korean", "South Korean"),
           ("Corée du Sud", "Corée", "République de Corée"), ("coréen", "sud-coréen"), ("Hàn Quốc", "Đại Hàn")),
    "KP": (("North Korea", "DPRK"), ("North Korean",), ("Corée du Nord", "RPDC"), ("nord-coréen",),
           ("Triều Tiên", "CHDCND Triều Tiên")),
    "CN": (("China", "PRC", "People's Republic of China", "Mainland China"), ("Chinese",),
           ("Chine", "République populaire de Chine", "RPC"), ("chinois",), ("Trung Quốc",)),
    "TW": (("Taiwan",), ("Taiwanese",), ("Taïwan", "Taiwan"), ("taïwanais",), ("Đài Loan",)),
    "RU": (("Russia", "Russian Federation"), ("Russian",), ("Russie", "Fédération de Russie"), ("russe",),
           ("Nga", "Liên bang Nga")),
    "FR": (("France",), ("French",), ("France",), ("français",), ("Pháp", "Cộng hòa Pháp")),
    "US": (("United States", "USA", "U.S.", "US", "America", "United States of America", "U.S.A."),
           ("American",), ("États-Unis", "Etats-Unis", "Amérique"), ("américain", "étatsunien"),
           ("Hoa Kỳ", "Mỹ")),
    "GB": (("United Kingdom", "UK", "U.K.", "Britain", "Great Britain", "England", "Scotland", "Wales"),
           ("British", "English", "Scottish", "Welsh"), ("Royaume-Uni", "Grande-Bretagne", "Angleterre", "Écosse"),
           ("britannique", "anglais", "écossais"), ("Vương quốc Anh", "nước Anh", "Anh Quốc")),
    "DE": (("Germany",), ("German",), ("Allemagne",), ("allemand",), ("Đức", "CHLB Đức")),
    "IT": (("Italy",), ("Italian",), ("Italie",), ("italien",), ("Italia",)),
    "ES": (("Spain",), ("Spanish",), ("Espagne",), ("espagnol",), ("Tây Ban Nha",)),
    "PT": (("Portugal",), ("Portuguese",), ("Portugal",), ("portugais",), ("Bồ Đào Nha",)),
    "NL": (("Netherlands", "Holland"), ("Dutch",), ("Pays-Bas", "Hollande"), ("néerlandais", "hollandais"),
           ("Hà Lan",)),
    "BE": (("Belgium",), ("Belgian",), ("Belgique",), ("belge",), ("Bỉ", "Vương quốc Bỉ")),
    "CH": (("Switzerland",), ("Swiss",), ("Suisse",), ("suisse",), ("Thụy Sĩ", "Thuỵ Sĩ")),
    "AT": (("Austria",), ("Austrian",), ("Autriche",), ("autrichien",), ("Cộng hòa Áo",)),
    "SE": (("Sweden",), ("Swedish",), ("Suède",), ("suédois",), ("Thụy Điển", "Thuỵ Điển")),
    "NO": (("Norway",), ("Norwegian",), ("Norvège",), ("norvégien",), ("Na Uy",)),
    "DK": (("Denmark",), ("Danish",), ("Danemark",), ("danois",), ("Đan Mạch",)),
    "FI": (("Finland",), ("Finnish",), ("Finlande",), ("finlandais",), ("Phần Lan",)),
    "PL": (("Poland",), ("Polish",), ("Pologne",), ("polonais",), ("Ba Lan",)),
    "CZ": (("Czech Republic", "Czechia"), ("Czech",), ("République tchèque", "Tchéquie"), ("tchèque",),
           ("Séc", "Cộng hòa Séc", "Czech")),
    "SK": (("Slovakia",), ("Slovak",), ("Slovaquie",), ("slovaque",), ("Slovakia",)),
    "HU": (("Hungary",), ("Hungarian",), ("Hongrie",), ("hongrois",), ("Hungary",)),
    "RO": (("Romania",), ("Romanian",), ("Roumanie",), ("roumain",), ("Romania", "Rumani")),
    "BG": (("Bulgaria",), ("Bulgarian",), ("Bulgarie",), ("bulgare",), ("Bulgaria", "Bun-ga-ri")),
    "UA": (("Ukraine",), ("Ukrainian",), ("Ukraine",), ("ukrainien",), ("Ukraine", "U-crai-na")),
    "BY": (("Belarus",), ("Belarusian",), ("Biélorussie", "Bélarus"), ("biélorusse",), ("Belarus",)),
    "LA": (("Laos", "Lao PDR"), ("Lao", "Laotian"), ("Laos",), ("laotien", "lao"), ("Lào",)),
    "KH": (("Cambodia",), ("Cambodian", "Khmer"), ("Cambodge",), ("cambodgien", "khmer"), ("Campuchia",)),
    "TH": (("Thailand",), ("Thai",), ("Thaïlande",), ("thaïlandais", "thaï"), ("Thái Lan",)),
    "MM": (("Myanmar", "Burma"), ("Burmese",), ("Myanmar", "Birmanie"), ("birman",), ("Myanmar",)),
    "MY": (("Malaysia",), ("Malaysian",), ("Malaisie",), ("malaisien", "malaysien"), ("Malaysia", "Ma-lai-xi-a")),
    "SG": (("Singapore",), ("Singaporean",), ("Singapour",), ("singapourien",), ("Singapore", "Xin-ga-po")),
    "ID": (("Indonesia",), ("Indonesian",), ("Indonésie",), ("indonésien",), ("Indonesia", "In-đô-nê-xi-a")),
    "PH": (("Philippines",), ("Filipino", "Philippine"), ("Philippines",), ("philippin",), ("Philippines",)),
    "BN": (("Brunei",), ("Bruneian",), ("Brunei",), ("brunéien",), ("Brunei",)),
    "TL": (("Timor-Leste", "East Timor"), ("Timorese",), ("Timor oriental",), ("timorais",), ("Đông Timor",)),
    "IN": (("India",), ("Indian",), ("Inde",), ("indien",), ("Ấn Độ",)),
    "AU": (("Australia",), ("Australian",), ("Australie",), ("australien",), ("Australia", "Úc")),
    "NZ": (("New Zealand",), ("New Zealander",), ("Nouvelle-Zélande",), ("néo-zélandais",), ("New Zealand", "Niu Di-lân")),
    "CA": (("Canada",), ("Canadian",), ("Canada",), ("canadien",), ("Canada",)),
    "MX": (("Mexico",), ("Mexican",), ("Mexique",), ("mexicain",), ("Mexico", "Mê-hi-cô")),
    "BR": (("Brazil",), ("Brazilian",), ("Brésil",), ("brésilien",), ("Brazil", "Bra-xin")),
    "AR": (("Argentina",), ("Argentine", "Argentinian"), ("Argentine",), ("argentin",), ("Argentina", "Ác-hen-ti-na")),
    "CL": (("Chile",), ("Chilean",), ("Chili",), ("chilien",), ("Chile", "Chi-lê")),
    "CU": (("Cuba",), ("Cuban",), ("Cuba",), ("cubain",), ("Cuba",)),
    "IL": (("Israel",), ("Israeli",), ("Israël",), ("israélien",), ("Israel", "Ixraen")),
    "TR": (("Turkey", "Türkiye"), ("Turkish",), ("Turquie",), ("turc",), ("Thổ Nhĩ Kỳ",)),
    "ZA": (("South Africa",), ("South African",), ("Afrique du Sud",), ("sud-africain",), ("Nam Phi",)),
    "MN": (("Mongolia",), ("Mongolian",), ("Mongolie",), ("mongol",), ("Mông Cổ",)),
    "KZ": (("Kazakhstan",), ("Kazakh", "Kazakhstani"), ("Kazakhstan",), ("kazakh",), ("Kazakhstan", "Ca-dắc-xtan")),
    "UZ": (("Uzbekistan",), ("Uzbek",), ("Ouzbékistan",), ("ouzbek",), ("Uzbekistan",)),
    "IE": (("Ireland",), ("Irish",), ("Irlande",), ("irlandais",), ("Ireland", "Ai-len")),
    "LU": (("Luxembourg",), ("Luxembourgish",), ("Luxembourg",), ("luxembourgeois",), ("Luxembourg", "Lúc-xăm-bua")),
    "GR": (("Greece",), ("Greek",), ("Grèce",), ("grec",), ("Hy Lạp",)),
    "EG": (("Egypt",), ("Egyptian",), ("Égypte",), ("égyptien",), ("Ai Cập",)),
    "IR": (("Iran",), ("Iranian",), ("Iran",), ("iranien",), ("Iran",)),
    "SA": (("Saudi Arabia",), ("Saudi",), ("Arabie saoudite",), ("saoudien",), ("Ả Rập Xê Út", "Saudi Arabia")),
    "AE": (("United Arab Emirates", "UAE"), ("Emirati",), ("Émirats arabes unis",), ("émirien",), ("UAE", "Các Tiểu vương quốc Ả Rập Thống nhất")),
    "QA": (("Qatar",), ("Qatari",), ("Qatar",), ("qatari",), ("Qatar", "Ca-ta")),
    "BD": (("Bangladesh",), ("Bangladeshi",), ("Bangladesh",), ("bangladais",), ("Bangladesh",)),
    "PK": (("Pakistan",), ("Pakistani",), ("Pakistan",), ("pakistanais",), ("Pakistan",)),
    "LK": (("Sri Lanka",), ("Sri Lankan",), ("Sri Lanka",), ("sri-lankais",), ("Sri Lanka", "Xri Lan-ca")),
    "NP": (("Nepal",), ("Nepalese", "Nepali"), ("Népal",), ("népalais",), ("Nepal", "Nê-pan")),
    "VE": (("Venezuela",), ("Venezuelan",), ("Venezuela",), ("vénézuélien",), ("Venezuela",)),
    "PE": (("Peru",), ("Peruvian",), ("Pérou",), ("péruvien",), ("Peru", "Pê-ru")),
    "CO": (("Colombia",), ("Colombian",), ("Colombie",), ("colombien",), ("Colombia", "Cô-lôm-bi-a")),
    "MZ": (("Mozambique",), ("Mozambican",), ("Mozambique",), ("mozambicain",), ("Mozambique", "Mô-dăm-bích")),
    "DZ": (("Algeria",), ("Algerian",), ("Algérie",), ("algérien",), ("Algeria", "An-giê-ri")),
    "MA": (("Morocco",), ("Moroccan",), ("Maroc",), ("marocain",), ("Maroc", "Ma-rốc")),
}
# Places that pycountry lists as countries but that articles treat as cities of China.
NOT_COUNTRIES = {"MO", "HK"}
# Words too ambiguous to be a cue on their own (given names, common words).
_AMBIGUOUS = {"anh", "y", "hoa", "man", "chad", "jordan", "georgia", "jersey", "guernsey", "niger",
              "turkey", "china", "guinea", "reunion", "dominica", "mali", "oman", "israel", "us", "cook"}


def french_forms(masc: str) -> list[str]:
    """Every gender and number of a French demonym given in the masculine singular."""
    irregular = {"turc": ("turque", "turcs", "turques"), "grec": ("grecque", "grecs", "grecques"),
                 "khmer": ("khmère", "khmers", "khmères")}
    if masc in irregular:
        return [masc, *irregular[masc]]
    if masc.endswith(("ais", "ois", "is")) and not masc.endswith("ss"):
        return [masc, masc + "e", masc + "es"]
    if masc.endswith("ien") or masc.endswith("éen"):
        return [masc, masc + "ne", masc + "s", masc + "nes"]
    if masc.endswith("e"):
        return [masc, masc + "s"]
    return [masc, masc + "e", masc + "s", masc + "es"]


def _english_plural(dem: str) -> list[str]:
    if dem.endswith(("ese", "ss", "sh", "ch", "i", "s")):
        return [dem]
    return [dem, dem + "s"]


def country_words() -> list[tuple[str, str, bool]]:
    """(surface form, ISO2, needs a capital) for every country cue.

    Names need a capital ("Chine" but not "chine"); French demonyms are adjectives and
    written lowercase ("villes japonaises").
    """
    out: list[tuple[str, str, bool]] = []
    for iso, (en, en_dem, fr, fr_dem, vi) in COUNTRIES.items():
        for name in (*en, *fr, *vi):
            out.append((name, iso, True))
        for dem in en_dem:
            out.extend((d, iso, True) for d in _english_plural(dem))
            out.append((dem + "'s", iso, True))
        for dem in fr_dem:
            out.extend((d, iso, False) for d in french_forms(dem))
    fr_tr = _translator("fr")
    for c in pycountry.countries:
        if c.alpha_2 in NOT_COUNTRIES:
            continue
        for name in {c.name, getattr(c, "common_name", c.name)}:
            for form in (name, name.split(",")[0].strip()):
                if form.lower() not in _AMBIGUOUS and len(form) > 3:
                    out.append((form, c.alpha_2, True))
        if fr_tr is not None:
            fr_name = fr_tr.gettext(c.name).split(",")[0].strip()
            if fr_name.lower() not in _AMBIGUOUS and len(fr_name) > 3:
                out.append((fr_name, c.alpha_2, True))
    return out


def _translator(lang: str):
    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
    except OSError:
        return None
