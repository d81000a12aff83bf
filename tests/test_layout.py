"""Format-independent layout rules: line classification and the page-break repairs."""
from __future__ import annotations

import pytest

from paper_miner.layout.arrange import arrange
from paper_miner.layout.blocks import (
    classify,
    ends_sentence,
    join_lines,
    looks_like_heading,
    split_marker,
    table_block,
)
from paper_miner.models import Block, Layout, Row


@pytest.mark.parametrize("text, marker, rest", [
    ("- improve value", "-", "improve value"),
    ("• High Level Programme", "•", "High Level Programme"),
    ("◆ Promote tourism", "◆", "Promote tourism"),
    ("* This section will be updated", "*", "This section will be updated"),
    ("(a) Civic Alliance Demonstration Project", "(a)", "Civic Alliance Demonstration Project"),
    ("(iv) discussed a report", "(iv)", "discussed a report"),
    ("b) Not to award a grant", "b)", "Not to award a grant"),
    ("2)    APPROVED the use of reserves", "2)", "APPROVED the use of reserves"),
    ("1 That Cabinet note the changes", "1", "That Cabinet note the changes"),
    ("1.2 The purpose", "1.2", "The purpose"),
    ("3.1.1 Sub Regional Partnership", "3.1.1", "Sub Regional Partnership"),
    ("4. Recommendations", "4.", "Recommendations"),
    ("S1. Sub-regional Temporary Staff Solution", "S1.", "Sub-regional Temporary Staff Solution"),
    ("S15a. Knowledge Management", "S15a.", "Knowledge Management"),
    ("7.2Grass cutting contract - AGREED.", "7.2", "Grass cutting contract - AGREED."),
    ("12.CORRESPONDENCE", "12.", "CORRESPONDENCE"),
])
def test_split_marker(text, marker, rest):
    assert split_marker(text) == (marker, rest)


@pytest.mark.parametrize("text", [
    "2008 was a good year for the council.", "£45,000 was spent.", "Sub-regional working", "-5 degrees",
    "12)", "3)the pilot", "2.5MW of solar panels",
])
def test_split_marker_leaves_plain_text(text):
    assert split_marker(text)[0] is None


def test_join_lines_keeps_hyphen_of_split_compound():
    assert join_lines(["across the sub-", "regional partnership"]) == "across the sub-regional partnership"
    assert join_lines(["Customer Engagement -", "mapping"]) == "Customer Engagement - mapping"


def test_ends_sentence():
    assert ends_sentence("It was agreed.")
    assert ends_sentence("as follows:-")
    assert not ends_sentence("including the")
    assert not ends_sentence("access to information,")


def test_numbered_section_title_is_heading_with_depth():
    block = classify("3.1.1 Nottinghamshire Sub Regional Partnership", 2, emphasised=True)
    assert (block.kind, block.marker, block.level, block.text) == (
        "heading", "3.1.1", 3, "Nottinghamshire Sub Regional Partnership")


def test_numbered_sentence_is_list_item():
    block = classify("4.1 The Board consider and note the progress.", 1, emphasised=False)
    assert (block.kind, block.marker, block.text) == ("list_item", "4.1", "The Board consider and note the progress.")


def test_paren_marker_is_list_item_even_when_bold():
    block = classify("(a) Civic Alliance Demonstration Project", 1, emphasised=True)
    assert block.kind == "list_item" and block.marker == "(a)"


def test_italic_bullet_is_subheading():
    block = classify("• High Level Programme", 1, emphasised=False, whole_italic=True)
    assert block.kind == "heading" and block.text == "High Level Programme"


def test_all_caps_and_dated_headings():
    assert classify("2 TEAM LANCASHIRE", 1, emphasised=None).level == 1
    assert classify("SSOG – 2 July 2007", 1, emphasised=True).kind == "heading"


def test_money_line_is_not_heading():
    assert not looks_like_heading("Joint ICT Service £20,000", emphasised=True, standalone=True)


def test_label_line_is_not_inferred_heading():
    assert not looks_like_heading("Date: 4 March 2010", emphasised=None, standalone=True)
    assert looks_like_heading("Purpose of the Report", emphasised=None, standalone=True)


def test_table_block_trims_trailing_empty_columns_and_pads():
    block = table_block([Row(cells=["a", "b", ""], page=1), Row(cells=["c"], page=1)])
    assert [r.cells for r in block.rows] == [["a", "b"], ["c", ""]]
    assert block.text == "a | b\nc | "


def _table(page: int, *rows: list[str]) -> Block:
    return table_block([Row(cells=r, page=page) for r in rows])


def _layout(*blocks: Block) -> Layout:
    return Layout(fmt="pdf", page_texts=["", "", ""], blocks=list(blocks))


def test_arrange_merges_table_across_pages_dropping_repeated_header():
    first = _table(1, ["Scheme", "Cost"], ["Depot", "£1"])
    second = _table(2, ["Scheme", "Cost"], ["Parks", "£2"])
    blocks = arrange(_layout(first, second)).blocks
    assert len(blocks) == 1
    assert [r.cells for r in blocks[0].rows] == [["Scheme", "Cost"], ["Depot", "£1"], ["Parks", "£2"]]
    assert [r.page for r in blocks[0].rows] == [1, 1, 2]
    assert blocks[0].page == 1


def test_arrange_joins_cell_split_mid_sentence():
    first = _table(1, ["Outcome", "Target"], ["Fewer road casualties", "Reduce casualties from 292"])
    second = _table(2, ["", "to 251 by 2011"], ["Cleaner air", "Meet the standard."])
    rows = arrange(_layout(first, second)).blocks[0].rows
    assert rows[1].cells == ["Fewer road casualties", "Reduce casualties from 292 to 251 by 2011"]
    assert rows[2].cells == ["Cleaner air", "Meet the standard."]


def test_arrange_keeps_tables_of_different_shape_apart():
    first = _table(1, ["a", "b"], ["1", "2"])
    second = _table(2, ["x", "y", "z"], ["1", "2", "3"])
    assert len(arrange(_layout(first, second)).blocks) == 2


def test_arrange_drops_header_repeated_inside_one_table():
    table = _table(1, ["H1", "H2"], ["road casualties is", "fewer people"], ["H1", "H2"],
                   ["reduced", "killed"])
    rows = arrange(_layout(table)).blocks[0].rows
    assert [r.cells for r in rows] == [["H1", "H2"], ["road casualties is reduced", "fewer people killed"]]


def test_arrange_joins_paragraph_split_by_page_break():
    blocks = arrange(_layout(
        Block(kind="paragraph", page=1, text="The Group also"),
        Block(kind="paragraph", page=2, text="agreed to the submission."),
        Block(kind="paragraph", page=2, text="Next paragraph."),
    )).blocks
    assert [b.text for b in blocks] == ["The Group also agreed to the submission.", "Next paragraph."]


def test_arrange_fills_sections_and_nests_unnumbered_subheads():
    blocks = arrange(_layout(
        Block(kind="heading", page=1, text="Purpose", marker="1.", level=1),
        Block(kind="heading", page=1, text="Partnership", marker="3.1.1", level=3),
        Block(kind="heading", page=1, text="Review of progress", marker="•", level=0),
        Block(kind="paragraph", page=1, text="Text."),
        Block(kind="heading", page=1, text="Other partnership", marker="3.1.2", level=3),
        Block(kind="paragraph", page=1, text="More."),
    )).blocks
    assert blocks[2].level == 4
    assert blocks[3].section == ["Purpose", "Partnership", "Review of progress"]
    assert blocks[5].section == ["Purpose", "Other partnership"]


def test_appendix_heading_resets_and_nests_following_titles():
    blocks = arrange(_layout(
        Block(kind="heading", page=1, text="Recommendations", marker="4.", level=1),
        Block(kind="heading", page=1, text="Appendix A", level=1),
        Block(kind="heading", page=1, text="Programme details", level=0),
        Block(kind="paragraph", page=1, text="Text."),
    )).blocks
    assert blocks[3].section == ["Appendix A", "Programme details"]


def _para(page: int, text: str) -> Block:
    return Block(kind="paragraph", page=page, text=text)


@pytest.mark.parametrize("first, second", [
    ("The review covered all of the district authorities in the county, including the",
     "Ambulance Trust."),
    ("The programme will form part of the delivery plan agreed with partners for",
     "Theme 4 of the Local Area Agreement."),
    ("A programme of twelve projects was agreed at the meeting of the Leaders",
     "Forum on 3rd March for a programme across the three priority themes."),
])
def test_arrange_rejoins_prose_cut_before_a_capital(first, second):
    for page in (1, 2):  # a stray blank line on the page, or a page break
        blocks = arrange(_layout(_para(1, first), _para(page, second))).blocks
        assert [b.text for b in blocks] == [f"{first} {second}"]


@pytest.mark.parametrize("first, second", [
    ("The board agreed the terms of reference for the group at its meeting in",  # a heading next
     Block(kind="heading", page=1, text="Finance", level=1)),
    ("Progress has been slower than expected in the northern part of the county this year",
     _para(1, "The board will review the position in the spring.")),  # ends on a plain word
    ("The board agreed the programmes for each of the sub regional Partnerships",
     _para(1, "Janet Hill Head of Community Services")),  # a signature is no sentence
    ("Reports were received from each of the five district Councils",
     _para(1, "The Group noted the reports and thanked the officers.")),  # "The" opens a sentence
    ("the Leader of the Borough Council Jane Smith OBE", _para(1, "Council of the Year")),
])
def test_arrange_keeps_separate_paragraphs_apart(first, second):
    assert len(arrange(_layout(_para(1, first), second)).blocks) == 2


def test_arrange_joins_unlabelled_row_finishing_cells_cut_mid_sentence():
    first = _table(1, ["Outcome", "Target", "Action"],
                   ["Children achieve", "Reach at least 6 points in each of the scales in",
                    "Raise the share of good settings (currently 61% in March"])
    second = _table(2, ["Outcome", "Target", "Action"],
                    ["", "Reading, Writing and Number Skills", "2010) to 70%"],
                    ["Adults are healthy", "Reduce smoking.", "Fund clinics."])
    rows = arrange(_layout(first, second)).blocks[0].rows
    assert [r.cells for r in rows[1:]] == [
        ["Children achieve",
         "Reach at least 6 points in each of the scales in Reading, Writing and Number Skills",
         "Raise the share of good settings (currently 61% in March 2010) to 70%"],
        ["Adults are healthy", "Reduce smoking.", "Fund clinics."]]


def test_arrange_joins_unlabelled_row_after_colon_and_after_prose_that_stops():
    first = _table(1, ["Outcome", "Target", "Action"],
                   ["Pupils achieve", "The gap between pupils is reduced to:",
                    "Work with partners to deliver the long term Energy from Waste Plant"])
    second = _table(2, ["", "64% at age eleven", "Project from procurement to construction"])
    cells = arrange(_layout(first, second)).blocks[0].rows[1].cells
    assert cells[1] == "The gap between pupils is reduced to:\n64% at age eleven"
    assert cells[2].endswith("Energy from Waste Plant Project from procurement to construction")


def test_arrange_keeps_row_under_a_group_label_after_a_break():
    first = _table(1, ["Theme", "Scheme", "Cost"], ["Youth", "Detached youth work", "£25,000"])
    second = _table(2, ["", "Summer activity programme", "£12,000"])
    rows = arrange(_layout(first, second)).blocks[0].rows
    assert [r.cells for r in rows[1:]] == [
        ["Youth", "Detached youth work", "£25,000"], ["", "Summer activity programme", "£12,000"]]


def _item(marker: str, text: str) -> Block:
    return Block(kind="list_item", page=1, text=text, marker=marker, level=1)


def test_arrange_promotes_numbered_title_followed_by_its_subsections():
    blocks = arrange(_layout(
        _item("1.", "Purpose of the report"), _item("1.1", "To report progress."),
        _item("2.", "Review of progress and summaries of partnership programmes"),
        _item("2.1", "The following provides a summary."),
        _item("3.", "Background"), _para(1, "The Board met in May."),
    )).blocks
    assert [(b.kind, b.level) for b in blocks if b.marker in ("1.", "2.", "3.")] == [
        ("heading", 1), ("heading", 1), ("heading", 1)]
    assert blocks[3].section == ["Review of progress and summaries of partnership programmes"]
    assert blocks[5].section == ["Background"]


def test_arrange_leaves_numbered_lists_as_items():
    blocks = arrange(_layout(
        Block(kind="heading", page=1, text="Recommendations", marker="4.", level=1),
        _item("1.", "Shared Payroll Service"), _para(1, "A feasibility study of a joint service."),
        _item("5.", "Joint Purchasing of Fleet Tyres"), _para(1, "A countywide contract."),
        _item("2.", "Leadership"), _item("3.", "Shared Services"),
    )).blocks
    assert [b.kind for b in blocks if b.marker] == ["heading"] + ["list_item"] * 4


def test_dotted_number_closes_stale_numbered_sections():
    blocks = arrange(_layout(
        Block(kind="heading", page=1, text="Options", marker="6", level=1),
        Block(kind="heading", page=1, text="Option 2", marker="6.2", level=2),
        _para(1, "Do nothing."),
        _item("6.3", "Option 1 is preferred."),
        Block(kind="heading", page=1, text="Purpose of the report", marker="1.", level=1),
        _item("2.1", "The Board met in May."),
    )).blocks
    assert blocks[3].section == ["Options"]
    assert blocks[5].section == []  # "2.1" cannot sit in section 1
    blocks = arrange(_layout(
        Block(kind="heading", page=1, text="Recommendations", marker="4.", level=1),
        _item("1", "That Cabinet notes the report."),
    )).blocks
    assert blocks[1].section == ["Recommendations"]  # a plain list inside section 4


@pytest.mark.parametrize("text", ["21 February 2011", "26 JANUARY 2012", "3 Sept. 2010"])
def test_a_date_line_is_not_a_numbered_item(text):
    assert split_marker(text) == (None, text)


@pytest.mark.parametrize("text, emphasised, standalone, expected", [
    # a bold two-line title, longer than a heading usually is
    ("Briefing Note on the review of the Shared Procurement Portal and its use by the "
     "Northfield Councils Partnership", True, True, True),
    # the same words, not bold: a paragraph's opening
    ("Briefing Note on the review of the Shared Procurement Portal and its use by the "
     "Northfield Councils Partnership", False, True, False),
    # bold, but a block of many lines: a bold paragraph
    ("Briefing Note on the review of the Shared Procurement Portal and its use by the "
     "Northfield Councils Partnership", True, False, False),
    # bold and set apart, but too long for any title
    ("The Panel asked that officers look again at the way the portal is used by the smaller "
     "district councils and report back to a future meeting with options", True, True, False),
])
def test_a_long_bold_line_set_apart_is_a_heading(text, emphasised, standalone, expected):
    assert looks_like_heading(text, emphasised=emphasised, standalone=standalone) is expected
