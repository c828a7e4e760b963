"""The gazetteer: romanisation rules, curated data, the build from real sources, the cache."""
from __future__ import annotations

import os
import pickle
import time

import pytest

from loaders import gazetteer
from loaders.gazetteer import build, countries, romanise, vietnam
from loaders.gazetteer.model import Gazetteer
from loaders.textfold import fold


_CACHE_FILE: list = []


@pytest.fixture(scope="session")
def gaz(tmp_path_factory) -> Gazetteer:
    """Built once per test session, in a temporary cache (never the user's)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TWINLENS_CACHE", os.environ.get("TWINLENS_TEST_CACHE") or str(tmp_path_factory.mktemp("gaz")))
        g = gazetteer.get()
        _CACHE_FILE.append(build.cache_path())
        if not _CACHE_FILE[0].exists():   # another test loaded it first, from another cache
            build._save(g, _CACHE_FILE[0])
    return g


def key(name: str) -> str:
    return romanise.key_of(fold(name))


# -- romanisation rules ---------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Ōtawara", "Ohtawara"), ("Ōtawara", "Ootawara"), ("Ōtawara", "Outawara"),    # long o
    ("Kyōto", "Kyouto"), ("Tōkyō", "Tokio"),                                     # ou, yo/io
    ("Yaizu", "Yaidu"), ("Kisarazu", "Kisaradu"),                                 # zu/du
    ("Mitsuke", "Mituke"), ("Shizuoka", "Sizuoka"), ("Chiba", "Tiba"),            # tsu/tu, shi/si, chi/ti
    ("Fukuoka", "Hukuoka"), ("Gunma", "Gumma"), ("Shinbashi", "Shimbashi"),       # fu/hu, n/m
    ("Bryansk", "Briansk"), ("Yaroslavl", "Iaroslavl"),                           # ya/ia
    ("Nizhny Novgorod", "Nizhniy Novgorod"), ("Nizhny Novgorod", "Nizhnij Novgorod"),
    ("Nizhny Novgorod", "Nijni Novgorod"), ("Nizhny Novgorod", "Nizhnii Novgorod"),  # -y/-iy/-ij/-ii, zh/j
    ("Thua Thien - Hue", "Thừa Thiên-Huế"), ("Ba Ria-Vung Tau", "Bà Rịa - Vũng Tàu"),  # hyphens and spaces
    ("Quy Nhon", "Qui Nhơn"),
])
def test_spellings_meet_on_one_key(a, b):
    assert key(a) == key(b)


@pytest.mark.parametrize("a, b", [("Osaka", "Otsu"), ("Sakai", "Saga"), ("Kobe", "Kofu"), ("Hanoi", "Hanam")])
def test_different_names_stay_apart(a, b):
    assert key(a) != key(b)


@pytest.mark.parametrize("raw, stripped", [
    ("Shandong Sheng", "Shandong"),
    ("Guangxi Zhuangzu Zizhiqu", "Guangxi"),
    ("Xinjiang Uygur Zizhiqu", "Xinjiang"),
    ("Macao SAR", "Macao"),
    ("Yaroslavskaya oblast'", "Yaroslavskaya"),
    ("Altayskiy kray", "Altayskiy"),
    ("Adygeya, Respublika", "Adygeya"),
    ("Seoul-teukbyeolsi", "Seoul"),
    ("Busan-gwangyeoksi", "Busan"),
    ("Gyeonggi-do", "Gyeonggi"),
    ("Catalunya [Cataluña]", "Catalunya"),
    ("Ilocos (Region I)", "Ilocos"),
    ("Kanagawa-ken", "Kanagawa"),
])
def test_strip_kind(raw, stripped):
    assert romanise.strip_kind(raw) == stripped


def test_russian_region_bases():
    assert romanise.russian_region_bases("Nizhegorodskaya") == ["Nizhegorod", "Nizhegorodsk"]
    assert "Bryansk" in romanise.russian_region_bases("Bryanskaya")
    assert "Irkutsk" in romanise.russian_region_bases("Irkutskaya")
    assert romanise.russian_region_bases("Moskva") == []


def test_korean_province_forms():
    forms = romanise.korean_province_forms("Gyeongsangbuk-do")
    assert {"North Gyeongsang", "Gyeongsangbuk", "Gyeongbuk"} <= set(forms)
    assert "Jeonnam" in romanise.korean_province_forms("Jeollanam-do")     # l before a syllable -> n
    assert "Chungbuk" in romanise.korean_province_forms("Chungcheongbuk-do")
    assert romanise.korean_province_forms("Gyeonggi-do") == ["Gyeonggi"]


def test_ascii_english_for_russian_adjectives():
    assert romanise.ascii_english("Nizhniy Novgorod") == "Nizhny Novgorod"
    assert romanise.ascii_english("Velikiy Novgorod") == "Veliky Novgorod"


# -- curated data ---------------------------------------------------------------------

def test_vietnam_has_34_units_after_2025():
    kinds = [kind for _, _, kind, _, _ in vietnam.UNITS]
    assert len(vietnam.UNITS) == 34
    assert kinds.count("city") == 6 and kinds.count("province") == 28
    assert len({slug for slug, *_ in vietnam.UNITS}) == 34


def test_former_provinces_point_to_current_units():
    current = {slug for slug, *_ in vietnam.UNITS}
    merged = [row for row in vietnam.FORMER if row[5] == vietnam.MERGED_2025]
    assert len(merged) == 29           # 63 provinces before, 34 after
    for slug, _, _, _, successor, date in vietnam.FORMER:
        assert successor in current and slug not in current
        assert len(date) == 10
    assert dict((r[0], r[4]) for r in vietnam.FORMER)["quang-nam"] == "da-nang"
    assert dict((r[0], r[4]) for r in vietnam.FORMER)["binh-duong"] == "ho-chi-minh-city"


def test_places_lie_in_current_units():
    current = {slug for slug, *_ in vietnam.UNITS}
    for slug, _, _, _, _, unit in vietnam.PLACES:
        assert unit in current, slug


@pytest.mark.parametrize("masc, forms", [
    ("japonais", {"japonais", "japonaise", "japonaises"}),
    ("coréen", {"coréen", "coréenne", "coréens", "coréennes"}),
    ("russe", {"russe", "russes"}),
    ("américain", {"américain", "américaine", "américains", "américaines"}),
    ("turc", {"turc", "turque", "turcs", "turques"}),
])
def test_french_demonyms_inflect(masc, forms):
    assert set(countries.french_forms(masc)) == forms


def test_country_words_cover_three_languages():
    words = {(w, iso) for w, iso, _ in countries.country_words()}
    for w, iso in [("Japon", "JP"), ("Japanese", "JP"), ("japonaises", "JP"), ("Nhật Bản", "JP"),
                   ("Trung Quốc", "CN"), ("chinoises", "CN"), ("Laos", "LA"), ("Singapour", "SG"),
                   ("Hàn Quốc", "KR"), ("Russia", "RU")]:
        assert (w, iso) in words
    assert not any(iso in ("MO", "HK") for _, iso in words)


# -- the built gazetteer --------------------------------------------------------------

def rows_for(g: Gazetteer, name: str) -> list[int]:
    auto = g.automaton
    k = f" {key(name)} "
    return [g.rows[auto.get(k)][1] if k in auto else ()][0]


def entries(g: Gazetteer, name: str) -> list[tuple[str, str, str]]:
    return [(g.names[c >> 3], g.countries[c >> 3], g.kinds[c >> 3]) for c in rows_for(g, name)]


def test_small_japanese_cities_are_kept(gaz):
    for name, canonical in [("Mitsuke", "Mitsuke"), ("Ōtawara", "Otawara"), ("Kisarazu", "Kisarazu"),
                            ("Shūnan", "Shunan"), ("Yaizu", "Yaizu")]:
        assert (canonical, "JP", "city") in entries(gaz, name), name


def test_variants_find_the_same_entries(gaz):
    assert rows_for(gaz, "Ohtawara") == rows_for(gaz, "Ōtawara")
    assert rows_for(gaz, "Đà Nẵng") == rows_for(gaz, "Da Nang") == rows_for(gaz, "Dà Nang")
    assert ("Da Nang", "VN", "city") in entries(gaz, "Danang")
    assert ("Ho Chi Minh City", "VN", "city") in entries(gaz, "TP.HCM")
    assert ("Ho Chi Minh City", "VN", "city") in entries(gaz, "Hô Chi Minh-Ville")


def test_same_name_places_are_all_candidates(gaz):
    sakais = [e for e in entries(gaz, "Sakai") if e[0] == "Sakai"]
    assert len(sakais) >= 3
    assert ("Osaka Prefecture", "JP", "prefecture") in entries(gaz, "Osaka")
    assert ("Osaka City", "JP", "city") in entries(gaz, "Osaka")


def test_subdivisions_lose_their_kind_words(gaz):
    assert ("Guangxi", "CN", "region") in entries(gaz, "Guangxi")
    assert ("Shandong", "CN", "province") in entries(gaz, "Shandong")
    assert ("Hokkaido", "JP", "prefecture") in entries(gaz, "Hokkaido")
    assert ("North Gyeongsang", "KR", "province") in entries(gaz, "Gyeongsangbuk-do")


def test_russian_oblast_found_by_its_capital_and_adjective(gaz):
    assert ("Yaroslavl Oblast", "RU", "province") in entries(gaz, "Yaroslavl")
    assert ("Nizhny Novgorod Oblast", "RU", "province") in entries(gaz, "Nizhegorodskaya")
    assert ("Nizhny Novgorod City", "RU", "city") in entries(gaz, "Nizhny Novgorod")


def test_macau_and_hong_kong_are_places_of_china(gaz):
    assert ("Macau", "CN", "special region") in entries(gaz, "Macao")
    assert ("Hong Kong", "CN", "special region") in entries(gaz, "Hồng Kông")


def test_former_province_knows_its_successor(gaz):
    idx = gaz.by_key["vn:quang-nam"]
    assert gaz.successor[idx] == ("vn:da-nang", "2025-07-01")


def test_country_words_are_cues_not_places(gaz):
    for word, iso in [("Japon", "JP"), ("Singapore", "SG"), ("Laos", "LA")]:
        row = gaz.rows[gaz.automaton.get(f" {key(word)} ")]
        assert row[2] == iso and row[1] == ()


def test_cache_is_written_and_loads_fast(gaz):
    path = _CACHE_FILE[0]
    assert path.exists() and path.name == f"gazetteer-{build.source_version()}.pickle"
    t0 = time.perf_counter()
    with open(path, "rb") as fh:
        loaded = pickle.load(fh)
    assert time.perf_counter() - t0 < 3.0      # < 1 s on an idle machine (see bench/)
    assert loaded.version == gaz.version and len(loaded) == len(gaz)


def test_load_or_build_uses_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("TWINLENS_CACHE", str(tmp_path))
    calls = []

    def fake_build():
        calls.append(1)
        return Gazetteer(version=build.source_version())

    monkeypatch.setattr(build, "build", fake_build)
    build.load_or_build()
    build.load_or_build()
    assert calls == [1]
    # A stale or broken cache is rebuilt, and the stale file goes.
    stale = tmp_path / "gazetteer-0000000000000000.pickle"
    stale.write_bytes(b"not a pickle")
    build.cache_path().write_bytes(b"broken")
    build.load_or_build()
    assert calls == [1, 1]
    assert not stale.exists()


def test_version_hashes_code_and_sources():
    v = build.source_version()
    assert len(v) == 16 and int(v, 16) >= 0


# -- the scan: words, sentences, hits ------------------------------------------------

def scan_of(g: Gazetteer, text: str):
    from loaders.gazetteer.match import scan
    from loaders.records import Region
    return scan(text, [Region(0, len(text), "body")], g)


def surfaces(g: Gazetteer, text: str) -> set[str]:
    sc = scan_of(g, text)
    return {sc.surface(t0, t1) for t0, t1, _ in sc.hits}


def test_names_never_cross_punctuation(gaz):
    # "Ha Long" is a name; "Ha, Long" and "Ha. Long" are two words apart.
    assert "Ha Long" in surfaces(gaz, "We visited Ha Long today.")
    assert "Ha, Long" not in surfaces(gaz, "We visited Ha, Long said.")
    assert not any(" " in s for s in surfaces(gaz, "Lam. Dong went home."))


def test_abbreviation_dot_does_not_cut_a_name(gaz):
    assert "TP. HCM" in surfaces(gaz, "Lãnh đạo TP. HCM tiếp đoàn.")


def test_offsets_of_words_point_into_the_original(gaz):
    import unicodedata
    text = unicodedata.normalize("NFD", "Tỉnh Quảng Ninh, Nhật Bản.")
    sc = scan_of(gaz, text)
    assert [text[s:e] for s, e in zip(sc.starts, sc.ends)] == [
        unicodedata.normalize("NFD", w) for w in ["Tỉnh", "Quảng", "Ninh", "Nhật", "Bản"]]
    assert sc.caps == [True] * 5


def test_sentences_are_numbered(gaz):
    sc = scan_of(gaz, "Hanoi signed. Tokyo agreed!\nOsaka too")
    assert sc.sents == [0, 0, 1, 1, 2, 2]


def test_only_body_regions_are_scanned(gaz):
    from loaders.gazetteer.match import scan
    from loaders.records import Region
    text = "Hanoi and Tokyo.\nRelated\nBusan and Daegu."
    sc = scan(text, [Region(0, 17, "body")], gaz)
    assert {sc.surface(a, b) for a, b, _ in sc.hits} >= {"Hanoi", "Tokyo"}
    assert all(e <= 17 for e in sc.ends)


# -- districts, small places, names that are no place ----------------------------------

def entry(g: Gazetteer, key: str) -> tuple[str, str, str, str | None]:
    i = g.by_key[key]
    return g.names[i], g.kinds[i], g.parents[i], g.units[i]


def test_district_data_is_read_without_importing_the_package():
    from loaders.gazetteer import districts
    rows, communes = districts.load()
    assert len(rows) > 600 and len(communes) > 9000
    assert any(c.name == "Kim Liên" and c.province == "Nghệ An" for c in communes)
    by_name = {(d.name, d.province): d for d in rows}
    assert by_name[("Bát Xát", "Lào Cai")].kind == "district"
    assert by_name[("Quảng Trị", "Quảng Trị")].kind == "town"
    assert by_name[("Lào Cai", "Lào Cai")].kind == "city"
    assert by_name[("1", "Hồ Chí Minh")].urban


def test_districts_lie_in_their_province_and_need_context(gaz):
    from loaders.gazetteer.model import LOCAL
    found = [e for e in entries(gaz, "Bát Xát") if e[1] == "VN"]
    assert found == [("Bat Xat", "VN", "district")]
    i = next(c >> 3 for c in rows_for(gaz, "Bát Xát"))
    assert gaz.needs[i] == LOCAL and gaz.units[i] == "vn:lao-cai" and gaz.parents[i] == "Lao Cai"
    # A town or city named like its province is that province's namesake, found by a kind word.
    assert ("Quang Tri Town", "VN", "town") in entries(gaz, "Quảng Trị")
    assert ("Lao Cai City", "VN", "city") in entries(gaz, "Lào Cai")
    assert gaz.namesake[gaz.by_key["vn:quang-tri"]] == gaz.by_key[next(
        k for k in gaz.by_key if k.startswith("vn-gso:") and gaz.names[gaz.by_key[k]] == "Quang Tri Town")]
    # A curated place is not added twice.
    assert [e for e in entries(gaz, "Sa Pa") if e[1] == "VN"] == [("Sa Pa", "VN", "town")]


def test_small_places_of_laos_and_cambodia(gaz):
    assert ("Chantrea", "KH", "city") in entries(gaz, "Chantrea")
    assert ("Sepon", "LA", "city") in entries(gaz, "Xepon")
    assert ("Boualapha", "LA", "district") in entries(gaz, "Bualapha")
    assert ("Xam Neua", "LA", "city") in entries(gaz, "Sam Neua") == entries(gaz, "Xam Nua")
    # Lao and Khmer romanisations meet: ou and u, x and s.
    assert rows_for(gaz, "Tboung Khmoum") == rows_for(gaz, "Tbong Khmum")
    assert ("Savannakhet Province", "LA", "province") in entries(gaz, "Xavannakhet")


def test_a_town_does_not_take_the_name_of_its_province(gaz):
    # Thakhek, seat of Khammouane, is also called Khammouane in GeoNames.
    assert ("Thakhek", "LA", "city") not in entries(gaz, "Khammouane")
    assert ("Khammouane", "LA", "province") not in entries(gaz, "Thakhek")


def test_vietnamese_names_of_foreign_places_do_not_shadow_vietnamese_places(gaz):
    # GeoNames calls Xining "Tây Ninh" (a province) and Yuncheng "Vận Thành" (a commune).
    assert all(e[1] == "VN" for e in entries(gaz, "Tây Ninh"))
    assert not any(e[0] == "Yuncheng" for e in entries(gaz, "Vận Thành"))
    # Its other Vietnamese readings, and their plain twins, need a kind word or China.
    from loaders.gazetteer.model import DERIVED, MARKED
    liuzhou = [c for c in rows_for(gaz, "Liễu Châu") if gaz.names[c >> 3] == "Liuzhou"]
    assert liuzhou and all(c & 3 == DERIVED and c & MARKED for c in liuzhou)
    assert [c & 3 for c in rows_for(gaz, "Lieu Chau") if gaz.names[c >> 3] == "Liuzhou"] == [DERIVED]


def test_features_hold_no_place(gaz):
    from loaders.gazetteer.model import NOT_A_PLACE
    for name in ("Thái Bình Dương", "Mekong Delta", "Tây Nguyên", "Kansai", "Asie-Pacifique"):
        row = gaz.rows[gaz.automaton.get(f" {key(name)} ")]
        assert row[2] == NOT_A_PLACE and row[1] == (), name


def test_units_named_by_compass_words_need_their_country(gaz):
    from loaders.gazetteer.model import COUNTRY, FREE
    assert gaz.needs[gaz.by_key["iso:HT-NO"]] == COUNTRY       # Nord-Ouest, Haiti
    assert gaz.needs[gaz.by_key["iso:FR-NAQ"]] == FREE


def test_a_name_with_diacritics_is_marked(gaz):
    from loaders.gazetteer.model import MARKED
    kunming = [c for c in rows_for(gaz, "Côn Minh") if gaz.names[c >> 3] == "Kunming"]
    assert kunming and kunming[0] & MARKED
    van = [c for c in rows_for(gaz, "Van") if gaz.countries[c >> 3] == "TR"]
    assert van and not any(c & MARKED for c in van)


def test_district_data_without_districts_gives_none(tmp_path, monkeypatch):
    # The package's 2025 releases list provinces and wards only.
    from loaders.gazetteer import districts
    data = tmp_path / "data"
    data.mkdir()
    (data / "nested-divisions.json").write_text(
        '[{"name": "Tỉnh Lào Cai", "code": 15, "wards": [{"name": "Xã Bát Xát", "code": 1}]}]', encoding="utf-8")
    monkeypatch.setattr(districts, "_data_file", lambda: data / "nested-divisions.json")
    assert districts.load() == ([], [])
    monkeypatch.setattr(districts, "_data_file", lambda: None)
    assert districts.load() == ([], [])
