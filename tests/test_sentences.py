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


def test_splitting_is_linear_in_the_length_of_a_line():
    import time
    line = "Da Nang signed an MoU with Sakai in 2019. Dr. Smith said so... U.S. firms agreed! " * 24_000
    t0 = time.process_time()
    spans = split_sentences(line, [Region(0, len(line), "body")])
    assert time.process_time() - t0 < 3.0  # 2 MB on one line; the quadratic version took minutes
    assert len(spans) == 24_000 * 3
    for text in ("." * 200_000, ". " * 100_000, "a." * 100_000 + " B"):
        t0 = time.process_time()
        split_sentences(text, [Region(0, len(text), "body")])
        assert time.process_time() - t0 < 1.0


def test_a_run_without_full_stops_is_cut_into_bounded_sentences():
    from loaders.sentences import MAX_SENTENCE
    text = "word " * 5000
    spans = split_sentences(text, [Region(0, len(text), "body")])
    assert all(s.end - s.start <= MAX_SENTENCE for s in spans)
    assert "".join(s.slice(text) + " " for s in spans).split() == text.split()
