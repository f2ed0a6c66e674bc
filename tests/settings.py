"""Test settings: the real settings, with plain static storage and a fast password hasher."""

import tempfile

from config.settings import *  # noqa: F403
from config.settings import STORAGES

# The live server serves static files through the finders, which know no hashed names.
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = tempfile.mkdtemp(prefix="stillpoint-media-")
