"""Publishing a paper_miner database: a Datasette site (search, facets, links to the page of
the paper, canned queries, CSV) and plain CSV/JSON files for people who never open Datasette.
"""
from __future__ import annotations

import asyncio
import csv
import json
import os
from html import escape
from pathlib import Path

import sqlite_utils
import uvicorn
import yaml
from datasette.app import Datasette

from paper_miner import links, search, store

HERE = Path(__file__).parent
METADATA_FILE = HERE / "metadata.yml"
PLUGINS_DIR = HERE / "plugins"
# The plugin serves the folder holding the papers at /originals/, so records link to
# their page of the paper.
PAPERS_MOUNT = "originals"
SETTINGS = {
    # Searching every page's text is the slowest thing a visitor can ask for; this is
    # ample for that, and still stops a runaway query on a shared server.
    "sql_time_limit_ms": 3000,
    "facet_time_limit_ms": 500,
    "default_page_size": 50,
}
EXPORT_TABLES = ["documents", *store.RECORD_MODELS, "pages", "failures"]
SEARCH_ALL = {
    "hide_sql": True,  # a union over every index: long, and not what a searcher came for
    "title": "Search everything",
    "description": "Search papers, projects, budgets, targets, decisions and page text at once.",
}


def prepare(db_path: Path) -> None:
    """Bring a database made by any earlier version up to date: search indexes and the
    cross-paper tables included (a database written without `extract` may lack them)."""
    db = sqlite_utils.Database(db_path)
    store.ensure_db_shape(db)
    if not links.links_current(db):
        links.rebuild_links(db)


def papers_folder(db: sqlite_utils.Database) -> Path | None:
    """The folder holding every paper in the database (paths are relative to the working
    folder, as the pipeline stores them), or None when there is nothing there to serve."""
    paths = [Path(p).absolute() for (p,) in db.execute("select path from documents")]
    if not paths:
        return None
    folder = Path(os.path.commonpath([p.parent for p in paths]))
    return folder if folder.is_dir() else None


def metadata(db_name: str, papers: Path | None) -> dict:
    """Datasette metadata: metadata.yml, filed under ``db_name``, plus the search query."""
    meta = yaml.safe_load(METADATA_FILE.read_text(encoding="utf-8"))
    database = meta.pop("database")
    search_all = {**SEARCH_ALL, "sql": search.search_all_sql()}
    database["queries"] = {"search_all": search_all, **database["queries"]}
    meta["databases"] = {db_name: database}
    meta["description_html"] = _home_html(meta.pop("description"), db_name, database["queries"])
    folder = str(papers) if papers else None
    meta["plugins"] = {"paper-miner": {"papers_mount": PAPERS_MOUNT, "papers_folder": folder}}
    return meta


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
        f"<h2>Questions to ask</h2><ul>{links}</ul>"
    )


def datasette_app(db_path: Path) -> Datasette:
    """The site `paper-miner serve` runs: read-only, searchable, linked to the papers."""
    prepare(db_path)
    papers = papers_folder(sqlite_utils.Database(db_path))
    return Datasette(
        immutables=[str(db_path)],
        metadata=metadata(db_path.stem, papers),
        plugins_dir=str(PLUGINS_DIR),
        settings=SETTINGS,
    )


def serve(ds: Datasette, host: str, port: int) -> None:
    """Run the site until interrupted, as `datasette serve` would."""
    asyncio.run(ds.invoke_startup())
    uvicorn.run(ds.app(), host=host, port=port, log_level="info", lifespan="on")


def export(db: sqlite_utils.Database, folder: Path) -> list[Path]:
    """Write every table as ``<table>.csv`` and ``<table>.json`` into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name in EXPORT_TABLES:
        table = db[name]
        if not table.exists():
            continue
        columns = [c.name for c in table.columns]
        rows = list(table.rows)
        written.append(_write_csv(folder / f"{name}.csv", columns, rows))
        written.append(_write_json(folder / f"{name}.json", rows))
    return written


def _write_csv(path: Path, columns: list[str], rows: list[dict]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        writer.writerows(rows)
    return path


def _write_json(path: Path, rows: list[dict]) -> Path:
    path.write_text(json.dumps(rows, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path
