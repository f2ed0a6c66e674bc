"""A dict and a list kept in a temporary SQLite file instead of memory.

What an import remembers of every item (titles, old addresses, attachments, the report's lines)
goes here, so a run's memory stays the same however large the export is. Each one has its own
private database, which SQLite deletes when the connection closes (when the object is dropped).
Values are pickled: only this process writes the file and reads it back.
"""

from __future__ import annotations

import pickle
import sqlite3
from collections.abc import Iterable, Iterator, MutableMapping
from typing import Any

# Pages of the file SQLite may keep in memory, in KiB (its default is 2 MiB per connection):
# an import opens a score of these, and the operating system caches the files anyway.
CACHE_KIB = 128
BATCH = 256  # rows read at a time while iterating


def private_database() -> sqlite3.Connection:
    # An empty name is a temporary on-disk database only this connection sees.
    connection = sqlite3.connect("", isolation_level=None)
    connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    connection.execute("PRAGMA journal_mode = OFF")
    connection.execute("PRAGMA synchronous = OFF")
    return connection


def rows_of(cursor: sqlite3.Cursor) -> Iterator[tuple]:
    while batch := cursor.fetchmany(BATCH):
        yield from batch


class Shelf(MutableMapping):
    """A dict whose keys are strings and whose values are any picklable object."""

    def __init__(self, values: Iterable[tuple[str, Any]] = ()):
        self.db = private_database()
        self.db.execute("CREATE TABLE entries (key TEXT PRIMARY KEY, value BLOB) WITHOUT ROWID")
        self.update(values)

    def __getitem__(self, key: str) -> Any:
        row = self.db.execute("SELECT value FROM entries WHERE key = ?", (key,)).fetchone()
        if row is None:
            raise KeyError(key)
        return pickle.loads(row[0])

    def __setitem__(self, key: str, value: Any) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO entries VALUES (?, ?)", (key, pickle.dumps(value, 5))
        )

    def __delitem__(self, key: str) -> None:
        if not self.db.execute("DELETE FROM entries WHERE key = ?", (key,)).rowcount:
            raise KeyError(key)

    def __contains__(self, key: object) -> bool:
        query = "SELECT 1 FROM entries WHERE key = ?"
        return self.db.execute(query, (key,)).fetchone() is not None

    def __iter__(self) -> Iterator[str]:
        # A cursor of its own: the caller may look other keys up while iterating.
        return (row[0] for row in rows_of(self.db.cursor().execute("SELECT key FROM entries")))

    def __len__(self) -> int:
        return self.db.execute("SELECT count(*) FROM entries").fetchone()[0]

    def items(self) -> Iterator[tuple[str, Any]]:  # type: ignore[override]
        cursor = self.db.cursor().execute("SELECT key, value FROM entries")
        return ((key, pickle.loads(value)) for key, value in rows_of(cursor))


class Rows:
    """A list that is only appended to and read in order (or by ``order``, then as appended)."""

    def __init__(self, values: Iterable[Any] = ()):
        self.db = private_database()
        self.db.execute(
            "CREATE TABLE rows (position INTEGER PRIMARY KEY, sort INTEGER, value BLOB)"
        )
        self.size = 0
        self.sorted = False
        for value in values:
            self.append(value)

    def append(self, value: Any, order: int = 0) -> None:
        self.db.execute(
            "INSERT INTO rows (sort, value) VALUES (?, ?)", (order, pickle.dumps(value, 5))
        )
        self.size += 1
        self.sorted = self.sorted or order != 0

    def __iter__(self) -> Iterator[Any]:
        order = "sort, position" if self.sorted else "position"
        cursor = self.db.cursor().execute(f"SELECT value FROM rows ORDER BY {order}")
        return (pickle.loads(row[0]) for row in rows_of(cursor))

    def __len__(self) -> int:
        return self.size
