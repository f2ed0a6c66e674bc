"""Test settings: the real settings, with plain static storage and a fast password hasher."""

import shutil

from config.settings import *  # noqa: F403
from config.settings import CACHES, STORAGES, VAR_DIR

# The live server serves static files through the finders, which know no hashed names.
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Under the git-ignored var/, emptied at each run rather than a new folder every time.
MEDIA_ROOT = VAR_DIR / "test-media"
shutil.rmtree(MEDIA_ROOT, ignore_errors=True)

# Background tasks run at once, inside the request or the test that enqueues them.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# Webhook tests send to a receiver they start on loopback; other private networks stay refused.
WEBHOOKS_ALLOW_PRIVATE = ["127.0.0.0/8", "::1/128"]
# Renditions are made when a page first shows them (at once, by the immediate backend) rather
# than every planned one for each picture a test uploads; tests/media turns it on.
RENDITIONS_AHEAD = False

# Tests measure how pages render; the whole-page cache has tests of its own.
PAGE_CACHE_SECONDS = 0
CACHES = {**CACHES}
if "filebased" in CACHES["shared"]["BACKEND"]:  # keep the tests' versions out of var/
    CACHES["shared"] = {**CACHES["shared"], "LOCATION": VAR_DIR / "test-cache"}
