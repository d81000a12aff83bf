"""List numbers as a word processor or browser prints them: 3 -> ``3``, ``c``, ``C``, ``iii``.

Shared by the Word reader (``numFmt`` and ``lvlText`` such as ``"%1.%2"``) and the web page
reader (``<ol type="a">``), so both hand the layout rules the marker a reader of the paper sees.
"""
from __future__ import annotations

import re

from paper_miner.layout.blocks import is_bullet

BULLET = "•"
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def roman(n: int) -> str:
    """``roman(14)`` -> ``"xiv"``."""
    out = ""
    for value, letters in _ROMAN:
        count, n = divmod(n, value)
        out += letters * count
    return out


def letters(n: int) -> str:
    """Word's and HTML's lettering: 1 -> ``a``, 26 -> ``z``, 27 -> ``aa``."""
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def number_as(n: int, fmt: str) -> str:
    """One counter in a numbering format: ``number_as(2, "lowerLetter")`` -> ``"b"``."""
    styles = {"decimal": str, "lowerLetter": letters, "upperLetter": lambda k: letters(k).upper(),
              "lowerRoman": roman, "upperRoman": lambda k: roman(k).upper(),
              "decimalZero": lambda k: f"{k:02d}"}
    return styles.get(fmt, str)(n)


def format_number(levels: dict[int, dict], counts: dict[int, int], level: int) -> str:
    """A Word level's text with its counters filled in: ``"%1.%2"`` at counts {0: 3, 1: 2} ->
    ``"3.2"``; a bullet level prints its own glyph when it is one ("◆", "–", "*") and ``•`` for
    a symbol-font character (Word's ``"\\uf0b7"`` in Symbol)."""
    spec = levels[level]
    if spec["fmt"] == "bullet":
        return spec["text"] if is_bullet(spec["text"]) else BULLET
    if spec["fmt"] == "none":
        return ""

    def fill(m: re.Match) -> str:
        k = int(m.group(1)) - 1
        return number_as(counts.get(k, levels.get(k, {}).get("start", 1)), levels.get(k, spec)["fmt"])

    return re.sub(r"%(\d)", fill, spec["text"]).strip()
