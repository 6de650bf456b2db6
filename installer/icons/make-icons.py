#!/usr/bin/python3
"""Renders the QStaticDHCP icon (the same drawing as qstaticdhcp.svg) into the PNG sizes of the Linux hicolor
theme, the Windows .ico and the macOS .icns. Run by hand after changing the drawing (needs python3-pil);
the outputs are committed, so builds need nothing."""
import os
from PIL import Image, ImageDraw

HERE = os.path.dirname(os.path.abspath(__file__))
S = 1024  # drawing grid of the SVG (viewBox 0 0 1024 1024)


def draw(size):
    k = 4  # supersampling
    n = size * k
    f = n / S
    img = Image.new("RGBA", (n, n), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle([64 * f, 64 * f, 960 * f, 960 * f], radius=180 * f, fill=(38, 99, 171, 255))
    # the server: a box at the top with two status lights
    d.rounded_rectangle([312 * f, 200 * f, 712 * f, 420 * f], radius=40 * f, fill=(255, 255, 255, 255))
    for cx in (392, 472):
        d.ellipse([(cx - 24) * f, 286 * f, (cx + 24) * f, 334 * f], fill=(76, 175, 80, 255))
    # the wires to three clients
    w = int(36 * f)
    d.line([512 * f, 420 * f, 512 * f, 560 * f], fill="white", width=w)
    d.line([232 * f, 560 * f, 792 * f, 560 * f], fill="white", width=w)
    for cx in (232, 512, 792):
        d.line([cx * f, 560 * f, cx * f, 680 * f], fill="white", width=w)
        d.ellipse([(cx - 90) * f, 660 * f, (cx + 90) * f, 840 * f], fill=(255, 255, 255, 255))
    return img.resize((size, size), Image.LANCZOS)


def main():
    for size in (32, 48, 64, 128, 256):
        draw(size).save(os.path.join(HERE, "qstaticdhcp-%d.png" % size), optimize=True)
    big = draw(256)
    big.save(os.path.join(HERE, "qstaticdhcp.ico"), sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])
    draw(1024).save(os.path.join(HERE, "qstaticdhcp.icns"))


if __name__ == "__main__":
    main()
