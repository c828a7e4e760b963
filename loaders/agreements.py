"""Ties between two localities, as French, English and Vietnamese sentences state them.

A sentence states a tie when it has a word of a kind of tie (memorandum, accord,
jumelage, kết nghĩa, cooperation...) or a signing verb, and its localities stand in
one of these shapes:

- ``between`` X ``and`` Y [, Z...] ("entre", "giữa"; "cooperation programmes between
  Da Nang and Russian localities, including Yaroslavl, ... and Briansk");
- subject ... ``with`` a list ("avec quatre villes japonaises : Kawasaki, Sakai et
  Kisarazu", "với"); the subject is the home locality when the sentence names it or
  refers to it ("la ville", "the city"), else the nearest place before ``with``, and
  the home locality when there is none ("the establishment of ties with Kobe ...").
  Coordinated subjects take the partners in order when both lists are as long
  ("Quang Tri et Thua Thien-Hue ... avec Savannakhet et Salavan");
- coordinated subjects of the verb ("Hanoï et Tokyo ont signé", "Nghe An and the
  neighbouring Lao province of Xiengkhouang plan to sign");
- "the two sides / les deux parties / hai bên / hai cố đô": the foreign place named
  before the phrase, else the one the article has named most so far;
- pairs written with a dash ("Hué - Blois, Da Nang - Sakai");
- failing all of these, a tie word near foreign places named in one list ("The tie
  with San Francisco...", "Among these partners are San Francisco (1995), Busan...").

A place that only qualifies an institution ("l'Université de Ha Long", "Ha Long
University", "the Consulate General in Da Nang"), says where another one is
("Kunming (Yunnan)", "Omura, dans la préfecture de Nagasaki"), or is where things
happen ("signed in Ha Long") is not a party; countries, ministries, companies and
agencies are not localities at all, so ties with them never pair. The parties must be
in different countries, one of them the home locality's: these are the international
ties of Vietnam's localities.

Kind comes from the most specific word in the statement (mou > agreement >
friendship > cooperation), status from the verb, tense and mood (a planning word
governs, then a signing verb, else the tie is stated as established), the date from
a year in brackets after the partner, else from the statement (for a signing, the
date after the verb). One record per pair: the strongest, most precise statement,
the others kept as ``more_evidence``; a statement whose home side was only assumed
takes the side another statement names for the same partner.

Keyword tables are data per language below; all of them are found in one pass per
document (``sentences.Spotter``) and queried by range.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from loaders.context import DocContext
from loaders.dates import DateMatch
from loaders.records import Agreement, Mention, Span
from loaders.sentences import DocView, Spotter

# Every pattern is matched on the folded text (no accents, lower case) for French and
# English, and on the lower-cased text as written for Vietnamese, where folding would
# merge words ("sẽ" will, "sẻ" share).
KINDS = {
    "en": [("mou", r"memorand(?:um|a|ums)(?: of understanding)?|mous?|letters? of intent"),
           ("agreement", r"agreements?|accords?|conventions?|pacts?|treat(?:y|ies)"),
           ("friendship", r"twinn\w*|twin cit(?:y|ies)|sister[- ](?:cit(?:y|ies)|provinces?|relationship\w*|"
                          r"localit(?:y|ies)|regions?)|friendship|friendly (?:relations|ties|exchanges)"),
           ("cooperation", r"cooperat\w*|co-operat\w*|partnerships?|partners?|ties?|links|programmes?|programs?|"
                           r"joint (?:working group|committee|commission|mechanism)s?"),
           ("relation", r"relations|relationships?")],
    "fr": [("mou", r"protocoles? d'(?:accord|entente)|memorand(?:um|a|ums)(?: d'(?:entente|accord))?|"
                   r"lettres? d'intention"),
           ("agreement", r"accords?|conventions?|ententes?|traites?"),
           ("friendship", r"jumel\w*|villes? jumelles?|villes? soeurs?|amitie|amicales?"),
           ("cooperation", r"coop\w*|partenariats?|partenaires?|liens|programmes?|"
                           r"(?:groupe de travail|comite|commission|mecanisme)s? (?:de travail )?conjoints?"),
           ("relation", r"relations?")],
    "vi": [("mou", r"biên bản ghi nhớ|bản ghi nhớ|ghi nhớ|thư ý định"),
           ("agreement", r"thỏa thuận|thoả thuận|hiệp định|văn bản hợp tác|công ước"),
           ("friendship", r"kết nghĩa|hữu nghị|anh em|thành phố kết nghĩa"),
           ("cooperation", r"hợp tác|đối tác|chương trình|liên hợp|cơ chế"),
           ("relation", r"quan hệ")],
}
KIND_ORDER = {"mou": 0, "agreement": 1, "friendship": 2, "cooperation": 3, "sign": 4, "relation": 5}
# A bare relation is read as the standing relation between localities: friendship.
RELATION_KIND = "friendship"
SIGNED = {
    "en": r"signed|signing|signature|inked|concluded|sealed|penned|exchanged (?:the |an |a |their )?"
          r"(?:mou|memorand\w*|agreement|letter)\w*",
    "fr": r"sign(?:e|ee|es|ees|ent|erent|ait|aient|ature|atures)|paraphe\w*|conclu|conclus|conclue|conclues|"
          r"echange (?:un |le |des |les |leur )?(?:protocole|memorandum|accord|lettre)s?",
    "vi": r"đã ký|đã kí|ký kết|kí kết|lễ ký|(?<!đăng )(?<!thư )(?:ký|kí)|"
          r"trao (?:đổi )?(?:thư|biên bản|bản ghi nhớ|văn bản|thỏa thuận|thoả thuận)",
}
# A signing verb alone (no kind word) still states a tie, read as an agreement when no
# word of the statement says more.
SIGN_KIND = "agreement"
PLANNED = {
    "en": r"will|shall|would|to sign|plans? to|planning to|planned|hopes?|hoped|hoping|intends?|intended|"
          r"expects?|expected|propos\w*|aims? to|aiming to|seeks?|seeking|looks? forward|looked forward|wish\w*|"
          r"desires?|wants?|in the near future|in the coming time|in the future|in the years ahead|soon|"
          r"upcoming|towards? (?:the )?(?:establish|sign)\w*|prepar\w*|promote the establishment|explor\w*|"
          r"negotiat\w*|discuss\w*|draft\w*|is set to|are set to|ready to",
    "fr": r"va|vont|allait|allaient|sera|seront|signera|signeront|signerait|etablira|etabliront|souhait\w*|"
          r"espe\w*|espoir|prevoi\w*|prevu\w*|envisag\w*|projett\w*|propos\w*|vise\w*|dans un proche avenir|"
          r"prochainement|a l'avenir|dans les temps a venir|vers l'etablissement|en vue de|devrai\w*|"
          r"pourrai\w*|futur\w*|negoci\w*|etudier|examiner|promouvoir l'etablissement|pret a|prete a|"
          r"prets a|pretes a",
    "vi": r"sẽ|dự kiến|mong muốn|hy vọng|hi vọng|hướng tới|tiến tới|đề nghị|đề xuất|xúc tiến|"
          r"thời gian tới|sắp tới|sắp|kế hoạch|nghiên cứu|xem xét|chuẩn bị|tương lai|mong",
}
# What links a subject to a list of partners, and what opens and joins a "between".
WITH = {"en": r"with|together with", "fr": r"avec", "vi": r"(?<!đối )với|cùng"}
BETWEEN = {"en": r"between", "fr": r"entre", "vi": r"giữa"}
AND = {"en": r"and|&", "fr": r"et|&", "vi": r"và|&"}
TWO_SIDES = {
    "en": r"(?:the|their|these) two (?!(?:countries|nations|governments|peoples|states|ministries|companies|"
          r"universities|schools|institutions|countries')\b)[a-z]+|both (?:sides|parties|localities|cities|provinces|"
          r"capitals|regions|prefectures)",
    "fr": r"(?:les|leurs|ces|des) deux (?!(?:pays|nations|gouvernements|peuples|etats|ministeres|entreprises|"
          r"universites|ecoles|institutions)\b)[a-z]+",
    "vi": r"hai (?!(?:nước|quốc gia|dân tộc|chính phủ|bộ|doanh nghiệp|trường|đảng|nhà nước)(?!\w))"
          r"(?:bên|phía|địa phương|thành phố|tỉnh|cố đô|thủ đô|đô thị|vùng)|đôi bên",
}
# Where a clause ends inside a sentence: a new subject or a relative clause may follow.
CLAUSE_BREAK = {
    "en": r";|, (?:and|but|while|whilst|whereas|which|who|where)\b|\b(?:while|whilst|whereas)\b",
    "fr": r";|, (?:et|mais|tandis que|alors que|qui|ou)\b|\b(?:tandis que|alors que)\b",
    "vi": r";|, (?:và|nhưng|còn|đồng thời|trong khi|nơi|mà)(?!\w)|(?<!\w)(?:đồng thời|trong khi)(?!\w)",
}
# What ends a list of partners outright: a semicolon, a relative clause, a full stop of a quote.
HARD_BREAK = {
    "en": r";|(?<!\w)(?:which|who|whose|where|while|whilst|whereas|but)(?!\w)",
    "fr": r";|(?<!\w)(?:qui|lesquel\w*|tandis que|alors que|mais)(?!\w)",
    "vi": r";|(?<!\w)(?:nơi|trong khi|nhưng|còn)(?!\w)",
}
# How far a list may start after its anchor ("with the Japanese localities of ..."), and
# how far apart two items may be ("Yaroslavl Province, and the cities of Nizhegorod").
FIRST_GAP = 90
COORD_GAP = 70
# How near a tie word must be to a foreign name for the last-resort reading.
LAST_RESORT_REACH = 90
LIST_GAP = 45
# How far after "between" the first party may come ("between the People's Committee of Khanh Hoa").
BETWEEN_REACH = 60
# Words before a place name that make it the name of an institution, not a party.
INSTITUTION_BEFORE = {
    "en": r"(?:universit\w*|college|school|academy|institute|hospital|bank|company|consulate\w*|embassy|"
          r"association|chamber|federation)"
          r"(?: [\w'-]+){0,3}? (?:of|in|at|de)|(?:port|airport|that|those) (?:of|in)|"
          r"other (?:\w+ )?(?:localities|cities|provinces|regions|partners) (?:of|in|on|from)(?: the island of)?|"
          r"(?:the )?island of",
    "fr": r"(?:universite\w*|ecole|academie|institut|hopital|banque|societe|consulat\w*|ambassade|"
          r"association|chambre|federation)"
          r"(?: [\w'-]+){0,3}?(?: (?:de|du|des|a|en)| d')|(?:port|aeroport|celle|celui|celles|ceux)(?: de| du| d')|"
          r"(?:d')?autres (?:localites|villes|provinces|regions|partenaires)(?: \w+)? (?:de|du|en|au)(?: l'ile de| la)?|"
          r"(?:l'ile|l'archipel) (?:de|d')",
    "vi": r"(?:đại học|trường|học viện|viện|bệnh viện|cảng|sân bay|ngân hàng|công ty|tập đoàn|hiệp hội|"
          r"phòng thương mại|liên đoàn|câu lạc bộ|"
          r"tổng lãnh sự quán|lãnh sự quán|đại sứ quán)(?: [\w'-]+){0,3}?(?: (?:tại|ở|của))?|"
          r"(?:các )?(?:địa phương|thành phố|tỉnh) khác (?:của|ở|tại|thuộc)|đảo",
}
# A place named after another as where it lies ("Omura, dans la préfecture de
# Nagasaki", "Honghe, in China's Yunnan province") says where, it is not a party.
APPOSITION = {
    "en": r"\s*,?\s*(?:in|of)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:of\s+)?\Z",
    "fr": r"\s*,?\s*(?:dans|en|au)\s+(?:la\s+|le\s+|l')?(?:[\w'-]+\s+){0,3}?(?:de\s+|du\s+|d')?\Z",
    "vi": r"\s*,?\s*(?:thuộc|ở|tại)?\s*(?:tỉnh|thành phố|huyện)\s+\Z",
}
# A place right after these is where something happens, not who acts.
VENUE = {
    "en": r"(?<!\w)(?:in|at)\s+(?:the\s+)?(?:(?:city|province|town) of\s+)?\Z",
    "fr": r"(?<!\w)(?:a|au|en|dans)\s+(?:la\s+)?(?:(?:ville|province) (?:de\s+|d'))?\Z",
    "vi": r"(?<!\w)(?:tại|ở)\s+(?:thành phố\s+|tỉnh\s+|tp\.?\s*)?\Z",
}
INSTITUTION_AFTER = {
    "en": r"(?:universit(?:y|ies)|college|school|academy|institute|hospital|port|airport|bank|steel|heavy|motors?|"
          r"industries|electric|holdings|corporation|company|group|club|fc|stadium|station|hotel|chamber|"
          r"association|federation)",
    "fr": r"(?:universit\w*|fc|club|holdings?)",
    "vi": r"(?:fc)",
}
# Fields of cooperation, canonical name -> words (same matching rules as above).
FIELDS = {
    "en": {"culture": r"cultur\w*", "tourism": r"touris\w*", "education": r"educat\w*", "training": r"training",
           "trade": r"trade|commerce", "investment": r"invest\w*", "health": r"health\w*|medic\w*",
           "agriculture": r"agricultur\w*", "environment": r"environment\w*", "technology": r"technolog\w*",
           "science": r"scien\w*", "economy": r"econom\w*", "logistics": r"logistic\w*", "ports": r"ports?|seaports?",
           "digital transformation": r"digital transformation", "climate change": r"climate change",
           "urban development": r"urban\w*", "human resources": r"human resources", "sports": r"sports?",
           "youth": r"youth", "labour": r"labou?r", "transport": r"transport\w*", "energy": r"energy",
           "industry": r"industr\w*", "aquaculture": r"aquaculture|fisher\w*", "diplomacy": r"diploma\w*",
           "politics": r"politic\w*"},
    "fr": {"culture": r"cultur\w*", "tourism": r"touris\w*", "education": r"educat\w*", "training": r"formation",
           "trade": r"commerc\w*", "investment": r"investissement\w*", "health": r"sante|medic\w*",
           "agriculture": r"agricultur\w*|eco-agriculture", "environment": r"environnement\w*",
           "technology": r"technolog\w*", "science": r"scien\w*", "economy": r"econom\w*",
           "logistics": r"logistique", "ports": r"ports? maritimes?|portuaires?",
           "digital transformation": r"transformation numerique", "climate change": r"changement climatique",
           "urban development": r"urbain\w*|urbanisme", "human resources": r"ressources humaines",
           "sports": r"sports?", "youth": r"jeunesse", "labour": r"travail", "transport": r"transports?",
           "energy": r"energie\w*", "industry": r"industri\w*|fabrication", "aquaculture": r"aquaculture|peche",
           "diplomacy": r"diplomat\w*", "politics": r"politique\w*"},
    "vi": {"culture": r"văn hóa|văn hoá", "tourism": r"du lịch", "education": r"giáo dục", "training": r"đào tạo",
           "trade": r"thương mại", "investment": r"đầu tư", "health": r"y tế", "agriculture": r"nông nghiệp",
           "environment": r"môi trường", "technology": r"công nghệ", "science": r"khoa học",
           "economy": r"kinh tế", "logistics": r"logistics", "ports": r"cảng biển|cảng",
           "digital transformation": r"chuyển đổi số", "climate change": r"biến đổi khí hậu",
           "urban development": r"đô thị", "human resources": r"nguồn nhân lực|nhân lực", "sports": r"thể thao",
           "youth": r"thanh niên", "labour": r"lao động", "transport": r"giao thông", "energy": r"năng lượng",
           "industry": r"công nghiệp", "aquaculture": r"thủy sản|thuỷ sản", "diplomacy": r"ngoại giao",
           "politics": r"chính trị"},
}
STATUS_RANK = {"signed": 3, "established": 2, "planned": 1}
# How near before a signing verb a planning word must be to govern it ("will sign").
GOVERN_CHARS = 30


def _compile():
    out = {}
    for lang in ("en", "fr", "vi"):
        words = {k: p for k, p in KINDS[lang]}
        words.update({"sign": SIGNED[lang], "planned": PLANNED[lang], "with": WITH[lang],
                      "between": BETWEEN[lang], "conj": AND[lang], "two": TWO_SIDES[lang]})
        words.update({f"field:{f}": p for f, p in FIELDS[lang].items()})
        out[lang] = {
            "words": Spotter(words),
            "marks": Spotter({"break": CLAUSE_BREAK[lang], "hard": HARD_BREAK[lang]}, words=False),
            "inst_before": re.compile(rf"(?<!\w)(?:{INSTITUTION_BEFORE[lang]})\s*(?:l'|d')?\Z"),
            "inst_after": re.compile(rf"[ -](?:{INSTITUTION_AFTER[lang]})(?!\w)"),
            "apposition": re.compile(APPOSITION[lang]),
            "venue": re.compile(VENUE[lang]),
        }
    return out


# Every tie word, by kind; "sign" is a signing verb without a word of kind.
KIND_NAMES = frozenset(KIND_ORDER)
# What opens a clause of its own inside a list of names.
OPENS = KIND_NAMES | {"hard", "with", "planned"}


class _Hits:
    """The keyword hits of one document by name, for range queries."""

    def __init__(self, view: DocView, t: dict) -> None:
        self.by: dict[str, tuple[list[int], list[tuple[int, int]]]] = {}
        found = []
        for r in view.ctx.body:
            found += t["words"].find(view.lower, r.start, r.end)
            found += t["marks"].find(view.lower, r.start, r.end)
        found.sort()
        self.all = found
        self.starts = [h[0] for h in found]
        for s, e, name in found:
            key = "field" if name.startswith("field:") else name
            starts, spans = self.by.setdefault(key, ([], []))
            starts.append(s)
            spans.append((s, e, name))

    def get(self, name: str, a: int, b: int) -> list[tuple[int, int, str]]:
        starts, spans = self.by.get(name, ((), ()))
        return spans[bisect_left(starts, a):bisect_left(starts, b)]

    def any(self, names, a: int, b: int) -> bool:
        if isinstance(names, str):
            return bool(self.get(names, a, b))
        return any(h[2] in names for h in self.all[bisect_left(self.starts, a):bisect_left(self.starts, b)])


_TABLES = _compile()
_PAREN_YEAR = re.compile(r"\s*\((?:in |en |năm |since |depuis )?(1[89]\d\d|20\d\d)\)")
_DASH_GAP = re.compile(r"\s*[-–—]\s*\Z")
_PAREN_QUALIFIER = re.compile(r"\s*\((?:in |en |tỉnh |province (?:de |of )|prefecture (?:de |of ))?\Z", re.I)


@dataclass(slots=True)
class _Pair:
    a: str                 # the home side when implied
    b: str
    start: int             # the statement: the clause(s) it spans
    end: int
    partner_pos: int
    implied: bool = False  # side a was not named: the home locality was assumed


@dataclass(slots=True)
class _Statement:
    a: str
    b: str
    evidence: Span
    kind: str
    status: str
    date: str | None
    fields: tuple[str, ...] = ()
    implied: bool = False
    order: int = 0


@dataclass(slots=True)
class _Sentence:
    span: Span
    parties: list[Mention]           # mentions that can be parties, in order
    venues: set[int]                 # starts of parties that only say where something happens
    refs: list[tuple[int, int]]      # references to the home locality
    kinds: list[tuple[int, int, str]]
    dates: list[DateMatch] = field(default_factory=list)


class _Seen:
    """Foreign localities named so far, for "the two sides" without a name nearby: the
    one named most often, the first named on a tie."""

    def __init__(self) -> None:
        self.count: dict[str, int] = {}
        self.first: dict[str, int] = {}

    def add(self, view: DocView, mentions: list[Mention]) -> None:
        for m in mentions:
            if view.country(m.place_key) != view.home_country:
                self.count[m.place_key] = self.count.get(m.place_key, 0) + 1
                self.first.setdefault(m.place_key, m.start)

    def best(self) -> str | None:
        if not self.count:
            return None
        return max(self.count, key=lambda k: (self.count[k], -self.first[k]))


def extract_agreements(ctx: DocContext) -> list[Agreement]:
    view = DocView.of(ctx)
    t = _TABLES[view.lang]
    k = _Hits(view, t)
    statements: list[_Statement] = []
    seen = _Seen()
    for sent in ctx.sentences:
        kinds = [h for h in k.all[bisect_left(k.starts, sent.start):bisect_left(k.starts, sent.end)]
                 if h[2] in KIND_NAMES]
        if kinds:
            parties, venues = _parties(view, t, sent)
            refs = view.home_refs(sent.start, sent.end)
            if parties or refs or k.any("two", sent.start, sent.end):
                s = _Sentence(sent, parties, venues, refs, kinds)
                s.dates = [d for d in view.dates_in(sent.start, sent.end) if d.marker != "bare"]
                for pair in _pairs(view, k, s, seen):
                    st = _statement(view, k, s, pair)
                    st.order = len(statements)
                    statements.append(st)
        seen.add(view, view.mentions_in(sent.start, sent.end))
    return _merge(view, statements)


def _parties(view: DocView, t: dict, sent: Span) -> tuple[list[Mention], set[int]]:
    """Mentions that can be parties, and which of them are venues. Left out: places
    inside an institution's name, and places that only say where the previous one is
    ("Kunming (Yunnan)", "Omura, dans la préfecture de Nagasaki")."""
    out: list[Mention] = []
    venues: set[int] = set()
    low = view.lower
    prev: Mention | None = None
    for m in view.mentions_in(sent.start, sent.end):
        if prev is not None and prev.end <= m.start and view.country(prev.place_key) == view.country(m.place_key):
            if _PAREN_QUALIFIER.fullmatch(view.text, prev.end, m.start) or \
                    t["apposition"].match(low, prev.end, m.start):
                prev = m
                continue
        prev = m
        lo = max(sent.start, m.start - 45)
        if t["inst_before"].search(low, lo, m.start) or t["inst_after"].match(low, m.end):
            continue
        if t["venue"].search(low, lo, m.start):
            venues.add(m.start)
        out.append(m)
    return out, venues


def _pairs(view: DocView, k: _Hits, s: _Sentence, seen: _Seen) -> list[_Pair]:
    sent = s.span
    found: list[_Pair] = []

    # between X and Y[, Z...]
    for b_start, b_end, _ in k.get("between", sent.start, sent.end):
        if k.any("two", b_end, b_end + len(" leurs ") + 1):
            continue  # "entre leurs deux localités" is the two sides
        left = _first_party(view, s, b_end, sent.end)
        if left is None:
            continue
        lkey, lend, implied = left
        rights = _list_after(k, s, lend, exclude=lkey)
        if rights:
            cs, ce = _scope(k, sent, b_start, rights[-1].end)
            found += [_Pair(lkey, r.place_key, cs, ce, r.start, implied) for r in rights]

    # subject ... with A, B and C
    for w_start, w_end, _ in k.get("with", sent.start, sent.end):
        partners = _list_after(k, s, w_end)
        if not partners:
            continue
        cs, ce = _scope(k, sent, w_start, partners[-1].end)
        if not any(cs <= ks < ce for ks, _, _ in s.kinds):
            continue
        subjects = _coordinated_subjects(view, k, s, cs, w_start, partners)
        if len(subjects) > 1 and len(subjects) == len(partners):
            # "X et Y ont signé avec A et B": each with its own, in order.
            found += [_Pair(a.place_key, p.place_key, cs, ce, p.start) for a, p in zip(subjects, partners)]
            continue
        if len(subjects) > 1:
            found += [_Pair(a.place_key, p.place_key, cs, ce, p.start) for a in subjects for p in partners]
            continue
        subject, implied = _subject_before(view, s, w_start, partners)
        found += [_Pair(subject, p.place_key, cs, ce, p.start, implied) for p in partners]

    # A - B, C - D
    dashed: set[int] = set()
    for x, y in zip(s.parties, s.parties[1:]):
        gap = view.text[x.end:y.start]
        if x.end <= y.start and gap.strip() and _DASH_GAP.match(gap):
            found.append(_Pair(x.place_key, y.place_key, sent.start, sent.end, y.start))
            dashed |= {x.start, y.start}

    # X and Y signed / ont signé / đã ký
    subjects_only_foreign = False
    group: list[Mention] = []
    for m in [p for p in s.parties if p.start not in dashed] + [None]:
        if m is not None and group and _coordinated(view.lower, k, group[-1].end, m.start):
            group.append(m)
            continue
        if len(group) >= 2:
            cs, ce = _clause(k, sent, group[-1].end)
            after_with = k.any("with", cs, group[0].start)
            after_between = k.any("between", max(cs, group[0].start - 12), group[0].start)
            if any(cs <= ks < ce for ks, _, _ in s.kinds) and not after_with and not after_between:
                new = [_Pair(x.place_key, y.place_key, cs, ce, y.start)
                       for i, x in enumerate(group) for y in group[i + 1:]]
                found += new
                # "Sakai and Busan are sister cities": a tie between the names themselves.
                if any(group[-1].end <= ks < ce for ks, _, _ in s.kinds) and \
                        not any(_international(view, p.a, p.b) for p in new):
                    subjects_only_foreign = True
        group = [m] if m is not None else []

    # the two sides / les deux parties / hai bên
    for t_start, _, _ in k.get("two", sent.start, sent.end):
        pair = _two_sides(view, s, t_start, seen)
        if pair:
            found.append(pair)
            break

    valid = [p for p in found if _international(view, p.a, p.b)]
    if valid or subjects_only_foreign:
        return valid
    return _last_resort(view, k, s)


def _international(view: DocView, a: str | None, b: str | None) -> bool:
    """Two localities of different countries, one of them in the home locality's
    country: the ties of Vietnam's localities, not ties between two foreign ones."""
    ca, cb = view.country(a), view.country(b)
    return bool(a and b and a != b and ca and cb and ca != cb and view.home_country in (ca, cb))


def _last_resort(view: DocView, k: _Hits, s: _Sentence) -> list[_Pair]:
    """A tie sentence in none of the shapes above that names foreign localities in one
    list ("The tie with San Francisco...", "Among these partners are San Francisco
    (1995), Busan and Saint Petersburg"): each is tied to the home side."""
    ties = [(ks, ke) for ks, ke, kind in s.kinds if kind not in ("relation", "sign")]
    foreign = [m for m in s.parties if view.country(m.place_key) != view.home_country]
    # The tie word must stand near the name: a passing "economic cooperation" at the far
    # end of a sentence about Osaka's firms does not tie Osaka to anyone.
    near = [m for m in foreign if any(max(ks - m.end, m.start - ke) <= LAST_RESORT_REACH for ks, ke in ties)]
    if not near:
        return []
    foreign = foreign[foreign.index(near[0]):]
    # "Osaka runs its own exchange programmes with Asian partners": tied to others, unnamed.
    cs, ce = _clause(k, s.span, foreign[0].end)
    if any(not _list_after(k, s, w_end) for _, w_end, _ in k.get("with", foreign[0].end, ce)):
        return []
    listed = [foreign[0]] + [m for m in _list_after(k, s, foreign[0].end) if m in foreign]
    if not {m.place_key for m in near} <= {m.place_key for m in listed}:
        return []
    side, implied = _home_side(view, s)
    span = s.span
    return [_Pair(side, m.place_key, span.start, span.end, m.start, implied) for m in listed
            if _international(view, side, m.place_key)]


def _home_side(view: DocView, s: _Sentence, before: int | None = None) -> tuple[str | None, bool]:
    """The Vietnamese side when the shape does not say: the one named (not as a venue),
    else the home locality, assumed."""
    home = view.ctx.home
    own = list(dict.fromkeys(m.place_key for m in s.parties
                             if view.country(m.place_key) == view.home_country and m.start not in s.venues
                             and (before is None or m.start < before)))
    if home in own:
        return home, False
    if len(own) == 1:
        return own[0], False
    return home, True


def _list_after(k: _Hits, s: _Sentence, start: int, exclude: str | None = None) -> list[Mention]:
    """The localities listed after ``start`` ("with", "and"): they run on while the text
    between two of them holds no clause of its own (a tie word, a verb of signing or
    planning, another "with", a semicolon, a relative pronoun)."""
    out: list[Mention] = []
    pos = start
    for m in s.parties:
        if m.start < start or m.place_key == exclude:
            continue
        if m.start - pos > (LIST_GAP if out else FIRST_GAP):
            break
        if out and k.any(OPENS, pos, m.start):
            break
        if not out and (k.any("hard", pos, m.start) or k.any("with", pos, m.start) or k.any("break", pos, m.start)):
            break
        out.append(m)
        pos = m.end
    return out


def _coordinated(low: str, k: _Hits, a: int, b: int) -> bool:
    """Two names joined as one subject: ", ", "and", or "and" with a description of the
    second ("Nghe An and the neighbouring Lao province of Xiengkhouang", "Quang Ninh,
    Nguyen Xuan Ky, et le gouverneur de la préfecture japonaise de Hokkaido")."""
    if b - a > COORD_GAP or any(ch.isdigit() for ch in low[a:b]):
        return False
    if low[a:b].strip() == ",":
        return True
    return k.any("conj", a, b) and not k.any(OPENS, a, b)


def _clause(k: _Hits, sent: Span, pos: int) -> tuple[int, int]:
    return _scope(k, sent, pos, pos)


def _scope(k: _Hits, sent: Span, anchor: int, list_end: int) -> tuple[int, int]:
    """From the start of the anchor's clause to the end of the clause the list ends in."""
    start, end = sent.start, sent.end
    for b_start, b_end, _ in k.get("break", sent.start, sent.end):
        if b_end <= anchor:
            start = b_end
        elif b_start >= list_end:
            end = b_start
            break
    return start, end


def _first_party(view: DocView, s: _Sentence, start: int, end: int) -> tuple[str, int, bool] | None:
    cands = [(m.start, m.place_key, m.end, False) for m in s.parties if start <= m.start < end]
    cands += [(rs, view.ctx.home, re_, True) for rs, re_ in s.refs if start <= rs < end]
    if not cands:
        return None
    pos, key, stop, implied = min(cands)
    if pos - start > BETWEEN_REACH:
        return None
    return key, stop, implied


def _coordinated_subjects(view: DocView, k: _Hits, s: _Sentence, cs: int, pos: int,
                          partners: list[Mention]) -> list[Mention]:
    """Home-side names joined by "and" before "with" in the clause ("Quang Tri et Thua
    Thien-Hue ont signé ... avec"), in order; a single name is not a coordination."""
    before = [m for m in s.parties if cs <= m.start and m.end <= pos and m.start not in s.venues
              and view.country(m.place_key) == view.home_country]
    group: list[Mention] = []
    for m in before:
        if group and _coordinated(view.lower, k, group[-1].end, m.start):
            group.append(m)
        else:
            group = [m]
    if len(group) < 2 or len({m.place_key for m in group}) != len(group):
        return []
    # "Quảng Ninh, cùng với Lạng Sơn, Cao Bằng và Hà Giang, ...": the home named first is one of them.
    home = [m for m in before if m.place_key == view.ctx.home and m.place_key not in {g.place_key for g in group}]
    return home[:1] + group


def _subject_before(view: DocView, s: _Sentence, pos: int, partners: list[Mention]) -> tuple[str | None, bool]:
    home = view.ctx.home
    partner_keys = {p.place_key for p in partners}
    before = [m for m in s.parties if m.end <= pos and m.place_key not in partner_keys and m.start not in s.venues]
    if any(m.place_key == home for m in before):
        return home, False
    if any(r[1] <= pos for r in s.refs):
        return home, True
    if before:
        return before[-1].place_key, False
    return home, True


def _two_sides(view: DocView, s: _Sentence, pos: int, seen: _Seen) -> _Pair | None:
    """"Les deux parties ont signé...": the foreign side is the first foreign locality
    named before the phrase in the sentence, else the foreign locality the article has
    named most so far, else one named after it; the other side as _home_side says."""
    home_country = view.home_country
    foreign = [m for m in s.parties if view.country(m.place_key) != home_country]
    before = [m for m in foreign if m.start < pos]
    if before:
        partner, ppos = before[0].place_key, before[0].start
    elif seen.best():
        partner, ppos = seen.best(), pos
    elif foreign:
        partner, ppos = foreign[0].place_key, foreign[0].start
    else:
        return None
    side, implied = _home_side(view, s)
    if side is None:
        return None
    return _Pair(side, partner, s.span.start, s.span.end, ppos, implied)


def _statement(view: DocView, k: _Hits, s: _Sentence, p: _Pair) -> _Statement:
    status = _status(k, p.start, p.end)
    return _Statement(p.a, p.b, s.span, _kind(s, p.start, p.end), status,
                      _date(view, k, s, p, status), _fields(k, p.start, p.end),
                      p.implied)


def _fields(k: _Hits, ss: int, se: int) -> tuple[str, ...]:
    return tuple(sorted({name[len("field:"):] for _, _, name in k.get("field", ss, se)}))


def _kind(s: _Sentence, ss: int, se: int) -> str:
    inside = [k for ks, ke, k in s.kinds if ss <= ks < se] or [k for _, _, k in s.kinds]
    best = min(inside, key=lambda k: KIND_ORDER.get(k, 9))
    return {"relation": RELATION_KIND, "sign": SIGN_KIND}.get(best, best)


def _status(k: _Hits, ss: int, se: int) -> str:
    signs = k.get("sign", ss, se)
    plans = k.get("planned", ss, se)
    if signs:
        governed = all(any(0 <= sg[0] - p[1] <= GOVERN_CHARS for p in plans) for sg in signs)
        return "planned" if governed else "signed"
    return "planned" if plans else "established"


def _date(view: DocView, k: _Hits, s: _Sentence, p: _Pair, status: str) -> str | None:
    # "Kawasaki (2012), Sakai (in 2013)": a year in brackets right after the partner is its own.
    for m in s.parties:
        if m.start == p.partner_pos:
            py = _PAREN_YEAR.match(view.text, m.end)
            if py:
                return py.group(1)
    inside = [d for d in s.dates if p.start <= d.start < p.end and d.marker in ("date", "in", "paren", "since")
              and not (d.marker == "paren" and _right_after_party(view, s, d.start))]
    if not inside:
        return None
    if len(inside) > 1 and status == "signed":
        # "Established in 1997, the two cities signed a new agreement in 2023": the signing's date.
        signs = [h[0] for h in k.get("sign", p.start, p.end)]
        if signs:
            # "... signed a new agreement in 2023" / "En 2013, Hanoï et Tokyo ont signé": the
            # first date after the verb, else the nearest before it.
            after = [d for d in inside if d.start > signs[0]]
            if after:
                return after[0].value
            return max(inside, key=lambda d: d.start).value
    return max(inside, key=lambda d: (d.precision, -d.start)).value


def _right_after_party(view: DocView, s: _Sentence, pos: int) -> bool:
    return any(m.end <= pos and not view.text[m.end:pos].strip() for m in s.parties)


def _merge(view: DocView, statements: list[_Statement]) -> list[Agreement]:
    """One record per pair: the strongest, most precise statement, the others as more
    evidence. A statement whose Vietnamese side was only assumed takes the side another
    statement names for the same partner."""
    home = view.ctx.home
    home_country = view.home_country
    named: dict[str, dict[str, int]] = {}
    for st in statements:
        if not st.implied:
            named.setdefault(st.b, {}).setdefault(st.a, 0)
            named[st.b][st.a] += 1
            named.setdefault(st.a, {}).setdefault(st.b, 0)
            named[st.a][st.b] += 1
    groups: dict[frozenset, list[_Statement]] = {}
    for st in statements:
        if st.implied and st.b in named and st.a not in named[st.b]:
            sides = [k for k in named[st.b] if view.country(k) == view.country(st.a)]
            if sides:
                st.a = max(sides, key=lambda k: named[st.b][k])
        groups.setdefault(frozenset((st.a, st.b)), []).append(st)
    out: list[tuple[int, Agreement]] = []
    for pair, sts in groups.items():
        a, b = sorted(pair, key=lambda k: (k != home, view.country(k) != home_country, k))
        ranked = sorted(sts, key=lambda st: (-STATUS_RANK[st.status], -(len(st.date) if st.date else 0),
                                             KIND_ORDER.get(st.kind, 9), st.order))
        top = ranked[0]
        date = top.date
        if date is None:
            dated = [st.date for st in ranked if st.date and st.status == top.status]
            date = max(dated, key=len) if dated else None
        more: list[Span] = []
        for st in sorted(sts, key=lambda st: st.order):
            if st.evidence != top.evidence and st.evidence not in more:
                more.append(st.evidence)
        fields = tuple(sorted({f for st in sts for f in st.fields}))
        out.append((min(st.evidence.start for st in sts),
                    Agreement(parties=(a, b), kind=top.kind, status=top.status, evidence=top.evidence,
                              date=date, fields=fields, more_evidence=tuple(more))))
    out.sort(key=lambda x: x[0])
    return [ag for _, ag in out]
