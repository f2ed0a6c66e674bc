"""WSGI entry point (gunicorn config.wsgi).

Static files are served by WhiteNoise in front of Django, so a stylesheet or icon costs no
trip through Django's request handling (about twice the throughput of the middleware alone).
"""

import os
import re

import django
from whitenoise import WhiteNoise

from config.handlers import GuardedWSGIHandler

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
# What get_wsgi_application() does, with a handler that survives a malformed Content-Type.
django.setup(set_prefix=False)
django_application = GuardedWSGIHandler()

from django.conf import settings  # noqa: E402  (settings are ready once Django is set up)

HASHED_NAME = re.compile(r"^.+\.[0-9a-f]{12}\.[^.]+$")

application = WhiteNoise(
    django_application,
    root=settings.STATIC_ROOT,
    prefix=settings.STATIC_URL,
    max_age=60 * 60,
    # Names carrying a content hash never change: cache them for a year, immutable.
    immutable_file_test=lambda path, url: bool(HASHED_NAME.match(url)),
)
