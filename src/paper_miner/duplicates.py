"""Papers that are one paper, and figures stated in more than one paper.

Councils publish a report on its own and again inside the agenda pack, re-issue it with a
new title page, and researchers download the PDF beside a converted text copy. Summing a
column over such a folder counts each figure twice, so papers are compared by content:

* each paper's text becomes a set of word shingles (every run of five words, case and
  punctuation folded), so layout, page breaks and format do not matter;
* two papers are *twins* when each holds at least ``SAME_PAPER`` of the other's shingles (the
  PDF and its text export; a re-issue with a changed cover); a paper *contains* another when it
  holds that share of the other's shingles but not the reverse (an agenda pack and a report);
* among twins the canonical paper is a PDF, and of those the one with the least extra wording
  (the report as first issued, not the re-issue with a new cover), then the first by path; a
  pack is marked as restating the paper it contains that it shares most with;
* a record of a marked paper that states what a record of its canonical paper states (same
  figure, same period, same indicator or action, and closely the same words) points to it.

Records are kept, only marked: ``documents.duplicate_of`` / ``duplicate_score`` and each
record's ``duplicate_of``. Totals, links and the site count the unmarked records only.
"""
from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable

from pydantic import BaseModel, ConfigDict
from rapidfuzz import fuzz

SHINGLE_WORDS = 5
SAME_PAPER = 0.75  # share of a paper's shingles the other paper holds (a PDF and its text export: 0.81-0.99)
SAME_WORDS = 85.0  # token-set similarity (0-100) of two records' labels, names or subjects
# A run of words found in this many papers is boilerplate ("the minutes of the meeting held"),
# no evidence that two papers are one; skipping it also keeps the comparison linear.
COMMON_SHINGLE = 25
# What must be equal, and which words must be close, for two records to state one thing.
RECORD_KEYS: dict[str, tuple[tuple[str, ...], str]] = {
    "projects": (("amount_gbp",), "name"),
    "budgets": (("amount_gbp", "period"), "label"),
    "targets": (("indicator", "target"), "measure"),
    "decisions": (("action",), "subject"),
}


class Paper(BaseModel):
    """One paper as the comparison sees it."""

    model_config = ConfigDict(frozen=True)
    doc_id: str
    path: str
    fmt: str
    shingles: frozenset[int]


class Restatement(BaseModel):
    """``doc_id`` restates ``canonical`` (``score``: the share of shingles they share)."""

    model_config = ConfigDict(frozen=True)
    doc_id: str
    canonical: str
    score: float


def shingles(text: str) -> frozenset[int]:
    """Hashed five-word runs: ``"The Board agreed the budget."`` -> one shingle."""
    words = re.findall(r"[a-z0-9]+", text.lower())
    runs = (" ".join(words[i:i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1))
    return frozenset(int.from_bytes(hashlib.blake2b(r.encode(), digest_size=8).digest(), "big") for r in runs)


def shared_shingles(papers: list[Paper]) -> dict[tuple[str, str], int]:
    """How many shingles each pair of papers shares, found through an inverted index so that
    papers with nothing in common are never compared."""
    holders: dict[int, list[str]] = defaultdict(list)
    for paper in papers:
        for shingle in paper.shingles:
            holders[shingle].append(paper.doc_id)
    shared: dict[tuple[str, str], int] = defaultdict(int)
    for docs in holders.values():
        if len(docs) > COMMON_SHINGLE:
            continue
        for i, a in enumerate(docs):
            for b in docs[i + 1:]:
                shared[(a, b)] += 1
    return shared


def restatements(papers: list[Paper]) -> list[Restatement]:
    """Every paper that restates another: twins point to their canonical paper, packs to the
    paper they contain."""
    by_id = {p.doc_id: p for p in papers}
    twins, contains = _relations(by_id, shared_shingles(papers))
    canonical = _canonical_twins(by_id, twins)
    found = {doc: Restatement(doc_id=doc, canonical=head, score=score)
             for doc, (head, score) in canonical.items() if doc != head}
    for pack, (inner, score) in contains.items():
        head = canonical.get(inner, (inner, 1.0))[0]
        if pack not in found and head != canonical.get(pack, (pack, 1.0))[0]:
            found[pack] = Restatement(doc_id=pack, canonical=head, score=score)
    return sorted(found.values(), key=lambda r: r.doc_id)


def _relations(by_id: dict[str, Paper], shared: dict[tuple[str, str], int]):
    """Twin pairs (with their lower share), and for each pack the paper it holds most of."""
    twins: list[tuple[str, str, float]] = []
    contains: dict[str, tuple[str, float]] = {}
    for (a, b), n in sorted(shared.items()):
        a_in_b, b_in_a = n / len(by_id[a].shingles), n / len(by_id[b].shingles)
        if min(a_in_b, b_in_a) >= SAME_PAPER:
            twins.append((a, b, round(min(a_in_b, b_in_a), 3)))
        elif max(a_in_b, b_in_a) >= SAME_PAPER:
            pack, inner, share = (b, a, a_in_b) if a_in_b >= SAME_PAPER else (a, b, b_in_a)
            if share > contains.get(pack, ("", 0.0))[1]:
                contains[pack] = (inner, round(share, 3))
    return twins, contains


def _canonical_twins(by_id: dict[str, Paper], twins: list[tuple[str, str, float]]) -> dict[str, tuple[str, float]]:
    """Each paper with a twin -> (the canonical paper of its group, its share with it)."""
    group_of: dict[str, set[str]] = {}
    for a, b, _ in twins:
        merged = group_of.get(a, {a}) | group_of.get(b, {b})
        for doc in merged:
            group_of[doc] = merged
    scores = {(a, b): s for a, b, s in twins} | {(b, a): s for a, b, s in twins}
    result = {}
    for doc, group in group_of.items():
        head = min(group, key=lambda d: (by_id[d].fmt != "pdf", len(by_id[d].shingles), by_id[d].path))
        result[doc] = (head, scores.get((doc, head), 1.0))
    return result


def same_record(table: str, a: dict, b: dict) -> bool:
    """Whether two records state one thing: ``£1.2m for 2011/12`` labelled "Capital grant" and
    "capital grant (2011/12)" do; the same sum for another year does not."""
    exact, words = RECORD_KEYS[table]
    if any(a.get(k) != b.get(k) for k in exact):
        return False
    return fuzz.token_set_ratio(str(a.get(words) or "").lower(), str(b.get(words) or "").lower()) >= SAME_WORDS


def matching_records(table: str, records: Iterable[dict], canonical: list[dict]) -> dict[str, str]:
    """Record id -> the id of the canonical record stating the same thing (each used once)."""
    free = list(canonical)
    matches = {}
    for record in records:
        match = next((c for c in free if same_record(table, record, c)), None)
        if match is not None:
            free.remove(match)
            matches[record["id"]] = match["id"]
    return matches
