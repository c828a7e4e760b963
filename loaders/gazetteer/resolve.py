"""Choosing, for each candidate, the place it means, and whether it is one at all.

A score per possible place adds the place's prior (curated, first-level unit, or by
population) to what the context says (kind word, governing or nearby country word) and
takes off what speaks against it (a common word, part of a longer name). The best
score above ``ACCEPT`` wins; then the article's other places are read: a unit named
right after a city holds it, a name resolved by a kind word resolves its bare mentions,
and a mid-sized city of a country the article already names twice is likely meant.
"""
from __future__ import annotations

from collections import defaultdict

from loaders.gazetteer import lexicon as lx
from loaders.gazetteer.candidates import Cand, Cue
from loaders.gazetteer.context import skippable
from loaders.gazetteer.match import Scan
from loaders.gazetteer.model import DERIVED, KIND_ONLY, Gazetteer
from loaders.gazetteer.people import inside_longer_name

ACCEPT = 2.0


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
        if c.t1 - c.t0 == 1:
            w = sc.words[c.t0]
            sentence_start = c.t0 == 0 or sc.sents[c.t0 - 1] != sc.sents[c.t0]
            if w in lx.COMMON_WORDS:
                c.penalty += 1.5 + (0.5 if sentence_start else 0.0)
            if w in lower_words:
                c.penalty += 1.5
            if w in lx.BRANDS:
                c.cands = [(i, KIND_ONLY) for i, _ in c.cands]
        _score_one(gaz, c, shared_govern[c.row], shared_sent[c.row], doc_cues)
    _containment(sc, gaz, cands)
    _discourse(cands)
    _coherence(sc, gaz, cands)


def _score_one(gaz: Gazetteer, c: Cand, govern: set[str], sent: set[str], doc: set[str]) -> None:
    """Scores of every place the candidate may be, given the countries around it."""
    options: dict[int, tuple[int, bool]] = {}
    for idx, tier in c.cands:
        options[idx] = (tier, False)
    if c.kind is not None:
        # "the cities of Nizhegorod": the oblast's name, but its city is meant.
        for idx, (tier, _) in list(options.items()):
            other = gaz.namesake.get(idx)
            if other is not None and other not in options and _kind_class(gaz, idx) != c.kind \
                    and _kind_class(gaz, other) == c.kind:
                options[other] = (tier, True)
    best, best_rank = -1, (float("-inf"), False, -1)
    c.scores = {}
    for idx, (tier, _) in options.items():
        cc = gaz.countries[idx]
        kind_ok = c.kind is not None and _kind_class(gaz, idx) == c.kind
        if tier == KIND_ONLY and not kind_ok:
            continue
        if tier == DERIVED and not (kind_ok or cc in govern):
            continue
        s = gaz.bases[idx] - c.penalty
        if c.glued and not gaz.keys[idx].startswith("vn:"):
            s -= 1.0
        if tier == 1:
            s -= 0.3
        elif tier >= DERIVED:
            s -= 0.5
        prefer = 0.0
        if c.kind is not None:
            s += 2.0 if kind_ok else -1.0
        elif not gaz.is_city(idx) and gaz.namesake.get(idx) in options:
            # "Osaka" alone is the city; the prefecture is named as one ("Osaka Prefecture").
            prefer = -0.5
        if cc != "VN" or not gaz.keys[idx].startswith("vn:"):
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


def _kind_class(gaz: Gazetteer, idx: int) -> str:
    """CITY, UNIT or DISTRICT: the classes kind words distinguish."""
    kind = gaz.kinds[idx]
    if kind in ("district",):
        return lx.DISTRICT
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
            if not gaz.first_level[idx] and gaz.admin1[idx] in units:
                a.scores[idx] += 2.0
                boosted = True
        if boosted:
            a.choice = max(a.scores, key=lambda i: (a.scores[i], gaz.pops[i]))
            a.score = a.scores[a.choice]


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
        if c.score >= ACCEPT or not c.scores:
            continue
        placed = c.group in groups_ok or (c.t0 > 0 and sc.joined(c.t0) and sc.words[c.t0 - 1] in lx.LOCATIVES)
        for idx in c.scores:
            # A city of 300,000 or more needs no preposition before it; a town does.
            # Second-level units are left out: many are named after rivers ("bords de Loire").
            if counts.get(gaz.countries[idx], 0) >= 2 and gaz.countries[idx] != "VN" and (
                    gaz.gids[idx] is not None or gaz.first_level[idx]) and (placed or gaz.pops[idx] >= 300_000):
                c.scores[idx] += 0.8
        c.choice = max(c.scores, key=lambda i: (c.scores[i], gaz.pops[i]))
        c.score = c.scores[c.choice]


def _discourse(cands: list[Cand]) -> None:
    """A name resolved by a kind word resolves its bare mentions alike ("la préfecture de
    Kanagawa" ... "Kanagawa compte 35 000 Vietnamiens")."""
    decided: dict[int, int] = {}
    for c in cands:
        if c.kind is not None and c.score >= ACCEPT:
            decided.setdefault(c.row, c.choice)
    for c in cands:
        if c.kind is None and c.row in decided and decided[c.row] in c.scores:
            idx = decided[c.row]
            c.choice, c.score = idx, max(c.scores[idx] + 1.0, c.score)
