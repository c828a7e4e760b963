"""Sentence spans: where a sentence ends and where it does not."""
from __future__ import annotations

from loaders.records import Region
from loaders.sentences import Spotter, split_sentences


def split(text: str) -> list[str]:
    return [s.slice(text) for s in split_sentences(text, [Region(0, len(text), "body")])]


def test_plain_sentences():
    assert split("Da Nang signed. Sakai agreed! Did Kobe? Yes.") == [
        "Da Nang signed.", "Sakai agreed!", "Did Kobe?", "Yes."]


def test_decimals_and_dotted_names_never_split():
    assert split("Japan invested 1.14 billion USD. TP.HCM và TP. Hồ Chí Minh đã ký.") == [
        "Japan invested 1.14 billion USD.", "TP.HCM và TP. Hồ Chí Minh đã ký."]


def test_titles_initials_and_abbreviations():
    text = ("M. Nguyen a reçu Dr. Smith. The U.S. delegation met St. Petersburg officials in Oct. 2024. "
            "John F. Kennedy spoke. TS. Lê Văn A phát biểu.")
    assert split(text) == ["M. Nguyen a reçu Dr. Smith.",
                           "The U.S. delegation met St. Petersburg officials in Oct. 2024.",
                           "John F. Kennedy spoke.", "TS. Lê Văn A phát biểu."]


def test_ellipsis_splits_only_before_a_capital():
    assert split("Il est parti... et revenu. Puis... Rien.") == ["Il est parti... et revenu.", "Puis...", "Rien."]


def test_quotes_close_the_sentence_they_end():
    assert split('He said: "We agree." Then they signed.') == ['He said: "We agree."', "Then they signed."]
    assert split("« Nous signerons. » Puis la ville a signé.") == ["« Nous signerons. »", "Puis la ville a signé."]


def test_line_breaks_are_hard_boundaries():
    text = "Headline without a full stop\nThe body starts here. It goes on\nPhoto: VNA"
    assert split(text) == ["Headline without a full stop", "The body starts here.", "It goes on", "Photo: VNA"]


def test_list_numbering_stays_with_its_item():
    assert split("1. Đường dây nóng. Hướng dẫn\n2. Cung cấp") == ["1. Đường dây nóng.", "Hướng dẫn", "2. Cung cấp"]


def test_only_body_regions():
    text = "Title line\n\nBody sentence one. Body two.\n\nRelated news\nOther story."
    body = [Region(12, text.index("Related"), "body")]
    assert [s.slice(text) for s in split_sentences(text, body)] == ["Body sentence one.", "Body two."]


def test_a_year_ends_a_sentence_before_a_number():
    assert split("Japan invested in 2013. 150 projects followed.") == [
        "Japan invested in 2013.", "150 projects followed."]


def test_spans_point_into_the_text():
    text = "  Da Nang signed.   Sakai agreed.  "
    spans = split_sentences(text, [Region(0, len(text), "body")])
    assert [(s.start, s.end) for s in spans] == [(2, 17), (20, 33)]


def test_spotter_finds_whole_words_from_literal_heads():
    spot = Spotter({"mou": r"protocoles? d'(?:accord|entente)|mous?", "agreement": r"accords?",
                    "sign": r"(?<!đăng )ký"})
    text = "un protocole d'accord, des accords, un MoU, mousse, đăng ký, đã ký"
    found = [(text[a:b], name) for a, b, name in spot.find(text.lower())]
    assert ("protocole d'accord", "mou") in found
    assert ("accords", "agreement") in found
    assert ("MoU", "mou") in found
    assert not any(w == "mousse" for w, _ in found)
    assert [w for w, n in found if n == "sign"] == ["ký"]
