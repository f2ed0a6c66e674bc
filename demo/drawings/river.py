"""A river, for the Journey section."""

from __future__ import annotations

import math
import random

from PIL import Image, ImageChops

from demo.drawings.paint import (
    PEACH,
    TEAL,
    Point,
    _band,
    _fill,
    _glow,
    _gradient,
    _hex,
    _mask,
    _mix,
    _ramp,
    _ridge,
    _shaded,
    _shadow,
    _smooth,
    _stroke,
)


def draw(w: int, h: int, rng: random.Random) -> Image.Image:
    """A river winding towards a low dawn sun, between soft layered hills."""
    horizon = 0.4 * h
    img = _gradient(
        (w, h),
        [(0, _hex("#ebe6de")), (0.22, _hex("#f3e7d8")), (0.4, _hex("#f5d9bd")), (1, PEACH)],
    )
    sun = (0.6 * w, horizon - 0.11 * h)
    sun_r = 0.05 * h
    _glow(img, sun, sun_r * 4, _hex("#f8e3cb"), 0.6, sun_r * 2)
    _glow(img, sun, sun_r, _hex("#f3c9a2"), 0.95, sun_r * 0.08)

    # Far hills, paler with distance.
    far = [
        (0.07, [(0.03, 1.2, 0.4), (0.012, 3.3, 2.1)], _hex("#e2cfbf")),
        (0.045, [(0.025, 1.7, 2.6), (0.01, 4.1, 0.3)], _hex("#d2c8b6")),
        (0.02, [(0.02, 1.1, 5.0), (0.008, 5.3, 1.1)], _hex("#c4c6b0")),
    ]
    for lift, waves, color in far:
        _band(
            img, _ridge(w, horizon - lift * h, [(a * h, fr, ph) for a, fr, ph in waves]), h, color
        )

    # The valley floor, hazy near the horizon and greener close by.
    ground_stops = [
        (0, _hex("#c4c6b0")),
        (horizon / h, _hex("#c4c6b0")),
        (0.6, _hex("#aab79f")),
        (1, _hex("#8fa58f")),
    ]
    ground = _gradient((w, h), ground_stops)
    img.paste(ground.crop((0, int(horizon), w, h)), (0, int(horizon)))

    # The river, in simple perspective: wide and near at the bottom, a thread at the horizon.
    depth = h - horizon

    def course(z: float) -> float:
        """Where the river runs, as a fraction of the width, at distance ``z``."""
        return 0.5 + 0.25 * z**-0.35 * math.sin(4.0 * math.log(z) + 0.2)

    left: list[Point] = []
    right: list[Point] = []
    steps = 260
    for i in range(steps + 1):
        y = 1.05 * h - (1.05 * h - horizon - 0.004 * h) * (i / steps) ** 0.6
        z = depth / max(1.0, y - horizon)
        x = course(z) * w
        # Sideways stretches look wider across the screen, as they would.
        ahead = (course(z * 1.01) * w - 0.5 * w) * z * 1.01 - (x - 0.5 * w) * z
        slope = ahead / (0.01 * z * depth)
        half = 0.14 * w / z * math.sqrt(1 + 0.6 * slope * slope)
        left.append((x - half, y))
        right.append((x + half, y))
    water, wd = _mask(img)
    wd.polygon(left + list(reversed(right)), fill=255)
    water_paint = _gradient(
        (w, h),
        [
            (0, _hex("#f7e2cb")),
            (horizon / h, _hex("#f7e2cb")),
            (0.65, _hex("#c9d2c6")),
            (1, _hex("#7fa19b")),
        ],
    )
    _shadow(img, water, _hex("#6f8a74"), 0.004 * h, (0, int(0.004 * h)), 0.5)
    _fill(img, water, water_paint)
    # Light on the water.
    shimmer, sd = _mask(img)
    for _ in range(45):
        t = rng.random() ** 1.3
        k = int(t * steps)
        (lx, y), (rx, _) = left[k], right[k]
        span = rx - lx
        cx = lx + span * (0.2 + 0.6 * rng.random())
        length = span * (0.03 + 0.08 * rng.random())
        sd.line([(cx - length, y), (cx + length, y)], fill=200, width=max(1, round(0.003 * h)))
    _fill(img, ImageChops.multiply(shimmer, water), _hex("#fbf1e4"), 0.6, 0.001 * h)

    # Mist lying over the valley.
    for y, op in ((horizon, 0.6), (horizon + 0.08 * h, 0.3)):
        _stroke(img, [(-0.1 * w, y), (1.1 * w, y)], _hex("#f7ece0"), 0.03 * h, op, 0.025 * h)

    # Near hills from either side; their feet fade into the valley floor, so the river seems
    # to slip behind them as it winds.
    hills = [
        # edge, crest height at the edge, foot x, foot y
        (0.0, 0.405, 0.46, 0.47),
        (1.0, 0.43, 0.6, 0.565),
        (0.0, 0.5, 0.36, 0.68),
        (0.0, 0.8, 0.34, 1.04),
        (1.0, 0.83, 0.86, 1.06),
    ]
    for edge, crest, foot_x, foot_y in hills:
        x0, y0, x1, y1 = edge * w, crest * h, foot_x * w, foot_y * h
        line = []
        for i in range(61):
            t = i / 60
            line.append(
                (x0 + (x1 - x0) * t, y0 + (y1 - y0) * t**1.7 - 0.02 * h * math.sin(math.pi * t))
            )
        outside = x0 - (x1 - x0) * 0.1
        m, d = _mask(img)
        d.polygon([*line, (x1, y1 + h), (outside, y1 + h), (outside, y0)], fill=255)
        fade = _gradient(
            (w, h),
            [(0, (255,) * 3), (crest + (foot_y - crest) * 0.45, (255,) * 3), (foot_y, (0, 0, 0))],
        )
        m = ImageChops.multiply(m, fade.convert("L"))
        near = _smooth((foot_y - 0.4) / 0.6)
        top_color = _mix(_hex("#ccd0b8"), _hex("#a9b89e"), near)
        paint = _gradient(
            (w, h),
            [
                (0, top_color),
                (crest, top_color),
                (foot_y, _ramp(ground_stops, foot_y)),
                (1, _ramp(ground_stops, 1)),
            ],
        )
        _fill(img, m, paint)
        _stroke(img, line[: int(60 * 0.6)], _hex("#f3e3cc"), 0.006 * h, 0.3, 0.004 * h)
        trees, td = _mask(img)
        t = 0.1 + 0.15 * rng.random()
        for j in range(3):
            x, y = line[int((t + 0.035 * j) * 60)]
            r = (0.007 + 0.004 * rng.random()) * h * (0.5 + 1.2 * near)
            td.ellipse((x - r, y - 2.3 * r, x + r, y + 0.2 * r), fill=255)
        color = _mix(_hex("#a3b49f"), _hex("#6f8f7c"), near)
        _shaded(img, trees, color, _mix(color, TEAL, 0.35), 0.006 * h, (int(-0.004 * h), 0), 1.2)

    return img


# A hand, palm up, fingers pointing up, thumb to the right; units are palm widths and the
# palm's centre is the origin. (base, tilt in degrees, length, base radius, tip radius)
