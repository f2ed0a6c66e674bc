"""The practitioner's portrait."""

from __future__ import annotations

import random
from collections.abc import Sequence

from PIL import Image, ImageChops

from demo.drawings.paint import (
    SKIN_SHADE,
    Point,
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


def draw(w: int, h: int, rng: random.Random) -> Image.Image:
    """A friendly, simple bust of a practitioner on a warm ground."""
    img = _gradient((w, h), [(0, _hex("#f1e8dc")), (1, _hex("#e2d3c1"))])
    _linen(img, rng, _hex("#d8cbb8"), 0.12)
    f = _Frame(w, h, 1.0, 1.0, ay=1.0)
    _glow(img, f.p(0.5, 0.45), f.s(0.36), _hex("#d5ddcf"), 0.85, f.s(0.002))
    light_shift = (int(f.s(-0.006)), int(f.s(-0.008)))

    def hp(points: Sequence[Point]) -> list[Point]:
        """Points of the head, which is drawn a little larger than its sketch."""
        return f.ps([(0.5 + (x - 0.5) * 1.15, 0.455 + (y - 0.42) * 1.15) for x, y in points])

    skin = _gradient((w, h), [(0, _hex("#ecccb1")), (1, _hex("#d8af90"))])

    # Hair falling behind the shoulders.
    back_hair = [
        (0.5, 0.2),
        (0.63, 0.225),
        (0.7, 0.3),
        (0.72, 0.45),
        (0.735, 0.6),
        (0.76, 0.7),
        (0.7, 0.76),
        (0.3, 0.76),
        (0.24, 0.7),
        (0.265, 0.6),
        (0.28, 0.45),
        (0.3, 0.3),
        (0.37, 0.225),
    ]
    m, d = _mask(img)
    d.polygon(f.ps(_spline(back_hair, steps=10)), fill=255)
    _shadow(img, m, _hex("#a8957f"), f.s(0.02), (int(f.s(0.01)), int(f.s(0.015))), 0.3)
    _shaded(
        img, m, _hex("#5e4336"), _hex("#3b2a22"), f.s(0.03), light_shift, 1.0, _hex("#80604f"), 0.6
    )

    # Neck, then shoulders in a soft teal top with a round neckline.
    m, d = _mask(img)
    d.rounded_rectangle((*f.p(0.435, 0.55), *f.p(0.565, 0.8)), radius=f.s(0.03), fill=255)
    _shaded(img, m, skin, SKIN_SHADE, f.s(0.02), light_shift, 1.0)
    chin_shadow, cd = _mask(img)
    cd.polygon(_ellipse_points(*f.p(0.5, 0.625), f.s(0.08), f.s(0.035)), fill=255)
    _fill(img, ImageChops.multiply(chin_shadow, m), SKIN_SHADE, 0.5, f.s(0.012))
    shoulders = [
        (0.04, 1.08),
        (0.08, 0.88),
        (0.18, 0.77),
        (0.34, 0.72),
        (0.42, 0.705),
        (0.5, 0.77),
        (0.58, 0.705),
        (0.66, 0.72),
        (0.82, 0.77),
        (0.92, 0.88),
        (0.96, 1.08),
    ]
    m, d = _mask(img)
    d.polygon(f.ps(_spline(shoulders, closed=False, steps=10)), fill=255)
    _shadow(img, m, _hex("#8f7b68"), f.s(0.015), (0, int(f.s(0.01))), 0.35)
    top = _gradient((w, h), [(0, _hex("#3f7c75")), (1, _hex("#2a6661"))])
    _shaded(img, m, top, _hex("#174440"), f.s(0.04), light_shift, 1.0, _hex("#6b9d95"), 0.7)
    neckline = _spline(f.ps([(0.41, 0.71), (0.5, 0.775), (0.59, 0.71)]), closed=False)
    _stroke(img, neckline, _hex("#5f938b"), f.s(0.008), 0.8)
    for side in (-1, 1):
        seam = _spline(
            f.ps([(0.5 + side * 0.2, 0.76), (0.5 + side * 0.23, 0.88), (0.5 + side * 0.25, 1.02)]),
            closed=False,
        )
        _stroke(img, seam, _hex("#1d504b"), f.s(0.004), 0.35, f.s(0.004))

    # Head and ears.
    for side in (-1, 1):
        m, d = _mask(img)
        d.polygon(hp(_ellipse_points(0.5 + side * 0.128, 0.445, 0.025, 0.04, 0, 32)), fill=255)
        _shaded(img, m, _hex("#dfb898"), SKIN_SHADE, f.s(0.01), light_shift, 1.1)
    head, hd = _mask(img)
    hd.polygon(
        hp(
            _spline(
                [
                    (0.5, 0.255),
                    (0.615, 0.3),
                    (0.635, 0.42),
                    (0.6, 0.53),
                    (0.5, 0.585),
                    (0.4, 0.53),
                    (0.365, 0.42),
                    (0.385, 0.3),
                ],
                steps=10,
            )
        ),
        fill=255,
    )
    _shaded(img, head, skin, SKIN_SHADE, f.s(0.035), light_shift, 0.9, _hex("#f6e0cd"), 0.6)

    # A few quiet features: closed, smiling eyes, a small smile, warm cheeks.
    for side in (-1, 1):
        blush, bd = _mask(img)
        bd.polygon(hp(_ellipse_points(0.5 + side * 0.072, 0.485, 0.03, 0.02)), fill=255)
        _fill(img, blush, _hex("#e8a892"), 0.35, f.s(0.012))
        x = 0.5 + side * 0.058
        eye = _spline(hp([(x - 0.022, 0.44), (x, 0.452), (x + 0.022, 0.44)]), closed=False)
        _stroke(img, eye, _hex("#6a4a3c"), f.s(0.006), 0.9)
        brow = _spline(hp([(x - 0.026, 0.405), (x, 0.397), (x + 0.026, 0.403)]), closed=False)
        _stroke(img, brow, _hex("#6a4a3c"), f.s(0.005), 0.45)
    nose = _spline(hp([(0.503, 0.45), (0.508, 0.485), (0.497, 0.495)]), closed=False)
    _stroke(img, nose, SKIN_SHADE, f.s(0.005), 0.55)
    smile = _spline(hp([(0.47, 0.523), (0.5, 0.538), (0.53, 0.523)]), closed=False)
    _stroke(img, smile, _hex("#a5604f"), f.s(0.006), 0.8)

    # Hair over the top of the head, parted to one side.
    fringe = [
        (0.36, 0.47),
        (0.355, 0.36),
        (0.39, 0.27),
        (0.47, 0.225),
        (0.56, 0.23),
        (0.63, 0.28),
        (0.648, 0.36),
        (0.642, 0.47),
        (0.615, 0.38),
        (0.57, 0.33),
        (0.5, 0.31),
        (0.43, 0.335),
        (0.39, 0.4),
    ]
    m, d = _mask(img)
    d.polygon(hp(_spline(fringe, steps=10)), fill=255)
    _shaded(
        img, m, _hex("#664a3c"), _hex("#3b2a22"), f.s(0.02), light_shift, 0.9, _hex("#8c6a58"), 0.8
    )
    shine = _spline(hp([(0.42, 0.275), (0.47, 0.255), (0.53, 0.255)]), closed=False)
    _stroke(img, shine, _hex("#a07d69"), f.s(0.008), 0.5, f.s(0.004))
    return img
