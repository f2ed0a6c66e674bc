"""Painting helpers shared by every drawing: palette, gradients, curves, masks, shading, grain."""

from __future__ import annotations

import math
import random
from collections.abc import Sequence

from PIL import Image, ImageChops, ImageDraw, ImageFilter

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
