"""What the backup tests compare before and after a restore, and the steps they repeat."""

import hashlib
import io
import shutil
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection

# The site's own apps, and what Wagtail and Django keep for it: pages and revisions, people,
# forms, redirects, pictures and documents, tags, the tree's sites and collections.
CONTENT_APPS = ["home", "media", "modalities", "blog", "contact"]
KEPT_MODELS = [
    "wagtailcore.Page",
    "wagtailcore.Revision",
    "wagtailcore.Site",
    "wagtailcore.Collection",
    "wagtailcore.Locale",
    "wagtailcore.GroupPagePermission",
    "wagtailcore.GroupCollectionPermission",
    "wagtailcore.Workflow",
    "wagtailcore.WorkflowPage",
    "wagtailforms.FormSubmission",
    "wagtailredirects.Redirect",
    "wagtaildocs.Document",
    "taggit.Tag",
    "taggit.TaggedItem",
    "auth.User",
    "auth.User_groups",
    "auth.Group",
    "auth.Group_permissions",
]
# Made anew by every migrate (and by the tests' flush) under ids of their own.
BY_NATURAL_KEY = (ContentType, Permission)


def compared_models() -> list[type]:
    models = [apps.get_model(label) for label in KEPT_MODELS]
    for label in CONTENT_APPS:
        models += apps.get_app_config(label).get_models(include_auto_created=True)
    return models


def rows(model) -> list[dict]:
    """Every row of ``model``, field by field, as a person reading the tables would see it."""
    found = []
    for obj in model._base_manager.order_by("pk"):
        row = {}
        for field in model._meta.concrete_fields:
            if field.is_relation and field.related_model in BY_NATURAL_KEY:
                related = getattr(obj, field.name)
                row[field.name] = related.natural_key() if related else None
            else:
                row[field.name] = field.value_to_string(obj)
        found.append(row)
    return found


def media_files() -> dict[str, str]:
    """Every file under the media folder, with its SHA-256."""
    root = Path(settings.MEDIA_ROOT)
    return {
        str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def site_state() -> dict:
    state = {model._meta.label: rows(model) for model in compared_models()}
    state["media files"] = media_files()
    return state


def backup(folder: Path) -> Path:
    archive = folder / "site.tar.gz"
    call_command("backup", output=str(archive), stdout=io.StringIO())
    return archive


def restore(archive: Path, **options) -> str:
    out = io.StringIO()
    call_command("restore", str(archive), stdout=out, **options)
    return out.getvalue()


def empty_site() -> None:
    """A fresh install: every table emptied (migrate's own rows made again), no uploads."""
    connection.check_constraints()  # PostgreSQL truncates no table with checks pending
    call_command("flush", interactive=False, verbosity=0)
    ContentType.objects.clear_cache()  # the flush made them again under new ids
    shutil.rmtree(settings.MEDIA_ROOT)
