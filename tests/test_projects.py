"""Projects: money tables that list projects, numbered title lines, appendix repeats."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import laid_out, paper_document, table
from paper_miner.extract.common.owners import owner_from_heading, owner_of
from paper_miner.extract.money import budgets, projects
from paper_miner.extract.money.projects import costed_lists, items, prose
from paper_miner.extract.money.projects.tables import fund_named
from paper_miner.extract.money.tables import read_money_table
from paper_miner.models import Block, Layout
from paper_miner.pipeline import read_paper

FIXTURES = Path(__file__).parent / "fixtures" / "projects"
FIELDS = ["name", "ref", "owner", "theme", "amount_gbp", "alt_amounts_gbp", "funding"]


def extract(layout: Layout, authority: str | None = None) -> list[dict]:
    found = projects.extract(layout, paper_document(authority), {})
    return [p.model_dump(include=set(FIELDS)) for p in found]


@pytest.mark.parametrize("stem", ["capital_schemes", "partnership_programmes", "numbered_cost_table",
                                  "capital_programme", "grant_awards", "run_on_items", "funded_list",
                                  "scheme_letter"])
def test_fixture_papers(stem):
    expected = json.loads((FIXTURES / f"{stem}.json").read_text())
    got = extract(read_paper(FIXTURES / f"{stem}.txt"))
    assert got == expected


def test_every_project_quote_holds_its_name():
    layout = read_paper(FIXTURES / "capital_schemes.txt")
    for project in projects.extract(layout, paper_document(), {}):
        assert project.name in project.quote


def test_amount_after_name_in_a_numbered_table_with_a_pound_header():
    layout = laid_out(
        Block(kind="heading", page=1, text="Westfield Partnership", level=1),
        table(["", "", "£"], ["1", "Town Centre Wifi", "20,000"], ["2", "Youth Bus", "£7,500"],
              ["", "", "£27,500"]),
    )
    got = extract(layout)
    assert [(p["ref"], p["name"], p["amount_gbp"], p["owner"]) for p in got] == [
        ("1", "Town Centre Wifi", 20000, "Westfield Partnership"),
        ("2", "Youth Bus", 7500, "Westfield Partnership"),
    ]


def test_per_year_columns_leave_the_amount_unstated_but_funded():
    layout = laid_out(table(
        ["Work stream", "Project", "2009/10", "2010/11"],
        ["", "", "£000", "£000"],
        ["Energy", "P1. Solar Panels", "10", "5.5"],
        ["", "P2. Boiler Swap", "2", ""],
        ["Other", "Contingency reserve", "", "3"],
    ))
    got = extract(layout)
    assert [(p["ref"], p["name"], p["theme"], p["amount_gbp"], p["funding"]) for p in got] == [
        ("P1", "Solar Panels", "Energy", None, "amount"),
        ("P2", "Boiler Swap", "Energy", None, "amount"),
    ]


def test_a_table_of_theme_budgets_is_not_a_project_list():
    layout = laid_out(
        Block(kind="paragraph", page=1, text="Indicative figures by theme are:"),
        table(["", "2009/10 £000"], ["Improve Services", "300"], ["Total", "300"]),
    )
    assert extract(layout) == []


def test_numbered_title_lines_and_a_restatement_with_another_figure():
    layout = laid_out(
        Block(kind="heading", page=1, text="Southby Improvement Partnership Programme", level=1),
        Block(kind="list_item", page=1, text="Shared Legal Service £40,000", marker="1."),
        Block(kind="paragraph", page=1, text="Joint legal team for three councils."),
        Block(kind="list_item", page=2, text="Shared Legal Service £41,250", marker="1."),
        Block(kind="list_item", page=2, text="The Board noted the report.", marker="2."),
    )
    got = extract(layout)
    assert got == [{"name": "Shared Legal Service", "ref": "1", "owner": "Southby Improvement Partnership",
                    "theme": None, "amount_gbp": 40000, "alt_amounts_gbp": [41250], "funding": "amount"}]


def test_an_appendix_item_that_lost_its_heading_joins_its_project_by_ref_and_figure():
    layout = laid_out(
        Block(kind="heading", page=1, text="Northby Partnership", level=1),
        table(["", "", "£"], ["3", "Street Lighting Upgrade", "£90,000"]),
        Block(kind="heading", page=2, text="Eastby Partnership Programme", level=1),
        Block(kind="list_item", page=2, text="Street Lights £90,000", marker="3"),
    )
    got = extract(layout)
    assert [(p["name"], p["owner"], p["amount_gbp"]) for p in got] == [
        ("Street Lighting Upgrade", "Northby Partnership", 90000)]


def test_authority_is_the_owner_when_no_heading_names_a_body():
    layout = laid_out(
        Block(kind="heading", page=1, text="Capital programme", level=1),
        Block(kind="paragraph", page=1, text="The schemes are:"),
        table(["Harbour Wall Repair", "£1.2m"]),
    )
    assert extract(layout, authority="Seaside Borough Council")[0]["owner"] == "Seaside Borough Council"
    assert extract(layout, authority="Seaside Borough Council")[0]["amount_gbp"] == 1200000


def test_named_schemes_without_cost_are_conservative():
    layout = laid_out(
        Block(kind="list_item", page=1, text="Riverside Regeneration Project", marker="(a)"),
        Block(kind="paragraph", page=1, text="Members welcomed the project and its aims."),
        Block(kind="paragraph", page=1, text="We continue to support local projects across the county."),
    )
    got = extract(layout)
    assert [(p["name"], p["funding"], p["amount_gbp"]) for p in got] == [
        ("Riverside Regeneration Project", "unstated", None)]


@pytest.mark.parametrize(("heading", "owner"), [
    ("3.1.2 Greenshire Sub Regional Partnership", "Greenshire Sub Regional Partnership"),
    ("Greenshire Sub Regional Partnership Programme", "Greenshire Sub Regional Partnership"),
    ("MARSHTON DISTRICT COUNCIL", "Marshton District Council"),
    ("Review of progress", None),
    ("Year One programme and budget", None),
])
def test_owner_from_heading(heading, owner):
    assert owner_from_heading(heading) == owner


def test_owner_falls_back_to_an_earlier_sibling_heading():
    layout = laid_out(
        Block(kind="heading", page=1, text="Hillshire Partnership Programme", level=1),
        Block(kind="heading", page=1, text="Year One budget", level=1),
        Block(kind="paragraph", page=1, text="Text"),
    )
    assert owner_of(layout.blocks, 2, paper_document("Other Council")) == "Hillshire Partnership"


def test_table_reader_scales_continuation_and_total_rows():
    money = read_money_table(table(
        ["Category", "Project", "Description", "Cost £'000"],
        ["Housing", "Empty Homes", "Bring homes back into use", "30"],
        ["", "", "Legal fees", "5.25"],
        ["TOTAL", "", "", "35.25"],
    ))
    assert [(line.kind, line.name, [v.amount for v in line.values]) for line in money.lines] == [
        ("item", "Empty Homes", [30000]), ("continuation", "", [5250]), ("total", "TOTAL", [35250])]


def test_table_without_a_pound_sign_is_not_a_money_table():
    assert read_money_table(table(["Foreword", "4"], ["Our Vision", "9"])) is None


@pytest.mark.parametrize("header", ["Cost (£)", "Amount £", "£", "Grant awarded", "Value"])
def test_a_numbered_column_is_the_ref_never_the_money(header):
    layout = laid_out(table(
        ["No.", "Project", "Lead agency", header],
        ["1", "Street Wardens", "Northby Homes", "48,000"],
        ["2", "Youth Bus", "Youth Service", "35,500"],
        ["3", "Alley Gates", "Northby Council", "Self-financing"],
        ["", "Total", "", "83,500"],
    ))
    got = extract(layout)
    assert [(p["ref"], p["name"], p["amount_gbp"], p["funding"]) for p in got] == [
        ("1", "Street Wardens", 48000, "amount"), ("2", "Youth Bus", 35500, "amount"),
        ("3", "Alley Gates", None, "self_funding")]


def test_thousands_header_scales_the_project_cost():
    layout = laid_out(table(["Ref", "Scheme", "Budget (£k)"], ["1", "Pier Repairs", "52.5"],
                             ["2", "Beach Huts", "10"]))
    assert [p["amount_gbp"] for p in extract(layout)] == [52500, 10000]


def test_a_count_column_is_not_money():
    layout = laid_out(table(["Scheme", "No. of households", "Cost £"], ["Loft Insulation", "120", "36,000"]))
    assert [(p["name"], p["amount_gbp"]) for p in extract(layout)] == [("Loft Insulation", 36000)]


def test_monitoring_table_project_amount_is_its_approved_budget():
    layout = laid_out(table(["Scheme", "Approved budget £", "Spend to date £", "Forecast £"],
                             ["Boiler Renewal", "250,000", "120,000", "245,000"]))
    assert [(p["name"], p["amount_gbp"]) for p in extract(layout)] == [("Boiler Renewal", 250000)]


@pytest.mark.parametrize("sentence", [
    "This report lists the projects funded by the Marshton Community Safety Partnership in 2010/11.",
    "The Marshton Community Safety Partnership's programme for the year is shown below.",
    "The Marshton Community Safety Partnership has allocated its grant as follows.",
])
def test_owner_from_the_sentence_saying_who_funds_not_the_meeting(sentence):
    layout = laid_out(
        Block(kind="heading", page=1, text="Report to Overview and Scrutiny Committee", level=1),
        Block(kind="paragraph", page=1, text=sentence),
        table(["Project", "Cost £"], ["Street Wardens", "48,000"]),
    )
    assert extract(layout, authority="Marshton Borough Council")[0]["owner"] == (
        "Marshton Community Safety Partnership")


def test_the_meeting_body_is_never_the_owner():
    layout = laid_out(
        Block(kind="heading", page=1, text="Scrutiny Committee", level=1),
        table(["Project", "Cost £"], ["Street Wardens", "48,000"]),
    )
    doc = paper_document("Marshton Borough Council").model_copy(update={"body": "Scrutiny Committee"})
    assert projects.extract(layout, doc, {})[0].owner == "Marshton Borough Council"


def test_numbered_lines_joined_into_one_block_are_split_again():
    block = Block(kind="list_item", page=1, marker="1.",
                  text="Walks £15,000 2. Falls Service £42,500 3. Carers Network Self funding")
    assert [(p.ref, p.name, p.amount_gbp, p.funding) for p in items.item_projects(block, None)] == [
        ("1", "Walks", 15000, "amount"), ("2", "Falls Service", 42500, "amount"),
        ("3", "Carers Network", None, "self_funding")]


def test_numbered_cost_table_in_a_pdf(tmp_path):
    platypus = pytest.importorskip("reportlab.platypus")
    from reportlab.lib.styles import getSampleStyleSheet

    styles = getSampleStyleSheet()
    rows = [["No.", "Project", "Lead agency", "Cost (£)"], ["1", "Street Wardens", "Northby Homes", "48,000"],
            ["2", "Youth Bus", "Youth Service", "35,500"], ["3", "Alley Gates", "Northby Council", "Self-financing"],
            ["", "Total", "", "83,500"]]
    grid = platypus.Table(rows)
    grid.setStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")])
    path = tmp_path / "paper.pdf"
    platypus.SimpleDocTemplate(str(path)).build([
        platypus.Paragraph("Northby Borough Council", styles["Title"]),
        platypus.Paragraph("This report lists the projects funded by the Northby Community Safety "
                           "Partnership in 2010/11.", styles["Normal"]),
        grid,
    ])
    got = extract(read_paper(path), authority="Northby Borough Council")
    assert [(p["ref"], p["name"], p["owner"], p["amount_gbp"], p["funding"]) for p in got] == [
        ("1", "Street Wardens", "Northby Community Safety Partnership", 48000, "amount"),
        ("2", "Youth Bus", "Northby Community Safety Partnership", 35500, "amount"),
        ("3", "Alley Gates", "Northby Community Safety Partnership", None, "self_funding")]


def test_a_total_stated_later_brings_its_page_and_quote():
    """A per-year table gives no total; the appendix line that does is the record's provenance."""
    layout = laid_out(
        table(["Work stream", "Project", "2009/10", "2010/11"], ["", "", "£000", "£000"],
              ["Energy", "P1. Solar Panels", "10", "5.5"]),
        Block(kind="heading", page=3, text="Appendix", level=1),
        Block(kind="list_item", page=3, text="Solar Panels £15,500", marker="P1."),
    )
    found = projects.extract(layout, paper_document(), {})
    assert [(p.name, p.amount_gbp, p.page) for p in found] == [("Solar Panels", 15500, 3)]
    assert "£15,500" in found[0].quote


@pytest.mark.parametrize(("text", "name"), [
    ("Friday Night Project - detached youth work in Hartley Vale (Hartley Vale Youth Trust) .........",
     "Friday Night Project"),
    ("Sanctuary Scheme – security measures for victims' homes (Brackenmoor Homes) ....", "Sanctuary Scheme"),
    ("Tenancy Support Worker: two days a week at the hostel", "Tenancy Support Worker"),
    ("Hate Crime - Third Party Reporting", "Hate Crime - Third Party Reporting"),
    ("Alley Gating (Phase 2) …", "Alley Gating"),
])
def test_item_name_drops_dots_delivering_body_and_description(text, name):
    assert items.item_name(text) == name


@pytest.mark.parametrize(("heading", "ref", "theme"), [
    ("Theme A - Reducing Anti-Social Behaviour", "A1", "Reducing Anti-Social Behaviour"),
    ("Priority 2: Safer Roads", "7", "Safer Roads"),
    ("B. Protecting Vulnerable People", "B2", "Protecting Vulnerable People"),
    ("B. Protecting Vulnerable People", "C1", None),
    ("Background", "A1", None),
])
def test_theme_from_the_heading_an_item_sits_under(heading, ref, theme):
    assert items.section_theme(["Introduction", heading], ref) == theme


def test_run_on_lettered_items_are_split_again():
    block = Block(kind="list_item", page=1, marker="B1",
                  text="Sanctuary Scheme (Homes) .... £12k B2 Cold Calling Zones (Trading Standards) .... £1,800")
    assert [(p.ref, p.name, p.amount_gbp) for p in items.item_projects(block, None)] == [
        ("B1", "Sanctuary Scheme", 12000), ("B2", "Cold Calling Zones", 1800)]


def test_funded_list_in_a_pdf(tmp_path):
    platypus = pytest.importorskip("reportlab.platypus")
    from reportlab.lib.styles import getSampleStyleSheet

    styles = getSampleStyleSheet()
    path = tmp_path / "paper.pdf"
    lines = [("Heading1", "Community Safety Fund 2011/12"),
             ("Normal", "All of the projects below are funded by the Ashcombe Community Safety Partnership."),
             ("Heading2", "Theme C - Safer Night Time Economy"),
             ("Normal", "C1 Taxi Marshals - marshals at the main rank (Ashcombe BID) ........ £7,200"),
             ("Normal", "C2 Safe Haven Bus - first aid on Saturday nights (St John) ..... £9k")]
    platypus.SimpleDocTemplate(str(path)).build(
        [platypus.Paragraph(text, styles[style]) for style, text in lines])
    got = extract(read_paper(path), authority="Ashcombe Borough Council")
    assert [(p["ref"], p["name"], p["theme"], p["owner"], p["amount_gbp"]) for p in got] == [
        ("C1", "Taxi Marshals", "Safer Night Time Economy", "Ashcombe Community Safety Partnership", 7200),
        ("C2", "Safe Haven Bus", "Safer Night Time Economy", "Ashcombe Community Safety Partnership", 9000)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Lower Marl Flood Alleviation Scheme will cost £4.2m in total.",
     [("Lower Marl Flood Alleviation Scheme", 4200000)]),
    ("Work on the Saltings Bridge Replacement Project, costing £1.35m, starts in May.",
     [("Saltings Bridge Replacement Project", 1350000)]),
    ("The total cost of the Westgate Townscape Heritage Initiative is £780,000.",
     [("Westgate Townscape Heritage Initiative", 780000)]),
    ("We are bidding for the Oakfield Youth Hub Project (£310,000) this spring.",
     [("Oakfield Youth Hub Project", 310000)]),
    ("The Capital Programme will cost £13m over two years.", []),
    ("The flood scheme will cost £4.2m.", []),
    ("The Lower Marl Flood Alleviation Scheme was discussed; it has a budget of £4.2m.", []),
    # a decision to spend a figure on named works names them, whatever noun ends the name
    ("Recommend to Council the approval to spend £12.4M for the Northgate Leisure Centre, as set out"
     " in paragraph 12.", [("Northgate Leisure Centre", 12400000)]),
    ("Cabinet gave authority to spend £850,000 on the Hollins Lane Bridge Strengthening Scheme.",
     [("Hollins Lane Bridge Strengthening Scheme", 850000)]),
    ("Members agreed to spend £40,000 on the repairs to the depot roof.", []),
    ("Approval to spend £2m on the Capital Programme was given.", []),
])
def test_a_named_scheme_with_its_cost_in_a_sentence_is_a_project(text, expected):
    block = Block(kind="paragraph", page=1, text=text)
    assert [(p.name, p.amount_gbp) for p in prose.costed_schemes(block, None)] == expected


# ---------------------------------------------------------------- grant lists (issue 21)

def test_grant_list_names_organisation_and_purpose_under_its_group_heading():
    layout = laid_out(
        Block(kind="heading", page=1, text="Leisure Committee Small Grants Fund Applications 3rd May 2019"),
        Block(kind="heading", page=1, text="NORTH WARD"),
        table(["Organisation", "Status", "Project Summary", "Amount (£)"],
              ["Brookside Nature Reserve Friends", "Charity", "To fund a bat survey. It will also buy boxes.", "£1,200.00"],
              ["Oakmere Bowls Club", "Community Group", "Funding to replace the pavilion roof.", "£4,500.00"]),
        Block(kind="heading", page=1, text="SOUTH WARD"),
        table(["Organisation", "Status", "Project Summary", "Amount (£)"],
              ["Southgate Youth Band", "Registered Charity", "New instruments for beginners", "£900.00"]))
    doc = paper_document("Marshton Town Council").model_copy(update={"title": layout.blocks[0].text})
    assert [(p.name, p.theme, p.owner, p.amount_gbp) for p in projects.extract(layout, doc, {})] == [
        ("Brookside Nature Reserve Friends: a bat survey", "North Ward", "Small Grants Fund", 1200),
        ("Oakmere Bowls Club: replace the pavilion roof", "North Ward", "Small Grants Fund", 4500),
        ("Southgate Youth Band: New instruments for beginners", "South Ward", "Small Grants Fund", 900)]


@pytest.mark.parametrize("heading, fund", [
    ("Amenities Committee Community Grant Applications", "Community Grant"),
    ("The Ward Improvement Fund awards 2020", "Ward Improvement Fund"),
    ("grants from the fund", None),
])
def test_fund_named_in_a_heading(heading, fund):
    assert fund_named(heading) == fund


def test_a_grant_list_keeps_each_application_s_status_even_when_refused():
    layout = laid_out(
        Block(kind="heading", page=1, text="Community Chest Grant Applications"),
        table(["Applicant", "Purpose", "Requested £", "Recommendation"],
              ["Hillcrest Scouts", "To fund a new minibus", "£5,000", "Approved"],
              ["Linden Lane Allotments", "Replacement water butts", "£640", "Deferred to June"],
              ["Westbrook Drama Group", "Stage lighting", "£2,300", "Not approved"]))
    doc = paper_document("Ambleford Borough Council")
    assert [(p.name, p.amount_gbp, p.status) for p in projects.extract(layout, doc, {})] == [
        ("Hillcrest Scouts: a new minibus", 5000, "Approved"),
        ("Linden Lane Allotments: Replacement water butts", 640, "Deferred to June"),
        ("Westbrook Drama Group: Stage lighting", 2300, "Not approved")]


def test_an_applicant_type_under_a_status_header_is_not_a_status():
    layout = laid_out(table(["Organisation", "Status", "Project Summary", "Amount (£)"],
                             ["Fernhill Friends", "Charity", "To fund a bench", "£300"]))
    assert [(p.name, p.status) for p in projects.extract(layout, paper_document(), {})] == [
        ("Fernhill Friends: a bench", None)]


def test_a_grant_list_whose_amounts_carry_words_is_still_a_grant_list():
    layout = laid_out(
        Block(kind="heading", page=1, text="Ward Improvement Fund Applications"),
        table(["Organisation", "Project Summary", "Amount Requested", "Recommendation"],
              ["Elm Park Residents", "To fund a community orchard. Trees from a local nursery.",
               "Northfield Ward £1,249.50", "Approved.\nMeets the criteria."],
              ["Canal Walkers", "New waymarker posts", "Total= £900\nNorthfield - £500 Southfield - £400",
               "Rejected."],
              ["Riverside Art Club", "An open studio weekend", "", "Deferred to July."]))
    doc = paper_document("Braxton Town Council")
    assert [(p.name, p.amount_gbp, p.owner, p.status) for p in projects.extract(layout, doc, {})] == [
        ("Elm Park Residents: a community orchard", 1250, "Ward Improvement Fund", "Approved"),
        ("Canal Walkers: New waymarker posts", 900, "Ward Improvement Fund", "Rejected"),
        ("Riverside Art Club: An open studio weekend", None, "Ward Improvement Fund", "Deferred to July")]


@pytest.mark.parametrize("text, expected", [
    ("Projects 2018-19:- Benches - £750, Planters - £400, Noticeboard - £1,200",
     [("Benches", 750), ("Planters", 400), ("Noticeboard", 1200)]),
    ("Capital schemes agreed: Bus shelter repairs – £2,400 Village green drainage – £5,150",
     [("Bus shelter repairs", 2400), ("Village green drainage", 5150)]),
    ("Projects for next year: the council will consider benches - £750 and more.", []),
    ("Payments: Clerk - £400, Insurance - £310", []),
])
def test_a_costed_list_run_on_in_one_line_gives_a_project_per_item(text, expected):
    block = Block(kind="paragraph", page=1, text=text)
    found = costed_lists.costed_list_projects(block, "Fernleigh Community Council")
    assert [(p.name, p.amount_gbp) for p in found] == expected


def test_a_grant_paid_from_another_budget_is_owned_by_that_budget():
    layout = laid_out(
        Block(kind="heading", page=1, text="Neighbourhood Grant Applications"),
        table(["Organisation", "Project Summary", "Amount Requested", "Recommendation"],
              ["Old Mill Gardeners", "Hanging baskets for the high street", "£480",
               "Approved. To be funded from the Floral Displays budget."],
              ["Ashby Road School", "Litter pickers for pupils", "£220",
               "Recommend funding from the street cleaning budget"],
              ["Kestrel Chess Club", "New boards and clocks", "£300", "Approved."]))
    doc = paper_document("Harwell Parish Council")
    assert [p.owner for p in projects.extract(layout, doc, {})] == [
        "Floral Displays budget", "street cleaning budget", "Neighbourhood Grant"]


GRANT_MINUTES = """Eastbrook Parish Council

Minutes of the meeting held on 12 March 2026

7. Community Grants

The following grants from the Community Chest Fund were approved:

• Westvale Time Bank - £1,200 towards the coordinator's salary for a second year
• Eastbrook Scouts: £250 for new tents
• Mill Lane Allotment Society - £480
• Eastbrook Village Hall - £900 over three years (£300; £300; £300) towards the hall's running costs

8. Payments for approval

• Clerk's salary - £640
• Hall hire - £45
"""


def test_a_grant_list_written_as_bullets_gives_one_project_per_grant(tmp_path):
    paper = tmp_path / "grants.txt"
    paper.write_text(GRANT_MINUTES)
    found = projects.extract(read_paper(paper), paper_document("Eastbrook Parish Council"), {})
    assert [(p.name, p.amount_gbp, p.owner, p.status) for p in found] == [
        ("Westvale Time Bank: the coordinator's salary for a second year", 1200, "Community Chest Fund", "Approved"),
        ("Eastbrook Scouts: new tents", 250, "Community Chest Fund", "Approved"),
        ("Mill Lane Allotment Society", 480, "Community Chest Fund", "Approved"),
        ("Eastbrook Village Hall: the hall's running costs", 900, "Community Chest Fund", "Approved")]


def test_a_grant_list_s_amounts_are_its_projects_not_budgets(tmp_path):
    paper = tmp_path / "grants.txt"
    paper.write_text(GRANT_MINUTES)
    found = budgets.extract(read_paper(paper), paper_document("Eastbrook Parish Council"), {})
    assert sorted(b.amount_gbp for b in found) == [45, 640]


@pytest.mark.parametrize("lead_in", [
    "The following donations were agreed:",  # donations paid out are costs, not grant projects
    "Grant payments for approval:",
])
def test_lines_under_other_lead_ins_are_no_grant_list(lead_in):
    layout = laid_out(Block(kind="paragraph", page=1, text=lead_in),
                      Block(kind="list_item", page=1, marker="•", text="Village Hall - £200"),
                      Block(kind="list_item", page=1, marker="•", text="Youth Club - £150"))
    assert extract(layout) == []


def test_one_line_is_no_grant_list():
    layout = laid_out(Block(kind="paragraph", page=1, text="The committee awarded a grant:"),
                      Block(kind="list_item", page=1, marker="•", text="Marsh Road Residents - £300 for bulbs"))
    assert extract(layout) == []


@pytest.mark.parametrize(("lead_in", "expected"), [
    ("Resolved – That the following amount of Small Grants support be approved.",
     [("Hillside Scouts", 2500, "Approved"), ("Marsh Road Residents", 300, "Approved")]),
    ("The following donations were agreed:", []),  # no grants: a header alone makes no grant list
])
def test_a_web_grant_table_run_into_one_line_gives_a_project_per_row(lead_in, expected):
    layout = laid_out(Block(kind="paragraph", page=1, text=lead_in),
                      Block(kind="paragraph", page=1,
                            text="Applicant Amount Granted Hillside Scouts £2,500 Marsh Road Residents £300"))
    found = projects.extract(layout, paper_document(None), {})
    assert [(p.name, p.amount_gbp, p.status) for p in found] == expected


@pytest.mark.parametrize(("text", "names"), [
    ("Community Transport Scheme £42,000", ["Community Transport Scheme"]),
    ("The total planned spending be £9,120,400 including town council precepts of £812,300", []),
    ("The minimum level of general balances is £1.5m", []),
])
def test_a_numbered_line_ending_in_a_sum_is_a_project_unless_it_says_what_is_to_be(text, names):
    block = Block(page=1, kind="list_item", marker="1.", text=text)
    assert [p.name for p in items.item_projects(block, None)] == names


# ---------------------------------------------------------------- minute items, policy schemes

def minutes() -> Layout:
    """A parish's minutes: items titled with pieces of work and standing items, with costs."""
    return laid_out(
        Block(kind="list_item", page=1, marker="6.", text="Finance. The Clerk reported that a new mower "
              "was quoted at £900. The balance at the bank is £4,310."),
        Block(kind="list_item", page=1, marker="7.", text="Mill Lane Footpath. The county engineer had "
              "walked the path with members. The repair was quoted at c£4.2k and could start in May."),
        Block(kind="list_item", page=1, marker="8.", text="Village Green Partnership. Members heard a "
              "request from the Friends group to resurface the path in Elm Park for £2,500. It was "
              "supported in principle."),
        Block(kind="list_item", page=1, marker="9.", text="Apologies were received from Cllr Hart. "
              "The hall is expected to cost £60 to hire."))


def test_a_minute_item_titled_with_a_costed_piece_of_work_is_a_project():
    got = projects.extract(minutes(), paper_document("Ashcombe Parish Council"), {})
    assert [(p.name, p.amount_gbp) for p in got] == [
        ("Mill Lane Footpath", 4200), ("Resurface the path in Elm Park", 2500)]
    assert all(p.name.lower() in p.quote.lower() for p in got)


def test_a_costed_minute_item_is_no_budget_as_well():
    paper = paper_document("Ashcombe Parish Council")
    found = {"projects": projects.extract(minutes(), paper, {})}
    amounts = [b.amount_gbp for b in budgets.extract(minutes(), paper, found)]
    assert 4200 not in amounts and 2500 not in amounts
    assert 900 in amounts  # a standing item's figure stays a budget


@pytest.mark.parametrize(("title", "is_project"), [
    ("Local Council Tax Reduction Scheme", False),
    ("Members' Allowances Scheme", False),
    ("Discretionary Rate Relief Scheme", False),
    ("Riverside Footbridge Scheme", True),
])
def test_a_scheme_of_support_or_relief_is_a_policy(title, is_project):
    layout = laid_out(Block(kind="list_item", page=1, marker="3.4", text=title))
    assert bool(extract(layout)) is is_project


@pytest.mark.parametrize(("text", "expected"), [
    ("The Cabinet Member said the capital investments would deliver enhancements such as £1.2m "
     "for pool roof replacement, £300K to resurface the car park and £90k for a repairs reserve "
     "to meet urgent needs.",
     [("Pool roof replacement", 1200000), ("Resurface the car park", 300000)]),
    ("Further allocations include £410K for play area improvements.", [("Play area improvements", 410000)]),
    # no investment is spoken of: a payment for repairs in a parish's accounts
    ("The Clerk paid £240 for gutter repairs.", []),
])
def test_works_an_investment_sentence_costs_are_projects(text, expected):
    layout = laid_out(Block(kind="paragraph", page=1, text=text))
    assert [(p["name"], p["amount_gbp"]) for p in extract(layout)] == expected
