"""The headless preview: an editor's draft served as JSON by a signed, expiring token."""

import json
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model

from api.models import PagePreview
from tests.api.helpers import get

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("home")]


# Headless previews ------------------------------------------------------------------------


def preview_token(client, page):
    user = get_user_model().objects.create_superuser("ed", "ed@example.com", "pw-ed-12345")
    client.force_login(user)
    page.title = "Draft title only in preview"
    return PagePreview.for_page(page).token


def test_headless_preview_serves_the_draft_by_signed_token(client, article):
    page = article
    token = preview_token(client, page)
    client.logout()
    response, data = get(client, f"/api/v2/preview/?token={token}")
    assert response.status_code == 200
    assert data["title"] == "Draft title only in preview"
    assert "no-store" in response["Cache-Control"]
    # The public API still shows the published page.
    assert get(client, f"/api/v2/pages/{page.pk}/")[1]["title"] != data["title"]


def test_headless_preview_refuses_forged_and_expired_tokens(client, settings, article):
    page = article
    token = preview_token(client, page)
    forged = token[:-3] + ("abc" if not token.endswith("abc") else "xyz")
    assert client.get(f"/api/v2/preview/?token={forged}").status_code == 403
    assert client.get("/api/v2/preview/").status_code == 403
    settings.PREVIEW_TOKEN_SECONDS = -1
    response, data = get(client, f"/api/v2/preview/?token={token}")
    assert response.status_code == 403 and "expired" in data["message"]


def test_editor_preview_mode_gives_a_working_link(client, article):
    page = article
    assert ("headless", "Headless (JSON link)") in page.preview_modes
    page.title = "Edited in the form, not saved"
    response = page.make_preview_request(preview_mode="headless")
    assert response.status_code == 200
    html = response.content.decode()
    link = html.split('<a href="')[1].split('"')[0].replace("&amp;", "&")
    assert "/api/v2/preview/?token=" in link
    data = client.get(link.split("://", 1)[1].split("/", 1)[1].join(["/", ""])).json()
    assert data["title"] == "Edited in the form, not saved"


def test_expired_previews_are_cleaned_up(client, settings, article):
    page = article
    old = PagePreview.for_page(page)
    PagePreview.objects.filter(pk=old.pk).update(created_at=old.created_at - timedelta(days=2))
    PagePreview.for_page(page)
    assert not PagePreview.objects.filter(pk=old.pk).exists()
    assert json.loads(PagePreview.objects.get().content_json)["title"] == page.title
