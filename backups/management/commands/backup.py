"""manage.py backup: the database and every media file in one archive, with their checksums."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections
from django.utils import timezone

from backups.archive import APP, DATABASE, FORMAT, FORMAT_VERSION, MEDIA, ArchiveWriter, app_version
from backups.database import dump, migration_state
from backups.files import stored_files

SERIALISATION = (
    "Django JSON Lines: primary keys kept; content types and permissions by natural key; "
    "many-to-many relations as their through rows; timestamps to the microsecond"
)


class Command(BaseCommand):
    help = (
        "Write one .tar.gz archive with the database (as Django JSON Lines, restorable on "
        "SQLite or PostgreSQL), every file in media storage, and a manifest of SHA-256 "
        "checksums. `manage.py restore ARCHIVE` puts it back."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            help="A file, a folder (a dated name is made inside), or - for standard output. "
            "Default: a dated file in var/backups/.",
        )

    def handle(self, *args, output=None, **options):
        log = self.stderr if output == "-" else self.stdout
        try:
            if output == "-":
                manifest = self.write(sys.stdout.buffer, streaming=True)
                where = "standard output"
            else:
                path = self.destination(output)
                manifest = self.write_file(path)
                where = str(path)
        except DatabaseError as error:  # e.g. SQLite still locked by a long write
            raise CommandError(
                f"The database could not be read, so no backup was made: {error}"
            ) from error
        files = manifest["media"]["files"]
        size = sum(facts["size"] for facts in manifest["members"].values())
        log.write(
            f"Backed up {manifest['database']['objects']} database rows and {files} media "
            f"files ({size / 1_000_000:.1f} MB before compression) to {where}."
        )

    def destination(self, output: str | None) -> Path:
        name = f"{APP}-{timezone.now():%Y%m%d-%H%M%S}.tar.gz"
        if not output:
            folder = Path(getattr(settings, "VAR_DIR", ".")) / "backups"
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            return folder / name
        path = Path(output)
        if path.is_dir():
            return path / name
        if not path.parent.is_dir():
            raise CommandError(f"--output {output}: the folder {path.parent} does not exist.")
        return path

    def write_file(self, path: Path) -> dict:
        # Written beside its final name, then renamed: a failed run never leaves a file that
        # looks like a whole backup. mkstemp makes it readable by its owner only, as the
        # archive holds password hashes and the messages visitors sent.
        handle, partial = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
        try:
            with os.fdopen(handle, "wb") as target:
                manifest = self.write(target)
            os.replace(partial, path)
        except BaseException:
            Path(partial).unlink(missing_ok=True)
            raise
        return manifest

    def write(self, target, streaming: bool = False) -> dict:
        connection = connections[DEFAULT_DB_ALIAS]
        archive = ArchiveWriter(target, streaming=streaming)
        with tempfile.TemporaryDirectory(prefix=f"{APP}-backup-") as scratch:
            database = Path(scratch) / DATABASE
            with database.open("w", encoding="utf-8", newline="\n") as stream:
                dumped = dump(stream)
            with database.open("rb") as source:
                archive.add(DATABASE, source, database.stat().st_size)
        files = 0
        for name in stored_files():
            try:
                source = default_storage.open(name, "rb")
            except FileNotFoundError:
                continue  # deleted since it was listed, as its row may have been since the dump
            with source:
                archive.add(f"{MEDIA}{name}", source, source.size)
            files += 1
        return archive.close(
            {
                "format": FORMAT,
                "format_version": FORMAT_VERSION,
                "created": timezone.now().isoformat(),
                "app": {"name": APP, "version": app_version()},
                "database": {
                    "engine": connection.settings_dict["ENGINE"],
                    "vendor": connection.vendor,
                    "member": DATABASE,
                    "serialisation": SERIALISATION,
                    "objects": sum(dumped.rows.values()),
                    "models": dumped.rows,
                    "natural_keys": dumped.natural_keys,
                },
                "migrations": migration_state(),
                "media": {
                    # The class of what the lazy default_storage stands for.
                    "storage": f"{default_storage.__class__.__module__}."
                    f"{default_storage.__class__.__qualname__}",
                    "files": files,
                },
            }
        )
