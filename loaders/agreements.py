"""Ties between two localities, as French, English and Vietnamese sentences state them.

A sentence (or the headline: "Tay Ninh, Svay Rieng ink memorandum on border
cooperation" is read like one, its places found as the body names them) states a tie
when it has a word of a kind of tie (memorandum, accord, jumelage, kết nghĩa,
cooperation...) or a signing verb, and its localities stand in one of these shapes:

- ``between`` X ``and`` Y [, Z...] ("entre", "giữa"; "cooperation programmes between
  Da Nang and Russian localities, including Yaroslavl, ... and Briansk"; "An MoU was
  signed between A and B");
- subject ... ``with`` a list ("avec quatre villes japonaises : Kawasaki, Sakai et
  Kisarazu", "với"); the subject is the home locality when the sentence names it or
  refers to it ("la ville", "the city"), else the nearest place before ``with``, and
  the home locality when there is none ("the establishment of ties with Kobe ...").
  Coordinated subjects take the partners in order when both lists are as long
  ("Quang Tri et Thua Thien-Hue ... avec Savannakhet et Salavan"). A list runs on past
  what is said of an item ("dont Seattle (État de Washington), sa ville jumelle, et
  Vladivostok"); "avec cette collectivité", "with the partner province" name a partner;
- coordinated subjects of the verb ("Hanoï et Tokyo ont signé", "Nghe An and the
  neighbouring Lao province of Xiengkhouang plan to sign", "Lao Cai, Ha Giang and
  Yunnan signed", "signed by A and B");
- "the two sides / les deux parties / hai bên / hai cố đô": the foreign place named
  before the phrase, else the one the headline names, else the one the article has named
  most so far (not where talks were held), else the province of the city they were held in;
- pairs written with a dash ("Hué - Blois, Da Nang - Sakai");
- a signing at the event with no party named ("On this occasion, an MoU was signed"):
  the localities of the sentence before, when it names one foreign locality;
- failing all of these, a tie word near foreign places named in one list ("The tie
  with San Francisco...", "Among these partners are San Francisco (1995), Busan...").

Only localities are parties. A district or a town is one to a tie with its peers
("huyện Hương Sơn và huyện Khăm Cợt đã ký kết", "Le district de Cao Loc et la ville de
Pingxiang envisagent de signer"), never with a province-level unit. Not a party: a place
inside an organisation's name ("l'Université de Ha Long", "Saigon Newport Corporation",
"the chambers of commerce of X and Y", "KOTRA Busan"), another part of a locality (an
economic zone, a border gate, a national park, a landmark: "the Lao Bao - Densavan border
gate", "Cao nguyên đá Đồng Văn"), a place that says where another one is ("Kunming
(Yunnan)", "Seattle (État de Washington)", "Riverside in the U.S. state of California",
"Westminster, California", "Omura, dans la préfecture de Nagasaki", "huyện Kampong Trach
(tỉnh Kampot)"), or where things happen ("signed in Ha Long", "tại thành phố Côn Minh",
"in Moscow and Kaluga", the dateline "Moscou (VNA) -"). Organisations acting for both sides ("les entreprises des deux
villes", "Các doanh nghiệp của hai thành phố", "Vietnamese and Korean enterprises")
make no tie between localities; countries, ministries, companies and agencies never
pair. The parties must be in different countries, one of them the home locality's:
these are the international ties of Vietnam's localities.

Kind comes from the most specific word in the statement (mou > agreement >
friendship > cooperation; a letter of intent is a memorandum, a sister-city
relationship a friendship), status from the verb, tense and mood (a planning word
governs: "expected to ink", "dự kiến ký kết"; then a signing verb, a renewal counting
as one; else the tie is stated as established). A relative clause closed before the main
verb states a tie of its own ("Dien Bien, qui entretient des relations avec Phongsaly
dans le cadre d'un accord signé en 2019, envisage de signer un accord avec Oudomxay"):
its verb and date are its partner's alone. The date: a year in brackets after
the partner, else one of the statement (for a signing, the date after the verb; not
the date of a first signing when the statement renews it); else, for a signing at the
event the article reports (stated in the headline, "ont signé jeudi", "on this
occasion", "Kết thúc hội đàm", or right after a sentence dating the meeting), the day
of that meeting or the article's own date; else none. One record per pair: the
strongest, most precise statement (a date stated beating a date of the event), the
others kept as ``more_evidence``; a statement whose home side was only assumed takes
the side another statement names for the same partner.

The keyword tables are data per language, in ``loaders.agreement_words``; all of them
are found in one pass per document (``sentences.Spotter``) and queried by range.
Vietnamese typed without its marks ("Kien Giang va tinh Kampot ky ket Bien ban ghi nho")
is read with the same words unmarked, in the sentences written so.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, field

from loaders.agreement_words import (
    AND, APPOSITION, BETWEEN, CLAUSE_BREAK, DISTRICT_BEFORE, EVENT, FIELDS, FIRST_TIME, HARD_BREAK,
    INSTITUTION_AFTER, INSTITUTION_BEFORE, KINDS, ORG_GROUPS, ORG_NAMES, PERIOD, PLANNED, PRIOR, PRONOUN_OF,
    RELATIVE, REPORTED_ON, SIGNED, SUBPLACE_AFTER, SUBPLACE_BEFORE, THIS_ONE, TWO_SIDES, VENUE, WITH)
from loaders.context import DocContext
from loaders.dates import DateMatch, fold_keep
from loaders.records import Agreement, Mention, Span
from loaders.sentences import DocView, Ref, Spotter, Tally, refs_spotter

KIND_ORDER = {"mou": 0, "agreement": 1, "friendship": 2, "cooperation": 3, "sign": 4, "relation": 5}
# A bare relation is read as the standing relation between localities: friendship.
RELATION_KIND = "friendship"
# A signing verb alone (no kind word) still states a tie, read as an agreement when no
# word of the statement says more.
SIGN_KIND = "agreement"
# How far a list may start after its anchor ("with the Japanese localities of ..."), and
# how far apart two items may be ("Yaroslavl Province, and the cities of Nizhegorod").
FIRST_GAP = 90
COORD_GAP = 70
# How near a tie word must be to a foreign name for the last-resort reading.
LAST_RESORT_REACH = 90
LIST_GAP = 45
# How far after "between" the first party may come ("between the People's Committee of Khanh Hoa").
BETWEEN_REACH = 60
# A capitalised name running on after the place into the head of an organisation's name:
# "Saigon Newport Corporation", "Ho Chi Minh City University of Technology", "Hanoi
# Medical University", "Busan Port Authority" (matched on the text as written).
_ORG_RUN = re.compile(
    r"(?:[ -][A-Z][\w'’&.]*){0,3}?[ -](?:Corporation|Corp|Company|Co|Group|Authority|University|College|Hospital|"
    r"Bank|Port|Airport|Association|Chamber|Federation|Institute|Academy|School|Club|Holdings|JSC|Ltd|Inc|"
    r"Agency|Centre|Center|Newspaper|Television|Radio|Museum|Zone|Park|Terminal|Shipyard|Steel|Motors|"
    r"Electric|Industries|Newport|Consulate|Embassy|Gate|Airlines?|Logistics)(?![\w-])")
STATUS_RANK = {"signed": 3, "established": 2, "planned": 1}
# Kinds of place below a province that sign ties of their own ("huyện Hương Sơn và huyện
# Khăm Cợt đã ký kết thỏa thuận kết nghĩa"). A tie joins peers: such a unit pairs with a
# city, a town, a district or a county, never with a province-level unit (UPPER_KINDS),
# which names where it lies or a tie of the province's ("Tuy Duc district, on the border
# with Mondulkiri province"). Other parts of a locality (a zone, a border gate, a park, an
# island, a ward) never sign.
LOCAL_KINDS = frozenset({"district", "town"})
UPPER_KINDS = frozenset({"province", "prefecture", "state", "region", "oblast", "department", "governorate",
                         "republic", "territory", "special region", "metropolis", "voivodship", "regional state",
                         "autonomous republic", "emirate"})
# How near before a signing verb a planning word must be to govern it ("will sign"), and
# how near after a word of a tie ("a twinning agreement with Kobe is planned").
GOVERN_CHARS = 30
PLAN_AFTER = 20


def _unmark(pattern: str) -> str:
    """A Vietnamese pattern without its marks: "ký kết" -> "ky ket", "đã" -> "da"."""
    plain = unicodedata.normalize("NFD", pattern.replace("đ", "d").replace("Đ", "D"))
    return unicodedata.normalize("NFC", "".join(ch for ch in plain if not unicodedata.combining(ch)))


def _unmarked(text: str, span: Span) -> bool:
    """A sentence of Vietnamese typed without its marks: plain ASCII, long enough to tell."""
    part = text[span.start:span.end]
    return part.isascii() and len(part.split()) >= 6


def _compile():
    out = {}
    for lang in ("en", "fr", "vi"):
        words = {k: p for k, p in KINDS[lang]}
        words.update({"sign": SIGNED[lang], "planned": PLANNED[lang], "with": WITH[lang], "event": EVENT[lang],
                      "between": BETWEEN[lang], "two": TWO_SIDES[lang]})
        spot_words = Spotter(words)
        marks = {"break": CLAUSE_BREAK[lang], "hard": HARD_BREAK[lang], "rel": RELATIVE[lang]}
        spot_marks = Spotter(marks, words=False)
        out[lang] = {
            "words": spot_words,
            # Read only in the few statements found, not over the whole article.
            "fields": Spotter(FIELDS[lang]),
            "conj": re.compile(rf"(?<!\w)(?:{AND[lang]})(?!\w)"),
            "marks": spot_marks,
            # The body is read once for the words, the marks and the references to localities.
            "body": Spotter.union(spot_words, spot_marks, refs_spotter(lang)),
            "inst_before": re.compile(rf"(?<!\w)(?:{INSTITUTION_BEFORE[lang]})\s*(?:l'|d')?\Z"),
            # What "sub_before" and "inst_before" start with: searching the stretch before a
            # mention for either costs several times more than finding that neither can
            # match there, as near every mention they cannot.
            "role_heads": Spotter({"sub": SUBPLACE_BEFORE[lang], "inst": INSTITUTION_BEFORE[lang],
                                   "district": DISTRICT_BEFORE[lang],
                                   **({"pronoun": PRONOUN_OF[lang]} if lang in PRONOUN_OF else {})}),
            "pronoun_before": re.compile(rf"(?<!\w)(?:{PRONOUN_OF.get(lang, '(?!x)x')})\s*\Z"),
            "district_before": re.compile(rf"(?<!\w)(?:{DISTRICT_BEFORE[lang]})\s*\Z"),
            "district_any": re.compile(rf"(?<!\w)(?:{DISTRICT_BEFORE[lang]})"),
            "sub_any": re.compile(rf"(?<!\w)(?:{SUBPLACE_BEFORE[lang]})"),
            "inst_after": re.compile(rf"[ -](?:{INSTITUTION_AFTER[lang]}|{SUBPLACE_AFTER[lang]})(?!\w)"),
            "sub_before": re.compile(rf"(?<!\w)(?:{SUBPLACE_BEFORE[lang]})\s*\Z"),
            "prior": re.compile(PRIOR[lang]),
            "first_time": re.compile(FIRST_TIME[lang]),
            "period": re.compile(PERIOD[lang]),
            "this": re.compile(THIS_ONE[lang]),
            "reported": re.compile(REPORTED_ON[lang]),
            "org": re.compile(rf"(?<!\w)(?:{ORG_NAMES[lang]}|{ORG_GROUPS[lang]})(?!\w)"),
            "org_before": re.compile(rf"(?<!\w)(?:{ORG_NAMES[lang]}|{ORG_GROUPS[lang]})(?:(?: [\w'-]+){{0,3}}"
                                     rf" (?:of|from|in|de|des|du|d'|của|ở|tại))?\s*\Z"),
            "apposition": re.compile(APPOSITION[lang]),
            "venue": re.compile(VENUE[lang]),
        }
        if lang == "vi":
            # Vietnamese typed without its marks ("Kien Giang va tinh Kampot ky ket Bien ban ghi
            # nho"): the same words, unmarked, read only in sentences written so (_Hits).
            out[lang]["plain_words"] = Spotter({name: _unmark(p) for name, p in words.items()})
            out[lang]["plain_marks"] = Spotter({name: _unmark(p) for name, p in marks.items()}, words=False)
    return out


# Every tie word, by kind; "sign" is a signing verb without a word of kind.
KIND_NAMES = frozenset(KIND_ORDER)
_TIE_NAMES = KIND_NAMES - {"sign"}
# What opens a clause of its own inside a list of names.
OPENS = KIND_NAMES | {"hard", "with", "planned"}


class _Hits:
    """The keyword hits of one document by name, for range queries."""

    def __init__(self, view: DocView, t: dict) -> None:
        self.by: dict[str, tuple[list[int], list[tuple[int, int]]]] = {}
        found = []
        names = t["words"].names | t["marks"].names
        for hits in view.body_hits(t["body"]):
            found += [h for h in hits if h[2] in names]
        if view.title is not None:
            found += t["words"].find(view.lower, view.title.start, view.title.end)
            found += t["marks"].find(view.lower, view.title.start, view.title.end)
        if "plain_words" in t:
            for sent in ([view.title] if view.title is not None else []) + view.ctx.sentences:
                if _unmarked(view.text, sent):
                    found += t["plain_words"].find(view.lower, sent.start, sent.end)
                    found += t["plain_marks"].find(view.lower, sent.start, sent.end)
            found = list(set(found))
        found.sort()
        self.all = found
        self.starts = [h[0] for h in found]
        self.lang = view.lang
        self.low = view.lower
        self.islands: dict[int, list[tuple[int, int]]] = {}  # relative clauses by sentence start
        self.fields: dict[tuple[int, int], tuple[str, ...]] = {}
        for s, e, name in found:
            starts, spans = self.by.setdefault(name, ([], []))
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
_DIGIT = re.compile(r"\d")
_TITLE_LAST = 1_000_000
_LOCAL_KEYS = "agreements.local_keys"  # DocView.memo: keys named as a district or a town
_LINE_OPENING = re.compile(r"[\s*_>#]*(?:date\s+\S+\s*)?[\s*_]*")
_DATELINE_TAIL = re.compile(r"[*_]*\s*(?:,\s*[^()\n]{2,40}?)?\s*\([A-Z][\w/ ]{1,12}\)[*_]*\s*[-–—]")
_DATELINE_DAY = re.compile(r"[\s*_]*[^\W\d][^,\n(]{1,40},\s*(?P<date>[^()\n]{3,30}?)\s*\([A-Z][\w/ ]{1,12}\)[*_]*\s*[-–—]")
_DASH_GAP = re.compile(r"\s*[-–—]\s*\Z")
# A comma between two names, with the article or kind word the second may take
# ("Lao Cai, le Yunnan et le Guangxi", "Lào Cai, tỉnh Hà Giang").
_COMMA_GAP = re.compile(r"\s*,\s*(?:(?:the|le|la|les|l'|tỉnh|thành phố|tinh|thanh pho)\s*)?")
_AND_GAP = {lang: re.compile(rf"\s*(?:,|{AND[lang]})\s*\Z") for lang in AND}
# What opens a bracket that says where the place before it lies: "(Yunnan)", "(in Japan's
# Oita prefecture", "(État de Washington", "(tỉnh Kampot", "(bang Oregon".
_PAREN_QUALIFIER = re.compile(
    r"\s*\((?:in |en |dans |tỉnh |thuộc (?:tỉnh |bang |châu |phủ )?|bang |châu |phủ |"
    r"(?:the )?(?:u\.s\. )?(?:state|province|prefecture|region|county|oblast) of |"
    r"(?:état|etat|province|préfecture|prefecture|région|region|comté|département|departement|land|oblast)"
    r" (?:de |du |d'|d’)(?:l'|l’|la )?)?\Z", re.I)
_COMMA_ONLY = re.compile(r"[ \u00a0]*,[ \u00a0]*")
_LIST_GOES_ON = {lang: re.compile(rf"\s*(?:,\s*(?:(?:{AND[lang]})\s+)?|(?:{AND[lang]})\s+)(?:the |la |le |l'|tỉnh |thành phố )?")
                 for lang in AND}
_UNIT_WORD = re.compile(r"\b(?:province|prefecture|oblast|region|state|city|municipality|county|district|"
                        r"special region|autonomous region|capital|krai|department)\b")
_PARTY_ROLES = ("party", "local")
_COMMA = re.compile(",")
_ONE_WORD = re.compile(r"\s*(?:[\w'’-]+\s+)?")
# A bracket, or a phrase set off by commas, after an item of a list (_past_asides).
_ASIDE = re.compile(r"\s*(?:\([^()\n]{0,80}\)|,[^,;:()\n]{1,60}(?=,))")


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
    inferred: bool = False  # the date is the event's, not one the statement gives


@dataclass(slots=True)
class _Sentence:
    span: Span
    parties: list[Mention]           # mentions that can be parties, in order
    venues: set[int]                 # starts of parties that only say where something happens
    refs: list[Ref]                  # references to the home locality
    kinds: list[tuple[int, int, str]]
    dates: list[DateMatch] = field(default_factory=list)
    others: list[Mention] = field(default_factory=list)  # places inside organisations' names, parts of places
    prev: Span | None = None         # the sentence before (none for the headline)
    title: bool = False


class _Seen:
    """Foreign localities named before a point, for "the two sides" without a name nearby:
    the one the headline names, else the one named most often, the first named on a tie.
    Venues, places inside names of organisations, districts and places that only say where
    another lies are not counted. Read only when asked: most articles never ask."""

    def __init__(self, view: DocView, t: dict, roles: dict[int, str]) -> None:
        self.view, self.t, self.roles = view, t, roles
        self.tally: Tally | None = None
        self.headline: str | None | bool = False  # not read yet

    def best(self, pos: int) -> str | None:
        """The foreign locality the headline names, when it names one ("Hội đàm giữa tỉnh Lai
        Châu và châu Hồng Hà (Vân Nam, Trung Quốc)": the sides of the talks), else the one
        named most before ``pos``."""
        counts = self._tally().counts_before(pos)
        headline = self._headline()
        if headline is not None and counts.get(headline):
            return headline
        return self._tally().best(pos)

    def _headline(self) -> str | None:
        if self.headline is False:
            view, title = self.view, self.view.title
            self.headline = None
            if title is not None:
                parties, venues, _ = _parties(view, self.t, title, self.roles)
                keys = {m.place_key for m in parties if m.start not in venues and not _local(view, m.place_key)
                        and view.country(m.place_key) not in (view.home_country, None)}
                self.headline = keys.pop() if len(keys) == 1 else None
        return self.headline

    def _tally(self) -> Tally:
        if self.tally is None:
            view, t = self.view, self.t
            ms = view.mentions
            # A unit that only says where the place before it lies is not named as a party
            # ("l'entretien avec Honghe, tỉnh Vân Nam").
            self.tally = Tally([(m.start, m.place_key) for i, m in enumerate(ms)
                                if view.country(m.place_key) != view.home_country
                                and _role(view, t, m, self.roles) == "party"
                                and not t["venue"].search(view.lower, max(0, m.start - 45), m.start)
                                and not _dateline(view, m)
                                and not _locator(view, t, ms[i - 1] if i else None, m,
                                                 ms[i + 1] if i + 1 < len(ms) else None)])
        return self.tally


def extract_agreements(ctx: DocContext) -> list[Agreement]:
    view = DocView.of(ctx)
    if not _ties_possible(view):
        return []
    t = _TABLES[view.lang]
    k = _Hits(view, t)
    statements: list[_Statement] = []
    roles: dict[int, str] = {}
    seen = _Seen(view, t, roles)
    spans = [(view.title, True)] if view.title is not None else []
    spans += [(sent, False) for sent in ctx.sentences]
    prev: Span | None = None
    for sent, is_title in spans:
        kinds = [h for h in k.all[bisect_left(k.starts, sent.start):bisect_left(k.starts, sent.end)]
                 if h[2] in KIND_NAMES]
        if kinds:
            parties, venues, others = _parties(view, t, sent, roles)
            refs = view.home_refs(sent.start, sent.end)
            # Wire copy gives each sentence a paragraph: "Kết thúc hội đàm, hai bên đã ký" follows
            # the talks a line break before.
            s = _Sentence(sent, parties, venues, refs, kinds, others=others, title=is_title, prev=prev)
            if parties or refs or k.any("two", sent.start, sent.end) or _partner_ref(view, t, k, sent):
                if _names_foreign(view, s) or k.any("two", sent.start, sent.end) or _partner_ref(view, t, k, sent):
                    s.dates = [d for d in view.dates_in(sent.start, sent.end) if d.marker != "bare"
                               and not _in_dateline(view, d.start)]
                    pairs = _pairs(view, t, k, s, seen)
                else:
                    pairs = []  # no locality of another country: no tie (see _names_foreign)
            else:
                pairs = _orphan(view, t, k, s)
            for pair in pairs:
                st = _statement(view, k, s, pair)
                # Of two statements as strong, the body's sentence is the better evidence.
                st.order = len(statements) + (_TITLE_LAST if is_title else 0)
                statements.append(st)
        if not is_title:
            prev = sent
    return _merge(view, statements)


def _ties_possible(view: DocView) -> bool:
    """Whether the article's places can make a tie: every party is one of them, and a tie
    joins two countries, one of them the home locality's (``_international``)."""
    countries = {place.country for place in view.ctx.places.values()} - {None}
    return view.home_country in countries and len(countries) >= 2


def _partner_ref(view: DocView, t: dict, k: _Hits, sent: Span) -> bool:
    """"The partner province", "la ville partenaire", "tỉnh bạn" in the sentence, or a
    locality named before taken up again after "with" ("avec cette collectivité")."""
    return any(r.kind == "partner" for r in view.refs(sent.start, sent.end)) or any(
        t["this"].match(view.lower, w_end, sent.end) for _, w_end, _ in k.get("with", sent.start, sent.end))


def _names_foreign(view: DocView, s: _Sentence) -> bool:
    """Whether the sentence names a locality of another country than the home's, as a party
    or through a reference. Without one, and without "the two sides" or "the partner
    province" (which stand for one), every pair _pairs could read is of localities of one
    country, or of unknown ones, and _international drops it."""
    home = view.ctx.home
    keys = [m.place_key for m in s.parties] + [r.key or home for r in s.refs] + [home]
    return any(view.country(key) not in (view.home_country, None) for key in keys)


def _role(view: DocView, t: dict, m: Mention, roles: dict[int, str]) -> str:
    """"party" for a mention that can be a party; "local" for a district or a town, a
    party only to a tie with its peers (LOCAL_KINDS); "org" for a place inside an
    organisation's name ("l'Université de Hué", "Saigon Newport Corporation", "KOTRA
    Busan"); "part" for another part of a locality (a zone, border gate, park, island)."""
    role = roles.get(m.start)
    if role is not None:
        return role
    low = view.lower
    lo = max(0, m.start - 45)
    near = t["role_heads"].heads_in(low, lo, m.start)
    pronoun = t["pronoun_before"].search(low, lo, m.start) if "pronoun" in near else None
    if pronoun:
        role = _pronoun_role(view, t, pronoun.start())
        if role == "local":
            view.memo.setdefault(_LOCAL_KEYS, set()).add(m.place_key)
    elif "sub" in near and t["sub_before"].search(low, lo, m.start):
        role = "part"
    elif ("inst" in near and t["inst_before"].search(low, lo, m.start)) or t["inst_after"].match(low, m.end) or \
            (_ORG_RUN.match(view.text, m.end) and not _title_case(view, m.start)):
        role = "org"
    elif view.kind(m.place_key) in LOCAL_KINDS:
        role = "local"
    elif "district" in near and t["district_before"].search(low, lo, m.start):
        role = "local"
        view.memo.setdefault(_LOCAL_KEYS, set()).add(m.place_key)
    elif view.is_subplace(m.place_key):
        role = "part"
    else:
        role = "party"
    roles[m.start] = role
    return role


def _pronoun_role(view: DocView, t: dict, pos: int) -> str:
    """The role of a place after "celle de", "that of" at ``pos``: that of the noun it
    stands for, the last noun of an organisation, of a part of a locality or of a district
    before it ("l'Université de Ha Long et celle d'Asahikawa": a university; "la ville de
    Móng Cái et celle de Dongxing": a locality)."""
    lo = max(0, pos - 80)
    last = (-1, "party")
    for role, rx in (("org", t["org"]), ("part", t["sub_any"]), ("local", t["district_any"])):
        for found in rx.finditer(view.lower, lo, pos):
            last = max(last, (found.start(), role))
    return last[1]


def _local(view: DocView, key: str | None) -> bool:
    """A district or a town: of such a kind, or named after a word that says so."""
    return view.kind(key) in LOCAL_KINDS or key in view.memo.get(_LOCAL_KEYS, ())


def _can_tie(view: DocView, a: str | None, b: str | None) -> bool:
    """Two localities that can be the parties of a tie: of different countries, one of
    them the home locality's (_international), and peers: a district or a town does not
    pair with a province-level unit."""
    if not _international(view, a, b):
        return False
    return not (_local(view, a) and _upper(view, b) or _local(view, b) and _upper(view, a))


def _upper(view: DocView, key: str | None) -> bool:
    """A province-level unit: a province, a state, a prefecture..., or a city of the home
    country that belongs to no province (Hanoi, Da Nang, Can Tho are run by the centre)."""
    if view.kind(key) in UPPER_KINDS:
        return True
    place = view.ctx.places.get(key) if key else None
    return place is not None and place.kind == "city" and not place.admin and place.country == view.home_country


def _parties(view: DocView, t: dict, sent: Span, roles: dict[int, str]) -> tuple[list[Mention], set[int], list[Mention]]:
    """Mentions that can be parties, which of them are venues, and the others. Left out:
    places inside an institution's name (and the places coordinated after one: "the
    chambers of commerce of X and Y"), parts of localities (and the place dashed to one:
    "the Lao Bao - Densavan border gate"), and places that only say where the previous
    one is ("Kunming (Yunnan)", "Omura, dans la préfecture de Nagasaki")."""
    out: list[Mention] = []
    others: list[Mention] = []
    venues: set[int] = set()
    low = view.lower
    mentions = view.mentions_in(sent.start, sent.end)
    kinds = [_role(view, t, m, roles) for m in mentions]
    for i in range(1, len(mentions)):
        a, b = mentions[i - 1], mentions[i]
        if a.end > b.start:
            continue
        gap = view.text[a.end:b.start]
        # "the X - Y border gate": the pair shares the name after it.
        if kinds[i] in ("part", "org") and kinds[i - 1] in _PARTY_ROLES and _DASH_GAP.match(gap) and gap.strip():
            kinds[i - 1] = kinds[i]
        # "the chambers of commerce of X and Y", "businesses from X and Y".
        if kinds[i - 1] == "org" and kinds[i] in _PARTY_ROLES and t["inst_before"].search(
                low, max(sent.start, a.start - 45), a.start) and _AND_GAP[view.lang].match(low, a.end, b.start):
            kinds[i] = "org"
    prev: Mention | None = None
    for i, (m, role) in enumerate(zip(mentions, kinds)):
        if _locator(view, t, prev, m, mentions[i + 1] if i + 1 < len(mentions) else None):
            prev = m
            continue
        prev = m
        if role not in _PARTY_ROLES:
            others.append(m)
            continue
        # "in Moscow and Kaluga oblasts": a place joined to a venue is one too.
        if t["venue"].search(low, max(sent.start, m.start - 45), m.start) or _dateline(view, m) or \
                (out and out[-1].start in venues and out[-1].end <= m.start
                 and _AND_GAP[view.lang].match(low, out[-1].end, m.start)):
            venues.add(m.start)
        out.append(m)
    return out, venues, others


def _locator(view: DocView, t: dict, prev: Mention | None, m: Mention, nxt: Mention | None) -> bool:
    """Whether ``m`` only says where ``prev`` lies: a unit of the same country in brackets
    ("Kunming (Yunnan)", "Seattle (État de Washington)", "huyện Kampong Trach (tỉnh
    Kampot)"), after "in"/"dans"/"thuộc" ("Riverside in the U.S. state of California",
    "Omura, dans la préfecture de Nagasaki", "huyện Kim Bình thuộc châu Hồng Hà"), or a
    province-level unit after a bare comma ("Westminster, California, home to ...") when
    the gazetteer places the city there, or, where it does not say, when no list of
    names goes on after it ("Kunming, Yunnan, Guangxi and Shandong" is a list)."""
    if prev is None or prev.end > m.start or view.country(prev.place_key) != view.country(m.place_key):
        return False
    if _PAREN_QUALIFIER.fullmatch(view.text, prev.end, m.start) or t["apposition"].match(view.lower, prev.end, m.start):
        return True
    if not _COMMA_ONLY.fullmatch(view.text, prev.end, m.start) or view.kind(m.place_key) not in UPPER_KINDS or \
            view.kind(prev.place_key) in UPPER_KINDS:
        return False
    place = view.ctx.places.get(prev.place_key)
    if place is not None and place.admin:
        unit = view.ctx.places.get(m.place_key)
        return view.owner(prev.place_key) == m.place_key or (
            unit is not None and _bare_unit(unit.name) == _bare_unit(place.admin))
    return nxt is None or not _LIST_GOES_ON[view.lang].fullmatch(view.lower, m.end, nxt.start)


def _bare_unit(name: str) -> str:
    """A unit's name without the word of its kind ("Oita Prefecture", "Kampot Province")."""
    return " ".join(_UNIT_WORD.sub(" ", fold_keep(name).replace("-", " ")).split())


def _title_case(view: DocView, pos: int) -> bool:
    """A headline In Title Case, where a capital says nothing of a name."""
    title = view.title
    if title is None or not title.start <= pos < title.end:
        return False
    words = [w for w in view.text[title.start:title.end].split() if w[:1].isalpha()]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) * 4 >= len(words) * 3


def _dateline(view: DocView, m: Mention) -> bool:
    """The place of a wire dateline ("Moscou (VNA) -", "Quang Ninh, 17 novembre (VNA) -")
    says where the article was written."""
    # A dateline opens its line: look no further back than a line opening can be long.
    line_start = view.text.rfind("\n", max(0, m.start - 40), m.start) + 1
    if line_start == 0 and m.start > 40:
        return False
    return _LINE_OPENING.fullmatch(view.text, line_start, m.start) is not None and \
        _DATELINE_TAIL.match(view.text, m.end) is not None


def _org_acts(view: DocView, t: dict, s: _Sentence, start: int, pos: int) -> bool:
    """Organisations act in [start, pos) and no locality does: "Les entreprises des
    deux villes ont signé", "Vietnamese and Korean enterprises signed", "The Dinh Vu
    Industrial Zone signed an MoU with"."""
    if any(start <= m.start < pos and m.start not in s.venues for m in s.parties) or \
            any(start <= r.start < pos for r in s.refs):
        return False
    return any(start <= m.start < pos for m in s.others) or t["org"].search(view.lower, start, pos) is not None


def _orphan(view: DocView, t: dict, k: "_Hits", s: _Sentence) -> list[_Pair]:
    """A signing that names no party ("A memorandum of understanding was signed on this
    occasion") is between the localities of the sentence before when that sentence names
    one foreign locality (not as a venue)."""
    a, b = s.span.start, s.span.end
    # "On this occasion, an MoU was signed": one document at the event, not "60 accords
    # signed so far between Vietnamese and Russian localities".
    if s.prev is None or not k.any("sign", a, b) or not k.any("event", a, b) or k.any("between", a, b) or \
            s.others or _DIGIT.search(view.lower, a, b) or t["org"].search(view.lower, a, b):
        return []
    parties, venues, _ = _parties(view, t, s.prev, {})
    foreign = {m.place_key for m in parties if m.start not in venues and view.country(m.place_key) != view.home_country
               and not _local(view, m.place_key)}
    if len(foreign) != 1:
        return []
    partner = foreign.pop()
    prev = _Sentence(s.prev, parties, venues, view.home_refs(s.prev.start, s.prev.end), [])
    side, implied = _home_side(view, prev)
    if not _can_tie(view, side, partner):
        return []
    return [_Pair(side, partner, s.span.start, s.span.end, s.span.start, implied)]


def _pairs(view: DocView, t: dict, k: _Hits, s: _Sentence, seen: _Seen) -> list[_Pair]:
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
            partners = _partner_phrase(view, t, s, w_start, w_end)
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
        if implied and _org_acts(view, t, s, cs, w_start):
            continue
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
                tie_after = any(group[-1].end <= ks < ce for ks, _, _ in s.kinds)
                # A district or a town is a party as the subject of the tie ("Huyện X và huyện Y
                # đã ký"), not where a tie named before is carried out ("..., tập trung vào các
                # huyện biên giới X và Y").
                new = [_Pair(x.place_key, y.place_key, cs, ce, y.start)
                       for i, x in enumerate(group) for y in group[i + 1:]
                       if tie_after or not (_local(view, x.place_key) or _local(view, y.place_key))]
                found += new
                # "Sakai and Busan are sister cities": a tie between the names themselves.
                if tie_after and not any(_international(view, p.a, p.b) for p in new):
                    subjects_only_foreign = True
        group = [m] if m is not None else []

    # the two sides / les deux parties / hai bên
    for t_start, _, _ in k.get("two", sent.start, sent.end):
        # "les entreprises des deux villes", "doanh nghiệp của hai thành phố": organisations of
        # both sides signed, whatever else the sentence says of the two sides.
        if t["org_before"].search(view.lower, max(sent.start, t_start - 45), t_start):
            break
        pair = _two_sides(view, s, t_start, seen)
        if pair:
            found.append(pair)
            break

    valid = [p for p in found if _can_tie(view, p.a, p.b)]
    if valid or subjects_only_foreign:
        return valid
    return _last_resort(view, t, k, s)


def _partner_phrase(view: DocView, t: dict, s: _Sentence, w_start: int, w_end: int) -> list[Mention]:
    """The partner after "with" named by a phrase: "với tỉnh bạn", "with the partner
    province" stand for the foreign locality the article names most; "avec cette
    collectivité", "with this region", "với tỉnh này" for the last foreign locality named
    before, in the sentence or the one before it."""
    sent = s.span
    ref = next((r for r in view.refs(w_end, min(sent.end, w_end + 12)) if r.kind == "partner"), None)
    if ref is not None:
        partner = view.partner_locality(ref.start)
        return [Mention(ref.start, ref.end, partner)] if partner else []
    this = t["this"].match(view.lower, w_end, sent.end)
    if this is None:
        return []
    def foreign(parties: list[Mention], venues: set[int], end: int) -> list[Mention]:
        return [m for m in parties if m.end <= end and m.start not in venues and not _local(view, m.place_key)
                and view.country(m.place_key) not in (view.home_country, None)]


    named = foreign(s.parties, s.venues, w_start)
    if not named and s.prev is not None:
        parties, venues, _ = _parties(view, t, s.prev, {})
        named = foreign(parties, venues, s.prev.end)
    return [Mention(this.start(), this.end(), named[-1].place_key)] if named else []


def _international(view: DocView, a: str | None, b: str | None) -> bool:
    """Two localities of different countries, one of them in the home locality's
    country: the ties of Vietnam's localities, not ties between two foreign ones."""
    ca, cb = view.country(a), view.country(b)
    return bool(a and b and a != b and ca and cb and ca != cb and view.home_country in (ca, cb))


def _last_resort(view: DocView, t: dict, k: _Hits, s: _Sentence) -> list[_Pair]:
    """A tie sentence in none of the shapes above that names foreign localities in one
    list ("The tie with San Francisco...", "Among these partners are San Francisco
    (1995), Busan and Saint Petersburg"): each is tied to the home side."""
    ties = [(ks, ke) for ks, ke, kind in s.kinds if kind not in ("relation", "sign")]
    foreign = [m for m in s.parties if view.country(m.place_key) != view.home_country and m.start not in s.venues
               and not _local(view, m.place_key)]
    # The tie word must stand near the name, in its clause: a passing "economic cooperation"
    # at the far end of a sentence about Osaka's firms does not tie Osaka to anyone, nor
    # does "the Port of Oakland ... signed a memorandum, and Oakland's Department agreed".
    near = [m for m in foreign if any(max(ks - m.end, m.start - ke) <= LAST_RESORT_REACH
                                      and _in_clause(k, m.start, ks) for ks, ke in ties)]
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
    if implied and _org_acts(view, t, s, cs, foreign[0].start):
        return []
    span = s.span
    return [_Pair(side, m.place_key, span.start, span.end, m.start, implied) for m in listed
            if _can_tie(view, side, m.place_key)]


def _home_side(view: DocView, s: _Sentence, before: int | None = None) -> tuple[str | None, bool]:
    """The Vietnamese side when the shape does not say: the one named (not as a venue),
    else the home locality, assumed."""
    home = view.ctx.home
    own = list(dict.fromkeys(m.place_key for m in s.parties
                             if view.country(m.place_key) == view.home_country and m.start not in s.venues
                             and (before is None or m.start < before) and not _local(view, m.place_key)))
    if home in own:
        return home, False
    if len(own) == 1:
        return own[0], False
    return home, True


def _list_after(k: _Hits, s: _Sentence, start: int, exclude: str | None = None) -> list[Mention]:
    """The localities listed after ``start`` ("with", "and"): they run on while the text
    between two of them holds no clause of its own (a tie word, a verb of signing or
    planning, another "with", a semicolon, a relative pronoun). What is said of an item
    in brackets or between commas ("dont Seattle (État de Washington), sa ville jumelle
    de longue date, et Vladivostok") is no clause of its own."""
    out: list[Mention] = []
    pos = start
    for m in s.parties:
        if m.start < start or m.place_key == exclude:
            continue
        if out:
            pos = _past_asides(k, s, pos, m.start)
        if m.start - pos > (LIST_GAP if out else FIRST_GAP) or m.start in s.venues:
            break
        if out and k.any(OPENS, pos, m.start):
            break
        if not out and (k.any("hard", pos, m.start) or k.any("with", pos, m.start) or k.any("break", pos, m.start)):
            break
        out.append(m)
        pos = m.end
    return out


def _past_asides(k: _Hits, s: _Sentence, pos: int, end: int) -> int:
    """Where the text after list item ending at ``pos`` goes on past what describes the
    item: a bracket, or a phrase between commas, that names no locality and holds no
    verb of signing or planning, no "with" and no relative pronoun ("Seattle (État de
    Washington, États-Unis), sa ville jumelle de longue date, et ...", "Kobe, a port city
    of 1.5 million people, and ...")."""
    while True:
        a = _ASIDE.match(k.low, pos, end)
        if a is None or any(a.start() <= m.start < a.end() for m in s.parties) or \
                k.any(("sign", "planned", "with", "hard"), a.start(), a.end()):
            return pos
        pos = a.end()


def _coordinated(low: str, k: _Hits, a: int, b: int) -> bool:
    """Two names joined as one subject: ", ", "and", or "and" with a description of the
    second ("Nghe An and the neighbouring Lao province of Xiengkhouang", "Quang Ninh,
    Nguyen Xuan Ky, et le gouverneur de la préfecture japonaise de Hokkaido")."""
    if b - a > COORD_GAP or _DIGIT.search(low, a, b):
        return False
    if _COMMA_GAP.fullmatch(low, a, b):
        return True
    return _TABLES[k.lang]["conj"].search(low, a, b) is not None and not k.any(OPENS, a, b)


def _clause(k: _Hits, sent: Span, pos: int) -> tuple[int, int]:
    return _scope(k, sent, pos, pos)


def _in_clause(k: _Hits, a: int, b: int) -> bool:
    """No new main clause opens between offsets a and b (", and", ";", "while"): a
    relative clause says more of what stands before it."""
    lo, hi = min(a, b), max(a, b)
    rel = {h[0] for h in k.get("rel", lo, hi)}
    return all(h[0] in rel for h in k.get("break", lo, hi))


def _scope(k: _Hits, sent: Span, anchor: int, list_end: int) -> tuple[int, int]:
    """From the start of the anchor's clause to the end of the clause the list ends in. A
    relative clause after the list, closed before the verb, does not end it ("Trung Khanh
    and Jingxi, which share a border, intend to sign ...")."""
    start, end = sent.start, sent.end
    islands = dict(_islands(k, sent))
    past = -1
    for b_start, b_end, _ in k.get("break", sent.start, sent.end):
        if b_start < past:
            continue
        if b_end <= anchor:
            start = b_end
        elif b_start >= list_end:
            if b_start in islands:
                past = islands[b_start]
                continue
            end = b_start
            break
    return start, end


def _first_party(view: DocView, s: _Sentence, start: int, end: int) -> tuple[str, int, bool] | None:
    cands = [(m.start, m.place_key, m.end, False) for m in s.parties if start <= m.start < end]
    cands += [(r.start, r.key or view.ctx.home, r.end, True) for r in s.refs if start <= r.start < end]
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
    # A district named before "with" is the subject only of a tie with its peers.
    before = [m for m in before if not _local(view, m.place_key)
              or any(_can_tie(view, m.place_key, p.place_key) for p in partners)]
    if any(m.place_key == home for m in before):
        return home, False
    if any(r.end <= pos for r in s.refs):
        return home, True
    if before:
        return before[-1].place_key, False
    return home, True


def _two_sides(view: DocView, s: _Sentence, pos: int, seen: _Seen) -> _Pair | None:
    """"Les deux parties ont signé...": the foreign side is the first foreign locality
    named before the phrase in the sentence, else the foreign locality the article has
    named most so far, else one named after it; the other side as _home_side says."""
    home_country = view.home_country
    foreign = [m for m in s.parties if view.country(m.place_key) != home_country and m.start not in s.venues
               and not _local(view, m.place_key)]
    before = [m for m in foreign if m.start < pos]
    best = seen.best(pos) if not before else None
    # Where the talks were held is no party; the province it lies in may be.
    venue = [view.owner(m.place_key) for m in s.parties if m.start in s.venues
             and view.country(m.place_key) != home_country and view.owner(m.place_key)]
    if before:
        partner, ppos = before[0].place_key, before[0].start
    elif best:
        partner, ppos = best, pos
    elif foreign:
        partner, ppos = foreign[0].place_key, foreign[0].start
    elif venue:
        partner, ppos = venue[0], pos
    else:
        return None
    side, implied = _home_side(view, s)
    if implied and s.prev is not None:
        # "Leaders of Lao Cai and Yunnan met on Tuesday. The two sides signed ...": the
        # sides are those the sentence before names, not the home locality assumed (which
        # may be no more than the dateline's place, "HANOI (VNA) -").
        parties, venues, _ = _parties(view, _TABLES[view.lang], s.prev, {})
        prev = _Sentence(s.prev, parties, venues, view.home_refs(s.prev.start, s.prev.end), [])
        named, assumed = _home_side(view, prev)
        if not assumed:
            side = named  # still counted as assumed: a side another statement names wins (_merge)
    if side is None:
        return None
    return _Pair(side, partner, s.span.start, s.span.end, ppos, implied)


def _statement(view: DocView, k: _Hits, s: _Sentence, p: _Pair) -> _Statement:
    frame = _frame(k, s, p)
    status = _status(k, frame)
    date = _date(view, k, s, p, status, frame)
    inferred = False
    if date is None and status == "signed" and _at_the_event(view, k, s, frame):
        date, inferred = _event_date(view, s), True
    return _Statement(p.a, p.b, s.span, _kind(s, p.start, p.end), status, date, _fields(view, k, p.start, p.end),
                      p.implied, inferred=inferred)


@dataclass(frozen=True, slots=True)
class _Frame:
    """Where a statement's verbs and dates are read: [start, end) less its holes."""
    start: int
    end: int
    holes: tuple[tuple[int, int], ...] = ()

    def get(self, k: _Hits, name: str) -> list[tuple[int, int, str]]:
        return [h for h in k.get(name, self.start, self.end) if not any(a <= h[0] < b for a, b in self.holes)]

    def holds(self, pos: int) -> bool:
        return self.start <= pos < self.end and not any(a <= pos < b for a, b in self.holes)


def _frame(k: _Hits, s: _Sentence, p: _Pair) -> _Frame:
    """A relative clause closed before the main verb states its own tie: a partner named
    in it takes its verb and date ("Dien Bien, qui entretient des relations avec Phongsaly
    dans le cadre d'un accord signé en 2019, envisage de signer un accord avec Oudomxay":
    signed in 2019), and a partner named outside takes none of them (Oudomxay: planned)."""
    islands = _islands(k, s.span)
    for a, b in islands:
        if a <= p.partner_pos < b:
            return _Frame(max(p.start, a), min(p.end, b))
    return _Frame(p.start, p.end, tuple((a, b) for a, b in islands if a < p.end and p.start < b))


def _islands(k: _Hits, sent: Span) -> list[tuple[int, int]]:
    """The relative clauses of the sentence that a comma closes before a verb of signing
    or planning: the main clause goes on there ("Hue and Blois, which established ties in
    1997, signed a new agreement in 2023")."""
    got = k.islands.get(sent.start)
    if got is None:
        got = []
        for r_start, r_end, _ in k.get("rel", sent.start, sent.end):
            for c in _COMMA.finditer(k.low, r_end, sent.end):
                # The verb, or a word and the verb: ", envisage de", ", now plans to".
                verb_at = _ONE_WORD.match(k.low, c.end()).end() + 1
                if k.any(("sign", "planned"), c.end(), verb_at):
                    got.append((r_start, c.start()))
                    break
        k.islands[sent.start] = got
    return got


def _fields(view: DocView, k: _Hits, ss: int, se: int) -> tuple[str, ...]:
    got = k.fields.get((ss, se))
    if got is None:
        got = k.fields[(ss, se)] = tuple(sorted({name for _, _, name in _TABLES[k.lang]["fields"].find(view.lower, ss, se)}))
    return got


def _kind(s: _Sentence, ss: int, se: int) -> str:
    inside = [k for ks, ke, k in s.kinds if ss <= ks < se] or [k for _, _, k in s.kinds]
    best = min(inside, key=lambda k: KIND_ORDER.get(k, 9))
    return {"relation": RELATION_KIND, "sign": SIGN_KIND}.get(best, best)


def _status(k: _Hits, frame: _Frame) -> str:
    signs = frame.get(k, "sign")
    plans = frame.get(k, "planned")
    if signs:
        governed = all(any(0 <= sg[0] - p[1] <= GOVERN_CHARS for p in plans) for sg in signs)
        return "planned" if governed else "signed"
    # A plan is of the tie when it comes before a word of the tie ("hopes to establish
    # ties", "sẽ thiết lập quan hệ") or right after one ("an agreement with Kobe is planned"),
    # not when it ends a sentence about a tie of long standing ("Since Busan and HCMC became
    # sister cities in 1995, our friendship has grown ..., adding that Busan hoped to learn").
    ties = [h for name in _TIE_NAMES for h in frame.get(k, name)]
    if any(p[0] < h[0] or p[0] - h[1] <= PLAN_AFTER for p in plans for h in ties) or (plans and not ties):
        return "planned"
    return "established"


def _date(view: DocView, k: _Hits, s: _Sentence, p: _Pair, status: str, frame: _Frame) -> str | None:
    # "Kawasaki (2012), Sakai (in 2013)": a year in brackets right after the partner is its own.
    for m in s.parties:
        if m.start == p.partner_pos:
            py = _PAREN_YEAR.match(view.text, m.end)
            if py:
                return py.group(1)
    t = _TABLES[view.lang]
    first, reported, period = t["first_time"], t["reported"], t["period"]
    inside = [d for d in s.dates if frame.holds(d.start) and d.marker in ("date", "in", "paren", "since")
              and not (d.marker == "paren" and _right_after_party(view, s, d.start))
              # "renewed on Tuesday their agreement, first signed in 2013": the renewal's date.
              and not first.search(view.lower, max(s.span.start, d.start - 30), d.start)
              # "..., the department said on March 5": the day someone spoke.
              and not reported.search(view.lower, max(s.span.start, d.start - 30), d.start)
              # "biên bản thỏa thuận hợp tác năm 2025": the period the document covers; not a
              # year before the article's ("ký kết thỏa thuận hợp tác năm 2019" in 2024: signed then).
              and not (period.search(view.lower, max(s.span.start, d.start - 60), d.start)
                       and not _before_article(view, d))]
    if not inside:
        return None
    if len(inside) > 1 and status == "signed":
        # "Established in 1997, the two cities signed a new agreement in 2023": the signing's date.
        signs = [h[0] for h in frame.get(k, "sign")]
        if signs:
            # "... signed a new agreement in 2023" / "En 2013, Hanoï et Tokyo ont signé": the
            # first date after the verb, else the nearest before it.
            after = [d for d in inside if d.start > signs[0]]
            if after:
                return after[0].value
            return max(inside, key=lambda d: d.start).value
    return max(inside, key=lambda d: (d.precision, -d.start)).value


def _before_article(view: DocView, d: DateMatch) -> bool:
    """A date of a year before the article's own (unknown: not before)."""
    published = view.ctx.published or _dateline_day(view) or ""
    return published[:4].isdigit() and d.value[:4] < published[:4]


def _at_the_event(view: DocView, k: _Hits, s: _Sentence, frame: _Frame) -> bool:
    """A signing the article reports as its event: stated in the headline, or with a word
    of the occasion ("on Thursday", "à cette occasion", "Nhân dịp này") that is not the
    day someone spoke ("officials said on Tuesday"), and not told as done before ("three
    months after signing", "các cam kết mà tỉnh đã ký")."""
    low = view.lower
    t = _TABLES[view.lang]
    signs = frame.get(k, "sign")
    if not signs or any(t["prior"].search(low, max(s.span.start, sg[0] - 40), sg[0]) for sg in signs):
        return False
    if s.title:
        return True
    # "HANOI, March 4 (VNA) - Quang Ninh and Hiroshima signed ...": the lead the dateline opens.
    if _in_dateline(view, s.span.start):
        return True
    if any(not t["reported"].search(low, max(s.span.start, e0 - 30), e0)
           for e0, _, _ in k.get("event", s.span.start, s.span.end)):
        return True
    # "Ngày 15/11, ... đã hội đàm với lãnh đạo Quảng Tây. Hai bên đã ký...": the meeting
    # the sentence before dates.
    return s.prev is not None and any(d.marker == "date" and d.precision == 10
                                      for d in view.dates_in(s.prev.start, s.prev.end))


def _event_date(view: DocView, s: _Sentence) -> str | None:
    """A signing at the event the article reports: the day the paragraph's previous
    sentence gives ("On March 5, the delegation met... On this occasion, they signed"),
    else the article's own date (the dateline's day when it gives one)."""
    if s.prev is not None:
        days = [d for d in view.dates_in(s.prev.start, s.prev.end) if d.marker == "date" and d.precision == 10]
        if days:
            return days[-1].value
    return _dateline_day(view) or view.ctx.published


def _in_dateline(view: DocView, pos: int) -> bool:
    """Whether ``pos`` lies in the wire dateline ("Hà Nội, ngày 5/3/2024 (TTXVN) -"): the
    day the article was written, which dates no statement of the sentence it opens (a
    signing at the event takes it as the event's, _event_date)."""
    if "dateline_span" not in view.memo:
        sentences = view.ctx.sentences
        m = _DATELINE_DAY.match(view.text, sentences[0].start, sentences[0].end) if sentences else None
        view.memo["dateline_span"] = (m.start(), m.end()) if m else (0, 0)
    start, end = view.memo["dateline_span"]
    return start <= pos < end


def _dateline_day(view: DocView) -> str | None:
    """The day a wire dateline gives ("Hanoï, 21 septembre (VNA) –"), when it agrees with
    the article's date."""
    if "dateline" not in view.memo:
        day = None
        sentences = view.ctx.sentences
        m = _DATELINE_DAY.match(view.text, sentences[0].start, sentences[0].end) if sentences else None
        if m:
            days = [d for d in view.dates_in(m.start("date"), m.end("date")) if d.precision == 10]
            published = view.ctx.published or ""
            if days and days[0].value.startswith(published[:7]):
                day = days[0].value
        view.memo["dateline"] = day
    return view.memo["dateline"]


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
        # A date the statement gives beats one taken from the article's event.
        ranked = sorted(sts, key=lambda st: (-STATUS_RANK[st.status], not st.date or st.inferred,
                                             -(len(st.date) if st.date else 0), KIND_ORDER.get(st.kind, 9), st.order))
        top = ranked[0]
        date = top.date
        if date is None:
            dated = [st for st in ranked if st.date and st.status == top.status]
            date = max(dated, key=lambda st: (not st.inferred, len(st.date))).date if dated else None
        more = list(dict.fromkeys(st.evidence for st in sorted(sts, key=lambda st: st.order)
                                  if st.evidence != top.evidence))
        fields = tuple(sorted({f for st in sts for f in st.fields}))
        out.append((min(st.evidence.start for st in sts),
                    Agreement(parties=(a, b), kind=top.kind, status=top.status, evidence=top.evidence,
                              date=date, fields=fields, more_evidence=tuple(more))))
    out.sort(key=lambda x: x[0])
    return [ag for _, ag in out]
