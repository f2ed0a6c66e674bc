"""A nautilus shell, for the philosophy section."""

from __future__ import annotations

import math
import random

from PIL import Image, ImageChops, ImageDraw

from demo.drawings.paint import (
    SAND,
    SS,
    Point,
    _bezier,
    _fill,
    _Frame,
    _glow,
    _gradient,
    _hex,
    _linen,
    _mask,
    _shaded,
    _shadow,
    _stroke,
)


def draw(w: int, h: int, rng: random.Random) -> Image.Image:
    """A sectioned nautilus shell: a logarithmic spiral divided into pearly chambers."""
    img = _gradient((w, h), [(0, _hex("#efe7da")), (0.6, SAND), (1, _hex("#ddd0bd"))])
    f = _Frame(w, h, 1.6, 1.0)
    _glow(img, f.p(0.98, 0.4), f.s(0.34), _hex("#d5ddcf"), 0.75, f.s(0.002))
    _linen(img, rng, _hex("#d8ccb9"), 0.18)

    growth = math.log(3.0) / (2 * math.pi)  # each whorl is three times wider than the last
    turn = 2 * math.pi
    start = math.radians(20)  # direction of the aperture

    def radius(theta: float) -> float:
        return math.exp(growth * theta)

    def unit_point(theta: float, scale: float = 1.0) -> Point:
        r = radius(theta) * scale
        a = start - theta
        return (r * math.cos(a), r * math.sin(a))

    def unit_lip(steps: int = 24) -> list[Point]:
        return _bezier(unit_point(0), unit_point(0.35, 0.72), unit_point(-turn), steps)

    # Fit the outer whorl into the frame.
    outline = [unit_point(-turn + turn * i / 240) for i in range(241)] + unit_lip()
    xs = [p[0] for p in outline]
    ys = [p[1] for p in outline]
    size = f.s(0.8) / (max(ys) - min(ys))
    cx = w / 2 - size * (max(xs) + min(xs)) / 2
    cy = h / 2 - size * (max(ys) + min(ys)) / 2

    def pt(theta: float, scale: float = 1.0) -> Point:
        x, y = unit_point(theta)
        return (cx + x * size * scale, cy + y * size * scale)

    def lip_curve() -> list[Point]:
        return [(cx + x * size, cy + y * size) for x, y in unit_lip()]

    def arc(t0: float, t1: float, scale: float = 1.0, steps: int = 24) -> list[Point]:
        return [pt(t0 + (t1 - t0) * i / steps, scale) for i in range(steps + 1)]

    smallest = math.log(2.5 * SS / size) / growth
    shell, d = _mask(img)
    d.polygon(arc(-turn, 0, steps=240) + lip_curve(), fill=255)
    d.polygon(arc(smallest - turn, -turn, steps=240), fill=255)
    _shadow(img, shell, _hex("#8c7563"), f.s(0.025), (int(f.s(0.012)), int(f.s(0.022))), 0.35)
    pearl = _gradient((w, h), [(0, _hex("#fbf6ee")), (1, _hex("#f1e6d8"))])
    _fill(img, shell, pearl)

    def septum(theta: float) -> list[Point]:
        outer, inner = pt(theta), pt(theta - turn)
        mx, my = (outer[0] + inner[0]) / 2, (outer[1] + inner[1]) / 2
        back = pt(theta - 0.25)
        dx, dy = back[0] - outer[0], back[1] - outer[1]
        n = math.hypot(dx, dy) or 1.0
        bulge = 0.32 * math.hypot(outer[0] - inner[0], outer[1] - inner[1])
        return _bezier(outer, (mx + dx / n * bulge, my + dy / n * bulge), inner, 14)

    living = 0.62 * math.pi
    step = turn / 13
    septa = []
    theta = -living
    while theta - turn > smallest:
        septa.append(theta)
        theta -= step
    septa.reverse()

    chambers = Image.new("L", img.size, 0)
    cd = ImageDraw.Draw(chambers)
    for i, (t0, t1) in enumerate(zip(septa, septa[1:], strict=False)):
        poly = arc(t0, t1, steps=10) + septum(t1) + arc(t1 - turn, t0 - turn, steps=10)
        poly += list(reversed(septum(t0)))
        tone = 0.25 + 0.75 * (i / len(septa))
        cd.polygon(poly, fill=int(40 + 90 * tone + (18 if i % 2 else 0)))
    warm = _gradient((w, h), [(0, _hex("#ecd2b8")), (1, _hex("#dcb89c"))])
    _fill(img, chambers, warm)

    # The open living chamber, shaded as if it went deep into the shell.
    lip = lip_curve()
    body, bd = _mask(img)
    bd.polygon(
        arc(-living, 0, steps=40) + lip[1:-1] + arc(-turn, -living - turn, steps=40), fill=255
    )
    bd.polygon(septum(-living), fill=255)
    inside = _gradient((w, h), [(0, _hex("#e9d3bf")), (1, _hex("#d5b59c"))])
    _shaded(img, body, inside, _hex("#b48f78"), f.s(0.05), (int(f.s(0.03)), int(f.s(0.03))), 1.2)

    line = _hex("#9a7560")
    wall = max(1.5, f.s(0.004))
    septa_mask, sd = _mask(img)
    for t in septa:
        width = max(1, round(wall * (0.5 + 0.5 * radius(t))))
        sd.line(septum(t), fill=230, width=width, joint="curve")
    _fill(img, ImageChops.multiply(septa_mask, shell), line)
    # The spiral wall itself, thickening as it grows.
    wall_mask, wd = _mask(img)
    outer_edge = arc(smallest, 0, steps=400)
    inner_edge = [
        pt(t, 1 - 0.045 * min(1.0, -t / 0.6))
        for t in (smallest + (0 - smallest) * i / 400 for i in range(401))
    ]
    wd.polygon(outer_edge + list(reversed(inner_edge)), fill=255)
    _fill(img, wall_mask, _hex("#8a6552"))
    _stroke(img, lip, _hex("#8a6552"), wall * 1.6, 0.95)
    return img
