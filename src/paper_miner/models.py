"""Typed values passed between the stages: read -> layout -> extract -> store.

Every record keeps its provenance: the 1-based ``page`` it was read from and the ``quote``
(the sentence or table row) that states it.
"""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

BlockKind = Literal["heading", "paragraph", "list_item", "table"]
DocType = Literal["letter", "report", "minutes", "plan", "agenda", "other"]
Funding = Literal["amount", "self_funding", "unstated"]
BudgetKind = Literal["allocation", "cost", "total", "saving", "pressure", "income", "target", "other"]
Direction = Literal["increase", "decrease", "maintain", "achieve"]
Rag = Literal["red", "amber", "green"]
Polarity = Literal["higher", "lower"]  # which way is better: "higher is better", "lower is better"
Action = Literal[
    "approved", "agreed", "noted", "supported", "endorsed", "requested", "accepted",
    "considered", "nominated", "resolved", "recommended",
]
Status = Literal["decided", "recommended"]


class Row(BaseModel):
    """One table row; ``page`` is kept per row because tables run across pages."""

    model_config = ConfigDict(frozen=True)
    cells: list[str]
    page: int


class Block(BaseModel):
    """A unit of layout, the same for every input format.

    ``text`` is plain text (for a table: one line per row, cells joined by `` | ``).
    ``level`` is a heading's depth (1 = top) or a list item's nesting depth.
    ``marker`` is a list or paragraph label as printed (``1.2``, ``(a)``, ``S1.``, ``•``).
    ``section`` holds the headings in force above the block, outermost first (set by layout).
    """

    model_config = ConfigDict(frozen=True)
    kind: BlockKind
    page: int
    text: str
    level: int = 0
    marker: str | None = None
    rows: list[Row] = Field(default_factory=list)
    section: list[str] = Field(default_factory=list)


class Layout(BaseModel):
    """A paper as pages and blocks; what every extractor reads."""

    fmt: str  # "pdf" or "txt"
    page_texts: list[str]  # page_texts[i] is the text of page i + 1, for grounding
    blocks: list[Block]
    meta: dict[str, str] = Field(default_factory=dict)  # e.g. the PDF's own Title
    # Whether the paper marks its pages: a PDF always; text by form feeds or "Page n of N"
    # footers. Records of an unpaged paper have page None: "p. 1" of a text file means nothing.
    paged: bool = True
    # Pages read by OCR from their image (a scan): page number -> mean word confidence, 0 to 100
    ocr_confidence: dict[int, float] = Field(default_factory=dict)

    @property
    def pages(self) -> int:
        return len(self.page_texts)


Grounding = Literal["exact", "fuzzy", "missing"]


class Record(BaseModel):
    page: int | None = None
    quote: str = ""
    # Set by grounding.py after extraction: is the quote on its page, and the value in the quote?
    grounding: Grounding | None = None
    grounding_score: float | None = None
    # Set by the pipeline for a record read from a page that was OCR'd: 1, with the page's mean
    # word confidence (0 to 100); 0 for a record read from a text layer or a text file.
    ocr: int = 0
    ocr_confidence: float | None = None


class Cover(BaseModel):
    """What a paper says about itself, read by the document extractor from its cover and wording."""

    model_config = ConfigDict(frozen=True)
    title: str | None = None
    doc_type: DocType = "other"
    date: str | None = None  # ISO: YYYY-MM-DD, YYYY-MM or YYYY
    authority: str | None = None  # the issuing council or body
    body: str | None = None  # the meeting or body the paper goes to


class Document(Cover):
    """A paper: what it says about itself (its cover, first: what people look for) and the
    file it was read from."""

    doc_id: str
    file_name: str
    path: str
    # The authority as data (authorities.py): its GSS code, and its type from the code or its name
    authority_code: str | None = None
    authority_type: str | None = None
    fmt: str
    sha256: str
    pages: int


class Project(Record):
    name: str
    ref: str | None = None
    owner: str | None = None
    theme: str | None = None
    amount_gbp: int | None = None
    alt_amounts_gbp: list[int] = Field(default_factory=list)
    funding: Funding = "unstated"
    status: str | None = None  # where an application stands, as printed: "Approved", "Deferred"


class Budget(Record):
    label: str
    amount_gbp: int
    period: str | None = None  # "2008/09", "year 1", "per_annum", "3 years"
    kind: BudgetKind = "other"
    owner: str | None = None


class Target(Record):
    indicator: str | None = None  # "NI 167", "LI 12"
    measure: str
    baseline: float | None = None
    target: float | None = None
    unit: str | None = None
    deadline: str | None = None  # "2011", "2011-03"
    direction: Direction = "achieve"
    period: str | None = None  # the period the target applies to, as printed ("2025/26", "Q1 2021/22")
    actual: float | None = None  # the latest value reported against the target
    actual_period: str | None = None  # the period of ``actual`` ("Q4 2019/20")
    floor: float | None = None  # a minimum standard below the target
    rag: Rag | None = None
    polarity: Polarity | None = None


class Decision(Record):
    body: str | None = None
    date: str | None = None
    subject: str
    action: Action
    status: Status = "decided"


class Extraction(BaseModel):
    """Everything derived from one paper: what the store writes in one transaction."""

    document: Document
    layout: Layout
    records: dict[str, list[Record]] = Field(default_factory=dict)
