"""Content versions (site-wide, per page, per tree), checked against the database, and a Redis
cache that fails fast.

What every page repeats (the menu, the practice's details) is cached under the site-wide
version; each page and the fragments it alone shows under its own version and its ancestors'
(home.invalidation moves them on). Versions of single pages expire, so Redis keeps no more of
them than pages are viewed; pages and fragments are kept with a timeout.
"""

from __future__ import annotations

import functools
import logging
import socket
import threading
import time
import uuid
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import cache, caches
from django.db import connection, transaction
from django_redis.cache import RedisCache
from django_redis.exceptions import ConnectionInterrupted
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError
from wagtail.models import ModelLogEntry, PageLogEntry

from media import ready as renditions

logger = logging.getLogger(__name__)

VERSION_KEY = "stillpoint:content-version"
# Moves on whenever any page changes: for what lists pages of every kind (search results, the
# sitemap, API listings).
PAGES_KEY = "stillpoint:pages-version"
TIMEOUT = 24 * 60 * 60
# Variants of one address (its query strings) kept at a time (within_budget).
MAX_VARIANTS = 50
_MISSING = object()  # a cache miss, told apart from a cached None
# Versions of single pages expire: a missing version is made anew, which only makes a miss.
VERSION_SECONDS = 7 * 24 * 60 * 60
# How long one process trusts its last reading of the database's record of changes.
STAMP_SECONDS = 1.0
# How long one process leaves an unreachable Redis alone before trying it again.
RETRY_SECONDS = 5.0
# What the page log records when visitors start to see something else. Drafts, autosaves,
# locks, comments and workflow steps are left out: editors make them all day long.
LIVE_PAGE_ACTIONS = (
    "wagtail.publish",
    "wagtail.publish.scheduled",
    "wagtail.unpublish",
    "wagtail.unpublish.scheduled",
    "wagtail.rename",
    "wagtail.move",
    "wagtail.reorder",
    "wagtail.delete",
    "wagtail.copy",
    "wagtail.create_alias",
    "wagtail.convert_alias",
    "wagtail.view_restriction.create",
    "wagtail.view_restriction.edit",
    "wagtail.view_restriction.delete",
)
# Snippets, settings, images and documents have no drafts here: any logged change is live.
QUIET_MODEL_ACTIONS = ("wagtail.lock", "wagtail.unlock")


def shared_cache():
    # Shared by every process (a file or Redis), unlike the default local-memory cache.
    return caches["shared"]


class _Stamp:
    """The newest change the database itself records, read at most once a second per process.

    Redis restored from an old snapshot brings back an old content version and the pages cached
    under it; the database still knows about the publish that came after, and this stamp, part
    of every cache key, makes those pages unreachable.
    """

    def __init__(self):
        self.read_at = float("-inf")
        self.value = ""

    def __call__(self, fresh: bool = False) -> str:
        now = time.monotonic()
        if fresh or now - self.read_at >= STAMP_SECONDS:
            self.value, self.read_at = self.read(), now
        return self.value

    @staticmethod
    def read() -> str:
        """The newest live change in each log, in one query (two newest ids, found by index)."""
        newest = [
            entries.order_by("-pk").values("pk")[:1].query.sql_with_params()
            for entries in (
                PageLogEntry.objects.filter(action__in=LIVE_PAGE_ACTIONS),
                ModelLogEntry.objects.exclude(action__in=QUIET_MODEL_ACTIONS),
            )
        ]
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT " + ", ".join(f"({sql})" for sql, _ in newest),
                [param for _, params in newest for param in params],
            )
            return "-".join(str(pk or 0) for pk in cursor.fetchone())

    def forget(self) -> None:
        """Read the database again next time (as a second passing does)."""
        self.read_at = float("-inf")


database_stamp = _Stamp()
# Set when a move of versions did not reach the shared cache (Redis down or too slow): this
# process moves the site-wide version once it answers again, since which pages the lost move
# was for is not kept.
_unmoved = threading.Event()
# The site-wide version as this request first read it (None outside a request, see
# remember_version): a page's fragments are kept under one reading, and Redis is asked for it
# once per request, not once per fragment.
_request_version: ContextVar[dict | None] = ContextVar("request_content_version", default=None)
# Called with the database's stamp whenever a process reads it anew (home.invalidation replays
# the changes the shared cache has not seen, after Redis came back from an old snapshot).
stamp_listeners: list = []


def _new_version() -> str:
    return uuid.uuid4().hex[:12]


def move_versions(keys) -> None:
    """Give each key a new version; pages and fragments kept under the old ones go stale."""
    keys = list(keys)
    if not keys:
        return
    versions = shared_cache()
    moved = {key: _new_version() for key in keys}
    versions.set_many(moved, VERSION_SECONDS)
    if versions.get(keys[0]) != moved[keys[0]]:  # lost (or moved meanwhile: harmless)
        _unmoved.set()


def _move_version() -> None:
    if (read := _request_version.get()) is not None:
        read.clear()
    versions = shared_cache()
    version = _new_version()
    versions.set(VERSION_KEY, version, None)
    if versions.get(VERSION_KEY) == version:
        _unmoved.clear()
    else:
        _unmoved.set()


def read_versions(keys) -> dict[str, str] | None:
    """The current version of each key (made when missing); None when the cache does not answer."""
    versions = shared_cache()
    found = versions.get_many(keys)
    if missing := [key for key in keys if key not in found]:
        for key in missing:  # add: another process may be making the same one
            versions.add(key, _new_version(), None if key == VERSION_KEY else VERSION_SECONDS)
        made = versions.get_many(missing)
        if len(made) < len(missing):  # the shared cache did not answer
            return None
        found.update(made)
    return found


def content_version(fresh: bool = False) -> str | None:
    """The site-wide version (what every page repeats: menus, practice details); None when
    Redis is down. ``fresh`` reads the database's record of changes again, instead of
    trusting this second's reading.
    """
    if _unmoved.is_set():
        _move_version()
    before = database_stamp.read_at
    stamp = database_stamp(fresh)
    if database_stamp.read_at != before:
        for listener in stamp_listeners:
            listener(stamp)
    found = read_versions([VERSION_KEY])
    return None if found is None else found[VERSION_KEY]


def bump_content_version(**_kwargs) -> None:
    """Move the site-wide version on now, and again once the change is committed.

    The second move closes the window in which another request could read the old rows
    under the new version (editors' saves run inside a transaction).
    """
    _move_version()
    transaction.on_commit(_move_version)


def pages_version() -> str | None:
    """The site-wide version and the pages version as one string, for what a process keeps
    until any page changes; None when the shared cache does not answer."""
    site_wide = request_content_version()
    listed = read_versions([PAGES_KEY]) if site_wide else None
    return None if listed is None else f"{site_wide}.{listed[PAGES_KEY]}"


def page_version_key(pk: int) -> str:
    return f"stillpoint:page-version:{pk}"


def tree_version_key(pk: int) -> str:
    """The version of everything below a page (moved, renamed, made private)."""
    return f"stillpoint:tree-version:{pk}"


def remember_version(**_kwargs) -> None:
    """At the start of a request (request_started): read the site-wide version once for it."""
    _request_version.set({})


def forget_version(**_kwargs) -> None:
    """At the end of a request (request_finished)."""
    _request_version.set(None)


def request_memo() -> dict | None:
    """What this request has read once for all its parts (None outside a request)."""
    return _request_version.get()


def request_content_version() -> str | None:
    """The site-wide version as this request first read it (read now outside a request)."""
    read = _request_version.get()
    if read is None:
        return content_version()
    if VERSION_KEY not in read:
        version = content_version()
        if version is None:  # Redis down: asked again next time, it may be back
            return None
        read[VERSION_KEY] = version
    return read[VERSION_KEY]


def within_budget(place: str, seconds: int | None = None) -> bool:
    """Whether one more variant of ``place`` (an address, a kind of answer) may be kept: at most
    MAX_VARIANTS in ``seconds`` (PAGE_CACHE_SECONDS by default), so that made-up query strings
    cannot fill the cache."""
    key = f"stillpoint:page-variants:{place}"
    cache.add(key, 0, seconds or settings.PAGE_CACHE_SECONDS)
    try:
        variants = cache.incr(key)
    except ValueError:  # expired between add and incr
        return False
    return variants is not None and variants <= MAX_VARIANTS


def cached_many(depends: dict[str, list[str]], compute, timeout: int = TIMEOUT) -> dict:
    """``cached()`` for many names at once (``depends``: each name's version keys): the values
    kept are read in two round trips, and ``compute(names)`` gives the missing ones as a dict."""
    version = request_content_version()
    keys = sorted({key for names in depends.values() for key in names})
    found = read_versions(keys) if keys and version else {}
    if version is None or found is None:
        return compute(list(depends))
    full = {
        name: f"stillpoint:{name}:{version}." + ".".join(found[key] for key in names)
        for name, names in depends.items()
    }
    kept = cache.get_many(list(full.values()))
    values = {name: kept[key] for name, key in full.items() if key in kept}
    if missing := [name for name in depends if name not in values]:
        earlier = renditions.pending()
        renditions.reset_pending()
        computed = compute(missing)
        if not renditions.pending():  # kept only without stand-in pictures, as cached()
            cache.set_many({full[name]: computed[name] for name in missing}, timeout)
            if earlier:
                renditions.note_pending()
        values.update(computed)
    return values


def cached(name: str, compute, timeout: int = TIMEOUT, depends=(), keep=None):
    """``compute()`` cached until the next site-wide change or a change of any version key in
    ``depends`` (worked out afresh when Redis is down); ``keep(value)`` may say a value is not
    worth keeping."""
    version = request_content_version()
    found = read_versions(list(depends)) if depends and version else {}
    if version is None or found is None:
        return compute()
    tail = ".".join(found[key] for key in depends)
    key = f"stillpoint:{name}:{version}.{tail}"
    value = cache.get(key, _MISSING)
    if value is not _MISSING:
        return value
    # A fragment showing a picture the worker has not finished shows a stand-in: it is served
    # to this request but not kept, so the next one shows the finished picture.
    earlier = renditions.pending()
    renditions.reset_pending()
    value = compute()
    if renditions.pending() or (keep is not None and not keep(value)):
        return value
    cache.set(key, value, timeout)
    if earlier:
        renditions.note_pending()
    return value


# Redis ------------------------------------------------------------------------------------

# Errors that say Redis cannot be reached, rather than that one command was wrong.
UNREACHABLE = (RedisConnectionError, RedisTimeoutError, socket.timeout)
# Per Redis address, the monotonic time before which this process does not try it again.
_unreachable_until: dict[str, float] = {}
_unreachable_lock = threading.Lock()


class _FailFast:
    """A django-redis client that, once Redis has not answered, skips it for RETRY_SECONDS.

    Every call raises ConnectionInterrupted meanwhile, which the backend (IGNORE_EXCEPTIONS)
    turns into a miss: pages are served uncached instead of each cache call waiting for its
    socket timeout.
    """

    def __init__(self, client, server: str):
        self._client = client
        self._server = server

    def __getattr__(self, name):
        attribute = getattr(self._client, name)
        if not callable(attribute):
            return attribute

        @functools.wraps(attribute)
        def call(*args, **kwargs):
            if time.monotonic() < _unreachable_until.get(self._server, 0):
                raise ConnectionInterrupted(connection=None) from RedisConnectionError(
                    "skipped: Redis did not answer a moment ago"
                )
            try:
                return attribute(*args, **kwargs)
            except UNREACHABLE as error:
                self._give_up(error)
                raise ConnectionInterrupted(connection=None) from error
            except ConnectionInterrupted as error:
                if isinstance(error.__cause__, UNREACHABLE):
                    self._give_up(error.__cause__)
                else:  # Redis answered with an error (out of memory, say): this call only
                    logger.warning("Redis refused %s (%s).", name, error)
                raise

        return call

    def _give_up(self, error: Exception) -> None:
        with _unreachable_lock:
            if time.monotonic() < _unreachable_until.get(self._server, 0):
                return  # another thread has just said so
            _unreachable_until[self._server] = time.monotonic() + RETRY_SECONDS
        # The address may carry a password: name the error only.
        logger.warning(
            "Redis did not answer (%s: %s); serving without the cache for %s seconds.",
            type(error).__name__,
            error,
            RETRY_SECONDS,
        )


class FailFastRedisCache(RedisCache):
    """django-redis's cache with a process-wide pause after Redis fails to answer (see _FailFast)."""

    @property
    def client(self):
        return _FailFast(super().client, self._server)
