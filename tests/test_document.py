"""Document metadata on fixture papers of our own and on hand-built layouts."""
import json
from pathlib import Path

import pytest

from paper_miner.extract.document import COUNCIL_RE, describe, is_plan_title
from paper_miner.layout.arrange import arrange
from paper_miner.layout.blocks import table_block
from paper_miner.models import Block, Layout, Row
from paper_miner.pipeline import read_paper

FIXTURES = Path(__file__).parent / "fixtures"
EXPECTED = json.loads((FIXTURES / "documents" / "expected.json").read_text())


def paper(stem):
    """Fixture papers live beside the decisions or documents they test."""
    return next(p for p in (FIXTURES / "documents" / f"{stem}.txt", FIXTURES / "decisions" / f"{stem}.txt")
                if p.exists())


@pytest.mark.parametrize("stem", sorted(EXPECTED))
def test_fixture_metadata(stem):
    got = describe(arrange(read_paper(paper(stem))))
    for field, value in EXPECTED[stem].items():
        assert getattr(got, field) == value, field


def heading(text):
    return Block(kind="heading", page=1, text=text, level=1)


def paragraph(text):
    return Block(kind="paragraph", page=1, text=text)


def test_title_prefers_a_heading_that_says_what_the_paper_is():
    layout = Layout(fmt="txt", page_texts=[""], blocks=[
        heading("APPENDIX 1"), heading("Building a Better Borough"),
        heading("Corporate Plan 2010 to 2013"), paragraph("MTP Draft 3 14-01-10 Cabinet.doc"),
    ])
    got = describe(layout)
    assert got.title == "Corporate Plan 2010 to 2013"
    assert got.doc_type == "plan"
    assert got.date == "2010-01-14"
    assert got.body == "Cabinet"


def test_a_report_under_its_agenda_item_number_and_letterhead_is_titled_by_its_own_heading(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text("Agenda Item 7\nNORTHVALE AND ESKDALE\nCOMBINED FIRE AUTHORITY\n12 MARCH 2025\n"
                    "REPORT OF THE TREASURER\nCAPITAL STRATEGY 2025/26\n1. PURPOSE OF REPORT\n"
                    "To set out the capital strategy for 2025/26.\n", encoding="utf-8")
    got = describe(arrange(read_paper(path)))
    assert (got.title, got.authority, got.date) == (
        "Capital Strategy 2025/26", "Northvale and Eskdale Combined Fire Authority", "2025-03-12")


def test_a_joint_board_named_alone_over_its_report_issues_it(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text("Eskdale Valley Integration Joint Board\nAnnual Performance Report\nfor the year ended 31 March 2025\n"
                    "Contents\n1. Foreword\n2. Our priorities\n", encoding="utf-8")
    got = describe(arrange(read_paper(path)))
    assert (got.title, got.authority) == ("Annual Performance Report for the year ended 31 March 2025",
                                          "Eskdale Valley Integration Joint Board")


def test_partnership_board_paper_is_issued_by_the_partnership():
    layout = Layout(fmt="txt", page_texts=[""], blocks=[
        paragraph("SOUTHSHIRE SAFER COMMUNITIES PARTNERSHIP BOARD MEETING: 4th May 2010"),
        heading("Report of the Manager"), heading("Annual Progress Report"),
        paragraph("This report sets out the progress made by the partnership over the year, "
                  "including the work of Ashby Borough Council and Ashby Borough Council partners."),
    ])
    got = describe(layout)
    assert got.authority == "Southshire Safer Communities Partnership"
    assert got.body == "Southshire Safer Communities Partnership Board"
    assert got.title == "Annual Progress Report"


def test_cover_fields_give_body_date_and_title():
    layout = Layout(fmt="txt", page_texts=[""], blocks=[
        paragraph("Agenda item 4"), paragraph("Committee: Planning Committee"),
        paragraph("Date: 12 May 2010"), paragraph("Report author: Head of Planning"),
        paragraph("Subject: Conservation Area Appraisals"), heading("1. Introduction"),
    ])
    got = describe(layout)
    assert (got.body, got.date, got.title) == (
        "Planning Committee", "2010-05-12", "Conservation Area Appraisals")
    assert got.authority is None  # a council committee is not the issuing authority


def test_meeting_label_is_not_the_body_or_authority():
    layout = Layout(fmt="txt", page_texts=[""], blocks=[
        paragraph("Meeting: Cabinet"), paragraph("Date of meeting: 3 June 2009"),
        heading("Housing Allocations Policy"),
    ])
    got = describe(layout)
    assert (got.body, got.authority, got.title) == ("Cabinet", None, "Housing Allocations Policy")


def test_meeting_line_with_a_date_is_the_body_not_the_title():
    layout = Layout(fmt="txt", page_texts=[""], blocks=[
        heading("Environment Scrutiny Committee – 7 March 2011"),
        heading("Flood Risk Partnership: Schemes Funded in 2010/11"),
        heading("Report of the Head of Engineering"),
    ])
    got = describe(layout)
    assert got.title == "Flood Risk Partnership: Schemes Funded in 2010/11"
    assert (got.body, got.date) == ("Environment Scrutiny Committee", "2011-03-07")


def test_minutes_are_titled_by_their_meeting_not_their_first_item():
    layout = Layout(fmt="txt", page_texts=[""], blocks=[
        heading("WESTFIELD COMMUNITY SAFETY PARTNERSHIP"),
        paragraph("Minutes of the meeting of the Westfield Community Safety Partnership Board "
                  "held on Monday 4 October 2010"),
        heading("Anti-social Behaviour Strategy"),
        paragraph("The Board considered the draft strategy."),
    ])
    got = describe(layout)
    assert got.doc_type == "minutes"
    assert got.title.startswith("Minutes of the meeting of the Westfield")
    assert got.body == "Westfield Community Safety Partnership Board"
    assert got.date == "2010-10-04"


def test_minutes_heading_naming_its_body_is_cut_before_the_date_and_place():
    layout = Layout(fmt="txt", page_texts=[""], blocks=[
        paragraph("Minutes of the Eastfield Schools Forum held on Monday 6 June 2011 at 4 pm in the "
                  "Council Chamber"),
        paragraph("Present: Mrs A Jones (Chair), Mr B Khan"),
    ])
    assert describe(layout).title == "Minutes of the Eastfield Schools Forum"


def test_letterhead_report_to_line_and_approval_line():
    layout = Layout(fmt="txt", page_texts=[""], blocks=[
        heading("SAFER DOWNSHIRE PARTNERSHIP"), heading("REPORT TO THE EXECUTIVE BOARD – 2 MARCH 2011"),
        heading("Community Safety Plan 2011/12"),
        paragraph("For approval by the Downshire Partnership Executive, 21 July 2011"),
    ])
    got = describe(layout)
    assert (got.authority, got.body, got.title) == (
        "Safer Downshire Partnership", "Executive Board", "Community Safety Plan 2011/12")


def test_letter_is_titled_by_its_subject_line_and_dated_by_its_date_line(tmp_path):
    path = tmp_path / "letter.txt"
    path.write_text("HOLMEWOOD BOROUGH COUNCIL\n\nOffice of the Leader\n\n14 March 2012\n\n"
                    "Rt Hon A Minister MP\nDepartment for Transport\n\nDear Secretary of State\n\n"
                    "Re: A61 Corridor Improvements - funding request\n\n"
                    "I am writing to ask for your support for the scheme.\n\nYours sincerely\n",
                    encoding="utf-8")
    got = describe(read_paper(path))
    assert (got.doc_type, got.title, got.date, got.body) == (
        "letter", "A61 Corridor Improvements - funding request", "2012-03-14", None)


@pytest.mark.parametrize(("text", "title"), [
    pytest.param("Home > Council and democracy > Consultations > Parking charges\n"
                 "Parking charges review 2026\nWe want your views on the proposed charges for the town centre car parks.\n", "Parking charges review 2026",
                 id="a web page's breadcrumb"),
    pytest.param("Civic Offices, Bank Street, Thornby TH4 2QP\nTel: 01632 960555\n\nPress release\n\n"
                 "Bridge repairs to start in June\nWork begins on the river bridge next month.\n",
                 "Bridge repairs to start in June", id="an address, a phone line and a release's label"),
    pytest.param("Our ref: PL/221\nMrs J Ashe\n4 Mill Row\nThornby\nDear Mrs Ashe\nPlanning application 25/0117/FUL\n"
                 "I write about your application for a rear extension, which the committee will consider.\nYours sincerely\n", "Planning application 25/0117/FUL",
                 id="a letter's subject under a salutation on its own line"),
])
def test_a_papers_title_is_none_of_its_web_pages_trail_address_or_labels(tmp_path, text, title):
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    assert describe(read_paper(path)).title == title


def test_the_minutes_of_the_previous_meeting_are_an_item_not_the_papers_heading(tmp_path):
    path = tmp_path / "minutes.txt"
    path.write_text("Minutes 4th March 2025\nParish Council meeting on Tuesday 4th March 2025\n"
                    "- MEMBERS PRESENT\nMr A Aston (Chairman), Mrs B Byrne.\n- MINUTES OF PREVIOUS MEETING\n"
                    "The minutes of the meeting held on 4th February 2025 were agreed.\n", encoding="utf-8")
    got = describe(read_paper(path))
    assert (got.title, got.doc_type, got.date) == ("Minutes 4th March 2025", "minutes", "2025-03-04")
    assert got.body != "Previous Meeting"


def test_minutes_named_with_their_date_on_one_line_are_minutes(tmp_path):
    path = tmp_path / "minutes.txt"
    path.write_text("Thornby Town Council - Amenities Committee\nMinutes 3 Feb 2025\n"
                    "5.1Bench quotes - AGREED.\n", encoding="utf-8")
    assert describe(read_paper(path)).doc_type == "minutes"


def test_joint_committee_issues_its_own_papers():
    layout = Layout(fmt="txt", page_texts=[""], blocks=[
        heading("NORTHDALE AND SOUTHDALE JOINT TRANSPORT COMMITTEE"), heading("8 MARCH 2012"),
        heading("Bus Services Review"),
        paragraph("Northdale District Council and Southdale District Council jointly fund the service."),
    ])
    got = describe(layout)
    assert got.authority == got.body == "Northdale and Southdale Joint Transport Committee"


def test_group_meeting_line_is_the_body_and_letterhead_not_the_title():
    layout = Layout(fmt="txt", page_texts=[""], blocks=[
        heading("RIVERSIDE COMMUNITY SAFETY PARTNERSHIP"), heading("RESPONSIBLE AUTHORITIES GROUP - 9 MAY 2012"),
        heading("Small Grants Scheme 2012/13 - Round Two Awards"),
    ])
    got = describe(layout)
    assert (got.body, got.title) == ("Responsible Authorities Group", "Small Grants Scheme 2012/13 - Round Two Awards")


def test_long_minutes_heading_with_a_body_in_capitals_names_the_meeting():
    layout = Layout(fmt="pdf", page_texts=[""], blocks=[
        heading("WESTBRIDGE COUNTY COUNCIL"),
        paragraph("MINUTES of the meeting of the SCHOOLS FORUM held on Thursday 9 June 2011 at 4.00 pm "
                  "in Committee Room 2, County Hall, Westbridge, following the forum's annual training session"),
        paragraph("Present: Mrs A Jones (Chair), Mr B Khan"),
    ])
    got = describe(layout)
    assert (got.body, got.date, got.doc_type) == ("Schools Forum", "2011-06-09", "minutes")


def test_pdf_cover_fields_on_consecutive_lines_are_read_one_by_one(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "cover.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    top = A4[1] - 72
    for n, text in enumerate(["HOLMEFORD BOROUGH COUNCIL", "Report to: CABINET", "Date of meeting: 15 November 2011",
                              "Report of: Director of Finance", "", "Leisure Centres Review"]):
        pdf.drawString(72, top - 14 * n, text)
    pdf.save()
    got = describe(read_paper(path))
    assert (got.body, got.date, got.title) == ("Cabinet", "2011-11-15", "Leisure Centres Review")


def test_unitary_council_letterhead_is_the_authority_not_the_meeting():
    layout = Layout(fmt="txt", page_texts=[""], blocks=[
        heading("KINROSS VALLEY COUNCIL"), heading("EDUCATION AND CHILDREN'S SERVICES COMMITTEE"),
        heading("14 MARCH 2012"), heading("Early Years Expansion Plan"),
    ])
    got = describe(layout)
    assert (got.authority, got.body) == ("Kinross Valley Council", "Education and Children's Services Committee")


def test_letter_is_issued_by_the_signatures_council_not_those_copied_in():
    layout = Layout(fmt="txt", page_texts=[""], blocks=[
        paragraph("Dear Minister"), paragraph("Shared Depot - funding request"),
        paragraph("I am writing to ask for your support for the depot we plan with our neighbours."),
        paragraph("Yours sincerely,"),
        paragraph("Cllr A Jones Leader, Tarnside District Council cc: Chief Executive, Fellbeck District Council"),
    ])
    assert describe(layout).authority == "Tarnside District Council"


def test_minutes_date_is_the_day_the_meeting_was_held_not_the_page_date():
    layout = Layout(fmt="txt", page_texts=[""], blocks=[
        paragraph("Posted: 10 August 2020"),
        paragraph("ASHWELL TOWN COUNCIL Minutes of the Ordinary Meeting held on Wednesday 1 July 2020 at 7pm"),
        paragraph("Present: Cllr A Smith (Chair), Cllr B Jones")])
    got = describe(layout)
    assert (got.doc_type, got.date) == ("minutes", "2020-07-01")


@pytest.mark.parametrize(("later", "date"), [
    # 9 June was a Tuesday in 2026, and the minutes speak of 2026: the meeting's year
    ("The accounts for the year ended 31 March 2026 were approved.", "2026-06-09"),
    # no year named anywhere: no date is better than a guessed one
    ("The accounts for the last year were approved.", None),
])
def test_a_meeting_held_on_a_weekday_and_day_without_its_year_takes_the_year_that_fits(later, date):
    layout = Layout(fmt="txt", page_texts=[""], blocks=[
        paragraph("Minutes of the Full Council Meeting held on Tuesday 9th June at 7.30pm"),
        paragraph("Present: Cllrs Ames, Bell and Coker"), paragraph(later)])
    assert describe(layout).date == date


def test_a_bare_minutes_label_marks_a_meeting_item_page():
    layout = Layout(fmt="txt", page_texts=[""], blocks=[
        paragraph("Meeting: 04/02/2019 - Licensing Committee (Item 5)"), paragraph("Minutes:"),
        paragraph("The Committee considered a report of the Licensing Manager.")])
    assert describe(layout).doc_type == "minutes"


def test_organisation_letterhead_and_sign_off_give_the_authority():
    trust = Layout(fmt="txt", page_texts=[""], blocks=[
        heading("Northdale Libraries IPS"), heading("BOARD MEETING MINUTES"),
        paragraph("Present: the Board.")])
    office = Layout(fmt="txt", page_texts=[""], blocks=[
        heading("Open Standards Board – Minutes, 3rd May 2011"), paragraph("Present:"),
        paragraph("The Board agreed its terms of reference."), paragraph("Local Government Office May 2011")])
    assert describe(trust).authority == "Northdale Libraries IPS"
    assert (describe(office).authority, describe(office).body) == ("Local Government Office", "Open Standards Board")


def test_minutes_headed_by_the_meetings_name_alone_are_that_bodys():
    layout = Layout(fmt="txt", page_texts=[""], blocks=[
        heading("Northvale Digital Standards Board"),
        paragraph("Minutes of the meeting Tuesday 14 May 2019 – 10:00-12:00"),
        paragraph("Attendees:"),
        paragraph("Jo Bell (Chair) - Eastmoor City Council"),
        heading("Data sharing"),
        paragraph("The Board agreed the data sharing protocol."),
    ])
    got = describe(layout)
    assert (got.doc_type, got.body, got.date) == ("minutes", "Northvale Digital Standards Board", "2019-05-14")


def test_minutes_and_actions_are_minutes():
    layout = Layout(fmt="txt", page_texts=[""], blocks=[
        paragraph("Open Data Panel – Ninth Meeting, 12 Low Street, Leeds MINUTES AND ACTIONS 3rd June 2014"),
        heading("Welcome"),
        paragraph("The Chair welcomed members to the meeting and thanked them for coming today."),
    ])
    assert describe(layout).doc_type == "minutes"


@pytest.mark.parametrize(("first_line", "title"), [
    ("APPENDIX C - POTENTIAL CAPITAL PROJECTS 2026-27 TO 2030-31 BY YEAR",
     "Appendix C - Potential Capital Projects 2026-27 to 2030-31 by Year"),
    ("Annex 2: Play Area Improvement Schemes", "Annex 2: Play Area Improvement Schemes"),
])
def test_an_appendix_issued_on_its_own_is_titled_by_its_heading(first_line, title):
    layout = Layout(fmt="pdf", page_texts=[""], blocks=[
        heading(first_line),
        paragraph("These schemes are indicative and depend on business cases being approved"),
    ])
    assert describe(layout).title == title


def test_a_bare_appendix_label_is_no_title():
    layout = Layout(fmt="pdf", page_texts=[""], blocks=[heading("Appendix B"), heading("Safer Streets Programme")])
    assert describe(layout).title == "Safer Streets Programme"


@pytest.mark.parametrize(("title", "meeting", "plan"), [
    ("Northvale Workforce Strategy 2022-26 (V2.0)", False, True),
    ("Operational planning guidance", False, True),
    ("Medium Term Planning Framework – delivering together", False, True),
    ("Eastbrook Community Council - Budget 2019-20", False, True),
    ("Council Plan Monitoring (Second Quarter)", False, False),
    ("Late changes to the Medium Term Financial Plan", False, False),
    ("Treasury Management Strategy 2013/14", True, False),  # the report presenting it to a meeting
    ("Corporate Delivery Plan to 2015", True, True),
    ("Borough Plan theme - A safer, cleaner Eastbrook", False, True),  # a page of the plan
    ("Borough Plan themes report", False, False),
])
def test_a_title_naming_the_paper_as_a_plan(title, meeting, plan):
    assert is_plan_title(title, goes_to_a_meeting=meeting) is plan


@pytest.mark.parametrize(("text", "councils"), [
    ("in advance of the 2026-27 Budget County Council in February", []),
    ("The County Council agreed the budget.", []),
    ("a report to the Committee ahead of the July County Council meeting", []),
    ("Aber & Glyn Community Council - Meeting 3rd May 2018", ["Aber & Glyn Community Council"]),
    ("issued by Westvale District Council", ["Westvale District Council"]),
    ("London Borough of Eastholm Cabinet, 4 May", ["London Borough of Eastholm"]),
    ("London Borough of Eastholm Hythe Annual Report", ["London Borough of Eastholm Hythe"]),
    ("the Royal Borough of Kingsmere upon Avon and its partners", ["Royal Borough of Kingsmere upon Avon"]),
    ("Royal Borough of Kingsmere – Annual Report", ["Royal Borough of Kingsmere"]),
])
def test_a_council_is_named_by_its_own_words_not_a_heading_run_in(text, councils):
    assert COUNCIL_RE.findall(text) == councils


def test_authority_from_the_councils_own_web_domain_and_how_it_names_itself():
    layout = Layout(fmt="txt", page_texts=[""], blocks=[
        paragraph("To: Cabinet – 12 March 2024"), paragraph("Subject: School Places in North Wessex 2024-28"),
        paragraph("The County Council is the commissioner of school places and reports to Cabinet each year."),
        paragraph("Contact: ann.lee@northwessex.gov.uk, see www.northwessex.gov.uk/schools"),
    ])
    assert describe(layout).authority == "North Wessex County Council"


def test_a_domain_council_printed_in_full_beats_its_county_partner_called_the_county_council():
    layout = Layout(fmt="txt", page_texts=[""], blocks=[
        paragraph("Meeting: Cabinet Date: 4 March 2026"), paragraph("Subject: Housing Benefit Discretionary Payments"),
        paragraph("The scheme is shared with Ashvale County Council; the County Council funds a third of it."),
        paragraph("Appendix 1: Discretionary Payments Policy - Ashford Minster City Council"),
        paragraph("Contact: ann.lee@ashfordminster.gov.uk"),
    ])
    assert describe(layout).authority == "Ashford Minster City Council"


@pytest.mark.parametrize(("place", "authority"), [
    ("Norfolk", "Norfolk County Council"),  # a county in the register of councils
    ("Westvale", "Westvale Council"),  # not in it: the kind of council is not known
])
def test_a_domain_council_that_never_says_its_kind_is_a_county_if_the_register_says_so(place, authority):
    layout = Layout(fmt="txt", page_texts=[""], blocks=[
        paragraph("Subject: Highways Maintenance Programme"),
        paragraph(f"Resurfacing across {place} will start in April."),
        paragraph(f"Contact: ann.lee@{place.lower()}.gov.uk"),
    ])
    assert describe(layout).authority == authority


@pytest.mark.parametrize("contact", ["Contact: ann.lee@gmail.com", "See https://assets.publishing.service.gov.uk/x.pdf",
                                     "Contact: ann.lee@wessex.gov.uk"])
def test_no_authority_from_a_domain_that_is_not_a_place_the_paper_names(contact):
    layout = Layout(fmt="txt", page_texts=[""], blocks=[
        paragraph("Subject: Library Opening Hours"),
        paragraph("The County Council consulted library users on new opening hours over the summer."),
        paragraph(contact),
    ])
    assert describe(layout).authority is None


def test_a_parish_meeting_is_convened_by_its_parish_council_and_a_function_board_names_no_issuer():
    parish = Layout(fmt="txt", page_texts=[""], blocks=[heading("Minutes of the Eastbury Annual Parish Meeting"),
                                                        paragraph("Present: 14 residents.")])
    board = Layout(fmt="txt", page_texts=[""], blocks=[heading("Audit and Governance Board – 4 May 2015"),
                                                       paragraph("Present: Councillors Ames and Bell.")])
    assert describe(parish).authority == "Eastbury Parish Council"
    assert describe(board).body == "Audit and Governance Board" and describe(board).authority is None


def test_a_web_page_of_a_meeting_item_is_minutes_and_a_decision_notice_is_other():
    item = Layout(fmt="txt", page_texts=[""], blocks=[
        paragraph("Issue - meetings Street Cleansing Review"), paragraph("Meeting: 14/02/2019 - Executive (Item 52)"),
        paragraph("RESOLVED that the review be noted."),
    ])
    notice = Layout(fmt="txt", page_texts=[""], blocks=[
        heading("Decision details"), paragraph("Is Key decision?: No Is subject to call in?: Yes"),
        paragraph("The Cabinet considered the revised charging policy for bulky waste collections in the borough."),
        paragraph("Decided at meeting: 23/01/2020 - Cabinet"),
    ])
    got_item, got_notice = describe(item), describe(notice)
    assert (got_item.doc_type, got_item.title) == ("minutes", "Street Cleansing Review")
    assert (got_notice.doc_type, got_notice.title, got_notice.body) == ("other", None, "Cabinet")


def test_a_cover_table_of_labels_over_values_names_a_cabinet_member_as_decision_maker():
    cover = Block(kind="table", page=1, text="", rows=[
        Row(cells=["Item No.", "Classification: Open", "Date:\nMarch 2016",
                   "Decision maker:\nCabinet Member for Housing and Planning"], page=1),
        Row(cells=["Report title", "", "Garage Sites Disposal", ""], page=1),
    ])
    got = describe(Layout(fmt="pdf", page_texts=[""], blocks=[cover, paragraph("That the Cabinet Member approves it.")]))
    assert (got.body, got.date) == ("Cabinet Member for Housing and Planning", "2016-03")


def test_a_health_paper_naming_no_council_is_issued_by_the_nhs_body_it_names_most():
    layout = Layout(fmt="txt", page_texts=[""], blocks=[
        paragraph("Publication reference: PRN09999"), heading("Winter Resilience Guidance 2026"),
        paragraph("NHS England will work with integrated care boards on winter plans, and NHS England "
                  "regional teams will review them with the Westmere Community Healthcare NHS Trust."),
    ])
    got = describe(layout)
    assert (got.title, got.authority) == ("Winter Resilience Guidance 2026", "NHS England")


def test_a_resolution_alone_is_other_and_a_table_row_is_no_title():
    resolution = Layout(fmt="txt", page_texts=[""], blocks=[paragraph("RESOLVED – that the lettings policy be approved.")])
    page = Layout(fmt="txt", page_texts=[""], blocks=[
        paragraph("Parks: how are we doing?"), paragraph("Report of grass cutting complaints  41  30"),
        paragraph("These measures show how well the parks service performed against its targets last year."),
    ])
    assert describe(resolution).doc_type == "other"
    assert describe(page).title == "Parks: how are we doing?"


def test_letterhead_run_into_the_minutes_heading_gives_the_title():
    layout = Layout(fmt="txt", page_texts=[""], blocks=[
        paragraph("ASHCOMBE PARISH COUNCIL Draft (subject to approval) Minutes of the Ordinary Meeting held on "
                  "Monday 3 May 2021 at 7.30 pm, Village Hall"),
        paragraph("Present: Cllr A Smith (Chair), Cllr B Jones."),
    ])
    got = describe(layout)
    assert got.title == "Ashcombe Parish Council Draft Minutes of the Ordinary Meeting held on Monday 3 May 2021"
    assert (got.doc_type, got.date) == ("minutes", "2021-05-03")
    assert got.authority == got.body == "Ashcombe Parish Council"  # a meeting of the council itself


def test_the_next_meeting_of_a_body_is_not_the_meeting_the_paper_goes_to():
    layout = Layout(fmt="txt", page_texts=[""], blocks=[
        heading("Village Green Drainage"),
        paragraph("Quotes for the drainage works will be brought to the next meeting of the Council."),
    ])
    assert describe(layout).body is None



def test_a_strategy_dated_only_by_its_forewords_signature():
    layout = Layout(fmt="md", page_texts=[""], blocks=[
        heading("Northmere Health Workforce Strategy 2022-26"),
        paragraph("We are pleased to share our workforce strategy with you, which sets out how we will recruit, "
                  "keep and develop the people who care for our patients over the next four years."),
        paragraph("Ann Brook & Raj Patel, Director of People, May 2022"),
    ])
    assert describe(layout).date == "2022-05"


def test_a_sentence_naming_an_office_and_a_date_is_no_signature():
    layout = Layout(fmt="md", page_texts=[""], blocks=[
        heading("Northmere Health Workforce Strategy 2022-26"),
        paragraph("The strategy was written with our staff networks, and the Director of People will review "
                  "it with the Board each year, starting with a full review of progress in May 2024."),
    ])
    assert describe(layout).date is None


def test_deadlines_in_a_cover_table_do_not_date_the_paper():
    layout = Layout(fmt="pdf", page_texts=[""], blocks=[
        heading("Eastholm Borough Council Priorities and Actions"),
        Block(kind="table", page=1, text="Action | Timescale\nOpen two family hubs | March 2026",
              rows=[Row(cells=["Action", "Timescale"], page=1), Row(cells=["Open two family hubs", "March 2026"], page=1)]),
    ])
    assert describe(layout).date is None


def test_a_cover_tables_labels_run_together_with_their_values_are_its_fields():
    layout = Layout(fmt="txt", page_texts=[""], blocks=[
        paragraph("Trust Board Date of Meeting Thursday 6 March 2025 Paper Title Estates Strategy 2025-30 Agenda Item 7"
                  " Responsible Officer Director of Estates Purpose of Report For approval"),
        paragraph("1. The Board is asked to approve the strategy."),
    ])
    described = describe(layout)
    assert (described.title, described.date) == ("Estates Strategy 2025-30", "2025-03-06")


def test_a_day_something_is_due_by_does_not_date_the_paper():
    layout = Layout(fmt="txt", page_texts=[""], blocks=[
        paragraph("The parish must tell the district council its precept by 31st January 2025."),
        paragraph("Parish Clerk, December 2024"),
    ])
    assert describe(layout).date == "2024-12"


def test_a_title_that_opens_on_agreed_is_no_resolution():
    layout = Layout(fmt="txt", page_texts=[""], blocks=[
        paragraph("ASHBY VALE PARISH COUNCIL"), paragraph("AGREED BUDGET FOR 2025 – 2026"),
        paragraph("Precept £31,000"), paragraph("Hall hire £4,000"),
    ])
    assert describe(layout).title == "Agreed Budget for 2025 – 2026"


def test_a_council_named_once_in_the_body_is_a_partner_not_the_issuer():
    layout = Layout(fmt="md", page_texts=[""], blocks=[
        heading("Workforce Strategy 2022-26"),
        paragraph("We recruited vaccinators through partnerships with local colleges and Westmere City Council, "
                  "drawing on volunteers and retired staff from across the city during the long winter months."),
    ])
    assert describe(layout).authority is None


def test_a_council_named_twice_in_the_body_issues_the_paper():
    text = ("Westmere City Council will open two hubs this year, and Westmere City Council will fund "
            "their staff from its own budget for the next three years.")
    layout = Layout(fmt="md", page_texts=[""], blocks=[heading("Family Hubs Update"), paragraph(text)])
    assert describe(layout).authority == "Westmere City Council"


@pytest.mark.parametrize("listed", [
    ["Secretariat: Jo Bloggs and Sam Lee (DWP)."],
    ["Secretariat: Jo Bloggs.", "DWP Secretariat June 2014"],
])
def test_a_panels_minutes_are_issued_by_its_secretariat_spelled_out(listed):
    minutes = [paragraph("Open Benefits Panel – Ninth Meeting MINUTES AND ACTIONS - 3rd June 2014"),
               paragraph("Panel: Ann Brook (Chair), Raj Patel (Westmere City Council), Tom Hill (DWP)")]
    items = [paragraph("Ann Brook welcomed the new Minister at the Department for Work and Pensions (DWP), and the "
                       "Panel agreed to review the DWP open data strategy and send comments by the end of June.")]
    layout = Layout(fmt="pdf", page_texts=[""], blocks=minutes + [paragraph(listed[0])] + items
                    + [paragraph(line) for line in listed[1:]])
    assert describe(layout).authority == "Department for Work and Pensions"


@pytest.mark.parametrize(("link", "authority"), [
    ("http://www.camden.gov.uk/info/area_plans", "London Borough of Camden"),  # a London borough in the register
    ("http://www.norfolk.gov.uk/info/area_plans", "Norfolk County Council"),
    ("http://www.eastholm.gov.uk/info/area_plans", None),  # no council the register knows
])
def test_a_domain_printed_only_in_links_names_a_council_the_register_knows(link, authority):
    layout = Layout(fmt="pdf", page_texts=[""], blocks=[
        paragraph("Report title: Estate Regeneration – Early Rehousing"),
        paragraph("The council served notices on the block in January and will offer rehousing to its tenants."),
        Block(kind="table", page=1, text=f"Background Documents | Held At\nArea Action Plan | {link}",
              rows=[Row(cells=["Background Documents", "Held At"], page=1), Row(cells=["Area Action Plan", link], page=1)]),
    ])
    assert describe(layout).authority == authority


def test_a_heading_broken_mid_phrase_runs_on_into_the_line_that_ends_it():
    layout = Layout(fmt="md", page_texts=[""], blocks=[
        paragraph("Classification: Official"), heading("2026/27 priorities and"),
        paragraph("service planning guidance"), paragraph("Publication reference: PRN04444"),
        paragraph("Foreword from the Westmere Health Chief Executive"),
    ])
    got = describe(layout)
    assert (got.title, got.doc_type, got.body) == ("2026/27 priorities and service planning guidance", "plan", None)


def test_an_appendix_label_does_not_run_on_into_the_title():
    layout = Layout(fmt="pdf", page_texts=[""], blocks=[heading("APPENDIX A"), heading("Westmere Waste Partnership Review")])
    assert describe(layout).title == "Westmere Waste Partnership Review"


@pytest.mark.parametrize(("cover", "expected"), [
    (["Ashdown Care Partnership Priorities and Actions DRAFT"], ("Ashdown Care Partnership Priorities and Actions", "plan")),
    (["Our Priorities 2024-28", "(Draft)"], ("Our Priorities 2024-28", "plan")),
])
def test_a_title_pages_heading_names_the_paper_over_the_next_pages_headings(cover, expected):
    title_page = [Block(kind="heading", page=1, text=line, level=1) for line in cover]
    later = [Block(kind="heading", page=2, text="Westmere Borough Council Contributions to the Health Strategy", level=1),
             Block(kind="paragraph", page=2, text="Our vision: we will work with partners to improve health.")]
    got = describe(Layout(fmt="pdf", page_texts=["", ""], blocks=title_page + later))
    assert (got.title, got.doc_type) == expected


def test_a_first_page_with_running_text_is_no_title_page():
    layout = Layout(fmt="pdf", page_texts=["", ""], blocks=[
        heading("Welcome"), paragraph("Thanks for reading."),
        Block(kind="heading", page=2, text="Westmere Annual Report 2023", level=1)])
    assert describe(layout).title == "Westmere Annual Report 2023"


@pytest.mark.parametrize("label", ["Key Performance Information", "Issue details", "Meeting details"])
def test_a_web_pages_own_heading_is_no_title(label):
    layout = Layout(fmt="txt", page_texts=[""], blocks=[
        paragraph(label), paragraph("Number of missed bin collections per 100,000"),
        paragraph("Our latest figures for this indicator are shown in the chart below, updated every quarter.")])
    assert describe(layout).title == "Number of missed bin collections per 100,000"


def test_a_web_pages_lone_bulleted_heading_is_its_title():
    layout = Layout(fmt="txt", page_texts=[""], blocks=[
        Block(kind="list_item", page=1, text="Leisure Services 21/22", marker="-", level=1),
        paragraph("The table shows how we did against our 14 key measures over the year, quarter by quarter.")])
    assert describe(layout).title == "Leisure Services 21/22"


def test_town_council_minutes_in_their_own_hall_are_issued_by_that_town_council():
    layout = Layout(fmt="pdf", page_texts=[""], blocks=[
        heading("Parks and Open Spaces Wednesday 4th May 2022 Eastbury Town Hall"),
        paragraph("Present:"), paragraph("Cllrs Brook (Chair), Patel and Hill."),
        paragraph("The Chair said that Westmere City Council would cut the verges in June, and that Westmere City "
                  "Council had been asked to repair the gates."),
        paragraph("The Committee agreed to fund new benches from the Town Council's parks budget this year."),
    ])
    assert describe(layout).authority == "Eastbury Town Council"


@pytest.mark.parametrize(("meeting", "authority"), [
    ("Decided at meeting: 12/02/2021 - Cabinet", "Glenmorar Council"),
    ("Publication date: 12/02/2021", None),  # goes to no meeting of a council: a council it names is a partner
])
def test_a_paper_to_a_councils_meeting_naming_one_unitary_council_is_its_own(meeting, authority):
    layout = Layout(fmt="txt", page_texts=[""], blocks=[
        paragraph("Decision details"), paragraph(meeting),
        paragraph("The Director told Members that Glenmorar Council is among the best recyclers in the region "
                  "and proposed a new target of 70% by 2025."),
    ])
    assert describe(layout).authority == authority


@pytest.mark.parametrize("line", [
    "Rural Broadband Panel – Ninth Meeting Village Institute, Hill Road MINUTES AND ACTIONS - 3rd June 2014",
    "Rural Broadband Panel - Extraordinary Meeting 3 June 2014",
])
def test_a_body_named_before_which_meeting_it_was_is_the_meeting(line):
    layout = Layout(fmt="pdf", page_texts=[""], blocks=[
        paragraph(line), paragraph("Panel: Ann Brook (Chair), Raj Patel, Tom Hill"), heading("Welcome"),
        paragraph("The Chair welcomed the members, and the Panel approved the minutes of the meeting on 2 March.")])
    got = describe(layout)
    assert (got.body, got.doc_type, got.date) == ("Rural Broadband Panel", "minutes", "2014-06-03")


def test_a_national_boards_name_names_no_issuer():
    layout = Layout(fmt="txt", page_texts=[""], blocks=[
        heading("Scottish Technical Standards Board"), paragraph("Minutes of the meeting Tuesday 4 June 2019 – 10:00-12:00"),
        paragraph("Attendees:"), paragraph("The Board agreed to publish the messaging standard for consultation in July.")])
    got = describe(layout)
    assert (got.body, got.authority) == ("Scottish Technical Standards Board", None)


@pytest.mark.parametrize(("line", "title"), [
    ("Issue - decisions Review of Allotment Rents 12/05/2021 - Allotment Rents from April", "Review of Allotment Rents"),
    ("Issue - meetings Issue - meetings Quarter 2 Performance Monitoring", "Quarter 2 Performance Monitoring"),
    ("Issue - meetings Grants 2021/22 - Round 1", "Grants 2021/22 - Round 1"),
    ("Skip to main content Why we are changing bin collections", "Why we are changing bin collections"),
])
def test_an_issue_pages_label_and_meeting_link_run_into_its_title_are_dropped(line, title):
    layout = Layout(fmt="txt", page_texts=[""], blocks=[
        paragraph(line), paragraph("Consideration was given to a report setting out the options."),
        paragraph("The Committee agreed option 2.")])
    assert describe(layout).title == title


def test_an_issues_decisions_page_is_a_record_of_decisions_titled_by_its_issue():
    layout = Layout(fmt="txt", page_texts=[""], blocks=[
        paragraph("Issue - decisions"), paragraph("Review of Allotment Rents"),
        paragraph("12/05/2021 - Review of Allotment Rents"),
        paragraph("Consideration was given to a report setting out options for allotment rents from April."),
        paragraph("The Committee agreed option 2.")])
    got = describe(layout)
    assert (got.doc_type, got.title) == ("other", "Review of Allotment Rents")


@pytest.mark.parametrize("blocks", [
    [paragraph("4"), paragraph("There was submitted a report by the Director of Finance relative to the rates relief scheme.")],
    [paragraph("Consideration was given to the report of the Head of Housing which sought to update Members on")],
    [paragraph("Agenda item"), paragraph("Library Opening Hours"), paragraph("DECISION MADE: (EX 21/22 104)"),
     paragraph("Having considered the report of the Cabinet Member, Cabinet approved the new opening hours.")],
    [paragraph("Venue: Council Chamber"), paragraph("Grants to Village Halls Additional documents: Decision: RESOLVED that "
                                                    "the grants be approved.")],
    [paragraph("Housing and Leisure Portfolio Holders – Minutes – 14 June 2016"),
     paragraph("The Director of Housing submitted a report on the new tenancy strategy.")],
    [paragraph("Treasury Management Mid-Year Review"), paragraph("Meeting: 11/11/2021 - Executive"),
     paragraph("Councillor Ashby introduced the report on borrowing and investments to date.")],
    [paragraph("Agenda item"), paragraph("Parks Performance Report Quarter Two"),
     paragraph("- Meeting of Cabinet, Tuesday, 8th October, 2024 7.00 pm (Item 12.)"),
     paragraph("RESOLVED: Cabinet NOTED the parks performance for Quarter Two.")],
    [paragraph("412 Revenue monitoring (Quarter 3) PDF 310 KB"), paragraph("Additional documents:"),
     paragraph("The main variances were explained. The committee noted the forecast underspend of £212k.")],
    [paragraph("Skip to main content"), paragraph("Agenda item Housing Repairs Backlog"),
     paragraph("To update Members on the repairs backlog."),
     Block(page=1, kind="list_item", marker="1.", text="That Cabinet notes the reduction in open repairs;")],
    [paragraph("Agenda item"), paragraph("Leisure Centre Usage Quarter 1"),
     paragraph("The Leisure Manager informed the Committee that visits had risen by a fifth on last year.")],
    [paragraph("Agenda item"), paragraph("Litter Enforcement Update"),
     paragraph("Members were advised that 212 fixed penalty notices had been issued since April.")],
    [paragraph("Agenda item"), paragraph("Treasury Outturn 2023/24"),
     paragraph("The Chief Finance Officer introduced the report on borrowing and investment in the year.")],
    [paragraph("Agenda item"), paragraph("Month 4 Budget Monitoring"),
     paragraph("Cabinet considered the report on the forecast position at month 4.")],
    [paragraph("Agenda item"), paragraph("Quarter 3 Budget Monitoring"),
     paragraph("The Executive considered the quarter 3 revenue monitoring report for 2025/26.")],
    [paragraph("Agenda item"), paragraph("Community Chest Applications"),
     paragraph("Councillor Dale left the meeting for this item, having declared an interest.")],
    [paragraph("Agenda item"), paragraph("Ward Grants"),
     paragraph("The Chair explained that £20,000 remained to be allocated this year.")],
])
def test_a_minutes_own_wording_or_a_meeting_items_page_makes_minutes(blocks):
    assert describe(Layout(fmt="txt", page_texts=[""], blocks=blocks)).doc_type == "minutes"


def test_a_meeting_items_page_of_a_report_is_no_minutes():
    layout = Layout(fmt="txt", page_texts=[""], blocks=[
        paragraph("Agenda item"), paragraph("Ward Grants"),
        paragraph("The Chair will explain the scheme and Members are asked to consider the report.")])
    assert describe(layout).doc_type == "report"


@pytest.mark.parametrize(("foot", "date"), [
    ([paragraph("12/3/2026"), table_block([Row(cells=["..........", "", ".........."], page=3),
                                            Row(cells=["signed", "", "date"], page=3)])], "2026-03-12"),
    ([paragraph("Signed: J. Brook"), paragraph("Date: 12 March 2026")], "2026-03-12"),
    ([paragraph("12/3/2026"), paragraph("Published on the council's website.")], None),
])
def test_a_decision_record_is_dated_by_the_day_it_was_signed(foot, date):
    layout = Layout(fmt="pdf", page_texts=[""], blocks=[
        heading("Westmere Council – Record of Decision"), paragraph("Decision:"),
        paragraph("As Cabinet Member for Highways, I agree to:"),
        paragraph("APPROVE the 20mph zone on Mill Road."), paragraph("Reason(s) for decision:"),
        paragraph("Casualties on Mill Road have risen for three years."), *foot])
    assert describe(layout).date == date


def test_the_ends_of_a_period_reported_on_date_no_paper():
    layout = Layout(fmt="txt", page_texts=[""], blocks=[
        paragraph("Quarterly Performance Update"), paragraph("1st April 2024 to 30th June 2024."),
        paragraph("This report sets out how the council performed against its indicators during the quarter.")])
    assert describe(layout).date is None


def test_a_meeting_item_page_is_titled_by_its_item_not_the_pages_chrome():
    page = Layout(fmt="txt", page_texts=[""], blocks=[
        paragraph("Venue: Council Chamber, Civic Offices"), paragraph("No. | Item |"),
        paragraph("Reports Published The following matters have reports published for decision:- |"),
        paragraph("Small Business Support Grants Additional documents: Decision: RESOLVED that:-"),
        paragraph("the grants set out in Appendix A be approved."),
    ])
    assert describe(page).title == "Small Business Support Grants"


def test_a_dated_line_naming_the_paper_is_its_title_and_the_meetings_day_line_is_not():
    layout = Layout(fmt="txt", page_texts=[""], blocks=[
        paragraph("Decisions 4 June 2019"), paragraph("Tuesday 4 June 2019 at 10am in the Council Chamber"),
        paragraph("Members present:"), paragraph("Cllr A Jones (Chair)"),
        paragraph("The Committee agreed the revised fees and charges."),
    ])
    assert describe(layout).title == "Decisions 4 June 2019"
    layout = layout.model_copy(update={"blocks": layout.blocks[1:]})
    assert describe(layout).title != "Tuesday 4 June 2019 at 10am in the Council Chamber"


@pytest.mark.parametrize(("opening", "doc_type"), [
    ("That the Executive agrees the release of £1.2 million from reserves for the depot works.", "other"),
    ("That Council approves the allocation of £3 million towards new school places.", "other"),
    ("That officers review the charging policy each year, as the Panel asked in May.", "report"),
])
def test_a_page_opening_with_a_resolutions_wording_records_a_decision(opening, doc_type):
    # A PDF, so that the control ("That officers review ...") is a report, not a web page of no kind.
    layout = Layout(fmt="pdf", page_texts=[""], blocks=[paragraph(opening), paragraph("Reasons for the decision follow.")])
    assert describe(layout).doc_type == doc_type


_STANDARDS_PAGE = [heading("Our customer promise"), paragraph("We will pick up 90% of calls within 30 seconds."),
                   paragraph("We will reply to letters within 10 working days.")]


@pytest.mark.parametrize(("fmt", "blocks", "doc_type"), [
    ("txt", _STANDARDS_PAGE, "other"),
    ("pdf", _STANDARDS_PAGE, "report"),
    ("txt", [heading("Waste Performance Update"), *_STANDARDS_PAGE[1:]], "report"),
    ("txt", [*_STANDARDS_PAGE, paragraph("This report asks Members to note the standards.")], "report"),
    ("txt", [*_STANDARDS_PAGE, paragraph("Recommendation: that the Panel notes the results.")], "report"),
])
def test_a_saved_web_page_is_a_report_only_where_it_says_so(fmt, blocks, doc_type):
    assert describe(Layout(fmt=fmt, page_texts=[""], blocks=blocks)).doc_type == doc_type


@pytest.mark.parametrize("blocks", [
    [Block(page=1, kind="list_item", marker="1)", text="To award grants totalling £18,400 to the six groups listed."),
     Block(page=1, kind="list_item", marker="2)", text="Not to award a grant to the Riverside Rowing Club.")],
    [paragraph("Recommended to full Council: that the Council adopt the revised Tenancy Strategy 2025-2030.")],
    [paragraph("The recommendations set out in the report on the Car Parking Review were agreed as follows:"),
     Block(page=1, kind="list_item", marker="(i)", text="the revised tariffs in Appendix 1 be approved;")],
    [paragraph("Meeting documents Licensing Panel Monday, 3rd May, 2010 2.00 pm Record of Decision"),
     paragraph("The report set out an application for a street trading consent.")],
])
def test_a_page_opening_with_its_decisions_or_labelled_a_decision_record_is_other(blocks):
    assert describe(Layout(fmt="txt", page_texts=[""], blocks=blocks)).doc_type == "other"


@pytest.mark.parametrize("blocks", [
    [paragraph("Agenda item"), paragraph("Leisure Centre Usage Quarter 1"),
     paragraph("To inform the Committee of visits to the leisure centres this quarter.")],
    [heading("Car Parking Review"), paragraph("Recommended to full Council: that the revised tariffs be adopted.")],
    [Block(page=1, kind="list_item", marker="1.", text="To inform Cabinet of the outcome of the consultation.")],
])
def test_an_agenda_items_purpose_or_a_titled_reports_recommendation_is_no_record(blocks):
    assert describe(Layout(fmt="txt", page_texts=[""], blocks=blocks)).doc_type == "report"


def test_an_agenda_item_label_run_into_the_title_is_not_part_of_it():
    layout = Layout(fmt="txt", page_texts=[""], blocks=[
        paragraph("Agenda item Housing Repairs Backlog - January 2024 Update"),
        paragraph("The Housing Manager informed the Committee that the backlog had halved.")])
    assert describe(layout).title == "Housing Repairs Backlog - January 2024 Update"


@pytest.mark.parametrize(("second_line", "title"), [
    ("Licensing Panel - Tuesday, 4th May, 2021 2.00 pm", "Licensing Panel - Tuesday, 4th May, 2021 2.00 pm"),
    ("Venue: Council Chamber, Town Hall", None),
])
def test_a_meetings_web_page_is_titled_by_its_meeting_line_or_nothing_not_its_items(second_line, title):
    layout = Layout(fmt="txt", page_texts=[""], blocks=[
        paragraph("Agenda and draft minutes"), paragraph(second_line), paragraph("Items"),
        paragraph("Apologies for Absence"), paragraph("Apologies were received from Councillor Rees."),
        paragraph("Declarations of Interest"), paragraph("RESOLVED that the minutes be approved.")])
    assert describe(layout).title == title


def test_an_items_purpose_is_no_title():
    layout = Layout(fmt="txt", page_texts=[""], blocks=[
        paragraph("Agenda item"), paragraph("To approve the minutes of the meeting held on 4 March 2024"),
        paragraph("RESOLVED that the minutes be approved as a correct record.")])
    assert describe(layout).title is None


@pytest.mark.parametrize(("sentence", "authority"), [
    ("Westmere Council will set its budget for 2019/20 at the meeting.", "Westmere Council"),
    ("RESOLVED That Full Council be recommended to approve the budget for 2019/20.", None),
    # a council's name ends at "Council": not "Cabinet Councillor", "the Formal Council Tax
    # Resolution", "the Housing Council Fund" or "all Welsh Councils"
    ("Cabinet Councillor Hale introduced the report.", None),
    ("Cabinet approved the Council Tax Setting Resolution at Appendix 3.", None),
    ("The projected Housing Council Fund balance was noted.", None),
    ("The Act requires all Welsh Councils to collect food waste weekly.", None),
])
def test_a_cabinet_paper_naming_one_unitary_council_is_its_own_but_full_council_is_no_name(sentence, authority):
    layout = Layout(fmt="txt", page_texts=[""], blocks=[
        paragraph("Meeting: 06/02/2019 - Cabinet (Item 5)"), paragraph("Budget and Council Tax"),
        paragraph("Minutes:"), paragraph(sentence)])
    assert describe(layout).authority == authority


def test_the_earlier_meeting_whose_minutes_are_approved_does_not_date_the_page():
    layout = Layout(fmt="txt", page_texts=[""], blocks=[
        paragraph("Agenda and draft minutes"), paragraph("Licensing Panel - Tuesday 4 May 2021 2.00 pm"),
        paragraph("To approve, as a correct record, the minutes of the meeting held on 9 March 2021"),
        paragraph("RESOLVED that the minutes be approved.")])
    assert describe(layout).date == "2021-05-04"


@pytest.mark.parametrize("item", [
    "To consider the minutes of the meeting held on Wednesday 9 March 2021.",
    "Minutes: The Minutes of the last meeting held on 9 March 2021 were signed by the Chair.",
])
def test_a_page_dated_only_by_the_earlier_meeting_whose_minutes_it_takes_is_undated(item):
    layout = Layout(fmt="txt", page_texts=[""], blocks=[
        paragraph("Agenda and minutes"), paragraph("Venue: Council Chamber, Town Hall"),
        paragraph(item), paragraph("Cabinet noted the Forward Plan.")])
    assert describe(layout).date is None


@pytest.mark.parametrize(("first_line", "title"), [
    ("Street Lighting Upgrade Street Lighting Upgrade", "Street Lighting Upgrade"),
    ("Issue - items at meetings - Street Lighting Upgrade", "Street Lighting Upgrade"),
    ("Street Lighting and Street Lighting Policy", "Street Lighting and Street Lighting Policy"),
])
def test_a_web_pages_breadcrumb_and_label_are_not_part_of_its_title(first_line, title):
    layout = Layout(fmt="txt", page_texts=[""], blocks=[
        paragraph(first_line), paragraph("The council replaced 4,000 lanterns with LEDs in the year to March.")])
    assert describe(layout).title == title


def test_a_body_over_a_date_line_of_its_own_is_the_meeting_not_the_title():
    layout = Layout(fmt="pdf", page_texts=[""], blocks=[
        heading("Eastbrook and Hollins Area Committee"), paragraph("15 January 2026"),
        heading("Mill Road Pedestrian Crossing - Consultation Results"),
        paragraph("Report by the Director of Highways"),
    ])
    described = describe(layout)
    assert (described.title, described.body) == ("Mill Road Pedestrian Crossing - Consultation Results",
                                                 "Eastbrook and Hollins Area Committee")


def test_a_letterheads_numbered_street_address_does_not_end_the_cover():
    layout = Layout(fmt="pdf", page_texts=[""], blocks=[
        heading("Rt Hon Alex Morgan MP"), paragraph("Minister of State for Local Growth"),
        Block(kind="list_item", page=1, marker="2", level=15, text="Harbour Street London SE1 7QT"),
        paragraph("To: Leaders of all county councils"), paragraph("3 February 2025"),
        paragraph("Dear Leaders"),
    ])
    assert describe(layout).date == "2025-02-03"


def test_minutes_dated_by_their_opening_sentence_held_at_a_venue():
    layout = Layout(fmt="pdf", page_texts=[""], blocks=[
        heading("ASHBY COMMUNITY COUNCIL"), heading("MINUTES OF THE 95th MEETING"),
        paragraph("The 95th Meeting of Ashby Community Council was held in the Village Hall, 4 Mill Lane, "
                  "Ashby AB1 2CD, on Tuesday 4th March 2025, at 7.00 pm. The Chair welcomed members and "
                  "residents and explained the order of business for the evening to those present."),
        paragraph("Apologies were received from two members."),
    ])
    assert describe(layout).date == "2025-03-04"


def row(*cells):
    return Row(cells=list(cells), page=1)


def test_a_table_of_attendees_makes_the_paper_minutes_and_an_agenda_table_gives_no_title():
    layout = Layout(fmt="pdf", page_texts=[""], blocks=[
        heading("Open Standards Forum"), heading("9th meeting"), heading("3 June 2014, 10:00-12:00"),
        Block(kind="table", page=1, text="", rows=[row("Attendees", "Apologies"), row("Ann Lee (Chair)", "Raj Patel")]),
        heading("Agenda"),
        Block(kind="table", page=1, text="", rows=[row("Item", "Description"), row("1", "Welcome"),
                                                    row("2", "Minutes of the last meeting")]),
        heading("Welcome"), paragraph("The Chair welcomed members to the meeting."),
    ])
    described = describe(layout)
    assert described.doc_type == "minutes"
    assert described.title != "Description"


def test_a_council_in_a_running_footer_issues_the_paper():
    footer = "Ashwell District Council | Fees and Charges 2026/27"
    layout = Layout(fmt="pdf", page_texts=[f"Fees and Charges 2026/27\nThe fees rise.\n{footer}",
                                           f"3. Background\nThe fees were last set in 2023.\n{footer}"],
                    blocks=[heading("Fees and Charges 2026/27"), paragraph("Report to Cabinet, 17 March 2026"),
                            heading("1. Purpose"), paragraph("The fees rise with inflation.")])
    assert describe(layout).authority == "Ashwell District Council"


def test_a_footer_naming_two_councils_names_no_issuer():
    footer = "A partnership of Ashwell District Council and Brandon Borough Council"
    layout = Layout(fmt="pdf", page_texts=[f"Joint Waste Strategy\n{footer}", f"2. Aims\n{footer}"],
                    blocks=[heading("Joint Waste Strategy"), paragraph("The strategy sets our aims.")])
    assert describe(layout).authority is None


def test_minutes_of_a_committee_of_a_named_council_are_the_committees():
    layout = Layout(fmt="pdf", page_texts=[""], blocks=[
        heading("Minutes of a meeting of the Audit and Governance Committee of Marston Vale Council held at "
                "the Civic Offices on Wednesday 4 February 2026 at 6.30pm"),
        paragraph("Present: Councillors A Brown (Chair), C Davis, E Fox"),
        paragraph("The Committee noted the progress report."),
    ])
    described = describe(layout)
    assert (described.body, described.authority) == ("Audit and Governance Committee", "Marston Vale Council")


@pytest.mark.parametrize("meta_title, expected", [
    ("(anonymous)", None), ("untitled", None), ("Microsoft Word - Parking Review 2026.docx", "Parking Review 2026"),
    ("Parking review v3.doc", "Parking review v3"), ("Parking Review 2026", "Parking Review 2026"),
])
def test_a_pdfs_own_title_field_is_used_unless_it_is_a_word_processors_default(meta_title, expected):
    layout = Layout(fmt="pdf", page_texts=[""], meta={"title": meta_title}, blocks=[
        paragraph("The car parks were surveyed over the summer and the results are set out here in full.")])
    assert describe(layout).title == expected


def test_a_bare_minutes_heading_over_a_table_of_fields_is_titled_by_the_meeting():
    layout = Layout(fmt="pdf", page_texts=[""], blocks=[
        heading("MINUTES"),
        Block(kind="table", page=1, text="", rows=[row("Meeting", "Licensing Sub-Committee"),
                                                    row("Date", "Tuesday 17th March 2026"), row("Venue", "Town Hall")]),
        heading("1. Apologies"), paragraph("Apologies were received from Cllr Dunn."),
    ])
    described = describe(layout)
    assert (described.title, described.body, described.date) == (
        "Licensing Sub-Committee Minutes", "Licensing Sub-Committee", "2026-03-17")


def test_a_report_of_an_officer_to_a_committee_goes_to_that_committee():
    layout = Layout(fmt="pdf", page_texts=[""], blocks=[
        heading("Agenda Item 7"), heading("Treasury Management Mid-Year Review"),
        paragraph("Report of the Chief Finance Officer to the Governance Committee"),
        paragraph("The review covers the six months to September."),
    ])
    assert describe(layout).body == "Governance Committee"


@pytest.mark.parametrize("line", [
    "Extract from the minutes of the Licensing Committee held on 4 March 2025",
    "Minutes extract from Licensing Committee – 4 March 2025",
    # whatever word names the part taken, even misspelt
    "Minutes taken from Licensing Committee – 4 March 2025",
    "Minutes exerpt from the Licensing Committee, 4 March 2025",
])
def test_an_extract_of_minutes_is_minutes_of_its_committee(line):
    layout = Layout(fmt="pdf", page_texts=[""], blocks=[
        heading("Governance Update – Appendix 1"), heading(line),
        paragraph("Item 6 – Street Trading Policy"),
        paragraph("RESOLVED that the revised policy be adopted, with a report back to the July Full Council meeting.")])
    got = describe(layout)
    assert (got.doc_type, got.body) == ("minutes", "Licensing Committee")
    assert got.authority is None


def test_a_scottish_minute_of_meeting_names_its_committee(tmp_path):
    paper = tmp_path / "minute.txt"
    paper.write_text("GLENARDEN COUNCIL\nMINUTE of MEETING of the HOUSING AND PROPERTY COMMITTEE held in the Burgh Hall, "
                     "Glenarden on Tuesday 4 March 2025 at 2.00 pm\nPresent: Councillor J Reid (Convener)\n"
                     "7. LIBRARY OPENING HOURS\nThe Committee considered a paper from the Head of Culture.\nDecision\n"
                     "The Committee agreed to the revised hours.\n")
    got = describe(arrange(read_paper(paper)))
    assert (got.doc_type, got.body, got.date) == ("minutes", "Housing and Property Committee", "2025-03-04")


@pytest.mark.parametrize(("meeting", "authority"), [
    ("Open Transport User Group", None),  # a group of users: the whole name is the body
    ("Westvale Growth Programme Board", None),
    ("Mid Vale Economic Ambition Board", None),
    ("Westvale Together Board", "Westvale Together"),  # a partnership's board
])
def test_a_group_named_by_its_kind_has_no_issuer_in_its_name(meeting, authority):
    layout = Layout(fmt="txt", page_texts=[""], blocks=[
        heading(f"{meeting} – Minutes, 3rd May 2023"), paragraph("Present:"),
        paragraph("The Group agreed its terms of reference.")])
    assert describe(layout).authority == authority


def test_a_websites_your_council_menu_names_no_council():
    layout = Layout(fmt="txt", page_texts=[""], blocks=[
        paragraph("Home > Your Council > Issue"), paragraph("Issue - meetings"),
        paragraph("Meeting: 04/07/2023 - Staffing Committee (Item 12)"),
        paragraph("Minutes:"), paragraph("The Committee noted the absence figures.")])
    assert describe(layout).authority is None


def test_a_gov_uk_service_domain_whose_word_heads_names_is_no_council():
    layout = Layout(fmt="txt", page_texts=[""], blocks=[
        heading("Open Maps Data Provider Update"),
        paragraph("Datasets are listed on www.data.gov.uk. Data publishers should register them."),
        paragraph("See http://data.gov.uk/location for the Environmental Monitoring Data catalogue.")])
    assert describe(layout).authority is None


@pytest.mark.parametrize(("item", "title"), [
    ("Changes to the Hardship Fund (Key Decision) PDF 310 KB", "Changes to the Hardship Fund (Key Decision)"),
    ("2024/25 Measure and Target Setting pdf icon PDF 28 KB", "2024/25 Measure and Target Setting"),
])
def test_a_web_pages_numbered_item_linked_to_its_report_is_its_title(item, title):
    layout = Layout(fmt="txt", page_texts=[""], blocks=[
        Block(kind="list_item", page=1, text=item, marker="56"), paragraph("Additional documents:"),
        paragraph("The Committee received a report of the Performance Officer on the measures for the year."),
        paragraph("RESOLVED that the measures and targets be approved.")])
    assert describe(layout).title == title


@pytest.mark.parametrize("front", [
    [heading("Eastholm Council Licensing Committee"), paragraph("A meeting of the Licensing Committee will be held:"),
     paragraph("Date: 3 May 2022"), paragraph("Venue: Committee Room 2, Civic Offices")],
    [heading("WESTMERE CITY COUNCIL"), heading("PLANNING AND HIGHWAYS SUB-COMMITTEE"),
     paragraph("MONDAY, 7 MARCH 2022 AT 10:00 HOURS IN COMMITTEE ROOM 6, CIVIC HALL"), heading("A G E N D A"),
     heading("1 APOLOGIES")],
    [paragraph("Notice is hereby given that a meeting of the Brandon Borough Council Cabinet is to take place on "
               "Tuesday 4 October 2022 at 6pm.")],
    [paragraph("ASHBY PARISH COUNCIL ANNUAL MEETING AGENDA"), paragraph("Tuesday 10 May 2022 at 7pm, Village Hall"),
     Block(kind="list_item", page=1, text="Election of Chairman", marker="1.")],
])
def test_an_agenda_pack_carrying_the_last_minutes_is_an_agenda(front):
    """The pack's later pages hold the last meeting's minutes ("Present: ...", "RESOLVED")."""
    minutes = [heading("MINUTES OF THE MEETING HELD ON 1 FEBRUARY 2022"), paragraph("Present: Councillors Ash and Lee"),
               paragraph("RESOLVED that the fees for 2022/23 be approved.")]
    layout = Layout(fmt="pdf", page_texts=["", ""], blocks=front + [b.model_copy(update={"page": 2}) for b in minutes])
    assert describe(layout).doc_type == "agenda"


def test_minutes_whose_first_item_is_the_approval_of_the_agenda_stay_minutes():
    layout = Layout(fmt="txt", page_texts=[""], blocks=[
        paragraph("Minutes of the meeting of Ashby Parish Council held on 2 March 2023"),
        paragraph("1. Approval of the agenda"), paragraph("The Council agreed to fund the new bench.")])
    assert describe(layout).doc_type == "minutes"


def test_minutes_that_list_who_came_before_their_agenda_or_the_next_meeting_stay_minutes():
    layout = Layout(fmt="pdf", page_texts=[""], blocks=[
        heading("Ashby Parish Council"), paragraph("Minutes of the meeting held on 2 March 2023"),
        paragraph("Present: Cllrs Hale, Moss and Ward"), heading("Agenda"),
        paragraph("The Council agreed to fund the new bench."),
        paragraph("The next meeting of the Council will be held on 6 April.")])
    assert describe(layout).doc_type == "minutes"


def test_a_council_that_prints_its_own_name_is_named_so_not_as_the_register_has_it():
    layout = Layout(fmt="pdf", page_texts=[""], blocks=[
        heading("Camden Council Audit Committee"), paragraph("Date: 22 October 2009"),
        paragraph("For more information about Camden Council visit www.camden.gov.uk"),
        paragraph("The committee will consider the annual audit letter and the fraud risk register.")])
    assert describe(layout).authority == "Camden Council"


@pytest.mark.parametrize(("lines", "title"), [
    (["Agenda item 2024-2025 Budget Carry Forwards (AB)"], "2024-2025 Budget Carry Forwards (AB)"),
    (["Issue - meetings Staff Turnover."], "Staff Turnover."),
    (["Issue - decisions", "14/03/2023 - Community Transport Grant Policy"], "Community Transport Grant Policy"),
    (["Issue - meetings Workforce Plan - March 2019 Update"], "Workforce Plan - March 2019 Update"),  # a dated title
])
def test_a_meeting_items_web_page_is_titled_by_its_item(lines, title):
    layout = Layout(fmt="txt", page_texts=[""], blocks=[paragraph(line) for line in lines] + [
        paragraph("The Head of Finance introduced the report, which set out the proposed changes for the year."),
        paragraph("RESOLVED that the proposals be approved.")])
    assert describe(layout).title == title


def test_notes_that_print_their_agenda_over_the_attendance_are_minutes():
    layout = Layout(fmt="pdf", page_texts=[""], blocks=[
        heading("Pensions Working Group 3 June 2024"), heading("Agenda"),
        Block(kind="list_item", page=1, marker="1.", text="Investment strategy review"),
        paragraph("Attendance:"), paragraph("Ann Lee (Chair), Raj Patel, Tom Hill"),
        paragraph("Discussion Summary:"), paragraph("Officers set out the fund's returns for the quarter.")])
    assert describe(layout).doc_type == "minutes"


@pytest.mark.parametrize(("text", "authority"), [
    ("Officers explained the risk to WSCC of late payments. WSCC will report again in June on schools "
     "across West Sussex.", "West Sussex County Council"),
    ("The pilot lets NCC staff work flexibly. NCC expects savings across Norfolk by 2026.", "Norfolk County Council"),
    ("The pilot lets NCC staff work flexibly. NCC expects savings across Norfolk and Nottinghamshire.", None),
    ("The pilot lets NCC staff work flexibly across Norfolk.", None),  # initials once: no name of its own
])
def test_a_county_council_named_by_its_initials_and_its_place_issues_the_paper(text, authority):
    layout = Layout(fmt="pdf", page_texts=[""], blocks=[
        heading("Flexible Working Pilot 2025-26"), heading("1. Background"), paragraph(text)])
    assert describe(layout).authority == authority


def test_a_labelled_subject_is_the_title_however_long():
    subject = ("Move the 16-25 part of the Leaving Care Service from the Children and Families Directorate "
               "to the Adults and Communities Directorate from 1 April")
    layout = Layout(fmt="pdf", page_texts=[""], blocks=[
        paragraph("From: Jo Hale, Cabinet Member for Children"), paragraph("To: Cabinet - 5 March 2026"),
        paragraph(f"Subject: {subject}"), paragraph("Classification: Unrestricted"),
        paragraph("Future Pathway of report: Cabinet decision"), heading("1. Introduction")])
    assert describe(layout).title == subject


def test_a_spreadsheets_caption_row_titles_it_over_the_files_own_title():
    sheet = Block(kind="table", page=1, text="", rows=[
        row("APPENDIX B - REVENUE BUDGET SUMMARY 2026-27", "", "", ""),
        row("Service", "Budget", "Spend", "Variance"), row("Libraries", "1,200", "1,150", "-50")])
    layout = Layout(fmt="pdf", page_texts=[""], blocks=[sheet], meta={"title": "Budget book by service v4"})
    assert describe(layout).title.lower() == "appendix b - revenue budget summary 2026-27"


@pytest.mark.parametrize("fields", [
    ["Decision Ref: 2021-07", "Date of Decision: 4th March 2021", "Decision Maker:"],
    ["Decision type: Mayor", "Decision by: the Mayor of Eastholm", "Date signed: 12 May 2022"],
])
def test_a_notice_of_labelled_decision_fields_is_a_decision_record_though_it_names_a_plan(fields):
    layout = Layout(fmt="txt", page_texts=[""], blocks=[
        paragraph("Road Safety Delivery Plan 2022-25")] + [paragraph(f) for f in fields] + [
        paragraph("The Commissioner has approved the delivery plan and its budget of £1.2m.")])
    assert describe(layout).doc_type == "other"


def test_a_report_cover_with_one_decision_field_stays_a_report():
    layout = Layout(fmt="pdf", page_texts=[""], blocks=[
        paragraph("To: Cabinet - 5 March 2026"), paragraph("Subject: Library Opening Hours Review"),
        paragraph("Decision Ref: 26/00012"), heading("1. Introduction"),
        paragraph("This report sets out options for the opening hours of the county's libraries.")])
    assert describe(layout).doc_type == "report"


@pytest.mark.parametrize(("line", "authority"), [
    ("THE VALE OF WESTHOLM COUNCIL SCRUTINY COMMITTEE (CORPORATE RESOURCES): 11TH SEPTEMBER, 2012",
     "Vale of Westholm Council"),
    ("ASHBY BOROUGH COUNCIL LICENSING COMMITTEE: 4TH MAY 2021", "Ashby Borough Council"),
])
def test_a_meeting_named_with_its_council_before_it_is_that_councils(line, authority):
    layout = Layout(fmt="txt", page_texts=[""], blocks=[
        paragraph("Agenda Item No."), paragraph(line),
        paragraph("The Committee was apprised of the sickness absence figures for the year."),
        paragraph("Absence had fallen to 8.1 days per employee against a target of 9 days.")])
    assert describe(layout).authority == authority


@pytest.mark.parametrize("blocks", [
    [paragraph("Further to Minute No. 88, the Director of Housing submitted a report on the allocations policy and "
               "the proposed changes to the bands, following the consultation with tenants over the summer."),
     paragraph("Members discussed the bands and the waiting times of families in temporary accommodation.")],
    [paragraph("JB confirmed that £400k had been spent in the first half of the year."),
     paragraph("There may be some underspend on the smaller schemes."),
     paragraph("The Committee agreed:"), paragraph("To note the content of the report")],
])
def test_a_minute_cut_from_its_record_with_no_heading_is_minutes(blocks):
    assert describe(Layout(fmt="txt", page_texts=[""], blocks=blocks)).doc_type == "minutes"


def test_a_meeting_items_page_under_its_linked_report_is_minutes():
    layout = Layout(fmt="txt", page_texts=[""], blocks=[
        Block(kind="list_item", page=1, marker="41", text="Review of Allotment Rents PDF 210 KB"),
        paragraph("That Cabinet approve the new allotment rents from 1 April."),
        paragraph("The Business Manager – Parks presented a report which proposed new rents for each plot size."),
        paragraph("AGREED (unanimously) that Cabinet approve the new allotment rents from 1 April.")])
    assert describe(layout).doc_type == "minutes"


def test_an_untitled_page_that_tells_no_meeting_is_no_minutes():
    layout = Layout(fmt="txt", page_texts=[""], blocks=[
        paragraph("Our funding comes from council tax, business rates and government grants, which have fallen."),
        paragraph("We will save £20m over the next four years through the savings programme.")])
    assert describe(layout).doc_type == "other"  # a web page of no kind: neither minutes nor a report


def test_a_decision_of_an_authoritys_committee_is_the_authoritys_not_a_partner_councils():
    layout = Layout(fmt="txt", page_texts=[""], blocks=[
        paragraph("Decision details"), paragraph("Transport Fund report"),
        paragraph("Decision Maker: North Vale Combined Authority Committee"),
        paragraph("Decision:"), paragraph("To approve £2.1m for the Eastholm Borough Council bus lanes, with "
                                          "Eastholm Borough Council to deliver the scheme by Eastholm Borough Council's "
                                          "own contractors.")])
    assert describe(layout).authority == "North Vale Combined Authority"


@pytest.mark.parametrize(("head", "body"), [
    # the name over the minutes line, alone or after its council's
    ("Eastvale Police and Crime Panel\nMinutes of the meeting held on 2 February 2024", "Eastvale Police and Crime Panel"),
    ("Marston District Council - Licensing Panel\nMinutes of the meeting held on 7 November 2023", "Licensing Panel"),
    # a kind of meeting is no one's name: the council's own meeting
    ("Minutes of the Annual Meeting of Oakridge Town Council\nTuesday 14 May 2024 at 7.00pm", "Oakridge Town Council"),
    ("LOWER FENTON PARISH COUNCIL\nMinutes of the Ordinary Meeting, Monday 13 November 2023", "Lower Fenton Parish Council"),
    ("Hatherley Parish Council\nAnnual Parish Council Meeting - Minutes - Monday 15 May 2023", "Hatherley Parish Council"),
    # "Minutes," set off after the body's name
    ("Westvale Audit Committee\nMinutes, 6 June 2024, Town Hall", "Westvale Audit Committee"),
])
def test_the_body_of_minutes_from_their_heading_lines(tmp_path, head, body):
    path = tmp_path / "minutes.txt"
    path.write_text(f"{head}\n\n1. Apologies\nNone were received.\n")
    got = describe(arrange(read_paper(path)))
    assert (got.doc_type, got.body) == ("minutes", body)


@pytest.mark.parametrize("line", ["Minutes, 14 March 2024, Civic Centre", "Meeting of 9 October 2023 - Minutes",
                                  "Minutes - Full Council - 18 January 2024"])
def test_a_cover_line_that_calls_the_paper_minutes(line):
    layout = Layout(fmt="txt", page_texts=[""], blocks=[paragraph("Kelby Town Council"), paragraph(line),
                                                        paragraph("The Council approved the accounts.")])
    assert describe(layout).doc_type == "minutes"


def test_a_councils_name_run_into_its_meetings_line_is_no_part_of_the_body(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text("2\nFENMOOR COUNCIL\nCABINET - 14 MAY 2025\nReport by the Director of Place and Growth and the "
                    "Head of Strategy (Assets)\n\n"
                    "The report sets out the quarter's performance.\n")
    got = describe(arrange(read_paper(path)))
    assert (got.body, got.date) == ("Cabinet", "2025-05-14")


@pytest.mark.parametrize("cover", [
    "Meeting | Licensing Committee\nDate | 11 September 2025\nTitle | Review of Street Trading Policy\nReport of | Licensing Manager",
    "MEETING:\nLicensing Committee\nDATE:\n11 September 2025\nREPORT TITLE:\nReview of Street Trading Policy\nREPORT OF:\nLicensing Manager",
])
def test_cover_fields_set_off_by_a_pipe_or_over_their_values(tmp_path, cover):
    path = tmp_path / "report.txt"
    path.write_text(f"Fenmoor District Council\n{cover}\n\n1. Purpose\nTo review the policy adopted in 2019.\n")
    got = describe(arrange(read_paper(path)))
    assert (got.title, got.date, got.body) == ("Review of Street Trading Policy", "2025-09-11", "Licensing Committee")


def test_a_cover_table_of_label_and_value_pairs_with_a_wrapped_value():
    cover = table_block([Row(cells=["Committee:", "Audit and Standards Committee", "Date: 4 March 2025"], page=1),
                         Row(cells=["Subject:", "Internal Audit Plan –", "Report of: Chief Internal Auditor"], page=1),
                         Row(cells=["", "Progress to February", "Author: Kim Holt"], page=1)])
    got = describe(Layout(fmt="txt", page_texts=[""], blocks=[heading("Fenmoor City Council"), cover,
                                                              heading("Purpose")]))
    assert (got.title, got.date, got.body) == ("Internal Audit Plan – Progress to February", "2025-03-04",
                                               "Audit and Standards Committee")


def test_a_cover_table_whose_first_row_names_no_field_is_read_without_fault():
    cover = table_block([Row(cells=["Service", "Budget"], page=1), Row(cells=["", "£1,000"], page=1)])
    assert describe(Layout(fmt="txt", page_texts=[""], blocks=[cover])).title is None


def test_a_link_to_a_file_is_no_title():
    layout = Layout(fmt="txt", page_texts=[""], blocks=[
        paragraph("Parks Strategy appendix PDF 310 KB"), heading("Our Parks Strategy 2025 to 2030")])
    assert describe(layout).title == "Our Parks Strategy 2025 to 2030"


def test_a_report_to_a_committee_named_with_and():
    layout = Layout(fmt="txt", page_texts=[""], blocks=[
        paragraph("Subject: Fly-posting Enforcement Review"),
        paragraph("Report to Health and Wellbeing Board on 3 July 2025"), paragraph("The report reviews the service.")])
    assert describe(layout).body == "Health and Wellbeing Board"


def test_a_line_naming_the_meeting_of_a_body_names_the_body():
    layout = Layout(fmt="txt", page_texts=[""], blocks=[
        paragraph("MEETING OF THE FIRE AND RESCUE SCRUTINY PANEL"), paragraph("Tuesday 4 June 2024 Civic Hall"),
        paragraph("1 WELCOME"), paragraph("The Chair welcomed members."),
    ])
    assert describe(layout).body == "Fire and Rescue Scrutiny Panel"


@pytest.mark.parametrize(("heading", "council"), [
    ("Argyll and Bute Council Minutes", "Argyll and Bute Council"),
    ("Westmere Borough Council Minutes", "Westmere Borough Council"),
])
def test_minutes_headed_by_the_councils_name_alone_are_the_councils_own_meeting(heading, council):
    layout = Layout(fmt="txt", page_texts=[""], blocks=[
        paragraph(heading), paragraph("Date: Thursday 14 March 2024"), paragraph("1 APOLOGIES"),
        paragraph("Apologies were received from two members."),
    ])
    got = describe(layout)
    assert (got.authority, got.body) == (council, council)


def test_two_meetings_joined_by_and_are_no_councils_name():
    layout = Layout(fmt="txt", page_texts=[""], blocks=[
        paragraph("Cabinet and Council Minutes"), paragraph("Date: Thursday 14 March 2024"),
    ])
    assert describe(layout).authority is None


def test_a_saved_web_pages_script_leftovers_and_post_time_are_no_title(tmp_path):
    """A saved meeting page may open with what its scripts printed ("undefined") and when it
    was posted ("2:05 pm, Friday, 6th March 2026 - 3 weeks ago"): neither is the title, which
    is the meeting's line, even though "at 6.30 p.m." ends it with a stop."""
    path = tmp_path / "meeting_page.txt"
    path.write_text("\n".join([
        "undefined", "Licensing Sub-Committee Minutes – 2nd March 2026 at 6.30 p.m.",
        "2:05 pm, Friday, 6th March 2026 - 3 weeks ago", "Present: Councillors Ash, Birch and Cole",
        "The Sub-Committee granted the premises licence subject to the agreed conditions."]) + "\n")
    assert describe(arrange(read_paper(path))).title == "Licensing Sub-Committee Minutes – 2nd March 2026 at 6.30 p.m."


@pytest.mark.parametrize("line", ["MINUTES OF AN EXTRAORDINARY PARISH COUNCIL MEETING ON 2ND MARCH 2026 AT 7PM",
                                  "Minutes of the Special Town Council Meeting of 2 March 2026"])
def test_a_kind_of_meeting_is_no_place_of_a_council(line):
    """"Extraordinary Parish Council Meeting": the kind of meeting, not a council called
    "Extraordinary"; the body is the council that met."""
    cover = describe(Layout(fmt="txt", page_texts=[""], blocks=[paragraph(line), paragraph("Present: Cllrs Ames and Bell.")]))
    assert cover.authority is None
    assert cover.body in ("Parish Council", "Town Council")


def test_a_committee_in_capitals_over_minute_of_meeting_held_on(tmp_path):
    """Scottish minutes: "<COUNCIL> / <COMMITTEE> / Minute of Meeting held on ..." run into one line."""
    paper = tmp_path / "minute.txt"
    paper.write_text("KELDERBY COUNCIL\nLEISURE AND CULTURE COMMITTEE\nMinute of Meeting held on 4 May 2026\n\n"
                     "1. Library hours\nThe Committee agreed the revised opening hours.\n")
    cover = describe(arrange(read_paper(paper)))
    assert (cover.doc_type, cover.body, cover.date) == ("minutes", "Leisure and Culture Committee", "2026-05-04")


@pytest.mark.parametrize(("texts", "issuer"), [
    pytest.param(["How we performed in 2024/25",
                  "Crews from Westvale Fire and Rescue Service reached 71% of house fires within 8 minutes."],
                 "Westvale Fire and Rescue Service", id="a fire service named once in a page of its own"),
    pytest.param(["Walking routes this summer", "Kelder Hills National Park Authority has reopened two paths.",
                  "Ask Kelder Hills National Park Authority rangers, or North Vale Combined Authority staff."],
                 "Kelder Hills National Park Authority", id="the one named most"),
    pytest.param(["Joint working", "Staff of Eastmere Fire Authority and Westvale Fire Authority met in May."],
                 None, id="two named as often: neither"),
])
def test_a_regional_service_a_page_names_is_its_issuer_where_no_council_is(texts, issuer):
    layout = Layout(fmt="txt", page_texts=[""], blocks=[paragraph(t) for t in texts])
    assert describe(layout).authority == issuer


@pytest.mark.parametrize("chrome", ["Search our website", "Westvale Homes logo", "Contrast Text size", "Contact us",
                                    "Posted on 14-Mar-2024", "Direct link to our charter (PDF)",
                                    "Search inside documents\nSearch method\nDocument type\n312 results",
                                    "VIEWS: 20 PAGES: 102", "Start display at page:", "Download", "Sign In"])
def test_a_web_sites_controls_saved_over_a_page_are_no_title(chrome, tmp_path):
    paper = tmp_path / "page.txt"
    paper.write_text(f"{chrome}\nOur Customer Promise\nWe will pick up the phone within 45 seconds.\n")
    assert describe(arrange(read_paper(paper))).title == "Our Customer Promise"


def test_an_agendas_item_for_the_last_minutes_does_not_title_it_as_minutes(tmp_path):
    paper = tmp_path / "agenda.txt"
    paper.write_text("ASHBY TOWN COUNCIL\nPLANNING COMMITTEE AGENDA\n\nTuesday 6 May 2025 at 7pm\n1. Apologies\n"
                     "2. To approve the minutes of 1 April 2025\n3. Planning applications\n")
    got = describe(arrange(read_paper(paper)))
    assert got.doc_type == "agenda" and "Minutes" not in (got.title or "")


def test_a_decision_pages_kind_over_its_title_leaves_the_title_on_the_cover(tmp_path):
    paper = tmp_path / "decision.txt"
    paper.write_text("Decision\nLibrary Opening Hours Review 2025\nDecision Maker: Cabinet\nDate of Decision: 3 June 2025\n"
                     "Purpose: To set the opening hours of the branch libraries from September.\n")
    assert describe(arrange(read_paper(paper))).title == "Library Opening Hours Review 2025"


def test_minutes_of_a_councils_executive_board_name_no_issuer_called_executive(tmp_path):
    paper = tmp_path / "minutes.txt"
    paper.write_text("EXECUTIVE BOARD – 3 March 2024\nPresent: Councillors Hale (Leader), Moss and Ward\n"
                     "EB41 Apologies None.\nEB42 Previous meeting RESOLVED – That the record of 5 February be signed.\n")
    assert describe(arrange(read_paper(paper))).authority is None


def test_minutes_run_on_under_their_letterhead_are_titled_and_dated_by_their_heading(tmp_path):
    """A document site's page of minutes as one line: the letterhead and heading, then the record.
    The heading up to the day met titles it, its letterhead names the body, and the approval of
    the last meeting's minutes further on does not make the date an earlier meeting's."""
    paper = tmp_path / "minutes.txt"
    paper.write_text(
        "westvale port board meeting · 2021. 3. 4. · a summary of the minutes...\n"
        "1 WESTVALE PORT BOARD MEETING DRAFT Minutes of the meeting held on Tuesday, 9 February 2021 Venue: "
        "Harbour Office, Quay Street Present Ann Ash (Chair) Ben Birch Carol Cole Apologies Dan Dale In Attendance "
        "Eve Elm, Secretary 1 Opening The Chair opened the meeting and thanked the harbour staff. 2 Previous minutes The "
        "minutes of the meeting held on 12 January 2021 were signed by the Chair as correct. 3 Dredging contract The "
        "Board agreed to extend the dredging contract for a further year within the approved budget for the works. "
        "4 Harbour dues The Secretary reported on the consultation with harbour users, which had drawn nine replies, "
        "and members discussed the effect of the proposed increase on the fishing fleet and on visiting yachts. "
        "5 Other matters None were raised, and the Chair closed the meeting at 4.15pm.\n")
    cover = describe(arrange(read_paper(paper)))
    assert (cover.title, cover.doc_type, cover.date, cover.body) == (
        "Westvale Port Board Meeting Draft Minutes of the meeting held on Tuesday, 9 February 2021", "minutes",
        "2021-02-09", "Westvale Port Board")


def test_a_sites_control_is_not_run_into_a_heading_cut_short_under_it(tmp_path):
    paper = tmp_path / "summary.txt"
    paper.write_text("Toggle high contrast\nt Board Meeting Summary: 14 May 2024\n"
                     "What the Board discussed when it met on Tuesday 14 May 2024, in brief.\n")
    assert describe(arrange(read_paper(paper))).title == "t Board Meeting Summary: 14 May 2024"


@pytest.mark.parametrize("texts", [
    pytest.param(["COUNCIL", "Subject: Sports Hall Extension",
                  "Since Council agreed the scheme in June, the Chair will settle the contract terms with the builder.",
                  "If Council agrees, the Chair will decide in March."],
                 id="a sentence's opening word before Council is no council's place"),
    pytest.param(["Estates Strategy Refresh", "Report to: Board", "Date: 3 June 2024",
                  "The Board is asked to approve the refreshed strategy."],
                 id="a board named only as Board names no issuer"),
])
def test_words_that_name_no_issuer(texts):
    layout = Layout(fmt="txt", page_texts=[""], blocks=[paragraph(text) for text in texts])
    assert describe(layout).authority is None


def test_a_record_of_delegated_decisions_is_the_officers_and_no_issuers():
    layout = Layout(fmt="txt", page_texts=[""], blocks=[
        paragraph("Community Fund: delegated decisions 4 June 2024"),
        paragraph("Record of decisions taken under delegated authority by the Head of Communities on 4 June 2024"),
        paragraph("Decision: Award grant of £750 (100%)")])
    assert (describe(layout).body, describe(layout).authority) == ("Head of Communities", None)
