"""Two thousand malformed anonymous requests on every public address: never a server error.

Every parameter an address reads is swept with the sharpest values, then random requests come
from a fixed seed (tests/security/fuzz.py), so a failure is replayed exactly. FUZZ_SEED and
FUZZ_REQUESTS (how many random ones) explore further without changing the test.
"""

import os
import time
import traceback
from collections import Counter

import pytest
from django.core import signing
from django.core.signals import got_request_exception
from django.db import transaction
from django.test import Client
from wagtail.contrib.redirects.models import Redirect
from wagtail_factories import DocumentFactory

from api.models import PagePreview
from contact.models import HONEYPOT_FIELD, SIGNING_SALT, STARTED_FIELD
from tests.blog.factories import (
    ArticlePageFactory,
    BlogIndexPageFactory,
    EssayIndexPageFactory,
    EssayPageFactory,
    JourneyIndexPageFactory,
    JourneyStagePageFactory,
)
from tests.contact.factories import ContactPageFactory
from tests.home.factories import (
    NavigationSettingsFactory,
    PracticeSettingsFactory,
    StandardPageFactory,
    make_site,
    menu,
)
from tests.media.factories import SiteImageFactory
from tests.modalities.factories import (
    FAQPageFactory,
    ModalityIndexPageFactory,
    ModalityPageFactory,
    QuestionFactory,
)
from tests.security.fuzz import Target, call, make_cases

SEED = int(os.environ.get("FUZZ_SEED", "20260301"))
REQUESTS = int(os.environ.get("FUZZ_REQUESTS", "1500"))

pytestmark = pytest.mark.django_db


@pytest.fixture
def targets() -> list[Target]:
    """A site with one page of every type, and every address a visitor may ask for, with the
    query parameters and the form each one reads."""
    home = make_site()
    about = StandardPageFactory(parent=home, title="About", slug="about")
    picture = SiteImageFactory(tags=["linen"])
    modalities = ModalityIndexPageFactory(parent=home)
    modality = ModalityPageFactory(parent=modalities, hero_image=picture)
    faq = FAQPageFactory(parent=home)
    QuestionFactory(modalities=[modality])
    blog = BlogIndexPageFactory(parent=home)
    article = ArticlePageFactory(parent=blog, hero_image=picture, tags=["stress"])
    essays = EssayIndexPageFactory(parent=home)
    essay = EssayPageFactory(parent=essays, tags=["rest"])
    journey = JourneyIndexPageFactory(parent=home)
    stage = JourneyStagePageFactory(parent=journey, tags=["journey"])
    contact = ContactPageFactory(parent=home)
    PracticeSettingsFactory(default_social_image=picture)
    NavigationSettingsFactory(header_links=menu((about, ""), (blog, "Writing")))
    document = DocumentFactory()
    redirect = Redirect.objects.create(old_path="/old-about", redirect_page=about)
    token = PagePreview.for_page(article).token

    pages = [home, about, modalities, modality, faq, blog, article, essays, essay, journey]
    pages += [stage]
    targets = [Target(page.url) for page in pages]
    targets.append(Target(contact.url, form=contact_form()))
    for index, tag in ((blog, "stress"), (essays, "rest"), (journey, "journey")):
        targets += [
            Target(index.url, {"page": "1"}),
            Target(f"{index.url}feed/"),
            Target(f"{index.url}tags/{tag}/", {"page": "1"}),
        ]
    targets += [
        Target("/search/", {"q": "rest"}),
        Target("/search/", {"q": "rest", "page": "2"}),
        Target("/sitemap.xml"),
        Target("/robots.txt"),
        Target("/old-about"),
        Target("/no-such-page/"),
        Target(document.url),
        Target(picture.file.url),
        Target("/admin/login/", form={"username": "editor", "password": "not the password"}),
        Target("/admin/password_reset/", form={"email": "editor@example.com"}),
        Target("/api/schema/"),
        Target("/api/v2/settings/"),
        Target("/api/v2/menus/"),
        Target("/api/v2/preview/", {"token": token}),
        Target("/api/v2/pages/", {"type": "blog.ArticlePage", "fields": "*"}),
        Target("/api/v2/pages/", {"child_of": str(blog.pk), "order": "title"}),
        Target("/api/v2/pages/", {"search": "rest", "limit": "5", "offset": "1"}),
        Target("/api/v2/pages/find/", {"html_path": article.url}),
        Target("/api/v2/pages/find/", {"id": str(article.pk), "type": "blog.ArticlePage"}),
        Target("/api/v2/images/", {"tags": "linen"}),
        Target(f"/api/v2/images/{picture.pk}/", {"search": "linen", "search_operator": "or"}),
        Target("/api/v2/documents/", {"offset": "0", "limit": "20"}),
        Target(f"/api/v2/documents/{document.pk}/", {"search": "x", "search_operator": "and"}),
        Target("/api/v2/redirects/"),
        Target(f"/api/v2/redirects/{redirect.pk}/"),
    ]
    targets += [Target(f"/api/v2/pages/{page.pk}/", {"fields": "*"}) for page in pages]
    targets.append(
        Target(f"/api/v2/pages/{article.pk}/", {"locale": "en-us", "search": "rest", "order": "id"})
    )
    # Pictures' renditions are made on the first visit; made now, they outlive the rollback
    # after each request, which keeps the replay fast.
    warm = Client()
    for target in targets:
        warm.get(target.path)
    return targets


def contact_form() -> dict[str, str]:
    """A message as a person sends it: every field, the empty honeypot, a start long ago."""
    return {
        "your_name": "Ada Visitor",
        "email": "ada@example.com",
        "how_should_we_reply": "Email",
        "your_message": "Is a session suitable after a concussion?",
        STARTED_FIELD: signing.dumps(time.time() - 60, salt=SIGNING_SALT),
        HONEYPOT_FIELD: "",
    }


def test_no_request_gets_a_server_error(targets, application):
    errors = []

    def keep(sender, request=None, **kwargs):
        errors.append(traceback.format_exc(limit=-6))

    failures, statuses = [], Counter()
    got_request_exception.connect(keep)
    try:
        cases = make_cases(SEED, REQUESTS, targets)
        for case in cases:
            errors.clear()
            # Each request in a savepoint, rolled back: a database error (PostgreSQL aborts
            # the transaction) and whatever a request wrote stay with that request.
            savepoint = transaction.savepoint()
            try:
                status, body = call(application, case)
            except Exception:  # raised out of Django: the server's own 500
                status, body = 500, b""
                errors.append(traceback.format_exc(limit=-6))
            finally:
                transaction.savepoint_rollback(savepoint)
            statuses[status // 100 * 100] += 1
            if status >= 500 or b"Traceback (most recent call last)" in body:
                failures.append((f"{status} {case}", "".join(errors)))
    finally:
        got_request_exception.disconnect(keep)

    print(f"\n{len(cases)} requests (seed {SEED}): {dict(sorted(statuses.items()))}")
    causes = Counter(error.strip().rsplit("\n", 1)[-1][:120] for _, error in failures)
    assert not failures, (
        f"{len(failures)} server errors; causes: {causes.most_common()}; the first ones:\n"
        + "\n".join(f"{case}\n{error}" for case, error in failures[:8])
    )
