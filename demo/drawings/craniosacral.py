"""Hands cradling a resting head, for CranioSacral Therapy."""

from __future__ import annotations

import math
import random
from collections.abc import Sequence

from PIL import Image, ImageChops

from demo.drawings.paint import (
    HAIR,
    SAGE,
    SKIN_SHADE,
    STONE,
    TEAL,
    Color,
    Point,
    _capsule,
    _ellipse_points,
    _fill,
    _Frame,
    _glow,
    _gradient,
    _hex,
    _mask,
    _shaded,
    _shadow,
    _spline,
    _stroke,
)


def _skyline(
    img: Image.Image, f: _Frame, base: float, color: Color, opacity: float, rng: random.Random
) -> None:
    """A soft hint of the New York skyline along ``base``."""
    m, d = _mask(img)
    x = -f.ox / f.k - 0.05
    while x < (img.width - f.ox) / f.k + 0.05:
        width = 0.025 + 0.045 * rng.random()
        height = 0.05 + 0.11 * rng.random() ** 1.5
        d.rectangle((*f.p(x, base - height), *f.p(x + width, base + 0.01)), fill=255)
        x += width + 0.004
    # One World Trade Center, tapering to a spire.
    d.polygon(
        f.ps(
            [
                (0.2, base),
                (0.205, base - 0.2),
                (0.225, base - 0.245),
                (0.245, base - 0.2),
                (0.25, base),
            ]
        ),
        fill=255,
    )
    d.line(
        [f.p(0.225, base - 0.245), f.p(0.225, base - 0.3)],
        fill=255,
        width=max(1, round(f.s(0.003))),
    )
    # The Empire State Building, stepping back to its mast.
    for half, top in ((0.04, 0.16), (0.028, 0.2), (0.018, 0.225), (0.009, 0.245)):
        d.rectangle((*f.p(0.52 - half, base - top), *f.p(0.52 + half, base)), fill=255)
    d.line(
        [f.p(0.52, base - 0.245), f.p(0.52, base - 0.3)], fill=255, width=max(1, round(f.s(0.003)))
    )
    # The Chrysler Building's crown.
    d.rectangle((*f.p(1.3, base - 0.17), *f.p(1.34, base)), fill=255)
    d.polygon(
        _spline(
            f.ps(
                [
                    (1.3, base - 0.17),
                    (1.305, base - 0.2),
                    (1.32, base - 0.235),
                    (1.335, base - 0.2),
                    (1.34, base - 0.17),
                ]
            ),
            closed=False,
        ),
        fill=255,
    )
    d.line(
        [f.p(1.32, base - 0.23), f.p(1.32, base - 0.275)],
        fill=255,
        width=max(1, round(f.s(0.0025))),
    )
    _fill(img, m, color, opacity)


def draw(w: int, h: int, rng: random.Random) -> Image.Image:
    """A person resting on their back, the head cradled in a practitioner's hands."""
    img = _gradient((w, h), [(0, _hex("#f3ede3")), (0.6, _hex("#efe4d6")), (1, _hex("#e6d8c6"))])
    f = _Frame(w, h, 1.6, 1.0)
    _skyline(img, _Frame(w, h, 1.6, 1.0, ay=1.0), 1.0, _hex("#d9ccba"), 0.55, rng)

    cx, cy, R = 0.56, 0.45, 0.14
    centre = f.p(cx, cy)
    rr = f.s(R)
    _glow(img, centre, rr * 2.6, _hex("#f6e8d8"), 0.7, rr * 0.4)

    def head(x: float, y: float) -> Point:
        """Profile coordinates (upright, facing right, in head radii) laid down face up."""
        return (centre[0] + y * rr, centre[1] - x * rr)

    def heads(points: Sequence[Point]) -> list[Point]:
        return [head(x, y) for x, y in points]

    # Gentle rings of the cranial rhythm.
    rings, rd = _mask(img)
    for i in range(4):
        r = rr * (1.5 + 0.36 * i)
        rd.ellipse(
            (centre[0] - r, centre[1] - r, centre[0] + r, centre[1] + r),
            outline=int(170 - 28 * i),
            width=max(1, round(f.s(0.0028))),
        )
    _fill(img, rings, SAGE, 0.7)

    table_y = cy + R * 1.3
    # The table.
    table, td = _mask(img)
    td.rounded_rectangle(
        (*f.p(cx - R * 1.9, table_y), *f.p(4.2, table_y + 0.035)), radius=f.s(0.015), fill=255
    )
    _shadow(img, table, _hex("#a89684"), f.s(0.02), (0, int(f.s(0.025))), 0.35)
    _shaded(img, table, _hex("#f1e8dc"), STONE, f.s(0.01), (0, int(f.s(-0.006))), 1.0)
    base, bd = _mask(img)
    bd.rectangle((*f.p(cx - R * 1.7, table_y + 0.035), *f.p(4.2, table_y + 0.06)), fill=255)
    _fill(img, base, _hex("#d6c8b5"))

    skin = _gradient((w, h), [(0, _hex("#eccbb0")), (1, _hex("#d9b193"))])
    light_shift = (int(f.s(-0.006)), int(f.s(-0.008)))

    # The body, under a soft sage blanket.
    neck, nd = _mask(img)
    nd.polygon(heads([(0.55, 0.7), (0.5, 1.9), (-0.55, 1.9), (-0.4, 0.7)]), fill=255)
    _shaded(img, neck, skin, SKIN_SHADE, f.s(0.015), light_shift, 1.0)
    body = [
        head(-1.3, 1.45),
        head(-0.05, 1.5),
        head(0.55, 1.72),
        head(0.9, 2.3),
        head(0.95, 3.4),
        head(0.72, 5.0),
        head(0.8, 6.5),
        head(0.75, 9.0),
        head(0.75, 26.0),
    ]
    blanket, kd = _mask(img)
    kd.polygon(
        _spline(body, closed=False, steps=10)
        + [f.p(4.2, table_y + 0.01), f.p(cx + R * 1.45, table_y + 0.01)],
        fill=255,
    )
    _shadow(img, blanket, _hex("#9c8b78"), f.s(0.015), (0, int(f.s(0.01))), 0.3)
    sage = _gradient((w, h), [(0, _hex("#a7bba8")), (1, _hex("#8aa390"))])
    _shaded(img, blanket, sage, _hex("#5f7d6c"), f.s(0.025), light_shift, 1.0, _hex("#c5d3c3"), 0.6)
    hem = _spline(body[:4], closed=False, steps=8)
    _stroke(
        img, [(x + f.s(0.012), y) for x, y in hem], _hex("#c5d3c3"), f.s(0.006), 0.7, f.s(0.002)
    )
    for fold in ([(0.55, 2.9), (0.1, 3.5), (-0.6, 3.9)], [(0.5, 4.6), (0.0, 5.3), (-0.5, 5.6)]):
        _stroke(
            img, _spline(heads(fold), closed=False), _hex("#7a9684"), f.s(0.004), 0.5, f.s(0.004)
        )

    # The head in profile, face up.
    profile = [
        (0.0, -1.0),
        (0.55, -0.86),
        (0.84, -0.48),
        (0.92, -0.22),
        (0.9, -0.08),
        (1.1, 0.18),
        (0.98, 0.27),
        (1.0, 0.36),
        (0.95, 0.44),
        (0.97, 0.52),
        (0.9, 0.62),
        (0.92, 0.74),
        (0.78, 0.86),
        (0.5, 0.92),
        (0.45, 1.3),
        (-0.45, 1.3),
        (-0.4, 0.82),
        (-0.76, 0.55),
        (-1.0, 0.0),
        (-0.82, -0.6),
    ]
    face, fd = _mask(img)
    fd.polygon(heads(_spline(profile, steps=10)), fill=255)
    _shaded(img, face, skin, SKIN_SHADE, f.s(0.02), light_shift, 1.0, _hex("#f5dcc8"), 0.5)
    hair = [
        (0.66, -0.72),
        (0.32, -1.05),
        (-0.3, -1.09),
        (-0.86, -0.74),
        (-1.08, -0.1),
        (-0.98, 0.42),
        (-0.66, 0.72),
        (-0.6, 0.45),
        (-0.62, 0.0),
        (-0.4, -0.5),
        (0.0, -0.78),
        (0.4, -0.76),
    ]
    locks, ld = _mask(img)
    ld.polygon(heads(_spline(hair, steps=10)), fill=255)
    _shaded(img, locks, HAIR, _hex("#3a2922"), f.s(0.02), light_shift, 1.0, _hex("#7d5d4d"), 0.7)
    ear, ed = _mask(img)
    ed.polygon(heads(_ellipse_points(-0.14, 0.1, 0.12, 0.2, 0.25, 32)), fill=255)
    _shaded(img, ear, _hex("#e2bb9d"), SKIN_SHADE, f.s(0.008), light_shift, 1.2)
    eye = _spline(heads([(0.66, -0.2), (0.6, -0.1), (0.62, 0.02)]), closed=False)
    _stroke(img, eye, _hex("#8a6350"), f.s(0.004), 0.8)
    jaw = _spline(heads([(0.86, 0.8), (0.5, 0.86), (0.12, 0.74)]), closed=False)
    _stroke(img, jaw, SKIN_SHADE, f.s(0.004), 0.45, f.s(0.004))

    # The practitioner's hand, palm up under the back of the head, fingers curling to the nape.
    def polar(deg: float, radius: float) -> Point:
        a = math.radians(deg)
        return (centre[0] + rr * radius * math.cos(a), centre[1] + rr * radius * math.sin(a))

    thick = rr * 0.15
    wx, wy = polar(160, 1.09)
    reach = f.p(-0.05, table_y + 0.06)
    elbow = (wx + (reach[0] - wx) * 3, wy + (reach[1] - wy) * 3)
    parts: list[Image.Image] = []
    fingers = [(46, 1.05, 0.8), (54, 1.1, 0.86), (62, 1.14, 0.92)]
    for tip_deg, tip_r, scale in fingers:
        m, d = _mask(img)
        path = [polar(104, 1.1), polar((104 + tip_deg) / 2, 1.13), polar(tip_deg, tip_r)]
        for a_, b_ in zip(path, path[1:], strict=False):
            _capsule(d, a_, b_, thick * scale, thick * scale * 0.9)
        parts.append(m)
    m, d = _mask(img)
    d.polygon(
        [polar(160 + (100 - 160) * i / 30, 1.24) for i in range(31)]
        + [polar(100 + (160 - 100) * i / 30, 0.94) for i in range(31)],
        fill=255,
    )
    _capsule(d, (wx, wy), elbow, thick * 1.15, thick * 1.6)
    _capsule(d, polar(104, 1.09), polar(150, 1.09), thick)
    parts.append(m)
    m, d = _mask(img)
    _capsule(d, polar(168, 1.12), polar(194, 1.03), thick * 0.78, thick * 0.62)
    parts.append(m)
    shadow_mask = parts[0]
    for part in parts[1:]:
        shadow_mask = ImageChops.lighter(shadow_mask, part)
    _shadow(img, shadow_mask, _hex("#8b6f5c"), f.s(0.012), (int(f.s(0.004)), int(f.s(0.01))), 0.4)
    for part in parts:
        _shaded(img, part, skin, SKIN_SHADE, f.s(0.01), light_shift, 1.2, _hex("#f5dcc8"), 0.5)
    cuff, cd = _mask(img)
    sleeve = (wx + (reach[0] - wx) * 0.45, wy + (reach[1] - wy) * 0.45)
    _capsule(cd, sleeve, elbow, thick * 1.45, thick * 2.2)
    teal = _gradient((w, h), [(0, _hex("#3f7a74")), (1, TEAL)])
    _shadow(img, cuff, _hex("#8b6f5c"), f.s(0.01), (int(f.s(0.006)), int(f.s(0.008))), 0.4)
    _shaded(img, cuff, teal, _hex("#164642"), f.s(0.02), light_shift, 1.0, _hex("#6f9c95"), 0.6)
    return img
