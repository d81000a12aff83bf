"""Performance indicator codes as councils print them.

``parse.find_indicators`` knows the national (NI 167) and local (LI 12) indicators; a local
indicator printed "LPI 12" or "Local PI 12" is recorded in the local form "LI 12". Papers
also use other prefixes, kept as printed: BV 008 / BVPI 8 (best value), KPI 5, PI03, NPI 4. A letter suffix picks a part of an indicator ("NI 157a"): the code is
normalised without it ("NI 157") and the suffix is kept for the measure. In a table's code
column any short letters-and-number label ("CS 4", "HS01", "LPI0538", Welsh "PAM/012") is a code; in running text only
the known prefixes are, since "KS 2" or "A 46" are not indicators.
"""
from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict

from paper_miner.extract.common.parse import find_indicators, local_prefix

_KNOWN_PREFIXES = r"NI|LI|NPI|LPI|Local[ \t]+PI|BVPI|BV|KPI|PI"
_NATIONAL_OR_LOCAL = r"NI|LI|LPI|Local[ \t]+PI"
_TEXT_CODE_RE = re.compile(
    rf"(?<![A-Za-z0-9])(?P<prefix>{_KNOWN_PREFIXES})[ \t]?[-–]?[ \t]?(?P<number>\d{{1,3}})"
    r"(?P<suffix>[a-z](?![a-z])|\([a-z]\))?(?![\d])"
)
_CELL_CODE_RE = re.compile(
    r"^(?P<prefix>[A-Z]{1,5})[ \t]?[-–./]?[ \t]?(?P<number>\d{1,3}(?!\d)|(?!(?:19|20)\d\d)\d{4})(?P<suffix>[a-z](?![a-z])|\([a-z]\))?"
    r"(?=$|[\s:.–-])"
)


class Code(BaseModel):
    """One indicator code: ``code`` normalised ("NI 157"), ``printed`` as in the paper."""

    model_config = ConfigDict(frozen=True)
    code: str
    printed: str
    suffix: str = ""
    start: int
    end: int


def _code(match: re.Match[str], offset: int = 0) -> Code:
    """A code of the national or local family is numbered the one way ("NI 157", "LI 12" for
    "LPI 012"); one of another known family keeps its printed number without its part letter
    ("BV 009", "PI03" for "PI03a"); a council's own reference is kept as printed ("PH03b", "HR2")."""
    suffix = (match.group("suffix") or "").strip("()")
    prefix, printed = match.group("prefix"), match.group(0).strip()
    own = not re.fullmatch(_KNOWN_PREFIXES, prefix, re.IGNORECASE)
    if own:
        code = re.sub(r"\s+", " ", printed)
    elif re.fullmatch(_NATIONAL_OR_LOCAL, prefix, re.IGNORECASE):
        code = f"{local_prefix(prefix)} {int(match.group('number'))}"
    else:
        code = re.sub(r"\s+", " ", printed[:match.end("number") - match.start()])
    return Code(code=code, printed=printed, suffix="" if own else suffix,
                start=match.start() + offset, end=match.end() + offset)


def find_codes(text: str) -> list[Code]:
    """Every indicator code in running text, in order."""
    found = [_code(m) for m in _TEXT_CODE_RE.finditer(text)]
    for code, start, end in find_indicators(text):  # the "L1 14" slip for "LI 14"
        if not any(c.start <= start < c.end for c in found):
            found.append(Code(code=code, printed=text[start:end], start=start, end=end))
    return sorted(found, key=lambda c: c.start)


def indicator_of(text: str) -> str | None:
    codes = find_codes(text)
    return codes[0].code if codes else None


def cell_code(cell: str) -> Code | None:
    """The code a table cell starts with ("NI 157a", "CS 4 Street cleanliness"), if any."""
    text = cell.strip()
    codes = find_codes(text)
    if codes and codes[0].start == 0:
        return codes[0]
    match = _CELL_CODE_RE.match(text)
    return _code(match) if match else None


# The dash or colon that sets a code off as a paragraph's label: "CBP 12 – Collection of rent".
_LABEL_MARK_RE = re.compile(r"\s*[–—:-]\s")


def split_label(text: str) -> tuple[str | None, str]:
    """The code a paragraph of commentary opens with as its label, set off by a dash or colon,
    and the words after it ("HSG 7 – Homes let within 28 days The average ..." -> "HSG 7",
    "Homes let ..."). The dash or colon is required: without it a code-like start is a road or
    a figure opening a sentence ("A 46 improvements are ...")."""
    code = cell_code(text)
    mark = _LABEL_MARK_RE.match(text, code.end) if code else None
    if code is None or mark is None:
        return None, text
    return code.code, text[mark.end():]
