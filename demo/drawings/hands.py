"""Two open hands, for Somato Emotional Release."""

from __future__ import annotations

import math
import random
from collections.abc import Sequence

from PIL import Image, ImageChops, ImageDraw

from demo.drawings.paint import (
    LINEN,
    SKIN,
    SKIN_SHADE,
    TEAL,
    Point,
    _bezier,
    _capsule,
    _ellipse_points,
    _fill,
    _Frame,
    _glow,
    _gradient,
    _hex,
    _linen,
    _mask,
    _shaded,
    _shadow,
    _spline,
    _stroke,
)

_PALM = [
    (-0.40, -0.40),
    (-0.12, -0.47),
    (0.16, -0.47),
    (0.40, -0.40),
    (0.48, -0.15),
    (0.50, 0.12),
    (0.42, 0.40),
    (0.26, 0.60),
    (-0.26, 0.60),
    (-0.47, 0.32),
    (-0.50, 0.0),
    (-0.48, -0.25),
]
_FINGERS = [
    ((-0.35, -0.34), -9, 0.46, 0.088, 0.074),
    ((-0.12, -0.41), -3, 0.58, 0.096, 0.082),
    ((0.11, -0.42), 2, 0.62, 0.099, 0.084),
    ((0.33, -0.37), 7, 0.56, 0.096, 0.081),
]
_THUMB = [((0.40, 0.16), (0.60, -0.04), 0.13, 0.115), ((0.60, -0.04), (0.68, -0.27), 0.115, 0.096)]


def _sleeve(top: float, half: float, length: float) -> list[Point]:
    """A sleeve in hand units: a gently rounded cuff, then straight down the arm."""
    r = half * 0.25
    cuff = _bezier((-half + r, top + 0.02), (0.0, top - 0.08), (half - r, top + 0.02), 16)
    left_corner = _bezier((-half, top + r + 0.02), (-half, top + 0.02), (-half + r, top + 0.02), 6)
    right_corner = _bezier((half - r, top + 0.02), (half, top + 0.02), (half, top + r + 0.02), 6)
    return [*left_corner, *cuff[1:-1], *right_corner, (half * 1.1, length), (-half * 1.1, length)]


class _Hand:
    """Places the stylised hand: ``mirror`` puts the thumb on the left, ``rot`` tilts it."""

    def __init__(self, origin: Point, size: float, rot: float, mirror: bool = False):
        self.origin, self.size, self.mirror = origin, size, mirror
        self.cos, self.sin = math.cos(math.radians(rot)), math.sin(math.radians(rot))

    def p(self, x: float, y: float) -> Point:
        if self.mirror:
            x = -x
        x, y = x * self.size, y * self.size
        return (
            self.origin[0] + x * self.cos - y * self.sin,
            self.origin[1] + x * self.sin + y * self.cos,
        )

    def ps(self, points: Sequence[Point]) -> list[Point]:
        return [self.p(x, y) for x, y in points]

    def finger(self, base: Point, tilt: float, length: float) -> tuple[Point, Point]:
        a = math.radians(tilt)
        tip = (base[0] + math.sin(a) * length, base[1] - math.cos(a) * length)
        return self.p(*base), self.p(*tip)

    def silhouette(self, d: ImageDraw.ImageDraw, arm: float = 2.0) -> None:
        d.polygon(self.ps([(-0.27, 0.45), (0.27, 0.45), (0.34, arm), (-0.34, arm)]), fill=255)
        d.polygon(self.ps(_spline(_PALM, steps=8)), fill=255)
        for base, tilt, length, r0, r1 in _FINGERS:
            a, b = self.finger(base, tilt, length)
            _capsule(d, a, b, r0 * self.size, r1 * self.size)
        for a, b, r0, r1 in _THUMB:
            _capsule(d, self.p(*a), self.p(*b), r0 * self.size, r1 * self.size)

    def creases(self, d: ImageDraw.ImageDraw, width: int) -> None:
        lines = [
            [(-0.49, -0.2), (-0.15, -0.2), (0.12, -0.27), (0.3, -0.36)],
            [(0.40, -0.16), (0.05, -0.08), (-0.25, 0.02), (-0.38, 0.08)],
            [(0.38, -0.14), (0.22, 0.05), (0.18, 0.3), (0.16, 0.55)],
        ]
        for line in lines:
            d.line(
                self.ps(_spline(line, closed=False, steps=8)), fill=255, width=width, joint="curve"
            )
        for base, tilt, length, r0, _ in _FINGERS:
            a = math.radians(tilt)
            ux, uy = math.sin(a), -math.cos(a)
            for f in (0.3, 0.62):
                cx, cy = base[0] + ux * length * f, base[1] + uy * length * f
                half = r0 * 0.55
                d.line(
                    [
                        self.p(cx - uy * half, cy + ux * half),
                        self.p(cx + uy * half, cy - ux * half),
                    ],
                    fill=170,
                    width=width,
                )


def draw(w: int, h: int, rng: random.Random) -> Image.Image:
    """Two open hands, palms up, held together on linen."""
    img = _gradient((w, h), [(0, _hex("#f5f0e8")), (0.6, LINEN), (1, _hex("#e6dccc"))])
    _linen(img, rng, _hex("#d9cdbb"), 0.35)
    f = _Frame(w, h, 1.6, 1.0, ay=1.0)
    _glow(img, f.p(0.8, 0.34), f.s(0.3), _hex("#f4dfc9"), 0.7, f.s(0.002))

    size = f.s(0.27)
    hands = [
        _Hand(f.p(0.8 - 0.142, 0.66), size, -13, mirror=True),
        _Hand(f.p(0.8 + 0.142, 0.66), size, 13),
    ]
    both, bd = _mask(img)
    for hand in hands:
        hand.silhouette(bd)
    _shadow(img, both, _hex("#b8a58f"), f.s(0.02), (int(f.s(0.02)), int(f.s(0.025))), 0.45)
    skin = _gradient((w, h), [(0, _hex("#ecccb2")), (0.5, SKIN), (1, _hex("#d6ab8d"))])
    for hand in hands:
        m, d = _mask(img)
        hand.silhouette(d)
        shift = (int(f.s(-0.006)), int(f.s(-0.008)))
        _shaded(img, m, skin, SKIN_SHADE, f.s(0.018), shift, 1.1, _hex("#f6dfcb"), 0.5)
        # The hollow of the palm.
        hollow, hd = _mask(img)
        hd.polygon(_ellipse_points(*hand.p(0.0, 0.06), size * 0.26, size * 0.3), fill=255)
        _fill(img, hollow, SKIN_SHADE, 0.22, size * 0.1)
        lines, ld = _mask(img)
        hand.creases(ld, max(1, round(f.s(0.0035))))
        _fill(img, ImageChops.multiply(lines, m), _hex("#b88a6f"), 0.55, f.s(0.0015))
    # Soft sage sleeves.
    cuffs, cd = _mask(img)
    for hand in hands:
        cd.polygon(hand.ps(_sleeve(1.02, 0.44, 2.4)), fill=255)
    sleeve = _gradient((w, h), [(0, _hex("#9bb19f")), (1, _hex("#7d9a84"))])
    _shadow(img, cuffs, SKIN_SHADE, f.s(0.012), (0, int(f.s(-0.008))), 0.5)
    _shaded(
        img, cuffs, sleeve, _hex("#5f7d6c"), f.s(0.02), (int(f.s(-0.006)), int(f.s(-0.008))), 1.0
    )
    fold = _spline([f.p(0.8, 0.97), f.p(0.805, 0.99), f.p(0.8, 1.02)], closed=False)
    _stroke(img, fold, _hex("#5f7d6c"), f.s(0.004), 0.6, f.s(0.003))

    # A small sprout resting in the cupped palms.
    soil, sd = _mask(img)
    sd.polygon(
        _spline(
            f.ps(
                [(0.72, 0.68), (0.76, 0.635), (0.8, 0.625), (0.84, 0.635), (0.88, 0.68), (0.8, 0.7)]
            ),
            steps=8,
        ),
        fill=255,
    )
    _shadow(img, soil, SKIN_SHADE, f.s(0.012), (0, int(f.s(0.01))), 0.6)
    _shaded(
        img,
        soil,
        _hex("#9a7b64"),
        _hex("#6e5444"),
        f.s(0.015),
        (int(f.s(-0.006)), int(f.s(-0.008))),
        1.0,
    )
    stem = _spline([f.p(0.8, 0.64), f.p(0.795, 0.56), f.p(0.805, 0.47)], closed=False)
    _stroke(img, stem, _hex("#5f8270"), f.s(0.007))
    for side in (-1, 1):
        leaf, ld = _mask(img)
        tip = f.p(0.805 + side * 0.1, 0.42)
        base = f.p(0.805, 0.475)
        mid = ((tip[0] + base[0]) / 2, (tip[1] + base[1]) / 2)
        nx, ny = tip[1] - base[1], base[0] - tip[0]
        ld.polygon(
            _bezier(base, (mid[0] + nx * 0.45, mid[1] + ny * 0.45), tip)
            + _bezier(tip, (mid[0] - nx * 0.45, mid[1] - ny * 0.45), base)[1:],
            fill=255,
        )
        _shadow(img, leaf, SKIN_SHADE, f.s(0.01), (int(f.s(0.008)), int(f.s(0.012))), 0.35)
        _shaded(
            img, leaf, _hex("#7d9a84"), TEAL, f.s(0.012), (int(f.s(-0.005)), int(f.s(-0.006))), 0.9
        )
        _stroke(img, [base, mid, tip], _hex("#cfdccd"), f.s(0.0025), 0.6)
    return img
