"""Test settings: the real settings, with plain static storage and a fast password hasher."""

import tempfile

from config.settings import *  # noqa: F403
from config.settings import CACHES, STORAGES

# The live server serves static files through the finders, which know no hashed names.
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = tempfile.mkdtemp(prefix="stillpoint-media-")

# Tests measure how pages render; the whole-page cache has tests of its own.
PAGE_CACHE_SECONDS = 0
CACHES = {**CACHES}
if "filebased" in CACHES["shared"]["BACKEND"]:  # keep the tests' versions out of var/
    CACHES["shared"] = {**CACHES["shared"], "LOCATION": tempfile.mkdtemp(prefix="stillpoint-")}
