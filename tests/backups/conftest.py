"""Each backup test keeps its uploads in a folder of its own and builds the whole practice site."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.recorder import MigrationRecorder

from tests.backups.factories import make_practice_site


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    yield settings.MEDIA_ROOT
    # A test's flush made content types under new ids, which its rollback undid: forget them.
    ContentType.objects.clear_cache()


@pytest.fixture
def practice(media_root):
    return make_practice_site()


@pytest.fixture(scope="session")
def migration_records(django_db_setup, django_db_blocker):
    """The table of applied migrations, which the tests' tables, made from the models, lack."""
    with django_db_blocker.unblock():
        MigrationRecorder(connection).ensure_schema()
