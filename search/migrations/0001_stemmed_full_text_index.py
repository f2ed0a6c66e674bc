"""SQLite's full-text index made again with the Porter stemmer (PostgreSQL needs nothing)."""

from django.db import migrations

from search.stemming import stem_sqlite_index


def stem(apps, schema_editor):
    stem_sqlite_index(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [("wagtailsearch", "0010_add_text_fields")]

    operations = [migrations.RunPython(stem, migrations.RunPython.noop)]
