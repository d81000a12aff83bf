"""Charts for people who would rather look than read: horizontal bar charts drawn as SVG on
the server, so the charts page needs no JavaScript and no network (a published copy, a
laptop on a train and the browser test all see the same picture).

Three questions, each answered from the database by one query (a figure restated in another
paper counted once):
- money by financial year and kind (allocation, cost, saving ...);
- a scheme's stated cost in each paper that names it, oldest paper first;
- each numeric target against its baseline;
- each target against its latest actual, the actual's bar named by its RAG rating.
"""
from __future__ import annotations

import json
from html import escape

from pydantic import BaseModel, ConfigDict

# Colours for the groups of a chart (kinds of money, papers, baseline/target): the
# Okabe-Ito palette, told apart by people with any common colour blindness.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]
LABEL_WIDTH, BAR_WIDTH, ROW_HEIGHT = 300, 380, 22
SCHEMES_SHOWN = 8
TARGETS_SHOWN = 15

MONEY_BY_YEAR_SQL = """
select period, kind, sum(amount_gbp) as total from budgets
where period glob '[12][0-9][0-9][0-9]/[0-9][0-9]' and duplicate_of is null
group by period, kind order by period, kind
"""
SCHEMES_SQL = f"""
select name, amounts from schemes where latest_amount_gbp is not null
order by papers desc, latest_amount_gbp desc limit {SCHEMES_SHOWN}
"""
TARGETS_SQL = f"""
select coalesce(indicator || ': ', '') || measure as measure, baseline, target, unit from targets
where typeof(baseline) in ('integer', 'real') and typeof(target) in ('integer', 'real') and duplicate_of is null
order by indicator, deadline limit {TARGETS_SHOWN}
"""

ACTUALS_SQL = f"""
select coalesce(indicator || ': ', '') || measure as measure, actual, target, unit, rag from targets
where typeof(actual) in ('integer', 'real') and typeof(target) in ('integer', 'real') and duplicate_of is null
order by rag = 'red' desc, rag = 'amber' desc, indicator limit {TARGETS_SHOWN}
"""
# A rating keeps its own colour on every chart: red, amber and green as people read them.
RAG_COLOURS = {"actual (red)": "#D55E00", "actual (amber)": "#E69F00", "actual (green)": "#009E73"}


class Bar(BaseModel):
    """One mark: ``Bar(label="2012/13", group="allocation", value=410000, shown="£410,000")``."""

    model_config = ConfigDict(frozen=True)
    label: str
    group: str
    value: float
    shown: str


def pounds(value: float) -> str:
    return f"£{value:,.0f}"


def money_by_year(rows: list[tuple]) -> list[Bar]:
    """``("2012/13", "allocation", 410000)`` rows, one bar per year and kind."""
    return [Bar(label=year, group=kind or "other", value=total, shown=pounds(total)) for year, kind, total in rows]


def scheme_amounts(rows: list[tuple]) -> list[Bar]:
    """``(name, amounts JSON)`` rows, one bar per stated cost: the scheme's name on its first
    bar, each bar coloured by the paper's date."""
    return [
        Bar(label=name if n == 0 else "", group=amount.get("date") or "undated",
            value=amount["amount_gbp"], shown=f"{pounds(amount['amount_gbp'])} ({amount.get('date') or 'undated'})")
        for name, amounts in rows
        for n, amount in enumerate(json.loads(amounts))
    ]


def targets_against_baselines(rows: list[tuple]) -> list[Bar]:
    """``(measure, baseline, target, unit)`` rows, a baseline bar then a target bar."""
    return [
        Bar(label=measure if group == "baseline" else "", group=group, value=value, shown=f"{value:g}{_unit(unit)}")
        for measure, baseline, target, unit in rows
        for group, value in (("baseline", baseline), ("target", target))
    ]


def targets_against_actuals(rows: list[tuple]) -> list[Bar]:
    """``(measure, actual, target, unit, rag)`` rows, a target bar then the actual's, named
    by its rating: ``("Calls answered", 64, 75, "%", "red")`` -> target 75%, actual (red) 64%."""
    return [
        Bar(label=measure if group == "target" else "", group=group, value=value, shown=f"{value:g}{_unit(unit)}")
        for measure, actual, target, unit, rag in rows
        for group, value in (("target", target), (f"actual ({rag})" if rag else "actual", actual))
    ]


def _unit(unit: str | None) -> str:
    """'%' sticks to its number (8%); a word stands apart (8 tonnes); a count needs none."""
    if not unit or unit == "count":
        return ""
    return unit if unit == "%" else f" {unit}"


def bar_chart(title: str, bars: list[Bar]) -> str:
    """An SVG chart: the label left, a bar (``rect.mark``) scaled to the largest value, and the
    value as printed; a legend of the groups below."""
    if not bars:
        return '<p class="no-chart">Nothing to draw yet.</p>'
    colours = _colours(bars)
    largest = max(abs(b.value) for b in bars) or 1
    rows = "".join(_bar_row(n, bar, colours[bar.group], largest) for n, bar in enumerate(bars))
    height = ROW_HEIGHT * (len(bars) + 2)
    return (
        f'<svg class="chart" role="img" width="{LABEL_WIDTH + BAR_WIDTH + 160}" height="{height}" '
        f'aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg" font-size="13">'
        f"<title>{escape(title)}</title>{rows}{_legend(colours, len(bars))}</svg>"
    )


def _colours(bars: list[Bar]) -> dict[str, str]:
    groups = list(dict.fromkeys(b.group for b in bars))
    return {group: RAG_COLOURS.get(group, PALETTE[n % len(PALETTE)]) for n, group in enumerate(groups)}


def _bar_row(n: int, bar: Bar, colour: str, largest: float) -> str:
    y = n * ROW_HEIGHT
    width = max(1, round(BAR_WIDTH * abs(bar.value) / largest))
    return (
        f'<text x="{LABEL_WIDTH - 8}" y="{y + 15}" text-anchor="end">{escape(bar.label[:45])}</text>'
        f'<rect class="mark" x="{LABEL_WIDTH}" y="{y + 3}" width="{width}" height="{ROW_HEIGHT - 6}" fill="{colour}">'
        f"<title>{escape(bar.group)}: {escape(bar.shown)}</title></rect>"
        f'<text x="{LABEL_WIDTH + width + 6}" y="{y + 15}">{escape(bar.shown)}</text>'
    )


def _legend(colours: dict[str, str], rows: int) -> str:
    y = (rows + 1) * ROW_HEIGHT
    return "".join(
        f'<rect x="{LABEL_WIDTH + n * 120}" y="{y}" width="12" height="12" fill="{colour}"/>'
        f'<text x="{LABEL_WIDTH + n * 120 + 16}" y="{y + 11}">{escape(group)}</text>'
        for n, (group, colour) in enumerate(colours.items())
    )
