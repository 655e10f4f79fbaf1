"""Draw the app icon's PNGs (16 to 512 px) and the multi-size Windows .ico from the SVG.

    .venv/bin/python scripts/icons.py        # rewrites resources/icons/precis-tutor-*.png and .ico

Run it after editing resources/icons/precis-tutor.svg and commit the results: the wheel,
the bundle and the .desktop file use them as they are. Qt (already a dependency) draws the
SVG; Pillow (the ``bundle`` extra) writes the .ico, because Qt's ICO writer stores only one
size and Windows picks the size it needs from the file (16 to 256 px).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

from tutor.core.resources import ICON_SIZES  # noqa: E402

ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "precis-tutor.svg"
ICO_SIZES = [s for s in ICON_SIZES if s <= 256]  # the .ico format's largest size


def draw_png(renderer: QSvgRenderer, size: int) -> Path:
    """Render the SVG into a ``size`` x ``size`` PNG with a transparent background."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    path = ICONS / f"precis-tutor-{size}.png"
    if not image.save(str(path), "PNG"):
        raise SystemExit(f"icons: could not write {path}")
    return path


def write_ico(pngs: dict[int, Path]) -> Path:
    """One .ico holding every size up to 256 px, each from its own PNG (sharper than scaling one)."""
    from PIL import Image

    images = [Image.open(pngs[s]).convert("RGBA") for s in ICO_SIZES]
    path = ICONS / "precis-tutor.ico"
    images[-1].save(path, format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=images[:-1])
    return path


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (QPainter needs one)
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"icons: {SVG} is not a valid SVG")
    pngs = {size: draw_png(renderer, size) for size in ICON_SIZES}
    ico = write_ico(pngs)
    print(f"icons: {len(pngs)} PNGs ({ICON_SIZES[0]}..{ICON_SIZES[-1]} px) and {ico.name} "
          f"({len(ICO_SIZES)} sizes) in {ICONS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
