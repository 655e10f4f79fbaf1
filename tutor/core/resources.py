"""Where the bundled passages and icons are: in a frozen bundle, an installed wheel, or a checkout.

The repository keeps them in ``resources/`` at its top; a wheel installs that folder as the
data-only package ``tutor.resources`` (see setup.py); PyInstaller copies it to
``resources/`` inside the bundle (see build.spec).
"""

from __future__ import annotations

import sys
from pathlib import Path


ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)  # pixels square; the PNGs and the .ico (up to 256)


def resource_folders() -> tuple[Path, ...]:
    """Every folder that may hold the resources, in the order they are tried: the frozen
    bundle's, the installed package's (``tutor/resources``), the checkout's (``resources/``)."""
    here = Path(__file__).resolve()
    frozen = getattr(sys, "_MEIPASS", None)
    bundle = (Path(frozen) / "resources",) if frozen else ()
    return bundle + (here.parents[1] / "resources", here.parents[2] / "resources")


def resources_dir() -> Path:
    """The first of ``resource_folders()`` that holds a ``passages`` folder; the first one
    that exists, or the first one, if none does (``load_library`` then says where it looked)."""
    folders = resource_folders()
    for test in (lambda f: (f / "passages").is_dir(), Path.is_dir):
        for folder in folders:
            if test(folder):
                return folder
    return folders[0]


def passages_dir() -> Path:
    return resources_dir() / "passages"


def icon_path(size: int | None = None) -> Path:
    """The app icon: the SVG, or the PNG drawn at ``size`` pixels square (16 to 512, see
    scripts/icons.py)."""
    name = "precis-tutor.svg" if size is None else f"precis-tutor-{size}.png"
    return resources_dir() / "icons" / name
