"""One settings module for every environment, driven by environment variables.

Development defaults are safe: DEBUG is off unless asked for, SQLite and uploads live under the
git-ignored ``var/``, and a secret key is generated there on first use. Production sets
``SECRET_KEY``, ``ALLOWED_HOSTS``, ``DATABASE_URL``, ``REDIS_URL`` and ``BASE_URL``.
"""

import os
import secrets

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from config.env import (  # BASE_DIR too, as settings.BASE_DIR
    BASE_DIR,  # noqa: F401
    BASE_URL,
    DEBUG,
    PRODUCTION,
    SITE_DIR,
    VAR_DIR,
    env_bool,
    env_int,
    env_list,
)

# Production-grade security headers and cookies, and the sign-in guards (config/security.py).
from config.security import *  # noqa: F403


def _secret_key() -> str:
    if key := os.environ.get("SECRET_KEY"):
        return key
    if PRODUCTION:
        raise ImproperlyConfigured("SECRET_KEY must be set when PRODUCTION is on.")
    # A per-checkout key, kept out of git, so local sessions survive restarts.
    key_file = VAR_DIR / "secret_key"
    if not key_file.exists():
        VAR_DIR.mkdir(parents=True, exist_ok=True)
        key_file.write_text(secrets.token_urlsafe(50))
        key_file.chmod(0o600)
    return key_file.read_text().strip()


SECRET_KEY = _secret_key()

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", BASE_URL)

INSTALLED_APPS = [
    # The page core and the image leaf, the two sections, then one app per feature.
    "home",
    "media",
    "modalities",
    "blog",
    "seo",
    "api",
    "search",
    "contact",
    "importer",
    "accounts",
    "backups",
    "publishing",
    "webhooks",
    "demo",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    # The editor's widget for tables whose cells hold rich text (home.blocks.RichTableBlock).
    "wagtail.contrib.typed_table_block",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    # Not "wagtail.contrib.frontend_cache": its app only connects handlers that queue a purge of
    # each published page for the worker; home.invalidation purges those and every other page a
    # change makes stale, at once (its backends and task are used without the app).
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "wagtail.api.v2",
    "rest_framework",
    "corsheaders",
    "modelcluster",
    "taggit",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django_tasks",
    "django_tasks_db",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Gzipped when accepted: Django pads answers against BREACH and masks each CSRF token anew.
    "django.middleware.gzip.GZipMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Content-Security-Policy and Permissions-Policy on every answer, cached pages included.
    "csp.middleware.CSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    # Inside the CSP middleware, so the nonce it gives the admin's widgets is the header's.
    "home.csp.admin_script_nonces",
    "api.middleware.api_cache_headers",
    # Before the page cache: /?p=12 reaches the home page, so an old post's address goes first.
    "importer.redirects.old_query_addresses",
    "home.middleware.anonymous_page_cache",
    # Inside the page cache: a page it answers needs no site.
    "home.middleware.KnownSites",
    # Inside the page cache: an answer with pictures still being made is not kept.
    "media.middleware.pictures_pending",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "accounts.two_factor.TwoFactorMiddleware",
    "accounts.guards.PasswordGuards",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, so it sees the answer to a locked-out sign-in and turns it into a 429.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [SITE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "home.context_processors.site_chrome",
            ],
        },
    },
]

# Database: SQLite under var/ by default, anything dj-database-url reads from DATABASE_URL.
VAR_DIR.mkdir(parents=True, exist_ok=True)
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DB_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"transaction_mode": "IMMEDIATE", "init_command": "PRAGMA journal_mode=WAL;"}
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: local memory unless REDIS_URL names a Redis server. The "shared" cache holds what every
# process must agree on (the site-wide content version of home.caching, the contact form's
# rate limit): a file under var/ for the embedded set-up, Redis when there is one.
if REDIS_URL := os.environ.get("REDIS_URL"):
    # A Redis that is down or hung costs a quarter of a second, once: the backend then leaves
    # it alone for a few seconds (logging a warning) and pages are served uncached.
    REDIS_CACHE = {
        "BACKEND": "home.caching.FailFastRedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "stillpoint"),
        "OPTIONS": {
            "IGNORE_EXCEPTIONS": True,
            "SOCKET_CONNECT_TIMEOUT": 0.25,
            "SOCKET_TIMEOUT": 0.25,
        },
    }
    CACHES = {"default": REDIS_CACHE, "shared": REDIS_CACHE}
else:
    CACHES = {
        # Pages, fragments, cards and listings of one process: Django's default of 300 entries
        # would drop pages as soon as a few dozen had been viewed (a page is about 25 KB).
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": 2000},
        },
        "shared": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": VAR_DIR / "cache" / "shared",
        },
    }
# Whole pages for visitors without a session, until what they show changes (0 turns it off).
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 600)
# How long shared caches (Varnish, a CDN) keep public answers: they are purged on publish.
SHARED_CACHE_SECONDS = env_int("SHARED_CACHE_SECONDS", 600)
STALE_WHILE_REVALIDATE_SECONDS = env_int("STALE_WHILE_REVALIDATE_SECONDS", 60)

# The lock-out check comes first: a throttled sign-in is refused before any password is hashed.
AUTHENTICATION_BACKENDS = [
    "accounts.login.ThrottledBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "America/New_York"
USE_I18N = True
USE_TZ = True

# Static files: collected under var/, served by WhiteNoise with hashed names.
STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [SITE_DIR / "static"] if (SITE_DIR / "static").is_dir() else []
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
WHITENOISE_USE_FINDERS = DEBUG
# Media on S3-compatible object storage when a bucket is named (media/storage.py): renditions
# public, originals and documents private. The AWS_* settings django-storages reads come from
# the environment; without an access key, boto3's own chain (instance roles) is used.
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {"BACKEND": "media.storage.MediaStorage"}
    for _name in (
        "AWS_ACCESS_KEY_ID",
        "AWS_SECRET_ACCESS_KEY",
        "AWS_S3_REGION_NAME",
        "AWS_S3_ENDPOINT_URL",
        "AWS_S3_CUSTOM_DOMAIN",
    ):
        if os.environ.get(_name):
            globals()[_name] = os.environ[_name]
    AWS_QUERYSTRING_EXPIRE = env_int("AWS_QUERYSTRING_EXPIRE", 3600)

MEDIA_URL = "/media/"
MEDIA_ROOT = VAR_DIR / "media"
# The embedded set-up serves uploads itself; a production proxy or object store turns this off.
SERVE_MEDIA = env_bool("SERVE_MEDIA", default=not AWS_STORAGE_BUCKET_NAME)

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Stillpoint <noreply@localhost>")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# Wagtail
WAGTAIL_SITE_NAME = "Stillpoint"
WAGTAILADMIN_BASE_URL = BASE_URL
WAGTAILIMAGES_IMAGE_MODEL = "media.SiteImage"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = env_int("IMAGE_MAX_UPLOAD_BYTES", 10 * 1024 * 1024)
WAGTAILIMAGES_MAX_IMAGE_PIXELS = env_int("IMAGE_MAX_PIXELS", 40_000_000)
# Memory one picture may take once decoded (pixels × bands): a rendition then stays under ~200 MB.
IMAGE_MAX_DECODED_BYTES = env_int("IMAGE_MAX_DECODED_BYTES", 80 * 1024 * 1024)
# Upload forms refuse, from the header, pictures over that budget, and damaged ones.
WAGTAILIMAGES_IMAGE_FORM_BASE = "media.forms.SiteImageForm"
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "txt"]
# Documents only through Wagtail's view, which checks their collection's privacy: the files'
# folder has no address (config/urls.py; in production the web server must not expose it).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Background work (scheduled publishing, renditions, search indexing, webhooks) goes
# through Django's task framework; the database backend needs no other server, and the worker
# that `make run` starts beside gunicorn runs it (`manage.py worker` in production).
TASKS = {
    "default": {
        "BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
    }
}
# How often the worker publishes pages whose go-live time has come (and unpublishes expired
# ones), in seconds; the dashboard warns when it has not run for five minutes.
PUBLISH_SCHEDULED_INTERVAL = env_int("PUBLISH_SCHEDULED_INTERVAL", 60)

# Every rendition a template, the sitemap or the API uses is made by the worker when a picture
# is uploaded or a page using it is published (media/ready.py); a page view only looks them up.
RENDITIONS_AHEAD = env_bool("RENDITIONS_AHEAD", True)

# Webhooks: seconds to wait for an endpoint, attempts, first back-off (doubled each time), and
# private networks allowed as endpoints ("true" for all, or e.g. "10.0.0.0/8"; none by default).
WEBHOOKS_TIMEOUT = env_int("WEBHOOKS_TIMEOUT", 5)
WEBHOOKS_MAX_ATTEMPTS = env_int("WEBHOOKS_MAX_ATTEMPTS", 5)
WEBHOOKS_RETRY_DELAY = env_int("WEBHOOKS_RETRY_DELAY", 30)
WEBHOOKS_ALLOW_PRIVATE = env_bool("WEBHOOKS_ALLOW_PRIVATE") or [
    network for network in env_list("WEBHOOKS_ALLOW_PRIVATE") if "/" in network
]
# The importer's --fetch: the same rule for where pictures may be downloaded from.
IMPORT_FETCH_ALLOW_PRIVATE = env_bool("IMPORT_FETCH_ALLOW_PRIVATE") or [
    network for network in env_list("IMPORT_FETCH_ALLOW_PRIVATE") if "/" in network
]

# PostgreSQL stems English words ("emotion" finds "emotional"); SQLite's index is given the
# Porter stemmer by the search app's migration. After changing SEARCH_CONFIG: update_index.
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "english"}
}
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {
        # Draftail, opening rich text stored with broken markup as far as it can be recovered.
        "WIDGET": "home.richtext.RepairingDraftailRichTextArea",
        "OPTIONS": {"features": ["bold", "italic", "link", "ol", "ul"]},
    }
}
WAGTAILAPI_BASE_URL = BASE_URL
WAGTAILAPI_RICH_TEXT_FORMAT = "html"
WAGTAILAPI_LIMIT_MAX = 100
# Varnish (or any cache taking PURGE) in front: the process that makes a change purges the URLs
# it makes stale once it commits (home.purging).
PURGE_BACKEND = "home.purging.HTTPPurgeBackend"
_purge_url = os.environ.get("FRONTEND_CACHE_URL")
WAGTAILFRONTENDCACHE = (
    {"varnish": {"BACKEND": PURGE_BACKEND, "LOCATION": _purge_url}} if _purge_url else {}
)
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Avatars are uploaded, never fetched from Gravatar (nor editors' hashed addresses sent there).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILADMIN_COMMENTS_ENABLED = True

# Headless clients: origins allowed to read the API from a browser (none unless listed).
CORS_ALLOWED_ORIGINS = env_list("CORS_ALLOWED_ORIGINS")
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
# How long shared caches may keep public API answers; ETags make revalidation cheap.
API_CACHE_SECONDS = env_int("API_CACHE_SECONDS", 60)
# How long a headless preview link works.
PREVIEW_TOKEN_SECONDS = env_int("PREVIEW_TOKEN_SECONDS", 60 * 60)

# Contact form: the fewest seconds a person takes to write, and messages per address per window.
# Behind N trusted proxies, the visitor's address is the Nth from the right in X-Forwarded-For.
# Production runs behind one (a proxy or Varnish); without one, a visitor could forge that header.
TRUSTED_PROXIES = env_int("TRUSTED_PROXIES", 1 if PRODUCTION else 0)
CONTACT_MIN_SECONDS = env_int("CONTACT_MIN_SECONDS", 3)
CONTACT_RATE_LIMIT = env_int("CONTACT_RATE_LIMIT", 5)
CONTACT_RATE_WINDOW = env_int("CONTACT_RATE_WINDOW", 10 * 60)

# How many listing items a page of the blog shows.
STILLPOINT_PAGE_SIZE = env_int("PAGE_SIZE", 10)

OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME
