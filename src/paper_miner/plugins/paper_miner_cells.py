"""Datasette plugin for paper_miner sites: money shown as money, records linked to the page
of the paper they came from, and the cross-table search's hits linked to their records.

Loaded with Datasette's plugins_dir; settings come from the "paper-miner" plugin
metadata that publish.metadata() writes (where the papers are served).
"""
from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import quote

from datasette import hookimpl
from datasette.utils import tilde_encode
from markupsafe import Markup, escape

PLUGIN = "paper-miner"


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    if column.endswith("_gbp"):
        return _money(value)
    if column == "page" and isinstance(value, int):
        return _page_link(row, value, database, datasette)
    if table == "documents" and column == "path" and isinstance(value, str):
        return _link(_paper_url(datasette, value), value)
    if table is None and column == "record" and isinstance(value, str):
        return _record_link(value, database, datasette)
    if table is None and column == "doc_id" and isinstance(value, str):
        return _document_link(value, database, datasette)
    return None


def _money(value):
    """Whole pounds as £1,700,000; a JSON list of them (alt_amounts_gbp) as a list."""
    if isinstance(value, (int, float)):
        return f"£{value:,.0f}"
    if isinstance(value, str) and value.startswith("["):
        try:
            amounts = json.loads(value)
        except json.JSONDecodeError:
            return None
        return ", ".join(f"£{a:,.0f}" for a in amounts if isinstance(a, (int, float)))
    return None


def _link(href: str | None, text) -> Markup | None:
    if href is None:
        return None
    return Markup('<a href="{}">{}</a>').format(href, escape(str(text)))


def _paper_url(datasette, path: str) -> str | None:
    """The served copy of a paper, or None when the papers are not being served."""
    config = datasette.plugin_config(PLUGIN) or {}
    folder = config.get("papers_folder")
    if not folder:
        return None
    try:
        relative = Path(path).absolute().relative_to(folder)
    except ValueError:  # outside the served folder
        return None
    return datasette.urls.path(f"{config['papers_mount']}/{quote(relative.as_posix())}")


def _row_value(row, column: str):
    """A column of a result row; expanded foreign keys arrive as {"value", "label"}."""
    if column not in row.keys():
        return None
    value = row[column]
    return value["value"] if isinstance(value, dict) else value


def _page_link(row, page: int, database: str, datasette):
    doc_id = _row_value(row, "doc_id")
    if doc_id is None:
        return None

    async def inner():
        found = await datasette.get_database(database).execute(
            "select path, fmt from documents where doc_id = ?", [doc_id]
        )
        first = found.first()
        url = _paper_url(datasette, first["path"]) if first else None
        # PDF viewers open at #page=N; a text file has no pages to jump to.
        anchor = f"#page={page}" if first and first["fmt"] == "pdf" else ""
        return _link(url and url + anchor, f"p. {page}")

    return inner


def _document_link(doc_id: str, database: str, datasette):
    """A query's doc_id as a link to the paper's row, shown by the paper's title."""

    async def inner():
        found = await datasette.get_database(database).execute(
            "select coalesce(title, file_name) as name from documents where doc_id = ?", [doc_id]
        )
        first = found.first()
        url = datasette.urls.row(database, "documents", tilde_encode(doc_id))
        return _link(url, first["name"] if first else doc_id)

    return inner


def _record_link(value: str, database: str, datasette):
    """``table/key`` (compound keys joined by commas) as a link to that row."""
    table, _, key = value.partition("/")
    if not key:
        return None
    row_path = ",".join(tilde_encode(part) for part in key.split(","))
    return _link(datasette.urls.row(database, table, row_path), key)
