"""Decisions: fixture papers of our own (minutes, a recommendations list, a letter) and units."""
import json
import re
from pathlib import Path

import pytest

from paper_miner.extract import decisions
from paper_miner.extract.common.bodies import Bodies, defined_abbreviations
from paper_miner.extract.common.sentences import sentence_spans
from paper_miner.extract.decisions.clauses import (
    decided_clauses,
    recommended_clauses,
    subjunctive_clauses,
    without_movers,
)
from paper_miner.extract.decisions.dates import date_of_clause, dates_in
from paper_miner.extract.decisions.header import own_meeting
from paper_miner.extract.decisions.items import item_clauses, label, lead_in
from paper_miner.extract.decisions.merge import same_subject
from paper_miner.extract.decisions.subjects import is_generic, item_title
from paper_miner.extract.document import describe
from paper_miner.layout.arrange import arrange
from paper_miner.models import Block, Document, Layout, Row
from paper_miner.pipeline import read_paper

FIXTURES = Path(__file__).parent / "fixtures" / "decisions"


def extract_file(path):
    layout = arrange(read_paper(path))
    document = Document(doc_id="x", file_name=path.name, path=str(path), fmt=layout.fmt,
                        sha256="x", pages=layout.pages, **describe(layout).model_dump())
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
        assert words(want["subject"]) <= words(d.quote)  # the quote states the subject


def words(text):
    return set(re.findall(r"£?\w+(?:[,./]\w+)*%?", text.lower()))


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


def test_things_described_by_a_relative_clause_were_not_decided_here():
    """"a list of powers that were delegated to officers": what kind of powers a page lists."""
    assert decided_clauses("Here is a list of powers that were delegated to officers last year.", Bodies()) == []


def test_a_passive_pair_decides_with_its_last_verb():
    found = decided_clauses("The quarterly summary was considered and approved by the panel.", Bodies())
    assert [(c.action, c.subject) for c in found] == [("approved", "quarterly summary")]


@pytest.mark.parametrize("sentence, expected", [
    ("Members gave their support to the bid for a new pavilion.", [("supported", "the bid for a new pavilion")]),
    ("The Board granted approval for the lease extension.", [("approved", "the lease extension")]),
    ("The officer gave support to residents during the flood.", []),
])
def test_a_body_giving_its_approval_or_support(sentence, expected):
    assert [(c.action, c.subject) for c in decided_clauses(sentence, Bodies())] == expected


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


@pytest.mark.parametrize("sentence, status, agent, rest", [
    ("RESOLVED: That the partnership budget for 2009/10 be noted.", "decided", None, "That the"),
    ("Resolved – that the fuel poverty pilot be approved.", "decided", None, "that the"),
    ("The Panel RESOLVED that the charging policy be adopted.", "decided", "panel", "that the"),
    ("It was resolved that officers be asked to report back.", "decided", None, "that officers"),
    ("AGREED that the grant be approved.", "decided", None, "that the"),
    ("Decision: That the licence be granted.", "decided", None, "That the"),
    ("RECOMMENDATION: That the Panel note the progress made.", "recommended", None, "That the"),
])
def test_labels_say_whether_a_meeting_decided_or_a_report_asks(sentence, status, agent, rest):
    found = label(sentence, Bodies())
    assert (found.status, found.agent.name if found.agent else None) == (status, agent)
    assert found.rest.startswith(rest)


@pytest.mark.parametrize("sentence", [
    "The Board agreed that each partner would nominate a lead officer.",  # ordinary narrative
    "SUMMARY AND RECOMMENDATIONS OF THE REVIEW",  # a heading-like line, not a label
    "Officers have not yet resolved the dispute.",
])
def test_ordinary_sentences_carry_no_label(sentence):
    assert label(sentence, Bodies()) is None


@pytest.mark.parametrize("sentence, status, agent", [
    ("It is recommended that the Executive Committee:", "recommended", "Executive Committee"),
    ("Cabinet is recommended to:", "recommended", "Cabinet"),
    ("Members are asked to:", "recommended", None),
    ("The Committee is requested to:", "recommended", "committee"),
    ("It is RECOMMENDED that Council:", "recommended", "council"),  # resolved by the paper
    ("RESOLVED:", "decided", None),
    ("AGREED:-", "decided", None),
])
def test_lead_ins_introduce_items(sentence, status, agent):
    found = lead_in(sentence, Bodies())
    assert (found.status, found.agent.name if found.agent else None) == (status, agent)


def test_the_purpose_of_a_report_is_not_a_lead_in():
    assert lead_in("The purpose of this report is to:", Bodies()) is None


@pytest.mark.parametrize("item, action, subject", [
    ("approves the addition of the skate park to the capital programme at a cost of £640,000;",
     "approved", "the addition of the skate park to the capital programme at a cost of £640,000"),
    ("to note the annual report;", "noted", "the annual report"),
    ("agrees to release £90k from the capital contingency; and", "agreed",
     "release £90k from the capital contingency"),
    ("delegates authority to the Director of Resources to agree the contract sum.", "agreed",
     "authority to the Director of Resources to agree the contract sum"),
    ("receive and note the quarterly performance report.", "noted", "the quarterly performance report"),
    ("That a progress report be submitted to the September meeting.", "requested",
     "a progress report be submitted to the September meeting"),
    ("That the Director be asked to identify alternative funding.", "requested",
     "the Director to identify alternative funding"),
])
def test_items_under_a_lead_in(item, action, subject):
    lead = lead_in("It is recommended that the Board:", Bodies())
    found = item_clauses(item, lead, Bodies())
    assert [(c.action, c.subject, c.status) for c in found] == [(action, subject, "recommended")]


@pytest.mark.parametrize("item", [
    "comment on the draft protocol attached at Appendix 1;",  # asks for views, decides nothing
    "That consideration of the pilot be deferred to the next meeting.",  # put off, not decided
])
def test_items_that_decide_nothing(item):
    assert item_clauses(item, lead_in("RESOLVED:", Bodies()), Bodies()) == []


def test_an_observation_noted_is_not_a_decision():
    assert decided_clauses("The Board noted that the grant would end in March.", Bodies()) == []
    assert [c.action for c in decided_clauses("The Board noted the grant position.", Bodies())] == ["noted"]


def test_refusal_is_kept_as_considered():
    found = decided_clauses("The application from the allotment society was refused.", Bodies())
    assert [(c.action, c.subject) for c in found] == [("considered", "application from the allotment society")]


def test_all_caps_heading_names_the_body_in_readable_case():
    bodies = Bodies()
    bodies.remember("WESTMERE HEALTH AND WELLBEING PARTNERSHIP BOARD")
    assert bodies.last_named("board") == "Westmere Health and Wellbeing Partnership Board"


def paper(*blocks, **document):
    layout = Layout(fmt="txt", page_texts=[""], blocks=list(blocks))
    fields = {"doc_type": "report", "date": "2010-10-21", "body": "Executive Committee", **document}
    return decisions.extract(layout, Document(doc_id="x", file_name="x", path="x", fmt="txt",
                                              sha256="x", pages=1, **fields), {})


def test_inline_items_after_a_lead_in_are_one_recommendation_each():
    got = paper(block("It is recommended that the Executive Committee: (a) approves the addition of the "
                      "depot scheme to the capital programme at a cost of £640,000; (b) notes the slippage "
                      "of £1.25 million on the library project; and (c) agrees to release £90k from the "
                      "capital contingency for roof repairs."))
    assert [(d.action, d.status, d.body, d.date) for d in got] == [
        ("approved", "recommended", "Executive Committee", "2010-10-21"),
        ("noted", "recommended", "Executive Committee", "2010-10-21"),
        ("agreed", "recommended", "Executive Committee", "2010-10-21")]
    assert got[0].quote.startswith("approves the addition") and "£640,000" in got[0].quote


def test_same_words_are_decided_under_resolved_and_recommended_under_recommendations():
    minutes = paper(block("Budget", kind="heading"),
                    block("RESOLVED: That the revenue budget be approved.", ["Budget"]),
                    doc_type="minutes", body="Resources Committee", date="2011-02-01")
    report = paper(block("Recommendations", kind="heading"),
                   block("That the revenue budget be approved.", ["Recommendations"], kind="list_item", marker="1"),
                   body="Resources Committee", date="2011-02-01")
    assert [(d.action, d.status, d.body, d.date) for d in minutes] == [
        ("approved", "decided", "Resources Committee", "2011-02-01")]
    assert [(d.action, d.status, d.body) for d in report] == [("approved", "recommended", "Resources Committee")]


def test_items_end_at_the_lead_ins_next_numbered_paragraph():
    got = paper(block("Recommendations", kind="heading"),
                block("Cabinet is recommended to:", ["Recommendations"], kind="list_item", marker="2.1"),
                block("approve the revised fees;", ["Recommendations"], kind="list_item", marker="(a)"),
                block("note officers will consult on the charges in the spring.", ["Recommendations"],
                      kind="list_item", marker="2.2"))
    assert [(d.action, d.body) for d in got] == [("approved", "Cabinet")]


def test_recommendations_table_rows_are_items():
    table = Block(kind="table", page=2, text="", rows=[
        Row(cells=["No.", "Recommendation"], page=2),
        Row(cells=["1", "That the Board approves the grant allocations for 2011/12."], page=2),
        Row(cells=["2", "That the Board notes the underspend of £45,000."], page=3),
    ])
    got = paper(table, body="Safer Westmere Partnership Board")
    assert [(d.action, d.status, d.page) for d in got] == [
        ("approved", "recommended", 2), ("noted", "recommended", 3)]
    assert got[1].quote == "That the Board notes the underspend of £45,000."


def test_that_clauses_in_minutes_are_resolutions():
    got = paper(block("Decision", kind="heading"),
                block("That the annual report be noted.", ["Decision"]),
                block("That the review of fees be deferred to the next meeting.", ["Decision"]),
                doc_type="minutes", body="Licensing Committee", date="2010-07-01")
    assert [(d.action, d.status, d.body, d.date) for d in got] == [
        ("noted", "decided", "Licensing Committee", "2010-07-01")]


@pytest.mark.parametrize("lead", ["That Cabinet:", "RECOMMENDATION(S):", "Cabinet is asked to resolve that:"])
def test_lead_in_wordings_under_recommendations(lead):
    got = paper(block("Recommendations", kind="heading"),
                block(lead, ["Recommendations"]),
                block("approves the revised fees and charges for 2011/12;", ["Recommendations"],
                      kind="list_item", marker="(a)"),
                body="Cabinet")
    assert [(d.action, d.status, d.body) for d in got] == [("approved", "recommended", "Cabinet")]


@pytest.mark.parametrize("sentence, subject", [
    ("Authority was delegated to the Director of Housing to agree the final scheme.",
     "Authority delegated to the Director of Housing to agree the final scheme"),
    ("The bid went to a working group on 3 May 2010 that has been delegated by the Board to agree "
     "the final submission.", "delegation to agree the final submission"),
    ("The Committee delegated authority to the Head of Planning to approve the conditions.",
     "authority to the Head of Planning to approve the conditions"),
])
def test_delegations_are_agreed(sentence, subject):
    bodies = Bodies()
    bodies.remember("The Housing Board met.")
    found = decided_clauses(sentence, bodies)
    assert [(c.action, c.subject) for c in found] == [("agreed", subject)]


def test_a_relative_clause_is_not_dated_by_its_main_clause():
    got = paper(block("The bid went to a working group on 3 May 2010 that has been delegated by the "
                      "Housing Board to agree the final submission."))
    assert [(d.body, d.date) for d in got] == [("Housing Board", None)]


@pytest.mark.parametrize("text, expected", [
    ("That the report be noted and that the Transport Unit be requested to report back in June.",
     [("noted", "the report"), ("requested", "the Transport Unit to report back in June")]),
    ("the annual report be received and noted;", [("noted", "the annual report")]),
    ("That a further report be brought to the next meeting.",
     [("requested", "a further report be brought to the next meeting")]),
    ("the scheme be reviewed after six months.", [("agreed", "the scheme be reviewed after six months")]),
])
def test_subjunctive_resolutions_one_per_that(text, expected):
    assert [(c.action, c.subject) for c in subjunctive_clauses(text)] == expected


def test_resolution_items_under_a_bare_that_lead_in():
    got = paper(block("Libraries Review", kind="heading"),
                block("RESOLVED: That", ["Libraries Review"]),
                block("the consultation findings be noted; and", ["Libraries Review"], kind="list_item", marker="(a)"),
                block("the mobile library timetable be approved.", ["Libraries Review"], kind="list_item",
                      marker="(b)"),
                doc_type="minutes", body="Leisure Committee")
    assert [(d.action, d.subject, d.body, d.date) for d in got] == [
        ("noted", "the consultation findings", "Leisure Committee", "2010-10-21"),
        ("approved", "the mobile library timetable", "Leisure Committee", "2010-10-21")]


@pytest.mark.parametrize("resolution", ["RESOLVED: That the report be noted.",
                                        "AGREED – that the verbal update be noted.",
                                        "RESOLVED that the contents of the report be noted."])
def test_a_generic_subject_is_the_minute_items_heading(resolution):
    got = paper(block("Allotment Waiting Lists", kind="heading", marker="7."),
                block(resolution, ["Allotment Waiting Lists"]),
                doc_type="minutes", body="Leisure Committee")
    assert [(d.action, d.subject) for d in got] == [("noted", "Allotment Waiting Lists")]
    assert got[0].quote.startswith("7. Allotment Waiting Lists ")


def test_a_named_subject_is_kept():
    got = paper(block("Allotment Waiting Lists", kind="heading"),
                block("RESOLVED: That the report of the Head of Parks be noted.", ["Allotment Waiting Lists"]),
                doc_type="minutes", body="Leisure Committee")
    assert [d.subject for d in got] == ["the report of the Head of Parks"]


@pytest.mark.parametrize("text, name", [
    ("The Council's Cabinet agreed the scheme.", "Cabinet"),
    ("In May the Welsh Government approved the bid.", "Welsh Government"),
    ("Council approved the budget.", "council"),
])
def test_deciding_bodies_in_background_sentences(text, name):
    assert [m.name for m in Bodies().mentions(text)] == [name]


@pytest.mark.parametrize("text", ["We work with the Leadership Centre for Local Government.",
                                  "Minister for Education and Skills",
                                  "Leader of the Council"])
def test_offices_and_sectors_are_not_bodies(text):
    assert [m for m in Bodies().mentions(text) if not m.generic] == []


def test_a_request_to_a_minister_is_not_a_decision():
    bodies = Bodies()
    bodies.remember("Glanmor County Council")
    sentence = "I would ask you to confirm the grant rate for the second phase."
    assert decided_clauses(sentence, bodies) == []
    assert recommended_clauses(sentence, bodies, False) == []


def test_a_new_clause_after_a_comma_ends_the_subject():
    from paper_miner.extract.decisions.clauses import trim_subject

    assert trim_subject("to fund the new depot, and the Council will also meet running costs") == "fund the new depot"
    assert trim_subject("the bids from Ashby and Coalville, and from Melton") == "the bids from Ashby and Coalville, and from Melton"


def test_resolved_that_the_board_with_inline_items_and_a_confirmed_record(tmp_path):
    path = tmp_path / "minutes.txt"
    path.write_text(
        "Minutes of the meeting of the Eastshire Health and Wellbeing Board held on 4 May 2011\n\n"
        "Present: Cllr A Smith (Chair)\n\n6. Alcohol Strategy\n\nDr Jones introduced the draft strategy.\n\n"
        "RESOLVED: That the Board (a) note the draft Alcohol Strategy 2011-2014 and (b) support the Safer "
        "Nights campaign by the district councils.\n\n"
        "RESOLVED: That the minutes of the meeting held on 2 March 2011 be confirmed as a correct record.\n",
        encoding="utf-8")
    found = [(d.subject, d.action, d.status) for d in extract_file(path)]
    assert found == [
        ("the draft Alcohol Strategy 2011-2014", "noted", "decided"),
        ("the Safer Nights campaign by the district councils", "supported", "decided"),
        ("the minutes of the meeting held on 2 March 2011", "approved", "decided"),
    ]


def grid(*rows):
    return Block(kind="table", page=1, text="", rows=[Row(cells=list(cells), page=1) for cells in rows])


def test_minutes_grid_rows_are_read_as_their_item_heading_and_paragraphs():
    got = paper(grid(["", "Item", "Minute", "Action by"],
                     ["4.", "Opening Hours", "The revised hours were discussed.\nThe Board agreed the revised "
                      "opening hours for the summer.", "GM"],
                     ["5.", "Minutes of the meeting held on 9 May 2019\nThe minutes were approved.", "", ""],
                     ["6.", "Questions", "Could officers explain why the roof leaks?", ""]),
                doc_type="minutes", body="Northdale Library Trust Board", date="2019-06-12")
    assert [(d.subject, d.action, d.body, d.date) for d in got] == [
        ("the revised opening hours for the summer", "agreed", "Northdale Library Trust Board", "2019-06-12"),
        ("Minutes of the meeting held on 9 May 2019", "approved", "Northdale Library Trust Board", "2019-06-12")]


def test_a_grid_of_points_numbered_inside_their_cells_is_read_point_by_point():
    got = paper(grid(["Points discussed/agreed", "Action Who/When"],
                     ["1. The chair presented a draft timetable for the village plan.\n"
                      "• General agreement that this was a sound basis for the plan.", ""],
                     ["2. The group reviewed the housing survey.\n• Questions were raised about the sample.\n"
                      "• It was agreed that RB and TS would redraft the questions.", "RB/TS Dec"]),
                doc_type="minutes", body="Eastcombe Village Plan Group", date="2019-06-12")
    assert [(d.subject, d.action, d.body) for d in got] == [
        ("this was a sound basis for the plan", "agreed", "Eastcombe Village Plan Group"),
        ("RB and TS would redraft the questions", "agreed", "Eastcombe Village Plan Group")]


def test_minutes_naming_no_body_are_the_authority_meeting():
    got = paper(block("RESOLVED: That the revised Emergency Plan be approved."),
                doc_type="minutes", body=None, authority="Ashwell Town Council", date="2021-03-17")
    assert [(d.body, d.date, d.action) for d in got] == [("Ashwell Town Council", "2021-03-17", "approved")]


def test_lettered_resolution_parts_in_capitals_are_one_decision_each():
    got = paper(block("RESOLVED – that (A) the investment principles in Section 3 be approved;"),
                block("(B) the draft timetable be noted; and (C) the extra post be funded from reserves be agreed."),
                doc_type="minutes")
    assert [d.action for d in got] == ["approved", "noted", "agreed"]


def test_resolution_worded_as_done_and_items_to_otherwise_note():
    got = paper(block("RESOLVED that the forward plan was noted."),
                block("RESOLVED:"),
                block("to otherwise note the content of the audit report.", kind="list_item", marker="(i)"),
                doc_type="minutes")
    assert [(d.subject, d.action) for d in got] == [
        ("the forward plan", "noted"), ("the content of the audit report", "noted")]


def test_it_was_noted_that_is_an_observation_not_a_decision():
    got = paper(block("It was noted that demand for school places had risen. It was agreed that a "
                      "working group be set up."), doc_type="minutes")
    assert [d.action for d in got] == ["agreed"]


@pytest.mark.parametrize("text", [
    "A governor asked whether the lettings policy had been approved by the trust.",
    "Could officers explain why the parking scheme was agreed without consultation?",
    "Apologies were noted and accepted from Cllr Harrow (holiday).",
    "All minutes are draft until agreed at the next meeting of the Committee.",
    "The following matters were agreed for the next agenda: budget monitor and premises.",
    "The Bursar explained that this had been considered and was not a large cost.",
    "The tender for the grass cutting contract had been agreed last year.",
    "Governors were asked to let the Clerk know of their training needs.",
])
def test_asides_in_minutes_are_not_decisions(text):
    assert paper(block(text), doc_type="minutes", body="Finance Committee") == []


def test_what_someone_said_keeps_a_named_bodys_decision():
    got = paper(block("The Chair reported that the Highways Board had approved the crossing scheme."),
                doc_type="minutes", body="Finance Committee")
    assert [(d.body, d.action) for d in got] == [("Highways Board", "approved")]


def test_items_listed_with_their_outcome_after_a_dash():
    """A deferral settles the item for now: the meeting resolved to put it off."""
    got = paper(block("The following were considered, and action taken as shown: a. Review the Lettings "
                      "Policy - agreed b. Staff Expenses policy – approved c. Pay Policy - deferred"),
                doc_type="minutes", body="Resources Committee")
    assert [(d.subject, d.action, d.body) for d in got] == [
        ("Review the Lettings Policy", "agreed", "Resources Committee"),
        ("Staff Expenses policy", "approved", "Resources Committee"),
        ("Pay Policy", "resolved", "Resources Committee")]


@pytest.mark.parametrize(("line", "subject", "action"), [
    ("Request from the Scouts to use the rec on 14 June: Approved £250", "Request from the Scouts to use the rec", "approved"),
    ("Tree survey quote (Oakline Arbor): Declined (over budget)", "Tree survey quote (Oakline Arbor)", "considered"),
    ("Bench refurbishment – Deferred to the July meeting", "Bench refurbishment", "resolved"),
])
def test_an_item_listed_with_its_outcome_after_a_colon_or_a_dash_and_what_goes_with_it(line, subject, action):
    """The outcome may carry a sum, a reason in brackets or when the item comes back; a date
    in the item is the item's, not the day it was decided."""
    got = paper(block(line), doc_type="minutes", body="Amenities Committee", date="2025-05-12")
    assert [(d.subject, d.action, d.date) for d in got] == [(subject, action, "2025-05-12")]


def test_verbs_listed_after_commas_are_each_a_decision():
    got = paper(block("Members accepted the auditor's annual letter, approved the revised risk register "
                      "and asked the Clerk to circulate the findings."), doc_type="minutes", body="Audit Panel")
    assert [(d.subject, d.action) for d in got] == [
        ("the auditor's annual letter", "accepted"), ("the revised risk register", "approved"),
        ("the Clerk to circulate the findings", "requested")]


def test_a_participle_after_a_comma_is_no_decision_of_its_own():
    got = paper(block("The Panel noted the tree strategy, approved by Cabinet in May, and the planting list."),
                doc_type="minutes", body="Audit Panel")
    assert [d.action for d in got] == ["noted"]


def test_a_pronoun_subject_takes_the_run_in_item_heading():
    got = paper(block("New Members: Applications to join were received from three village groups. "
                      "All were accepted."), block("This was agreed."),
                doc_type="minutes", body="Library Trust Board")
    assert [(d.subject, d.action) for d in got] == [("New Members", "accepted")]


@pytest.mark.parametrize("text, subject, action", [
    ("The Council agreed by show of hands (4 for, 1 against), that the mowing contract be awarded "
     "to Greenway Ltd.", "the mowing contract be awarded to Greenway Ltd", "agreed"),
    ("The motion was carried on a show of hands.", "motion", "agreed"),
    ("Otherwise the update was noted.", "update", "noted"),
])
def test_votes_and_sentence_adverbs_are_not_part_of_the_subject(text, subject, action):
    got = paper(block(text), doc_type="minutes", body="Oakley Parish Council")
    assert [(d.subject, d.action) for d in got] == [(subject, action)]


def test_a_motion_carried_before_its_resolutions_is_not_a_decision_of_its_own():
    got = paper(block("Upon being put, the MOTION was CARRIED, there being 30 members in favour and 2 against."),
                block("Accordingly, it was resolved:"),
                block("That the revenue estimates for 2027/28 be approved.", kind="list_item", marker="(1)"),
                doc_type="minutes", body="Council")
    assert [(d.subject, d.action) for d in got] == [("the revenue estimates for 2027/28", "approved")]


def test_a_recommendation_stated_in_a_minutes_narrative_is_recommended_to_the_body_told():
    got = paper(block("The Licensing Manager presented the annual review. He informed the Committee that the "
                      "recommendation was that the review be noted and that the revised fee of £45 be approved."),
                doc_type="minutes", body=None, date="2026-03-11")
    assert [(d.body, d.subject, d.action, d.status) for d in got] == [
        ("Committee", "the review", "noted", "recommended"),
        ("Committee", "the revised fee of £45", "approved", "recommended")]


@pytest.mark.parametrize("text", [
    "The Panel approved the minutes from the meeting on 25 July.",
    "The minutes of the meeting held on Wednesday 12 September 2013 were approved as a correct record.",
])
def test_minutes_approved_take_the_meetings_date_not_the_minuted_meetings(text):
    got = paper(block(text), doc_type="minutes", body="Open Data Panel", date="2013-10-17")
    assert [(d.body, d.date, d.action) for d in got] == [("Open Data Panel", "2013-10-17", "approved")]


def test_the_meetings_own_resolution_is_of_its_day_not_the_item_headings_month():
    got = paper(block("RESOLVED that Cabinet agree to note the forecast overspend of £2.1m.",
                      section=["24/00310 - Budget Monitoring Report - November 2024-25"]),
                doc_type="minutes", body="Cabinet", date="2025-01-30")
    assert [(d.body, d.date) for d in got] == [("Cabinet", "2025-01-30")]


def test_a_cabinet_member_is_a_person_not_the_cabinet():
    bodies = Bodies()
    text = "Mr Hale, Deputy Leader and Cabinet Member for Finance, introduced the report."
    assert bodies.mentions(text) == []


@pytest.mark.parametrize("text, expected", [
    ("The Executive on 14 May decided not to proceed with the depot sale.",
     ("Executive", "2024-05-14", "agreed")),
    ("Following presentation to the Transport Cabinet Committee on 14th November 2024, the Westshire "
     "Travel Plan was approved for adoption by Cabinet on 28th November 2024.",
     ("Cabinet", "2024-11-28", "approved")),
])
def test_other_bodies_decisions_keep_their_own_body_and_date(text, expected):
    got = paper(block(text), doc_type="minutes", body="Resources Committee", date="2025-01-30")
    assert [(d.body, d.date, d.action) for d in got] == [expected]


def test_an_opinion_agreed_is_not_a_decision_and_all_is_no_part_of_the_subject():
    got = paper(block("Council agreed that the quality of work is very important. All payments were "
                      "approved. The accounts were checked and agreed."),
                doc_type="minutes", body="Oakley Parish Council")
    assert [(d.subject, d.action) for d in got] == [("payments", "approved"), ("accounts", "agreed")]


@pytest.mark.parametrize("text", [
    "Northvale was noted for its accurate forecasting last year.",
    "The quarterly return was noted to be two months behind the reporting cycle.",
    "With regard to housing sites without planning permission, it was noted that forecasts excluded them.",
])
def test_noted_for_and_a_late_it_was_noted_that_are_not_decisions(text):
    assert paper(block(text), doc_type="minutes", body="Cabinet") == []


def test_a_resolution_part_granting_delegated_authority_is_a_decision_of_its_own():
    got = paper(block("RESOLVED that Cabinet agree to close the Marsh Lane depot from 1 June 2026; and that "
                      "delegated authority be given to the Director of Environment, in consultation with the "
                      "Cabinet Member for Waste, to take the relevant actions to implement the decision."),
                block("RESOLVED that authority be delegated to the Head of Legal Services to complete the lease."),
                doc_type="minutes", body="Cabinet", date="2026-03-12")
    assert [(d.subject, d.action, d.body, d.status) for d in got] == [
        ("close the Marsh Lane depot from 1 June 2026", "agreed", "Cabinet", "decided"),
        ("delegated authority to the Director of Environment, in consultation with the Cabinet Member for "
         "Waste, to take the relevant actions to implement the decision", "agreed", "Cabinet", "decided"),
        ("delegated authority to the Head of Legal Services to complete the lease", "agreed", "Cabinet",
         "decided")]


def test_a_resolution_worded_as_what_the_body_did_is_one_decision_per_verb():
    got = paper(block("RESOLVED that Executive considered the comments of the scrutiny panels and endorsed "
                      "the draft Capital Strategy to be presented to Full Council for final decisions."),
                doc_type="minutes", body="Executive", date="2026-02-05")
    assert [(d.subject, d.action, d.body, d.date, d.status) for d in got] == [
        ("the comments of the scrutiny panels", "considered", "Executive", "2026-02-05", "decided"),
        ("the draft Capital Strategy to be presented to Full Council for final decisions", "endorsed", "Executive", "2026-02-05",
         "decided")]


def test_approval_given_at_another_bodys_meeting_is_that_bodys_decision():
    got = paper(block("At the meeting of the Overview Committee held on 3rd March 2026, Decision 26/00012 - "
                      "Library Review, which had been called in, was given approval to proceed."),
                doc_type="minutes", body="Cabinet", date="2026-03-12")
    assert [(d.body, d.date, d.action) for d in got] == [("Overview Committee", "2026-03-03", "approved")]
    assert "Library Review" in got[0].subject


@pytest.mark.parametrize("text", [
    "There were 40 entries, and prizes were awarded to the three best designs.",
    "The council received no share of the new grant, as it was allocated to areas with the lowest tax base.",
    "Since April 2025, the Enterprise Board has approved £1.5 million in loans to local firms.",
    "Places were reviewed after the opening of the Westshire County Council children's homes and supported "
    "accommodation.",
    "The Westshire Sports Partnership has also confirmed that funding has been applied to from the Arts "
    "Council as part of its programme for two districts.",
])
def test_statements_of_fact_and_service_descriptions_are_not_decisions(text):
    assert paper(block(text), doc_type="minutes", body="Cabinet", date="2026-03-12") == []


def test_a_resolution_part_that_points_back_stays_with_the_part_before():
    got = paper(block("RESOLVED that the minutes of the meeting on 2 May 2026 were a correct record and that they "
                      "be signed by the Chair."), doc_type="minutes", body="Audit Panel", date="2026-06-01")
    assert len(got) == 1


@pytest.mark.parametrize("text, status", [
    ("RESOLVED to recommend to County Council that the Revenue Budget 2026-27 be approved.", "decided"),
    ("RESOLVED that it be recommended to Full Council that the Revenue Budget 2026-27 be adopted.", "decided"),
    ("RECOMMENDED to Council that the Revenue Budget 2026-27 be approved.", "recommended"),
    ("Cabinet RECOMMENDS to Council that the Revenue Budget 2026-27 be approved.", "recommended"),
])
def test_a_recommendation_to_full_council_is_the_recommending_bodys(text, status):
    got = paper(block(text), doc_type="minutes", body="Cabinet", date="2026-02-05")
    assert [(d.body, d.date, d.action, d.status) for d in got] == [("Cabinet", "2026-02-05", "recommended", status)]
    assert got[0].subject.startswith("the Revenue Budget 2026-27 (recommendation to ")


def test_a_be_after_a_modal_is_not_the_resolving_verb():
    found = subjunctive_clauses("that the extra cost that will be funded from the reserve be noted.")
    assert [(c.action, c.subject) for c in found] == [("noted", "the extra cost that will be funded from the reserve")]


def test_it_was_agreed_after_and_is_about_what_follows_not_the_clause_before():
    got = paper(block("The siting of the new noticeboard was discussed and it was agreed that the noticeboard be placed by the "
                      "village hall. There were several comments on the leaflet and it was accepted."),
                doc_type="minutes", body="Brookfield Parish Council", date="2026-04-02")
    assert [(d.subject, d.action) for d in got] == [("the noticeboard be placed by the village hall", "agreed")]


@pytest.mark.parametrize("text, action, subject", [
    ("Committee resolved to note the quarterly budget report.", "noted", "the quarterly budget report"),
    ("It was resolved to approve the revised hire charges.", "approved", "the revised hire charges"),
    ("It was agreed to renew the grass cutting contract.", "agreed", "renew the grass cutting contract"),
    ("Payment of £84.00 was unanimously agreed.", "agreed", "Payment of £84.00"),
    ("The bids were reviewed and Councillors agreed to fund both schemes.", "agreed", "fund both schemes"),
    # the meeting's people did one thing, then decided
    ("Members inspected the play area and agreed to replace the swings.", "agreed", "replace the swings"),
    ("The Councillors had reviewed the policy and agreed that no amendments were required.", "agreed",
     "no amendments were required"),
    # a vote, its verb the decision
    ("The Committee voted unanimously in favour of adopting the revised standing orders.", "approved",
     "the revised standing orders"),
])
def test_minutes_wording_without_a_resolution_label(text, action, subject):
    found = decided_clauses(text, Bodies())
    assert [(c.action, c.subject) for c in found] == [(action, subject)]


def test_members_noting_in_discussion_is_no_decision():
    assert decided_clauses("Members noted the pressures on the adult social care budget.", Bodies()) == []
    assert decided_clauses("Members discussed the pressures and noted the overspend.", Bodies()) == []


def test_members_voting_at_another_bodys_meeting_is_that_bodys_decision():
    found = decided_clauses("The final draft Cycling Strategy was presented at County Council on 4 March 2026 and "
                            "members voted to approve its adoption.", Bodies())
    assert [(c.action, c.subject, c.agent.name) for c in found] == [("approved", "its adoption", "County Council")]


def test_mover_and_seconder_stand_between_it_was_and_the_verb():
    text = "It was proposed by Cllr. J. Hale, seconded by Cllr. R. Osei and duly resolved to adopt the new standing orders."
    assert len(without_movers(text)) == len(text)  # quotes and dates keep their offsets
    found = decided_clauses(without_movers(text), Bodies())
    assert [(c.action, c.subject) for c in found] == [("approved", "the new standing orders")]


def test_a_title_or_an_initial_ends_no_sentence():
    text = "Proposed by Cllr. A. Marsh and agreed. Next item."
    assert [s for _, s in sentence_spans(text)] == ["Proposed by Cllr. A. Marsh and agreed.", "Next item."]


@pytest.mark.parametrize("text, first", [
    ("DECISION 1. Approve the new fees. 2. Note the budget.", "DECISION 1. Approve the new fees."),
    ("RESOLVED: 1. That the plan be adopted.", "RESOLVED: 1. That the plan be adopted."),
    ("The figures are in section 4. Cabinet noted them.", "The figures are in section 4."),
])
def test_an_item_number_after_a_label_ends_no_sentence(text, first):
    assert sentence_spans(text)[0][1].strip() == first


@pytest.mark.parametrize("lead, action", [
    ("It was RESOLVED to approve:", "approved"),
    ("It was resolved to note the following:", "noted"),
    ("RESOLVED that the following be agreed:", "agreed"),
])
def test_a_resolution_naming_only_its_verb_leads_items_that_take_it(lead, action):
    found = lead_in(lead, Bodies(), records=True)
    assert (found.status, found.action) == ("decided", action)
    assert [c.action for c in item_clauses("A grant of £400 to the village show", found, Bodies())] == [action]


def test_a_title_about_delegated_decisions_names_no_body():
    assert Bodies().mentions("P24/106 Actions Taken Under Delegated Authority") == []


def test_minutes_confirmed_as_a_correct_record_are_approved():
    found = decided_clauses("The Council unanimously agreed that the minutes of 3 June be signed as a correct record.",
                            Bodies(authority="Eastbury Parish Council"))
    assert [(c.action, c.subject) for c in found] == [("approved", "the minutes of 3 June")]


def test_and_to_starts_a_second_decision_of_a_resolution():
    bodies = Bodies()
    found = label("RESOLVED that the Board to note and comment on the annual report and to approve the action plan.",
                  bodies)
    assert [(c.action, c.subject) for c in item_clauses(found.rest, found, bodies)] == [
        ("noted", "the annual report"), ("approved", "the action plan")]


def test_thanks_in_a_resolution_are_no_decision():
    assert [(c.action, c.subject) for c in subjunctive_clauses(
        "That the volunteers be thanked for their work and the revised rota be approved.")] == [
        ("approved", "the revised rota")]


def test_a_recommendation_the_meeting_then_resolves_is_one_decision():
    got = paper(block("It is recommended that the Executive approves the revised parking charges."),
                block("RESOLVED: That the revised parking charges be approved."),
                doc_type="minutes", body="Executive", date="2016-05-10")
    assert [(d.action, d.status, d.subject) for d in got] == [("approved", "decided", "the revised parking charges")]


def test_minutes_committee_is_their_own_not_another_named_earlier():
    got = paper(block("The Finance Committee had set the budget in March."),
                block("Committee resolved to approve the bench replacement programme."),
                doc_type="minutes", body="Amenities Committee", date="2022-09-06")
    assert [(d.body, d.date, d.action) for d in got] == [("Amenities Committee", "2022-09-06", "approved")]


def test_outcome_table_rows_in_minutes_are_decisions_and_in_reports_are_not():
    table = grid(["Applicant", "Summary", "Decision"],
                 ["Eastfield Bowls Club", "New mower", "Approved."],
                 ["Westfield Scouts", "Hut roof", "Deferred to June."],
                 ["Northfield Choir", "Concert hire", "Refused – outside the criteria."])
    minutes = paper(table, doc_type="minutes", body="Grants Panel", date="2018-01-09")
    assert [(d.subject, d.action, d.quote) for d in minutes] == [
        ("Eastfield Bowls Club", "approved", "Eastfield Bowls Club … Approved."),
        ("Northfield Choir", "considered", "Northfield Choir … Refused – outside the criteria.")]
    assert paper(table, body="Grants Panel") == []


def test_a_numbered_item_in_the_agendas_words_with_its_full_stop_heads_its_minute():
    got = paper(block("Apologies:", kind="list_item", marker="1."), block("Cllrs Hale and Moss."),
                block("To receive and approve the minutes of the Amenities and Open Spaces Committee meeting held on "
                      "3 February 2022.", kind="list_item", marker="3."),
                block("The minutes were then accepted as correct."),
                doc_type="minutes", body="Amenities Committee", date="2022-03-03")
    assert [(d.action, d.subject) for d in got] == [
        ("accepted", "the minutes of the Amenities and Open Spaces Committee meeting held on 3 February 2022")]


def test_a_decision_and_action_column_decides_about_the_item_named_beside_its_number():
    table = grid(["No.", "Item", "Discussion", "Decision / Action"],
                 ["BC 24/07", "Library opening hours", "Visitor numbers by hour were set out.", "AGREED, from 1 April"],
                 ["BC 24/08", "Risk register", "Two risks were added.", "NOTED"])
    got = paper(table, doc_type="minutes", body="Libraries Board", date="2024-03-05")
    assert [(d.subject, d.action) for d in got] == [("Library opening hours", "agreed"), ("Risk register", "noted")]


def test_an_outcome_with_its_condition_under_an_items_heading_decides_about_the_item():
    got = paper(block("Branch library closure", kind="heading"),
                block("APPROVED, subject to a review of opening hours after six months", ["Branch library closure"]),
                doc_type="minutes", body="Libraries Board", date="2024-03-05")
    assert [(d.subject, d.action) for d in got] == [("Branch library closure", "approved")]


def test_an_action_column_holds_what_the_meeting_decided_about_the_rows_subject():
    """Grid minutes number their items and name them in a "Subject" column; the "Action" cell
    says what was decided: an outcome word (about the subject, or about what follows its colon),
    an action note ("Clerk to write to ..."), or nothing ("None")."""
    table = grid(["No", "Subject", "Discussion", "Action"],
                 ["3", "Bus shelter", "Glass broken again.", "Clerk to ask the County for a quote"],
                 ["4", "Finance", "Payments listed.", "Approved; the Chair to sign the list"],
                 ["5", "Verges", "Cutting dates discussed.", "Agreed: two cuts a year from June"],
                 ["6", "Police report", "Two incidents.", "None"])
    got = paper(table, doc_type="minutes", body="Northby Parish Council", date="2025-04-08")
    assert [(d.subject, d.action) for d in got] == [
        ("Clerk to ask the County for a quote", "agreed"), ("Finance", "approved"),
        ("two cuts a year from June", "agreed")]


def test_an_item_then_its_outcome_alone_is_a_decision():
    got = paper(block("Request from the village show for a donation. Agreed", kind="list_item", marker="iv)"),
                doc_type="minutes", body="Eastbury Parish Council", date="2017-07-12")
    assert [(d.subject, d.action) for d in got] == [("Request from the village show for a donation", "agreed")]


def test_a_resolution_asking_for_a_report_back_names_its_body():
    got = paper(block("RESOLVED – that the draft lettings policy be noted and that a further report be submitted "
                      "to a future Executive meeting."), body=None, doc_type="report")
    assert {(d.body, d.action) for d in got} == {("Executive", "noted"), ("Executive", "requested")}


def test_a_cabinet_member_deciding_alone_is_the_decision_maker():
    found = recommended_clauses("That the Cabinet Member for Housing and Planning approves the disposal of the "
                                "garage site at Elm Row.", Bodies(), True)
    assert [(c.agent.name, c.action, c.subject) for c in found] == [
        ("Cabinet Member for Housing and Planning", "approved", "the disposal of the garage site at Elm Row")]


@pytest.mark.parametrize("text, subject", [
    ("AGREED: To consult on closing the Eastgate depot.", "consult on closing the Eastgate depot"),
    ("RESOLVED – to write to the Highways Authority about speeding on Mill Lane.",
     "write to the Highways Authority about speeding on Mill Lane"),
])
def test_a_resolution_to_act_is_agreeing_to_it(text, subject):
    formal = label(text, Bodies())
    assert [(c.action, c.subject) for c in item_clauses(formal.rest, formal, Bodies())] == [("agreed", subject)]


def test_a_resolution_to_review_information_is_considering_it():
    formal = label("RESOLVED: To review the performance and risk information for the Housing Plan.", Bodies())
    assert [(c.action, c.subject) for c in item_clauses(formal.rest, formal, Bodies())] == [
        ("considered", "the performance and risk information for the Housing Plan")]


def test_a_resolution_to_discuss_decides_nothing():
    formal = label("RESOLVED: to discuss the play area at the next meeting.", Bodies())
    assert item_clauses(formal.rest, formal, Bodies()) == []


@pytest.mark.parametrize("sentence, body", [
    ("The Senior Management Team agreed the revised lone working policy.", "Senior Management Team"),
    ("Finance DMT approved the savings plan.", "Finance DMT"),
    ("CLT endorsed the draft Digital Strategy.", "CLT"),
])
def test_officer_groups_decide(sentence, body):
    found = decided_clauses(sentence, Bodies())
    assert [c.agent.name for c in found] == [body]


def test_an_item_spoken_of_as_this_item_with_no_heading_is_no_decision():
    got = paper(block("To discuss a staffing matter in closed session. This item was resolved."),
                doc_type="minutes", body="Eastwick Town Council")
    assert got == []


def test_a_record_resolution_naming_no_body_is_kept_with_body_null():
    got = paper(block("RESOLVED that the bowls club lease be renewed for five years."),
                doc_type="minutes", body=None, date="2021-06-14")
    assert [(d.body, d.date, d.action) for d in got] == [(None, "2021-06-14", "agreed")]


def test_a_report_recommendation_naming_no_body_is_still_dropped():
    assert paper(block("It is recommended that the bowls club lease be renewed."), body=None) == []


def test_giving_consideration_to_an_item_is_considering_it():
    lead = label("It is recommended that the Cabinet", Bodies())
    found = item_clauses("gives consideration to the comments of the Scrutiny Panel, which will follow.", lead, Bodies())
    assert [(c.action, c.status, c.subject) for c in found] == [
        ("considered", "recommended", "the comments of the Scrutiny Panel, which will follow")]


def test_minutes_report_recommended_lead_keeps_its_items_recommended():
    got = paper(block("The report recommended:-"),
                block("That the Panel review and comment on the draft Play Strategy and its action plan."),
                doc_type="minutes", body="Children's Services Scrutiny Panel", date="2022-02-03")
    assert [(d.body, d.action, d.status, d.subject) for d in got] == [
        ("Children's Services Scrutiny Panel", "considered", "recommended", "the draft Play Strategy and its action plan")]


def test_a_papers_kind_is_no_part_of_a_bodys_name():
    bodies = Bodies()
    bodies.remember("Record of Cabinet Decision")
    assert [m.name for m in bodies.mentions("That Cabinet approves:-")] == ["Cabinet"]


@pytest.mark.parametrize("lead, action, onward, status", [
    ("That Cabinet approves and recommends to Council:-", "recommended", "Council", "decided"),
    ("That the Scrutiny Panel notes and endorses:", "endorsed", None, "decided"),
    ("The Licensing Committee approved:-", "approved", None, "decided"),
])
def test_a_lead_in_naming_its_body_gives_its_verb_to_its_items(lead, action, onward, status):
    found = lead_in(lead, Bodies(), records=True)
    assert (found.action, found.onward, found.status) == (action, onward, status)


def test_a_lead_ins_verb_under_recommendations_stays_recommended():
    assert lead_in("That Cabinet approves and recommends to Council:-", Bodies(), True, records=True).status == "recommended"


def test_a_present_tense_resolution_is_one_decision_per_verb_and_an_item_with_its_own_verb_keeps_it():
    lead = label("The Decision:", Bodies())
    assert (lead.status, lead.leads) == ("decided", True)
    found = item_clauses("That the Committee notes the report and agrees the Tree Strategy for 2024.", lead, Bodies())
    assert [(c.action, c.subject) for c in found] == [("noted", "the report"), ("agreed", "the Tree Strategy for 2024")]
    cabinet = lead_in("That Cabinet approves:-", Bodies(), records=True)
    assert [c.action for c in item_clauses("to note the timetable in Appendix C.", cabinet, Bodies())] == ["noted"]
    assert item_clauses("agreed to consult on the charges.", cabinet, Bodies()) == []  # read as reported


def test_a_bare_decision_heading_leads_the_numbered_items_under_it_but_not_thanks(tmp_path):
    """A Scottish minute prints "Decision" on a line of its own over "1) To approve ..."; its
    thanks to a deputation decide nothing; the meeting's hour before its date is no item number."""
    path = tmp_path / "minute.txt"
    path.write_text("GLENCAIRN COUNCIL\nHousing and Communities Committee\n2.00 pm, Tuesday 4 March 2025\n"
                    "Present: Councillor Baird (Convener), Councillors Dow and Moir.\n"
                    "6. Tenant Participation Strategy\nThe report was presented by the Head of Housing.\nDecision\n"
                    "1) To approve the Tenant Participation Strategy 2025-2028.\n2) To thank the tenants' panel for "
                    "their contribution.\n", encoding="utf-8")
    got = extract_file(path)
    assert [(d.subject, d.action, d.date) for d in got] == [
        ("the Tenant Participation Strategy 2025-2028", "approved", "2025-03-04")]


def test_a_long_lead_in_that_says_namely_leads_its_bullets(tmp_path):
    path = tmp_path / "minute.txt"
    path.write_text("Holmwood Health and Wellbeing Board\nMinutes 6 March 2025\n4 Joint Strategy Refresh\n"
                    "Members AGREED the recommendations as set out in the covering report, namely:\n"
                    "• to endorse the refreshed priorities; and\n• to note the engagement findings.\n",
                    encoding="utf-8")
    assert [(d.subject, d.action) for d in extract_file(path)] == [
        ("the refreshed priorities", "endorsed"), ("the engagement findings", "noted")]


def test_an_item_closed_by_resolved_on_its_own_is_a_decision():
    got = paper(block("Adoption of the new grants policy. Resolved.", kind="list_item", marker="c)"),
                doc_type="minutes", body="Ashcott Parish Council", date="2025-01-14")
    assert [(d.subject, d.action) for d in got] == [("Adoption of the new grants policy", "resolved")]


def test_items_that_name_an_officer_and_what_they_are_to_do_are_agreed():
    """"RESOLVED that: (i) the Clerk order two new benches; (ii) the Chair write to the school":
    an officer in the subjunctive, agreed; "the Clerk reported ..." states a fact."""
    lead = label("RESOLVED that:", Bodies())
    assert [(c.action, c.subject) for c in item_clauses("the Clerk order two new benches for the green;", lead, Bodies())] \
        == [("agreed", "the Clerk order two new benches for the green")]
    assert item_clauses("the Clerk reported that the stile was broken.", lead, Bodies()) == []


def test_a_resolution_that_asks_someone_to_act_after_agreeing_is_a_second_decision():
    lead = label("RESOLVED:", Bodies())
    found = item_clauses("That Council agrees the new scheme of delegation and asks the Head of Legal to "
                         "publish them.", lead, Bodies())
    assert [(c.action, c.subject) for c in found] == [
        ("agreed", "the new scheme of delegation"), ("requested", "the Head of Legal to publish them")]


def test_a_motion_passed_is_the_meetings_decision_and_one_not_passed_is_none():
    passed = paper(block("Staff Benefits", kind="heading"),
                   block("It was proposed that the benefits scheme be approved in two stages, the first being "
                         "a 2% pay award from 1 April.", ["Staff Benefits"]),
                   block("The second stage would follow once guidelines were written.", ["Staff Benefits"]),
                   block("This was carried unanimously.", ["Staff Benefits"]),
                   doc_type="minutes", body="Westmere Leisure Trust Board", date="2019-05-02")
    assert [(d.body, d.date, d.action, d.subject) for d in passed] == [
        ("Westmere Leisure Trust Board", "2019-05-02", "approved", "the benefits scheme")]
    assert "It was proposed that" in passed[0].quote and "This was carried unanimously." in passed[0].quote
    put = paper(block("It was proposed that the library close on Mondays.", ["Hours"]),
                block("The Chair thanked officers for the report.", ["Hours"]),
                doc_type="minutes", body="Westmere Leisure Trust Board", date="2019-05-02")
    assert put == []


def test_a_motion_the_next_sentence_says_was_seconded_and_agreed_is_decided():
    got = paper(block("It was proposed by Cllr Day that the council buys a new swing for the play area. This was "
                      "seconded by Cllr Moss and agreed by all.", ["Play area"]),
                doc_type="minutes", body="Hollins Parish Council", date="2022-05-04")
    assert [(d.action, d.subject) for d in got] == [("agreed", "the council buys a new swing for the play area")]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The Chairman proposed that the hall hire charge be raised to £15 an hour from May, seconded and "
                 "carried unanimously.", ("agreed", "the hall hire charge be raised to £15 an hour from May"),
                 id="the chairman moves, no seconder named"),
    pytest.param("Cllr. Ross proposed that a quote of £900 should be accepted for the hedge cutting. Cllr. Hart seconded "
                 "the motion, which was carried.", ("accepted", "a quote of £900"),
                 id="the seconder's own sentence carries it"),
])
def test_a_motion_proposed_seconded_and_carried_in_a_parish_councils_words(text, expected):
    got = paper(block(text, ["Village hall"]), doc_type="minutes", body="Ashby Parish Council", date="2023-07-03")
    assert [(d.action, d.subject) for d in got] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Caretaker's contract – the hours, agreed as 12 hours a week from January.",
     [("agreed", "Caretaker's contract – the hours, 12 hours a week from January", "2020-09-28")]),
    ("Clerk's appraisal – the process, agreed as 6 November at 0930.",
     [("agreed", "Clerk's appraisal – the process, 6 November at 0930", "2020-09-28")]),
    ("Minutes of the meeting held on 3 May, approved as a correct record.",
     [("approved", "Minutes of the meeting held on 3 May", "2020-09-28")]),
    ("The plan, agreed as part of the 2019 budget, is now under way.", []),
])
def test_an_item_with_its_outcome_after_a_comma(text, expected):
    got = paper(block(text, ["Staffing"]), doc_type="minutes", body="Resources Committee", date="2020-09-28")
    assert [(d.action, d.subject, d.date) for d in got] == expected


def test_members_deciding_after_another_bodys_meeting_are_that_bodys_members():
    got = paper(block("Leader's Update", kind="heading"),
                block("At the Scrutiny Committee held on 14th March 2023, Members considered the call-in of the "
                      "decision on library opening hours.", ["Leader's Update"], kind="list_item", marker="(a)"),
                block("Members agreed to refer the decision to full Council.", ["Leader's Update"]),
                block("Venue", kind="heading"),
                block("Members agreed to hold the next meeting in the Town Hall.", ["Venue"]),
                doc_type="minutes", body="Cabinet", date="2023-03-16")
    # the call-in considered, then referred ("refer the decision"): one decision of the Scrutiny Committee
    assert [(d.body, d.date, d.action) for d in got] == [
        ("Scrutiny Committee", "2023-03-14", "agreed"), ("Cabinet", "2023-03-16", "agreed")]
    assert "call-in" in got[0].subject


@pytest.mark.parametrize(("before", "expected"), [
    ("The Chair asked whether all members of the Trust Board were content with the draft response.",
     [("Westmere Trust Board", "agreed", "its submission")]),
    ("The Board discussed the draft response at length.", [("Westmere Trust Board", "agreed", "its submission")]),
    ("The applicants explained that the consultation would close in May.", []),  # "they" are the applicants
])
def test_they_agreeing_after_a_sentence_naming_the_members_is_the_meetings_decision(before, expected):
    got = paper(block(f"{before} They unanimously agreed to its submission.", ["Consultation Response"]),
                doc_type="minutes", body="Westmere Trust Board", date="2021-06-09")
    assert [(d.body, d.action, d.subject) for d in got] == expected


@pytest.mark.parametrize("text", [
    "That the minutes of the meeting held on 4 March 2022 were a correct record and that they be signed by the Chair.",
    "That the minutes of the meeting held on 4 March 2022 be confirmed and signed as a true record.",
])
def test_minutes_confirmed_as_a_record_are_approved_whatever_is_said_of_them_after(text):
    found = subjunctive_clauses(text)
    assert [(c.action, c.subject) for c in found] == [("approved", "the minutes of the meeting held on 4 March 2022")]


def test_of_two_passives_the_decision_verb_resolves():
    found = subjunctive_clauses("That a new notice board be purchased for the green, at a cost of £312.50, be approved.")
    assert [(c.action, c.subject) for c in found] == [
        ("approved", "a new notice board be purchased for the green, at a cost of £312.50")]


@pytest.mark.parametrize(("then", "merged"), [
    ("Members agreed to refer the decision to the Council.", True),
    ("Members agreed to adopt this policy with minor amendments.", True),
    ("Members agreed to refer the tree survey to the Council.", False),  # another thing than the one considered
])
def test_a_thing_considered_then_acted_on_by_its_noun_is_one_decision(then, merged):
    got = paper(block(f"The Committee considered the draft decision on the parking policy. {then}", ["Parking"]),
                doc_type="minutes", body="Scrutiny Committee", date="2023-03-14")
    # the minute's opening, left alone when the decision is about another thing, is no decision
    assert [(d.action, "parking policy" in d.quote) for d in got] == [("agreed", merged)]


def test_an_item_asked_of_a_body_with_two_base_verbs_is_two_decisions():
    got = paper(block("Cabinet is asked to:"),
                block("NOTE the revised capital figures and ENDORSE that they be reported to Council in July.",
                      kind="list_item", marker="1)"),
                doc_type="report", body="Cabinet", date="2022-06-15")
    assert [(d.action, d.subject) for d in got] == [
        ("noted", "the revised capital figures"), ("endorsed", "they be reported to Council in July")]


def test_a_report_resolved_to_be_received_is_noted():
    found = subjunctive_clauses("That the annual fraud report be received.")
    assert [(c.action, c.subject) for c in found] == [("noted", "the annual fraud report")]


@pytest.mark.parametrize("lines, body, date", [
    (["Issue - meetings", "Meeting: 03/05/2018 - Licensing Sub-Committee (pre 2019) (Item 4)"],
     "Licensing Sub-Committee", "2018-05-03"),
    (["Decision details", "Decision maker: Leader of the Council", "Decision date: 04/11/2022"],
     "Leader of the Council", "2022-11-04"),
    (["Issue - decisions", "12/01/2017 - Playing Pitch Strategy"], None, "2017-01-12"),
    (["It was agreed to refer the plan to this Scrutiny Board.", "Date of decision: 9 June 2016"],
     "Scrutiny Board", "2016-06-09"),
    (["Meeting of Harbour Board, Monday 3 October 2016"], "Harbour Board", "2016-10-03"),
    (["Licensing Panel – Minutes – 4 May 2016", "Resolved – That the licence be granted."], "Licensing Panel",
     "2016-05-04"),
    (["OVERVIEW COMMITTEE: 2ND MAY, 2019", "REFERENCE FROM CABINET: 8TH APRIL, 2019"], "Cabinet", "2019-04-08"),
    (["Referral from the Housing Panel - 14 March 2022"], "Housing Panel", "2022-03-14"),
    (["Extract from the minutes of the Executive Board held on 3 June 2015"], "Executive Board", "2015-06-03"),
])
def test_a_web_pages_header_lines_name_its_meeting(lines, body, date):
    own = own_meeting([block(line) for line in lines], Bodies())
    assert (own.body, own.date, own.stated) == (body, date, True)


def test_a_page_without_header_lines_takes_its_body_from_this_body_and_records_nothing_stated():
    own = own_meeting([block("At the meeting of this Area Forum held on 2 May it was noted that ...")], Bodies())
    assert (own.body, own.date, own.stated) == ("Area Forum", None, False)
    assert own_meeting([block("This Council is committed to net zero.")], Bodies()).body is None


def test_a_topic_of_a_bare_head_noun_is_no_body():
    assert [m.name for m in Bodies().mentions("3. Publication of Committee papers")] == []
    assert [m.name for m in Bodies().mentions("the Court of Common Council agreed")] == ["Court of Common Council"]


def test_decisions_with_different_figures_are_not_one():
    assert not same_subject("the Capital Strategy as set out in Appendix 1",
                            "the Capital Receipts Strategy as set out in Appendix 5")
    assert same_subject("the bids for £1,702,211 form the first phase of the 3 year programme",
                        "the programme forms the first phase of the 3 year programme")


def test_a_participle_pointing_to_an_appendix_is_no_decision():
    found = decided_clauses("The Cabinet approved the capital variation requested at Appendix 2.", Bodies())
    assert [c.action for c in found] == ["approved"]


def test_an_authored_report_introduces_its_item_when_a_resolution_follows():
    intro = block("The Audit Panel considered a report of the Head of Audit, which summarised the work done.")
    resolved = [block("RESOLVED:"), block("That the progress on the audit plan be noted.", kind="list_item", marker="1)")]
    got = paper(intro, *resolved, doc_type="minutes", body="Audit Panel")
    assert [d.action for d in got] == ["noted"]
    alone = paper(intro, doc_type="minutes", body="Audit Panel")
    assert alone == []  # the minute's opening says what was before the meeting, not what it decided


@pytest.mark.parametrize("sentence, action", [
    ("The Panel resolved to defer the bid until the March meeting.", "resolved"),
])
def test_a_resolution_to_act_keeps_the_verb_the_record_gives(sentence, action):
    assert [c.action for c in decided_clauses(sentence, Bodies())] == [action]


def test_an_impersonal_resolution_is_about_what_it_agrees():
    found = subjunctive_clauses("That it be agreed that £12,000 be allocated from the Ward Fund to the youth club.")
    assert [(c.action, c.subject) for c in found] == [
        ("agreed", "£12,000 be allocated from the Ward Fund to the youth club")]


@pytest.mark.parametrize("resolution, body", [
    ("Agreed – that the Board would write to the Secretary of State about the bus grant.", "Board"),
    ("AGREED – that the Panel will revisit the parking charges in the spring.", "Panel"),
])
def test_a_resolution_that_something_is_to_happen_agrees_it(resolution, body):
    formal = label(resolution, Bodies())
    found = item_clauses(formal.rest, formal, Bodies())
    assert [(c.action, c.agent.name.capitalize() if c.agent else None) for c in found] == [("agreed", body)]


def test_an_item_considered_by_no_one_named_introduces_the_resolution_that_follows():
    got = paper(block("The application from the bowls club was considered against the fund's criteria."),
                block("Resolved – That a grant of £1,500 to the bowls club be approved."),
                doc_type="minutes", body="Grants Panel")
    assert [d.action for d in got] == ["approved"]


@pytest.mark.parametrize("heading, title", [
    ("Item 6: Internal Audit Plan 2024/25", "Internal Audit Plan 2024/25"),
    ("Performance Monitoring pdf icon PDF 85 KB", "Performance Monitoring"),
    ("Fees and Charges PDF 1.2 MB", "Fees and Charges"),
    ("Plan for 2024", "Plan for 2024"),
])
def test_an_item_heading_names_its_item_without_the_pages_link_to_its_report(heading, title):
    assert item_title(Block(kind="paragraph", page=1, text=heading)) == title


@pytest.mark.parametrize("heading, title", [
    ("To receive and adopt the notes of the Parks Working Party of 2 May 2024",
     "the notes of the Parks Working Party of 2 May 2024"),
    ("To approve, as a true and fair record, the notes of the previous meeting", "the notes of the previous meeting"),
    ("To consider quotations for hedge cutting", "quotations for hedge cutting"),
    ("Town Centre Toilets", "Town Centre Toilets"),
])
def test_an_item_heading_names_its_item_without_the_agendas_words_for_what_to_do(heading, title):
    assert item_title(Block(kind="paragraph", page=1, text=heading)) == title


def test_resolution_worded_as_what_it_did_is_the_bodys():
    # "The Committee RESOLVED" over "it noted the contents of the report": "it" is the Committee
    lead = label("The Committee RESOLVED", Bodies())
    found = item_clauses("it noted the contents of the quarterly report.", lead, Bodies())
    assert [(c.action, c.subject) for c in found] == [("noted", "the contents of the quarterly report")]


@pytest.mark.parametrize("sentence, action, subject", [
    ("Councillor Ashby proposed, Councillor Hale seconded and Members agreed to note the report on bus usage.",
     "noted", "the report on bus usage"),
    ("The Council agreed to accept the lowest quote for the verge cutting.", "accepted",
     "the lowest quote for the verge cutting"),
    ("The Council agreed to amend the standing orders.", "agreed", "amend the standing orders"),
])
def test_agreeing_to_note_or_accept_is_noting_or_accepting(sentence, action, subject):
    assert [(c.action, c.subject) for c in decided_clauses(sentence, Bodies())] == [(action, subject)]


@pytest.mark.parametrize("resolution", [
    "That under Section 100A(4) of the Local Government Act 1972, the press and public be excluded "
    "from the meeting for the following item.",
    "that the public and press be excluded from the meeting during item 9 on the grounds that it "
    "involves exempt information.",
])
def test_excluding_the_press_and_public_is_resolved(resolution):
    assert [c.action for c in subjunctive_clauses(resolution)] == ["resolved"]


@pytest.mark.parametrize("sentence", [
    "Members of this Committee were asked to scrutinise the recycling rates being achieved.",
    "It was confirmed that the new depot could be delivered within budget.",
    "With regard to the cost of new bins it was confirmed that this was about £1m.",
])
def test_what_members_were_asked_or_told_is_no_decision(sentence):
    assert decided_clauses(sentence, Bodies()) == []


def test_a_form_answer_run_into_the_minute_is_not_part_of_the_body():
    text = "Is subject to call in?: No Cabinet approved the revised parking charges."
    assert [m.name for m in Bodies().mentions(text)] == ["Cabinet"]


def test_the_contents_of_this_report_is_the_item_itself():
    assert is_generic("the contents of this report") and not is_generic("the contents of the bin store")


def test_a_lead_in_with_its_own_object_decides_and_its_bullets_are_details():
    got = paper(block("Cabinet noted the Work Programme for the next quarter including the following changes:"),
                block("The parking review would move to the March meeting.", kind="list_item", marker="•"),
                block("The depot item would be withdrawn.", kind="list_item", marker="•"),
                doc_type="minutes", body="Cabinet")
    assert [(d.action, d.subject) for d in got] == [("noted", "the Work Programme for the next quarter")]


def test_a_letter_spaced_label_leads_lettered_items():
    got = paper(block("R E S O L V E D – that:"),
                block("A.    a consultation be held on renaming the Hillcrest ward as set out in the report;"),
                block("B.    Officers are instructed, with the ward members, to review the parish assets."),
                doc_type="minutes", body="Resources Committee")
    assert [(d.action, d.subject) for d in got] == [
        ("agreed", "a consultation be held on renaming the Hillcrest ward as set out in the report"),
        ("requested", "Officers, with the ward members, to review the parish assets")]


def test_how_a_resolution_was_passed_is_not_its_subject():
    got = paper(block("RESOLVED UNANIMOUSLY: That the minutes of the meeting held on 4 May 2023 were approved."),
                doc_type="minutes", body="Cabinet")
    assert [d.subject for d in got] == ["the minutes of the meeting held on 4 May 2023"]


def test_consecutive_items_each_with_words_of_their_own_are_two_decisions():
    got = paper(block("That:"),
                block("the Council's strong financial standing leading up to the Storm-12 flooding crisis as "
                      "illustrated in the Executive Summary, as set out in the report, be noted;",
                      kind="list_item", marker="1)"),
                block("the significant financial impact of the Storm-12 flooding crisis as illustrated in the "
                      "Executive Summary be noted;", kind="list_item", marker="2)"),
                doc_type="minutes", body="Executive")
    assert len(got) == 2


def test_items_pointing_to_different_tables_are_different_decisions():
    assert not same_subject("The revenue budget proposed in Table A of the report",
                            "The revenue budget and capital programme proposed in Table B and Appendix C")
    assert same_subject("the capital schemes detailed at Appendix 1", "the capital schemes in Appendix 1")


def test_a_published_decision_marked_approved_with_no_wording_of_its_own_is_its_approval():
    got = paper(block("Decisions published"),
                block("12/03/2024 - PARKING CHARGES REVIEW ref: 412    Recommendations Approved"),
                block("Decision Maker: Environment Committee"),
                block("Made at meeting: 12/03/2024 - Environment Committee"),
                block("Members discussed the options for the town centre car parks. "
                      "14/03/2024 - ALLOTMENT RENTS ref: 415    Recommendations Approved"),
                block("Decision Maker: Environment Committee"),
                block("RESOLVED that the allotment rents for 2024/25 be approved."),
                block("14/03/2024 - TREE STRATEGY ref: 416    Deferred"),
                block("Decision Maker: Environment Committee"),
                doc_type="other", body="Environment Committee")
    assert sorted((d.action, d.subject) for d in got) == [
        ("approved", "Parking Charges Review"), ("approved", "the allotment rents for 2024/25")]
    assert [d.date for d in got if d.subject == "Parking Charges Review"] == ["2024-03-12"]


@pytest.mark.parametrize("lead", [
    "The Panel agreed to recommend to the Executive that:",
    "That the Audit Panel recommends that the Executive:",
])
def test_items_a_body_recommends_to_another_are_its_recommendations(lead):
    got = paper(block(lead),
                block("There should be a review of how the sickness absence figures are collected.",
                      kind="list_item", marker="1."),
                block("That the target for missed bin collections be reviewed.", kind="list_item", marker="2."),
                doc_type="minutes", body="Audit Panel")
    assert [(d.action, d.body) for d in got] == [("recommended", "Audit Panel")] * 2


def test_minutes_naming_no_meeting_are_of_the_body_whose_last_minutes_they_confirm():
    got = paper(block("Minutes: It was noted that no requests for translation had been received."),
                block("RESOLVED that the minutes of the meeting of the Policy Board held on the 3rd March, 2022 "
                      "be signed as a correct record."),
                block("RESOLVED that the Play Areas Strategy be approved."),
                doc_type="minutes", body=None, date=None)
    assert [(d.action, d.body) for d in got] == [("approved", "Policy Board")] * 2


def test_the_date_of_the_minutes_a_body_notes_is_not_when_it_noted_them():
    assert date_of_clause("The Committee noted the minutes of the Tenant Panel held on 2 November 2021.",
                          len("The Committee noted"), "2021-11-17") is None


@pytest.mark.parametrize("sentence, action, subject", [
    ("In May 2018 the Borough Council made the decision to review its Local Plan.", "resolved", "review its Local Plan"),
    ("Work slowed after the decision by Northvale District Council to end the shared service, in 2022.",
     "resolved", "end the shared service"),
    ("The Ridgeway Panel considered this report in October 2024 and approved the scheme.", "approved", "the scheme"),
    ("After much deliberation, the Councillors decided that the bench should be replaced.", "agreed",
     "the bench should be replaced"),
    ("Following debate it was resolved to buy a defibrillator.", "resolved", "buy a defibrillator"),
    ("It was thus resolved to keep the present policy.", "resolved", "keep the present policy"),
    ("Resolved to ask the county for a speed survey.", "resolved", "ask the county for a speed survey"),
])
def test_small_council_and_report_wordings_are_decisions(sentence, action, subject):
    bodies = Bodies()
    bodies.remember("The Ridgeway Panel and Northvale District Council and the Borough Council met.")
    found = decided_clauses(sentence, bodies)
    assert [(c.action, c.subject) for c in found] == [(action, subject)]


@pytest.mark.parametrize("sentence", [
    "The Clerk was asked by the auditor whether the grant could be paid early.",
    "The Councillors agreed that although the roads are busy, it is a quiet village.",
    "The Parish Council has adopted several policies over the years.",
    "Although the scheme is national, each Council has agreed local revisions.",
])
def test_questions_concessions_and_accounts_are_not_decisions(sentence):
    assert decided_clauses(sentence, Bodies()) == []


def test_a_heading_word_or_a_tax_is_not_a_body():
    bodies = Bodies()
    assert [m.name for m in bodies.mentions("Last Committee Reference: N/A")] == []
    assert [m.name for m in bodies.mentions("The Council Tax Support scheme was agreed.")] == []


MINUTES_PDF = Path(__file__).parent / "fixtures" / "minutes_pdf"


def minutes_pdf(spec: dict, path: Path) -> Path:
    """A PDF of minutes built from a spec's flow: ``["title"|"h1"|"h2"|"p", text]``, ``["grid",
    rows]`` (a ruled table, a cell a string or a list of paragraphs) or ``["table", rows]`` (an
    unruled two-column header), with an optional footer on every page."""
    platypus = pytest.importorskip("reportlab.platypus")
    from reportlab.lib.styles import getSampleStyleSheet

    styles = getSampleStyleSheet()
    paragraph = {kind: styles[name] for kind, name in
                 (("title", "Title"), ("h1", "Heading1"), ("h2", "Heading2"), ("p", "BodyText"))}

    def cell(value):
        parts = [value] if isinstance(value, str) else value
        return [platypus.Paragraph(part, styles["BodyText"]) for part in parts]

    def flowable(kind, content):
        if kind in paragraph:
            return platypus.Paragraph(content, paragraph[kind])
        table = platypus.Table([[cell(value) for value in row] for row in content],
                               colWidths=[60, 330, 70] if kind == "grid" else [110, 330])
        if kind == "grid":
            table.setStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")])
        return table

    def footer(canvas, doc):
        canvas.setFont("Helvetica", 8)
        canvas.drawString(72, 30, spec.get("footer", ""))

    platypus.SimpleDocTemplate(str(path)).build(
        [flowable(kind, content) for kind, content in spec["flow"]], onFirstPage=footer, onLaterPages=footer)
    return path


@pytest.mark.parametrize("spec_path", sorted(MINUTES_PDF.glob("*.json")), ids=lambda p: p.stem)
def test_generated_pdf_minutes(spec_path, tmp_path):
    spec = json.loads(spec_path.read_text())
    got = extract_file(minutes_pdf(spec, tmp_path / f"{spec_path.stem}.pdf"))
    found = [(d.body, d.date, d.subject, d.action, d.status) for d in got]
    for want in spec["decisions"]:
        match = [d for d in got if want["subject"].lower() in d.subject.lower()]
        assert match, (want["subject"], found)
        assert (match[0].body, match[0].date, match[0].action, match[0].status) == (
            want["body"], want["date"], want["action"], want["status"]), found
    assert len(got) == len(spec["decisions"]), found


def test_minutes_wording_of_decisions_without_a_formal_verb():
    bodies = Bodies()
    bodies.remember("Eastfield Parks Area Partnership")

    def found(sentence):
        return [(c.action, c.subject, c.agent.name if c.agent else None)
                for c in decided_clauses(sentence, bodies)]

    assert found("The Panel declined to support the closure of the fund.") == [
        ("agreed", "not to support the closure of the fund", "panel")]
    assert found("All agreed this was a true record and were signed and approved.") == [
        ("approved", "the minutes", None)]
    assert found("The Councillors felt that they were not in a position to join the committee due to "
                 "other commitments.") == [
        ("agreed", "not to join the committee", None)]
    assert found("Members felt it was not in a position to commit funding until the grant was confirmed.") == [
        ("agreed", "not to commit funding until the grant was confirmed", None)]
    assert found("The proposal was agreed in principle at that morning's EPAP meeting.") == [
        ("agreed", "proposal", "Eastfield Parks Area Partnership")]
    assert found("Councillor Dale reported that Westshire CC had agreed to resurface Church Lane.") == [
        ("agreed", "resurface Church Lane", "Westshire CC")]
    assert found("CC: J. Smith, Clerk") == []
    assert found("PW, CC confirmed the date of the meeting.") == []  # people's initials, not a council
    assert found("CC asked the Parish Clerk to write to the Police.") == []
    assert found("The new scheme was agreed by the Head of Service in consultation with the Portfolio "
                 "Holder for Housing on 9 June 2024.") == [
        ("agreed", "new scheme", "Head of Service, in consultation with the Portfolio Holder for Housing")]
    assert found("The Chair reported that the upgrade had been agreed by the Head of Property.") == [
        ("agreed", "upgrade", "Head of Property")]
    assert found("Major preceptors were consulted and Westshire County Council is happy to support the "
                 "proposal to retain the scheme.") == [
        ("supported", "the proposal to retain the scheme", "Westshire County Council")]
    assert found("Officers are happy to support the proposal.") == []
    assert found("A motion to approve the application was moved and seconded and was carried.") == [
        ("approved", "application", None)]


def test_an_and_it_was_agreed_clause_ends_the_subject_of_the_decision_before_it():
    found = decided_clauses("Members agreed that no changes were required and it was agreed that the policy be "
                            "recorded as reviewed.", Bodies())
    assert [c.subject for c in found] == ["no changes were required", "the policy be recorded as reviewed"]


@pytest.mark.parametrize("lead", [
    "Council, having had regard to the Chief Finance Officer's statement (item 6 of this meeting), is asked to agree "
    "the following:",
    "Council is asked to approve:",
])
def test_items_grouped_under_subheadings_stay_items_of_their_lead_in(lead):
    """A report's recommendations grouped by topic: the subheadings do not end the lead-in, and
    items without a verb of their own take the lead-in's."""
    got = paper(block("Recommendations:"), block(lead),
                Block(page=1, kind="heading", text="Capital Programme 2026-30"),
                block("The capital programme of £96m over 2026-27 to 2029-30.", kind="list_item", marker="(a)"),
                block("The directorate capital programmes in appendix B.", kind="list_item", marker="(b)"),
                Block(page=1, kind="heading", text="Revenue Budget 2026-27"),
                block("The net revenue budget requirement of £212.4m for 2026-27.", kind="list_item", marker="(c)"),
                block("To note the cost pressures on children's services.", kind="list_item", marker="(d)"),
                Block(page=1, kind="heading", text="Background"),
                block("The budget was consulted on in the autumn.", kind="list_item", marker="(a)"),
                doc_type="report", body="Council", date="2026-02-19")
    verb = "agreed" if "agree" in lead else "approved"
    assert {d.body for d in got} == {"Council"}  # "this meeting" is the Council's own
    assert [(d.action, d.status, d.subject.split(" of ")[0]) for d in got] == [
        (verb, "recommended", "The capital programme"), (verb, "recommended", "The directorate capital programmes in appendix B"),
        (verb, "recommended", "The net revenue budget requirement"), ("noted", "recommended", "the cost pressures on children's services")]


@pytest.mark.parametrize(("lead", "body"), [
    ("As Cabinet Member for Communities, I agree to:", "Cabinet Member for Communities"),
    ("As the Corporate Director of Place I have decided to:", "Corporate Director of Place"),
])
def test_an_office_holders_record_of_decision_decides_each_capitalised_item(lead, body):
    got = paper(block("Decision:"), block(lead),
                block("APPROVE the reduction of opening hours at Northfield Library from 1 April 2026;"),
                block("DELEGATE authority to the Head of Libraries to agree the new staffing rota."),
                block("Reason(s) for decision:"),
                block("The library budget must save £120,000 in 2026-27 and Members approved the saving in February."),
                doc_type="other", body=None, date=None)
    assert [(d.body, d.action, d.status, d.subject) for d in got] == [
        (body, "approved", "decided", "the reduction of opening hours at Northfield Library from 1 April 2026"),
        (body, "agreed", "decided", "authority to the Head of Libraries to agree the new staffing rota")]


@pytest.mark.parametrize(("sentence", "found"), [
    ("That leaves the base rate 2% below its peak in 2023.", []),
    ("That meant the 6-3 vote for a cut in June became a 9-0 vote for no change.", []),
    ("That is the lowest level of borrowing since 2015.", []),
    ("That officers prepare a revised scheme for the spring.", [("agreed", "officers prepare a revised scheme for the spring")]),
])
def test_a_sentence_opening_with_demonstrative_that_is_no_resolution(sentence, found):
    got = paper(block(sentence, ["Economic Background"]), doc_type="report", body="Council", date="2025-03-13")
    assert [(d.action, d.subject) for d in got] == found


@pytest.mark.parametrize("lead_label", ["7.", "1."])
def test_items_numbered_afresh_under_a_numbered_resolution_are_its_items(lead_label):
    items = [("1.", "Agree to submit a joint bid with Eastholm Council for the two areas to join the Programme;"),
             ("2.", "Note that joining the Programme will commit the areas to new elections in May 2027;"),
             ("3.", "Agree to ask the Minister to delay the county elections by a year."),
             ("8.", "The Leader thanked officers for the report.")]
    got = paper(block("RESOLVED that Cabinet:", ["Devolution"], kind="list_item", marker=lead_label),
                *[block(text, ["Devolution"], kind="list_item", marker=label) for label, text in items],
                doc_type="minutes", body="Cabinet", date="2025-01-09")
    assert [(d.action, d.subject.split(" ")[0]) for d in got] == [
        ("agreed", "submit"), ("noted", "joining"), ("agreed", "ask")]


@pytest.mark.parametrize(("sentence", "found"), [
    ("Members are asked to note the progress made for veterans in Westmere and agree to the priorities for 2026.",
     [("noted", "the progress made for veterans in Westmere"), ("agreed", "the priorities for 2026")]),
    ("Members are requested to continue to support the Covenant across the county.",
     [("supported", "the Covenant across the county")]),
    ("Members are asked to note the funding for housing and support to families.",
     [("noted", "the funding for housing and support to families")]),
])
def test_what_members_are_asked_to_do_verb_by_verb(sentence, found):
    got = paper(block("Recommendation:"), block(sentence), doc_type="report", body="Full Council", date="2025-03-13")
    assert [(d.action, d.subject) for d in got] == found


def test_subheadings_read_as_lines_and_a_connective_label_keep_the_items_of_the_lead_in():
    got = paper(block("Recommendations:"), block("Council is asked to agree the following:"),
                block("Capital Programme 2026-30"),
                block("The capital programme of £96m over 2026-27 to 2029-30.", kind="list_item", marker="(a)"),
                block("Revenue Budget 2026-27"),
                block("The net revenue budget requirement of £212.4m for 2026-27.", kind="list_item", marker="(b)"),
                block("In addition:"),
                block("To delegate authority to the Director of Finance to make minor drafting corrections.",
                      kind="list_item", marker="(c)"),
                block("Background"),
                block("The draft budget was consulted on in the autumn.", kind="list_item", marker="(a)"),
                doc_type="report", body="Council", date="2026-02-19")
    assert [(d.action, d.status, d.subject.split(" of ")[0]) for d in got] == [
        ("agreed", "recommended", "The capital programme"), ("agreed", "recommended", "The net revenue budget requirement"),
        ("agreed", "recommended", "authority to the Director")]


def test_this_report_noted_by_another_committee_is_the_paper_itself():
    got = paper(Block(page=1, kind="heading", text="Introduction"),
                block("This report was noted by the Audit Committee at its meeting on 12 December 2024 prior to "
                      "its submission to Council.", ["Introduction"]),
                doc_type="report", body="Council", date="2025-03-13", title="Treasury Management Mid-Year Review 2025-26")
    assert [(d.body, d.action, d.date, d.subject) for d in got] == [
        ("Audit Committee", "noted", "2024-12-12", "Treasury Management Mid-Year Review 2025-26")]


@pytest.mark.parametrize("lead", ["The following comments were put forward by Cabinet:",
                                  "Members raised the following points:-",
                                  "During the debate the following views were expressed:"])
def test_items_under_a_lead_in_of_what_was_said_are_no_decisions(lead):
    got = paper(Block(page=1, kind="heading", text="Devolution"), block(lead, ["Devolution"], kind="list_item", marker="3."),
                block("Members acknowledged that many unknowns would need to be addressed should the Council "
                      "commit and be accepted by Ministers.", ["Devolution"], kind="list_item", marker="•"),
                block("Members agreed that openness with residents was key.", ["Devolution"], kind="list_item", marker="•"),
                block("RESOLVED that Cabinet note the report.", ["Devolution"], kind="list_item", marker="4."),
                doc_type="minutes", body="Cabinet", date="2025-01-09")
    assert [(d.action, d.quote.endswith("RESOLVED that Cabinet note the report.")) for d in got] == [("noted", True)]


@pytest.mark.parametrize("approved_lead", ["That the following be approved:", "The the following be approved:"])
def test_a_decision_notices_lists_of_what_is_noted_and_approved(approved_lead):
    got = paper(block("Decision Maker: Cabinet"), block("That the following be noted:"),
                block("Forecast revenue outturn for 2025/26 is a £4.2m overspend.", kind="list_item", marker="1."),
                block("Cabinet will receive a recovery plan in December 2025.", kind="list_item", marker="2."),
                block(approved_lead),
                block("£45,000 draw down of the parks capital carry forward from 2024/25.", kind="list_item", marker="3."),
                block("Reasons for decisions"), block("To keep the budget under review."),
                doc_type="other", body="Cabinet", date="2025-10-14")
    assert [(d.body, d.action, d.status, d.subject.split(" ")[0]) for d in got] == [
        ("Cabinet", "noted", "decided", "Forecast"), ("Cabinet", "noted", "decided", "Cabinet"),
        ("Cabinet", "approved", "decided", "£45,000")]
def test_a_minute_referred_from_another_meeting_keeps_that_meetings_body_and_date(tmp_path):
    path = tmp_path / "reference.txt"
    path.write_text("THE BARCHESTER DISTRICT COUNCIL\n"
                    "AUDIT AND GOVERNANCE COMMITTEE: 21ST NOVEMBER, 2018\n"
                    "REFERENCE FROM CABINET: 15TH OCTOBER, 2018\n"
                    "C412 ASSET DISPOSALS REVIEW\n"
                    "The Cabinet was informed of the progress of the disposals programme.\n"
                    "RESOLVED -\n"
                    "(1) THAT the disposals programme in Appendix A be approved.\n"
                    "(2) THAT the review be referred to the Audit and Governance Committee for information.\n")
    got = extract_file(path)
    approved = [d for d in got if d.action == "approved"]
    assert [(d.body, d.date) for d in approved] == [("Cabinet", "2018-10-15")]


def test_a_meeting_asked_to_recommend_recommends_and_the_council_asked_to_resolve_is_the_council_on_its_day(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text("Meeting: Cabinet Date: 4 March 2024 Council 17 April 2024\n"
                    "Subject: Garden Waste Charges 2024/25\n\n"
                    "2.0 Recommendations\n"
                    "2.1 Cabinet is asked to RECOMMEND that:\n"
                    "(1) the garden waste charging policy at Appendix A be adopted from 1 April 2024;\n"
                    "(2) the concession approved at 2.1 (1) above be retained for residents on low incomes.\n"
                    "2.2 Council is asked to RESOLVE that:\n"
                    "(1) the garden waste charging policy at Appendix A be adopted from 1 April 2024;\n"
                    "(2) the concession approved at 2.2 (1) above be retained for residents on low incomes.\n\n"
                    "3.0 Background\n3.1 The service has 14,000 subscribers.\n")
    got = sorted((d.body, d.date, d.action, d.subject[:30]) for d in extract_file(path))
    assert got == [("Cabinet", "2024-03-04", "recommended", "the concession approved at 2.1"),
                   ("Cabinet", "2024-03-04", "recommended", "the garden waste charging poli"),
                   ("Council", "2024-04-17", "agreed", "the concession approved at 2.2"),
                   ("Council", "2024-04-17", "approved", "the garden waste charging poli")]


@pytest.mark.parametrize("lead, body", [
    ("The Policy Committee is invited to recommend to Full Council that:", "Policy Committee"),
    ("That the Executive is asked to recommend that:-", "Executive"),
])
def test_lead_ins_asking_a_meeting_to_recommend(lead, body):
    found = lead_in(lead, Bodies())
    assert (found.status, found.agent.name, found.action) == ("recommended", body, "recommended")


@pytest.mark.parametrize("text", [
    "That Council approves the allocation of £3.2 million from the Capital Fund towards the new depot.\n",
    "RESOLVED that the Council adopts the revised Statement of Licensing Policy.\n",
])
def test_a_resolution_of_a_council_the_page_never_names_is_the_councils(text, tmp_path):
    path = tmp_path / "decision.txt"
    path.write_text(text)
    assert [d.body for d in extract_file(path)] == ["Council"]


def test_an_issue_page_listing_two_meetings_dates_each_resolution_by_its_own_meeting(tmp_path):
    path = tmp_path / "issue.txt"
    path.write_text("Issue - meetings\nAnnual Fees and Charges 2024/25\n"
                    "Meeting: 12/03/2024 - Executive (Item 14)\nMinutes:\n"
                    "The Portfolio Holder introduced the report.\n"
                    "RESOLVED that the fees and charges for 2024/25 be approved.\n"
                    "Meeting: 20/02/2024 - Resources Scrutiny Panel (Item 7)\nMinutes:\n"
                    "The Panel considered the draft schedule.\n"
                    "RESOLVED that the Panel supported the draft schedule and its referral to the Executive.\n")
    got = {(d.body, d.date, d.action) for d in extract_file(path)}
    assert ("Executive", "2024-03-12", "approved") in got
    assert ("Resources Scrutiny Panel", "2024-02-20", "supported") in got


@pytest.mark.parametrize(("lead", "vote"), [
    ("Cllr Brady proposed and Cllr Cole seconded the following amendment to the substantive motion:", "Amendment lost."),
    ("Cllr Hale proposed, and Cllr Ito seconded the motion that", "The Chairman put the motion to the vote."),
    ("The following motion was moved by Cllr Dale:", "The motion was carried."),
])
def test_a_motions_text_is_no_decision_until_it_is_resolved(lead, vote):
    got = paper(Block(page=1, kind="heading", text="Devolution"),
                block(lead, ["Devolution"], kind="list_item", marker="19)"),
                block("“Council is asked to:", ["Devolution"]),
                block("Endorse the joint work with Eastholm Council on the White Paper;", ["Devolution"],
                      kind="list_item", marker="(1)"),
                block("Recommend that the Council argue against postponing the May elections.”", ["Devolution"],
                      kind="list_item", marker="(2)"),
                block(vote, ["Devolution"]),
                block("RESOLVED that Council endorse the joint work with Eastholm Council on the White Paper.",
                      ["Devolution"], kind="list_item", marker="20)"),
                doc_type="minutes", body="Council", date="2025-01-09")
    assert [(d.action, d.status, d.subject) for d in got] == [
        ("endorsed", "decided", "the joint work with Eastholm Council on the White Paper")]


def test_a_resolution_adopting_the_following_motion_decides_its_items():
    got = paper(block("RESOLVED that the following motion be adopted:"),
                block("That the climate action plan be approved.", kind="list_item", marker="(1)"),
                doc_type="minutes", body="Council", date="2025-01-09")
    assert [d.status for d in got] == ["decided"]


def test_a_resolution_quoting_what_the_council_was_asked_decides_it():
    got = paper(block("Substantive motion carried."), block("RESOLVED that:", kind="list_item", marker="(27)"),
                block("County Council, having had regard to the Section 25 report, is asked to agree the following:"),
                block("The net revenue budget requirement of £612.4m for 2026-27.", kind="list_item", marker="(a)"),
                block("To note the cost pressures on children's services.", kind="list_item", marker="(b)"),
                doc_type="minutes", body="County Council", date="2026-02-19")
    assert [(d.body, d.action, d.status) for d in got] == [
        ("County Council", "agreed", "decided"), ("County Council", "noted", "decided")]


@pytest.mark.parametrize(("title", "status"), [
    ("Westmere Council – Proposed Record of Decision", "recommended"),
    ("Westmere Council – Record of Decision", "decided"),
])
def test_a_proposed_record_of_decision_records_no_decision_yet(title, status):
    got = paper(block("Decision:"), block("The Cabinet agree to:"),
                block("note the forecast revenue overspend of £2.3m", kind="list_item", marker="a)"),
                doc_type="other", body="Cabinet", date=None, title=title)
    assert [(d.body, d.action, d.status) for d in got] == [("Cabinet", "noted", status)]


@pytest.mark.parametrize("sentence", [
    "The Committee considered a report of the Head of Finance on the revenue outturn for 2023/24.",
    "The Overview Board also considered how the draft targets compared with those of neighbouring councils.",
    "Planning Panel considered the annual monitoring report.",
    "The Committee considered a report of the Director on sickness absence as of 31 August 2023.",
])
def test_a_minute_opening_with_its_body_considering_a_paper_is_no_decision(sentence):
    assert paper(block(sentence), doc_type="minutes") == []


@pytest.mark.parametrize("sentence, action", [
    ("On 4 March 2024 the Overview Board considered the proposed decision.", "considered"),
    ("At its last meeting the Planning Panel considered a report on the design code.", "considered"),
    ("The Overview Board considered the proposed decision on 4 March 2024.", "considered"),
    ("The Committee considered the draft fees. The draft was approved.", "approved"),
])
def test_a_dated_or_concluded_consideration_is_kept(sentence, action):
    assert [d.action for d in paper(block(sentence), doc_type="minutes")] == [action]


def whole_council_minutes(meeting, authority, wording):
    """Minutes under the authority's letterhead, of its meeting as a whole."""
    return paper(block(authority.upper(), kind="heading"), block(meeting.upper(), kind="heading"),
                 block(f"MINUTES of a meeting of the {meeting} held at the Civic Centre on Thursday, 11 December 2025.",
                       section=(meeting.upper(),)),
                 block("12. Local Transport Plan", kind="heading"),
                 block(wording, section=("12. Local Transport Plan",), kind="list_item", marker="4)"),
                 doc_type="minutes", body=meeting, authority=authority, date="2025-12-11")


@pytest.mark.parametrize("meeting, authority, wording", [
    ("County Council", "Westmoor County Council", "RESOLVED that the County Council approves the Local Transport Plan."),
    ("Borough Council", "Anbury Borough Council", "RESOLVED that the Borough Council notes the annual report."),
])
def test_minutes_of_the_whole_council_date_its_resolutions_under_the_authority_name(meeting, authority, wording):
    assert [d.date for d in whole_council_minutes(meeting, authority, wording)] == ["2025-12-11"]


def test_another_meeting_is_not_the_whole_authority():
    got = whole_council_minutes("Cabinet", "Westmoor County Council",
                                "RESOLVED that Westmoor County Council be asked to approve the Local Transport Plan.")
    assert all(d.date != "2025-12-11" or d.body == "Cabinet" for d in got)


@pytest.mark.parametrize("sentence", [
    "That staffing levels remained.",
    "That includes £4.2m of savings still to be found in 2026-27.",
    "That contains the full list of bids received.",
    "That whilst the new formula seemed to favour urban districts, the settlement was welcome.",
])
def test_a_that_sentence_stating_a_fact_is_not_a_resolution(sentence):
    assert recommended_clauses(sentence, Bodies(), False) == []


@pytest.mark.parametrize("sentence, subject", [
    ("That officers develop a revised parking plan.", "officers develop a revised parking plan"),
    ("That the Leader write to the Secretary of State.", "the Leader write to the Secretary of State"),
])
def test_a_that_sentence_in_the_base_form_is_a_resolution(sentence, subject):
    assert [c.subject for c in recommended_clauses(sentence, Bodies(), False)] == [subject]


@pytest.mark.parametrize("sentence, date", [
    ("The savings programme was agreed by full Council in October 2016 and sets targets for every service.", "2016-10"),
    ("The Local Plan was adopted by full Council on 12 July 2022.", "2022-07-12"),
])
def test_a_decision_of_full_council_reported_with_its_date_is_kept_with_it(sentence, date):
    got = paper(block(sentence), authority="Westvale Borough Council", date="2025-03-04")
    assert [(d.body, d.date) for d in got] == [("Westvale Borough Council", date)]


def paged(page, text, kind="paragraph", section=()):
    return Block(kind=kind, page=page, text=text, section=list(section))


@pytest.mark.parametrize("opening, roll", [
    ("HIGHWAYS PANEL 7 FEBRUARY 2019", "PRESENT: Councillor Amira Lowe (Chair), Councillors Dent and Pryce."),
    ("Thursday 7 February 2019 at 6.30 pm in the Council Chamber, Ashford Lane", "Attendance:"),
    ("Minutes of the meeting held on 7th February 2019", "Members present: Councillors Dent and Pryce"),
])
def test_earlier_minutes_in_an_agenda_pack_keep_their_meetings_date(opening, roll):
    got = paper(paged(1, "Highways Panel - 14 March 2019", "heading"),
                paged(1, "To confirm the minutes of the meeting held on 7 February 2019."),
                paged(3, opening, "heading"),
                paged(3, "(18:30 to 20:05)"),
                paged(3, roll),
                paged(3, "Verge cutting", "heading"),
                paged(3, "RESOLVED: That the revised verge cutting schedule be approved.", section=["Verge cutting"]),
                paged(4, "Highways Panel – 7 February 2019", "heading"),
                paged(4, "RESOLVED: That the winter gritting routes be agreed.", section=["Gritting"]),
                paged(5, "Report to: Highways Panel", "heading"),
                paged(5, "Recommendations", "heading"),
                paged(5, "That the Panel approves the cycle lane design guide.", section=["Recommendations"]),
                doc_type="agenda", body="Highways Panel", date="2019-03-14")
    assert [(d.action, d.status, d.date) for d in got] == [
        ("approved", "decided", "2019-02-07"), ("agreed", "decided", "2019-02-07"),
        ("approved", "recommended", "2019-03-14")]


@pytest.mark.parametrize("office", ["Mayor", "Police, Fire and Crime Commissioner", "Leader of the Council",
                                    "Portfolio Holder for Leisure and Culture", "Executive Member for Transport"])
def test_an_office_holder_decides_as_a_body_would(office):
    got = paper(block("Decision", kind="heading"), block(f"That the {office}:", ["Decision"]),
                block("approves the creation of the market towns fund, with the Head of Regeneration as its "
                      "accountable officer", ["Decision"], kind="list_item", marker="•"),
                block("approves spending of £1,250,000 on the fund in 2024/25", ["Decision"], kind="list_item", marker="•"),
                doc_type="other", body=None, date="2024-06-03")
    assert [(d.action, d.status, d.body) for d in got] == [("approved", "decided", office)] * 2


@pytest.mark.parametrize("people", ["The Leader of the Opposition", "Non-Executive Members", "The Leader", "The Mayor"])
def test_people_who_hold_no_deciding_office(people):
    got = paper(block(f"{people} agreed that the scheme was overdue."),
                doc_type="minutes", body="Cabinet", date="2024-06-03")
    assert got == []


@pytest.mark.parametrize("kind", ["heading", "paragraph"])
def test_a_decision_label_makes_a_plans_lead_in_a_decision(kind):
    got = paper(block("Decisions taken", kind=kind), block("That the Cabinet Member for Highways:"),
                block("agrees the revised winter maintenance plan", kind="list_item", marker="-"),
                doc_type="plan", body=None, date="2023-11-20")
    assert [(d.action, d.status, d.body) for d in got] == [
        ("agreed", "decided", "Cabinet Member for Highways")]


def test_what_an_office_holder_has_done_over_paragraphs_of_past_verbs():
    got = paper(block("Youth diversion grants", kind="heading"),
                block("The Commissioner has approved a grant of £42,000 from the following budgets:",
                      ["Youth diversion grants"]),
                block("Safer Streets Fund £30,000 Victims Fund £12,000", ["Youth diversion grants"]),
                block("Medium term financial plan", kind="heading"),
                block("The Commissioner has:", ["Medium term financial plan"]),
                block("Noted the forecast gap of £6.2m over the next three years;", ["Medium term financial plan"]),
                block("Approved the consultation on the precept for 2025/26.", ["Medium term financial plan"]),
                block("Date of Decision: 12 December 2024"),
                doc_type="report", body=None, date=None)
    assert [(d.action, d.status, d.body, d.date) for d in got] == [
        ("approved", "decided", "Commissioner", "2024-12-12"), ("noted", "decided", "Commissioner", "2024-12-12"),
        ("approved", "decided", "Commissioner", "2024-12-12")]  # the notice's date: the office holder's record
    assert got[0].subject == "a grant of £42,000 from the following budgets"


@pytest.mark.parametrize("label, value", [("Date of Decision:", "3rd March 2016 Background papers"),
                                          ("Decision date", "03/03/2016")])
def test_a_decision_date_label_over_its_value_dates_the_notice(label, value):
    own = own_meeting([block("Skate park lease"), block(label), block(value), block("Decision Maker:")], Bodies())
    assert (own.date, own.stated) == ("2016-03-03", True)


def test_resolutions_worded_as_what_members_do():
    got = paper(block("Armed forces covenant", kind="heading"),
                block("RESOLVED that:", ["Armed forces covenant"]),
                block("Members note the work done to support veterans and agree to the priorities for next year.",
                      ["Armed forces covenant"]),
                block("Library charges", kind="heading"),
                block("RESOLVED that Council agrees the revised fees and delegates the choice of supplier to the "
                      "Head of Libraries.", ["Library charges"]),
                doc_type="minutes", body="Council", date="2024-02-22")
    assert [(d.action, d.subject) for d in got] == [
        ("noted", "the work done to support veterans"), ("agreed", "the priorities for next year"),
        ("agreed", "the revised fees"), ("agreed", "the choice of supplier to the Head of Libraries")]


@pytest.mark.parametrize("sentence, expected", [
    ("Members noted the report.", [("noted", "the report")]),
    ("Councillors noted the update and asked officers to report back in June.",
     [("noted", "the update"), ("requested", "officers to report back in June")]),
    ("Members noted the pressures on the service.", []),  # what they observed, not an item noted
])
def test_members_noting_what_was_put_before_them(sentence, expected):
    got = paper(block("Day centres", kind="heading"), block("Verbal update from the Director."),
                block(sentence, ["Day centres"]), doc_type="minutes", body="Adult Care Panel", date="2023-05-09")
    assert [(d.action, d.subject) for d in got] == expected


@pytest.mark.parametrize("kind", ["heading", "paragraph"])
def test_an_outcome_on_its_own_line_decides_its_item(kind):
    got = paper(block("HARBOUR BOARD 3 MAY 2022", kind="heading"), block("Present: Councillors Reed and Yates"),
                block("5. Dredging contract", kind="heading"),
                block("The dredging report was otherwise noted.", ["5. Dredging contract"]),
                block("6. Forward plan", kind="heading"), block("Noted", ["6. Forward plan"], kind=kind),
                doc_type="minutes", body="Harbour Board", date="2022-05-03")
    assert [(d.action, d.subject) for d in got] == [("noted", "dredging report"), ("noted", "6. Forward plan")]


def test_bulleted_items_under_what_the_body_noted_are_decisions_however_short():
    got = paper(block("Governance", kind="heading"), block("The Board noted:-", ["Governance"]),
                block("Quarterly Meetings", ["Governance"], kind="list_item", marker="•"),
                block("Revised Scheme of Delegation", ["Governance"], kind="list_item", marker="•"),
                doc_type="minutes", body="Leisure Trust Board", date="2019-10-01")
    assert [(d.action, d.subject) for d in got] == [("noted", "Quarterly Meetings"),
                                                     ("noted", "Revised Scheme of Delegation")]


@pytest.mark.parametrize("vote", ["Proposed by Cllr Amos, seconded by Cllr Lyle and approved unanimously.",
                                  "Moved by Cllr Amos and seconded by Cllr Lyle; agreed nem con."])
def test_how_a_vote_went_is_no_decision_of_its_own(vote):
    got = paper(block("Minutes", kind="heading"),
                block("The Council RESOLVED to approve the minutes of the meeting held on 4 March 2021.", ["Minutes"]),
                block(vote, ["Minutes"]), doc_type="minutes", body="Parish Council", date="2021-04-08")
    assert [d.action for d in got] == ["approved"]


@pytest.mark.parametrize("sentence, expected", [
    ("The Panel agreed, by 7 votes to 3, to approve the parking charges.", ("approved", "the parking charges")),
    ("The Committee resolved, with a unanimous vote, to refer the call-in to Council.",
     ("resolved", "refer the call-in to Council")),
    ("Members agreed, on a show of hands, to support the bid.", ("supported", "the bid")),
])
def test_how_the_vote_went_between_the_verb_and_its_object(sentence, expected):
    got = paper(block("Call-in", kind="heading"), block(sentence, ["Call-in"]),
                doc_type="minutes", body="Scrutiny Panel", date="2022-11-30")
    assert [(d.action, d.subject) for d in got] == [expected]


@pytest.mark.parametrize("lead", ["Having considered the report, the Licensing Panel RESOLVED that:",
                                  "Following consideration by the Area Committee, the Licensing Panel resolved that"])
def test_an_introduction_before_a_resolved_label(lead):
    got = paper(block("Street trading", kind="heading"), block(lead, ["Street trading"]),
                block("consent be granted for the Friday market pitch; and", ["Street trading"], kind="list_item", marker="(1)"),
                block("the fee be reviewed in April.", ["Street trading"], kind="list_item", marker="(2)"),
                doc_type="minutes", body="Licensing Panel", date="2016-09-14")
    assert [(d.action, d.status, d.body) for d in got] == [("approved", "decided", "Licensing Panel"),
                                                           ("agreed", "decided", "Licensing Panel")]


def test_minutes_naming_no_body_speak_of_their_own_committee_first():
    got = paper(block("Grants referred from other committees", kind="heading"),
                block("The Committee received the report of the Town Clerk on grants.",
                      ["Grants referred from other committees"]),
                block("Quotes had been obtained as asked by the Parks Committee, and the Committee agreed to "
                      "use the cheapest supplier.", ["Grants referred from other committees"]),
                block("Resolved:", ["Grants referred from other committees"]),
                block("That the bench grant of £900 be approved.", ["Grants referred from other committees"],
                      kind="list_item", marker="1."),
                doc_type="minutes", body=None, date="2024-03-05")
    assert [(d.action, d.body) for d in got] == [("agreed", "Committee"), ("approved", "Committee")]


@pytest.mark.parametrize("named, office, full", [
    ("Decision by: Jo Abara, Mayor of Westvale", "Mayor", "Mayor of Westvale"),
    ("Meeting: 04/12/2019 - Executive Member for Leisure (Item 12)", "Executive Member", "Executive Member for Leisure"),
])
def test_an_office_named_alone_is_the_one_the_paper_named_in_full(named, office, full):
    got = paper(block(named), block("Decision", kind="heading"), block(f"That the {office}:", ["Decision"]),
                block("approves the new sports grants scheme.", ["Decision"], kind="list_item", marker="•"),
                doc_type="other", body=None, date="2019-12-04")
    assert [(d.action, d.body) for d in got] == [("approved", full)]


@pytest.mark.parametrize("item, expected", [
    ("approval be given to the lease terms for the kiosk;", ("approved", "the lease terms for the kiosk")),
    ("consent be granted for the temporary car park.", ("approved", "the temporary car park")),
    ("options for a second pitch on the green be explored.", ("requested", "options for a second pitch on the green")),
])
def test_resolutions_that_give_approval_or_ask_for_a_study(item, expected):
    found = item_clauses(item, lead_in("RESOLVED that:", Bodies()), Bodies())
    assert [(c.action, c.subject) for c in found] == [expected]


def test_an_office_the_meeting_asks_to_act_is_not_the_one_deciding():
    got = paper(block("Cabinet committees", kind="heading"),
                block("RESOLVED the Leader to:", ["Cabinet committees"], kind="list_item", marker="6."),
                block("ASK the Chief Executive to review the protocol.", ["Cabinet committees"], kind="list_item", marker="a)"),
                doc_type="minutes", body="Member Services Committee", date="2024-12-13")
    assert [d.body for d in got] == ["Member Services Committee"]


def test_an_office_holders_decision_reported_on_a_committees_page_keeps_no_meeting_date():
    got = paper(block("Meeting: 22/06/2006 - Area 2 Planning Committee (Item 7)"),
                block("Following consideration by the Area 2 Planning Committee, the Cabinet Member for "
                      "Transport resolved that"),
                block("approval be given to the lease terms for the kiosk.", kind="list_item", marker="(1)"),
                doc_type="minutes", body=None, date="2006-06-22")
    assert [(d.action, d.body, d.date) for d in got] == [("approved", "Cabinet Member for Transport", None)]


def test_a_web_page_of_no_kind_tells_of_decisions_as_background():
    page = [block("Carbon reduction", kind="heading"),
            block("Our council voted to support a plan to cut emissions, so we are now reviewing "
                  "our carbon strategy.", ["Carbon reduction"])]
    assert paper(*page, doc_type="other", body=None, date=None) == []
    # the same words as a council's record of what it decided
    record = [block("Decision:", kind="heading"), *page[1:]]
    assert [d.action for d in paper(*record, doc_type="other", body=None, date=None)] == ["supported"]


@pytest.mark.parametrize("sentence, expected", [
    ("Members were content to note the draft action plan.", ("noted", "the draft action plan")),
    ("Councillors were content to approve the programme of events.", ("approved", "the programme of events")),
])
def test_members_content_to_decide(sentence, expected):
    got = paper(block("Good relations", kind="heading"), block(sentence, ["Good relations"]),
                doc_type="minutes", body="Policy Committee", date="2024-03-04")
    assert [(d.action, d.subject, d.body) for d in got] == [(*expected, "Policy Committee")]


def test_a_committee_its_minutes_do_not_name_decides_on_the_day_they_met():
    got = paper(block("Precept", kind="heading"), block("The Panel agreed to support the proposed precept.", ["Precept"]),
                doc_type="minutes", body=None, date="2024-02-02")
    assert [(d.action, d.date) for d in got] == [("supported", "2024-02-02")]


def test_that_the_body_over_numbered_items_in_a_report_leads_its_recommendations():
    """A saved report page whose "Recommendations" heading was lost: "That the Executive:" over
    "1. Endorse ...", "2. To recognise ..." still says what the Executive is asked to decide."""
    got = paper(block("That the Executive:"), block("Endorse the revised lettings plan.", kind="list_item", marker="1."),
                block("To recognise the work of the tenants' forum.", kind="list_item", marker="2."),
                doc_type="report", body="Executive")
    assert [(d.action, d.status, d.subject) for d in got] == [
        ("endorsed", "recommended", "the revised lettings plan"), ("noted", "recommended", "the work of the tenants' forum")]


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Proposal: Mr Aston proposed and Mrs Byrne seconded renewal of the hall insurance and the council unanimously agreed.",
     "renewal of the hall insurance"),
    ("Cllr Dee moved and Cllr Fox seconded agreement to the revised grass cutting schedule and members agreed.",
     "the revised grass cutting schedule"),
    ("Adoption of the new complaints policy was proposed by Mrs Byrne and seconded by Mr Aston and was agreed by all.",
     "the new complaints policy"),
])
def test_a_thing_moved_seconded_and_agreed_in_one_sentence(sentence, subject):
    got = paper(block(sentence), doc_type="minutes", body="Ashcott Parish Council", date="2025-02-11")
    assert [(d.subject, d.action, d.date) for d in got] == [(subject, "agreed", "2025-02-11")]


@pytest.mark.parametrize("note", ["(Key decision):", "(Non-key decision)", "(Exempt item)"])
def test_a_note_in_brackets_between_the_decision_label_and_its_items_leads_nothing(note):
    """A decision page prints "Decision:", then a note of what kind of decision it was on a line
    of its own, then the items: they are still the decision's."""
    got = paper(block("Decision:"), block(note),
                block("To note the quarterly complaints summary.", kind="list_item", marker="(1)"),
                block("To approve the revised fees for allotment plots.", kind="list_item", marker="(2)"),
                doc_type="minutes", body="Cabinet", date=None)
    assert [(d.action, d.status) for d in got] == [("noted", "decided"), ("approved", "decided")]


@pytest.mark.parametrize(("title", "outcome", "action"), [
    ("4 MINUTES OF THE MEETING OF 3 MARCH 2022", "Agreed.", "agreed"),
    ("7. Internal audit plan 2023/24", "Noted.", "noted"),
])
def test_an_outcome_alone_under_a_numbered_items_title_decides_that_item(title, outcome, action):
    got = paper(block(title.split(" ", 1)[1], kind="list_item", marker=title.split(" ", 1)[0].rstrip(".")),
                block(outcome), doc_type="minutes", body="Licensing Panel", date="2022-04-07")
    assert [(d.action, d.subject, d.date) for d in got] == [(action, title.split(" ", 1)[1], "2022-04-07")]


@pytest.mark.parametrize(("sentence", "requested"), [
    ("The Panel asked if a site visit to the depot could be arranged before the next meeting.", True),
    ("The Committee asked whether the leaflet could be translated into Polish and Urdu.", True),
    ("Councillor Dale asked whether the footpath would be resurfaced this year.", False),
    ("Members asked if the grant had been approved by the county.", False),
])
def test_the_meeting_asking_whether_something_could_be_done_is_its_request(sentence, requested):
    got = paper(block(sentence), doc_type="minutes", body="Licensing Panel", date="2022-04-07")
    assert [d.action for d in got] == (["requested"] if requested else [])


@pytest.mark.parametrize("sentence", [
    "Under item 6 it was noted that the second paragraph should read 'twelve allotments', not 'ten'.",
    "It was noted that the resolution should refer to 2024/25 rather than 2023/24.",
    "A complaint about the hedge on Mill Lane was received as it was considered that it blocked the path.",
])
def test_corrections_to_the_minutes_and_opinions_are_not_decisions(sentence):
    assert paper(block(sentence), doc_type="minutes", body="Licensing Panel", date="2022-04-07") == []


def test_the_date_of_meetings_whose_minutes_are_approved_is_not_when_they_were():
    sentence = ("The minutes of the Ordinary Meeting held on 2 May 2023 and the two Special Meetings held on "
                "9 May 2023 were approved.")
    assert date_of_clause(sentence, sentence.index("approved") + 8, "2023-06-06") is None
    sentence = "At its meeting held on 9 May 2023 the Board agreed the fees."
    assert date_of_clause(sentence, sentence.index("agreed") + 6, "2023-06-06") == "2023-05-09"


def test_agreed_by_council_without_an_article_on_a_page_naming_no_council():
    got = paper(block("In addition, measures of the plan's progress were drafted and agreed by Council on 3 May 2022."),
                doc_type="report", body=None, date="2023-01-10")
    assert [(d.body, d.action, d.date) for d in got] == [("Council", "agreed", "2022-05-03")]


def test_items_over_the_reasons_for_a_decision_are_the_decision_a_saved_page_lost_the_label_of():
    got = paper(block("Garden waste charge 2024/25 (report by the Head of Waste) pdf icon PDF 2 MB"),
                block("To agree the garden waste charge of £45 a year from April.", kind="list_item", marker="1)"),
                block("To note what residents said in the consultation.", kind="list_item", marker="2)"),
                block("Reason for the decision:"), block("To meet the cost of the service."),
                doc_type="minutes", body="Cabinet", date="2024-01-16")
    assert [(d.action, d.status, d.date) for d in got] == [("agreed", "decided", "2024-01-16"),
                                                          ("noted", "decided", "2024-01-16")]


def test_items_in_the_past_tense_over_the_reasons_for_a_decision_are_what_was_decided():
    """A record of an issue's decisions lists what the meeting did with no "RESOLVED" over it."""
    got = paper(block("The Portfolio Holder introduced the report and answered questions on the mobile library."),
                block("Approved the revised opening hours in Appendix A;", kind="list_item", marker="1."),
                block("Noted the outcome of the public consultation.", kind="list_item", marker="2."),
                block("Reasons for the decision:"), block("To keep the service within its budget."),
                doc_type="minutes", body=None, date="2023-03-14")
    assert [(d.action, d.subject) for d in got] == [("approved", "the revised opening hours in Appendix A"),
                                                   ("noted", "the outcome of the public consultation")]


def test_items_of_an_agenda_with_no_reasons_after_them_are_no_decisions():
    got = paper(block("To agree the garden waste charge of £45 a year from April.", kind="list_item", marker="1)"),
                block("To note what residents said in the consultation.", kind="list_item", marker="2)"),
                doc_type="agenda", body="Cabinet", date="2024-01-16")
    assert got == []


def test_items_without_a_verb_under_resolved_to_approve_the_following_things():
    got = paper(block("RESOLVED to approve the following donations:"),
                block("Village Hall Trust £400", kind="list_item", marker="a)"),
                block("the Youth Football Club £250", kind="list_item", marker="b)"),
                doc_type="minutes", body="Parish Council", date="2023-05-02")
    assert [(d.action, d.subject) for d in got] == [("approved", "Village Hall Trust £400"),
                                                   ("approved", "the Youth Football Club £250")]


def test_a_record_labels_its_decision_as_taken():
    got = paper(block("Decision maker: Head of Leisure Services"),
                block("Decision taken: To close the outdoor pool for the winter from 1 October."),
                doc_type="other", body=None, date="2024-09-04")
    assert [(d.body, d.action) for d in got] == [("Head of Leisure Services", "agreed")]


def test_a_decision_label_and_an_outcome_word_under_each_numbered_item():
    got = paper(block("PUBLIC TOILETS REVIEW", kind="list_item", marker="5"), block("Decision"), block("AGREED"),
                block("WINTER GRITTING PLAN 2024/25", kind="list_item", marker="6"), block("Decision"), block("NOTED"),
                doc_type="minutes", body="Area Committee", date="2024-10-01")
    assert [(d.action, d.subject) for d in got] == [("agreed", "PUBLIC TOILETS REVIEW"),
                                                   ("noted", "WINTER GRITTING PLAN 2024/25")]


@pytest.mark.parametrize(("outcome", "action"), [("Outcome: Approved.", "approved"), ("Decision - Noted", "noted"),
                                               ("RESOLVED: Agreed.", "agreed")])
def test_a_labelled_outcome_under_an_items_title_and_its_introduction_decides_the_item(outcome, action):
    got = paper(block("CAR PARK TARIFFS", kind="list_item", marker="12"),
                block("The Head of Place set out new charges for the two town centre car parks."), block(outcome),
                doc_type="minutes", body="Area Committee", date="2024-10-01")
    assert [(d.action, d.subject) for d in got] == [(action, "CAR PARK TARIFFS")]


@pytest.mark.parametrize(("sentence", "found"), [
    ("The Panel was asked to consider two requests for funding.", []),
    ("Cabinet was asked to note the results of the consultation.", []),
    # people asked to act are asked by the meeting
    ("Officers were asked to consider a second site for the depot.", ["requested"]),
])
def test_a_meeting_asked_to_consider_what_is_before_it_decides_nothing_yet(sentence, found):
    got = paper(block(sentence), doc_type="minutes", body="Licensing Panel", date="2022-04-07")
    assert [d.action for d in got] == found


def test_an_item_moved_and_seconded_with_no_outcome_printed_was_carried(tmp_path):
    found = [(d.subject, d.action) for d in _decisions_in(tmp_path, [
        "Minutes of the Annual Meeting of Ashby Vale Community Council held on Monday 2nd June 2025",
        "- Adoption of the Annual Accounts 2024/25:",
        "Proposed: Mary Jones",
        "Seconded: Tom Price",
        "- Play area inspection contract",
        "Proposed: Cllr Evans; Seconded: Cllr Hughes",
        "- Village hall report",
        "The chair thanked the hall committee for its work.",
        "Proposed: Mary Jones"])]
    assert found == [("Adoption of the Annual Accounts 2024/25", "approved"), ("Play area inspection contract", "agreed")]


def test_members_elected_to_two_posts_are_two_decisions(tmp_path):
    found = [(d.subject, d.action) for d in _decisions_in(tmp_path, [
        "Minutes of the Annual Meeting of Ashby Vale Parish Council held on 12 May 2025",
        "Cllr Rees was elected as Chairman",
        "Cllr Anna Lloyd was elected as Vice Chairman",
        "The Clerk was confirmed as Responsible Financial Officer"])]
    assert found == [("Cllr Rees elected as Chairman", "nominated"), ("Cllr Anna Lloyd elected as Vice Chairman", "nominated"),
                     ("Clerk confirmed as Responsible Financial Officer", "agreed")]


def test_members_asked_to_formally_determine_a_sum_are_asked_to_approve_it():
    got = paper(block("Members are requested to formally determine the precept for 2025/26 as £48,000."),
                doc_type="report", body="Parish Council", date="2025-01-08")
    assert [(d.action, d.subject, d.status) for d in got] == [("approved", "the precept for 2025/26 as £48,000", "recommended")]


@pytest.mark.parametrize("text", [
    "The Board is invited to: approve, subject to any amendment, the estates strategy; note the consultation plan;"
    " and; request the Director of Estates to report back in June.",
    "2.1 The Board is invited to: approve the estates strategy; and note the consultation plan; and request the"
    " Director of Estates to report back in June.",
])
def test_a_lead_in_and_its_unlabelled_items_parted_by_semicolons(text):
    got = paper(block("Recommendations", kind="heading"), block(text, ["Recommendations"]),
                doc_type="report", body="Trust Board", date=None)
    assert [(d.action, d.subject) for d in got] == [
        ("approved", "the estates strategy"), ("noted", "the consultation plan"),
        ("requested", "the Director of Estates to report back in June")]


def test_inline_items_after_agree_to_and_sub_items_after_a_bare_verb():
    got = paper(block("Recommendation: That the Executive agree to (a) approve the revised play strategy; and (b) note"
                      " (i) the spend to date on play areas; and (ii) the timetable for consultation."),
                doc_type="report", body="Executive", date="2025-02-11")
    assert [(d.action, d.subject) for d in got] == [
        ("approved", "the revised play strategy"), ("noted", "the spend to date on play areas"),
        ("noted", "the timetable for consultation")]


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Members asked the Clerk to obtain two quotes for the noticeboard.", "the Clerk to obtain two quotes for the noticeboard"),
    ("The councillors asked the Ranger to inspect the footbridge.", "the Ranger to inspect the footbridge"),
    ("The Clerk was asked to book the hall for the open day.", "Clerk to book the hall for the open day"),
])
def test_someone_asked_to_act_at_a_meeting_is_its_request(sentence, subject):
    got = paper(block(sentence), doc_type="minutes", body="Parish Council", date="2024-06-03")
    assert [(d.action, d.subject) for d in got] == [("requested", subject)]


def test_resolved_alone_over_its_resolution_still_leads_it():
    got = paper(block("FINANCE REPORT", kind="list_item", marker="4"), block("RESOLVED"),
                block("That the quarterly finance report be noted."),
                doc_type="minutes", body="Area Committee", date="2024-10-01")
    assert [(d.action, d.subject) for d in got] == [("noted", "the quarterly finance report")]


def _decisions_in(tmp_path, lines: list[str]) -> list:
    """The decisions a text paper of these lines records."""
    paper = tmp_path / "paper.txt"
    paper.write_text("\n".join(lines) + "\n")
    return extract_file(paper)


def test_a_view_on_each_planning_application_is_about_the_application_listed_above_it(tmp_path):
    """Minutes listing planning applications give the council's view under each reference line
    ("Unanimously AGREED to recommend REFUSAL", "No objection and agreed to leave it to the
    officer's decision"): each view is a decision about that application, named by
    its reference line, not a decision about "REFUSAL"."""
    found = [(d.subject, d.action, d.date) for d in _decisions_in(tmp_path, [
        "Minutes of the Planning Committee of Ashby Parva Parish Council held on Monday 2nd March 2026",
        "41. Planning applications received since the last meeting:",
        "- 26/00412/HOUSE 14 Orchard Rise Ashby Parva",
        "Rear conservatory and a replacement garage.",
        "Unanimously AGREED to recommend REFUSAL",
        "- 26/00388/FUL Paddock south of Brook Farm",
        "Erection of two dwellings with garages.",
        "No objection and AGREED to leave it to the decision of the Planning Officer",
        "42. Date of next meeting: 6th April 2026"])]
    assert found == [("26/00412/HOUSE 14 Orchard Rise Ashby Parva", "recommended", "2026-03-02"),
                     ("26/00388/FUL Paddock south of Brook Farm", "agreed", "2026-03-02")]


def test_glued_outcome_words_and_item_letters_and_notes_of_letters_from_another_body(tmp_path):
    """A copy that ran words together ("RESOLVEDto", "(b)Harbour Dues") still records its
    decisions; noting "the letter" is about the item's title, and the council the letter came
    from is not the body that noted it."""
    found = [(d.subject, d.action, d.body) for d in _decisions_in(tmp_path, [
        "Minutes of the Westray Sound Community Council meeting held on 9 October 2024",
        "4. Correspondence",
        "(a)Harbour Dues Review",
        "Having read the letter from Northmoor District Council about harbour dues, it was:-",
        "RESOLVEDto note the letter.",
        "(b)Winter Ferry Timetable",
        "Having read a letter from the ferry operator about winter sailings, it was:-",
        "RESOLVED to note the letter."])]
    assert found == [("Harbour Dues Review", "noted", "Westray Sound Community Council"),
                     ("Winter Ferry Timetable", "noted", "Westray Sound Community Council")]


def test_sums_for_several_recipients_in_one_decision_are_a_decision_each(tmp_path):
    """"approved grants of £800 to the Scouts and £650 to the Bowls Club": one decision per sum,
    each with its recipient, so that each grant can be found and totalled."""
    found = [(d.subject, d.action) for d in _decisions_in(tmp_path, [
        "Minutes of the Eastwold Town Council Community Fund Panel held on 14 January 2026",
        "5. Community grants",
        "The Panel approved grants of £800 to the Eastwold Scouts for camping kit, £650 to the Bowls Club "
        "and £400 to the Lantern Festival."])]
    assert found == [("grant of £800 to the Eastwold Scouts for camping kit", "approved"),
                     ("grant of £650 to the Bowls Club", "approved"), ("grant of £400 to the Lantern Festival", "approved")]


def test_a_councils_declaration_and_a_plan_approved_by_cabinet_on_a_page_that_names_no_council(tmp_path):
    """A web page that never names its council still reports what its council and cabinet
    decided: "The Council declared a nature emergency in June 2021" (a resolution, dated by the
    month after it; why it did so is no part of what it decided), "approved by cabinet in March
    2022"; a member declaring an interest decides nothing."""
    found = [(d.body, d.date, d.subject, d.action) for d in _decisions_in(tmp_path, [
        "Nature recovery",
        "The Council declared a nature emergency in June 2021 because local wildlife is in steep decline.",
        "Our Nature Recovery Strategy was approved by cabinet in March 2022.",
        "At the planning meeting Cllr Rowe declared an interest in the Mill Lane application."])]
    assert found == [("Council", "2021-06", "a nature emergency", "resolved"),
                     ("Cabinet", "2022-03", "Our Nature Recovery Strategy", "approved")]


def test_homologated_and_ratified_are_approvals(tmp_path):
    """Scottish minutes "homologate" what was done in a body's name, English ones "ratify" it:
    both approve it."""
    found = [(d.action, d.subject) for d in _decisions_in(tmp_path, [
        "Minutes of the meeting of Glenmore Council held on 3 September 2025",
        "The Council homologated the action taken by the Chief Executive during the summer recess.",
        "The Council ratified the appointment of two co-opted members to the Education Committee."])]
    assert found == [("approved", "the action taken by the Chief Executive during the summer recess"),
                     ("approved", "the appointment of two co-opted members to the Education Committee")]


def test_a_body_that_agreed_the_following_recommendations_decided_each_item(tmp_path):
    """"The Transport Board has today (June 3) approved the following recommendations to:" over
    numbered items: each item is the board's decision, in its own verb."""
    found = [(d.action, d.subject) for d in _decisions_in(tmp_path, [
        "The Transport Board of the Westmarch Combined Authority has today (June 3) approved the following "
        "recommendations to:",
        "(1) Note the results of the bus franchising consultation",
        "(2) Authorise the Director of Transport to prepare the franchising scheme."])]
    assert found == [("noted", "the results of the bus franchising consultation"),
                     ("agreed", "the Director of Transport to prepare the franchising scheme")]


def test_minutes_taken_as_read_and_signed_are_approved_and_a_confirmed_fact_is_no_decision(tmp_path):
    """"The Minutes ..., having been circulated, were taken as read and signed as a true record":
    the minutes approved, though "taken" is the first verb; "The Chair confirmed that there
    were two vacancies" states a fact."""
    found = [(d.action, d.subject) for d in _decisions_in(tmp_path, [
        "Minutes of a meeting of the Harbour Board held on Tuesday 3rd February 2026",
        "1. Minutes",
        "The Minutes of the Meeting held on 6 January 2026, having been circulated, were taken as read and "
        "signed as a true record.",
        "The Chair confirmed that there were two vacancies on the Board."])]
    assert found == [("approved", "The Minutes of the Meeting held on 6 January 2026")]


def test_accepting_the_above_with_no_item_named_above_it_is_no_decision(tmp_path):
    """"Members resolved to accept the above" points back like "it": with no item heading over
    it there is nothing known to have been accepted, so no record is better than "the above"."""
    found = [(d.action, d.subject) for d in _decisions_in(tmp_path, [
        "Minutes of the Hollin Community Council meeting of 15 January 2024",
        "Copies of the three tenders were passed round and discussed in turn. Members resolved to accept the above.",
        "The Clerk will write to the highways authority about the verge on Mill Road."])]
    assert found == []


def test_items_under_a_body_each_opening_on_its_verb_in_capitals(tmp_path):
    """A decision log's "The Governing Body:" over items that open on their past verb in capitals
    ("- APPROVED the revised scheme ...", "- RATIFIED the choice ..."): each item is the governing
    body's decision, as if the verb were in lower case."""
    found = [(d.action, d.body, d.subject) for d in _decisions_in(tmp_path, [
        "Decision log", "Item discussed: Changes to the scheme of delegation", "The Governing Body:",
        "- APPROVED the revised scheme of delegation set out in the appendix.",
        "- RATIFIED the choice by the Audit Committee of new auditors."])]
    assert found == [("approved", "Governing Body", "the revised scheme of delegation set out in the appendix"),
                     ("approved", "Governing Body", "the choice by the Audit Committee of new auditors")]


def test_resolutions_listed_under_their_movers_and_resolved(tmp_path):
    """"It was proposed by Cllr A, seconded by Cllr B and RESOLVED:" over numbered items: each
    item opening "To ..." is one resolution, though the lead-in names its movers first."""
    found = [(d.action, d.subject) for d in _decisions_in(tmp_path, [
        "Minutes of the meeting of Brackwell Town Council held on 4 March 2026",
        "7. Grounds maintenance tender",
        "Members discussed the tender report.",
        "It was proposed by Councillor Amis, seconded by Councillor Doyle and RESOLVED:",
        "1. To note that the tender process was followed and four bids were received;",
        "2. To delegate authority to the Clerk to manage the contract."])]
    assert found == [("noted", "the tender process was followed and four bids were received"),
                     ("agreed", "authority to the Clerk to manage the contract")]


def test_a_board_that_met_and_then_decided_is_the_body_that_decided(tmp_path):
    """A landlord's or a trust's page that never names its board: "The Board met in March and
    approved ..." and "Our Board met ... and, after considering the replies, have agreed to
    approve ...": the board decided, whatever the step taken before."""
    found = [(d.body, d.action, d.subject) for d in _decisions_in(tmp_path, [
        "Service charges for 2026/27",
        "The Board met in March and approved the proposed 2.5% service charge increase.",
        "Our Board met at the start of May to discuss the survey results and, after considering all of the "
        "replies, have agreed to approve the new repairs policy."])]
    assert found == [("Board", "approved", "the proposed 2.5% service charge increase"),
                     ("Our Board", "approved", "the new repairs policy")]


def test_members_who_voted_to_do_something_agreed_to_do_it(tmp_path):
    """Voting to do something, or in favour of doing it, is agreeing to it; voting for a thing
    approves it."""
    found = [(d.action, d.subject) for d in _decisions_in(tmp_path, [
        "Minutes of the meeting of Holt End Parish Council held on 12 January 2026",
        "4. Precept",
        "A rise was put forward and all councillors present voted to raise next year's precept by 15%.",
        "5. Benches",
        "Members voted in favour of buying two litter bins for the recreation ground.",
        "6. Allotments",
        "Members of Holt End Parish Council voted for a small rise in allotment rents."])]
    assert found == [("agreed", "raise next year's precept by 15%"), ("agreed", "buying two litter bins for the recreation ground"),
                     ("approved", "a small rise in allotment rents")]


def test_minutes_approved_keep_the_date_of_the_meeting_they_record(tmp_path):
    """Two sets of minutes approved at one meeting are two decisions, each named by its date."""
    found = [d.subject for d in _decisions_in(tmp_path, [
        "Minutes of the Council Meeting 3rd May 2026",
        "4 Minutes of meetings",
        "Minutes from the planning meeting on 12th March 2026 were approved once the corrections asked for were made.",
        "Minutes from the meeting on 9th April 2026 were approved."])]
    assert found == ["Minutes from the planning meeting on 12th March 2026", "Minutes from the meeting on 9th April 2026"]


def test_minutes_headed_only_by_the_meeting_and_its_day(tmp_path):
    """No "Minutes" and no attendance list, only "Council – Committee – day" over numbered items
    that tell what members did: the record of that meeting. After a first verb that decides
    nothing ("noted the closure"), the next one after a comma is still the members' decision; a
    courtesy after it ("and thanked ...") is no part of it."""
    found = [(d.body, d.date, d.action, d.subject) for d in _decisions_in(tmp_path, [
        "Westmarch County Council Kelby Area Committee Tuesday, 7 March 2026",
        "4  Library opening hours",
        "The Head of Libraries explained the proposed new hours.",
        "Members noted the proposed reduction in Saturday hours, agreed that the Chair should ask the portfolio "
        "holder for a review in a year, and thanked the Head of Libraries for attending."])]
    assert found == [("Kelby Area Committee", "2026-03-07", "agreed",
                      "the Chair should ask the portfolio holder for a review in a year")]


def test_a_town_councils_full_council_meeting_is_the_town_council(tmp_path):
    found = [(d.body, d.subject) for d in _decisions_in(tmp_path, [
        "Ashby Vale Town Council",
        "Minutes of the Full Council held on 8th January 2026",
        "Present: Cllrs Ames, Bell and Cole.",
        "Members approved the grounds contract with Greenway Ltd for 2026",
        "-2028, and agreed to renew the play area insurance."])]
    assert found == [("Ashby Vale Town Council", "the grounds contract with Greenway Ltd for 2026 -2028"),
                     ("Ashby Vale Town Council", "renew the play area insurance")]


def test_a_quoted_motion_debated_then_carried_after_a_recorded_vote(tmp_path):
    """The motion's words in quotes under its movers, a debate, a recorded vote asked for (no
    decision), then "The motion was therefore CARRIED": the motion as worded is the decision, and
    the debate makes the paper, headed only by the council and the day, minutes."""
    found = [(d.body, d.date, d.action, d.subject) for d in _decisions_in(tmp_path, [
        "Kelder Vale District Council", "Council – 9 June 2026",
        "17. Notice of Motion – Dark Skies",
        "Moved by Cllr Amis, seconded by Cllr Doyle:",
        "\"That this Council adopts a dark skies policy for its own car parks.\"",
        "Cllr Roe spoke against the motion, citing the cost of new fittings.",
        "A recorded vote was requested.",
        "The motion was therefore CARRIED."])]
    assert found == [("Council", "2026-06-09", "agreed", "this Council adopts a dark skies policy for its own car parks")]


def test_a_vote_tally_in_brackets_is_no_part_of_what_was_carried():
    found = decided_clauses(without_movers(
        "Following a vote (5 for, 3 against, 2 abstentions) the revised grants policy was carried."), Bodies())
    assert [(c.action, c.subject) for c in found] == [("agreed", "the revised grants policy")]


def test_a_notice_of_executive_decisions_dates_them_by_its_meeting(tmp_path):
    """"NOTICE OF EXECUTIVE DECISIONS" over "Cabinet – 4 February 2026": a decision notice (no
    report), whose decisions are the cabinet's on that day."""
    paper = tmp_path / "notice.txt"
    paper.write_text("\n".join([
        "KELDER VALE DISTRICT COUNCIL", "NOTICE OF EXECUTIVE DECISIONS", "Cabinet – 4 February 2026", "",
        "CAB/26/012 MARKET HALL – FUTURE USE", "DECISION:", "(a) That the condition survey be noted.",
        "(b) That the lease to the community trust be approved.", "REASONS: The trust has funding in place."]) + "\n")
    layout = arrange(read_paper(paper))
    cover = describe(layout)
    assert (cover.doc_type, cover.body) == ("other", "Cabinet")
    found = decisions.extract(layout, Document(doc_id="x", file_name=paper.name, path=str(paper), fmt="txt", sha256="x",
                                               pages=1, **cover.model_dump()), {})
    assert [(d.body, d.date, d.action) for d in found] == [("Cabinet", "2026-02-04", "noted"), ("Cabinet", "2026-02-04", "approved")]


def test_a_motion_after_the_step_that_led_to_it_carried_by_all_in_favour(tmp_path):
    """A record headed "<council> Special Meeting – <day>" is that meeting's minutes; "Having
    considered the budget, Cllr A proposed and Cllr B seconded that ..." then "All in favour.":
    the motion passed."""
    found = [(d.date, d.action, d.subject) for d in _decisions_in(tmp_path, [
        "HOLMEWOOD PARISH COUNCIL", "Special Meeting – 20 January 2026", "",
        "2. Precept 2026/27",
        "Having considered the options set out by the Clerk, Cllr Ward proposed and Cllr Hart seconded that the "
        "precept for 2026/27 be set at £21,400. All in favour."])]
    assert found == [("2026-01-20", "agreed", "the precept for 2026/27 be set at £21,400")]


def test_a_minute_number_and_title_glued_to_its_resolution(tmp_path):
    found = [(d.action, d.subject) for d in _decisions_in(tmp_path, [
        "Minutes of the meeting of Saltmere Town Council held on 5 October 2026",
        "88/26Allotment rents 2027RESOLVED that the rents for 2027 be held at this year's level."])]
    assert found == [("agreed", "the rents for 2027 be held at this year's level")]


def test_a_report_titled_by_its_meeting_stays_a_report():
    layout = Layout(fmt="txt", page_texts=[""], blocks=[
        Block(kind="paragraph", page=1, text="Kelder Vale District Council Cabinet 9 June 2026"),
        Block(kind="paragraph", page=1, text="Report of the Director of Place"),
        Block(kind="paragraph", page=1, text="The Committee noted the draft plan at its last meeting.")])
    assert describe(layout).doc_type == "report"


def test_a_motion_that_the_question_be_put_decides_nothing(tmp_path):
    found = _decisions_in(tmp_path, [
        "Minutes of the County Council held on 4 March 2026",
        "12. Motion on bus services",
        "Cllr Shah proposed and Cllr Reid seconded that the question be now put. Agreed.",
        "Cllr Ode proposed and Cllr Lamb seconded that the motion as amended at paragraph 2 be put to the vote. Agreed."])
    assert found == []


def test_an_annual_meeting_headed_by_its_council_with_items_settled_after_a_dash(tmp_path):
    """"<Council> — Annual Meeting of Council, <day>": the council's meeting that day (its
    record, though it never says "Minutes", as it tells what the council considered); an item
    "– approved as circulated" was approved."""
    found = [(d.date, d.action, d.subject) for d in _decisions_in(tmp_path, [
        "Kelder Vale District Council — Annual Meeting of Council, 20 May 2026", "",
        "9. Appointments to committees",
        "Council considered the nominations received from the groups.",
        "10. Members' allowances scheme 2026/27 – approved as circulated."])]
    assert found == [("2026-05-20", "approved", "Members' allowances scheme 2026/27")]


def test_an_office_holders_first_person_decision_on_their_record(tmp_path):
    """"I hereby approve a grant of ..." under "Decision:" on a commissioner's record: the
    commissioner's approval; the "Date:" under the signature dates the record."""
    paper = tmp_path / "record.txt"
    paper.write_text("\n".join([
        "OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR WESTMARCH", "DECISION RECORD",
        "Title: Rural crime partnership – funding 2026/27",
        "Summary: The partnership's present funding ends on 31 March 2026.", "Decision:",
        "I hereby approve a grant of £52,000 to the Westmarch Rural Crime Partnership for 2026/27.",
        "Police and Crime Commissioner: [signed]", "Date: 09/02/2026"]) + "\n")
    layout = arrange(read_paper(paper))
    cover = describe(layout)
    found = decisions.extract(layout, Document(doc_id="x", file_name=paper.name, path=str(paper), fmt="txt", sha256="x",
                                               pages=1, **cover.model_dump()), {})
    assert cover.date == "2026-02-09"
    assert [(d.body, d.action, d.subject) for d in found] == [
        ("Police and Crime Commissioner", "approved", "a grant of £52,000 to the Westmarch Rural Crime Partnership for 2026/27")]


@pytest.mark.parametrize("head", ["Board", "Committee", "Panel"])
def test_a_report_asking_a_body_it_names_only_by_its_head_noun_asks_that_body(head):
    """A paper that names no board but says "The Board is asked to approve the revised budget"
    goes to that board: its recommendation is the Board's to decide."""
    got = paper(block("Capital Programme Update"), block(f"The {head} is asked to approve the revised budget."),
                doc_type="report", body=None, date="2024-11-18")
    assert [(d.body, d.action, d.status, d.subject) for d in got] == [
        (head, "approved", "recommended", "the revised budget")]


@pytest.mark.parametrize(("body", "expected"), [("Fire Authority", "Fire Authority"), (None, "Members")])
def test_recommendations_put_to_members_are_the_addressees_or_members(body, expected):
    """"That Members note ..." and "Members are asked to approve ...": put to the members of the
    body the paper goes to; a paper that names no body puts them to "Members", as it says."""
    got = paper(block("Recommendations", kind="heading"),
                block("That Members note the outturn position as set out in Appendix A.", ["Recommendations"],
                      kind="list_item", marker="1."),
                block("Members are asked to approve the transfer to the equipment reserve.", ["Recommendations"]),
                body=body)
    assert [(d.body, d.action, d.status, d.subject) for d in got] == [
        (expected, "noted", "recommended", "the outturn position as set out in Appendix A"),
        (expected, "approved", "recommended", "the transfer to the equipment reserve")]


def test_items_inline_after_a_scottish_lead_in_with_a_dash_are_one_recommendation_each():
    """"That the Board :- (i) endorses ...; (ii) remits the Treasurer to report ...": the lead-in
    may end ":-" before items printed inline; "remit" sends a matter to someone to act on."""
    got = paper(block("That the Board :- (i) endorses the appointment of the Treasurer to the audit panel; (ii) remits "
                      "the Treasurer to report on the insurance renewal to a future meeting; and (iii) notes the updates "
                      "provided in the report."), body="Board")
    assert [(d.action, d.subject) for d in got] == [
        ("endorsed", "the appointment of the Treasurer to the audit panel"),
        ("requested", "the Treasurer to report on the insurance renewal to a future meeting"),
        ("noted", "the updates provided in the report")]


@pytest.mark.parametrize("sentence", ["Minutes approved as a correct record.",
                                      "Minutes signed as a true record by the Chair."])
def test_minutes_confirmed_tersely_are_approved(sentence):
    got = paper(block("3. Minutes of the meeting of 6 May 2024"), block(sentence, ["3. Minutes of the meeting of 6 May 2024"]),
                doc_type="minutes", body="Harbour Board", date="2024-06-03")
    assert [(d.action, d.status) for d in got] == [("approved", "decided")]


def test_a_body_named_bare_after_a_proviso_decides():
    got = paper(block("Subject to the correction of one name, Board approved the notes of the audit group."),
                doc_type="minutes", body="Harbour Board", date="2024-06-03")
    assert [(d.body, d.action) for d in got] == [("Harbour Board", "approved")]


def test_a_decision_field_awarding_a_grant_approves_it():
    got = paper(block("Riverside litter picking kit", kind="heading"),
                block("Decision: Award grant of £750 (100%)", ["Riverside litter picking kit"]),
                body="Head of Communities", doc_type="other")
    assert [(d.body, d.action, d.subject) for d in got] == [("Head of Communities", "approved", "grant of £750 (100%)")]


def test_an_officers_record_of_delegated_decisions_dates_them_on_its_day(tmp_path):
    got = _decisions_in(tmp_path, ["Community Fund: delegated decisions 4 June 2024",
                                   "Record of decisions taken under delegated authority by the Head of Communities on 4 June 2024",
                                   "Riverside litter picking kit", "Applicant: Friends of Mill Park",
                                   "Decision: Award grant of £750 (100%)"])
    assert [(d.body, d.date, d.action) for d in got] == [("Head of Communities", "2024-06-04", "approved")]
