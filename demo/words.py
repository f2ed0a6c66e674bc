"""The demo's words, read from the JSON files under ``demo/content/``.

Each file holds one part of the site: the practice and its pictures, the section pages, and one
file per section's pieces. Bodies are lists of ``[block kind, value]`` pairs.
"""

import json
from functools import cache
from pathlib import Path

CONTENT = Path(__file__).resolve().parent / "content"


@cache
def read(name: str):
    return json.loads((CONTENT / f"{name}.json").read_text(encoding="utf-8"))


def practice() -> dict:
    return read("practice")["practice"]


def author() -> dict:
    return read("practice")["author"]


def images() -> dict:
    return read("practice")["images"]


def page(name: str) -> dict:
    """One of the single pages: home, about, contact, faq or a section's index."""
    return read("pages")[name]


def pieces(name: str) -> list[dict]:
    """A section's pieces or the questions: modalities, questions, essays, journey, articles."""
    return read(name)
