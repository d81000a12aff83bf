"""A page image made ready for OCR: turned level, its table rules found and taken out.

A scanner feeds paper a little askew, and the rules of a table read as letters ("|", "_",
"[") when left in: so the page is turned level first (the angle that makes its rows of ink
sharpest), then every long straight run of ink is taken as a rule, kept as a pdfplumber rect
(so pdfplumber's table finder sees a ruled table, as on a digital page) and whitened out of
the image the OCR engine reads.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image

INK = 128  # grey levels darker than this are ink
MAX_SKEW = 3.0  # degrees a page is searched for skew either way ...
SKEW_STEP = 0.1  # ... in steps of this
THUMB = 4  # the skew is measured on the image shrunk this many times
RULE_INCHES = 0.3  # a straight run of ink this long is a rule (a letter's stroke is shorter)
JOIN_PX = 2  # runs this close (rows apart, or ends apart) belong to one rule
SPECK = 4  # this many pixels of ink alone are dust


@dataclass
class Rule:
    """A rule in pixels: rows ``top``..``bottom`` and columns ``left``..``right`` (inclusive, exclusive)."""

    top: int
    bottom: int
    left: int
    right: int


def ink(image: Image.Image) -> np.ndarray:
    return np.asarray(image.convert("L")) < INK


def sharpness(mask: np.ndarray) -> float:
    """How crisp the rows of ink are: level lines of text give rows full of ink between rows
    with none, so the row totals change sharply."""
    rows = mask.sum(axis=1).astype(np.float64)
    return float(np.square(np.diff(rows)).sum())


def skew_angle(image: Image.Image) -> float:
    """The turn (degrees, anticlockwise) that brings the page's lines level: 0.0 for a page
    rendered from a digital PDF, about -0.8 for one scanned 0.8 degrees anticlockwise."""
    thumb = image.convert("L").reduce(THUMB)
    angles = np.arange(-MAX_SKEW, MAX_SKEW + SKEW_STEP / 2, SKEW_STEP)
    scores = [sharpness(ink(thumb.rotate(a, resample=Image.BILINEAR, fillcolor=255))) for a in angles]
    return round(float(angles[int(np.argmax(scores))]), 1)


def window_ink(mask: np.ndarray, reach: int) -> np.ndarray:
    """How many pixels are ink in the square ``reach`` pixels round each pixel (itself too)."""
    sums = _sums(np.pad(mask, reach))
    side = 2 * reach + 1
    return sums[side:, side:] - sums[:-side, side:] - sums[side:, :-side] + sums[:-side, :-side]


def despeckle(image: Image.Image) -> Image.Image:
    """Scanner dust taken out: a speck of ink of up to :data:`SPECK` pixels alone in its 5 by 5
    square is paper, a pinhole of paper with ink all round it is ink (the engine reads dust as
    commas and full stops; a printed full stop is four times larger)."""
    pixels = np.asarray(image.convert("L")).copy()
    mask = pixels < INK
    pixels[mask & (window_ink(mask, 2) <= SPECK)] = 255
    pixels[~mask & (window_ink(mask, 1) == 8)] = 0
    return Image.fromarray(pixels)


def level(image: Image.Image) -> Image.Image:
    angle = skew_angle(image)
    return image.rotate(angle, resample=Image.BICUBIC, fillcolor=255) if angle else image


def runs(mask: np.ndarray, shortest: int) -> list[tuple[int, int, int]]:
    """Every run of ink along the rows at least ``shortest`` pixels long, as (row, start, end)."""
    edges = np.diff(np.pad(mask, ((0, 0), (1, 1))).astype(np.int8), axis=1)
    rows, starts = np.nonzero(edges == 1)
    _, ends = np.nonzero(edges == -1)  # row-major order: each end pairs with its start
    keep = ends - starts >= shortest
    return list(zip(rows[keep].tolist(), starts[keep].tolist(), ends[keep].tolist()))


def join_runs(found: list[tuple[int, int, int]]) -> list[Rule]:
    """Runs in touching rows that overlap are one rule a few pixels thick."""
    rules: list[Rule] = []
    for row, start, end in sorted(found):
        rule = next((r for r in rules if row - r.bottom <= JOIN_PX
                     and start <= r.right + JOIN_PX and end >= r.left - JOIN_PX), None)
        if rule is None:
            rules.append(Rule(row, row + 1, start, end))
        else:
            rule.bottom, rule.left, rule.right = row + 1, min(rule.left, start), max(rule.right, end)
    return rules


def find_rules(mask: np.ndarray, dpi: int) -> tuple[list[Rule], list[Rule]]:
    """The page's level and upright rules: long straight runs of ink across and down."""
    shortest = int(RULE_INCHES * dpi)
    across = join_runs(runs(mask, shortest))
    down = [Rule(r.left, r.right, r.top, r.bottom) for r in join_runs(runs(mask.T, shortest))]
    return across, down


def erase(image: Image.Image, rules: list[Rule]) -> Image.Image:
    """The image with the rules whitened out (one pixel round them too: their soft edges)."""
    pixels = np.asarray(image.convert("L")).copy()
    for r in rules:
        pixels[max(r.top - 1, 0): r.bottom + 1, max(r.left - 1, 0): r.right + 1] = 255
    return Image.fromarray(pixels)


def rule_rect(rule: Rule, dpi: int, page_height: float, number: int) -> dict:
    """A rule as the filled rect pdfplumber's table finder takes a rule to be, in points."""
    scale = 72 / dpi
    x0, x1, top, bottom = rule.left * scale, rule.right * scale, rule.top * scale, rule.bottom * scale
    return {"object_type": "rect", "page_number": number, "x0": x0, "x1": x1, "top": top,
            "bottom": bottom, "doctop": top, "y0": page_height - bottom, "y1": page_height - top,
            "width": x1 - x0, "height": bottom - top, "fill": True, "stroke": False}


def _sums(grid: np.ndarray) -> np.ndarray:
    """A summed-area table: the total of any box in four look-ups."""
    return np.pad(grid.astype(np.int64).cumsum(0).cumsum(1), ((1, 0), (1, 0)))


def _box_total(sums: np.ndarray, left: int, top: int, right: int, bottom: int) -> int:
    return int(sums[bottom, right] - sums[top, right] - sums[bottom, left] + sums[top, left])


def stroke_widths(mask: np.ndarray, boxes: list[tuple[int, int, int, int]]) -> list[float]:
    """Each box's mean stroke width in pixels: its ink over the strokes it crosses along its
    rows. Bold type has strokes about half as thick again as the regular weight of its size."""
    starts = mask & ~np.pad(mask, ((0, 0), (1, 0)))[:, :-1]  # ink with no ink to its left
    ink_sums, start_sums = _sums(mask), _sums(starts)
    widths = []
    for left, top, right, bottom in boxes:
        crossed = _box_total(start_sums, left, top, right, bottom)
        widths.append(_box_total(ink_sums, left, top, right, bottom) / crossed if crossed else 0.0)
    return widths
