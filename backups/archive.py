"""The backup archive: a tar.gz of the database, the media files and a manifest of checksums."""

from __future__ import annotations

import hashlib
import io
import json
import tarfile
import time
import zlib
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path, PurePosixPath
from typing import BinaryIO

APP = "stillpoint"
FORMAT = "stillpoint-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DATABASE = "database.jsonl"
MEDIA = "media/"
CHUNK = 1024 * 1024


class ArchiveError(Exception):
    """Why an archive cannot be restored; raised before anything is touched."""


def app_version() -> str:
    try:
        return metadata.version(APP)
    except metadata.PackageNotFoundError:
        return "unknown"


class _Hashing:
    """A file-like reader that hashes what passes through it."""

    def __init__(self, source: BinaryIO):
        self.source, self.digest = source, hashlib.sha256()

    def read(self, size: int = -1) -> bytes:
        chunk = self.source.read(size)
        self.digest.update(chunk)
        return chunk


class ArchiveWriter:
    """Members go in one by one, hashed on the way; the manifest listing them goes in last."""

    def __init__(self, target: BinaryIO, streaming: bool = False):
        # A stream (standard output) cannot seek back: write it as one gzip stream. Open until
        # close() adds the manifest, which the caller reaches through several steps.
        mode = "w|gz" if streaming else "w:gz"
        self.tar = tarfile.open(fileobj=target, mode=mode)  # noqa: SIM115
        self.members: dict[str, dict] = {}
        self.mtime = int(time.time())

    def add(self, name: str, source: BinaryIO, size: int) -> None:
        reader = _Hashing(source)
        self.tar.addfile(self._info(name, size), reader)
        self.members[name] = {"sha256": reader.digest.hexdigest(), "size": size}

    def close(self, manifest: dict) -> dict:
        manifest = {**manifest, "members": self.members}
        data = json.dumps(manifest, indent=2, sort_keys=True).encode()
        self.tar.addfile(self._info(MANIFEST, len(data)), io.BytesIO(data))
        self.tar.close()
        return manifest

    def _info(self, name: str, size: int) -> tarfile.TarInfo:
        info = tarfile.TarInfo(name)
        info.size, info.mtime, info.mode = size, self.mtime, 0o600
        return info


@dataclass
class Unpacked:
    """An archive whose every member matched its checksum, copied into ``root``."""

    manifest: dict
    root: Path

    def path(self, name: str) -> Path:
        return self.root / name

    @property
    def version(self) -> str:
        """The version of the app that made the archive."""
        made_by = self.manifest.get("app")
        return str(made_by.get("version", "?")) if isinstance(made_by, dict) else "?"

    @property
    def media(self) -> dict[str, str]:
        """Storage name: SHA-256 of every media file."""
        return {
            name.removeprefix(MEDIA): facts["sha256"]
            for name, facts in sorted(self.manifest["members"].items())
            if name.startswith(MEDIA)
        }


def unpack(archive: Path, into: Path) -> Unpacked:
    """Copy every member of ``archive`` into ``into``, checking each against the manifest.

    The copies, not the archive, are what a restore reads afterwards: the archive could change
    under it between the check and the use.
    """
    found: dict[str, dict] = {}
    try:
        with tarfile.open(archive, "r:gz") as tar:
            for member in tar:
                found[member.name] = _copy(tar, member, into)
    except FileNotFoundError as error:
        raise ArchiveError(f"there is no file {archive}") from error
    except (tarfile.TarError, EOFError, zlib.error, OSError) as error:
        raise ArchiveError(
            f"{archive} is not a readable .tar.gz (damaged, cut short, or not a backup): {error}"
        ) from error
    manifest = _manifest(into, found)
    listed = manifest["members"]
    for name in sorted(listed):
        if name not in found:
            raise ArchiveError(f"{name} is listed in the manifest but missing from the archive")
    for name, facts in sorted(found.items()):
        if name == MANIFEST:
            continue
        expected = listed.get(name)
        if expected is None:
            raise ArchiveError(f"{name} is in the archive but not in its manifest")
        if facts != {"sha256": expected.get("sha256"), "size": expected.get("size")}:
            raise ArchiveError(
                f"{name} does not match its SHA-256 checksum in the manifest "
                "(the archive was damaged or altered)"
            )
    return Unpacked(manifest=manifest, root=into)


def _copy(tar: tarfile.TarFile, member: tarfile.TarInfo, into: Path) -> dict:
    name = member.name
    if not _allowed(name):
        raise ArchiveError(f"{name!r} is not a name a backup archive holds")
    if not member.isfile():
        raise ArchiveError(f"{name} is not a plain file (links and devices are refused)")
    target = into / name
    if target.exists():
        raise ArchiveError(f"{name} appears twice in the archive")
    target.parent.mkdir(parents=True, exist_ok=True)
    digest, size = hashlib.sha256(), 0
    with tar.extractfile(member) as source, target.open("wb") as copy:
        while chunk := source.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
            copy.write(chunk)
    return {"sha256": digest.hexdigest(), "size": size}


def _allowed(name: str) -> bool:
    """The manifest, the database, or a media file under a plain relative path."""
    path = PurePosixPath(name)
    if name in (MANIFEST, DATABASE):
        return True
    return (
        name.startswith(MEDIA)
        and len(path.parts) > 1
        and not path.is_absolute()
        and str(path) == name
        and not any(part in (".", "..") or "\\" in part for part in path.parts)
    )


def _manifest(into: Path, found: dict) -> dict:
    if MANIFEST not in found:
        raise ArchiveError(f"the archive has no {MANIFEST}: it was not made by manage.py backup")
    try:
        manifest = json.loads((into / MANIFEST).read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ArchiveError(f"{MANIFEST} is not valid JSON: {error}") from error
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise ArchiveError(f"{MANIFEST} does not describe a {APP} backup")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise ArchiveError(
            f"the archive is in format version {manifest.get('format_version')}; this "
            f"version of {APP} ({app_version()}) reads version {FORMAT_VERSION}"
        )
    members = manifest.get("members")
    if not isinstance(members, dict) or not all(isinstance(v, dict) for v in members.values()):
        raise ArchiveError(f"{MANIFEST} lists no members with their checksums")
    if DATABASE not in members:
        raise ArchiveError(f"{MANIFEST} lists no {DATABASE}")
    if not _lists_of_names(manifest.get("migrations")):
        raise ArchiveError(f"{MANIFEST} does not record the migration state")
    database = manifest.get("database")
    if not (
        isinstance(database, dict)
        and isinstance(database.get("objects"), int)
        and _natural_keys(database.get("natural_keys"))
    ):
        raise ArchiveError(f"{MANIFEST} does not describe the database it holds")
    return manifest


def _lists_of_names(value) -> bool:
    """The migration state: app label -> names of migrations."""
    return isinstance(value, dict) and all(
        isinstance(names, list) and all(isinstance(name, str) for name in names)
        for names in value.values()
    )


def _natural_keys(value) -> bool:
    """Content types as [app label, model], permissions as [codename, app label, model]."""
    sizes = {"contenttypes.contenttype": 2, "auth.permission": 3}
    return (
        isinstance(value, dict)
        and set(value) == set(sizes)
        and all(
            isinstance(keys, list)
            and all(
                isinstance(key, list)
                and len(key) == sizes[label]
                and all(isinstance(part, str) for part in key)
                for key in keys
            )
            for label, keys in value.items()
        )
    )
