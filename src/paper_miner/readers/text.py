"""Plain-text papers (as PDF/Word-to-text converters write them, often markdown-ish).

Each non-blank line is usually a whole paragraph; blank lines separate blocks; form feeds
start new pages; TAB-separated lines and ``|`` pipe lines are tables.
"""
from __future__ import annotations

import codecs
import html
import re
from pathlib import Path

from paper_miner.layout import (
    arrange, classify, ends_sentence, is_short, join_lines, split_marker, table_block,
)
from paper_miner.models import Block, Layout, Row
from paper_miner.readers import UnreadablePaper

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_BULLET = re.compile(r"^(\s*)[-*+]\s+(?=\S)")
_PIPE_SEPARATOR = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$")
_ITALIC_WHOLE = re.compile(r"^(\*|_)(?!\1)(.+?)\1$|^(\*\*\*|___)(.+?)\3$")
_BOLD_WHOLE = re.compile(r"^(\*\*|__)(.+?)\1$")


def decode(raw: bytes, path: Path | None = None) -> str:
    """UTF-8 (BOM or not), UTF-16 with BOM, else cp1252, else Latin-1; binary is refused."""
    if not raw.strip(b" \t\r\n\f\x00"):
        raise UnreadablePaper("empty", "the file is empty", path)
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _decode_utf16(raw, path)
    elif raw.count(b"\x00") > len(raw) // 100:
        raise UnreadablePaper("encoding", "the file looks binary (NUL bytes), not text", path)
    else:
        text = _decode_8bit(raw.removeprefix(codecs.BOM_UTF8))
    if len(_CONTROL.findall(text)) > max(2, len(text) // 50):
        raise UnreadablePaper("encoding", "the file looks binary (control characters), not text", path)
    if not text.strip():
        raise UnreadablePaper("empty", "the file holds no text", path)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode_utf16(raw: bytes, path: Path | None) -> str:
    try:
        return raw.decode("utf-16")
    except UnicodeDecodeError as exc:
        raise UnreadablePaper("encoding", f"bad UTF-16 text: {exc.reason}", path) from exc


def _decode_8bit(raw: bytes) -> str:
    for encoding in ("utf-8", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")  # every byte maps, so this is the last resort


def clean_inline(text: str) -> str:
    """Drop markdown and HTML decoration: emphasis, links, escapes, ``<u>``."""
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"<((?:https?|mailto):[^>\s]+)>", r"\1", text)
    text = re.sub(r"</?(?:u|b|i|em|strong|span|sup|sub|font)\b[^>]*>", "", text, flags=re.I)
    text = re.sub(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])", r"\1", text)
    text = re.sub(r"(?<!\w)_(?=[^\s_])(.+?)(?<=[^\s_])_(?!\w)", r"\1", text)
    text = re.sub(r"\\([\\`*_{}\[\]()#+\-.!|<>])", r"\1", text)
    return html.unescape(text)


def cell_text(raw: str) -> str:
    """A table cell: each ``<p>``/``<li>``/``<br>`` and each ``•`` bullet on its own line."""
    text = re.sub(r"<br\s*/?>|</?(?:p|li|ul|ol|div)\b[^>]*>", "\n", raw, flags=re.I)
    text = re.sub(r"\s*([•◆▪])\s+", r"\n\1 ", text)
    lines = (re.sub(r"\s+", " ", clean_inline(line)).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _pipe_cells(line: str) -> list[str]:
    body = re.sub(r"^\s*(?:[-*+]\s+)?\|", "", line.rstrip()).removesuffix("|")
    return [cell_text(c) for c in re.split(r"(?<!\\)\|", body)]


def _is_pipe(line: str) -> bool:
    return bool(re.match(r"^\s*(?:[-*+]\s+)?\|.*\|\s*$", line))


def _table_run(lines: list[str], i: int) -> int:
    """End index of the TAB table starting at ``i``; a TAB-less line is kept only when
    TAB lines surround it (a cell's overflow)."""
    j = i
    while j < len(lines):
        if "\t" in lines[j]:
            j += 1
        elif lines[j].strip() and j + 1 < len(lines) and "\t" in lines[j + 1]:
            j += 1
        else:
            break
    return j


def _table(lines: list[str], page: int, pipe: bool) -> Block | None:
    rows = []
    for line in lines:
        if pipe and _PIPE_SEPARATOR.match(re.sub(r"^\s*[-*+]\s+", "", line.strip())):
            continue
        cells = _pipe_cells(line) if pipe else [cell_text(c) for c in line.split("\t")]
        rows.append(Row(cells=cells, page=page))
    block = table_block(rows)
    return block if block.rows else None


def _text_block(lines: list[str], i: int, page: int) -> Block:
    line = lines[i]
    prev_blank = i == 0 or not lines[i - 1].strip()
    nxt = lines[i + 1] if i + 1 < len(lines) else ""
    standalone = prev_blank and (not nxt.strip() or bool(_MD_BULLET.match(nxt)))
    m = _MD_HEADING.match(line)
    if m:
        marker, rest = split_marker(clean_inline(m.group(2)))
        return Block(kind="heading", page=page, text=rest, marker=marker, level=-len(m.group(1)))
    bullet = _MD_BULLET.match(line)
    if bullet:
        return _bullet_block(line[bullet.end():].strip(), len(bullet.group(1).expandtabs(4)), page)
    stripped = line.strip()
    bold = bool(_BOLD_WHOLE.match(stripped))
    return classify(clean_inline(stripped), page, emphasised=True if bold else None,
                    standalone=standalone)


def _bullet_block(body: str, indent: int, page: int) -> Block:
    level = 1 + (indent + 1) // 2
    italic = _ITALIC_WHOLE.match(body)
    text = clean_inline(body)
    marker, rest = split_marker(text)
    if italic and is_short(text) and not ends_sentence(text):
        return Block(kind="heading", page=page, text=rest, marker=marker or "•", level=0)
    if marker is None:
        return Block(kind="list_item", page=page, text=text, marker="•", level=level)
    return Block(kind="list_item", page=page, text=rest, marker=marker, level=level)


def _continues(prev_line: str, line: str, block: Block) -> bool:
    """A wrapped line: a markdown hard break (two trailing spaces), or a sentence that runs
    on in lowercase."""
    if block.kind not in ("paragraph", "list_item") or _MD_BULLET.match(line) or "\t" in line:
        return False
    if prev_line.endswith("  "):
        return True
    return not ends_sentence(prev_line) and line.strip()[:1].islower()


def parse_page(text: str, page: int) -> list[Block]:
    lines = text.split("\n")
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
        elif _is_pipe(line):
            j = i
            while j < len(lines) and _is_pipe(lines[j]):
                j += 1
            blocks += [b for b in [_table(lines[i:j], page, pipe=True)] if b]
            i = j
        elif "\t" in line:
            j = _table_run(lines, i)
            blocks += [b for b in [_table(lines[i:j], page, pipe=False)] if b]
            i = j
        elif blocks and i and lines[i - 1].strip() and _continues(lines[i - 1], line, blocks[-1]):
            last = blocks[-1]
            blocks[-1] = last.model_copy(update={"text": join_lines([last.text, clean_inline(line)])})
            i += 1
        else:
            blocks.append(_text_block(lines, i, page))
            i += 1
    return blocks


def _rank_hash_levels(blocks: list[Block]) -> list[Block]:
    """Markdown ``#`` depths are stored negative by the parser; rank them so the paper's
    biggest heading is level 1 whatever its hash count."""
    depths = sorted({-b.level for b in blocks if b.kind == "heading" and b.level < 0})
    rank = {d: n for n, d in enumerate(depths, 1)}
    return [b.model_copy(update={"level": rank[-b.level]}) if b.level < 0 else b for b in blocks]


def read_text(path: Path) -> Layout:
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise UnreadablePaper("io", f"cannot read the file: {exc.strerror or exc}", path) from exc
    pages = decode(raw, path).split("\f")
    blocks = [b for n, page in enumerate(pages, 1) for b in parse_page(page, n)]
    page_texts = ["\n".join(clean_inline(ln).rstrip() for ln in p.split("\n")).strip() for p in pages]
    layout = Layout(fmt="txt", page_texts=page_texts, blocks=_rank_hash_levels(blocks))
    return arrange(layout)
