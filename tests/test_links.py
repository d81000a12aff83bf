"""Records linked across papers: schemes, indicators and bodies."""
import json

import pytest
import sqlite_utils

from paper_miner import store
from paper_miner.links import body_name, cluster_schemes, links_current, rebuild_links, scheme_key
from paper_miner.models import Decision, Document, Extraction, Layout, Project, Target


def paper(doc_id, date, authority="Eastvale Borough Council", projects=(), targets=(), decisions=()):
    document = Document(doc_id=doc_id, file_name=f"{doc_id}.txt", path=f"corpus/{doc_id}.txt", fmt="txt",
                        sha256=doc_id * 8, pages=1, date=date, authority=authority)
    layout = Layout(fmt="txt", page_texts=["text"], blocks=[])
    records = {"projects": list(projects), "targets": list(targets), "decisions": list(decisions)}
    return Extraction(document=document, layout=layout, records=records)


@pytest.fixture
def db():
    database = sqlite_utils.Database(memory=True)
    store.ensure_db_shape(database)
    return database


def test_the_same_scheme_in_two_papers_is_linked_with_both_amounts(db):
    store.save_extraction(db, paper("a1", "2009-03-01", projects=[
        Project(name="3. Town Centre Wi-Fi Project", owner="Eastvale Partnership", amount_gbp=40_000),
        Project(name="Youth Cafe", owner="Eastvale Partnership", amount_gbp=12_000),
    ]))
    store.save_extraction(db, paper("b2", "2010-02-01", projects=[
        Project(name="Town centre wi-fi", owner="The Eastvale Partnership", amount_gbp=55_000),
    ]))
    rebuild_links(db)
    linked = [s for s in db["schemes"].rows if s["papers"] == 2]
    assert len(linked) == 1
    amounts = json.loads(linked[0]["amounts"])
    assert [(a["date"], a["amount_gbp"]) for a in amounts] == [("2009-03-01", 40_000), ("2010-02-01", 55_000)]
    assert linked[0]["latest_amount_gbp"] == 55_000
    scores = [m["match_score"] for m in db["scheme_projects"].rows_where("scheme_id = ?", [linked[0]["id"]])]
    assert len(scores) == 2 and min(scores) >= 88


def test_schemes_with_other_owners_are_not_linked():
    projects = [
        {"id": "p1", "doc_id": "a", "name": "Community Wardens", "owner": "Northfield Partnership"},
        {"id": "p2", "doc_id": "b", "name": "Community Wardens", "owner": "Southmoor District Council"},
    ]
    assert len(cluster_schemes(projects)) == 2


def test_an_indicator_named_in_two_papers_lists_both_targets(db):
    store.save_extraction(db, paper("a1", "2009-03-01", targets=[
        Target(indicator="NI 192", measure="household waste recycled", target=45.0, unit="%")]))
    store.save_extraction(db, paper("b2", "2010-02-01", targets=[
        Target(indicator="NI 192", measure="waste recycled or composted", target=50.25, unit="%")]))
    rebuild_links(db)
    row = db["indicators"].get("NI 192")
    assert (row["targets"], row["papers"]) == (2, 2)
    assert (row["first_paper_date"], row["latest_paper_date"]) == ("2009-03-01", "2010-02-01")


def test_bodies_are_normalised_and_generic_ones_say_whose(db):
    store.save_extraction(db, paper("a1", "2009-03-01", decisions=[
        Decision(body="Cabinet", subject="budget", action="approved", date="2009-03-01"),
        Decision(body="the Health Board", subject="plan", action="noted", date="2009-03-01"),
    ]))
    store.save_extraction(db, paper("b2", "2010-02-01", authority="Westdale City Council", decisions=[
        Decision(body="Cabinet", subject="budget", action="approved", date="2010-02-01")]))
    rebuild_links(db)
    names = {b["name"]: b["decisions"] for b in db["bodies"].rows}
    assert names == {
        "Cabinet (Eastvale Borough Council)": 1, "Cabinet (Westdale City Council)": 1, "Health Board": 1,
    }
    assert db["body_decisions"].count == 3


def test_links_go_stale_when_papers_change(db):
    assert not links_current(db)
    rebuild_links(db)
    assert links_current(db)
    store.save_extraction(db, paper("a1", "2009-03-01"))
    assert not links_current(db)


def test_link_tables_exist_on_an_empty_database(db):
    assert rebuild_links(db) == {t: 0 for t in ["schemes", "scheme_projects", "indicators", "bodies", "body_decisions"]}
    assert db["schemes"].exists() and db["bodies"].exists()


@pytest.mark.parametrize("name, key", [
    ("S7. Kettering Heat Scheme", "kettering heat"),
    ("(b) Community Wardens Project", "community wardens"),
    ("Town Centre Wi-Fi", "town centre wi fi"),
])
def test_scheme_key(name, key):
    assert scheme_key(name) == key


def test_body_name_keeps_specific_names():
    assert body_name("Strategic Housing Board", "Any Council") == "Strategic Housing Board"
