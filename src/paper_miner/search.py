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

    ``record``, ``summary``, ``quote`` and ``page`` are SQL expressions over the table
    (as ``r``): the row's key as Datasette spells it in a row URL, a
    one-line description, the supporting text and the page it is on.
    """

    columns: tuple[str, ...]
    summary: str
    quote: str = "r.quote"
    page: str = "r.page"
    record: str = "r.id"


SEARCHABLE: dict[str, Searchable] = {
    "documents": Searchable(
        columns=("title", "authority", "body", "file_name"),
        summary="coalesce(r.title, r.file_name)", quote="r.path", page="null", record="r.doc_id",
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
        summary="'page ' || r.page",
        # snippet() shows the matching words in context rather than the whole page.
        quote="snippet(pages_fts, 0, '', '', ' … ', 24)",
        record="r.doc_id || ',' || r.page",
    ),
}

# Porter stemming: a search for "school" also finds "schools" and "schooling".
TOKENIZE = "porter"
SEARCH_LIMIT = 200


def enable_search(db: sqlite_utils.Database) -> None:
    """Create (or leave alone, when already right) the FTS index of every searchable table."""
    for table, spec in SEARCHABLE.items():
        if db[table].exists():
            db[table].enable_fts(
                spec.columns, create_triggers=True, tokenize=TOKENIZE, replace=True
            )


def _branch(table: str, spec: Searchable) -> str:
    return (
        f"select '{table}' as record_type, '{table}/' || {spec.record} as record, "
        f"r.doc_id as doc_id, {spec.page} as page, {spec.summary} as summary, "
        f"{spec.quote} as quote, {table}_fts.rank as rank\n"
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
        "select record_type, record, doc_id, page, summary, quote from (\n"
        f"{branches}\n) order by rank limit {SEARCH_LIMIT}"
    )
