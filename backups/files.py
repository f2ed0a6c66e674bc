"""Every file in default storage, listed, read and written through the storage API."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

from django.core.files import File
from django.core.files.storage import Storage, default_storage

# Never the file system: uploads may move to object storage, which only the API reaches.
CHUNK = 1024 * 1024


def stored_files(storage: Storage = default_storage) -> Iterator[str]:
    """The name of every file in ``storage``, folder by folder, in a stable order."""
    yield from _walk(storage, "")


def _walk(storage: Storage, folder: str) -> Iterator[str]:
    try:
        folders, files = storage.listdir(folder)
    except FileNotFoundError:
        return  # nothing was ever uploaded: the media folder does not exist yet
    for name in sorted(files):
        yield f"{folder}{name}"
    for name in sorted(folders):
        yield from _walk(storage, f"{folder}{name}/")


def sha256_of(name: str, storage: Storage = default_storage) -> str:
    digest = hashlib.sha256()
    with storage.open(name, "rb") as stored:
        while chunk := stored.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def differing(files: dict[str, str], storage: Storage = default_storage) -> list[str]:
    """Names in ``files`` (name: SHA-256) that storage holds with other content."""
    return [
        name
        for name, sha256 in files.items()
        if storage.exists(name) and sha256_of(name, storage) != sha256
    ]


def put(name: str, source: Path, sha256: str, storage: Storage = default_storage) -> bool:
    """Store ``source`` under exactly ``name``; False when an identical file is there already."""
    if storage.exists(name):
        if sha256_of(name, storage) == sha256:
            return False
        storage.delete(name)  # save() would otherwise pick another name beside it
    with source.open("rb") as content:
        saved = storage.save(name, File(content, name=name))
    if saved != name:
        raise OSError(f"the storage saved {name} as {saved}")
    return True
