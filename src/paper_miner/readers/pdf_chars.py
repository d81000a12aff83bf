"""The quick character path: pdfplumber's own character dicts, built in a third of the time.

Characters are nearly all of a page's objects, so this is where reading a PDF spends its time
after pdfminer's parser itself.
"""
from __future__ import annotations

from functools import lru_cache

from pdfminer.layout import LTChar
from pdfplumber.page import ALL_ATTRS, Page, fix_fontname_bytes
from pdfplumber.utils.pdfinternals import resolve_all, resolve_and_decode

# the attributes pdfplumber keeps from a pdfminer LTChar, in pdfminer's order
_CHAR_ATTRS = tuple(k for k in ("matrix", "fontname", "adv", "upright", "x0", "y0", "x1", "y1",
                                "width", "height", "size", "mcid", "tag") if k in ALL_ATTRS)


@lru_cache(maxsize=256)
def _colour_space(name: str) -> str:
    return resolve_and_decode(name)  # decoded once per name, not once per character


class QuickCharPage(Page):
    """pdfplumber's Page with a short cut for characters, nearly all of a page's objects.

    pdfplumber resolves every attribute of every object recursively, in case it refers to
    another PDF object; a character's attributes are plain numbers and names (its matrix a
    tuple of numbers), so the same dict (tests compare them) is built in a third of the time.
    """

    def process_object(self, obj):
        if type(obj) is not LTChar or self.pdf.unicode_norm is not None:
            return super().process_object(obj)
        own = obj.__dict__
        attr = {k: own[k] for k in _CHAR_ATTRS if k in own}
        if not isinstance(attr.get("mcid"), (int, type(None))):  # marked content may refer
            attr["mcid"] = resolve_all(attr["mcid"])
        state = obj.graphicstate
        attr.update(
            object_type="char", page_number=self.page_number,
            ncs=_colour_space(obj.ncs.name), text=obj.get_text(),
            stroking_color=state.scolor if isinstance(state.scolor, tuple) else (state.scolor,),
            non_stroking_color=state.ncolor if isinstance(state.ncolor, tuple) else (state.ncolor,),
        )
        if isinstance(attr["fontname"], bytes):
            attr["fontname"] = fix_fontname_bytes(attr["fontname"])
        # pdfminer measures from the MediaBox corner; pdfplumber from the page's top left
        mb_x0, mb_top = self.mediabox[:2]
        attr["top"] = self.height - attr["y1"] + mb_top
        attr["bottom"] = self.height - attr["y0"] + mb_top
        attr["doctop"] = self.initial_doctop + attr["top"]
        if mb_x0:
            attr["x0"], attr["x1"] = attr["x0"] + mb_x0, attr["x1"] + mb_x0
        return attr
