"""Requests Django could not even build, once the server's 500 for any address: now a 400 at most."""

import json

import pytest

from tests.contact.factories import ContactPageFactory
from tests.home.factories import make_site
from tests.security.fuzz import CSRF_SECRET, Case, call

pytestmark = pytest.mark.django_db

# Character sets named the RFC 2231 way: one no codec knows, one holding a NUL.
BAD_CHARSETS = ["text/plain; charset*=bogus''x", "text/plain; charset*=utf-8''%00"]


@pytest.fixture(autouse=True)
def contact():
    return ContactPageFactory(parent=make_site())


@pytest.mark.parametrize("content_type", BAD_CHARSETS)
def test_a_malformed_content_type_is_ignored_until_the_body_is_read(application, content_type):
    status, body = call(application, Case("GET", "/api/v2/pages/", content_type=content_type))
    assert status == 200 and json.loads(body)["items"]
    form = f"csrfmiddlewaretoken={CSRF_SECRET}&your_name=Ada".encode()
    cookie = {"HTTP_COOKIE": f"csrftoken={CSRF_SECRET}"}
    status, body = call(application, Case("POST", "/contact/", "", form, content_type, cookie))
    assert status == 400 and b"The Content-Type header is not valid." in body


def test_too_many_query_fields_with_a_charset_are_a_400(application):
    query = "&".join(f"p{number}=1" for number in range(1100))
    charset = "text/plain; charset=utf-8"
    status, _ = call(application, Case("GET", "/", query, content_type=charset))
    assert status == 200  # the home page reads no query
    status, body = call(application, Case("GET", "/search/", query, content_type=charset))
    assert status == 400 and b"too many fields" in body
    status, body = call(application, Case("GET", "/api/v2/pages/", query, content_type=charset))
    assert status == 400 and json.loads(body) == {"message": "The request has too many fields."}
