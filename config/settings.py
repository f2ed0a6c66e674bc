"""One settings module for every environment, driven by environment variables.

Development defaults are safe: DEBUG is off unless asked for, SQLite and uploads live under the
git-ignored ``var/``, and a secret key is generated there on first use. Production sets
``SECRET_KEY``, ``ALLOWED_HOSTS``, ``DATABASE_URL``, ``REDIS_URL`` and ``BASE_URL``.
"""

import os
import secrets
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent
# The site's shell (base templates, CSS): in the repository, not in the installed package,
# where a project reusing the apps brings its own.
SITE_DIR = BASE_DIR / "site"
VAR_DIR = Path(os.environ.get("VAR_DIR") or BASE_DIR / "var")


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value else default


DEBUG = env_bool("DEBUG")
PRODUCTION = env_bool("PRODUCTION")


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

BASE_URL = os.environ.get("BASE_URL", "http://127.0.0.1:8000").rstrip("/")
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
    "demo",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
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
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Content-Security-Policy and Permissions-Policy on every answer, cached pages included.
    "csp.middleware.CSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    # Inside the CSP middleware, so the nonce it gives the admin's widgets is the header's.
    "home.csp.admin_script_nonces",
    "api.middleware.api_cache_headers",
    "home.middleware.anonymous_page_cache",
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
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "shared": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": VAR_DIR / "cache" / "shared",
        },
    }
# Whole pages for visitors without a session, until the next content change (0 turns it off).
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 600)

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
MEDIA_URL = "/media/"
MEDIA_ROOT = VAR_DIR / "media"
# The embedded set-up serves uploads itself; a production proxy or object store turns this off.
SERVE_MEDIA = env_bool("SERVE_MEDIA", default=True)

# Security: production-grade by default, HTTPS-only cookies and HSTS when served over HTTPS.
HTTPS = BASE_URL.startswith("https://")
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
# Wagtail's admin reads its CSRF token from the page, never from the cookie.
CSRF_COOKIE_HTTPONLY = True
# Served over HTTPS, a plain-HTTP request is sent to HTTPS (0 when the proxy already does it).
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=HTTPS)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if HTTPS else None
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000 if HTTPS else 0)
# Subdomains are HTTPS-only too, and browsers may preload the domain: turn these off for a
# domain with subdomains still served over plain HTTP.
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=HTTPS)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", default=HTTPS)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
# No one frames our pages. Wagtail's preview panel and block previews frame our own, and their
# views answer SAMEORIGIN themselves, so DENY holds for everything else.
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True

# Content-Security-Policy (django-csp): scripts from this site, or inline with the request's
# nonce, never other inline scripts or event handlers; frames of our own pages and the video
# players the video block embeds; no plugins; no <base> or form elsewhere. Styles may be inline:
# Wagtail's admin writes style attributes, and a style cannot run code.
VIDEO_PLAYERS = [
    "https://www.youtube.com",
    "https://www.youtube-nocookie.com",
    "https://player.vimeo.com",
]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:"],  # the admin's icons and upload previews
        "frame-src": [SELF, *VIDEO_PLAYERS],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
        "upgrade-insecure-requests": HTTPS,
    }
}
# Permissions-Policy: no camera, microphone, location, payment or sensors, for us or anything we
# frame; full screen for our pages and the video players.
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "browsing-topics": [],
    "camera": [],
    "fullscreen": ["self", *VIDEO_PLAYERS],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "payment": [],
    "usb": [],
}

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
# Background work (scheduled publishing, renditions, search indexing, purges, webhooks) goes
# through Django's task framework; the database backend needs no other server, and the worker
# that `make run` starts beside gunicorn runs it (`manage.py worker` in production).
TASKS = {
    "default": {
        "BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
    }
}

WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
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
WAGTAILFRONTENDCACHE = {}
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

# Sign-in guards (accounts/). Admin sign-in: LOGIN_FAILURE_LIMIT wrong passwords for one account,
# or from one address, pause it for LOGIN_LOCKOUT_MINUTES (django-axes, counted in the database;
# `manage.py axes_reset_username NAME` or `axes_reset_ip ADDRESS` lifts it sooner).
AXES_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("LOGIN_LOCKOUT_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = ["ip_address", "username"]
AXES_CLIENT_IP_CALLABLE = "accounts.throttle.login_address"
AXES_LOCKOUT_CALLABLE = "accounts.login.lockout_response"
# Attempts during a lock-out neither extend it nor write to the database.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
# Kept after a success: signing in to one's own account must not wipe an address's count.
AXES_RESET_ON_SUCCESS = False
AXES_DISABLE_ACCESS_LOG = True  # failures are kept until they expire; successes are not
AXES_VERBOSE = False
WAGTAILADMIN_USER_LOGIN_FORM = "accounts.login.LoginForm"
# Password-reset emails per address and per email, and wrong passwords of a private page or
# document per address and restriction, in each window (seconds).
PASSWORD_RESET_RATE_LIMIT = env_int("PASSWORD_RESET_RATE_LIMIT", 5)
PASSWORD_RESET_RATE_WINDOW = env_int("PASSWORD_RESET_RATE_WINDOW", 60 * 60)
PRIVATE_PASSWORD_RATE_LIMIT = env_int("PRIVATE_PASSWORD_RATE_LIMIT", 10)
PRIVATE_PASSWORD_RATE_WINDOW = env_int("PRIVATE_PASSWORD_RATE_WINDOW", 15 * 60)
# Two-factor sign-in with an authenticator app: anyone may enrol (Account → Two-factor
# authentication); with ADMIN_REQUIRE_2FA on, superusers must.
ADMIN_REQUIRE_2FA = env_bool("ADMIN_REQUIRE_2FA")
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME
