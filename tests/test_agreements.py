"""Agreements between localities, per sentence pattern and language, on contexts built
by hand (see tests/test_figures.py: mentions and cues placed by the test)."""
from __future__ import annotations

import pytest

from loaders.agreements import extract_agreements
from loaders.records import Place, Region
from loaders.sentences import split_sentences
from tests.test_figures import NAMES, P, build_ctx


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


# ------------------------------------------------------------------ the date of a signing at the article's event

@pytest.mark.parametrize("lang,text,published,date", [
    ("fr", "Hanoï, 21 septembre (VNA) – Hanoï et Vientiane ont signé jeudi un protocole d'accord de coopération.",
     "2023-09-21", "2023-09-21"),
    ("en", "Lao Cai and Yunnan signed a memorandum of understanding on Thursday.", "2024-05", "2024-05"),
    ("en", "Leaders of Hanoi met the governor of Kyoto. On this occasion, the two sides signed an MoU.", "2024", "2024"),
    ("vi", "Lãnh đạo Hà Nội đã hội đàm với thống đốc Kyoto. Nhân dịp này, lãnh đạo hai thành phố đã ký biên bản "
           "ghi nhớ hợp tác.", "2024-03", "2024-03"),
    ("vi", "Lãnh đạo Hà Nội đã hội đàm với thống đốc Kyoto. Kết thúc hội đàm, hai bên đã ký biên bản ghi nhớ.",
     "2024-03-12", "2024-03-12"),
    ("en", "At the ceremony, Hanoi and Kyoto inked a cooperation agreement for the 2024–2026 period.", "2024-03",
     "2024-03"),
    ("fr", "À cette occasion, Hanoï et Kyoto ont paraphé un accord de coopération.", "2022-06", "2022-06"),
])
def test_a_signing_at_the_articles_event_takes_the_articles_date(lang, text, published, date):
    got = agreements(text, lang, home="t:hanoi" if "Lao Cai" not in text else "t:laocai", published=published)
    assert [(s, d) for _, _, s, d in got] == [("signed", date)]


@pytest.mark.parametrize("lang,text", [
    ("en", "Hanoi and Kyoto signed a cooperation agreement for the 2024–2026 period."),
    ("en", "Recently Hanoi signed an MoU with Kyoto."),
    ("fr", "Hanoï et Kyoto ont signé un accord de coopération."),
    ("vi", "Hà Nội và Kyoto đã ký thỏa thuận hợp tác giai đoạn 2024-2026."),
    ("en", "Hanoi and Kyoto will sign an agreement on Thursday."),
])
def test_no_date_without_support(lang, text):
    assert [d for *_, d in agreements(text, lang, home="t:hanoi", published="2024-03")] == [None]


def test_the_explicit_date_wins_over_the_event():
    text = "On this occasion, the two sides recalled that Hanoi and Kyoto signed an MoU in 2013."
    assert [d for *_, d in agreements(text, "en", home="t:hanoi", published="2024-03")] == ["2013"]


def test_a_day_in_the_sentence_before_dates_the_signing_at_that_meeting():
    text = ("On March 5, the Hanoi delegation met the governor of Kyoto. On this occasion, the two sides signed a "
            "memorandum of understanding.")
    assert [d for *_, d in agreements(text, "en", home="t:hanoi", published="2024-03-07")] == ["2024-03-05"]


# ------------------------------------------------------------------ parties that are not localities

@pytest.mark.parametrize("lang,text", [
    ("en", "The Busan Port Authority and Saigon Newport Corporation signed a letter of intent on cooperation."),
    ("en", "Ho Chi Minh City University of Technology signed an MoU with Busan National University."),
    ("en", "The chambers of commerce of Ho Chi Minh City and Busan signed a memorandum of understanding."),
    ("en", "Businesses from Ho Chi Minh City and Busan signed 12 memoranda of understanding."),
    ("en", "Vietnamese and Korean enterprises signed 12 MoUs at a forum held in Busan."),
    ("en", "KOTRA Busan and the city's Department of Industry and Trade signed an MoU."),
    ("fr", "Une délégation de Busan est arrivée hier. Les entreprises des deux villes ont signé 12 protocoles "
           "d'accord."),
    ("fr", "L'hôpital de Busan et l'Université de Hô Chi Minh-Ville ont signé un accord."),
    ("vi", "Đoàn công tác Busan đã đến thành phố. Các doanh nghiệp của hai thành phố đã ký 12 biên bản ghi nhớ."),
    ("vi", "Tổng công ty Tân Cảng Sài Gòn và Cảng vụ Busan đã ký thư ý định hợp tác."),
])
def test_organisations_are_not_localities(lang, text):
    assert agreements(text, lang, home="t:hcmc") == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Talks between the Lao Cai delegation and Guangxi leaders took place in Nanning, after which the two "
           "sides signed a memorandum of understanding."),
    ("vi", "Tại thành phố Nam Ninh, lãnh đạo tỉnh Lào Cai và Quảng Tây đã ký biên bản ghi nhớ hợp tác."),
    ("en", "A Lao Cai delegation visited Guangxi last week. The talks were held in Nanning, where the two sides "
           "signed an MoU on border trade."),
])
def test_the_venue_is_not_a_party(lang, text):
    assert pairs(text, lang, home="t:laocai") == [("t:laocai", "t:guangxi")]


def test_the_venue_is_not_a_party_in_french():
    text = ("Une délégation de Tay Ninh a rencontré les dirigeants de Svay Rieng. À Phnom Penh, les deux parties "
            "ont signé un protocole d'accord.")
    assert pairs(text, "fr", home="t:tayninh") == [("t:tayninh", "t:svayrieng")]


@pytest.mark.parametrize("lang,text", [
    ("en", "The Phong Nha National Park signed a cooperation agreement with Savannakhet."),
    ("en", "The Lao Bao - Densavan border gate pair handled record trade, under an agreement signed last year."),
    ("en", "The Dinh Vu Industrial Zone signed an MoU with Kitakyushu."),
    ("vi", "Ban quản lý khu kinh tế Đình Vũ đã ký biên bản ghi nhớ với Kitakyushu."),
])
def test_a_part_of_a_locality_is_not_a_party(lang, text):
    home = "t:haiphong" if "Vu" in text or "Vũ" in text else "t:quangtri"
    assert agreements(text, lang, home=home) == []


# ------------------------------------------------------------------ ties in the headline, across sentences, other shapes

@pytest.mark.parametrize("lang,title", [
    ("en", "Tay Ninh, Svay Rieng ink memorandum on border cooperation"),
    ("fr", "Tay Ninh et Svay Rieng signent un protocole d'accord sur la coopération frontalière"),
    ("vi", "Tây Ninh và Svay Rieng ký biên bản ghi nhớ hợp tác biên giới"),
])
def test_a_tie_stated_in_the_headline_only(lang, title):
    body = {"en": "Officials of Tay Ninh province and Svay Rieng province met on Monday to review border trade.",
            "fr": "Les responsables de Tay Ninh et de Svay Rieng se sont réunis lundi pour faire le point.",
            "vi": "Lãnh đạo tỉnh Tây Ninh và tỉnh Svay Rieng đã gặp nhau vào thứ Hai."}[lang]
    text = title + "\n\n" + body
    ctx = build_ctx(text, lang, "t:tayninh", "2024-05-14", title=True)
    got = extract_agreements(ctx)
    assert [(a.parties, a.kind, a.status, a.date) for a in got] == [
        (("t:tayninh", "t:svayrieng"), "mou", "signed", "2024-05-14")]
    assert got[0].evidence.slice(text) == title


def test_the_headline_adds_nothing_the_body_does_not_name():
    text = "Da Nang, Kobe ink memorandum on tourism\n\nThe city hosted a Japanese delegation on Monday."
    assert extract_agreements(build_ctx(text, "en", "t:danang", title=True)) == []


def test_ties_established_then_referred_to():
    text = "Bac Ninh and Gyeonggi established ties in 2010. Since then, the two provinces have expanded cooperation."
    assert agreements(text, "en", home="t:bacninh") == [("t:gyeonggi", "cooperation", "established", "2010")]


@pytest.mark.parametrize("lang,text", [
    ("en", "An MoU was signed between Quang Nam and Sekong."),
    ("fr", "Un protocole d'accord a été paraphé entre Quang Nam et Sekong."),
    ("vi", "Biên bản ghi nhớ đã được ký giữa Quảng Nam và Sê Kông."),
    ("en", "A memorandum of understanding was signed by Quang Nam and Sekong on Friday."),
])
def test_passive_voice(lang, text):
    assert [(p, k, s) for p, k, s, _ in agreements(text, lang, home="t:quangnam")] == [("t:sekong", "mou", "signed")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Lao Cai, Ha Giang and Yunnan signed a cooperation agreement."),
    ("en", "Lao Cai and Ha Giang, together with Yunnan, signed a cooperation agreement."),
    ("fr", "Lao Cai, Ha Giang et le Yunnan ont signé un accord de coopération."),
    ("vi", "Lào Cai, Hà Giang cùng Vân Nam đã ký biên bản ghi nhớ."),
])
def test_coordinated_parties(lang, text):
    assert pairs(text, lang, home="t:laocai") == [("t:hagiang", "t:yunnan"), ("t:laocai", "t:yunnan")]


def test_after_which_they_signed_is_the_event():
    text = "Tay Ninh and Svay Rieng held talks on Monday, after which they signed an MoU."
    assert agreements(text, "en", home="t:tayninh", published="2024-05") == [
        ("t:svayrieng", "mou", "signed", "2024-05")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Da Nang and Kobe signed a letter of intent on cooperation."),
    ("fr", "Da Nang et Kobe ont signé une lettre d'intention de coopération."),
    ("vi", "Đà Nẵng và Kobe đã ký thư ý định hợp tác."),
])
def test_a_letter_of_intent_is_a_memorandum(lang, text):
    assert [(p, k) for p, k, _, _ in agreements(text, lang)] == [("t:kobe", "mou")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Hue and Blois renewed their cooperation agreement."),
    ("fr", "Hué et Blois ont renouvelé leur accord de coopération."),
    ("fr", "L'accord de coopération entre Hué et Blois a été prolongé."),
    ("vi", "Huế và Blois đã gia hạn thỏa thuận hợp tác."),
])
def test_a_renewal_is_a_signing(lang, text):
    assert [(p, s) for p, _, s, _ in agreements(text, lang, home="t:hue")] == [("t:blois", "signed")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Lao Cai and Yunnan are expected to ink an MoU on border trade."),
    ("fr", "Lao Cai et le Yunnan envisagent de signer un protocole d'accord."),
    ("vi", "Lào Cai và Vân Nam dự kiến ký kết biên bản ghi nhớ về thương mại biên giới."),
])
def test_expected_signings_are_planned(lang, text):
    assert [(p, s) for p, _, s, _ in agreements(text, lang, home="t:laocai")] == [("t:yunnan", "planned")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Hue and Kyoto established a sister-city relationship in 1996."),
    ("fr", "Le jumelage entre Hué et Kyoto date de 1996."),
    ("vi", "Huế và Kyoto kết nghĩa năm 1996."),
])
def test_sister_cities_are_friendship(lang, text):
    assert [(p, k) for p, k, _, _ in agreements(text, lang, home="t:hue")] == [("t:kyoto", "friendship")]


def test_the_place_of_the_dateline_is_not_a_party():
    text = ("Osaka (VNA) - A conference on cooperation between Vietnamese and Japanese localities was held this "
            "week. Da Nang and Kobe signed an MoU on tourism.")
    assert pairs(text, "en") == [("t:danang", "t:kobe")]


def test_the_capital_of_another_country_is_not_the_home_capital():
    from loaders.sentences import DocView
    text = "La délégation a été reçue dans la capitale russe, puis dans la capitale."
    refs = DocView(build_ctx(text, "fr", "t:hanoi")).refs(0, len(text))
    assert [text[r.start:r.end] for r in refs] == ["la capitale"] and refs[0].start > 50


@pytest.mark.parametrize("lang,text", [
    ("en", "Hanoi leaders received a delegation from Kyoto on Monday. A memorandum of understanding on tourism was "
           "signed on this occasion."),
    ("fr", "Les dirigeants de Hanoï ont reçu une délégation de Kyoto lundi. À cette occasion, un protocole d'accord "
           "sur le tourisme a été signé."),
    ("vi", "Lãnh đạo Hà Nội đã tiếp đoàn đại biểu Kyoto. Nhân dịp này, biên bản ghi nhớ về du lịch đã được ký kết."),
])
def test_a_signing_at_the_meeting_the_sentence_before_reports(lang, text):
    assert [(p, k, s, d) for p, k, s, d in agreements(text, lang, home="t:hanoi", published="2024-03")] == [
        ("t:kyoto", "mou", "signed", "2024-03")]


def test_generic_signings_do_not_borrow_the_places_of_the_sentence_before():
    text = ("A conference was held in Kyoto. More than 60 cooperation agreements have been signed between Vietnamese "
            "and Japanese localities.")
    assert agreements(text, "en", home="t:hanoi") == []


def test_a_signing_told_as_past_is_not_dated_by_the_event():
    text = ("Three months after signing a cooperation agreement, Quang Ninh and Hokkaido have begun new projects, "
            "officials said on Tuesday.")
    assert agreements(text, "en", home="t:quangninh", published="2024-02") == [
        ("t:hokkaido", "agreement", "signed", None)]


def test_an_explicit_date_beats_the_event():
    text = ("On Tuesday, Quang Ninh and Hokkaido reviewed the agreement they signed on this occasion. "
            "The agreement between Quang Ninh and Hokkaido was signed in November last year.")
    got = agreements(text, "en", home="t:quangninh", published="2024-02")
    assert [(p, d) for p, _, _, d in got] == [("t:hokkaido", "2023-11")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Quang Binh hosted a Houaphanh delegation. Quang Binh signed an agreement with the partner province on "
           "education."),
    ("fr", "Quang Binh a reçu une délégation de Houaphanh. Quang Binh a signé un accord avec la province partenaire."),
    ("vi", "Quảng Bình đã tiếp đoàn Hủa Phăn. Quảng Bình đã ký thỏa thuận hợp tác với tỉnh bạn."),
])
def test_the_partner_province_is_the_foreign_locality(lang, text):
    assert pairs(text, lang, home="t:quangbinh") == [("t:quangbinh", "t:houaphanh")]


def test_a_headline_in_title_case_names_no_organisation():
    text = ("Hanoi, Kyoto Sign Agreement On Port Cooperation\n\n"
            "Officials of Hanoi and Kyoto met in the city on Monday.")
    got = extract_agreements(build_ctx(text, "en", "t:hanoi", "2024-05", title=True))
    assert [(a.parties, a.status) for a in got] == [(("t:hanoi", "t:kyoto"), "signed")]


def test_a_signing_at_the_event_takes_the_day_of_the_dateline():
    text = ("Hanoï, 21 septembre (VNA) – Le président de Hanoï a reçu une délégation de Vientiane.\n\n"
            "Les deux parties ont passé en revue leur coopération.\n\n"
            "À cette occasion, Hanoï et Vientiane ont signé un protocole d'accord.")
    assert agreements(text, "fr", home="t:hanoi", published="2024-09") == [
        ("t:vientiane", "mou", "signed", "2024-09-21")]


def test_the_day_someone_spoke_does_not_date_a_tie():
    text = "Thanh Hoa has established cooperative relations with Houaphanh, the department said on March 5."
    assert agreements(text, "en", home="t:thanhhoa", published="2024-03") == [
        ("t:houaphanh", "cooperation", "established", None)]


# ------------------------------------------------------------------ districts and towns, locators, planned ties

# Places below a province, and cities with the state or province they lie in, for the tests
# below (added to the shared test gazetteer of tests/test_figures.py for their duration).
MORE_PLACES = [
    (Place("t:caobang", "Cao Bang", "VN", "province"), ["Cao Bang", "Cao Bằng"]),
    (Place("t:trungkhanh", "Trung Khanh", "VN", "district", admin="Cao Bang"), ["Trung Khanh", "Trùng Khánh"]),
    (Place("t:jingxi", "Jingxi", "CN", "city", admin="Guangxi"), ["Jingxi", "Tĩnh Tây"]),
    (Place("t:baise", "Baise", "CN", "city"), ["Baise", "Bách Sắc"]),
    (Place("t:sonla", "Son La", "VN", "province"), ["Son La", "Sơn La"]),
    (Place("t:mocchau", "Moc Chau", "VN", "district", admin="Son La"), ["Moc Chau", "Mộc Châu"]),
    (Place("t:xamneua", "Xam Neua", "LA", "district", admin="Houaphanh"), ["Xam Neua", "Sầm Nưa"]),
    (Place("t:quangyen", "Quang Yen", "VN", "town", admin="Quang Ninh"), ["Quang Yen", "Quảng Yên"]),
    (Place("t:annecy", "Annecy", "FR", "city"), ["Annecy"]),
    (Place("t:bencau", "Ben Cau", "VN", "district", admin="Tay Ninh"), ["Ben Cau", "Bến Cầu"]),
    (Place("t:chantrea", "Chantrea", "KH", "city", admin="Svay Rieng Province"), ["Chantrea"]),
    (Place("t:portland", "Portland", "US", "city"), ["Portland"]),
    (Place("t:oregon", "Oregon", "US", "state"), ["Oregon"]),
    (Place("t:austin", "Austin", "US", "city"), ["Austin"]),
    (Place("t:texas", "Texas", "US", "state"), ["Texas"]),
    (Place("t:tucson", "Tucson", "US", "city"), ["Tucson"]),
    (Place("t:arizona", "Arizona", "US", "state"), ["Arizona"]),
]


@pytest.fixture
def more_places(monkeypatch):
    for place, names in MORE_PLACES:
        monkeypatch.setitem(P, place.key, place)
        monkeypatch.setitem(NAMES, place.key, names)


@pytest.mark.usefixtures("more_places")
@pytest.mark.parametrize("lang,text,home", [
    ("fr", "Par ailleurs, la ville d'Annecy envisage de conclure en 2026 une charte d'amitié avec le bourg de "
           "Quang Yen, connu pour ses marais salants.", "t:quangninh"),
    ("en", "Annecy also intends to sign a friendship charter with the town of Quang Yen in 2026.", "t:quangninh"),
    ("vi", "Thành phố Annecy dự kiến ký thỏa thuận hữu nghị với thị xã Quảng Yên trong năm 2026.", "t:quangninh"),
])
def test_a_town_plans_a_tie_with_a_foreign_city(lang, text, home):
    got = extract_agreements(build_ctx(text, lang, home))
    assert [(a.parties, a.status, a.date) for a in got] == [(("t:quangyen", "t:annecy"), "planned", "2026")]


@pytest.mark.usefixtures("more_places")
@pytest.mark.parametrize("lang,text", [
    ("fr", "Le district de Trung Khanh et la ville de Jingxi, dont dépend le poste-frontière de Longbang, "
           "prévoient pour leur part de signer un accord sur le commerce frontalier."),
    ("en", "Trung Khanh district and Jingxi city, which share a 40 km border, intend to sign an agreement on border "
           "markets."),
    ("vi", "Huyện Trùng Khánh và thành phố Tĩnh Tây sẽ ký thỏa thuận hợp tác quản lý chợ biên giới."),
])
def test_a_district_and_a_foreign_city_as_coordinated_subjects(lang, text):
    assert pairs(text, lang, home="t:caobang") == [("t:trungkhanh", "t:jingxi")]
    assert [s for _, _, s, _ in agreements(text, lang, home="t:caobang")] == ["planned"]


@pytest.mark.usefixtures("more_places")
@pytest.mark.parametrize("lang,text", [
    ("vi", "Huyện Bến Cầu và huyện Chantrea (tỉnh Svay Rieng) đã ký kết nghĩa từ năm 2017."),
    ("vi", "Từ năm 2017, huyện Bến Cầu đã kết nghĩa với huyện Chantrea thuộc tỉnh Svay Rieng."),
    ("en", "Ben Cau district and Chantrea district of Svay Rieng province have been twinned since 2017."),
    ("fr", "Le district de Ben Cau est jumelé depuis 2017 avec celui de Chantrea (province de Svay Rieng)."),
])
def test_district_twinning_with_the_province_as_a_locator(lang, text):
    got = extract_agreements(build_ctx(text, lang, "t:tayninh"))
    assert [(a.parties, a.date) for a in got] == [(("t:bencau", "t:chantrea"), "2017")]


@pytest.mark.usefixtures("more_places")
def test_a_district_does_not_pair_with_a_province():
    # The district names where the tie is carried out, or is itself no peer of a province.
    text = "Moc Chau district signed a cooperation agreement with Houaphanh province on cattle breeding."
    assert not [p for p in pairs(text, "en", home="t:sonla") if "t:mocchau" in p]
    text = "Sơn La và Hủa Phăn đã ký thỏa thuận hợp tác, tập trung vào các huyện biên giới Mộc Châu và Sầm Nưa."
    assert pairs(text, "vi", home="t:sonla") == [("t:sonla", "t:houaphanh")]


@pytest.mark.usefixtures("more_places")
@pytest.mark.parametrize("lang,text", [
    ("fr", "Da Nang entretient des relations de coopération avec 40 localités de 15 pays, dont Portland (État de "
           "l'Oregon, États-Unis), sa ville jumelle depuis 2005, et Kobe, au Japon."),
    ("en", "Da Nang has cooperation ties with 40 localities, among them Portland (Oregon), its sister city since "
           "2005, and Kobe."),
    ("vi", "Đà Nẵng có quan hệ hợp tác với 40 địa phương, trong đó có Portland (bang Oregon, Hoa Kỳ), thành phố "
           "kết nghĩa từ năm 2005, và Kobe."),
])
def test_a_list_of_partners_runs_on_past_what_is_said_of_each(lang, text):
    assert [p for p, *_ in agreements(text, lang)] == ["t:portland", "t:kobe"]


@pytest.mark.usefixtures("more_places")
@pytest.mark.parametrize("lang,text", [
    ("en", "Da Nang and Austin in the U.S. state of Texas have agreed to expand cooperation in education."),
    ("en", "The city is also working towards a friendship agreement with Austin, Texas, home to a large "
           "Vietnamese community."),
    ("fr", "Da Nang et Austin, dans l'État du Texas, ont convenu d'élargir leur coopération."),
    ("vi", "Đà Nẵng mong muốn thiết lập quan hệ hữu nghị với thành phố Austin thuộc bang Texas."),
])
def test_the_state_a_city_lies_in_is_no_party(lang, text):
    got = agreements(text, lang)
    assert [(p, s) for p, _, s, _ in got] == [("t:austin", "planned")]


@pytest.mark.usefixtures("more_places")
def test_a_province_level_unit_in_a_list_of_partners_is_a_partner():
    text = "Da Nang maintains friendship ties with Kunming, Yunnan, Guangxi and Shandong."
    assert [p for p, *_ in agreements(text, "en")] == ["t:kunming", "t:yunnan", "t:guangxi", "t:shandong"]
    # Where the gazetteer says where the city lies, a bare comma before that unit locates it.
    text = "Da Nang maintains friendship ties with Tucson, Arizona, and Kobe."
    assert [p for p, *_ in agreements(text, "en")] == ["t:tucson", "t:arizona", "t:kobe"]
    text = "Hanoi maintains friendship ties with Fukuoka, Fukuoka Prefecture, and Kobe."
    assert [p for p, *_ in agreements(text, "en", home="t:hanoi")] == ["t:fukuoka", "t:kobe"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Hué, qui a signé un accord de coopération avec Blois en 1997, envisage de conclure un accord similaire "
           "avec Kyoto."),
    ("en", "Hue, which signed a cooperation agreement with Blois in 1997, now plans to sign a similar agreement "
           "with Kyoto."),
])
def test_a_relative_clause_states_its_own_tie(lang, text):
    got = agreements(text, lang, home="t:hue")
    assert [(p, s, d) for p, _, s, d in got] == [("t:blois", "signed", "1997"), ("t:kyoto", "planned", None)]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Les deux parties envisagent d'associer la ville de Lyon à un projet de formation, Hanoï souhaitant "
           "nouer des relations de coopération avec cette collectivité."),
    ("en", "Officials from Lyon attended the forum. Hanoi hopes to establish cooperation with this city."),
])
def test_a_partner_taken_up_again_after_with(lang, text):
    assert [(p, s) for p, _, s, _ in agreements(text, lang, home="t:hanoi")] == [("t:lyon", "planned")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Tay Ninh, which shares a long border with Cambodia, is also set to sign a memorandum with Svay Rieng."),
    ("en", "Hue and Kyoto agreed to work towards a twinning agreement."),
    ("fr", "Hué et Kyoto sont convenus d'établir des relations de jumelage."),
])
def test_more_ways_to_plan(lang, text):
    home = "t:tayninh" if "Tay Ninh" in text else "t:hue"
    assert [s for _, _, s, _ in agreements(text, lang, home=home)] == ["planned"]


def test_a_plan_at_the_end_of_a_sentence_about_an_old_tie_does_not_make_it_planned():
    text = ("Since Hanoi and Kyoto became sister cities in 1995, our friendship has grown into a real partnership, "
            "the mayor said, adding that Kyoto hoped to learn from the capital's metro.")
    assert agreements(text, "en", home="t:hanoi") == [("t:kyoto", "friendship", "established", "1995")]


def test_the_year_of_a_documents_period_is_not_the_signing_date():
    text = ("Lãnh đạo Hà Nội đã hội đàm với thống đốc Kyoto. Kết thúc hội đàm, hai bên đã ký biên bản thỏa thuận "
            "hợp tác năm 2025.")
    assert agreements(text, "vi", home="t:hanoi", published="2024-11-14") == [
        ("t:kyoto", "agreement", "signed", "2024-11-14")]


# ------------------------------------------------------------------ not ties: blocks, meetings, ports, venues, landmarks

@pytest.mark.usefixtures("more_places")
def test_a_related_stories_block_is_read_for_nothing():
    body = "Cao Bang leaders received a delegation from Baise on Monday to review border trade."
    text = body + "\n\nRelated news\n- Son La, Houaphanh sign cooperation plan\n- Cao Bang, Baise ink MoU on tourism"
    ctx = build_ctx(text, "en", "t:caobang")
    ctx.body = [Region(0, len(body), "body")]
    ctx.sentences = split_sentences(text, ctx.body)
    assert extract_agreements(ctx) == []


@pytest.mark.usefixtures("more_places")
@pytest.mark.parametrize("lang,text", [
    ("en", "The Cao Bang delegation held talks with Baise leaders on Monday to review border trade."),
    ("fr", "Les dirigeants de Cao Bang ont rencontré lundi une délégation de Baise pour discuter du commerce."),
    ("vi", "Lãnh đạo tỉnh Cao Bằng đã hội đàm với đoàn công tác thành phố Bách Sắc."),
    ("en", "Officials of Trung Khanh district met their counterparts from Jingxi to discuss market management."),
])
def test_a_meeting_is_no_tie(lang, text):
    assert agreements(text, lang, home="t:caobang") == []


def test_two_ports_are_not_two_localities():
    text = ("Hai Phong hosted a Kitakyushu delegation. At the forum, the Hai Phong Port Authority and the Port of "
            "Kitakyushu signed a letter of intent on a green shipping corridor between the two ports.")
    assert agreements(text, "en", home="t:haiphong") == []


def test_a_place_joined_to_a_venue_is_a_venue():
    text = ("Nghe An-based TH Group runs a USD 2 billion programme of dairy farms in Tokyo and Kobe, the company "
            "said.")
    assert agreements(text, "en", home="t:nghean") == []


def test_a_landmark_named_after_a_place_is_no_party():
    text = "Hai bên thống nhất hợp tác quảng bá vịnh Hạ Long với các điểm đến của Kobe."
    assert not [p for p in pairs(text, "vi", home="t:quangninh") if "t:halong" in p]


def test_an_organisations_signing_does_not_tie_a_place_named_in_the_next_clause():
    text = ("During the visit, the Port of Kobe and the Da Nang Port Authority signed a memorandum of understanding, "
            "and Kobe's Economic Department agreed to host three young planners.")
    assert agreements(text, "en") == []


@pytest.mark.parametrize("lang,text", [
    ("vi", "Tay Ninh va tinh Svay Rieng ky ket Bien ban ghi nho hop tac giai doan 2025 - 2029"),
    ("vi", "Ngay 3/5, UBND tinh Tay Ninh da ky ket Bien ban ghi nho hop tac voi tinh Svay Rieng."),
])
def test_vietnamese_typed_without_its_marks(lang, text):
    got = agreements(text, lang, home="t:tayninh", published="2024-05-03")
    assert [(p, k, s) for p, k, s, _ in got] == [("t:svayrieng", "mou", "signed")]


def test_unmarked_words_are_not_read_in_marked_text():
    # "va", "voi" are read only where a whole sentence is typed without marks.
    text = "Tây Ninh tiếp đoàn Svay Rieng; ban tổ chức va chạm với nhiều khó khăn về hop tac."
    assert agreements(text, "vi", home="t:tayninh") == []


@pytest.mark.parametrize("lang,text,pair", [
    ("fr", "Dans le même temps, la ville de Móng Cái et celle de Dongxing ont conclu un protocole d'accord sur le "
           "tourisme.", ("t:moncai", "t:dongxing")),
    ("fr", "L'Université de Hué et celle de Lyon ont signé un accord d'échanges.", None),
    ("en", "The port of Hai Phong and that of Kitakyushu signed a memorandum on green shipping.", None),
])
def test_celle_de_takes_the_role_of_the_noun_it_stands_for(lang, text, pair):
    home = {"fr": "t:quangninh" if "Móng" in text else "t:hue", "en": "t:haiphong"}[lang]
    assert pairs(text, lang, home=home) == ([pair] if pair else [])


def test_a_signing_at_the_same_time_as_the_event_takes_its_date():
    text = ("Les dirigeants de Quang Ninh ont reçu lundi une délégation de Guangxi. Dans le même temps, la ville de "
            "Móng Cái et celle de Dongxing ont conclu un protocole d'accord.")
    got = agreements(text, "fr", home="t:quangninh", published="2023-04")
    assert [(p, s, d) for p, _, s, d in got] == [(("t:moncai", "t:dongxing"), "signed", "2023-04")]


# ------------------------------------------------------------------ wire copy: datelines, "the two sides", periods

@pytest.mark.parametrize("lang,text", [
    ("en", "Hanoi (VNA) - Leaders of Lao Cai and Yunnan held talks on Tuesday. On this occasion, the two sides "
           "signed a memorandum of understanding."),
    ("fr", "Hanoï (VNA) - Les dirigeants de Lao Cai et du Yunnan se sont rencontrés mardi. À cette occasion, les "
           "deux parties ont signé un mémorandum d'entente."),
    ("vi", "Hà Nội (TTXVN) - Lãnh đạo tỉnh Lào Cai đã hội đàm với lãnh đạo tỉnh Vân Nam. Nhân dịp này, hai bên "
           "đã ký biên bản ghi nhớ hợp tác."),
])
def test_the_two_sides_are_those_the_sentence_before_names(lang, text):
    # The home locality assumed here is only the dateline's place.
    assert pairs(text, lang, home="t:hanoi") == [("t:laocai", "t:yunnan")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Hanoi (VNA) - Lao Cai leaders received a delegation from Yunnan on March 5. The two sides agreed to "
           "boost cooperation in border trade."),
    ("fr", "Hanoï (VNA) - Les dirigeants de Lao Cai ont reçu une délégation du Yunnan le 5 mars. Les deux parties "
           "sont convenues de renforcer la coopération commerciale."),
    ("vi", "Hà Nội (TTXVN) - Chiều 5/3, lãnh đạo tỉnh Lào Cai đã tiếp đoàn công tác tỉnh Vân Nam. Hai bên nhất trí "
           "thúc đẩy hợp tác thương mại biên giới."),
])
def test_agreeing_to_boost_cooperation_is_planned_in_every_language(lang, text):
    assert agreements(text, lang, home="t:hanoi") == [(("t:laocai", "t:yunnan"), "cooperation", "planned", None)]


@pytest.mark.parametrize("text,published,date", [
    ("Đà Nẵng và tỉnh Kanagawa ký kết thỏa thuận hợp tác năm 2019.", "2024-03", "2019"),
    ("Tỉnh Quảng Trị và tỉnh Savannakhet đã gia hạn thỏa thuận hợp tác năm 2022.", "2024", "2022"),
    # The year of the article: the period the document covers, as before.
    ("Đà Nẵng và tỉnh Kanagawa ký kết thỏa thuận hợp tác năm 2024.", "2024-03", None),
    ("Hà Nội, ngày 5/3/2024 (TTXVN) - Đà Nẵng và tỉnh Kanagawa ký kết thỏa thuận hợp tác năm 2019.", None, "2019"),
])
def test_a_year_before_the_articles_is_the_signing_not_a_period(text, published, date):
    got = agreements(text, "vi", home="t:danang" if "Đà Nẵng" in text else "t:quangtri", published=published)
    assert [(s, d) for _, _, s, d in got] == [("signed", date)]


@pytest.mark.parametrize("lang,text,date", [
    ("vi", "Hà Nội, ngày 5/3/2024 (TTXVN) - Đà Nẵng và tỉnh Kanagawa có quan hệ hợp tác từ năm 2012.", "2012"),
    ("en", "Hanoi, March 4, 2024 (VNA) - Hai Phong and Nanning have been twinned since 2012.", "2012"),
    # A signing the lead reports is at the event: the dateline's day.
    ("en", "Hanoi, March 4, 2024 (VNA) - Quang Ninh and Hokkaido signed an MoU on tourism.", "2024-03-04"),
])
def test_the_datelines_day_dates_no_established_tie(lang, text, date):
    assert [d for *_, d in agreements(text, lang, home="t:hanoi", published=None)] == [date]


@pytest.mark.parametrize("lang,text", [
    ("en", "Hanoi (VNA) - A delegation of Lao Cai province visited Yunnan on Monday and met its governor."),
    ("vi", "Hà Nội (TTXVN) - Bộ Công Thương Việt Nam và Bộ Kinh tế Nhật Bản đã ký biên bản ghi nhớ tại Tokyo."),
    ("fr", "Hanoï (VNA) - Les ministères des deux pays ont signé un accord de coopération à Tokyo en 2022."),
    ("fr", "Hanoï (VNA) - La province de Lao Cai a signé un accord avec l'Université de Kyoto sur la formation."),
])
def test_no_tie_in_wire_copy_without_two_localities(lang, text):
    assert agreements(text, lang, home="t:hanoi") == []
