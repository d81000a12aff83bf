"""Publishing: search indexes, the Datasette site (driven in-process) and the CSV/JSON export."""
import csv
import json

import pandas as pd
import sqlite_utils
from click.testing import CliRunner

from conftest import PUBLISH_FIXTURES, Site, fixture_extraction
from paper_miner import charts, exports, publish, search, store
from paper_miner.cli import cli

HARBOURSIDE = PUBLISH_FIXTURES / "harbourside-cabinet-report.txt"


def memory_db():
    db = sqlite_utils.Database(memory=True)
    store.ensure_db_shape(db)
    return db


def fts_hits(db, table, words):
    return [r[0] for r in db.execute(
        f"select rowid from {table}_fts where {table}_fts match ?", [words]
    ).fetchall()]


# Search indexes


def test_every_searchable_table_gets_an_index_kept_in_step_by_triggers():
    db = memory_db()
    assert all(db[t].detect_fts() == f"{t}_fts" for t in search.SEARCHABLE)
    extraction = fixture_extraction(HARBOURSIDE)
    store.save_extraction(db, extraction)
    assert len(fts_hits(db, "projects", "warden")) == 1
    # Re-extracting the paper with the project gone must drop it from the index too.
    extraction.records["projects"] = extraction.records["projects"][1:]
    store.save_extraction(db, extraction)
    assert fts_hits(db, "projects", "warden") == []
    assert len(fts_hits(db, "projects", "cctv")) == 1


def test_enabling_search_twice_keeps_one_index_and_stems_words():
    db = memory_db()
    store.save_extraction(db, fixture_extraction(HARBOURSIDE))
    search.enable_search(db)
    assert db["pages"].count == 2
    assert len(fts_hits(db, "pages", "recommendation")) == 1  # the page says "Recommendations"


# The home page, tables, facets and search


def test_home_page_has_title_search_box_and_questions(fixture_site):
    html = fixture_site.get("/").text
    assert "<h1>Council papers</h1>" in html
    assert 'action="/papers/search_all"' in html
    assert "Programme totals by owner" in html and "Open Government Licence" in html


def test_tables_carry_descriptions_and_default_facets(fixture_site):
    html = fixture_site.get("/papers/budgets?duplicate_of__isnull=1").text
    assert "One row per figure per period" in html
    for facet in ("kind", "period", "owner"):
        assert f'id="facet-{facet}"' in html
    periods = fixture_site.get("/papers/budgets.json?_facet=period").json()["facet_results"]
    counts = {v["value"]: v["count"] for v in periods["period"]["results"]}
    assert counts == {"2012/13": 1, "2014/15": 1, "per_annum": 1}


def test_amounts_sort_largest_first_and_show_as_pounds(fixture_site):
    rows = fixture_site.rows("/papers/projects")
    assert [r["name"] for r in rows][:2] == ["CCTV upgrade", "Street Warden Scheme"]
    assert rows[0]["amount_gbp"] == 1300000  # stored as a number, shown as money
    assert "£1,300,000" in fixture_site.get("/papers/projects?duplicate_of__isnull=1").text


def test_table_search_finds_words_in_quotes(fixture_site):
    rows = fixture_site.rows("/papers/decisions?_search=youth")
    assert [r["subject"] for r in rows] == ["the Youth Diversion Fund"]


def test_search_all_finds_every_kind_of_record_and_links_to_it(fixture_site):
    rows = fixture_site.rows("/papers/search_all?q=warden")
    assert {r["record_type"] for r in rows} == {"projects", "pages"}
    project = next(r for r in rows if r["record_type"] == "projects")
    html = fixture_site.get("/papers/search_all?q=warden").text
    assert f'href="/papers/{project["record"]}"' in html
    fixture_site.get(f'/papers/{project["record"]}')


def test_search_all_takes_money_codes_and_stray_quotes_as_plain_words(fixture_site):
    assert fixture_site.rows("/papers/search_all") == []  # the page as first opened
    for words in ("£1.3m", "LI 42", '"litter', "AND", "-", "&"):
        fixture_site.get(f"/papers/search_all?q={words}")
    types = {r["record_type"] for r in fixture_site.rows("/papers/search_all?q=LI 42")}
    assert {"targets", "decisions", "pages"} <= types


# Canned queries


def test_programme_totals_by_owner(fixture_site):
    rows = fixture_site.rows("/papers/programme_totals_by_owner")
    assert [(r["owner"], r["projects"], r["costed"], r["total_gbp"]) for r in rows] == [
        ("Harbourside Community Safety Partnership", 3, 2, 1560000)
    ]


def test_spend_by_financial_year_keeps_only_named_years(fixture_site):
    rows = fixture_site.rows("/papers/spend_by_financial_year")
    assert [(r["financial_year"], r["total_gbp"]) for r in rows] == [
        ("2012/13", 410000), ("2014/15", 390000)
    ]


def test_targets_for_an_indicator_however_it_is_typed(fixture_site):
    for typed in ("LI 42", "li42"):
        rows = fixture_site.rows(f"/papers/targets_for_indicator?indicator={typed}")
        measures = [r["measure"] for r in rows]
        assert measures == ["Street cleanliness", "Streets with unacceptable litter"]
    assert fixture_site.rows("/papers/targets_for_indicator?indicator=LI 4") == []


def test_decisions_by_body_and_projects_without_cost(fixture_site):
    decisions = fixture_site.rows("/papers/decisions_by_body")
    assert [(d["body"], d["action"]) for d in decisions][:1] == [("Cabinet", "approved")]
    assert len(decisions) == 3
    uncosted = fixture_site.rows("/papers/projects_without_cost")
    assert [(p["name"], p["funding"]) for p in uncosted] == [
        ("Neighbourhood Watch Relaunch", "self_funding")
    ]
    # Query results name the paper and link to it rather than showing a bare doc_id.
    html = fixture_site.get("/papers/projects_without_cost").text
    assert ">Safer Streets Programme 2012/13</a>" in html


def test_a_canned_query_is_a_page_for_people_not_sql(fixture_site):
    html = fixture_site.get("/papers/decisions_of_a_body").text
    assert "<title>Decisions of a body</title>" in html
    for sql_words in ("select ", "Custom SQL query", "Run SQL", "Edit SQL", "sql-editor"):
        assert sql_words not in html
    assert '<label for="qp1">Body (part of its name)</label>' in html
    # the values worth trying, each a link that runs the query
    assert '<a href="?body=Vale+Community+Partnership+Board">Vale Community Partnership Board</a>' in html
    assert "Type in the box above, or pick one of the examples." in html
    assert "Nothing found" in fixture_site.get("/papers/decisions_of_a_body?body=zeppelin").text
    indicators = fixture_site.get("/papers/targets_for_indicator").text
    assert '<a href="?indicator=LI+42">LI 42</a>' in indicators
    litter = fixture_site.get("/papers/targets_for_indicator?indicator=LI+42").text
    assert '<td class="col-baseline">11</td><td class="col-target">8</td>' in litter  # not 11.0, 8.0


def test_search_snippets_are_highlighted_and_results_come_in_pages(fixture_site, monkeypatch):
    html = fixture_site.get("/papers/search_all?q=warden").text
    assert "The Street <mark>Warden</mark> Scheme will cost £260,000" in html
    first = fixture_site.rows("/papers/search_all?q=warden")
    assert fixture_site.rows("/papers/search_all?q=warden&page=2") == []
    assert fixture_site.rows("/papers/search_all?q=warden&page=1") == first
    assert 'rel="next"' not in html  # fewer hits than a page holds


def test_a_full_page_of_results_links_to_the_next(fixture_site, monkeypatch):
    monkeypatch.setattr(search, "PAGE_SIZE", 2)  # the template's page size; the SQL still pages by 50
    html = fixture_site.get("/papers/search_all?q=council&page=1").text
    assert 'rel="next" href="?q=council&amp;page=2"' in html and 'rel="prev"' not in html
    html = fixture_site.get("/papers/search_all?q=council&page=2").text
    assert 'rel="prev" href="?q=council&amp;page=1"' in html


def test_every_record_shows_its_papers_title_and_date(fixture_site):
    html = fixture_site.get("/papers/budgets?duplicate_of__isnull=1").text
    assert '">Vale Community Partnership Board</a> (2009-03-03)' in html
    assert '">Safer Streets Programme 2012/13</a> (2012-01-10)' in html


def test_an_indicator_links_to_its_targets_and_a_body_to_its_decisions(fixture_site):
    html = fixture_site.get("/papers/indicators").text
    assert '<a href="/papers/targets_for_indicator?indicator=LI+42">2 targets</a>' in html
    html = fixture_site.get("/papers/bodies").text
    assert '<a href="/papers/decisions_of_a_body?body=Vale+Community+Partnership+Board">2 decisions</a>' in html
    assert ">1 decision</a>" in html


def test_documents_list_title_date_authority_and_type_first():
    assert list(store.document_columns())[:5] == ["doc_id", "title", "date", "authority", "doc_type"]


def test_crawlers_are_kept_off(fixture_site):
    assert fixture_site.get("/robots.txt").text == "User-agent: *\nDisallow: /\n"


def test_charts_page_draws_one_bar_per_figure(fixture_site):
    html = fixture_site.get("/-/charts").text
    money, schemes, targets, actuals = html.split("<h2>")[1:]
    assert money.count('class="mark"') == 2  # 2012/13 and 2014/15 allocations
    assert "<title>allocation: £410,000</title>" in money
    assert schemes.count('class="mark"') == 2  # the two costed projects, one paper each
    assert targets.count('class="mark"') == 2 and ">11%</text>" in targets and ">8%</text>" in targets
    assert "Nothing to draw yet" in actuals  # the fixture papers report no actuals


def test_charts_of_nothing_say_so():
    assert charts.bar_chart("Money", []) == '<p class="no-chart">Nothing to draw yet.</p>'
    assert charts.targets_against_baselines([("Fly-tips", 120, 80, "count")])[1].shown == "80"
    bars = charts.targets_against_actuals([("Calls answered", 64, 75, "%", "red")])
    assert [(b.group, b.shown) for b in bars] == [("target", "75%"), ("actual (red)", "64%")]
    assert 'fill="#D55E00"' in charts.bar_chart("Actuals", bars)  # red is drawn red


# Links to the paper and between tables


def test_a_record_links_to_its_paper_which_is_served(fixture_site):
    project = fixture_site.rows("/papers/projects?name=Street Warden Scheme")[0]
    html = fixture_site.get(f"/papers/projects/{project['id']}").text
    assert '<a href="/originals/harbourside-cabinet-report.txt">p. 1</a>' in html
    paper = fixture_site.get("/originals/harbourside-cabinet-report.txt")
    assert paper.headers["content-type"] == "text/plain; charset=utf-8"  # so £ shows as £
    assert "The Street Warden Scheme will cost £260,000" in paper.text


def test_links_to_papers_work_when_served_from_another_folder(fixture_db, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # paths are stored relative to the database, not to where it runs
    site = Site(fixture_db)
    project = site.rows("/papers/projects?name=Street Warden Scheme")[0]
    assert '<a href="/originals/harbourside-cabinet-report.txt">p. 1</a>' in site.get(
        f"/papers/projects/{project['id']}").text
    assert "Street Warden Scheme" in site.get("/originals/harbourside-cabinet-report.txt").text


def test_serve_says_how_many_papers_are_missing(fixture_db, tmp_path):
    moved = tmp_path / "one" / "level" / "deeper" / "moved.db"
    moved.parent.mkdir(parents=True)
    moved.write_bytes(fixture_db.read_bytes())  # the papers' relative paths now lead nowhere
    assert len(publish.missing_papers(sqlite_utils.Database(moved))) == len(list(PUBLISH_FIXTURES.glob("*.txt")))
    assert publish.missing_papers(sqlite_utils.Database(fixture_db)) == []


def test_record_tables_open_showing_each_figure_once_and_the_filter_toggles_copies(fixture_site):
    opened = fixture_site.get("/papers/budgets", status=302)
    assert opened.headers["location"] == "/papers/budgets?duplicate_of__isnull=1"
    fixture_site.get("/papers/budgets?duplicate_of__isnull=1")  # the page itself, filter removable
    fixture_site.get("/papers/budgets?_sort=amount_gbp")  # a table asked for with a query is as asked
    fixture_site.get("/papers/budgets.json")  # and so is data for programs


def test_only_files_under_the_papers_folder_are_served(fixture_site):
    fixture_site.get("/originals/..%2F..%2Fconftest.py", status=404)
    fixture_site.get("/originals/no-such-paper.pdf", status=404)


def test_a_documents_page_lists_its_records(fixture_site):
    doc = fixture_site.rows("/papers/documents?doc_type=report")[0]
    html = fixture_site.get(f"/papers/documents/{doc['doc_id']}").text
    assert "Links from other tables" in html
    assert f'href="/papers/projects?doc_id={doc["doc_id"]}">\n                    3 rows' in html
    assert 'href="/originals/harbourside-cabinet-report.txt"' in html
    assert f'<span title="{doc["sha256"]}">{doc["sha256"][:12]}…</span>' in html


def test_csv_download_keeps_whole_pounds(fixture_site):
    text = fixture_site.get("/papers/budgets.csv?_sort=amount_gbp").text
    rows = list(csv.DictReader(text.splitlines()))
    assert [r["amount_gbp"] for r in rows] == ["69000", "390000", "410000"]
    query = fixture_site.get("/papers/spend_by_financial_year.csv").text
    assert query.splitlines()[0] == "financial_year,kind,figures,total_gbp"


# Metadata


def test_every_column_of_every_table_is_described():
    db = memory_db()
    meta = publish.metadata("papers", None)["databases"]["papers"]["tables"]
    for table in ["documents", "pages", *store.RECORD_MODELS]:
        described = set(meta[table]["columns"])
        assert set(db[table].columns_dict) == described, table


def test_canned_queries_run_on_an_empty_database(tmp_path):
    path = tmp_path / "empty.db"
    store.ensure_db_shape(sqlite_utils.Database(path))
    queries = publish.metadata("empty", None)["databases"]["empty"]["queries"]
    db = sqlite_utils.Database(path)
    db.conn.create_function("escape_fts", 1, str)  # Datasette registers the real one
    for query in queries.values():
        db.execute(query["sql"], {"q": "word", "indicator": "NI 47", "body": "Cabinet", "page": "2", "rag": ""}).fetchall()


def test_papers_folder_is_the_common_folder_of_every_paper(fixture_db, tmp_path):
    assert publish.papers_folder(sqlite_utils.Database(fixture_db)) == PUBLISH_FIXTURES
    assert publish.papers_folder(memory_db()) is None


# The sample corpus, as the pipeline extracts it (documents and pages only)


def test_sample_papers_are_listed_searchable_and_linked_to_their_pages(sample_site):
    documents = sample_site.rows("/papers/documents?_sort=file_name")
    assert len(documents) == 10 and {d["fmt"] for d in documents} == {"pdf", "txt"}
    pdf = next(d for d in documents if d["fmt"] == "pdf" and d["pages"] > 1)
    html = sample_site.get(f"/papers/pages?doc_id={pdf['doc_id']}&page=2").text
    # paths are stored relative to the database; the served folder is the corpus itself
    assert pdf["path"].endswith("corpus/pdf/" + pdf["file_name"])
    url = "/originals/pdf/" + pdf["file_name"]
    assert f'<a href="{url}#page=2">p. 2</a>' in html
    assert sample_site.get(url).headers["content-type"] == "application/pdf"
    hits = [h for n in range(1, 6) for h in sample_site.rows(f"/papers/search_all?q=council&page={n}")]
    assert len(hits) > search.PAGE_SIZE  # more than one page, every page reachable
    assert {h["doc_id"] for h in hits} <= {d["doc_id"] for d in documents}
    assert any(h["record_type"] == "pages" for h in hits)


# The export command and files


def test_export_writes_every_table_as_csv_and_json(fixture_db, tmp_path):
    written = exports.export(sqlite_utils.Database(fixture_db), tmp_path / "csv", workbook=False)
    names = sorted(p.name for p in written)
    for table in ("projects", "schemes", "scheme_projects", "indicators", "bodies", "body_decisions", "pages"):
        assert f"{table}.csv" in names and f"{table}.json" in names
    assert not any("_fts" in n or n.startswith("link_state") for n in names)
    budgets = json.loads((tmp_path / "csv" / "budgets.json").read_text(encoding="utf-8"))
    assert sorted(b["amount_gbp"] for b in budgets) == [69000, 390000, 410000]
    assert {b["paper_title"] for b in budgets} == {"Safer Streets Programme 2012/13", "Vale Community Partnership Board"}
    projects = json.loads((tmp_path / "csv" / "projects.json").read_text(encoding="utf-8"))
    assert projects[0]["alt_amounts_gbp"] == []  # a list, not the text "[]"


def csv_rows(path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM: Excel then reads the file as UTF-8
    return list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))


def test_exported_csv_rows_name_their_paper_and_read_as_a_spreadsheet_user_expects(fixture_db, tmp_path):
    exports.export(sqlite_utils.Database(fixture_db), tmp_path, workbook=False)
    projects = {p["name"]: p for p in csv_rows(tmp_path / "projects.csv")}
    warden = projects["Street Warden Scheme"]
    assert warden["amount_gbp"] == "260000" and warden["quote"].endswith("£260,000 over two years.")
    assert (warden["paper_title"], warden["paper_date"], warden["paper_authority"]) == (
        "Safer Streets Programme 2012/13", "2012-01-10", "Harbourside Borough Council")
    assert warden["paper_link"].endswith("harbourside-cabinet-report.txt")
    assert warden["alt_amounts_gbp"] == ""  # an empty list, not "[]"
    assert projects["Neighbourhood Watch Relaunch"]["amount_gbp"] == ""
    scores = {r["match_score"] for r in csv_rows(tmp_path / "scheme_projects.csv")}
    assert scores == {"100"}  # a whole number, not "100.0"
    decisions = csv_rows(tmp_path / "body_decisions.csv")
    assert {d["paper_title"] for d in decisions} >= {"Vale Community Partnership Board"}
    amounts = {s["name"]: s["amounts"] for s in csv_rows(tmp_path / "schemes.csv")}
    assert amounts["Street Warden Scheme"] == "2012-01-10 260000 harbourside-cabinet-report.txt"


def test_cells_for_spreadsheets():
    assert exports.plain(3.0) == 3 and exports.plain(2.5) == 2.5
    assert exports.plain("[1200000, 950000]") == "1200000; 950000"
    assert exports.plain("[not json") == "[not json"
    assert exports.json_value("[]") == [] and exports.json_value("Cabinet") == "Cabinet"


def test_workbook_has_a_sheet_per_table_with_pounds_and_numbers_intact(fixture_db, tmp_path):
    exports.export(sqlite_utils.Database(fixture_db), tmp_path)
    sheets = pd.read_excel(tmp_path / "papers.xlsx", sheet_name=None)
    assert set(exports.EXPORT_TABLES) - {"failures"} <= set(sheets)
    projects = sheets["projects"].set_index("name")
    assert pd.api.types.is_numeric_dtype(projects["amount_gbp"])
    assert projects.loc["CCTV upgrade", "amount_gbp"] == 1300000
    assert projects.loc["CCTV upgrade", "quote"] == "CCTV upgrade for the town centre: £1.3m."
    assert projects.loc["CCTV upgrade", "paper_date"] == "2012-01-10"
    assert pd.api.types.is_numeric_dtype(sheets["budgets"]["amount_gbp"])
    assert "\f" not in "".join(sheets["pages"]["text"])  # control characters Excel refuses are gone


def test_export_command(fixture_db, tmp_path):
    result = CliRunner().invoke(cli, ["export", "--db", str(fixture_db), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "wrote 25 files" in result.output
    header = (tmp_path / "decisions.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert {"id", "doc_id", "body", "subject", "action", "page", "quote", "paper_title"} <= set(header.split(","))
    assert (tmp_path / "papers.xlsx").is_file()


def test_metadata_command_writes_the_site_for_datasette_publish(fixture_db, tmp_path):
    out = tmp_path / "metadata.json"
    result = CliRunner().invoke(cli, ["metadata", "--db", str(fixture_db), "-o", str(out)])
    assert result.exit_code == 0, result.output
    meta = json.loads(out.read_text(encoding="utf-8"))
    queries = meta["databases"]["papers"]["queries"]
    assert all(q["hide_sql"] for q in queries.values())
    assert "Vale Community Partnership Board" in queries["decisions_of_a_body"]["description_html"]
    assert meta["plugins"]["paper-miner"]["papers_folder"] is None  # a published copy has no papers folder


def test_serve_passes_datasette_options_on(fixture_db, tmp_path, monkeypatch):
    from datasette import cli as datasette_cli

    seen = {}
    monkeypatch.setattr(datasette_cli.cli, "main", lambda args, prog_name: seen.update(args=args))
    result = CliRunner().invoke(cli, ["serve", "--db", str(fixture_db), "--port", "8123", "--open", "--cors"])
    assert result.exit_code == 0, result.output
    args = seen["args"]
    assert args[:3] == ["serve", "--immutable", str(fixture_db)]

    assert ["--port", "8123"] == args[args.index("--port"):args.index("--port") + 2]
    assert args[-2:] == ["--open", "--cors"] and "--template-dir" in args


def test_serve_without_a_database_says_to_extract_first(tmp_path):
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert "run `paper-miner extract` first" in result.output


def test_serve_and_export_refuse_a_file_that_is_not_a_database(tmp_path):
    not_a_db = tmp_path / "notes.db"
    not_a_db.write_text("minutes of the meeting\n" * 100, encoding="utf-8")
    for command in (["serve"], ["export", "--out", str(tmp_path / "csv")]):
        result = CliRunner().invoke(cli, [*command, "--db", str(not_a_db)])
        assert result.exit_code == 1, result.output
        assert "is not a paper_miner database" in result.output


def test_decision_feed_lists_decisions_and_filters_by_words(fixture_site):
    feed = fixture_site.get("/papers/new_decisions.atom").text
    assert feed.startswith("<?xml") and "<feed" in feed
    assert "approved: the Safer Streets Programme" in feed
    assert "agreed: the Youth Diversion Fund" in feed
    youth_only = fixture_site.get("/papers/new_decisions.atom?q=youth").text
    assert "Youth Diversion Fund" in youth_only and "Safer Streets" not in youth_only


def test_budget_feed_shows_money_as_pounds(fixture_site):
    feed = fixture_site.get("/papers/new_budgets.atom").text
    assert "£69,000" in feed


def test_link_tables_are_described_and_a_body_lists_its_decisions(fixture_site):
    html = fixture_site.get("/papers/schemes").text
    assert "matched on normalised name and owner" in html
    rows = fixture_site.rows("/papers/decisions_of_a_body?body=Vale")
    assert [r["action"] for r in rows] == ["agreed", "noted"]


def test_a_feed_with_no_match_yet_is_still_a_feed(fixture_site):
    feed = fixture_site.get("/papers/new_decisions.atom?q=zeppelin").text
    assert "<feed" in feed and "No decisions match yet" in feed
    assert fixture_site.rows("/papers/new_decisions?q=youth")[0]["atom_id"] != "no-match"


def test_targets_missed_lists_actuals_worse_than_their_target_by_polarity(tmp_path):
    path = tmp_path / "missed.db"
    store.ensure_db_shape(sqlite_utils.Database(path))
    db = sqlite_utils.Database(path)
    rows = [("below", 64, 75, "higher", "red"), ("met", 80, 75, "higher", "green"),
            ("above", 30, 25, "lower", "amber"), ("no polarity", 10, 20, None, None)]
    db["targets"].insert_all([{"id": f"t{i}", "measure": m, "actual": a, "target": t, "polarity": p,
                               "rag": r, "direction": "achieve"} for i, (m, a, t, p, r) in enumerate(rows)])
    query = publish.metadata("missed", None)["databases"]["missed"]["queries"]["targets_missed"]["sql"]
    assert [r[2] for r in db.execute(query, {"rag": "", "page": "1"}).fetchall()] == ["below", "above"]
    assert [r[2] for r in db.execute(query, {"rag": "Red", "page": "1"}).fetchall()] == ["below"]
