"""Full-text search: one FTS5 index per table, kept in step with the tables by triggers.

Every searchable table also contributes one branch to ``search_all_sql()``, a query that
searches documents, records and page text at once and says where each hit lives.
"""
from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils


@dataclass(frozen=True)
class Searchable:
    """How a table is indexed and how its hits are shown in the cross-table search.

    ``record``, ``summary`` and ``page`` are SQL expressions over the table (as ``r``): the
    row's key as Datasette spells it in a row URL, a one-line description and the page it is
    on. ``snippet`` is the indexed column whose matching words are shown in context.
    """

    columns: tuple[str, ...]
    summary: str
    snippet: str = "quote"
    page: str = "r.page"
    record: str = "r.id"


SEARCHABLE: dict[str, Searchable] = {
    "documents": Searchable(
        columns=("title", "authority", "body", "file_name"),
        summary="coalesce(r.title, r.file_name)", snippet="title", page="null", record="r.doc_id",
    ),
    "projects": Searchable(columns=("name", "owner", "theme", "quote"), summary="r.name"),
    "budgets": Searchable(columns=("label", "owner", "period", "quote"), summary="r.label"),
    "targets": Searchable(
        columns=("indicator", "measure", "quote"),
        summary="coalesce(r.indicator || ': ', '') || r.measure",
    ),
    "decisions": Searchable(
        columns=("body", "subject", "quote"),
        summary="coalesce(r.body || ' ', '') || r.action || ': ' || r.subject",
    ),
    "pages": Searchable(
        columns=("text",),
        summary="'page ' || r.page", snippet="text",
        record="r.doc_id || ',' || r.page",
    ),
}

# Porter stemming: a search for "school" also finds "schools" and "schooling".
TOKENIZE = "porter"
# The matching words in a snippet sit between these marks (the site shows them highlighted);
# brackets no council paper prints, so they survive into CSV as plain, readable marks.
MATCH_START, MATCH_END = "⟪", "⟫"
PAGE_SIZE = 50


def enable_search(db: sqlite_utils.Database) -> None:
    """Create (or leave alone, when already right) the FTS index of every searchable table."""
    for table, spec in SEARCHABLE.items():
        if db[table].exists():
            db[table].enable_fts(
                spec.columns, create_triggers=True, tokenize=TOKENIZE, replace=True
            )


def _snippet(table: str, spec: Searchable) -> str:
    """The matching words in context, marked: '… the Street ⟪Warden⟫ Scheme will cost …'."""
    column = spec.columns.index(spec.snippet)
    return f"snippet({table}_fts, {column}, '{MATCH_START}', '{MATCH_END}', ' … ', 24)"


def paging(page_size: int = PAGE_SIZE) -> str:
    """LIMIT and OFFSET for page :page of a query's results (1 when the box is empty)."""
    return f"limit {page_size} offset {page_size} * max(0, coalesce(cast(:page as integer), 1) - 1)"


def _branch(table: str, spec: Searchable) -> str:
    return (
        f"select '{table}' as record_type, '{table}/' || {spec.record} as record, "
        f"r.doc_id as doc_id, {spec.page} as page, {spec.summary} as summary, "
        f"{_snippet(table, spec)} as snippet, {table}_fts.rank as rank\n"
        f"  from {table}_fts join {table} as r on r.rowid = {table}_fts.rowid\n"
        # FTS5 rejects an empty search, as on first opening the query's page.
        f"  where :q != '' and {table}_fts match escape_fts(:q)"
    )


def search_all_sql() -> str:
    """One query over every FTS index, best matches first.

    ``escape_fts`` is Datasette's own SQL function: it quotes each word, so a search for
    ``£2.4m`` or ``NI 47`` is never read as FTS syntax."""
    branches = "\nunion all\n".join(_branch(t, s) for t, s in SEARCHABLE.items())
    return (
        "select record_type, record, doc_id, page, summary, snippet from (\n"
        f"{branches}\n) order by rank {paging()}"
    )
