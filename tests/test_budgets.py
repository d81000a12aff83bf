"""Budgets: money tables (per-year, totals, continuation rows) and figures in running text."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import laid_out, paper_document, table
from paper_miner.extract.common.sentences import split_at_full_stops as split_sentences
from paper_miner.extract.document import describe
from paper_miner.extract.money import budgets, projects
from paper_miner.extract.money.columns import figure_columns, type_columns
from paper_miner.extract.money.periods import heading_period
from paper_miner.extract.money.tables import column_words
from paper_miner.extract.money.text import kind_of, read_money_text
from paper_miner.models import Block, Document, Layout, Row
from paper_miner.pipeline import read_paper

FIXTURES = Path(__file__).parent / "fixtures"


def document() -> Document:
    return paper_document("Testshire County Council")


def run(layout: Layout) -> list:
    found = {"projects": projects.extract(layout, document(), {})}
    return budgets.extract(layout, document(), found)


def summary(found: list) -> list[tuple]:
    return [(b.amount_gbp, b.period, b.kind) for b in found]


def test_financial_strategy_fixture():
    expected = json.loads((FIXTURES / "budgets" / "financial_strategy.json").read_text())
    got = run(read_paper(FIXTURES / "budgets" / "financial_strategy.txt"))
    assert [b.model_dump(include={"amount_gbp", "period", "kind"}) for b in got] == expected


@pytest.mark.parametrize(("folder", "stem"), [
    ("budgets", "monitoring"), ("projects", "capital_programme"), ("projects", "numbered_cost_table"),
    ("projects", "grant_awards"),
])
def test_fixture_papers_with_labels(folder, stem):
    expected = json.loads((FIXTURES / "budgets" / f"{stem}.json").read_text())
    got = run(read_paper(FIXTURES / folder / f"{stem}.txt"))
    assert [b.model_dump(include={"label", "amount_gbp", "period", "kind"}) for b in got] == expected


def test_project_fixture_splits_years_and_skips_project_totals():
    got = run(read_paper(FIXTURES / "projects" / "partnership_programmes.txt"))
    assert summary(got) == [
        (40000, "2009/10", "cost"), (60000, "2010/11", "cost"),
        (12500, "2009/10", "cost"), (12500, "2010/11", "cost"),
        (52500, "2009/10", "total"), (72500, "2010/11", "total"), (125000, None, "total"),
    ]
    assert {b.owner for b in got} == {"Westshire Community Safety Partnership"}


def test_table_split_over_two_pages_gives_one_total():
    got = run(read_paper(FIXTURES / "projects" / "capital_schemes.txt"))
    assert summary(got) == [(445500, None, "total")]


def test_every_quote_holds_the_figure_as_printed():
    layout = read_paper(FIXTURES / "budgets" / "financial_strategy.txt")
    for budget in run(layout):
        digits = "".join(c for c in budget.quote if c.isdigit())
        assert str(budget.amount_gbp).rstrip("0")[:2] in digits


@pytest.mark.parametrize(("text", "expected"), [
    ("The total cost of the nine projects is £974,100 over three years (£400, 000 in year 1 and "
     "£574,100 in year 2).",
     [(974100, "3 years", "total"), (400000, "year 1", "total"), (574100, "year 2", "total")]),
    ("Targets of about £10M over a three year period, which is £3.3M a year, must be cashable.",
     [(10000000, "3 years", "target"), (3300000, "per_annum", "target")]),
    ("This leaves a further c£0.5m of the grant for other schemes.", [(500000, None, "allocation")]),
    ("Joint working is expected to save between £10,000 and £15,000 per annum.",
     [(10000, "per_annum", "saving"), (15000, "per_annum", "saving")]),
    ("Officers have identified £2m of pressures and £1.5m from higher parking charges.",
     [(2000000, None, "pressure"), (1500000, None, "income")]),
    ("The scheme was approved at £80,000.", [(80000, None, "other")]),
])
def test_money_in_running_text(text, expected):
    assert [(m.amount, m.period, m.kind) for m in read_money_text(text)] == expected


def test_a_money_free_sentence_lends_its_period_and_kind():
    text = ("The Government has allocated resources. For the county this is £900,000. "
            "Over the four year period this funds the whole programme.")
    [mention] = read_money_text(text)
    assert (mention.kind, mention.period) == ("allocation", "4 years")


def test_sentences_do_not_break_after_abbreviations():
    assert split_sentences("It costs approx. £5m. Then c. £2m more. Done") == [
        "It costs approx. £5m.", "Then c. £2m more.", "Done"]


def test_same_figure_twice_in_text_is_one_budget_but_two_cells_are_two():
    layout = laid_out(
        Block(kind="paragraph", page=1, text="We will achieve £45m of efficiency savings over 4 years."),
        Block(kind="paragraph", page=1, text="The plan relies on £45m of savings."),
        Block(kind="paragraph", page=1, text="Ward figures are shown below."),
        table(["Item", "2010/11 £", "2011/12 £"], ["Wardens", "30,000", "30,000"],
              ["Patrols", "30,000", ""]),
    )
    assert summary(run(layout)) == [
        (45000000, "4 years", "saving"),
        (30000, "2010/11", "allocation"), (30000, "2011/12", "allocation"), (30000, "2010/11", "allocation"),
    ]


@pytest.mark.parametrize(("second", "expected"), [
    # a rounder restatement of the same overspend is that overspend, stated precisely
    ("Cabinet noted the report showing a forecast overspend of £2.4 million relating to school transport.",
     [(2437000, "other")]),
    # a rounder figure about something else, or of another kind, is a figure of its own
    ("Cabinet noted a forecast underspend of £2.4 million on highways.", [(2437000, "other"), (2400000, "other")]),
    ("Reserves of £2.4 million remain available.", [(2437000, "other"), (2400000, "allocation")]),
])
def test_a_rounder_restatement_of_a_figure_is_the_same_budget(second, expected):
    layout = laid_out(
        Block(kind="paragraph", page=1, text="At Quarter 3 the figures projected an overspend of £2.437 million."),
        Block(kind="paragraph", page=1, text=second),
    )
    assert [(b.amount_gbp, b.kind) for b in run(layout)] == expected


@pytest.mark.parametrize(("second", "expected"), [
    # "the £12 million gap" points back to the figure just given, whatever it calls it
    ("Officers were focused on closing the £12 million gap.", [(12000000, "saving")]),
    # the same amount given afresh, as another kind, is a figure of its own
    ("Demand for care added a further £12 million of pressure.", [(12000000, "saving"), (12000000, "pressure")]),
])
def test_a_figure_named_with_the_after_it_was_given_is_the_same_budget(second, expected):
    layout = laid_out(
        Block(kind="paragraph", page=1, text="Savings of £12 million are still required in 2025-26."),
        Block(kind="paragraph", page=1, text=second),
    )
    assert [(b.amount_gbp, b.kind) for b in run(layout)] == expected


@pytest.mark.parametrize(("second", "expected"), [
    # the same sum for another named thing is a second budget
    ("A grant of £15,000 to the Riverside Rowing Club was approved.", [15000, 15000]),
    # the same sum restated without a name of its own is the first
    ("The grant of £15,000 will be paid in two instalments.", [15000]),
])
def test_one_sum_for_two_named_things_is_two_budgets(second, expected):
    """"A grant of £15,000 to Hilltop Scouts" and "a grant of £15,000 to the Riverside Rowing
    Club": each label names something the other does not, so the sums are two, not one restated."""
    layout = laid_out(
        Block(kind="paragraph", page=1, text="A grant of £15,000 to Hilltop Scouts was approved."),
        Block(kind="paragraph", page=1, text=second),
    )
    assert [b.amount_gbp for b in run(layout)] == expected


def test_figures_in_a_target_column_are_targets():
    layout = laid_out(table(
        ["Outcome", "End of Plan target"],
        ["Better procurement", "Deliver £3m of savings through joint contracts by 2012/13"],
    ))
    assert summary(run(layout)) == [(3000000, "2012/13", "target")]


def test_project_title_lines_are_not_budgets_but_their_descriptions_are():
    layout = laid_out(
        Block(kind="list_item", page=1, text="Joint Payroll Service £20,000", marker="1"),
        Block(kind="paragraph", page=1, text="Savings of £5,000 per annum are expected."),
    )
    assert summary(run(layout)) == [(5000, "per_annum", "saving")]


def test_zero_cells_and_page_number_tables_give_nothing():
    layout = laid_out(
        table(["Contents", ""], ["Foreword", "4"], ["Finance", "9"]),
        table(["Project", "2010/11 £000", "2011/12 £000"], ["P1. Survey", "1.5", "0.0"]),
    )
    assert summary(run(layout)) == [(1500, "2010/11", "cost")]


@pytest.mark.parametrize(("text", "expected"), [
    ("That Cabinet notes the slippage of £85,000 from 2010/11 into 2011/12.",
     [("slippage from 2010/11 into 2011/12", "other")]),
    ("The Council faces a funding gap of £2.4m in 2011/12, rising to £3.1m in 2012/13.",
     [("funding gap in 2011/12", "pressure"), ("funding gap in 2012/13", "pressure")]),
    ("Savings of £650,000 have already been identified through the senior management restructure.",
     [("Savings identified through the senior management restructure", "saving")]),
    ("Members agreed to release £45,000 from the capital contingency for the Market Hall roof repairs.",
     [("release from the capital contingency for the Market Hall roof repairs", "allocation")]),
    ("The panel awarded grants of £25,000 to Oldtown Youth Club; £10,000 to Newby Scouts and £5,000 to "
     "the Abbey Park Friends.",
     [("grants to Oldtown Youth Club", "allocation"), ("grants to Newby Scouts", "allocation"),
      ("grants to the Abbey Park Friends", "allocation")]),
    ("The plan needs £46m of spending pressures to be met.", [("spending pressures to be met", "pressure")]),
    ("We forecast an underspend of £120,000 on waste collection.",
     [("underspend on waste collection", "other")]),
])
def test_labels_are_the_noun_phrase_the_figure_belongs_to(text, expected):
    assert [(m.label, m.kind) for m in read_money_text(text)] == expected


def test_monitoring_table_names_each_column_and_signs_the_variance():
    layout = laid_out(table(
        ["Service", "Budget 2010/11 £000", "Forecast outturn £000", "Variance £000"],
        ["Parks", "1,000", "947.5", "(52.5)"],
    ))
    assert [(b.label, b.amount_gbp, b.period, b.kind) for b in run(layout)] == [
        ("Parks budget", 1000000, "2010/11", "allocation"),
        ("Parks forecast outturn", 947500, "2010/11", "cost"),
        ("Parks underspend", 52500, "2010/11", "other"),
    ]


def test_a_savings_table_is_savings_whatever_each_row_says():
    layout = laid_out(
        Block(kind="paragraph", page=1, text="The savings proposals are:"),
        table(["No.", "Proposal", "2011/12 £000"], ["1", "Higher parking charges", "80"],
              ["2", "Fewer library hours", "40"]),
    )
    found = {"projects": projects.extract(layout, document(), {})}
    assert found["projects"] == []
    assert summary(budgets.extract(layout, document(), found)) == [
        (80000, "2011/12", "saving"), (40000, "2011/12", "saving")]


def test_a_sentence_restating_a_project_total_is_not_a_budget():
    layout = laid_out(
        table(["Scheme", "2010/11 £000", "2011/12 £000", "Total £000"], ["Harbour Wall", "400", "240", "640"]),
        Block(kind="paragraph", page=1,
              text="That Cabinet approves the Harbour Wall scheme at a cost of £640,000 and a fee of £20,000 for "
                   "the ferry review."),
    )
    assert [(b.label, b.amount_gbp) for b in run(layout)] == [
        ("Harbour Wall", 400000), ("Harbour Wall", 240000), ("fee for the ferry review", 20000)]


@pytest.mark.parametrize(("folder", "stem"), [
    ("budgets", "rates_and_restatements"), ("projects", "scheme_letter"), ("projects", "funded_list"),
])
def test_rates_restatements_and_project_lists_give_only_real_budgets(folder, stem):
    expected = json.loads((FIXTURES / "budgets" / f"{stem}.json").read_text())
    got = run(read_paper(FIXTURES / folder / f"{stem}.txt"))
    assert [b.model_dump(include={"label", "amount_gbp", "period", "kind"}) for b in got] == expected
    assert all(b.label.strip() and "£" not in b.label for b in got)


@pytest.mark.parametrize("text", [
    "Landfill tax will rise by £8 per tonne from April.",
    "The gate fee rose from £19 to £24 per tonne during the year.",
    "The charge of £3.50 per household per week is unchanged.",
    "Casual staff are paid £12 an hour.",
    "Hire of the hall costs £40/session.",
])
def test_unit_rates_are_not_budgets(text):
    assert read_money_text(text) == []


@pytest.mark.parametrize(("text", "kept"), [
    ("The Panel noted the grants of up to £2,000 paid to 31 clubs, totalling £48,500.", [48500]),
    ("The list of awards exceeding £10,000 was agreed.", []),
    ("Officers may approve applications under the value of £3,000.", []),
    ("Contracts worth over £250,000 must come to Cabinet.", []),
    # one grant's ceiling is that grant's money
    ("The Trust was offered a grant of up to £15,000 towards the roof.", [15000]),
    # the level that defines a key decision
    ("The decision will result in spending which is significant (currently defined by the Council as in excess "
     "of £750,000).", []),
    ("A key decision is one defined as over £250,000 in any year.", []),
    # a band of sizes, either end of it, however far from the items it bands
    ("Bids between £501 and £2,500 go to the March panel, and between £2,501 and £7,500 to the June one.", []),
    # a range of one project's cost is its money
    ("The new pavilion will cost between £45,000 and £55,000.", [45000, 55000]),
])
def test_a_threshold_for_a_class_of_items_is_no_budget(text, kept):
    assert [m.amount for m in read_money_text(text)] == kept


@pytest.mark.parametrize(("text", "kept"), [
    ("A Band D home will pay £58.20 for the year, an increase of £2.10.", []),
    ("The proposal takes the Band D charge from £61.40 to £64.90 - a rise of £3.50 on last year.", []),
    ("The precept of £27,300 (£71.15 for a Band D equivalent property) was agreed.", [27300]),
    # a change that follows money, not a home's charge, stays
    ("Grant income is £12,000, an increase of £1,500.", [12000, 1500]),
])
def test_a_council_tax_charge_per_home_is_no_budget(text, kept):
    assert [m.amount for m in read_money_text(text)] == kept


def test_a_band_d_row_of_a_precept_table_is_no_budget():
    layout = laid_out(table(["Precept", "2024/25 £", "2025/26 £"], ["Precept demand", "41,800", "44,100"],
                            ["Band D charge", "88.12", "92.40"]))
    assert [b.amount_gbp for b in run(layout)] == [41800, 44100]


def test_a_flattened_table_that_dropped_the_empty_cells_over_and_under_its_labels():
    """A web page's table saved as text keeps no empty cell: the header of years starts in the
    labels' column, a second header row of words under it too, and a total row has no label."""
    layout = laid_out(table(["Hall budget", "", ""], ["2024-25", "2025-26", ""], ["Lettings", "£8,100", "£8,600"],
                            ["Cleaning", "£2,400", "£2,550"], ["£10,500", "£11,150", ""],
                            ["24-25", "24-25", "25-26"], ["Budget", "Forecast", "Budget"],
                            ["Repairs", "£1,000", "£1,350", "£1,100"]))
    assert [(b.label, b.amount_gbp, b.period) for b in run(layout)] == [
        ("Lettings", 8100, "2024/25"), ("Lettings", 8600, "2025/26"), ("Cleaning", 2400, "2024/25"),
        ("Cleaning", 2550, "2025/26"), ("Total", 10500, "2024/25"), ("Total", 11150, "2025/26"),
        ("Repairs 24-25 budget", 1000, "2024/25"), ("Repairs 24-25 forecast", 1350, "2024/25"),
        ("Repairs 25-26 budget", 1100, "2025/26")]


def test_items_of_a_list_of_sums_that_cost_the_same_are_each_a_budget(tmp_path):
    path = tmp_path / "budget.txt"
    path.write_text("ESTIMATED EXPENDITURE:\nBus shelter repairs £1,500\nNoticeboards £1,500\nGrass cutting £3,200\n")
    assert [(b.label, b.amount_gbp) for b in run(read_paper(path))] == [
        ("Bus shelter repairs", 1500), ("Noticeboards", 1500), ("Grass cutting", 3200)]


def test_a_rate_beside_a_budget_leaves_the_budget():
    text = "Landfill tax will rise by £8 per tonne, adding £400,000 a year to disposal costs."
    assert [(m.amount, m.period) for m in read_money_text(text)] == [(400000, "per_annum")]


@pytest.mark.parametrize(("text", "period"), [
    ("Forecast General Fund balance at 31 March 2012 of £9.2m.", "2011/12"),
    ("Reserves will stand at £3.1m by the end of March 2012.", "2011/12"),
    ("Spend to 31 December 2011 was £1.2m.", "2011/12"),
    ("The balance as at 30 April 2012 was £800,000.", "2012/13"),
    ("In setting the 2013/14 budget we expect a balance at 31 March 2013 of £2m.", "2012/13"),
    ("On 14 June 2011 the Board approved £50,000 for 2012/13.", "2012/13"),
])
def test_a_balance_at_a_date_belongs_to_the_financial_year_ending_then(text, period):
    [mention] = read_money_text(text)
    assert mention.period == period


def test_a_summary_sentence_before_its_table_is_the_table_total():
    layout = laid_out(
        Block(kind="paragraph", page=1, text="This report seeks approval for a two-year schools capital "
              "programme of £13.45m and for the prudential borrowing needed to fund it."),
        Block(kind="paragraph", page=1, text="Spending of £6m in 2012/13 shown below is front-loaded."),
        table(["Scheme", "2012/13 £000", "2013/14 £000", "Total £000"],
              ["Roof renewals", "6,000", "7,450", "13,450"]),
        Block(kind="paragraph", page=1, text="The total of £13.45m set out above is affordable."),
    )
    assert summary(run(layout)) == [(6000000, "2012/13", "cost"), (7450000, "2013/14", "cost")]


def test_a_figure_equal_to_a_table_cell_but_not_pointing_at_it_is_kept():
    layout = laid_out(
        Block(kind="paragraph", page=1, text="A further £200,000 is expected from parking charges."),
        table(["Proposal", "2011/12 £000"], ["Close depot", "120"], ["Sell land", "80"], ["Total", "200"]),
    )
    assert (200000, None, "income") in summary(run(layout))


def test_a_figure_with_no_words_takes_its_heading_or_is_left_out():
    layout = laid_out(
        Block(kind="heading", page=1, text="Youth diversion", level=1),
        Block(kind="list_item", page=1, marker="•", text="........ £1,800"),
    )
    assert [(b.label, b.amount_gbp) for b in run(layout)] == [("Youth diversion", 1800)]
    bare = laid_out(Block(kind="paragraph", page=1, text="£1,800"))
    assert run(bare) == []


# --- Budget monitoring: a table's year from its caption, heading or title; kinds by column --------

def run_paper(layout: Layout) -> list:
    """Budgets of a paper read with its own title, as the pipeline reads it."""
    paper = Document(doc_id="d", file_name="f", path="f", fmt=layout.fmt, sha256="s",
                     pages=layout.pages, **describe(layout).model_dump())
    return budgets.extract(layout, paper, {"projects": projects.extract(layout, paper, {})})


@pytest.mark.parametrize("stem", ["revenue_monitoring", "quarter_two_monitoring"])
def test_monitoring_papers(stem):
    expected = json.loads((FIXTURES / "budgets" / f"{stem}.json").read_text())
    got = run_paper(read_paper(FIXTURES / "budgets" / f"{stem}.txt"))
    assert [b.model_dump(include={"label", "amount_gbp", "period", "kind"}) for b in got] == expected


def monitoring_table() -> Block:
    return table(["Service", "Revised Budget £'000", "Forecast Outturn £'000", "Variance £'000"],
                 ["Libraries", "2,150", "2,098", "(52)"], ["Waste", "4,600", "4,731", "131"])


@pytest.mark.parametrize(("before", "title", "period"), [
    ([Block(kind="paragraph", page=1, text="Table 2: Forecast outturn 2013/14")], None, "2013/14"),
    ([Block(kind="heading", page=1, text="3. Revenue Position 2013/14", level=1)], None, "2013/14"),
    ([], "Budget Monitoring 2013/14 - Position at 31 December 2013", "2013/14"),
    ([Block(kind="paragraph", page=1, text="Table 2 Forecast outturn 2012/13")],
     "Budget Monitoring 2013/14", "2012/13"),
    ([], "Outturn 2012/13 and Budget 2013/14", None),
    ([], "Revenue Monitoring: Position at 31 December 2013", "2013/14"),
    ([], "Report to Cabinet on 10 March 2014", None),
    ([Block(kind="paragraph", page=1, text="The 2012/13 outturn was reported in June.")], None, None),
])
def test_a_table_without_year_columns_takes_the_year_above_it(before, title, period):
    layout = laid_out(*before, monitoring_table())
    paper = document().model_copy(update={"title": title})
    assert {b.period for b in budgets.extract(layout, paper, {})} == {period}


@pytest.mark.parametrize(("heading", "title", "text", "period"), [
    # the heading above names the year the sentences under it speak of
    ("Revenue Budget Monitoring - Quarter 3 2023-24", None,
     "The forecast overspend on Highways is £1.4m.", "2023/24"),
    # no heading names a year: the title does
    ("Summary", "Budget Monitoring Report 2019/20, Period 8",
     "Waste services are projected to underspend by £310,000.", "2019/20"),
    # a sentence's own year wins over its heading's
    ("Revenue Budget Monitoring 2023-24", None,
     "The 2024-25 budget assumes savings of £2.2m.", "2024/25"),
    # two years in the title name no one period; the paper's date never dates a figure
    ("Summary", "Outturn 2012/13 and Budget 2013/14", "Reserves stand at £4.5m.", None),
    ("Summary", "Cabinet, 12 March 2024", "Reserves stand at £4.5m.", None),
])
def test_text_takes_the_one_year_its_heading_or_title_names(heading, title, text, period):
    layout = laid_out(Block(kind="heading", page=1, text=heading, level=1),
                      Block(kind="paragraph", page=1, text=text))
    paper = document().model_copy(update={"title": title})
    assert [b.period for b in budgets.extract(layout, paper, {})] == [period]


def test_a_year_column_is_not_overridden_by_the_title():
    layout = laid_out(table(["Service", "Budget 2010/11 £000", "Forecast £000"],
                             ["Parks", "1,000", "990"]))
    paper = document().model_copy(update={"title": "Budget Monitoring 2011/12"})
    assert {b.period for b in budgets.extract(layout, paper, {})} == {"2010/11"}


def test_monitoring_columns_give_allocation_cost_and_other_for_variances():
    assert [(b.label, b.amount_gbp, b.kind) for b in run(laid_out(monitoring_table()))] == [
        ("Libraries revised budget", 2150000, "allocation"), ("Libraries forecast outturn", 2098000, "cost"),
        ("Libraries underspend", 52000, "other"),
        ("Waste revised budget", 4600000, "allocation"), ("Waste forecast outturn", 4731000, "cost"),
        ("Waste overspend", 131000, "other")]


def test_a_lone_variance_column_is_signed_by_each_figure():
    layout = laid_out(table(["Service", "Over/(under)spend £000"], ["Parks", "45"], ["Libraries", "(12)"]))
    assert [(b.label, b.amount_gbp, b.kind) for b in run(layout)] == [
        ("Parks overspend", 45000, "other"), ("Libraries underspend", 12000, "other")]


@pytest.mark.parametrize(("text", "kind"), [
    ("The balance of £180,000 would be held as a contingency for winter pressures.", "allocation"),
    ("A virement of £75,000 from Highways is proposed to cover pressures in Waste.", "allocation"),
    ("Capital financing charges on prudential borrowing of £310,000 a year are included.", "cost"),
    ("Interest charges of £42,000 on the loan fall to the General Fund.", "cost"),
    # a monitoring result, not a spending pressure: the label says which way it went
    ("Adult Social Care reports an overspend of £485,000.", "other"),
    ("Demographic pressures of £210,000 are expected in 2012/13.", "pressure"),
    ("Forecast savings of £120,000 are expected from the restructure.", "saving"),
    ("Savings rated red as unlikely to be achieved amount to £95,000.", "saving"),
    # a monitoring result's change is neither a saving nor a cost
    ("The forecast outturn has reduced by £640,000 since Period 6.", "other"),
    ("The projected overspend in Waste has grown by £85,000.", "other"),
    # what a figure is measured against is not what it is
    ("Services are projecting an underspend of £410,000 against the revised budget.", "other"),
    ("Spend to date of £2.1m against the approved budget is on track.", "cost"),
    # money coming in, whatever gap it closes
    ("To close the gap, fees will rise by 3%, bringing in £120,000.", "income"),
    ("The shortfall is to be met by raising an additional £75,000 from parking.", "income"),
    # "totalling" only says how much: the kind is what is totalled, a programme's sum its total
    ("The Board agreed the schedule of community grants, totalling £84,300, set out in Annex 2.", "allocation"),
    ("Grants paid under delegated powers to 17 charities, totalling £61,000, were noted.", "cost"),
    ("A total of £6,500 would be required for the new play equipment to be purchased.", "cost"),
    ("Council approved the revised Housing Capital Programme, which totals £48.2m.", "total"),
    # the noun a figure is "of" speaks before words further on
    ("The report showed a projected overspend of £0.9m relating to agency staff costs.", "other"),
    ("Each of the three village halls will be paid a total grant of £1,200 in two instalments.", "allocation"),
    # the size of a change to a monitoring result, and money leaving a programme
    ("That is a £230,000 increase in the projected outturn since the September report.", "other"),
    ("This was a reduction of £0.4m compared with Period 6.", "other"),
    ("The Executive agreed the deletion of three schemes from the highways programme totalling £1.3m.", "other"),
    # money asked for is a request, not money held or spent
    ("A total of £14,250 had been applied for in the spring round.", "other"),
    ("An application for £600,000 Lottery funding will be submitted in June.", "other"),
    ("£92,000 has been ring-fenced for the youth service.", "allocation"),
    ("The service delivered £2.3m of efficiencies in 2024/25.", "saving"),
    # the council's main account is a name, not funding
    ("Cabinet recommended the addition of £6.2M to the General Fund programme, with approval to spend.", "cost"),
    # a budget a figure is measured against, however many words name it, is not what it is
    ("Pressures are partly offset by an underspend against the treasury management budget of £0.8m.", "other"),
    # words after "and" that open another item ("and the use of ...") are that item's
    ("Extra income from parking fees of £300,000 and the release of contingency for winter pressures were noted.",
     "income"),
    # money put by for what may come is allocated, however it is summed
    ("Members noted contingencies totalling £1.2m.", "allocation"),
    ("Members agreed the provision for pay awards of £3.1m.", "allocation"),
    # money held, including the floor set for it, is a balance; "non-earmarked" is not earmarked
    ("That the minimum level of non-earmarked general balances be set at £4.5m.", "other"),
    ("Balances available at the year end are £2.2m.", "other"),
    # a programme's own size is its total; schemes within it are some of it
    ("That the Highways Programme at £12.4m for 2024/25 be approved.", "total"),
    ("That the Housing Capital Programme budget at £58m be approved.", "total"),
])
def test_words_that_mislead_the_kind(text, kind):
    assert [m.kind for m in read_money_text(text)] == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # money moved between budgets, reserves, accounts or years is neither spent nor given
    ("Members approved the virement of £120,000 from the Parks budget to the Cemeteries budget.", "other"),
    ("A transfer from the Insurance Reserve of £350,000 is proposed.", "other"),
    ("These funds (£8,500) would be moved into the Community Chest pot.", "other"),
    ("Officers propose moving budget of £1.4m on three schemes into the 2025/26 financial year.", "other"),
    ("The Clerk transferred £2,000 of precept income from the deposit account to the current account.", "other"),
    ("£1.2m of unspent grant is to be transferred to the Capital Reserve.", "other"),
    # a move that names what it pays for allocates the money to it
    ("A transfer of £40,000 from reserves to fund the new website was agreed.", "allocation"),
    # words that only look like a move
    ("The waste transfer station will cost £2m to rebuild.", "cost"),
    ("Families moving into the new homes will receive grants of £500 from the fund.", "allocation"),
    # one account's balance is money held, as balances are; what is left of a grant is not
    ("The balance in the Ashby Parva village hall fund stands at £3,214.", "other"),
    ("A projected closing reserve balance as at 31 March 2026 of £1.9m is forecast.", "other"),
    ("The Treasurer reported a precept account balance of £12,480.", "other"),
    ("The balance of the grant, £5,000, will be paid on completion.", "allocation"),
    ("That the minimum level of the General Reserve for 2026/27 be maintained at £4.2m.", "other"),
    ("Cabinet agreed a minimum working reserve of £900,000.", "other"),
    ("A Flood Resilience Reserve of £250,000 will be created.", "allocation"),
])
def test_money_moved_or_held_is_neither_spent_nor_given(text, kind):
    assert [m.kind for m in read_money_text(text)] == [kind]


@pytest.mark.parametrize(("text", "period"), [
    # a year the figure is compared with is not its own
    ("That the minimum working balance for 2026/27 be held at £1.5m, the same level as in 2025/26.", "2026/27"),
    ("Members noted a Highways budget for 2024/25 of £3.1m, up from 2023/24.", "2024/25"),
    ("The grant to the Trust for 2019/20 is £60,000, less than 2018/19.", "2019/20"),
    # money moved from one year into another belongs to the year it moves into
    ("Slippage of £212,400 from the 2025/26 financial year in to the 2026/27 financial year is requested.",
     "2026/27"),
    ("Cabinet agreed to carry £95,000 for the play area from 2024-25 into 2025-26.", "2025/26"),
    # a year of its own after the figure still speaks first
    ("Spending on repairs in 2021/22 is £410,000 in 2022/23 prices.", "2022/23"),
])
def test_a_compared_or_departed_year_is_not_the_figures_period(text, period):
    assert [m.period for m in read_money_text(text)] == [period]


@pytest.mark.parametrize("compared", ["on the approved budget for 2025-26", "over the previous year"])
def test_the_budget_an_increase_is_measured_on_dates_neither_figure(compared):
    layout = laid_out(
        Block(kind="heading", page=1, text="Westmere Council: Draft Budget 2026-27"),
        Block(kind="paragraph", page=1, text=f"The draft net revenue budget is £612.4m, an increase of £21.0m (3.5%) "
                                            f"{compared}."))
    assert [(b.amount_gbp, b.period) for b in run(layout)] == [(612400000, "2026/27"), (21000000, "2026/27")]


def test_a_sentence_with_no_year_of_its_own_restates_a_figure_moved_into_a_year():
    layout = laid_out(
        Block(kind="heading", page=1, text="Hartwell Borough Council: Capital Outturn 2024/25"),
        Block(kind="paragraph", page=1, text="Slippage totalling £318,742 from the 2024/25 financial year "
                                            "in to the 2025/26 financial year is requested on four schemes."),
        Block(kind="paragraph", page=1, text="RESOLVED: That the slippage of £318,742 set out at paragraph 4.2 "
                                            "be approved."),
        Block(kind="paragraph", page=1, text="The leisure scheme budget of £318,742 for 2026/27 is unchanged."))
    assert [(b.amount_gbp, b.period) for b in run(layout)] == [(318742, "2025/26"), (318742, "2026/27")]


def test_table_rows_that_move_money_or_hold_it_are_other():
    layout = laid_out(
        Block(kind="heading", page=1, text="Lowmoor District Council - General Fund Summary 2025/26"),
        table(["Item", "2025/26 £000"], ["Virement from the Leisure budget", "85"],
              ["Transfer to the Capital Reserve", "300"], ["Transfer from reserves to fund the pay award", "120"],
              ["Closing balance", "1,250"]))
    assert [(b.amount_gbp, b.kind) for b in run(layout)] == [
        (85000, "other"), (300000, "other"), (120000, "allocation"), (1250000, "other")]


def test_a_bare_totalling_gives_way_to_any_cue_in_its_sentence():
    text = "RESOLVED: That a bench be purchased for £380 plus a fixing bracket totalling £22.40 be approved."
    assert [(m.amount, m.kind) for m in read_money_text(text)] == [(380, "cost"), (22, "cost")]


def test_a_forecast_outturn_in_text_is_a_cost_beside_its_budget():
    text = "The forecast outturn of £52.2m compares with a revised budget of £51.9m."
    assert [(m.amount, m.kind) for m in read_money_text(text)] == [
        (52200000, "cost"), (51900000, "allocation")]


def test_a_rag_list_takes_its_kind_from_its_lead_in():
    layout = laid_out(
        Block(kind="paragraph", page=1, text="Progress on the savings plan is rated as follows:"),
        *[Block(kind="list_item", page=1, marker="•", text=text)
          for text in ("Green: £610,000", "Amber: £150,000", "Red: £35,000")],
    )
    assert [(b.label, b.amount_gbp, b.kind) for b in run(layout)] == [
        ("Green", 610000, "saving"), ("Amber", 150000, "saving"), ("Red", 35000, "saving")]


def test_monitoring_paper_in_a_pdf(tmp_path):
    platypus = pytest.importorskip("reportlab.platypus")
    from reportlab.lib.styles import getSampleStyleSheet

    styles = getSampleStyleSheet()
    grid = platypus.Table([
        ["Service", "Approved Budget £000", "Projected Outturn £000", "Variance £000"],
        ["Housing", "3,420", "3,305", "(115)"], ["Transport", "5,010", "5,174", "164"]])
    grid.setStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")])
    path = tmp_path / "monitoring.pdf"
    platypus.SimpleDocTemplate(str(path)).build([
        platypus.Paragraph("Ravensholt City Council", styles["Title"]),
        platypus.Paragraph("Revenue Budget Monitoring 2014/15 - Position at 31 October 2014",
                           styles["Heading1"]),
        platypus.Paragraph("Table 1: Projected outturn by service", styles["Normal"]),
        grid,
        platypus.Paragraph("A virement of £90,000 from the corporate contingency to Transport is proposed.",
                           styles["Normal"]),
    ])
    got = [(b.amount_gbp, b.period, b.kind) for b in run_paper(read_paper(path))]
    assert got == [
        (3420000, "2014/15", "allocation"), (3305000, "2014/15", "cost"), (115000, "2014/15", "other"),
        (5010000, "2014/15", "allocation"), (5174000, "2014/15", "cost"), (164000, "2014/15", "other"),
        (90000, "2014/15", "allocation")]


def test_an_owner_name_never_runs_across_a_full_stop():
    from paper_miner.extract.common.owners import owner_in_text

    assert owner_in_text("The transfer includes funding announced in the Operating Framework. "
                         "The Council's proposed programme of schemes was:") is None
    assert owner_in_text("Schemes funded by the Eastvale Safer Communities Partnership.") == \
        "Eastvale Safer Communities Partnership"


def test_a_line_number_column_is_not_money():
    layout = laid_out(table(["Line", "HRA item", "2012/13 Budget £000"],
                             ["9", "Repairs and maintenance", "6,120"],
                             ["10", "Depreciation", "5,480"]))
    found = {"projects": projects.extract(layout, document(), {})}
    assert found["projects"] == []  # numbered lines of a statement, not schemes
    assert {b.amount_gbp for b in budgets.extract(layout, document(), found)} == {6_120_000, 5_480_000}


def test_recommended_for_funding_by_names_the_owner():
    from paper_miner.extract.common.owners import owner_in_text

    assert owner_in_text("These projects are recommended for funding by the Fernley Climate Partnership.") == \
        "Fernley Climate Partnership"


# ---------------------------------------------------------------- column types and periods (issue 21)

@pytest.mark.parametrize("heading, period", [
    ("2024/25", "2024/25"), ("2024-25", "2024/25"), ("24/25 £000", "2024/25"), ("FY25", "2024/25"),
    ("Q2 2024/25", "2024/25"), ("Year 1", "year 1"), ("31/03/2022", "2021/22"),
    ("At 31 March 2023", "2022/23"), ("01.04.23", "2023/24"), ("31.03.24", "2023/24"),
    ("Amount (£)", None), ("12/15", None),
])
def test_heading_periods_in_all_spellings(heading, period):
    assert heading_period(heading) == period


def test_year_end_date_headers_give_the_year_ending_then():
    layout = laid_out(table(["Reserve", "31/03/2022 £000", "31/03/2023 £000"],
                             ["Highways reserve", "1,200", "950"]))
    assert summary(run(layout)) == [(1200000, "2021/22", "allocation"), (950000, "2022/23", "allocation")]


def test_a_figure_no_heading_dates_has_no_period():
    layout = laid_out(Block(kind="heading", page=1, text="Lowfield Parish Council Annual Meeting 2024"),
                       table(["Item", "Amount £"], ["Grass cutting", "2,415"]))
    assert summary(run(layout)) == [(2415, None, "allocation")]


def test_count_and_percentage_columns_beside_money_make_no_budgets():
    layout = laid_out(table(["Service", "Households", "% of total", "Cost £000"],
                             ["Warm Homes", "1,250", "40%", "600"],
                             ["Loft Insulation", "830", "60%", "310"]))
    assert [b.amount_gbp for b in run(layout)] == [600000, 310000]


@pytest.mark.parametrize("length_header", ["Average Life yrs", "Term (months)", "Remaining average life"])
def test_a_column_of_lengths_of_time_beside_money_makes_no_budgets(length_header):
    layout = laid_out(table(["Lender", "Balance £m", "Rate %", length_header],
                             ["Public Works Loan Board", "212.5", "4.10", "18.40"],
                             ["Market loans", "40.0", "3.95", "31.25"]))
    assert [b.amount_gbp for b in run(layout)] == [212500000, 40000000]


def test_column_words_run_into_the_line_above_a_headerless_table():
    layout = laid_out(
        Block(kind="paragraph", page=1, text="ASHBY MAGNA TOWN COUNCIL ITEM Budget Actual Budget Actual 2022-23 2023-24"),
        Block(kind="heading", page=1, text="RUNNING COSTS"),
        table(["Room hire", "150", "130", "160"]),
        Block(kind="heading", page=1, text="GRANTS"),
        table(["Youth club", "200", "500", "250"]))
    assert [(b.label, b.amount_gbp, b.period, b.kind) for b in run(layout)] == [
        ("Room hire budget", 150, "2022/23", "allocation"), ("Room hire actual", 130, "2022/23", "cost"),
        ("Room hire budget", 160, "2023/24", "allocation"), ("Youth club budget", 200, "2022/23", "allocation"),
        ("Youth club actual", 500, "2022/23", "cost"), ("Youth club budget", 250, "2023/24", "allocation")]


def test_a_sentence_ending_in_money_words_is_not_a_header():
    assert column_words("We expect to spend within the forecast outturn") == []


def test_a_row_naming_a_year_dates_its_figures():
    layout = laid_out(
        Block(kind="heading", page=1, text="Changes to the 2025-26 budget"),
        table(["Grant allocations", "Estimate £'000", "Updated £'000", "Increase £'000"],
              ["2024-25 allocation", "10.0", "12.5", "2.5"]))
    assert summary(run(layout)) == [(10000, "2024/25", "allocation"), (12500, "2024/25", "allocation"),
                                    (2500, "2024/25", "other")]


def test_balances_date_a_statement_of_accounts_and_the_tables_after_it():
    layout = laid_out(
        Block(kind="heading", page=1, text="Financial Report"),
        table(["Main account", "£"], ["Balance b/f 01.04.23", "8,645.50"], ["Income", "9,633.40"]),
        table(["Income breakdown", "£"], ["Precept", "6,395.00"]))
    assert summary(run(layout)) == [(8646, "2023/24", "other"), (9633, "2023/24", "income"),
                                    (6395, "2023/24", "income")]


@pytest.mark.parametrize("header, cells, kind", [
    ("Cost £", ["£1,200", "£800"], "money"),
    ("Budget £000", ["1,250", "(40)"], "money"),
    ("Allocation £'000", ["12.5", "7"], "money"),
    ("", ["£2.5m", "£750k"], "money"),
    ("No. of households", ["45", "120"], "count"),
    ("FTE posts", ["3.5", "12"], "count"),
    ("% of budget", ["12.5", "4"], "percentage"),
    ("Change", ["12.5%", "-3%"], "percentage"),
    ("Cost per tonne", ["£85.40", "£91.00"], "rate"),
    ("Hourly rate", ["£12.50", "£14"], "rate"),
    ("Status", ["Approved", "Deferred"], "status"),
    ("", ["Recommended", "Not approved"], "status"),
    ("Year end", ["31/03/2024", "31/03/2025"], "period"),
    ("Scheme", ["Riverside play area", "Market square lighting"], "text"),
])
def test_every_column_is_typed_from_its_header_and_cells(header, cells, kind):
    body = [Row(cells=["Label", cell], page=1) for cell in cells]
    typed = type_columns(["Item", header], body, figure_columns(body))
    assert [c.kind for c in typed.columns] == ["text", kind]


def test_a_bare_number_column_beside_pound_figures_is_a_count():
    body = [Row(cells=["Warm homes grants", "£12,400", "31"], page=1),
            Row(cells=["Boiler repairs", "£3,050", "9"], page=1)]
    typed = type_columns(["Scheme", "", ""], body, figure_columns(body))
    assert [c.kind for c in typed.columns] == ["text", "money", "count"]


def test_counts_percentages_and_rates_beside_money_never_become_budgets():
    layout = laid_out(table(
        ["Service", "Households", "% of total", "Cost per visit", "Budget 2024/25 £"],
        ["Home care", "1,240", "62", "£18.50", "£2,400,000"],
        ["Day centres", "310", "15.5", "£41.00", "£650,000"],
    ))
    assert summary(run(layout)) == [(2400000, "2024/25", "allocation"), (650000, "2024/25", "allocation")]


def test_group_heading_rows_say_which_side_of_the_account_the_rows_are_on():
    layout = laid_out(table(
        ["Receipts", "2023/24 £"],
        ["Precept", "£18,500"],
        ["Allotment rents", "£640"],
        ["Total", "£19,140"],
        ["PAYMENTS", ""],
        ["Grass cutting", "£4,200"],
        ["Grants", "£1,500"],
        ["Total", "£5,700"],
    ))
    assert [(b.label, b.kind) for b in run(layout)] == [
        ("Precept", "income"), ("Allotment rents", "income"), ("Total", "total"),
        ("Grass cutting", "cost"), ("Grants", "cost"), ("Total", "total")]


def test_a_row_naming_the_council_s_income_stays_income_under_estimate_columns():
    layout = laid_out(table(
        ["", "Original estimate £'000", "Revised estimate £'000"],
        ["Business rates retained share", "41,200.0", "41,950.5"],
        ["Waste disposal contract", "12,000.0", "12,400.0"],
    ))
    assert summary(run(layout)) == [(41200000, None, "income"), (41950500, None, "income"),
                                    (12000000, None, "allocation"), (12400000, None, "allocation")]


def test_one_line_figures_take_their_kind_from_the_line_above_them():
    layout = laid_out(
        Block(kind="paragraph", page=1, text="Payments to be approved:"),
        *[Block(kind="paragraph", page=1, text=text)
          for text in ("Grass cutting £ 240.00", "Hall hire £ 45.50", "Tarnby Electric £ 61.12")],
        Block(kind="paragraph", page=1, text="The Council agreed to ask the Borough for £500 of bulbs."),
    )
    assert [(b.amount_gbp, b.kind) for b in run(layout)] == [
        (240, "cost"), (46, "cost"), (61, "cost"), (500, "other")]


def test_a_total_printed_in_the_money_column_closes_a_list_of_cheques():
    layout = laid_out(
        Block(kind="heading", page=1, text="ACCOUNTS FOR PAYMENT", level=1),
        table(["i) Hollins Print, Newsletter, Chq No 301", "£182.40"],
              ["ii) Brook Youth Club, Donation, Chq No 302", "£150.00"],
              ["", "TOTAL £332.40"]),
    )
    assert [(b.label, b.amount_gbp, b.kind) for b in run(layout)] == [
        ("i) Hollins Print, Newsletter, Chq No 301", 182, "cost"),
        ("ii) Brook Youth Club, Donation, Chq No 302", 150, "cost"),
        ("Total", 332, "total")]


def grant_list_split_between_areas() -> Block:
    return table(
        ["Organisation", "Purpose", "Amount requested", "Decision"],
        ["Brook Youth Club", "To fund a summer scheme.", "Northgate - £300 Riverside-£300\nTotal= £600",
         "Approved.\nNorthgate - £300 Riverside - £150"],
        ["Hillcrest Allotments", "Funding to fence the plots.", "Riverside £850", "Deferred."],
        ["Tarn Walkers", "To print trail maps. £250 was given last year.", "Northgate £300", "Approved."])


def test_a_grant_amount_split_between_areas_gives_one_budget_per_area():
    found = [(b.label, b.amount_gbp, b.kind) for b in run(laid_out(grant_list_split_between_areas()))]
    assert found == [
        ("Brook Youth Club - Northgate amount requested", 300, "other"),
        ("Brook Youth Club - Riverside amount requested", 300, "other"),
        ("Brook Youth Club - Northgate approved", 300, "allocation"),
        ("Brook Youth Club - Riverside approved", 150, "allocation"),
        ("given last year", 250, "other"),
    ]  # each application's own amount (£600, £850, £300) is its project's, not a budget


def test_a_sentence_restates_one_table_cell_at_most():
    layout = laid_out(
        Block(kind="paragraph", page=1, text="The Committee noted that £300 was approved in May."),
        grant_list_split_between_areas())
    assert [b.amount_gbp for b in run(layout)].count(300) == 3


def test_two_accounts_side_by_side_are_read_as_two_tables():
    layout = laid_out(table(
        ["RECEIPTS - GENERAL", "", "", "RECEIPTS - SPORTS FIELD", "", ""],
        ["Precept", "£8,200.00", "", "Fun day", "", "£1,310.40"],
        ["Bank interest", "£12.40", "", "Lottery grant", "", "£9,000.00"],
        ["TOTAL", "£8,212.40", "", "TOTAL", "", "£10,310.40"],
        ["PAYMENTS - GENERAL", "", "", "", "EXP. SPORTS FIELD", ""],
        ["Insurance", "", "£640.00", "", "Goal posts", "£2,150.00"],
        ["Clerk salary", "", "£2,400.00", "", "", ""]))
    assert [(b.label, b.amount_gbp, b.kind) for b in run(layout)] == [
        ("Precept", 8200, "income"), ("Bank interest", 12, "income"), ("TOTAL", 8212, "total"),
        ("Insurance", 640, "cost"), ("Clerk salary", 2400, "cost"),
        ("Fun day", 1310, "income"), ("Lottery grant", 9000, "income"), ("TOTAL", 10310, "total"),
        ("Goal posts", 2150, "cost")]


def test_a_numbered_row_is_not_two_accounts():
    layout = laid_out(table(["Line", "Account", "Note", "Budget £"],
                             ["1", "Insurance", "annual", "£640"], ["2", "Audit", "external", "£900"]))
    assert [(b.label, b.amount_gbp) for b in run(layout)] == [("Insurance", 640), ("Audit", 900)]


def test_a_table_takes_its_kind_from_the_sentence_introducing_it_not_the_whole_paragraph():
    layout = laid_out(
        Block(kind="paragraph", page=1, text="Last year the service faced pressures in transport. "
                                             "The grants confirmed for next year are shown below."),
        table(["Grant", "2025/26 £000"], ["Rural Bus Grant", "1,200"], ["Music Hub", "300"]))
    assert summary(run(layout)) == [(1200000, "2025/26", "allocation"), (300000, "2025/26", "allocation")]


@pytest.mark.parametrize(("text", "period"), [
    ("The hall's average annual running costs of £4k are met from lettings.", "per_annum"),
    ("Payment of the Annual Website Licence £120 plus VAT was approved.", "per_annum"),
    ("An annual subscription to the county association of £85 was renewed.", "per_annum"),
    # an annual meeting or report is no charge
    ("The Annual Parish Meeting heard that the playground cost £12,000.", None),
])
def test_a_charge_called_annual_is_per_annum(text, period):
    assert [m.period for m in read_money_text(text)] == [period]


def test_a_signed_figure_in_brackets_is_labelled_by_the_words_before_it():
    text = "Changes to the Highways Maintenance Grant (+£31.5k) and parking income (-£12.0k) were notified."
    assert [m.label for m in read_money_text(text)][0] == "Changes to the Highways Maintenance Grant"


@pytest.mark.parametrize(("before", "text", "period"), [
    # minutes break one item into paragraphs: the paragraph before names the year
    ("Members discussed the precept requirement for 2026/27.",
     "The precept requested this year will be £14,500. The council will also receive a support grant of £410.",
     "2026/27"),
    ("The working group reviewed the hall accounts for 2022-23 in detail.",
     "Hire income came to £3,200 and cleaning cost £1,150.", "2022/23"),
    # a paragraph with dates of its own keeps them
    ("Officers reported on the business loan scheme for 2024/25.",
     "From May 2023 until September 2024, 40 applications were received to a value of £2.1m.", None),
    # a paragraph naming two years names no one period
    ("The panel compared 2023/24 with 2024/25.", "Repairs cost £8,400.", None),
])
def test_a_paragraph_takes_the_one_year_the_paragraph_before_it_names(before, text, period):
    layout = laid_out(Block(kind="heading", page=1, text="7. Finance", level=1),
                      Block(kind="paragraph", page=1, text=before),
                      Block(kind="paragraph", page=1, text=text))
    assert {b.period for b in budgets.extract(layout, document(), {})} == {period}


def test_the_year_before_a_paragraph_needs_the_same_heading():
    layout = laid_out(Block(kind="heading", page=1, text="6. Correspondence", level=1),
                      Block(kind="paragraph", page=1, text="A letter about the 2025/26 tax base."),
                      Block(kind="heading", page=1, text="7. Payments", level=1),
                      Block(kind="paragraph", page=1, text="Grass cutting cost £640."))
    assert [b.period for b in budgets.extract(layout, document(), {})] == [None]


@pytest.mark.parametrize(("text", "period"), [
    ("The settlement includes annual funding from the department, totalling £96m by 2028-29.", None),
    ("The authority must save £4.5m by 2027 to balance its books.", None),
    # a balance at the end of a month stands in the year ending then
    ("Reserves are expected to be £2.9m by the end of March 2027.", "2026/27"),
    ("The 2026-27 budget includes £1.2m for road repairs.", "2026/27"),
])
def test_a_running_total_reached_by_a_year_has_no_one_period(text, period):
    assert [m.period for m in read_money_text(text)] == [period]


def test_a_running_total_by_a_year_does_not_take_its_heading_year():
    layout = laid_out(Block(kind="heading", page=1, text="High Needs Budget 2025-26", level=1),
                      Block(kind="paragraph", page=1, text="Government grant totalling £48m by 2029-30 "
                                                           "will repay part of the deficit."))
    assert [b.period for b in budgets.extract(layout, document(), {})] == [None]


@pytest.mark.parametrize(("text", "kind"), [
    ("The overspend is due to savings not being delivered in 2025-26 (£3.4m) and demand.", "other"),
    ("Of this, £1.8m relates to savings that could not be achieved this year.", "other"),
    ("Undelivered savings of £620k are carried into next year's plan.", "other"),
    ("Savings of £2.2m have been delivered from the library review.", "saving"),
])
def test_savings_not_delivered_are_money_not_saved(text, kind):
    assert [m.kind for m in read_money_text(text)][:1] == [kind]


def test_a_breakdowns_total_row_restating_the_summary_is_one_budget():
    summary_table = table(["Hall account", "£"], ["Balance b/f 01.04.25", "2,310.00"],
                          ["Income", "4,120.00"], ["Expenditure", "3,870.25"], ["Balance c/f", "2,560.25"])
    breakdown = table(["Income breakdown", "£"], ["Lettings", "£3,020.00"], ["Donations", "£1,100.00"],
                      ["TOTAL", "£4,120.00"], page=2)
    between = Block(kind="paragraph", page=2, text="The income and expenditure are broken down below.")
    found = [(b.amount_gbp, b.kind) for b in run(laid_out(summary_table, between, breakdown))]
    assert found.count((4120, "income")) + found.count((4120, "total")) == 1
    assert {3020, 1100} <= {amount for amount, _ in found}


def test_a_total_row_of_new_figures_is_kept():
    breakdown = table(["Expenditure", "£"], ["Insurance", "£640.00"], ["Grass cutting", "£1,200.00"],
                      ["TOTAL", "£1,840.00"])
    assert (1840, "total") in [(b.amount_gbp, b.kind) for b in run(laid_out(breakdown))]


@pytest.mark.parametrize(("text", "kind"), [
    ("Since May 2025, 52 applications have been received to a value of over £4.6m.", "other"),
    ("Eleven full applications to the value of £900k are being processed.", "other"),
    ("The total value of the approved business loans is £1.35m.", "other"),
    # a cost's own total is still a total
    ("The total cost of the new depot is £612,400.", "total"),
])
def test_what_a_set_of_applications_is_worth_is_a_tally(text, kind):
    assert [m.kind for m in read_money_text(text)] == [kind]


@pytest.mark.parametrize("text", [
    "RESOLVED: That a new noticeboard be purchased for the green, subject to permission, for £640.",
    "The council bought two replacement benches at £310 each.",
])
def test_money_to_buy_something_is_a_cost(text):
    assert [m.kind for m in read_money_text(text)] == ["cost"]


@pytest.mark.parametrize(("text", "kind"), [
    ("The confirmed settlement shows the Public Health grant has increased by £820k.", "other"),
    ("The draft budget assumed an increase in the Social Care grant for 2026-27 of £1.2m.", "other"),
    ("This represents an increase of £300k on the earlier estimate.", "other"),
    # the level reached is the grant itself
    ("The Public Health grant for 2026-27 is £41.5m.", "allocation"),
])
def test_the_size_of_a_rise_is_a_change(text, kind):
    assert [m.kind for m in read_money_text(text)] == [kind]


def test_a_figure_called_a_total_when_restated_is_one_budget():
    layout = laid_out(
        Block(kind="paragraph", page=1, text="The clerk reported that the grant applied for was £4,380."),
        Block(kind="paragraph", page=1, text="RESOLVED: That the grant application be approved totalling £4,380."))
    assert [b.amount_gbp for b in budgets.extract(layout, document(), {})] == [4380]



@pytest.mark.parametrize("introduction, kind", [
    # what money received pays for is allocated from it
    ("Capital receipts of £0.95m will be used to fund the rolling programmes as follows:", "allocation"),
    ("Contributions from revenue of £0.95m will be spent on the following:", "allocation"),
    # money received, listed by where it comes from, is income
    ("Capital receipts expected in 2024/25 are as follows:", "income"),
])
def test_a_table_of_what_income_pays_for_lists_allocations(introduction, kind):
    intro = Block(kind="paragraph", page=1, text=introduction)
    rows = table(["", "£m"], ["Library roof", "0.45"], ["Depot yard", "0.50"], ["Total", "0.95"])
    found = run(laid_out(intro, rows))
    assert {b.kind for b in found if b.label != "Total" and b.amount_gbp < 900000} == {kind}


@pytest.mark.parametrize("text, labels", [
    # a passive verb follows what the figure is; a clause after "and that" is another matter
    ("That the minimum level of uncommitted general balances be set at £3.2m and that no upper limit be set.",
     ["minimum level of uncommitted general balances"]),
    ("The Highways Programme is approved at £8.4m.", ["Highways Programme"]),
    # the words after "as" name a figure that comes first
    ("£21,408,117 be approved as the Council's net budget requirement for 2025/26.",
     ["Council's net budget requirement for 2025/26"]),
    # a figure belongs to the noun after the last "with", not the clause it hangs from
    ("Members endorsed the strategy set out in section 4 of the report with a maximum rise in parking"
     " income amounting to £90,000.", ["maximum rise in parking income"]),
])
def test_a_label_is_the_noun_phrase_the_figure_belongs_to(text, labels):
    assert [m.label for m in read_money_text(text)] == labels


@pytest.mark.parametrize("text, amounts", [
    # a limit said after the figure is still a limit on each item
    ("Only grants of £25,000 and over are key decisions and subject to call-in.", []),
    ("Contracts worth £100,000 or more must go to tender.", []),
    # figures of several grants are the grants
    ("The Cabinet approved grants of £25,000 and £30,000 to the two trusts.", [25000, 30000]),
])
def test_a_limit_after_the_figure_is_no_budget(text, amounts):
    assert [m.amount for m in read_money_text(text)] == amounts


def test_a_yearly_figure_in_a_named_year_is_that_years():
    text = "The Council endorsed a strategy with a minimum increase in council tax for 2026/27 amounting to £15 per annum."
    assert [(m.period, m.kind) for m in read_money_text(text)] == [("2026/27", "other")]


def test_a_yearly_figure_restated_for_its_year_is_one_budget():
    paper = laid_out(
        Block(kind="paragraph", page=1, text="Cabinet prefers an increase in council tax equivalent to £15 a year."),
        Block(kind="paragraph", page=1, text="The increase in council tax for 2026/27 will be £15."))
    assert [b.amount_gbp for b in run(paper)] == [15]


def test_a_table_takes_its_year_from_the_lines_that_lead_into_its_caption():
    paper = laid_out(
        Block(kind="list_item", page=1, marker="2.", level=1,
              text="That the use of internal funding for 2026/27 be approved, specifically as follows:"),
        Block(kind="list_item", page=1, marker="•", level=1, text="Revenue contributions to fund these schemes:"),
        table(["", "£000"], ["Street lighting", "120"], ["Bus shelters", "80"], ["Total", "200"]))
    assert {b.period for b in run(paper)} == {"2026/27"}


# ---------------------------------------------------------------- bounds, snapshots, old prices

def districts_table() -> Block:
    """A comparison of neighbours' schemes: what each awards, and the bounds that decide who
    qualifies (a savings limit, a "type of scheme" sorting the rows)."""
    return table(["Borough", "Type of Scheme", "Caseload", "Total Award", "Savings Limit", "Earnings threshold"],
                 ["Marlow Vale", "Banded Scheme", "3,120", "£2,904,000", "£6,000", "£150"],
                 ["Eastbrook", "Default Scheme", "4,410", "£4,118,250", "£16,000", "£90"])


def test_limit_and_threshold_columns_are_no_money():
    layout = laid_out(Block(kind="heading", page=1, text="Table 3: Comparison at June 2024", level=2),
                      districts_table())
    paper = document().model_copy(update={"title": "Local Support Scheme 2025/26"})
    got = budgets.extract(layout, paper, {"projects": projects.extract(layout, paper, {})})
    # each row's total award, in no year (a snapshot at June 2024, not the scheme's 2025/26)
    assert [(b.label, b.amount_gbp, b.period, b.kind) for b in got] == [
        ("Marlow Vale", 2904000, None, "allocation"), ("Eastbrook", 4118250, None, "allocation")]
    assert projects.extract(layout, paper, {}) == []  # a "type of scheme" makes no row a scheme


def test_a_lone_total_row_under_month_columns_is_its_own_figure():
    layout = laid_out(Block(kind="heading", page=1, text="Table 2: Hardship Support Expenditure", level=2),
                      table(["", "June 23", "June 24", "Dec 24"], ["Total support", "£812,400", "£833,150", "£840,020"]))
    paper = document().model_copy(update={"title": "Hardship Support Scheme 2025/26"})
    got = budgets.extract(layout, paper, {})
    assert {(b.period, b.kind) for b in got} == {(None, "cost")}
    assert [b.amount_gbp for b in got] == [812400, 833150, 840020]


def test_a_caption_dated_within_the_title_year_keeps_it():
    layout = laid_out(Block(kind="heading", page=1, text="Table 4: Position at 31 December 2024", level=2),
                      monitoring_table())
    paper = document().model_copy(update={"title": "Revenue Budget Monitoring 2024/25"})
    assert {b.period for b in budgets.extract(layout, paper, {})} == {"2024/25"}


@pytest.mark.parametrize("text", [
    "At the £500 level personal data can appear in the published lists.",
    "Spending above the £25,000 reporting threshold is published each month.",
    "Orders over the £10k mark need two signatures.",
    "The portal saw 20,000 suppliers register and £3bn of tenders published last year.",
    "Some £450m of transactions were processed through the framework.",
])
def test_bounds_and_market_tallies_are_no_budgets(text):
    assert read_money_text(text) == []


def test_money_held_at_a_level_is_kept():
    assert [m.amount for m in read_money_text("Members agreed to keep the general reserve at the £2m level.")] \
        == [2000000]


@pytest.mark.parametrize(("text", "amounts"), [
    ("The hall hire charge rose from £12.50 to £14.00 an evening.", [14]),
    ("The website subscription increase from £9.99 to £11.99 was accepted.", [12]),
    ("The changes take the capital programme from £12.1m to £13.4m.", [12100000, 13400000]),
])
def test_only_the_new_price_of_a_change_is_paid(text, amounts):
    assert [m.amount for m in read_money_text(text)] == amounts


@pytest.mark.parametrize(("text", "kind"), [
    ("Council Tax Support Working Age Expenditure", "cost"),
    ("Council tax support grant", "income"),
    ("Council tax precept", "income"),
])
def test_council_tax_support_is_no_tax_collected(text, kind):
    assert kind_of(text) == kind


@pytest.mark.parametrize("first_header", ["Grade", "Pay band", "Spinal column point"])
def test_a_pay_scale_is_no_money_spent(first_header):
    layout = laid_out(table([first_header, "Entry", "Middle", "Top"],
                             ["WM4", "£27,852", "£28,784", "£29,716"],
                             ["WM5", "£30,404", "£32,078", "£33,752"]))
    assert run(layout) == []


def test_a_service_table_headed_by_its_services_keeps_its_money():
    layout = laid_out(table(["Service", "Budget £", "Forecast £"], ["Waste", "1,250,000", "1,310,000"]))
    assert [b.amount_gbp for b in run(layout)] == [1250000, 1310000]


@pytest.mark.parametrize(("text", "kept"), [
    ("The entry level salary will increase to £23,950 from April.", []),
    ("Officers receiving salaries in excess of £100,000 are listed in Annex 2.", []),
    ("Disclosure is by pay bands of £5,000 above that level.", []),
    ("The Real Living Wage rates are £12.60 and £13.85 in London.", []),
    ("Salary costs of £3,100,000 are included in the service budget.", [3100000]),
    ("The pay award adds £1,400,000 to the wage bill of £40,000,000.", [1400000, 40000000]),
    ("Clerk's salary - £640", [640]),
])
def test_what_a_post_pays_is_no_money_spent(text, kept):
    assert [m.amount for m in read_money_text(text)] == kept


@pytest.mark.parametrize(("text", "expected"), [
    ("Council approved the Capital Programme of £84.2m over the years from 2024-25 to 2028-29.",
     [(84200000, "5 years")]),
    ("The revised Capital Programme for 2023/24 to 2025/26 was approved by Council as £212.5m.",
     [(212500000, "3 years")]),
    ("The Capital Strategy for 22-23 to 27-28 totals £96m.", [(96000000, "6 years")]),
    ("The proposed capital programme 2026-36 includes spending of £940m.", [(940000000, "10 years")]),
    ("Slippage of £1.2m from 2024/25 to 2025/26 was approved.", [(1200000, "2024/25")]),
    ("A youth service for 8-13 year olds will receive £0.4m.", [(400000, None)]),
])
def test_a_run_of_financial_years_is_a_span_of_years(text, expected):
    """A figure for a run of financial years (Northvale's ten-year plan, Eastmere's programme
    "2023/24 to 2025/26") covers them all, not the first; two years may be money moved."""
    assert [(m.amount, m.period) for m in read_money_text(text)] == expected


def test_a_column_headed_by_a_run_of_years_is_a_span():
    assert heading_period("Scheme cost 2026-27 to 2035-36 £k") == "10 years"


@pytest.mark.parametrize(("text", "expected"), [
    ("The draft programme includes spending of £940m of which £512m is funded from confirmed grants, "
     "£300m from borrowing and £128m other sources.",
     [(940000000, "cost"), (512000000, "income"), (300000000, "other"), (128000000, "other")]),
    ("Of this: £2.6m was externally funded from grants; £0.8m was the addition of play schemes.",
     [(2600000, "income"), (800000, "allocation")]),
    ("That £3.1m of additions be made, £2.9m to be financed by specific grants, and £0.2m funded "
     "from ringfenced reserves.", [(3100000, "allocation"), (2900000, "income"), (200000, "allocation")]),
    ("A new depot costing £2m funded from prudential borrowing was approved.", [(2000000, "cost")]),
    ("Since 2015 the Revenue Support Grant paid to Westbury has been cut from £90m to around £8m.",
     [(90000000, "income"), (8000000, "income")]),
    ("By 2028 we expect our general government grants to stand at £12.5m.", [(12500000, "income")]),
])
def test_where_money_comes_from_gives_its_kind(text, expected):
    """Grants a council is funded from are its income (Hollowmere's "funded from confirmed
    grants", Westbury's Revenue Support Grant); borrowing and "other sources" are neither income
    nor spending; a figure whose own words give its kind keeps it."""
    assert [(m.amount, m.kind) for m in read_money_text(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("By 2030 we expect our government grants to have fallen by a further £9m, to £21.4m.",
     [(9000000, "other"), (21400000, "income")]),
    ("Parking income has increased by £0.3m, to £2.1m.", [(300000, "other"), (2100000, "income")]),
    ("A decrease in the Business Rates Retention Line of £1,670,134 to reflect reduced income.",
     [(1670134, "other")]),
    ("The budget was cut from £4m to £3m.", [(4000000, "allocation"), (3000000, "allocation")]),
])
def test_a_fall_is_a_change_and_the_level_it_reaches_is_the_accounts(text, expected):
    """How far an account fell is a change (Ashcombe's "decrease in the ... line of"), the
    level it fell to is money of that account."""
    assert [(m.amount, m.kind) for m in read_money_text(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A wide range of groups benefited from the awards, which totalled over £31k.", [(31000, "total")]),
    ("A public call resulted in 12 applications of funding which totaled £64,210.50.", [(64211, "total")]),
    ("Grants totalling £145,000 were paid.", [(145000, "cost")]),
])
def test_a_set_summed_by_a_relative_clause_is_a_total(text, expected):
    assert [(m.amount, m.kind) for m in read_money_text(text)] == expected


# --- Capital programmes: tables going on over a page, row numbers, sources of funding ------------

def _over_two_pages(ref_header: str, second_page_refs: list[str]) -> Block:
    """A capital programme by service whose header is printed again over its next years on
    page 2, with a spreadsheet's row numbers down the left and a "Funded by:" block."""
    pages = [
        [["Capital Programme 2026-27 to 2029-30", "", "", "", ""],
         [ref_header, "Service", "Total Cost", "2026-27", "2027-28"],
         ["", "", "£000s", "£000s", "£000s"],
         ["1", "Highways", "900", "300", "200"], ["2", "Libraries", "120", "40", "40"],
         ["3", "Total Programme", "1,020", "340", "240"], ["Funded by:", "", "", "", ""],
         ["4", "Prudential Borrowing", "420", "140", "90"], ["5", "Lottery Grant", "600", "200", "150"],
         ["6", "Total Funding", "1,020", "340", "240"]],
        [[ref_header, "Service", "", "2028-29", "2029-30"], ["", "", "", "£000s", "£000s"],
         [second_page_refs[0], "Highways", "", "250", "150"], [second_page_refs[1], "Libraries", "", "20", "20"],
         [second_page_refs[2], "Total Programme", "", "270", "170"]],
    ]
    rows = [Row(cells=cells, page=page) for page, cells_list in enumerate(pages, 1) for cells in cells_list]
    return Block(kind="table", page=1, text="\n".join(" | ".join(r.cells) for r in rows), rows=rows)


@pytest.mark.parametrize(("ref_header", "second_page_refs"), [
    ("Row Ref", ["1", "2", "3"]),  # numbered afresh under the restated header
    ("Row No.", ["7", "8", "9"]),  # numbered on from page 1
])
def test_a_programme_over_two_pages_reads_each_page_under_its_own_years(ref_header, second_page_refs):
    """Page 2's restated header heads its own years (Highways' 250 is 2028/29, not its "Total
    Cost"); the row numbers are not money; the sources under "Funded by:" are income from
    outside (a lottery grant) or the council's own money (borrowing), and the "Total Cost"
    column is of each row's kind."""
    found = run(laid_out(_over_two_pages(ref_header, second_page_refs)))
    highways = [(b.amount_gbp, b.period, b.kind) for b in found if b.label.startswith("Highways")]
    assert highways == [(900_000, None, "cost"), (300_000, "2026/27", "cost"), (200_000, "2027/28", "cost"),
                        (250_000, "2028/29", "cost"), (150_000, "2029/30", "cost")]
    assert {b.kind for b in found if b.label.startswith("Prudential Borrowing")} == {"other"}
    assert {b.kind for b in found if b.label.startswith("Lottery Grant")} == {"income"}
    assert not {b.amount_gbp for b in found} & {n * 1000 for n in range(1, 10)}


def test_sources_under_a_financing_heading_are_income_or_own_money_not_projects():
    """Hartwell's scheme table, then where its money comes from: a developer's contribution and
    a capital receipt are income, a revenue contribution and a reserve the council's own
    (other), whatever the column ("Spent to date" is no spending of a source); none is a
    scheme."""
    layout = laid_out(table(
        ["Scheme", "Budget 2025/26 £", "Spent to date £"],
        ["Riverside footbridge", "250,000", "120,000"], ["Market hall roof", "80,000", "75,000"],
        ["Total expenditure", "330,000", "195,000"],
        ["Financed by:", "", ""],
        ["Section 106 contributions", "150,000", "90,000"], ["Capital receipts", "60,000", "60,000"],
        ["Revenue contribution to capital", "70,000", "45,000"], ["Earmarked reserve", "50,000", ""],
        ["Total financing", "330,000", "195,000"]))
    sources = ("Section 106 contributions", "Capital receipts", "Revenue contribution to capital", "Earmarked reserve")
    kinds: dict[str, set[str]] = {}
    for b in run(layout):
        source = next((s for s in sources if b.label.startswith(s)), None)
        if source:
            kinds.setdefault(source, set()).add(b.kind)
    assert kinds == {"Section 106 contributions": {"income"}, "Capital receipts": {"income"},
                     "Revenue contribution to capital": {"other"}, "Earmarked reserve": {"other"}}
    names = {p.name for p in projects.extract(layout, document(), {})}
    assert names == {"Riverside footbridge", "Market hall roof"}


def test_a_council_companys_accounts_are_its_turnover_results_and_balance_sheet():
    """Brackmoor Homes Ltd's financial summary: turnover is income; a profit or loss, what it
    owns and what it owes are neither spent nor given (other); its net assets sum the balance
    sheet (total)."""
    layout = laid_out(table(
        ["Financial summary", "2023/24 £m", "2022/23 £m"],
        ["Turnover", "12.4", "11.9"], ["Operating profit/(loss)", "(0.6)", "0.3"],
        ["Profit before tax", "0.2", "0.4"], ["Tangible fixed assets", "4.0", "4.1"],
        ["Current assets", "2.3", "2.6"], ["Pension liability", "(1.2)", "(1.4)"],
        ["Net assets/(liabilities)", "5.1", "5.3"]))
    kinds = {b.label.split(" reduction")[0]: b.kind for b in run(layout)}
    assert kinds == {"Turnover": "income", "Operating profit/(loss)": "other", "Profit before tax": "other",
                     "Tangible fixed assets": "other", "Current assets": "other", "Pension liability": "other",
                     "Net assets/(liabilities)": "total"}


@pytest.mark.parametrize(("text", "expected"), [
    ("The clerk reported that £1,250 had been spent on the defibrillator cabinet.", [(1250, "cost")]),
    ("Fernley Town Council has spent £4,500 on new benches this year.", [(4500, "cost")]),
    ("Of the £10,000 budget, £6,200 has been spent so far.", [(10000, "allocation"), (6200, "cost")]),
    ("The Lottery grant of £5,000 is to be spent by 31 March.", [(5000, "allocation")]),
])
def test_money_already_spent_is_a_cost(text, expected):
    """Money said to have been spent is a cost; money still to be spent keeps its own kind."""
    assert [(m.amount, m.kind) for m in read_money_text(text)] == expected


@pytest.mark.parametrize("change_header", ["Movement £m", "Variance £m", "Change in year £m"])
def test_a_change_in_an_income_rows_value_is_a_change(change_header):
    """Rowan Vale's pooled funds: a fund named for income ("Equity Income Fund") rose or fell by
    its movement, which is a change (other), not income received."""
    layout = laid_out(table(["Pooled fund", "Value at 31 March £m", change_header, "Value at 30 Sept £m"],
                           ["Equity Income Fund", "10.0", "0.7", "10.7"],
                           ["Diversified Income Fund", "20.0", "(0.5)", "19.5"]))
    assert {b.kind for b in run(layout) if b.amount_gbp in (700_000, 500_000)} == {"other"}


@pytest.mark.parametrize(("text", "expected"), [
    ("It was resolved to accept the quotation from Oakfield Tree Care of £1,450 plus VAT for felling the ash.",
     [(1450, "cost")]),
    ("Councillors agreed the lowest of three quotes, £640, for repainting the bus shelter.", [(640, "cost")]),
    ("That the quote of Supplier B be approved for the supply of two litter bins for the sum of £785.",
     [(785, "cost")]),
])
def test_a_quote_accepted_for_work_is_its_cost(text, expected):
    """Brindle Parish Council's quotes: a contractor's price for work is what the work costs."""
    assert [(m.amount, m.kind) for m in read_money_text(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the caption's scale
    ("Appendix B – Portfolio outturn (£'000)\n"
     "Portfolio | Revised Budget | Outturn | Variance\n"
     "Parks & Open Spaces | 1,204 | 1,251 | 47\n"
     "Car Parking | 2,310 | 2,180 | (130)\n",
     [("Parks & Open Spaces revised budget", 1204000), ("Parks & Open Spaces outturn", 1251000),
      ("Parks & Open Spaces overspend", 47000)]),
    # a short line over a table aligned with spaces
    ("Summary position (£m)\n"
     "Directorate          Budget   Forecast   Variance\n"
     "Communities            41.2       43.0        1.8\n"
     "Resources              19.6       19.1       -0.5\n",
     [("Communities budget", 41200000), ("Communities forecast", 43000000), ("Communities overspend", 1800000)]),
])
def test_the_line_over_a_table_scales_figures_its_headers_leave_unscaled(tmp_path, text, expected):
    path = tmp_path / "monitoring.txt"
    path.write_text(text)
    assert [(b.label, b.amount_gbp) for b in run(read_paper(path))][:3] == expected


def test_a_capital_programme_whose_caption_alone_says_it_is_money(tmp_path):
    path = tmp_path / "capital.txt"
    path.write_text("Annex 2: Capital Programme 2026/27 to 2027/28 (£000)\n\n"
                    "Scheme | 2026/27 | 2027/28 | Total\n"
                    "Depot roof renewal | 310 | 90 | 400\n"
                    "Play area upgrades | 150 | 150 | 300\n")
    layout = read_paper(path)
    assert [(p.name, p.amount_gbp) for p in projects.extract(layout, document(), {})] == [
        ("Depot roof renewal", 400000), ("Play area upgrades", 300000)]
    assert summary(run(layout))[:2] == [(310000, "2026/27", "cost"), (90000, "2027/28", "cost")]


@pytest.mark.parametrize(("text", "expected"), [
    # a year opens each column and takes the word after it
    ("Revenue budget by portfolio (£000)\n"
     "Portfolio 2025/26 Budget 2026/27 Budget Change\n"
     "Leisure and Culture 3,120 3,305 185\n"
     "Street Scene 7,402 7,390 (12)\n",
     [("Leisure and Culture budget", 3120000, "2025/26"), ("Leisure and Culture budget", 3305000, "2026/27")]),
    # each column's name ends on its scale
    ("Quarter 3 monitoring\n"
     "Service Budget £000 Forecast Spend £000 Variance £000\n"
     "Housing Options 2,210 2,395 185\n"
     "Planning Policy 1,004 990 (14)\n",
     [("Housing Options budget", 2210000, None), ("Housing Options forecast spend", 2395000, None)]),
    # a header of years alone over rows of pounds, a year to a column
    ("Hollins Parish Council budget\n"
     "2025/26 2026/27\n"
     "Clerk's salary £12,400 £12,900\n"
     "Hall hire £450 £480\n",
     [("Clerk's salary", 12400, "2025/26"), ("Clerk's salary", 12900, "2026/27")]),
])
def test_a_table_whose_cells_a_web_page_parted_by_single_spaces(tmp_path, text, expected):
    path = tmp_path / "budget.txt"
    path.write_text(text)
    found = [(b.label, b.amount_gbp, b.period) for b in run(read_paper(path))]
    assert found[:2] == expected


def test_lines_of_one_sum_each_are_a_table_only_under_a_dated_or_scaled_header(tmp_path):
    dated = tmp_path / "precept.txt"
    dated.write_text("Budget 2026-27 (£)\nGrass cutting 3,900\nStreet lighting 1,250\nInsurance 980\n")
    plain = tmp_path / "notes.txt"
    plain.write_text("Points raised\nGrass cutting 3,900\nStreet lighting 1,250\nInsurance 980\n")
    assert [b.kind for b in read_paper(dated).blocks] == ["table"]
    assert "table" not in [b.kind for b in read_paper(plain).blocks]


@pytest.mark.parametrize(("caption", "expected"), [
    ("Home > Finance > Budget", [("Clerk's salary", 12400, "2025/26"), ("Clerk's salary", 12900, "2026/27")]),
    ("Consultation responses", []),
])
def test_a_caption_naming_a_budget_makes_a_table_of_bare_figures_money(tmp_path, caption, expected):
    """A parish's web page prints its budget in whole pounds with no £ sign: the line over the
    table says what the figures are; the same table under a line about anything else is no money."""
    path = tmp_path / "budget.txt"
    path.write_text(f"{caption}\n2025/26 2026/27\nClerk's salary 12,400 12,900\nHall hire 450 480\n")
    assert [(b.label, b.amount_gbp, b.period) for b in run(read_paper(path))][:2] == expected


@pytest.mark.parametrize("text, amounts", [
    ("Freezing the charge would have meant drawing a further £90,000 from balances, on top of the £200,000 already "
     "set aside.", [200000]),
    ("The scheme would have cost £2m, but a grant of £1.5m was secured.", [1500000]),
    ("The bridge could have been rebuilt for £400,000.", []),
])
def test_what_an_option_not_taken_would_have_cost_is_no_budget(text, amounts):
    assert [m.amount for m in read_money_text(text)] == amounts
