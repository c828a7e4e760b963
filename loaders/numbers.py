"""The grammar of numbers in French, English and Vietnamese news text.

``find_numbers`` reads every numeric expression in a stretch of text: the digits
with the language's separators, a qualifier before ("plus de", "over", "gần"), a
currency before or after ("US$ 556 million", "1,14 milliard d'USD", "10 tỷ đồng"),
a scale word, a percent sign. The value is fully scaled. Numbers that are not
quantities (years, dates, times, phone numbers, ordinals, list numbering, ranges
of years, durations, parts of names) are still returned, with flags saying what
they are, so each caller decides what to drop and a test can check why.

Separators are read with the language's convention and corrected by sense: a
number of things cannot be fractional, so "2,600 entreprises" is 2600 even where
the comma is a decimal mark.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from loaders.dates import MONTHS, digit_runs, find_dates, fold_keep

# Qualifiers, folded, by the class a reader cares about. Matched right before the
# number (or before a currency sign that precedes it).
QUALIFIERS = {
    "en": {"over": ["more than", "over", "above", "upwards of", "in excess of", "exceeding", "just over",
                    "a little over", "slightly more than"],
           "about": ["about", "around", "approximately", "approx.", "roughly", "some", "an estimated",
                     "estimated", "circa", "an average of", "on average", "averaging"],
           "nearly": ["nearly", "almost", "close to", "just under", "nearing"],
           "under": ["less than", "under", "below", "fewer than"],
           "at_least": ["at least", "no less than", "not less than", "a minimum of"],
           "up_to": ["up to", "as many as", "as much as"]},
    "fr": {"over": ["plus de", "de plus de", "au-dela de", "un peu plus de", "superieur a", "superieurs a",
                    "plus d'"],
           "about": ["environ", "d'environ", "quelque", "quelques", "autour de", "approximativement",
                     "en moyenne", "une moyenne de", "estime a", "estimes a", "estimees a"],
           "nearly": ["pres de", "presque", "quasiment", "un peu moins de", "de pres de"],
           "under": ["moins de", "inferieur a"],
           "at_least": ["au moins", "pas moins de", "au minimum"],
           "up_to": ["jusqu'a", "jusqu'a"]},
    "vi": {"over": ["hơn", "trên", "hơn tổng", "ngoài"],
           "about": ["khoảng", "chừng", "xấp xỉ", "ước tính", "ước đạt", "ước", "trung bình", "bình quân"],
           "nearly": ["gần", "gần như", "suýt"],
           "under": ["dưới", "chưa đến", "chưa tới", "ít hơn"],
           "at_least": ["ít nhất", "tối thiểu"],
           "up_to": ["lên tới", "lên đến", "tới"]},
}
# Scale words, matched right after the number (folded for fr/en; as written for vi,
# where folding would turn "ngân hàng" into a thousand).
SCALES = {
    "en": {"thousand": 1e3, "million": 1e6, "millions": 1e6, "mln": 1e6, "mn": 1e6, "billion": 1e9,
           "billions": 1e9, "bln": 1e9, "bn": 1e9, "trillion": 1e12, "trillions": 1e12, "tn": 1e12},
    "fr": {"mille": 1e3, "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9, "mds": 1e9,
           "md": 1e9, "mrd": 1e9, "mrds": 1e9, "billion": 1e12, "billions": 1e12},
    "vi": {"nghìn tỷ": 1e12, "ngàn tỷ": 1e12, "nghìn tỉ": 1e12, "ngàn tỉ": 1e12, "nghìn": 1e3,
           "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9,
           # Text without diacritics ("186,4 trieu USD", "12,5 ty dong"); not "ngan", which
           # is also "ngân" (bank) there.
           "nghin ty": 1e12, "nghin": 1e3, "trieu": 1e6, "ty": 1e9},
}
# "$1.2m", "$500k": a one-letter scale only right after a currency-prefixed number.
SHORT_SCALES = {"k": 1e3, "m": 1e6, "b": 1e9, "bn": 1e9}
# Currencies written after the number, folded for fr/en, as written (lower case) for vi.
CURRENCY_AFTER = {
    "en": {"usd": "USD", "us$": "USD", "us dollars": "USD", "us dollar": "USD", "dollars": "USD",
           "dollar": "USD", "$": "USD", "euros": "EUR", "euro": "EUR", "eur": "EUR", "€": "EUR",
           "yen": "JPY", "jpy": "JPY", "won": "KRW", "krw": "KRW", "vnd": "VND", "dong": "VND",
           "vietnamese dong": "VND", "yuan": "CNY", "cny": "CNY", "rmb": "CNY", "baht": "THB"},
    "fr": {"d'usd": "USD", "usd": "USD", "de dollars americains": "USD", "de dollars us": "USD",
           "de dollars": "USD", "dollars americains": "USD", "dollars": "USD", "dollar": "USD", "$": "USD",
           "us$": "USD", "d'euros": "EUR", "euros": "EUR", "euro": "EUR", "eur": "EUR", "€": "EUR",
           "de yens": "JPY", "yens": "JPY", "yen": "JPY", "de wons": "KRW", "wons": "KRW", "won": "KRW",
           "de dongs": "VND", "dongs": "VND", "dong": "VND", "vnd": "VND", "de yuans": "CNY",
           "yuans": "CNY", "yuan": "CNY", "de bahts": "THB"},
    "vi": {"usd": "USD", "us$": "USD", "đô la mỹ": "USD", "đô la": "USD", "đôla": "USD", "đô": "USD",
           "đồng": "VND", "vnd": "VND", "vnđ": "VND", "euro": "EUR", "eur": "EUR", "yên nhật": "JPY",
           "yên": "JPY", "won": "KRW", "nhân dân tệ": "CNY", "tệ": "CNY", "$": "USD", "€": "EUR",
           "dong": "VND", "do la my": "USD", "do la": "USD"},
}
# Currency signs and codes written before the number, as written.
CURRENCY_BEFORE = {"US$": "USD", "USD": "USD", "US $": "USD", "$": "USD", "€": "EUR", "EUR": "EUR",
                   "¥": "JPY", "JPY": "JPY", "VND": "VND", "VNĐ": "VND", "₫": "VND", "KRW": "KRW",
                   "₩": "KRW", "CNY": "CNY", "RMB": "CNY", "S$": "SGD", "A$": "AUD", "HK$": "HKD",
                   "£": "GBP", "GBP": "GBP", "Rp": "IDR"}
PERCENT = ["%", "pour cent", "pour-cent", "per cent", "percent", "phần trăm"]
# Words after a number that make it a length of time (folded; Vietnamese as written).
DURATION_WORDS = {
    "en": ["years", "year", "yrs", "months", "month", "weeks", "week", "days", "day", "hours", "hour",
           "minutes", "decades", "decade", "centuries", "century"],
    "fr": ["ans", "an", "annees", "annee", "mois", "semaines", "semaine", "jours", "jour", "heures", "heure",
           "minutes", "decennies", "decennie", "siecles", "siecle"],
    "vi": ["năm", "tháng", "tuần", "ngày", "giờ", "phút", "thập kỷ", "thập niên", "thế kỷ"],
}
# Words before a number that make what follows a phone number (folded).
PHONE_CUES = ["tel", "tél", "phone", "telephone", "hotline", "fax", "dien thoai", "dt", "sdt", "tong dai",
              "duong day nong", "lien he", "contact", "mobile", "zalo"]
ORDINAL_SUFFIX = ["ème", "eme", "ère", "ere", "er", "re", "e", "è", "st", "nd", "rd", "th", "º", "°"]
TIME_WORDS = ["giờ", "am", "pm", "a.m.", "p.m.", "gmt", "ict", "heures", "h"]


@dataclass(frozen=True, slots=True)
class NumberMatch:
    value: float
    unit: str                 # count, percent, or an ISO 4217 code
    start: int                # the whole expression: qualifier, currency, digits, scale
    end: int
    num_start: int            # the digits alone
    num_end: int
    qualifier: str | None = None
    scale: float = 1.0
    flags: frozenset[str] = frozenset()

    @property
    def is_money(self) -> bool:
        return self.unit not in ("count", "percent")

    @property
    def quantity(self) -> bool:
        """A figure candidate: not a year, date, time, phone number, ordinal, label..."""
        return not (self.flags & NOT_QUANTITY)


NOT_QUANTITY = frozenset({"year", "date", "time", "phone", "ordinal", "list", "duration", "name", "label",
                          "conversion"})


def _alts(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


# Digits with separators. Thousands groups are exactly three digits; a space group
# (plain, no-break or narrow no-break) is read only in French, where it is the norm.
# Matched where a run of digits starts that follows no letter, digit, dot or comma.
_DIGITS = {
    "fr": re.compile(r"\d{1,3}(?:(?:[ \u00a0\u202f\u2009](?=\d{3}(?!\d))|[.,](?=\d{3}(?![\d])))\d{3})+"
                     r"(?:,\d+)?|\d+(?:[.,]\d+)?"),
    "en": re.compile(r"\d{1,3}(?:(?:[\u00a0\u202f\u2009](?=\d{3}(?!\d))|[.,](?=\d{3}(?![\d])))\d{3})+"
                     r"(?:\.\d+)?|\d+(?:[.,]\d+)?"),
}
_DIGITS["vi"] = _DIGITS["en"]


def _qualifier_res() -> dict[str, tuple[re.Pattern, dict[str, str]]]:
    """Per language, the qualifier words and a pattern for the one that ends right before a
    number (perhaps with spaces between), matched backwards like _LABEL_BEFORE_REVERSED,
    on the reversed stretch: the longest word first, the one a search for a word ending
    at the number would find first (none starts or ends with a space)."""
    out = {}
    for lang, classes in QUALIFIERS.items():
        words = {}
        for cls, ws in classes.items():
            for w in ws:
                words[w if lang == "vi" else fold_keep(w)] = cls
        reversed_words = "|".join(re.escape(w[::-1]) for w in sorted(words, key=len, reverse=True))
        out[lang] = (re.compile(rf"[ \u00a0]*(?P<q>{reversed_words})(?!\w)"), words)
    return out


_QUALIFIER = _qualifier_res()
_CUR_BEFORE = re.compile(rf"(?<![\w$])(?P<c>{_alts(CURRENCY_BEFORE)})[ \u00a0]?\Z")
_SUFFIX = {}
for _lang in ("fr", "en", "vi"):
    _scales = SCALES[_lang]
    _curs = CURRENCY_AFTER[_lang]
    _SUFFIX[_lang] = re.compile(
        rf"(?P<pct>\s?(?:{_alts(PERCENT)}))(?!\w)"
        rf"|(?:[\s\u00a0]?(?P<scale>{_alts(_scales)})(?![\w]))?"
        rf"(?:[\s\u00a0]?(?:de\s|of\s|d')?(?P<cur>{_alts(_curs)})(?![\w]))?")
_SHORT_SCALE = re.compile(rf"(?P<s>{_alts(SHORT_SCALES)})(?![\w])")
_DURATION = {lang: re.compile(rf"[\s\u00a0]?(?:-\s?)?(?:{_alts(ws)})(?![\w])") for lang, ws in DURATION_WORDS.items()}
_ORDINAL = re.compile(rf"(?:{_alts(ORDINAL_SUFFIX)})(?![\w])")
_TIME_AFTER = re.compile(r"(?:[:h]\d{2}(?!\d)|\s?(?:giờ|am|pm|a\.m\.|p\.m\.|gmt|ict|heures)(?!\w)|h(?!\w))", re.I)
_PHONE_CUE = re.compile(rf"(?<!\w)(?:{_alts(PHONE_CUES)})\b[^\n\d]{{0,12}}\Z")
_RANGE_AFTER = re.compile(r"[ \u00a0]?[-–—][ \u00a0]?\d")
_RANGE_BEFORE = re.compile(r"\d[ \u00a0]?[-–—][ \u00a0]?\Z")
# Words right before a number that make it a label ("No. 5", "Article 3", "#1", "Nghị
# quyết 36"), whole words but for "#", in any case, perhaps with one space between.
LABEL_WORDS = ["no.", "n°", "nº", "#", "số", "nr", "nr.", "art.", "article", "décret", "decree", "resolution", "top",
               "hạng", "résolution", "nghị quyết", "quyết định", "thứ", "lần thứ", "khóa", "khoá"]
# Matched backwards from the number, on the reversed stretch before it: one anchored
# attempt, where a search for a word ending at the number tries every position.
_LABEL_BEFORE_REVERSED = re.compile(
    r"[ \u00a0]?(?:" + "|".join(re.escape(w[::-1]) + ("" if w == "#" else r"\b") for w in LABEL_WORDS) + ")", re.I)
_LINE_START = re.compile(r"(?:\A|\n)[ \t]*[(\[]?\Z")
_PHONE_AREA = re.compile(r"\(0\d{2,4}\)[ \u00a0]?\Z")
_LIST_AFTER = re.compile(r"[.)\]](?:\s|$)|\s?[-–]\s")


def _parse_digits(raw: str, lang: str | None, integral_expected: bool) -> float:
    """Read the digits with the language's separators, corrected by sense (see module doc)."""
    if raw.isdecimal():
        return float(raw)  # no separator: most numbers
    s = raw.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2009", " ")
    if " " in s:
        s = s.replace(" ", "")
        head, dec = (s.rsplit(",", 1) + [""])[:2] if "," in s else (s, "")
        return float(head.replace(".", "") + ("." + dec if dec else ""))
    dots, commas = s.count("."), s.count(",")
    if dots and commas:
        # Both marks: the last one is the decimal mark.
        dec_mark = "." if s.rfind(".") > s.rfind(",") else ","
        group = "," if dec_mark == "." else "."
        return float(s.replace(group, "").replace(dec_mark, "."))
    if not dots and not commas:
        return float(s)
    mark = "." if dots else ","
    if dots + commas > 1:
        return float(s.replace(mark, ""))
    head, tail = s.split(mark)
    if len(tail) != 3:
        return float(f"{head}.{tail}")
    # One mark before exactly three digits: the language decides, then sense.
    decimal_mark = {"en": ".", "fr": ",", "vi": ","}.get(lang or "en", ".")
    as_thousands = float(head + tail)
    if mark != decimal_mark:
        return as_thousands
    if integral_expected:
        return as_thousands
    return float(f"{head}.{tail}")


def find_numbers(text: str, start: int = 0, end: int | None = None, lang: str | None = None, *,
                 folded: str | None = None, doc_year: int | None = None, dates=None,
                 runs: list[tuple[int, int]] | None = None) -> list[NumberMatch]:
    """Every numeric expression in ``text[start:end]``, in text order, flagged (see module doc).

    ``folded`` (``dates.fold_keep(text)``), ``dates`` (``dates.find_dates`` over the
    same stretch) and ``runs`` (``dates.digit_runs`` of it) may be passed when the caller
    has them already."""
    end = len(text) if end is None else end
    low = folded if folded is not None else fold_keep(text)
    lang_ = lang if lang in ("fr", "en", "vi") else "en"
    digits = _DIGITS[lang_]
    if runs is None:
        runs = digit_runs(text, start, end)
    if dates is None:
        dates = find_dates(text, start, end, lang, doc_year, folded=low, runs=runs)
    date_spans = sorted((d.start, d.end, d.marker) for d in dates)  # they do not overlap
    out: list[NumberMatch] = []
    last = start
    for rs, _ in runs:
        if rs < last:
            continue
        prev_ch = text[rs - 1] if rs > start else " "
        if prev_ch.isalnum() or prev_ch in "._,":
            # "VND1.5 trillion", "USD200 million": a currency code glued to the amount.
            if not (prev_ch.isupper() and text[max(start, rs - 3):rs] in _GLUED_CODES):
                continue
        m = digits.match(text, rs, end)
        ns, ne = m.span()
        last = ne
        raw = m.group(0)
        flags: set[str] = set()
        s, e = ns, ne
        unit, scale, qualifier = "count", 1.0, None
        cur_before = None
        lead_digits = lead = _last_visible(text, start, ns)
        if lead and (lead in _SIGNS or lead.isupper() or lead == "p"):
            before = text[max(start, ns - 24):ns]
            cb = _CUR_BEFORE.search(before)
            if cb:
                cur_before = CURRENCY_BEFORE[cb.group("c")]
                s = ns - (len(before) - cb.start())
        if lang_ == "vi":
            seg = text[ne:min(end, ne + 30)].lower()
            sm = _SUFFIX["vi"].match(seg)
        else:
            seg = low[ne:min(end, ne + 40)]
            sm = _SUFFIX[lang_].match(seg)
        if sm and sm.group("pct"):
            unit = "percent"
            e = ne + sm.end()
        elif sm and (sm.group("scale") or sm.group("cur")):
            if sm.group("scale"):
                scale = SCALES[lang_][sm.group("scale")]
            if sm.group("cur"):
                unit = CURRENCY_AFTER[lang_][sm.group("cur")]
            e = ne + sm.end()
        if cur_before:
            unit = cur_before if unit == "count" or unit == cur_before else unit
            if scale == 1.0:
                ss = _SHORT_SCALE.match(low, ne)
                if ss:
                    scale = SHORT_SCALES[ss.group("s")]
                    e = ss.end()
        integral = unit == "count" and scale == 1.0
        try:
            value = _parse_digits(raw, lang_, integral)
        except ValueError:
            continue
        value *= scale
        if scale != 1.0 and value == int(value):
            value = float(round(value))
        # What precedes: a qualifier (before the currency sign if there is one).
        qpos = s
        if qpos != ns:
            lead = _last_visible(text, start, qpos)
        if lead and (lead.isalpha() or lead in ".'"):
            qseg = (text[max(start, qpos - 30):qpos].lower() if lang_ == "vi"
                    else low[max(start, qpos - 30):qpos])
            qre, qwords = _QUALIFIER[lang_]
            qm = qre.match(qseg[::-1])
            if qm:
                qualifier = qwords[qm.group("q")[::-1]]
                s = qpos - qm.end()
        flags |= _flags(text, low, ns, ne, e, raw, value, unit, scale, qualifier, lang_, start, end, date_spans,
                        lead_digits)
        out.append(NumberMatch(value, unit, s, e, ns, ne, qualifier, scale, frozenset(flags)))
    _inherit_currency(text, out)
    _mark_conversions(text, out)
    _mark_phone_runs(text, out)
    return out


# How far after an amount of money a scaled number without a currency takes its currency.
CURRENCY_REACH = 60
_CLAUSE_END = re.compile(r"[.;:!?\n]")


def _inherit_currency(text: str, found: list[NumberMatch]) -> None:
    """"5 milliards d'USD au Vietnam, dont 1 milliard à Da Nang", "10 tỷ đồng, trong đó
    3 tỷ...": a scaled amount right after money, with no currency of its own, is in that
    money's currency."""
    for i in range(1, len(found)):
        cur, prev = found[i], found[i - 1]
        if cur.unit != "count" or cur.scale < 1e6 or not prev.is_money or cur.start - prev.end > CURRENCY_REACH \
                or _CLAUSE_END.search(text, prev.end, cur.start):
            continue
        found[i] = NumberMatch(cur.value, prev.unit, cur.start, cur.end, cur.num_start, cur.num_end,
                               cur.qualifier, cur.scale, cur.flags)


def _flags(text, low, ns, ne, e, raw, value, unit, scale, qualifier, lang, start, end, date_spans, lead) -> set[str]:
    """``lead`` is ``_last_visible(text, start, ns)``, which the caller has already."""
    flags: set[str] = set()
    plain = unit == "count" and scale == 1.0
    prev = text[ns - 1] if ns > start else ""
    nxt = text[ne] if ne < end else ""
    if plain and len(raw) <= 2 and "date" not in flags and (_MONTH_AFTER.match(low, ne) or _MONTH_BEFORE.search(
            low, max(start, ns - 12), ns)):
        flags.add("date")  # "October 5", "5 octobre" with no year to place them
    i = bisect_right(date_spans, (ns, _INF, "")) - 1
    if i >= 0 and date_spans[i][1] >= ne:
        if date_spans[i][2] == "date":
            flags.add("date")
        elif qualifier is None:  # "plus de 2000 étudiants" counts students
            flags.add("year")
    if plain and raw.isdigit() and len(raw) == 4 and 1800 <= value <= 2100 and qualifier is None:
        flags.add("year")
    # "10:30", "9h30": a digit and ":" or "h" right before.
    time_before = ns - 2 >= start and text[ns - 1] in ":h" and text[ns - 2].isdecimal()
    if plain and (_TIME_AFTER.match(text, ne) or time_before):
        flags.add("time")
    if plain:
        if raw[0] == "0" and len(raw) >= 3 and raw.isdigit():
            flags.add("phone")
        elif prev in "+*" and prev:
            flags.add("phone")
        elif lead == ")" and _PHONE_AREA.search(text[max(start, ns - 10):ns]):
            flags.add("phone")
        elif len(raw) >= 3:
            seg = low[max(start, ns - 40):ns]
            if _PHONE_HINT.search(seg) and _PHONE_CUE.search(seg):
                flags.add("phone")
    if plain and nxt and nxt.isalpha():
        om = _ORDINAL.match(text, ne)
        if om:
            flags.add("ordinal")
        else:
            flags.add("name")
    if prev and ((prev.isalpha() and unit in ("count", "percent"))
                 or (prev == "-" and ns - 2 >= start and text[ns - 2].isalnum())):
        flags.add("name")
    if plain and raw.endswith((".0", ",0")) and prev == " " and ns - 2 >= start and text[ns - 2].isalpha():
        flags.add("name")  # "Industrie 4.0", "cách mạng 4.0"
    if lead and (lead.isalpha() or lead in "#°º.") and _LABEL_BEFORE_REVERSED.match(
            text[max(start, ns - 14):ns][::-1]):
        flags.add("ordinal" if "thứ" in text[max(start, ns - 6):ns].lower() else "label")
    if plain and value < 100 and (not lead or lead in "([\n") and _LINE_START.search(text[max(0, ns - 6):ns]) \
            and _LIST_AFTER.match(text, ne) and not _RANGE_AFTER.match(text, ne):
        flags.add("list")
    if _RANGE_AFTER.match(text, e) or (lead in _DASHES and _RANGE_BEFORE.search(text[max(start, ns - 4):ns])):
        flags.add("range")
    if plain:
        if lang == "vi":
            dm = _DURATION["vi"].match(text[ne:ne + 12].lower())
        else:
            dm = _DURATION[lang].match(low, ne)
        if dm:
            flags.add("duration")
    return flags


_MONTH_WORDS = "|".join(sorted({m for lang in MONTHS.values() for m in lang}, key=len, reverse=True))
_MONTH_AFTER = re.compile(rf"(?:er|re|st|nd|rd|th)?\s(?:{_MONTH_WORDS})(?![a-z])")
_MONTH_BEFORE = re.compile(rf"(?<![a-z])(?:{_MONTH_WORDS})\.?\s\Z")
_SIGNS = frozenset("$€¥₫₩£")
_INF = float("inf")
_GLUED_CODES = frozenset(c for c in CURRENCY_BEFORE if len(c) == 3 and c.isalpha())
_DASHES = frozenset("-–—")
# The first letters of the cue words: a cheap test before the full pattern.
_PHONE_HINT = re.compile("|".join(sorted({re.escape(fold_keep(w)[:3]) for w in PHONE_CUES})))


def _last_visible(text: str, start: int, pos: int) -> str:
    """The last character before ``pos`` that is not a space or tab (a newline counts)."""
    i = pos - 1
    while i >= start and text[i] in " \t\u00a0\u202f\u2009":
        i -= 1
    return text[i] if i >= start else ""


_CONVERSION_GAP = re.compile(r"\s*\(\s*(?:~|≈|about|environ|khoảng|around|soit|or|i\.e\.|tương đương)?\s*", re.I)


def _mark_phone_runs(text: str, found: list[NumberMatch]) -> None:
    """"1900 6868", "0236.3822.222": the groups after a phone number's first are phone too."""
    for i in range(1, len(found)):
        cur, prev = found[i], found[i - 1]
        if "phone" in prev.flags and "phone" not in cur.flags and cur.unit == "count" \
                and _PHONE_GAP.fullmatch(text, prev.num_end, cur.num_start):
            found[i] = NumberMatch(cur.value, cur.unit, cur.start, cur.end, cur.num_start, cur.num_end,
                                   cur.qualifier, cur.scale, cur.flags | {"phone"})


_PHONE_GAP = re.compile(r"[ .\-\u00a0]{1,2}")


def _mark_conversions(text: str, found: list[NumberMatch]) -> None:
    """A money amount in brackets right after another one is a conversion of it
    ("10 tỷ đồng (430.000 USD)"): the same figure twice, so the second is flagged."""
    for i in range(1, len(found)):
        cur, prev = found[i], found[i - 1]
        if not (cur.is_money and prev.is_money):
            continue
        gap = text[prev.end:cur.start]
        if _CONVERSION_GAP.fullmatch(gap):
            found[i] = NumberMatch(cur.value, cur.unit, cur.start, cur.end, cur.num_start, cur.num_end,
                                   cur.qualifier, cur.scale, cur.flags | {"conversion"})
