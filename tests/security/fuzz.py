"""Malformed requests built from a seed: odd paths, queries, headers, methods and bodies."""

import io
import random
from dataclasses import dataclass, field
from urllib.parse import quote, unquote_to_bytes

# Each list is what a careless client, a scanner or an attacker sends. Query and path pieces
# are written percent-encoded, as they travel; header values are WSGI strings (bytes read as
# Latin-1), so "\xff" stands for a raw byte that is not UTF-8.

PATH_SEGMENTS = [
    *["%00", "%ff", "%c0%af", "%ed%a0%80", "%ef%bf%bd", "%F0%9F%99%82", "%e2%80%ae", "%20"],
    *["..%2f..%2fetc%2fpasswd", "%2e%2e", "a" * 300, ";x=1", "%0d%0aSet-Cookie:%20x=1"],
    *["9223372036854775808", "-1", "0", "~", "*", "index.php", "feed", "tags", "tags/%00"],
    "tags/" + "%ff" * 3,
]

VALUES = [
    # numbers: signed, not ASCII ("٣" and "²", which str.isdigit() takes), past 64 bits
    *["", "0", "-1", "1", "2", "+3", "%D9%A3", "%C2%B2", "1e309", "NaN"],
    *["9223372036854775807", "9223372036854775808", "-9223372036854775809", "9" * 32],
    # bytes: NUL, not UTF-8, a lone surrogate, a right-to-left override
    *["%00", "a%00b", "%ff", "%c3%28", "%ed%a0%80", "%E2%80%AE"],
    # text: markup, SQL, full-text syntax, far too long
    *["%3Cscript%3Ealert(1)%3C/script%3E", "'%20OR%201=1--", "%5D", "%22unclosed", "x" * 3000],
    *["NEAR(x%20y)", "*", "root", "true", "maybe", "/blog/", "//evil.example/"],
    # the API's words, right and wrong
    *["blog.ArticlePage", "wagtailcore.Page", "nope.Nope", "home.HomePage,blog.ArticlePage"],
    *["title,-id", "-first_published_at", "random", "*,-title", "_,title", "body(x)"],
    *["hero_image(*)", "and", "or", "xor", "html", "raw", "json", "api", "en", "en-us"],
]

# What the sweep gives every parameter: empty, signed, not ASCII, past 64 bits (in ASCII and in
# full-width digits), NUL, not UTF-8, SQL, full-text syntax, far too long, a type that does not
# exist, an operator that neither.
SHARP_VALUES = ["", "-1", "2", "%C2%B2", "9223372036854775808", "9" * 32, "%00", "%ff"]
SHARP_VALUES += ["%EF%BC%99" * 20, "%ed%a0%80", "'%20OR%201=1--", "%5D", "x" * 3000]
SHARP_VALUES += ["nope.Nope", "xor"]

PARAMETERS = [
    *["page", "q"],  # the site's
    *["limit", "offset", "fields", "order", "type", "child_of", "descendant_of"],  # the API's
    *["ancestor_of", "translation_of", "locale", "site", "search", "search_operator"],
    *["rich_text_format", "html_path", "id", "format", "token", "title", "slug", "tags", "_"],
    "show_in_menus",
    *["utm_source", "%00", "%ff", "a[]", ""],  # no one's
]

HOSTS = [
    *["localhost", "LOCALHOST", "localhost.", "localhost:80", "localhost:8000", "localhost:0"],
    *["localhost:99999", "localhost:00080", "127.0.0.1", "127.0.0.1:65535", "[::1]", "[::1]:80"],
    *["evil.example", "localhost:x", "localhost\x00"],  # not served: refused with a 400
]

COOKIES = [
    "csrftoken=" + "A" * 32,
    "csrftoken=short",
    "csrftoken=%00",
    "sessionid=garbage",
    "sessionid=" + "x" * 32,
    "sessionid=" + "a" * 4000,
    "=; ;=;",
    "messages=abc",
    "messages=W1siX19qc29uX21lc3NhZ2UiLDAsMjAsIngiXV0:1abc:xyz",
    'a="unterminated',
    "\xff\xfe=\xff",
    "sessionid=..%2F..%2F; csrftoken=" + "A" * 64,
    "django_language=xx",
]

HEADERS = {
    "HTTP_ACCEPT": [
        "*/*",
        "text/html",
        "application/json",
        "application/json; q=0",
        "text/html;q=0.1, application/json;q=1",
        "image/avif",
        "application/xml",
        ";;;",
        "*/*;q=bad",
        "text/*",
        "application/rss+xml",
        "text/html; charset=utf-16",
        "\x00",
    ],
    "HTTP_ACCEPT_LANGUAGE": ["*", "xx-YY", "en;q=x", "a" * 300, "\xff", "zh-Hant-TW,de;q=0.5"],
    "HTTP_ACCEPT_ENCODING": ["gzip", "br", "identity;q=0", "*;q=0", "\xff"],
    "HTTP_IF_NONE_MATCH": ['"abc"', "*", "W/", "\x00"],
    "HTTP_IF_MODIFIED_SINCE": ["yesterday", "Thu, 01 Jan 1970 00:00:00 GMT", "Sat, 31 Dec 9999"],
    "HTTP_RANGE": ["bytes=0-0", "bytes=-1", "bytes=99999999999999999999-", "lines=1"],
    "HTTP_X_FORWARDED_FOR": ["1.2.3.4", "garbage", "::1, ::1", "\xff", "1.2.3.4, " * 50],
    "HTTP_X_FORWARDED_PROTO": ["https", "gopher"],
    "HTTP_X_FORWARDED_HOST": ["evil.example"],
    "HTTP_ORIGIN": ["https://evil.example", "null", "http://localhost"],
    "HTTP_REFERER": ["\xff", "https://evil.example/", "http://localhost/"],
    "HTTP_USER_AGENT": ["", "\x00", "a" * 2000],
}

METHODS = ["GET"] * 10 + ["HEAD"] * 2 + ["POST"] * 4
METHODS += ["PUT", "DELETE", "PATCH", "OPTIONS", "QUERY", "PROPFIND", "TRACE", "FOO"]

CONTENT_TYPES = [
    "application/x-www-form-urlencoded",
    "application/x-www-form-urlencoded; charset=latin-1",
    "application/x-www-form-urlencoded; charset=utf-8",
    "application/x-www-form-urlencoded; charset=bogus",
    "multipart/form-data",
    "multipart/form-data; boundary=",
    "multipart/form-data; boundary=xyz",
    "multipart/form-data; boundary=" + "b" * 100,
    "application/json",
    "text/plain",
    "application/octet-stream",
    ";;",
    "text/html; charset=\x00",
    "text/plain; charset*=bogus''x",
    "text/plain; charset*=utf-8''%00",
]

BODIES = [
    b"",
    b"a=b",
    b"csrfmiddlewaretoken=" + b"A" * 64,
    b"%ff%fe=%00",
    b"\xff\xfe\x00",
    b"=" * 50,
    b"&".join(b"f%d=1" % number for number in range(1100)),  # more fields than Django reads
    b'{"title": "x", "id": 9223372036854775808}',
    b'--xyz\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--xyz--\r\n',
    b'--xyz\r\nContent-Disposition: form-data; name="f"; filename="../../x"\r\n\r\nb\r\n--xyz--',
    b"--xyz\r\nbroken",
]


# The CSRF secret a form case sends both as its cookie and in its body, so that Django's CSRF
# check passes and the form's own handling is what the case tries.
CSRF_SECRET = "A" * 32

FORM_CONTENT_TYPES = [
    "application/x-www-form-urlencoded",
    "application/x-www-form-urlencoded; charset=utf-8",
    "application/x-www-form-urlencoded; charset=latin-1",
    "application/x-www-form-urlencoded; charset*=bogus''x",
    "multipart/form-data; boundary=fuzz",
]


@dataclass
class Target:
    """A public address, the query parameters it reads and, if it takes one, its form."""

    path: str
    query: dict[str, str] = field(default_factory=dict)
    form: dict[str, str] | None = None


@dataclass
class Case:
    """One request as a WSGI server hands it over, and a line to name it in a failure."""

    method: str
    path: str
    query: str = ""
    body: bytes = b""
    content_type: str = ""
    environ: dict[str, str] = field(default_factory=dict)

    def __str__(self):
        headers = " ".join(
            f"{name[5:] if name.startswith('HTTP_') else name}={value[:60]!r}"
            for name, value in self.environ.items()
        )
        return (
            f"{self.method} {self.path}?{self.query[:200]} [{headers}] "
            f"{self.content_type!r} {self.body[:200]!r}"
        )


def mutate_path(rng: random.Random, path: str) -> str:
    kind = rng.randrange(7)
    if kind == 0:
        return path.rstrip("/")
    if kind == 1:
        return path.upper()
    if kind == 2:
        return "/" + path
    if kind == 3:
        return path.replace("/", "//")
    if kind == 4:
        return path + rng.choice(PATH_SEGMENTS)
    return path + rng.choice(PATH_SEGMENTS) + "/"


def mutate_pairs(rng: random.Random, base: dict[str, str], names: list[str]) -> list:
    """Percent-encoded (name, value) pairs: the base ones, odd values, repeats, strangers."""
    pairs = [(quote(name), quote(value, safe="/,*-")) for name, value in base.items()]
    for _ in range(rng.randint(1, 4)):
        kind = rng.choice([0, 0, 0, 1, 2, 2])
        if kind == 0 and pairs:  # an odd value for a parameter it reads
            index = rng.randrange(len(pairs))
            pairs[index] = (pairs[index][0], rng.choice(VALUES))
        elif kind == 1 and pairs:  # one left out
            pairs.pop(rng.randrange(len(pairs)))
        else:
            pairs.append((rng.choice(names + PARAMETERS), rng.choice(VALUES)))
    if pairs and rng.random() < 0.2:  # the same parameter twice
        pairs.append(rng.choice(pairs))
    rng.shuffle(pairs)
    return pairs


def mutate_query(rng: random.Random, base: dict[str, str]) -> str:
    query = "&".join(f"{name}={value}" for name, value in mutate_pairs(rng, base, list(base)))
    roll = rng.random()
    if roll < 0.05:
        query += rng.choice(["&&&", "=", "&a==b", ";a=b", "&%", "&%zz=1", "&+=+"])
    elif roll < 0.1:
        query += "&" + "&".join(f"p{number}=1" for number in range(1100))
    elif roll < 0.15:
        query = query.replace("%", "\xff", 1) + "\xfe"  # raw bytes that are not UTF-8
    return query


def form_body(rng: random.Random, form: dict[str, str], content_type: str) -> bytes:
    """The form filled in, some fields odd, as one of the two encodings browsers send."""
    pairs = mutate_pairs(rng, {"csrfmiddlewaretoken": CSRF_SECRET, **form}, list(form))
    if not content_type.startswith("multipart/"):
        return "&".join(f"{name}={value}" for name, value in pairs).encode("latin-1")
    parts = [
        b'--fuzz\r\nContent-Disposition: form-data; name="%s"\r\n\r\n%s\r\n'
        % (unquote_to_bytes(name), unquote_to_bytes(value))
        for name, value in pairs
    ]
    return b"".join(parts) + b"--fuzz--\r\n"


def make_case(rng: random.Random, targets: list[Target]) -> Case:
    target = rng.choice(targets)
    path = mutate_path(rng, target.path) if rng.random() < 0.25 else target.path
    query = ""
    if target.query or rng.random() < 0.6:
        query = mutate_query(rng, target.query)
    method = rng.choice(METHODS)
    environ = {}
    if rng.random() < 0.3:
        environ["HTTP_HOST"] = rng.choice(HOSTS)
    if rng.random() < 0.3:
        environ["HTTP_COOKIE"] = "; ".join(rng.sample(COOKIES, rng.randint(1, 3)))
    for name, values in HEADERS.items():
        if rng.random() < 0.12:
            environ[name] = rng.choice(values)
    body, content_type = b"", ""
    if target.form is not None and rng.random() < 0.6:  # the form sent, some fields odd
        method = "POST"
        content_type = rng.choice(FORM_CONTENT_TYPES)
        body = form_body(rng, target.form, content_type)
        environ["HTTP_COOKIE"] = f"csrftoken={CSRF_SECRET}"
    elif method not in ("GET", "HEAD") or rng.random() < 0.05:
        body = rng.choice(BODIES) if rng.random() < 0.9 else rng.randbytes(rng.randrange(1, 200))
        content_type = rng.choice(CONTENT_TYPES)
    return Case(method, path, query, body, content_type, environ)


def sweep(targets: list[Target]) -> list[Case]:
    """Each parameter an address reads, given each of the sharpest values in turn: chance
    alone rarely puts the one bad value on the one parameter that fails on it."""
    cases = []
    for target in targets:
        for name in target.query:
            for sharp in SHARP_VALUES:
                pairs = [
                    f"{key}={sharp if key == name else quote(value, safe='/,*-')}"
                    for key, value in target.query.items()
                ]
                cases.append(Case("GET", target.path, "&".join(pairs)))
    return cases


def make_cases(seed: int, count: int, targets: list[Target]) -> list[Case]:
    """The sweep, then ``count`` random requests: the same ones for the same seed and
    targets, so a failure can be replayed."""
    rng = random.Random(seed)
    return sweep(targets) + [make_case(rng, targets) for _ in range(count)]


def call(application, case: Case) -> tuple[int, bytes]:
    """The status and body of one request, handed to a WSGI application as a server would."""
    environ = {
        "REQUEST_METHOD": case.method,
        "SCRIPT_NAME": "",
        "PATH_INFO": unquote_to_bytes(case.path).decode("iso-8859-1"),
        "QUERY_STRING": case.query,
        "SERVER_NAME": "localhost",
        "SERVER_PORT": "80",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "127.0.0.1",
        "HTTP_HOST": "localhost",
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(case.body),
        "wsgi.errors": io.StringIO(),
        "wsgi.multithread": False,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
        **case.environ,
    }
    if case.body or case.content_type:
        environ.update(CONTENT_LENGTH=str(len(case.body)), CONTENT_TYPE=case.content_type)
    statuses = []
    answer = application(environ, lambda status, headers, exc_info=None: statuses.append(status))
    try:
        body = b"".join(answer)
    finally:
        answer.close()
    return int(statuses[0].split()[0]), body
