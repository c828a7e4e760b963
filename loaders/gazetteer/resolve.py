"""Choosing, for each candidate, the place it means, and whether it is one at all.

A score per possible place adds the place's prior (curated, first-level unit, or by
population) to what the context says (kind word, governing or nearby country word) and
takes off what speaks against it (a common word, part of a longer name). The best
score above ``ACCEPT`` wins; then the article's other places are read: a unit named
right after a city holds it, a name resolved by a kind word resolves its bare mentions,
a mid-sized city of a country the article already names twice is likely meant, and a
district or small town is taken when its province, or its country in the same
sentence, is named.
"""
from __future__ import annotations

from collections import defaultdict

from loaders.gazetteer import lexicon as lx
from loaders.gazetteer.candidates import Cand, Cue
from loaders.gazetteer.context import skippable
from loaders.gazetteer.match import Scan
from loaders.gazetteer.model import COUNTRY, DERIVED, KIND_ONLY, LOCAL, SPELT, Gazetteer
from loaders.gazetteer.people import inside_longer_name

ACCEPT = 2.0
MULTIWORD_CITY_POP = 300_000


def score(sc: Scan, gaz: Gazetteer, cands: list[Cand], cues: list[Cue]) -> None:
    """Score every candidate; ``c.choice`` and ``c.score`` say what it means and how surely."""
    # Neighbours that could be places in their own right ("Kawasaki Sakai" has none, but
    # "Paris Hilton" has a hamlet called Hilton): only likely places count.
    owner = {k: i for i, c in enumerate(cands) if max(gaz.bases[e] for e, _ in c.cands) >= 1.2
             for k in range(c.t0, c.t1)}
    cue_words = {k for t0, t1, _ in cues for k in range(t0, t1)}
    owner.update({k: -1 for k in cue_words})
    doc_cues = {cc for _, _, cc in cues}
    sent_cues: dict[int, set[str]] = defaultdict(set)
    for t0, _, cc in cues:
        sent_cues[sc.sents[t0]].add(cc)
    singles = {sc.words[c.t0] for c in cands if c.t1 - c.t0 == 1}
    lower_words = {sc.words[k] for k, w in enumerate(sc.words) if w in singles and not sc.caps[k]}
    # One sense per discourse: what governs one mention of a name informs all of them.
    shared_govern: dict[int, set[str]] = defaultdict(set)
    shared_sent: dict[int, set[str]] = defaultdict(set)
    for c in cands:
        shared_govern[c.row] |= c.govern
        shared_sent[c.row] |= sent_cues.get(sc.sents[c.t0], set())
    for c in cands:
        if inside_longer_name(sc, c, owner):
            c.glued = True
        if _after_river_words(sc, c.t0):
            c.penalty += 2.0
        if c.t0 > 0 and sc.joined(c.t0) and sc.caps[c.t0 - 1] and sc.words[c.t0 - 1] in lx.NAME_FORMERS:
            c.penalty += 3.0   # "Little Saigon", "Petit Paris": a quarter named after the place
        if c.t1 - c.t0 == 1:
            w = sc.words[c.t0]
            sentence_start = c.t0 == 0 or sc.sents[c.t0 - 1] != sc.sents[c.t0]
            # "University" (a town in Florida) of "University of California".
            if w in lx.COMMON_WORDS or w in lx.PLACE_QUALIFIERS:
                c.penalty += 1.5 + (0.5 if sentence_start else 0.0)
            if w in lower_words:
                c.penalty += 1.5
            if w in lx.BRANDS:
                c.cands = [(i, KIND_ONLY) for i, _ in c.cands]
        _score_one(gaz, c, shared_govern[c.row], shared_sent[c.row], doc_cues)
    _containment(sc, gaz, cands)
    _discourse(gaz, cands)
    _coherence(sc, gaz, cands)
    _paired_with_home(gaz, cands)
    _local(sc, gaz, cands, cues)


def _after_river_words(sc: Scan, t0: int) -> bool:
    """"les bords de Loire", "the banks of the Mekong", "sông Hồng": a river is meant."""
    k = t0
    while k > 0 and t0 - k < 3 and sc.joined(k):
        k -= 1
        w = sc.words[k]
        if w in lx.RIVER_WORDS or " ".join(sc.words[k:k + 2]) in lx.RIVER_WORDS:
            return True
        if w not in lx.ALL_FUNCTION_WORDS:
            return False
    return False


def _score_one(gaz: Gazetteer, c: Cand, govern: set[str], sent: set[str], doc: set[str]) -> None:
    """Scores of every place the candidate may be, given the countries around it."""
    options: dict[int, tuple[int, bool]] = {}
    for idx, tier in c.cands:
        options[idx] = (tier, False)
    site = c.kind == lx.SITE
    if c.kind is not None and not site:
        # "the cities of Nizhegorod": the oblast's name, but its city is meant.
        for idx, (tier, _) in list(options.items()):
            other = gaz.namesake.get(idx)
            if other is not None and other not in options and _kind_class(gaz, idx) != c.kind \
                    and _kind_class(gaz, other) == c.kind:
                options[other] = (tier, True)
    best, best_rank = -1, (float("-inf"), False, -1)
    c.scores = {}
    c.pending = []
    for idx, (tier, _) in options.items():
        cc = gaz.countries[idx]
        if site:
            # A gate or zone is named after a district, commune or town, not a province.
            kind_ok = gaz.needs[idx] == LOCAL
        else:
            # A township is a commune, and so is a French "commune" ("la commune de Kim Liên").
            kind_ok = c.kind is not None and (_kind_class(gaz, idx) == c.kind or (
                c.kind == lx.CITY and gaz.kinds[idx] == "commune"))
        if tier == KIND_ONLY and not kind_ok:
            continue
        if tier == DERIVED and not (kind_ok or cc in govern):
            continue
        if tier == SPELT and cc not in govern:
            continue
        needs = gaz.needs[idx]
        if needs == COUNTRY and cc not in govern:
            continue
        if needs == LOCAL and not (kind_ok or (cc in govern and cc != "VN")):
            c.pending.append(idx)
            continue
        s = gaz.bases[idx] - c.penalty
        if c.glued and not gaz.keys[idx].startswith("vn:"):
            s -= 1.0
        # A city's official name of two words or more ("San Francisco", "Los Angeles") is
        # rarely anything else, unlike one word ("Victoria", "Florence").
        if tier == 0 and c.t1 - c.t0 >= 2 and gaz.pops[idx] >= MULTIWORD_CITY_POP:
            s += 0.5
        if tier == 1:
            s -= 0.3
        elif tier >= DERIVED:
            s -= 0.5
        prefer = 0.0
        if site:
            s += 2.0 if kind_ok else 0.0
        elif c.kind is not None:
            if kind_ok:
                s += 2.0
            elif _vn_local_kind(gaz, idx, c.kind):
                # Vietnam's towns, cities and districts change status often (Đồ Sơn was a
                # town, then a district): a kind word of the other one still fits, but less
                # than its own ("thị xã Kỳ Anh" and "huyện Kỳ Anh" are two places).
                s += 1.5
            else:
                s -= 1.0
        elif not gaz.is_city(idx) and gaz.namesake.get(idx) in options:
            # "Osaka" alone is the city; the prefecture is named as one ("Osaka Prefecture").
            prefer = -0.5
        # Every article names Vietnam: its word says nothing of a Vietnamese place.
        if cc != "VN":
            if cc in govern:
                s += 2.5
            elif cc in sent:
                s += 1.2
            elif cc in doc:
                s += 0.6
        c.scores[idx] = s
        # Ties go to the first-level unit, then to the larger place.
        rank = (s + prefer, gaz.first_level[idx], gaz.pops[idx])
        if rank > best_rank:
            best, best_rank = idx, rank
    c.choice = best
    c.score = max(c.scores.values(), default=float("-inf"))


def _rechoose(gaz: Gazetteer, c: Cand) -> None:
    """After its scores moved: the best place, the larger on a tie."""
    c.choice = max(c.scores, key=lambda i: (c.scores[i], gaz.pops[i]))
    c.score = c.scores[c.choice]


def _vn_local_kind(gaz: Gazetteer, idx: int, kind: str) -> bool:
    return gaz.countries[idx] == "VN" and not gaz.first_level[idx] and kind in (lx.CITY, lx.DISTRICT) \
        and _kind_class(gaz, idx) in (lx.CITY, lx.DISTRICT)


def _kind_class(gaz: Gazetteer, idx: int) -> str:
    """CITY, UNIT, DISTRICT or COMMUNE: the classes kind words distinguish."""
    kind = gaz.kinds[idx]
    if kind == "district":
        return lx.DISTRICT
    if kind == "commune":
        return lx.COMMUNE
    return lx.CITY if gaz.is_city(idx) else lx.UNIT


def _containment(sc: Scan, gaz: Gazetteer, cands: list[Cand]) -> None:
    """"Sakai (Osaka)", "Sakai, Fukui Prefecture": a unit named right after a city holds it."""
    for a, b in zip(cands, cands[1:]):
        if sc.sents[a.t0] != sc.sents[b.t0] or b.t0 - a.t1 > 5:
            continue
        between = sc.words[a.t1:b.t0]
        # "Sakai, dans la préfecture d'Osaka", "Sakai (Fukui)", "Sakai in Osaka Prefecture"
        if any(not (skippable(w) or w in lx.KIND_WORDS or w in ("in", "dans", "thuoc")) for w in between):
            continue
        units = {gaz.admin1[i] for i in b.scores if gaz.first_level[i] and gaz.admin1[i]}
        if not units:
            continue
        boosted = False
        for idx in list(a.scores):
            # Not against the name's own kind word: "châu Văn Sơn (Vân Nam)" is the
            # prefecture, though the city of that name also lies in Yunnan.
            if a.kind is not None and a.kind != lx.SITE and _kind_class(gaz, idx) != a.kind:
                continue
            if not gaz.first_level[idx] and gaz.admin1[idx] in units:
                a.scores[idx] += 2.0
                boosted = True
        if boosted:
            _rechoose(gaz, a)


def _coherence(sc: Scan, gaz: Gazetteer, cands: list[Cand]) -> None:
    """The article's other places: a mid-sized city of a country the article already names
    two places of, standing where a place stands ("the port of Fangchenggang" after Guangxi
    and Nanning), is likely meant."""
    counts: dict[str, int] = defaultdict(int)
    groups_ok = set()
    for c in cands:
        if c.score >= ACCEPT and c.choice >= 0:
            counts[gaz.countries[c.choice]] += 1
            groups_ok.add(c.group)
    for c in cands:
        # A name glued to other capitalised words belongs to them ("Vladimir Putin"),
        # however many Russian places the article names.
        if c.score >= ACCEPT or not c.scores or c.glued:
            continue
        placed = c.group in groups_ok or (c.t0 > 0 and sc.joined(c.t0) and sc.words[c.t0 - 1] in lx.LOCATIVES)
        for idx in c.scores:
            # A city of 300,000 or more needs no preposition before it; a town does.
            # Second-level units are left out: many are named after rivers ("bords de Loire").
            if counts.get(gaz.countries[idx], 0) >= 2 and gaz.countries[idx] != "VN" and (
                    gaz.gids[idx] is not None or gaz.first_level[idx]) and (placed or gaz.pops[idx] >= 300_000):
                c.scores[idx] += 0.8
        _rechoose(gaz, c)


PAIRED_BOOST = 0.6


def _paired_with_home(gaz: Gazetteer, cands: list[Cand]) -> None:
    """"Da Nang and Sakai have been partners since 2011": a name listed with a Vietnamese
    locality is likely a foreign one of its kind, a city or a unit. Enough for a large
    city; a town still needs its country named."""
    with_vn = {c.group for c in cands if c.score >= ACCEPT and c.choice >= 0 and gaz.countries[c.choice] == "VN"}
    for c in cands:
        if c.score >= ACCEPT or not c.scores or c.glued or c.group not in with_vn:
            continue
        for idx in c.scores:
            if gaz.countries[idx] != "VN" and (gaz.gids[idx] is not None or gaz.first_level[idx]):
                c.scores[idx] += PAIRED_BOOST
        _rechoose(gaz, c)


def _discourse(gaz: Gazetteer, cands: list[Cand]) -> None:
    """A name resolved by a kind word resolves its bare mentions alike ("la préfecture de
    Kanagawa" ... "Kanagawa compte 35 000 Vietnamiens"). When the article names both
    places of one name with kind words ("Fukuoka Prefecture", "Fukuoka city"), a bare
    mention is the one named last before it; a Vietnamese province's bare name is the
    province, whatever city of that name the article also names ("thành phố Lào Cai")."""
    decided: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for c in cands:
        if c.kind is not None and c.score >= ACCEPT:
            decided[c.row].append((c.t0, c.choice))
    for c in cands:
        if c.kind is not None or c.row not in decided:
            continue
        senses = decided[c.row]
        before = [ch for t, ch in senses if t < c.t0]
        idx = before[-1] if before else senses[0][1]
        if idx not in c.scores:
            continue
        if idx != c.choice and c.score >= ACCEPT and gaz.first_level[c.choice] and gaz.keys[c.choice].startswith("vn:"):
            continue
        c.choice, c.score = idx, max(c.scores[idx] + 1.0, c.score)


def _local(sc: Scan, gaz: Gazetteer, cands: list[Cand], cues: list[Cue]) -> None:
    """Districts and small towns (``LOCAL``), and foreign towns too small to stand alone,
    that no kind word named: a district or small town when the article names the province
    it lies in ("Nam Đàn" in an article on Nghệ An), or its country in the same sentence;
    a foreign town when a unit of its country is named in the same sentence ("Xam Neua,
    capital of Houaphanh"). Among districts of one name, the one whose province is named."""
    named: set[str] = set()
    sent_units: dict[int, set[str]] = defaultdict(set)
    sent_cues: dict[int, set[str]] = defaultdict(set)
    for t0, _, cc in cues:
        sent_cues[sc.sents[t0]].add(cc)
    for c in cands:
        if c.choice >= 0 and c.score >= ACCEPT:
            named.add(gaz.keys[c.choice])
            if gaz.first_level[c.choice]:
                sent_units[sc.sents[c.t0]].add(gaz.countries[c.choice])
    if not named:
        return
    # A former province is named when its successor is ("Bát Xát" in an article on the
    # Lào Cai of 2025), and a successor when a former unit is.
    for idx, (succ, _) in gaz.successor.items():
        if succ in named:
            named.add(gaz.keys[idx])
        elif gaz.keys[idx] in named:
            named.add(succ)
    for c in cands:
        if c.score >= ACCEPT and c.choice >= 0:
            if gaz.needs[c.choice] == LOCAL and gaz.units[c.choice] not in named:
                # "huyện Châu Thành": the Châu Thành of the province the article names.
                alt = [i for i in c.scores if gaz.needs[i] == LOCAL and gaz.units[i] in named]
                if alt:
                    c.choice = max(alt, key=lambda i: c.scores[i])
                    c.score = c.scores[c.choice]
            continue
        if c.glued or c.penalty > 0:
            continue
        sent = sc.sents[c.t0]
        # A lone capitalised word opening a sentence is too weak a name for a town.
        lone = c.t1 - c.t0 == 1 and (c.t0 == 0 or sc.sents[c.t0 - 1] != sent)
        best, best_rank = -1, (-1, -1)
        for idx in c.pending + [i for i in c.scores if gaz.countries[i] != "VN"]:
            cc = gaz.countries[idx]
            local = gaz.needs[idx] == LOCAL
            # A city of the province the article is about is taken only in the sentence that
            # names the province: its name alone may be a family name ("Ikeda", Osaka).
            if local and gaz.units[idx] in named and (cc != "VN" or c.t1 - c.t0 > 1):
                rank = (2, gaz.pops[idx])
            elif cc != "VN" and not lone and (cc in sent_units[sent] or local and cc in sent_cues[sent]):
                rank = (1, gaz.pops[idx])
            else:
                continue
            if rank > best_rank:
                best, best_rank = idx, rank
        if best >= 0:
            c.choice, c.score = best, ACCEPT
            c.scores[best] = ACCEPT
