"""Which real places an article names, each resolved to one gazetteer entry.

``find_places`` reads only the body regions. Every capitalised name the gazetteer
knows is a candidate mention; a candidate becomes a mention when the evidence for one
of its places is strong enough:

- the place itself: curated Vietnamese units are sure, first-level units likely,
  cities by population;
- a kind word ("the city of", "X Province", "tỉnh", "préfecture de"), which also
  chooses between a city and the province of the same name ("thành phố Lào Cai" and
  "tỉnh Lào Cai" are two places; a bare Vietnamese province name is the province);
- a country word that governs the mention or its list ("quatre villes japonaises :
  Kawasaki, Sakai...", "Japan's X prefecture", "X (Chine)"), else one in the same
  sentence, else one anywhere in the body;
- the article's other places (a unit named right after a city contains it; a
  district or small town is taken when its province is named), and one sense per
  discourse: a name resolved by a kind word resolves its bare mentions alike;
- population, last, to break ties.

Names inside person names ("Nguyen Thanh Long", "Đỗ Thái Bình", "Vladimir Putin",
"Mori Takero"), organisation names ("Toyota Motor"), names that hold no locality
("Thái Bình Dương", "the Mekong Delta") and capitalised common words ("Most", "Nice"
at the start of a sentence) are set aside; a name spelt the Vietnamese way ("Vân") is
never a foreign place that merely folds alike. Country words are cues, never places.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from loaders import gazetteer as gazetteer_pkg
from loaders.gazetteer import fallback
from loaders.gazetteer import lexicon as lx
from loaders.gazetteer.candidates import Cand, Cue, split_hits
from loaders.gazetteer.context import read_context
from loaders.gazetteer.match import Scan, scan
from loaders.gazetteer.model import LOCAL, Gazetteer
from loaders.gazetteer.people import is_person_or_org
from loaders.gazetteer.resolve import ACCEPT, score
from loaders.records import CountryCue, Mention, Place, Region


@dataclass(slots=True)
class PlaceFinding:
    mentions: list[Mention] = field(default_factory=list)
    places: dict[str, Place] = field(default_factory=dict)   # only the places mentioned
    country_cues: list[CountryCue] = field(default_factory=list)
    home: str | None = None                                  # key of the Vietnamese locality it is about


def find_places(text: str, body: list[Region], lang: str, published: str | None = None) -> PlaceFinding:
    """Every place the body names. ``published`` (YYYY[-MM[-DD]]), when known, lets a
    former province named after it ended resolve to its successor."""
    gaz = gazetteer_pkg.get()
    sc = scan(text, body, gaz)
    cues, cands = split_hits(sc, gaz, lang)
    owner = {k: i for i, c in enumerate(cands) for k in range(c.t0, c.t1)}
    needs = gaz.needs
    kept = [c for i, c in enumerate(cands)
            if not is_person_or_org(sc, c, i, owner, lang, all(needs[e] == LOCAL for e, _ in c.cands))]
    # The words of names set aside stay taken: no fallback reads them as a misspelt place.
    blocked = {k for c in cands for k in range(c.t0, c.t1)} - {k for c in kept for k in range(c.t0, c.t1)}
    cands = kept
    read_context(sc, cands, cues)
    score(sc, gaz, cands, cues)
    fallback.after_kind_words(sc, gaz, cands, cues, blocked)
    fallback.misspelt_vietnamese(sc, gaz, cands, blocked)
    _successors(sc, gaz, cands, published)
    return _finding(sc, gaz, cands, cues)


def _successors(sc: Scan, gaz: Gazetteer, cands: list[Cand], published: str | None) -> None:
    """A former province named as such ("tỉnh Quảng Nam (cũ)", "the former Ha Tay"), or
    named in an article written after it ended, is its successor."""
    for c in cands:
        if c.choice < 0 or c.score < ACCEPT or c.choice not in gaz.successor:
            continue
        key, until = gaz.successor[c.choice]
        former = _after(published, until)
        sent = sc.sents[c.t0]
        for k in range(c.t1, min(c.t1 + 2, len(sc.words))):
            if sc.sents[k] == sent and sc.words[k] in lx.FORMER_AFTER:
                former = True
        for k in range(max(0, c.t0 - 3), c.t0):
            if sc.sents[k] == sent and sc.words[k] in lx.FORMER_BEFORE:
                former = True
        if former and key in gaz.by_key:
            c.choice = gaz.by_key[key]


def _after(published: str | None, until: str) -> bool:
    """The article was written after ``until``; a bare year only when it is a later year."""
    if not published:
        return False
    if len(published) == 4:
        return published > until[:4]
    return published[:10] >= until[:len(published[:10])]


def _finding(sc: Scan, gaz: Gazetteer, cands: list[Cand], cues: list[Cue]) -> PlaceFinding:
    out = PlaceFinding()
    out.country_cues = [CountryCue(sc.starts[t0], sc.ends[t1 - 1], cc) for t0, t1, cc in cues]
    seen: dict[int, list[str]] = defaultdict(list)
    for c in cands:
        if c.choice < 0 or c.score < ACCEPT:
            continue
        start, end = sc.starts[c.t0], sc.ends[c.t1 - 1]
        key = gaz.keys[c.choice]
        out.mentions.append(Mention(start, end, key))
        surface = sc.text[start:end]
        if surface not in seen[c.choice]:
            seen[c.choice].append(surface)
    for idx, surfaces in seen.items():
        out.places[gaz.keys[idx]] = make_place(gaz, idx, tuple(surfaces))
    out.home = _home(gaz, out.mentions, sc)
    return out


def make_place(gaz: Gazetteer, idx: int, aliases: tuple[str, ...] = ()) -> Place:
    """The record of gazetteer entry ``idx``, with the surface forms seen in the text."""
    successor, until = gaz.successor.get(idx, (None, None))
    return Place(key=gaz.keys[idx], name=gaz.names[idx], country=gaz.countries[idx], kind=gaz.kinds[idx],
                 geonameid=gaz.gids[idx], population=gaz.pops[idx] or None, admin=gaz.parents[idx],
                 aliases=aliases, successor=successor, until=until)


def _home(gaz: Gazetteer, mentions: list[Mention], sc: Scan) -> str | None:
    """The Vietnamese locality the article is about: early, often, and a unit first."""
    if not mentions:
        return None
    first_body = sc.starts[0] if sc.starts else 0
    score: dict[str, float] = defaultdict(float)
    curated = any(m.place_key.startswith("vn:") for m in mentions)
    for rank, m in enumerate(mentions):
        idx = gaz.by_key[m.place_key]
        # A district or town is what the article is about only when it names no curated
        # place: its province is the locality then.
        if gaz.countries[idx] != "VN" or (curated and not m.place_key.startswith("vn:")):
            continue
        score[m.place_key] += 1.0
        if m.start - first_body < 400:
            score[m.place_key] += 1.5
        if rank == 0:
            score[m.place_key] += 1.0
        if gaz.first_level[idx]:
            score[m.place_key] += 0.25
    if not score:
        return None
    return max(score, key=lambda k: score[k])
