"""Which language a document is written in: French, English or Vietnamese.

Frequent function words decide; Vietnamese also shows itself by letters no
other of the three languages uses.
"""
from __future__ import annotations

import re
from collections import Counter

STOPWORDS = {
    "fr": {"le", "la", "les", "des", "et", "est", "une", "du", "avec", "pour", "dans", "sur",
           "au", "aux", "qui", "que", "ont", "été", "entre", "ville", "de", "a", "ses", "leur"},
    "en": {"the", "and", "of", "to", "is", "with", "in", "for", "that", "has", "have", "was",
           "were", "its", "city", "from", "on", "by", "as", "at", "be", "this", "will", "are", "said",
           "also", "their", "been", "which", "it", "not", "would"},
    "vi": {"của", "và", "các", "là", "với", "được", "có", "trong", "những", "một", "thành",
           "phố", "tỉnh", "hợp", "tác", "đã", "cho", "này", "người", "không", "năm",
           # Some portals drop the diacritics: the same words in plain letters, leaving out
           # those that are also names or French or English words ("da", "nam", "va", "mot").
           "cua", "voi", "duoc", "nhung", "khong", "trong", "cac", "nay", "nguoi", "cung", "nhieu",
           "hop", "tac", "viec", "xuat", "nhap", "khau", "trieu", "kinh"},
}
_VI_LOWER = "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"
# Both cases spelt out rather than re.IGNORECASE: a class without case folding is
# scanned much faster, and it matches exactly the same characters.
_VI_LETTERS = re.compile(f"[{_VI_LOWER}{_VI_LOWER.upper()}]")
_WORD = re.compile(r"\w+", re.UNICODE)

# Words are counted faster as bytes than found by the regex: every byte that does not
# belong to a word character is made a space, and bytes.split() gives the words.
# - Latin-1 text (English, most French): one byte per character, and the bytes of
#   non-word characters are known.
_LATIN1_NOT_WORD = bytes(b for b in range(256) if not _WORD.match(chr(b)))
_LATIN1_SPACES = bytes.maketrans(_LATIN1_NOT_WORD, b" " * len(_LATIN1_NOT_WORD))
# - Other text (Vietnamese, typographic quotes) as UTF-8, where every byte of a
#   non-ASCII character is 0x80 or above: usable when each non-ASCII character is a word
#   character, once the common punctuation is made spaces.
_ASCII_NOT_WORD = bytes(b for b in range(128) if not _WORD.match(chr(b)))
_UTF8_SPACES = bytes.maketrans(_ASCII_NOT_WORD, b" " * len(_ASCII_NOT_WORD))
_PUNCTUATION = "\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u00ab\u00bb\u00a0\u202f"
_NON_ASCII_NOT_WORD = re.compile(r"[^\x00-\x7f\w]")

# Each function word and the languages it counts for, so that a text's words are looked
# up once rather than every vocabulary being looked up in the text's words; also keyed
# by its bytes in either encoding.
_LANGS_OF: dict[str, tuple[str, ...]] = {}
for _lang, _vocab in STOPWORDS.items():
    for _w in _vocab:
        _LANGS_OF[_w] = _LANGS_OF.get(_w, ()) + (_lang,)
_LANGS_OF_LATIN1 = {w.encode("latin-1"): langs for w, langs in _LANGS_OF.items()
                    if all(ord(ch) < 256 for ch in w)}
_LANGS_OF_UTF8 = {w.encode("utf-8"): langs for w, langs in _LANGS_OF.items()}


def _word_counts(low: str) -> tuple[Counter, dict]:
    """How often each word (a run of ``\\w``) of ``low`` occurs, and the function words
    keyed as those words are (str or bytes)."""
    try:
        return Counter(low.encode("latin-1").translate(_LATIN1_SPACES).split()), _LANGS_OF_LATIN1
    except UnicodeEncodeError:
        pass
    for ch in _PUNCTUATION:
        if ch in low:
            low = low.replace(ch, " ")
    if _NON_ASCII_NOT_WORD.search(low):
        return Counter(_WORD.findall(low)), _LANGS_OF
    return Counter(low.encode("utf-8").translate(_UTF8_SPACES).split()), _LANGS_OF_UTF8


def detect(text: str, default: str = "en") -> str:
    words, langs_of = _word_counts(text[:20000].lower())
    if not words:
        return default
    scores = dict.fromkeys(STOPWORDS, 0)
    for w in langs_of.keys() & words.keys():
        for lang in langs_of[w]:
            scores[lang] += words[w]
    # Vietnamese-only letters are strong evidence; French has none of them. Counting them
    # only adds to Vietnamese: when it is ahead already, they cannot change the outcome.
    if scores["vi"] <= max(score for lang, score in scores.items() if lang != "vi"):
        scores["vi"] += _vi_letters(text[:20000]) // 3
    best = max(scores, key=scores.get)
    return best if scores[best] else default


# The Vietnamese letters Latin-1 has, as bytes.
_VI_LATIN1 = [ch.encode("latin-1") for ch in _VI_LOWER + _VI_LOWER.upper() if ch < "\u0100"]


def _vi_letters(text: str) -> int:
    try:
        raw = text.encode("latin-1")
    except UnicodeEncodeError:
        return len(_VI_LETTERS.findall(text))
    return sum(raw.count(b) for b in _VI_LATIN1)
