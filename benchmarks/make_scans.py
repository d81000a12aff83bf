"""Scanned copies of PDFs, for OCR's benchmark and tests: every page rendered to a grey picture
at 150 dpi (optionally turned a little and speckled, as a scanner feeds and dirties paper) and
wrapped as an image-only PDF, with no text layer.

    python benchmarks/make_scans.py extracted/bench/scans corpus/pdf/000_*.pdf
"""
from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image

SCAN_DPI = 150


def scanned_image(page: pdfium.PdfPage, skew: float = 0.0, speckle: float = 0.0, seed: int = 0) -> Image.Image:
    """A page as a scanner gives it: grey pixels at SCAN_DPI, turned ``skew`` degrees, with a
    ``speckle`` share of its pixels flipped between black and white."""
    image = page.render(scale=SCAN_DPI / 72, grayscale=True).to_pil().convert("L")
    if skew:
        image = image.rotate(skew, resample=Image.BICUBIC, fillcolor=255)
    if speckle:
        pixels = np.asarray(image).copy()
        flip = np.random.default_rng(seed).random(pixels.shape) < speckle
        pixels[flip] = 255 - pixels[flip]
        image = Image.fromarray(pixels)
    return image


def save_images(images: list[Image.Image], target: Path) -> Path:
    images[0].save(target, save_all=True, append_images=images[1:], resolution=SCAN_DPI)
    return target


def scan(source: Path, target: Path, skew: float = 0.0, speckle: float = 0.0) -> Path:
    """``source`` as an image-only PDF: every page a picture, no text layer."""
    pdf = pdfium.PdfDocument(source)
    return save_images([scanned_image(pdf[i], skew, speckle, seed=i) for i in range(len(pdf))], target)


def make_scans(samples: list[Path], out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    return [scan(sample, out / sample.name) for sample in samples]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("samples", type=Path, nargs="+")
    args = parser.parse_args(argv)
    for path in make_scans(args.samples, args.out):
        print(path)


if __name__ == "__main__":
    main()
