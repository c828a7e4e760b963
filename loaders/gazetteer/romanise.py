"""Romanisation variants as rules, so that every spelling of a name meets one key.

``match_key`` turns one folded word into its key; names in the gazetteer and words in
an article go through the same function, so "Ohtawara", "Ootawara" and "Ōtawara"
(folded "otawara") meet, as do "Yaidu" and "Yaizu", "Briansk" and "Bryansk",
"Nizhniy", "Nizhnij" and "Nizhny". The rules only ever merge spellings; both sides
are keyed alike, so a rule that fires on an unrelated word costs nothing but a
look-up.

The other functions produce extra names from official ones: the base of a Russian
adjectival region name ("Nizhegorodskaya oblast'" -> "Nizhegorod"), the English forms of
Korean provinces ("Gyeongsangbuk-do" -> "North Gyeongsang", "Gyeongbuk"), and names
with the kind word removed ("Shandong Sheng" -> "Shandong").
"""
from __future__ import annotations

import re

# Applied in this order to one folded word.
_RULES: list[tuple[re.Pattern[str], str]] = [
    # Russian adjective and name endings: -iy/-ij/-yi/-ii/-y are one sound.
    (re.compile(r"(?:iy|ij|yi|ii|yy|y)$"), "i"),
    (re.compile(r"zh"), "j"),                      # Nizhni / Nijni (French)
    # Japanese: Hepburn, Kunrei and older spellings of one kana.
    (re.compile(r"dzu|du"), "zu"),                 # Yaidu / Yaizu
    (re.compile(r"di|ji"), "zi"),
    (re.compile(r"tsu"), "tu"),
    (re.compile(r"shi"), "si"),
    (re.compile(r"chi"), "ti"),
    (re.compile(r"fu"), "hu"),
    (re.compile(r"m(?=[bpm])"), "n"),              # Gumma / Gunma, Shimbashi / Shinbashi
    # Long vowels: ō = ou = oo = oh (before a consonant), ū = uu.
    (re.compile(r"oh(?![aeiouy])"), "o"),
    (re.compile(r"ou|oo"), "o"),
    (re.compile(r"uu"), "u"),
    # y before a vowel is i: ya/ia (Bryansk/Briansk), yo/io (Tokyo/Tokio).
    (re.compile(r"y(?=[aeiou])"), "i"),
]
_WORD = re.compile(r"[a-z0-9]+")


def match_key(word: str) -> str:
    """The key of one folded word (letters and digits only)."""
    for pattern, repl in _RULES:
        word = pattern.sub(repl, word)
    return word


def key_of(folded: str) -> str:
    """The key of a folded name: its words keyed and joined by single spaces."""
    return " ".join(match_key(w) for w in _WORD.findall(folded))


# Kind words that official names carry and articles usually drop.
_KIND_SUFFIX = re.compile(
    r"(?i)(?:\s+|-)(?:sheng|shi|zizhiqu|zhuangzu|huizu|uygur|sar|oblast'?|kray|krai|"
    r"avtonomnyy okrug|avtonomnaya oblast'?|respublika|prefecture|province|region|"
    r"teukbyeolsi|gwangyeoksi|teukbyeoljachido|teukbyeoljachisi|do|ken|fu)$")
_KIND_PREFIX = re.compile(r"(?i)^(?:wilayah persekutuan|respublika|province of|province de|"
                          r"thanh pho|thành phố|thị trấn|thi tran|thị xã|thi xa|huyện|huyen|quận|quan)\s+")


def strip_kind(name: str) -> str:
    """"Guangxi Zhuangzu Zizhiqu" -> "Guangxi", "Seoul-teukbyeolsi" -> "Seoul"."""
    name = re.sub(r"\s*\[.*?\]|\s*\(.*?\)", "", name).strip()
    if "," in name:  # "Adygeya, Respublika", "Murcia, Región de"
        name = name.split(",")[0].strip()
    prev = None
    while prev != name:
        prev = name
        name = _KIND_SUFFIX.sub("", name).strip()
        name = _KIND_PREFIX.sub("", name).strip()
    return name


_RU_ADJ = re.compile(r"(?i)^(.{3,}?)(sk|tsk|ck)(aya|iy|ij|iy|y|ii|oye|aja|ogo)$")


def russian_region_bases(name: str) -> list[str]:
    """Bases of an adjectival Russian region name, one word at a time.

    "Nizhegorodskaya" -> ["Nizhegorod", "Nizhegorodsk"]; "Bryanskaya" -> ["Bryan", "Bryansk"].
    The region is named after its capital, which is the base with or without -sk.
    """
    words = name.split()
    if not words:
        return []
    m = _RU_ADJ.match(words[0])
    if not m:
        return []
    stem, sk = m.group(1), m.group(2)
    rest = words[1:]
    return [" ".join([stem, *rest]), " ".join([stem + sk, *rest])]


_KO_DIRECTION = re.compile(r"(?i)^(.+?)(buk|nam)(?:-?do)?$")
_KO_FIRST_SYLLABLE = re.compile(r"(?i)^[^aeiouy]*[aeiouy]+(?:ng|n|m|l|k|p|t)?")


def korean_province_forms(name: str) -> list[str]:
    """"Gyeongsangbuk-do" -> "North Gyeongsang", "Gyeongsangbuk", "Gyeongbuk",
    "Gyeongsang du Nord", "Gyeongsang Bắc".

    Korean provinces split in two carry -buk (north) or -nam (south); news writes
    them in English ("North Gyeongsang") or as the two-syllable short form, where a
    final l becomes n before the next syllable ("Jeolla" + "nam" -> "Jeonnam").
    """
    base = re.sub(r"(?i)-do$", "", name)
    m = _KO_DIRECTION.match(base)
    if not m or len(m.group(1)) < 4:
        return [base] if base != name else []
    root, direction = m.group(1), m.group(2).lower()
    english = ("North " if direction == "buk" else "South ") + root
    first = _KO_FIRST_SYLLABLE.match(root)
    forms = [base, english, base + "-do", base + " Province", english + " Province",
             # French puts the direction after ("Gyeongsang du Nord"), Vietnamese too,
             # in its own words ("Chungcheong Nam", "Gyeongsang Bắc").
             root + (" du Nord" if direction == "buk" else " du Sud"),
             root + (" Bắc" if direction == "buk" else " Nam")]
    if first:
        short = first.group(0)
        if short.endswith("l"):
            short = short[:-1] + "n"
        forms.append(short + direction)
    return forms


def ascii_english(name: str) -> str:
    """Russian adjectives as English writes them: "Nizhniy Novgorod" -> "Nizhny Novgorod"."""
    return re.sub(r"(?<=[a-z])iy\b", "y", name)
