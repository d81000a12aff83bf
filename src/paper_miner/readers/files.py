"""Finding papers on disk and fingerprinting their content."""
from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable
from pathlib import Path

# Hidden files and editor droppings are never papers; everything else is offered to a
# reader so that unsupported formats get a clear failure row instead of silence.
IGNORED_NAMES = {".DS_Store", "Thumbs.db", "desktop.ini"}


def discover(paths: Iterable[Path]) -> list[Path]:
    """Every file named, or found under a folder named, in a stable order."""
    found: set[Path] = set()
    for path in paths:
        if path.is_dir():
            found.update(
                p for p in path.rglob("*")
                if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)
                and p.name not in IGNORED_NAMES
            )
        elif path.is_file():
            found.add(path)
        else:
            raise FileNotFoundError(f"no such file or folder: {path}")
    return sorted(found)


def fingerprint(path: Path) -> str:
    """sha256 of the file's bytes: the same content gets the same doc_id under any name."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def display_path(path: Path, base: Path | None = None) -> str:
    """``path`` relative to ``base`` (default: the working folder) where possible:
    ``display_path(Path("corpus/a.pdf"), Path("extracted"))`` -> ``"../corpus/a.pdf"``."""
    try:
        return Path(os.path.relpath(path.resolve(), (base or Path.cwd()).resolve())).as_posix()
    except ValueError:  # another drive on Windows
        return path.resolve().as_posix()


# Bullets set in Symbol or Wingdings fonts come out as private-use code points (U+F0B7,
# U+F0A7, U+F076 ...); a leading one followed by a space is a bullet, any other is dropped.
_PRIVATE_BULLET_RE = re.compile(r"(?m)^([ \t]*)[\ue000-\uf8ff](?=\s)")
_PRIVATE_USE_RE = re.compile(r"[\ue000-\uf8ff]")


def plain_bullets(text: str) -> str:
    """A Symbol-font bullet (U+F0B7) before "Item" becomes "• Item"; other private-use glyphs
    (dingbats) are removed."""
    return _PRIVATE_USE_RE.sub("", _PRIVATE_BULLET_RE.sub("\\1\u2022", text))


# A superscript ordinal suffix comes out of a PDF a space away from its number ("3 rd September")
# or glued to the next word ("13thmeeting", "3rdFloor"); only a suffix that fits its number counts.
_SPLIT_ORDINAL_RE = re.compile(r"(?<![\d.,])(\d{1,3}) (st|nd|rd|th)\b")
_GLUED_ORDINAL_RE = re.compile(r"(?<![\d.,])(\d{1,3})(st|nd|rd|th)(?=[A-Za-z]{2})")


def _ordinal_suffix(number: str) -> str:
    """The suffix English gives a number: 1 -> "st", 12 -> "th", 23 -> "rd"."""
    tens, units = int(number) % 100 // 10, int(number) % 10
    return "th" if tens == 1 or units > 3 or units == 0 else ("st", "nd", "rd")[units - 1]


def joined_ordinals(text: str) -> str:
    """"3 rd September 2019" -> "3rd September 2019", "13thmeeting" -> "13th meeting"; a
    suffix that does not fit its number ("2 th") is left as printed."""
    def fits(m: re.Match) -> bool:
        return _ordinal_suffix(m[1]) == m[2]

    joined = _SPLIT_ORDINAL_RE.sub(lambda m: m[1] + m[2] if fits(m) else m[0], text)
    return _GLUED_ORDINAL_RE.sub(lambda m: f"{m[1]}{m[2]} " if fits(m) else m[0], joined)
