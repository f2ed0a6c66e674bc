"""The database in a backup: which rows are saved, its migration state, and putting it back."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from django.apps import apps
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import DEFAULT_DB_ALIAS, connections, router, transaction
from django.db.migrations.recorder import MigrationRecorder

from backups.serialisation import Serializer

# Not saved: migrate makes content types and permissions on every install (rows refer to them
# by natural key), the search and reference indexes are rebuilt after a restore, and sessions
# and editing sessions say who is signed in right now (everyone signs in again).
REBUILT = {"contenttypes.contenttype", "auth.permission"}
DERIVED = {
    "wagtailsearch.indexentry",
    "wagtailsearch.sqliteftsindexentry",
    "wagtailcore.referenceindex",
}
EPHEMERAL = {"sessions.session", "wagtailadmin.editingsession"}
# What migrate itself makes on an empty install (the page tree's root and Wagtail's welcome
# page, the default site and collection, the editor groups and their workflow): its rows are
# no one's work, so a database holding only these may be restored over without --force.
SCAFFOLDING = {
    "auth.group",
    "wagtailcore.page",
    "wagtailcore.site",
    "wagtailcore.locale",
    "wagtailcore.collection",
    "wagtailcore.grouppagepermission",
    "wagtailcore.groupcollectionpermission",
    "wagtailcore.groupsitepermission",
    "wagtailcore.workflow",
    "wagtailcore.workflowpage",
    "wagtailcore.workflowtask",
    "wagtailcore.workflowcontenttype",
    "wagtailcore.task",
    "wagtailcore.groupapprovaltask",
}


def saved_models(using: str = DEFAULT_DB_ALIAS) -> list[type]:
    """Every model whose rows a backup holds, many-to-many through tables included."""
    return [
        model
        for model in apps.get_models(include_auto_created=True)
        if model._meta.managed
        and not model._meta.proxy
        and model._meta.label_lower not in REBUILT | DERIVED | EPHEMERAL
        and router.allow_migrate_model(using, model)
    ]


@dataclass
class Dumped:
    rows: dict[str, int]  # per model
    natural_keys: dict[str, list[list]]  # the content types and permissions the rows name


def dump(stream: TextIO, using: str = DEFAULT_DB_ALIAS) -> Dumped:
    """Write every saved row to ``stream``, from one consistent snapshot."""
    counts = {}
    connection = connections[using]
    serializer = Serializer()
    outermost = not connection.in_atomic_block
    with transaction.atomic(using=using):
        if connection.vendor == "postgresql" and outermost:
            # Every table as of the same instant, while editors keep working.
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        for model in saved_models(using):
            rows = _Counted(model._base_manager.using(using).order_by("pk").iterator(2000))
            serializer.serialize(rows, stream=stream)
            counts[model._meta.label_lower] = rows.count
    return Dumped(
        rows={label: count for label, count in counts.items() if count},
        natural_keys=serializer.referenced(),
    )


class _Counted:
    def __init__(self, iterable):
        self.iterable, self.count = iterable, 0

    def __iter__(self):
        for item in self.iterable:
            self.count += 1
            yield item


def migration_state(using: str = DEFAULT_DB_ALIAS) -> dict[str, list[str]]:
    """The migrations applied to the database, by app: what shape its tables have."""
    applied = defaultdict(list)
    for app_label, name in MigrationRecorder(connections[using]).applied_migrations():
        applied[app_label].append(name)
    return {app_label: sorted(names) for app_label, names in sorted(applied.items())}


def migration_differences(archived: dict, current: dict) -> list[str]:
    """One line per app whose applied migrations differ; none when the archive fits."""
    lines = []
    for app_label in sorted(set(archived) | set(current)):
        only_archive = sorted(set(archived.get(app_label, [])) - set(current.get(app_label, [])))
        only_here = sorted(set(current.get(app_label, [])) - set(archived.get(app_label, [])))
        if only_archive or only_here:
            parts = []
            if only_archive:
                parts.append(f"only in the archive: {', '.join(only_archive)}")
            if only_here:
                parts.append(f"only in this database: {', '.join(only_here)}")
            lines.append(f"{app_label}: {'; '.join(parts)}")
    return lines


def existing_content(using: str = DEFAULT_DB_ALIAS) -> list[str]:
    """What a restore would replace, e.g. "3 users"; empty for a freshly migrated database."""
    found = []
    for model in saved_models(using):
        if model._meta.auto_created or model._meta.label_lower in SCAFFOLDING:
            continue
        count = model._base_manager.using(using).count()
        if count:
            name = model._meta.verbose_name if count == 1 else model._meta.verbose_name_plural
            found.append(f"{count} {name}")
    return found


def replace(fixture: Path, natural_keys: dict, using: str = DEFAULT_DB_ALIAS) -> None:
    """Empty every table but the content types and permissions, then load ``fixture``.

    Call it inside a transaction: a row the database refuses then leaves everything as it was.
    """
    connection = connections[using]
    kept = {ContentType._meta.db_table, Permission._meta.db_table}
    tables = [
        table
        for table in connection.introspection.django_table_names(only_existing=True)
        if table not in kept
    ]
    if connection.vendor == "postgresql":
        # TRUNCATE refuses a table with checks still deferred in this transaction (rows an
        # enclosing transaction wrote): run those checks first.
        connection.check_constraints()
    connection.ops.execute_sql_flush(
        connection.ops.sql_flush(no_style(), tables, reset_sequences=True)
    )
    _add_missing(natural_keys, using)
    # loaddata resolves natural keys, accepts rows in any order and resets the sequences.
    call_command("loaddata", str(fixture), database=using, verbosity=0)


def _add_missing(natural_keys: dict, using: str) -> None:
    """Content types and permissions the rows name that migrate did not make here: those of
    models since removed, which the old site still kept (and its log entries still name)."""
    content_types = ContentType.objects.db_manager(using)
    for app_label, model in natural_keys.get("contenttypes.contenttype", []):
        content_types.get_or_create(app_label=app_label, model=model)
    for codename, app_label, model in natural_keys.get("auth.permission", []):
        content_type, _ = content_types.get_or_create(app_label=app_label, model=model)
        Permission.objects.db_manager(using).get_or_create(
            codename=codename, content_type=content_type, defaults={"name": codename}
        )
