"""The Django project of Stillpoint: settings, URLs and the WSGI/ASGI entry points."""
