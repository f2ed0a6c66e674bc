"""Works out what SOURCE is (WXR export, HTML pages, plain-text page) and reads it."""

from __future__ import annotations

from pathlib import Path

from bs4 import UnicodeDammit

from importer.items import Source, SourceError
from importer.reading import htmlpages, text, wxr

HTML_SUFFIXES = {".html", ".htm"}
KINDS = "a WordPress/Squarespace export (.xml), a folder of .html files, or a .html or .txt page"


def looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(byte < 9 or 13 < byte < 32 for byte in sample)
    return bool(sample) and controls / len(sample) > 0.05


def read_bytes(path: Path, root: Path) -> bytes:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise SourceError(f"Cannot read {path}: {error.strerror or error}.") from error
    if looks_binary(data):
        name = path.relative_to(root) if path != root else path.name
        raise SourceError(f"{name} holds binary data, not text: expected {KINDS}.")
    return data


def decode(data: bytes, path: Path) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    # Old sites were often saved in a Windows code page; HTML usually says which.
    is_html = path.suffix.lower() in HTML_SUFFIXES
    guess = UnicodeDammit(data, user_encodings=["windows-1252"], is_html=is_html)
    if guess.unicode_markup is None:
        raise SourceError(f"{path.name} is not readable text (save it as UTF-8).")
    return guess.unicode_markup


def read_html_files(root: Path, files: list[Path]) -> Source:
    source = Source(f"HTML pages from {root.name}", [])
    for path in files:
        relative = path.relative_to(root) if root.is_dir() else Path(path.name)
        key = f"file:{root.name}/{relative.as_posix()}" if root.is_dir() else f"file:{path.name}"
        markup = decode(read_bytes(path, root), path)
        item, host = htmlpages.read_page(markup, key, relative)
        source.items.append(item)
        if host:
            source.hosts.add(host)
    source.census["HTML page"] = len(files)
    return source


def read_source(location: str) -> Source:
    path = Path(location).expanduser()
    if not path.exists():
        raise SourceError(f"{location} does not exist.")
    if path.is_dir():
        files = sorted(
            found
            for found in path.rglob("*")
            if found.suffix.lower() in HTML_SUFFIXES and found.is_file()
        )
        if not files:
            raise SourceError(f"{location} is a folder without .html files.")
        return read_html_files(path, files)
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return read_html_files(path, [path])
    try:
        with path.open("rb") as file:
            sample = file.read(8192)
    except OSError as error:
        raise SourceError(f"Cannot read {path}: {error.strerror or error}.") from error
    if looks_binary(sample):
        raise SourceError(f"{path.name} holds binary data, not text: expected {KINDS}.")
    head = sample[:512].lstrip().lower()
    if suffix == ".xml" or head.startswith((b"<?xml", b"<rss")):
        # Streamed, never read whole: an export can be larger than memory should hold.
        return wxr.read(path)
    data = read_bytes(path, path)
    if suffix == ".txt":
        item = text.read(decode(data, path), f"file:{path.name}", path.stem)
        source = Source(f"text page {path.name}", [item])
        source.census["text page"] = 1
        return source
    raise SourceError(f"{path.name}: unknown kind of file; expected {KINDS}.")
