"""Datasette plugin for paper_miner sites: the papers themselves served beside the data,
money shown as money, records linked to the page of the paper they came from (by its title
and date), the cross-table search's hits linked to their records with the matching words
highlighted, indicators linked to their targets and bodies to their decisions, a charts
page, paging for canned queries and a robots.txt that keeps crawlers away.

Loaded with Datasette's plugins_dir; settings come from the "paper-miner" plugin
metadata that publish.metadata() writes (which folder holds the papers, and its URL).
"""
from __future__ import annotations

import json
import mimetypes
from pathlib import Path
from urllib.parse import quote, urlencode

from datasette import hookimpl
from datasette.utils import tilde_encode
from datasette.utils.asgi import Response, asgi_send_file
from markupsafe import Markup, escape

from paper_miner import charts, search

PLUGIN = "paper-miner"
# A published copy is for people: search engines would only crawl every facet and query.
ROBOTS_TXT = "User-agent: *\nDisallow: /\n"


# Tables whose rows may restate another paper's (the same report as PDF and text, inside an
# agenda pack): opened bare, they show each paper and figure once, so facets count once too.
COUNTED_ONCE = ("documents", "projects", "budgets", "targets", "decisions")
ONCE_FILTER = "duplicate_of__isnull=1"


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        async def counted_once(scope, receive, send):
            target = once_url(scope)
            if target is None:
                await app(scope, receive, send)
            else:
                await Response.redirect(target).asgi_send(send)
        return counted_once
    return wrap


def once_url(scope) -> str | None:
    """``/papers/budgets`` -> ``/papers/budgets?duplicate_of__isnull=1``: a record table opened
    without a query shows each figure once; removing that filter shows every copy. Any other
    request (a query, JSON, CSV, a row) is left as it is."""
    if scope.get("type") != "http" or scope.get("query_string"):
        return None
    parts = scope.get("path", "").strip("/").split("/")
    return f"/{'/'.join(parts)}?{ONCE_FILTER}" if len(parts) == 2 and parts[1] in COUNTED_ONCE else None


@hookimpl
def register_routes(datasette):
    routes = [(r"^/robots\.txt$", robots_txt), (r"^/-/charts$", charts_page)]
    config = datasette.plugin_config(PLUGIN) or {}
    if config.get("papers_folder"):
        routes.append((rf"^/{config['papers_mount']}/(?P<path>.+)$", paper_file))
    return routes


async def robots_txt():
    return Response.text(ROBOTS_TXT)


async def charts_page(datasette, request):
    """Money by year and kind, schemes' costs across papers, targets against baselines and actuals."""
    name = next(n for n in datasette.databases if n != "_internal")
    db = datasette.get_database(name)
    sections = [
        ("Money by financial year and kind", "spend_by_financial_year", charts.MONEY_BY_YEAR_SQL, charts.money_by_year),
        ("A scheme's cost in each paper that names it", "schemes", charts.SCHEMES_SQL, charts.scheme_amounts),
        ("Targets against their baselines", "targets", charts.TARGETS_SQL, charts.targets_against_baselines),
        ("Targets against their latest actuals, by rating", "targets_missed", charts.ACTUALS_SQL,
         charts.targets_against_actuals),
    ]
    drawn = [
        {"title": title, "url": datasette.urls.database(name) + "/" + source,
         "svg": Markup(charts.bar_chart(title, bars((await db.execute(sql)).rows)))}
        for title, source, sql, bars in sections
    ]
    html = await datasette.render_template("charts.html", {"charts": drawn, "database": name}, request=request)
    return Response.html(html)


@hookimpl
def extra_template_vars(request):
    return {"page_size": search.PAGE_SIZE, "page_query": _page_query}


def _page_query(request, page: int) -> str:
    """The page's query string with ``page`` set: ``body=Cabinet&page=2``."""
    args = [(k, v) for k in request.args.keys() if k != "page" for v in request.args.getlist(k)]
    return urlencode([*args, ("page", str(page))])


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
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a target of 19, stored as a real, is not "19.0"
    if column == "page" and isinstance(value, int):
        return _page_link(row, value, database, datasette)
    if column == "sha256" and isinstance(value, str):
        # 64 hex digits crowd the page out; the full value stays in the tooltip and JSON.
        return Markup('<span title="{}">{}…</span>').format(value, value[:12])
    if table == "documents" and column == "path" and isinstance(value, str):
        return _link(_paper_url(datasette, database, value), value)
    if table is None and column == "record" and isinstance(value, str):
        return _record_link(value, database, datasette)
    if table is None and column == "snippet" and isinstance(value, str):
        return _highlighted(value)
    if column == "doc_id" and table != "documents" and value:
        return _document_link(_row_value(row, "doc_id"), database, datasette)
    return _linked_count(row, value, column, table, database, datasette)


def _highlighted(snippet: str) -> Markup:
    """The search's marked words as <mark>: '… Street ⟪Warden⟫ …' shows 'Warden' highlighted."""
    text = str(escape(snippet))
    return Markup(text.replace(search.MATCH_START, "<mark>").replace(search.MATCH_END, "</mark>"))


# A count in a cross-paper table links to the rows counted: an indicator's targets (the
# query lists them across papers, oldest first), a body's decisions.
COUNT_LINKS = {
    ("indicators", "targets"): ("targets_for_indicator", "indicator", "indicator"),
    ("bodies", "decisions"): ("decisions_of_a_body", "body", "name"),
}


def _linked_count(row, value, column, table, database, datasette) -> Markup | None:
    if (table, column) not in COUNT_LINKS or not isinstance(value, int):
        return None
    query, param, key = COUNT_LINKS[(table, column)]
    href = f"{datasette.urls.database(database)}/{query}?{urlencode({param: _row_value(row, key)})}"
    return _link(href, f"{value} {column if value != 1 else column[:-1]}")


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


def _paper_url(datasette, database: str, path: str) -> str | None:
    """The served copy of a paper, or None when the papers are not being served. Paths are
    stored relative to the database file, so the site works from any folder."""
    config = datasette.plugin_config(PLUGIN) or {}
    folder = config.get("papers_folder")
    db_file = datasette.get_database(database).path
    if not folder or not db_file:
        return None
    try:
        relative = (Path(db_file).parent / path).resolve().relative_to(Path(folder).resolve())
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
        url = _paper_url(datasette, database, first["path"]) if first else None
        # PDF viewers open at #page=N; a text file has no pages to jump to.
        anchor = f"#page={page}" if first and first["fmt"] == "pdf" else ""
        return _link(url and url + anchor, f"p. {page}")

    return inner


def _document_link(doc_id: str, database: str, datasette):
    """A record's paper as a link to its row, shown by its title and date, so that a row means
    something on its own: ``<a href=…>Safer Streets Programme</a> (2012-01-10)``."""

    async def inner():
        found = await datasette.get_database(database).execute(
            "select coalesce(title, file_name) as name, date from documents where doc_id = ?", [doc_id]
        )
        first = found.first()
        url = datasette.urls.row(database, "documents", tilde_encode(doc_id))
        link = _link(url, first["name"] if first else doc_id)
        date = first["date"] if first else None
        return link + Markup(" ({})").format(date) if date else link

    return inner


def _record_link(value: str, database: str, datasette):
    """``table/key`` (compound keys joined by commas) as a link to that row."""
    table, _, key = value.partition("/")
    if not key:
        return None
    row_path = ",".join(tilde_encode(part) for part in key.split(","))
    return _link(datasette.urls.row(database, table, row_path), key)
