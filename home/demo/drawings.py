"""Illustrations for the demo content, drawn with Pillow so the demo needs no downloaded pictures."""

from __future__ import annotations

import math
import random
import zlib
from collections.abc import Callable, Sequence

from PIL import Image, ImageChops, ImageDraw, ImageFilter

KEYS = ("hand", "craniosacral", "visceral", "nautilus", "river", "hero", "portrait")

# Everything is drawn at twice the size and scaled down, which smooths every edge.
SS = 2

Color = tuple[int, int, int]
Point = tuple[float, float]
Paint = Color | Image.Image


def _hex(value: str) -> Color:
    return (int(value[1:3], 16), int(value[3:5], 16), int(value[5:7], 16))


SAND = _hex("#e9dfd0")
STONE = _hex("#cbbfae")
LINEN = _hex("#f3ede3")
TEAL = _hex("#1f5f5b")
SAGE = _hex("#7d9a84")
PEACH = _hex("#f2d7bd")
SKIN = _hex("#e2bd9f")
SKIN_SHADE = _hex("#b98a6d")
HAIR = _hex("#5b4034")


# --- colour and geometry helpers -------------------------------------------------------------


def _mix(a: Color, b: Color, t: float) -> Color:
    t = min(1.0, max(0.0, t))
    return (
        round(a[0] + (b[0] - a[0]) * t),
        round(a[1] + (b[1] - a[1]) * t),
        round(a[2] + (b[2] - a[2]) * t),
    )


def _smooth(t: float) -> float:
    t = min(1.0, max(0.0, t))
    return t * t * (3 - 2 * t)


def _ramp(stops: Sequence[tuple[float, Color]], t: float) -> Color:
    """The colour at ``t`` on a list of (position, colour) stops, eased between stops."""
    if t <= stops[0][0]:
        return stops[0][1]
    for (p0, c0), (p1, c1) in zip(stops, stops[1:], strict=False):
        if t <= p1:
            return _mix(c0, c1, _smooth((t - p0) / (p1 - p0 or 1)))
    return stops[-1][1]


def _gradient(size: tuple[int, int], stops: Sequence[tuple[float, Color]]) -> Image.Image:
    """A vertical gradient, drawn line by line."""
    w, h = size
    img = Image.new("RGB", size)
    draw = ImageDraw.Draw(img)
    for y in range(h):
        draw.line([(0, y), (w, y)], fill=_ramp(stops, y / max(1, h - 1)))
    return img


def _spline(points: Sequence[Point], closed: bool = True, steps: int = 10) -> list[Point]:
    """A Catmull-Rom curve through ``points``."""
    n = len(points)
    out: list[Point] = []
    last = n if closed else n - 1
    for i in range(last):
        if closed:
            p0, p1, p2, p3 = (points[(i + k) % n] for k in (-1, 0, 1, 2))
        else:
            p0 = points[max(i - 1, 0)]
            p1, p2 = points[i], points[i + 1]
            p3 = points[min(i + 2, n - 1)]
        for s in range(steps):
            t = s / steps
            t2, t3 = t * t, t * t * t
            out.append(
                tuple(
                    0.5
                    * (
                        2 * p1[j]
                        + (p2[j] - p0[j]) * t
                        + (2 * p0[j] - 5 * p1[j] + 4 * p2[j] - p3[j]) * t2
                        + (3 * p1[j] - p0[j] - 3 * p2[j] + p3[j]) * t3
                    )
                    for j in (0, 1)
                )
            )
    if not closed:
        out.append(tuple(points[-1]))
    return out


def _bezier(a: Point, c: Point, b: Point, steps: int = 16) -> list[Point]:
    """A quadratic Bezier curve from ``a`` to ``b`` pulled towards ``c``."""
    pts = []
    for i in range(steps + 1):
        t = i / steps
        u = 1 - t
        pts.append(
            (
                u * u * a[0] + 2 * u * t * c[0] + t * t * b[0],
                u * u * a[1] + 2 * u * t * c[1] + t * t * b[1],
            )
        )
    return pts


def _ellipse_points(
    cx: float, cy: float, rx: float, ry: float, rot: float = 0.0, n: int = 64
) -> list[Point]:
    cr, sr = math.cos(rot), math.sin(rot)
    pts = []
    for i in range(n):
        a = 2 * math.pi * i / n
        x, y = rx * math.cos(a), ry * math.sin(a)
        pts.append((cx + x * cr - y * sr, cy + x * sr + y * cr))
    return pts


class _Frame:
    """Maps a design space of ``dw`` x ``dh`` units into the canvas, keeping proportions."""

    def __init__(self, w: int, h: int, dw: float, dh: float, ax: float = 0.5, ay: float = 0.5):
        self.k = min(w / dw, h / dh)
        self.ox = (w - dw * self.k) * ax
        self.oy = (h - dh * self.k) * ay

    def p(self, x: float, y: float) -> Point:
        return (self.ox + x * self.k, self.oy + y * self.k)

    def ps(self, points: Sequence[Point]) -> list[Point]:
        return [self.p(x, y) for x, y in points]

    def s(self, value: float) -> float:
        return value * self.k


# --- painting helpers -------------------------------------------------------------------------


def _mask(img: Image.Image) -> tuple[Image.Image, ImageDraw.ImageDraw]:
    m = Image.new("L", img.size, 0)
    return m, ImageDraw.Draw(m)


def _box(img: Image.Image, mask: Image.Image, pad: float) -> tuple[int, int, int, int] | None:
    box = mask.getbbox()
    if not box:
        return None
    p = int(pad) + 2
    return (
        max(0, box[0] - p),
        max(0, box[1] - p),
        min(img.width, box[2] + p),
        min(img.height, box[3] + p),
    )


def _shift(mask: Image.Image, dx: int, dy: int) -> Image.Image:
    """``mask`` moved by (dx, dy); the strip left behind repeats the nearest edge."""
    w, h = mask.size
    dx = max(-w + 1, min(w - 1, dx))
    dy = max(-h + 1, min(h - 1, dy))
    out = mask.crop((-dx, -dy, w - dx, h - dy))
    if dy > 0:
        out.paste(out.crop((0, dy, w, dy + 1)).resize((w, dy)), (0, 0))
    elif dy < 0:
        out.paste(out.crop((0, h + dy - 1, w, h + dy)).resize((w, -dy)), (0, h + dy))
    if dx > 0:
        out.paste(out.crop((dx, 0, dx + 1, h)).resize((dx, h)), (0, 0))
    elif dx < 0:
        out.paste(out.crop((w + dx - 1, 0, w + dx, h)).resize((-dx, h)), (w + dx, 0))
    return out


def _scaled(mask: Image.Image, factor: float) -> Image.Image:
    if factor >= 1:
        return mask
    return mask.point(lambda v: int(v * factor))


def _fill(
    img: Image.Image,
    mask: Image.Image,
    paint: Paint,
    opacity: float = 1.0,
    blur: float = 0.0,
) -> None:
    """Lay ``paint`` (a colour or a same-size picture) through ``mask``, maybe softened."""
    box = _box(img, mask, blur * 3)
    if box is None:
        return
    m = mask.crop(box)
    if blur:
        m = m.filter(ImageFilter.GaussianBlur(blur))
    m = _scaled(m, opacity)
    if isinstance(paint, Image.Image):
        img.paste(paint.crop(box), box, m)
    else:
        img.paste(paint, box, m)


def _shaded(
    img: Image.Image,
    mask: Image.Image,
    paint: Paint,
    shade: Color,
    radius: float,
    shift: tuple[int, int] = (0, 0),
    strength: float = 1.0,
    light: Color | None = None,
    light_strength: float = 0.6,
) -> None:
    """Fill a shape and darken its rim (more on the side away from ``shift``) so it looks round."""
    pad = radius * 3 + max(abs(shift[0]), abs(shift[1]))
    box = _box(img, mask, pad)
    if box is None:
        return
    m = mask.crop(box)
    if isinstance(paint, Image.Image):
        img.paste(paint.crop(box), box, m)
    else:
        img.paste(paint, box, m)
    soft = m.filter(ImageFilter.GaussianBlur(radius))
    rim = ImageChops.subtract(m, _shift(soft, shift[0], shift[1]))
    img.paste(shade, box, rim.point(lambda v: min(255, int(v * strength))))
    if light is not None:
        glow = ImageChops.subtract(m, _shift(soft, -shift[0], -shift[1]))
        glow = ImageChops.subtract(glow, rim)
        img.paste(light, box, glow.point(lambda v: min(255, int(v * light_strength))))


def _shadow(
    img: Image.Image,
    mask: Image.Image,
    color: Color,
    blur: float,
    offset: tuple[int, int] = (0, 0),
    opacity: float = 0.4,
) -> None:
    pad = blur * 3 + max(abs(offset[0]), abs(offset[1]))
    box = _box(img, mask, pad)
    if box is None:
        return
    m = _shift(mask.crop(box), offset[0], offset[1])
    m = m.filter(ImageFilter.GaussianBlur(blur))
    img.paste(color, box, _scaled(m, opacity))


def _glow(
    img: Image.Image, center: Point, radius: float, color: Color, opacity: float, blur: float
) -> None:
    m, d = _mask(img)
    x, y = center
    d.ellipse((x - radius, y - radius, x + radius, y + radius), fill=255)
    _fill(img, m, color, opacity=opacity, blur=blur)


def _capsule(
    d: ImageDraw.ImageDraw, a: Point, b: Point, ra: float, rb: float | None = None, fill: int = 255
) -> None:
    """A rounded, slightly tapering bar from ``a`` (radius ``ra``) to ``b`` (radius ``rb``)."""
    rb = ra if rb is None else rb
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = math.hypot(dx, dy) or 1.0
    nx, ny = -dy / length, dx / length
    d.polygon(
        [
            (a[0] + nx * ra, a[1] + ny * ra),
            (b[0] + nx * rb, b[1] + ny * rb),
            (b[0] - nx * rb, b[1] - ny * rb),
            (a[0] - nx * ra, a[1] - ny * ra),
        ],
        fill=fill,
    )
    d.ellipse((a[0] - ra, a[1] - ra, a[0] + ra, a[1] + ra), fill=fill)
    d.ellipse((b[0] - rb, b[1] - rb, b[0] + rb, b[1] + rb), fill=fill)


def _stroke(
    img: Image.Image,
    points: Sequence[Point],
    color: Color,
    width: float,
    opacity: float = 1.0,
    blur: float = 0.0,
) -> None:
    m, d = _mask(img)
    w = max(1, round(width))
    d.line(list(points), fill=255, width=w, joint="curve")
    r = w / 2
    for x, y in (points[0], points[-1]):
        d.ellipse((x - r, y - r, x + r, y + r), fill=255)
    _fill(img, m, color, opacity=opacity, blur=blur)


def _ridge(
    w: int, base: float, waves: Sequence[tuple[float, float, float]], step: int = 8
) -> list[Point]:
    """A gentle horizon line: ``base`` plus a sum of (amplitude, frequency, phase) sines."""
    pts = []
    for x in range(-step, w + 2 * step, step):
        t = x / w
        y = base + sum(a * math.sin(2 * math.pi * f * t + ph) for a, f, ph in waves)
        pts.append((x, y))
    return pts


def _band(img: Image.Image, top: Sequence[Point], bottom: float, paint: Paint, **kw) -> Image.Image:
    """Fill the area between a horizon line and ``bottom``; returns the mask used."""
    m, d = _mask(img)
    d.polygon([*top, (top[-1][0], bottom), (top[0][0], bottom)], fill=255)
    _fill(img, m, paint, **kw)
    return m


def _linen(img: Image.Image, rng: random.Random, color: Color, opacity: float) -> None:
    """A faint woven texture of fine threads."""
    m, d = _mask(img)
    w, h = img.size
    gap = 3 * SS
    for y in range(0, h, gap):
        d.line([(0, y), (w, y)], fill=rng.randint(40, 200), width=1)
    for x in range(0, w, gap):
        d.line([(x, 0), (x, h)], fill=rng.randint(20, 140), width=1)
    _fill(img, m, color, opacity=opacity, blur=0.6 * SS)


def _grain(img: Image.Image, seed: int, amount: int = 5) -> Image.Image:
    """A whisper of paper grain, the same every time for the same seed."""
    rng = random.Random(seed)
    noise = Image.frombytes("L", img.size, rng.randbytes(img.width * img.height))
    noise = noise.point(lambda v: v * 2 * amount // 255).convert("RGB")
    return ImageChops.add(img, noise, scale=1.0, offset=-amount)


# --- the pictures ----------------------------------------------------------------------------


def _hero(w: int, h: int, rng: random.Random) -> Image.Image:
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


def _nautilus(w: int, h: int, rng: random.Random) -> Image.Image:
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


def _river(w: int, h: int, rng: random.Random) -> Image.Image:
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


def _hands(w: int, h: int, rng: random.Random) -> Image.Image:
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


def _visceral(w: int, h: int, rng: random.Random) -> Image.Image:
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


def _craniosacral(w: int, h: int, rng: random.Random) -> Image.Image:
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


def _portrait(w: int, h: int, rng: random.Random) -> Image.Image:
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


_SCENES: dict[str, Callable[[int, int, random.Random], Image.Image]] = {
    "hand": _hands,
    "portrait": _portrait,
    "craniosacral": _craniosacral,
    "hero": _hero,
    "river": _river,
    "visceral": _visceral,
    "nautilus": _nautilus,
}


def draw(key: str, width: int = 1600, height: int = 1000) -> Image.Image:
    """Draw the illustration called ``key`` at ``width`` x ``height`` pixels, as an RGB image."""
    scene = _SCENES.get(key)
    if scene is None:
        raise ValueError(f"Unknown drawing {key!r}; expected one of {', '.join(KEYS)}.")
    if width < 1 or height < 1:
        raise ValueError("A drawing needs a positive width and height.")
    seed = zlib.crc32(key.encode())
    big = scene(width * SS, height * SS, random.Random(seed))
    picture = big.resize((width, height), Image.Resampling.LANCZOS)
    return _grain(picture.convert("RGB"), seed)
