"""A restore refuses a damaged or mismatched archive, or content to replace, and changes nothing."""

import io
import tarfile
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management.base import CommandError
from django.db import connection
from django.db.migrations.recorder import MigrationRecorder
from wagtail.models import Page

from tests.backups.factories import UserFactory
from tests.backups.helpers import backup, empty_site, restore, site_state

pytestmark = pytest.mark.django_db


@pytest.fixture
def archive(practice, tmp_path):
    return backup(tmp_path)


def rewritten(archive: Path, change) -> Path:
    """A copy of ``archive`` with ``change(name, data)`` applied to each member's bytes."""
    copy = archive.with_name("altered.tar.gz")
    with tarfile.open(archive) as source, tarfile.open(copy, "w:gz") as target:
        for member in source:
            data = change(member.name, source.extractfile(member).read())
            member.size = len(data)
            target.addfile(member, io.BytesIO(data))
    return copy


def altered_picture(name, data):
    return data[:-10] + b"0123456789" if name.startswith("media/original_images/") else data


def altered_row(name, data):
    return data.replace(b"Resting well", b"Resting badly") if name == "database.jsonl" else data


@pytest.mark.parametrize(
    ("change", "member"),
    [(altered_picture, "media/original_images/"), (altered_row, "database.jsonl")],
)
def test_an_altered_member_is_named_and_nothing_changes(archive, change, member):
    before = site_state()
    with pytest.raises(CommandError, match=f"Refused .*{member}.* does not match its SHA-256"):
        restore(rewritten(archive, change), force=True)
    assert site_state() == before


def test_an_archive_cut_short_is_refused_and_nothing_changes(archive):
    before = site_state()
    cut = archive.with_name("cut.tar.gz")
    cut.write_bytes(archive.read_bytes()[: archive.stat().st_size // 2])
    with pytest.raises(CommandError, match="not a readable .tar.gz.*Nothing was changed"):
        restore(cut, force=True)
    assert site_state() == before


def test_an_archive_of_another_migration_state_is_refused(practice, tmp_path, migration_records):
    recorder = MigrationRecorder(connection)
    recorder.record_applied("home", "0001_initial")
    archive = backup(tmp_path)
    recorder.record_applied("home", "0002_a_later_change")  # the install was upgraded since
    empty_site()

    with pytest.raises(CommandError) as refused:
        restore(archive)
    message = str(refused.value)
    assert "another migration state" in message
    assert "home: only in this database: 0002_a_later_change" in message
    assert not Page.objects.exists()


def test_a_database_with_content_is_replaced_only_with_force(archive):
    before = site_state()
    with pytest.raises(CommandError, match="already has content .*2 modality pages.*--force"):
        restore(archive)
    assert site_state() == before

    # Later work, undone by restoring the backup on purpose.
    page = Page.objects.get(slug="craniosacral").specific
    page.title = "Renamed after the backup"
    page.save_revision().publish()
    UserFactory(username="newcomer")
    restore(archive, force=True)
    assert site_state() == before


def test_a_media_file_of_the_same_name_is_overwritten_only_with_force(practice, archive):
    before = site_state()
    empty_site()
    name = practice.picture.file.name
    default_storage.save(name, ContentFile(b"another picture"))

    with pytest.raises(CommandError, match=f"media storage already holds 1 file.*{name}"):
        restore(archive)
    assert not Page.objects.exists()
    assert default_storage.open(name).read() == b"another picture"

    restore(archive, force=True)
    assert site_state() == before
