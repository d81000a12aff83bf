"""Projects from the items of minutes: a numbered item titled with a piece of work whose text
estimates its cost ("8. Station Road Crossing. The county had proposed a raised table. This
was costed at c£18k."), and a request to do a piece of work for a sum ("an application from
the Friends group to resurface the path in Mill Park for £4k")."""
from __future__ import annotations

import re

from paper_miner.extract.common.parse import find_money
from paper_miner.extract.common.sentences import split_at_full_stops
from paper_miner.extract.money.sources import Located, Paper
from paper_miner.layout.blocks import REF_LABEL_RE
from paper_miner.models import Block, Project

_MAX_TITLE_WORDS = 8
# A title is a name, not a clause: "Thornwood Roundabout", not "Apologies were received".
_VERB_RE = re.compile(r"\b(?:is|are|was|were|be|been|had|has|have|will|would|should|could|may)\b", re.I)
# Standing items of an agenda, which recur at every meeting and are no piece of work.
_STANDING_ITEM_RE = re.compile(
    r"\b(?:minutes|apologies|reports?|finance|financial|accounts?|treasurer|clerk|correspondence"
    r"|matters\s+arising|planning|business|declarations?|interests?|date|meeting|public|police)\b", re.I)
# Words estimating what the work will cost, up to its figure: "was costed at c£25k", "is
# estimated at £250", "was quoted at £1,200", "will cost about £3,000".
_ESTIMATE_RE = re.compile(
    r"\b(?:(?:costed|estimated|quoted|priced)\s+at|(?:will|would|is\s+expected\s+to)\s+cost)"
    r"\s+(?:(?:about|around|approximately|roughly|some|circa)\s+)?(?=(?:c\.?\s?)?£)", re.I)
# Someone asking to do a piece of work for a sum: "a late application from DR to refurbish the
# play equipment in Elm Road park for £4k", "a request to replace the bus shelter for £2,400".
_REQUEST_TO_DO_RE = re.compile(
    r"\b(?:application|bid|request|proposal)\s+(?:from\s+(?:\S+\s+){1,3}?)?to\s+"
    r"(?P<work>(?:refurbish|repair|replace|renew|resurface|repaint|restore|install|improve|upgrade"
    r"|extend|build|create|plant|purchase|buy|provide)\s+[^£.;]{3,80}?)\s+for\s+(?=(?:c\.?\s?)?£)", re.I)


def located(paper: Paper) -> list[Located[Project]]:
    return [Located(index, project) for index, block in enumerate(paper.blocks)
            for project in minute_item_projects(block, paper.owner(index))]


def minute_item_projects(block: Block, owner: str | None) -> list[Project]:
    """The costed piece of work a minute item is titled with, and the work others ask to do."""
    if block.kind not in ("paragraph", "list_item"):
        return []
    sentences = split_at_full_stops(block.text)
    titled = _titled_estimate(block, sentences, owner)
    return [*titled, *(p for s in sentences for p in _requests_to_do(s, block, owner))]


def _titled_estimate(block: Block, sentences: list[str], owner: str | None) -> list[Project]:
    """"11. Village Award Scheme. ... The cost of plaques was estimated at c£250." -> the
    Village Award Scheme, £250: the first estimate under a numbered item's title."""
    if not REF_LABEL_RE.match(block.marker or "") or len(sentences) < 2:
        return []
    title = minute_title(sentences[0])
    for sentence in sentences[1:]:
        estimate = _ESTIMATE_RE.search(sentence)
        money = find_money(sentence[estimate.end():]) if estimate and title else []
        if money and money[0].start <= 3:  # "c£25k": the figure straight after the words
            quote = block.text[:block.text.find(sentence) + len(sentence)]  # from the title on
            return [Project(name=title, owner=owner, amount_gbp=money[0].amount, funding="amount",
                            page=block.page, quote=quote)]
    return []


def minute_title(sentence: str) -> str | None:
    """A minute item's title naming a piece of work ("Thornwood Roundabout."); None for a
    clause ("Apologies were received") or a standing item ("Treasurer's Report")."""
    title = sentence.strip().rstrip(".")
    words = title.split()
    if not words or len(words) > _MAX_TITLE_WORDS or not title[0].isupper():
        return None
    if _VERB_RE.search(title) or _STANDING_ITEM_RE.search(title):
        return None
    return title


def _requests_to_do(sentence: str, block: Block, owner: str | None) -> list[Project]:
    found = []
    for match in _REQUEST_TO_DO_RE.finditer(sentence):
        money = find_money(sentence[match.end():])
        if money and money[0].start <= 3:
            work = match["work"].strip()
            found.append(Project(name=work[0].upper() + work[1:], owner=owner, amount_gbp=money[0].amount,
                                 funding="amount", page=block.page, quote=sentence))
    return found
