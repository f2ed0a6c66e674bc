"""Searches that find a word by its stem: "emotion" finds "emotional", "price" finds "prices".

PostgreSQL stems through the search backend's ``SEARCH_CONFIG`` ("english", in the settings).
SQLite's full-text index (FTS5) stems only when its tokenizer says so, and Wagtail's migration
makes it without one; ``stem_sqlite_index`` makes it again with the Porter stemmer, keeping
every entry it holds. Whole words of a title typed into the admin's search still match; a word
typed only in part may match only once it is whole.
"""

from wagtail.search.models import IndexEntry

TOKENIZER = "porter unicode61 remove_diacritics 2"


def stem_sqlite_index(connection) -> bool:
    """Give SQLite's full-text index the Porter stemmer; False when there was nothing to do."""
    if connection.vendor != "sqlite":
        return False
    entries = IndexEntry._meta.db_table
    table = f"{entries}_fts"
    with connection.cursor() as cursor:
        cursor.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = %s", [table])
        found = cursor.fetchone()
        if found is None or "porter" in found[0]:
            return False
        # Triggers on the entries table write to the index by name: they follow the new one.
        cursor.execute(f"DROP TABLE {table}")
        cursor.execute(
            f"CREATE VIRTUAL TABLE {table} USING fts5(autocomplete, body, title, "
            f"tokenize = '{TOKENIZER}')"
        )
        cursor.execute(
            f"INSERT INTO {table} (rowid, title, body, autocomplete) "
            f"SELECT id, title, body, autocomplete FROM {entries}"
        )
    return True
