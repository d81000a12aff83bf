"""Publishing a paper_miner database: a Datasette site (search, facets, links to the page of
the paper, canned queries as plain pages, charts, CSV) and its metadata for `datasette publish`.
Files for spreadsheet users are written by ``exports``.
"""
from __future__ import annotations

import json
import os
from html import escape
from pathlib import Path
from urllib.parse import urlencode

import sqlite_utils
import yaml
from datasette.app import Datasette

from paper_miner import links, search, store

HERE = Path(__file__).parent
METADATA_FILE = HERE / "metadata.yml"
PLUGINS_DIR = HERE / "plugins"
TEMPLATES_DIR = HERE / "templates"
# The plugin serves the folder holding the papers at /originals/, so records link to
# their page of the paper.
PAPERS_MOUNT = "originals"
SETTINGS = {
    # Searching every page's text is the slowest thing a visitor can ask for; this is
    # ample for that, and still stops a runaway query on a shared server.
    "sql_time_limit_ms": 3000,
    "facet_time_limit_ms": 500,
    "default_page_size": 50,
    # Suggested facets are whatever column has few values (quote, page, amount): noise next
    # to the facets metadata.yml chooses because they answer a question.
    "suggest_facets": False,
}
SEARCH_ALL = {
    "hide_sql": True,  # a union over every index: long, and not what a searcher came for
    "title": "Search everything",
    "description": (
        "Search papers, projects, budgets, targets, decisions and page text at once, "
        "e.g. street lighting, LI 7 or £2.4m. Matching words are highlighted."
    ),
    "labels": {"q": "Words to find"},
}
# How many values worth trying a query page lists under its description.
CHOICES_SHOWN = 20


def prepare(db_path: Path) -> None:
    """Bring a database made by any earlier version up to date: search indexes and the
    cross-paper tables included (a database written without `extract` may lack them)."""
    db = sqlite_utils.Database(db_path)
    store.ensure_db_shape(db)
    if not links.links_current(db):
        links.rebuild_links(db)


def paper_files(db: sqlite_utils.Database) -> list[Path]:
    """Where each paper is, from the paths the pipeline stores relative to the database."""
    home = store.db_folder(db)
    return [(home / p).resolve() for (p,) in db.execute("select path from documents")]


def missing_papers(db: sqlite_utils.Database) -> list[Path]:
    """Papers whose file is no longer where the database says: their page links will 404."""
    return [p for p in paper_files(db) if not p.is_file()]


def papers_folder(db: sqlite_utils.Database) -> Path | None:
    """The folder holding every paper in the database, or None when there is nothing there
    to serve."""
    paths = paper_files(db)
    if not paths:
        return None
    folder = Path(os.path.commonpath([p.parent for p in paths]))
    return folder if folder.is_dir() else None


def metadata(db_name: str, papers: Path | None, db: sqlite_utils.Database | None = None) -> dict:
    """Datasette metadata: metadata.yml, filed under ``db_name``, plus the search query; with
    ``db``, each query page lists the values worth typing into its boxes."""
    meta = yaml.safe_load(METADATA_FILE.read_text(encoding="utf-8"))
    database = meta.pop("database")
    search_all = {**SEARCH_ALL, "sql": search.search_all_sql()}
    queries = {"search_all": search_all, **database["queries"]}
    database["queries"] = {name: query_page(q, db) for name, q in queries.items()}
    meta["databases"] = {db_name: database}
    meta["description_html"] = _home_html(meta.pop("description"), db_name, database["queries"])
    folder = str(papers) if papers else None
    meta["plugins"] = {"paper-miner": {"papers_mount": PAPERS_MOUNT, "papers_folder": folder}}
    return meta


def query_page(query: dict, db: sqlite_utils.Database | None) -> dict:
    """A canned query as Datasette takes it: paged when it asks to be, with its description
    and the values worth trying (its "choices", run on ``db``) as HTML."""
    query = dict(query)
    choices = query.pop("choices", {})
    if query.pop("paged", False):
        query["sql"] += "\n" + search.paging()
    offered = {param: _values(db, sql) for param, sql in choices.items()} if db else {}
    query["description_html"] = f"<p>{escape(query['description'])}</p>" + "".join(
        _choices_html(query.get("labels", {}).get(param, param), param, values)
        for param, values in offered.items() if values
    )
    return query


def _values(db: sqlite_utils.Database, sql: str) -> list[str]:
    return [str(value) for (value,) in db.execute(sql).fetchall()[:CHOICES_SHOWN] if value]


def _choices_html(label: str, param: str, values: list[str]) -> str:
    """``<p class="choices">Body (part of its name): <a href="?body=Cabinet">Cabinet</a>, …</p>``"""
    links = ", ".join(f'<a href="?{escape(urlencode({param: v}))}">{escape(v)}</a>' for v in values)
    return f'<p class="choices">{escape(label)}, for example: {links}</p>'


def _home_html(description: str, db_name: str, queries: dict) -> str:
    """The home page's description, with a search over every record and the canned queries."""
    links = "".join(
        f'<li><a href="/{db_name}/{name}">{escape(query["title"])}</a>: '
        f'{escape(query["description"])}</li>'
        for name, query in queries.items()
    )
    return (
        f"<p>{escape(description)}</p>\n"
        f'<form class="core" action="/{db_name}/search_all" method="get">'
        '<p><label for="search-all">Search every record and page</label> '
        '<input type="search" id="search-all" name="q" placeholder="e.g. street lighting, LI 7"> '
        '<input type="submit" value="Search"></p></form>\n'
        f"<h2>Questions to ask</h2><ul>{links}</ul>\n"
        '<p><a href="/-/charts">Charts</a>: money by year, schemes\' costs over time, targets.</p>'
    )


def datasette_app(db_path: Path) -> Datasette:
    """The site `paper-miner serve` runs: read-only, searchable, linked to the papers."""
    prepare(db_path)
    db = sqlite_utils.Database(db_path)
    return Datasette(
        immutables=[str(db_path)],
        metadata=metadata(db_path.stem, papers_folder(db), db),
        plugins_dir=str(PLUGINS_DIR),
        template_dir=str(TEMPLATES_DIR),
        settings=SETTINGS,
    )


def write_metadata(db_path: Path, out: Path, papers: bool = True) -> Path:
    """The site's metadata as JSON, for `datasette serve|publish --metadata`. Without
    ``papers`` the papers folder is left out (a published copy does not have it)."""
    prepare(db_path)
    db = sqlite_utils.Database(db_path)
    meta = metadata(db_path.stem, papers_folder(db) if papers else None, db)
    out.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return out


def serve_args(db_path: Path, metadata_path: Path) -> list[str]:
    """`datasette serve` arguments for the site `datasette_app` builds; the caller adds its own
    Datasette options (--port, --open, --cors ...) after these."""
    settings = [arg for name, value in SETTINGS.items() for arg in ("--setting", name, str(value).lower())]
    return [
        "serve", "--immutable", str(db_path), "--metadata", str(metadata_path),
        "--plugins-dir", str(PLUGINS_DIR), "--template-dir", str(TEMPLATES_DIR), *settings,
    ]
