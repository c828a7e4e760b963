"""The store reads the browser added to store/queries.py."""
from __future__ import annotations

import sqlite3

import pytest

from store import queries
from store.db import open_db
from tests.tui_fixtures import build_store


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = build_store(tmp_path_factory.mktemp("q") / "twinlens.db")
    handle = open_db(path, readonly=True)
    yield handle
    handle.close()


def by_name(rows, name, country="JP"):
    return [r for r in rows if r["name"] == name and r["country"] == country]


def test_overview_counts_match_what_the_panes_show(db):
    places = queries.locality_overview(db)
    da_nang = by_name(places, "Da Nang", "VN")[0]
    assert da_nang["agreements"] == len(queries.locality_ties(db, da_nang["id"])) == 6
    assert da_nang["figures"] == len(queries.locality_figures(db, da_nang["id"])) == 2
    assert da_nang["documents"] == 3
    assert set(da_nang["aliases"]) >= {"Đà Nẵng", "Danang"}
    assert "Da Nang" not in da_nang["aliases"]
    # Two places named Sakai stay two.
    assert len(by_name(places, "Sakai")) == 2


def test_ties_group_statements_and_count_documents(db):
    ties = queries.locality_ties(db, "vn:da-nang")
    sakai = [t for t in ties if t["partner"] == "Sakai"]
    dated_mou = [t for t in sakai if t["kind"] == "mou" and t["date"] == "2014-10-16"][0]
    assert dated_mou["documents"] == 2
    assert dated_mou["evidence"].startswith("Da Nang et Sakai ont signé")  # the earliest document's sentence
    assert dated_mou["document_ids"] == [1, 5]
    assert {(t["kind"], t["status"]) for t in sakai} == {("mou", "signed"), ("friendship", "established")}


def test_figures_carry_their_sentence(db):
    figures = queries.locality_figures(db, "vn:da-nang")
    investment = [f for f in figures if f["metric"] == "investment"][0]
    assert investment["value"] == 1.14e9 and investment["qualifier"] == "over"
    assert "1.14 billion USD" in investment["evidence"]


def test_document_evidence_lists_every_span_in_text_order(db):
    spans = queries.document_evidence(db, 2)
    assert [s["start"] for s in spans] == sorted(s["start"] for s in spans)
    assert {s["what"] for s in spans} == {"agreement", "figure"}
    assert sum(1 for s in spans if s["what"] == "figure" and s["number_start"] is not None) == 2


def test_relation_history_reads_oldest_first_in_both_directions(db):
    forward = queries.relation_history(db, "vn:da-nang", "gn:1853195")
    backward = queries.relation_history(db, "gn:1853195", "vn:da-nang")
    assert [r["agreement_id"] for r in forward] == [r["agreement_id"] for r in backward]
    assert [r["date"] or r["published"] for r in forward] == ["2014-10-16", "2014-10-16", "2024-03", "2024-06"]


@pytest.mark.parametrize("sort", sorted(queries.DOCUMENT_SORTS))
@pytest.mark.parametrize("descending", [False, True])
def test_keyset_pages_join_up_to_the_whole_list(db, sort, descending):
    whole = [r["id"] for r in queries.documents_page(db, sort, descending, None, 1000)]
    paged, after = [], None
    while True:
        page = queries.documents_page(db, sort, descending, after, 2)
        paged += [r["id"] for r in page]
        if len(page) < 2:
            break
        after = (page[-1]["sort_value"], page[-1]["id"])
    assert paged == whole and sorted(whole) == [1, 2, 3, 4, 5]


def test_unknown_sort_is_refused(db):
    with pytest.raises(KeyError):
        queries.documents_page(db, "title; DROP TABLE documents", False)


def test_search_folds_diacritics_and_marks_matches(db):
    found = queries.search_documents(db, "ho chi minh")
    assert [r["id"] for r in found] == [3]
    assert queries.SNIPPET_START in found[0]["snippet"]
    # The last word is a prefix, and "mémorandum" folds to it too.
    assert {r["id"] for r in queries.search_documents(db, "memor")} == {1, 5}


@pytest.mark.parametrize("query", [
    '"', '""', "*", "AND", "OR NOT", "NEAR(a b)", "title:sakai", "sakai AND", "a\"b", "-sakai", "^sakai",
    "(", ")", "{title}: x", "sakai OR", "'", "\\", "\x00", "日本", "🙂", " ", "",
])
def test_search_treats_any_input_as_words(db, query):
    try:
        found = queries.search_documents(db, query)
    except sqlite3.Error as exc:  # pragma: no cover - the failure this test exists for
        pytest.fail(f"{query!r} raised {exc}")
    assert isinstance(found, list)
    if query in ("-sakai", "^sakai"):
        assert {r["id"] for r in found} == {1, 2, 5}  # the words, not the syntax
