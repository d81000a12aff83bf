"""Datasette plugin for paper_miner sites: the papers themselves served beside the data,
money shown as money, records linked to the page of the paper they came from, and the
cross-table search's hits linked to their records.

Loaded with Datasette's plugins_dir; settings come from the "paper-miner" plugin
metadata that publish.metadata() writes (which folder holds the papers, and its URL).
"""
from __future__ import annotations

import json
import mimetypes
from pathlib import Path
from urllib.parse import quote

from datasette import hookimpl
from datasette.utils import tilde_encode
from datasette.utils.asgi import Response, asgi_send_file
from markupsafe import Markup, escape

PLUGIN = "paper-miner"


@hookimpl
def register_routes(datasette):
    config = datasette.plugin_config(PLUGIN) or {}
    if not config.get("papers_folder"):
        return []
    return [(rf"^/{config['papers_mount']}/(?P<path>.+)$", paper_file)]


async def paper_file(datasette, request, send):
    """A file under the papers folder, as it is on disk (never anything outside it)."""
    folder = Path(datasette.plugin_config(PLUGIN)["papers_folder"]).resolve()
    path = (folder / request.url_vars["path"]).resolve()
    if not path.is_relative_to(folder) or not path.is_file():
        return Response.text("No such paper", status=404)
    await asgi_send_file(send, path, content_type=_content_type(path))


def _content_type(path: Path) -> str:
    """The file's type. Text of any kind (.txt, .md) is sent as plain text, which browsers
    show rather than download, with its charset, so that £ shows as £."""
    guessed = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    if not guessed.startswith("text/"):
        return guessed
    try:
        path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        return "text/plain; charset=windows-1252"  # the usual non-UTF-8 text of Windows
    return "text/plain; charset=utf-8"


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    if column.endswith("_gbp"):
        return _money(value)
    if column == "page" and isinstance(value, int):
        return _page_link(row, value, database, datasette)
    if column == "sha256" and isinstance(value, str):
        # 64 hex digits crowd the page out; the full value stays in the tooltip and JSON.
        return Markup('<span title="{}">{}…</span>').format(value, value[:12])
    if table == "documents" and column == "path" and isinstance(value, str):
        return _link(_paper_url(datasette, value), value)
    if table is None and column == "record" and isinstance(value, str):
        return _record_link(value, database, datasette)
    if column == "doc_id" and table != "documents" and isinstance(value, str):
        # Table pages already show the paper's title; query results and row pages do not.
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
        shown = ", ".join(f"£{a:,.0f}" for a in amounts if isinstance(a, (int, float)))
        return shown or Markup("&nbsp;")
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
