"""The finder's folding and ranking, without the app."""
from __future__ import annotations

import pytest

from tui.fold import compact, fold, initials
from tui.matching import LocalityIndex

NAMES = ["Da Nang", "Ho Chi Minh City", "Hanoi", "Kisarazu", "Sakai", "Sakai", "Kawasaki", "Danang Port",
         "Dak Nong", "Ōtawara", "Yaizu", "Busan"]
ALIASES = [["Đà Nẵng", "Danang"], ["TP. Hồ Chí Minh", "Saigon"], ["Hà Nội"], [], [], [], [], [], ["Đắk Nông"],
           ["Ohtawara"], ["Yaidu"], []]
WEIGHTS = [31, 20, 15, 2, 3, 9, 2, 0, 1, 0, 0, 4]


@pytest.fixture(scope="module")
def index() -> LocalityIndex:
    return LocalityIndex(NAMES, ALIASES, WEIGHTS)


def names(index: LocalityIndex, query: str) -> list[str]:
    return [NAMES[i] for i in index.rank(query)]


@pytest.mark.parametrize("text, folded", [
    ("Đà Nẵng", "da nang"), ("DA-NANG", "da nang"), ("danang", "danang"), ("Ōtawara", "otawara"),
    ("TP. Hồ Chí Minh", "tp ho chi minh"), ("Thừa Thiên–Huế", "thua thien hue"), ("  ", ""),
])
def test_fold_drops_case_accents_and_punctuation(text, folded):
    assert fold(text) == folded


def test_compact_and_initials():
    assert compact(fold("Da Nang")) == "danang"
    assert initials(fold("Ho Chi Minh City")) == "hcmc"


@pytest.mark.parametrize("query", ["da nang", "danang", "đà nẵng", "DA-NANG", "Đà Nẵng", "dà nang", "  Da  Nang "])
def test_every_spelling_of_da_nang_finds_it_first(index, query):
    assert names(index, query)[0] == "Da Nang"


@pytest.mark.parametrize("query, first", [
    ("kisar", "Kisarazu"), ("hcm", "Ho Chi Minh City"), ("saigon", "Ho Chi Minh City"),
    ("chi minh", "Ho Chi Minh City"), ("ha noi", "Hanoi"), ("hà nội", "Hanoi"), ("ohtawara", "Ōtawara"),
    ("otawara", "Ōtawara"), ("yaidu", "Yaizu"), ("kisarasu", "Kisarazu"),
])
def test_prefixes_aliases_abbreviations_and_typos(index, query, first):
    assert names(index, query)[0] == first


def test_exact_and_prefix_rank_before_fuzzy(index):
    found = names(index, "sakai")
    assert found[:2] == ["Sakai", "Sakai"]
    assert "Kawasaki" not in found[:2]  # a fuzzy match comes after both exact ones


def test_ties_are_broken_by_what_the_store_knows(index):
    ranked = index.rank("sakai")
    # Two places named Sakai: the one with more agreements and figures comes first.
    assert [WEIGHTS[i] for i in ranked[:2]] == [9, 3]
    assert names(index, "da")[:3] == ["Da Nang", "Dak Nong", "Danang Port"]


def test_empty_query_lists_everything_most_known_first(index):
    ranked = index.rank("")
    assert len(ranked) == len(NAMES)
    assert [WEIGHTS[i] for i in ranked] == sorted(WEIGHTS, reverse=True)


def test_nonsense_finds_nothing(index):
    assert index.rank("zzqxv") == []
    assert index.rank("!!!") == index.rank("")  # nothing left after folding: everything
