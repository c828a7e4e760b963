"""Figures an article reports about cooperation, each with the sentence that states it.

A figure is a number from the number grammar (``loaders.numbers``) that is a
quantity, plus what it measures, where, with whom and when:

- the metric comes from the words around it: the noun a count qualifies ("261
  projets", "120 Japanese companies", "27.000 doanh nghiệp"), or for money the
  nearest word of a kind of flow ("les exportations ... à 650 millions d'USD"), a
  specific flow (exports, aid) winning over capital words and those over trade;
- the locality is the Vietnamese locality the sentence reports on, whichever way the
  money, goods or people go ("13 Thanh Hoa companies invest in Houaphanh", "An Giang
  granted 30 scholarships to students from Takeo", "tỉnh Quảng Nam đã hỗ trợ Sê Kông"):
  the home locality when the clause names it or refers to it ("la ville", "the
  city's", "thành phố", "the capital" for Hanoi), else the one named first (the
  subject), else one of the sentence; a zone, border gate, district or town stands for
  its province ("many in the Dinh Vu Industrial Zone", "most drawn to Sa Pa"). Only
  when no Vietnamese locality is involved and the sentence speaks of Vietnam or the
  Vietnamese is the foreign locality the figure's ("Kanagawa compte environ 35 000
  Vietnamiens", "500 Vietnamese students study in Lyon"). With neither, the subject of
  the previous sentence, else the home locality (a person's name as subject, "the
  Busan-based companies"). A clause about the country as a whole ("les investissements
  japonais au Vietnam", "entre les deux pays") has no locality;
- the partner is the other country: the country cue or foreign place nearest the number
  in its clause, a foreign place standing for its country ("Busan-based" is KR, "tỉnh
  bạn" the partner province's), else the previous sentence's for bilateral flows;
- the year is one the sentence states ("En 2023", "in 2019", "l'an dernier"), never
  the document's own.

A figure with no partner is kept only in a sentence about foreign ties: a city's GRDP
or budget is not a figure about cooperation. Vocabulary is data at the top of the
module, per language: folded (no accents) unless it says it is matched as written.
"""
from __future__ import annotations

import re

from loaders.context import DocContext
from loaders.numbers import NumberMatch
from loaders.records import Figure, Span
from loaders.sentences import DocView, Spotter, Tally

# Nouns a count qualifies, by metric (folded). A count with none of them is not reported.
COUNT_NOUNS = {
    "en": {
        "projects": ["project", "projects"],
        "companies": ["company", "companies", "firm", "firms", "enterprise", "enterprises", "business",
                      "businesses", "corporation", "corporations", "investors", "investor"],
        "jobs": ["job", "jobs", "job-seekers", "job seekers", "jobseekers", "worker", "workers", "employees",
                 "employee", "labourers", "laborers", "labourer"],
        "residents": ["residents", "resident", "nationals", "expatriates", "expats", "citizens"],
        "tourists": ["tourists", "tourist", "visitors", "visitor", "arrivals", "holidaymakers",
                     "tourist arrivals", "travellers", "travelers"],
        "students": ["students", "student", "pupils"],
        "trainees": ["trainees", "trainee", "interns", "technical interns", "apprentices"],
        "partner_localities": ["localities", "locality", "cities", "city", "provinces", "province",
                               "prefectures", "prefecture", "municipalities", "towns", "states", "regions",
                               "sister cities", "partner cities", "partner localities"],
        "partner_countries": ["countries", "country", "nations", "territories", "partner countries"],
        "agreements": ["agreements", "agreement", "mous", "mou", "memoranda", "memorandums", "memorandum",
                       "accords", "deals", "treaties", "cooperation documents"],
        "delegations": ["delegations", "delegation"],
        "flights": ["flights", "flight"],
        "scholarships": ["scholarships", "scholarship"],
        "patients": ["patients", "patient"],
    },
    "fr": {
        "projects": ["projet", "projets"],
        "companies": ["entreprise", "entreprises", "societe", "societes", "firme", "firmes", "pme",
                      "investisseurs"],
        "jobs": ["emploi", "emplois", "travailleur", "travailleurs", "salaries", "employes", "ouvriers"],
        "residents": ["habitants", "ressortissants", "expatries", "residents"],
        "tourists": ["touriste", "touristes", "visiteur", "visiteurs", "arrivees", "vacanciers"],
        "students": ["etudiant", "etudiants", "eleves"],
        "trainees": ["stagiaires", "stagiaire", "apprentis"],
        "partner_localities": ["localite", "localites", "ville", "villes", "province", "provinces",
                               "prefecture", "prefectures", "municipalites", "collectivites", "regions",
                               "communes", "villes jumelles", "villes partenaires"],
        "partner_countries": ["pays", "nations", "territoires"],
        "agreements": ["accord", "accords", "protocoles", "protocole", "memorandums", "memorandum",
                       "conventions", "documents de cooperation"],
        "delegations": ["delegation", "delegations"],
        "flights": ["vols"],
        "scholarships": ["bourses", "bourse"],
        "patients": ["patients", "patient"],
    },
    "vi": {
        "projects": ["du an"],
        "companies": ["doanh nghiep", "cong ty", "tap doan", "nha dau tu"],
        "jobs": ["viec lam", "lao dong", "nguoi lao dong", "cong nhan"],
        "residents": ["kieu bao", "cu dan", "nguoi viet", "nguoi viet nam"],
        "tourists": ["luot khach", "du khach", "khach du lich", "khach quoc te", "luot du khach",
                     "luot khach quoc te"],
        "students": ["sinh vien", "hoc sinh", "du hoc sinh", "luu hoc sinh", "hoc vien"],
        "trainees": ["thuc tap sinh", "tu nghiep sinh"],
        "partner_localities": ["dia phuong", "tinh", "thanh pho", "tinh thanh", "do thi", "tinh, thanh pho"],
        "partner_countries": ["quoc gia", "nuoc", "vung lanh tho", "quoc gia va vung lanh tho"],
        "agreements": ["thoa thuan", "ban ghi nho", "bien ban ghi nho", "van ban hop tac", "hiep dinh",
                       "van kien"],
        "delegations": ["doan", "luot doan", "doan cong tac"],
        "flights": ["chuyen bay"],
        "scholarships": ["suat hoc bong", "hoc bong"],
        "patients": ["benh nhan", "luot benh nhan", "nguoi benh", "luot nguoi benh"],
    },
}
# Nouns for people in general: residents only where the sentence speaks of living somewhere.
PEOPLE_NOUNS = {"en": ["people", "persons"], "fr": ["personnes"], "vi": ["nguoi"]}
RESIDENCE_CUES = {
    "en": r"\b(?:live|lives|living|reside\w*|resident\w*|communit\w*|home to|diaspora|expat\w*|settled)\b",
    "fr": r"\b(?:vivent|vivant|vit|resid\w*|communaute\w*|compte|comptait|installe\w*|diaspora|expatri\w*)\b",
    "vi": r"(?<!\w)(?:sinh song|cong dong|dinh cu|kieu bao|lam an|cu tru)(?!\w)",
}
# Partner localities and countries are counted only in a sentence about ties.
TIES_CUES = {
    "en": r"\b(?:cooperat\w*|co-operat\w*|ties|relation\w*|partner\w*|twin\w*|sister|friendship|agreement\w*|"
          r"mous?|memorand\w*|links?)\b",
    "fr": r"\b(?:coop\w*|relation\w*|liens?|partena\w*|jumel\w*|amitie|accords?|protocoles?|memorand\w*)\b",
    "vi": r"(?<!\w)(?:hop tac|quan he|ket nghia|huu nghi|doi tac|thoa thuan|ghi nho)(?!\w)",
}
# Words of a kind of money flow, by metric (folded regex fragments). Specific flows
# win over the generic "trade" within the same stretch of text.
MONEY_WORDS = {
    "en": {"trade": r"two-way trade|bilateral trade|import-export|export-import|imports and exports|"
                    r"exports and imports",
           "investment": r"invest\w*|fdi|disburs\w*",
           "exports": r"export\w*|shipments",
           "imports": r"import\w*",
           "aid": r"aid|oda|grants?|assistance|donat\w*|funding|funded|financ\w*|non-refundable|sponsor\w*",
           "revenue": r"revenues?|earnings|receipts",
           "turnover": r"trade|trading|turnover|commerce"},
    "fr": {"trade": r"import-export|commerce bilateral|echanges commerciaux bilateraux|importations et "
                    r"exportations|exportations et importations",
           "investment": r"investi\w*|ide|decaiss\w*",
           "exports": r"export\w*",
           "imports": r"import\w*",
           "aid": r"aides?|dons?|subvention\w*|aps|financ\w*|cofinanc\w*|assistance|non rembours\w*",
           "revenue": r"recettes?|revenus?|chiffre d'affaires",
           "turnover": r"commerce|commercia\w*|echanges"},
    "vi": {"trade": r"xuat nhap khau|xuat, nhap khau|thuong mai hai chieu|kim ngach hai chieu",
           "investment": r"dau tu|fdi",
           "exports": r"xuat khau",
           "imports": r"nhap khau",
           "aid": r"vien tro|tai tro|ho tro|khong hoan lai|oda",
           "revenue": r"doanh thu",
           "turnover": r"thuong mai|kim ngach|buon ban|trao doi"},
}
# Generic words of trade lose to any specific flow near them ("export turnover" is exports).
GENERIC_MONEY = "turnover"
MONEY_METRIC = {"turnover": "trade"}
# Words of capital that say money but not which way it flows: they give "investment"
# only when no flow word is near ("vốn ODA" is aid).
WEAK_MONEY = {"en": ("investment", r"capital"), "fr": ("investment", r"capital|capitaux"),
              "vi": ("investment", r"von")}
# A clause about two countries ("entre les deux pays", "two-way trade between the two
# countries") is about no locality.
TWO_COUNTRIES = {
    "en": r"(?<!\w)(?:the two countries|both countries|the two nations|two-way trade between (?:vietnam|viet nam))(?!\w)",
    "fr": r"(?<!\w)(?:les deux pays|des deux pays|deux nations)(?!\w)",
    "vi": r"(?<!\w)(?:hai nuoc|hai quoc gia)(?!\w)",
}
# A country named after these belongs to part of what was counted ("14 localités,
# dont Blois (France)"), not to the figure.
SUBSET = {
    "en": r"(?<!\w)(?:including|among them|such as|of which|notably)(?!\w)",
    "fr": r"(?<!\w)(?:dont|notamment|parmi lesquel\w*|comme|tels? que|telles? que)(?!\w)",
    "vi": r"(?<!\w)(?:trong do|trong so do|nhu|gom)(?!\w)",
}
# A percentage after one of these is a change, not a share; a fall is negative.
RISE_WORDS = {"en": r"increase\w*|rise|rose|risen|grew|grow\w*|up|jump\w*|surge\w*|climb\w*",
              "fr": r"hausse|augment\w*|croissance|progress\w*|bond\w*",
              "vi": r"tang|tang truong"}
FALL_WORDS = {"en": r"decrease\w*|decline\w*|fell|fall\w*|drop\w*|down",
              "fr": r"baisse|diminu\w*|recul\w*",
              "vi": r"giam"}
# A figure with no partner country is kept only when its sentence is about foreign ties
# ("FDI", "international visitors", "coopération") or it counts ties itself: the
# city's GRDP growth or budget is not a figure about cooperation.
FOREIGN_CUES = {
    "en": r"\b(?:foreign|international|overseas|abroad|fdi|oda|expatriate\w*|border gates?|border trade|"
          r"cross-border)\b",
    "fr": r"\b(?:etranger\w*|international\w*|ide|aps|outre-mer|diaspora|postes?[- ]frontieres?|"
          r"commerce frontalier|transfrontali\w*)\b",
    "vi": r"(?<!\w)(?:nuoc ngoai|quoc te|fdi|oda|kieu bao|ngoai nuoc|cua khau|bien mau|qua bien gioi)(?!\w)",
}
TIES_METRICS = {"partner_localities", "partner_countries", "agreements", "delegations"}
# What opens a reported clause, whose subject is not the speaker's locality.
REPORTED = {"en": r"(?<!\w)(?:said|says|stated|noted|added|announced|affirmed) that(?!\w)",
            "fr": r"(?<!\w)(?:a|ont|avait) (?:declare|affirme|indique|souligne|note|precise|annonce|ajoute) qu(?:e|')",
            "vi": r"(?<!\w)(?:cho biet|cho rang|khang dinh|nhan manh|thong tin)(?: rang)?(?!\w)"}
# Figures that speak of ties with another country: a partner may come from the
# previous sentence when this one names none.
BILATERAL = {"investment", "projects", "exports", "imports", "trade", "companies", "aid", "tourists",
             "students", "residents", "jobs", "trainees", "flights", "delegations", "scholarships"}
DROP_RANGE_UNITS = {"count"}


def _alts(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


def _compile():
    out = {}
    for lang in ("en", "fr", "vi"):
        nouns = {w: metric for metric, ws in COUNT_NOUNS[lang].items() for w in ws}
        nouns.update({w: "people" for w in PEOPLE_NOUNS[lang]})
        weak_metric, weak = WEAK_MONEY[lang]
        out[lang] = {
            "nouns": nouns,
            "noun_re": re.compile(rf"(?<!\w)(?P<n>{_alts(nouns)})(?!\w)"),
            # The words of money flows, in the order they are weighed, and what they start
            # with: a stretch holding none of a pattern's first letters is not searched for it.
            "money_order": [(0, m, re.compile(rf"(?<!\w)(?:{p})(?!\w)")) for m, p in MONEY_WORDS[lang].items()]
            + [(1, weak_metric, re.compile(rf"(?<!\w)(?:{weak})(?!\w)"))],
            "money_heads": Spotter({str(i): p for i, p in enumerate([*MONEY_WORDS[lang].values(), weak])}),
            "residence": re.compile(RESIDENCE_CUES[lang]),
            "ties": re.compile(TIES_CUES[lang]),
            "foreign": re.compile(FOREIGN_CUES[lang]),
            "reported": re.compile(REPORTED[lang]),
            "rise": re.compile(rf"(?<!\w)(?:{RISE_WORDS[lang]})(?:\s+(?:by|de|of|a|to|len|them|hon))?\s*\Z"),
            "fall": re.compile(rf"(?<!\w)(?:{FALL_WORDS[lang]})(?:\s+(?:by|de|of|a|to|xuong|di))?\s*\Z"),
            "two_countries": re.compile(TWO_COUNTRIES[lang]),
            "subset": re.compile(SUBSET[lang]),
        }
    return out


_TABLES = _compile()
_WORD = re.compile(r"[\w'-]+")
_CLAUSE_STOP = re.compile(r"[;:()\[\]]|,\s|\s[-–—]\s")
# Each alternative starts with a plain character, which lets the regex engine skip to
# the next ";", ":" or "," (a class as the first alternative would defeat that).
_CLAUSE_BREAK = re.compile(r";|:|,\s+(?:and|et|và|whilst|while|tandis|alors|còn|đồng thời|which|where|ce qui|"
                           r"ce que|qui|où|nơi|mà)\s")
# How far after a count of projects their value may come ("176 projects worth US$7.2 billion").
PROJECT_MONEY_GAP = 40
# How far after the number a money word still names its flow ("... d'USD, complétés par un cofinancement").
MONEY_AFTER = 60


def extract_figures(ctx: DocContext) -> list[Figure]:
    view = DocView.of(ctx)
    tables = _TABLES[view.lang]
    figures: list[Figure] = []
    seen: set[tuple] = set()
    prev: _Prev | None = None
    last_fig: Figure | None = None
    for sent in ctx.sentences:
        numbers = [n for n in view.numbers_in(sent.start, sent.end)
                   if n.quantity and not ("range" in n.flags and n.unit in DROP_RANGE_UNITS)]
        here = _Prev(view, tables, sent)
        if numbers:
            dates = [d for d in view.dates_in(sent.start, sent.end)
                     if d.year_stated and d.marker in ("in", "paren", "date", "by")]
            last_end, last_metric = sent.start, None
            breaks = None  # where the sentence's clauses end, read once if a figure asks
            # Currency signs ("US$") are not country cues.
            money_spans = [(x.start, x.end) for x in view.numbers_in(sent.start, sent.end) if x.is_money]
            for n in numbers:
                metric = _metric(view, tables, sent, n, last_end, last_metric)
                last_end, last_metric = n.end, metric
                if metric is None:
                    continue
                if metric == "growth" and last_fig is not None and last_fig.evidence == sent:
                    # "reached USD 480 million in 2023, up 12%": the change of the figure before.
                    locality, partner = last_fig.locality, last_fig.partner
                else:
                    if breaks is None:
                        breaks = _clause_breaks(view, sent)
                    clause = _clause_of(breaks, sent, n.start)
                    locality = _locality(view, tables, sent, n, prev, here, money_spans, clause)
                    partner = _partner(view, tables, sent, n, locality, metric, prev, money_spans, clause)
                if partner is None and metric not in TIES_METRICS and not _about_ties(view, tables, sent):
                    continue
                value = n.value
                if metric == "growth" and tables["fall"].search(view.low, max(sent.start, n.start - 25), n.start):
                    value = -value
                key = (metric, round(value, 6), n.unit, locality, partner)
                if key in seen:
                    continue
                seen.add(key)
                last_fig = Figure(metric=metric, value=value, unit=n.unit, evidence=sent,
                                  number=Span(n.start, n.end), locality=locality, partner=partner,
                                  year=_year(dates, n), qualifier=n.qualifier)
                figures.append(last_fig)
        prev = here
    return figures


class _Prev:
    """A sentence as the next one may need it: its Vietnamese subject, and whether it
    speaks of the country as a whole; worked out only when asked."""

    __slots__ = ("view", "tables", "sent", "_read")

    def __init__(self, view: DocView, tables: dict, sent: Span) -> None:
        self.view, self.tables, self.sent = view, tables, sent
        self._read: tuple[str | None, bool] | None = None

    def _get(self) -> tuple[str | None, bool]:
        if self._read is None:
            self._read = _sentence_subject(self.view, self.tables, self.sent)
        return self._read

    @property
    def subject(self) -> str | None:
        return self._get()[0]

    @property
    def national(self) -> bool:
        return self._get()[1]


def _metric(view: DocView, tables: dict, sent: Span, n: NumberMatch, last_end: int,
            last_metric: str | None = None) -> str | None:
    low = view.low
    if n.unit == "percent":
        lo = max(sent.start, n.start - 25)
        if tables["rise"].search(low, lo, n.start) or tables["fall"].search(low, lo, n.start):
            return "growth"
        return "share"
    if n.is_money:
        # "176 projects worth US$7.2 billion": the money of the projects just counted is
        # their capital, unless a word of another flow stands between.
        if last_metric == "projects" and n.start - last_end <= PROJECT_MONEY_GAP and \
                _money_metric(tables, low, sent, n, last_end, only_between=True) is None:
            return "investment"
        return _money_metric(tables, low, sent, n, last_end) or "amount"
    # A count: the noun it qualifies, within the next few words, adjectives allowed.
    window = low[n.end:min(sent.end, n.end + 60)]
    stop = _CLAUSE_STOP.search(window)
    if stop:
        window = window[:stop.start()]
    words = list(_WORD.finditer(window))
    limit = words[min(3, len(words) - 1)].end() if words else 0
    nm = tables["noun_re"].search(window, 0, limit)
    if nm and not any(ch.isdigit() for ch in window[:nm.start()]):
        metric = tables["nouns"][nm.group("n")]
        if metric == "people":
            return "residents" if tables["residence"].search(low, sent.start, sent.end) else None
        if metric in ("partner_localities", "partner_countries") and not tables["ties"].search(low, sent.start, sent.end):
            return None
        return metric
    # "35 000 Vietnamiens", "40.000 người Việt": a demonym as the noun is a community.
    for cue in view.cues_in(n.end, min(sent.end, n.end + 3)):
        if view.text[cue.start].isalpha():
            return "residents"
    return None


def _money_metric(tables: dict, low: str, sent: Span, n: NumberMatch, last_end: int,
                  only_between: bool = False) -> str | None:
    # The stretch since the previous number first, then the sentence before it, then just after.
    stretches = [(last_end, n.start, True)]
    if not only_between:
        stretches += [(sent.start, last_end, True), (n.end, min(sent.end, n.end + MONEY_AFTER), False)]
    for a, b, backward in stretches:
        if a >= b:
            continue
        best = None
        present = tables["money_heads"].heads_in(low, a, b)
        for i, (level, metric, pat) in enumerate(tables["money_order"]):
            if str(i) not in present:
                continue
            for m in pat.finditer(low, a, b):
                dist = (n.start - m.end()) if backward else (m.start() - n.end)
                rank = (2 if metric == GENERIC_MONEY else level, dist, m.start() - m.end())
                if best is None or rank < best[0]:
                    best = (rank, metric)
        if best:
            return MONEY_METRIC.get(best[1], best[1])
    return None


def _about_ties(view: DocView, tables: dict, sent: Span) -> bool:
    low = view.low
    return bool(tables["ties"].search(low, sent.start, sent.end) or tables["foreign"].search(low, sent.start, sent.end)
                or any(view.country(m.place_key) != view.home_country for m in view.mentions_in(sent.start, sent.end)))


def _sentence_subject(view: DocView, tables: dict, sent: Span) -> tuple[str | None, bool]:
    """The Vietnamese locality a sentence is about (home first), and whether it speaks of
    the home country as a whole (no locality named or referred to, the country named)."""
    mentions = view.mentions_in(sent.start, sent.end)
    refs = view.refs(sent.start, sent.end)
    cands = _own(view, mentions, refs, sent.start, sent.end)
    if cands:
        home = view.ctx.home
        return (home if any(k == home for _, _, k in cands) else cands[0][2]), False
    if mentions or refs:
        return None, False
    national = tables["two_countries"].search(view.low, sent.start, sent.end) is not None or any(
        c.country == view.home_country for c in view.cues_in(sent.start, sent.end))
    return None, national


def _clause_breaks(view: DocView, sent: Span) -> list[tuple[int, int]]:
    return [m.span() for m in _CLAUSE_BREAK.finditer(view.lower, sent.start, sent.end)]


def _clause_of(breaks: list[tuple[int, int]], sent: Span, pos: int) -> tuple[int, int]:
    """The clause of the sentence around ``pos``, given the sentence's ``_clause_breaks``."""
    start, end = sent.start, sent.end
    for b_start, b_end in breaks:
        if b_end <= pos:
            start = b_end
        elif b_start >= pos:
            end = b_start
            break
    return start, end


def _own(view: DocView, mentions, refs, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, locality) of the home country's localities named or referred to in
    [start, end): a zone, gate, district or town counts as its province, a city as its
    province when the sentence names that province too or the province is the home one."""
    home = view.ctx.home
    named = {m.place_key for m in mentions}
    out = []
    for m in mentions:
        if start <= m.start < end and view.country(m.place_key) == view.home_country:
            owner = view.owner(m.place_key)
            out.append((m.start, m.end, view.unit(m.place_key, near=owner in named or owner == home)))
    out += [(r.start, r.end, r.key or home) for r in refs if start <= r.start < end and r.kind in ("home", "pair")]
    out.sort()
    return out


def _pick(cands: list[tuple[int, int, str]], n: NumberMatch, home: str | None) -> str:
    """The home locality if among them, else the first named before the number (the
    subject), else the first after it."""
    if any(k == home for _, _, k in cands):
        return home
    before = [k for s, e, k in cands if e <= n.start]
    return before[0] if before else cands[0][2]


def _locality(view: DocView, tables: dict, sent: Span, n: NumberMatch, prev: "_Prev | None", here: "_Prev",
              money_spans: list[tuple[int, int]], clause: tuple[int, int]) -> str | None:
    home = view.ctx.home
    low = view.low
    cs, ce = clause
    # Places after "dont", "including", "trong đó" are part of what was counted.
    sub = tables["subset"].search(low, n.end, ce)
    if sub:
        ce = sub.start()
    mentions = view.mentions_in(sent.start, sent.end)
    refs = view.refs(sent.start, sent.end)
    # A reported clause about the country as a whole ("X a déclaré que les investissements
    # japonais au Vietnam..."): no locality, whoever reports it.
    opener = None
    for m in tables["reported"].finditer(low, sent.start, n.start):
        opener = m.end()
    if opener is not None and not [m for m in mentions if m.start >= opener] and not [
            r for r in refs if r.start >= opener] and any(
            c.country == view.home_country for c in view.cues_in(opener, sent.end)):
        return None
    own = _own(view, mentions, refs, cs, ce)
    if own:
        return _pick(own, n, home)
    if not [m for m in mentions if cs <= m.start < ce] and not [r for r in refs if cs <= r.start < ce] \
            and tables["two_countries"].search(low, cs, ce):
        return None
    own = _own(view, mentions, refs, sent.start, ce if sub else sent.end)
    if own:
        return _pick(own, n, home)
    # No Vietnamese locality: the foreign one when the figure is about Vietnam or the
    # Vietnamese there ("Kanagawa compte environ 35 000 Vietnamiens").
    if any(c.country == view.home_country and not any(a <= c.start < b for a, b in money_spans)
           for c in view.cues_in(cs, ce)):
        foreign = [(m.start, m.end, view.unit(m.place_key)) for m in mentions if cs <= m.start < ce]
        foreign += [(r.start, r.end, view.partner_locality(r.start)) for r in refs
                    if cs <= r.start < ce and r.kind == "partner"]
        foreign = [c for c in foreign if c[2]]
        if foreign:
            return _pick(sorted(foreign), n, None)
        # "Japanese firms have invested US$5 billion in Vietnam, including...": the country's.
        return None
    if here.national:
        return None
    if prev is not None:
        if prev.subject is not None:
            return prev.subject
        if prev.national and not mentions and not refs:
            return None
    return home


def _partner(view: DocView, tables: dict, sent: Span, n: NumberMatch, locality: str | None, metric: str, prev,
             money_spans: list[tuple[int, int]], clause: tuple[int, int]) -> str | None:
    own = view.country(locality) if locality else view.home_country
    # Cues after "dont", "including"... name part of what was counted.
    cut = sent.end
    sub = tables["subset"].search(view.low, n.end, sent.end)
    if sub:
        cut = sub.start()
    cands: list[tuple[int, int, str]] = [
        (c.start, c.end, c.country) for c in view.cues_in(sent.start, cut)
        if c.country != own and not any(a <= c.start < b for a, b in money_spans)]
    for m in view.mentions_in(sent.start, cut):
        country = view.country(m.place_key)
        if country and country != own and m.place_key != locality:
            cands.append((m.start, m.end, country))
    for r in view.refs(sent.start, cut):
        if r.kind in ("partner", "pair") and own == view.home_country:
            country = view.country(view.partner_locality(r.start))
            if country and country != own:
                cands.append((r.start, r.end, country))
    if cands:
        cs, ce = clause
        near = [c for c in cands if cs <= c[0] < ce] or cands
        return min(near, key=lambda c: n.start - c[1] if c[1] <= n.start else c[0] - n.end)[2]
    if metric in BILATERAL and prev is not None:
        psent = prev.sent
        countries = {c.country for c in view.cues_in(psent.start, psent.end) if c.country != own}
        if not countries:
            countries = {view.country(m.place_key) for m in view.mentions_in(psent.start, psent.end)} - {own, None}
        if len(countries) == 1:
            return countries.pop()
    if locality is None and tables["two_countries"].search(view.low, sent.start, sent.end):
        # "entre les deux pays": the other country is the one the article has named most.
        tally = view.memo.get("country_words")
        if tally is None:
            tally = view.memo["country_words"] = Tally([(c.start, c.country) for c in view.cues])
        counts = tally.counts_before(sent.start)
        others = [c for c in counts if c != own]
        if others:
            return max(others, key=lambda c: (counts[c], -tally.first[c]))
    if metric in BILATERAL and own == view.home_country:
        # "Trade via the border gate reached...": an article about one foreign partner.
        return _dominant_partner(view, sent.start)
    return None


def _dominant_partner(view: DocView, pos: int) -> str | None:
    """The foreign country the article has named, by country words and foreign places,
    before ``pos``, when it names that one in at least three times out of four."""
    tally = view.memo.get("countries")
    if tally is None:
        items = [(c.start, c.country) for c in view.cues if c.country != view.home_country]
        items += [(m.start, view.country(m.place_key)) for m in view.mentions
                  if view.country(m.place_key) not in (None, view.home_country)]
        tally = view.memo["countries"] = Tally(items)
    counts = tally.counts_before(pos)
    if not counts:
        return None
    best = max(counts, key=counts.get)
    return best if counts[best] * 4 >= sum(counts.values()) * 3 else None


def _year(dates, n: NumberMatch) -> int | None:
    before = [d for d in dates if d.end <= n.start]
    if before:
        return before[-1].year
    after = [d for d in dates if d.start >= n.end]
    return after[0].year if after else None
