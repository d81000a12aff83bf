"""Records linked across papers: the same scheme, indicator or body named in several papers.

Rebuilt from the record tables after every run that changed them, so the links always
describe the whole database:

- ``schemes`` / ``scheme_projects``: projects matched on normalised name and owner (with the
  match score), and the scheme's amounts over time;
- ``indicators``: one row per indicator code, with how many papers commit to it and when;
- ``bodies`` / ``body_decisions``: committees and boards under one name (a generic
  ``Cabinet`` qualified by the council whose cabinet it is), with their decisions.

Papers that restate others (see :mod:`paper_miner.duplicates`) are marked first, and the links
are built from the records that state something for the first time, so each figure counts once.
"""
from __future__ import annotations

import hashlib
import json
import re

import sqlite_utils
from rapidfuzz import fuzz

from paper_miner.duplicates import RECORD_KEYS, Paper, matching_records, restatements, shingles

SAME_SCHEME = 88.0  # token-set similarity of normalised names, 0-100
GENERIC_BODIES = {"cabinet", "council", "full council", "executive", "the executive", "board", "committee"}
_REF = re.compile(r"^\s*(?:[A-Z]{0,3}\d+[a-z]?[.)]?|\([a-z0-9]+\))\s+")


def stable_id(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:12]


def scheme_key(name: str) -> str:
    """A project name without its ref, case, punctuation or 'project'/'scheme' suffix."""
    words = re.sub(r"[^a-z0-9]+", " ", _REF.sub("", name).lower()).split()
    while words and words[-1] in {"project", "scheme", "programme", "initiative"}:
        words.pop()
    return " ".join(words)


def same_owner(a: str | None, b: str | None) -> bool:
    return not a or not b or fuzz.token_set_ratio(a.lower(), b.lower()) >= 80


def cluster_schemes(projects: list[dict]) -> list[list[tuple[dict, float]]]:
    """Group project rows naming one scheme; each member carries its match score."""
    groups: list[list[tuple[dict, float]]] = []
    for project in sorted(projects, key=lambda p: (p.get("date") or "", p["id"])):
        key = scheme_key(project["name"])
        best, best_score = None, 0.0
        for group in groups:
            head = group[0][0]
            score = fuzz.token_set_ratio(key, scheme_key(head["name"]))
            if score > best_score and same_owner(project.get("owner"), head.get("owner")):
                best, best_score = group, score
        if best is not None and best_score >= SAME_SCHEME:
            best.append((project, round(best_score, 1)))
        else:
            groups.append([(project, 100.0)])
    return groups


def scheme_rows(groups: list[list[tuple[dict, float]]]) -> tuple[list[dict], list[dict]]:
    schemes, members = [], []
    for group in groups:
        head = group[0][0]
        scheme_id = stable_id(scheme_key(head["name"]), head.get("owner") or "")
        amounts = [
            {"date": p.get("date"), "amount_gbp": p["amount_gbp"], "file_name": p["file_name"]}
            for p, _ in group if p.get("amount_gbp") is not None
        ]
        schemes.append({
            "id": scheme_id, "name": head["name"], "owner": head.get("owner"),
            "mentions": len(group), "papers": len({p["doc_id"] for p, _ in group}),
            "latest_amount_gbp": amounts[-1]["amount_gbp"] if amounts else None,
            "amounts": json.dumps(amounts),
        })
        members += [
            {"scheme_id": scheme_id, "project_id": p["id"], "doc_id": p["doc_id"], "match_score": score}
            for p, score in group
        ]
    return schemes, members


def indicator_rows(targets: list[dict]) -> list[dict]:
    by_code: dict[str, list[dict]] = {}
    for target in targets:
        by_code.setdefault(target["indicator"], []).append(target)
    rows = []
    for code, found in sorted(by_code.items()):
        dates = sorted(d for d in (t.get("date") for t in found) if d)
        rows.append({
            "indicator": code, "targets": len(found), "papers": len({t["doc_id"] for t in found}),
            "first_paper_date": dates[0] if dates else None,
            "latest_paper_date": dates[-1] if dates else None,
            "measure": found[-1]["measure"],
        })
    return rows


def body_name(body: str, authority: str | None) -> str:
    """One spelling per body; a generic 'Cabinet' says whose."""
    name = re.sub(r"^the\s+", "", " ".join(body.split()), flags=re.IGNORECASE)
    if name.lower() in GENERIC_BODIES and authority:
        return f"{name[:1].upper()}{name[1:]} ({authority})"
    return name


def body_rows(decisions: list[dict]) -> tuple[list[dict], list[dict]]:
    bodies: dict[str, dict] = {}
    links = []
    for decision in decisions:
        name = body_name(decision["body"], decision.get("authority"))
        body_id = stable_id(name.lower())
        entry = bodies.setdefault(body_id, {"id": body_id, "name": name, "decisions": 0, "dates": []})
        entry["decisions"] += 1
        if decision.get("date"):
            entry["dates"].append(decision["date"])
        links.append({"body_id": body_id, "decision_id": decision["id"], "date": decision.get("date")})
    rows = [
        {"id": b["id"], "name": b["name"], "decisions": b["decisions"],
         "first_date": min(b["dates"], default=None), "latest_date": max(b["dates"], default=None)}
        for b in bodies.values()
    ]
    return sorted(rows, key=lambda r: r["name"]), links


RECORDS_WITH_PAPER = ("select r.*, d.date, d.file_name, d.authority from [{table}] r join documents d using (doc_id)"
                      " where r.duplicate_of is null")

# Explicit shapes: the tables exist (and canned queries work) even before any paper links.
SCHEMAS: dict[str, tuple[dict[str, type], dict]] = {
    "schemes": (
        {"id": str, "name": str, "owner": str, "mentions": int, "papers": int,
         "latest_amount_gbp": int, "amounts": str},
        {"pk": "id"},
    ),
    "scheme_projects": (
        {"scheme_id": str, "project_id": str, "doc_id": str, "match_score": float},
        {"pk": ("scheme_id", "project_id"), "foreign_keys": [
            ("scheme_id", "schemes", "id"), ("project_id", "projects", "id"),
            ("doc_id", "documents", "doc_id")]},
    ),
    "indicators": (
        {"indicator": str, "targets": int, "papers": int, "first_paper_date": str,
         "latest_paper_date": str, "measure": str},
        {"pk": "indicator"},
    ),
    "bodies": (
        {"id": str, "name": str, "decisions": int, "first_date": str, "latest_date": str},
        {"pk": "id"},
    ),
    "body_decisions": (
        {"body_id": str, "decision_id": str, "date": str},
        {"pk": ("body_id", "decision_id"), "foreign_keys": [
            ("body_id", "bodies", "id"), ("decision_id", "decisions", "id")]},
    ),
}


def ensure_link_tables(db: sqlite_utils.Database) -> None:
    """Create the cross-paper tables empty where missing, so queries over them always run."""
    for name, (columns, options) in SCHEMAS.items():
        if not db[name].exists():
            db[name].create(columns, **options)


def papers_signature(db: sqlite_utils.Database) -> str:
    """Which papers, at which pipeline version, the database holds right now."""
    rows = db.execute("select doc_id, pipeline_version from documents order by doc_id").fetchall()
    return stable_id(*(f"{doc}:{version}" for doc, version in rows))


def invalidate(db: sqlite_utils.Database) -> None:
    """Called with every write to a paper's records: their marks and links must be rebuilt,
    even when the same papers at the same version come back (a forced re-run)."""
    if db["link_state"].exists():
        db["link_state"].delete_where()


def links_current(db: sqlite_utils.Database) -> bool:
    """False after any change to the papers, including a run killed before it relinked."""
    if not db["link_state"].exists():
        return False
    row = db.execute("select signature from link_state").fetchone()
    return row is not None and row[0] == papers_signature(db)


def papers_for_comparison(db: sqlite_utils.Database) -> list[Paper]:
    query = ("select d.doc_id, d.path, d.fmt, group_concat(p.text, ' ') from documents d"
             " left join pages p using (doc_id) group by d.doc_id order by d.doc_id")
    return [Paper(doc_id=doc_id, path=path, fmt=fmt, shingles=shingles(text or ""))
            for doc_id, path, fmt, text in db.execute(query).fetchall()]


def mark_duplicates(db: sqlite_utils.Database) -> int:
    """Mark papers that restate others, and their records that restate the canonical paper's;
    smaller papers first, so a pack's records meet the settled records of what it contains."""
    papers = papers_for_comparison(db)
    size = {p.doc_id: len(p.shingles) for p in papers}
    db.execute("update documents set duplicate_of = null, duplicate_score = null")
    for table in RECORD_KEYS:
        db.execute(f"update [{table}] set duplicate_of = null")
    found = sorted(restatements(papers), key=lambda r: (size[r.doc_id], r.doc_id))
    for restated in found:
        db.execute("update documents set duplicate_of = ?, duplicate_score = ? where doc_id = ?",
                   [restated.canonical, restated.score, restated.doc_id])
        for table in RECORD_KEYS:
            _mark_records(db, table, restated.doc_id, restated.canonical)
    return len(found)


def _mark_records(db: sqlite_utils.Database, table: str, doc_id: str, canonical: str) -> None:
    records = list(db.query(f"select * from [{table}] where doc_id = ? order by id", [doc_id]))
    originals = list(db.query(f"select * from [{table}] where doc_id = ? and duplicate_of is null order by id",
                              [canonical]))
    for record_id, original_id in matching_records(table, records, originals).items():
        db.execute(f"update [{table}] set duplicate_of = ? where id = ?", [original_id, record_id])


def rebuild_links(db: sqlite_utils.Database) -> dict[str, int]:
    """Mark restatements, then recompute every cross-paper table, in one transaction;
    returns their row counts."""
    with db.atomic():
        mark_duplicates(db)
        return _relink(db)


def _relink(db: sqlite_utils.Database) -> dict[str, int]:
    projects = list(db.query(RECORDS_WITH_PAPER.format(table="projects")))
    targets = list(db.query(RECORDS_WITH_PAPER.format(table="targets") + " and r.indicator is not null"))
    decisions = list(db.query(RECORDS_WITH_PAPER.format(table="decisions") + " and r.body is not null"))
    schemes, members = scheme_rows(cluster_schemes(projects))
    bodies, body_links = body_rows(decisions)
    rows = {
        "schemes": schemes, "scheme_projects": members, "indicators": indicator_rows(targets),
        "bodies": bodies, "body_decisions": body_links,
    }
    for name in reversed(list(SCHEMAS)):  # link tables first: they point at the others
        db[name].drop(ignore=True)
    for name, (columns, options) in SCHEMAS.items():
        db[name].create(columns, **options)
        db[name].insert_all(rows[name])
    db["link_state"].drop(ignore=True)
    db["link_state"].insert({"signature": papers_signature(db)})
    return {name: len(found) for name, found in rows.items()}
