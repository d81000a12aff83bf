"""Decisions: fixture papers of our own (minutes, a recommendations list, a letter) and units."""
import json
from pathlib import Path

import pytest

from paper_miner.extract import decisions
from paper_miner.extract.bodies import Bodies, defined_abbreviations
from paper_miner.extract.decision_clauses import decided_clauses, recommended_clauses
from paper_miner.extract.decision_dates import date_of_clause, dates_in
from paper_miner.extract.document import describe
from paper_miner.layout import arrange
from paper_miner.models import Block, Document, Layout
from paper_miner.readers import read_paper

FIXTURES = Path(__file__).parent / "fixtures" / "decisions"


def extract_file(path):
    layout = arrange(read_paper(path))
    document = Document(doc_id="x", file_name=path.name, path=str(path), fmt=layout.fmt,
                        sha256="x", pages=layout.pages, **describe(layout))
    return decisions.extract(layout, document, {})


@pytest.mark.parametrize("paper", sorted(FIXTURES.glob("*.txt")), ids=lambda p: p.stem)
def test_fixture_papers(paper):
    expected = json.loads(paper.with_suffix(".json").read_text())
    got = extract_file(paper)
    assert len(got) == len(expected)
    for want in expected:
        match = [d for d in got if want["subject"].lower() in d.subject.lower()]
        assert match, want["subject"]
        d = match[0]
        assert (d.body, d.date, d.action, d.status) == (
            want["body"], want["date"], want["action"], want["status"])
        assert want["subject"].lower() in d.quote.lower()


def test_future_and_conditional_items_are_not_decisions():
    bodies = Bodies()
    for sentence in ("Delivery arrangements will be discussed and agreed at the next meeting.",
                     "The extension will be approved by the Council in April.",
                     "Each Council is asked to consider the report.",
                     "The team is supported by a Programme Board.",
                     "The Group received a presentation on transport planning."):
        assert decided_clauses(sentence, bodies) == [], sentence


def test_passive_pair_makes_two_decisions():
    bodies = Bodies()
    found = decided_clauses(
        "The outcome of the pilot was noted and proposals for a county alliance were supported.", bodies)
    assert [(c.action, c.subject) for c in found] == [
        ("noted", "outcome of the pilot"), ("supported", "proposals for a county alliance")]


def test_relative_clause_passive_is_not_a_decision():
    found = decided_clauses("approved a protocol to which all partners were asked to comply;", Bodies())
    assert [c.action for c in found] == ["approved"]
    assert found[0].lead


def test_recommendation_verb_chain_takes_the_deciding_verb():
    found = recommended_clauses("The Board consider and note the progress made.", Bodies(), True)
    assert [(c.action, c.subject, c.status) for c in found] == [
        ("noted", "the progress made", "recommended")]


def test_abbreviation_defined_by_the_paper_resolves_to_the_full_name():
    text = "the Strategic Senior Officers' Group (SSOG) met twice. Local Area Agreement (LAA)"
    assert defined_abbreviations(text)["SSOG"] == "Strategic Senior Officers' Group"
    bodies = Bodies()
    bodies.remember(text)
    assert [m.name for m in bodies.mentions("SSOG agreed the LAA timetable")] == [
        "Strategic Senior Officers' Group"]  # LAA is not a body


def test_undefined_acronym_resolves_to_a_named_body():
    bodies = Bodies()
    bodies.remember("Northshire Partnership's Public Service Board met in May.")
    assert bodies.full_name("PSB") == "Northshire Partnership's Public Service Board"


def test_year_less_meeting_date_takes_the_papers_year():
    assert dates_in("The last meeting (13th October) nominated", "2008-11-10")[0][0] == "2008-10-13"
    assert dates_in("met on 2 December", "2009-01-20")[0][0] == "2008-12-02"


def test_deadline_after_the_verb_is_not_the_decision_date():
    sentence = "The Group agreed that a strategy be delivered by June 2008."
    assert date_of_clause(sentence, sentence.index("agreed") + 6, None) is None
    sentence = "The Board agreed at its meeting on 5th September 2008 to take on the role."
    assert date_of_clause(sentence, sentence.index("agreed") + 6, None) == "2008-09-05"


def block(text, section=(), kind="paragraph", marker=None):
    return Block(kind=kind, page=1, text=text, section=list(section), marker=marker)


def test_generic_group_resolves_to_the_section_heading_body_not_the_last_named():
    layout = Layout(fmt="txt", page_texts=[""], blocks=[
        block("Summary of Sub-Group Business", kind="heading"),
        block("This note sets out the main items of business considered by the sub-groups since "
              "the last meeting of the Board."),
        block("Health Policy Group (HPG) – 3 March 2009", kind="heading"),
        block("The Group supported the creation of a Task and Finish Group on alcohol.",
              ["Health Policy Group (HPG) – 3 March 2009"]),
        block("The Group considered an early draft of the compact. The draft was accepted.",
              ["Health Policy Group (HPG) – 3 March 2009"]),
    ])
    document = Document(doc_id="x", file_name="x", path="x", fmt="txt", sha256="x", pages=1)
    got = decisions.extract(layout, document, {})
    assert [(d.body, d.date, d.action) for d in got] == [
        ("Health Policy Group", "2009-03-03", "supported"),
        ("Health Policy Group", "2009-03-03", "accepted"),  # considered ... accepted: one record
    ]
    assert "early draft of the compact" in got[1].subject
