"""Draws the LEAD Desktop icon: resources/icons/lead-desktop.svg, .png (256 px) and .ico (Windows).

The letters are glyph outlines of the bundled DejaVu Sans Bold turned into SVG paths, so the
SVG looks the same on every desktop whatever fonts it has. Run it after changing the design:

    QT_QPA_PLATFORM=offscreen .venv/bin/python installer/make_icons.py

The outputs are committed; the build only copies them.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QByteArray, QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QImage, QPainter, QPainterPath  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
FONT = ROOT / "resources" / "fonts" / "DejaVuSans-Bold.ttf"

SIZE = 256
RADIUS = 52
BACKGROUND_TOP = "#2467a6"
BACKGROUND_BOTTOM = "#173f6b"
LETTERS = "#ffffff"
ACCENT = "#f5b700"  # the bar under the letters: the path away from the justice system
LETTER_WIDTH = 196  # the word's width in the 256 box
PNG_SIZE = 256
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]


def _fmt(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _svg_path(path: QPainterPath) -> str:
    """QPainterPath elements as SVG path data (MoveTo, LineTo, CurveTo with its two data points)."""
    parts: list[str] = []
    i = 0
    count = path.elementCount()
    while i < count:
        e = path.elementAt(i)
        if e.type == QPainterPath.ElementType.MoveToElement:
            if parts:
                parts.append("Z")
            parts.append(f"M{_fmt(e.x)} {_fmt(e.y)}")
            i += 1
        elif e.type == QPainterPath.ElementType.LineToElement:
            parts.append(f"L{_fmt(e.x)} {_fmt(e.y)}")
            i += 1
        else:  # CurveToElement followed by two CurveToDataElements
            c2, end = path.elementAt(i + 1), path.elementAt(i + 2)
            parts.append(f"C{_fmt(e.x)} {_fmt(e.y)} {_fmt(c2.x)} {_fmt(c2.y)} {_fmt(end.x)} {_fmt(end.y)}")
            i += 3
    parts.append("Z")
    return "".join(parts)


def letters_path() -> tuple[str, QRectF]:
    font_id = QFontDatabase.addApplicationFont(str(FONT))
    if font_id < 0:
        raise SystemExit(f"cannot load {FONT}")
    family = QFontDatabase.applicationFontFamilies(font_id)[0]
    font = QFont(family)
    font.setPixelSize(100)
    font.setBold(True)
    raw = QPainterPath()
    raw.addText(QPointF(0, 0), font, "LEAD")
    box = raw.boundingRect()
    scale = LETTER_WIDTH / box.width()
    height = box.height() * scale
    top = (SIZE - height) / 2 - 14  # a little above centre, leaving room for the bar
    from PySide6.QtGui import QTransform

    transform = QTransform()
    transform.translate((SIZE - LETTER_WIDTH) / 2, top)
    transform.scale(scale, scale)
    transform.translate(-box.left(), -box.top())
    placed = transform.map(raw)
    return _svg_path(placed), placed.boundingRect()


def svg_text() -> str:
    letters, box = letters_path()
    bar_y = box.bottom() + 22
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{SIZE}" height="{SIZE}" viewBox="0 0 {SIZE} {SIZE}">\n'
        "  <title>LEAD Desktop</title>\n"
        "  <defs>\n"
        '    <linearGradient id="bg" x1="0" y1="0" x2="0" y2="1">\n'
        f'      <stop offset="0" stop-color="{BACKGROUND_TOP}"/>\n'
        f'      <stop offset="1" stop-color="{BACKGROUND_BOTTOM}"/>\n'
        "    </linearGradient>\n"
        "  </defs>\n"
        f'  <rect x="8" y="8" width="{SIZE - 16}" height="{SIZE - 16}" rx="{RADIUS}" ry="{RADIUS}" fill="url(#bg)"/>\n'
        f'  <path fill="{LETTERS}" d="{letters}"/>\n'
        f'  <rect x="{_fmt(box.left())}" y="{_fmt(bar_y)}" width="{_fmt(box.width())}" height="18" rx="9" '
        f'fill="{ACCENT}"/>\n'
        "</svg>\n"
    )


def render_png(svg: bytes, size: int) -> QImage:
    renderer = QSvgRenderer(QByteArray(svg))
    if not renderer.isValid():
        raise SystemExit("the SVG does not parse")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - fonts need it
    ICONS.mkdir(parents=True, exist_ok=True)
    svg = svg_text().encode("utf-8")
    (ICONS / "lead-desktop.svg").write_bytes(svg)
    png = render_png(svg, PNG_SIZE)
    if not png.save(str(ICONS / "lead-desktop.png"), "PNG"):
        raise SystemExit("could not write the PNG")
    from PIL import Image  # Pillow comes with reportlab

    big = render_png(svg, 256)
    buffer = QByteArray()
    from PySide6.QtCore import QBuffer

    qbuf = QBuffer(buffer)
    qbuf.open(QBuffer.OpenModeFlag.WriteOnly)
    big.save(qbuf, "PNG")
    qbuf.close()
    Image.open(io.BytesIO(bytes(buffer))).save(ICONS / "lead-desktop.ico", sizes=ICO_SIZES)
    print("wrote", ", ".join(p.name for p in sorted(ICONS.glob("lead-desktop.*"))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
