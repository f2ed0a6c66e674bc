"""A backup restores everything: the site, emptied and restored from its archive, is the same."""

import io
import json
import stat
import tarfile

import pytest
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import ModelLogEntry, Page

from blog.models import ArticlePage
from tests.backups.factories import PASSWORD, UserFactory
from tests.backups.helpers import backup, empty_site, media_files, restore, site_state
from tests.blog.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db


def test_a_restore_brings_back_every_row_and_every_file(practice, tmp_path):
    before = site_state()
    archive = backup(tmp_path)
    empty_site()
    assert not Page.objects.exists() and not media_files()

    output = restore(archive)

    after = site_state()
    assert after.keys() == before.keys()
    for what in before:
        assert after[what] == before[what], what
    assert f"and {len(before['media files'])} media files" in output


def test_the_restored_site_serves_what_it_served(practice, tmp_path, client):
    archive = backup(tmp_path)
    empty_site()
    restore(archive)

    page = client.get(practice.modality.url)
    assert page.status_code == 200
    assert "CranioSacral Therapy" in page.content.decode()
    moved = client.get("/old-craniosacral/")
    assert moved.status_code == 301 and moved["Location"].endswith(practice.modality.url)
    # The draft waits over the published article, as the practitioner left it.
    article = ArticlePage.objects.get(pk=practice.article.pk)
    assert article.title == "Resting well" and article.has_unpublished_changes
    assert article.get_latest_revision_as_object().title == "Resting well, revised"
    assert "Resting well, revised" not in client.get(article.url).content.decode()
    assert not ArticlePage.objects.get(pk=practice.draft.pk).live
    # People sign in with the passwords they had, in the groups they were in.
    maya = get_user_model().objects.get(username="maya")
    assert maya.check_password(PASSWORD)
    assert list(maya.groups.values_list("name", flat=True)) == ["Editors"]
    # The search index is made again from the restored pages.
    assert Page.objects.live().search("CranioSacral").count() >= 1
    assert client.get(practice.rendition.url).status_code == 200
    # New work gets ids of its own after the restored rows (the sequences moved on).
    newcomer = UserFactory(username="newcomer")
    assert newcomer.pk > maya.pk
    added = ArticlePageFactory(parent=article.get_parent(), title="Written after the restore")
    assert added.pk > practice.draft.pk


def test_the_archive_lists_each_member_with_its_checksum(practice, tmp_path):
    archive = backup(tmp_path)

    assert stat.S_IMODE(archive.stat().st_mode) == 0o600  # it holds password hashes
    with tarfile.open(archive) as tar:
        manifest = json.load(tar.extractfile("manifest.json"))
        names = {member.name for member in tar} - {"manifest.json"}
    assert set(manifest["members"]) == names
    media = {
        name.removeprefix("media/"): facts["sha256"]
        for name, facts in manifest["members"].items()
        if name.startswith("media/")
    }
    assert media == media_files()
    assert {practice.picture.file.name, practice.rendition.file.name} <= set(media)
    assert manifest["app"]["name"] == "stillpoint" and manifest["app"]["version"]
    assert manifest["database"]["vendor"] in ("sqlite", "postgresql")
    assert manifest["database"]["models"]["wagtailforms.formsubmission"] == 1
    assert isinstance(manifest["migrations"], dict)


def test_a_folder_as_output_gets_a_dated_archive(practice, tmp_path):
    call_command("backup", output=str(tmp_path), stdout=io.StringIO())
    (archive,) = tmp_path.glob("stillpoint-*.tar.gz")
    empty_site()
    restore(archive)
    assert ArticlePage.objects.filter(pk=practice.article.pk).exists()


def test_an_archive_piped_to_standard_output_restores(practice, tmp_path, capsysbinary):
    call_command("backup", output="-", stderr=io.StringIO())
    archive = tmp_path / "piped.tar.gz"
    archive.write_bytes(capsysbinary.readouterr().out)
    empty_site()
    restore(archive)
    assert ArticlePage.objects.filter(pk=practice.article.pk).exists()


def test_history_naming_a_model_since_removed_is_restored(practice, tmp_path):
    retired = ContentType.objects.create(app_label="gallery", model="slideshow")
    ModelLogEntry.objects.create(
        content_type=retired,
        label="Spring slideshow",
        action="wagtail.create",
        object_id="1",
        timestamp=timezone.now(),
    )
    before = site_state()
    archive = backup(tmp_path)
    empty_site()  # migrate makes no content type for a model the code no longer has

    restore(archive)

    entry = ModelLogEntry.objects.get(label="Spring slideshow")
    assert entry.content_type.natural_key() == ("gallery", "slideshow")
    assert site_state() == before
