"""Generated requests against the OpenAPI document, with every check schemathesis has.

Valid requests (as the document describes them) must be answered, invalid ones refused with a
4xx, never a server error, every answer as the document describes it, and any other method than
GET answered with a 405 naming the allowed ones.
"""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.checks import CHECKS, load_all_checks

schema = schemathesis.openapi.from_wsgi("/api/schema/", get_wsgi_application())
load_all_checks()
ALL_CHECKS = list(CHECKS.get_all())
CASES = {"count": 0}


@pytest.fixture(autouse=True)
def _keep_the_test_connection(demo):
    """Requests go through the real WSGI handler, which closes database connections when a
    request ends; the test's transaction lives on that connection (as Django's test client
    knows, and so disconnects the same handler)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.mark.django_db
@schema.parametrize()
@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_api_answers_match_the_document(case):
    CASES["count"] += 1
    # Answers uncompressed: the WSGI transport does not undo gzip.
    case.call_and_validate(checks=ALL_CHECKS, headers={"Accept-Encoding": "identity"})


def test_the_checks_include_acceptance_rejection_and_methods(capsys):
    # The checks schemathesis has: the valid input accepted and the invalid refused among them.
    names = {check.__name__ for check in ALL_CHECKS}
    assert {"positive_data_acceptance", "negative_data_rejection", "unsupported_method"} <= names
    with capsys.disabled():
        print(f"\n{CASES['count']} generated requests, {len(ALL_CHECKS)} checks: {sorted(names)}")
