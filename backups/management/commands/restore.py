"""manage.py restore ARCHIVE: a migrated install brought to the state an archive recorded."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.cache import caches
from django.core.exceptions import ObjectDoesNotExist, SuspiciousOperation
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.core.serializers.base import DeserializationError
from django.db import DatabaseError, transaction

from backups.archive import APP, DATABASE, MEDIA, ArchiveError, Unpacked, unpack
from backups.database import existing_content, migration_differences, migration_state, replace
from backups.files import differing, put

UNCHANGED = "Nothing was changed."


class Command(BaseCommand):
    help = (
        "Restore an archive made by `manage.py backup` into a migrated, empty install: the "
        "database (every table but content types and permissions is replaced) and the media "
        "files. Every member is checked against its checksum, and the migration state against "
        "this database's, before anything is touched."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="The .tar.gz that manage.py backup wrote.")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Replace a database that already has content, and overwrite media files of "
            "the same name whose content differs.",
        )

    def handle(self, *args, archive: str, force: bool = False, **options):
        with tempfile.TemporaryDirectory(prefix=f"{APP}-restore-") as scratch:
            try:
                unpacked = unpack(Path(archive), Path(scratch))
            except ArchiveError as error:
                raise CommandError(f"Refused {archive}: {error}. {UNCHANGED}") from error
            self.check_migrations(archive, unpacked)
            if not force:
                self.check_nothing_is_replaced(archive, unpacked)
            written = self.restore(unpacked)
        # Derived from the rows just loaded (raw loading does not index): made again here.
        call_command("update_index", verbosity=0, stdout=io.StringIO())
        call_command("rebuild_references_index", verbosity=0, stdout=io.StringIO())
        # Cached pages, menus and site roots describe the database that was replaced.
        for alias in settings.CACHES:
            caches[alias].clear()
        manifest, media = unpacked.manifest, unpacked.media
        self.stdout.write(
            f"Restored {manifest['database']['objects']} database rows and {len(media)} media "
            f"files ({len(media) - written} already in place) from {archive}, made "
            f"{manifest.get('created', '?')} by {APP} {unpacked.version} on "
            f"{manifest['database'].get('vendor', '?')}. Sessions are not backed up: everyone "
            "signs in again."
        )

    def check_migrations(self, archive: str, unpacked: Unpacked) -> None:
        current = migration_state()
        differences = migration_differences(unpacked.manifest["migrations"], current)
        if not differences:
            return
        if not current:
            raise CommandError(
                f"Refused {archive}: this database has no migrations applied. Run manage.py "
                f"migrate first, then restore into the empty install. {UNCHANGED}"
            )
        advice = (
            f"Restore it into an install of the version that made it ({APP} "
            f"{unpacked.version}), then upgrade that install and run manage.py migrate."
        )
        shown = "\n  ".join(differences[:12])
        more = f"\n  … and {len(differences) - 12} more apps" if len(differences) > 12 else ""
        raise CommandError(
            f"Refused {archive}: it was made at another migration state than this database's, "
            f"so its rows may not fit these tables:\n  {shown}{more}\n{advice} {UNCHANGED}"
        )

    def check_nothing_is_replaced(self, archive: str, unpacked: Unpacked) -> None:
        if content := existing_content():
            listed = ", ".join(content[:8]) + (", …" if len(content) > 8 else "")
            raise CommandError(
                f"Refused {archive}: this database already has content ({listed}), which a "
                f"restore replaces entirely. Run again with --force to replace it. {UNCHANGED}"
            )
        if clashes := differing(unpacked.media):
            raise CommandError(
                f"Refused {archive}: media storage already holds {len(clashes)} file(s) of the "
                f"same name with other content (the first: {clashes[0]}). Run again with --force "
                f"to overwrite them. {UNCHANGED}"
            )

    def restore(self, unpacked: Unpacked) -> int:
        """Replace the database and write the media files; the number of files written."""
        try:
            # One transaction: a row the database refuses, or a file storage refuses, leaves
            # the database as it was (files written by then stay, under their own names).
            with transaction.atomic():
                replace(unpacked.path(DATABASE), unpacked.manifest["database"]["natural_keys"])
                return sum(
                    put(name, unpacked.path(f"{MEDIA}{name}"), sha256)
                    for name, sha256 in unpacked.media.items()
                )
        except (DatabaseError, DeserializationError, ObjectDoesNotExist, ValueError) as error:
            raise CommandError(
                f"The database refused the archive's rows, so it was left as it was: {error}"
            ) from error
        except (OSError, SuspiciousOperation) as error:
            raise CommandError(
                f"A media file could not be written, so the database was left as it was: {error}"
            ) from error
