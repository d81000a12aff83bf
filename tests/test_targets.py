import json
from pathlib import Path

import pytest

from conftest import paper_document, table
from paper_miner.extract import targets
from paper_miner.extract.common.sentences import sentences_keeping_labels as sentences
from paper_miner.extract.document import describe
from paper_miner.extract.targets.baseline import counts_an_output, earlier_figure
from paper_miner.extract.targets.codes import cell_code, find_codes
from paper_miner.extract.targets.flat_rows import split_values
from paper_miner.extract.targets.measure import measure_of, names_a_quantity
from paper_miner.extract.targets.patterns import (
    direction,
    higher_is_better,
    is_past_report,
    narrates_progress,
    sets_a_limit,
    sets_a_price,
)
from paper_miner.extract.targets.statements import qualifies
from paper_miner.extract.targets.target_tables import column_targets
from paper_miner.extract.targets.text import cell_items, split_pairs
from paper_miner.extract.targets.values import quantities, read_value
from paper_miner.layout.arrange import arrange
from paper_miner.models import Block, Layout, Row
from paper_miner.pipeline import read_paper

FIXTURES = Path(__file__).parent / "fixtures" / "targets"
CORPUS = Path(__file__).parent.parent / "corpus"


def layout_of(*blocks: Block) -> Layout:
    pages = max(b.page for b in blocks)
    return Layout(fmt="txt", page_texts=[""] * pages, blocks=list(blocks))


def extract(*blocks: Block):
    return targets.extract(layout_of(*blocks), None, {})


def plan_table(*rows: list[str], header=("Outcome", "Target to 2013", "Actions"), pages=None):
    pages = pages or [1] * len(rows)
    all_rows = [Row(cells=list(header), page=pages[0])]
    all_rows += [Row(cells=cells, page=page) for cells, page in zip(rows, pages)]
    return Block(kind="table", page=pages[0], text="", rows=all_rows)


# ---------------------------------------------------------------- values


@pytest.mark.parametrize("text,expected", [
    ("lift the share of pupils walking to school from 38.5% to 45% by 2012",
     ("from_to", 38.5, 45.0, "%")),
    ("cut bus journey delays (from a 2009 baseline of 31% to 25% by 2012)",
     ("from_to", 31.0, 25.0, "%")),
    ("grow visitor numbers from 212,400 to 230,000 in 2012", ("from_to", 212400.0, 230000.0, "count")),
    ("36% from 44% for year 11 pupils", ("to_from", 44.0, 36.0, "%")),
    ("keep waste collected to less than 540kg a household", ("to", None, 540.0, "kg")),
    ("send no more than 61,000 tonnes to landfill, down to 61,000 tonnes or less",
     ("to", None, 61000.0, "tonnes")),
    ("bring response times down to an average of 7 minutes 45 seconds", ("to", None, 465.0, "seconds")),
    ("lower deaths from 88.2 per 100,000 to 71 per 100,000", ("from_to", 88.2, 71.0, "per 100,000")),
    ("reduce burglary by 8.5% by 2012", ("by_change", None, 8.5, "%")),
    ("achieve a 4% reduction in staff travel", ("change_phrase", None, 4.0, "%")),
    ("an annual increase of 3% in library visits", ("change_phrase", None, 3.0, "%")),
    ("each depot to deliver a minimum 12% reduction", ("change_phrase", None, 12.0, "%")),
    ("achieving a further 4.5% increase in take-up", ("change_phrase", None, 4.5, "%")),
    ("9 out of 20 care leavers enter university", ("out_of", None, 9.0, "count")),
    ("Ensure 85% of planning applications are decided on time", ("share", None, 85.0, "%")),
    ("Save £2.4m through shared procurement", ("money", None, 2400000.0, "GBP")),
    ("Open three new family hubs by 2012", ("count", None, 3.0, "count")),
    ("build a minimum of 1,200 new homes", ("of", None, 1200.0, "count")),
    ("The ambition is to have four family hubs open by March 2027", ("aim_count", None, 4.0, "count")),
    ("Our target is to return 25 empty shops back into use", ("aim_count", None, 25.0, "count")),
    ("we will deliver an additional 1,400 school places", ("aim_count", None, 1400.0, "count")),
    ("we will report 4 times a year to the Board", None),
    ("The Trust has committed to delivering 640 new homes by March 2029", ("aim_count", None, 640.0, "count")),
    ("The programme aims to bring 90 derelict shops back into use each year", ("aim_count", None, 90.0, "count")),
    ("The partnership pledges to plant 3,000 hedgerow trees", ("aim_count", None, 3000.0, "count")),
    ("Expand early help for families, opening 6 new family hubs by 2027", ("aim_count", None, 6.0, "count")),
    ("Improve the condition of council homes, spending 40% of the budget on repairs",
     ("share", None, 40.0, "%")),
    ("We will halve the number of empty homes by 2027", ("multiple", None, 50.0, "%")),
    ("21% of councillors are women, up from 16% in 2022 and working towards 40% by 2030",
     ("towards", 16.0, 40.0, "%")),
    ("The rate will be similar to or better than the national average (England currently 61.5%)",
     ("benchmark", None, 61.5, "%")),
    ("staff surveys show an improvement of at least 4 percentage points in morale",
     ("change_phrase", None, 4.0, "%")),
    ("admissions will have fallen by 2% to the rate it was in 2019 (612 per 100,000)",
     ("to", None, 612.0, "per 100,000")),
    ("Smoking among young carers was almost double that of their peers", None),
    ("Fly-tipping in the ward is double the rate of the borough as a whole", None),
    ("reach Level 4 of the Equality Standard", ("level", None, 4.0, "level")),
    ("partnership of up to 4 districts", None),
    ("work towards the 2015 strategy", None),
])
def test_read_value_slots(text, expected):
    value = read_value(text)
    got = value and (value.slot, value.baseline, value.target, value.unit)
    assert got == expected


def test_change_in_days_from_a_baseline_becomes_the_level_to_reach():
    value = read_value("cut staff absence by 1.5 days from a 2010/11 baseline of 9.5 days",
                       decreasing=True)
    assert (value.baseline, value.target, value.unit) == (9.5, 8.0, "days")


def test_years_key_stages_and_levels_are_not_figures():
    assert read_value("pupils progress by 2 levels between Key Stage 2 and Key Stage 4 by 2012") is None


# ---------------------------------------------------------------- wording


@pytest.mark.parametrize("text,expected", [
    ("Help lift the share of adults cycling from 9% to 12%", "increase"),
    ("Help achieve an increase in parish plans from 10 to 25", "increase"),
    ("Achieve a 5% cut in carbon emissions", "decrease"),
    ("Improve air quality by cutting vehicle emissions", "decrease"),
    ("Keep response times to 8 minutes", "maintain"),
    ("Bring down fly-tipping incidents to 900", "decrease"),
    ("Meet the standards set by the Regional Improvement Partnership", "achieve"),
    ("More residents are satisfied with parks", "increase"),
    ("70% of pupils reach 5 or more good grades", None),
])
def test_direction(text, expected):
    assert direction(text) == expected


def test_bracketed_code_after_full_stop_stays_with_its_sentence():
    assert sentences("Improve verges across the borough. (NI 196) Plant 500 trees.") == [
        "Improve verges across the borough. (NI 196)", "Plant 500 trees."]


def test_cell_items_split_markup_bullets_and_run_on_text():
    cell = ("<p>Raise A from 1% to 2% (NI 10 – LAA target)</p> <p>Cut B to 5% (NI 11)</p>"
            " • Hold C at 7 (LI 2)")
    assert cell_items(cell) == ["Raise A from 1% to 2% (NI 10 – LAA target)", "Cut B to 5% (NI 11)",
                                "Hold C at 7 (LI 2)"]
    pdf_cell = ("Lift D to 40% by 2012 (NI 20 - LAA target) 55% of E meet the standard "
                "(NI 21) Embed the new Compact To have renewed the lease by 2013")
    assert cell_items(pdf_cell) == ["Lift D to 40% by 2012 (NI 20 - LAA target)",
                                    "55% of E meet the standard (NI 21)", "Embed the new Compact",
                                    "To have renewed the lease by 2013"]


def test_cell_items_keep_wrapped_lines_and_ordinary_brackets_together():
    assert cell_items("Raise the number of\ncyclists (adults only) on the canal path\n(NI 9)") == [
        "Raise the number of cyclists (adults only) on the canal path (NI 9)"]


def test_split_pairs_one_statement_per_figure():
    text = "increase the share of women managers to at least 45% and of young staff to at least 12%"
    assert split_pairs(text) == ["increase the share of women managers to at least 45%",
                                 "of young staff to at least 12%"]
    assert split_pairs("raise A from 1% to 2% by 2012") == ["raise A from 1% to 2% by 2012"]


def test_measure_strips_verb_figures_dates_and_labels():
    text = ("Play our part as a partner to help raise from 40% to 48% the share of homes insulated"
            " by March 2012 (NI 187 – LAA target)")
    assert measure_of(text, read_value(text)) == "share of homes insulated"


@pytest.mark.parametrize("text,expected", [
    ("We also aim to increase the number of homes adapted through grants from 120 to 150 a year",
     "number of homes adapted through grants a year"),
    ("That the target to reduce adult obesity to 20% by 2012 be endorsed", "adult obesity"),
    ("That the aim to lift school attendance to 95% be approved", "school attendance"),
    ("The new boilers will help us cut carbon emissions from schools by 15% compared with 2007/08",
     "carbon emissions from schools"),
    ("The Board aims to reduce vehicle crime by 10% by 2011", "vehicle crime"),
    ("Repeat referrals to children's social care should fall from 28% to 22%",
     "repeat referrals to children's social care"),
    ("Teenage conceptions are expected to decline by 45% against the 1998 baseline",
     "teenage conceptions"),
    ("Fuel poverty to go down to 12% by 2013", "fuel poverty"),
    ("The council is committed to increasing the number of apprenticeships to 200 by 2013",
     "number of apprenticeships"),
    ("Our ambition is to raise adult literacy to 85% on 2008 levels", "adult literacy"),
    ("Partners seek to halve the number of empty homes by 2014", "number of empty homes"),
    ("Target: 95% of emails answered within 2 working days", "emails answered within 2 working days"),
    ("Maintain the proportion of invoices paid on time at 98%", "proportion of invoices paid on time"),
    ("Increase the number of young people who will achieve level 2 to 80%",
     "number of young people who will achieve level 2"),
    ("Reducing bank staff use, with every trust expected to deliver a minimum 10% reduction",
     "bank staff use"),
    ("Cut missed bin collections in every ward, achieving a further 15% reduction by March 2027",
     "missed bin collections in every ward"),
    # the things a count promises, whoever promises them
    ("We aim to open 12 new community larders by 2027", "new community larders"),
    ("The district plans to build 450 homes for social rent by 2029", "homes for social rent"),
    # an aim stated as what is to be so
    ("Our goal is for 80% of repairs to be fixed on the first visit by 2026", "repairs to be fixed on the first visit"),
    ("The Trust's aim is that 70% of patients are seen at home by 2027", "patients are seen at home"),
])
def test_measure_keeps_only_the_measured_thing(text, expected):
    assert measure_of(text, read_value(text)).lower() == expected


@pytest.mark.parametrize("text,expected", [
    ("Repeat incidents should fall from 32% to 27%", "decrease"),
    ("Emergency admissions to drop to 1,900 by 2012", "decrease"),
    ("Work to halve the number of rough sleepers", "decrease"),
    ("Narrow the attainment gap to 12 points", "decrease"),
    ("Visitor numbers to go up to 40,000", "increase"),
    ("Double the number of volunteers by 2013", "increase"),
    ("Ensure no more than 5% of calls are abandoned", "decrease"),
    ("Ensure at least 60% of pupils walk to school", "increase"),
    ("Satisfaction is to remain above 85%", "maintain"),
    ("Maintain at 98% the share of invoices paid on time", "maintain"),
    ("Young people not in education or work: from 7.2% to 6.0% by 2011", "decrease"),
    ("Take-up of free school meals: from 61% to 70% by 2012", "increase"),
    ("Adults who hold a level 2 qualification reach 78% by 2013", "achieve"),
])
def test_direction_from_more_wordings(text, expected):
    assert direction(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Last year we achieved 72% of calls answered on time.", True),
    ("Burglary fell from 2,650 to 2,310 over the past two years.", True),
    ("Recycling has risen to 41% to date.", True),
    ("The partnership reduced youth offending by 8% in 2009.", True),
    ("Having met last year's target, we will raise recycling to 45% by 2012.", False),
    ("We will reduce burglary to 2,000 by 2012.", False),
])
def test_past_results_are_recognised(text, expected):
    assert is_past_report(text) is expected


@pytest.mark.parametrize("text,expected", [
    ("Some 5,400 loans were issued during Q1, an increase of 7% on the same quarter last year.", True),
    ("Visits to the museum rose to 12,900, which represents a 3% fall.", True),
    ("The first quarter saw the waiting list shrink to 820 families.", True),
    ("Recycling continues to be rated Green at 52%.", True),
    ("Our response rate has remained steady, with a 4% rise when comparing 2025/26 to 2021/22.", True),
    ("Since April we have seen fly-tipping reports drop by 18%.", True),
    ("The new contract could increase haulage costs by about 6%.", True),
    ("PI 4: % of tenants satisfied with repairs 81.6% (+2.3 p.p.)", True),
    ("Average days lost per employee 7.9 (-0.4pp)", True),
    ("Raise tenant satisfaction with repairs (+2 points) to 85% by 2027.", False),
    ("Recycling continues to be rated Amber, against a target of 55%.", False),
    ("During Quarter 4 we will reduce the waiting list to 700 families.", False),
    ("The waiting list has remained high and we aim to reduce it to 700 families.", False),
    ("Reduce the number of empty homes by 10% by May 2028.", False),
])
def test_commentary_on_what_happened_is_recognised(text, expected):
    assert narrates_progress(text) is expected


@pytest.mark.parametrize("text,expected", [
    ("Members agreed to raise council tax by 3.5% from April.", True),
    ("A 2% increase in rents for council homes was proposed.", True),
    ("Increase the share of council tax collected in year to 97.5%.", False),
    ("These changes increase the net revenue budget requirement from £412.6m to £413.1m.", True),
    ("Reduce the gross spend on agency staff from £4.2m to £3m by 2027.", False),
    ("The council tax proposal endorsed by the Budget Panel is for an increase of £5.85 per annum.", True),
    ("The precept will rise by £3.20 a year for a Band D home, an equivalent rise of 1.9%.", True),
    ("Raise the council tax collection rate from 96% to 97.5% by March 2027.", False),
    ("The working group proposes a precept of £52,400 – an increase of 4.8%.", True),
    ("That takes the charge per Band D property to £71.20 a year.", True),
])
def test_setting_a_tax_or_rent_is_recognised(text, expected):
    assert sets_a_price(text) is expected


@pytest.mark.parametrize("text,codes", [
    ("Cut fly-tipping (LPI 12) and raise recycling (BV 82a)", [("LI 12", ""), ("BV 82", "a")]),
    ("Faster benefit claims (NI 181); KPI 5 and PI 23 as before", [("NI 181", ""), ("KPI 5", ""),
                                                                   ("PI 23", "")]),
    ("Pupils at KS 2 and the A 46 road", []),
    ("Market town satisfaction (L114)", [("LI 14", "")]),
])
def test_indicator_codes_in_running_text(text, codes):
    assert [(c.code, c.suffix) for c in find_codes(text)] == codes


def test_code_column_accepts_local_code_styles():
    assert [cell_code(c).code for c in ["CS 4", "HS01", "NI 157a", "BVPI 8 Invoices"]] == [
        "CS 4", "HS01", "NI 157", "BVPI 8"]  # a council's own code as printed
    assert cell_code("Street cleanliness") is None


# ---------------------------------------------------------------- tables


def test_every_item_in_a_target_column_is_a_target():
    found = extract(plan_table(
        ["Cleaner parks", "<p>Raise park satisfaction from 61% to 70% by 2013 (LI 3)</p>"
                          "<p>Adopt a new Parks Strategy</p>", "Plant 400 trees"]))
    assert [(t.indicator, t.target, t.direction) for t in found] == [
        ("LI 3", 70.0, "increase"), (None, None, "achieve")]
    assert found[1].measure == "new Parks Strategy"


def test_actions_column_numbers_are_not_targets():
    found = extract(plan_table(["Safer streets", "Adopt a night-time economy plan",
                                "Install 60 new street lights by 2012"]))
    assert [t.target for t in found] == [None]


def test_code_only_contributed_to_is_not_a_target():
    table = Block(kind="table", page=1, text="", rows=[
        Row(cells=["Project", "Description"], page=1),
        Row(cells=["Youth Bus", "The scheme will contribute directly to NI 110 and other LAA targets."],
            page=1)])
    assert extract(table) == []


def test_target_cell_cut_by_a_page_break_is_one_target():
    found = extract(plan_table(
        ["Homes are warmer", "Help raise the number of homes with loft insulation from 5,100 to", ""],
        ["", "6,400 by 2012 (NI 187)", ""], pages=[4, 5]))
    assert [(t.indicator, t.baseline, t.target, t.page) for t in found] == [("NI 187", 5100.0, 6400.0, 4)]


def test_lead_in_frames_the_items_after_it_even_across_rows():
    found = extract(plan_table(
        ["Achievement", "The gap between boys and girls in reading is narrowed to:", ""],
        ["", "9% at age 11 by 2012 (LI 21)", ""], pages=[2, 3]))
    assert found[0].direction == "decrease"
    assert found[0].measure.startswith("gap between boys and girls in reading")


def test_indicator_with_target_to_be_confirmed():
    found = extract(plan_table(
        ["Cleaner air", "Cut nitrogen dioxide levels near schools (NI 194 – target to be confirmed)", ""]))
    assert [(t.indicator, t.target, t.direction) for t in found] == [("NI 194", None, "decrease")]


def test_figure_only_performance_table():
    table = Block(kind="table", page=1, text="", rows=[
        Row(cells=["Indicator", "Baseline 2009/10", "Target 2011/12"], page=1),
        Row(cells=["NI 8 Adult participation in sport", "21.0%", "24.5%"], page=1)])
    found = extract(table)
    assert [(t.indicator, t.baseline, t.target, t.unit, t.deadline) for t in found] == [
        ("NI 8", 21.0, 24.5, "%", "2012-03")]


def test_performance_table_quarters_status_and_placeholders_are_not_targets():
    found = extract(table(
        ["PI", "Target", "Q1", "Q2", "Q3", "Q4", "Status"],
        ["Environment", "", "", "", "", "", ""],
        ["NI 192 Household waste recycled and composted", "42%", "38%", "40%", "41%", "", "Amber"],
        ["LPI 3 Fly-tips removed within 24 hours", "N/A", "91%", "93%", "", "", ""],
        ["KPI 9 Average wait at reception (minutes)", "< 10", "12", "9", "8", "", "Green"]))
    assert [(t.indicator, t.measure, t.baseline, t.target, t.unit, t.direction) for t in found] == [
        ("NI 192", "Household waste recycled and composted", None, 42.0, "%", "increase"),  # Amber at 41%
        ("KPI 9", "Average wait at reception (minutes)", None, 10.0, "minutes", "decrease")]  # as printed


def test_performance_table_reads_latest_actual_as_baseline_and_one_target_per_year():
    found = extract(table(
        ["Ref", "Indicator", "2007/08", "2008/09 Outturn", "Target 2009/10", "Target 2010/11",
         "Target date", "Comments"],
        ["LI 4", "Number of affordable homes delivered", "180", "212", "230", "260", "31/03/2011",
         "On track"]))
    assert [(t.indicator, t.baseline, t.target, t.unit, t.deadline, t.direction) for t in found] == [
        ("LI 4", 212.0, 230.0, "count", "2010-03", "increase"),
        ("LI 4", 212.0, 260.0, "count", "2011-03", "increase")]
    assert all("LI 4" in t.quote for t in found)


def test_performance_table_polarity_column_gives_direction():
    found = extract(table(
        ["Measure", "Good performance is", "Target 2011"],
        ["Days lost to sickness per employee", "Low", "8.5"],
        ["Residents satisfied with parks", "High", "75%"]))
    assert [(t.target, t.unit, t.deadline, t.direction) for t in found] == [
        (8.5, "days", "2011", "decrease"), (75.0, "%", "2011", "increase")]


def test_indicator_suffix_is_kept_in_the_measure_and_keeps_records_apart():
    found = extract(table(
        ["Indicator", "Description", "Target 2010/11"],
        ["NI 157a", "Major planning applications in 13 weeks", "60%"],
        ["NI 157b", "Minor planning applications in 8 weeks", "60%"]))
    assert [(t.indicator, t.measure) for t in found] == [
        ("NI 157", "Major planning applications in 13 weeks (NI 157a)"),
        ("NI 157", "Minor planning applications in 8 weeks (NI 157b)")]


def _ruled_table(c, y: float, rows: list[list[str]], widths=(60, 230, 80, 80)) -> None:
    for row in rows:
        x = 50
        for text, width in zip(row, widths):
            c.rect(x, y - 18, width, 18, stroke=1, fill=0)
            c.setFont("Helvetica", 9)
            c.drawString(x + 3, y - 13, text)
            x += width
        y -= 18


def test_pdf_ruled_performance_table_over_two_pages(tmp_path):
    canvas = pytest.importorskip("reportlab.pdfgen.canvas")
    header = ["Ref", "Measure", "2009/10 Actual", "2010/11 Target"]
    pdf = canvas.Canvas(str(tmp_path / "performance.pdf"))
    pdf.setFont("Helvetica-Bold", 12)
    pdf.drawString(50, 780, "Appendix B: Local performance indicators")
    _ruled_table(pdf, 760, [header, ["LPI 7", "Households in temporary accommodation", "164", "140"],
                            ["BV 12", "Working days lost to sickness absence", "9.6", "8.5"]])
    pdf.showPage()
    _ruled_table(pdf, 780, [header, ["LPI 9", "Percentage of council tax collected", "96.4", "97"]])
    pdf.save()
    found = targets.extract(arrange(read_paper(tmp_path / "performance.pdf")), None, {})
    assert [(t.indicator, t.baseline, t.target, t.unit, t.deadline, t.direction, t.page)
            for t in found] == [
        ("LI 7", 164.0, 140.0, "count", "2011-03", "decrease", 1),
        ("BV 12", 9.6, 8.5, "days", "2011-03", "decrease", 1),
        ("LI 9", 96.4, 97.0, "%", "2011-03", "increase", 2)]


# ---------------------------------------------------------------- running text and repeats


def test_same_indicator_and_target_stated_twice_is_one_record():
    found = extract(
        plan_table(["Independence", "Raise the share of carers supported to 40% by 2012 (NI 135)", ""]),
        Block(kind="list_item", page=3, marker="•",
              text="Ensure 40% of carers are supported by June 2012 (NI 135)."))
    assert [(t.indicator, t.target, t.deadline, t.page) for t in found] == [("NI 135", 40.0, "2012-06", 1)]


def test_footnote_gives_a_starred_statement_its_year():
    found = extract(
        Block(kind="list_item", page=1, marker="•", text="Ensure 90% of country parks have a visitor plan.*"),
        Block(kind="paragraph", page=1, text="* These are targets to 2016 under the Green Plan."))
    assert [(t.target, t.deadline) for t in found] == [(90.0, "2016")]


def test_past_results_are_not_targets():
    found = extract(Block(kind="paragraph", page=1,
                          text="Last year we reduced missed bins from 4.1% to 2.9% of collections."))
    assert found == []


REPORT_FIELDS = {"period", "actual", "actual_period", "floor", "rag", "polarity"}


@pytest.mark.parametrize("name", ["delivery_plan", "board_report", "cabinet_commitments",
                                  "performance_report", "health_scorecard", "board_minutes",
                                  "kpi_boxes", "quarterly_commentary", "labelled_targets", "standards_shares",
                                  "web_target_lines", "summary_lines_labelled_cells",
                                  "standards_lead_in_without_colon", "headline_results", "league_places",
                                  "response_standards", "response_promises", "repair_priorities"])
def test_fixture_papers(name):
    """Expected JSON: the fields, and either the exact ``measure`` or words it must contain;
    the fields of a performance report (actual, floor, rag...) where the JSON gives them."""
    expected = json.loads((FIXTURES / f"{name}.json").read_text())
    found = targets.extract(arrange(read_paper(FIXTURES / f"{name}.txt")), None, {})
    fields = {"indicator", "baseline", "target", "unit", "deadline", "direction"}
    got = [t.model_dump(include=fields | (set(e) & REPORT_FIELDS)) for t, e in zip(found, expected)]
    assert len(found) == len(expected)
    assert got == [{k: v for k, v in e.items() if k in fields | REPORT_FIELDS} for e in expected]
    for target, wanted in zip(found, expected):
        if "measure" in wanted:
            assert target.measure.lower() == wanted["measure"].lower()
        else:
            assert wanted["measure_has"].lower() in target.measure.lower()


SAMPLES = sorted(CORPUS.glob("*.txt")) + sorted((CORPUS / "pdf").glob("*.pdf"))


@pytest.mark.parametrize("paper", SAMPLES, ids=lambda p: p.name)
def test_sample_papers_quote_their_key_value(paper):
    for target in targets.extract(arrange(read_paper(paper)), None, {}):
        code = target.indicator.split()[-1] if target.indicator else None
        assert target.page is not None and target.measure
        assert code is None or code in target.quote


# ---------------------------------------------------------------- table cells: periods, changes, deadlines


@pytest.mark.parametrize("cell, value", [
    ("0.82 (2008/09)", 0.82), ("19.5% (2008)", 19.5), ("1,740 (2008/09)", 1740.0),
    ("64 (Mar 2010)", 64.0), ("–", None), ("n/a", None), ("see note (2008/09)", None)])
def test_a_baseline_cell_may_name_its_period(cell, value):
    found = extract(table(["Ref", "Measure", "Baseline", "Target"],
                             ["PI 1", "Households recycling their waste", cell, "70"]))
    assert [t.baseline for t in found] == [value]


@pytest.mark.parametrize("cell, deadline", [
    ("Mar 2011", "2011-03"), ("Dec 2010", "2010-12"), ("March 2012", "2012-03"),
    ("2011/12", "2012-03"), ("Sept. 2010", "2010-09")])
def test_a_deadline_column_is_known_by_its_dates_when_its_header_is_garbled(cell, deadline):
    found = extract(table(["Ref", "Measure", "Target", "Dea d1ine"],
                             ["PI 1", "Households recycling their waste", "70%", cell],
                             ["PI 2", "Streets free of litter", "95%", "Mar 2011"]))
    assert [t.deadline for t in found] == [deadline, "2011-03"]


def test_a_column_of_figures_is_not_a_deadline_column():
    found = extract(table(["Ref", "Measure", "Target 2010/11", ""],
                             ["PI 1", "Households recycling their waste", "70%", "2010"],
                             ["PI 2", "Streets free of litter", "95%", "12"]))
    assert [t.deadline for t in found] == ["2011-03", "2011-03"]


@pytest.mark.parametrize("measure, baseline, target, expected", [
    ("Repeat homelessness cases", "0.82", "0.70", "decrease"),
    ("Reduce the number of adults who smoke", "24.3%", "28%", "increase"),  # the figures say
    ("Obese children in Year 6 (limit the rising trend)", "1,740", "1,800", "decrease"),
    ("Households recycling their waste", "", "70%", "increase"),  # more recycled is better
    ("Visitors to the town museum", "", "10,000", "achieve"),
    ("Reduce the number of adults who smoke", "", "20%", "decrease"),
])
def test_direction_of_a_table_row(measure, baseline, target, expected):
    found = extract(table(["Ref", "Measure", "Baseline", "Target"], ["PI 1", measure, baseline, target]))
    assert [t.direction for t in found] == [expected]


def test_a_change_in_a_target_cell_is_the_target_and_its_direction():
    found = extract(table(["Ref", "Measure", "Baseline", "Target"],
                             ["PI 1", "Household waste sent to landfill", "–", "12% reduction"],
                             ["PI 2", "Visits to libraries", "–", "5% increase"]))
    assert [(t.baseline, t.target, t.unit, t.direction) for t in found] == [
        (None, 12.0, "%", "decrease"), (None, 5.0, "%", "increase")]


@pytest.mark.parametrize("text, code", [
    ("Fly-tips cleared in 24 hours (LPI 4)", "LI 4"), ("Local PI 7: rent collected", "LI 7"),
    ("Missed bins (LI 12)", "LI 12"), ("Recycling (BV 82a)", "BV 82"), ("NI 167 congestion", "NI 167")])
def test_local_indicators_take_the_local_form(text, code):
    assert [c.code for c in find_codes(text)] == [code]


def test_curbing_a_rise_is_a_decrease():
    assert direction("Help limit the increase in obesity among children to 14.8% by 2011") == "decrease"
    assert direction("Slow the growth of household waste to 2% a year") == "decrease"


def test_a_target_cell_may_name_the_period_it_is_due():
    found = extract(table(["Ref", "Measure", "Baseline", "Target 2010/11"],
                             ["PI 1", "Households recycling their waste", "31%", "40% (2011/12)"],
                             ["PI 2", "Streets free of litter", "90%", "95% (Dec 2010)"],
                             ["PI 3", "Visits to libraries", "5,100", "5,500"]))
    assert [(t.target, t.deadline) for t in found] == [
        (40.0, "2012-03"), (95.0, "2010-12"), (5500.0, "2011-03")]


# ---------------------------------------------------------------- minutes: named targets, earlier figures


@pytest.mark.parametrize("text,expected", [
    ("The target for 2011/12 (NI 123) was 1,850 four-week quitters", ("target_is", None, 1850.0, "count")),
    ("Recycling stood at 39% against a target of 45%", ("target_is", None, 45.0, "%")),
    ("The 2012/13 target is 2,400 homes", ("target_is", None, 2400.0, "count")),
    ("The target for 2011/12 is 2,700 burglaries, a reduction of 7%", ("target_is", None, 2700.0, "count")),
])
def test_a_named_target_gives_its_figure(text, expected):
    value = read_value(text)
    assert (value.slot, value.baseline, value.target, value.unit) == expected


@pytest.mark.parametrize("text,expected", [
    ("The target for 2011/12 (NI 123) was 1,850 four-week quitters by the end of March 2012, and "
     "1,497 had been recorded to the end of February", "four-week quitters"),
    ("The target is 1,850 quitters", "quitters"),
    ("The 2012/13 target is 2,400 homes", "homes"),
    ("Members asked how the impact would be measured; Mr Tillotson explained that the service aimed "
     "to increase the proportion of older people still at home 91 days after discharge into "
     "reablement from 78.4% to 82% by March 2013",
     "proportion of older people still at home 91 days after discharge into reablement"),
    ("The new Tobacco Control Plan aimed to reduce adult smoking prevalence in Calderbrook from 24.6% "
     "to 21% by 2015", "adult smoking prevalence in calderbrook"),
    ("Councillors were told that the ambition was to increase the number of apprenticeships to 500 "
     "by 2014", "number of apprenticeships"),
    ("Recycling stood at 39% against a target of 45%", "recycling"),
])
def test_measure_leaves_out_reported_speech_and_progress(text, expected):
    assert measure_of(text, read_value(text)).lower() == expected


@pytest.mark.parametrize("previous,expected", [
    ("Dr Varma reported that 1,612 people had quit smoking at four weeks in 2010/11.", 1612.0),
    ("In 2011/12, 1,700 people quit smoking at four weeks.", None),  # not an earlier year
    ("In 2010/11, 1,612 people quit smoking at four weeks and 900 at twelve weeks.", None),  # two figures
    ("In 2010/11 the service trained 40 pharmacists.", None),  # another measure
    ("In 2010/11, 31% of smokers quit at four weeks.", None),  # another unit
    ("The target for 2010/11 was to raise four-week quitters from 1,400 to 1,600.", None),  # a target
])
def test_baseline_from_the_sentence_before(previous, expected):
    assert earlier_figure(previous, "four-week quitters", "count", "2012-03") == expected


def test_no_baseline_from_the_sentence_before_without_a_deadline():
    assert earlier_figure("In 2010/11, 1,612 people quit at four weeks.", "four-week quitters", "count",
                          None) is None


def test_figures_leave_out_dates_and_years():
    assert quantities("By 31 March 2011 (2010/11), 45.5% of waste and 7 minutes 30 seconds") == [
        ("45.5%", 45.5), ("7 minutes 30 seconds", 450.0)]


@pytest.mark.parametrize("statement,measure,expected", [
    ("The target is 1,850 quitters.", "quitters", True),
    ("The 2012/13 target is 350 jobs created.", "jobs created", True),
    ("The target for 2012/13 is 130 empty homes brought back into use.",
     "empty homes brought back into use", True),
    ("The target is 400 empty homes.", "empty homes", False),  # a problem counted, not an output
    ("The target is 85% of calls answered.", "calls answered", False),
    ("Deliver 2,400 homes by 2013.", "homes", False),  # no target named
    ("Achieve housing growth of 5,964 homes by 2011 (NI 154 – LAA target)", "housing growth homes", False),
])
def test_a_target_counting_an_output_is_one_to_raise(statement, measure, expected):
    assert counts_an_output(statement, measure) is expected


def test_progress_after_a_named_target_does_not_make_it_a_past_result():
    found = extract(Block(kind="paragraph", page=1, text=(
        "The target for 2011/12 was 1,850 quitters, and 1,497 had been achieved so far.")))
    assert [(t.target, t.deadline, t.direction) for t in found] == [(1850.0, "2012-03", "increase")]
    assert extract(Block(kind="paragraph", page=1, text="Last year we achieved our target of 72%.")) == []


# ---------------------------------------------------------------- KPI boxes and reports

def test_a_kpi_box_in_a_table_takes_its_name_from_the_row_above_never_a_figure():
    box = table(["Number of approved foster households", "", "", "RED"],
                   ["Latest: 613 | Target: 700 Floor: 650 | Previous: 612 (Red)", ""])
    found = extract(box)
    assert [(t.measure, t.target, t.actual, t.floor, t.rag, t.polarity, t.direction) for t in found] == [
        ("Number of approved foster households", 700.0, 613.0, 650.0, "red", "higher", "increase")]


def test_commentary_restating_a_box_is_the_same_record():
    box = table(["Number of approved foster households", "", "", "RED"],
                   ["Latest: 613 | Target: 700, Floor: 650 | Previous: 612 (Red)", ""])
    note = Block(kind="paragraph", page=2,
                 text="At the end of the quarter there were 613 approved foster households against a target of 700.")
    assert len(extract(box, note)) == 1


@pytest.mark.parametrize("text,expected", [
    ("This quarter 64% of complaints were resolved in time, below the 75% target.", (75.0, 64.0)),
    ("Reablement referrals rose to 1,210 against a target of 1,300.", (1300.0, 1210.0)),
    ("Average wait at reception, at 7 minutes 10 seconds, stayed above an aim of 5 minutes 30 seconds.",
     (330.0, 430.0)),
    ("None of the services met its target this quarter.", None),
    ("The rate, at 53.6%, remained below the target.", None),
    ("The measure continues to be rated Red, above a floor of 40% but below a target of 50%.", None),
    ("It was a decrease of 4% on last quarter, now below the target of 10%.", None),
])
def test_performance_reported_against_a_target(text, expected):
    found = extract(Block(kind="paragraph", page=1, text=text))
    assert [(t.target, t.actual) for t in found] == ([expected] if expected else [])


def test_a_scorecard_table_reports_actual_floor_rating_and_polarity():
    card = table(["Indicator", "Latest", "Target", "Floor", "RAG", "DoT", ""],
                    ["", "(Q2 2026/27)", "2026/27", "", "", "", "Polarity"],
                    ["Housing Services", "", "", "", "", "", ""],
                    ["Households in temporary accommodation", "212", "180", "230", "Amber", "↓",
                     "Lower is better"],
                    ["Homes improved through the repairs grant", "71%", "75%", "65%", "Red", "↑", ""])
    found = extract(card)
    assert [(t.measure, t.target, t.actual, t.actual_period, t.floor, t.rag, t.polarity, t.period,
             t.direction) for t in found] == [
        ("Households in temporary accommodation", 180.0, 212.0, "Q2 2026/27", 230.0, "amber", "lower",
         "2026/27", "decrease"),
        ("Homes improved through the repairs grant", 75.0, 71.0, "Q2 2026/27", 65.0, "red", "higher",
         "2026/27", "increase")]


def test_a_bare_actual_beside_a_bare_target_is_this_periods_result_not_a_baseline():
    found = extract(table(["Indicator", "Actual", "Target", "Status"],
                          ["Care assessments completed within 28 days", "67%", "80%", "Red"],
                          ["Re-referrals to social care within 12 months", "18%", "20%", "Green"]))
    assert [(t.measure, t.baseline, t.target, t.actual, t.rag, t.direction) for t in found] == [
        ("Care assessments completed within 28 days", None, 80.0, 67.0, "red", "increase"),
        ("Re-referrals to social care within 12 months", None, 20.0, 18.0, "green", "decrease")]


def test_a_table_printed_as_space_parted_lines_is_read_as_a_table():
    lines = ["Performance indicator  2025/26 value  2026/27 target",
             "Fly-tips cleared within two working days (Minimise)  1,204  900",
             "% of streets cleansed to an acceptable standard  94.1%  95%"]
    found = extract(*[Block(kind="paragraph", page=1, text=line) for line in lines])
    assert [(t.measure, t.target, t.actual, t.actual_period, t.polarity) for t in found] == [
        ("Fly-tips cleared within two working days (Minimise)", 900.0, 1204.0, "2025/26", "lower"),
        ("% of streets cleansed to an acceptable standard", 95.0, 94.1, "2025/26", "higher")]


def test_indicators_achieving_their_targets_is_a_report_not_a_target():
    found = extract(Block(kind="paragraph", page=1,
                          text="That the Panel notes that 65% of indicators are achieving their targets at March 2026."))
    assert found == []


def test_a_target_due_at_the_end_of_march_is_set_for_that_financial_year():
    found = extract(Block(kind="paragraph", page=1,
                          text="We will increase the share of homes with a smart meter to 60% by March 2027."))
    assert [(t.deadline, t.period, t.polarity) for t in found] == [("2027-03", "2026/27", "higher")]


# ---------------------------------------------------------------- plan tables headed by periods


def test_plan_table_headed_by_periods_gives_one_target_per_figure_and_period():
    """School places planned "By 2026-27" open for that academic year, in September 2026."""
    caption = Block(kind="paragraph", page=2, text="Secondary School Places to be Commissioned:")
    table = plan_table(["3FE 120 Year 7 temp places", "0FE 90 Year 7 temp places", "6.5FE", "2FE"],
                       header=("By 2026-27", "By 2027-28", "Between 2028-31", "Post 2031"), pages=[2])
    found = [(t.measure, t.target, t.unit, t.period, t.deadline) for t in extract(caption, table)]
    assert found == [
        ("Secondary School Places to be Commissioned", 3.0, "FE", "2026/27", "2026-09"),
        ("Secondary School Places to be Commissioned: Year 7 temp places", 120.0, "places", "2026/27", "2026-09"),
        ("Secondary School Places to be Commissioned: Year 7 temp places", 90.0, "places", "2027/28", "2027-09"),
        ("Secondary School Places to be Commissioned", 6.5, "FE", "2028-31", "2031"),
        ("Secondary School Places to be Commissioned", 2.0, "FE", "post 2031", None),
    ]


@pytest.mark.parametrize("line,expected", [
    ("A total of 13.5FE across the Plan period and up to 210 temporary Year 7 places", [
        ("Secondary School Places to be Commissioned: total across the Plan period", 13.5, "FE", "Plan period"),
        ("Secondary School Places to be Commissioned: total temporary Year 7 places across the Plan period",
         210.0, "places", "Plan period")]),
    ("A total of 40FE across the county and up to 900 temporary Year 7 places", []),  # adds up nothing above
])
def test_the_line_adding_up_a_plan_table_gives_its_totals(line, expected):
    caption = Block(kind="paragraph", page=2, text="Secondary School Places to be Commissioned:")
    table = plan_table(["3FE 120 Year 7 temp places", "2FE 90 Year 7 temp places", "6.5FE", "2FE"],
                       header=("By 2026-27", "By 2027-28", "Between 2028-31", "Post 2031"), pages=[2])
    total = Block(kind="paragraph", page=2, text=line)
    found = [(t.measure, t.target, t.unit, t.period) for t in extract(caption, table, total)]
    assert found[6:] == expected  # after the table's six: "2FE" by 2027-28 and "2FE" post 2031 are two


def test_plan_table_with_a_measure_column_takes_the_measure_from_each_row():
    table = plan_table(["Homes retrofitted to EPC C", "1,500", "4,000"], ["Public EV charge points", "60", "250"],
                       header=("Measure", "By 2027", "By 2030"))
    found = [(t.measure, t.target, t.deadline) for t in extract(table)]
    assert found == [("Homes retrofitted to EPC C", 1500.0, "2027"), ("Homes retrofitted to EPC C", 4000.0, "2030"),
                     ("Public EV charge points", 60.0, "2027"), ("Public EV charge points", 250.0, "2030")]


def test_table_headed_by_past_years_reports_results_and_is_no_plan():
    caption = Block(kind="paragraph", page=1, text="Fly-tipping incidents cleared:")
    table = plan_table(["1,240", "1,315", "1,402"], header=("2021/22", "2022/23", "2023/24"))
    assert extract(caption, table) == []


# ---------------------------------------------------------------- lists of measures


def test_items_under_a_measures_heading_are_targets_whatever_their_tense():
    blocks = [
        Block(kind="list_item", page=3, text="**Success measures**", marker="*"),
        Block(kind="list_item", page=3, text="Rent arrears are below 2.5% by 2027", marker="•"),
        Block(kind="list_item", page=3, text="Void turnaround falls by 4 days and tenant satisfaction rises by 6%",
              marker="•"),
        Block(kind="list_item", page=3, text="A new tenancy strategy is published", marker="•"),
        Block(kind="list_item", page=3, text="How will we know we are making a difference?", marker="*"),
        Block(kind="list_item", page=3, text="Rent arrears are below 2.5% in 2023", marker="•"),
    ]
    found = [(t.measure, t.target, t.unit) for t in extract(*blocks)]
    assert [(target, unit) for _, target, unit in found] == [(2.5, "%"), (4.0, "days"), (6.0, "%")]
    assert "Rent arrears" in found[0][0] and "tenant satisfaction" in found[2][0]


def test_a_stretch_target_is_not_the_target():
    blocks = [Block(kind="heading", page=1, text="Key performance measures", level=2),
              Block(kind="paragraph", page=1, text="Staff turnover is below 12%, with a stretch target of 10%")]
    assert [(t.target, t.direction) for t in extract(*blocks)] == [(12.0, "decrease")]


def test_split_pairs_of_changes_only_in_commitments_and_never_inside_a_period():
    text = "Missed bins fall by 15% and repeat complaints by 25%"
    assert split_pairs(text) == [text]
    assert split_pairs(text, changes=True) == ["Missed bins fall by 15%", "repeat complaints by 25%"]
    period = "cut first-time entrants by 2% a year between 2011/12 and 2013/14, from 410 to 394"
    assert split_pairs(period, changes=True) == [period]


@pytest.mark.parametrize("text,expected", [
    ("Business rates collected in year: target 98.2%.", "higher"),
    ("The borough's recycling target for 2026/27 is 52%.", "higher"),
    ("Residents satisfied with street cleaning: target 70%.", "higher"),
    ("Pupils attending a good or outstanding school: target 85%.", None),
])
def test_a_target_on_a_good_outcome_is_one_where_more_is_better(text, expected):
    found = extract(Block(kind="paragraph", page=1, text=text))
    assert [t.polarity for t in found] == [expected]


@pytest.mark.parametrize("text,expected", [
    ("Hospital admissions for falls will be in line with the regional average (currently 2,010 per 100,000) "
     "by 2028.", [("Hospital admissions for falls", 2010.0, "per 100,000")]),
    ("Our obesity rate is similar to the regional average (currently 24%).", []),  # where it stands, no aim
])
def test_a_benchmark_to_match_gives_its_printed_level_as_the_target(text, expected):
    found = extract(Block(kind="paragraph", page=1, text=text))
    assert [(t.measure, t.target, t.unit) for t in found] == expected


def test_a_return_to_an_earlier_level_is_due_when_stated_not_when_last_seen():
    found = extract(Block(kind="paragraph", page=1, text=(
        "By 2029, the rate of falls admissions among older people will have reduced by at least 2% "
        "to the rate it was in 2019 (1,840 per 100,000).")))
    assert [(t.measure, t.target, t.unit, t.deadline) for t in found] == [
        ("rate of falls admissions among older people", 1840.0, "per 100,000", "2029")]


@pytest.mark.parametrize("text,expected", [
    ("That the waste service plan for 2026/27, including the composting target of 21.5%, be approved.", "2026/27"),
    ("Keep average waits for a housing assessment to no more than 9 days across 2025/26.", "2025/26"),
    ("Cut the share of pupils persistently absent from 7.3% in 2020/21 to 5%.", None),
    ("Raise the share of homes with fibre from 41% in 2023/24 to 80% by 2027.", None),
])
def test_a_target_naming_one_financial_year_is_set_for_it(text, expected):
    found = extract(Block(kind="paragraph", page=1, text=text))
    assert [t.period for t in found] == [expected]


def test_a_target_stated_as_a_yearly_rate_is_set_per_annum():
    statement = Block(kind="paragraph", page=1,
                      text="The Council aims to cut average sickness absence to 7 days per employee per year.")
    assert [(t.target, t.period) for t in extract(statement)] == [(7.0, "per_annum")]


@pytest.mark.parametrize("title,expected", [
    ("2026/27 priorities and operational planning guidance", "2026/27"),
    ("Quarterly Performance Report 2025-26", "2025/26"),
    ("Late changes to the 2025-26 budget and 2025-29 Medium Term Financial Plan", None),
    ("Eastmere Housing Strategy 2019-2022", None),
    (None, None),
])
def test_a_target_without_date_or_period_is_set_for_the_year_the_paper_is_about(title, expected):
    dated = Block(kind="paragraph", page=1, text="We will cut missed bin collections to 40 a week by March 2027.")
    undated = Block(kind="paragraph", page=1,
                    text="Trusts are expected to deliver the national activity target of 108%.")
    found = targets.extract(layout_of(dated, undated), paper_document(title=title), {})
    assert [t.period for t in found] == ["2026/27", expected]


def test_a_second_header_line_too_long_to_join_leaves_the_target_column_as_it_was():
    from paper_miner.extract.targets import target_tables

    layout = Layout(fmt="pdf", page_texts=[""], blocks=[table(
        ["Outcome", "Target"],
        ["", "of pupils reaching the expected standard at Key Stage 2 by the end of the plan"],
        ["Attainment at Key Stage 2", "Increase from 61% to 66% by 2012"],
    )])
    found = list(target_tables.find(layout, None))  # raised IndexError before
    assert (61.0, 66.0, "2012") in [(t.baseline, t.target, t.deadline) for t in found]


def test_a_change_for_each_of_two_groups_is_two_targets_named_for_their_group():
    statement = Block(kind="paragraph", page=1, text=(
        "By 2030, healthy life expectancy in Northmoor will rise by 2 years for men and 1.5 years for women."))
    found = [(t.measure, t.target, t.unit, t.direction) for t in extract(statement)]
    assert found == [("healthy life expectancy in Northmoor for men", 2.0, "years", "increase"),
                     ("healthy life expectancy in Northmoor for women", 1.5, "years", "increase")]


def test_a_target_for_each_of_two_groups_keeps_the_words_before_the_first_figure():
    text = "Raise the share of pupils reaching the expected standard to 80% for boys and 84% for girls by 2027."
    assert split_pairs(text) == [
        "Raise the share of pupils reaching the expected standard to 80% for boys by 2027.",
        "Raise the share of pupils reaching the expected standard to 84% for girls by 2027."]


def test_a_logframe_statement_is_due_by_its_timescale_cell_not_by_its_baseline_year():
    layout = Layout(fmt="pdf", page_texts=[""], blocks=[plan_table(
        ["Adults who smoke will have fallen from 14.2% in 2021/22 to 9% across Eastmere.", "2029", ""],
        header=("Objectively Verifiable Indicators", "Timescale", "Progress"))])
    found = targets.extract(layout, None, {})
    assert [(t.baseline, t.target, t.deadline) for t in found] == [(14.2, 9.0, "2029")]


def test_a_level_named_before_its_figure_is_the_target_and_an_age_range_is_not():
    statement = Block(kind="paragraph", page=1, text=(
        "We will cut the share of residents aged 16 to 64 out of work from 21% in 2023 "
        "to the pre-pandemic level of 17% in 2019 by 2030."))
    assert [(t.baseline, t.target, t.deadline) for t in extract(statement)] == [(21.0, 17.0, "2030")]


def test_a_time_taken_reported_against_its_target_is_one_target_to_bring_down():
    statement = Block(kind="paragraph", page=1, text=(
        "Over the quarter, the average time taken to process new claims was 21.3 days against a target of 18 days."))
    found = [(t.target, t.unit, t.actual, t.direction, t.polarity) for t in extract(statement)]
    assert found == [(18.0, "days", 21.3, "decrease", "lower")]


def test_a_figure_above_the_target_restates_the_target_of_its_kpi_box():
    box = Block(kind="table", page=3, text="", rows=[
        Row(cells=["Households in temporary accommodation for over 6 months"], page=3),
        Row(cells=["Latest: 14.2% | Target: 12.0%, Floor: 14.5% | Previous: 13.9% (Amber)"], page=3)])
    comment = Block(kind="paragraph", page=2, text=(
        "The share of households in temporary accommodation for over 6 months, at 14.2%, "
        "remains higher than the target of 12.0% but below the floor standard."))
    found = [(t.target, t.actual) for t in extract(comment, box)]
    assert found == [(12.0, 14.2)]


def test_a_scorecard_flattened_into_one_numbered_line_gives_one_target_per_row():
    line = Block(kind="paragraph", page=1, text=(
        "Service Indicators 2023/24 Name Polarity Actual Q4 2022/23 Trend Actual Q4 2023/24 Status Q4 2023/24 "
        "Target Q4 2023/24 1. Missed bin collections (per 100,000 collections) Smaller is better 88 Worse 95 "
        "Not met 80 2. Visitors to Brackwater Leisure Pool Bigger is better 61,200 Better 64,950 Met 60,000 "
        "3. Community halls open for hire Bigger is better 12 Same 12 Pool closed for repairs 4. Homes "
        "improved to the decent standard in 12 weeks Higher is better 71% Better 78% Met 75%"))
    found = [(t.measure, t.target, t.unit, t.deadline, t.actual, t.rag, t.polarity) for t in extract(line)]
    assert found == [
        ("Missed bin collections (per 100,000 collections)", 80.0, "per 100,000", "2024-03", 95.0, "red", "lower"),
        ("Visitors to Brackwater Leisure Pool", 60000.0, "count", "2024-03", 64950.0, "green", "higher"),
        ("Homes improved to the decent standard in 12 weeks", 75.0, "%", "2024-03", 78.0, "green", "higher")]
    # the target for the year's last quarter is the year's; the actual keeps its quarter
    assert {(t.period, t.actual_period) for t in extract(line)} == {("2023/24", "Q4 2023/24")}


def test_a_scorecard_flattened_into_paragraphs_pairs_each_name_with_its_cells():
    """The quarter printed above the header is the period of every column: the target is the
    second quarter's, due at its end."""
    blocks = [Block(kind="paragraph", page=1, text=text) for text in (
        "Q2 2024/25",
        "Value Target Status Short Trend",
        "Number of food premises inspected",
        "412 - N/A",
        "Percentage of invoices paid within 30 days (LPI 7)",
        "96.1% 98%",
        "Invoice payment dipped in August when the finance system was upgraded.")]
    found = [(t.indicator, t.measure, t.target, t.deadline, t.actual, t.actual_period) for t in extract(*blocks)]
    assert found == [("LI 7", "Percentage of invoices paid within 30 days", 98.0, "2024-09", 96.1, "Q2 2024/25")]


def test_a_plan_of_other_outputs_by_year_is_due_at_the_end_of_the_financial_year():
    caption = Block(kind="paragraph", page=1, text="Affordable homes to be delivered:")
    table = plan_table(["150 rented homes", "220 rented homes"], header=("By 2026-27", "By 2027-28"))
    found = [(t.target, t.unit, t.deadline) for t in extract(caption, table)]
    assert found == [(150.0, "homes", "2027-03"), (220.0, "homes", "2028-03")]


def test_a_logframe_measure_restated_later_with_another_date_is_one_target():
    first = Block(kind="paragraph", page=3, text=(
        "By 2029, the proportion of residents who feel unsafe after dark will have fallen from 21% to 15%."))
    later = Block(kind="paragraph", page=9, text=(
        "By 2029/30, the proportion of residents who feel unsafe after dark will have fallen from 21% to 15%."))
    assert [(t.baseline, t.target, t.deadline) for t in extract(first, later)] == [(21.0, 15.0, "2029")]


def test_a_figure_bracketed_with_its_year_after_the_target_is_the_baseline():
    statement = Block(kind="paragraph", page=1, text=(
        "By 2030 the share of bus stops with real-time displays will have increased to at least 70% "
        "(2023/24: Northmoor 52.5%)."))
    assert [(t.baseline, t.target) for t in extract(statement)] == [(52.5, 70.0)]


def test_a_year_opening_a_statement_is_not_its_figure():
    cell = plan_table(["By 2030, we will increase the number of residents who volunteer.", "2030", ""],
                      header=("Objectively Verifiable Indicators", "Timescale", "Progress"))
    assert [(t.target, t.deadline) for t in extract(cell)] == [(None, "2030")]


def test_changing_a_target_from_one_figure_to_another_sets_no_baseline():
    minute = Block(kind="paragraph", page=1, text=(
        "The Cabinet approves the target change for the average time taken to re-let council homes "
        "from 28 days to 32 days."))
    found = [(t.baseline, t.target, t.direction, t.polarity) for t in extract(minute)]
    assert found == [(None, 32.0, "decrease", "lower")]


def test_a_target_change_recommended_then_resolved_is_one_target_named_by_what_it_measures():
    recommended = Block(kind="paragraph", page=1, text=(
        "It is recommended that the Executive approves the target change for staff sickness "
        "[average working days lost per employee] from 8.5 days to 9 days per year."))
    resolved = Block(kind="paragraph", page=2, text=(
        "RESOLVED that the Committee be thanked for its observations and the target change for staff "
        "sickness [average working days lost per employee] from 8.5 days to 9 days per year be approved."))
    assert [(t.measure, t.target) for t in extract(recommended, resolved)] == [
        ("staff sickness [average working days lost per employee] per year", 9.0)]


def test_a_restatement_inside_a_longer_sentence_is_one_target_named_in_fewer_words():
    longer = Block(kind="paragraph", page=1, text=(
        "Officers felt the borough was well placed to raise the composting target to 45% by 2027/28, "
        "with a campaign to follow."))
    shorter = Block(kind="list_item", page=2, text="To raise the composting target to 45% by 2027/28.")
    assert [(t.measure, t.target) for t in extract(longer, shorter)] == [("composting target", 45.0)]


def test_a_report_pointing_back_takes_its_measure_and_figure_from_the_sentence_before():
    paragraph = Block(kind="paragraph", page=1, text=(
        "The average number of households in bed and breakfast was 46 in March 2025. "
        "This is above the target of no more than 30 households."))
    found = [(t.measure, t.target, t.actual, t.direction) for t in extract(paragraph)]
    assert found == [("The average number of households in bed and breakfast", 30.0, 46.0, "decrease")]


def test_a_change_in_percentage_points_from_a_level_gives_the_level_to_reach():
    statement = Block(kind="paragraph", page=1, text=(
        "By 2030, we will cut the share of adults who smoke by 3 percentage points from 14.5%."))
    assert [(t.baseline, t.target, t.unit) for t in extract(statement)] == [(14.5, 11.5, "%")]


def test_two_subjects_each_with_a_modal_and_a_figure_are_two_statements():
    text = ("The share of pupils walking to school will be kept at the current level of 48% and car journeys "
            "to school will have fallen from 31%.")
    assert split_pairs(text) == [
        "The share of pupils walking to school will be kept at the current level of 48%",
        "car journeys to school will have fallen from 31%."]
    cell = plan_table([text, "2030", ""], header=("Objectively Verifiable Indicators", "Timescale", "Progress"))
    found = [(t.measure, t.baseline, t.target, t.direction) for t in extract(cell)]
    assert found == [("share of pupils walking to school", None, 48.0, "maintain"),
                     ("car journeys to school", 31.0, None, "decrease")]


def test_a_day_of_the_month_after_to_is_a_date_not_a_target():
    minute = Block(kind="paragraph", page=1, text=(
        "The regional summit will take place on 30th September to 2nd October and officers will attend."))
    assert extract(minute) == []


def test_a_result_against_the_target_of_the_same_quarter_sets_no_way_to_go():
    card = table(["Indicator", "Actual Q3 2025/26", "Target Q3 2025/26"],
                 ["Business rates collected", "81.2%", "79.0%"], ["Visitors to the town museum", "9,120", "10,000"])
    assert [(t.target, t.actual, t.direction, t.polarity) for t in extract(card)] == [
        (79.0, 81.2, "increase", "higher"),  # more collected is better, whatever the quarter
        (10000.0, 9120.0, "achieve", None)]  # a result short of its target does not say which way is better


SCORECARDS = FIXTURES / "scorecards"
# Variants known to fail: none today.
_SCORECARD_MISSES: set[str] = set()


@pytest.mark.parametrize("name", [pytest.param(p.stem, marks=pytest.mark.xfail(strict=True))
                                  if p.stem in _SCORECARD_MISSES else p.stem
                                  for p in sorted(SCORECARDS.glob("*.txt"))])
def test_scorecard_variants(name):
    """KPI scorecards as text exports print them (tabs, pipes, fixed width, a cell per line,
    two-line headers, page breaks, service headings, worded targets), invented councils:
    the expected records, field by field; a table without a target column gives none."""
    expected = json.loads((SCORECARDS / f"{name}.json").read_text())
    found = targets.extract(arrange(read_paper(SCORECARDS / f"{name}.txt")), None, {})
    assert [t.model_dump(include=set(e)) for t, e in zip(found, expected)] == expected
    assert len(found) == len(expected)


def test_a_rating_shows_which_way_is_better():
    found = extract(table(["Indicator", "Target 2015/16", "Actual Q2 2015/16", "RAG"],
                          ["Visits to the museum", "40,000", "43,120", "Green"],
                          ["Fly-tips reported", "900", "1,020", "Red"],
                          ["Library members", "12,000", "11,400", "Not met"]))
    assert [(t.measure, t.direction, t.polarity, t.rag) for t in found] == [
        ("Visits to the museum", "increase", "higher", "green"),
        ("Fly-tips reported", "decrease", "lower", "red"),
        ("Library members", "increase", "higher", "red")]


def test_a_bound_printed_after_the_figure_and_a_worded_scorecard_target():
    found = extract(table(["Measure", "Target", "Latest"],
                          ["Families in bed and breakfast", "20 or fewer", "26"],
                          ["Customer satisfaction", "Top quartile", "78%"],
                          ["Burglaries", "Data only", "310"]))
    assert [(t.measure, t.target, t.direction) for t in found] == [
        ("Families in bed and breakfast", 20.0, "decrease"), ("Customer satisfaction", None, "achieve")]


def test_a_paragraph_opening_with_a_scorecard_header_is_no_sentence():
    from paper_miner.extract.targets.text_scorecards import opens_with_header
    assert opens_with_header("KPI Target Actual Status Missed bins per 100,000 50 63 Red")
    assert not opens_with_header("Key performance indicators and targets for 2016/17 are set out below.")


def test_a_whole_and_its_shares_are_one_target_each():
    found = extract(Block(kind="paragraph", page=1, text=(
        "By March 2028, the council's spend with firms in the borough will be 50%, with 30% of the "
        "total spend with local small businesses, 12% with social enterprises and 8% with charities.")))
    assert [(t.measure, t.target, t.deadline) for t in found] == [
        ("council's spend with firms in the borough", 50.0, "2028-03"),
        ("total spend with local small businesses", 30.0, "2028-03"),
        ("total spend with social enterprises", 12.0, "2028-03"),
        ("total spend with charities", 8.0, "2028-03")]


_PDF_HEADER = ["PI", "Description", "Target 2018/19", "Actual Q3", "RAG"]
_PDF_ROWS = [["NI 181", "Time taken to process Housing Benefit new claims (days)", "20", "23.4", "Red"],
             ["LPI 4", "Percentage of calls answered within 30 seconds", "≥ 90%", "92.1%", "Green"],
             ["KPI 07", "Number of fly-tipping incidents", "Data only", "388", ""],
             ["HR1", "Working days lost to sickness per FTE", "8.0", "6.9", "Green"]]


@pytest.mark.parametrize("layout", ["ruled", "unruled", "over_a_page_break"])
def test_pdf_scorecard_variants(tmp_path, layout):
    """A scorecard printed in a PDF with cell borders, without them (each row a line of words),
    or continued after a page break under its repeated header: the same three targets."""
    platypus = pytest.importorskip("reportlab.platypus")
    from reportlab.lib.styles import getSampleStyleSheet
    styles = getSampleStyleSheet()

    def table(rows):
        drawn = platypus.Table([_PDF_HEADER] + rows, repeatRows=1)
        if layout != "unruled":
            drawn.setStyle(platypus.TableStyle([("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0))]))
        return drawn

    tables = [table(_PDF_ROWS[:2]), platypus.PageBreak(), table(_PDF_ROWS[2:])] if layout == "over_a_page_break" \
        else [table(_PDF_ROWS)]
    path = tmp_path / f"{layout}.pdf"
    platypus.SimpleDocTemplate(str(path)).build(
        [platypus.Paragraph("Brookfield District Council", styles["Title"]),
         platypus.Paragraph("Quarter 3 performance 2018/19", styles["Heading2"]), *tables,
         platypus.Paragraph("The red indicator is explained below.", styles["Normal"])])
    found = targets.extract(arrange(read_paper(path)), None, {})
    assert [(t.indicator, t.target, t.unit, t.deadline, t.direction, t.actual, t.rag) for t in found] == [
        ("NI 181", 20.0, "days", "2019-03", "decrease", 23.4, "red"),
        ("LI 4", 90.0, "%", "2019-03", "increase", 92.1, "green"),
        ("HR1", 8.0, "days", "2019-03", "decrease", 6.9, "green")]


# ---------------------------------------------------------------- web pages and durations


def _text_paper(tmp_path, text: str):
    path = tmp_path / "page.txt"
    path.write_text(text)
    return targets.extract(arrange(read_paper(path)), None, {})


def test_a_flattened_measures_table_with_a_good_is_column_gives_one_target_per_coded_row(tmp_path):
    found = _text_paper(tmp_path, "\n".join([
        "Corporate Plan priority - Thriving neighbourhoods",
        "Performance measures",
        "Ref Key performance indicators Good is Target 2024/25",
        "TN01 Litter and graffiti:",
        "a) Graffiti reports removed within 5 working days",
        "High 92%",
        "TN02 Number of missed bin collections reported by residents through the contact centre and "
        "online, cumulative Low 1,450 (year to date)",
        "TN03 Affordable homes completed across the borough, including those delivered by housing "
        "association partners High 220 net additional homes",
        "TN04 Energy use in council buildings (offices, depots, leisure centres and libraries) Low 12% "
        "reduction by 2025",
        "TN05 Proportion of council homes with a current gas safety certificate and a smoke alarm on "
        "every floor High New",
        "TN06 Hedgerows and woodland created by the Council on its own land across the borough "
        "High a) 3 kilometres b) 12 Hectares",
        "Back to Corporate Plan homepage"]))
    assert [(t.indicator, t.target, t.unit, t.deadline, t.direction) for t in found] == [
        ("TN01", 92.0, "%", "2025-03", "increase"),
        ("TN02", 1450.0, "count", "2025-03", "decrease"),
        ("TN03", 220.0, "count", "2025-03", "increase"),
        ("TN04", 12.0, "%", "2025-03", "decrease"),
        ("TN06", 3.0, "count", "2025-03", "increase"), ("TN06", 12.0, "count", "2025-03", "increase")]
    assert found[0].measure == "Litter and graffiti: Graffiti reports removed within 5 working days"
    assert [t.measure.split(": ")[-1] for t in found[-2:]] == ["kilometres", "hectares"]
    assert found[1].measure.endswith("through the contact centre and online, cumulative")


def test_a_flattened_table_with_a_polarity_column_in_words(tmp_path):
    found = _text_paper(tmp_path, "\n".join([
        "Code Measure Polarity Target 2023/24",
        "HW 3 Adults supported to live at home Higher is better 1,320 people",
        "HW 4 Average days to arrange a care package Lower is better 14 days"]))
    assert [(t.indicator, t.measure, t.target, t.unit, t.direction) for t in found] == [
        ("HW 3", "Adults supported to live at home", 1320.0, "count", "increase"),
        ("HW 4", "Average days to arrange a care package", 14.0, "days", "decrease")]


@pytest.mark.parametrize("text, expected", [
    ("Improve average response times for emergency repairs to 4 hours by March 2026.",
     (4.0, "hours", "decrease")),
    ("We will answer 90% of calls to the contact centre within 3 minutes by March 2026.",
     (90.0, "%", "increase")),  # a share done within a time, pushed up; the time only defines it
    ("Reduce the average wait at the housing options desk to 25 minutes by 2026.",
     (25.0, "minutes", "decrease")),
    ("Reduce the average time to answer an emergency call to 1 minute 20 seconds by 2026.",
     (80.0, "seconds", "decrease")),
])
def test_a_duration_is_kept_in_its_printed_unit_unless_it_has_two_parts(text, expected):
    found = extract(Block(kind="paragraph", page=1, text=text))
    assert [(t.target, t.unit, t.direction) for t in found] == [expected]


@pytest.mark.parametrize("measure, expected", [
    ("Household waste sent for reuse, recycling and composting", ("increase", "higher")),
    ("Business rates collected", ("increase", "higher")),
    ("Residents satisfied with their local park", ("achieve", "higher")),  # a level of opinion to reach
    ("Visitors to the town museum", ("achieve", None)),
])
def test_a_level_to_reach_on_a_good_outcome_is_a_rise(measure, expected):
    found = extract(table(["Ref", "Measure", "Target 2024/25"], ["PI 7", measure, "62%"]))
    assert [(t.direction, t.polarity) for t in found] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("The percentage of planning appeals dismissed had dropped to 61.5%, with a target of 70%.",
     ("The percentage of planning appeals dismissed", 70.0, 61.5)),
    ("The share of licence applications decided in 10 days had fallen to 72% compared to a 90% target.",
     ("The share of licence applications decided in 10 days", 90.0, 72.0)),
])
def test_a_figure_compared_with_a_target_is_the_targets_actual(text, expected):
    found = extract(Block(kind="paragraph", page=1, text=text))
    assert [(t.measure, t.target, t.actual) for t in found] == [expected]


def test_a_share_of_the_reports_indicators_is_no_target():
    found = extract(Block(kind="paragraph", page=1, text=(
        "The report showed that 64% of performance indicators were on track at the end of 2023/24 and "
        "18% had a red rating against the 2023/24 target.")))
    assert found == []


@pytest.mark.parametrize("text, expected", [
    ("Average wait at the library helpdesk, at 7 minutes 10 seconds, stayed above an aim of 6 minutes.",
     (360.0, 430.0, "seconds")),
    ("Average wait at the library helpdesk, at 9 minutes, stayed above an aim of 6 minutes.",
     (6.0, 9.0, "minutes")),
])
def test_a_reported_time_and_its_target_are_in_one_unit(text, expected):
    found = extract(Block(kind="paragraph", page=1, text=text))
    assert [(t.target, t.actual, t.unit) for t in found] == [expected]


def test_each_item_under_an_aims_lead_in_is_a_target():
    found = extract(
        Block(kind="paragraph", page=1, text="Our targets for the new contract are:"),
        Block(kind="list_item", page=1, marker="•", text="to reuse 8.5% of bulky waste collected"),
        Block(kind="list_item", page=1, marker="•", text="to compost 40% of garden waste"),
        Block(kind="list_item", page=1, marker="•", text="to divert 95% of street sweepings from landfill"),
        Block(kind="paragraph", page=1, text="Last year 31% of garden waste went to landfill."),
        Block(kind="list_item", page=1, marker="•", text="12 depots were inspected"))
    assert [(t.target, t.unit, t.direction) for t in found] == [
        (8.5, "%", "increase"), (40.0, "%", "increase"), (95.0, "%", "increase")]


def test_a_list_under_a_lead_in_that_is_not_an_aim_states_no_targets():
    found = extract(
        Block(kind="paragraph", page=1, text="In 2023/24 the service:"),
        Block(kind="list_item", page=1, marker="•", text="reused 8.5% of bulky waste collected"),
        Block(kind="list_item", page=1, marker="•", text="composted 40% of garden waste"))
    assert found == []


@pytest.mark.parametrize("text", [
    "An increase of council tax in 2027/28 by 2.99% for general services was agreed.",
    "That Council approve a minimum increase in Band D Council Tax of £15 per annum.",
    "The precept line rises by £3.1m, consisting of the proposed Council Tax increase of 1.99%.",
])
def test_council_tax_rises_in_budget_resolutions_are_prices(text):
    assert sets_a_price(text)


@pytest.mark.parametrize("text", [
    "9 (75%) of indicators are currently expected to achieve their year-end target.",
    "Out of the 30 targets for Quarter 2 of 2026, 21 (70%) had been achieved and 9 had not.",
    "The meeting time be moved to 2.30pm to 6pm, with an option to extend to ensure all items are heard.",
])
def test_summaries_of_indicators_and_meeting_times_are_not_targets(text):
    assert extract(Block(kind="paragraph", page=1, text=text)) == []


def opening(*texts: str) -> list[Block]:
    return [Block(kind="paragraph", page=1, text=text) for text in texts]


def test_a_reported_target_has_no_deadline_of_its_own_even_in_a_quarterly_report():
    # as the shared gold records a target performance is reported against: no deadline, "achieve"
    found = extract(*opening("Quarterly Performance Report 2026-27 Quarter Two"), Block(
        kind="list_item", page=1, marker="•", text="Garden waste subscriptions were 5,120 against a target of 4,800."))
    assert [(t.target, t.actual, t.deadline, t.direction) for t in found] == [(4800, 5120, None, "achieve")]


@pytest.mark.parametrize("text,expected", [
    ("Processing times for housing benefit new claims was at 24 days against a target of 18.", (18, "days")),
    ("Rent arrears cases were at 9 days compared a target at 12.", (12, "days")),
    ("Garden waste subscriptions were up at 5,120 against an expectation of 4800.", (4800, "count")),
    ("The share of licence applications decided on time had fallen to 71%, with a target of 90%.", (90, "%")),
])
def test_reported_targets_take_the_unit_of_the_figure_reached(text, expected):
    found = extract(Block(kind="list_item", page=1, marker="•", text=text))
    assert [(t.target, t.unit) for t in found] == [expected]


@pytest.mark.parametrize("text,expected", [
    ("Average working days lost to sickness per member of staff was 7.9 days, an improvement over the 9.4 days "
     "for the same period in the previous year, and inside the 2025 target of 8.5 days.", (8.5, 7.9, "2025")),
    ("Missed bin collections per 100,000 stood at 41, against 55 last year, and well inside the 2024/25 "
     "target of 50.", (50, 41, "2025-03")),
    ("Calls answered within 45 seconds were 88%, compared to 84% in the previous quarter, below the target "
     "of 90%.", (90, 88, None)),
])
def test_a_reported_target_takes_the_figure_reached_not_last_years_and_the_year_it_is_named_for(text, expected):
    found = extract(Block(kind="paragraph", page=1, text=text))
    assert [(t.target, t.actual, t.deadline) for t in found] == [expected]


@pytest.mark.parametrize("text,expected", [
    ("We are also backing community energy groups across the borough to help achieve borough wide emissions "
     "reductions of 68% by 2035, relative to 2005 levels.", ("borough wide emissions reductions", 68, "2035", "decrease")),
    ("The council is working with headteachers to achieve pupil attendance of 95% by 2027.",
     ("pupil attendance", 95, "2027", "achieve")),
])
def test_what_the_council_does_for_an_aim_is_not_the_measure(text, expected):
    found = extract(Block(kind="paragraph", page=1, text=text))
    assert [(t.measure, t.target, t.deadline, t.direction) for t in found] == [expected]


@pytest.mark.parametrize("text,expected", [
    ("We achieved a rent collection rate of 96.4% during 2025/26. Unfortunately this was short of our regular "
     "target of 98%. Arrears rose over the winter.", ("rent collection rate", 98, 96.4)),
    ("Average time to answer calls was 95 seconds in March. However, this is above the corporate target of 60 "
     "seconds.", ("Average time to answer calls", 60, 95)),
])
def test_a_report_pointing_back_after_a_sentence_adverb_takes_the_figure_before(text, expected):
    found = extract(Block(kind="paragraph", page=1, text=text))
    assert [(t.measure, t.target, t.actual) for t in found] == [expected]


def test_commentary_paragraph_opening_with_its_code_names_the_indicator():
    found = extract(Block(kind="paragraph", page=1, text=(
        "HSG 12 – Homes re-let The average time to re-let a home during Q2 was 19.5 days, ahead of "
        "both the set target of 24 days and the equivalent outturn in 2025-26 at 27 days.")))
    assert [(t.indicator, t.target, t.unit, t.direction) for t in found] == [("HSG 12", 24, "days", "decrease")]
    assert found[0].measure.startswith("Homes re-let")


@pytest.mark.parametrize("text,codes", [
    ("Rent collected (BV 066) and bins missed (PI07a)", ["BV 066", "PI07"]),
    ("KPI 05 – sickness absence", ["KPI 05"]),
    ("Fly-tips cleared (LPI 012)", ["LI 12"]),
])
def test_codes_of_other_families_keep_their_printed_number(text, codes):
    assert [c.code for c in find_codes(text)] == codes


def test_a_target_that_is_the_subject_of_its_report():
    found = extract(Block(kind="list_item", page=1, marker="•", text=(
        "Waste and Recycling – missed bins put right by the next working day – the current target was "
        "being exceeded at 97.2% (target 95%).")))
    assert [(t.target, t.actual, t.unit) for t in found] == [(95, 97.2, "%")]
    assert "missed bins put right" in found[0].measure


@pytest.mark.parametrize("text,expected", [
    ("Planning – the number of new homes completed was 1,240, exceeding the target of 1,100.", (1100, 1240)),
    ("Events – attendance was currently 84, a clear improvement on the target of 60.", (60, 84)),
])
def test_a_figure_reached_before_a_comma_is_the_actual(text, expected):
    found = extract(Block(kind="list_item", page=1, marker="•", text=text))
    assert [(t.target, t.actual) for t in found] == [expected]


def test_a_national_target_with_its_own_year_is_a_target_not_a_report():
    found = extract(Block(kind="paragraph", page=1, text=(
        "Performance already exceeds the national target for councils to compost 40% of garden waste by "
        "the end of 2027. Progress here will help towards the government target of 70% reuse by 2040.")))
    assert [(t.target, t.deadline[:4]) for t in found] == [(40, "2027"), (70, "2040")]
    assert found[1].measure.startswith("government target")


def test_a_report_restating_a_scorecard_target_and_its_figure_is_one_record():
    found = extract(
        Block(kind="heading", page=1, text="Carbon emissions from council buildings in tonnes"),
        Block(kind="paragraph", page=1, text="Latest: 8,412 | Target: 9,000, Floor: 9,900 | Previous: 8,730 (Green)"),
        Block(kind="paragraph", page=1, text=(
            "The carbon target for Quarter 3 has been met with a total of 8,412 tonnes compared with the "
            "target of 9,000.")))
    assert [t.target for t in found] == [9000]


def test_a_numbered_kpi_table_flattened_into_lines_with_text_columns_after_the_target(tmp_path):
    """Cells joined by single spaces, a text target that says which way to go is a target with
    no figure, "Data only" is none, and rows alike but for a number are two targets."""
    found = _text_paper(tmp_path, "\n".join([
        "Healthy Communities",
        "No Performance Indicator Target 2025/26 Cabinet Portfolio Lead Officer Plan Reference",
        "1 Number of residents using the home alarm service Higher than previous year Wellbeing Head of Care HC1 / [2a]",
        "2 Number of rough sleepers counted Data only Housing Head of Housing HC2",
        "3 Percentage of parks in Area 1 inspected within agreed timeframes 100% Environment Head of Parks ENV4",
        "4 Percentage of parks in Area 2 inspected within agreed timeframes 100% Environment Head of Parks ENV4",
        "5 Number of new council homes let 120 Housing Head of Housing HC3 / [4b]"]))
    assert [(t.measure, t.target, t.unit, t.deadline, t.direction) for t in found] == [
        ("Percentage of parks in Area 1 inspected within agreed timeframes", 100.0, "%", "2026-03", "achieve"),
        ("Percentage of parks in Area 2 inspected within agreed timeframes", 100.0, "%", "2026-03", "achieve"),
        ("Number of new council homes let", 120.0, "count", "2026-03", "achieve"),
        ("Number of residents using the home alarm service", None, "count", "2026-03", "increase")]


def test_a_coded_kpi_table_with_its_cells_glued_together(tmp_path):
    """No space between cells: the figures are cut into as many as the header has value
    columns, and the indicator's code is read off the start of its row."""
    found = _text_paper(tmp_path, "\n".join([
        "Collection rates",
        "CodeMeasure2022/232023/24Target 2024/25",
        "R4Percentage of rent collected from tenants97.3%97.9%98.5%",
        "R5Average days to relet an empty home31.428.925.0",
        "The collection rate has risen again this year."]))
    assert [(t.indicator, t.measure, t.baseline, t.target, t.unit, t.deadline) for t in found] == [
        ("R4", "Percentage of rent collected from tenants", 97.9, 98.5, "%", "2025-03"),
        ("R5", "Average days to relet an empty home", 28.9, 25.0, "days", "2025-03")]


def test_a_glued_kpi_row_with_a_unit_column_and_a_current_target_of_the_headers_year(tmp_path):
    """"Current Target" under a header that names one year is that year's; the current
    performance of the same year is the actual, not a baseline; a chart caption between rows
    is passed over and a comment after the figures is no part of the row."""
    found = _text_paper(tmp_path, "\n".join([
        "IndicatorUnit2025/26 PerformanceCurrent TargetCurrent PerformanceFrequencyStatusComments",
        "1Percentage of household waste recycledPercentage44.145.044.1QuarterlyAmberGarden waste fell in the dry summer.",
        "Trend Line Chart",
        "2Number of missed bin collections per 100,000Number62.070.062.0MonthlyGreenBelow target all year."]))
    assert [(t.measure, t.baseline, t.target, t.actual, t.deadline) for t in found] == [
        ("Percentage of household waste recycled", None, 45.0, 44.1, "2026-03"),
        ("Number of missed bin collections per 100,000", None, 70.0, 62.0, "2026-03")]


@pytest.mark.parametrize(("run", "count", "cells"), [
    ("98.0%98.2%98.1%", 3, ["98.0%", "98.2%", "98.1%"]),
    ("96.796.696.7", 3, ["96.7", "96.6", "96.7"]),
    ("31.4 28.9 25.0", 3, ["31.4", "28.9", "25.0"]),
    ("1234", 2, None),  # 1|234, 12|34, 123|4: glued whole numbers could be cut anywhere
    ("2.53.14.2", 3, ["2.5", "3.1", "4.2"]),  # "2.53" would leave "1" with no decimals
    ("96.796.6", 3, None),  # fewer figures than value columns
])
def test_glued_figures_are_cut_only_one_way_into_alike_figures(run, count, cells):
    assert split_values(run, count) == cells


def test_a_summary_counting_indicators_by_rating_gives_no_target():
    header = Row(cells=["", "On target", "Near target", "Below target"], page=1)
    rows = [Row(cells=["Priority 1", "12", "4", "2"], page=1), Row(cells=["Priority 2", "8", "5", "1"], page=1)]
    assert list(column_targets(rows, header)) == []


def test_a_level_that_names_a_kind_of_thing_is_no_level_to_reach(tmp_path):
    """"level 4 tactical plans" in an indicator's name is a kind of plan; "level 4 or above" a level."""
    assert _text_paper(tmp_path, "· KPI 3.1.2 – Percentage of site risk records in date - level 2 site plans.") == []
    found = _text_paper(tmp_path, "LI 14 – We aim for every school to reach level 3 or above by 2027.")
    assert [(t.target, t.unit) for t in found] == [(3.0, "level")]


def test_homes_completed_and_land_at_an_acceptable_standard_are_outcomes_to_raise():
    assert higher_is_better("Number of affordable homes completed")
    assert higher_is_better("Percentage of land with acceptable levels of graffiti")
    assert not higher_is_better("Number of homes empty for over six months")


def test_a_flattened_kpi_table_with_its_header_over_two_lines_and_empty_cells(tmp_path):
    """The years on the header's second line go to its value columns in order; a "-" is an
    empty cell; a row whose name holds a number of its own keeps it."""
    found = _text_paper(tmp_path, "\n".join([
        "Ref Measure Actual Target Responsible Officer",
        "2024/25 2025/26",
        "RB1 Average days to process new benefit claims 18.2 15 Head of Revenues",
        "RB2 Percentage of Band 1 debts recovered - 92% Head of Revenues",
        "RB3 Customer calls answered in 60 seconds 81% 85% Customer Services Manager"]))
    assert [(t.indicator, t.measure, t.baseline, t.target, t.unit, t.deadline) for t in found] == [
        ("RB1", "Average days to process new benefit claims", 18.2, 15.0, "days", "2026-03"),
        ("RB2", "Percentage of Band 1 debts recovered", None, 92.0, "%", "2026-03"),
        ("RB3", "Customer calls answered in 60 seconds", 81.0, 85.0, "%", "2026-03")]


def test_a_resolution_that_a_target_be_set_at_a_figure(tmp_path):
    found = _text_paper(tmp_path, "RESOLVED that the target for the number of empty homes returned to use be set at 45.")
    assert [(t.measure, t.target, t.unit) for t in found] == [("number of empty homes returned to use", 45.0, "count")]


def test_a_flattened_kpi_table_without_row_numbers_ends_at_a_sentence():
    """A PDF's table that lost its borders, one paragraph per line: with no number column,
    each line up to the first sentence is a row."""
    found = extract(*[Block(kind="paragraph", page=2, text=text) for text in (
        "Indicator Baseline 2024/25 Target 2025/26 Portfolio Holder",
        "Percentage of household waste sent for reuse, recycling and composting 41% 45% Environment",
        "Average days to re-let council homes 34 28 Housing",
        "Both indicators are reported to Cabinet every quarter, with 12 others.",
        "Number of visits to leisure centres 410,000 450,000 Leisure")])
    assert [(t.measure, t.baseline, t.target, t.unit, t.deadline) for t in found] == [
        ("Percentage of household waste sent for reuse, recycling and composting", 41.0, 45.0, "%", "2026-03"),
        ("Average days to re-let council homes", 34.0, 28.0, "days", "2026-03")]


def test_a_numbered_kpi_table_with_bars_between_its_cells(tmp_path):
    found = _text_paper(tmp_path, "\n".join([
        "Healthy Communities",
        "",
        "No | Performance Indicator | Target 2025/26 | Cabinet Portfolio | Lead Officer |",
        "1 | Number of residents using the home alarm service | Higher than previous year | Wellbeing | Head of Care |",
        "2 | Number of rough sleepers counted | Data only | Housing | Head of Housing |",
        "3 | Number of new council homes let | 120 | Housing | Head of Housing |",
        "4 | Average days lost to sickness per employee | Reduce on previous year | Resources | Head of HR |"]))
    assert [(t.measure, t.target, t.deadline, t.direction) for t in found] == [
        ("Number of new council homes let", 120.0, "2026-03", "achieve"),
        ("Number of residents using the home alarm service", None, "2026-03", "increase"),
        ("Average days lost to sickness per employee", None, "2026-03", "decrease")]


@pytest.mark.parametrize("text,expected", [
    ("Each councillor may ask no more than one question and questions are limited to 20 minutes in total.", True),
    ("A member of the public may address the meeting for up to 3 minutes.", True),
    ("Speeches on a motion will be limited to five minutes.", True),
    ("Keep spend on agency staff limited to 4% of the pay bill by 2027.", False),
    ("Answer 90% of calls within 3 minutes by March 2027.", False),
])
def test_a_cap_on_meeting_business_is_recognised(text, expected):
    assert sets_a_limit(text) is expected


@pytest.mark.parametrize("text", [
    "The number of deputations at any one meeting is limited to three and each will be limited to 5 minutes.",
    "The Band D council tax recommended by the Resources Panel is for an increase of £6.30 per annum, "
    "an equivalent increase of 2.9%.",
])
def test_meeting_rules_and_council_tax_changes_give_no_target(text):
    assert extract(Block(kind="paragraph", page=1, text=text)) == []


@pytest.mark.parametrize("measure,expected", [
    ("percentage of calls answered within 60 seconds", True),
    ("average days lost to sickness per full-time employee", True),
    ("less affordable housing delivered than planned", True),
    ("share of residents who said they feel well informed", True),
    ("Category 1 calls responded to within 7 minutes", True),
    ("Regrettably this was below our usual target", False),
    ("less than and we achieved 3% across the year", False),
    ("there had been a rise in stress related absence", False),
    ("Target is 91% The share of complaints closed in time", False),
    ("The Payroll Manager clarified that days were lost", False),
    ("Cllr Ashby reiterated the wish to get the winter appeal to the target", False),
    ("be moving care out of hospital", False),
    ("based on the spend of the year before", False),
])
def test_a_measure_is_the_name_of_a_quantity(measure, expected):
    assert names_a_quantity(measure) is expected


@pytest.mark.parametrize("text", [
    "Regrettably this was short of our usual target of 90%.",
    "Our target is less than 4% and we achieved 3% across the year.",
    "The Payroll Manager reported that there had been a rise in stress related absences, which came "
    "to 210 days compared to 75 days in 2021/22.",
    "Target is 90% 93% The share of complaints closed within 10 days.",
])
def test_a_sentence_around_a_figure_that_names_no_quantity_gives_no_target(text):
    assert extract(Block(kind="paragraph", page=1, text=text)) == []


def test_an_officer_informing_a_committee_of_a_target_keeps_the_target():
    found = extract(Block(kind="paragraph", page=1, text=(
        "He informed the Panel that the recommendation was that the report be noted and that the target of "
        "8.2 days for sickness absence for 2024/25 be approved.")))
    assert [(t.target, t.unit) for t in found] == [(8.2, "days")]
    assert "sickness absence" in found[0].measure and "informed" not in found[0].measure


def test_a_target_and_an_aim_with_its_own_subject_are_two_targets():
    found = extract(Block(kind="paragraph", page=1, text=(
        "Our answering targets are 85% and we aim to lose no more than 6% of calls to the contact centre.")))
    assert [(t.target, t.direction) for t in found] == [(85.0, "achieve"), (6.0, "decrease")]
    assert "calls" in found[1].measure and "answering" in found[0].measure
    assert not found[1].measure.startswith("we aim")


@pytest.mark.parametrize("text", [
    "Letter received from the residents' association regarding the cut of the speed limit from 40mph to 30mph, "
    "members noted this.",
    "With the need to reduce running costs by 15% the working group found that there was scope to share services.",
])
def test_correspondence_noted_or_a_finding_reported_is_no_target(text):
    assert extract(Block(kind="paragraph", page=1, text=text)) == []


# ---------------------------------------------------------------- generated PDF scorecards
# Scorecards in the layouts council performance reports print, built as PDFs at test time (invented
# councils and indicators): ruled, unruled, horizontal rules only, a shaded header; headers over two
# lines or two rows; service group rows; tables over a page break; wrapped names; units and
# placeholders; a logframe and KPI boxes. Each expects what a careful reader takes from it:
# (code, measure, target, unit, deadline, direction, actual, rag).

_GRID, _RULES_UNDER, _NO_RULES = "grid", "rules under rows", "no rules"
_PH_ROWS = [("PH01", "Smoking quitters at four weeks per 100,000 smokers", "2,300", "2,410", "Green"),
            ("PH02", "Eligible people offered an NHS Health Check", "20%", "17%", "Amber"),
            ("PH03", "Opiate users completing treatment and not returning within six months", "6%", "4.8%", "Red"),
            ("PH04", "Mothers smoking at the time of delivery", "8%", "8.9%", "Amber"),
            ("PH05", "Children receiving a 2 to 2½ year review", "90%", "92%", "Green"),
            ("PH06", "Chlamydia screening detection rate per 100,000 young people", "2,300", "1,680", "Red"),
            ("PH07", "Adults physically active for 150 minutes a week", "66%", "64%", "Amber"),
            ("PH08", "Breastfeeding prevalence at 6 to 8 weeks after birth", "50%", "52%", "Green"),
            ("PH09", "Alcohol-related hospital admissions per 100,000 population", "560", "598", "Red"),
            ("PH10", "Children in reception who are a healthy weight", "78%", "77.5%", "Amber"),
            ("PH11", "Take-up of the flu vaccine among council frontline staff", "60%", "47%", "Red"),
            ("PH12", "Health visitor new birth visits within 14 days", "95%", "96%", "Green")]
_PH_WRAPPED = " as a share of all eligible residents recorded on the system at the end of the quarter, reported a quarter in arrears"


def _ph_expected(suffix: str = "") -> list[tuple]:
    def number(cell: str) -> float:
        return float(cell.rstrip("%").replace(",", ""))
    return [(code, name + suffix, number(target), "%" if target.endswith("%") else "per 100,000" if "100,000" in name
             else "count", "2026-03", "decrease" if name.startswith(("Mothers smoking", "Alcohol")) else "increase",
             number(actual), rag.lower()) for code, name, target, actual, rag in _PH_ROWS]


_SCORECARDS = {
    "ruled, two-line header, code column": dict(
        title="Quarter 2 Performance Report 2025/26", rules=_GRID, widths=[40, 230, 60, 60, 50], rows=[
            ["Ref", "Indicator", "Target\n2025/26", "Q2\nActual", "RAG"],
            ["ASC1", "Adults with learning disabilities in paid employment", "6.5%", "5.9%", "Amber"],
            ["ASC2", "Permanent admissions to care homes aged 65+ per 100,000", "560", "612", "Red"],
            ["HOU3", "Average days to relet council homes", "28 days", "24 days", "Green"]], expected=[
            ("ASC1", "Adults with learning disabilities in paid employment", 6.5, "%", "2026-03", "increase", 5.9, "amber"),
            ("ASC2", "Permanent admissions to care homes aged 65+ per 100,000", 560, "per 100,000", "2026-03", "decrease", 612, "red"),
            ("HOU3", "Average days to relet council homes", 28, "days", "2026-03", "decrease", 24, "green")]),
    "gaps only, landscape, polarity, arrows": dict(
        title="Environment Performance Report Quarter 2 2025/26", rules=_NO_RULES, landscape=True,
        widths=[300, 100, 80, 60, 40, 60], rows=[
            ["Measure", "Polarity", "Q2 2025/26", "Target", "DoT", "Status"],
            ["Household waste sent for reuse, recycling and composting", "Higher is better", "44.2%", "50%", "↑", "Amber"],
            ["Missed bin collections per 100,000 collections", "Lower is better", "61", "50", "↓", "Red"],
            ["Streets meeting the cleanliness standard for litter", "Higher is better", "96%", "95%", "→", "Green"]], expected=[
            (None, "Household waste sent for reuse, recycling and composting", 50, "%", "2026-03", "increase", 44.2, "amber"),
            (None, "Missed bin collections per 100,000 collections", 50, "per 100,000", "2026-03", "decrease", 61, "red"),
            (None, "Streets meeting the cleanliness standard for litter", 95, "%", "2026-03", "increase", 96, "green")]),
    "rules under rows, service groups, floor, units": dict(
        title="People Directorate Performance 2025/26: Quarter 2", rules=_RULES_UNDER, widths=[250, 55, 55, 55, 45], rows=[
            ["Indicator", "Floor", "Target", "Latest", "RAG"], ["Adult Social Care", "", "", "", ""],
            ["Care Act assessments completed within 28 days", "70%", "80%", "67%", "Red"],
            ["Average days from referral to care package starting", "20 days", "12 days", "15 days", "Amber"],
            ["Children's Services", "", "", "", ""], ["Spend on agency social workers", "£1.8m", "£1.2m", "£1.1m", "Green"],
            ["Education, Health and Care Plans issued within 20 weeks", "50%", "60%", "41%", "Red"]], expected=[
            (None, "Care Act assessments completed within 28 days", 80, "%", "2026-03", "increase", 67, "red"),
            (None, "Average days from referral to care package starting", 12, "days", "2026-03", "decrease", 15, "amber"),
            (None, "Spend on agency social workers", 1200000, "GBP", "2026-03", "decrease", 1100000, "green"),
            (None, "Education, Health and Care Plans issued within 20 weeks", 60, "%", "2026-03", "increase", 41, "red")]),
    "shaded header, good is, placeholders": dict(
        title="Corporate Performance Scorecard Q2 2025/26", rules="shaded", widths=[40, 220, 45, 70, 70, 50], rows=[
            ["Code", "Performance indicator", "Good is", "Target 2025/26", "Q2 Actual", "Status"],
            ["CS01", "Calls to the contact centre answered within 2 minutes", "High", "85%", "78%", "Red"],
            ["CS02", "Complaints responded to within 10 working days", "High", "90%", "93%", "Green"],
            ["CS03", "Number of visits to the council website", "High", "Data only", "1,204,310", "n/a"],
            ["CS04", "Online forms completed without staff help", "High", "TBC", "71%", "n/a"],
            ["CS05", "Digital self-service take-up among tenants", "High", "New measure", "n/a", ""],
            ["CS06", "Average wait in the customer service centre", "Low", "10 minutes", "8 minutes", "Green"]], expected=[
            ("CS01", "Calls to the contact centre answered within 2 minutes", 85, "%", "2026-03", "increase", 78, "red"),
            ("CS02", "Complaints responded to within 10 working days", 90, "%", "2026-03", "increase", 93, "green"),
            ("CS06", "Average wait in the customer service centre", 10, "minutes", "2026-03", "decrease", 8, "green")]),
    "rating as a cell colour only": dict(
        title="Resources Performance Report 2025/26 Quarter 2", rules=_GRID, widths=[230, 60, 60, 65, 50],
        colours=["red", "orange", "orange"], rows=[
            ["Indicator", "Actual", "Target", "Tolerance", "Status"], ["Invoices paid within 30 days", "94.1%", "97%", "95%", ""],
            ["Council tax collected in year", "57.2%", "57.5%", "56%", ""],
            ["Working days lost to sickness per employee", "9.2", "8.5", "9.5", ""]], expected=[
            (None, "Invoices paid within 30 days", 97, "%", "2026-03", "increase", 94.1, None),
            (None, "Council tax collected in year", 57.5, "%", "2026-03", "increase", 57.2, None),
            (None, "Working days lost to sickness per employee", 8.5, "days", "2026-03", "decrease", 9.2, None)]),
    "over a page break, header not repeated": dict(
        title="Public Health Performance 2025/26 Quarter 2", rules=_GRID, widths=[40, 270, 55, 55, 50], space=330,
        repeat=0, rows=[["PI", "Indicator", "Target", "Actual", "RAG"], *map(list, _PH_ROWS)], expected=_ph_expected()),
    "over a page break, header repeated, names wrapped over lines": dict(
        title="Public Health Performance 2025/26 Quarter 2", rules=_RULES_UNDER, landscape=True, space=200,
        widths=[40, 430, 70, 70, 60], rows=[
            ["PI", "Indicator description (numerator and denominator as defined in the national outcomes framework)",
             "Target", "Actual", "RAG"], *([c, n + _PH_WRAPPED, t, a, r] for c, n, t, a, r in _PH_ROWS[:6])],
        expected=_ph_expected(_PH_WRAPPED)[:6]),
    "logframe, two target years": dict(
        title="Council Delivery Plan 2025 to 2027", rules=_GRID, widths=[110, 190, 70, 65, 65], rows=[
            ["Outcome", "Measure", "Baseline (2023/24)", "Target 2025/26", "Target 2026/27"],
            ["More affordable homes", "Number of affordable homes delivered", "143", "200", "250"],
            ["Residents feel safe", "Residents who feel safe in their area after dark", "62%", "66%", "70%"],
            ["Cleaner streets", "Fly-tipping incidents cleared within 2 working days", "88%", "95%", "95%"]], expected=[
            (None, "Number of affordable homes delivered", 200, "count", "2026-03", "increase", None, None),
            (None, "Number of affordable homes delivered", 250, "count", "2027-03", "increase", None, None),
            (None, "Residents who feel safe in their area after dark", 66, "%", "2026-03", "increase", None, None),
            (None, "Residents who feel safe in their area after dark", 70, "%", "2027-03", "increase", None, None),
            (None, "Fly-tipping incidents cleared within 2 working days", 95, "%", "2026-03", "increase", None, None),
            (None, "Fly-tipping incidents cleared within 2 working days", 95, "%", "2027-03", "increase", None, None)]),
    "group header over two rows": dict(
        title="Housing Performance Report Quarter 2 2025/26", rules=_GRID, widths=[230, 55, 55, 60, 70], repeat=2,
        span=((1, 0), (2, 0)), rows=[
            ["", "Q2", "", "Target", ""], ["Indicator", "Actual", "Previous", "2025/26", "DoT"],
            ["Affordable homes completed (year to date)", "96", "81", "220", "Improving"],
            ["Households in temporary accommodation", "1,204", "1,150", "1,000", "Worsening"],
            ["Empty homes brought back into use", "37", "40", "80", "Worsening"]], expected=[
            (None, "Affordable homes completed (year to date)", 220, "count", "2026-03", "increase", 96, None),
            (None, "Households in temporary accommodation", 1000, "count", "2026-03", "decrease", 1204, None),
            (None, "Empty homes brought back into use", 80, "count", "2026-03", "increase", 37, None)]),
    "gaps only, polarity after the target, result column": dict(
        title="Climate and Environment Scorecard 2025/26 Q2", rules=_NO_RULES, widths=[45, 220, 60, 55, 60, 45], rows=[
            ["Ref", "Key performance indicator", "Target\n2025/26", "Polarity", "Q2 result", "RAG"],
            ["ENV 1", "Tonnes of residual household waste per household", "0.48", "Lower", "0.51", "Amber"],
            ["ENV 2", "Trees planted on council land", "2,000", "Higher", "1,250", "Green"],
            ["ENV 3", "Fleet mileage from electric vehicles", "25%", "Higher", "11%", "Red"]], expected=[
            ("ENV 1", "Tonnes of residual household waste per household", 0.48, "tonnes", "2026-03", "decrease", 0.51, "amber"),
            ("ENV 2", "Trees planted on council land", 2000, "count", "2026-03", "increase", 1250, "green"),
            ("ENV 3", "Fleet mileage from electric vehicles", 25, "%", "2026-03", "increase", 11, "red")]),
    "status first, actual before target": dict(
        title="Regulatory Services Quarterly Performance 2025/26", rules=_RULES_UNDER, widths=[50, 270, 60, 60], rows=[
            ["Status", "Measure", "Actual Q2", "Target"],
            ["Green", "Licensing applications processed within 10 days", "97%", "95%"],
            ["Red", "Noise complaints responded to within 3 working days", "71%", "90%"],
            ["Amber", "Food hygiene inspections completed on time", "88%", "90%"]], expected=[
            (None, "Licensing applications processed within 10 days", 95, "%", "2026-03", "increase", 97, "green"),
            (None, "Noise complaints responded to within 3 working days", 90, "%", "2026-03", "increase", 71, "red"),
            (None, "Food hygiene inspections completed on time", 90, "%", "2026-03", "increase", 88, "amber")]),
    "rows without padding, quarter over actual, a note under the table": dict(
        title="Workforce Performance Report Quarter 2 2025/26", rules="tight", widths=[240, 70, 70, 60], repeat=2, rows=[
            ["", "Q2", "Target", ""], ["Indicator", "Actual", "2025/26", "DoT"],
            ["Sickness absence days per full-time employee", "4.1 days", "8 days", "Better"],
            ["Staff who completed mandatory training", "88.5%", "95%", "Worse"],
            ["Apprentices employed by the council", "38", "45", "Same"]],
        after=["Note: the sickness figure covers the first six months of the year and will be compared with the "
               "target of 8 days at the year end."], expected=[
            (None, "Sickness absence days per full-time employee", 8, "days", "2026-03", "decrease", 4.1, None),
            (None, "Staff who completed mandatory training", 95, "%", "2026-03", "increase", 88.5, None),
            (None, "Apprentices employed by the council", 45, "count", "2026-03", "increase", 38, None)]),
}


def _scorecard_cell(text: str, header: bool):
    """Every cell a Paragraph, so text wraps inside its column as a word processor's does."""
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph
    text = text.replace("&", "&amp;").replace("\n", "<br/>")
    if any(arrow in text for arrow in "↑↓→"):
        text = f'<font name="DejaVu">{text}</font>'
    return Paragraph(f"<b>{text}</b>" if header else text, getSampleStyleSheet()["BodyText"])


_RULE_STYLES = {_GRID: [("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0))], _NO_RULES: [],
                _RULES_UNDER: [("LINEBELOW", (0, 0), (-1, -1), 0.5, (0.5, 0.5, 0.5))],
                "shaded": [("BACKGROUND", (0, 0), (-1, 0), (0.12, 0.3, 0.47)), ("TEXTCOLOR", (0, 0), (-1, 0), (1, 1, 1)),
                           ("LINEBELOW", (0, -1), (-1, -1), 0.5, (0, 0, 0))],
                "tight": [("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]}


def _scorecard_table(card: dict):
    from reportlab.platypus import Table, TableStyle
    repeat = card.get("repeat", 1)
    header_rows = max(repeat, 1)
    drawn = Table([[_scorecard_cell(c, r < header_rows) for c in row] for r, row in enumerate(card["rows"])],
                  colWidths=card["widths"], repeatRows=repeat)
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"), *_RULE_STYLES[card["rules"]]]
    style += [("BACKGROUND", (len(card["rows"][0]) - 1, r), (len(card["rows"][0]) - 1, r), colour)
              for r, colour in enumerate(card.get("colours", []), start=1)]
    style += [("SPAN", *span) for span in card.get("spans", [card["span"]] if "span" in card else [])]
    drawn.setStyle(TableStyle(style))
    return drawn


def _scorecard_pdf(path: Path, card: dict) -> None:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer
    styles = getSampleStyleSheet()
    story = [Paragraph("Ashcombe Vale District Council", styles["Heading2"]),
             Paragraph("Cabinet 12 November 2025", styles["Normal"]), Paragraph(card["title"], styles["Title"]),
             Paragraph("1. Performance summary", styles["Heading3"]),
             Paragraph("This report sets out performance against the Council Plan indicators.", styles["BodyText"]),
             Spacer(1, card.get("space", 6)), _scorecard_table(card),
             *(Paragraph(text, styles["BodyText"]) for text in card.get("after", []))]
    SimpleDocTemplate(str(path), pagesize=landscape(A4) if card.get("landscape") else A4).build(story)


def _read_targets(path: Path) -> list[tuple]:
    from paper_miner.pipeline import extract_paper
    found = extract_paper(path, "0" * 64).records["targets"]
    return [(t.indicator, t.measure, t.target, t.unit, t.deadline, t.direction, t.actual, t.rag) for t in found]


@pytest.mark.parametrize("layout", list(_SCORECARDS))
def test_generated_pdf_scorecards(tmp_path, layout):
    """One target per indicator row and target column: the indicator's name as printed (all its
    wrapped lines), never a cell value; placeholders ("Data only", "TBC", "New measure") are no
    target; the target year is the column's or, failing that, the report's."""
    pytest.importorskip("reportlab.platypus")
    _register_dejavu()
    path = tmp_path / "scorecard.pdf"
    _scorecard_pdf(path, _SCORECARDS[layout])
    assert _read_targets(path) == [(*row[:2], float(row[2]), *row[3:6], None if row[6] is None else float(row[6]),
                                    row[7]) for row in _SCORECARDS[layout]["expected"]]


_PDF_SCORECARDS = FIXTURES / "pdf_scorecards"
_TARGET_FIELDS = ("indicator", "measure", "baseline", "target", "unit", "deadline", "direction", "actual", "rag")


@pytest.mark.parametrize("name", sorted(p.stem for p in _PDF_SCORECARDS.glob("*.json")))
def test_generated_pdf_scorecards_in_more_council_layouts(tmp_path, name):
    """Scorecards as councils print them (fixtures/targets/pdf_scorecards, each a table and the
    records a careful reader takes from it): quarters after last year's outturn and a long
    commentary column, ruled or not; a period row spanning target and actual columns; target
    and actual in one cell; service rows and units in the header or a unit column; "Baseline
    (2022/23)", "Ambition", "Aim", "Standard" and "Tolerance" columns; ratings as a letter or a
    word, or "Yes"/"No" under "Target met?"; month columns before the target; a unit column's
    own words ("tCO2e"); each year's actual beside that year's target; successive years' targets
    that rise or fall; an action plan's "Measure of success" due "By when"; an outcomes framework
    with a baseline and two target years. A field the fixture lists as unsettled (a known gap, with its reason) is not compared."""
    pytest.importorskip("reportlab.platypus")
    _register_dejavu()
    card = json.loads((_PDF_SCORECARDS / f"{name}.json").read_text())
    path = tmp_path / "scorecard.pdf"
    _scorecard_pdf(path, card)
    from paper_miner.pipeline import extract_paper
    fields = [f for f in _TARGET_FIELDS if f not in card.get("unsettled", {})]
    found = extract_paper(path, "0" * 64).records["targets"]
    assert [{f: getattr(t, f) for f in fields} for t in found] == [{f: e[f] for f in fields} for e in card["expected"]]


_PDF_KPI_BOX_TABLES = FIXTURES / "pdf_kpi_box_tables"


def _kpi_box_pdf(path: Path, card: dict) -> None:
    """One boxed table per indicator, its name in a spanning first row or a heading above it,
    its figures as labelled rows or as a header over one row of values."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle
    styles = getSampleStyleSheet()
    story = [Paragraph("Ashcombe Vale District Council", styles["Heading2"]), Paragraph(card["report"], styles["Title"])]
    for box in card["boxes"]:
        name = Paragraph(f"<b>{box['name']}</b>", styles["BodyText"])
        if card["form"] == "name_row_then_labelled_rows":
            rows, span = [[name, ""], *map(list, zip(box["labels"], box["values"]))], [("SPAN", (0, 0), (1, 0))]
        elif card["form"] == "name_row_then_header_and_values":
            rows, span = [[name, "", ""], box["labels"], box["values"]], [("SPAN", (0, 0), (2, 0))]
        else:
            story.append(Paragraph(box["name"], styles["Heading3"]))
            rows, span = [box["labels"], box["values"]], []
        drawn = Table(rows, colWidths=[380 / len(rows[-1])] * len(rows[-1]))
        drawn.setStyle(TableStyle([*span, ("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0))]))
        story += [drawn, Paragraph("Commentary: demand rose over the winter months.", styles["BodyText"])]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)


@pytest.mark.parametrize("name", sorted(p.stem for p in _PDF_KPI_BOX_TABLES.glob("*.json")))
def test_kpi_boxes_drawn_as_tables_give_one_target_each(tmp_path, name):
    """A KPI box drawn as a small table of its own (fixtures/targets/pdf_kpi_box_tables) is one
    scorecard row: the box's name is the measure, its target, actual and rating cells the
    columns; the quote is the box as printed."""
    pytest.importorskip("reportlab.platypus")
    card = json.loads((_PDF_KPI_BOX_TABLES / f"{name}.json").read_text())
    path = tmp_path / "boxes.pdf"
    _kpi_box_pdf(path, card)
    from paper_miner.pipeline import extract_paper
    found = extract_paper(path, "0" * 64).records["targets"]
    assert [{f: getattr(t, f) for f in _TARGET_FIELDS} for t in found] == card["expected"]
    assert all(t.quote.startswith(box["name"]) for t, box in zip(found, card["boxes"]))


def _register_dejavu() -> None:
    """A font with arrows ("↑ ↓ →") for the direction-of-travel column; skip without one."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    font = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if not font.exists():
        pytest.skip("no DejaVu Sans font for the arrows")
    pdfmetrics.registerFont(TTFont("DejaVu", str(font)))


def test_generated_pdf_kpi_boxes(tmp_path):
    """KPI boxes: the indicator's name as the box's heading, then "Latest | Target | Floor" and a
    rating after its label ("RAG: Red")."""
    platypus = pytest.importorskip("reportlab.platypus")
    from reportlab.lib.styles import getSampleStyleSheet
    styles = getSampleStyleSheet()
    story = [platypus.Paragraph("Castleford Heath District Council", styles["Heading2"]),
             platypus.Paragraph("Performance Report Quarter 2 2025/26", styles["Title"])]
    for name, line, rag in [("Food businesses rated 4 or 5 for hygiene", "Latest: 91% | Target: 90% | Floor: 85%", "Green"),
                            ("Rent collected as a percentage of rent due", "Latest: 96.2% | Target: 98% | Floor: 97%", "Red")]:
        box = platypus.Table([[platypus.Paragraph(f"<b>{name}</b>", styles["Heading4"])], [line], [f"RAG: {rag}"],
                              [platypus.Paragraph("Reviewed monthly by the service manager.", styles["BodyText"])]])
        box.setStyle(platypus.TableStyle([("BOX", (0, 0), (-1, -1), 0.8, (0, 0, 0))]))
        story += [box, platypus.Spacer(1, 14)]
    path = tmp_path / "boxes.pdf"
    platypus.SimpleDocTemplate(str(path)).build(story)
    assert _read_targets(path) == [
        (None, "Food businesses rated 4 or 5 for hygiene", 90.0, "%", "2026-03", "increase", 91.0, "green"),
        (None, "Rent collected as a percentage of rent due", 98.0, "%", "2026-03", "increase", 96.2, "red")]


def test_an_action_tables_measure_cell_with_a_level_to_reach_is_a_target_due_by_its_timescale():
    found = extract(table(["What we will do", "Lead", "Timescale", "Measure of success"],
                          ["Expand home insulation", "Housing", "March 2027", "400 homes insulated"],
                          ["Improve recycling at flats", "Waste", "2026/27", "Recycling rate at flats increased "
                           "from 18% to 30%"],
                          ["Digitise care records", "Adults", "March 2026", "80% of care providers to hold a digital "
                           "record"],
                          ["Recruit foster carers", "Children", "March 2026", "At least 25 new foster households approved"],
                          ["Staff survey", "HR", "2027", "KPI 3: % of staff who rate their manager well 71% (+0.4 p.p.)"],
                          ["Reduce repeat contacts", "Customer", "2026", "Repeat contacts (Q4 baseline 21,000)"],
                          ["Review the customer strategy", "Customer", "December 2025", "Strategy approved by Cabinet"]))
    assert [(t.measure, t.target, t.deadline) for t in found] == [
        ("homes insulated", 400.0, "2027-03"), ("Recycling rate at flats increased", 30.0, "2027-03"),
        ("care providers to hold a digital record", 80.0, "2026-03"),
        ("new foster households approved", 25.0, "2026-03")]


@pytest.mark.parametrize("lead_in, due", [
    ("By March 2027 we will:", "2027-03"),
    ("The key priorities to improve services for residents in 2026/27 are:", "2027-03"),
    ("Our ambitions for 2030", "2030"),
    ("Over the next three years we will:", None),
])
def test_items_under_a_plan_lead_in_are_targets_due_when_it_says(lead_in, due):
    kind = "heading" if not lead_in.endswith(":") else "paragraph"
    found = extract(
        Block(kind=kind, page=1, text=lead_in),
        Block(kind="list_item", page=1, marker="•", text="raise the share of household waste recycled to 52%"),
        Block(kind="list_item", page=1, marker="•", text="invest £2.4m in new play areas"),
        Block(kind="list_item", page=1, marker="•", text="bring 150 empty homes back into use"))
    assert [(t.target, t.unit, t.deadline) for t in found] == [(52.0, "%", due), (150.0, "count", due)]


def test_a_list_under_a_report_of_the_year_is_not_a_plan():
    found = extract(
        Block(kind="paragraph", page=1, text="Over the last year we have:"),
        Block(kind="list_item", page=1, marker="•", text="raised the share of household waste recycled to 52%"),
        Block(kind="list_item", page=1, marker="•", text="brought 150 empty homes back into use"))
    assert found == []


@pytest.mark.parametrize("text, expected", [
    ("Improve street cleanliness, with a minimum of 90% of streets graded B or above in March 2027.",
     (90.0, "%", "2027-03")),
    ("Cut missed bin collections, so that a maximum of 2% of rounds run late by 2026.", (2.0, "%", "2026")),
    ("Deliver 95% of minor planning decisions within eight weeks in 2026/27.", (95.0, "%", "2027-03")),
])
def test_a_share_in_a_plan_imperative_with_a_floor_or_date_is_a_target(text, expected):
    found = extract(Block(kind="list_item", page=1, marker="•", text=text))
    assert [(t.target, t.unit, t.deadline) for t in found] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Tenancy audits completed: 64% (up from 58% in the last quarter) – our target for 2024/25 was 90%.",
     (90.0, "Tenancy audits completed")),
    ("Calls answered in a minute: 71%; the target for the year is 80%.", (80.0, "Calls answered in a minute")),
])
def test_a_result_labelled_by_its_measure_then_the_target_after_a_dash(text, expected):
    found = extract(Block(kind="paragraph", page=1, text=text))
    assert [(t.target, t.measure) for t in found] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Our ambition is for 85% of pupils to walk or cycle to school by 2030.", (85.0, "pupils to walk or cycle to school")),
    ("The partnership's goal is that 60% of new jobs are paid the real Living Wage by 2028.",
     (60.0, "new jobs are paid the real Living Wage")),
])
def test_an_aim_stated_as_what_is_to_be_so_is_a_target(text, expected):
    found = extract(Block(kind="paragraph", page=1, text=text))
    assert [(t.target, t.measure) for t in found] == [expected]


@pytest.mark.parametrize("text", [
    "In 2025 45% of streets were graded B or above.",
    "A minimum of 90% of streets were graded B or above in March 2025.",
    "Residents rated 62% of parks good, a minimum of 10% more than in 2023.",
])
def test_a_share_reported_without_a_commitment_is_no_target(text):
    assert extract(Block(kind="paragraph", page=1, text=text)) == []


@pytest.mark.parametrize("text, expected", [
    ("Together we remain on course to meet the borough's goal of planting 1.5 million new trees.",
     (1500000.0, "planting new trees")),
    ("The council has a target of building 300 affordable homes on brownfield land.",
     (300.0, "building affordable homes on brownfield land")),
    ("This supports our ambition of extending woodland cover by 20,000 trees.",
     (20000.0, "extending woodland cover by trees")),
])
def test_a_goal_named_by_what_it_does_is_a_target(text, expected):
    found = extract(Block(kind="paragraph", page=1, text=text))
    assert [(t.target, t.measure) for t in found] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Plant over 2,000 trees on council verges by 2030.", (2000.0, "2030")),
    ("Increase canopy cover by planting at least 5,000 trees in parks by 2031", (5000.0, "2031")),
    ("Bring 150 empty homes back into use in 2026/27.", (150.0, "2027-03")),
])
def test_a_count_in_a_plan_imperative_with_a_date_is_a_target(text, expected):
    found = extract(Block(kind="list_item", page=1, marker="•", text=text))
    assert [(t.target, t.deadline) for t in found] == [expected]


@pytest.mark.parametrize("text", [
    "Provide £2m for new play areas by 2026.",
    "Planted 1,200 trees across 14 sites by 2024.",
    "The scheme supported at least 40 families last year.",
])
def test_spending_and_counts_already_reached_are_no_targets(text):
    assert extract(Block(kind="list_item", page=1, marker="•", text=text)) == []


def test_the_date_of_a_baseline_is_not_the_deadline():
    found = extract(Block(kind="paragraph", page=1, text=(
        "Against the April 2025 baseline, every depot will raise the share of rounds completed on time "
        "to a minimum of 96%.")))
    assert [(t.target, t.deadline) for t in found] == [(96.0, None)]


@pytest.mark.parametrize("text, expected", [
    ("The target is to bring 12 empty shops back into use and create 30 new homes above them.",
     [(12.0, "empty shops back into use"), (30.0, "new homes above them")]),
    ("We will plant 400 street trees and open 3 new play areas by 2027.",
     [(400.0, "street trees"), (3.0, "new play areas")]),
])
def test_two_counted_actions_under_one_aim_are_two_targets(text, expected):
    found = extract(Block(kind="paragraph", page=1, text=text))
    assert [(t.target, t.measure) for t in found] == expected


@pytest.mark.parametrize("text, expected", [
    ("100% of council taxis low emission or zero emission by end of 2027", (100.0, "%", "2027-12")),
    ("At least 25 new wildflower meadows sown on council verges by 2026", (25.0, "count", "2026")),
])
def test_an_outcome_bullet_with_its_date_is_a_target(text, expected):
    found = extract(Block(kind="list_item", page=1, marker="•", text=text))
    assert [(t.target, t.unit, t.deadline) for t in found] == [expected]


@pytest.mark.parametrize("text", [
    "1,200 trees were planted by 2024",
    "Recycled 48% of household waste by March 2025",
])
def test_a_bullet_reporting_what_was_done_is_no_target(text):
    assert extract(Block(kind="list_item", page=1, marker="•", text=text)) == []


def test_an_outcome_line_in_running_prose_needs_a_commitment():
    found = extract(Block(kind="paragraph", page=1, text="At least 25 new wildflower meadows sown by 2026."))
    assert found == []


def test_a_web_table_of_quarters_after_its_target_column_reads_the_target_not_the_quarters(tmp_path):
    """A saved web page's KPI table: the target column, then one column per quarter, the later
    quarters still empty (trailing spaces); the next table's header ("Performance Indicator
    2021 to 2022 ...", past results only) ends the rows, and its rows are no targets."""
    found = _text_paper(tmp_path, "\n".join([
        "Licensing performance",
        "Performance Indicator Target Q1 (April to June 2024) Q2 (July to September 2024) Q3 (October to December 2024)",
        "Taxi licences issued within 10 days 85% 88%      ",
        "Average weeks to decide a premises licence 6 weeks 5.5 weeks      ",
        "Performance Indicator 2021 to 2022 2022 to 2023",
        "Taxi licences issued within 10 days 79% 84%",
        "Average weeks to decide a premises licence 8 7"]))
    assert [(t.measure, t.target, t.unit) for t in found] == [
        ("Taxi licences issued within 10 days", 85.0, "%"),
        ("Average weeks to decide a premises licence", 6.0, "weeks")]


def test_a_web_table_with_no_name_over_its_indicators_opens_on_the_target_for_the_year(tmp_path):
    found = _text_paper(tmp_path, "\n".join([
        "How the revenues team is doing in 2023/24:",
        "  Target for the year  April to June 2023 July to September 2023 October to December 2023  January to March 2024"
        " Annual result",
        "Days to pay a discretionary housing payment 14 days 16.2 days      ",
        "Days to answer a council tax query 8 days 7.5 days 9.1 days      "]))
    # the quarters end in March: the target is the financial year's, due at its end
    assert [(t.measure, t.target, t.unit, t.direction, t.deadline) for t in found] == [
        ("Days to pay a discretionary housing payment", 14.0, "days", "decrease", "2024-03"),
        ("Days to answer a council tax query", 8.0, "days", "decrease", "2024-03")]


def test_service_standards_are_promises_to_act_within_a_time(tmp_path):
    """Each promise under a lead-in ("When you phone us we aim to:") or opening with "We will"
    is a maximum time; a promise with two times is two; a condition and a promise with no
    time are none, and so is a time in a list under a heading that promises nothing."""
    found = _text_paper(tmp_path, "\n".join([
        "Our customer promise",
        "When you phone us we aim to:",
        "- Pick up your call within four rings.",
        "- Ring you back within two working days if the officer is out.",
        "- Be polite and helpful.",
        "We will see visitors with an appointment within 5 minutes of the booked time.",
        "- If we cannot reply in full within 15 working days, we will tell you why.",
        "Letters and emails",
        "We will acknowledge your email within one working day and send a full reply within 8 working days.",
        "Recent history",
        "- The office moved within three days of the flood."]))
    assert [(t.measure, t.target, t.unit, t.direction) for t in found] == [
        ("Pick up your call", 4.0, "rings", "decrease"),
        ("Ring customers back", 2.0, "working days", "decrease"),
        ("see visitors with an appointment", 5.0, "minutes", "decrease"),
        ("acknowledge your email", 1.0, "working days", "decrease"),
        ("send a full reply", 8.0, "working days", "decrease")]


def test_an_indicator_with_its_figure_after_a_colon_over_a_line_saying_whether_it_met_its_target(tmp_path):
    found = _text_paper(tmp_path, "\n".join([
        "How we did in March", "Share of emergency repairs completed in 24 hours: 97.1%",
        "Target met - Our target is 96%.", "Thank you to our repairs team for their hard work this month."]))
    assert [(t.measure, t.target, t.actual) for t in found] == [
        ("Share of emergency repairs completed in 24 hours", 96.0, 97.1)]


def test_promises_to_act_in_a_time_said_without_within(tmp_path):
    found = _text_paper(tmp_path, "\n".join([
        "When you contact us we'll:", "- Pick up the phone in 30 seconds",
        "- Ring you back by 4pm the next working day if you leave a voicemail",
        "We'll answer your letter in eight working days.", "In 2019 we answered letters in 12 days."]))
    assert [(t.measure, t.target, t.unit) for t in found] == [
        ("Pick up the phone", 30.0, "seconds"), ("Ring customers back", 1.0, "working days"),
        ("answer your letter", 8.0, "working days")]


def test_an_item_labelled_as_a_numbered_target_is_a_commitment_whatever_its_wording():
    found = extract(Block(kind="paragraph", page=1, text="Target 2: Help the creation of 3,500 apprenticeships"),
                    Block(kind="paragraph", page=1, text="Progress: 1,210 (on track)"),
                    Block(kind="paragraph", page=1, text="KPI 4 – Attract £40 million of private investment"))
    assert [(t.target, t.unit) for t in found] == [(3500.0, "count"), (40000000.0, "GBP")]


def test_a_time_labelled_under_each_category_of_repair_is_its_standard(tmp_path):
    found = _text_paper(tmp_path, "\n".join([
        "How quickly we fix things", "Each repair is put in one of these groups:", "Priority one jobs",
        "For example: gas leaks, flooding, no heating in winter", "Timescale: 6 hours", "Priority two jobs",
        "For example: blocked drains, broken locks", "Response time: within 3 working days", "Planned jobs",
        "Timescale: 28 days"]))
    assert [(t.measure, t.target, t.unit, t.direction) for t in found] == [
        ("Priority one jobs", 6.0, "hours", "decrease"), ("Priority two jobs", 3.0, "working days", "decrease"),
        ("Planned jobs", 28.0, "days", "decrease")]


def test_every_promise_on_a_standards_page_is_a_standard_however_worded(tmp_path):
    """On a page about its standards a promise needs no "We will": a passive, a label and its
    time, "the standard for ... is"; the reader's own deadlines and the past are none."""
    found = _text_paper(tmp_path, "\n".join([
        "Our service standards",
        "Planning enquiries are answered within eight working days.",
        "Blocked drains: within six hours",
        "The standard for returning missed bins is two working days.",
        "You can appeal a parking fine within 28 days.",
        "The depot reopened within three days of the fire."]))
    assert [(t.measure, t.target, t.unit, t.direction) for t in found] == [
        ("Planning enquiries are answered", 8.0, "working days", "decrease"),
        ("Blocked drains", 6.0, "hours", "decrease"),
        ("returning missed bins", 2.0, "working days", "decrease")]


def test_standards_labelled_by_a_dash_or_by_the_stage_they_belong_to(tmp_path):
    """"Urgent jobs – within 3 working days" is a label and its time, as with a colon; a promise
    under its own label ("Stage 2: we will ...") keeps the label, so that two stages' replies are
    two standards; a calendar day is a day."""
    found = _text_paper(tmp_path, "\n".join([
        "Grounds maintenance timescales",
        "Urgent jobs such as fallen trees – within 3 working days",
        "Routine jobs such as hedge cutting – within 20 calendar days",
        "Stage 2: we will reply within 15 working days.",
        "Members were thanked for their time."]))
    assert [(t.measure, t.target, t.unit) for t in found] == [
        ("Urgent jobs such as fallen trees", 3.0, "working days"), ("Routine jobs such as hedge cutting", 20.0, "days"),
        ("reply (Stage 2)", 15.0, "working days")]


def test_a_promise_by_the_end_of_the_next_working_day_is_within_one_working_day(tmp_path):
    found = _text_paper(tmp_path, "\n".join([
        "Our service standards", "We will return missed calls by the end of the next working day.",
        "We will acknowledge complaints by the end of the following business day."]))
    assert [(t.measure, t.target, t.unit, t.direction) for t in found] == [
        ("return missed calls", 1.0, "working days", "decrease"),
        ("acknowledge complaints", 1.0, "working days", "decrease")]


def test_standards_under_a_heading_half_way_down_a_page_with_their_cases_labelled(tmp_path):
    """A page about something else may turn to its standards under a line naming them: the
    promises below it are standards until a heading that names none; a case labelled before a
    promise ("Rural areas: The average time ... will be within 14 minutes") names it, and a
    sentence left open with a comma above does not swallow the first case."""
    found = _text_paper(tmp_path, "\n".join([
        "About the service",
        "The authority publishes its accounts and an annual statement of assurance each year.",
        "Our attendance standards",
        "After consulting residents during 2023, these are the attendance times we have set ourselves,",
        "Urban areas: The average time for the first crew to arrive will be within 9 minutes.",
        "Rural areas: The average time for the first crew to arrive will be within 14 minutes.",
        "Budget",
        "The office moved within three days of the flood."]))
    assert [(t.measure, t.target, t.unit, t.direction) for t in found] == [
        ("average time for the first crew to arrive (Urban areas)", 9.0, "minutes", "decrease"),
        ("average time for the first crew to arrive (Rural areas)", 14.0, "minutes", "decrease")]


@pytest.mark.parametrize(("sentence", "measure", "target"), [
    ("Our standard is that the first crew will arrive at a house fire within 9 minutes on 85% of occasions.",
     "first crew arrive at a house fire within 9 minutes", 85.0),
    ("(b) the first appliance to attend road traffic collisions within 15 minutes in 80% of incidents;",
     "first appliance to attend road traffic collisions within 15 minutes", 80.0),
])
def test_a_response_standard_met_on_a_share_of_occasions(tmp_path, sentence, measure, target):
    found = _text_paper(tmp_path, "Response standards\nWe will meet these standards:\n" + sentence)
    assert [(t.measure, t.target, t.unit) for t in found] == [(measure, target, "%")]


def test_a_named_target_on_a_rate_reported_as_met_keeps_its_name_unit_and_per():
    """Results reported in the clause before ("absence had fallen") do not make the named
    target in the next "and that" clause a report; its bound says the way to go."""
    found = extract(Block(kind="paragraph", page=1, text=(
        "The Workforce Manager reported that absence had fallen over the winter and that the long term "
        "absence target of no more than 4 days per employee per year was being met.")))
    assert [(t.measure, t.target, t.unit, t.direction) for t in found] == [
        ("long term absence days per employee per year", 4.0, "days", "decrease")]


@pytest.mark.parametrize("text, measure, target", [
    ("The Director reported that void turnaround in March had dropped below the 28 day target.",
     "void turnaround in March", 28.0),
    ("Licence applications are now being decided inside the 15 day target.",
     "Licence applications", 15.0),
])
def test_a_target_reported_as_met_with_no_figure_reached_names_what_did_it(text, measure, target):
    found = extract(Block(kind="paragraph", page=1, text=text))
    assert [(t.measure, t.target, t.unit, t.direction, t.actual) for t in found] == [
        (measure, target, "days", "decrease", None)]


def test_bullets_run_into_one_line_each_report_a_bracketed_target_with_the_figure_reached():
    found = extract(Block(kind="paragraph", page=1, text=(
        "Highlights • 96% of street lights repaired within 5 days (target: 90%) • Householder applications – "
        "81% (45 of 56) decided on time (target: 75%)")))
    assert [(t.measure, t.target, t.unit, t.actual) for t in found] == [
        ("street lights repaired within 5 days", 90.0, "%", 96.0),
        ("Householder applications", 75.0, "%", 81.0)]


def test_items_under_a_lead_in_naming_service_standards_are_targets():
    found = extract(Block(kind="paragraph", page=1, text="Our service standards are as follows:"),
                    Block(kind="list_item", page=1, text="Reply to 95% of letters within 10 working days", marker="-"),
                    Block(kind="list_item", page=1, text="Monthly reports on call volumes to the Board", marker="-"))
    assert [(t.target, t.unit) for t in found] == [(95.0, "%")]


def test_we_on_track_for_a_target_names_no_measure():
    assert extract(Block(kind="paragraph", page=1, text="We are on track to meet the 95% target.")) == []


def test_net_zero_by_a_year_is_a_target_with_no_figure_and_the_interim_figure_keeps_its_date():
    found = extract(Block(kind="paragraph", page=1, text=(
        "The Council has committed to cut its greenhouse gas emissions to net zero by 2035, with an interim "
        "reduction of 60% by 2028.")))
    assert [(t.measure.startswith("net zero"), t.target, t.deadline, t.direction) for t in found] == [
        (True, None, "2035", "achieve"), (False, 60.0, "2028", "decrease")]
    assert found[0].measure == "net zero greenhouse gas emissions"


@pytest.mark.parametrize("text, deadline", [
    ("The new depot supports the authority's net-zero 2035 pledge.", "2035"),
    ("Fleet changes will help reach our 2032 target of becoming net zero.", "2032"),
    ("The plan's vision is for the borough to become a carbon neutral borough by 2045.", "2045"),
    ("Priority 2: Make the council's depots and offices carbon neutral by 2031", "2031"),
])
def test_net_zero_named_with_its_year_as_a_pledge_or_a_council_to_become_is_a_target(text, deadline):
    found = extract(Block(kind="paragraph", page=1, text=text))
    assert [(t.target, t.deadline, t.direction) for t in found] == [(None, deadline, "achieve")]


def test_net_zero_already_reached_is_no_target():
    assert extract(Block(kind="paragraph", page=1, text=(
        "Last year the depot was carbon neutral in 2023 and we have reduced fleet mileage by 12%."))) == []


@pytest.mark.parametrize("text,expected", [
    # Time taken against a target, whatever the measure is called: keep it down.
    ("Changes in circumstances for council tax support took 6 days against a target of 4.", (4.0, "days", "decrease")),
    ("At Brackwell the average call handling time was 7 minutes, above our aim of 6 minutes.",
     (6.0, "minutes", "decrease")),
    # A target of nothing can only be reached by going down.
    ("The target for the number of households in bed and breakfast for more than six weeks was set at 0.",
     (0.0, "count", "decrease")),
    # A share done within a time short of all of it: push it up.
    ("Complaints answered within agreed timescales were 81% against a target of 90%.", (90.0, "%", "increase")),
    ("Searches returned within statutory timeframes reached 88%, short of the 95% target.", (95.0, "%", "increase")),
    ("At Hollin Vale the share of invoices paid within 30 days was 92% against a target of 97%.",
     (97.0, "%", "increase")),
])
def test_a_level_to_reach_with_no_way_printed_takes_the_way_of_what_it_measures(text, expected):
    found = extract(Block(kind="paragraph", page=1, text=text))
    assert [(t.target, t.unit, t.direction) for t in found] == [expected]


def test_a_share_done_in_time_held_at_all_or_coming_back_is_not_pushed_up():
    found = extract(Block(kind="paragraph", page=1, text=(
        "Our target is that 100% of child protection cases are reviewed within required timescales.")),
        Block(kind="paragraph", page=2, text=(
            "The target for cases reopened within 6 months is 18%, and 21% were reopened this quarter.")))
    assert [(t.target, t.direction) for t in found] == [(100.0, "achieve"), (18.0, "achieve")]


def test_a_scorecard_without_a_latest_column_reads_the_way_from_its_measures():
    """Target column first: time taken falls, a share in time rises."""
    found = extract(table(["Target 2025/26", "Performance indicator (Eastmoor District Council)"],
                          ["75%", "Minor applications decided within 8 weeks"],
                          ["30 weeks", "Mean weeks taken to decide a major application"],
                          ["80%", "Householder appeals decided within 3 months"]))
    assert [(t.target, t.unit, t.direction) for t in found] == [
        (75.0, "%", "increase"), (30.0, "weeks", "decrease"), (80.0, "%", "increase")]


@pytest.mark.parametrize("text", [
    "The Council agreed a pay award of 4% for all staff and a 6% increase for grades 1 to 3.",
    "Increase all points within grades C to H by 4%.",
    "Raise the minimum rate for grade A to £12.90 per hour (a 6% uplift).",
    "The annual revenue impact of a 0.5% rise in interest rates would be £1.2m.",
    "Limits on the revenue effect over one year of a 1% rise or fall in interest rates are:",
])
def test_pay_awards_and_interest_rate_tests_are_no_targets(text):
    assert extract(Block(kind="paragraph", page=1, text=text)) == []


def test_a_gap_in_pay_to_close_is_still_a_target():
    found = extract(Block(kind="paragraph", page=1, text=(
        "Northfold Borough Council aims to reduce its gender pay gap to 5% by 2028.")))
    assert [(t.target, t.deadline, t.direction) for t in found] == [(5.0, "2028", "decrease")]


@pytest.mark.parametrize("text,expected", [
    ("The committee agreed that the target of 8.5 days for sickness absence for 2026/27 be adopted.",
     (8.5, "2026/27", "2027-03")),
    ("We achieved a total service level of 72% during the financial year 2024/25. Unfortunately this was short "
     "of our regular target of 80%.", (80.0, "2024/25", "2025-03")),
    # a year of the starting level is no year the target is set for
    ("Ashcombe aims to raise the share of pupils walking to school from 38% in 2023/24 to 45%.", (45.0, None, None)),
])
def test_a_target_set_for_a_financial_year_is_due_at_its_end(text, expected):
    found = extract(Block(kind="paragraph", page=1, text=text))
    assert [(t.target, t.period, t.deadline) for t in found] == [expected]


@pytest.mark.parametrize("header", [["Annual Target", "Actual Absence"], ["Latest Performance", "Target 2025/26"]])
def test_a_cell_per_line_table_with_no_heading_over_its_names_reads_each_name_then_its_figures(tmp_path, header):
    """A web table's blank top-left cell is lost when it is flattened one cell a line: the
    header names only the figures' columns, in either order, and each row opens on its name."""
    figures = [["8.5", "9.1"], ["3.2%", "3.6%"]]
    if header[0].startswith("Latest"):
        figures = [list(reversed(pair)) for pair in figures]
    found = _text_paper(tmp_path, "\n".join([
        "Staff absence at Wexcombe Borough Council for April 2025 to March 2026 is set out below:",
        *header,
        "Average days lost per employee (Corporate)", *figures[0],
        "Percentage of working time lost (Corporate)", *figures[1],
        "A full breakdown is given in Appendix B to the report."]))
    assert [(t.measure, t.target, t.unit, t.direction, t.actual) for t in found] == [
        ("Average days lost per employee (Corporate)", 8.5, "days", "decrease", 9.1),
        ("Percentage of working time lost (Corporate)", 3.2, "%", "decrease", 3.6)]


def test_two_lines_of_column_names_over_prose_are_no_table(tmp_path):
    found = _text_paper(tmp_path, "\n".join([
        "Annual Target", "Actual Position",
        "The service will report its results to the next meeting of the committee.",
        "Members noted the update."]))
    assert found == []


@pytest.mark.parametrize("lead_in", [
    "This Council calls on the Government to:",
    "Ask the Leader to write to the Chancellor and the Health Secretary, seeking the following:",
])
def test_what_a_motion_asks_of_the_government_is_no_target(lead_in):
    found = extract(Block(kind="paragraph", page=1, text=lead_in),
                    Block(kind="list_item", page=1, marker="1.", text="Lower the voting age to 16."),
                    Block(kind="list_item", page=1, marker="2.",
                          text="Require a winning candidate to achieve 50% of the vote after transfers."),
                    Block(kind="paragraph", page=1,
                          text="Stowbridge Council will reduce its carbon emissions by 40% by 2030."))
    assert [(t.target, t.deadline) for t in found] == [(40.0, "2030")]


def test_time_a_service_gives_is_not_kept_down():
    found = extract(Block(kind="paragraph", page=1, text=(
        "Library opening hours at Marlow Cross were 52 hours a week against a target of 60 hours.")))
    assert [(t.target, t.unit, t.direction) for t in found] == [(60.0, "hours", "achieve")]


def test_a_standard_or_aim_column_is_a_target_only_beside_a_column_reporting_on_it():
    fees = table(["Service", "Standard", "Concession"], ["Swimming, adult session", "£5.20", "£3.10"],
                 ["Bulky waste collection, up to 3 items", "£32.00", "£16.00"])
    scorecard = table(["Service measure", "Standard", "Latest"], ["Missed bins put right next working day", "98%", "96%"])
    assert extract(fees) == []
    assert [(t.measure, t.target, t.actual) for t in extract(scorecard)] == [
        ("Missed bins put right next working day", 98.0, 96.0)]


def test_a_kpi_box_table_printing_target_and_actual_under_the_name_row_stays_a_box():
    boxes = table(["Household waste recycled"], ["Target: 50% Actual: 47%"], ["Streets free of litter"],
                  ["Target: 95% Actual: 97%"])
    assert [(t.measure, t.target, t.actual) for t in extract(boxes)] == [
        ("Household waste recycled", 50.0, 47.0), ("Streets free of litter", 95.0, 97.0)]


def test_a_dashboard_card_prints_its_latest_figure_between_name_and_target(tmp_path):
    found = _text_paper(tmp_path, "\n".join([
        "Housing", "", "Affordable homes completed (2025/26)", "88", "Target: 120", "Behind target", "",
        "Empty homes brought back into use (2025/26)", "41", "Target: 35", "Ahead of target"]))
    assert [(t.measure, t.target, t.actual) for t in found] == [
        ("Affordable homes completed (2025/26)", 120.0, 88.0), ("Empty homes brought back into use (2025/26)", 35.0, 41.0)]


@pytest.mark.parametrize("line, expected", [
    ("Indicator: Streets graded B or better for litter   Target: 92%   Actual: 89%",
     ("Streets graded B or better for litter", 92.0, 89.0)),
    ("Measure - Volunteer hours given in the parks | Target: 4,000 | Actual (Apr-Sep): 2,150",
     ("Volunteer hours given in the parks", 4000.0, 2150.0)),
    ("Tenancies sustained beyond twelve months   Target 2025/26: 90%   Q2: 86.5%   Status: Amber",
     ("Tenancies sustained beyond twelve months", 90.0, 86.5)),
])
def test_a_kpi_line_naming_its_indicator_before_its_figures(line, expected):
    found = extract(Block(kind="paragraph", page=1, text="Appendix 2 - indicators"), Block(kind="paragraph", page=1, text=line))
    assert [(t.measure, t.target, t.actual) for t in found] == [expected]


def test_a_rating_labelled_within_a_kpi_line_is_its_rag():
    found = extract(Block(kind="paragraph", page=1, text="Fly-tips removed within two days"),
                    Block(kind="paragraph", page=1, text="Target: 90% Actual: 84% Status: Amber"))
    assert [(t.target, t.actual, t.rag) for t in found] == [(90.0, 84.0, "amber")]


@pytest.mark.parametrize("sentence, expected", [
    ("The Service Manager reported that in the third quarter 81% of complaints had been answered within ten days, "
     "against a target of 85%.", ("complaints answered within ten days", 85.0, 81.0)),
    ("In Quarter 1, 96% of supplier invoices were settled within 20 days against a target of 98%.",
     ("supplier invoices settled within 20 days", 98.0, 96.0)),
    ("Crews reached life-risk incidents within 10 minutes on 68% of occasions, against the Service's standard of 75%.",
     ("Crews reached life-risk incidents within 10 minutes on", 75.0, 68.0)),
])
def test_a_figure_reached_against_a_target_or_standard(sentence, expected):
    found = extract(Block(kind="paragraph", page=1, text=sentence))
    assert [(t.measure, t.target, t.actual) for t in found] == [expected]


def test_a_scorecard_row_read_again_with_its_actual_as_target_is_one_target(tmp_path):
    found = _text_paper(tmp_path, "\n".join([
        "Ref Indicator Target Q3 Actual RAG",
        "HS1 Percentage of rent collected 97.5% 96.8% Amber",
        "HS2 Average days to relet a council home 28 31 Red"]))
    assert [(t.indicator, t.target, t.actual) for t in found] == [("HS1", 97.5, 96.8), ("HS2", 28.0, 31.0)]


def test_numbered_items_under_a_targets_heading_are_targets(tmp_path):
    found = _text_paper(tmp_path, "\n".join([
        "6. Service targets for 2025/26",
        "6.1 Answer 90% of licensing enquiries within 5 working days.",
        "6.2 Inspect 100% of high-risk premises when due.",
        "6.3 Keep working with the traders' association on the market.",
        "", "7. Resources", "The service has six officers."]))
    assert [(t.target, t.unit, t.deadline) for t in found] == [(90.0, "%", "2026-03"), (100.0, "%", "2026-03")]


def test_an_aim_over_a_list_of_shares_is_one_target_per_share():
    found = extract(Block(kind="paragraph", page=1, text=(
        "We aim to reply to 80% of calls within 45 seconds, 90% of emails within 3 working days and 95% of letters "
        "within 10 working days.")))
    assert [t.target for t in found] == [80.0, 90.0, 95.0]
    assert [t.measure for t in found] == ["calls replied to within 45 seconds", "emails replied to within 3 working days",
                                          "letters replied to within 10 working days"]


def test_a_bound_on_a_target_is_not_part_of_its_measure():
    found = extract(Block(kind="paragraph", page=1, text="Our target is fewer than 40 missed bins per 100,000 collections."))
    assert [(t.measure, t.target, t.direction) for t in found] == [("missed bins per 100,000 collections", 40.0, "decrease")]


@pytest.mark.parametrize("sentence, expected", [
    ("We beat our target of 40 new allotment plots, with 52 let by the year end.", ("new allotment plots", 40.0, 52.0)),
    ("Performance against the eight-minute attendance standard of 80% was 74.5% in the first half of the year.",
     ("eight-minute attendance standard", 80.0, 74.5)),
])
def test_a_target_printed_before_the_figure_reached(sentence, expected):
    found = extract(Block(kind="paragraph", page=1, text=sentence))
    assert [(t.measure, t.target, t.actual) for t in found] == [expected]


def test_two_figures_reached_in_one_sentence_each_against_its_own_target():
    found = extract(Block(kind="paragraph", page=1, text=(
        "We answered 88.2% of calls within a minute, just short of our 90% target, and 99.1% of emails within "
        "two days, ahead of our target of 95%.")))
    assert [(t.target, t.actual) for t in found] == [(90.0, 88.2), (95.0, 99.1)]
    assert "just" not in found[0].measure


def test_a_target_cell_qualifying_its_figure_gives_the_rows_indicator_its_target(tmp_path):
    found = _text_paper(tmp_path, "\n".join([
        "Housing performance 2025/26",
        "MEASURE | TARGET | OUTTURN |",
        "---|---|---|",
        "Rent collected | 99%+ of Rent Debit in Year | 98.4% |",
        "Former tenant debt | Max. 3.0% of Annual Rent Debit | 3.4% |",
        "Gas safety checks completed | 100% of Homes with Gas | 99.9% |"]))
    assert [(t.measure, t.target, t.actual) for t in found] == [
        ("Rent collected (of Rent Debit in Year)", 99.0, 98.4),
        ("Former tenant debt (of Annual Rent Debit)", 3.0, 3.4),
        ("Gas safety checks completed (of Homes with Gas)", 100.0, 99.9)]
    assert found[1].direction == "decrease"  # "Max." bounds it from above


def test_a_target_for_a_named_thing_of_a_figure():
    found = extract(Block(kind="paragraph", page=1, text=(
        "The service keeps a target for minor adaptations of 20 days, which was met this year.")))
    assert [(t.measure, t.target, t.unit) for t in found] == [("minor adaptations", 20.0, "days")]


def test_a_named_bodys_target_to_do_something_met_by_the_figure_reached():
    found = extract(Block(kind="paragraph", page=1, text=(
        "The county's reuse rate of 57.2 per cent is above the Westmere Waste Partnership Strategy target to "
        "divert 55 per cent of bulky items.")))
    assert [(t.measure, t.target, t.actual) for t in found] == [("The county's reuse rate", 55.0, 57.2)]


def test_a_target_someone_set_counts_what_follows_its_figure():
    found = extract(Block(kind="paragraph", page=1, text=(
        "The Council set a new target of 1,500 volunteers for the parks, and reached 1,720.")))
    assert [(t.measure, t.target) for t in found] == [("volunteers", 1500.0)]


def test_numbered_targets_run_into_their_lead_in():
    found = extract(Block(kind="paragraph", page=1, text=(
        "The Board has agreed targets for its key indicators for 2027 as follows :- 1 At least 70 per cent of "
        "residents feel safe after dark 2 Bring 40 empty shops back into use 3 Over 95 per cent of streets "
        "graded clean 4 Review the parking strategy.")))
    assert [(t.target, t.unit, t.deadline) for t in found] == [(70.0, "%", "2027"), (40.0, "count", "2027"),
                                                               (95.0, "%", "2027")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Average number of days to relet an empty home (target = 18 days)", ("Average number of days to relet an empty home", 18.0, "days")),
    ("% of council homes meeting the Westmere Homes Quality Standard (target = 100%)",
     ("% of council homes meeting the Westmere Homes Quality Standard", 100.0, "%")),
])
def test_an_indicator_with_its_target_bracketed_after_an_equals_sign(text, expected):
    """A standard named in capitals is what the indicator measures, not a target reported on."""
    found = extract(Block(kind="paragraph", page=1, text=text))
    assert [(t.measure, t.target, t.unit) for t in found] == [expected]


def test_numbered_targets_listed_under_a_paragraph_ending_in_their_lead_in(tmp_path):
    found = _text_paper(tmp_path, "\n".join([
        "The partnership reviews its plan every year. Its members have agreed targets for the town centre for 2028 "
        "as follows:",
        "1 At least 60 per cent of shop units occupied", "2 Open 3 new public toilets", "3 Hold a review of parking."]))
    assert [(t.target, t.unit, t.deadline) for t in found] == [(60.0, "%", "2028"), (3.0, "count", "2028")]


def test_a_list_under_a_lead_in_to_targets_missed_is_no_list_of_aims(tmp_path):
    found = _text_paper(tmp_path, "The two targets not met this year are as follows:\n"
                                  "1 At least 60 per cent of shop units occupied\n2 At least 75 per cent of "
                                  "residents satisfied with the market\n")
    assert found == []


def test_a_share_in_per_cent_words_is_a_share():
    found = extract(Block(kind="paragraph", page=1, text=(
        "We aim to ensure that at least 65 per cent of street litter bins are emptied daily by 2030.")))
    assert [(t.target, t.unit, t.deadline) for t in found] == [(65.0, "%", "2030")]


@pytest.mark.parametrize(("lines", "expected"), [
    pytest.param(["Parks and Streets Q2 2025/26", "Measure Target Q2 Status",
                  "Play areas inspected within 7 days 95% 97.5% Green", "Fly-tips cleared 96% 91% Red"],
                 [("Play areas inspected within 7 days", 95.0, 97.5, "increase"), ("Fly-tips cleared", 96.0, 91.0, "increase")],
                 id="a title run into the header, a quarter's column, a measure with a figure of its own"),
    pytest.param(["Housing Options Scorecard Target 25/26 Q1 actual Trend RAG",
                  "% of households helped to stay in their home 60% 64% ↑ G",
                  "% of calls abandoned 5% 4% ↑ G"],
                 [("% of households helped to stay in their home", 60.0, 64.0, "decrease"),
                  ("% of calls abandoned", 5.0, 4.0, "decrease")],
                 id="a short year after the target, a trend arrow after the figures, rows opening on a %"),
    pytest.param(["Contact Centre Target Q1 Q2", "Calls answered 90% 86% 88%", "Call backs kept 95% 96% 94%"],
                 [("Calls answered", 90.0, 88.0, "increase"), ("Call backs kept", 95.0, 94.0, "increase")],
                 id="short rows under a header naming no indicator column"),
    pytest.param(["Indicator Target Achieved", "At least 90% of phone calls picked up within 45 seconds* 90% 86.1%",
                  "New tenancies signed within 28 days of offer 95% 97%",
                  "Planned repairs: jobs done by the date agreed (not counting those the tenant moved) 95% 92.2%",
                  "* Counted from the time the call joins the queue, 95% of them last year."],
                 [("At least 90% of phone calls picked up within 45 seconds*", 90.0, 86.1, "increase"),
                  ("New tenancies signed within 28 days of offer", 95.0, 97.0, "increase"),
                  ("Planned repairs: jobs done by the date agreed (not counting those the tenant moved)", 95.0, 92.2,
                   "achieve")],
                 id="an achieved column, two rows at one target, a footnote under them"),
])
def test_a_scorecard_a_web_page_flattened_to_single_spaced_lines(tmp_path, lines, expected):
    """Quarters as columns ("Q2", "Q1 actual"), the last filled one the latest; a participle
    such as "kept" names what is counted, not a level to keep; a share of calls abandoned is
    one to bring down."""
    found = _text_paper(tmp_path, "\n".join(lines))
    assert [(t.measure, t.target, t.actual, t.direction) for t in found] == expected


def test_coded_rows_with_the_same_target_are_each_their_own_indicator(tmp_path):
    """Two coded rows alike in name and figure ("GS1 Gas checks ... 100%", "GS3 Electrical
    checks ... 100%") are two indicators: a row's latest figure does not make the next a report
    restating it."""
    found = _text_paper(tmp_path, "\n".join([
        "Code  Measure                              Target   Actual",
        "GS1   Gas appliance checks in date          100%     99.6%",
        "GS2   Electrical installation checks        100%     97.2%",
        "GS3   Lift safety checks in date            100%     100%"]))
    assert [(t.indicator, t.target, t.actual) for t in found] == [
        ("GS1", 100.0, 99.6), ("GS2", 100.0, 97.2), ("GS3", 100.0, 100.0)]


def test_shares_to_do_within_a_time_listed_under_what_we_will_do(tmp_path):
    """"We will determine:" over "i) 65% of prior approval notices within 8 weeks; and" /
    "ii) 90% of ... within 6 weeks.": the lead-in's verb names what is done in time."""
    found = _text_paper(tmp_path, "\n".join([
        "Conservation service plan", "We will determine:",
        "i) 65% of prior approval notices within 8 weeks; and",
        "ii) 90% of tree works notices within 6 weeks."]))
    assert [(t.measure, t.target, t.unit) for t in found] == [
        ("prior approval notices determined within 8 weeks", 65.0, "%"),
        ("tree works notices determined within 6 weeks", 90.0, "%")]


def test_cards_saved_a_cell_a_line_give_one_target_each(tmp_path):
    """Two cards alike but for their stage's number are two indicators, not one restated."""
    found = _text_paper(tmp_path, "\n".join([
        "Licensing performance", "", "Stage 1 appeals heard within 20 days", "Target", "90%", "Actual", "84%",
        "Stage 2 appeals heard within 20 days", "Target", "90%", "Actual", "93%"]))
    assert [(t.measure, t.target, t.actual) for t in found] == [
        ("Stage 1 appeals heard within 20 days", 90.0, 84.0), ("Stage 2 appeals heard within 20 days", 90.0, 93.0)]


@pytest.mark.parametrize(("lines", "expected"), [
    pytest.param(["Our complaints procedure", "This means you will get a reply to your letter within 7 working days "
                  "of receipt, and a full answer within 15 working days."],
                 [("get a reply to your letter", 7.0, "working days"), ("a full answer", 15.0, "working days")],
                 id="what you will receive, two promises in one sentence"),
    pytest.param(["Clinical waste collections", "If a collection is missed through our error we aim to collect it "
                  "within two working days."],
                 [("collect it (If a collection is missed through our error)", 2.0, "working days")],
                 id="a promise under the case it covers"),
    pytest.param(["Street lighting service levels", "Faults we repair", "• dangerous column - 2 hours from report",
                  "• lamp out - 10 full working days"],
                 [("dangerous column", 2.0, "hours"), ("lamp out", 10.0, "working days")],
                 id="a case and its time after a dash, on a page about service levels"),
])
def test_promises_worded_for_the_reader_or_under_their_case(tmp_path, lines, expected):
    found = _text_paper(tmp_path, "\n".join(lines))
    assert [(t.measure, t.target, t.unit) for t in found] == expected


def test_a_maximum_time_met_on_a_share_of_occasions_is_a_response_standard_anywhere(tmp_path):
    found = _text_paper(tmp_path, "Attending emergencies\nOur crews aim to arrive quickly. The target time for the "
                        "first crew is a maximum of 12 minutes, met on at least 80 per cent of occasions.")
    assert [(t.target, t.unit) for t in found] == [(80.0, "%")]


def test_a_scorecard_saved_a_cell_a_line_gives_a_target_per_row_and_period(tmp_path):
    """Years printed in one run and "Actual"/"Target" in another pair in order; the code on its
    own line is the row's indicator, and a row short of cells (its empty ones lost) gives none."""
    found = _text_paper(tmp_path, "\n".join([
        "Licensing indicators", "Indicator", "Ref", "2023/24 2024/25", "2025/26 2026/27", "Actual", "Actual",
        "Target", "Target", "Licence applications decided in 10 days", "LIC01", "88% 91%", "93%", "95%",
        "Street trading consents issued", "LIC02", "70%", "80%",
        "Scrap metal licences renewed on time", "LIC03", "99%", "97%", "100%", "100%"]))
    assert [(t.indicator, t.target, t.period, t.baseline) for t in found] == [
        ("LIC01", 93.0, "2025/26", 91.0), ("LIC01", 95.0, "2026/27", 91.0),
        ("LIC03", 100.0, "2025/26", 97.0), ("LIC03", 100.0, "2026/27", 97.0)]


@pytest.mark.parametrize(("table", "expected"), [
    pytest.param("| Area | Standard (minutes) | Latest |\n| --- | --- | --- |\n| Town centre | 6 | 5.5 |\n"
                 "| Outlying villages | 14 | 15.2 |",
                 [("Town centre", 6.0, "minutes", 5.5), ("Outlying villages", 14.0, "minutes", 15.2)],
                 id="a standard with its unit in brackets"),
    pytest.param("| Action/Timescales | Target | Achieved 2024/25 |\n| --- | --- | --- |\n"
                 "| Emergency lighting faults fixed within 48 hours | 98% | 96.1% |\n"
                 "| Routine lighting faults fixed within 20 days | 90% | 93.5% |",
                 [("Emergency lighting faults fixed within 48 hours", 98.0, "%", 96.1),
                  ("Routine lighting faults fixed within 20 days", 90.0, "%", 93.5)],
                 id="the first column named for its timescales too, an achieved column"),
])
def test_a_scorecard_table_names_its_columns_in_other_words(tmp_path, table, expected):
    found = _text_paper(tmp_path, table)
    assert [(t.measure, t.target, t.unit, t.actual) for t in found] == expected


@pytest.mark.parametrize(("lines", "expected"), [
    pytest.param(["Council tax response times", "| Letters from customers | We aim to send a full answer within 12 working days |",
                  "|---|---|", "| Refund requests | We aim to pay refunds within an average of 7 working days |"],
                 [("send a full answer (Letters from customers)", 12.0, "working days"),
                  ("pay refunds (Refund requests)", 7.0, "working days")],
                 id="a table of promises under their rows' labels"),
    pytest.param(["Parks   Current standard", "Broken swings Within 2 working days of being reported to us by phone",
                  "Benches repaired within 10 working days.",
                  "Needles and syringes Removed within 4 hours during the working day"],
                 [("Broken swings", 2.0, "working days"), ("Benches repaired", 10.0, "working days"),
                  ("Needles and syringes Removed", 4.0, "hours")],
                 id="rows of a flattened standards table: a label and its time"),
])
def test_standards_printed_as_a_table(tmp_path, lines, expected):
    found = _text_paper(tmp_path, "\n".join(lines))
    assert [(t.measure, t.target, t.unit) for t in found] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    pytest.param("Check the fee and write to the applicant within 5 days, for 95% of applications.",
                 ("Check the fee and write to the applicant within 5 days", 95.0), id="for a share of the cases"),
    pytest.param("98% of food hygiene inspections to be completed within 21 days of the due date.",
                 ("food hygiene inspections completed within 21 days", 98.0), id="a share to be done within a time"),
])
def test_a_share_of_cases_done_within_a_time_is_a_standard(tmp_path, sentence, expected):
    found = _text_paper(tmp_path, f"Environmental health service standards\n{sentence}")
    assert [(t.measure, t.target, t.unit) for t in found] == [(*expected, "%")]


def test_a_four_figure_code_in_a_code_column_is_its_indicator():
    assert cell_code("HOU0412").code == "HOU0412" and cell_code("KPI 2024 results") is None


def test_a_response_standard_after_a_dash_met_a_share_of_the_time(tmp_path):
    found = _text_paper(tmp_path, "\n".join([
        "Our response standards", "The Authority has set these standards:",
        "  • For the first crew at a house fire in a town - 9 minutes 80% of the time",
        "  • For the first crew at a house fire in a village - 14 minutes 80% of the time"]))
    assert [(t.measure, t.target, t.unit) for t in found] == [
        ("first crew at a house fire in a town - 9 minutes", 80.0, "%"),
        ("first crew at a house fire in a village - 14 minutes", 80.0, "%")]


@pytest.mark.parametrize(("sentence", "expected"), [
    pytest.param("But, despite the wet autumn, green waste tonnage stayed above the 40% target at just over 43.5%.",
                 ("green waste tonnage", 40.0, 43.5), id="a concession before the subject, the level hedged"),
    pytest.param("Library visits remained below the 85% target at 79.2% for the quarter.",
                 ("Library visits", 85.0, 79.2), id="a level after the target"),
])
def test_the_level_a_measure_stood_at_after_the_target_it_is_compared_with(tmp_path, sentence, expected):
    found = _text_paper(tmp_path, sentence)
    assert [(t.measure, t.target, t.actual) for t in found] == [expected]


def test_two_net_zero_aims_in_one_sentence_are_two_targets(tmp_path):
    found = _text_paper(tmp_path, "We have set a target of the Council's own estate being net zero by 2030 and of "
                                  "helping households and firms across the district to reach net zero by 2045.")
    assert [(t.measure, t.deadline) for t in found] == [("net zero", "2030"), ("net zero", "2045")]


def test_a_plan_for_every_one_of_something_by_a_year_is_a_target(tmp_path):
    found = _text_paper(tmp_path, "The fleet strategy includes a plan for every council van to run on electricity by no "
                                  "later than 2029, with a further aim of an electric refuse fleet.")
    assert [(t.measure, t.target, t.deadline) for t in found] == [("every council van to run on electricity", None, "2029")]


def test_a_net_zero_aim_is_named_for_what_reaches_it_and_restating_it_makes_no_second_target(tmp_path):
    found = _text_paper(tmp_path, "We have pledged to be a carbon neutral authority across our own estate "
                                  "by 2027.\n\nWe will bring our emissions down to net zero by 2041. Meeting our net zero "
                                  "2041 goal will take every service.")
    assert [(t.measure, t.deadline) for t in found] == [("carbon neutral authority across our own estate", "2027"),
                                                        ("net zero emissions", "2041")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The borough is working towards net zero carbon (CO2) emissions by 2028 as an organisation and 2042 as a "
     "borough.", [("net zero carbon emissions as an organisation", "2028"), ("net zero carbon emissions as a borough", "2042")]),
    ("The plan renews our commitments to carbon neutrality as an authority by 2031 and as a county by 2044.",
     [("carbon neutral as an authority", "2031"), ("carbon neutral as a county", "2044")]),
])
def test_one_net_zero_aim_with_a_year_for_each_scope_is_a_target_per_scope(tmp_path, text, expected):
    """"... by 2028 as an organisation and 2042 as a borough": the same aim, due in two years
    for two scopes, is two targets, each named with its scope."""
    assert [(t.measure, t.deadline) for t in _text_paper(tmp_path, text)] == expected


def test_a_plan_to_add_a_list_of_counts_is_a_target_per_count(tmp_path):
    """"a workforce plan settled with the fire chief to hire 60 more firefighters, 25 more
    on-call crew and 12 more control staff": a plan to add things, dated or not, is a target
    per count, named by the things and the verb, never by the lead-in's words."""
    found = _text_paper(tmp_path, "Our review of the budget has produced a workforce plan with the Fire Authority to "
                                  "hire 60 more firefighters, 25 more on-call crew and 12 more control staff.")
    assert [(t.measure, t.target, t.unit) for t in found] == [
        ("more firefighters to hire", 60.0, "count"), ("more on-call crew to hire", 25.0, "count"),
        ("more control staff to hire", 12.0, "count")]


def test_a_plans_counted_pledges_are_targets_due_by_the_plans_last_year(tmp_path):
    """A corporate plan's pledges to reach a number of things need no date ("Create
    600 new apprenticeships"): each is due by the last year the plan's title spans; a whole and
    its parts ("of which ...") are a target each; a rate's base and a row of an action table
    are none."""
    path = tmp_path / "plan.txt"
    path.write_text("\n".join([
        "Eastmere Borough Council", "Corporate Plan 2024-2028", "Our pledges",
        "Create 600 new apprenticeships for local young people.",
        "Deliver 900 new homes, of which 500 should be for social rent and 400 for shared ownership.",
        "Cut the number of grass fires per 10,000 residents.", "",
        "Action | Lead | Target date", "Plant 150 street trees | Parks Manager | March 2026"]) + "\n")
    layout = arrange(read_paper(path))
    found = targets.extract(layout, paper_document(**describe(layout).model_dump()), {})
    assert [(t.measure, t.target, t.deadline) for t in found] == [
        ("new apprenticeships for local young people", 600.0, "2028"), ("new homes", 900.0, "2028"),
        ("new homes for social rent", 500.0, "2028"), ("new homes for shared ownership", 400.0, "2028")]


def test_a_flattened_scorecard_with_its_name_column_above_and_end_of_year_columns(tmp_path):
    """A web page's scorecard flattened a row a line: the indicator column's name on a line of
    its own above the value columns ("End of 26/27 target", "Actual 26/27 end of year", "End
    of 25/26"), a long name's figures wrapped onto the line below it, and a "Previous" column
    after the target that is no target."""
    found = _text_paper(tmp_path, "\n".join([
        "Quarter 2 – July to September 2026", "Key performance measure",
        "Actual 26/27 end of year End of 26/27 target  End of 25/26",
        "Tenants satisfied with the handling of complaints (year to date) 64.0% 70.0% 61.3%",
        "Council homes that passed their annual fire door check (at quarter end)",
        "99.6% 100% 99.9%", "", "Measure Actual Target Previous",
        "Rent arrears as a share of the rent due 3.1% 2.8% 3.3%"]))
    assert [(t.measure, t.target, t.actual, t.deadline) for t in found] == [
        ("Tenants satisfied with the handling of complaints (year to date)", 70.0, 64.0, "2027-03"),
        ("Council homes that passed their annual fire door check (at quarter end)", 100.0, 99.6, "2027-03"),
        ("Rent arrears as a share of the rent due", 2.8, 3.1, None)]


def test_a_line_naming_an_indicator_its_latest_figure_and_its_target_is_a_box(tmp_path):
    """"Calls answered within a minute*: 81.5% | Target: 85% |": the indicator, its latest figure
    after a colon, its target in a cell of its own; a box a copy broke over two lines ("... :
    77% |" over "Target: 80% |") is one box."""
    found = _text_paper(tmp_path, "\n".join([
        "Performance for July to September 2026",
        "Calls answered within a minute*: 81.5% | Target: 85% |",
        "Empty homes let within 30 days: 77% ** |", "Target: 80% |",
        "Repairs done at the first visit: 90% | Target: 92% |"]))
    assert [(t.measure, t.target, t.actual) for t in found] == [
        ("Calls answered within a minute", 85.0, 81.5), ("Empty homes let within 30 days", 80.0, 77.0),
        ("Repairs done at the first visit", 92.0, 90.0)]


def test_a_list_under_a_lead_in_to_reach_targets_is_the_targets(tmp_path):
    """"We must again reach the regional targets of:" over a list of shares done in a time: each
    item is a target the paper's body is to meet."""
    found = _text_paper(tmp_path, "\n".join([
        "Targets this year", "As last year, the service is required to meet the regional targets of:",
        "  • 80 per cent of emergency repairs within four hours; and",
        "  • 90 per cent of urgent repairs within three days."]))
    assert [(t.measure, t.target, t.unit) for t in found] == [
        ("emergency repairs within four hours", 80.0, "%"), ("urgent repairs within three days", 90.0, "%")]


def test_the_nations_net_zero_aims_are_not_the_papers_targets(tmp_path):
    found = _text_paper(tmp_path, "The UK Government is committed in law to net zero by 2050 and the Welsh Government "
                                  "to net zero by 2050 as well, while this Council has pledged to reach net zero by 2030.")
    assert [(t.measure, t.deadline) for t in found] == [("net zero", "2030")]


def test_a_first_column_headed_by_a_word_for_figures_still_names_the_rows(tmp_path):
    """"Performance | 2022/23 Value | 2023/24 Value | 2023/24 Target": the dated columns are the
    values and the target; the first names the indicators."""
    found = _text_paper(tmp_path, "\n".join([
        "| Performance | 2022/23 Value | 2023/24 Value | 2023/24 Target |", "| --- | --- | --- | --- |",
        "| Percentage of planning appeals dismissed | 71% | 68% | 70% |",
        "| Percentage of tenants satisfied with repairs | 83% | 85% | 88% |"]))
    assert [(t.measure, t.target, t.baseline, t.actual) for t in found] == [
        ("Percentage of planning appeals dismissed", 70.0, 71.0, 68.0),
        ("Percentage of tenants satisfied with repairs", 88.0, 83.0, 85.0)]


def test_a_councils_net_zero_aim_in_line_with_the_governments_is_its_own(tmp_path):
    found = _text_paper(tmp_path, "In line with the Welsh Government's ambition, the Council has committed to be "
                                  "net zero by 2030.")
    assert [t.deadline for t in found] == ["2030"]


def test_times_of_day_are_no_figures():
    """"8am to 8pm" says when a service is open, no figure to reach."""
    assert quantities("Respond to voicemail within 3 working hours (8am to 8pm, 9.30 a.m. on Saturdays)") == [("3", 3.0)]


def test_a_promise_list_goes_on_past_the_standards_read_from_it(tmp_path):
    """A "We will:" list whose first items are timed standards keeps its later counted aims."""
    found = _text_paper(tmp_path, "\n".join([
        "Our promises", "We will:", "- answer 80% of calls within 30 seconds",
        "- hold 12 tenant forums each year", "- keep you informed"]))
    assert [(t.target, t.unit) for t in found] == [(80.0, "%"), (12.0, "count")]


def test_a_flattened_header_saved_one_column_name_a_line(tmp_path):
    """"Indicator" / "Target" / "Q2 Actual" over rows "name target actual": one header, each row
    read once (not again as a sentence under the first part of the header)."""
    found = _text_paper(tmp_path, "\n".join([
        "Key performance indicators", "Indicator", "Target", "Q2 Actual",
        "Average time to relet empty homes 20 days 31 days", "Percentage of rent collected 98% 97.1%",
        "Average time for urgent repairs 4 hours 5 hours"]))
    assert [(t.measure, t.target, t.unit, t.actual) for t in found] == [
        ("Average time to relet empty homes", 20.0, "days", 31.0), ("Percentage of rent collected", 98.0, "%", 97.1),
        ("Average time for urgent repairs", 4.0, "hours", 5.0)]


def test_a_commitment_card_with_its_result_labelled_under_the_target(tmp_path):
    """A promise, "Target: ..." under it, then the result labelled ("Performance: 86%", "Target
    met:" over its figure): the result is the actual, never a target of its own."""
    found = _text_paper(tmp_path, "\n".join([
        "Our commitments", "Answer calls to the contact centre within 2 minutes.", "Target: 90%", "Performance: 86%",
        "Send a full answer to emails inside 10 working days.", "Target: 10 working days", "Target met:", "*7.5 working days",
        "Repair street lights within 5 days.", "Target: 95%", "Target missed: 91%"]))
    assert [(t.target, t.unit, t.actual) for t in found] == [(90.0, "%", 86.0), (10.0, "working days", 7.5),
                                                             (95.0, "%", 91.0)]
    assert found[1].measure == "Send a full answer to emails inside 10 working days"


def test_a_standards_table_flattened_under_its_title_run_into_the_next_line(tmp_path):
    found = _text_paper(tmp_path, "\n".join([
        "Why we publish our timings", "We publish these timings every year.",
        "Customer service standards", "How quickly we deal with",
        "your letters, emails and messages left for officers",
        "Email query Reply sent within 2 working days",
        "Full reply to letters 85% within 15 working days"]))
    assert [(t.measure, t.target, t.unit) for t in found] == [
        ("Email query Reply sent", 2.0, "working days"), ("Full reply to letters within 15 working days", 85.0, "%")]


def test_a_date_over_a_list_gives_its_items_their_deadline(tmp_path):
    found = _text_paper(tmp_path, "\n".join([
        "Our climate plan", "Key targets", "By 2027:", "- cut emissions from our buildings by 120 tCO2e",
        "- plant 5,000 trees", "By the end of March 2030:", "- reduce emissions by 60%"]))
    assert [(t.target, t.unit, t.deadline) for t in found] == [
        (120.0, "tCO2e", "2027"), (5000.0, "count", "2027"), (60.0, "%", "2030-03")]


@pytest.mark.parametrize("sentence, year", [
    ("The trust's pledge is that the hospital will be net zero for its direct emissions by 2036.", "2036"),
    ("We will be carbon neutral across our estate by 2032.", "2032"),
])
def test_net_zero_for_its_own_part_by_a_year(sentence, year):
    found = extract(Block(kind="paragraph", page=1, text=sentence))
    assert [(t.deadline, t.direction) for t in found] == [(year, "achieve")]


def test_indicator_cards_of_labelled_lines(tmp_path):
    """"Indicator:" / "Target:" / "Actual:" / "Status:" lines, card after card: the label is no
    part of the name, and the status is the card's rating."""
    found = _text_paper(tmp_path, "\n".join([
        "Quarterly performance report", "Indicator: Household waste recycled", "Target: 55%", "Actual: 51.2%",
        "Status: Amber", "Indicator: Days to process benefit claims", "Target: 18 days", "Actual: 16.5 days",
        "RAG rating: Green"]))
    assert [(t.measure, t.target, t.actual, t.rag) for t in found] == [
        ("Household waste recycled", 55.0, 51.2, "amber"), ("Days to process benefit claims", 18.0, 16.5, "green")]


def test_dashboard_cards_whose_target_line_has_no_colon(tmp_path):
    found = _text_paper(tmp_path, "\n".join([
        "Performance dashboard", "", "Web chats answered in one minute", "88%", "Target 90%",
        "Supplier bills paid inside a month", "97%", "Target 95%"]))
    assert [(t.measure, t.target, t.actual) for t in found] == [
        ("Web chats answered in one minute", 90.0, 88.0), ("Supplier bills paid inside a month", 95.0, 97.0)]


def test_a_target_column_headed_with_a_month_and_year_is_due_that_month(tmp_path):
    found = _text_paper(tmp_path, "\n".join([
        "Service plan measures", "Measure | Baseline (2023) | Target (March 2027)",
        "Residents who feel safe after dark | 61% | 70%", "Fly-tipping incidents per year | 1,240 | 900"]))
    assert [(t.target, t.baseline, t.deadline) for t in found] == [(70.0, 61.0, "2027-03"), (900.0, 1240.0, "2027-03")]


def test_whoever_delivers_a_list_of_counted_outputs_each_is_a_target(tmp_path):
    """"The schemes are expected to deliver more than 3,000 new jobs, more than 4,000 new homes ...": each
    output to the date is a target, named by what is delivered, not by who delivers it."""
    found = _text_paper(tmp_path, "The programme funds 14 schemes, which between them are expected to deliver more than "
                                  "3,000 new jobs, more than 4,000 new homes and more than 15,000 square metres of floorspace "
                                  "by 2026/27.")
    assert [(t.measure, t.target, t.deadline) for t in found] == [
        ("new jobs", 3000.0, "2027-03"), ("new homes", 4000.0, "2027-03"),
        ("square metres of floorspace", 15000.0, "2027-03")]


@pytest.mark.parametrize("text", ["The council will deliver 3,000 new jobs by 2027.",
                                  "The schemes are set to deliver 3,000 new jobs by 2027."])
def test_a_count_to_deliver_is_named_without_its_deliverer(text):
    found = extract(Block(kind="paragraph", page=1, text=text))
    assert [(t.measure, t.target) for t in found] == [("new jobs", 3000.0)]


def test_a_delay_in_weeks_is_no_count_to_deliver():
    assert extract(Block(kind="paragraph", page=1, text="The new depot will open 2 weeks late.")) == []


@pytest.mark.parametrize("text", [
    "Ambulance handover performance in June 2026 was 81.2%, down from 84.0% in May. That was short of the trajectory "
    "of 85%, with attendances up.",
    "Ambulance handover performance in June 2026 was 81.2%, below the trajectory of 85%."])
def test_a_recovery_trajectory_is_the_target_a_result_is_reported_against(text):
    """The level a recovery plan expects by now is measured against as a target is; the figure a
    result is "down from" is the month before, not the result."""
    found = extract(Block(kind="paragraph", page=1, text=text))
    assert [(t.target, t.actual) for t in found] == [(85.0, 81.2)]
    assert found[0].measure.startswith("Ambulance handover performance")


def test_a_standard_named_after_its_figure_with_the_result_after_it():
    found = extract(Block(kind="paragraph", page=1, text=(
        "Performance against the 95% Two Week Wait (TWW) standard improved to 93.4% at the end of June 2026.")))
    assert [(t.measure, t.target, t.actual) for t in found] == [("Two Week Wait (TWW) standard", 95.0, 93.4)]


def test_bullets_under_how_success_will_be_measured_are_targets(tmp_path):
    """A plan's "How we will measure success" over bullets that state levels: each is a target
    whatever its wording ("No more than 4% ...", "At least 90% of ... to ...")."""
    found = _text_paper(tmp_path, "\n".join([
        "Workforce Plan 2026-2029: How we will measure success",
        "- No more than 4% of working time lost to sickness across the council.",
        "- At least 90% of managers to finish the leadership course each year."]))
    assert [(t.target, t.unit, t.direction) for t in found] == [(4.0, "%", "decrease"), (90.0, "%", "increase")]


def test_a_promise_after_a_when_clause_and_before_a_second_promise():
    """The case a promise is for is no part of it; a second promise after ", and we aim to" is
    read as any statement (a level to keep below is a ceiling)."""
    found = extract(Block(kind="paragraph", page=1, text=(
        "If you call the contact centre we will answer 85% of calls within 90 seconds, and we aim to keep the "
        "share of calls dropped below 6%.")))
    assert [(t.measure, t.target, t.direction) for t in found] == [("calls answered within 90 seconds", 85.0, "increase"),
                                                                  ("share of calls dropped", 6.0, "decrease")]


@pytest.mark.parametrize("text, measure, target", [
    ("The Council should aim to bring the average wait for a housing assessment below 10 days by March 2027.",
     "average wait for a housing assessment", 10.0),
    ("It was AGREED that the Board should aim to bring staff turnover below 11% by March 2027, and that a "
     "retention plan be reported to the next meeting.", "staff turnover", 11.0),
    ("We aim to keep the share of missed bins under 0.5%.", "share of missed bins", 0.5)])
def test_a_level_to_bring_something_below_is_its_target(text, measure, target):
    found = extract(Block(kind="paragraph", page=1, text=text))
    assert [(t.measure, t.target) for t in found] == [(measure, target)]


def test_aims_listed_in_the_infinitive_after_our_targets_are(tmp_path):
    """"Our targets for ... are to A, to have no B and to cut C": one target per aim; "no"
    families is an aim of none."""
    found = _text_paper(tmp_path, "Our targets for 2026/27 are to rehouse at least 70% of applicants within 8 weeks, "
                                  "to have no rough sleepers on the streets for more than two nights, and to cut "
                                  "households in hostels from 95 to 60 by March 2027.")
    assert [(t.target, t.unit, t.direction) for t in found] == [(70.0, "%", "increase"), (0.0, "count", "decrease"),
                                                                (60.0, "count", "decrease")]
    assert found[1].measure == "rough sleepers on the streets for more than two nights"


def test_kpi_lines_with_the_figures_labelled_in_dashed_or_spaced_cells(tmp_path):
    """"HR1 Sickness absence – Target: 9 days – Actual: 9.6 – AMBER" and "PAM/001 ...   Target
    10.5   Actual 11.2": a box on one line; the code opens the name, the rating ends the line."""
    found = _text_paper(tmp_path, "\n".join([
        "PEOPLE DASHBOARD – QUARTER 2",
        "- WF1 Sickness absence – Target: 8 days – Actual (forecast): 8.9 – AMBER",
        "- WF2 Training completed – Target: 95% – Actual: 97% – GREEN",
        "LPI/04 Average days to pay a supplier invoice   Target 20   Actual 17.5"]))
    assert [(t.indicator, t.measure, t.target, t.unit, t.actual, t.rag) for t in found] == [
        ("WF1", "Sickness absence", 8.0, "days", 8.9, "amber"), ("WF2", "Training completed", 95.0, "%", 97.0, "green"),
        ("LI 4", "Average days to pay a supplier invoice", 20.0, "days", 17.5, None)]  # a local PI's code as recorded


def test_a_commitment_set_in_capitals_reads_as_in_running_text():
    found = extract(Block(kind="paragraph", page=1, text="WE WILL HOLD THE SHARE OF LATE PLANNING DECISIONS UNDER 10%."))
    assert [(t.measure, t.target, t.direction) for t in found] == [("share of late planning decisions", 10.0, "decrease")]


def test_a_count_to_deliver_and_a_change_in_one_sentence_are_two_targets():
    found = extract(Block(kind="paragraph", page=1, text=(
        "Volunteers will restore 40 hectares of wet meadow by 2028, and will raise hedgerow cover from 12% to 15% "
        "by 2035.")))
    assert [(t.target, t.deadline) for t in found] == [(40.0, "2028"), (15.0, "2035")]


@pytest.mark.parametrize("text, target", [
    ("Stretch Outcome 2: 90% of young people leaving care in work or study by 2028.", 90.0),
    ("Ambition 4 – 1,200 homes brought up to EPC band C by 2030.", 1200.0)])
def test_an_item_labelled_as_one_of_the_papers_aims_is_a_target(text, target):
    found = extract(Block(kind="paragraph", page=1, text=text))
    assert [t.target for t in found] == [target]


def test_a_bullet_to_get_more_people_into_work_is_a_counted_aim():
    found = extract(Block(kind="list_item", page=1, marker="•", text="get 300 more young people into apprenticeships"))
    assert [(t.measure, t.target) for t in found] == [("more young people into apprenticeships", 300.0)]


def test_the_year_a_level_applies_from_is_no_baseline():
    found = extract(Block(kind="paragraph", page=1, text="Our target for the share of waste recycled is 70% from 2026-27."))
    assert [(t.target, t.baseline) for t in found] == [(70.0, None)]


def test_dashboard_lines_opened_by_trend_arrows_with_the_target_bracketed(tmp_path):
    """"▲ Name: 98.7% (target 98%)", "▼ Name: 64 (target: 40 or fewer)": the arrow is no part of
    the name; a bound after the bracketed target's figure still leaves it the target."""
    found = _text_paper(tmp_path, "\n".join([
        "ENVIRONMENT DASHBOARD – MARCH 2026",
        "▲ Streets cleaned to grade B: 98.7% (target 98%)",
        "▼ Abandoned vehicles per 10,000 households: 64 (target: 40 or fewer)"]))
    assert [(t.measure, t.target, t.actual) for t in found] == [
        ("Streets cleaned to grade B", 98.0, 98.7), ("Abandoned vehicles per 10,000 households", 40.0, 64.0)]


def test_labelled_levels_under_a_titled_targets_part(tmp_path):
    """"<Plan> – Measures" or "Section 4: Targets" over lines "Label: at least 80% of X ...": each
    line stating a level is a target, named by what its share is of; "no fewer than" is a floor."""
    found = _text_paper(tmp_path, "\n".join([
        "Community Safety Plan 2026-2029 – Measures",
        "Public confidence: at least 80% of residents feeling safe in their neighbourhood after dark.",
        "Staffing: no fewer than 40 community wardens on patrol throughout the plan."]))
    assert [(t.measure, t.target, t.direction) for t in found] == [
        ("residents feeling safe in their neighbourhood after dark", 80.0, "increase"),
        ("Staffing: community wardens on patrol throughout the plan", 40.0, "increase")]


@pytest.mark.parametrize(("text", "target", "unit"), [
    ("to be placed in the top 150 of universities worldwide by 2029", 150, "rank"),
    ("to stay in the top 5 councils for recycling", 5, "rank"),
    ("each school to be in the top 10% of schools nationally", 10, "%"),
])
def test_a_place_in_a_league_table_is_a_value_to_reach(text, target, unit):
    value = read_value(text)
    assert (value.target, value.unit) == (target, unit)


def test_a_place_reported_from_a_survey_is_no_target():
    assert not qualifies("Residents ranked road repairs in the top 3 of their concerns in last year's survey.")


def test_headerless_rows_of_two_plain_figures_say_no_target_column(tmp_path):
    """Without bounds in either column nothing tells the target from the result."""
    paper = tmp_path / "results.txt"
    paper.write_text("How we did\n" + "A short paragraph that introduces the table below and runs on long enough that "
                     "the page is not read as a fixed-width text export of any kind.\n"
                     "Council tax collected 97.1% 97.4%\nBusiness rates collected 98.0% 98.3%\n"
                     "Benefit claims processed in days 12 days 10 days\n")
    assert targets.extract(arrange(read_paper(paper)), None, {}) == []


@pytest.mark.parametrize(("text", "target"), [
    ("Diagnostic tests: 99% of patients should wait less than 6 weeks for a scan.", 99.0),
    ("Ninety per cent of licence applications should be decided within 28 days.", None),
    ("85% of planning appeals should be answered within 10 working days of receipt.", 85.0),
])
def test_a_share_that_should_be_served_within_a_time_is_a_standard(text, target):
    """A share kept to a time limit ("... should be seen within 14 days") is a standard, said
    with "should" as often as with "will"; a share in words is read elsewhere or not at all."""
    found = extract(Block(kind="paragraph", page=1, text=text))
    assert [t.target for t in found] == ([target] if target else [])


def test_a_share_that_should_do_something_with_no_time_or_date_is_no_target():
    assert extract(Block(kind="paragraph", page=1, text="Around 80% of residents should recycle more of their garden waste.")) == []


def test_a_target_rising_to_a_later_one_is_two_targets_of_one_measure():
    found = extract(Block(kind="paragraph", page=1, text=(
        "The food waste recycling target for 2025/26 is 52%, rising to 55% by 2028.")))
    assert [(t.target, t.deadline) for t in found] == [(52.0, "2026-03"), (55.0, "2028")]
    assert found[1].measure.startswith(found[0].measure)


def test_a_target_for_a_period_counts_what_follows_its_figure():
    found = extract(Block(kind="paragraph", page=1, text="The target for this year is 4,500 apprenticeship starts."))
    assert [(t.target, t.measure) for t in found] == [(4500.0, "apprenticeship starts")]


def test_shares_a_standard_says_must_be_done_in_a_time_are_standards(tmp_path):
    """"80% of requests must be answered in 10 days": work done in a time, said in the passive,
    under a line naming the standards; "95% of premises are compliant" would be a state."""
    paper = tmp_path / "standards.txt"
    paper.write_text("Checking service\nWe carry out identity checks for employers across the country and publish how "
                     "quickly we deal with them every month.\nThe service standards agreed with each partner agency are:\n"
                     "  • 80% of requests must be answered in 10 days\n  • 95% of requests must be answered in 30 days\n")
    found = targets.extract(arrange(read_paper(paper)), None, {})
    assert [(t.target, t.measure) for t in found] == [(80.0, "requests answered in 10 days"),
                                                     (95.0, "requests answered in 30 days")]
