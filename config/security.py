"""Security settings: HTTPS-only cookies and HSTS when served over HTTPS, the
Content-Security-Policy and Permissions-Policy, and the sign-in guards (accounts/)."""

from datetime import timedelta

from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE

from config.env import BASE_URL, env_bool, env_int

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
