"""A hand resting on the belly, for Visceral Manipulation."""

from __future__ import annotations

import math
import random

from PIL import Image, ImageChops

from demo.drawings.hands import _FINGERS, _Hand, _sleeve
from demo.drawings.paint import (
    SAGE,
    SAND,
    SKIN_SHADE,
    TEAL,
    _ellipse_points,
    _fill,
    _Frame,
    _gradient,
    _hex,
    _linen,
    _mask,
    _shaded,
    _shadow,
    _spline,
    _stroke,
)


def draw(w: int, h: int, rng: random.Random) -> Image.Image:
    """A torso in outline, soft rings spreading from the belly, and a hand resting there."""
    img = _gradient((w, h), [(0, _hex("#f1e9de")), (0.55, SAND), (1, _hex("#ddd1bf"))])
    _linen(img, rng, _hex("#d6cab7"), 0.15)
    f = _Frame(w, h, 1.6, 1.0)
    cx = 0.8
    side = [
        (0.066, -0.06),
        (0.07, 0.05),
        (0.14, 0.1),
        (0.235, 0.135),
        (0.275, 0.19),
        (0.28, 0.27),
        (0.232, 0.33),
        (0.214, 0.44),
        (0.186, 0.56),
        (0.172, 0.65),
        (0.19, 0.79),
        (0.225, 0.93),
        (0.24, 1.1),
        (0.25, 2.0),
    ]
    outline = [(cx + x, y) for x, y in side] + [(cx - x, y) for x, y in reversed(side)]
    torso, td = _mask(img)
    td.polygon(f.ps(_spline(outline, steps=10)), fill=255)
    _shadow(img, torso, _hex("#b9a68f"), f.s(0.03), (int(f.s(0.015)), int(f.s(0.02))), 0.35)
    body = _gradient((w, h), [(0, _hex("#f4e7da")), (1, _hex("#ead6c3"))])
    _shaded(img, torso, body, _hex("#d0ad93"), f.s(0.04), (int(f.s(-0.01)), 0), 0.9)

    # Rings of movement around the belly.
    centre = f.p(cx - 0.01, 0.6)
    rings, rd = _mask(img)
    count = 10
    for i in range(count):
        r0 = f.s(0.05 + 0.048 * i * (1 + 0.04 * i))
        pts = []
        for k in range(181):
            a = 2 * math.pi * k / 180
            r = r0 * (1 + 0.02 * math.sin(5 * a + i * 0.9) + 0.012 * math.sin(3 * a - i))
            pts.append((centre[0] + r * math.cos(a), centre[1] + r * 0.92 * math.sin(a)))
        level = int(235 * (1 - i / count) ** 1.5) + 20
        rd.line(pts, fill=level, width=max(1, round(f.s(0.0032))), joint="curve")
    inside = ImageChops.multiply(rings, torso)
    _fill(img, rings, SAGE, 0.6, f.s(0.001))
    _fill(img, inside, TEAL, 0.3, f.s(0.001))

    # A few quiet lines of the body.
    lines = _hex("#c29b80")
    for s_ in (-1, 1):
        collar = [
            f.p(cx + s_ * 0.025, 0.14),
            f.p(cx + s_ * 0.09, 0.128),
            f.p(cx + s_ * 0.15, 0.132),
        ]
        _stroke(img, _spline(collar, closed=False), lines, f.s(0.004), 0.45, f.s(0.003))
    _stroke(img, [f.p(cx, 0.2), f.p(cx, 0.42)], lines, f.s(0.003), 0.25, f.s(0.004))
    navel, nd = _mask(img)
    nd.polygon(_ellipse_points(*f.p(cx, 0.71), f.s(0.008), f.s(0.014)), fill=255)
    _fill(img, navel, _hex("#b88c71"), 0.7, f.s(0.003))
    _stroke(img, _spline(f.ps(outline), steps=10)[:-1], _hex("#a98068"), f.s(0.003), 0.35)

    # The practitioner's hand, palm down, fingers across the belly.
    hand = _Hand(f.p(cx + 0.07, 0.52), f.s(0.22), -98, mirror=True)
    m, d = _mask(img)
    hand.silhouette(d, arm=5.0)
    _shadow(img, m, _hex("#9c7f69"), f.s(0.015), (int(f.s(0.006)), int(f.s(0.014))), 0.45)
    skin = _gradient((w, h), [(0, _hex("#e8c6aa")), (1, _hex("#d9b192"))])
    shift = (int(f.s(-0.004)), int(f.s(-0.007)))
    _shaded(img, m, skin, SKIN_SHADE, f.s(0.012), shift, 1.1, _hex("#f3dac5"), 0.5)
    details, dd = _mask(img)
    width = max(1, round(f.s(0.003)))
    for base, tilt, length, _, r1 in _FINGERS:
        a = math.radians(tilt)
        ux, uy = math.sin(a), -math.cos(a)
        tx, ty = base[0] + ux * (length - 0.02), base[1] + uy * (length - 0.02)
        dd.polygon(hand.ps(_ellipse_points(tx, ty, r1 * 0.62, r1 * 0.85, a, 24)), fill=150)
        kx, ky = base[0] + ux * length * 0.5, base[1] + uy * length * 0.5
        half = r1 * 0.45
        dd.line(
            [hand.p(kx - uy * half, ky + ux * half), hand.p(kx + uy * half, ky - ux * half)],
            fill=110,
            width=width,
        )
    _fill(img, details, _hex("#f4dfcf"), 0.9, f.s(0.0015))
    cuff, cd = _mask(img)
    cd.polygon(hand.ps(_sleeve(1.25, 0.36, 6.0)), fill=255)
    sleeve = _gradient((w, h), [(0, _hex("#4f827b")), (1, _hex("#3b6f69"))])
    _shadow(img, cuff, _hex("#8b6a57"), f.s(0.01), (int(f.s(-0.008)), 0), 0.5)
    _shaded(img, cuff, sleeve, _hex("#1f4f4b"), f.s(0.02), shift, 1.0, _hex("#7aa49c"), 0.5)
    return img
