"""ASGI entry point."""

import os

import django

from config.handlers import GuardedASGIHandler

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
# What get_asgi_application() does, with a handler that survives a malformed Content-Type.
django.setup(set_prefix=False)
application = GuardedASGIHandler()
