"""Illustrations for the demo content, drawn with Pillow so the demo needs no downloaded pictures.

One module per picture; ``paint`` holds what they share.
"""

from __future__ import annotations

import random
import zlib
from collections.abc import Callable

from PIL import Image

from demo.drawings import craniosacral, hands, hero, nautilus, portrait, river, visceral
from demo.drawings.paint import SS, _grain

SCENES: dict[str, Callable[[int, int, random.Random], Image.Image]] = {
    "hand": hands.draw,
    "portrait": portrait.draw,
    "craniosacral": craniosacral.draw,
    "hero": hero.draw,
    "river": river.draw,
    "visceral": visceral.draw,
    "nautilus": nautilus.draw,
}
KEYS = tuple(SCENES)


def draw(key: str, width: int = 1600, height: int = 1000) -> Image.Image:
    """Draw the illustration called ``key`` at ``width`` x ``height`` pixels, as an RGB image."""
    scene = SCENES.get(key)
    if scene is None:
        raise ValueError(f"Unknown drawing {key!r}; expected one of {', '.join(KEYS)}.")
    if width < 1 or height < 1:
        raise ValueError("A drawing needs a positive width and height.")
    seed = zlib.crc32(key.encode())
    big = scene(width * SS, height * SS, random.Random(seed))
    picture = big.resize((width, height), Image.Resampling.LANCZOS)
    return _grain(picture.convert("RGB"), seed)
