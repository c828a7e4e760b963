"""Agreements between localities, per sentence pattern and language, on contexts built
by hand (see tests/test_figures.py: mentions and cues placed by the test)."""
from __future__ import annotations

import pytest

from loaders.agreements import extract_agreements
from tests.test_figures import build_ctx


def agreements(text: str, lang: str, home: str | None = "t:danang", published: str | None = "2024"):
    ctx = build_ctx(text, lang, home, published)
    return [(a.parties[1], a.kind, a.status, a.date) if a.parties[0] == home else (a.parties, a.kind, a.status, a.date)
            for a in extract_agreements(ctx)]


def pairs(text: str, lang: str, home: str | None = "t:danang", published: str | None = "2024"):
    ctx = build_ctx(text, lang, home, published)
    return sorted(tuple(a.parties) for a in extract_agreements(ctx))


# ------------------------------------------------------------------ a subject and a list after "with"

@pytest.mark.parametrize("lang,text", [
    ("en", "Recently Da Nang signed MoUs with four Japanese cities: Kawasaki, Sakai, Kobe and Osaka."),
    ("fr", "Da Nang a signé un protocole d'accord avec quatre villes japonaises : Kawasaki, Sakai, Kobe et Osaka."),
    ("vi", "Đà Nẵng đã ký biên bản ghi nhớ với bốn thành phố Nhật Bản là Kawasaki, Sakai, Kobe và Osaka."),
])
def test_a_list_of_partners_after_with(lang, text):
    assert agreements(text, lang) == [(k, "mou", "signed", None) for k in ("t:kawasaki", "t:sakai", "t:kobe", "t:osaka")]


@pytest.mark.parametrize("lang,text,kind", [
    ("en", "Up to now, the city has established sister-city relations with Sakai.", "friendship"),
    ("fr", "La ville entretient des relations de jumelage avec Sakai.", "friendship"),
    ("vi", "Thành phố đã kết nghĩa với Sakai.", "friendship"),
    ("en", "His city maintains cooperative ties with Sakai.", "cooperation"),
])
def test_the_implicit_subject_is_the_home_locality(lang, text, kind):
    assert agreements(text, lang) == [("t:sakai", kind, "established", None)]


def test_years_in_brackets_belong_to_each_partner():
    text = ("Da Nang has signed friendship agreements with several Japanese localities, including "
            "Kawasaki (in 2012), Sakai (2013) and Kobe (2015).")
    assert agreements(text, "en") == [("t:kawasaki", "agreement", "signed", "2012"),
                                      ("t:sakai", "agreement", "signed", "2013"),
                                      ("t:kobe", "agreement", "signed", "2015")]


def test_a_place_in_brackets_only_says_where_the_partner_is():
    text = "Da Nang maintains official friendship ties with Shandong and Kunming (Yunnan)."
    assert agreements(text, "en") == [("t:shandong", "friendship", "established", None),
                                      ("t:kunming", "friendship", "established", None)]


def test_a_list_runs_on_across_descriptions():
    text = ("Trade cooperation programmes between Da Nang and Russian localities, including Ulyanovsk, "
            "and the cities of Sakai and Kobe, have been implemented.")
    assert [p for p, *_ in agreements(text, "en")] == ["t:ulyanovsk", "t:sakai", "t:kobe"]


def test_a_new_clause_ends_the_list():
    text = "Da Nang signed an MoU with Sakai in 2019, and hopes to establish ties with Kobe."
    assert agreements(text, "en") == [("t:sakai", "mou", "signed", "2019"), ("t:kobe", "cooperation", "planned", None)]


# ------------------------------------------------------------------ between, coordination, two sides, dashes

@pytest.mark.parametrize("lang,text", [
    ("en", "The cooperation agreement between Hue and Blois was signed in 1996."),
    ("fr", "L'accord de coopération entre Hué et Blois a été signé en 1996."),
    ("vi", "Thỏa thuận hợp tác giữa Huế và Blois được ký kết năm 1996."),
])
def test_between(lang, text):
    assert agreements(text, lang, home="t:hue") == [("t:blois", "agreement", "signed", "1996")]


@pytest.mark.parametrize("lang,text", [
    ("en", "In 2013, Hanoi and Tokyo signed their first memorandum of understanding."),
    ("fr", "Il a noté qu'en 2013, Hanoï et Tokyo ont signé leur premier protocole d'accord."),
    ("vi", "Năm 2013, Hà Nội và Tokyo đã ký biên bản ghi nhớ đầu tiên."),
])
def test_coordinated_subjects(lang, text):
    assert agreements(text, lang, home="t:hanoi") == [("t:tokyo", "mou", "signed", "2013")]


def test_coordination_with_descriptions_of_each_party():
    text = ("Nghe An and the neighbouring Lao province of Savannakhet plan to sign a memorandum of "
            "understanding on border trade.")
    assert agreements(text, "en", home="t:nghean") == [("t:savannakhet", "mou", "planned", None)]
    text = ("Le secrétaire du Parti de Quang Ninh, Nguyen Van A, et le gouverneur de la préfecture japonaise "
            "de Hokkaido ont signé un accord de coopération.")
    assert agreements(text, "fr", home="t:quangninh") == [("t:hokkaido", "agreement", "signed", None)]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le 17 octobre, Tran Van B a rencontré le gouverneur de Kanagawa, au cours de laquelle les deux "
           "parties ont signé un protocole d'accord."),
    ("en", "On October 17, the mayor met the governor of Kanagawa. The two sides signed a memorandum of understanding."),
    ("vi", "Ngày 17/10, lãnh đạo thành phố tiếp thống đốc Kanagawa. Hai bên đã ký biên bản ghi nhớ."),
])
def test_the_two_sides_are_home_and_the_partner_named(lang, text):
    got = agreements(text, lang, home="t:hanoi")
    assert [(p, k, s) for p, k, s, _ in got] == [("t:kanagawa", "mou", "signed")]


def test_the_two_localities_in_the_sentence():
    text = ("Quang Ninh, 17 novembre (VNA) - Les dirigeants de Quang Ninh et de Hokkaido, réunis à Ha Long, "
            "ont signé un accord de coopération entre leurs deux localités.")
    assert agreements(text, "fr", home="t:quangninh", published="2023-11") == [
        ("t:hokkaido", "agreement", "signed", "2023-11-17")]


def test_the_two_cities_without_a_name_take_the_partner_the_article_names_most():
    text = ("Une délégation de Toulouse a été reçue à Hanoï. Toulouse et Hanoï coopèrent depuis 2005. "
            "Les étudiants vont souvent à Paris ou à Lyon. Les deux villes prévoient de signer un nouveau programme.")
    got = agreements(text, "fr", home="t:hanoi")
    assert ("t:toulouse", "cooperation", "established", "2005") in got
    assert not [g for g in got if g[0] == "t:lyon"]


def test_pairs_written_with_a_dash():
    text = "Les jumelages Hué - Blois et Da Nang - Sakai sont les plus anciens."
    assert pairs(text, "fr", home="t:hue") == [("t:danang", "t:sakai"), ("t:hue", "t:blois")]


# ------------------------------------------------------------------ status

@pytest.mark.parametrize("lang,text", [
    ("en", "Da Nang hopes to establish cooperative ties with Kobe in the near future."),
    ("en", "Special attention is paid to promote the establishment of ties with Kobe."),
    ("fr", "Da Nang envisage de signer un accord de coopération avec Kobe."),
    ("fr", "Les deux villes souhaitent signer un accord avec Kobe prochainement."),
    ("vi", "Đà Nẵng sẽ ký kết thỏa thuận hợp tác với Kobe trong thời gian tới."),
    ("vi", "Đà Nẵng mong muốn tiến tới ký kết thỏa thuận hợp tác với Kobe."),
])
def test_planned(lang, text):
    assert [s for _, _, s, _ in agreements(text, lang)] == ["planned"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Da Nang has had friendship ties with Kobe since 2010."),
    ("fr", "Da Nang coopère avec Kobe dans le tourisme."),
    ("vi", "Đà Nẵng có quan hệ hợp tác với Kobe."),
])
def test_established(lang, text):
    assert [s for _, _, s, _ in agreements(text, lang)] == ["established"]


def test_signed_only_counts_when_not_governed_by_a_plan():
    assert agreements("Da Nang will sign an agreement with Kobe.", "en")[0][2] == "planned"
    assert agreements("Da Nang expected to be signing an agreement with Kobe.", "en")[0][2] == "planned"
    assert agreements("Da Nang signed an agreement with Kobe to establish ties.", "en")[0][2] == "signed"
    # "vốn đăng ký" (registered capital) is no signature.
    assert agreements("Đà Nẵng có quan hệ hợp tác với Kobe, vốn đăng ký lớn.", "vi")[0][2] == "established"


def test_one_record_per_pair_the_strongest_statement_with_the_rest_as_evidence():
    text = ("Da Nang will sign an MoU with Kobe. Da Nang and Kobe have cooperated since 2010. "
            "On 17 November, Da Nang signed an MoU with Kobe.")
    ctx = build_ctx(text, "en", "t:danang")
    got = extract_agreements(ctx)
    assert len(got) == 1
    a = got[0]
    assert (a.parties, a.kind, a.status, a.date) == (("t:danang", "t:kobe"), "mou", "signed", "2024-11-17")
    assert a.evidence.slice(text) == "On 17 November, Da Nang signed an MoU with Kobe."
    assert [s.slice(text) for s in a.more_evidence] == ["Da Nang will sign an MoU with Kobe.",
                                                        "Da Nang and Kobe have cooperated since 2010."]


def test_the_home_locality_comes_first():
    assert pairs("Kobe and Da Nang signed a friendship agreement.", "en") == [("t:danang", "t:kobe")]


def test_fields_of_cooperation():
    text = "Da Nang and Sakai signed an agreement on cooperation in culture, tourism and education."
    assert extract_agreements(build_ctx(text, "en", "t:danang"))[0].fields == ("culture", "education", "tourism")
    text = "Huế và Blois hợp tác trong lĩnh vực bảo tồn di sản, du lịch và giáo dục."
    assert extract_agreements(build_ctx(text, "vi", "t:hue"))[0].fields == ("education", "tourism")


# ------------------------------------------------------------------ not agreements between localities

@pytest.mark.parametrize("lang,text", [
    ("en", "Da Nang cooperates with Japan in many fields."),                        # a country
    ("en", "Da Nang signed an MoU with JETRO to attract investment."),              # an agency
    ("fr", "L'Université de Hué a signé un accord avec l'Université de Lyon."),     # universities
    ("en", "Ha Long University and a university in Hokkaido signed a separate agreement."),
    ("en", "Da Nang and Hanoi signed a cooperation agreement."),                    # one country
    ("en", "Sakai and Busan are sister cities."),                                   # no Vietnamese side
    ("en", "The Chinese Consul General in Da Nang praised cooperation between the city and China."),
    ("fr", "Hoi An souhaite renforcer ses relations avec d'autres localités de Hokkaido."),
    ("en", "Trade between Da Nang and China reached US$ 1 billion."),               # no tie word
    ("vi", "Đà Nẵng tăng cường hợp tác với Nhật Bản."),
    ("fr", "Le constructeur Airbus a signé des contrats, et une école d'ingénieurs de Toulouse a conclu un "
           "accord avec une université de Hanoï."),
])
def test_not_ties_between_localities(lang, text):
    assert agreements(text, lang, home="t:danang" if "Hanoï" not in text else "t:hanoi") == []


def test_a_venue_is_not_a_party():
    text = ("Quang Ninh and Hokkaido signed a cooperation agreement. The agreement was signed in Ha Long "
            "in November last year, during a visit by the Hokkaido governor.")
    assert pairs(text, "en", home="t:halong", published="2024-02") == [("t:quangninh", "t:hokkaido")]


def test_a_sentence_naming_partners_in_a_tie_context():
    text = ("Ho Chi Minh City has friendship ties with more than 50 localities. Among the best known of these "
            "partners are San Francisco (1995), Busan in Korea and Osaka.")
    got = agreements(text, "en", home="t:hcmc")
    assert [(p, d) for p, _, _, d in got] == [("t:sf", "1995"), ("t:busan", None), ("t:osaka", None)]


def test_the_signing_date_when_a_statement_has_two():
    text = "Hue and Blois, which established ties in 1997, signed a new cooperation agreement in 2023."
    assert agreements(text, "en", home="t:hue") == [("t:blois", "agreement", "signed", "2023")]


@pytest.mark.parametrize("lang,text", [
    ("en", "On this occasion, Da Nang and Kobe exchanged an MoU on tourism cooperation."),
    ("fr", "À cette occasion, Da Nang et Kobe ont échangé un protocole d'accord."),
    ("vi", "Dịp này, Đà Nẵng và Kobe đã trao đổi thư ý định về hợp tác du lịch."),
])
def test_exchanging_a_document_is_signing_it(lang, text):
    assert [(p, s) for p, _, s, _ in agreements(text, lang)] == [("t:kobe", "signed")]


def test_a_foreign_place_tied_to_others_unnamed_is_not_tied_to_home():
    text = ("Osaka, a separate administration from the city, runs its own exchange programmes with Asian "
            "partners, and its governor will meet the Da Nang delegation.")
    assert agreements(text, "en") == []


def test_a_passing_tie_word_far_from_the_name_does_not_tie_it():
    text = ("Japanese firms from Osaka have invested heavily in the industrial parks of the city over the last "
            "decade, contributing to economic cooperation.")
    assert agreements(text, "en") == []


@pytest.mark.parametrize("lang,text", [
    ("en", "He witnessed the signing of an MoU between the People's Committee of Hue and the Government of Blois."),
    ("fr", "La province de Hué a signé avec la ville française de Blois un accord de coopération."),
    ("vi", "UBND tỉnh Huế và chính quyền thành phố Blois (Pháp) đã ký kết biên bản ghi nhớ hợp tác."),
])
def test_government_bodies_stand_for_their_locality(lang, text):
    assert [(p, s) for p, _, s, _ in agreements(text, lang, home="t:hue")] == [("t:blois", "signed")]
