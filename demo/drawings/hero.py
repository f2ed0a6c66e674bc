"""The home page's wide picture."""

from __future__ import annotations

import random

from PIL import Image, ImageChops, ImageFilter

from demo.drawings.paint import (
    Point,
    _band,
    _glow,
    _gradient,
    _hex,
    _ridge,
    _smooth,
    _stroke,
)


def draw(w: int, h: int, rng: random.Random) -> Image.Image:
    """Soft sun over layered horizon bands and still water; the left half stays quiet."""
    horizon = 0.64 * h
    img = _gradient(
        (w, h),
        [
            (0.0, _hex("#f5efe6")),
            (0.35, _hex("#f4e9dc")),
            (0.64, _hex("#f0d9c2")),
            (0.66, _hex("#e6d8c6")),
            (1.0, _hex("#d9cbb8")),
        ],
    )
    sun = (0.72 * w, 0.5 * h)
    sun_r = 0.085 * h
    _glow(img, sun, sun_r * 3.2, _hex("#f7e4cc"), 0.55, sun_r * 1.6)
    _glow(img, sun, sun_r * 1.7, _hex("#f6dcc0"), 0.5, sun_r * 0.6)
    _glow(img, sun, sun_r, _hex("#f1c9a4"), 0.9, sun_r * 0.06)

    # Faint streaks of cloud on the right.
    for cx, cy, length, op in (
        (0.8, 0.3, 0.22, 0.35),
        (0.62, 0.36, 0.16, 0.25),
        (0.9, 0.4, 0.12, 0.3),
    ):
        x0 = cx * w - length * w / 2
        _stroke(
            img, [(x0, cy * h), (x0 + length * w, cy * h)], _hex("#fbf6ef"), 0.012 * h, op, 0.01 * h
        )

    def calm(waves: list[tuple[float, float, float]]) -> list[Point]:
        pts = _ridge(w, 0, waves)
        return [(x, y * (0.25 + 0.75 * _smooth(x / w))) for x, y in pts]

    layers = [
        (0.075, [(0.035, 1.1, 0.3), (0.012, 3.1, 1.0)], _hex("#e2cfbd"), _hex("#e6d6c6")),
        (0.050, [(0.028, 1.6, 2.0), (0.010, 4.3, 0.2)], _hex("#cfc2b0"), _hex("#dad0c0")),
        (0.026, [(0.020, 0.9, 4.0), (0.008, 5.2, 1.7)], _hex("#adb6a3"), _hex("#c2c6b4")),
        (0.008, [(0.010, 1.3, 0.9), (0.005, 3.7, 2.5)], _hex("#809b8b"), _hex("#9aab9b")),
    ]
    hills = img.copy()
    hill_mask = Image.new("L", (w, h), 0)
    for lift, waves, top, bottom in layers:
        base = horizon - lift * h
        line = [(x, base + y * h) for x, y in calm(waves)]
        paint = _gradient((w, h), [(0, top), (base / h, top), (horizon / h, bottom), (1, bottom)])
        m = _band(img, line, horizon, paint)
        hills.paste(paint, (0, 0), m)
        hill_mask.paste(255, (0, 0), m)

    # Still water: the hills mirrored, softened and faint.
    top = int(horizon)
    reflect = hills.crop((0, top - int(0.12 * h), w, top)).transpose(
        Image.Transpose.FLIP_TOP_BOTTOM
    )
    rmask = hill_mask.crop((0, top - int(0.12 * h), w, top)).transpose(
        Image.Transpose.FLIP_TOP_BOTTOM
    )
    rmask = rmask.filter(ImageFilter.GaussianBlur(0.004 * h))
    fade = _gradient(rmask.size, [(0, (150, 150, 150)), (1, (0, 0, 0))]).convert("L")
    img.paste(
        reflect.filter(ImageFilter.GaussianBlur(0.003 * h)),
        (0, top),
        ImageChops.multiply(rmask, fade),
    )

    # The sun's path on the water and a few long, quiet ripples.
    for i in range(26):
        y = horizon + (0.012 + i * 0.013) * h
        spread = sun_r * (0.5 + 0.06 * i) * (0.6 + 0.4 * rng.random())
        x = sun[0] + (rng.random() - 0.5) * sun_r * 0.3
        _stroke(
            img, [(x - spread, y), (x + spread, y)], _hex("#f6e2cb"), 0.004 * h, 0.55 - i * 0.018
        )
    for i in range(9):
        y = horizon + (0.05 + i * 0.035) * h
        x0 = (0.35 + rng.random() * 0.35) * w
        length = (0.08 + rng.random() * 0.18) * w
        _stroke(img, [(x0, y), (x0 + length, y)], _hex("#cdbfac"), 0.0025 * h, 0.45)
    return img
